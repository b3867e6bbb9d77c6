"""Rows whose cells ran together when a web page was flattened: "Grain imports (000 t)301417390" under a
header of years. ``_glued_rows`` splits the run of digits into as many numbers as the header has years,
choosing among the readings the one whose numbers are most alike.
"""

from __future__ import annotations

import itertools
import re

from .dategrammar import YEAR
from .tablecells import _PEOPLE, Cell, Table, _caption, _measure_label, unit_of

# --- rows whose cells ran together when a web page was flattened ---------------------------------------
# "  2010 2015 2021" over "GDP (million current US$)13 94516 28316 331b": the label, then three figures with no
# space between them (corpus: glued-cells). Each figure is read by the grammar of how such tables print numbers —
# thousands grouped by single spaces, a decimal point, a sign — and of the ways to cut the run into as many figures
# as the header has years, the one taken keeps the figures' decimals alike and their sizes closest.
_YEAR_HEADER = re.compile(rf"^\s*(?:{YEAR}\s+)+{YEAR}\s*$")
# the years ran together too, after the header's label: "Foreign Trade Indicators 20192020202120222023"
_GLUED_YEARS = re.compile(r"^\s*(?:[A-Za-z][^\d]*\s)?(?P<run>(?:1[6-9]|20)\d\d(?:(?:1[6-9]|20)\d\d)+)\s*$")
_FOUR_DIGITS = re.compile(r"\d\d\d\d")  # what both header patterns hold: asked first, over every line of a text


def header_years(line: str) -> list[tuple[int, int]] | None:
    """The years of a header over glued rows (offsets in the line): years set apart by spaces, or run together in
    ascending order after a label."""
    if not _FOUR_DIGITS.search(line):
        return None
    if _YEAR_HEADER.match(line):
        return [m.span() for m in re.finditer(YEAR, line)]
    m = _GLUED_YEARS.match(line)
    if m is None:
        return None
    at = m.start("run")
    spans = [(at + k, at + k + 4) for k in range(0, len(m["run"]), 4)]
    years = [int(line[x:y]) for x, y in spans]
    return spans if all(p < q for p, q in itertools.pairwise(years)) else None

_GLUED_TAIL = re.compile(r"(?P<tail>[-−–]?\s?\d[\d .,/−–-]*?)(?P<mark>[a-z](?:,[a-z])*|\.{3})?\s*$")

_ONE_NUMBER = re.compile(r"[-−–]?\s?(?:0|[1-9]\d{0,2}(?: \d{3})*)(?:\.\d+)?")


def _splits(run: str, n: int, limit: int = 2000) -> list[list[str]]:
    """Every way to read ``run`` as ``n`` numbers (or "a / b" pairs, when the run holds slashes), at most ``limit``."""
    out: list[list[str]] = []
    pair = "/" in run

    def cell_at(pos: int) -> list[int]:
        ends = []
        for m_end in _number_ends(run, pos):
            if not pair:
                ends.append(m_end)
                continue
            sep = re.match(r"\s*/\s*", run[m_end:])
            if sep:
                ends.extend(_number_ends(run, m_end + sep.end()))
        return ends

    def walk(pos: int, acc: list[str]) -> None:
        if len(out) >= limit:
            return
        if len(acc) == n:
            if pos == len(run):
                out.append(list(acc))
            return
        start = pos + (1 if run[pos : pos + 1] == " " and acc else 0)
        for e in cell_at(start):
            acc.append(run[start:e])
            walk(e, acc)
            acc.pop()

    walk(0, [])
    return out


def _number_ends(run: str, pos: int) -> list[int]:
    """The ends of every number of the grammar that begins at ``pos``: "13 94516 283" may hold 1, 13 or 13 945
    (a number ends wherever the next could begin, glued to it)."""
    ends: list[int] = []
    sign = re.match(r"[-−–]\s?", run[pos:])
    p = pos + (sign.end() if sign else 0)
    lead = re.match(r"\d{1,3}", run[p:])
    if not lead:
        return ends
    for k in range(1, len(lead[0]) + 1):
        if k > 1 and run[p] == "0":
            break  # no leading zero: "05" is not a number of these tables
        q = p + k
        heads = [q]
        if k == len(lead[0]):  # thousands grouped by single spaces (or commas) follow only a whole leading group
            while re.match(r"[ ,]\d{3}", run[q : q + 4]):
                q += 4
                heads.append(q)
        for h in heads:
            ends.append(h)
            dec = re.match(r"\.\d+", run[h:])
            if dec:
                ends.extend(h + j for j in range(2, dec.end() + 1))
    return sorted(set(ends))


