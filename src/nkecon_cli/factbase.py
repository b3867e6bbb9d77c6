"""Load, validate, cross-check and save a fact base (DESIGN.md §1, §3).

A fact base is a folder with ``facts.json`` and ``sources/`` (``sources.json`` plus one
``<id>.txt`` per source). Loading validates every record and reports every problem as one
line naming the file, the record and the field. Source texts are read lazily, once each.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from contextlib import contextmanager
from pathlib import Path

from .errors import NkeconError
from .inert import json_text

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:  # the models are built when a base is validated, not when this module is imported
    from collections.abc import Iterable, Iterator
    from typing import Any, TypeVar

    from pydantic import ValidationError

    from .models import Entity, Fact, FactsFile, Source, SourcesFile, Topic
    from .query import Wanted

FACTS_FILE = "facts.json"
SOURCES_DIR = "sources"
SOURCES_FILE = "sources.json"
ENV_BASE = "NKECON_BASE"


class Problem:
    """One thing wrong with a fact base: which file, which record and field, and what.

    (A plain class, not a dataclass: the dataclasses module costs a Tab of completion 15 ms.)"""

    __slots__ = ("file", "message", "where")
    file: str
    where: str
    message: str

    def __init__(self, file: str, where: str, message: str):
        object.__setattr__(self, "file", file)
        object.__setattr__(self, "where", where)
        object.__setattr__(self, "message", message)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Problem is read-only: {name}")

    def _fields(self) -> tuple[str, str, str]:
        return self.file, self.where, self.message

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Problem) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"Problem(file={self.file!r}, where={self.where!r}, message={self.message!r})"

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


def resolve_base(explicit: str | os.PathLike[str] | None = None, origin: str | None = None) -> Path:
    """``--base DIR`` (or its ``facts.json``), else ``$NKECON_BASE``, else the default base.

    ``origin`` names where ``explicit`` came from, for messages: ``--base`` or ``NKECON_BASE``.
    """
    chosen = explicit or os.environ.get(ENV_BASE) or None
    how = origin or ("--base" if explicit else (ENV_BASE if os.environ.get(ENV_BASE) else "the default base"))
    root = Path(chosen).expanduser() if chosen else default_base()
    if root.is_file():
        if root.name != FACTS_FILE:
            raise NkeconError(f"{root}: a file, not a fact base (from {how}); give the folder holding "
                              f"{FACTS_FILE} and {SOURCES_DIR}/, or its {FACTS_FILE}")
        root = root.parent
    if not (root / FACTS_FILE).is_file():
        raise NkeconError(
            f"{root}: no {FACTS_FILE} here (from {how}); point --base at a folder holding "
            f"{FACTS_FILE} and {SOURCES_DIR}/"
        )
    return root


def is_packaged(root: Path) -> bool:
    return root.resolve() == (Path(__file__).resolve().parent / "base")


# --- the loaded base ------------------------------------------------------------------------


class FactBase:
    """A fact base in memory: its records by id, and its source texts, read once each."""

    def __init__(self, root: Path, topics: dict[str, Topic], entities: dict[str, Entity], facts: list[Fact],
                 sources: dict[str, Source], _texts: dict[str, str] | None = None,
                 _folded: dict[str, tuple[str, list[int]]] | None = None):
        self.root = root
        self.topics = topics
        self.entities = entities
        self.facts = facts
        self.sources = sources
        self._texts: dict[str, str] = {} if _texts is None else _texts
        self._folded: dict[str, tuple[str, list[int]]] = {} if _folded is None else _folded
        self._plain: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(root={self.root!r}, {len(self.facts)} facts, {len(self.sources)} sources)"

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
                raw = path.read_bytes()
                wide = encoding_problem(raw, str(path))
                if wide is not None:
                    raise NkeconError(str(wide))
                # a byte-order mark is not part of the text: offsets count the characters after it
                self._texts[source_id] = raw.decode("utf-8").removeprefix("\ufeff")
            except FileNotFoundError:
                raise NkeconError(f"{path}: missing; every source in {SOURCES_FILE} needs its text") from None
            except UnicodeDecodeError as err:
                raise NkeconError(f"{path}: byte {err.start} is not UTF-8; re-save the file as UTF-8") from None
            except OSError as err:
                raise NkeconError(f"{path}: cannot read ({err.strerror}); check its permissions") from None
        return self._texts[source_id]

    def folded(self, source_id: str) -> tuple[str, list[int]]:
        """The source's text with its whitespace folded (``fold_whitespace``), made once."""
        found = self._folded.get(source_id)
        if found is None:
            found = self._folded[source_id] = fold_whitespace(self.text(source_id))
        return found

    def find_quote(self, source_id: str, quote: str) -> tuple[int, int] | None:
        """Where ``quote`` is in the source's text with all whitespace folded (``locate`` without the
        offsets in the original: folded in C, for looking up every quote of a large base). Two
        quotes overlap here exactly when they overlap in the text. None too when the text cannot be
        read (missing, unreadable, not UTF-8: ``check_quotes`` reports that, once)."""
        plain = self._plain.get(source_id)
        if plain is None:
            try:
                text = self.text(source_id)
            except NkeconError:
                return None
            plain = self._plain[source_id] = " ".join(text.split())
        needle = " ".join(quote.split())
        i = plain.find(needle) if needle else -1
        return None if i < 0 else (i, i + len(needle))

    def locate(self, fact: Fact) -> tuple[int, int] | None:
        """Character offsets of the fact's quote in its source text, or None if not found."""
        if fact.source not in self.sources:
            return None
        return find_folded(self.folded(fact.source), fact.quote)

    def fact(self, fact_id: str) -> Fact | None:
        return self._by_id.get(fact_id)

    @property
    def _by_id(self) -> dict[str, Fact]:
        cache = self.__dict__.get("_by_id_cache")
        if cache is None:
            cache = self.__dict__["_by_id_cache"] = {f.id: f for f in self.facts}
        return cache

    # What the queries ask of a base; the derived index (``index.IndexedBase``) answers the same
    # questions from SQLite, reading only what matches.

    def candidates(self, wanted: Wanted) -> Iterable[Fact]:
        """Facts that may match ``wanted``, in file order (the caller applies the exact test)."""
        return self.facts

    def measure_names(self) -> set[str]:
        return {f.measure for f in self.facts if f.measure}

    def speaker_ids(self) -> set[str]:
        """Entities that make the claim of some fact."""
        return {f.speaker for f in self.facts if f.speaker}

    def fact_ids(self, prefix: str = "") -> list[str]:
        """Fact ids starting with ``prefix``, in file order, each once."""
        return list(dict.fromkeys(f.id for f in self.facts if f.id.startswith(prefix)))

    def fact_count(self) -> int:
        return len(self.facts)

    def sharing(self) -> Iterable[Fact]:
        """Facts that may share source, measure and span with another (what the curation checks
        group), in file order: here every fact; the index reads only those in such a group."""
        return self.facts

    def priced_in(self, codes: Iterable[str]) -> Iterable[Fact]:
        """Facts that may have one of the unit ``codes``, alone or per something ("KPW/kg"), in file order."""
        return self.facts

    def quotes(self) -> Iterable[tuple[str, str, str]]:
        """(id, source, quote) of every fact, in file order."""
        return ((f.id, f.source, f.quote) for f in self.facts)

    def integrity_problems(self) -> list[Problem]:
        """Broken references and reused ids (``cross_check``)."""
        return cross_check(self)


