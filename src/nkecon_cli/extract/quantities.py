"""Quantities in English prose: '5,200 tons', 'ten 75-ton boilers', 'almost four times', '70 per cent'.

``find_quantities`` reads every number in a stretch of text (digits or words) with what qualifies
it — a range ('250,000-300,000'), a multiplier ('10 million'), an approximation ('more than',
'or so'), a unit ('tons' → ``t``, 'kva' → ``kVA``, 'old Rubles' → ``RUB``) or the things counted
('151 local factories' → ``count``), and a rate period ('… every year' → ``per`` year) — and
gives values in base units, as DESIGN.md §1 asks: '10 million pounds' → 10000000 GBP.

Numbers that are not quantities are left alone: identifiers glued to letters ('02277-ss'), leading
zeros ('0102'), ordinals ('19th'), model names ('Kusong-3'), plan names ('Seven-Year Plan'),
times of day, and bare numbers with nothing counted. Years and other dates are the caller's
to mask (``skip``), as are archive call numbers.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from .lists import Passage, elliptic, figure_again, same_money
from .numbers import (
    _NUMBER,
    _NUMBER_AT,
    _is_identifier,
    _num,
    _number_value,
    _trailing_mult,
    digits_value,
    glued_years,
    multiplier,
    words_value,
)
from .people import (
    PER_WOMAN,
    counted_before,
    counted_by_label,
    counted_by_type,
    is_person,
    people_before,
    people_by_fate,
)
from .prices import price_denominator
from .rates import (
    BASE_UNIT,
    CRUDE_RATE_BEFORE,
    DENSITY,
    FERTILITY_BEFORE,
    LIFE_EXPECTANCY_BEFORE,
    PER_THOUSAND,
    RATE_WORD,
    rate_unit,
)
from .scales import declarations, declared, is_declaration
from .units import (
    _CURRENCY_CUE,
    _DENOMINATOR,
    _DENOMINATOR_UNIT,
    _PER,
    _PER_WORD,
    _SYMBOLS,
    _WORDS_AHEAD,
    CURRENCIES,
    DURATIONS,
    INEXACT,
    OUNCE_KG,
    PERIOD_BEFORE_VERB,
    TROY_OUNCE_KG,
    UNIT_PERIOD,
    _unit_at,
    per_area,
)

# a number said only by its order ("tens of", "hundreds of thousands of"), as KCNA writes it with a round number
# before ("one hundred and tens of teams": 110 at least) or "several" ("several hundred tons": 300 at least) — the
# least the words can mean (corpus: vague-count)
_VAGUE = re.compile(
    r"(?i)(?=[abdhmost])(?<![\w-])(?:(?:one|a)\s+(?P<h>hundred|thousand)\s+and\s+)?(?P<sev>several\s+)?"
    r"(?P<n>tens|dozens|scores|hundreds|thousands|millions|billions|(?<=several\s)(?:hundred|thousand|million))"
    r"(?:\s+of)?\s+(?:(?P<m>thousands|millions|billions)\s+of\s+)?"
)
_VAGUE_BASE = {"tens": 10, "dozens": 24, "scores": 40, "hundreds": 100, "thousands": 1000, "millions": 1e6,
               "billions": 1e9, "hundred": 100, "thousand": 1000, "million": 1e6}
_MULTIPLE = re.compile(r"(?i)(?<![\w-])(?P<w>doubled?|doubling|twice|tripled?|tripling|trebled?|quadrupled?|"
                       r"halved|halving|"
                       r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
                       r"fifty|hundred)-?fold)(?![\w-])"
                       # (not an adjective of a kind: "a double meaning", "double standards", "a double role")
                       r"(?!\s+(?:meaning|meanings|standards?|roles?|game|bind|digits?|check|track|life|agent)\b)")
# ("a threefold increase", "twelvefold": a multiple written in one word, its number read by words_value; corpus:
# word-fold; "halved" says the size of a fall, 50 %: corpus: halved)
# a share in words, any denominator an ordinal names: "one third", "two-thirds", "a fifth", "one-fortieth", "one
# twenty-sixth", "three-tenths" (a numerator above one takes the plural: "two-fifths"); not "one second" (a time)
_DENOMINATORS = {
    "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000,
}
DENOMINATORS = tuple(_DENOMINATORS)  # the ordinals a share in words may end in ("a fifth", "one-fortieth")
# what a sentence holding a share in words holds (a plain search of its lowercased words, before the pattern)
_FRACTION_CUES = ("half", "quarter", "third", "th of", "ths of", "tieth", "ieths", "twelfth", "hundredth",
                  "thousandth", "ths lower", "ths higher", "ths less", "ths more", "ths smaller", "ths larger")
_TENS_ORDINAL = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]+"
                 r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)")
_FRACTION = re.compile(
    r"(?i)(?<![\w-])(?P<w>(?P<n>a|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
    rf"(?P<d>{_TENS_ORDINAL}|{'|'.join(sorted(_DENOMINATORS, key=len, reverse=True))}|"
    # an ordinal in digits: "one-40th of the South's", "a 200th of" (corpus: fraction)
    r"(?<=[\s-])\d{1,4}(?:st|nd|rd|th))s?|(?:one[\s-]+)?half)"
    r"(?=\s+(?:of\b|the\b|its\b|our\b|their\b|all\b|th(?:at|ose)\s+of\b|"  # ("one-sixtieth that of the South's")
    # … and the size of a change: "two-fifths lower than in 1990"
    r"(?:lower|higher|smaller|larger|less|more|greater|bigger|fewer|below|above)\b))"
    r"(?!\s+of\s+an?\s+(?:million|billion|trillion)\b)"
)  # ("three-quarters of a million tons" is 750,000 tons, read as a number)
# a share as so many of so many: "one in five children", "two out of three households", "1 in 4" (corpus: one-in-n);
# not "one in 1,000 live births" (a rate, read as one) nor "one in five years" (a time)
_ONE_IN = re.compile(
    r"(?i)(?<![\w.,-])(?P<a>one|two|three|four|five|\d)\s+(?:in|out\s+of)\s+(?:every\s+)?"
    r"(?P<b>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|a\s+hundred|\d{1,3})(?![\w.,-])"
    r"(?!\s+(?:years?|months?|weeks?|days?|decades?|times?)\b)")
# a share written as a fraction of digits, of something: "about 1/56 of South Korea's", "1/3 of the 1990 level" (the
# "of" tells it from a date or a score; corpus: slash-share)
_SLASH_SHARE = re.compile(r"(?<![\w/.,-])(?P<a>[1-9]\d?)/(?P<b>[1-9]\d{0,3})(?=\s+of\s)")
# a fraction of a per cent: "a tenth of 1 percent", "half of one per cent" (corpus: fraction-of-percent)
_OF_PERCENT = re.compile(r"(?i)\s+of\s+(?:1|one|a)\s*(?:%|per\s*cent|percent)(?!\w)")
# ("the first half of the year" is a time; "the northern half of the peninsula" a place, no share)
_ORDINAL_BEFORE = re.compile(r"(?i)\b(?:first|second|third|fourth|last|latter|other|northern|southern|eastern|western|"
                             r"north|south|east|west|upper|lower|top|bottom)\s+$")


def _fraction_share(m: re.Match[str]) -> float | None:
    """The per cent a share in words names ("two-thirds" 66.7, "one twenty-sixth" 3.8), None when its numerator is
    not below its denominator or a numerator above one keeps the singular ("two third")."""
    if m["w"].lower().endswith("half"):  # ("half", "one-half", "one half")
        return 50.0
    n, d = int(words_value(m["n"]) or 0), " ".join(m["d"].lower().replace("-", " ").split())
    if d[:1].isdigit():
        den = int(d.rstrip("stndrh"))
        return 100 * n / den if 1 <= n < den else None
    if " " in d:
        tens, ones = d.split()
        den = int(words_value(tens) or 0) + {"first": 1, "second": 2}.get(ones, _DENOMINATORS.get(ones, 0))
    else:
        den = _DENOMINATORS[d]
    if n >= den or (n > 1 and not m["w"].lower().endswith("s")):
        return None
    return 100 * n / den

_PREFIX = re.compile(
    r"(?i)(?<![\w-])(?P<a>just\s+about|about|around|approximately|roughly|some|nearly|almost|close\s+to|more\s+than|"
    r"over|above|in\s+excess\s+of|upwards\s+of|at\s+least|no\s+less\s+than|not\s+less\s+than|up\s+to|at\s+most|as\s+(?:much|many|high|large|little|few)\s+as|"
    r"no\s+more\s+than|not\s+more\s+than|no\s+fewer\s+than|not\s+fewer\s+than|less\s+than|under|below|fewer\s+than|"
    r"an\s+estimated|estimated\s+at|approx\.|approx|ca\.|c\.)"
    r"\s+(?:U\.?S\.?\s?)?(?:\$|£|€|¥|₩)?$"  # ("almost U.S. $1", "about US$3")
    r"|(?P<t>~|∼|≈)\s?(?:\$|£|€|¥|₩)?$"
)
_APPROX = {
    "just about": "about", "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "estimated at": "about", "nearly": "almost", "almost": "almost",
    "close to": "almost", "more than": "more-than", "over": "more-than", "above": "more-than",
    "in excess of": "more-than", "upwards of": "more-than", "at least": "at-least", "no less than": "at-least",
    "not less than": "at-least", "up to": "up-to", "at most": "up-to", "as much as": "up-to", "as many as": "up-to",
    "as high as": "up-to", "as large as": "up-to", "as little as": "at-least",
    "as few as": "at-least", "no more than": "up-to",
    "not more than": "up-to", "less than": "less-than", "under": "less-than", "below": "less-than",
    "fewer than": "less-than", "no fewer than": "at-least", "not fewer than": "at-least", "approx.": "about",
    "approx": "about", "ca.": "about", "c.": "about",
}
_SUFFIX = re.compile(
    r"(?i)\s*(?P<s>or\s+so|or\s+more|and\s+more|or\s+less|or\s+fewer|at\s+most|at\s+the\s+most|at\s+least|"
    r"or\s+above|and\s+above|and\s+over|or\s+over|and\s+larger|or\s+larger|or\s+smaller|or\s+bigger|"
    r"and\s+upwards|plus|odd)(?![\w-])"
)
_ODD = re.compile(r"(?i)-odd(?=[\s-])")
# the rate's name between a figure and its "per 1,000": "17.72 under-five mortality per 1,000 lives"
_RATE_NAMED = re.compile(r"(?:\s+[a-z][\w-]*){1,3}(?=\s+per\s)")
_DIGIT_BEFORE = re.compile(r"\d\s+$")
_PLURAL_OF = re.compile(r"\s+of\b")
_SPACES = re.compile(r"\s*")
_SUFFIX_APPROX = {
    "or so": "about", "odd": "about", "or more": "at-least", "and more": "at-least", "or above": "at-least",
    "and above": "at-least", "and over": "at-least", "or over": "at-least", "and larger": "at-least",
    "or larger": "at-least", "or bigger": "at-least", "plus": "at-least", "and upwards": "at-least",
    "at least": "at-least", "or less": "up-to", "or fewer": "up-to", "at most": "up-to", "at the most": "up-to",
    "or smaller": "up-to",
}
_RANGE = re.compile(r"\s*(?:-|–|—|~|〜|～|\bto\b|\bor\b)\s*")  # "4,000~6,000 won": a tilde between two numbers too
_OF_PRONOUN = re.compile(r"(?i)\s+of\s+(them|these|those|which|whom|the|its|our|their|all)\b")
# the words of a change, one list for every rule that asks whether a clause speaks of one
CHANGE_WORDS = (
    r"(?:rose|risen|rising|rise|fell|fallen|falling|grew|grown|growth|increased?|increasing|decreased?|decreasing|"
    r"declined?|declining|dropped|dropping|drop|jumped|jumping|climbed|climbing|went\s+(?:up|down)|"
    r"went(?=\s+from\b)|going(?=\s+from\b)|moved(?=\s+from\b)|"
    r"slipped|slipping|surged|surging|plunged|plunging|soared|soaring|shrank|shrinking|plummet(?:ed|ing)|"
    r"tumbl(?:ed|ing)|slid|sliding|skyrocket(?:ed|ing)|spik(?:ed|ing)|"
    r"expanded|expanding|gained|gaining|lost|losing|doubled|doubling|tripled|tripling|halved|halving|reduced|reducing|"
    r"raised|raising|cut|cutting|changed|changing|up|down)"
)
# a change "from" one figure "to" another is two figures, not a range: "rose from 54 to 77" (corpus: change-from-to)
_CHANGE_FROM = re.compile(
    rf"(?i)\b{CHANGE_WORDS}\b(?:[^.;]|\.(?=\d)){{0,110}}\bfrom\s+(?:about\s+|some\s+|around\s+|nearly\s+)?"
    r"(?:U\.?S\.?\s?\$|\$|£|€|¥|₩|(?:USD|GBP|EUR|KPW|CNY|RMB|RUB|JPY)\s?)?$"
)


# the size of a change, then the level it came to: "fell about 1,000 KPW to 11,100 KPW", "rose 5% to $2.8 billion"
# — two figures, no range (corpus: change-from-to)
_CHANGE_BY = re.compile(rf"(?i)\b{CHANGE_WORDS}\s+(?:by\s+)?(?:(?:about|some|around|nearly|almost|roughly|over|"
                        r"more\s+than)\s+)?(?:U\.?S\.?\s?\$|\$|£|€|¥|₩|(?:USD|GBP|EUR|KPW|CNY|RMB|RUB|JPY)\s?)?$")


def changed_from(text: str, floor: int, pos: int) -> bool:
    """Whether the figure at ``pos`` is what a change counts from: "rose from 4,000 won to 5,200 won" (its clause,
    from ``floor``, names a change and "from" stands just before the figure)."""
    return _CHANGE_FROM.search(text, max(floor, pos - 140), pos) is not None


def _change_then_level(text: str, floor: int, pos: int) -> bool:
    """Whether a "to" after the figure at ``pos`` and its unit ends no range but a change: from a figure ("rose from
    54 tons to 77 tons"), or of a size ("fell about 1,000 won to 11,100 won"; "rose by 10 to 20 percent", with no unit
    before the "to", is a range)."""
    return changed_from(text, floor, pos) or _CHANGE_BY.search(text, max(floor, pos - 40), pos) is not None


_STOP = frozenset(
    [
        "of", "at", "in", "on", "for", "with", "to", "from", "by", "and", "or", "but", "nor", "the", "a", "an",
        "is", "are", "was", "were", "be", "been", "being", "will", "would", "shall", "should", "can", "could",
        "may", "might", "must", "have", "has", "had", "do", "does", "did", "that", "which", "who", "whom", "whose",
        "than", "as", "if", "when", "where", "while", "it", "its", "this", "these", "those", "there", "here",
        "they", "them", "their", "we", "our", "us", "you", "your", "he", "him", "his", "she", "her", "i", "my",
        "me", "not", "no", "so", "also", "only", "just", "even", "still", "yet", "per", "each", "every", "all",
        "both", "some", "any", "more", "most", "less", "few", "many", "much", "such", "very", "too",
    ]
)
_NOT_PLURAL = frozenset(
    [
        "is", "was", "has", "as", "this", "its", "his", "hers", "ours", "yours", "theirs", "us", "yes", "thus",
        "always", "perhaps", "less", "unless", "across", "various", "previous", "serious", "famous", "news",
        "plus", "process", "business", "glass", "gas", "class", "address", "whereas", "besides", "towards",
        "afterwards", "sometimes", "nevertheless", "does", "goes", "lens", "bus", "analysis", "basis", "crisis",
        "thesis", "status", "means", "series", "species", "christmas",
    ]
)
_IRREGULAR = frozenset(
    {
        "people", "men", "women", "children", "cattle", "sheep", "fish", "personnel", "staff", "head", "livestock",
        "poultry", "swine", "deer", "aircraft", "equipment", "machinery",
    }
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity found in a text: where, what it says, and in base units."""

    start: int
    end: int
    text: str
    value: float
    value_max: float | None
    approx: str | None
    unit: str
    per: str | None
    noun: str | None  # what is counted, for unit "count"
    economic: bool  # a figure of the economy, not a temperature or a bare duration
    factor: float = 1  # what the number written was multiplied by into ``unit`` ("126,000 jeongbo": 0.991736): a bare
    # number that carries the unit is written in the same one ("…, of which 100,000": corpus elliptic-list)
    inexact: bool = False  # the factor is known to fewer digits than a float has: the value is rounded to a tenth

    @property
    def strong(self) -> bool:
        """A measured figure (tons, kW, %, money…, a fertility rate), not a count or a duration."""
        return self.economic and (self.unit not in ("count", *DURATIONS) or self.noun == "children per woman")

    def as_dict(self) -> dict[str, object]:
        # a figure written in words that no decimal writes ("one third", 33.333…) is given as a curator writes it,
        # at one decimal: 33.3 (DESIGN: the value is in the quote; corpus: fraction)
        words = not any(ch.isdigit() for ch in self.text) and abs(self.value * 10 - round(self.value * 10)) > 1e-6
        # a written decimal is never rounded: "0.00764892 USD" keeps its eight places (corpus: written-decimal)
        places = max(4, max((len(d) for d in _DECIMALS.findall(self.text)), default=0))
        return {
            "text": self.text, "span": [self.start, self.end],
            "value": round(self.value, 1) if words else _num(self.value, places),
            "value_max": _num(self.value_max, places) if self.value_max is not None else None, "approx": self.approx,
            "unit": self.unit, "per": self.per, "noun": self.noun,
        }


