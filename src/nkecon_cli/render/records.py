"""Facts as flat records, and the machine formats: csv, tsv, json, jsonl, markdown, plain.

JSON and JSON-lines records carry exactly the fact fields of DESIGN.md §1, every one present
(null when empty), plus ``when_start``/``when_end`` (ISO days) and ``source_title``. CSV and
TSV have the same columns; list fields are joined with ``;``.
"""

from __future__ import annotations

import json
import re

from ..factbase.inert import json_text
from ..factbase.vocab import FACT_FIELDS
from .text import one_line, plain, printable, quantity

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence
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


# A cell a formula might start: one that starts with anything but a letter or a digit, found in
# the cells each put after a newline. A newline inside a cell is harmless: it can only find too much.
_FORMULA_LOOK = re.compile(r"\n(?:[^\w\n]|_)")


def csv_cells(values: Iterable[Any], tsv: bool = False) -> list[str]:
    """One record's cells as CSV (``tsv``: TSV) writes them: control codes shown, formulas guarded.

    A record with neither control codes nor a cell a formula might start (the usual case, found
    by two quick looks at its text) is written as it is; the result is the same."""
    texts = ["" if v is None else v if type(v) is str else plain(v, LIST_SEP) for v in values]
    if "".join(texts).isprintable():  # no control code, bidi override, tab or newline: nothing to show
        if tsv:
            texts = [" ".join(t.split()) for t in texts]
        elif _FORMULA_LOOK.search("\n" + "\n".join(texts)) is None:
            return texts
    elif tsv:
        texts = [one_line(t) for t in texts]
    else:
        texts = [_csv_cell(t) for t in texts]
    # a cell that starts with a letter or a digit is no formula
    return [guard_formula(t) if t and not t[0].isalnum() else t for t in texts]


def write_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: IO[str], tsv: bool = False) -> None:
    _write_cells(([r.get(c) for c in columns] for r in rows), columns, out, tsv)


def _write_cells(records: Iterable[Iterable[Any]], columns: Sequence[str], out: IO[str], tsv: bool) -> None:
    if tsv:
        # TSV has no quoting: tabs and newlines inside a value become spaces.
        out.write("\t".join(columns) + "\n")
        for values in records:
            out.write("\t".join(csv_cells(values, tsv=True)) + "\n")
        return
    import csv

    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(columns)
    for values in records:
        w.writerow(csv_cells(values))


def write_json(rows: Iterable[dict[str, Any]], out: IO[str], lines: bool) -> None:
    if lines:
        for r in rows:
            out.write(json_text(r) + "\n")
    else:
        _write_array((json_text(r, indent=2) for r in rows), out)


def _write_array(items: Iterable[str], out: IO[str]) -> None:
    """A JSON array of records written one at a time, as ``json_text(list, indent=2)`` lays it out."""
    sep = "[\n  "
    for item in items:
        out.write(sep + item.replace("\n", "\n  "))  # a newline inside a string is escaped: only layout
        sep = ",\n  "
    out.write("[]\n" if sep == "[\n  " else "\n]\n")


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


def write_facts(base: FactBase, facts: Iterable[Fact], fmt: str, out: IO[str], converted: bool = False,
                group: dict[str, str] | None = None) -> None:
    """Write facts (any iterable of models or views) in a machine format (everything but the rich table),
    a record at a time.

    ``converted`` (``--convert`` was given) adds the conversion fields to every record; ``group``
    (``--by``) maps fact ids to their group, added as the last field or column.
    """
    if fmt in ("json", "jsonl", "csv", "tsv"):
        cols = COLUMNS
        if converted:
            from ..query.convert import CONVERSION_FIELDS, record_fields

            cols += CONVERSION_FIELDS

        def records() -> Iterator[dict[str, Any]]:
            for f in facts:
                rec = fact_record(base, f)
                if converted:
                    rec.update(record_fields(f))
                if group is not None:
                    rec["group"] = group[f.id]
                yield rec

        write_rows(records(), cols + (("group",) if group is not None else ()), fmt, out)
        return
    cols = MARKDOWN_FACT_COLUMNS if fmt == "markdown" else PLAIN_FACT_COLUMNS
    if group is not None:
        cols = (*cols, "group")

    def plain_rows() -> Iterator[dict[str, Any]]:
        for f in facts:
            r = {"id": f.id, "when": f.when, "kind": f.kind, "quantity": quantity(f), "measure": f.measure,
                 "statement": f.statement, "source": f.source, "quote": f.quote}
            if group is not None:
                r["group"] = group[f.id]
            yield r

    write_rows(plain_rows(), cols, fmt, out)


