"""The records of a fact base, defined once: Source, Fact, Topic, Entity, and the file shapes.

``extra="forbid"`` everywhere, so a typo in a data file fails loudly instead of vanishing.
This module imports nothing of the package but ``when``, ``vocab`` and ``views`` (the derived
times of a fact and a source's short name are defined once there, for the models and the light
views alike).
"""

from __future__ import annotations

import math
from typing import Annotated, Literal, get_args

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, model_validator

from . import vocab
from . import when as _when
from .views import FactTime, SourceName

Kind = Literal[
    "statistic", "capacity", "target", "estimate", "plan", "directive", "event", "assessment"
]
Approx = Literal["about", "more-than", "less-than", "at-least", "up-to", "almost"]
DatedBy = Literal["explicit", "relative", "context"]
EntityType = Literal["place", "facility", "organisation", "person", "plan", "meeting"]

SLUG_PATTERN = vocab.SLUG_PATTERN  # checked by pydantic-core, not by a Python call per value
SLUG_MAX = vocab.SLUG_MAX  # characters (vocab says why)


def slug_error(v: object) -> str:
    """What is wrong with a value that is not a slug (``factbase.error_message`` says it)."""
    return f"{v!r} is not a slug (lowercase letters, digits and single hyphens)"


def _edtf(v: str) -> str:
    try:
        _when.parse(v)
    except _when.DateError as err:
        raise ValueError(str(err)) from None
    return v


def _text(v: str) -> str:
    if not v.strip():
        raise ValueError("must not be empty")
    return v


def _number(v: object) -> object:
    """A JSON number, finite: not a string ("7700"), a boolean, NaN or infinity (``1e400``)."""
    if isinstance(v, bool) or not isinstance(v, int | float):
        shown = repr(v) if len(repr(v)) <= 40 else repr(v)[:37] + "…"
        hint = "write a number such as 7700"
        if isinstance(v, str):
            hint = "write the number without quotes (7700, not \"7700\")"
        raise ValueError(f"must be a number, not {type(v).__name__} {shown}; {hint}")
    try:
        finite = math.isfinite(v)
    except OverflowError:  # an int too large for a float
        finite = False
    if not finite:
        raise ValueError("must be a finite number, not NaN or infinity (a value beyond 1.8e308 is infinity)")
    return v


# Integers stay integers, so facts.json keeps 7700 rather than 7700.0.
Number = Annotated[int | float, BeforeValidator(_number)]
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=SLUG_MAX)]
EDTF = Annotated[str, AfterValidator(_edtf)]
Text = Annotated[str, AfterValidator(_text)]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Topic(Record):
    id: Slug
    label: Text
    parent: Slug | None = None
    keywords: list[str] = Field(default_factory=list)  # words that signal the topic in a text (extract)


class Entity(Record):
    id: Slug
    name: Text
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    parent: Slug | None = None
    note: str | None = None


class Source(SourceName, Record):
    id: Slug
    title: Text
    short: str | None = None
    date: EDTF
    kind: Slug
    author: Slug | None = None
    speakers: list[Slug] = Field(default_factory=list)
    perspective: Slug
    publisher: str | None = None
    url: str | None = None
    archive_location: str | None = None
    citation: Text
    language: str | None = None
    translator: str | None = None
    summary: str | None = None
    note: str | None = None


class Fact(FactTime, Record):
    id: Slug
    statement: Text
    topics: Annotated[list[Slug], Field(min_length=1)]
    kind: Kind
    measure: str | None = None
    value: Number | None = None
    value_max: Number | None = None
    approx: Approx | None = None
    unit: str | None = None
    per: str | None = None
    when: EDTF
    dated_by: DatedBy
    stated: EDTF
    entities: list[Slug] = Field(default_factory=list)
    speaker: Slug | None = None
    source: Slug
    quote: Text
    note: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Fact:
        if self.value_max is not None and self.value is None:
            raise ValueError("value_max is set but value is not: a range sets both")
        if self.value is not None and self.value_max is not None and self.value_max < self.value:
            raise ValueError(f"value_max {self.value_max:g} is below value {self.value:g}")
        if self.value is not None and not self.unit:
            raise ValueError("a value needs a unit")
        if self.value is not None and not self.measure:
            raise ValueError("a value needs a measure, shared by every point of its series")
        return self


FACT_FIELDS: tuple[str, ...] = tuple(Fact.model_fields)

# The light readers (vocab, views, the index) name the same fields in the same order.
for _model, _names in ((Topic, vocab.TOPIC_FIELDS), (Entity, vocab.ENTITY_FIELDS), (Source, vocab.SOURCE_FIELDS),
                       (Fact, vocab.FACT_FIELDS)):
    if tuple(_model.model_fields) != _names:
        raise AssertionError(f"vocab's fields of {_model.__name__} differ from the model's: {_names} "
                             f"!= {tuple(_model.model_fields)}")

# ... and the same words: fastcheck proves a record valid from vocab's, without these models.
for _literal, _words in ((Kind, vocab.KINDS), (Approx, vocab.APPROX), (DatedBy, vocab.DATED_BY),
                         (EntityType, vocab.ENTITY_TYPES)):
    if get_args(_literal) != _words:
        raise AssertionError(f"vocab's words differ from the model's: {_words} != {get_args(_literal)}")


class FactsFile(Record):
    """The shape of ``facts.json``."""

    topics: list[Topic]
    entities: list[Entity]
    facts: list[Fact]


class SourcesFile(Record):
    """The shape of ``sources/sources.json``."""

    sources: list[Source]