_DECIMALS = re.compile(r"\d\.(\d+)")

# --- numbers --------------------------------------------------------------------------------


# --- the finder -------------------------------------------------------------------------------


_YEAR_LIKE = re.compile(r"1[6-9]\d\d|20\d\d")
# "per 1,000 population", "births/1,000 population": a rate's base, no persons counted
_DENOMINATOR_BEFORE = re.compile(r"(?i)(?:\bper|/|\bin|\bof\s+every)\s*[\d,.]*\s*$")
_OF_POPULATION = re.compile(r"(?i)\s+(?:census|censuses|estimates?|data|figures?|growth|density|count|projections?)\b")


_BARE_DIGITS = re.compile(r"\d[\d,]*")


def _count_noun(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """'151 local factories' → ('factories', end); '75-ton boilers' is skipped as a modifier."""
    p = pos
    joined = False  # an "and" has joined two adjectives, or two of the number's likes
    own_end: int | None = None  # where the number's own words end, when another number shares its noun
    before_and = pos
    for _ in range(6):
        m = _WORDS_AHEAD.match(text, p, end)
        if not m:
            return None
        between = text[p : m.start(1)]
        if any(c in between for c in ',;:.()[]"“”'):
            return None
        w = m[1]
        lw = w.lower().rstrip(".'’")
        if lw in ("and", "or") and p != pos:
            p, joined, before_and = m.end(), True, p  # "114,000 pregnant and breastfeeding women": two adjectives of
            continue  # one noun (people-counted)
        if joined and own_end is None and w[0].isdigit() and _BARE_DIGITS.fullmatch(w):
            p, own_end = m.end(), before_and  # "230 male and 380 female workers": the noun of both, the figure its
            continue  # own words ("230 male"), the other read on its own
        if lw == "very":
            p = m.end()  # "2.4 million very vulnerable people": an adverb of the adjective (corpus: people-counted)
            continue
        if lw in _STOP and not (lw == "such" and p == pos):  # "ten such enterprises" (corpus: such-noun)
            return None
        if p == pos and w in ("population", "populace", "workforce") and \
                not _YEAR_LIKE.fullmatch(text[max(0, pos - 6) : pos].rstrip()[-4:]) and \
                not _DENOMINATOR_BEFORE.search(text, max(0, pos - 16), pos) and \
                not _OF_POPULATION.match(text, m.end(), end):  # "the 25 million population lives": persons
            # (not "the 2008 population census", "1993 population estimates": a year's count, named)
            return lw, m.start(1) + len(lw)
        if lw in _IRREGULAR or (
            len(lw) > 3
            and lw.endswith("s")
            and not lw.endswith(("ss", "us", "is"))
            and lw not in _NOT_PLURAL
            and not w[0].isdigit()
        ):
            return lw, (own_end if own_end is not None else m.start(1) + len(w.rstrip(".'’")))
        p = m.end()
    return None


_CLAUSE_STOP = re.compile(r"[;:.!?]|\d")


def _per_after(text: str, pos: int, end: int) -> str | None:
    """A rate period in the rest of the clause: '… 2,000 machine tools of this kind every year'."""
    s = _CLAUSE_STOP.search(text, pos, end)
    window_end = min(s.start() if s else end, pos + 70)
    m = _PER.search(text, pos, window_end)
    if not m:
        return None
    word = (m["p"] or m["q"] or m["s"]).lower()
    return _PER_WORD.get(" ".join(word.split()), word)


def find_quantities(
    text: str, start: int = 0, end: int | None = None, skip: list[tuple[int, int]] | None = None,
    passage: Passage | None = None,
) -> list[Quantity]:
    """Every quantity in ``text[start:end]``, with offsets into ``text``; numbers inside ``skip`` spans are not read.
    ``passage`` is what the sentences before ``start`` in its paragraph measured, whose money or unit a bare number may
    be in (``lists.same_money``, ``lists.figure_again``)."""
    end = len(text) if end is None else end
    skip = sorted(skip or [])
    out: list[Quantity] = []
    claimed: list[tuple[int, int]] = []

    def blocked(a: int, b: int) -> bool:
        return any(a < y and x < b for x, y in skip) or any(a < y and x < b for x, y in claimed)

    low = text[start:end].lower()
    if "1,000" in low or "1 000" in low or "'000" in low or "1 million" in low or "1 thousand" in low or \
            "0,000" in low or "100 million" in low:
        claimed.extend(declarations(text, max(0, start - 12), end))  # "(unit: 1,000 tons)" is no figure (corpus:
        # declared-scale; its "Unit:" may stand before the sentence, a label)
    for m in _VAGUE.finditer(text, start, end) if ("s of " in low or "several " in low) else ():
        if blocked(m.start(), m.end()) or is_declaration(text, m.start()):
            continue  # "in thousands of tons" declares a scale, no amount (corpus: declared-scale)
        if _DIGIT_BEFORE.search(text, max(start, m.start() - 3), m.start()):
            continue  # "583 millions of trees": the number's multiplier, read with the number
        if not m["sev"] and not text[m.start("n") : m.end()].rstrip().lower().endswith("of") and not m["m"]:
            continue  # ("tens" with no "of" and no "several" is no count: "the tens digit")
        n = m["n"].lower()
        vague = _VAGUE_BASE[n] * (3 if m["sev"] else 1) * (_VAGUE_BASE[m["m"].lower()] if m["m"] else 1)
        if m["h"]:
            vague += _VAGUE_BASE[m["h"].lower()]  # "one hundred and tens of": 110 at least
        got = _complete(text, m.start(), m.end(), vague, None, "at-least", start, end, out, vague=True)
        if got:
            out.append(got[0])
            claimed.append((got[0].start, got[1]))
    # (asked first: a share in words ends in "half", "quarter", "third" or an ordinal's "th" before "of")
    has_fraction = any(w in low for w in _FRACTION_CUES)
    for m in _FRACTION.finditer(text, start, end) if has_fraction else ():
        if blocked(m.start(), m.end()):
            continue
        if _ORDINAL_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue  # "the first half of the year" is a time, not a share
        approx, qs = _prefix(text, m.start(), start)
        if m["w"].lower() == "half" and approx is None and not re.match(r"\s+(?:of|the)\b",
                                                                      text[m.end() : m.end() + 5]):
            continue
        if (named := _fraction_share(m)) is None:
            continue
        share, q_end = named, m.end()
        if (of_pc := _OF_PERCENT.match(text, m.end(), end)) is not None:  # "a tenth of 1 percent": 0.1 per cent
            share, q_end = round(share / 100, 12), of_pc.end()
        out.append(Quantity(qs, q_end, text[qs:q_end], share, None, approx, "%", None, None, True))
        claimed.append((qs, q_end))  # (before the numbers: "two-thirds of" is a share, not two of something)
    for m in _ONE_IN.finditer(text, start, end) if (" in " in low or " out of " in low) else ():
        a, b = (digits_value(x) if x.isdigit() else words_value(x) or 0 for x in (m["a"], m["b"]))
        if blocked(m.start(), m.end()) or not 0 < a < b:
            continue
        approx, qs = _prefix(text, m.start(), start)
        share = round(100 * a / b, 1)
        out.append(Quantity(qs, m.end(), text[qs : m.end()], share, None, approx, "%", None, None, True))
        claimed.append((qs, m.end()))  # ("one in five children": a share, not five children)
    for m in _SLASH_SHARE.finditer(text, start, end) if "/" in low else ():
        a, b = int(m["a"]), int(m["b"])
        if blocked(m.start(), m.end()) or a >= b:
            continue
        approx, qs = _prefix(text, m.start(), start)
        out.append(Quantity(qs, m.end(), text[qs : m.end()], 100 * a / b, None, approx, "%", None, None, True))
        claimed.append((qs, m.end()))
    glued = dict(glued_years(text, start, end))  # "in 201982.7m": the year, then the value (corpus: glued-year-value)
    for m in _NUMBER.finditer(text, start, end):
        if m.start() in glued and (m := _NUMBER_AT.match(text, glued[m.start()], end)) is None:  # type: ignore[assignment]
            continue
        if blocked(m.start(), m.end()) or _is_identifier(text, m):
            continue
        value = _number_value(m)
        if value is None:
            continue
        if value == 1 and m["d"] and _PER_ONE_BEFORE.search(text, max(start, m.start() - 5), m.start()) and \
                _PRICE_WEIGHT.match(text, m.end(), end):
            continue  # "… (0.23 USD) per 1 kg", "900won for 1kilo of rice": the weight a price is of, no figure
        if value in _ROUND_BASES and value >= 100 and _PER_BEFORE.search(text, max(start, m.start() - 5), m.start()):
            continue  # "the number of babies who die … per 1,000 babies": a rate's base, no figure (corpus: per-every)
        word = (m["w"] or "").lower()
        if word and re.split(r"[\s-]", word)[0] in ("hundred", "thousand", "million", "billion", "trillion"):
            continue  # "several thousand years": no number before the multiplier
        if word in ("one", "a", "an") or (
            word and word.startswith(("a ", "an ")) and not re.search(r"hundred|thousand|million|billion|dozen", word)
        ):
            # "one" is mostly a pronoun: only a quantity with a unit ("one year's", "one million tons"), or the low
            # end of a range of words ("one or two markets": corpus: range)
            u = _unit_at(text, m.end(), end)
            if not u and not re.search(r"hundred|thousand|million|billion", word) and not (
                    word == "one" and _ONE_OR_TWO.match(text, m.end(), end)):
                continue
        got = _complete(text, m.start(), m.end(), value, m, None, start, end, out, passage=passage)
        if got:
            out.append(got[0])
            claimed.append((got[0].start, got[1]))
    has_multiple = any(w in low for w in ("doubl", "twice", "tripl", "trebl", "quadrupl", "fold", "halv"))
    for m in _MULTIPLE.finditer(text, start, end) if has_multiple else ():
        if blocked(m.start(), m.end()):
            continue
        w = m["w"].lower()
        v = (words_value(m["n"]) or 0.0) if m["n"] else 2.0 if w.startswith(("doubl", "twice")) else \
            3.0 if w.startswith(("tripl", "treb")) else 50.0 if w.startswith("halv") else 4.0
        approx, qs = _prefix(text, m.start(), start)
        out.append(Quantity(qs, m.end(), text[qs : m.end()], v, None, approx, "%" if w.startswith("halv") else "times",
                            None, None, True))
    out.sort(key=lambda q: q.start)
    return _per_every(text, _without_rate_bases(text, _without_conversions(text, out) if "(" in low else out))


# the same measure again in another unit, in brackets after it: "31,200 km (19,388 mi)", "One kilogram (about 2.2 lb.)",
# "500 hectares (1,236 acres)" — a writer's conversion, no figure of its own (corpus: unit-conversion); a sum's
# conversion into another money is read ("2,400 won (US$17.18)": price-conversion)
_DIMENSION = {"kg": "mass", "t": "mass", "lb": "mass", "ha": "area", "km2": "area", "m2": "area", "km": "length",
              "m": "length", "l": "volume", "m3": "volume", "bbl": "volume"}
_OPEN_CONVERSION = re.compile(r"(?i)\b(?P<n>\d[\d,.]*|one|a|an)[\s-]+(?P<u>[^\W\d_][\w.²³-]*(?:\s[a-z]+)?)\s*\(\s*"
                              r"(?:about\s+|approx(?:imately|\.)?\s+|c\.\s*|~\s*|some\s+)?$")
_IMPERIAL = re.compile(r"(?i)\b(?:mi|miles?|sq\.?\s*mi|lbs?|pounds?|acres?|ft|feet|foot|oz|ounces?|yards?)\b")
_SHUT = re.compile(r"\.?\s*\)")  # ("(about 2.2 lb.)": the abbreviation's dot before the bracket shuts)


def _without_conversions(text: str, qs: list[Quantity]) -> list[Quantity]:
    out = []
    for q in qs:
        dim = _DIMENSION.get(q.unit) if _IMPERIAL.search(q.text) else None  # (a metric bracket is the figure as
        # written: "46,490 sq mi (120,409 sq km)" keeps it)
        if dim is not None and _SHUT.match(text, q.end) and (o := _OPEN_CONVERSION.search(text, max(0, q.start - 40),
                                                                                         q.start)):
            u = _unit_at(text, o.start("u"), o.end("u"))
            if u is not None and _DIMENSION.get(u[0]) == dim:
                continue  # (the measure before names the same dimension: the bracket is its conversion)
        out.append(q)
    return out


# a density of people named before a bare number with a square kilometre after it: "Population Density 208.59/km2",
# "Density: 195 per km2" (a label of its own line); not a road's or a forest's density (corpus: density)
_DENSITY_LABEL = re.compile(r"(?i)(?:\b(?:population|pop\.?)\s+|(?:^|[\n|•]\s*))density\b[^\d\n]{0,25}$")

# a rate said as a count "of every" thousand people: "Out of every 1,000 people, 40 serve in uniform", "14 of every
# 1,000 people serve" — the thousand is the rate's base, no figure; the count is per thousand (corpus: per-every)
_OF_EVERY = re.compile(r"(?i)\b(?:out\s+of|of|in|for)\s+every\s+$")
_BARE = re.compile(r"\d[\d,.]*")


def _per_every(text: str, qs: list[Quantity]) -> list[Quantity]:
    bases = [i for i, q in enumerate(qs) if q.value in BASE_UNIT and q.unit in ("people", "count")
             and _OF_EVERY.search(text, max(0, q.start - 14), q.start)]
    if not bases:
        return qs
    out = list(qs)
    for i in bases:
        unit = BASE_UNIT[qs[i].value]
        # the count it is the base of: just before "of every", else the first bare count after it
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(qs) and qs[j].value_max is None
                and (qs[j].unit in ("count", "people") or _BARE.fullmatch(qs[j].text))  # (a unit carried to a bare
                and abs((qs[j].start - qs[i].end) if j > i else (qs[i].start - qs[j].end)) <= 20]  # number is undone)
        for j in near[:1]:
            out[j] = replace(qs[j], unit=unit, noun=None)
    return [q for k, q in enumerate(out) if k not in bases]


