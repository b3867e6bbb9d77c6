"""The unit a bare number carries from the list it stands in (corpus: elliptic-list): "2.1 million tons in 1995
and 1.8 million in 1996", "iron ore 2.1 million tons …; lead 35,000 in 1996", "taking the total to just over 24
million". This module imports nothing of the package but ``numbers`` and ``units``."""

from __future__ import annotations

import re
from typing import NamedTuple

from .numbers import SUM_WORD
from .units import CURRENCIES, DURATIONS

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from typing import Protocol, TypeVar

    class Figure(Protocol):  # what is read of a figure found before (``quantities.Quantity``)
        @property
        def unit(self) -> str | None: ...
        @property
        def end(self) -> int: ...
        @property
        def strong(self) -> bool: ...
        @property
        def value(self) -> float: ...

    F = TypeVar("F", bound=Figure)

# "taking the total to just over 24 million": the total of what the sentence counted before (corpus: elliptic-list)
_TOTAL_BEFORE = re.compile(r"(?i)\btotal\s+(?:to|of|at|was|is|reached|came\s+to|stood\s+at)\s+(?:just\s+)?$")
# joined to the figure before: "1.2 million tons in 1995 and 1.8 million", "187 million rubles, of which 112 million"
_ELLIPSIS = re.compile(r"(?i)(?:\band|\bor|,|\bto|\bof\s+(?:which|these|them|this|that)|\bincluding)\s+$")
# whom or what the figure before is of, as a list of its likes goes on: "69.8 years for men and 73.3 for women"
_FOR_WHOM = re.compile(r"(?i)\s+(?:for|among|in|of)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?"
                       r"(?:men|women|males|females|boys|girls|urban|rural|the\s+north|the\s+south|north\s+korea|"
                       r"south\s+korea)\b")
# a change of the figure before, after a comma: "2.0, up 0.05 from a year earlier"
_CHANGE_OF = re.compile(r"(?i),\s+(?:up|down)\s+(?:by\s+)?$")
# more of what the figure before counted: "a further 250 million", "another 3,000"
_FURTHER = re.compile(r"(?i)\b(?:a\s+further|another|an\s+additional|an\s+extra)\s+$")
# the level a figure rose or fell from: "406 markets …, up from 200" (not after a share: "up 5% from 2,300")
_UP_FROM = re.compile(r"(?i)\b(?:up|down|rising|falling|climbing|dropping|growing|declining|increasing|"
                      r"decreasing)\s+(?:\w+ly\s+)?from\s+$")  # ("rising steadily from 42,397 in March")
# the figure set against the one before, in its unit: "1.2 million tons against a target of 1.5 million", "4,500
# tractors, compared with 3,000 the year before", "$3.7 billion … and exports for 2.8 billion", "of which coal
# accounted for 1.1 billion", "the US provided 600,000 tons and China 200,000", "Noland puts it at 600,000" (a
# comparison, a gapped clause, a part, another's estimate: corpus: elliptic-list)
_SET_AGAINST = re.compile(
    r"(?i)(?:\b(?:against|compared\s+(?:with|to)|versus|vs\.?|than)\s+(?:(?:a|an|the|its|their)\s+)?"
    r"(?:(?:monthly|annual|yearly|planned|original|revised)\s+)?(?:(?:plan|target|quota|goal|forecast|estimate)\s+"
    r"of\s+)?|(?:,|\band)\s+(?:[a-z]+\s+){1,2}(?:for|at)\s+|\bof\s+which\b[^.;:()]{1,50}?\b(?:for|to|at)\s+"
    # a gapped clause whose subject is a name: "the US provided 600,000 tons and China 200,000"
    r"|(?:,\s*|\s)and\s+(?:the\s+)?(?-i:[A-Z][\w.'’-]*\s+){1,3}"
    # the same measured again now, after a past one: "the village formerly had 120 households; now it has 235"
    r"|\b(?:now|today|at\s+present|currently)\s*,?\s+(?:it|they|there|the\s+[a-z]+)\s+(?:has|have|is|are|numbers?|"
    r"stands?\s+at|counts?)\s+"
    # another's estimate of the same figure: "up to 1 million people died; Noland puts it at 600,000"
    r"|\b(?:puts?|putting|places?|placed|estimates?|estimated)\s+(?:it|them|the\s+(?:figure|number|toll|total|"
    r"loss|losses))\s+at\s+)"
    r"(?:(?:about|some|around|nearly|only|just|almost)\s+)?$")
