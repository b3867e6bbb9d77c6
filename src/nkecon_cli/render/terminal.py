"""Rich views for people at a terminal: fact tables, topic tree, gazetteer, sources.

Data from the fact base always goes into rich ``Text`` objects made ``inert`` first, never into
markup strings, so a ``[bold]`` or an escape code in a quote is shown, not obeyed. The console
itself is a second line of defence: it parses no markup in plain strings (titles, rules) and
passes every segment it writes through the same sanitiser.
"""

from __future__ import annotations

import os

from ..factbase.inert import inert
from .text import (
    HARD,
    SOFT,
    atom_width,
    atoms,
    break_id,
    fitted,
    glued_date,
    glued_quantity,
    one_line,
    plain,
    printable,
    unglue,
)

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from typing import IO

    from rich.console import Console, ConsoleOptions
    from rich.measure import Measurement
    from rich.segment import Segment
    from rich.text import Text

    from ..factbase.base import FactBase
    from ..factbase.records import Fact

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

# Bars: what was reported, estimated or planned, drawn apart; a range's upper part; "more than".
FULL, ESTIMATED, PLANNED, RANGE, MORE = "█", "▓", "░", "▒", "▸"
BAR_LEGEND = f"{FULL}\u00a0reported {ESTIMATED}\u00a0estimated {PLANNED}\u00a0planned {RANGE}\u00a0range"


def draw_bar(f: Fact, top: float, width: int, more: bool = False) -> str:
    """A figure's bar, ``width`` cells for ``top``: its fill says reported, estimated or planned."""
    if f.value is None or top <= 0:
        return ""
    n = max(1, round(abs(f.value) / top * width))
    fill = PLANNED if f.kind in PLANNED_KINDS else ESTIMATED if f.kind == "estimate" else FULL
    s = fill * n
    if f.value_max is not None and f.value_max > f.value:
        s += RANGE * (max(n, round(abs(f.value_max) / top * width)) - n)
    if more and f.approx in ("more-than", "at-least"):
        s += MORE
    return s


def bar_style(f: Fact) -> str:
    return "yellow" if f.kind in PLANNED_KINDS else "magenta" if f.kind == "estimate" else "cyan"


class Inert:
    """Renders what it wraps with every text segment passed through ``inert`` and cut at newlines.

    Cutting matters for size: rich renders a long wrapped text as one segment holding every line,
    then splits it with one ``str.partition`` a line, copying the rest each time (quadratic: a
    10-million-character note took a minute). Segments of one line each keep that linear.
    """

    def __init__(self, inner: object):
        self.inner = inner

    def __rich_console__(self, con: Console, options: ConsoleOptions) -> Iterator[Segment]:
        from rich.segment import Segment

        for seg in con.render(self.inner, options):  # type: ignore[arg-type]
            if seg.control or not seg.text:
                yield seg
            elif "\n" not in seg.text:
                yield Segment(inert(seg.text), seg.style)
            else:
                parts = seg.text.split("\n")
                for i, part in enumerate(parts):
                    if i:
                        yield Segment("\n", seg.style)
                    if part:
                        yield Segment(inert(part), seg.style)

    def __rich_measure__(self, con: Console, options: ConsoleOptions) -> Measurement:
        from rich.measure import Measurement

        return Measurement.get(con, options, self.inner)  # type: ignore[arg-type]


LONG = 4096  # characters: past this, a value is folded by ``Folded`` rather than by rich


