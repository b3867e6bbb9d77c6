"""How a typed word meets the words of a text: one rule for ``search`` and ``--text``.

A typed word matches a word of the text that *starts* with it (``power`` finds ``powers`` and
``power-station``, never ``manpower``), whatever the case, accents or apostrophes (``Namp'o`` is
``Nampo``); a phrase matches its words in a row, whatever spaces or punctuation lie between them.
Two rules of English meet what is spelt two ways:

- British and American spelling: ``-ise``/``-ize`` (and ``-isation``, ``-ised``, ``-ising``,
  ``-iser``), ``-yse``/``-yze``, ``-our``/``-or`` (in words of two syllables or more: ``labour``,
  not ``four``), ``-tre``/``-ter`` and ``-bre``/``-ber``, ``-fence``/``-fense``, ``-gramme``/``-gram``,
  ``-ogue``/``-og``: both sides are written the American way before they are compared, so
  ``fertiliser`` finds ``fertilizer`` and the other way round;
- a country and its people: a name ending in ``-a`` also finds ``-ese`` and ``-ian`` (``China``
  finds ``Chinese-made``, ``Canada`` ``Canadian``); ``-n``, ``-an`` and ``-ese`` after the whole
  name come with the start-of-word rule (``Korea`` → ``Korean``, ``Japan`` → ``Japanese``).

Imports nothing of the package but ``names`` (for folding).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .names import fold

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator

_TOKEN = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")
_VOWEL = re.compile(r"[aeiouy]")
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<=\w\w\w)is(e|es|ed|ing|er|ers|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=\w\w\w)ys(e|es|ed|ing|er|ers)$"), r"yz\1"),
    (re.compile(r"(?<=\w\w)(t|b)re(s|d)?$"), r"\1er\2"),
    (re.compile(r"fence(s)?$"), r"fense\1"),
    (re.compile(r"gramme(s)?$"), r"gram\1"),
    (re.compile(r"(?<=\w\w)ogue(s)?$"), r"og\1"),
)
_OUR = re.compile(r"our(s|ed|ing|er|ers|ite|ites|able|ful|less)?$")
# No rule touches a word's first three letters, so a phrase can only stand where the folded text
# holds its first word's first three letters: a cheap test before the words are read.


@lru_cache(maxsize=65536)  # the words of a base's texts repeat: each is keyed once
def spelling_key(word: str) -> str:
    """A folded word spelt the American way: 'fertilisers' → 'fertilizers', 'colour' → 'color'."""
    w = fold(word)
    for pattern, repl in _RULES:
        w = pattern.sub(repl, w)
    m = _OUR.search(w)
    if m and m.start() >= 2 and _VOWEL.search(w[:m.start()]):
        w = w[:m.start()] + "or" + (m.group(1) or "")
    return w


def tokens(text: str) -> list[tuple[str, int, int]]:
    """The words of a text: (spelling key, start, end)."""
    return [(spelling_key(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _starts(last: str) -> tuple[str, ...]:
    """What a word of the text may start with to match the typed word ``last``."""
    if len(last) > 3 and last.endswith("a"):
        return (last, last[:-1] + "ese", last[:-1] + "ian")
    return (last,)


class Phrase:
    """A typed word or phrase, ready to find in texts."""

    def __init__(self, typed: str):
        self.words = [k for k, _, _ in tokens(typed)]
        self.last = _starts(self.words[-1]) if self.words else ()
        self.needle = self.words[0][:3] if self.words else ""

    def may_be_in(self, folded: str) -> bool:
        """False when the phrase cannot stand in a text whose ``names.fold`` is ``folded``."""
        return self.needle in folded

    def __bool__(self) -> bool:
        return bool(self.words)

    def spans(self, text: str, toks: list[tuple[str, int, int]] | None = None) -> Iterator[tuple[int, int]]:
        """(start, end) of each place the phrase stands in ``text`` (``toks``: its tokens, if known)."""
        if not self.words:
            return
        toks = tokens(text) if toks is None else toks
        n = len(self.words)
        for i in range(len(toks) - n + 1):
            if all(toks[i + k][0] == self.words[k] for k in range(n - 1)) and toks[i + n - 1][0].startswith(self.last):
                yield toks[i][1], toks[i + n - 1][2]

    def found_in(self, text: str, toks: list[tuple[str, int, int]] | None = None) -> bool:
        return next(self.spans(text, toks), None) is not None
