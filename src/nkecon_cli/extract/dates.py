"""Date expressions found in running English text, each resolved against the document's date (``find_dates``).

The grammar (``dategrammar``) is matched only where an anchor occurs — a number that can be a day or a
year, a month, "year", "now"… — starting from each of the few words before it. Then: a bare year that is
a count ("1700 lorries") is dropped; the named periods of the DPRK economy ("the Six-Year Plan",
``periods``) are added; "in 15 years" in a sentence of the past is the years up to the document; "from
January to August of 2014" is one span; "in July and August" dates August too. Each expression is
resolved by ``resolution``.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ..factbase.when import MAX_DAY, MIN_DAY, DateError, bounds
from .dategrammar import _MONTH_NUM, _NUMW, MONTH_BARE, TEXT_DATE_PATTERN, YEAR
from .numbers import glued_years
from .quantities import CHANGE_WORDS, find_quantities
from .relativedates import _DAY_OF_MONTH, _add_months, _edtf_of, _num, _split_prep
from .resolution import Resolved, in_year, resolve
from .spans import SpanIndex
from .words import MIGHT, ascii_lower, word_pattern

# --- calendar dates ------------------------------------------------------------------------


# --- finding date expressions in a text -------------------------------------------------------


_DATE_RE = re.compile(TEXT_DATE_PATTERN)
# Anchors are found in the ASCII-lowercased text (same offsets) with trie patterns: a flat
# case-insensitive alternation is several times slower in ``re``.
_DIGITS = re.compile(r"\d+")
# a number that can begin a date: a day (1-31) or a year; longer numbers are quantities (the first digit is matched
# before the lookbehind is asked, behind it: the scan then skips to the digits in C, faster than a lookahead
# ``(?=\d)``, which the scan still tries at every character)
_DATE_DIGITS = re.compile(r"\d(?<![\d,.]\d)(?:\d?|(?<=1)[6-9]\d\d|(?<=2)0\d\d)(?!\d|,\d)")
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
        "saturday sunday quarter half fortnight century millennium"
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
        "fourth", "end", "beginning", "start", "as",
        "latter", "previous", "past", "preceding", "recent", "latest", "recently", "currently", "presently", "nowadays",
        "now", "so", "to", "as", "for", "these", "lately", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday",
    ]
)
_YEAR_ONLY = re.compile(YEAR)
_CODED_START = re.compile(r"(?:Q[1-4]|H[12]|FY|CY)(?:\d|$)")  # "Q1 2019", "FY2019" (corpus: coded-period)
_DATE_CONTEXT = re.compile(
    r"(?i)(?:\b(?:in|of|since|by|from|until|till|to|during|year|the|early|late|mid|before|after|between|and|or|"
    r"for|about|around|circa|c\.|juche)|[,;(\-–/]|^)\s*$"
)


# "Last year 1700 lorries were made": a year named already, and no "the year 1700" (corpus: count-not-year)
_REL_YEAR_BEFORE = re.compile(r"(?i)\b(?:last|this|next|previous|following|same|that)\s+year,?\s*$")
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
    tried: dict[int, re.Match[str] | None] = {}  # the grammar at a position, matched once (nearby anchors share starts)
    for a_start, _a_end in _anchors(text, ascii_lower(text) if lowered is None else lowered):
        if a_start < last_end:
            continue
        window_start = max(last_end, a_start - 48)
        starts = [
            m.start(1)  # (the word, not the bracket before it: "(mid-1987 est.)", "(early 2015)")
            for m in _WORD_START.finditer(text, window_start, a_start)
            if m[1].lower() in _STARTERS or m[1][0].isdigit() or _CODED_START.match(m[1])
        ][-6:]
        starts.append(a_start)
        for s in starts:
            if s in tried:
                m = tried[s]
            else:
                m = tried[s] = _DATE_RE.match(text, s)
            if m and m.end() > a_start:
                break
        else:
            continue
        if masked and masked.overlaps(m.start(), m.end()):
            continue
        m = _short_of_figure(text, m)
        expr = m.group()
        if _APPOSED_YEAR.search(text, max(0, m.start() - 8), m.start()) and _THE_REL_YEAR.fullmatch(expr):
            last_end = m.end()
            continue  # "In 1963, the last year for which data exist": a name of the year before it, no time of its own
            # (corpus: apposed-year)
        if expr.lower() == "now" and _RENAMING.search(text, max(0, m.start() - 2), min(len(text), m.end() + 14)):
            continue  # "the Sui-ho Dam (now the Sup'ung Dam)": a name of today, not a time (corpus: renaming-now)
        if _YEAR_ONLY.fullmatch(expr) and _MONEY_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue  # "$1700", "USD 2000": a sum, no year (corpus: count-not-year)
        if _YEAR_ONLY.fullmatch(expr):
            # "2000 tractors", "1700 lorries and 1900 tractors": a number with a unit or a counted noun, not a
            # year — unless a preposition of time stands before it ("in 1959 tractors were …") (corpus:
            # count-not-year)
            before = text[max(0, m.start() - 12) : m.start()]
            nxt = _WORD_AFTER.match(text, m.end())
            unit_may_follow = nxt is not None and nxt[1].lower() not in _NO_UNIT_AFTER and \
                nxt[1].lower() not in _OF_A_YEARS_ACCOUNTS and not (  # "1998 numbers", "2012 levels": of a year
                    # "the 2006 Minerals Yearbook", "2019 Annual Report": a year before a title's capital (but "2000
                    # North Koreans" counts a people)
                    nxt[1][:1].isupper() and not _A_PEOPLE.match(text, nxt.start(1)))
            if unit_may_follow and (not _DATE_CONTEXT.search(before) or _REL_YEAR_BEFORE.search(before)
                                    or (_LIST_CONTEXT.search(before) and not _TIME_PREP.search(before))):
                qs = find_quantities(text, m.start(), min(len(text), m.end() + 40))
                # a count only when its noun follows within a word: "1700 lorries", "1500 new tractors", but "2013
                # per-capita GDP amounts to", "2009 Inter-Korean trade tops" are years before a noun phrase (corpus:
                # count-not-year)
                if qs and qs[0].start == m.start() and qs[0].unit and not (
                        qs[0].unit in ("count", "people") and qs[0].noun
                        and len(text[m.end() : qs[0].end].split()) > 2):
                    continue
        last_end = m.end()
        if expr[:5].lower() == "from " and _DATA_FROM.search(text, max(0, m.start() - 20), m.start()):
            # "figures from 1999", "data from 2015": the figures of that year, not from it on (corpus: year-of-measure)
            core = expr[5:]
            r = _resolve(core, doc)
            if r is not None:
                last_end = m.end()
                out.append(FoundDate(m.start() + 5, m.end(), core, r))
                continue
        core_in = expr[3:] if expr[:3].lower() == "in " else expr if text[max(0, m.start() - 3) : m.start()].lower() \
            == "in " else None
        if core_in is not None and _YEAR_ONLY.fullmatch(core_in) and _SINCE_CLAUSE.search(
                text, max(0, m.start() - 70), m.start() - (0 if expr[:3].lower() == "in " else 3)):
            # "Since the mine was modernized in 2018, output has risen 30 percent": from then to the document, as
            # "since 2018" is (corpus: since-clause)
            r = _resolve("since " + core_in, doc)
            if r is not None:
                out.append(FoundDate(m.start(), m.end(), expr, r))
                continue
        if expr.split(None, 1)[0].lower() in ("until", "till") and " " in expr and \
                _DEFERRED.search(text, max(0, m.start() - 70), m.start()):
            # "agreed to defer repayment of 20 million rubles until 1964": the new time it falls due, not a span up
            # to it (corpus: deferred-until)
            core = expr.split(None, 1)[1]
            r = _resolve(core, doc)
            if r is not None:
                out.append(FoundDate(m.start() + len(expr) - len(core), m.end(), core, r))
                continue
        out.append(FoundDate(m.start(), m.end(), expr, _resolve(expr, doc)))
    glued = [(a, b) for a, b in glued_years(text) if not masked.overlaps(a, b)]
    if glued:  # "Total emissions in 201982.7m": the year of a label glued to its value (corpus: glued-year-value)
        taken = SpanIndex([(d.start, d.end) for d in out])
        out = sorted(out + [FoundDate(a, b, text[a:b], _resolve(text[a:b], doc)) for a, b in glued
                            if not taken.overlaps(a, b)], key=lambda d: d.start)
    low = lowered if lowered is not None else ascii_lower(text)
    if any(w in low for w in ("plan", "war", "arduous", "liberation", "colonial", "japanese", "partition", "division")):
        out = _with_periods(text, out, masked, low, doc)
    out = _listed_year(text, _listed_months(text, _ranges(text, _past_windows(text, out, doc), doc), doc, masked), doc)
    return _year_lists(text, _timeline_year(text, out, doc))


_LIST_GAP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _year_lists(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """Three or more years in a row, listed ("in 2012, 2013 and 2014"), are one span from the first to the last
    (corpus: year-list); two are read as two, and years not in a row stay apart ("in 2009, 2012 and 2015")."""
    if len(found) < 3:
        return found
    out: list[FoundDate] = []
    i = 0
    while i < len(found):
        j = i
        while j + 1 < len(found) and _split_prep(found[i].text)[0] in (None, "in", "during") and \
                _YEAR_ONLY.fullmatch(_split_prep(found[j].text)[1]) and _YEAR_ONLY.fullmatch(found[j + 1].text) and \
                _LIST_GAP.fullmatch(text, found[j].end, found[j + 1].start) and \
                int(found[j + 1].text) == int(_split_prep(found[j].text)[1]) + 1:
            j += 1
        if j - i >= 2 and found[i].resolved is not None:
            a, b = found[i], found[j]
            first = _split_prep(a.text)[1]
            edtf = f"{first}/{b.text}"
            out.append(FoundDate(a.start, b.end, text[a.start : b.end],
                                 Resolved(edtf, "explicit", f"'{text[a.start:b.end]}': the years {edtf}")))
            i = j + 1
        else:
            out.append(found[i])
            i += 1
    return out


# what may stand before a timeline item's date on its line: a bullet
_ITEM_HEAD = re.compile(r"[ \t]*(?:[•·▪◦*–-][ \t]*)?")


def _timeline_year(text: str, found: list[FoundDate], doc: date | None) -> list[FoundDate]:
    """A timeline's item dated by a day and month alone is of the year of the item with a year above it, when that
    keeps the items in order: "• 29-31 August 2016: …" over "• 13 September: …" in a report of 2017 is 13 September
    2016, not 2017 (corpus: timeline-year)."""
    if doc is None:
        return found
    out, last = list(found), None
    for i, d in enumerate(out):
        if d.resolved is None or not _ITEM_HEAD.fullmatch(text, text.rfind("\n", 0, d.start) + 1, d.start):
            continue
        try:
            lo = bounds(d.resolved.edtf)[0]
        except DateError:
            continue
        if "from the document date" not in d.resolved.note:
            last = lo if d.resolved.dated_by == "explicit" and _HAS_YEAR.search(d.text) else last
            continue
        if last is None or lo.year == last.year:
            continue
        again = resolve(d.text, in_year(doc, last.year))
        if again is not None and bounds(again.edtf)[0] >= last:
            out[i] = replace(d, resolved=Resolved(again.edtf, again.dated_by, again.note.replace(
                "from the document date", "from the timeline's item above it")))
            last = bounds(again.edtf)[0]
    return out


_APPOSED_YEAR = re.compile(r"(?<![\d,.])(?:1[6-9]|20)\d\d,\s*$")
_THE_REL_YEAR = re.compile(r"(?i)the\s+(?:last|final|first|previous|following|next|same)\s+year")


# a span whose end is cut to its digits: of years ("1990-95", "in 1996 to 98"), of days ("from September 2 to 6")
_SHORT_END = re.compile(rf"(?P<first>(?:1[6-9]|20)\d\d|{MONTH_BARE}\s+\d\d?)\s*(?:-|–|(?i:to|through|and))\s*(\d\d?)$")


def _short_of_figure(text: str, m: re.Match[str]) -> re.Match[str]:
    """A span cut short whose end is a figure's number ("from 40 million tons in 1990 to 12 million tons", "grew
    12 percent in 2014 to 15 billion dollars", "from July 3 to 9 tons a day"): the date ends at its first year or
    day, and the number is the figure's (corpus: year-span)."""
    end = _SHORT_END.search(m.group())
    if end is None:
        return m
    at = m.start() + end.start(1)
    qs = find_quantities(text, at, min(len(text), at + 40))
    if not qs or qs[0].start != at or not qs[0].unit or (qs[0].unit == "count" and (
            not qs[0].noun or qs[0].noun in OF_A_YEAR)):
        return m  # (the end's number counts nothing: "1990-95 plan", "from September 2 to 6, rain", "to 2018-19
        # levels": the span's measure)
    return _DATE_RE.match(text, m.start(), m.start() + end.end("first")) or m


