"""Candidate claims from any text, for a curator: one per figure, dated by what governs it.

Modules, in the order the text flows through them:

- ``document``       the text and its date (``--date``, sources.json, or its header)
- ``sentences``      sentences and paragraphs with exact spans
- ``nonclaims``      numbers that are not claims (call numbers, pages, citations, footnotes), masked
- ``tables``         tables in plain text, one figure per cell: ``grid`` finds a block's grid from its
                     shape (headers, rows, labels; what is no table), ``gridcells`` the typed cells of
                     a line, ``tablecells`` what a table says of a cell (value, unit, time, measure),
                     ``gluedrows`` rows whose cells a flattened web page ran together
- ``dates``          date expressions found in a text: ``dategrammar`` their grammar, ``resolution``
                     one expression to EDTF, ``relativedates`` "last year", "in two years"…; ``periods``
                     the named periods of the DPRK economy
- ``quantities``     figures with their units, multipliers, ranges and approximations: ``numbers``
                     numbers in digits and words, ``units`` the units and the unit at a position
- ``attach``         which date governs each figure; comparison baselines; "respectively"
- ``measures``       what a figure measures and what kind of claim it is
- ``lexicon``        topics and entities, from the base's taxonomy and gazetteer
- ``candidates``     the pipeline, a stretch of the text at a time; ``sentenceclaims`` the candidates
                     of one sentence, ``cellclaims`` of one table cell, ``candidate`` what a candidate
                     holds, ``confidence`` how sure it is, ``covers`` the curated facts that quote it
- ``records``        a candidate as a fact-shaped record; ``corpus`` each rule's examples and
                     counter-examples, run as tests; ``words``, ``spans`` helpers of them all
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..factbase.base import FactBase
from .candidate import Candidate
from .candidates import candidates, iter_candidates
from .document import Document, document_date, open_document
from .records import record

__all__ = ["Candidate", "Document", "candidates", "document_date", "extract", "iter_candidates", "iter_records",
           "open_document", "record"]


def extract(base: FactBase, doc: Document) -> list[dict[str, Any]]:
    """Candidate records for a document, in text order."""
    return list(iter_records(base, doc))


def iter_records(base: FactBase, doc: Document) -> Iterator[dict[str, Any]]:
    """The same, one record at a time, so a large text's records need not all be held at once."""
    for c in iter_candidates(base, doc):
        yield record(c, doc)
