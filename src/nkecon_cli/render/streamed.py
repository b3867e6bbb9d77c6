"""``export``'s text formats written as the facts are read: a fact in, its lines out.

The facts come from ``query.ordered`` (the index, a batch at a time), so memory stays flat in the
number of facts: markdown, TimelineJS and CSL-JSON hold one fact at a time; ``wide`` holds the
cells of its pivot (a row a time, a column a series: it cannot write its header before it has seen
every series), never the facts. A JSON document is written piece by piece exactly as ``json_text``
writes it whole (``json_items``): the same bytes as the formats' whole-document writers.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

from ..factbase.inert import json_text


def json_items(items: Iterable[Any], depth: int, out: IO[str]) -> None:
    """A JSON array at ``depth`` levels of a document indented by 2, as ``json_text(…, indent=2)``
    writes it inside that document, one item at a time (a raw newline is never inside a JSON string)."""
    pad = "  " * (depth + 1)
    first = True
    for item in items:
        out.write("[\n" + pad if first else ",\n" + pad)
        out.write(json_text(item, indent=2).replace("\n", "\n" + pad))
        first = False
    out.write("[]" if first else "\n" + "  " * depth + "]")


def write_timelinejs(base: Any, facts: Iterable[Any], count: int, title: str, out: IO[str]) -> None:
    """``export.write_timelinejs``, an event at a time (``count``: the number of facts, for the title)."""
    from .export import timeline_event, timeline_title

    head = json_text({"title": timeline_title(count, title), "events": []}, indent=2)
    assert head.endswith('"events": []\n}')
    out.write(head[:-len("[]\n}")])
    json_items((timeline_event(base, f) for f in facts), 1, out)
    out.write("\n}\n")


def write_csl(base: Any, facts: Iterable[Any], out: IO[str]) -> None:
    """``cite --format csl-json`` of every fact, an item at a time."""
    from .cite import csl_item

    json_items((csl_item(base, f) for f in facts), 0, out)
    out.write("\n")


def write_markdown(base: Any, facts: Iterable[Any], out: IO[str]) -> None:
    """``records.write_facts(…, "markdown", …)``, a row at a time."""
    from .records import MARKDOWN_FACT_COLUMNS
    from .records import write_markdown as write_rows
    from .text import quantity

    rows = ({"id": f.id, "when": f.when, "kind": f.kind, "quantity": quantity(f), "measure": f.measure,
             "statement": f.statement, "source": f.source, "quote": f.quote} for f in facts)
    write_rows(rows, MARKDOWN_FACT_COLUMNS, out)


def write_export(base: Any, facts: Iterable[Any], count: int, fmt: str, out: IO[str], title: str,
                 converted: bool = False) -> None:
    """Every text format of ``export`` (all but sqlite), written as ``facts`` are iterated
    (``count`` of them; ``converted``: ``--convert`` was given, for the records' fields)."""
    if fmt == "timelinejs":
        write_timelinejs(base, facts, count, title, out)
    elif fmt == "csl-json":
        write_csl(base, facts, out)
    elif fmt == "wide":
        from .wide import write_wide

        write_wide(facts, out)
    elif fmt == "markdown":
        write_markdown(base, facts, out)
    else:
        from .records import write_facts

        write_facts(base, facts, fmt, out, converted=converted)  # type: ignore[arg-type]