# a list of figures each with its period, the first period with its year and the next ones without: "$758 in the
# fourth quarter of last year, $444 in the third quarter and $319 in the second quarter" — the year goes on down the
# list (corpus: listed-year)
_LIST_STEP = re.compile(r"(?i),?\s*(?:and\s+)?(?:US\$|\$|£|€|¥|₩)?\d[\d,.]*\s*(?:[a-z%]+\s+){0,2}?"
                        r"(?:in|for|during)\s+$")


def _listed_year(text: str, found: list[FoundDate], doc: date | None) -> list[FoundDate]:
    if doc is None or len(found) < 2:
        return found
    out = list(found)
    for i in range(1, len(out)):
        prev, d = out[i - 1], out[i]
        if d.resolved is None or prev.resolved is None or "from the document date" not in d.resolved.note or \
                not _LIST_STEP.fullmatch(text, prev.end, d.start):
            continue
        y = re.match(r"\d{4}", prev.resolved.edtf)
        if y is None or int(y[0]) == doc.year or "from the document date" in prev.resolved.note:
            continue
        again = resolve(d.text, in_year(doc, int(y[0])))
        if again is not None:
            out[i] = replace(d, resolved=Resolved(again.edtf, again.dated_by, again.note.replace(
                "from the document date", f"from {prev.text!r} before it in the list")))
    return out


