"""The smaller edges of issue 20: full disks and read-only bases named by the file and the fix,
an NFD quote, texts from FIFOs and /dev/stdin, an output encoding that cannot carry the data, the
index's .gitignore after a failed build, and a hostile source URL."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from nkecon_cli import factbase
from nkecon_cli.factbase import safewrite

from .conftest import fact, tiny_sources, write_base


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


def test_ingest_on_a_full_disk_names_the_file_and_the_fix(run: Any, tiny: Path, monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    before = _snapshot(tiny)
    _full_disk(monkeypatch)
    r = run("ingest", "-", "--title", "Note", "--date", "2020", base=tiny, input="A note.\n")
    assert r.exit_code == 2
    assert f"{tiny / 'sources' / 'note-2020.txt'}: cannot write (No space left on device)" in r.stderr
    assert "free some space" in r.stderr and ".tmp" not in r.stderr and len(r.stderr.splitlines()) == 1
    assert _snapshot(tiny) == before and not list(tiny.rglob("*.tmp"))


def test_ingest_into_a_read_only_base_names_the_text_not_a_temporary_file(run: Any, tiny: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    real = tempfile.mkstemp

    def denied(*args: Any, **kw: Any) -> Any:  # what a read-only folder does (root, running tests, is not refused)
        if str(kw.get("dir", "")).endswith("sources"):
            name = os.path.join(str(kw["dir"]), f"{kw.get('prefix', '')}abc123.tmp")
            raise PermissionError(errno.EACCES, "Permission denied", name)
        return real(*args, **kw)

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    r = run("ingest", "-", "--title", "Note", "--date", "2020", base=tiny, input="A note.\n")
    assert r.exit_code == 2
    assert r.stderr.strip() == (f"nkecon: {tiny / 'sources' / 'note-2020.txt'}: cannot write (Permission denied); "
                                "check the folder's permissions; nothing was changed")


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


def test_extract_reads_a_fifo(run: Any, tiny: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "text.fifo"
    os.mkfifo(fifo)

    def feed() -> None:  # gives up after 20 s if nothing opens the FIFO to read (the test then fails, not hangs)
        for _ in range(200):
            try:
                fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:
                time.sleep(0.1)
                continue
            os.set_blocking(fd, True)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write("In 1949 the works produced 7,700 tons of zinc.\n")
            return

    writer = threading.Thread(target=feed)
    writer.start()
    r = run("extract", str(fifo), "--date", "1957", "-f", "jsonl", base=tiny)
    writer.join(timeout=30)
    assert r.exit_code == 0, r.stderr
    assert [json.loads(line)["value"] for line in r.stdout.splitlines()] == [7700]


def test_extract_reads_dev_stdin(tiny: Path) -> None:
    if not Path("/dev/stdin").exists():
        pytest.skip("no /dev/stdin here")
    env = {k: v for k, v in os.environ.items() if k != "NKECON_BASE"}
    r = subprocess.run([sys.executable, "-m", "nkecon_cli", "--base", str(tiny), "extract", "/dev/stdin", "--date",
                        "1957", "-f", "jsonl"], input=b"In 1950 it produced 4,800 tons.\n", capture_output=True,
                       env=env, timeout=60)
    assert r.returncode == 0, r.stderr
    assert [json.loads(line)["value"] for line in r.stdout.decode().splitlines()] == [4800]


def test_an_output_encoding_that_cannot_carry_the_data(tiny: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "NKECON_BASE"}
    env["PYTHONIOENCODING"] = "latin-1"
    r = subprocess.run([sys.executable, "-m", "nkecon_cli", "--base", str(tiny), "entities", "-f", "plain"],
                       capture_output=True, env=env, timeout=60)
    assert r.returncode == 2
    err = r.stderr.decode("latin-1").strip()
    assert err.startswith("nkecon: cannot write U+") and "PYTHONIOENCODING=utf-8" in err
    assert len(err.splitlines()) == 1 and "internal error" not in err


def test_the_index_gitignore_is_made_whole_again(run: Any, tiny: Path) -> None:
    assert run("facts", base=tiny).exit_code == 0
    ignore = tiny / ".nkecon" / ".gitignore"
    assert ignore.read_text(encoding="utf-8").endswith("\n*\n")
    ignore.write_bytes(b"")  # what a build cut short by a full disk left
    (tiny / "facts.json").write_text((tiny / "facts.json").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert run("facts", base=tiny).exit_code == 0
    assert ignore.read_text(encoding="utf-8").endswith("\n*\n")


def test_the_gitignore_write_is_atomic(tiny: Path, monkeypatch: pytest.MonkeyPatch, run: Any) -> None:
    real = safewrite.replace_file

    def full(path: Path, fill: Any, mode: int | None = None) -> None:
        if path.name == ".gitignore":
            raise safewrite.WriteError(path, OSError(errno.ENOSPC, "No space left on device"))
        real(path, fill, mode)

    monkeypatch.setattr(safewrite, "replace_file", full)
    r = run("facts", "-f", "plain", base=tiny)  # the index goes elsewhere or nowhere; the answer is the same
    assert r.exit_code == 0 and len(r.stdout.splitlines()) == 5
    assert not (tiny / ".nkecon" / ".gitignore").exists()


def test_a_javascript_url_never_becomes_a_link(run: Any, tmp_path: Path) -> None:
    sources = tiny_sources()
    sources["sources"][0]["url"] = "javascript:alert(document.domain)"
    root = write_base(tmp_path / "hostile", sources=sources)
    r = run("export", "--format", "timelinejs", base=root)
    assert r.exit_code == 0
    assert "javascript:" not in r.stdout and "href" not in r.stdout
    assert "url" in r.stderr and "https://" in r.stderr  # the listing's one-line warning

