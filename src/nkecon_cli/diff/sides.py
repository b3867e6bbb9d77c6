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
    from typing import Any

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


def _from_git(rev: str, root: Path, other: Callable[[], Snapshot] | None = None) -> Snapshot:
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
    streamed = _streamed(rev, root, other()) if other is not None else None
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


def _streamed(rev: str, root: Path, other: Snapshot) -> Snapshot | None:
    """The revision's facts.json read as it streams from git (``jsonstream``) beside a side read from
    its index: a fact whose text is that of the other side's fact of its id is that record, and is
    neither kept nor validated again (nor decoded, when it comes where the other side has it); every
    other record is validated. Its sources are the caller's to add. None when the stream does not
    take it (a problem in the file, git failing): the caller reads the file whole, naming it."""
    from pydantic import ValidationError

    from ..factbase import jsonstream
    from ..factbase.records import Entity, Fact, Topic
    from .bases import Facts, Snapshot

    theirs = other.facts
    if not isinstance(theirs, Facts) or theirs.texts is None:
        return None
    texts, their_keys = theirs.texts, theirs.keys_
    at = {fid: i for i, (fid, *_rest) in enumerate(texts)}
    expected = 0  # the other side's fact that probably comes next: its text is not decoded when it does

    def expect(section: str) -> tuple[int, bytes] | None:
        return (texts[expected][3], texts[expected][2]) if section == "facts" and expected < len(texts) else None

    try:
        proc = subprocess.Popen(["git", "-C", str(root), "show", f"{rev}:./{FACTS_FILE}"], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL)
    except OSError:
        return None
    keys: dict[str, tuple[Any, bytes]] = {}
    known: dict[str, Any] = {}
    records: dict[str, list[Any]] = {"topics": [], "entities": []}
    models: dict[str, Any] = {"topics": Topic, "entities": Entity}
    ended: set[str] = set()
    ok = False
    try:
        assert proc.stdout is not None
        for section, index, value, text in jsonstream.arrays(proc.stdout, expect=expect):
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
        ok = ended == {"topics", "entities", "facts"}
    except (jsonstream.StreamError, ValidationError, AttributeError, TypeError):
        return None
    finally:
        if proc.stdout is not None:
            proc.stdout.close()
        ok = proc.wait() == 0 and ok
    if not ok:
        return None
    facts = Facts(keys, theirs.read, known)  # a fact not validated here has the text of one of theirs: read it there
    return Snapshot(rev, {t.id: t for t in records["topics"]}, {e.id: e for e in records["entities"]}, facts, None)


def _is_date(word: str) -> bool:
    try:
        _when.user_span(word)
    except _when.DateError:
        return False
    return True


def open_side(arg: str, current_root: Path, other: Callable[[], Snapshot] | None = None) -> Snapshot:
    """One side of a base diff: a fact-base folder or its facts.json (read through its index, as the
    current base is), a lone facts.json file, or a git revision of the repository holding the current
    base (``git show REV:facts.json``, streamed beside the side ``other()`` gives when that one was read
    from an index; asked only once the revision is known to hold a base)."""
    from ..factbase.index import open_base
    from .bases import Snapshot

    path = Path(arg).expanduser()
    if path.is_dir():
        if not (path / FACTS_FILE).is_file():
            raise NkeconError(f"{arg}: no {FACTS_FILE} in this folder; give a fact-base folder, "
                              "a facts.json file or a git revision such as HEAD~1")
        return Snapshot.of(open_base(path), arg)
    if path.is_file():
        if path.suffix != ".json":
            raise NkeconError(f"{arg}: not a fact base; give a fact-base folder, a facts.json file "
                              "or a git revision such as HEAD~1")
        if path.name == FACTS_FILE and (path.parent / SOURCES_DIR / SOURCES_FILE).is_file():
            return Snapshot.of(open_base(path.parent), arg)
        from ..factbase.loading import parse_facts_file

        try:
            raw = path.read_bytes()
        except OSError as err:
            raise NkeconError(f"{arg}: cannot read ({err.strerror})") from None
        return Snapshot.from_files(arg, parse_facts_file(raw, arg), None)
    return _from_git(arg, current_root, other)
