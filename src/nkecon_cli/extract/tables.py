"""Tables in plain text: one figure per cell, with the row and column that say what and when.

``grid`` finds the blocks of lines that are tables and cuts each line into typed cells, whatever the layout (pipes,
tabs, aligned or single spaces, "Year: value" lists, "label value" fact sheets); rows whose cells ran together are
``gluedrows``'. Here a block's grid is read: a header line whose cells are times (years, months, quarters, "2012R")
makes each column a time and each row a measure; a first column of times makes each row a time and each column a
measure; a line of times under a row gives that row its times; a figure's own "(2015 est.)" is its time. The unit and
its multiplier come from the figure itself ("$700 Million", "64 years", "32%"), a unit column, a row of units under
the header, the row label ("Coal (million t)"), the column header, the caption line above the table ("(thousand
tonnes)", "'000 t", "mn US$") or the sentence above it ("… (in millions of US dollars) were as follows:"); a ditto
mark (``"``, ``〃``, ``do.``) repeats the unit of the row above; ``-``, ``–``, ``n.a.``, ``..``, ``x`` are cells with
no figure; a share in parentheses beside a figure ("12.4 (5.7)") is a per cent of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .dategrammar import MONTH_BARE, YEAR
from .gluedrows import _glued_rows, header_years
from .grid import BRACKET_LINE, PART_LABEL, SOURCE_LINE, Block, blocks
from .gridcells import Line, Tok, figure, is_time_line, range_of, year_mark
from .tablecells import (
    _COLUMN_NUMBER,
    _GENERIC,
    _LABEL_YEAR,
    _NUMBER_CELL,
    _RATIO,
    Cell,
    Table,
    _caption,
    _measure_label,
    _time_of,
    _with_caption,
    indicator_unit,
    unit_of,
)
from .vertical import vertical_tables

_UNIT_HEADER = re.compile(r"(?i)^\s*(?:unit|units|unit\s+of\s+measure(?:ment)?|measure|unité)\s*$")


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for line in text[start:end].splitlines(keepends=True):
        body = line.rstrip("\r\n")
        out.append((pos, pos + len(body)))
        pos += len(line)
    return out


def find_tables(text: str) -> list[Table]:
    """Every table of the text, with its cells."""
    lines = _lines(text, 0, len(text))
    tables: list[Table] = []
    vertical = {first: (after, blk) for first, after, blk in vertical_tables(text, lines)}
    i = lo = 0
    while i < len(lines):
        a, b = lines[i]
        if i in vertical:  # a table set one cell a line (corpus: grid-one-cell-a-line)
            after, blk = vertical[i]
            tables.extend(_read_blocks(text, lines, lo, i))
            t = _grid(text, lines, blk, 0)
            if t is not None:
                tables.append(t)
            i = lo = after
            continue
        if header_years(text[a:b]):
            glued, j = _glued_rows(text, lines, i)
            if glued is not None:
                tables.extend(_read_blocks(text, lines, lo, i))
                tables.append(glued)
                i = lo = j
                continue
        i += 1
    tables.extend(_read_blocks(text, lines, lo, len(lines)))
    return tables


def _read_blocks(text: str, lines: list[tuple[int, int]], lo: int, hi: int) -> list[Table]:
    out = []
    for blk in blocks(text, lines[lo:hi]):
        t = _grid(text, lines, blk, lo)
        if t is not None:
            out.append(t)
    return out


def _s(text: str, t: Tok) -> str:
    return text[t.start : t.end]


def _key_values(text: str, block: Block) -> bool:
    """A list of "label   value" lines (a country profile, an infobox), not a table with a header: most lines
    have two cells, and lines whose value is words ("Capital city   Pyongyang") stand among lines of figures."""
    two = [ln for _, ln in block.lines if len(ln.cells) == 2]
    if len(two) < max(3, int(0.7 * len(block.lines))):
        return False
    kinds = [ln.cells[1].kind in ("num", "time") for ln in two]  # (a time is no value in words: "GDP  2015 estimate")
    words = [n for n, k in enumerate(kinds) if not k]
    first_number = next((n for n, k in enumerate(kinds) if k), None)
    return len(words) >= 2 and first_number is not None and words[-1] > first_number


def _columns(ln: Line) -> list[tuple[Tok, Tok | None]]:
    """A line's cells as columns: a share in parentheses belongs to the figure before it."""
    out: list[tuple[Tok, Tok | None]] = []
    for c in ln.cells:
        if c.share and out and out[-1][1] is None and out[-1][0].kind == "num":
            out[-1] = (out[-1][0], c)
        else:
            out.append((c, None))
    return out


