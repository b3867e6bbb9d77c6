"""Which curated facts of the base already curate a candidate (``Covers``): the facts' quotes are found in the
text once, by one pass over it (``_unsaid``: a quote is looked for only when a long word inside it is in the
text, so a text none of them is in costs one reading, not one per quote); a figure is covered by a fact whose
quote holds it and whose value (or note) is that figure's, a dated sentence without a figure by the facts
whose quotes lie in it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache

from ..factbase.base import FactBase
from .candidate import Candidate
from .document import Document
from .quantities import Quantity


class Covers:
    """Which curated facts already curate a candidate, their quotes found once: by figure — a fact whose quote
    holds the candidate's figure and whose value is that figure's (a table cell is not covered by a curated
    neighbour whose quote takes in the row); for a dated sentence without a figure, the facts whose quote
    lies (partly) in it."""

    def __init__(self, base: FactBase, doc: Document):
        from ..factbase.whitespace import find_folded, fold_whitespace

        known = doc.source is not None and doc.source in base.sources and base.text(doc.source) == doc.text
        facts = [f for f in base.facts if f.source == doc.source] if known else base.facts
        spans: list[tuple[int, int, str]] = []
        self.values: dict[str, tuple[float | None, float | None, str | None]] = {}
        folded: tuple[str, list[int]] | None = None
        unsaid = _unsaid(doc.text, (f.quote for f in facts))
        for f in facts:
            self.values[f.id] = (f.value, f.value_max, f.note)
            # most quotes are verbatim; folding the text is the slow path
            i = -1 if f.quote in unsaid else doc.text.find(f.quote)
            if i >= 0:
                spans.append((i, i + len(f.quote), f.id))
                continue
            if not known:
                continue  # another document: only a verbatim quote can be in it; folding is for the source's own text
            if folded is None:
                folded = fold_whitespace(doc.text)
            loc = find_folded(folded, f.quote)
            if loc:
                spans.append((loc[0], loc[1], f.id))
        spans.sort()
        self.spans = spans
        self.starts = [a for a, _, _ in spans]
        self.longest = max((b - a for a, b, _ in spans), default=0)

    def of(self, c: Candidate) -> list[str]:
        lo = bisect.bisect_left(self.starts, c.start - self.longest)
        hi = bisect.bisect_left(self.starts, c.end)
        q = c.figure
        if q is None:
            return sorted({fid for a, b, fid in self.spans[lo:hi] if a < c.end and c.start < b})
        return sorted({fid for a, b, fid in self.spans[lo:hi]
                       if a <= q.start and q.end <= b and _same_figure(self.values[fid], q)})


_LONG = re.compile(r"\w{8,}")  # a word of 8 letters or more: the few of them a text has make a small set
_WORD = re.compile(r"\w+")
_CHUNK = 1 << 20  # the text's long words are collected a megabyte at a time (memory stays small)


@lru_cache(maxsize=1 << 14)  # the base's quotes, read again for every document extracted in one process
def _inner_words(quote: str) -> frozenset[str]:
    """The quote's inner words of 8 letters or more: whole in the quote (its first and last words may be cut),
    so wherever the quote is in a text, each of them is one of the text's words."""
    return frozenset(w for w in _WORD.findall(quote)[1:-1] if len(w) >= 8)


@lru_cache(maxsize=8)  # the same quotes for every document of one base: which quote needs which words, read once
def _inner_of(quotes: tuple[str, ...]) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Each quote's inner long words (quotes without any left out), and all of them."""
    inner = {q: words for q in quotes if (words := _inner_words(q))}
    return inner, frozenset().union(*inner.values())


def _unsaid(text: str, quotes: Iterable[str]) -> set[str]:
    """The quotes that cannot be verbatim in the text: an inner long word of theirs is not among the text's
    words (the exact ``find`` decides for the rest). The text is read once, however many quotes the base has."""
    inner, wanted = _inner_of(tuple(quotes))
    found: set[str] = set()
    lo = 0
    while lo < len(text) and len(found) < len(wanted):  # every word found: the rest need not be read
        hi = text.find(" ", lo + _CHUNK)  # a space ends no word inside it: no word is cut in two
        hi = len(text) if hi < 0 else hi + 1
        found.update(wanted.intersection(_LONG.findall(text, lo, hi)))
        lo = hi
    return {q for q, words in inner.items() if not words <= found}


def _same_figure(fact: tuple[float | None, float | None, str | None], q: Quantity) -> bool:
    """Does a fact curate this figure: its value (or range) names it (5,000 of "500 to 5,000 kVA"), or
    its note does (the "more than half" kept in the note of "300 of 500 kg", one claim one fact)?"""
    from ..curate.quoted import carried, figures_in

    value, value_max, note = fact
    mine = [v for v in (q.value, q.value_max) if v is not None]
    if any(v is not None and carried(v, mine) for v in (value, value_max)):
        return True
    return bool(note) and all(carried(m, figures_in(note or "")) for m in mine)
