"""How sure a candidate is: a raw score from what was read around it, calibrated on the development half.

The raw score adds up what makes a reading trustworthy: a measured figure (tons, %, money) rather than
a bare count; a date tied to the figure's own phrase or clause rather than taken from the paragraph,
the heading or the document; words of the economy and topics in the sentence; a named measure.

The calibration maps the raw score to the share of candidates with that score that were right (value,
unit and date all as the gold list has them) on the development half of bench/devset: of the
candidates given 0.9, about nine in ten were right there. It is a step function fitted by isotonic
regression (pool-adjacent-violators), so a higher raw score never gets a lower confidence.
``python bench/calibrate.py`` refits it and rewrites ``CALIBRATION`` below; the test half is only
used to report how well the calibration holds (``python bench/extract_bench.py``).

Event candidates (a dated sentence with no figure) have no gold to calibrate against: their
confidence is the raw score.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .attach import Dating
    from .quantities import Quantity

_BASIS = {"phrase": 0.25, "clause": 0.25, "table-header": 0.25, "sentence": 0.2, "earlier-sentence": 0.12,
          "heading": 0.15, "document": 0.05}

# (raw score at least, calibrated confidence): written by bench/calibrate.py — do not edit by hand
# BEGIN CALIBRATION
CALIBRATION: tuple[tuple[float, float], ...] = ()
# END CALIBRATION


def raw(q: Quantity | None, dating: Dating, econ: int, topics: list[str], measure: str | None) -> float:
    s = 0.0
    if q is not None:
        s += 0.4 if q.strong else 0.25
    s += _BASIS.get(dating.basis, 0.0)
    s += min(econ, 2) * 0.08
    s += 0.08 if topics else 0
    s += 0.06 if measure else 0
    return round(max(0.0, min(1.0, s)), 2)


def calibrated(r: float, table: tuple[tuple[float, float], ...] | None = None) -> float:
    """The calibrated confidence of a raw score (the raw score itself when no table is fitted)."""
    t = CALIBRATION if table is None else table
    if not t:
        return r
    i = bisect.bisect_right([lo for lo, _ in t], r) - 1
    return t[max(i, 0)][1]


def score(q: Quantity | None, dating: Dating, econ: int, topics: list[str], measure: str | None) -> float:
    """A candidate's confidence: calibrated for a figure, raw for an event."""
    r = raw(q, dating, econ, topics, measure)
    return calibrated(r) if q is not None else r
