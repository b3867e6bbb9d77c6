"""The candidates of one sentence (``sentence_candidates``): each figure of the sentence, dated by what governs it.

A figure takes the date of its phrase, its clause or its sentence (``attach``), else the weak "now" of the
sentence, else the document's year when the sentence is in the present tense, else the date an earlier sentence
of the paragraph stated, else its heading's (``Context``), else the document's year. A baseline of comparison
("compared to 1955", "on-year") is the figure's comparison, never its date (``Roles`` asks once per date whether
it is one, or a report's date). Durations count only when they measure an activity ("fulfilled in three
months"); a count of no word of the economy ("three men") is prose. A sentence with a date and words of the
economy but no figure is an event, a plan or a directive.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import date

from ..factbase.when import bounds
from . import attach, confidence
from .attach import Comparison, Dating
from .candidate import Candidate, document_dating, money_era, resolved_dating
from .dates import DAY_EDTF, FoundDate
from .document import Document
from .lexicon import Lexicon, guess_entities, guess_topics
from .lists import Passage
from .measures import WIRE_FALLS, WIRE_RISES, growth_of, kind_of, measure_of, value_of
from .prices import carried_units
from .quantities import CHANGE_WORDS, DENOMINATORS, DURATIONS, Quantity, changed_from, find_quantities
from .quantities import CURRENCIES as CURRENCIES_ALL
from .relativedates import _split_prep
from .resolution import Resolved, anaphoric_shift, resolve
from .spans import SpanIndex
from .words import MIGHT, word_pattern

# (a pattern of words that begins ``(?i)(?=[…])`` names the letters its words begin with: the scan turns most
# characters away at once instead of trying every word there; tests/test_extract_speed.py checks it loses none)
_DIRECTIVE = re.compile(
    r"(?i)(?=[hilmnosw])\b(?:must|should|ought to|need to|needs to|have to|has to|it is necessary|"
    r"it is advisable|it is important|it is desirable|we are faced with|let us)\b"
)

_FUTURE = re.compile(
    r"(?i)(?=[acdgipqrstw])\b(?:will|shall|plan(?:s|ned)?|target|quota|aim|pledge[ds]?|resolved?|intend|going to|would|"
    r"determined|decided to|commitment)\b"
)

_EVENT = re.compile(
    r"(?i)(?=[abcdefhilorsv])\b(?:held|visited|signed|sent|submitted|ratified|opened|completed|built|decided|"
    r"established|began|started|returned|received|delivered|stopped|agreed|launched|adopted|hit|struck|affected|"
    r"suffered|shut|closed|halted|suspended|resumed|banned|imposed|lifted|flooded|destroyed|damaged)\b"
)

_TERMINAL_END = re.compile(r"[.!?…;:][\"”’')\]]*$")

_DIGITS = re.compile(r"\d")


@dataclass
class Context:
    """What governs a sentence with no date of its own: the paragraph's last date, the heading's (and whether the
    text is a news story, whose paragraphs carry their dates on: corpus news-story)."""

    paragraph: tuple[Resolved, FoundDate] | None = None
    heading: tuple[Resolved, FoundDate] | None = None
    story: bool = False  # a dateline has begun a news story: its paragraphs are one account, not sections
    frame: tuple[Resolved, FoundDate] | None = None  # what governed the first of a run of entries ("Labor: …")
    in_entries: bool = False  # the last paragraph was such an entry
    price: tuple[str, float] | None = None  # the last price with its denominator ("KPW/kg", 90): a later sum of the
    # same money, named as a price, is a price per the same (corpus: price-carried)
    seoul_accounts: bool = False  # the text cites the Bank of Korea: its national accounts of the North are in
    # South Korean won (corpus: seoul-won)
    deadline: tuple[Resolved, FoundDate] | None = None  # the time a future the story tells is to be done by ("will
    # link … by 2014"): what its later sentences of the future are of (corpus: deadline-future)
    versus: Dating | None = None  # the time of the last figure compared with after "vs" that had one of its own
    # ("-11.7% vs -7.6% in 2020"): a later "vs" figure with none is of it (corpus: versus-carried)
    speech: tuple[Resolved, FoundDate] | None = None  # the day a reported conversation was held ("On 24 August, the
    # counsellor told our attaché that …"): the "at present" of what was said is that day (corpus: speech-day)
    passage: Passage = field(default_factory=Passage)  # the last sum of money and the last figure with a unit read
    # (each its unit, value and end): a bare number after them in its paragraph may be in that money or unit (corpus:
    # elliptic-money, figure-again)

    def moved_back(self, by: int) -> None:
        """Into the offsets of the next stretch, ``by`` characters on (its dates' spans go negative)."""
        for name in ("paragraph", "heading", "frame", "deadline", "speech"):
            held = getattr(self, name)
            if held is not None:
                r, d = held
                setattr(self, name, (r, replace(d, start=d.start - by, end=d.end - by)))
        self.passage = Passage(*(None if held is None else (held[0], held[1], held[2] - by) for held in self.passage))
        if self.versus is not None and self.versus.span is not None:
            a, b = self.versus.span
            self.versus = replace(self.versus, span=(a - by, b - by))


class Roles:
    """Whether a date of a sentence is a baseline or a report's date, asked once per date: the sentence's figures
    and what the sentence leaves to govern the next both ask. So too whether a sentence is of the past and whether
    it is in the present tense, asked once per sentence (each of its figures asks)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._baseline: dict[tuple[int, int], bool] = {}
        self._attribution: dict[tuple[int, int], bool] = {}
        self._past: dict[tuple[int, int], bool] = {}
        self._present: dict[tuple[int, int], bool] = {}

    def past(self, start: int, end: int) -> bool:
        """``of_the_past`` of the sentence ``text[start:end]``."""
        got = self._past.get((start, end))
        if got is None:
            got = self._past[start, end] = of_the_past(self.text[start:end])
        return got

    def present(self, start: int, end: int) -> bool:
        """``_present_tense`` of the sentence ``text[start:end]``."""
        got = self._present.get((start, end))
        if got is None:
            got = self._present[start, end] = _present_tense(self.text[start:end])
        return got

    def baseline(self, d: FoundDate, floor: int) -> bool:
        key = (d.start, floor)
        got = self._baseline.get(key)
        if got is None:
            got = self._baseline[key] = attach.is_baseline(self.text, d, floor)
        return got

    def attribution(self, d: FoundDate, floor: int) -> bool:
        key = (d.start, floor)
        got = self._attribution.get(key)
        if got is None:
            got = self._attribution[key] = attach.is_attribution(self.text, d, floor)
        return got


# present tense without a past: "exports account for", "the plant is", "prices remain"
_PRESENT = re.compile(r"(?i)(?=[acefghilmnoprsw])\b(?:is|are|remains?|stands?|accounts?|amounts?|has|have|holds?|"
                      r"employs?|produces?|exports?|imports?|consumes?|lacks?|operates?|supplies|supply|reaches|makes?|"
                      # and what persons do in the present: "2,000 North Koreans work in the UAE" (corpus:
                      # present-tense)
                      r"costs?|sells?|work|live|earn|receive|need|face|lie|lies|provides?|gives?)\b")

_PAST = re.compile(r"(?i)(?=[abcdefghijlmnopqrstw])\b(?:was|were|had|did|rose|fell|grew|reached|produced|increased|"
                   r"decreased|declined|dropped|amounted|totall?ed|exported|imported|accounted|stood|came|hit|exceeded|fulfill?ed|overfulfill?ed|"
                   r"surpassed|jumped|climbed|shrank|expanded|turned\s+out|registered|recorded|achieved|built|"
                   r"received|delivered|harvested|mined|made|cost|sold|bought|"
                   # the past tenses of reported change: "gained 8.9 percent", "added up to", "surged", "slid"
                   r"gained|added|surged|soared|plunged|tumbled|slid|slumped|contracted|widened|narrowed|posted|"
                   r"logged|topped|doubled|tripled|edged|inched|rebounded|recovered|improved|worsened|reduced|raised|"
                   r"earned|spent|paid|shipped|sent|supplied|provided|"
                   # and of the wire's other verbs of change: "slipped", "shed", "eased", "dipped", "went up"
                   rf"{WIRE_FALLS}|{WIRE_RISES}|sunk|lost|sagged|went\s+(?:up|down)|skyrocketed|"
                   r"nosedived|dived|dove|ballooned|swelled|spiked|leapt|leaped|rallied|dwindled|halved|quadrupled|"
                   r"advanced|retreated|shrunk|grown|risen|fallen)\b")

# a sentence of what could or will be takes no past date from the sentences before it (corpus: modal-no-past)
# ("is to produce", "are set to rise", "plans to build", "shall": a plan's or an obligation's future too)
# ("is racing to boost", "hopes to", "vowed to": an effort or a hope is of what is to come; "mobilized brigades to
# complete two projects by Oct. 10": a purpose and its deadline; "US$ 5.5 m February – July Net Funding
# Requirements": what is required is yet to come)
_MODAL = re.compile(rf"(?i)(?=[acehilmprstvw])\b(?:could|would|will|(?-i:may)|{MIGHT}|expected\s+to|likely\s+to|shall|"
                    r"should|(?:is|are)\s+(?:(?:set|scheduled|due|planned|expected|projected)\s+)?to(?=\s+[a-z])"
                    r"(?!\s+(?:the|an?|its|their|this|that|these|those|some)\b)|(?:plans?|aims?|intends?)\s+to|"
                    r"(?:is|are)\s+(?:racing|striving|working|pushing|seeking|trying|rushing|scrambling|moving|hoping|"
                    r"about)\s+to|"
                    r"(?:hopes?|vow(?:s|ed)?|pledg(?:es|ed)|seeks?)\s+to|requirements?|"
                    r"to\s+(?:complete|finish|build|construct|produce|raise|boost|increase|expand|reach|achieve|fulfil+|meet)"
                    r"\b[^.;]{0,80}?\bby\s+(?:the\s+end\s+of\s+)?(?:the\s+year|(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
                    r"Nov|Dec)))\b")


def of_the_past(sentence: str) -> bool:
    """A sentence of what was, not of what could or will be: its month with no year that would fall after the
    document is the last such month before it (``attach.reanchor``'s ``past``; corpus: month-before-document)."""
    return not _MODAL.search(sentence)


def _in_the_past(r: Resolved, doc: Document) -> bool:
    """The resolved time ends before the document's date."""
    return doc.doc_date is not None and bounds(r.edtf)[1] < doc.doc_date


# a later clause with a subject of its own: ", and the country's food situation was worsened by floods in 2007"
_NEW_SUBJECT = re.compile(r"(?i)[,;]\s*(?:and|but|while|whereas)\s+(?:the|its|their|his|her|our|this|these|those|"
                          r"it|they|he|she|we)\b")


def _of_a_later_sentence(text: str, cl: tuple[int, int], d: FoundDate) -> bool:
    """A date after the figure's clause, in a coordinated clause with its own subject, is that clause's: "Famine
    killed about 2 million people, and the food situation was worsened by floods in 2007" (corpus:
    later-clause-date). A date before the figure's clause still governs it ("In 2007 …, and its 3 mines …")."""
    return d.start >= cl[1] and _NEW_SUBJECT.match(text, cl[1]) is not None  # the clause ends at its comma


# a figure in a "when" clause just after a date is of that date: "rising since 2005, when the share topped 50
# percent" is 50 percent in 2005 (corpus: relative-clause-date)
_WHEN_AFTER = re.compile(r"(?i)\s*,?\s*when\b[^.;:()]{0,80}$")


def _when_clause(text: str, q: Quantity, dates: list[FoundDate], doc: date | None = None, past: bool = False,
                 latest: date | None = None) -> Dating | None:
    """The dating of a figure in a "when" clause that follows a date: the date's own time, without its "since" (a
    month of a sentence of the past read as the last such month before the document: "peaked in March and October,
    when hackers took $776 million" in a February report is last October's)."""
    before = [d for d in dates if d.end <= q.start and _WHEN_AFTER.match(text, d.end, q.start)]
    if not before:
        return None
    d = before[-1]
    prep, core = _split_prep(d.text)
    r = resolve(core, None) if prep else attach.reanchor(d, None, doc, past=past, latest=latest)
    return resolved_dating(r, d, "clause") if r is not None else None


def _holds_now(r: Resolved, doc: Document) -> bool:
    """The resolved time is a span of half a year or more begun by the document's date and going on past it (a
    marketing year begun, a plan's years), not one counted up to it ("since 2000"): the present of a sentence under it
    is within it."""
    if doc.doc_date is None or doc.latest is None or "/" not in r.edtf:
        return False
    lo, hi = bounds(r.edtf)
    return lo <= doc.doc_date and hi > doc.latest and (hi - lo).days >= 180


def _in_the_future(r: Resolved, doc: Document) -> bool:
    """The resolved time begins after the document's date: a sentence that is not of the future takes no such time
    from the sentences before it ("will be expanded beginning next year. … there are about 200,000 tons") (corpus:
    future-no-present). A document dated only to its month may be of its last day: its own days have come."""
    latest = doc.latest
    return latest is not None and bounds(r.edtf)[0] > latest


# what is said of a figure, in the present, is no present time of it: "the figure of 135 million rubles is based on
# Soviet estimates", "output is estimated at 5 million tonnes" — the figure is of the time the passage is in
# (corpus: reported-present)
_REPORTED_PRESENT = re.compile(r"(?i)\b(?:is|are)\s+(?:\w+ly\s+)?(?:estimated|expected|projected|forecast|put|thought|"
                               r"believed|reported|said|based|considered|exaggerated|known|calculated|assessed)\b")


# a present passive: "are supplied from China", "is paid in won" — the participle is no past tense
_PRESENT_PASSIVE = re.compile(r"(?i)\b(?:is|are|am)\s+(?:(?:not|also|still|now|\w+ly)\s+)?[a-z]+\b")


# a word of trade that is a noun, not the present verb it can be: after a determiner or a preposition ("its
# exports", "of imports") or before the noun it modifies ("the commercial import capacity is estimated at …", "export
# earnings") — the sentence's tense is in its other words (corpus: trade-noun-no-present)
_TRADE_NOUN = re.compile(
    r"(?i)(?:\b(?:the|a|an|its|their|his|her|our|this|these|those|of|for|on|from|with|by|and|or)\s+(?:imports?|exports?|"
    r"costs?|supply|supplies|accounts?|amounts?)\b|\b(?:imports?|exports?|costs?|supply)(?=\s+(?:capacity|capacities|"
    r"earnings|revenues?|volumes?|values?|figures?|data|bans?|quotas?|prices?|growth|sector|markets?|chains?|"
    r"dependen(?:ce|cy)|routes?|levels?|requirements?|needs?|licen[cs]es?|duties|tariffs?|controls?|items?)\b))")


_TRADE_STEMS = ("import", "export", "cost", "suppl", "account", "amount")


def _present_tense(sentence: str) -> bool:
    """A sentence in the present, read without its bracketed asides ("Each side will deliver a million rubles (for
    1958 the deliveries are set at …)" is of the future)."""
    stated = _PRESENT_PASSIVE.sub(" is ", _REPORTED_PRESENT.sub(" ", _BRACKETED.sub(" ", sentence)))
    if "ha" in stated:  # a present perfect tells what was done: "its workers have carried out the plan at 104%"
        stated = _PRESENT_PERFECT.sub(" did ", stated)  # (corpus: present-perfect)
    low = stated.lower()
    if any(w in low for w in _TRADE_STEMS):  # (asked first: most sentences name no word of trade)
        stated = _TRADE_NOUN.sub(" ", stated)
    return bool(_PRESENT.search(stated)) and not _PAST.search(stated) and not _WILL.search(stated)


_BRACKETED = re.compile(r"\([^()]*\)")
_PRESENT_PERFECT = re.compile(r"(?i)(?<!to )\b(?:has|have)\s+(?:(?:also|already|now|just|\w+ly)\s+)?"
                              # (not a report's verb, which tells what is held now: "has estimated", "has urged")
                              r"(?!(?:estimated|said|reported|announced|claimed|noted|stated|told|engaged|urged|warned|"
                              r"called|asked|appealed|calculated|assessed|projected|forecast)\b)(?:[a-z]+ed|built|done|"
                              r"made|carried\s+out|won|set|put|taken|given|brought|paid|sent|met|held|begun|spent|sold|"
                              r"bought|turned\s+out)\b")
_WILL = re.compile(r"(?i)\b(?:will|shall)\b")
_MODAL_PAST = re.compile(r"(?i)\b(?:will|shall)\s+have\b")  # "will have grown": a future perfect, no plan


# a duration that measures an activity of the economy is a claim: "carried out the quota in three and a half
# months", "two years ahead of schedule", "one year's worth of grain", "a 6-year course", "will stay for ten days";
# any other ("for three years", "in the first nine months") only says when
_DURATION_BEFORE = re.compile(
    r"(?i)\b(?:(?:fulfill?(?:ed|s)?|carried\s+out|carry\s+out|completed?|finished|built|accomplished|met|"
    r"overfulfill?ed)\b[^.;]{0,60}\b(?:in|within)|stay(?:ed|s)?(?:\s+\w+){0,3}\s+for|spen[dt]|last(?:ed|s)?|"
    r"takes?|took|taking)\s+(?:(?:only|just|about|some|nearly|almost|over|a\s+mere)\s+)?$"
)

_DURATION_AFTER = re.compile(r"(?i)(?:(?:['’]s?)?\s+worth\b|\s+(?:ahead\s+of|behind)\s+schedule|[\s-]+course\b|"
                             r"\s+(?:early|ahead|sooner))")

# a span of life is a measure of people, not a duration of an activity: "life expectancy of 70.3 years"
# ("life expectancies of 67 and 75 years", "can expect to live about 71 years")
_LIFE_SPAN = re.compile(r"(?i)\b(?:life\s+expectanc(?:y|ies)|life\s+span|lifespan|"
                        r"(?:average|mean|median|retirement)\s+ages?|expect(?:ed)?\s+to\s+live|"
                        # the age at marriage: "men married at 29.0 years" (corpus: life-expectancy)
                        r"(?:got\s+)?marri(?:ed|es|age)\s+at|age\s+at\s+(?:first\s+)?marriage)\b"
                        r"(?:[^.;]|\.(?=\d)){0,100}$")  # a decimal point ends no clause

# "a one dollar bill", "a 5,000-won note" (on the same line: a field's "note:" under its value is no banknote)
_NOT_A_SUM = re.compile(r"(?i)[ \t-]+(?:bills?|notes?|banknotes?|coins?|denominations?)\b(?!:)")

_UNIT_STATEMENT = re.compile(r"(?i)\bin\s+(?:the\s+)?$")  # "(in millions of US dollars)": the table's unit

_VAGUE = re.compile(r"(?i)(?:tens|hundreds|thousands|millions|billions|dozens)\s+of\b")

# nouns that count the parts of an argument or its sources, not things of the economy: "two countries", "three
# reasons", "the two studies"
_DISCOURSE = re.compile(
    r"(?i)\b(?:countr(?:y|ies)|koreas?|sides?|parties|ways?|reasons?|weakness(?:es)?|strengths?|problems?|"
    r"points?|questions?|factors?|issues?|aspects?|things?|kinds?|types?|steps?|stages?|phases?|years?|decades?|"
    r"months?|weeks?|days?|times?|occasions?|cases?|examples?|options?|scenarios?|leaders?|men|women|sons?|"
    r"daughters?|stud(?:y|ies)|surveys?|census(?:es)?|reports?|sources?|papers?|articles?|fronts?|goals?|aims?|"
    r"objectives?|directions?|themes?|principles?|lessons?|nations?|governments?)\b"
)
# the parts of a method, in digits or words: "a framework of 50 indicators", "12 variables", "five pillars" — how a
# study is built, not a thing of the economy (corpus: method-parts)
_METHOD_PARTS = re.compile(r"(?i)(?:indicators?|variables?|criteria|dimensions?|pillars?|sub-?ind(?:ices|exes)|"
                           r"metrics?)\b")


# a size class of things counted, after their count and noun: "five runways over 3,659 meters", "12 ships of more than
# 1,000 tons", "roads longer than 10 km" after a count of them (corpus: class-bound)
_CLASS_BOUND = re.compile(
    r"(?i)\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty(?:-[a-z]+)?)\s+"
    r"(?:[a-z-]+\s+){0,3}?[a-z]+s\s+(?P<prep>(?:over|under|above|below|exceeding|longer\s+than|shorter\s+than|"
    r"(?:of|with)\s+(?:over|more\s+than|less\s+than|under))\s+)?$")
_BOUND_WORD = re.compile(r"(?i)(?:over|under|above|below|more\s+than|less\s+than)\s")  # (read into the figure)


_ALONE_ON_LINE = re.compile(r"[ \t]*(?i:tens|dozens|hundreds|thousands|millions|billions)\b")
_LINE_END = re.compile(r"[ \t.]*(?:\n|$)")


def _figures(text: str, qs: list[Quantity], econ_re: re.Pattern[str]) -> list[Quantity]:
    """The quantities that are claims: measured or counted things of the economy, and durations of an activity.
    A number in words counting what is not of the economy ("two countries", "five postwar years") is prose."""
    out = []
    for q in qs:
        if q.unit in CURRENCIES_ALL and _NOT_A_SUM.match(text, q.end):
            continue
        if _VAGUE.match(q.text) and (_UNIT_STATEMENT.search(text[max(0, q.start - 12) : q.start])
                                      or (_ALONE_ON_LINE.match(text, text.rfind("\n", 0, q.start) + 1)
                                      and _LINE_END.match(text, q.end))):
            continue  # ("Billions of US dollars" alone on its line, under a table: its unit, no amount)
        if q.unit in ("count", "people") and not _DIGITS.search(q.text) and _DISCOURSE.search(q.noun or ""):
            continue
        if q.unit == "count" and _METHOD_PARTS.match(q.noun or ""):
            continue
        if q.unit in ("m", "km", "t", "kW") and (bound := _CLASS_BOUND.search(text, max(0, q.start - 90), q.start)) \
                and (bound["prep"] or _BOUND_WORD.match(q.text)):  # (the bound's word before it, or read into it)
            continue  # "less than five runways over 3,659 meters": the bound of a class counted, no measure
        if q.unit == "year" and q.per is None and _LIFE_SPAN.search(text[max(0, q.start - 110) : q.start]):
            out.append(replace(q, unit="years", economic=True))  # corpus: life-expectancy
        elif q.unit in DURATIONS:
            before = text[max(0, q.start - 90) : q.start].replace("[", "").replace("]", "")  # "[to spend] twenty days"
            if _DURATION_BEFORE.search(before) or _DURATION_AFTER.match(text, q.end):
                out.append(q)
        elif q.unit == "count" and q.noun in ("points", "point") and any(o.unit in ("%", "pp") for o in out) and \
                _POINTS_CHANGE.search(text, max(0, q.start - 24), q.start):
            # "9.1 percent of output, up 0.6 points from 2011": a change of a share in points is in percentage points
            # (corpus: share-points); counter-example: "scored 12 points"
            out.append(replace(q, unit="pp", noun=None, economic=True))
        elif q.economic:
            out.append(q)
    return out


_POINTS_CHANGE = re.compile(rf"(?i)\b(?:{CHANGE_WORDS}|by|of)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+)?$")


# the time of the figure a change starts from, after it: "is 34.7 times larger, widening from a 32.6-fold gap in 2005"
# — 2005 is the 32.6-fold's, not the 34.7's (corpus: from-figure-time)
_FROM_OTHER = re.compile(r"(?i)\bfrom\s+(?:an?\s+|the\s+|about\s+|some\s+)?[$€£¥₩]?\d(?!\d{3}\b)")  # (not a year)


_VERSUS_BEFORE = re.compile(r"(?i)\b(?:vs\.?|versus)\s*$")


def _versus_carried(text: str, figures: list[Quantity], dating_of: dict[int, Dating], ctx: Context) -> None:
    """"Mining (-11.7% vs -7.6% in 2020); manufacturing (-3.3% vs -3.8%)": a figure compared with, after "vs", that
    no date of its own dates is of the time the last such figure had in the passage (corpus: versus-carried)."""
    for q in figures:
        d = dating_of.get(q.start)
        if d is None or not _VERSUS_BEFORE.search(text, max(0, q.start - 10), q.start):
            continue
        if d.basis in ("phrase", "clause") and d.span is not None and d.span[0] >= q.end:
            ctx.versus = d  # (its own date, after it)
        elif d.basis in ("earlier-sentence", "document", "heading") and ctx.versus is not None:
            v = ctx.versus
            dating_of[q.start] = Dating(v.when, "context", "earlier-sentence", v.text, v.span,
                                        f"no date of its own; {v.note}: the time of the figures compared with before")


# a fact sheet's field whose value is dated in brackets: "Radios: 3.36 million (1997)", "Radios:\n3.36 million (1997)"
_DATED_FIELD = re.compile(r"[ \t]*[A-Z][^:\n]{1,60}:\s+[~≈]?\d[^\n]{0,40}?\((?:mid-)?(?:1[6-9]|20)\d\d(?:\s+est\.?)?\)")


# a conversation reported with its day: "On 24 August, the counsellor told our attaché that …" (corpus: speech-day)
_REPORTED_SPEECH = re.compile(r"(?i)\b(?:told|informed|said|stated|remarked|explained|reported)\b")


def speech_day(text: str, start: int, end: int, dates: list[FoundDate],
               roles: Roles) -> tuple[Resolved, FoundDate] | None:
    """The day a sentence reports a conversation was held, when it names one as the day of the saying: "On 24
    August, the counsellor told our attaché that …", "… the minister said on 3 May"."""
    if not _REPORTED_SPEECH.search(text, start, end):
        return None
    for d in dates:
        if d.resolved is None or not DAY_EDTF.fullmatch(d.resolved.edtf):
            continue
        if roles.attribution(d, start) or (d.start - start <= 3 and
                                           _REPORTED_SPEECH.search(text, d.end, min(end, d.end + 80))):
            return d.resolved, d
    return None



def _label_before(text: str, start: int) -> int | None:
    """Where the field label of a sentence's value begins, when the label is cut off the sentence ("Airports:" of
    "78 (2003 est.)") or is a sub-label under its field's head ("total: 35" under "Airports - with paved runways:"):
    the label names what a bare count counts (corpus: field-label-counts)."""
    line = text.rfind("\n", 0, start) + 1
    lead = text[line:start].rstrip()  # a label cut off the sentence
    if lead and not (lead.endswith(":") and len(lead) <= 60):
        return None
    label = lead or (m[0] if (m := _SUB_LABEL.match(text, start)) else "")
    if not label:
        return None
    if label[:1].islower() and line:  # a sub-label: its field's head is the line above
        above = text.rfind("\n", 0, line - 1) + 1
        head = text[above : line - 1].rstrip()
        if head.endswith(":") and len(head) <= 60:
            return above
    return line if lead else None


_SUB_LABEL = re.compile(r"[a-z][^:\n]{0,40}:[ \t]")


def sentence_candidates(text: str, lowered: str, start: int, end: int, sent_dates: list[FoundDate],
                         masked: SpanIndex, ctx: Context, doc: Document, lex: Lexicon,
                         dateline: list[tuple[int, int]], roles: Roles | None = None,
                         numbered: bool | None = None) -> list[Candidate]:
    """The candidates of one sentence; ``dateline`` holds the spans its figures are not read in (a dateline, the
    rows of a table the sentence runs into); ``numbered`` is ``is_numbered`` of the sentence, if asked already."""
    roles = Roles(text) if roles is None else roles
    numbered = is_numbered(text, lowered, start, end) if numbered is None else numbered
    if not numbered and not sent_dates:
        return []  # no figure to read and no date to make an event of: most sentences of prose
    quote = text[start:end]
    qs: list[Quantity] = []
    if numbered:
        skip = masked.overlapping(start, end) + dateline
        skip += [(d.start, d.end) for d in sent_dates]
        qs = find_quantities(text, start, end, skip, ctx.passage)
    figures = [q for q in _figures(text, qs, lex.econ_re) if start <= q.start and q.end <= end]
    if figures:
        money = next(((q.unit, q.value, q.end) for q in reversed(figures) if q.unit.split("-")[0] in CURRENCIES_ALL),
                     ctx.passage.money)
        measured = next(((q.unit, q.value, q.end) for q in reversed(figures) if q.strong), ctx.passage.measured)
        ctx.passage = Passage(money, measured)
    units, ctx.price = carried_units(text, start, [(q.start, q.end, q.unit, q.value) for q in figures], ctx.price)
    figures = _south_korean_won(text, start, end, [q if u == q.unit else replace(q, unit=u)
                                                   for q, u in zip(figures, units, strict=True)], ctx)
    econ = len(lex.econ_re.findall(lowered, start, end)) if (qs or sent_dates) else 0
    if not econ and qs:
        lead = _label_before(text, start)
        if lead is not None:
            econ = len(lex.econ_re.findall(lowered, lead, start))  # "Airports: 78 (2003 est.)": the field's label says
        elif (line := text.rfind("\n", 0, start) + 1) > 0 and not text[line:start].strip() and \
                text[: line - 1].rstrip(" \t").endswith(":"):
            lead = text.rfind("\n", 0, line - 1) + 1  # ("Radios:\n3.36 million (1997)": the label on its own line)
        if not econ and _DATED_FIELD.match(text, start if lead is None else lead, end):
            econ = 1  # "Radios: 3.36 million (1997)": a fact sheet's field with a dated value is a claim (corpus:
            # field-label-counts)
    if not econ and not any(q.strong for q in figures):
        return []  # no word of the economy and no figure that needs none: nothing to propose (as below, sooner)
    usable = [d for d in sent_dates if d.resolved and not roles.attribution(d, start)]
    baselines = [d for d in usable if roles.baseline(d, start)]
    own = [d for d in usable if d not in baselines and not d.resolved.weak]  # type: ignore[union-attr]
    weak = [d for d in usable if d.resolved.weak]  # type: ignore[union-attr]
    governing = ctx.paragraph[0] if ctx.paragraph else (ctx.heading[0] if ctx.heading else None)
    out: list[Candidate] = []
    if figures and not any(q.strong for q in figures) and not econ:
        figures = []  # "three men", "two days": counts with no word of the economy
    if not figures and not ((own or weak) and econ):
        return out
    topics = guess_topics(lex, lowered[start:end])
    entities = guess_entities(lex, quote)
    if quote.rstrip().endswith("?") and not any(q.strong for q in figures):
        return []
    clause_spans = attach.clauses(text, start, end)
    latest = doc.latest  # the last day the document's date allows
    dating_of: dict[int, Dating] = {}
    pairs = attach.respectively_pairs(text, (start, end), figures, own)
    for cl in clause_spans:
        cl_figs = [q for q in figures if cl[0] <= q.start < cl[1]]
        cl_own = [d for d in own if cl[0] <= d.start < cl[1]]
        for q in cl_figs:
            if (in_when := _when_clause(text, q, usable, doc.doc_date, roles.past(start, end), latest)) is not None:
                # "since 2005, when it topped 50 percent"
                dating_of[q.start] = in_when
                continue
            # (a date in a relative clause after the figure is of what the clause says: "more than 1,200 won, a price
            # which was also recorded in February")
            # — nor one in a relative clause closed before it: "The factory, which opened in 1973, now produces")
            near_own = [x for x in cl_own
                        if (x.start < q.end and not attach.closed_relative_clause(text, start, x, q.start))
                        or (x.start >= q.end and not (attach.in_relative_clause(text, q.end, x.start)
                                                      or _FROM_OTHER.search(text, q.end, x.start)))]
            d = pairs.get(q.start) or attach.nearest(q, near_own, text)
            basis = "clause"
            if d is None and own and (cl_now := next((w for w in weak if cl[0] <= w.start < cl[1]), None)) is not None:
                # "two years ago it was 3,000 won; now it is 6,000 won": the time of speaking in the figure's own
                # clause, not another clause's date (corpus: now-in-clause)
                dating_of[q.start] = resolved_dating(cl_now.resolved, cl_now, "clause")  # type: ignore[arg-type]
                continue
            if d is None:
                main = [x for x in own if not (cl[0] <= x.start < cl[1]) and not _of_a_later_sentence(text, cl, x)
                        and not attach.in_relative_clause(text, q.end, x.start)]
                d, basis = attach.nearest(q, main, text), "sentence"
            if d is not None:
                # "a year earlier" counts from the sentence's first date before it (its main clause's), else
                # from what governs the passage
                prior = [x for x in own if x.end <= d.start and anaphoric_shift(x.text) is None]
                anchor = _counted_from(d, own, attach.reanchor(prior[0], governing, doc.doc_date, latest=latest)
                                       if prior else governing, governing, doc, latest)
                r = attach.reanchor(d, anchor, doc.doc_date, past=roles.past(start, end), latest=latest)
                other = attach.joined_date(d, own, text) if r is not None and not pairs else None
                if other is not None:  # "the combined figures of July and August": the two times as one span
                    ro = attach.reanchor(other, anchor, doc.doc_date, past=roles.past(start, end), latest=latest)
                    both = attach.span_of(d, r, other, ro, text)
                    if both is not None:
                        d, r = both
                if r is not None:
                    near = (d.start - q.end < 12 and d.start >= q.end) or (q.start - d.end < 12 and d.end <= q.start)
                    dating_of[q.start] = resolved_dating(r, d, "phrase" if near and basis == "clause" else basis)
                    continue
            if weak and ctx.speech is not None:  # (a weak date is a "now" of speaking: dategrammar's _WEAK)
                r, said = ctx.speech  # "At present about 5,000 Koreans work there", told on 24 August: of that day
                dating_of[q.start] = Dating(r.edtf, "context", "earlier-sentence", said.text, (said.start, said.end),
                                            f"{weak[0].text!r} of what was said on {said.text!r}: {r.edtf}")
            elif weak:
                w = weak[0]
                dating_of[q.start] = resolved_dating(w.resolved, w, "sentence")  # type: ignore[arg-type]
            elif roles.present(start, end) and not ctx.heading:
                if ctx.paragraph and _holds_now(ctx.paragraph[0], doc):  # the present is within the passage's time:
                    r, fd = ctx.paragraph  # "For 2002/03 (November/October) … Part of this is already covered by
                    dating_of[q.start] = resolved_dating(  # imports of 300 000 tonnes" (corpus: present-in-period)
                        r, fd, "earlier-sentence", f"no date in the sentence, which is in the present tense; {r.note}, "
                        f"stated earlier, holds the document's date")
                else:
                    dating_of[q.start] = document_dating(doc, "no date in the sentence, which is in the present tense")
            elif ctx.paragraph and not (not roles.past(start, end) and _in_the_past(ctx.paragraph[0], doc)) and not (
                    _in_the_future(ctx.paragraph[0], doc) and roles.past(start, end) and not _FUTURE.search(quote)):
                r, fd = ctx.paragraph
                dating_of[q.start] = resolved_dating(r, fd, "earlier-sentence",
                                                      f"no date in the sentence; {r.note}, stated earlier")
            elif ctx.deadline and _WILL.search(quote) and not _MODAL_PAST.search(quote):
                r, fd = ctx.deadline
                dating_of[q.start] = resolved_dating(r, fd, "earlier-sentence", f"no date in the sentence, which is "
                                                     f"of the future; {r.note}, the time it is to be done by")
            elif ctx.heading:
                r, fd = ctx.heading
                dating_of[q.start] = resolved_dating(r, fd, "heading",
                                                      f"no date in the sentence; {r.note}, from the heading")
            else:
                dating_of[q.start] = document_dating(doc, "no date in the sentence or the paragraph")
    # a baseline ("the previous year") counts from the sentence's own date, else from what governs the passage
    # (as the figures' own dates are read: "in December" of a January report is last December — month-before-document)
    main_own = [d for d in own if not attach.in_relative_clause(text, start, d.start)]  # (not a clause's own date)
    sentence_date = (attach.reanchor(main_own[0], governing, doc.doc_date, past=roles.past(start, end), latest=latest)
                     or main_own[0].resolved) if main_own else governing
    base_whens: list[tuple[FoundDate, str | None]] = [
        (d, _baseline_point(d, (attach.reanchor(d, _counted_from(d, own, sentence_date, governing, doc, latest),
                                                doc.doc_date, latest=latest) or d.resolved).edtf))  # type: ignore[union-attr]
        for d in baselines]
    _change_start(text, start, figures, dating_of)
    _date_from_figure(text, start, figures, base_whens, dating_of)
    _year_after_previous(text, start, figures, base_whens, dating_of)
    _rate_over_change(text, start, figures, dating_of)
    _versus_carried(text, figures, dating_of, ctx)
    _population_described(text, figures, dating_of, doc)
    prev_measured: tuple[Quantity, str] | None = None  # the last figure of the sentence with a measure
    for q in figures:
        cl = next((c for c in clause_spans if c[0] <= q.start < c[1]), (start, end))
        dating = dating_of[q.start]
        q = money_era(text, q, dating.when)
        comparison = attach.comparison_for(text, q, figures, base_whens, cl, dating_of)
        if dating.basis == "document":
            dating = _at_baseline_precision(dating, comparison, text[cl[0] : cl[1]], doc)
        measure = measure_of(text, start, end, q)
        if measure is None and q.unit in ("%", "pp") and prev_measured is not None:
            measure = growth_of(prev_measured[1], text[max(start, q.start - 30) : q.start], text[q.end : q.end + 12])
        if measure is None and q.unit.split("/")[0] in CURRENCIES_ALL and prev_measured is not None:
            measure = value_of(prev_measured[1], text[max(start, q.start - 40) : q.start])
        if measure is not None and q.unit not in ("%", "pp", "times"):
            prev_measured = (q, measure)
        # (after the last day the document's date allows: a document dated "2016" may be of December, its August come)
        future = bool(dating.when and latest and bounds(dating.when)[0] > latest)
        kind = kind_of(text[cl[0] : cl[1]], q, future, quote)
        conf = 0.0  # a figure's confidence is read from the candidate itself (__post_init__)
        out.append(Candidate(start, end, quote, q, dating, comparison, measure, kind, topics, entities, conf,
                             sent_dates))
    for c in out:  # the figure a change counts from measures what the changed figure measures (corpus:
        cmp = c.comparison  # baseline-figure-date): "raised output to 6.8 million tonnes, up from 6.1 million"
        if c.measure and cmp is not None and cmp.value is not None:
            for o in out:
                if o.measure is None and o.figure is not None and o.figure.unit == cmp.unit and (
                        o.figure.start, o.figure.end) == cmp.span:
                    o.measure = c.measure
                    o.confidence = confidence.of(o)
    if figures:
        return out
    real = own or weak
    now = econ >= 2 and bool(weak)
    if not ((real and econ) or now):
        return out
    if not _TERMINAL_END.search(quote) and len(quote.split()) <= 12:
        return out  # a heading or a dateline, not a sentence
    ev = own[0] if own else weak[0]
    # (read as a figure's date is: a month named alone in a sentence of the past that would fall after the document
    # is the last such month before it — corpus: month-before-document)
    r_ev = (attach.reanchor(ev, governing, doc.doc_date, past=roles.past(start, end), latest=latest) or ev.resolved) \
        if own else ev.resolved
    dating = resolved_dating(r_ev, ev, "sentence")  # type: ignore[arg-type]
    event_kind = "directive" if _DIRECTIVE.search(quote) else "plan" if _FUTURE.search(quote) else (
        "event" if _EVENT.search(quote) else None)
    out.append(Candidate(start, end, quote, None, dating, None, None, event_kind, topics, entities,
                         confidence.raw(None, dating, econ, topics, None), sent_dates))
    return out


# the Bank of Korea (Seoul's central bank), whose estimates of the North's national accounts are in South Korean won;
# the words of national accounts; and South Korea as the owner of a sum (corpus: seoul-won)
# (each name's first letter before its \b, asked behind it: the scan of a whole text skips to the B's and S's in C)
SEOUL_ACCOUNTS = re.compile(r"B(?<=\bB)ank\s+of\s+Korea\b|B(?<=\bB)OK\b|S(?<=\bS)tatistics\s+Korea\b|"
                            r"S(?<=\bS)(?:eoul|outh\s+Korea)['’]s\s+central\s+bank\b|"
                            r"c(?<=\bc)entral\s+bank\s+(?:in|of)\s+(?:Seoul|South\s+Korea)\b")
_NATIONAL_ACCOUNTS = re.compile(r"(?i)\b(?:GNI|GDP|GNP|gross\s+(?:national|domestic)|national\s+income|per\s+capita|"
                                r"income\s+per|nominal)\b")
# (… or the South's own, a relative clause after it: "1.7 percent of South Korea's, which came to 2,401.2 trillion won")
_SOUTH_OWNS = re.compile(r"(?i)\b(?:South\s+Korea(?:n|['’]s)?|Seoul['’]s|the\s+South['’]s|ROK['’]s)\b"
                         r"(?:,\s*which\s+(?:came\s+to|was|stood\s+at|amounted\s+to|reached|totall?ed)\s+)?[^.;,]{0,40}$")


def _south_korean_won(text: str, start: int, end: int, figures: list[Quantity], ctx: Context) -> list[Quantity]:
    """A sum of won that is South Korean: of a national account ("per capita income was 1.41 million won", "GNI
    came in at 33.8 trillion won") in a text that cites the Bank of Korea, which counts the North's accounts in its
    own money; or owned by South Korea in its clause ("South Korea's 2013 GNI of 1,441.1 trillion won")."""
    out = []
    for q in figures:
        if q.unit == "KPW" and text[q.start : q.end].lower().rstrip(". ").endswith("won") and (
                (ctx.seoul_accounts and _NATIONAL_ACCOUNTS.search(text, start, end))
                or _SOUTH_OWNS.search(text, max(start, q.start - 60), q.start)):
            q = replace(q, unit="KRW")
        out.append(q)
    return out


# a change counted over a year or a month: "fell 12 percent on-year", "up 3% year on year", "month-on-month"
_OVER_A_YEAR = re.compile(r"(?i)\b(?:year[\s-]+on[\s-]+year|on[\s-]+year|y-o-y|yoy|"
                          r"from\s+a\s+year\s+(?:earlier|ago|before)|"
                          r"annual(?:ly)?\s+(?:growth|increase|decrease|rise|fall))\b")

_OVER_A_MONTH = re.compile(r"(?i)\b(?:month[\s-]+on[\s-]+month|on[\s-]+month|"
                           r"from\s+a\s+month\s+(?:earlier|ago|before))\b")


def _counted_from(d: FoundDate, own: list[FoundDate], default: Resolved | None, governing: Resolved | None,
                  doc: Document, latest: date | None) -> Resolved | None:
    """What an anaphoric date of the sentence counts from: a week, a month or days "earlier" from the nearest date
    before it ("in Q1 … rice cost 4,400 won in early July, up from 4,000 won a week earlier": early July); else (a
    year, or nothing before it) ``default``, as a year's count has always been read."""
    shift = anaphoric_shift(d.text)
    if shift is not None and shift[1] != "year":
        prior = [x for x in own if x.end <= d.start and anaphoric_shift(x.text) is None]
        if prior:
            return attach.reanchor(prior[-1], governing, doc.doc_date, latest=latest)
    return default


def _baseline_point(d: FoundDate, edtf: str) -> str:
    """A baseline "from 2012" or "since 2012" is the time 2012, not the span the words alone would be (open, or
    counted up to the document: "dropping steadily since 1985, when it stood at 115 billion yen")."""
    if edtf.endswith("/.."):
        return edtf[:-3]
    prep, core = _split_prep(d.text)
    if prep in ("since", "from") and "/" in edtf and (r := resolve(core, None)) is not None and "/" not in r.edtf:
        return r.edtf  # (an absolute time only: "since last year" keeps what reanchoring made of it)
    return edtf


def _at_baseline_precision(dating: Dating, comparison: Comparison | None, clause: str, doc: Document) -> Dating:
    """A figure dated only by the document, but compared with a year ("rose 3.1 percent from 2012", "fell 12
    percent on-year"), is a figure of the document's year, not of its day (corpus: baseline-from,
    baseline-on-year); compared with a month, of the document's month."""
    if doc.doc_date is None:
        return dating
    cmp_when = comparison.when if comparison is not None else None
    if (cmp_when and re.fullmatch(r"\d{4}", cmp_when)) or _OVER_A_YEAR.search(clause):
        when, what = f"{doc.doc_date.year:04d}", "year"
    elif (cmp_when and re.fullmatch(r"\d{4}-\d{2}", cmp_when)) or _OVER_A_MONTH.search(clause):
        when, what = f"{doc.doc_date.year:04d}-{doc.doc_date.month:02d}", "month"
    else:
        return dating
    return Dating(when, "context", "document", None, None,
                  f"no date in the sentence; the document's {what}, as its comparison counts by the {what}")


# a number in words (or the start of one: "doubl", "tripl") or a currency sign: a sentence without a digit may
# still hold a figure ("two million tons", "$ five million"); one trie pattern, asked once a sentence
_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty "
                 "seventy eighty ninety hundred thousand million billion dozen half third quarter doubl twice tripl "
                 "trebl quadrupl halv scores " + " ".join(DENOMINATORS))  # (and every share's: "less than a fifth of")
_NUMBER_WORD_OR_SUM = re.compile(r"(?<![\w-])(?:" + word_pattern(_NUMBER_WORDS) + r")|[$£€¥₩]")

_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")

# the value of a baseline, stated with it: "compared to last year's budget (which was 7.4 billion won)", "above the
# 1955 level of 112 million tons", "than in 2012, when it stood at 3 percent", "compared to that of 2004, which
# recorded 817 million USD" (corpus: baseline-own-figure)
_OWN_VERB = (r"(?:(?:was|were|had\s+been)(?:\s+(?:trading|selling|sold|priced|quoted))?(?:\s+at)?|stood\s+at|"
             r"amounted\s+to|came\s+to|totall?ed|traded\s+at|sold\s+for|recorded|registered|posted|reached)")
_BASELINE_OWN = re.compile(
    # "up on the previous year's US$6.3 billion": the figure the baseline owns, just after it, or after its noun and
    # "of": "up 28 percent over last year's per-capita output of 989 USD"
    r"(?i)['’]s\s+(?:(?:[\w-]+\s+){1,3}?of\s+)?(?=(?:about\s+|some\s+|nearly\s+|just\s+|only\s+)?(?:US\$|\$|£|€|¥|₩)?\d)|"
    r"(?:['’]s)?(?:\s+(?!of\b|when\b|which\b)[^\W\d_]+){0,3}?"
    r"(?:,\s*(?:just\s+|only\s+|some\s+)?[^,;.\d]{1,30}?\bago\b)?"  # "from May 16, just half a month ago, when …"
    rf"\s*(?:\(\s*(?:which|that|it)\s+{_OWN_VERB}|,\s*which\s+{_OWN_VERB}|"
    rf",?\s+(?:of|when\s+(?:it|they|(?:the|its|their)\s+[^\W\d_]+"
    rf"(?:\s+[^\W\d_]+)?)\s+{_OWN_VERB}))\s+"
)
_OWN_PAREN_END = re.compile(r"\)|[;\n]|\.(?!\d)")  # the parenthesis closes, or the sentence
_OWN_CLAUSE_END = re.compile(r",(?!\d)|[;\n]|\.(?!\d)")  # the clause ends ("7,400" is one number)

_TO_BETWEEN = re.compile(r"\s+to\s+")
_FROM_AFTER = re.compile(r"(?:\s+(?:in|during)\s+(?:1[6-9]|20)\d\d)?\s+from\s+"
                         r"(?:about\s+|some\s+|around\s+|nearly\s+)?")
_TO_BEFORE = re.compile(r"(?i)\bto\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$")


# the figure a change counts from named as the one just before: "a 5.1% increase from the previous 2,857 million USD
# in 2004", "up 6% year-on-year from 13.2 million tonnes in 2011" (corpus: year-after-previous)
YEAR_AFTER_PREVIOUS = "changed from the previous figure"  # (the note's words: the passage goes on in that year)
_PREVIOUS_FIGURE = re.compile(r"(?i)\b(?:previous|preceding|year-on-year|on-year|on\s+a\s+year-on-year\s+basis|"
                              r"year-earlier)\b")


def _year_after_previous(text: str, start: int, figures: list[Quantity],
                         base_whens: list[tuple[FoundDate, str | None]], dating_of: dict[int, Dating]) -> None:
    """A figure the sentence does not date, changed from "the previous" figure of a stated year, is of the year after
    it: "Trade came to 3,001 million USD, a 5.1% increase from the previous 2,857 million USD in 2004" is of 2005 in a
    report of May 2006 (a year's total the report gives before the year is out would be no total). A figure changed
    from one of a year with no such word ("now 5,000 won, up from 4,500 won in 2011") keeps the document's time."""
    for bd, bw in base_whens:
        if bw is None or not _YEAR.fullmatch(bw):
            continue
        m = attach.FIGURE_BASELINE.search(text, max(start, bd.start - 80), bd.start)
        if m is None or not _PREVIOUS_FIGURE.search(text, max(start, m.start() - 30), bd.start):
            continue
        after = f"{int(bw) + 1:04d}"
        for q in figures:
            d = dating_of.get(q.start)
            if q.end <= m.start() and d is not None and d.basis == "document" and d.when and \
                    int(d.when[:4]) > int(bw):
                dating_of[q.start] = replace(d, when=after, basis="sentence", dated_by="context", text=bd.text,
                                             span=(bd.start, bd.end), note=f"{YEAR_AFTER_PREVIOUS}, of {bw}: of the "
                                                                          f"year after, {after}")


def _date_from_figure(text: str, start: int, figures: list[Quantity], base_whens: list[tuple[FoundDate, str | None]],
                      dating_of: dict[int, Dating]) -> None:
    """"down 37 percent compared to the previous year, from 183,639 tons to 115,337 tons": the figure
    changed *from* is the baseline's, the one changed *to* the sentence's."""
    if not base_whens:
        return
    for bd, bw in base_whens:  # "up from 6.1 million tonnes in 2015": the figure just before its baseline date
        if bw is None:
            continue
        m = attach.FIGURE_BASELINE.search(text, max(start, bd.start - 80), bd.start)
        before = [q for q in figures if m and m.start() <= q.start and q.end <= bd.start]
        if before:
            q = before[-1]
            r = Resolved(bw, bd.resolved.dated_by if bd.resolved else "explicit",  # type: ignore[arg-type]
                         f"'{bd.text}', the time of the figure the change is counted from → {bw}")
            dating_of[q.start] = resolved_dating(r, bd, "phrase")
    for bd, bw in base_whens:  # "compared to last year's budget (which was 7.4 billion won)": the baseline's own figure
        if not figures:
            break
        own_figure = _BASELINE_OWN.match(text, bd.end) if bw is not None else None
        if own_figure is None:
            continue
        last = max(q.end for q in figures)  # within the sentence: the scan is bounded by its last figure
        closed = (_OWN_PAREN_END if "(" in own_figure[0] else _OWN_CLAUSE_END).search(text, own_figure.end(), last)
        stop = closed.start() if closed else last
        for q in figures:
            if own_figure.end() <= q.start and q.end <= stop:
                r = Resolved(bw, bd.resolved.dated_by if bd.resolved else "explicit",  # type: ignore[arg-type]
                             f"'{bd.text}', the baseline this figure is the value of → {bw}")
                dating_of[q.start] = resolved_dating(r, bd, "phrase")
    d, when = base_whens[0]
    if when is None:
        return
    for q1, q2 in itertools.pairwise(figures):
        if (q1.unit == q2.unit and _TO_BETWEEN.fullmatch(text, q1.end, q2.start)
                and _FROM_BEFORE.search(text[max(start, q1.start - 8) : q1.start])):
            r = Resolved(when, "relative", f"the figure changed from, at the baseline '{d.text}' → {when}")
            dating_of[q1.start] = resolved_dating(r, d, "sentence")


# the figure a change counts from, in a sentence that dates the change but not that figure: "the deficit decreased
# from US$1.05 billion to US$980 million" in a passage of 2013 starts at 2012; "between 2010 and 2013 output rose
# from 4.1 to 4.8 million tons" starts at 2010 and ends at 2013 (corpus: change-start)
_YEAR = re.compile(r"\d{4}")
_FROM_POINT_TO_POINT = re.compile(r"(?i)(?:between|from)\s")
_SPAN_OF_EQUALS = re.compile(r"(\d{4}(?:-\d{2}(?:-\d{2})?)?)/(\d{4}(?:-\d{2}(?:-\d{2})?)?)")  # (years, months, days)


# what is a level at a moment, not a year's total: a change of it within the year stays in the year
_LEVEL_WORDS = re.compile(r"(?i)\b(?:fees?|prices?|wages?|salar(?:y|ies)|tariffs?|charges?|rents?|exchange\s+rates?)\b")


def _change_start(text: str, start: int, figures: list[Quantity], dating_of: dict[int, Dating]) -> None:
    """Date the figure a change counts from ("rose from A to B") when it has no date of its own and the figure it
    changed to has a stated one: a year's change of a total or a share starts in the year before; a span's runs
    from its start to its end. A figure dated only by the document's year stays so (the year before would be a
    guess on a guess), and so does a price changed within a year (two moments of it)."""
    for a, b in itertools.pairwise(figures):
        if a.unit.split("/")[0] != b.unit.split("/")[0]:
            continue
        if _TO_BETWEEN.fullmatch(text, a.end, b.start) and changed_from(text, start, a.start):
            q1, q2 = a, b  # "rose from A to B"
        elif _FROM_AFTER.fullmatch(text, a.end, b.start) and _TO_BEFORE.search(text, max(start, a.start - 16),
                                                                                a.start):
            q1, q2 = b, a  # "rose fivefold, to B from A" (corpus: change-start)
        else:
            continue
        d1, d2 = dating_of.get(q1.start), dating_of.get(q2.start)
        if d1 is None or d2 is None or d2.when is None or d2.basis in ("document", "none") or \
                (d1.when, d1.span) != (d2.when, d2.span):
            continue  # the figure changed from has a date of its own ("from 465,000 tons in 1960 to …")
        if _YEAR.fullmatch(d2.when) and "/" not in q2.unit and not _LEVEL_WORDS.search(text, start, q1.start):
            # (a price "fell from KPW 44 to KPW 24 in 2009", a fee "reduced from 1000 won to 500 won" this year, is
            # of two moments of that year, not of a year's total and the last one's)
            when, why = f"{int(d2.when) - 1:04d}", f"the year before {d2.when}, when the change to {q2.text} came"
            dating_of[q1.start] = replace(d1, when=when, note=f"the figure the change counts from: {why}")
        elif (span := _SPAN_OF_EQUALS.fullmatch(d2.when)) and len(span[1]) == len(span[2]) and \
                _FROM_POINT_TO_POINT.match(d2.text or ""):  # ("January-August", "through May": one period's total)
            dating_of[q1.start] = replace(d1, when=span[1], note=f"the figure the change counts from: the start of "
                                                                  f"{d2.when}")
            dating_of[q2.start] = replace(d2, when=span[2], note=f"the figure the change came to: the end of "
                                                                 f"{d2.when}")


# a rate of a change the sentence spans: "increased from 465,000 tons in 1960 to 1.14 million tons in 1970,
# registering an annual growth rate of 9.4 percent compared with the planned rate of 14.5 percent" — both rates are
# of 1960/1970, not of 1970 (corpus: rate-over-change)
_NO_END = r"(?:[^.;]|\.(?=\d))"  # a decimal point ends no sentence
_CHANGE_SPAN = re.compile(rf"(?i)\bfrom\b{_NO_END}{{0,60}}?\b(?P<a>(?:1[6-9]|20)\d\d)\b{_NO_END}{{0,50}}?\bto\b"
                          rf"{_NO_END}{{0,60}}?\b(?P<b>(?:1[6-9]|20)\d\d)\b")
_RATE_BEFORE = re.compile(r"(?i)\b(?:(?:annual|yearly|average)\b[^.;\d]{0,30}|rate\s+of\s+|rates?\s+(?:was|were|of)\s+)"
                          r"$")
_RATE_AFTER = re.compile(r"(?i)\s*(?:a\s+year|per\s+year|per\s+annum|annually|on\s+average)\b")


# a population named as what the country has, not as a figure of the sentence's time: "to feed its 22 million
# people", "a country of 23 million", "North Korea's 24 million people" (corpus: population-described)
_POPULATION_DESCRIBED = re.compile(
    r"(?i)(?:\b(?:its|their|the\s+country's|the\s+nation's|the\s+north's|north\s+korea's|(?:a|the)\s+(?:country|"
    r"nation|population)\s+of|(?:its|their)\s+(?:[a-z]+\s+){1,2}and)\s+"  # ("its industries and 24 million citizens")
    r"(?:some\s+|about\s+|around\s+|nearly\s+|roughly\s+|an\s+estimated\s+)?)$")


def _population_described(text: str, figures: list[Quantity], dating_of: dict[int, Dating], doc: Document) -> None:
    """A count of the people a country has, named as its own ("its 22 million people", "a country of 23 million"),
    is of the time the text speaks in, not of a span its sentence gives an event: "Since 1995 North Korea has depended
    on aid to feed its 22 million people", "the famine of 1994-1997 killed many of its 22 million" are of the
    document's year; "in 1993, a country of 21 million" keeps its year (corpus: population-described)."""
    for q in figures:
        if q.unit != "people" or not _POPULATION_DESCRIBED.search(text, max(0, q.start - 40), q.start):
            continue
        d = dating_of.get(q.start)
        if d is not None and d.basis in ("clause", "sentence", "earlier-sentence", "phrase") and "/" in (d.when or ""):
            dating_of[q.start] = document_dating(doc, "a population named as the country's own, of the text's time")


def _rate_over_change(text: str, start: int, figures: list[Quantity], dating_of: dict[int, Dating]) -> None:
    """Date each rate of the sentence ("an annual growth rate of 9.4 percent", "5% a year") that follows a change
    "from … YEAR to … YEAR" by the change's span (see above)."""
    for q in figures:
        if q.unit not in ("%", "pp"):
            continue
        if not (_RATE_BEFORE.search(text, max(start, q.start - 40), q.start) or _RATE_AFTER.match(text, q.end)):
            continue
        spans = list(_CHANGE_SPAN.finditer(text, start, q.start))
        if not spans or int(spans[-1]["b"]) <= int(spans[-1]["a"]):
            continue
        m = spans[-1]
        edtf = f"{m['a']}/{m['b']}"
        r = Resolved(edtf, "explicit", f"'{m[0]}': the rate of the change from {m['a']} to {m['b']} → {edtf}")
        dating_of[q.start] = resolved_dating(r, FoundDate(m.start(), m.end(), m[0], r), "sentence")


def is_numbered(text: str, lowered: str, start: int, end: int, words: NumberWords | None = None) -> bool:
    """The sentence holds a digit, a number in words or a currency sign: a figure may be read in it. ``words``, the
    stretch's ``NumberWords``, answers for the words without scanning the sentence again."""
    if _DIGITS.search(text, start, end):
        return True
    return words.within(start, end) if words is not None else _has_number_word(lowered, start, end)


def _has_number_word(lowered: str, start: int, end: int) -> bool:
    return bool(_NUMBER_WORD_OR_SUM.search(lowered, start, end))


class NumberWords:
    """The numbers in words and currency signs of a stretch, searched for as its sentences ask (not one search a
    sentence): ``within(start, end)`` is ``_has_number_word`` of the span. The first match from a place is kept: the
    sentences after it that begin before it are answered without a search, so sentences asked in text order read the
    stretch at most once, and only as far as they ask (a text whose sentences all hold digits reads none of it). A
    word of the pattern holds no character its lookbehind refuses before a match, so no match begins inside another;
    where one begins, the shortest word there is what a search ending sooner can still find ("six" of "sixty")."""

    def __init__(self, lowered: str):
        self.lowered = lowered
        self._from: int | None = None  # the last search began here (None: none yet) …
        self._at = self._end = -1  # … and found a word here, ending there (-1: none to the end of the stretch)

    def within(self, start: int, end: int) -> bool:
        if self._from is None or not self._from <= start <= (self._at if self._at >= 0 else len(self.lowered)):
            m = _NUMBER_WORD_OR_SUM.search(self.lowered, start)
            self._from = start
            self._at, self._end = (m.start(), m.start() + _shortest_word(m[0])) if m else (-1, -1)
        return self._at >= 0 and self._end <= end


@functools.cache
def _shortest_word(found: str) -> int:
    """The length of the shortest word of the pattern that begins what it found (itself, if none shorter does)."""
    return min((len(w) for w in _NUMBER_WORDS.split() if found.startswith(w)), default=len(found))
