"""What a fact base lends the extractor: topic keywords, economy words, the gazetteer.

Topics are guessed from each topic's label, id and ``keywords`` (data in ``facts.json``, so a
base with its own taxonomy brings its own words); entities from the gazetteer's names and
aliases, folded as ``query.fold`` does, longest match first.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..factbase.base import FactBase
from .words import word_pattern

# Words of the economy that name no particular topic.
ECONOMY_WORDS: tuple[str, ...] = (
    "economy", "economic", "production", "produce", "produced", "producing", "output", "manufacture",
    "manufactured", "target", "quota", "plan", "export", "import", "price", "cost", "aid", "factory", "factories",
    "plant", "mine", "industry", "industries", "industrial", "harvest", "crop", "budget", "investment", "invest",
    "capacity", "capital", "build", "built", "construct", "construction", "supply", "supplies", "consumption",
    "consume", "currency", "market", "sell", "sold", "buy", "purchase", "revenue", "income", "wage", "enterprise",
    "equipment", "machine", "fuel", "resources", "raw materials", "goods", "commodity", "distribution", "deliver",
    "contract", "surplus", "shortage", "deficit", "growth", "yield", "reserve", "fulfil", "fulfill", "overfulfil",
    "overfulfill", "cooperative", "ministry", "gdp", "trade", "rations", "ration", "workers", "furnace",
    # what a disaster destroys is wealth: "more than 1,000 dwelling houses … were submerged or destroyed"
    "house", "houses", "dwelling", "dwellings", "buildings", "homes", "destroyed", "damaged", "submerged",
    "flooded", "washed away", "bridges", "farmland",
    # what the country has and how it is divided: "87 airports, of which 39 had paved runways", "10 provinces and 208
    # cities or counties", "122 ships in the merchant fleet"
    "airport", "airports", "runways", "ports", "harbours", "harbors", "ships", "vessels", "fleet", "railway",
    "railways", "stations", "provinces", "counties", "districts", "markets",
    # what a farm raises: "570,000 head of cattle and 2.9 million pigs"
    "livestock", "cattle", "pigs", "poultry", "sheep", "goats", "chickens", "herd", "herds",
    # what a humanitarian report counts: "households affected rose from 18,856 to 60,096", "81 deaths", "the people in
    # need number 10.4 million" (corpus: humanitarian-counts)
    "households", "affected", "displaced", "homeless", "injured", "deaths", "casualties", "in need", "malnourished",
    "malnutrition", "stunted", "stunting", "wasting", "food insecure", "food insecurity", "humanitarian", "appeal",
    "funding", "caseload",
    # and what relief hands out, to whom: "distributed 3,100 tarpaulins to flood victims" (corpus: humanitarian-counts)
    "distributed", "distribute", "relief", "assistance", "beneficiaries", "victims", "tents", "kits", "blankets",
    "tarpaulins", "shelter",
)
_ECON_SUFFIX = r"(?:s|es|ed|ing|ion|ions|ment|ments|al)?"


@dataclass
class Lexicon:
    """What the base lends the extractor: topic words, the gazetteer, facts to check coverage."""

    topic_re: re.Pattern[str]
    topic_of: dict[str, tuple[str, ...]]
    depth: dict[str, int]
    econ_re: re.Pattern[str]
    entity_index: dict[str, set[str]]
    entity_heads: frozenset[str]  # folded first words of every name and alias
    max_entity_words: int = 6
    places: frozenset[str] = frozenset()  # ids of entities of type place
    # every beginning of a key of ``entity_index``: words that join into none begin no name with the words after them
    entity_prefixes: frozenset[str] = frozenset()


def lexicon(base: FactBase) -> Lexicon:
    """Built once per base: compiled topic and economy patterns, folded gazetteer."""
    cached = base.__dict__.get("_extract_lexicon")
    if cached is not None:
        return cached
    from ..query.select import entity_index

    topic_of: dict[str, list[str]] = {}
    words: list[str] = []
    econ_words: list[str] = []
    for t in base.topics.values():
        # A capitalised keyword is a name (Soviet, China): it points at the topic but is no sign
        # of an economic claim.
        names = [w for w in t.keywords if w[:1].isupper()]
        own = [t.label, t.id.replace("-", " "), *(w for w in t.keywords if not w[:1].isupper())]
        for w in own + names:
            topic_of.setdefault(_key(w), []).append(t.id)
        words += own + names
        econ_words += own
    depth: dict[str, int] = {}
    for t in base.topics.values():
        d, node, seen = 0, t.parent, set()
        while node and node in base.topics and node not in seen:
            seen.add(node)
            d, node = d + 1, base.topics[node].parent
        depth[t.id] = d
    topic_re = re.compile(rf"(?<![\w-])({word_pattern(words)}){_ECON_SUFFIX}(?![\w-])")
    econ_re = re.compile(rf"(?<![\w-])(?:{word_pattern([*ECONOMY_WORDS, *econ_words])}){_ECON_SUFFIX}(?![\w-])")
    heads = set()
    longest = 1
    for e in base.entities.values():
        for name in (e.id, e.name, *e.aliases):
            words = [_fold(w) for w in _ENTITY_WORD.findall(name)]
            words = [w for w in words if w]
            if words:
                heads.add(words[0])
                longest = max(longest, len(words))
    index = entity_index(base)
    lex = Lexicon(
        topic_re, {k: tuple(dict.fromkeys(v)) for k, v in topic_of.items()}, depth, econ_re, index,
        frozenset(heads), longest, frozenset(e.id for e in base.entities.values() if e.type == "place"),
        frozenset(k[:n] for k in index for n in range(1, len(k) + 1)),
    )
    base.__dict__["_extract_lexicon"] = lex
    return lex


_SPACES_HYPHENS = re.compile(r"[\s-]+")


def _key(word: str) -> str:
    return _SPACES_HYPHENS.sub("", word.lower())


_ENTITY_WORD = re.compile(r"[^\W_][\w'’ʼ.]*(?:-[\w'’ʼ]+)*")


_ASCII_FOLD = str.maketrans("", "", "'`.-_,()[]")


@functools.lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """``query.fold`` of one word, with a fast path for plain ASCII."""
    if word.isascii():
        return word.lower().translate(_ASCII_FOLD)
    from ..query.names import fold

    return fold(word)


def guess_topics(lex: Lexicon, sentence: str) -> list[str]:
    hits: dict[str, int] = {}
    for m in lex.topic_re.finditer(sentence):
        for tid in lex.topic_of.get(_key(m[1]), ()):
            hits[tid] = hits.get(tid, 0) + 1
    return sorted(hits, key=lambda t: (-lex.depth.get(t, 0), -hits[t], t))[:4]


# words that make a place name the name of a facility: "Hungnam Fertilizer Complex" is a plant, not Hungnam
FACILITY_WORDS = frozenset(
    [
        "complex", "works", "mine", "mines", "plant", "factory", "station", "combine", "enterprise", "farm",
        "dam", "port", "mill", "colliery", "smelter", "refinery", "shipyard", "railway", "cooperative"
    ]
)


def guess_entities(lex: Lexicon, sentence: str) -> list[str]:
    """Gazetteer entities named in a sentence, longest name first. A place named as part of a facility the
    gazetteer does not know ("Hungnam Fertilizer Complex") is not linked: the claim is about the plant."""
    words = list(map(_fold, _ENTITY_WORD.findall(sentence)))
    if lex.entity_heads.isdisjoint(words):
        return []  # no word can begin a name: most sentences (asked of the set at once, not word by word)
    found: list[str] = []
    i = 0
    while i < len(words):
        if words[i] not in lex.entity_heads:
            i += 1
            continue
        # the longest run of words from here that names an entity: longer runs are tried only while the words
        # joined so far begin some name (a run that begins none cannot grow into one)
        longest, ids, joined = 0, set(), ""
        for n in range(1, min(lex.max_entity_words, len(words) - i) + 1):
            joined += words[i + n - 1]
            if joined not in lex.entity_prefixes:
                break
            if named := lex.entity_index.get(joined):
                longest, ids = n, named
        if not longest:
            i += 1
            continue
        if not (ids <= lex.places and any(w in FACILITY_WORDS for w in words[i + longest : i + longest + 3])):
            found.extend(sorted(ids - set(found)))
        i += longest
    return found
