"""What makes extraction fast must not change what it finds: each shortcut is checked against the
slow reading it stands for (no timings here; bench/extract_bench.py measures speed)."""

from __future__ import annotations

import functools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nkecon_cli.extract import attach, dates, measures, nonclaims, prices, sentenceclaims

# the 90 characters before a figure, as measure_of reads them: with a linking verb at the end and without
BEFORE = [
    "Pig iron output was ", "Coal production reached about ", "exports to China totalled some ",
    "The works raised its output to nearly ", "the cap limited sales to ", "Grain output rose by ",
    "rations were cut to ", "and the plan is to reach ", "in 1957 ", "the price of rice in the market ",
    "a total of ", "the country's exports of coal stood at an estimated ", "was ", "output ",
    "It said that, in the first half, the mines ", "Output of the Kangson works grew to more than ",
    "the harvest came to less than ", "Imports have risen by ", "it was, ", "costs fell\n",
]


@pytest.mark.parametrize("before", BEFORE)
def test_a_subject_or_object_is_found_only_where_its_tail_is(before: str) -> None:
    # measure_of asks the tail first: the full pattern may match only where its tail does
    for full, tail in ((measures._SUBJECT, measures._SUBJECT_TAIL), (measures._OBJECT, measures._OBJECT_TAIL)):
        if full.search(before):
            assert tail.search(before), (full.pattern[:40], before)


def test_measure_of_still_reads_subject_and_object() -> None:
    from nkecon_cli.extract.quantities import find_quantities

    for text, want in (("Pig iron output was 1.1 million tons.", "pig iron output"),
                       ("The mine raised coal output to 6.8 million tonnes.", "coal output")):
        q = find_quantities(text)[0]
        assert measures.measure_of(text, 0, len(text), q) == want


