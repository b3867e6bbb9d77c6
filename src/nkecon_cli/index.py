"""The derived index of a fact base: validated once when the base changes, read by every query.

A SQLite file holding the base as the models validated it (each record's ``model_dump`` as JSON,
in file order), the columns the filters need (kind, source, speaker, measure, attested and full
day bounds, folded text) with the topic and entity links, and the cross-check problems found at
build time. Queries run their filters in SQL and read only the matching facts, as light views
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

from .factbase import (
    FACTS_FILE,
    SOURCES_DIR,
    SOURCES_FILE,
    FactBase,
    Problem,
    is_packaged,
    no_gc,
    read_file,
    resolve_base,
)
from .views import EntityView, FactView, SourceView, TopicView
from .vocab import ENTITY_FIELDS, FACT_FIELDS, SOURCE_FIELDS, TOPIC_FIELDS

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

    from .models import Fact
    from .query import Wanted

ENV = "NKECON_INDEX"  # 0, off, no or false: no index, every run validates the base in full
FORMAT = 1  # bump when the layout below changes
FOLDER = ".nkecon"
NAME = "index.sqlite"
RACY_NS = 2_000_000_000  # a file younger than this at build time gets its content hash checked
_CODE = ("index.py", "models.py", "when.py", "views.py", "vocab.py", "factbase.py")  # what the index depends on

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE topics(doc TEXT NOT NULL);
CREATE TABLE entities(doc TEXT NOT NULL);
CREATE TABLE sources(doc TEXT NOT NULL);
CREATE TABLE facts(
  id TEXT NOT NULL, kind TEXT NOT NULL, source TEXT NOT NULL, speaker TEXT, measure TEXT,
  att_lo INTEGER NOT NULL, att_hi INTEGER NOT NULL, span_lo INTEGER NOT NULL, span_hi INTEGER NOT NULL,
  doc TEXT NOT NULL
);
CREATE TABLE fact_topics(fact INTEGER NOT NULL, topic TEXT NOT NULL);
CREATE TABLE fact_entities(fact INTEGER NOT NULL, entity TEXT NOT NULL);
"""
INDEXES = """
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
        from .factbase import load

        return load(root)
    stats = _stats(root)
    key = _key(stats)
    for path in locations(root):
        base = _open(path, root, key)
        if base is not None:
            return base
    return _build(root, key, stats)


def locations(root: Path) -> list[Path]:
    """Where the index of ``root`` may live, in the order tried."""
    out = [] if is_packaged(root) else [root / FOLDER / NAME]
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    import hashlib

    tag = hashlib.blake2b(str(root.resolve()).encode("utf-8", "surrogateescape"), digest_size=10).hexdigest()
    out.append(Path(cache) / "nkecon" / f"{root.resolve().name or 'base'}-{tag}.sqlite")
    return out


# --- the key ---------------------------------------------------------------------------------


def _stats(root: Path) -> list[tuple[str, int, int, int]]:
    """(name, size, mtime_ns, inode) of every file the index depends on; -1s for a missing one."""
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
            out.append((name, st.st_size, st.st_mtime_ns, st.st_ino))
        except OSError:
            out.append((name, -1, -1, -1))
    return out


def _key(stats: list[tuple[str, int, int, int]]) -> str:
    here = Path(__file__).parent
    code = []
    for name in _CODE:
        try:
            st = os.stat(here / name)
            code.append((name, st.st_size, st.st_mtime_ns))
        except OSError:
            code.append((name, -1, -1))
    fields = [TOPIC_FIELDS, ENTITY_FIELDS, SOURCE_FIELDS, FACT_FIELDS]
    return json.dumps([FORMAT, fields, code, stats], separators=(",", ":"))


def _digest(raw: bytes) -> str:
    import hashlib

    return hashlib.blake2b(raw, digest_size=20).hexdigest()


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
            if _digest((root / name).read_bytes()) != digest:
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
            if now - os.stat(root / name).st_mtime_ns < RACY_NS:
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
                self._all = self._views("SELECT doc FROM facts ORDER BY rowid", ())
        return self._all

    @facts.setter
    def facts(self, value: list[Any]) -> None:
        self._all = value if value else None  # the dataclass's __init__ sets [] first: load on demand

    def _views(self, sql: str, params: Iterable[Any]) -> list[Any]:
        try:
            return [FactView(json.loads(d)) for (d,) in self._con.execute(sql, tuple(params))]
        except sqlite3.Error:
            return self._damaged()

    def _damaged(self) -> list[Any]:
        """The index broke under us (a disk error, a truncated file): validate the files instead."""
        from .factbase import load

        full = load(self.root)
        self._all = list(full.facts)
        self._con = sqlite3.connect(":memory:")
        self._con.executescript(SCHEMA)  # every later question goes to the loaded facts
        self.__dict__["_broken"] = True
        return self._all

    def fact(self, fact_id: str) -> Fact | None:
        if self.__dict__.get("_broken") or self._all is not None:
            return super().fact(fact_id)
        found = self._views("SELECT doc FROM facts WHERE id = ? ORDER BY rowid DESC LIMIT 1", (fact_id,))
        if self.__dict__.get("_broken"):
            return super().fact(fact_id)
        return found[0] if found else None

    def candidates(self, wanted: Wanted) -> Iterable[Fact]:
        if self.__dict__.get("_broken"):
            return self.facts
        where, params = _where(wanted)
        found = self._views(f"SELECT doc FROM facts{where} ORDER BY rowid", params)
        return self.facts if self.__dict__.get("_broken") else found

    def measure_names(self) -> set[str]:
        found = self._column("SELECT DISTINCT measure FROM facts WHERE measure IS NOT NULL", ())
        return {m for m in found if m} if found is not None else super().measure_names()

    def speaker_ids(self) -> set[str]:
        found = self._column("SELECT DISTINCT speaker FROM facts WHERE speaker IS NOT NULL", ())
        return set(found) if found is not None else super().speaker_ids()

    def fact_ids(self, prefix: str = "") -> list[str]:
        found = self._column("SELECT id FROM facts WHERE substr(id, 1, ?) = ? ORDER BY rowid", (len(prefix), prefix))
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

    def integrity_problems(self) -> list[Problem]:
        return list(self._problems)


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


def _build(root: Path, key: str, stats: list[tuple[str, int, int, int]]) -> FactBase:
    """Validate the base in full and write its index where it can go; the loaded base either way."""
    from .factbase import load

    started = time.time_ns()
    digests: dict[str, str] = {}

    def read(path: Path) -> bytes:
        raw = read_file(path)
        digests[path.relative_to(root).as_posix()] = _digest(raw)
        return raw

    base = load(root, read=read)
    if _stats(root) != stats:
        return base  # changed while we read it: this run uses what it read, the next one indexes
    racy = {name: digests[name] for name, _size, mtime, _ino in stats
            if name in digests and mtime >= started - RACY_NS}
    problems = base.integrity_problems()
    for path in locations(root):
        try:
            write(path, base, key, racy, problems)
            break
        except (OSError, sqlite3.Error):
            continue
    return base


def write(path: Path, base: FactBase, key: str, racy: dict[str, str], problems: list[Problem]) -> None:
    """Write the index of ``base`` to ``path`` atomically (a temporary file renamed into place)."""
    from . import safewrite

    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    if folder.name == FOLDER:
        ignore = folder / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# nkecon's derived index: rebuilt from the base when missing\n*\n", encoding="utf-8")
    _remove_stale_temps(folder)

    def dump(rec: Any) -> str:
        return json.dumps(rec.model_dump(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    def fill(tmp: Path) -> None:
        con = sqlite3.connect(tmp)
        try:
            con.execute("PRAGMA journal_mode = OFF")
            con.execute("PRAGMA synchronous = OFF")
            con.executescript(SCHEMA)
            with con:
                for table, records in (("topics", base.topics.values()), ("entities", base.entities.values()),
                                       ("sources", base.sources.values())):
                    con.executemany(f"INSERT INTO {table}(doc) VALUES (?)", ((dump(r),) for r in records))
                links_t: list[tuple[int, str]] = []
                links_e: list[tuple[int, str]] = []
                rows = []
                for n, f in enumerate(base.facts, 1):
                    (att_lo, att_hi), (span_lo, span_hi) = f.attested, f.span
                    rows.append((n, f.id, f.kind, f.source, f.speaker, f.measure, att_lo.toordinal(),
                                 att_hi.toordinal(), span_lo.toordinal(), span_hi.toordinal(), dump(f)))
                    links_t += ((n, t) for t in f.topics)
                    links_e += ((n, e) for e in f.entities)
                con.executemany("INSERT INTO facts(rowid, id, kind, source, speaker, measure, att_lo, att_hi, "
                                "span_lo, span_hi, doc) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
                del rows
                con.executemany("INSERT INTO fact_topics VALUES (?, ?)", links_t)
                con.executemany("INSERT INTO fact_entities VALUES (?, ?)", links_e)
                con.executescript(INDEXES)
                meta = {"key": key, "racy": json.dumps(racy), "problems": json.dumps(
                    [[p.file, p.where, p.message] for p in problems], ensure_ascii=False)}
                con.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        finally:
            con.close()

    safewrite.replace_file(path, fill, mode=safewrite.umask_mode())


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