ROW_FORMATS = ("json", "jsonl", "csv", "tsv")  # what write_fact_rows writes


def write_fact_rows(base: FactBase, rows: Iterable[tuple[str, int, int, str]], fmt: str, out: IO[str]) -> int:
    """``write_facts`` of the facts of index rows (``factbase.rows``: stored text, day bounds, source),
    in one of ``ROW_FORMATS``, byte for byte; the number of facts written.

    A JSON line is the stored text with the derived keys appended: nothing is decoded. The other
    formats decode the text, which is the record's fields, and add the same keys."""
    days: dict[int, str] = {}
    titles: dict[str, str | None] = {}

    def day(n: int) -> str:
        if n not in days:
            from datetime import date

            days[n] = date.fromordinal(n).isoformat()
        return days[n]

    def start(n: int) -> str | None:
        return None if n == 1 else day(n)  # date.min: open below

    def end(n: int) -> str | None:
        return None if n == 3652059 else day(n)  # date.max: open above

    def title(source: str) -> str | None:
        if source not in titles:
            src = base.sources.get(source)
            titles[source] = src.title if src else None
        return titles[source]

    n = 0
    if fmt in ("jsonl", "json"):
        texts: dict[object, str] = {}

        def text(v: str | None) -> str:
            if v not in texts:
                texts[v] = json_text(v)
            return texts[v]

        def lines() -> Iterator[str]:
            nonlocal n
            for doc, lo, hi, source in rows:
                n += 1
                yield (f'{doc[:-1]}, "when_start": {text(start(lo))}, "when_end": {text(end(hi))}, '
                       f'"source_title": {text(title(source))}}}')

        if fmt == "jsonl":
            write = out.write
            for line in lines():
                write(line + "\n")
        else:
            _write_array((_laid_out(line) for line in lines()), out)
        return n
    from ..factbase.rows import decode

    def records() -> Iterator[dict[str, Any]]:
        nonlocal n
        for doc, lo, hi, source in rows:
            rec = decode(doc)
            rec["when_start"], rec["when_end"], rec["source_title"] = start(lo), end(hi), title(source)
            n += 1
            yield rec

    _write_cells((r.values() for r in records()), COLUMNS, out, tsv=fmt == "tsv")  # in COLUMNS' order
    return n


# A record's JSON line splits at ', "KEY": ' for each of its keys in turn: a quote inside a string
# is escaped, so the raw text of a separator occurs nowhere else. Only topics and entities are
# lists, of slugs, whose items split at '", "'.
_SEPARATORS = tuple(f', "{k}": ' for k in COLUMNS[1:])


def _laid_out(line: str) -> str:
    """A record's JSON line (``write_fact_rows``) as ``json_text(record, indent=2)`` lays it out."""
    head = f'{{"{COLUMNS[0]}": '
    if not line.startswith(head):
        return json_text(json.loads(line), indent=2)  # not a line of ours: the long way
    parts = []
    at = len(head)
    for key, sep in zip(COLUMNS, (*_SEPARATORS, "}"), strict=True):
        end = line.find(sep, at) if sep != "}" else len(line) - 1
        if end < 0:
            return json_text(json.loads(line), indent=2)
        value = line[at:end]
        if value.startswith("[") and value != "[]":
            value = "[\n    " + value[1:-1].replace('", "', '",\n    "') + "\n  ]"
        parts.append(f'  "{key}": {value}')
        at = end + len(sep)
    return "{\n" + ",\n".join(parts) + "\n}"
