"""The derived index of a fact base: validated once when the base changes, read by every query.

A SQLite file holding the base as the models validated it (each record's ``model_dump`` as JSON,
with its place in the file and the fingerprint of its text there), the columns the filters need
(kind, source, speaker, measure, unit, attested and full day bounds) with the topic and entity
links, and the cross-check problems found at build time. A change to ``facts.json`` is read as a
stream into a copy of the last index, re-validating only the facts whose text changed (``_update``).
Queries run their filters in SQL and read only the matching facts, as light views
(``views``): no pydantic model is built and nothing else of the base is read.

Never stale: the index is keyed by (size, mtime_ns, inode) of ``facts.json``, ``sources.json`` and
every ``sources/*.txt``, by the format of the index and by the code that validates and writes it.
A file changed within ``RACY_NS`` of the build could keep its stat within the clock's tick (the
"racy" case git knows), so the build also stores the hash of such a file's content and the
next reader checks it. Built in a temporary file and renamed into place, so concurrent builders
each leave a whole index and readers never see half of one; a missing, foreign or corrupt index
is rebuilt without a word. Where it lives: ``<base>/.nkecon/index.sqlite`` (a folder git is told
to ignore), else, for the installed base or a folder nkecon cannot write, the user's cache
(``$XDG_CACHE_HOME/nkecon``, default ``~/.cache/nkecon``), else nowhere: the base is then loaded
and validated in full on every run, as with ``NKECON_INDEX=0``.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path

from .base import FactBase
from .crosscheck import CrossCheck
from .loading import no_gc, read_file
from .paths import FACTS_FILE, SOURCES_DIR, SOURCES_FILE, is_packaged, resolve_base
from .problems import Problem
from .views import EntityView, FactView, SourceView, TopicView
from .vocab import ENTITY_FIELDS, FACT_FIELDS, SOURCE_FIELDS, TOPIC_FIELDS

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator
    from typing import Any

    from .records import Fact
    from .wanted import Wanted

ENV = "NKECON_INDEX"  # 0, off, no or false: no index, every run validates the base in full
FORMAT = 3  # bump when the layout below changes
FOLDER = ".nkecon"
NAME = "index.sqlite"
RACY_NS = 2_000_000_000  # a file younger than this at build time gets its content hash checked
_CODE = ("index.py", "records.py", "when.py", "views.py", "vocab.py", "loading.py", "base.py", "problems.py",
         "crosscheck.py", "jsonstream.py", "strictjson.py")  # the code whose rows the index keeps

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
CREATE TABLE docs(doc TEXT NOT NULL);              -- each fact as the model validated it, by the fact's rowid
CREATE TABLE fact_topics(fact INTEGER NOT NULL, topic TEXT NOT NULL);
CREATE TABLE fact_entities(fact INTEGER NOT NULL, entity TEXT NOT NULL);
"""
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


def enabled() -> bool:
    return os.environ.get(ENV, "1").strip().lower() not in ("0", "off", "no", "false")


def open_base(explicit: str | os.PathLike[str] | None = None, origin: str | None = None) -> FactBase:
    """The base for a read command: from a fresh index, else validated in full (and indexed).
    ``origin`` names where ``explicit`` came from (``--base`` or ``NKECON_BASE``), for messages."""
    root = resolve_base(explicit, origin)
    if not enabled():
        from .loading import load

        return load(root)
    stats = _stats(root)
    key = _key(stats)
    for path in locations(root):
        base = _open(path, root, key)
        if base is not None:
            return base
    return _build(root, key, stats)


def locations(root: Path) -> Iterator[Path]:
    """Where the index of ``root`` may live, in the order tried."""
    if not is_packaged(root):
        yield root / FOLDER / NAME
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    import hashlib  # only when the first place will not do (it costs a Tab 5 ms)

    tag = hashlib.blake2b(str(root.resolve()).encode("utf-8", "surrogateescape"), digest_size=10).hexdigest()
    yield Path(cache) / "nkecon" / f"{root.resolve().name or 'base'}-{tag}.sqlite"


# --- the key ---------------------------------------------------------------------------------


Stat = tuple[str, int, int, int, int]  # (name, size, mtime_ns, ctime_ns, inode)


def _stats(root: Path) -> list[Stat]:
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


def _key(stats: list[Stat]) -> str:
    return json.dumps([_code_key(), stats], separators=(",", ":"))


