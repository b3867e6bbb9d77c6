"""extract: dates and quantities in prose, sentences with exact spans, what is not a claim, the CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nkecon_cli import extract as ex
from nkecon_cli import factbase
from nkecon_cli.extract import dategrammar, nonclaims, relativedates, resolution, sentences
from nkecon_cli.extract import dates as textdates
from nkecon_cli.extract.numbers import words_value
from nkecon_cli.extract.quantities import find_quantities
from nkecon_cli.factbase import when as _when

SPEECH = date(1968, 4, 25)
NEWS = date(2024, 2, 6)
JOURNAL = date(1957, 8, 7)
ROOT = Path(__file__).resolve().parent.parent

# --- dates: expression, document date → EDTF, dated_by ------------------------------------------

DATES = [
    ("7 August 1957", SPEECH, "1957-08-07", "explicit"),
    ("August 07, 1957", SPEECH, "1957-08-07", "explicit"),
    ("Jan. 8", NEWS, "2024-01-08", "explicit"),  # a bare day and month take the document's year
    ("April 15", date(2002, 3, 14), "2002-04-15", "explicit"),
    ("the 15th of August", JOURNAL, "1957-08-15", "explicit"),
    ("1 through 15 August 1957", NEWS, "1957-08-01/1957-08-15", "explicit"),
    ("16/17 August 1957", NEWS, "1957-08-16/1957-08-17", "explicit"),
    ("1949", NEWS, "1949", "explicit"),  # a year stays a year
    ("the 1970s", NEWS, "197X", "explicit"),
    ("the late 1990s", NEWS, "1995/1999", "explicit"),
    ("late January", NEWS, "2024-01-21/2024-01-31", "explicit"),
    ("mid-July", date(2002, 3, 14), "2002-07-11/2002-07-20", "explicit"),
    ("early May", JOURNAL, "1957-05-01/1957-05-10", "explicit"),
    ("in December", date(2002, 3, 14), "2002-12", "explicit"),
    ("December (1956)", JOURNAL, "1956-12", "explicit"),  # the text says otherwise: its year wins
    ("August 1957", NEWS, "1957-08", "explicit"),
    ("autumn 1967", NEWS, "1967-09/1967-11", "explicit"),
    ("the first half of 1957", NEWS, "1957-01/1957-06", "explicit"),
    ("1946-1950", NEWS, "1946/1950", "explicit"),
    ("1946–50", NEWS, "1946/1950", "explicit"),
    ("between 1946 and 1950", NEWS, "1946/1950", "explicit"),
    ("Juche 105", NEWS, "2016", "explicit"),
    ("Juche 43 (1954)", NEWS, "1954", "explicit"),
    ("14.III.", date(1964, 9, 5), "1964-03-14", "explicit"),  # Roman-numeral months, as Central European records
    ("3.IX.1964", NEWS, "1964-09-03", "explicit"),
    ("2024.1.17", NEWS, "2024-01-17", "explicit"),  # year, month, day with dots, as Korean texts write them
    ("1959. 8. 3.", NEWS, "1959-08-03", "explicit"),
    ("in August 1953", NEWS, "1953-08", "explicit"),  # not "in August" of the document's year plus a "1953"
    ("by the end of 2015", NEWS, "2015-12", "explicit"),  # a deadline: the year's last month
    ("the end of 2015", NEWS, "2015-12", "explicit"),  # the year's end is its last month, its beginning its first
    ("the beginning of 1957", NEWS, "1957-01", "explicit"),
    ("late 2015", NEWS, "2015-09/2015-12", "explicit"),  # "late" stays the year's last third
    ("the end of January", NEWS, "2024-01-21/2024-01-31", "explicit"),  # a month's end is its last third
    ("a year earlier", SPEECH, "1967", "relative"),  # counted from the document only when nothing governs
    ("two years later", SPEECH, "1970", "relative"),
    ("last year", SPEECH, "1967", "relative"),
    ("this year", SPEECH, "1968", "relative"),
    ("next year", SPEECH, "1969", "relative"),
    ("by next year", SPEECH, "1969", "relative"),
    ("the current year", JOURNAL, "1957", "relative"),
    ("in one or two years", SPEECH, "1969/1970", "relative"),
    ("within 10 years", SPEECH, "1968/1978", "relative"),
    ("yesterday", SPEECH, "1968-04-24", "relative"),
    ("today or tomorrow", JOURNAL, "1957-08-07/1957-08-08", "relative"),
    ("last autumn", SPEECH, "1967-09/1967-11", "relative"),
    ("since last autumn", SPEECH, "1967-09-01/1968-04-25", "relative"),
    ("from this year", SPEECH, "1968/..", "relative"),
    ("last winter", SPEECH, "1967-12/1968-02", "relative"),
    ("next spring", SPEECH, "1969-03/1969-05", "relative"),
    ("the first half of the current year", JOURNAL, "1957-01/1957-06", "relative"),
    ("the second half of this year", JOURNAL, "1957-07/1957-12", "relative"),
    ("in the coming years", JOURNAL, "1958/..", "relative"),
    ("decades ago", date(2002, 3, 14), "../1982", "relative"),
    ("50 years ago", SPEECH, "1918", "relative"),
    ("Monday", NEWS, "2024-02-05", "relative"),  # the Monday before a Tuesday
    ("last month", NEWS, "2024-01", "relative"),
]


@pytest.mark.parametrize(("expr", "doc", "edtf", "dated_by"), DATES)
def test_date_expressions(expr: str, doc: date, edtf: str, dated_by: str) -> None:
    r = resolution.resolve(expr, doc)
    assert r is not None, expr
    assert (r.edtf, r.dated_by) == (edtf, dated_by)
    _when.parse(r.edtf)  # every result is valid EDTF of the subset
    assert expr.strip("'") in r.note or expr in r.note


@pytest.mark.parametrize(("expr", "doc", "edtf", "dated_by"), DATES)
def test_date_expressions_are_found_whole_in_a_sentence(expr: str, doc: date, edtf: str, dated_by: str) -> None:
    text = f"We spoke of it {expr} and said no more."
    found = textdates.find_dates(text, doc)
    assert [d.text for d in found] == [expr]
    assert found[0].resolved is not None and found[0].resolved.edtf == edtf


def test_relative_dates_need_a_document_date() -> None:
    assert resolution.resolve("last year", None) is None
    assert resolution.resolve("1949", None) is not None
    assert relativedates.resolve_relative("last year", SPEECH) == "1967"
    assert relativedates.resolve_relative("1949", SPEECH) is None


def test_juche_years() -> None:
    assert dategrammar.juche_to_gregorian(1) == 1912
    assert dategrammar.juche_to_gregorian(113) == 2024
    with pytest.raises(_when.DateError):
        dategrammar.juche_to_gregorian(0)


@pytest.mark.parametrize("text", ["we may go", "They march on", "We will see", "may it be so", "in a minute"])
def test_words_that_are_not_dates(text: str) -> None:
    assert textdates.find_dates(text, NEWS) == []


# --- quantities: sentence → (value, value_max, approx, unit, per) ---------------------------------

Q = tuple[float, float | None, str | None, str, str | None]
QUANTITIES: list[tuple[str, list[Q]]] = [
    ("In 1944 the Japanese produced 5,200 tons of electrolytic zinc.", [(5200, None, None, "t", None)]),
    ("a generating capacity of 500,000 kw", [(500000, None, None, "kW", None)]),
    ("to earn 10 million pounds more of foreign currency per year", [(10_000_000, None, None, "GBP", "year")]),
    ("a bridge that can carry 10 pounds", [(10, None, None, "lb", None)]),
    # prices keep their denominator (a bug: "per kilogram" was dropped)
    ("rice sold for 6,200 won per kilogram", [(6200, None, None, "KPW/kg", None)]),
    ("coal at 50 dollars a ton", [(50, None, None, "USD/t", None)]),
    ("able to produce 250,000-300,000 tons of granulated iron", [(250000, 300000, None, "t", None)]),
    ("more than 12,000 tons a year can be obtained", [(12000, None, "more-than", "t", "year")]),
    ("boost output by almost four times", [(4, None, "almost", "times", None)]),
    ("at least 70 per cent reliant on local fuels", [(70, None, "at-least", "%", None)]),
    ("the quota in three and a half months", [(3.5, None, None, "month", None)]),
    ("they produced ten 75-ton boilers", [(10, None, None, "count", None), (75, None, None, "t", None)]),
    ("we export 2,000 machine tools of this kind every year", [(2000, None, None, "count", "year")]),
    ("about forty or so Soviet specialists", [(40, None, "about", "people", None)]),  # persons (issue 17)
    ("the one billion old Rubles they gave us", [(1e9, None, None, "RUB", None)]),
    ("counted as twenty or thirty million old Rubles", [(2e7, 3e7, None, "RUB", None)]),
    ("more than double our export of cement", [(2, None, "more-than", "times", None)]),
    ("more than half the amount of steel is wasted", [(50, None, "more-than", "%", None)]),
    ("a deposit of tens of millions of tons", [(1e7, None, "at-least", "t", None)]),
    ("build 5,000-kva turbines or smaller ones", [(5000, None, "up-to", "kVA", None)]),
    ("those of 10,000 kva and larger ones", [(10000, None, "at-least", "kVA", None)]),
    ("50-ton or 60-ton-capacity boilers", [(50, 60, None, "t", None)]),
    ("a region with a population of 620,000", [(620000, None, None, "people", None)]),
    ("reclaim 10,000 hectares of tideland a year", [(10000, None, None, "ha", "year")]),
    ("aid worth $2.5m and 3.2 billion kWh", [(2.5e6, None, None, "USD", None), (3.2e9, None, None, "kWh", None)]),
    ("a 1,200 MW station", [(1_200_000, None, None, "kW", None)]),
    ("About 80 percent of the daily-use products", [(80, None, "about", "%", None)]),
    ("the store of one year’s worth of food", [(1, None, None, "year", None)]),
    ("a one-million ton steel factory", [(1e6, None, None, "t", None)]),
    ("the calcinators last three times over", [(3, None, None, "times", None)]),
    ("completed four of them here and two there", [(4, None, None, "count", None), (2, None, None, "count", None)]),
    ("a 6-year course", [(6, None, None, "year", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), QUANTITIES)
def test_quantities(sentence: str, expected: list[Q]) -> None:
    got = [(q.value, q.value_max, q.approx, q.unit, q.per) for q in find_quantities(sentence)]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "AVPRF F. 0102, Op. 13, P. 72, Delo 5, Listy 165-192.",  # archive call numbers and page range
        "Copy Nº 1",  # document number
        "[handwritten: 010097ss]",  # registry mark
        "the 19th Expanded Meeting of the Eighth Central Committee",  # ordinals
        "the Seven-Year Plan and the lathe Kusong-3",  # names
        "Minister of Machine Industry No. 1",
        "at 11:30AM",
        "(Pyongyang: Foreign Languages Publishing House, 1992), 142-157.",  # citation year and pages
        "One could say that no one knows.",  # 'one' as a pronoun
        "But our forefathers began to smelt iron several thousand years before.",
    ],
)
def test_not_claims(text: str) -> None:
    masks = nonclaims.not_claims(text)
    skip = masks + [(d.start, d.end) for d in textdates.find_dates(text, SPEECH, masks)]
    economic = [q for q in find_quantities(text, 0, len(text), skip) if q.strong]
    assert economic == []


def test_stamps_and_registry_marks_are_not_candidates(tiny: Path) -> None:
    text = ("Nº 482\n\n1 August 1957\n\n[faded image of a stamp:\n\nIncoming 02277-ss;\n\n28 August 1957]\n\n"
            "Copy Nº 1\n\n[handwritten: AVPRF F.0102. O.13 D.72 Delo 5]\n\n"
            "In 1949 the works produced 7,700 tons of zinc.\n")
    base = factbase.load(tiny)
    doc = ex.Document(text, None, JOURNAL, "1957-08-07", "test")
    assert [c.quote for c in ex.candidates(base, doc)] == ["In 1949 the works produced 7,700 tons of zinc."]


def test_words_value() -> None:
    assert words_value("three and a half") == 3.5
    assert words_value("twenty-five") == 25
    assert words_value("one hundred and twenty") == 120
    assert words_value("two thousand five hundred") == 2500
    assert words_value("a million") == 1_000_000


# --- sentences --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Journal of A. M. Puzanov for 1957. He came.", ["The Journal of A. M. Puzanov for 1957.", "He came."]),
        ("It was sent on Jan. 8. It came back.", ["It was sent on Jan. 8.", "It came back."]),
        ("Ministry No. 1 said so. Mr. Kim agreed.", ["Ministry No. 1 said so.", "Mr. Kim agreed."]),
        ("The U.S. economy grew 1.5 per cent. Prices rose.", ["The U.S. economy grew 1.5 per cent.", "Prices rose."]),
        ("See p. 14 for more. Done!", ["See p. 14 for more.", "Done!"]),
        ("Q: How is it?\nA: Bad. Very bad.", ["How is it?", "Bad.", "Very bad."]),
        ("Kim (laughing): It cannot be done in one day! I know.", ["It cannot be done in one day!", "I know."]),
        ("“The plan is full,” the source said. “It is.”", ["“The plan is full,” the source said.", "“It is.”"]),
        ("A hard-wrapped line of a report that goes on\nto the next line. Then another.",
         ["A hard-wrapped line of a report that goes on\nto the next line.", "Then another."]),
        ("Heading\n\nFirst paragraph.\nSecond line stands alone.",
         ["Heading", "First paragraph.", "Second line stands alone."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[s.start:s.end] for s in sentences.split_sentences(text)] == expected


# --- properties -------------------------------------------------------------------------------------

_FRAGMENTS = [
    *"0123456789.,;:-–/()[]%$£ \n\t'’“”?!",
    "tons", " kw", " per cent", "January", " last year", "Juche", " No. ", " 1957", " million", "Q: ", " about ",
    "Mr. ", " in one or two years", "-ton", " Jan. 8", " 1970s", " every year", " or so", "\n\n",
]
_PROSE = st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=6)), max_size=50).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_PROSE, doc=st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2090, 12, 31))))
def test_extract_never_raises_and_spans_point_at_quotes(text: str, doc: date | None, tiny: Path) -> None:
    base = _tiny_base(tiny)
    document = ex.Document(text, None, doc, doc.isoformat() if doc else None, "test")
    for rec in ex.extract(base, document):
        a, b = rec["candidate"]["span"]
        assert text[a:b] == rec["quote"]
        for d in rec["candidate"]["dates"]:
            assert text[d["span"][0]:d["span"][1]] == d["text"]
            if d["when"]:
                _when.parse(d["when"])
        fig = rec["candidate"]["figure"]
        if fig is not None:
            assert text[fig["span"][0]:fig["span"][1]] == fig["text"]
            assert a <= fig["span"][0] < fig["span"][1] <= b  # the figure lies inside its quote
            assert rec["value"] is not None and rec["unit"]
        if rec["when"]:
            _when.parse(rec["when"])
        assert rec["candidate"]["date"]["basis"] in ("phrase", "clause", "sentence", "earlier-sentence", "heading",
                                                     "table-header", "document", "none")
    for s in sentences.split_sentences(text):
        assert s.start < s.end and text[s.start:s.end] == text[s.start:s.end].strip()


_BASES: dict[Path, factbase.FactBase] = {}


def _tiny_base(root: Path) -> factbase.FactBase:
    if root not in _BASES:
        _BASES[root] = factbase.load(root)
    return _BASES[root]


def test_shipped_sources_spans_are_exact() -> None:
    base = factbase.load(ROOT)
    for sid, src in base.sources.items():
        doc = ex.Document(base.text(sid), sid, _when.bounds(src.date)[0], src.date, "sources.json")
        for rec in ex.extract(base, doc):
            a, b = rec["candidate"]["span"]
            assert doc.text[a:b] == rec["quote"]


# --- the command ------------------------------------------------------------------------------------


def _jsonl(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_cli_extract_source_jsonl(run: Any, tiny: Path) -> None:
    r = run("extract", "alpha-report-1957-08-07", "--format", "jsonl", base=tiny)
    assert r.exit_code == 0, r.output
    recs = _jsonl(r.stdout)
    by_quote = {rec["quote"]: rec for rec in recs}
    rec = by_quote["In 1949 the works produced 7,700 tons of zinc."]
    assert (rec["value"], rec["unit"], rec["when"], rec["dated_by"]) == (7700, "t", "1949", "explicit")
    assert rec["source"] == "alpha-report-1957-08-07" and rec["stated"] == "1957-08-07"
    assert rec["topics"][0] == "zinc"
    assert rec["candidate"]["covered_by"] == ["zinc-1949"]
    assert rec["id"] is None  # add derives it
    assert rec["statement"] == "According to The Minister, in 1949, zinc output stood at 7,700 tons."  # a draft
    assert rec["candidate"]["drafted"] == ["statement", "measure", "kind", "topics", "speaker"]
    assert rec["measure"] == "zinc output" and rec["kind"] == "statistic"
    assert rec["candidate"]["figure"]["text"] == "7,700 tons" and rec["candidate"]["date"]["basis"] == "clause"
    assert "2 candidates" in r.stderr or "candidates in alpha-report-1957-08-07" in r.stderr


def test_cli_extract_uncovered_and_formats(run: Any, tiny: Path) -> None:
    r = run("extract", "alpha", "--uncovered", "--format", "jsonl", base=tiny)
    assert r.exit_code == 0
    assert all(not rec["candidate"]["covered_by"] for rec in _jsonl(r.stdout))
    for fmt in ("plain", "csv", "tsv", "markdown", "json", "table"):
        r = run("extract", "beta-news-2024-02-06", "--format", fmt, base=tiny)
        assert r.exit_code == 0, (fmt, r.output)
        assert "Jan. 8" in r.stdout or "Jan." in r.stdout


def test_cli_extract_file_with_header_date(run: Any, tiny: Path, tmp_path: Path) -> None:
    f = tmp_path / "report.txt"
    f.write_text("Report of the Ministry\n\n14 March 2002\n\nLast year the factory produced 12,000 tons of cement.\n",
                 encoding="utf-8")
    r = run("extract", str(f), "--format", "jsonl", base=tiny)
    assert r.exit_code == 0, r.output
    [rec] = _jsonl(r.stdout)
    assert (rec["when"], rec["dated_by"], rec["stated"], rec["source"]) == ("2001", "relative", "2002-03-14", None)
    assert "'Last year'" in rec["note"]
    r = run("extract", str(f), "--date", "1968-04-25", "--format", "jsonl", base=tiny)
    assert _jsonl(r.stdout)[0]["when"] == "1967"


def test_cli_extract_unknown_target(run: Any, tiny: Path) -> None:
    r = run("extract", "no-such-thing", base=tiny)
    assert r.exit_code == 2
    assert "neither a file nor a source" in r.stderr


def test_a_figure_takes_the_date_nearest_it_not_the_dateline(tiny: Path) -> None:
    # bug: the first date of the sentence (a news dateline) was taken for the figure's date
    text = "Pyongyang, March 3, 2016 (KCNA) -- The works produced 1.2 million tonnes of steel last year."
    base = factbase.load(tiny)
    [rec] = ex.extract(base, ex.Document(text, None, date(2016, 3, 3), "2016-03-03", "test"))
    assert (rec["value"], rec["unit"], rec["when"], rec["dated_by"]) == (1200000, "t", "2015", "relative")


def test_covers_finds_the_quotes_in_one_pass_over_a_long_text(tiny: Path) -> None:
    """The curated quotes are looked for by their long inner words, the text read once: a quote past the
    first megabyte is found where it is (its first place), one whose long word the text lacks is not, and a
    quote cut mid-word at its ends still matches."""
    from nkecon_cli.extract.covers import Covers, _unsaid

    base = factbase.load(tiny)
    quote = "The Anju Coal Mine must receive more investment, said the minister."
    filler = "Some words of no interest here.\n\n" * 40_000  # 1.3 MB: the quote is in the second megabyte
    text = filler + quote + "\n\n" + quote + "\n"
    covers = Covers(base, ex.Document(text, None, None, None, "test"))
    assert [(a, b, fid) for a, b, fid in covers.spans if fid == "anju-investment"] == \
        [(len(filler), len(filler) + len(quote), "anju-investment")]
    changed = filler + quote.replace("investment", "investments") + "\n"
    assert all(fid != "anju-investment" for _, _, fid in Covers(base, ex.Document(
        changed, None, None, None, "test")).spans)
    cut = quote[1:-3]  # "he Anju … the minist": its first and last words are cut
    assert _unsaid(text, [cut, "of no unpublished interest here", "no long word"]) == {
        "of no unpublished interest here"}