class Folded:
    """A long text folded to the width available, in time linear in its length.

    Rich wraps text at about a microsecond a character, on top of its layout; a 10-million-
    character note would take many seconds. Past ``LONG`` characters, values are folded here
    instead: at the last space that fits (ASCII text) or at the width (any text), one segment a
    line. ``pieces`` are (text, style) pairs, folded as one text.
    """

    def __init__(self, pieces: Sequence[tuple[str, str]]):
        self.pieces = [(inert(t), style) for t, style in pieces]

    def __rich_measure__(self, con: Console, options: ConsoleOptions) -> Measurement:
        from rich.measure import Measurement

        return Measurement(min(10, options.max_width), options.max_width)

    def __rich_console__(self, con: Console, options: ConsoleOptions) -> Iterator[Segment]:
        from rich.cells import cell_len
        from rich.segment import Segment

        width = max(1, options.max_width)
        newline = Segment.line()
        col = 0
        for text, style_name in self.pieces:
            style = con.get_style(style_name) if style_name else None
            for k, para in enumerate(text.split("\n")):
                if k:
                    yield newline
                    col = 0
                narrow = para.isascii()
                i, n = 0, len(para)
                while i < n:
                    room = width - col
                    if narrow:
                        j = min(n, i + room)
                        if j < n:
                            space = para.rfind(" ", i, j + 1)
                            if space > i:
                                j = space + 1
                        used = j - i
                    else:
                        j, used = i, 0
                        while j < n:
                            w = cell_len(para[j])
                            if used + w > room and used:
                                break
                            used += w
                            j += 1
                    yield Segment(para[i:j], style)
                    col += used
                    i = j
                    if col >= width or i < n:
                        yield newline
                        col = 0
        yield newline


def statement_cell(f: Fact, short: str, wide: bool) -> Text:
    """A fact's statement for a table row (italic when planned), its source's name after it when narrow."""
    from rich.text import Text

    statement = Text(one_line(clip(f.statement)), style="italic" if f.kind in PLANNED_KINDS else "")
    if not wide:
        statement.append(f"  {one_line(clip(short))}", style="dim")
    return statement


class _InertHook:
    """A rich render hook: whatever a view prints, no control code in it reaches the terminal."""

    def process_renderables(self, renderables: list[object]) -> list[object]:
        return [r if isinstance(r, Folded) else Inert(r) for r in renderables]  # Folded is inert already


def console(out: IO[str], width: int | None = None) -> Console:
    from rich.console import Console, RenderHook

    # NO_COLOR is honoured by rich itself; COLUMNS (or --width) fixes the width for tests.
    w = width or (int(os.environ["COLUMNS"]) if os.environ.get("COLUMNS", "").isdigit() else None)
    con = Console(file=out, width=w, highlight=False, emoji=False, soft_wrap=False, markup=False)
    hook: RenderHook = _InertHook()  # type: ignore[assignment]
    con.push_render_hook(hook)
    con.on_broken_pipe = _broken_pipe  # type: ignore[method-assign]
    return con


def _broken_pipe() -> None:
    """rich would exit 1 on a closed pipe; the command line ends it quietly with the command's verdict."""
    import errno

    raise BrokenPipeError(errno.EPIPE, "the reader closed the pipe")


def clip(s: str) -> str:
    """A value for a listing: past ``LONG`` characters, cut, saying how much is left out.

    Listings are for scanning; ``show``, plain lines and JSON carry every character. Cutting here
    keeps a table of facts linear in the number of facts, whatever the size of one of them.
    """
    if len(s) <= LONG:
        return s
    return f"{s[:LONG]} … (+{len(s) - LONG:,} characters)"


def safe(s: str | None, style: str = "") -> Text:
    """Data as rich ``Text``: inert, never markup, cut past ``LONG`` characters."""
    from rich.text import Text

    return Text(printable(clip(s or "")), style=style)


