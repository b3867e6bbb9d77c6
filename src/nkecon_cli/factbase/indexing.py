"""Building the derived index (``index`` reads it): validated from the files, or brought up to date.

``facts.json`` is read as a stream (``jsonstream``), one record at a time, so memory holds one
record, not the base. When the index being replaced was built by the same code, it is copied and
brought up to date (``_update``): a fact whose text is as it was is recognised by its fingerprint
and neither decoded nor validated again. Anything the stream does not take (a broken record,
invalid JSON, a key given twice, a file changed while read) leaves no index: the caller loads the
base the ordinary way, which names the problem.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path

from . import fastcheck, laid
from .crosscheck import CrossCheck
from .indexkey import FOLDER, INDEXES, NAME, SCHEMA, NewRows, Stat, code_key, connect_ro, content_hash, stats
from .indexkey import digest as content_digest
from .loading import no_gc, read_file
from .paths import FACTS_FILE, SOURCES_DIR, SOURCES_FILE

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Any

class _Unread(Exception):
    """The stream did not take the base (a problem, or a file changed while read): load it whole."""


def build(root: Path, key: str, file_stats: list[Stat], places: Iterable[Path], racy_ns: int) -> Path | None:
    """Validate the base and write its index to the first of ``places`` that takes it; that place.

    None where no place takes an index, or the base has a problem (the caller loads it whole,
    naming every problem). A file changed within ``racy_ns`` of the build gets its content hashed."""
    started = time.time_ns()
    # changed (mtime) or touched in any way (ctime) within the clock's tick of the build: a change
    # made within that tick may leave both as they are (a coarse clock); its content is hashed
    racy = {name for name, _size, mtime, ctime, _ino in file_stats if max(mtime, ctime) >= started - racy_ns}
    for path in places:
        try:
            write(path, root, key, file_stats, racy)
        except _Unread:
            return None
        except (OSError, sqlite3.Error):
            continue  # this place cannot take it: the next one
        return path
    return None


def write(path: Path, root: Path, key: str, file_stats: list[Stat], racy_names: set[str]) -> None:
    """Validate the base at ``root`` and write its index to ``path`` atomically; _Unread if it
    cannot (a problem in the base, a file changed while read).

    The index it replaces, if built by this same code, is copied and brought up to date (``_update``):
    a fact whose text is as it was is neither decoded nor validated again. Of ``racy_names``
    (see ``index.RACY_NS``), the files the index is made from are fingerprinted; the source texts give it
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
                with no_gc():  # a build makes millions of objects and no cycles: nothing for the collector
                    _update(con, fresh, root, key, file_stats, racy_names, tmp.parent)
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
        old = connect_ro(previous)
        try:
            old.execute("BEGIN")
            if old.execute("SELECT value FROM meta WHERE key = 'code'").fetchone() != (code_key(),):
                return False
            shutil.copyfile(previous, tmp)  # whole: the open read holds off any writer (``_settle``) meanwhile
        finally:
            old.close()
    except (sqlite3.Error, OSError):
        return False
    return True


_BATCH = 500  # new facts written at a time: few enough that their rows are still in the CPU cache (5,000: 0.1 s more)


