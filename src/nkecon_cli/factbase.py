"""Load, validate, cross-check and save a fact base (DESIGN.md §1, §3).

A fact base is a folder with ``facts.json`` and ``sources/`` (``sources.json`` plus one
``<id>.txt`` per source). Loading validates every record and reports every problem as one
line naming the file, the record and the field. Source texts are read lazily, once each.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .errors import NkeconError
from .models import Entity, Fact, FactsFile, Source, SourcesFile, Topic

FACTS_FILE = "facts.json"
SOURCES_DIR = "sources"
SOURCES_FILE = "sources.json"
ENV_BASE = "NKECON_BASE"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a fact base: which file, which record and field, and what."""

    file: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.where}: {self.message}" if self.where else f"{self.file}: {self.message}"


class LoadError(NkeconError):
    """The fact base cannot be read; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        first = str(problems[0])
        more = f" (and {len(problems) - 1} more; `nkecon verify` lists them all)" if len(problems) > 1 else ""
        super().__init__(first + more)


# --- where the base is ----------------------------------------------------------------------


def default_base() -> Path:
    """The packaged copy of the fact base, or the repository root when run from a checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "base"
    if (packaged / FACTS_FILE).is_file():
        return packaged
    return here.parent.parent


def resolve_base(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--base DIR``, else ``$NKECON_BASE``, else the default base."""
    chosen = explicit or os.environ.get(ENV_BASE) or None
    root = Path(chosen).expanduser() if chosen else default_base()
    if root.is_file() and root.name.endswith(".json"):
        root = root.parent
    if not (root / FACTS_FILE).is_file():
        how = "--base" if explicit else (ENV_BASE if os.environ.get(ENV_BASE) else "the default base")
        raise NkeconError(
            f"{root}: no {FACTS_FILE} here (from {how}); point --base at a folder holding "
            f"{FACTS_FILE} and {SOURCES_DIR}/"
        )
    return root


def is_packaged(root: Path) -> bool:
    return root.resolve() == (Path(__file__).resolve().parent / "base")


# --- the loaded base ------------------------------------------------------------------------


@dataclass
class FactBase:
    root: Path
    topics: dict[str, Topic]
    entities: dict[str, Entity]
    facts: list[Fact]
    sources: dict[str, Source]
    _texts: dict[str, str] = field(default_factory=dict, repr=False)
    _folded: dict[str, tuple[str, list[int]]] = field(default_factory=dict, repr=False)

    @property
    def facts_path(self) -> Path:
        return self.root / FACTS_FILE

    @property
    def sources_dir(self) -> Path:
        return self.root / SOURCES_DIR

    def text_path(self, source_id: str) -> Path:
        return self.sources_dir / f"{source_id}.txt"

    def text(self, source_id: str) -> str:
        """The source's text, read once."""
        if source_id not in self._texts:
            path = self.text_path(source_id)
            try:
                self._texts[source_id] = path.read_text(encoding="utf-8")
            except FileNotFoundError:
                raise NkeconError(f"{path}: missing; every source in {SOURCES_FILE} needs its text") from None
            except UnicodeDecodeError as err:
                raise NkeconError(f"{path}: byte {err.start} is not UTF-8; re-save the file as UTF-8") from None
        return self._texts[source_id]

    def locate(self, fact: Fact) -> tuple[int, int] | None:
        """Character offsets of the fact's quote in its source text, or None if not found."""
        if fact.source not in self.sources:
            return None
        if fact.source not in self._folded:
            self._folded[fact.source] = fold_whitespace(self.text(fact.source))
        return find_folded(self._folded[fact.source], fact.quote)

    def fact(self, fact_id: str) -> Fact | None:
        return self._by_id.get(fact_id)

    @property
    def _by_id(self) -> dict[str, Fact]:
        cache = self.__dict__.get("_by_id_cache")
        if cache is None:
            cache = self.__dict__["_by_id_cache"] = {f.id: f for f in self.facts}
        return cache


def fold_whitespace(text: str) -> tuple[str, list[int]]:
    """Text with every run of whitespace folded to one space, and each kept char's offset."""
    out: list[str] = []
    offsets: list[int] = []
    in_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not in_space:
                out.append(" ")
                offsets.append(i)
            in_space = True
        else:
            out.append(ch)
            offsets.append(i)
            in_space = False
    return "".join(out), offsets


def find_folded(folded: tuple[str, list[int]], quote: str) -> tuple[int, int] | None:
    """Find a quote whitespace-insensitively (otherwise exactly); offsets in the original text."""
    text, offsets = folded
    needle = " ".join(quote.split())
    if not needle:
        return None
    i = text.find(needle)
    if i < 0:
        return None
    return offsets[i], offsets[i + len(needle) - 1] + 1


# --- loading --------------------------------------------------------------------------------


def _pydantic_problems(file: str, err: ValidationError, raw: Any, section_key: str | None) -> list[Problem]:
    problems = []
    for e in err.errors(include_url=False):
        loc = list(e["loc"])
        msg = e["msg"]
        if e["type"] == "json_invalid":
            problems.append(Problem(file, "", f"not valid JSON ({msg}); fix the syntax"))
            continue
        where = ".".join(str(p) for p in loc)
        if len(loc) >= 2 and isinstance(loc[1], int) and isinstance(raw, dict):
            section, index = str(loc[0]), loc[1]
            items = raw.get(section)
            rec_id = None
            if isinstance(items, list) and index < len(items) and isinstance(items[index], dict):
                rec_id = items[index].get("id")
            noun = {"facts": "fact", "topics": "topic", "entities": "entity", "sources": "source"}.get(section, section)
            rest = ".".join(str(p) for p in loc[2:]) or "record"
            where = f"{noun} {rec_id!r} ({section}[{index}]) {rest}" if rec_id else f"{section}[{index}] {rest}"
        if e["type"] == "extra_forbidden":
            msg = "unknown field (typo? see DESIGN.md §1 for the fields)"
        elif e["type"] == "missing":
            msg = "required field missing"
        problems.append(Problem(file, where, msg))
    return problems


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise LoadError([Problem(str(path), "", "file not found")]) from None
    except OSError as err:
        raise LoadError([Problem(str(path), "", f"cannot read ({err.strerror})")]) from None


def parse_facts_file(raw: bytes, name: str) -> FactsFile:
    try:
        return FactsFile.model_validate_json(raw)
    except ValidationError as err:
        try:
            data = json.loads(raw)
        except ValueError:
            data = None
        raise LoadError(_pydantic_problems(name, err, data, "facts")) from None


def parse_sources_file(raw: bytes, name: str) -> SourcesFile:
    try:
        return SourcesFile.model_validate_json(raw)
    except ValidationError as err:
        try:
            data = json.loads(raw)
        except ValueError:
            data = None
        raise LoadError(_pydantic_problems(name, err, data, "sources")) from None


def load(root: Path | str | None = None) -> FactBase:
    """Load and validate a fact base; raise LoadError listing every problem."""
    base_root = resolve_base(root)
    facts_path = base_root / FACTS_FILE
    sources_path = base_root / SOURCES_DIR / SOURCES_FILE
    problems: list[Problem] = []
    facts_file: FactsFile | None = None
    sources_file: SourcesFile | None = None
    try:
        facts_file = parse_facts_file(_read(facts_path), str(facts_path))
    except LoadError as err:
        problems += err.problems
    try:
        sources_file = parse_sources_file(_read(sources_path), str(sources_path))
    except LoadError as err:
        problems += err.problems
    if problems or facts_file is None or sources_file is None:
        raise LoadError(problems)
    return FactBase(
        root=base_root,
        topics={t.id: t for t in facts_file.topics},
        entities={e.id: e for e in facts_file.entities},
        facts=list(facts_file.facts),
        sources={s.id: s for s in sources_file.sources},
    )


# --- integrity ------------------------------------------------------------------------------


def _duplicates(ids: Iterable[str]) -> set[str]:
    seen: set[str] = set()
    dup: set[str] = set()
    for i in ids:
        (dup if i in seen else seen).add(i)
    return dup


def cross_check(base: FactBase) -> list[Problem]:
    """Every reference resolves, ids are unique, the topic and entity trees have no cycles."""
    fp = str(base.facts_path)
    sp = str(base.sources_dir / SOURCES_FILE)
    out: list[Problem] = []
    for d in sorted(_duplicates(f.id for f in base.facts)):
        out.append(Problem(fp, f"fact {d!r}", "id used more than once; ids are never reused"))
    for t in base.topics.values():
        if t.parent and t.parent not in base.topics:
            out.append(Problem(fp, f"topic {t.id!r} parent", f"unknown topic {t.parent!r}"))
    for e in base.entities.values():
        if e.parent and e.parent not in base.entities:
            out.append(Problem(fp, f"entity {e.id!r} parent", f"unknown entity {e.parent!r}"))
    for kind, tree in (("topic", {t.id: t.parent for t in base.topics.values()}),
                       ("entity", {e.id: e.parent for e in base.entities.values()})):
        for start in tree:
            seen: set[str] = set()
            node: str | None = start
            while node is not None and node in tree:
                if node in seen:
                    out.append(Problem(fp, f"{kind} {start!r} parent", "the parents form a cycle"))
                    break
                seen.add(node)
                node = tree[node]
    for s in base.sources.values():
        for ref, what in [(s.author, "author")] + [(sp_, "speakers") for sp_ in s.speakers]:
            if ref and ref not in base.entities:
                out.append(Problem(sp, f"source {s.id!r} {what}",
                                   f"unknown entity {ref!r}; add it to facts.json entities"))
        if not base.text_path(s.id).is_file():
            out.append(Problem(sp, f"source {s.id!r}", f"its text {SOURCES_DIR}/{s.id}.txt is missing"))
    for f in base.facts:
        where = f"fact {f.id!r}"
        for tid in f.topics:
            if tid not in base.topics:
                out.append(Problem(fp, f"{where} topics", f"unknown topic {tid!r}"))
        for eid in f.entities:
            if eid not in base.entities:
                out.append(Problem(fp, f"{where} entities", f"unknown entity {eid!r}"))
        if f.speaker and f.speaker not in base.entities:
            out.append(Problem(fp, f"{where} speaker", f"unknown entity {f.speaker!r}"))
        if f.source not in base.sources:
            out.append(Problem(fp, f"{where} source", f"unknown source {f.source!r}"))
    return out


def check_quotes(base: FactBase) -> list[Problem]:
    """Every quote is found in its source text, whitespace-insensitively, otherwise exactly."""
    out: list[Problem] = []
    for f in base.facts:
        if f.source not in base.sources or not base.text_path(f.source).is_file():
            continue
        if base.locate(f) is None:
            snippet = " ".join(f.quote.split())[:60]
            out.append(Problem(str(base.facts_path), f"fact {f.id!r} quote",
                               f"not found in {SOURCES_DIR}/{f.source}.txt: {snippet!r}; copy the words exactly"))
    return out


def verify(root: Path | str | None = None) -> tuple[FactBase | None, list[Problem]]:
    """Everything `nkecon verify` checks: schema, cross-references, quotes."""
    try:
        base = load(root)
    except LoadError as err:
        return None, err.problems
    return base, cross_check(base) + check_quotes(base)


# --- saving ---------------------------------------------------------------------------------


def dump_facts_file(topics: Iterable[Topic], entities: Iterable[Entity], facts: Iterable[Fact]) -> str:
    """Deterministic serialisation: field order as in the model, entities by id, facts by source then id."""
    doc = {
        "topics": [t.model_dump(exclude_none=True) for t in topics],
        "entities": [e.model_dump(exclude_none=True) for e in sorted(entities, key=lambda e: e.id)],
        "facts": [f.model_dump() for f in sorted(facts, key=lambda f: (f.source, f.id))],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def dump_sources_file(sources: Iterable[Source]) -> str:
    doc = {"sources": [s.model_dump() for s in sorted(sources, key=lambda s: (s.date, s.id))]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def write_atomic(path: Path, content: str) -> None:
    """Write a file so that a crash leaves either the old or the new content, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save(base: FactBase) -> None:
    """Write facts.json of a base atomically and deterministically."""
    write_atomic(base.facts_path, dump_facts_file(base.topics.values(), base.entities.values(), base.facts))
