"""Names by rule: Korean romanisation as a system, English words by their stem.

A researcher types a place the way they know it: McCune–Reischauer (``Hamhŭng``, ``Ch'ŏngjin``),
Revised Romanization (``Hamheung``, ``Cheongjin``), or something in between (``Kangweon``). Every
spelling of one Korean name reduces here to one ``key``:

- accents and breves go (ŏ → o, ŭ → u), apostrophes, hyphens and spaces between syllables too;
- the vowel pairs of the two systems meet: eo/ŏ → o, eu/ŭ → u (so ``weo``/``wŏ`` → ``wo``);
- consonants that the systems write differently meet: k/g, t/d, p/b, ch/j/tch, s/sh, r/l, and
  aspiration marks (``ph``, ``th``, ``kh``) go; doubled letters are one;
- a word-initial r/l and the n before i/y that southern spelling drops go (Ryanggang/Yanggang);
- trailing administrative suffixes (``-do``, ``-si``, ``-gun``, ``-ri``, ``-dong``, ``-ku``) and
  generic words of a name (Province, County, City, Mine, Works, Complex, Plant, …) are dropped
  from the ``core`` key, so ``Komdok`` finds ``Komdok Mine`` and ``Kangwon-do`` ``Kangwon``.

The module knows strings only; ``query`` builds the index of a base and decides what a match
means. Nothing here depends on an alias list: the lists in the base stay for Hangul and for names
no rule can reach (``Songjin`` for Kimchaek).
"""

from __future__ import annotations

import re
import unicodedata

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Iterable

_PUNCT = re.compile(r"[\s'’‘ʼ`´\-–—_.,()\[\]]+")
_SPLIT = re.compile(r"[\s\-–—_/]+")
_WORD = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")

# Administrative suffixes written after a hyphen or a space (Kangwon-do, Sungho-ri, Kusong-si).
ADMIN_SUFFIXES = frozenset({"do", "si", "shi", "gun", "kun", "ri", "li", "dong", "tong", "ku", "gu",
                            "up", "eup", "ub", "bukto", "pukto", "namdo"})
# English words that say what kind of thing a name is, not which one.
GENERIC_WORDS = frozenset({
    "province", "provinces", "county", "city", "town", "district", "region", "area",
    "mine", "mines", "mining", "coal", "ore", "iron", "steel", "works", "complex", "plant", "factory",
    "mill", "smelter", "dam", "station", "power", "thermal", "hydro", "hydroelectric", "enterprise",
    "general", "combine", "colliery", "reservoir",
})


def fold(name: str) -> str:
    """Case-, accent-, apostrophe-, hyphen- and space-insensitive form: "Namp'o" → "nampo"."""
    folded = name.casefold()
    return _PUNCT.sub("", folded if folded.isascii() else _deaccent(folded))  # ASCII has nothing to decompose


def _deaccent(s: str) -> str:
    decomposed = unicodedata.normalize("NFKD", s)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_SUBS = (
    ("tch", "ch"), ("eo", "o"), ("eu", "u"), ("sh", "s"),
    ("ph", "p"), ("th", "t"), ("kh", "k"),
    ("j", "ch"), ("g", "k"), ("d", "t"), ("b", "p"), ("r", "l"),
)
_DOUBLE = re.compile(r"([b-df-hj-np-tv-z])\1+")


def _mr_vowels(name: str) -> str:
    """McCune–Reischauer's marked vowels in Revised letters (ŏ → eo, ŭ → eu), so that the rules
    below meet them whichever system wrote a vowel next to them (MR kaeŏ, RR gaeeo)."""
    s = unicodedata.normalize("NFC", name.casefold())
    for marked, plain_ in (("ŏ", "eo"), ("ǒ", "eo"), ("ŭ", "eu"), ("ǔ", "eu")):
        s = s.replace(marked, plain_)
    return s


def _initial(word: str) -> str:
    """A word's first sound as southern spelling writes it: r/l/n before i/y dropped, r/l else n.

    The initial sound rule: Ryanggang / Yanggang, Nyongbyon / Yongbyon, Rajin / Najin.
    """
    if len(word) > 1 and word[0] in "rln" and word[1] in "iy":
        return word[1:]
    if len(word) > 1 and word[0] in "rl" and word[1] in "aeouw":
        return "n" + word[1:]
    return word


def _roman(folded: str) -> str:
    """Folded letters in the spelling MR and RR share: 'cheongjin' → 'chonkchin'."""
    w = _DOUBLE.sub(r"\1", folded)
    for old, new in _SUBS:
        w = w.replace(old, new)
    return _DOUBLE.sub(r"\1", w).replace("chch", "ch").replace("tch", "ch")


def words(name: str) -> list[str]:
    """The folded words of a name, split at spaces, hyphens and dashes; apostrophes dropped."""
    return [w for w, _ in _parts(name)]


def _parts(name: str) -> list[tuple[str, int]]:
    """(folded word, the length of the text word it starts, or 0 for a syllable after a hyphen)."""
    out: list[tuple[str, int]] = []
    for token in _deaccent(_mr_vowels(name)).split():
        pieces = [fold(p) for p in _SPLIT.split(token) if fold(p)]
        for i, piece in enumerate(pieces):
            out.append((piece, 0 if i else sum(map(len, pieces))))
    return out


