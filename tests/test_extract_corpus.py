"""The extractor's corpus (src/nkecon_cli/extract/corpus.py): every rule's examples and counter-examples."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from nkecon_cli import extract as ex
from nkecon_cli import factbase
from nkecon_cli.extract.corpus import CORPUS, Example
from nkecon_cli.factbase import when as _when


@pytest.fixture(scope="module")
def base() -> factbase.FactBase:
    return factbase.load(Path(__file__).resolve().parent.parent)


def run(base: factbase.FactBase, e: Example) -> list[dict[str, Any]]:
    return ex.extract(base, ex.Document(e.text, None, e.doc, e.stated or e.doc.isoformat(), "test"))


def same_when(a: str | None, b: str) -> bool:
    return a is not None and _when.bounds(a) == _when.bounds(b)


@pytest.mark.parametrize("e", CORPUS, ids=[f"{e.rule}:{e.text[:40]}" for e in CORPUS])
def test_corpus(base: factbase.FactBase, e: Example) -> None:
    recs = run(base, e)
    figs = {r["candidate"]["figure"]["text"]: r for r in recs if r["candidate"]["figure"]}
    for text, want in e.figures.items():
        assert text in figs, f"{text!r} not proposed; got {sorted(figs)}"
        r = figs[text]
        got = (r["value"], r["unit"], r["when"])
        assert r["value"] == pytest.approx(want.value) and r["unit"] == want.unit, got
        assert same_when(r["when"], want.when), f"{text!r}: when {r['when']!r}, want {want.when!r}"
        if want.kind:
            assert r["kind"] == want.kind, f"{text!r}: kind {r['kind']!r}"
        if want.approx:
            assert r["approx"] == want.approx, f"{text!r}: approx {r['approx']!r}"
        if want.measure:
            assert r["measure"] == want.measure, f"{text!r}: measure {r['measure']!r}"
        if want.per:
            assert r["per"] == want.per, f"{text!r}: per {r['per']!r}"
        if want.value_max is not None:
            assert r["value_max"] == pytest.approx(want.value_max), f"{text!r}: value_max {r['value_max']!r}"
        if want.compared_to:
            cmp = r["candidate"]["comparison"]
            assert cmp and same_when(cmp["when"], want.compared_to), f"{text!r}: comparison {cmp}"
    for text in e.never_per:
        assert figs[text]["per"] is None, f"{text!r} read as a rate per {figs[text]['per']}"
    for words in e.never:
        hit = [t for t in figs if t == words or (words.strip("[]") == t)]
        assert not hit, f"{words!r} proposed as a figure"
    for w in e.never_when:
        assert not any(r["when"] and same_when(r["when"], w) for r in recs), f"a figure dated {w}"
    if e.events:
        evs = [r["when"] for r in recs if not r["candidate"]["figure"]]
        for w in e.events:
            assert any(same_when(x, w) for x in evs), f"no event at {w}; events {evs}"
