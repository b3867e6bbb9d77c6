"""Issue 19: the analyst's next steps — voices side by side, money of other eras restated on request."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nkecon_cli import money
from nkecon_cli.convert import convert, targets
from nkecon_cli.errors import NkeconError
from nkecon_cli.factbase import load

from .conftest import fact, tiny_doc, write_base


def _rows(out: str) -> list[list[str]]:
    return [line.split("\t") for line in out.splitlines() if line]


# --- voices side by side ----------------------------------------------------------------------


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
    from nkecon_cli.cli import cli

    monkeypatch.setenv("COLUMNS", "80")
    out = runner.invoke(cli, ["timeline", "--by", "speaker", "--topic", "nonferrous-metals", "-f", "table"]).stdout
    assert "Jeong Il-yong · " in out and "Kim Il Sung · " in out
    piped = _rows(runner.invoke(cli, ["timeline", "--by", "speaker", "--topic", "nonferrous-metals"]).stdout)
    jeong = sum(1 for r in piped if r[-1] == "Jeong Il-yong")
    assert f"Jeong Il-yong · {jeong} facts" in out
    assert max(len(line) for line in out.splitlines()) <= 80


@pytest.mark.parametrize("by", ["perspective", "kind", "topic", "speaker", "source", "year", "decade"])
def test_facts_by_adds_the_group_as_the_last_column(run, by: str) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(run("facts", "--by", by, "--topic", "zinc").stdout)
    plain = _rows(run("facts", "--topic", "zinc").stdout)
    assert len(rows) == len(plain) and {r[0] for r in rows} == {r[0] for r in plain}
    assert all(len(r) == len(plain[0]) + 1 for r in rows)


def test_facts_by_kind_follows_the_vocabulary_and_json_carries_the_group(run) -> None:  # type: ignore[no-untyped-def]
    from nkecon_cli.vocab import KINDS

    recs = json.loads(run("facts", "--by", "kind", "--topic", "zinc", "-f", "json").stdout)
    kinds = [r["group"] for r in recs]
    assert kinds == sorted(kinds, key=KINDS.index) and len(set(kinds)) > 1
    assert all(r["group"] == r["kind"] for r in recs)


def test_facts_by_perspective_table_has_a_heading_a_group(run) -> None:  # type: ignore[no-untyped-def]
    out = run("facts", "--by", "perspective", "--topic", "nonferrous-metals", "-f", "table").stdout
    assert "soviet-diplomat · " in out and "dprk-leadership · " in out
    assert "groups" in out.splitlines()[-1]


def test_entities_counts_the_facts_a_person_speaks_in(run) -> None:  # type: ignore[no-untyped-def]
    rec = json.loads(run("entities", "jeong", "-f", "json").stdout)[0]
    spoken = _rows(run("facts", "--speaker", "jeong").stdout)
    assert rec["id"] == "jeong-il-yong" and rec["speaks"] == len(spoken) > 0


def test_every_filter_help_says_how_repeats_combine(run) -> None:  # type: ignore[no-untyped-def]
    for command in ("facts", "timeline", "chart", "measures", "export", "diff"):
        text = " ".join(run(command, "--help").stdout.split())
        assert "a repeated option matches any of its values (OR)" in text, command
        assert "different options must all match (AND)" in text, command
        assert "--speaker TEXT Who makes the claim. Repeatable: any of them." in text


def test_repeated_speakers_are_or_and_perspective_is_and(run) -> None:  # type: ignore[no-untyped-def]
    one = {r[0] for r in _rows(run("facts", "--speaker", "jeong").stdout)}
    two = {r[0] for r in _rows(run("facts", "--speaker", "puzanov").stdout)}
    both = {r[0] for r in _rows(run("facts", "--speaker", "jeong", "--speaker", "puzanov").stdout)}
    assert both == one | two and one and two
    none = run("facts", "--speaker", "jeong", "--perspective", "dprk-leadership").stdout
    assert none == ""


# --- money of other eras ----------------------------------------------------------------------


def test_the_rates_are_the_redenominations() -> None:
    assert money.conversion("RUB-1947", "RUB-1961") == (0.1, money.RATES[:1])
    assert money.conversion("RUB-1961", "RUB-1947") == (10.0, money.RATES[:1])
    factor, used = money.conversion("KPW-1947", "KPW")  # type: ignore[misc]
    assert factor == pytest.approx(1e-4) and [r.new for r in used] == ["KPW-1959", "KPW"]
    assert money.conversion("RUB-1961", "RUB") is None  # the 1992-1997 ruble has no era in the table
    assert money.conversion("RUB-1947", "KPW-1959") is None
    assert all(r.source for r in money.RATES)


def _money_base(tmp_path: Path) -> Path:
    doc = tiny_doc([
        fact(id="aid-1957", measure="aid", value=50000, unit="RUB-1947", when="1957"),
        fact(id="aid-1962", measure="aid", value=8000, value_max=9000, unit="RUB-1961", when="1962",
             quote="In 1950 it produced 4,800 tons."),
        fact(id="price-1950", measure="rice price", value=120, unit="KPW-1947/kg", when="1950",
             quote="In 1949 the works produced 7,700 tons"),
    ])
    return write_base(tmp_path / "money", doc)


def test_convert_restates_and_marks_every_figure(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    base = _money_base(tmp_path)
    plain = run("facts", "--convert", "RUB-1961", base=base).stdout
    line = next(r for r in _rows(plain) if r[0] == "aid-1957")
    assert line[3] == "5,000 RUB-1961 (converted from 50,000 RUB-1947)"
    assert next(r for r in _rows(plain) if r[0] == "aid-1962")[3] == "8,000–9,000 RUB-1961"  # its own money
    recs = {r["id"]: r for r in json.loads(run("facts", "--convert", "rub-1961", "-f", "json", base=base).stdout)}
    assert recs["aid-1957"]["value"] == 5000 and recs["aid-1957"]["unit"] == "RUB-1961"
    assert recs["aid-1957"]["converted_from"] == "RUB-1947" and recs["aid-1957"]["original_value"] == 50000
    assert "10 RUB-1947 = 1 RUB-1961" in recs["aid-1957"]["conversion"]
    assert recs["aid-1962"]["converted_from"] is None
    table = run("facts", "--convert", "RUB-1961", "-f", "table", base=base).stdout
    assert "converted from" in " ".join(table.split())


def test_convert_is_never_the_default_and_a_price_keeps_its_per_unit(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    base = _money_base(tmp_path)
    recs = json.loads(run("facts", "-f", "json", base=base).stdout)
    assert "converted_from" not in recs[0] and {r["unit"] for r in recs} == {"RUB-1947", "RUB-1961", "KPW-1947/kg"}
    rec = next(r for r in json.loads(run("facts", "--convert", "KPW", "-f", "json", base=base).stdout)
               if r["id"] == "price-1950")
    assert rec["unit"] == "KPW/kg" and rec["value"] == pytest.approx(0.012)


def test_convert_says_what_it_cannot_reach(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    base = _money_base(tmp_path)
    res = run("facts", "--convert", "RUB", base=base)
    assert "left as it is" in res.stderr and "RUB-1961" in res.stderr
    assert "aid-1962\t1962\tstatistic\t8,000–9,000 RUB-1961\t" in res.stdout


@pytest.mark.parametrize("words", [("USD",), ("RUB-1961", "RUB"), ("",)])
def test_convert_refuses_what_is_not_one_era_a_currency(words: tuple[str, ...]) -> None:
    with pytest.raises(NkeconError):
        targets(words)


def test_convert_refusal_is_one_line_exit_2(run) -> None:  # type: ignore[no-untyped-def]
    res = run("facts", "--convert", "rubles")
    assert res.exit_code == 2 and res.stderr.count("\n") == 1 and "RUB-1961" in res.stderr


def test_convert_works_on_models_and_views_alike(tmp_path: Path) -> None:
    base = load(_money_base(tmp_path))
    out = {f.id: f for f in convert(base.facts, targets(["RUB-1961"]))}
    assert out["aid-1957"].value == 5000 and out["aid-1957"].converted.unit == "RUB-1947"
    assert out["aid-1957"].span == base.fact("aid-1957").span
    assert out["aid-1962"] is base.fact("aid-1962")
