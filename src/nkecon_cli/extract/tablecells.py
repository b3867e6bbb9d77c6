"""What a table says of one cell: its figure, its unit, its time and its measure.

``Cell`` is one figure of a table with its row, header and caption; ``Table`` a table's span and cells.
A cell's value may carry an approximation ("~", "<"), thousands grouped by spaces ("25 887"), a decimal
comma ("53,5") or a footnote mark ("215a") (``grid`` says which tokens are cells and of what kind).
``unit_of`` reads the unit and multiplier a label names ("thousand tonnes",
"KRW trillion", "in millions of US dollars"); ``_time_of`` the time a header cell names ("1956", "2012R",
"1961 (plan)"); ``_measure_label`` and ``_with_caption`` the series a row label names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .dategrammar import YEAR
from .quantities import find_quantities

_YEARISH = re.compile(
    rf"^\s*(?:(?:FY|CY)\s*)?(?P<y>{YEAR})(?:\s*[/–-]\s*(?:\d{{2}}|{YEAR}))?\s*(?:\((?P<tag>[^()]{{1,12}})\)|"
    r"(?P<suffix>[a-zA-Z*]{1,2})|(?i:(?P<word>plan|target|forecast|projection|estimate)))?\s*$"  # "1956 plan"
)

_NUMBER_CELL = re.compile(
    r"^\s*(?P<approx>[~≈<>]|c\.\s*|ca\.\s*)?(?P<n>[-−–]?\s?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    # thousands grouped by spaces, as UN and European tables print them: "25 887", "3 060.9", "- 1 075"
    r"|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:[.,]\d+)?"
    # a decimal comma: "53,5" (one or two decimals; three digits after a comma are thousands)
    r"|\d+,\d{1,2}(?!\d)|\d+(?:\.\d+)?))"
    # a footnote mark after the figure: "215a", "103c,d", "53.5b", "7.2*"
    r"\s*(?P<pct>%|times|fold)?\s*(?P<mark>[*†‡]{1,2}|[a-z](?:,[a-z])*)?\s*$"
)

_MULT_WORDS = {"hundred": 100.0, "thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6,
               "billion": 1e9, "billions": 1e9, "trillion": 1e12, "trillions": 1e12}

_MULTIPLIER = [
    (re.compile(r"(?i)'000\s*|\b000s\b\s*|^\s*000\b\s*|\bth(?:ou)?s?\.\s*"), "thousand "),
    (re.compile(r"(?i)\bmn\b\.?|\bmln\b\.?|\bmil\.\s*"), "million"),
    (re.compile(r"(?i)\bbn\b\.?|\bbln\b\.?"), "billion"),
    (re.compile(r"(?i)\bus\s*\$|\$\s*us\b|\bus\s*dollars?\b|\$"), "dollars "),  # ("$bn": dollars, billion)
    (re.compile(r"(?i)\bdollars\s+m\b\.?"), "dollars million"),  # "($ m)": a small m after money is a million
    (re.compile(r"(?i)\bkpw\b"), "won"),
    (re.compile(r"(?i)\bkrw\b"), "south korean won"),
]


@dataclass(frozen=True, slots=True)
class Cell:
    """One figure of a table, with what the table says of it."""

    start: int  # the figure's span in the text
    end: int
    text: str
    value: float
    approx: str | None
    unit: str | None
    measure: str | None  # the row label (or column header) that names the series
    time: str | None  # the column header (or row label) that names the time, verbatim
    time_span: tuple[int, int] | None
    row: tuple[int, int]  # the row line
    header: tuple[int, int] | None  # the header line
    caption: str | None
    planned: bool  # the time is marked as a plan or an estimate ("1961 (plan)", "2024e")
    estimated: bool = False  # the time is marked as an estimate ("(2015 est.)"): the figure is one
    value_max: float | None = None  # a range's high end ("1,800-1,900")


@dataclass(frozen=True, slots=True)
class Table:
    start: int
    end: int
    cells: list[Cell]


# a label of persons counted: "Population", "Active duty military", "Labour force", "Refugees in China", "Mobile
# phone users", "Internet subscribers"
_PEOPLE = re.compile(r"(?i)population|\bpop\b|people(?!['’]s\s+(?:republic|democratic|committee|assembly|army|party|"
                     r"bank|daily|economy|palace|theatre))|persons|inhabitants|residents|citizens|military|\barmy\b|troops|"
                     r"soldiers|labou?r\s+(?:work\s+)?force|work\s?force|refugees|workers|employees|migrants|"
                     r"\busers\b|\bsubscribers\b|"
                     # the persons a humanitarian fact box counts: "Children in need: 4.95 million"
                     r"\bchildren\b(?!\s+(?:per|born)\b)|\bwomen\b|\bbeneficiaries\b|\bpatients\b")

# what an indicator's name says its bare figures are counted in (corpus: grid-indicator-unit): a span of life in
# years, a crude rate per thousand people, a prevalence or a share in per cent, persons counted
_INDICATOR_UNITS = (
    (re.compile(r"(?i)life\s+exp(?:ectancy|\.)|median\s+age|\bmean\s+age"), ("years", 1.0)),
    (re.compile(r"(?i)\b(?:CBR|CDR|IMR)\b|(?:birth|death|mortality|marriage)\s+rate|per\s+1[ ,.]?000\b"),
     ("per-1000", 1.0)),
    (re.compile(r"(?i)\bprevalence\b|\bproportion\b|\bpercentage\b|\bshare\s+of\b|\bliteracy\s+rate\b|"
                r"\bunemployment\s+rate\b"), ("%", 1.0)),
    (re.compile(r"(?i)\bmigration\b|\bmigrants\b"), ("people", 1.0)),
    (_PEOPLE, ("people", 1.0)),
)


def indicator_unit(name: str | None) -> tuple[str, float] | None:
    """The unit a bare figure takes from the name of what it measures: 'Life Exp.' → years, 'CBR' or 'Crude birth
    rate' → per thousand, 'Prevalence of stunting' → per cent, 'Net Migration' or 'Population' → people."""
    if not name:
        return None
    for rx, unit in _INDICATOR_UNITS:
        if rx.search(name):
            return unit
    return None


