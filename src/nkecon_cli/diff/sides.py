"""``open_side``: one side of a base diff, from a folder, a ``facts.json`` file or a git revision
of the repository holding the current base."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

from ..errors import NkeconError
from ..factbase import when as _when
from ..factbase.paths import FACTS_FILE, SOURCES_DIR, SOURCES_FILE

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import IO, Any

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


def _from_git(rev: str, root: Path, other: Callable[[], Snapshot | None] | None = None) -> Snapshot:
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
    from ..factbase.loading import parse_facts_file, parse_sources_file
    from .bases import Snapshot

    if _git(root, "cat-file", "-e", f"{rev}:./{FACTS_FILE}").returncode != 0:
        raise NkeconError(f"{rev}: has no {FACTS_FILE} at {root}; pick a revision that holds the base")
    theirs = _other(other)
    streamed = _from_pipe(rev, root, theirs) if theirs is not None else None
    if streamed is None:
        shown = _git(root, "show", f"{rev}:./{FACTS_FILE}")
        if shown.returncode != 0:
            raise NkeconError(f"{rev}: has no {FACTS_FILE} at {root}; pick a revision that holds the base")
        facts = parse_facts_file(shown.stdout, f"{rev}:{FACTS_FILE}")
    src_path = f"{SOURCES_DIR}/{SOURCES_FILE}"
    src = _git(root, "show", f"{rev}:./{src_path}")
    sources = parse_sources_file(src.stdout, f"{rev}:{src_path}") if src.returncode == 0 else None
    if streamed is None:
        return Snapshot.from_files(rev, facts, sources)
    streamed.sources = {s.id: s for s in sources.sources} if sources is not None else None
    return streamed


def _from_pipe(rev: str, root: Path, other: Snapshot) -> Snapshot | None:
    """The revision's facts.json as it streams from ``git show`` (``_streamed``); None if git fails."""
    if not _indexed(other):
        return None
    try:
        proc = subprocess.Popen(["git", "-C", str(root), "show", f"{rev}:./{FACTS_FILE}"], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL)
    except OSError:
        return None
    assert proc.stdout is not None
    try:
        found = _streamed(rev, proc.stdout, other)
    finally:
        proc.stdout.close()
        code = proc.wait()
    return found if code == 0 else None


def _other(other: Callable[[], Snapshot | None] | None) -> Snapshot | None:
    """The other side, to stream this one beside; None if it cannot be opened: this side is then read
    on its own, so that its problems are named first, as before, and the other's come when it is asked."""
    if other is None:
        return None
    try:
        return other()
    except (NkeconError, OSError):
        return None


def _indexed(side: Snapshot) -> bool:
    from .bases import Facts

    return isinstance(side.facts, Facts)


def _streamed(label: str, fh: IO[bytes], other: Snapshot) -> Snapshot | None:
    """A facts.json read as it streams (``jsonstream``) beside a side read from its index: a fact
    whose text is that of the other side's fact of its id is that record, and is neither kept nor
    validated again (nor decoded, when it comes where the other side has it); every other record is
    validated. Its sources are the caller's to add. None when the stream does not take it (a problem
    in the file): the caller reads the file whole, naming it."""
    from pydantic import ValidationError

    from ..factbase import jsonstream
    from ..factbase.records import Entity, Fact, Topic
    from .bases import Facts, Snapshot

    theirs = other.facts
    assert isinstance(theirs, Facts)
    texts, their_keys = theirs.texts or [], theirs.keys_  # no texts: a side streamed itself, nothing expected
    at = {fid: i for i, (fid, *_rest) in enumerate(texts)}
    expected = 0  # the other side's fact that probably comes next: its text is not decoded when it does

    def expect(section: str) -> tuple[int, bytes] | None:
        return (texts[expected][3], texts[expected][2]) if section == "facts" and expected < len(texts) else None

    keys: dict[str, tuple[Any, bytes]] = {}
    known: dict[str, Any] = {}
    records: dict[str, list[Any]] = {"topics": [], "entities": []}
    models: dict[str, Any] = {"topics": Topic, "entities": Entity}
    ended: set[str] = set()
    try:
        for section, index, value, text in jsonstream.arrays(fh, expect=expect):
            if index is jsonstream.END:
                if section in ended:
                    return None  # a key given twice: the ordinary reader names the line
                ended.add(section)
            elif section == "facts":
                if value is jsonstream.KNOWN:  # the other side's text: its record, at its row
                    fid, row, digest, _n = texts[expected]
                    expected += 1
                    keys.pop(fid, None)
                    keys[fid] = (row, digest)
                    known.pop(fid, None)
                    continue
                digest = jsonstream.fingerprint(text)
                given = value.get("id") if isinstance(value, dict) else None
                if isinstance(given, str) and given in at:
                    expected = max(expected, at[given] + 1)
                if isinstance(given, str) and given in their_keys and their_keys[given][1] == digest:
                    keys.pop(given, None)  # as in a dict by id: the last fact of an id is the one kept
                    keys[given] = their_keys[given]
                    if given in theirs.known:  # validated there (a side streamed itself): that record
                        known[given] = theirs.known[given]
                    else:
                        known.pop(given, None)
                    continue
                f = Fact.model_validate(value)
                keys.pop(f.id, None)
                keys[f.id] = (None, digest)
                known[f.id] = f
            elif section in models:
                records[section].append(models[section].model_validate(value))
            else:
                return None  # a key the file may not have
    except (jsonstream.StreamError, ValidationError, AttributeError, TypeError):
        return None
    if ended != {"topics", "entities", "facts"}:
        return None
    facts = Facts(keys, theirs.read, known)  # a fact not validated here has the text of one of theirs: read it there
    return Snapshot(label, {t.id: t for t in records["topics"]}, {e.id: e for e in records["entities"]}, facts, None)


