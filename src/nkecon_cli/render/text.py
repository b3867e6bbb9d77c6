"""Small text helpers shared by every renderer: safe strings, numbers, quantities."""

from __future__ import annotations

import re

from ..models import Fact

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(s: str) -> str:
    """Replace control characters (ESC and friends) by visible symbols, so data never drives the terminal."""
    return _CONTROL.sub(lambda m: chr(0x2400 + ord(m[0])) if ord(m[0]) < 0x20 else "\ufffd", s)


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


def quantity(f: Fact) -> str:
    """'more than 12,000 t/year', '250,000–300,000 t', '' when the fact has no value."""
    if f.value is None:
        return ""
    if f.value_max is not None and f.value_max != f.value:
        core = f"{number(f.value)}–{with_unit(f.value_max, f.unit)}"
        if f.unit == "times":
            core = f"×{number(f.value)}–{number(f.value_max)}"
    else:
        core = with_unit(f.value, f.unit)
    if f.per:
        core += f"/{f.per}"
    return APPROX_WORDS.get(f.approx or "", "") + core


def plain(v: object, sep: str = ", ") -> str:
    """A field value as plain text: '' for null, lists joined with ``sep``, 7700.0 as '7700'."""
    if v is None:
        return ""
    if isinstance(v, list):
        return sep.join(str(x) for x in v)
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)