def _code_key() -> str:
    """What the index's rows depend on besides the files: its format and the code that validates."""
    here = Path(__file__).parent
    code = []
    for name in _CODE:
        try:
            st = os.stat(here / name)
            code.append((name, st.st_size, st.st_mtime_ns, st.st_ctime_ns))  # a reinstall that keeps mtimes
        except OSError:
            code.append((name, -1, -1, -1))
    fields = [TOPIC_FIELDS, ENTITY_FIELDS, SOURCE_FIELDS, FACT_FIELDS]
    return json.dumps([FORMAT, fields, code], separators=(",", ":"))


def _content_hash() -> Any:
    """The hash of a racy file's content (see RACY_NS): fed as the file is read, checked by the next reader."""
    import hashlib

    return hashlib.blake2b(digest_size=20)


def _digest(raw: bytes) -> str:
    h = _content_hash()
    h.update(raw)
    return str(h.hexdigest())


def _file_digest(path: Path) -> str:
    """``_digest`` of a file's content, read a chunk at a time."""
    import hashlib

    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, _content_hash).hexdigest()


# --- reading ---------------------------------------------------------------------------------


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def _open(path: Path, root: Path, key: str) -> IndexedBase | None:
    """The base from the index at ``path`` if it is there, whole and fresh; else None."""
    if not path.is_file():
        return None
    con = None
    try:
        con = _connect_ro(path)
        meta = dict(con.execute("SELECT key, value FROM meta"))
        if meta.get("key") != key:
            con.close()
            return None
        racy: dict[str, str] = json.loads(meta["racy"])
        for name, digest in racy.items():
            if _file_digest(root / name) != digest:
                con.close()
                return None
        base = IndexedBase(root, con, [Problem(*p) for p in json.loads(meta["problems"])])
    except (sqlite3.Error, OSError, ValueError, KeyError, TypeError):
        if con is not None:
            con.close()
        return None
    if racy:
        _settle(path, key, meta["racy"], root)
    return base


def _settle(path: Path, key: str, racy: str, root: Path) -> None:
    """Once a racy file is older than the clock's tick, a change to it would change its stat: drop the hash."""
    now = time.time_ns()
    for name in json.loads(racy):
        try:
            st = os.stat(root / name)
            if now - max(st.st_mtime_ns, st.st_ctime_ns) < RACY_NS:
                return
        except OSError:
            return
    try:
        con = sqlite3.connect(path, timeout=0.2)
        with con:
            con.execute("UPDATE meta SET value = '{}' WHERE key = 'racy' AND value = ? "
                        "AND (SELECT value FROM meta WHERE key = 'key') = ?", (racy, key))
        con.close()
    except (sqlite3.Error, OSError):
        pass  # a read-only index keeps checking the hash: slower, never wrong


