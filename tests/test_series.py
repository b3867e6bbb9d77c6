"""Series (query/series.py, render/wide.py): `measures` lists every series; several series on one axis,
rebased to 100, and the wide CSV of a row a time and a column a series."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import fact, tiny_doc, write_base
from .test_convert import _money_base
from .test_facts import _rows


def _series_base(tmp_path: Path) -> Path:
    quote = "In 1949 the works produced 7,700 tons of zinc."
    doc = tiny_doc([
        fact(id=f"zinc-{y}", measure="zinc output", value=v, when=str(y)) for y, v in ((1949, 7700), (1950, 4800))
    ] + [
        fact(id=f"lead-{y}", measure="lead output", value=v, when=str(y), quote=quote)
        for y, v in ((1948, 1000), (1949, 2000), (1950, 3000))
    ] + [fact(id="power-1949", measure="power capacity", value=50, unit="kW", when="1949", quote=quote),
         fact(id="power-1950", measure="power capacity", value=60, value_max=70, unit="kW", when="1950", quote=quote)])
    return write_base(tmp_path / "series", doc)


def test_two_series_on_one_axis_in_time_order(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    base = _series_base(tmp_path)
    rows = _rows(run("chart", "--measure", "zinc output", "--measure", "lead output", base=base).stdout)
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("1948", "lead output", "1000"), ("1949", "lead output", "2000"), ("1949", "zinc output", "7700"),
        ("1950", "lead output", "3000"), ("1950", "zinc output", "4800")]
    table = run("chart", "--measure", "zinc output", "--measure", "lead output", "-f", "table", base=base).stdout
    assert "2 series on one axis" in table and "A lead output (t)" in table and "B zinc output (t)" in table


def test_index_rebases_each_series_to_100(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    base = _series_base(tmp_path)
    recs = json.loads(run("chart", "--measure", "zinc output", "--measure", "lead output", "--measure", "power",
                          "--index", "1949", "-f", "json", base=base).stdout)
    idx = {r["id"]: (r["index"], r["index_max"]) for r in recs}
    assert idx["zinc-1949"] == idx["lead-1949"] == idx["power-1949"] == (100, None)
    assert idx["lead-1950"] == (150, None) and idx["zinc-1950"][0] == pytest.approx(62.3377, abs=1e-3)
    assert idx["power-1950"] == (120, 140) and idx["lead-1948"] == (50, None)
    assert {r["value"] for r in recs if r["id"] == "zinc-1950"} == {4800}  # the figure itself is kept
    table = run("chart", "--measure", "zinc output", "--measure", "lead output", "--index", "1949", "-f", "table",
                base=base).stdout
    assert "each as an index (1949 = 100)" in table.replace("\u00a0", " ")


@pytest.mark.parametrize("args, message", [
    (("--measure", "zinc output", "--measure", "power"), "different units"),
    (("--measure", "zinc output", "--measure", "lead output", "--index", "1948"), "has no figure for 1948"),
    (("--measure", "lead output", "--measure", "power", "--index", "1950"), "is a range or qualified"),
])
def test_series_that_cannot_share_an_axis_are_refused(tmp_path: Path, run, args, message) -> None:  # type: ignore[no-untyped-def]
    res = run("chart", *args, base=_series_base(tmp_path))
    assert res.exit_code == 2 and message in res.stderr and res.stderr.count("\n") == 1 and res.stdout == ""


def test_wide_csv_has_a_row_a_time_and_a_column_a_series(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    import csv
    import io

    base = _series_base(tmp_path)
    table = list(csv.DictReader(io.StringIO(run("export", "--format", "wide", base=base).stdout)))
    assert [r["when"] for r in table] == ["1948", "1949", "1950"]
    assert list(table[0]) == ["when", "lead output (t)", "power capacity (kW)", "zinc output (t)"]
    assert table[0]["zinc output (t)"] == "" and table[1]["zinc output (t)"] == "7700"
    assert table[2]["power capacity (kW)"] == "60..70"
    shipped = list(csv.reader(io.StringIO(run("export", "--format", "wide", "--topic", "zinc", "--kind",
                                              "statistic").stdout)))
    assert shipped[0] == ["when", "zinc output (t)"]
    assert [r[0] for r in shipped[1:]] == ["1944", "1946", "1947", "1948", "1949", "1950"]


def test_wide_marks_converted_columns(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    import csv
    import io

    base = _money_base(tmp_path)
    head = next(csv.reader(io.StringIO(run("export", "-f", "wide", "--convert", "RUB-1961", base=base).stdout)))
    assert "aid (RUB-1961, converted)" in head and "aid (RUB-1961)" in head


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