def _unit_row(text: str, ln: Line) -> list[tuple[str, float] | None] | None:
    """A line of units under a header ("mn t   '000 t   %"): each column's unit, or None when it is no such line."""
    cols = [c for c, _ in _columns(ln)]
    units = [unit_of(_s(text, c)) or unit_of(f"({_s(text, c)})") for c in cols]
    return units if sum(u is not None for u in units) >= max(1, (len(units) + 1) // 2) else None


_PROSE_UNIT = re.compile(r"(?i)\((?:in\s+)?[^()]{1,40}\)|\b(?:in|of)\s+(?:thousands?|millions?|billions?|'000)\s+"
                         r"(?:of\s+)?[A-Za-z$]+(?:\s+[A-Za-z$]+)?|"
                         # "Prices in Hyesan, in won:", "… the average prices in North Korean won:": a line that
                         # announces the list below in its money (corpus: grid-caption-in-money)
                         r"(?<=\bin\s)(?:[A-Za-z.$]+\s+){0,2}[A-Za-z.$]+(?=\s*:\s*$)")

# "(year-end)", "at the end of the year": a year of the table is its December (corpus: grid-year-end)
_YEAR_END = re.compile(r"(?i)\byear[- ]end\b|\bend[- ]of[- ](?:the[- ])?year\b|\bend[- ]year\b")


_LABEL_NAMES_UNIT = re.compile(r"\(|,\s*in\b|\bin\s+(?:thousand|million|'000)|,\s+[^\d\s,][^,\d]{0,20}$")
_A_SENTENCE = re.compile(r"[A-Z][^()]*\s\S+\s\S+\s[^()]*[a-z][.!]")


def _unit_above(text: str, lines: list[tuple[int, int]], i: int, caption: str | None) -> tuple[str, float] | None:
    """The unit the caption names, else one a phrase of the line above names ("… (in millions of US dollars) were as
    follows:", "Figures are in thousands of tonnes.") — the nearest line above the table, however long."""
    if caption is not None and (u := _tail_unit(_UNIT_TAIL.search(caption))) is not None:
        return u  # ("Unit: US$ 1 million, %": the money's, the per cent a column's own)
    # (a caption that is a sentence names its unit in a phrase, below: "Officials did not comment." is no unit)
    u = unit_of(caption) if caption is None or not _A_SENTENCE.fullmatch(caption.strip()) else None
    if u is not None:
        return u
    # the nearest line of words above, and the one before it when that one announces the list ("Below are the prices
    # in North Korean won:") and a sentence stands between ("As of October 23, …") (corpus: grid-caption-in-money)
    near: list[str] = []
    for j in range(i - 1, max(-1, i - 8), -1):
        if text[lines[j][0] : lines[j][1]].strip():
            near.append(text[max(lines[j][0], lines[j][1] - 300) : lines[j][1]].rstrip())
            if len(near) == 2 or near[-1].endswith(":"):
                break
    # a caption's unit at its end, as Korean statistics set it ("Table 2. Trade with China      Unit: US$ million"),
    # and a line that is only a unit over the caption ("(Unit: 1,000 tons)" / "Table 4. Grain production") (corpus:
    # grid-unit-line)
    for above in ([caption] if caption is not None else []) + near:
        if (u := _tail_unit(_UNIT_TAIL.search(above))) is not None:
            return u
    aboves = [caption] if caption is not None else near[:1]
    aboves += [ln for ln in near if ln.endswith(":")]
    for above in aboves:
        for m in _PROSE_UNIT.finditer(above):
            u = unit_of(m[0] if m[0].startswith("(") else f"({m[0]})")
            if u is not None:
                return u
    return None


_YEAR_IN = re.compile(YEAR)
_MONTH_NAMES = frozenset(("January", "February", "March", "April", "May", "June", "July", "August", "September",
                          "October", "November", "December"))


def _word_time(cell: str) -> tuple[str, str] | None:
    t = _time_of(cell)
    return None if t is None else (t[0], year_mark(t[1]))


@dataclass
class _Head:
    """What a header line says of its columns: their cells, times, units, and which is the unit column."""

    line: Line | None
    cols: list[Tok] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)
    times: list[tuple[str, str] | None] = field(default_factory=list)  # a column's time and its mark
    units: list[tuple[str, float] | None] | None = None
    unit_col: int | None = None

    @classmethod
    def of(cls, text: str, line: Line | None, year_end: bool, caption: str | None) -> _Head:
        if line is None:
            return cls(None)
        cols = [c for c, _ in _columns(line)]
        cells = [_s(text, c) for c in cols]
        times = [(c.time, c.mark) if c.kind in ("time", "month") and c.time else
                 _word_time(_s(text, c)) if c.kind == "word" else None for c in cols]
        year = _YEAR_IN.findall(caption or "")
        if len(set(year)) == 1:  # "Rice prices in 2014" over "Jan  Feb  Mar": months of that year
            times = [(f"{t[0]} {year[0]}", t[1]) if t and t[0] in _MONTH_NAMES else t for t in times]
        if year_end:
            times = [(f"December {t[0]}", t[1]) if t and re.fullmatch(r"\d{4}", t[0]) else t for t in times]
        unit_col = next((n for n, c in enumerate(cells) if _UNIT_HEADER.match(_COLUMN_NUMBER.sub("", c))), None)
        return cls(line, cols, cells, times, None, unit_col)


