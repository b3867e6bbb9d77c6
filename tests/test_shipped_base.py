"""The shipped fact base: clean, complete per DESIGN.md §1, and answering the questions it promises."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date

import pytest

from nkecon_cli import factbase
from nkecon_cli.query.select import Filters, resolve_entity, select


@pytest.fixture(scope="module")
def shipped() -> factbase.FactBase:
    return factbase.load()


def test_verify_is_clean(run) -> None:  # type: ignore[no-untyped-def]
    result = run("verify")
    assert result.exit_code == 0, result.stdout
    assert "every quote found" in result.stdout


def test_five_sources_each_with_facts(shipped: factbase.FactBase) -> None:
    assert len(shipped.sources) == 5
    per_source = defaultdict(int)
    for f in shipped.facts:
        per_source[f.source] += 1
    assert set(per_source) == set(shipped.sources)
    assert len(shipped.facts) > 120


def test_zinc_series_as_puzanov_gives_it(shipped: factbase.FactBase) -> None:
    series = {f.when: f.value for f in shipped.facts if f.measure == "zinc output"}
    assert series == {"1944": 5200, "1946": 1200, "1947": 4300, "1948": 5400, "1949": 7700, "1950": 4800}
    cap = [f for f in shipped.facts if f.kind == "capacity" and "zinc" in f.topics]
    assert [(f.value, f.approx, f.unit, f.per) for f in cap] == [(12000, "more-than", "t", "year")]


def test_zinc_timeline_in_time_order(run) -> None:  # type: ignore[no-untyped-def]
    lines = [line.split("\t") for line in run("timeline", "--topic", "zinc").stdout.splitlines()]
    figures = [(cells[1], cells[3]) for cells in lines if cells[3]]
    assert figures[:7] == [
        ("1944", "5,200 t"), ("1946", "1,200 t"), ("1947", "4,300 t"), ("1948", "5,400 t"),
        ("1949", "7,700 t"), ("1950", "4,800 t"), ("1957/..", "more than 12,000 t/year"),
    ]
    assert all(cells[6] for cells in lines)  # every line names its source


def test_every_fact_is_complete(shipped: factbase.FactBase) -> None:
    for f in shipped.facts:
        assert f.speaker, f.id
        assert f.entities, f.id
        assert f.statement.strip().endswith((".", "?", "!", "'", "’", "”")), f.id
        if f.dated_by == "relative":
            assert f.note, f"{f.id}: a relative date needs a note saying how it was resolved"
        if f.value is not None:
            assert f.unit and f.measure, f.id


def test_a_series_keeps_one_unit(shipped: factbase.FactBase) -> None:
    units = defaultdict(set)
    for f in shipped.facts:
        if f.measure:
            units[f.measure].add(f.unit)
    assert {m: u for m, u in units.items() if len(u) > 1} == {}


@pytest.mark.parametrize(
    ("typed", "entity"),
    [
        ("Heungnam", "hungnam"), ("hungnam", "hungnam"), ("Cheongjin", "chongjin"), ("Ch'ongjin", "chongjin"),
        ("Shineuiju", "sinuiju"), ("Hoeryeong", "hoeryong"), ("Namp'o", "nampo"), ("nampo", "nampo"),
        ("Gangwon", "kangwon-province"), ("Kangwon", "kangwon-province"), ("Kim Il-sung", "kim-il-sung"),
    ],
)
def test_romanisation_variants_resolve(shipped: factbase.FactBase, typed: str, entity: str) -> None:
    assert entity in resolve_entity(shipped, typed)


@pytest.mark.parametrize(
    ("flt", "at_least"),
    [
        (Filters(topics=["coal"], kinds=["directive"]), 5),  # coal-mine priorities
        (Filters(entities=["Kangwon"], date_from="2024", date_to="2024"), 10),
        (Filters(date_from="1957", date_to="1957"), 20),
        (Filters(entities=["Anju"], kinds=["directive"]), 2),
        (Filters(perspectives=["soviet-diplomat"]), 30),
    ],
)
def test_researcher_questions_have_answers(shipped: factbase.FactBase, flt: Filters, at_least: int) -> None:
    assert len(select(shipped, flt)) >= at_least


def test_json_output_of_shipped_base_is_valid(run) -> None:  # type: ignore[no-untyped-def]
    records = json.loads(run("facts", "-f", "json").stdout)
    assert len(records) > 120
    closed = [r for r in records if r["when_start"] and r["when_end"]]
    assert all(r["when_start"] <= r["when_end"] for r in closed)
    assert len(closed) < len(records)  # the base has open ends, given as null
    assert not any(r[k] and r[k][:4] in ("0001", "9999") for r in records for k in ("when_start", "when_end"))


def test_shipped_base_is_curated_to_one_standard(shipped: factbase.FactBase) -> None:
    """No near-duplicates, no two values of one series at one time, no money without its era, no `when` year
    nothing gives, no statement saying more than its quote (DESIGN.md)."""
    from nkecon_cli.curate import checks

    found = checks.run(shipped)
    # every check, statement-words included: what a neighbouring sentence supplies is in the quote or the note
    # (issue 18 item 7; docs/curation-2026-12.md, "Statement words")
    assert [str(x) for x in found] == []
    assert not any(f.unit in ("RUB", "KPW") and f.span[0].year < 1998 for f in shipped.facts)


def test_what_the_texts_say_about_1957(shipped: factbase.FactBase) -> None:
    """`--from 1957 --to 1957` leaves out what merely might have been true then: open ends running
    into 1957 and times known only to lie somewhere in a span around it ("decades ago" in 2002)."""
    from nkecon_cli.factbase import when

    attested = select(shipped, Filters(date_from="1957", date_to="1957"))
    might = select(shipped, Filters(date_from="1957", date_to="1957", overlap=True))
    assert {f.id for f in attested} < {f.id for f in might}
    spans = [when.parse(f.when) for f in attested]
    assert not any(w.open_start for w in spans)
    # a "one of" span is attested in 1957 only when all of it lies in 1957 ("today or tomorrow", 7 Aug 1957)
    assert all(date(1957, 1, 1) <= w.lower and w.upper <= date(1957, 12, 31) for w in spans if w.one_of)
    assert any(w.one_of for w in spans)
    left_out = [f for f in might if f not in attested]
    assert any(when.parse(f.when).one_of for f in left_out)
    assert all(f.source != "joongang-local-factories-2002-03-14" for f in attested)
