"""One measure's series as a terminal chart: a row a year, gaps shown, ranges as spans."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO, TYPE_CHECKING

from .. import when as _when
from .terminal import KIND_STYLE, PLANNED_KINDS
from .text import number, one_line, plain, quantity

if TYPE_CHECKING:
    from rich.console import Console

    from ..models import Fact

FULL, RANGE, PLANNED, MORE = "█", "▒", "░", "▸"


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


def bar(f: Fact, top: float, width: int) -> str:
    if f.value is None or top <= 0:
        return ""
    n = max(1, round(abs(f.value) / top * width))
    s = (PLANNED if f.kind in PLANNED_KINDS or f.kind == "estimate" else FULL) * n
    if f.value_max is not None and f.value_max > f.value:
        s += RANGE * (max(n, round(f.value_max / top * width)) - n)
    if f.approx in ("more-than", "at-least"):
        s += MORE
    return s


def render_chart(measure: str, points: Sequence[Fact], con: Console) -> None:
    from rich.table import Table
    from rich.text import Text

    unit = points[0].unit or ""
    top = max(max(f.value or 0, f.value_max or 0) for f in points)
    label_w = max(len(lbl) for lbl, _ in rows(points))
    bar_w = max(10, con.width - label_w - 40)
    con.print(Text(one_line(f"{measure} ({unit})"), style="bold"))
    t = Table.grid(padding=(0, 1))
    t.add_column(no_wrap=True, justify="right")
    t.add_column(no_wrap=True)
    t.add_column(no_wrap=True, justify="right")
    t.add_column(no_wrap=True, style="dim")
    for lbl, f in rows(points):
        if f is None:
            t.add_row(Text(lbl, style="dim"), Text("· no figure", style="dim"), Text(""), Text(""))
            continue
        mark, style = KIND_STYLE[f.kind]
        t.add_row(
            Text(lbl),
            Text(bar(f, top, bar_w), style="yellow" if f.kind in PLANNED_KINDS else "cyan"),
            Text(one_line(quantity(f)), style="bold"),
            Text(f"{mark} {f.kind}", style=style),
        )
    con.print(t)
    con.print(Text(f"scale: full bar = {number(top)} {one_line(unit)}; {FULL} reported  {PLANNED} planned  "
                   f"{RANGE} range  {MORE} more than", style="dim"))


def write_plain_chart(points: Sequence[Fact], out: IO[str]) -> None:
    """Tab-separated: date label, value, value_max, unit, approx, kind, fact id ('' for gaps)."""
    for lbl, f in rows(points):
        if f is None:
            out.write(f"{lbl}\t\t\t\t\tgap\t\n")
            continue
        cells = [lbl, plain(f.value), plain(f.value_max), one_line(f.unit or ""), f.approx or "", f.kind, f.id]
        out.write("\t".join(cells) + "\n")