# A run of whitespace that folding changes: two or more characters, or one that is not a plain
# space (the characters str.isspace() calls space; sre asks the same function). A lone space
# stays as it is and shifts nothing, so ordinary prose costs nothing to fold.
_WHITESPACE = re.compile(r"\s{2,}|[^\S ]")


def fold_whitespace(text: str) -> tuple[str, list[int]]:
    """Text with every run of whitespace folded to one space, and where its offsets shift.

    The second part holds n folded indexes followed by the n original indexes they stand for:
    from each folded index on, a character of the folded text is that much further on in the
    text. Two per run that folding changes, not one per character: small for a large text.
    """
    parts: list[str] = []
    folded_at: list[int] = [0]
    original_at: list[int] = [0]
    pos = folded_pos = 0
    for m in _WHITESPACE.finditer(text):
        start, end = m.span()
        parts.append(text[pos:start])
        folded_pos += start - pos
        parts.append(" ")
        folded_at += (folded_pos, folded_pos + 1)
        original_at += (start, end)
        folded_pos += 1
        pos = end
    parts.append(text[pos:])
    return "".join(parts), folded_at + original_at


def _original(shifts: list[int], i: int) -> int:
    import bisect

    n = len(shifts) // 2
    k = bisect.bisect_right(shifts, i, 0, n) - 1
    return shifts[n + k] + (i - shifts[k])


def find_folded(folded: tuple[str, list[int]], quote: str) -> tuple[int, int] | None:
    """Find a quote whitespace-insensitively (otherwise exactly); offsets in the original text."""
    text, shifts = folded
    needle = " ".join(quote.split())
    if not needle:
        return None
    i = text.find(needle)
    if i < 0:
        return None
    return _original(shifts, i), _original(shifts, i + len(needle) - 1) + 1


# --- loading --------------------------------------------------------------------------------


