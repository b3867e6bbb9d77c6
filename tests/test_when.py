"""EDTF subset: bounds, labels, errors, user input; property tests against the `edtf` package.

What a fact's time means (when.py's attested spans): --from/--to match what the text attests;
--overlap gives plain overlap; an open end claims nothing beyond its closed end."""

from __future__ import annotations

import calendar
import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nkecon_cli.factbase import when

CASES = [
    ("1949", date(1949, 1, 1), date(1949, 12, 31), "1949"),
    ("1957-08", date(1957, 8, 1), date(1957, 8, 31), "Aug 1957"),
    ("1957-08-07", date(1957, 8, 7), date(1957, 8, 7), "7 Aug 1957"),
    ("1946/1950", date(1946, 1, 1), date(1950, 12, 31), "1946–1950"),
    ("2024-01-21/2024-01-31", date(2024, 1, 21), date(2024, 1, 31), "late Jan 2024"),
    ("2024-01-01/2024-01-10", date(2024, 1, 1), date(2024, 1, 10), "early Jan 2024"),
    ("2024-02-11/2024-02-20", date(2024, 2, 11), date(2024, 2, 20), "mid Feb 2024"),
    ("1968/..", date(1968, 1, 1), when.MAX_DAY, "from 1968"),
    ("../1968-04-25", when.MIN_DAY, date(1968, 4, 25), "until 25 Apr 1968"),
    ("197X", date(1970, 1, 1), date(1979, 12, 31), "1970s"),
    ("19XX", date(1900, 1, 1), date(1999, 12, 31), "1900s"),
    ("1964~", date(1964, 1, 1), date(1964, 12, 31), "c. 1964"),
    ("1964?", date(1964, 1, 1), date(1964, 12, 31), "1964?"),
    ("1968-01/1968-04", date(1968, 1, 1), date(1968, 4, 30), "Jan–Apr 1968"),
    ("1900-02", date(1900, 2, 1), date(1900, 2, 28), "Feb 1900"),
    ("2000-02", date(2000, 2, 1), date(2000, 2, 29), "Feb 2000"),
]


@pytest.mark.parametrize(("text", "lo", "hi", "label"), CASES)
def test_bounds_and_label(text: str, lo: date, hi: date, label: str) -> None:
    assert when.bounds(text) == (lo, hi)
    assert when.label(text) == label
    assert when.parse(text).edtf() == text


@pytest.mark.parametrize(
    "bad",
    ["", "57", "1957-13", "1957-02-30", "1957/1956", "../..", "197X-05", "Aug 1957", "1957-8", "1957 ", "19X7"],
)
def test_rejects_outside_subset(bad: str) -> None:
    with pytest.raises(when.DateError):
        when.parse(bad)


@pytest.mark.parametrize(
    ("typed", "lo", "hi"),
    [
        ("1957", date(1957, 1, 1), date(1957, 12, 31)),
        ("1957-08", date(1957, 8, 1), date(1957, 8, 31)),
        ("Aug 1957", date(1957, 8, 1), date(1957, 8, 31)),
        ("August 1957", date(1957, 8, 1), date(1957, 8, 31)),
        ("7 August 1957", date(1957, 8, 7), date(1957, 8, 7)),
        ("August 7, 1957", date(1957, 8, 7), date(1957, 8, 7)),
        ("1960s", date(1960, 1, 1), date(1969, 12, 31)),
        ("the 1970s", date(1970, 1, 1), date(1979, 12, 31)),
    ],
)
def test_user_span_keeps_partial_dates_partial(typed: str, lo: date, hi: date) -> None:
    assert when.user_span(typed) == (lo, hi)


@pytest.mark.parametrize("bad", ["soon", "we", "may", "", "next"])
def test_user_span_refuses_words(bad: str) -> None:
    with pytest.raises(when.DateError):
        when.user_span(bad)


def test_from_bounds_collapses_whole_years_and_months() -> None:
    assert when.from_bounds(date(1949, 1, 1), date(1949, 12, 31)) == "1949"
    assert when.from_bounds(date(1946, 1, 1), date(1950, 12, 31)) == "1946/1950"
    assert when.from_bounds(date(1957, 8, 1), date(1957, 8, 31)) == "1957-08"
    assert when.from_bounds(date(1957, 8, 7), date(1957, 8, 7)) == "1957-08-07"
    assert when.from_bounds(date(2024, 1, 21), date(2024, 1, 31)) == "2024-01-21/2024-01-31"


# --- properties ----------------------------------------------------------------------------

years = st.integers(min_value=1000, max_value=2999)


@st.composite
def points(draw: st.DrawFn) -> str:
    y = draw(years)
    shape = draw(st.sampled_from(["y", "ym", "ymd", "decade", "century"]))
    q = draw(st.sampled_from(["", "", "~", "?", "%"]))
    if shape == "decade":
        return f"{str(y)[:3]}X"
    if shape == "century":
        return f"{str(y)[:2]}XX"
    if shape == "y":
        return f"{y}{q}"
    m = draw(st.integers(1, 12))
    if shape == "ym":
        return f"{y}-{m:02d}{q}"
    d = draw(st.integers(1, calendar.monthrange(y, m)[1]))
    return f"{y}-{m:02d}-{d:02d}{q}"


