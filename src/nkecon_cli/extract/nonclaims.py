"""Numbers that are not claims: registry marks, call numbers, document and copy numbers, page ranges,
citations, footnote marks, list markers and clock times. Their spans are masked before figures are read.
"""

from __future__ import annotations

import itertools
import re

_EDITORIAL = re.compile(
    r"\[[^\[\]]{0,400}?\b(?:handwritten|hand-written|stamp|stamped|seal|signature|signed|illegible|marginal|"
    r"marginalia|registry|typed|initials|resolution\s+in|note\s+in)\b[^\[\]]{0,400}\]",
    re.I,
)
# what may stand before an archive call number, a document number or a page: "F. 0102", "Op. 13",
# "Delo 5", "Listy 165-192", "Nº 482", "pp. 142-157", "Copy Nº 1", "Incoming 02277"
_ARCHIVAL_BEFORE = re.compile(
    r"(?<![\w])(?:(?:[FfOoDdPpLl]|[Oo]p|ll|Ll|pp|[Vv]ols?|[Nn]os?|[Ff]ol|[Ff]f)\.\s*|(?:Nº|№|#|[Ff]ond|[Oo]pis|"
    r"[Dd]elo|[Ll]isty?|[Pp]apka|[Ff]ile|[Ff]older|[Bb]ox|[Rr]eel|RG|[Ss]eries|[Ii]tem|[Pp]ages?|[Cc]opy|"
    r"[Ii]ncoming|[Oo]utgoing|[Rr]ef\.?|[Cc]all\s+(?:no\.?|number)|[Ii]nv\.?|[Ss]ignature)\s*(?:No\.?\s*|Nº\s*)?)$"
)
_DIGIT_RUN = re.compile(r"(?<!\d)(?<!\d[.,])\d[\d.,/–-]*(?:-?[A-Za-z]{1,3}\b)?")
_CUE_INITIAL = "(?=[FfOoDdPpLlVvNnRrBbSsIiCc#\u2116])"  # every cue of _ARCHIVAL_BEFORE begins with one of these
# the cue and the number it marks, found in one pass over the text (a search before every number is slower)
# (the lookahead names the letters a cue can begin with, so the scan skips the other characters fast)
_ARCHIVAL = re.compile(_CUE_INITIAL + _ARCHIVAL_BEFORE.pattern[:-2] + ")" + _DIGIT_RUN.pattern)


def _initial_first(*alternatives: str) -> str:
    """``\\b(?:…|…)`` with each alternative's capital matched before its ``\\b``, which is asked behind it: the scan of
    a whole text then skips to those capitals in C instead of trying the pattern at every character."""
    return "(?:" + "|".join(rf"{a[0]}(?<=\b{a[0]}){a[1:]}" for a in alternatives) + ")"


_NAMED_NUMBER = re.compile(
    _initial_first("Article", "Chapter", "Section", "Clause", "Paragraph", "Resolution", "Decree", "Route", "Unit",
                   "Table", "Figure", "Annex", "Appendix", "Platform", "Division", "Brigade", "Regiment", "Corps",
                   "Telegram", "Cable", "Document", "Order", "Law", "Protocol", "Enclosure", "Attachment")
    + r"\s+(?:No\.\s*)?\d[\d.–-]*"
)
# (and a ranked list's "• 1: South Hwanghae": the item's number before a name)
_LIST_MARKER = re.compile(r"(?m)^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)])(?=\s)|"
                          r"^[ \t]*[•·▪◦*–-]?[ \t]*\d{1,2}[ \t]*:(?=[ \t]*[A-Z][a-z])")
