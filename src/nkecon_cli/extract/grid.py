"""A table's grid, found from the shape of a block of lines rather than from one layout (corpus: grid-*).

Each line is cut into typed cells (``gridcells``). A line is then a header (times, or words in separated columns, no
figure), a row (figures), a line of times alone (the times of the row above it, "a year on the line below its
value"), a rule, or text. ``blocks`` gathers runs of consecutive rows and headers and keeps those whose shape
repeats: two rows or more with as many figures, or a header over rows, or three "label value" lines and more (an
infobox or a fact sheet, headings between its groups allowed, or set one cell a line: a label, then its figure). A
line of single words over a row of as many cells is its header.

Refused, whatever their numbers: a line of prose (a label of more than ten words, a sentence's full stop, a label
begun in lower case, a line the next line continues in lower case), an entry of a numbered list or of a reference
list ("1. Kim, 2019, p. 7"), a line of a table of contents (dot leaders, or a column of bare page numbers that only
grow), telephone and book numbers, a whole number alone on its line, and a line of years alone with no row under or
over it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .dategrammar import YEAR
from .gridcells import _MONTH, _RULE, DITTO_MARKS, EMPTY_MARKS, Line, Tok, is_time_line, read_line

# --- what is no table, whatever its numbers ---------------------------------------------------------------------
_PROSE_STOP = re.compile(r"[a-z]{2}[.;:!?]\s+[A-Z(]|[,;]\s+(?:and|but|which|while|when)\s")
_ENUMERATOR = re.compile(r"^\s*(?:\(?\d{1,3}[.)]|\[\d{1,3}\]|[•*·–-])\s+\S")
_REFERENCE = re.compile(rf"{YEAR}[a-z]?\s*[),.:]|\bpp?\.\s*\d|\bet\s+al\b|\bibid\b", re.I)
_CONTACT = re.compile(r"(?i)\b(?:tel|fax|phone|telephone|dial|mobile|isbn|issn|doi|p\.?\s?o\.?\s+box|zip|postcode)\b")
_LEADERS = re.compile(r"\.{3,}|…{2,}|(?:\s\.){3,}|_{4,}")


_SUB_ITEMS = re.compile(r"(?i)\s*(?:of\s+which|including|incl\.?|thereof|among\s+them)\s*:?\s*$")
# a row's label that names a part of the row above, lowercase as tables set it: "of which exports", "incl. coal"
PART_LABEL = re.compile(r"(?i)(?:of\s+which|including|incl\.|thereof|among\s+them|o/w)\s*:?\s+\S")


# a table's note under its last row, by its letter: "b Estimate.", "a) Revised" — no sentence going on (corpus:
# grid-note-unit)
_NOTE_BELOW = re.compile(r"\s*[a-z](?:[.)]\s*|\s+)(?=[A-Z])")


def _prose(text: str, ln: Line, next_line: str | None) -> bool:
    """A line of prose, a list's entry or a contents line, though it holds figures (corpus: grid-not-a-table)."""
    a, b = ln.span
    body = text[a:b].strip()
    if _LEADERS.search(body):
        return True  # a table of contents: "Coal ........ 17"
    if ln.layout == "pipe":
        return False
    label = ln.cells[0] if ln.cells and ln.cells[0].kind == "word" else None
    words = text[label.start : label.end].split() if label else []
    if _ENUMERATOR.match(body) and (_REFERENCE.search(body) or len(words) > 3):
        return True  # "1. Kim, 2019, p. 7", "2. The plan raised output by 5 percent"
    if _CONTACT.search(body):
        return True  # "Tel: 02 3456 7890", "ISBN 978 89 1234": numbers that name, not measure
    if ln.layout == "wide":
        return False
    if body.endswith(".") and not re.search(r"\d\.$|\b(?:n\.a|est|sq\. mi|mi)\.$", body):
        return True
    lower = bool(words and words[0][:1].islower()) and not (
        PART_LABEL.match(body) or (ln.layout == "tab" and ln.nums >= 2))  # ("of which exports\t2,821\t1,772": a part)
    if len(words) > 10 or lower or _PROSE_STOP.search(re.sub(r"\([^()]*\)", "", body)):
        return True
    if next_line is not None and re.match(r"\s*[a-z]", next_line) and not re.match(r"\s*\d", next_line) and \
            not _SUB_ITEMS.match(next_line) and not PART_LABEL.match(next_line.lstrip()) and \
            not (ln.layout == "tab" and ln.nums >= 2) and not _NOTE_BELOW.match(next_line):
        return True  # a wrapped sentence goes on below (not a table's "of which:", its row's parts below it)
    if label and ln.nums == 1 and _YEAR_WORDS.search(text[label.start : label.end]) and \
            re.fullmatch(r"\d{4}", text[ln.cells[-1].start : ln.cells[-1].end]):
        return True
    return bool(label and _REFERENCE.search(text[label.start : label.end]) and "," in text[label.start : label.end])


