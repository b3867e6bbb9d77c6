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

TYPE_CHECKING = False
if TYPE_CHECKING:
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


def value_problems(base: FactBase) -> list[Problem]:
    """Facts whose value (or value_max) their quote does not write and their note does not derive."""
    from ..factbase.problems import Problem

    out: list[Problem] = []
    for f in base.facts:
        found = unwritten_value(f)
        if found is not None:
            out.append(Problem(str(base.facts_path), f"fact {f.id!r} {found[0]}", found[1]))
    return out


# --- years ----------------------------------------------------------------------------------

_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_EDTF_YEAR = re.compile(r"(?<![\d-])(\d{3}[\dX])")


def paragraph(text: str, start: int, end: int) -> str:
    """The paragraph (between blank lines) that holds ``text[start:end]``."""
    breaks = [m.end() for m in re.finditer(r"\n[ \t]*\n", text, 0) if m.end() <= start]
    a = breaks[-1] if breaks else 0
    m = re.compile(r"\n[ \t]*\n").search(text, end)
    return text[a : m.start() if m else len(text)]


def _located(base: FactBase, f: Fact) -> tuple[str, int, int] | None:
    """The source text of a fact and where its quote lies in it; None when either cannot be read
    (verify reports that as a problem of its own)."""
    from ..errors import NkeconError

    if f.source not in base.sources or not base.text_path(f.source).is_file():
        return None
    try:
        loc = base.locate(f)
        return (base.text(f.source), *loc) if loc is not None else None
    except NkeconError:
        return None


def _years_of(when: str) -> list[str]:
    """The years (and decades, ``197X``) an EDTF value names: '1967-09/1968-04-25' → 1967, 1968."""
    return list(dict.fromkeys(_EDTF_YEAR.findall(when)))


def when_years(base: FactBase) -> list[Finding]:
    """Facts whose ``when`` names a year that the quote, its paragraph, the source's date and the note leave out."""
    from .findings import Finding

    out: list[Finding] = []
    for f in base.facts:
        years = _years_of(f.when)
        if not years:
            continue
        texts = [f.quote, f.note or ""]
        src = base.sources.get(f.source)
        if src is not None:
            texts.append(src.date)
        located = _located(base, f)
        if located is not None:
            texts.append(paragraph(*located))
        found = set(_YEAR.findall(" ".join(texts)))
        missing = [y for y in years if not (any(x.startswith(y[:3]) for x in found) if y.endswith("X") else y in found)]
        if missing:
            out.append(Finding("when-year", (f.id,), f"when {f.when} names {', '.join(missing)}, which neither the "
                               "quote, its paragraph, the source's date nor the note gives: say in the note how "
                               "the time was found"))
    return out


# --- words ----------------------------------------------------------------------------------

# words that carry no claim, and the curator's own verbs of reporting and framing
_FUNCTION_WORDS = """
a an the of in on at to for from by with and or but nor as than that which who whom whose this these those it its
is are was were be been being has have had do does did will would shall should can could may might must not no so
there their theirs they them he him she his her hers we our us i me my you your into onto over under about
after before during between per each every both some any such very too if then when where while up down out off
own same another itself themselves whether what how why because since until till though although yet still
just even ever again already now once here thus therefore however instead rather
said says say saying told tells tell stated states noted notes reported reports reporting according claimed claims
described describes called calls ordered orders judged judges urged urges criticised criticized criticises
criticizes proposed proposes recalled recalls complained complains argued argues asked asks announced
announces warned warns wrote writes recorded records interviewed interview speaking speech spoke
gave gives set sets put puts expected expects estimated estimates planned plans intended intends pledged pledges
recommended recommends advised advises suggested suggests acknowledged admitted explained explains added adds
"""
_FUNCTION = frozenset(_FUNCTION_WORDS.split())
_DATES_WORDS = """
january february march april may june july august september october november december jan feb mar apr jun jul aug
sep sept oct nov dec early late mid middle end beginning start year years month months day days decade decades
sometime first second half quarter spring summer autumn fall winter
"""
_DATE_WORDS = frozenset(_DATES_WORDS.split())