# the header of a series page's table: "Year Value", "Date | Value" (corpus: grid-series-page)
_SERIES_HEAD = re.compile(r"(?i)\s*(?:year|date|period)\s*[|\t ]\s*(?:value|data)\s*\|?\s*$")


def _series_unit(text: str, lines: list[tuple[int, int]], block: Block, lo: int) -> tuple[str, float] | None:
    """A series page's table, headed only "Year Value", is of the indicator the page is titled with: its unit is the
    title's ("Dem. People's Rep. Korea - Agricultural land (% of land area)" → per cent). The title is the text's
    first line of words; a table with a header of names of its own takes nothing from it."""
    i = lo + block.lines[0][0]
    if i >= len(lines) or not _SERIES_HEAD.match(text, *lines[i]):
        return None
    title = next((text[a:b] for a, b in lines[:i] if text[a:b].strip()), None)
    return unit_of(title) if title is not None and len(title) <= 160 else None


_RATE_LABEL = re.compile(r"(?i)\b(?:rate|ratio|index|per)\b")




def _line_unit(text: str, span: tuple[int, int]) -> tuple[str, float] | None:
    """The unit a line holding only a bracket names: "(thousand tonnes)", "(US$ million)"; or only a unit's label
    ("Unit: thousand tonnes") or only a scaled unit ("Billions of US dollars", no figure, at most five words)."""
    m = BRACKET_LINE.fullmatch(text, *span)
    if m:
        return unit_of(f"({m[1]})")
    body = text[span[0] : span[1]].strip()
    if _UNIT_LABEL_LINE.match(body) and len(body) <= 40:
        # ("Unit: US$ 1 million, %": Korean statistics' one-million scale, and the per cent of a column beside)
        body = _unit_words_of_label(body)
        if not _FIGURE_DIGIT.search(body):
            return unit_of(body)
    if not body or len(body) > 40 or _FIGURE_DIGIT.search(body):
        return None
    u = unit_of(body) if len(body.split()) <= 5 and _SCALE_WORD.search(body) else None
    return u if u is not None and u[1] != 1.0 else None


_UNIT_LABEL_LINE = re.compile(r"(?i)units?\s*[:.]\s*\S")
_ONE_SCALE = re.compile(r"(?i)\b1\s+(?=(?:thousand|million|billion)\b)")
_PCT_TAIL = re.compile(r"\s*,\s*%\s*$")


def _unit_words_of_label(words: str) -> str:
    """A unit label's words as ``unit_of`` reads them: "US$ 1 million, %" → "US$ million" (Korean statistics' scale
    of one million, and the per cent a change's column has)."""
    return _ONE_SCALE.sub("", _PCT_TAIL.sub("", words))


def _tail_unit(tail: re.Match[str] | None) -> tuple[str, float] | None:
    """The unit of a caption's "Unit: …" at its end (``_UNIT_TAIL``), if it names one."""
    return None if tail is None else unit_of(f"({_unit_words_of_label(tail[1])})")
