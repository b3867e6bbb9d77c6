"""The grid reader (extract/grid.py, extract/tables.py): one table laid out in many ways reads back to the same
cells, and what is no table (prose, lists, contents, references) gives no cell."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nkecon_cli.extract.gridcells import figure, range_of, read_line
from nkecon_cli.extract.tables import find_tables

_LABELS = ["Coal", "Steel", "Cement", "Pig iron", "Grain", "Fish catch", "Electric power", "Zinc"]


def _fmt(v: float, decimals: int) -> str:
    return f"{v:,.{decimals}f}"


def _layouts(caption: str, years: list[int], rows: list[tuple[str, list[str]]]) -> dict[str, str]:
    """The same table as pipes, tabs, aligned columns, single spaces, and (one row) as a "year: value" series."""
    width = max(len(lab) for lab, _ in rows) + 2
    cw = max(4, *(len(c) for _, cs in rows for c in cs)) + 3
    out = {
        "pipe": "\n".join([f"| Item | {' | '.join(map(str, years))} |", "|---" * (len(years) + 1) + "|"]
                          + [f"| {lab} | {' | '.join(cs)} |" for lab, cs in rows]),
        "tab": "\n".join(["Item\t" + "\t".join(map(str, years))] + [lab + "\t" + "\t".join(cs) for lab, cs in rows]),
        "aligned": "\n".join([" " * width + "".join(str(y).rjust(cw) for y in years)]
                             + [lab.ljust(width) + "".join(c.rjust(cw) for c in cs) for lab, cs in rows]),
        "single": "\n".join([" ".join(map(str, years))] + [f"{lab} {' '.join(cs)}" for lab, cs in rows]),
        # a page's table copied as text: one cell a line, blank lines between (extract/vertical.py)
        "one cell a line": "\n\n".join(["Item", *map(str, years)] + [c for lab, cs in rows for c in (lab, *cs)]),
    }
    return {k: f"{caption}\n{v}\n" for k, v in out.items()}


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    years=st.lists(st.integers(1950, 2030), min_size=2, max_size=5, unique=True).map(sorted),
    n_rows=st.integers(2, 5),
    data=st.data(),
    decimals=st.sampled_from([0, 1, 2]),
    unit=st.sampled_from([("(thousand tonnes)", "t", 1e3), ("(million US$)", "USD", 1e6), ("(%)", "%", 1.0)]),
)
def test_one_grid_in_every_layout_reads_back_to_the_same_cells(years: list[int], n_rows: int, data: st.DataObject,
                                                               decimals: int, unit: tuple[str, str, float]) -> None:
    labels = _LABELS[:n_rows]
    values = [[data.draw(st.floats(0.5, 99_999, allow_nan=False)) for _ in years] for _ in labels]
    rows = [(lab, [_fmt(v, decimals) for v in vs]) for lab, vs in zip(labels, values, strict=True)]
    caption = f"Output by product {unit[0]}"
    want = {(lab, str(y)): round(float(c.replace(",", "")) * unit[2], 6)
            for lab, cs in rows for y, c in zip(years, cs, strict=True)}
    for layout, text in _layouts(caption, years, rows).items():
        cells = [c for t in find_tables(text) for c in t.cells]
        got = {(c.measure, c.time): round(c.value, 6) for c in cells}
        assert got == want, (layout, text)
        assert {c.unit for c in cells} == {unit[1]}, layout


@settings(max_examples=40, deadline=None, derandomize=True)
@given(years=st.lists(st.integers(1950, 2030), min_size=2, max_size=6, unique=True).map(sorted),
       sep=st.sampled_from([" ", ": ", "  ", "\t", " - "]), data=st.data())
def test_a_series_of_years_and_figures_reads_each_year(years: list[int], sep: str, data: st.DataObject) -> None:
    values = [data.draw(st.integers(1, 9_999)) for _ in years]
    text = "Grain output (thousand tonnes)\n" + "".join(f"{y}{sep}{v:,}\n" for y, v in zip(years, values, strict=True))
    cells = [c for t in find_tables(text) for c in t.cells]
    assert [(c.time, c.value, c.unit) for c in cells] == [(str(y), v * 1e3, "t") for y, v in
                                                          zip(years, values, strict=True)]


NOT_TABLES = {
    "prose": "The works had 12 furnaces in 1960 and 15\nfurnaces in 1961, and employed 3,400\nworkers in 1962.\n",
    "numbered arguments": "Three reasons:\n1. Coal output fell 12 percent in 2014\n2. Exports fell 8 percent in 2015\n"
                          "3. The harvest was 4.8 million tons in 2016\n",
    "references": "Sources\n1. Kim, 2019, p. 7\n2. Lee and Park, 2015, p. 112\n3. Choi, 2008, pp. 4-9\n",
    "contents": "Contents\nIntroduction 1\nCoal and power 7\nFarming 15\nTrade 22\n",
    "dot leaders": "Introduction ........ 1\nCoal and power ........ 7\nFarming ........ 15\n",
    "a line of years": "The plan covered the years\n1957 1958 1959 1960 1961\nand each brought growth.\n",
    "page numbers": "   38   39   40   41   42\n",
    "sentences ending in figures": "Output rose to 1,200 in 1957 and 1,400\nIn 1958 it rose again to 1,900\n",
}


def test_what_is_no_table_gives_no_cell() -> None:
    for name, text in NOT_TABLES.items():
        assert [c.text for t in find_tables(text) for c in t.cells] == [], name


def test_cells_are_typed_by_what_they_hold() -> None:
    s = "GDP Annual Growth Rate -0.10 -4.50 percent Dec 2021"
    kinds = [(s[c.start : c.end], c.kind, c.time) for c in read_line(s, 0, len(s)).cells]
    assert kinds == [("GDP Annual Growth Rate", "word", None), ("-0.10", "num", None), ("-4.50 percent", "num", None),
                     ("Dec 2021", "time", "December 2021")]
    s = "| (3) 1944 | Q1 2014 | 2014.02 | 2012R | 1961 (plan) | 2015e |"
    cells = read_line(s, 0, len(s)).cells
    assert [(c.time, c.mark) for c in cells] == [("1944", ""), ("the first quarter of 2014", ""),
                                                 ("February 2014", ""), ("2012", ""), ("1961", "plan"),
                                                 ("2015", "estimate")]
    s = "China (inc. Hong Kong) 83 (5.7) 425 -342"
    cells = read_line(s, 0, len(s)).cells
    assert [(s[c.start : c.end], c.share) for c in cells][1:] == [("83", False), ("(5.7)", True), ("425", False),
                                                                  ("-342", False)]


def test_figures_state_their_own_units() -> None:
    assert figure("$700 Million") == (700, None, ("USD", 1e6))
    assert figure("5.7 Million") == (5.7, None, ("count", 1e6))
    assert figure("64 years") == (64, None, ("years", 1.0))
    assert figure("about 300") == (300, "about", None)
    assert figure("53,5b") == (53.5, None, None)
    assert figure("(5.7)") == (5.7, None, ("%", 1.0))
    assert figure("000 t") is None  # a unit ("thousand tonnes"), no figure


def test_a_range_cell_is_one_figure_with_both_ends() -> None:
    assert range_of("1,800-1,900") == (1800, 1900)
    assert range_of("650~750") == (650, 750)
    assert range_of("2.5–3.0") == (2.5, 3.0)
    assert figure("1,800-1,900") == (1800, None, None)
    assert range_of("1946-1,200") is None  # a year and a figure, written otherwise
    assert range_of("15-12") is None  # a high end below the low is no range
    assert range_of("1,800") is None
    assert [c.kind for c in read_line("Rice  1,800-1,900  2,050", 0, 24).cells] == ["word", "num", "num"]


def test_a_unit_row_and_an_empty_cell() -> None:
    text = "Output\n        Coal    Steel\n        mn t    000 t\n2014    26.4    1,220\n2015    n.a.    1,250\n"
    got = {(c.measure, c.time): (c.value, c.unit) for t in find_tables(text) for c in t.cells}
    assert got == {("Coal", "2014"): (26.4e6, "t"), ("Steel", "2014"): (1.22e6, "t"), ("Steel", "2015"): (1.25e6, "t")}
