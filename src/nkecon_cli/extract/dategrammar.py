"""The grammar of date expressions in English prose: what ``dates.find_dates`` matches.

``TEXT_DATE_PATTERN`` is one alternation, longest forms first, of the absolute forms (calendar dates
"7 August 1957", "Jan. 8", "3.IX.1964"; months, years, decades, seasons, halves and parts of them; year
ranges; Juche years) and the relative ones ("last year", "in one or two years", "a year earlier",
"now"), each with the preposition that changes its meaning ("since", "by"). Month names match
capitalised only ("may", "march" are verbs too). The pieces (``MONTH``, ``YEAR``…) and the tables of
names the resolvers read are here too.
"""

from __future__ import annotations

import re

from ..factbase.when import DateError

JUCHE_OFFSET = 1911  # Juche 1 = 1912, the year of Kim Il Sung's birth


def juche_to_gregorian(year: int) -> int:
    """Juche 43 → 1954, Juche 105 → 2016."""
    if year < 1:
        raise DateError(f"Juche {year}: Juche years start at 1 (= 1912)")
    return year + JUCHE_OFFSET


def two_digit_year(yy: str) -> int:
    """The year a fact sheet's two digits name: "98" → 1998, "02" → 2002 (up to 30 in this century)."""
    return int(yy) if len(yy) == 4 else (2000 if int(yy) <= 30 else 1900) + int(yy)


_MONTH_NUM = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
}

_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_SMALL = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}

# Pieces of the grammar. Month names are matched capitalised only ("may", "march" are verbs too);
# the words around them are matched in any case.
MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
         r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?=\s*\d))")

