"""Candidate claims in a text: one per figure, each with its own date, plus dated events.

The pipeline, one way: the text's tables are read cell by cell (``tables``); the rest is split
into sentences with exact spans (``sentences``); numbers that are not claims are masked
(``nonclaims``); date expressions are found and resolved against the document date (``dates``);
every figure of a sentence (``quantities``) becomes a candidate dated by what governs it
(``attach``), with its comparison baseline, its measure and its kind (``measures``). A sentence
with a date and words of the economy but no figure is an event candidate. Topics and entities are
guessed from the base (``lexicon``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from ..factbase import FactBase
from ..when import bounds
from . import attach, confidence
from .attach import Comparison, Dating
from .dates import FoundDate, Resolved, anaphoric_offset, find_dates, resolve
from .document import Document
from .lexicon import Lexicon, guess_entities, guess_topics, lexicon
from .measures import growth_of, kind_of, measure_of, value_of
from .nonclaims import is_citation, not_claims
from .quantities import CURRENCIES as CURRENCIES_ALL
from .quantities import DURATIONS, Quantity, ascii_lower, find_quantities, word_pattern
from .sentences import Sentence, split_sentences
from .spans import SpanIndex
from .tables import Cell, find_tables

_DIRECTIVE = re.compile(
    r"(?i)\b(?:must|should|ought to|need to|needs to|have to|has to|it is necessary|"
    r"it is advisable|it is important|it is desirable|we are faced with|let us)\b"
)
_FUTURE = re.compile(
    r"(?i)\b(?:will|shall|plan(?:s|ned)?|target|quota|aim|pledge[ds]?|resolved?|intend|going to|would|"
    r"determined|decided to|commitment)\b"
)
_EVENT = re.compile(
    r"(?i)\b(?:held|visited|signed|sent|submitted|ratified|opened|completed|built|decided|"
    r"established|began|started|returned|received|delivered|stopped|agreed|launched|adopted|hit|struck|affected|"
    r"suffered|shut|closed|halted|suspended|resumed|banned|imposed|lifted|flooded|destroyed|damaged)\b"
)
_TERMINAL_END = re.compile(r"[.!?…;:][\"”’')\]]*$")
_DIGITS = re.compile(r"\d")
# a news dateline: "PYONGYANG, March 3 (KCNA) --", "SEOUL, July 12 (Yonhap) —"
_DATELINE = re.compile(  # matched at a sentence's start (no ^: a match from a position)
    r"\s*[A-Z][A-Za-z'’ .-]{2,30},?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\s*"
    r"(?:\([A-Za-z][\w ./&-]{1,30}\)\s*)?(?:--|—|–|-)\s*"
)


@dataclass
class Candidate:
    """One figure of the text (or, with no figure, one dated sentence) and what was read around it."""

    start: int  # the quote: the sentence, or the table row with its header
    end: int
    quote: str
    figure: Quantity | None
    dating: Dating
    comparison: Comparison | None
    measure: str | None
    kind: str | None
    topics: list[str]
    entities: list[str]
    confidence: float
    dates: list[FoundDate]  # every date expression of the quote
    header: str | None = None  # a table's header line, when the figure is a cell
    covered_by: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.figure is not None:
            self.confidence = confidence.of(self)


def _resolved_dating(r: Resolved, d: FoundDate | None, basis: str, note: str | None = None) -> Dating:
    return Dating(r.edtf, r.dated_by if basis in ("phrase", "clause", "sentence", "table-header") else "context",
                  basis, d.text if d else None, (d.start, d.end) if d else None, note or r.note)


def _document_dating(doc: Document, why: str) -> Dating:
    if doc.stated is None:
        return Dating(None, None, "none", None, None, f"{why}, and no document date: give --date")
    # a figure the text does not date is a figure of the document's year, not of its day: a report dated
    # 3 May 2016 that says "exports fell 12 percent" speaks of 2016 (corpus: document-year)
    year = doc.stated[:4]
    return Dating(year, "context", "document", None, None,
                  f"{why}; dated to the year of the document ({doc.stated}, {doc.date_from})")


@dataclass
class _Context:
    """What governs a sentence with no date of its own: the paragraph's last date, the heading's."""

    paragraph: tuple[Resolved, FoundDate] | None = None
    heading: tuple[Resolved, FoundDate] | None = None

    def moved_back(self, by: int) -> None:
        """Into the offsets of the next stretch, ``by`` characters on (its dates' spans go negative)."""
        for name in ("paragraph", "heading"):
            held = getattr(self, name)
            if held is not None:
                r, d = held
                setattr(self, name, (r, replace(d, start=d.start - by, end=d.end - by)))


class _Roles:
    """Whether a date of a sentence is a baseline or a report's date, asked once per date: the sentence's figures
    and what the sentence leaves to govern the next both ask."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._baseline: dict[tuple[int, int], bool] = {}
        self._attribution: dict[tuple[int, int], bool] = {}

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


_ENDS_A_CLAUSE = re.compile(r"[.;]\s*$")
_EDTF_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _headings(text: str, sentences: list[Sentence], dates: list[FoundDate]) -> dict[int, tuple[Resolved, FoundDate]]:
    """Short stand-alone lines with a date ("Results for 1956", "II. 1959 plan") → block → that date."""
    out: dict[int, tuple[Resolved, FoundDate]] = {}
    starts = [d.start for d in dates]
    by_block: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_block.setdefault(s.block, []).append(s)
    for block, ss in by_block.items():
        if len(ss) != 1:
            continue
        s = ss[0]
        body = text[s.start : s.end]
        if len(body.split()) > 14 or "\n" in body.strip() or (_ENDS_A_CLAUSE.search(body) and len(body.split()) > 8):
            continue
        lo, hi = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end)
        ds = [d for d in dates[lo:hi] if d.resolved and not d.resolved.weak and _governs(d.resolved)]
        if ds and not _EDTF_DAY.fullmatch(ds[-1].resolved.edtf):  # type: ignore[union-attr]
            out[block] = (ds[-1].resolved, ds[-1])  # type: ignore[assignment]
    return out


# "by the end of December", "by 1961": a deadline dates what is to be done by then, not the sentences after it
# (corpus: deadline-governs-nothing)
_DEADLINE = re.compile(r"(?i)by\s")


def _governs(r: Resolved) -> bool:
    """A date that can govern later sentences: a closed time, not "since 2016" or "until 1968"."""
    return ".." not in r.edtf


# present tense without a past: "exports account for", "the plant is", "prices remain"
_PRESENT = re.compile(r"(?i)\b(?:is|are|remains?|stands?|accounts?|amounts?|has|have|holds?|employs?|produces?|"
                      r"exports?|imports?|consumes?|lacks?|operates?|supplies|supply|reaches|makes?|costs?|sells?)\b")
_PAST = re.compile(r"(?i)\b(?:was|were|had|did|rose|fell|grew|reached|produced|increased|decreased|declined|dropped|"
                   r"amounted|totall?ed|exported|imported|accounted|stood|came|hit|exceeded|fulfill?ed|overfulfill?ed|"
                   r"surpassed|jumped|climbed|shrank|expanded|turned\s+out|registered|recorded|achieved|built|"
                   r"received|delivered|harvested|mined|made|cost|sold|bought)\b")


# a sentence of what could or will be takes no past date from the sentences before it (corpus: modal-no-past)
_MODAL = re.compile(r"(?i)\b(?:could|would|will|(?-i:may)|might|expected\s+to|likely\s+to)\b")


def _in_the_past(r: Resolved, doc: Document) -> bool:
    """The resolved time ends before the document's date."""
    return doc.doc_date is not None and bounds(r.edtf)[1] < doc.doc_date


def _present_tense(sentence: str) -> bool:
    return bool(_PRESENT.search(sentence)) and not _PAST.search(sentence)


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
_LIFE_SPAN = re.compile(r"(?i)\b(?:life\s+expectancy|life\s+span|lifespan|(?:average|mean|median|retirement)\s+age)\b"
                        r"[^.;]{0,100}$")
_OLD_MONEY = re.compile(r"(?i)\bold\s+(?:rubles?|roubles?|won)\b")


def _money_era(text: str, q: Quantity, when: str | None) -> Quantity:
    """A sum of a redenominated currency in the unit code of its era (DESIGN.md): "50,000 rubles" in 1957
    → RUB-1947, "old rubles" → the earlier issue; the plain code where the time does not decide."""
    from .. import money

    code, _, per_unit = q.unit.partition("/")
    if code not in ("RUB", "KPW"):
        return q
    eras = money.eras_of(code)
    if _OLD_MONEY.search(text, q.start, min(len(text), q.end + 12)):
        chosen = eras[0].code
    elif when:
        lo, hi = bounds(when)
        codes = money.codes_for(code, lo, hi)
        chosen = codes[0] if len(codes) == 1 else code
    else:
        return q
    return replace(q, unit=chosen + (f"/{per_unit}" if per_unit else ""))


_NOT_A_SUM = re.compile(r"(?i)[\s-]+(?:bills?|notes?|banknotes?|coins?)\b")  # "a one dollar bill"
_UNIT_STATEMENT = re.compile(r"(?i)\bin\s+(?:the\s+)?$")  # "(in millions of US dollars)": the table's unit
_VAGUE = re.compile(r"(?i)(?:tens|hundreds|thousands|millions|billions|dozens)\s+of\b")
# nouns that count the parts of an argument, not things of the economy: "two countries", "three reasons"
_DISCOURSE = re.compile(
    r"(?i)\b(?:countr(?:y|ies)|koreas?|sides?|parties|ways?|reasons?|weakness(?:es)?|strengths?|problems?|"
    r"points?|questions?|factors?|issues?|aspects?|things?|kinds?|types?|steps?|stages?|phases?|years?|decades?|"
    r"months?|weeks?|days?|times?|occasions?|cases?|examples?|options?|scenarios?|leaders?|men|women|sons?|"
    r"daughters?)\b"
)


def _figures(text: str, qs: list[Quantity], econ_re: re.Pattern[str]) -> list[Quantity]:
    """The quantities that are claims: measured or counted things of the economy, and durations of an activity.
    A number in words counting what is not of the economy ("two countries", "five postwar years") is prose."""
    out = []
    for q in qs:
        if q.unit in CURRENCIES_ALL and _NOT_A_SUM.match(text, q.end):
            continue
        if _VAGUE.match(q.text) and _UNIT_STATEMENT.search(text[max(0, q.start - 12) : q.start]):
            continue
        if q.unit == "count" and not _DIGITS.search(q.text) and _DISCOURSE.search(q.noun or ""):
            continue
        if q.unit == "year" and q.per is None and _LIFE_SPAN.search(text[max(0, q.start - 60) : q.start]):
            out.append(replace(q, unit="years", economic=True))  # corpus: life-expectancy
        elif q.unit in DURATIONS:
            before = text[max(0, q.start - 90) : q.start].replace("[", "").replace("]", "")  # "[to spend] twenty days"
            if _DURATION_BEFORE.search(before) or _DURATION_AFTER.match(text, q.end):
                out.append(q)
        elif q.economic:
            out.append(q)
    return out


WINDOW = 512 * 1024  # characters: a longer text is read a stretch of paragraphs at a time
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def candidates(base: FactBase, doc: Document) -> list[Candidate]:
    """Every figure of the document that may be a claim, and every dated sentence of the economy."""
    return list(iter_candidates(base, doc))


def iter_candidates(base: FactBase, doc: Document) -> Iterator[Candidate]:
    """The same, in text order, each given as soon as its stretch of the text is read.

    A text longer than ``WINDOW`` is read a stretch of whole paragraphs at a time (cut at a blank
    line), so memory holds one stretch's sentences, dates and tables, not the whole text's, and the
    first candidates come out at once. What governs a sentence across paragraphs (the last date
    stated, the heading) carries over from one stretch to the next; a shorter text is one stretch.
    """
    text = doc.text
    lex = lexicon(base)
    covers = _Covers(base, doc)
    ctx = _Context()
    for lo, hi in _windows(text):
        moved: dict[int, list[FoundDate]] = {}  # the stretch's shared date lists, each moved once
        found = _window_candidates(text[lo:hi] if (lo, hi) != (0, len(text)) else text, doc, lex, ctx)
        for c in found:
            c = _shifted(c, lo, moved) if lo else c
            c.covered_by = covers.of(c)
            yield c
        ctx.moved_back(hi - lo)


def _windows(text: str, size: int | None = None) -> Iterator[tuple[int, int]]:
    """Stretches of ``text`` of about ``size`` (``WINDOW``) characters, each ending at a blank line (or the end)."""
    size = WINDOW if size is None else size
    lo = 0
    while len(text) - lo > size:
        m = _PARAGRAPH_BREAK.search(text, lo + size)
        if m is None:
            break
        yield lo, m.end()
        lo = m.end()
    yield lo, len(text)


def _window_candidates(text: str, doc: Document, lex: Lexicon, ctx: _Context) -> list[Candidate]:
    """The candidates of one stretch of the document (spans within ``text``), in text order."""
    lowered = ascii_lower(text)
    masks = not_claims(text)
    dates = find_dates(text, doc.doc_date, masks, lowered)
    masked = SpanIndex(masks)
    date_starts = [d.start for d in dates]
    tables = find_tables(text)
    in_tables = SpanIndex((t.start, t.end) for t in tables)
    sentences = split_sentences(text)
    headings = _headings(text, sentences, dates)
    out: list[Candidate] = []
    roles = _Roles(text)
    block = -1
    for s in sentences:
        if in_tables.overlaps(s.start, s.start + 1):
            continue
        if s.block != block:
            if s.block in headings:
                ctx.heading = headings[s.block]
                ctx.paragraph = None  # a new heading starts a new section
            elif ctx.heading is not None:
                ctx.paragraph = None  # under a heading, a paragraph's dates govern that paragraph
            block = s.block
        dl = _DATELINE.match(text, s.start, s.end)  # the dateline's day is when it was filed, not what it reports
        lo = bisect.bisect_left(date_starts, s.start)
        hi = bisect.bisect_left(date_starts, s.end)
        sent_dates = [d for d in dates[lo:hi] if not (dl and d.start < dl.end())]
        dateline = [(s.start, dl.end())] if dl else []
        cands = _sentence_candidates(text, lowered, s.start, s.end, sent_dates, masked, ctx, doc, lex, dateline,
                                     roles)
        if cands and is_citation(text[s.start : s.end]):
            cands = []  # a reference to a published work: its numbers are no claims
        if s.block in headings:
            cands = [c for c in cands if c.figure is not None]  # a heading is no event
        out.extend(cands)
        real = [d for d in sent_dates if d.resolved and not d.resolved.weak and _governs(d.resolved) and
                not roles.baseline(d, s.start) and not roles.attribution(d, s.start)
                and not _DEADLINE.match(d.text)]
        if real:
            r = attach.reanchor(real[-1], ctx.paragraph[0] if ctx.paragraph else None, doc.doc_date)
            if r is not None:
                ctx.paragraph = (r, real[-1])
    for t in tables:
        shared = _Shared()  # what a table's cells share (its caption's dates, a row's names), read once
        out.extend(_cell_candidate(text, c, doc, lex, lowered, shared) for c in t.cells)
    out.sort(key=lambda c: (c.figure.start if c.figure else c.start, c.start))
    return out


def _shifted(c: Candidate, by: int, moved: dict[int, list[FoundDate]]) -> Candidate:
    """A candidate of a stretch that starts ``by`` characters into the document, in the document's offsets.

    The candidate itself is moved in place (it is new, and nothing else holds it); its frozen parts are
    rebuilt field by field, and the date list its sentence's candidates share is moved once (``moved``,
    by the list's identity). Its confidence reads no offset, so it is not computed again."""

    def span(sp: tuple[int, int] | None) -> tuple[int, int] | None:
        return None if sp is None else (sp[0] + by, sp[1] + by)

    c.start, c.end = c.start + by, c.end + by
    q = c.figure
    if q is not None:
        c.figure = Quantity(q.start + by, q.end + by, q.text, q.value, q.value_max, q.approx, q.unit, q.per, q.noun,
                            q.economic)
    d = c.dating
    if d.span is not None:
        c.dating = Dating(d.when, d.dated_by, d.basis, d.text, span(d.span), d.note)
    cmp = c.comparison
    if cmp is not None:
        c.comparison = Comparison(cmp.when, cmp.value, cmp.unit, cmp.text, span(cmp.span))  # type: ignore[arg-type]
    dates = moved.get(id(c.dates))
    if dates is None:
        dates = moved[id(c.dates)] = [FoundDate(x.start + by, x.end + by, x.text, x.resolved) for x in c.dates]
    c.dates = dates
    return c


def _sentence_candidates(text: str, lowered: str, start: int, end: int, sent_dates: list[FoundDate],
                         masked: SpanIndex, ctx: _Context, doc: Document, lex: Lexicon,
                         dateline: list[tuple[int, int]], roles: _Roles | None = None) -> list[Candidate]:
    roles = _Roles(text) if roles is None else roles
    numbered = bool(_DIGITS.search(text, start, end)) or _has_number_word(lowered, start, end)
    if not numbered and not sent_dates:
        return []  # no figure to read and no date to make an event of: most sentences of prose
    quote = text[start:end]
    qs: list[Quantity] = []
    if numbered:
        skip = masked.overlapping(start, end) + dateline
        skip += [(d.start, d.end) for d in sent_dates]
        qs = find_quantities(text, start, end, skip)
    figures = [q for q in _figures(text, qs, lex.econ_re) if start <= q.start and q.end <= end]
    econ = len(lex.econ_re.findall(lowered, start, end)) if (qs or sent_dates) else 0
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
    dating_of: dict[int, Dating] = {}
    pairs = attach.respectively_pairs(text, (start, end), figures, own)
    for cl in clause_spans:
        cl_figs = [q for q in figures if cl[0] <= q.start < cl[1]]
        cl_own = [d for d in own if cl[0] <= d.start < cl[1]]
        for q in cl_figs:
            d = pairs.get(q.start) or attach.nearest(q, cl_own, text)
            basis = "clause"
            if d is None:
                main = [x for x in own if not (cl[0] <= x.start < cl[1])]
                d, basis = attach.nearest(q, main, text), "sentence"
            if d is not None:
                # "a year earlier" counts from the sentence's first date before it (its main clause's), else
                # from what governs the passage
                prior = [x for x in own if x.end <= d.start and anaphoric_offset(x.text) is None]
                anchor = attach.reanchor(prior[0], governing, doc.doc_date) if prior else governing
                r = attach.reanchor(d, anchor, doc.doc_date, past=not _MODAL.search(quote))
                if r is not None:
                    near = (d.start - q.end < 12 and d.start >= q.end) or (q.start - d.end < 12 and d.end <= q.start)
                    dating_of[q.start] = _resolved_dating(r, d, "phrase" if near and basis == "clause" else basis)
                    continue
            if weak:
                w = weak[0]
                dating_of[q.start] = _resolved_dating(w.resolved, w, "sentence")  # type: ignore[arg-type]
            elif _present_tense(quote) and not ctx.heading:
                dating_of[q.start] = _document_dating(doc, "no date in the sentence, which is in the present tense")
            elif ctx.paragraph and not (_MODAL.search(quote) and _in_the_past(ctx.paragraph[0], doc)):
                r, fd = ctx.paragraph
                dating_of[q.start] = _resolved_dating(r, fd, "earlier-sentence",
                                                      f"no date in the sentence; {r.note}, stated earlier")
            elif ctx.heading:
                r, fd = ctx.heading
                dating_of[q.start] = _resolved_dating(r, fd, "heading",
                                                      f"no date in the sentence; {r.note}, from the heading")
            else:
                dating_of[q.start] = _document_dating(doc, "no date in the sentence or the paragraph")
    # a baseline ("the previous year") counts from the sentence's own date, else from what governs the passage
    sentence_date = (attach.reanchor(own[0], governing, doc.doc_date) or own[0].resolved) if own else governing
    base_whens: list[tuple[FoundDate, str | None]] = [
        (d, _baseline_point((attach.reanchor(d, sentence_date, doc.doc_date) or d.resolved).edtf))  # type: ignore[union-attr]
        for d in baselines]
    _date_from_figure(text, start, figures, base_whens, dating_of)
    prev_measured: tuple[Quantity, str] | None = None  # the last figure of the sentence with a measure
    for q in figures:
        cl = next((c for c in clause_spans if c[0] <= q.start < c[1]), (start, end))
        dating = dating_of[q.start]
        q = _money_era(text, q, dating.when)
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
        future = bool(dating.when and doc.doc_date and bounds(dating.when)[0] > doc.doc_date)
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
    dating = _resolved_dating(ev.resolved, ev, "sentence")  # type: ignore[arg-type]
    event_kind = "directive" if _DIRECTIVE.search(quote) else "plan" if _FUTURE.search(quote) else (
        "event" if _EVENT.search(quote) else None)
    out.append(Candidate(start, end, quote, None, dating, None, None, event_kind, topics, entities,
                         confidence.raw(None, dating, econ, topics, None), sent_dates))
    return out


# a change counted over a year or a month: "fell 12 percent on-year", "up 3% year on year", "month-on-month"
_OVER_A_YEAR = re.compile(r"(?i)\b(?:year[\s-]+on[\s-]+year|on[\s-]+year|y-o-y|yoy|"
                          r"from\s+a\s+year\s+(?:earlier|ago|before)|"
                          r"annual(?:ly)?\s+(?:growth|increase|decrease|rise|fall))\b")
_OVER_A_MONTH = re.compile(r"(?i)\b(?:month[\s-]+on[\s-]+month|on[\s-]+month|"
                           r"from\s+a\s+month\s+(?:earlier|ago|before))\b")


def _baseline_point(edtf: str) -> str:
    """A baseline "from 2012" or "since 2012" is the time 2012, not the open span the words alone would be."""
    if edtf.endswith("/.."):
        return edtf[:-3]
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
_NUMBER_WORD_OR_SUM = re.compile(
    r"(?<![\w-])(?:" + word_pattern(
        "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy "
        "eighty ninety hundred thousand million billion dozen half third quarter doubl twice tripl trebl quadrupl")
    + r")|[$£€¥₩]"
)


_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")
_TO_BETWEEN = re.compile(r"\s+to\s+")


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
            dating_of[q.start] = _resolved_dating(r, bd, "phrase")
    d, when = base_whens[0]
    if when is None:
        return
    for q1, q2 in itertools.pairwise(figures):
        if (q1.unit == q2.unit and _TO_BETWEEN.fullmatch(text, q1.end, q2.start)
                and _FROM_BEFORE.search(text[max(start, q1.start - 8) : q1.start])):
            r = Resolved(when, "relative", f"the figure changed from, at the baseline '{d.text}' → {when}")
            dating_of[q1.start] = _resolved_dating(r, d, "sentence")


def _has_number_word(lowered: str, start: int, end: int) -> bool:
    return bool(_NUMBER_WORD_OR_SUM.search(lowered, start, end))


_PLAN_WORD = re.compile(r"(?i)\b(?:plan|target)\b")
_ESTIMATE_WORD = re.compile(r"(?i)\bestimat")


@dataclass
class _Shared:
    """What the cells of one table share, read once: the dates of a caption, the topics and entities of a row."""

    caption_dates: dict[str, list[FoundDate]] = field(default_factory=dict)
    names: dict[tuple[int, int, str | None], tuple[list[str], list[str]]] = field(default_factory=dict)


def _cell_candidate(text: str, c: Cell, doc: Document, lex: Lexicon, lowered: str,
                    shared: _Shared | None = None) -> Candidate:
    """A table cell as a candidate: the row (with its header when near) is the quote."""
    shared = _Shared() if shared is None else shared
    a, b = c.row
    if c.header and a - c.header[0] <= 600:
        a = min(a, c.header[0])
    quote = text[a:b]
    header = text[c.header[0] : c.header[1]] if c.header else None
    dating: Dating
    if c.time is not None:
        r = resolve(c.time, doc.doc_date)
        if r is not None:
            dating = Dating(r.edtf, "explicit", "table-header", c.time, c.time_span, f"{r.note}, from the table")
        else:
            dating = _document_dating(doc, f"the table's time {c.time!r} is not a date")
    else:
        found = shared.caption_dates.get(c.caption or "")
        if found is None:
            found = shared.caption_dates[c.caption or ""] = (
                [d for d in find_dates(c.caption, doc.doc_date) if d.resolved] if c.caption else [])
        if found:
            r = found[-1].resolved
            dating = Dating(r.edtf, "explicit", "heading", found[-1].text, None,  # type: ignore[union-attr]
                            f"{r.note}, from the table's caption")  # type: ignore[union-attr]
        else:
            dating = _document_dating(doc, "the table names no time")
    q = Quantity(c.start, c.end, c.text, c.value, None, c.approx, c.unit or "count", None,
                 (c.measure or "").lower() or None if c.unit == "count" else None, True)
    q = _money_era(text, q, dating.when)
    future = bool(dating.when and doc.doc_date and bounds(dating.when)[0] > doc.doc_date)
    caption = (c.caption or "") + " " + (header or "")
    kind = "target" if c.planned or (_PLAN_WORD.search(caption) and future) else (
        "estimate" if _ESTIMATE_WORD.search(caption) else "target" if future else "statistic")
    names = shared.names.get((a, b, c.caption))
    if names is None:
        names = shared.names[(a, b, c.caption)] = (
            guess_topics(lex, lowered[a:b] + " " + ascii_lower(c.caption or "")), guess_entities(lex, quote))
    topics, entities = list(names[0]), list(names[1])  # each candidate its own lists
    measure = c.measure
    return Candidate(a, b, quote, q, dating, None, measure, kind, topics, entities,
                     0.0, [], header)


class _Covers:
    """Which curated facts already curate a candidate, their quotes found once: by figure — a fact whose quote
    holds the candidate's figure and whose value is that figure's (a table cell is not covered by a curated
    neighbour whose quote takes in the row); for a dated sentence without a figure, the facts whose quote
    lies (partly) in it."""

    def __init__(self, base: FactBase, doc: Document):
        from ..factbase import find_folded, fold_whitespace

        known = doc.source is not None and doc.source in base.sources and base.text(doc.source) == doc.text
        facts = [f for f in base.facts if f.source == doc.source] if known else base.facts
        spans: list[tuple[int, int, str]] = []
        self.values: dict[str, tuple[float | None, float | None, str | None]] = {}
        folded: tuple[str, list[int]] | None = None
        for f in facts:
            self.values[f.id] = (f.value, f.value_max, f.note)
            i = doc.text.find(f.quote)  # most quotes are verbatim; folding the text is the slow path
            if i >= 0:
                spans.append((i, i + len(f.quote), f.id))
                continue
            if not known:
                continue  # another document: only a verbatim quote can be in it; folding is for the source's own text
            if folded is None:
                folded = fold_whitespace(doc.text)
            loc = find_folded(folded, f.quote)
            if loc:
                spans.append((loc[0], loc[1], f.id))
        spans.sort()
        self.spans = spans
        self.starts = [a for a, _, _ in spans]
        self.longest = max((b - a for a, b, _ in spans), default=0)

    def of(self, c: Candidate) -> list[str]:
        lo = bisect.bisect_left(self.starts, c.start - self.longest)
        hi = bisect.bisect_left(self.starts, c.end)
        q = c.figure
        if q is None:
            return sorted({fid for a, b, fid in self.spans[lo:hi] if a < c.end and c.start < b})
        return sorted({fid for a, b, fid in self.spans[lo:hi]
                       if a <= q.start and q.end <= b and _same_figure(self.values[fid], q)})


def _same_figure(fact: tuple[float | None, float | None, str | None], q: Quantity) -> bool:
    """Does a fact curate this figure: its value (or range) names it (5,000 of "500 to 5,000 kVA"), or
    its note does (the "more than half" kept in the note of "300 of 500 kg", one claim one fact)?"""
    from ..quoted import carried, figures_in

    value, value_max, note = fact
    mine = [v for v in (q.value, q.value_max) if v is not None]
    if any(v is not None and carried(v, mine) for v in (value, value_max)):
        return True
    return bool(note) and all(carried(m, figures_in(note or "")) for m in mine)