# the base of an exchange rate said in words: "1 Chinese RMB for 1,300 won", "1,000 won is around 70 US cents",
# "100 yuan buys 13,000 won" — a round sum in one money set against a sum in another is no sum of its own; the
# other is the rate (corpus: rate-base-words)
_RATE_LINK = re.compile(r"(?i)\s*(?:=|is|was|are|were|equals?|equalled|(?:is|was)\s+(?:worth|equal\s+to|"
                        r"equivalent\s+to)|buys?|bought|fetch(?:es|ed)?|for|exchanged\s+for|trade[sd]?\s+(?:at|for)|"
                        # "1 dollar is exchanging for around 8,000 won", "one yuan was trading at 1,300 won"
                        r"(?:is|was|are|were)\s+(?:exchanging|trading|selling|changing\s+hands)\s+(?:for|at)|"
                        # "1 dollar is traded at 30,800 won", "one euro changes hands for 9,000 won"
                        r"(?:is|was|are|were)\s+(?:traded|exchanged|sold|bought|changed)\s+(?:for|at)|"
                        r"(?:changes|changed)\s+hands\s+(?:for|at)|sells?\s+(?:for|at)|sold\s+(?:for|at)|"
                        r"exchanges\s+for|"
                        r"(?:grew|rose|climbed|fell|dropped|went\s+(?:up|down))\s+to(?:\s+be\s+worth)?|"
                        r"(?:may|will|would|could|might)\s+be\s+worth)"
                        r"\s+(?:(?:around|about|roughly|approximately|some|nearly|almost)\s+)?$")
