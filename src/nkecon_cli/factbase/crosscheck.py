"""What makes a loaded base wrong beyond its records: broken references, reused ids, bad addresses."""

from __future__ import annotations

from pathlib import Path

from .paths import FACTS_FILE, SOURCES_DIR, SOURCES_FILE
from .problems import Problem

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Iterable

    from .records import Entity, Source, Topic


URL_RULE = "not an http:// or https:// address; give the archive's web address (or none)"


def is_web_url(url: str) -> bool:
    """An http(s) address with a host and no space or control code: the only kind a source's ``url``
    may be (``javascript:``, ``data:`` and ``file:`` would run or open something in an export)."""
    from urllib.parse import urlsplit

    if not url.isprintable() or any(c.isspace() for c in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


class CrossCheck:
    """Every reference resolves, ids are unique, the topic and entity trees have no cycles.

    Given the topics, entities and sources, then fed the facts one at a time (``fact``), so that
    the derived index checks a base as it streams through it, holding no fact.
    """

    def __init__(self, root: Path, topics: dict[str, Topic], entities: dict[str, Entity],
                 sources: dict[str, Source]):
        self.fp = fp = str(root / FACTS_FILE)
        sp = str(root / SOURCES_DIR / SOURCES_FILE)
        self._topics, self._entities, self._sources = frozenset(topics), frozenset(entities), frozenset(sources)
        self._seen: set[str] = set()
        self._reused: set[str] = set()
        self._facts: list[Problem] = []
        self._records: list[Problem] = []
        out = self._records
        for t in topics.values():
            if t.parent and t.parent not in topics:
                out.append(Problem(fp, f"topic {t.id!r} parent", f"unknown topic {t.parent!r}"))
        for e in entities.values():
            if e.parent and e.parent not in entities:
                out.append(Problem(fp, f"entity {e.id!r} parent", f"unknown entity {e.parent!r}"))
        for kind, tree in (("topic", {t.id: t.parent for t in topics.values()}),
                           ("entity", {e.id: e.parent for e in entities.values()})):
            for start in tree:
                seen: set[str] = set()
                node: str | None = start
                while node is not None and node in tree:
                    if node in seen:
                        out.append(Problem(fp, f"{kind} {start!r} parent", "the parents form a cycle"))
                        break
                    seen.add(node)
                    node = tree[node]
        for s in sources.values():
            for ref, what in [(s.author, "author")] + [(sp_, "speakers") for sp_ in s.speakers]:
                if ref and ref not in entities:
                    out.append(Problem(sp, f"source {s.id!r} {what}",
                                       f"unknown entity {ref!r}; add it to facts.json entities"))
            if not (root / SOURCES_DIR / f"{s.id}.txt").is_file():
                out.append(Problem(sp, f"source {s.id!r}", f"its text {SOURCES_DIR}/{s.id}.txt is missing"))
            if s.url and not is_web_url(s.url):
                out.append(Problem(sp, f"source {s.id!r} url", URL_RULE))

    def fact(self, fid: str, topics: Iterable[str], entities: Iterable[str], speaker: str | None,
             source: str) -> None:
        (self._reused if fid in self._seen else self._seen).add(fid)
        if (self._topics.issuperset(topics) and self._entities.issuperset(entities)
                and (not speaker or speaker in self._entities) and source in self._sources):
            return  # the usual case: a few set lookups, no problem made
        where = f"fact {fid!r}"
        for tid in topics:
            if tid not in self._topics:
                self._facts.append(Problem(self.fp, f"{where} topics", f"unknown topic {tid!r}"))
        for eid in entities:
            if eid not in self._entities:
                self._facts.append(Problem(self.fp, f"{where} entities", f"unknown entity {eid!r}"))
        if speaker and speaker not in self._entities:
            self._facts.append(Problem(self.fp, f"{where} speaker", f"unknown entity {speaker!r}"))
        if source not in self._sources:
            self._facts.append(Problem(self.fp, f"{where} source", f"unknown source {source!r}"))

    def reused(self, ids: Iterable[str]) -> None:
        """Ids known to be used more than once (the index counts them): ``fact`` then need only see
        the facts that may have a problem of their own."""
        self._reused.update(ids)

    def problems(self) -> list[Problem]:
        reused = [Problem(self.fp, f"fact {d!r}", "id used more than once; ids are never reused")
                  for d in sorted(self._reused)]
        return reused + self._records + self._facts
