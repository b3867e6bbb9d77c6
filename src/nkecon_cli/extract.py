"""Candidate claims from any text: sentences with a figure or a date of the economy, for a curator.

The text is split into sentences with exact character spans (``text[start:end] == quote``). Each
sentence is read for date expressions (the grammar and their resolution live in ``when``) and
quantities (``quantities``). A sentence becomes a candidate when it holds an economic figure, or
a date together with a word of the economy. Numbers that are not claims — archive call numbers,
document numbers, page ranges, citations, list markers, stamps and handwritten registry marks —
are masked before reading. Topics and entities are guessed from the base's taxonomy (its labels
plus a small keyword map of general English words per topic id) and its gazetteer; coverage says
which curated facts already quote the sentence.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from . import textdates
from . import when as _when
from .factbase import FactBase, find_folded, fold_whitespace
from .lexicon import guess_entities, guess_topics, lexicon
from .models import FACT_FIELDS
from .quantities import Quantity, ascii_lower, find_quantities, word_pattern

# --- sentences --------------------------------------------------------------------------------

_ABBREV = frozenset(
    [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "capt", "maj", "sgt", "st", "jr", "sr", "rev", "hon",
        "messrs", "no", "nos", "nº", "vol", "vols", "p", "pp", "ed", "eds", "trans", "fig", "figs", "op", "cit",
        "ibid", "ca", "cf", "approx", "dept", "co", "corp", "inc", "ltd", "bros", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "art", "sec", "ch", "para", "govt", "est",
        "ft", "mt", "gov", "pres", "sen", "rep", "amb", "cmdr", "adm", "gov't",
    ]
)
_TERMINAL_END = re.compile(r"[.!?…;:][\"”’')\]]*$")
_TERMINAL = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s)")
_SPEAKER = re.compile(r"(?:Q|A|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}(?:\s*\([^()\n]{0,80}\))?)\s*:\s+(?=\S)")
_FUNCTION_END = re.compile(r"(?i)(?:\b(?:of|the|and|or|to|in|a|an|for|with|by|on|at|from|that|as)|[,\-–(])\s*$")
_LINE_START_BREAK = re.compile(
    r"\s*(?:[-•*]\s|\(?\d{1,2}[.)]\s|Q:|A:|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}"
    r"(?:\s*\([^()\n]{0,80}\))?\s*:\s)"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    block: int  # the paragraph (or stand-alone line) it belongs to


def _blocks(text: str) -> list[tuple[int, int]]:
    """Paragraphs and lines that stand alone; a hard-wrapped line runs on into the next."""
    out: list[tuple[int, int]] = []
    cur_start: int | None = None
    cur_end = 0
    pos = 0
    prev_line = ""
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        start, end = pos, pos + len(body)
        pos += len(line)
        if not body.strip():
            if cur_start is not None:
                out.append((cur_start, cur_end))
            cur_start, prev_line = None, ""
            continue
        joins = (
            cur_start is not None
            and not re.search(r"[.!?:;\"”’)\]]\s*$", prev_line)
            and (_FUNCTION_END.search(prev_line) or body.lstrip()[:1].islower())
            and not _LINE_START_BREAK.match(body)
        )
        if cur_start is not None and not joins:
            out.append((cur_start, cur_end))
            cur_start = None
        if cur_start is None:
            cur_start = start
        cur_end, prev_line = end, body
    if cur_start is not None:
        out.append((cur_start, cur_end))
    return out


def _is_boundary(text: str, m: re.Match[str], block_end: int) -> bool:
    nxt = re.compile(r"\s+").match(text, m.end())
    after = nxt.end() if nxt else m.end()
    if after >= block_end:
        return True
    ch = text[after]
    if ch.islower():
        return False
    if text[m.start()] != ".":
        return True
    word = re.search(r"([\w.’'º]+)$", text[max(0, m.start() - 12) : m.start()])
    token = word[1] if word else ""
    bare = token.lower().rstrip(".")
    if len(token) == 1 and token.isalpha() and token.isupper():  # an initial: A. M. Puzanov
        return False
    if "." in token.strip("."):  # U.S., e.g., a.m.
        return False
    if bare in _ABBREV:
        return not (
            ch.isdigit()
            or bare
            in ("mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "capt", "maj", "st", "rev", "hon", "amb", "messrs")
        )
    return True


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with exact spans; speaker labels ("Kim:", "Q:") are left out of the span."""
    out: list[Sentence] = []
    for block, (b_start, b_end) in enumerate(_blocks(text)):
        starts = [b_start]
        for m in _TERMINAL.finditer(text, b_start, b_end):
            if _is_boundary(text, m, b_end):
                starts.append(m.end())
        starts.append(b_end)
        for i, (a, b) in enumerate(itertools.pairwise(starts)):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if i == 0:
                lab = _SPEAKER.match(text, a, b)
                if lab and not re.search(r"[.!?]\s", text[a : lab.end()]):
                    a = lab.end()
            if a < b:
                out.append(Sentence(a, b, block))
    return out


