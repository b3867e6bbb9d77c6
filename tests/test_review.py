"""`nkecon init` and `nkecon review`: the non-interactive core (curate/review.py, curate/edit.py)
and the loop itself through a real pseudo-terminal (pexpect): accept, edit, skip, quit, resume."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from nkecon_cli import errors, factbase
from nkecon_cli.curate import add
from nkecon_cli.curate.edit import EditError, edit_field, edit_in_editor
from nkecon_cli.curate.review import Review, read_decisions

REPORT = """North Korea's Coal Industry in 2016

In 2016 North Korea produced 31 million tons of coal, 14 per cent more than a year earlier.
Coal exports to China reached 22.5 million tons in 2016.
The Anju Coal Mine produced 7,700 tons of coal in December 2016.
"""
TITLE = "North Korea's Coal Industry in 2016"
SID = "north-koreas-coal-industry-in-2016-2017-03-15"


def _started(run: Any, tmp_path: Path) -> Path:
    root = tmp_path / "base"
    r = run("init", str(root))
    assert r.exit_code == 0, r.output
    assert r.stdout == f"{root}\n"
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    r = run("ingest", str(tmp_path / "report.txt"), "--title", TITLE, "--date", "2017-03-15", base=root)
    assert r.exit_code == 0 and r.stdout == f"{SID}\n", r.output
    return root


# --- init ------------------------------------------------------------------------------------


def test_init_starts_an_empty_base_with_the_vocabulary(run: Any, tmp_path: Path) -> None:
    root = tmp_path / "base"
    r = run("init", str(root))
    assert r.exit_code == 0, r.output
    assert "started a fact base in" in r.stderr and f"nkecon --base {root} ingest FILE" in r.stderr
    base = factbase.load(root)
    shipped = factbase.load()
    assert base.facts == [] and base.sources == {}
    assert set(base.topics) == set(shipped.topics) and set(base.entities) == set(shipped.entities)
    v = run("verify", "--strict", base=root)
    assert v.exit_code == 0 and v.stdout.startswith("ok: 0 facts, 0 sources")


def test_init_from_shipped_copies_everything(run: Any, tmp_path: Path) -> None:
    root = tmp_path / "copy"
    assert run("init", "--from-shipped", str(root)).exit_code == 0
    base = factbase.load(root)
    assert base.fact_count() == factbase.load().fact_count() and len(base.sources) == 5
    assert run("verify", base=root).exit_code == 0


def test_init_refuses_a_base_and_never_overwrites(run: Any, tmp_path: Path, tiny: Path) -> None:
    before = (tiny / "facts.json").read_bytes()
    r = run("init", str(tiny))
    assert r.exit_code == 2
    assert r.stderr == (f"nkecon: {tiny} already holds a fact base (facts.json); init never overwrites one — use "
                        f"it with --base {tiny}, or give a new folder\n")
    assert (tiny / "facts.json").read_bytes() == before
    (tmp_path / "file").write_text("x", encoding="utf-8")
    r = run("init", str(tmp_path / "file"))
    assert r.exit_code == 2 and "is a file" in r.stderr and "Traceback" not in r.output


# --- the core: decisions in, facts out ----------------------------------------------------------


def test_review_core_accept_skip_resume(run: Any, tmp_path: Path) -> None:
    root = _started(run, tmp_path)
    rv = Review(factbase.load(root), SID)
    todo = rv.pending()
    assert [i.record["value"] for i in todo] == [31_000_000, 14, 22_500_000, 7700]
    first = rv.accept(todo[0], todo[0].record)
    assert first.id == "coal-output-2016"
    growth = rv.edited(rv.edited(todo[1].record, "measure", "coal output growth"), "per", "-")
    assert growth["statement"] == "In 2016, coal output growth stood at 14 per cent."  # written again
    assert rv.accept(todo[1], growth).id == "coal-output-growth-2016"
    rv.skip(todo[2])
    # the base has the facts, the decisions file what was decided; a new review offers only the rest
    base = factbase.load(root)
    assert {f.id for f in base.facts} == {"coal-output-2016", "coal-output-growth-2016"}
    decided = read_decisions(root, SID)
    assert [(d["decision"], d["fact"]) for d in decided.values()] == [
        ("accepted", "coal-output-2016"), ("accepted", "coal-output-growth-2016"), ("skipped", None)]
    again = Review(base, SID)
    assert [i.record["value"] for i in again.pending()] == [7700]
    assert again.counts() == {"accepted": 2, "skipped": 1, "covered": 0, "left": 1}
    assert run("verify", "--strict", base=root).exit_code == 0


def test_a_fact_that_landed_before_its_decision_is_not_offered_again(run: Any, tmp_path: Path) -> None:
    root = _started(run, tmp_path)
    rv = Review(factbase.load(root), SID)
    item = rv.pending()[0]
    add.add_facts(factbase.load(root), [("x", item.record)], accept_drafts=True)  # killed before deciding
    assert [i.record["value"] for i in Review(factbase.load(root), SID).pending()] == [14, 22_500_000, 7700]


def test_a_refused_record_is_not_decided(run: Any, tmp_path: Path) -> None:
    root = _started(run, tmp_path)
    rv = Review(factbase.load(root), SID)
    item = rv.pending()[0]
    bad = edit_field(item.record, "value", "32,000,000")  # not what the quote says
    assert [p.message.split(";")[0] for p in rv.check(bad)] == [
        "32,000,000 t is not written in its quote in any form (the quote gives 0.14, 14, 2,016, 31,000,000)"]
    with pytest.raises(factbase.LoadError):
        rv.accept(item, bad)
    assert read_decisions(root, SID) == {} and factbase.load(root).facts == []


def test_a_broken_decisions_file_is_named_not_overwritten(run: Any, tmp_path: Path) -> None:
    root = _started(run, tmp_path)
    (root / "review").mkdir()
    (root / "review" / f"{SID}.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(errors.NkeconError, match="not a review decisions file"):
        Review(factbase.load(root), SID)


@pytest.mark.parametrize(
    ("field", "typed", "value"),
    [("value", "7,700", 7700), ("value", "7.5", 7.5), ("value", "-", None), ("topics", "coal, mining",
     ["coal", "mining"]), ("entities", "—", []), ("statement", " A plain sentence. ", "A plain sentence."),
     ("speaker", "-", None)],
)
def test_edit_a_field(field: str, typed: str, value: Any) -> None:
    rec = {"value": 1, "topics": ["x"], "entities": ["y"], "statement": "s", "speaker": "z",
           "candidate": {"drafted": ["statement", "topics", "entities", "speaker"]}}
    out = edit_field(rec, field, typed)
    assert out[field] == value
    assert field not in out["candidate"]["drafted"]  # read and changed: no longer a draft
    assert rec[field] != out[field] or typed.strip() == str(rec[field])  # the input record is not changed


def test_edit_refuses_what_is_not_a_number() -> None:
    with pytest.raises(EditError, match="not a number"):
        edit_field({"value": 1}, "value", "seven")


def test_edit_in_editor() -> None:
    rec = {"statement": "s", "value": 1, "candidate": {"drafted": ["statement"]}}
    out = edit_in_editor(rec, edit=lambda text, extension: text.replace('"s"', '"New words."'))
    assert out["statement"] == "New words." and out["candidate"]["drafted"] == []
    assert edit_in_editor(rec, edit=lambda text, extension: None) is rec  # left without saving
    with pytest.raises(EditError, match="not valid JSON"):
        edit_in_editor(rec, edit=lambda text, extension: "{")
    with pytest.raises(EditError, match="unknown field 'valeu'"):
        edit_in_editor(rec, edit=lambda text, extension: '{"valeu": 3}')


def test_review_without_a_terminal_points_to_extract_and_add(run: Any, tmp_path: Path) -> None:
    root = _started(run, tmp_path)
    r = run("review", SID, base=root, input="a\n")
    assert r.exit_code == 2
    assert r.stderr.startswith("nkecon: review asks for each candidate and needs a terminal; without one: ")
    assert f"nkecon --base {root} extract {SID} --format jsonl" in r.stderr
    assert f"nkecon --base {root} add --accept-drafts todo.jsonl" in r.stderr
    assert factbase.load(root).facts == [] and not (root / "review").exists()


# --- the loop on a real terminal ------------------------------------------------------------


def _spawn(root: Path) -> Any:
    pexpect = pytest.importorskip("pexpect")
    exe = shutil.which("nkecon", path=str(Path(sys.executable).parent)) or ""
    args = [exe] if exe else [sys.executable, "-m", "nkecon_cli"]
    env = {**os.environ, "COLUMNS": "80", "LINES": "40", "NO_COLOR": "1", "TERM": "xterm"}
    env.pop("NKECON_BASE", None)
    child = pexpect.spawn(args[0], [*args[1:], "--base", str(root), "review", SID], env=env, encoding="utf-8",
                          timeout=60, dimensions=(40, 80))
    return child


PROMPT = r"\[a\]ccept \[e\]dit \[s\]kip \[q\]uit \[\?\] >"


def test_review_through_a_pseudo_terminal(run: Any, tmp_path: Path) -> None:
    root = _started(run, tmp_path)
    child = _spawn(root)
    child.expect("4 candidates to review")
    child.expect("candidate 1 of 4")
    child.expect(PROMPT)
    child.sendline("a")  # accept the drafted fact as it is
    child.expect("added fact coal-output-2016")
    child.expect("candidate 2 of 4")
    child.expect(PROMPT)
    child.sendline("e")  # edit one field by a one-line prompt
    child.expect("field >")
    child.sendline("measure")
    child.expect("measure \\[")
    child.sendline("coal output growth")
    child.expect("coal output growth stood at 14 per cent")
    child.expect(PROMPT)
    child.sendline("e")
    child.expect("field >")
    child.sendline("per")
    child.expect("per \\[")
    child.sendline("-")
    child.expect(PROMPT)
    child.sendline("a")
    child.expect("added fact coal-output-growth-2016")
    child.expect(PROMPT)
    child.sendline("s")  # skip: not offered again
    child.expect("candidate 4 of 4")
    child.expect(PROMPT)
    child.sendline("q")
    child.expect("accepted 2, skipped 1; 1 left")
    child.expect(pexpect_eof())
    child.close()
    assert child.exitstatus == 0
    base = factbase.load(root)
    assert {f.id: (f.value, f.unit, f.per) for f in base.facts} == {
        "coal-output-2016": (31_000_000, "t", None), "coal-output-growth-2016": (14, "%", None)}
    # a second review resumes: only the candidate left is offered
    child = _spawn(root)
    child.expect("1 candidates to review")
    child.expect("candidate 1 of 1")
    child.expect("7,700 tons")
    child.expect(PROMPT)
    child.sendline("a")
    child.expect("added fact")
    child.expect("accepted 1, skipped 0; 0 left")
    child.expect(pexpect_eof())
    child.close()
    assert child.exitstatus == 0
    done = _spawn(root)
    done.expect("nothing left to review")
    done.expect(pexpect_eof())
    assert json.loads((root / "review" / f"{SID}.json").read_text(encoding="utf-8"))["source"] == SID
    assert run("verify", "--strict", base=root).exit_code == 0


def pexpect_eof() -> Any:
    import pexpect

    return pexpect.EOF


def test_review_edits_the_whole_record_in_the_editor(run: Any, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    root = _started(run, tmp_path)
    editor = tmp_path / "editor.py"
    editor.write_text("import sys, pathlib\np = pathlib.Path(sys.argv[1])\n"
                      "p.write_text(p.read_text().replace('stood at 31 million tons', 'was 31 million tons'))\n",
                      encoding="utf-8")
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    child = _spawn(root)
    child.expect(PROMPT)
    child.sendline("e")
    child.expect("field >")
    child.sendline("!")
    child.expect("In 2016, coal output was 31 million tons")
    child.expect(PROMPT)
    child.sendline("a")
    child.expect("added fact coal-output-2016")
    child.expect(PROMPT)
    child.sendline("q")
    child.expect(pexpect_eof())
    child.close()
    fact = factbase.load(root).fact("coal-output-2016")
    assert fact is not None and fact.statement == "In 2016, coal output was 31 million tons."


def test_a_series_begun_in_a_review_is_continued_in_it(run: Any, tmp_path: Path) -> None:
    root = tmp_path / "base"
    assert run("init", str(root)).exit_code == 0
    text = REPORT + "The government plans to raise coal output to 35 million tons in 2017.\n"
    r = run("ingest", "-", "--title", TITLE, "--date", "2017-03-15", base=root, input=text)
    assert r.exit_code == 0, r.output
    rv = Review(factbase.load(root), SID)
    todo = rv.pending()
    plan = todo[-1]
    assert plan.record["value"] == 35_000_000 and plan.record["measure"] is None  # no coal series in the base yet
    rv.accept(todo[0], todo[0].record)  # coal-output-2016
    assert rv.redrafted(plan)["measure"] == "coal output"
