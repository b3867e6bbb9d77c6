"""The closed vocabularies of the base, as plain tuples: cheap to import (the command line's
options read them before any model is built). ``models`` types its fields with them."""

KINDS: tuple[str, ...] = ("statistic", "capacity", "target", "estimate", "plan", "directive", "event", "assessment")
APPROX: tuple[str, ...] = ("about", "more-than", "less-than", "at-least", "up-to", "almost")
DATED_BY: tuple[str, ...] = ("explicit", "relative", "context")
ENTITY_TYPES: tuple[str, ...] = ("place", "facility", "organisation", "person", "plan", "meeting")
SORT_KEYS: tuple[str, ...] = ("when", "stated", "value", "id", "source")
GROUPINGS: tuple[str, ...] = ("year", "decade", "source", "speaker", "perspective", "kind", "topic")  # --by
# The units of figures counted one by one, things (``count``) or persons (``people``): such a figure
# reads with the noun it counts ("3,400 workers", "ten 75-ton boilers"), its series is "number of …".
COUNTED: tuple[str, ...] = ("count", "people")

# The longest slug a base may hold (validated): a source id names its text and that text's temporary
# file, which must stay within the 255 bytes a file name may have.
SLUG_MAX = 120
SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"  # what a slug is (lowercase letters, digits and single hyphens)
# The longest slug nkecon derives (a source id from title and date, a fact id from its measure): ids
# stay readable, with room under SLUG_MAX for a "-2" suffix. One constant, for every derived name.
SLUG_MAX_LEN = 80

# The field names of each record, in the order of ``models`` (which checks, as it is built, that
# they agree): what light readers of a base (the derived index, the record views) rely on.
TOPIC_FIELDS: tuple[str, ...] = ("id", "label", "parent", "keywords")
ENTITY_FIELDS: tuple[str, ...] = ("id", "name", "type", "aliases", "parent", "note")
SOURCE_FIELDS: tuple[str, ...] = ("id", "title", "short", "date", "kind", "author", "speakers", "perspective",
                                  "publisher", "url", "archive_location", "citation", "language", "translator",
                                  "summary", "note")
FACT_FIELDS: tuple[str, ...] = ("id", "statement", "topics", "kind", "measure", "value", "value_max", "approx",
                                "unit", "per", "when", "dated_by", "stated", "entities", "speaker", "source",
                                "quote", "note")
