"""Curation checks: what `nkecon verify` warns about in a base that is valid but doubtful.

A problem (factbase.verify) makes a base wrong; a warning here marks facts a curator should
read again, because the curation conventions of DESIGN.md §1 are probably broken:

- ``near_duplicates`` — two facts of one source whose quotes overlap and that share measure
  and time: one claim curated twice ("one claim, one fact");
- ``two_values`` — one measure of one kind with two different values at one time from one
  source ("one measure, one series");
- ``money_eras`` — a plain money code (``RUB``, ``KPW``) on a fact dated before that code's
  era, where the money of the time had another value ("money of different value");
- ``quoted.when_years`` and ``quoted.statement_words`` — a year of ``when`` that neither the quote,
  its paragraph, the source's date nor the note gives; words of a statement its quote does not carry.

A pair a curator has read and kept on purpose is acknowledged by naming the other fact's id
in either fact's ``note`` ("a different contract from near-duplicate-id"); it is not warned
about again. Plain functions over a loaded base; the CLI renders them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from itertools import combinations

from ..factbase import money
from ..factbase import when as _when
from .findings import Finding

TYPE_CHECKING = False  # as typing.TYPE_CHECKING: the checks read views or models alike, and build neither
if TYPE_CHECKING:
    from ..factbase.base import FactBase
    from ..factbase.problems import Problem
    from ..factbase.records import Fact

def _groups(facts: Iterable[Fact], key: Callable[[Fact], object]) -> list[list[Fact]]:
    out: dict[object, list[Fact]] = {}
    for f in facts:
        out.setdefault(key(f), []).append(f)
    return [sorted(fs, key=lambda f: f.id) for fs in out.values() if len(fs) > 1]


def acknowledged(a: Fact, b: Fact) -> bool:
    """Has a curator kept this pair on purpose, naming one fact's id in the other's note?"""
    return bool((a.note and b.id in a.note) or (b.note and a.id in b.note))


def _measure(f: Fact) -> str:
    return f"measure {f.measure!r}" if f.measure else "no measure"


def near_duplicates(base: FactBase) -> list[Finding]:
    """Pairs of facts of one source, same measure (or none) and same time, whose quotes overlap."""
    out: list[Finding] = []
    for group in _groups(base.sharing(), lambda f: (f.source, f.measure, f.span)):
        located = [(f, base.find_quote(f.source, f.quote) if f.source in base.sources else None) for f in group]
        for (a, sa), (b, sb) in combinations(located, 2):
            if sa is None or sb is None or not (sa[0] < sb[1] and sb[0] < sa[1]) or acknowledged(a, b):
                continue
            out.append(Finding(
                "near-duplicate", (a.id, b.id),
                f"quotes overlap in {a.source} and both have {_measure(a)} at {a.when}: "
                "one claim curated twice? (one claim, one fact)",
            ))
    return out


def _figure(f: Fact) -> tuple[float, float | None]:
    assert f.value is not None
    return f.value, f.value_max


def _quantity(f: Fact) -> str:
    value, top = _figure(f)
    text = f"{value:,g}" + (f"–{top:,g}" if top is not None else "")
    return f"{text} {f.unit}" + (f"/{f.per}" if f.per else "")


def two_values(base: FactBase) -> list[Finding]:
    """One measure, kind and unit at one time from one source, with more than one value."""
    figures = [f for f in base.sharing() if f.measure and f.value is not None]
    out: list[Finding] = []
    for group in _groups(figures, lambda f: (f.source, f.measure, f.kind, f.unit, f.per, f.span)):
        if all(_figure(a) == _figure(b) or acknowledged(a, b) for a, b in combinations(group, 2)):
            continue
        f = group[0]
        values = ", ".join(f"{_quantity(g)} ({g.id})" for g in group)
        out.append(Finding(
            "two-values", tuple(g.id for g in group),
            f"{f.source} gives {_measure(f)} ({f.kind}) at {f.when} as {values}: "
            "two series under one measure, or one figure mistyped? (one measure, one series)",
        ))
    return out


def _days(lo: date, hi: date) -> str:
    return lo.isoformat() if lo == hi else f"{lo.isoformat()} – {hi.isoformat()}"


# "old rubles", "old won": the text counts in the money before the reform of its own day
_OLD_MONEY = re.compile(r"\bold\s+(?:rubles?|roubles?|won)\b", re.IGNORECASE)


def suggest_codes(f: Fact, currency: str) -> list[str]:
    """The era codes that fit a fact's money: the era of its time, or the one before for 'old' money."""
    lo, hi = _when.attested(f.when)
    codes = money.codes_for(currency, lo, hi)
    if _OLD_MONEY.search(f" {f.quote} {f.measure or ''} {f.statement}"):
        order = [e.code for e in money.eras_of(currency)]
        older = [order[order.index(c) - 1] for c in codes if order.index(c) > 0]
        return list(dict.fromkeys(older)) or codes
    return codes


def money_eras(base: FactBase) -> list[Finding]:
    """Facts whose plain money code (RUB, KPW) names the current money for a time before it.

    The suggested code is the era of the fact's attested time, or the era before it when the
    text speaks of "old rubles" (1964: "one billion old rubles" → RUB-1947).
    """
    out: list[Finding] = []
    for f in base.priced_in(money.PLAIN_CODES):
        lo, hi = _when.attested(f.when)
        era = money.plain_code_outside_era(f.unit, lo, hi)
        if era is None:
            continue
        codes = suggest_codes(f, era.currency)
        if codes:
            fix = "use " + " or ".join(codes) + ("" if len(codes) == 1 else " (the time spans a reform)")
        else:
            fix = f"no era in the table covers it ({', '.join(e.code for e in money.eras_of(era.currency))})"
        out.append(Finding(
            "money-era", (f.id,),
            f"unit {f.unit} is the {era.name} ({era.period()}), but the fact is about {f.when} "
            f"({_days(lo, hi)}): {fix}",
        ))
    return out


def run(base: FactBase) -> list[Finding]:
    """Every warning, check by check, each in a stable order."""
    return review(base, values=False)[1]


def review(base: FactBase, values: bool = True) -> tuple[list[Problem], list[Finding]]:
    """What ``nkecon verify`` adds to the integrity problems: the values no quote writes
    (``quoted.value_problems``, problems) and every warning, as ``run``; the facts read once for all."""
    from .checkcache import cached_checks
    from .quoted import check_facts

    found = cached_checks(base) if values else None
    unwritten, undated, worded = found if found is not None else check_facts(base, values=values)
    return unwritten, near_duplicates(base) + two_values(base) + money_eras(base) + undated + worded