# … and a list's items inside a sentence: "three reasons: 1) …; 2) …; and 3) the …" (the scan skips to a digit, what is
# behind it asked there)
_INLINE_MARK = re.compile(r"\d(?:(?<=[:;] \d)|(?<=[:;] \(\d)|(?<=; and \d)|(?<=, and \d)|(?<=; and \(\d))\d?\)(?=\s)")
# (a pattern that only matches at a digit begins with it, its \b asked behind it, ``\d(?<=\b\d)``: the scan then
# skips to the digits in C, several times faster over prose than trying the whole pattern at every character)
_CLOCK = re.compile(r"\d(?<=\b\d)(?:\d?:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?|\d?\.\d{2}\s*[AaPp]\.?[Mm]\.?)")
_CITATION = re.compile(
    r"(?:\b(?:vol|pp|ed|eds|trans|comp)\.\s|\bISBN\b|\bdoi:|Publishing House|University Press|\bPress,\s|"
    r"Digital Archive|\bArchive[s]?,\s|\bLibrary,\s|\bRetrieved\b|\b[Aa]ccessed\b|\bTranslated (?:by|for)\b|"
    r"\bCollection\b[^.]{0,40}\b(?:box|folder|file)\b)"
)
_CITATION_YEAR = re.compile(
    r"(?:\(\s*[^()]{2,80}:\s*[^()]{2,80},\s*(?:1[6-9]|20)\d\d\s*\)|,\s*(?:1[6-9]|20)\d\d\s*[),.])"
)


# an author-year citation in parentheses: "(Kim, 2019)", "(Bank of Korea, 2018)", "(Lee 2015, p. 7)",
# "(see Park and Cha, 2008: 12-14)" — never a claim, never a date (corpus: citation)
_PAREN_CITATION = re.compile(
    r"\((?:(?:see|cf\.|e\.g\.,?)(?:\s+also)?\s+)?[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|and|for|the|et\s+al\.?|&)){0,8},?\s+"
    r"(?:1[6-9]|20)\d\d[a-z]?(?:\s*[,:]\s*(?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?)?"
    r"(?:\s*;\s*[^()]{2,80}?(?:1[6-9]|20)\d\d[a-z]?(?:\s*[,:]\s*(?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?)?)*\)"
)
# a citation of an author named in the sentence: "Lee (2018: 45)", "Haggard and Noland (2007) estimate", "according
# to Kim et al. (2015)" — the bracket is never a claim nor a date (corpus: citation); a name's year with neither a page,
# a verb of reporting after it nor "according to" before it ("the Seven-Year Plan (1961)") is left alone
YEAR_PAGES = r"(?:1[6-9]|20)\d\d[a-z]?(?P<pages>\s*[,:]\s*(?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?)?\)"  # after "("
_CITED_YEAR = re.compile(r"\((?=[12])" + YEAR_PAGES)  # (the bracket first: the scan skips to it in C)
_AUTHOR_BEFORE = re.compile(r"(?P<before>\b(?:[Aa]ccording\s+to|[Ss]ee|[Cc]f\.)\s+)?[A-Z][\w'’-]+"
                            r"(?:\s+(?:and|&)\s+[A-Z][\w'’-]+|\s+et\s+al\.?)?\s+$")
_REPORTING_AFTER = re.compile(
    r"\s+(?:estimates?|estimated|argues?|argued|finds|found|notes?|noted|reports?|reported|shows?|showed|"
    r"suggests?|suggested|calculates?|calculated|puts?|writes?|wrote|observes?|observed|claims?|claimed)\b")


def _narrative_citations(text: str) -> list[tuple[int, int]]:
    """The brackets of "Lee (2018: 45)", "Haggard and Noland (2007) estimate", "according to Kim et al. (2015)": an
    author named just before, and a page, a verb of reporting after or "according to" before (corpus: citation)."""
    out = []
    for m in _CITED_YEAR.finditer(text):
        author = _AUTHOR_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if author is not None and (m["pages"] or author["before"] or _REPORTING_AFTER.match(text, m.end())):
            out.append(m.span())
    return out
# reference marks glued to a word or a figure: "fell 6 percent.[12]", "[3, 4]", "[5–7]" (corpus: reference-mark)
_REFERENCE_MARK = re.compile(r"\[\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*\]")
# the year in the title of a published work: "the Statistical Yearbook 2010", "Annual Report 2019" (corpus: title-year)
_TITLE_YEAR = re.compile(
    _initial_first(r"Year\s*[Bb]ook", "Almanac", r"Annual\s+Report", "Report", "Review", r"White\s+Paper", "Handbook",
                   "Bulletin", "Outlook", "Factbook", r"Yearbook\s+of\s+[A-Z]\w+(?:\s+[A-Z]\w+)*")
    + r"\s+(?:(?:for|of)\s+)?(?:1[6-9]|20)\d\d(?!\d)"
)
# … and a year before a title's name: "the 2013 World Almanac", "the 2006 Minerals Yearbook" — the work cited, whose
# year dates no figure (corpus: title-year)
_YEAR_TITLE = re.compile(r"[12](?<![\w,.][12])(?:(?<=1)[6-9]\d\d|(?<=2)0\d\d)\s+(?:[A-Z][\w'’-]*\s+){0,3}"
                         r"(?:Year\s*[Bb]ook|Yearbook|Almanac|Annual\s+Report|Report|White\s+Paper|Handbook|Bulletin|Outlook|Factbook)\b")
