"""``compare_times``: how each measure changed between FROM and TO, values, ranges and ``approx``
qualifiers carried through as intervals, never rounded into false precision."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from ..errors import NkeconError
from ..factbase import money
from ..factbase import when as _when
from .intervals import REPORTED_KINDS, Interval, change_qualifier, divide, stated, subtract, unit_of

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from ..factbase.records import Approx, Fact

# --- 1. one measure between two times --------------------------------------------------------

Status = Literal["compared", "only-from", "only-to", "unit-mismatch", "ambiguous"]


@dataclass(frozen=True, slots=True)
class Comparison:
    """One measure between FROM and TO: the points chosen and, when comparable, the change."""

    measure: str
    unit: str  # "t", "t/year"; "t vs kW" when the sides do not match
    status: Status
    old: Fact | None
    new: Fact | None
    change: Interval | None = None
    percent: Interval | None = None
    ratio: Interval | None = None
    qualifier: Approx | None = None  # of change, percent and ratio
    reason: str | None = None  # why a unit-mismatch is one when the units look alike (money of two eras)


def _width(f: Fact) -> int:
    lo, hi = f.span
    return (hi - lo).days


def best_points(points: Iterable[Fact]) -> dict[str, list[Fact]]:
    """Per unit, the most precise points: reported figures before plans, then the narrowest span.

    More than one point is returned for a unit only when they tie; the caller lists them all.
    """
    by_unit: dict[str, list[Fact]] = {}
    for f in points:
        by_unit.setdefault(unit_of(f), []).append(f)
    out: dict[str, list[Fact]] = {}
    for unit, fs in by_unit.items():
        reported = [f for f in fs if f.kind in REPORTED_KINDS]
        pool = reported or fs
        narrowest = min(_width(f) for f in pool)
        out[unit] = sorted((f for f in pool if _width(f) == narrowest), key=lambda f: f.id)
    return out


def compare(old: Fact, new: Fact, status: Status = "compared") -> Comparison:
    """The change from one point to another of the same measure and unit."""
    a, b = stated(old), stated(new)
    ratio = divide(b, a)
    percent = Interval((ratio.lo - 1) * 100, (ratio.hi - 1) * 100) if ratio else None
    return Comparison(
        measure=old.measure or "", unit=unit_of(old), status=status, old=old, new=new,
        change=subtract(b, a), percent=percent, ratio=ratio,
        qualifier=change_qualifier(old.approx, new.approx),
    )


def compare_times(facts: Iterable[Fact], old_span: tuple[date, date], new_span: tuple[date, date],
                  overlap: bool = False) -> list[Comparison]:
    """Each measure with a point at FROM or TO: compared, or listed with why it is not.

    A point is at a time when the text attests it then (``when.matches``; ``overlap`` for plain
    interval overlap, open ends running for ever). A point whose time covers both FROM and TO
    says nothing about change between them and is left out. Points of different units are never
    compared ("not comparable (t vs kW)"), nor money of different eras (RUB-1947 vs RUB-1961).
    """
    if _when.overlaps(old_span, new_span):
        raise NkeconError(
            f"the two times overlap ({old_span[0]}–{old_span[1]} and {new_span[0]}–{new_span[1]}); "
            "give two separate times, e.g. nkecon diff 1946 1949"
        )
    sides: dict[str, tuple[list[Fact], list[Fact]]] = {}
    for f in facts:
        if f.measure is None or f.value is None:
            continue
        at_old, at_new = _when.matches(f.when, old_span, overlap), _when.matches(f.when, new_span, overlap)
        if at_old and at_new:
            continue
        if at_old or at_new:
            sides.setdefault(f.measure, ([], []))[0 if at_old else 1].append(f)
    rows: list[Comparison] = []
    for measure in sorted(sides, key=str.casefold):
        olds, news = (best_points(side) for side in sides[measure])
        for unit in sorted(olds.keys() & news.keys()):
            pairs = [(o, n) for o in olds[unit] for n in news[unit]]
            status: Status = "compared" if len(pairs) == 1 else "ambiguous"
            rows += [compare(o, n, status) for o, n in pairs]
        only_old = sorted(olds.keys() - news.keys())
        only_new = sorted(news.keys() - olds.keys())
        if only_old and only_new:
            for uo in only_old:
                for un in only_new:
                    rows += [Comparison(measure, f"{uo} vs {un}", "unit-mismatch", o, n,
                                        reason=money.why_not_comparable(uo, un))
                             for o in olds[uo] for n in news[un]]
            continue
        rows += [Comparison(measure, u, "only-from", o, None) for u in only_old for o in olds[u]]
        rows += [Comparison(measure, u, "only-to", None, n) for u in only_new for n in news[u]]
    return rows
