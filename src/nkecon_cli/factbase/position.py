"""Where a quote stands in its source text: paragraph number and character range.

One rule for ``show`` and ``cite``: paragraphs are separated by blank lines; a text with no blank
line (but several lines) has a paragraph a line. Paragraphs are counted from 1, characters from 0
(after a byte-order mark, as everywhere), the range end exclusive. Imports nothing of the package.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def separator(text: str) -> str:
    """What separates paragraphs in ``text``: a blank line, or a line break in a text without one."""
    return "\n\n" if "\n\n" in text or "\n" not in text.strip() else "\n"


_BLANK = re.compile(r"\n[ \t\r\f\v]*\n")


def paragraph_number(text: str, offset: int) -> int:
    """The number (from 1) of the paragraph holding the character at ``offset``.

    Paragraphs are the pieces between separators that hold more than whitespace; a run of blank
    lines separates once.
    """
    head = text[:offset]
    chunks = _BLANK.split(head) if separator(text) == "\n\n" else head.split("\n")
    before = sum(1 for c in chunks if c.strip())
    return before + (0 if chunks[-1].strip() else 1)


@dataclass(frozen=True, slots=True)
class Position:
    """A quote's place: the source file, its paragraph, its characters [start, end)."""

    source: str
    paragraph: int
    start: int
    end: int

    def describe(self) -> str:
        return f"paragraph {self.paragraph}, characters {self.start}–{self.end}"


def position(source: str, text: str, span: tuple[int, int]) -> Position:
    return Position(source, paragraph_number(text, span[0]), span[0], span[1])
