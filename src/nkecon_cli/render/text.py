"""Small text helpers shared by every renderer: safe strings, numbers, quantities."""

from __future__ import annotations

import re

from ..factbase.inert import inert
from ..factbase.vocab import COUNTED

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from ..factbase.records import Fact


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
    counted = unit in COUNTED and noun  # "3,400 workers", "10–12 boilers": the noun says what, persons or things
    shown = None if counted else unit
    if value_max is not None and value_max != value:
        core = f"{number(value)}–{with_unit(value_max, shown)}"
        if unit == "times":
            core = f"×{number(value)}–{number(value_max)}"
    else:
        core = with_unit(value, shown)
    if counted:
        core += f" {noun}"
    if per:
        core += f"/{per}"
    return APPROX_WORDS.get(approx or "", "") + core


def quantity(f: Fact) -> str:
    """A fact's value with its unit, range, qualifier and rate period; money restated by
    ``--convert`` says what it was ('100,000,000 RUB-1961 (converted from 1,000,000,000 RUB-1947)')."""
    text = quantity_text(f.value, f.value_max, f.approx, f.unit, f.per)
    was = getattr(f, "converted", None)
    if was is not None and text:
        text += f" (converted from {quantity_text(was.value, was.value_max, f.approx, was.unit, f.per)})"
    return text


def plain(v: object, sep: str = ", ") -> str:
    """A field value as plain text: '' for null, lists joined with ``sep``, 7700.0 as '7700'."""
    if v is None:
        return ""
    if isinstance(v, list):
        return sep.join(str(x) for x in v)
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


# --- wrapping that never splits a number, an id or a date ------------------------------------
#
# Views at any width break lines between *atoms* only. Inside an atom, HARD glue never breaks
# (the parts of one date: "7 Aug 1957"); SOFT glue breaks only when the atom is wider than the
# line (a number and its unit: "12,000 t/year"). A number, an id or one word is never split.

HARD, SOFT = "\u00a0", "\u202f"


def glued_date(label: str) -> str:
    """A date label whose parts stay whole: 'Dec 1956 – 7 Aug 1957' breaks only after the dash."""
    parts = label.split(" – ")
    return " ".join(p.replace(" ", HARD) + (HARD + "–" if i < len(parts) - 1 else "") for i, p in enumerate(parts))


def glued_quantity(f: Fact) -> str:
    """A fact's quantity: qualifier words break freely, the number keeps its unit while it fits."""
    return glue_quantity(quantity(f), f.approx)


def glue_quantity(text: str, approx: str | None = None) -> str:
    word = APPROX_WORDS.get(approx or "", "")
    if word and text.startswith(word):
        return word + text[len(word):].replace(" ", SOFT)
    return text.replace(" ", SOFT)


def atoms(text: str, width: int) -> list[str]:
    """Unbreakable pieces of a glued text for a line of ``width`` cells."""
    out: list[str] = []
    for atom in text.split(" "):
        if not atom:
            continue
        if len(atom) > width and SOFT in atom:
            out += [a for a in atom.split(SOFT) if a]
        else:
            out.append(atom)
    return out


_SLUG_PART = re.compile(r"[^-]+-|[^-]+$")


def break_id(atom: str, width: int) -> list[str]:
    """An id (a slug) wider than the line, in lines of at most ``width`` broken after its own
    hyphens, nothing added or cut ('first-half-1957-…-credited-to-' / 'december-1956-plenum'); a
    part with no hyphen wider than the line stays whole. Anything else comes back whole."""
    if len(atom) <= width or not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)+", atom):
        return [atom]
    lines: list[str] = []
    cur = ""
    for part in _SLUG_PART.findall(atom):
        if cur and len(cur) + len(part) > width:
            lines.append(cur)
            cur = part
        else:
            cur += part
    if cur:
        lines.append(cur)
    return lines


def unglue(s: str) -> str:
    return s.replace(HARD, " ").replace(SOFT, " ")


def atom_width(text: str) -> int:
    """The narrowest line a glued text fits in without splitting anything (soft glue may break)."""
    return max((len(a) for a in atoms(text, 0)), default=0)


def fit(text: str, width: int) -> list[str]:
    """Greedy lines of at most ``width`` cells, broken only between atoms; an atom wider than the
    line gets a line of its own, whole."""
    from rich.cells import cell_len

    lines: list[str] = []
    cur = ""
    for atom in atoms(text, max(1, width)):
        if cur and cell_len(cur) + 1 + cell_len(atom) > width:
            lines.append(cur)
            cur = atom
        else:
            cur = f"{cur} {atom}" if cur else atom
    if cur:
        lines.append(cur)
    return [unglue(line) for line in lines]


def fitted(text: str, width: int) -> str:
    return "\n".join(fit(text, width))