def _joined(parts: list[tuple[str, int]]) -> str:
    """One key for the words: syllable breaks (hyphens, spaces) do not matter, word starts do."""
    return _roman("".join(_initial(w) if n else w for w, n in parts))


def key(name: str) -> str:
    """The romanisation key of a whole name: every word, nothing dropped."""
    return _joined(_parts(name))


def core_words(name: str) -> list[str]:
    """The words of a name without trailing suffixes and generic words (one word always stays)."""
    return [w for w, _ in _core(name)]


def _core(name: str) -> list[tuple[str, int]]:
    parts = _parts(name)
    while len(parts) > 1 and (parts[-1][0] in ADMIN_SUFFIXES or parts[-1][0] in GENERIC_WORDS):
        parts.pop()
    return parts


def core_key(name: str) -> str:
    """The romanisation key of what names the thing: 'Kangweon-do' → 'kankwon', 'Komdok Mine' → 'komtok'."""
    return _joined(_core(name))


def stem(word: str) -> str:
    """An English word's stem, enough to meet a plural: 'directives' → 'directive', 'stations' → 'station'."""
    w = fold(word)
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("es") and w[-3] in "sxz":
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def word_keys(name: str) -> set[str]:
    """Each word of a name as a stem and as a romanisation key, for ranking suggestions by words."""
    out: set[str] = set()
    for w in words(name):
        if len(w) > 1:
            out.add(stem(w))
            out.add(_roman(_initial(w)))
    return out


class Named:
    """One thing that can be named: its id, the label to show, every name it goes by."""

    __slots__ = ("id", "label", "names")

    def __init__(self, id: str, label: str, names: tuple[str, ...]):
        self.id = id
        self.label = label
        self.names = names


class NameIndex:
    """Things by every name they go by, matched by fold, then by romanisation key, then by core key."""

    def __init__(self, things: Iterable[Named]):
        self.things = {t.id: t for t in things}
        self.by_fold: dict[str, set[str]] = {}
        self.by_key: dict[str, set[str]] = {}
        self.by_core: dict[str, set[str]] = {}
        for t in self.things.values():
            for n in (t.id, *t.names):
                for table, k in ((self.by_fold, fold(n)), (self.by_key, key(n)), (self.by_core, core_key(n))):
                    if k:
                        table.setdefault(k, set()).add(t.id)

    def lookup(self, typed: str) -> set[str]:
        """Ids a typed name names, at the strictest level that finds any (may be several)."""
        if typed in self.things:
            return {typed}
        for table, k in ((self.by_fold, fold(typed)), (self.by_key, key(typed)), (self.by_core, core_key(typed))):
            hit = table.get(k) if k else None
            if hit:
                return set(hit)
        return set()

    def ranked(self, typed: str, n: int = 5) -> list[str]:
        """Ids whose names share words with the typed name, best first; else close in spelling."""
        import difflib  # only when ranking suggestions: off the hot path

        mine = word_keys(typed)
        tkey = core_key(typed)
        scored: list[tuple[float, str]] = []
        for t in self.things.values():
            best = 0.0
            for name in (t.id, t.label, *t.names):
                theirs = word_keys(name)
                shared = len(mine & theirs)
                if shared:
                    best = max(best, 1 + shared / max(1, len(theirs)))
                elif tkey:
                    ratio = max(difflib.SequenceMatcher(None, tkey, core_key(name)).ratio(),
                                difflib.SequenceMatcher(None, fold(typed), fold(name)).ratio())
                    if ratio >= 0.75:
                        best = max(best, ratio)
            if best:
                scored.append((best, t.id))
        scored.sort(key=lambda p: (-p[0], p[1]))
        return [i for _, i in scored[:n]]


def proper_nouns(text: str) -> Iterable[tuple[int, int, str]]:
    """Capitalised words not at the start of a sentence (names): (start, end, word). Linear."""
    for m in _WORD.finditer(text):
        w = m.group()
        if not w[0].isupper():
            continue
        i = m.start() - 1
        while i >= 0 and text[i] in " \t":
            i -= 1
        if i < 0 or text[i] in ".!?:;\"“«(\n":
            continue
        yield m.start(), m.end(), w


def spelling_matches(typed: str, text: str) -> list[tuple[int, int]]:
    """Spans of names in ``text`` that spell ``typed`` another way (Heungnam → Hungnam, Hŭngnam).

    Only names (capitalised words inside a sentence) are compared: an English word is never read
    as a romanisation of another ("gold" is not "cold"). A typed phrase is matched word by word,
    its first word a name and the others capitalised.
    """
    targets = [key(w) for w in words(typed)]
    if not targets or any(len(t) < 3 for t in targets):
        return []
    names = {s for s, _, _ in proper_nouns(text)}
    found = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    out: list[tuple[int, int]] = []
    k = len(targets)
    for i in range(len(found) - k + 1):
        if found[i][0] not in names or key(found[i][2]) != targets[0]:
            continue
        window = found[i:i + k]
        if all(w[2][0].isupper() and key(w[2]) == t for w, t in zip(window[1:], targets[1:], strict=True)):
            out.append((window[0][0], window[-1][1]))
    return out


def names_in(text: str) -> set[str]:
    """The romanisation keys of every name in a text (capitalised words inside sentences)."""
    return {key(w) for _, _, w in proper_nouns(text)}