def error_message(e: Any) -> str:
    """The words of one pydantic error, as nkecon says them."""
    if e["type"] == "string_pattern_mismatch":
        from .models import SLUG_PATTERN, slug_error

        if e.get("ctx", {}).get("pattern") == SLUG_PATTERN:
            return slug_error(e["input"])
    if e["type"] == "string_too_long" and isinstance(e.get("input"), str) and "max_length" in e.get("ctx", {}):
        n = e["ctx"]["max_length"]
        return f"{len(e['input'])} characters long; an id is at most {n} (it names files): shorten it"
    return str(e["msg"]).removeprefix("Value error, ")


def _pydantic_problems(file: str, err: ValidationError, raw: Any, keys: Iterable[str] = ()) -> list[Problem]:
    problems = []
    for e in err.errors(include_url=False):
        loc = list(e["loc"])
        msg = error_message(e)
        if e["type"] == "json_invalid":
            problems.append(Problem(file, "", f"not valid JSON ({msg}); fix the syntax"))
            continue
        if not loc and e["type"] == "model_type":
            found = "a list" if isinstance(raw, list) else "null" if raw is None else type(raw).__name__
            problems.append(Problem(file, "", f"holds {found}; the file must be one JSON object with the keys "
                                              f"{', '.join(keys)} (DESIGN.md §1)"))
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


def read_file(path: Path) -> bytes:
    """A file of the base as bytes; a LoadError naming it when it cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise LoadError([Problem(str(path), "", "file not found")]) from None
    except OSError as err:
        raise LoadError([Problem(str(path), "", f"cannot read ({err.strerror})")]) from None


if TYPE_CHECKING:
    _M = TypeVar("_M", "FactsFile", "SourcesFile")


def _parse(model: type[_M], raw: bytes, name: str) -> _M:
    """Validate a whole file in one go; on failure, every problem named by record id and field.

    A UTF-8 byte-order mark at the start is ignored, as it is in every file nkecon reads.
    """
    from pydantic import ValidationError

    raw = raw.removeprefix(b"\xef\xbb\xbf")
    not_utf8 = encoding_problem(raw, name)
    if not_utf8 is not None:
        raise LoadError([not_utf8])
    repeated = duplicate_key_problems(raw, name)  # first: what it reads is let go before the models are built
    if repeated:
        raise LoadError(repeated)
    try:
        return model.model_validate_json(raw)
    except ValidationError as err:
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            data = None
        raise LoadError(_pydantic_problems(name, err, data, model.model_fields)) from None


def encoding_problem(raw: bytes, name: str) -> Problem | None:
    """A file in UTF-16 or UTF-32 (a byte-order mark, or NUL bytes between the first characters)."""
    head = raw[:4]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
        return Problem(name, "", "is UTF-16 or UTF-32, not UTF-8; re-save it as UTF-8")
    return None


def duplicate_key_problems(raw: bytes | str, name: str, where: str = "") -> list[Problem]:
    """Every key given twice in one object of a JSON text, by line (none if it is not JSON at all)."""
    from . import strictjson

    try:
        strictjson.check(raw)
    except strictjson.DuplicateKey:
        text = raw if isinstance(raw, str) else raw.decode("utf-8", "replace")
        found = strictjson.duplicates(text)
        if where:  # one line of a JSON-lines file: its place is already named
            return [Problem(name, where, strictjson.problem_text(key)) for _line, key in found]
        return [Problem(name, f"line {line}", strictjson.problem_text(key)) for line, key in found]
    except (ValueError, RecursionError):
        pass  # not JSON at all: the validator says where
    return []


def parse_facts_file(raw: bytes, name: str) -> FactsFile:
    from .models import FactsFile

    return _parse(FactsFile, raw, name)


def parse_sources_file(raw: bytes, name: str) -> SourcesFile:
    from .models import SourcesFile

    return _parse(SourcesFile, raw, name)


@contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while many objects that form no cycles are made.

    Validating 100,000 facts creates millions of objects; each collection would walk them all
    again (it halves the time of a large load). Reference counting still frees what is dropped.
    """
    import gc

    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def load(root: Path | str | None = None, origin: str | None = None) -> FactBase:
    """Load and validate a fact base; raise LoadError listing every problem.

    ``origin`` names where ``root`` came from, for messages.
    """
    base_root = resolve_base(root, origin)
    facts_path = base_root / FACTS_FILE
    sources_path = base_root / SOURCES_DIR / SOURCES_FILE
    problems: list[Problem] = []
    facts_file: FactsFile | None = None
    sources_file: SourcesFile | None = None
    with no_gc():
        try:
            facts_file = parse_facts_file(read_file(facts_path), str(facts_path))
        except LoadError as err:
            problems += err.problems
        try:
            sources_file = parse_sources_file(read_file(sources_path), str(sources_path))
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

    def problems(self) -> list[Problem]:
        reused = [Problem(self.fp, f"fact {d!r}", "id used more than once; ids are never reused")
                  for d in sorted(self._reused)]
        return reused + self._records + self._facts