def _page_numbers(text: str, rows: list[Line]) -> bool:
    """A column of bare whole numbers that only grow, one a line after a title: the page numbers of a table of
    contents ("2012: 310" under a year is a series, not a page)."""
    vals: list[int] = []
    for ln in rows:
        nums = [c for c in ln.cells if c.kind == "num"]
        if len(nums) != 1 or ln.cells[0].kind != "word" or \
                not re.fullmatch(r"\d{1,4}", text[nums[0].start : nums[0].end]):
            return False
        vals.append(int(text[nums[0].start : nums[0].end]))
    return len(vals) >= 3 and all(x <= y for x, y in itertools.pairwise(vals))


@dataclass(frozen=True, slots=True)
class Block:
    """A table's lines: their line numbers (into the text's line list) and what each is read as."""

    lines: list[tuple[int, Line]]  # every line of the block but rules
    kind: str  # "grid" (a header or rows of many figures) or "pairs" ("label value" lines)


# a source line under a fact sheet's group: "The World Bank (2023)", "World Health Organization (2019)"
SOURCE_LINE = re.compile(rf"\s*[A-Z][^:\d]{{2,80}}\(\s*{YEAR}\s*\)\s*$")
_COLON_TEXT = re.compile(r"\s*[A-Z][^:.]{0,60}:\s")
# a line of a fact sheet: "Capital: Pyongyang", "GDP: 28.5 Billion", "Services – 29.9%" (corpus: grid-colon)
_KEY_LINE = re.compile(r"\s*[A-Z][^:.–—]{0,60}(?::|\s[–—]|\s-(?=\s))\s")
_TIME_LABEL = re.compile(r"(?i)\byear\b|\bdate\b|\bperiod\b|\bas\s+of\b")
_COUNTED = re.compile(r"(?i)\(|\bnumber\b|\bpopulation\b|\btotal\b|\bcount\b")
_BARE_INTEGER = re.compile(r"[~≈]?\d{1,4}")
# "… verified data through 2100": a label ending in a preposition before a whole number names a time in words
_YEAR_WORDS = re.compile(r"(?i)\b(?:through|to|until|till|since|from|in|by|of|after|before)$")


_UNIT_LINE_START = re.compile(r"(?i)[ \t]*\(?\s*units?\s*:")


def _role(text: str, ln: Line, next_line: str | None) -> str:
    if not ln.cells:
        return "blank"
    if is_time_line(ln):
        return "times"
    if ln.nums:
        if _UNIT_LINE_START.match(text, ln.span[0], ln.span[1]):
            return "text"  # "Unit: US$ 1 million, %": the table's unit, its "1" no figure (corpus: grid-unit-line)
        if len(ln.cells) == 1 and _BARE_INTEGER.fullmatch(text[ln.cells[0].start : ln.cells[0].end]):
            return "text"  # a whole number alone on its line, with no label or unit: a year, a rank, a page
        if ln.layout == "colon":
            return "row"  # "Population (2002E): 22.2 million": its value begins with its figure
        return "prose" if _prose(text, ln, next_line) else "row"
    if ln.layout != "single" and len(ln.cells) >= 2:
        return "header"  # words in columns: "Item   Unit   2012"
    return "text"


_SEPARATED = re.compile(r"\||\t|\S {2,}\S")
_DIGIT = re.compile(r"\d")
_MARK_CELL = re.compile(rf"(?:^|\s)(?:{EMPTY_MARKS}|{DITTO_MARKS})(?=\s|$)", re.I)  # a cell of no figure, or a
# ditto: a row's, though it has no digit
_MONTHS_ONLY = re.compile(rf"\s*(?:{_MONTH}\s*)+$")


