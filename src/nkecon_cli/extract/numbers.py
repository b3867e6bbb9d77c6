"""Numbers as English prose writes them: digits ("5,200", "1.2.3" thousands, "2.5 million"), words ("two
hundred", "a dozen"), and the numbers that are identifiers, not quantities ("0102", "02277-ss", "19th",
"Kusong-3", "Seven-Year Plan", "11:30"). ``_NUMBER`` finds one, ``_number_value`` and ``words_value`` give its value.
"""

from __future__ import annotations

import re

from .units import _U
from .words import word_pattern

_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}

_MULT = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "mn": 1_000_000, "mln": 1_000_000, "bln": 1_000_000_000,
    "trn": 1_000_000_000_000, "m": 1_000_000,  # "US$6.1trn"; "21m tonnes" (only before a unit: ``_GLUED_M``)
    # after digits only: "US$ 2.9 billions", "48.5 millions" (a plural alone, "millions of tons", is no number)
    "millions": 1_000_000, "billions": 1_000_000_000, "trillions": 1_000_000_000_000,
    # (a fact sheet's "GDP $40 bil", "Population 23 mil."; corpus: multiplier)
    "thousands": 1_000, "bil": 1_000_000_000, "mil": 1_000_000,
}

# a capital letter glued to digits multiplies them: "25M people", "120M", "$34.9B", "-191K" (corpus: glued-multiplier);
# "25 m" and "25m" are metres, "53.5b" a footnote mark, "25MW" a unit
GLUED_MULT = {"K": 1_000, "M": 1_000_000, "B": 1_000_000_000}


# a number counted in thousands or more: its multiplier word or glued letter ("6.4 billion", "25M")
SUM_WORD = re.compile(r"(?i)\b(?:" + "|".join(k for k in _MULT if k != "hundred") + r")\b|\d(?-i:[KMB])\b")


# a year glued to the value after it, as web pages flatten a table's label and cell into one line: "Total emissions
# in 201982.7m", "Change since 20187.6%", "Rank in 201964" — a time word, a year, then a value (not beginning with 0)
# that ends its line or cell (corpus: glued-year-value, glued-cells); "in 20000 homes", "in 2019 82.7m" are not glued
_GLUED_VALUE = r"(?=[-−]?(?:[1-9]\d*(?:\.\d+)?|0\.\d+)(?:%|[A-Za-z]{1,3})?[ \t]*$)"
GLUED_YEAR = re.compile(r"(?m)(?:1[6-9]|20)\d\d" + _GLUED_VALUE)  # the year, at the place a cell begins
GLUED_YEAR_WORD = re.compile(r"(?i)\b(?:in|since|of|for|from|during|to)[ \t]$")  # … after its time word
# (the scan looks for the year first, at a 1 or a 2 after a space, then at the word before it: faster over a text)
_GLUED_FIND = re.compile(r"(?m)(?=[12])(?<=[ \t])(?P<y>(?:1[6-9]|20)\d\d)" + _GLUED_VALUE)


def glued_years(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of the years glued to a value in ``text[start:end]``."""
    end = len(text) if end is None else end
    if text.find(" 1", start, end) < 0 and text.find(" 20", start, end) < 0:
        return []  # (asked first: most stretches name no year at all)
    return [m.span("y") for m in _GLUED_FIND.finditer(text, start, end)
            if GLUED_YEAR_WORD.search(text, max(0, m.start() - 12), m.start())]


def multiplier(dm: str) -> float:
    """The factor of a number's multiplier word or glued letter (``dm`` of ``_NUMBER``)."""
    return GLUED_MULT.get(dm) or _MULT[dm.lower()]


_WORD = word_pattern([*_ONES, *[m for m in _MULT if len(m) > 3 and not m.endswith("s")]])

# 1,204,000 and 3.5; "0,08" (a decimal comma: no group of thousands begins with 0); 8.543.510.000 too (two or more
# dot groups are thousands, as continental texts write them); and 500 000 or 1 204 000 (thin, no-break or plain
# spaces between groups of three, as UN and European texts write them) when a word or sign follows, not another
# number — a row of numbers set with single spaces stays cells (corpus: space-thousands)
# a share's decimal point followed by a space, as official news set it: "rose 2. 6 percent" (corpus: spaced-decimal)
SPACED_DECIMAL = re.compile(r"(?<![\d.,])\d{1,3}\. \d{1,2}(?= ?(?:percent|per cent|%))")
# a decimal as a broadcast reads it: "13-point-09 million", "one-point-four billion", "23-point-seven million" (corpus:
# spoken-decimal)
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_SMALL_WORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|"
               r"eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
               rf"{_DIGIT_WORD})")
_POINT = rf"(?i:(?:\d{{1,3}}|{_SMALL_WORD})-point-(?:\d{{1,3}}|{_DIGIT_WORD}(?:-{_DIGIT_WORD}){{0,2}}))(?![\w-])"
_DIGIT_OF = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
             "seven": "7", "eight": "8", "nine": "9"}

