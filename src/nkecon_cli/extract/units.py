"""The units a figure can carry, as the text writes them, and the unit found at a position.

``_U`` maps each surface form ("tonnes", "kWh", "old rubles") to its base unit, the factor to it, and whether it
measures the economy (a temperature or a bare duration does not); ``_unit_at`` reads the unit that starts at a
position, past up to two qualifiers. Also here: currency symbols and codes, the units a price is counted in
("per kilogram"), the words of a rate period ("a year", "annually") and the durations.
"""

from __future__ import annotations

import functools
import re

# --- the units ------------------------------------------------------------------------------

# surface form (lowercase) → (unit, factor to the base unit, economic?)
_U: dict[str, tuple[str, float, bool]] = {}


def _units(unit: str, factor: float, economic: bool, *forms: str) -> None:
    for f in forms:
        _U[f] = (unit, factor, economic)


_units(
    "t", 1, True, "ton", "tons", "tonne", "tonnes", "t", "mt", "metric ton", "metric tons", "metric tonne",
    "metric tonnes",
)
# a ship's deadweight, in metric tons ("1,339,929 DWT"); a gross register ton ("GRT") is a volume, no weight
_units("t", 1, True, "dwt", "deadweight tons", "deadweight tonnes", "tons deadweight", "tonnes deadweight")
_units("t", 1000, True, "kiloton", "kilotons", "kilotonne", "kilotonnes", "kt")
_units("t", 1_000_000, True, "megaton", "megatons", "megatonne", "megatonnes", "mmt")
_units("t", 1000, True, "tmt")  # thousand metric tons, as USDA and FAO tables write them beside "MMT"
# the mining press's rates in one word: "0.8 Mtpa", "90,000 tpa", "300 tpd" (tonnes per annum, per day), and oil's
# "bpd" — the unit here, the period in ``UNIT_PERIOD`` (corpus: rate-period)
_units("t", 1_000_000, True, "mtpa", "mtpy")
_units("t", 1000, True, "ktpa", "ktpy")
_units("t", 1, True, "tpa", "tpy", "tpd")
# written with a capital M, "Mt" is a million tonnes ("1.2 Mt of steel"); "mt" and "MT" are metric tons
MEGATONNE = "Mt"
_units("kg", 1, True, "kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos")
_units("kg", 0.001, True, "gram", "grams", "gramme", "grammes", "g")  # grams given in kg, as tons in t (no multiplier)
_units("lb", 1, True, "lb", "lbs")
# the avoirdupois ounce of a ration ("3.5 ounces of grain a day") and the troy ounce of gold, given in kg as grams are
# (corpus: foreign-units)
OUNCE_KG, TROY_OUNCE_KG = 0.028349523125, 0.0311034768
_units("kg", OUNCE_KG, True, "ounce", "ounces", "oz")
_units("kg", TROY_OUNCE_KG, True, "troy ounce", "troy ounces", "oz t", "ozt")
# the American short ton of 2,000 lb, given in metric tonnes (corpus: foreign-units)
_units("t", 0.90718474, True, "short ton", "short tons")
_units("kW", 1, True, "kw", "kilowatt", "kilowatts")
_units("kW", 1000, True, "mw", "megawatt", "megawatts")
_units("kW", 1_000_000, True, "gw", "gigawatt", "gigawatts")
_units("kWh", 1, True, "kwh", "kw-h", "kilowatt-hour", "kilowatt-hours", "kilowatt hour", "kilowatt hours",
       "kilowatthour", "kilowatthours")
