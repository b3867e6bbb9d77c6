"""The cells of one line of a table (corpus: grid-*): what separates them, and what each holds.

A line is cut into **cells** by what separates them: pipes, tabs or two and more spaces, and, after a row's label,
single spaces between figures ("Japan 197 193 4", "2015 -1.1"). Each cell is typed (``Tok.kind``):

- ``num``: a figure as tables print it — "12.4", "53.5b" (a footnote letter glued on), "25 887" (thousands grouped by
  spaces, a cell of its own), "53,5" (a decimal comma), "-0.4", "+3.9", "~300", "11.1M", "$700 Million", "64 years",
  "32%"; a share in parentheses beside it ("12.4 (5.7)") is a cell of its own (``share``), a time in parentheses after
  it ("$28 billion (2015 est.)") is the cell's own time, and the words of its unit after it ("14.51 births/1,000
  population") are its ``unit``;
- ``time``: "2012", "2012R" (revised), "1961 (plan)", "2015e", "2014/15", "FY2014", "Q1 2014", "2014.01", "Jan 2014",
  "(2015 est.)", and, in a line of times only, "Jan"; ``Tok.time`` is the phrase the date resolver reads ("January
  2014") and ``Tok.mark`` whether the time is of a plan or an estimate;
- ``empty`` ("-", "n.a.", "..", "x"), ``ditto`` ('"', "do."), and ``word`` (a label, a header, a unit).

``figure`` reads a figure cell's value, approximation and the unit it states itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dategrammar import YEAR, two_digit_year
from .numbers import GLUED_MULT, GLUED_YEAR, GLUED_YEAR_WORD

_MONTHS = {m[:3].lower(): m for m in ("January", "February", "March", "April", "May", "June", "July", "August",
                                       "September", "October", "November", "December")}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|" \
         r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_ORDINALS = {"1": "first", "2": "second", "3": "third", "4": "fourth"}
# ("2015 estimate", "2019 est.": an encyclopedia's infobox writes the word out)
_TAG = (r"(?:\(\s*(?:est|e|plan|target|proj|prel|prov|p|r|f|forecast|revised)\.?\s*\)|\s(?:est|proj|prel)\.|"
        r"\s(?:estimated?|projected|projection|forecast|preliminary)(?![\w-]))")

# one time, as a table prints it; the named groups say how to read it
_TIME = re.compile(
    rf"(?P<fy>(?:FY|CY)\s?)?(?:(?P<q1>Q[1-4])\s?(?P<qy>{YEAR})|(?P<qy2>{YEAR})\s?(?P<q2>Q[1-4])"
    rf"|(?P<my>{YEAR})(?:\.|M)(?P<mm>0[1-9]|1[0-2])(?![\d./-])"
    rf"|(?P<mon>{_MONTH})(?:[\s'-]+(?P<mony>{YEAR}|\d{{2}}(?!\d))|\s+(?P<day>[1-9])(?![\d,.]))?"
    rf"|(?P<y>{YEAR})(?P<span>[/–-]\d{{2}}(?!\d)|\s?[/–-]\s?{YEAR})?(?P<sfx>[A-Za-z*]{{1,2}}(?![A-Za-z]))?"
    rf"(?P<tag>\s?{_TAG})?)(?P<sep>\s?[:=]|\s[–—-](?=\s))?(?=\s|$|\|)"
)
# a plan's or a target's figure ("1961 (plan)", "1970*"); an estimate's, a forecast's or a projection's, and a
# preliminary or provisional figure's ("2015 est.", "2024e", "2025f", "2014p", "2026 proj."): a statistics office's
# "p" is preliminary, an outside body's forecast no plan of the country's (corpus: grid-year-marks)
_PLANNED = re.compile(r"(?i)plan|target|\*")
_ESTIMATED = re.compile(r"(?i)^est|^e$|proj|forecast|^f$|^p$|prelim|provisional")


def year_mark(tag: str | None) -> str:
    """What a time's tag says of its figure: "plan" ("1961 (plan)"), "estimate" ("2015 est.", "2024e", "2025f")."""
    tag = (tag or "").strip(" ().").lower()
    return "" if not tag else "estimate" if _ESTIMATED.search(tag) else "plan" if _PLANNED.search(tag) else ""