# a measure of money named in the figure's clause before it: "Imports stood at 2.9 billion", "and imports 2.9 billion"
_MONEY_MEASURE_BEFORE = re.compile(
    r"(?i)\b(?:exports?|imports?|trade|deficits?|surplus(?:es)?|revenues?|budgets?|spending|expenditures?|"
    r"investments?|gdp|gni|gnp|incomes?|aid|loans?|debts?|credits?|sales|turnover|earnings|profits?)\b"
    r"(?:[^.;:\n]|\.(?=\d)){0,50}$")
# the same measure of another, after its possessive in a comparison: "half of the South's 50.4 million", "21 times
# the North's 1.39 million", "compared with South Korea's 51.7 million" (corpus: elliptic-list)
_OTHERS_OWN = re.compile(r"(?:\b(?:[Tt]han|of|with|to|versus|vs\.?|against|and|above|below|over|behind))\s+"
                         r"(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+(?:(?:about|some|around|nearly|only|just)\s+)?$")
# a figure's date just after it: "1.8 million in 1996"
_DATED_AFTER = re.compile(r"\s+(?:in|during|for|by|as\s+of)\s+(?:the\s+year\s+)?(?:1[6-9]|20)\d\d(?!\d)")


def elliptic(text: str, qstart: int, p: int, value: float, earlier: list[F]) -> F | None:
    """The figure whose unit a bare number carries, in the list it stands in: "2.1 million tons in 1995 and 1.8
    million in 1996", "iron ore 2.1 million tons …; lead 35,000 in 1996" (corpus: elliptic-list). Joined to the
    previous figure by "and", "or" or a comma, or standing, dated, in the same sentence after a measured figure;
    or the total of what the sentence counted ("a rise of 3 million over 15 years, taking the total to 24
    million": the last figure that is not a duration, nor a share or a multiple — a total is of things)."""
    if _TOTAL_BEFORE.search(text[max(0, qstart - 30) : qstart]):
        counted = [q for q in earlier if q.unit and q.unit not in DURATIONS and q.unit not in ("%", "pp", "times")]
        return counted[-1] if counted else None
    if not earlier or not earlier[-1].unit:
        return None
    prev = earlier[-1]
    if prev.unit in DURATIONS:
        # "a life expectancy of 69.8 years for men and 73.3 for women": a span of life carries to the decimal of its
        # like joined to it (whether a span is a claim is the sentence's to say)
        if (_FOR_WHOM.match(text, prev.end) and _ELLIPSIS.search(text[max(0, qstart - 12) : qstart])
                and not float(value).is_integer() and 0.5 <= value / prev.value <= 2):
            return prev
        if (_FOR_WHOM.match(text, p) and _ELLIPSIS.search(text[max(0, qstart - 12) : qstart])
                and 0.5 <= value / prev.value <= 2 and prev.end <= qstart <= prev.end + 20):
            return prev  # "the average life expectancy is 71 years, 68 for men and 73 for women": whole years too, of
            # whom each is said just after it
        return None
    if (like := next((q for q in reversed(earlier) if q.unit not in ("%", "pp", "times")), None)) is not None and \
            like.value and 0.01 <= value / like.value <= 100 and qstart - like.end <= 160 and \
            _OTHERS_OWN.search(text, max(prev.end, qstart - 50), qstart):
        return like  # "North Korea's 24.9 million people are half of the South's 50.4 million": its like, another's
    if prev.unit in ("%", "pp", "times") and SUM_WORD.search(text, qstart, p):
        return None  # "a drop of 14.7% from 6.4 billion": a share is never counted in billions (corpus: elliptic-list)
    if _ELLIPSIS.search(text[max(0, qstart - 12) : qstart]) and (
            float(value).is_integer() or (prev.value and _FOR_WHOM.match(text, prev.end)
                                         and 0.2 <= value / prev.value <= 5)):
        return prev  # (a decimal when the two are of a like size and the first is of whom: "for men")
    if _CHANGE_OF.search(text, max(0, qstart - 12), qstart) and prev.strong and not float(value).is_integer() and \
            prev.unit not in ("%", "pp", "times") and value < prev.value:
        return prev  # "the fertility rate was 2.0, up 0.05 from a year earlier": a change in the rate's own unit
    if _FURTHER.search(text, max(0, qstart - 16), qstart) and prev.unit not in ("%", "pp", "times"):
        return prev  # "300 million rubles in 1954, and in 1955 a further 250 million": more of the same things
    if _UP_FROM.search(text[max(0, qstart - 40) : qstart]) and prev.unit not in ("%", "pp", "times"):
        return prev  # "reached 406 by the end of 2015, up from about 200 in 2010": the same things, before
    if prev.value and 0.1 <= value / prev.value <= 10 and qstart - prev.end <= 120 and \
            _SET_AGAINST.search(text, max(prev.end, qstart - 80), qstart):
        return prev  # "against a target of 1.5 million": the same measure, of a like size
    if prev.strong and qstart - prev.end <= 120 and bool(_DATED_AFTER.match(text, p)):
        return prev
    if same_money(text, qstart, p, value, (prev.unit or "", prev.value, prev.end)):
        return prev
    return None


