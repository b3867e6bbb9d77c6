"""Dates in running English text, resolved into the EDTF subset of ``when``.

The grammar of date expressions in prose (``TEXT_DATE_PATTERN``, used by ``extract`` to find
them) and ``resolve``, which turns one found expression into EDTF against the date of the
document it occurs in, by the rules below: calendar dates ("7 August 1957", "Jan. 8", "3.IX.1964"),
years, decades, seasons, parts of periods, "last year", "in one or two years", Juche years. A day
or month without a year takes the document's year; a day the month lacks is no date. (dateparser
was used for calendar dates until a rule of a few lines proved stricter and ten times faster.)
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..when import MAX_DAY, MIN_DAY, DateError, bounds, from_bounds, label
from .quantities import CHANGE_WORDS, ascii_lower, find_quantities, word_pattern
from .spans import SpanIndex

JUCHE_OFFSET = 1911  # Juche 1 = 1912, the year of Kim Il Sung's birth


def juche_to_gregorian(year: int) -> int:
    """Juche 43 → 1954, Juche 105 → 2016."""
    if year < 1:
        raise DateError(f"Juche {year}: Juche years start at 1 (= 1912)")
    return year + JUCHE_OFFSET


@dataclass(frozen=True, slots=True)
class Resolved:
    """A date expression found in a text, resolved: EDTF, how it was dated, and a note saying so."""

    edtf: str
    dated_by: str  # "explicit" or "relative"
    note: str
    weak: bool = False  # "now", "at present": the time of speaking rather than a time the text names


_MONTH_NUM = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SMALL = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}

# Pieces of the grammar. Month names are matched capitalised only ("may", "march" are verbs too);
# the words around them are matched in any case.
MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
         r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?=\s*\d))")
MONTH_BARE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
YEAR = r"(?<![\d,.])(?:1[6-9]\d\d|20\d\d)(?!\d|,\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_NUMW = (r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
         r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a\s+few|a\s+couple\s+of|several)")
_ROMAN_MONTH = r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
_ROMAN = {r: n for n, r in enumerate(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"], 1)}
_PART = r"(?i:early|mid|middle|late|the\s+(?:beginning|start|middle|end)\s+of)"
_REL_YEAR = (r"(?i:(?:this|the\s+current|the\s+present|last|the\s+last|the\s+past|the\s+previous|previous"
             r"|the\s+preceding|next|the\s+next|the\s+coming|the\s+following)\s+year)")
_SEASON = r"(?i:spring|summer|autumn|fall|winter)"
_PREP = r"(?i:(?:since|from|until|till|through|before|after|by)\s+)?"

_ABSOLUTE_PATTERNS = (
    # 7 August 1957, 16/17 August 1957, 1 through 15 August 1957, the 15th of August
    rf"(?i:the\s+)?{_DAY}(?:\s*(?:-|–|/|(?i:to|through|and))\s*{_DAY})?(?:\s+(?i:of))?\s+{MONTH}(?:,?\s+{YEAR})?",
    # August 07, 1957; Jan. 8; April 15-20
    rf"{MONTH}\s+{_DAY}(?:\s*[-–]\s*{_DAY})?(?!\d)(?:,?\s+{YEAR})?",
    # December (1956), August 1957, late January, mid-July, early 1957, the end of 1957
    rf"(?:{_PART}[\s-]+)?{MONTH_BARE}(?:,?\s+(?:of\s+)?{YEAR}|\s+\({YEAR}\))",
    rf"{_PART}[\s-]+{MONTH_BARE}",
    rf"(?i:in|during|since|from|until|till|through|by|before|after|of|each|every|this|last|next|the\s+month\s+of)\s+{MONTH_BARE}"
    rf"(?:,?\s+(?:of\s+)?(?:{YEAR}|(?i:this|last|next)\s+(?i:year)))?",
    # 14.III., 3.IX.1964, 3. IX. 1964: Roman-numeral months, as Central European records write them
    rf"{_DAY}\.\s?{_ROMAN_MONTH}\.(?:\s?(?:1[6-9]\d\d|20\d\d)(?!\d))?",
    # Juche 43 (1954), Juche 105
    r"Juche\s+(?:(?i:year)\s+)?\d{1,3}(?:\s*\(\s*(?:1[6-9]\d\d|20\d\d)\s*\))?",
    # the late 1990s, 1970s, mid-1960s
    rf"(?:(?i:the)\s+)?(?:{_PART}[\s-]+)?(?:1[6-9]\d0|20\d0)['’]?s\b",
    # seasons and halves of named years: autumn 1967, the first half of 1957, the end of 1957
    rf"(?:(?i:the)\s+)?{_SEASON}\s+(?:(?i:of)\s+)?{YEAR}",
    rf"(?i:the\s+)?(?i:first|second|third|fourth|last)\s+(?i:half|quarter)(?:[\s-](?i:year))?"
    rf"(?:\s+(?i:of)\s+(?:{YEAR}|(?i:the\s+year)))?",
    rf"{_PART}[\s-]+{YEAR}",
    # 1946-1950, 1946–50, between 1946 and 1950, from 1946 to 1950
    rf"(?i:between|from)\s+{YEAR}\s+(?i:and|to|until|till)\s+{YEAR}",
    rf"{YEAR}\s*(?:-|–|/|(?i:to))\s*(?:{YEAR}|\d\d(?![\d,]|\.\d|\s*(?:%|(?i:per\s*cent|percent))))",
    rf"{YEAR}",
)
_RELATIVE_PATTERNS = (
    r"(?i:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))",
    r"(?i:today|tonight|yesterday|tomorrow)(?:\s+(?i:or|and)\s+(?i:today|tomorrow|yesterday))?",
    rf"(?i:the\s+)?(?i:first|second|latter)\s+(?i:half|quarter)\s+(?i:of)\s+{_REL_YEAR}",
    rf"{_PART}[\s-]+{_REL_YEAR}",
    r"(?i:early|late)\s+(?i:this|last|next)\s+year",
    rf"(?i:(?:this|last|next|the\s+coming|the\s+following|the\s+previous)\s+(?:{_SEASON}|week|month))",
    rf"(?i:(?:last|next|this))\s+{MONTH_BARE}",
    rf"{_REL_YEAR}",
    r"(?i:(?:the\s+)?(?:previous|past|preceding|recent)\s+years)",
    rf"(?i:(?:about|some|nearly|almost|more\s+than|at\s+least|over)\s+)?(?i:{_NUMW})\s+"
    r"(?i:years?|months?|weeks?|days?|decades?)\s+(?i:ago)(?:\s+(?i:at\s+(?:most|the\s+latest|least)))?",
    r"(?i:decades|years|months|long)\s+(?i:ago)",
    rf"(?i:in|within|over|during)\s+(?i:the\s+)?(?i:next\s+|coming\s+|past\s+|last\s+|previous\s+)?(?i:{_NUMW})(?:\s+(?i:or|to|-|–)\s+(?i:{_NUMW}))?"
    r"\s+(?i:years?|months?)(?!\s+(?i:ago|old))",
    r"(?i:in\s+(?:the\s+)?(?:coming|next|following)\s+years|in\s+the\s+years\s+to\s+come"
    r"|in\s+(?:the\s+)?(?:near\s+|distant\s+)?future|from\s+now\s+on|in\s+recent\s+(?:years|months))",
    # the first ten days this year, the first eight months of 2014 is absolute; the latest 10 days, a recent week
    rf"(?i:the\s+)?(?i:first|last|latest|past)\s+(?i:{_NUMW})\s+(?i:days|weeks|months)"
    r"(?:\s+(?i:(?:of\s+|in\s+)?(?:this|the\s+current)\s+(?:year|month)))?",
    r"(?i:(?:a|the)\s+recent\s+(?:week|fortnight)|recent\s+(?:days|weeks))",
    r"(?i:so\s+far\s+this\s+year|this\s+year\s+so\s+far|so\s+far\s+in\s+(?:the\s+)?year)",
    r"(?i:recently|lately|of\s+late)",
    # counted from the date that governs the sentence (``attach``); from the document's when none does
    r"(?i:(?:a|an|one|two|three|four|five|\d{1,2})\s+years?\s+(?:earlier|later|before)|the\s+year\s+(?:before|after))",
    r"(?i:the\s+same\s+(?:time\s+)?(?:period|months?|days?|weeks?|quarter|time)\s+(?:of\s+|in\s+)?"
    r"(?:last\s+year|the\s+previous\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|before|ago)))",
    r"(?:(?i:last|next|this|on)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",
    r"(?i:nowadays|at\s+present|presently|currently|at\s+the\s+moment|for\s+the\s+moment|these\s+days"
    r"|as\s+of\s+now|to\s+date|now)",
)
# One alternation, longest forms first; a preposition that changes the meaning ("since", "by") is
# part of the expression.
TEXT_DATE_PATTERN = (
    r"(?<![\w-])" + _PREP + "(?:" + "|".join(f"(?:{p})" for p in _RELATIVE_PATTERNS[:-1] + _ABSOLUTE_PATTERNS)
    + r")(?![\w-])|(?<![\w-])(?:" + _RELATIVE_PATTERNS[-1] + r")(?![\w-])"
)


_WEAK = re.compile(_RELATIVE_PATTERNS[-1])
_PREP_RE = re.compile(
    r"(?i)(since|from|until|till|through|before|after|by|in|during|on|of|each|every|the\s+month\s+of)\s+"
)


def _num(word: str) -> int | None:
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w)
    if w in ("a few", "a couple of", "several"):
        return {"a few": 3, "a couple of": 2, "several": 3}[w]
    return _SMALL.get(w)


def _year_point(y: int) -> str:
    return f"{y:04d}"


def _span(lo: date, hi: date) -> str:
    return from_bounds(lo, hi)


def _season(name: str, year: int) -> tuple[date, date]:
    a, b = _SEASON_MONTHS[name.lower()]
    if a > b:  # winter runs December → February of the next year
        return date(year, a, 1), date(year + 1, b, calendar.monthrange(year + 1, b)[1])
    return date(year, a, 1), date(year, b, calendar.monthrange(year, b)[1])


def _part(part: str, lo: date, hi: date) -> tuple[date, date]:
    """early/mid/late (or the beginning/middle/end) of a month, a year or a decade."""
    p = " ".join(part.lower().split())
    p = {"the beginning of": "early", "the start of": "early", "the middle of": "mid", "middle": "mid",
         "the end of": "late"}.get(p, p)
    if lo.year == hi.year and lo.month == hi.month:  # a month: days 1-10, 11-20, 21-end
        last = hi.day
        ranges = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}
        a, b = ranges[p]
        return date(lo.year, lo.month, a), date(lo.year, lo.month, b)
    if lo.year == hi.year:  # a year: thirds
        months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[p]
        return date(lo.year, months[0], 1), date(lo.year, months[1], calendar.monthrange(lo.year, months[1])[1])
    # a decade (or longer): first half, middle, second half
    span = hi.year - lo.year + 1
    if p == "early":
        return date(lo.year, 1, 1), date(lo.year + span // 2 - 1, 12, 31)
    if p == "late":
        return date(lo.year + span // 2, 1, 1), hi
    return date(lo.year + span * 3 // 10, 1, 1), date(lo.year + span * 7 // 10 - 1, 12, 31)


_ORDINAL_PART = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 0, "latter": 0}


def _half(which: str, unit: str, year: int) -> tuple[date, date]:
    """The first half, the third quarter, the last quarter of a year."""
    n = _ORDINAL_PART[which.lower()]
    size = 6 if unit.lower().startswith("half") else 3
    n = n or 12 // size
    a, b = (n - 1) * size + 1, n * size
    return date(year, a, 1), date(year, b, calendar.monthrange(year, b)[1])


def _shift_years(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def _add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _month_span(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _rel_year(words: str, doc: date) -> int | None:
    w = " ".join(words.lower().split())
    w = re.sub(r"^the\s+", "", w).removesuffix(" year")
    offset = {"this": 0, "current": 0, "present": 0, "last": -1, "past": -1, "previous": -1, "preceding": -1,
              "next": 1, "coming": 1, "following": 1}.get(w)
    return None if offset is None else doc.year + offset


_FAR = re.compile(
    r"(?i)(?:(?P<pre>about|some|nearly|almost|more\s+than|at\s+least|over)\s+)?(?P<n>.+?)\s+"
    r"(?P<unit>years?|months?|weeks?|days?|decades?)\s+ago(?:\s+at\s+(?P<post>most|the\s+latest|least))?"
)
_WITHIN = re.compile(
    r"(?i)(?P<prep>in|within|over|during)\s+(?:the\s+)?(?P<next>next\s+|coming\s+)?(?P<past>past\s+|last\s+|previous\s+)?"
    r"(?P<a>.+?)"
    r"(?:\s+(?:or|to|-|–)\s+(?P<b>.+?))?\s+(?P<unit>years?|months?)"
)


def _relative_span(expr: str, doc: date) -> tuple[date, date] | None:
    """Day bounds of a relative expression (without a leading preposition), or None."""
    e = " ".join(expr.lower().replace("’", "'").split())
    y = doc.year
    if e in ("today", "tonight"):
        return doc, doc
    if e == "yesterday":
        return doc - _days(1), doc - _days(1)
    if e == "tomorrow":
        return doc + _days(1), doc + _days(1)
    if e == "the day before yesterday":
        return doc - _days(2), doc - _days(2)
    if e == "the day after tomorrow":
        return doc + _days(2), doc + _days(2)
    for joiner in (" or ", " and "):
        if joiner in e and not e.startswith(("between", "from")):
            parts = [_relative_span(p, doc) for p in e.split(joiner)]
            if all(parts):
                return min(p[0] for p in parts if p), max(p[1] for p in parts if p)
    if e in ("nowadays", "at present", "presently", "currently", "at the moment", "for the moment", "these days",
             "as of now", "now"):
        return doc, doc
    if e == "to date":
        return MIN_DAY, doc
    m = re.fullmatch(r"(?:the )?(first|last|latest|past) (.+?) (days|weeks|months)(?: (?:of |in )?(?:this|the current)"
                     r" (year|month))?", e)
    if m and _num(m[2]) is not None:
        k, unit = _num(m[2]) or 0, m[3]
        step = 7 if unit == "weeks" else 1
        if m[1] == "first":  # counted from the start of this year (or month)
            lo = date(y, doc.month, 1) if m[4] == "month" else date(y, 1, 1)
            hi = _add_months(lo, k) - _days(1) if unit == "months" else lo + _days(k * step - 1)
            return lo, hi
        lo = _add_months(doc, -k) if unit == "months" else doc - _days(k * step)
        return _round_to_month(lo, doc)
    if re.fullmatch(r"(?:a|the) recent (?:week|fortnight)|recent (?:days|weeks)", e):
        return _round_to_month(doc - _days(14 if "fortnight" in e or e.startswith("recent") else 7), doc)
    if re.fullmatch(r"so far this year|this year so far|so far in (?:the )?year", e):
        return date(y, 1, 1), doc
    if e in ("recently", "lately", "of late"):
        return _shift_years(doc, -1), doc
    if e in ("in recent years", "recent years", "the recent years"):
        return date(y - 3, 1, 1), doc
    if e in ("in recent months",):
        return _add_months(doc, -6), doc
    m = re.fullmatch(r"(?:the )?(first|second|latter) (half|quarter) of (.+)", e)
    if m:
        yr = _rel_year(m[3], doc)
        which = "second" if m[1] == "latter" else m[1]
        return _half(which, m[2], yr) if yr is not None else None
    m = re.fullmatch(r"(early|mid|middle|late|the (?:beginning|start|middle|end) of)[\s-]+(.+)", e)
    if m:
        yr = _rel_year(m[2], doc)
        if yr is None:
            return None
        return _part(m[1], date(yr, 1, 1), date(yr, 12, 31))
    m = re.fullmatch(r"(this|last|next|the coming|the following|the previous) (spring|summer|autumn|fall|winter)", e)
    if m:
        which, season = m[1], m[2]
        cands = [_season(season, yy) for yy in range(y - 2, y + 2)]
        if which == "this":
            cur = [c for c in cands if c[0] <= doc <= c[1]]
            return cur[0] if cur else next(c for c in cands if c[0].year == y)
        if which in ("last", "the previous"):
            return max(c for c in cands if c[1] < doc)
        return min(c for c in cands if c[0] > doc)
    m = re.fullmatch(r"(this|last|next|the coming|the following|the previous) (week|month)", e)
    if m:
        off = {"this": 0, "last": -1, "the previous": -1}.get(m[1], 1)
        if m[2] == "month":
            d = _add_months(date(y, doc.month, 1), off)
            return _month_span(d.year, d.month)
        monday = doc - _days(doc.weekday()) + _days(7 * off)
        return monday, monday + _days(6)
    m = re.fullmatch(r"(this|last|next) (january|february|march|april|may|june|july|august|september|october"
                     r"|november|december)", e)
    if m:
        mon = _MONTH_NUM[m[2][:3]]
        if m[1] == "this":
            return _month_span(y, mon)
        if m[1] == "last":
            yy = y if mon < doc.month else y - 1
            return _month_span(yy, mon)
        yy = y if mon > doc.month else y + 1
        return _month_span(yy, mon)
    yr = _rel_year(e, doc)
    if yr is not None:
        return date(yr, 1, 1), date(yr, 12, 31)
    if re.fullmatch(r"(?:the )?(?:previous|past|preceding) years", e):
        return MIN_DAY, date(y - 1, 12, 31)
    m = _FAR.fullmatch(e)
    if m:
        n = _num(m["n"])
        unit = m["unit"].rstrip("s")
        if n is None:
            return None
        if unit == "decade":
            n, unit = n * 10, "year"
        if unit == "year":
            point = (date(y - n, 1, 1), date(y - n, 12, 31))
        elif unit == "month":
            d = _add_months(doc, -n)
            point = _month_span(d.year, d.month)
        else:
            d = doc - _days(n * (7 if unit == "week" else 1))
            point = (d, d)
        if m["post"] in ("most", "the latest"):
            return point[0], doc
        if m["pre"] in ("more than", "at least", "over") or m["post"] == "least":
            return MIN_DAY, point[1]
        return point
    m = re.fullmatch(r"(decades|years|months|long) ago", e)
    if m:
        back = {"decades": 20, "years": 2, "months": 0, "long": 10}[m[1]]
        return MIN_DAY, (date(y - back, 12, 31) if back else _add_months(doc, -2))
    if re.fullmatch(r"in (?:the )?(?:coming|next|following) years|in the years to come", e):
        return date(y + 1, 1, 1), MAX_DAY
    if re.fullmatch(r"in (?:the )?(?:near |distant )?future|from now on", e):
        return doc, MAX_DAY
    m = _WITHIN.fullmatch(e)
    a = _num(m["a"]) if m else None
    if m and a is not None:
        b = _num(m["b"]) if m["b"] else a
        if b is None:
            return None
        months = m["unit"].startswith("month")
        if m["past"]:  # "over the past 5 years": the years up to the document
            return (_add_months(doc, -b), doc) if months else (date(y - b, 1, 1), date(y, 12, 31))
        if m["prep"] in ("within", "over", "during") or m["next"]:
            end = _add_months(doc, b) if months else date(y + b, 12, 31)
            return doc if months else date(y, 1, 1), end
        if months:
            lo_d, hi_d = _add_months(doc, a), _add_months(doc, b)
            return _month_span(lo_d.year, lo_d.month)[0], _month_span(hi_d.year, hi_d.month)[1]
        return date(y + a, 1, 1), date(y + b, 12, 31)
    return None


def _round_to_month(lo: date, hi: date) -> tuple[date, date]:
    """A short recent stretch ("the latest 10 days") at the precision a text gives it: its month, when it
    lies in one month; else the stretch itself."""
    if (lo.year, lo.month) == (hi.year, hi.month):
        return _month_span(hi.year, hi.month)
    return lo, hi


def _days(n: int) -> Any:
    from datetime import timedelta

    return timedelta(days=n)


_RULES_RELATIVE = re.compile("|".join(f"(?:{p})" for p in _RELATIVE_PATTERNS))


def resolve_relative(expr: str, doc_date: date) -> str | None:
    """EDTF for a relative expression ("last autumn", "in one or two years", "yesterday") said on ``doc_date``.

    A leading "since"/"from"/"until"/"by"/"before"/"after" is applied: "since last autumn" runs from
    September of last year to the document date. None when the expression is not relative.
    """
    prep, core = _split_prep(expr)
    if not _RULES_RELATIVE.fullmatch(core):
        return None
    span = _weekday(core, doc_date) if _is_weekday(core) else _relative_span(core, doc_date)
    if span is None:
        return None
    return _edtf_of(_apply_prep(prep, span, doc_date))


def _split_prep(expr: str) -> tuple[str | None, str]:
    """("since", "last autumn") from "since last autumn"; relative forms that begin with "in" stay whole."""
    e = " ".join(expr.split())
    m = _PREP_RE.match(e)
    if m is None or _RULES_RELATIVE.fullmatch(e):
        return None, e
    return m[1].lower(), e[m.end():]


def _apply_prep(prep: str | None, span: tuple[date, date], doc: date | None) -> tuple[date, date]:
    lo, hi = span
    if prep == "since":
        return lo, (doc if doc and doc >= lo else MAX_DAY)
    if prep == "from":
        return lo, MAX_DAY
    if prep in ("until", "till", "through"):
        return MIN_DAY, hi
    if prep == "before":
        return MIN_DAY, lo - _days(1)
    if prep == "after":
        return hi + _days(1), MAX_DAY
    return lo, hi  # by, in, during, on: the period itself


def _edtf_of(span: tuple[date, date]) -> str:
    lo, hi = span
    if lo == MIN_DAY and hi == MAX_DAY:
        return ".."
    if lo == MIN_DAY:
        return "../" + _bound_edtf(hi, upper=True)
    if hi == MAX_DAY:
        return _bound_edtf(lo, upper=False) + "/.."
    return from_bounds(lo, hi)


def _bound_edtf(d: date, upper: bool) -> str:
    """A single day bound at the coarsest precision that keeps it exact (year, month or day)."""
    if upper:
        if d.month == 12 and d.day == 31:
            return f"{d.year:04d}"
        if d.day == calendar.monthrange(d.year, d.month)[1]:
            return f"{d.year:04d}-{d.month:02d}"
    else:
        if d.month == 1 and d.day == 1:
            return f"{d.year:04d}"
        if d.day == 1:
            return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _is_weekday(e: str) -> bool:
    return e.split()[-1].lower() in _WEEKDAYS


def _weekday(e: str, doc: date) -> tuple[date, date] | None:
    words = e.lower().split()
    target = _WEEKDAYS.index(words[-1])
    if words[0] in ("last", "next"):
        step = -1 if words[0] == "last" else 1
        d = doc + _days(step)
        while d.weekday() != target:
            d += _days(step)
        return d, d
    # a bare weekday in a report is the latest such day up to the document's ("on Monday" = this past Monday)
    d = doc
    while d.weekday() != target:
        d -= _days(1)
    return d, d


# --- calendar dates ------------------------------------------------------------------------


def _calendar_day(month: str, day: int, year: str | None, doc: date | None) -> date | None:
    """A day of a named month; a missing year is the document's; None for a day the month lacks."""
    y = int(year) if year else (doc.year if doc else None)
    m = _MONTH_NUM.get(month.lower().rstrip(".")[:3])
    if y is None or m is None:
        return None
    if not 1 <= day <= calendar.monthrange(y, m)[1]:
        return None
    return date(y, m, day)


