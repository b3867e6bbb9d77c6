"""Numbers that are not claims: registry marks, call numbers, document and copy numbers, page ranges,
citations, footnote marks, list markers and clock times. Their spans are masked before figures are read.
"""

from __future__ import annotations

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
_NAMED_NUMBER = re.compile(
    r"\b(?:Article|Chapter|Section|Clause|Paragraph|Resolution|Decree|Route|Unit|Table|Figure|Annex|Appendix|"
    r"Platform|Division|Brigade|Regiment|Corps|Telegram|Cable|Document|Order|Law|Protocol|Enclosure|Attachment)"
    r"\s+(?:No\.\s*)?\d[\d.–-]*"
)
_LIST_MARKER = re.compile(r"(?m)^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)])(?=\s)")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?|\b\d{1,2}\.\d{2}\s*[AaPp]\.?[Mm]\.?")
_CITATION = re.compile(
    r"(?:\b(?:vol|pp|ed|eds|trans|comp)\.\s|\bISBN\b|\bdoi:|Publishing House|University Press|\bPress,\s|"
    r"Digital Archive|\bArchive[s]?,\s|\bLibrary,\s|\bRetrieved\b|\b[Aa]ccessed\b|\bTranslated (?:by|for)\b|"
    r"\bCollection\b[^.]{0,40}\b(?:box|folder|file)\b)"
)
_CITATION_YEAR = re.compile(
    r"(?:\(\s*[^()]{2,80}:\s*[^()]{2,80},\s*(?:1[6-9]|20)\d\d\s*\)|,\s*(?:1[6-9]|20)\d\d\s*[),.])"
)


def not_claims(text: str) -> list[tuple[int, int]]:
    """Spans holding numbers that are not claims: registry marks, call numbers, list markers, clock times."""
    spans = [m.span() for rx in (_EDITORIAL, _NAMED_NUMBER, _LIST_MARKER, _CLOCK) for m in rx.finditer(text)]
    for m in _DIGIT_RUN.finditer(text):
        before = _ARCHIVAL_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if before:
            spans.append((before.start(), m.end()))
    return sorted(spans)


def is_citation(sentence: str) -> bool:
    return bool(_CITATION.search(sentence) and _CITATION_YEAR.search(sentence))
