"""A fact read straight from the text nkecon's writer gives it, by one regular expression.

Building a new index decodes every fact's text and encodes the record again for its stored text
(``rows.fact_doc``): two fifths of the work per fact. A fact the writer wrote (``write``: indent 2,
the facts array at depth 2) in its plainest form — every string free of quotes, backslashes,
control codes and the characters ``inert.json_text`` escapes, every number a plain integer of at
most 18 digits, no other value than strings, lists of strings, those integers and null — is read
by ``read`` instead: its value (the dict ``json`` decodes from it, in its key order) and its
stored text both come from the pieces the expression matched, as ``json`` would make them:

- a string matched is its own value (no escape in it), and ``json_text`` writes it as it is (nothing
  in it to escape); an integer so written is its own ``repr`` (no leading zero, no ``-0``);
- the keys are the fact's fields, each once, in the model's order: no key given twice (what the
  stream refuses, ``strictjson``), and the record ``fastcheck.fact`` returns, if any, is this dict;
- the stored text puts ``", "`` and ``": "`` between the pieces, as ``json_text`` does.

Anything else (another layout, an escape, a float, a key missing) is not matched and is decoded
and encoded as before: ``read`` only ever saves time. This module imports nothing of the package but
``vocab``.
"""

from __future__ import annotations

import re
from operator import itemgetter

from .vocab import FACT_FIELDS

_CHARS = r'[^"\\\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]*'  # json_text's _JSON_UNSAFE too
_INT = r"0|-?[1-9][0-9]{0,17}"
_KEY = "\n      "  # a key's line in the writer's layout (a fact at depth 2, indent 2)
_ITEM = "\n        "  # a list item's line
_ITEMS = '",' + _ITEM + '"'  # between two strings of a list, on their lines
_LISTS = ("topics", "entities")
_NULLABLE = ("measure", "approx", "unit", "per", "speaker", "note")
_NUMBERS = ("value", "value_max")


def _pattern() -> tuple[str, list[int], list[int]]:
    """The expression, and for each field the group of its value and of its piece in the stored text."""
    parts, values, pieces = [], [], []
    group = 0
    for field in FACT_FIELDS:
        if field in _LISTS:  # the strings of the list, as written between their first and last quote
            part = rf'(?:\[{_ITEM}"({_CHARS}(?:{re.escape(_ITEMS)}{_CHARS})*)"{_KEY}\]|\[\])'
            group += 1
            values.append(group)
            pieces.append(group)
        elif field in _NUMBERS:
            part = rf"({_INT}|null)"
            group += 1
            values.append(group)
            pieces.append(group)
        elif field in _NULLABLE:  # the piece ("…" or null) and, within it, the string
            part = rf'("({_CHARS})"|null)'
            group += 2
            values.append(group)
            pieces.append(group - 1)
        else:
            part = rf'"({_CHARS})"'
            group += 1
            values.append(group)
            pieces.append(group)
        parts.append(f'{re.escape(_KEY)}"{field}": {part}')
    return r"\{" + ",".join(parts) + r"\n    \}", values, pieces


_PATTERN, _VALUE_GROUPS, _PIECE_GROUPS = _pattern()
_match = re.compile(_PATTERN).match
_values = itemgetter(*(g - 1 for g in _VALUE_GROUPS))
_pieces = itemgetter(*(g - 1 for g in _PIECE_GROUPS))
_AT = {field: i for i, field in enumerate(FACT_FIELDS)}
_TOPICS, _ENTITIES, _VALUE, _VALUE_MAX = _AT["topics"], _AT["entities"], _AT["value"], _AT["value_max"]
_QUOTED = frozenset(i for i, f in enumerate(FACT_FIELDS) if f not in _LISTS + _NULLABLE + _NUMBERS)
_DOC = "{" + ", ".join(f'"{f}": ' + ('"%s"' if i in _QUOTED else "[%s]" if f in _LISTS else "%s")
                       for i, f in enumerate(FACT_FIELDS)) + "}"


class Laid(dict):  # type: ignore[type-arg]
    """A fact ``read`` read: the dict ``json`` decodes from its text (the same keys, in the same
    order, and values), and its ``doc``: ``rows.fact_doc`` of that dict, which is what the index
    stores when ``fastcheck.fact`` proves the fact (it then returns the dict as it is)."""

    __slots__ = ("doc",)
    doc: str


def read(text: str, pos: int) -> tuple[Laid, int] | None:
    """The fact whose text starts at ``pos`` of ``text`` and where its text ends, if the writer laid
    it out in the plain form this module reads (see above); else None (decode it)."""
    m = _match(text, pos)
    if m is None:
        return None
    g = m.groups()
    values = list(_values(g))
    pieces = list(_pieces(g))
    for i in (_TOPICS, _ENTITIES):
        items = values[i]
        if items is None:
            values[i] = []
            pieces[i] = ""
        else:
            values[i] = items.split(_ITEMS)
            pieces[i] = '"' + items.replace(_ITEMS, '", "') + '"'
    for i in (_VALUE, _VALUE_MAX):
        values[i] = None if values[i] == "null" else int(values[i])
    fact = Laid(zip(FACT_FIELDS, values, strict=True))
    fact.doc = _DOC % tuple(pieces)
    return fact, m.end()
