"""Sentences with exact character spans, in paragraphs and stand-alone lines.

``text[s.start:s.end]`` is the sentence verbatim. Hard-wrapped lines run on into one paragraph;
headings, list items and speaker labels ("Q:", "Kim:") start a new one; abbreviations, initials and
"No. 5" do not end a sentence.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .numbers import SPACED_DECIMAL

_ABBREV = frozenset(
    [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "capt", "maj", "sgt", "st", "jr", "sr", "rev", "hon",
        "messrs", "no", "nos", "nº", "vol", "vols", "p", "pp", "ed", "eds", "trans", "fig", "figs", "op", "cit",
        "ibid", "ca", "cf", "approx", "dept", "co", "corp", "inc", "ltd", "bros", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "art", "sec", "ch", "para", "govt", "est",
        "ft", "mt", "gov", "pres", "sen", "rep", "amb", "cmdr", "adm", "gov't", "dem",
    ]
)
_TERMINAL_END = re.compile(r"[.!?…;:][\"”’')\]]*$")
# (… and a stop a page's text lost its space after: "to 300 grams.The changes", as scraped pages run sentences on)
# (the stop first, the lowercase letters asked behind it: a scan that starts at a class skips to the stops in C)
# (a wiki's reference mark after the stop is the sentence's: "… 20 million tons.[3] In 2015 …")
_TERMINAL = re.compile(r"[.!?…]+(?:(?:\[\d{1,3}\])+(?=\s)|[\"”’')\]]*(?=\s)|(?<=[a-z][a-z][.!?])(?=[A-Z][a-z]))")
_SPEAKER = re.compile(r"(?:Q|A|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}(?:\s*\([^()\n]{0,80}\))?)\s*:\s+(?=\S)")
_FUNCTION_END = re.compile(r"(?i)(?:\b(?:of|the|and|or|to|in|a|an|for|with|by|on|at|from|that|as|within|into|than|"
                           r"between|per|about|its|their|is|are|was|were|has|have|had|been|this|these|which|not)|"
                           r"[,\-–(])\s*$")
_LINE_START_BREAK = re.compile(
    r"\s*(?:[-•*]\s|\(?\d{1,2}[.)]\s|Q:|A:|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}"
    r"(?:\s*\([^()\n]{0,80}\))?\s*:\s)"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    block: int  # the paragraph (or stand-alone line) it belongs to


_LINE_ENDS = re.compile(r"[.!?:;\"”’)\]]\s*$")
# a line of running prose cut at the page's width (eight words and more, sixty characters and more): it runs on into
# the next whatever the next begins with ("… were sold at 8,500 KPW and 10,500\nKPW [1.31 USD]")
_WRAPPED = re.compile(r"(?=.{60})\S+(?:[ \t]+\S+){7,}[ \t]*$")


def _in_a_clause(line: str) -> bool:
    """A short line cut inside a clause of prose: a comma within it and its words after the first mostly in lower
    case ("Last month, rice cost\n4,300 KPW in Pyongyang"), not a title ("Food, Agriculture and Fisheries")."""
    head, sep, rest = line.partition(",")
    words = rest.split()
    if not sep or len(words) < 2 or not head.strip():
        return False
    return sum(w[:1].islower() for w in words) * 2 > len(words)


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
            and not _LINE_ENDS.search(prev_line)
            and (_FUNCTION_END.search(prev_line) or body.lstrip()[:1].islower() or _WRAPPED.match(prev_line)
                 or _in_a_clause(prev_line))
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


_BLANKS = re.compile(r"\s+")
_LAST_TOKEN = re.compile(r"([\w.’'º]+)$")
_DECIMAL = re.compile(r"\d+(?:[.,]\d+)+")


def _is_boundary(text: str, m: re.Match[str], block_end: int) -> bool:
    nxt = _BLANKS.match(text, m.end())
    after = nxt.end() if nxt else m.end()
    if after >= block_end:
        return True
    ch = text[after]
    if ch.islower():
        return False
    if text[m.start()] != ".":
        return True
    spaced = SPACED_DECIMAL.search(text, max(0, m.start() - 3), m.end() + 16) if ch.isdigit() else None
    if spaced and spaced.start() < m.start():
        return False  # "rose 2. 6 percent": a decimal set with a space after its point (corpus: spaced-decimal)
    word = _LAST_TOKEN.search(text[max(0, m.start() - 12) : m.start()])
    token = word[1] if word else ""
    bare = token.lower().rstrip(".")
    if len(token) == 1 and token.isalpha() and token.isupper():  # an initial: A. M. Puzanov
        return False
    if "." in token.strip(".") and not _DECIMAL.fullmatch(token):  # U.S., e.g., a.m. — but "stood at 9.63. The"
        return False  # ends its sentence (corpus: decimal-ends-sentence)
    if bare in _ABBREV:
        return not (
            ch.isdigit()
            or bare
            in ("mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "capt", "maj", "st", "rev", "hon", "amb", "messrs",
                "dem", "rep")  # (a title before a name; "Dem. People's Rep. Korea", a country's name)
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
                # (a field's label with a time, "Defense (6/98):", is no speaker: it stays, to date its figures)
                if lab and not re.search(r"[.!?]\s", text[a : lab.end()]) and not re.search(r"\d", text[a : lab.end()]):
                    a = lab.end()
            if a < b:
                out.append(Sentence(a, b, block))
    return out
