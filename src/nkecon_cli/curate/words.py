"""The words of a statement, read as ``verify``'s ``statement-words`` check reads them (``quoted``).

Stemmed and case-folded (``word_key``), British and American spellings and romanisations of a name
alike (``_name_key``); function words, the curator's verbs of reporting and words of dates are not
read (``content_words``). Every key is cached: a base's words repeat.
"""

from __future__ import annotations

import re
from functools import lru_cache

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..factbase.base import FactBase
    from ..factbase.records import Source, Topic

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
_HYPHEN = re.compile(r"[-_]")


@lru_cache(maxsize=65536)  # the words of a base repeat: each is keyed once
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
    return [p for t in _TOKEN.findall(text) for p in ((t,) if "-" not in t and "_" not in t else _HYPHEN.split(t)) if p]


@lru_cache(maxsize=4096)
def _keys(text: str) -> frozenset[str]:

    out: set[str] = set()
    for w in _words(text):
        out.add(word_key(w))
        if w[:1].isupper():
            out.add(_name_key(w))
    return frozenset(out)


@lru_cache(maxsize=65536)
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


# --- the texts a statement may take its words from -----------------------------------------


def _common_keys(text: str, times: int = 4) -> frozenset[str]:
    """The words a document writes again and again: its subject, which a statement may name in its own way."""
    from collections import Counter

    counts = Counter(word_key(w) for w in _words(text))
    return frozenset(k for k, n in counts.items() if n >= times)


def _topic_names(topic: Topic, tid: str) -> list[str]:
    return [topic.label, tid.replace("-", " ")]


def _source_names(src: Source) -> list[str]:
    return [src.title, src.short or "", src.kind, src.perspective]


def _entity_names(base: FactBase, eid: str) -> list[str]:
    ent = base.entities.get(eid)
    texts = [eid.replace("-", " ")]
    if ent is not None:
        texts += [ent.name, *ent.aliases]
        parent = base.entities.get(ent.parent) if ent.parent else None
        if parent is not None:
            texts += [parent.name, *parent.aliases]
    return texts


@lru_cache(maxsize=4096)
def _label_keys(when: str) -> frozenset[str]:
    from ..factbase import when as _when

    return _keys(_when.label(when))
