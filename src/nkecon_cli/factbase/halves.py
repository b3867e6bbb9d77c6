"""A new index of a big ``facts.json`` built by two processes: the second half of the facts checked
by a worker while the builder reads the first (DESIGN.md §5 "The index", "Two processes").

The builder (``indexing``) finds a place near the middle of the file where a fact probably
starts (the writer puts each fact on lines of its own at one indent) and forks a worker that
reads the facts from there to the end of the array, checks each as the builder would (the
builder's own ``make_row``) and writes their rows into two files of its own, numbered from 1:
most into the first, the last few into the second, which the builder copies after making the
indexes (so that the worker is still at work meanwhile). The builder reads the file from the
start as always; only when its reader stands at exactly that place, at the start of a fact
(``jsonstream.arrays``' ``mark``), is the worker's reading proven the one it would have made
itself. It then copies the worker's rows in SQL with its own numbering and goes over the
characters the worker read (of a racy file, proving them the worker's by their fingerprint,
which the worker hands over with its rows): the index is the one a single process writes, row for row. Where
anything differs — no such place, the reader stepping over it, the worker failing, dying or
taking too long — what the worker has not handed over is thrown away and the builder reads on by
itself; it reads on itself from where the worker stopped (a fact it could not read or prove) too.
This module imports nothing of the package but ``jsonstream`` and ``indexkey``.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time

from . import jsonstream
from .indexkey import FACT_COLUMNS, NAME, NewRows

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path
    from typing import Any

    Row = tuple[tuple[Any, ...], str, list[str], list[str]]  # a fact's row, its doc, its topics and entities

MIN_BYTES = 4_000_000  # a new index of a facts.json at least this big is built by two processes (tests lower it)
SHARE = 0.44  # the part of the file before the place the worker starts at
LAST = 0.23  # the part of the worker's facts it writes after the rest (while the builder indexes those)
_BETWEEN = b"\n    },\n    {\n"  # one fact ending and the next starting, at the indent the writer gives them
_LOOK = 1 << 16  # bytes searched for that, from the middle on
_BATCH = 500  # rows written at a time
_PART = """
CREATE TABLE facts(id, kind, source, speaker, measure, unit, att_lo, att_hi, span_lo, span_hi, ord, length,
                   digest, refs);
