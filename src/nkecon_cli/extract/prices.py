"""The unit a sum of money is a price per, when the text does not write it just after the sum (corpus:
price-per-unit): "a kilogram of rice cost 6,700 won", "from KPW 44 to KPW 24 per kg", "KPW2000 per kilogram of rice
and about KPW 1000 for maize". The denominator written after the sum ("6,200 won per kilogram") is read by
``quantities`` itself.
"""

from __future__ import annotations

import re

from .numbers import _NUMBER_AT
from .units import _DENOMINATOR, _DENOMINATOR_UNIT, CURRENCIES, _unit_at

# the quantity a price is of, stated before it: "a kilogram of rice cost 6,700 won", "a kilogram sack of rice cost"
_PRICED_BEFORE = re.compile(  # ("1 kg (2.2 lb) of potatoes is priced at 400 won": its conversion in brackets too)
    r"(?i)(?:\b(?:a|one|each|per)\s+|(?<![\d.,])1[\s-]?)(?P<u>kilogram|kilo|kg|ton|tonne|litre|liter)"
    r"(?:\s*\([^()]{1,20}\))?(?:\s+(?:sack|bag|packet|pack|bottle))?\s+of\b")  # ("a 1-kg bag of rice")
# what names another kind of price between two sums: a dollar, a rate, a wage, or a currency's own worth ("and the won
# was worth 46 cents": an exchange rate, no price per kilogram)
_OTHER_PRICE = re.compile(r"(?i)\b(?:dollars?|yuan|exchange\s+rate|salar(?:y|ies)|wages?|worth|"
                          r"(?:won|ruble|rouble)\s+(?:was|is|were|stood|traded|fetched))\b|U\.?S\.?\s?\$|\$")
_CURRENCY_AT = re.compile(r"\s*(?:U\.?S\.?\s?\$|\$|£|€|¥|₩|(?:USD|GBP|EUR|KPW|CNY|RMB|RUB|JPY)\s?)?")
# a thing priced whole just before the sum: "and a bus ticket 0,1 won", "a bicycle cost 150,000 won" — its price, not
# one per the last price's kilogram (corpus: price-per-unit)
# ("an egg for 300 won" after "a kilogram of pork sells for 6,000 won": the egg's price)
_ITEM_BEFORE = re.compile(r"(?i)\b(?:a|an|one|each)\s+(?:[a-z]+\s+){0,2}[a-z]+\s+(?:(?:costs?|was|is|sold\s+for|"
                          r"sells\s+for|went\s+for|goes\s+for|fetched|fetches)\s+)?(?:about\s+|some\s+|around\s+)?$"
                          r"|(?:,|\band)\s+(?:a|an|one|each)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:for|at)\s+$")
_LIST_JOIN = re.compile(r"(?i)^(?:\s+[^\W\d_]+){0,3}\s*(?:,|\band|\bor|\bwhile)\s+$")


