"""Money of other eras restated on request (query/convert.py, factbase/money.py): the redenominations,
what a conversion cannot reach, and a conversion and its reverse inverse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nkecon_cli.errors import NkeconError
from nkecon_cli.factbase import money
from nkecon_cli.factbase.loading import load
from nkecon_cli.query.convert import convert, targets

from .conftest import fact, tiny_doc, write_base
from .test_facts import _rows


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


@given(st.sampled_from([e.code for e in money.ERAS]), st.sampled_from([e.code for e in money.ERAS]))
def test_a_conversion_and_its_reverse_are_inverse(a: str, b: str) -> None:
    there, back = money.conversion(a, b), money.conversion(b, a)
    assert (there is None) == (back is None)
    if there is not None and back is not None:
        assert there[0] * back[0] == pytest.approx(1.0) and set(there[1]) == set(back[1])
