"""``export --format sqlite`` from the index: the facts' records copied in SQL, not decoded in Python.

The index keeps each fact's record as the model validated it (its ``model_dump`` as JSON, table
``docs``). The database ``render.export`` writes is attached to the index's own connection, and the
chosen facts (``query.ordered``: their rowids in order, one JSON array into a temporary table) go
across in one ``INSERT … SELECT json_extract(…)`` each for the facts, their links and the full-text
index: strings as the records hold them. One pass over the chosen records, in the index's own
order, first takes the fields the index keeps in columns of its own (id, kind, measure, unit,
speaker, source: written there from the same record) and what the copy joins on: ``when``, the
numbers' JSON text, the lists of topics and of entities. What Python has to give it gives once per
distinct value, in temporary tables the copy joins: the numbers SQL cannot read exactly itself, as
Python reads the JSON (and as ``database._sql_number`` puts them in, a whole number over 64 bits as
a REAL), the ISO days of each ``when``, for each list of topics and each list of entities its link
rows (the fact under its own and every one above them), and for each list of entities the names
for the full-text index. No record is decoded in Python. The database is the one ``write_sqlite``
writes from whole records, row for row (``sqlite3 out.db .dump`` is the same).
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
_NUMBERS = ("value", "value_max")
# A number's JSON text SQL reads exactly itself: a whole number of at most 18 characters (it fits
# 64 bits); any other (a fraction, an exponent, a whole number that may not fit) Python reads, as
# ``json.loads`` reads it (``database._sql_number`` then puts it in). ``->`` gives the record's own token.
_WHOLE = "(length({0}) <= 18 AND {0} GLOB '*[0-9]' AND {0} NOT GLOB '*[^0-9-]*')"
_BY_PYTHON = "({0} IS NOT NULL AND {0} <> 'null' AND NOT " + _WHOLE + ")"

# Fields the index keeps in columns of its own, as the record has them (``indexing`` writes both
# from the one validated record): taken from there, not parsed out of the record again.
_COLUMNS = ("id", "kind", "measure", "unit", "speaker", "source")

# The chosen facts (a JSON array of their rowids, in the order chosen), then, read from the index in
# the order it keeps them (one pass), each with its place and what the copy takes or joins on: the
# index's columns, ``when``, the numbers' JSON texts, the topics and the entities (``facts.refs``:
# topics, a newline, entities).
_PICK = "INSERT INTO temp.export_pick SELECT value, key FROM json_each(?)"
_FACT = ("INSERT INTO temp.export_fact SELECT p.pos, p.fact, " + ", ".join(f"f.{c}" for c in _COLUMNS)
         + ", json_extract(d.doc, '$.when'), " + ", ".join(f"d.doc -> '$.{f}'" for f in _NUMBERS)
         + ", substr(f.refs, 1, instr(f.refs, char(10)) - 1), substr(f.refs, instr(f.refs, char(10)) + 1) "
         "FROM temp.export_pick p CROSS JOIN main.facts f ON f.rowid = p.fact "
         "CROSS JOIN main.docs d ON d.rowid = p.fact ORDER BY p.fact")
_PYTHON_NUMBERS = " UNION ".join(f"SELECT k.{f} FROM temp.export_fact k WHERE {_BY_PYTHON.format(f'k.{f}')}"
                                 for f in _NUMBERS)
_FROM_PICK = {
    **{c: f"k.{c}" for c in _COLUMNS}, "when": "k.\"when\"", "when_start": "w.start", "when_end": "w.end",
    **{f: (f"CASE WHEN k.{f} IS NULL OR k.{f} = 'null' THEN NULL WHEN {_WHOLE.format(f'k.{f}')} "
           f"THEN CAST(k.{f} AS INTEGER) ELSE (SELECT n.number FROM temp.export_numbers n WHERE n.text = k.{f}) END")
       for f in _NUMBERS},
}
# Each chosen fact, in the order chosen, its record and the days of its ``when``.
_COPY = ("INSERT INTO export.facts SELECT "
         + ", ".join(_FROM_PICK.get(f, f"json_extract(d.doc, '$.{f}')") for f in _FIELDS)
         + " FROM temp.export_fact k CROSS JOIN main.docs d ON d.rowid = k.fact "
           "CROSS JOIN temp.export_days w ON w.\"when\" = k.\"when\" ORDER BY k.pos")
# the facts as just copied (the n-th chosen is the n-th row of the new, empty table)
_COPY_FTS = ("INSERT INTO export.facts_fts (id, statement, quote, names) SELECT f.id, f.statement, f.quote, r.names "
             "FROM temp.export_fact k CROSS JOIN export.facts f ON f.rowid = k.pos + 1 "
             "CROSS JOIN temp.export_names r ON r.refs = k.entities ORDER BY k.pos")
_COPY_LINKS = ("INSERT INTO export.{0} SELECT k.id, l.{1}, {2}l.direct FROM temp.export_fact k "
               "CROSS JOIN temp.export_{1}_links l ON l.refs = k.{3} ORDER BY k.pos, l.seq")
_TEMP = {
    "export_pick": "fact INTEGER PRIMARY KEY, pos INTEGER NOT NULL",
    "export_fact": "pos INTEGER PRIMARY KEY, fact INTEGER NOT NULL, " + ", ".join(f"{c} TEXT" for c in _COLUMNS)
                   + ", \"when\" TEXT, value TEXT, value_max TEXT, topics TEXT NOT NULL, entities TEXT NOT NULL",
    "export_numbers": "text TEXT PRIMARY KEY, number",
    "export_days": "\"when\" TEXT PRIMARY KEY, start TEXT, \"end\" TEXT",
    "export_names": "refs TEXT PRIMARY KEY, names TEXT",
    "export_topic_links": "refs TEXT NOT NULL, seq INTEGER NOT NULL, topic TEXT, position INTEGER, "
                          "direct INTEGER, PRIMARY KEY (refs, seq)",
    "export_entity_links": "refs TEXT NOT NULL, seq INTEGER NOT NULL, entity TEXT, direct INTEGER, "
                           "PRIMARY KEY (refs, seq)",
}


def _span(when: str) -> tuple[str | None, str | None]:
    """The ISO days a ``when`` begins and ends, as every record gives them."""
    time = FactView({"when": when})
    return time.when_start, time.when_end


def write_from_index(base: FactBase, chosen: Any, path: Path) -> bool:
    """Write the database of ``chosen`` (a ``query.ordered.Ordered`` read from the index) to ``path``;
    False if the index failed on the way (the base is then the loaded files: the caller begins again)."""
    from ..factbase.index import Gone

    if chosen.rowids is None or not hasattr(base, "reader"):
        return False  # not chosen from the index: written from the records
    con = sqlite3.connect(path)
    try:
        fts = write_head(con, base, indexes=False)
        con.commit()
    finally:
        con.close()
    try:
        reader = base.reader()
    except Gone:
        return False
    try:
        reader.execute("ATTACH DATABASE ? AS export", (str(Path(path).resolve()),))
    except sqlite3.Error:
        base.failed()  # type: ignore[attr-defined]
        return False
    try:
        _fill(base, chosen.rowids, reader, fts)
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


def _fill(base: FactBase, rowids: list[int], reader: sqlite3.Connection, fts: bool) -> None:
    import json

    reader.execute("PRAGMA temp_store = MEMORY")
    reader.execute("PRAGMA export.synchronous = OFF")  # the whole file is fsynced once it is written
    for table, columns in _TEMP.items():
        reader.execute(f"DROP TABLE IF EXISTS temp.{table}")
        rows = "" if table in ("export_pick", "export_fact") else " WITHOUT ROWID"  # looked up by key alone
        reader.execute(f"CREATE TEMP TABLE {table} ({columns}){rows}")
    reader.execute(_PICK, (json.dumps(rowids),))
    if reader.execute(_FACT).rowcount != len(rowids):  # a rowid the index lacks
        raise sqlite3.DatabaseError("the index gave fewer facts than it chose")

    def distinct(sql: str) -> list[Any]:
        return [v for (v,) in reader.execute(sql)]

    # what only Python says, once per distinct value: the numbers SQL cannot read exactly, the days
    # of each ``when``, the links of each list of topics and of entities, the names of the latter
    _python_numbers(reader)
    reader.executemany("INSERT INTO temp.export_days VALUES (?, ?, ?)",
                       [(when, *_span(when)) for when in distinct('SELECT DISTINCT "when" FROM temp.export_fact')])
    topic_up, entity_up = ups(base)
    topic_links, entity_links, names = [], [], []
    for text in distinct("SELECT DISTINCT topics FROM temp.export_fact"):
        topic_links += [(text, seq, *row[1:]) for seq, row in enumerate(_links("", text.split(), topic_up, True))]
    for text in distinct("SELECT DISTINCT entities FROM temp.export_fact"):
        entities = text.split()
        entity_links += [(text, seq, *row[1:]) for seq, row in enumerate(_links("", entities, entity_up, False))]
        if fts:
            names.append((text, _names(base, FactView({"entities": entities}))))
    reader.executemany("INSERT INTO temp.export_topic_links VALUES (?, ?, ?, ?, ?)", topic_links)
    reader.executemany("INSERT INTO temp.export_entity_links VALUES (?, ?, ?, ?)", entity_links)
    reader.executemany("INSERT INTO temp.export_names VALUES (?, ?)", names)
    if reader.execute(_COPY).rowcount != len(rowids):  # never fewer facts than were chosen
        raise sqlite3.DatabaseError("the index gave fewer facts than it chose")
    reader.execute(_COPY_LINKS.format("fact_topics", "topic", "l.position, ", "topics"))
    reader.execute(_COPY_LINKS.format("fact_entities", "entity", "", "entities"))
    if fts:
        reader.execute(_COPY_FTS)
    for sql in INDEXES.split(";"):
        if sql.strip():
            reader.execute(sql.replace("CREATE INDEX ", "CREATE INDEX export.", 1))


def _python_numbers(reader: sqlite3.Connection) -> None:
    """Each number of ``temp.export_fact`` SQL does not read itself, as ``json.loads`` reads its JSON
    text and ``database._sql_number`` puts it in (``temp.export_numbers``, which the copy joins)."""
    import json

    reader.executemany("INSERT INTO temp.export_numbers VALUES (?, ?)",
                       [(text, _sql_number(json.loads(text))) for (text,) in reader.execute(_PYTHON_NUMBERS)])


def _detach(reader: sqlite3.Connection) -> None:
    for sql in (*(f"DROP TABLE IF EXISTS temp.{table}" for table in _TEMP), "DETACH DATABASE export"):
        with contextlib.suppress(sqlite3.Error):
            reader.execute(sql)
    if reader.in_transaction:
        reader.rollback()
