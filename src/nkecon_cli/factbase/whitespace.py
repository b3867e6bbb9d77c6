"""Quotes found in their source whatever its whitespace: the text folded, and the way back to it."""

from __future__ import annotations

import re

# A run of whitespace that folding changes: two or more characters, or one that is not a plain
# space (the characters str.isspace() calls space; sre asks the same function). A lone space
# stays as it is and shifts nothing, so ordinary prose costs nothing to fold.
_WHITESPACE = re.compile(r"\s{2,}|[^\S ]")


def fold_whitespace(text: str) -> tuple[str, list[int]]:
    """Text with every run of whitespace folded to one space, and where its offsets shift.

    The second part holds n folded indexes followed by the n original indexes they stand for:
    from each folded index on, a character of the folded text is that much further on in the
    text. Two per run that folding changes, not one per character: small for a large text.
    """
    parts: list[str] = []
    folded_at: list[int] = [0]
    original_at: list[int] = [0]
    pos = folded_pos = 0
    for m in _WHITESPACE.finditer(text):
        start, end = m.span()
        parts.append(text[pos:start])
        folded_pos += start - pos
        parts.append(" ")
        folded_at += (folded_pos, folded_pos + 1)
        original_at += (start, end)
        folded_pos += 1
        pos = end
    parts.append(text[pos:])
    return "".join(parts), folded_at + original_at


def _original(shifts: list[int], i: int) -> int:
    import bisect

    n = len(shifts) // 2
    k = bisect.bisect_right(shifts, i, 0, n) - 1
    return shifts[n + k] + (i - shifts[k])


def find_folded(folded: tuple[str, list[int]], quote: str) -> tuple[int, int] | None:
    """Find a quote whitespace-insensitively (otherwise exactly); offsets in the original text."""
    text, shifts = folded
    needle = " ".join(quote.split())
    if not needle:
        return None
    i = text.find(needle)
    if i < 0:
        return None
    return _original(shifts, i), _original(shifts, i + len(needle) - 1) + 1