_UNIT_TAIL = re.compile(r"(?i)(?:^|\s{2,}|\t|\(\s*)units?\s*:\s*([^()\n:]{1,40}?)\s*\)?\s*$")
_SCALE_WORD = re.compile(r"(?i)\b(?:thousands?|millions?|billions?|trillions?|'000)\b")
_FIGURE_DIGIT = re.compile(r"\d(?![,.]?000\b)")  # (a "1,000 tons" unit line is a scale, no figure)


def _unit_line(text: str, lines: list[tuple[int, int]], block: Block, lo: int) -> tuple[str, float] | None:
    """A line that is only a unit in brackets, in the block or just under it, is the caption's (corpus:
    grid-unit-line): "Production of cement\n(thousand tonnes)\n2012 6,200", "… 4,450\n(US$ million)"."""
    for _, ln in block.lines:
        if not ln.nums and (u := _line_unit(text, ln.span)) is not None:
            return u
    after = lo + block.lines[-1][0] + 1
    return _line_unit(text, lines[after]) if after < len(lines) else None


def _labelled_time(head: _Head) -> bool:
    """A header of one label and one time ("GDP (PPP)  2015 estimate"): a group's, not the columns' of a table."""
    kinds = [c.kind for c in head.cols]
    return kinds.count("time") == 1 and kinds.count("word") == 1 and len(kinds) == 2


def _source_year(text: str, ln: Line) -> bool:
    return len(ln.cells) == 2 and ln.cells[1].kind == "time" and bool(SOURCE_LINE.match(text, *ln.span))


# a column's note mark after its head ("Phones a", "Web users b"), and the note under the table that gives its unit
# ("a per 1,000 people", "b Per 10,000 people.")
_NOTE_MARK = re.compile(r"\s([a-z])$")
_NOTE_LINE = re.compile(r"[ \t]*([a-z])[ \t]*[.)]?[ \t]+([^\n]{3,80}?)[ \t.]*$")


def _note_units(text: str, lines: list[tuple[int, int]], a: int, b: int) -> dict[str, tuple[str, float]]:
    """The units the notes under a table give its marked columns: {"a": ("per-1000", 1.0)} (lines ``a`` to ``b``)."""
    out: dict[str, tuple[str, float]] = {}
    for start, end in lines[a : min(b, len(lines))]:
        m = _NOTE_LINE.fullmatch(text, start, end)
        if m and (u := _unit_words(m[2])) is not None and u[0] != "count":
            out.setdefault(m[1], u)
    return out


