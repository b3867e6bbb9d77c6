"""The index never changes an answer: a file edited in place keeping its size, inode and mtime
(``cp -p`` over it, a restore that keeps times, an editor writing in place and ``touch -d``) is
seen as changed, whether or not it was edited within the racy second of the build."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nkecon_cli.cli.app import cli
from nkecon_cli.factbase import index

from .conftest import write_base

OLD = 1_600_000_000  # a time long before any build: the file is not "racy" by its mtime


def _aged(root: Path) -> None:
    for p in [root / "facts.json", *sorted((root / "sources").iterdir())]:
        os.utime(p, (OLD, OLD))


def _edit_in_place(path: Path, old: bytes, new: bytes) -> None:
    """Overwrite bytes of ``path`` in place (same inode, same size) and set its times back."""
    assert len(old) == len(new)
    st_ = path.stat()
    raw = path.read_bytes()
    at = raw.index(old)
    with open(path, "r+b") as fh:
        fh.seek(at)
        fh.write(new)
    os.utime(path, ns=(st_.st_atime_ns, st_.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_ino, after.st_mtime_ns) == (st_.st_size, st_.st_ino, st_.st_mtime_ns)


def _cli(runner: CliRunner, root: Path, *args: str, indexed: bool = True) -> tuple[int, str]:
    env = {"NKECON_INDEX": "1" if indexed else "0"}
    r = runner.invoke(cli, ["--base", str(root), *args], env=env, catch_exceptions=False)
    return r.exit_code, r.output


@pytest.fixture(params=["racy rule", "no racy rule"])
def racy(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both with the racy-file hash and without it: the stat key alone must see the edit."""
    if request.param == "no racy rule":
        monkeypatch.setattr(index, "RACY_NS", 0)
    return str(request.param)


def test_a_quote_edited_in_place_keeping_size_and_mtime_fails_verify(tiny: Path, runner: CliRunner,
                                                                      racy: str) -> None:
    _aged(tiny)
    assert _cli(runner, tiny, "verify")[0] == 0  # builds the index
    assert (tiny / ".nkecon" / "index.sqlite").is_file()
    _edit_in_place(tiny / "facts.json", b"produced 7,700 tons", b"produced 7,900 tons")
    code, out = _cli(runner, tiny, "verify")
    assert (code, out) == _cli(runner, tiny, "verify", indexed=False)
    assert code == 1 and "zinc-1949" in out and "not found" in out


def test_a_value_edited_in_place_is_shown_new(tiny: Path, runner: CliRunner, racy: str) -> None:
    _aged(tiny)
    assert "7700" in _cli(runner, tiny, "show", "zinc-1949", "-f", "json")[1]
    _edit_in_place(tiny / "facts.json", b'"value": 7700', b'"value": 7800')
    code, out = _cli(runner, tiny, "show", "zinc-1949", "-f", "json")
    assert code == 0 and '"value": 7800' in out and "7700," not in out


def test_sources_json_edited_in_place_is_seen(tiny: Path, runner: CliRunner, racy: str) -> None:
    _aged(tiny)
    assert "Alpha report" in _cli(runner, tiny, "sources", "-f", "plain")[1]
    _edit_in_place(tiny / "sources" / "sources.json", b"Alpha report", b"Omega report")
    assert "Omega report" in _cli(runner, tiny, "sources", "-f", "plain")[1]


def test_a_source_text_edited_in_place_is_seen(tiny: Path, runner: CliRunner, racy: str) -> None:
    _aged(tiny)
    assert _cli(runner, tiny, "verify")[0] == 0
    _edit_in_place(tiny / "sources" / "alpha-report-1957-08-07.txt", b"7,700 tons", b"7,900 tons")
    code, out = _cli(runner, tiny, "verify")
    assert code == 1 and "zinc-1949" in out


@settings(max_examples=int(os.environ.get("NKECON_STALE_EXAMPLES", "40")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.binary(min_size=1, max_size=6)),
                      min_size=1, max_size=3),
       racy_rule=st.booleans(), name=st.sampled_from(["facts.json", "facts.json", "sources/sources.json"]))
def test_edits_in_place_never_give_a_stale_answer(tmp_path_factory: pytest.TempPathFactory, edits: Any,
                                                  racy_rule: bool, name: str) -> None:
    """Random in-place edits of facts.json (or sources.json) that keep its size, inode and mtime:
    the indexed answer is always the one NKECON_INDEX=0 gives."""
    root = write_base(tmp_path_factory.mktemp("prop") / "base")
    _aged(root)
    runner = CliRunner()
    saved = index.RACY_NS
    index.RACY_NS = saved if racy_rule else 0
    try:
        queries = [("facts", "-f", "jsonl"), ("verify",), ("show", "zinc-1949", "-f", "plain"),
                   ("sources", "-f", "plain")]
        for q in queries:
            _cli(runner, root, *q)  # builds (and reads) the index
        path = root / name
        st_ = path.stat()
        raw = bytearray(path.read_bytes())
        for where, data in edits:
            at = int(where * len(raw))
            data = data[: len(raw) - at]
            raw[at:at + len(data)] = data
        with open(path, "r+b") as fh:
            fh.write(raw)
        os.utime(path, ns=(st_.st_atime_ns, st_.st_mtime_ns))
        assert path.stat().st_size == st_.st_size
        for q in queries:
            assert _cli(runner, root, *q) == _cli(runner, root, *q, indexed=False), q
    finally:
        index.RACY_NS = saved
