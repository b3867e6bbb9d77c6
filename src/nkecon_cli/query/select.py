"""Filters over a fact base: topic tree, alias-aware entity lookup, dates, text, sorting.

Filters are resolved once against the base (unknown names fail with suggestions), then turned
into one predicate that is applied to every fact.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from ..errors import NkeconError
from ..factbase import when as _when
from ..factbase.slotted import Record
from ..factbase.vocab import KINDS, SORT_KEYS
from ..factbase.wanted import Wanted
from .names import Named, NameIndex, fold, stem, words

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from ..factbase.base import FactBase
    from ..factbase.records import Fact


def suggest(word: str, choices: Iterable[str], n: int = 3) -> list[str]:
    """Choices close to a word in spelling (for ids, which have no words to share)."""
    import difflib

    pool = list(dict.fromkeys(choices))
    by_fold = {fold(c): c for c in pool}
    hits = difflib.get_close_matches(fold(word), list(by_fold), n=n, cutoff=0.6)
    out = [by_fold[h] for h in hits]
    if not out:
        out = [c for c in pool if fold(word) and fold(word) in fold(c)][:n]
    return out


def _listed(ids: Iterable[str], label: Callable[[str], str]) -> str:
    return ", ".join(f"{i!r} ({label(i)})" if label(i) and fold(label(i)) != fold(i) else repr(i) for i in ids)


def _unknown(what: str, word: str, ranked: Sequence[str], listing: str,
             label: Callable[[str], str] = lambda i: "", extra: str = "") -> NkeconError:
    hint = f"; did you mean {_listed(ranked[:5], label)}?" if ranked else ""
    return NkeconError(f"unknown {what} {word!r}{hint}{extra} (`nkecon {listing}` lists them)")


def _ambiguous(what: str, option: str, word: str, ids: Iterable[str], label: Callable[[str], str]) -> NkeconError:
    found = sorted(ids)
    plural = what[:-1] + "ies" if what.endswith("y") else what + "s"
    return NkeconError(f"{option} {word!r} names {len(found)} {plural}: {_listed(found, label)}; "
                       f"give one of these ids")


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


def _covering(found: set[str], parents: dict[str, str | None]) -> str | None:
    """The one of ``found`` that holds all the others in its subtree, if there is one."""
    for cand in found:
        if found <= descendants(parents, cand):
            return cand
    return None


def _one(found: set[str], parents: dict[str, str | None]) -> str | None:
    if len(found) == 1:
        return next(iter(found))
    return _covering(found, parents)


def _tops(found: set[str], parents: dict[str, str | None]) -> set[str]:
    """The candidates not inside another candidate (hydro-power goes with electricity)."""
    def inside(node: str) -> bool:
        up = parents.get(node)
        seen: set[str] = set()
        while up is not None and up not in seen:
            if up in found:
                return True
            seen.add(up)
            up = parents.get(up)
        return False

    return {f for f in found if not inside(f)}


def topic_names(base: FactBase) -> NameIndex:
    cached = base.__dict__.get("_topic_names")
    if cached is None:
        cached = base.__dict__["_topic_names"] = NameIndex(
            Named(t.id, t.label, (t.label, *(t.keywords or ()))) for t in base.topics.values())
    return cached


def resolve_topic(base: FactBase, word: str) -> str:
    """A topic by id or label, else by the words of labels (its subtopics come with it)."""
    if word in base.topics:
        return word
    parents = {t.id: t.parent for t in base.topics.values()}
    key = fold(word)
    exact = {t.id for t in base.topics.values() if key in (fold(t.id), fold(t.label))}
    found = exact or words_match(word, {t.id: (t.id, t.label) for t in base.topics.values()})
    found = found or topic_names(base).lookup(word)  # a keyword: 'lathe' is machine-tools
    def label(i: str) -> str:
        return base.topics[i].label

    if found:
        one = _one(found, parents)
        if one is None:
            raise _ambiguous("topic", "--topic", word, _tops(found, parents), label)
        return one
    raise _unknown("topic", word, topic_names(base).ranked(word), "topics", label)


def words_match(word: str, names: dict[str, Sequence[str]]) -> set[str]:
    """Ids with a name holding every word typed (as stems): 'power' → 'Electricity and power'."""
    typed = {stem(w) for w in words(word)}
    if not typed:
        return set()
    return {i for i, ns in names.items() if any(typed <= {stem(w) for w in words(n)} for n in ns)}


def entity_names(base: FactBase) -> NameIndex:
    """The gazetteer by every name: id, name, aliases (see ``names`` for how they are matched)."""
    cached = base.__dict__.get("_entity_names")
    if cached is None:
        cached = base.__dict__["_entity_names"] = NameIndex(
            Named(e.id, e.name, (e.name, *e.aliases)) for e in base.entities.values())
    return cached


def entity_index(base: FactBase) -> dict[str, set[str]]:
    """Folded id, name and alias → entity ids (a name may be shared)."""
    return entity_names(base).by_fold


def resolve_entity(base: FactBase, word: str, option: str = "--place") -> set[str]:
    """Entity ids a user's word names, each with everything inside it (Anju → Anju Coal Mine).

    Any romanisation of a name will do (``names``); a word that names several entities, none
    holding the others, is ambiguous and the candidates are listed.
    """
    parents = {e.id: e.parent for e in base.entities.values()}
    found = entity_names(base).lookup(word)
    if not found:
        found = words_match(word, {e.id: (e.name, *e.aliases) for e in base.entities.values()})
    def label(i: str) -> str:
        return base.entities[i].name

    if not found:
        names = [base.entities[i].name for i in entity_names(base).ranked(word)]
        raise _unknown("entity", word, list(dict.fromkeys(names)), "entities", extra=_in_texts(base, word))
    one = _one(found, parents)
    if one is None:
        raise _ambiguous("entity", option, word, _tops(found, parents), label)
    return descendants(parents, one)


def names_for(base: FactBase, word: str) -> list[str]:
    """Every name of the entities a word names by any spelling (Heungnam → Hungnam, Hŭngnam, 흥남)."""
    out: list[str] = []
    for eid in sorted(entity_names(base).lookup(word)):
        e = base.entities[eid]
        out += [e.name, *e.aliases]
    return list(dict.fromkeys(out))


def text_test(base: FactBase, text: str) -> Callable[[str], bool]:
    """Whether a text holds every word of ``text``, each by any name of what it names (``--text``).

    A word is matched as ``search`` matches it (``wordmatch``): at the start of a word of the text,
    British and American spellings alike, a country with its people; or by a romanisation of it.
    """
    from .names import spelling_matches
    from .wordmatch import Phrase, tokens

    wanted = []
    for w in text.split():
        phrases = [p for p in [Phrase(w), *(Phrase(n) for n in names_for(base, w))] if p]
        if phrases:
            wanted.append((w, phrases))

    def test(haystack: str) -> bool:
        folded = fold(haystack)
        toks: list[tuple[str, int, int]] | None = None
        for w, phrases in wanted:
            hit = False
            for p in phrases:
                if p.may_be_in(folded):
                    toks = tokens(haystack) if toks is None else toks
                    if p.found_in(haystack, toks):
                        hit = True
                        break
            if not hit and not spelling_matches(w, haystack):
                return False
        return True

    return test


def _in_texts(base: FactBase, word: str) -> str:
    """Where the source texts spell a name the gazetteer lacks: a hint to search them."""
    from .names import spelling_matches

    seen: dict[str, int] = {}
    for sid in base.sources:
        try:
            text = base.text(sid)
        except OSError:
            continue
        for s, e in spelling_matches(word, text):
            seen[text[s:e]] = seen.get(text[s:e], 0) + 1
    if not seen:
        return ""
    spelt = ", ".join(repr(w) for w, _ in sorted(seen.items(), key=lambda kv: -kv[1])[:3])
    return (f"; the gazetteer has no such entity, but the source texts name {spelt} "
            f"{sum(seen.values())} time(s): `nkecon search {word}` shows where")


def resolve_source(base: FactBase, word: str) -> str:
    """A source by id, title or short name, or by a part or the words of them that only it has."""
    if word in base.sources:
        return word
    key = fold(word)
    for s in base.sources.values():
        if key in (fold(s.id), fold(s.title), fold(s.short or "")):
            return s.id
    matches = {s.id for s in base.sources.values() if key and key in fold(s.id + s.title + (s.short or ""))}
    matches = matches or words_match(word, {s.id: (s.id, s.title, s.short or "") for s in base.sources.values()})
    def label(i: str) -> str:
        return base.sources[i].short_name

    if len(matches) == 1:
        return next(iter(matches))
    if matches:
        raise _ambiguous("source", "--source", word, matches, label)
    index = NameIndex(Named(s.id, s.short_name, (s.title, s.short or "")) for s in base.sources.values())
    raise _unknown("source", word, index.ranked(word), "sources", label)


def resolve_measures(base: FactBase, word: str) -> list[str]:
    """Every measure a word names: the one of that name, else every one holding it (or its words)."""
    known = sorted({f.measure for f in base.facts if f.measure}, key=str.casefold)
    key = fold(word)
    exact = [m for m in known if fold(m) == key]
    if exact:
        return exact
    partial = [m for m in known if key and key in fold(m)]
    partial = partial or sorted(words_match(word, {m: (m,) for m in known}), key=str.casefold)
    if partial:
        return partial
    index = NameIndex(Named(m, m, (m,)) for m in known)
    raise _unknown("measure", word, index.ranked(word), "measures")


def resolve_kind(word: str) -> str:
    """A kind of claim, singular or plural, any case: 'Directives' → 'directive'."""
    for k in KINDS:
        if stem(word) == k or fold(word) == k:
            return k
    ranked = [k for k in KINDS if stem(word)[:4] == k[:4]] or suggest(word, KINDS)
    raise NkeconError(f"unknown kind {word!r}" + (f"; did you mean {', '.join(ranked)}?" if ranked else "")
                      + f" (one of {', '.join(KINDS)})")


class Filters(Record):
    """What a user asked for on the command line; every field optional."""

    _fields = ("topics", "entities", "kinds", "sources", "speakers", "perspectives", "measures", "date_from",
               "date_to", "overlap", "text", "ids")

    def __init__(self, topics: Sequence[str] = (), entities: Sequence[str] = (), kinds: Sequence[str] = (),
                 sources: Sequence[str] = (), speakers: Sequence[str] = (), perspectives: Sequence[str] = (),
                 measures: Sequence[str] = (), date_from: str | None = None, date_to: str | None = None,
                 overlap: bool = False, text: str | None = None, ids: Sequence[str] = ()) -> None:
        self.topics = topics
        self.entities = entities
        self.kinds = kinds
        self.sources = sources
        self.speakers = speakers
        self.perspectives = perspectives
        self.measures = measures
        self.date_from = date_from
        self.date_to = date_to
        self.overlap = overlap  # match --from/--to by the whole span, open ends running for ever
        self.text = text
        self.ids = ids

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
            wanted_entities |= resolve_entity(base, word, "--place")
        w.entities = wanted_entities
    if flt.kinds:
        w.kinds = {resolve_kind(k) for k in flt.kinds}
    if flt.sources:
        w.sources = {resolve_source(base, s) for s in flt.sources}
    if flt.speakers:
        speakers: set[str] = set()
        for word in flt.speakers:
            speakers |= resolve_entity(base, word, "--speaker")
        w.speakers = speakers
    if flt.perspectives:
        known = {s.perspective for s in base.sources.values()}
        persp: set[str] = set()
        for p in flt.perspectives:
            hit = [k for k in known if fold(k) == fold(p)]
            if not hit:
                raise _unknown("perspective", p, suggest(p, sorted(known)), "sources")
            persp.update(hit)
        by_source = {s.id for s in base.sources.values() if s.perspective in persp}
        w.sources = by_source if w.sources is None else w.sources & by_source
    if flt.measures:
        measures: set[str] = set()
        for m in flt.measures:
            measures.update(resolve_measures(base, m))
        w.measures = measures
    if flt.date_from or flt.date_to:
        lo = user_span(flt.date_from, "--from")[0] if flt.date_from else _when.MIN_DAY
        hi = user_span(flt.date_to, "--to")[1] if flt.date_to else _when.MAX_DAY
        if lo > hi:
            raise NkeconError(f"--from {flt.date_from!r} is after --to {flt.date_to!r}; swap them")
        w.span = (lo, hi)
    if flt.text:
        w.text = text_test(base, flt.text)
    if flt.ids:
        w.ids = set(flt.ids)
    return w


def predicate(base: FactBase, flt: Filters) -> Callable[[Fact], bool]:
    """Resolve the filters against the base and build one test for a fact."""
    return resolve(base, flt).test()


def _memo(fn: Callable[[str], tuple]) -> Callable[[str], tuple]:
    """``fn`` asked once per distinct text: a base has far fewer times than facts."""
    seen: dict[str, tuple] = {}

    def get(text: str) -> tuple:
        found = seen.get(text)
        if found is None:
            found = seen[text] = fn(text)
        return found

    return get


def sort_key(key: str) -> Callable[[Fact], tuple]:
    order = _memo(_when.order_key)
    if key == "when":
        return lambda f: (*order(f.when), f.id)
    if key == "stated":
        start = _memo(lambda text: (_when.bounds(text)[0],))
        return lambda f: (*start(f.stated), *order(f.when), f.id)
    if key == "value":
        return lambda f: (f.value is None, f.value if f.value is not None else 0, f.id)
    if key == "source":
        return lambda f: (f.source, *order(f.when), f.id)
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


def select_rows(base: FactBase, flt: Filters, sort: str = "when", limit: int | None = None
                ) -> Iterator[tuple[str, int, int, str]] | None:
    """``select`` as rows of stored text (``factbase.rows``), straight from the index, streamed; None
    where the index cannot answer so (no index, or ``--text``, tested on the facts): ask ``select``.

    The same facts in the same order as ``select``, and the same errors, raised before the first row."""
    from ..factbase.index import IndexedBase

    if flt.text or not isinstance(base, IndexedBase) or base.__dict__.get("_broken"):
        return None
    wanted = resolve(base, flt)
    sort_key(sort)  # an unknown key fails here, as in select
    if limit is not None and limit < 0:
        raise NkeconError(f"--limit {limit}: give a number of facts, 0 or more")
    from ..factbase.rows import fact_row

    return base.rows(wanted, sort, limit, lambda: (fact_row(f) for f in select(base, flt, sort, limit)))


def series(base: FactBase, measure: str) -> list[Fact]:
    """Every point of one measure, in time order."""
    return sorted((f for f in base.candidates(Wanted(measures={measure})) if f.measure == measure),
                  key=sort_key("when"))


def facts_by_id(base: FactBase, ids: Iterable[str]) -> list[Fact]:
    """The facts of these ids, in the order given; an unknown id fails with the closest ids."""
    chosen = []
    for i in ids:
        f = base.fact(i)
        if f is None:
            close = suggest(i, [g.id for g in base.facts])
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise NkeconError(f"no fact {i!r}{hint} (`nkecon facts --text WORD` finds ids)")
        chosen.append(f)
    return chosen
