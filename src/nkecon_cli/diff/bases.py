"""``diff_bases``: what a curation changed between two versions of a fact base. Facts are keyed by
id; a removed id and an added id with the same source and quote are a rename."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from ..factbase.base import FactBase
from ..factbase.records import FACT_FIELDS, Entity, Fact, FactsFile, Record, Source, SourcesFile, Topic

# --- 2. two fact bases -----------------------------------------------------------------------

ChangeType = Literal["added", "removed", "changed", "renamed"]
RecordKind = Literal["fact", "topic", "entity", "source"]
CHANGE_ORDER: tuple[ChangeType, ...] = ("added", "removed", "renamed", "changed")
KIND_ORDER: tuple[RecordKind, ...] = ("fact", "topic", "entity", "source")


@dataclass
class Snapshot:
    """One side of a base diff. ``sources`` is None when that side has no sources.json to compare."""

    label: str
    topics: dict[str, Topic]
    entities: dict[str, Entity]
    facts: dict[str, Fact]
    sources: dict[str, Source] | None

    @classmethod
    def of(cls, base: FactBase, label: str) -> Snapshot:
        return cls(label, dict(base.topics), dict(base.entities), {f.id: f for f in base.facts}, dict(base.sources))

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


def diff_bases(old: Snapshot, new: Snapshot) -> BaseDiff:
    """Every difference between two fact bases: facts, topics, entities and (when both have them) sources."""
    renames = _renames(old.facts, new.facts, old.facts.keys() - new.facts.keys(), new.facts.keys() - old.facts.keys())
    changes: list[Change] = []
    for r, n in renames:
        changes.append(Change("renamed", "fact", n, r))
        changes += _field_changes("fact", old.facts[r], new.facts[n], old_id=r)
    gone, came = {r for r, _ in renames}, {n for _, n in renames}
    changes += _diff_records("fact", {i: f for i, f in old.facts.items() if i not in gone},
                             {i: f for i, f in new.facts.items() if i not in came})
    changes += _diff_records("topic", old.topics, new.topics)
    changes += _diff_records("entity", old.entities, new.entities)
    if old.sources is not None and new.sources is not None:
        changes += _diff_records("source", old.sources, new.sources)
    changes.sort(key=_change_order)
    return BaseDiff(old, new, changes)


_MODELS: dict[str, type[Record]] = {"fact": Fact, "topic": Topic, "entity": Entity, "source": Source}


def _change_order(c: Change) -> tuple[int, int, str, int]:
    fields = list(_MODELS[c.kind].model_fields)
    rank = fields.index(c.field) + 1 if c.field in fields else 0
    return CHANGE_ORDER.index(c.change), KIND_ORDER.index(c.kind), c.id, rank