def _word_header(text: str, a: int, b: int, row: Line) -> Line | None:
    """A line of single words set with single spaces over a row of as many cells: a header, a word a column."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[a:b])]
    if not 2 <= len(words) <= 12 or len(words) != len(row.cells) or \
            not all(re.match(r"[A-Za-z#%(]", text[a + x : a + y]) for x, y in words):
        return None
    return Line((a, b), "single", tuple(Tok(a + x, a + y, "word") for x, y in words))


def quick_text(body: str) -> bool:
    """A line that can only be text, told without cutting it into cells: no pipe, tab or wide gap, and either a
    paragraph's line (over 240 characters: more than a row's label of ten words and its figures) or words with no
    digit that are not a header of months (tests/test_extract_speed.py checks it against the full reading)."""
    if ("|" in body or "\t" in body or "  " in body) and _SEPARATED.search(body):  # (each needs one of these)
        return False
    return len(body) > 240 or (not _DIGIT.search(body) and not _MONTHS_ONLY.match(body) and
                               not _MARK_CELL.search(body))


def _under_label(text: str, above: tuple[int, int, int] | None, i: int, ln: Line, role: str) -> str | None:
    """What a lone cell under a label on its own line is (corpus: grid-vertical): that label's "time" ("Last year of
    reference |" over "2001 |"), or its "figure" — a lone whole number too (not of four digits, which may be a year)
    where the label names what is counted or its unit ("Number of units |" over "136 |")."""
    if above is None or above[0] != i - 1 or len(ln.cells) != 1 or ln.cells[0].kind not in ("num", "time"):
        return None
    label = text[above[1] : above[2]]
    if len(label.split()) > 12:
        return None  # a line of prose, not a label
    if role == "times":
        return "time" if _TIME_LABEL.search(label) else None
    if role == "row":
        return "figure"
    if role == "text" and _COUNTED.search(label) and \
            not re.fullmatch(r"[~≈]?\d{4}", text[ln.cells[0].start : ln.cells[0].end]):
        return "figure"
    return None


# a line that is only a bracket: "(thousand tonnes)", "(US$ million)" — a unit, when it names one
BRACKET_LINE = re.compile(r"\s*\(([^()]{1,40})\)\s*")


def blocks(text: str, lines: list[tuple[int, int]]) -> list[Block]:
    """Every block of consecutive lines whose shape is a table's, in text order (each line read once)."""
    out: list[Block] = []
    run: list[tuple[int, Line, str]] = []
    above: tuple[int, int, int] | None = None  # the line of words just above, which may be a header

    def close() -> None:
        colon = sum(1 for _, ln, r in run if ln.layout == "colon" or (r == "text" and _COLON_TEXT.match(
            text[ln.span[0] : ln.span[1]])))  # "label: value" lines, a fact sheet's, counted before its tail goes
        if len(run) > 2 and run[-3][2] == "row" and run[-2][2] == "text" and \
                SOURCE_LINE.match(text, *run[-1][1].span):
            del run[-2]  # a link line between the rows and their source line ("- Atlas 2020 sheet") is not theirs
        while run and run[-1][2] == "text" and not (len(run) > 1 and run[-2][2] == "row" and
                                                    SOURCE_LINE.match(text, *run[-1][1].span)):
            run.pop()  # (a source line under the rows, "The World Bank (2023)", stays: it gives their year)
        b = _shaped(text, run, colon)
        if b is not None:
            out.append(b)
        run.clear()

    gap = False  # blank lines met inside a sheet of "label: value" lines, which may set each in a paragraph
    for i, (a, b) in enumerate(lines):
        body = text[a:b]
        if not body.strip():
            if run and any(_KEY_LINE.match(text, ln.span[0], ln.span[1]) for _, ln, _r in run):
                gap = True
            else:
                close()
            continue
        if gap:
            gap = False
            if not _KEY_LINE.match(body):
                close()
        if _RULE.match(body):
            if "|" in body and len(run) >= 2 and run[-1][0] == i - 1:
                # a markdown rule under a line makes it a table's header: what stands above (an infobox of "key |
                # value" lines) is a block of its own (corpus: grid-pipe-header)
                header = run.pop()
                close()
                run.append(header)
            continue
        if quick_text(body):  # the fast path over prose: no cell to read
            ln, role = Line((a, b), "single", (Tok(a, b, "word"),)), "text"
        else:
            nxt = text[lines[i + 1][0] : lines[i + 1][1]] if i + 1 < len(lines) else None
            ln = read_line(text, a, b)
            role = _role(text, ln, nxt)
        if role == "prose" and run and _COLON_TEXT.match(body):
            role = "text"  # "Location: Eastern Asia, about the size of …" among a fact sheet's "label: value" lines
        if role in ("prose", "blank"):  # ("blank": a line of a lone pipe)
            close()
            continue
        under = _under_label(text, above, i, ln, role)
        if under == "time":
            if run and run[-1][0] == i - 1:
                run.pop()  # the label and its time are no row, and end nothing
            above = None
            continue
        if under == "figure":
            role = "row"
        if role == "text":
            # a heading between groups of "label value" lines ("Military data") stays in the block; anything else
            # of words ends it
            kept = run and ((run[-1][2] != "text" and len(body.split()) <= 8 and not body.rstrip().endswith(".")) or
                            _COLON_TEXT.match(body)  # "Language: Korean" among "label: figure" lines
                            or (len(run) > 1 and run[-2][2] == "row" and SOURCE_LINE.match(body)))
            if kept:
                run.append((i, ln, role))
            else:
                close()
            above = (i, a, b)
            continue
        if under == "figure" and above is not None:
            # a label on its line, its figure alone on the next (a fact sheet set one cell a line)
            la, lb = above[1], above[2]
            lab = text[la:lb].rstrip(" |")
            ln = Line((la, b), "single", (Tok(la + len(lab) - len(lab.lstrip()), la + len(lab), "word"), ln.cells[0]))
            if run and run[-1][0] == i - 1:
                run.pop()
            above = None
            run.append((i - 1, ln, "row"))  # the row begins at its label's line
            continue
        if role == "row" and not run and above is not None and above[0] == i - 1:
            units = None
            if BRACKET_LINE.fullmatch(text, above[1], above[2]) and i >= 2 and lines[i - 2][1] + 1 == above[1] \
                    and text[lines[i - 2][0] : lines[i - 2][1]].strip():
                # "Year Exports Imports\n(million US dollars)\n2012 …": the header is the line above the units' line,
                # which stays in the block as its caption's unit (corpus: grid-unit-line)
                units, above = (i - 1, Line((above[1], above[2]), "single", (Tok(above[1], above[2], "word"),)),
                                "text"), (i - 2, *lines[i - 2])
            head = _word_header(text, above[1], above[2], ln)
            if head is not None:  # "Year Value Rank Change" over rows of as many cells (corpus: grid-word-header)
                run.append((above[0], head, "header"))
            if units is not None and head is not None:
                run.append(units)
        above = None
        run.append((i, ln, role))
    close()
    return out