def _update(con: sqlite3.Connection, fresh: bool, root: Path, key: str, file_stats: list[Stat],
            racy_names: set[str], folder: Path | None = None) -> None:
    """Bring the index in ``con`` (empty if ``fresh``, else a copy of the last one) up to the files.

    ``facts.json`` is read as a stream (``jsonstream``), so memory holds one record, not the base.
    Each fact is expected to be the next one of the last index, as long as they go on being the
    same: one found so is kept as it is; any other is validated (``checked``) and written anew.
    Then the facts no longer there are deleted, the kept ones moved to their new places, and the
    whole base cross-checked from the index. A new index of a big file (no last one) has the facts
    of its second half checked by a worker process meanwhile (``halves``), written into ``folder``.
    """
    con.execute("PRAGMA journal_mode = OFF")
    con.execute("PRAGMA synchronous = OFF")
    last: list[tuple[int, bytes, int, int]] = con.execute(
        "SELECT length, digest, rowid, ord FROM facts ORDER BY ord").fetchall()
    worker = None
    if not last and folder is not None:
        from . import halves

        size = next((size for name, size, *_rest in file_stats if name == FACTS_FILE), 0)
        worker = halves.start(root / FACTS_FILE, size, folder, _worker_row, FACTS_FILE in racy_names)
    try:
        if worker is not None:  # attached before the transaction begins
            for k, part in enumerate(worker.parts):
                con.execute(f"ATTACH DATABASE ? AS part{k}", (str(part),))
        _read(con, fresh, root, key, file_stats, racy_names, last, worker)
    finally:
        if worker is not None:
            worker.close()


def _read(con: sqlite3.Connection, fresh: bool, root: Path, key: str, file_stats: list[Stat], racy_names: set[str],
          last: list[tuple[int, bytes, int, int]], worker: Any) -> None:
    """``_update``'s reading of the files, ``last`` the facts of the last index, ``worker`` a
    ``halves.Worker`` checking the second half of the facts, or None."""
    from . import jsonstream
    from .problems import LoadError

    racy: dict[str, str] = {}
    sources_rel = f"{SOURCES_DIR}/{SOURCES_FILE}"
    try:
        raw = read_file(root / sources_rel)
    except LoadError:
        raise _Unread from None
    if sources_rel in racy_names:
        racy[sources_rel] = content_digest(raw)
    sources = {r["id"]: (r, text) for r, text in checked_sources(raw, str(root / sources_rel))}
    hasher = content_hash() if FACTS_FILE in racy_names else None

    where_last = {digest: i for i, (_length, digest, _rowid, _ord) in enumerate(last)}
    next_rowid = 1 + max((r for _l, _d, r, _o in last), default=0)
    expected = 0  # the fact of the last index that probably comes next
    kept: list[tuple[int, int]] = []  # (rowid, new place)
    n = 0
    records: dict[str, list[tuple[dict[str, Any], str]]] = {"topics": [], "entities": []}
    ended: set[str] = set()
    new = NewRows(con)
    flush = new.flush
    days: dict[str, tuple[int, int, int, int]] = {}  # when → attested and full bounds, as ordinals
    indexed = False  # the INDEXES made (early, while the worker writes its last facts)

    def expect(section: str) -> tuple[int, bytes] | None:
        return last[expected][:2] if section == "facts" and expected < len(last) else None

    def arrive() -> tuple[int, int, bytes | None] | None:
        """The reader is at the fact the worker started at: the worker's facts copied in after those
        written so far, if it read any; the indexes are made while it writes its last ones. Of a
        racy file (hashed as read) the characters gone over must have the fingerprint of those the
        worker read (the file may have changed between the two readings, keeping its stat)."""
        if "facts" in ended:
            return None  # a second facts array: refused below
        flush()
        got = worker.take(con, next_rowid - 1, n, index_now)
        if got is not None and hasher is not None and got[2] is None:
            raise _Unread  # nothing to prove the worker's reading by (not asked to: cannot be)
        return got if got is None or hasher is not None else (got[0], got[1], None)

    def index_now() -> None:
        nonlocal indexed
        if fresh and not indexed:
            con.executescript(INDEXES)
            indexed = True
            from .halves import write_out

            write_out(con)  # while the worker writes its last facts and the builder copies them

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
        kept_rows = new.add(*_new_row(value, text, digest, next_rowid, n, days))
        next_rowid += 1
        if kept_rows >= _BATCH:
            flush()

    try:
        with con:
            for section, index, value, text in jsonstream.arrays(
                    root / FACTS_FILE, hasher.update if hasher else None,
                    expect if last else None,  # None: nothing to expect
                    ("facts", worker.place, arrive) if worker is not None else None, ("facts", laid.read)):
                if index is jsonstream.END:
                    if section in ended:
                        raise _Unread  # a key given twice: the ordinary reader refuses it, naming the line
                    ended.add(section)
                elif index is jsonstream.HERE:  # the worker's facts, read from where the reader is: proven
                    n += value
                    next_rowid += value
                elif section == "facts":
                    n += 1
                    fact(value, text)
                elif section in records:
                    records[section].append(checked(section, value))
                else:
                    raise _Unread  # a key the file may not have: the ordinary reader names it
            if ended != {"topics", "entities", "facts"}:
                raise _Unread
            flush()
            _settle_rows(con, last, kept)
            for table, items in (("topics", records["topics"]), ("entities", records["entities"]),
                                 ("sources", sources.values())):
                con.execute(f"DELETE FROM {table}")
                con.executemany(f"INSERT INTO {table}(doc) VALUES (?)", ((text,) for _r, text in items))
            if fresh and not indexed:
                con.executescript(INDEXES)
            from .views import EntityView, SourceView, TopicView

            topic_views: dict[str, Any] = {r["id"]: TopicView(r) for r, _t in records["topics"]}
            entity_views: dict[str, Any] = {r["id"]: EntityView(r) for r, _t in records["entities"]}
            source_views: dict[str, Any] = {sid: SourceView(r) for sid, (r, _t) in sources.items()}
            check = CrossCheck(root, topic_views, entity_views, source_views)
            _cross_check(con, check, topic_views, entity_views, source_views)
            if hasher is not None:
                racy[FACTS_FILE] = hasher.hexdigest()
            if stats(root) != file_stats:
                raise _Unread  # changed while read: this run reads it whole, the next one indexes it
            problems = json.dumps([[p.file, p.where, p.message] for p in check.problems()], ensure_ascii=False)
            meta = {"key": key, "code": code_key(), "racy": json.dumps(racy), "problems": problems}
            con.execute("DELETE FROM meta")
            con.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    except jsonstream.StreamError:
        raise _Unread from None


