"""The derived index: never stale, safe when built concurrently, rebuilt when corrupt, usable on a
read-only base, switchable off, and never changing an answer (DESIGN.md §5, "The index").

A file edited in place keeping its size, inode and mtime (``cp -p`` over it, a restore that keeps
times, an editor writing in place and ``touch -d``) is seen as changed, whether or not it was edited
within the racy second of the build. The index is brought up to date from the last one: after any
change to facts.json it answers as a full load would, re-validates only the facts whose text changed,
and never keeps a broken base."""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from nkecon_cli import factbase
from nkecon_cli.cli.app import cli
from nkecon_cli.factbase import index, indexing, safewrite
from nkecon_cli.factbase.base import cross_check
from nkecon_cli.factbase.index import IndexedBase, open_base
from nkecon_cli.factbase.paths import default_base
from nkecon_cli.factbase.problems import LoadError

from .conftest import fact, tiny_doc, write_base


def _ids(run: Any, base: Path, *args: str) -> list[str]:
    r = run("facts", "--format", "jsonl", *args, base=base)
    assert r.exit_code == 0, r.stderr
    return [json.loads(line)["id"] for line in r.stdout.splitlines()]


def _index(base: Path) -> Path:
    return base / index.FOLDER / index.NAME


def test_built_on_first_read_then_used(run: Any, tiny: Path) -> None:
    assert not _index(tiny).exists()
    first = run("facts", "--topic", "mining", "-f", "jsonl", base=tiny).stdout
    assert _index(tiny).is_file()
    assert (tiny / index.FOLDER / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert isinstance(open_base(tiny), IndexedBase)
    assert run("facts", "--topic", "mining", "-f", "jsonl", base=tiny).stdout == first


def _rewrite_same_stat(path: Path, old: str, new: str) -> None:
    """Change a file in place keeping its size, inode and mtime: only its content tells."""
    assert len(old.encode()) == len(new.encode())
    st = path.stat()
    text = path.read_text(encoding="utf-8")
    assert old in text
    with open(path, "r+", encoding="utf-8") as fh:
        fh.write(text.replace(old, new))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_ino, path.stat().st_mtime_ns) == (st.st_size, st.st_ino,
                                                                                   st.st_mtime_ns)


def test_stale_after_a_change_of_facts_json(run: Any, tiny: Path) -> None:
    assert _ids(run, tiny, "--kind", "directive") == ["anju-investment"]
    doc = tiny_doc()
    doc["facts"][0]["kind"] = "directive"
    (tiny / "facts.json").write_text(json.dumps(doc, indent=2), encoding="utf-8")
    assert _ids(run, tiny, "--kind", "directive") == ["zinc-1949", "anju-investment"]


def test_stale_after_a_change_that_keeps_size_inode_and_mtime(run: Any, tiny: Path) -> None:
    """The racy case: a write within the clock's tick of the build is caught by the content hash."""
    assert _ids(run, tiny, "--kind", "event") == ["kangwon-plan-sent", "kangwon-plan-ratified"]
    _rewrite_same_stat(tiny / "facts.json", '"kind": "event"', '"kind": "plan" ')
    assert _ids(run, tiny, "--kind", "event") == []
    assert _ids(run, tiny, "--kind", "plan") == ["kangwon-plan-sent", "kangwon-plan-ratified"]


def test_a_settled_file_drops_its_hash_and_a_later_change_is_still_seen(run: Any, tiny: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    old = os.stat(tiny / "facts.json").st_mtime_ns - 10 * index.RACY_NS
    for p in [tiny / "facts.json", tiny / "sources" / "sources.json"]:
        os.utime(p, ns=(old, old))
    real = time.time_ns  # the build runs a while after the files were written: their ctime (which
    with monkeypatch.context() as m:  # utime cannot set back) is old by then
        m.setattr(index.time, "time_ns", lambda: real() + 10 * index.RACY_NS)
        run("facts", base=tiny)
    con = sqlite3.connect(_index(tiny))
    assert dict(con.execute("SELECT key, value FROM meta"))["racy"] == "{}"  # nothing young at build time
    con.close()
    doc = tiny_doc()
    doc["facts"] = doc["facts"][:2]
    (tiny / "facts.json").write_text(json.dumps(doc), encoding="utf-8")
    assert _ids(run, tiny) == ["zinc-1949", "zinc-1950"]


def test_stale_after_a_change_of_sources_json(run: Any, tiny: Path) -> None:
    assert _ids(run, tiny, "--perspective", "exile-media") == ["kangwon-plan-sent", "kangwon-plan-ratified"]
    path = tiny / "sources" / "sources.json"
    path.write_text(path.read_text(encoding="utf-8").replace("exile-media", "defector"), encoding="utf-8")
    r = run("facts", "--perspective", "exile-media", base=tiny)
    assert r.exit_code == 2 and "unknown perspective" in r.stderr
    assert _ids(run, tiny, "--perspective", "defector") == ["kangwon-plan-sent", "kangwon-plan-ratified"]


def test_stale_after_a_source_text_goes_or_comes(run: Any, tiny: Path) -> None:
    text = tiny / "sources" / "beta-news-2024-02-06.txt"
    assert "warning" not in run("facts", base=tiny).stderr
    body = text.read_bytes()
    text.unlink()
    assert "beta-news-2024-02-06.txt is missing" in run("facts", base=tiny).stderr
    text.write_bytes(body)
    assert "warning" not in run("facts", base=tiny).stderr


def test_stale_after_add(run: Any, tiny: Path, tmp_path: Path) -> None:
    assert _ids(run, tiny, "--topic", "coal") == ["anju-investment"]
    new = fact(id="anju-again", topics=["coal"], kind="directive", measure=None, value=None, unit=None,
               when="1957-08", dated_by="context", entities=["anju-coal-mine"],
               quote="The Anju Coal Mine must receive more investment", statement="Anju must get more investment.")
    (tmp_path / "in.jsonl").write_text(json.dumps(new) + "\n", encoding="utf-8")
    added = run("add", str(tmp_path / "in.jsonl"), base=tiny)
    assert added.exit_code == 0, added.stderr
    assert _ids(run, tiny, "--topic", "coal") == ["anju-again", "anju-investment"]  # 1957-08 sorts first


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "foreign"])
def test_a_corrupt_index_is_rebuilt_silently(run: Any, tiny: Path, damage: str) -> None:
    want = run("facts", "--topic", "zinc", "-f", "jsonl", base=tiny).stdout
    path = _index(tiny)
    if damage == "garbage":
        path.write_bytes(b"this is no database" * 100)
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:1500])
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        path.unlink()
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE meta(key, value)")
        con.execute("INSERT INTO meta VALUES ('key', 'someone else''s')")
        con.commit()
        con.close()
    r = run("facts", "--topic", "zinc", "-f", "jsonl", base=tiny)
    assert r.exit_code == 0 and r.stderr == "" and r.stdout == want
    assert isinstance(open_base(tiny), IndexedBase)  # rebuilt, whole again