def _grid(text: str, lines: list[tuple[int, int]], block: Block, lo: int) -> Table | None:
    first = lo + block.lines[0][0]
    caption = _caption(text, lines, first)
    cap_unit = (_unit_above(text, lines, first, caption) or _unit_line(text, lines, block, lo)
                or _series_unit(text, lines, block, lo))
    if cap_unit is None:  # a caption set in the block's first line of words, its unit at its end ("Table 2.
        # Trade with China        Unit: US$ million", read as a header) (corpus: grid-unit-line)
        for _, ln in block.lines[:3]:
            if not ln.nums and (cap_unit := _tail_unit(_UNIT_TAIL.search(text, ln.span[0], ln.span[1]))) is not None:
                break
    year_end = bool(caption and _YEAR_END.search(caption))
    kv = _key_values(text, block)
    out: list[Cell] = []
    head = _Head(None)
    pending: list[tuple[Line, str | None]] = []  # rows, each with the heading of its group in a fact sheet
    group: str | None = None
    prev_unit: list[tuple[str, float] | None] = [None]  # the unit of the row above, for a ditto mark

    notes = _note_units(text, lines, lo + block.lines[0][0], lo + block.lines[-1][0] + 6)

    def flush(h: _Head) -> None:
        if notes and h.cells:  # "Phones a" over "a per 1,000 people": the column's unit from its note (corpus:
            marks = [_NOTE_MARK.search(c) for c in h.cells]  # grid-note-unit)
            if any(m and m[1] in notes for m in marks):
                units = h.units or [None] * len(h.cells)
                h.units = [notes[m[1]] if m and m[1] in notes and u is None else u for m, u in zip(marks, units,
                                                                                               strict=False)]
        # a header with as many cells as most of its rows names every column: a shorter row is cut at its end
        full = sum(len(_columns(ln)) == len(h.cols) for ln, _ in pending) * 2 > len(pending)
        for ln, g in pending:
            out.extend(_row_cells(text, ln, h, cap_unit, caption, prev_unit, year_end, full, g))
        pending.clear()

    prev_role = None
    infobox = False  # groups headed "GDP (PPP)  2015 estimate", "Area": each group's label is its rows' (as in kv)
    for _, ln in block.lines:
        if pending and head.line is None and prev_role == "row" and _source_year(text, ln):
            flush(_Head.of(text, ln, year_end, caption))  # "The World Bank (2023)" under its figures: their year
            prev_role = "times"
            continue
        if is_time_line(ln):
            if pending and head.line is None and prev_role == "row":  # a year on the line below its value
                flush(_Head.of(text, ln, year_end, caption))  # (corpus: grid-time-below)
                prev_role = "times"
                continue
            flush(head)
            head, prev_role = _Head.of(text, ln, year_end, caption), "header"
        elif not ln.nums:
            if prev_role == "header" and head.line is not None and _line_unit(text, ln.span) is not None:
                continue  # "Year Exports Imports\n(million US dollars)": the header's unit, the caption's (as above)
            if not kv and len(ln.cells) >= 2 and prev_role == "header" and (units := _unit_row(text, ln)):
                # a row of units under the header (corpus: grid-unit-row); a shorter one is of the last columns (the
                # label or year column first has none: "Year  Exports  Imports" over "(US$ million)  (US$ million)")
                pad: list[tuple[str, float] | None] = [None] * (len(head.cells) - len(units))
                head.units = pad + units
            elif not kv and sum(not (c.kind == "empty" and c.end == c.start) for c in ln.cells) >= 2:
                # (a header names two columns at least: "General population | ||||" is a group's label, "Demographics
                # | |" a title)
                flush(head)
                head, prev_role = _Head.of(text, ln, year_end, caption), "header"
            else:
                if head.line is not None and pending and _labelled_time(head):
                    # an infobox's "GDP (PPP)  2015 estimate" dates its own group's rows only: "Area" begins another
                    flush(head)
                    head, infobox = _Head(None), True
                prev_role = "text"  # a heading between the groups of a fact sheet, or a key whose value is words
                group = text[ln.span[0] : ln.span[1]].strip() if (kv or infobox) and not ln.nums else group
        else:
            pending.append((ln, group))
            prev_role = "row"
    flush(head)
    if not out:
        return None
    return Table(lines[first][0], lines[lo + block.lines[-1][0]][1], _field_time_down(text, _caption_years(out)))


# a caption's run of years over rows of as many figures and no header of times: "Grain output, 2013-2014 (thousand
# tonnes)" over "Rice 2,901 2,626" — a figure a year, in order (corpus: grid-caption-years)
_CAPTION_YEARS = re.compile(r"(?<!\d)((?:1[6-9]|20)\d\d)\s*[-–]\s*((?:1[6-9]|20)\d\d|\d\d)(?!\d)")


def _caption_years(cells: list[Cell]) -> list[Cell]:
    if not cells or any(c.time for c in cells) or not cells[0].caption:
        return cells
    span = _CAPTION_YEARS.search(cells[0].caption)
    if span is None:
        return cells
    y1 = int(span[1])
    y2 = int(span[2]) if len(span[2]) == 4 else y1 // 100 * 100 + int(span[2])
    n = y2 - y1 + 1
    rows: dict[tuple[int, int], list[Cell]] = {}
    for c in cells:
        rows.setdefault(c.row, []).append(c)
    if not 2 <= n <= 12 or any(len(r) != n for r in rows.values()):
        return cells
    return [replace(c, time=str(y1 + k)) for r in rows.values() for k, c in enumerate(r)]


# a fact sheet's sub-label row of one field: "over 3,047 m: 3", "female: 73.29 years" (a capital begins a field of its
# own: "Doctors: 3.5 per 1,000 people (2012)" gives its time to no other field)
_ROW_LABEL = re.compile(r"[ \t]*[a-z\d][^:\n]{0,40}:[ \t]")
# the time in brackets at the end of a field's last line ("(2003 est.)"): the field's, in a table and in prose
TRAILING_BRACKET = re.compile(r"\([^()\n]{0,30}\)[ \t.]*$")


