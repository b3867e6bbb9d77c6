"""Small text helpers shared by every renderer: safe strings, numbers, quantities."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..inert import inert

if TYPE_CHECKING:
    from ..models import Fact


def printable(s: str) -> str:
    """Control codes and bidi overrides shown as visible symbols, so data never drives the terminal."""
    return inert(s)


def one_line(s: str) -> str:
    return " ".join(printable(s).split())


def number(v: float | int) -> str:
    """1200 → '1,200'; 541.6667 → '541.7'; 0.05 → '0.05'."""
    if float(v).is_integer():
        return f"{int(v):,}"
    if abs(v) >= 100:
        return f"{v:,.1f}"
    return f"{v:,.3g}" if abs(v) < 1 else f"{v:,.2f}".rstrip("0").rstrip(".")


APPROX_WORDS = {
    "about": "about ",
    "more-than": "more than ",
    "less-than": "less than ",
    "at-least": "at least ",
    "up-to": "up to ",
    "almost": "almost ",
}
_SPACED_UNITS = {"%": "%", "times": "×"}


def with_unit(v: float | int, unit: str | None) -> str:
    if unit == "%":
        return f"{number(v)}%"
    if unit == "times":
        return f"×{number(v)}"
    if unit == "count" or not unit:
        return number(v)
    return f"{number(v)} {unit}"


def quantity_text(value: float | None, value_max: float | None = None, approx: str | None = None,
                  unit: str | None = None, per: str | None = None, noun: str | None = None) -> str:
    """'more than 12,000 t/year', '250,000–300,000 t', '10 boilers'; '' without a value."""
    if value is None:
        return ""
    if value_max is not None and value_max != value:
        core = f"{number(value)}–{with_unit(value_max, unit)}"
        if unit == "times":
            core = f"×{number(value)}–{number(value_max)}"
    else:
        core = with_unit(value, unit)
    if unit == "count" and noun:
        core += f" {noun}"
    if per:
        core += f"/{per}"
    return APPROX_WORDS.get(approx or "", "") + core


def quantity(f: Fact) -> str:
    """A fact's value with its unit, range, qualifier and rate period."""
    return quantity_text(f.value, f.value_max, f.approx, f.unit, f.per)


def plain(v: object, sep: str = ", ") -> str:
    """A field value as plain text: '' for null, lists joined with ``sep``, 7700.0 as '7700'."""
    if v is None:
        return ""
    if isinstance(v, list):
        return sep.join(str(x) for x in v)
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)
