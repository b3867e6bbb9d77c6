"""Light, read-only records: what a read command sees of a base loaded from the derived index.

A view is built from a record that the models validated when the index was built (its
``model_dump``), so it carries exactly the model's fields, in the model's order, and answers the
same attributes and derived times as the model (``FactTime`` is shared by both). Importing this
module builds no pydantic model: a query that reads the index never pays for them.
This module imports nothing of the package but ``vocab``, and ``when`` when a time is first asked.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property

from .vocab import ENTITY_FIELDS, FACT_FIELDS, SOURCE_FIELDS, TOPIC_FIELDS

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from typing import Any, ClassVar


class FactTime:
    """The times derived from a fact's ``when``: one definition for the model and the view."""

    if TYPE_CHECKING:  # a field of the class mixed into, not one of this class (pydantic would take it)
        when: str

    @cached_property
    def span(self) -> tuple[date, date]:
        """Inclusive day bounds of ``when``; an open end is MIN_DAY or MAX_DAY (never shown)."""
        from . import when as _when  # on first use: a Tab of completion reads views and no dates

        return _when.bounds(self.when)

    @cached_property
    def attested(self) -> tuple[date, date]:
        """The days the text attests: the closed end of a half-open ``when``, else its bounds."""
        from . import when as _when

        return _when.attested(self.when)

    @property
    def anchor(self) -> date:
        """The day a fact sorts and groups by: the first day it is attested."""
        return self.attested[0]

    @property
    def when_start(self) -> str | None:
        """First day of ``when`` (ISO), or None when it is open below."""
        lo = self.span[0]
        return None if lo == date.min else lo.isoformat()  # when.MIN_DAY

    @property
    def when_end(self) -> str | None:
        """Last day of ``when`` (ISO), or None when it is open above."""
        hi = self.span[1]
        return None if hi == date.max else hi.isoformat()  # when.MAX_DAY


class View:
    """A validated record as plain attributes; ``model_dump`` gives it back as the model would."""

    FIELDS: ClassVar[tuple[str, ...]] = ()
    model_fields: ClassVar[dict[str, None]] = {}

    def __init__(self, record: dict[str, Any]):
        self.__dict__.update(record)

    def __init_subclass__(cls) -> None:
        cls.model_fields = dict.fromkeys(cls.FIELDS)

    def model_dump(self, exclude_none: bool = False) -> dict[str, Any]:
        d = self.__dict__
        return {k: d[k] for k in self.FIELDS if not (exclude_none and d[k] is None)}

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self.model_dump() == other.model_dump()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.__dict__.get("id")))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.model_dump()!r})"


class TopicView(View):
    FIELDS = TOPIC_FIELDS


class EntityView(View):
    FIELDS = ENTITY_FIELDS


class SourceName:
    """A source's name for listings: one definition for the model and the view."""

    if TYPE_CHECKING:
        short: str | None
        title: str

    @property
    def short_name(self) -> str:
        return self.short or self.title


class SourceView(SourceName, View):
    FIELDS = SOURCE_FIELDS


class FactView(FactTime, View):
    FIELDS = FACT_FIELDS
