"""People counted: a figure of persons is unit ``people``, not a count of things (corpus: people-counted).

Two ways a text counts persons: by a noun that names them ("3,400 workers", "600,000 North Koreans": ``is_person``),
or by a bare number that a body of people stands before ("the population reached 24 million", "the army was
estimated at 1.2 million", "the death toll was more than 1 million": ``people_before``). A member, a household or a
family is not a person counted ("1,000 members" stays a count).
"""

from __future__ import annotations

import re

_POPULATION = re.compile(
    # (not its rate, density or share: "population growth (annual %) was 0.5"; its growth in persons is people)
    r"(?i)\bpopulation\b(?:(?!\b(?:rate|density|share|ratio|per\s*cent|percent)\b|%)[^.;:\d]){0,60}?"
    r"\b(?:of|was|is|were|are|stood\s+at|stands\s+at|reached|reaches|totall?ed|totals|numbered|numbers|came\s+to|"
    r"tops|topped|exceeds|exceeded|to|by|at)\s+(?:about\s+|some\s+|over\s+|around\s+|nearly\s+|almost\s+|roughly\s+|"
    r"approximately\s+|"
    r"an\s+estimated\s+|just\s+(?:over|under)\s+|more\s+than\s+|less\s+than\s+)?$"
    # a fact sheet's "Population: 24 million", "Population (1 Oct. 1960 census): 10,789,000", and a fact box's row
    # that heads its line with the label alone: "Population 25,115,311"
    r"|\bpopulation\s*(?:\([^()]{0,40}\)\s*)?:\s*$|(?:^|\n)[ \t]*(?:total[ \t]+)?population[ \t]+$"
    # … an infobox's group and its sub-label: "Population (2008)\n • Total 2,327,362" (corpus: glued-cells)
    r"|\bpopulation\s*(?:\([^()\n]{0,30}\))?[ \t]*\n[ \t]*(?:[•·▪]\s*)?total[ \t]*$"
    # … and a gazetteer's abbreviation before the number: "Pyongyang (pop. 3 million)"
    r"|\b[Pp]op\.\s*(?:about\s+|c\.\s*|approx\.\s*)?$"
)
# a body of people counted by a bare number: "the army was estimated at 1.2 million", "the death toll was more than
# 1 million", "the number working for the military at about 700,000" (corpus: people-counted)
_PEOPLE_BODY = re.compile(
    r"(?i)\b(?:army|armed\s+forces|military|troops|work\s*force|labou?r\s+force|death\s+toll|toll)\b"
    r"(?:(?!\b(?:share|spending|budget|expenditures?|costs?|output|production|imports?|exports?|sales)\b)[^.;:\d]){0,30}?"
    r"\b(?:of|was|is|were|are|been|be|stood\s+at|stands\s+at|reached|totall?ed|numbered|numbers|came\s+to|tops|"
    r"topped|to|by|at)\s+$"
    # a fact sheet's forces counted in brackets: "Army, (923,000)", "Navy (46,000)"
    r"|\b(?:army|navy|air\s+force|armed\s+forces|troops|militia|security\s+troops|border\s+troops|reserves?)\s*,?\s*\(\s*$"
    # a fact sheet's "Labor force: 9.6 million", "Death toll: about 600,000"
    r"|\b(?:armed\s+forces|work\s*force|labou?r\s+force|death\s+toll)\s*:\s*(?:about\s+|some\s+|around\s+|nearly\s+|"
    r"almost\s+|roughly\s+|approximately\s+|more\s+than\s+|over\s+)?$"
)
# a word one of ``_PEOPLE_BODY``'s bodies begins with, looked for first (a plain search of the lowercased words)
_BODY_WORD = re.compile(r"army|armed|military|troop|force|death|toll|navy|air|militia|security|border|reserve")
# persons counted by their noun are people, not things: "3,400 workers", "600,000 North Koreans" (corpus:
# people-counted); the users of a service are persons too ("2.4 million subscribers", as DESIGN counts them); a
# member, a household or a family is not a person counted, nor a death (a rate's "deaths/1,000" is a rate)
_PERSONS = frozenset({
    "people", "persons", "workers", "miners", "farmers", "peasants", "labourers", "laborers", "employees",
    "personnel", "staff", "soldiers", "troops", "servicemen", "technicians", "engineers", "specialists", "experts",
    "scientists", "teachers", "doctors", "students", "pupils", "children", "residents", "inhabitants", "citizens",
    "nationals", "defectors", "refugees", "migrants", "prisoners", "volunteers", "men", "women",
    "passengers", "beneficiaries", "recipients", "patients", "victims", "visitors", "tourists", "participants",
    "infants", "adults", "girls", "boys", "mothers", "pensioners", "trainees", "graduates", "delegates",
    "users", "subscribers", "customers", "consumers", "survivors", "evacuees", "population", "populace", "workforce",
    # who trade, serve, govern and are counted in the markets, the state and the census
    "merchants", "traders", "peddlers", "pedlars", "vendors", "sellers", "buyers", "smugglers", "brokers", "dealers",
    "entrepreneurs", "individuals", "officials", "officers", "cadres", "guards", "policemen", "drivers",
    "fishermen", "seamen", "sailors", "craftsmen", "artisans", "porters", "nurses", "physicians", "researchers",
    "scholars", "managers", "clerks", "recruits", "conscripts", "veterans",
    "retirees", "orphans", "inmates", "detainees", "builders", "mechanics", "herders", "returnees", "settlers",
    "emigrants", "immigrants", "enumerators", "interviewers", "surveyors", "civilians",
})
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ans|ians)")  # "North Koreans", "Russians": a people's members