def test_every_archival_cue_begins_with_a_letter_of_the_lookahead() -> None:
    # _ARCHIVAL skips to the letters its cues begin with; a cue beginning with another would be lost
    cues = ["F. 0102", "Op. 13", "D. 5", "P. 72", "L. 165", "ll. 4-7", "Ll. 4", "pp. 142-157", "Vol. 3", "vols. 2",
            "No. 482", "Nos. 3", "Fol. 12", "ff. 3", "Nº 482", "№ 12", "#12", "Fond 5", "Opis 2", "Delo 5",
            "Listy 165-192", "List 3", "Papka 4", "File 12", "Folder 3", "Box 9", "Reel 2", "RG 59", "Series 4",
            "Item 7", "Page 12", "Pages 3-4", "Copy Nº 1", "Incoming 02277", "Outgoing 123", "Ref. 55",
            "Call no. 12", "Call number 4", "Inv. 3", "Signature 12"]
    plain = re.compile(nonclaims._ARCHIVAL_BEFORE.pattern[:-2] + ")" + nonclaims._DIGIT_RUN.pattern)
    text = "; ".join(cues)
    assert [m.span() for m in nonclaims._ARCHIVAL.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(list(nonclaims._ARCHIVAL.finditer(text))) == len(cues)


# the patterns of a whole text's scan, each as plainly written before its first character was put first (for the
# scan's sake): each finds the same spans and groups as its plain form
_PLAIN = [
    (dates._DATE_DIGITS, r"(?<![\d,.])(?:\d{1,2}|1[6-9]\d\d|20\d\d)(?!\d|,\d)"),
    (nonclaims._CLOCK, r"\b\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?|\b\d{1,2}\.\d{2}\s*[AaPp]\.?[Mm]\.?"),
    (nonclaims._ORDINAL, r"(?<![\w.,])\d{1,4}(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:January|February|March|April|May|"
                         r"June|July|August|September|October|November|December)\b)(?!\s+(?:half|quarter)\b)"),
    (nonclaims._FRACTION_MARK, r"(?<![\d.,])\d{1,3}/\d{1,3}(?:st|nd|rd|th)\b"),
    (nonclaims._PAGE_COUNTER, r"\b(?:[Rr]ead|[Vv]iewed|[Hh]its|[Vv]iews)\s*:?\s*\d[\d,]*(?:\s+times)?\b"),
    (nonclaims._COUNTED_ON_PAGE, r"(?<![\d.,])\d[\d,]*\s+(?:[Vv]iews|[Hh]its|[Cc]omments?|[Ss]hares|[Ll]ikes|"
                                 r"[Rr]eads)\b"),
    (nonclaims._CITED_YEAR, r"\(" + nonclaims.YEAR_PAGES),
    (nonclaims._TOP_N, r"\b[Tt]op\s+(?:\d{1,3}|five|ten|twenty|fifty|hundred)\b(?!\s*(?:%|per\s*cent|percent))"),
    (nonclaims._PAGE_AFTER_TITLE, r"(?<=[A-Za-z)]) (\d{1,3})(?= [A-Z(]| ?$)"),
    (nonclaims._NAMED_NUMBER, r"(?=[ACSPRDUTFOLE])\b(?:Article|Chapter|Section|Clause|Paragraph|Resolution|Decree|"
                              r"Route|Unit|Table|Figure|Annex|Appendix|Platform|Division|Brigade|Regiment|Corps|Telegram|"
                              r"Cable|Document|Order|Law|Protocol|Enclosure|Attachment)\s+(?:No\.\s*)?\d[\d.–-]*"),
    (nonclaims._TITLE_YEAR, r"(?=[YARWHBOF])\b(?:Year\s*[Bb]ook|Almanac|Annual\s+Report|Report|Review|White\s+Paper|"
                            r"Handbook|Bulletin|Outlook|Factbook|Yearbook\s+of\s+[A-Z]\w+(?:\s+[A-Z]\w+)*)\s+"
                            r"(?:(?:for|of)\s+)?(?:1[6-9]|20)\d\d(?!\d)"),
    (sentenceclaims.SEOUL_ACCOUNTS, r"\bBank\s+of\s+Korea\b|\bBOK\b|\bStatistics\s+Korea\b|"
                                    r"\b(?:Seoul|South\s+Korea)['’]s\s+central\s+bank\b|"
                                    r"\bcentral\s+bank\s+(?:in|of)\s+(?:Seoul|South\s+Korea)\b"),
    (nonclaims._RANK_OF, r"(?i)(?=[r\d])(?:\brank(?:ed|s|ing)?\s+(?:(?:no\.|number|#)\s*)?\d{1,4}"
                         r"(?:\s*(?:/|of|out\s+of)\s*\d{1,4})?\b|(?<![\w.,/])\d{1,4}\s*/\s*\d{1,4}(?![\d/])(?=\s+by\s))"),
    (nonclaims._PLACED_AT, r"(?i)(?=\d)(?<![\d,.])\d[\d,.]*\s*(?:m|meters?|metres?|km|kilomet(?:er|re)s?|miles?)\s+"
                           r"(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:of|from)\b"),
    (nonclaims._DAY_NAMED, r"(?=\d)(?<![\d.,])(?:1[0-2]|[1-9])\.(?:[1-9]|[12]\d|3[01])(?=\s+(?:[A-Z][\w'’-]*\s+){0,3}?"
                           r"(?:Ironworks|Steel\s+Works|Works|Factory|Complex|Mine|Colliery|Plant|Mill|Hotel|Movement|"
                           r"[Mm]ovement|Youth|Station|Farm|Street|Bridge|School|University|Company|Stadium)\b)"),
    (prices._WON_PER_KG, r"(?i)(?:\bKPW\s?)?(?P<n>\d[\d,]*(?:\.\d+)?)\s?(?:(?:north\s+korean\s+|nk\s+)?won|KPW)?\s*"
                         r"(?:\(\s*)?(?:per|/|a)\s*(?:kg|kilo(?:gram)?s?)\b"),
]
_DIGIT_TEXT = ("On 7 August 1957, at 10:30 a.m., the 3rd plant (No. 12) made 1,200 t; 9.45 pm; in 1946-50 the "
               "2nd of May, ranks 96th, 2017 and 1,957 tons; ٣ and ５ are digits too: 12th of March. 0:15, a12:30, "
               "x3rd, 1st, 2099 1599 1600 20 123 1.5 .7 7,5 31\nthe top 10 partners, Top five, stop 5, top 10 percent\n"
               "Overview 05 Key results 12 Objectives 14 Strategy 15 (Annex) 7\nthe Bank of Korea, BOK's, aBOK, "
               "Statistics  Korea; Article 5, Chapter No. 3 Table 2.1, ATable 3, the Statistical Yearbook 2010, Annual "
               "Report 2019, Yearbook of North Korea 2001, the Report for 1999, aReport 2000; 850 won per kg, 1,000 "
               "KPW/kg, KPW 2,000 per kilo, kpw500 a kilogram, 7 /kg, ２ kg; ranked 106/197 by economy size, ranks 23 "
               "out of 180, Rank No. 5, rankings #12, 168/197 by GDP, 1,168/197 by, x12/40 by, 3/4, frank 5; "
               "500 meters west of Wonsan, 12 km north-east of the city, 1,5 km south of, 3 miles Northern of; the "
               "4.13 Ironworks, the 2.8 Vinalon Complex, 10.5 Works, 13.1 Mine, 11.30 Kim Chaek Steel Works, 1.12 x, "
               "12.31 Youth, 0.3 Farm, 1.2.3 Mill; the 2nd quarter, 3rd half-year, 1/56th, 12/3rd, x1/4th; "
               "Seoul's central bank, South Korea’s central bank, the central bank in Seoul, a central bank of Seoul; "
               "Read 2,345 times, Hits: 23, Viewed 9 times, 1,204 views, 3 Comments, 12 shares, Head: 77 m, thread 5, "
               "reviews 4, Reads 2, 1.5 views; Lee (2018: 45), (2007), (1961a), (2012, pp. 3-4), (1599), x(2001)")


@pytest.mark.parametrize(("rx", "plain"), _PLAIN)
def test_a_scan_pattern_finds_what_its_plain_form_finds(rx: re.Pattern[str], plain: str) -> None:
    slow = re.compile(plain, rx.flags)
    for text in (_DIGIT_TEXT, _DIGIT_TEXT.lower(), _DIGIT_TEXT.upper(), _DIGIT_TEXT.replace(" ", "")):
        assert [(m.span(), m.groups()) for m in rx.finditer(text)] == [(m.span(), m.groups()) for m in
                                                                       slow.finditer(text)]
        for i in range(len(text)):  # (from any position: a lookbehind still sees the characters before it)
            m, n = rx.search(text, i), slow.search(text, i)
            assert (m and (m.span(), m.groups())) == (n and (n.span(), n.groups()))


_LINE_PIECES = ["Coal", "output", " ", "  ", "\t", "|", "1957", "2012R", "12.4", "(5.7)", "n.a.", "-", "Jan", "Feb",
                "Mar", "The plan was fulfilled", ".", ",", "$700 Million", "(2015 est.)", "x" * 60, "1.", "p. 7"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=30).map("".join))
