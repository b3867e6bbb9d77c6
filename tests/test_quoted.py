"""What a fact's quote must carry (quoted.py): its value (a problem), its years and its statement's
words (warnings); through `nkecon verify` and directly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nkecon_cli import factbase
from nkecon_cli.curate import quoted

from .conftest import fact, tiny_doc, write_base
from .test_diff import point, write


def _base_with(tmp_path: Path, **changes: Any) -> Path:
    """The tiny base with its first fact (7,700 t of zinc in 1949) changed."""
    doc = tiny_doc()
    doc["facts"][0].update(changes)
    return write_base(tmp_path / "b", doc)


# --- the value must be written in the quote ---------------------------------------------------


def test_verify_fails_on_a_value_its_quote_does_not_carry(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("verify", base=_base_with(tmp_path, value=7800))
    assert result.exit_code == 1
    assert ("facts.json: fact 'zinc-1949' value: 7,800 t is not written in its quote in any form "
            "(the quote gives 1,949, 7,700)") in result.stdout
    assert "1 problem found" in result.stderr
    strict = run("verify", "--strict", base=_base_with(tmp_path / "again", value=7800))
    assert strict.exit_code == 1


def test_verify_takes_a_value_the_note_derives(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    note = "derived: 7,700 t in 1949 and 4,800 t in 1950 make 12,500 t over the two years"
    result = run("verify", base=_base_with(tmp_path, value=12500, note=note))
    assert result.exit_code == 0, result.stdout
    assert result.stdout.startswith("ok: 5 facts")


def test_a_value_max_is_read_too(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("verify", base=_base_with(tmp_path, value_max=8000))
    assert result.exit_code == 1
    assert "fact 'zinc-1949' value_max: 7,700–8,000 t is not written" in result.stdout


@pytest.mark.parametrize(
    ("quote", "value"),
    [
        ("the works produced 7,700 tons", 7700),
        ("the works produced 7.7 thousand tons", 7700),
        ("the works produced seven thousand seven hundred tons", 7700),
        ("the works produced 7 700 tons", 7700),
        ("a 5 MW plant", 5000),  # kW, the base unit
        ("about 1.2 million kW", 1_200_000),
        ("one third of the output", 33.3),
        ("one third of the output", 33),
        ("half of the output", 50),
        ("output doubled", 2),
        ("output doubled", 100),  # up 100 %
        ("a share of 71% of national production", 71),
        ("250,000-300,000 tons of granulated iron", 300_000),
        ("Output (thousand tons)\n| Year | 1956 | 1957 |\n|---|---|---|\n| Zinc | 7.7 | 8.1 |", 8100),
        ("Year  Output (thousand tons)\n1956  7.7\n1957  8.1", 7700),
        ("output: 7,700", 7700),  # a bare figure, nothing counted
    ],
)
def test_a_value_written_in_some_form(quote: str, value: float) -> None:
    assert quoted.carried(value, quoted.figures_in(quote))


@pytest.mark.parametrize(
    ("quote", "value"),
    [
        ("the works produced 7,700 tons", 7800),
        ("the works produced 7.7 tons", 8),  # a written decimal is never rounded
        ("one third of the output", 30),
        ("no figure at all", 1),
        ("Output (thousand tons)\n| Year | 1956 | 1957 |\n|---|---|---|\n| Zinc | 7.7 | 8.1 |", 8000),
    ],
)
def test_a_value_not_written(quote: str, value: float) -> None:
    assert not quoted.carried(value, quoted.figures_in(quote))


@given(st.integers(min_value=1, max_value=10**9))
def test_every_grouped_number_is_read(n: int) -> None:
    for written in (f"{n:,} tons", f"{n} tons", f"{n:,}".replace(",", " ") + " tons"):
        assert quoted.carried(n, quoted.figures_in(f"the works produced {written} of zinc")), written


@given(st.integers(min_value=1, max_value=10**9), st.integers(min_value=1, max_value=10**9))
def test_another_number_is_not_the_value(n: int, m: int) -> None:
    if n != m and str(m) not in str(n):
        assert not quoted.carried(m, quoted.figures_in(f"the works produced {n:,} tons of zinc"))


# --- years of `when` ------------------------------------------------------------------------


def _checks(tmp_path: Path, facts: list[dict[str, Any]], check: str) -> list[tuple[str, ...]]:
    from nkecon_cli.curate import checks

    return [w.facts for w in checks.run(factbase.load(write(tmp_path / "b", facts))) if w.check == check]


@pytest.mark.parametrize(
    ("when", "quote", "note", "warned"),
    [
        ("1949", "The words of a, in 1949.", None, False),
        ("1951", "The words of a, in 1949.", None, True),
        ("1951", "The words of a, last year.", "'last year' in a report of 1952 → 1951.", False),
        ("197X", "The words of a, in the 1970s.", None, False),
        ("198X", "The words of a, in the 1970s.", None, True),
        ("1957", "The words of a.", None, False),  # the source's date (alpha-report-1957-08-07)
        ("1946/1950", "The words of a, from 1946 to 1950.", None, False),
        ("1946/1952", "The words of a, from 1946 to 1950.", None, True),
    ],
)
def test_a_when_year_that_nothing_gives(tmp_path: Path, when: str, quote: str, note: str | None,
                                        warned: bool) -> None:
    found = _checks(tmp_path, [point("a", None, when, measure=None, unit=None, kind="event", quote=quote,
                                     note=note)], "when-year")
    assert found == ([("a",)] if warned else [])


def test_the_paragraph_gives_the_year(tmp_path: Path) -> None:
    root = write(tmp_path / "b", [point("a", None, "1949", measure=None, unit=None, kind="event",
                                        source="gamma-review-1960", quote="The works stopped.")])
    text = root / "sources" / "gamma-review-1960.txt"
    text.write_text(text.read_text(encoding="utf-8").replace("The works stopped.",
                                                              "In 1949 the war began. The works stopped."),
                    encoding="utf-8")
    assert quoted.when_years(factbase.load(root)) == []
    text.write_text("Gamma review\n\nIn 1949 the war began.\n\nThe works stopped.\n", encoding="utf-8")
    assert [w.facts for w in quote_years(root)] == [("a",)]


def quote_years(root: Path) -> list[Any]:
    return quoted.when_years(factbase.load(root))


# --- words of the statement -----------------------------------------------------------------


def _words_base(tmp_path: Path, text: str, **kw: Any) -> factbase.FactBase:
    root = write(tmp_path / "b", [point("a", None, "1967", measure=None, unit=None, kind="event",
                                        source="gamma-review-1960", **kw)])
    (root / "sources" / "gamma-review-1960.txt").write_text(text, encoding="utf-8")
    return factbase.load(root)


KOMDOK = ("The Party wanted more ore from the mines in 1967. The Komdok Mine decided to excavate much ore last "
          "year in compliance with the intentions of the Party. The miners' work was slowed down.\n")


def test_a_word_of_degree_the_quote_does_not_write(tmp_path: Path) -> None:
    quote = "The Komdok Mine decided to excavate much ore last year in compliance with the intentions of the Party."
    base = _words_base(tmp_path, KOMDOK, quote=quote,
                       statement="In 1967 the Komdok Mine decided, in line with the Party's intentions, to extract "
                                 "much more ore.")
    assert quoted.unquoted_words(base, base.facts[0]) == ["more"]
    (w,) = quoted.statement_words(base)
    assert str(w).startswith("warning: statement-words: a: the statement says 'more', which neither the quote nor "
                             "the note carries")


def test_a_word_from_the_next_sentence(tmp_path: Path) -> None:
    quote = "The Komdok Mine decided to excavate much ore last year in compliance with the intentions of the Party."
    base = _words_base(tmp_path, KOMDOK, quote=quote,
                       statement="In 1967 the Komdok Mine, which was slowed down, decided to excavate much ore.")
    assert quoted.unquoted_words(base, base.facts[0]) == ["slowed"]
    kept = _words_base(tmp_path / "n", KOMDOK, quote=quote, note="'Slowed down': the next sentence.",
                       statement="In 1967 the Komdok Mine, which was slowed down, decided to excavate much ore.")
    assert quoted.unquoted_words(kept, kept.facts[0]) == []


@pytest.mark.parametrize(
    "statement",
    [
        "In 1967 the Komdok Mine decided to mine a great deal of ore, as the Party intended.",  # paraphrase
        "The Komdok mine's decision of 1967 was to excavate much ore, complying with the Party's intentions.",
        "Kim Il Sung said in April 1968 that the Komdok Mine had decided to excavate much ore.",  # the speaker
        "In 1967 the Kŏmdŏk Mine decided to excavate much ore for the Party.",  # another romanisation
    ],
)
def test_paraphrase_names_and_spellings_are_not_warned(tmp_path: Path, statement: str) -> None:
    quote = "The Komdok Mine decided to excavate much ore last year in compliance with the intentions of the Party."
    base = _words_base(tmp_path, KOMDOK, quote=quote, statement=statement, speaker="minister")
    assert quoted.unquoted_words(base, base.facts[0]) == []


@pytest.mark.parametrize(
    ("word", "quote_words"),
    [("labour", "labor"), ("fertiliser", "fertilizers"), ("centre", "center"), ("exports", "exported"),
     ("production", "produced"), ("industrial", "industries"), ("planned", "plans"), ("built", "build")],
)
def test_word_keys_meet(word: str, quote_words: str) -> None:
    assert quoted.word_key(word) == quoted.word_key(quote_words)


def test_the_shipped_base_values_are_all_in_their_quotes() -> None:
    base = factbase.load()
    assert quoted.value_problems(base) == []
    assert quoted.when_years(base) == []


def test_add_refuses_a_value_its_quote_does_not_carry(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = write_base(tmp_path / "b")
    before = (root / "facts.json").read_bytes()
    result = run("add", "-", base=root, input=json.dumps(fact(id="zinc-typo", value=7800)) + "\n")
    assert result.exit_code == 2
    assert "<stdin>:1: value: 7,800 t is not written in its quote in any form" in result.stderr
    assert (root / "facts.json").read_bytes() == before


# --- what verify keeps of each fact's checks (checkcache) --------------------------------------


def test_verify_reads_a_fact_again_when_its_source_text_changes(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A result kept for a fact holds only while the text its checks read is the same: a year written
    into the quote's paragraph (and taken out again) changes the warning at once."""
    root = _base_with(tmp_path, when="1948")
    text = root / "sources" / "alpha-report-1957-08-07.txt"
    original = text.read_text(encoding="utf-8")
    warned = run("verify", base=root)
    assert "warning: when-year: zinc-1949: when 1948 names 1948" in warned.stdout
    assert (root / ".nkecon" / "index-checks.sqlite").is_file()
    assert run("verify", base=root).stdout == warned.stdout  # kept, and the same
    text.write_text(original.replace("4,800 tons.", "4,800 tons. Records begin in 1948."), encoding="utf-8")
    assert "when-year" not in run("verify", base=root).stdout
    text.write_text(original, encoding="utf-8")
    assert run("verify", base=root).stdout == warned.stdout