# ordinal ranks: "the 3rd largest", "ranks 2nd", "96th place", "179th of 180" — a position, not a quantity (corpus:
# ordinal-rank)
_ORDINAL = re.compile(r"\d(?<![\w.,]\d)(?<!one-\d)(?<!one \d)(?<!\ba \d)\d{0,3}(?:st|nd|rd|th)\b"
                      # (not a fraction's: "one-40th of the South's" — corpus: fraction)
                      r"(?!\s+(?:of\s+)?(?:January|February|March|April|May|"
                      r"June|July|August|September|October|November|December)\b)"
                      r"(?!\s+(?:half|quarter)\b)"  # ("the 2nd quarter" is a time, which the date finder reads)
                      # … with the total it is a rank among: "179th of 180 countries", "2nd out of 12"
                      r"(?:\s+(?:out\s+)?of\s+(?:the\s+)?\d{1,4}(?![\d,.]))?")
_FRACTION_MARK = re.compile(r"\d(?<![\d.,]\d)\d{0,2}/\d{1,3}(?:st|nd|rd|th)\b")  # "1/56th": its numerator no sum

# a rank out of a total: "ranked 106/197 by economy size", "ranks 23 out of 180", "168/197 by GDP per capita" — a
# position among others, not a quantity (corpus: rank-of-total)
_RANK_OF = re.compile(r"(?i)(?-i:[\dRr])(?:(?<=\br)ank(?:ed|s|ing)?\s+(?:(?:no\.|number|#)\s*)?\d{1,4}"
                      r"(?:\s*(?:/|of|out\s+of)\s*\d{1,4})?\b|(?<=\d)(?<![\w.,/]\d)\d{0,3}\s*/\s*\d{1,4}(?![\d/])"
                      r"(?=\s+by\s))")

# "on the 19th", "On 8th": a day of the month, which the date finder reads (corpus: day-of-month)
_DAY_OF_MONTH = re.compile(r"(?i)\b(?:on|as\s+of)\s+(?:the\s+)?$")
_MONTH_BEFORE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$")


# the size of a list: "the top 10 trading partners", "its top five buyers" — how many are listed, not a quantity
# of the economy; "the top 10 percent of earners" keeps its figure (corpus: list-size)
_TOP_N = re.compile(r"[Tt](?<=\b[Tt])op\s+(?:\d{1,3}|five|ten|twenty|fifty|hundred)\b(?!\s*(?:%|per\s*cent|percent))")
# the pack an item's price is for, set in parentheses after the item's name at the head of a line: "Rice (1kg)",
# "A chicken (2kg)", "Diesel (1kg)/Petrol (1kg)" — the price's denominator, not a figure (corpus: pack-size)
_PACK_LINE = re.compile(r"(?m)^[ \t]*(?:/?[ \t]*[A-Za-z][A-Za-z ,'’-]{0,40}\([ \t]*\d{1,3}(?:\.\d)?[ \t]?"
                        r"(?:kg|g|l|lb|kilograms?|grams?|litres?|liters?)[ \t]*\)[ \t]*)+")
_PACK = re.compile(r"\([ \t]*\d[^()]*\)")
# what a dwelling on sale is made of: "a house (2 rooms, 1 kitchen)", "a three-storied block" — the thing priced,
# not a count of the economy; "built 4,000 rooms" keeps its figure (corpus: dwelling-parts)
# (the scan looks for the part's noun, then at the count before it: nouns are rarer than the letters counts begin with)
_DWELLING_PART = re.compile(r"[ -](?=[sSbBrRkKfF])(?i:stor(?:e?y|ied|eyed|ies|eys)|(?:bed|bath)?rooms?|kitchens?|"
                            r"floors?)\b")