def test_a_line_the_grid_skips_is_text_when_read_in_full(body: str) -> None:
    # grid.blocks skips cutting a line into cells when quick_text says it can only be text: the full reading must
    # agree (a paragraph's long line may read as prose, which ends a block as text does)
    from nkecon_cli.extract import grid, gridcells

    if not body.strip() or not grid.quick_text(body):
        return
    role = grid._role(body, gridcells.read_line(body, 0, len(body)), None)
    assert role == "text" or (len(body) > 240 and role in ("text", "prose")), (role, body)


def test_a_bare_year_is_asked_of_the_quantity_reader_only_where_a_unit_may_follow() -> None:
    """find_dates asks the quantity reader whether a bare year is a count ("1700 lorries") only when a word that may
    be a unit or a counted noun follows it: every word it skips is one the count reader stops at, so a year followed
    by it has no unit or noun of its own."""
    from nkecon_cli.extract.dates import _NO_UNIT_AFTER
    from nkecon_cli.extract.quantities import _STOP, find_quantities

    assert _NO_UNIT_AFTER <= _STOP
    for word in sorted(_NO_UNIT_AFTER):
        for text in (f"Output 1998 {word} 2,000 tons.", f"1700 {word} lorries", f"rose 1990 {word} 40 percent"):
            qs = find_quantities(text)
            assert not (qs and qs[0].start == text.index("1") and qs[0].unit), (word, text, qs[0])


class _Every:
    def __contains__(self, _: object) -> bool:
        return True


_CELL_WORDS = ["Rice", "rice", "About", "over", "Some", "USD", "usd", "KPW", "Jan", "June", "Sept", "FY", "Q1", "do.",
               "Ditto", "n.a.", "N/A", "x", "X", "...", "…", "-", "—", "~", "$", "€", "(", '"', "'", "c.", "ca.",
               "approx.", "less than", "More than", "under", "nearly", "Zinc", "Byproducts", "thousand", "tons", "%"]
_CELL_FIGURES = ["1957", "2012R", "12.4", "53.5b", "(5.7)", "(2015 est.)", "700 Million", "3", "Q2", "2014"]


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.sampled_from(_CELL_WORDS), st.sampled_from(_CELL_FIGURES)), min_size=1, max_size=6)
       .map(lambda pairs: " ".join(w + " " + f for w, f in pairs)))