def _cross_check(con: sqlite3.Connection, check: CrossCheck, topics: Iterable[str], entities: Iterable[str],
                 sources: Iterable[str]) -> None:
    """Feed ``check`` the facts of the index: SQL finds the ids used twice and the names the facts
    refer to (a few thousand, read off the indexes); only the facts that name something unknown are
    then given to ``check.fact``, in file order (so the problems, and their order, are those that
    feeding it every fact would give)."""
    check.reused(fid for (fid,) in con.execute("SELECT id FROM facts GROUP BY id HAVING count(*) > 1"))
    unknown = []
    for sql, known in (("SELECT DISTINCT topic FROM fact_topics", topics),
                       ("SELECT DISTINCT entity FROM fact_entities", entities),
                       ("SELECT DISTINCT speaker FROM facts WHERE speaker IS NOT NULL AND speaker <> ''", entities),
                       ("SELECT DISTINCT source FROM facts", sources)):
        unknown.append(sorted({name for (name,) in con.execute(sql)}.difference(known)))
    if not any(unknown):
        return  # the usual case
    suspects = ("SELECT id, refs, speaker, source FROM facts WHERE "
                "rowid IN (SELECT fact FROM fact_topics WHERE topic IN (SELECT value FROM json_each(?))) "
                "OR rowid IN (SELECT fact FROM fact_entities WHERE entity IN (SELECT value FROM json_each(?))) "
                "OR speaker IN (SELECT value FROM json_each(?)) OR source IN (SELECT value FROM json_each(?)) "
                "ORDER BY ord")
    for fid, refs, speaker, source in con.execute(suspects, [json.dumps(names) for names in unknown]):
        topic_ids, entity_ids = refs.split("\n")
        check.fact(fid, topic_ids.split(), entity_ids.split(), speaker, source)


