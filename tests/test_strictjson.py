"""Strict JSON (factbase/strictjson.py, jsonstream.py): a key given twice in one JSON object is
refused wherever JSON is read, naming file and line: never the last one silently taken (which,
written back by `add`, loses the rest of the base)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nkecon_cli.factbase import jsonstream, strictjson

from .conftest import fact


def _second_facts_array(root: Path) -> None:
    """The attack of issue 20: a second "facts" after the real array, holding one fact."""
    path = root / "facts.json"
    text = path.read_text(encoding="utf-8").rstrip()
    assert text.endswith("}")
    one = json.dumps([fact(id="zinc-only", value=1)], indent=2)
    path.write_text(text[:-1].rstrip() + ',\n  "facts": ' + one + "\n}\n", encoding="utf-8")


def _line_of(path: Path, needle: str, nth: int = 1) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    hits = [i + 1 for i, line in enumerate(lines) if needle in line]
    return hits[nth - 1]


@pytest.mark.parametrize("index", ["1", "0"])
def test_a_second_facts_array_is_refused_and_add_loses_nothing(run: Any, tiny: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch, index: str) -> None:
    monkeypatch.setenv("NKECON_INDEX", index)
    _second_facts_array(tiny)
    before = (tiny / "facts.json").read_bytes()
    line = _line_of(tiny / "facts.json", '"facts"', 2)

    r = run("verify", base=tiny)
    assert r.exit_code == 1
    assert f"facts.json: line {line}: key 'facts' given twice" in r.stdout
    assert "ok:" not in r.stdout

    r = run("facts", base=tiny)
    assert r.exit_code == 2 and f"line {line}: key 'facts' given twice" in r.stderr and "keep one" in r.stderr
    assert "Traceback" not in r.output

    new = tmp_path / "in.jsonl"
    new.write_text(json.dumps(fact(id="zinc-new", value=1, measure="new count")) + "\n", encoding="utf-8")
    r = run("add", str(new), base=tiny)
    assert r.exit_code == 2 and "given twice" in r.stderr
    assert (tiny / "facts.json").read_bytes() == before


@pytest.mark.parametrize("index", ["1", "0"])
def test_a_value_given_twice_in_a_fact_is_refused(run: Any, tiny: Path, monkeypatch: pytest.MonkeyPatch,
                                                  index: str) -> None:
    monkeypatch.setenv("NKECON_INDEX", index)
    path = tiny / "facts.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"value": 7700,', '"value": 7700,\n "value": 99999,', 1),
                    encoding="utf-8")
    line = _line_of(path, '"value": 99999')
    r = run("show", "zinc-1949", base=tiny)
    assert r.exit_code == 2
    assert f"facts.json: line {line}: key 'value' given twice in one object" in r.stderr
    assert "99999" not in r.stdout


def test_a_key_given_twice_in_sources_json_is_refused(run: Any, tiny: Path) -> None:
    path = tiny / "sources" / "sources.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"title": "Beta news",',
                                                             '"title": "Beta news", "title": "Gamma",', 1),
                    encoding="utf-8")
    r = run("verify", base=tiny)
    assert r.exit_code == 1 and "sources.json: line" in r.stdout and "key 'title' given twice" in r.stdout
    r = run("sources", base=tiny)
    assert r.exit_code == 2 and "key 'title' given twice" in r.stderr


@pytest.mark.parametrize("as_array", [False, True])
def test_a_key_given_twice_in_add_input_is_refused(run: Any, tiny: Path, tmp_path: Path, as_array: bool) -> None:
    before = (tiny / "facts.json").read_bytes()
    record = json.dumps(fact(id="zinc-new", measure="new count"))
    record = record.replace('"value": 7700', '"value": 7700, "value": 99999')
    new = tmp_path / "in.jsonl"
    ok = json.dumps(fact(id="zinc-other", value=2, measure="new count"))
    new.write_text(f"[{ok},\n{record}]\n" if as_array else f"{ok}\n{record}\n", encoding="utf-8")
    r = run("add", str(new), base=tiny)
    assert r.exit_code == 2
    assert "key 'value' given twice" in r.stderr and "nothing written" in r.stderr
    assert f"{new}:2" in r.stderr or f"{new}: line 2" in r.stderr
    assert (tiny / "facts.json").read_bytes() == before


def test_the_streaming_reader_refuses_a_repeated_key(tmp_path: Path) -> None:
    path = tmp_path / "f.json"
    path.write_text('{"facts": [{"id": "a", "id": "b"}]}', encoding="utf-8")
    with pytest.raises(jsonstream.StreamError, match="given twice"):
        list(jsonstream.arrays(path))


def test_keys_written_two_ways_are_one_key() -> None:
    with pytest.raises(strictjson.DuplicateKey):
        strictjson.loads('{"a": 1, "\\u0061": 2}')
    assert strictjson.duplicates('{"a": 1,\n "\\u0061": 2}') == [(2, "a")]
    assert strictjson.duplicates('{"a": {"a": 1}, "b": ["a", "a"], "c": "a"}') == []


_keys = st.text(alphabet="ab{}[]\",:\\ ", max_size=3)


@given(st.lists(st.tuples(_keys, st.integers()), min_size=1, max_size=6), st.integers(0, 5))
def test_the_line_finder_finds_what_the_reader_refuses(pairs: list[tuple[str, int]], depth: int) -> None:
    """Random objects, one a line, nested in arrays and objects: a repeated key is found by
    ``duplicates`` exactly when ``loads`` refuses the text, on the line it is on."""
    body = "{\n" + ",\n".join(f"{json.dumps(k)}: {v}" for k, v in pairs) + "\n}"
    text = body
    for i in range(depth):
        text = f'{{"x{i}": [{text}]}}' if i % 2 else f"[{text}, {{\"a\": 1}}]"
    keys = [k for k, _ in pairs]
    expected = [(2 + i, k) for i, k in enumerate(keys) if k in keys[:i]]
    assert strictjson.duplicates(text) == expected
    if expected:
        with pytest.raises(strictjson.DuplicateKey):
            strictjson.loads(text)
    else:
        assert strictjson.loads(text) is not None
