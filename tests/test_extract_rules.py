"""extract, third generation: the rules of issue 17 at the level of the quantity finder, each bug it fixed a test.

The corpus (extract/corpus.py, run by test_extract_corpus.py) states each rule in sentences; these pin the
mechanics a sentence alone does not show: rounding of an inexact factor, which earlier figure a total or an
elliptic figure carries its unit from, and what ends the window a span of life is looked for in.
"""

from __future__ import annotations

import calendar
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from nkecon_cli.extract.quantities import find_quantities


def _by_text(text: str) -> dict[str, tuple[float, float | None, str]]:
    return {q.text: (q.value, q.value_max, q.unit) for q in find_quantities(text)}


def test_jeongbo_is_hectares_rounded_to_a_tenth() -> None:
    # 40,000 × 0.991736 = 39669.44: the factor has six digits, the figure keeps a tenth
    assert _by_text("Seedlings for 40,000 jeongbo.")["40,000 jeongbo"] == (39669.4, None, "ha")


def test_a_yield_range_in_centners_per_jeongbo() -> None:
    got = _by_text("The harvest was an average of 27-28 centners per jeongbo.")
    assert got["27-28 centners per jeongbo"] == (2722.5, 2823.3, "kg/ha")


def test_a_bare_mass_after_a_yield_carries_the_area_but_a_mass_of_a_crop_does_not() -> None:
    got = _by_text("Rice gave 27 centners per jeongbo; the plan is 30 centners.")
    assert got["30 centners"][2] == "kg/ha"
    got = _by_text("Rice gave 27 centners per jeongbo; the farm sold 30 centners of it.")
    assert got["30 centners"] == (3000, None, "kg")


def test_a_total_carries_the_unit_of_the_last_figure_that_is_no_duration() -> None:
    # "over 15 years" stands between the counted figure and the total: the total is people, not years
    got = _by_text("The population rose by almost 3 million over 15 years, taking the total to just over 24 million.")
    assert got["over 24 million"][2] == "people"


def test_a_total_with_nothing_counted_before_is_no_figure() -> None:
    assert "24 million" not in " ".join(_by_text("It brought the total to 24 million."))


def test_persons_are_people_and_demonyms_too_but_members_are_counted() -> None:
    got = _by_text("Some 3,400 workers, 600,000 North Koreans and 1,000 members.")
    assert got["Some 3,400 workers"][2] == "people"
    assert got["600,000 North Koreans"][2] == "people"
    assert got["1,000 members"][2] == "count"


def test_a_unit_after_the_list_reaches_back_over_a_few_words_only_without_a_multiplier() -> None:
    got = _by_text("with men living to only 65.6 and women to only 72.7 years on average")
    assert got["65.6"][2] == "year"  # a span of life once the sentence rule reads "life expectancy" before it
    assert "120" not in _by_text("Exports grew by 120 and imports by 340 million dollars.")
    assert "20" not in _by_text("between 20 and 25 percent more grain")


def test_glued_pairs_count_decimals_without_the_spaces_around_the_slash() -> None:
    # "44.0 " was read as two decimals, so the split "0.24 | 8.5" looked as alike as "0.2 | 48.5"
    from nkecon_cli.extract.gluedrows import _best_split, _splits

    assert _best_split(_splits("44.0 / 0.248.5 / 0.249.5 / 0.2", 3)) == ["44.0 / 0.2", "48.5 / 0.2", "49.5 / 0.2"]


def test_a_pair_label_gives_each_side_its_unit_and_a_label_of_names_gives_none() -> None:
    from nkecon_cli.extract.gluedrows import _pair_units

    assert _pair_units("Migrant stock (000/% of total pop.)") == [("people", 1000.0), ("%", 1.0)]
    assert _pair_units("Employment (agriculture/industry)") is None


def test_a_share_or_budget_of_the_army_is_no_number_of_persons() -> None:
    assert all(u != "people" for _v, _m, u in _by_text("The military's share of spending was 30 in 2008.").values())
    assert _by_text("The army was estimated at 1.2 million.")["estimated at 1.2 million"][2] == "people"


