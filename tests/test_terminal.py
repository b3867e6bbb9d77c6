"""Writing to a terminal or a pipe (render/terminal.py). A pipe closed early (`| head -1`) ends the
output quietly with the command's own verdict: 0 for a listing in any format, still 1 for a check
that failed. Real processes and a real pipe, made small so that every command here outlives its
reader. An output encoding that cannot carry the data is one line naming the fix."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from nkecon_cli.factbase.paths import default_base

F_SETPIPE_SZ = 1031  # Linux


def _head_1(*args: str) -> tuple[int, str]:
    """Run nkecon with stdout into a 4 KiB pipe, read one line, close the pipe; (status, stderr)."""
    r, w = os.pipe()
    with contextlib.suppress(OSError):  # not Linux: the default pipe, and large enough outputs
        fcntl.fcntl(w, F_SETPIPE_SZ, 4096)
    env = {k: v for k, v in os.environ.items() if k != "NKECON_BASE"}
    env.update(COLUMNS="120", NO_COLOR="1")
    p = subprocess.Popen([sys.executable, "-m", "nkecon_cli", *args], stdout=w, stderr=subprocess.PIPE, env=env)
    os.close(w)
    with os.fdopen(r, "rb") as fh:
        fh.readline()
    _, err = p.communicate(timeout=120)
    return p.returncode, err.decode()


LISTINGS = [
    ["facts", "-f", "table"], ["timeline", "-f", "table"], ["measures", "-f", "table"],
    ["entities", "-f", "table"], ["sources", "-f", "table"], ["chart", "--topic", "mining", "-f", "table"],
    ["diff", "1946", "1990", "-f", "table"], ["search", "the", "-f", "table"],
    ["show", "zinc-output-1949", "zinc-output-1950", "zinc-output-1946", "-f", "table"],
    ["facts"], ["facts", "-f", "json"], ["export", "--format", "csv"],
]


@pytest.mark.parametrize("args", LISTINGS, ids=" ".join)
def test_a_listing_closed_early_exits_0(args: list[str]) -> None:
    code, err = _head_1(*args)
    assert (code, err) == (0, "")


def test_extract_closed_early_exits_0() -> None:
    code, err = _head_1("extract", "kim-il-sung-heavy-industry-1968-04-25", "-f", "table")
    assert code == 0 and "Traceback" not in err


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """The shipped base with every quote changed: verify fails on each fact."""
    import shutil

    root = tmp_path / "broken"
    shutil.copytree(default_base(), root, ignore=shutil.ignore_patterns(".nkecon", "*.py", "__pycache__"))
    doc = json.loads((root / "facts.json").read_text(encoding="utf-8"))
    for f in doc["facts"]:
        f["quote"] += " (not in the text)"
    (root / "facts.json").write_text(json.dumps(doc, indent=2), encoding="utf-8")
    return root


@pytest.mark.parametrize("fmt", ["plain", "table"])
def test_a_failed_check_closed_early_still_exits_1(broken: Path, fmt: str) -> None:
    assert _head_1("--base", str(broken), "verify")[0] == 1
    assert _head_1("diff", str(default_base()), str(broken), "-f", fmt)[0] == 1


def test_an_output_encoding_that_cannot_carry_the_data(tiny: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "NKECON_BASE"}
    env["PYTHONIOENCODING"] = "latin-1"
    r = subprocess.run([sys.executable, "-m", "nkecon_cli", "--base", str(tiny), "entities", "-f", "plain"],
                       capture_output=True, env=env, timeout=60)
    assert r.returncode == 2
    err = r.stderr.decode("latin-1").strip()
    assert err.startswith("nkecon: cannot write U+") and "PYTHONIOENCODING=utf-8" in err
    assert len(err.splitlines()) == 1 and "internal error" not in err


def test_closing_the_pipe_early_is_quiet(tiny: Path) -> None:
    cmd = f"{sys.executable} -m nkecon_cli --base {tiny} facts -f jsonl | head -1"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, timeout=60)
    assert done.stderr == ""
    assert json.loads(done.stdout)["id"] == "zinc-1949"
    assert done.returncode == 0
