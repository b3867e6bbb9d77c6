"""Dates: the EDTF subset of DESIGN.md §1 turned into day bounds, human labels and user input.

An EDTF string names a span of days. ``1949`` is the whole year, ``1957-08`` the month,
``197X`` the decade, ``2024-01-21/2024-01-31`` an interval, ``1968/..`` an open one and
``[1948..1982]`` one time somewhere in a span, not known where ("decades ago").
Every span has inclusive lower and upper bounds in days (an open end is MIN_DAY or MAX_DAY,
internally only). What a text *attests* is narrower for an open interval: ``1968/..`` and
``../1968`` both attest 1968, the closed end; the open side means "not known beyond this".
A "one of" span attests only that the time lies somewhere inside it, so a filter matches it
when the whole span lies inside the filter's. Filters and sorting use the attested span; plain
overlap of the bounds is on request.
This module imports nothing of the package but ``slotted``.
"""

from __future__ import annotations

import re
from datetime import date

from .slotted import Frozen

MIN_DAY = date.min  # 0001-01-01: an open start
MAX_DAY = date.max  # 9999-12-31: an open end

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_POINT = re.compile(
    r"(?P<year>\d{4}|\d{3}X|\d{2}XX)(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?(?P<q>[~?%])?"
)


class DateError(ValueError):
    """A date string outside the EDTF subset, or a date that does not exist."""


def _last_day(year: int, month: int) -> int:
    """The last day of a month (``calendar.monthrange(year, month)[1]``, without importing calendar)."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


class Point(Frozen):
    """One EDTF date at its own precision: year (or decade/century), month or day."""

    __slots__ = ("day", "month", "qualifier", "year")
    _fields = ("year", "month", "day", "qualifier")
    year: str  # "1957", "197X", "19XX"
    month: int | None
    day: int | None
    qualifier: str | None  # "~" approximate, "?" uncertain, "%" both

    def __init__(self, year: str, month: int | None = None, day: int | None = None,
                 qualifier: str | None = None) -> None:
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "month", month)
        object.__setattr__(self, "day", day)
        object.__setattr__(self, "qualifier", qualifier)

    @property
    def precision(self) -> str:
        if self.year.endswith("XX"):
            return "century"
        if self.year.endswith("X"):
            return "decade"
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def bounds(self) -> tuple[date, date]:
        if "X" in self.year:
            lo = int(self.year.replace("X", "0"))
            hi = int(self.year.replace("X", "9"))
            return date(lo, 1, 1), date(hi, 12, 31)
        y = int(self.year)
        if self.month is None:
            return date(y, 1, 1), date(y, 12, 31)
        if self.day is None:
            return date(y, self.month, 1), date(y, self.month, _last_day(y, self.month))
        d = date(y, self.month, self.day)
        return d, d

    def edtf(self) -> str:
        s = self.year
        if self.month is not None:
            s += f"-{self.month:02d}"
        if self.day is not None:
            s += f"-{self.day:02d}"
        return s + (self.qualifier or "")

    def label(self) -> str:
        p = self.precision
        if p == "century":
            text = f"{self.year[:2]}00s"
        elif p == "decade":
            text = f"{self.year[:3]}0s"
        elif p == "year":
            text = self.year
        elif p == "month":
            text = f"{_MONTHS[self.month - 1]} {self.year}"  # type: ignore[index,operator]
        else:
            text = f"{self.day} {_MONTHS[self.month - 1]} {self.year}"  # type: ignore[index,operator]
        if self.qualifier in ("~", "%"):
            text = "c. " + text
        if self.qualifier in ("?", "%"):
            text += "?"
        return text


class When(Frozen):
    """A parsed EDTF value: a single point or an interval whose ends may be open."""

    __slots__ = ("attested", "end", "is_interval", "lower", "one_of", "start", "upper")
    _fields = ("start", "end", "is_interval", "one_of")  # what it is equal by and shown as
    start: Point | None  # None: open ("..")
    end: Point | None
    is_interval: bool
    one_of: bool  # [a..b]: one time somewhere from a to b, not the whole of it
    # Derived once, when parsed (a base asks them of every fact, often many times):
    lower: date  # first day, MIN_DAY when open below
    upper: date  # last day, MAX_DAY when open above
    # The days the text vouches for: a half-open interval's closed end, else the bounds.
    # ``../1968-04-25`` attests 25 Apr 1968 and ``1957/..`` the year 1957; a point or a closed
    # interval attests itself. Never MIN_DAY or MAX_DAY.
    attested: tuple[date, date]

    def __init__(self, start: Point | None, end: Point | None, is_interval: bool, one_of: bool = False) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "is_interval", is_interval)
        object.__setattr__(self, "one_of", one_of)
        lower = self.start.bounds()[0] if self.start else MIN_DAY
        upper = self.end.bounds()[1] if self.end else MAX_DAY
        if self.start is None:
            assert self.end is not None
            attested = self.end.bounds()
        elif self.end is None:
            attested = self.start.bounds()
        else:
            attested = lower, upper
        object.__setattr__(self, "lower", lower)
        object.__setattr__(self, "upper", upper)
        object.__setattr__(self, "attested", attested)

    @property
    def open_start(self) -> bool:
        return self.is_interval and self.start is None

    @property
    def open_end(self) -> bool:
        return self.is_interval and self.end is None

    @property
    def qualifier(self) -> str | None:
        return (self.start and self.start.qualifier) or (self.end and self.end.qualifier) or None

    def edtf(self) -> str:
        if not self.is_interval:
            assert self.start is not None
            return self.start.edtf()
        if self.one_of:
            assert self.start is not None and self.end is not None
            return f"[{self.start.edtf()}..{self.end.edtf()}]"
        a = self.start.edtf() if self.start else ".."
        b = self.end.edtf() if self.end else ".."
        return f"{a}/{b}"

    def label(self) -> str:
        """A short human label at the date's own precision: 1949, Aug 1957, late Jan 2024."""
        if not self.is_interval:
            assert self.start is not None
            return self.start.label()
        s, e = self.start, self.end
        if self.one_of:
            assert s is not None and e is not None
            return f"sometime {s.label()}–{e.label()}"
        if s is None and e is not None:
            return f"until {e.label()}"
        if e is None and s is not None:
            return f"from {s.label()}"
        assert s is not None and e is not None
        part = _part_of_month(s, e)
        if part:
            return part
        if s.precision == e.precision == "year":
            return f"{s.label()}–{e.label()}"
        if (
            s.precision == e.precision == "month"
            and s.year == e.year
            and not s.qualifier
            and not e.qualifier
        ):
            return f"{_MONTHS[s.month - 1]}–{e.label()}"  # type: ignore[index,operator]
        return f"{s.label()} – {e.label()}"


