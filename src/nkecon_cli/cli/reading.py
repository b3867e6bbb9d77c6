"""The bodies of the listing commands ``facts`` and ``timeline``, without click.

The click commands (``querying``) and the fast path (``fast``) both call these, with the values
click would hand the command: one body a command, whoever parsed its command line.
"""

from __future__ import annotations

from .runtime import _console, _describe, _filters, _fmt, _stdout, converted

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from typing import IO, Any

    from .runtime import State


def facts(state: State, fmt: str | None, sort: str, limit: int | None, by: str | None, convert: tuple[str, ...],
          **kw: Any) -> None:
    """``nkecon facts``: the facts that match the filters, grouped ``by`` if asked."""
    from ..query.select import select

    flt = _filters(kw)
    plain_records = by is None and not convert  # what the index's stored text can be written as
    if (fmt in ("json", "jsonl", "csv", "tsv") and plain_records
            and listed(state.base, flt, sort, limit, fmt, _stdout()) is not None):
        return
    found = converted(select(state.base, flt, sort, limit), convert)
    out = _stdout()
    fmt = _fmt(fmt, out)
    grouped = None
    if by is not None:
        from ..query.grouping import groups

        grouped = groups(state.base, found, by)
        found = [f for _, items in grouped for f in items]
    if fmt == "table":
        from ..render.terminal import facts_table

        if grouped is None:
            facts_table(state.base, found, _console(), title=_describe(flt))
            return
        from ..render.terminal import grouped_facts

        grouped_facts(state.base, grouped, _console(), title=f"{_describe(flt)} — by {by}")
    else:
        from ..render.records import write_facts

        group = {f.id: key for key, items in grouped for f in items} if grouped is not None else None
        write_facts(state.base, found, fmt, out, converted=bool(convert), group=group)


def timeline(state: State, by: str, limit: int | None, convert: tuple[str, ...], fmt: str | None, **kw: Any) -> None:
    """``nkecon timeline``: the matching facts in time order, grouped ``by``, each series drawn as bars."""
    from ..query.select import select

    flt = _filters(kw)
    found = converted(select(state.base, flt, "when", limit), convert)
    out = _stdout()
    fmt = _fmt(fmt, out)
    if fmt == "table":
        from ..render.timeline import render_timeline

        render_timeline(state.base, found, by, _console(), title=f"Timeline — {_describe(flt)}")
    elif fmt == "plain":
        from ..render.timeline import write_plain_timeline

        write_plain_timeline(state.base, found, by, out)
    else:
        from ..render.records import write_facts

        write_facts(state.base, found, fmt, out, converted=bool(convert))


def listed(base: Any, flt: Any, sort: str, limit: int | None, fmt: str, out: IO[str]) -> int | None:
    """The listing written to ``out`` from the index's stored text as it streams (``select_rows``):
    the number of facts written; None, writing nothing, where the index cannot answer so."""
    from ..query.select import select_rows
    from ..render.records import write_fact_rows

    rows = select_rows(base, flt, sort, limit)
    return None if rows is None else write_fact_rows(base, rows, fmt, out)