_DWELLING_COUNT = re.compile(r"(?i)(?<![\w])(?:[1-9]|one|two|three|four|five|six|seven|eight|nine)$")
# a table of contents run into one line: titles each followed by its page, the pages only growing by small steps —
# "Overview 05 Key results 12 Objectives 14 Strategy 15" (corpus: contents-line)
_PAGE_AFTER_TITLE = re.compile(r" (?<=[A-Za-z)] )(\d{1,3})(?= [A-Z(]| ?$)", re.M)


def _contents_lines(text: str) -> list[tuple[int, int]]:
    """Lines of four or more titles each followed by its page (one scan of the text; pages are rare in prose)."""
    out: list[tuple[int, int]] = []
    line_end, seg = -1, ""
    pages: list[int] = []
    for m in _PAGE_AFTER_TITLE.finditer(text):
        if m.start() > line_end:  # a new line: judge the one before
            if len(pages) >= 4 and _rising(pages) and "%" not in seg and "$" not in seg:
                out.append((line_end - len(seg), line_end))
            lo = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.start())
            line_end = len(text) if line_end < 0 else line_end
            pages, seg = [], text[lo:line_end]
        pages.append(int(m[1]))
    if len(pages) >= 4 and _rising(pages) and "%" not in seg and "$" not in seg:
        out.append((line_end - len(seg), line_end))
    return out


def _rising(pages: list[int]) -> bool:
    return pages[0] < 100 and all(0 < b - a <= 40 for a, b in itertools.pairwise(pages))


# a source note's number set after the figure at the end of its line, as fact pages mark where each figure comes
# from: "0.2% 2", "73 years 5", "25,610,672 1" — the mark is no figure; several such lines of one block, their
# marks never falling, say it is a column of notes and not of values (corpus: note-mark-column)
# (a space and a digit asked first: the scan skips to them)
_LINE_END_MARK = re.compile(r"(?m)(?= \d)(?:(?<=[%A-Za-z)\]])|(?<=\d,\d{3})) (\d{1,2})[ \t]*$")
_MARK_LINES = 3  # marks on at least this many lines of a block
_MARK_GAP = 3  # lines between two marked lines (their labels' lines) at most


# a note's number a page flattened into the text after a sentence's stop: "… hit transportation. 4 Energy shortages
# also …" — one or two digits between the stop and a capital's word (not a people: "5 North Koreans", "3 Chinese")
# (corpus: note-mark)
_MARK_AFTER_STOP = re.compile(r"\d(?<=[a-z]\.[ \t]\d)\d?(?=[ \t]+(?!(?:North|South|East|West)\b)[A-Z][a-z]+\b(?<!ans)"
                              r"(?<!ese)(?<!ish))")


def _note_marks(text: str) -> list[tuple[int, int]]:
    """The marks of each run of lines that end in a figure and a small note number, the numbers never falling."""
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int, int]] = []  # (line number, mark, start of the mark)
    line_no, pos = 0, 0

    def close() -> None:
        if len(run) >= _MARK_LINES:
            out.extend((st, st + len(str(mark))) for _ln, mark, st in run)

    for m in _LINE_END_MARK.finditer(text):
        line_no += text.count("\n", pos, m.start())
        pos = m.start()
        if not any(ch.isdigit() for ch in text[text.rfind("\n", 0, m.start()) + 1 : m.start()]):
            continue  # a mark follows a figure on its line: "Doctors 3" is a value, "73 years 5" a value and a mark
        mark = int(m[1])
        if run and (line_no - run[-1][0] > _MARK_GAP or mark < run[-1][1] or "\n\n" in text[run[-1][2]:m.start()]):
            close()
            run = []
        run.append((line_no, mark, m.start(1)))
    close()
    return out


# a distance that places a site, not a measure of the economy: "500 meters west of Wonsan", "12 km north-east of the
# city" (corpus: distance-of-place)
_PLACED_AT = re.compile(
    r"(?i)\d(?<![\d,.]\d)[\d,.]*\s*(?:m|meters?|metres?|km|kilomet(?:er|re)s?|miles?)\s+(?:to\s+the\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:of|from)\b")