def _part_of_month(s: Point, e: Point) -> str | None:
    """'early/mid/late Jan 2024' for intervals of days 1–10, 11–20 and 21–end of one month."""
    if s.precision != "day" or e.precision != "day" or s.qualifier or e.qualifier:
        return None
    if (s.year, s.month) != (e.year, e.month):
        return None
    last = _last_day(int(s.year), s.month)  # type: ignore[arg-type]
    month = f"{_MONTHS[s.month - 1]} {s.year}"  # type: ignore[index,operator]
    if s.day == 1 and e.day == last:
        return month
    for name, lo, hi in (("early", 1, 10), ("mid", 11, 20), ("late", 21, last)):
        if s.day == lo and e.day == hi:
            return f"{name} {month}"
    return None


def _point(text: str) -> Point:
    m = _POINT.fullmatch(text)
    if not m:
        raise DateError(f"{text!r} is not a date of the EDTF subset (e.g. 1957, 1957-08, 1957-08-07, 197X)")
    year, month, day = m["year"], m["month"], m["day"]
    if "X" in year and month:
        raise DateError(f"{text!r}: a decade or century takes no month")
    p = Point(year, int(month) if month else None, int(day) if day else None, m["q"])
    try:
        p.bounds()
    except ValueError as err:
        raise DateError(f"{text!r}: {err}") from None
    return p


_CACHE: dict[str, When] = {}


def parse(text: str) -> When:
    """Parse an EDTF value of the subset; raise DateError with a fix-it message otherwise."""
    hit = _CACHE.get(text)
    if hit is not None:
        return hit
    if not isinstance(text, str) or not text:
        raise DateError("empty date")
    s = text
    if s.startswith("[") or s.endswith("]"):
        when = _one_of(text)
    elif "/" in s:
        a, _, b = s.partition("/")
        start = None if a == ".." else _point(a)
        end = None if b == ".." else _point(b)
        if start is None and end is None:
            raise DateError(f"{text!r}: an interval needs at least one known end")
        when = When(start, end, True)
        if start and end and when.lower > when.upper:
            raise DateError(f"{text!r}: the interval ends before it starts")
    else:
        p = _point(s)
        when = When(p, p, False)
    if len(_CACHE) < 100_000:
        _CACHE[text] = when
    return when


