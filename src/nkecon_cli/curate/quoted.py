"""What a fact's own quote must carry: its figure, its years, the words of its statement.

Three checks of ``nkecon verify`` (DESIGN.md §1 "A statement says no more than its quote" and
"The value in the quote"):

- ``value_problems`` — a fact's ``value`` (and ``value_max``) must be written in its quote in some
  form: digits (7,700 / 7 700 / 7.7 thousand), words (seven thousand seven hundred), a unit with a
  multiplier (5 MW = 5,000 kW), a table cell with its header's multiplier, a share ("one third",
  "half"), a multiple ("doubled" = 2 times), rounded to the precision the fact gives. A figure the
  curator worked out is written, with how, in the ``note`` (the note carries the figure). Anything
  else is a problem: a mistyped value is a wrong base, not a doubt.
- ``when_years`` — a year of ``when`` that the quote, its paragraph, the source's date and the note
  (where a resolved or inferred time is explained) all leave out: a warning.
- ``statement_words`` — content words of the statement that neither the quote nor the note carries,
  nor the names of the fact's entities, speaker, topics and source, nor its dates: a warning.
  Words are compared stemmed and case-folded, British and American spellings and romanisations of
  a name alike; function words and the curator's verbs of reporting ("said", "ordered") are not read.

The number reading is the extractor's (``extract.quantities``, ``extract.tables``), never a second one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .words import (
    _common_keys,
    _entity_names,
    _keys,
    _label_keys,
    _name_key,
    _source_names,
    _topic_names,
    content_words,
    word_key,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections import Counter
    from collections.abc import Callable, Iterator
    from typing import Any

    from ..factbase.base import FactBase
    from ..factbase.problems import Problem
    from ..factbase.records import Fact
    from .findings import Finding


# --- figures --------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def figures_in(text: str) -> frozenset[float]:
    """Every figure ``text`` writes, in base units and as written: what a fact's value may be."""
    from ..extract import quantities as qn
    from ..extract.tables import find_tables

    out: set[float] = set()
    for q in qn.find_quantities(text):
        for v in (q.value, q.value_max):
            if v is None:
                continue
            out.add(v)
            if q.unit == "%":
                out.add(v / 100)  # a share as a fraction: "half" = 0.5
            elif q.unit == "times":
                out.add((v - 1) * 100)  # "doubled" = up 100 %
    for m in qn._NUMBER.finditer(text):  # a bare number, with nothing counted: "output: 7,700"
        v = qn._number_value(m)
        if v is not None:
            out.add(v)
    for t in find_tables(text):
        out.update(c.value for c in t.cells)
    # digits grouped by spaces or thin spaces, as some texts write them: "7 700", "1 204 000"
    for m in re.finditer(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d])", text):
        out.add(float(re.sub(r"\D", "", m.group())))
    return frozenset(out)


def _decimals(v: float) -> int:
    text = repr(float(v))
    if "e" in text:
        return 0
    frac = text.partition(".")[2].rstrip("0")
    return len(frac)


def carried(value: float, figures: Iterable[float]) -> bool:
    """Is ``value`` one of ``figures``? Exactly, or for a figure no decimal writes ("one third" =
    33.333…) rounded to the decimals ``value`` is given with: 33 or 33.3. A written 7.7 is never 8."""
    places = _decimals(value)
    for f in figures:
        if f == value or abs(f - value) <= 1e-9 * max(1.0, abs(value)):
            return True
        if _decimals(f) > 6 and round(f, places) == value:
            return True
    return False


def number_text(v: float) -> str:
    """7,700 and 31,000,000 as people write them; 33.333… to four decimals."""
    return f"{v:,.{min(_decimals(v), 4)}f}"


def _quantity(f: Fact) -> str:
    text = number_text(f.value) if f.value is not None else ""
    if f.value_max is not None:
        text += f"–{number_text(f.value_max)}"
    return f"{text} {f.unit or ''}".strip()


