"""Money of different value: the eras of redenominated currencies, in one table.

A ruble of 1957 and a ruble of 1964 are different money (the 1961 reform made ten old rubles
one new one), so a unit code carries the era of its issue: ``RUB-1947``, ``RUB-1961``, ``RUB``.
The plain code is the current money. Two codes are never compared (DESIGN.md §1). This module
imports nothing of the package.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Era:
    """One issue of a currency: its unit code and the days it was legal tender (None: open)."""

    code: str  # "RUB-1947"; the plain code ("RUB") is the current issue
    currency: str  # "RUB"
    name: str
    since: date | None
    until: date | None

    def covers(self, lo: date, hi: date) -> bool:
        """Does the span of days lie wholly inside this era?"""
        return (self.since is None or self.since <= lo) and (self.until is None or hi <= self.until)

    def touches(self, lo: date, hi: date) -> bool:
        return (self.since is None or self.since <= hi) and (self.until is None or lo <= self.until)

    def period(self) -> str:
        if self.since is None and self.until is not None:
            return f"to {self.until.isoformat()}"
        if self.until is None and self.since is not None:
            return f"since {self.since.isoformat()}"
        return f"{self.since.isoformat() if self.since else '..'} to {self.until.isoformat() if self.until else '..'}"

    def describe(self) -> str:
        return f"{self.code} ({self.name}, {self.period()})"


ERAS: tuple[Era, ...] = (
    Era("RUB-1947", "RUB", "Soviet ruble of 1947", None, date(1960, 12, 31)),
    Era("RUB-1961", "RUB", "Soviet ruble of 1961", date(1961, 1, 1), date(1991, 12, 31)),
    Era("RUB", "RUB", "Russian ruble of 1998", date(1998, 1, 1), None),
    Era("KPW-1947", "KPW", "North Korean won of 1947", None, date(1959, 2, 12)),
    Era("KPW-1959", "KPW", "North Korean won of 1959", date(1959, 2, 13), date(2009, 11, 29)),
    Era("KPW", "KPW", "North Korean won of 2009", date(2009, 11, 30), None),
)
BY_CODE: dict[str, Era] = {e.code: e for e in ERAS}
PLAIN_CODES: frozenset[str] = frozenset(e.currency for e in ERAS)  # "RUB", "KPW": the current money


def era(code: str | None) -> Era | None:
    """The era a unit code names ("RUB-1947", or "KPW/kg" for a price), or None for other units."""
    return BY_CODE.get((code or "").partition("/")[0])


def eras_of(currency: str) -> list[Era]:
    return [e for e in ERAS if e.currency == currency]


def codes_for(currency: str, lo: date, hi: date) -> list[str]:
    """The era codes of a currency in use at some time between ``lo`` and ``hi``."""
    return [e.code for e in eras_of(currency) if e.touches(lo, hi)]


def plain_code_outside_era(code: str | None, lo: date, hi: date) -> Era | None:
    """The era of a plain code (``RUB``, ``KPW``) used for a time partly before it began, else None.

    That is where the era matters: ``RUB`` on a 1957 figure reads as a ruble of 1998.
    """
    e = era(code)
    if e is None or e.code != e.currency or e.covers(lo, hi):
        return None
    return e


def why_not_comparable(a: str, b: str) -> str | None:
    """Why two units of one currency differ in value ("RUB-1947 vs RUB-1961: …"), else None."""
    ea, eb = era(a), era(b)
    if ea is None or eb is None or ea.currency != eb.currency or ea == eb:
        return None
    return f"different money: {ea.describe()} and {eb.describe()}"


# --- fixed official rates between the eras of one currency (for ``--convert``, never by default) ---


@dataclass(frozen=True, slots=True)
class Rate:
    """A redenomination: ``per_new`` units of the ``old`` era made one unit of the ``new`` era."""

    old: str
    new: str
    per_new: int
    on: date  # the day the new money was issued
    source: str  # where the rate is recorded

    def describe(self) -> str:
        return f"{self.per_new} {self.old} = 1 {self.new} (from {self.on.isoformat()})"


RATES: tuple[Rate, ...] = (
    Rate("RUB-1947", "RUB-1961", 10, date(1961, 1, 1),
         "Soviet monetary reform of 1 January 1961 (decree of the USSR Council of Ministers, 4 May 1960): "
         "banknotes of the 1947 pattern exchanged 10 for 1 new ruble, prices and wages recalculated alike"),
    Rate("KPW-1947", "KPW-1959", 100, date(1959, 2, 13),
         "North Korean currency reform of February 1959: the second won issued at 100 old won for 1"),
    Rate("KPW-1959", "KPW", 100, date(2009, 11, 30),
         "North Korean redenomination of 30 November 2009: 100 old won for 1 new won, as announced on state radio"),
)
# No rate joins RUB-1961 and RUB: between them lies the Russian ruble of 1992-1997, which has no era in
# the table (it was replaced 1,000 : 1 on 1 January 1998), so no figure crosses that gap.


def conversion(old: str, new: str) -> tuple[float, tuple[Rate, ...]] | None:
    """The factor taking a sum in era ``old`` to era ``new`` of one currency, and the rates it uses.

    Eras next to each other are joined by their rate; a chain (``KPW-1947`` → ``KPW``) multiplies
    them. None when the codes are of different currencies or no chain of recorded rates joins them.
    """
    ea, eb = BY_CODE.get(old), BY_CODE.get(new)
    if ea is None or eb is None or ea.currency != eb.currency:
        return None
    if ea == eb:
        return 1.0, ()
    eras = eras_of(ea.currency)
    i, j = eras.index(ea), eras.index(eb)
    step = 1 if j > i else -1
    factor, used = 1.0, []
    for k in range(i, j, step):
        a, b = eras[k], eras[k + step]
        lo, hi = (a, b) if step == 1 else (b, a)
        rate = next((r for r in RATES if r.old == lo.code and r.new == hi.code), None)
        if rate is None:
            return None
        factor = factor / rate.per_new if step == 1 else factor * rate.per_new
        used.append(rate)
    return factor, tuple(used)