# a small "m" glued to a number before a unit or a counted noun is a million, as The Economist writes it ("21m tonnes",
# "3.5m people"); alone ("21m") it is metres (corpus: glued-multiplier)
_GLUED_M = (r"m(?=\s+(?:(?:metric|short|long)\s+)?(?:tonnes?|tons?|barrels?|people|persons|dollars|won|yuan|euros?|"
            r"hectares|workers|households|"
            r"users|subscribers|visitors|tourists|litres|liters|units|vehicles|cars|trees|head|"
            # persons and things counted by the million: "1.2m soldiers", "3m children"
            r"soldiers|troops|men|women|children|farmers|miners|residents|inhabitants|citizens|refugees|migrants|"
            r"defectors|homes|houses|acres|animals|pigs|cattle|chickens|passengers|phones|subscriptions)\b)")
_DIGITS = (rf"(?:{_POINT}|" r"\d{1,3}\. \d{1,2}(?= ?(?:percent|per cent|%))|0,\d{1,3}(?![\d,])"
           # "1,2 million": a decimal comma before a multiplier (no group of thousands has two digits); "12.000 tons":
           # a dot between thousands (no decimal ends in three noughts)
           r"|\d{1,3},\d{1,2}(?= ?(?:million|billion|trillion|mln|bn|mn)\b)|\d{1,3}\.000(?![\d.,])(?= ?[^\W\d_])"
           r"|\d{1,3}(?:\.\d{3}){2,}(?![\d.])"
           r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])(?=[ \u00a0]?[^\W\d_]|%|[ \u00a0]?\))"
           r"|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)")

_DIGIT_START = r"(?=\d|(?i:[a-z-]+-point-))"  # what ``_DIGITS`` begins with: a digit, or a ``_POINT``'s word

_SPELLED = (
    # ("half a million": half of it, as "a quarter of a million" is a quarter)
    rf"(?:(?:half\s+an?|(?:a|one|three)[\s-]+quarters?\s+of\s+an?)\s+(?=(?:million|billion|trillion)\b)|"
    rf"an?\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?(?:{_WORD})(?:(?:[\s-]+|(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+)"
    rf"(?:{_WORD}))*(?:\s+and\s+a\s+(?:half|quarter))?"
)

# a minus sign that stands free before digits ("-11.7% vs -7.6%", "(-11.5% in 2006)") is part of the figure; its
# value is the size, the direction the words' (a fall is recorded as its size) — "2-3%" and "Kusong-3" are no signs;
# a currency code glued to its sum ("KPW2000", "USD1", and the "W" of Korean papers' won: "W1 million") does not make
# the sum an identifier
# (the lookaheads first turn away at once the characters no number begins with and the codes' last letters; a number
# in digits begins with a digit, or with a word only as a spoken decimal, "one-point-four")
_NUMBER = re.compile(
    r"(?=[-−\d]|(?i:[abdefhmnostz]))"
    # (and a per cent an infobox ran into its label: "Unemployment25.6%", "Inflation4.5%"; corpus: glued-cells)
    rf"(?:(?<![\w.,/:\-])|(?<=[DWYBRP])(?<=USD|KPW|CNY|RMB|EUR|GBP|JPY|RUB|KRW)|(?<=W)(?<![\w.]W)(?=\d)|"
    r"(?<=[a-z][a-z])(?=\d{1,3}(?:\.\d+)?%)|"
    # … and an infobox's sub-label run into its value: "• Total20,345 km2", "• Density110/km2" (corpus: glued-cells)
    r"(?<=Total)(?=\d)|(?<=Density)(?=\d)|(?<=Land)(?=\d)|(?<=Water)(?=\d)|(?<=Urban)(?=\d)|(?<=Metro)(?=\d))"
    rf"(?:[-−](?=\d))?(?:(?P<d>{_DIGIT_START}{_DIGITS})(?:(?:\s*|-)(?P<dm>(?i:hundred|thousands?|millions?|billions?|trillions?|bn|bln|mn|mln|trn|bil|mil)|(?<=\d)[KMB]|(?<=\d){_GLUED_M})(?:\b|(?<=[ns])(?=\d{{1,2}}\b)))?"
    rf"|(?i:(?P<w>{_SPELLED}))(?![\w]))"
)

_NUMBER_AT = re.compile(
    rf"(?:(?P<d>{_DIGITS})(?:(?:\s*|-)(?P<dm>(?i:hundred|thousands?|millions?|billions?|trillions?|bn|bln|mn|mln|trn|bil|mil)|(?<=\d)[KMB]|(?<=\d){_GLUED_M})(?:\b|(?<=[ns])(?=\d{{1,2}}\b)))?"
    rf"|(?i:(?P<w>{_SPELLED}))(?![\w]))"
)


def _num(v: float, places: int = 4) -> int | float:
    """A value as a record gives it: whole numbers as integers, at twelve significant digits (a decimal times a power
    of ten is inexact in binary: 33.8 × 10¹² is 33799999999999.996, and is given as 33800000000000), at ``places``
    decimals (a converted unit's long tail cut; as many as the figure writes, when it writes more)."""
    r = float(f"{v:.12g}")
    return int(r) if r.is_integer() and abs(r) < 2**53 else round(r, places)


