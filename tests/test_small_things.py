"""The small things of issue 11 that cost trust, each with a test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nkecon_cli.cli.app import cli

from .conftest import TINY_TEXT, fact, tiny_doc, tiny_facts, tiny_sources, write_base


def test_ingest_next_step_carries_the_base(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("ingest", "-", "--title", "Market note", "--date", "2024-05-01", base=tiny, input="Some text.\n")
    assert result.exit_code == 0, result.stderr
    sid = result.stdout.strip()
    assert f"next: nkecon --base {tiny} extract {sid}" in result.stderr


def test_estimates_are_not_drawn_as_planned(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    doc = tiny_doc()
    doc["facts"][1]["kind"] = "estimate"
    root = write_base(tmp_path / "b", doc)
    for command in ("timeline", "chart"):
        out = run(command, "--measure", "zinc output", "-f", "table", base=root).stdout
        assert "▓" in out and "▓ estimated" in out, command
        bars = [line for line in out.splitlines() if "4,800" in line]
        assert bars and "░" not in bars[0] and "▓" in bars[0], command


def test_show_of_a_text_without_blank_lines_shows_the_line(tmp_path: Path, run,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    lines = [f"Line {i} says nothing in particular about anything at all." for i in range(30)]
    lines[12] = "In 1949 the works produced 7,700 tons of zinc."
    monkeypatch.setitem(TINY_TEXT, "alpha-report-1957-08-07", "\n".join(lines) + "\n")
    root = write_base(tmp_path / "b", tiny_doc([tiny_facts()[0]]))
    out = run("show", "zinc-1949", "-f", "table", base=root).stdout
    assert "7,700 tons of zinc" in out
    assert "Line 11" not in out and "Line 13" not in out and "Line 0 " not in out


def test_base_after_the_command_says_where_it_goes(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("facts", "--base", str(tiny))
    assert result.exit_code == 2
    assert "--base goes before the command: nkecon --base DIR facts" in result.stderr


def test_env_base_error_names_the_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NKECON_BASE", str(tmp_path / "nowhere"))
    result = CliRunner().invoke(cli, ["facts"])
    assert result.exit_code == 2
    assert "(from NKECON_BASE)" in result.stderr and "(from --base)" not in result.stderr


def test_base_may_be_its_facts_json(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    by_file = run("--base", str(tiny / "facts.json"), "facts", "-f", "plain")
    assert by_file.exit_code == 0 and by_file.stdout == run("facts", "-f", "plain", base=tiny).stdout
    other = run("--base", str(tiny / "sources" / "sources.json"), "facts")
    assert other.exit_code == 2 and "a file, not a fact base (from --base)" in other.stderr


def test_verify_reports_what_lies_behind_a_schema_error(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    facts = tiny_facts()
    facts[0]["kind"] = "rumour"  # a schema error
    facts[2]["entities"] = ["atlantis"]  # a dangling reference behind it
    facts[3]["quote"] = "words the source never says"  # and a quote not found
    root = write_base(tmp_path / "b", tiny_doc(facts))
    result = run("verify", base=root)
    assert result.exit_code == 1
    assert "fact 'zinc-1949'" in result.stdout and "kind" in result.stdout
    assert "unknown entity 'atlantis'" in result.stdout
    assert "fact 'kangwon-plan-sent' quote" in result.stdout
    assert "3 problems found" in result.stderr


def test_verify_does_not_count_a_broken_record_twice(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    doc = tiny_doc()
    doc["topics"][2]["parent"] = 7  # the zinc topic breaks the schema; facts naming it are not blamed again
    root = write_base(tmp_path / "b", doc)
    result = run("verify", base=root)
    assert result.exit_code == 1 and "unknown topic 'zinc'" not in result.stdout
    assert "1 problem found" in result.stderr


@pytest.mark.parametrize("command", [["facts"], ["timeline"], ["chart", "--measure", "zinc"], ["measures"],
                                     ["topics"], ["entities"], ["sources"], ["search", "zinc"],
                                     ["diff", "1949", "1950"]])
def test_every_tsv_has_a_header(run, tiny: Path, command: list[str]) -> None:  # type: ignore[no-untyped-def]
    out = run(*command, "-f", "tsv", base=tiny).stdout.splitlines()
    assert len(out) >= 2 and out[0].split("\t")[0] in ("id", "measure", "source")
    assert not any(cell[:1].isdigit() for cell in out[0].split("\t"))  # names, not data


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
