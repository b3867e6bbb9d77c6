"""Every command through click's CliRunner: output, formats, filters and exit codes."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from nkecon_cli.factbase.records import FACT_FIELDS
from nkecon_cli.render.records import COLUMNS

from .conftest import tiny_doc, write_base

# --- facts and filters ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "ids"),
    [
        ([], ["zinc-1949", "zinc-1950", "anju-investment", "kangwon-plan-sent", "kangwon-plan-ratified"]),
        (["--topic", "mining"], ["zinc-1949", "zinc-1950"]),  # descendants included
        (["--topic", "Non-ferrous metals"], ["zinc-1949", "zinc-1950"]),  # by label
        (["--place", "Anju"], ["anju-investment"]),  # Anju Coal Mine lies in Anju
        (["--place", "namp'o"], ["zinc-1949", "zinc-1950"]),
        (["--place", "NAMPO"], ["zinc-1949", "zinc-1950"]),
        (["--place", "남포"], ["zinc-1949", "zinc-1950"]),
        (["--entity", "Gangwon"], ["kangwon-plan-sent", "kangwon-plan-ratified"]),
        (["--kind", "directive"], ["anju-investment"]),
        (["--source", "beta-news-2024-02-06"], ["kangwon-plan-sent", "kangwon-plan-ratified"]),
        (["--source", "beta"], ["kangwon-plan-sent", "kangwon-plan-ratified"]),
        (["--speaker", "minister", "--kind", "statistic"], ["zinc-1949", "zinc-1950"]),
        (["--perspective", "exile-media"], ["kangwon-plan-sent", "kangwon-plan-ratified"]),
        (["--measure", "zinc output"], ["zinc-1949", "zinc-1950"]),
        (["--from", "1950"], ["zinc-1950", "anju-investment", "kangwon-plan-sent", "kangwon-plan-ratified"]),
        (["--to", "1949"], ["zinc-1949"]),
        (["--from", "Aug 1957", "--to", "7 August 1957"], ["anju-investment"]),
        (["--from", "2024-01-25", "--to", "2024-01-26"], ["kangwon-plan-ratified"]),  # interval overlap
        (["--text", "ratified LATE"], ["kangwon-plan-ratified"]),
        (["--sort", "value", "--kind", "statistic"], ["zinc-1950", "zinc-1949"]),
        (["--sort", "id", "--limit", "2"], ["anju-investment", "kangwon-plan-ratified"]),
    ],
)
def test_facts_filters(run, tiny: Path, args: list[str], ids: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = run("facts", "--format", "jsonl", *args, base=tiny)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ids


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--topic", "zink"], "unknown topic 'zink'; did you mean 'zinc'?"),
        (["--place", "Anjuu"], "unknown entity 'Anjuu'; did you mean 'Anju'"),
        (["--source", "gamma"], "unknown source 'gamma'"),
        (["--perspective", "martian"], "unknown perspective 'martian'"),
        (["--measure", "tea"], "unknown measure 'tea'"),
        (["--from", "someday"], "--from 'someday': cannot read"),
        (["--from", "1960", "--to", "1950"], "is after --to"),
    ],
)
def test_bad_filters_exit_2_with_one_line(run, tiny: Path, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    result = run("facts", *args, base=tiny)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_unknown_kind_is_a_usage_error(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("facts", "--kind", "rumour", base=tiny)
    assert result.exit_code == 2
    assert "rumour" in result.stderr


def test_json_records_carry_exactly_the_contract_fields(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    records = json.loads(run("facts", "--format", "json", base=tiny).stdout)
    assert len(records) == 5
    for r in records:
        assert list(r) == [*FACT_FIELDS, "when_start", "when_end", "source_title"]
    r = records[-1]
    assert (r["when"], r["when_start"], r["when_end"]) == ("2024-01-21/2024-01-31", "2024-01-21", "2024-01-31")
    assert r["source_title"] == "Beta news"
    assert r["value"] is None and r["note"] is None


def test_jsonl_round_trip_gives_back_the_facts(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    from nkecon_cli import factbase
    from nkecon_cli.factbase.records import Fact

    out = run("facts", "--format", "jsonl", "--sort", "id", base=tiny).stdout
    back = [Fact.model_validate({k: v for k, v in json.loads(line).items() if k in FACT_FIELDS})
            for line in out.splitlines()]
    assert back == sorted(factbase.load(tiny).facts, key=lambda f: f.id)


def test_csv_is_rfc4180_and_parses(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    raw = run("facts", "--format", "csv", base=tiny).stdout_bytes.decode("utf-8")
    assert raw.count("\r\n") == 6  # header + 5 records; quoted newlines inside cells would not count
    out = raw
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert list(rows[0]) == list(COLUMNS)
    anju = next(r for r in rows if r["id"] == "anju-investment")
    assert anju["quote"] == "The Anju Coal Mine must receive more investment, said the minister."
    assert next(r for r in rows if r["id"] == "zinc-1949")["value"] == "7700"
    assert anju["topics"] == "coal"


def test_csv_guards_formula_cells(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    doc = tiny_doc()
    doc["facts"][0]["statement"] = "=HYPERLINK(\"http://evil\")"
    doc["facts"][0]["note"] = "-5"
    root = write_base(tmp_path, doc)
    rows = list(csv.DictReader(io.StringIO(run("facts", "-f", "csv", base=root).stdout, newline="")))
    z = next(r for r in rows if r["id"] == "zinc-1949")
    assert z["statement"].startswith("'=")
    assert z["note"] == "-5"  # a number stays a number


def test_tsv_has_header_and_no_tabs_in_cells(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    lines = run("facts", "--format", "tsv", base=tiny).stdout.splitlines()
    assert lines[0].split("\t") == list(COLUMNS)
    assert all(len(line.split("\t")) == len(COLUMNS) for line in lines)


def test_plain_is_default_when_piped(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    out = run("facts", "--kind", "statistic", base=tiny).stdout
    assert out.splitlines()[0].split("\t") == [
        "zinc-1949", "1949", "statistic", "7,700 t", "zinc output",
        "In 1949 the works produced 7,700 t of zinc.", "alpha-report-1957-08-07",
    ]


def test_markdown_table(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    out = run("facts", "--format", "markdown", "--kind", "statistic", base=tiny).stdout.splitlines()
    assert out[0].startswith("| when | kind | statement")
    assert out[1].startswith("|---|")
    assert len(out) == 4


def test_table_format_renders_for_people(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    out = run("facts", "--format", "table", base=tiny).stdout
    assert "late Jan 2024" in out
    assert "7,700 t" in out
    assert "5 facts" in out


def test_markup_and_control_codes_in_data_are_shown_not_obeyed(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    doc = tiny_doc()
    doc["facts"][0]["statement"] = "[bold red]zinc[/] \x1b[31mred\x1b[0m"
    root = write_base(tmp_path, doc)
    for fmt in ("table", "plain", "csv", "markdown"):
        out = run("facts", "-f", fmt, base=root).stdout
        assert "\x1b" not in out
    assert "[bold red]zinc[/]" in run("facts", "-f", "table", base=root).stdout


# --- timeline, chart, show ------------------------------------------------------------------


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


def test_chart_draws_the_series_with_gaps(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    doc = tiny_doc()
    from .conftest import fact

    quote = "In 1949 the works produced 7,700 tons of zinc."
    doc["facts"].append(fact(id="zinc-1946", value=1200, when="1946", quote=quote))
    root = write_base(tmp_path, doc)
    out = run("chart", "--measure", "zinc output", "-f", "table", base=root).stdout
    assert "1947–1948" in out and "no figure" in out
    plain = run("chart", "--measure", "zinc output", base=root).stdout.splitlines()
    assert [line.split("\t")[0] for line in plain] == ["1946", "1947–1948", "1949", "1950"]


def test_chart_needs_one_measure(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("chart", "--kind", "event", base=tiny)
    assert result.exit_code == 2
    assert "no figures match" in result.stderr


def test_show_has_fields_context_citation_and_series(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    out = run("show", "zinc-1949", base=tiny).stdout
    assert "kind\tstatistic" in out
    assert "context\tReport of 7 August 1957" not in out  # only the paragraph holding the quote
    assert "«In 1949 the works produced 7,700 tons of zinc.»" in out
    assert "citation\tAlpha report, 1957." in out
    assert "series\tzinc-1950\t1950\t4,800 t" in out
    rich_out = run("show", "zinc-1949", "-f", "table", base=tiny).stdout
    assert "alpha-report-1957-08-07.txt, paragraph 2, character" in " ".join(rich_out.split())
    assert "other points" in rich_out


def test_show_unknown_id_suggests(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("show", "zinc-1948", base=tiny)
    assert result.exit_code == 2
    assert "did you mean zinc-1949" in result.stderr


# --- topics, entities, sources, search ------------------------------------------------------


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


def test_search_keyword_in_context_with_citing_facts(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    lines = run("search", "zinc", base=tiny).stdout.splitlines()
    assert len(lines) == 1
    source, line, _offset, context, facts = lines[0].split("\t")
    assert (source, line) == ("alpha-report-1957-08-07", "3")
    assert "7,700 tons of zinc" in context
    assert facts.split(",") == ["zinc-1949", "zinc-1950"]
    phrase = json.loads(run("search", "late january", "plan", "-f", "json", base=tiny).stdout)
    assert phrase[0]["facts"] == ["kangwon-plan-sent", "kangwon-plan-ratified"]
    assert run("search", "tungsten", base=tiny).stdout == ""


# --- export ---------------------------------------------------------------------------------


def test_export_sqlite_is_queryable(run, tiny: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "out.db"
    result = run("export", "--format", "sqlite", "-o", str(db), base=tiny)
    assert result.exit_code == 0
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from facts").fetchone() == (5,)
    assert con.execute("select value from facts where id='zinc-1949'").fetchone() == (7700.0,)
    ids = [r[0] for r in con.execute(
        "select f.id from facts f join fact_topics t on t.fact_id=f.id where t.topic_id='zinc' order by f.id")]
    assert ids == ["zinc-1949", "zinc-1950"]
    assert con.execute("select id from facts_fts where facts_fts match 'ratified'").fetchall() == [
        ("kangwon-plan-ratified",)]
    assert con.execute("select count(*) from entity_aliases where alias='Gangwon'").fetchone() == (1,)


def test_export_sqlite_needs_a_file(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("export", "--format", "sqlite", base=tiny)
    assert result.exit_code == 2 and "-o FILE" in result.stderr


def test_export_timelinejs_document(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads(run("export", "--format", "timelinejs", base=tiny).stdout)
    assert doc["title"]["text"]["headline"]
    events = {e["unique_id"]: e for e in doc["events"]}
    assert len(events) == 5
    for e in events.values():  # what TimelineJS3 requires of every event
        assert e["start_date"]["year"]
        assert e["text"]["headline"]
        assert int(e["start_date"]["year"])
    assert events["zinc-1949"]["start_date"] == {"year": "1949"} and "end_date" not in events["zinc-1949"]
    assert events["kangwon-plan-ratified"]["end_date"] == {"year": "2024", "month": "1", "day": "31"}
    assert events["kangwon-plan-sent"]["start_date"] == {"year": "2024", "month": "1", "day": "8"}
    sent = events["kangwon-plan-sent"]["text"]["text"]
    assert "<blockquote>Kangwon Province sent its plan on Jan. 8.</blockquote>" in sent
    assert events["zinc-1949"]["group"] == "Zinc"


def test_export_to_file_is_atomic_and_filtered(run, tiny: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "zinc.csv"
    result = run("export", "--format", "csv", "--topic", "zinc", "-o", str(target), base=tiny)
    assert result.exit_code == 0 and "wrote 2 facts" in result.stderr
    assert len(list(csv.DictReader(target.open(newline="")))) == 2


# --- verify, base selection, errors -----------------------------------------------------------


def test_verify_clean(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("verify", base=tiny)
    assert result.exit_code == 0
    assert result.stdout.startswith("ok: 5 facts, 2 sources")


def test_verify_lists_every_problem_and_exits_1(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    doc = tiny_doc()
    doc["facts"][0]["quote"] = "words that are not there: 7,700 tons of zinc in 1949"
    doc["facts"][1]["topics"] = ["tin", "zinc"]
    root = write_base(tmp_path, doc)
    result = run("verify", base=root)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert any("fact 'zinc-1950' topics: unknown topic 'tin'" in x for x in lines)
    assert any("fact 'zinc-1949' quote: not found" in x for x in lines)
    assert "2 problems found" in result.stderr


def test_verify_on_unloadable_base_lists_schema_problems(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    doc = tiny_doc()
    doc["facts"][0]["kind"] = "rumour"
    root = write_base(tmp_path, doc)
    result = run("verify", base=root)
    assert result.exit_code == 1
    assert "fact 'zinc-1949' (facts[0]) kind" in result.stdout
    other = run("facts", base=root)
    assert other.exit_code == 2
    assert "fact 'zinc-1949' (facts[0]) kind" in other.stderr


def test_base_from_environment(runner, tiny: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from nkecon_cli.cli.app import cli

    monkeypatch.setenv("NKECON_BASE", str(tiny))
    assert runner.invoke(cli, ["verify"]).stdout.startswith("ok: 5 facts")


def test_missing_base_is_a_clear_error(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("facts", base=tmp_path)
    assert result.exit_code == 2
    assert f"{tmp_path}: no facts.json here" in result.stderr


def test_completion_script(run) -> None:  # type: ignore[no-untyped-def]
    out = run("completion", "bash").stdout
    assert "_NKECON_COMPLETE" in out and "complete" in out


def test_completion_offers_topic_ids(tiny: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from nkecon_cli.cli.app import cli

    monkeypatch.setenv("_NKECON_COMPLETE", "bash_complete")
    monkeypatch.setenv("COMP_WORDS", f"nkecon --base {tiny} facts --topic zi")
    monkeypatch.setenv("COMP_CWORD", "5")
    result = CliRunner().invoke(cli, [], prog_name="nkecon")
    assert "plain,zinc" in result.stdout


def test_every_command_has_help_with_an_example(run) -> None:  # type: ignore[no-untyped-def]
    from nkecon_cli.cli.app import cli

    for name in cli.commands:
        out = run(name, "--help").stdout
        assert "Examples:" in out, name
        assert "nkecon " in out.split("Examples:")[1], name


def test_version(run) -> None:  # type: ignore[no-untyped-def]
    assert run("--version").stdout.startswith("nkecon, version ")


# --- real processes: pipes and python -m ------------------------------------------------------


def test_closing_the_pipe_early_is_quiet(tiny: Path) -> None:
    cmd = f"{sys.executable} -m nkecon_cli --base {tiny} facts -f jsonl | head -1"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, timeout=60)
    assert done.stderr == ""
    assert json.loads(done.stdout)["id"] == "zinc-1949"
    assert done.returncode == 0


def test_python_dash_m_runs_the_cli(tiny: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "nkecon_cli", "--base", str(tiny), "facts", "--topic", "zink"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip() == "nkecon: unknown topic 'zink'; did you mean 'zinc'? (`nkecon topics` lists them)"


def test_readme_shows_every_command() -> None:
    from nkecon_cli.cli.app import cli

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"nkecon {name}" in readme or f"nkecon --base mybase {name}" in readme, name


def test_export_into_a_missing_folder_names_it(run, tiny: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # bug: the message named the hidden temporary file instead of the missing folder
    result = run("export", "--format", "sqlite", "-o", str(tmp_path / "nope" / "x.db"), base=tiny)
    assert result.exit_code == 2
    missing = tmp_path / "nope"
    expected = f"nkecon: -o {missing}/x.db: no folder {missing}; create it first or pick another path"
    assert result.stderr.strip() == expected


def test_chart_with_a_measure_part_naming_two_draws_both(run) -> None:  # type: ignore[no-untyped-def]
    result = run("chart", "--measure", "zinc", "-f", "plain")
    assert result.exit_code == 0
    assert {line.split("\t")[-1] for line in result.stdout.splitlines()} == {
        "zinc output", "electrolytic zinc output capacity, Nampo"}
