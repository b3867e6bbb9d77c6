"""``verify``: every record valid, every reference resolved, every quote found in its source text."""

from __future__ import annotations

from pathlib import Path

from ..errors import NkeconError
from .base import FactBase, cross_check
from .loading import load, read_file
from .paths import FACTS_FILE, SOURCES_DIR, SOURCES_FILE, resolve_base
from .problems import LoadError, Problem

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from typing import Any


def check_quotes(base: FactBase) -> list[Problem]:
    """Every quote is found in its source text, whitespace-insensitively, otherwise exactly."""
    out: list[Problem] = []
    readable: dict[str, bool] = {}  # source id: its text can be searched
    for fid, source, quote in base.quotes():
        ok = readable.get(source)
        if ok is None:
            ok = readable[source] = source in base.sources and base.text_path(source).is_file()
            if ok:
                try:
                    base.text(source)
                except NkeconError as err:  # an unreadable text is a problem verify reports, like any other
                    out.append(Problem(str(base.text_path(source)), "", str(err).split(": ", 1)[-1]))
                    ok = readable[source] = False
        if ok and base.find_quote(source, quote) is None:
            snippet = " ".join(quote.split())[:60]
            out.append(Problem(str(base.facts_path), f"fact {fid!r} quote",
                               f"not found in {SOURCES_DIR}/{source}.txt: {snippet!r}; copy the words exactly"))
    return out


def verify(root: Path | str | None = None, origin: str | None = None) -> tuple[FactBase | None, list[Problem]]:
    """Everything `nkecon verify` checks: schema, cross-references, quotes.

    A record that breaks the schema does not hide the rest: the records that are valid are
    cross-checked and their quotes looked up too, so one run lists every problem.
    """
    try:
        base = load(root, origin=origin)
    except LoadError as err:
        partial, dropped = _valid_records(resolve_base(root, origin))
        if partial is None:
            return None, err.problems
        # a reference to a record already reported as broken is not a second problem
        later = [p for p in cross_check(partial) + check_quotes(partial)
                 if not any(f"{d!r}" in p.message for d in dropped)]
        return None, err.problems + later
    return base, cross_check(base) + check_quotes(base)


def _valid_records(root: Path) -> tuple[FactBase | None, set[str]]:
    """The base with only the records that pass the schema, and the ids of those that do not
    (None when a file is not even JSON of the right shape)."""
    from . import strictjson

    try:  # a repeated key leaves no record to trust: the problem named is all there is to say
        facts_raw = strictjson.loads(read_file(root / FACTS_FILE).removeprefix(b"\xef\xbb\xbf"))
        sources_raw = strictjson.loads(read_file(root / SOURCES_DIR / SOURCES_FILE).removeprefix(b"\xef\xbb\xbf"))
    except (LoadError, ValueError, RecursionError):
        return None, set()
    if not isinstance(facts_raw, dict) or not isinstance(sources_raw, dict):
        return None, set()
    from pydantic import ValidationError

    from .records import Entity, Fact, Source, Topic

    dropped: set[str] = set()

    def valid(items: Any, model: type[Any]) -> list[Any]:
        out = []
        for item in items if isinstance(items, list) else []:
            try:
                out.append(model.model_validate(item))
            except ValidationError:
                if isinstance(item, dict) and isinstance(item.get("id"), str):
                    dropped.add(item["id"])
        return out

    topics = valid(facts_raw.get("topics"), Topic)
    entities = valid(facts_raw.get("entities"), Entity)
    facts = valid(facts_raw.get("facts"), Fact)
    sources = valid(sources_raw.get("sources"), Source)
    base = FactBase(root=root, topics={t.id: t for t in topics}, entities={e.id: e for e in entities},
                    facts=facts, sources={s.id: s for s in sources})
    return base, dropped
