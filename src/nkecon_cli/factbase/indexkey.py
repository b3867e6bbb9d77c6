"""The derived index's file: its layout, its key, and the hashes that tell a file changed.

Shared by the reader (``index``: is the index there, whole and fresh?) and the builder
(``indexing``: write one), so that neither imports the other. This module imports nothing of
the package but ``paths`` and ``vocab``.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from .paths import FACTS_FILE, SOURCES_DIR, SOURCES_FILE
from .vocab import ENTITY_FIELDS, FACT_FIELDS, SOURCE_FIELDS, TOPIC_FIELDS

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from typing import Any

FORMAT = 4  # bump when the layout below changes (4: docs hold rows.fact_doc, the text JSON outputs write)
FOLDER = ".nkecon"
NAME = "index.sqlite"
CODE = ("index.py", "indexkey.py", "indexing.py", "records.py", "fastcheck.py", "when.py", "views.py", "vocab.py",
        "loading.py", "base.py", "problems.py", "crosscheck.py", "jsonstream.py", "halves.py",
        "strictjson.py", "inert.py", "rows.py", "laid.py")  # the code whose rows the index keeps (inert, rows
                                                            # and laid make each fact's text as JSON outputs write it)

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE topics(doc TEXT NOT NULL);
CREATE TABLE entities(doc TEXT NOT NULL);
CREATE TABLE sources(doc TEXT NOT NULL);
CREATE TABLE facts(
  id TEXT NOT NULL, kind TEXT NOT NULL, source TEXT NOT NULL, speaker TEXT, measure TEXT, unit TEXT,
  att_lo INTEGER NOT NULL, att_hi INTEGER NOT NULL, span_lo INTEGER NOT NULL, span_hi INTEGER NOT NULL,
  ord INTEGER NOT NULL,                            -- its place in facts.json, from 1
  length INTEGER NOT NULL, digest BLOB NOT NULL,   -- its text there: characters, jsonstream.fingerprint
  refs TEXT NOT NULL                               -- topics, a newline, entities (slugs, space-separated)
);
CREATE TABLE docs(doc TEXT NOT NULL);              -- each fact as the model validated it, by the fact's rowid:
                                                   -- rows.fact_doc of its model_dump (as JSON outputs write it)
CREATE TABLE fact_topics(fact INTEGER NOT NULL, topic TEXT NOT NULL);
CREATE TABLE fact_entities(fact INTEGER NOT NULL, entity TEXT NOT NULL);
"""
FACT_COLUMNS = ("id, kind, source, speaker, measure, unit, att_lo, att_hi, span_lo, span_hi, ord, length, digest, "
                "refs")  # of table facts, after its rowid, in the order of SCHEMA
INDEXES = """
CREATE INDEX facts_ord ON facts(ord, length, digest);
CREATE INDEX facts_id ON facts(id);
CREATE INDEX facts_source ON facts(source);
CREATE INDEX facts_measure ON facts(measure);
CREATE INDEX facts_speaker ON facts(speaker);
CREATE INDEX facts_att ON facts(att_lo);
CREATE INDEX fact_topics_topic ON fact_topics(topic, fact);
CREATE INDEX fact_entities_entity ON fact_entities(entity, fact);
"""



class NewRows:
    """New facts' rows, written to ``con`` together (``flush``): each fact's row of ``facts`` (its
    rowid first), its record in ``docs`` and its topic and entity links."""

    def __init__(self, con: Any) -> None:
        self.con = con
        self.rows: list[tuple[Any, ...]] = []
        self.docs: list[tuple[int, str]] = []
        self.topics: list[tuple[int, str]] = []
        self.entities: list[tuple[int, str]] = []

    def add(self, row: tuple[Any, ...], doc: str, topics: list[str], entities: list[str]) -> int:
        """The fact's rows kept for the next flush; how many facts are kept."""
        rowid = row[0]
        self.rows.append(row)
        self.docs.append((rowid, doc))
        self.topics.extend([(rowid, t) for t in topics])
        self.entities.extend([(rowid, e) for e in entities])
        return len(self.rows)

    def flush(self) -> None:
        con = self.con
        con.executemany(f"INSERT INTO facts(rowid, {FACT_COLUMNS}) VALUES ({', '.join('?' * 15)})", self.rows)
        con.executemany("INSERT INTO docs(rowid, doc) VALUES (?, ?)", self.docs)
        con.executemany("INSERT INTO fact_topics VALUES (?, ?)", self.topics)
        con.executemany("INSERT INTO fact_entities VALUES (?, ?)", self.entities)
        for batch in (self.rows, self.docs, self.topics, self.entities):
            batch.clear()


Stat = tuple[str, int, int, int, int]  # (name, size, mtime_ns, ctime_ns, inode)


def stats(root: Path) -> list[Stat]:
    """(name, size, mtime_ns, ctime_ns, inode) of every file the index depends on; -1s for a missing one.

    ``touch -d``, ``cp -p`` and a restore can set a file's mtime back after changing it, keeping
    its size and inode; its ctime they cannot set (only the clock can), so it is in the key."""
    names = [FACTS_FILE, f"{SOURCES_DIR}/{SOURCES_FILE}"]
    try:
        with os.scandir(root / SOURCES_DIR) as it:
            names += sorted(f"{SOURCES_DIR}/{e.name}" for e in it if e.name.endswith(".txt"))
    except OSError:
        pass
    out = []
    for name in names:
        try:
            st = os.stat(root / name)
            out.append((name, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
        except OSError:
            out.append((name, -1, -1, -1, -1))
    return out


def key(file_stats: list[Stat]) -> str:
    return json.dumps([code_key(), file_stats], separators=(",", ":"))


def code_key() -> str:
    """What the index's rows depend on besides the files: its format and the code that validates."""
    here = Path(__file__).parent
    code = []
    for name in CODE:
        try:
            st = os.stat(here / name)
            code.append((name, st.st_size, st.st_mtime_ns, st.st_ctime_ns))  # a reinstall that keeps mtimes
        except OSError:
            code.append((name, -1, -1, -1))
    fields = [TOPIC_FIELDS, ENTITY_FIELDS, SOURCE_FIELDS, FACT_FIELDS]
    return json.dumps([FORMAT, fields, code, _validator()], separators=(",", ":"))


def _validator() -> list[tuple[str, int, int, int]]:
    """The installed pydantic and pydantic-core, as files (found, not imported: a query may not need
    them): what they validate and how they dump a record is what the index keeps, so another version
    of either makes another index. Any reinstall rewrites these files, and so their ctime."""
    from importlib.machinery import PathFinder

    out = []
    for package, file in (("pydantic", "version.py"), ("pydantic_core", "__init__.py")):
        spec = PathFinder.find_spec(package)
        try:
            st = os.stat(Path(spec.origin).parent / file)  # type: ignore[union-attr, arg-type]
            out.append((package, st.st_size, st.st_mtime_ns, st.st_ctime_ns))
        except (OSError, TypeError, AttributeError):
            out.append((package, -1, -1, -1))
    return out


def content_hash() -> Any:
    """The hash of a racy file's content: fed as the file is read, checked by the next reader."""
    import hashlib

    return hashlib.blake2b(digest_size=20)


def digest(raw: bytes) -> str:
    h = content_hash()
    h.update(raw)
    return str(h.hexdigest())


def file_digest(path: Path) -> str:
    """``digest`` of a file's content, read a chunk at a time."""
    import hashlib

    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, content_hash).hexdigest()


def connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
