"""A candidate claim: one figure of a text (or, without one, a dated sentence) and what was read around it.

``Candidate`` carries the quote, the figure, how its date was found (``attach.Dating``), its comparison, measure,
kind, topics, entities and confidence (``confidence.of``, computed as it is made). The two datings every reader
gives — a date expression resolved (``resolved_dating``) and the document's year when nothing else dates a figure
(``document_dating``) — and a sum of a redenominated currency in the unit code of its era (``money_era``) are here,
shared by the sentence reader (``sentenceclaims``) and the table-cell reader (``cellclaims``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..factbase.when import bounds
from . import confidence
from .attach import Comparison, Dating
from .dates import FoundDate
from .document import Document
from .quantities import Quantity
from .resolution import Resolved


@dataclass
class Candidate:
    """One figure of the text (or, with no figure, one dated sentence) and what was read around it."""

    start: int  # the quote: the sentence, or the table row with its header
    end: int
    quote: str
    figure: Quantity | None
    dating: Dating
    comparison: Comparison | None
    measure: str | None
    kind: str | None
    topics: list[str]
    entities: list[str]
    confidence: float
    dates: list[FoundDate]  # every date expression of the quote
    header: str | None = None  # a table's header line, when the figure is a cell
    covered_by: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.figure is not None:
            self.confidence = confidence.of(self)


def resolved_dating(r: Resolved, d: FoundDate | None, basis: str, note: str | None = None) -> Dating:
    return Dating(r.edtf, r.dated_by if basis in ("phrase", "clause", "sentence", "table-header") else "context",
                  basis, d.text if d else None, (d.start, d.end) if d else None, note or r.note)


def document_dating(doc: Document, why: str) -> Dating:
    if doc.stated is None:
        return Dating(None, None, "none", None, None, f"{why}, and no document date: give --date")
    # a figure the text does not date is a figure of the document's year, not of its day: a report dated
    # 3 May 2016 that says "exports fell 12 percent" speaks of 2016 (corpus: document-year)
    year = doc.stated[:4]
    return Dating(year, "context", "document", None, None,
                  f"{why}; dated to the year of the document ({doc.stated}, {doc.date_from})")


_OLD_MONEY = re.compile(r"(?i)\bold\s+(?:rubles?|roubles?|won)\b")


def money_era(text: str, q: Quantity, when: str | None) -> Quantity:
    """A sum of a redenominated currency in the unit code of its era (DESIGN.md): "50,000 rubles" in 1957
    → RUB-1947, "old rubles" → the earlier issue; the plain code where the time does not decide."""
    from ..factbase import money

    code, _, per_unit = q.unit.partition("/")
    if code not in ("RUB", "KPW"):
        return q
    eras = money.eras_of(code)
    if _OLD_MONEY.search(text, q.start, min(len(text), q.end + 12)):
        chosen = eras[0].code
    elif when:
        lo, hi = bounds(when)
        if when.startswith("../"):
            lo = hi  # "until June 12": the time just up to its end, whose money is its end's (not every era before)
        codes = money.codes_for(code, lo, hi)
        chosen = codes[0] if len(codes) == 1 else code
    else:
        return q
    return replace(q, unit=chosen + (f"/{per_unit}" if per_unit else ""))