_CURRENCY = r"(?:US\$\s?|\$|€|£|¥|USD\s?|KPW\s?|KRW\s?)"
_UNIT_WORD = (r"(?:%|per\s?cent|percent|times|fold|years?|hundred|thousand|millions?|billions?|trillions?|mn|bn|mln|"
              r"short\s+tons?|tons?|tonnes?|t|kg|ha|hectares?|km2|km²|km|sq\.?\s?(?:mi|km)\.?|kWh|GWh|TWh|MW|GW|kW|"
              r"kilowatt-?hours?|bbl/d|bbl|barrels?|won|dollars?|"
              r"US\$|USD|people|persons)")
# one figure: approximation, sign, currency, the number (no spaces inside: single spaces part cells), unit words,
# and a footnote mark glued on
_NUM = re.compile(
    rf"(?P<approx>[~≈<>]\s?|(?:c|ca|approx)\.\s?|(?:about|around|some|nearly|almost|over|under|more\s+than|"
    rf"less\s+than)\s)?(?P<sign>[-−–+△])?(?P<cur>{_CURRENCY})?"  # ("△1.1": Korean tables' minus)
    r"(?P<n>(?!0\d)(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?!\d)|\d+(?:\.\d+)?))"
    rf"(?P<unit>(?-i:[KMB](?![\w$]))|(?:\s?{_UNIT_WORD}(?![\w$]))*)"
    r"(?P<mark>[a-z](?:,[a-z])*|[*†‡]{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})?(?=\s|$|\||\()", re.I)
# a cell that is a rate of people or their density: "14.5 per 1,000", "4.8 per 100 inhabitants", "219/km²"
_RATE_CELL = re.compile(
    r"(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:per\s+(?P<k>1[,.]?000|thousand)(?![\d,])|per\s+"
    r"(?P<l>100[ ,.]?000)|per\s+(?P<c>100)(?!\d)|"
    r"(?P<d>(?:(?:inhabitants|people|persons)\s?)?/\s?(?:km²|km2|sq\.?\s?km\.?)))"
    r"(?:\s+(?:people|persons|population|inhabitants|residents|live\s+births))?", re.I)
# a range in a cell: "1,800-1,900", "650~750", "2.5–3.0" — two figures written alike, the first the smaller (a span of
# years is a time, read before: corpus grid-range-cell)
_RANGE_CELL = re.compile(r"(?P<lo>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?[-–~]\s?(?P<hi>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
                         r"(?=\s|$|\|)")


# a year run into the figure after it, after a label's "in": "Total emissions in 201982.7m" is 82.7m in 2019


def range_of(cell: str) -> tuple[float, float] | None:
    """The two ends of a range cell ("1,800-1,900" → 1800, 1900), or None for any other cell."""
    m = _RANGE_CELL.fullmatch(cell.strip())
    if m is None or ("," in m["lo"]) != ("," in m["hi"]) or ("." in m["lo"]) != ("." in m["hi"]):
        return None  # (ends written otherwise are no range: "1946-1,200" is a year and a figure)
    lo, hi = float(m["lo"].replace(",", "")), float(m["hi"].replace(",", ""))
    return (lo, hi) if lo < hi else None


_NUM_MARK_CASE = re.compile(r"[A-Z]")  # a footnote mark is a small letter ("53.5b"), never "53.5B"
_SHARE = re.compile(r"\(\s*[-−–]?\d+(?:[.,]\d+)?\s*%?\s*\)")
# a figure's own time: "(2015 est.)", "(July 2020 est.)", "(2019)"
_TIME_PAREN = re.compile(rf"\(\s*(?:(?P<mon>{_MONTH})\s+)?(?P<y>{YEAR})(?:\s?[–-]\s?(?P<y2>{YEAR}))?"
                         r"(?:\s*(?P<tag>est|estimate|plan|target|proj|prel|e|p))?\.?\s*\)", re.I)


def _paren_time(m: re.Match[str]) -> str:
    if m["y2"]:
        return f"{m['y']}/{m['y2']}"  # "(1993–2008)": the span a rate is of
    return f"{_MONTHS[m['mon'][:3].lower()]} {m['y']}" if m["mon"] else m["y"]
