"""`extract` streams: a long text is read a stretch of paragraphs at a time and each stretch's
candidates are written before the next is read, with the same candidates as one pass would give."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path
from typing import Any

import pytest

from nkecon_cli import extract as ex
from nkecon_cli import factbase
from nkecon_cli.factbase.paths import default_base

stream = sys.modules["nkecon_cli.extract.candidates"]  # the module (its name is also a function's)
FIXTURES = Path(__file__).parent / "fixtures" / "extract"


@pytest.fixture(scope="module")
def shipped() -> factbase.FactBase:
    return factbase.load(default_base())


def _docs(base: factbase.FactBase) -> list[Any]:
    docs = [ex.open_document(base, sid) for sid in sorted(base.sources)]
    docs += [ex.open_document(base, str(p), "1957-08-07", p.read_text(encoding="utf-8"))
             for p in sorted(FIXTURES.glob("*.txt"))]
    return docs


@pytest.mark.parametrize("window", [300, 4000])
def test_stretches_give_the_candidates_of_one_pass(shipped: factbase.FactBase, window: int,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    whole = [ex.extract(shipped, d) for d in _docs(shipped)]
    monkeypatch.setattr(stream, "WINDOW", window)
    assert [ex.extract(shipped, d) for d in _docs(shipped)] == whole
    assert sum(len(w) for w in whole) > 100


def test_the_first_record_comes_before_the_rest_is_read(shipped: factbase.FactBase,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n\n".join(f"In {1950 + i % 40} the works produced {1000 + i:,} tons of zinc." for i in range(400))
    doc = ex.open_document(shipped, "big.txt", "1990", text)
    read: list[int] = []
    real = stream._window_candidates

    def counting(chunk: str, *args: Any) -> Any:
        read.append(len(chunk))
        return real(chunk, *args)

    monkeypatch.setattr(stream, "WINDOW", 1000)
    monkeypatch.setattr(stream, "_window_candidates", counting)
    records = ex.iter_records(shipped, doc)
    first = next(records)
    assert first["value"] == 1000 and first["candidate"]["span"][0] == 0
    assert len(read) == 1 and read[0] < 1200
    rest = list(records)
    assert len(rest) == 399 and len(read) > 10
    assert [r["value"] for r in rest][-1] == 1399
    last = rest[-1]["candidate"]
    assert text[last["span"][0]:last["span"][1]] == rest[-1]["quote"]  # offsets are the document's
    assert text[last["figure"]["span"][0]:last["figure"]["span"][1]] == last["figure"]["text"]
    assert text[last["date"]["span"][0]:last["date"]["span"][1]] == last["date"]["text"]


def test_stretches_end_at_blank_lines() -> None:
    text = ("word " * 50 + "\n\n") * 20
    cuts = list(stream._windows(text, 300))
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(cuts))
    assert all(text[hi - 2:hi] == "\n\n" for _lo, hi in cuts[:-1])
    assert list(stream._windows("no break at all " * 100, 50)) == [(0, 1600)]