CREATE TABLE docs(doc);
CREATE TABLE fact_topics(fact, topic);
CREATE TABLE fact_entities(fact, entity);
"""
_SHIFTED = "rowid + ?, id, kind, source, speaker, measure, unit, att_lo, att_hi, span_lo, span_hi, ord + ?, length, "\
           "digest, refs"


class Worker:
    """A worker process reading the facts of ``facts.json`` from character ``place`` on into the
    files ``parts`` (attached to the builder's connection as ``part0``, ``part1``), one after the
    other; ``fd`` the pipe that says when each is written."""

    def __init__(self, pid: int, fd: int, parts: list[Path], place: int):
        self.pid: int | None = pid
        self.fd: int | None = fd
        self.parts = parts
        self.place = place
        self.started = time.monotonic()
        self.said = b""

    def take(self, con: sqlite3.Connection, rowids: int, places: int, between: Callable[[], object]
             ) -> tuple[int, int, bytes | None] | None:
        """The builder is at the worker's place, its rows so far written: copy the worker's into the
        index, their rowids after ``rowids`` and their places after ``places``, each part as soon
        as it is written (``between()`` runs after the first, if another follows); how many facts,
        the characters from the place to the end of the last, and their fingerprint if the worker
        was asked to ``prove`` them (``jsonstream.Elements.proof``). None if there are none (the
        worker failed, or found none it could prove)."""
        taken = end = 0
        proof: bytes | None = None
        timeout = 5 + 4 * (time.monotonic() - self.started)
        try:
            for k in range(len(self.parts)):
                try:
                    said = self._said(timeout)
                    if said is None:
                        break
                    count, end_k, more, proof_k = said
                    if con.execute(f"SELECT count(*), max(rowid) FROM part{k}.facts").fetchone() != (count,
                                                                                                   count or None):
                        break
                except (OSError, ValueError, sqlite3.Error):  # the worker's word or file, not the index
                    break
                self._copy(con, f"part{k}", rowids + taken, places + taken)  # (an error here: the index's)
                taken, end, proof = taken + count, end_k, proof_k
                if not more:
                    break
                between()
        finally:
            self.stop()
        return (taken, end, proof) if taken else None

    def _said(self, timeout: float) -> tuple[int, int, int, bytes | None] | None:
        """The worker's next word, (facts, characters, more to come, their fingerprint or None); None
        if it has none (failed, died, or too slow: it is stopped and the builder goes on by itself)."""
        import select

        assert self.fd is not None
        deadline = time.monotonic() + timeout
        while b"\n" not in self.said:
            ready, _, _ = select.select([self.fd], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                return None
            more = os.read(self.fd, 64)
            if not more:
                return None
            self.said += more
        line, self.said = self.said.split(b"\n", 1)
        count, length, more_to_come, proof = line.split()
        return int(count), int(length), int(more_to_come), None if proof == b"-" else bytes.fromhex(proof.decode())

    @staticmethod
    def _copy(con: sqlite3.Connection, part: str, rowids: int, places: int) -> None:
        """Copy the rows of ``part`` into the index, in the order the worker wrote them, shifted."""
        con.execute(f"INSERT INTO facts(rowid, {FACT_COLUMNS}) SELECT {_SHIFTED} FROM {part}.facts ORDER BY rowid",
                    (rowids, places))
        con.execute(f"INSERT INTO docs(rowid, doc) SELECT rowid + ?, doc FROM {part}.docs ORDER BY rowid", (rowids,))
        for table, column in (("fact_topics", "topic"), ("fact_entities", "entity")):
            con.execute(f"INSERT INTO {table}(fact, {column}) SELECT fact + ?, {column} FROM {part}.{table} "
                        "ORDER BY rowid", (rowids,))

    def stop(self) -> None:
        """Stop the worker if it still runs, and let go of its pipe (its files: ``close``)."""
        if self.pid is not None:
            import signal

            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
            self.pid = None
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def close(self) -> None:
        self.stop()
        for part in self.parts:
            part.unlink(missing_ok=True)


def start(facts: Path, size: int, folder: Path, make_row: Callable[[Any, str, int, dict[Any, Any]], Row],
          prove: bool = False) -> Worker | None:
    """A worker checking the second half of ``facts`` (``size`` bytes), its rows written into two
    files in ``folder``, with the fingerprint of the characters it read if asked to ``prove`` them
    (a racy file: the builder's proof that it reads the same text); None where the file is small,
    no place is found, or a process cannot be forked safely (no ``fork``, macOS, other threads
    running) or would find no core free."""
    if size < MIN_BYTES or not _can_fork() or not spare_core():
        return None
    found = _place(facts, size)
    if found is None:
        return None
    offset, place = found
    import tempfile

    parts: list[Path] = []
    try:
        for _ in range(2):
            fd, name = tempfile.mkstemp(dir=folder, prefix=f".{NAME}.", suffix=".part.tmp")  # a killed one's: removed
            os.close(fd)
            parts.append(_path(name))
            con = sqlite3.connect(parts[-1])
            try:
                con.execute("PRAGMA synchronous = OFF")  # a file of a moment: no fsync (9 ms for the two)
                con.executescript(_PART)
            finally:
                con.close()
        read, write = os.pipe()
    except (OSError, sqlite3.Error):
        for part in parts:
            part.unlink(missing_ok=True)
        return None
    pid = status = -1
    try:
        pid = os.fork()  # (a signal the builder had not yet handled is not handled in the worker too)
        if pid == 0:  # the worker: whatever happens in it from here, a signal too, it ends below
            os.close(read)
            _work(facts, offset, int((size - offset) * (1 - LAST)), parts, make_row, write, prove)
            status = 0
    except OSError:
        if pid != 0:  # no fork
            for fd in (read, write):
                os.close(fd)
            for part in parts:
                part.unlink(missing_ok=True)
            return None
    finally:
        if pid == 0:
            os._exit(1 if status else 0)
    os.close(write)
    return Worker(pid, read, parts, place)


def _work(facts: Path, offset: int, first: int, parts: list[Path],
          make_row: Callable[[Any, str, int, dict[Any, Any]], Row], fd: int, prove: bool = False) -> None:
    """Check the facts from byte ``offset`` of ``facts`` on, up to the end of the array or the first
    that is not read or not valid (the builder meets that one itself), their rows written into
    ``parts``: about ``first`` characters' worth into the first, the rest into the second, each
    numbered from 1. Once each is written, ``fd`` is told how many facts it holds, the characters
    from ``offset`` to the end of its last, whether more follow, and (``prove``) the fingerprint of
    those characters, else "-"."""
    from .laid import read

    elements = jsonstream.Elements(facts, offset, read, prove)
    facts_read = iter(elements)
    days: dict[Any, Any] = {}
    length = 0
    for k, part in enumerate(parts):
        count, length, more = _write(facts_read, part, make_row, days, first if k == 0 else None, length)
        proof = elements.proof(length).hex().encode() if prove else b"-"  # of all so far, these facts or none
        os.write(fd, b"%d %d %d %s\n" % (count, length, more and k + 1 < len(parts), proof))
        if not more:
            return


def _write(facts_read: Iterator[tuple[Any, str, int]], part: Path, make_row: Callable[..., Row],
           days: dict[Any, Any], until: int | None, length: int) -> tuple[int, int, bool]:
    """Write the rows of the facts ``facts_read`` gives into ``part``, up to one ending at or after
    character ``until`` (None: all); how many, the end of the last, whether more may follow."""
    con = sqlite3.connect(part)
    con.execute("PRAGMA journal_mode = OFF")
    con.execute("PRAGMA synchronous = OFF")
    new = NewRows(con)
    flush = new.flush

    n = 0
    more = False
    with con:
        try:
            for value, text, end in facts_read:
                try:
                    row, doc, topics, entities = make_row(value, text, n + 1, days)
                except Exception:  # not valid (or the model not at hand): the builder meets it itself
                    break
                n += 1
                length = end
                if new.add(row, doc, topics, entities) >= _BATCH:
                    flush()
                if until is not None and end >= until:
                    more = True
                    break
        except jsonstream.StreamError:
            pass
        flush()
    con.close()
    return n, length, more


def write_out(con: sqlite3.Connection) -> None:
    """Have the pages of the database of ``con`` written so far go to the disk in the background
    (a thread's fsync, which gives up the interpreter's lock), so that the fsync before the rename
    (``safewrite``) waits for the few written after: 0.05 s of 0.09 at 100,000 facts."""
    import threading

    try:
        fd = os.open(con.execute("PRAGMA database_list").fetchone()[2], os.O_RDONLY)
    except (OSError, sqlite3.Error, TypeError):
        return

    def run() -> None:
        try:
            os.fsync(fd)
        except OSError:
            pass  # only to save time: the fsync that counts comes later
        finally:
            os.close(fd)

    threading.Thread(target=run, name="nkecon-write-out").start()


def _can_fork() -> bool:
    if not hasattr(os, "fork") or sys.platform == "darwin":  # macOS: forking without exec is not safe
        return False
    threading = sys.modules.get("threading")
    return threading is None or threading.active_count() == 1  # another thread may hold a lock the worker needs


def spare_core() -> bool:
    """Whether a worker would have a core of its own now: two processes on one core are slower than
    one (the worker's work is handed over, not saved). ``free`` of the count of running tasks
    (Linux's ``/proc/loadavg``, this process among them; the fewest of three looks 2 ms apart, as a
    passing task counts in one) and the CPUs this process may use; where the count cannot be read,
    the CPUs alone decide."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    if cpus < 2:
        return False
    for look in range(3):
        try:
            with open("/proc/loadavg", "rb") as f:
                loadavg: bytes | None = f.read(128)
        except OSError:
            loadavg = None
        if free(cpus, loadavg):
            return True
        if look < 2:
            time.sleep(0.002)
    return False


def free(cpus: int, loadavg: bytes | None) -> bool:
    """A core free among ``cpus`` by ``loadavg`` (``/proc/loadavg``: its fourth field is
    "running/all", the running ones counting the reader): fewer tasks running than CPUs."""
    if cpus < 2:
        return False
    try:
        running = int(loadavg.split()[3].split(b"/")[0])  # type: ignore[union-attr]
    except (AttributeError, IndexError, ValueError):
        return True  # not Linux, or not readable: as many CPUs as that, and nothing known of their use
    return running < cpus


def _place(facts: Path, size: int) -> tuple[int, int] | None:
    """(byte, character) where a fact probably starts near the middle of ``facts``: after a fact
    that ends a line at the writer's indent (a newline is never in a JSON string, only between
    tokens); the character counts from after any byte-order mark. None if there is none near."""
    import codecs

    middle = int(size * SHARE)
    try:
        with open(facts, "rb") as fh:
            fh.seek(middle)
            at = fh.read(_LOOK).find(_BETWEEN)
            if at < 0:
                return None
            offset = middle + at + len(_BETWEEN) - 2  # the "{"
            fh.seek(0)
            decoder = codecs.getincrementaldecoder("utf-8")()
            chars, left = 0, offset
            first = True
            while left > 0:
                raw = fh.read(min(left, 1 << 20))
                if not raw:
                    return None
                left -= len(raw)
                text = decoder.decode(raw, final=left == 0)
                if first and text:
                    chars -= text.startswith("\ufeff")
                    first = False
                chars += len(text)
    except (OSError, UnicodeDecodeError):
        return None
    return offset, chars


def _path(name: str) -> Path:
    from pathlib import Path

    return Path(name)
