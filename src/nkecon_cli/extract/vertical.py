"""A table set one cell a line (corpus: grid-one-cell-a-line).

A web page's table copied as text often loses its grid: every cell stands on a line of its own. The header is a run
of N short lines of words or times ("name of the facilities", "timeframes for the delivery", "total", "performed",
"1956 plan"; "Item", "2012", "2013"), and each row is the next N lines — its label, then its values, figures or
times, one a line:

    metallurgical plant (Cheongjin)
    1955-1956
    18.4
    2.0
    16.4

``vertical_tables`` finds such tables (each line of the text read once) and gives each as a ``Block`` of whole rows
(each row's cells on their own lines, one ``Line`` a row), so that the grid reader (``tables``) reads it as any other
table: the header names the columns, the caption or the line above the unit. Only a header over three rows and
more of the same shape is taken (two under a header of two times and more, or of a label and five cells and
more); a stretch between rows that is no such
row (a total set otherwise) is left unread. Blank lines between cells are skipped.
"""

from __future__ import annotations

import re

from .grid import Block
from .gridcells import Line, Tok, read_line

_MIN_COLUMNS, _MAX_COLUMNS, _MIN_ROWS = 3, 12, 3
_WIDE = 4  # a row of a label and more than four cells: two such rows under as many heads are a table
_SEPARATED = re.compile(r"\||\t|\S {2,}\S")
_DIGIT = re.compile(r"\d")
_CELL_MAX = 80  # characters: a longer line is prose, not a cell


def _cell(text: str, a: int, b: int) -> Tok | None:
    """The one cell a line holds — a figure, a time, an empty mark or words — or None for a line of more than one
    cell or of prose."""
    body = text[a:b]
    lead, core = len(body) - len(body.lstrip()), body.strip()
    if not core or len(core) > _CELL_MAX or _SEPARATED.search(core) or (core.endswith(".") and len(core.split()) > 6):
        return None
    s, e = a + lead, a + lead + len(core)
    ln = read_line(text, s, e)
    if len(ln.cells) == 1 and ln.cells[0].kind in ("num", "time", "empty", "ditto"):
        return ln.cells[0]
    if _DIGIT.search(core) and any(c.kind == "num" for c in ln.cells):
        return Tok(s, e, "value")  # "1955-1st half of 1957", "12.4 (5.7)": a cell of more than a figure
    return Tok(s, e, "time" if any(c.kind == "time" for c in ln.cells) and _DIGIT.search(core) else "word")


_WORD = re.compile(r"[^\W\d_]{2,}")


def _wordy(text: str, t: Tok) -> bool:
    """A cell of words: a label or a column's head, though a number stands in it ("performed as of 1 January 1956")."""
    return t.kind == "word" or (t.kind == "value" and len(_WORD.findall(text, t.start, t.end)) >= 2)


def _row_shape(text: str, toks: list[Tok]) -> tuple[str, ...] | None:
    """A row's shape: its label (words or a time), then values only (a figure among them)."""
    if not (_wordy(text, toks[0]) or toks[0].kind == "time") or any(_wordy(text, t) for t in toks[1:]) or \
            not any(t.kind == "num" for t in toks):
        return None  # (a row's label is words, or its time: "2012 / 2,880 / 3,930")
    return tuple("num" if t.kind in ("num", "empty", "ditto") else "time" for t in toks[1:])


def _runs(text: str, lines: list[tuple[int, int]]) -> list[list[tuple[int, Tok]]]:
    """The runs of consecutive cell lines (blank lines skipped), each line read once."""
    runs: list[list[tuple[int, Tok]]] = [[]]
    for j, (a, b) in enumerate(lines):
        if a == b or not text[a:b].strip():
            continue
        tok = _cell(text, a, b)
        if tok is None:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append((j, tok))
    return [r for r in runs if len(r) >= 2 * _MIN_COLUMNS + _MIN_ROWS]


