"""What a figure measures and what kind of claim it is, guessed from the words around it.

The measure is the noun phrase the figure measures, in the form the base uses for a series:
"2,036 t. of soy oil" → ``soy oil output``; "Pig iron output was 1.1 million tons" → ``pig iron
output``; "accounted for 71% of national production" → ``share of national production``;
"the plan was fulfilled by 103%" → ``plan fulfilment``. The kind separates a reported figure
(``statistic``) from a plan figure (``target``), a rated one (``capacity``) and a guess
(``estimate``); a plan-fulfilment share is a statistic of what was done. Both are first guesses a
curator confirms.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..factbase.vocab import COUNTED
from .quantities import Quantity
from .words import MIGHT

_NP_WORD = r"[A-Za-z][\w'’-]*"
# "of soy oil", "of coal and iron ore": the product after a figure and its unit
_OF_NP = re.compile(
    rf"\s*\.?\s*(?:of|worth\s+of)\s+(?P<np>(?:(?:the|its|their)\s+)?{_NP_WORD}(?:\s+{_NP_WORD}){{0,3}})"
)
_NP_STOP = re.compile(
    r"(?i)\b(?:in|on|at|by|for|from|to|was|were|is|are|has|have|had|and|or|which|that|per|a|an|each|every|during|"
    r"compared|against|than|over|with|while|since|until|this|last|next|the|its|their|annually|respectively|"
    r"worth|valued|\d)\b.*$"
)
# the wire's past verbs of a fall and of a rise besides "fell" and "rose": "Exports slipped 14.8 percent", "imports
# shed 20 percent", "prices soared" — one list for the subject's link, the change's name and the tense (sentenceclaims)
WIRE_FALLS = r"slipped|dipped|shed|sank|plunged|plummeted|tumbled|slumped|eased"
WIRE_RISES = r"soared|surged"
# the verb that links a subject to its figure: "output was", "production reached", "exports totalled"
_LINK = (
    r"(?:was|were|is|are|reached|amounted\s+to|totall?ed|stood\s+at|came\s+to|hit|exceeded|topped|"
    r"(?:rose|grew|increased|climbed|jumped|expanded|fell|dropped|declined|decreased|shrank|contracted|slid|"
    rf"{WIRE_FALLS}|{WIRE_RISES}|gained|lost|edged\s+(?:up|down)|went\s+(?:up|down)|inched\s+(?:up|down))"
    r"(?:\s+(?:by|to))?|(?:will|would|should|is\s+to|are\s+to)\s+(?:be|reach|rise\s+(?:by|to)|increase\s+(?:by|to))|"
    r"(?:has|have|had)\s+(?:reached|grown|risen|fallen|increased|decreased)(?:\s+(?:by|to))?|"
    r"(?:(?:is|are|was|were|be|been)\s+)?(?:capped|limited|set|fixed|put|estimated|valued|priced|kept)\s+(?:at|to)|"
    r"of|at)"
)
# the figure a thing was brought to: "raised output to", "cut rations to" (corpus: measure-object)
_OBJECT_END = r"(?:to|by)\s+(?:(?:about|some|around|nearly|almost|over|more\s+than|only|just)\s+)*$"
_OBJECT = re.compile(
    rf"(?i)\b(?:raised|boosted|lifted|cut|reduced|lowered|increased|decreased|brought|pushed|doubled|expanded)\s+"
    rf"(?:its\s+|their\s+|the\s+)?(?P<np>(?:{_NP_WORD}\s+){{0,3}}{_NP_WORD})\s+{_OBJECT_END}"
)
_NP_NOT_VERB = rf"(?!(?:is|are|was|were|be|been|has|have|had)\b){_NP_WORD}"  # a subject holds no copula
_SUBJECT_END = (
    rf"{_LINK}\s+(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than|less\s+than|only|just|approximately|"
    r"an?\s+estimated|estimated|at\s+least|up\s+to)\s+)*$"
)
_SUBJECT = re.compile(
    rf"(?<![\w'’-])(?P<np>(?:{_NP_NOT_VERB}\s+){{0,4}}{_NP_NOT_VERB})\s+{_SUBJECT_END}", re.I)
# The two searches above try every word of the 90 characters before a figure as the start of a noun phrase; most
# of those characters end in no linking verb at all. These ask that first, with the same endings: a text they
# do not match, the full pattern cannot match either (each is the tail of its full pattern, from the blank
# before the verb), so nothing is found or lost by asking them first.
_SUBJECT_TAIL = re.compile(rf"\s{_SUBJECT_END}", re.I)
_OBJECT_TAIL = re.compile(rf"(?i)\s{_OBJECT_END}")
_LEAD = re.compile(
    r"(?i)^(?:(?:in|during|by|for|of|on|at|the|a|an|its|their|his|her|our|this|that|these|those|and|but|while|"
    r"whereas|total|overall|annual|average|meanwhile|however|also|last|next|year|years|month|\d{4}|\d{1,2}|"
    # the unit of the figure before, with the conjunction after it: "at 116 percent and silk yarn production at …"
    r"per\s*cent|percent|tons?|tonnes?|won|dollars?|respectively)\b[\s,]*)+"
)
_TAIL = re.compile(r"(?i)[\s,]+(?:also|still|then|thus|only|already|now|alone)$")
_PRODUCT_UNITS = frozenset({"t", "kg", "g", "lb", "kWh", "m3", "m2", "l", "bbl", "m", "km"})
_SHARE_UNITS = frozenset({"%", "pp"})
_CHANGE = re.compile(
    r"(?i)\b(?:rose|risen|rise|grew|grown|growth|increased?|up|climbed|jumped|expanded|fell|fallen|drop(?:ped)?|"
    rf"declined?|decreased?|down|shrank|contracted|slid|higher|lower|cut|reduced|{WIRE_FALLS}|{WIRE_RISES})\b"
)
# (a pattern of words that begins ``(?i)(?=[…])`` names the letters its words begin with: the scan turns most
# characters away at once instead of trying every word there; tests/test_extract_speed.py checks it loses none)
# (… and a share of a goal achieved: "achieving 126.2 percent of this year's goal")
_FULFIL = re.compile(
    r"(?i)(?=[acefhmortw])\b(?:fulfill?(?:ed|ment|ing)?|overfulfill?(?:ed|ment)?|carried\s+out|of\s+the\s+(?:\w+\s+)?plan|"
    r"achiev(?:ed|ing)\s+[\d.,]+\s*(?:%|percent|per\s+cent)\s+of|"
    # a quota or a target met: "the quota was honored at 126 percent", "900 factories hit their production targets"
    # (corpus: kind-of)
    r"(?:was|were)\s+honou?red\s+at|(?:hit|met|reached|attained|exceeded|topped)\s+(?:their|its|the)\s+(?:\w+\s+)?"
    r"(?:targets?|quotas?|goals?))\b"
)

_TARGET = re.compile(
    r"(?i)(?=[acegilmnpqstw])\b(?:target(?:s|ed)?|plan(?:s|ned)?\s+(?:calls?|called|provides?|provided|envisag\w*|foresees?|to)|"
    # an order's words: "it is necessary to raise grain output to 3 million tons", "output must reach"
    r"(?:it\s+is\s+)?necessary\s+to|must(?!\s+have\b)|"
    r"calls?\s+for|called\s+for|aims?\s+(?:at|to)|aimed|goal|quotas?|envisag\w*|is\s+to|are\s+to|will|shall|"
    # a limit set on a quantity is a target of policy: "caps exports at", "a ceiling of", "limited to"
    r"caps?|capped|capping|ceiling|limit(?:s|ed)?\s+(?:to|at)|(?:a|an|the)\s+(?:\w+\s+)?limit\s+of|"
    r"no\s+more\s+than\s+(?:\w+\s+){0,3}(?:allowed|permitted)|allowed\s+to\s+(?:export|import|sell)|"
    r"is\s+scheduled|are\s+scheduled|is\s+planned|are\s+planned|pledged?|intends?\s+to|to\s+be\s+(?:produced|"
    r"built|raised|increased|reached))\b"
)
_ESTIMATE = re.compile(
    r"(?i)(?=[acefgilmopr])\b(?:estimat\w*|est(?=\.\s?\))|projected|projection|forecast\w*|foreseen|expected|is\s+believed|are\s+believed|reportedly|"
    rf"according\s+to\s+(?:\w+\s+){{0,4}}estimates|guess\w*|may\s+have|{MIGHT}|could\s+have|likely|probably|"
    r"is\s+thought|are\s+thought|put\s+at|could|(?-i:may)|expects?|anticipat\w*|predict\w*|"
    r"outlook|(?:is|are)\s+(?:set|on\s+course|on\s+track)\s+to|(?:is|are)\s+likely)\b"
)
# what may happen: an estimate even beside words of a plan or a limit (corpus: forecast-could)
_POSSIBLE = re.compile(rf"(?i)(?=[acim])\b(?:could|(?-i:may)|{MIGHT}|"
                       r"(?:is|are)\s+(?:expected|likely|forecast|projected)\s+to|it\s+is\s+foreseen\s+that)\b")
# (not a machine run "in full capacity", "at full capacity": how it is used, no capacity stated)
_CAPACITY = re.compile(
    r"(?i)(?=[acdgir])\b(?:(?<!full\s)(?<!full-)capacity(?![\s-]+operation)|capacities|capable\s+of|able\s+to\s+produce|"
    r"can\s+produce|"
    r"designed\s+to|rated|installed|generating\s+capacity)\b"
)


_APPOSITION = re.compile(r",\s+(?:the|a|an|its|their|his|her|our|one)\s+[^,;.]{1,70},(?=\s)")


def growth_of(previous: str | None, before: str, after: str) -> str | None:
    """The measure of a share that stands after another figure as its change: "31 million tonnes of coal in
    2016, 14 per cent more than a year earlier", "…, up 14 per cent" → "coal output growth" (corpus:
    measure-of-change)."""
    if not previous or not (said := _CHANGE_AFTER.match(after) or _CHANGE_BEFORE.search(before)):
        return None
    return previous if re.search(r"(?i)\b(?:growth|change|rise|fall|increase|decrease)\b", previous) else (
        f"{previous} {_change_name(said[0])}")


# the words of a change that say it was a fall: its measure is the size of the fall ("fell 24 percent" → "trade
# fall", 24 %), as "halved" is a fall of 50 % (DESIGN §2)
_FALL = re.compile(r"(?i)\b(?:fell|fallen|falling|fall|drop(?:ped|s)?|declined?|decreased?|decrease|down|shrank|"
                   rf"contracted|slid|lower|less|below|cut|cuts|reduced|lowered|slashed|{WIRE_FALLS}|lost)\b")


def _change_name(words: str) -> str:
    return "fall" if _FALL.search(words) else "growth"


_SOLD = re.compile(
    rf"(?i)(?<![\w'’-])(?P<np>(?:{_NP_WORD}\s+){{0,3}}{_NP_WORD})\s+(?:(?:was|were|is|are)\s+)?(?:sold|sells|sell|"
    r"cost|costs|fetched|fetches|traded|trades|went|goes|retailed|priced)\b[^.;]{0,50}$"
)


def value_of(previous: str | None, before: str) -> str | None:
    """The measure of a sum that prices the figure before it: "22.5 million tonnes …, worth about $1.2
    billion" → "value of exports to China" (corpus: measure-of-worth)."""
    if not previous or not _WORTH.search(before):
        return None
    return previous if re.search(r"(?i)\bvalue\b", previous) else f"value of {previous}"