def unwritten(value: float | None, value_max: float | None, quote: str, note: str | None) -> list[float]:
    """The figures of ``value`` and ``value_max`` that neither ``quote`` nor ``note`` writes."""
    wanted = [v for v in (value, value_max) if v is not None]
    if not wanted:
        return []
    missing = [v for v in wanted if not carried(v, figures_in(quote))]
    if missing and note:
        in_note = figures_in(note)
        missing = [v for v in missing if not carried(v, in_note)]
    return missing


def unwritten_value(f: Fact) -> tuple[str, str] | None:
    """(field, why) when a fact's value (or value_max) is written neither in its quote nor in its note."""
    missing = unwritten(f.value, f.value_max, f.quote, f.note)
    if not missing:
        return None
    written = sorted(figures_in(f.quote))
    seen = ", ".join(number_text(v) for v in written[:6]) if written else "no figure"
    which = "value_max" if missing == [f.value_max] and f.value_max != f.value else "value"
    return which, (f"{_quantity(f)} is not written in its quote in any form (the quote gives {seen}); correct "
                   "the value, or write the figure in the note with how it was derived")


def _bare_numbers(text: str) -> list[float]:
    """The numbers ``text`` writes bare (a part of ``figures_in``, the cheapest): 7,700 / 7.7 thousand."""
    from ..extract import quantities as qn

    return [v for m in qn._NUMBER.finditer(text) if (v := qn._number_value(m)) is not None]


def _value_found(f: Fact) -> tuple[str, str] | None:
    """``unwritten_value``, the quote's bare numbers tried first: a value one of them carries is carried
    by ``figures_in`` too (it holds them), so only a value they miss is read the whole way."""
    bare: list[float] | None = None
    for v in (f.value, f.value_max):
        if v is not None and not carried(v, bare if bare is not None else (bare := _bare_numbers(f.quote))):
            return unwritten_value(f)
    return None


def value_problems(base: FactBase) -> list[Problem]:
    """Facts whose value (or value_max) their quote does not write and their note does not derive."""
    return check_facts(base, values=True, years=False, words=False)[0]


# --- years ----------------------------------------------------------------------------------

_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_EDTF_YEAR = re.compile(r"(?<![\d-])(\d{3}[\dX])")


_BREAK = re.compile(r"\n[ \t]*\n")  # a blank line: the end of a paragraph


def _paragraph_span(text: str, start: int, end: int, breaks: list[int] | None = None) -> tuple[int, int]:
    """Where the paragraph that holds ``text[start:end]`` begins and ends; ``breaks`` the ends of the text's
    blank lines (``_BREAK``), when the caller keeps them for every quote of a text."""
    from bisect import bisect_right

    if breaks is None:
        breaks = [m.end() for m in _BREAK.finditer(text)]
    k = bisect_right(breaks, start)  # the blank lines that end before the quote begins
    m = _BREAK.search(text, end)
    return (breaks[k - 1] if k else 0), (m.start() if m else len(text))


def paragraph(text: str, start: int, end: int) -> str:
    """The paragraph (between blank lines) that holds ``text[start:end]``."""
    a, b = _paragraph_span(text, start, end)
    return text[a:b]


def _located(base: FactBase, f: Fact) -> tuple[str, int, int] | None:
    """The source text of a fact and where its quote lies in it; None when either cannot be read
    (verify reports that as a problem of its own)."""
    return _Sources(base).located(f)


@lru_cache(maxsize=4096)
def _years_of(when: str) -> list[str]:
    """The years (and decades, ``197X``) an EDTF value names: '1967-09/1968-04-25' → 1967, 1968."""
    return list(dict.fromkeys(_EDTF_YEAR.findall(when)))


def _unnamed(years: list[str], found: set[str]) -> list[str]:
    """The ``years`` (a decade ``197X`` by any of its years) that none of ``found`` is."""
    return [y for y in years if not (any(x.startswith(y[:3]) for x in found) if y.endswith("X") else y in found)]


