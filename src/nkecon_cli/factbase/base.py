"""A fact base in memory: its records by id and its source texts, read once each."""

from __future__ import annotations

from pathlib import Path

from ..errors import NkeconError
from .crosscheck import CrossCheck
from .paths import FACTS_FILE, SOURCES_DIR, SOURCES_FILE
from .problems import encoding_problem
from .whitespace import find_folded, fold_whitespace

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import date

    from .problems import Problem
    from .records import Entity, Fact, Source, Topic
    from .wanted import Wanted


class FactBase:
    """A fact base in memory: its records by id, and its source texts, read once each."""

    def __init__(self, root: Path, topics: dict[str, Topic], entities: dict[str, Entity], facts: list[Fact],
                 sources: dict[str, Source], _texts: dict[str, str] | None = None,
                 _folded: dict[str, tuple[str, list[int]]] | None = None):
        self.root = root
        self.topics = topics
        self.entities = entities
        self.facts = facts
        self.sources = sources
        self._texts: dict[str, str] = {} if _texts is None else _texts
        self._folded: dict[str, tuple[str, list[int]]] = {} if _folded is None else _folded
        self._plain: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(root={self.root!r}, {len(self.facts)} facts, {len(self.sources)} sources)"

    @property
    def facts_path(self) -> Path:
        return self.root / FACTS_FILE

    @property
    def sources_dir(self) -> Path:
        return self.root / SOURCES_DIR

    def text_path(self, source_id: str) -> Path:
        return self.sources_dir / f"{source_id}.txt"

    def text(self, source_id: str) -> str:
        """The source's text, read once."""
        if source_id not in self._texts:
            path = self.text_path(source_id)
            try:
                raw = path.read_bytes()
                wide = encoding_problem(raw, str(path))
                if wide is not None:
                    raise NkeconError(str(wide))
                # a byte-order mark is not part of the text: offsets count the characters after it
                self._texts[source_id] = raw.decode("utf-8").removeprefix("\ufeff")
            except FileNotFoundError:
                raise NkeconError(f"{path}: missing; every source in {SOURCES_FILE} needs its text") from None
            except UnicodeDecodeError as err:
                raise NkeconError(f"{path}: byte {err.start} is not UTF-8; re-save the file as UTF-8") from None
            except OSError as err:
                raise NkeconError(f"{path}: cannot read ({err.strerror}); check its permissions") from None
        return self._texts[source_id]

    def folded(self, source_id: str) -> tuple[str, list[int]]:
        """The source's text with its whitespace folded (``fold_whitespace``), made once."""
        found = self._folded.get(source_id)
        if found is None:
            found = self._folded[source_id] = fold_whitespace(self.text(source_id))
        return found

    def find_quote(self, source_id: str, quote: str) -> tuple[int, int] | None:
        """Where ``quote`` is in the source's text with all whitespace folded (``locate`` without the
        offsets in the original: folded in C, for looking up every quote of a large base). Two
        quotes overlap here exactly when they overlap in the text. None too when the text cannot be
        read (missing, unreadable, not UTF-8: ``check_quotes`` reports that, once)."""
        plain = self._plain.get(source_id)
        if plain is None:
            try:
                text = self.text(source_id)
            except NkeconError:
                return None
            plain = self._plain[source_id] = " ".join(text.split())
        needle = " ".join(quote.split())
        i = plain.find(needle) if needle else -1
        return None if i < 0 else (i, i + len(needle))

    def locate(self, fact: Fact) -> tuple[int, int] | None:
        """Character offsets of the fact's quote in its source text, or None if not found."""
        if fact.source not in self.sources:
            return None
        return find_folded(self.folded(fact.source), fact.quote)

    def fact(self, fact_id: str) -> Fact | None:
        return self._by_id.get(fact_id)

    @property
    def _by_id(self) -> dict[str, Fact]:
        cache = self.__dict__.get("_by_id_cache")
        if cache is None:
            cache = self.__dict__["_by_id_cache"] = {f.id: f for f in self.facts}
        return cache

    # What the queries ask of a base; the derived index (``index.IndexedBase``) answers the same
    # questions from SQLite, reading only what matches.

    def candidates(self, wanted: Wanted) -> Iterable[Fact]:
        """Facts that may match ``wanted``, in file order (the caller applies the exact test)."""
        return self.facts

    def measure_names(self) -> set[str]:
        return {f.measure for f in self.facts if f.measure}

    def speaker_ids(self) -> set[str]:
        """Entities that make the claim of some fact."""
        return {f.speaker for f in self.facts if f.speaker}

    def fact_ids(self, prefix: str = "") -> list[str]:
        """Fact ids starting with ``prefix``, in file order, each once."""
        return list(dict.fromkeys(f.id for f in self.facts if f.id.startswith(prefix)))

    def fact_count(self) -> int:
        return len(self.facts)

    def sharing(self) -> Iterable[Fact]:
        """Facts that may share source, measure and span with another (what the curation checks
        group), in file order: here every fact; the index reads only those in such a group."""
        return self.facts

    def priced_in(self, codes: Iterable[str]) -> Iterable[Fact]:
        """Facts that may have one of the unit ``codes``, alone or per something ("KPW/kg"), in file order."""
        return self.facts

    def each_fact(self) -> Iterable[Fact]:
        """Every fact once, in file order, for a check that reads each and keeps none: the index holds
        none of them in memory either."""
        return self.facts

    def quotes(self) -> Iterable[tuple[str, str, str]]:
        """(id, source, quote) of every fact, in file order."""
        return ((f.id, f.source, f.quote) for f in self.facts)

    def integrity_problems(self) -> list[Problem]:
        """Broken references and reused ids (``cross_check``)."""
        return cross_check(self)

    # What ``diff`` asks of a base (here: everything; the index reads only what may count).

    def figures(self, wanted: Wanted, spans: Iterable[tuple[date, date]] = (),
                paired: Iterable[str] | None = None) -> Iterable[Fact]:
        """Facts that may match ``wanted`` and have a measure, in file order (the caller applies the
        exact tests): with ``spans``, only those that may fall in one of them (``when.matches``, either
        way); with ``paired`` (kinds weighed as one family), only those another fact of the same
        measure, unit and family meets at an overlapping attested time."""
        return self.candidates(wanted)

    def figure_count(self, wanted: Wanted) -> int | None:
        """How many facts match ``wanted`` and have a measure and a value; None: count them yourself."""
        return None

    def fact_texts(self) -> list[tuple[str, int, bytes, int]] | None:
        """(id, row, ``jsonstream.fingerprint``, length in characters) of each fact's text in facts.json,
        in file order; None when the base cannot say (in memory: no fingerprints kept)."""
        return None

    def facts_at(self, rows: Iterable[int]) -> list[Fact]:
        """The facts at these rows of ``fact_texts``, in file order."""
        raise NotImplementedError


def cross_check(base: FactBase) -> list[Problem]:
    """Every reference resolves, ids are unique, the topic and entity trees have no cycles."""
    check = CrossCheck(base.root, base.topics, base.entities, base.sources)
    for f in base.facts:
        check.fact(f.id, f.topics, f.entities, f.speaker, f.source)
    return check.problems()
