"""The quantity reader (extract/quantities.py) on arbitrary text: it never fails, and what it finds lies
inside the text with finite values."""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nkecon_cli.extract.quantities import find_quantities


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