# a cell of no figure ("-", "n.a.", "...", "x") and a ditto mark ('"', "do.", "ditto"); grid.py tells rows by them too
EMPTY_MARKS = r"[-–—]+|n\.?\s?a\.?|N\.?\s?A\.?|n/a|N/A|\.\.\.?|…|x|X"
DITTO_MARKS = r'"|〃|”|“|\'\'|do\.?|ditto'
_EMPTY = re.compile(rf"(?:{EMPTY_MARKS})(?=\s|$|\|)")
_DITTO = re.compile(rf"(?:{DITTO_MARKS})(?=\s|$|\|)", re.I)
_WORD = re.compile(r"\([^()]{0,60}\)|\S+")

# a grouped figure alone in its cell: "25 887", "3 060.9", "- 1 075", "24 512c"
_GROUPED = re.compile(r"[-−–]?\s?\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:[.,]\d+)?(?:[a-z](?:,[a-z])*)?")


@dataclass(frozen=True, slots=True)
class Tok:
    """One cell of a line: its span in the text, its kind, and for a time (or a figure's own time) the phrase the
    date resolver reads."""

    start: int
    end: int
    kind: str  # "num", "time", "month", "empty", "ditto", "word"
    time: str | None = None
    mark: str = ""  # "plan" or "estimate", as the time's tag says
    share: bool = False  # a share in parentheses beside a figure: "(5.7)"
    unit: tuple[int, int] | None = None  # the words of a figure's unit after it: "births/1,000 population"


def _time_phrase(m: re.Match[str]) -> tuple[str, str]:
    if m["q1"] or m["q2"]:
        q, y = (m["q1"] or m["q2"])[1], m["qy"] or m["qy2"]
        return f"the {_ORDINALS[q]} quarter of {y}", ""
    if m["my"]:
        return f"{list(_MONTHS.values())[int(m['mm']) - 1]} {m['my']}", ""
    if m["mon"]:
        name = _MONTHS[m["mon"][:3].lower()]
        y = m["mony"]
        gap = m.string[m.end("mon") : m.start("mony")] if y else ""
        dotted = m["mon"].endswith(".") or m.string[m.end("mon") : m.end("mon") + 1] == "."
        if m["day"] or (y and len(y) == 2 and (m["mon"] == name or dotted) and not gap.strip(". ") and
                        1 <= int(y) <= 31):
            # ("Jan. 19": the press's cut month with its dot, and a day of it)
            # "October 10  October 17": a month named in full and a day of it, of the year the table is read in (but
            # "Oct-10", "Jan '98" are a month and its year) (corpus: grid-day-of-month)
            return f"{name} {int(m['day'] or y)}", ""
        if y and len(y) == 2:
            y = ("19" if int(y) > 50 else "20") + y
        return (f"{name} {y}" if y else name), ""
    y = m["y"]
    tag = (m["tag"] or "").strip(" ().").lower() or (m["sfx"] or "").lower()
    phrase = y
    if m["span"]:
        end = re.sub(r"[\s/–-]", "", m["span"])
        phrase = f"{y}/{end if len(end) == 4 else y[:2] + end}"
    return phrase, year_mark(tag)


_DAY_OF = re.compile(r"(0?[1-9]|[12]\d|3[01])\s+(?=[A-Z])")  # a day of the month, before a month's name


