"""`nkecon search` and the `--text` filter (query/search.py, query/wordmatch.py): whole words and word
starts, spellings and romanisations of a name, passages in context with the facts that cite them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st


def _ids(out: str) -> set[str]:
    return {line.split("\t")[0] for line in out.splitlines() if line}


def test_text_china_finds_chinese_made(run) -> None:  # type: ignore[no-untyped-def]
    found = _ids(run("facts", "--text", "China").stdout)
    made = _ids(run("facts", "--text", "Chinese-made").stdout)
    assert made and made <= found


def test_text_power_is_a_word_start_as_in_search(run) -> None:  # type: ignore[no-untyped-def]
    import re

    word_start = re.compile(r"(?<![^\W_])power", re.IGNORECASE)
    found = json.loads(run("facts", "--text", "power", "-f", "json").stdout)
    assert found and all(word_start.search(f["statement"] + " " + f["quote"]) for f in found)
    manpower = "scrap-iron-mass-collection-drive-directive-1968"  # says "manpower", never "power"
    assert manpower in _ids(run("facts", "--text", "manpower").stdout)
    assert manpower not in {f["id"] for f in found}
    hits = json.loads(run("search", "power", "-f", "json").stdout)
    assert hits and all(word_start.search(h["context"]) for h in hits)
    searched = {fid for h in hits for fid in h["facts"]}
    assert manpower not in searched or word_start.search(next(
        h["context"] for h in hits if manpower in h["facts"]))


@pytest.mark.parametrize("word, other", [("fertiliser", "fertilizer"), ("fertilizer", "fertiliser")])
def test_british_and_american_spellings_meet(run, word: str, other: str) -> None:  # type: ignore[no-untyped-def]
    found = _ids(run("facts", "--text", word).stdout)
    assert found and found == _ids(run("facts", "--text", other).stdout)
    assert run("search", word).stdout.count("\n") == run("search", other).stdout.count("\n") > 0


@pytest.mark.parametrize("typed, text, hit", [
    ("power", "the manpower of the works", False),
    ("power", "power-stations and powerful turbines", True),
    ("fertiliser", "Chemical Fertilizer Plant", True),
    ("organisation", "the organizations of the party", True),
    ("labour", "labor shortage", True),
    ("four", "for the plan", False),
    ("centre", "supplied from the center", True),
    ("analyse", "they analyzed it", True),
    ("defence", "defense building", True),
    ("China", "Chinese-made boilers", True),
    ("Korea", "the Korean side", True),
    ("Japan", "Japanese-built stations", True),
    ("coking coal", "coking, coal and ore", True),
    ("coking coal", "coal coking", False),
    ("Namp'o", "the Nampo works", True),
])
def test_word_rule(typed: str, text: str, hit: bool) -> None:
    from nkecon_cli.query.wordmatch import Phrase

    assert Phrase(typed).found_in(text) is hit


@given(st.from_regex(r"[A-Za-z][a-z]{2,12}", fullmatch=True))
def test_a_word_always_finds_itself_and_its_plural(word: str) -> None:
    from nkecon_cli.query.wordmatch import Phrase

    assert Phrase(word).found_in(f"the {word} and the {word}s.")
    assert Phrase(word.upper()).found_in(word)


@given(st.from_regex(r"[a-z]{1,8}", fullmatch=True),
       st.sampled_from(["", "ise", "ised", "isation", "yse", "our", "ours", "tre", "bres", "fence", "gramme",
                        "ogue", "s"]))
def test_no_spelling_rule_touches_the_first_three_letters(stem: str, ending: str) -> None:
    from nkecon_cli.query.names import fold
    from nkecon_cli.query.wordmatch import Phrase, spelling_key

    word = stem + ending
    assert spelling_key(word)[:3] == fold(word)[:3]  # what Phrase.may_be_in relies on
    assert Phrase(word).found_in(word) and Phrase(word).may_be_in(fold(word))


def test_search_finds_a_passage_by_another_romanisation(run, named: Path) -> None:  # type: ignore[no-untyped-def]
    for term in ("Heungnam", "Hungnam", "hŭngnam"):
        out = run("search", term, "-f", "json", base=named).stdout
        hits = json.loads(out)
        assert [h["source"] for h in hits] == ["gamma-notes-1961"], term
        assert hits[0]["facts"] == ["hungnam-fertilizer-1960"]


def test_search_does_not_read_english_words_as_romanisations(run, named: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("search", "bay", base=named).stdout == ""  # 'bay' and 'pay' share a key; neither is a name
    assert run("search", "Tons", base=named).stdout != ""  # the word itself, any case


def test_text_filter_is_alias_and_romanisation_aware(run, named: Path) -> None:  # type: ignore[no-untyped-def]
    for words in ("Heungnam", "Heungnam fertilizer", "Gangwon plan"):
        out = run("facts", "--text", words, "--format", "plain", base=named).stdout
        assert out, words
    assert run("facts", "--text", "Heungnam zinc", "--format", "plain", base=named).stdout == ""


def test_shipped_text_search_by_rr_spelling(run) -> None:  # type: ignore[no-untyped-def]
    ids = {line.split("\t")[0] for line in run("facts", "--text", "Heungnam", "-f", "plain").stdout.splitlines()}
    assert "hungnam-fertilizer-plant-soviet-nitrogen-equipment-paid-in-gold" in ids


def test_search_keyword_in_context_with_citing_facts(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    lines = run("search", "zinc", base=tiny).stdout.splitlines()
    assert len(lines) == 1
    source, line, _offset, context, facts = lines[0].split("\t")
    assert (source, line) == ("alpha-report-1957-08-07", "3")
    assert "7,700 tons of zinc" in context
    assert facts.split(",") == ["zinc-1949", "zinc-1950"]
    phrase = json.loads(run("search", "late january", "plan", "-f", "json", base=tiny).stdout)
    assert phrase[0]["facts"] == ["kangwon-plan-sent", "kangwon-plan-ratified"]
    assert run("search", "tungsten", base=tiny).stdout == ""
