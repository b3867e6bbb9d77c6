"""How sure a candidate is: the share right of candidates like it on documents the extractor had never seen.

A figure candidate's confidence is a logistic model over what was read around it: how its date was
found (in the figure's phrase, its clause, its sentence, an earlier sentence, a heading, a table's
header, or only the document's date), whether the figure is measured (tons, %, money) or a bare count,
how many date expressions its quote holds (more dates, more room to take the wrong one), whether a
measure, topics, a comparison or an approximation were read, whether its date is relative, whether it
is a table cell, and whether its quote is a long sentence. ``python bench/calibrate.py`` fits the
weights on the development half of bench/devset as the extractor *first* read each document, before
any rule was written for it (``bench/first_readings.py``) — a candidate is right when its value, unit
and date are all as the gold list has them — and rewrites ``WEIGHTS`` below. A model fitted on the
development half as read now learns how well the rules fit the documents they were written for
(there, nine in ten of the candidates it gave 0.9 were right; on the test half, fewer than six); fitted on
first readings it says what the next document may expect, and it is honest there: on a new document no
candidate of today's extractor is nine in ten sure, so none is given 0.9. How it holds on documents
it never saw is reported on the test half by ``python bench/extract_bench.py``; the test half is never
used to fit.

Event candidates (a dated sentence with no figure) have no gold to learn from: their confidence is a
plain score of the same evidence (``raw``), documented as uncalibrated.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .attach import Dating
    from .quantities import Quantity


class Evidence(Protocol):
    """What the model reads of a candidate (``candidate.Candidate`` has it): its own fields, nothing else, so
    that the model depends on no module of the pipeline."""

    @property
    def figure(self) -> Quantity | None: ...
    @property
    def dating(self) -> Dating: ...
    @property
    def dates(self) -> Sequence[object]: ...  # the date expressions of its quote
    @property
    def measure(self) -> str | None: ...
    @property
    def topics(self) -> Sequence[str]: ...
    @property
    def comparison(self) -> object | None: ...
    @property
    def header(self) -> str | None: ...
    @property
    def quote(self) -> str: ...

BASES = ("phrase", "clause", "sentence", "earlier-sentence", "heading", "table-header", "document")

# written by bench/calibrate.py — do not edit by hand
# BEGIN WEIGHTS
WEIGHTS: dict[str, float] = {
    "approx": -0.127,
    "basis:clause": 0.299,
    "basis:document": -0.257,
    "basis:earlier-sentence": 0.037,
    "basis:heading": -0.617,
    "basis:phrase": 0.567,
    "basis:sentence": 0.086,
    "basis:table-header": -0.115,
    "bias": -0.75,
    "cell": -0.036,
    "comparison": 0.283,
    "count": -0.538,
    "dates": 0.26,
    "long": 0.1,
    "measure": 0.171,
    "measured": 0.538,
    "relative": -0.064,
    "topics": 0.23,
}
# END WEIGHTS


def features(c: Evidence) -> dict[str, float]:
    """The evidence of a figure candidate, as the model reads it."""
    q, d = c.figure, c.dating
    f: dict[str, float] = {f"basis:{b}": float(d.basis == b) for b in BASES}
    f["measured"] = float(q is not None and q.strong)
    f["count"] = float(q is not None and q.unit == "count")
    f["dates"] = min(len(c.dates), 3) / 3
    f["measure"] = float(bool(c.measure))
    f["topics"] = float(bool(c.topics))
    f["comparison"] = float(c.comparison is not None)
    f["approx"] = float(q is not None and q.approx is not None)
    f["relative"] = float(d.dated_by == "relative")
    f["cell"] = float(c.header is not None or d.basis == "table-header")
    f["long"] = float(len(c.quote.split()) > 40)
    return f


def of(c: Evidence, weights: dict[str, float] | None = None) -> float:
    """A figure candidate's confidence (the share right of candidates like it on first readings)."""
    w = WEIGHTS if weights is None else weights
    if not w:
        return 0.5
    z = w.get("bias", 0.0) + sum(w.get(k, 0.0) * v for k, v in features(c).items())
    return round(1 / (1 + math.exp(-z)), 2)


def raw(q: Quantity | None, dating: Dating, econ: int, topics: list[str], measure: str | None) -> float:
    """An uncalibrated score of the same evidence, for event candidates."""
    s = 0.0
    if q is not None:
        s += 0.4 if q.strong else 0.25
    s += {"phrase": 0.25, "clause": 0.25, "table-header": 0.25, "sentence": 0.2, "earlier-sentence": 0.12,
          "heading": 0.15, "document": 0.05}.get(dating.basis, 0.0)
    s += min(econ, 2) * 0.08
    s += 0.08 if topics else 0
    s += 0.06 if measure else 0
    return round(max(0.0, min(1.0, s)), 2)
