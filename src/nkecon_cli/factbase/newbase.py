"""A fact base of one's own: ``nkecon init DIR``.

A new base is a folder with ``facts.json`` and ``sources/`` like any other (DESIGN.md §1), ready for
``--base DIR``. Without ``--from-shipped`` it has the shipped topic taxonomy and entity gazetteer —
so that the first facts can name their topics and places — and no facts and no sources; with it,
a copy of the whole shipped base. A folder that already holds a base is refused, never overwritten.

The files are written as every write to a base is (``safewrite``: fsynced, renamed into place), the
source texts and ``sources.json`` first and ``facts.json`` last: a folder with a ``facts.json`` is a
base, so a killed ``init`` leaves no half base behind, only files a second ``init`` writes again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import NkeconError
from .loading import load
from .paths import FACTS_FILE, SOURCES_DIR, SOURCES_FILE, default_base
from .write import dump_facts_file, dump_sources_file


@dataclass(frozen=True)
class Started:
    root: Path
    topics: int
    entities: int
    facts: int
    sources: int


def refusal(root: Path) -> str | None:
    """Why ``root`` cannot become a new base, or None."""
    if root.exists() and not root.is_dir():
        return f"{root}: not a folder; give a new or empty folder for the base"
    if (root / FACTS_FILE).exists():
        return (f"{root} already holds a fact base ({FACTS_FILE}); init never overwrites one — use it with "
                f"--base {root}, or give a new folder")
    if (root / SOURCES_DIR / SOURCES_FILE).exists():
        return (f"{root} already holds {SOURCES_DIR}/{SOURCES_FILE}; init never overwrites a base's files — give "
                "a new folder")
    return None


def init_base(root: Path, from_shipped: bool = False) -> Started:
    """Start a base in ``root`` (created if need be): taxonomy and gazetteer, or the whole shipped base."""
    from . import safewrite

    why = refusal(root)
    if why:
        raise NkeconError(why)
    shipped = load(default_base())
    facts = shipped.facts if from_shipped else []
    sources = list(shipped.sources.values()) if from_shipped else []
    try:
        (root / SOURCES_DIR).mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise NkeconError(f"{root / SOURCES_DIR}: a file is in the way; give a new or empty folder") from None
    with safewrite.base_lock(root):  # two inits of one folder: the second finds the first's base
        why = refusal(root)
        if why:
            raise NkeconError(why)
        for src in sources:
            safewrite.write_text(root / SOURCES_DIR / f"{src.id}.txt", shipped.text(src.id))
        safewrite.write_text(root / SOURCES_DIR / SOURCES_FILE, dump_sources_file(sources))
        safewrite.write_text(root / FACTS_FILE, dump_facts_file(shipped.topics.values(), shipped.entities.values(),
                                                                facts))
    return Started(root, len(shipped.topics), len(shipped.entities), len(facts), len(sources))
