"""The review of one document's candidates, without a terminal: decisions in, facts out.

``Review(base, source)`` drafts every candidate of a source of the base (``curate.draft``) and
reads the decisions already taken on it from ``<base>/review/<source-id>.json``. ``pending()`` is
what is left to decide: candidates neither accepted nor skipped before, and not already covered by
a curated fact (by figure). ``accept(item, record)`` adds the record with ``add``'s guarantees
(validated, locked, atomic: ``factbase.add_facts``) and then records the decision; ``skip(item)``
records a rejection. Each decision is written as it is taken, atomically, so quitting — or being
killed — loses nothing: a fact that landed before its decision was written is found covering its
candidate the next time.

The decisions file (DESIGN.md §1 "Review decisions"): ``{"source": ID, "decisions": [{"key":
KEY, "decision": "accepted"|"skipped", "fact": ID|null, "quote": WORDS}]}``, one entry per
candidate, in text order; ``KEY`` is ``figure:START-END`` (the figure's span) or
``sentence:START-END`` (a dated sentence without a figure). It is part of the base — kept in git
with it — but not of ``facts.json``; nothing but ``review`` reads it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import NkeconError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..factbase.base import FactBase
    from ..factbase.problems import Problem
    from ..factbase.views import FactView

REVIEW_DIR = "review"
DECISIONS = ("accepted", "skipped")


@dataclass
class Item:
    """One candidate to decide on: its key, its drafted record (a fact-shaped extract record)."""

    key: str
    record: dict[str, Any]


def key_of(rec: dict[str, Any]) -> str:
    cand = rec["candidate"]
    fig = cand.get("figure")
    if fig:
        return f"figure:{fig['span'][0]}-{fig['span'][1]}"
    return f"sentence:{cand['span'][0]}-{cand['span'][1]}"


def decisions_path(root: Path, source: str) -> Path:
    return root / REVIEW_DIR / f"{source}.json"


def read_decisions(root: Path, source: str) -> dict[str, dict[str, Any]]:
    """The decisions taken on a source, by key; a broken file is a clear error, never overwritten."""
    path = decisions_path(root, source)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return {}
    except OSError as err:
        raise NkeconError(f"{path}: cannot read ({err.strerror})") from None
    try:
        doc = json.loads(raw)
        entries = doc["decisions"]
        out = {str(e["key"]): dict(e) for e in entries}
        if any(e.get("decision") not in DECISIONS for e in out.values()):
            raise ValueError("a decision is neither 'accepted' nor 'skipped'")
    except (ValueError, KeyError, TypeError) as err:
        raise NkeconError(f"{path}: not a review decisions file ({err}); fix it or move it away to review "
                          "the document afresh") from None
    return out


class Review:
    """A document's candidates, drafted, and the decisions taken on them."""

    def __init__(self, base: FactBase, source: str, records: list[dict[str, Any]] | None = None):
        from .. import extract as ex
        from ..query.select import resolve_source
        from .draft import Drafter

        if source not in base.sources:
            try:
                source = resolve_source(base, source)
            except NkeconError:
                raise NkeconError(f"{source!r} is not a source of the base: review reads a source (`nkecon "
                                  "--base DIR ingest FILE --title … --date …` first; `nkecon sources` lists them)"
                                  ) from None
        self.base = base
        self.source = source
        self.drafter = Drafter(base, source)
        if records is None:
            doc = ex.open_document(base, source)
            records = list(ex.iter_records(base, doc))
        self.raw = {key_of(r): r for r in records}
        self.items = [Item(key_of(r), self.drafter.draft(r)) for r in records]
        self.decisions = read_decisions(base.root, source)

    @property
    def path(self) -> Path:
        return decisions_path(self.base.root, self.source)

    def pending(self) -> list[Item]:
        """What is left: not decided before, and not covered by a curated fact."""
        return [i for i in self.items if i.key not in self.decisions and not i.record["candidate"]["covered_by"]]

    def counts(self) -> dict[str, int]:
        done = [self.decisions[i.key]["decision"] for i in self.items if i.key in self.decisions]
        return {"accepted": done.count("accepted"), "skipped": done.count("skipped"),
                "covered": sum(1 for i in self.items if i.key not in self.decisions
                               and i.record["candidate"]["covered_by"]),
                "left": len(self.pending())}

    def redrafted(self, item: Item) -> dict[str, Any]:
        """The item drafted again, with what was accepted since: a series begun in this review is continued."""
        raw = self.raw.get(item.key)
        return self.drafter.draft(raw) if raw is not None else item.record

    def edited(self, record: dict[str, Any], field: str, typed: str) -> dict[str, Any]:
        """The record with one field set from a typed line (``curate.edit``), its drafted statement
        written again from the new fields."""
        from .edit import edit_field

        return self.drafter.redraft(edit_field(record, field, typed))

    def check(self, record: dict[str, Any]) -> list[Problem]:
        """What ``add`` would refuse in this record (nothing is written)."""
        from ..factbase.problems import LoadError
        from .add import add_facts

        try:
            add_facts(self.base, [("review", record)], write=False, accept_drafts=True)
        except LoadError as err:
            return err.problems
        return []

    def accept(self, item: Item, record: dict[str, Any]) -> FactView:
        """Add the record to the base (LoadError if it is refused), then record the decision."""
        from .add import add_facts

        (fact,) = add_facts(self.base, [("review", record)], accept_drafts=True)
        self.drafter.learn(fact)
        self._decide(item, "accepted", fact.id)
        return fact  # type: ignore[return-value]

    def skip(self, item: Item) -> None:
        self._decide(item, "skipped", None)

    def _decide(self, item: Item, decision: str, fact_id: str | None) -> None:
        from ..factbase import safewrite
        from ..factbase.inert import json_text

        self.decisions[item.key] = {"key": item.key, "decision": decision, "fact": fact_id,
                                    "quote": " ".join(str(item.record.get("quote") or "").split())[:200]}
        order = {i.key: n for n, i in enumerate(self.items)}
        entries = sorted(self.decisions.values(), key=lambda e: (order.get(e["key"], len(order)), e["key"]))
        safewrite.write_text(self.path, json_text({"source": self.source, "decisions": entries}, indent=2) + "\n")
