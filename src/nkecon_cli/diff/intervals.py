"""Numbers with their honesty: a figure as the interval its range and qualifier allow."""

from __future__ import annotations

import math
from dataclasses import dataclass

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from ..factbase.records import Approx, Fact

# --- numbers with their honesty: ranges and qualifiers --------------------------------------

REPORTED_KINDS = frozenset({"statistic", "estimate"})
ABOUT = 0.10  # "about v" is read as v ± 10 %, "almost v" as [0.9 v, v]

_AT_LEAST = {"more-than": True, "at-least": False}  # approx → strict?
_AT_MOST = {"less-than": True, "up-to": False, "almost": True}


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed interval of numbers; a plain number is an interval of width 0."""

    lo: float
    hi: float

    @property
    def is_point(self) -> bool:
        return self.lo == self.hi

    def overlaps(self, other: Interval) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi


def stated(f: Fact) -> Interval:
    """The fact's value as the source states it: a number or a range, qualifiers aside."""
    if f.value is None:
        raise ValueError(f"fact {f.id!r} has no value")
    return Interval(f.value, f.value if f.value_max is None else f.value_max)


def plausible(f: Fact) -> Interval:
    """Every value the claim allows once its qualifier is taken at its word.

    about → ±10 %; more-than/at-least → [v, ∞); less-than/up-to → (−∞, v]; almost → [0.9v, v].
    """
    v = stated(f)
    if f.approx == "about":
        return Interval(v.lo - ABOUT * abs(v.lo), v.hi + ABOUT * abs(v.hi))
    if f.approx in _AT_LEAST:
        return Interval(v.lo, math.inf)
    if f.approx in ("less-than", "up-to"):
        return Interval(-math.inf, v.hi)
    if f.approx == "almost":
        return Interval(v.lo - ABOUT * abs(v.lo), v.hi)
    return v


def _direction(approx: str | None) -> tuple[int, bool] | None:
    """+1 when the true value lies above the figure, −1 below, 0 either side; and strictness."""
    if approx is None:
        return None
    if approx in _AT_LEAST:
        return 1, _AT_LEAST[approx]
    if approx in _AT_MOST:
        return -1, _AT_MOST[approx]
    return 0, False


def change_qualifier(old: str | None, new: str | None) -> Approx | None:
    """The qualifier of ``new − old``: "more than 12,000" minus 7,700 is "more than 4,300"."""
    dirs = []
    a, b = _direction(old), _direction(new)
    if a is not None:
        dirs.append((-a[0], a[1]))  # what is subtracted turns the other way
    if b is not None:
        dirs.append(b)
    if not dirs:
        return None
    strict = any(s for _, s in dirs)
    signs = {d for d, _ in dirs}
    if signs == {1}:
        return "more-than" if strict else "at-least"
    if signs == {-1}:
        return "less-than" if strict else "up-to"
    return "about"


def subtract(new: Interval, old: Interval) -> Interval:
    return Interval(new.lo - old.hi, new.hi - old.lo)


def divide(new: Interval, old: Interval) -> Interval | None:
    """new / old, or None when old may be zero or negative (no meaningful ratio)."""
    if old.lo <= 0:
        return None
    corners = [new.lo / old.lo, new.lo / old.hi, new.hi / old.lo, new.hi / old.hi]
    return Interval(min(corners), max(corners))


def tidy(x: float, digits: int = 6) -> float | int:
    """A number fit for a record: whole numbers as int, float noise rounded off."""
    if isinstance(x, int):
        return x
    r = round(x, digits)
    return int(r) if r.is_integer() else r


def unit_of(f: Fact) -> str:
    """Unit with its rate period: 't', 't/year'. Two points compare only when these match."""
    return f"{f.unit}/{f.per}" if f.per else f.unit or ""