# "the number of officially sanctioned markets reached 406", "the number of workers stood at 53,000": a bare number
# that a "number of" before it says what it counts (corpus: number-of)
_NUMBER_OF = re.compile(
    r"(?i)\bnumber\s+of\s+(?:[\w'’-]+\s+){0,4}?(?P<noun>[a-z]{3,}s|people|staff|personnel|cattle|livestock)\b"
    # ("the number of households affected rose from …")
    r"(?:\s+(?:affected|displaced|registered|employed|killed|injured|evacuated|damaged|destroyed))?"
    r"(?:\s+(?:in|at|of|on|from|across|employed|working|operating)\s+(?:[\w'’-]+\s+){0,4}?)?"
    # ("rose from 200 in 2010 to 406": the level it rose from counts the same things)
    r"(?:\s*(?:has|had|have)?\s*(?:reached|was|were|is|are|stood\s+at|(?:rose|fell|grew|dropped|increased|decreased|"
    r"climbed|jumped|declined|shrank|expanded)\s+(?:\w+ly\s+)?(?:to|from)|totall?ed|came\s+to|hit|hits|marked|"
    r"topped|tops|exceeded|surpassed|numbered|amounted\s+to|at)\s+)"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|an\s+estimated\s+)?$")


def counted_before(before: str) -> str | None:
    """The noun a "number of" just before a bare number names, as what the number counts (lowercase), or None."""
    if "number of" not in before.lower():
        return None  # (the cheap question first: most numbers have no "number of" before them)
    m = _NUMBER_OF.search(before)
    return m["noun"].lower() if m else None


# a list of counts under what they count: "ships by type: bulk 6, cargo 166, container 3" — each a count of ships
# (corpus: number-of)
_BY_TYPE = re.compile(r"(?i)\b(?P<noun>[a-z]{3,}s)\s+by\s+(?:type|kind|category|sector|province|region|country|"
                      r"use|size)\s*:\s*(?:[^:\n\d]*\d[\d,.]*\s*,\s*)*[a-z][a-z ()/-]{0,40}\s$")


def counted_by_type(before: str) -> str | None:
    """The noun a list's label counts ("ships by type: bulk 6, cargo 166"), for a bare number after an item's name."""
    if " by " not in before:
        return None
    m = _BY_TYPE.search(before)
    return m["noun"].lower() if m else None


# a fact sheet's field that counts what its label names: "Airports: 78 (2003 est.)", "Provinces: 9" — the label's
# plural noun, at the head of its line, is what the bare number after it counts (corpus: field-label-counts)
_LABEL_COUNT = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][\w'’-]*[ \t]+){0,3}?(?P<noun>[A-Za-z]{3,}s)[ \t]*"
                          r"(?:\([^()\n]{0,30}\)[ \t]*)?:[ \t]*(?:(?:about|some|around|over|nearly)[ \t]+)?$")