# … and after it: "you can get 200 won for one dollar", "3,000 won to one dollar"
# (… and "100 won = 1 USD")
_RATE_LINK_AFTER = re.compile(r"(?i)\s+(?:for|to|per|against)\s+(?:a|one|each|every)?\s*$|\s*=\s*$")
_ROUND_BASES = frozenset({1.0, 10.0, 100.0, 1000.0, 10000.0})


# the quantity a price is of, named before it: "1 kg of rice was selling for 5,000 KPW", "1 kg of diesel is 8,000
# KPW" — the kilogram is the price's, no figure (corpus: price-per-unit)
_PRICED_ONE = re.compile(r"(?i)\s+of\s+[^.;\d]{1,40}?\b(?:is|was|were|are|costs?|sells?|sold|fetch(?:es|ed)?|goes|"
                         r"went|trades?|traded)\b[^.;\d]{0,25}$")


# the weight of the thing a price is per, in brackets after it: "2000won/bag(200g)", "500 won per pack (250 g)" — the
# quantity a price is of, no figure (corpus: price-per-unit)
_ITEM_WEIGHED = re.compile(r"(?i)(?:/|\bper\s+|\ba\s+)[a-z]+\s*\($")


def _without_rate_bases(text: str, qs: list[Quantity]) -> list[Quantity]:
    drop = {i for i, q in enumerate(qs) if q.unit in ("kg", "l") and "(" in text[max(0, q.start - 2) : q.start]
            and _ITEM_WEIGHED.search(text, max(0, q.start - 24), q.start)}
    for i, (a, b) in enumerate(itertools.pairwise(qs)):
        if a.value == 1 and a.value_max is None and a.unit in ("kg", "l", "t") and b.unit.split("/")[0] in CURRENCIES \
                and 0 <= b.start - a.end <= 60 and _PRICED_ONE.fullmatch(text, a.end, b.start):
            drop.add(i)
            continue
        if not (a.unit in CURRENCIES and b.unit in CURRENCIES and a.unit != b.unit and 0 <= b.start - a.end <= 40):
            continue
        link = _RATE_LINK.fullmatch(text, a.end, b.start) if a.per is None and a.value_max is None else None
        if b.value == 1 and a.value != 1 and b.value_max is None and _RATE_LINK_AFTER.fullmatch(text, a.end, b.start):
            drop.add(i + 1)  # "100 won = 1 USD": the one after the sign is the base (corpus: rate-base-words)
        elif link and a.value in _ROUND_BASES and (a.value == 1 or "for" not in link[0].lower()):
            drop.add(i)  # ("paid $100 for 8,000 won of rice" is a payment: after "for" only a one is a base)
        elif b.value == 1 and b.value_max is None and _RATE_LINK_AFTER.fullmatch(text, a.end, b.start):
            drop.add(i + 1)
    return [q for i, q in enumerate(qs) if i not in drop] if drop else qs