# "million current US$", "constant 2015 dollars": the price basis is no part of the unit
_PRICE_BASIS = re.compile(
    r"(?i)\b(?:current|constant|const\.?|nominal|real|at\s+(?:current|constant)\s+prices)(?=\s|$)")

_DENSITY = re.compile(r"(?i)\bdensity\b[^()]{0,20}\(\s*(?:people|persons|inhabitants|pop\.?)?\s*(?:/|per)\s*"
                      r"(?:km2|km²|sq\.?\s*km|square\s+kilomet(?:re|er))\s*\)|"
                      r"\b(?:people|persons|inhabitants)\s*(?:/|per)\s*(?:km2|km²|sq\.?\s*km)")
# (a price's "(won per kg)" is a unit, no ratio: corpus: grid-unit-label)
_RATIO = re.compile(r"(?i)\(\s*(?:[a-z]{1,3}\s+)?per\s+(?!1,000\b|1000\b|thousand\b|"
                    # (nor an exchange rate's money: "(won per US$)", "(KPW per USD)")
                    r"(?:US\$|\$|USD\b|US\s+dollars?\b|dollars?\b|yuan\b|RMB\b|CNY\b|euros?\b|EUR\b)|"
                    r"(?:kg|kilo(?:gram)?s?|tons?|tonnes?|t|lit(?:re|er)s?|l)\s*\))|\bratio\b")

# the year a row's label names: "Population (000, 2021)", "GDP per capita (2015)", "Population, 1990 ('000)",
# "Largest town (2000, estimate)"
_LABEL_YEAR = re.compile(rf"[(,]\s*(?P<y>{YEAR})\s*(?:\)|,|(?=\())")

_LAST_PARENTHESES = re.compile(r"\(([^()]{1,40})\)\s*$")

_FIRST_PARENTHESES = re.compile(r"\(([^()]{1,40})\)")

_UP_TO_IN = re.compile(r"^.*?(?:\bin|,)\s+")


# an index on a base period: "(2014-2016=100)", "(2010 = 100)"; its cells are per cent of the base, its years no time
_INDEX_BASE = re.compile(r"\(\s*(?:1[6-9]|20)\d\d(?:\s*[-–]\s*(?:1[6-9]|20)\d\d)?\s*=\s*100\s*\)")