def test_a_word_the_cell_reader_takes_at_once_is_read_as_the_full_reading_reads_it(seg: str) -> None:
    # gridcells._atoms takes a word whose first character opens no time or figure without asking the time and
    # figure patterns: the cells must be those of asking them all
    import pytest

    from nkecon_cli.extract import gridcells

    fast = gridcells._atoms(seg, 0, len(seg), False)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(gridcells, "_MAY_OPEN_FIGURE", _Every())
        mp.setattr(gridcells, "_TIME_FIRST", _Every())  # (and the time and figure patterns tried at every word)
        mp.setattr(gridcells, "_NUM_FIRST", _Every())
        full = gridcells._atoms(seg, 0, len(seg), False)
    assert fast == full, seg


# patterns of words that begin with a lookahead on their words' first letters, so the scan turns most characters
# away at once: without it, each finds the same
_LOOKAHEAD = [(attach, "_REDUCED_RELATIVE"), (attach, "_RECORD_SINCE"), (attach, "FIGURE_BASELINE"),
              (attach, "_ATTRIBUTION"), (attach, "_PIECE_FROM"), (attach, "_BASELINE_CUE"), (attach, "_SHARE_OF"),
              (attach, "_MULTIPLE_THE"), (measures, "_CAPACITY"), (measures, "_POSSIBLE"), (measures, "_FULFIL"),
              (measures, "_TARGET"), (measures, "_ESTIMATE"), (nonclaims, "_SERVICE"), (nonclaims, "_SERVICE_DATA"),
              (sentenceclaims, "_MODAL"), (sentenceclaims, "_PAST"), (sentenceclaims, "_PRESENT"),
              (sentenceclaims, "_DIRECTIVE"), (sentenceclaims, "_FUTURE"), (sentenceclaims, "_EVENT")]


@pytest.fixture(scope="module")
def prose() -> str:
    from pathlib import Path

    texts = sorted((Path(__file__).parents[1] / "sources").rglob("*.txt"))
    return "\n".join(p.read_text(encoding="utf-8") for p in texts[:40])


@pytest.mark.parametrize(("module", "name"), _LOOKAHEAD)
def test_a_first_letter_lookahead_loses_nothing(module: object, name: str, prose: str) -> None:
    rx = getattr(module, name)
    plain = re.compile(re.sub(r"^\(\?i\)\(\?=\[[^\]]+\]\)", "(?i)", rx.pattern), rx.flags)
    assert plain.pattern != rx.pattern
    words = ("Was WERE could Could MAY may might Might is expected to ESTIMATED capacity Fulfilled target "
             "according to the report, said compared with against 50% of per cent of doubled the output of "
             "download data since it began; the plant built in will shall should Held opened")
    for text in (prose, words, words.upper().replace(" ", ", ")):
        assert [(m.span(), m.groups()) for m in rx.finditer(text)] == [(m.span(), m.groups())
                                                                        for m in plain.finditer(text)]


def test_the_number_pattern_finds_what_it_found_without_its_lookaheads(prose: str) -> None:
    from nkecon_cli.extract import numbers

    rx = numbers._NUMBER
    plain = re.compile(rx.pattern.replace(r"(?=[-−\d]|(?i:[abdefhmnostz]))", "", 1).replace("(?<=[DWYBRP])", "", 1)
                       .replace(numbers._DIGIT_START, "", 1))
    assert plain.pattern != rx.pattern and "(?<=[DWYBRP])" not in plain.pattern and "-point-)" not in plain.pattern
    text = ("KPW2000, USD1, EUR 5, xKPW3, RUB-4, -11.7% vs −7.6%, Kusong-3, 2-3%, 13-point-09 million, One-point-four "
            "billion, a hundred, A Dozen, Zero, oh, twenty-one, Fifty thousand and five, 25M, 21m tonnes, 1,204,000, "
            "0,08, 8.543.510.000, 500 000 t, 2. 6 percent, ٣ and ５, seventeen Hundred, an estimated two million")
    for t in (prose, text, text.upper(), text.lower()):
        assert [(m.span(), m.groups()) for m in rx.finditer(t)] == [(m.span(), m.groups()) for m in plain.finditer(t)]