# the word after a bare year, which alone may make it a count ("1700 lorries", "2000 tons"): a year followed by a
# stop, a digit or a function word the count reader stops at (``quantities``) has no unit of its own, and the
# quantity reader need not be asked (it would read "1990 the men and 72.7 years" as 1990 years, a year all the same)
# a people named after a number, counted by it: "2000 North Koreans", "300 Chinese" (no title's capital)
_A_PEOPLE = re.compile(r"(?:North\s+|South\s+)?[A-Z][a-z]*(?:ans|ese|ish)\b")
_WORD_AFTER = re.compile(r"[ \t-]*([^\W\d_][\w'’-]*|%|\$)")
_MONEY_BEFORE = re.compile(r"(?:[$€£¥₩]|\b(?:USD|KPW|KRW|CNY|RMB|EUR|GBP|JPY|RUB))\s?$")
# nouns a year stands before as the time they are of, never counted by it: "nearly triple 1998 numbers", "at 1990
# prices", "2012 levels" (corpus: year-of-measure)
OF_A_YEAR = frozenset({"numbers", "figures", "figure", "levels", "level", "data", "prices", "values", "statistics",
                       "estimates", "standards", "output", "production", "equivalents", "equivalent", "counterparts",
                       "counterpart", "totals", "averages", "peaks", "census", "survey"})  # "over their 2013
