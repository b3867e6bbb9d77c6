"""Money of one era restated in another, on request (``--convert RUB-1961``), at the fixed
official rates of ``money``; every converted figure carries what it was converted from.

A converted fact is a light view (``views.FactView``) with the new value and unit, and a
``converted`` attribute: the original unit, value and value_max and the rates used. Renderers
mark it wherever the quantity is shown (``render.text.quantity``) and records add the fields
``converted_from``, ``original_value``, ``original_value_max`` and ``conversion``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import NkeconError
from ..factbase import money

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from typing import Any

CONVERSION_FIELDS: tuple[str, ...] = ("converted_from", "original_value", "original_value_max", "conversion")


@dataclass(frozen=True, slots=True)
class Converted:
    """What a converted figure was: its unit and values before, and how it was restated."""

    unit: str
    value: float | None
    value_max: float | None
    factor: float
    rates: tuple[money.Rate, ...]

    def describe(self) -> str:
        return "; ".join(r.describe() for r in self.rates)


def targets(words: Sequence[str]) -> dict[str, str]:
    """Currency → the era code to restate it in, from the ``--convert`` words; unknown codes refused."""
    out: dict[str, str] = {}
    for word in words:
        code = word.strip().upper()
        era = money.BY_CODE.get(code)
        if era is None:
            codes = ", ".join(e.code for e in money.ERAS)
            raise NkeconError(f"--convert {word!r}: not a money era; give one of {codes}")
        if era.currency in out and out[era.currency] != code:
            raise NkeconError(f"--convert names two eras of {era.currency} ({out[era.currency]}, {code}); give one")
        out[era.currency] = code
    return out


def _scaled(v: float | None, factor: float) -> float | None:
    if v is None:
        return None
    x = v * factor
    r = round(x, 9)
    return float(int(r)) if r.is_integer() else r


def convert(facts: Iterable[Any], wanted: dict[str, str],
            left_out: Callable[[str, str, int], None] | None = None) -> list[Any]:
    """The facts, money of another era of a wanted currency restated in the wanted era.

    A figure no chain of recorded rates reaches is left as it is, and ``left_out(unit, target,
    count)`` is told (so the command can say so); everything else passes through untouched.
    """
    from ..factbase.views import FactView

    out: list[Any] = []
    missed: dict[tuple[str, str], int] = {}
    for f in facts:
        era = money.era(f.unit)
        target = wanted.get(era.currency) if era is not None else None
        if era is None or target is None or f.value is None or era.code == target:
            out.append(f)
            continue
        found = money.conversion(era.code, target)
        if found is None:
            missed[(era.code, target)] = missed.get((era.code, target), 0) + 1
            out.append(f)
            continue
        factor, rates = found
        rec = f.model_dump()
        rest = f.unit.partition("/")[2]
        rec.update(value=_scaled(f.value, factor), value_max=_scaled(f.value_max, factor),
                   unit=target + (f"/{rest}" if rest else ""))
        view = FactView(rec)
        view.__dict__["converted"] = Converted(f.unit, f.value, f.value_max, factor, rates)
        out.append(view)
    if left_out is not None:
        for (code, target), n in missed.items():
            left_out(code, target, n)
    return out


def record_fields(f: Any) -> dict[str, Any]:
    """The conversion fields of a record: null for a figure that was not converted."""
    c: Converted | None = getattr(f, "converted", None)
    if c is None:
        return dict.fromkeys(CONVERSION_FIELDS)
    return {"converted_from": c.unit, "original_value": c.value, "original_value_max": c.value_max,
            "conversion": c.describe()}


def why_not(code: str, target: str) -> str:
    """Why a figure was left in its own money (the table's rates do not reach the target)."""
    return f"no chain of fixed official rates in money.py joins {code} and {target}"
