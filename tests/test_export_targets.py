"""Where `export` may write: never over a fact base (its own or another's), `-` is standard output,
and a failed or killed export leaves nothing behind."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .conftest import fact, tiny_doc, write_base


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".nkecon" not in p.parts}


@pytest.mark.parametrize("target", ["facts.json", "sources/sources.json", "sources/alpha-report-1957-08-07.txt",
                                    "sources/new.txt"])
@pytest.mark.parametrize("fmt", ["csv", "sqlite"])
def test_export_refuses_another_bases_files(run: Any, tiny: Path, tmp_path: Path, target: str, fmt: str) -> None:
    other = write_base(tmp_path / "mybase")
    before = _snapshot(other)
    r = run("export", "--format", fmt, "-o", str(other / target), base=tiny)
    assert r.exit_code == 2
    assert "part of the fact base" in r.stderr and str(other) in r.stderr and "export elsewhere" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert _snapshot(other) == before
    assert not list(other.rglob("*.tmp"))


def test_export_may_write_a_facts_json_that_belongs_to_no_base(run: Any, tiny: Path, tmp_path: Path) -> None:
    r = run("export", "--format", "json", "-o", str(tmp_path / "facts.json"), base=tiny)
    assert r.exit_code == 0 and json.loads((tmp_path / "facts.json").read_text(encoding="utf-8"))


def test_export_dash_is_standard_output(run: Any, tiny: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    r = run("export", "--format", "csv", "-o", "-", base=tiny)
    assert r.exit_code == 0 and r.stdout.startswith("id,")
    assert not (tmp_path / "-").exists()


def _nkecon(*args: str, **kw: Any) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "NKECON_BASE"}
    return subprocess.run([sys.executable, "-m", "nkecon_cli", *args], env=env, capture_output=True, timeout=60,
                          **kw)


@pytest.mark.parametrize("out", ["-", "/dev/stdout"])
def test_export_to_stdout_into_a_pipe(tiny: Path, out: str) -> None:
    if out == "/dev/stdout" and not Path(out).exists():
        pytest.skip("no /dev/stdout here")
    r = _nkecon("--base", str(tiny), "export", "--format", "jsonl", "-o", out)
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.decode().splitlines()) == 5
    r = _nkecon("--base", str(tiny), "export", "--format", "sqlite", "-o", out)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(b"SQLite format 3\x00")


def test_sqlite_export_keeps_integers_beyond_64_bits(run: Any, tmp_path: Path) -> None:
    doc = tiny_doc()
    doc["facts"][0]["value"] = 2**70
    doc["facts"][1]["value"] = 2**62
    for f in doc["facts"][:2]:  # a value its quote does not write is derived, and its note says so
        f["note"] = f"derived for the test: {f['value']}"
    base = write_base(tmp_path / "big", doc)
    assert run("verify", base=base).exit_code == 0
    r = run("export", "--format", "sqlite", "-o", str(tmp_path / "out.db"), base=base)
    assert r.exit_code == 0, r.output
    con = sqlite3.connect(tmp_path / "out.db")
    got = dict(con.execute("SELECT id, value FROM facts WHERE id IN ('zinc-1949', 'zinc-1950')"))
    assert got == {"zinc-1949": float(2**70), "zinc-1950": 2**62}
    assert isinstance(got["zinc-1950"], int)


def test_sqlite_export_on_a_full_disk(run: Any, tiny: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nkecon_cli.render import export

    def full(base: Any, facts: Any, path: Path) -> None:
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE t(x)")
        Path(f"{path}-journal").write_bytes(b"j")  # what a transaction cut short leaves
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(export, "write_sqlite", full)
    r = run("export", "--format", "sqlite", "-o", str(tmp_path / "out.db"), base=tiny)
    assert r.exit_code == 2
    assert r.stderr.strip() == (f"nkecon: -o {tmp_path / 'out.db'}: cannot write (database or disk is full); "
                                "free some space or pick another path")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["base"]


_KILLED = """
import os, signal, sqlite3, sys
from pathlib import Path
from nkecon_cli.render import export

def slow(base, facts, path):
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t(x)")
    con.execute("BEGIN")
    con.execute("INSERT INTO t VALUES (1)")
    Path(str(path) + "-journal").write_bytes(b"j")
    os.kill(os.getpid(), signal.SIGTERM)
    raise AssertionError("SIGTERM did not stop the export")

export.write_sqlite = slow
sys.argv = ["nkecon", "--base", sys.argv[1], "export", "--format", "sqlite", "-o", sys.argv[2]]
from nkecon_cli.cli import main
main()
"""


def test_sigterm_during_export_leaves_nothing_behind(tiny: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "x.db"
    out.parent.mkdir()
    r = subprocess.run([sys.executable, "-c", _KILLED, str(tiny), str(out)], capture_output=True, timeout=60)
    assert r.returncode == 128 + signal.SIGTERM, r.stderr
    assert b"Traceback" not in r.stderr and b"AssertionError" not in r.stderr
    assert list(out.parent.iterdir()) == []


def test_export_refuses_a_folder_that_holds_a_base_s_sources(run: Any, tiny: Path, tmp_path: Path) -> None:
    other = write_base(tmp_path / "theirs", tiny_doc([fact()]))
    (other / "sources" / "drafts").mkdir()
    r = run("export", "--format", "csv", "-o", str(other / "sources" / "drafts" / "x.csv"), base=tiny)
    assert r.exit_code == 2 and "part of the fact base" in r.stderr


# --- export through the index, streamed (issue 21) --------------------------------------------------

_STREAMED_FORMATS = ("markdown", "timelinejs", "csl-json", "wide", "csv", "jsonl")
_QUERIES = ((), ("--topic", "nonferrous-metals", "--sort", "value"),
            ("--from", "1940", "--to", "1990", "--overlap", "--sort", "stated"),
            ("--text", "coal", "--sort", "source", "--limit", "9"), ("--sort", "id", "--limit", "0"))


@pytest.fixture(scope="module")
def shipped_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped base in a folder of its own (its index is written beside it)."""
    import shutil

    from nkecon_cli.factbase.paths import default_base

    root = tmp_path_factory.mktemp("shipped")
    shutil.copy(default_base() / "facts.json", root / "facts.json")
    shutil.copytree(default_base() / "sources", root / "sources")
    return root