_WORTH = re.compile(r"(?i)\b(?:worth|valued\s+at|a\s+value\s+of|at\s+a\s+cost\s+of|costing|earning)\s+"
                    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|roughly\s+|an\s+estimated\s+)?$")
_CHANGE_AFTER = re.compile(r"(?i)\s*(?:more|less|higher|lower|up|down|above|below)\b")
_CHANGE_BEFORE = re.compile(r"(?i),\s+(?:an?\s+)?(?:up|down|rising|falling|increase\s+of|decrease\s+of|rise\s+of|"
                            r"fall\s+of|drop\s+of)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?$")


_PRONOUNS = frozenset([
    "it", "they", "this", "that", "which", "there", "these", "those", "he", "she", "we", "its", "their"
])


# words no noun phrase of a thing priced holds: a verb's auxiliary, a conjunction, a measure's own words
_NOT_A_NOUN = re.compile(r"(?i)\b(?:was|were|is|are|be|been|being|has|have|had|and|or|but|became|become|mark|"
                         r"per|kilogram|kg)\b")


def _clean_np(np: str) -> str | None:
    np = _TAIL.sub("", _LEAD.sub("", np.strip(" ,;:.-–—\"'“”‘’()")))
    words = np.split()
    if not words or (len(words) == 1 and (words[0].lower() in _PRONOUNS or _TAIL.match(f" {words[0]}"))):
        # (a pronoun, or an adverb alone: "… Province has already hit 1,200 won" names no measure "already")
        return None
    # a capital that only starts the sentence goes; names ("Kim Chaek", "China") stay as written
    if words[0].lower() in _COMMON_STARTS or (words[0][:1].isupper() and words[0][1:].islower() and len(words) > 1
                                              and not words[1][:1].isupper()
                                              and not words[0].endswith(("'s", "’s"))):  # ("China's exports": a name)
        words[0] = words[0].lower()
    text = " ".join(words)
    return text if len(text) >= 3 else None


