"""One measure's series as a terminal chart: a row a year, gaps shown, ranges as spans."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO, TYPE_CHECKING

from ..factbase import when as _when
from .terminal import BAR_LEGEND, KIND_STYLE, MORE, bar_style, draw_bar, flow
from .text import (
    HARD,
    atom_width,
    fitted,
    glue_quantity,
    glued_date,
    glued_quantity,
    one_line,
    plain,
    unglue,
    with_unit,
)

if TYPE_CHECKING:
    from rich.console import Console

    from ..factbase.records import Fact


def rows(points: Sequence[Fact]) -> list[tuple[str, Fact | None]]:
    """(label, fact) rows in time order; a year with no point between two points is a gap row."""
    out: list[tuple[str, Fact | None]] = []
    prev_year: int | None = None
    yearly = all(f.span[0].year == f.span[1].year for f in points)
    for f in points:
        y = f.span[0].year
        if yearly and prev_year is not None and y - prev_year > 1:
            gap = str(prev_year + 1) if y - prev_year == 2 else f"{prev_year + 1}–{y - 1}"
            out.append((gap, None))
        out.append((_when.label(f.when), f))
        prev_year = f.span[1].year
    return out


def render_chart(measure: str, points: Sequence[Fact], con: Console) -> None:
    """Label, bar, value and kind a row; the bar takes the room left, the kind goes first when
    there is too little, and a value wraps between its words, never inside its number."""
    from rich.table import Table
    from rich.text import Text

    unit = points[0].unit or ""
    top = max(max(f.value or 0, f.value_max or 0) for f in points)
    labelled = rows(points)
    labels = [glued_date(lbl) for lbl, _ in labelled]
    label_w = min(max(len(unglue(lbl)) for lbl in labels), max(atom_width(lbl) for lbl in labels) + 12)
    label_w = max(label_w, max(atom_width(lbl) for lbl in labels))
    values = [glued_quantity(f) if f else "" for _, f in labelled]
    value_w = max(len(unglue(v)) for v in values)
    kind_w = max(len(f.kind) + 2 for _, f in labelled if f)
    room = con.width - label_w - value_w - kind_w - 3
    if room < 10:  # the kind as its mark only, then the value over two lines
        kind_w = 1
        room = con.width - label_w - value_w - kind_w - 3
    if room < 10:
        value_w = max(max(atom_width(v) for v in values), value_w - (10 - room))
        room = con.width - label_w - value_w - kind_w - 3
    bar_w = max(4, min(room, 61)) - 1  # and one cell for "more than"
    flow(con, [(f"{measure} ({unit})" if unit else measure, "bold")])
    t = Table.grid(padding=(0, 1))
    t.add_column(justify="right", width=label_w)
    t.add_column(no_wrap=True, width=bar_w + 1)
    t.add_column(justify="right", width=value_w)
    t.add_column(no_wrap=True, style="dim", width=kind_w)
    for (_, f), glued, value in zip(labelled, labels, values, strict=True):
        if f is None:
            t.add_row(Text(fitted(glued, label_w), style="dim"), Text("· no figure"[:bar_w + 1], style="dim"),
                      Text(""), Text(""))
            continue
        mark, style = KIND_STYLE[f.kind]
        t.add_row(
            Text(fitted(glued, label_w)),
            Text(draw_bar(f, top, bar_w, more=True), style=bar_style(f)),
            Text(fitted(value, value_w), style="bold"),
            Text(f"{mark} {f.kind}" if kind_w > 1 else mark, style=style),
        )
    con.print(t)
    flow(con, [(f"scale: full{HARD}bar{HARD}={HARD}{glue_quantity(with_unit(top, unit))};", "dim"),
               (BAR_LEGEND + f" {MORE}{HARD}more{HARD}than", "dim")])


def write_plain_chart(points: Sequence[Fact], out: IO[str], converted: bool = False) -> None:
    """Tab-separated: date label, value, value_max, unit, approx, kind, fact id ('' for gaps), measure;
    with ``converted`` (``--convert``) also the unit a figure was converted from ('' if none)."""
    measure = one_line(points[0].measure or "") if points else ""
    for lbl, f in rows(points):
        if f is None:
            out.write(f"{lbl}\t\t\t\t\tgap\t\t{measure}" + ("\t" if converted else "") + "\n")
            continue
        cells = [lbl, plain(f.value), plain(f.value_max), one_line(f.unit or ""), f.approx or "", f.kind, f.id, measure]
        if converted:
            was = getattr(f, "converted", None)
            cells.append(was.unit if was is not None else "")
        out.write("\t".join(cells) + "\n")