class IndexedBase(FactBase):
    """A fact base read from its index: topics, entities and sources in memory, facts on demand."""

    def __init__(self, root: Path, con: sqlite3.Connection, problems: list[Problem]):
        self._con = con
        self._problems = problems
        self._all: list[Any] | None = None
        rows = self._docs
        topics: dict[str, Any] = {d["id"]: TopicView(d) for d in rows("topics")}
        entities: dict[str, Any] = {d["id"]: EntityView(d) for d in rows("entities")}
        sources: dict[str, Any] = {d["id"]: SourceView(d) for d in rows("sources")}
        super().__init__(root=root, topics=topics, entities=entities, facts=[], sources=sources)
        self._all = None

    def _docs(self, table: str) -> list[dict[str, Any]]:
        return [json.loads(d) for (d,) in self._con.execute(f"SELECT doc FROM {table} ORDER BY rowid")]

    @property  # type: ignore[override]
    def facts(self) -> list[Any]:
        if self._all is None:
            with no_gc():
                self._all = self._views("", ())
        return self._all

    @facts.setter
    def facts(self, value: list[Any]) -> None:
        self._all = value if value else None  # the dataclass's __init__ sets [] first: load on demand

    def _views(self, where: str, params: Iterable[Any], order: str = "ORDER BY ord") -> list[Any]:
        """Views of the facts ``where`` picks (SQL on the table ``facts``), in file order."""
        sql = f"SELECT (SELECT doc FROM docs WHERE docs.rowid = facts.rowid) FROM facts{where} {order}"
        try:
            return [FactView(json.loads(d)) for (d,) in self._con.execute(sql, tuple(params))]
        except sqlite3.Error:
            return self._damaged()

    def _damaged(self) -> list[Any]:
        """The index broke under us (a disk error, a truncated file): validate the files instead."""
        from .loading import load

        full = load(self.root)
        self._all = list(full.facts)
        self._con = sqlite3.connect(":memory:")
        self._con.executescript(SCHEMA)  # every later question goes to the loaded facts
        self.__dict__["_broken"] = True
        return self._all

    def fact(self, fact_id: str) -> Fact | None:
        if self.__dict__.get("_broken") or self._all is not None:
            return super().fact(fact_id)
        if not fact_id.isascii():  # no slug is (and SQLite cannot take a lone surrogate from a bad byte)
            return None
        found = self._views(" WHERE id = ?", (fact_id,), "ORDER BY ord DESC LIMIT 1")
        if self.__dict__.get("_broken"):
            return super().fact(fact_id)
        return found[0] if found else None

    def candidates(self, wanted: Wanted) -> Iterable[Fact]:
        if self.__dict__.get("_broken"):
            return self.facts
        where, params = _where(wanted)
        found = self._views(where, params)
        return self.facts if self.__dict__.get("_broken") else found

    def measure_names(self) -> set[str]:
        found = self._column("SELECT DISTINCT measure FROM facts WHERE measure IS NOT NULL", ())
        return {m for m in found if m} if found is not None else super().measure_names()

    def speaker_ids(self) -> set[str]:
        found = self._column("SELECT DISTINCT speaker FROM facts WHERE speaker IS NOT NULL", ())
        return set(found) if found is not None else super().speaker_ids()

    def fact_ids(self, prefix: str = "") -> list[str]:
        found = self._column("SELECT id FROM facts WHERE substr(id, 1, ?) = ? ORDER BY ord", (len(prefix), prefix))
        return list(dict.fromkeys(found)) if found is not None else super().fact_ids(prefix)

    def _column(self, sql: str, params: tuple[Any, ...]) -> list[Any] | None:
        """One column of a query; None once the index has failed (the caller asks the loaded facts)."""
        if self.__dict__.get("_broken"):
            return None
        try:
            return [v for (v,) in self._con.execute(sql, params)]
        except sqlite3.Error:
            self._damaged()
            return None

    def fact_count(self) -> int:
        found = self._column("SELECT count(*) FROM facts", ())
        return found[0] if found is not None else super().fact_count()

    def sharing(self) -> Iterable[Fact]:
        if self.__dict__.get("_broken"):
            return self.facts
        if "_sharing" in self.__dict__:  # asked by more than one check
            return self.__dict__["_sharing"]  # type: ignore[no-any-return]
        found = self._views(
            " WHERE rowid IN (SELECT n FROM (SELECT rowid AS n, count(*) OVER (PARTITION BY source, measure, "
            "span_lo, span_hi) AS shared FROM facts) WHERE shared > 1)", ())
        self.__dict__["_sharing"] = found
        return self.facts if self.__dict__.get("_broken") else found

    def priced_in(self, codes: Iterable[str]) -> Iterable[Fact]:
        if self.__dict__.get("_broken"):
            return self.facts
        found = self._views(" WHERE (CASE WHEN instr(unit, '/') THEN substr(unit, 1, instr(unit, '/') - 1) ELSE unit "
                            "END) IN (SELECT value FROM json_each(?))", (json.dumps(sorted(codes)),))
        return self.facts if self.__dict__.get("_broken") else found

    def quotes(self) -> Iterable[tuple[str, str, str]]:
        if not self.__dict__.get("_broken"):
            try:
                return self._con.execute("SELECT id, source, (SELECT json_extract(doc, '$.quote') FROM docs WHERE "
                                         "docs.rowid = facts.rowid) FROM facts ORDER BY ord").fetchall()
            except sqlite3.Error:
                self._damaged()
        return super().quotes()

    def integrity_problems(self) -> list[Problem]:
        return list(self._problems)

    # --- read by the curation checks (curate.quoted): every fact once, none held ---------------

    def each_fact(self) -> Iterator[Any]:
        if self.__dict__.get("_broken") or self._all is not None:
            yield from self.facts
            return
        done = 0
        try:
            rows = self._con.execute(
                "SELECT (SELECT doc FROM docs WHERE docs.rowid = facts.rowid) FROM facts ORDER BY ord")
            for (d,) in rows:
                yield FactView(json.loads(d))
                done += 1
        except sqlite3.Error:  # the index broke under us: the rest from the files, validated
            yield from self._damaged()[done:]

    def fact_docs(self) -> Iterator[str]:
        """Every fact's record as the index holds it (JSON), in file order; sqlite3.Error if it cannot."""
        if self.__dict__.get("_broken"):
            raise sqlite3.DatabaseError("the index failed: read the facts instead")
        yield from (d for (d,) in self._con.execute(
            "SELECT (SELECT doc FROM docs WHERE docs.rowid = facts.rowid) FROM facts ORDER BY ord"))

    def index_file(self) -> Path | None:
        """The index file read (what is kept beside it is named after it), None if it failed."""
        if self.__dict__.get("_broken"):
            return None
        try:
            for _n, name, file in self._con.execute("PRAGMA database_list"):
                if name == "main" and file:
                    return Path(file)
        except sqlite3.Error:
            pass
        return None