def _field_time_down(text: str, cells: list[Cell]) -> list[Cell]:
    """A fact sheet's field set as "label: value" rows takes the time at the end of its last row: "over 3,047 m:
    3\n…\nunder 914 m: 3 (2003 est.)" is of 2003 throughout, as the field's prose lines are (corpus: field-time)."""
    last = cells[-1]
    if last.time is None or all(c.time is not None for c in cells):
        return cells
    row = text[last.row[0] : last.row[1]]
    bracket = TRAILING_BRACKET.search(row)
    if bracket is None or last.time not in bracket[0] or not all(
            _ROW_LABEL.match(text, c.row[0]) for c in cells):
        return cells
    where = (last.row[0] + bracket.start(), last.row[0] + bracket.start() + len(bracket[0].rstrip(" \t.")))
    return [c if c.time is not None else replace(c, time=last.time, time_span=where, estimated=last.estimated)
            for c in cells]


def _row_cells(text: str, ln: Line, head: _Head, cap_unit: tuple[str, float] | None, caption: str | None,
               prev_unit: list[tuple[str, float] | None], year_end: bool, full: bool, group: str | None = None
               ) -> list[Cell]:
    cols = _columns(ln)
    # data cells stand under the header's: pipes and tabs say which column a cell is in (a short row is cut at its
    # end); aligned spaces do not, and a header there often lacks the label column, so align right
    left = (ln.layout in ("pipe", "tab") or full) and len(cols) <= len(head.cols)
    offset = 0 if head.line is None or left else len(head.cols) - len(cols)
    labels = [_s(text, c) for n, (c, _) in enumerate(cols) if c.kind == "word" and (offset + n) != head.unit_col]
    label = labels[0] if labels else None
    t0 = cols[0][0] if cols else None
    row_time = (t0.time, t0.mark) if t0 is not None and t0.kind == "time" and t0.time else None
    if row_time is None and head.line is not None:  # a column of times: "label | 1955-1956 | 18.4 | 2.0" (corpus:
        # grid-time-column) — the row's one time, under a head that names none, dates its figures
        own = [(n, c) for n, (c, _) in enumerate(cols) if c.kind == "time" and c.time]
        if len(own) == 1 and not (0 <= own[0][0] + offset < len(head.times) and head.times[own[0][0] + offset]):
            row_time = (own[0][1].time, own[0][1].mark)  # type: ignore[assignment]
    if row_time is None and t0 is not None and t0.kind == "word" and _ISO_DAY.fullmatch(_s(text, t0)):
        row_time = (_s(text, t0), "")  # "2016-01-05 | 5,000 | 5,100": a survey's day heads its row (corpus:
        # grid-time-column)
    if row_time is None:  # a row's period as a span of months in a cell of words: "Kelp | March - April | 120 kg"
        spans = [_s(text, c) for c, _ in cols if c.kind == "word" and _MONTH_SPAN_CELL.fullmatch(_s(text, c))]
        if len(spans) == 1:  # (corpus: grid-time-column)
            row_time = (spans[0].replace("->", "-"), "")
    if row_time and year_end and re.fullmatch(r"\d{4}", row_time[0]):
        row_time = (f"December {row_time[0]}", row_time[1])
    unit: tuple[str, float] | None = None
    if head.unit_col is not None and 0 <= head.unit_col - offset < len(cols):
        ucell = cols[head.unit_col - offset][0]
        unit = prev_unit[0] if ucell.kind == "ditto" else unit_of(_s(text, ucell))
    if unit is None and label:
        # ("GDP Growth Rate, %", "GDP, Billion USD", "Area, Sq KM": a unit after the label's last comma; corpus:
        # grid-label-unit)
        unit = unit_of(label) if _LABEL_NAMES_UNIT.search(label) else None
        paren = _LAST_PAREN.search(label)
        if unit is None and paren and not _RATIO.search(label):  # "(years)", "(rate per 100 000 persons)"
            unit = _unit_words(paren[1])
    if unit is None and label and head.line is not None and offset == 0 and cols and cols[0][0].kind == "word" \
            and head.cells and head.times[0] is None:
        stub = unit_of(head.cells[0])  # the head of the label column names the unit: "| Won | Pyongyang | ..."
        unit = stub if stub and stub[0] != "count" else None  # (corpus: grid-stub-unit)
    if unit is None and label and PART_LABEL.match(label):
        # "Trade (US$ mn) …\nof which exports …": a part is counted as its whole (corpus: grid-part-row)
        unit = prev_unit[0]
    unit = unit or cap_unit
    prev_unit[0] = unit
    out: list[Cell] = []
    by_column_time = any(head.times)
    for n, (c, share) in enumerate(cols):
        if c.kind != "num" or (n == 0 and row_time is not None and not by_column_time
                               and re.fullmatch(r"\d{1,3}", _s(text, c))):
            continue  # (a row's number before its time; "2.91\t2016", a value before its year, is read)
        for tok in (c, share):
            cell = None if tok is None else _cell(text, ln, tok, n + offset, label, unit, head, row_time, caption,
                                                  group)
            if cell is not None:
                out.append(cell)
    return out


