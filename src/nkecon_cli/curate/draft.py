"""A candidate of ``extract`` drafted into a fact: what a curator would write, for them to check.

``Drafter(base, source)`` reads the base's vocabulary once (``drafted`` drafts a stream of records);
``Drafter.draft(record)`` fills a candidate record's statement, measure, kind, topics, entities and
speaker and lists them in ``candidate.drafted``, so that ``add`` takes them only when told (``--accept-drafts``):

- **measure**: an existing series' measure when the candidate continues it — same unit (and rate
  period), similar words, the same place ranking higher, never another facility's or the whole
  country's for a facility's figure — else the extractor's own reading, naming the one facility
  it is about ("coal output, Anju Coal Mine");
- **kind**: the extractor's, else ``statistic`` for a figure and ``event`` for a dated sentence;
- **topics** and **entities**: the extractor's guesses from the taxonomy and gazetteer, else the
  continued series' topics;
- **speaker**: the source's one speaker, when it names exactly one;
- **statement**: plain English from speaker, time, measure and the figure *as the quote writes it*
  ("According to Daily NK, in 2016 coal output was 7,700 tons."), so it says no more than the
  quote; a dated sentence without a figure is its own statement.

The words compared are ``quoted.word_key``'s: one stemming for the drafts and for ``verify``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..factbase.vocab import COUNTED

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..factbase.base import FactBase

_OPENERS = frozenset({"Some", "About", "Nearly", "Almost", "Over", "More", "Around", "Roughly", "Approximately",
                      "Up", "At", "Less", "Fewer", "Just", "An", "A"})
DRAFTED = ("statement", "measure", "kind", "topics", "entities", "speaker", "note")
_VERB = {"statistic": "stood at", "capacity": "stood at", "target": "was set at", "estimate": "was estimated at",
         "plan": "was planned at", "directive": "was to be"}


_SPAN_WORDS = frozenset({"from", "until", "to", "sometime", "between", "before", "after", "by", "since"})
_COUNT_VERB = {"target": "planned", "plan": "planned", "estimate": "estimated", "capacity": "in place"}
_POSSESSIVE = re.compile(r"^(?:[a-z][\w-]*['’]s\b|(?:value|number|share|volume|price|amount|rate)\s+of\b)")


def _plural(measure: str) -> bool:
    """Does the measure's head read as a plural ("coal exports", "export earnings"), so its verb is "were"?"""
    head = re.split(r"\s+(?:of|at|in|to|for|from)\s+|,", measure)[0].split()
    last = head[-1].lower() if head else ""
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is", "'s", "’s"))


@dataclass
class _Series:
    measure: str
    unit: str | None
    per: str | None
    words: frozenset[str]
    entities: set[str] = field(default_factory=set)
    topics: list[str] = field(default_factory=list)
    points: int = 0


@lru_cache(maxsize=8192)
def _word_set(text: str) -> frozenset[str]:
    """The stemmed content words of a text (a quote's words are read once for the several figures it holds)."""
    from .quoted import content_words, word_key

    return frozenset(word_key(w) for w in content_words(text))


