"""The timeline view: facts in time order, grouped, with each measure's values drawn as bars."""

from __future__ import annotations

from ..factbase import when as _when
from ..query.grouping import counted, groups
from .text import HARD, SOFT, atom_width, fitted, glued_date, glued_quantity, one_line, quantity, unglue

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import IO

    from rich.console import Console

    from ..factbase.base import FactBase
    from ..factbase.records import Fact

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
    from .terminal import draw_bar

    top = scale.get((f.measure, f.unit))
    return draw_bar(f, top or 0.0, width)


def render_timeline(base: FactBase, facts: Sequence[Fact], by: str, con: Console, title: str) -> None:
    """Groups of facts in time order; a row a fact when every column fits whole, else a block a fact."""
    from rich.rule import Rule
    from rich.table import Table
    from rich.text import Text

    from .terminal import BAR_LEGEND, KIND_STYLE, PLANNED_KINDS, bar_style, flow, safe, statement_cell  # a terminal's

    width = con.width
    bar_w = 8 if width < 100 else 16 if width < 140 else 24
    wide = width >= 110
    scale = measure_scale(base, facts)
    dates = {f.id: glued_date(_when.label(f.when)) for f in facts}
    values = {f.id: glued_quantity(f) for f in facts}
    date_w = max((atom_width(d) for d in dates.values()), default=4)
    value_w = min(12 if width < 100 else 16 if width < 140 else 24, max((len(unglue(v)) for v in values.values()),
                                                                        default=0))
    value_w = max(value_w, max((atom_width(v) for v in values.values()), default=0))
    shorts = {f.source: (base.sources[f.source].short_name if f.source in base.sources else f.source) for f in facts}
    src_w = min(24, max((len(s) for s in shorts.values()), default=0))
    fixed = date_w + 2 + (value_w + 1 if value_w else 0) + (bar_w + 1 if scale else 0) + (src_w + 1 if wide else 0)
    rows = width - fixed >= max(28, max((len(f.id) for f in facts), default=0))  # room for an id, whole
    flow(con, [(title, "bold")])
    legend = [(f"{mark}{HARD}{kind}", style) for kind in sorted({f.kind for f in facts}, key=list(KIND_STYLE).index)
              for mark, style in (KIND_STYLE[kind],)]
    flow(con, legend)
    if scale:
        flow(con, [(BAR_LEGEND + f" (bar:{HARD}share{HARD}of the series' peak)", "dim")])
    grouped = groups(base, facts, by)
    if by not in ("year", "decade") and len(grouped) > 1:  # the voices at a glance, before each in turn
        pieces = [(f"by{HARD}{by}:", "dim")]
        for n, (k, v) in enumerate(grouped):
            pieces.append((f"{one_line(k).replace(' ', SOFT)}{HARD}({len(v)})" + ("," if n < len(grouped) - 1 else ""),
                           ""))
        flow(con, pieces)
    for key, items in grouped:
        con.print(Rule(safe(one_line(counted(key, len(items))), "bold"), align="left", style="dim"))
        if not rows:
            for f in items:
                mark, style = KIND_STYLE[f.kind]
                src = base.sources.get(f.source)
                short = src.short_name if src else f.source
                head = [(dates[f.id], "bold"), (f"{mark}{HARD}{f.kind}", style), (values[f.id], "bold")]
                if scale and f.value is not None:
                    head.append((bar(f, scale, bar_w), bar_style(f)))
                flow(con, head)
                flow(con, [(one_line(f.statement), "italic" if f.kind in PLANNED_KINDS else "")], indent=2)
                flow(con, [(f.id, "cyan"), ("·", "dim"), (short.replace(" ", SOFT), "dim")], indent=2)
            continue
        t = Table.grid(padding=(0, 1))
        t.add_column(width=date_w)
        t.add_column(no_wrap=True, width=1)
        t.add_column(ratio=1)
        if value_w:
            t.add_column(justify="right", width=value_w)
        if scale:
            t.add_column(no_wrap=True, width=bar_w)
        if wide:
            t.add_column(width=src_w)
        t.expand = True
        for f in items:
            mark, style = KIND_STYLE[f.kind]
            src = base.sources.get(f.source)
            short = src.short_name if src else f.source
            statement = statement_cell(f, short, wide)
            statement.append("\n" + f.id, style="dim")
            row = [safe(fitted(dates[f.id], date_w)), Text(mark, style=style), statement]
            if value_w:
                row.append(safe(fitted(values[f.id], value_w), "bold"))
            if scale:
                row.append(Text(bar(f, scale, bar_w), style=bar_style(f)))
            if wide:
                row.append(safe(fitted(short, src_w), "dim"))
            t.add_row(*row)
        con.print(t)
    con.print(Text(f"{len(facts)} fact{'s' if len(facts) != 1 else ''}", style="dim"))


def write_plain_timeline(base: FactBase, facts: Sequence[Fact], by: str, out: IO[str]) -> None:
    """The columns of piped ``facts`` (id, when, kind, quantity, measure, statement, source), then the group."""
    for key, items in groups(base, facts, by):
        for f in items:
            cells = [f.id, f.when, f.kind, quantity(f), f.measure or "", f.statement, f.source, key]
            out.write("\t".join(one_line(c) for c in cells) + "\n")
