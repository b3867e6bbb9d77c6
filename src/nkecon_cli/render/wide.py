"""``export --format wide``: a time × measure table for a spreadsheet's pivot.

CSV (RFC 4180), one row per time a figure is attested (the fact's ``when``, in time order), one
column per series — measure and unit, the unit in the header: ``zinc output (t)``,
``electrolytic zinc output capacity, Nampo (t/year)``. An exact figure is a plain number; a range
is ``LOW..HIGH`` and a qualified figure keeps its words (``more than 12000``), so no cell claims
more than its fact; two figures of one series at one time share the cell, ``; `` between them.
A converted figure (``--convert``) is marked in its header: ``aid (RUB-1961, converted)``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO, Any

from ..factbase import when as _when
from .records import guard_formula
from .text import APPROX_WORDS, plain


def column(f: Any) -> str:
    unit = f"{f.unit}/{f.per}" if f.unit and f.per else f.unit or f.per or ""
    if getattr(f, "converted", None) is not None:
        unit += ", converted"
    return f"{f.measure} ({unit})" if unit else str(f.measure)


def cell(f: Any) -> str:
    v = plain(f.value)
    if f.value_max is not None and f.value_max != f.value:
        v = f"{v}..{plain(f.value_max)}"
    return APPROX_WORDS.get(f.approx or "", "") + v


def wide_rows(facts: Iterable[Any]) -> tuple[list[str], list[dict[str, str]]]:
    """The header (``when``, then a column a series by name) and the rows, one a time.

    One pass over the facts, keeping only the cells: the pivot needs every series before its
    header, so it holds the figures' cells, never the facts."""
    columns: set[str] = set()
    by_time: dict[str, dict[str, list[str]]] = {}
    for f in facts:
        if not (f.measure and f.value is not None):
            continue
        col = column(f)
        columns.add(col)
        by_time.setdefault(f.when, {}).setdefault(col, []).append(cell(f))
    order = {w: _when.order_key(w) for w in by_time}
    rows = []
    for when in sorted(by_time, key=lambda w: (order[w], w)):
        row = {"when": when}
        row.update({c: "; ".join(vs) for c, vs in by_time[when].items()})
        rows.append(row)
    return ["when", *sorted(columns, key=lambda c: (c.casefold(), c))], rows


def write_wide(facts: Iterable[Any], out: IO[str]) -> None:
    header, rows = wide_rows(facts)
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow([guard_formula(h) for h in header])
    place = {c: n for n, c in enumerate(header)}
    empty = [""] * len(header)  # most cells of a wide table are empty (and an empty cell needs no guard)
    for r in rows:
        cells = empty.copy()
        for c, v in r.items():
            cells[place[c]] = guard_formula(v)
        w.writerow(cells)
