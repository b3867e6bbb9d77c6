"""Tables in plain text: one figure per cell, with the row and column that say what and when.

Read: pipe tables (``| Coal | 37.5 | 33.2 |``, with or without a ``|---|`` rule), tab-separated
lines, columns aligned with two or more spaces, and "Year: value" lists (``1985: 1.4 million
tons``). A header row whose cells are years (or dates) makes each column a time and each row a
measure; a first column of years makes each row a time and each column a measure. The unit and
its multiplier come from a unit column, the row label ("Coal (million t)"), the column header or
the caption line above the table ("(thousand tonnes)", "'000 t", "mn US$"); a ditto mark (``"``,
``〃``, ``do.``) repeats the unit of the row above; ``-``, ``–``, ``n.a.``, ``..``, ``x`` are cells
with no figure.
"""

from __future__ import annotations

import re

from .dategrammar import YEAR
from .gluedrows import _YEAR_HEADER, _glued_rows
from .quantities import find_quantities
from .tablecells import (
    _COLUMN_NUMBER,
    _DITTO,
    _EMPTY_CELL,
    _GENERIC,
    _LABEL_YEAR,
    _NUMBER_CELL,
    _PEOPLE,
    Cell,
    Table,
    _caption,
    _is_number,
    _measure_label,
    _time_of,
    _value,
    _with_caption,
    unit_of,
)

_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$|^\s*[-=_]{5,}\s*$")
_LIST_LINE = re.compile(rf"\s*(?P<y>{YEAR}(?:\s*[/–-]\s*(?:\d{{2}}|{YEAR}))?)\s*(?:[:=]|[–—-]\s)\s*(?P<v>\S.*?)\s*$")
_UNIT_HEADER = re.compile(r"(?i)^\s*(?:unit|units|unit\s+of\s+measure(?:ment)?|measure|unité)\s*$")
# a row of a table set with single spaces: "China (inc. Hong Kong) 83 425 -342"
_SPACED_ROW = re.compile(
    r"^\s*(?P<label>[^\d\s][^\t|]*?)(?P<cells>(?:\s+(?:[-−–]?\d[\d,]*(?:\.\d+)?%?|n\.a\.|-|–|—)){2,})\s*$"
)


def _cells(line: str, kind: str) -> list[tuple[int, int]]:
    """Cell spans within one line (offsets into the line)."""
    if kind == "pipe":
        body_start = len(line) - len(line.lstrip())
        s = line.rstrip()
        a = body_start + (1 if s[body_start:body_start + 1] == "|" else 0)
        b = len(s) - (1 if s.endswith("|") else 0)
        out, pos = [], a
        for part in line[a:b].split("|"):
            lead = len(part) - len(part.lstrip())
            stripped = part.strip()
            out.append((pos + lead, pos + lead + len(stripped)))
            pos += len(part) + 1
        return out
    if kind == "spaced":
        m = _SPACED_ROW.match(line)
        if not m:
            return []
        out = [(m.start("label"), m.end("label"))]
        out += [(x.start(), x.end()) for x in re.finditer(r"\S+", line[: m.end("cells")])
                if x.start() >= m.end("label")]
        return out
    sep = re.compile(r"\t+") if kind == "tab" else re.compile(r"\s{2,}|\t+")
    out, pos = [], 0
    for m in sep.finditer(line):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(line.rstrip()):
        out.append((pos, len(line.rstrip())))
    out = [(a + len(line[a:b]) - len(line[a:b].lstrip()), b) for a, b in out]
    return [(a, b) for a, b in out if b > a]


_TWO_NUMBERS = re.compile(r"\d[\d,.%]*\s+(?:[-−–]?\d|n\.a\.|[-–—](?:\s|$))")


_WIDE_GAP_OR_BAR = re.compile(r"\S\s{2,}\S|\t|\|")
_WIDE_GAP = re.compile(r"\S\s{2,}(?=\S)")  # two cells set apart by spaces