class Passage(NamedTuple):
    """What a sentence's bare numbers may take from the sentences before it in its paragraph: the last sum of money
    and the last figure with a unit, each as (unit, value, end)."""

    money: tuple[str, float, int] | None = None
    measured: tuple[str, float, int] | None = None


# the figure named again as what was measured: "A year earlier, the figure was 3,900", "Comparable figures were 21.21
# million in 1993", "the number stood at about 6,000" (corpus: figure-again)
_FIGURE_AGAIN = re.compile(
    r"(?i)\b(?:the|that|this|its|their|comparable|corresponding|equivalent|similar)\s+(?:(?:comparable|corresponding|"
    r"equivalent|same|year-earlier|previous)\s+)?(?:figures?|numbers?|values?|totals?|amounts?|counts?|levels?|"
    r"multiples?|ratios?)\s+(?:(?:for|of|in)\s+(?:1[6-9]|20)\d\d\s+)?(?:was|were|is|are|stood\s+at|came\s+to|reached|"
    r"had\s+been|totall?ed)\s+(?:(?:about|some|around|nearly|almost|roughly|only|just|over|more\s+than|"
    r"an\s+estimated)\s+)?$")


def figure_again(text: str, qstart: int, value: float, measured: tuple[str, float, int]) -> bool:
    """Whether a bare number is the figure measured before it in its paragraph, named again ("the figure was",
    "comparable figures were"), in its unit: of a like size (a tenth to ten times) within 400 characters."""
    _, before, at = measured
    return (bool(before) and 0.1 <= value / before <= 10 and 0 <= qstart - at <= 400
            and "\n\n" not in text[at:qstart] and _FIGURE_AGAIN.search(text, max(0, qstart - 80), qstart) is not None)


def same_money(text: str, qstart: int, p: int, value: float, money: tuple[str, float, int]) -> bool:
    """Whether a bare sum ("2.9 billion") is in the money of a sum before it in its paragraph (``money``: its unit,
    value and end): the sum is counted in millions or more, its clause names a measure of money before it, and the
    two are of a like size (a hundredth to a hundred times) within 400 characters: "Exports reached $2.5 billion in
    2015, and imports 2.9 billion", "… $2.5 billion. Imports stood at 2.9 billion" (corpus: elliptic-money); not
    "the famine killed 2.5 million" (no measure of money)."""
    unit, before, at = money
    return (unit.split("-")[0] in CURRENCIES and bool(before) and 0.01 <= value / before <= 100
            and 0 <= qstart - at <= 400 and SUM_WORD.search(text, qstart, p) is not None
            and "\n\n" not in text[at:qstart] and _MONEY_MEASURE_BEFORE.search(text, max(0, qstart - 60), qstart)
            is not None)
