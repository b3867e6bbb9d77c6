"""`show`: everything about one fact, its quote inside the source paragraph, and its series."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING

from ..factbase import when as _when
from ..factbase.base import FactBase
from ..factbase.vocab import FACT_FIELDS
from .terminal import KIND_STYLE, LONG, Folded, flow, safe
from .text import HARD, SOFT, glued_date, glued_quantity, one_line, plain, printable, quantity, unglue

if TYPE_CHECKING:
    from rich.console import Console

    from ..factbase.records import Fact


def paragraph_around(text: str, start: int, end: int, limit: int = 1200) -> tuple[int, int]:
    """Bounds of the paragraph holding [start, end), at most ``limit`` characters beyond the quote.

    A paragraph is blank-line separated; in a text with no blank lines, a line is a paragraph. A
    paragraph longer than the limit is cut at sentence ends around the quote.
    """
    from ..factbase.position import separator

    sep = separator(text)
    p0 = text.rfind(sep, 0, start)
    p0 = 0 if p0 < 0 else p0 + len(sep)
    p1 = text.find(sep, end)
    p1 = len(text) if p1 < 0 else p1
    if p1 - p0 > limit:
        pad = max(0, (limit - (end - start)) // 2)
        lo, hi = max(p0, start - pad), min(p1, end + pad)
        cut = max(text.rfind(". ", p0, lo + 1), text.rfind("\n", p0, lo + 1))
        p0 = cut + 2 if cut >= p0 and cut + 2 <= start else lo
        stop = max(text.find(". ", end, hi), text.find("\n", end, hi))
        p1 = stop + 1 if stop >= end else hi
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
    from ..query.select import series

    return [g for g in series(base, f.measure) if g.id != f.id]


def _field_value(f: Fact, name: str) -> str:
    return plain(getattr(f, name))


def render_show(base: FactBase, f: Fact, con: Console) -> None:
    from rich.panel import Panel
    from rich.text import Text

    mark, style = KIND_STYLE[f.kind]
    if len(f.statement) > LONG:
        con.print(Folded([(f"{mark} ", style), (one_line(f.statement), "bold")]))
    else:
        flow(con, [(mark, style), (one_line(f.statement), "bold")])
    long_values: list[tuple[str, str]] = []
    for name in FACT_FIELDS:
        if name in ("statement", "quote"):
            continue
        value = _field_value(f, name)
        if name == "when" and value:
            value = (value + f" ({glued_date(_when.label(f.when))}; {f.when_start or '..'}{HARD}–"
                     f" {f.when_end or '..'})")
        if name == "value" and f.value is not None:
            value += f" ({glued_quantity(f)})"
        if name in ("speaker",) and f.speaker in base.entities:
            value += f"  ({base.entities[f.speaker].name})"
        if len(value) > LONG:  # a very long value goes below: rich lays out tables line by line
            long_values.append((name, value))
            value = f"({len(value):,} characters, below)"
        flow(con, [(value, "")], indent=FIELD_W, lead=(name, "dim"))
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
        # the frame's title would be cut on a narrow terminal: the place goes above it, whole
        from ..factbase.position import paragraph_number

        flow(con, [(f"{f.source}.txt,", "dim"), (f"paragraph{HARD}{paragraph_number(text, offset)},", "dim"),
                   (f"character{HARD}{offset}", "dim")])
        con.print(Panel(body, border_style="dim"))
    if src:
        con.print(Folded([("citation: ", "dim"), (src.citation, "")]) if len(src.citation) > LONG
                  else Text("citation: ", style="dim") + safe(src.citation))
        if src.url:
            flow(con, [(src.url, "")], indent=5, lead=("url:", "dim"))
    sib = siblings(base, f)
    if sib:
        _series(base, f, sib, con)


FIELD_W = 11  # the field names' column in ``show``


def _series(base: FactBase, f: Fact, sib: list[Fact], con: Console) -> None:
    """The other points of the fact's series: a table when it fits whole, else a line or two each."""
    from rich.table import Table

    rows = []
    for g in sib:
        s = base.sources.get(g.source)
        rows.append((glued_date(_when.label(g.when)), glued_quantity(g), g.kind, s.short_name if s else g.source, g.id))
    widths = [max(len(unglue(r[i])) for r in rows) for i in range(5)]
    flow(con, [(f"other points of “{f.measure or ''}”", "")])
    if sum(widths) + 3 * 5 + 1 <= con.width:
        t = Table(header_style="bold", pad_edge=False)
        for c, w in zip(("when", "value", "kind", "source", "id"), widths, strict=True):
            t.add_column(c, no_wrap=True, min_width=w)
        for r in rows:
            t.add_row(*(safe(unglue(c)) for c in r))
        con.print(t)
        return
    for when, value, kind, short, gid in rows:
        flow(con, [(when, ""), (value, "bold"), (kind, "dim"), (short.replace(" ", SOFT), "dim")], indent=2)
        flow(con, [(gid, "cyan")], indent=4)


def write_plain_show(base: FactBase, f: Fact, out: IO[str]) -> None:
    """'field<TAB>value' lines, then the quote in context marked «…», the citation and the series."""
    for name in FACT_FIELDS:
        out.write(f"{name}\t{one_line(_field_value(f, name))}\n")
    out.write(f"when_start\t{f.when_start or ''}\nwhen_end\t{f.when_end or ''}\n")
    ctx = context(base, f)
    if ctx:
        before, quote, after, offset = ctx
        from ..factbase.position import paragraph_number

        out.write(f"offset\t{offset}\n")
        out.write(f"paragraph\t{paragraph_number(base.text(f.source), offset)}\n")
        out.write(f"context\t{one_line(before)} «{one_line(quote)}» {one_line(after)}\n")
    src = base.sources.get(f.source)
    if src:
        out.write(f"citation\t{one_line(src.citation)}\n")
    for g in siblings(base, f):
        out.write(f"series\t{g.id}\t{g.when}\t{one_line(quantity(g))}\n")
