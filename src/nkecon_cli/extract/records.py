"""A candidate as a fact-shaped record: every fact field (null where the curator decides) plus
``candidate``, what the extractor saw — the figure's own span, how its date was found, its
comparison baseline, the other dates of the quote, a confidence and the facts already covering it.
``nkecon add`` drops ``candidate`` and validates the rest."""

from __future__ import annotations

from typing import Any

from ..factbase.records import FACT_FIELDS
from .candidates import Candidate
from .document import Document


def record(c: Candidate, doc: Document) -> dict[str, Any]:
    rec: dict[str, Any] = dict.fromkeys(FACT_FIELDS)
    d = c.dating
    notes = [d.note]
    if c.comparison is not None:
        cmp = c.comparison
        what = f"{cmp.when}" if cmp.value is None else f"{cmp.text!r}"
        notes.append(f"compared with {what}, not dated by it")
    rec.update(
        {
            "topics": c.topics, "kind": c.kind, "measure": c.measure, "when": d.when, "dated_by": d.dated_by,
            "stated": doc.stated, "entities": c.entities, "source": doc.source, "quote": c.quote,
            "note": "; ".join(notes),
        }
    )
    q = c.figure
    if q is not None:
        qd = q.as_dict()
        rec.update({k: qd[k] for k in ("value", "value_max", "approx", "unit", "per")})
    rec["candidate"] = {
        "span": [c.start, c.end],
        "figure": {"text": q.text, "span": [q.start, q.end], "noun": q.noun} if q is not None else None,
        "date": d.as_dict(),
        "comparison": c.comparison.as_dict() if c.comparison else None,
        "dates": [x.as_dict() for x in c.dates],
        "header": c.header,
        "confidence": c.confidence, "covered_by": c.covered_by,
    }
    return rec