def _export(run: Any, monkeypatch: pytest.MonkeyPatch, base: Path, out: Path, indexed: bool, *args: str) -> bytes:
    """What ``export`` writes to ``out`` (a database as its SQL dump), from the index or from the files."""
    monkeypatch.setenv("NKECON_INDEX", "1" if indexed else "0")
    r = run("export", *args, "-o", str(out), base=base)
    assert r.exit_code == 0, r.stderr
    if args[1] == "sqlite":
        con = sqlite3.connect(out)
        dump = "\n".join(con.iterdump()).encode()
        con.close()
        return dump
    return out.read_bytes()


@pytest.mark.parametrize("fmt", [*_STREAMED_FORMATS, "sqlite"])
def test_export_from_the_index_is_what_the_files_give(run: Any, shipped_copy: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    for n, query in enumerate(_QUERIES):
        args = ("--format", fmt, *query)
        indexed = _export(run, monkeypatch, shipped_copy, tmp_path / f"i{n}", True, *args)
        loaded = _export(run, monkeypatch, shipped_copy, tmp_path / f"l{n}", False, *args)
        assert indexed == loaded, query
        assert indexed.strip() or fmt == "jsonl"


@pytest.mark.parametrize("fmt", [*_STREAMED_FORMATS, "sqlite"])
def test_export_never_holds_every_record(run: Any, shipped_copy: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    """From a fresh index, export reads the facts it writes a batch at a time: never the whole base."""
    from nkecon_cli.factbase import index

    monkeypatch.setattr(index.IndexedBase, "facts", property(lambda self: pytest.fail("read the whole base"),
                                                             lambda self, value: None))
    monkeypatch.setattr(index.IndexedBase, "candidates", lambda self, w: pytest.fail("decoded every candidate"))
    r = run("export", "--format", fmt, "-o", str(tmp_path / "out"), base=shipped_copy)
    assert r.exit_code == 0, r.stderr
    assert r.stderr.strip().startswith("wrote ") and " facts to " in r.stderr


@pytest.mark.parametrize("fmt", [*_STREAMED_FORMATS, "sqlite"])
def test_an_index_that_breaks_during_an_export_changes_nothing(run: Any, shipped_copy: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    """The index fails after the facts are chosen: the rest comes from the files, the output is the same."""
    from nkecon_cli.factbase import index

    want = _export(run, monkeypatch, shipped_copy, tmp_path / "want", False, "--format", fmt, "--topic", "coal")
    monkeypatch.setattr(index, "BATCH", 7)
    real_rows = index.IndexedBase._rows
    calls = []

    def failing(self: Any, sql: str, params: Any) -> Any:
        calls.append(sql)
        if len(calls) > 2:  # the light read, the first batch, then the disk fails
            self._damaged()
            raise index.Gone
        yield from real_rows(self, sql, params)

    monkeypatch.setattr(index.IndexedBase, "_rows", failing)
    if fmt == "sqlite":  # its copy in SQL breaks half way
        from nkecon_cli.render import dbexport

        monkeypatch.setattr(dbexport, "_COPY_FTS", "INSERT INTO export.nowhere VALUES (1)")
    got = _export(run, monkeypatch, shipped_copy, tmp_path / "got", True, "--format", fmt, "--topic", "coal")
    assert got == want
    assert fmt == "sqlite" or len(calls) > 2


def test_json_written_an_item_at_a_time_is_json_text() -> None:
    import io

    from nkecon_cli.factbase.inert import json_text
    from nkecon_cli.render.streamed import json_items

    for items in ([], [{}], [1, [2, [3]], {"a": "b\u2028c\nd"}], [{"x": [], "y": {"z": ["é", None]}}, "\x7f"]):
        for depth in (0, 1, 2):
            doc: Any = items
            for _ in range(depth):
                doc = {"k": doc}
            out = io.StringIO()
            out.write("".join("{\n" + "  " * (d + 1) + '"k": ' for d in range(depth)))
            json_items(items, depth, out)
            out.write("".join("\n" + "  " * d + "}" for d in reversed(range(depth))))
            assert out.getvalue() == json_text(doc, indent=2), (items, depth)


def test_an_unknown_era_is_refused_before_anything_is_written(run: Any, tiny: Path) -> None:
    for fmt in ("markdown", "wide", "csv"):
        r = run("export", "--format", fmt, "--convert", "XYZ-1900", base=tiny)
        assert r.exit_code == 2 and r.stdout == "", fmt


def test_convert_in_a_streamed_export_says_what_it_left(run: Any, shipped_copy: Path, monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    for indexed in ("1", "0"):
        monkeypatch.setenv("NKECON_INDEX", indexed)
        got = [run("export", "--format", fmt, "--convert", "RUB", base=shipped_copy) for fmt in ("markdown", "wide")]
        assert all(r.exit_code == 0 for r in got)
        if indexed == "1":
            first = [(r.stdout, r.stderr) for r in got]
        else:
            assert [(r.stdout, r.stderr) for r in got] == first
    assert "left as" in first[0][1]
