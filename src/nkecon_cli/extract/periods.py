"""Named periods of the North Korean economy: a plan's name is a date.

"During the Six-Year Plan" dates a figure as surely as "in 1971-76" does, in any text on the DPRK
economy. The periods are those of the plans as carried out (the First Seven-Year Plan of 1961 was
extended to 1970; the Five-Year Plan of 1957 was declared fulfilled early, in 1960). A text that
gives its own years for a plan ("the Second Seven-Year Plan (1978-84)") is read for those too.
"""

from __future__ import annotations

import re

# (pattern of the name, EDTF of the period as carried out)
PERIODS: tuple[tuple[str, str], ...] = (
    (r"(?:first\s+)?two[\s-]*year\s+(?:national\s+economic\s+)?plan", "1949/1950"),
    (r"(?:postwar\s+)?three[\s-]*year\s+(?:national\s+economic\s+)?plan", "1954/1956"),
    (r"(?:first\s+)?five[\s-]*year\s+(?:national\s+economic\s+)?plan", "1957/1960"),
    (r"(?:first\s+)?seven[\s-]*year\s+(?:national\s+economic\s+)?plan", "1961/1970"),
    (r"six[\s-]*year\s+(?:national\s+economic\s+)?plan", "1971/1976"),
    (r"second\s+seven[\s-]*year\s+(?:national\s+economic\s+)?plan", "1978/1984"),
    (r"third\s+seven[\s-]*year\s+(?:national\s+economic\s+)?plan", "1987/1993"),
    (r"five[\s-]*year\s+strategy\s+for\s+(?:the\s+)?national\s+economic\s+development", "2016/2020"),
    (r"arduous\s+march", "1994/1998"),
    (r"korean\s+war", "1950-06/1953-07"),
    # "the five postwar years": the years counted from the armistice of July 1953 (corpus: postwar-years)
    *((rf"(?:first\s+)?{w}\s+post-?war\s+years", f"1954/{1953 + n}") for n, w in
      enumerate(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), start=2)),
    # the colonial period ends with liberation in August 1945: "under Japanese rule", "before liberation",
    # "in colonial times", "pre-liberation" (not "after liberation", which is a start, not a period)
    (r"(?:under|during)\s+(?:the\s+)?(?:japanese\s+(?:colonial\s+)?(?:rule|occupation|colonialism|"
     r"imperialists?)|colonial\s+(?:rule|period|era|times))|(?:in\s+)?(?:the\s+)?(?:japanese\s+)?colonial\s+"
     r"(?:period|era|times)|before\s+(?:the\s+)?liberation|pre-?liberation|prior\s+to\s+(?:the\s+)?liberation|"
     # "before partition", "before the division of Korea": the same years, up to 1945 (corpus: moment-of-1945)
     r"(?:before|prior\s+to)\s+(?:the\s+)?(?:partition|division)(?:\s+of\s+(?:korea|the\s+(?:korean\s+)?peninsula))?",
     "../1945"),
    # the moment of liberation and of the country's partition, 1945: "at the time of Korea's partition", "at
    # liberation", "the division of the peninsula" (not "the division of labour"; "after liberation" stays unread)
    (r"(?:at|by|upon|on)\s+(?:the\s+time\s+of\s+)?(?:the\s+)?liberation|(?:korea['’]s|the\s+peninsula['’]s|the\s+"
     r"country['’]s)\s+(?:partition|division)|(?:partition|division)\s+of\s+(?:korea|the\s+(?:korean\s+)?peninsula)",
     "1945"),
)
# longest names first, so "Second Seven-Year Plan" is not read as "Seven-Year Plan"
_ORDER = sorted(PERIODS, key=lambda p: -len(p[0]))
_BODY = r"(?<![\w-])(?:the\s+)?(?:" + "|".join(f"(?P<p{i}>{p})" for i, (p, _) in enumerate(_ORDER)) + r")(?![\w-])"
# matched in the ASCII-lowercased text (same offsets; the patterns are lowercase): several times faster than (?i)
# over a whole text
PERIOD_RE = re.compile(_BODY)


def period_of(m: re.Match[str], text: str | None = None) -> tuple[str, str]:
    """(EDTF, the name as matched) of a match of ``PERIOD_RE`` in a lowercased copy of ``text`` (the name as
    ``text`` writes it, when given)."""
    for i, (_, edtf) in enumerate(_ORDER):
        if m[f"p{i}"]:
            return edtf, (text[m.start(f"p{i}") : m.end(f"p{i}")] if text is not None else m[f"p{i}"])
    raise ValueError(m[0])