_SUFFIXES = ("izations", "ization", "ations", "ation", "itions", "ition", "ments", "ment", "nesses", "ness",
             "ities", "ity", "ings", "ing", "ions", "ion", "ives", "ive", "ically", "ical", "ally", "ial", "ers",
             "er", "ies", "ied", "ic", "es", "ed", "ly", "al", "s", "e", "y")
_IRREGULAR = {
    "built": "build", "made": "make", "sold": "sell", "came": "come", "ran": "run", "given": "give", "gave": "give",
    "held": "hold", "done": "do", "did": "do", "bought": "buy", "fell": "fall", "fallen": "fall", "rose": "rise",
    "risen": "rise", "grew": "grow", "grown": "grow", "growth": "grow", "led": "lead", "taken": "take",
    "took": "take", "went": "go", "gone": "go", "spent": "spend", "sent": "send", "met": "meet", "paid": "pay",
    "found": "find", "brought": "bring", "thought": "think", "kept": "keep", "lost": "lose", "won": "win",
    "began": "begin", "begun": "begin", "wrote": "write", "written": "write", "knew": "know", "known": "know",
    "shown": "show", "saw": "see", "seen": "see", "chose": "choose", "chosen": "choose", "dealt": "deal",
    "meant": "mean", "left": "leave", "felt": "feel", "got": "get", "gotten": "get", "lent": "lend",
    "understood": "understand", "stood": "stand", "fed": "feed", "bred": "breed", "dug": "dig", "drew": "draw",
    "drawn": "draw", "worse": "bad", "worst": "bad", "better": "good", "best": "good", "men": "man",
    "women": "woman", "children": "child", "people": "person", "lay": "lie", "lain": "lie",
}
_TOKEN = re.compile(r"[^\W\d_][\w'’ʼ]*")


@lru_cache(maxsize=8192)
def word_key(word: str) -> str:
    """A word's stem, spelling-variant and case insensitive: 'Exports' and 'exported' → 'export'."""
    from ..query.wordmatch import spelling_key  # British and American spellings meet by search's own rule

    w = spelling_key(word.replace("’", "'").removesuffix("'s").removesuffix("'"))
    w = _IRREGULAR.get(w, w).replace("z", "s")  # and "precise" (no -ise verb) meets "precision"
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 2:
            w = w[: -len(suf)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]  # planned → plann → plan
    return w[:6]  # production, producing, produce → produc


def _words(text: str) -> list[str]:
    """The words of a text, hyphenated words split: 'machine-building' → machine, building."""
    return [p for t in _TOKEN.findall(text) for p in re.split(r"[-_]", t) if p]


@lru_cache(maxsize=4096)
def _keys(text: str) -> frozenset[str]:

    out: set[str] = set()
    for w in _words(text):
        out.add(word_key(w))
        if w[:1].isupper():
            out.add(_name_key(w))
    return frozenset(out)


@lru_cache(maxsize=8192)
def _name_key(word: str) -> str:
    """A name by its romanisation key (Hamhung, Hamheung meet), a people by its country (Korean, Korea)."""
    from ..query.names import key

    k = key(word)
    for ending, cut in (("ese", 3), ("ans", 2), ("an", 1)):
        if k.endswith(ending) and len(k) - cut >= 3:
            k = k[:-cut]
            break
    return "name:" + k.removesuffix("a")


def content_words(statement: str) -> list[str]:
    """The words of a statement that say something: no function words, verbs of reporting or dates."""
    out = []
    for w in _words(statement):
        low = w.lower().replace("’", "'").removesuffix("'s")
        if len(low) < 2 or low in _FUNCTION or low in _DATE_WORDS:
            continue
        out.append(w)
    return out


