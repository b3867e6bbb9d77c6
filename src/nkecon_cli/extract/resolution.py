"""One date expression found in a text, resolved to EDTF (``resolve``): a ``Resolved`` with how it was dated.

Absolute expressions ("7 August 1957", "the 1970s", "Juche 43 (1954)", "late January") are ``explicit``;
a bare month or day takes the document's year, and a day the month lacks is no date. Relative ones go to
``relativedates``; anaphoric ones ("a year earlier", "the previous year") count from the date that
governs them (``anaphoric_offset``, read by ``attach``). (dateparser was used for calendar dates until a
rule of a few lines proved stricter and ten times faster.)
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..factbase.when import DateError, bounds, label
from .dategrammar import (
    _DAY,
    _MONTH_ANY,
    _MONTH_NUM,
    _PART,
    _ROMAN,
    _ROMAN_MONTH,
    _SEASON,
    _WEAK,
    JUCHE_BRACKET,
    MONTH,
    MONTH_BARE,
    MONTH_SHORT,
    MONTH_WORD,
    YEAR,
    juche_to_gregorian,
    two_digit_year,
)
from .relativedates import (
    _RULES_RELATIVE,
    _add_months,
    _apply_prep,
    _edtf_of,
    _half,
    _is_weekday,
    _month_span,
    _num,
    _part,
    _relative_span,
    _season,
    _split_prep,
    _weekday,
)


@dataclass(frozen=True, slots=True)
class Resolved:
    """A date expression found in a text, resolved: EDTF, how it was dated, and a note saying so."""

    edtf: str
    dated_by: str  # "explicit" or "relative"
    note: str
    weak: bool = False  # "now", "at present": the time of speaking rather than a time the text names


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

_DAY_TO_DAY = re.compile(rf"(?P<d1>{_DAY})\s+(?P<m1>{MONTH_BARE})\s*[-–]\s*(?P<d2>{_DAY})\s+(?P<m2>{MONTH_BARE}),?\s+"
                         rf"(?P<y>{YEAR})", re.I)
_MONTH_DAY = re.compile(rf"(?:between\s+)?(?P<m>{MONTH})\s+(?P<d1>{_DAY})"
                        rf"(?:\s*(?:[-–]|\s(?:to|through|till|until|and)\s)\s*(?P<d2>{_DAY}))?"
                        rf"(?:,?\s+(?P<y>{YEAR}))?", re.I)

_MONTH_YEAR = re.compile(
    rf"(?:(?P<part>{_PART})[\s-]+)?(?P<m>{MONTH_WORD}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?=\s+\d))"
    rf"(?:,?\s+(?:of\s+)?(?P<y>{YEAR})|\s+\((?P<py>{YEAR})\))?", re.I)

_JUCHE = re.compile(r"Juche\s+(?:year\s+)?(?P<j>\d{1,3})(?:\s*\(\s*(?P<y>\d{4})\s*\))?", re.I)

_DECADE = re.compile(rf"(?:the\s+)?(?:(?P<part>{_PART})[\s-]+)?(?P<y>\d{{3}})0['’]?s", re.I)

_SEASON_YEAR = re.compile(rf"(?:the\s+)?(?P<s>{_SEASON})\s+(?:of\s+)?(?P<y>{YEAR})", re.I)

# a quarter, a half or a fiscal year as statistics write them: "Q1 2019", "2019Q3", "1Q19", "H1 2018", "FY2019"
_CODED_PERIOD = re.compile(
    rf"(?P<c>Q[1-4]|[1-4]Q|H[12]|[12]H|FY|CY)\s?(?P<y>{YEAR}|\d\d)|(?P<y2>{YEAR})\s?(?P<c2>Q[1-4]|H[12])")
_ORDINAL_WORD = {"1": "first", "2": "second", "3": "third", "4": "fourth"}

_HALF_YEAR = re.compile(
    rf"(?:the\s+)?(?P<w>first|second|third|fourth|last|1st|2nd|3rd|4th)[\s-]+(?P<u>half|quarter)(?:[\s-]year)?"
    rf"(?:\s+of\s+(?:(?P<y>{YEAR})|the\s+year)|\s+(?P<y2>{YEAR}))?", re.I)

_MONTHS_SPAN = re.compile(
    rf"(?i)(?:(?:between|from|in|during|for|of)\s+)?(?:the\s+)?(?P<a>{MONTH_WORD}|{MONTH_SHORT}\.?)\s*"
    rf"(?:[-–]|-to-|\s(?:and|to|through|till|until)\s)\s*(?P<b>{MONTH_WORD}|{MONTH_SHORT}\.?)(?:\s+period)?"
    rf"(?:,?\s+(?:of\s+)?(?:(?P<y>{YEAR})|(?P<w>this|last|next)\s+year))?")
_MONTH_RANGE = re.compile(rf"(?P<a>{MONTH_BARE})\s*[-–]\s*(?P<b>{MONTH_BARE})(?:,?\s+(?:of\s+)?(?P<y>{YEAR}))?")
_MONTH_OF_YEAR = re.compile(rf"(?:the\s+)?(?P<w>first|last|final)\s+month\s+of\s+(?P<y>{YEAR})", re.I)
_PART_YEAR = re.compile(rf"(?P<part>{_PART})[\s-]+(?:(?P<y>{YEAR})|the\s+year)", re.I)

def _second_year(a: int, b: str) -> int:
    """The year two digits after a first year name: "2013/14" → 2014, "1999/00" and "1999–2000" → 2000."""
    y = (a // 100) * 100 + int(b)
    return y + 100 if y < a else y


# "the 2013/14 marketing year (November/October)" (dategrammar's marketing-year forms)
_MARKETING_YEAR = re.compile(
    rf"(?:the\s+)?(?:(?:marketing|consumption)\s+year\s+(?:of\s+)?)?(?P<a>{YEAR})\s*/\s*(?P<b>{YEAR}|\d\d)"
    rf"(?P<kind>\s+(?:marketing|consumption|agricultural)\s+year)?"
    rf"(?:\s*\(\s*(?P<m1>{_MONTH_ANY})\s*[/-–]\s*(?P<m2>{_MONTH_ANY})\s*\))?", re.I)
_YEAR_RANGE = re.compile(
    rf"(?:(?:between|from)\s+)?(?P<a>{YEAR})\s*(?:-|–|/|to|and|until|till)\s*(?P<b>{YEAR}|\d\d)", re.I)

_SLASH_MONTH = re.compile(r"(?P<m>\d{1,2})/(?:(?P<d>\d{1,2})/)?(?P<y>\d\d(?:\d\d)?)E?")
_YMD_DOTS = re.compile(r"(?P<y>1[6-9]\d\d|20\d\d)(?:\.\s?(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})\.?|"
                       r"-(?P<m2>\d\d)-(?P<d2>\d\d)|/(?P<m3>\d\d)/(?P<d3>\d\d))")  # (and "2019-04-30", "2001/08/27")
_ROMAN_DATE = re.compile(rf"(?P<d>{_DAY})\.\s?(?P<m>{_ROMAN_MONTH})\.(?:\s?(?P<y>(?:1[6-9]\d\d|20\d\d)(?!\d)))?")

_ANAPHORIC = re.compile(
    r"(?i)^(?:(?:in|of|for|during|over|on|than|from)\s+)?(?:the\s+)?(?:"
    r"(?P<n>a|an|one|two|three|four|five|\d{1,2})\s+years?\s+(?P<dir1>earlier|later|before|after)|"
    r"(?P<dir2>previous|preceding|following|next|prior)\s+year|year\s+(?P<dir3>before|after)|"
    r"(?:same|corresponding)\s+(?:time\s+)?(?:period|months?|days?|weeks?|quarter|time)\s+(?:of\s+|in\s+)?(?:the\s+)?"
    r"(?:(?P<dir4>last|previous)\s+year|year\s+(?P<dir5>before)|a\s+year\s+(?P<dir6>earlier|before|ago)))$"
)

_N = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def anaphoric_offset(expr: str) -> int | None:
    """Years from the governing date: 'a year earlier' → -1, 'two years later' → 2; None if not anaphoric."""
    m = _ANAPHORIC.match(" ".join(expr.split()))
    if not m:
        return None
    n = m["n"]
    k = (int(n) if n.isdigit() else _N[n.lower()]) if n else 1
    direction = next(m[g] for g in ("dir1", "dir2", "dir3", "dir4", "dir5", "dir6") if m[g]).lower()
    return -k if direction in ("earlier", "before", "previous", "preceding", "prior", "last", "ago") else k


# a shorter time counted from the governing date: "a week earlier", "two months before", "three days later"
# — and "the previous month", "the week before", "the following day": one of them (corpus: baseline-anaphoric)
_SHORT_ANAPHORIC = re.compile(
    r"(?i)^(?:(?:in|of|for|on|than|from)\s+)?(?:(?P<n>a|an|one|two|three|four|five|six|\d{1,2})\s+"
    r"(?P<unit>day|week|month)s?\s+(?P<dir>earlier|later|before|after)|the\s+(?:(?P<dir2>previous|preceding|prior|"
    r"following)\s+(?P<unit2>day|week|month)|(?P<unit3>day|week|month)\s+(?P<dir3>before|after)))$")


def anaphoric_shift(expr: str) -> tuple[int, str] | None:
    """How far an anaphoric date counts from the governing date, and in what: 'a year earlier' → (-1, 'year'),
    'two weeks before' → (-2, 'week'), 'a month later' → (1, 'month'); None if not anaphoric."""
    off = anaphoric_offset(expr)
    if off is not None:
        return off, "year"
    m = _SHORT_ANAPHORIC.match(" ".join(expr.split()))
    if not m:
        return None
    n = m["n"] or "1"
    k = int(n) if n.isdigit() else _N[n.lower()]
    direction, unit = (m["dir"] or m["dir2"] or m["dir3"]).lower(), (m["unit"] or m["unit2"] or m["unit3"]).lower()
    return (-k if direction in ("earlier", "before", "previous", "preceding", "prior") else k), unit


def shifted_span(span: tuple[date, date], n: int, unit: str) -> tuple[date, date]:
    """A span moved ``n`` days, weeks or months (a month keeps its day, or the month's last; a day moved by months is
    the month it lands in)."""
    if unit == "month":
        lo, hi = _add_months(span[0], n), _add_months(span[1], n)
        if span[0] == span[1]:  # "a month before" a day is that month, not a day of it (no finer than it is said)
            return _month_span(lo.year, lo.month)
        if span[1].day == calendar.monthrange(span[1].year, span[1].month)[1]:  # a whole month stays whole
            hi = hi.replace(day=calendar.monthrange(hi.year, hi.month)[1])
        return lo, hi
    days = timedelta(days=n * (7 if unit == "week" else 1))
    return span[0] + days, span[1] + days


def _strip_ordinal(d: str) -> int:
    return int(re.sub(r"\D", "", d))


def _absolute_span(e: str, doc: date | None) -> tuple[tuple[date, date], str] | None:
    """Day bounds of an absolute expression, with a remark on how it was read."""
    m = _DAY_TO_DAY.fullmatch(e)
    if m:  # "1 January-30 June 2017" (a start after its end is of the year before: "1 December-31 March 2017")
        y = int(m["y"])
        m1, m2 = _MONTH_NUM[m["m1"][:3].lower()], _MONTH_NUM[m["m2"][:3].lower()]
        try:
            hi = date(y, m2, _strip_ordinal(m["d2"]))
            lo = date(y - (m1 > m2), m1, _strip_ordinal(m["d1"]))
        except ValueError:
            return None
        return (lo, hi), ""
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
    m = _CODED_PERIOD.fullmatch(e)
    if m:  # "Q1 2019", "2019Q3", "H1 2018", "1H18" are quarters and halves; "FY2019" the year (corpus: coded-period)
        y = two_digit_year(m["y"] or m["y2"])
        code = (m["c"] or m["c2"]).upper()
        if code.startswith("FY") or code.startswith("CY"):
            return (date(y, 1, 1), date(y, 12, 31)), ""
        n = next(ch for ch in code if ch.isdigit())
        return _half(_ORDINAL_WORD[n], "quarter" if "Q" in code else "half", y), ""
    m = _HALF_YEAR.fullmatch(e)
    if m:
        named = m["y"] or m["y2"]
        if not named and doc is None:
            return None
        y = int(named) if named else doc.year  # type: ignore[union-attr]
        return _half(m["w"], m["u"], y), ("" if named else f"year {y} from the document date")
    m = _MONTH_OF_YEAR.fullmatch(e)
    if m:  # "the first month of 2012": January 2012; "the last month of 2014": December
        return _month_span(int(m["y"]), 1 if m["w"].lower() == "first" else 12), ""
    m = _PART_YEAR.fullmatch(e)
    if m:
        if not m["y"] and doc is None:
            return None
        y = int(m["y"]) if m["y"] else doc.year  # type: ignore[union-attr]
        return _part(m["part"], date(y, 1, 1), date(y, 12, 31)), ("" if m["y"] else f"year {y} from the document date")
    m = _SLASH_MONTH.fullmatch(e)
    if m:  # "(6/98)": June 1998; "(1/1/00)": 1 January 2000 (corpus: slash-month)
        y, mo = two_digit_year(m["y"]), int(m["m"])
        if m["d"]:
            on = date(y, mo, int(m["d"]))
            return (on, on), ""
        return _month_span(y, mo), ""
    m = _MARKETING_YEAR.fullmatch(e)
    if m and (m["m1"] or m["kind"] or re.match(r"(?i)(?:the\s+)?(?:marketing|consumption)", e)):
        a, b = int(m["a"]), m["b"]
        bi = int(b) if len(b) == 4 else _second_year(a, b)
        if bi != a + 1:
            return None
        # the DPRK's marketing year runs November to October unless the text names its months
        m1 = _MONTH_NUM[m["m1"][:3].lower()] if m["m1"] else 11
        m2 = _MONTH_NUM[m["m2"][:3].lower()] if m["m2"] else 10
        if m2 >= m1:  # "2013/14 (January/December)" is no split year
            return None
        last = _month_span(bi, m2)[1]
        return (date(a, m1, 1), last), ("" if m["m1"] else "a marketing year of the DPRK, November to October")
    m = _YEAR_RANGE.fullmatch(e)
    if m:
        a, b = int(m["a"]), m["b"]
        bi = int(b) if len(b) == 4 else _second_year(a, b)
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
    m = _YMD_DOTS.fullmatch(e)
    if m:  # 2024.1.17: the day, or nothing if there is no such day
        try:
            d = date(int(m["y"]), int(m["m"] or m["m2"] or m["m3"]), int(m["d"] or m["d2"] or m["d3"]))
        except ValueError:
            return None
        return (d, d), ""
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
    m = _MONTH_RANGE.fullmatch(e)
    if m:  # "January-August 2014", "January–February": the months from the first to the last, of one year
        if not m["y"] and doc is None:
            return None
        y = int(m["y"]) if m["y"] else doc.year  # type: ignore[union-attr]
        a, b = _MONTH_NUM[m["a"][:3].lower()], _MONTH_NUM[m["b"][:3].lower()]
        if b <= a:
            return None  # "November-February" crosses a year the text does not name
        return (_month_span(y, a)[0], _month_span(y, b)[1]), ("" if m["y"] else f"year {y} from the document date")
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


_CLOSED_RANGE = re.compile(r"(?i)\d\s*(?:to|until|till|through|[-–])\s*\S")
_MONTHS_OF_YEAR = re.compile(rf"(?:the\s+)?(?P<w>first|last)\s+(?P<n>\S+)\s+months\s+(?:of|in)\s+(?P<y>{YEAR})", re.I)
_MONTH_OF_REL_YEAR = re.compile(rf"(?P<m>{MONTH_BARE}),?\s+(?:of\s+)?(?P<w>this|last|next)\s+year", re.I)
# "late August last year", "the end of September last year": a part of a month of a year counted from the document's;
# "autumn last year", "the spring of this year": a season of it
_PART_OF_MONTH_REL = re.compile(rf"(?P<part>.+?[\s-]){MONTH_BARE}(?P<rel>,?\s+(?:of\s+)?(?P<w>this|last|next)\s+year)|"
                                r"(?P<season>(?:the\s+)?(?:spring|summer|autumn|fall|winter))(?:\s+(?:period|season|months))?"
                                r"(?P<rel2>\s+(?:of\s+)?(?P<w2>this|last|next)\s+year)", re.I)


def in_year(d: date, year: int) -> date:
    """The document's date moved to another year, to read a month or a season of that year (a 29 February is
    the 28th)."""
    return d.replace(year=year, day=min(d.day, 28))


def resolve(expr: str, doc_date: date | None) -> Resolved | None:
    """Resolve a date expression found in a text (see ``TEXT_DATE_PATTERN``) said on ``doc_date``.

    Absolute expressions ("7 August 1957", "the 1970s", "Juche 43 (1954)", "late January") are
    ``explicit``; a bare month or day takes the document's year. Relative ones ("last year", "in one or
    two years", "yesterday", "Monday") are ``relative`` and need ``doc_date``. None if unreadable.
    """
    text = " ".join(expr.replace("’", "'").split())
    if not text.startswith("Juche") and "Juche" in text:
        text = JUCHE_BRACKET.sub(r"\1", text)  # "October 9, Juche 34 (1945)": the day of 1945 (corpus: juche-day)
    prep, core = _split_prep(text)
    on = f" in a text of {label(doc_date.isoformat())}" if doc_date else ""
    months = _MONTHS_SPAN.fullmatch(text)
    if months:  # "between January and November last year", "January-November 2014" (corpus: month-range)
        year = int(months["y"]) if months["y"] else (
            doc_date.year + {"this": 0, "last": -1, "next": 1}[months["w"].lower()] if months["w"] and doc_date
            else doc_date.year if doc_date else None)
        a, b = _MONTH_NUM[months["a"][:3].lower()], _MONTH_NUM[months["b"][:3].lower()]
        if year is None or b <= a:
            return None  # ("November-February" crosses a year the text does not name)
        edtf = _edtf_of((_month_span(year, a)[0], _month_span(year, b)[1]))
        how = "relative" if months["w"] else "explicit"  # (a month of no year takes the document's, as "January" does)
        return Resolved(edtf, how, f"'{expr.strip()}'{on if how == 'relative' else ''} → {edtf}" +
                        ("" if months["y"] or months["w"] else f" (year {year} from the document date)"))
    months = _MONTHS_OF_YEAR.fullmatch(core)
    if months and (k := _num(months["n"])) and 1 <= k <= 12:  # "the first eight months of 2018"
        y, first = int(months["y"]), months["w"].lower() == "first"
        edtf = _edtf_of((_month_span(y, 1 if first else 13 - k)[0], _month_span(y, k if first else 12)[1]))
        edtf = _edtf_of(_apply_prep(prep, bounds(edtf), doc_date)) if prep else edtf
        return Resolved(edtf, "explicit", f"'{expr.strip()}' → {edtf}")
    rel = _MONTH_OF_REL_YEAR.fullmatch(core)
    if rel:  # "August of this year": the month of a year counted from the document's
        if doc_date is None:
            return None
        y = doc_date.year + {"this": 0, "last": -1, "next": 1}[rel["w"].lower()]
        month = _month_span(y, _MONTH_NUM[rel["m"][:3].lower()])
        edtf = _edtf_of(_to_date(month) if prep in _TO_DATE else _apply_prep(prep, month, doc_date))
        return Resolved(edtf, "relative", f"'{expr.strip()}'{on} → {edtf}")
    part = _PART_OF_MONTH_REL.fullmatch(text)
    if part and doc_date is not None:  # read as the same words with the year written out, then said to be relative
        tail = "rel" if part["rel"] else "rel2"
        y = doc_date.year + {"this": 0, "last": -1, "next": 1}[(part["w"] or part["w2"]).lower()]
        of = " of" if tail == "rel2" and part[tail].strip().lower().startswith("of") else ""
        head = text[: part.start(tail)] if tail == "rel" else part["season"]  # ("the autumn period": its season)
        written = resolve(head + f"{of} {y:04d}", doc_date)
        if written is not None:
            return Resolved(written.edtf, "relative", f"'{expr.strip()}'{on} → {written.edtf}")
    off = anaphoric_offset(text)
    if off is not None:
        if doc_date is None:
            return None
        y = doc_date.year + off
        return Resolved(f"{y:04d}", "relative", f"'{expr.strip()}'{on} → {y}")
    short = anaphoric_shift(text)
    if short is not None:  # "a week earlier" with nothing governing: counted from the document's day
        if doc_date is None:
            return None
        edtf = _edtf_of(shifted_span((doc_date, doc_date), *short))
        return Resolved(edtf, "relative", f"'{expr.strip()}'{on} → {edtf}")
    if _RULES_RELATIVE.fullmatch(core):
        if doc_date is None:
            return None
        span = _weekday(core, doc_date) if _is_weekday(core) else _relative_span(core, doc_date)
        if span is None:
            return None
        edtf = _edtf_of(_apply_prep(prep, span, doc_date))
        weak = bool(_WEAK.fullmatch(core)) and prep is None
        return Resolved(edtf, "relative", f"'{expr.strip()}'{on} → {edtf}", weak)
    if prep == "from" and _CLOSED_RANGE.search(core):
        prep = None  # "from 1998 to 2008" is the span 1998-2008, not from 1998 on (corpus: change-from-to)
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
