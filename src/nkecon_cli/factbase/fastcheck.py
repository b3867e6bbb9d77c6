"""Records checked without building a model: what ``records`` proves, proved by plain tests.

Building the index validates every record of a new base; a pydantic model per fact (its
import, validation and dump) was a third of the time of a new base's first query. A record read
from JSON can only hold dicts, lists, strings, numbers, booleans and None, and for such values
each rule of the models is a plain test: the fields known and the required ones there, each
value of its type (``str`` exactly, never a number for a string; a finite ``int`` or ``float``,
never a boolean; a list of strings), the closed vocabularies (``records`` checks, as it is
built, that vocab's words are its own), the slug pattern and length, text not blank, EDTF
dates (``when.parse``, the function the models call), and a fact's value, value_max, unit and
measure in agreement.

Each function here returns the record as the model would dump it (``model_dump``: every field,
in the model's order, defaults filled in) when it has proved that the model accepts it, and
None when it cannot say: the record is then validated by the model, which names what is wrong.
So a None is never an error, only a longer way; a value here must never be one the model
refuses or would store otherwise (the property tests check both on generated records).
This module imports nothing of the package but ``vocab``, ``when`` and ``strictjson``.
"""

from __future__ import annotations

import math
import re

from . import when as _when
from .vocab import (
    APPROX,
    DATED_BY,
    ENTITY_FIELDS,
    ENTITY_TYPES,
    FACT_FIELDS,
    KINDS,
    SLUG_MAX,
    SLUG_PATTERN,
    SOURCE_FIELDS,
    TOPIC_FIELDS,
)

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

_is_slug = re.compile(SLUG_PATTERN).fullmatch  # the models' pattern, matched whole (no "$" before a newline)
_KINDS = frozenset(KINDS)
_APPROX = frozenset(APPROX)
_DATED_BY = frozenset(DATED_BY)
_ENTITY_TYPES = frozenset(ENTITY_TYPES)
_INT_LIMIT = 1 << 63  # ints beyond this are left to the model (its number type changes at 64 bits)
_refs: set[str] = set()  # slugs already proved (topics, entities, sources and speakers recur in every fact)
_dates: set[str] = set()  # EDTF strings already parsed


def _slug(v: object) -> bool:
    return type(v) is str and len(v) <= SLUG_MAX and _is_slug(v) is not None


def _ref(v: object) -> bool:
    """A slug, remembered: the same few thousand references recur in every fact."""
    if type(v) is not str:
        return False
    if v in _refs:
        return True
    if len(v) <= SLUG_MAX and _is_slug(v) is not None:
        if len(_refs) < 200_000:
            _refs.add(v)
        return True
    return False


def _refs_list(v: object, least: int = 0) -> bool:
    return type(v) is list and len(v) >= least and all(map(_ref, v))


def _words(v: object) -> bool:
    """A list of strings (keywords, aliases)."""
    return type(v) is list and all(type(s) is str for s in v)


def _text(v: object) -> bool:
    """A string with something besides whitespace (``Text``: ``v.strip()`` is not empty)."""
    return type(v) is str and v != "" and not v.isspace()


def _opt_str(v: object) -> bool:
    return v is None or type(v) is str


def _opt_ref(v: object) -> bool:
    return v is None or _ref(v)


def _edtf(v: object) -> bool:
    if type(v) is not str:
        return False
    if v in _dates:
        return True
    try:
        _when.parse(v)
    except Exception:  # DateError, or anything else the model would have to judge
        return False
    if len(_dates) < 100_000:
        _dates.add(v)
    return True


def _number(v: object) -> bool:
    """A finite int or float (``records._number``), never a boolean (``type`` is exact)."""
    t = type(v)
    if t is int:
        return -_INT_LIMIT < v < _INT_LIMIT  # type: ignore[operator]
    if t is float:
        return math.isfinite(v)  # type: ignore[arg-type]
    return False


_FACT_REQUIRED = frozenset(("id", "statement", "topics", "kind", "when", "dated_by", "stated", "source", "quote"))
_FACT_KEYS = frozenset(FACT_FIELDS)
_EMPTY: list[str] = []  # a default list, only ever serialized