def test_verify_reads_an_edited_fact_again(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = _base_with(tmp_path)
    assert run("verify", base=root).exit_code == 0
    facts = root / "facts.json"
    clean = facts.read_text(encoding="utf-8")
    facts.write_text(clean.replace('"value": 7700', '"value": 7800', 1), encoding="utf-8")
    wrong = run("verify", base=root)
    assert wrong.exit_code == 1 and "fact 'zinc-1949' value: 7,800 t is not written" in wrong.stdout
    facts.write_text(clean, encoding="utf-8")
    assert run("verify", base=root).exit_code == 0


def test_verify_ignores_a_damaged_file_of_kept_results(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = _base_with(tmp_path, value=7800, when="1948")
    first = run("verify", "--strict", base=root)
    kept = root / ".nkecon" / "index-checks.sqlite"
    kept.write_bytes(b"not a database at all" * 100)
    again = run("verify", "--strict", base=root)
    assert (again.exit_code, again.stdout) == (first.exit_code, first.stdout) == (1, first.stdout)
    assert "7,800 t is not written" in again.stdout and "when-year: zinc-1949" in again.stdout
    import sqlite3

    with sqlite3.connect(kept) as con:  # made anew, and kept again
        assert con.execute("SELECT count(*) FROM results").fetchone()[0] == 5


def test_verify_with_kept_results_says_what_the_checks_say(tmp_path: Path) -> None:
    """The kept results are the checks' own: the same problems and warnings as reading every fact."""
    from nkecon_cli.curate import checkcache, checks

    root = _base_with(tmp_path, value=7800, when="1948", statement="In 1948 the works produced much more zinc.")
    base = factbase.open_base(root)
    direct = quoted.check_facts(factbase.load(root))
    assert all(direct)  # a problem, a when-year and words said
    assert checkcache.cached_checks(base) == direct  # computed, and kept
    assert checkcache.cached_checks(factbase.open_base(root)) == direct  # read back
    assert checks.review(factbase.open_base(root))[0] == direct[0]


def test_the_neighbours_are_those_of_the_quote_in_a_later_paragraph(tmp_path: Path) -> None:
    # the quote's place in its paragraph once mislaid it: the paragraph's own last sentence was read as
    # its neighbour, whatever the quote's place, once the paragraph did not begin the text
    opening = "An opening paragraph about something else altogether, long enough to move the next one along. " * 4
    text = (opening.rstrip() + "\n\n" + KOMDOK.rstrip("\n") + " The pits were flooded that spring.\n")
    quote = "The Komdok Mine decided to excavate much ore last year in compliance with the intentions of the Party."
    base = _words_base(tmp_path, text, quote=quote,
                       statement="In 1967 the Komdok Mine, which the Party wanted, decided to excavate much ore.")
    assert quoted.unquoted_words(base, base.facts[0]) == ["wanted"]  # from the sentence before: said
    far = _words_base(tmp_path / "far", text, quote=quote,
                      statement="In 1967 the flooded Komdok Mine decided to excavate much ore.")
    assert quoted.unquoted_words(far, far.facts[0]) == []  # two sentences on: not the quote's neighbour
