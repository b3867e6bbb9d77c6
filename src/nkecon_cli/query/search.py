"""Full-text search of the source texts: passages holding every term, keyword in context."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import NkeconError
from ..factbase.base import FactBase
from .names import fold, spelling_matches


@dataclass(frozen=True)
class Hit:
    source: str
    line: int  # 1-based line of the first match
    start: int  # character offset of the first match
    passage: tuple[int, int]  # paragraph bounds
    matches: tuple[tuple[int, int], ...]  # every term match inside the passage
    facts: tuple[str, ...]  # ids of facts whose quote lies in the passage


class Term:
    """What one search term finds: its own words (``wordmatch``: at the start of a word, English
    spellings met), every name of the entity it names, and the names in a text that spell it another
    way (``names``): Heungnam finds Hungnam and Hŭngnam."""

    def __init__(self, base: FactBase, term: str):
        from .select import names_for
        from .wordmatch import Phrase

        self.term = term
        own = Phrase(term)
        if not own:
            raise NkeconError("search needs at least one word: nkecon search zinc")
        self.phrases = [own] + [p for n in names_for(base, term) if fold(n) != fold(term) for p in (Phrase(n),) if p]

    def find(self, text: str) -> list[tuple[int, int]]:
        from .wordmatch import tokens

        folded = fold(text)
        maybe = [p for p in self.phrases if p.may_be_in(folded)]
        toks = tokens(text) if maybe else []
        spans = {span for p in maybe for span in p.spans(text, toks)}
        spans.update(spelling_matches(self.term, text))
        return sorted(spans)


def passages(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"\n\s*\n", text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def search(base: FactBase, terms: Sequence[str], sources: Sequence[str] | None = None) -> list[Hit]:
    patterns = [Term(base, t) for t in terms]
    if not patterns:
        raise NkeconError("search needs at least one word: nkecon search zinc")
    hits: list[Hit] = []
    for sid in sources or sorted(base.sources, key=lambda s: (base.sources[s].date, s)):
        text = base.text(sid)
        cited = [(f.id, base.locate(f)) for f in base.facts if f.source == sid]
        for p0, p1 in passages(text):
            chunk = text[p0:p1]
            found = [p.find(chunk) for p in patterns]
            if not all(found):
                continue
            matches = tuple(sorted({(p0 + a, p0 + b) for spans in found for a, b in spans}))
            first = matches[0][0]
            facts = tuple(fid for fid, span in cited if span and span[0] < p1 and p0 < span[1])
            hits.append(Hit(sid, text.count("\n", 0, first) + 1, first, (p0, p1), matches, facts))
    return hits


def snippet(text: str, hit: Hit, width: int = 160) -> tuple[int, int]:
    """Bounds of a keyword-in-context window around the first match, inside the passage."""
    p0, p1 = hit.passage
    m0, m1 = hit.matches[0]
    pad = max(20, (width - (m1 - m0)) // 2)
    a = max(p0, m0 - pad)
    b = min(p1, m1 + pad)
    # widen to word boundaries
    while a > p0 and not text[a - 1].isspace():
        a -= 1
    while b < p1 and not text[b].isspace():
        b += 1
    return a, b
