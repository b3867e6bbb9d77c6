"""Series: the points of one measure in one unit, and what a listing says about each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from . import when as _when
from .factbase import FactBase
from .models import Fact


@dataclass(frozen=True)
class Series:
    measure: str
    unit: str | None
    points: tuple[Fact, ...]  # in time order

    @property
    def name(self) -> str:
        return f"{self.measure} ({self.unit})" if self.unit else self.measure

    @property
    def figures(self) -> int:
        return sum(1 for f in self.points if f.value is not None)


def _order(f: Fact) -> tuple:
    return (*_when.order_key(f.when), f.id)


def group(facts: Sequence[Fact]) -> list[Series]:
    """The facts with a measure, as series: one per measure and unit, by measure name."""
    by: dict[tuple[str, str | None], list[Fact]] = {}
    for f in facts:
        if f.measure:
            by.setdefault((f.measure, f.unit), []).append(f)
    return [Series(m, u, tuple(sorted(pts, key=_order)))
            for (m, u), pts in sorted(by.items(), key=lambda kv: (kv[0][0].casefold(), kv[0][1] or ""))]


def summary(base: FactBase, s: Series) -> dict[str, object]:
    """One row of ``nkecon measures``: name, unit, points, time span, kinds and sources."""
    first, last = s.points[0], s.points[-1]
    span = _when.label(first.when) if first is last else f"{_when.label(first.when)} – {_when.label(last.when)}"
    sources = []
    for sid in dict.fromkeys(f.source for f in s.points):
        src = base.sources.get(sid)
        sources.append(src.short_name if src else sid)
    return {
        "measure": s.measure, "unit": s.unit, "points": len(s.points), "figures": s.figures,
        "from": first.when, "to": last.when, "span": span,
        "kinds": sorted({f.kind for f in s.points}), "sources": sources,
    }