# --- what is not a claim ------------------------------------------------------------------------

_EDITORIAL = re.compile(
    r"\[[^\[\]]{0,400}?\b(?:handwritten|hand-written|stamp|stamped|seal|signature|signed|illegible|marginal|"
    r"marginalia|registry|typed|initials|resolution\s+in|note\s+in)\b[^\[\]]{0,400}\]",
    re.I,
)
# what may stand before an archive call number, a document number or a page: "F. 0102", "Op. 13",
# "Delo 5", "Listy 165-192", "Nº 482", "pp. 142-157", "Copy Nº 1", "Incoming 02277"
_ARCHIVAL_BEFORE = re.compile(
    r"(?<![\w])(?:(?:[FfOoDdPpLl]|[Oo]p|ll|Ll|pp|[Vv]ols?|[Nn]os?|[Ff]ol|[Ff]f)\.\s*|(?:Nº|№|#|[Ff]ond|[Oo]pis|"
    r"[Dd]elo|[Ll]isty?|[Pp]apka|[Ff]ile|[Ff]older|[Bb]ox|[Rr]eel|RG|[Ss]eries|[Ii]tem|[Pp]ages?|[Cc]opy|"
    r"[Ii]ncoming|[Oo]utgoing|[Rr]ef\.?|[Cc]all\s+(?:no\.?|number)|[Ii]nv\.?|[Ss]ignature)\s*(?:No\.?\s*|Nº\s*)?)$"
)
_DIGIT_RUN = re.compile(r"(?<!\d)(?<!\d[.,])\d[\d.,/–-]*(?:-?[A-Za-z]{1,3}\b)?")
_NAMED_NUMBER = re.compile(
    r"\b(?:Article|Chapter|Section|Clause|Paragraph|Resolution|Decree|Route|Unit|Table|Figure|Annex|Appendix|"
    r"Platform|Division|Brigade|Regiment|Corps|Telegram|Cable|Document|Order|Law|Protocol|Enclosure|Attachment)"
    r"\s+(?:No\.\s*)?\d[\d.–-]*"
)
_LIST_MARKER = re.compile(r"(?m)^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)])(?=\s)")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?|\b\d{1,2}\.\d{2}\s*[AaPp]\.?[Mm]\.?")
_CITATION = re.compile(
    r"(?:\b(?:vol|pp|ed|eds|trans|comp)\.\s|\bISBN\b|\bdoi:|Publishing House|University Press|\bPress,\s|"
    r"Digital Archive|\bArchive[s]?,\s|\bLibrary,\s|\bRetrieved\b|\b[Aa]ccessed\b|\bTranslated (?:by|for)\b|"
    r"\bCollection\b[^.]{0,40}\b(?:box|folder|file)\b)"
)
_CITATION_YEAR = re.compile(
    r"(?:\(\s*[^()]{2,80}:\s*[^()]{2,80},\s*(?:1[6-9]|20)\d\d\s*\)|,\s*(?:1[6-9]|20)\d\d\s*[),.])"
)


def not_claims(text: str) -> list[tuple[int, int]]:
    """Spans holding numbers that are not claims: registry marks, call numbers, list markers, clock times."""
    spans = [m.span() for rx in (_EDITORIAL, _NAMED_NUMBER, _LIST_MARKER, _CLOCK) for m in rx.finditer(text)]
    for m in _DIGIT_RUN.finditer(text):
        before = _ARCHIVAL_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if before:
            spans.append((before.start(), m.end()))
    return sorted(spans)


def is_citation(sentence: str) -> bool:
    return bool(_CITATION.search(sentence) and _CITATION_YEAR.search(sentence))


# --- dates --------------------------------------------------------------------------------------

_DATE_RE = re.compile(textdates.TEXT_DATE_PATTERN)
# Anchors are found in the ASCII-lowercased text (same offsets) with trie patterns: a flat
# case-insensitive alternation is several times slower in ``re``.
_DIGITS = re.compile(r"\d+")
# a number that can begin a date: a day (1-31) or a year; longer numbers are quantities
_DATE_DIGITS = re.compile(r"(?<![\d,.])(?:\d{1,2}|1[6-9]\d\d|20\d\d)(?!\d|,\d)")
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
        "saturday sunday"
    )
    + r")(?![\w-])"
)