_DAY_MONTH = re.compile(
    rf"(?:the\s+)?(?P<d1>{_DAY})(?:\s*(?:-|–|/|to|through|and)\s*(?P<d2>{_DAY}))?(?:\s+of)?\s+(?P<m>{MONTH})"
    rf"(?:,?\s+(?P<y>{YEAR}))?", re.I)
_MONTH_DAY = re.compile(rf"(?P<m>{MONTH})\s+(?P<d1>{_DAY})(?:\s*[-–]\s*(?P<d2>{_DAY}))?(?:,?\s+(?P<y>{YEAR}))?", re.I)
_MONTH_YEAR = re.compile(
    rf"(?:(?P<part>{_PART})[\s-]+)?(?P<m>{MONTH_BARE})(?:,?\s+(?:of\s+)?(?P<y>{YEAR})|\s+\((?P<py>{YEAR})\))?", re.I)
_JUCHE = re.compile(r"Juche\s+(?:year\s+)?(?P<j>\d{1,3})(?:\s*\(\s*(?P<y>\d{4})\s*\))?", re.I)
_DECADE = re.compile(rf"(?:the\s+)?(?:(?P<part>{_PART})[\s-]+)?(?P<y>\d{{3}})0['’]?s", re.I)
_SEASON_YEAR = re.compile(rf"(?:the\s+)?(?P<s>{_SEASON})\s+(?:of\s+)?(?P<y>{YEAR})", re.I)
_HALF_YEAR = re.compile(
    rf"(?:the\s+)?(?P<w>first|second|third|fourth|last)\s+(?P<u>half|quarter)(?:[\s-]year)?"
    rf"(?:\s+of\s+(?:(?P<y>{YEAR})|the\s+year))?", re.I)