_COMMON_STARTS = frozenset(
    [
        "output", "production", "exports", "imports", "grain", "coal", "steel", "cement", "electricity", "power",
        "industrial", "agricultural", "total", "gross", "national", "state", "the", "trade", "rice", "maize",
        "corn", "fertilizer", "fertiliser", "pig", "iron", "crude", "oil", "investment", "budget", "revenue",
        "expenditure", "income", "gdp", "gnp", "growth", "prices", "price", "wages", "population", "food", "fish",
        "textile", "textiles", "machine", "tools", "tractors", "housing"
    ]
)


def measure_of(text: str, floor: int, ceiling: int, q: Quantity) -> str | None:
    """The noun phrase the figure measures, as a series name; None when the words do not say."""
    if q.unit in COUNTED and q.noun:
        return str(q.noun).lower()
    after = _OF_NP.match(text, q.end, ceiling)
    before = text[max(floor, q.start - 130) : q.start]
    # "Exports to China, the North's only large buyer, reached": the subject across its apposition
    # (corpus: measure-apposition)
    bare = _APPOSITION.sub(" ", before)[-90:]
    if "/" in q.unit:  # a price: "anthracite sold in border markets for about $85 a tonne" → "anthracite price"
        sold = _SOLD.search(bare)
        np = _clean_np(sold["np"]) if sold else None
        if np and _NOT_A_NOUN.search(np):
            np = None  # "a reality and was being (sold)", "per kilogram mark and (was traded)": no thing priced
        if np:
            return np if re.search(r"\bprices?\b", np) else f"{np} price"
    subject = ((_OBJECT_TAIL.search(bare) and _OBJECT.search(bare))
               or (_SUBJECT_TAIL.search(bare) and _SUBJECT.search(bare)))
    subj = _clean_np(subject["np"]) if subject else None
    if after:
        bare = _NP_STOP.sub("", after["np"]).strip()
        np = _clean_np(bare) if bare else None
        if np:
            if q.unit in _SHARE_UNITS:
                if _FULFIL.search(np) or np.endswith("plan"):
                    return f"{subj} plan fulfilment" if subj and "plan" not in subj else "plan fulfilment"
                return f"share of {np}" if not subj else f"{subj} share of {np}"
            if q.unit in _PRODUCT_UNITS:
                return f"{np} output"
            return np
    if subj:
        window = text[max(floor, q.start - 80) : min(ceiling, q.end + 40)]
        if q.unit in _SHARE_UNITS or q.unit == "times":
            if _FULFIL.search(window):
                return f"{subj} plan fulfilment" if "plan" not in subj else subj
            if (said := _nearest(_CHANGE.finditer(window), q.start - max(floor, q.start - 80))) and \
                    not re.search(r"(?i)\b(?:growth|rate|share|change)\b", subj):
                return f"{subj} {_change_name(said)}"
        return subj
    if q.unit in _SHARE_UNITS and _FULFIL.search(text[max(floor, q.start - 80) : min(ceiling, q.end + 40)]):
        return "plan fulfilment"
    return None