def cross_check(base: FactBase) -> list[Problem]:
    """Every reference resolves, ids are unique, the topic and entity trees have no cycles."""
    check = CrossCheck(base.root, base.topics, base.entities, base.sources)
    for f in base.facts:
        check.fact(f.id, f.topics, f.entities, f.speaker, f.source)
    return check.problems()


def check_quotes(base: FactBase) -> list[Problem]:
    """Every quote is found in its source text, whitespace-insensitively, otherwise exactly."""
    out: list[Problem] = []
    readable: dict[str, bool] = {}  # source id: its text can be searched
    for fid, source, quote in base.quotes():
        ok = readable.get(source)
        if ok is None:
            ok = readable[source] = source in base.sources and base.text_path(source).is_file()
            if ok:
                try:
                    base.text(source)
                except NkeconError as err:  # an unreadable text is a problem verify reports, like any other
                    out.append(Problem(str(base.text_path(source)), "", str(err).split(": ", 1)[-1]))
                    ok = readable[source] = False
        if ok and base.find_quote(source, quote) is None:
            snippet = " ".join(quote.split())[:60]
            out.append(Problem(str(base.facts_path), f"fact {fid!r} quote",
                               f"not found in {SOURCES_DIR}/{source}.txt: {snippet!r}; copy the words exactly"))
    return out


def verify(root: Path | str | None = None, origin: str | None = None) -> tuple[FactBase | None, list[Problem]]:
    """Everything `nkecon verify` checks: schema, cross-references, quotes.

    A record that breaks the schema does not hide the rest: the records that are valid are
    cross-checked and their quotes looked up too, so one run lists every problem.
    """
    try:
        base = load(root, origin=origin)
    except LoadError as err:
        partial, dropped = _valid_records(resolve_base(root, origin))
        if partial is None:
            return None, err.problems
        # a reference to a record already reported as broken is not a second problem
        later = [p for p in cross_check(partial) + check_quotes(partial)
                 if not any(f"{d!r}" in p.message for d in dropped)]
        return None, err.problems + later
    return base, cross_check(base) + check_quotes(base)


def _valid_records(root: Path) -> tuple[FactBase | None, set[str]]:
    """The base with only the records that pass the schema, and the ids of those that do not
    (None when a file is not even JSON of the right shape)."""
    from . import strictjson

    try:  # a repeated key leaves no record to trust: the problem named is all there is to say
        facts_raw = strictjson.loads(read_file(root / FACTS_FILE).removeprefix(b"\xef\xbb\xbf"))
        sources_raw = strictjson.loads(read_file(root / SOURCES_DIR / SOURCES_FILE).removeprefix(b"\xef\xbb\xbf"))
    except (LoadError, ValueError, RecursionError):
        return None, set()
    if not isinstance(facts_raw, dict) or not isinstance(sources_raw, dict):
        return None, set()
    from pydantic import ValidationError

    from .models import Entity, Fact, Source, Topic

    dropped: set[str] = set()

    def valid(items: Any, model: type[Any]) -> list[Any]:
        out = []
        for item in items if isinstance(items, list) else []:
            try:
                out.append(model.model_validate(item))
            except ValidationError:
                if isinstance(item, dict) and isinstance(item.get("id"), str):
                    dropped.add(item["id"])
        return out

    topics = valid(facts_raw.get("topics"), Topic)
    entities = valid(facts_raw.get("entities"), Entity)
    facts = valid(facts_raw.get("facts"), Fact)
    sources = valid(sources_raw.get("sources"), Source)
    base = FactBase(root=root, topics={t.id: t for t in topics}, entities={e.id: e for e in entities},
                    facts=facts, sources={s.id: s for s in sources})
    return base, dropped


# --- saving ---------------------------------------------------------------------------------


def dump_facts_file(topics: Iterable[Topic], entities: Iterable[Entity], facts: Iterable[Fact]) -> str:
    """Deterministic serialisation: field order as in the model, entities by id, facts by source then id."""
    doc = {
        "topics": [t.model_dump(exclude_none=True) for t in topics],
        "entities": [e.model_dump(exclude_none=True) for e in sorted(entities, key=lambda e: e.id)],
        "facts": [f.model_dump() for f in sorted(facts, key=lambda f: (f.source, f.id))],
    }
    return json_text(doc, indent=2) + "\n"


def dump_sources_file(sources: Iterable[Source]) -> str:
    doc = {"sources": [s.model_dump() for s in sorted(sources, key=lambda s: (s.date, s.id))]}
    return json_text(doc, indent=2) + "\n"


def write_atomic(path: Path, content: str) -> None:
    """Write a file so that a crash leaves either the old or the new content, never half (fsynced)."""
    from . import safewrite

    safewrite.write_text(path, content)