# "(Unit: won/kg)", "Units: 1,000 tons": the word that announces a unit is no part of it (corpus: grid-unit-label)
_UNIT_LABEL = re.compile(r"^units?\s*[:.]\s*")
# "kg/ North Korean Won", "kg/won": a price table's unit with its weight first — won per kilogram (grid-unit-label)
_WEIGHT_PER_MONEY = re.compile(r"^(kg|kilograms?|kilos?|tons?|tonnes?|t)\s*/\s*"
                               r"((?:north\s+korean\s+|nk\s+)?(?:won|yuan|rmb|dollars?|us\$|usd))$")


# the period a change in per cent is over, before the sign: "(annual %)", "(average annual % change)"
_ANNUAL = re.compile(r"^(?:average\s+)?(?:annual|yearly|year-on-year|y-o-y)\s+(?=%|per\s*cent|percent)")


@lru_cache(maxsize=4096)  # a label is read for every cell under it, and again in the next document
def unit_of(label: str | None) -> tuple[str, float] | None:
    """The unit and multiplier a label names: 'thousand tonnes' → ('t', 1000); 'KRW trillion' →
    ('KRW', 1e12); 'KRW 10,000' → ('KRW', 10000); 'in millions of US dollars' → ('USD', 1e6)."""
    if not label:
        return None
    if _DENSITY.search(label):
        return ("people/km2", 1.0)  # "Density (/km2)", "Population density (per sq km)": people a square kilometre
    if _RATIO.search(label):
        return None  # "Sex ratio (m per 100 f)", "(per km2)": a ratio, not a unit of the list
    if _INDEX_BASE.search(label):
        return ("%", 1.0)  # "production index (2014-2016=100)": a per cent of the base period (corpus: index-base)
    label = _MEGATONNE.sub("million tonnes", label)  # ("27.5 Mt": megatonnes, before the case is lost; "mt" is t)
    m = _LAST_PARENTHESES.search(label) or _FIRST_PARENTHESES.search(label)
    for c in ([m[1]] if m else []) + [_UP_TO_IN.sub("", label), label]:
        c = _UNIT_LABEL.sub("", c.strip().lower())  # "(Unit: won/kg)", "Units: US$ million"
        c = _WEIGHT_PER_MONEY.sub(r"\2 per \1", c)  # "kg/ North Korean Won": won per kilogram, written the other way
        for rx, rep in _MULTIPLIER:
            c = rx.sub(rep, c)
        c = re.sub(r"^(?:in|of)\s+", "", c)
        c = _ANNUAL.sub("", c)  # "GDP growth (annual %)": a per cent of the year before (corpus: grid-indicator-unit)
        c = re.sub(YEAR, " ", c).strip(" ,;")  # "(000, 2021)": the year is the row's time, not its unit
        if c in ("%", "per cent", "percent", "pct", "percentage", "percentages", "per cents"):
            return ("%", 1.0)
        factor = 1.0
        for w, f in _MULT_WORDS.items():
            if re.search(rf"\b{w}\b(?:\s+of\b)?", c):
                factor *= f
                c = re.sub(rf"\b{w}\b(?:\s+of\b)?", " ", c)
                break
        n = re.search(r"\b(\d{1,3}(?:,\d{3})+|10+)\b", c)
        if n:
            factor *= float(n[1].replace(",", ""))
            c = c.replace(n[1], " ")
        c = " ".join(_PRICE_BASIS.sub(" ", c).split())
        if not c and factor != 1.0:
            return ("count", factor)
        qs = find_quantities("1 " + c)
        if qs and qs[0].start == 0 and qs[0].unit not in ("count", "year", "month", "day", "week", "hour"):
            return (qs[0].unit, qs[0].value * factor)
    return None


_MEGATONNE = re.compile(r"(?<![A-Za-z])Mt(?![A-Za-z])")
# a column header that names no thing of its own: "Output", "Exports", "Value" (corpus: table-measure)
_GENERIC = re.compile(r"(?i)output|production|exports?|imports?|value|total|amount|volume|quantity|"
                      r"consumption|sales|supply|stocks?|capacity|price|prices")