_PART_YEAR = re.compile(rf"(?P<part>{_PART})[\s-]+(?P<y>{YEAR})", re.I)
_YEAR_RANGE = re.compile(
    rf"(?:(?:between|from)\s+)?(?P<a>{YEAR})\s*(?:-|–|/|to|and|until|till)\s*(?P<b>{YEAR}|\d\d)", re.I)


_ROMAN_DATE = re.compile(rf"(?P<d>{_DAY})\.\s?(?P<m>{_ROMAN_MONTH})\.(?:\s?(?P<y>(?:1[6-9]\d\d|20\d\d)(?!\d)))?")
_ANAPHORIC = re.compile(
    r"(?i)^(?:(?:in|of|for|during|over|on|than|from)\s+)?(?:the\s+)?(?:"
    r"(?P<n>a|an|one|two|three|four|five|\d{1,2})\s+years?\s+(?P<dir1>earlier|later|before|after)|"
    r"(?P<dir2>previous|preceding|following|next|prior)\s+year|year\s+(?P<dir3>before|after)|"
    r"same\s+(?:time\s+)?(?:period|months?|days?|weeks?|quarter|time)\s+(?:of\s+|in\s+)?(?:the\s+)?"
    r"(?:(?P<dir4>last|previous)\s+year|year\s+(?P<dir5>before)|a\s+year\s+(?P<dir6>earlier|before|ago)))$"
)
_N = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def anaphoric_offset(expr: str) -> int | None:
    """Years from the governing date: 'a year earlier' → -1, 'two years later' → 2; None if not anaphoric."""
    m = _ANAPHORIC.match(" ".join(expr.split()))
    if not m:
        return None
    n = m["n"]
    k = (int(n) if n.isdigit() else _N[n.lower()]) if n else 1
    direction = next(m[g] for g in ("dir1", "dir2", "dir3", "dir4", "dir5", "dir6") if m[g]).lower()
    return -k if direction in ("earlier", "before", "previous", "preceding", "prior", "last", "ago") else k