_ISO_DAY = re.compile(r"(?:1[6-9]|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])")
_MONTH_SPAN_CELL = re.compile(rf"{MONTH_BARE}\s*(?:-|–|->|to)\s*{MONTH_BARE}(?:\s+{YEAR})?")
# a column of ranks, list numbers or codes; a column of changes on the period before
_RANK_HEAD = re.compile(r"(?i)^\s*(?:world\s+)?(?:rank(?:ing)?|no\.?|#|position|place|code|id|footnotes?|notes?|"
                        r"refs?\.?|references?|sources?)\s*$")  # (a column of note numbers is no figure either)
_CHANGE_HEAD = re.compile(r"(?i)^\s*(?:change|chg\.?|diff(?:erence)?|growth|net\s+migration)\b")
_PER_1000 = re.compile(r"(?i)/\s?1[,.]?000\b|\bper\s+(?:1[,.]?000|thousand)\b")
_PER_100000 = re.compile(r"(?i)/\s?100[ ,.]?000\b|\bper\s+100[ ,.]?000\b")
_PER_10000 = re.compile(r"(?i)/\s?10[ ,.]?000\b|\bper\s+10[ ,.]?000\b")
_LAST_PAREN = re.compile(r"\(([^()]{1,60})\)\s*$")


def _unit_words(words: str) -> tuple[str, float] | None:
    """The unit the words after a figure name: "births/1,000 population" → per thousand, "years", "inhabitants / sq.
    km." → people (a density of persons); a ratio "males/1.00 female" names none."""
    if _PER_100000.search(words):
        return ("per-100000", 1.0)
    if _PER_10000.search(words):
        return ("per-10000", 1.0)
    if _PER_1000.search(words):
        return ("per-1000", 1.0)
    if re.match(r"(?i)years?\b", words):
        return ("years", 1.0)
    if re.match(r"(?i)(?:inhabitants|persons|people)\b", words):
        return ("people", 1.0)
    return None if "/" in words else unit_of(words)