def _one_of(text: str) -> When:
    """``[1948..1982]``: one time somewhere in a closed span (EDTF's "one of a set", as a range)."""
    a, sep, b = text[1:-1].partition("..")
    if not (text.startswith("[") and text.endswith("]") and sep and a and b) or "," in text:
        raise DateError(f"{text!r}: write one time somewhere in a span as [START..END], e.g. [1948..1982]")
    start, end = _point(a), _point(b)
    if start.precision != end.precision or start.qualifier or end.qualifier:
        raise DateError(f"{text!r}: both ends of [START..END] need the same precision and no qualifier, "
                        "e.g. [1948..1982] or [1910-01..1945-08]")
    when = When(start, end, True, one_of=True)
    if when.upper <= start.bounds()[1]:
        raise DateError(f"{text!r}: the span must run forward from START to a later END")
    return when


def bounds(text: str) -> tuple[date, date]:
    """Inclusive day bounds of an EDTF value."""
    w = parse(text)
    return w.lower, w.upper


def label(text: str) -> str:
    return parse(text).label()


def overlaps(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def attested(text: str) -> tuple[date, date]:
    """Inclusive day bounds of what an EDTF value attests (see ``When.attested``)."""
    return parse(text).attested


def matches(text: str, span: tuple[date, date], overlap: bool = False) -> bool:
    """Does the time ``text`` fall in ``span``? By what it attests; by its whole bounds if ``overlap``.

    An open end means "not known beyond this", not "forever": ``../1968`` is not a fact about
    1957 unless ``overlap`` asks for every time it might cover. A "one of" span ``[1948..1982]``
    ("decades ago") is a fact about 1957 only with ``overlap``; it is one about 1940–1990.
    """
    w = parse(text)
    if overlap:
        return overlaps((w.lower, w.upper), span)
    if w.one_of:  # somewhere in it, not known where: in the span only if all of it is
        return span[0] <= w.lower and w.upper <= span[1]
    return overlaps(w.attested, span)


def order_key(text: str) -> tuple[date, date, int]:
    """Time order that stays sensible for open ends: by the attested span, and at one attested
    time "until X" before X before "from X"."""
    w = parse(text)
    lo, hi = w.attested
    return lo, hi, -1 if w.open_start else 1 if w.open_end else 0


def from_bounds(lo: date, hi: date) -> str:
    """The shortest EDTF string for a span of days (whole years and months collapse)."""

    if lo == hi:
        return lo.isoformat()
    if lo == date(lo.year, 1, 1) and hi == date(hi.year, 12, 31):
        return str(lo.year) if lo.year == hi.year else f"{lo.year}/{hi.year}"
    if lo.day == 1 and hi.day == _last_day(hi.year, hi.month):
        a, b = f"{lo.year}-{lo.month:02d}", f"{hi.year}-{hi.month:02d}"
        return a if a == b else f"{a}/{b}"
    return f"{lo.isoformat()}/{hi.isoformat()}"


# --- user input ---------------------------------------------------------------------------
#
# One strict reader for every date a user types (filters, ``ingest --date``, ``extract --date``,
# ``diff FROM TO``). It reads the EDTF subset and a few spelled-out forms, and refuses everything
# else rather than guessing: no two-digit years, no month 13, no day-first/month-first puzzles,
# and nothing that depends on today's date.

USER_DATE_EXAMPLES = "1957, 1957-08, 1957-08-07, 'Aug 1957', '7 August 1957', 'August 7, 1957', 1960s, 1946/1950"

_MONTH_NAMES: dict[str, int] = {}
for _i, _full in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                            "september", "october", "november", "december"), 1):
    _MONTH_NAMES[_full] = _i
    _MONTH_NAMES[_full[:3]] = _i
_MONTH_NAMES["sept"] = 9

_MON = r"(?P<mon>[A-Za-z]+)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d+)"
# patterns, compiled by re (and kept in its cache) when a date is typed that is not EDTF
_SPELLED = (
    rf"{_MON},?\s+{_YEAR}",  # Aug 1957
    rf"{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}",  # 7 August 1957
    rf"{_MON}\s+{_DAY},?\s+{_YEAR}",  # August 7, 1957
    rf"{_YEAR}\s+{_MON}(?:\s+{_DAY})?",  # 1957 August (7)
)
_NUMERIC = r"(?P<year>\d+)-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?"
_DECADE = r"(?:the\s+)?(?P<dec>\d+)0'?s"  # read with re.I


def _refuse(text: str, why: str = "") -> DateError:
    reason = why or f"cannot read {text!r} as a date"
    return DateError(f"{reason}; give a date such as {USER_DATE_EXAMPLES}")