class Drafter:
    """The base's vocabulary, read once: its series, entity names and the source's speaker."""

    def __init__(self, base: FactBase, source: str | None):
        self.base = base
        series: dict[tuple[str, str | None, str | None], _Series] = {}
        for f in base.facts:
            if not f.measure:
                continue
            key = (f.measure, f.unit, f.per)
            s = series.get(key)
            if s is None:
                s = series[key] = _Series(f.measure, f.unit, f.per, _word_set(f.measure))
            s.entities.update(f.entities)
            s.topics = list(f.topics)
            s.points += 1
        self.series = list(series.values())
        self._by_key = series
        # each series under its unit and period and one of its words: a figure continues only a series all
        # of whose words it says, so the series to weigh are found from the figure's own words, not by
        # trying every series of the base
        self._by_word: dict[tuple[str | None, str | None], dict[str, list[_Series]]] = {}
        for s in self.series:
            self._index(s)
        src = base.sources.get(source) if source else None
        self.speaker = src.speakers[0] if src is not None and len(src.speakers) == 1 else None

    def learn(self, fact: Any) -> None:
        """A fact just added (by ``review``): its series is one the next candidates may continue."""
        if not fact.measure:
            return
        key = (fact.measure, fact.unit, fact.per)
        s = self._by_key.get(key)
        if s is not None:
            s.entities.update(fact.entities)
            s.points += 1
            return
        s = self._by_key[key] = _Series(fact.measure, fact.unit, fact.per, _word_set(fact.measure),
                                        set(fact.entities), list(fact.topics), 1)
        self.series.append(s)
        self._index(s)

    def _index(self, s: _Series) -> None:
        if s.words:
            self._by_word.setdefault((s.unit, s.per), {}).setdefault(min(s.words), []).append(s)

    def _said(self, unit: str | None, per: str | None, said: frozenset[str]) -> Iterator[_Series]:
        """The series of this unit and period whose indexing word is said (each series once, in no set order)."""
        words = self._by_word.get((unit, per))
        if words:
            for w in said:
                yield from words.get(w, ())

    def series_for(self, rec: dict[str, Any]) -> _Series | None:
        """The existing series a figure continues: same unit and period, most words shared, same place first."""
        if rec.get("value") is None:
            return None
        own = rec.get("measure") or ""
        words = _word_set(own) if own else _word_set(rec.get("quote") or "")
        if not words:
            return None
        best: tuple[float, int, str] | None = None
        chosen = None
        works = set(self.facilities(rec))
        said = words | _word_set(rec.get("quote") or "")
        for s in self._said(rec.get("unit"), rec.get("per"), said):  # rank: no two series tie (measures differ)
            if works and not works & s.entities:
                continue  # a mine's output is not the country's series (one measure, one place)
            shared = len(words & s.words)
            if not shared or not s.words <= said:
                continue  # every word of the series is said: "output" alone does not continue "zinc output"
            score = shared / len(s.words | words) if own else shared / len(s.words)
            if score < (0.5 if own else 1.0):  # without a measure of its own, the quote names every word of it
                continue  # "coal output" does not continue "zinc output", wherever both are
            place = 1 if set(rec.get("entities") or []) & s.entities else 0  # the same place ranks first
            rank = (score + 0.25 * place, s.points, s.measure)
            if best is None or rank > best:
                best, chosen = rank, s
        return chosen

    def facilities(self, rec: dict[str, Any]) -> list[str]:
        return [e for e in rec.get("entities") or [] if (ent := self.base.entities.get(e)) is not None
                and ent.type == "facility"]

    def placed(self, measure: str | None, rec: dict[str, Any]) -> str | None:
        """A new series of one facility names it: "coal output" at the Anju Coal Mine → "coal output, Anju
        Coal Mine" (DESIGN.md "One measure, one series")."""
        from ..query.names import fold

        works = self.facilities(rec)
        if not measure or len(works) != 1:
            return measure
        name = self.base.entities[works[0]].name
        return measure if fold(name) in fold(measure) else f"{measure}, {name}"

    def speaker_name(self, speaker: str | None) -> str | None:
        ent = self.base.entities.get(speaker) if speaker else None
        return ent.name if ent is not None else None

    def draft(self, rec: dict[str, Any]) -> dict[str, Any]:
        """The record with its drafted fields filled in and named in ``candidate.drafted``."""
        out = dict(rec)
        cand = dict(out.get("candidate") or {})
        figure = cand.get("figure") or None
        series = self.series_for(out)
        own_measure = out.get("measure")
        if series is not None:
            out["measure"] = series.measure
            if not out.get("topics"):
                out["topics"] = list(series.topics)
        elif out.get("value") is not None:
            noun = (figure or {}).get("noun")
            counted = f"number of {own_measure}" if out.get("unit") in COUNTED and own_measure and \
                own_measure == noun else own_measure  # "151 local factories" → number of local factories
            out["measure"] = self.placed(counted, out)
        if not out.get("kind"):
            out["kind"] = "statistic" if out.get("value") is not None else "event"
        if not out.get("speaker") and self.speaker:
            out["speaker"] = self.speaker
        out["topics"] = list(out.get("topics") or [])
        out["entities"] = list(out.get("entities") or [])
        out["statement"] = self.statement(out, figure, own_measure)
        if figure is not None:
            out["note"] = self.cell_note(out, figure)
        cand["drafted"] = [k for k in DRAFTED if out.get(k) not in (None, "", []) and
                           (k != "note" or out.get(k) != rec.get(k))]
        if series is not None:
            cand["series"] = series.measure  # the series the figure continues (its measure)
        out["candidate"] = cand
        return out

    @staticmethod
    def cell_note(rec: dict[str, Any], figure: dict[str, Any]) -> str | None:
        """A table cell whose multiplier is in the caption, outside the quote (the row and its header):
        the note says how the value was read, so that it carries the figure (DESIGN.md: the value is in
        the quote)."""
        from .quoted import number_text, unwritten

        note = rec.get("note")
        if not unwritten(rec.get("value"), rec.get("value_max"), rec.get("quote") or "", note):
            return note
        value = rec["value"]
        text = " ".join(str(figure["text"]).split())
        read = f"{number_text(value)} {rec.get('unit') or ''}".strip()
        if (rec.get("candidate") or {}).get("header") is None:
            how = f"{text} in the units the table gives: {read}"
        else:
            how = f"the cell's {text} in the units of the table's caption: {read}"
        return f"{note}; {how}" if note else how[:1].upper() + how[1:]

    def redraft(self, rec: dict[str, Any]) -> dict[str, Any]:
        """After an edit: a statement still drafted is written again from the fields as they now are."""
        cand = rec.get("candidate") or {}
        if "statement" not in (cand.get("drafted") or []):
            return rec
        figure = cand.get("figure") or None
        return {**rec, "statement": self.statement(rec, figure, rec.get("measure"))}

    def statement(self, rec: dict[str, Any], figure: dict[str, Any] | None, own_measure: str | None) -> str:
        """A plain sentence from speaker, time, measure and the figure as the quote writes it."""
        from ..factbase import when as _when

        who = self.speaker_name(rec.get("speaker"))
        lead = f"According to {who}, " if who else ""
        if figure is None or rec.get("value") is None:
            said = " ".join(str(rec.get("quote") or "").split()).strip()
            if said and not said.endswith((".", "!", "?")):
                said += "."
            return lead + (said[:1].upper() + said[1:] if not lead else said)
        when = rec.get("when")
        time = ""
        if when:
            try:
                label = _when.label(when)
            except Exception:  # a when the extractor could not resolve: the statement leaves it out
                label = ""
            day = len(when) == 10 and when[4] == "-" and when[7] == "-"
            if label.split(" ", 1)[0].lower() in _SPAN_WORDS:  # "from 2017", "until 1968", "sometime 1948–1982"
                time = f"{label}, "
            else:
                time = f"{'on' if day else 'in'} {label}, " if label else ""
        measure = own_measure or rec.get("measure") or "the figure"
        works = self.facilities(rec)
        if own_measure and len(works) == 1:
            from ..query.names import fold

            name = self.base.entities[works[0]].name
            if fold(name) not in fold(measure):
                measure = f"{measure} at the {name}"  # the place the quote names, not lost from the statement
        if _POSSESSIVE.match(measure):
            measure = f"the {measure}"  # "the country's export earnings"
        verb = _VERB.get(rec.get("kind") or "", "stood at")
        if _plural(measure):
            verb = verb.replace("was ", "were ", 1)  # "coal exports were set at"
        written = " ".join(str(figure["text"]).split())
        if (rec.get("candidate") or {}).get("header") is not None:  # a bare cell: the value in its units
            from ..render.text import quantity_text

            written = quantity_text(rec["value"], rec.get("value_max"), rec.get("approx"), rec.get("unit"),
                                    rec.get("per"), figure.get("noun"))
        per = rec.get("per")
        if per and not re.search(rf"(?i)\b(?:a|an|per|each|every)\s+{per}\b|\b{per}ly\b|annual", written):
            written += f" a {per}"  # "600 grams" of "600 grams of grain a day": the rate is the figure's
        if written.split(" ", 1)[0] in _OPENERS:
            written = written[:1].lower() + written[1:]  # "Some 2,000 trucks" opened the sentence
        if rec.get("unit") in COUNTED and figure.get("noun") and rec.get("kind") in ("statistic", None):
            sentence = f"{time}there were {written}."  # "In 2016, there were about 60,000 miners."
        elif rec.get("unit") in COUNTED and figure.get("noun") and rec.get("kind") in _COUNT_VERB:
            be = "was" if rec.get("value") == 1 else "were"
            sentence = f"{time}{written} {be} {_COUNT_VERB[rec['kind']]}."  # "two new power stations were planned"
        else:
            sentence = f"{time}{measure} {verb} {written}."
        sentence = lead + sentence if lead else sentence[:1].upper() + sentence[1:]
        return sentence


def drafted(base: FactBase, source: str | None, records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Each record drafted, as they come (extract streams its records)."""
    d = Drafter(base, source)
    for rec in records:
        yield d.draft(rec)
