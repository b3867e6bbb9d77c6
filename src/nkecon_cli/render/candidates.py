"""Candidate claims from ``extract``: a table for people, tab-separated lines, and the machine formats.

JSON and JSON-lines records are the fact-shaped records of ``extract.record`` (every fact field
plus ``candidate``), ready to be completed and fed to ``nkecon add``; CSV, TSV, markdown and plain
lines flatten them to the columns below.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO, TYPE_CHECKING, Any

from .records import write_json, write_rows
from .text import quantity_text

if TYPE_CHECKING:
    from rich.console import Console

COLUMNS = ("start", "end", "confidence", "when", "dated_by", "quantity", "kind", "topics", "entities", "covered_by",
           "quote")
PLAIN_COLUMNS = ("span", "confidence", "when", "quantity", "covered_by", "quote")


def quantity_label(q: dict[str, Any]) -> str:
    """'more than 12,000 t/year', '250,000–300,000 t', '10 boilers'."""
    return quantity_text(q["value"], q.get("value_max"), q.get("approx"), q.get("unit"), q.get("per"), q.get("noun"))


def candidate_row(rec: dict[str, Any]) -> dict[str, Any]:
    c = rec["candidate"]
    return {
        "start": c["span"][0], "end": c["span"][1], "span": f"{c['span'][0]}-{c['span'][1]}",
        "confidence": f"{c['confidence']:.2f}", "when": rec["when"], "dated_by": rec["dated_by"],
        "quantity": "; ".join(quantity_label(q) for q in c["quantities"]), "kind": rec["kind"],
        "topics": rec["topics"], "entities": rec["entities"], "covered_by": c["covered_by"], "quote": rec["quote"],
    }


def write_candidates(records: Sequence[dict[str, Any]], fmt: str, out: IO[str]) -> None:
    if fmt in ("json", "jsonl"):
        write_json(records, out, lines=fmt == "jsonl")
        return
    rows = [candidate_row(r) for r in records]
    write_rows(rows, PLAIN_COLUMNS if fmt == "plain" else COLUMNS, fmt, out)


def candidates_table(records: Sequence[dict[str, Any]], con: Console, title: str) -> None:
    from rich.table import Table

    from .terminal import safe
    from .text import one_line

    t = Table(title=title, header_style="bold", pad_edge=False, expand=True)
    t.add_column("span", no_wrap=True, style="dim")
    t.add_column("conf", justify="right", no_wrap=True)
    t.add_column("when", no_wrap=True, max_width=24)
    t.add_column("quantities", max_width=28)
    t.add_column("quote", ratio=1, min_width=30)
    t.add_column("covered by", max_width=30, overflow="ellipsis", style="dim")
    for r in records:
        row = candidate_row(r)
        quote = safe(one_line(r["quote"]))
        t.add_row(safe(row["span"]), safe(row["confidence"]), safe(r["when"] or ""), safe(row["quantity"], "bold"),
                  quote, safe(", ".join(row["covered_by"]) or "—"))
    con.print(t)