# "USD1=KPW100", "1 USD: 3000won", "1 USD:KPW 8,360"
_RATE_BASE = re.compile(r"\s*(?:=|:(?=\s*(?:\d|KPW|KRW|CNY|RMB|won)))\s*")
# a length per second (or kilometres per hour) is a speed, of wind or a train, no quantity of the economy: "10 to 20
# metres per second"; rain of "20 millimetres an hour" is no speed
_SPEED = re.compile(r"(?i)\s*(?:per|an?|/)\s*(?:second|sec|s)\b")
_KM_SPEED = re.compile(r"(?i)\s*(?:per|an?|/)\s*(?:hour|hr|h)\b")
# the quantity a price is of, before the thing priced: "1kg of diesel oil was sold at 8,500 KPW" (price-per-unit)
# (a bracketed conversion may stand before "of": "1 kg (2.2 lb) of potatoes is priced at 400 won", and the
# conversion is the same measure: no figure either)
# (and the bag it comes in: "the price of a 1-kg bag of rice rose to 5,500 won")
_PRICED_QUANTITY = re.compile(r"(?i)(?:\s*\([^()]{1,20}\)|\))?(?:\s+(?:bag|sack|packet|pack|bottle|can|box))?\s+of\s+"
                              r"(?:[a-z]+\s+){1,4}?(?:(?:was|were|is|are|has|had)\s+)?"
                              r"(?:(?:now|still|currently|only)\s+)?(?:sold|sells|traded|trades|costs?|priced|went|goes|"
                              r"fetch(?:ed|es)|rose|risen|fell|climbed|jumped|reached|dropped)\b")
_ONE_MEASURE_OPEN = re.compile(r"(?i)\b1\s?(?:kg|kilos?|kilograms?|t|tons?|tonnes?)\s*\(\s*$")
_ONE_UNIT_IS = re.compile(r"(?<![\d.,])(?P<n>\d[\d,.]*)\s*(?P<u>[^\W\d_]+)\s*=\s*$")
_IS_ONE_UNIT = re.compile(r"\s*=\s*1\s*([^\W\d_]+)")  # "100 chon = 1 won": the parts, then the whole

def _year_then_figure(m: re.Match[str] | None, m2: re.Match[str]) -> bool:
    """"in 1946 - 1,200 tons; 1947 - 4,300 tons": a year, a dash, then a figure written otherwise (with its
    thousands comma) is a year and its value, not a range 1,947–4,300 (corpus: year-dash-value). A range writes
    its two ends alike ("1,500-2,000 tons", "1500-2000 tons")."""
    if m is None or not m["d"] or not m2["d"] or m["dm"]:
        return False
    a, b = m["d"], m2["d"]
    return re.fullmatch(r"(?:1[6-9]|20)\d\d", a) is not None and "," in b


# "added up to", "went up to": a total or a level reached, no "at most" (corpus: approximation)
_PHRASAL_UP = re.compile(r"(?i)\b(?:add(?:s|ed|ing)?|sum(?:s|med|ming)?|go(?:es|ing|ne)?|went|c[oa]me?s?|coming)\s+$")


# a verb that says the figure is passed: "arrears exceeded $3 billion", "is estimated to exceed 12 million tons" — more
# than the figure, whose words it is no part of (corpus: exceeds-more-than)
_EXCEEDS = re.compile(r"(?i)(?<![\w-])(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?)\s+(?:U\.?S\.?\s?\$|\$|£|€|¥|₩)?$")


def _prefix(text: str, pos: int, floor: int) -> tuple[str | None, int]:
    window = text[max(floor, pos - 30) : pos]
    m = _PREFIX.search(window)
    if not m:
        passed = ("xceed" in window or "urpass" in window) and _EXCEEDS.search(window)
        return ("more-than" if passed else None), pos
    if m["t"]:  # "~400": about 400
        return "about", pos - len(window) + m.start()
    if m["a"].lower().startswith("up") and _PHRASAL_UP.search(window, 0, m.start()):
        return None, pos
    return _APPROX[" ".join(m["a"].lower().split())], pos - len(window) + m.start()


_OTHER_DOLLAR = re.compile(r"(?<![A-Za-z])(?:S|A|C|NZ|HK|NT)$")  # Singapore, Australian, Canadian… dollars
_SYMBOL_AGAIN = re.compile(r"(?:U\.?S\.?\s?\$|\$|£|€|¥|₩)")
_SYMBOL_MULT = re.compile(r"(?i)\s*(m|bn|k)\b")
_OR_TO = re.compile(r"\s+(?:or|to)\s+")
_DASH_RANGE = re.compile(r"\s?[-–—~]\s?(?=\d)")
_NEXT_WORD = re.compile(r"\s+[^\W\d_]+")


# an indicator's unit in brackets after its name: "Agricultural land (% of land area)", "GDP (current US$)"
_NAMED_UNIT = re.compile(r"(?<=[A-Za-z])\s?\((?=[^\d\s()])(?P<u>[^()]{1,40})\)")
_NAMED_UNIT_NOISE = re.compile(r"(?i)^(?:current|constant(?:\s+\d{4})?|nominal|(?:average\s+)?annual|yearly)\s+|"
                               r"\s+of\s+[^()]*$")


def _named_unit(text: str, start: int, qstart: int) -> tuple[str, float, bool] | None:
    """The unit an indicator's name gives in brackets earlier in the sentence, for a bare number after it: "Agricultural
    land (% of land area) in the country was 21.84 as of 2018" is 21.84 per cent, "GDP (current US$) … was 12.4
    billion" dollars (corpus: declared-scale). A count, a multiple, a name in brackets ("the Fund (IMF)") or a
    bracket holding figures ("1 kg (2.2 lb)") declares nothing."""
    last = None
    for m in _NAMED_UNIT.finditer(text, start, qstart):
        inner = _NAMED_UNIT_NOISE.sub("", m["u"].strip())  # "% of land area" → "%", "current US$" → "US$"
        for probe in ("1 " + inner, inner + " 1"):  # a unit after its number ("%", "kg per hectare"), a symbol before
            qs = find_quantities(probe)
            if len(qs) == 1 and qs[0].start == 0 and qs[0].end == len(probe) and qs[0].value == 1 and \
                    qs[0].unit not in ("count", "people", "times"):
                last = (qs[0].unit, 1.0, True)
                break
    return last


# a currency symbol or code just before a number
# (… and the capital "W" Seoul's English-language papers write for the South's won: "W1 million", "US$1=W1,123")
_OF_UNIT = re.compile(r"\s+of\s+")
_IMPERIAL_AFTER = re.compile(r"\s*\(\s*(?:about\s+)?[\d,.]+\s*(?:mi|miles?|sq\s*mi|ft|feet|lb|lbs|pounds?|acres?|gal|"
                             r"gallons?)\.?\s*\)")
_PRICE_FRAME = re.compile(r"(?i)\bprices?\s+(?:per|a|an)\s+(tonne|ton|kg|kilogram|kilo|litre|liter)\b"
                          r"[^.;]{0,12},")
# a pay named by its period before the sum: "monthly salary", "the average monthly wage was", "annual income of"
_PAY_PERIOD = re.compile(r"(?i)\b(monthly|weekly|daily|annual|yearly)\s+(?:average\s+)?(?:salary|salaries|wages?|"
                         r"income|pay|pensions?|allowances?|earnings|rent)\b[^.;\d]{0,40}$")
_SYMBOL_NOISE = re.compile(r"[.\s]")
_SYMBOL_BEFORE = re.compile(r"(?i)((?:(?<![A-Za-z])U\.?S\.?\s?\$|\$|£|€|¥|₩)\s?|"
                            r"\b(?:USD|GBP|EUR|KPW|KRW|CNY|RMB|RUB|JPY|(?-i:CHF))\s?|(?-i:\bW))$")  # ("CHF 299,744")