# a DPRK works named by a day of the year it honours: "the 4.13 Ironworks", "the 2.8 Vinalon Complex", "the 8.3
# movement" — a name, no figure (corpus: date-named-works)
_WORKS_AHEAD = (r"(?=\s+(?:[A-Z][\w'’-]*\s+){0,3}?(?:Ironworks|Steel\s+Works|Works|Factory|Complex|Mine|Colliery|"
                r"Plant|Mill|Hotel|Movement|[Mm]ovement|Youth|Station|Farm|Street|Bridge|School|University|Company|"
                r"Stadium)\b)")
_DAY_NAMED = re.compile(
    r"[1-9](?<![\d.,][1-9])(?:(?<=1)[0-2])?\.(?:[1-9]|[12]\d|3[01])" + _WORKS_AHEAD)
# … and by the month written out after "the": "the February 8 Vinalon Complex", "the April 25 Hotel" (not "On May 1
# Kim Chaek Steel Complex workers": ``not_claims`` asks for the "the" before it)
_MONTH_NAMED = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                          r"\s+(?:[12]\d|3[01]|[1-9])(?!\d|,\s*\d)" + _WORKS_AHEAD)


# a page's counters of its own reading: "Read 2,345 times", "Hits: 234", "1,204 views", "3 Comments" (corpus:
# page-counter)
_PAGE_COUNTER = re.compile(r"[RrVvHh](?<=\b[RrVvHh])(?:(?<=[Rr])ead|(?<=[Vv])iew(?:ed|s)|(?<=[Hh])its)"
                           r"\s*:?\s*\d[\d,]*(?:\s+times)?\b")
_COUNTED_ON_PAGE = re.compile(r"\d(?<![\d.,]\d)[\d,]*\s+(?:[Vv]iews|[Hh]its|[Cc]omments?|[Ss]hares|[Ll]ikes|"
                              r"[Rr]eads)\b")


# a declassified record's release stamp, which CIA reading-room pages run into the text: "Approved For Release
# 2001/08/27 : CIA-RDP79T00975A011100010001-6", and its redaction codes, "25X1" — no figure, no date (corpus: stamp)
_RELEASE_STAMP = re.compile(r"A(?<=\bA)pproved\s+[Ff]or\s+Release\s*:?\s*(?:1[6-9]|20)\d\d/\d\d/\d\d"
                            r"(?:\s*:?\s*CIA-RDP[\w-]+)?|2(?<=\b2)5X\d[A-Z]?\b")
# a photo's caption, told by the credit that ends it ("… September 8, 2018. REUTERS/Stringer", "… in May last year.
# [Photo/Daily NK]", "(AP Photo/Ahn Young-joon)") or the word that begins it ("Photo:"): its date is the picture's,
# which dates no figure and governs no sentence after it (corpus: photo-caption)
_CAPTION = re.compile(
    r"(?m)^[ \t]*(?:(?:Photo|Image|Picture)(?:\s+by)?\s*:[^\n]*|[^\n]{10,400}?(?:(?:REUTERS|Reuters|AP\s+Photo|AFP|"
    r"Getty\s+Images|EPA|Yonhap|Xinhua|KCNA)\s*/\s*[^\n/]{1,60}|[\[(](?:Photo|Image|Picture|Yonhap|AP|AFP)\s*[/:]"
    r"[^\])\n]{0,60}[\])]"
    # … or the credit after the caption's stop: "… Sariwon, May 2, 2021. Image: Rodong Sinmun", "PHOTO: AFP"
    r"|[.)][ \t]+(?:Photo|PHOTO|Image|IMAGE|Picture|Photograph)(?:[ \t]+by)?[ \t]*:[ \t]*[^\n.:]{1,60}))[ \t]*$")
# a scale's value defined, no figure of a country: "a value of 100 signifies that …", "a score of 0 means" (corpus:
# humanitarian-counts)
_DEFINED_VALUE = re.compile(r"\d(?:(?<=value of \d)|(?<=score of \d)|(?<=rating of \d))[\d.,]*\s+(?:signifies|means|"
                            r"indicates|represents|denotes|corresponds)\b")
