"""One candidate of ``nkecon review`` on the terminal: the quote with its figure and date marked,
how the date was found, and the drafted fact, field by field."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..factbase.inert import inert

if TYPE_CHECKING:
    from rich.console import Console

FIELDS = ("statement", "kind", "measure", "value", "value_max", "approx", "unit", "per", "when", "dated_by",
          "stated", "topics", "entities", "speaker", "note", "id")


def shown(v: Any) -> str:
    if v is None or v == []:
        return "—"
    if isinstance(v, list):
        return ", ".join(str(x) for x in v)
    if isinstance(v, float) and v.is_integer():
        return f"{int(v):,}"
    if isinstance(v, int | float) and not isinstance(v, bool):
        return f"{v:,}"
    return str(v)


def marked_quote(rec: dict[str, Any]) -> Any:
    """The quote with the figure in bold reverse and the date underlined (offsets from the candidate)."""
    from rich.text import Text

    cand = rec["candidate"]
    quote = str(rec.get("quote") or "")
    start = cand["span"][0]
    text = Text(inert(quote))
    if len(inert(quote)) != len(quote):  # a control code shown as a symbol shifts the offsets: no marks
        return text
    fig = cand.get("figure")
    if fig:
        a, b = fig["span"][0] - start, fig["span"][1] - start
        if 0 <= a < b <= len(quote):
            text.stylize("bold reverse", a, b)
    span = (cand.get("date") or {}).get("span")
    if span:
        a, b = span[0] - start, span[1] - start
        if 0 <= a < b <= len(quote):
            text.stylize("underline bold", a, b)
    return text


def show_item(con: Console, rec: dict[str, Any], n: int, total: int) -> None:
    from rich.table import Table
    from rich.text import Text

    cand = rec["candidate"]
    con.rule(Text(f"candidate {n} of {total}"), style="dim")  # the source's id is in the opening line: never cut
    con.print(marked_quote(rec))
    d = cand.get("date") or {}
    how = f"{shown(rec.get('when'))} ({shown(rec.get('dated_by'))}; found by {d.get('basis') or '—'}"
    how += f": {d['text']!r})" if d.get("text") else ")"
    con.print(Text("date  ", style="dim") + Text(inert(how)))
    if d.get("note") and not str(rec.get("note") or "").startswith(str(d["note"])):
        con.print(Text("      " + inert(str(d["note"])), style="dim"))
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    drafted = set(cand.get("drafted") or [])
    for field in FIELDS:
        v = rec.get(field)
        if field in ("value_max", "approx", "per", "id") and v is None:
            continue
        label = field + ("*" if field in drafted else "")
        grid.add_row(label, Text(inert(shown(v))))
    if cand.get("series"):
        grid.add_row("", Text(inert(f"(continues the series {cand['series']!r})"), style="dim"))
    con.print(grid)
    con.print(Text("* drafted", style="dim"))
