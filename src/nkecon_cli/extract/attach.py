"""Which date governs a figure: rules of English economic prose, not of one document.

A figure is dated by the nearest date of its own clause; failing that, by a date of its sentence;
failing that, by the date governing the paragraph (the last date stated in an earlier sentence),
by the heading above the paragraph, or by the document's date — and the candidate says which, so a
curator sees how far to trust it (``Dating.basis``).

Not every date near a figure is its date. A comparison baseline ("143% compared to 1955", "up 15
per cent from 2014", "than in 1949", "over the previous year", "the 1949 level") is the time the
figure is measured *against*: it is kept as the figure's ``Comparison``, never as its date. An
anaphoric date ("a year earlier", "the previous year") counts from the date that governs the
sentence, not from the document's date. "respectively" pairs figures with dates in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..factbase.when import bounds
from .dates import OF_A_YEAR, SIZE_BEFORE, FoundDate
from .quantities import Quantity
from .relativedates import _edtf_of
from .resolution import Resolved, anaphoric_offset, anaphoric_shift, in_year, resolve, shifted_span
from .words import word_pattern

BASES = ("phrase", "clause", "sentence", "earlier-sentence", "heading", "table-header", "document", "none")

# (a pattern of words that begins ``(?i)(?=[…])`` names the letters its words begin with: the scan turns most
# characters away at once instead of trying every word there; tests/test_extract_speed.py checks it loses none)

# the words between a comparison and its baseline date: "compared to [the prewar year of] 1949"
_BASELINE_CUE = re.compile(
    r"(?i)(?=[abciortuv])(?:\bcompared\s+(?:with|to)|\bin\s+comparison\s+(?:with|to)|\bin\s+contrast\s+(?:with|to)|"
    r"\bunlike|\bas\s+against|\bagainst|\brelative\s+to|"
    r"\bthan|\bover|\babove|\bbelow|\bvis-[àa]-vis|\bversus|\bvs\.?)"
    r"(?:\s+(?:the|that\s+of|those\s+of|levels?\s+of|figures?\s+(?:of|for)|(?:same\s+)?period\s+of|"
    r"(?:same|corresponding)\s+(?:days?|weeks?|months?|period|time|quarter)\s+(?:of|in|as|at\s+the\s+end\s+of)|"
    r"(?:pre-?war|post-?war|previous|preceding|base)\s+year\s+(?:of)?|year\s+of|end\s+of|in|at|for|during|on|"
    # the thing compared with at its best or worst: "no higher than at its peak in the mid-1980s" (corpus: baseline-cue)
    r"(?:its|their)\s+(?:peak|height|highs?|lows?|best|worst|levels?)(?:\s+(?:in|of|during))?|"
    # the thing compared with, named with its adjective: "than the weak output of 2012" (corpus: baseline-cue)
    r"(?:revised|low|high|weak|strong|poor|good|record|normal|near[\s-]normal|average|reduced|bumper|official|"
    r"estimated|actual|final|provisional)(?=\s+(?:amount|output|production|volume|value|total|number|sum|price|rate|"
    r"level|harvest|crop|estimate|figure)s?\b)|(?:output|production|harvest|crop|level|estimate)s?\s+(?:of|in|for)|"
    # "10 percent more than it was on May 16", "lower than they were in 2019" (corpus: baseline-than-it-was)
    r"(?:it|they|this|that|these|those)\s+(?:was|were|had\s+been|stood|did|cost|sold(?:\s+for|\s+at)?|"
    r"fetched|traded(?:\s+at)?|went\s+for)|"  # ("11% less than it cost on July 26": corpus baseline-than-it-was)
    # "a bigger fund than that in the previous year": the thing compared, then its time
    r"(?:that|those)(?=\s+(?:in|of|for|during)\b)|"
    # "6 times more than the amount in the same period last year": the thing compared is named
    r"(?:amount|output|production|volume|value|total|number|sum|price|rate)s?))*\s*$"
)
# a baseline after its date: "the 1949 level", "1955 levels", "1955 figures"
_BASELINE_AFTER = re.compile(r"(?i)\s*(?:levels?|figures?|output\s+level|equivalents?|counterparts?|totals?|"
                             r"averages?)\b"  # "over their 2013 equivalents"
                             # (not an adjective of the thing counted: "Jan-Nov total trade was down 52.9 pct")
                             r"(?!\s+(?:trade|exports?|imports?|output|production|value|volume|revenues?|sales|"
                             r"shipments|spending|investment)\b)")
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:that|this|the|its|their)\s+$")
_COMPARED_BEFORE = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|than|of|from|above|below|over|versus|vs\.?|against|to|"
                              r"with|on|beyond|exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?)\s+$")
# "from 2014", "since 2010" after a change: "up 15 per cent from 2014"
_CHANGE_BEFORE = re.compile(
    r"(?i)(?:\b(?:up|down|rose|risen|rise|rising|fell|fallen|falling|grew|grown|growth|increased?|increasing|"
    r"decreased?|decreasing|declined?|declining|dropped|dropping|jumped|jumping|climbed|climbing|gained|gaining|"
    r"lost|losing|shedding|higher|lower|more|less|doubled|tripled|expanded|shrank|contracted|unchanged|flat|"
    r"improved|worsened|changed)\b|"
    r"%|\bper\s*cent\b|\bpercent\b|\btimes\b|\bfold\b)"
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,40}$"  # (a decimal's point is no stop: "down 3.2 percentage points from 2014")
)
_FROM_SINCE = re.compile(r"(?i)^(?:from|since)\s")
_RANGE_WORD = re.compile(r"(?i)\s(?:to|through|thru|till|until|and)\s|[-–]")
# where a sentence divides into clauses that may each carry their own date
_CLAUSE_BREAK = re.compile(
    r";|\s[—–]\s|,\s+(?=(?:and|but|while|whereas|although|though|up|down|against|compared|as\s+against|versus|"
    r"from|which|with|rising|falling|increasing|decreasing|an?\s+(?:increase|decrease|rise|fall|drop|gain)|"
    # (and the wire's other participles of change: ", plummeting from the 60 won paid on Dec. 4")
    r"plummeting|plunging|tumbling|sliding|slipping|soaring|surging|jumping|climbing|dropping|declining|"
    r"skyrocketing|spiking|gaining|losing|shrinking|growing|"
    r"even\s+(?:as|though|if)|because|despite|"
    r"the\s+(?:latter|former))\b)|\s(?=(?:while|whereas)\b)"
)
_RESPECTIVELY = re.compile(r"(?i)\brespectively\b")


@dataclass(frozen=True, slots=True)
class Dating:
    """A figure's date and how it was found."""

    when: str | None  # EDTF
    dated_by: str | None  # explicit | relative | context
    basis: str  # one of BASES
    text: str | None  # the words that date it
    span: tuple[int, int] | None
    note: str

    def as_dict(self) -> dict[str, object]:
        return {"when": self.when, "dated_by": self.dated_by, "basis": self.basis, "text": self.text,
                "span": list(self.span) if self.span else None, "note": self.note}