# equivalents", "from the 1993 census" (a count or a survey of that year, no count of censuses)
# … and what a year's trade and accounts are, no count of them: "North Korea's 2011 imports have included 38.2% corn",
# "the 1972 budget" (a share of them is of that year, no baseline: not in OF_A_YEAR) (corpus: count-not-year)
_OF_A_YEARS_ACCOUNTS = OF_A_YEAR | {"imports", "exports", "purchases", "sales", "shipments", "harvest", "budget",
                                    "revenues", "earnings", "trade"}
OF_A_YEAR_NOUNS = ("numbers", "figures", "data", "statistics", "estimates")  # "figures from 1999": of 1999
# a clause of "since" with its own subject and verb, before its time: "Since the mine was modernized in 2018"
_SINCE_CLAUSE = re.compile(r"(?i)\bsince\s+(?:the|its|their|it|they|he|she|we|this|that)\b[^,.;:()]{0,55}\s$")
# a time put off to: "defer repayment … until 1964", "postponed the delivery until October" (corpus: deferred-until)
_DEFERRED = re.compile(r"(?i)\b(?:defer(?:red|ring|s)?|postpon(?:e|ed|es|ing)|delay(?:ed|s|ing)?|put\s+off|"
                       r"push(?:ed)?\s+back|reschedul(?:e|ed|ing))\b[^.;:]{0,60}$")
