"""`nkecon timeline`: facts in time order, grouped by year, decade, source or speaker, at any width."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import fact, tiny_doc, tiny_facts, tiny_sources, write_base
from .test_facts import _rows


def test_timeline_by_source_in_the_order_written(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    early = fact(id="kangwon-1940", statement="Kangwon sent a plan in 1940.", topics=["planning"], kind="event",
                 measure=None, value=None, unit=None, when="1940", stated="2024-02-06", entities=["kangwon-province"],
                 speaker=None, source="beta-news-2024-02-06", quote="Kangwon Province sent its plan on Jan. 8.")
    root = write_base(tmp_path / "b", tiny_doc([*tiny_facts(), early]), tiny_sources())
    lines = run("timeline", "--by", "source", base=root).stdout.splitlines()
    groups = list(dict.fromkeys(line.rsplit("\t", 1)[1] for line in lines))
    assert [g.rsplit(" (", 1)[1] for g in groups] == ["1957-08-07)", "2024-02-06)"]
    table = run("timeline", "--by", "source", "-f", "table", base=root).stdout
    assert table.index("Alpha 1957") < table.index("2024-02-06)")
    assert json.loads(run("timeline", "--by", "source", "-f", "json", base=root).stdout)


def test_timeline_by_speaker_sets_each_voice_apart_in_a_stable_order(run) -> None:  # type: ignore[no-untyped-def]
    out = run("timeline", "--by", "speaker", "--topic", "nonferrous-metals").stdout
    rows = _rows(out)
    groups = list(dict.fromkeys(r[-1] for r in rows))
    assert {"Alexander M. Puzanov", "Jeong Il-yong", "Kim Il Sung"} <= set(groups)
    assert groups == sorted(groups, key=lambda g: (g == "no speaker named", g.casefold(), g))
    # every fact of a group is together: a group's rows are contiguous
    seen: list[str] = []
    for r in rows:
        if not seen or seen[-1] != r[-1]:
            assert r[-1] not in seen
            seen.append(r[-1])
    assert run("timeline", "--by", "speaker", "--topic", "nonferrous-metals").stdout == out  # stable


def test_timeline_by_speaker_at_80_columns_heads_each_group_with_its_count(runner, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from nkecon_cli.cli.app import cli

    monkeypatch.setenv("COLUMNS", "80")
    out = runner.invoke(cli, ["timeline", "--by", "speaker", "--topic", "nonferrous-metals", "-f", "table"]).stdout
    assert "Jeong Il-yong · " in out and "Kim Il Sung · " in out
    piped = _rows(runner.invoke(cli, ["timeline", "--by", "speaker", "--topic", "nonferrous-metals"]).stdout)
    jeong = sum(1 for r in piped if r[-1] == "Jeong Il-yong")
    assert f"Jeong Il-yong · {jeong} facts" in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_timeline_groups_by_year_with_bars(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    out = run("timeline", "--format", "table", base=tiny).stdout
    for year in ("1949", "1950", "1957", "2024"):
        assert year in out
    assert "█" in out
    assert out.index("1949") < out.index("1950") < out.index("2024")


def test_timeline_plain_and_groups(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    lines = [line.split("\t") for line in run("timeline", "--by", "decade", base=tiny).stdout.splitlines()]
    assert [cells[-1] for cells in lines] == ["1940s", "1950s", "1950s", "2020s", "2020s"]
    assert lines[-1][1] == "2024-01-21/2024-01-31"
    by_source = run("timeline", "--by", "source", base=tiny).stdout.splitlines()
    assert by_source[0].endswith("\tAlpha 1957 (1957-08-07)")
    # piped, a timeline has the columns of piped facts, in their order, and its group last
    facts = run("facts", "--sort", "when", base=tiny).stdout.splitlines()
    assert [line.rsplit("\t", 1)[0] for line in by_source] == facts


def test_timeline_at_80_columns_fits(run, tiny: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COLUMNS", "80")
    out = run("timeline", "-f", "table", base=tiny).stdout
    assert max(len(line) for line in out.splitlines()) <= 80
