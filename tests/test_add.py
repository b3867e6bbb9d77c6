"""`nkecon add` (curate/add.py): validated, atomic, deterministic writes of new facts; every problem one
a line; the extract → add round trip; a full disk named with the file and the fix."""

from __future__ import annotations

import difflib
import errno
import json
import os
import shutil
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from nkecon_cli import factbase
from nkecon_cli.curate import add
from nkecon_cli.curate.add import add_facts
from nkecon_cli.factbase import write

from .conftest import fact, write_base


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".nkecon" not in p.parts}


def _full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    def fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", fsync)


def test_add_on_a_full_disk_names_the_file_and_the_fix(run: Any, tiny: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    new = tmp_path / "in.jsonl"
    record = fact(id="zinc-new", value=1949, unit="count", measure="new count")  # a value its quote writes
    new.write_text(json.dumps(record) + "\n", encoding="utf-8")
    before = _snapshot(tiny)
    _full_disk(monkeypatch)
    r = run("add", str(new), base=tiny)
    assert r.exit_code == 2
    assert r.stderr.strip() == (f"nkecon: {tiny / 'facts.json'}: cannot write (No space left on device); "
                                "free some space and run it again; nothing was changed")
    assert _snapshot(tiny) == before and not list(tiny.rglob("*.tmp"))


def test_an_nfd_quote_is_found_in_an_nfc_text(run: Any, tmp_path: Path) -> None:
    root = write_base(tmp_path / "b")
    text = root / "sources" / "beta-news-2024-02-06.txt"
    text.write_text(unicodedata.normalize("NFC", "Kangwŏn Province sent its plan on Jan. 8.\n"), encoding="utf-8")
    quote = unicodedata.normalize("NFD", "Kangwŏn Province sent its plan on Jan. 8.")
    rec = fact(id="kangwon-nfd", topics=["planning"], kind="event", measure=None, value=None, unit=None,
               when="2024-01-08", stated="2024-02-06", entities=["kangwon-province"], speaker=None,
               source="beta-news-2024-02-06", quote=quote)
    r = run("add", "-", base=root, input=json.dumps(rec) + "\n")
    assert r.exit_code == 0, r.stderr
    added = factbase.load(root).fact("kangwon-nfd")
    assert added is not None and added.quote == unicodedata.normalize("NFC", quote)


ROOT = Path(__file__).resolve().parent.parent


def _lines(*records: dict[str, Any]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _candidate(run: Any, base: Path, target: str, quote_start: str) -> dict[str, Any]:
    r = run("extract", target, "--format", "jsonl", base=base)
    assert r.exit_code == 0, r.output
    recs = [json.loads(line) for line in r.stdout.splitlines()]
    return next(rec for rec in recs if rec["quote"].startswith(quote_start))


def test_extract_then_add_round_trip(run: Any, tiny: Path, tmp_path: Path) -> None:
    cand = _candidate(run, tiny, "alpha-report-1957-08-07", "In 1950")
    assert cand["id"] is None and "candidate" in cand
    assert cand["topics"] == []  # nothing in "In 1950 it produced 4,800 tons." names a topic
    cand["quote"] = "it produced 4,800 tons"  # the whole sentence is curated already (zinc-1950)
    cand.update(statement="In 1950 the works produced 4,800 t of zinc (second reading).", kind="statistic",
                measure="zinc output, second reading", speaker="minister", topics=["zinc"])
    f = tmp_path / "todo.jsonl"
    f.write_text(_lines(cand), encoding="utf-8")
    r = run("add", "--accept-drafts", str(f), base=tiny)
    assert r.exit_code == 0, r.output
    assert "added 1 fact" in r.stderr and "zinc-output-second-reading-1950" in r.stderr
    base = factbase.load(tiny)
    new = base.fact("zinc-output-second-reading-1950")
    assert new is not None and new.value == 4800 and new.unit == "t" and new.when == "1950"
    assert factbase.verify(tiny)[1] == []
    # the file is written in the canonical, deterministic form
    text = (tiny / "facts.json").read_text(encoding="utf-8")
    assert text == write.dump_facts_file(base.topics.values(), base.entities.values(), base.facts)
    # the same fact again is a duplicate, refused, and nothing is written
    r = run("add", "--accept-drafts", str(f), base=tiny)
    assert r.exit_code == 2
    assert f"{f}:1: duplicate of fact 'zinc-output-second-reading-1950'" in r.stderr
    assert (tiny / "facts.json").read_text(encoding="utf-8") == text


def test_add_reports_every_problem_one_a_line(run: Any, tiny: Path, tmp_path: Path) -> None:
    before = (tiny / "facts.json").read_bytes()
    good = _candidate(run, tiny, "alpha-report-1957-08-07", "In 1949")
    incomplete = {**good, "measure": None, "statement": None}  # a candidate nobody completed
    typo = {**good, "statement": "x", "kind": "statistic", "measure": "m", "valeu": 3}
    bad_refs = {**good, "id": "zinc-1949", "statement": "x", "kind": "statistic", "measure": "m", "topics": ["nope"]}
    wrong_quote = {**good, "statement": "x", "kind": "statistic", "measure": "m", "quote": "Not in the text."}
    f = tmp_path / "bad.jsonl"
    f.write_text(_lines(incomplete, typo) + "{not json\n" + _lines(bad_refs, wrong_quote), encoding="utf-8")
    r = run("add", "--accept-drafts", str(f), base=tiny)
    assert r.exit_code == 2
    err = r.stderr.splitlines()
    assert f"{f}:1: statement: empty: the curator fills this in (extract leaves it null)" in err
    assert f"{f}:1: measure: empty: a value needs a measure, shared by a series' points" in err
    assert f"{f}:2: valeu: unknown field (not a fact field; see DESIGN.md §1)" in err
    assert any(line.startswith(f"{f}:3: not valid JSON") for line in err)
    assert f"{f}:4: id: 'zinc-1949' is already used in the base; ids are never reused" in err
    assert any(line.startswith(f"{f}:5: quote: not found in sources/alpha-report-1957-08-07.txt") for line in err)
    assert err[-1].startswith("nkecon: ") and "nothing written" in err[-1]
    assert (tiny / "facts.json").read_bytes() == before


def test_add_checks_cross_references(tiny: Path) -> None:
    base = factbase.load(tiny)
    rec = {**json.loads(json.dumps(base.fact("zinc-1949").model_dump())), "id": "zinc-1949-copy",  # type: ignore[union-attr]
           "value": 7701, "note": "read again as 7,701", "topics": ["zinc", "tin"], "entities": ["atlantis"],
           "speaker": "nobody"}
    with pytest.raises(factbase.LoadError) as info:
        add_facts(base, [("x.jsonl:1", rec)])
    got = sorted(str(p) for p in info.value.problems)
    assert got == [
        "x.jsonl:1: entities: unknown entity 'atlantis'",
        "x.jsonl:1: speaker: unknown entity 'nobody'",
        "x.jsonl:1: topics: unknown topic 'tin'",
    ]


def test_add_from_stdin_dry_run_and_format(run: Any, tiny: Path) -> None:
    base = factbase.load(tiny)
    rec = base.fact("kangwon-plan-sent").model_dump()  # type: ignore[union-attr]
    rec.update(id=None, value=8, unit="count", measure="plans sent", statement="One more plan was sent.")
    before = (tiny / "facts.json").read_bytes()
    r = run("add", "--dry-run", "--format", "jsonl", "-", base=tiny, input=_lines(rec))
    assert r.exit_code == 0, r.output
    [out] = [json.loads(line) for line in r.stdout.splitlines()]
    assert out["id"] == "plans-sent-2024" and out["when_start"] == "2024-01-08"
    assert "would add 1 fact" in r.stderr
    assert (tiny / "facts.json").read_bytes() == before


def test_export_then_add_into_another_base(run: Any, tiny: Path, tmp_path: Path) -> None:
    """`facts --format jsonl` output (with when_start, when_end, source_title) adds back once ids are new."""
    r = run("facts", "--source", "beta-news-2024-02-06", "--format", "jsonl", base=tiny)
    recs = [json.loads(line) for line in r.stdout.splitlines()]
    for rec in recs:
        rec["id"] += "-again"
        rec["value"], rec["unit"], rec["measure"], rec["note"] = 1, "count", "test count", "test count: 1"
    r = run("add", "-", base=tiny, input=_lines(*recs))
    assert r.exit_code == 0, r.output
    assert "added 2 facts" in r.stderr


def test_add_refuses_the_installed_copy(run: Any, tiny: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(add, "is_packaged", lambda root: True)
    r = run("add", "-", base=tiny, input="{}\n")
    assert r.exit_code == 2
    assert "installed with the package" in r.stderr and "--base" in r.stderr
    r = run("ingest", "-", "--title", "T", "--date", "2020", base=tiny, input="text")
    assert r.exit_code == 2 and "--base" in r.stderr


def test_add_into_a_copy_of_the_shipped_base(run: Any, tmp_path: Path) -> None:
    base_dir = tmp_path / "shipped"
    base_dir.mkdir()
    shutil.copy(ROOT / "facts.json", base_dir / "facts.json")
    shutil.copytree(ROOT / "sources", base_dir / "sources")
    cand = _candidate(run, base_dir, "kim-il-sung-heavy-industry-1968-04-25", "Yesterday I saw the lathe")
    cand["quote"] = "Yesterday I saw the lathe"  # the whole sentence is curated already: a duplicate
    cand.update(statement="Kim Il Sung saw the Kusong-3 lathe the day before his speech of 25 April 1968.",
                kind="event", topics=["machine-tools"], speaker="kim-il-sung")
    before = (base_dir / "facts.json").read_text(encoding="utf-8").splitlines()
    r = run("add", "--accept-drafts", "-", base=base_dir, input=_lines(cand))
    assert r.exit_code == 0, r.output
    after = (base_dir / "facts.json").read_text(encoding="utf-8").splitlines()
    diff = [d for d in difflib.ndiff(before, after) if d[:1] in "+-"]
    assert diff and all(d.startswith("+") for d in diff) and len(diff) < 40  # only the new fact's lines
    assert factbase.verify(base_dir)[1] == []
