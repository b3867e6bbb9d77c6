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
