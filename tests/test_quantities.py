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


_SCALES = {"thousands of": 1e3, "thousand": 1e3, "millions of": 1e6, "million": 1e6}
_TONS = {"tons": ("t", 1.0), "tonnes": ("t", 1.0), "kilowatt-hours": ("kWh", 1.0), "US dollars": ("USD", 1.0)}


@given(st.sampled_from(sorted(_SCALES)), st.sampled_from(sorted(_TONS)), st.integers(1, 99_999),
       st.integers(0, 9), st.sampled_from(["in", "(in", "("]))
def test_a_declared_scale_multiplies_every_bare_number_after_it(scale: str, unit: str, whole: int, tenth: int,
                                                              opening: str) -> None:
    """"Output in thousands of tons: 273.0 in 1949" is 273,000 t, whatever the scale, the unit, the number and the
    way the declaration opens (corpus: declared-scale)."""
    close = ")" if opening.startswith("(") else ""
    number = f"{whole:,}.{tenth}"
    text = f"Output {opening} {scale} {unit}{close}: {number} in 1949."
    got = [q for q in find_quantities(text) if q.text.startswith(number)]
    assert len(got) == 1, (text, find_quantities(text))
    want_unit, factor = _TONS[unit]
    assert got[0].unit == want_unit
    assert math.isclose(got[0].value, (whole + tenth / 10) * _SCALES[scale] * factor, rel_tol=1e-9)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(whole=st.integers(1, 9_999), tenths=st.integers(0, 9),
       scale=st.sampled_from([("thousand", 10**3), ("million", 10**6), ("billion", 10**9), ("trillion", 10**12)]))
def test_a_decimal_times_a_scale_is_given_as_its_whole_number(whole: int, tenths: int, scale: tuple[str, int]) -> None:
    # 33.8 trillion is 33,800,000,000,000, not the 33799999999999.996 that binary arithmetic makes of it
    (q,) = find_quantities(f"Income came to {whole}.{tenths} {scale[0]} won.")
    assert q.as_dict()["value"] == (whole * 10 + tenths) * scale[1] // 10
