"""Filters over a fact base: topic tree, alias-aware entity lookup, dates, text, sorting.

Filters are resolved once against the base (unknown names fail with suggestions), then turned
into one predicate that is applied to every fact.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from . import when as _when
from .errors import NkeconError
from .vocab import KINDS, SORT_KEYS

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from .factbase import FactBase
    from .models import Fact


def fold(name: str) -> str:
    """Case-, accent-, apostrophe-, hyphen- and space-insensitive key: "Namp'o" → "nampo"."""
    folded = name.casefold()
    if not folded.isascii():  # ASCII has nothing to decompose (the index folds every fact's text)
        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SEPARATORS.sub("", folded)


_SEPARATORS = re.compile(r"[\s'’‘ʼ`´\-–—_.,()\[\]]+")


def suggest(word: str, choices: Iterable[str], n: int = 3) -> list[str]:
    import difflib

    pool = list(dict.fromkeys(choices))
    by_fold = {fold(c): c for c in pool}
    hits = difflib.get_close_matches(fold(word), list(by_fold), n=n, cutoff=0.6)
    out = [by_fold[h] for h in hits]
    if not out:
        out = [c for c in pool if fold(word) and fold(word) in fold(c)][:n]
    return out


def _unknown(what: str, word: str, choices: Iterable[str], listing: str) -> NkeconError:
    close = suggest(word, choices)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    return NkeconError(f"unknown {what} {word!r}{hint} (`nkecon {listing}` lists them)")


def descendants(parents: dict[str, str | None], root: str) -> set[str]:
    """The node and everything below it in a parent-linked tree."""
    children: dict[str, list[str]] = {}
    for node, parent in parents.items():
        if parent:
            children.setdefault(parent, []).append(node)
    out, stack = set(), [root]
    while stack:
        node = stack.pop()
        if node not in out:
            out.add(node)
            stack.extend(children.get(node, ()))
    return out


def rollup(tag_lists: Iterable[Iterable[str]], parents: dict[str, str | None]) -> tuple[Counter[str], Counter[str]]:
    """Per tag: facts carrying it directly, and facts carrying it or anything below it.

    One pass over the facts, walking each tag's ancestors once: linear in the number of facts.
    """
    direct: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for tags in tag_lists:
        mine = set(tags)
        direct.update(mine)
        up: set[str] = set()
        for tag in mine:
            node: str | None = tag
            while node is not None and node not in up:
                up.add(node)
                node = parents.get(node)
        total.update(up)
    return direct, total


def topic_counts(base: FactBase) -> tuple[Counter[str], Counter[str]]:
    return rollup((f.topics for f in base.facts), {t.id: t.parent for t in base.topics.values()})


def entity_counts(base: FactBase) -> tuple[Counter[str], Counter[str]]:
    return rollup((f.entities for f in base.facts), {e.id: e.parent for e in base.entities.values()})


def resolve_topic(base: FactBase, word: str) -> str:
    if word in base.topics:
        return word
    key = fold(word)
    for t in base.topics.values():
        if fold(t.id) == key or fold(t.label) == key:
            return t.id
    raise _unknown("topic", word, [t.id for t in base.topics.values()], "topics")


def entity_index(base: FactBase) -> dict[str, set[str]]:
    """Folded id, name and alias → entity ids (a name may be shared)."""
    cached = base.__dict__.get("_entity_index")
    if cached is not None:
        return cached
    idx: dict[str, set[str]] = {}
    for e in base.entities.values():
        for name in (e.id, e.name, *e.aliases):
            idx.setdefault(fold(name), set()).add(e.id)
    base.__dict__["_entity_index"] = idx
    return idx


def resolve_entity(base: FactBase, word: str) -> set[str]:
    """Entity ids a user's word names, each with everything inside it (Anju → Anju Coal Mine)."""
    found = {word} if word in base.entities else entity_index(base).get(fold(word), set())
    if not found:
        names = [e.name for e in base.entities.values()] + [a for e in base.entities.values() for a in e.aliases]
        raise _unknown("entity", word, names, "entities")
    parents = {e.id: e.parent for e in base.entities.values()}
    out: set[str] = set()
    for eid in found:
        out |= descendants(parents, eid)
    return out