def _is_date(word: str) -> bool:
    try:
        _when.user_span(word)
    except _when.DateError:
        return False
    return True


def _folder(root: Path, label: str, other: Callable[[], Snapshot | None] | None) -> Snapshot:
    """A base folder: from its index when it has a fresh one; else its facts.json streamed beside
    ``other()`` when that side was read from an index (nothing is written into the folder); else
    opened as the current base is (``open_base``: indexed, or validated whole, naming any problem)."""
    from ..factbase.index import open_base, open_indexed
    from ..factbase.loading import parse_sources_file, read_file
    from ..factbase.problems import LoadError
    from .bases import Snapshot

    base = open_indexed(root)
    if base is not None:
        return Snapshot.of(base, label)
    theirs = _other(other)
    if theirs is not None and _indexed(theirs):
        try:
            with open(root / FACTS_FILE, "rb") as fh:
                streamed = _streamed(label, fh, theirs)
            src = root / SOURCES_DIR / SOURCES_FILE
            if streamed is not None:
                streamed.sources = {s.id: s for s in parse_sources_file(read_file(src), str(src)).sources}
                return streamed
        except (OSError, LoadError):
            pass  # read whole below, which names the problem
    return Snapshot.of(open_base(root), label)


def open_side(arg: str, current_root: Path, other: Callable[[], Snapshot | None] | None = None) -> Snapshot:
    """One side of a base diff: a fact-base folder or its facts.json (``_folder``: through its index,
    or streamed beside the other side), a lone facts.json file, or a git revision of the repository
    holding the current base (``git show REV:facts.json``, streamed beside the side ``other()`` gives
    when that one was read from an index). ``other()`` is asked once this side is known to be a base."""
    from .bases import Snapshot

    path = Path(arg).expanduser()
    if path.is_dir():
        if not (path / FACTS_FILE).is_file():
            raise NkeconError(f"{arg}: no {FACTS_FILE} in this folder; give a fact-base folder, "
                              "a facts.json file or a git revision such as HEAD~1")
        return _folder(path, arg, other)
    if path.is_file():
        if path.suffix != ".json":
            raise NkeconError(f"{arg}: not a fact base; give a fact-base folder, a facts.json file "
                              "or a git revision such as HEAD~1")
        if path.name == FACTS_FILE and (path.parent / SOURCES_DIR / SOURCES_FILE).is_file():
            return _folder(path.parent, arg, other)
        from ..factbase.loading import parse_facts_file

        try:
            raw = path.read_bytes()
        except OSError as err:
            raise NkeconError(f"{arg}: cannot read ({err.strerror})") from None
        return Snapshot.from_files(arg, parse_facts_file(raw, arg), None)
    return _from_git(arg, current_root, other)
