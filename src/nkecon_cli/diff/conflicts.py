"""``find_conflicts``: where sources disagree about one measure at one time, beyond what their
ranges and qualifiers allow, and figures restated later with another value."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from ..factbase import when as _when
from .intervals import REPORTED_KINDS, plausible, stated, unit_of

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Iterator

    from ..factbase.records import Fact

# --- 3. sources that disagree ----------------------------------------------------------------

ConflictType = Literal["conflict", "restated"]


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two claims about one measure at overlapping times. ``a`` is the earlier statement."""

    status: ConflictType
    measure: str
    unit: str
    a: Fact
    b: Fact


def _family(kind: str) -> str:
    """Claims are weighed against their own kind: reported figures together, each plan kind alone."""
    return "reported" if kind in REPORTED_KINDS else kind


def _stated_key(f: Fact) -> tuple[date, str, str]:
    return _when.bounds(f.stated)[0], f.source, f.id


def _overlapping(fs: list[Fact]) -> Iterator[tuple[Fact, Fact]]:
    """Every pair of ``fs`` whose attested times overlap (an open end is no claim beyond it), the
    earlier statement first (by ``_stated_key``): swept in order of the first attested day, so that
    a long series is not paired with itself whole, only with what is attested alongside."""
    rank = {id(f): i for i, f in enumerate(sorted(fs, key=_stated_key))}
    active: list[tuple[date, Fact]] = []  # the facts begun so far, by their last attested day
    for f in sorted(fs, key=lambda f: f.attested[0]):
        lo, hi = f.attested
        active = [(end, g) for end, g in active if end >= lo]  # begun no later than f: overlap iff not over
        for _end, g in active:
            yield (g, f) if rank[id(g)] < rank[id(f)] else (f, g)
        active.append((hi, f))


def find_conflicts(facts: Iterable[Fact]) -> list[Conflict]:
    """Claims that disagree beyond their ranges and qualifiers, and figures restated differently.

    - conflict: different sources (or speakers), overlapping attested times, and value intervals that do
      not meet once ``approx`` is taken at its word (see ``plausible``);
    - restated: otherwise, the same measure at the same time stated again later with another
      value (a revision within the tolerance, or the same source or speaker changing its figure).
    A target is never weighed against a reported figure: plans and outcomes differ by nature.
    """
    groups: dict[tuple[str, str, str], list[Fact]] = {}
    for f in facts:
        if f.measure and f.value is not None:
            groups.setdefault((f.measure, unit_of(f), _family(f.kind)), []).append(f)
    out: list[Conflict] = []
    for (measure, unit, _), fs in sorted(groups.items(), key=lambda kv: (kv[0][0].casefold(), kv[0][1:])):
        for a, b in _overlapping(fs):
            if (a.source != b.source or a.speaker != b.speaker) and not plausible(a).overlaps(plausible(b)):
                out.append(Conflict("conflict", measure, unit, a, b))
            elif a.span == b.span and _when.bounds(a.stated) != _when.bounds(b.stated) and stated(a) != stated(b):
                out.append(Conflict("restated", measure, unit, a, b))
    out.sort(key=lambda c: (c.measure.casefold(), c.unit, c.a.anchor, c.a.id, c.b.id))
    return out