def save(base: FactBase) -> None:
    """Write facts.json of a base atomically and deterministically (callers hold ``write_lock``)."""
    write_atomic(base.facts_path, dump_facts_file(base.topics.values(), base.entities.values(), base.facts))


@contextmanager
def write_lock(root: Path) -> Iterator[FactBase]:
    """Lock a fact base for a read–modify–write and yield it freshly loaded.

    Whatever another writer changed before the lock was granted is in the base yielded; what a
    killed writer left behind is cleaned up first (``recover``).
    """
    from . import safewrite

    with safewrite.base_lock(root):
        recover(root)
        yield load(root)


def recover(root: Path) -> list[Path]:
    """Remove the temporary files of a killed writer; finish an ingest whose metadata had landed."""
    from . import safewrite

    done = safewrite.recover(root, owned=lambda name: name == FACTS_FILE)
    sources_dir = root / SOURCES_DIR
    try:
        listed = {s.id for s in parse_sources_file((sources_dir / SOURCES_FILE).read_bytes(), SOURCES_FILE).sources}
    except (OSError, LoadError):
        listed = set()
    done += safewrite.recover(
        sources_dir,
        owned=lambda name: name == SOURCES_FILE or name.endswith(".txt"),
        finish=lambda name: name.endswith(".txt") and name.removesuffix(".txt") in listed,
    )
    return done


# --- curation: adding facts and sources -------------------------------------------------------

CANDIDATE_KEY = "candidate"  # what `extract` adds to a fact-shaped record; dropped by `add`
DERIVED_KEYS = ("when_start", "when_end", "source_title")  # what `facts --format jsonl` adds; dropped too


def refuse_packaged(base: FactBase, what: str) -> None:
    if is_packaged(base.root):
        raise NkeconError(
            f"{base.root} is the copy of the fact base installed with the package; to {what}, pass --base DIR "
            "(a clone of the repository or a folder of your own with facts.json and sources/)"
        )


def parse_jsonl(raw: str, name: str) -> tuple[list[tuple[str, Any]], list[Problem]]:
    """Records of a JSON-lines text (a JSON array is accepted too), each labelled ``name:line``."""
    records: list[tuple[str, Any]] = []
    problems: list[Problem] = []
    stripped = raw.lstrip()
    from . import strictjson

    if stripped.startswith("["):
        try:
            items = strictjson.loads(raw)
        except strictjson.DuplicateKey:
            return [], duplicate_key_problems(raw, name)
        except RecursionError:
            return [], [Problem(name, "", "nested too deeply; give one flat JSON object per line")]
        except ValueError as err:
            return [], [Problem(name, "", f"not valid JSON ({err}); give one JSON object per line")]
        return [(f"{name}:[{i}]", item) for i, item in enumerate(items)], []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append((f"{name}:{n}", strictjson.loads(line)))
        except strictjson.DuplicateKey:
            problems += duplicate_key_problems(line, f"{name}:{n}", "record")
        except RecursionError:
            problems.append(Problem(f"{name}:{n}", "", "nested too deeply; give one flat JSON object a line"))
        except ValueError as err:
            reason = str(err.args[0]).split(":")[0]
            problems.append(Problem(f"{name}:{n}", "", f"not valid JSON ({reason}); give one object a line"))
    return records, problems


_APOSTROPHES = re.compile(r"(?<=\w)['’ʼ`´](?=\w)")


def slug_words(text: str) -> list[str]:
    """The words of a text as slug parts: ASCII, lowercase, apostrophes dropped ("Korea's" → koreas)."""
    ascii_text = unicodedata.normalize("NFKD", _APOSTROPHES.sub("", text)).encode("ascii", "ignore").decode().lower()
    return [w for w in re.split(r"[^a-z0-9]+", ascii_text) if w]


def slugify(text: str, max_words: int = 7, max_len: int = 60) -> str:
    """'Electrolytic zinc output, Nampo' → 'electrolytic-zinc-output-nampo'."""
    slug = ""
    for w in slug_words(text)[:max_words]:
        if len(slug) + len(w) + 1 > max_len:
            break
        slug = f"{slug}-{w}" if slug else w
    return slug or "fact"


def derive_fact_id(fact: Fact, taken: set[str]) -> str:
    """A stable, readable id from the measure (or statement) and the year: 'zinc-output-1949', made unique."""
    stem = slugify(fact.measure or fact.statement)
    lo, hi = fact.span
    year = (hi if lo.year <= 1 else lo).year
    if str(year) not in stem.split("-") and year < 9999:
        stem = f"{stem}-{year}"
    candidate, n = stem, 2
    while candidate in taken:
        candidate, n = f"{stem}-{n}", n + 1
    return candidate


_FILL_IN = "empty: the curator fills this in (extract leaves it null)"


