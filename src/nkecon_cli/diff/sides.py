"""``open_side``: one side of a base diff, from a folder, a ``facts.json`` file or a git revision
of the repository holding the current base."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

from ..errors import NkeconError
from ..factbase import when as _when
from ..factbase.loading import load, parse_facts_file, parse_sources_file
from ..factbase.paths import FACTS_FILE, SOURCES_DIR, SOURCES_FILE
from .bases import Snapshot

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
    shown = _git(root, "show", f"{rev}:./{FACTS_FILE}")
    if shown.returncode != 0:
        raise NkeconError(f"{rev}: has no {FACTS_FILE} at {root}; pick a revision that holds the base")
    facts = parse_facts_file(shown.stdout, f"{rev}:{FACTS_FILE}")
    src_path = f"{SOURCES_DIR}/{SOURCES_FILE}"
    src = _git(root, "show", f"{rev}:./{src_path}")
    sources = parse_sources_file(src.stdout, f"{rev}:{src_path}") if src.returncode == 0 else None
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
        if not (path / FACTS_FILE).is_file():
            raise NkeconError(f"{arg}: no {FACTS_FILE} in this folder; give a fact-base folder, "
                              "a facts.json file or a git revision such as HEAD~1")
        return Snapshot.of(load(path), arg)
    if path.is_file():
        if path.suffix != ".json":
            raise NkeconError(f"{arg}: not a fact base; give a fact-base folder, a facts.json file "
                              "or a git revision such as HEAD~1")
        if path.name == FACTS_FILE and (path.parent / SOURCES_DIR / SOURCES_FILE).is_file():
            return Snapshot.of(load(path.parent), arg)
        try:
            raw = path.read_bytes()
        except OSError as err:
            raise NkeconError(f"{arg}: cannot read ({err.strerror})") from None
        return Snapshot.from_files(arg, parse_facts_file(raw, arg), None)
    return _from_git(arg, current_root)
