"""The SQLite export's database: its schema, and the rows that are not the facts' own fields.

Shared by the two writers of it: ``export.write_sqlite`` (from whole records) and ``dbexport`` (a
copy in SQL from the index); both give the same database, row for row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from ..factbase.base import FactBase

SCHEMA = """
CREATE TABLE sources (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, short TEXT, date TEXT NOT NULL, kind TEXT,
  author TEXT, perspective TEXT, publisher TEXT, url TEXT, citation TEXT, language TEXT,
  translator TEXT, summary TEXT, note TEXT
);
CREATE TABLE topics (id TEXT PRIMARY KEY, label TEXT NOT NULL, parent TEXT REFERENCES topics(id));
CREATE TABLE entities (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, parent TEXT REFERENCES entities(id),
  note TEXT
);
CREATE TABLE entity_aliases (entity_id TEXT NOT NULL REFERENCES entities(id), alias TEXT NOT NULL);
CREATE TABLE source_speakers (source_id TEXT NOT NULL REFERENCES sources(id),
                              entity_id TEXT NOT NULL REFERENCES entities(id));
CREATE TABLE facts (
  id TEXT PRIMARY KEY, statement TEXT NOT NULL, kind TEXT NOT NULL, measure TEXT,
  value NUMERIC, value_max NUMERIC, approx TEXT, unit TEXT, per TEXT,
  "when" TEXT NOT NULL, when_start TEXT, when_end TEXT, dated_by TEXT NOT NULL,
  stated TEXT NOT NULL, speaker TEXT REFERENCES entities(id),
  source TEXT NOT NULL REFERENCES sources(id), quote TEXT NOT NULL, note TEXT
);
CREATE TABLE topic_closure (ancestor TEXT NOT NULL REFERENCES topics(id),
                            descendant TEXT NOT NULL REFERENCES topics(id), depth INTEGER NOT NULL);
CREATE TABLE entity_closure (ancestor TEXT NOT NULL REFERENCES entities(id),
                             descendant TEXT NOT NULL REFERENCES entities(id), depth INTEGER NOT NULL);
-- A fact under its own topics (direct = 1, position = their order) and every topic above them
-- (direct = 0, position NULL): topic_id = 'electricity' finds what --topic electricity finds.
CREATE TABLE fact_topics (fact_id TEXT NOT NULL REFERENCES facts(id),
                          topic_id TEXT NOT NULL REFERENCES topics(id), position INTEGER,
                          direct INTEGER NOT NULL);
-- Likewise for entities: a fact about the Anju Coal Mine is about Anju (direct = 0).
CREATE TABLE fact_entities (fact_id TEXT NOT NULL REFERENCES facts(id),
                            entity_id TEXT NOT NULL REFERENCES entities(id), direct INTEGER NOT NULL);