@dataclass(frozen=True, slots=True)
class Comparison:
    """What a figure is measured against: a baseline time, and its value where the text gives it."""

    when: str | None
    value: float | None
    unit: str | None
    text: str
    span: tuple[int, int]

    def as_dict(self) -> dict[str, object]:
        v = self.value
        return {"when": self.when, "value": int(v) if v is not None and float(v).is_integer() else v,
                "unit": self.unit, "text": self.text, "span": list(self.span)}


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of ``text[start:end]``, as spans."""
    out, a = [], start
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.start() > a:
            out.append((a, m.start()))
        a = m.end()
    if a < end:
        out.append((a, end))
    return out or [(start, end)]


# a date just after the figure a change is counted from: "raised output to 6.8 million tonnes, up from 6.1 million
# tonnes in 2015" — 2015 is the time of 6.1, the baseline, not of 6.8 (corpus: baseline-figure-date)
_CUE = (r"\b(?:from|(?<!more )(?<!less )(?<!fewer )(?<!rather )than|against|compared\s+(?:with|to)|versus|vs\.?|"
        r"following(?:\s+an?)?|after(?:\s+an?)?)\s+")
_FIGURE = (r"(?:an?\s+|the\s+)?(?:(?:previous|preceding|year-earlier)\s+)?"  # ("from the previous 2,857 million USD")
           r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|only\s+|just\s+)?[+\-−]?"
           r"(?:US\$|\$|£|€|¥|₩)?"  # ("slowing from a 3.9 percent growth in 2012")
           r"\d(?:[\d,.]*\d)?(?:\s*(?:%|[a-z]+(?:-[a-z]+)*\.?)){0,4}")  # a sign too: "(-11.7% vs -7.6% in 2020)"
# (a figure ends in a digit: "Compared with 1953, gross output in 1954" compares no figure of 1954)
FIGURE_BASELINE = re.compile(
    rf"(?i)(?=[acftv]){_CUE}(?:{_FIGURE}\s+(?:in|during|for|of)\s+[^,;.()]{{1,20}}?,?\s+(?:and|or)\s+)?"
    # the second of two baselines in a list, the first with its own time: "compared with 1.8 million tonnes in
    # November and 2.1 million tonnes a year earlier" (corpus: baseline-list)
    rf"{_FIGURE}\s+(?:in|during|for|of)?\s*$"
)


# a target measured against: "exceeded the level set by the five-year plan for 1961 by 15%", "fell short of the
# target for 1960" — the plan and the year are the target's, the figure the sentence's (corpus: target-exceeded)
_TARGET_EXCEEDED = re.compile(
    r"(?i)\b(?:exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|overfulfill?(?:ed|s|ing)?|short\s+of|above|below|beyond)\s+"
    r"the\s+(?:level|target|quota|figure|goal)s?\b(?:[^.;\d]{0,40}?\bfor\s+(?:the\s+year\s+)?|\s+(?:set|fixed|planned|"
    r"laid\s+down|envisaged)\s+(?:by|in|for)\s+(?:the\s+)?)$"
)


# a share of a time the text counts from another: "was 124 percent of the same period of last year" (corpus:
# month-range); "30 percent of 2015's output" is not one (the figure is of 2015)
_SHARE_OF = re.compile(r"(?i)(?=[%p])(?:%|\bper\s*cent|\bpercent)\s+of\s+$")

# "a bigger fund than that in the previous year", "6 times more than the amount in the same period last year"
_THAN_IN = re.compile(r"(?i)\bthan\s+(?:at\s+(?=(?:its|their)\s))?"
                      r"(?:(?:it|they|this|that|these|those)\s+(?:was|were|had\s+been|stood|did|cost|"
                      r"sold(?:\s+for|\s+at)?|fetched|traded(?:\s+at)?|went\s+for)\s+|"
                      r"(?:that|those)\s+|(?:the|its|their)\s+(?:[a-z]+\s+){1,3})?(?:in|during|for|of)\s*$")


# a year's measure compared with: a multiple or a share of "1998 numbers", "1989 levels"
_MEASURE_OF_YEAR = re.compile(rf"(?i)['’]?s?\s+(?:{word_pattern(OF_A_YEAR)})\b")  # (the nouns dates.py reads too)
_MULTIPLE_OF = re.compile(r"(?i)\b(?:double|doubled|triple|tripled|quadruple|twice|thrice|times|half|percent\s+of|"
                          r"per\s+cent\s+of|%\s+of|above|below|beyond|than|exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?)"
                          r"\s+(?:the\s+|its\s+|their\s+)?$")


# a multiple of a thing at a time: "exactly double the price at the end of last year", "three times the output of
# 1990" — the time is the thing's, the multiple the sentence's (corpus: multiple-of-time)
# — and the pronoun that stands for the thing: "half that of 1989", "twice those in 2000"; the date's own "in" may
# be read with it ("triple the amount in December")
_MULTIPLE_THE = re.compile(r"(?i)(?=[dhqt])\b(?:double|doubled|triple|tripled|quadruple|twice|thrice|times|half)\s+"
                           r"(?:(?:the|its|their)\s+(?:[a-z]+\s+){1,3}(?:(?:registered|recorded|reported|posted|seen|"
                           r"logged)\s+(?:(?:at|in|of|on|during|for)\s+)?|(?:at|in|of|on|during|for)\s+)?|"
                           r"(?:that|those)\s+(?:at|in|of|on|during|for)\s+|"
                           # "doubled the speed of concrete tamping that in the corresponding period of last year"
                           r"(?:the|its|their)\s+(?:[a-z-]+\s+){1,6}(?:that|those)\s+(?:at|in|of|on|during|for)\s+)$")


# the time an equal or a multiple is compared with: "1.5 times as much steel as in the corresponding period of last
# year"
_AS_MUCH_AS = re.compile(r"(?i)\b(?:times|as\s+(?:much|many|high|large|great|big|little|few))\b[^.;]{0,40}?\bas\s+"
                         # ("1.6 times as much hull plate as that in the same period last year": the thing compared)
                         r"(?:(?:that|those)\s+(?=in\b|during\b|of\b|for\b))?"
                         r"(?:(?:in|during|at|for|on|of)\s+)?(?:the\s+)?(?:(?:same|corresponding)\s+(?:period|months?|time)\s+"
                         r"(?:of|in)\s+)?$")
_BARE_IN = re.compile(r"(?i)\b(?:in|during|for)\s*$")  # a cue's bare "in" or "for" before the date
# the level a share or a multiple is of, named as what it was then: "a fifth of what they were in 1990", "half what
# it was in 2008", "above where it stood in 1989" (corpus: what-it-was)
_WHAT_IT_WAS = re.compile(r"(?i)\b(?:what|where)\s+(?:it|they|this|that|these|those|[a-z]+)\s+(?:was|were|had\s+been|"
                          r"stood(?:\s+at)?|used\s+to\s+be)\s+(?:in|during|at|for|on|by)?\s*$")


def is_baseline(text: str, d: FoundDate, floor: int) -> bool:
    """A date the figure is compared against rather than a date of the figure."""
    before = text[max(floor, d.start - 60) : d.start]
    if FIGURE_BASELINE.search(text, max(floor, d.start - 80), d.start):
        return True
    if _MULTIPLE_THE.search(before):
        return True
    if _BASELINE_CUE.search(before):
        # "than in 1949" is a baseline; a cue ending in a bare "in"/"for" before the date is not
        than_in = _THAN_IN.search(before)
        if than_in or not _BARE_IN.search(before[-12:]):
            return True
    if _BASELINE_AFTER.match(text, d.end):
        det = _DETERMINER_BEFORE.search(before)
        if det is None or _COMPARED_BEFORE.search(before, 0, det.start()):
            return True  # ("compared with the 2012 level"; but "That 2015 figure of 1.08 million mt is down": its
            # subject, the figure's own time — corpus: year-of-measure)
    if _TARGET_EXCEEDED.search(before):
        return True
    if "wh" in before and _WHAT_IT_WAS.search(before):
        return True  # "a fifth of what they were in 1990": the level the share is of
    if " as " in before and _AS_MUCH_AS.search(before):
        return True  # "1.5 times as much steel as in the corresponding period of last year" (corpus: multiple-of-time)
    if _MEASURE_OF_YEAR.match(text, d.end) and _MULTIPLE_OF.search(before):
        return True  # "nearly triple 1998 numbers", "80 percent of 1989 levels" (corpus: year-of-measure)
    if _SAME_PERIOD_IN.search(before):
        return True  # "up 7 percent from the same period in 2015": the period compared with (corpus: baseline-period)
    if (cmp := _SET_BELOW_THE.search(before)) and SIZE_BEFORE.search(before, 0, cmp.start()):
        return True  # "8 percent below the official forecast last year": the thing compared with, and its time
    if (the := _FROM_THE.search(before)) and _MEASURE_OF_YEAR.match(text, d.end) and \
            _CHANGE_BEFORE.search(before, 0, the.start()):
        return True  # "a 13.38% increase from the 1993 census", "down from its 2014 level" (corpus: year-of-measure)
    if _SHARE_OF.search(before) and re.match(r"(?i)the\s+(?:same|corresponding)\s", d.text):
        return True  # "124 percent of the same period of last year": the period it is a share of
    if re.search(r"(?i)\bon\s*$", before) and \
            re.search(r"(?i)previous|preceding|(?:same|corresponding)\s+period|last\s+year", d.text):
        return True  # "up 5% on the previous year"
    if (_FROM_SINCE.match(d.text) and not _RANGE_WORD.search(d.text)  # "rose from January to August": a span
            and _CHANGE_BEFORE.search(text[max(floor, d.start - 50) : d.start])):
        return True
    if anaphoric_shift(d.text) is None:
        return False
    # "from the price two weeks before", "than prices a year earlier", and a baseline's time said again after it:
    # "10% lower than the Dec. 7 survey, about a month before" (corpus: baseline-anaphoric)
    return bool(re.match(r"(?i)(?:over|than|on|from)\b", d.text) or _CUE_THE.search(before)
                or _APPOSED.search(text, max(floor, d.start - 90), d.start))


_SAME_PERIOD_IN = re.compile(r"(?i)\b(?:from|than|over|on|against|compared\s+(?:with|to))\s+the\s+"
                             r"(?:same|corresponding)\s+(?:time\s+)?(?:period|months?|quarter|time)\s+(?:of|in)\s+$")
_SET_BELOW_THE = re.compile(r"(?i)\b(?:below|above|short\s+of|compared\s+(?:with|to))\s+(?:the|its|their)\s+"
                            r"(?:[\w-]+\s+){1,3}$")
_FROM_THE = re.compile(r"(?i)\b(?:from|over|on)\s+(?:the|its|their)\s+$")
_CUE_THE = re.compile(r"(?i)\b(?:from|than|over|compared\s+(?:with|to)|against)\s+(?:the\s+|its\s+|their\s+)?"
                      r"(?:[a-z]+\s+){0,2}$")
_APPOSED = re.compile(r"(?i)\b(?:than|from|compared\s+(?:with|to)|against|over)\b(?:[^.;]|\.(?=\s?\d)){0,60},\s*"
                      r"(?:about\s+|some\s+|nearly\s+|roughly\s+|around\s+|just\s+)?$")


_FOUR_DIGITS = re.compile(r"(\d{4})")


def _year_of(edtf: str) -> int | None:
    m = _FOUR_DIGITS.match(edtf.lstrip("./"))
    if not m:
        return None
    # a year interval ends where it ends: "1946/1950" governs as 1950 for "a year later"? no: take its start
    return int(m[1])


def reanchor(d: FoundDate, governing: Resolved | None, doc: date | None, past: bool = False,
             latest: date | None = None) -> Resolved | None:
    """A date read against what governs it. An anaphoric date ("a year earlier") counts from the governing
    date (else the document's), at its precision: "a year earlier" than December 2016 is December 2015. A
    month or quarter the text names without a year ("in December alone") takes the governing date's year,
    when the document's year would put it after the document ("in December alone" in a January report of last
    year's trade); otherwise it is the document's. With nothing governing, a month of a sentence in the past
    (``past``) that would fall after the document is last year's: "sold for $85 a tonne in December" in a March
    report (corpus: month-before-document). ``latest`` is the last day the document's date allows (a report dated
    only "2010-01" may be of the 31st: its "January 3" is not after it); by default ``doc``."""
    r = d.resolved
    off = anaphoric_offset(d.text)
    last = latest or doc
    short = anaphoric_shift(d.text) if off is None else None
    if short is not None:
        # "up from 4,500 won a week earlier" than "Nov. 15": counted from the governing date's days (the document's
        # when nothing governs, as read already)
        if governing is None or governing.edtf.startswith("..") or governing.edtf.endswith(".."):
            return r
        precise = len(governing.edtf.split("/")[0])  # (YYYY 4, YYYY-MM 7, YYYY-MM-DD 10)
        if precise < (7 if short[1] == "month" else 10):
            return governing  # "a week earlier" than 2010 is of 2010: no finer than what it counts from
        edtf = _edtf_of(shifted_span(bounds(governing.edtf), *short))
        return Resolved(edtf, "relative", f"{d.text!r} counted from {governing.edtf} → {edtf}")
    if off is None:
        # (a governing time of the document's own year, a heading "Trade report 2015", names no other year)
        if (past and (governing is None or _year_of(governing.edtf) == (doc.year if doc else None)) and r is not None
                and doc is not None and last is not None and "from the document date" in r.note
                and bounds(r.edtf)[0] > last):
            again = resolve(d.text, in_year(doc, doc.year - 1))
            if again is not None and bounds(again.edtf)[1] <= doc:
                return Resolved(again.edtf, again.dated_by, again.note.replace(
                    "from the document date", "the last such month before the document"))
        if r is None or governing is None or doc is None or "from the document date" not in r.note:
            return r
        if bounds(r.edtf)[0] <= (last or doc):
            return r  # "in April" of a May report: this April, whatever came before
        gy = _year_of(governing.edtf)
        if gy is None or gy == doc.year:
            return r
        again = resolve(d.text, in_year(doc, gy))
        if again is None:
            return r
        return Resolved(again.edtf, again.dated_by, again.note.replace(
            "from the document date", f"from {governing.edtf}, the date that governs the passage"))
    point = r"\d{4}(?:-\d{2}){0,2}"
    if governing is not None and re.fullmatch(rf"{point}(?:/{point})?", governing.edtf) and \
            not (off > 0 and _NAMED_NEXT_YEAR.match(d.text)):  # ("the following year" names a year: below)
        # at the governing date's precision: "the same period last year" of Jan–Aug 2014 is Jan–Aug 2013
        edtf = "/".join(_shifted(part, off) for part in governing.edtf.split("/"))
        return Resolved(edtf, "relative", f"{d.text!r} counted from {governing.edtf} → {edtf}")
    base_year = _year_of(governing.edtf) if governing is not None else None
    base_text = governing.edtf if governing is not None else ""
    if base_year is None and doc is not None:
        base_year, base_text = doc.year, f"the document date {doc.isoformat()}"
    if base_year is None:
        return r
    y = base_year + off
    return Resolved(f"{y:04d}", "relative", f"{d.text!r} counted from {base_text} → {y}")


# a year named as the one after the governing time, not a year counted from its day: "In August 2012 shipments rose.
# The following year they reached 30,000 tons" is 2013, as "next year" is; "a year later" is August 2013 (corpus:
# year-after)
_NAMED_NEXT_YEAR = re.compile(r"(?i)(?:(?:in|of|for|during|over|on|by)\s+)?(?:the\s+)?(?:(?:following|next)\s+year|"
                              r"year\s+after)$")


def _shifted(point: str, years: int) -> str:
    edtf = f"{int(point[:4]) + years:04d}{point[4:]}"
    return edtf[:7] if re.fullmatch(r"\d{4}-02-29", edtf) else edtf



# who said it and when is not when it happened: "customs data showed on Monday", "he said in March"
# the verbs of a report, one list for both readings of a report's date below
_SAYING = (r"said|says|say|showed|shows|show|reported|reports|announced|announces|told|stated|states|released|"
           r"published|added|noted|disclosed|revealed|explained|wrote|presented|briefed|confirmed|confirms|"
           r"acknowledged|claimed|claims")
_ATTRIBUTION = re.compile(
    rf"(?i)(?=[abcdenprstw])\b(?:{_SAYING}|according\s+to\s+(?:\w+\s+){{0,4}}(?:released|published))"
    # "said on Monday" is the report's day; "said that the first half of 1959 …" begins what was said (corpus:
    # said-that)
    r"(?:\s+(?!that\b)\w+)?\s*$"
)


# the start of the record a figure is measured in, not a time of the figure: "the highest since KOTRA began
# compiling data in 1990", "a deficit since the agency started tallying data in 1990", "the first fall since 2009"
# (corpus: record-since)
_RECORD_SINCE = re.compile(
    r"(?i)(?=[bdfghlmsw])(?:\bsince\b[^.;]{0,60}?\b(?:began|begun|started|first|was\s+(?:founded|established|set\s+up))\b"
    r"[^.;]{0,60}?|\b(?:highest|lowest|largest|biggest|smallest|greatest|strongest|weakest|fastest|slowest|"
    r"sharpest|steepest|deepest|first|worst|best|most|least)\b[^.;]{0,40}?\bsince\s+)$"  # (not "harvest since")
)


# a date in a relative clause set off by a comma or a dash ("aquatic products - which recorded the highest growth
# last year - are still strong", "through the railway, which was opened in 2013") is its antecedent's: it dates no
# figure outside the clause, nor the sentences after it (corpus: event-date, relative-clause-date)
_RELATIVE_CLAUSE = re.compile(r"(?i)(?:(?:,|\s[-–—]|[–—])\s*(?:which|who|whose)|\s(?:who|whom))\b"
                              r"(?:[^.;:,()\[\]–—]|(?<=\d)[.,](?=\d))*$")
# (a figure's grouping comma or decimal point ends no clause: "which stood at 7,000 tons in the previous year"; a
# person's "who" needs no comma: "a trader who arrived last month said rice costs …" — the trader's time, not the
# price's)


# a reduced relative clause, a noun and its participle of an event: "the demarcation line set by the Armistice
# Agreement in July 1953", "the plant built by Soviet engineers in 1956" — the date is the event's (corpus:
# relative-clause-date)
_REDUCED_RELATIVE = re.compile(
    r"(?i)(?=[aeit])\b(?:the|a|an|its|their|another|this|each)\s+(?:[a-z-]+\s+){1,3}(?:(?:set|drawn|fixed|signed|built|constructed|founded|"
    r"established|opened|concluded|adopted|completed|launched)\s+(?:by|under|in|at|on)\b|"
    # a restrictive "which" clause with no comma: "a price which was also recorded in February" (the price's other
    # time, no time of the sentence's figures)
    r"which\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+){0,2}(?:recorded|seen|reached|set|reported|hit)\b|"
    # "in another pilot zone that opened last year": the zone's time, not its firms'
    r"(?:that|which)\s+(?:opened|began|started|closed|was\s+(?:built|completed|opened|set\s+up|established|founded|"
    r"launched))\b)"
    r"[^.;:,()\d]*$")


def in_relative_clause(text: str, lo: int, at: int) -> bool:
    """Whether a date at ``at`` stands in a relative clause opened after ``lo``, or in a noun's participle of an
    event ("the line set by the Armistice Agreement in July 1953")."""
    return _RELATIVE_CLAUSE.search(text, lo, at) is not None or _REDUCED_RELATIVE.search(text, lo, at) is not None


def closed_relative_clause(text: str, lo: int, d: FoundDate, at: int) -> bool:
    """Whether the date ``d`` stands in a relative clause (opened after ``lo``) that closes before ``at``: "The
    factory, which opened in 1973, now produces 30,000 tons" — 1973 is the opening's (corpus: relative-clause-date)."""
    rel = _RELATIVE_CLAUSE.search(text, lo, d.start)
    return rel is not None and _CLOSES.search(text, d.end, at) is not None and \
        _FIGURES_OF.search(text, rel.start(), d.start) is None


