"""The document to read and its date: a source of the base or a file, dated by --date, sources.json,
or a full date (or a news dateline) in its first lines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import NkeconError
from ..factbase import when as _when
from ..factbase.base import FactBase
from .dates import find_dates


@dataclass(frozen=True, slots=True)
class Document:
    """The text and what is known of it: its source id (if in the base) and its date."""

    text: str
    source: str | None
    doc_date: date | None
    stated: str | None  # EDTF of the document date, as recorded
    date_from: str  # where the document date came from, for notes

    @property
    def latest(self) -> date | None:
        """The last day the document's date allows: a report dated "2010-01" may be of 31 January, so its
        "January 3" has come already (``doc_date`` is the first such day)."""
        return _when.bounds(self.stated)[1] if self.stated else self.doc_date


def document_date(text: str) -> tuple[date, str] | None:
    """A full date the document states in its header (first lines): its day and the words."""
    head = text[:1500]
    for d in find_dates(head, None):
        r = d.resolved
        if r and r.dated_by == "explicit" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", r.edtf):
            return date.fromisoformat(r.edtf), d.text
    return None


def open_document(base: FactBase, target: str, date_text: str | None = None, text: str | None = None) -> Document:
    """The document to read: a source of the base (by id or a unique part of its id or title), or a
    text file (``text`` given by the caller). Its date comes from ``--date``, else sources.json, else
    a full date the document states in its header; without one, relative dates stay unresolved."""
    from ..query.select import resolve_source

    source: str | None = None
    if text is None:
        try:
            source = resolve_source(base, target)
        except NkeconError:
            raise NkeconError(f"{target!r} is neither a file nor a source of the base "
                              "(`nkecon sources` lists them)") from None
        text = base.text(source)
    elif target != "-":
        p = Path(target).resolve()
        if p.stem in base.sources and base.text(p.stem) == text:
            source = p.stem  # a source's text, wherever it lies (a clone's sources/ beside an installed base)
    if date_text:
        try:
            lo, hi = _when.user_span(date_text)
        except _when.DateError as err:
            raise NkeconError(f"--date {date_text!r}: {err}") from None
        return Document(text, source, lo, _when.from_bounds(lo, hi), f"--date {date_text}")
    if source is not None:
        stated = base.sources[source].date
        return Document(text, source, _when.bounds(stated)[0], stated, "the source's date in sources.json")
    found = document_date(text)
    if found is not None:
        day, words = found
        return Document(text, None, day, day.isoformat(), f"the date in the document's header, {words!r}")
    return Document(text, None, None, None, "no document date")
