"""Where a fact base is: its files' names, the shipped copy, ``--base`` and ``$NKECON_BASE``."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import NkeconError

FACTS_FILE = "facts.json"
SOURCES_DIR = "sources"
SOURCES_FILE = "sources.json"
ENV_BASE = "NKECON_BASE"
PACKAGE = Path(__file__).resolve().parent.parent  # nkecon_cli/; the installed base is its base/ folder


def default_base() -> Path:
    """The packaged copy of the fact base, or the repository root when run from a checkout."""
    packaged = PACKAGE / "base"
    if (packaged / FACTS_FILE).is_file():
        return packaged
    return PACKAGE.parent.parent


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
    return root.resolve() == (PACKAGE / "base")
