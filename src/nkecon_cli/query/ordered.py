"""The facts a query matches, in order, read from the index a batch at a time (``export``).

``select.select`` answers with a list of whole records: at 100,000 facts, every record decoded at
once. ``ordered`` decides the same facts in the same order from a light view of each candidate (the
fields a filter and a sort read, ``IndexedBase.light``), keeps only their rowids, and reads the
whole records back a batch at a time while the output is written: memory holds the rowids, not the
base. A base without an index, or an index that fails on the way (``index.Gone``), is asked as
``select`` asks it, so the answer is the same either way: the same exact test, the same stable sort
of the candidates in file order, the same limit. Where SQL alone picks and orders exactly (no
``--text``; sort ``when``, ``source`` or ``id``: ``factbase.rows.sql_order``), only the rowids are
read, already chosen, sorted and limited (``IndexedBase.rowids_ordered``): no record is decoded
until it is written.
"""

from __future__ import annotations

from .select import Filters, resolve, sort_key

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any

    from ..factbase.base import FactBase
    from ..factbase.wanted import Wanted


class Ordered:
    """The matching facts, sorted, at most ``limit``: sized, and read as they are iterated.

    ``rowids`` are the index's rows of the facts in order (None when the base is not read from an
    index); ``base`` is the base they come from."""

    def __init__(self, base: FactBase, flt: Filters, sort: str = "when", limit: int | None = None):
        self.base = base
        self._wanted = resolve(base, flt)
        if limit is not None and limit < 0:
            from ..errors import NkeconError

            raise NkeconError(f"--limit {limit}: give a number of facts, 0 or more")
        self._sort = sort
        self._limit = limit
        self._facts: list[Any] | None = None
        self.rowids: list[int] | None = None
        if hasattr(base, "light"):
            from ..factbase.index import Gone

            try:
                self.rowids = self._pick(self._wanted)
            except Gone:
                self.rowids = None
        if self.rowids is None:
            self._facts = self._selected()

    def _pick(self, wanted: Wanted) -> list[int]:
        key = sort_key(self._sort)  # an unknown key fails here, as in select
        found = self.base.rowids_ordered(wanted, self._sort, self._limit)  # type: ignore[attr-defined]
        if found is not None:  # where SQL picks and orders, no record is read at all
            return found  # type: ignore[no-any-return]
        test = wanted.test()
        from ..factbase.loading import no_gc

        light = self.base.light(wanted, wanted.text is not None)  # type: ignore[attr-defined]
        with no_gc():  # a key a fact, none in a cycle: a collection would walk them all again and again
            keyed = [(key(view), rowid) for rowid, view in light if test(view)]
        keyed.sort(key=lambda kr: kr[0])  # stable: at one key, file order, as ``select`` sorts
        if self._limit is not None:
            del keyed[self._limit:]
        return [rowid for _key, rowid in keyed]

    def _selected(self) -> list[Any]:
        """As ``select.select``: the exact test over the candidates, sorted, limited."""
        test = self._wanted.test()
        found = sorted((f for f in self.base.candidates(self._wanted) if test(f)), key=sort_key(self._sort))
        return found[:self._limit]

    def __len__(self) -> int:
        return len(self._facts) if self._facts is not None else len(self.rowids or ())

    def __iter__(self) -> Iterator[Any]:
        if self._facts is not None:
            yield from self._facts
            return
        from ..factbase.index import Gone

        done = 0
        try:
            for f in self.base.views_of(self.rowids or []):  # type: ignore[attr-defined]
                yield f
                done += 1
        except Gone:  # the index broke under us: the rest from the files, as the same query answers there
            self.rowids = None
            self._facts = self._selected()
            yield from self._facts[done:]


def ordered(base: FactBase, flt: Filters, sort: str = "when", limit: int | None = None) -> Ordered:
    """The facts matching the filters, sorted, at most ``limit``, as ``select.select`` gives them,
    read from the index a batch at a time."""
    return Ordered(base, flt, sort, limit)
