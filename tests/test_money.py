"""Currencies and their eras (factbase/money.py): one era a day, the table of eras, a plain code outside
its era."""

from __future__ import annotations

from datetime import date

import pytest

from nkecon_cli.factbase import money


@pytest.mark.parametrize(
    ("currency", "day", "code"),
    [
        ("RUB", date(1957, 8, 7), "RUB-1947"), ("RUB", date(1960, 12, 31), "RUB-1947"),
        ("RUB", date(1961, 1, 1), "RUB-1961"), ("RUB", date(1991, 12, 31), "RUB-1961"),
        ("RUB", date(2005, 1, 1), "RUB"), ("KPW", date(1950, 1, 1), "KPW-1947"),
        ("KPW", date(1959, 2, 12), "KPW-1947"), ("KPW", date(1959, 2, 13), "KPW-1959"),
        ("KPW", date(2009, 11, 29), "KPW-1959"), ("KPW", date(2009, 11, 30), "KPW"),
    ],
)
def test_one_era_a_day(currency: str, day: date, code: str) -> None:
    assert money.codes_for(currency, day, day) == [code]


def test_the_table_of_eras() -> None:
    assert [e.code for e in money.ERAS] == ["RUB-1947", "RUB-1961", "RUB", "KPW-1947", "KPW-1959", "KPW"]
    assert money.codes_for("RUB", date(1995, 1, 1), date(1995, 12, 31)) == []  # 1992–1997: not in the table
    assert money.codes_for("RUB", date(1960, 1, 1), date(1961, 12, 31)) == ["RUB-1947", "RUB-1961"]
    assert money.era("KPW/kg") == money.BY_CODE["KPW"]  # a price
    assert money.era("t") is None and money.era(None) is None


@pytest.mark.parametrize(
    ("unit", "lo", "hi", "outside"),
    [
        ("RUB", date(1957, 1, 1), date(1957, 12, 31), True),
        ("KPW", date(2002, 1, 1), date(2002, 12, 31), True),
        ("KPW", date(2009, 1, 1), date(2009, 12, 31), True),  # partly before the 2009 won
        ("KPW", date(2024, 1, 1), date(2024, 12, 31), False),
        ("RUB-1947", date(1957, 1, 1), date(1957, 12, 31), False),  # an era code is the curator's word
        ("RUB-1961", date(1957, 1, 1), date(1957, 12, 31), False),
        ("USD", date(1957, 1, 1), date(1957, 12, 31), False),
    ],
)
def test_plain_code_outside_its_era(unit: str, lo: date, hi: date, outside: bool) -> None:
    assert (money.plain_code_outside_era(unit, lo, hi) is not None) is outside
