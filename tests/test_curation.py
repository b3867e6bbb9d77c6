"""add and ingest: validated, atomic, deterministic writes; the extract → add and ingest → extract round trips."""

from __future__ import annotations

import difflib
import json
import shutil
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from nkecon_cli import errors, factbase
from nkecon_cli.curate import add
from nkecon_cli.curate.add import add_facts
from nkecon_cli.curate.ingest import ingest_source
from nkecon_cli.factbase import write

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


# --- ingest -------------------------------------------------------------------------------------------


def test_ingest_normalises_and_never_overwrites(run: Any, tiny: Path, tmp_path: Path) -> None:
    raw = "Report on Hu\u0308ngnam\r\n\r\nIn 1958 the plant produced 300,000 tons of fertilizer.\r\n"
    f = tmp_path / "hungnam.txt"
    f.write_bytes(b"\xef\xbb\xbf" + raw.encode("utf-8"))
    args = ("ingest", str(f), "--title", "Report on the Hungnam plant", "--date", "2 March 1958",
            "--kind", "report", "--perspective", "soviet-diplomat", "--url", "https://example.org/doc/1")
    r = run(*args, base=tiny)
    assert r.exit_code == 0, r.output
    assert r.stdout == "report-on-the-hungnam-plant-1958-03-02\n"
    text = (tiny / "sources" / "report-on-the-hungnam-plant-1958-03-02.txt").read_text(encoding="utf-8")
    assert text == unicodedata.normalize("NFC", raw.replace("\r\n", "\n")) and "\r" not in text
    base = factbase.load(tiny)
    src = base.sources["report-on-the-hungnam-plant-1958-03-02"]
    assert (src.date, src.kind, src.perspective, src.url) == ("1958-03-02", "report", "soviet-diplomat",
                                                              "https://example.org/doc/1")
    assert src.citation == "“Report on the Hungnam plant,” 2 Mar 1958, https://example.org/doc/1."
    assert factbase.verify(tiny)[1] == []
    # again: a given id that is taken is refused; the same text is refused under any id or title
    r = run(*args, "--id", "report-on-the-hungnam-plant-1958-03-02", base=tiny)
    assert r.exit_code == 2 and "already exists" in r.stderr and "--id" in r.stderr
    r = run(*args, base=tiny)
    assert r.exit_code == 2 and "already in the base as source 'report-on-the-hungnam-plant-1958-03-02'" in r.stderr
    r = run("ingest", str(f), "--title", "Other", "--date", "1958", base=tiny)
    assert r.exit_code == 2 and "already in the base as source 'report-on-the-hungnam-plant-1958-03-02'" in r.stderr


def test_ingest_extract_add_round_trip(run: Any, tiny: Path) -> None:
    text = "Market note\n\nLast year the price of rice rose to 5,000 won per kilogram in Nampo.\n"
    r = run("ingest", "-", "--title", "Market note", "--date", "2024-05-01", "--kind", "news-report",
            "--perspective", "exile-media", base=tiny, input=text)
    assert r.exit_code == 0, r.output
    sid = r.stdout.strip()
    cand = _candidate(run, tiny, sid, "Last year")
    assert (cand["value"], cand["unit"], cand["when"], cand["dated_by"]) == (5000, "KPW/kg", "2023", "relative")
    assert cand["entities"] == ["nampo"]
    cand.update(statement="Rice in Nampo cost 5,000 won a kilogram in 2023.", kind="statistic",
                measure="rice price, Nampo", topics=["planning"])
    r = run("add", "--accept-drafts", "-", base=tiny, input=_lines(cand))
    assert r.exit_code == 0, r.output
    assert "rice-price-nampo-2023" in r.stderr


def test_ingest_bad_input(run: Any, tiny: Path, tmp_path: Path) -> None:
    f = tmp_path / "latin1.txt"
    f.write_bytes("Caf\xe9 prices".encode("latin-1"))
    r = run("ingest", str(f), "--title", "Cafe", "--date", "2020", base=tiny)
    assert r.exit_code == 2 and "is not utf-8" in r.stderr and "--encoding" in r.stderr
    r = run("ingest", str(f), "--title", "Cafe", "--date", "2020", "--encoding", "latin-1", base=tiny)
    assert r.exit_code == 0, r.output
    r = run("ingest", str(f), "--title", "Cafe 2", "--date", "someday", "--encoding", "latin-1", base=tiny)
    assert r.exit_code == 2 and "--date 'someday'" in r.stderr


def test_ingest_source_core(tiny: Path) -> None:
    base = factbase.load(tiny)
    src = ingest_source(base, "Text.", {"title": "A note", "date": "1957", "author": "minister"})
    assert src.id == "a-note-1957" and base.text(src.id) == "Text.\n"
    with pytest.raises(errors.NkeconError, match="unknown entity 'nobody'"):
        ingest_source(base, "Other text.", {"title": "B", "date": "1957", "author": "nobody"})
    assert not (tiny / "sources" / "b-1957.txt").exists()
