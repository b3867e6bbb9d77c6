"""Reading JSON as it streams (factbase/jsonstream.py): ``arrays`` reads what ``json`` reads, refuses
what is not an object of arrays, and skips an element it was told to expect."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nkecon_cli.factbase import jsonstream

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


@pytest.mark.parametrize("chunk", [1, 2, 5, 7, 1 << 20])
def test_the_space_after_a_separator_is_no_part_of_the_next_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  chunk: int) -> None:
    # ``after`` takes the whitespace after a comma with it, wherever a window ends: the next element's
    # text, expected or decoded, starts at its first character all the same
    monkeypatch.setattr(jsonstream, "CHUNK", chunk)
    path = tmp_path / "doc.json"
    path.write_text('{"facts": [ \n {"a": 1} ,\n\n   {"b": 2},\r\n\t{"c": 3}  \n ], "t": [ ]}', encoding="utf-8")
    second = '{"b": 2}'
    got = list(jsonstream.arrays(path, expect=lambda key: (len(second), jsonstream.fingerprint(second))))
    assert got == [("facts", 0, {"a": 1}, '{"a": 1}'), ("facts", 1, jsonstream.KNOWN, second),
                   ("facts", 2, {"c": 3}, '{"c": 3}'), ("facts", jsonstream.END, None, ""),
                   ("t", jsonstream.END, None, "")]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(elements=st.lists(_json, min_size=1, max_size=6), space=st.sampled_from(["", " ", "\n  ", "\n    "]),
       chunk=st.sampled_from([1, 3, 64, 1 << 20]), stop=st.integers(min_value=0, max_value=5),
       tamper=st.booleans())
def test_what_one_reader_proves_another_goes_over_only_if_it_is_the_same_text(
        tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, elements: list[Any], space: str,
        chunk: int, stop: int, tamper: bool) -> None:
    """``Elements.proof`` (the worker's word for the characters it read, a racy file's) is what
    ``arrays`` checks the characters it goes over against: equal wherever the windows fall, and a
    text changed between the two readings is refused, not gone over."""
    monkeypatch.setattr(jsonstream, "CHUNK", chunk)
    path = tmp_path_factory.mktemp("json") / "doc.json"
    lead = '{"facts": [' + space
    text = lead + ("," + space).join(json.dumps(e, ensure_ascii=False) for e in elements) + space + "]}"
    path.write_text(text, encoding="utf-8")
    reader = jsonstream.Elements(path, len(lead.encode("utf-8")), prove=True)
    read = iter(reader)
    ends = []
    for _value, _text, end in read:
        ends.append(end)
        if len(ends) > stop:
            break
    proof = reader.proof(ends[-1])
    assert proof == jsonstream.fingerprint(text[len(lead):len(lead) + ends[-1]])
    if tamper:  # the same length, another text: the second reader reads what changed since
        last = text[len(lead):len(lead) + ends[-1]]
        changed = last[:-1] + ("0" if last[-1] != "0" else "1")
        path.write_text(lead + changed + text[len(lead) + ends[-1]:], encoding="utf-8")
    arrive = [(len(ends), ends[-1], proof)]
    mark = ("facts", len(lead), arrive.pop)
    if tamper:
        with pytest.raises(jsonstream.StreamError):
            list(jsonstream.arrays(path, mark=mark))
    else:
        got = list(jsonstream.arrays(path, mark=mark))
        assert got[0] == ("facts", jsonstream.HERE, len(ends), "")
        assert [v for _k, i, v, _t in got[1:] if i is not jsonstream.END] == elements[len(ends):]
