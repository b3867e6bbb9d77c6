"""Reading a fact base: every record parsed and validated, every problem named (DESIGN.md §1, §3)."""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path

from .base import FactBase
from .paths import FACTS_FILE, SOURCES_DIR, SOURCES_FILE, resolve_base
from .problems import LoadError, Problem, _pydantic_problems, encoding_problem

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import TypeVar

    from .records import FactsFile, SourcesFile


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
    from .records import FactsFile

    return _parse(FactsFile, raw, name)


def parse_sources_file(raw: bytes, name: str) -> SourcesFile:
    from .records import SourcesFile

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