def test_an_index_failing_mid_query_falls_back_to_the_files(tiny: Path) -> None:
    from nkecon_cli.query.select import Filters, select

    open_base(tiny)
    base = open_base(tiny)
    assert isinstance(base, IndexedBase)
    base._con.close()  # as if the file broke under us
    assert [f.id for f in select(base, Filters(topics=["mining"]))] == ["zinc-1949", "zinc-1950"]
    assert base.fact("anju-investment") is not None


def test_a_base_folder_nkecon_cannot_write_uses_the_user_cache(run: Any, tiny: Path) -> None:
    (tiny / index.FOLDER).write_text("not a folder", encoding="utf-8")  # so nothing can be made there
    want = _ids(run, tiny, "--place", "Gangwon")
    cached = list(index.locations(tiny))[-1]
    assert cached.is_file() and cached.parent.name == "nkecon"
    assert cached.is_relative_to(Path(os.environ["XDG_CACHE_HOME"]))
    assert isinstance(open_base(tiny), IndexedBase)
    assert _ids(run, tiny, "--place", "Gangwon") == want == ["kangwon-plan-sent", "kangwon-plan-ratified"]


def test_with_nowhere_to_write_it_runs_without_an_index(run: Any, tiny: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    (tiny / index.FOLDER).write_text("not a folder", encoding="utf-8")
    blocked = tmp_path / "cache-is-a-file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    r = run("facts", "--topic", "zinc", base=tiny)
    assert r.exit_code == 0 and r.stderr == "" and "zinc-1949" in r.stdout
    assert not isinstance(open_base(tiny), IndexedBase)


@pytest.mark.skipif(os.geteuid() == 0, reason="permissions do not bind root")
def test_a_read_only_base_folder(run: Any, tiny: Path) -> None:
    os.chmod(tiny, 0o555)
    try:
        assert _ids(run, tiny, "--topic", "coal") == ["anju-investment"]
        assert not (tiny / index.FOLDER).exists() and list(index.locations(tiny))[-1].is_file()
    finally:
        os.chmod(tiny, 0o755)


def test_the_installed_base_is_indexed_in_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index, "is_packaged", lambda root: True)
    assert list(index.locations(default_base())) == list(index.locations(default_base()))[-1:]


def test_switched_off(run: Any, tiny: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NKECON_INDEX", "0")
    assert _ids(run, tiny, "--topic", "coal") == ["anju-investment"]
    assert not (tiny / index.FOLDER).exists()
    assert not isinstance(open_base(tiny), IndexedBase)


def test_concurrent_builds_each_leave_a_whole_index(tiny: Path) -> None:
    cmd = [sys.executable, "-m", "nkecon_cli", "--base", str(tiny), "facts", "--topic", "mining", "-f", "jsonl"]
    env = {**os.environ, "NO_COLOR": "1"}
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for _ in range(6)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1] for o in outs]
    assert len({o[0] for o in outs}) == 1 and outs[0][0].count(b"\n") == 2
    assert not [p for p in (tiny / index.FOLDER).iterdir() if p.name.endswith(".tmp")]
    assert isinstance(open_base(tiny), IndexedBase)


QUERIES = [
    ["facts"], ["facts", "--topic", "mining"], ["facts", "--topic", "energy", "--topic", "zinc"],
    ["facts", "--place", "Heungnam"], ["facts", "--place", "Kangwon", "--from", "2023"],
    ["facts", "--kind", "target", "--kind", "plan"], ["facts", "--speaker", "kim-il-sung"],
    ["facts", "--perspective", "soviet-diplomat", "--sort", "value"], ["facts", "--measure", "zinc"],
    ["facts", "--from", "1957", "--to", "1957"], ["facts", "--from", "1957", "--to", "1957", "--overlap"],
    ["facts", "--text", "coal import"], ["facts", "--source", "puzanov", "--sort", "stated", "--limit", "7"],
    ["timeline", "--topic", "zinc"], ["timeline", "--from", "1957", "--to", "1957", "--by", "source"],
    ["show", "zinc-output-1949"], ["chart", "--measure", "zinc output", "--kind", "statistic"],
    ["topics"], ["entities"], ["sources"], ["search", "zinc"], ["diff", "1949", "1957"],
    ["diff", "--conflicts"], ["export", "--format", "csv", "--topic", "coal"],
]


@pytest.mark.parametrize("fmt", ["plain", "jsonl", "table"])
def test_the_shipped_base_answers_the_same_with_and_without_the_index(fmt: str, monkeypatch: pytest.MonkeyPatch
                                                                       ) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    runner = CliRunner()
    runner.invoke(cli, ["facts"])  # the index is built (or found)
    assert isinstance(open_base(None), IndexedBase)
    for args in QUERIES:
        full = [*args, "--format", fmt] if args[0] in ("facts", "timeline", "show", "chart", "topics", "entities",
                                                       "sources", "search", "diff") else args
        if args[0] == "show" and fmt == "plain":
            full = args
        monkeypatch.delenv("NKECON_INDEX", raising=False)
        with_index = runner.invoke(cli, full)
        monkeypatch.setenv("NKECON_INDEX", "0")
        without = runner.invoke(cli, full)
        assert (with_index.exit_code, with_index.stdout, with_index.stderr) == \
            (without.exit_code, without.stdout, without.stderr), full
        assert with_index.exit_code in (0, 1), (full, with_index.stderr)


def test_a_copied_base_gets_its_own_index(run: Any, tiny: Path, tmp_path: Path) -> None:
    run("facts", base=tiny)
    copy = tmp_path / "copy"
    shutil.copytree(tiny, copy)  # the index comes along, but the files it was built from are others
    doc = tiny_doc()
    doc["facts"] = doc["facts"][2:3]
    (copy / "facts.json").write_text(json.dumps(doc), encoding="utf-8")
    assert _ids(run, copy) == ["anju-investment"]


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