def _nearest(matches: Iterator[re.Match[str]], at: int) -> str | None:
    """The words of the match nearest ``at`` (the figure's place in the window read)."""
    best = min(matches, key=lambda m: min(abs(m.start() - at), abs(m.end() - at)), default=None)
    return best[0] if best else None


def kind_of(clause: str, q: Quantity, future: bool, sentence: str | None = None) -> str:
    """statistic, target, capacity or estimate, from the words of the figure's clause; ``future``
    says the figure's date lies after the document's. A clause with no word of its kind takes the
    sentence's estimate ("produced 31 million tonnes …, 14 per cent more than a year earlier, according to
    estimates": both figures are estimates; corpus: one-sentence-one-estimate)."""
    at = clause.find(q.text) if ("arget" in clause or "oal" in clause or "uota" in clause or "lan" in clause) else -1
    if at >= 0 and _TARGET_COMPARED.search(clause, at + len(q.text)):
        # "reached 6 million tons in 1990, short of the target of 8 million tons": the target is what the figure is set
        # against, not its kind (the target's own figure keeps it) (corpus: kind-of)
        clause = clause[: at + len(q.text)] + _TARGET_COMPARED.sub(" ", clause[at + len(q.text) :])
    kind = _clause_kind(clause)
    # a target named only by "will" or "shall" beside an estimate's word is a forecast: "The mission estimates that
    # 2.8 million people will need aid", "… estimated that the North will secure 2 million tons of rice, up about 18
    # percent" (corpus: kind-of)
    if sentence is not None and sentence != clause and (kind is None or _will_only(kind, clause)):
        sk = _clause_kind(sentence)
        if sk == "estimate" or (_ESTIMATE.search(sentence) and (_will_only(kind, clause) or _will_only(sk, sentence))):
            kind = "estimate"
    elif _will_only(kind, clause) and _ESTIMATE.search(clause):
        kind = "estimate"
    return kind or ("target" if future else "statistic")


