"""Rich views for people at a terminal: fact tables, topic tree, gazetteer, sources.

Data from the fact base always goes into rich ``Text`` objects made ``inert`` first, never into
markup strings, so a ``[bold]`` or an escape code in a quote is shown, not obeyed. The console
itself is a second line of defence: it parses no markup in plain strings (titles, rules) and
passes every segment it writes through the same sanitiser.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import IO, TYPE_CHECKING

from ..factbase import FactBase
from ..inert import inert
from ..models import Fact
from .text import one_line, plain, printable, quantity

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions
    from rich.segment import Segment
    from rich.text import Text

KIND_STYLE = {
    "statistic": ("●", "bold green"),
    "capacity": ("◆", "cyan"),
    "target": ("◎", "yellow"),
    "estimate": ("≈", "magenta"),
    "plan": ("▷", "yellow"),
    "directive": ("➤", "bright_blue"),
    "event": ("■", "white"),
    "assessment": ("✎", "bright_black"),
}
PLANNED_KINDS = frozenset({"target", "plan", "directive"})


class _InertRenderable:
    """Renders what it wraps, with every text segment passed through ``inert``."""

    def __init__(self, inner: object):
        self.inner = inner

    def __rich_console__(self, con: Console, options: ConsoleOptions) -> Iterator[Segment]:
        from rich.segment import Segment

        for seg in con.render(self.inner, options):  # type: ignore[arg-type]
            if seg.control or not seg.text:
                yield seg
            else:
                yield Segment(inert(seg.text), seg.style)


class _InertHook:
    """A rich render hook: whatever a view prints, no control code in it reaches the terminal."""

    def process_renderables(self, renderables: list[object]) -> list[object]:
        return [_InertRenderable(r) for r in renderables]


def console(out: IO[str], width: int | None = None) -> Console:
    from rich.console import Console, RenderHook

    # NO_COLOR is honoured by rich itself; COLUMNS (or --width) fixes the width for tests.
    w = width or (int(os.environ["COLUMNS"]) if os.environ.get("COLUMNS", "").isdigit() else None)
    con = Console(file=out, width=w, highlight=False, emoji=False, soft_wrap=False, markup=False)
    hook: RenderHook = _InertHook()  # type: ignore[assignment]
    con.push_render_hook(hook)
    return con


def safe(s: str | None, style: str = "") -> Text:
    from rich.text import Text

    return Text(printable(s or ""), style=style)


def facts_table(base: FactBase, facts: Sequence[Fact], con: Console, title: str | None = None) -> None:
    from rich.table import Table
    from rich.text import Text

    from .. import when as _when

    wide = con.width >= 110
    t = Table(title=safe(title) if title else None, header_style="bold", pad_edge=False, expand=True)
    t.add_column("when", no_wrap=True, max_width=18)
    t.add_column("", no_wrap=True, width=1)
    t.add_column("statement", ratio=1, min_width=20)
    has_values = any(f.value is not None for f in facts)
    if has_values:
        t.add_column("value", justify="right", max_width=24)
    if wide:
        t.add_column("source", no_wrap=True, max_width=24, overflow="ellipsis")
        t.add_column("id", style="dim", no_wrap=True, max_width=44, overflow="ellipsis")
    for f in facts:
        src = base.sources.get(f.source)
        short = src.short_name if src else f.source
        mark, style = KIND_STYLE[f.kind]
        statement = Text(one_line(f.statement), style="italic" if f.kind in PLANNED_KINDS else "")
        if not wide:
            statement.append(f"  {one_line(short)}", style="dim")
        row = [safe(_when.label(f.when)), Text(mark, style=style), statement]
        if has_values:
            row.append(safe(quantity(f), "bold"))
        if wide:
            row += [safe(short, "dim"), safe(f.id)]
        t.add_row(*row)
    if facts:
        con.print(t)
    legend = Text(f"{len(facts)} fact{'s' if len(facts) != 1 else ''}   ", style="dim")
    for kind in sorted({f.kind for f in facts}, key=list(KIND_STYLE).index):
        mark, style = KIND_STYLE[kind]
        legend.append(f"{mark} {kind}  ", style=style)
    con.print(legend)


def topics_tree(base: FactBase, con: Console) -> None:
    from rich.text import Text
    from rich.tree import Tree

    from ..query import topic_counts

    _, total = topic_counts(base)
    children: dict[str | None, list[str]] = {}
    for t in base.topics.values():
        children.setdefault(t.parent if t.parent in base.topics else None, []).append(t.id)
    root = Tree(Text("topics", style="bold"), guide_style="dim")

    def add(node: Tree, tid: str) -> None:
        t = base.topics[tid]
        label = Text(printable(t.id), style="bold" if total[tid] else "dim")
        label.append(f"  {printable(t.label)}", style="")
        label.append(f"  {total[tid]}", style="cyan")
        branch = node.add(label)
        for c in children.get(tid, []):
            add(branch, c)

    for tid in children.get(None, []):
        add(root, tid)
    con.print(root)


def simple_table(rows: list[dict[str, object]], columns: Sequence[str], con: Console, title: str | None = None,
                 wrap: Sequence[str] = (), numeric: Sequence[str] = ("facts", "direct")) -> None:
    """A plain listing; ``wrap`` columns take the spare width, numbers stay whole and right-aligned."""
    from rich.table import Table

    t = Table(title=safe(title) if title else None, header_style="bold", pad_edge=False, expand=con.width < 120)
    for c in columns:
        if c in numeric:
            t.add_column(c, justify="right", no_wrap=True)
        else:
            t.add_column(c, overflow="fold", ratio=3 if c in wrap else 1)
    for r in rows:
        t.add_row(*(safe(one_line(plain(r.get(c)))) for c in columns))
    con.print(t)


def cards(rows: list[dict[str, object]], head: Sequence[str], meta: Sequence[str], body: Sequence[str],
          con: Console, title: str | None = None) -> None:
    """Records as short blocks, readable at any width: bold head, dim meta line, indented body."""
    from rich.padding import Padding
    from rich.text import Text

    if title:
        con.print(safe(title, "bold"))
    for r in rows:
        line = Text()
        for i, key in enumerate(head):
            line.append(("  " if i else "") + one_line(plain(r.get(key))), style="bold" if i == 0 else "")
        extras = [f"{one_line(plain(r.get(k)))} {k}" if k in ("facts", "direct") else one_line(plain(r.get(k)))
                  for k in meta if r.get(k) not in (None, "", [])]
        meta_text = " · ".join(extras)
        if extras and line.cell_len + 2 + len(meta_text) <= con.width:
            line.append("  " + meta_text, style="dim")
            con.print(line)
        else:
            con.print(line)
            if extras:
                con.print(Padding(Text(meta_text, style="dim", overflow="fold"), (0, 0, 0, 4)))
        for key in body:
            value = one_line(plain(r.get(key)))
            if value:
                con.print(Padding(Text(value, overflow="fold"), (0, 0, 0, 4)))
    con.print(Text(f"{len(rows)} record{'s' if len(rows) != 1 else ''}", style="dim"))