def _anchors(text: str, lowered: str) -> list[tuple[int, int]]:
    return sorted([m.span() for m in _DATE_DIGITS.finditer(text)] + [m.span() for m in _ANCHOR_WORDS.finditer(lowered)])


_WORD_START = re.compile(r"(?<![\w'’-])\(?(\w+)")
# words a date expression can begin with (besides a number)
_STARTERS = frozenset(
    [
        "the", "since", "from", "until", "till", "before", "after", "by", "in", "during", "on", "of", "each",
        "every", "this", "last", "next", "early", "mid", "middle", "late", "between", "about", "some", "nearly",
        "almost", "more", "at", "over", "within", "a", "an", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "twenty", "fifty", "several", "decades", "years", "months", "today", "tonight",
        "yesterday", "tomorrow", "juche", "spring", "summer", "autumn", "fall", "winter", "first", "second",
        "latter", "previous", "past", "preceding", "recent", "recently", "currently", "presently", "nowadays",
        "now", "so", "to", "as", "for", "these", "lately", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday",
    ]
)
_YEAR_ONLY = re.compile(textdates.YEAR)
_DATE_CONTEXT = re.compile(
    r"(?i)(?:\b(?:in|of|since|by|from|until|till|to|during|year|the|early|late|mid|before|after|between|and|or|"
    r"for|about|around|circa|c\.|juche)|[,;(\-–/]|^)\s*$"
)


@dataclass(frozen=True, slots=True)
class FoundDate:
    start: int
    end: int
    text: str
    resolved: textdates.Resolved | None

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
        if masks and any(m.start() < y and x < m.end() for x, y in masks):
            continue
        expr = m.group()
        if _YEAR_ONLY.fullmatch(expr) and not _DATE_CONTEXT.search(text[max(0, m.start() - 12) : m.start()]):
            # "2000 tractors": a number with a unit, not a year
            qs = find_quantities(text, m.start(), min(len(text), m.end() + 40))
            if qs and qs[0].start == m.start() and qs[0].unit:
                continue
        last_end = m.end()
        out.append(FoundDate(m.start(), m.end(), expr, _resolve(expr, doc)))
    return out


@functools.lru_cache(maxsize=4096)
def _resolve(expr: str, doc: date | None) -> textdates.Resolved | None:
    return textdates.resolve(expr, doc)


def document_date(text: str) -> tuple[date, str] | None:
    """A full date the document states in its header (first lines): its day and the words."""
    head = text[:1500]
    for d in find_dates(head, None):
        r = d.resolved
        if r and r.dated_by == "explicit" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", r.edtf):
            return date.fromisoformat(r.edtf), d.text
    return None


# --- candidates -----------------------------------------------------------------------------------

_FUTURE = re.compile(
    r"(?i)\b(?:will|shall|should|must|plan(?:s|ned)?|target|quota|aim|pledge[ds]?|resolved?|"
    r"intend|going to|would|determined|decided to|commitment)\b"
)
_ESTIMATE = re.compile(
    r"(?i)\b(?:estimat\w*|might|may|likely|expected|projected|forecast|probably|about|around|"
    r"approximately|roughly)\b"
)
_CAPACITY = re.compile(r"(?i)\b(?:capacity|capable of|able to produce|can produce|can be obtained|can obtain)\b")
_DIRECTIVE = re.compile(
    r"(?i)\b(?:must|should|ought to|need to|needs to|have to|has to|it is necessary|"
    r"it is advisable|it is important|it is desirable|we are faced with|let us)\b"
)
_EVENT = re.compile(
    r"(?i)\b(?:held|visited|signed|sent|submitted|ratified|opened|completed|built|decided|"
    r"established|began|started|returned|received|delivered|stopped|agreed)\b"
)


def guess_kind(sentence: str, quantities: list[Quantity]) -> str | None:
    """A first guess at the kind of claim; the curator decides."""
    if quantities:
        if _CAPACITY.search(sentence):
            return "capacity"
        if _FUTURE.search(sentence):
            return "target"
        if _ESTIMATE.search(sentence):
            return "estimate"
        return "statistic"
    if _DIRECTIVE.search(sentence):
        return "directive"
    if _FUTURE.search(sentence):
        return "plan"
    if _EVENT.search(sentence):
        return "event"
    return None


@dataclass
class Candidate:
    start: int
    end: int
    quote: str
    dates: list[FoundDate]
    quantities: list[Quantity]
    topics: list[str]
    entities: list[str]
    kind: str | None
    confidence: float
    covered_by: list[str] = field(default_factory=list)
    context: FoundDate | None = None  # a date stated earlier in the paragraph, when the sentence names none


