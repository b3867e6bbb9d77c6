"""Issue 19: the analyst's next steps — voices side by side, money of other eras restated on request."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nkecon_cli.errors import NkeconError
from nkecon_cli.factbase import money
from nkecon_cli.factbase.loading import load
from nkecon_cli.query.convert import convert, targets

from .conftest import fact, tiny_doc, write_base


def _rows(out: str) -> list[list[str]]:
    return [line.split("\t") for line in out.splitlines() if line]


# --- voices side by side ----------------------------------------------------------------------


def test_timeline_by_speaker_sets_each_voice_apart_in_a_stable_order(run) -> None:  # type: ignore[no-untyped-def]
    out = run("timeline", "--by", "speaker", "--topic", "nonferrous-metals").stdout
    rows = _rows(out)
    groups = list(dict.fromkeys(r[-1] for r in rows))
    assert {"Alexander M. Puzanov", "Jeong Il-yong", "Kim Il Sung"} <= set(groups)
    assert groups == sorted(groups, key=lambda g: (g == "no speaker named", g.casefold(), g))
    # every fact of a group is together: a group's rows are contiguous
    seen: list[str] = []
    for r in rows:
        if not seen or seen[-1] != r[-1]:
            assert r[-1] not in seen
            seen.append(r[-1])
    assert run("timeline", "--by", "speaker", "--topic", "nonferrous-metals").stdout == out  # stable


def test_timeline_by_speaker_at_80_columns_heads_each_group_with_its_count(runner, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from nkecon_cli.cli.app import cli

    monkeypatch.setenv("COLUMNS", "80")
    out = runner.invoke(cli, ["timeline", "--by", "speaker", "--topic", "nonferrous-metals", "-f", "table"]).stdout
    assert "Jeong Il-yong · " in out and "Kim Il Sung · " in out
    piped = _rows(runner.invoke(cli, ["timeline", "--by", "speaker", "--topic", "nonferrous-metals"]).stdout)
    jeong = sum(1 for r in piped if r[-1] == "Jeong Il-yong")
    assert f"Jeong Il-yong · {jeong} facts" in out
    assert max(len(line) for line in out.splitlines()) <= 80


@pytest.mark.parametrize("by", ["perspective", "kind", "topic", "speaker", "source", "year", "decade"])
def test_facts_by_adds_the_group_as_the_last_column(run, by: str) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(run("facts", "--by", by, "--topic", "zinc").stdout)
    plain = _rows(run("facts", "--topic", "zinc").stdout)
    assert len(rows) == len(plain) and {r[0] for r in rows} == {r[0] for r in plain}
    assert all(len(r) == len(plain[0]) + 1 for r in rows)


def test_facts_by_kind_follows_the_vocabulary_and_json_carries_the_group(run) -> None:  # type: ignore[no-untyped-def]
    from nkecon_cli.factbase.vocab import KINDS

    recs = json.loads(run("facts", "--by", "kind", "--topic", "zinc", "-f", "json").stdout)
    kinds = [r["group"] for r in recs]
    assert kinds == sorted(kinds, key=KINDS.index) and len(set(kinds)) > 1
    assert all(r["group"] == r["kind"] for r in recs)


def test_facts_by_perspective_table_has_a_heading_a_group(run) -> None:  # type: ignore[no-untyped-def]
    out = run("facts", "--by", "perspective", "--topic", "nonferrous-metals", "-f", "table").stdout
    assert "soviet-diplomat · " in out and "dprk-leadership · " in out
    assert "groups" in out.splitlines()[-1]


def test_entities_counts_the_facts_a_person_speaks_in(run) -> None:  # type: ignore[no-untyped-def]
    rec = json.loads(run("entities", "jeong", "-f", "json").stdout)[0]
    spoken = _rows(run("facts", "--speaker", "jeong").stdout)
    assert rec["id"] == "jeong-il-yong" and rec["speaks"] == len(spoken) > 0


def test_every_filter_help_says_how_repeats_combine(run) -> None:  # type: ignore[no-untyped-def]
    for command in ("facts", "timeline", "chart", "measures", "export", "diff"):
        text = " ".join(run(command, "--help").stdout.split())
        assert "a repeated option matches any of its values (OR)" in text, command
        assert "different options must all match (AND)" in text, command
        assert "--speaker TEXT Who makes the claim. Repeatable: any of them." in text


def test_repeated_speakers_are_or_and_perspective_is_and(run) -> None:  # type: ignore[no-untyped-def]
    one = {r[0] for r in _rows(run("facts", "--speaker", "jeong").stdout)}
    two = {r[0] for r in _rows(run("facts", "--speaker", "puzanov").stdout)}
    both = {r[0] for r in _rows(run("facts", "--speaker", "jeong", "--speaker", "puzanov").stdout)}
    assert both == one | two and one and two
    none = run("facts", "--speaker", "jeong", "--perspective", "dprk-leadership").stdout
    assert none == ""


# --- money of other eras ----------------------------------------------------------------------


def test_the_rates_are_the_redenominations() -> None:
    assert money.conversion("RUB-1947", "RUB-1961") == (0.1, money.RATES[:1])
    assert money.conversion("RUB-1961", "RUB-1947") == (10.0, money.RATES[:1])
    factor, used = money.conversion("KPW-1947", "KPW")  # type: ignore[misc]
    assert factor == pytest.approx(1e-4) and [r.new for r in used] == ["KPW-1959", "KPW"]
    assert money.conversion("RUB-1961", "RUB") is None  # the 1992-1997 ruble has no era in the table
    assert money.conversion("RUB-1947", "KPW-1959") is None
    assert all(r.source for r in money.RATES)


def _money_base(tmp_path: Path) -> Path:
    doc = tiny_doc([
        fact(id="aid-1957", measure="aid", value=50000, unit="RUB-1947", when="1957"),
        fact(id="aid-1962", measure="aid", value=8000, value_max=9000, unit="RUB-1961", when="1962",
             quote="In 1950 it produced 4,800 tons."),
        fact(id="price-1950", measure="rice price", value=120, unit="KPW-1947/kg", when="1950",
             quote="In 1949 the works produced 7,700 tons"),
    ])
    return write_base(tmp_path / "money", doc)


def test_convert_restates_and_marks_every_figure(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    base = _money_base(tmp_path)
    plain = run("facts", "--convert", "RUB-1961", base=base).stdout
    line = next(r for r in _rows(plain) if r[0] == "aid-1957")
    assert line[3] == "5,000 RUB-1961 (converted from 50,000 RUB-1947)"
    assert next(r for r in _rows(plain) if r[0] == "aid-1962")[3] == "8,000–9,000 RUB-1961"  # its own money
    recs = {r["id"]: r for r in json.loads(run("facts", "--convert", "rub-1961", "-f", "json", base=base).stdout)}
    assert recs["aid-1957"]["value"] == 5000 and recs["aid-1957"]["unit"] == "RUB-1961"
    assert recs["aid-1957"]["converted_from"] == "RUB-1947" and recs["aid-1957"]["original_value"] == 50000
    assert "10 RUB-1947 = 1 RUB-1961" in recs["aid-1957"]["conversion"]
    assert recs["aid-1962"]["converted_from"] is None
    table = run("facts", "--convert", "RUB-1961", "-f", "table", base=base).stdout
    assert "converted from" in " ".join(table.split())


def test_convert_is_never_the_default_and_a_price_keeps_its_per_unit(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    base = _money_base(tmp_path)
    recs = json.loads(run("facts", "-f", "json", base=base).stdout)
    assert "converted_from" not in recs[0] and {r["unit"] for r in recs} == {"RUB-1947", "RUB-1961", "KPW-1947/kg"}
    rec = next(r for r in json.loads(run("facts", "--convert", "KPW", "-f", "json", base=base).stdout)
               if r["id"] == "price-1950")
    assert rec["unit"] == "KPW/kg" and rec["value"] == pytest.approx(0.012)


def test_convert_says_what_it_cannot_reach(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    base = _money_base(tmp_path)
    res = run("facts", "--convert", "RUB", base=base)
    assert "left as it is" in res.stderr and "RUB-1961" in res.stderr
    assert "aid-1962\t1962\tstatistic\t8,000–9,000 RUB-1961\t" in res.stdout


@pytest.mark.parametrize("words", [("USD",), ("RUB-1961", "RUB"), ("",)])
def test_convert_refuses_what_is_not_one_era_a_currency(words: tuple[str, ...]) -> None:
    with pytest.raises(NkeconError):
        targets(words)


def test_convert_refusal_is_one_line_exit_2(run) -> None:  # type: ignore[no-untyped-def]
    res = run("facts", "--convert", "rubles")
    assert res.exit_code == 2 and res.stderr.count("\n") == 1 and "RUB-1961" in res.stderr


def test_convert_works_on_models_and_views_alike(tmp_path: Path) -> None:
    base = load(_money_base(tmp_path))
    out = {f.id: f for f in convert(base.facts, targets(["RUB-1961"]))}
    assert out["aid-1957"].value == 5000 and out["aid-1957"].converted.unit == "RUB-1947"
    assert out["aid-1957"].span == base.fact("aid-1957").span
    assert out["aid-1962"] is base.fact("aid-1962")


def test_diff_compares_two_eras_only_when_asked_and_marks_the_converted_side(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    base = _money_base(tmp_path)
    raw = json.loads(run("diff", "1957", "1962", "-f", "json", base=base).stdout)
    aid = next(r for r in raw if r["measure"] == "aid")
    assert aid["status"] == "unit-mismatch" and "different money" in aid["reason"]
    rows = json.loads(run("diff", "1957", "1962", "--convert", "RUB-1961", "-f", "json", base=base).stdout)
    aid = next(r for r in rows if r["measure"] == "aid")
    assert aid["status"] == "compared" and aid["unit"] == "RUB-1961"
    assert (aid["from_value"], aid["to_value"], aid["to_value_max"]) == (5000, 8000, 9000)
    assert aid["from_converted_from"] == "RUB-1947" and aid["to_converted_from"] is None
    table = " ".join(run("diff", "1957", "1962", "--convert", "RUB-1961", "-f", "table", base=base).stdout.split())
    assert "5,000 RUB-1961 (converted from 50,000 RUB-1947)" in table.replace("\u202f", " ")
    res = run("diff", "HEAD~1", "--convert", "RUB-1961", base=base)
    assert res.exit_code == 2 and "--convert applies to `diff FROM TO`" in res.stderr


def test_chart_draws_converted_money_marked(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    base = _money_base(tmp_path)
    plain = _rows(run("chart", "--measure", "aid", "--convert", "RUB-1961", base=base).stdout)
    assert [r[5] for r in plain] == ["statistic", "gap", "statistic"]  # one series: the two eras joined
    points = [r for r in plain if r[5] != "gap"]
    assert [r[1] for r in points] == ["5000", "8000"] and [r[-1] for r in points] == ["RUB-1947", ""]
    table = " ".join(run("chart", "--measure", "aid", "--convert", "RUB-1961", "-f", "table", base=base).stdout.split())
    assert "converted from 50,000" in table.replace("\u202f", " ")
    res = run("export", "--format", "sqlite", "-o", str(tmp_path / "x.db"), "--convert", "RUB-1961", base=base)
    assert res.exit_code == 2 and "--convert applies to csv" in res.stderr


# --- series side by side ----------------------------------------------------------------------


def _series_base(tmp_path: Path) -> Path:
    quote = "In 1949 the works produced 7,700 tons of zinc."
    doc = tiny_doc([
        fact(id=f"zinc-{y}", measure="zinc output", value=v, when=str(y)) for y, v in ((1949, 7700), (1950, 4800))
    ] + [
        fact(id=f"lead-{y}", measure="lead output", value=v, when=str(y), quote=quote)
        for y, v in ((1948, 1000), (1949, 2000), (1950, 3000))
    ] + [fact(id="power-1949", measure="power capacity", value=50, unit="kW", when="1949", quote=quote),
         fact(id="power-1950", measure="power capacity", value=60, value_max=70, unit="kW", when="1950", quote=quote)])
    return write_base(tmp_path / "series", doc)


def test_two_series_on_one_axis_in_time_order(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    base = _series_base(tmp_path)
    rows = _rows(run("chart", "--measure", "zinc output", "--measure", "lead output", base=base).stdout)
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("1948", "lead output", "1000"), ("1949", "lead output", "2000"), ("1949", "zinc output", "7700"),
        ("1950", "lead output", "3000"), ("1950", "zinc output", "4800")]
    table = run("chart", "--measure", "zinc output", "--measure", "lead output", "-f", "table", base=base).stdout
    assert "2 series on one axis" in table and "A lead output (t)" in table and "B zinc output (t)" in table


def test_index_rebases_each_series_to_100(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    base = _series_base(tmp_path)
    recs = json.loads(run("chart", "--measure", "zinc output", "--measure", "lead output", "--measure", "power",
                          "--index", "1949", "-f", "json", base=base).stdout)
    idx = {r["id"]: (r["index"], r["index_max"]) for r in recs}
    assert idx["zinc-1949"] == idx["lead-1949"] == idx["power-1949"] == (100, None)
    assert idx["lead-1950"] == (150, None) and idx["zinc-1950"][0] == pytest.approx(62.3377, abs=1e-3)
    assert idx["power-1950"] == (120, 140) and idx["lead-1948"] == (50, None)
    assert {r["value"] for r in recs if r["id"] == "zinc-1950"} == {4800}  # the figure itself is kept
    table = run("chart", "--measure", "zinc output", "--measure", "lead output", "--index", "1949", "-f", "table",
                base=base).stdout
    assert "each as an index (1949 = 100)" in table.replace("\u00a0", " ")


@pytest.mark.parametrize("args, message", [
    (("--measure", "zinc output", "--measure", "power"), "different units"),
    (("--measure", "zinc output", "--measure", "lead output", "--index", "1948"), "has no figure for 1948"),
    (("--measure", "lead output", "--measure", "power", "--index", "1950"), "is a range or qualified"),
])
def test_series_that_cannot_share_an_axis_are_refused(tmp_path: Path, run, args, message) -> None:  # type: ignore[no-untyped-def]
    res = run("chart", *args, base=_series_base(tmp_path))
    assert res.exit_code == 2 and message in res.stderr and res.stderr.count("\n") == 1 and res.stdout == ""


def test_wide_csv_has_a_row_a_time_and_a_column_a_series(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    import csv
    import io

    base = _series_base(tmp_path)
    table = list(csv.DictReader(io.StringIO(run("export", "--format", "wide", base=base).stdout)))
    assert [r["when"] for r in table] == ["1948", "1949", "1950"]
    assert list(table[0]) == ["when", "lead output (t)", "power capacity (kW)", "zinc output (t)"]
    assert table[0]["zinc output (t)"] == "" and table[1]["zinc output (t)"] == "7700"
    assert table[2]["power capacity (kW)"] == "60..70"
    shipped = list(csv.reader(io.StringIO(run("export", "--format", "wide", "--topic", "zinc", "--kind",
                                              "statistic").stdout)))
    assert shipped[0] == ["when", "zinc output (t)"]
    assert [r[0] for r in shipped[1:]] == ["1944", "1946", "1947", "1948", "1949", "1950"]


def test_wide_marks_converted_columns(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    import csv
    import io

    base = _money_base(tmp_path)
    head = next(csv.reader(io.StringIO(run("export", "-f", "wide", "--convert", "RUB-1961", base=base).stdout)))
    assert "aid (RUB-1961, converted)" in head and "aid (RUB-1961)" in head


# --- the smaller items ------------------------------------------------------------------------


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


def test_a_span_typed_with_a_dash_points_to_the_slash(run) -> None:  # type: ignore[no-untyped-def]
    res = run("facts", "--to", "2023-2024")
    assert res.exit_code == 2 and res.stderr.count("\n") == 1
    assert "2023/2024" in res.stderr and "--from 2023 --to 2024" in res.stderr
    assert run("facts", "--to", "2023/2024").exit_code == 0


@pytest.mark.parametrize("width", [40, 50])
def test_long_ids_break_after_their_own_hyphens(runner, width: int) -> None:  # type: ignore[no-untyped-def]
    import re

    from nkecon_cli.cli.app import cli

    out = runner.invoke(cli, ["facts", "-f", "table"], env={"COLUMNS": str(width), "NO_COLOR": "1"}).stdout
    assert max(len(line) for line in out.splitlines()) <= width
    longest = "first-half-1957-overfulfilment-credited-to-december-1956-plenum"
    assert longest not in out and longest in re.sub(r"(?<=-)\n *", "", out)


def test_break_id_adds_and_cuts_nothing() -> None:
    from nkecon_cli.render.text import break_id

    parts = break_id("first-half-1957-overfulfilment-credited-to-december-1956-plenum", 20)
    assert "".join(parts) == "first-half-1957-overfulfilment-credited-to-december-1956-plenum"
    assert all(p.endswith("-") for p in parts[:-1]) and parts[1] == "overfulfilment-"
    assert break_id("https://example.org/a-b-c-d-e-f", 10) == ["https://example.org/a-b-c-d-e-f"]


@given(st.from_regex(r"[a-z]{1,8}", fullmatch=True),
       st.sampled_from(["", "ise", "ised", "isation", "yse", "our", "ours", "tre", "bres", "fence", "gramme",
                        "ogue", "s"]))
def test_no_spelling_rule_touches_the_first_three_letters(stem: str, ending: str) -> None:
    from nkecon_cli.query.names import fold
    from nkecon_cli.query.wordmatch import Phrase, spelling_key

    word = stem + ending
    assert spelling_key(word)[:3] == fold(word)[:3]  # what Phrase.may_be_in relies on
    assert Phrase(word).found_in(word) and Phrase(word).may_be_in(fold(word))


@given(st.sampled_from([e.code for e in money.ERAS]), st.sampled_from([e.code for e in money.ERAS]))
def test_a_conversion_and_its_reverse_are_inverse(a: str, b: str) -> None:
    there, back = money.conversion(a, b), money.conversion(b, a)
    assert (there is None) == (back is None)
    if there is not None and back is not None:
        assert there[0] * back[0] == pytest.approx(1.0) and set(there[1]) == set(back[1])


def test_conflicts_weigh_two_eras_once_converted_and_mark_them(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    doc = tiny_doc([
        fact(id="aid-old", measure="aid", value=50000, unit="RUB-1947", when="1957"),
        fact(id="aid-new", measure="aid", value=8000, unit="RUB-1961", when="1957", speaker=None,
             quote="In 1950 it produced 4,800 tons."),
    ])
    base = write_base(tmp_path / "conflict", doc)
    assert run("diff", "--conflicts", "-f", "json", base=base).stdout.strip() == "[]"  # two moneys: not weighed
    res = run("diff", "--conflicts", "--convert", "RUB-1961", "-f", "json", base=base)
    rec = json.loads(res.stdout)[0]
    assert res.exit_code == 1 and rec["status"] == "conflict" and rec["unit"] == "RUB-1961"
    sides = {rec["a_fact"]: rec["a_converted_from"], rec["b_fact"]: rec["b_converted_from"]}
    assert sides == {"aid-old": "RUB-1947", "aid-new": None}
