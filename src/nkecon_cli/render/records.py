"""Facts as flat records, and the machine formats: csv, tsv, json, jsonl, markdown, plain.

JSON and JSON-lines records carry exactly the fact fields of DESIGN.md §1, every one present
(null when empty), plus ``when_start``/``when_end`` (ISO days) and ``source_title``. CSV and
TSV have the same columns; list fields are joined with ``;``.
"""

from __future__ import annotations

from ..factbase.inert import json_text
from ..factbase.vocab import FACT_FIELDS
from .text import one_line, plain, printable, quantity

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from typing import IO, Any

    from ..factbase.base import FactBase
    from ..factbase.records import Fact


COLUMNS: tuple[str, ...] = (*FACT_FIELDS, "when_start", "when_end", "source_title")
MACHINE_FORMATS = ("csv", "tsv", "json", "jsonl", "markdown", "plain")
LIST_SEP = ";"


def fact_record(base: FactBase, f: Fact) -> dict[str, Any]:
    rec = f.model_dump()
    rec["when_start"] = f.when_start
    rec["when_end"] = f.when_end
    src = base.sources.get(f.source)
    rec["source_title"] = src.title if src else None
    return rec


def _cell(v: Any) -> str:
    return plain(v, LIST_SEP)


_FORMULA_START = ("=", "+", "-", "@")


def guard_formula(s: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP advice).

    That is a cell starting with ``= + - @``, also after leading spaces or newlines (spreadsheets
    skip them), or starting with a tab or carriage return. Plain numbers such as ``-5`` stay as
    they are: they are data, not formulas.
    """
    if not s:
        return s
    head = s.lstrip()
    if s[0] in "\t\r" or (head and head[0] in _FORMULA_START):
        try:
            float(s)
            return s
        except ValueError:
            return "'" + s
    return s


def _csv_cell(s: str) -> str:
    """Carriage returns and newlines stay (CSV quotes them); other control codes are shown, not kept."""
    return "\r".join(printable(part) for part in s.split("\r"))


def write_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: IO[str], tsv: bool = False) -> None:
    if tsv:
        # TSV has no quoting: tabs and newlines inside a value become spaces.
        out.write("\t".join(columns) + "\n")
        for r in rows:
            out.write("\t".join(guard_formula(one_line(_cell(r.get(c)))) for c in columns) + "\n")
        return
    import csv

    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([guard_formula(_csv_cell(_cell(r.get(c)))) for c in columns])


def write_json(rows: Iterable[dict[str, Any]], out: IO[str], lines: bool) -> None:
    if lines:
        for r in rows:
            out.write(json_text(r) + "\n")
    else:
        out.write(json_text(list(rows), indent=2) + "\n")


def md_cell(s: str) -> str:
    return one_line(s).replace("\\", "\\\\").replace("|", "\\|")


def write_markdown(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: IO[str]) -> None:
    out.write("| " + " | ".join(columns) + " |\n")
    out.write("|" + "|".join("---" for _ in columns) + "|\n")
    for r in rows:
        out.write("| " + " | ".join(md_cell(_cell(r.get(c))) for c in columns) + " |\n")


def write_rows(rows: Iterable[dict[str, Any]], columns: Sequence[str], fmt: str, out: IO[str]) -> None:
    """Write generic records (topics, entities, sources, diffs…) in a machine format."""
    if fmt in ("json", "jsonl"):
        write_json(rows, out, lines=fmt == "jsonl")
    elif fmt in ("csv", "tsv"):
        write_csv(rows, columns, out, tsv=fmt == "tsv")
    elif fmt == "markdown":
        write_markdown(rows, columns, out)
    else:  # plain: tab-separated, no header, one record a line
        for r in rows:
            out.write("\t".join(one_line(_cell(r.get(c))) for c in columns) + "\n")


PLAIN_FACT_COLUMNS = ("id", "when", "kind", "quantity", "measure", "statement", "source")
MARKDOWN_FACT_COLUMNS = ("when", "kind", "statement", "quantity", "source", "quote", "id")


def write_facts(base: FactBase, facts: list[Fact], fmt: str, out: IO[str], converted: bool = False,
                group: dict[str, str] | None = None) -> None:
    """Write facts in a machine format (everything but the rich table).

    ``converted`` (``--convert`` was given) adds the conversion fields to every record; ``group``
    (``--by``) maps fact ids to their group, added as the last field or column.
    """
    if fmt in ("json", "jsonl", "csv", "tsv"):
        if converted:
            from ..query.convert import CONVERSION_FIELDS, record_fields
        cols = COLUMNS + (CONVERSION_FIELDS if converted else ()) + (("group",) if group is not None else ())
        recs = []
        for f in facts:
            rec = fact_record(base, f)
            if converted:
                rec.update(record_fields(f))
            if group is not None:
                rec["group"] = group[f.id]
            recs.append(rec)
        write_rows(recs, cols, fmt, out)
        return
    rows = [
        {
            "id": f.id, "when": f.when, "kind": f.kind, "quantity": quantity(f),
            "measure": f.measure, "statement": f.statement, "source": f.source, "quote": f.quote,
        }
        for f in facts
    ]
    cols = MARKDOWN_FACT_COLUMNS if fmt == "markdown" else PLAIN_FACT_COLUMNS
    if group is not None:
        for r in rows:
            r["group"] = group[str(r["id"])]
        cols = (*cols, "group")
    write_rows(rows, cols, fmt, out)