@dataclass(frozen=True, slots=True)
class Document:
    """The text and what is known of it: its source id (if in the base) and its date."""

    text: str
    source: str | None
    doc_date: date | None
    stated: str | None  # EDTF of the document date, as recorded
    date_from: str  # where the document date came from, for notes


def _score(
    qs: list[Quantity], dates: list[FoundDate], econ: int, topics: list[str], entities: list[str], sentence: str
) -> float:
    s = 0.0
    if any(q.strong for q in qs):
        s += 0.45
    elif any(q.economic for q in qs):
        s += 0.25
    real = [d for d in dates if d.resolved and not d.resolved.weak]
    if any(d.resolved and d.resolved.dated_by == "explicit" for d in real):
        s += 0.2
    elif real:
        s += 0.15
    elif dates:
        s += 0.05
    s += min(econ, 2) * 0.1
    s += 0.1 if topics else 0
    s += 0.05 if entities else 0
    if len(sentence) > 400:
        s -= 0.05
    return round(max(0.0, min(1.0, s)), 2)


def candidates(base: FactBase, doc: Document) -> list[Candidate]:
    """Every sentence of the document that may carry a claim, with what was read in it."""
    text = doc.text
    lex = lexicon(base)
    lowered = ascii_lower(text)
    masks = not_claims(text)
    dates = find_dates(text, doc.doc_date, masks, lowered)
    numeric = sorted([m.start() for m in _DIGITS.finditer(text)] + [m.start() for m in _NUMBER_WORDS.finditer(lowered)])
    explicit_spans = [(d.start, d.end) for d in dates if d.resolved is None or d.resolved.dated_by == "explicit"]
    out: list[Candidate] = []
    di = 0
    context: FoundDate | None = None  # the last date stated earlier in the paragraph
    block = -1
    for s in split_sentences(text):
        if s.block != block:
            block, context = s.block, None
        while di < len(dates) and dates[di].end <= s.start:
            di += 1
        sent_dates = [d for d in dates[di:] if d.start < s.end and d.start >= s.start]
        real_dates = [d for d in sent_dates if d.resolved and not d.resolved.weak]
        inherited, context = context, (real_dates[-1] if real_dates else context)
        quote = text[s.start : s.end]
        skip = [sp for sp in masks if sp[0] < s.end and s.start < sp[1]]
        skip += [sp for sp in explicit_spans if sp[0] < s.end and s.start < sp[1]]
        k = bisect.bisect_left(numeric, s.start)
        has_number = k < len(numeric) and numeric[k] < s.end
        qs = find_quantities(text, s.start, s.end, skip) if has_number else []
        econ = len(lex.econ_re.findall(lowered, s.start, s.end)) if (qs or sent_dates) else 0
        strong = any(q.strong for q in qs)
        weak_q = any(q.economic for q in qs) or any(q.unit in ("year", "month", "day", "week") for q in qs)
        now = econ >= 2 and len(sent_dates) > len(real_dates)  # "now", "at present" with words of the economy
        if not (strong or (weak_q and econ) or (real_dates and econ) or now) or is_citation(quote):
            continue
        if quote.rstrip().endswith("?") and not strong:  # a question asks; a rhetorical one with a figure may claim
            continue
        if not strong and not _TERMINAL_END.search(quote) and len(quote.split()) <= 12:
            continue  # a heading or dateline ("Market note, 3 May 2024"), not a sentence
        topics = guess_topics(lex, lowered[s.start : s.end])
        entities = guess_entities(lex, quote)
        kind = guess_kind(quote, qs)
        conf = _score(qs, sent_dates, econ, topics, entities, quote)
        cand = Candidate(s.start, s.end, quote, sent_dates, qs, topics, entities, kind, conf)
        cand.context = inherited if not sent_dates else None  # "now" in the sentence beats an earlier date
        out.append(cand)
    _cover(base, doc, out)
    return out


def _cover(base: FactBase, doc: Document, cands: list[Candidate]) -> None:
    """Fill ``covered_by``: the facts whose quote lies (partly) in each candidate sentence."""
    if not cands:
        return
    known = doc.source is not None and doc.source in base.sources and base.text(doc.source) == doc.text
    facts = [f for f in base.facts if f.source == doc.source] if known else base.facts
    spans: list[tuple[int, int, str]] = []
    folded: tuple[str, list[int]] | None = None
    for f in facts:
        i = doc.text.find(f.quote)  # most quotes are verbatim; folding the text is the slow path
        if i >= 0:
            spans.append((i, i + len(f.quote), f.id))
            continue
        if folded is None:
            folded = fold_whitespace(doc.text)
        loc = find_folded(folded, f.quote)
        if loc:
            spans.append((loc[0], loc[1], f.id))
    spans.sort()
    for c in cands:
        c.covered_by = sorted({fid for a, b, fid in spans if a < c.end and c.start < b})


