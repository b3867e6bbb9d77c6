"""Property tests over arbitrary input: the loader, the date reader, the quantity reader, inert text.

CI runs them derandomized (a fixed seed, the same examples every run). A longer, randomized run:

    HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/test_properties.py
"""

from __future__ import annotations

import json
import math
import os
import re
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nkecon_cli import factbase
from nkecon_cli.extract.quantities import find_quantities
from nkecon_cli.factbase import loading, when, write
from nkecon_cli.factbase.inert import inert, json_text
from nkecon_cli.factbase.records import Fact

from .conftest import fact, tiny_doc

settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("long", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

_TERMINAL_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_JSON_RAW_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


# --- the loader ---------------------------------------------------------------------------------


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


# --- the date reader ------------------------------------------------------------------------------


@given(st.text(max_size=25))
def test_date_reader_reads_or_refuses_anything(text: str) -> None:
    try:
        edtf = when.user_edtf(text)
    except when.DateError as err:
        assert "give a date such as" in str(err)
        return
    assert when.user_edtf(edtf) == edtf  # what it reads, it reads again the same
    lo, hi = when.bounds(edtf)
    assert lo <= hi


@given(st.from_regex(r"\s*[0-9]{1,3}\s*", fullmatch=True) | st.from_regex(r"[A-Z][a-z]{2} [0-9]{2}", fullmatch=True))
def test_date_reader_never_reads_a_short_year(text: str) -> None:
    with pytest.raises(when.DateError):
        when.user_span(text)


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)),
       st.sampled_from(["{y}-{m:02d}-{d:02d}", "{d} {B} {y}", "{B} {d}, {y}", "{d} {b} {y}", "{y}-{m}-{d}"]))
def test_date_reader_reads_every_day_in_every_form(day: date, form: str) -> None:
    text = form.format(y=f"{day.year:04d}", m=day.month, d=day.day, B=day.strftime("%B"), b=day.strftime("%b"))
    assert when.user_span(text) == (day, day)


@given(st.integers(1000, 9999), st.integers(13, 99), st.integers(1, 28))
def test_date_reader_refuses_month_13_and_up(year: int, month: int, day: int) -> None:
    for text in (f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}"):
        with pytest.raises(when.DateError, match="no month"):
            when.user_span(text)


# --- the quantity reader -----------------------------------------------------------------------------


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-–tonskgwhTWbillionmlrcent%$₩about year\n")),
               max_size=80))
def test_quantity_reader_gives_finite_values_inside_the_text(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert math.isfinite(q.value)
        assert q.value_max is None or math.isfinite(q.value_max)


@given(st.text(max_size=60))
def test_quantity_reader_never_fails_on_any_text(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text) and math.isfinite(q.value)


# --- inert text ------------------------------------------------------------------------------------------


@given(st.text())
def test_inert_text_carries_no_control_code(text: str) -> None:
    shown = inert(text)
    assert not _TERMINAL_UNSAFE.search(shown)
    assert len(shown) == len(text)  # one visible symbol per code: offsets and widths stay meaningful


finite_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@given(finite_json_values)
def test_json_output_escapes_control_codes_and_round_trips(value: Any) -> None:
    text = json_text(value)
    assert not _JSON_RAW_UNSAFE.search(text)
    assert json.loads(text) == value
    with pytest.raises(ValueError):
        json_text([value, float("nan")])  # NaN is not JSON: refused, never written