def _new_row(value: Any, text: str, digest: bytes, rowid: int, n: int, days: dict[str, tuple[int, int, int, int]]
             ) -> tuple[tuple[Any, ...], str, list[str], list[str]]:
    """The row in ``facts`` of the fact ``value`` (its ``text`` and ``digest``, its ``rowid`` and place
    ``n``), its doc, topics and entities; _Unread if it is not valid. ``days`` caches ``when``'s bounds."""
    f, doc = checked("facts", value)
    bounds = days.get(f["when"])
    if bounds is None:
        from . import when

        w = when.parse(f["when"])
        bounds = days[f["when"]] = (w.attested[0].toordinal(), w.attested[1].toordinal(), w.lower.toordinal(),
                                    w.upper.toordinal())
    topics, entities = f["topics"], f["entities"]
    return ((rowid, f["id"], f["kind"], f["source"], f["speaker"], f["measure"], f["unit"], *bounds, n, len(text),
             digest, " ".join(topics) + "\n" + " ".join(entities)), doc, topics, entities)


def _worker_row(value: Any, text: str, n: int, days: dict[str, tuple[int, int, int, int]]
                ) -> tuple[tuple[Any, ...], str, list[str], list[str]]:
    """``_new_row`` as the worker of a new index makes it: ``n`` its rowid and place among the worker's facts."""
    from .jsonstream import fingerprint

    return _new_row(value, text, fingerprint(text), n, n, days)


_FAST = {"facts": fastcheck.fact, "topics": fastcheck.topic, "entities": fastcheck.entity}


def checked(section: str, value: Any) -> tuple[dict[str, Any], str]:
    """A record of ``facts.json`` (its ``section``: facts, topics or entities) as the model dumps it,
    and that as JSON: proved by ``fastcheck`` where it can, else validated by the model; _Unread
    if the model refuses it (the ordinary reader then names every problem)."""
    if type(value) is laid.Laid:  # a fact read straight from the writer's layout: its text made already
        plain = dict(value)  # (fastcheck proves plain dicts only)
        if fastcheck.fact(plain) is plain:
            return plain, value.doc
        value = plain
    record = _FAST[section](value)
    if record is not None:
        doc = stored_text(record)
        if doc is not None:
            return record, doc
    from .records import Entity, Fact, Topic

    return _by_model({"facts": Fact, "topics": Topic, "entities": Entity}[section], value)


def stored_text(record: dict[str, Any]) -> str | None:
    """A record's stored text (a fact, topic, entity or source, as the model dumps it): as every
    JSON output writes it (``rows.fact_doc``), so that a listing streams a fact as it is; None when
    no UTF-8 text can hold it (a lone surrogate, which the model's own dump refuses too)."""
    from .rows import fact_doc

    doc = fact_doc(record)
    try:
        doc.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return doc


def checked_sources(raw: bytes, name: str) -> list[tuple[dict[str, Any], str]]:
    """The sources of ``sources.json`` (its bytes ``raw``, its path ``name``) as ``checked`` gives records."""
    fast = fastcheck.sources_file(raw)
    if fast is not None:
        docs = [stored_text(r) for r in fast]
        if None not in docs:
            return list(zip(fast, docs, strict=True))  # type: ignore[arg-type]
    from .loading import parse_sources_file
    from .problems import LoadError

    try:
        models = parse_sources_file(raw, name).sources
    except LoadError:
        raise _Unread from None
    return [_by_model(type(s), s) for s in models]


def _by_model(model: Any, value: Any) -> tuple[dict[str, Any], str]:
    """``value`` validated by ``model``, dumped as a dict and as JSON; _Unread if either fails."""
    from pydantic import ValidationError

    try:
        record = model.model_validate(value).model_dump()
    except ValidationError:
        raise _Unread from None
    doc = stored_text(record)
    if doc is None:  # a lone surrogate cannot be written: load() names it
        raise _Unread
    return record, doc


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