_CLOSES = re.compile(r",|\s[–—]\s|\s(?:said|says|told|tells|reported|reports|added|noted|explained)\b")  # (a "who"
# clause closes at its sentence's verb of saying: "a trader who arrived last month said …")
# a clause that names the figures the sentence gives: "which contained expenditure figures from 1999" dates them
_FIGURES_OF = re.compile(r"(?i)\b(?:figures|data|statistics|estimates|numbers)\b")


# a day after a verb of saying and the words of its object: "disclosed this analysis to the Voice of America on
# February 14", "told reporters in Seoul on Monday" — the day the report was made (corpus: said-to-on-day); no
# figure, "that" or clause break stands between (a figure's own day is read as its date)
_SAID_TO_ON = re.compile(rf"(?i)\b(?:{_SAYING})\b(?:\s+(?!that\b)[^\W\d_][\w'’.-]*){{1,9}}\s+on\s+$")
_SAID_TO = re.compile(rf"(?i)\b(?:{_SAYING})\b(?:\s+(?!that\b)[^\W\d_][\w'’.-]*){{1,9}}\s+$")
_WEEKDAY = re.compile(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day")
_DAY_OR_WEEKDAY = re.compile(r"(?i)(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|[a-z]+\.?\s+\d{1,2}"
                             r"(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+)")  # ("on March 12th")


# the date of a published piece: "a news report in Nodong Sinmun from 15 December 1964", "an article of 3 May", "a
# telegram dated 12 June" — when it was published, no time of its figures (corpus: report-from-date)
_PIECE_FROM = re.compile(
    r"(?i)(?=[abcdeilrst])\b(?:report|article|issue|editorial|statement|communiqu[ée]|dispatch|telegram|cable|letter|broadcast|"
    r"commentary|interview)\b(?:\s+(?:in|of|by)\s+[^,;.()\d]{1,40}?)?\s+(?:from|of|dated)\s+$")


def is_attribution(text: str, d: FoundDate, floor: int) -> bool:
    """The date of a report about the figure, not of the figure ("data showed on Monday", "disclosed this analysis to
    the Voice of America on February 14"), or the start of the record it is measured in ("the highest since records
    began in 1990")."""
    if _ATTRIBUTION.search(text[max(floor, d.start - 30) : d.start]) or \
            _RECORD_SINCE.search(text[max(floor, d.start - 140) : d.start]):
        return True
    if _PIECE_FROM.search(text, max(floor, d.start - 70), d.start + (5 if d.text[:5].lower() == "from " else 0)):
        return True
    if not _DAY_OR_WEEKDAY.match(d.text):
        return False
    at = d.start + (3 if d.text[:3].lower() == "on " else 0)  # (the date's words may hold its "on")
    if _SAID_TO_ON.search(text, max(floor, d.start - 100), at) is not None:
        return True
    # the press's weekday with no "on": "The bureau released a report Thursday" (corpus: said-to-on-day)
    return bool(_WEEKDAY.fullmatch(d.text)) and _SAID_TO.search(text, max(floor, d.start - 100), at) is not None


_LIST_GAP = re.compile(r"(?i)^\s*(?:\([^()]{1,20}\))?[\s,;]*(?:(?:and|or|&)\s+)?(?:(?:in|during|for|the)\s+)*$")
# (an abbreviation in brackets may stand in the gap: "50 billion kilowatthours (Kwh) and 55 billion Kwh")


# figures in a list may each have their noun: "an 8.5 percent on-year rise and 10 percent gain …, respectively"
_FIGURE_LIST_GAP = re.compile(r"(?i)^(?:\s+[a-z][\w-]*){0,3}?\s*(?:\([^()]{1,20}\))?[\s,;]*(?:(?:and|or|&)\s+)?"
                              r"(?:(?:in|during|for|the|an?)\s+)*$")


def _chain_before(items: list[Any], text: str, pos: int, reach: int, gap: re.Pattern[str] = _LIST_GAP) -> list[Any]:
    """The run of items joined by commas and "and" that ends just before ``pos`` (within ``reach``)."""
    before = [x for x in items if x.end <= pos]
    if not before or pos - before[-1].end > reach:
        return []
    run = [before[-1]]
    for x in reversed(before[:-1]):
        if not gap.match(text[x.end : run[0].start]):
            break
        run.insert(0, x)
    return run


def _chain_after(items: list[Any], text: str, pos: int, reach: int) -> list[Any]:
    """The run of items joined by commas and "and" that begins just after ``pos`` (within ``reach``)."""
    after = [x for x in items if x.start >= pos]
    if not after or after[0].start - pos > reach:
        return []
    run = [after[0]]
    for x in after[1:]:
        if not _LIST_GAP.match(text[run[-1].end : x.start]):
            break
        run.append(x)
    return run


def respectively_pairs(text: str, span: tuple[int, int], figures: list[Quantity],
                       dates: list[FoundDate]) -> dict[int, FoundDate]:
    """Figure start → its date, in order, for each "respectively" of the span: "rose by 4.2% and 9.1% in
    2015 and 2016, respectively"; "(47.6 percent, 51.3 percent and 49.0 percent, respectively, during the
    Three-Year Plan, Five-Year Plan and Six-Year Plan)". The figures are the list just before the word;
    the dates the list just before it, else just after it; both lists must be as long."""
    a, b = span
    out: dict[int, FoundDate] = {}
    figs = [q for q in figures if a <= q.start < b]
    ds = [d for d in dates if a <= d.start < b]
    for m in _RESPECTIVELY.finditer(text, a, b):
        fs = _chain_before(figs, text, m.start(), 120, _FIGURE_LIST_GAP)
        if len(fs) < 2:
            continue
        for chain in (_chain_before(ds, text, m.start(), 40), _chain_after(ds, text, m.end(), 40),
                      _chain_before(ds, text, fs[0].start, 80)):  # "In July and August, … A and B, respectively"
            if len(chain) == len(fs) and all(d.end <= fs[0].start or d.start >= fs[-1].end for d in chain):
                out.update({q.start: d for q, d in zip(fs, chain, strict=True)})
                break
    return out


# a date joined to the figure just after it: "57.3 percent in 1970", "9.6 percent during the plan"
_TIED_AFTER = re.compile(
    # (over the figure's own bracket and a participle: "the 1.23 million tons ($104.59 million) recorded in February")
    r"(?i)^\s*(?:\([^()]{1,40}\)\s*)?(?:(?:a|per)\s+(?:year|annum|month)\s+|/\s?(?:yr|year|a|d|day|month)\s+)?"
    r"(?:(?:recorded|marked|registered|posted|logged|seen)\s+"
    # … or a clause of the figure's own that tells what it is with its time: "the $3 billion in goods it had
    # exported in 2015", "the 2 million tons they produced in 1990" (corpus: figure-own-clause)
    r"|(?:(?:in|of|worth)\s+[a-z]+\s+)?(?:it|they|the\s+(?:country|north|state|regime|mine|plant|factory))\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:exported|imported|produced|earned|sold|bought|shipped|spent|received|mined|"
    r"harvested|recorded|reported|made|traded)\s+)?"
    r"(?:in|during|for|of|by|as\s+of|at\s+the\s+end\s+of)?\s*$"
)


def nearest(figure: Quantity, dates: list[FoundDate], text: str | None = None) -> FoundDate | None:
    """The date nearest the figure in characters; a date before it wins a tie, but a date tied to the
    figure by a preposition just after it ("from 16.8 percent in 1946 to 57.3 percent in 1970") wins."""
    if text is not None:
        dates = [d for d in dates if not _owned_by_other(text, figure, d)]
    if not dates:
        return None
    if text is not None:
        after = [d for d in dates if d.start >= figure.end and d.start - figure.end <= 60]
        if after and _TIED_AFTER.match(text[figure.end : after[0].start]):
            return after[0]

    def distance(d: FoundDate) -> tuple[int, int]:
        return (figure.start - d.end, 0) if d.end <= figure.start else (d.start - figure.end, 1)

    best = min(dates, key=distance)
    if text is not None and best.end <= figure.start:
        # "the plant was designed in 1960 and its first 100 MW units were commissioned in 1971": a new conjunct with
        # its own subject stands between the figure and the date before it, and its own verb's date follows the
        # figure with no break — that date is the figure's (corpus: conjunct-date)
        later = [d for d in dates if d.start >= figure.end]
        if later and _NEW_CONJUNCT.search(text, best.end, figure.start) and not _NO_CONJUNCT_BREAK.search(
                text, figure.end, later[0].start):
            return later[0]
    return best


# a figure's own time in parentheses just after it, in a run of "label: figure" entries: "Irrigated land: 14,000 km2
# (1989)" dates that figure, not the entries before it ("arable land: 18% ... Irrigated land: 14,000 km2 (1989)")
# (corpus: entry-own-year)
_FIGURE_BEFORE_PAREN = re.compile(r"\d[\d,.]*(?:\s?[^\s\d():]{1,12}){0,2}\s*\($")


def _owned_by_other(text: str, figure: Quantity, d: FoundDate) -> bool:
    aside = in_aside(text, d)
    if aside is not None and not (aside < figure.start and ")" not in text[aside : figure.start]):
        return True  # "increased 4.8%, (+2.7% in 2006)": 2006 is the bracketed figure's, not 4.8%'s
    if d.start <= figure.end or d.start < 1:
        return False
    end = d.start + 1 if text[d.start] == "(" else d.start  # the date's span may hold its parenthesis
    own = _FIGURE_BEFORE_PAREN.search(text, max(figure.end, end - 30), end)
    return own is not None and own.start() > figure.end and ":" in text[figure.end : own.start()]


# a bracketed aside that gives the figure of another time, to compare with the figure before it: "increased 4.8%,
# (+2.7% in 2006)", "fell 3.0% (up 1.1% in 2006)", "$2.9 billion (vs. $3.1 billion a year earlier)" (corpus:
# bracketed-comparison); "(2008 census)", "(1995 est.)" hold no figure before the date and date the figure outside
_ASIDE_FIGURE = re.compile(
    r"(?i)\(\s*(?:(?:vs\.?|versus|against|compared\s+(?:with|to)|up|down|from)\s+)?(?:[+\-−–]\s*)?(?:US\$|\$|£|€|¥|₩)?"
    r"\d[\d,.]*\s*(?:%|percent\b|per\s*cent\b|[a-z]+\.?)?(?:\s+[a-z]+\.?){0,2}?\s*(?:in|during|for|of|a|the)?\s*$"
)


# a bracketed aside that says a thing of its own: "5,000 hides (there were no deliveries in 1958)", "a million rubles
# (for 1958 the deliveries are set at 1,200,000 rubles)" — a verb, or a figure after its date (corpus: bracketed-
# comparison); "(2008 census)", "(1995 est.)" say none, and date the figure before them
_ASIDE_CLAUSE = re.compile(r"(?i)\b(?:there\s+(?:was|were|is|are|had\s+been)|was|were|is|are|had|has|have|will)\b")
_ASIDE_FIGURE_AFTER = re.compile(r"\d[\d,.]*\s*(?:%|percent|per\s*cent|[a-z]+)")


def in_aside(text: str, d: FoundDate) -> int | None:
    """Where the bracket opens, when ``d`` is the date of a figure of its own in a bracketed aside, or of a bracketed
    clause of its own (see above)."""
    at = text.rfind("(", max(0, d.start - 40), d.start + 1)
    if at < 0 or ")" in text[at:d.start]:
        return None
    close = text.find(")", d.end, d.end + 3)
    if close >= 0:
        return at if _ASIDE_FIGURE.match(text, at, d.start) or _ASIDE_CLAUSE.search(text, at, d.start) else None
    close = text.find(")", d.end, d.end + 120)
    if close < 0 or "(" in text[d.end : close]:
        return None
    said = _ASIDE_CLAUSE.search(text, at, close) or _ASIDE_FIGURE_AFTER.search(text, d.end, close)
    return at if said else None


_NEW_CONJUNCT = re.compile(r"(?i)\b(?:and|but|while|whereas)\s+(?:its|their|the|his|her|our|this|these|those)\b")
_NO_CONJUNCT_BREAK = re.compile(r"[,;:()]|\b(?:and|but|while|whereas)\b")


_CHANGE_LINK = re.compile(
    r"(?i)^(?:\s+(?:in|for|during)\s+[\w.-]+(?:\s+\d{4})?)?[\s,]*(?:(?:an?\s+)?(?:up|down|increase[ds]?|decrease[ds]?|rise|rising|rose|fall|falling|fell|drop(?:ped)?|"
    r"growth|decline[ds]?)\s+)?(?:from|compared\s+(?:with|to)|against|as\s+against|than|over|versus|vs\.?)"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}$"
)