# … and a field's total on the line under its head: "Airports - with paved runways:\ntotal: 35"
_TOTAL_UNDER = re.compile(r"(?:^|\n)[ \t]*(?P<noun>[A-Z][a-z]{2,}s)\b[^:\n]{0,40}:[ \t]*\n[ \t]*total[ \t]*:[ \t]*$")


# plurals that name a measure, not things counted one by one
_NOT_COUNTED = frozenset({
    "exports", "imports", "earnings", "revenues", "sales", "savings", "reserves", "expenditures", "assets",
    "liabilities", "remittances", "prices", "wages", "taxes", "tariffs", "costs", "shares", "rates", "totals",
    "figures", "notes", "sources", "years", "months", "days", "units", "arrears", "resources", "goods", "services",
})


def counted_by_label(before: str) -> str | None:
    """The noun a field's label counts ("Airports: 78", "Airports - with paved runways:\ntotal: 35"), for a bare
    number that is the field's value."""
    if ":" not in before[-12:]:
        return None
    m = _LABEL_COUNT.search(before) or _TOTAL_UNDER.search(before)
    noun = m["noun"].lower() if m else None
    return None if noun in _NOT_COUNTED else noun  # ("Exports: 12" is a measure with its unit elsewhere, no count)


# a land named by its people's number: "the country of 22 million", "a nation of 25 million" (corpus: people-counted)
_LAND_OF = re.compile(r"(?i)\b(?:a|the|this|that)\s+(?:country|nation|city|land|state)\s+of\s+(?:about\s+|some\s+|"
                      r"around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$")


def people_before(before: str) -> bool:
    """The words just before a bare number make it a number of persons: "the population of", "the army at", "a
    country of"."""
    low = before.lower()
    return bool((("population" in low or "pop." in low) and _POPULATION.search(before))
                or (_BODY_WORD.search(low) is not None and _PEOPLE_BODY.search(before))
                or (" of" in low[-16:] and _LAND_OF.search(before)))


# what only persons suffer, said of a bare number: "the famine killed as many as 2.5 million", "displaced 44,000",
# "and 27 died", "left 600 dead", "3.5 million were affected" (corpus: people-by-fate); a number with its own noun
# ("killed 3,000 cattle", "500 hectares were affected") is read by its noun first
_FATE_BEFORE = re.compile(
    r"(?i)(?=[dekis])\b(?:killed|killing|kills|displaced|displacing|evacuated|injured|injuring|wounded|starved|"
    r"(?:leaving|left)\s+(?:homeless|dead)|sickened)\s+(?:(?:as\s+many\s+as|up\s+to|some|about|around|nearly|"
    r"almost|over|more\s+than|at\s+least|an\s+estimated|roughly|between|approximately)\s+)*$")
_FATE_AFTER = re.compile(
    r"(?i)\s+(?:(?:people|persons)\s+)?(?:(?:were|have\s+been|had\s+been|was|are|remain|remained)\s+(?:still\s+)?"
    r"(?:killed|dead|injured|wounded|missing|displaced|evacuated|homeless|affected|rescued|hospitali[sz]ed)|"
    r"died|perished|fled|dead|killed|injured|missing|homeless)\b")


def people_by_fate(text: str, qstart: int, end: int) -> bool:
    """A bare number is a number of persons when what only persons suffer is said of it (``qstart``: where the
    number begins, ``end``: where it and its range end): "the famine killed as many as 2.5 million", "27 died",
    "left 600 dead"."""
    return bool(_FATE_BEFORE.search(text, max(0, qstart - 60), qstart) or _FATE_AFTER.match(text, end))


# a fertility rate counts children per woman, a rate and no body of persons: "2.34 children born/woman", "2.1
# children per woman" (corpus: people-counted)
PER_WOMAN = re.compile(r"(?i)\s*(?:born\s*)?(?:/\s*|per\s+|a\s+|each\s+)(?:woman|women|mother)\b")


def is_person(text: str, noun: str, end: int) -> bool:
    """The counted noun (lowercase, ending at ``end`` in ``text``) names persons: a noun of persons, or a people
    ("Koreans", "Russians", capitalised as the text writes it); not children counted per woman."""
    if noun == "children" and PER_WOMAN.match(text, end):
        return False
    return noun in _PERSONS or bool(_DEMONYM.fullmatch(text, end - len(noun), end))
