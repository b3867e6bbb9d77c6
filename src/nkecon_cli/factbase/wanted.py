"""What a query asks of a base, resolved to ids, bounds and a text test: the one question every
base answers (``FactBase.candidates`` in memory, ``index.IndexedBase.candidates`` from SQLite)."""

from __future__ import annotations

from . import when as _when
from .slotted import Record

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from .records import Fact


class Wanted(Record):
    """The filters resolved against a base: the ids, bounds and text a fact must match.

    ``None`` leaves a field unconstrained. The derived index turns this into
    SQL (``index.IndexedBase.candidates``); ``test`` is the exact test in Python.
    """

    _fields = ("topics", "entities", "kinds", "sources", "speakers", "measures", "span", "overlap", "text", "ids")

    def __init__(self, topics: set[str] | None = None, entities: set[str] | None = None,
                 kinds: set[str] | None = None, sources: set[str] | None = None, speakers: set[str] | None = None,
                 measures: set[str] | None = None, span: tuple[date, date] | None = None, overlap: bool = False,
                 text: Callable[[str], bool] | None = None, ids: set[str] | None = None) -> None:
        self.topics = topics
        self.entities = entities
        self.kinds = kinds
        self.sources = sources  # --source and --perspective together
        self.speakers = speakers
        self.measures = measures
        self.span = span
        self.overlap = overlap
        self.text = text  # --text: every word, by any name of what it names
        self.ids = ids

    def test(self) -> Callable[[Fact], bool]:
        tests: list[Callable[[Fact], bool]] = []
        if self.topics is not None:
            topics = self.topics
            tests.append(lambda f: not topics.isdisjoint(f.topics))
        if self.entities is not None:
            entities = self.entities
            tests.append(lambda f: not entities.isdisjoint(f.entities))
        if self.kinds is not None:
            kinds = self.kinds
            tests.append(lambda f: f.kind in kinds)
        if self.sources is not None:
            srcs = self.sources
            tests.append(lambda f: f.source in srcs)
        if self.speakers is not None:
            speakers = self.speakers
            tests.append(lambda f: f.speaker in speakers)
        if self.measures is not None:
            measures = self.measures
            tests.append(lambda f: f.measure in measures)
        if self.span is not None:
            wanted, overlap = self.span, self.overlap
            tests.append(lambda f: _when.matches(f.when, wanted, overlap))
        if self.text is not None:
            has_text = self.text
            tests.append(lambda f: has_text(f.statement + " " + f.quote))
        if self.ids is not None:
            ids = self.ids
            tests.append(lambda f: f.id in ids)
        if len(tests) < 2:  # nothing asked, or one thing: no loop over the tests for each fact
            return tests[0] if tests else lambda f: True
        return lambda f: all(t(f) for t in tests)