def price_denominator(text: str, start: int, qstart: int, change_to: int | None, end: int,
                      prev: tuple[str, int, float] | None, unit: str, value: float) -> str | None:
    """The unit a sum of money (``unit``, ``value``) is a price per, when the text gives it elsewhere than after the
    sum (corpus: price-per-unit): before it, as the clause's subject ("a kilogram of rice cost 6,700 won"); after the
    figure it changed to ("from KPW 44 to KPW 24 per kg"); or from the price just before it in its sentence, in the
    same money and of a like size ("KPW2000 per kilogram of rice and about KPW 1000 for maize", "rice had sold at
    5,000 KPW a kilogram until a few days ago, and had dropped to 4,500 KPW"). Not across a dollar, a rate or a wage
    named in between, nor to a sum twenty times the price's or more (a house, a bicycle)."""
    if change_to is not None:
        c = _CURRENCY_AT.match(text, change_to, end)
        m = _NUMBER_AT.match(text, c.end() if c else change_to, end)
        if m:
            u = _unit_at(text, m.end(), end)
            d = _DENOMINATOR.match(text, u[3] if u else m.end(), end)
            if d:
                return _DENOMINATOR_UNIT[(d["u"] or d["u2"]).lower()]
    if prev is not None and "/" in prev[0] and prev[0].split("/")[0] in CURRENCIES:
        prev_unit, prev_end, prev_value = prev  # the figure just before, as (unit, end, value)
        money, per = prev_unit.split("/", 1)
        if _BRACKET_AFTER.fullmatch(text, prev_end, qstart):
            return per  # "10,500 KPW (1.31 USD)": a price's conversion in brackets is per what the price is per
        if not _OTHER_PRICE.search(text, prev_end, qstart) and not _ITEM_BEFORE.search(text[prev_end:qstart]) and \
                not _PRICED_BEFORE.search(text, prev_end, qstart) and (  # (", and a litre of petrol for 9,500 won")
                _LIST_JOIN.match(text[prev_end:qstart])
                or (money == unit and start <= prev_end and prev_value and 1 / 20 < value / prev_value < 20)):
            return per
    before = list(_PRICED_BEFORE.finditer(text, start, qstart))
    if before and not _OTHER_PRICE.search(text, before[-1].end(), qstart) and \
            not _ITEM_BEFORE.search(text, before[-1].end(), qstart):  # (nor to "…, an egg for 300 won")
        return _DENOMINATOR_UNIT[before[-1]["u"].lower()]
    return staple_per_kg(text, start, qstart, unit, value)


# a market's staple and fuel, which North Korean market reports price by the kilogram without saying so: "rice was
# 5,000 KPW", "the price of corn rose to 2,100 won", "diesel sold for 13,000 won" (corpus: staple-per-kg)
_STAPLE = re.compile(r"(?i)\b(?:rice|corn|maize|flour|wheat|barley|soy\s?beans?|beans|potatoes|sugar|pork|diesel|"
                     r"gasoline|petrol)\b")
_STAPLE_CEILING = {"KPW": 100_000.0, "CNY": 100.0}


def staple_per_kg(text: str, start: int, qstart: int, unit: str, value: float) -> str | None:
    """A won or yuan sum that prices a market's staple or fuel, named just before it with a word of price and no
    other sum or quantity between, is per kilogram, as the market reports quote them (a sack, a ton or a wage named
    keeps its own reading)."""
    if unit not in _STAPLE_CEILING or not 0 < value <= _STAPLE_CEILING[unit]:
        return None
    window = max(start, qstart - 80)
    staples = list(_STAPLE.finditer(text, window, qstart))
    if not staples:
        return None
    staple = staples[-1]  # (the thing priced is the last named before the sum)
    between = text[staple.end() : qstart]
    if not _PRICE_WORD.search(text, window, qstart) and not _PRICE_OF.search(text, window, staple.start()):
        return None
    if _OTHER_SUM.search(between) or _OTHER_PRICE.search(between) or _ITEM_BEFORE.search(between) or \
            _A_DIGIT.search(between) or _QUANTITY_WORD.search(text, window, qstart):
        return None
    return "kg"


_BRACKET_AFTER = re.compile(r"\s*[(\[]\s*(?:about\s+|around\s+|some\s+|roughly\s+)?(?:US\$|\$|U\.S\.\s?\$)?")
_PRICE_OF = re.compile(r"(?i)\bprices?\s+of\s*$")
_A_DIGIT = re.compile(r"\d")  # (another figure between the staple and the sum: not the staple's price)
_QUANTITY_WORD = re.compile(r"(?i)\b(?:sacks?|bags?|tons?|tonnes?|kg|kilograms?|kilos?|grams?|litres?|liters?|bottles?|"
                            r"loaves|bundles?|boxes?|packs?|servings?|meals?|bowls?|per)\b")

