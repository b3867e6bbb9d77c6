"""Diffs: a measure between two times, two fact bases, and claims of different sources.

Three questions, one module, no terminal code:

- ``compare_times`` — how did each measure change between FROM and TO? Values, ranges and
  ``approx`` qualifiers are carried through as intervals, never rounded into false precision.
- ``diff_bases`` — what did a curation change between two versions of a fact base? Facts are
  keyed by id; a removed id and an added id with the same source and quote are a rename.
- ``find_conflicts`` — where do sources disagree about the same measure at the same time,
  beyond what their ranges and qualifiers allow?

``open_side`` reads one side of a base diff from a folder, a ``facts.json`` file or a git
revision of the repository holding the current base.
"""

from __future__ import annotations

import math
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any, Literal

from . import factbase, money
from . import when as _when
from .errors import NkeconError
from .models import FACT_FIELDS, Approx, Entity, Fact, FactsFile, Record, Source, SourcesFile, Topic

# --- numbers with their honesty: ranges and qualifiers --------------------------------------

REPORTED_KINDS = frozenset({"statistic", "estimate"})
ABOUT = 0.10  # "about v" is read as v ± 10 %, "almost v" as [0.9 v, v]

_AT_LEAST = {"more-than": True, "at-least": False}  # approx → strict?
_AT_MOST = {"less-than": True, "up-to": False, "almost": True}


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed interval of numbers; a plain number is an interval of width 0."""

    lo: float
    hi: float

    @property
    def is_point(self) -> bool:
        return self.lo == self.hi

    def overlaps(self, other: Interval) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi


def stated(f: Fact) -> Interval:
    """The fact's value as the source states it: a number or a range, qualifiers aside."""
    if f.value is None:
        raise ValueError(f"fact {f.id!r} has no value")
    return Interval(f.value, f.value if f.value_max is None else f.value_max)


def plausible(f: Fact) -> Interval:
    """Every value the claim allows once its qualifier is taken at its word.

    about → ±10 %; more-than/at-least → [v, ∞); less-than/up-to → (−∞, v]; almost → [0.9v, v].
    """
    v = stated(f)
    if f.approx == "about":
        return Interval(v.lo - ABOUT * abs(v.lo), v.hi + ABOUT * abs(v.hi))
    if f.approx in _AT_LEAST:
        return Interval(v.lo, math.inf)
    if f.approx in ("less-than", "up-to"):
        return Interval(-math.inf, v.hi)
    if f.approx == "almost":
        return Interval(v.lo - ABOUT * abs(v.lo), v.hi)
    return v


def _direction(approx: str | None) -> tuple[int, bool] | None:
    """+1 when the true value lies above the figure, −1 below, 0 either side; and strictness."""
    if approx is None:
        return None
    if approx in _AT_LEAST:
        return 1, _AT_LEAST[approx]
    if approx in _AT_MOST:
        return -1, _AT_MOST[approx]
    return 0, False


def change_qualifier(old: str | None, new: str | None) -> Approx | None:
    """The qualifier of ``new − old``: "more than 12,000" minus 7,700 is "more than 4,300"."""
    dirs = []
    a, b = _direction(old), _direction(new)
    if a is not None:
        dirs.append((-a[0], a[1]))  # what is subtracted turns the other way
    if b is not None:
        dirs.append(b)
    if not dirs:
        return None
    strict = any(s for _, s in dirs)
    signs = {d for d, _ in dirs}
    if signs == {1}:
        return "more-than" if strict else "at-least"
    if signs == {-1}:
        return "less-than" if strict else "up-to"
    return "about"


def subtract(new: Interval, old: Interval) -> Interval:
    return Interval(new.lo - old.hi, new.hi - old.lo)


def divide(new: Interval, old: Interval) -> Interval | None:
    """new / old, or None when old may be zero or negative (no meaningful ratio)."""
    if old.lo <= 0:
        return None
    corners = [new.lo / old.lo, new.lo / old.hi, new.hi / old.lo, new.hi / old.hi]
    return Interval(min(corners), max(corners))


def tidy(x: float, digits: int = 6) -> float | int:
    """A number fit for a record: whole numbers as int, float noise rounded off."""
    if isinstance(x, int):
        return x
    r = round(x, digits)
    return int(r) if r.is_integer() else r


def unit_of(f: Fact) -> str:
    """Unit with its rate period: 't', 't/year'. Two points compare only when these match."""
    return f"{f.unit}/{f.per}" if f.per else f.unit or ""


# --- 1. one measure between two times --------------------------------------------------------

Status = Literal["compared", "only-from", "only-to", "unit-mismatch", "ambiguous"]


