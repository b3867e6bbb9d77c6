"""`nkecon verify`: every problem of a base listed once, with what lies behind a schema error."""

from __future__ import annotations

from pathlib import Path

from .conftest import tiny_doc, tiny_facts, write_base


def test_verify_reports_what_lies_behind_a_schema_error(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    facts = tiny_facts()
    facts[0]["kind"] = "rumour"  # a schema error
    facts[2]["entities"] = ["atlantis"]  # a dangling reference behind it
    facts[3]["quote"] = "words the source never says"  # and a quote not found
    root = write_base(tmp_path / "b", tiny_doc(facts))
    result = run("verify", base=root)
    assert result.exit_code == 1
    assert "fact 'zinc-1949'" in result.stdout and "kind" in result.stdout
    assert "unknown entity 'atlantis'" in result.stdout
    assert "fact 'kangwon-plan-sent' quote" in result.stdout
    assert "3 problems found" in result.stderr


def test_verify_does_not_count_a_broken_record_twice(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    doc = tiny_doc()
    doc["topics"][2]["parent"] = 7  # the zinc topic breaks the schema; facts naming it are not blamed again
    root = write_base(tmp_path / "b", doc)
    result = run("verify", base=root)
    assert result.exit_code == 1 and "unknown topic 'zinc'" not in result.stdout
    assert "1 problem found" in result.stderr


def test_verify_clean(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("verify", base=tiny)
    assert result.exit_code == 0
    assert result.stdout.startswith("ok: 5 facts, 2 sources")


def test_verify_lists_every_problem_and_exits_1(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    doc = tiny_doc()
    doc["facts"][0]["quote"] = "words that are not there: 7,700 tons of zinc in 1949"
    doc["facts"][1]["topics"] = ["tin", "zinc"]
    root = write_base(tmp_path, doc)
    result = run("verify", base=root)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert any("fact 'zinc-1950' topics: unknown topic 'tin'" in x for x in lines)
    assert any("fact 'zinc-1949' quote: not found" in x for x in lines)
    assert "2 problems found" in result.stderr


def test_verify_on_unloadable_base_lists_schema_problems(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    doc = tiny_doc()
    doc["facts"][0]["kind"] = "rumour"
    root = write_base(tmp_path, doc)
    result = run("verify", base=root)
    assert result.exit_code == 1
    assert "fact 'zinc-1949' (facts[0]) kind" in result.stdout
    other = run("facts", base=root)
    assert other.exit_code == 2
    assert "fact 'zinc-1949' (facts[0]) kind" in other.stderr
