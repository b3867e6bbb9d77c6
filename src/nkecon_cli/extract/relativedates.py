"""Relative date expressions resolved against the document's date: "last autumn", "in one or two years",
"the first ten days this year", "yesterday", "Monday", "two years ago", "in recent years".

``_relative_span`` gives the day bounds of one expression; ``resolve_relative`` its EDTF, with a leading
"since", "from", "until", "before", "after" or "by" applied (``_apply_prep``). The calendar arithmetic of
seasons, parts of periods ("early", "the end of"), halves and quarters is here, shared with ``resolution``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any

from ..factbase.when import MAX_DAY, MIN_DAY, from_bounds
from .dategrammar import _MONTH_NUM, _PREP_RE, _RELATIVE_PATTERNS, _SEASON_MONTHS, _SMALL, _WEEKDAYS


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
    """early/mid/late (or the beginning/middle/end) of a month, a year or a decade: a month's thirds of days, a
    year's thirds of months (its beginning or end: its first or last month), a decade's halves and middle."""
    p = " ".join(part.lower().split())
    p = p if not p.endswith(" of") or p.startswith("the ") else f"the {p}"  # "end of March": the end of March
    p = f"the {p} of" if p in ("end", "start") else p  # "end-2020", "end-June": the end of it, as the press writes
    part = p
    p = {"the beginning of": "early", "the start of": "early", "the middle of": "mid", "middle": "mid",
         "the end of": "late"}.get(p, p)
    if lo.year == hi.year and lo.month == hi.month:  # a month: days 1-10, 11-20, 21-end
        last = hi.day
        ranges = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}
        a, b = ranges[p]
        return date(lo.year, lo.month, a), date(lo.year, lo.month, b)
    if lo.year == hi.year:  # a year: thirds; its beginning or end is its first or last month, as "by the end of
        # 2015" is (corpus: end-of-year)
        edge = {"the beginning of": 1, "the start of": 1, "the end of": 12}.get(" ".join(part.lower().split()))
        if edge is not None:
            return date(lo.year, edge, 1), date(lo.year, edge, calendar.monthrange(lo.year, edge)[1])
        months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[p]
        return date(lo.year, months[0], 1), date(lo.year, months[1], calendar.monthrange(lo.year, months[1])[1])
    # a decade (or longer): first half, middle, second half
    span = hi.year - lo.year + 1
    if p == "early":
        return date(lo.year, 1, 1), date(lo.year + span // 2 - 1, 12, 31)
    if p == "late":
        return date(lo.year + span // 2, 1, 1), hi
    return date(lo.year + span * 3 // 10, 1, 1), date(lo.year + span * 7 // 10 - 1, 12, 31)


_ORDINAL_PART = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 0, "latter": 0, "1st": 1, "2nd": 2, "3rd": 3,
                 "4th": 4}


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

_PAST_DAYS = re.compile(r"(?:in|over|during) (?:the )?(?:past|last|previous|recent) (?P<n>.+?) (?P<u>weeks?|days?)")
_WITHIN = re.compile(
    r"(?i)(?P<prep>in|within|over|during)\s+(?:the\s+)?(?P<next>next\s+|coming\s+)?(?P<past>past\s+|last\s+|previous\s+)?"
    r"(?P<a>.+?)"
    r"(?:\s+(?:or|to|-|–)\s+(?P<b>.+?))?\s+(?P<unit>years?|months?)"
)


_DAY_OF_MONTH = re.compile(r"(?:(?P<prep>on|as of|since|from|until|till|by|after|before) )?(?:(?:around|about) )?"
                           r"(?:the )?(?P<day>\d{1,2})(?:st|nd|rd|th)(?: of (?:this|the same) month)?")
_MONTH_OF = re.compile(r"(?:the )?(first|last|final) month of (.+)")


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
    turn = re.fullmatch(r"(?:at |around )?the turn of the (millennium|century)", e)
    if turn:  # the last turn of a century (or of the millennium) the document has seen: in 2018, 2000
        y = 2000 if turn[1] == "millennium" or doc.year >= 1995 else 1900
        return date(y, 1, 1), date(y, 12, 31)
    day = _DAY_OF_MONTH.fullmatch(e)
    if day:  # "on the 19th": of the document's month, or of the month before when the day is still to come
        nth = int(day["day"])
        y, mo = doc.year, doc.month
        if nth > doc.day and doc.day != 1:  # (a document dated to its month only stands on its first day)
            y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
        if nth > calendar.monthrange(y, mo)[1]:
            return None
        # ("since around the 24th": from that day to the document's, as "since 2009" is; corpus: day-of-month)
        prep = day["prep"] if day["prep"] not in ("on", "as of") else None
        return _apply_prep(prep, (date(y, mo, nth), date(y, mo, nth)), doc)
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
    m = _MONTH_OF.fullmatch(e)
    if m:  # "the first month of last year": its January; "the last month of this year": its December
        yr = _rel_year(m[2], doc)
        return _month_span(yr, 1 if m[1] == "first" else 12) if yr is not None else None
    m = re.fullmatch(r"(?:the )?(first|second|third|fourth|last|latter) (half|quarter) of (.+)", e)
    if m:
        yr = _rel_year(m[3], doc)
        which = "second" if m[1] == "latter" else m[1]
        return _half(which, m[2], yr) if yr is not None else None
    m = re.fullmatch(r"(early|mid|middle|late|(?:the )?(?:beginning|start|middle|end) of)[\s-]+(.+)", e)
    if m and m[2].endswith(" month"):  # "early this month": the first third of the month (corpus: part-of-month)
        month = _relative_span(m[2], doc)
        return _part(m[1], *month) if month is not None else None
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
    m = _PAST_DAYS.fullmatch(e)
    if m and (n := _num(m["n"])) is not None:  # "over the past two weeks": those days up to the document
        return doc - _days(n * (7 if m["u"].startswith("week") else 1)), doc
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
