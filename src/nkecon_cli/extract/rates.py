"""Rates and densities of people, read after a figure: "a birth rate of 14.2 per 1,000", "14 deaths in 1,000
live births" (``per-1000``, ``per-10000``, ``per-100000``), "4.8 per 100 inhabitants" (per cent), "216 inhabitants/km²"
(``people/km2``) (corpus: rate-per-thousand, density). This module imports nothing of the package."""

from __future__ import annotations

import re

PER_THOUSAND = re.compile(
    r"(?i)\s*(?:per|/|in)\s*(?:(?P<k>1,000|1000|one\s+thousand|a\s+thousand|thousand)|(?P<l>100,000|100000|"
    r"one\s+hundred\s+thousand|a\s+hundred\s+thousand)|(?P<t>10,000|10000|ten\s+thousand))(?![\d,])(?:\s+(?:people|persons|population|"
    r"inhabitants|residents|live\s+births|births|women|men|children))?"
    # "4.8 per 100 inhabitants" is a share, in per cent: the people named (corpus: rate-per-thousand)
    r"|\s*(?:per|/)\s*(?P<c>100|one\s+hundred|a\s+hundred)\s+(?:people|persons|population|inhabitants|residents)\b"
)


# the unit of a rate by the size of its base: per thousand, per hundred thousand, per hundred (per cent)
BASE_UNIT = {1000.0: "per-1000", 100000.0: "per-100000", 100.0: "%"}


def rate_unit(rate: re.Match[str]) -> str:
    """The unit a match of ``PER_THOUSAND`` gives the figure before it."""
    return "per-1000" if rate["k"] else "per-10000" if rate["t"] else "%" if rate["c"] else "per-100000"


RATE_WORD = re.compile(r"(?i)\b(?:rate|mortality|deaths?|births?|cases|incidence|prevalence|ratio)\b")

# a density of people: "216 inhabitants/km²", "190 people per square kilometre"
DENSITY = re.compile(r"(?i)\s*(?:/|per|a)\s*(?:km²|km2|sq\.?\s*km|square\s+kilomet(?:re|er))(?![\w-])")

# a measure of people stated bare, its number just after its name: whom it is of ("in North Korea", "for children
# under five"), then the verb that states it ("is", "stood at") — one tail for the three below
_OF_WHOM = r"(?:\s+(?:of|in|for)\s+(?:the\s+)?[A-Za-z\d' ]{1,40}?)?"
_STATED = r"(?:\s+(?:is|was|were|stood\s+at|at|of|reached|fell\s+to|rose\s+to|dropped\s+to))?\s*$"

# a crude birth or death rate stated bare: demographers count it per thousand people ("the crude birth rate of the
# country is 16.7 and crude death rate 9.9"), and a child's mortality per thousand live births ("the neonatal
# mortality rate stood at 9.63", "infant mortality of 14.5", "the death rate for children under five stood at 44");
# no other rate is read bare (corpus: rate-per-thousand)
CRUDE_RATE_BEFORE = re.compile(
    r"(?i)\b(?:(?:crude\s+)?(?:birth|death)\s+rate|(?:infant|child|under-?(?:five|5)|neonatal|perinatal)\s+mortality"
    rf"(?:\s+rate)?)\b{_OF_WHOM}{_STATED}")

# a life expectancy stated bare is in years: "the average life expectancy in North Korea is 69" (corpus:
# life-expectancy)
LIFE_EXPECTANCY_BEFORE = re.compile(rf"(?i)\blife\s+expectancy(?:\s+at\s+birth)?\b{_OF_WHOM}{_STATED}")

# a total fertility rate stated bare counts children per woman: "the fertility rate was 2.0" (corpus: people-counted)
FERTILITY_BEFORE = re.compile(
    rf"(?i)\b(?:total\s+)?fertility(?:\s+rate)?\b(?:\s+(?:of|in)\s+(?:the\s+)?[A-Za-z\d' ]{{1,40}}?)?{_STATED}")