def _year_missing(texts: _Sources, f: Fact) -> str | None:
    """A year of the fact's ``when`` that neither the quote, its paragraph, the source's date nor the note
    gives. The paragraph is read only for a year the others leave out (each finds years of its own)."""
    years = _years_of(f.when)
    if not years:
        return None
    src = texts.base.sources.get(f.source)
    found = set(_YEAR.findall(f"{f.quote} {f.note or ''}" + (f" {src.date}" if src is not None else "")))
    missing = _unnamed(years, found)
    if missing:
        located = texts.located(f)
        if located is not None:
            a, b = texts.paragraph_span(f.source, *located)
            missing = _unnamed(missing, set(_YEAR.findall(located[0][a:b])))
    if not missing:
        return None
    return (f"when {f.when} names {', '.join(missing)}, which neither the quote, its paragraph, the source's "
            "date nor the note gives: say in the note how the time was found")


def when_years(base: FactBase) -> list[Finding]:
    """Facts whose ``when`` names a year that the quote, its paragraph, the source's date and the note leave out."""
    return check_facts(base, values=False, years=True, words=False)[1]


# --- words ----------------------------------------------------------------------------------

# words of degree and comparison, whose loss or addition changes a claim ("much *more* ore"): read
# wherever they stand, each met by the words the texts write for it
_DEGREE = {
    "more": r"more|larger|greater|increas\w*|additional|extra|further|higher|bigger|expand\w*|raise\w*",
    "less": r"less|smaller|lower|fewer|reduc\w*|decreas\w*|cut|not\s+(?:\w+\s+){0,2}(?:as|so)\s+(?:much|many)",
    "much": r"much|many|lots?|great(?:ly)?|large|deal|considerabl[ey]|far",
    "many": r"many|much|plenty|lots?|numerous|large|several",
    "most": r"most|majority|largest|greatest|mostly",
    "other": r"other|others|another|rest|else",
    "all": r"all|every|whole|entire|each",
    "only": r"only|just|solely|merely|exclusively|alone",
}
_DEGREE_MET = {w: re.compile(rf"(?i)\b(?:{alts})\b") for w, alts in _DEGREE.items()}
# set phrases in which a word of degree says nothing of degree: "as much as 50,000" is "even 50,000"
_IDIOMS = re.compile(r"(?i)\b(?:as\s+(?:much|many)\s+as|above\s+all|at\s+all|after\s+all|all\s+the\s+more|"
                     r"more\s+or\s+less|not\s+only)\b")