def flow(con: Console, pieces: Sequence[tuple[str, str]], indent: int = 0,
         lead: tuple[str, str] | None = None) -> None:
    """Print (glued text, style) pieces as lines no wider than the console, broken only between
    atoms (``text.fit``): a date, a number with its unit, an id stay whole. An atom wider than the
    line is printed whole on a line of its own, for the terminal to wrap: cut, it could not be copied.
    ``lead`` (a field name) fills the indent of the first line.
    """
    from rich.cells import cell_len
    from rich.text import Text

    width = max(1, con.width - indent)
    line = Text(" " * indent)
    if lead is not None:
        name = printable(lead[0])[:max(0, indent - 1)]
        line = Text(name, style=lead[1]) + Text(" " * (indent - cell_len(name)))
    used = 0
    for text, style in pieces:
        for atom in atoms(printable(clip(text)), width):
            shown = unglue(atom)
            n = cell_len(shown)
            if used and used + 1 + n > width:
                con.print(line, soft_wrap=True)
                line, used = Text(" " * indent), 0
            if n > width and not used:
                if line.plain.strip():  # the field name, on its own line
                    con.print(line, soft_wrap=True)
                line = Text(" " * indent)
                pieces_of = break_id(shown, width)  # an id breaks after its own hyphens; a URL stays whole
                for piece in pieces_of[:-1]:
                    con.print(Text(" " * indent) + Text(piece, style=style), soft_wrap=True)
                last = pieces_of[-1]
                if len(pieces_of) > 1 and cell_len(last) < width:
                    line.append(last, style=style)
                    used = cell_len(last)
                else:
                    con.print(Text(" " * indent if len(pieces_of) > 1 else "") + Text(last, style=style),
                              soft_wrap=True)
                continue
            if used:
                line.append(" ")
                used += 1
            line.append(shown, style=style)
            used += n
    if used or line.plain.strip():
        con.print(line, soft_wrap=True)


def facts_table(base: FactBase, facts: Sequence[Fact], con: Console, title: str | None = None) -> None:
    """A table when every column fits whole (ids and numbers never cut), else a block a fact."""
    from rich.table import Table
    from rich.text import Text

    from ..factbase import when as _when

    dates = [glued_date(_when.label(f.when)) for f in facts]
    values = [glued_quantity(f) for f in facts]
    shorts = []
    for f in facts:
        src = base.sources.get(f.source)
        shorts.append(src.short_name if src else f.source)
    id_w = max((len(f.id) for f in facts), default=2)
    date_w = max((atom_width(d) for d in dates), default=4)
    value_w = min(24, max((len(unglue(v)) for v in values), default=0))
    value_w = max(value_w, max((atom_width(v) for v in values), default=0))
    src_w = min(24, max((len(s) for s in shorts), default=6))
    cols = [date_w, 1, 30, value_w, src_w, id_w] if value_w else [date_w, 1, 30, src_w, id_w]
    if facts and sum(cols) + 3 * len(cols) + 1 > con.width:
        _fact_blocks(facts, dates, values, shorts, con, title)
        return
    t = Table(title=safe(title) if title else None, header_style="bold", pad_edge=False, expand=True)
    t.add_column("when", width=date_w)
    t.add_column("", no_wrap=True, width=1)
    t.add_column("statement", ratio=1, min_width=30)
    if value_w:
        t.add_column("value", justify="right", width=value_w)
    t.add_column("source", width=src_w)
    t.add_column("id", style="dim", no_wrap=True, min_width=id_w)
    for f, d, v, short in zip(facts, dates, values, shorts, strict=True):
        mark, style = KIND_STYLE[f.kind]
        row = [safe(fitted(d, date_w)), Text(mark, style=style), statement_cell(f, short, True)]
        if value_w:
            row.append(safe(fitted(v, value_w), "bold"))
        row += [safe(fitted(short, src_w), "dim"), safe(f.id)]
        t.add_row(*row)
    if facts:
        con.print(t)
    _legend(facts, con)


