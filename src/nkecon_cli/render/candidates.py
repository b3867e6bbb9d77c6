"""Candidate claims from ``extract``: a table for people, tab-separated lines, and the machine formats.

JSON and JSON-lines records are the fact-shaped records of ``extract.record`` (every fact field
plus ``candidate``), ready to be completed and fed to ``nkecon add``; CSV, TSV, markdown and plain
lines flatten them to the columns below. The table shows what a curator decides on: the figure,
its date and how the date was found, the guessed measure and kind, and the quote, wrapped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import IO, TYPE_CHECKING, Any

from .records import write_json, write_rows
from .text import quantity_text

if TYPE_CHECKING:
    from rich.console import Console

COLUMNS = ("start", "end", "figure", "value", "unit", "when", "dated_by", "basis", "measure", "kind", "confidence",
           "topics", "entities", "compared_with", "covered_by", "quote")
PLAIN_COLUMNS = ("span", "figure", "when", "basis", "measure", "kind", "quote")


def figure_label(rec: dict[str, Any]) -> str:
    """'more than 12,000 t/year', '250,000–300,000 t', '10 boilers'; empty for an event."""
    if rec.get("value") is None:
        return ""
    fig = rec["candidate"].get("figure") or {}
    return quantity_text(rec["value"], rec.get("value_max"), rec.get("approx"), rec.get("unit"), rec.get("per"),
                         fig.get("noun"))


def candidate_row(rec: dict[str, Any]) -> dict[str, Any]:
    c = rec["candidate"]
    cmp = c.get("comparison") or {}
    return {
        "start": c["span"][0], "end": c["span"][1], "span": f"{c['span'][0]}-{c['span'][1]}",
        "figure": figure_label(rec), "value": rec.get("value"), "unit": rec.get("unit"),
        "confidence": f"{c['confidence']:.2f}", "when": rec["when"], "dated_by": rec["dated_by"],
        "basis": c["date"]["basis"], "measure": rec.get("measure"), "kind": rec["kind"],
        "topics": rec["topics"], "entities": rec["entities"],
        "compared_with": cmp.get("when") or cmp.get("text"), "covered_by": c["covered_by"], "quote": rec["quote"],
    }


def write_candidates(records: Iterable[dict[str, Any]], fmt: str, out: IO[str]) -> None:
    """Machine formats, written as the records come (JSON lines, plain, CSV and TSV stream)."""
    if fmt in ("json", "jsonl"):
        write_json(records, out, lines=fmt == "jsonl")
        return
    rows = (candidate_row(r) for r in records)
    write_rows(rows, PLAIN_COLUMNS if fmt == "plain" else COLUMNS, fmt, out)


def candidates_table(records: Sequence[dict[str, Any]], con: Console, title: str) -> None:
    """Figure and date | measure · kind | quote, wrapped; on a wide terminal the date gets its own
    column and the facts already covering a candidate are shown. Where a table would split a
    figure, a date or an id, a block a candidate."""
    from rich.table import Table
    from rich.text import Text

    from .terminal import flow
    from .text import atom_width, fitted, glue_quantity, one_line, printable

    if not records:
        return  # no empty frame: the line under it says "0 candidates" and why
    rows = [candidate_row(r) for r in records]
    figures = [glue_quantity(row["figure"], r.get("approx")) if row["figure"] else "(event)"
               for row, r in zip(rows, records, strict=True)]
    fig_w = max([atom_width(f) for f in figures] + [len(r["when"] or "") for r in records]
                + [len(row["basis"]) for row in rows] + [12])
    id_w = max((len(i) for row in rows for i in row["covered_by"]), default=1)
    wide = fig_w + 18 + 22 + 30 + id_w + 16 <= con.width
    if not wide and fig_w + 22 + 30 + 10 > con.width:
        flow(con, [(title, "bold")])
        for r, row, shown in zip(records, rows, figures, strict=True):
            flow(con, [(shown, "bold"), ("·", "dim"), (r["when"] or "—", ""), (row["basis"], "dim")])
            flow(con, [(one_line(row["measure"] or "—"), ""), ("·", "dim"), (r["kind"] or "?", "italic")], indent=2)
            flow(con, [(one_line(r["quote"]), "")], indent=4)
            if row["covered_by"]:
                flow(con, [(i, "dim") for i in row["covered_by"]], indent=14, lead=("  covered by", "dim"))
        return
    t = Table(title=title, header_style="bold", pad_edge=False, expand=True, show_lines=True)
    t.add_column("figure" if wide else "figure · when", width=fig_w)
    if wide:
        t.add_column("when", width=18, overflow="fold")
    t.add_column("measure · kind", width=22, overflow="fold")
    t.add_column("quote", ratio=1, min_width=20, overflow="fold")
    if wide:
        t.add_column("covered by", min_width=id_w, style="dim")
    for r, row, glued in zip(records, rows, figures, strict=True):
        fig = r["candidate"].get("figure")
        figure = Text(printable(fitted(glued, fig_w)), style="bold" if fig else "dim")
        when = Text(printable(r["when"] or "—"))
        when.append("\n" + printable(row["basis"]), style="dim")
        what = Text(printable(row["measure"] or "—"))
        what.append("\n" + printable(r["kind"] or "?"), style="italic")
        quote = Text(one_line(r["quote"]))
        if fig:  # the figure in bold inside its quote
            a = fig["span"][0] - r["candidate"]["span"][0]
            if a >= 0 and r["quote"][a : a + len(fig["text"])] == fig["text"]:
                before = r["quote"][:a]
                lead = len(" ".join(printable(before).split())) + (1 if before[-1:].isspace() else 0)
                quote.stylize("bold", lead, lead + len(one_line(fig["text"])))
        if not wide:
            cells: list[Any] = [Text("\n").join([figure, when]), what, quote]
        else:
            cells = [figure, when, what, quote, printable("\n".join(row["covered_by"]) or "—")]
        t.add_row(*cells)
    con.print(t)
