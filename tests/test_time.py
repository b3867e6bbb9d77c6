"""What a fact's time means: --from/--to match what the text attests; --overlap gives plain overlap."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nkecon_cli import factbase
from nkecon_cli.diff.times import compare_times
from nkecon_cli.factbase import when
from nkecon_cli.query.select import Filters, select

from .conftest import fact, tiny_doc, tiny_facts, write_base
from .test_when import edtf_values

# --- the core: attested spans ---------------------------------------------------------------


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


# --- through the CLI ----------------------------------------------------------------------------

OPEN = [
    fact(id="zinc-until-1960", statement="Until 1960 the works produced 4,800 t of zinc.", value=4800,
         when="../1960", quote="In 1950 it produced 4,800 tons."),
    fact(id="zinc-since-1949", statement="Since 1949 the works produced 7,700 t of zinc.", value=7700,
         when="1949/..", quote="In 1949 the works produced 7,700 tons of zinc."),
]


@pytest.fixture
def open_base(tmp_path: Path) -> Path:
    return write_base(tmp_path / "open", tiny_doc(tiny_facts() + OPEN))


@pytest.mark.parametrize(
    ("args", "ids"),
    [
        (["--from", "1957", "--to", "1957"], ["anju-investment"]),
        (["--from", "1957", "--to", "1957", "--overlap"], ["zinc-since-1949", "anju-investment", "zinc-until-1960"]),
        (["--from", "2000"], ["kangwon-plan-sent", "kangwon-plan-ratified"]),
        (["--from", "2000", "--overlap"], ["zinc-since-1949", "kangwon-plan-sent", "kangwon-plan-ratified"]),
        (["--to", "1955"], ["zinc-1949", "zinc-since-1949", "zinc-1950"]),
        (["--to", "1955", "--overlap"], ["zinc-1949", "zinc-since-1949", "zinc-1950", "zinc-until-1960"]),
        (["--from", "1960", "--to", "1960"], ["zinc-until-1960"]),
        (["--from", "1949", "--to", "1949"], ["zinc-1949", "zinc-since-1949"]),
        (["--overlap"], ["zinc-1949", "zinc-since-1949", "zinc-1950", "anju-investment", "zinc-until-1960",
                         "kangwon-plan-sent", "kangwon-plan-ratified"]),  # no dates: --overlap changes nothing
    ],
)
def test_from_to_match_attested_time(run, open_base: Path, args: list[str], ids: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = run("facts", "--format", "jsonl", *args, base=open_base)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ids


def test_a_time_somewhere_in_a_span_is_no_fact_about_one_year_in_it(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    decades = fact(id="bureau-founded", statement="Decades ago the bureau was founded.", value=None, unit=None,
                   measure=None, kind="event", when="[1948..1982]", quote="In 1949 the works produced")
    base = write_base(tmp_path / "b", tiny_doc([*tiny_facts(), decades]))
    ids = lambda *a: [json.loads(x)["id"] for x in run("facts", "-f", "jsonl", *a, base=base).stdout.splitlines()]  # noqa: E731
    assert "bureau-founded" not in ids("--from", "1957", "--to", "1957")
    assert "bureau-founded" in ids("--from", "1957", "--to", "1957", "--overlap")
    assert "bureau-founded" in ids("--from", "1940", "--to", "1990")
    shown = run("show", "bureau-founded", "-f", "plain", base=base).stdout
    assert "[1948..1982]" in shown or "sometime 1948–1982" in shown


def test_a_filter_bound_that_is_one_time_in_a_span_is_refused(run, open_base: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("facts", "--from", "[1948..1982]", base=open_base)
    assert result.exit_code == 2
    assert "one time somewhere in a span" in result.stderr and "1948/1982" in result.stderr
    assert when.user_edtf("[1948..1982]") == "[1948..1982]"  # still a document date (ingest --date)


def test_core_select_takes_overlap(open_base: Path) -> None:
    base = factbase.load(open_base)
    attested = {f.id for f in select(base, Filters(date_from="1957", date_to="1957"))}
    overlap = {f.id for f in select(base, Filters(date_from="1957", date_to="1957", overlap=True))}
    assert attested == {"anju-investment"}
    assert overlap == {"anju-investment", "zinc-until-1960", "zinc-since-1949"}


def test_open_ends_sort_around_their_closed_end(run, open_base: Path) -> None:  # type: ignore[no-untyped-def]
    extra = [fact(id="zinc-until-1949", when="../1949"), fact(id="zinc-from-1949", when="1949/..")]
    doc = tiny_doc([*tiny_facts(), *extra])
    base = write_base(open_base.parent / "sorted", doc)
    lines = run("facts", "--kind", "statistic", "--format", "plain", base=base).stdout.splitlines()
    assert [line.split("\t")[1] for line in lines] == ["../1949", "1949", "1949/..", "1950"]
    timeline = run("timeline", "--kind", "statistic", "--format", "plain", base=base).stdout
    assert timeline.index("zinc-until-1949") < timeline.index("zinc-from-1949") < timeline.index("zinc-1950")
    table = run("timeline", "--kind", "statistic", "--format", "table", base=base).stdout
    assert table.index("until 1949") < table.index("from 1949") < table.index("1950")


@pytest.mark.parametrize("command", ["facts", "timeline", "chart", "export", "diff"])
def test_help_states_the_date_semantics(run, command: str) -> None:  # type: ignore[no-untyped-def]
    out = " ".join(run(command, "--help").stdout.split())
    assert "attests" in out and "closed end" in out
    assert "--overlap" in out and "plain interval overlap" in out


# --- exports: an open end is empty, never year 1 or 9999 -----------------------------------------


def _no_sentinels(text: str) -> None:
    assert "0001-01-01" not in text and "9999-12-31" not in text


def test_json_and_jsonl_give_open_ends_as_null(run, open_base: Path) -> None:  # type: ignore[no-untyped-def]
    for fmt in ("json", "jsonl"):
        out = run("export", "--format", fmt, base=open_base).stdout
        _no_sentinels(out)
        recs = json.loads(out) if fmt == "json" else [json.loads(line) for line in out.splitlines()]
        by_id = {r["id"]: r for r in recs}
        assert (by_id["zinc-until-1960"]["when_start"], by_id["zinc-until-1960"]["when_end"]) == (None, "1960-12-31")
        assert (by_id["zinc-since-1949"]["when_start"], by_id["zinc-since-1949"]["when_end"]) == ("1949-01-01", None)


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_csv_and_tsv_give_open_ends_empty(run, open_base: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    out = run("export", "--format", fmt, base=open_base).stdout
    _no_sentinels(out)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(out), delimiter="," if fmt == "csv" else "\t")}
    assert (rows["zinc-until-1960"]["when_start"], rows["zinc-until-1960"]["when_end"]) == ("", "1960-12-31")
    assert (rows["zinc-since-1949"]["when_start"], rows["zinc-since-1949"]["when_end"]) == ("1949-01-01", "")


def test_sqlite_gives_open_ends_as_null(run, open_base: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "x.db"
    assert run("export", "--format", "sqlite", "-o", str(db), base=open_base).exit_code == 0
    con = sqlite3.connect(db)
    got = dict(((i, (s, e)) for i, s, e in con.execute("select id, when_start, when_end from facts")))
    con.close()
    assert got["zinc-until-1960"] == (None, "1960-12-31")
    assert got["zinc-since-1949"] == ("1949-01-01", None)


@pytest.mark.parametrize("fmt", ["timelinejs", "markdown"])
def test_document_exports_have_no_sentinel_years(run, open_base: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    out = run("export", "--format", fmt, base=open_base).stdout
    _no_sentinels(out)
    assert '"year": "1"' not in out and '"year": "9999"' not in out


def test_show_gives_open_ends_as_dots(run, open_base: Path) -> None:  # type: ignore[no-untyped-def]
    out = run("show", "zinc-until-1960", "--format", "plain", base=open_base).stdout
    assert "when_start\t\n" in out and "when_end\t1960-12-31\n" in out
    _no_sentinels(out)


# --- diff FROM TO uses the same meaning -----------------------------------------------------------


def test_diff_times_takes_an_open_end_at_its_closed_end(open_base: Path) -> None:
    base = factbase.load(open_base)
    facts = [f for f in base.facts if f.id in ("zinc-1949", "zinc-until-1960")]
    y1949, y1960 = when.bounds("1949"), when.bounds("1960")
    rows = compare_times(facts, y1949, y1960)
    assert [(r.status, r.old and r.old.id, r.new and r.new.id) for r in rows] == [
        ("compared", "zinc-1949", "zinc-until-1960")]
    # by plain overlap "until 1960" covers 1949 too, and a point at both times is left out
    rows = compare_times(facts, y1949, y1960, overlap=True)
    assert [(r.status, r.old and r.old.id) for r in rows] == [("only-from", "zinc-1949")]


def test_diff_times_overlap_option_through_cli(run, open_base: Path) -> None:  # type: ignore[no-untyped-def]
    attested = run("diff", "1949", "1960", "--kind", "statistic", "--format", "jsonl", base=open_base)
    overlap = run("diff", "1949", "1960", "--kind", "statistic", "--overlap", "--format", "jsonl", base=open_base)
    assert attested.exit_code == overlap.exit_code == 0
    assert [json.loads(line)["status"] for line in attested.stdout.splitlines()] == ["compared"]
    assert [json.loads(line)["status"] for line in overlap.stdout.splitlines()] == ["only-from"]


def test_conflicts_weigh_claims_only_where_their_attested_times_meet() -> None:
    from nkecon_cli.diff.conflicts import find_conflicts
    from nkecon_cli.factbase.records import Fact

    until_1960 = Fact.model_validate(fact(id="a", value=100, when="../1960"))
    in_1950 = Fact.model_validate(fact(id="b", value=200, when="1950", source="beta-news-2024-02-06"))
    in_1960 = Fact.model_validate(fact(id="c", value=200, when="1960", source="beta-news-2024-02-06"))
    assert find_conflicts([until_1960, in_1950]) == []  # "until 1960" says nothing about 1950
    assert [(c.a.id, c.b.id) for c in find_conflicts([until_1960, in_1960])] == [("a", "c")]
