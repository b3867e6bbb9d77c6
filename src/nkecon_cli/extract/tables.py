"""Tables in plain text: one figure per cell, with the row and column that say what and when.

Read: pipe tables (``| Coal | 37.5 | 33.2 |``, with or without a ``|---|`` rule), tab-separated
lines, columns aligned with two or more spaces, and "Year: value" lists (``1985: 1.4 million
tons``). A header row whose cells are years (or dates) makes each column a time and each row a
measure; a first column of years makes each row a time and each column a measure. The unit and
its multiplier come from a unit column, the row label ("Coal (million t)"), the column header or
the caption line above the table ("(thousand tonnes)", "'000 t", "mn US$"); a ditto mark (``"``,
``〃``, ``do.``) repeats the unit of the row above; ``-``, ``–``, ``n.a.``, ``..``, ``x`` are cells
with no figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import YEAR
from .quantities import find_quantities

_YEARISH = re.compile(
    rf"^\s*(?:(?:FY|CY)\s*)?(?P<y>{YEAR})(?:\s*[/–-]\s*(?:\d{{2}}|{YEAR}))?\s*(?:\((?P<tag>[^()]{{1,12}})\)|"
    r"(?P<suffix>[a-zA-Z*]{1,2}))?\s*$"
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
_EMPTY_CELL = re.compile(r"^\s*(?:[-–—]+|n\.?\s*a\.?|N\.?\s*A\.?|n/a|N/A|\.\.\.?|…|x|X|\*)\s*$")
_DITTO = re.compile(r'^\s*(?:"|〃|”|“|\'\'|do\.?|ditto)\s*$', re.I)
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$|^\s*[-=_]{5,}\s*$")
_LIST_LINE = re.compile(rf"\s*(?P<y>{YEAR}(?:\s*[/–-]\s*(?:\d{{2}}|{YEAR}))?)\s*(?:[:=]|[–—-]\s)\s*(?P<v>\S.*?)\s*$")
_UNIT_HEADER = re.compile(r"(?i)^\s*(?:unit|units|unit\s+of\s+measure(?:ment)?|measure|unité)\s*$")
# a row of a table set with single spaces: "China (inc. Hong Kong) 83 425 -342"
_SPACED_ROW = re.compile(
    r"^\s*(?P<label>[^\d\s][^\t|]*?)(?P<cells>(?:\s+(?:[-−–]?\d[\d,]*(?:\.\d+)?%?|n\.a\.|-|–|—)){2,})\s*$"
)
_MULT_WORDS = {"hundred": 100.0, "thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6,
               "billion": 1e9, "billions": 1e9, "trillion": 1e12, "trillions": 1e12}
_MULTIPLIER = [
    (re.compile(r"(?i)'000\s*|\b000s\b\s*|^\s*000\b\s*|\bth(?:ou)?s?\.\s*"), "thousand "),
    (re.compile(r"(?i)\bmn\b\.?|\bmln\b\.?|\bmil\.\s*"), "million"),
    (re.compile(r"(?i)\bbn\b\.?|\bbln\b\.?"), "billion"),
    (re.compile(r"(?i)\bus\s*\$|\$\s*us\b|\bus\s*dollars?\b|\$"), "dollars"),
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


@dataclass(frozen=True, slots=True)
class Table:
    start: int
    end: int
    cells: list[Cell]


_PEOPLE = re.compile(r"(?i)population|\bpop\b|people|persons|inhabitants|residents|citizens")
# "million current US$", "constant 2015 dollars": the price basis is no part of the unit
_PRICE_BASIS = re.compile(
    r"(?i)\b(?:current|constant|const\.?|nominal|real|at\s+(?:current|constant)\s+prices)(?=\s|$)")
_RATIO = re.compile(r"(?i)\(\s*(?:[a-z]{1,3}\s+)?per\s+(?!1,000\b|1000\b|thousand\b)|\bratio\b")
# the year a row's label names: "Population (000, 2021)", "GDP per capita (2015)"
_LABEL_YEAR = re.compile(rf"[(,]\s*(?P<y>{YEAR})\s*\)")
_LAST_PARENTHESES = re.compile(r"\(([^()]{1,40})\)\s*$")
_FIRST_PARENTHESES = re.compile(r"\(([^()]{1,40})\)")
_UP_TO_IN = re.compile(r"^.*?(?:\bin|,)\s+")


def unit_of(label: str | None) -> tuple[str, float] | None:
    """The unit and multiplier a label names: 'thousand tonnes' → ('t', 1000); 'KRW trillion' →
    ('KRW', 1e12); 'KRW 10,000' → ('KRW', 10000); 'in millions of US dollars' → ('USD', 1e6)."""
    if not label:
        return None
    if _RATIO.search(label):
        return None  # "Sex ratio (m per 100 f)", "(per km2)": a ratio, not a unit of the list
    m = _LAST_PARENTHESES.search(label) or _FIRST_PARENTHESES.search(label)
    for c in ([m[1]] if m else []) + [_UP_TO_IN.sub("", label), label]:
        c = c.strip().lower()
        for rx, rep in _MULTIPLIER:
            c = rx.sub(rep, c)
        c = re.sub(r"^(?:in|of)\s+", "", c)
        c = re.sub(YEAR, " ", c).strip(" ,;")  # "(000, 2021)": the year is the row's time, not its unit
        if c in ("%", "per cent", "percent", "pct"):
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
    subject = " ".join(w for w in cap.split() if not _GENERIC.fullmatch(w)).strip(" ,:")
    name = f"{subject} {word.lower()}".strip() if subject else word
    return f"{name}, {label}" if label else name


_PARENTHESES = re.compile(r"\s*\([^()]*\)\s*")
_IN_MULTIPLIER = re.compile(r"(?i),?\s+in\s+(?:thousand|million|billion|'000).*$")


def _measure_label(label: str) -> str:
    label = _PARENTHESES.sub(" ", label)
    label = _IN_MULTIPLIER.sub("", label)
    return " ".join(label.split()).strip(" :,.")


def _cells(line: str, kind: str) -> list[tuple[int, int]]:
    """Cell spans within one line (offsets into the line)."""
    if kind == "pipe":
        body_start = len(line) - len(line.lstrip())
        s = line.rstrip()
        a = body_start + (1 if s[body_start:body_start + 1] == "|" else 0)
        b = len(s) - (1 if s.endswith("|") else 0)
        out, pos = [], a
        for part in line[a:b].split("|"):
            lead = len(part) - len(part.lstrip())
            stripped = part.strip()
            out.append((pos + lead, pos + lead + len(stripped)))
            pos += len(part) + 1
        return out
    if kind == "spaced":
        m = _SPACED_ROW.match(line)
        if not m:
            return []
        out = [(m.start("label"), m.end("label"))]
        out += [(x.start(), x.end()) for x in re.finditer(r"\S+", line[: m.end("cells")])
                if x.start() >= m.end("label")]
        return out
    sep = re.compile(r"\t+") if kind == "tab" else re.compile(r"\s{2,}|\t+")
    out, pos = [], 0
    for m in sep.finditer(line):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(line.rstrip()):
        out.append((pos, len(line.rstrip())))
    out = [(a + len(line[a:b]) - len(line[a:b].lstrip()), b) for a, b in out]
    return [(a, b) for a, b in out if b > a]


_TWO_NUMBERS = re.compile(r"\d[\d,.%]*\s+(?:[-−–]?\d|n\.a\.|[-–—](?:\s|$))")


def _kind(line: str) -> str | None:
    if (_TWO_NUMBERS.search(line) and _SPACED_ROW.match(line)  # a spaced row has two figures side by side
            and not re.search(r"\S\s{2,}\S|\t|\|", line.strip())):
        return "spaced"
    if line.count("|") >= 2:
        return "pipe"
    if "\t" in line.strip():
        return "tab"
    if len(re.findall(r"\S\s{2,}(?=\S)", line.strip())) >= 1 and len(_cells(line, "space")) >= 2:
        return "space"
    return None


def _is_number(cell: str) -> bool:
    return bool(_NUMBER_CELL.match(cell)) and not _YEARISH.match(cell)


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


def _time_of(cell: str) -> tuple[str, bool] | None:
    m = _YEARISH.match(_COLUMN_NUMBER.sub("", cell))
    if not m:
        return None
    tag = (m["tag"] or m["suffix"] or "").lower()
    planned = bool(re.search(r"plan|target|est|proj|forecast|^e$|^p$|^f$|\*", tag))
    return m.group(0).strip(), planned


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for line in text[start:end].splitlines(keepends=True):
        body = line.rstrip("\r\n")
        out.append((pos, pos + len(body)))
        pos += len(line)
    return out


def _caption(text: str, lines: list[tuple[int, int]], i: int) -> str | None:
    """The line just above a table (a title such as 'Table 2. Output (thousand tonnes)')."""
    for j in range(i - 1, max(-1, i - 3), -1):
        a, b = lines[j]
        s = text[a:b].strip()
        if s:
            return s if len(s) <= 160 else None
    return None


def find_tables(text: str) -> list[Table]:
    """Every table of the text, with its cells."""
    lines = _lines(text, 0, len(text))
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        a, b = lines[i]
        line = text[a:b]
        if _YEAR_HEADER.match(line):
            glued, j = _glued_rows(text, lines, i)
            if glued is not None:
                tables.append(glued)
                i = j
                continue
        k = _kind(line)
        lm = _LIST_LINE.match(line)
        if lm:
            j = i
            while j < len(lines) and _LIST_LINE.match(text[lines[j][0] : lines[j][1]]):
                j += 1
            if j - i >= 2:
                tables.append(_year_list(text, lines, i, j))
                i = j
                continue
        if k is None:
            i += 1
            continue
        j = i
        while j < len(lines):
            s = text[lines[j][0] : lines[j][1]]
            if _RULE.match(s) or (_kind(s) == k) or (k == "space" and _kind(s) == "tab"):
                j += 1
                continue
            break
        block = [x for x in range(i, j) if not _RULE.match(text[lines[x][0] : lines[x][1]])]
        if len(block) >= 2:
            t = _grid(text, lines, block, k)
            if t is not None:
                tables.append(t)
                i = j
                continue
        i = max(j, i + 1)
    return tables


# --- rows whose cells ran together when a web page was flattened ---------------------------------------
# "  2010 2015 2021" over "GDP (million current US$)13 94516 28316 331b": the label, then three figures with no
# space between them (corpus: glued-cells). Each figure is read by the grammar of how such tables print numbers —
# thousands grouped by single spaces, a decimal point, a sign — and of the ways to cut the run into as many figures
# as the header has years, the one taken keeps the figures' decimals alike and their sizes closest.
_YEAR_HEADER = re.compile(rf"^\s*(?:{YEAR}\s+)+{YEAR}\s*$")
_GLUED_TAIL = re.compile(r"(?P<tail>[-−–]?\s?\d[\d .,/−–-]*?)(?P<mark>[a-z](?:,[a-z])*|\.{3})?\s*$")
_ONE_NUMBER = re.compile(r"[-−–]?\s?(?:0|[1-9]\d{0,2}(?: \d{3})*)(?:\.\d+)?")


def _splits(run: str, n: int, limit: int = 2000) -> list[list[str]]:
    """Every way to read ``run`` as ``n`` numbers (or "a / b" pairs, when the run holds slashes), at most ``limit``."""
    out: list[list[str]] = []
    pair = "/" in run

    def cell_at(pos: int) -> list[int]:
        ends = []
        for m_end in _number_ends(run, pos):
            if not pair:
                ends.append(m_end)
                continue
            sep = re.match(r"\s*/\s*", run[m_end:])
            if sep:
                ends.extend(_number_ends(run, m_end + sep.end()))
        return ends

    def walk(pos: int, acc: list[str]) -> None:
        if len(out) >= limit:
            return
        if len(acc) == n:
            if pos == len(run):
                out.append(list(acc))
            return
        start = pos + (1 if run[pos : pos + 1] == " " and acc else 0)
        for e in cell_at(start):
            acc.append(run[start:e])
            walk(e, acc)
            acc.pop()

    walk(0, [])
    return out


def _number_ends(run: str, pos: int) -> list[int]:
    """The ends of every number of the grammar that begins at ``pos``: "13 94516 283" may hold 1, 13 or 13 945
    (a number ends wherever the next could begin, glued to it)."""
    ends: list[int] = []
    sign = re.match(r"[-−–]\s?", run[pos:])
    p = pos + (sign.end() if sign else 0)
    lead = re.match(r"\d{1,3}", run[p:])
    if not lead:
        return ends
    for k in range(1, len(lead[0]) + 1):
        if k > 1 and run[p] == "0":
            break  # no leading zero: "05" is not a number of these tables
        q = p + k
        heads = [q]
        if k == len(lead[0]):  # thousands grouped by single spaces follow only a whole leading group
            while re.match(r" \d{3}", run[q : q + 4]):
                q += 4
                heads.append(q)
        for h in heads:
            ends.append(h)
            dec = re.match(r"\.\d+", run[h:])
            if dec:
                ends.extend(h + j for j in range(2, dec.end() + 1))
    return sorted(set(ends))


def _best_split(splits: list[list[str]]) -> list[str] | None:
    import math

    def key(cells: list[str]) -> tuple[int, float]:
        nums = [_glued_value(x) for x in cells for x in x.split("/")]
        decimals = {len(x.split(".")[1]) if "." in x else 0 for c in cells for x in c.split("/")}
        logs = [math.log10(abs(v)) if v else 0.0 for v in nums if v is not None]
        spread = (max(logs) - min(logs)) if logs else 0.0
        return (len(decimals), spread)

    return min(splits, key=key) if splits else None


def _glued_value(cell: str) -> float | None:
    c = cell.replace(" ", "").replace("−", "-").replace("–", "-")
    try:
        return float(c)
    except ValueError:
        return None


def _glued_rows(text: str, lines: list[tuple[int, int]], i: int) -> tuple[Table | None, int]:
    a, b = lines[i]
    years = [(a + m.start(), a + m.end()) for m in re.finditer(YEAR, text[a:b])]
    n = len(years)
    caption = _caption(text, lines, i)
    cells: list[Cell] = []
    j = i + 1
    while j < len(lines):
        la, lb = lines[j]
        line = text[la:lb]
        if not line.strip() or _YEAR_HEADER.match(line):
            break
        m = _GLUED_TAIL.search(line)
        label = line[: m.start()].strip() if m else ""
        if m is None or not label or not re.search(r"[A-Za-z)]$", label):
            j += 1
            continue
        tail_start = la + m.start("tail")
        run = m["tail"].rstrip()
        best = _best_split(_splits(run, n))
        if best is None:
            j += 1
            continue
        unit = unit_of(label) or (("%", 1.0) if re.search(r"\([^()]*%[^()]*\)", label) else None)
        if re.search(r"(?i)life\s+expectancy", label):
            unit = ("years", 1.0)
        rate = re.search(r"(?i)\(per\s+1[ ,]?000\b", label)
        if rate:
            unit = ("per-1000", 1.0)
        if unit and unit[0] == "count" and _PEOPLE.search(label):
            unit = ("people", unit[1])
        names = re.search(r"\(([A-Za-z]+)/([A-Za-z]+)[,)]", label)
        pos = 0
        for col, cell in enumerate(best):
            at = run.index(cell, pos)
            pos = at + len(cell)
            parts = cell.split("/") if "/" in cell else [cell]
            off = at
            for k, part in enumerate(parts):
                p_at = run.index(part.strip(), off)
                off = p_at + len(part.strip())
                v = _glued_value(part.strip())
                if v is None:
                    continue
                u = unit or ("count", 1.0)
                measure = _measure_label(label)
                if len(parts) == 2 and names:
                    measure = f"{measure}, {names[k + 1]}"
                s0 = tail_start + p_at
                cells.append(Cell(s0, s0 + len(part.strip()), part.strip(), v * u[1], None, u[0], measure or None,
                                  text[years[col][0] : years[col][1]], years[col], (la, lb), (a, b), caption,
                                  False))
        j += 1
    if not cells:
        return None, i + 1
    return Table(a, lines[j - 1][1], cells), j


def _year_list(text: str, lines: list[tuple[int, int]], i: int, j: int) -> Table:
    caption = _caption(text, lines, i)
    cap_unit = unit_of(caption)
    measure = _measure_label(caption) if caption else None
    cells: list[Cell] = []
    for x in range(i, j):
        a, b = lines[x]
        m = _LIST_LINE.match(text, a, b)
        if not m:
            continue
        vs, ve = m.start("v"), m.end("v")
        qs = find_quantities(text, vs, ve)
        q = qs[0] if qs else None
        if q is not None and q.unit not in ("year", "month", "day", "week", "hour") and q.economic:
            unit, value = q.unit, q.value
            if q.unit == "count" and cap_unit:
                unit, value = cap_unit[0], q.value * cap_unit[1]
            cells.append(Cell(q.start, q.end, q.text, value, q.approx, unit, measure, m["y"],
                              (m.start("y"), m.end("y")), (a, b), None, caption, False))
            continue
        v = _value(text[vs:ve])
        if v is not None and cap_unit:
            cells.append(Cell(vs, ve, text[vs:ve], v[0] * cap_unit[1], v[1], cap_unit[0], measure, m["y"],
                              (m.start("y"), m.end("y")), (a, b), None, caption, False))
    return Table(lines[i][0], lines[j - 1][1], cells)


def _key_values(text: str, rows: list[tuple[int, list[tuple[int, int]]]]) -> bool:
    """A list of "label   value" lines (a country profile, an infobox), not a table with a header: most rows
    have two cells, and rows whose value is words ("Capital city   Pyongyang") stand among rows of figures."""
    two = [cs for _, cs in rows if len(cs) == 2]
    if len(two) < max(3, int(0.7 * len(rows))):
        return False
    kinds = [_is_number(text[cs[1][0] : cs[1][1]]) for _, cs in rows if len(cs) == 2]
    words = [n for n, k in enumerate(kinds) if not k]
    first_number = next((n for n, k in enumerate(kinds) if k), None)
    return len(words) >= 2 and first_number is not None and words[-1] > first_number


def _grid(text: str, lines: list[tuple[int, int]], block: list[int], kind: str) -> Table | None:
    rows = [(x, [(lines[x][0] + a, lines[x][0] + b) for a, b in _cells(text[lines[x][0] : lines[x][1]], kind)])
            for x in block]
    numeric_rows = sum(1 for _, cs in rows if sum(_is_number(text[a:b]) for a, b in cs) >= 1)
    if numeric_rows < 1:
        return None
    caption = _caption(text, lines, block[0])
    cap_unit = unit_of(caption)
    # the header: the first row whose cells after the first are not figures
    h_idx = None
    candidates = [n for n, (_, cs) in enumerate(rows[:3])
                  if len(cs) >= 2 and not any(_is_number(text[a:b]) for a, b in cs[1:])]
    if candidates and not _key_values(text, rows):
        h_idx = max(candidates, key=lambda n: (sum(1 for a, b in rows[n][1] if _time_of(text[a:b])), -n))
    header = rows[h_idx] if h_idx is not None else None
    h_cells = [text[a:b] for a, b in header[1]] if header else []
    h_times = [_time_of(c) for c in h_cells]
    unit_col = next((n for n, c in enumerate(h_cells) if _UNIT_HEADER.match(_COLUMN_NUMBER.sub("", c))), None)
    by_column_time = sum(1 for t in h_times if t) >= 1
    out: list[Cell] = []
    prev_unit: tuple[str, float] | None = None
    data = rows[h_idx + 1 :] if h_idx is not None else rows
    for x, cs in data:
        row_span = lines[x]
        cells = [text[a:b] for a, b in cs]
        if not cells:
            continue
        # right-align data cells under the header's cells
        # data cells stand under the header's: pipes and tabs say which column a cell is in (a short row is cut
        # at its end); aligned spaces do not, and a header there often lacks the label column, so align right
        offset = 0 if not header or (kind != "space" and len(cells) <= len(h_cells)) else len(h_cells) - len(cells)
        label_cells = [(n, c) for n, c in enumerate(cells) if not _is_number(c) and not _EMPTY_CELL.match(c)
                       and not _DITTO.match(c) and (offset + n) != unit_col]
        label = label_cells[0][1] if label_cells else None
        row_time = _time_of(cells[0]) if cells else None
        unit: tuple[str, float] | None = None
        if unit_col is not None and 0 <= unit_col - offset < len(cells):
            ucell = cells[unit_col - offset]
            unit = prev_unit if _DITTO.match(ucell) else unit_of(ucell)
        if unit is None and label:
            unit = unit_of(label) if re.search(r"\(|,\s*in\b|\bin\s+(?:thousand|million|'000)", label) else None
        unit = unit or cap_unit
        prev_unit = unit
        for n, (a, b) in enumerate(cs):
            c = text[a:b]
            if n == 0 and row_time is not None and not by_column_time:
                continue
            if not _is_number(c):
                continue
            v = _value(c)
            if v is None:
                continue
            hcol = offset + n
            col_head = h_cells[hcol] if header and 0 <= hcol < len(h_cells) else None
            col_time = h_times[hcol] if header and 0 <= hcol < len(h_times) else None
            cell_unit = unit
            if cell_unit is None and col_head and not col_time:
                cell_unit = unit_of(col_head)
            nm = _NUMBER_CELL.match(c)
            mark = nm["pct"] if nm else None
            if mark == "%":
                cell_unit = ("%", 1.0)
            elif mark in ("times", "fold"):
                cell_unit = ("times", 1.0)
            if cell_unit and cell_unit[0] == "count" and label and _PEOPLE.search(label):
                cell_unit = ("people", cell_unit[1])
            if cell_unit is None:
                cell_unit = ("count", 1.0)
            time: str | None
            if col_time is not None:
                measure = _measure_label(label) if label else (_measure_label(caption) if caption else None)
                time, tspan, planned = col_time[0], (header[1][hcol] if header else None), col_time[1]
            elif row_time is not None:
                measure = _with_caption(_measure_label(col_head), None, caption) if col_head else None
                time, tspan, planned = row_time[0], cs[0], row_time[1]
            else:
                if col_head and _GENERIC.fullmatch(_measure_label(col_head)):
                    measure = _with_caption(_measure_label(col_head), label, caption)
                else:
                    parts = [p for p in (label, col_head) if p]
                    measure = _measure_label(" — ".join(parts)) if parts else None
                ly = _LABEL_YEAR.search(label) if label else None
                time, tspan, planned = (ly["y"] if ly else None), None, False
            out.append(Cell(a, b, c, v[0] * cell_unit[1], v[1], cell_unit[0], measure or None, time, tspan,
                            row_span, lines[header[0]] if header else None, caption, planned))
    if not out:
        return None
    return Table(lines[block[0]][0], lines[block[-1]][1], out)