def _numeric_date(s: str) -> str:
    """Why a numeric date (``31/12/2024``, ``07.08.1957``) is not read, with the ISO form to write."""
    m = re.fullmatch(r"(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})", s)
    if m:
        a, b, year = int(m[1]), int(m[2]), int(m[3])

        def iso(month: int, day: int) -> str | None:
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                return None

        readings = list(dict.fromkeys(r for r in (iso(b, a), iso(a, b)) if r))  # day first, then month first
        if len(readings) == 1:
            return f"numeric dates are not read; write {readings[0]}"
        if readings:
            return f"day and month order is ambiguous in numeric dates (write {readings[0]} or {readings[1]})"
        return f"{s[: m.end(2)]!r} is no day and month in either order"  # ("31/31/2019", "30.02.2019")
    return "day and month order is ambiguous in numeric dates"


def _year(digits: str, text: str) -> str:
    if len(digits) != 4:
        raise _refuse(text, f"year {digits!r} is not four digits (write 1957, not 57)")
    if digits == "0000":
        raise _refuse(text, "there is no year 0")
    return digits


def _ymd(text: str, year: str, month: int | None, day: int | None) -> str:
    if month is not None and not 1 <= month <= 12:
        raise _refuse(text, f"there is no month {month}")
    if day is not None:
        assert month is not None
        last = _last_day(int(year), month)
        if not 1 <= day <= last:
            raise _refuse(text, f"{_MONTHS[month - 1]} {year} has no day {day}")
    s = year
    if month is not None:
        s += f"-{month:02d}"
    if day is not None:
        s += f"-{day:02d}"
    return s


def user_edtf(text: str) -> str:
    """Read a date a user typed as the EDTF string it names; raise DateError with examples otherwise.

    EDTF of the subset is kept as typed (``1957-08``, ``1946/1950``, ``197X``, ``1964~``); ``1957-8-7``,
    ``Aug 1957``, ``7 August 1957``, ``August 7, 1957``, ``1957 August`` and ``1960s`` are spelled-out
    forms of the same thing. A partial date stays partial: ``Aug 1957`` is the whole month.
    """
    if not isinstance(text, str):
        raise _refuse(repr(text))
    s = " ".join(text.split())
    if not s:
        raise _refuse(text, "empty date")
    try:
        parse(s)
        return s
    except DateError as err:
        edtf_error = err
    m = re.fullmatch(_NUMERIC, s)
    if m:
        year = _year(m["year"], text)
        return _ymd(text, year, int(m["month"]), int(m["day"]) if m["day"] else None)
    m = re.fullmatch(_DECADE, s, re.I)
    if m:
        if len(m["dec"]) != 3:
            raise _refuse(text, f"a decade is four digits and an s (1960s, not {m['dec']}0s)")
        return m["dec"] + "X"
    for pattern in _SPELLED:
        m = re.fullmatch(pattern, s)
        if not m:
            continue
        month = _MONTH_NAMES.get(m["mon"].lower())
        if month is None:
            raise _refuse(text, f"{m['mon']!r} is not a month name")
        year = _year(m["year"], text)
        return _ymd(text, year, month, int(m["day"]) if m.groupdict().get("day") else None)
    if re.fullmatch(r"[\d\s./-]+", s) and re.search(r"\d", s) and ("/" in s or "." in s):
        if re.fullmatch(r"\d{4}(?:[-/]\d{1,2}){0,2}(?:/\d{4}(?:-\d{1,2}){0,2})?", s):
            raise _refuse(text, str(edtf_error).split(" (e.g.")[0])
        raise _refuse(text, _numeric_date(s))
    if re.fullmatch(r"\d+", s):
        _year(s, text)
    span = (re.fullmatch(r"(\d{4})\s*[-–—]\s*(\d{4})", s)
            or re.fullmatch(r"(\d{4}(?:-\d\d){0,2})\s*(?:[–—]|\s-\s)\s*(\d{4}(?:-\d\d){0,2})", s))
    if span:  # "2023-2024": a span written with a dash, which EDTF reads as year-month
        a, b = span.groups()
        raise _refuse(text, f"a span is written with a slash in EDTF: {a}/{b} (or --from {a} --to {b})")
    if re.match(r"\d{4}", s):  # EDTF-like but wrong: say what EDTF objected to
        raise _refuse(text, str(edtf_error).split(" (e.g.")[0])
    raise _refuse(text)


def user_span(text: str) -> tuple[date, date]:
    """Read a date a user typed as inclusive day bounds (see ``user_edtf`` for what is read).

    ``1957`` is the whole year, ``Aug 1957`` the whole month; nothing depends on today's date. A
    "one of" span (``[1948..1982]``) names no span to search and is refused, not read as its bounds.
    """
    w = parse(user_edtf(text))
    if w.one_of:
        raise _refuse(text, f"{text!r} is one time somewhere in a span, not a span to search "
                            f"(the span itself is {w.start.edtf()}/{w.end.edtf()})")  # type: ignore[union-attr]
    return w.lower, w.upper