def _strip_ordinal(d: str) -> int:
    return int(re.sub(r"\D", "", d))


def _absolute_span(e: str, doc: date | None) -> tuple[tuple[date, date], str] | None:
    """Day bounds of an absolute expression, with a remark on how it was read."""
    m = _JUCHE.fullmatch(e)
    if m:
        y = juche_to_gregorian(int(m["j"]))
        remark = f"Juche {m['j']} = {y}"
        if m["y"] and int(m["y"]) != y:
            remark += f" (the text's {m['y']} disagrees)"
        return (date(y, 1, 1), date(y, 12, 31)), remark
    m = _DECADE.fullmatch(e)
    if m:
        lo, hi = date(int(m["y"]) * 10, 1, 1), date(int(m["y"]) * 10 + 9, 12, 31)
        return (_part(m["part"], lo, hi) if m["part"] else (lo, hi)), ""
    m = _SEASON_YEAR.fullmatch(e)
    if m:
        y = int(m["y"])
        if m["s"].lower() == "winter" and doc is not None and doc < date(y, 12, 1) and doc.year == y:
            # "the winter of 2016" in a March 2016 report is the winter just past, December 2015 to February
            # 2016: the one that begins in December 2016 has not come yet (corpus: winter-of-year)
            return _season("winter", y - 1), " (the winter that ends in that year: the document is earlier)"
        return _season(m["s"], y), ""
    m = _HALF_YEAR.fullmatch(e)
    if m:
        if not m["y"] and doc is None:
            return None
        y = int(m["y"]) if m["y"] else doc.year  # type: ignore[union-attr]
        return _half(m["w"], m["u"], y), ("" if m["y"] else f"year {y} from the document date")
    m = _PART_YEAR.fullmatch(e)
    if m:
        y = int(m["y"])
        return _part(m["part"], date(y, 1, 1), date(y, 12, 31)), ""
    m = _YEAR_RANGE.fullmatch(e)
    if m:
        a, b = int(m["a"]), m["b"]
        bi = int(b) if len(b) == 4 else (a // 100) * 100 + int(b)
        if bi < a:
            return None
        return (date(a, 1, 1), date(bi, 12, 31)), ""
    if re.fullmatch(YEAR, e):
        y = int(e)
        return (date(y, 1, 1), date(y, 12, 31)), ""
    for rx in (_DAY_MONTH, _MONTH_DAY):
        m = rx.fullmatch(e)
        if m:
            d1 = _calendar_day(m["m"], _strip_ordinal(m["d1"]), m["y"], doc)
            if d1 is None:
                return None
            d2 = _calendar_day(m["m"], _strip_ordinal(m["d2"]), m["y"], doc) if m["d2"] else d1
            if d2 is None or d2 < d1:
                return None
            return (d1, d2), ("" if m["y"] else f"year {d1.year} from the document date")
    m = _ROMAN_DATE.fullmatch(e)
    if m:
        if not m["y"] and doc is None:
            return None
        y = int(m["y"]) if m["y"] else doc.year  # type: ignore[union-attr]
        day = _strip_ordinal(m["d"])
        if not 1 <= day <= calendar.monthrange(y, _ROMAN[m["m"]])[1]:
            return None
        d = date(y, _ROMAN[m["m"]], day)
        return (d, d), ("" if m["y"] else f"year {y} from the document date")
    m = _MONTH_YEAR.fullmatch(e)
    if m:
        year = m["y"] or m["py"]
        if not year and doc is None:
            return None
        got = _calendar_day(m["m"], 1, year, doc)
        if got is None:
            return None
        lo, hi = _month_span(got.year, got.month)
        if m["part"]:
            lo, hi = _part(m["part"], lo, hi)
        return (lo, hi), ("" if year else f"year {lo.year} from the document date")
    return None


# "(up) until June", "through May of this year": a month of no written year, after these, is the year
# to the end of that month, as trade and output figures are counted ("until June 1950" is not)
_TO_DATE = ("until", "till", "through")


def _to_date(month: tuple[date, date]) -> tuple[date, date]:
    return date(month[0].year, 1, 1), month[1]


_MONTH_OF_REL_YEAR = re.compile(rf"(?P<m>{MONTH_BARE}),?\s+(?:of\s+)?(?P<w>this|last|next)\s+year", re.I)


def resolve(expr: str, doc_date: date | None) -> Resolved | None:
    """Resolve a date expression found in a text (see ``TEXT_DATE_PATTERN``) said on ``doc_date``.

    Absolute expressions ("7 August 1957", "the 1970s", "Juche 43 (1954)", "late January") are
    ``explicit``; a bare month or day takes the document's year. Relative ones ("last year", "in one or
    two years", "yesterday", "Monday") are ``relative`` and need ``doc_date``. None if unreadable.
    """
    text = " ".join(expr.replace("’", "'").split())
    prep, core = _split_prep(text)
    on = f" in a text of {label(doc_date.isoformat())}" if doc_date else ""
    rel = _MONTH_OF_REL_YEAR.fullmatch(core)
    if rel:  # "August of this year": the month of a year counted from the document's
        if doc_date is None:
            return None
        y = doc_date.year + {"this": 0, "last": -1, "next": 1}[rel["w"].lower()]
        month = _month_span(y, _MONTH_NUM[rel["m"][:3].lower()])
        edtf = _edtf_of(_to_date(month) if prep in _TO_DATE else _apply_prep(prep, month, doc_date))
        return Resolved(edtf, "relative", f"'{expr.strip()}'{on} → {edtf}")
    off = anaphoric_offset(text)
    if off is not None:
        if doc_date is None:
            return None
        y = doc_date.year + off
        return Resolved(f"{y:04d}", "relative", f"'{expr.strip()}'{on} → {y}")
    if _RULES_RELATIVE.fullmatch(core):
        if doc_date is None:
            return None
        span = _weekday(core, doc_date) if _is_weekday(core) else _relative_span(core, doc_date)
        if span is None:
            return None
        edtf = _edtf_of(_apply_prep(prep, span, doc_date))
        weak = bool(_WEAK.fullmatch(core)) and prep is None
        return Resolved(edtf, "relative", f"'{expr.strip()}'{on} → {edtf}", weak)
    try:
        got = _absolute_span(core, doc_date)
    except (ValueError, DateError):
        return None
    if got is None:
        return None
    span, remark = got
    if prep == "by" and re.match(r"(?i)the\s+end\s+of\s", core):  # "by the end of 2015": its last month
        span = (span[1].replace(day=1), span[1])
    if prep in _TO_DATE and re.fullmatch(MONTH_BARE, core):
        edtf = _edtf_of(_to_date(span))
        return Resolved(edtf, "explicit", f"'{expr.strip()}' → {edtf} (the year to the end of that month)")
    edtf = _edtf_of(_apply_prep(prep, span, doc_date))
    if "X" not in edtf and _DECADE.fullmatch(core) and not prep:
        lo, hi = span
        if hi.year - lo.year == 9 and lo.month == 1 and hi.month == 12 and hi.day == 31:
            edtf = f"{lo.year // 10:03d}X"
    note = f"'{expr.strip()}' → {edtf}" + (f" ({remark})" if remark else "")
    return Resolved(edtf, "explicit", note)


# --- finding date expressions in a text -------------------------------------------------------


_DATE_RE = re.compile(TEXT_DATE_PATTERN)
# Anchors are found in the ASCII-lowercased text (same offsets) with trie patterns: a flat
# case-insensitive alternation is several times slower in ``re``.
_DIGITS = re.compile(r"\d+")
# a number that can begin a date: a day (1-31) or a year; longer numbers are quantities (the lookahead lets the
# scan skip to the digits: several times faster than trying the lookbehind at every character)
_DATE_DIGITS = re.compile(r"(?=\d)(?<![\d,.])(?:\d{1,2}|1[6-9]\d\d|20\d\d)(?!\d|,\d)")
_NUMBER_WORDS = re.compile(
    r"(?<![\w-])(?:"
    + word_pattern(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
        "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion "
        "trillion dozen half third quarter fifth tenth doubl twice tripl trebl quadrupl tens hundreds thousands "
        "millions billions dozens"
    )
    + r")|[$£€¥₩]"
)
_ANCHOR_WORDS = re.compile(
    r"(?<!\w)(?:"
    + word_pattern(
        "years year months month weeks week days day decades decade today tonight yesterday tomorrow ago now "
        "nowadays present presently currently moment recently lately late future spring summer autumn fall winter "
        "juche date january february march april may june july august september october november "
        "december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
        "saturday sunday quarter half fortnight"
    )
    + r")(?![\w-])"
)


def _anchors(text: str, lowered: str) -> list[tuple[int, int]]:
    return sorted([m.span() for m in _DATE_DIGITS.finditer(text)] + [m.span() for m in _ANCHOR_WORDS.finditer(lowered)])


_WORD_START = re.compile(r"(?<![\w'’-])\(?(\w+)")
# words a date expression can begin with (besides a number)
_STARTERS = frozenset(
    [
        "the", "since", "from", "until", "till", "through", "before", "after", "by", "in", "during", "on", "of", "each",
        "every", "this", "last", "next", "early", "mid", "middle", "late", "between", "about", "some", "nearly",
        "almost", "more", "at", "over", "within", "a", "an", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "twenty", "fifty", "several", "decades", "years", "months", "today", "tonight",
        "yesterday", "tomorrow", "juche", "spring", "summer", "autumn", "fall", "winter", "first", "second", "third",
        "fourth",
        "latter", "previous", "past", "preceding", "recent", "latest", "recently", "currently", "presently", "nowadays",
        "now", "so", "to", "as", "for", "these", "lately", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday",
    ]
)
_YEAR_ONLY = re.compile(YEAR)
_DATE_CONTEXT = re.compile(
    r"(?i)(?:\b(?:in|of|since|by|from|until|till|to|during|year|the|early|late|mid|before|after|between|and|or|"
    r"for|about|around|circa|c\.|juche)|[,;(\-–/]|^)\s*$"
)


_LIST_CONTEXT = re.compile(r"(?i)(?:\b(?:and|or)|[,;])\s*$")
_TIME_PREP = re.compile(r"(?i)\b(?:in|since|by|from|until|till|during|before|after|of|between|year)\s+(?:\S+\s+){0,2}$")


@dataclass(frozen=True, slots=True)
class FoundDate:
    start: int
    end: int
    text: str
    resolved: Resolved | None

    def as_dict(self) -> dict[str, Any]:
        r = self.resolved
        return {
            "text": self.text, "span": [self.start, self.end], "when": r.edtf if r else None,
            "dated_by": r.dated_by if r else None, "note": r.note if r else "no document date to resolve it",
        }


def find_dates(
    text: str, doc: date | None, masks: list[tuple[int, int]] | None = None, lowered: str | None = None
) -> list[FoundDate]:
    """Date expressions in a text, resolved against the document date.

    The grammar is matched only where an anchor word (a number, a month, "year", "now"…) occurs,
    starting from each of the few words before it: scanning every position with the full grammar
    would be several times slower.
    """
    out: list[FoundDate] = []
    last_end = 0
    masked = SpanIndex(masks or [])
    for a_start, _a_end in _anchors(text, ascii_lower(text) if lowered is None else lowered):
        if a_start < last_end:
            continue
        window_start = max(last_end, a_start - 48)
        starts = [
            m.start()
            for m in _WORD_START.finditer(text, window_start, a_start)
            if m[1].lower() in _STARTERS or m[1][0].isdigit()
        ][-6:]
        starts.append(a_start)
        for s in starts:
            m = _DATE_RE.match(text, s)
            if m and m.end() > a_start:
                break
        else:
            continue
        if masked and masked.overlaps(m.start(), m.end()):
            continue
        expr = m.group()
        if _YEAR_ONLY.fullmatch(expr):
            # "2000 tractors", "1700 lorries and 1900 tractors": a number with a unit or a counted noun, not a
            # year — unless a preposition of time stands before it ("in 1959 tractors were …") (corpus:
            # count-not-year)
            before = text[max(0, m.start() - 12) : m.start()]
            if not _DATE_CONTEXT.search(before) or (_LIST_CONTEXT.search(before) and not _TIME_PREP.search(before)):
                qs = find_quantities(text, m.start(), min(len(text), m.end() + 40))
                if qs and qs[0].start == m.start() and qs[0].unit:
                    continue
        last_end = m.end()
        out.append(FoundDate(m.start(), m.end(), expr, _resolve(expr, doc)))
    low = lowered if lowered is not None else ascii_lower(text)
    if any(w in low for w in ("plan", "war", "arduous", "liberation", "colonial", "japanese")):
        out = _with_periods(text, out, masked, low)
    return _listed_months(text, _ranges(text, _past_windows(text, out, doc), doc), doc, masked)


# "in 15 years", "over 15 years" ("within" is forward): forward from the document only when the sentence speaks of
# the future ("will be completed in 15 years"); else the years up to the document: "the first census in 15
# years", "an increase of 3 million over 15 years", "in the 15 years since the last census" (corpus: past-window)
_WINDOW = re.compile(rf"(?i)^(?:in|over|during)\s+(?:the\s+)?(?:(?:past|last|previous)\s+)?(?P<n>{_NUMW})\s+"
                     r"(?P<u>years?|months?)$")
_FUTURE_CUE = re.compile(
    r"(?i)\b(?:will|shall|would|plans?|planned|planning|aims?|aimed|intends?|expected|expects?|projected|forecasts?|"
    r"target|goal|to\s+be|is\s+to|are\s+to|next|coming|future|hopes?|pledged?|vowed?|promised?|could|may|might)\b"
)
_SUPERLATIVE = re.compile(r"(?i)\b(?:first|last|only|highest|lowest|largest|biggest|smallest|worst|best|most|least|"
                         r"fastest|slowest|strongest|weakest|sharpest|steepest|\w{3,}est)\b(?:\s+\w+){0,2}\s*$")
_CHANGE_WORD = re.compile(rf"(?i)\b{CHANGE_WORDS}\b")
_SENTENCE_EDGE = re.compile(r"[.!?]\s|\n\s*\n")


def _past_windows(text: str, found: list[FoundDate], doc: date | None) -> list[FoundDate]:
    if doc is None:
        return found
    out = []
    for d in found:
        m = _WINDOW.match(" ".join(d.text.split()))
        if m is None or d.resolved is None:
            out.append(d)
            continue
        a = max((e.end() for e in _SENTENCE_EDGE.finditer(text, max(0, d.start - 400), d.start)), default=0)
        e = _SENTENCE_EDGE.search(text, d.end)
        sentence = text[a : e.start() if e else len(text)]
        backward = bool(re.search(r"(?i)\b(?:past|last|previous)\b", d.text))
        if not backward and _FUTURE_CUE.search(sentence):
            out.append(d)
            continue
        if _SUPERLATIVE.search(text, max(0, d.start - 30), d.start):
            continue  # "the first census in 15 years", "the highest in a decade": a record, not a time of the figure
        if _CHANGE_WORD.search(sentence):
            continue  # "dropped by 3.4 years in the 15 years since": a change up to now, of the document's time
        n = _num(m["n"])
        if n is None:
            out.append(d)
            continue
        if m["u"].lower().startswith("year"):
            edtf = f"{doc.year - n:04d}/{doc.year:04d}"
        else:
            lo = _add_months(doc.replace(day=1), -n)
            edtf = f"{lo.year:04d}-{lo.month:02d}/{doc.year:04d}-{doc.month:02d}"
        note = f"'{d.text}' in a sentence of the past: the {n} {m['u'].lower()} up to the document → {edtf}"
        out.append(FoundDate(d.start, d.end, d.text, Resolved(edtf, "relative", note)))
    return out


_RANGE_GAP = re.compile(r"(?i)^\s*(?:to|through|thru|till|until|up\s+to|and|-|–)?\s*$")
_HAS_YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")
_FROM_BETWEEN = re.compile(r"(?i)(?:from|between)\s")


def _ranges(text: str, found: list[FoundDate], doc: date | None) -> list[FoundDate]:
    """"from January to August of 2014", "from Jan. 2 through Jan. 9": one span, the start taking the
    end's year when it gives none ("from December to March 1958" starts in December 1957)."""
    out: list[FoundDate] = []
    i = 0
    while i < len(found):
        d = found[i]
        e = found[i + 1] if i + 1 < len(found) else None
        joined = None
        if (e is not None and d.resolved and e.resolved and _FROM_BETWEEN.match(d.text)
                and _RANGE_GAP.match(text[d.end : e.start])
                and _split_prep(e.text)[0] in (None, "in", "of", "through", "until", "till")):
            joined = _range_of(d, e, doc)
        if joined is not None:
            out.append(FoundDate(d.start, e.end, text[d.start : e.end], joined))  # type: ignore[union-attr]
            i += 2
        else:
            out.append(d)
            i += 1
    return out


def _range_of(d: FoundDate, e: FoundDate, doc: date | None) -> Resolved | None:
    end = _resolve(_split_prep(" ".join(e.text.split()))[1], doc)
    if end is None:
        return None
    try:
        hi_lo, hi = bounds(end.edtf)
    except DateError:
        return None
    if hi >= MAX_DAY or hi_lo <= MIN_DAY:
        return None
    core = _split_prep(" ".join(d.text.split()))[1]
    borrowed = not _HAS_YEAR.search(core) and bool(_HAS_YEAR.search(e.text))
    start = _resolve(f"{core} {hi.year}" if borrowed else core, doc)
    if start is None:
        return None
    lo = bounds(start.edtf)[0]
    if lo <= MIN_DAY:
        return None
    if lo > hi and borrowed:
        again = _resolve(f"{core} {hi.year - 1}", doc)
        lo = bounds(again.edtf)[0] if again else lo
    if lo > hi:
        return None
    edtf = _edtf_of((lo, hi))
    how = "relative" if "relative" in (start.dated_by, end.dated_by) else "explicit"
    return Resolved(edtf, how, f"'{d.text} … {e.text}' → {edtf}")


_AND_MONTH = re.compile(rf"(?:,|,?\s+(?i:and|or))\s+(?:(?i:in)\s+)?({MONTH_BARE})(?![\w-])(?!\s+\d)")
_EDTF_MONTH = re.compile(r"\d{4}-\d{2}")


def _listed_months(text: str, found: list[FoundDate], doc: date | None, masked: SpanIndex) -> list[FoundDate]:
    """"in July and August": the second month is a date too, in the first one's year."""
    extra = []
    for d in found:
        r = d.resolved
        if r is None or not _EDTF_MONTH.fullmatch(r.edtf):
            continue
        m = _AND_MONTH.match(text, d.end)
        if m is None or masked.overlaps(m.start(1), m.end(1)):
            continue
        month = _MONTH_NUM[m[1][:3].lower()]
        y = int(r.edtf[:4])
        edtf = f"{y:04d}-{month:02d}"
        note = f"'{m[1]}' after '{d.text}' → {edtf}"
        extra.append(FoundDate(m.start(1), m.end(1), m[1], Resolved(edtf, r.dated_by, note)))
    if not extra:
        return found
    taken = SpanIndex((d.start, d.end) for d in found)
    extra = [x for x in extra if not taken.overlaps(x.start, x.end)]
    return sorted(found + extra, key=lambda d: d.start)


_PERIOD_WORDS = ("plan", "war", "march", "liberation", "colonial", "japanese", "strategy")


def _period_matches(lowered: str) -> list[re.Match[str]]:
    """Matches of the period names, tried only in windows around the words every name holds (a scan of the
    whole text with the alternation is slower)."""
    from .periods import PERIOD_RE

    windows: list[tuple[int, int]] = []
    for w in _PERIOD_WORDS:
        i = lowered.find(w)
        while i >= 0:
            windows.append((max(0, i - 90), min(len(lowered), i + 60)))
            i = lowered.find(w, i + 1)
    windows.sort()
    merged: list[tuple[int, int]] = []
    for a, b in windows:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    out: list[re.Match[str]] = []
    for a, b in merged:
        out.extend(PERIOD_RE.finditer(lowered, a, b))
    return out


def _with_periods(text: str, found: list[FoundDate], masked: SpanIndex, lowered: str) -> list[FoundDate]:
    """Add the named periods of the DPRK economy ("the Six-Year Plan") that no other date expression covers."""
    from .periods import period_of

    extra = []
    taken = SpanIndex((d.start, d.end) for d in found)
    for m in _period_matches(lowered):
        if taken.overlaps(m.start(), m.end()) or masked.overlaps(m.start(), m.end()):
            continue
        edtf, name = period_of(m, text)
        note = f"the {name} = {edtf} (as carried out)"
        extra.append(FoundDate(m.start(), m.end(), text[m.start() : m.end()], Resolved(edtf, "explicit", note)))
    return sorted(found + extra, key=lambda d: d.start) if extra else found


@functools.lru_cache(maxsize=4096)
def _resolve(expr: str, doc: date | None) -> Resolved | None:
    return resolve(expr, doc)
