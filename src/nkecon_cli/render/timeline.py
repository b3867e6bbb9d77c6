"""The timeline view: facts in time order, grouped, with each measure's values drawn as bars."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO, TYPE_CHECKING

from .. import when as _when
from ..factbase import FactBase
from .terminal import KIND_STYLE, PLANNED_KINDS, safe, statement_cell
from .text import one_line, quantity

if TYPE_CHECKING:
    from rich.console import Console

    from ..models import Fact

GROUPS = ("year", "decade", "source")
FULL, RANGE, PLANNED = "█", "▒", "░"


def group_key(base: FactBase, f: Fact, by: str) -> str:
    if by == "source":
        src = base.sources.get(f.source)
        return f"{src.short_name} ({src.date})" if src else f.source
    lo = f.anchor
    if by == "decade":
        return f"{lo.year // 10 * 10}s"
    return str(lo.year)


Scale = dict[tuple[str | None, str | None], float]


def measure_scale(base: FactBase, facts: Sequence[Fact]) -> Scale:
    """Largest value of each (measure, unit) over the whole base, so a bar means the same in every view."""
    wanted = {(f.measure, f.unit) for f in facts if f.measure and f.value is not None}
    scale: Scale = {}
    for f in base.facts:
        key = (f.measure, f.unit)
        if key in wanted and f.value is not None:
            top = max(f.value, f.value_max or f.value)
            scale[key] = max(scale.get(key, 0.0), abs(top))
    return scale


def bar(f: Fact, scale: Scale, width: int) -> str:
    top = scale.get((f.measure, f.unit))
    if f.value is None or not top:
        return ""
    n = max(1, round(abs(f.value) / top * width))
    fill = PLANNED if f.kind in PLANNED_KINDS or f.kind == "estimate" else FULL
    s = fill * n
    if f.value_max is not None and f.value_max > f.value:
        m = max(n, round(abs(f.value_max) / top * width))
        s += RANGE * (m - n)
    return s


def groups(base: FactBase, facts: Sequence[Fact], by: str) -> list[tuple[str, list[Fact]]]:
    out: dict[str, list[Fact]] = {}
    for f in facts:
        out.setdefault(group_key(base, f, by), []).append(f)
    if by == "source":
        order = sorted(out, key=lambda k: min((g.anchor, g.source) for g in out[k]))
        return [(k, out[k]) for k in order]
    return list(out.items())


def render_timeline(base: FactBase, facts: Sequence[Fact], by: str, con: Console, title: str) -> None:
    from rich.rule import Rule
    from rich.table import Table
    from rich.text import Text

    width = con.width
    bar_w = 8 if width < 100 else 16 if width < 140 else 24
    wide = width >= 110
    scale = measure_scale(base, facts)
    date_w = min(12, max((len(_when.label(f.when)) for f in facts), default=4))
    value_w = min(12 if width < 100 else 16 if width < 140 else 24, max((len(quantity(f)) for f in facts), default=0))
    con.print(safe(title, "bold"))
    legend = Text("")
    for kind in sorted({f.kind for f in facts}, key=list(KIND_STYLE).index):
        mark, style = KIND_STYLE[kind]
        legend.append(f"{mark} {kind}  ", style=style)
    con.print(legend)
    if scale:
        con.print(Text(f"{FULL} reported  {PLANNED} planned  {RANGE} range  (bar: share of the series' largest value)",
                       style="dim"))
    for key, items in groups(base, facts, by):
        con.print(Rule(safe(one_line(key), "bold"), align="left", style="dim"))
        t = Table.grid(padding=(0, 1))
        t.add_column(width=date_w, overflow="fold")
        t.add_column(no_wrap=True, width=1)
        t.add_column(ratio=1)
        if value_w:
            t.add_column(justify="right", width=value_w)
        if scale:
            t.add_column(no_wrap=True, width=bar_w)
        if wide:
            t.add_column(no_wrap=True, width=22, overflow="ellipsis")
        t.expand = True
        for f in items:
            mark, style = KIND_STYLE[f.kind]
            src = base.sources.get(f.source)
            short = src.short_name if src else f.source
            row = [safe(_when.label(f.when)), Text(mark, style=style), statement_cell(f, short, wide)]
            if value_w:
                row.append(safe(quantity(f), "bold"))
            if scale:
                row.append(Text(bar(f, scale, bar_w), style="yellow" if f.kind in PLANNED_KINDS else "cyan"))
            if wide:
                row.append(safe(short, "dim"))
            t.add_row(*row)
        con.print(t)
    con.print(Text(f"{len(facts)} fact{'s' if len(facts) != 1 else ''}", style="dim"))


def write_plain_timeline(base: FactBase, facts: Sequence[Fact], by: str, out: IO[str]) -> None:
    """One tab-separated line a fact: group, date label, kind, quantity, statement, source, id."""
    for key, items in groups(base, facts, by):
        for f in items:
            cells = [key, _when.label(f.when), f.kind, quantity(f), f.statement, f.source, f.id]
            out.write("\t".join(one_line(c) for c in cells) + "\n")