_WILL = re.compile(r"(?i)\b(?:will|shall)\b")
_TARGET_COMPARED = re.compile(
    r"(?i),?\s*(?:(?:well|far|just|slightly|still)\s+)?(?:short\s+of|below|above|under|over|against|exceeding|beyond|"
    r"surpassing|missing|compared\s+(?:with|to))\s+(?:the|its|their|a|this\s+year's|last\s+year's)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:targets?|goals?|quotas?|plans?)(?:\s+(?:targets?|goals?|quotas?))?\b(?:\s+(?:of|for)\s+[^,;]*)?")


def _will_only(kind: str | None, words: str) -> bool:
    """The words' target is only a "will" or a "shall": no plan, quota or order among them."""
    return kind == "target" and not _TARGET.search(_WILL.sub(" ", words))


@functools.lru_cache(maxsize=1024)
def _clause_kind(clause: str) -> str | None:
    """The kind the clause's words name, if any (the figures of one clause share it: read once)."""
    if _CAPACITY.search(clause):
        return "capacity"
    if _POSSIBLE.search(clause):
        return "estimate"  # "the cap could cut earnings by 10 per cent": a possible effect, whatever it is of
    if _FULFIL.search(clause) and not re.search(r"(?i)\b(?:will|shall|is\s+to|are\s+to)\b", clause):
        return "statistic"
    if _TARGET.search(clause):
        return "target"
    if _ESTIMATE.search(clause):
        return "estimate"
    return None