# the denominations of a money listed: "Coins: 1, 5, 10, 50 chon and 1 won", "Notes are issued in 50, 100 and 500 won"
# — names of coins and notes, no sums (corpus: denominations)
_MONEY_WORD = r"(?:\s*(?:chon|jeon|won|yuan|jiao|fen|dollars?|cents?|rubles?|kopecks?))?"
_DENOMINATIONS = re.compile(
    r"(?i)\b(?:coins?|notes|banknotes|bills|denominations?)\b[^.;\n\d]{0,30}?(?::|\b(?:issued|come|minted|printed)\s+in\b|"
    rf"\bof\b)\s*(?P<list>\d+(?:,\d{{3}})*{_MONEY_WORD}(?:\s*(?:,|\band\b|\bor\b)\s*\d+(?:,\d{{3}})*{_MONEY_WORD})+)")
# a name of talks by the number of their parties: "the six-party talks", "four-way negotiations" (corpus: denominations)
_PARTY_TALKS = re.compile(r"(?i)\b(?:two|three|four|five|six|[2-6])-(?:party|nation|way|power)(?=\s+(?:talks|"
                          r"negotiations|meetings?|format|process|framework|agreement)\b)")
# a place's coordinates in degrees and minutes: "40 00 N, 127 00 E" (corpus: coordinates)
_COORDINATES = re.compile(r"\d(?<![\d.,]\d)\d?\d?\s\d{2}\s[NS],\s\d{1,3}\s\d{2}\s[EW]\b")
# a reading room's file size ("433.54 KB") and an intelligence report's serial ("EA 85-10024", "GI 84-10123"): the
# page's and the record's, no figure (corpus: stamp)
_FILE_SIZE = re.compile(r"\d(?<![\d.,]\d)[\d.,]*\s?(?-i:KB|MB|GB|kB)\b")
_REPORT_SERIAL = re.compile(r"(?=[A-Z])\b(?!USD|KPW|KRW|CNY|RMB|EUR|GBP|JPY|RUB|CHF)[A-Z]{2,4} ?\d\d-\d{4,6}[A-Z]?\b")
# the numbers after "Nos.", all of them names (corpus: ordinal-rank)
_NOS_LIST = re.compile(r"[Nn](?<=\b[Nn])os\.\s*\d+(?:\s*(?:,|&|and|to|-|–)\s*\d+\b)+")


# the rarer forms, each asked only of a text holding one of its cue words: (pattern, cues, the group that is the span)
_RARE: tuple[tuple[re.Pattern[str], tuple[str, ...], int | str], ...] = (
    (_YEAR_TITLE, ("Year", "Almanac", "Report", "White Paper", "Handbook", "Bulletin", "Outlook", "Factbook"), 0),
    (_RELEASE_STAMP, ("pproved", "25X"), 0), (_DEFINED_VALUE, ("value of", "score of", "rating of"), 0),
    (_COORDINATES, (" N, ", " S, "), 0), (_CAPTION, ("hoto", "HOTO", "REUTERS", "Getty", "mage", "MAGE", "icture"), 0),
    (_PARTY_TALKS, ("-party", "-way", "-nation", "-power"), 0),
    (_DENOMINATIONS, ("oin", "otes", "ills", "enomination"), "list"),
    (_NOS_LIST, ("os.",), 0),  # ("boilers Nos. 5 and 6": both numbers are names)
    (_FILE_SIZE, (" KB", " MB", "KB", "MB", " GB", " kB"), 0), (_REPORT_SERIAL, ("-1", "-0", "-2", "-3"), 0),
)


