"""`show`: everything about one fact, its quote inside the source paragraph, and its series."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING

from .. import when as _when
from ..factbase import FactBase
from ..vocab import FACT_FIELDS
from .terminal import KIND_STYLE, LONG, Folded, safe
from .text import one_line, plain, printable, quantity

if TYPE_CHECKING:
    from rich.console import Console

    from ..models import Fact


def paragraph_around(text: str, start: int, end: int, limit: int = 1200) -> tuple[int, int]:
    """Bounds of the paragraph (blank-line separated) holding [start, end), trimmed to ``limit`` chars."""
    p0 = text.rfind("\n\n", 0, start)
    p0 = 0 if p0 < 0 else p0 + 2
    p1 = text.find("\n\n", end)
    p1 = len(text) if p1 < 0 else p1
    if p1 - p0 > limit:
        pad = max(0, (limit - (end - start)) // 2)
        p0 = max(p0, start - pad)
        p1 = min(p1, end + pad)
    return p0, p1


def context(base: FactBase, f: Fact) -> tuple[str, str, str, int] | None:
    """(before, quote, after, offset) of the fact's quote in its source, or None if not found."""
    span = base.locate(f)
    if span is None:
        return None
    text = base.text(f.source)
    p0, p1 = paragraph_around(text, *span)
    return text[p0:span[0]], text[span[0]:span[1]], text[span[1]:p1], span[0]


def siblings(base: FactBase, f: Fact) -> list[Fact]:
    if not f.measure:
        return []
    from ..query import series

    return [g for g in series(base, f.measure) if g.id != f.id]


def _field_value(f: Fact, name: str) -> str:
    return plain(getattr(f, name))


def render_show(base: FactBase, f: Fact, con: Console) -> None:
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    mark, style = KIND_STYLE[f.kind]
    if len(f.statement) > LONG:
        con.print(Folded([(f"{mark} ", style), (one_line(f.statement), "bold")]))
    else:
        head = Text(f"{mark} ", style=style)
        head.append(one_line(f.statement), style="bold")
        con.print(head)
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    long_values: list[tuple[str, str]] = []
    for name in FACT_FIELDS:
        if name in ("statement", "quote"):
            continue
        value = _field_value(f, name)
        if name == "when" and value:
            value += f"  ({_when.label(f.when)}; {f.when_start or '..'} – {f.when_end or '..'})"
        if name == "value" and f.value is not None:
            value += f"  ({quantity(f)})"
        if name in ("speaker",) and f.speaker in base.entities:
            value += f"  ({base.entities[f.speaker].name})"
        if len(value) > LONG:  # a very long value goes below the grid: rich lays out tables line by line
            long_values.append((name, value))
            value = f"({len(value):,} characters, below)"
        grid.add_row(name, safe(value))
    con.print(grid)
    for name, value in long_values:
        con.print(Text(f"{name}:", style="dim"))
        con.print(Folded([(value, "")]))
    src = base.sources.get(f.source)
    ctx = context(base, f)
    if ctx is None:
        con.print(Text("quote not found in the source text — run `nkecon verify`", style="red"))
        con.print(Panel(safe(f.quote), title="quote", title_align="left"))
    else:
        before, quote, after, offset = ctx
        text = base.text(f.source)
        start = offset - len(before)
        end = offset + len(quote) + len(after)
        pieces = [("… " if start > 0 and text[start - 1] not in "\n" else "", ""), (before, "dim"),
                  ("«" + quote + "»", "bold reverse"), (after, "dim"),
                  (" …" if end < len(text) and text[end] not in "\n" else "", "")]
        body: Text | Folded
        if sum(len(p) for p, _ in pieces) > LONG:
            body = Folded(pieces)
        else:
            body = Text()
            for piece, piece_style in pieces:
                body.append(printable(piece), style=piece_style)
        title = f"{f.source}.txt, character {offset}"
        con.print(Panel(body, title=title, title_align="left", border_style="dim"))
    if src:
        con.print(Folded([("citation: ", "dim"), (src.citation, "")]) if len(src.citation) > LONG
                  else Text("citation: ", style="dim") + safe(src.citation))
        if src.url:
            con.print(Text("url: ", style="dim") + safe(src.url))
    sib = siblings(base, f)
    if sib:
        t = Table(title=f"other points of “{printable(f.measure or '')}”", title_justify="left",
                  header_style="bold", pad_edge=False)
        for c in ("when", "value", "kind", "source", "id"):
            t.add_column(c, no_wrap=c != "id", overflow="fold")
        for g in sib:
            s = base.sources.get(g.source)
            t.add_row(safe(_when.label(g.when)), safe(quantity(g)), safe(g.kind),
                      safe(s.short_name if s else g.source), safe(g.id))
        con.print(t)


def write_plain_show(base: FactBase, f: Fact, out: IO[str]) -> None:
    """'field<TAB>value' lines, then the quote in context marked «…», the citation and the series."""
    for name in FACT_FIELDS:
        out.write(f"{name}\t{one_line(_field_value(f, name))}\n")
    out.write(f"when_start\t{f.when_start or ''}\nwhen_end\t{f.when_end or ''}\n")
    ctx = context(base, f)
    if ctx:
        before, quote, after, offset = ctx
        out.write(f"offset\t{offset}\n")
        out.write(f"context\t{one_line(before)} «{one_line(quote)}» {one_line(after)}\n")
    src = base.sources.get(f.source)
    if src:
        out.write(f"citation\t{one_line(src.citation)}\n")
    for g in siblings(base, f):
        out.write(f"series\t{g.id}\t{g.when}\t{one_line(quantity(g))}\n")