def _carriers(base: FactBase, f: Fact) -> list[str]:
    """What a statement may take its words from besides the quote and note: the names of what it is about."""
    from ..factbase import when as _when

    texts = [f.quote, f.note or "", _when.label(f.when)]
    for eid in [*f.entities, *([f.speaker] if f.speaker else [])]:
        ent = base.entities.get(eid)
        texts.append(eid.replace("-", " "))
        if ent is not None:
            texts += [ent.name, *ent.aliases]
            parent = base.entities.get(ent.parent) if ent.parent else None
            if parent is not None:
                texts += [parent.name, *parent.aliases]
    for tid in f.topics:
        topic = base.topics.get(tid)
        if topic is not None:
            texts += [topic.label, tid.replace("-", " ")]
    src = base.sources.get(f.source)
    if src is not None:
        texts += [src.title, src.short or "", src.kind, src.perspective]
    if f.stated:
        texts.append(_when.label(f.stated))
    return texts


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
# set phrases in which a word of degree says nothing of degree: "as much as 50,000" is "even 50,000"
_IDIOMS = re.compile(r"(?i)\b(?:as\s+(?:much|many)\s+as|above\s+all|at\s+all|after\s+all|all\s+the\s+more|"
                     r"more\s+or\s+less|not\s+only)\b")


def _subject(base: FactBase) -> tuple[str, ...]:
    """The names of the place most facts are about (North Korea in the shipped base): a statement may name
    the country its speaker calls "we" or "our country"."""
    from collections import Counter

    counts = Counter(e for f in base.facts for e in f.entities
                     if (ent := base.entities.get(e)) is not None and ent.type == "place")
    if not counts:
        return ()
    ent = base.entities[counts.most_common(1)[0][0]]
    return (ent.name, *ent.aliases)


@lru_cache(maxsize=16)
def _common_keys(text: str, times: int = 4) -> frozenset[str]:
    """The words a document writes again and again: its subject, which a statement may name in its own way."""
    from collections import Counter

    counts = Counter(word_key(w) for w in _words(text))
    return frozenset(k for k, n in counts.items() if n >= times)


def _neighbours(text: str, start: int, end: int) -> str:
    """The sentence before the quote and the one after it, within its paragraph."""
    from ..extract.sentences import split_sentences

    para = paragraph(text, start, end)
    offset = text.rfind(para, 0, end) if para else start
    ss = split_sentences(para)
    a, b = start - offset, end - offset
    before = [s for s in ss if s.end <= a]
    after = [s for s in ss if s.start >= b]
    parts = ([para[before[-1].start : before[-1].end]] if before else []) + (
        [para[after[0].start : after[0].end]] if after else [])
    return " ".join(parts)


def unquoted_words(base: FactBase, f: Fact, subject: Iterable[str] = ()) -> list[str]:
    """The statement's words that its quote and note do not carry and that say more than the quote: a word
    of degree or comparison the quote does not write, or a word taken from the quote's paragraph (its
    neighbouring sentences). Paraphrase ("made" for "produced") is the curator's own and is not read."""

    have = set().union(*(_keys(t) for t in [*_carriers(base, f), *subject]))
    carried_text = f"{f.quote} {f.note or ''}"
    near: set[str] = set()
    located = _located(base, f)
    if located is not None:
        common = _common_keys(located[0])
        near = {k for k in _keys(_neighbours(*located)) if k not in common}
    out: list[str] = []
    for w in content_words(_IDIOMS.sub(" ", f.statement)):
        low = w.lower()
        if low in _DEGREE:
            if re.search(rf"(?i)\b(?:{_DEGREE[low]})\b", carried_text):
                continue
        elif word_key(w) in have or (w[:1].isupper() and _name_key(w) in have) or word_key(w) not in near:
            continue
        if low not in (x.lower() for x in out):
            out.append(w)
    return out


def statement_words(base: FactBase) -> list[Finding]:
    """Facts whose statement carries words that neither the quote nor the note gives."""
    from .findings import Finding

    out: list[Finding] = []
    subject = _subject(base)
    for f in base.facts:
        extra = unquoted_words(base, f, subject)
        if extra:
            words = ", ".join(repr(w) for w in extra)
            out.append(Finding("statement-words", (f.id,), f"the statement says {words}, which neither the quote "
                               "nor the note carries: a statement says no more than its quote (put what comes "
                               "from elsewhere in the note)"))
    return out