def _complete(
    text: str, qstart: int, pos: int, value: float, m: re.Match[str] | None, approx: str | None, start: int,
    end: int, earlier: list[Quantity], vague: bool = False, passage: Passage | None = None,
) -> tuple[Quantity, int] | None:
    """Read what follows a number: range, approximation, unit or counted noun, rate period.

    Returns the quantity and the end of the stretch it claims: a counted noun stays readable, so
    that 'ten 75-ton boilers' gives both 10 boilers and 75 t.
    """
    value_max: float | None = None
    p = pos
    odd = _ODD.match(text, p, end)
    if odd:  # "3,000-odd hectares", "a 750-odd-kilometer road": a little more, about (corpus: approximation)
        approx, p = approx or "about", odd.end()
    elif text[p : p + 1] == "+" and not text[p + 1 : p + 2].isdigit() and m is not None and m["d"]:
        approx, p = approx or "at-least", p + 1  # "2,500+ tourists": at least (corpus: approximation)
    change_to: int | None = None  # where the figure changed *to* begins, in "rose from 4.1 million to 4.8 million tons"
    if not vague:
        # a range: 250,000-300,000; twenty or thirty million; 4-5
        r = _RANGE.match(text, p, end)
        if r and r[0].strip() == "to" and changed_from(text, start, qstart):
            change_to, r = r.end(), None
        if r is None and _BETWEEN.search(text, max(start, qstart - 9), qstart):
            r = _AND.match(text, p, end)  # "between 2,200 and 2,400 won": one range (corpus: between-range)
        if r and r.end() < end:
            # "$30 to $300 million": the currency may stand again before the range's end
            sym2 = _SYMBOL_AGAIN.match(text[r.end() : r.end() + 3])
            m2 = _NUMBER_AT.match(text, r.end() + (sym2.end() if sym2 else 0), end)
            if m2 and (m2["d"] or m2["w"]) and not _is_identifier(text, m2) and not _year_then_figure(m, m2):
                v2 = _number_value(m2)
                if v2 is not None and m is not None:
                    mult2 = m2["dm"] or _trailing_mult(m2["w"] or "")
                    # (only where the multiplied first is still no more than the end: "600,000 and 1 million"
                    # keeps its 600,000)
                    if mult2 and not ((m["dm"] or "") or _trailing_mult(m["w"] or "")) and \
                            value * multiplier(mult2) <= v2:
                        value *= multiplier(mult2)
                    if v2 > value:
                        value_max, p = v2, m2.end()
    # a currency symbol or code before the number
    unit: str | None = None
    factor: float = 1
    carried_inexact = False  # (a bare number in the unit of one before it, whose factor was inexact)
    unit_period: str | None = None  # the period a one-word rate's unit names
    economic = True
    sym = _SYMBOL_BEFORE.search(text, max(start, qstart - 7), qstart)
    if sym and sym[1].startswith("$") and _OTHER_DOLLAR.search(text, max(start, qstart - len(sym[1]) - 3),
                                                               qstart - len(sym[1])):
        return None  # "(S$8.6 billion)", "A$2 million": another country's dollar (corpus: other-dollar)
    if sym and sym[1] == "W" and not (m is not None and (m["dm"] or "," in (m["d"] or ""))) and \
            text[max(0, qstart - 2) : qstart - 1] != "=":
        return None  # "W" only as won before a multiplier or grouped digits ("W1 million", "=W1,123"): "room W1" no sum
    if sym:
        unit = _SYMBOLS[_SYMBOL_NOISE.sub("", sym[1].lower())]  # ("U.S. $", "US $" as "us$")
        qstart -= len(sym[1])
        mm = _SYMBOL_MULT.match(text[p : p + 4])
        if mm:
            mult = {"m": 1e6, "bn": 1e9, "k": 1e3}[mm[1].lower()]
            value *= mult
            value_max = value_max * mult if value_max is not None else None
            p += mm.end()
    if approx is None:
        approx, qstart = _prefix(text, qstart, max(start, qstart - 30))
    suf = _SUFFIX.match(text, p, end)
    if suf and suf["s"].lower().startswith("or so"):  # "forty or so Soviet specialists"
        approx, p = approx or "about", suf.end()
    noun = None
    claim = p
    rate = PER_THOUSAND.match(text, p, end) if unit is None else None
    if rate is None and unit is None and (rate_name := _RATE_NAMED.match(text, p, end)) and \
            RATE_WORD.search(rate_name[0]):
        rate = PER_THOUSAND.match(text, rate_name.end(), end)  # "17.72 under-five mortality per 1,000 lives"
    if rate and (rate[0].lstrip().lower().startswith(("per", "/")) or RATE_WORD.search(text, max(start, qstart - 60),
                                                                                          qstart)):
        # "a birth rate of 14.2 per 1,000 (people)", "14 deaths in 1,000 live births": a rate, not a count of a
        # thousand (corpus: rate-per-thousand)
        unit, p = rate_unit(rate), rate.end()
    if unit is None:
        u = _unit_at(text, p, end)
        if u is None and m is not None and (m["dm"] or "").lower().endswith("s") and \
                (of := _OF_UNIT.match(text, p, end)) is not None:
            # "over 10 millions of cubic meters", "2 thousands of tons": a plural multiplier, "of" and the unit (KCNA's
            # English) (corpus: multiplier)
            u = _unit_at(text, of.end(), end)
            u = u if u is not None and u[0] not in ("count", "people", *DURATIONS) else None
        if u and u[0] == "m" and text[u[3] - 1 : u[3]] == "m" and text[u[3] - 2 : u[3] - 1].isdigit() and \
                people_before(text[max(0, qstart - 80) : qstart]):
            u = ("people", 1e6, True, u[3])  # "a population of 25m": a million people, no metres (corpus:
            # glued-multiplier)
        if u:
            unit_period = UNIT_PERIOD.get(text[p : u[3]].strip().lower().rstrip("."))  # ("0.8 Mtpa": a year's)
            unit, factor, economic, p = u[0], u[1], u[2], u[3]
            if factor == OUNCE_KG and _PRECIOUS_AFTER.match(text, p, end):
                factor = TROY_OUNCE_KG  # "5 oz of gold": a precious metal is weighed in troy ounces (foreign-units)
            if text[u[3] : u[3] + 2] in ("'s", "’s"):
                p += 2
            # 50-ton or 60-ton boilers: a range of compound units
            # (… and "2%-3%", "7%–9%", "5 % - 8 %": a unit said at both ends of a dash)
            between = _BETWEEN.search(text, max(start, qstart - 9), qstart) is not None
            # ("between 23,000 kilometres (14,000 mi) and 30,000 kilometres": the writer's conversion stands between)
            at = conv.end() if between and (conv := _IMPERIAL_AFTER.match(text, p, end)) is not None else p
            rr = _OR_TO.match(text[p : p + 6]) or _DASH_RANGE.match(text[p : p + 4]) or (
                _AND.match(text[at : at + 6]) if between else None)
            if rr and at != p and _AND.match(text[at : at + 6]):
                p = at  # (the range reads on after the bracket)
            if rr and rr[0].strip() == "to" and _change_then_level(text, start, qstart):
                # "rose from 4,000 won to 5,200 won per kg": a change, two figures, no range (corpus: change-from-to)
                change_to, rr = p + rr.end(), None
            if value_max is None and rr:
                m3 = _NUMBER_AT.match(text, p + rr.end(), end)
                if m3 and m3["d"] and not m3["dm"]:
                    u3 = _unit_at(text, m3.end(), end)
                    if u3 and u3[0] == unit and digits_value(m3["d"]) > value:
                        value_max, p = digits_value(m3["d"]), u3[3]
        elif people_before(text[max(0, qstart - 80) : qstart]):  # ("the population of the DPRK is estimated at")
            unit = "people"
        elif DENSITY.match(text, p, end) and _DENSITY_LABEL.search(text, max(0, qstart - 40), qstart):
            unit = "people"  # "Population Density 208.59/km2": people a square kilometre, as below (corpus: density)
        elif (counted := counted_before(text[max(start, qstart - 100) : qstart]) or
              counted_by_type(text[max(start, qstart - 400) : qstart]) or
              counted_by_label(text[max(0, qstart - 80) : qstart])) is not None:
            # "the number of markets reached 406" (corpus: number-of)
            unit, noun = ("people" if is_person(counted, counted, len(counted)) else "count"), counted
        else:
            of = _OF_PRONOUN.match(text, p, end)
            cn = _count_noun(text, p, end)
            if cn is None and m is not None and (m["dm"] or "").lower().endswith("s") and \
                    (plural_of := _PLURAL_OF.match(text, p, end)):
                cn = _count_noun(text, plural_of.end(), end)  # "583 millions of trees": 583 million trees
            if cn:
                unit, noun, p = "count", cn[0], cn[1]
                if cn[0] == "children" and (woman := PER_WOMAN.match(text, cn[1], end)):
                    noun, p = "children per woman", woman.end()  # a fertility rate (corpus: people-counted)
                elif is_person(text, cn[0], cn[1]):
                    unit = "people"
                if (per_k := PER_THOUSAND.match(text, p, end)) is not None and \
                        per_k[0].lstrip()[:1].lower() in ("p", "/"):
                    unit, p = rate_unit(per_k), per_k.end()  # "4.2 doctors per 1,000 people", "14 hospital beds per
                    # 10,000 people": the things counted are the rate's (corpus: rate-per-thousand)
            elif of and float(value).is_integer():
                unit, noun = "count", of[1].lower()
                if noun in ("them", "these", "those", "whom") and earlier and earlier[-1].end >= start and \
                        (earlier[-1].unit == "people" or (earlier[-1].unit == "count" and earlier[-1].noun)):
                    # "50,000 workers …, 10,000 of them": workers; "units of up to 1,000 men …; 619 of them": men
                    unit, noun = earlier[-1].unit, earlier[-1].noun or noun
                of_n = _NUMBER_AT.match(text, _SPACES.match(text, of.end(), end).end(), end)  # type: ignore[union-attr]
                if of_n is not None and (of_cn := _count_noun(text, of_n.end(), end)) is not None:
                    # "5 of the 14 ships": five of those things, the figure its own number (corpus: part-of-whole)
                    noun = of_cn[0]
                    unit = "people" if is_person(text, of_cn[0], of_cn[1]) else "count"
                else:
                    p = of.end()
            elif (not vague and earlier and earlier[-1].end >= start and earlier[-1].unit.split("/")[0] in CURRENCIES
                  and (dn := _DENOMINATOR.match(text, p, end))):
                # "North Korean rice 850 won per kg, South Korean one 870 per kg": the money of the price before
                money = earlier[-1].unit.split("/")[0]
                unit, p = f"{money}/{_DENOMINATOR_UNIT[(dn['u'] or dn['u2']).lower()]}", dn.end()
            elif not vague and (scale := declared(text, start, qstart)) is not None:
                unit, factor, economic = scale  # "in thousands of tons: 273.0 in 1949" (corpus: declared-scale)
            elif not vague and "(" in text[start:qstart] and (named := _named_unit(text, start, qstart)) is not None:
                unit, factor, economic = named  # "Agricultural land (% of land area) … was 21.84" (declared-scale)
            elif not vague and (carried := elliptic(text, qstart, p, value, earlier)) is not None:
                unit, noun, factor, economic = carried.unit, carried.noun, carried.factor, carried.economic
                carried_inexact = carried.inexact
            elif not vague and passage is not None and passage.money is not None and \
                    same_money(text, qstart, p, value, passage.money):
                unit, economic = passage.money[0], True  # "… $2.5 billion. Imports stood at 2.9 billion" (corpus:
                # elliptic-money)
            elif not vague and passage is not None and passage.measured is not None and \
                    figure_again(text, qstart, value, passage.measured):
                unit, economic = passage.measured[0], True  # "… 4,200 tons in 2016. A year earlier, the figure was
                # 3,900" (corpus: figure-again)
            elif not vague and people_by_fate(text, qstart, p):
                unit = "people"  # "the famine killed as many as 2.5 million", "and 27 died" (corpus: people-by-fate)
            elif change_to is not None and (ahead := _unit_ahead(text, change_to, end)) is not None:
                unit, factor, economic = ahead  # "from 4.1 million to 4.8 million tons": the unit of the figure after
            elif ((nxt := _LISTED_BEFORE.match(text, p, end))
                  and not _BETWEEN.search(text, max(start, qstart - 9), qstart)
                  and (ahead := _unit_ahead(text, nxt.end(), end, bare=True,
                                            share=_JUST_AND.fullmatch(nxt[0]) is not None and m is not None
                                            and not (m["dm"] or _trailing_mult(m["w"] or ""))))
                  # ("2.2 million or 61.7 percent": a share names the count again, and is no unit of millions)
                  and not (ahead[0] in ("%", "pp", "times") and m is not None
                           and (m["dm"] or _trailing_mult(m["w"] or "")))):
                unit, factor, economic = ahead  # "men lived to 65.6 and women to 72.7 years": the unit comes last
            elif m is not None and m["d"] and not m["dm"] and (ahead := _unit_after_list(text, p, end)) is not None:
                unit, factor, economic = ahead  # "by 101.5, 105.5 and 106.6 percent": the list's last unit
            elif m is not None and m["d"] and not m["dm"] and \
                    CRUDE_RATE_BEFORE.search(text, max(start, qstart - 70), qstart):
                unit = "per-1000"  # "the crude birth rate of the country is 16.7" (corpus: rate-per-thousand)
            elif m is not None and m["d"] and not m["dm"] and 20 <= value < 100 and \
                    LIFE_EXPECTANCY_BEFORE.search(text, max(start, qstart - 60), qstart):
                unit = "years"  # "the average life expectancy in North Korea is 69" (corpus: life-expectancy)
            elif m is not None and m["d"] and not m["dm"] and value < 10 and \
                    FERTILITY_BEFORE.search(text, max(start, qstart - 50), qstart):
                unit, noun = "count", "children per woman"  # "the fertility rate was 2.0" (corpus: people-counted)
            elif (rate := _TO_THE_DOLLAR.match(text, p, end)) and _WON_NAMED.search(text, start, end):
                unit, p = "KPW", rate.end()  # "the won had been 140 to the US dollar": a dollar's price in won
            else:
                return None
    if unit in ("count", "people") and (out_of := _OUT_OF_BASE.match(text, p, end)):
        # "6.6 North Koreans out of 100 used telephones": a share of every hundred, or a rate per thousand (corpus:
        # per-every)
        unit, noun, p = ("%" if out_of["b"] == "100" else "per-1000"), None, out_of.end()
    if unit == "count" and noun and RATE_WORD.fullmatch(noun):  # "14 deaths in 1,000 live births"
        rate = PER_THOUSAND.match(text, p, end)
        if rate:
            unit, p = rate_unit(rate), rate.end()
    if unit == "GBP" and sym is None and "pound" in text[pos:p].lower() and not _CURRENCY_CUE.search(text, start, end):
        unit = "lb"  # pounds of weight, unless the sentence speaks of money
    suf = _SUFFIX.match(text, p, end)
    compound = _NEXT_WORD.match(text[p:end]) if text[pos:pos + 1] == "-" and unit != "count" else None
    if suf is None and compound:  # "5,000-kva turbines or smaller ones": the noun, then the qualifier
        suf = _SUFFIX.match(text, p + compound.end(), end)
        if suf and not suf["s"].lower().startswith(("or ", "and ")):
            suf = None
    if suf and approx is None:
        approx = _SUFFIX_APPROX[" ".join(suf["s"].lower().split())]
        p = suf.end()
    if (unit in ("m", "km") and _SPEED.match(text, p, end)) or (unit == "km" and _KM_SPEED.match(text, p, end)):
        return None  # "a wind of 10 to 20 metres per second": a speed
    if unit in ("kg", "t", "lb", "l") and value_max is None and (value == 1 or _ONE_MEASURE_OPEN.search(
            text, max(start, qstart - 12), qstart)) and _PRICED_QUANTITY.match(text, p, end):
        return None  # "1kg of diesel oil was sold at 8,500 KPW": the measure the price is of, no figure
    if unit in CURRENCIES and value == 1 and _RATE_BASE.match(text, p, end):
        return None  # "USD1=KPW100", "US$1 = 97.1 chon": the base of an exchange rate, no sum (corpus: rate-base)
    if unit in CURRENCIES and (one := _ONE_UNIT_IS.search(text, max(start, qstart - 16), qstart)) and (
            one["n"] == "1" or value == 1):
        base = _unit_at(text, one.start("u"), one.end("u"))
        if base and base[0] == unit:
            return None  # "1 wn = 100 chon", "100 chon = 1 won": a currency's parts defined, no sum (corpus: rate-base)
    if unit in CURRENCIES and (one := _IS_ONE_UNIT.match(text, p, end)):
        whole = _unit_at(text, one.start(1), one.end(1))
        if whole and whole[0] == unit:
            return None  # "100 chon = 1 won", and so its "1 won" (corpus: rate-base)
    if unit in CURRENCIES:  # a price: "6,200 won per kilogram" → KPW/kg
        d = _DENOMINATOR.match(text, p, end)
        if d is None and (conv := _CONVERSION.match(text, p, end)):
            d = _DENOMINATOR.match(text, conv.end(), end)  # "2,400 won (US$17.18) per kilogram" (corpus:
            # price-conversion): the denominator after a sum's bracketed conversion is the sum's (the
            p_den = p  # conversion stays to be read)
        elif d is None and _CONVERSION_OPEN.search(text, max(start, qstart - 7), qstart) and \
                (close := _CLOSE.match(text, p, end)):
            d = _DENOMINATOR.match(text, close.end(), end)  # ... and so the conversion's own
            p_den = p
        else:
            p_den = d.end() if d else p
        if d:
            unit = f"{unit}/{_DENOMINATOR_UNIT[(d['u'] or d['u2']).lower()]}"
            p = p_den
        else:
            per_unit = price_denominator(text, start, qstart, change_to, end,
                                         (earlier[-1].unit, earlier[-1].end, earlier[-1].value) if earlier else None,
                                         unit, value)
            if per_unit is None and (frame := _PRICE_FRAME.search(text, start, qstart)) is not None:
                # "In terms of price per tonne, beans cost $661, rice $538": the sentence names the price's quantity
                # once, before its sums (corpus: price-per-unit)
                per_unit = _DENOMINATOR_UNIT.get(frame[1].lower())
            if per_unit:
                unit = f"{unit}/{per_unit}"
    inexact = factor in INEXACT or carried_inexact
    if unit == "people" and (dense := DENSITY.match(text, p, end)):  # "216 inhabitants/km²" (corpus: density)
        unit, p = "people/km2", dense.end()
    if unit in ("kg", "t"):
        got_area = per_area(text, pos, p, end, (earlier[-1].text, earlier[-1].unit) if earlier else None)
        if got_area is not None:
            area, p = got_area
            unit, factor, inexact = f"{unit}/ha", factor / area, inexact or area in INEXACT
    per = None if unit in DURATIONS else (unit_period or _per_after(
        # (a head count or a count of places takes a period only said just after it: "11,000 people a day", but "with
        # 150 workers, fired 20,000 bricks daily", "reaches 60 counties in nine provinces every month" — corpus:
        # rate-period)
        text, p, min(end, p + 16) if unit == "people" or (unit == "count" and noun in _PLACES) else end))
    if per is None and unit not in DURATIONS and (pv := PERIOD_BEFORE_VERB.search(text, max(start, qstart - 40),
                                                                                    qstart)) is not None:
        per = _PER_WORD[pv["q"]]  # "has daily produced 400 more tons" (corpus: rate-period)
    if per is None and unit not in DURATIONS and (alt := _OR_RATE_AFTER.match(text, p, end)) is not None:
        per = _PER_WORD.get(alt["p"].lower(), alt["p"].lower())  # "capped at $400.9 million or 7.5 million tons per
        # year": the other measure of one cap (corpus: rate-period)
    if per is None and unit not in DURATIONS and unit not in ("%", "pp", "times") and \
            (rated := _RATE_NOUN_BEFORE.search(text, max(start, qstart - 50), qstart)) is not None:
        # ("an annual capacity of 300,000 tons", "its daily output is 400 tons", "the annual sales cap of $400.9
        # million" — corpus: rate-period)
        per = _PER_WORD[(rated["q"] or rated["q2"]).lower()]
    if per is None and unit in ("%", "pp") and _ANNUAL_RATE_BEFORE.search(text, max(start, qstart - 50), qstart):
        per = "year"  # "depreciated at an annualized rate of 200 percent", as "200 percent annually" (corpus:
        # rate-period)
    if per is None and unit is not None and unit.split("/")[0] in CURRENCIES and (
            pay := _PAY_PERIOD.search(text, max(start, qstart - 60), qstart)) is not None:
        per = _PER_WORD[pay[1].lower()]  # "Monthly salary for an average worker: 2,000-4,000 won" (corpus: rate-period)
    if factor != 1:  # (12 digits: "9 grams" is 0.009 kg, not 0.009000000000000001)
        value = float(f"{value * factor:.12g}")
        value_max = float(f"{value_max * factor:.12g}") if value_max is not None else None
    if inexact:  # "40,000 jeongbo" → 39669.4 ha: no more digits than the factor has
        value = round(value, 1)
        value_max = round(value_max, 1) if value_max is not None else None
    marks = len(text[qstart:p]) - len(text[qstart:p].rstrip("¹²³⁴⁵⁶⁷⁸⁹⁰*†‡"))
    if marks and text[p - 1] in "²³" and unit.rsplit("/", 1)[-1] in ("km2", "m2", "m3"):
        marks = 0  # "120,540 km²": the unit's own superscript
    if marks:  # a footnote mark after the unit ("90 percent.¹") is not part of the figure
        p -= marks
        p -= text[p - 1 : p] == "."
    q = Quantity(qstart, p, text[qstart:p], value, value_max, approx, unit, per, noun, economic, factor, inexact)
    return q, (claim if unit == "count" else p)