@dataclass(frozen=True, slots=True)
class Comparison:
    """One measure between FROM and TO: the points chosen and, when comparable, the change."""

    measure: str
    unit: str  # "t", "t/year"; "t vs kW" when the sides do not match
    status: Status
    old: Fact | None
    new: Fact | None
    change: Interval | None = None
    percent: Interval | None = None
    ratio: Interval | None = None
    qualifier: Approx | None = None  # of change, percent and ratio
    reason: str | None = None  # why a unit-mismatch is one when the units look alike (money of two eras)


def _width(f: Fact) -> int:
    lo, hi = f.span
    return (hi - lo).days


def best_points(points: Iterable[Fact]) -> dict[str, list[Fact]]:
    """Per unit, the most precise points: reported figures before plans, then the narrowest span.

    More than one point is returned for a unit only when they tie; the caller lists them all.
    """
    by_unit: dict[str, list[Fact]] = {}
    for f in points:
        by_unit.setdefault(unit_of(f), []).append(f)
    out: dict[str, list[Fact]] = {}
    for unit, fs in by_unit.items():
        reported = [f for f in fs if f.kind in REPORTED_KINDS]
        pool = reported or fs
        narrowest = min(_width(f) for f in pool)
        out[unit] = sorted((f for f in pool if _width(f) == narrowest), key=lambda f: f.id)
    return out


def compare(old: Fact, new: Fact, status: Status = "compared") -> Comparison:
    """The change from one point to another of the same measure and unit."""
    a, b = stated(old), stated(new)
    ratio = divide(b, a)
    percent = Interval((ratio.lo - 1) * 100, (ratio.hi - 1) * 100) if ratio else None
    return Comparison(
        measure=old.measure or "", unit=unit_of(old), status=status, old=old, new=new,
        change=subtract(b, a), percent=percent, ratio=ratio,
        qualifier=change_qualifier(old.approx, new.approx),
    )


def compare_times(facts: Iterable[Fact], old_span: tuple[date, date], new_span: tuple[date, date],
                  overlap: bool = False) -> list[Comparison]:
    """Each measure with a point at FROM or TO: compared, or listed with why it is not.

    A point is at a time when the text attests it then (``when.matches``; ``overlap`` for plain
    interval overlap, open ends running for ever). A point whose time covers both FROM and TO
    says nothing about change between them and is left out. Points of different units are never
    compared ("not comparable (t vs kW)"), nor money of different eras (RUB-1947 vs RUB-1961).
    """
    if _when.overlaps(old_span, new_span):
        raise NkeconError(
            f"the two times overlap ({old_span[0]}–{old_span[1]} and {new_span[0]}–{new_span[1]}); "
            "give two separate times, e.g. nkecon diff 1946 1949"
        )
    sides: dict[str, tuple[list[Fact], list[Fact]]] = {}
    for f in facts:
        if f.measure is None or f.value is None:
            continue
        at_old, at_new = _when.matches(f.when, old_span, overlap), _when.matches(f.when, new_span, overlap)
        if at_old and at_new:
            continue
        if at_old or at_new:
            sides.setdefault(f.measure, ([], []))[0 if at_old else 1].append(f)
    rows: list[Comparison] = []
    for measure in sorted(sides, key=str.casefold):
        olds, news = (best_points(side) for side in sides[measure])
        for unit in sorted(olds.keys() & news.keys()):
            pairs = [(o, n) for o in olds[unit] for n in news[unit]]
            status: Status = "compared" if len(pairs) == 1 else "ambiguous"
            rows += [compare(o, n, status) for o, n in pairs]
        only_old = sorted(olds.keys() - news.keys())
        only_new = sorted(news.keys() - olds.keys())
        if only_old and only_new:
            for uo in only_old:
                for un in only_new:
                    rows += [Comparison(measure, f"{uo} vs {un}", "unit-mismatch", o, n,
                                        reason=money.why_not_comparable(uo, un))
                             for o in olds[uo] for n in news[un]]
            continue
        rows += [Comparison(measure, u, "only-from", o, None) for u in only_old for o in olds[u]]
        rows += [Comparison(measure, u, "only-to", None, n) for u in only_new for n in news[u]]
    return rows


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
    def of(cls, base: factbase.FactBase, label: str) -> Snapshot:
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


# --- where the other side comes from ----------------------------------------------------------


def looks_like_dates(args: Sequence[str]) -> bool:
    """Two arguments that both read as dates and neither names an existing file: a diff over time."""
    if len(args) != 2 or any(Path(a).exists() for a in args):
        return False
    try:
        for a in args:
            _when.user_span(a)
    except _when.DateError:
        return False
    return True


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", "-C", str(root), *args], capture_output=True, timeout=60, check=False)
    except FileNotFoundError:
        raise NkeconError("git is not installed; give OLD as a fact-base folder or a facts.json file") from None


