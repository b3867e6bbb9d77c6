"""The derived index of a fact base: validated once when the base changes, read by every query.

A SQLite file holding the base as the models validated it (each record's ``model_dump`` as JSON,
with its place in the file and the fingerprint of its text there), the columns the filters need
(kind, source, speaker, measure, unit, attested and full day bounds) with the topic and entity
links, and the cross-check problems found at build time. A change to ``facts.json`` is read as a
stream into a copy of the last index, re-validating only the facts whose text changed (``indexing``
builds it; ``indexkey`` is its layout and key).
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
from .indexkey import FOLDER, FORMAT, NAME, SCHEMA, connect_ro, file_digest, key, stats
from .loading import no_gc
from .paths import is_packaged, resolve_base
from .problems import Problem
from .rows import where_sql
from .views import EntityView, FactView, SourceView, TopicView

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence
    from datetime import date
    from typing import Any

    from .records import Fact
    from .rows import Row
    from .wanted import Wanted

__all__ = ["FOLDER", "FORMAT", "NAME", "IndexedBase", "enabled", "locations", "open_base", "verify"]

ENV = "NKECON_INDEX"  # 0, off, no or false: no index, every run validates the base in full
RACY_NS = 2_000_000_000  # a file younger than this at build time gets its content hash checked


def enabled() -> bool:
    return os.environ.get(ENV, "1").strip().lower() not in ("0", "off", "no", "false")


def open_base(explicit: str | os.PathLike[str] | None = None, origin: str | None = None) -> FactBase:
    """The base for a read command: from a fresh index, else validated in full (and indexed).
    ``origin`` names where ``explicit`` came from (``--base`` or ``NKECON_BASE``), for messages."""
    root = resolve_base(explicit, origin)
    if not enabled():
        from .loading import load

        return load(root)
    file_stats = stats(root)
    the_key = key(file_stats)
    for path in locations(root):
        base = _open(path, root, the_key)
        if base is not None:
            return base
    from .indexing import build

    built = build(root, the_key, file_stats, locations(root), RACY_NS)
    base = _open(built, root, the_key, hashed=True) if built is not None else None
    if base is not None:
        return base
    from .loading import load

    return load(root)  # no place takes an index, or the base has a problem: load() names every one


def locations(root: Path) -> Iterator[Path]:
    """Where the index of ``root`` may live, in the order tried."""
    if not is_packaged(root):
        yield root / FOLDER / NAME
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    import hashlib  # only when the first place will not do (it costs a Tab 5 ms)

    tag = hashlib.blake2b(str(root.resolve()).encode("utf-8", "surrogateescape"), digest_size=10).hexdigest()
    yield Path(cache) / "nkecon" / f"{root.resolve().name or 'base'}-{tag}.sqlite"



# --- reading ---------------------------------------------------------------------------------


def _open(path: Path, root: Path, key: str, hashed: bool = False) -> IndexedBase | None:
    """The base from the index at ``path`` if it is there, whole and fresh; else None. ``hashed``:
    just built, its racy files hashed as this run read them (not again: 0.08 s at 100,000 facts; a
    change since, stat and all, is one made after this run read the file, as for any reader)."""
    if not path.is_file():
        return None
    con = None
    try:
        con = connect_ro(path)
        meta = dict(con.execute("SELECT key, value FROM meta"))
        if meta.get("key") != key:
            con.close()
            return None
        racy: dict[str, str] = json.loads(meta["racy"])
        for name, digest in racy.items():
            if not hashed and file_digest(root / name) != digest:
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
        from .rows import decode  # json.loads, faster

        sql = f"SELECT (SELECT doc FROM docs WHERE docs.rowid = facts.rowid) FROM facts{where} {order}"
        try:
            return [FactView(decode(d)) for (d,) in self._con.execute(sql, tuple(params))]
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
        where, params = where_sql(wanted)
        found = self._views(where, params)
        return self.facts if self.__dict__.get("_broken") else found

    def rows(self, wanted: Wanted, sort: str, limit: int | None, fallback: Callable[[], Iterable[Row]]
             ) -> Iterator[Row]:
        """The facts ``wanted`` picks as their stored text, sorted, streamed (``rows.rows``; H6, issue 21)."""
        from .rows import rows

        where, params = where_sql(wanted)
        return rows(self._con, where, params, wanted, sort, limit, self._damaged, fallback)

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

    # --- reading for diff: figures narrowed in SQL, facts by id and fingerprint (issue 21) ------

    def figures(self, wanted: Wanted, spans: Iterable[tuple[date, date]] = (),
                paired: Iterable[str] | None = None) -> Iterable[Fact]:
        if self.__dict__.get("_broken"):
            return self.facts
        where, params = where_sql(wanted)
        clauses = [where[len(" WHERE "):]] if where else []
        clauses.append("measure IS NOT NULL")
        spans = list(spans)
        if spans:  # what matches a time attests it then, or (--overlap, "one of") spans it
            clauses.append("(" + " OR ".join(["(att_lo <= ? AND att_hi >= ?) OR (span_lo <= ? AND span_hi >= ?)"]
                                              * len(spans)) + ")")
            for lo, hi in spans:
                params += [hi.toordinal(), lo.toordinal()] * 2
        if paired is not None:
            family = "(CASE WHEN {0}.kind IN (SELECT value FROM json_each(?)) THEN '' ELSE {0}.kind END)"
            clauses.append(f"EXISTS (SELECT 1 FROM facts AS g WHERE g.measure = facts.measure AND g.unit IS facts.unit "
                           f"AND g.rowid <> facts.rowid AND g.att_lo <= facts.att_hi AND facts.att_lo <= g.att_hi "
                           f"AND {family.format('g')} = {family.format('facts')})")
            params += [json.dumps(sorted(paired))] * 2
        found = self._views(" WHERE " + " AND ".join(clauses), params)
        return self.facts if self.__dict__.get("_broken") else found

    def figure_count(self, wanted: Wanted) -> int | None:
        if wanted.text is not None:
            return None
        where, params = where_sql(wanted)
        sql = (f"SELECT count(*) FROM facts JOIN docs ON docs.rowid = facts.rowid {where or 'WHERE 1'} AND measure "
               "<> '' AND json_extract(docs.doc, '$.value') IS NOT NULL")
        if wanted.span is not None and not wanted.overlap:  # a "one of" span only when all of it is inside
            sql += " AND (substr(json_extract(docs.doc, '$.when'), 1, 1) <> '[' OR (span_lo >= ? AND span_hi <= ?))"
            params += [wanted.span[0].toordinal(), wanted.span[1].toordinal()]
        found = self._column(sql, tuple(params))
        return found[0] if found is not None else None

    def fact_texts(self) -> list[tuple[str, int, bytes, int]] | None:
        if self.__dict__.get("_broken"):
            return None
        try:
            return self._con.execute("SELECT id, rowid, digest, length FROM facts ORDER BY ord").fetchall()
        except sqlite3.Error:
            self._damaged()
            return None

    def facts_at(self, rowids: Iterable[int]) -> list[Any]:
        return self._views(" WHERE rowid IN (SELECT value FROM json_each(?))", (json.dumps(sorted(set(rowids))),))


    # --- reading in order, a batch at a time (``query.ordered``: export) ----------------------
    # A light view of each candidate decides what a query matches and in what order; the rowids of
    # what it matched then read the whole records back a batch at a time, as the output is written.
    # Each method raises ``Gone`` once the index has failed (the base is then the loaded files).

    def light(self, wanted: Wanted, text: bool = False) -> Iterator[tuple[int, Any]]:
        """(rowid, light view) of each fact the SQL of ``wanted`` narrows to, in file order.

        A light view has the fields a filter and a sort read: id, kind, source, speaker, measure,
        topics, entities, when, stated, value, value_max, and statement and quote if ``text``; and
        ``refs``, its topics and entities as the index keeps them (one text)."""
        where, params = where_sql(wanted)
        yield from self._light(where, tuple(params), text)

    def rowids_ordered(self, wanted: Wanted, sort: str, limit: int | None) -> list[int] | None:
        """The rowids of exactly the facts ``wanted`` matches, sorted by ``sort``, at most ``limit``,
        all in SQL (``rows.sql_order``), no record read; None where Python must test or sort."""
        from .rows import sql_order

        where, params = where_sql(wanted)
        ordered = sql_order(wanted, where, sort, limit)
        if ordered is None:
            return None
        sql = f"SELECT rowid FROM facts{ordered[0]} {ordered[1]}"
        return [rowid for rows in self._batches(sql, tuple(params)) for (rowid,) in rows]

    def views_of(self, rowids: Sequence[int]) -> Iterator[Any]:
        """Whole views of these facts, in the order given, read ``BATCH`` at a time."""
        for at in range(0, len(rowids), BATCH):
            chunk = rowids[at:at + BATCH]
            docs = self._rows("SELECT rowid, doc FROM docs WHERE rowid IN (SELECT value FROM json_each(?))",
                              (json.dumps(chunk),))
            for _rowid, doc in self._in_order(chunk, dict(docs)):
                yield FactView(json.loads(doc))

    def reader(self) -> sqlite3.Connection:
        """The index's own connection (table ``docs``: each fact's record by the fact's rowid), for a
        writer that copies records in SQL (``render.dbexport``); ``Gone`` once the index has failed."""
        if self.__dict__.get("_broken"):
            raise Gone
        return self._con

    def failed(self) -> None:
        """The index broke under a reader of ``reader()``: every later question goes to the files."""
        if not self.__dict__.get("_broken"):
            self._damaged()

    def _light(self, where: str, params: tuple[Any, ...], text: bool, order: str = "ORDER BY ord"
               ) -> Iterator[tuple[int, Any]]:
        paths = "'$.when', '$.stated', '$.value', '$.value_max'" + (", '$.statement', '$.quote'" if text else "")
        sql = (f"SELECT rowid, id, kind, source, speaker, measure, refs, json_extract((SELECT doc FROM docs WHERE "
               f"docs.rowid = facts.rowid), {paths}) FROM facts{where} {order}")
        new, put, loads = object.__new__, object.__setattr__, json.loads
        for rows in self._batches(sql, params):
            # the record's own JSON, a batch in one parse: numbers exactly as Python reads the record
            extracted = loads("[" + ",".join(row[7] for row in rows) + "]")
            for (rowid, fid, kind, source, speaker, measure, refs, _), got in zip(rows, extracted, strict=True):
                topics, entities = refs.split("\n")
                rec = {"id": fid, "kind": kind, "source": source, "speaker": speaker, "measure": measure,
                       "topics": topics.split(), "entities": entities.split(), "refs": refs, "when": got[0],
                       "stated": got[1], "value": got[2], "value_max": got[3]}
                if text:
                    rec["statement"], rec["quote"] = got[4], got[5]
                view = new(FactView)
                put(view, "__dict__", rec)  # FactView(rec), without copying rec
                yield rowid, view

    def _rows(self, sql: str, params: tuple[Any, ...]) -> Iterator[tuple[Any, ...]]:
        for rows in self._batches(sql, params):
            yield from rows

    def _batches(self, sql: str, params: tuple[Any, ...]) -> Iterator[list[tuple[Any, ...]]]:
        if self.__dict__.get("_broken"):
            raise Gone
        try:
            cur = self._con.execute(sql, params)
            while rows := cur.fetchmany(BATCH):
                yield rows
        except sqlite3.Error:
            self._damaged()
            raise Gone from None

    def _in_order(self, chunk: Sequence[int], found: dict[int, Any]) -> Iterator[tuple[int, Any]]:
        for rowid in chunk:
            if rowid not in found:  # a consistent index has every rowid it gave
                self._damaged()
                raise Gone
            yield rowid, found[rowid]


BATCH = 1000  # facts read at a time by ``IndexedBase.views_of``


def open_indexed(explicit: str | os.PathLike[str]) -> IndexedBase | None:
    """The base from its index if it has a fresh one; None, building nothing, if not (for diff)."""
    root = resolve_base(explicit)
    if not enabled():
        return None
    current = key(stats(root))
    for path in locations(root):
        base = _open(path, root, current)
        if base is not None:
            return base
    return None


class Gone(Exception):
    """The index failed while it was read in batches: ask the base again (it is now the loaded files)."""


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