# a bare number listed before one with a unit, a few words between: "men to 65.6 and women to 72.7 years", "66.3
# for men and 73.1 years for women" (corpus: unit-after-list)
_LISTED_BEFORE = re.compile(r"(?i)(?:\s+(?!and\b|or\b)[^\W\d_]+){0,2}\s*(?:,\s*|\s+)(?:and|or)\s+(?:[^\W\d_]+\s+){0,3}")
# a sum's conversion in brackets, "(US$17.18)", "(about 70 US cents)", and a conversion's opening bracket
# (the code after the sum too: "1,950 KPW (0.23 USD) per 1 kg")
_CONVERSION = re.compile(r"\s*\((?:about\s+|around\s+|some\s+|roughly\s+)?"
                         # (another country's dollar too, no sum itself: "US$2.51 (S$3.37) per kg" — other-dollar)
                         r"(?:U\.?S\.?\s?\$|(?:S|A|C|NZ|HK|NT)\$|\$|€|£|¥|₩|(?:USD|CNY|RMB|KRW|EUR|GBP|JPY)\s?)?"
                         r"\d[\d.,]*(?:\s?(?:million|billion))?(?:\s+(?:US\s+)?(?:won|dollars?|yuan|cents?|euros?|"
                         r"pounds?|yen|rubles?|roubles?)|\s?(?:USD|CNY|RMB|KRW|KPW|EUR|GBP|JPY))?\s*\)")
