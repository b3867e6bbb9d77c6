"""`nkecon diff --conflicts` (diff/conflicts.py, diff/intervals.py): claims of different sources about
one time and series that cannot both be right, weighed only where their attested times meet and,
for money, once converted to one era."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nkecon_cli.diff.conflicts import find_conflicts
from nkecon_cli.diff.intervals import plausible
from nkecon_cli.factbase.records import Fact
from nkecon_cli.render.diffview import CONFLICT_COLUMNS

from .conftest import fact, tiny_doc, write_base
from .test_diff import GAMMA, ZINC, F, _pick, jsonl, point, write


def _gamma(fid: str, value: float, when: str = "1949-06", **kw: Any) -> Fact:
    """A claim of another source, stated later, about a time inside 1949."""
    return F(fid, value, when, **{"source": GAMMA, "stated": "1960", "speaker": None, **kw})


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        pytest.param(F("a", 7700), _gamma("b", 9000), "conflict", id="numbers-differ"),
        pytest.param(F("a", 7700), _gamma("b", 7700), None, id="agree"),
        pytest.param(F("a", 7000, value_max=8000), _gamma("b", 7900), None, id="inside-range"),
        pytest.param(F("a", 7000, value_max=8000), _gamma("b", 8100), "conflict", id="outside-range"),
        pytest.param(F("a", 7700, approx="about"), _gamma("b", 8400), None, id="about-is-ten-percent"),
        pytest.param(F("a", 7700, approx="about"), _gamma("b", 8600), "conflict", id="beyond-about"),
        pytest.param(F("a", 12000, approx="more-than"), _gamma("b", 15000), None, id="more-than-allows-more"),
        pytest.param(F("a", 12000, approx="more-than"), _gamma("b", 10000), "conflict", id="more-than-not-less"),
        pytest.param(F("a", 100, approx="up-to"), _gamma("b", 50), None, id="up-to"),
        pytest.param(F("a", 10000, approx="almost"), _gamma("b", 9500), None, id="almost-is-just-under"),
        pytest.param(F("a", 10000, approx="almost"), _gamma("b", 10500), "conflict", id="almost-not-over"),
        pytest.param(F("a", 7700), F("b", 9000, when="1949-06", speaker="leader"), "conflict",
                     id="same-source-other-speaker"),
        pytest.param(F("a", 7700), F("b", 9000, when="1949-06"), None, id="same-source-same-speaker"),
        pytest.param(F("a", 7700), _gamma("b", 9000, unit="kW"), None, id="other-unit"),
        pytest.param(F("a", 7700), _gamma("b", 9000, kind="target"), None, id="plan-against-outcome"),
        pytest.param(F("a", 7700), _gamma("b", 9000, kind="estimate"), "conflict", id="estimate-against-statistic"),
        pytest.param(F("a", 7700), _gamma("b", 9000, when="1950"), None, id="other-time"),
        pytest.param(F("a", 7700), _gamma("b", 9000, when="1949-03"), "conflict", id="overlapping-time"),
        pytest.param(F("a", 7700), _gamma("b", 8000, "1949", approx="about"), "restated", id="restated-later"),
        pytest.param(F("a", 7700), _gamma("b", 7900, "1949", approx="about", stated="1957-08-07"), None,
                     id="same-day-is-no-restatement"),
        pytest.param(F("a", 7700), F("b", 7800, stated="1960"), "restated", id="restated-by-the-same-speaker"),
        pytest.param(F("a", 7700), _gamma("b", 9000, "1949"), "conflict", id="restated-beyond-tolerance-conflicts"),
    ],
)
def test_conflict_cases(a: Fact, b: Fact, status: str | None) -> None:
    found = find_conflicts([b, a])
    assert [(c.status, c.a.id, c.b.id) for c in found] == ([(status, "a", "b")] if status else [])


def test_plausible_reads_qualifiers() -> None:
    inf = float("inf")
    assert (plausible(F("a", 100, approx="about")).lo, plausible(F("a", 100, approx="about")).hi) == (90, 110)
    assert plausible(F("a", 100, approx="at-least")).hi == inf
    assert plausible(F("a", 100, approx="less-than")).lo == -inf
    assert (plausible(F("a", 100, approx="almost")).lo, plausible(F("a", 100, approx="almost")).hi) == (90, 100)


def test_conflicts_command(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = {**point("b", 9000), "source": GAMMA, "stated": "1960", "speaker": None}
    base = write(tmp_path / "b", [*ZINC, src])
    result = run("diff", "--conflicts", "-f", "jsonl", base=base)
    assert result.exit_code == 1
    assert result.stderr.strip() == "nkecon: 1 conflicting claim found"
    (rec,) = jsonl(result.stdout)
    assert list(rec) == list(CONFLICT_COLUMNS)
    assert _pick(rec, "status", "a_fact", "a_perspective", "a_speaker", "b_fact", "b_source", "b_perspective") == (
        "conflict", "zinc-1949", "soviet-diplomat", "minister", "b", GAMMA, "exile-media")
    table = run("diff", "--conflicts", "-f", "table", base=base).stdout
    for words in ("7,700 t", "9,000 t", "Alpha report", "Gamma review", "The Minister", "exile-media", "conflict"):
        assert words in table
    assert run("diff", "--conflicts", "--source", "alpha", base=base).exit_code == 0  # filters narrow it
    clean = run("diff", "--conflicts", "-f", "table", base=write(tmp_path / "c", ZINC))
    assert clean.exit_code == 0
    assert "0 conflicting, 0 restated among 2 figures" in clean.stdout
    revised = {**src, "value": 8000, "approx": "about"}
    restated = run("diff", "--conflicts", "-f", "jsonl", base=write(tmp_path / "d", [*ZINC, revised]))
    assert restated.exit_code == 0  # a revision within tolerance is listed, not a failure
    assert [r["status"] for r in jsonl(restated.stdout)] == ["restated"]


def test_conflicts_runs_on_the_shipped_base(run) -> None:  # type: ignore[no-untyped-def]
    result = run("diff", "--conflicts", "-f", "json")
    assert result.exit_code == (1 if json.loads(result.stdout) else 0)


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


def test_conflicts_weigh_claims_only_where_their_attested_times_meet() -> None:
    from nkecon_cli.diff.conflicts import find_conflicts
    from nkecon_cli.factbase.records import Fact

    until_1960 = Fact.model_validate(fact(id="a", value=100, when="../1960"))
    in_1950 = Fact.model_validate(fact(id="b", value=200, when="1950", source="beta-news-2024-02-06"))
    in_1960 = Fact.model_validate(fact(id="c", value=200, when="1960", source="beta-news-2024-02-06"))
    assert find_conflicts([until_1960, in_1950]) == []  # "until 1960" says nothing about 1950
    assert [(c.a.id, c.b.id) for c in find_conflicts([until_1960, in_1960])] == [("a", "c")]


_TIMES = ["1949", "1949-03", "1949-06", "1950", "1949/1951", "../1950", "1950/..", "1948-12-31", "[1949..1952]",
          "1951", "1949-01-01/1949-02-28"]
_SOURCES = [None, GAMMA, "beta-news-2024-02-06"]


@given(st.lists(st.tuples(st.sampled_from(_TIMES), st.sampled_from([7700, 7800, 9000, 12000]),
                          st.sampled_from(_SOURCES), st.sampled_from(["1957-08-07", "1960", "1949"]),
                          st.sampled_from([None, "about", "more-than"])), max_size=12))
@settings(max_examples=150, deadline=None)
def test_conflicts_are_every_pair_the_definition_names(claims: list[tuple[Any, ...]]) -> None:
    # the sweep by attested time finds exactly the pairs that weighing every two claims would
    from itertools import combinations

    from nkecon_cli.diff.conflicts import _stated_key
    from nkecon_cli.diff.intervals import stated
    from nkecon_cli.factbase import when as _when

    facts = [F(f"f{i}", value, when, stated=st_, approx=approx, **({"source": src} if src else {}))
             for i, (when, value, src, st_, approx) in enumerate(claims)]
    expected = []
    for a, b in combinations(sorted(facts, key=_stated_key), 2):
        if not _when.overlaps(a.attested, b.attested):
            continue
        if (a.source != b.source or a.speaker != b.speaker) and not plausible(a).overlaps(plausible(b)):
            expected.append(("conflict", a.id, b.id))
        elif a.span == b.span and _when.bounds(a.stated) != _when.bounds(b.stated) and stated(a) != stated(b):
            expected.append(("restated", a.id, b.id))
    assert sorted((c.status, c.a.id, c.b.id) for c in find_conflicts(facts)) == sorted(expected)