def test_the_cell_reader_tries_a_time_and_a_figure_at_every_character_they_can_begin_with() -> None:
    # _atoms asks _TIME and _NUM only at a character of their gates: every character a match can begin with is in them
    from nkecon_cli.extract import gridcells

    assert set("12ACDFJMNOQS") <= gridcells._TIME_FIRST  # _TIME's first characters, cased
    num_first = re.compile(r"(?i)[\d$+\-<>~£¥–€−≈acklmnosu]")  # _NUM's, under its (?i)
    for cp in range(0x110000):
        ch = chr(cp)
        if num_first.match(ch):
            assert ch.isdigit() or ch.lower() in gridcells._NUM_FIRST, hex(cp)


@functools.cache
def _fold(ch: str, ignore: bool) -> frozenset[str]:
    """The characters ``ch`` matches, under (?i) if ``ignore``."""
    one = re.compile(re.escape(ch), re.I)
    return frozenset(x for x in map(chr, range(0x10000)) if one.fullmatch(x)) if ignore else frozenset(ch)


def _first_chars(pattern: str, flags: int = 0) -> tuple[set[str], bool]:
    """The characters a match of ``pattern`` can begin with (zero-width assertions passed over), and whether a digit
    (``\\d``) can begin it; each character with the case of its (?i) flag folded in. Raises on what it cannot tell."""
    import re._constants as c
    import re._parser as p

    out: set[str] = set()
    digit = False

    def seq(items: list[tuple[object, object]], flags: int) -> bool:  # True: may match empty
        nonlocal digit
        for op, av in items:
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue
            if op is c.LITERAL:
                out.update(_fold(chr(av), bool(flags & re.I)))  # type: ignore[arg-type]
                return False
            if op is c.IN:
                for o, a in av:  # type: ignore[attr-defined]
                    if o is c.LITERAL:
                        out.update(_fold(chr(a), bool(flags & re.I)))
                    elif o is c.RANGE:
                        for x in range(a[0], a[1] + 1):
                            out.update(_fold(chr(x), bool(flags & re.I)))
                    elif o is c.CATEGORY and a is c.CATEGORY_DIGIT:
                        digit = True
                    else:
                        raise ValueError(o)
                return False
            if op is c.BRANCH:
                if not any([seq(alt.data if hasattr(alt, "data") else alt, flags) for alt in av[1]]):  # type: ignore
                    return False
                continue
            if op is c.SUBPATTERN:
                _, add, drop, sub = av  # type: ignore[misc]
                if not seq(sub.data, (flags | add) & ~drop):
                    return False
                continue
            if op in (c.MAX_REPEAT, c.MIN_REPEAT):
                lo, _, sub = av  # type: ignore[misc]
                if not seq(sub.data, flags) and lo > 0:
                    return False
                continue
            raise ValueError(op)
        return True

    tree = p.parse(pattern, flags)
    if seq(tree.data, tree.state.flags):
        raise ValueError("may match empty")
    return out, digit


_LOOKAHEAD_HEAD = re.compile(r"^(\(\?i\))?\(\?=\[([^\]]+)\]\)")


@pytest.mark.parametrize(("module", "name"), [*_LOOKAHEAD, (prices, "_WON_PER_KG")])
def test_a_first_letter_lookahead_names_every_letter_its_pattern_begins_with(module: object, name: str) -> None:
    # what the lookahead lets through holds every character the rest can begin with: a word added to the pattern
    # that begins with another letter fails here, not silently in the field
    rx = getattr(module, name)
    head = _LOOKAHEAD_HEAD.match(rx.pattern)
    assert head is not None, rx.pattern[:40]
    rest = (head[1] or "") + rx.pattern[head.end():]
    chars, digit = _first_chars(rest, rx.flags & ~re.I)
    gate = re.compile(f"(?i)[{head[2]}]" if head[1] else f"[{head[2]}]")
    assert not digit or gate.match("5"), name
    assert all(gate.match(ch) for ch in chars), (name, sorted(ch for ch in chars if not gate.match(ch)))


