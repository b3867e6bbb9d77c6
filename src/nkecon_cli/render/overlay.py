"""Series side by side on one time axis (``chart --measure A --measure B``), each on its own line
under the time, a letter a series; with ``--index YEAR`` each drawn as an index (YEAR = 100)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..factbase import when as _when
from .terminal import BAR_LEGEND, KIND_STYLE, MORE, bar_style, draw_bar, flow
from .text import HARD, SOFT, atom_width, fitted, glued_date, one_line, quantity, quantity_text, unglue

if TYPE_CHECKING:
    from rich.console import Console

    from ..query.series import Series

Index = dict[str, tuple[float, float | None]]
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _shown(f: Any, index: Index | None) -> Any:
    """The fact as drawn: itself, or a view holding its index in place of its value."""
    if index is None:
        return f
    from ..factbase.views import FactView

    rec = f.model_dump()
    rec["value"], rec["value_max"] = index[f.id]
    rec["unit"] = None
    view = FactView(rec)
    if getattr(f, "converted", None) is not None:
        view.__dict__["converted"] = f.converted
    return view


def timeline_rows(drawn: Sequence[Series]) -> list[tuple[str, list[tuple[int, Any]]]]:
    """(time label, [(series number, fact)]) in time order: every time any series has a figure."""
    at: dict[str, list[tuple[int, Any]]] = {}
    keys: dict[str, tuple] = {}
    for n, s in enumerate(drawn):
        for f in s.points:
            if f.value is None:
                continue
            at.setdefault(f.when, []).append((n, f))
            keys[f.when] = _when.order_key(f.when)
    return [(_when.label(w), at[w]) for w in sorted(at, key=lambda w: (keys[w], w))]


def _value_text(f: Any, index: Index | None) -> str:
    if index is None:
        return quantity(f).replace(" ", SOFT)
    lo, hi = index[f.id]
    text = quantity_text(lo, hi, f.approx)
    if getattr(f, "converted", None) is not None:
        text += " (converted)"
    return text.replace(" ", SOFT)


def render_overlay(drawn: Sequence[Series], con: Console, index: dict[str, Index] | None, year: int | None) -> None:
    """A row a time a series: time, letter, bar on one scale, value, kind mark."""
    from rich.table import Table
    from rich.text import Text

    from ..query.series import unit_of

    rows = timeline_rows(drawn)
    idx = {s.name: index[s.name] for s in drawn} if index is not None else None
    top = 0.0
    for s in drawn:
        for f in s.points:
            if f.value is None:
                continue
            g = _shown(f, idx[s.name] if idx else None)
            top = max(top, abs(g.value), abs(g.value_max or 0))
    heading = (f"{len(drawn)} series on one axis" if len(drawn) > 1 else "one series") + (
        f", {'each ' if len(drawn) > 1 else ''}as an index ({year}{HARD}={HARD}100)" if year else "")
    flow(con, [(heading, "bold")])
    for n, s in enumerate(drawn):
        unit = "index" if year else unit_of(s)
        flow(con, [(f"{LETTERS[n % 26]}", "bold"), (one_line(s.measure), ""), (f"({unit})" if unit else "", "dim")],
             indent=2)
    kinds = sorted({f.kind for _, pts in rows for _, f in pts}, key=list(KIND_STYLE).index)
    flow(con, [(f"{KIND_STYLE[k][0]}{HARD}{k}", KIND_STYLE[k][1]) for k in kinds])
    labels = [glued_date(lbl) for lbl, _ in rows]
    label_w = max((atom_width(lbl) for lbl in labels), default=4)
    label_w = max(label_w, min(max((len(unglue(lbl)) for lbl in labels), default=4), label_w + 8))
    values = [_value_text(f, idx[drawn[n].name] if idx else None) for _, pts in rows for n, f in pts]
    value_w = max((len(unglue(v)) for v in values), default=1)
    room = con.width - label_w - value_w - 2 - 1 - 4
    if room < 10:
        value_w = max(max((atom_width(v) for v in values), default=1), value_w - (10 - room))
        room = con.width - label_w - value_w - 2 - 1 - 4
    bar_w = max(4, min(room, 50))
    t = Table.grid(padding=(0, 1))
    t.add_column(justify="right", width=label_w)
    t.add_column(width=1, no_wrap=True)
    t.add_column(no_wrap=True, width=bar_w + 1)
    t.add_column(justify="right", width=value_w)
    t.add_column(width=1, no_wrap=True)
    k = 0
    for (_, pts), glued in zip(rows, labels, strict=True):
        for i, (n, f) in enumerate(pts):
            g = _shown(f, idx[drawn[n].name] if idx else None)
            mark, style = KIND_STYLE[f.kind]
            t.add_row(Text(fitted(glued, label_w) if i == 0 else ""), Text(LETTERS[n % 26], style="bold"),
                      Text(draw_bar(g, top, bar_w, more=True), style=bar_style(f)),
                      Text(fitted(values[k], value_w), style="bold"), Text(mark, style=style))
            k += 1
    con.print(t)
    scale = quantity_text(top, None, None, None if year else unit_of(drawn[0]) or None)
    flow(con, [(f"scale: full{HARD}bar{HARD}={HARD}{scale.replace(' ', HARD)}", "dim"),
               (BAR_LEGEND + f" {MORE}{HARD}more{HARD}than", "dim")])


OVERLAY_COLUMNS = ("label", "measure", "value", "value_max", "unit", "approx", "kind", "id", "index", "index_max",
                   "converted_from")


def overlay_records(drawn: Sequence[Series], index: dict[str, Index] | None) -> list[dict[str, Any]]:
    """A record a figure, in time order: the figure, its index (null without --index), what it was converted from."""
    out = []
    for label, pts in timeline_rows(drawn):
        for n, f in pts:
            s = drawn[n]
            lo, hi = index[s.name][f.id] if index is not None else (None, None)
            was = getattr(f, "converted", None)
            out.append({"label": label, "measure": s.measure, "value": f.value, "value_max": f.value_max,
                        "unit": f.unit, "approx": f.approx, "kind": f.kind, "id": f.id, "index": lo,
                        "index_max": hi, "converted_from": was.unit if was is not None else None})
    return out