def _fact_blocks(facts: Sequence[Fact], dates: Sequence[str], values: Sequence[str], shorts: Sequence[str],
                 con: Console, title: str | None) -> None:
    """A fact a block: date, kind and value; the statement; its id and source. For narrow terminals."""
    if title:
        flow(con, [(title, "bold")])
    for f, d, v, short in zip(facts, dates, values, shorts, strict=True):
        mark, style = KIND_STYLE[f.kind]
        kind = f"{mark}{HARD}{f.kind}"
        flow(con, [(d, "bold"), (kind, style), (v, "bold")])
        flow(con, [(one_line(f.statement), "italic" if f.kind in PLANNED_KINDS else "")], indent=2)
        flow(con, [(f.id, "cyan"), ("·", "dim"), (short.replace(" ", SOFT), "dim")], indent=2)
    _legend(facts, con)


def _legend(facts: Sequence[Fact], con: Console) -> None:
    pieces = [(f"{len(facts)}{HARD}fact{'s' if len(facts) != 1 else ''}", "dim")]
    for kind in sorted({f.kind for f in facts}, key=list(KIND_STYLE).index):
        mark, style = KIND_STYLE[kind]
        pieces.append((f"{mark}{HARD}{kind}", style))
    flow(con, pieces)


def topics_tree(base: FactBase, con: Console) -> None:
    from rich.text import Text
    from rich.tree import Tree

    from ..query.select import topic_counts

    _, total = topic_counts(base)
    children: dict[str | None, list[str]] = {}
    for t in base.topics.values():
        children.setdefault(t.parent if t.parent in base.topics else None, []).append(t.id)
    root = Tree(Text("topics", style="bold"), guide_style="dim")

    def add(node: Tree, tid: str) -> None:
        t = base.topics[tid]
        label = Text(printable(t.id), style="bold" if total[tid] else "dim")
        label.append(f"  {printable(clip(t.label))}", style="")
        label.append(f"  {total[tid]}", style="cyan")
        branch = node.add(label)
        for c in children.get(tid, []):
            add(branch, c)

    for tid in children.get(None, []):
        add(root, tid)
    con.print(root)


COUNTS = ("facts", "direct", "points", "figures")  # columns that count things: whole, right-aligned


def _counted(value: str, key: str) -> str:
    """'3 facts', '1 point': a count in a card says what it counts."""
    if key not in COUNTS:
        return value
    noun = key[:-1] if value == "1" and key.endswith("s") else key
    return f"{value} {noun}"


def simple_table(rows: list[dict[str, object]], columns: Sequence[str], con: Console, title: str | None = None,
                 wrap: Sequence[str] = (), numeric: Sequence[str] = COUNTS) -> None:
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
    """Records as short blocks, readable at any width: bold head, dim meta, indented body; lines
    break between words, never inside an id or a number."""
    if title:
        flow(con, [(title, "bold")])
    for r in rows:
        pieces = [(one_line(clip(plain(r.get(key)))), "bold" if i == 0 else "") for i, key in enumerate(head)]
        extras = [_counted(one_line(clip(plain(r.get(k)))), k).replace(" ", HARD) for k in meta
                  if r.get(k) not in (None, "", [])]
        meta_text = " · ".join(extras)
        flow(con, [*pieces, (meta_text, "dim")] if extras else pieces)
        for key in body:
            value = one_line(clip(plain(r.get(key))))
            if value:
                flow(con, [(value, "")], indent=4)
    flow(con, [(f"{len(rows)} record{'s' if len(rows) != 1 else ''}", "dim")])


def grouped_facts(base: FactBase, grouped: Sequence[tuple[str, Sequence[Fact]]], con: Console, title: str) -> None:
    """``facts --by``: a heading a group (its label and count), then its facts as ``facts`` lays them out."""
    from rich.rule import Rule

    from ..query.grouping import counted

    flow(con, [(title, "bold")])
    for key, items in grouped:
        con.print(Rule(safe(one_line(counted(key, len(items))), "bold"), align="left", style="dim"))
        facts_table(base, items, con)
    total = sum(len(items) for _, items in grouped)
    flow(con, [(f"{total} fact{'s' if total != 1 else ''} in {len(grouped)} group{'s' if len(grouped) != 1 else ''}",
                "dim")])