CREATE INDEX facts_when ON facts(when_start, when_end);
CREATE INDEX facts_measure ON facts(measure);
CREATE INDEX fact_topics_topic ON fact_topics(topic_id);
CREATE INDEX fact_entities_entity ON fact_entities(entity_id);
CREATE INDEX topic_closure_ancestor ON topic_closure(ancestor);
CREATE INDEX entity_closure_ancestor ON entity_closure(ancestor);
"""

TABLES, _, _rest = SCHEMA.partition("CREATE INDEX")
INDEXES = "CREATE INDEX" + _rest  # SCHEMA is TABLES, then INDEXES

# Full text: statement, quote and every name (and alias) of the fact's entities, stemmed
# ('stations' finds 'station'), accents folded where SQLite can.
_FTS_TABLES = (
    "CREATE VIRTUAL TABLE facts_fts USING fts5(id UNINDEXED, statement, quote, names, "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE facts_fts USING fts5(id UNINDEXED, statement, quote, names, tokenize='porter unicode61')",
    "CREATE VIRTUAL TABLE facts_fts USING fts4(id, statement, quote, names, notindexed=id, tokenize=porter)",
)


def closure(parents: dict[str, str | None]) -> list[tuple[str, str, int]]:
    """(ancestor, descendant, depth) for every node and each node above it, itself at depth 0."""
    out: list[tuple[str, str, int]] = []
    for node in parents:
        up: str | None = node
        depth = 0
        seen: set[str] = set()
        while up is not None and up not in seen and up in parents:
            out.append((up, node, depth))
            seen.add(up)
            up = parents[up]
            depth += 1
    return out


def _number(v: float | None) -> float | int | None:
    """Whole numbers go in as integers: 500000, not 500000.0."""
    return int(v) if v is not None and float(v).is_integer() else v


def _fts(con: sqlite3.Connection) -> bool:
    for sql in _FTS_TABLES:
        try:
            con.execute(sql)
            return True
        except sqlite3.OperationalError:
            continue
    return False


_INT64 = (-(1 << 63), (1 << 63) - 1)


def _sql_number(v: float | None) -> float | None:
    """A whole number stays an integer in SQLite while it fits 64 bits; beyond, a REAL (as JSON readers take it)."""
    if isinstance(v, int) and not _INT64[0] <= v <= _INT64[1]:
        return float(v)
    return v


def write_head(con: sqlite3.Connection, base: FactBase, indexes: bool = True) -> bool:
    """The schema and everything but the facts: sources, topics, entities, their trees. Whether
    the full-text table could be made. ``indexes=False`` leaves the indexes of ``SCHEMA`` to the
    caller, to make once the rows are in (``INDEXES``: faster than keeping them up row by row)."""
    con.executescript(SCHEMA if indexes else TABLES)
    fts = _fts(con)
    con.executemany(
        "INSERT INTO sources VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(s.id, s.title, s.short, s.date, s.kind, s.author, s.perspective, s.publisher, s.url,
          s.citation, s.language, s.translator, s.summary, s.note) for s in base.sources.values()],
    )
    con.executemany("INSERT INTO source_speakers VALUES (?,?)",
                    [(s.id, e) for s in base.sources.values() for e in s.speakers])
    con.executemany("INSERT INTO topics VALUES (?,?,?)",
                    [(t.id, t.label, t.parent) for t in base.topics.values()])
    con.executemany("INSERT INTO entities VALUES (?,?,?,?,?)",
                    [(e.id, e.name, e.type, e.parent, e.note) for e in base.entities.values()])
    con.executemany("INSERT INTO entity_aliases VALUES (?,?)",
                    [(e.id, a) for e in base.entities.values() for a in e.aliases])
    con.executemany("INSERT INTO topic_closure VALUES (?,?,?)",
                    closure({t.id: t.parent for t in base.topics.values()}))
    con.executemany("INSERT INTO entity_closure VALUES (?,?,?)",
                    closure({e.id: e.parent for e in base.entities.values()}))
    return fts


def ups(base: FactBase) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Each topic's and each entity's ancestors, nearest first."""
    return (_ancestors({t.id: t.parent for t in base.topics.values()}),
            _ancestors({e.id: e.parent for e in base.entities.values()}))


def _ancestors(parents: dict[str, str | None]) -> dict[str, list[str]]:
    """Each node's ancestors, nearest first (itself left out)."""
    out: dict[str, list[str]] = {}
    for anc, node, depth in closure(parents):
        if depth:
            out.setdefault(node, []).append(anc)
    return out


def _links(fact_id: str, own: Sequence[str], up: dict[str, list[str]], positions: bool) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = [(fact_id, t, i, 1) if positions else (fact_id, t, 1) for i, t in enumerate(own)]
    inherited = dict.fromkeys(a for t in own for a in up.get(t, ()) if a not in own)
    rows += [(fact_id, a, None, 0) if positions else (fact_id, a, 0) for a in inherited]
    return rows


def _names(base: FactBase, f: Any) -> str:
    """Every name and alias of the fact's entities, one a line, for the full-text index."""
    out: list[str] = []
    for eid in f.entities:
        e = base.entities.get(eid)
        if e is not None:
            out += [e.name, *e.aliases]
    return "\n".join(dict.fromkeys(out))
