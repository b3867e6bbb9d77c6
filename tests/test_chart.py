"""`nkecon chart`: a series drawn as bars, estimates and converted money marked, every series a part of
the measure names."""

from __future__ import annotations

from pathlib import Path

from .conftest import tiny_doc, write_base
from .test_convert import _money_base
from .test_facts import _rows


def test_estimates_are_not_drawn_as_planned(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    doc = tiny_doc()
    doc["facts"][1]["kind"] = "estimate"
    root = write_base(tmp_path / "b", doc)
    for command in ("timeline", "chart"):
        out = run(command, "--measure", "zinc output", "-f", "table", base=root).stdout
        assert "▓" in out and "▓ estimated" in out, command
        bars = [line for line in out.splitlines() if "4,800" in line]
        assert bars and "░" not in bars[0] and "▓" in bars[0], command


def test_chart_draws_converted_money_marked(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    base = _money_base(tmp_path)
    plain = _rows(run("chart", "--measure", "aid", "--convert", "RUB-1961", base=base).stdout)
    assert [r[5] for r in plain] == ["statistic", "gap", "statistic"]  # one series: the two eras joined
    points = [r for r in plain if r[5] != "gap"]
    assert [r[1] for r in points] == ["5000", "8000"] and [r[-1] for r in points] == ["RUB-1947", ""]
    table = " ".join(run("chart", "--measure", "aid", "--convert", "RUB-1961", "-f", "table", base=base).stdout.split())
    assert "converted from 50,000" in table.replace("\u202f", " ")
    res = run("export", "--format", "sqlite", "-o", str(tmp_path / "x.db"), "--convert", "RUB-1961", base=base)
    assert res.exit_code == 2 and "--convert applies to csv" in res.stderr


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


def test_chart_with_a_measure_part_naming_two_draws_both(run) -> None:  # type: ignore[no-untyped-def]
    result = run("chart", "--measure", "zinc", "-f", "plain")
    assert result.exit_code == 0
    assert {line.split("\t")[-1] for line in result.stdout.splitlines()} == {
        "zinc output", "electrolytic zinc output capacity, Nampo"}