_CAPTION_NOISE = re.compile(r"(?i)^\s*(?:table|figure|chart)\s+[\dIVX]+[.:]?\s*|\s+by\s+[a-z]+(?:\s+and\s+[a-z]+)?"
                            r"|,?\s*(?:1[6-9]|20)\d\d(?:\s*[-–/]\s*(?:1[6-9]|20)?\d\d)?")


def _with_caption(word: str, label: str | None, caption: str | None) -> str:
    """A generic column header made a series name by the caption's subject and the row's label: "Output"
    under "Coal production by province, 2015" in the row "South Phyongan" → "Coal output, South Phyongan"."""
    if not _GENERIC.fullmatch(word) or not caption:
        return f"{word}, {label}" if label else word
    cap = _measure_label(_CAPTION_NOISE.sub(" ", caption))
    if _NAMES_NOTHING.fullmatch(word) and cap:
        name = cap  # "Value" under "North Korea - Exports of goods and services": the caption is the series
    else:
        subject = " ".join(w for w in cap.split() if not _GENERIC.fullmatch(w)).strip(" ,:")
        name = f"{subject} {word.lower()}".strip() if subject else word
    return f"{name}, {label}" if label else name


_NAMES_NOTHING = re.compile(r"(?i)value|amount|total|data")


_PARENTHESES = re.compile(r"\s*\([^()]*\)\s*")

_IN_MULTIPLIER = re.compile(r"(?i),?\s+in\s+(?:thousand|million|billion|'000).*$")


_FOOTNOTE_MARKS = re.compile(r"[*†‡]+(?=\s|$)")  # "metallurgical plant (Cheongjin)*": a note's mark, no word


def _measure_label(label: str) -> str:
    label = _FOOTNOTE_MARKS.sub(" ", _PARENTHESES.sub(" ", label))
    label = _IN_MULTIPLIER.sub("", label)
    return " ".join(label.split()).strip(" :,.")


_DECIMAL_COMMA = re.compile(r"[-−–]?\d+,\d{1,2}")


def _value(cell: str) -> tuple[float, str | None] | None:
    m = _NUMBER_CELL.match(cell)
    if not m:
        return None
    raw = m["n"]
    for space in (" ", "\u00a0", "\u2009", "\u202f"):
        raw = raw.replace(space, "")
    if _DECIMAL_COMMA.fullmatch(raw):
        raw = raw.replace(",", ".")  # a decimal comma
    n = raw.replace(",", "").replace("−", "-").replace("–", "-")
    try:
        v = float(n)
    except ValueError:
        return None
    a = (m["approx"] or "").strip()
    approx = {"~": "about", "≈": "about", "<": "less-than", ">": "more-than"}.get(a) or ("about" if a else None)
    return v, approx


_COLUMN_NUMBER = re.compile(r"^\s*\(\d{1,2}\)\s*")  # "(3) 1944": a column's number before its header


def _time_of(cell: str) -> tuple[str, str] | None:
    """The time a header cell names and its tag ("2012R" → ("2012R", "r"), "1961 (plan)" → (…, "plan"))."""
    m = _YEARISH.match(_COLUMN_NUMBER.sub("", cell))
    if not m:
        return None
    return m.group(0).strip(), (m["tag"] or m["suffix"] or m["word"] or "").lower()


def _caption(text: str, lines: list[tuple[int, int]], i: int) -> str | None:
    """The line just above a table (a title such as 'Table 2. Output (thousand tonnes)'), over blank lines (a page
    copied as text sets one between every two)."""
    for j in range(i - 1, max(-1, i - 5), -1):
        a, b = lines[j]
        s = text[a:b].strip()
        if s:
            if s.startswith("(") and s.endswith(")") and j > 0:
                # a line of units in brackets under the title ("Prices at the end of March 2008\n(Units: won/kg)"):
                # the two lines are the caption (corpus: grid-unit-label)
                above = text[lines[j - 1][0] : lines[j - 1][1]].strip()
                if above and len(above) + len(s) < 160:
                    return f"{above} {s}"
            return s if len(s) <= 160 else None
    return None
