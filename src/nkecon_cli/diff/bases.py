"""``diff_bases``: what a curation changed between two versions of a fact base. Facts are keyed by
id; a removed id and an added id with the same source and quote are a rename."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ..factbase.vocab import ENTITY_FIELDS, FACT_FIELDS, SOURCE_FIELDS, TOPIC_FIELDS

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from ..factbase.base import FactBase
    from ..factbase.records import Entity, Fact, FactsFile, Source, SourcesFile, Topic

# --- 2. two fact bases -----------------------------------------------------------------------

ChangeType = Literal["added", "removed", "changed", "renamed"]
RecordKind = Literal["fact", "topic", "entity", "source"]
CHANGE_ORDER: tuple[ChangeType, ...] = ("added", "removed", "renamed", "changed")
KIND_ORDER: tuple[RecordKind, ...] = ("fact", "topic", "entity", "source")


class Facts(Mapping[str, Any]):
    """The facts of one side by id, with the fingerprint of each one's text (``jsonstream.fingerprint``):
    two facts of one fingerprint have one text, so one record, and are not read to be compared.

    ``keys`` maps each id to (where to read it, fingerprint); ``read(places)`` gives the facts
    at those places; ``known`` holds those already read (or validated where they were streamed)."""

    def __init__(self, keys: dict[str, tuple[Any, bytes]], read: Any, known: dict[str, Any] | None = None,
                 texts: list[tuple[str, int, bytes, int]] | None = None):
        self.keys_ = keys
        self.read = read
        self.known: dict[str, Any] = {} if known is None else known
        self.texts = texts  # (id, row, fingerprint, length) in file order, when read from an index

    def fingerprint(self, fact_id: str) -> bytes:
        return self.keys_[fact_id][1]

    def fetch(self, ids: Any) -> None:
        """Read the facts of these ids at once (one query, not one each)."""
        wanted = {self.keys_[i][0]: i for i in ids if i not in self.known}
        if wanted:
            for f in self.read(list(wanted)):
                if f.id in self.keys_ and self.keys_[f.id][0] in wanted:
                    self.known[f.id] = f

    def __getitem__(self, fact_id: str) -> Any:
        if fact_id not in self.known:
            if fact_id not in self.keys_:
                raise KeyError(fact_id)
            self.fetch([fact_id])
        return self.known[fact_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys_)

    def __len__(self) -> int:
        return len(self.keys_)

    def __contains__(self, fact_id: object) -> bool:
        return fact_id in self.keys_


@dataclass
class Snapshot:
    """One side of a base diff. ``sources`` is None when that side has no sources.json to compare.
    ``facts`` is a dict, or ``Facts`` (read on demand, fingerprinted) for a base read from its index."""

    label: str
    topics: dict[str, Topic]
    entities: dict[str, Entity]
    facts: Mapping[str, Fact]
    sources: dict[str, Source] | None

    @classmethod
    def of(cls, base: FactBase, label: str) -> Snapshot:
        texts = base.fact_texts()
        facts: Mapping[str, Fact] = {f.id: f for f in base.facts} if texts is None else \
            Facts({fid: (row, digest) for fid, row, digest, _n in texts}, base.facts_at, texts=texts)
        return cls(label, dict(base.topics), dict(base.entities), facts, dict(base.sources))

    @classmethod
    def from_files(cls, label: str, facts: FactsFile, sources: SourcesFile | None) -> Snapshot:
        return cls(
            label,
            {t.id: t for t in facts.topics},
            {e.id: e for e in facts.entities},
            {f.id: f for f in facts.facts},
            {s.id: s for s in sources.sources} if sources is not None else None,
        )


@dataclass(frozen=True, slots=True)
class Change:
    """One difference. ``changed`` carries one field; a renamed fact's field changes are
    ``changed`` records with ``old_id`` set."""

    change: ChangeType
    kind: RecordKind
    id: str
    old_id: str | None = None
    field: str | None = None
    old: Any = None
    new: Any = None

    def mirrored(self) -> Change:
        """The same difference seen from the other side (B→A instead of A→B)."""
        flip: dict[str, ChangeType] = {"added": "removed", "removed": "added"}
        if self.old_id is not None:
            return Change(self.change, self.kind, self.old_id, self.id, self.field, self.new, self.old)
        return Change(flip.get(self.change, self.change), self.kind, self.id, None, self.field, self.new, self.old)


@dataclass
class BaseDiff:
    old: Snapshot
    new: Snapshot
    changes: list[Change] = field(default_factory=list)

    def count(self, change: ChangeType, kind: RecordKind | None = None) -> int:
        """How many records were added/removed/renamed, or how many records changed (not fields)."""
        hits = [c for c in self.changes if c.change == change and (kind is None or c.kind == kind)]
        return len({(c.kind, c.id) for c in hits})


def quote_key(f: Fact) -> tuple[str, str]:
    """What makes a fact the same claim under a new id: its source and its words."""
    return f.source, " ".join(f.quote.split())


def _field_changes(kind: RecordKind, old: Any, new: Any, old_id: str | None = None) -> list[Change]:
    a, b = old.model_dump(), new.model_dump()
    return [Change("changed", kind, new.id, old_id, name, a.get(name), b.get(name))
            for name in type(new).model_fields if name != "id" and a.get(name) != b.get(name)]


def _renames(old: dict[str, Fact], new: dict[str, Fact], removed: set[str], added: set[str]) -> list[tuple[str, str]]:
    """Pair removed and added facts that carry the same quote from the same source.

    When several facts share a quote, the most alike pairs are taken first; the order depends
    only on the unordered pair, so A→B and B→A find the same renames.
    """
    by_key: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
    for i in removed:
        by_key.setdefault(quote_key(old[i]), ([], []))[0].append(i)
    for i in added:
        by_key.setdefault(quote_key(new[i]), ([], []))[1].append(i)
    pairs: list[tuple[str, str]] = []
    for gone, came in by_key.values():
        if not gone or not came:
            continue
        scored = []
        for r in gone:
            a = old[r].model_dump()
            for n in came:
                b = new[n].model_dump()
                same = sum(a[k] == b[k] for k in FACT_FIELDS if k != "id")
                scored.append((-same, min(r, n), max(r, n), r, n))
        used: set[str] = set()
        for *_, r, n in sorted(scored):
            if r not in used and n not in used:
                used |= {r, n}
                pairs.append((r, n))
    return pairs


def _diff_records(kind: RecordKind, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    out = [Change("added", kind, i) for i in new.keys() - old.keys()]
    out += [Change("removed", kind, i) for i in old.keys() - new.keys()]
    for i in old.keys() & new.keys():
        if old[i] != new[i]:
            out += _field_changes(kind, old[i], new[i])
    return out


def _differing(old: Mapping[str, Fact], new: Mapping[str, Fact]) -> set[str]:
    """The ids on both sides that may differ: all of them, but those of one fingerprint on both."""
    both = old.keys() & new.keys()
    if isinstance(old, Facts) and isinstance(new, Facts):  # an id given twice: the last, as in a dict by id
        a, b = old.keys_, new.keys_
        return {i for i in both if a[i][1] != b[i][1]}
    return both


def diff_bases(old: Snapshot, new: Snapshot) -> BaseDiff:
    """Every difference between two fact bases: facts, topics, entities and (when both have them) sources."""
    removed, added, differ = old.facts.keys() - new.facts.keys(), new.facts.keys() - old.facts.keys(), \
        _differing(old.facts, new.facts)
    for side, ids in ((old.facts, removed | differ), (new.facts, added | differ)):
        if isinstance(side, Facts):
            side.fetch(ids)
    olds = {i: old.facts[i] for i in removed | differ}
    news = {i: new.facts[i] for i in added | differ}
    renames = _renames(olds, news, removed, added)
    changes: list[Change] = []
    for r, n in renames:
        changes.append(Change("renamed", "fact", n, r))
        changes += _field_changes("fact", old.facts[r], new.facts[n], old_id=r)
    gone, came = {r for r, _ in renames}, {n for _, n in renames}
    changes += _diff_records("fact", {i: f for i, f in olds.items() if i not in gone},
                             {i: f for i, f in news.items() if i not in came})
    changes += _diff_records("topic", old.topics, new.topics)
    changes += _diff_records("entity", old.entities, new.entities)
    if old.sources is not None and new.sources is not None:
        changes += _diff_records("source", old.sources, new.sources)
    changes.sort(key=_change_order)
    return BaseDiff(old, new, changes)


_FIELDS: dict[str, tuple[str, ...]] = {"fact": FACT_FIELDS, "topic": TOPIC_FIELDS, "entity": ENTITY_FIELDS,
                                        "source": SOURCE_FIELDS}  # the models' fields, in order (records.py checks)


def _change_order(c: Change) -> tuple[int, int, str, int]:
    fields = _FIELDS[c.kind]
    rank = fields.index(c.field) + 1 if c.field in fields else 0
    return CHANGE_ORDER.index(c.change), KIND_ORDER.index(c.kind), c.id, rank