_DATA_FROM = re.compile(rf"(?i)\b(?:{word_pattern(OF_A_YEAR_NOUNS)})\s+$")
_NO_UNIT_AFTER = frozenset({
    "the", "was", "were", "is", "are", "in", "on", "at", "of", "for", "by", "from", "with", "as", "when", "while",
    "that", "which", "who", "but", "had", "has", "have", "it", "its", "this", "these", "those", "a", "an", "than",
})


_PRECISION = re.compile(r"\[?(\d{4})(-\d{2})?(-\d{2})?")


def _precision(edtf: str) -> int:
    """1 for a year, 2 for a month, 3 for a day (of the first point of ``edtf``; 0 if it has none)."""
    m = _PRECISION.match(edtf.lstrip("./"))
    return 0 if m is None else 1 + (m[2] is not None) + (m[3] is not None)


def at_document_precision(found: list[FoundDate], stated: str | None) -> list[FoundDate]:
    """Relative dates finer than the document's own date, which they count from, taken at its precision: in a
    document dated only "2016", "a few days ago", "last month" or "currently" cannot be placed closer than 2016
    (corpus: finer-than-document). Explicit dates stay as they are ("Jan. 8" takes the document's year, its own
    day)."""
    if not stated:
        return found
    have = _precision(stated)
    if have >= 3:
        return found
    out = []
    for d in found:
        r = d.resolved
        if r is not None and r.dated_by == "relative" and _precision(r.edtf) > have:
            # (a time of speaking too: "currently" in a document dated 2016 is 2016, not its first day)
            r = Resolved(stated, "relative", f"{d.text!r}: finer than the document's date {stated}, so {stated}",
                         r.weak)
            d = FoundDate(d.start, d.end, d.text, r)
        out.append(d)
    return out


DAY_EDTF = re.compile(r"(\d{4})-(\d{2})-(\d{2})")  # an EDTF of one day


def days_of_named_months(found: list[FoundDate], latest: date | None) -> list[FoundDate]:
    """A day named alone after a day of a named month is of that month: "On January 3, rice sold at 90 won … the
    prices continued to rise on the 6th" is 6 January, in a report dated only "2010-01" too, where the day alone
    would be taken at the document's precision (corpus: day-of-month). The named day must be one the document has
    seen (not after ``latest``) and not later than the lone day; else the lone day stays as it was read."""
    out: list[FoundDate] = []
    named: tuple[int, int, int] | None = None  # the last day of a named month: year, month, day
    for d in found:
        r = d.resolved
        lone = _DAY_OF_MONTH.fullmatch(" ".join(d.text.lower().split()))  # ("on the 6th", "On 8th", "as of the 11th")
        if r is not None and lone is None and r.dated_by == "explicit":
            m = DAY_EDTF.fullmatch(r.edtf)
            named = (int(m[1]), int(m[2]), int(m[3])) if m else None
            if named is not None and latest is not None and date(*named) > latest:
                named = None  # (a day the document has not seen: "December 30" read in the document's year)
        elif lone is not None and named is not None and r is not None:
            y, mo, day = named
            nth = int(lone["day"])
            if day <= nth <= calendar.monthrange(y, mo)[1]:
                edtf = f"{y:04d}-{mo:02d}-{nth:02d}"
                note = f"{d.text!r}: a day of the month last named ({y:04d}-{mo:02d}-{day:02d}): {edtf}"
                d = FoundDate(d.start, d.end, d.text, Resolved(edtf, "relative", note))
        out.append(d)
    return out


# "(now the Sup'ung Dam)", "now called Kimchaek", "now known as": a place's name of today, not a date
_RENAMING = re.compile(r"(?i)\(\s*now\b|\bnow\s+(?:called|known\s+as|named|renamed|part\s+of)\b")
# "in 15 years", "over 15 years" ("within" is forward): forward from the document only when the sentence speaks of
# the future ("will be completed in 15 years"); else the years up to the document: "the first census in 15
# years", "an increase of 3 million over 15 years", "in the 15 years since the last census" (corpus: past-window)
_WINDOW = re.compile(rf"(?i)^(?:in|over|during)\s+(?:the\s+)?(?:(?:past|last|previous)\s+)?(?P<n>{_NUMW})\s+"
                     r"(?P<u>years?|months?)$")