def _kind(line: str) -> str | None:
    if (_TWO_NUMBERS.search(line) and _SPACED_ROW.match(line)  # a spaced row has two figures side by side
            and not _WIDE_GAP_OR_BAR.search(line.strip())):
        return "spaced"
    if line.count("|") >= 2:
        return "pipe"
    if "\t" in line.strip():
        return "tab"
    if _WIDE_GAP.search(line.strip()) and len(_cells(line, "space")) >= 2:
        return "space"
    return None


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
    i = 0
    while i < len(lines):
        a, b = lines[i]
        line = text[a:b]
        if _YEAR_HEADER.match(line):
            glued, j = _glued_rows(text, lines, i)
            if glued is not None:
                tables.append(glued)
                i = j
                continue
        k = _kind(line)
        lm = _LIST_LINE.match(line)
        if lm:
            j = i
            while j < len(lines) and _LIST_LINE.match(text[lines[j][0] : lines[j][1]]):
                j += 1
            if j - i >= 2:
                tables.append(_year_list(text, lines, i, j))
                i = j
                continue
        if k is None:
            i += 1
            continue
        j = i
        while j < len(lines):
            s = text[lines[j][0] : lines[j][1]]
            if _RULE.match(s) or (_kind(s) == k) or (k == "space" and _kind(s) == "tab"):
                j += 1
                continue
            break
        block = [x for x in range(i, j) if not _RULE.match(text[lines[x][0] : lines[x][1]])]
        if len(block) >= 2:
            t = _grid(text, lines, block, k)
            if t is not None:
                tables.append(t)
                i = j
                continue
        i = max(j, i + 1)
    return tables


def _year_list(text: str, lines: list[tuple[int, int]], i: int, j: int) -> Table:
    caption = _caption(text, lines, i)
    cap_unit = unit_of(caption)
    measure = _measure_label(caption) if caption else None
    cells: list[Cell] = []
    for x in range(i, j):
        a, b = lines[x]
        m = _LIST_LINE.match(text, a, b)
        if not m:
            continue
        vs, ve = m.start("v"), m.end("v")
        qs = find_quantities(text, vs, ve)
        q = qs[0] if qs else None
        if q is not None and q.unit not in ("year", "month", "day", "week", "hour") and q.economic:
            unit, value = q.unit, q.value
            if q.unit == "count" and cap_unit:
                unit, value = cap_unit[0], q.value * cap_unit[1]
            cells.append(Cell(q.start, q.end, q.text, value, q.approx, unit, measure, m["y"],
                              (m.start("y"), m.end("y")), (a, b), None, caption, False))
            continue
        v = _value(text[vs:ve])
        if v is not None and cap_unit:
            cells.append(Cell(vs, ve, text[vs:ve], v[0] * cap_unit[1], v[1], cap_unit[0], measure, m["y"],
                              (m.start("y"), m.end("y")), (a, b), None, caption, False))
    return Table(lines[i][0], lines[j - 1][1], cells)


def _key_values(text: str, rows: list[tuple[int, list[tuple[int, int]]]]) -> bool:
    """A list of "label   value" lines (a country profile, an infobox), not a table with a header: most rows
    have two cells, and rows whose value is words ("Capital city   Pyongyang") stand among rows of figures."""
    two = [cs for _, cs in rows if len(cs) == 2]
    if len(two) < max(3, int(0.7 * len(rows))):
        return False
    kinds = [_is_number(text[cs[1][0] : cs[1][1]]) for _, cs in rows if len(cs) == 2]
    words = [n for n, k in enumerate(kinds) if not k]
    first_number = next((n for n, k in enumerate(kinds) if k), None)
    return len(words) >= 2 and first_number is not None and words[-1] > first_number