def _atoms(text: str, a: int, b: int, grouped: bool) -> list[Tok]:
    """The cells of one segment of a line (offsets into ``text``): a label of words, then figures and times."""
    seg = text[a:b]
    if grouped and _GROUPED.fullmatch(seg.strip()):
        lead = len(seg) - len(seg.lstrip())
        return [Tok(a + lead, a + len(seg.rstrip()), "num")]
    out: list[Tok] = []
    pos = 0
    n = len(seg)
    year_next: str | None = None  # a year run into the figure after it
    while pos < n:
        if seg[pos].isspace():
            pos += 1
            continue
        if seg[pos].lower() not in _MAY_OPEN_FIGURE:  # a word that can open no time or figure: a label's word, at once
            m = _WORD.match(seg, pos)
            out.append(Tok(a + pos, a + m.end(), "word"))  # type: ignore[union-attr]
            pos = m.end()  # type: ignore[union-attr]
            continue
        tp = _TIME_PAREN.match(seg, pos) if seg[pos] == "(" else None
        if tp:  # "(2015 est.)" on a line of its own: the time of the figure above
            out.append(Tok(a + pos, a + tp.end(), "time", _paren_time(tp), year_mark(tp["tag"])))
            pos = tp.end()
            continue
        m = _TIME.match(seg, pos) if seg[pos] in _TIME_FIRST else None
        if m and m.end() > pos:
            phrase, mark = _time_phrase(m)
            end = m.start("sep") if m["sep"] else m.end()  # "1985: 5.2", "1985 – 5.2": the time, not its separator
            kind = "month" if m["mon"] and not m["mony"] and not m["day"] else "time"
            out.append(Tok(a + pos, a + end, kind, phrase, mark))
            pos = m.end()
            continue
        glued = GLUED_YEAR.match(seg, pos) if seg[pos].isdigit() and GLUED_YEAR_WORD.search(seg, 0, pos) else None
        if glued:  # "Emissions in 201982.7m": the label's year ran into its figure, the figure's time (glued-cells)
            year_next, pos = glued[0], glued.end()
            continue
        r = _RANGE_CELL.match(seg, pos) if seg[pos].isdigit() else None
        if r and range_of(r[0]) is not None:  # "1,800-1,900": one figure, a range
            out.append(Tok(a + pos, a + r.end(), "num"))
            pos = r.end()
            continue
        m = _NUM.match(seg, pos) if seg[pos].isdigit() or seg[pos].lower() in _NUM_FIRST else None
        if m and not _NUM_MARK_CASE.match(m["mark"] or "a"):
            if (day := _DAY_OF.match(seg, pos)) and (dm := _TIME.match(seg, day.end())) and dm["mon"] and \
                    dm["mony"] and len(dm["mony"]) == 4:
                # "Mission to DPR Korea, 28 November 2013": a day before its month and year is the date's, no
                # figure (corpus: grid-day-of-date)
                phrase, mark = _time_phrase(dm)
                end = dm.start("sep") if dm["sep"] else dm.end()
                out.append(Tok(a + pos, a + end, "time", f"{int(day[1])} {phrase}", mark))
                pos = dm.end()
                continue
            out.append(Tok(a + pos, a + m.end(), "num", year_next))
            year_next = None
            pos = m.end()
            p = m.end() + (len(seg[m.end():]) - len(seg[m.end():].lstrip()))
            tp = _TIME_PAREN.match(seg, p)
            sh = _SHARE.match(seg, p) if not tp else None
            if tp:
                last = out[-1]
                out[-1] = Tok(last.start, last.end, "num", _paren_time(tp), year_mark(tp["tag"]))
                pos = tp.end()
            elif sh:
                out.append(Tok(a + p, a + sh.end(), "num", share=True))
                pos = sh.end()
            continue
        for rx, kind in ((_EMPTY, "empty"), (_DITTO, "ditto"), (_WORD, "word")):
            m = rx.match(seg, pos)
            if m:
                out.append(Tok(a + pos, a + m.end(), kind))
                pos = m.end()
                break
        else:  # pragma: no cover - _WORD matches any non-space
            pos += 1
    return out


# the first characters of a time, a figure, an empty cell or a ditto mark (``_TIME``, ``_NUM``, ``EMPTY_MARKS``,
# ``DITTO_MARKS``): any other opens a word (tests/test_extract_speed.py checks the set against the full reading)
_MAY_OPEN_FIGURE = frozenset("0123456789([~≈<>-−–—+△$€£¥\"〃”“'.…" "acdfjklmnoqsux")  # letters: lowered

# the characters a time and a figure can begin with (``_TIME``'s are cased, ``_NUM``'s lowered, with the Kelvin sign
# and the long s that (?i) takes for k and s): a word that begins otherwise is tried against neither
_TIME_FIRST = frozenset("12ACDFJMNOQS")
_NUM_FIRST = frozenset("acklmnosu$+-<>~£¥–€−≈△\u212a\u017f")

_VALUE_KINDS = frozenset({"num", "empty", "ditto"})


def _labelled(text: str, toks: list[Tok]) -> list[Tok]:
    """A segment's cells with its leading words joined into one label cell: the label runs up to the trailing run of
    figures and times (a figure inside the label, "Top 10 exports", "Population (000, 2021)", stays in it). A segment
    of times alone ("Jan Feb Mar") keeps its cells."""
    if not toks or all(t.kind in ("time", "month") for t in toks):
        return toks
    k = len(toks)
    while k > 0 and (toks[k - 1].kind in _VALUE_KINDS or toks[k - 1].kind == "time"):
        k -= 1
    if k == 0:
        return toks
    if k == 1 and toks[0].kind == "word" and len(toks) == 2 and toks[1].kind == "time" and \
            _COLUMN_NUMBER.fullmatch(text[toks[0].start : toks[0].end]):
        return toks[1:]
    return [Tok(toks[0].start, toks[k - 1].end, "word"), *toks[k:]]


