"""The fact base: its records, reading and checking them, the index, and writing (DESIGN.md §1, §3).

Everything else in nkecon uses this package; it uses nothing of theirs.

- ``records``    the pydantic models of topics, entities, sources and facts; ``vocab`` their words
- ``when``       EDTF dates: parsing, bounds, what a fact's time means; ``money`` currencies and eras
- ``paths``      where a base is (``--base``, ``$NKECON_BASE``, the shipped copy)
- ``loading``    reading facts.json and sources.json, every problem named (``problems``)
- ``base``       ``FactBase``: a base in memory, its source texts read once; ``whitespace`` finds quotes
- ``crosscheck`` references and ids; ``integrity`` ``verify``: records, references, quotes
- ``wanted``     what a query asks of a base, resolved: the question every base answers
- ``index``      the SQLite index every query reads (``indexkey`` its file and key, ``indexing`` building
                 it, ``halves`` a new one by two processes); ``views`` the light records it returns
- ``rows``       the index's facts as the text JSON outputs write, streamed for broad listings
- ``write``      saving under a lock; ``safewrite`` atomic files; ``newbase`` ``nkecon init``
- ``jsonstream``, ``strictjson``  reading JSON as it streams, refusing duplicate keys
- ``inert``      text made safe for a terminal and for JSON; ``position`` pages and paragraphs of a quote

The names most callers want are here too, imported on first use::

    from nkecon_cli.factbase import open_base
    base = open_base("path/to/base")          # indexed; load() validates every record instead
"""

from __future__ import annotations

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from typing import Any

_PUBLIC = {
    "FactBase": "base", "Problem": "problems", "LoadError": "problems", "load": "loading", "verify": "integrity",
    "open_base": "index", "resolve_base": "paths", "default_base": "paths", "save": "write",
    "write_lock": "write", "Wanted": "wanted",
}


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_PUBLIC])