def _rows(text: str, cells: list[tuple[int, Tok]], width: int) -> list[list[tuple[int, Tok]]]:
    """The rows from the first label on: the cells cut before each label, those of the width and the commonest
    shape, up to three stretches of no row in a row (the table has ended; a total set otherwise between rows is
    skipped)."""
    segments: list[list[tuple[int, Tok]]] = []
    timed = bool(cells) and cells[0][1].kind == "time"  # rows labelled by a year: "2012 / 2,880 / 3,930"
    for c in cells:
        if _wordy(text, c[1]) or not segments or (timed and c[1].kind == "time"):
            segments.append([c])
        else:
            segments[-1].append(c)
    shapes = [(_row_shape(text, [t for _, t in seg]) if len(seg) == width else None) for seg in segments]
    counted = [sh for sh in shapes if sh is not None]
    if not counted:
        return []
    common = max(set(counted), key=counted.count)
    rows: list[list[tuple[int, Tok]]] = []
    misses = 0
    for seg, sh in zip(segments, shapes, strict=True):
        if sh == common:
            rows.append(seg)
            misses = 0
        elif rows:
            misses += 1
            if misses >= 3:
                break
    return rows


# a line that is a figure alone: every row of such a table has one, so a text with fewer than three has no table
_LONE_FIGURE = re.compile(r"(?m)^[ \t\u00a0]*[-−–+~]?[$€£¥]?\d[\d.,]*[ \t\u00a0]*[%a-zA-Z*]{0,3}[ \t\u00a0]*$")


def _year_label(text: str, run: list[tuple[int, Tok]], q: int) -> bool:
    """The line before the value at ``q`` is a row's time and a header of words stands above it ("Year / Exports /
    Imports / 2012 / 2,880 / 3,930")."""
    return run[q - 1][1].kind == "time" and q >= 2 and _wordy(text, run[q - 2][1])


def vertical_tables(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int, Block]]:
    """Every table set one cell a line: (its first line, the line after its last, the block of its whole rows)."""
    out: list[tuple[int, int, Block]] = []
    found = _LONE_FIGURE.finditer(text)
    if next(found, None) is None or next(found, None) is None or next(found, None) is None:
        return out  # (asked first: most texts have no line of a figure alone)
    for run in _runs(text, lines):
        q = 1
        while q < len(run):
            if _wordy(text, run[q][1]) or not (_wordy(text, run[q - 1][1]) or _year_label(text, run, q)):
                q += 1  # (the first value after words, or after a row's year under a header of words)
                continue
            heads = 0  # the run of heads (words or times) before the first row's label, just before its first value
            while q - 2 - heads >= 0 and (_wordy(text, run[q - 2 - heads][1]) or run[q - 2 - heads][1].kind == "time"):
                heads += 1
            best: tuple[int, list[list[tuple[int, Tok]]]] | None = None
            for width in range(min(heads, _MAX_COLUMNS), _MIN_COLUMNS - 1, -1):
                rows = _rows(text, run[q - 1 :], width)
                # (under a header of two years and more, or of four columns of values and more, two rows do)
                timed = sum(t.kind == "time" for _, t in run[q - 1 - width : q - 1]) >= 2
                if len(rows) >= (2 if timed or width > _WIDE else _MIN_ROWS) and (best is None or
                                                                               len(rows) > len(best[1])):
                    best = (width, rows)
            if best is None:
                q += 1
                continue
            width, rows = best
            header = run[q - 1 - width : q - 1]
            block_lines = [(header[0][0], Line((header[0][1].start, header[-1][1].end), "tab", tuple(
                t if t.kind == "time" and t.time else Tok(t.start, t.end, "word") for _, t in header)))]
            for row in rows:
                block_lines.append((row[0][0], Line((row[0][1].start, row[-1][1].end), "tab", tuple(
                    Tok(t.start, t.end, "word") if t.kind == "value" else t
                    for _, t in row))))
            out.append((header[0][0], rows[-1][-1][0] + 1, Block(block_lines, "grid")))
            last = rows[-1][-1][0]
            q = next((n for n, (j, _) in enumerate(run) if j > last), len(run))
    return out
