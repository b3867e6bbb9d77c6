"""Adding a source to a base: its text kept as written (NFC, one final newline), its record checked."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from ..errors import NkeconError
from ..factbase.crosscheck import URL_RULE, is_web_url
from ..factbase.paths import SOURCES_FILE
from ..factbase.problems import error_message
from ..factbase.write import dump_sources_file, write_atomic, write_lock
from .add import refuse_packaged, slug_words, slugify

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from typing import Any

    from ..factbase.base import FactBase
    from ..factbase.records import Source


def normalise_text(text: str) -> str:
    """UTF-8 text as a source is kept: NFC, no byte-order mark, newlines as \\n, one final newline."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text).rstrip("\n") + "\n"


def source_id(title: str, date_edtf: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """"North Korea's Coal Industry in 2016", '2017-03-15' → 'north-koreas-coal-industry-in-2016-2017-03-15'.

    Every word of the title while the id stays within ``vocab.SLUG_MAX_LEN``; a longer title keeps
    its first words and then every year it names, so the years stay readable. An id in ``taken``
    gets a suffix (``-2``, ``-3``…): a derived id never collides.
    """
    from ..factbase.vocab import SLUG_MAX_LEN

    date_part = slugify(date_edtf, max_words=6)
    room = SLUG_MAX_LEN - len(date_part) - 3  # "-" before the date, and room for a "-N" suffix
    words = slug_words(title) or ["source"]
    kept: list[str] = []
    for w in words:
        if len("-".join([*kept, w])) > room:
            break
        kept.append(w)
    years = [w for w in words[len(kept):] if re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", w)]
    while kept and years and len("-".join([*kept, *years])) > room:
        kept.pop()  # a long title keeps its first words and every year it names
    kept += years
    stem = f"{'-'.join(kept)[:room].strip('-')}-{date_part}"
    candidate, n = stem, 2
    while candidate in taken:
        candidate, n = f"{stem}-{n}", n + 1
    return candidate


def ingest_source(base: FactBase, text: str, meta: dict[str, Any]) -> Source:
    """Add a source: its text as ``sources/<id>.txt`` (NFC, \\n newlines) and its metadata in sources.json.

    ``meta`` holds Source fields; ``title`` and ``date`` are required, ``id`` is derived from them when
    absent, ``kind`` defaults to ``document``, ``perspective`` to ``unknown`` and ``citation`` is built
    from title, date, publisher and url. An existing source, id or text file is never overwritten.
    """
    from pydantic import ValidationError

    from ..factbase import when as _when
    from ..factbase.records import Source

    refuse_packaged(base, "ingest sources")
    body = normalise_text(text)
    if not body.strip():
        raise NkeconError("the text is empty; nothing to ingest")
    fields = {k: v for k, v in meta.items() if v not in (None, "", [], ())}
    title, date_text = str(fields.get("title", "")).strip(), str(fields.get("date", "")).strip()
    if not title or not date_text:
        raise NkeconError("a source needs --title and --date")
    try:
        date_text = _when.user_edtf(date_text)
    except _when.DateError as err:
        raise NkeconError(f"--date {date_text!r}: {err}") from None
    fields["title"], fields["date"] = title, date_text
    if fields.get("url") and not is_web_url(str(fields["url"])):
        raise NkeconError(f"--url {fields['url']!r}: {URL_RULE}")
    derived = "id" not in fields  # a derived id is made unique under the lock; a given one is refused if taken
    fields.setdefault("kind", "document")
    fields.setdefault("perspective", "unknown")
    if "citation" not in fields:
        parts = [f"\u201c{title},\u201d {_when.label(date_text)}"]
        parts += [str(fields[k]) for k in ("publisher", "url") if fields.get(k)]
        fields["citation"] = ", ".join(parts) + "."
    try:
        src = Source.model_validate({**fields, "id": fields.get("id") or source_id(title, date_text)})
    except ValidationError as err:
        first = err.errors(include_url=False)
        detail = "; ".join(f"--{'.'.join(str(p) for p in e['loc'])}: {error_message(e)}" for e in first)
        raise NkeconError(f"source metadata: {detail}") from None
    with write_lock(base.root) as current:
        if derived:
            taken = set(current.sources) | {p.stem for p in current.sources_dir.glob("*.txt")}
            src = src.model_copy(update={"id": source_id(title, date_text, frozenset(taken))})
        if src.id in current.sources or current.text_path(src.id).exists():
            raise NkeconError(f"source {src.id!r} already exists in {current.sources_dir}; ingest never overwrites "
                              "(pass --id to give the new source another id)")
        for other in current.sources.values():
            if current.text_path(other.id).is_file() and current.text(other.id) == body:
                raise NkeconError(f"this text is already in the base as source {other.id!r}")
        for ref in [src.author, *src.speakers]:
            if ref and ref not in current.entities:
                raise NkeconError(f"unknown entity {ref!r} (author/speakers name entity ids; "
                                  "`nkecon entities` lists them)")
        _write_source(current, src, body)
    base.sources, base.entities, base.topics, base.facts = current.sources, current.entities, current.topics, \
        current.facts
    base._texts[src.id] = body
    return src


def _write_source(base: FactBase, src: Source, body: str) -> None:
    """A source's text and its sources.json entry land together or not at all.

    The text is staged as a temporary file beside its place; sources.json is then replaced (the
    commit point); then the text is renamed into place. A failure before the commit removes the
    staged text; a kill between commit and rename is finished by ``recover`` on the next write.
    """
    import tempfile

    from ..factbase import safewrite

    path = base.text_path(src.id)
    sources_path = base.sources_dir / SOURCES_FILE
    try:
        fd, staged_name = tempfile.mkstemp(dir=base.sources_dir, prefix=safewrite.temp_name(path),
                                           suffix=safewrite.TEMP_SUFFIX)
    except OSError as err:  # a read-only folder, a full disk: named by the file it was for
        raise safewrite.WriteError(path, err) from None
    staged = Path(staged_name)
    try:
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(body)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(staged, safewrite.umask_mode())
        except OSError as err:
            raise safewrite.WriteError(path, err) from None
        old = sources_path.read_bytes()
        write_atomic(sources_path, dump_sources_file([*base.sources.values(), src]))
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    try:
        os.replace(staged, path)
    except BaseException:
        staged.unlink(missing_ok=True)
        safewrite.replace_file(sources_path, lambda tmp: tmp.write_bytes(old))  # roll the entry back
        raise
    safewrite.fsync_dir(base.sources_dir)
    base.sources[src.id] = src


def read_text_file(path: str, encoding: str = "utf-8", stdin: Any = None) -> str:
    """A text file (or ``-`` for standard input) decoded, with a fix-it message when it is not."""
    import sys

    try:
        raw = (stdin or sys.stdin.buffer).read() if path == "-" else Path(path).read_bytes()
    except FileNotFoundError:
        raise NkeconError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise NkeconError(f"{path}: is a folder; give a text file") from None
    if isinstance(raw, str):
        return raw
    try:
        return raw.decode("utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding)
    except UnicodeDecodeError as err:
        name = "standard input" if path == "-" else path
        raise NkeconError(f"{name}: byte {err.start} is not {encoding}; re-save it as UTF-8 or pass --encoding "
                          "(e.g. --encoding cp1252)") from None
    except LookupError:
        raise NkeconError(f"--encoding {encoding!r}: unknown encoding; try utf-8, cp1252, euc-kr") from None
