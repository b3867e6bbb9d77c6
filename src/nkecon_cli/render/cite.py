"""Citations of facts: CSL-JSON (Zotero, pandoc, citeproc), BibTeX, and a Chicago-like note.

One record a fact: the source's bibliographic fields (author, title, publisher or archive, date,
URL, archive reference where the source has one), and the fact's own words and place — the quote,
its paragraph number and character range in the source text (``position``, as ``show`` gives
them). The accessed date is left to the user. What the source lacks is left out, never guessed.

CSL-JSON keeps to the CSL input schema: the quote and its position go in ``note`` (a line each:
``Quote: …``, ``Position: <source>.txt, paragraph N, characters A–B``); the curator's statement in
``annote``; the topics in ``keyword``. The paragraph is a citation's locator, which CSL sets where
a work is cited, not in the item (citeproc-py breaks on an item that has one).
"""

from __future__ import annotations

from typing import Any

from ..factbase import when as _when
from ..factbase.position import Position, position

# The CSL item type of a source's kind; anything else is a manuscript (an unpublished document).
CSL_TYPES: dict[str, str] = {
    "speech": "speech",
    "diplomatic-journal": "manuscript",
    "conversation-record": "manuscript",
    "news-report": "article-newspaper",
    "interview": "interview",
}
# Types whose publisher is the archive that holds the document rather than the one who issued it.
ARCHIVAL_TYPES = ("manuscript", "speech")


def locate(base: Any, f: Any) -> Position | None:
    """The fact's quote in its source: paragraph and characters, or None when it is not found."""
    span = base.locate(f)
    if span is None:
        return None
    return position(f.source, base.text(f.source), span)


def _name(base: Any, entity_id: str | None) -> str | None:
    if not entity_id:
        return None
    e = base.entities.get(entity_id)
    return e.name if e else entity_id


def date_parts(edtf: str) -> dict[str, Any]:
    """A CSL date from an EDTF date: parts at its own precision, a range as two, ``circa`` for ~ or ?."""
    w = _when.parse(edtf)

    def parts(p: _when.Point, end: bool) -> list[int]:
        if "X" in p.year:
            lo, hi = p.bounds()
            return [(hi if end else lo).year]
        out = [int(p.year)]
        if p.month is not None:
            out.append(p.month)
            if p.day is not None:
                out.append(p.day)
        return out

    ends = [p for p in (w.start, w.end) if p is not None]
    if not w.is_interval and w.start is not None and "X" in w.start.year:
        got: dict[str, Any] = {"date-parts": [parts(w.start, False), parts(w.start, True)]}
    elif w.is_interval and w.start is not None and w.end is not None:
        got = {"date-parts": [parts(w.start, False), parts(w.end, True)]}
    else:
        got = {"date-parts": [parts(ends[0], False)]}
    if w.qualifier:
        got["circa"] = True
    return got


def csl_item(base: Any, f: Any) -> dict[str, Any]:
    """One CSL-JSON item for a fact (its id is the fact's id)."""
    src = base.sources.get(f.source)
    where = locate(base, f)
    item: dict[str, Any] = {"id": f.id, "type": CSL_TYPES.get(src.kind, "manuscript") if src else "manuscript"}
    if src is not None:
        item["title"] = src.title
        author = _name(base, src.author)
        if author:
            item["author"] = [{"literal": author}]
        item["issued"] = date_parts(src.date)
        if src.publisher:
            if item["type"] in ("article-newspaper", "interview"):  # published in an outlet
                item["container-title"] = src.publisher
            elif item["type"] in ARCHIVAL_TYPES:
                item["archive"] = src.publisher
            else:
                item["publisher"] = src.publisher
        if getattr(src, "archive_location", None):
            item["archive_location"] = src.archive_location
        if src.url:
            item["URL"] = src.url
        if src.language:
            item["language"] = src.language
        if src.translator:
            item["translator"] = [{"literal": src.translator}]
    item["note"] = _note_field(f, where, src)
    item["annote"] = f.statement
    if f.topics:
        item["keyword"] = ", ".join(f.topics)
    return item


