"""Writes that lose nothing: a lock across read–modify–write, atomic replacement, crash recovery.

Every write to a fact base happens under ``base_lock``: an exclusive ``flock`` on the base folder
itself (no lock file to litter the base), held while the base is re-read, checked and written, so
N writers in parallel make N changes. A file is replaced by ``replace_file``: a temporary file
beside it is written and fsynced, renamed over the target, and the folder fsynced, so a process
killed at any point leaves the old file or the new one, never a torn one. Temporary files a killed
writer left behind are removed (or, for a source text whose metadata already landed, moved into
place) by ``recover`` when the next writer takes the lock. New files get the user's umask.
This module imports nothing of the package but ``errors``.
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import NkeconError

TEMP_SUFFIX = ".tmp"


def umask_mode(base: int = 0o666) -> int:
    """``base`` less the process umask: the mode ``open(..., "w")`` would give a new file."""
    mask = os.umask(0)
    os.umask(mask)
    return base & ~mask


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def temp_name(path: Path) -> str:
    """The prefix of temporary files for ``path``: ``.facts.json.<random>.tmp`` beside it."""
    return f".{path.name}."


class WriteError(NkeconError, OSError):
    """A file could not be written (full disk, read-only folder): one line naming it and the fix,
    never the temporary file (exit 2). Still an OSError, for callers that try another place."""

    def __init__(self, path: Path, err: OSError):
        OSError.__init__(self, err.errno, err.strerror)
        fix = {errno.ENOSPC: "free some space and run it again", errno.EDQUOT: "free some space and run it again",
               errno.EROFS: "the file system is read-only", errno.EACCES: "check the folder's permissions",
               errno.EPERM: "check the folder's permissions"}.get(err.errno or 0, "check the disk and the folder")
        self.message = f"{path}: cannot write ({err.strerror or err}); {fix}; nothing was changed"

    def __str__(self) -> str:
        return self.message


def replace_file(path: Path, fill: Callable[[Path], object], mode: int | None = None) -> None:
    """Replace ``path`` atomically by what ``fill`` writes into a temporary path beside it.

    The temporary file is fsynced, given ``mode`` (default: the existing file's mode, else the
    user's umask), renamed over ``path`` and the folder fsynced. On any failure the temporary file
    is removed and ``path`` is untouched.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=temp_name(path), suffix=TEMP_SUFFIX)
    except OSError as err:
        raise WriteError(path, err) from None
    tmp = Path(tmp_name)
    os.close(fd)
    try:
        fill(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        if mode is None:
            try:
                mode = stat.S_IMODE(path.stat().st_mode)
            except FileNotFoundError:
                mode = umask_mode()
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except WriteError:
        tmp.unlink(missing_ok=True)
        raise
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise WriteError(path, err) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def write_text(path: Path, content: str, mode: int | None = None) -> None:
    """Replace a UTF-8 text file atomically (newlines written as ``\\n``)."""

    def fill(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)

    replace_file(path, fill, mode)


@contextmanager
def base_lock(root: Path) -> Iterator[None]:
    """Hold an exclusive lock on a fact-base folder; wait for any other writer to finish first."""
    try:
        fd = os.open(root, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as err:
        raise NkeconError(f"{root}: cannot open the fact-base folder to lock it ({err.strerror})") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as err:
            raise NkeconError(f"{root}: cannot lock the fact-base folder ({err.strerror}); "
                              "is it on a file system without locks?") from None
        yield
    finally:
        os.close(fd)  # closing the last descriptor releases the lock


_TEMP = re.compile(r"\.(?P<name>.+)\.[A-Za-z0-9_]+" + re.escape(TEMP_SUFFIX))


def recover(folder: Path, owned: Callable[[str], bool], finish: Callable[[str], bool] = lambda name: False
            ) -> list[Path]:
    """Clean up after a writer that was killed: its temporary files in ``folder``.

    Call it holding ``base_lock``, so that no live writer's temporary file is touched. A temporary
    file ``.NAME.<random>.tmp`` whose NAME ``finish`` accepts, and whose NAME does not exist yet,
    is moved into place (the write it belonged to was committed elsewhere); one whose NAME is
    ``owned`` (a file of the base) is removed; anything else is left alone. Returns what was done.
    """
    done: list[Path] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return done
    for p in entries:
        m = _TEMP.fullmatch(p.name)
        if not m or not p.is_file():
            continue
        name = m["name"]
        target = folder / name
        if finish(name) and not target.exists():
            os.replace(p, target)
        elif owned(name) or finish(name):
            p.unlink(missing_ok=True)
        else:
            continue
        done.append(p)
    if done:
        fsync_dir(folder)
    return done


def output_target(path: Path, protected: list[Path]) -> Path:
    """The file ``export -o PATH`` really writes: a symlink is followed (written through, like the
    shell's ``>``); a device, a folder or anything else not a regular file is refused, and so are
    the fact base's own files (``protected``: files, or folders whose whole content is protected)
    and those of any other fact base (``base_holding``)."""
    real = Path(os.path.realpath(path))
    shown = f"{path} (→ {real})" if real != Path(os.path.abspath(path)) else str(path)
    if real.exists() and not real.is_file():
        what = "a folder" if real.is_dir() else "a device or other special file"
        raise NkeconError(f"-o {shown}: is {what}, not a regular file; give a file path")
    if not real.parent.is_dir():
        raise NkeconError(f"-o {shown}: no folder {real.parent}; create it first or pick another path")
    for p in protected:
        try:
            p_real = Path(os.path.realpath(p))
        except OSError:
            continue
        inside = p_real.is_dir() and p_real in real.parents
        same = real == p_real or (real.exists() and p_real.is_file() and os.path.samefile(real, p_real))
        if inside or same:
            raise NkeconError(f"-o {shown}: is part of the fact base ({p_real}); export elsewhere")
    other = base_holding(real)
    if other is not None:
        raise NkeconError(f"-o {shown}: is part of the fact base in {other} (its facts.json or a file in its "
                          "sources/); export elsewhere")
    return real


def base_holding(path: Path) -> Path | None:
    """The fact base that ``path`` is a file of (DESIGN.md §1: a folder with ``facts.json`` and
    ``sources/``): its ``facts.json``, or anything under its ``sources/``; None for any other path."""
    if path.name == "facts.json" and (path.parent / "sources").is_dir():
        return path.parent
    for folder in path.parents:
        if folder.name == "sources" and (folder.parent / "facts.json").is_file():
            return folder.parent
    return None