_units("kWh", 1000, True, "mwh", "megawatt-hour", "megawatt-hours", "megawatt hour", "megawatt hours")
_units("kWh", 1_000_000, True, "gwh", "gigawatt-hour", "gigawatt-hours")
_units("kWh", 1_000_000_000, True, "twh")
_units("kVA", 1, True, "kva", "kilovolt-ampere", "kilovolt-amperes")
_units("kVA", 1000, True, "mva")
_units("ha", 1, True, "ha", "hectare", "hectares")
# traditional units (corpus: traditional-units): the Korean jeongbo of 3,000 pyeong (0.991736 ha, the factor as the
# development set gives it) and the Soviet centner (tsentner) of 100 kg; a figure in them is given in hectares and
# kilograms, rounded to a tenth (``INEXACT``)
JEONGBO_HA = 0.991736
# (its romanisations: Revised "jeongbo", McCune-Reischauer "chŏngbo" and "chongbo", the press's "jongbo", "jungbo")
_JEONGBO_FORMS = ("chongbo", "jeongbo", "chŏngbo", "jongbo", "jungbo")
_units("ha", JEONGBO_HA, True, *_JEONGBO_FORMS, *(f + "s" for f in _JEONGBO_FORMS))
_units("kg", 100, True, "centner", "centners", "tsentner", "tsentners")
# English measures, given in the fact format's metric units (corpus: foreign-units)
ACRE_HA = 0.40468564224
MILE_KM = 1.609344
_units("ha", ACRE_HA, True, "acre", "acres")
_units("km", MILE_KM, True, "mile", "miles")
NAUTICAL_MILE_KM = 1.852  # a sea's breadth: "Territorial sea: 12 nm", "200 nautical miles" — a legal claim
_units("km", NAUTICAL_MILE_KM, False, "nautical mile", "nautical miles", "nm", "nmi")  # (a sea claimed, no economy)
_units("km2", MILE_KM ** 2, True, "square mile", "square miles", "sq mi", "sq miles")
_units(
    "km2", 1, True, "km2", "km²", "sq km", "square kilometre", "square kilometres", "square kilometer",
    "square kilometers", "sq kilometers", "sq kilometres", "sq kilometer", "sq kilometre",  # "sq." loses its dot
)
_units("m2", 1, True, "m2", "m²", "sq m", "square metre", "square metres", "square meter", "square meters")
_units("m3", 1, True, "m3", "m³", "cu m", "cubic metre", "cubic metres", "cubic meter", "cubic meters")
_units("m3", 1e9, True, "bcm")  # billion cubic metres, of gas
_units("m", 1, True, "m", "metre", "metres", "meter", "meters")
# rainfall, a hailstone, a pipe: millimetres and centimetres in metres, as the fact format counts lengths
_units("m", 0.001, True, "mm", "millimetre", "millimetres", "millimeter", "millimeters")
_units("m", 0.01, True, "cm", "centimetre", "centimetres", "centimeter", "centimeters")
_units("km", 1, True, "km", "kilometre", "kilometres", "kilometer", "kilometers")
_units("li", 1, True, "li", "ri")
_units("l", 1, True, "litre", "litres", "liter", "liters")
# the oil barrel of 42 US gallons, given in litres as the fact format counts volumes (corpus: foreign-units)
BARREL_L = 158.987294928
_units("l", BARREL_L, True, "barrel", "barrels", "bbl")
_units("l", BARREL_L, True, "bpd")  # barrels a day (``UNIT_PERIOD``)
_units("%", 1, True, "%", "percent", "per cent", "pct", "per-cent", "pc")  # ("90pc": the British press)
_units("pp", 1, True, "percentage point", "percentage points")
_units("times", 1, True, "times", "fold", "-fold")
_units("RUB", 1, True, "ruble", "rubles", "rouble", "roubles", "rub")
# the won of either Korea, by the names and short forms reports give them: "NK won", "N.Korean won", "S. Korean won"
_units("KPW", 1, True, "won", "wons", "kpw", "north korean won", "north korean wons", "wn", "nk won", "n.k. won",
       "n.k won", "n.korean won", "n korean won", "n. korean won", "dprk won", "north korea won")
_units("KPW", 0.01, True, "chon", "jeon")  # a hundredth of a won: "US$1 = 97.1 chon"
_units("KRW", 1, True, "krw", "south korean won", "sk won", "s.k. won", "s.korean won", "s korean won",
       "s. korean won", "rok won", "south korea won")
_units("USD", 0.01, True, "cent", "cents", "us cent", "us cents", "u.s. cents")  # "70 US cents" (corpus: cents)
_units("USD", 1, True, "dollar", "dollars", "usd", "us dollar", "us dollars", "u.s. dollars", "american dollars")
_units("GBP", 1, True, "gbp", "sterling", "pound sterling", "pounds sterling", "pound", "pounds", "quid")
_units("CNY", 1, True, "yuan", "renminbi", "rmb", "cny")
_units("JPY", 1, True, "yen", "jpy")
_units("EUR", 1, True, "euro", "euros", "eur")
# the moneys of the clearing accounts of the 1960s and 1970s, named with their country (a bare "francs" or "marks"
# names no one money): ISO 4217's codes, East Germany's mark its DDM
_units("CHF", 1, True, "swiss franc", "swiss francs", "chf")
_units("FRF", 1, True, "french franc", "french francs", "frf")
_units("DEM", 1, True, "west german mark", "west german marks", "deutsche mark", "deutsche marks", "deutschmark",
       "deutschmarks", "deutschemark", "deutschemarks", "dem")