def fact(v: Any) -> dict[str, Any] | None:
    """``Fact.model_validate(v).model_dump()`` when that surely succeeds; else None (ask the model).

    Written out rather than looped over rules: it runs once for every fact of a new base. A set
    holds only strings, so ``x in KINDS`` is false for any other type (an unhashable one raises,
    and whatever raises is left to the model)."""
    try:
        if type(v) is not dict:
            return None
        if tuple(v) != FACT_FIELDS:
            keys = v.keys()
            if not (keys <= _FACT_KEYS and keys >= _FACT_REQUIRED):
                return None
            v = {k: v.get(k, _EMPTY if k == "entities" else None) for k in FACT_FIELDS}
        (id_, statement, topics, kind, measure, value, value_max, approx, unit, per, when, dated_by, stated,
         entities, speaker, source, quote, note) = v.values()
        refs, dates = _refs, _dates
        if not (type(id_) is str and len(id_) <= SLUG_MAX and _is_slug(id_) is not None
                and type(statement) is str and statement and not statement.isspace()
                and type(quote) is str and quote and not quote.isspace()
                and type(topics) is list and topics and (refs.issuperset(topics) or _refs_list(topics))
                and type(entities) is list and (refs.issuperset(entities) or _refs_list(entities))
                and (speaker is None or speaker in refs or _ref(speaker)) and (source in refs or _ref(source))
                and kind in _KINDS and dated_by in _DATED_BY and (approx is None or approx in _APPROX)
                and (when in dates or _edtf(when)) and (stated in dates or _edtf(stated))
                and (measure is None or type(measure) is str) and (unit is None or type(unit) is str)
                and (per is None or type(per) is str) and (note is None or type(note) is str)):
            return None
        if value is None:
            if value_max is not None:
                return None  # value_max without value: the model says so
        elif not (_number(value) and (value_max is None or (_number(value_max) and value_max >= value))
                  and unit and measure):
            return None
        return v
    except Exception:  # whatever this cannot judge, the model does
        return None


def _record(fields: tuple[str, ...], rules: dict[str, Callable[[object], bool]], required: frozenset[str],
            defaults: dict[str, Any]) -> Callable[[Any], dict[str, Any] | None]:
    keys_ok = frozenset(fields)

    def check(v: Any) -> dict[str, Any] | None:
        try:
            if type(v) is not dict:
                return None
            if tuple(v) != fields:
                keys = v.keys()
                if not (keys <= keys_ok and keys >= required):
                    return None
                v = {k: v[k] if k in v else defaults.get(k) for k in fields}
            for k, value in v.items():
                if not rules[k](value):
                    return None
            return v
        except Exception:
            return None

    return check


topic = _record(TOPIC_FIELDS, {"id": _slug, "label": _text, "parent": _opt_ref, "keywords": _words},
                frozenset(("id", "label")), {"keywords": _EMPTY})
topic.__doc__ = "``Topic.model_validate(v).model_dump()`` when that surely succeeds; else None."

entity = _record(ENTITY_FIELDS, {"id": _slug, "name": _text,
                                 "type": lambda v: type(v) is str and v in _ENTITY_TYPES,
                                 "aliases": _words, "parent": _opt_ref, "note": _opt_str},
                 frozenset(("id", "name", "type")), {"aliases": _EMPTY})
entity.__doc__ = "``Entity.model_validate(v).model_dump()`` when that surely succeeds; else None."

source = _record(SOURCE_FIELDS, {"id": _slug, "title": _text, "short": _opt_str, "date": _edtf, "kind": _ref,
                                 "author": _opt_ref, "speakers": _refs_list, "perspective": _ref,
                                 "publisher": _opt_str, "url": _opt_str, "archive_location": _opt_str,
                                 "citation": _text, "language": _opt_str, "translator": _opt_str,
                                 "summary": _opt_str, "note": _opt_str},
                 frozenset(("id", "title", "date", "kind", "perspective", "citation")), {"speakers": _EMPTY})
source.__doc__ = "``Source.model_validate(v).model_dump()`` when that surely succeeds; else None."


def sources_file(raw: bytes) -> list[dict[str, Any]] | None:
    """The sources of ``sources/sources.json`` as the models would dump them, each surely valid; None
    if any is not, or the file is not one strict JSON object ``{"sources": [...]}`` (the model says why)."""
    from . import strictjson

    try:
        doc = strictjson.loads(raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8"))
    except (ValueError, RecursionError):  # not UTF-8, not JSON, a key given twice
        return None
    if type(doc) is not dict or tuple(doc) != ("sources",) or type(doc["sources"]) is not list:
        return None
    out = []
    for s in doc["sources"]:
        checked = source(s)
        if checked is None:
            return None
        out.append(checked)
    return out
