"""`nkecon entities`, `topics` and `sources`: the listings of a base's vocabulary with their counts."""

from __future__ import annotations

import json
from pathlib import Path

from .test_facts import _rows


def test_entities_counts_the_facts_a_person_speaks_in(run) -> None:  # type: ignore[no-untyped-def]
    rec = json.loads(run("entities", "jeong", "-f", "json").stdout)[0]
    spoken = _rows(run("facts", "--speaker", "jeong").stdout)
    assert rec["id"] == "jeong-il-yong" and rec["speaks"] == len(spoken) > 0


def test_topics_counts_include_subtopics(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    rows = {r["id"]: r for r in json.loads(run("topics", "-f", "json", base=tiny).stdout)}
    assert rows["mining"]["facts"] == 2 and rows["mining"]["direct"] == 0
    assert rows["zinc"]["facts"] == 2
    tree = run("topics", "-f", "table", base=tiny).stdout
    assert "nonferrous-metals" in tree and "Mining" in tree


def test_entities_by_alias_and_type(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    out = run("entities", "Gangwon-do", base=tiny).stdout
    assert out.startswith("kangwon-province\tKangwon Province\tplace")
    assert out.rstrip().endswith("\t2\t2\t0")  # facts, direct, speaks
    places = json.loads(run("entities", "--type", "facility", "-f", "json", base=tiny).stdout)
    assert [e["id"] for e in places] == ["anju-coal-mine"]


def test_sources_listing(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    records = json.loads(run("sources", "-f", "json", base=tiny).stdout)
    assert [r["id"] for r in records] == ["alpha-report-1957-08-07", "beta-news-2024-02-06"]
    assert records[0]["facts"] == 3 and records[0]["citation"] == "Alpha report, 1957."