def resolve_source(base: FactBase, word: str) -> str:
    if word in base.sources:
        return word
    key = fold(word)
    for s in base.sources.values():
        if key in (fold(s.id), fold(s.title), fold(s.short or "")):
            return s.id
    matches = [s.id for s in base.sources.values() if key and key in fold(s.id + s.title + (s.short or ""))]
    if len(matches) == 1:
        return matches[0]
    raise _unknown("source", word, list(base.sources), "sources")


@dataclass
class Filters:
    """What a user asked for on the command line; every field optional."""

    topics: Sequence[str] = ()
    entities: Sequence[str] = ()
    kinds: Sequence[str] = ()
    sources: Sequence[str] = ()
    speakers: Sequence[str] = ()
    perspectives: Sequence[str] = ()
    measures: Sequence[str] = ()
    date_from: str | None = None
    date_to: str | None = None
    overlap: bool = False  # match --from/--to by the whole span, open ends running for ever
    text: str | None = None
    ids: Sequence[str] = field(default_factory=tuple)

    def is_empty(self) -> bool:
        return not any(
            (self.topics, self.entities, self.kinds, self.sources, self.speakers, self.perspectives,
             self.measures, self.date_from, self.date_to, self.text, self.ids)
        )


def user_span(word: str, option: str) -> tuple[date, date]:
    try:
        return _when.user_span(word)
    except _when.DateError as err:
        raise NkeconError(f"{option} {word!r}: {err}") from None


@dataclass
class Wanted:
    """The filters resolved against a base: the ids, bounds and words a fact must match.

    ``None`` (or empty ``words``) leaves a field unconstrained. The derived index turns this into
    SQL (``index.IndexedBase.candidates``); ``test`` is the exact test in Python.
    """

    topics: set[str] | None = None
    entities: set[str] | None = None
    kinds: set[str] | None = None
    sources: set[str] | None = None  # --source and --perspective together
    speakers: set[str] | None = None
    measures: set[str] | None = None
    span: tuple[date, date] | None = None
    overlap: bool = False
    words: list[str] = field(default_factory=list)  # folded, each in fold(statement + " " + quote)
    ids: set[str] | None = None

    def test(self) -> Callable[[Fact], bool]:
        tests: list[Callable[[Fact], bool]] = []
        if self.topics is not None:
            topics = self.topics
            tests.append(lambda f: not topics.isdisjoint(f.topics))
        if self.entities is not None:
            entities = self.entities
            tests.append(lambda f: not entities.isdisjoint(f.entities))
        if self.kinds is not None:
            kinds = self.kinds
            tests.append(lambda f: f.kind in kinds)
        if self.sources is not None:
            srcs = self.sources
            tests.append(lambda f: f.source in srcs)
        if self.speakers is not None:
            speakers = self.speakers
            tests.append(lambda f: f.speaker in speakers)
        if self.measures is not None:
            measures = self.measures
            tests.append(lambda f: f.measure in measures)
        if self.span is not None:
            wanted, overlap = self.span, self.overlap
            tests.append(lambda f: _when.matches(f.when, wanted, overlap))
        if self.words:
            words = self.words
            tests.append(lambda f: all(w in fact_text(f) for w in words))
        if self.ids is not None:
            ids = self.ids
            tests.append(lambda f: f.id in ids)
        return lambda f: all(t(f) for t in tests)


def fact_text(f: Fact) -> str:
    """What ``--text`` searches: statement and quote, folded."""
    return fold(f.statement + " " + f.quote)