_COLUMN_NUMBER = re.compile(r"\(\d{1,2}\)")  # "(3) 1944": a column's number before its header


_UNIT_PHRASE_WORDS = 5


def _with_unit_words(toks: list[Tok]) -> list[Tok]:
    """A figure followed by the words of its unit and, at the end, maybe its time, as one figure cell:
    "14.51 births/1,000 population (2014 est.)", "199.54 inhabitants / sq. km. (2008)", "69.81 years"."""
    k = next((n for n in range(len(toks) - 1, -1, -1) if toks[n].kind == "num"), None)
    if k is None or toks[k].share:
        return toks
    tail = toks[k + 1 :]
    end = tail[-1] if tail and tail[-1].kind == "time" and tail[-1].time else None
    words = tail[:-1] if end else tail
    if not words or len(words) > _UNIT_PHRASE_WORDS or any(w.kind != "word" for w in words):
        return toks
    n = toks[k]
    cell = Tok(n.start, n.end, "num", end.time if end else n.time, end.mark if end else n.mark,
               unit=(words[0].start, words[-1].end))
    return [*toks[:k], cell]


def _one_cell(text: str, toks: list[Tok]) -> list[Tok]:
    """What stands between two pipes is one cell: a column's number before a time is dropped, a figure keeps the share
    beside it, and anything else is one cell of words."""
    if len(toks) <= 1 or (len(toks) == 2 and toks[1].share):
        return toks
    if len(toks) == 2 and toks[1].kind == "time" and _COLUMN_NUMBER.fullmatch(text[toks[0].start : toks[0].end]):
        return toks[1:]
    return [Tok(toks[0].start, toks[-1].end, "word")]


_SEPARATOR = re.compile(r"\t+|\s{2,}")
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$|^\s*[-=_]{5,}\s*$")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a block: where it is, how its cells are set apart, and its cells."""

    span: tuple[int, int]
    layout: str  # "pipe", "tab", "wide" (two spaces and more), "single", "colon" ("label: value")
    cells: tuple[Tok, ...]

    @property
    def nums(self) -> int:
        # (a pipe table's blank cell, "| |", holds no value: it keeps the columns aligned, and a header ending in
        # one is still a header)
        return sum(1 for c in self.cells if c.kind in _VALUE_KINDS and (c.end > c.start or c.kind != "empty"))

    @property
    def times(self) -> int:
        return sum(1 for c in self.cells if c.kind in ("time", "month"))


# "Population (2002E): 22.2 million", "Infant mortality rate: 26.8 deaths/1,000 live births (1995 est.)": a label
# (its time in parentheses), a colon, and a value that begins with its figure (corpus: grid-colon)
_COLON_LINE = re.compile(r"\s*(?:[-•*·–]\s+)?(?P<label>[A-Z][^:\d()]{0,60}(?:\([^()]{0,60}\)[^:\d()]{0,20})?|"
                         # a class of sizes ("over 3,047 m: 3", "2,438 to 3,047 m: 23": the label's figures name it)
                         r"(?:over|under|above|below|up\s+to)\s+[\d,.]+\s?[a-z²]{1,6}|"
                         r"[\d,.]+\s+to\s+[\d,.]+\s?[a-z²]{1,6}):[ \t]+(?P<value>\S.*)$")
# a value that names a thing and gives its figure in parentheses: "Breast (32.3)"
_NAMED_FIGURE = re.compile(r"[A-Z][\w' -]{0,30}\((?P<n>[\d.,]+)\)\s*$")
_LABEL_TIME = re.compile(
    r"\(\s*(?:(?P<m>\d{1,2})/(?:(?P<d>\d{1,2})/)?(?P<yy>\d{2}(?:\d{2})?)|(?P<y>(?:1[6-9]|20)\d\d))\s*"
    r"(?P<est>E|est\.?)?\s*\)", re.I)
