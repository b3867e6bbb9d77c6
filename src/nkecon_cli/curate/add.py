"""Adding facts to a base: records checked as a whole, ids derived, nothing written half (``nkecon add``)."""

from __future__ import annotations

import re
import unicodedata

from ..errors import NkeconError
from ..factbase.base import FactBase, cross_check
from ..factbase.loading import duplicate_key_problems
from ..factbase.paths import SOURCES_DIR, is_packaged
from ..factbase.problems import LoadError, Problem, error_message
from ..factbase.write import save, write_lock

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

    from pydantic import ValidationError

    from ..factbase.base import FactBase
    from ..factbase.records import Fact


CANDIDATE_KEY = "candidate"  # what `extract` adds to a fact-shaped record; dropped by `add`
DERIVED_KEYS = ("when_start", "when_end", "source_title")  # what `facts --format jsonl` adds; dropped too


def refuse_packaged(base: FactBase, what: str) -> None:
    if is_packaged(base.root):
        raise NkeconError(
            f"{base.root} is the copy of the fact base installed with the package; to {what}, pass --base DIR "
            "(a clone of the repository or a folder of your own with facts.json and sources/)"
        )


def parse_jsonl(raw: str, name: str) -> tuple[list[tuple[str, Any]], list[Problem]]:
    """Records of a JSON-lines text (a JSON array is accepted too), each labelled ``name:line``."""
    records: list[tuple[str, Any]] = []
    problems: list[Problem] = []
    stripped = raw.lstrip()
    from ..factbase import strictjson

    if stripped.startswith("["):
        try:
            items = strictjson.loads(raw)
        except strictjson.DuplicateKey:
            return [], duplicate_key_problems(raw, name)
        except RecursionError:
            return [], [Problem(name, "", "nested too deeply; give one flat JSON object per line")]
        except ValueError as err:
            return [], [Problem(name, "", f"not valid JSON ({err}); give one JSON object per line")]
        return [(f"{name}:[{i}]", item) for i, item in enumerate(items)], []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append((f"{name}:{n}", strictjson.loads(line)))
        except strictjson.DuplicateKey:
            problems += duplicate_key_problems(line, f"{name}:{n}", "record")
        except RecursionError:
            problems.append(Problem(f"{name}:{n}", "", "nested too deeply; give one flat JSON object a line"))
        except ValueError as err:
            reason = str(err.args[0]).split(":")[0]
            problems.append(Problem(f"{name}:{n}", "", f"not valid JSON ({reason}); give one object a line"))
    return records, problems


_APOSTROPHES = re.compile(r"(?<=\w)['’ʼ`´](?=\w)")


def slug_words(text: str) -> list[str]:
    """The words of a text as slug parts: ASCII, lowercase, apostrophes dropped ("Korea's" → koreas)."""
    ascii_text = unicodedata.normalize("NFKD", _APOSTROPHES.sub("", text)).encode("ascii", "ignore").decode().lower()
    return [w for w in re.split(r"[^a-z0-9]+", ascii_text) if w]


def slugify(text: str, max_words: int = 7, max_len: int = 60) -> str:
    """'Electrolytic zinc output, Nampo' → 'electrolytic-zinc-output-nampo'."""
    slug = ""
    for w in slug_words(text)[:max_words]:
        if len(slug) + len(w) + 1 > max_len:
            break
        slug = f"{slug}-{w}" if slug else w
    return slug or "fact"


def derive_fact_id(fact: Fact, taken: set[str]) -> str:
    """A stable, readable id from the measure (or statement) and the year: 'zinc-output-1949', made unique."""
    stem = slugify(fact.measure or fact.statement)
    lo, hi = fact.span
    year = (hi if lo.year <= 1 else lo).year
    if str(year) not in stem.split("-") and year < 9999:
        stem = f"{stem}-{year}"
    candidate, n = stem, 2
    while candidate in taken:
        candidate, n = f"{stem}-{n}", n + 1
    return candidate


_FILL_IN = "empty: the curator fills this in (extract leaves it null)"


def _record_problems(where: str, err: ValidationError) -> list[Problem]:
    out = []
    for e in err.errors(include_url=False):
        loc = ".".join(str(p) for p in e["loc"]) or "record"
        if e["type"] == "extra_forbidden":
            msg = "unknown field (not a fact field; see DESIGN.md §1)"
        elif e["type"] == "missing":
            msg = "required field missing"
        elif e.get("input", ...) is None:
            msg = _FILL_IN
        elif e["type"] == "too_short" and loc == "topics":
            msg = "at least one topic, most specific first"
        else:
            msg = error_message(e)
        out.append(Problem(where, loc, msg))
    return out


def _reference_problems(base: FactBase, where: str, rec: dict[str, Any]) -> list[Problem]:
    """Unknown topics, entities, speaker or source of a record that did not validate (cross_check does the rest)."""
    out = []
    known: dict[str, tuple[str, set[str]]] = {"topics": ("topic", set(base.topics)),
                                              "entities": ("entity", set(base.entities))}
    for key, (noun, names) in known.items():
        refs = rec.get(key)
        for ref in refs if isinstance(refs, list) else []:
            if isinstance(ref, str) and ref not in names:
                out.append(Problem(where, key, f"unknown {noun} {ref!r}"))
    if isinstance(rec.get("speaker"), str) and rec["speaker"] not in base.entities:
        out.append(Problem(where, "speaker", f"unknown entity {rec['speaker']!r}"))
    if isinstance(rec.get("source"), str) and rec["source"] not in base.sources:
        out.append(Problem(where, "source", f"unknown source {rec['source']!r}"))
    return out


def _dup_key(f: Fact) -> tuple[str, str, float | None, str]:
    return f.source, " ".join(f.quote.split()), f.value, f.when


