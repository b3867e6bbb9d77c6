"""A new index of a big ``facts.json`` built by two processes: the second half of the facts checked
by a worker while the builder reads the first (DESIGN.md §5 "The index", "Two processes").

The builder (``indexing``) finds a place near the middle of the file where a fact probably
starts (the writer puts each fact on lines of its own at one indent) and forks a worker that
reads the facts from there to the end of the array, checks each as the builder would (the
builder's own ``make_row``) and writes their rows into a file of its own, numbered from 1. The
builder reads the file from the start as always; only when its reader stands at exactly that
place, at the start of a fact (``jsonstream.arrays``' ``mark``), is the worker's reading proven
the one it would have made itself. It then goes over the characters the worker read and copies
the worker's rows in SQL with its own numbering: the index is the one a single process writes,
row for row. Where anything differs — no such place, the reader stepping over it, the worker
failing, dying or taking too long — the worker's work is thrown away and the builder reads on by
itself; it reads on itself from where the worker stopped (a fact it could not read or prove) too.
This module imports nothing of the package but ``jsonstream`` and ``indexkey``.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time

from . import jsonstream
from .indexkey import NAME

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path
    from typing import Any

    Row = tuple[tuple[Any, ...], str, list[str], list[str]]  # a fact's row, its doc, its topics and entities

MIN_BYTES = 4_000_000  # a new index of a facts.json at least this big is built by two processes (tests lower it)
SHARE = 0.5  # the part of the file before the place the worker starts at
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
_COLUMNS = "id, kind, source, speaker, measure, unit, att_lo, att_hi, span_lo, span_hi, ord, length, digest, refs"


class Worker:
    """A worker process reading the facts of ``facts.json`` from byte ``offset`` (character ``place``)
    on into the file ``part``; ``fd`` the pipe its count comes back through."""

    def __init__(self, pid: int, fd: int, part: Path, place: int):
        self.pid: int | None = pid
        self.fd: int | None = fd
        self.part = part
        self.place = place
        self.started = time.monotonic()

    def arrive(self, con: sqlite3.Connection) -> tuple[int, int] | None:
        """The builder is at the worker's place: how many facts the worker checked (their rows are in
        ``part``, attached to ``con`` as ``part``) and the characters from its place to the end of the
        last; None if it failed."""
        waited = time.monotonic() - self.started
        try:
            got = self._count(timeout=5 + 4 * waited)
            if got is None:
                return None
            if con.execute("SELECT count(*), max(rowid) FROM part.facts").fetchone() != (got[0], got[0] or None):
                return None
        except (OSError, ValueError, sqlite3.Error):
            return None
        finally:
            self.stop()
        return got

    def _count(self, timeout: float) -> tuple[int, int] | None:
        """The worker's count of the facts it wrote and of their characters, once it has exited well;
        None if it did not."""
        import select

        assert self.fd is not None and self.pid is not None
        message = b""
        deadline = time.monotonic() + timeout
        while True:
            ready, _, _ = select.select([self.fd], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                return None  # too long: it is stopped, and the builder goes on by itself
            more = os.read(self.fd, 64)
            if not more:
                break
            message += more
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        if status != 0 or not message.endswith(b"\n"):
            return None
        count, length = message.split()
        return int(count), int(length)

    def copy(self, con: sqlite3.Connection, count: int, rowids: int, places: int) -> None:
        """Copy the rows of the worker's first ``count`` facts into the index, their rowids after
        ``rowids`` and their places after ``places``, in the order the worker wrote them."""
        con.execute(f"INSERT INTO facts(rowid, {_COLUMNS}) SELECT rowid + ?, {_COLUMNS.replace('ord', 'ord + ?')} "
                    "FROM part.facts WHERE rowid <= ? ORDER BY rowid", (rowids, places, count))
        con.execute("INSERT INTO docs(rowid, doc) SELECT rowid + ?, doc FROM part.docs WHERE rowid <= ? ORDER BY rowid",
                    (rowids, count))
        for table, column in (("fact_topics", "topic"), ("fact_entities", "entity")):
            con.execute(f"INSERT INTO {table}(fact, {column}) SELECT fact + ?, {column} FROM part.{table} "
                        "WHERE fact <= ? ORDER BY rowid", (rowids, count))

    def stop(self) -> None:
        """Stop the worker if it still runs, and let go of its pipe (its file: ``close``)."""
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
        self.part.unlink(missing_ok=True)


def start(facts: Path, size: int, folder: Path, make_row: Callable[[Any, str, int, dict[Any, Any]], Row]
          ) -> Worker | None:
    """A worker checking the second half of ``facts`` (``size`` bytes), its rows written into a
    file in ``folder``; None where the file is small, no place is found, or a process cannot be
    forked safely (no ``fork``, macOS, other threads running)."""
    if size < MIN_BYTES or not _can_fork():
        return None
    found = _place(facts, size)
    if found is None:
        return None
    offset, place = found
    import tempfile

    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{NAME}.", suffix=".part.tmp")  # a killed builder's: removed
        os.close(fd)
        part = _path(name)
        con = sqlite3.connect(part)
        try:
            con.executescript(_PART)
        finally:
            con.close()
        read, write = os.pipe()
    except (OSError, sqlite3.Error):
        return None
    pid = os.fork()
    if pid == 0:  # the worker: whatever happens, it ends here
        status = 1
        try:
            os.close(read)
            count, length = _work(facts, offset, part, make_row)
            os.write(write, b"%d %d\n" % (count, length))
            status = 0
        finally:
            os._exit(status)
    os.close(write)
    return Worker(pid, read, part, place)


def _work(facts: Path, offset: int, part: Path, make_row: Callable[[Any, str, int, dict[Any, Any]], Row]
          ) -> tuple[int, int]:
    """Check the facts from byte ``offset`` of ``facts`` on, up to the end of the array or the first
    that is not read or not valid (the builder meets that one itself), their rows written into
    ``part`` numbered from 1; how many, and the characters from ``offset`` to the end of the last."""
    con = sqlite3.connect(part)
    con.execute("PRAGMA journal_mode = OFF")
    con.execute("PRAGMA synchronous = OFF")
    rows: list[tuple[Any, ...]] = []
    docs: list[tuple[int, str]] = []
    links_t: list[tuple[int, str]] = []
    links_e: list[tuple[int, str]] = []
    days: dict[Any, Any] = {}

    def flush() -> None:
        con.executemany(f"INSERT INTO facts(rowid, {_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        con.executemany("INSERT INTO docs(rowid, doc) VALUES (?, ?)", docs)
        con.executemany("INSERT INTO fact_topics VALUES (?, ?)", links_t)
        con.executemany("INSERT INTO fact_entities VALUES (?, ?)", links_e)
        rows.clear()
        docs.clear()
        links_t.clear()
        links_e.clear()

    n = length = 0
    with con:
        try:
            for value, text, end in jsonstream.elements(facts, offset):
                try:
                    row, doc, topics, entities = make_row(value, text, n + 1, days)
                except Exception:  # not valid (or the model not at hand): the builder meets it itself
                    break
                n += 1
                length = end
                rows.append(row)
                docs.append((n, doc))
                links_t.extend([(n, t) for t in topics])
                links_e.extend([(n, e) for e in entities])
                if len(rows) >= _BATCH:
                    flush()
        except jsonstream.StreamError:
            pass
        flush()
    con.close()
    return n, length


def _can_fork() -> bool:
    if not hasattr(os, "fork") or sys.platform == "darwin":  # macOS: forking without exec is not safe
        return False
    threading = sys.modules.get("threading")
    return threading is None or threading.active_count() == 1  # another thread may hold a lock the worker needs


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