_NOT_A_VALUE = re.compile(rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|[^=]*=")
_YEARS = re.compile(YEAR)
_VALUE_END = re.compile(r"[,;]$|^[-–—(]")


def _label_time(label: str) -> tuple[str, str] | None:
    """The time a label names in parentheses: "(2002E)" → 2002, an estimate; "(6/98)" → June 1998; "(1/1/02E)" →
    1 January 2002."""
    m = _LABEL_TIME.search(label)
    if m is None:
        return None
    mark = "estimate" if m["est"] else ""
    if m["y"]:
        return m["y"], mark
    month = int(m["m"])
    yy = m["yy"]
    year = str(two_digit_year(yy))
    if not 1 <= month <= 12:
        return None
    name = list(_MONTHS.values())[month - 1]
    return (f"{int(m['d'])} {name} {year}" if m["d"] else f"{name} {year}"), mark


_RANK_BRACKET = re.compile(r"(?i)\([^()]{0,20}\brank(?:ed|ing)?\b[^()]{0,20}\)")


def _colon_line(text: str, a: int, b: int) -> Line | None:
    """A "label: value" line whose value begins with a figure: the label, and the figure with its unit's words (up to a
    remark in parentheses or after a comma) and the label's time."""
    m = _COLON_LINE.match(text, a, b)
    if m is None or len(re.sub(r"\([^()]*\)", "", m["label"]).split()) > 8:
        return None
    if _NOT_A_VALUE.match(m["value"]):  # "9 September 1948" is a day, "100 Chon = 1 Won" a currency's parts
        return Line((a, b), "colon", (Tok(m.start("label"), b, "word"),))
    va, vb = m.start("value"), m.end("value")
    named = _NAMED_FIGURE.match(m["value"])
    if named is not None:
        va, vb = va + named.start("n"), va + named.end("n")
    value = text[va:vb].rstrip()
    rate = _RATE_CELL.match(value)
    if rate is not None and value[rate.end() :].lstrip()[:1] in ("", ",", ";", "("):
        # "4.8 per 100 Inhabitants", "216 Inhabitants/km²": the figure with its rate's words is one cell
        toks = [Tok(va, va + rate.end(), "num"), *_atoms(text, va + rate.end(), vb, False)]
    elif _GROUPED.fullmatch(value):
        toks = [Tok(va, va + len(value), "num")]
    else:
        toks = _atoms(text, va, vb, False)
    if not toks or toks[0].kind != "num" or toks[0].share:
        return None
    n, words = toks[0], []
    for t in toks[1 : 1 + _UNIT_PHRASE_WORDS]:
        body = text[t.start : t.end]
        if t.kind != "word" or _VALUE_END.match(body):
            break
        if _VALUE_END.search(body):  # "2,253 km; mostly navigable": the word is the unit, the stop ends the value
            if len(body) > 1:
                words.append(Tok(t.start, t.end - 1, "word"))
            break
        words.append(t)
    rest, ranked = toks[1 + len(words) :], False
    while rest and rest[0].kind == "word" and _RANK_BRACKET.fullmatch(text, rest[0].start, rest[0].end):
        rest, ranked = rest[1:], True  # "24.8 million people (World Rank: 50th) (2014 estimate)": a rank, no remark
    after = rest[0] if rest else None
    years = _YEARS.findall(text[after.start : after.end]) if after is not None and text[after.start] == "(" else []
    if not n.time and ranked and after is not None and after.kind == "time" and after.time:
        n = Tok(n.start, n.end, "num", after.time, after.mark)  # (… its time after the rank: corpus: field-time)
    elif not n.time and len(years) == 1:  # "28.5 Billion (nominal, 2018, CNBC)": the one year of its remark
        n = Tok(n.start, n.end, "num", years[0], "")
    lt = _label_time(m["label"])
    time, mark = (n.time, n.mark) if n.time else (lt if lt else (None, ""))
    cell = Tok(n.start, n.end, "num", time, mark, unit=(words[0].start, words[-1].end) if words else None)
    return Line((a, b), "colon", (Tok(m.start("label"), m.end("label"), "word"), cell))


_INNER_PIPE = re.compile(r"[ \t]*[^|\s][^|]{0,39}\|[ \t]*[^|\s][^|]{0,39}")


def read_line(text: str, a: int, b: int) -> Line:
    """A line's cells: pipes, else tabs and wide gaps, else single spaces after a label; a "label: value" line."""
    line = text[a:b]
    if line.count("|") == 1 and line.rstrip().endswith("|"):  # "169 |": a cell of a table set one cell a line
        b = a + len(line.rstrip()) - 1
        line = text[a:b]
    # (a table of two columns set with one pipe between them: "Year | Value", "2012 | 2.5" — corpus: grid-series-page)
    if line.count("|") >= 2 or (line.count("|") == 1 and _INNER_PIPE.fullmatch(line)):
        cells: list[Tok] = []
        s = line.rstrip()
        lo = len(line) - len(line.lstrip())
        lo += 1 if s[lo : lo + 1] == "|" else 0
        hi = len(s) - (1 if s.endswith("|") else 0)
        pos = lo
        for part in line[lo:hi].split("|"):
            lead = len(part) - len(part.lstrip())
            x, y = a + pos + lead, a + pos + lead + len(part.strip())
            cells.extend(_one_cell(text, _labelled(text, _cell_toks(text, _atoms(text, x, y, True), True)))
                         if y > x else [Tok(x, x, "empty")])
            pos += len(part) + 1
        return Line((a, b), "pipe", tuple(_first_label(text, cells)))
    body = line.rstrip()
    lead = len(body) - len(body.lstrip())
    segments: list[tuple[int, int]] = []
    pos = lead
    for m in _SEPARATOR.finditer(body, lead):
        if m.start() > pos:
            segments.append((pos, m.start()))
        pos = m.end()
    if pos < len(body):
        segments.append((pos, len(body)))
    layout = ("tab" if "\t" in body.strip() else "wide") if len(segments) > 1 else "single"
    out: list[Tok] = []
    separated = layout != "single"
    if not separated and ":" in body:
        colon = _colon_line(text, a, b)
        if colon is not None:
            return colon
    if not separated and len(segments) == 1:
        g = _GLUED_PAIR.search(body, segments[0][0])
        if g is not None and (_NUM.fullmatch(g["fig"]) or _RATE_CELL.fullmatch(g["fig"])):  # "Population26.5M": a
            # label run into its figure; "Infant mortality14.5 per 1,000", "Pop. density219/km²" (corpus: glued-label)
            segments = [(segments[0][0], g.start("fig")), (g.start("fig"), g.end("fig"))] + (
                [(g.start("tail"), g.end("tail"))] if g["tail"] else [])
            if _RATE_CELL.fullmatch(g["fig"]):  # the figure with its rate's words is one cell
                out = _labelled(text, _atoms(text, a + segments[0][0], a + segments[0][1], False))
                cell = Tok(a + g.start("fig"), a + g.end("fig"), "num")
                return Line((a, b), layout, (*_first_label(text, out), cell))
    for x, y in segments:
        out.extend(_labelled(text, _cell_toks(text, _atoms(text, a + x, a + y, separated), separated)))
    return Line((a, b), layout, tuple(_first_label(text, out)))


_GLUED_PAIR = re.compile(  # (a unit's own digit is no figure: "120,408 km2", "35 m3")
    r"(?<=[A-Za-z)])(?<!km)(?<![\s\d]m)(?P<fig>(?:US\$|\$)?[-−]?\d[\d,.]*(?:%|[KMB]|\s?per\s1,000|\s?per\s100,000|\s?per\s100|"
    r"\s?/\s?km²|\s?km²|\s?km2|\s(?:km|tons?|tonnes?|ha|hectares?|kWh|MW|GW|people|persons)|"
    r"\s(?:million|billion)(?:\s(?:tons?|tonnes?|people))?)?)"
    # ("Land area120,408 km2[1]", "Export valueUS$300 million (2017 est.)": a reference mark, the figure's time)
    r"(?P<ref>\[\d{1,3}\])?(?P<tail>\s*\(\s*(?:[A-Za-z]+\.?\s+)?\d{4}[^()]{0,12}\))?$")


def _first_label(text: str, cells: list[Tok]) -> list[Tok]:
    """A first cell of words about a number before the row's figures is the row's label: "Under 15 | 1.05",
    "65 and over | 8.72%" (age bands, not figures). A list's bullet alone before a time is no cell: "• 2018 estimate
    25,549,604" is a row of 2018 (corpus: grid-infobox)."""
    if len(cells) > 2 and cells[0].kind == "word" and cells[0].end - cells[0].start == 1 and \
            text[cells[0].start] in "•·*–-" and cells[1].kind == "time":
        cells = cells[1:]
    if len(cells) > 1 and cells[0].kind == "num" and (text[cells[0].start : cells[0].start + 1].isalpha() or
                                                      cells[0].unit is not None) and \
            any(c.kind == "num" for c in cells[1:]):
        end = cells[0].unit[1] if cells[0].unit else cells[0].end
        return [Tok(cells[0].start, end, "word"), *cells[1:]]
    return cells


def _cell_toks(text: str, toks: list[Tok], separated: bool) -> list[Tok]:
    """A separated cell that begins with its figure is that figure (with its unit's words and time); at the end of a
    single-spaced line, so is a figure whose unit's words run up to its own time ("… 14.51 births/1,000 population
    (2014 est.)")."""
    if separated and toks and toks[0].kind == "num":
        return _with_unit_words(toks)
    if not separated and len(toks) >= 3 and toks[-1].kind == "time" and toks[-1].time and toks[-2].kind == "word" \
            and text[toks[-1].start] == "(":
        return _with_unit_words(toks)
    return toks


def is_time_line(ln: Line) -> bool:
    """A line of times and nothing else, but for a leading label ("Year", "Item") before two times or more: a header
    of times, or the times of the row above it. "Energy in 2012" is a heading, not a header."""
    cells = list(ln.cells)
    labelled = bool(cells) and cells[0].kind == "word"
    times = cells[1:] if labelled else cells
    if not times or not all(c.kind in ("time", "month") for c in times):
        return False
    return not labelled or len(times) >= 2


_APPROX = {"~": "about", "≈": "about", "<": "less-than", ">": "more-than", "over": "more-than",
           "more than": "more-than", "under": "less-than", "less than": "less-than", "nearly": "almost",
           "almost": "almost"}




def figure(cell: str) -> tuple[float, str | None, tuple[str, float] | None] | None:
    """A figure cell's value, approximation and the unit it states itself ("$700 Million" → 7e2, None, (USD, 1e6));
    a share in parentheses ("(5.7)") is a per cent."""
    from .tablecells import _value, unit_of

    s = cell.strip()
    if re.match(r"[-−–]?0\d", s):
        return None  # "000 t" is a unit ("thousand tonnes"), no figure
    if s.startswith("(") and s.endswith(")"):
        v = _value(s[1:-1].replace("%", ""))
        return (v[0], v[1], ("%", 1.0)) if v else None
    whole = _value(s)
    if whole is not None:
        return whole[0], whole[1], None
    span = range_of(s)
    if span is not None:  # a range: its low end here, its high end from ``range_of``
        return span[0], None, None
    rate = _RATE_CELL.fullmatch(s)
    if rate:  # "14.5 per 1,000", "219/km²": a rate of people, or their density (corpus: grid-rate-cell)
        v = _value(rate["n"])
        unit = "per-1000" if rate["k"] else "per-100000" if rate["l"] else "%" if rate["c"] else "people/km2"
        return (v[0], v[1], (unit, 1.0)) if v else None
    m = _NUM.fullmatch(s)
    if m is None:
        return None
    v = _value(("-" if m["sign"] and m["sign"] != "+" else "") + m["n"])
    if v is None:
        return None
    a = " ".join((m["approx"] or "").lower().split()).rstrip(".")
    approx = (_APPROX.get(a) or "about") if a else None
    if m["unit"] in GLUED_MULT:  # "11.1M", "-191K", "$34.9B": a multiplier glued on
        money = unit_of(m["cur"]) if m["cur"] else None
        return v[0], approx, ((money[0] if money else "count"), GLUED_MULT[m["unit"]])
    words = " ".join(((m["cur"] or "") + " " + (m["unit"] or "")).split())
    if not words:
        return v[0], approx, None
    if re.fullmatch(r"(?i)years?", words):
        return v[0], approx, ("years", 1.0)
    if re.fullmatch(r"(?i)%|per\s?cent|percent", words):
        return v[0], approx, ("%", 1.0)
    if re.fullmatch(r"(?i)times|fold", words):
        return v[0], approx, ("times", 1.0)
    if re.fullmatch(r"(?i)sq\.?\s?mi\.?", words):
        return round(v[0] * 2.589988, 1), approx, ("km2", 1.0)  # a square mile is 2.589988 km2
    return v[0], approx, unit_of(words)