def _note_field(f: Any, where: Position | None, src: Any) -> str:
    lines = [f"Quote: “{f.quote}”"]
    lines.append(f"Position: {where.source}.txt, {where.describe()}" if where else
                 "Position: the quote was not found in the source text (run `nkecon verify`)")
    if src is not None and src.citation:
        lines.append(f"Archive citation: {src.citation}")
    lines.append(f"nkecon fact: {f.id}")
    return "\n".join(lines)


# --- BibTeX -----------------------------------------------------------------------------------

_TEX = {"\\": r"\textbackslash{}", "%": r"\%", "&": r"\&", "#": r"\#", "$": r"\$",
        "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def _balanced(s: str) -> bool:
    depth = 0
    for c in s:
        depth += 1 if c == "{" else -1 if c == "}" else 0
        if depth < 0:
            return False
    return depth == 0


def tex(s: str) -> str:
    r"""A value safe inside BibTeX braces: TeX specials escaped, non-ASCII kept as UTF-8, one line.

    BibTeX counts every brace, escaped or not, so braces that pair up become ``\{``/``\}`` and an
    unpaired one ``\textbraceleft{}``/``\textbraceright{}``: the entry always parses.
    """
    s = " ".join(s.split())
    pair = _balanced(s)
    braces = {"{": r"\{", "}": r"\}"} if pair else {"{": r"\textbraceleft{}", "}": r"\textbraceright{}"}
    return "".join(_TEX.get(c) or braces.get(c) or c for c in s)


def tex_url(url: str) -> str:
    """A URL for BibTeX's verbatim ``url`` field: as it is, but braces percent-encoded."""
    return url.replace("{", "%7B").replace("}", "%7D")


def bibtex_entry(base: Any, f: Any) -> str:
    """A BibTeX entry: @unpublished for a document an archive holds, else @misc; key = fact id."""
    item = csl_item(base, f)
    src = base.sources.get(f.source)
    kind = "unpublished" if item["type"] == "manuscript" else "misc"
    fields: list[tuple[str, str]] = []
    if "author" in item:
        fields.append(("author", "{" + tex(item["author"][0]["literal"]) + "}"))  # a name as written, not split
    fields.append(("title", "{" + tex(item.get("title", f.source)) + "}"))
    if src is not None:
        w = _when.parse(src.date)
        if w.start is not None and "X" not in w.start.year:
            fields.append(("year", w.start.year))
            if w.start.month is not None:
                fields.append(("month", ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                         "nov", "dec")[w.start.month - 1]))
        fields.append(("date", tex(src.date)))
    for key, name in (("container-title", "howpublished"), ("archive", "howpublished"), ("publisher", "publisher")):
        if key in item:
            fields.append((name, tex(item[key])))
    if "archive_location" in item:
        fields.append(("addendum", tex(item["archive_location"])))
    if "URL" in item:
        fields.append(("url", tex_url(item["URL"])))
    if "language" in item:
        fields.append(("language", tex(item["language"])))
    fields.append(("note", tex("; ".join(item["note"].split("\n")))))
    body = ",\n".join(f"  {k} = {v}" if k == "month" else f"  {k} = {{{v}}}" for k, v in fields)
    return f"@{kind}{{{f.id},\n{body}\n}}\n"


# --- a note for a footnote --------------------------------------------------------------------


def note_text(base: Any, f: Any) -> str:
    """A plain Chicago-like note: author, "title," date, publisher or archive, reference, place, URL: "quote"."""
    src = base.sources.get(f.source)
    where = locate(base, f)
    parts: list[str] = []
    if src is not None:
        author = _name(base, src.author)
        if author:
            parts.append(author)
        parts.append(f"“{src.title},”")
        parts.append(_when.parse(src.date).label())
        if src.publisher:
            parts.append(src.publisher)
        if getattr(src, "archive_location", None):
            parts.append(src.archive_location)
    else:
        parts.append(f.source)
    if where is not None:
        parts.append(where.describe())
    head = ", ".join(parts).replace(",”,", ",”")
    if src is not None and src.url:
        head += f", {src.url}"
    return f"{head}: “{f.quote}”"