MONTH_BARE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# a month named in full or cut short, with no day after it: "in Oct.", "between Aug. and Nov." (corpus: month-short);
# the short name capitalised and ending the word ("Decade", "Marshal" are no months)
MONTH_SHORT = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
MONTH_WORD = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
              r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|(?![\w'’.-])))")

YEAR = r"(?<![\d,.])(?:1[6-9]\d\d|20\d\d)(?!\d|,\d)"

_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

# the year of a day: "1945", or as the DPRK writes it, "Juche 34 (1945)" (corpus: juche-day)
_DAY_YEAR = rf"(?:{YEAR}|Juche\s+\d{{1,3}}\s*\(\s*{YEAR}\s*\))"
JUCHE_BRACKET = re.compile(r"Juche\s+\d{1,3}\s*\(\s*((?:1[6-9]|20)\d\d)\s*\)")

_NUMW = (r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
         r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a\s+few|a\s+couple\s+of|several)")

# a month named in full or cut short, with or without its dot: "November/October", "Nov/Oct"
_MONTH_ANY = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
              r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")

_ROMAN_MONTH = r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"

_ROMAN = {r: n for n, r in enumerate(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"], 1)}

# ("End of March, prices peak": a headline drops the article)
_PART = r"(?i:early|mid|middle|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of|(?:end|start)(?=-))"

_REL_YEAR = (r"(?i:(?:this|the\s+current|the\s+present|last|the\s+last|the\s+past|the\s+previous|previous"
             r"|the\s+preceding|next|the\s+next|the\s+coming|the\s+following)\s+year)")

_SEASON = r"(?i:spring|summer|autumn|fall|winter)"

_PREP = r"(?i:(?:since|from|until|till|through|before|after|by)\s+)?"

_ABSOLUTE_PATTERNS = (
    # "1 January-30 June 2017", "1 March – 31 May 2016": a report's period, day to day (corpus: day-range)
    rf"{_DAY}\s+{MONTH_BARE}\s*[-–]\s*{_DAY}\s+{MONTH_BARE},?\s+{YEAR}",
    # 7 August 1957, 16/17 August 1957, 1 through 15 August 1957, the 15th of August
    rf"(?i:the\s+)?{_DAY}(?:\s*(?:-|–|/|(?i:to|through|and))\s*{_DAY})?(?:\s+(?i:of))?\s+{MONTH}(?:,?\s+{_DAY_YEAR})?",
    # August 07, 1957; Jan. 8; April 15-20; from September 2 to 6, between July 3 and 9 (corpus: day-range)
    rf"(?:(?i:between)\s+(?={MONTH}\s+{_DAY}\s+(?i:and)\s))?"
    rf"{MONTH}\s+{_DAY}(?:\s*[-–]\s*{_DAY}|\s+(?i:to|through|till|until|and)\s+{_DAY}(?![\d%]|[,.]\d))?(?!\d)(?![,.]\d{{3}})"
    rf"(?:,?\s+{_DAY_YEAR})?",
    # "its February plan", "the March quota": the month a plan is of (corpus: month-plan)
    rf"(?:(?<=its )|(?<=the )|(?<=their )|(?<=our )|(?<=this )|(?<=Its )|(?<=The )){MONTH_BARE}"
    rf"(?=\s+(?i:plan|quota|target|assignment)s?\b)",
    # between January and November last year, from January to November 2014: a span of months (corpus: month-range)
    rf"(?i:between|from)\s+{MONTH_WORD}\s+(?i:and|to|through|till|until)\s+{MONTH_WORD}"
    rf"(?:,?\s+(?:(?i:of)\s+)?(?:{YEAR}|(?i:this|last|next)\s+(?i:year)))?",
    # the wires' "Jan-Nov", "Jan.-Nov. 2018", "Jan-Sept": a span of months cut short (corpus: month-short)
    rf"(?:(?i:in|during|for|of)\s+(?:(?i:the)\s+)?)?{MONTH_SHORT}\.?\s*[-–]\s*{MONTH_SHORT}\.?(?![\w'’-])"
    rf"(?:,?\s+(?:(?i:of)\s+)?(?:{YEAR}|(?i:this|last|next)\s+(?i:year)))?",
    # January-August 2014, in January–February, January-November last year: a span of months (corpus: month-range)
    rf"(?:(?i:in|during|for|of)\s+(?:(?i:the)\s+)?)?{MONTH_BARE}\s*(?:[-–]|(?<=\w)-to-(?=\w))\s*{MONTH_BARE}"
    r"(?:\s+(?i:period))?"
    rf"(?:,?\s+(?:(?i:of)\s+)?(?:{YEAR}|(?i:this|last|next)\s+(?i:year)))?",
    # December (1956), August 1957, late January, mid-July, early 1957, the end of 1957
    rf"(?:{_PART}[\s-]+)?{MONTH_BARE}(?:,?\s+(?:of\s+)?{_DAY_YEAR}|\s+\({YEAR}\))",  # (and "November Juche 59 (1970)")
    # "Sept. 2013", "Mar 2014": a month cut short before its year
    rf"(?:{_PART}[\s-]+)?(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+{YEAR}",
    rf"{_PART}[\s-]+{MONTH_BARE}(?:\s+(?:(?i:of)\s+)?(?i:this|last|next)\s+(?i:year))?",  # "late August (of) last year"
    # "November's rice price", "September's projection": a month's possessive names the month (corpus: month-short;
    # not "May's", a name as often as a month)
    rf"(?!May){MONTH_BARE}(?=['’]s\b)",
    # "400 won/kg (December)": a month alone in brackets after a figure, the time it is of (corpus: bracketed-month)
    rf"(?<=\(){MONTH_BARE}(?=\))",
    # "October: 1000won/kg, November 800won/kg": a month as a label before its figures (corpus: bracketed-month);
    # not a day ("November 8th", "March 3") nor a year after it ("November 2005")
    rf"{MONTH_BARE}(?=:\s|\s+(?!(?:1[6-9]|20)\d\d\b)(?!\d{{1,2}}(?:st|nd|rd|th)?\b(?![,.]\d))\d[\d,.]*\s?(?:won|yuan|dollars?|"
    r"kg|tons?|tonnes?|%|percent|per\s+cent)\b)",
    # (not "as of January 9th": a day of the month follows, and the day's form reads it, corpus: day-of-month)
    rf"(?i:in|during|for|since|from|until|till|through|by|before|after|of|each|every|this|last|next|the\s+month\s+of)\s+{MONTH_WORD}"
    rf"(?!\s+\d{{1,2}}(?i:st|nd|rd|th)?(?!\d))(?:,?\s+(?:of\s+)?(?:{_DAY_YEAR}|(?i:this|last|next)\s+(?i:year)))?",
    # "Defense (6/98):", "Capacity (1/1/00E):": a fact sheet's month (and day) and year in brackets after a label,
    # American order, "E" an estimate, the colon after it a label's ("(1/25)" alone is a fraction) (corpus: slash-month)
    r"(?<=\()(?:1[0-2]|0?[1-9])/(?:(?:[12]\d|3[01]|0?[1-9])/)?(?:\d\d|1[6-9]\d\d|20\d\d)E?(?=\)\s*:)",
    # 2024.1.17, 1959. 8. 3.: year, month and day with dots, as Korean and Chinese texts write them (corpus: ymd-dots)
    r"(?<![\d.])(?:1[6-9]\d\d|20\d\d)\.\s?(?:1[0-2]|0?[1-9])\.\s?(?:[12]\d|3[01]|0?[1-9])(?![\d])\.?",
    # 2019-04-30: ISO 8601's day, as web pages date themselves; 2001/08/27 with slashes, as archives' stamps and Asian
    # texts write it (corpus: ymd-dots)
    r"(?<![\d.-])(?:1[6-9]\d\d|20\d\d)-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])",
    r"(?<![\d./])(?:1[6-9]\d\d|20\d\d)/(?:0[1-9]|1[0-2])/(?:0[1-9]|[12]\d|3[01])(?![\d/])",
    # 14.III., 3.IX.1964, 3. IX. 1964: Roman-numeral months, as Central European records write them
    rf"{_DAY}\.\s?{_ROMAN_MONTH}\.(?:\s?(?:1[6-9]\d\d|20\d\d)(?!\d))?",
    # Juche 43 (1954), Juche 105
    r"Juche\s+(?:(?i:year)\s+)?\d{1,3}(?:\s*\(\s*(?:1[6-9]\d\d|20\d\d)\s*\))?",
    # the late 1990s, 1970s, mid-1960s
    rf"(?:(?i:the)\s+)?(?:{_PART}[\s-]+)?(?:1[6-9]\d0|20\d0)['’]?s\b",
    # seasons and halves of named years: autumn 1967, the first half of 1957, the end of 1957
    rf"(?:(?i:the)\s+)?{_SEASON}\s+(?:(?i:of)\s+)?{YEAR}",
    # (hyphened as an adjective too: "its first-quarter plan", "first-half exports")
    rf"(?i:the\s+)?(?i:first|second|third|fourth|last|1st|2nd|3rd|4th)[\s-]+(?i:half|quarter)(?:[\s-](?i:year))?"
    rf"(?:\s+(?i:of)\s+(?:{YEAR}|(?i:the\s+year))|\s+{YEAR})?",  # (and "in first half 1984", a report's shorthand)
    rf"{_PART}[\s-]+{YEAR}",
    # "at the start of the year", "by the end of the year": a part of the year that governs (the document's, or the
    # passage's: attach), as "in December" is (corpus: part-of-the-year); not "the end of the year before"
    rf"{_PART}\s+(?i:the\s+year)(?!\s*\d|\s+(?i:before|after|earlier|later|ago|previous|preceding)\b)",
    rf"(?i:the\s+)?(?i:first|last|final)\s+(?i:month)\s+(?i:of)\s+{YEAR}",  # the last month of 2014
    # "the 2013/14 marketing year (November/October)", "2008/09 (Nov/Oct)": a split year that names its months,
    # or a marketing or consumption year, which in the DPRK's food balance runs November to October (corpus:
    # marketing-year)
    rf"(?:(?i:the)\s+)?{YEAR}\s*/\s*(?:{YEAR}|\d\d)(?:\s+(?i:marketing|consumption|agricultural)\s+(?i:year))?"
    rf"\s*\(\s*{_MONTH_ANY}\s*[/-–]\s*{_MONTH_ANY}\s*\)",
    rf"(?:(?i:the)\s+)?{YEAR}\s*/\s*(?:{YEAR}|\d\d)\s+(?i:marketing|consumption)\s+(?i:year)",
    rf"(?i:the\s+)?(?i:marketing|consumption)\s+(?i:year)\s+(?:(?i:of)\s+)?{YEAR}\s*/\s*(?:{YEAR}|\d\d)"
    rf"(?:\s*\(\s*{_MONTH_ANY}\s*[/-–]\s*{_MONTH_ANY}\s*\))?",
    # "Q1 2019", "2019Q3", "1Q19", "H1 2018", "FY2019": quarters, halves and fiscal years as statistics code them
    # (corpus: coded-period)
    rf"(?:Q[1-4]|[1-4]Q|H[12]|[12]H|FY|CY)\s?(?:{YEAR}|\d\d(?![\d,.]))|{YEAR}\s?(?:Q[1-4]|H[12])",
    # 1946-1950, 1946–50, between 1946 and 1950, from 1946 to 1950 (corpus: year-span)
    rf"(?i:between|from)\s+{YEAR}\s+(?i:and|to|until|till)\s+{YEAR}",
    # (a comma after the end is the clause's: "In 2013-14, aid totalled"; before a digit it is a number's)
    rf"{YEAR}\s*(?:-|–|/|(?i:to))\s*(?:{YEAR}|\d\d(?!\d|[,.]\d|\s*(?:%|(?i:per\s*cent|percent))))",
    rf"{YEAR}",
)

_RELATIVE_PATTERNS = (
    r"(?i:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))",
    r"(?i:today|tonight|yesterday|tomorrow)(?:\s+(?i:or|and)\s+(?i:today|tomorrow|yesterday))?",
    rf"(?i:the\s+)?(?i:first|second|third|fourth|last|latter)\s+(?i:half|quarter)\s+(?i:of)\s+{_REL_YEAR}",
    # the first or the last month of a year: "in the first month of last year" (corpus: month-of-year)
    rf"(?i:the\s+)?(?i:first|last|final)\s+(?i:month)\s+(?i:of)\s+{_REL_YEAR}",
    rf"{_PART}[\s-]+{_REL_YEAR}",
    r"(?i:early|late)\s+(?i:this|last|next)\s+year",
    # "early this month", "the end of last month": a third of the month, its first or last days (corpus: part-of-month)
    rf"{_PART}[\s-]+(?i:this|last|next|the\s+previous|the\s+following)\s+(?i:month)",
    rf"(?i:(?:this|last|next|the\s+coming|the\s+following|the\s+previous|the\s+preceding|the\s+prior)\s+"
    rf"(?:{_SEASON}|week|month))",
    # "autumn last year", "the spring of this year": the season of a year counted from the document (resolution)
    rf"(?:(?i:the)\s+)?{_SEASON}\s+(?:(?i:period|season|months)\s+)?(?:(?i:of)\s+)?(?i:this|last|next)\s+(?i:year)",
    rf"(?i:(?:last|next|this))\s+{MONTH_BARE}",
    rf"{_REL_YEAR}",
    r"(?i:(?:the\s+)?(?:previous|past|preceding|recent)\s+years)",
    # "since the turn of the millennium", "at the turn of the century": the year that turned (corpus: turn-of-century)
    r"(?i:(?:at\s+|around\s+)?the\s+turn\s+of\s+the\s+(?:millennium|century))",
    # ("half a month ago" is no month ago: not read)
    rf"(?<![Hh]alf )(?i:(?:about|some|nearly|almost|more\s+than|at\s+least|over)\s+)?(?i:{_NUMW})\s+"
    r"(?i:years?|months?|weeks?|days?|decades?)\s+(?i:ago)(?:\s+(?i:at\s+(?:most|the\s+latest|least)))?",
    r"(?i:decades|years|months|long)\s+(?i:ago)",
    rf"(?i:in|within|over|during)\s+(?i:the\s+)?(?i:next\s+|coming\s+|past\s+|last\s+|previous\s+)?(?i:{_NUMW})(?:\s+(?i:or|to|-|–)\s+(?i:{_NUMW}))?"
    r"\s+(?i:years?|months?)(?!\s+(?i:ago|old))",
    # "over the past two weeks", "in the last ten days": those days up to the document (corpus: past-window)
    # (and KCNA's "in recent five days")
    rf"(?i:in|over|during)\s+(?i:the\s+)?(?i:past|last|previous|recent)\s+(?i:{_NUMW})\s+(?i:weeks?|days?)(?!\s+(?i:ago|old))",
    r"(?i:in\s+(?:the\s+)?(?:coming|next|following)\s+years|in\s+the\s+years\s+to\s+come"
    r"|in\s+(?:the\s+)?(?:near\s+|distant\s+)?future|from\s+now\s+on|in\s+recent\s+(?:years|months))",
    # the first ten days this year, the first eight months of 2014 is absolute; the latest 10 days, a recent week
    # (and of a year named: "the first eight months of 2018", resolution's; corpus: months-of-year)
    rf"(?i:the\s+)?(?i:first|last|latest|past)\s+(?i:{_NUMW})\s+(?i:days|weeks|months)"
    rf"(?:\s+(?i:(?:of\s+|in\s+)?(?:this|the\s+current)\s+(?:year|month))|(?<=months)\s+(?i:of|in)\s+{YEAR})?",
    r"(?i:(?:a|the)\s+recent\s+(?:week|fortnight)|recent\s+(?:days|weeks))",
    r"(?i:so\s+far\s+this\s+year|this\s+year\s+so\s+far|so\s+far\s+in\s+(?:the\s+)?year)",
    # (not "as of late last month", "of late March": "late" is then a part of the month)
    r"(?i:recently|lately|of\s+late(?!\s+(?:last|this|next|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|(?:1[6-9]|20)\d\d)\b))",
    # counted from the date that governs the sentence (``attach``); from the document's when none does
    r"(?i:(?:a|an|one|two|three|four|five|\d{1,2})\s+years?\s+(?:earlier|later|before)|the\s+year\s+(?:before|after))",
    # "a week earlier", "two months before": a shorter time counted the same way ("two months before the harvest" counts
    # from an event, and is not read)
    r"(?i:(?:a|an|one|two|three|four|five|six|\d{1,2})\s+(?:days?|weeks?|months?)\s+(?:earlier|later|before(?!\s+[\w\d])))",
    r"(?i:the\s+(?:same|corresponding)\s+(?:time\s+)?(?:period|months?|days?|weeks?|quarter|time)\s+(?:of\s+|in\s+)?"
    r"(?:last\s+year|the\s+previous\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|before|ago)))",
    r"(?:(?i:last|next|this|on)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",
    # a day of the month named alone, "on the 19th": of the document's month (corpus: day-of-month); "the 3rd
    # largest", "the 19th century", "on the 5th floor" are no days (a noun follows)
    r"(?i:(?:on|as\s+of|since|from|until|till|by|after|before)\s+(?:(?:around|about)\s+)?(?:the\s+)?)"
    r"(?:[1-9]|[12]\d|3[01])(?i:st|nd|rd|th)(?:\s+(?i:of\s+(?:this|the\s+same)\s+month))?"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?i:and|but|when|while|as|after|before)\b)",
    r"(?i:nowadays|at\s+present|presently|currently|at\s+the\s+moment|for\s+the\s+moment|these\s+days"
    r"|as\s+of\s+now|to\s+date|now)",
)

# One alternation, longest forms first; a preposition that changes the meaning ("since", "by") is
# part of the expression.
TEXT_DATE_PATTERN = (
    r"(?<![\w-])" + _PREP + "(?:" + "|".join(f"(?:{p})" for p in _RELATIVE_PATTERNS[:-1] + _ABSOLUTE_PATTERNS)
    + r")(?![\w-])|(?<![\w-])(?:" + _RELATIVE_PATTERNS[-1] + r")(?![\w-])"
)

_WEAK = re.compile(_RELATIVE_PATTERNS[-1])

_PREP_RE = re.compile(
    r"(?i)(since|from|until|till|through|before|after|by|in|during|for|on|of|each|every|the\s+month\s+of)\s+"
)