def add_facts(base: FactBase, records: Iterable[tuple[str, Any]], write: bool = True,
              accept_drafts: bool = False) -> list[Fact]:
    """Validate reviewed records and append them to the base; raise LoadError listing every problem.

    A record is a fact (DESIGN.md §1) or an ``extract`` candidate completed by the curator: its
    ``candidate`` object (and the derived ``when_start``/``when_end``/``source_title`` of an export)
    is dropped, any other unknown field is an error; a record whose ``candidate.drafted`` names
    fields that ``extract`` drafted is refused unless ``accept_drafts`` (the curator has read them).
    A missing id is derived from the measure or
    statement and the year. Refused: a used id, a fact already in the base (same source, quote, value
    and when), a quote not found in its source, unknown topics, entities, speaker or source. Nothing
    is written unless every record passes; then facts.json is replaced atomically.

    The write is a read–modify–write under ``write_lock``: the records are checked against the base
    as it is on disk once the lock is held, so parallel ``add``s each land, and none is lost.
    """
    records = list(records)
    if not write:
        return _plan_additions(base, records, accept_drafts)[0]
    refuse_packaged(base, "add facts")
    with write_lock(base.root) as current:
        new, would_be = _plan_additions(current, records, accept_drafts)
        if new:
            save(would_be)
    base.topics, base.entities, base.sources = current.topics, current.entities, current.sources
    base.facts = would_be.facts
    base.__dict__.pop("_by_id_cache", None)
    return new


def _plan_additions(base: FactBase, records: list[tuple[str, Any]], accept_drafts: bool = False
                    ) -> tuple[list[Fact], FactBase]:
    """The facts ``records`` would add to ``base``, and the base with them; LoadError lists every problem."""
    from pydantic import ValidationError

    from ..factbase.records import Fact

    problems: list[Problem] = []
    pending: list[tuple[str, Fact, bool]] = []
    for where, raw in records:
        if not isinstance(raw, dict):
            problems.append(Problem(where, "", "not a JSON object; give one fact (an object) a line"))
            continue
        cand = raw.get(CANDIDATE_KEY)
        drafts = cand.get("drafted") if isinstance(cand, dict) else None
        if drafts and not accept_drafts:
            names = ", ".join(str(d) for d in drafts) if isinstance(drafts, list) else str(drafts)
            problems.append(Problem(where, "candidate.drafted", f"{names}: drafted by extract, not yet read; "
                                    "check them, then add with --accept-drafts"))
        rec = {k: v for k, v in raw.items() if k != CANDIDATE_KEY and k not in DERIVED_KEYS}
        if isinstance(rec.get("quote"), str):  # texts are kept NFC (normalise_text): so is the quote looked up
            rec["quote"] = unicodedata.normalize("NFC", rec["quote"])
        derive = not rec.get("id")
        if derive:
            rec["id"] = "pending"
        # checked here too, so that a half-completed candidate hears of it with its other gaps
        no_measure = rec.get("value") is not None and not rec.get("measure")
        if no_measure:
            problems.append(Problem(where, "measure", "empty: a value needs a measure, shared by a series' points"))
        try:
            pending.append((where, Fact.model_validate(rec), derive))
        except ValidationError as err:
            problems.extend(p for p in _record_problems(where, err)
                            if not (no_measure and p.where == "record" and "measure" in p.message))
            problems.extend(_reference_problems(base, where, rec))  # so that one pass lists every gap
    taken = {f.id for f in base.facts}
    in_base = set(taken)
    first_use: dict[str, str] = {}
    keys = {_dup_key(f): f.id for f in base.facts}
    new: list[Fact] = []
    label: dict[str, str] = {}
    for where, fact, derive in pending:
        if derive:
            fact = fact.model_copy(update={"id": derive_fact_id(fact, taken)})
        elif fact.id in in_base:
            problems.append(Problem(where, "id", f"{fact.id!r} is already used in the base; ids are never reused"))
            continue
        elif fact.id in taken:
            problems.append(Problem(where, "id", f"{fact.id!r} is given twice in this input (first at "
                                                 f"{first_use.get(fact.id, '?')}); give each fact its own id"))
            continue
        dup = keys.get(_dup_key(fact))
        if dup is not None:
            problems.append(Problem(where, "", f"duplicate of fact {dup!r} (same source, quote, value and when)"))
            continue
        taken.add(fact.id)
        first_use.setdefault(fact.id, where)
        keys[_dup_key(fact)] = fact.id
        label[fact.id] = where
        new.append(fact)
    would_be = FactBase(base.root, base.topics, base.entities, [*base.facts, *new], base.sources,
                        base._texts, base._folded)
    before = {str(p) for p in cross_check(base)}
    for p in cross_check(would_be):
        if str(p) in before:
            continue
        for fid, where in label.items():
            prefix = f"fact {fid!r}"
            if p.where.startswith(prefix):
                problems.append(Problem(where, p.where[len(prefix):].strip() or "id", p.message))
                break
    from .quoted import unwritten_value

    for f in new:
        if f.source in base.sources and base.text_path(f.source).is_file() and would_be.locate(f) is None:
            snippet = " ".join(f.quote.split())[:60]
            problems.append(Problem(label[f.id], "quote",
                                    f"not found in {SOURCES_DIR}/{f.source}.txt: {snippet!r}; copy the words exactly"))
        unwritten = unwritten_value(f)
        if unwritten is not None:
            problems.append(Problem(label[f.id], *unwritten))
    if problems:
        raise LoadError(sorted(problems, key=lambda p: _line_order(p.file)))
    return new, would_be


def _line_order(label: str) -> tuple[str, int]:
    name, _, line = label.rpartition(":")
    digits = line.strip("[]")
    return (name, int(digits)) if digits.isdigit() else (label, 0)