def test_a_year_dash_figure_is_no_range_but_a_range_written_alike_is() -> None:
    assert "1947 - 4,300 tons" not in _by_text("in 1946 - 1,200 tons; 1947 - 4,300 tons")
    assert _by_text("gave 1500-2000 tons")["1500-2000 tons"] == (1500, 2000, "t")


def test_a_total_is_of_things_not_of_a_share() -> None:
    # "rose 5 percent, bringing the total to 300": the total is no per cent
    assert "300" not in " ".join(_by_text("Exports rose 5 percent, bringing the total to 300."))


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31)), st.integers(1, 31))
def test_a_day_named_alone_is_of_the_document_month_or_the_one_before(doc: date, day: int) -> None:
    """"on the 19th" in a report of `doc`: that day of its month when the day has come, else of the month before;
    never a day after the document (corpus: day-of-month)."""
    from nkecon_cli.extract.resolution import resolve

    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    got = resolve(f"on the {day}{suffix}", doc)
    y, m = (doc.year, doc.month) if day <= doc.day or doc.day == 1 else (
        (doc.year - 1, 12) if doc.month == 1 else (doc.year, doc.month - 1))
    if day > calendar.monthrange(y, m)[1]:
        assert got is None
        return
    assert got is not None and got.edtf == f"{y:04d}-{m:02d}-{day:02d}"


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31)), st.integers(1, 28),
       st.sampled_from(["since", "since around", "until", "by"]))
def test_a_day_named_alone_after_a_preposition_is_read_with_it(doc: date, day: int, prep: str) -> None:
    """"since the 24th" is from that day to the document, "until the 3rd" up to it, "by the 15th" that day — the day
    of the document's month or the month before, as "on the 24th" is (corpus: day-of-month)."""
    from nkecon_cli.extract.resolution import resolve

    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    on = resolve(f"on the {day}{suffix}", doc)
    got = resolve(f"{prep} the {day}{suffix}", doc)
    assert on is not None and got is not None
    from nkecon_cli.factbase.when import bounds

    lo = date.fromisoformat(on.edtf)
    since = on.edtf if lo == doc else f"{on.edtf}/{doc.isoformat()}" if lo < doc else f"{on.edtf}/.."
    assert bounds(got.edtf) == bounds({"since": since, "until": f"../{on.edtf}", "by": on.edtf}[prep.split()[0]])


@given(st.integers(1950, 2029), st.booleans())
def test_a_marketing_year_runs_november_to_october(year: int, full: bool) -> None:
    """"the 2013/14 marketing year" is November 2013 to October 2014, however the second year is written (corpus:
    marketing-year)."""
    from nkecon_cli.extract.resolution import resolve

    second = f"{year + 1}" if full else f"{(year + 1) % 100:02d}"
    got = resolve(f"the {year}/{second} marketing year", date(2030, 1, 1))
    assert got is not None and got.edtf == f"{year:04d}-11/{year + 1:04d}-10"


def test_a_column_of_note_marks_needs_a_figure_before_each_mark() -> None:
    """Small rising numbers that end lines after a figure are source notes ("0.2% 2"); after a bare label they are
    the values ("Doctors 3"): masking them would lose a fact page's counts."""
    from nkecon_cli.extract.nonclaims import not_claims

    marks = "Population\n25,610,672 1\n61.9% 1\n38.1% 1\nLife expectancy\n73 years 5\n"
    assert [marks[a:b] for a, b in not_claims(marks)] == ["1", "1", "1", "5"]
    values = "Health\nDoctors 3\nNurses 5\nBeds 12\n"
    assert not_claims(values) == []


def test_a_label_of_a_measure_counts_nothing() -> None:
    assert _by_text("Airports: 78") == {"78": (78.0, None, "count")}
    assert _by_text("Exports: 12") == {}
