"""`nkecon facts`: filters, grouping (`--by`) and what repeated filters mean."""

from __future__ import annotations

import json

import pytest


def _rows(out: str) -> list[list[str]]:
    return [line.split("\t") for line in out.splitlines() if line]


@pytest.mark.parametrize("by", ["perspective", "kind", "topic", "speaker", "source", "year", "decade"])
def test_facts_by_adds_the_group_as_the_last_column(run, by: str) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(run("facts", "--by", by, "--topic", "zinc").stdout)
    plain = _rows(run("facts", "--topic", "zinc").stdout)
    assert len(rows) == len(plain) and {r[0] for r in rows} == {r[0] for r in plain}
    assert all(len(r) == len(plain[0]) + 1 for r in rows)


def test_facts_by_kind_follows_the_vocabulary_and_json_carries_the_group(run) -> None:  # type: ignore[no-untyped-def]
    from nkecon_cli.factbase.vocab import KINDS

    recs = json.loads(run("facts", "--by", "kind", "--topic", "zinc", "-f", "json").stdout)
    kinds = [r["group"] for r in recs]
    assert kinds == sorted(kinds, key=KINDS.index) and len(set(kinds)) > 1
    assert all(r["group"] == r["kind"] for r in recs)


def test_facts_by_perspective_table_has_a_heading_a_group(run) -> None:  # type: ignore[no-untyped-def]
    out = run("facts", "--by", "perspective", "--topic", "nonferrous-metals", "-f", "table").stdout
    assert "soviet-diplomat · " in out and "dprk-leadership · " in out
    assert "groups" in out.splitlines()[-1]


def test_every_filter_help_says_how_repeats_combine(run) -> None:  # type: ignore[no-untyped-def]
    for command in ("facts", "timeline", "chart", "measures", "export", "diff"):
        text = " ".join(run(command, "--help").stdout.split())
        assert "a repeated option matches any of its values (OR)" in text, command
        assert "different options must all match (AND)" in text, command
        assert "--speaker TEXT Who makes the claim. Repeatable: any of them." in text


def test_repeated_speakers_are_or_and_perspective_is_and(run) -> None:  # type: ignore[no-untyped-def]
    one = {r[0] for r in _rows(run("facts", "--speaker", "jeong").stdout)}
    two = {r[0] for r in _rows(run("facts", "--speaker", "puzanov").stdout)}
    both = {r[0] for r in _rows(run("facts", "--speaker", "jeong", "--speaker", "puzanov").stdout)}
    assert both == one | two and one and two
    none = run("facts", "--speaker", "jeong", "--perspective", "dprk-leadership").stdout
    assert none == ""


def test_a_span_typed_with_a_dash_points_to_the_slash(run) -> None:  # type: ignore[no-untyped-def]
    res = run("facts", "--to", "2023-2024")
    assert res.exit_code == 2 and res.stderr.count("\n") == 1
    assert "2023/2024" in res.stderr and "--from 2023 --to 2024" in res.stderr
    assert run("facts", "--to", "2023/2024").exit_code == 0
