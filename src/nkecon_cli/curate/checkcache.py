"""What ``verify``'s quote checks found in each fact, kept beside the index so a fact is read again
only when it, or anything its checks read, has changed (DESIGN.md §3).

The three quote checks (``quoted.value_problems``, ``when_years``, ``statement_words``) read a fact, the
text of its source, and the names of its entities, topics and source; nothing else but the subject
(the place most facts name), which is counted anew on every run from what is kept. So a fact's result
is kept under the digest of the fact as the index holds it and of a context key that covers
everything else: the code of the checks and of what they call (size and times of every module), the
index's own code key (what a fact's record is made from), every topic, entity and source record,
and the content of every source text (or why it cannot be read). Any change there, and no row
kept matches; a row that cannot be read is a fact not yet checked. Nothing is trusted that
the same run would not find: the results are those ``quoted.check_facts`` gives, fact by fact.

Where the index has no folder nkecon can write, or the file fails in any way, the facts are checked
as without it. ``index-checks.sqlite`` sits next to ``index.sqlite`` (``NAME-checks.sqlite`` next to
``NAME.sqlite`` in the user's cache).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any

    from ..factbase.base import FactBase
    from ..factbase.problems import Problem
    from .findings import Finding
    from .quoted import FactResult

FORMAT = 1  # bump when what a row holds changes
SUFFIX = "-checks.sqlite"  # after the index file's name: several live in the user's cache folder
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS results(digest BLOB PRIMARY KEY, result TEXT NOT NULL);
"""


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def _code() -> list[tuple[str, int, int, int]]:
    """Every module of the package, by size and times: the checks call into extract, query and factbase."""
    here = Path(__file__).resolve().parent.parent
    out = []
    for path in sorted(here.glob("**/*.py")):
        try:
            st = path.stat()
            out.append((str(path.relative_to(here)), st.st_size, st.st_mtime_ns, st.st_ctime_ns))
        except OSError:
            out.append((str(path), -1, -1, -1))
    return out


def context(base: FactBase) -> str:
    """The key of everything a fact's result depends on besides the fact itself."""
    from ..errors import NkeconError
    from ..factbase.indexkey import code_key

    h = hashlib.blake2b(digest_size=20)
    h.update(json.dumps([FORMAT, code_key(), _code()]).encode())
    for records in (base.topics, base.entities, base.sources):
        h.update(json.dumps([[k, r.model_dump()] for k, r in records.items()], sort_keys=True).encode())
    for sid in base.sources:
        h.update(b"\0" + sid.encode("utf-8", "surrogatepass"))
        if not base.text_path(sid).is_file():
            h.update(b"\1not a file")
            continue
        try:
            h.update(b"\2" + _digest(base.text(sid).encode("utf-8", "surrogatepass")))
        except NkeconError as err:
            h.update(b"\3" + str(err).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _open(path: Path) -> sqlite3.Connection | None:
    """The file of kept results, made where it is missing and made anew where it is not a database."""
    for _attempt in range(2):
        con = None
        try:
            con = sqlite3.connect(path, timeout=2)
            con.executescript(_SCHEMA)
            return con
        except sqlite3.OperationalError:  # locked by another run, or a folder that cannot be written
            if con is not None:
                con.close()
            return None
        except sqlite3.DatabaseError:  # damaged: nothing in it is worth keeping
            if con is not None:
                con.close()
            try:
                path.unlink()
            except OSError:
                return None
        except (sqlite3.Error, OSError):
            if con is not None:
                con.close()
            return None
    return None


def _stored(con: sqlite3.Connection) -> dict[bytes, str]:
    return dict(con.execute("SELECT digest, result FROM results"))


def _encode(result: FactResult) -> str:
    """A result as kept: JSON, or for a fact with nothing found (most) "-" and its entities (slugs)."""
    _fid, entities, unwritten, years, said = result
    return json.dumps(result) if unwritten is not None or years is not None or said else "-" + " ".join(entities)


def _decode(text: str) -> FactResult | None:
    if text[:1] == "-":
        return "", text[1:].split(), None, None, []
    try:
        fid, entities, unwritten, years, said = json.loads(text)
        return (fid, entities, tuple(unwritten) if unwritten is not None else None, years,
                [tuple(x) for x in said])  # type: ignore[misc]
    except (ValueError, TypeError):
        return None


def cached_checks(base: FactBase) -> tuple[list[Problem], list[Finding], list[Finding]] | None:
    """``quoted.check_facts(base)`` with each unchanged fact's result as kept; None where the base has
    no index to keep them by (the caller checks every fact)."""
    from .quoted import _Sources, fact_result, findings

    docs = getattr(base, "fact_docs", None)
    where = getattr(base, "index_file", None)
    index_file = where() if where is not None else None
    if docs is None or index_file is None:
        return None
    ctx = context(base)
    con = _open(index_file.with_name(index_file.stem + SUFFIX))
    try:
        stored = _stored(con) if con is not None else {}
    except sqlite3.Error:
        stored = {}
    texts = _Sources(base)
    salt = ctx.encode() + b"\0"  # a row is of one fact in one context: runs of two contexts never meet
    fresh: dict[bytes, str] = {}
    seen: set[bytes] = set()

    def results() -> Iterator[FactResult]:
        from ..factbase.views import FactView

        for doc in docs():
            key = _digest(salt + doc.encode("utf-8", "surrogatepass"))
            seen.add(key)
            kept = stored.get(key)
            result = _decode(kept) if kept is not None else None
            if result is None:
                fact: Any = FactView(json.loads(doc))  # a view answers as the model does
                result = fact_result(texts, fact)
                fresh[key] = _encode(result)
            yield result

    try:
        out = findings(base, results())
    except sqlite3.Error:
        return None  # the index broke under us: checked from the files instead
    if con is not None:
        _keep(con, ctx, stored, fresh, seen)
    return out


def _keep(con: sqlite3.Connection, ctx: str, stored: dict[bytes, str], fresh: dict[bytes, str],
          seen: set[bytes]) -> None:
    """Store the new results; start the file again when every fact was checked anew (the context
    changed) or most rows are of facts, or contexts, gone."""
    try:
        with con:
            if len(fresh) == len(seen) or len(stored) > 2 * len(seen) + 1000:
                con.execute("DELETE FROM results")
                rows: Any = [(k, v) for k, v in stored.items() if k in seen] + list(fresh.items())
            else:
                rows = fresh.items()
            con.executemany("INSERT OR REPLACE INTO results(digest, result) VALUES (?, ?)", rows)
            con.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('context', ?)", (ctx,))
    except sqlite3.Error:
        pass  # kept next time, or never: the results given are whole either way
    finally:
        con.close()