_CONVERSION_OPEN = re.compile(r"\((?:\s*U\.?S\.?)?\s*$")  # ("(U.S. $0.80) per kilogram")
_PER_ONE_BEFORE = re.compile(r"(?i)\b(?:per|for)\s+$")
_PER_BEFORE = re.compile(r"(?i)\bper\s+$")
_OUT_OF_BASE = re.compile(r"(?i)\s+out\s+of\s+(?:every\s+)?(?P<b>100|1,000|1000)(?![\d,.])")
_PRECIOUS_AFTER = re.compile(r"(?i)\s+of\s+(?:fine\s+|pure\s+|refined\s+)?(?:gold|silver|platinum)\b")
_PRICE_WEIGHT = re.compile(r"(?i)\s?(?:kg|kilos?|kilograms?|tons?|tonnes?|t|litres?|liters?|l)\b")
_CLOSE = re.compile(r"\s*\)")
_ONE_OR_TWO = re.compile(r"(?i)\s+(?:or|to)\s+(?:two|three)\b")
_PLACES = frozenset({"counties", "provinces", "districts", "cities", "regions", "areas", "sites", "towns", "villages",
                     "schools", "hospitals", "clinics", "markets", "countries"})
# a rate's period as the adjective of its noun, a capacity, a cap, a quota or a day's output: "an annual capacity of
# 300,000 tons", "its daily output is 400 tons" (not a year's total named so: "the annual budget was 5 billion won")
# the same thing measured otherwise after "or", with the rate's period: "$400.9 million or 7.5 million tons per year"
_OR_RATE_AFTER = re.compile(r"(?i)\s+or\s+(?:about\s+|some\s+|around\s+)?(?:US\$|\$)?\d[\d.,]*\s*(?:million|billion|"
                            r"thousand)?\s*[a-z]{1,12}\s+(?:a|an|per|every|each)\s+(?P<p>year|annum|month|day)\b"
                            r"(?!\s+(?:earlier|ago|before|later|after))")
_RATE_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:(?P<q>annual|yearly|monthly|daily)\s+(?:(?:production|output|sales|export|import|generating|"
    r"processing|handling|refining)\s+)?(?:capacity|capacities|cap|caps|quota|quotas|limit|ceiling|demand|"
    r"consumption|throughput)|(?P<q2>monthly|daily)\s+(?:output|production|catch))\s+"
    r"(?:(?:of|is|was|at|stood\s+at|reached|totals?|totalled)\s+)+"
    r"(?:(?:about|some|around|nearly|over|more\s+than|up\s+to|an\s+estimated)\s+)?$")
# a per cent a year, said before it: "at an annualized rate of 200 percent", "an annual growth rate of 9.4 percent"
_ANNUAL_RATE_BEFORE = re.compile(r"(?i)\b(?:annual(?:i[sz]ed)?|yearly)\s+(?:average\s+)?(?:growth\s+)?(?:rate|pace|"
                                 r"average)\s+of\s+(?:(?:about|some|around|nearly|over|more\s+than|roughly)\s+)?$")
# an exchange rate written as a count of won to another money: "140 to the US dollar", "8,000 per dollar", "3,000
# to one" (after such a rate), in a sentence that names the won (corpus: won-to-the-dollar)
_TO_THE_DOLLAR = re.compile(
    r"(?i)\s*(?:won\s+)?(?:to|per|against|for)\s+(?:the\s+|one\s+|a\s+|each\s+|every\s+|1\s+)?(?:U\.?S\.?\s+|American\s+)?"
    r"(?:dollar|greenback|yuan|renminbi|euro)\b|\s*to\s+(?:one|1)\b(?=\s*[.,;)]|\s+(?:on|in|at)\b|\s*$)")
_WON_NAMED = re.compile(r"(?i)\bwon\b|\bKPW\b")
# "between 20 and 25 percent", "between $600 and $700" are one span, not two figures
_BETWEEN = re.compile(r"(?i)\bbetween\s+(?:U\.?S\.?\s?\$|\$|£|€|¥|₩)?$")
_AND = re.compile(r"\s+and\s+")


_JUST_AND = re.compile(r"(?i)\s+(?:and|or)\s+")  # "12 and 13 million rubles": the multiplier is shared


_COMMA_NEXT = re.compile(r"\s*,\s*(?=\d)")


def _unit_after_list(text: str, pos: int, end: int) -> tuple[str, float, bool] | None:
    """The unit written once after the last of a list of bare numbers joined by commas, then "and" or "or": "fulfilled
    by 101.5, 105.5 and 106.6 percent" (corpus: unit-after-list). Each number on the way must be bare."""
    p = pos
    for _ in range(8):
        c = _COMMA_NEXT.match(text, p, end)
        if c is None:
            return None
        nm = _NUMBER_AT.match(text, c.end(), end)
        if nm is None or not nm["d"] or nm["dm"]:
            return None
        u = _unit_at(text, nm.end(), end)
        if u is not None:
            return (u[0], u[1], u[2])
        nxt = _LISTED_BEFORE.match(text, nm.end(), end)
        if nxt is not None:
            return _unit_ahead(text, nxt.end(), end, bare=True)
        p = nm.end()
    return None


def _unit_ahead(text: str, pos: int, end: int, bare: bool = False, share: bool = False
                ) -> tuple[str, float, bool] | None:
    """The unit of the number that begins at ``pos`` ("4.8 million tons" → t), for the figure before it; ``bare``:
    only if it has no multiplier ("by 120 and imports by 340 million" gives the first no unit), unless the two
    numbers stand joined by "and" or "or" alone (``share``): "12 and 13 million rubles" are 12 and 13 million."""
    m = _NUMBER_AT.match(text, pos, end)
    if not m or (not m["d"] and bare):
        return None
    mult = m["dm"] or _trailing_mult(m["w"] or "")
    if bare and mult and not share:
        return None
    u = _unit_at(text, m.end(), end)
    if u is None:
        return None
    return (u[0], u[1] * (multiplier(mult) if mult and share else 1), u[2])
