"""The index brought up to date from the last one: after any change to facts.json it answers as a
full load would, re-validates only the facts whose text changed, and never keeps a broken base."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nkecon_cli import factbase
from nkecon_cli.factbase import index, indexing, jsonstream
from nkecon_cli.factbase.base import cross_check
from nkecon_cli.factbase.index import IndexedBase, open_base
from nkecon_cli.factbase.problems import LoadError

from .conftest import fact, tiny_doc, write_base


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


# --- reading a file a piece at a time -------------------------------------------------------

_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
_json = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner,
                                                                                           max_size=4), max_leaves=12)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=st.dictionaries(st.text(max_size=8), st.lists(_json, max_size=5), max_size=4),
       indent=st.sampled_from([None, 0, 2]), chunk=st.sampled_from([1, 3, 64, 1 << 20]))
def test_arrays_reads_what_json_reads(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
                                      doc: dict[str, list[Any]], indent: int | None, chunk: int) -> None:
    monkeypatch.setattr(jsonstream, "CHUNK", chunk)
    path = tmp_path_factory.mktemp("json") / "doc.json"
    path.write_text("\ufeff" + json.dumps(doc, indent=indent, ensure_ascii=False), encoding="utf-8")
    got: dict[str, list[Any]] = {}
    for key, i, value, text in jsonstream.arrays(path):
        if i is jsonstream.END:
            got.setdefault(key, [])
            continue
        assert json.loads(text) == value
        got.setdefault(key, []).append(value)
    assert got == json.loads(path.read_text(encoding="utf-8-sig"))


@pytest.mark.parametrize("text", ['{"a": [1, 2}', '{"a": 1}', '[1]', '{"a": [1]} x', '{"a": [1] "b": []}', '',
                                  '{"a": [tru]}'])
def test_arrays_refuses_what_is_not_an_object_of_arrays(tmp_path: Path, text: str) -> None:
    path = tmp_path / "doc.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(jsonstream.StreamError):
        list(jsonstream.arrays(path))


def test_arrays_skips_an_expected_element_without_decoding_it(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    path.write_text('{"facts": [{"a": 1}, {"b": 2}]}', encoding="utf-8")
    first = '{"a": 1}'
    got = list(jsonstream.arrays(path, expect=lambda key: (len(first), jsonstream.fingerprint(first))))
    assert got[0] == ("facts", 0, jsonstream.KNOWN, first)
    assert got[1] == ("facts", 1, {"b": 2}, '{"b": 2}')  # not the text expected: decoded