def _record_problems(where: str, err: ValidationError) -> list[Problem]:
    out = []
    for e in err.errors(include_url=False):
        loc = ".".join(str(p) for p in e["loc"]) or "record"
        if e["type"] == "extra_forbidden":
            msg = "unknown field (not a fact field; see DESIGN.md §1)"
        elif e["type"] == "missing":
            msg = "required field missing"
        elif e.get("input", ...) is None:
            msg = _FILL_IN
        elif e["type"] == "too_short" and loc == "topics":
            msg = "at least one topic, most specific first"
        else:
            msg = error_message(e)
        out.append(Problem(where, loc, msg))
    return out


def _reference_problems(base: FactBase, where: str, rec: dict[str, Any]) -> list[Problem]:
    """Unknown topics, entities, speaker or source of a record that did not validate (cross_check does the rest)."""
    out = []
    known: dict[str, tuple[str, set[str]]] = {"topics": ("topic", set(base.topics)),
                                              "entities": ("entity", set(base.entities))}
    for key, (noun, names) in known.items():
        refs = rec.get(key)
        for ref in refs if isinstance(refs, list) else []:
            if isinstance(ref, str) and ref not in names:
                out.append(Problem(where, key, f"unknown {noun} {ref!r}"))
    if isinstance(rec.get("speaker"), str) and rec["speaker"] not in base.entities:
        out.append(Problem(where, "speaker", f"unknown entity {rec['speaker']!r}"))
    if isinstance(rec.get("source"), str) and rec["source"] not in base.sources:
        out.append(Problem(where, "source", f"unknown source {rec['source']!r}"))
    return out


def _dup_key(f: Fact) -> tuple[str, str, float | None, str]:
    return f.source, " ".join(f.quote.split()), f.value, f.when


def add_facts(base: FactBase, records: Iterable[tuple[str, Any]], write: bool = True,
              accept_drafts: bool = False) -> list[Fact]:
    """Validate reviewed records and append them to the base; raise LoadError listing every problem.

    A record is a fact (DESIGN.md §1) or an ``extract`` candidate completed by the curator: its
    ``candidate`` object (and the derived ``when_start``/``when_end``/``source_title`` of an export)
    is dropped, any other unknown field is an error; a record whose ``candidate.drafted`` names
    fields that ``extract`` drafted is refused unless ``accept_drafts`` (the curator has read them).
    A missing id is derived from the measure or
    statement and the year. Refused: a used id, a fact already in the base (same source, quote, value
    and when), a quote not found in its source, unknown topics, entities, speaker or source. Nothing
    is written unless every record passes; then facts.json is replaced atomically.

    The write is a read–modify–write under ``write_lock``: the records are checked against the base
    as it is on disk once the lock is held, so parallel ``add``s each land, and none is lost.
    """
    records = list(records)
    if not write:
        return _plan_additions(base, records, accept_drafts)[0]
    refuse_packaged(base, "add facts")
    with write_lock(base.root) as current:
        new, would_be = _plan_additions(current, records, accept_drafts)
        if new:
            save(would_be)
    base.topics, base.entities, base.sources = current.topics, current.entities, current.sources
    base.facts = would_be.facts
    base.__dict__.pop("_by_id_cache", None)
    return new


