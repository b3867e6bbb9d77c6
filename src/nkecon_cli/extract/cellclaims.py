"""A table cell as a candidate (``cell_candidate``): the row, with its header when near, is the quote; its date
is the cell's time from the table's header, else the caption's date, else the document's year; its kind is a
target when the table or the time says so. What the cells of one table share is read once (``TableShared``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..factbase.when import bounds
from .attach import Dating
from .candidate import Candidate, document_dating, money_era
from .dates import FoundDate, find_dates
from .document import Document
from .lexicon import Lexicon, guess_entities, guess_topics
from .quantities import Quantity
from .resolution import resolve
from .tablecells import Cell
from .words import ascii_lower

_PLAN_WORD = re.compile(r"(?i)\b(?:plan|target)\b")

_ESTIMATE_WORD = re.compile(r"(?i)\bestimat")


@dataclass
class TableShared:
    """What the cells of one table share, read once: the dates of a caption, the topics and entities of a row."""

    caption_dates: dict[str, list[FoundDate]] = field(default_factory=dict)
    names: dict[tuple[int, int, str | None], tuple[list[str], list[str]]] = field(default_factory=dict)


def cell_candidate(text: str, c: Cell, doc: Document, lex: Lexicon, lowered: str,
                    shared: TableShared | None = None) -> Candidate:
    """A table cell as a candidate: the row (with its header when near) is the quote."""
    shared = TableShared() if shared is None else shared
    a, b = c.row
    if c.header and a - c.header[0] <= 600:
        a = min(a, c.header[0])
    quote = text[a:b]
    header = text[c.header[0] : c.header[1]] if c.header else None
    dating: Dating
    if c.time is not None:
        r = resolve(c.time, doc.doc_date)
        if r is not None:
            dating = Dating(r.edtf, "explicit", "table-header", c.time, c.time_span, f"{r.note}, from the table")
        else:
            dating = document_dating(doc, f"the table's time {c.time!r} is not a date")
    else:
        found = shared.caption_dates.get(c.caption or "")
        if found is None:
            found = shared.caption_dates[c.caption or ""] = (
                [d for d in find_dates(c.caption, doc.doc_date) if d.resolved] if c.caption else [])
        if found:
            r = found[-1].resolved
            dating = Dating(r.edtf, "explicit", "heading", found[-1].text, None,  # type: ignore[union-attr]
                            f"{r.note}, from the table's caption")  # type: ignore[union-attr]
        else:
            dating = document_dating(doc, "the table names no time")
    q = Quantity(c.start, c.end, c.text, c.value, c.value_max, c.approx, c.unit or "count", None,
                 (c.measure or "").lower() or None if c.unit == "count" else None, True)
    q = money_era(text, q, dating.when)
    latest = doc.latest or doc.doc_date  # (a table of a document dated "1953" may be of December: its March has come)
    future = bool(dating.when and latest and bounds(dating.when)[0] > latest)
    caption = (c.caption or "") + " " + (header or "")
    kind = "estimate" if c.estimated else "target" if c.planned or (_PLAN_WORD.search(caption) and future) else (
        "estimate" if _ESTIMATE_WORD.search(caption) else "target" if future else "statistic")
    names = shared.names.get((a, b, c.caption))
    if names is None:
        names = shared.names[(a, b, c.caption)] = (
            guess_topics(lex, lowered[a:b] + " " + ascii_lower(c.caption or "")), guess_entities(lex, quote))
    topics, entities = list(names[0]), list(names[1])  # each candidate its own lists
    measure = c.measure
    return Candidate(a, b, quote, q, dating, None, measure, kind, topics, entities,
                     0.0, [], header)
