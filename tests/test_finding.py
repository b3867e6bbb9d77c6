"""Finding things: alias- and romanisation-aware text, the SQLite export for SQL users, every series."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from .conftest import TINY_TEXT, fact, tiny_doc, write_base


@pytest.fixture
def named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The tiny base with a source that spells Hungnam the MR way, and an entity only in RR."""
    doc = tiny_doc()
    doc["entities"].append({"id": "hungnam", "name": "Hungnam", "type": "place", "aliases": ["Hŭngnam"]})
    text = "Notes\n\nThe works at Hŭngnam made 500,000 tons of fertilizer in 1960.\n"
    doc["facts"].append(fact(id="hungnam-fertilizer-1960", statement="Hŭngnam made 500,000 t of fertilizer in 1960.",
                             topics=["planning"], measure="fertilizer output", value=500000, when="1960",
                             entities=["hungnam"], source="gamma-notes-1961", stated="1961",
                             quote="The works at Hŭngnam made 500,000 tons of fertilizer in 1960."))
    monkeypatch.setitem(TINY_TEXT, "gamma-notes-1961", text)
    from .conftest import tiny_sources

    sources = tiny_sources()
    sources["sources"].append({**sources["sources"][1], "id": "gamma-notes-1961", "title": "Gamma notes",
                               "date": "1961", "short": "Gamma 1961"})
    return write_base(tmp_path / "named", doc, sources)


# --- text by any name -------------------------------------------------------------------------


def test_search_finds_a_passage_by_another_romanisation(run, named: Path) -> None:  # type: ignore[no-untyped-def]
    for term in ("Heungnam", "Hungnam", "hŭngnam"):
        out = run("search", term, "-f", "json", base=named).stdout
        hits = json.loads(out)
        assert [h["source"] for h in hits] == ["gamma-notes-1961"], term
        assert hits[0]["facts"] == ["hungnam-fertilizer-1960"]


def test_search_does_not_read_english_words_as_romanisations(run, named: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("search", "bay", base=named).stdout == ""  # 'bay' and 'pay' share a key; neither is a name
    assert run("search", "Tons", base=named).stdout != ""  # the word itself, any case


def test_text_filter_is_alias_and_romanisation_aware(run, named: Path) -> None:  # type: ignore[no-untyped-def]
    for words in ("Heungnam", "Heungnam fertilizer", "Gangwon plan"):
        out = run("facts", "--text", words, "--format", "plain", base=named).stdout
        assert out, words
    assert run("facts", "--text", "Heungnam zinc", "--format", "plain", base=named).stdout == ""


def test_shipped_text_search_by_rr_spelling(run) -> None:  # type: ignore[no-untyped-def]
    ids = {line.split("\t")[0] for line in run("facts", "--text", "Heungnam", "-f", "plain").stdout.splitlines()}
    assert "hungnam-fertilizer-plant-soviet-nitrogen-equipment-paid-in-gold" in ids


# --- SQLite: what the command line gives -----------------------------------------------------


def test_sqlite_topic_closure_aliases_stemming_integers(run, named: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "x.db"
    assert run("export", "--format", "sqlite", "-o", str(db), base=named).exit_code == 0
    con = sqlite3.connect(db)
    by_sql = {r[0] for r in con.execute("select distinct fact_id from fact_topics where topic_id = 'mining'")}
    listed = run("facts", "--topic", "mining", "-f", "plain", base=named).stdout.splitlines()
    by_cli = {line.split("\t")[0] for line in listed}
    assert by_sql == by_cli == {"zinc-1949", "zinc-1950"}
    assert con.execute("select direct, position from fact_topics where fact_id='zinc-1949' and topic_id='zinc'"
                       ).fetchone() == (1, 0)
    assert con.execute("select direct, position from fact_topics where fact_id='zinc-1949' and topic_id='mining'"
                       ).fetchone() == (0, None)
    assert ("mining", "zinc", 2) in set(con.execute("select * from topic_closure"))
    place = {r[0] for r in con.execute("select fact_id from fact_entities where entity_id='anju'")}
    assert place == {"anju-investment"}  # through the Anju Coal Mine, as --place Anju
    # full text: stemmed, with the entities' names and aliases
    assert con.execute("select id from facts_fts where facts_fts match 'ratify'").fetchall() == [
        ("kangwon-plan-ratified",)]
    gangwon = {r[0] for r in con.execute("select id from facts_fts where facts_fts match 'Gangwon'")}
    assert gangwon == {"kangwon-plan-sent", "kangwon-plan-ratified"}
    assert con.execute("select id from facts_fts where facts_fts match 'Hungnam'").fetchall() == [
        ("hungnam-fertilizer-1960",)]
    value = con.execute("select value, typeof(value) from facts where id='hungnam-fertilizer-1960'").fetchone()
    assert value == (500000, "integer") and str(value[0]) == "500000"


def test_sqlite_keeps_fractions(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = tiny_doc()
    doc["facts"][0]["value"] = 7700.5
    root = write_base(tmp_path / "b", doc)
    db = tmp_path / "f.db"
    assert run("export", "--format", "sqlite", "-o", str(db), base=root).exit_code == 0
    assert sqlite3.connect(db).execute("select value from facts where id='zinc-1949'").fetchone() == (7700.5,)


# --- every series --------------------------------------------------------------------------


def test_measures_lists_every_series(run, named: Path) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(run("measures", "-f", "json", base=named).stdout)
    assert [(r["measure"], r["unit"], r["points"], r["from"], r["to"]) for r in rows] == [
        ("fertilizer output", "t", 1, "1960", "1960"), ("zinc output", "t", 2, "1949", "1950")]
    assert rows[1]["sources"] == ["Alpha 1957"]
    filtered = run("measures", "--place", "Heungnam", "-f", "plain", base=named).stdout.splitlines()
    assert [line.split("\t")[0] for line in filtered] == ["fertilizer output"]
    csv_lines = run("measures", "-f", "csv", base=named).stdout.splitlines()
    assert csv_lines[0] == "measure,unit,points,figures,from,to,kinds,sources"


def test_shipped_measures_cover_every_measure(run) -> None:  # type: ignore[no-untyped-def]
    from nkecon_cli.factbase.loading import load

    listed = {line.split("\t")[0] for line in run("measures", "-f", "plain").stdout.splitlines()}
    assert listed == {f.measure for f in load(None).facts if f.measure}


def test_chart_draws_every_series_a_part_names(run) -> None:  # type: ignore[no-untyped-def]
    result = run("chart", "--measure", "zinc", "-f", "table")
    assert result.exit_code == 0, result.stderr
    assert "zinc output (t)" in result.stdout and "electrolytic zinc output capacity, Nampo (t)" in result.stdout
    by_topic = run("chart", "--topic", "zinc", "-f", "plain").stdout.splitlines()
    assert {line.split("\t")[-1] for line in by_topic} == {"zinc output", "electrolytic zinc output capacity, Nampo"}


def test_bare_chart_points_to_measures(run) -> None:  # type: ignore[no-untyped-def]
    result = run("chart")
    assert result.exit_code == 2 and "`nkecon measures` lists the" in result.stderr
    assert result.stderr.count("\n") == 1


def test_unknown_measure_points_to_measures(run) -> None:  # type: ignore[no-untyped-def]
    result = run("chart", "--measure", "tungsten")
    assert result.exit_code == 2 and "`nkecon measures`" in result.stderr