def _cell(text: str, ln: Line, tok: Tok, hcol: int, label: str | None, unit: tuple[str, float] | None, head: _Head,
          row_time: tuple[str, str] | None, caption: str | None, group: str | None = None) -> Cell | None:
    c = _s(text, tok)
    f = figure(c)
    if f is None:
        return None
    value, approx, own = f
    if own is None and tok.unit is not None:
        own = _unit_words(text[tok.unit[0] : tok.unit[1]])
    col_head = head.cells[hcol] if 0 <= hcol < len(head.cells) else None
    col_time = head.times[hcol] if 0 <= hcol < len(head.times) else None
    if col_head and _RANK_HEAD.match(col_head):
        return None  # a column of ranks or numbers that name: no figure of the economy (corpus: grid-word-header)
    cell_unit = own if own is not None and own[0] != "count" else None
    if cell_unit is None and col_head and _CHANGE_HEAD.match(col_head) and caption and _PCT_TAIL.search(caption):
        cell_unit = ("%", 1.0)  # "Unit: US$ 1 million, %" over "Year  Trade  Growth": the change's column is per cent
    if cell_unit is None and head.units is not None and 0 <= hcol < len(head.units):
        cell_unit = head.units[hcol]
    if cell_unit is None and col_head and not col_time and (paren := _LAST_PAREN.search(col_head)) is not None and \
            (named := _unit_words(paren[1])) is not None and named[0] != "count":
        cell_unit = named  # "Share (%)" under a caption in US$ thousand: the column's own unit (corpus:
        # grid-label-unit)
    if cell_unit is None:
        cell_unit = unit
    if cell_unit is None and col_head and not col_time:
        cell_unit = unit_of(col_head)
    if own is not None and own[0] == "count":  # "5.7 Million": a multiplier of the row's unit
        cell_unit = (cell_unit[0], cell_unit[1] * own[1]) if cell_unit else own
    nm = _NUMBER_CELL.match(c)
    mark = nm["pct"] if nm else None
    if mark == "%":
        cell_unit = ("%", 1.0)
    elif mark in ("times", "fold"):
        cell_unit = ("times", 1.0)
    if cell_unit is None:
        cell_unit = ("count", 1.0)
    if cell_unit[0] == "count":
        # the row's label, its column's head, or the heading of its group in a fact sheet ("Mobile phone users"
        # over "North: 3.2 millions") names what bare figures count (corpus: grid-indicator-unit)
        named = indicator_unit(" ".join(p for p in (label, col_head) if p)) or (
            None if label and _RATE_LABEL.search(label) else indicator_unit(group or caption))  # ("Fertility rate"
        # under "Demographics" is no count of people)
        if named is not None:
            cell_unit = (named[0], cell_unit[1] * named[1])
    time: str | None
    tspan: tuple[int, int] | None
    if col_time is not None:
        measure = _measure_label(label) if label else (_measure_label(caption) if caption else None)
        time, tspan, mark = col_time[0], (head.cols[hcol].start, head.cols[hcol].end), col_time[1]
    elif row_time is not None:
        # a series of "year value" lines is named by its header line ("Grain output (million tonnes):")
        measure = _with_caption(_measure_label(col_head), None, caption) if col_head else (
            _measure_label(caption) if caption else None)
        if label and measure and not _s(text, ln.cells[0]).startswith(row_time[0][:4]):
            measure = _measure_label(f"{label} — {col_head}") if col_head else measure  # ("Kelp | March - April |
            # 120 kg": the row's label names the series, its period a cell of its own)
        first = ln.cells[0]
        time, tspan, mark = row_time[0], (first.start, first.end), row_time[1]
    else:
        if col_head and _GENERIC.fullmatch(_measure_label(col_head)):
            measure = _with_caption(_measure_label(col_head), label, caption)
        else:
            parts = [p for p in (label, col_head) if p]
            measure = _measure_label(" — ".join(parts)) if parts else None
        ly = _LABEL_YEAR.search(label) if label else None
        time, tspan, mark = (ly["y"] if ly else None), None, ""
        before = [(k, t) for k, t in enumerate(head.times[:hcol]) if t] if col_head and _CHANGE_HEAD.match(
            col_head) and time is None else []
        if before:  # "2013 | 2014 | Change (%)": the change to the last time before it (corpus: grid-change-column)
            k, t = before[-1]
            time, tspan, mark = t[0], (head.cols[k].start, head.cols[k].end), t[1]
    if tok.time is not None:  # the figure's own time: "$28 billion (2015 est.)"
        time, tspan, mark = tok.time, (tok.start, tok.end), tok.mark
    if col_head and _CHANGE_HEAD.match(col_head) and value:  # a change on the period before: its size, the sign in
        base = label if col_time is not None or row_time is None else (  # (a caption that is a unit names no series)
            caption and not _UNIT_LABEL_LINE.match(caption.strip()) and _measure_label(caption))  # words
        measure = f"{_measure_label(base) + ', ' if base else ''}change ({'fall' if value < 0 else 'rise'})"
        value = abs(value)
    if tok.share:  # "12.4 (5.7)": the share beside a figure (corpus: grid-share)
        cell_unit, measure = ("%", 1.0), (f"{measure}, share" if measure else "share")
    span = range_of(c)
    return Cell(tok.start, tok.end, c, value * cell_unit[1], approx, cell_unit[0], measure or None, time, tspan,
                ln.span, head.line.span if head.line is not None else None, caption, mark == "plan",
                mark == "estimate", span[1] * cell_unit[1] if span is not None else None)
