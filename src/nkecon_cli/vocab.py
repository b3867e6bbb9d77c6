"""The closed vocabularies of the base, as plain tuples: cheap to import (the command line's
options read them before any model is built). ``models`` types its fields with them."""

KINDS: tuple[str, ...] = ("statistic", "capacity", "target", "estimate", "plan", "directive", "event", "assessment")
APPROX: tuple[str, ...] = ("about", "more-than", "less-than", "at-least", "up-to", "almost")
DATED_BY: tuple[str, ...] = ("explicit", "relative", "context")
ENTITY_TYPES: tuple[str, ...] = ("place", "facility", "organisation", "person", "plan", "meeting")
SORT_KEYS: tuple[str, ...] = ("when", "stated", "value", "id", "source")