def test_the_number_and_cell_gates_name_every_character_their_patterns_begin_with() -> None:
    from nkecon_cli.extract import gridcells, numbers

    rest = numbers._NUMBER.pattern.replace(r"(?=[-−\d]|(?i:[abdefhmnostz]))", "", 1)
    chars, digit = _first_chars(rest)
    gate = re.compile(r"[-−\d]|(?i:[abdefhmnostz])")
    assert digit and all(gate.match(ch) for ch in chars)
    # a number in digits begins with a digit but for a spoken decimal, whose first word is of letters and hyphens
    assert numbers._DIGITS.startswith(f"(?:{numbers._POINT}|")
    chars, digit = _first_chars(numbers._DIGITS.replace(f"{numbers._POINT}|", "", 1))
    assert digit and all(ch.isdigit() for ch in chars)
    assert re.fullmatch(r"\(\?i:\(\?:\\d\{1,3\}\|\(\?:[a-z()?:|-]+\)\)-point-.*", numbers._POINT, re.S)
    for rx, ok in ((gridcells._TIME, lambda ch: ch in gridcells._TIME_FIRST),
                   (gridcells._NUM, lambda ch: ch.isdigit() or ch.lower() in gridcells._NUM_FIRST)):
        chars, digit = _first_chars(rx.pattern, rx.flags)
        assert all(ok(ch) for ch in chars), (rx.pattern[:30], sorted(ch for ch in chars if not ok(ch)))
        assert not digit or all(ok(d) for d in "0123456789٣５")


def test_the_pre_tests_of_the_dateline_and_the_year_header_still_hold() -> None:
    # a sentence is tried against _DATELINE only if it holds a dash, a line against the year headers only if it holds
    # four digits: each pattern must still require them (change the pre-test with the pattern)
    import importlib

    from nkecon_cli.extract import gluedrows

    candidates = importlib.import_module("nkecon_cli.extract.candidates")
    assert candidates._DATELINE.pattern.endswith(r"(?:--|—|–|-)\s*")
    assert all(candidates._DASH.match(d) for d in "-—–")
    four = r"(?<![\d,.])(?:1[6-9]\d\d|20\d\d)(?!\d|,\d)"
    assert gluedrows._YEAR_HEADER.pattern == rf"^\s*(?:{four}\s+)+{four}\s*$"
    assert r"(?P<run>(?:1[6-9]|20)\d\d(?:(?:1[6-9]|20)\d\d)+)" in gluedrows._GLUED_YEARS.pattern


def test_the_number_words_of_a_stretch_say_of_every_span_what_a_search_of_it_says(prose: str) -> None:
    # _window_candidates asks NumberWords, found by one scan of the stretch, whether a sentence holds a number in words
    # or a currency sign, instead of searching each sentence: for any span the two must agree
    from nkecon_cli.extract.sentenceclaims import NumberWords, _has_number_word
    from nkecon_cli.extract.words import ascii_lower

    small = ("sixty-six, six hundred Sixty; seventy$ a €5 someone one-off ninety nineteen eightyish thirds, quadruple "
             "twice.fifty  ₩3 tens oneself halfway, -one, x-two, 'three', (four)five sixtysix")
    low = ascii_lower(small)
    words = NumberWords(low)
    for starts in (range(len(low) + 1), range(len(low), -1, -1), [(i * 37) % (len(low) + 1) for i in range(len(low))]):
        for a in starts:  # (in text order, as the sentences ask, and out of it: what it kept must not mislead it)
            for b in range(a, len(low) + 1):
                assert words.within(a, b) == _has_number_word(low, a, b), (low[a:b], a, b)
    low = ascii_lower(prose)
    words = NumberWords(low)
    for a in range(0, len(low), 37):
        for b in (a + 1, a + 5, a + 60, a + 300):
            assert words.within(a, b) == _has_number_word(low, a, b), (low[a:b], a, b)


def test_the_entities_of_a_sentence_are_those_of_trying_every_run_of_words(prose: str) -> None:
    # guess_entities tries a longer run of words only while the words joined so far begin a name of the gazetteer:
    # the entities must be those of trying every run up to the longest name
    from dataclasses import replace
    from pathlib import Path

    from nkecon_cli import factbase
    from nkecon_cli.extract.lexicon import guess_entities, lexicon
    from nkecon_cli.extract.sentences import split_sentences

    lex = lexicon(factbase.load(str(Path(__file__).parents[1])))
    every = replace(lex, entity_prefixes=_Every())
    names = " ".join(sorted(lex.entity_index))  # every folded name, run together: runs that begin one and go on
    for text in (prose, names, names.title(), "The Hungnam Fertilizer Complex and Hungnam, Kim Il Sung, Kim Il-sung"):
        for s in split_sentences(text):
            quote = text[s.start : s.end]
            assert guess_entities(lex, quote) == guess_entities(every, quote), quote[:80]
