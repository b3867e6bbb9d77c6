"""Writes under attack: parallel writers, writers killed at random points, and export -o targets.

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
    rec = {**__import__("json").loads(sys.argv[3]), "id": fid, "value": i + 1, "note": f"test count: {i + 1}"}
    add.add_facts(base, [("x", rec)])
"""


def test_killed_writers_leave_the_old_or_the_new_base(tiny: Path) -> None:
    """Writers that add facts in a loop are SIGKILLed at random moments: facts.json always loads,
    holds every fact it held before, and the next write removes what the killed ones left behind."""
    rng = random.Random(20240501)
    template = json.dumps(fact(measure="kill test count", statement="A killed writer added this."))
    before = {f.id for f in factbase.load(tiny).facts}
    for n in range(6):
        proc = subprocess.Popen([sys.executable, "-c", _KILLED_WRITER, str(tiny), str(n), template], env=_env(),
                                stderr=subprocess.PIPE)
        time.sleep(0.3 + rng.random() * 0.5)
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


# --- export -o ---------------------------------------------------------------------------------


def test_export_writes_through_a_symlink(run: Any, tiny: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    r = run("export", "--format", "csv", "-o", str(link), base=tiny)
    assert r.exit_code == 0, r.stderr
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("id,statement")
    assert str(real) in r.stderr


@pytest.mark.parametrize("target", ["facts.json", "sources/sources.json", "sources/alpha-report-1957-08-07.txt",
                                    "sources/new.txt"])
def test_export_refuses_the_bases_own_files(run: Any, tiny: Path, target: str) -> None:
    def files() -> dict[Path, bytes]:  # the base's own files: the derived index (.nkecon/) is a cache of them
        return {p: p.read_bytes() for p in tiny.rglob("*") if p.is_file() and ".nkecon" not in p.parts}

    before = files()
    r = run("export", "--format", "csv", "-o", str(tiny / target), base=tiny)
    assert r.exit_code == 2 and "part of the fact base" in r.stderr
    assert files() == before


def test_export_refuses_a_link_to_the_base(run: Any, tiny: Path, tmp_path: Path) -> None:
    link = tmp_path / "innocent.csv"
    link.symlink_to(tiny / "facts.json")
    r = run("export", "--format", "csv", "-o", str(link), base=tiny)
    assert r.exit_code == 2 and "part of the fact base" in r.stderr and str(tiny / "facts.json") in r.stderr
    hard = tmp_path / "hard.json"
    os.link(tiny / "facts.json", hard)
    r = run("export", "--format", "json", "-o", str(hard), base=tiny)
    assert r.exit_code == 2 and "part of the fact base" in r.stderr


def test_export_refuses_devices_and_folders(run: Any, tiny: Path, tmp_path: Path) -> None:
    r = run("export", "--format", "csv", "-o", "/dev/null", base=tiny)
    assert r.exit_code == 2 and "device" in r.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    link = tmp_path / "to-folder"
    link.symlink_to(tmp_path)
    r = run("export", "--format", "csv", "-o", str(link), base=tiny)
    assert r.exit_code == 2 and ("folder" in r.stderr or "directory" in r.stderr)


def test_export_errors_name_the_target_not_a_temporary_file(run: Any, tiny: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from nkecon_cli.factbase import safewrite

    def fail(src: str, dst: str) -> None:
        raise OSError(18, "Invalid cross-device link", src)

    monkeypatch.setattr(safewrite.os, "replace", fail)
    r = run("export", "--format", "csv", "-o", str(tmp_path / "x.csv"), base=tiny)
    assert r.exit_code == 2
    assert str(tmp_path / "x.csv") in r.stderr and ".tmp" not in r.stderr
    assert list(tmp_path.iterdir()) == [tiny]  # the temporary file is gone too


def test_export_to_a_missing_folder(run: Any, tiny: Path, tmp_path: Path) -> None:
    r = run("export", "--format", "csv", "-o", str(tmp_path / "nope" / "x.csv"), base=tiny)
    assert r.exit_code == 2 and "no folder" in r.stderr
