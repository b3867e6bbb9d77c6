"""Small records as ``@dataclass`` makes them, without importing ``dataclasses``.

``dataclasses`` imports ``inspect`` (and with it ``ast``, ``dis``, ``tokenize``), about as long to
import as the rest of a query's modules together; the records a query builds at every start
(``when.Point``, ``when.When``, ``wanted.Wanted``, ``select.Filters``) are made from these instead.
A subclass names its fields in ``_fields`` and sets them in its own ``__init__``. This module
imports nothing.
"""

from __future__ import annotations


class Record:
    """Equal to a record of its class with equal fields, shown by its fields, unhashable (as a
    plain ``@dataclass``)."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()

    def _key(self) -> tuple[object, ...]:
        return tuple(getattr(self, f) for f in self._fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() == other._key()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{f}={getattr(self, f)!r}' for f in self._fields)})"


class Frozen(Record):
    """A record whose fields cannot change, hashed by them (``@dataclass(frozen=True)``); its
    ``__init__`` sets them with ``object.__setattr__``."""

    __slots__ = ()

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(self._key())

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")