def test_a_racy_file_is_hashed_once_by_the_run_that_indexes_it(tiny: Path, runner: CliRunner,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The build hashes a racy file as it reads it; the index it has just written is opened without
    hashing the file again (a change since is one made after this run read it), the next run hashes it."""
    from nkecon_cli.factbase import indexkey

    hashed: list[str] = []
    digest = index.file_digest

    def counting(path: Path) -> str:
        hashed.append(path.name)
        return digest(path)

    monkeypatch.setattr(index, "file_digest", counting)
    monkeypatch.setattr(indexkey, "file_digest", counting)
    _edit_in_place(tiny / "facts.json", b'"value": 7700', b'"value": 7800')  # young: racy
    assert _cli(runner, tiny, "show", "zinc-1949", "-f", "json")[0] == 0
    assert hashed == []
    code, out = _cli(runner, tiny, "show", "zinc-1949", "-f", "json")
    assert code == 0 and '"value": 7800' in out and "facts.json" in hashed


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


def _facts(n: int) -> list[dict[str, Any]]:
    return [fact(id=f"zinc-{1900 + i}", value=100 + i, when=str(1900 + i), statement=f"Zinc in {1900 + i}.")
            for i in range(n)]


def _answers(root: Path) -> tuple[list[dict[str, Any]], list[factbase.Problem]]:
    base = open_base(root)
    assert isinstance(base, IndexedBase)
    return [f.model_dump() for f in base.facts], base.integrity_problems()


def _loaded(root: Path) -> tuple[list[dict[str, Any]], list[factbase.Problem]]:
    base = factbase.load(root)
    return [f.model_dump() for f in base.facts], cross_check(base)


def _save(root: Path, doc: dict[str, Any], indent: int | None = 2) -> None:
    (root / "facts.json").write_text(json.dumps(doc, ensure_ascii=False, indent=indent), encoding="utf-8")


EDITS = ["value", "insert", "delete", "move", "twice", "unknown-topic", "reformat", "entities-first", "none"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.sampled_from(EDITS), min_size=1, max_size=4), seed=st.integers(0, 10_000))
def test_after_any_edit_the_index_answers_as_a_full_load(tmp_path_factory: pytest.TempPathFactory,
                                                         edits: list[str], seed: int) -> None:
    rng = random.Random(seed)
    root = write_base(tmp_path_factory.mktemp("base"), tiny_doc(_facts(12)))
    doc = tiny_doc(_facts(12))
    _answers(root)
    for k, edit in enumerate(edits):
        facts = doc["facts"]
        i = rng.randrange(len(facts))
        indent: int | None = 2
        if edit == "value":
            facts[i] = {**facts[i], "value": facts[i]["value"] + 1000 + k}
        elif edit == "insert":
            facts.insert(i, fact(id=f"new-{k}-{seed}", when="1999", value=k, quote="In 1949 the works produced"))
        elif edit == "delete" and len(facts) > 1:
            del facts[i]
        elif edit == "move":
            facts.insert(rng.randrange(len(facts)), facts.pop(i))
        elif edit == "twice":
            facts.insert(rng.randrange(len(facts)), dict(facts[i]))  # the same text twice: a reused id
        elif edit == "unknown-topic":
            facts[i] = {**facts[i], "topics": ["no-such-topic"]}
        elif edit == "reformat":
            indent = None
        elif edit == "entities-first":
            doc = {"facts": facts, "entities": doc["entities"], "topics": doc["topics"]}
        _save(root, doc, indent)
        assert _answers(root) == _loaded(root), edits[: k + 1]


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the facts validated from now on (by the fast check or, where it cannot say, the model)."""
    ids: list[str] = []
    validate = indexing.checked

    def counting(section: str, value: Any) -> tuple[dict[str, Any], str]:
        if section == "facts":
            ids.append(value["id"])
        return validate(section, value)

    monkeypatch.setattr(indexing, "checked", counting)
    return ids


def test_only_the_changed_fact_is_validated_again(tiny: Path, checked: list[str]) -> None:
    doc = tiny_doc(_facts(40))
    _save(tiny, doc)
    open_base(tiny)
    checked.clear()
    doc["facts"][17]["value"] = 5
    _save(tiny, doc)
    assert [f.value for f in open_base(tiny).facts][17] == 5
    assert checked == ["zinc-1917"]
    checked.clear()
    doc["facts"].insert(3, fact(id="zinc-new", quote="In 1949 the works produced"))
    _save(tiny, doc)
    assert open_base(tiny).fact_ids()[:5] == ["zinc-1900", "zinc-1901", "zinc-1902", "zinc-new", "zinc-1903"]
    assert checked == ["zinc-new"]


def test_an_index_from_other_code_is_not_reused(tiny: Path, checked: list[str]) -> None:
    doc = tiny_doc(_facts(10))
    _save(tiny, doc)
    open_base(tiny)
    con = sqlite3.connect(tiny / index.FOLDER / index.NAME)
    with con:
        con.execute("UPDATE meta SET value = 'other' WHERE key = 'code'")
    con.close()
    checked.clear()
    doc["facts"][0]["value"] = 1
    _save(tiny, doc)
    open_base(tiny)
    assert len(checked) == 10


def test_a_broken_edit_is_refused_then_a_fix_is_indexed(run: Any, tiny: Path) -> None:
    doc = tiny_doc()
    run("facts", base=tiny)
    doc["facts"][1]["id"] = "Zinc 1950"
    _save(tiny, doc)
    r = run("facts", base=tiny)
    assert r.exit_code == 2
    assert "fact 'Zinc 1950' (facts[1]) id: 'Zinc 1950' is not a slug" in r.stderr
    with pytest.raises(LoadError):
        open_base(tiny)
    doc["facts"][1]["id"] = "zinc-1950-fixed"
    _save(tiny, doc)
    assert "zinc-1950-fixed" in open_base(tiny).fact_ids()
    assert isinstance(open_base(tiny), IndexedBase)


def test_verify_says_the_same_with_and_without_the_index(run: Any, tiny: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    doc = tiny_doc()
    doc["facts"][0]["topics"] = ["no-such-topic"]
    doc["facts"][1]["quote"] = "Words the source never had."
    doc["facts"].append(dict(doc["facts"][2]))
    _save(tiny, doc)
    with_index = run("verify", base=tiny)
    monkeypatch.setenv("NKECON_INDEX", "0")
    without = run("verify", base=tiny)
    assert (with_index.exit_code, with_index.stdout) == (without.exit_code, without.stdout)
    assert with_index.exit_code == 1
    lines = with_index.stdout.splitlines()
    assert any("'anju-investment': id used more than once" in line for line in lines)
    assert any("unknown topic 'no-such-topic'" in line for line in lines)
    assert any("'zinc-1950' quote: not found" in line for line in lines)


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


# --- the fast check: what the models prove, proved without a model (fastcheck) -------------------

_NASTY_STR = st.sampled_from([
    "", " ", "\t\n", "\u2028", "\u3000", "x", "zinc", "zinc\n", "Zinc", "a--b", "-a", "a-", "a_b", "１９５７", "é",
    "a" * 120, "a" * 121, "\x00", "\x1f", "\x7f", "\u202e", "\ud800", "a\udfffb", "1957", "1957-02-29", "1956-02-29",
    "1957-13", "197X", "19XX", "197X-01", "1957~", "1957?", "1957%", "1957/..", "../1957", "../..", "1957/1950",
    "[1948..1982]", "[1948..1948]", "[1948-01..1982]", "1957-08-07/1957-08-31", "0000", "statistic", "about",
    "explicit", "place", "t", "7700"])
_NASTY = st.one_of(
    st.none(), st.booleans(), _NASTY_STR, st.text(max_size=6),
    st.integers(), st.sampled_from([0, -1, 2**63 - 1, 2**63, -2**63, 2**64, 10**308, 10**309, 10**400]),
    st.floats(), st.sampled_from([0.0, -0.0, 1e-7, 1e16, 1.7976931348623157e308, 5e-324, 7700.0]),
    st.lists(_NASTY_STR, max_size=3), st.lists(st.integers(), max_size=2), st.just([[]]),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))
_DEFAULTS = {"topics": {"id": "zinc", "label": "Zinc", "parent": "mining", "keywords": ["zinc"]},
             "entities": {"id": "nampo", "name": "Nampo", "type": "place", "aliases": ["Namp'o"], "parent": None,
                          "note": None},
             "facts": fact()}


def _source_record() -> dict[str, Any]:
    from .conftest import tiny_sources

    return dict(tiny_sources()["sources"][0])


@st.composite
def _records(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """A record of one of the four kinds, valid or made nasty: fields changed, dropped, added, reordered."""
    kind = draw(st.sampled_from(["facts", "facts", "facts", "topics", "entities", "sources"]))
    record = dict(_DEFAULTS[kind]) if kind != "sources" else _source_record()
    fields = list(record)
    for name in draw(st.lists(st.sampled_from(fields), max_size=4, unique=True)):
        action = draw(st.sampled_from(["change", "change", "change", "drop"]))
        if action == "drop":
            del record[name]
        else:
            record[name] = draw(_NASTY)
    if draw(st.booleans()) and kind == "facts":  # the value, value_max, unit and measure rules
        record["value"] = draw(st.none() | st.integers(-5, 5) | st.floats(-5, 5))
        record["value_max"] = draw(st.none() | st.integers(-5, 5) | st.floats(-5, 5))
        record["unit"] = draw(st.sampled_from([None, "", "t"]))
        record["measure"] = draw(st.sampled_from([None, "", "zinc output"]))
    if draw(st.integers(0, 9)) == 0:
        record[draw(st.sampled_from(["extra", "Id", "id "]))] = None
    if draw(st.booleans()):
        items = list(record.items())
        draw(st.randoms()).shuffle(items)
        record = dict(items)
    return kind, record


def _by_model(kind: str, value: Any) -> str | None:
    """What the index stores of a record the model validates: its dump as every JSON output writes
    it (``rows.fact_doc``); None if the model refuses it or its dump cannot be written (as
    ``model_dump_json`` cannot write a lone surrogate)."""
    from pydantic import ValidationError
    from pydantic_core import PydanticSerializationError

    from nkecon_cli.factbase.records import Entity, Fact, Source, Topic
    from nkecon_cli.factbase.rows import fact_doc

    model = {"facts": Fact, "topics": Topic, "entities": Entity, "sources": Source}[kind]
    try:
        m = model.model_validate(value)
        m.model_dump_json()
    except (ValidationError, PydanticSerializationError):
        return None
    return fact_doc(m.model_dump())


_stored_by_model = _by_model


@settings(max_examples=1500, deadline=None)
@given(drawn=_records())
def test_the_fast_check_and_the_models_agree(drawn: tuple[str, dict[str, Any]]) -> None:
    """What the fast check accepts the model accepts, dumped to the same text (so the same view);
    and through ``indexing.checked`` (the fast check, else the model) every record is accepted or
    refused as the model alone would, with the model's dump."""
    from nkecon_cli.factbase import fastcheck, indexing

    kind, value = drawn
    expected = _by_model(kind, value)
    fast = {"facts": fastcheck.fact, "topics": fastcheck.topic, "entities": fastcheck.entity,
            "sources": fastcheck.source}[kind](value)
    if fast is not None:
        doc = indexing.stored_text(fast)
        if doc is not None:
            assert expected is not None, (kind, value)
            assert doc == expected
            assert json.loads(doc) == fast
            assert [(k, type(v)) for k, v in json.loads(doc).items()] == [(k, type(v)) for k, v in fast.items()]
    event(f"{kind}: the model {'accepts' if expected else 'refuses'}, the fast check "
          f"{'proves it' if fast is not None else 'leaves it to the model'}")
    if kind != "sources":
        try:
            _record, got = indexing.checked(kind, value)
        except indexing._Unread:
            got = None
        assert got == _stored_by_model(kind, value), (kind, value)


def test_the_fast_check_takes_every_record_of_the_shipped_base() -> None:
    """The fast way is the usual way: no record of a curated base needs a model to be proved."""
    from nkecon_cli.factbase import fastcheck, indexing, strictjson

    root = default_base()
    doc = strictjson.loads((root / "facts.json").read_text(encoding="utf-8"))
    for kind, check in (("facts", fastcheck.fact), ("topics", fastcheck.topic), ("entities", fastcheck.entity)):
        for value in doc[kind]:
            record = check(value)
            assert record is not None, value
            assert indexing.stored_text(record) == _by_model(kind, value)
    sources = fastcheck.sources_file((root / "sources" / "sources.json").read_bytes())
    assert sources is not None and len(sources) >= 5
    assert [indexing.stored_text(s) for s in sources] == [_by_model("sources", s) for s in sources]


@pytest.mark.parametrize("text", ['"sources": []', '"sources": [], "extra": []', '"sources": {}', '"sources": [1]'])
def test_a_sources_file_the_fast_check_cannot_prove_is_left_to_the_model(text: str) -> None:
    from nkecon_cli.factbase import fastcheck

    assert (fastcheck.sources_file(("{" + text + "}").encode()) is None) == (text != '"sources": []')
    assert fastcheck.sources_file(b'{"sources": [], "sources": []}') is None  # a key given twice
    assert fastcheck.sources_file(b'\xef\xbb\xbf{"sources": []}') == []  # a byte-order mark is not part of it
    assert fastcheck.sources_file(b'{"sources": ["\xff"]}') is None  # not UTF-8


def test_a_lone_surrogate_in_a_fact_is_named_not_a_crash(run: Any, tiny: Path, monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    """``"\\ud800"`` is valid JSON syntax for no character: the index cannot store it (a model's dump
    fails on it), so the base is read the ordinary way, which names the problem (it once crashed)."""
    text = (tiny / "facts.json").read_text(encoding="utf-8")
    (tiny / "facts.json").write_text(text.replace('"note": null', '"note": "a\\ud800b"', 1), encoding="utf-8")
    with_index = run("facts", base=tiny)
    monkeypatch.setenv("NKECON_INDEX", "0")
    without = run("facts", base=tiny)
    assert (with_index.exit_code, with_index.stderr) == (without.exit_code, without.stderr)
    assert with_index.exit_code == 2 and "facts.json" in with_index.stderr and "internal error" not in with_index.stderr


def test_the_index_finds_every_dangling_reference_a_full_cross_check_finds(tmp_path: Path) -> None:
    """The build reads the names the facts use off the index and looks only at the facts naming
    something unknown: the problems, and their order, are those of checking every fact."""
    from nkecon_cli.factbase.base import cross_check
    from nkecon_cli.factbase.loading import load

    from .conftest import write_base

    facts = [fact(id=f"zinc-{1900 + i}", when=str(1900 + i)) for i in range(12)]
    facts[1]["topics"] = ["no-such-topic", "zinc", "nor-this"]
    facts[3]["entities"] = ["ghost", "nampo"]
    facts[4]["speaker"] = "nobody"
    facts[6]["source"] = "no-such-source"
    facts[8] = {**facts[8], "topics": ["no-such-topic"], "speaker": "nobody", "entities": ["ghost"]}
    facts += [dict(facts[2]), dict(facts[0])]  # two ids used twice
    doc = tiny_doc(facts)
    doc["topics"][1]["parent"] = "missing-parent"
    root = write_base(tmp_path / "base", doc)
    base = open_base(root)
    assert isinstance(base, IndexedBase)
    expected = cross_check(load(root))
    assert base.integrity_problems() == expected
    assert len(expected) == 11


def _edges() -> list[dict[str, Any]]:
    """Facts at the corners of the fast listing (``factbase.rows``): open ends and the calendar's edges,
    a "one of" span, ties in every sort key, an id given twice, fractional and huge values, control
    codes, formulas and line breaks in the text, a source the base does not have."""
    def f(fid: str, when: str, **kw: Any) -> dict[str, Any]:
        return fact(id=fid, when=when, statement=kw.pop("statement", f"Fact {fid}."), **kw)

    return [
        *tiny_doc()["facts"],
        f("until-1957", "../1957-08-07"), f("from-1957", "1957/.."), f("in-1957", "1957"),
        f("aug-1957", "1957-08-07", value=7700.5), f("a-tie-1957", "1957", value=7700.0),
        f("sometime", "[1948..1982]", stated="1960"), f("decades", "[1950..1959]", stated="1960"),
        f("year-one", "0001"), f("until-day-one", "../0001-01-01"), f("year-9999", "9999"),
        f("from-9999", "9999-12-31/.."), f("day-one", "0001-01-01"), f("from-day-one", "0001-01-01/.."),
        f("last-day", "9999-12-31"), f("until-last-day", "../9999-12-31"),
        f("huge", "1958", value=1e16, value_max=1.5e16),
        f("negative", "1958", value=-5, statement="-5 t: a loss."),
        f("in-1957", "1957", value=1, statement="The same id again."),
        f("odd-text", "1960", statement="=SUM(A1) \x1b[31mred\x1b[0m \u202eevil\u2028 tab\there",
          note="two\r\nlines\nand a DEL \x7f and \x85 NEL", quote="  +1 leading space"),
        f("two-topics", "1962", topics=["zinc", "coal"], entities=[], statement='He said, "note": none", "x\\'),
        f("lost-source", "1961", source="gamma-nowhere-1961", topics=["coal"], measure=None, value=None, unit=None,
          kind="event", entities=[]),
    ]


FAST_FORMATS = ("jsonl", "json", "csv", "tsv")


@pytest.mark.parametrize("sort", ["when", "stated", "value", "source", "id"])
def test_the_fast_listing_writes_what_the_files_give_byte_for_byte(sort: str, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from .conftest import write_base

    base = write_base(tmp_path / "edges", tiny_doc(_edges()))
    runner = CliRunner()
    filters = [[], ["--topic", "mining"], ["--from", "1950", "--to", "1960"], ["--from", "1940", "--to", "1990"],
               ["--from", "1957", "--to", "1957", "--overlap"], ["--to", "0001"], ["--from", "9999"],
               ["--limit", "3"], ["--limit", "0"], ["--kind", "statistic", "--limit", "5"]]
    for args in filters:
        for fmt in FAST_FORMATS:
            for command in (["facts", "-f", fmt], ["export", "--format", fmt]):
                full = ["--base", str(base), *command, "--sort", sort, *args]
                monkeypatch.delenv("NKECON_INDEX", raising=False)
                fast = runner.invoke(cli, full)
                monkeypatch.setenv("NKECON_INDEX", "0")
                slow = runner.invoke(cli, full)
                assert (fast.exit_code, fast.stdout, fast.stderr) == (slow.exit_code, slow.stdout, slow.stderr), full
                assert fast.exit_code == 0, (full, fast.stderr)
    monkeypatch.delenv("NKECON_INDEX", raising=False)
    assert isinstance(open_base(base), IndexedBase)


def test_the_fast_listing_takes_the_files_if_the_index_fails_midway(tmp_path: Path) -> None:
    import io

    from nkecon_cli.query.select import Filters, select, select_rows
    from nkecon_cli.render.records import write_fact_rows, write_facts

    from .conftest import write_base

    root = write_base(tmp_path / "edges", tiny_doc(_edges()))
    open_base(root)
    want = io.StringIO()
    write_facts(open_base(root), select(open_base(root), Filters()), "jsonl", want)
    base = open_base(root)
    assert isinstance(base, IndexedBase)
    rows = select_rows(base, Filters())
    assert rows is not None
    first = next(rows)
    base._con.close()  # as if the file broke under us, after the first row
    got = io.StringIO()
    write_fact_rows(base, [first, *rows], "jsonl", got)
    assert got.getvalue() == want.getvalue() and got.getvalue().count("\n") == len(_edges())


def test_an_index_of_the_last_format_is_rebuilt(run: Any, tiny: Path) -> None:
    want = run("facts", "-f", "jsonl", base=tiny).stdout
    con = sqlite3.connect(_index(tiny))
    with con:  # as FORMAT 3 kept a fact: pydantic's compact JSON, which a JSON line cannot start from
        con.execute("UPDATE docs SET doc = json(doc)")
        for name in ("key", "code"):  # what the index was keyed by and built with
            (value,) = con.execute("SELECT value FROM meta WHERE key = ?", (name,)).fetchone()
            old = value.replace(f"[{index.FORMAT},", "[3,", 1).replace(f'"[{index.FORMAT},', '"[3,', 1)
            assert old != value
            con.execute("UPDATE meta SET value = ? WHERE key = ?", (old, name))
    con.close()
    assert run("facts", "-f", "jsonl", base=tiny).stdout == want
    con = sqlite3.connect(_index(tiny))
    assert all(", " in d for (d,) in con.execute("SELECT doc FROM docs"))  # rebuilt in this format
    con.close()


def test_a_lone_surrogate_is_refused_as_without_the_index(run: Any, tiny: Path, monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    """An escaped lone surrogate is no text: the index is not built of it, and the files' reader names it."""
    text = (tiny / "facts.json").read_text(encoding="utf-8").replace("7,700 t of zinc.", "7,700 t of zinc \\ud800.")
    (tiny / "facts.json").write_text(text, encoding="utf-8")
    indexed = run("facts", "-f", "jsonl", base=tiny)
    monkeypatch.setenv("NKECON_INDEX", "0")
    plain = run("facts", "-f", "jsonl", base=tiny)
    assert (indexed.exit_code, indexed.stdout, indexed.stderr) == (plain.exit_code, plain.stdout, plain.stderr)
    assert plain.exit_code == 2 and "facts.json" in plain.stderr and "hex escape" in plain.stderr


def test_the_code_key_holds_the_installed_validator() -> None:
    # pydantic and pydantic-core decide what the index keeps: their files are in the key, found where
    # an import would find them, without importing them
    import json
    import os

    import pydantic
    import pydantic_core

    from nkecon_cli.factbase.indexkey import code_key

    validator = {name: rest for name, *rest in json.loads(code_key())[-1]}
    for package, module, file in (("pydantic", pydantic, "version.py"),
                                  ("pydantic_core", pydantic_core, "__init__.py")):
        st = os.stat(Path(module.__file__).parent / file)
        assert validator[package] == [st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def _dump(root: Path) -> list[str]:
    con = sqlite3.connect(_index(root))
    try:
        return list(con.iterdump())
    finally:
        con.close()


@pytest.fixture
def halves(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Any]]:
    """A new index of any size built by two processes (``halves.MIN_BYTES``), the racy rule off (a
    racy facts.json is read by one); what the builder took from the worker, as (facts, rowids, places)."""
    from nkecon_cli.factbase import halves as split

    monkeypatch.setattr(index, "RACY_NS", 0)
    monkeypatch.setattr(split, "MIN_BYTES", 0)
    monkeypatch.setattr(split, "spare_core", lambda: True)  # however busy the machine running the tests
    seen: dict[str, list[Any]] = {"started": [], "copied": [], "parts": []}
    start, take, copy = split.start, split.Worker.take, split.Worker._copy

    def starting(*args: Any) -> Any:
        worker = start(*args)
        seen["started"].append(worker is not None)
        return worker

    def taking(self: Any, con: sqlite3.Connection, rowids: int, places: int, between: Any) -> Any:
        got = take(self, con, rowids, places, between)
        if got is not None:
            seen["copied"].append((got[0], rowids, places))
        return got

    def copying(con: sqlite3.Connection, part: str, rowids: int, places: int) -> None:
        seen["parts"].append(part)
        copy(con, part, rowids, places)

    monkeypatch.setattr(split, "start", starting)
    monkeypatch.setattr(split.Worker, "take", taking)
    monkeypatch.setattr(split.Worker, "_copy", staticmethod(copying))
    return seen


def _serial_dump(root: Path, monkeypatch: pytest.MonkeyPatch, seen: dict[str, list[Any]]) -> list[str]:
    """The index one process builds (then removed; ``seen`` forgets it)."""
    from nkecon_cli.factbase import halves as split

    with monkeypatch.context() as m:
        m.setattr(split, "MIN_BYTES", 1 << 62)
        shutil.rmtree(root / index.FOLDER, ignore_errors=True)
        open_base(root)
        dump = _dump(root)
    shutil.rmtree(root / index.FOLDER)
    seen["started"].clear()
    return dump


def _split_base(root: Path) -> Path:
    """40 facts, some naming what is not there and some ids given twice, in both halves."""
    facts = [fact(id=f"zinc-{1900 + i}", value=100 + i, when=str(1900 + i), statement=f"Zinc in {1900 + i}.",
                  topics=["zinc", "mining"] if i % 3 else ["zinc"], entities=["nampo"] if i % 2 else [])
             for i in range(40)]
    facts[3]["topics"] = ["no-such-topic"]
    facts[31]["entities"] = ["ghost", "nampo"]
    facts[33]["speaker"] = "nobody"
    facts += [dict(facts[5]), dict(facts[30])]
    return write_base(root, tiny_doc(facts))


@pytest.mark.parametrize("bom", [False, True])
def test_a_new_index_built_by_two_processes_is_the_one_one_process_builds(
        tmp_path: Path, halves: dict[str, list[Any]], monkeypatch: pytest.MonkeyPatch, bom: bool) -> None:
    """(Before the place, "남포" among the entities: its characters are not its bytes; so is a
    byte-order mark, which is not part of the text.)"""
    root = _split_base(tmp_path / "base")
    if bom:
        (root / "facts.json").write_bytes(b"\xef\xbb\xbf" + (root / "facts.json").read_bytes())
    serial = _serial_dump(root, monkeypatch, halves)
    base = open_base(root)
    assert isinstance(base, IndexedBase)
    assert halves["started"] == [True]
    [(count, rowids, places)] = halves["copied"]
    assert rowids == places and 0 < rowids < 42 and rowids + count == 42  # the second half, from the worker
    assert halves["parts"] == ["part0", "part1"]  # the last of it written while the builder indexed the rest
    assert _dump(root) == serial
    assert base.integrity_problems() == cross_check(factbase.load(root))
    assert not [p for p in (root / index.FOLDER).iterdir() if p.name.endswith(".tmp")]  # the worker's file is gone


@pytest.mark.parametrize("broken", ["id", "json", "twice"])
def test_a_broken_fact_in_the_second_half_is_named_as_by_one_process(
        tmp_path: Path, halves: dict[str, list[Any]], run: Any, broken: str, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    root = _split_base(tmp_path / "base")
    text = (root / "facts.json").read_text(encoding="utf-8")
    if broken == "id":
        text = text.replace('"id": "zinc-1935"', '"id": "Zinc 1935"')
    elif broken == "json":
        text = text.replace('"value": 135,', '"value": 135')
    else:
        text = text.replace('"value": 135,', '"value": 135, "value": 136,')
    (root / "facts.json").write_text(text, encoding="utf-8")
    parallel = run("facts", "-f", "jsonl", base=root)
    [(count, rowids, _places)] = halves["copied"]
    assert halves["started"] == [True] and rowids + count == 35  # the worker's facts up to the broken one
    with monkeypatch.context() as m:
        m.setenv("NKECON_INDEX", "0")
        serial = run("facts", "-f", "jsonl", base=root)
    assert (parallel.exit_code, parallel.stdout, parallel.stderr) == (serial.exit_code, serial.stdout, serial.stderr)
    assert parallel.exit_code == 2 and "facts.json" in parallel.stderr
    assert not _index(root).exists()


@pytest.mark.parametrize("how", ["dies", "raises", "miscounts", "dies after its first part"])
def test_a_worker_that_fails_is_survived(tmp_path: Path, halves: dict[str, list[Any]], how: str,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from nkecon_cli.factbase import halves as split

    root = _split_base(tmp_path / "base")
    serial = _serial_dump(root, monkeypatch, halves)
    write = split._write

    def failing(*args: Any) -> tuple[int, int, bool]:
        last = args[4] is None
        if how == "dies" or (how == "dies after its first part" and last):
            os.kill(os.getpid(), 9)
        if how == "raises":
            raise OSError("no room")
        count, length, more = write(*args)
        return count + (how == "miscounts"), length, more

    monkeypatch.setattr(split, "_write", failing)
    assert isinstance(open_base(root), IndexedBase)
    assert halves["started"] == [True]
    assert len(halves["copied"]) == (how == "dies after its first part")  # the rest read by the builder
    assert _dump(root) == serial


def test_a_place_the_reader_steps_over_is_not_taken(tmp_path: Path, halves: dict[str, list[Any]],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The facts first and many topics after them: the middle of the file, where a record starts a
    line at the facts' indent, is a topic; the worker's reading of it is never used."""
    doc = tiny_doc(_facts(3))
    doc["topics"] += [{"id": f"topic-{i}", "label": f"Topic {i}"} for i in range(60)]
    root = write_base(tmp_path / "base", {"facts": doc["facts"], "entities": doc["entities"], "topics": doc["topics"]})
    serial = _serial_dump(root, monkeypatch, halves)
    assert isinstance(open_base(root), IndexedBase)
    assert halves["started"] == [True] and halves["copied"] == []
    assert _dump(root) == serial


def test_a_fact_only_the_model_proves_is_proved_by_it_in_the_worker(
        tmp_path: Path, halves: dict[str, list[Any]], monkeypatch: pytest.MonkeyPatch) -> None:
    from nkecon_cli.factbase import fastcheck

    root = _split_base(tmp_path / "base")
    doc = json.loads((root / "facts.json").read_text(encoding="utf-8"))
    doc["facts"][36]["value"] = 2 ** 64  # past what the fast check takes: the model's to judge
    assert fastcheck.fact(doc["facts"][36]) is None
    _save(root, doc)
    serial = _serial_dump(root, monkeypatch, halves)
    assert isinstance(open_base(root), IndexedBase)
    [(count, rowids, _places)] = halves["copied"]
    assert rowids + count == 42  # the worker took it, and every fact after it
    assert _dump(root) == serial


@pytest.mark.parametrize("changed", [False, True])
def test_a_racy_file_is_proved_the_text_the_worker_read(
        tmp_path: Path, halves: dict[str, list[Any]], monkeypatch: pytest.MonkeyPatch, changed: bool) -> None:
    """A file changed within the racy second is hashed as the builder reads it, and the characters
    it goes over must have the fingerprint of those the worker read: a text that is not the worker's
    (the file changed between the two readings, keeping its stat: here the worker reads a copy with
    one statement changed, of the same length) leaves no index, and the facts are read whole."""
    from nkecon_cli.factbase import halves as split

    monkeypatch.setattr(index, "RACY_NS", 2_000_000_000)
    root = _split_base(tmp_path / "base")
    serial = _serial_dump(root, monkeypatch, halves)
    if changed:
        other = tmp_path / "as-the-worker-read-it.json"
        text = (root / "facts.json").read_text(encoding="utf-8")
        assert '"Zinc in 1930."' in text  # (twice: the id given twice, in the worker's half)
        other.write_text(text.replace('"Zinc in 1930."', '"Zinc in 1931."'), encoding="utf-8")
        work = split._work
        monkeypatch.setattr(split, "_work", lambda _facts, *rest: work(other, *rest))
    base = open_base(root)
    assert halves["started"] == [True] and len(halves["copied"]) == 1
    if changed:
        assert not isinstance(base, IndexedBase) and not _index(root).exists()
        assert {f.statement for f in base.facts if f.id == "zinc-1930"} == {"Zinc in 1930."}
    else:
        assert isinstance(base, IndexedBase) and _dump(root) == serial
        assert json.loads(dict(sqlite3.connect(_index(root)).execute("SELECT key, value FROM meta"))["racy"])


def test_a_worker_not_racy_is_not_asked_for_a_proof(tmp_path: Path, halves: dict[str, list[Any]],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """(Fingerprinting what it reads costs the worker 0.06 s at 100,000 facts: only a racy file needs it.)"""
    from nkecon_cli.factbase import halves as split

    asked: list[bool] = []
    start = split.start

    def starting(*args: Any) -> Any:
        asked.append(args[-1])
        return start(*args)

    monkeypatch.setattr(split, "start", starting)
    root = _split_base(tmp_path / "base")
    assert isinstance(open_base(root), IndexedBase)
    assert halves["started"] == [True] and len(halves["copied"]) == 1 and asked == [False]


def test_writing_out_early_is_only_ever_a_hint(tmp_path: Path) -> None:
    """``halves.write_out`` (an fsync in the background) never fails a build: not on a database
    without a file, nor on one whose file is gone."""
    import threading

    from nkecon_cli.factbase import halves as split

    split.write_out(sqlite3.connect(":memory:"))
    con = sqlite3.connect(tmp_path / "x.sqlite")
    con.execute("CREATE TABLE t(x)")
    con.commit()
    split.write_out(con)
    (tmp_path / "x.sqlite").unlink()
    split.write_out(con)
    for t in threading.enumerate():
        if t.name == "nkecon-write-out":
            t.join()


@pytest.mark.parametrize(
    ("cpus", "loadavg", "expected"),
    [
        (2, b"0.50 0.40 0.30 1/110 568\n", True),  # only the reader runs: the other core is free
        (2, b"1.90 1.50 1.20 2/112 570\n", False),  # another task runs: no core for a worker
        (4, b"2.10 2.00 1.90 3/300 900\n", True),
        (1, b"0.00 0.00 0.00 1/80 100\n", False),  # one CPU: never two processes
        (2, None, True),  # no /proc/loadavg (not Linux): the CPUs alone
        (2, b"garbage", True),
    ],
)
def test_a_worker_is_started_only_with_a_core_free(cpus: int, loadavg: bytes | None, expected: bool) -> None:
    # two processes on one busy core are slower than one: the build stays serial then (issue 21)
    from nkecon_cli.factbase.halves import free

    assert free(cpus, loadavg) is expected


def test_a_busy_machine_builds_the_index_serially(tiny: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nkecon_cli.factbase import halves as split

    monkeypatch.setattr(split, "MIN_BYTES", 0)
    monkeypatch.setattr(split, "spare_core", lambda: False)
    forked: list[int] = []
    monkeypatch.setattr(split.os, "fork", lambda: forked.append(1) or pytest.fail("forked on a busy machine"))
    _save(tiny, tiny_doc(_facts(50)))
    assert len(open_base(tiny).fact_ids()) == 50 and forked == []


_LAID_CHARS = st.text(alphabet=st.sampled_from(["a", " ", "-", "%", '"', "\\", "\n", "\t", "\x00", "\x1f", "\x7f",
                                                "\x9f", "\xad", "\u2028", "\u202e", "\u2066", "남", "/"]), max_size=5)


@st.composite
def _laid_records(draw: st.DrawFn) -> dict[str, Any]:
    """A fact, or something near one, with strings and numbers of every kind ``laid`` must leave alone."""
    value = dict(draw(_records())[1]) if draw(st.integers(0, 3)) == 0 else dict(fact())
    for name in draw(st.lists(st.sampled_from(list(value) or ["id"]), max_size=2, unique=True)):
        value[name] = draw(_LAID_CHARS | st.none() | st.lists(_LAID_CHARS, max_size=2)
                           | st.sampled_from([0, -0.0, 1.5, 10**18 - 1, 10**18, -(10**18) + 1, 7700, True, [],
                                              "zinc-1949", ["zinc", "mining"], "About 7,700 t."]))
    return value


@settings(max_examples=600, deadline=None)
@given(record=_laid_records(), twice=st.integers(0, 3).map(lambda n: n == 0))
def test_a_fact_read_from_the_writers_layout_is_the_one_json_reads(record: dict[str, Any], twice: bool) -> None:
    """``laid.read`` gives, for a fact as the writer lays it out, the value ``json`` decodes (keys,
    order, types) and the stored text ``rows.fact_doc`` makes of it; a key given twice is refused as
    ever (the stream raises), and whatever it does not read is decoded."""
    import io

    from nkecon_cli.factbase import jsonstream, laid
    from nkecon_cli.factbase.inert import json_text
    from nkecon_cli.factbase.rows import fact_doc

    try:
        text = json_text({"topics": [], "entities": [], "facts": [record, record]}, indent=2)
    except ValueError:  # NaN or infinity: no JSON at all
        assume(False)
    if twice:  # a key given twice, in the writer's layout
        text = text.replace('\n      "kind": ', '\n      "kind": "plan",\n      "kind": ', 1)
    raw = text.encode("utf-8", "surrogatepass")

    def read(fast: Any) -> list[Any] | str:
        try:
            return list(jsonstream.arrays(io.BytesIO(raw), fast=fast))
        except jsonstream.StreamError as err:
            return str(err)

    slow, quick = read(None), read(("facts", laid.read))
    if isinstance(slow, str):
        assert quick == slow
        return
    assert isinstance(quick, list) and len(quick) == len(slow)
    for (key, i, value, element), (key_q, i_q, value_q, element_q) in zip(slow, quick, strict=True):
        assert (key, i, element) == (key_q, i_q, element_q)
        assert [(k, type(v), v) for k, v in (value or {}).items()] == [
            (k, type(v), v) for k, v in (value_q or {}).items()]
        if type(value_q) is laid.Laid:
            assert value_q.doc == fact_doc(value) == json_text(value)
    event("read by laid" if any(type(v) is laid.Laid for _k, _i, v, _t in quick) else "decoded")


def test_the_writers_layout_read_straight_makes_the_index_decoding_makes(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The index of a base written by nkecon (facts read by ``laid``, some not: a float, an escape, a
    character JSON outputs escape) is the one decoding every fact makes."""
    from nkecon_cli.factbase import laid, write
    from nkecon_cli.factbase.loading import load

    facts = [fact(id=f"zinc-{1900 + i}", value=100 + i, when=str(1900 + i), statement=f"Zinc in {1900 + i}.",
                  entities=["nampo"] if i % 2 else []) for i in range(12)]
    facts[2]["value"] = 2.5
    facts[4]["statement"] = 'The "works" \\ produced\tzinc.'
    facts[6]["note"] = "남포 \u2028 \u202e"
    facts[8].update(value=None, unit=None, measure=None)
    root = write_base(tmp_path / "base", tiny_doc(facts))
    base = load(root)
    (root / "facts.json").write_text(write.dump_facts_file(base.topics.values(), base.entities.values(), base.facts),
                                     encoding="utf-8")
    read = laid.read
    seen: list[bool] = []

    def reading(text: str, pos: int) -> Any:
        got = read(text, pos)
        seen.append(got is not None)
        return got

    monkeypatch.setattr(laid, "read", reading)
    assert isinstance(open_base(root), IndexedBase)
    assert seen.count(True) == 9 and seen.count(False) >= 3  # (a fact cut off by the window is decoded too)
    straight = _dump(root)
    shutil.rmtree(root / index.FOLDER)
    monkeypatch.setattr(laid, "read", lambda text, pos: None)
    assert isinstance(open_base(root), IndexedBase)
    assert _dump(root) == straight
