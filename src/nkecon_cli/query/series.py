"""Series: the points of one measure in one unit, and what a listing says about each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..factbase import when as _when
from ..factbase.base import FactBase
from ..factbase.records import Fact


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


# --- series side by side: one time axis, each series rebased to 100 at a year on request ------


def unit_of(s: Series) -> str:
    """A series' unit with its rate period: 't', 't/year' (series compare only when these match)."""
    per = s.points[0].per if s.points else None
    return f"{s.unit}/{per}" if s.unit and per else s.unit or (per or "")


def at_year(s: Series, year: int) -> list[Fact]:
    """The figures of a series attested wholly within ``year``."""
    return [f for f in s.points if f.value is not None and f.attested[0].year == f.attested[1].year == year]


def index_base(s: Series, year: int) -> Fact:
    """The figure a series is rebased on at ``year``: one exact figure attested in that year.

    Refused (NkeconError) when the series has none, several that differ, or only a range or a
    qualified figure ("more than …"), which no index can rest on.
    """
    from ..errors import NkeconError

    name = f"{s.measure} ({unit_of(s)})" if unit_of(s) else s.measure
    found = at_year(s, year)
    if not found:
        years = sorted({f.attested[0].year for f in s.points if f.value is not None})
        have = ", ".join(str(y) for y in years[:8]) + (" …" if len(years) > 8 else "")
        raise NkeconError(f"--index {year}: {name!r} has no figure for {year} (it has {have or 'none'}); "
                          f"pick a year every series has")
    exact = [f for f in found if f.approx is None and (f.value_max is None or f.value_max == f.value)]
    if not exact:
        raise NkeconError(f"--index {year}: the {year} figure of {name!r} is a range or qualified "
                          f"({found[0].id}); an index needs an exact figure: pick another year")
    if len({f.value for f in exact}) > 1:
        ids = ", ".join(f.id for f in exact)
        raise NkeconError(f"--index {year}: {name!r} has {len(exact)} different figures for {year} ({ids}); "
                          f"narrow it with --source or --kind")
    if exact[0].value == 0:
        raise NkeconError(f"--index {year}: the {year} figure of {name!r} is 0; nothing can be rebased on it")
    return exact[0]


def indexed(s: Series, year: int) -> dict[str, tuple[float, float | None]]:
    """Each figure of a series as an index, its ``year`` figure = 100: fact id → (index, index_max)."""
    base = index_base(s, year)
    assert base.value is not None
    scale = 100.0 / base.value
    return {f.id: (round(f.value * scale, 4), None if f.value_max is None else round(f.value_max * scale, 4))
            for f in s.points if f.value is not None}


def together(drawn: Sequence[Series], index: int | None) -> str | None:
    """Why these series cannot share one axis (their units differ and no index makes them alike), else None."""
    units = {unit_of(s) for s in drawn}
    if index is None and len(units) > 1:
        listed = "; ".join(f"{s.measure} ({unit_of(s) or 'no unit'})" for s in drawn)
        return (f"the series have different units ({listed}): chart them one at a time, or add --index YEAR "
                "to set each to 100 at a year")
    return None
