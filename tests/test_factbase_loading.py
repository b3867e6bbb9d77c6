"""Loading a base (factbase/loading.py, records.py, crosscheck.py): the models, every problem named with
its fact and field, cross-checks, quote location, and the loader on arbitrary input."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from nkecon_cli import factbase
from nkecon_cli.factbase import integrity, loading, problems, whitespace, write
from nkecon_cli.factbase.base import cross_check
from nkecon_cli.factbase.records import Fact

from .conftest import fact, tiny_doc, write_base


def test_good_fact_validates() -> None:
    f = Fact.model_validate(fact())
    assert f.span[0].isoformat() == "1949-01-01"
    assert (f.when_start, f.when_end) == ("1949-01-01", "1949-12-31")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "guess"}, "Input should be"),
        ({"when": "Aug 1957"}, "EDTF subset"),
        ({"stated": "1957-02-30"}, "day is out of range"),
        ({"id": "Zinc 1949"}, "not a slug"),
        ({"value_max": 100}, "below value"),
        ({"value": None, "value_max": 5}, "value_max is set but value is not"),
        ({"unit": None}, "a value needs a unit"),
        ({"measure": None}, "a value needs a measure"),
        ({"topics": []}, "at least 1 item"),
        ({"quote": "   "}, "must not be empty"),
        ({"colour": "red"}, "Extra inputs"),
        ({"approx": "roughly"}, "Input should be"),
        ({"dated_by": "guess"}, "Input should be"),
    ],
)
def test_bad_fact_is_refused(change: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError) as err:
        Fact.model_validate(fact(**change))
    assert any(message in problems.error_message(e) for e in err.value.errors())  # as nkecon words it


def test_integer_values_stay_integers() -> None:
    assert Fact.model_validate(fact()).model_dump()["value"] == 7700
    assert isinstance(Fact.model_validate(fact(value=3.5, unit="month")).value, float)


def test_load_tiny(tiny: Path) -> None:
    base = factbase.load(tiny)
    assert len(base.facts) == 5
    assert set(base.sources) == {"alpha-report-1957-08-07", "beta-news-2024-02-06"}
    assert cross_check(base) == []
    assert integrity.check_quotes(base) == []


def test_load_reports_every_problem_with_fact_id_and_field(tmp_path: Path) -> None:
    doc = tiny_doc()
    doc["facts"][0]["kind"] = "guess"
    doc["facts"][2]["when"] = "soon"
    root = write_base(tmp_path, doc)
    with pytest.raises(factbase.LoadError) as err:
        factbase.load(root)
    lines = [str(p) for p in err.value.problems]
    assert len(lines) == 2
    assert "fact 'zinc-1949' (facts[0]) kind" in lines[0]
    assert "fact 'anju-investment' (facts[2]) when" in lines[1]
    assert all(line.startswith(str(root / "facts.json")) for line in lines)


def test_load_reports_bad_json(tmp_path: Path) -> None:
    root = write_base(tmp_path)
    (root / "facts.json").write_text('{"topics": [', encoding="utf-8")
    with pytest.raises(factbase.LoadError, match="not valid JSON"):
        factbase.load(root)


def test_cross_check_finds_dangling_references_and_duplicates(tmp_path: Path) -> None:
    doc = tiny_doc()
    doc["facts"][0]["topics"] = ["zinc", "copper"]
    doc["facts"][1]["entities"] = ["atlantis"]
    doc["facts"][2]["speaker"] = "nobody"
    doc["facts"][3]["id"] = "zinc-1949"
    doc["topics"].append({"id": "orphan", "label": "Orphan", "parent": "missing"})
    base = factbase.load(write_base(tmp_path, doc))
    messages = [str(p) for p in cross_check(base)]
    assert any("unknown topic 'copper'" in m for m in messages)
    assert any("unknown entity 'atlantis'" in m for m in messages)
    assert any("speaker: unknown entity 'nobody'" in m for m in messages)
    assert any("'zinc-1949'" in m and "more than once" in m for m in messages)
    assert any("unknown topic 'missing'" in m for m in messages)


def test_cycle_in_topic_tree_is_found(tmp_path: Path) -> None:
    doc = tiny_doc()
    doc["topics"][0]["parent"] = "zinc"  # mining → zinc → nonferrous → mining
    base = factbase.load(write_base(tmp_path, doc))
    assert any("cycle" in str(p) for p in cross_check(base))


def test_quote_located_whitespace_insensitively(tiny: Path) -> None:
    base = factbase.load(tiny)
    f = base.fact("anju-investment")
    assert f is not None
    start, end = base.locate(f)  # type: ignore[misc]
    text = base.text(f.source)
    assert text[start:end] == "The Anju Coal Mine must receive more investment,\nsaid the minister."


_spaced = st.lists(st.sampled_from(["a", "b", " ", "  ", "\n", "\t", "\u00a0", "\u3000", "\r\n"]),
                   max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_spaced, a=_spaced, b=_spaced)
def test_find_quote_finds_what_locate_finds_and_overlaps_alike(text: str, a: str, b: str) -> None:
    # check_quotes and the near-duplicate check use the folded text's offsets, show the original's
    base = factbase.FactBase(Path("."), {}, {}, [], {"s": None}, {"s": text})  # type: ignore[dict-item]
    got = {}
    for name, quote in (("a", a), ("b", b)):
        folded = base.find_quote("s", quote)
        located = whitespace.find_folded(base.folded("s"), quote)
        assert (folded is None) == (located is None), (text, quote)
        got[name] = folded, located
    (fa, la), (fb, lb) = got["a"], got["b"]
    if fa and fb and la and lb:
        assert (fa[0] < fb[1] and fb[0] < fa[1]) == (la[0] < lb[1] and lb[0] < la[1])


def test_quote_not_found_is_a_problem(tmp_path: Path) -> None:
    doc = tiny_doc()
    doc["facts"][0]["quote"] = "In 1949 the works produced 7,700 tonnes of zinc."
    base = factbase.load(write_base(tmp_path, doc))
    problems = integrity.check_quotes(base)
    assert len(problems) == 1
    assert "fact 'zinc-1949' quote" in str(problems[0])


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=200), st.data())
def test_find_folded_returns_offsets_of_the_quote(text: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(text) - 1))
    j = data.draw(st.integers(i + 1, len(text)))
    quote = text[i:j]
    if not quote.strip():
        return
    span = whitespace.find_folded(whitespace.fold_whitespace(text), quote)
    assert span is not None
    s, e = span
    assert " ".join(text[s:e].split()) == " ".join(quote.split())


def test_vocabularies_match_the_models() -> None:
    """The cheap tuples the command line reads and the models' field types are one vocabulary."""
    from typing import get_args

    from nkecon_cli.factbase import records as models
    from nkecon_cli.factbase import vocab

    assert get_args(models.Kind) == vocab.KINDS
    assert get_args(models.Approx) == vocab.APPROX
    assert get_args(models.DatedBy) == vocab.DATED_BY
    assert get_args(models.EntityType) == vocab.ENTITY_TYPES


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@given(st.binary(max_size=300))
def test_loader_reads_or_refuses_any_bytes(raw: bytes) -> None:
    try:
        loading.parse_facts_file(raw, "facts.json")
    except factbase.LoadError as err:
        assert err.problems and all("\n" not in str(p) for p in err.problems)