_units("DDM", 1, True, "east german mark", "east german marks", "gdr mark", "gdr marks", "ddm")
_units("year", 1, False, "year", "years", "yr", "yrs")
_units("year", 10, False, "decade", "decades")
_units("month", 1, False, "month", "months")
_units("week", 1, False, "week", "weeks")
_units("day", 1, False, "day", "days")
_units("hour", 1, False, "hour", "hours")
# ("2,581,076 pop.": a gazetteer's abbreviation of population, persons counted; corpus: people-counted)
_units("people", 1, True, "people", "persons", "inhabitants", "residents", "pop")
_units("toe", 1, True, "toe", "tonnes of oil equivalent", "tons of oil equivalent")  # energy supplied (IEA)
_units("TEU", 1, True, "teu", "teus")  # containers handled, in twenty-foot equivalent units
_units("kcal", 1, True, "kcal", "kilocalorie", "kilocalories", "calories")  # a diet's energy, a day per person
_units("°C", 1, False, "degree", "degrees", "°c", "°")


DURATIONS = frozenset({"year", "month", "week", "day", "hour"})
# the period a one-word rate's unit names (the mining press's "Mtpa", "tpd", oil's "bpd")
UNIT_PERIOD = {"mtpa": "year", "mtpy": "year", "ktpa": "year", "ktpy": "year", "tpa": "year", "tpy": "year",
               "tpd": "day", "bpd": "day"}

# a factor known only to its digits, not a power of ten: the value it gives is rounded to a tenth
INEXACT = frozenset({JEONGBO_HA})

# a yield counted per area: "27 centners per jeongbo", "3.5 tonnes a hectare" → kg/ha, t/ha (corpus: yield-per-area)
_AREA_DENOMINATOR = re.compile(r"(?i)\s*(?:per|a|an|/)\s*"
                               rf"(?P<u>(?:{'|'.join(_JEONGBO_FORMS)})s?|hectares?|ha)(?![\w-])")

_SYMBOLS = {
    "$": "USD", "us$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₩": "KPW", "usd": "USD", "gbp": "GBP",
    "eur": "EUR", "kpw": "KPW", "cny": "CNY", "rmb": "CNY", "rub": "RUB", "jpy": "JPY", "krw": "KRW", "w": "KRW",
    "chf": "CHF",
}

# words that may stand between a number and its unit: "one billion old Rubles", "5 metric tons"
_QUALIFIERS = frozenset(
    {
        "old", "new", "metric", "long", "short", "gross", "net", "us", "u.s.", "american", "north", "south",
        "korean", "chinese", "soviet", "japanese", "more", "additional", "extra", "hard-currency", "foreign",
    }
)

_CURRENCY_CUE = re.compile(
    r"(?i)\b(?:currenc|sterling|earn|export|import|pay|paid|price|cost|sell|sold|buy|"
    r"bought|worth|income|revenue|profit|loan|credit|debt|aid|budget|invest|exchange|"
    r"wage|salar)"
)

# (a word's dots are its own, "u.s.", but not a stop run into the next sentence: "300 grams.The changes")
_WORDS_AHEAD = re.compile(r"[\s\-]*([^\W\d_](?:[\w'’²³-]|\.(?![A-Z][a-z]))*|%|°[cC]?|\d+[\w-]*)", re.UNICODE)

_PER = re.compile(
    # (the adverbs in lower case: "Daily NK", "the Weekly Review" are names, no period)
    # (… nor the period of a plan: "their quarter yearly quota", "its monthly plan at 116 percent")
    r"(?i)(?:(?<![\w-])(?:(?:a|an|per|every|each)\s+(?P<p>year|annum|month|week|day|hour|shift)|(?<!quarter\s)(?<!half\s)"
    r"(?<!quarter-)(?<!half-)(?P<q>(?-i:annually|yearly|monthly|weekly|daily|hourly)"
    # (… nor an adjective of goods or life: "to buy daily necessities", "daily life")
    r"(?!\s+(?:plans?|quotas?|targets?|assignments?|programm?es?|necessities|necessaries|goods|life|lives|needs|"
    r"use|items|commodities|products|consumer|newspapers?|bread)\b)|per\s+annum))"
    # a time after a unit's slash: "85,000 bbl/day", "20 tons/year", "1.2 mt/yr" (corpus: rate-period)
    r"|(?<=[^\W\d_])/\s?(?P<s>year|yr|annum|month|week|day|hour|d))(?![\w-])"  # ("15,000 b/d", "8,000 bbl/d")
    # "a year earlier", "a year ago", "a year before": a time of comparison, not a rate (corpus: change-a-year-earlier)
    # ("$3 billion a year on arms" is a rate; "a year on, prices had doubled" a time)
    r"(?!\s+(?:earlier|ago|before|later|after|on(?=\s*[,.;:]|\s*$)|since|back))"
)
# the period as an adverb before the verb of the figure: "has daily produced 400 more tons" (corpus: rate-period)
PERIOD_BEFORE_VERB = re.compile(r"(?-i:\b(?P<q>annually|yearly|monthly|weekly|daily|hourly))\s+[a-z]+(?:\s+out)?\s+"
                                r"(?:(?:about|some|over|nearly|more\s+than|up\s+to)\s+)?$")