# --- records -------------------------------------------------------------------------------------


def _primary_date(c: Candidate, q: Quantity | None) -> FoundDate | None:
    usable = [d for d in c.dates if d.resolved]
    if not usable:
        return None
    strong = [d for d in usable if not d.resolved or not d.resolved.weak] or usable
    if q is not None:
        # the date nearest the figure, in characters; a date before it wins a tie
        def distance(d: FoundDate) -> tuple[int, int]:
            return (q.start - d.end, 0) if d.end <= q.start else (d.start - q.end, 1)

        return min(strong, key=distance)
    return strong[0]


def record(c: Candidate, doc: Document) -> dict[str, Any]:
    """A candidate as a fact-shaped record (every fact field, null where the curator must decide) plus
    ``candidate``: span, dates, quantities, confidence and the facts that already cover it."""
    q = next((x for x in c.quantities if x.strong), None) or next((x for x in c.quantities if x.economic), None)
    q = q or (c.quantities[0] if c.quantities else None)
    d = _primary_date(c, q)
    notes = []
    if d is not None and d.resolved is not None:
        when, dated_by = d.resolved.edtf, d.resolved.dated_by
        notes.append(d.resolved.note)
    elif c.context is not None and c.context.resolved is not None:
        when, dated_by = c.context.resolved.edtf, "context"
        notes.append(f"no date in the sentence; {c.context.resolved.note}, stated earlier in the paragraph")
    elif doc.stated is not None:
        when, dated_by = doc.stated, "context"
        notes.append(f"no date in the sentence; dated to the document ({doc.date_from})")
    else:
        when, dated_by = None, None
        notes.append("no date in the sentence and no document date: give --date")
    rec: dict[str, Any] = dict.fromkeys(FACT_FIELDS)
    rec.update(
        {
            "topics": c.topics, "kind": c.kind, "when": when, "dated_by": dated_by, "stated": doc.stated,
            "entities": c.entities, "source": doc.source, "quote": c.quote, "note": "; ".join(notes),
        }
    )
    if q is not None:
        qd = q.as_dict()
        rec.update({k: qd[k] for k in ("value", "value_max", "approx", "unit", "per")})
    rec["candidate"] = {
        "span": [c.start, c.end], "dates": [x.as_dict() for x in c.dates],
        "quantities": [x.as_dict() for x in c.quantities],
        "context_date": c.context.as_dict() if c.context else None,
        "confidence": c.confidence, "covered_by": c.covered_by,
    }
    return rec


def extract(base: FactBase, doc: Document) -> list[dict[str, Any]]:
    """Candidate records for a document, in text order."""
    return [record(c, doc) for c in candidates(base, doc)]


def open_document(base: FactBase, target: str, date_text: str | None = None, text: str | None = None) -> Document:
    """The document to read: a source of the base (by id or a unique part of its id or title), or a
    text file (``text`` given by the caller). Its date comes from ``--date``, else sources.json, else
    a full date the document states in its header; without one, relative dates stay unresolved."""
    from pathlib import Path

    from .errors import NkeconError
    from .query import resolve_source

    source: str | None = None
    if text is None:
        try:
            source = resolve_source(base, target)
        except NkeconError:
            raise NkeconError(f"{target!r} is neither a file nor a source of the base "
                              "(`nkecon sources` lists them)") from None
        text = base.text(source)
    elif target != "-":
        p = Path(target).resolve()
        if p.parent == base.sources_dir.resolve() and p.stem in base.sources and base.text(p.stem) == text:
            source = p.stem
    if date_text:
        try:
            lo, hi = _when.user_span(date_text)
        except _when.DateError as err:
            raise NkeconError(f"--date {date_text!r}: {err}") from None
        return Document(text, source, lo, _when.from_bounds(lo, hi), f"--date {date_text}")
    if source is not None:
        stated = base.sources[source].date
        return Document(text, source, _when.bounds(stated)[0], stated, "the source's date in sources.json")
    found = document_date(text)
    if found is not None:
        day, words = found
        return Document(text, None, day, day.isoformat(), f"the date in the document's header, {words!r}")
    return Document(text, None, None, None, "no document date")