@given(st.sampled_from(list(Fact.model_fields)), json_values)
def test_loader_accepts_only_valid_fields(field: str, value: Any) -> None:
    doc = tiny_doc([fact(**{field: value})])
    raw = json.dumps(doc, allow_nan=True).encode()
    try:
        loaded = loading.parse_facts_file(raw, "facts.json")
    except factbase.LoadError as err:
        assert all(str(p).startswith("facts.json: ") for p in err.problems)
        return
    f = loaded.facts[0]
    for v in (f.value, f.value_max):
        assert v is None or (type(v) in (int, float) and math.isfinite(v))
    text = write.dump_facts_file(loaded.topics, loaded.entities, loaded.facts)
    assert "NaN" not in text and "Infinity" not in text
    again = loading.parse_facts_file(text.encode(), "facts.json")
    assert write.dump_facts_file(again.topics, again.entities, again.facts) == text  # reads back the same
    assert again.facts == loaded.facts


@given(st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=6), st.booleans()))
def test_values_are_finite_numbers_only(value: Any) -> None:
    ok = isinstance(value, float) and math.isfinite(value)
    try:
        Fact.model_validate(fact(value=value, value_max=None))
    except ValueError:
        assert not ok
    else:
        assert ok


def test_filters_and_wanted_are_records_equal_by_their_fields() -> None:
    from nkecon_cli.factbase.wanted import Wanted
    from nkecon_cli.query.select import Filters

    assert Filters(topics=("zinc",)) == Filters(topics=("zinc",)) != Filters(topics=("coal",))
    assert Filters().ids == () and Filters().is_empty() and not Filters(text="zinc").is_empty()
    assert repr(Wanted(kinds={"plan"})) == ("Wanted(topics=None, entities=None, kinds={'plan'}, sources=None, "
                                             "speakers=None, measures=None, span=None, overlap=False, text=None, "
                                             "ids=None)")
    w = Wanted()
    w.topics = {"zinc"}  # filled in as the filters are resolved
    assert w == Wanted(topics={"zinc"}) and Filters.__hash__ is None and Wanted.__hash__ is None
