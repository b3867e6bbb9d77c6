"""Names by rule: Korean romanisation as a system, through the core and the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nkecon_cli.query.names import Named, NameIndex, core_key, key, spelling_matches, stem

from .conftest import tiny_doc, write_base

# --- the key: every spelling of one name meets ---------------------------------------------

# Real alternative spellings of real DPRK places (MR with and without diacritics, RR, between).
SPELLINGS = [
    ("Hamhŭng", "Hamheung", "Hamhung"),
    ("Ch'ŏngjin", "Chongjin", "Cheongjin", "Chŏngjin"),
    ("Kangwŏn", "Kangweon", "Gangwon", "Kangwon"),
    ("Sinŭiju", "Sinuiju", "Shineuiju", "Sin-ŭi-ju"),
    ("P'yŏngyang", "Pyongyang", "Pyeongyang", "P'yeongyang"),
    ("Kaech'ŏn", "Gaecheon", "Kaechon"),
    ("Tanch'ŏn", "Dancheon", "Tanchon"),
    ("Namp'o", "Nampo", "Nampho"),
    ("Ryanggang", "Yanggang"),
    ("Rajin", "Najin"),
    ("Nyŏngbyŏn", "Yongbyon", "Nyongbyon"),
    ("Kimch'aek", "Gimchaek", "Kim Chaek"),
    ("Hŭngnam", "Heungnam", "Hungnam"),
    ("Tŏkch'ŏn", "Deokcheon", "Tokchon"),
]


@pytest.mark.parametrize("group", SPELLINGS, ids=lambda g: g[0])
def test_spellings_of_one_place_share_a_key(group: tuple[str, ...]) -> None:
    assert len({key(s) for s in group}) == 1, {s: key(s) for s in group}


@pytest.mark.parametrize("a,b", [("Hamhung", "Hungnam"), ("Anju", "Anjuu"), ("Chongjin", "Hoeryong"),
                                 ("Kusong", "Kosong"), ("Tanchon", "Tokchon")])
def test_different_places_keep_different_keys(a: str, b: str) -> None:
    assert key(a) != key(b)


@pytest.mark.parametrize("name,core", [("Kangwon-do", "Kangweon"), ("Komdok Mine", "Kŏmdŏk"),
                                       ("Sup'ung Dam", "Supung"), ("Sinuiju-si", "Sinŭiju"),
                                       ("Hamhung City", "Hamheung"), ("Sungho-ri", "Seungho"),
                                       ("Anju Coal Mining Complex", "Anju")])
def test_suffixes_and_facility_words_leave_the_core(name: str, core: str) -> None:
    assert core_key(name) == core_key(core)


def test_plural_stems() -> None:
    assert [stem(w) for w in ("directives", "stations", "factories", "boxes", "gas", "works")] == \
        ["directive", "station", "factory", "box", "gas", "work"]


# --- property: an MR spelling of a Hangul label matches its RR spelling ------------------------

# Syllable by syllable, as the two systems write each jamo (MR: voicing and aspiration marks).
INITIAL = [("k", "g"), ("kk", "kk"), ("n", "n"), ("t", "d"), ("tt", "tt"), ("r", "r"), ("m", "m"),
           ("p", "b"), ("pp", "pp"), ("s", "s"), ("ss", "ss"), ("", ""), ("ch", "j"), ("tch", "jj"),
           ("ch'", "ch"), ("k'", "k"), ("t'", "t"), ("p'", "p"), ("h", "h")]
VOWEL = [("a", "a"), ("ae", "ae"), ("ya", "ya"), ("yae", "yae"), ("ŏ", "eo"), ("e", "e"), ("yŏ", "yeo"),
         ("ye", "ye"), ("o", "o"), ("wa", "wa"), ("wae", "wae"), ("oe", "oe"), ("yo", "yo"), ("u", "u"),
         ("wŏ", "wo"), ("we", "we"), ("wi", "wi"), ("yu", "yu"), ("ŭ", "eu"), ("ŭi", "ui"), ("i", "i")]
FINAL = [("", ""), ("k", "k"), ("n", "n"), ("l", "l"), ("m", "m"), ("p", "p"), ("ng", "ng"), ("t", "t")]

syllable = st.tuples(st.sampled_from(INITIAL), st.sampled_from(VOWEL), st.sampled_from(FINAL))


def _spell(words: list, system: int, sep: str) -> str:  # type: ignore[type-arg]
    return " ".join(sep.join(i[system] + v[system] + f[system] for i, v, f in w) for w in words)


@given(st.lists(st.lists(syllable, min_size=1, max_size=3), min_size=1, max_size=2),
       st.sampled_from(["", "-"]), st.sampled_from(["", "-"]),
       st.sampled_from(["", " Province", "-do", " Mine", "-si"]))
def test_mr_spelling_matches_rr_spelling(words: list, mr_sep: str, rr_sep: str, suffix: str) -> None:  # type: ignore[type-arg]
    mr = _spell(words, 0, mr_sep)
    rr = _spell(words, 1, rr_sep)
    label = mr.capitalize() + suffix
    index = NameIndex([Named("x", label, (label,)), Named("other", "Zzyzx", ("Zzyzx",))])
    assert key(mr) == key(rr)
    assert "x" in index.lookup(rr.upper()) | index.lookup(rr + suffix)


def test_names_in_text_spelt_another_way() -> None:
    text = "Hungnam made fertilizer. The plant in Hŭngnam grew, and the gold of Unsan was cold."
    spans = spelling_matches("Heungnam", text)
    assert [text[s:e] for s, e in spans] == ["Hŭngnam"]  # the sentence-initial one is left to aliases
    assert spelling_matches("gold", "It was Cold, said he, and gold.") == []


# --- through the command line, on the shipped base --------------------------------------------


@pytest.mark.parametrize("place,fact_id", [
    ("Kangweon", "kangwon-2024-plan-below-market-prices-state-shops"),
    ("Gangweon-do", "kangwon-2024-plan-below-market-prices-state-shops"),
    ("Komdok", "komdok-mine-more-ore-decision-1967"),
    ("Geomdeok", "komdok-mine-more-ore-decision-1967"),
    ("Supung", "supung-dam-returned-stations-aid-value"),
    ("Chŏngjin", "chinese-75-ton-boilers-count-1964"),
    ("Tokcheon", "tokchon-small-thermal-power-plant-directive-1968"),
    ("P'yeongyang", "pyongyang-thermal-power-plant-soviet-specialists-propaganda-1964"),
])
def test_place_by_any_romanisation(run, place: str, fact_id: str) -> None:  # type: ignore[no-untyped-def]
    result = run("facts", "--place", place, "--format", "plain")
    assert result.exit_code == 0, result.stderr
    assert fact_id in result.stdout.split()


def test_ambiguous_place_lists_the_candidates(run) -> None:  # type: ignore[no-untyped-def]
    result = run("facts", "--place", "Hwanghae")
    assert result.exit_code == 2 and result.stdout == ""
    assert "names 2 entities" in result.stderr
    assert "'north-hwanghae-province'" in result.stderr and "'south-hwanghae-province'" in result.stderr


def test_unknown_place_has_no_unrelated_suggestions(run) -> None:  # type: ignore[no-untyped-def]
    result = run("facts", "--place", "Wonsan")
    assert result.exit_code == 2
    assert "P'ungsan" not in result.stderr and "Gosplan" not in result.stderr


def test_topic_by_a_word_of_its_label(run) -> None:  # type: ignore[no-untyped-def]
    result = run("facts", "--topic", "power")
    assert result.exit_code == 2
    assert "'electricity' (Electricity and power)" in result.stderr
    assert "'power-equipment'" in result.stderr
    assert "footwear" not in result.stderr and "'hydro-power'" not in result.stderr  # inside electricity
    ok = run("facts", "--topic", "Electricity", "--format", "plain")
    assert ok.exit_code == 0 and ok.stdout


def test_source_ambiguous_not_unknown(run) -> None:  # type: ignore[no-untyped-def]
    result = run("facts", "--source", "kim")
    assert result.exit_code == 2
    assert "unknown" not in result.stderr and "names 2 sources" in result.stderr
    assert run("facts", "--source", "kim 1968", "--format", "plain").exit_code == 0


def test_kind_plural_and_unknown(run) -> None:  # type: ignore[no-untyped-def]
    assert run("facts", "--kind", "directives", "--format", "plain").exit_code == 0
    bad = run("facts", "--kind", "directivs")
    assert bad.exit_code == 2 and "unknown kind 'directivs'; did you mean directive?" in bad.stderr


def test_a_place_only_one_spelling_of_which_is_in_the_base(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    doc = tiny_doc()
    doc["entities"].append({"id": "kaechon", "name": "Kaech'ŏn", "type": "place", "aliases": []})
    doc["facts"][0]["entities"] = ["kaechon"]
    root = write_base(tmp_path / "b", doc)
    assert json.loads((root / "facts.json").read_text())["entities"][-1]["aliases"] == []
    for typed in ("Gaecheon", "Kaechon", "KAECH'ON", "Kaecheon-si", "Gaecheon County"):
        result = run("facts", "--place", typed, "--format", "plain", base=root)
        assert result.exit_code == 0, (typed, result.stderr)
        assert result.stdout.split("\t")[0] == "zinc-1949"


def test_speaker_by_the_other_romanisation(run) -> None:  # type: ignore[no-untyped-def]
    by_rr = run("facts", "--speaker", "Kim Il-seong", "--format", "plain").stdout
    by_name = run("facts", "--speaker", "Kim Il Sung", "--format", "plain").stdout
    assert by_rr and by_rr == by_name


def test_a_name_only_the_texts_know_points_to_search(tmp_path: Path, run,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from .conftest import TINY_TEXT

    monkeypatch.setitem(TINY_TEXT, "beta-news-2024-02-06",
                        "Kangwon Province sent its plan on Jan. 8. Trucks left Wŏnsan port.\n")
    root = write_base(tmp_path / "b", tiny_doc())
    result = run("facts", "--place", "Wonsan", base=root)
    assert result.exit_code == 2
    assert "the source texts name 'Wŏnsan' 1 time(s): `nkecon search Wonsan`" in result.stderr
    hits = run("search", "Wonsan", "-f", "plain", base=root).stdout
    assert hits.startswith("beta-news-2024-02-06\t1\t")
