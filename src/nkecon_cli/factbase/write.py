"""Writing a fact base: deterministic files, replaced atomically under a lock."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from .inert import json_text
from .loading import load, parse_sources_file
from .paths import FACTS_FILE, SOURCES_DIR, SOURCES_FILE
from .problems import LoadError

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from .base import FactBase
    from .records import Entity, Fact, Source, Topic


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