def comparison_for(text: str, figure: Quantity, figures: list[Quantity], baselines: list[tuple[FoundDate, str | None]],
                   clause: tuple[int, int], dating_of: dict[int, Dating]) -> Comparison | None:
    """The figure's baseline: a later figure of the same unit it is compared with ("down from 1.4 million
    tons in 1985"), else a baseline date of its clause ("143% compared to 1955")."""
    a, b = clause
    for other in figures:
        if other.start <= figure.end or other.unit != figure.unit or other.start > figure.end + 60:
            continue
        if _CHANGE_LINK.match(text[figure.end : other.start]):
            od = dating_of.get(other.start)
            return Comparison(od.when if od else None, other.value, other.unit, text[figure.start:other.end],
                              (other.start, other.end))
    # a baseline date belongs to the last figure before it in the clause ("1,204,000 t, i.e. 143% compared
    # to 1955": the 143%), or to the first figure after it when none precedes ("compared to 1955, 143%")
    clause_figs = [q for q in figures if a <= q.start < b]
    for d, w in baselines:
        if not a <= d.start < b:
            continue
        before = [q for q in clause_figs if q.end <= d.start]
        owner = before[-1] if before else next((q for q in clause_figs if q.start >= d.end), None)
        if owner is figure:
            return Comparison(w, None, None, d.text, (d.start, d.end))
    return None


