"""JSON read strictly: a key given twice in one object is refused, never resolved silently.

``json`` and pydantic keep the last of two equal keys, so a second ``"facts": [...]`` after the
real array, or ``"value": 7700, "value": 99999`` in a fact, would be taken without a word (and a
later write would make the loss permanent). Every reader of a file nkecon is given goes through
``no_duplicates`` (``json``'s ``object_pairs_hook``); ``duplicates`` then finds where each
repeated key is, by line, for the message. This module imports nothing of the package.
"""

from __future__ import annotations

import json
import re

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from typing import Any


class DuplicateKey(ValueError):
    """A JSON object names one key twice."""

    def __init__(self, key: str):
        self.key = key
        super().__init__(f"key {key!r} given twice in one object")


def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``object_pairs_hook`` for ``json``: the object as a dict, or DuplicateKey."""
    d = dict(pairs)
    if len(d) != len(pairs):
        seen: set[str] = set()
        for k, _ in pairs:
            if k in seen:
                raise DuplicateKey(k)
            seen.add(k)
    return d


def _checked(pairs: list[tuple[str, Any]]) -> int:
    """``object_pairs_hook`` that only checks: the object is dropped at once (a 0 stands for it)."""
    if len(pairs) > 1 and len({k for k, _ in pairs}) != len(pairs):
        no_duplicates(pairs)
    return 0


def check(text: str | bytes) -> None:
    """Raise DuplicateKey if an object of the JSON ``text`` repeats a key (ValueError if not JSON).

    Nothing of the document is kept: a 70 MB file is checked in well under a second, in little memory."""
    json.loads(text, object_pairs_hook=_checked)


def loads(text: str | bytes) -> Any:
    """``json.loads`` refusing a repeated key (DuplicateKey, a ValueError)."""
    return json.loads(text, object_pairs_hook=no_duplicates)


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]')


def duplicates(text: str) -> list[tuple[int, str]]:
    """(line, key) of every key that repeats one before it in the same object, in file order.

    A scan of strings and brackets only (linear, for messages: call it once ``loads`` has said
    there is a duplicate). Keys are compared as JSON reads them (``"a"`` and ``"\\u0061"`` are one)."""
    found: list[tuple[int, str]] = []
    stack: list[set[str] | None] = []
    want_key = False
    line, counted = 1, 0
    for m in _TOKEN.finditer(text):
        tok = m.group()
        c = tok[0]
        if c == '"':
            if want_key and stack and stack[-1] is not None:
                try:
                    key = json.loads(tok)
                except ValueError:
                    continue
                keys = stack[-1]
                if key in keys:
                    line += text.count("\n", counted, m.start())
                    counted = m.start()
                    found.append((line, key))
                keys.add(key)
                want_key = False
        elif c == "{":
            stack.append(set())
            want_key = True
        elif c == "[":
            stack.append(None)
            want_key = False
        elif c in "}]":
            if stack:
                stack.pop()
            want_key = False
        elif c == ",":
            want_key = bool(stack) and stack[-1] is not None
    return found


def problem_text(key: str) -> str:
    """The words of the problem, one wording everywhere."""
    return f"key {key!r} given twice in one object (JSON readers keep only the last); keep one"