_PER_WORD = {
    "annum": "year", "annually": "year", "annual": "year", "yearly": "year", "per annum": "year", "monthly": "month",
    "weekly": "week", "daily": "day", "hourly": "hour", "yr": "year", "d": "day",
}


@functools.lru_cache(maxsize=16384)
def _clean(word: str) -> str:
    """A word as the lexicon spells it: lowercase, no sentence-final dot, no footnote mark, no possessive."""
    w = word.lower()
    if w.rstrip(".") in _U:  # "km²", "m³": a unit's own superscript, not a footnote mark
        return w.rstrip(".")
    w = w.rstrip("¹²³⁴⁵⁶⁷⁸⁹⁰*†‡")
    if w.endswith("--"):
        w = w.rstrip("-")  # "60 percent-- 4.29 million": a dash typed as two hyphens (corpus: double-hyphen)
    for tail in ("'s", "’s", "'", "’"):
        if w.endswith(tail):
            w = w[: -len(tail)]
            break
    return w.rstrip(".") if w not in ("u.s.",) else w


_QUALIFIER_PAREN = re.compile(r"\s*(?:\(([^()\d]{1,30})\)|\[([^\[\]\d]{1,30})\])")  # (an editor's brackets too)


_G_NETWORK = re.compile(r"(?i)\s*(?:network|phone|mobile|service|technology|lte|smartphone|standard)")


def _unit_at(text: str, pos: int, end: int) -> tuple[str, float, bool, int] | None:
    """A unit starting at ``pos`` (after optional qualifiers): (unit, factor, economic, end offset)."""
    words: list[tuple[str, int, int]] = []
    paren = _QUALIFIER_PAREN.match(text, pos, end)
    if paren and all(_clean(w) in _QUALIFIERS for w in (paren[1] or paren[2]).split()):
        pos = paren.end()  # "6,700 (North Korean) won": a qualifier in parentheses (corpus: price-per-unit)
    p = pos
    for _ in range(5):
        m = _WORDS_AHEAD.match(text, p, end)
        if not m:
            break
        words.append((m[1], m.start(1), m.end(1)))
        p = m.end()
    cleaned = [_clean(w[0]) for w in words]  # (each word cleaned once, though tried in up to three keys)
    skipped = 0
    for i in range(len(words)):
        for n in (3, 2, 1):
            if i + n > len(words):
                continue
            # a multiword unit's words are separated by spaces only
            if n > 1 and any(text[words[k][2] : words[k + 1][1]].strip() for k in range(i, i + n - 1)):
                continue
            key = cleaned[i] if n == 1 else " ".join(cleaned[i : i + n])
            hit = _U.get(key)
            if n == 1 and key == "mt" and words[i][0].rstrip(".") == MEGATONNE:
                hit = ("t", 1_000_000, True)
            elif n == 1 and key == "g" and (words[i][0] != "g" or _G_NETWORK.match(text, words[i][2])):
                hit = None  # "600g", "600 g of rice" are grams; "5G", "a 4g network" a mobile network's generation
            elif n == 1 and key == "b" and text.startswith("/d", words[i][2]):
                hit = _U["barrel"]  # "15,000 b/d": barrels a day, as oil reports write them (corpus: rate-period)
            if hit and (i == 0 or key not in ("m", "t", "li", "ri", "°", "g")):
                return (*hit, _unit_end(text, words[i + n - 1], key))
        word, a, _b = words[i]
        if i == 0 and "-" in word.strip("-"):  # 60-ton-capacity: the unit is the first part
            first = word.strip("-").split("-")[0]
            if _clean(first) in _U:
                return (*_U[_clean(first)], a + word.index(first) + len(first))
        if cleaned[i] in _QUALIFIERS and skipped < 2:
            skipped += 1
            continue
        break
    if words and words[0][0] == "%":
        return "%", 1, True, words[0][2]
    return None