# "half a million", "a quarter of a million", "three quarters of a million": a fraction of what follows
_FRACTION_OF = re.compile(r"(half|(?:a|one) quarter of|three quarters of)(?= an? )")
_FRACTION_SHARE = {"half": 0.5, "a quarter of": 0.25, "one quarter of": 0.25, "three quarters of": 0.75}


def words_value(text: str) -> float | None:
    """'three and a half' → 3.5, 'twenty-five' → 25, 'one hundred and twenty' → 120, 'a million' → 1e6."""
    words = re.split(r"[\s-]+", text.lower())
    total, group = 0.0, 0.0
    seen = False
    i = 0
    while i < len(words):
        w = words[i]
        if w in ("a", "an") and i == 0:
            group, seen = 1, True
        elif i == 0 and w in ("half", "a", "one", "three") and (f := _FRACTION_OF.match(" ".join(words))):
            rest = words_value(" ".join(words[len(f[0].split()):]))
            return None if rest is None else rest * _FRACTION_SHARE[f[1]]
        elif w == "and":
            if words[i + 1 : i + 3] in (["a", "half"], ["a", "quarter"]):
                group += 0.5 if words[i + 2] == "half" else 0.25
                i += 3
                continue
        elif w in _ONES:
            if w != "dozen" and group % 100 and not (group % 100 % 10 == 0 and group % 100 >= 20 and _ONES[w] < 10):
                return None  # "one twenty", "twenty twenty": no number of English words (a ones word ends a group)
            group = (group or 0) + _ONES[w] if w != "dozen" else max(group, 1) * 12
            seen = True
        elif w in _MULT:
            if w == "hundred":
                group = max(group, 1) * 100
            else:
                total += max(group, 1) * _MULT[w]
                group = 0
            seen = True
        else:
            return None
        i += 1
    return total + group if seen else None


_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_DOT_THOUSAND = re.compile(r"\d{1,3}\.000")


def digits_value(d: str) -> float:
    """The value of a number written in digits (``_DIGITS``): its group separators dropped."""
    if "-point-" in d.lower():  # "13-point-09", "one-point-four"
        whole, frac = d.lower().split("-point-")
        w = float(whole) if whole.isdigit() else words_value(whole) or 0.0
        f = frac if frac.isdigit() else "".join(_DIGIT_OF[x] for x in frac.split("-"))
        return w + float("0." + f)
    d = d.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if d.startswith("0,"):  # "0,08 won": a decimal comma (no group of thousands begins with 0)
        return float("0." + d[2:])
    if _DECIMAL_COMMA.fullmatch(d):  # "1,2 million"
        return float(d.replace(",", "."))
    if _DOT_THOUSAND.fullmatch(d):  # "12.000 tons"
        return float(d.replace(".", ""))
    return float(d.replace(".", "") if d.count(".") >= 2 else d.replace(",", ""))


def _number_value(m: re.Match[str]) -> float | None:
    if m["d"]:
        d = m["d"]
        v = digits_value(d)
        if m["dm"]:
            v *= multiplier(m["dm"])
        return v
    return words_value(m["w"])


_ORDINAL_AFTER = re.compile(r"(?i)(?:st|nd|rd|th)\b")

_CLOCK_AFTER = re.compile(r":\d")

_GLUED_WORD = re.compile(r"-?([^\W\d_]+)")

_HYPHEN_CAPITAL = re.compile(r"-[A-Z]")


_SIGN_IN_WORD = re.compile(r"%[A-Z]{3,}")


def _is_identifier(text: str, m: re.Match[str]) -> bool:
    """'0102', '02277-ss', '010097ss', '19th', 'Kusong-3', 'Seven-Year Plan', '11:30' (not '3,000-odd': a figure)."""
    d = m["d"]
    after = text[m.end() : m.end() + 12]
    if d:
        if len(d) > 1 and d[0] == "0" and d[1] not in ".,":
            return True
        if _ORDINAL_AFTER.match(after) or _CLOCK_AFTER.match(after):
            return True
        glued = _GLUED_WORD.match(after)
        if glued and glued[1].lower() not in _U and glued[1].lower() not in _MULT and glued[1].lower() != "odd":
            return True
        if m.start() > 0 and text[m.start() - 1] == "#":
            return True
        if _SIGN_IN_WORD.match(after):
            return True  # "0%VIDENTIAI": a stamp's letters read as a figure and a sign, run into a word (OCR)
    else:
        word = m["w"]
        if word[:1].isupper() and _HYPHEN_CAPITAL.match(after):  # Seven-Year Plan, Ten-Point Programme
            return True
    return False


def _trailing_mult(words: str) -> str:
    last = words.lower().split()[-1] if words.strip() else ""
    last = last.split("-")[-1]
    return last if last in _MULT and last != "hundred" else ""