def _from_git(rev: str, root: Path) -> Snapshot:
    hint = "give a fact-base folder, a facts.json file or a git revision such as HEAD~1"
    if _is_date(rev):
        hint += " (to compare two times give both: nkecon diff 1946 1949)"
    if rev.startswith("-"):
        raise NkeconError(f"{rev!r}: not a fact base or a git revision; {hint}")
    if _git(root, "rev-parse", "--is-inside-work-tree").returncode != 0:
        raise NkeconError(f"{rev!r}: no such folder or file, and the base at {root} is not in a git repository; "
                          f"{hint}")
    if _git(root, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}").returncode != 0:
        raise NkeconError(f"{rev!r}: no such folder, file or git revision in {root}; {hint}")
    shown = _git(root, "show", f"{rev}:./{factbase.FACTS_FILE}")
    if shown.returncode != 0:
        raise NkeconError(f"{rev}: has no {factbase.FACTS_FILE} at {root}; pick a revision that holds the base")
    facts = factbase.parse_facts_file(shown.stdout, f"{rev}:{factbase.FACTS_FILE}")
    src_path = f"{factbase.SOURCES_DIR}/{factbase.SOURCES_FILE}"
    src = _git(root, "show", f"{rev}:./{src_path}")
    sources = factbase.parse_sources_file(src.stdout, f"{rev}:{src_path}") if src.returncode == 0 else None
    return Snapshot.from_files(rev, facts, sources)


def _is_date(word: str) -> bool:
    try:
        _when.user_span(word)
    except _when.DateError:
        return False
    return True


def open_side(arg: str, current_root: Path) -> Snapshot:
    """One side of a base diff: a fact-base folder, a facts.json file, or a git revision of the
    repository holding the current base (read with ``git show REV:facts.json``)."""
    path = Path(arg).expanduser()
    if path.is_dir():
        if not (path / factbase.FACTS_FILE).is_file():
            raise NkeconError(f"{arg}: no {factbase.FACTS_FILE} in this folder; give a fact-base folder, "
                              "a facts.json file or a git revision such as HEAD~1")
        return Snapshot.of(factbase.load(path), arg)
    if path.is_file():
        if path.suffix != ".json":
            raise NkeconError(f"{arg}: not a fact base; give a fact-base folder, a facts.json file "
                              "or a git revision such as HEAD~1")
        if path.name == factbase.FACTS_FILE and (path.parent / factbase.SOURCES_DIR / factbase.SOURCES_FILE).is_file():
            return Snapshot.of(factbase.load(path.parent), arg)
        try:
            raw = path.read_bytes()
        except OSError as err:
            raise NkeconError(f"{arg}: cannot read ({err.strerror})") from None
        return Snapshot.from_files(arg, factbase.parse_facts_file(raw, arg), None)
    return _from_git(arg, current_root)


# --- 3. sources that disagree ----------------------------------------------------------------

ConflictType = Literal["conflict", "restated"]


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two claims about one measure at overlapping times. ``a`` is the earlier statement."""

    status: ConflictType
    measure: str
    unit: str
    a: Fact
    b: Fact


def _family(kind: str) -> str:
    """Claims are weighed against their own kind: reported figures together, each plan kind alone."""
    return "reported" if kind in REPORTED_KINDS else kind


def _stated_key(f: Fact) -> tuple[date, str, str]:
    return _when.bounds(f.stated)[0], f.source, f.id


def find_conflicts(facts: Iterable[Fact]) -> list[Conflict]:
    """Claims that disagree beyond their ranges and qualifiers, and figures restated differently.

    - conflict: different sources (or speakers), overlapping attested times, and value intervals that do
      not meet once ``approx`` is taken at its word (see ``plausible``);
    - restated: otherwise, the same measure at the same time stated again later with another
      value (a revision within the tolerance, or the same source or speaker changing its figure).
    A target is never weighed against a reported figure: plans and outcomes differ by nature.
    """
    groups: dict[tuple[str, str, str], list[Fact]] = {}
    for f in facts:
        if f.measure and f.value is not None:
            groups.setdefault((f.measure, unit_of(f), _family(f.kind)), []).append(f)
    out: list[Conflict] = []
    for (measure, unit, _), fs in sorted(groups.items(), key=lambda kv: (kv[0][0].casefold(), kv[0][1:])):
        for a, b in combinations(sorted(fs, key=_stated_key), 2):
            if not _when.overlaps(a.attested, b.attested):  # an open end is no claim beyond it
                continue
            if (a.source != b.source or a.speaker != b.speaker) and not plausible(a).overlaps(plausible(b)):
                out.append(Conflict("conflict", measure, unit, a, b))
            elif a.span == b.span and _when.bounds(a.stated) != _when.bounds(b.stated) and stated(a) != stated(b):
                out.append(Conflict("restated", measure, unit, a, b))
    out.sort(key=lambda c: (c.measure.casefold(), c.unit, c.a.anchor, c.a.id, c.b.id))
    return out
