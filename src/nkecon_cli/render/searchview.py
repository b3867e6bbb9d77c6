"""Keyword-in-context lines for `search`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO, TYPE_CHECKING, Any

from ..factbase.base import FactBase
from ..query.search import Hit, snippet
from .terminal import flow
from .text import printable

if TYPE_CHECKING:
    from rich.console import Console


def hit_record(base: FactBase, hit: Hit) -> dict[str, Any]:
    text = base.text(hit.source)
    a, b = snippet(text, hit)
    return {
        "source": hit.source,
        "line": hit.line,
        "offset": hit.start,
        "context": " ".join(text[a:b].split()),
        "facts": list(hit.facts),
    }


def render_hits(base: FactBase, hits: Sequence[Hit], con: Console, width: int = 160) -> None:
    from rich.text import Text

    for hit in hits:
        text = base.text(hit.source)
        a, b = snippet(text, hit, width)
        flow(con, [(f"{hit.source}:{hit.line}", "magenta"), (f"@{hit.start}", "dim")])
        line = Text()
        body = Text("  … " if a > hit.passage[0] else "  ")
        pos = a
        for m0, m1 in hit.matches:
            if m1 <= a or m0 >= b or m0 < pos:
                continue
            body.append(" ".join(printable(text[pos:m0]).split(" ")))
            body.append(printable(text[m0:m1]), style="bold reverse")
            pos = m1
        body.append(printable(text[pos:b]))
        if b < hit.passage[1]:
            body.append(" …")
        body = Text(" ".join(body.plain.split("\n")), spans=body.spans)
        line.append_text(body)
        con.print(line)
        if hit.facts:
            flow(con, [(f"{fid}," if i < len(hit.facts) - 1 else fid, "cyan") for i, fid in enumerate(hit.facts)],
                 indent=12, lead=("  cited by:", "dim"))
    con.print(Text(f"{len(hits)} passage{'s' if len(hits) != 1 else ''}", style="dim"))


def write_plain_hits(base: FactBase, hits: Sequence[Hit], out: IO[str]) -> None:
    """source, line, offset, context, citing fact ids (comma-separated), tab-separated."""
    for hit in hits:
        r = hit_record(base, hit)
        cells = [r["source"], str(r["line"]), str(r["offset"]), printable(r["context"]), ",".join(r["facts"])]
        out.write("\t".join(cells) + "\n")
