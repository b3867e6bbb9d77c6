"""Matching facts straight from the index as their stored text, in the order a query asks.

A broad query is output-bound: decoding each fact into a view, sorting views in Python and
encoding each record anew costs more than everything else. The index keeps each fact as the text
``json_text`` makes of its ``model_dump`` (``fact_doc``: what ``facts -f jsonl`` writes, less the
derived keys), so a writer can emit a JSON line by appending ``when_start``, ``when_end`` (from
the day columns) and ``source_title`` to it, and decode it only for the formats that need fields.

A row is ``(doc, span_lo, span_hi, source)``: the stored text, the first and last day of ``when``
as ordinals (1 for an open start, as ``date.min``; ``date.max``'s for an open end) and the source
id. ``rows`` sorts in SQL where SQLite's order is the order of ``query.select.sort_key`` exactly
(``when``, ``source``, ``id``; ties in file order, as Python's stable sort leaves them), and in
Python on the same keys otherwise (``stated``, ``value``). Every filter it is given is exact in SQL
(``--text``, tested in Python, is never asked of it). If the index breaks under the query, the
rows not yet given come from the files.

``where_sql`` is the SQL every read of the index narrows a question to (``IndexedBase``'s readers
and these rows alike): exact for all but ``--text``.
"""

from __future__ import annotations

import json
import sqlite3

from .inert import json_text

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator
    from typing import Any

    from .wanted import Wanted

Row = tuple[str, int, int, str]

_WHEN = "(SELECT json_extract(doc, '$.when') FROM docs WHERE docs.rowid = facts.rowid)"
_MIN, _MAX = 1, 3652059  # date.min, date.max as ordinals: the bounds of an open start, an open end
# order_key's third part, "until X" (-1) before X (0) before "from X" (1), from the day columns: an
# open start has span_lo = _MIN and attests a later day, an open end span_hi = _MAX and attests an
# earlier one. Only a time at the calendar's very edge (year 1 or 9999) leaves the columns in doubt;
# its text says it (``when.parse`` reads an open start only as "../END", an open end as "START/..").
_OPEN = (f"(CASE WHEN span_lo = {_MIN} AND att_lo > {_MIN} THEN -1 WHEN span_hi = {_MAX} AND att_hi < {_MAX} "
         f"THEN 1 WHEN span_lo = {_MIN} OR span_hi = {_MAX} THEN (CASE WHEN substr({_WHEN}, 1, 3) = '../' "
         f"THEN -1 WHEN substr({_WHEN}, -3) = '/..' THEN 1 ELSE 0 END) ELSE 0 END)")
_SQL_ORDER = {
    "when": f"+att_lo, att_hi, {_OPEN}, id, ord",  # +: one sort beats walking facts_att (0.3 s, not 0.5, at 100k)
    "source": f"source, att_lo, att_hi, {_OPEN}, id, ord",
    "id": "id, ord",
}


_SCAN = json.JSONDecoder().scan_once  # type: ignore[attr-defined]  # json.loads less its checks around the value


def decode(doc: str) -> Any:
    """``json.loads`` of a stored text, faster (a third of the time for a fact); the same value."""
    try:
        value, end = _SCAN(doc, 0)
    except StopIteration:
        end = -1
    return value if end == len(doc) else json.loads(doc)  # anything else: json.loads says what is wrong


def fact_doc(dump: dict[str, Any]) -> str:
    """The stored text of a fact: its ``model_dump`` as every JSON output writes it."""
    return json_text(dump)


def fact_row(f: Any) -> Row:
    """The row of a fact in memory (a model or a view), as the index would give it."""
    lo, hi = f.span
    return fact_doc(f.model_dump()), lo.toordinal(), hi.toordinal(), f.source


def rows(con: sqlite3.Connection, where: str, params: list[Any], wanted: Wanted, sort: str, limit: int | None,
         damaged: Callable[[], object], fallback: Callable[[], Iterable[Row]]) -> Iterator[Row]:
    """The rows of the facts ``wanted`` picks (``where``, ``params``: its SQL, ``where_sql``), sorted
    by ``sort``, at most ``limit``.

    If the index fails, ``damaged`` is told and the rows not yet given are taken from ``fallback``,
    which gives every row of the answer from the files."""
    where = exact(where, wanted)
    in_sql = sort in _SQL_ORDER
    sql = (f"SELECT (SELECT doc FROM docs WHERE docs.rowid = facts.rowid) AS doc, span_lo, span_hi, source "
           f"FROM facts{where} ORDER BY {_SQL_ORDER[sort] if in_sql else 'ord'}")
    if in_sql and limit is not None:
        sql += f" LIMIT {int(limit)}"
    given = 0
    try:
        found: Iterable[Any] = con.execute(sql, tuple(params))
        if not in_sql:
            found = sorted(found, key=_key(sort))
            if limit is not None:
                found = found[:limit]
        for r in found:
            yield r
            given += 1
    except sqlite3.Error:
        damaged()
        for n, row in enumerate(fallback()):
            if n >= given:
                yield row


def exact(where: str, wanted: Wanted) -> str:
    """``where`` (``where_sql`` of ``wanted``) made exact: the facts it gives are the ones the
    test of ``wanted`` passes, if ``wanted`` has no ``--text`` (tested in Python only)."""
    if wanted.span is not None and not wanted.overlap:
        # the SQL asks the attested days to overlap; a "one of" span ([1948..1982]: somewhere in it,
        # not known where) must lie inside (``when.matches``), and only its text says it is one
        lo, hi = (d.toordinal() for d in wanted.span)
        where += f" AND (att_lo >= {lo} AND att_hi <= {hi} OR substr({_WHEN}, 1, 1) <> '[')"
    return where


def sql_order(wanted: Wanted, where: str, sort: str, limit: int | None) -> tuple[str, str] | None:
    """(exact where, ORDER BY … [LIMIT …]) when SQL alone gives the facts ``wanted`` picks in the order
    ``sort`` gives them and ``limit`` keeps (``query.select``'s, exactly); None when Python must test
    (``--text``) or sort (``stated``, ``value``)."""
    if wanted.text is not None or sort not in _SQL_ORDER:
        return None
    order = f"ORDER BY {_SQL_ORDER[sort]}"
    if limit is not None:
        order += f" LIMIT {int(limit)}"
    return exact(where, wanted), order


def _key(sort: str) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    """``sort_key`` of ``query.select`` for ``stated`` and ``value``, on a row's decoded text (rows come
    in file order, and Python's sort keeps it for ties, as ``select`` does)."""
    if sort == "value":
        def by_value(r: tuple[Any, ...]) -> tuple[Any, ...]:
            d = decode(r[0])
            v = d["value"]
            return v is None, v if v is not None else 0, d["id"]
        return by_value

    from . import when as _when

    def by_stated(r: tuple[Any, ...]) -> tuple[Any, ...]:
        d = decode(r[0])
        return _when.bounds(d["stated"])[0], *_when.order_key(d["when"]), d["id"]
    return by_stated


def where_sql(w: Wanted) -> tuple[str, list[Any]]:
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