@st.composite
def edtf_values(draw: st.DrawFn, unspecified_in_intervals: bool = True) -> str:
    a = draw(points())
    if draw(st.booleans()):
        return a
    if not unspecified_in_intervals and "X" in a:
        return a
    b = draw(points())
    if not unspecified_in_intervals and "X" in b:
        return a
    if draw(st.integers(0, 5)) == 0:
        return draw(st.sampled_from([f"{a}/..", f"../{a}"]))
    lo_a, _ = when.bounds(a)
    lo_b, _ = when.bounds(b)
    first, second = (a, b) if lo_a <= lo_b else (b, a)
    if when.bounds(first)[0] > when.bounds(second)[1]:
        return first
    pa, pb = when.parse(first).start, when.parse(second).start
    assert pa is not None and pb is not None
    if (pa.precision == pb.precision and "X" not in first + second and not (pa.qualifier or pb.qualifier)
            and when.bounds(first)[1] < when.bounds(second)[0] and draw(st.integers(0, 3)) == 0):
        return f"[{first}..{second}]"  # one time somewhere in the span
    return f"{first}/{second}"


def _day(t: object) -> date | None:
    if isinstance(t, time.struct_time):
        return date(t.tm_year, t.tm_mon, t.tm_mday)
    return None  # ±inf for open ends


@settings(max_examples=300, deadline=None)
@given(edtf_values(unspecified_in_intervals=False))  # the reference parses no 197X inside an interval
def test_bounds_agree_with_edtf_package(text: str) -> None:
    from edtf import parse_edtf

    ref = parse_edtf(text)
    lo, hi = when.bounds(text)
    ref_lo, ref_hi = _day(ref.lower_strict()), _day(ref.upper_strict())
    assert (lo if lo != when.MIN_DAY else None) == ref_lo
    assert (hi if hi != when.MAX_DAY else None) == ref_hi


@settings(max_examples=200, deadline=None)
@given(edtf_values())
def test_parse_is_idempotent_and_bounded(text: str) -> None:
    w = when.parse(text)
    assert when.parse(w.edtf()).edtf() == w.edtf() == text
    assert w.lower <= w.upper
    assert w.label()


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 31)),
       st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 31)))
def test_from_bounds_round_trips(a: date, b: date) -> None:
    lo, hi = min(a, b), max(a, b)
    assert when.bounds(when.from_bounds(lo, hi)) == (lo, hi)


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("../1968-04-25", date(1968, 4, 25), date(1968, 4, 25)),
        ("1957/..", date(1957, 1, 1), date(1957, 12, 31)),
        ("../199X", date(1990, 1, 1), date(1999, 12, 31)),
        ("1957-08/..", date(1957, 8, 1), date(1957, 8, 31)),
        ("1946/1950", date(1946, 1, 1), date(1950, 12, 31)),  # a closed interval attests all of it
        ("1957-08-07", date(1957, 8, 7), date(1957, 8, 7)),
        ("197X", date(1970, 1, 1), date(1979, 12, 31)),
    ],
)
def test_attested_span(text: str, lo: date, hi: date) -> None:
    assert when.attested(text) == (lo, hi)


@pytest.mark.parametrize(
    ("text", "span", "attested", "overlap"),
    [
        ("../1968-04-25", (date(1957, 1, 1), date(1957, 12, 31)), False, True),
        ("../1968-04-25", (date(1968, 1, 1), date(1968, 12, 31)), True, True),
        ("1957/..", (date(2000, 1, 1), when.MAX_DAY), False, True),
        ("1957/..", (date(1957, 6, 1), date(1957, 6, 30)), True, True),
        ("1945/1968", (date(1957, 1, 1), date(1957, 12, 31)), True, True),
        ("1949", (date(1957, 1, 1), date(1957, 12, 31)), False, False),
        ("[1948..1982]", (date(1957, 1, 1), date(1957, 12, 31)), False, True),  # "decades ago" (2002)
        ("[1948..1982]", (date(1940, 1, 1), date(1990, 12, 31)), True, True),
        ("[1948..1982]", (date(1980, 1, 1), date(1990, 12, 31)), False, True),
        ("[1910-01..1945-08]", (date(1910, 1, 1), date(1945, 8, 31)), True, True),
    ],
)
def test_matches_by_attested_time_or_overlap(text: str, span: tuple[date, date], attested: bool,
                                             overlap: bool) -> None:
    assert when.matches(text, span) is attested
    assert when.matches(text, span, overlap=True) is overlap


@pytest.mark.parametrize(
    ("text", "label"),
    [("[1948..1982]", "sometime 1948–1982"), ("[1910-01..1945-08]", "sometime Jan 1910–Aug 1945")],
)
def test_one_of_a_span_reads_and_labels(text: str, label: str) -> None:
    w = when.parse(text)
    assert w.one_of and w.edtf() == text and w.label() == label
    assert (w.lower, w.upper) == w.attested