_FUTURE_CUE = re.compile(
    r"(?i)\b(?:will|shall|would|plans?|planned|planning|aims?|aimed|intends?|expected|expects?|projected|forecasts?|"
    rf"target|goal|to\s+be|is\s+to|are\s+to|next|coming|future|hopes?|pledged?|vowed?|promised?|could|may|{MIGHT})\b"
)
_SUPERLATIVE = re.compile(r"(?i)\b(?:first|last|only|highest|lowest|largest|biggest|smallest|worst|best|most|least|"
                         r"fastest|slowest|strongest|weakest|sharpest|steepest|\w{3,}est)\b(?:\s+\w+){0,2}\s*$")
_CHANGE_WORD = re.compile(rf"(?i)\b{CHANGE_WORDS}\b")
_SENTENCE_EDGE = re.compile(r"[.!?]\s|\n\s*\n")


# the size of a change just before what it is said of: "rose 25 percent in …", "8 percent below the …" (attach too)
SIZE_BEFORE = re.compile(r"(?i)(?:%|\bper\s*cent|\bpercent|\btimes|fold)\s*,?\s*$")
_A_CHANGE_AFTER = re.compile(r"(?i),?\s+by\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+)?\d")


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
        sized = backward and (SIZE_BEFORE.search(text, max(0, d.start - 30), d.start) is not None
                              or _A_CHANGE_AFTER.match(text, d.end) is not None
                              or not text[a : d.start].strip())  # (fronted: "In the last five years alone, … grew")
        if _CHANGE_WORD.search(sentence) and not sized:
            continue  # "dropped by 3.4 years in the 15 years since": a change up to now, of the document's time (but a
            # change's size just before or after the window is over those years: "rose 40 percent in the last three
            # years", "and in the last three years by 45%"; corpus: past-window)
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
_FROM_BETWEEN_BEFORE = re.compile(r"(?i)\b(?:from|between)\s+$")  # ("between October 2019 and March 2020")
_DASH_GAP = re.compile(r"\s*[-–—]\s*")
_MONTH_YEAR = re.compile(rf"{MONTH_BARE}\.?,?\s+{YEAR}")
_DAY_MONTH = re.compile(rf"(?:[12]\d|3[01]|0?[1-9])\s+{MONTH_BARE}(?:,?\s+{YEAR})?")
_DAY_MONTH_YEAR = re.compile(rf"(?:[12]\d|3[01]|0?[1-9])\s+{MONTH_BARE},?\s+{YEAR}")
_DAY_TO_DAY_GAP = re.compile(r"(?i)\s*(?:[-–—]|to|until|through)\s*")