# a sum named as a price: "the rice price of 40-50 won", "rice was traded at", "sold for", "costs", or said of the
# thing priced as a price moves: "rice even reached 3,000 won", "has dropped to around 2,000 won", "now goes for
# 6,500 won", "late last year it was 900 won" (corpus: price-carried); and what names another kind of sum: a wage, a
# rate, a currency's worth, a total
_PRICE_WORD = re.compile(r"(?i)\b(?:prices?|priced|sold|sells?|selling|traded|trading|trades|costs?|costing|"
                         r"fetch(?:ed|es|ing)?|reach(?:ed|es)|(?:dropped|fell|rose|climbed|jumped|soared)\s+to|"
                         r"go(?:es)?\s+for|went\s+for|(?:it|they|rice|maize|corn|pork|beef|flour|sugar|diesel|gasoline|"
                         r"petrol|fuel)\s+(?:was|were|is|are|had\s+been|has\s+been))\b")
_OTHER_SUM = re.compile(r"(?i)\b(?:wages?|salar(?:y|ies)|pay|income|exchange\s+rates?|worth|rate|budget|revenue|"
                        r"exports?|imports?|trade|investment|aid|loans?|fines?|bribes?|total|"
                        r"dollar|yuan|renminbi|rmb|euro)\b")  # (a currency itself priced: "the dollar traded at")


def carried_units(text: str, start: int, sums: list[tuple[int, int, str, float]], last: tuple[str, float] | None
                  ) -> tuple[list[str], tuple[str, float] | None]:
    """The unit of each figure of a sentence (from ``start``; each ``(start, end, unit, value)``): a sum with no
    denominator of its own that the sentence names a price takes the denominator of the last price of the same money
    before it (``last``: its unit and value, from this sentence or an earlier one) when of a like size (a fifth to five
    times): "rice was traded at 90 won per kg … the rice price of 40-50 won" (corpus: price-carried). A sentence that
    names a wage, a rate or a total carries none, nor a sum far larger (a house, a bicycle). Also the last price, for
    the next sentence."""
    units = []
    for a, b, unit, value in sums:
        if last is not None and unit == last[0].split("/")[0] and last[1] and 0.2 <= value / last[1] <= 5 and \
                _PRICE_WORD.search(text, start, a) and not _OTHER_SUM.search(text, start, b) and \
                not _ITEM_BEFORE.search(text, max(start, a - 40), a):
            unit = last[0]
        if "/" in unit and unit.split("/")[0] in CURRENCIES:
            last = (unit, value)
        units.append(unit)
    return units, last


# a sum of won with its weight: "850 won per kg", "1,000 KPW/kg", "500 won (per kilogram)", "KPW 2,000 per kilo"
# (it begins with a digit or the K of KPW, ``(?=[\dk])``: most characters are turned away at once)
_WON_PER_KG = re.compile(r"(?i)(?=[\dk])(?:\bKPW\s?)?(?P<n>\d[\d,]*(?:\.\d+)?)\s?"
                         r"(?:(?:north\s+korean\s+|nk\s+)?won|KPW)?\s*(?:\(\s*)?(?:per|/|a)\s*(?:kg|kilo(?:gram)?s?)\b")


_WON = re.compile(r"(?i)won|kpw")


def first_price(text: str) -> tuple[str, float] | None:
    """The text's first price of won per kilogram, as (unit, value), for the sums its sentences name as prices before
    and after it: a market report quotes its prices per kilogram once ("corn is now 500 won (per kilogram)") and its
    rice "reached 1,050 won" the same way (corpus: price-carried). None when the text quotes no such price."""
    if "kg" not in text and "kilo" not in text:
        return None  # (asked first: most texts quote no price by the kilogram)
    for m in _WON_PER_KG.finditer(text):
        if _WON.search(m[0]):  # (a sum with its weight in another money, or none, is no price in won)
            return ("KPW/kg", float(m["n"].replace(",", "")))
    return None