def not_claims(text: str) -> list[tuple[int, int]]:
    """Spans holding numbers that are not claims: registry marks, call numbers, list markers, clock times,
    citations, reference marks, titles' years, ordinal ranks, ranks out of a total, list sizes, pack sizes, a
    dwelling's parts and contents lines."""
    spans = [m.span() for rx in (_EDITORIAL, _NAMED_NUMBER, _LIST_MARKER, _CLOCK, _PAREN_CITATION, _REFERENCE_MARK,
                                 _TOP_N, _RANK_OF, _PLACED_AT, _DAY_NAMED, _PAGE_COUNTER, _COUNTED_ON_PAGE,
                                 _FRACTION_MARK, _INLINE_MARK)
             for m in rx.finditer(text)]
    for rx, cues, group in _RARE:
        if any(c in text for c in cues):
            spans += [m.span(group) for m in rx.finditer(text)]
    # (a heading that begins its line, "Outlook for 2015", names its section's time, no cited work)
    spans += [m.span() for m in _TITLE_YEAR.finditer(text) if text[max(0, m.start() - 1) : m.start()] not in ("\n", "")]
    for m in _DWELLING_PART.finditer(text):
        c = _DWELLING_COUNT.search(text, max(0, m.start() - 6), m.start())
        if c:
            spans.append((c.start(), m.end()))
    for line in _PACK_LINE.finditer(text):
        spans += [(line.start() + m.start(), line.start() + m.end()) for m in _PACK.finditer(line[0])]
    spans += _contents_lines(text)
    spans += _note_marks(text)
    spans += [m.span() for m in _MARK_AFTER_STOP.finditer(text)]
    spans += [m.span() for m in _ORDINAL.finditer(text) if not _MONTH_BEFORE.search(text, max(0, m.start() - 12),
                                                                                    m.start())
              and not _DAY_OF_MONTH.search(text, max(0, m.start() - 12), m.start())]
    spans += [m.span() for m in _ARCHIVAL.finditer(text)]
    spans += [m.span() for m in _MONTH_NAMED.finditer(text)
              if text[max(0, m.start() - 4) : m.start()] in ("the ", "The ")]
    spans += _narrative_citations(text)
    return sorted(spans)


# words one of which every citation _CITATION finds holds: a cheap test first
_CITATION_WORDS = ("vol.", "pp.", "ed.", "eds.", "trans.", "comp.", "ISBN", "doi:", "Press", "Archive", "Library",
                   "Retrieved", "ccessed", "Translated", "Collection")


# a row of ranks, not quantities: "Corruption Index ranking 2012 | 174 | 45", "Rank – Emitters in 2019 | 64" (corpus:
# rank-row); "investment position" is a sum
_RANK_LABEL = re.compile(r"(?i)\brank(?:ing|ed)?s?\b")


def is_rank_row(text: str, row_start: int, cell_start: int) -> bool:
    """The label before a table's cell, from its row's start, names a rank: the cell is a position, no figure."""
    return _RANK_LABEL.search(text, row_start, cell_start) is not None


def is_citation(sentence: str) -> bool:
    """The sentence is a reference (a work cited, with its year and its pages or press); one whose citation stands
    in parentheses inside it ("… in 2018 (see also Kim and Park, 2017, pp. 112-14)") still says what it says."""
    if not any(w in sentence for w in _CITATION_WORDS):
        return False
    if "(" in sentence:
        sentence = _PAREN_CITATION.sub(" ", sentence)
    return bool(_CITATION.search(sentence) and _CITATION_YEAR.search(sentence))


# a publisher's words about its own service, not about the economy: "members can view, download and compare data
# from nearly 200 countries", "API clients download millions of rows of historical data" (corpus: site-service)
# (a pattern of words that begins ``(?i)(?=[…])`` names the letters its words begin with: the scan turns most
# characters away at once instead of trying every word there; tests/test_extract_speed.py checks it loses none)
_SERVICE = re.compile(
    # (a network's "subscribers" are persons counted, no service of the publisher's: "660,000 mobile subscribers")
    r"(?i)(?=[acdls])\b(?:download(?:s|ed|ing)?|API|subscri(?:be|ption)|sign\s+up|log\s+in|click\s+here)\b")
_SERVICE_DATA = re.compile(r"(?i)(?=[diqrs])\b(?:data(?:base|sets?)?|indicators|statistics|quotes|rows)\b")


# … or to its reader of the reader's own use of the site: "You have commented 339 times on Rantburg", "You have read
# 3 of your 5 free articles" (corpus: site-service)
_TO_THE_READER = re.compile(r"(?i)\byou\s+have\s+(?:commented|posted|visited|viewed|read|used)\b")


def is_site_service(sentence: str) -> bool:
    """The sentence speaks of getting the publisher's data (download, API, subscribe), or to the reader of the
    reader's use of the site — its numbers are no claims."""
    return bool(_SERVICE.search(sentence) and _SERVICE_DATA.search(sentence)) or (
        "ou have" in sentence and bool(_TO_THE_READER.search(sentence)))
