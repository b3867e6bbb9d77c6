"""The output formats every listing shares (render/records.py): plain, table, json, jsonl, csv, tsv and
markdown, each parseable by its own reader."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from nkecon_cli.factbase.records import FACT_FIELDS
from nkecon_cli.render.records import COLUMNS

from .conftest import tiny_doc, write_base


@pytest.mark.parametrize("command", [["facts"], ["timeline"], ["chart", "--measure", "zinc"], ["measures"],
                                     ["topics"], ["entities"], ["sources"], ["search", "zinc"],
                                     ["diff", "1949", "1950"]])
def test_every_tsv_has_a_header(run, tiny: Path, command: list[str]) -> None:  # type: ignore[no-untyped-def]
    out = run(*command, "-f", "tsv", base=tiny).stdout.splitlines()
    assert len(out) >= 2 and out[0].split("\t")[0] in ("id", "measure", "source")
    assert not any(cell[:1].isdigit() for cell in out[0].split("\t"))  # names, not data


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