class _Sources:
    """What the facts of one source need of its text, made once for them all: whether it can be read,
    its paragraphs and their sentences, the words it writes again and again; and the words of the names
    of each entity, topic and source a statement may name. One per run of the checks."""

    def __init__(self, base: FactBase):
        self.base = base
        self._readable: dict[str, bool] = {}
        self._breaks: dict[str, list[int]] = {}
        self._sentences: dict[tuple[str, int, int], list[tuple[int, int]]] = {}
        self._common: dict[str, frozenset[str]] = {}
        self._names: dict[tuple[str, str], frozenset[str]] = {}

    def located(self, f: Fact) -> tuple[str, int, int] | None:
        """The source text of a fact and where its quote lies in it; None when either cannot be read
        (verify reports that as a problem of its own)."""
        from ..errors import NkeconError

        base, src = self.base, f.source
        ok = self._readable.get(src)
        if ok is None:
            ok = self._readable[src] = src in base.sources and base.text_path(src).is_file()
        if not ok:
            return None
        try:
            loc = base.locate(f)
            return (base.text(src), *loc) if loc is not None else None
        except NkeconError:
            self._readable[src] = False  # unreadable (not UTF-8, no permission): so for every fact of it
            return None

    def paragraph_span(self, src: str, text: str, start: int, end: int) -> tuple[int, int]:
        breaks = self._breaks.get(src)
        if breaks is None:
            breaks = self._breaks[src] = [m.end() for m in _BREAK.finditer(text)]
        return _paragraph_span(text, start, end, breaks)

    def neighbours(self, src: str, text: str, start: int, end: int) -> str:
        """The sentence before the quote and the one after it, within its paragraph."""
        a, b = self.paragraph_span(src, text, start, end)
        para = text[a:b]
        spans = self._sentences.get((src, a, b))
        if spans is None:
            from ..extract.sentences import split_sentences

            spans = self._sentences[(src, a, b)] = [(s.start, s.end) for s in split_sentences(para)]
        offset = a  # the paragraph's start: the quote's place in it
        s_at, e_at = start - offset, end - offset
        before = [s for s in spans if s[1] <= s_at]
        after = next((s for s in spans if s[0] >= e_at), None)
        return " ".join(para[s[0] : s[1]] for s in ([before[-1]] if before else []) + ([after] if after else []))

    def common(self, src: str, text: str) -> frozenset[str]:
        """The words a document writes again and again: its subject, which a statement may name in its own way."""
        found = self._common.get(src)
        if found is None:
            found = self._common[src] = _common_keys(text)
        return found

    def _named(self, kind: str, key: str, texts: Callable[..., list[str]], *args: Any) -> frozenset[str]:
        """The words of the names of one entity, topic or source, read once."""
        found = self._names.get((kind, key))
        if found is None:
            found = self._names[(kind, key)] = frozenset().union(*(_keys(t) for t in texts(*args)))
        return found

    def carriers(self, f: Fact) -> Iterator[frozenset[str]]:
        """The words a statement may take besides the quote's and the note's: the names of what it is
        about, its source and its dates. Lazily, the likeliest first: most statements need none."""
        base = self.base
        yield _label_keys(f.when)
        for eid in [*f.entities, *([f.speaker] if f.speaker else [])]:
            yield self._named("entity", eid, _entity_names, base, eid)
        for tid in f.topics:
            topic = base.topics.get(tid)
            if topic is not None:
                yield self._named("topic", tid, _topic_names, topic, tid)
        src = base.sources.get(f.source)
        if src is not None:
            yield self._named("source", f.source, _source_names, src)
        if f.stated:
            yield _label_keys(f.stated)

    def unquoted(self, f: Fact) -> list[tuple[str, str, str | None, str | None]]:
        """``unquoted_words`` before the subject is known: (word, lower case, key, name key) of each word
        said, in order; the key None for a word of degree (which the subject never carries)."""
        words = content_words(_IDIOMS.sub(" ", f.statement))
        if not words:
            return []
        carried_text: str | None = None
        said: list[tuple[str, str, str | None, str | None]] = []
        pending: list[int] = []  # the words not yet carried by anything read so far
        for w in words:
            low = w.lower()
            if low in _DEGREE:
                carried_text = carried_text if carried_text is not None else f"{f.quote} {f.note or ''}"
                if not _DEGREE_MET[low].search(carried_text):
                    said.append((w, low, None, None))
                continue
            pending.append(len(said))
            said.append((w, low, word_key(w), _name_key(w) if w[:1].isupper() else None))

        def carry(keys: frozenset[str]) -> None:
            pending[:] = [i for i in pending if not (said[i][2] in keys or said[i][3] in keys)]

        if pending:
            carry(_keys(f.quote))
        if pending and f.note:
            carry(_keys(f.note))
        if pending:
            for keys in self.carriers(f):
                carry(keys)
                if not pending:
                    break
        if pending:  # a word no name carries is said only if it comes from the quote's neighbours
            located = self.located(f)
            near = _keys(self.neighbours(f.source, *located)) if located is not None else frozenset()
            common = self.common(f.source, located[0]) if located is not None else frozenset()
            pending = [i for i in pending if said[i][2] in near and said[i][2] not in common]
        kept = set(pending)
        return [x for i, x in enumerate(said) if x[2] is None or i in kept]


def _said(found: list[tuple[str, str, str | None, str | None]], subject: frozenset[str]) -> list[str]:
    """The words said that the subject's names do not carry either, each once."""
    out: list[str] = []
    seen: set[str] = set()
    for w, low, key, name in found:
        if key is not None and (key in subject or name in subject):
            continue
        if low not in seen:
            seen.add(low)
            out.append(w)
    return out


def _subject(base: FactBase) -> tuple[str, ...]:
    """The names of the place most facts are about (North Korea in the shipped base): a statement may name
    the country its speaker calls "we" or "our country"."""
    return _subject_of(base, _place_counts(base, base.facts))


