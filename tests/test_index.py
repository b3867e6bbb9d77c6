"""The derived index: never stale, safe when built concurrently, rebuilt when corrupt, usable on a
read-only base, switchable off, and never changing an answer (DESIGN.md §5, "The index")."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from nkecon_cli.cli.app import cli
from nkecon_cli.factbase import index
from nkecon_cli.factbase.index import IndexedBase, open_base
from nkecon_cli.factbase.paths import default_base

from .conftest import fact, tiny_doc


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
