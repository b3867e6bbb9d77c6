"""A candidate's confidence: learnt on the development half, higher where the evidence is firmer."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from nkecon_cli import extract as ex
from nkecon_cli import factbase
from nkecon_cli.extract import confidence

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def base() -> factbase.FactBase:
    return factbase.load(ROOT)


def conf(base: factbase.FactBase, text: str) -> dict[str, float]:
    doc = ex.Document(text, None, date(2016, 6, 1), "2016-06-01", "test")
    return {c.figure.text: c.confidence for c in ex.candidates(base, doc) if c.figure is not None}


def test_weights_are_fitted() -> None:
    assert confidence.WEIGHTS, "bench/calibrate.py writes the weights; none means every figure gets 0.5"
    assert set(confidence.WEIGHTS) - {"bias"} <= {f"basis:{b}" for b in confidence.BASES} | {
        "measured", "count", "dates", "measure", "topics", "comparison", "approx", "relative", "cell", "long"}


def test_a_figure_tied_to_its_date_is_surer_than_a_bare_count_of_the_document(base: factbase.FactBase) -> None:
    sure = conf(base, "Coal output reached 21.5 million tons in 2015.")["21.5 million tons"]
    loose = conf(base, "The delegation saw twelve factories and spoke with the managers.")
    assert all(0.0 <= v <= 1.0 for v in [sure, *loose.values()])
    assert loose and sure > max(loose.values())


def test_min_confidence_leaves_out_the_doubtful(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = tmp_path / "note.txt"
    doc.write_text("Coal output reached 21.5 million tons in 2015. The delegation saw twelve factories.\n",
                   encoding="utf-8")
    every = run("extract", str(doc), "--date", "2016-06-01", "--format", "jsonl")
    assert every.exit_code == 0
    confs = sorted(json.loads(line)["candidate"]["confidence"] for line in every.output.splitlines()
                   if line.startswith("{"))
    assert len(confs) == 2 and confs[0] < confs[1]  # (the threshold between them, whatever the fit gives them)
    some = run("extract", str(doc), "--date", "2016-06-01", "--format", "jsonl", "--min-confidence",
               f"{(confs[0] + confs[1]) / 2:.3f}")
    assert some.exit_code == 0
    kept = [json.loads(line) for line in some.output.splitlines() if line.startswith("{")]
    assert [r["candidate"]["confidence"] for r in kept] == [confs[1]]


def test_first_readings_read_the_features_the_model_reads(base: factbase.FactBase) -> None:
    """bench/first_readings.py reads an old extractor's features from its records: for today's extractor they are
    the features ``confidence`` reads from the candidate itself, on every fixture text."""
    import importlib
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    try:
        fr = importlib.import_module("first_readings")
    finally:
        sys.path.remove(str(ROOT / "bench"))
    seen = 0
    for path in sorted((ROOT / "tests" / "fixtures" / "extract").glob("*.txt")):
        doc = ex.Document(path.read_text(encoding="utf-8"), None, date(2016, 6, 1), "2016-06-01", "test")
        for c in ex.candidates(base, doc):
            if c.figure is not None:
                assert fr.record_features(ex.record(c, doc)) == confidence.features(c), (path.name, c.figure.text)
                seen += 1
    assert seen > 100


def test_a_terminal_table_of_no_candidates_is_no_empty_frame(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # with every candidate left out, the table view prints the summary line alone, not a frame with no rows
    doc = tmp_path / "note.txt"
    doc.write_text("Coal output reached 21.5 million tons in 2015.\n", encoding="utf-8")
    got = run("extract", str(doc), "--date", "2016-06-01", "--format", "table", "--min-confidence", "1")
    assert got.exit_code == 0
    assert "0 candidates in" in got.output and "┏" not in got.output and "━" not in got.output, got.output
