"""Candidate claims in a text: one per figure, each with its own date, plus dated events — the pipeline.

One way: the text's tables are read cell by cell (``tables``, each cell a candidate by ``cellclaims``);
the rest is split into sentences with exact spans (``sentences``); numbers that are not claims are
masked (``nonclaims``); date expressions are found and resolved against the document date (``dates``);
every figure of a sentence (``quantities``) becomes a candidate dated by what governs it
(``sentenceclaims``, ``attach``), with its comparison baseline, its measure and its kind (``measures``).
A sentence with a date and words of the economy but no figure is an event candidate. Topics and
entities are guessed from the base (``lexicon``); the curated facts that already quote a candidate are
named (``covers``). A long text is read a stretch of paragraphs at a time (``iter_candidates``); what
governs a sentence (the last date stated, the heading: ``Context``) carries from one to the next.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ..factbase.base import FactBase
from . import attach
from .attach import Comparison, Dating
from .candidate import Candidate
from .cellclaims import TableShared, cell_candidate
from .covers import Covers
from .dates import DAY_EDTF, FoundDate, at_document_precision, days_of_named_months, find_dates
from .document import Document
from .lexicon import Lexicon, lexicon
from .nonclaims import is_citation, is_rank_row, is_site_service, not_claims
from .prices import first_price
from .quantities import Quantity, find_quantities
from .resolution import Resolved, anaphoric_shift
from .sentenceclaims import (
    SEOUL_ACCOUNTS,
    YEAR_AFTER_PREVIOUS,
    Context,
    NumberWords,
    Roles,
    is_numbered,
    sentence_candidates,
    speech_day,
)
from .sentences import Sentence, split_sentences
from .spans import SpanIndex
from .tables import TRAILING_BRACKET, find_tables
from .words import ascii_lower

# a news dateline: "PYONGYANG, March 3 (KCNA) --", "SEOUL, July 12 (Yonhap) —"
_DATELINE = re.compile(  # matched at a sentence's start (no ^: a match from a position)
    r"\s*[A-Z][A-Za-z'’ .-]{2,30},?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\s*"
    r"(?:\([A-Za-z][\w ./&-]{1,30}\)(?:\d{1,2}|\*)?\s*)?(?:--|—|–|-)\s*"  # "(KCNA)1 —": a reference mark glued on
)
_DASH = re.compile(r"[-—–]")  # every dateline ends in one


# a paragraph that opens with a field's label, as a country profile's entries and a price list's items do:
# "Agriculture, Forestry, and Fisheries: Traditional source of …", "4) Beef: 7,000 won/kg" (corpus: field-entry)
_FIELD_LABEL = re.compile(r"[ \t]*[A-Z][A-Za-z]*(?:[ ,&/-]+[A-Za-z][A-Za-z]*){0,6}:[ \t]+(?=\S)")
# a list's item, labelled or not: "• Soybean …", "2. Steel …", "-Sinuiju: …"
_LIST_ITEM = re.compile(r"[ \t]*(?:[•·▪◦*]|[-–](?!\d)|\(?\d{1,2}[.)](?!\d))[ \t]*(?=\S)")


_ENDS_A_CLAUSE = re.compile(r"[.;]\s*$")


def _headings(text: str, sentences: list[Sentence], dates: list[FoundDate], entries: set[int], in_tables: SpanIndex
              ) -> dict[int, tuple[Resolved, FoundDate]]:
    """Short stand-alone lines with a date ("Results for 1956", "II. 1959 plan") → block → that date. A line that is
    only a day ("3 November 1960") governs nothing but begins a journal's entry: its block goes into ``entries``,
    and the heading above no longer governs what follows (corpus: journal-entry)."""
    out: dict[int, tuple[Resolved, FoundDate]] = {}
    starts = [d.start for d in dates]
    by_block: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_block.setdefault(s.block, []).append(s)
    for block, ss in by_block.items():
        if len(ss) != 1:
            continue
        s = ss[0]
        if in_tables.overlaps(s.start, s.start + 1):
            continue  # a table's row is read as a row, never as a heading
        body = text[s.start : s.end]
        if len(body.split()) > 14 or "\n" in body.strip() or (_ENDS_A_CLAUSE.search(body) and len(body.split()) > 8):
            continue
        lo, hi = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end)
        ds = [d for d in dates[lo:hi] if d.resolved and not d.resolved.weak and _governs(d.resolved)]
        if not ds:
            continue  # a line with no date governs nothing (asked first: the quantity reader is the slower question)
        if any(q.strong for q in find_quantities(text, s.start, s.end, [(d.start, d.end) for d in dates[lo:hi]])):
            continue  # "Mining increased 0.4% in 2007, down from 1.9% in 2006": a line with a figure is no heading
        if _MASTHEAD.search(body):
            continue  # "Review of Resource Economies Vol. 4, No. 1, May 2010, 7–30": the issue a paper was printed in,
            # whose date dates no figure (corpus: masthead)
        if _NUMERIC_DAY_LINE.fullmatch(body.strip()):
            entries.add(block)  # "8/1/2007" under a byline: the page's day (its order of day and month unknown)
            continue
        if ds and not DAY_EDTF.fullmatch(ds[-1].resolved.edtf):  # type: ignore[union-attr]
            out[block] = (ds[-1].resolved, ds[-1])  # type: ignore[assignment]
        elif ds and _DAY_LINE.fullmatch(body.strip()):
            entries.add(block)
    return out


# a line that is a day and nothing else: "3 November 1960", "November 3, 1960", "Wednesday, August 1st, 2007", a page's
# "/ 1 January 2002" — a journal's entry begins
# (and ISO's day after the page's "Updated:": "Xinhua | Updated: 2013-10-15 08:43")
_DAY_LINE = re.compile(r"(?i)(?:[/|•·]\s*)?"
                       r"(?:(?:[a-z]+\s*\|\s*)?(?:updated|posted|published|last\s+modified|date)\s*:?\s*)?"
                       r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                       r"(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\.?,?|[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}\.?|"
                       r"\d{4}-\d{2}-\d{2})"
                       # a page's date line with its hour: "Tuesday, 20 January, 1998, 18:44 GMT"
                       r"(?:,?\s+\d{1,2}:\d{2}(?:\s*(?:GMT|UTC|KST|[AP]\.?M\.?))?)?")


# a journal's masthead: its volume and issue ("Vol. 4, No. 1", "Volume 12, Issue 3", "vol. 37(2)")
_MASTHEAD = re.compile(r"(?i)\bvol(?:\.|ume)\s*\d+\s*(?:,\s*(?:no\.|number|issue)\s*\d+|\(\d+\))")
_NUMERIC_DAY_LINE = re.compile(r"\d{1,2}[/.]\d{1,2}[/.](?:1[6-9]|20)\d\d")


# "by the end of December", "by 1961": a deadline dates what is to be done by then, not the sentences after it
# (corpus: deadline-governs-nothing)
_DEADLINE = re.compile(r"(?i)by\s")
_WILL_BY = re.compile(r"(?i)\b(?:will|shall|is\s+to|are\s+to)\b")  # the future a deadline is of


def _governs(r: Resolved) -> bool:
    """A date that can govern later sentences: a closed time, not "since 2016" or "until 1968"."""
    return ".." not in r.edtf


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
    covers = Covers(base, doc)
    ctx = Context(seoul_accounts=SEOUL_ACCOUNTS.search(text) is not None, price=first_price(text))
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


def _window_candidates(text: str, doc: Document, lex: Lexicon, ctx: Context) -> list[Candidate]:
    """The candidates of one stretch of the document (spans within ``text``), in text order."""
    lowered = ascii_lower(text)
    masks = not_claims(text)
    dates = days_of_named_months(at_document_precision(find_dates(text, doc.doc_date, masks, lowered), doc.stated),
                                 doc.latest)
    masked = SpanIndex(masks)
    date_starts = [d.start for d in dates]
    tables = find_tables(text)
    in_tables = SpanIndex((t.start, t.end) for t in tables)
    sentences = split_sentences(text)
    entries: set[int] = set()
    headings = _headings(text, sentences, dates, entries, in_tables)
    out: list[Candidate] = []
    roles = Roles(text)
    number_words = NumberWords(lowered)
    block = -1
    for s in sentences:
        if in_tables.overlaps(s.start, s.start + 1):
            continue
        # the dateline's day is when it was filed, not what it reports (a sentence without a dash holds no dateline)
        dl = _DATELINE.match(text, s.start, s.end) if _DASH.search(text, s.start, s.end) else None
        if dl is None and not ctx.story and "\n" in text[s.start : s.end]:  # a headline run into its dateline
            nl = text.find("\n", s.start, s.end)  # ("…State Budget for 2014\nPyongyang, April 9 (KCNA) --")
            while dl is None and nl >= 0:
                dl = _DATELINE.match(text, nl + 1, s.end)
                nl = text.find("\n", nl + 1, s.end)
        if s.block != block:
            if s.block in headings:
                ctx.heading = headings[s.block]
                ctx.paragraph = ctx.deadline = ctx.versus = None  # a new heading starts a new section
            elif s.block in entries:
                ctx.heading = ctx.paragraph = ctx.speech = None  # a journal's entry of a day: the span above governs no
                # more
            elif ctx.heading is not None and not ctx.story:
                ctx.paragraph = None  # under a heading, a paragraph's dates govern that paragraph
            line = text.rfind("\n", 0, s.start) + 1  # (a field's label may be cut off the sentence)
            entry = _FIELD_LABEL.match(text, line) is not None or _LIST_ITEM.match(text, line) is not None
            if entry:  # a profile's field ("Agriculture: …"), a list's item: not governed by the entries before it,
                if not ctx.in_entries:  # only by what governs a lead-in ending in a colon (field-entry)
                    ctx.frame = ctx.paragraph if text[max(0, s.start - 300) : line].rstrip().endswith(":") else None
                ctx.paragraph = ctx.frame
            own_time = _field_time(text, line, dates, date_starts) if "\n" in text[line : s.end] or entry else None
            if own_time is not None:  # "Life expectancy at birth:\n…\nfemale: 73.29 years (1995 est.)"
                ctx.paragraph, ctx.heading = own_time, None
            ctx.in_entries = entry
            block = s.block
        ctx.story = ctx.story or dl is not None
        lo = bisect.bisect_left(date_starts, s.start)
        hi = bisect.bisect_left(date_starts, s.end)
        sent_dates = [d for d in dates[lo:hi] if not (dl and d.start < dl.end())]
        numbered = is_numbered(text, lowered, s.start, s.end, number_words)
        if not numbered and not sent_dates:
            continue  # no figure to read and no date: no candidate, and nothing to govern the next (most prose)
        dateline = [(s.start, dl.end())] if dl else []
        dateline += in_tables.overlapping(s.start, s.end)  # ("total: 35\nover 3,047 m: 3": the rows are the table's)
        if sent_dates and (said := speech_day(text, s.start, s.end, sent_dates, roles)) is not None:
            ctx.speech = said
        cands = sentence_candidates(text, lowered, s.start, s.end, sent_dates, masked, ctx, doc, lex, dateline,
                                     roles, numbered)
        if cands and (is_citation(text[s.start : s.end]) or is_site_service(text[s.start : s.end])):
            cands = []  # a reference to a published work, or a publisher's service: its numbers are no claims
        if s.block in headings:
            cands = [c for c in cands if c.figure is not None]  # a heading is no event
        out.extend(cands)
        real = [d for d in sent_dates if d.resolved and not d.resolved.weak and _governs(d.resolved) and
                not roles.baseline(d, s.start) and not roles.attribution(d, s.start)
                and not _DEADLINE.match(d.text) and attach.in_aside(text, d) is None  # an aside governs nothing
                and not _EVENT_BEFORE.search(text, max(s.start, d.start - 40), d.start)  # nor an event's own date
                and not attach.in_relative_clause(text, max(s.start, d.start - 100), d.start)]  # nor a clause's
        if real and _governs_nothing(text, s, sent_dates):
            real = []
        if real and s.block not in entries:  # an entry's day is when it was written, like a dateline's
            # a time counted back from another of the sentence ("in December 2017 … four times the same period a
            # year before") is what it is compared with: the story goes on in the other (corpus: back-reference)
            ahead = [d for d in real if (anaphoric_shift(d.text) or (0, ""))[0] >= 0]
            # the time the sentence's figures are of, when one of its dates gives it: "exports rose 14% in 2019 …,
            # due to a weak performance in 2018" goes on in 2019 (corpus: figure-time-governs)
            dating = {c.dating.span for c in cands if c.figure is not None and c.dating.span is not None}
            of_figures = [d for d in ahead if (d.start, d.end) in dating]
            last = of_figures[-1] if of_figures else ahead[-1] if ahead else real[-1]
            # … or the two times its figures were dated by as one ("fell 24 percent in January and February": the
            # span governs, not February alone; corpus: figure-time-governs)
            joined = [c.dating for c in cands if c.figure is not None and c.dating.span is not None
                      and c.dating.when and sum(c.dating.span[0] <= d.start and d.end <= c.dating.span[1]
                                                for d in ahead) >= 2]
            if not of_figures and joined:
                j = joined[-1]
                last = FoundDate(j.span[0], j.span[1], text[j.span[0] : j.span[1]],  # type: ignore[index]
                                 Resolved(j.when, j.dated_by or "explicit", j.note))  # type: ignore[arg-type]
            r = attach.reanchor(last, ctx.paragraph[0] if ctx.paragraph else None, doc.doc_date,
                                past=roles.past(s.start, s.end), latest=doc.latest)  # as its figures are
            if r is not None:
                ctx.paragraph = (r, last)
        elif after := [c.dating for c in cands if c.figure is not None and c.dating.span is not None and c.dating.when
                       and c.dating.note.startswith(YEAR_AFTER_PREVIOUS)]:
            # "Trade came to 3,001 million USD, up 5.1 % from the previous 2,857 million USD in 2004. Exports
            # recorded 998 million USD": the year after the previous figure's goes on (corpus: year-after-previous)
            a = after[-1]
            ctx.paragraph = (Resolved(a.when, "relative", a.note),  # type: ignore[arg-type]
                             FoundDate(a.span[0], a.span[1], text[a.span[0] : a.span[1]],  # type: ignore[index]
                                       Resolved(a.when, "relative", a.note)))  # type: ignore[arg-type]
        if (by := [d for d in sent_dates if d.resolved and _DEADLINE.match(d.text) and not roles.baseline(d, s.start)
                   and not attach.in_relative_clause(text, max(s.start, d.start - 100), d.start)]) and \
                _WILL_BY.search(text, s.start, by[-1].start):
            ctx.deadline = (by[-1].resolved, by[-1])  # type: ignore[assignment]  # "will link … by 2014"
    for t in tables:
        shared = TableShared()  # what a table's cells share (its caption's dates, a row's names), read once
        # (a cell on a masked number — a note's mark, a rank, a clock time — is no figure, as in prose)
        out.extend(cell_candidate(text, c, doc, lex, lowered, shared) for c in t.cells
                   if not masked.overlaps(c.start, c.end) and not is_rank_row(text, c.row[0], c.start))
    out.sort(key=lambda c: (c.figure.start if c.figure else c.start, c.start))
    return out


# a date that is the time of an event the sentence names ("in protest of the missile launch in December 2012 and a
# nuclear test in February 2013") governs its own sentence only: the sentences after it go on in the story's time
# (corpus: event-date)
def _governs_nothing(text: str, s: Sentence, sent_dates: list[FoundDate]) -> bool:
    """A sentence whose dates govern no sentence after it: one of a time that comes back every year ("At the end of
    August and early September each year, cadres tour the farms": corpus habitual-time), a journal's masthead (the
    issue's date: corpus masthead), and one that gives the figures compared with ("Comparable figures were 21.21
    million in 1993": corpus compared-sentence)."""
    return (any(_HABITUAL.match(text, d.end) or _EVERY.match(d.text) for d in sent_dates)
            or _MASTHEAD.search(text, s.start, s.end) is not None
            or _COMPARED_SENTENCE.match(text, s.start) is not None)


# a time that comes back every year: "in early September each year", "every May" (corpus: habitual-time)
_HABITUAL = re.compile(r"(?i),?\s+(?:each|every)\s+(?:single\s+)?year\b")
_EVERY = re.compile(r"(?i)(?:each|every)\s")
# a sentence that gives the figures compared with: its time governs no sentence after it (corpus: compared-sentence)
_COMPARED_SENTENCE = re.compile(
    r"(?i)[\s\"“]*(?:(?:the\s+)?(?:comparable|corresponding|equivalent)\s+(?:figures?|numbers?|values?|totals?|"
    r"shares?|rates?)\b|(?:this|that|it|these)\s+compares?\s+with\b|by\s+comparison\b|in\s+comparison\b)")
_EVENT_BEFORE = re.compile(
    r"(?i)\b(?:launch(?:es)?|(?:nuclear|missile|weapons?)\s+tests?|visits?|summits?|talks|elections?|funeral|"
    r"attacks?|sinking|shelling|provocations?|inauguration|coup)\s+(?:(?:held|carried\s+out|conducted)\s+)?"
    r"(?:(?:in|on|of)\s+(?:the\s+)?)?$")  # (the date's own "in" may be part of it)




# a fact sheet's field: its label's line, then lines of sub-labels ("by occupation: …", "male: …", "note: …"); the
# time in brackets at the end of its last line ("(mid-1987 est.)", "(1995 est.)") is the field's (corpus: field-time)
# ("Labor force – by occupation:", its dash written as the page sets it)
_FIELD_HEAD = re.compile(r"[ \t]*[A-Z][A-Za-z]*(?:[ ,&/–—-]+[A-Za-z][A-Za-z]*){0,6}:(?=[ \t]+\S|[ \t]*\n)")
_SUB_FIELD = re.compile(r"[ \t]*[a-z][a-z ,()/'-]{0,40}:[ \t]")


def _field_time(text: str, line: int, dates: list[FoundDate], starts: list[int]) -> tuple[Resolved, FoundDate] | None:
    """The time a fact sheet's field gives itself at the end of its last line, for a line of the field (its label's or
    a sub-label's) when the field has lines of sub-labels: "Life expectancy at birth:\ntotal population: 70.05
    years\nfemale: 73.29 years (1995 est.)" is of 1995 throughout."""
    start = line
    while _SUB_FIELD.match(text, start) and start > 0:  # up to the field's label
        start = text.rfind("\n", 0, start - 1) + 1
    if not _FIELD_HEAD.match(text, start):
        return None
    end = text.find("\n", start)
    if end < 0 or not _SUB_FIELD.match(text, end + 1):
        return None  # a field of one line dates its own figures
    while end >= 0 and _SUB_FIELD.match(text, end + 1):
        last = end + 1
        end = text.find("\n", last)
    end = len(text) if end < 0 else end
    tail = TRAILING_BRACKET.search(text, last, end)
    if tail is None:
        return None
    for d in reversed(dates[bisect.bisect_left(starts, tail.start()) : bisect.bisect_left(starts, tail.end())]):
        if d.resolved is not None:
            return d.resolved, d
    return None


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