def resolve(base: FactBase, flt: Filters) -> Wanted:
    """Resolve the filters against the base: unknown names fail here, with suggestions."""
    w = Wanted(overlap=flt.overlap)
    if flt.topics:
        parents = {t.id: t.parent for t in base.topics.values()}
        wanted_topics: set[str] = set()
        for word in flt.topics:
            wanted_topics |= descendants(parents, resolve_topic(base, word))
        w.topics = wanted_topics
    if flt.entities:
        wanted_entities: set[str] = set()
        for word in flt.entities:
            wanted_entities |= resolve_entity(base, word)
        w.entities = wanted_entities
    if flt.kinds:
        for k in flt.kinds:
            if k not in KINDS:
                raise _unknown("kind", k, KINDS, "facts --help")
        w.kinds = set(flt.kinds)
    if flt.sources:
        w.sources = {resolve_source(base, s) for s in flt.sources}
    if flt.speakers:
        speakers: set[str] = set()
        for word in flt.speakers:
            speakers |= resolve_entity(base, word)
        w.speakers = speakers
    if flt.perspectives:
        known = {s.perspective for s in base.sources.values()}
        persp: set[str] = set()
        for p in flt.perspectives:
            hit = [k for k in known if fold(k) == fold(p)]
            if not hit:
                raise _unknown("perspective", p, sorted(known), "sources")
            persp.update(hit)
        by_source = {s.id for s in base.sources.values() if s.perspective in persp}
        w.sources = by_source if w.sources is None else w.sources & by_source
    if flt.measures:
        known_m = base.measure_names()
        measures: set[str] = set()
        for m in flt.measures:
            exact = [k for k in known_m if fold(k) == fold(m)]
            partial = [k for k in known_m if fold(m) in fold(k)]
            if not (exact or partial):
                raise _unknown("measure", m, sorted(known_m), "facts --format plain | cut -f5")
            measures.update(exact or partial)
        w.measures = measures
    if flt.date_from or flt.date_to:
        lo = user_span(flt.date_from, "--from")[0] if flt.date_from else _when.MIN_DAY
        hi = user_span(flt.date_to, "--to")[1] if flt.date_to else _when.MAX_DAY
        if lo > hi:
            raise NkeconError(f"--from {flt.date_from!r} is after --to {flt.date_to!r}; swap them")
        w.span = (lo, hi)
    if flt.text:
        w.words = [fold(word) for word in flt.text.split() if fold(word)]
    if flt.ids:
        w.ids = set(flt.ids)
    return w


def predicate(base: FactBase, flt: Filters) -> Callable[[Fact], bool]:
    """Resolve the filters against the base and build one test for a fact."""
    return resolve(base, flt).test()


def sort_key(key: str) -> Callable[[Fact], tuple]:
    if key == "when":
        return lambda f: (*_when.order_key(f.when), f.id)
    if key == "stated":
        return lambda f: (_when.bounds(f.stated)[0], *_when.order_key(f.when), f.id)
    if key == "value":
        return lambda f: (f.value is None, f.value if f.value is not None else 0, f.id)
    if key == "source":
        return lambda f: (f.source, *_when.order_key(f.when), f.id)
    if key == "id":
        return lambda f: (f.id,)
    raise NkeconError(f"unknown sort key {key!r}; use one of {', '.join(SORT_KEYS)}")


def select(base: FactBase, flt: Filters, sort: str = "when", limit: int | None = None) -> list[Fact]:
    """The facts matching the filters, sorted, at most ``limit``."""
    wanted = resolve(base, flt)
    test = wanted.test()
    facts = sorted((f for f in base.candidates(wanted) if test(f)), key=sort_key(sort))
    if limit is not None:
        if limit < 0:
            raise NkeconError(f"--limit {limit}: give a number of facts, 0 or more")
        facts = facts[:limit]
    return facts


def series(base: FactBase, measure: str) -> list[Fact]:
    """Every point of one measure, in time order."""
    return sorted((f for f in base.candidates(Wanted(measures={measure})) if f.measure == measure),
                  key=sort_key("when"))
