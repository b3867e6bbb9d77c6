"""Sorted character spans, asked "does anything overlap a..b?" in logarithmic time.

Every stage of extraction asks it (masked numbers, date expressions, tables, named periods); a scan
of all spans per question made extraction quadratic in the length of the text.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class SpanIndex:
    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.longest = max((b - a for a, b in self.spans), default=0)

    def overlapping(self, a: int, b: int) -> list[tuple[int, int]]:
        """The spans that overlap ``[a, b)``, in order."""
        lo = bisect.bisect_left(self.starts, a - self.longest)
        hi = bisect.bisect_left(self.starts, b)
        return [(x, y) for x, y in self.spans[lo:hi] if x < b and a < y]

    def overlaps(self, a: int, b: int) -> bool:
        lo = bisect.bisect_left(self.starts, a - self.longest)
        hi = bisect.bisect_left(self.starts, b)
        return any(x < b and a < y for x, y in self.spans[lo:hi])  # (the first one answers: no list of them all)

    def __bool__(self) -> bool:
        return bool(self.spans)