def _shaped(text: str, run: list[tuple[int, Line, str]], colon: int) -> Block | None:
    rows = [ln for _, ln, r in run if r == "row"]
    if not rows:
        return None
    heads = [ln for _, ln, r in run if r in ("times", "header")]
    lines = [(i, ln) for i, ln, r in run]
    separated = any(ln.layout != "single" for ln in rows)
    many = [ln for ln in rows if ln.nums >= 2]
    pairs = [ln for ln in rows if ln.nums == 1]
    roles = [r for _, _, r in run]
    below = any(a == "row" and b == "times" for a, b in itertools.pairwise(roles))  # "(2015 est.)" under its figure
    # a time alone on its line over a figure alone on its line: "2030" then "26.0M" (a fact strip set one cell a line)
    below = below or any(x[2] == "times" and y[2] == "row" and x[1].cells[0].kind != "word" and len(y[1].cells) == 1
                         for x, y in itertools.pairwise(run))
    if heads and (separated or any(is_time_line(h) for h in heads)):
        if len(rows) == 1 and not separated and rows[0].nums < 2 and not _first_is_time(rows[0]) and not below:
            return None
        return Block(lines, "grid")
    if _page_numbers(text, rows):
        return None
    if len(many) >= 2 and len(many) >= len(rows) / 2:
        return Block(lines, "grid")
    if separated and len(rows) >= 2:
        return Block(lines, "grid")
    if len(pairs) >= 3 or (len(pairs) >= 2 and all(_first_is_time(r) for r in pairs)) or (
            colon >= 3 and any(ln.layout == "colon" for ln in rows)):  # a fact sheet of "label: value" lines
        return Block(lines, "pairs" if not all(_first_is_time(r) for r in pairs) else "grid")
    return None


def _first_is_time(ln: Line) -> bool:
    return bool(ln.cells) and ln.cells[0].kind == "time"