def _ranges(text: str, found: list[FoundDate], doc: date | None) -> list[FoundDate]:
    """"from January to August of 2014", "from Jan. 2 through Jan. 9": one span, the start taking the
    end's year when it gives none ("from December to March 1958" starts in December 1957)."""
    out: list[FoundDate] = []
    i = 0
    while i < len(found):
        d = found[i]
        e = found[i + 1] if i + 1 < len(found) else None
        joined = None
        opened = e is not None and (_FROM_BETWEEN.match(d.text) or
                                    _FROM_BETWEEN_BEFORE.search(text, max(0, d.start - 9), d.start)) and \
            not (d.resolved and "/" in d.resolved.edtf and ".." not in d.resolved.edtf)  # ("between Aug. and Nov.
        # November's …": a span closed already takes no end)
        dashed = e is not None and ((_DASH_GAP.fullmatch(text[d.end : e.start]) and _MONTH_YEAR.fullmatch(d.text)
                                     and _MONTH_YEAR.fullmatch(e.text))  # "October 2019 – March 2020": one span
                                    # … and two days, the second with its year: "1 January-30 June 2017", "12
                                    # September 2016 to 12 March 2017" (a report's period, corpus: day-range)
                                    or (_DAY_TO_DAY_GAP.fullmatch(text[d.end : e.start])
                                        and _DAY_MONTH.fullmatch(d.text) and _DAY_MONTH_YEAR.fullmatch(e.text)))
        if (e is not None and d.resolved and e.resolved and (opened or dashed)
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
        if "from the document date" in r.note:  # (its year is the first's: the document's, read again as the first is)
            note += f" (year {y} from the document date)"
        extra.append(FoundDate(m.start(1), m.end(1), m[1], Resolved(edtf, r.dated_by, note)))
    if not extra:
        return found
    taken = SpanIndex((d.start, d.end) for d in found)
    extra = [x for x in extra if not taken.overlaps(x.start, x.end)]
    return sorted(found + extra, key=lambda d: d.start)


_PERIOD_WORDS = ("plan", "war", "march", "liberation", "colonial", "japanese", "strategy", "partition", "division")


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


_PLAN_TARGET = re.compile(r"(?i)\s+(?:output\s+|production\s+)?(?:targets?|goals?|quotas?)\b")
_TARGET_FOR = re.compile(r"(?i)\b(?:targets?|goals?|quotas?)\b(?:[^.;]|\.(?=\d)){0,40}\bfor\s+(?:the\s+)?$")


# a time named by a period's edge and a preposition: "until the outbreak of the Korean war", "since the end of the
# war", "before the war" (corpus: period-edge)
_PERIOD_EDGE = re.compile(r"(?i)(?:\b(?P<prep>until|till|before|since|after|from|by)\s+)?(?:(?<![\w-])the\s+)?"
                          r"(?:(?P<part>outbreak|start|beginning|end|close|eve)\s+of\s+)?$")
_PERIOD_START = ("outbreak", "start", "beginning", "eve")


def _period_edge(text: str, at: int, edtf: str, doc: date | None) -> tuple[int, str, str] | None:
    """Where a period's name with its edge and preposition begins, the EDTF they name, and how; None when the name
    stands alone (its span)."""
    m = _PERIOD_EDGE.search(text, max(0, at - 40), at)
    if m is None or not (m["prep"] or m["part"]):
        return None
    prep, part = (m["prep"] or "").lower(), (m["part"] or "").lower()
    if prep in ("by", "from") and not part:
        return None  # ("the level set by the five-year plan", "aid from the Three-Year Plan": no time of it)
    lo, _, hi = edtf.partition("/")
    hi = hi or lo
    point = lo if part in _PERIOD_START else hi if part else ""
    if prep == "by":
        return m.start(), point or hi, f"by its {part or 'end'}"  # ("by the end of the plan": its last year)
    if prep in ("until", "till", "before"):
        return m.start(), f"../{point or lo}", f"up to its {part or 'start'}"
    if prep in ("since", "after", "from"):
        start = point or hi
        end = doc.isoformat() if prep == "since" and doc is not None else ".."
        return m.start(), f"{start}/{end}", f"from its {part or 'end'}"
    return m.start(), point, f"its {part}"


def _with_periods(text: str, found: list[FoundDate], masked: SpanIndex, lowered: str,
                  doc: date | None = None) -> list[FoundDate]:
    """Add the named periods of the DPRK economy ("the Six-Year Plan") that no other date expression covers, with
    the edge and preposition before them ("until the outbreak of the Korean war")."""
    from .periods import period_of

    extra = []
    taken = SpanIndex((d.start, d.end) for d in found)
    for m in _period_matches(lowered):
        if taken.overlaps(m.start(), m.end()) or masked.overlaps(m.start(), m.end()):
            continue
        edtf, name = period_of(m, text)
        note = f"the {name} = {edtf} (as carried out)"
        if (edge := _period_edge(text, m.start(), edtf, doc)) is not None and not taken.overlaps(edge[0], m.start()):
            start, edtf, how = edge
            extra.append(FoundDate(start, m.end(), text[start : m.end()],
                                   Resolved(edtf, "explicit", f"the {name}, {how}: {edtf}")))
            continue
        if (_PLAN_TARGET.match(text, m.end()) or _TARGET_FOR.search(text, max(0, m.start() - 60), m.start())) and \
                "/" in edtf:
            # "the Six-Year Plan target of 1.6 million tons": a plan's target is for its last year (corpus: plan-target)
            edtf, note = edtf.split("/")[-1], f"the {name}'s target: its last year, {edtf.split('/')[-1]}"
        extra.append(FoundDate(m.start(), m.end(), text[m.start() : m.end()], Resolved(edtf, "explicit", note)))
    return sorted(found + extra, key=lambda d: d.start) if extra else found


@functools.lru_cache(maxsize=4096)
def _resolve(expr: str, doc: date | None) -> Resolved | None:
    return resolve(expr, doc)
