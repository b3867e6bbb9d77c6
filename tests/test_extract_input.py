"""Where `nkecon extract` reads its text from: a FIFO and /dev/stdin, as well as files and `-`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest


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


def test_a_copy_of_a_source_elsewhere_is_read_as_that_source(run: Any, tiny: Path, tmp_path: Path) -> None:
    # a clone's sources/ beside an installed base: the same text under the same name is the base's source, dated by
    # sources.json (it was read as a stray file: "no document date: give --date")
    sid = "alpha-report-1957-08-07"
    copy = tmp_path / "elsewhere" / f"{sid}.txt"
    copy.parent.mkdir()
    copy.write_text((tiny / "sources" / f"{sid}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    r = run("extract", str(copy), "-f", "jsonl", base=tiny)
    assert r.exit_code == 0, r.stderr
    assert "the source's date in sources.json" in r.stderr and "give --date" not in r.stderr
    other = tmp_path / "elsewhere" / "beta-news-2024-02-06.txt"  # another text under a source's name is no source
    other.write_text("In 1949 the works produced 7,700 tons of zinc.\n", encoding="utf-8")
    assert "give --date" in run("extract", str(other), "-f", "jsonl", base=tiny).stderr
