"""EDTF subset: bounds, labels, errors, user input; property tests against the `edtf` package."""

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