def _place_counts(base: FactBase, facts: Iterable[Fact]) -> Counter[str]:
    from collections import Counter

    return Counter(e for f in facts for e in f.entities
                   if (ent := base.entities.get(e)) is not None and ent.type == "place")


def _subject_of(base: FactBase, counts: Counter[str]) -> tuple[str, ...]:
    if not counts:
        return ()
    ent = base.entities[counts.most_common(1)[0][0]]
    return (ent.name, *ent.aliases)


def unquoted_words(base: FactBase, f: Fact, subject: Iterable[str] = ()) -> list[str]:
    """The statement's words that its quote and note do not carry and that say more than the quote: a word
    of degree or comparison the quote does not write, or a word taken from the quote's paragraph (its
    neighbouring sentences). Paraphrase ("made" for "produced") is the curator's own and is not read."""
    return _said(_Sources(base).unquoted(f), frozenset().union(*(_keys(t) for t in subject)))


def _words_finding(fact_id: str, extra: list[str]) -> Finding:
    from .findings import Finding

    words = ", ".join(repr(w) for w in extra)
    return Finding("statement-words", (fact_id,), f"the statement says {words}, which neither the quote "
                   "nor the note carries: a statement says no more than its quote (put what comes "
                   "from elsewhere in the note)")


def statement_words(base: FactBase) -> list[Finding]:
    """Facts whose statement carries words that neither the quote nor the note gives."""
    return check_facts(base, values=False, years=False, words=True)[2]


# --- all three, in one reading of the base ---------------------------------------------------


# what one fact gives each check: (id, entities, the value unwritten as (field, why), the years of `when`
# no text gives, the words said before the subject is known); ``checkcache`` keeps them between runs
Said = list[tuple[str, str, "str | None", "str | None"]]
FactResult = tuple[str, list[str], "tuple[str, str] | None", "str | None", Said]


def fact_result(texts: _Sources, f: Fact, values: bool = True, years: bool = True, words: bool = True) -> FactResult:
    """What the checks asked find in one fact, each source's text prepared once (``texts``)."""
    found = _value_found(f) if values and (f.value is not None or f.value_max is not None) else None
    return (f.id, list(f.entities), found, _year_missing(texts, f) if years else None,
            texts.unquoted(f) if words else [])


def check_facts(base: FactBase, values: bool = True, years: bool = True, words: bool = True
                ) -> tuple[list[Problem], list[Finding], list[Finding]]:
    """``value_problems``, ``when_years`` and ``statement_words`` (those asked), reading each fact once and
    holding none (``FactBase.each_fact``), each source's text prepared once for all its facts."""
    texts = _Sources(base)
    return findings(base, (fact_result(texts, f, values, years, words) for f in base.each_fact()))


def findings(base: FactBase, results: Iterable[FactResult]) -> tuple[list[Problem], list[Finding], list[Finding]]:
    """The problems and warnings of the facts' results, in file order; the subject (``_subject``) counted
    as they go by, for the words a statement may take from its name."""
    from collections import Counter

    from ..factbase.problems import Problem
    from .findings import Finding

    problems: list[Problem] = []
    undated: list[Finding] = []
    said: list[tuple[str, Said]] = []
    places: Counter[str] = Counter()
    is_place: dict[str, bool] = {}
    for fid, entities, unwritten, years, extra in results:
        if unwritten is not None:
            problems.append(Problem(str(base.facts_path), f"fact {fid!r} {unwritten[0]}", unwritten[1]))
        if years is not None:
            undated.append(Finding("when-year", (fid,), years))
        for e in entities:
            place = is_place.get(e)
            if place is None:
                ent = base.entities.get(e)
                place = is_place[e] = ent is not None and ent.type == "place"
            if place:
                places[e] += 1
        if extra:
            said.append((fid, extra))
    subject = frozenset().union(*(_keys(t) for t in _subject_of(base, places))) if said else frozenset()
    worded = [_words_finding(fid, kept) for fid, extra in said if (kept := _said(extra, subject))]
    return problems, undated, worded