def _plan_additions(base: FactBase, records: list[tuple[str, Any]], accept_drafts: bool = False
                    ) -> tuple[list[Fact], FactBase]:
    """The facts ``records`` would add to ``base``, and the base with them; LoadError lists every problem."""
    from pydantic import ValidationError

    from .models import Fact

    problems: list[Problem] = []
    pending: list[tuple[str, Fact, bool]] = []
    for where, raw in records:
        if not isinstance(raw, dict):
            problems.append(Problem(where, "", "not a JSON object; give one fact (an object) a line"))
            continue
        cand = raw.get(CANDIDATE_KEY)
        drafts = cand.get("drafted") if isinstance(cand, dict) else None
        if drafts and not accept_drafts:
            names = ", ".join(str(d) for d in drafts) if isinstance(drafts, list) else str(drafts)
            problems.append(Problem(where, "candidate.drafted", f"{names}: drafted by extract, not yet read; "
                                    "check them, then add with --accept-drafts"))
        rec = {k: v for k, v in raw.items() if k != CANDIDATE_KEY and k not in DERIVED_KEYS}
        if isinstance(rec.get("quote"), str):  # texts are kept NFC (normalise_text): so is the quote looked up
            rec["quote"] = unicodedata.normalize("NFC", rec["quote"])
        derive = not rec.get("id")
        if derive:
            rec["id"] = "pending"
        # checked here too, so that a half-completed candidate hears of it with its other gaps
        no_measure = rec.get("value") is not None and not rec.get("measure")
        if no_measure:
            problems.append(Problem(where, "measure", "empty: a value needs a measure, shared by a series' points"))
        try:
            pending.append((where, Fact.model_validate(rec), derive))
        except ValidationError as err:
            problems.extend(p for p in _record_problems(where, err)
                            if not (no_measure and p.where == "record" and "measure" in p.message))
            problems.extend(_reference_problems(base, where, rec))  # so that one pass lists every gap
    taken = {f.id for f in base.facts}
    in_base = set(taken)
    first_use: dict[str, str] = {}
    keys = {_dup_key(f): f.id for f in base.facts}
    new: list[Fact] = []
    label: dict[str, str] = {}
    for where, fact, derive in pending:
        if derive:
            fact = fact.model_copy(update={"id": derive_fact_id(fact, taken)})
        elif fact.id in in_base:
            problems.append(Problem(where, "id", f"{fact.id!r} is already used in the base; ids are never reused"))
            continue
        elif fact.id in taken:
            problems.append(Problem(where, "id", f"{fact.id!r} is given twice in this input (first at "
                                                 f"{first_use.get(fact.id, '?')}); give each fact its own id"))
            continue
        dup = keys.get(_dup_key(fact))
        if dup is not None:
            problems.append(Problem(where, "", f"duplicate of fact {dup!r} (same source, quote, value and when)"))
            continue
        taken.add(fact.id)
        first_use.setdefault(fact.id, where)
        keys[_dup_key(fact)] = fact.id
        label[fact.id] = where
        new.append(fact)
    would_be = FactBase(base.root, base.topics, base.entities, [*base.facts, *new], base.sources,
                        base._texts, base._folded)
    before = {str(p) for p in cross_check(base)}
    for p in cross_check(would_be):
        if str(p) in before:
            continue
        for fid, where in label.items():
            prefix = f"fact {fid!r}"
            if p.where.startswith(prefix):
                problems.append(Problem(where, p.where[len(prefix):].strip() or "id", p.message))
                break
    from .quoted import unwritten_value

    for f in new:
        if f.source in base.sources and base.text_path(f.source).is_file() and would_be.locate(f) is None:
            snippet = " ".join(f.quote.split())[:60]
            problems.append(Problem(label[f.id], "quote",
                                    f"not found in {SOURCES_DIR}/{f.source}.txt: {snippet!r}; copy the words exactly"))
        unwritten = unwritten_value(f)
        if unwritten is not None:
            problems.append(Problem(label[f.id], *unwritten))
    if problems:
        raise LoadError(sorted(problems, key=lambda p: _line_order(p.file)))
    return new, would_be


def _line_order(label: str) -> tuple[str, int]:
    name, _, line = label.rpartition(":")
    digits = line.strip("[]")
    return (name, int(digits)) if digits.isdigit() else (label, 0)