def _best_split(splits: list[list[str]]) -> list[str] | None:
    import math

    def key(cells: list[str]) -> tuple[int, float]:
        parts = [x.strip() for c in cells for x in c.split("/")]  # "44.0 / 0.2": each side without its spaces
        nums = [_glued_value(x) for x in parts]
        decimals = {len(x.split(".")[1]) if "." in x else 0 for x in parts}
        logs = [math.log10(abs(v)) if v else 0.0 for v in nums if v is not None]
        spread = (max(logs) - min(logs)) if logs else 0.0
        return (len(decimals), spread)

    return min(splits, key=key) if splits else None


def _glued_value(cell: str) -> float | None:
    c = cell.replace(" ", "").replace(",", "").replace("−", "-").replace("–", "-")
    try:
        return float(c)
    except ValueError:
        return None


_PAIR_LABEL = re.compile(r"\(([^()/]+)/([^()/]+)\)")


def _pair_units(label: str) -> list[tuple[str, float]] | None:
    """A label naming a unit on each side of a slash, for cells that are pairs: "(000/% of total pop.)" → thousands
    of people, then per cent (corpus: glued-cells). "(females/males, years)" names no units: None."""
    m = _PAIR_LABEL.search(label)
    if m is None:
        return None
    first, second = unit_of(f"({m[1].strip()})"), unit_of(f"({m[2].strip()})")
    if first is None or second is None:
        return None
    return [("people", u[1]) if u[0] == "count" and _PEOPLE.search(label) else u for u in (first, second)]


def _glued_rows(text: str, lines: list[tuple[int, int]], i: int) -> tuple[Table | None, int]:
    a, b = lines[i]
    years = [(a + x, a + y) for x, y in header_years(text[a:b]) or []]
    n = len(years)
    caption = _caption(text, lines, i)
    cells: list[Cell] = []
    j = i + 1
    while j < len(lines):
        la, lb = lines[j]
        line = text[la:lb]
        if not line.strip() or header_years(line):
            break
        m = _GLUED_TAIL.search(line)
        label = line[: m.start()].strip() if m else ""
        if m is None or not label or not re.search(r"[A-Za-z)]$", label):
            j += 1
            continue
        tail_start = la + m.start("tail") + len(m["tail"]) - len(m["tail"].lstrip())
        run = m["tail"].strip()
        if len(run.split()) == n and m["tail"][:1].isspace():
            j += 1  # "Coal 37.5 33.2": as many figures as years, set apart — a row of the grid, not run together
            continue
        # "0.80.8..." under three years: "..." is the last column's missing value, so the run holds one figure fewer
        best = _best_split(_splits(run, n - 1 if m["mark"] == "..." and n > 1 else n))
        if best is None:
            j += 1
            continue
        unit = unit_of(label) or (("%", 1.0) if re.search(r"\([^()]*%[^()]*\)", label) else None)
        if re.search(r"(?i)life\s+expectancy", label):
            unit = ("years", 1.0)
        rate = re.search(r"(?i)\(per\s+1[ ,]?000\b", label)
        if rate:
            unit = ("per-1000", 1.0)
        if unit and unit[0] == "count" and _PEOPLE.search(label):
            unit = ("people", unit[1])
        names = re.search(r"\(([A-Za-z]+)/([A-Za-z]+)[,)]", label)
        pair_units = None if names else _pair_units(label)  # "(women/men, years)" names the sides, not units
        pos = 0
        for col, cell in enumerate(best):
            at = run.index(cell, pos)
            pos = at + len(cell)
            parts = cell.split("/") if "/" in cell else [cell]
            off = at
            for k, part in enumerate(parts):
                p_at = run.index(part.strip(), off)
                off = p_at + len(part.strip())
                v = _glued_value(part.strip())
                if v is None:
                    continue
                u = pair_units[k] if pair_units and len(parts) == 2 else unit or ("count", 1.0)
                measure = _measure_label(label)
                if len(parts) == 2 and names:
                    measure = f"{measure}, {names[k + 1]}"
                s0 = tail_start + p_at
                cells.append(Cell(s0, s0 + len(part.strip()), part.strip(), v * u[1], None, u[0], measure or None,
                                  text[years[col][0] : years[col][1]], years[col], (la, lb), (a, b), caption,
                                  False))
        j += 1
    if not cells:
        return None, i + 1
    return Table(a, lines[j - 1][1], cells), j