# two times joined by "and" alone: "in July and August", "in 2012 and 2013" (corpus: joined-times)
_JOINED = re.compile(r"\s+and\s+")


def joined_date(d: FoundDate, dates: list[FoundDate], text: str) -> FoundDate | None:
    """The date joined to ``d`` by a bare "and" ("July and August"), before or after it, if any."""
    for e in dates:
        if e is d or e.resolved is None:
            continue
        a, b = (e, d) if e.end <= d.start else (d, e)
        if _JOINED.fullmatch(text, a.end, b.start):
            return e
    return None


def span_of(d: FoundDate, r: Resolved | None, e: FoundDate, re_: Resolved | None, text: str
            ) -> tuple[FoundDate, Resolved] | None:
    """The span from the earlier of two joined times to the later, when both are closed times in order: a figure
    of "July and August" together is of July to August (not the nearer month alone)."""
    if r is None or re_ is None or ".." in r.edtf or ".." in re_.edtf:
        return None
    (fa, ra), (fb, rb) = sorted([(d, r), (e, re_)], key=lambda x: x[0].start)
    (lo, hi_a), (lo_b, hi) = bounds(ra.edtf), bounds(rb.edtf)
    if not hi_a < lo_b:
        return None
    # (a part of a month too: "in November and early December" is 1 November to 10 December)
    edtf = f"{ra.edtf}/{rb.edtf}" if "/" not in ra.edtf + rb.edtf else _edtf_of((lo, hi))
    joined = Resolved(edtf, ra.dated_by, f"'{text[fa.start:fb.end]}', two times joined → {edtf}")
    return FoundDate(fa.start, fb.end, text[fa.start : fb.end], joined), joined