def verify(explicit: str | os.PathLike[str] | None = None, origin: str | None = None
           ) -> tuple[FactBase | None, list[Problem]]:
    """Everything `nkecon verify` checks (``factbase.verify``), the schema and cross-references
    taken from the index when it is fresh (it was built with them), the quotes looked up anew."""
    from .integrity import check_quotes
    from .integrity import verify as verify_files
    from .problems import LoadError

    try:
        base = open_base(explicit, origin)
    except LoadError:  # a base with a broken record: the files say what is wrong, record by record
        return verify_files(None if explicit is None else Path(explicit), origin)
    return base, base.integrity_problems() + check_quotes(base)


def _where(w: Wanted) -> tuple[str, list[Any]]:
    """The SQL of a resolved filter: narrows to the facts that can match (the exact test follows)."""
    clauses: list[str] = []
    params: list[Any] = []

    def among(expr: str, values: set[str]) -> None:
        clauses.append(f"{expr} IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(sorted(values)))

    if w.topics is not None:
        among("rowid IN (SELECT fact FROM fact_topics WHERE topic", w.topics)
        clauses[-1] += ")"
    if w.entities is not None:
        among("rowid IN (SELECT fact FROM fact_entities WHERE entity", w.entities)
        clauses[-1] += ")"
    for column, values in (("kind", w.kinds), ("source", w.sources), ("speaker", w.speakers),
                           ("measure", w.measures), ("id", w.ids)):
        if values is not None:
            among(column, values)
    if w.span is not None:
        lo_col, hi_col = ("span_lo", "span_hi") if w.overlap else ("att_lo", "att_hi")
        clauses.append(f"{lo_col} <= ? AND {hi_col} >= ?")
        params += [w.span[1].toordinal(), w.span[0].toordinal()]
    # --text is tested in Python only: a word matches by any name of what it names (query.text_test)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


# --- building --------------------------------------------------------------------------------


class _Unread(Exception):
    """The stream did not take the base (a problem, or a file changed while read): load it whole."""


def _build(root: Path, key: str, stats: list[Stat]) -> FactBase:
    """Validate the base and write its index where it can go; the base read from it.

    Where no index can be written, or the base has a problem, the base is loaded whole instead
    (``factbase.load``, which names every problem)."""
    started = time.time_ns()
    # changed (mtime) or touched in any way (ctime) within the clock's tick of the build: a change
    # made within that tick may leave both as they are (a coarse clock); its content is hashed
    racy = {name for name, _size, mtime, ctime, _ino in stats if max(mtime, ctime) >= started - RACY_NS}
    for path in locations(root):
        try:
            write(path, root, key, stats, racy)
        except _Unread:
            break
        except (OSError, sqlite3.Error):
            continue  # this place cannot take it: the next one
        base = _open(path, root, key)
        if base is not None:
            return base
        break
    from .loading import load

    return load(root)


def write(path: Path, root: Path, key: str, stats: list[Stat], racy_names: set[str]) -> None:
    """Validate the base at ``root`` and write its index to ``path`` atomically; _Unread if it
    cannot (a problem in the base, a file changed while read).

    The index it replaces, if built by this same code, is copied and brought up to date (``_update``):
    a fact whose text is as it was is neither decoded nor validated again. Of ``racy_names``
    (see RACY_NS), the files the index is made from are fingerprinted; the source texts give it
    nothing but their presence, which their stat keys.
    """
    from . import safewrite

    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    if folder.name == FOLDER:
        ignore = folder / ".gitignore"
        try:
            whole = ignore.read_bytes().endswith(b"\n*\n")
        except OSError:
            whole = False
        if not whole:  # missing, or left empty or cut short by a full disk: written whole or not at all
            safewrite.write_text(ignore, "# nkecon's derived index: rebuilt from the base when missing\n*\n",
                                 mode=safewrite.umask_mode())
    _remove_stale_temps(folder)

    def fill(previous: Path | None) -> Callable[[Path], None]:
        def run(tmp: Path) -> None:
            fresh = previous is None or not _copy(previous, tmp)
            if fresh and previous is not None:
                tmp.write_bytes(b"")  # whatever a failed copy left
            con = sqlite3.connect(tmp)
            try:
                if fresh:
                    con.executescript(SCHEMA)
                _update(con, fresh, root, key, stats, racy_names)
            finally:
                con.close()
        return run

    try:
        safewrite.replace_file(path, fill(path if path.is_file() else None), mode=safewrite.umask_mode())
    except sqlite3.Error:
        if not path.is_file():
            raise
        safewrite.replace_file(path, fill(None), mode=safewrite.umask_mode())  # the old one was damaged


def _copy(previous: Path, tmp: Path) -> bool:
    """Copy the index at ``previous`` to ``tmp`` if this same code built it (else leave ``tmp`` as it is)."""
    import shutil

    try:
        old = _connect_ro(previous)
        try:
            old.execute("BEGIN")
            if old.execute("SELECT value FROM meta WHERE key = 'code'").fetchone() != (_code_key(),):
                return False
            shutil.copyfile(previous, tmp)  # whole: the open read holds off any writer (``_settle``) meanwhile
        finally:
            old.close()
    except (sqlite3.Error, OSError):
        return False
    return True


_BATCH = 5000  # new facts written at a time


def _update(con: sqlite3.Connection, fresh: bool, root: Path, key: str, stats: list[Stat],
            racy_names: set[str]) -> None:
    """Bring the index in ``con`` (empty if ``fresh``, else a copy of the last one) up to the files.

    ``facts.json`` is read as a stream (``jsonstream``), so memory holds one record, not the base.
    Each fact is expected to be the next one of the last index, as long as they go on being the
    same: one found so is kept as it is; any other is validated and written anew. Then the facts
    no longer there are deleted, the kept ones moved to their new places, and the whole base
    cross-checked from the index.
    """

    from pydantic import ValidationError

    from . import jsonstream, when
    from .loading import parse_sources_file
    from .problems import LoadError
    from .records import Entity, Fact, Topic

    con.execute("PRAGMA journal_mode = OFF")
    con.execute("PRAGMA synchronous = OFF")
    racy: dict[str, str] = {}
    sources_rel = f"{SOURCES_DIR}/{SOURCES_FILE}"
    try:
        raw = read_file(root / sources_rel)
        if sources_rel in racy_names:
            racy[sources_rel] = _digest(raw)
        sources = {s.id: s for s in parse_sources_file(raw, str(root / sources_rel)).sources}
    except LoadError:
        raise _Unread from None
    hasher = _content_hash() if FACTS_FILE in racy_names else None

    last: list[tuple[int, bytes, int, int]] = con.execute(
        "SELECT length, digest, rowid, ord FROM facts ORDER BY ord").fetchall()
    where_last = {digest: i for i, (_length, digest, _rowid, _ord) in enumerate(last)}
    next_rowid = 1 + max((r for _l, _d, r, _o in last), default=0)
    expected = 0  # the fact of the last index that probably comes next
    kept: list[tuple[int, int]] = []  # (rowid, new place)
    n = 0
    records: dict[str, list[Any]] = {"topics": [], "entities": []}
    models: dict[str, type[Topic] | type[Entity]] = {"topics": Topic, "entities": Entity}
    ended: set[str] = set()
    rows: list[tuple[Any, ...]] = []
    docs: list[tuple[int, str]] = []
    links_t: list[tuple[int, str]] = []
    links_e: list[tuple[int, str]] = []

    def expect(section: str) -> tuple[int, bytes] | None:
        return last[expected][:2] if section == "facts" and expected < len(last) else None

    def flush() -> None:
        con.executemany("INSERT INTO facts(rowid, id, kind, source, speaker, measure, unit, att_lo, att_hi, "
                        "span_lo, span_hi, ord, length, digest, refs) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        con.executemany("INSERT INTO docs(rowid, doc) VALUES (?, ?)", docs)
        con.executemany("INSERT INTO fact_topics VALUES (?, ?)", links_t)
        con.executemany("INSERT INTO fact_entities VALUES (?, ?)", links_e)
        rows.clear()
        docs.clear()
        links_t.clear()
        links_e.clear()

    def fact(value: Any, text: str) -> None:
        nonlocal expected, next_rowid
        digest = b""
        if value is jsonstream.KNOWN:
            i: int | None = expected
        else:
            digest = jsonstream.fingerprint(text)
            i = where_last.get(digest)
            if i is not None and i < expected:
                i = None  # taken already (two facts of the same text), or moved back: written anew
        if i is not None:
            kept.append((last[i][2], n))
            expected = i + 1
            return
        f = Fact.model_validate(value)
        w = when.parse(f.when)
        att_lo, att_hi = w.attested
        rows.append((next_rowid, f.id, f.kind, f.source, f.speaker, f.measure, f.unit, att_lo.toordinal(),
                     att_hi.toordinal(), w.lower.toordinal(), w.upper.toordinal(), n, len(text), digest,
                     " ".join(f.topics) + "\n" + " ".join(f.entities)))
        docs.append((next_rowid, f.model_dump_json()))
        links_t.extend((next_rowid, t) for t in f.topics)
        links_e.extend((next_rowid, e) for e in f.entities)
        next_rowid += 1
        if len(rows) >= _BATCH:
            flush()

    try:
        with con:
            for section, index, value, text in jsonstream.arrays(root / FACTS_FILE, hasher.update if hasher else None,
                                                                  expect):
                if index is jsonstream.END:
                    if section in ended:
                        raise _Unread  # a key given twice: the ordinary reader refuses it, naming the line
                    ended.add(section)
                elif section == "facts":
                    n += 1
                    fact(value, text)
                elif section in models:
                    records[section].append(models[section].model_validate(value))
                else:
                    raise _Unread  # a key the file may not have: the ordinary reader names it
            if ended != {"topics", "entities", "facts"}:
                raise _Unread
            flush()
            _settle_rows(con, last, kept)
            for table, items in (("topics", records["topics"]), ("entities", records["entities"]),
                                 ("sources", sources.values())):
                con.execute(f"DELETE FROM {table}")
                con.executemany(f"INSERT INTO {table}(doc) VALUES (?)", ((r.model_dump_json(),) for r in items))
            if fresh:
                con.executescript(INDEXES)
            check = CrossCheck(root, {t.id: t for t in records["topics"]}, {e.id: e for e in records["entities"]},
                               sources)
            for fid, refs, speaker, source in con.execute("SELECT id, refs, speaker, source FROM facts ORDER BY ord"):
                topics, entities = refs.split("\n")
                check.fact(fid, topics.split(), entities.split(), speaker, source)
            if hasher is not None:
                racy[FACTS_FILE] = hasher.hexdigest()
            if _stats(root) != stats:
                raise _Unread  # changed while read: this run reads it whole, the next one indexes it
            problems = json.dumps([[p.file, p.where, p.message] for p in check.problems()], ensure_ascii=False)
            meta = {"key": key, "code": _code_key(), "racy": json.dumps(racy), "problems": problems}
            con.execute("DELETE FROM meta")
            con.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    except (jsonstream.StreamError, ValidationError, LoadError):
        raise _Unread from None


def _settle_rows(con: sqlite3.Connection, last: list[tuple[int, bytes, int, int]], kept: list[tuple[int, int]]
                 ) -> None:
    """Delete the facts of the last index that are gone, and give the kept ones their new places."""
    place = {rowid: at for rowid, at in kept}
    gone = [(rowid,) for _l, _d, rowid, _o in last if rowid not in place]
    if gone:
        con.execute("CREATE TEMP TABLE gone(rowid INTEGER PRIMARY KEY)")
        con.executemany("INSERT INTO gone VALUES (?)", gone)
        for table, column in (("facts", "rowid"), ("docs", "rowid"), ("fact_topics", "fact"),
                              ("fact_entities", "fact")):
            con.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT rowid FROM gone)")
    moved = [(place[rowid], rowid) for _l, _d, rowid, at in last if place.get(rowid, at) != at]
    con.executemany("UPDATE facts SET ord = ? WHERE rowid = ?", moved)


def _remove_stale_temps(folder: Path, older_than_s: float = 3600) -> None:
    """What a builder killed mid-write left behind (a live builder's file is younger than this)."""
    now = time.time()
    try:
        with os.scandir(folder) as it:
            for e in it:
                if e.name.startswith(f".{NAME}.") and e.name.endswith(".tmp"):
                    try:
                        if now - e.stat().st_mtime > older_than_s:
                            os.unlink(e.path)
                    except OSError:
                        pass
    except OSError:
        pass
