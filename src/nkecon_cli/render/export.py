"""Exports that are documents rather than record streams: SQLite databases (``database``), TimelineJS3 JSON."""

from __future__ import annotations

import html
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..factbase import when as _when
from ..factbase.base import FactBase
from ..factbase.crosscheck import is_web_url
from ..factbase.inert import json_text
from .database import _links, _names, _sql_number, ups, write_head
from .text import quantity

TYPE_CHECKING = False  # as typing.TYPE_CHECKING: the models are not imported at run time
if TYPE_CHECKING:
    from ..factbase.records import Fact


def write_sqlite(base: FactBase, facts: Iterable[Fact], path: Path) -> None:
    """A database with facts, sources, topics, entities, link tables and a full-text index, in
    ``path`` (a new or empty file: ``export`` builds it in a temporary file and moves it into place).

    Facts chosen from the index (``query.ordered``) are copied from it in SQL (``dbexport``); if the
    index fails on the way, the file is begun again from the facts as the files give them."""
    if getattr(facts, "rowids", None) is not None:
        from .dbexport import write_from_index

        if write_from_index(base, facts, path):
            return
        Path(path).write_bytes(b"")
        Path(f"{path}-journal").unlink(missing_ok=True)
    facts = list(facts)
    con = sqlite3.connect(path)
    try:
        fts = write_head(con, base)
        con.executemany(
            "INSERT INTO facts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(f.id, f.statement, f.kind, f.measure, _sql_number(f.value), _sql_number(f.value_max), f.approx,
              f.unit, f.per,
              f.when, f.when_start, f.when_end, f.dated_by, f.stated, f.speaker, f.source, f.quote,
              f.note) for f in facts],
        )
        topic_up, entity_up = ups(base)
        con.executemany("INSERT INTO fact_topics VALUES (?,?,?,?)",
                        [row for f in facts for row in _links(f.id, f.topics, topic_up, positions=True)])
        con.executemany("INSERT INTO fact_entities VALUES (?,?,?)",
                        [row for f in facts for row in _links(f.id, f.entities, entity_up, positions=False)])
        if fts:
            con.executemany("INSERT INTO facts_fts (id, statement, quote, names) VALUES (?,?,?,?)",
                            [(f.id, f.statement, f.quote, _names(base, f)) for f in facts])
        con.commit()
    finally:
        con.close()


def _tl_date(p: _when.Point | None, end: bool) -> dict[str, str] | None:
    if p is None:
        return None
    if p.precision in ("decade", "century"):
        lo, hi = p.bounds()
        return {"year": str((hi if end else lo).year)}
    d: dict[str, str] = {"year": str(int(p.year))}
    if p.month is not None:
        d["month"] = str(p.month)
    if p.day is not None:
        d["day"] = str(p.day)
    return d


def timeline_event(base: FactBase, f: Fact) -> dict[str, Any]:
    w = _when.parse(f.when)
    src = base.sources.get(f.source)
    topic = base.topics.get(f.topics[0])
    q = quantity(f)
    body = f"<blockquote>{html.escape(f.quote)}</blockquote>"
    if src:
        body += f"<p><cite>{html.escape(src.citation)}</cite></p>"
        if src.url and is_web_url(src.url):  # never a javascript: or data: link (verify reports those)
            body += f'<p><a href="{html.escape(src.url, quote=True)}">source</a></p>'
    if f.note:
        body += f"<p><em>Note:</em> {html.escape(f.note)}</p>"
    ev: dict[str, Any] = {
        "unique_id": f.id,
        "start_date": _tl_date(w.start, False) or _tl_date(w.end, False),
        "text": {
            "headline": html.escape(f.statement if not q else f"{f.statement} ({q})"),
            "text": body,
        },
        # TimelineJS puts every one of these into the page as HTML: each is escaped
        "group": html.escape(topic.label if topic else f.topics[0]),
        "display_date": html.escape(w.label()),
    }
    if w.is_interval and w.start is not None and w.end is not None:
        ev["end_date"] = _tl_date(w.end, True)
    elif not w.is_interval and w.start is not None and w.start.precision in ("decade", "century"):
        ev["end_date"] = _tl_date(w.start, True)
    return ev


def timelinejs(base: FactBase, facts: Sequence[Fact], title: str) -> dict[str, Any]:
    """A TimelineJS3 JSON document: one event a fact, grouped by its first topic."""
    return {"title": timeline_title(len(facts), title), "events": [timeline_event(base, f) for f in facts]}


def timeline_title(count: int, title: str) -> dict[str, Any]:
    return {
        "text": {
            "headline": html.escape(title),
            "text": f"<p>{count} facts from the nkecon fact base, each with its source's words.</p>",
        }
    }


def write_timelinejs(base: FactBase, facts: Sequence[Fact], title: str, out: Any) -> None:
    out.write(json_text(timelinejs(base, facts, title), indent=2) + "\n")