@pytest.mark.parametrize("text", ["[1948..]", "[..1982]", "[1982..1948]", "[1948..1948]", "[1948,1950]",
                                  "[1948/1982]", "1948..1982]", "[1910..1945-08]", "[1948~..1982]"])
def test_one_of_a_span_refuses_what_is_not_one(text: str) -> None:
    with pytest.raises(when.DateError):
        when.parse(text)


spans = st.tuples(st.dates(min_value=date(900, 1, 1), max_value=date(3100, 12, 31)),
                  st.dates(min_value=date(900, 1, 1), max_value=date(3100, 12, 31))).map(sorted).map(tuple)


@settings(max_examples=300, deadline=None)
@given(edtf_values(), spans)
def test_attested_matching_is_a_narrowing_of_overlap(text: str, span: tuple[date, date]) -> None:
    w = when.parse(text)
    lo, hi = w.attested
    assert w.lower <= lo <= hi <= w.upper  # inside the bounds
    assert lo > when.MIN_DAY and hi < when.MAX_DAY  # always finite
    if when.matches(text, span):
        assert when.matches(text, span, overlap=True)
    if not (w.open_start or w.open_end or w.one_of):
        assert when.matches(text, span) == when.matches(text, span, overlap=True)
    if w.one_of:  # somewhere inside, not known where: matched only by a span holding all of it
        assert when.matches(text, span) == (span[0] <= w.lower and w.upper <= span[1])


@settings(max_examples=200, deadline=None)
@given(edtf_values())
def test_an_open_end_claims_nothing_beyond_its_closed_end(text: str) -> None:
    w = when.parse(text)
    lo, hi = w.attested
    after = (date(hi.year + 1, 1, 1), date(hi.year + 50, 12, 31))
    before = (date(lo.year - 50, 1, 1), date(lo.year - 1, 12, 31))
    if w.open_end:
        assert not when.matches(text, after) and when.matches(text, after, overlap=True)
    if w.open_start:
        assert not when.matches(text, before) and when.matches(text, before, overlap=True)


@settings(max_examples=200, deadline=None)
@given(st.lists(edtf_values(), min_size=2, max_size=8))
def test_order_key_sorts_by_attested_start(texts: list[str]) -> None:
    ordered = sorted(texts, key=when.order_key)
    starts = [when.attested(t)[0] for t in ordered]
    assert starts == sorted(starts)


@given(st.text(max_size=25))
def test_date_reader_reads_or_refuses_anything(text: str) -> None:
    try:
        edtf = when.user_edtf(text)
    except when.DateError as err:
        assert "give a date such as" in str(err)
        return
    assert when.user_edtf(edtf) == edtf  # what it reads, it reads again the same
    lo, hi = when.bounds(edtf)
    assert lo <= hi


@given(st.from_regex(r"\s*[0-9]{1,3}\s*", fullmatch=True) | st.from_regex(r"[A-Z][a-z]{2} [0-9]{2}", fullmatch=True))
def test_date_reader_never_reads_a_short_year(text: str) -> None:
    with pytest.raises(when.DateError):
        when.user_span(text)


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)),
       st.sampled_from(["{y}-{m:02d}-{d:02d}", "{d} {B} {y}", "{B} {d}, {y}", "{d} {b} {y}", "{y}-{m}-{d}"]))
def test_date_reader_reads_every_day_in_every_form(day: date, form: str) -> None:
    text = form.format(y=f"{day.year:04d}", m=day.month, d=day.day, B=day.strftime("%B"), b=day.strftime("%b"))
    assert when.user_span(text) == (day, day)


@given(st.integers(1000, 9999), st.integers(13, 99), st.integers(1, 28))
def test_date_reader_refuses_month_13_and_up(year: int, month: int, day: int) -> None:
    for text in (f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}"):
        with pytest.raises(when.DateError, match="no month"):
            when.user_span(text)


def test_last_day_is_calendars() -> None:
    for year in (*range(1, 30), *range(1580, 2410), 9999):
        for month in range(1, 13):
            assert when._last_day(year, month) == calendar.monthrange(year, month)[1], (year, month)


def test_parsed_dates_are_frozen_records_equal_by_their_fields() -> None:
    a, b = when.parse("1957/.."), when.When(when.Point("1957"), None, True)
    assert a == b and hash(a) == hash(b) and a != when.parse("1957")
    assert {a: 1}[b] == 1 and when.Point("1957") != ("1957", None, None, None)
    assert repr(when.Point("1957", 8)) == "Point(year='1957', month=8, day=None, qualifier=None)"
    assert repr(a) == f"When(start={a.start!r}, end=None, is_interval=True, one_of=False)"
    assert (a.lower, a.upper, a.attested) == (date(1957, 1, 1), when.MAX_DAY, (date(1957, 1, 1), date(1957, 12, 31)))
    for record, name in ((a, "start"), (a.start, "year"), (a, "lower")):
        with pytest.raises(AttributeError):
            setattr(record, name, None)
        with pytest.raises(AttributeError):
            delattr(record, name)
