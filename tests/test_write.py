"""Writing a fact base (factbase/write.py, safewrite.py): saving is deterministic and atomic, under a
lock; parallel writers, writers killed at random points, files made with the umask.

These run the real command in separate processes: a lock that only works inside one process, or
a rename that is not atomic, would show here and nowhere else.
"""

from __future__ import annotations

import json
import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from nkecon_cli import factbase
from nkecon_cli.curate import ingest
from nkecon_cli.factbase import write
from nkecon_cli.factbase.records import Fact

from .conftest import fact

N_WRITERS = 8


def _nkecon(*args: str) -> list[str]:
    return [sys.executable, "-m", "nkecon_cli", *args]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "NKECON_BASE"}
    env["NO_COLOR"] = "1"
    return env


def _record(i: int) -> dict[str, Any]:
    return fact(id=f"zinc-parallel-{i}", value=1000 + i, measure="parallel test count",
                statement=f"Parallel writer {i} added this.", note=f"test count: {1000 + i}")


def test_parallel_adds_each_land(tiny: Path, tmp_path: Path) -> None:
    inputs = []
    for i in range(N_WRITERS):
        p = tmp_path / f"f{i}.jsonl"
        p.write_text(json.dumps(_record(i)) + "\n", encoding="utf-8")
        inputs.append(p)
    procs = [subprocess.Popen(_nkecon("--base", str(tiny), "add", str(p)), env=_env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for p in inputs]
    results = [(p.wait(timeout=60), p.stderr.read().decode() if p.stderr else "") for p in procs]
    assert all(code == 0 for code, _ in results), results
    ids = {f.id for f in factbase.load(tiny).facts}
    assert {f"zinc-parallel-{i}" for i in range(N_WRITERS)} <= ids
    assert len(factbase.load(tiny).facts) == 5 + N_WRITERS
    _, problems = factbase.verify(tiny)
    assert problems == []


def test_parallel_ingests_each_land(tiny: Path, tmp_path: Path) -> None:
    procs = []
    for i in range(N_WRITERS):
        p = tmp_path / f"t{i}.txt"
        p.write_text(f"Note number {i}: the mine produced {i} tons.\n", encoding="utf-8")
        procs.append(subprocess.Popen(
            _nkecon("--base", str(tiny), "ingest", str(p), "--title", f"Note {i}", "--date", "2024-05-01"),
            env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE))
    codes = [p.wait(timeout=60) for p in procs]
    assert codes == [0] * N_WRITERS
    base = factbase.load(tiny)
    assert {f"note-{i}-2024-05-01" for i in range(N_WRITERS)} <= set(base.sources)
    texts = {p.stem for p in (tiny / "sources").glob("*.txt")}
    assert texts == set(base.sources)  # no orphan text, no entry without its text
    assert not list(tiny.rglob("*.tmp"))


_KILLED_WRITER = """
import sys
from nkecon_cli import factbase
from nkecon_cli.curate import add
base = factbase.load(sys.argv[1])
n = int(sys.argv[2])
for i in range(10**6):
    fid = f"killed-{n}-{i}"
    value = n * 10**6 + i + 1  # writers never add the same figure twice (that would be a duplicate)
    rec = {**__import__("json").loads(sys.argv[3]), "id": fid, "value": value, "note": f"test count: {value}"}
    add.add_facts(base, [("x", rec)])
    if i == 0:
        print("added", flush=True)  # the test kills it only after this: on a loaded machine start-up is slow
"""


def test_killed_writers_leave_the_old_or_the_new_base(tiny: Path) -> None:
    """Writers that add facts in a loop are SIGKILLed at random moments: facts.json always loads,
    holds every fact it held before, and the next write removes what the killed ones left behind."""
    rng = random.Random(20240501)
    template = json.dumps(fact(measure="kill test count", statement="A killed writer added this."))
    before = {f.id for f in factbase.load(tiny).facts}
    for n in range(6):
        proc = subprocess.Popen([sys.executable, "-c", _KILLED_WRITER, str(tiny), str(n), template], env=_env(),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.readline() == b"added\n", proc.stderr.read().decode()
        time.sleep(rng.random() * 0.5)  # then a random moment: mid-write, mid-rename or between writes
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        now = {f.id for f in factbase.load(tiny).facts}  # never torn: it parses and validates
        assert before <= now
        before = now
    assert len(before) > 5, "the writers should have added something before being killed"
    (tiny / ".facts.json.leftover1.tmp").write_text("{half", encoding="utf-8")  # as a kill mid-write leaves
    (tiny / "sources" / ".sources.json.leftover2.tmp").write_text("{", encoding="utf-8")
    with factbase.write_lock(tiny):
        pass
    assert not list(tiny.rglob("*.tmp"))
    _, problems = factbase.verify(tiny)
    assert problems == []


def test_a_killed_ingest_is_finished_or_undone_by_the_next_write(tiny: Path) -> None:
    sources_dir = tiny / "sources"
    # killed after sources.json was committed, before the text was renamed into place
    base = factbase.load(tiny)
    src = base.sources["beta-news-2024-02-06"].model_copy(update={"id": "gamma-2024", "date": "2024"})
    write.write_atomic(sources_dir / "sources.json", write.dump_sources_file([*base.sources.values(), src]))
    (sources_dir / ".gamma-2024.txt.abc123.tmp").write_text("Gamma text.\n", encoding="utf-8")
    # killed before the commit: a staged text nobody lists
    (sources_dir / ".delta-2024.txt.def456.tmp").write_text("Delta text.\n", encoding="utf-8")
    (sources_dir / "notes.tmp").write_text("not ours", encoding="utf-8")  # left alone
    with factbase.write_lock(tiny):
        pass
    assert (sources_dir / "gamma-2024.txt").read_text(encoding="utf-8") == "Gamma text.\n"
    assert not (sources_dir / "delta-2024.txt").exists()
    assert sorted(p.name for p in sources_dir.glob("*.tmp")) == ["notes.tmp"]


def test_ingest_rolls_back_when_the_metadata_cannot_be_written(tiny: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = {p.name: p.read_bytes() for p in (tiny / "sources").iterdir()}
    real = write.write_atomic

    def boom(path: Path, content: str) -> None:
        if path.name == "sources.json":
            raise OSError(28, "No space left on device")
        real(path, content)

    monkeypatch.setattr(ingest, "write_atomic", boom)
    with pytest.raises(OSError):
        ingest.ingest_source(factbase.load(tiny), "A new text.", {"title": "New", "date": "2020"})
    assert {p.name: p.read_bytes() for p in (tiny / "sources").iterdir()} == before


def test_new_files_get_the_umask(tiny: Path, run: Any, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        src = tmp_path / "note.txt"
        src.write_text("A note.\n", encoding="utf-8")
        assert run("ingest", str(src), "--title", "Note", "--date", "2020", base=tiny).exit_code == 0
        assert run("export", "--format", "csv", "-o", str(tmp_path / "out.csv"), base=tiny).exit_code == 0
        assert run("export", "--format", "sqlite", "-o", str(tmp_path / "out.db"), base=tiny).exit_code == 0
    finally:
        os.umask(old)
    for p in (tiny / "sources" / "note-2020.txt", tmp_path / "out.csv", tmp_path / "out.db"):
        assert stat.S_IMODE(p.stat().st_mode) == 0o644, p
    os.chmod(tmp_path / "out.csv", 0o600)  # an existing file keeps its mode
    assert run("export", "--format", "csv", "-o", str(tmp_path / "out.csv"), base=tiny).exit_code == 0
    assert stat.S_IMODE((tmp_path / "out.csv").stat().st_mode) == 0o600


def test_writes_need_a_named_base(run: Any, monkeypatch: pytest.MonkeyPatch, tiny: Path) -> None:
    monkeypatch.chdir(tiny)
    r = run("add", "-", input=json.dumps(_record(1)) + "\n")
    assert r.exit_code == 2 and "--base DIR" in r.stderr and "never writes into the default base" in r.stderr
    r = run("ingest", "-", "--title", "T", "--date", "2020", input="text")
    assert r.exit_code == 2 and "--base DIR" in r.stderr


# --- saving, atomically and deterministically -------------------------------------------------


def test_save_is_deterministic_and_round_trips(tiny: Path) -> None:
    base = factbase.load(tiny)
    factbase.save(base)
    first = (tiny / "facts.json").read_text(encoding="utf-8")
    factbase.save(factbase.load(tiny))
    assert (tiny / "facts.json").read_text(encoding="utf-8") == first
    doc = json.loads(first)
    assert [f["id"] for f in doc["facts"]] == sorted(f["id"] for f in doc["facts"] if f["source"].startswith("a")) + \
        sorted(f["id"] for f in doc["facts"] if f["source"].startswith("b"))
    assert list(doc["facts"][0]) == list(Fact.model_fields)


def test_write_atomic_leaves_old_content_on_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "facts.json"
    target.write_text("old", encoding="utf-8")

    def boom(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write.write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["facts.json"]
