"""``export --format sqlite`` from the index: the facts' records copied in SQL, not decoded in Python.

The index keeps each fact's record as the model validated it (its ``model_dump`` as JSON, table
``docs``). The database ``render.export`` writes is attached to the index's own connection, and the
chosen facts (``query.ordered``: their rowids in order, in a temporary table) go across in one
``INSERT … SELECT json_extract(…)`` each for the facts, their links and the full-text index:
strings as the records hold them. What Python has to give it gives once per distinct value, in
temporary tables the copy joins: the numbers as Python reads the JSON (and as ``database._sql_number``
puts them in, a whole number over 64 bits as a REAL), the ISO days of each ``when``, and for each
list of topics and entities the names for the full-text index and the link rows (the fact under
its own and every one above them). The database is the one ``write_sqlite`` writes from whole
records, row for row (``sqlite3 out.db .dump`` is the same).
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from ..factbase.views import FactView
from .database import INDEXES, _links, _names, _sql_number, ups, write_head

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from typing import Any

    from ..factbase.base import FactBase

_FIELDS = ("id", "statement", "kind", "measure", "value", "value_max", "approx", "unit", "per", "when",
           "when_start", "when_end", "dated_by", "stated", "speaker", "source", "quote", "note")  # export.SCHEMA's
_FROM_PYTHON = ("value", "value_max", "when_start", "when_end")
# Each chosen fact (temp.export_pick, in the order chosen, with what Python made of it) and its record.
_CHOSEN = "FROM temp.export_pick p CROSS JOIN main.docs d ON d.rowid = p.fact"
_COPY = ("INSERT INTO export.facts SELECT "
         + ", ".join(f"p.{f}" if f in _FROM_PYTHON else f"json_extract(d.doc, '$.{f}')" for f in _FIELDS)
         + f" {_CHOSEN} ORDER BY p.pos")
# the facts as just copied (the n-th chosen is the n-th row of the new, empty table)
_COPY_FTS = ("INSERT INTO export.facts_fts (id, statement, quote, names) SELECT f.id, f.statement, f.quote, r.names "
             "FROM temp.export_pick p CROSS JOIN export.facts f ON f.rowid = p.pos + 1 "
             "CROSS JOIN temp.export_refs r ON r.refs = p.refs ORDER BY p.pos")
_COPY_LINKS = ("INSERT INTO export.{0} SELECT f.id, l.{1}, {2}l.direct FROM temp.export_pick p "
               "CROSS JOIN main.facts f ON f.rowid = p.fact CROSS JOIN temp.export_{1}_links l ON l.refs = p.refs "
               "ORDER BY p.pos, l.seq")
_TEMP = {
    "export_pick": "pos INTEGER PRIMARY KEY, fact INTEGER NOT NULL, value, value_max, when_start TEXT, "
                   "when_end TEXT, refs INTEGER NOT NULL",
    "export_refs": "refs INTEGER PRIMARY KEY, names TEXT",
    "export_topic_links": "refs INTEGER NOT NULL, seq INTEGER NOT NULL, topic TEXT, position INTEGER, "
                          "direct INTEGER, PRIMARY KEY (refs, seq)",
    "export_entity_links": "refs INTEGER NOT NULL, seq INTEGER NOT NULL, entity TEXT, direct INTEGER, "
                           "PRIMARY KEY (refs, seq)",
}


class Keep:
    """What the copy needs of a chosen fact that its record cannot give SQL (``Ordered``'s ``keep``):
    its numbers as Python read them, the days of its ``when`` and its lists of topics and entities,
    each distinct ``when`` and pair of lists made once."""

    def __init__(self) -> None:
        self.days: dict[str, tuple[str | None, str | None]] = {}
        self.refs: dict[str, int] = {}  # the light view's ``refs``: topics, a newline, entities

    def __call__(self, f: Any) -> tuple[Any, ...]:
        span = self.days.get(f.when)
        if span is None:
            time = FactView({"when": f.when})  # the days of ``when`` as every record gives them
            span = self.days[f.when] = (time.when_start, time.when_end)
        refs = self.refs.get(f.refs)
        if refs is None:
            refs = self.refs[f.refs] = len(self.refs)
        return (_sql_number(f.value), _sql_number(f.value_max), *span, refs)


def write_from_index(base: FactBase, chosen: Any, path: Path) -> bool:
    """Write the database of ``chosen`` (a ``query.ordered.Ordered`` read from the index) to ``path``;
    False if the index failed on the way (the base is then the loaded files: the caller begins again)."""
    from ..factbase.index import Gone

    if not isinstance(getattr(chosen, "keep", None), Keep) or chosen.rowids is None:
        return False  # not chosen for this copy: written from the records
    con = sqlite3.connect(path)
    try:
        fts = write_head(con, base, indexes=False)
        con.commit()
    finally:
        con.close()
    try:
        reader = base.reader()  # type: ignore[attr-defined]
    except Gone:
        return False
    try:
        reader.execute("ATTACH DATABASE ? AS export", (str(Path(path).resolve()),))
    except sqlite3.Error:
        base.failed()  # type: ignore[attr-defined]
        return False
    try:
        _fill(base, chosen, reader, fts)
        reader.commit()
    except (Gone, sqlite3.Error):
        # the index broke, or the database could not be written: begun again from the loaded files,
        # a write that cannot be made fails there as it fails here
        reader.rollback()
        base.failed()  # type: ignore[attr-defined]
        return False
    except BaseException:
        reader.rollback()
        raise
    finally:
        _detach(reader)
    return True


def _fill(base: FactBase, chosen: Any, reader: sqlite3.Connection, fts: bool) -> None:
    keep: Keep = chosen.keep
    reader.execute("PRAGMA temp_store = MEMORY")
    reader.execute("PRAGMA export.synchronous = OFF")  # the whole file is fsynced once it is written
    for table, columns in _TEMP.items():
        reader.execute(f"DROP TABLE IF EXISTS temp.{table}")
        reader.execute(f"CREATE TEMP TABLE {table} ({columns})")
    reader.executemany("INSERT INTO temp.export_pick VALUES (?, ?, ?, ?, ?, ?, ?)",
                       ((pos, rowid, *kept) for pos, (rowid, kept) in enumerate(zip(chosen.rowids, chosen.kept,
                                                                                    strict=True))))
    topic_up, entity_up = ups(base)
    refs, topic_links, entity_links = [], [], []
    for text, n in keep.refs.items():
        topics, entities = (part.split() for part in text.split("\n"))
        refs.append((n, _names(base, FactView({"entities": entities})) if fts else None))  # type: ignore[arg-type]
        topic_links += [(n, seq, *row[1:]) for seq, row in enumerate(_links("", topics, topic_up, True))]
        entity_links += [(n, seq, *row[1:]) for seq, row in enumerate(_links("", entities, entity_up, False))]
    reader.executemany("INSERT INTO temp.export_refs VALUES (?, ?)", refs)
    reader.executemany("INSERT INTO temp.export_topic_links VALUES (?, ?, ?, ?, ?)", topic_links)
    reader.executemany("INSERT INTO temp.export_entity_links VALUES (?, ?, ?, ?)", entity_links)
    if reader.execute(_COPY).rowcount != len(chosen.rowids):  # never fewer facts than were chosen
        raise sqlite3.DatabaseError("the index gave fewer facts than it chose")
    reader.execute(_COPY_LINKS.format("fact_topics", "topic", "l.position, "))
    reader.execute(_COPY_LINKS.format("fact_entities", "entity", ""))
    if fts:
        reader.execute(_COPY_FTS)
    for sql in INDEXES.split(";"):
        if sql.strip():
            reader.execute(sql.replace("CREATE INDEX ", "CREATE INDEX export.", 1))


def _detach(reader: sqlite3.Connection) -> None:
    for sql in (*(f"DROP TABLE IF EXISTS temp.{table}" for table in _TEMP), "DETACH DATABASE export"):
        with contextlib.suppress(sqlite3.Error):
            reader.execute(sql)
    if reader.in_transaction:
        reader.rollback()
