"""A scale declared in prose for the bare numbers after it (corpus: declared-scale): "fish catch in thousands of
tons: 273.0 in 1949" is 273,000 t; "coal output (thousand tons) was 4,100 in 1956" is 4,100,000 t; "Figures are in
millions of US dollars. Exports: 88 in 2015." is 88 million USD.

A declaration is a multiplier word and a unit after "in", an opening parenthesis or "unit:" — "in thousands of
tons", "(in million won)", "(thousand t)", "unit: 1,000 tons", "in '000 tonnes". It governs the bare numbers of
its own sentence after it, and those of the next sentence when it is the last thing its sentence says ("… in
thousands of tons. 273.0 in 1949"). "Thousands of tons of rice were sent" declares nothing: with no "in" or
parenthesis before it, it is a vague amount (``quantities``). A number that names its own unit keeps it.

This module imports nothing of the package but ``numbers`` and ``units``."""

from __future__ import annotations

import re

from .numbers import multiplier
from .units import _unit_at

_MULTS = r"(?P<m>thousands?|millions?|billions?|'000|1,000|1 000|10,000|10 000|100\s+million|thousand\s+million)"
# (Korean statistics count in ten thousands and hundred millions: "(10,000 tons)", "(100 million kWh)")
# what opens a declaration: "in", a bracket, "unit:"
_OPENER = r"(?:(?<![\w-])in\s+|\(\s*(?:in\s+)?|(?<![\w-])units?\s*:\s*(?:in\s+)?)"
# "in thousands of tons", "(in million won)", "(thousand t)", "unit: 1,000 tons"
DECLARED = re.compile(rf"(?i){_OPENER}{_MULTS}\s+(?:of\s+)?(?=\S)")
_OPENED = re.compile(rf"(?i){_OPENER}$")
_HINT = re.compile(r"(?i)thousand|million|billion|'000|1[, ]000|10[, ]000")
_FACTOR = {"'000": 1e3, "1,000": 1e3, "1 000": 1e3, "10,000": 1e4, "10 000": 1e4, "100 million": 1e8,
           "thousand million": 1e9}
# what may stand between a declaration that ends its sentence and the sentence's end: a closing bracket, a stop
_ENDS = re.compile(r"\s*\)?\s*[.:;]?\s*$")


def _scale(text: str, m: re.Match[str], end: int) -> tuple[str, float, bool, int] | None:
    """(unit, factor, economic, end) of the declaration ``m``: its multiplier times its unit's factor."""
    u = _unit_at(text, m.end(), end)
    if u is None or u[0] in ("%", "pp", "times", "count", "people"):
        return None
    word = " ".join(m["m"].lower().split())
    mult = _FACTOR.get(word) or multiplier(word.rstrip("s"))
    return u[0], u[1] * mult, u[2], u[3]


def declared(text: str, start: int, qstart: int) -> tuple[str, float, bool] | None:
    """The scale a bare number at ``qstart`` is counted in, declared earlier in its sentence (which begins at
    ``start``) or at the very end of the sentence before: (unit, factor, economic), or None."""
    if not _HINT.search(text, max(0, start - 120), qstart):
        return None  # most sentences name no multiplier word before the number: nothing to declare
    last = None
    for m in DECLARED.finditer(text, start, qstart):
        got = _scale(text, m, qstart)
        if got is not None:
            last = got
    if last is None and start > 0:
        before = text[max(0, start - 120) : start]
        for m in DECLARED.finditer(before):
            got = _scale(before, m, len(before))
            if got is not None and _ENDS.fullmatch(before, got[3]):
                last = got
    if last is None:
        last = _over_list(text, qstart)
    return None if last is None else last[:3]


_LIST_ITEM = re.compile(r"[ \t]*(?:[•·▪◦*–-]|\(?\d{1,2}[.)]|(?:1[6-9]|20)\d\d\b)")


def _over_list(text: str, qstart: int) -> tuple[str, float, bool, int] | None:
    """The scale a line ending in a colon declares for the list under it ("Grain output in millions of tonnes:" over
    "• 2010/2011: 4.5", "• 2012/2013: 4.9"): a bare number on an item line of the list, any item (corpus:
    declared-scale)."""
    line = text.rfind("\n", 0, qstart) + 1
    if not _LIST_ITEM.match(text, line):
        return None
    for _ in range(40):  # up over the list's items, to the line that announces them
        if line == 0:
            return None
        prev = text.rfind("\n", 0, line - 1) + 1
        body = text[prev : line - 1]
        if _LIST_ITEM.match(body):
            line = prev
            continue
        if not body.rstrip().endswith(":") or not _HINT.search(body):
            return None
        got = None
        for m in DECLARED.finditer(body):
            got = _scale(body, m, len(body)) or got
        return got if got is not None and _ENDS.fullmatch(body, got[3]) else None
    return None


# a money's scale declared with the money first: "(unit: US$ 1,000)", "(KRW 1,000)" ("unit: 1,000 won" is above)
_MONEY_FIRST = re.compile(r"(?i)(?:\(\s*(?:units?\s*:\s*)?|(?<![\w-])units?\s*:\s*)(?:in\s+)?"
                          r"(?:US\$|\$|USD|KRW|KPW|CNY|RMB|EUR|JPY|won|yuan)\s?"
                          r"(?:1,000|1 000|'000|1,000,000|100 million|1 (?:thousand|million|billion))"
                          r"(?=\s*[)\n;,]|\s*$)")


def declarations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the declarations in ``text[start:end]`` that hold a numeral ("unit: 1,000 tons", "(unit: US$
    1,000)"), whose number is the scale, not a figure."""
    out = [m.span() for m in _MONEY_FIRST.finditer(text, start, end)]
    for m in DECLARED.finditer(text, start, end):
        if m["m"][0].isdigit() or m["m"][0] == "'":
            got = _scale(text, m, end)
            if got is not None:
                out.append((m.start(), got[3]))
    return out


def is_declaration(text: str, at: int) -> bool:
    """Whether the vague "thousands of tons" at ``at`` is a declared scale ("in thousands of tons"), not an amount."""
    return _OPENED.search(text, max(0, at - 12), at) is not None