def normalise_text(text: str) -> str:
    """UTF-8 text as a source is kept: NFC, no byte-order mark, newlines as \\n, one final newline."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text).rstrip("\n") + "\n"


def source_id(title: str, date_edtf: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """"North Korea's Coal Industry in 2016", '2017-03-15' → 'north-koreas-coal-industry-in-2016-2017-03-15'.

    Every word of the title while the id stays within ``vocab.SLUG_MAX_LEN``; a longer title keeps
    its first words and then every year it names, so the years stay readable. An id in ``taken``
    gets a suffix (``-2``, ``-3``…): a derived id never collides.
    """
    from .vocab import SLUG_MAX_LEN

    date_part = slugify(date_edtf, max_words=6)
    room = SLUG_MAX_LEN - len(date_part) - 3  # "-" before the date, and room for a "-N" suffix
    words = slug_words(title) or ["source"]
    kept: list[str] = []
    for w in words:
        if len("-".join([*kept, w])) > room:
            break
        kept.append(w)
    years = [w for w in words[len(kept):] if re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", w)]
    while kept and years and len("-".join([*kept, *years])) > room:
        kept.pop()  # a long title keeps its first words and every year it names
    kept += years
    stem = f"{'-'.join(kept)[:room].strip('-')}-{date_part}"
    candidate, n = stem, 2
    while candidate in taken:
        candidate, n = f"{stem}-{n}", n + 1
    return candidate


def ingest_source(base: FactBase, text: str, meta: dict[str, Any]) -> Source:
    """Add a source: its text as ``sources/<id>.txt`` (NFC, \\n newlines) and its metadata in sources.json.

    ``meta`` holds Source fields; ``title`` and ``date`` are required, ``id`` is derived from them when
    absent, ``kind`` defaults to ``document``, ``perspective`` to ``unknown`` and ``citation`` is built
    from title, date, publisher and url. An existing source, id or text file is never overwritten.
    """
    from pydantic import ValidationError

    from . import when as _when
    from .models import Source

    refuse_packaged(base, "ingest sources")
    body = normalise_text(text)
    if not body.strip():
        raise NkeconError("the text is empty; nothing to ingest")
    fields = {k: v for k, v in meta.items() if v not in (None, "", [], ())}
    title, date_text = str(fields.get("title", "")).strip(), str(fields.get("date", "")).strip()
    if not title or not date_text:
        raise NkeconError("a source needs --title and --date")
    try:
        date_text = _when.user_edtf(date_text)
    except _when.DateError as err:
        raise NkeconError(f"--date {date_text!r}: {err}") from None
    fields["title"], fields["date"] = title, date_text
    if fields.get("url") and not is_web_url(str(fields["url"])):
        raise NkeconError(f"--url {fields['url']!r}: {URL_RULE}")
    derived = "id" not in fields  # a derived id is made unique under the lock; a given one is refused if taken
    fields.setdefault("kind", "document")
    fields.setdefault("perspective", "unknown")
    if "citation" not in fields:
        parts = [f"\u201c{title},\u201d {_when.label(date_text)}"]
        parts += [str(fields[k]) for k in ("publisher", "url") if fields.get(k)]
        fields["citation"] = ", ".join(parts) + "."
    try:
        src = Source.model_validate({**fields, "id": fields.get("id") or source_id(title, date_text)})
    except ValidationError as err:
        first = err.errors(include_url=False)
        detail = "; ".join(f"--{'.'.join(str(p) for p in e['loc'])}: {error_message(e)}" for e in first)
        raise NkeconError(f"source metadata: {detail}") from None
    with write_lock(base.root) as current:
        if derived:
            taken = set(current.sources) | {p.stem for p in current.sources_dir.glob("*.txt")}
            src = src.model_copy(update={"id": source_id(title, date_text, frozenset(taken))})
        if src.id in current.sources or current.text_path(src.id).exists():
            raise NkeconError(f"source {src.id!r} already exists in {current.sources_dir}; ingest never overwrites "
                              "(pass --id to give the new source another id)")
        for other in current.sources.values():
            if current.text_path(other.id).is_file() and current.text(other.id) == body:
                raise NkeconError(f"this text is already in the base as source {other.id!r}")
        for ref in [src.author, *src.speakers]:
            if ref and ref not in current.entities:
                raise NkeconError(f"unknown entity {ref!r} (author/speakers name entity ids; "
                                  "`nkecon entities` lists them)")
        _write_source(current, src, body)
    base.sources, base.entities, base.topics, base.facts = current.sources, current.entities, current.topics, \
        current.facts
    base._texts[src.id] = body
    return src


def _write_source(base: FactBase, src: Source, body: str) -> None:
    """A source's text and its sources.json entry land together or not at all.

    The text is staged as a temporary file beside its place; sources.json is then replaced (the
    commit point); then the text is renamed into place. A failure before the commit removes the
    staged text; a kill between commit and rename is finished by ``recover`` on the next write.
    """
    import tempfile

    from . import safewrite

    path = base.text_path(src.id)
    sources_path = base.sources_dir / SOURCES_FILE
    try:
        fd, staged_name = tempfile.mkstemp(dir=base.sources_dir, prefix=safewrite.temp_name(path),
                                           suffix=safewrite.TEMP_SUFFIX)
    except OSError as err:  # a read-only folder, a full disk: named by the file it was for
        raise safewrite.WriteError(path, err) from None
    staged = Path(staged_name)
    try:
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(body)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(staged, safewrite.umask_mode())
        except OSError as err:
            raise safewrite.WriteError(path, err) from None
        old = sources_path.read_bytes()
        write_atomic(sources_path, dump_sources_file([*base.sources.values(), src]))
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    try:
        os.replace(staged, path)
    except BaseException:
        staged.unlink(missing_ok=True)
        safewrite.replace_file(sources_path, lambda tmp: tmp.write_bytes(old))  # roll the entry back
        raise
    safewrite.fsync_dir(base.sources_dir)
    base.sources[src.id] = src


def read_text_file(path: str, encoding: str = "utf-8", stdin: Any = None) -> str:
    """A text file (or ``-`` for standard input) decoded, with a fix-it message when it is not."""
    import sys

    try:
        raw = (stdin or sys.stdin.buffer).read() if path == "-" else Path(path).read_bytes()
    except FileNotFoundError:
        raise NkeconError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise NkeconError(f"{path}: is a folder; give a text file") from None
    if isinstance(raw, str):
        return raw
    try:
        return raw.decode("utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding)
    except UnicodeDecodeError as err:
        name = "standard input" if path == "-" else path
        raise NkeconError(f"{name}: byte {err.start} is not {encoding}; re-save it as UTF-8 or pass --encoding "
                          "(e.g. --encoding cp1252)") from None
    except LookupError:
        raise NkeconError(f"--encoding {encoding!r}: unknown encoding; try utf-8, cp1252, euc-kr") from None