def _grid(text: str, lines: list[tuple[int, int]], block: list[int], kind: str) -> Table | None:
    rows = [(x, [(lines[x][0] + a, lines[x][0] + b) for a, b in _cells(text[lines[x][0] : lines[x][1]], kind)])
            for x in block]
    numeric_rows = sum(1 for _, cs in rows if sum(_is_number(text[a:b]) for a, b in cs) >= 1)
    if numeric_rows < 1:
        return None
    caption = _caption(text, lines, block[0])
    cap_unit = unit_of(caption)
    # the header: the first row whose cells after the first are not figures
    h_idx = None
    candidates = [n for n, (_, cs) in enumerate(rows[:3])
                  if len(cs) >= 2 and not any(_is_number(text[a:b]) for a, b in cs[1:])]
    if candidates and not _key_values(text, rows):
        h_idx = max(candidates, key=lambda n: (sum(1 for a, b in rows[n][1] if _time_of(text[a:b])), -n))
    header = rows[h_idx] if h_idx is not None else None
    h_cells = [text[a:b] for a, b in header[1]] if header else []
    h_times = [_time_of(c) for c in h_cells]
    unit_col = next((n for n, c in enumerate(h_cells) if _UNIT_HEADER.match(_COLUMN_NUMBER.sub("", c))), None)
    by_column_time = sum(1 for t in h_times if t) >= 1
    out: list[Cell] = []
    prev_unit: tuple[str, float] | None = None
    data = rows[h_idx + 1 :] if h_idx is not None else rows
    for x, cs in data:
        row_span = lines[x]
        cells = [text[a:b] for a, b in cs]
        if not cells:
            continue
        # right-align data cells under the header's cells
        # data cells stand under the header's: pipes and tabs say which column a cell is in (a short row is cut
        # at its end); aligned spaces do not, and a header there often lacks the label column, so align right
        offset = 0 if not header or (kind != "space" and len(cells) <= len(h_cells)) else len(h_cells) - len(cells)
        label_cells = [(n, c) for n, c in enumerate(cells) if not _is_number(c) and not _EMPTY_CELL.match(c)
                       and not _DITTO.match(c) and (offset + n) != unit_col]
        label = label_cells[0][1] if label_cells else None
        row_time = _time_of(cells[0]) if cells else None
        unit: tuple[str, float] | None = None
        if unit_col is not None and 0 <= unit_col - offset < len(cells):
            ucell = cells[unit_col - offset]
            unit = prev_unit if _DITTO.match(ucell) else unit_of(ucell)
        if unit is None and label:
            unit = unit_of(label) if re.search(r"\(|,\s*in\b|\bin\s+(?:thousand|million|'000)", label) else None
        unit = unit or cap_unit
        prev_unit = unit
        for n, (a, b) in enumerate(cs):
            c = text[a:b]
            if n == 0 and row_time is not None and not by_column_time:
                continue
            if not _is_number(c):
                continue
            v = _value(c)
            if v is None:
                continue
            hcol = offset + n
            col_head = h_cells[hcol] if header and 0 <= hcol < len(h_cells) else None
            col_time = h_times[hcol] if header and 0 <= hcol < len(h_times) else None
            cell_unit = unit
            if cell_unit is None and col_head and not col_time:
                cell_unit = unit_of(col_head)
            nm = _NUMBER_CELL.match(c)
            mark = nm["pct"] if nm else None
            if mark == "%":
                cell_unit = ("%", 1.0)
            elif mark in ("times", "fold"):
                cell_unit = ("times", 1.0)
            if cell_unit and cell_unit[0] == "count" and label and _PEOPLE.search(label):
                cell_unit = ("people", cell_unit[1])
            if cell_unit is None:
                cell_unit = ("count", 1.0)
            time: str | None
            if col_time is not None:
                measure = _measure_label(label) if label else (_measure_label(caption) if caption else None)
                time, tspan, planned = col_time[0], (header[1][hcol] if header else None), col_time[1]
            elif row_time is not None:
                measure = _with_caption(_measure_label(col_head), None, caption) if col_head else None
                time, tspan, planned = row_time[0], cs[0], row_time[1]
            else:
                if col_head and _GENERIC.fullmatch(_measure_label(col_head)):
                    measure = _with_caption(_measure_label(col_head), label, caption)
                else:
                    parts = [p for p in (label, col_head) if p]
                    measure = _measure_label(" — ".join(parts)) if parts else None
                ly = _LABEL_YEAR.search(label) if label else None
                time, tspan, planned = (ly["y"] if ly else None), None, False
            out.append(Cell(a, b, c, v[0] * cell_unit[1], v[1], cell_unit[0], measure or None, time, tspan,
                            row_span, lines[header[0]] if header else None, caption, planned))
    if not out:
        return None
    return Table(lines[block[0]][0], lines[block[-1]][1], out)