def _unit_end(text: str, word: tuple[str, int, int], key: str) -> int:
    """End of a unit word, without a sentence-final dot or a possessive."""
    _w, a, b = word
    while b > a and text[b - 2 : b] == "--":
        b -= 2  # (a dash typed as two hyphens is no part of the unit)
    while b > a and text[b - 1] in ".'’" and not key.endswith("."):
        b -= 1
    if text[b - 2 : b] in ("'s", "’s") and not key.endswith("s"):
        b -= 2
    return b


CURRENCIES = frozenset({"RUB", "KPW", "KRW", "USD", "GBP", "CNY", "JPY", "EUR", "CHF", "FRF", "DEM", "DDM"})

# a price per a thing counted is a price per `count`: "10,000 won/piece", "500 won a pair", "20 yuan per bag"
# (corpus: price-per-item)
_ITEMS = ("piece", "pieces", "pair", "pairs", "set", "sets", "bag", "bags", "head", "item", "items", "bottle",
          "bottles", "pack", "packs", "packet", "packets", "box", "boxes", "sack", "sacks")
_DENOMINATOR_UNIT = {
    "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kg": "kg", "ton": "t", "tons": "t", "tonne": "t",
    "tonnes": "t", "litre": "l", "liter": "l", "metre": "m", "meter": "m", "barrel": "bbl", "bbl": "bbl",
    "t": "t", "mt": "t", "l": "l", "m": "m", **dict.fromkeys(_ITEMS, "count"),
    # electricity's price: "0.035 won per kilowatt-hour", "8 cents/kWh"
    "kilowatt-hour": "kWh", "kilowatt hour": "kWh", "kwh": "kWh",
}

_DENOMINATOR = re.compile(
    r"(?i)\s*(?:(?P<br>\()\s*)?"  # "5,000 KPW (a kilogram)": in brackets too
    # "per 1kg": a price per one unit; "900won for 1kilo of rice" too
    r"(?:(?:per|a|an|/)\s*(?:1\s?(?=kg|kilo|t\b|ton|l\b|lit))?|for\s+1\s?(?=kg|kilo|ton|lit))"
    r"(?P<u>kilograms?|kilo|kg|tons?|tonnes?|litre|liter|metre|meter|barrel|bbl|kilowatt[- ]hour|kwh|"
    + "|".join(_ITEMS) + r")(?![\w-])(?(br)\s*\))"
    r"|\s*/\s*(?P<u2>t|mt|l|m)(?![\w-])"  # "85 dollars/t": a symbol only after a slash
)


_OF_AFTER = re.compile(r"(?i)\s+of\b")
_AREA_BEFORE = re.compile(rf"(?i)\bper[\s-]+(?P<u>(?:{'|'.join(_JEONGBO_FORMS)}|hectare))\s+(?:output|yield|"
                          r"harvest|production)\s+(?:of|was|is|reached|stood\s+at|averaged)\s+(?:about\s+|some\s+|over\s+)?"
                          r"\d[\d.,]*$")  # (up to the end of the figure's number)


def per_area(text: str, pos: int, p: int, end: int, prev: tuple[str, str] | None) -> tuple[float, int] | None:
    """A mass counted per area, a yield: "27 centners per jeongbo" → (the area's factor to ha, the end). A bare
    mass in the same unit after a yield carries the yield's area ("27 centners per jeongbo last year; this year
    no less than 29 centners"), unless it is a mass *of* something ("500 centners of rice") (corpus:
    yield-per-area)."""
    a = _AREA_DENOMINATOR.match(text, p, end)
    if a:
        return _U[a["u"].lower()][1], a.end()
    b = _AREA_BEFORE.search(text, max(0, pos - 60), pos)
    if b:  # "a per jongbo output of 73.6 tons", "the per-hectare yield was 5.3 tonnes": the area named before
        return _U[b["u"].lower()][1], p
    if prev is None or _OF_AFTER.match(text, p, end):
        return None
    prev_text, prev_unit = prev  # the figure before, in the same stretch
    word = text[pos:p].strip().lower()
    pa = _AREA_DENOMINATOR.search(prev_text)
    if pa is None or not prev_unit.endswith("/ha") or not word or word not in prev_text.lower():
        return None
    return _U[pa["u"].lower()][1], p
