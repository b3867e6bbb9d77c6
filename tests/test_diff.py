"""`nkecon diff`: change over time and between fact bases (folders, files, git revisions). Conflicts
between sources (`diff --conflicts`) are in test_diff_conflicts.py."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nkecon_cli import factbase
from nkecon_cli.diff.bases import Change, Snapshot, diff_bases
from nkecon_cli.diff.intervals import change_qualifier
from nkecon_cli.diff.sides import looks_like_dates
from nkecon_cli.diff.times import compare_times
from nkecon_cli.errors import NkeconError
from nkecon_cli.factbase import when
from nkecon_cli.factbase import when as _when
from nkecon_cli.factbase.records import Fact, Source, Topic
from nkecon_cli.render.diffview import CHANGE_COLUMNS, COMPARISON_COLUMNS, summary_line

from .conftest import fact
from .test_convert import _money_base

# --- tiny fact bases written into tmp_path -------------------------------------------------------

SOURCES: list[dict[str, Any]] = [
    {"id": "alpha-report-1957-08-07", "title": "Alpha report", "date": "1957-08-07", "kind": "diplomatic-journal",
     "perspective": "soviet-diplomat", "citation": "Alpha report, 1957.", "speakers": ["minister"]},
    {"id": "gamma-review-1960", "title": "Gamma review", "date": "1960", "kind": "news-report",
     "perspective": "exile-media", "citation": "Gamma review, 1960."},
]
TOPICS: list[dict[str, Any]] = [
    {"id": "zinc", "label": "Zinc"},
    {"id": "power", "label": "Electric power"},
]
ENTITIES: list[dict[str, Any]] = [
    {"id": "nampo", "name": "Nampo", "type": "place", "aliases": ["Namp'o"]},
    {"id": "minister", "name": "The Minister", "type": "person", "aliases": []},
    {"id": "leader", "name": "The Leader", "type": "person", "aliases": []},
]
GAMMA = "gamma-review-1960"


def point(fid: str, value: float | None, when: str = "1949", **kw: Any) -> dict[str, Any]:
    """A complete fact record; its quote is unique and written into its source's text."""
    return fact(**{"id": fid, "value": value, "when": when, "statement": f"Statement of {fid}.",
                   "quote": f"The words of {fid}.", **kw})


def doc(facts: list[dict[str, Any]], topics: list[dict[str, Any]] | None = None,
        entities: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"topics": TOPICS if topics is None else topics, "entities": ENTITIES if entities is None else entities,
            "facts": facts}


def write(root: Path, facts: list[dict[str, Any]], sources: list[dict[str, Any]] | None = None,
          **parts: Any) -> Path:
    """facts.json, sources/sources.json and a text per source holding every quote of its facts."""
    sources = SOURCES if sources is None else sources
    (root / "sources").mkdir(parents=True, exist_ok=True)
    (root / "facts.json").write_text(json.dumps(doc(facts, **parts), indent=2, ensure_ascii=False), encoding="utf-8")
    (root / "sources" / "sources.json").write_text(json.dumps({"sources": sources}, indent=2), encoding="utf-8")
    for s in sources:
        text = "\n\n".join(f["quote"] for f in facts if f["source"] == s["id"])
        (root / "sources" / f"{s['id']}.txt").write_text(f"{s['title']}\n\n{text}\n", encoding="utf-8")
    return root


def F(fid: str, value: float | None, when: str = "1949", **kw: Any) -> Fact:
    return Fact.model_validate(point(fid, value, when, **kw))


def jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


ZINC = [point("zinc-1946", 1200, "1946"), point("zinc-1949", 7700, "1949")]


# --- 1. over time: the core ------------------------------------------------------------------------

Y1946, Y1949 = _when.bounds("1946"), _when.bounds("1949")


def _one(old: list[Fact] | Fact, new: list[Fact] | Fact) -> list[dict[str, Any]]:
    from nkecon_cli.render.diffview import comparison_record

    olds = old if isinstance(old, list) else [old]
    news = new if isinstance(new, list) else [new]
    return [comparison_record(c) for c in compare_times([*olds, *news], Y1946, Y1949)]


def _pick(rec: dict[str, Any], *keys: str) -> tuple[Any, ...]:
    return tuple(rec[k] for k in keys)


NUMS = ("status", "unit", "change", "change_max", "percent", "percent_max", "ratio", "ratio_max", "change_approx")


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(F("a", 1200, "1946"), F("b", 7700),
                     ("compared", "t", 6500, None, 541.67, None, 6.4167, None, None), id="numbers"),
        pytest.param(F("a", 100, "1946", value_max=200), F("b", 300),
                     ("compared", "t", 100, 200, 50, 200, 1.5, 3, None), id="range-vs-number-gives-range"),
        pytest.param(F("a", 100, "1946", value_max=200), F("b", 150, value_max=400),
                     ("compared", "t", -50, 300, -25, 300, 0.75, 4, None), id="range-vs-range"),
        pytest.param(F("a", 7700, "1946"), F("b", 12000, approx="more-than"),
                     ("compared", "t", 4300, None, 55.84, None, 1.5584, None, "more-than"), id="more-than-carried"),
        pytest.param(F("a", 12000, "1946", approx="more-than"), F("b", 15000),
                     ("compared", "t", 3000, None, 25, None, 1.25, None, "less-than"), id="more-than-subtracted"),
        pytest.param(F("a", 1000, "1946", approx="about"), F("b", 2000, approx="at-least"),
                     ("compared", "t", 1000, None, 100, None, 2, None, "about"), id="about-wins"),
        pytest.param(F("a", 1000, "1946", approx="up-to"), F("b", 2000, approx="at-least"),
                     ("compared", "t", 1000, None, 100, None, 2, None, "at-least"), id="both-push-up"),
        pytest.param(F("a", 0, "1946"), F("b", 5),
                     ("compared", "t", 5, None, None, None, None, None, None), id="from-zero-has-no-ratio"),
        pytest.param(F("a", 5, "1946", unit="%"), F("b", 7.5, unit="%"),
                     ("compared", "%", 2.5, None, 50, None, 1.5, None, None), id="percent-unit"),
        pytest.param(F("a", 5, "1946", unit="t"), F("b", 7, unit="kW"),
                     ("unit-mismatch", "t vs kW", None, None, None, None, None, None, None), id="unit-mismatch"),
        pytest.param(F("a", 5, "1946", per="year"), F("b", 7),
                     ("unit-mismatch", "t/year vs t", None, None, None, None, None, None, None), id="per-mismatch"),
    ],
)
def test_over_time_cases(old: Fact, new: Fact, expected: tuple[Any, ...]) -> None:
    (rec,) = _one(old, new)
    assert _pick(rec, *NUMS) == expected
    assert rec["from_fact"] == "a" and rec["to_fact"] == "b"


def test_missing_points_are_listed_not_dropped() -> None:
    recs = _one([F("a", 5, "1946", measure="coal")], [F("b", 7, measure="zinc"), F("c", 1, "1950")])
    assert [_pick(r, "measure", "status", "from_fact", "to_fact", "change") for r in recs] == [
        ("coal", "only-from", "a", None, None),
        ("zinc", "only-to", None, "b", None),
    ]


def test_several_equally_precise_points_are_all_listed_as_ambiguous() -> None:
    recs = _one([F("a", 5, "1946"), F("a2", 6, "1946", source=GAMMA, speaker=None)], F("b", 10))
    assert [_pick(r, "status", "from_fact", "to_fact", "change") for r in recs] == [
        ("ambiguous", "a", "b", 5), ("ambiguous", "a2", "b", 4)]


@pytest.mark.parametrize(
    ("olds", "chosen"),
    [
        ([F("year", 5, "1946"), F("decade", 6, "194X"), F("month", 7, "1946-03")], "month"),  # narrowest span
        ([F("plan", 9, "1946-03", kind="target"), F("year", 5, "1946")], "year"),  # reported before planned
        ([F("plan", 9, "1946", kind="target")], "plan"),  # a plan when nothing was reported
        ([F("both", 9, "1946/1949"), F("year", 5, "1946")], "year"),  # covers both times: says nothing of change
    ],
)
def test_the_most_precise_reported_point_is_chosen(olds: list[Fact], chosen: str) -> None:
    (rec,) = _one(olds, F("b", 10))
    assert (rec["status"], rec["from_fact"]) == ("compared", chosen)


def test_a_point_covering_both_times_is_left_out() -> None:
    assert compare_times([F("both", 9, "1946/1949")], Y1946, Y1949) == []


def test_overlapping_times_are_refused() -> None:
    with pytest.raises(NkeconError, match="overlap"):
        compare_times([], _when.bounds("1946"), _when.bounds("1946-05"))


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (None, None, None), ("about", None, "about"), (None, "more-than", "more-than"),
        ("more-than", None, "less-than"), ("at-least", None, "up-to"), ("up-to", None, "at-least"),
        ("almost", None, "more-than"), ("less-than", "more-than", "more-than"), ("more-than", "more-than", "about"),
    ],
)
def test_change_qualifier(old: str | None, new: str | None, expected: str | None) -> None:
    assert change_qualifier(old, new) == expected


# --- 1. over time: the command ---------------------------------------------------------------------


def test_diff_over_time_on_the_shipped_base(run) -> None:  # type: ignore[no-untyped-def]
    result = run("diff", "1946", "1949", "--topic", "zinc", "--format", "table")
    assert result.exit_code == 0
    row = next(line for line in result.stdout.splitlines() if line.lstrip("│ ").startswith("zinc output"))
    for cell in ("1,200 t", "7,700 t", "+6,500 t", "+541.7 %", "×6.42"):
        assert cell in row
    plain = run("diff", "1946", "1949", "--topic", "zinc").stdout
    assert plain.split("\t")[:12] == ["zinc output", "t", "1946", "1200", "", "", "1949", "7700", "",
                                      "", "6500", ""]


@pytest.mark.parametrize("fmt", ["plain", "csv", "tsv", "json", "jsonl", "markdown", "table"])
def test_diff_over_time_is_a_report_in_every_format(run, tmp_path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    base = write(tmp_path / "b", [*ZINC, point("kw-1946", 5, "1946", unit="kW", measure="zinc output")])
    result = run("diff", "1946", "1949", "--format", fmt, base=base)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    if fmt == "json":
        assert [r["status"] for r in json.loads(result.stdout)] == ["compared", "only-from"]
        assert list(json.loads(result.stdout)[0]) == list(COMPARISON_COLUMNS)
    if fmt == "csv":
        assert result.stdout.splitlines()[0] == ",".join(COMPARISON_COLUMNS)


def test_diff_over_time_table_shows_mismatch_and_approx(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base = write(tmp_path / "b", [
        *ZINC_MORE,
        point("power-1946", 5, "1946", unit="t", measure="power"), point("power-1949", 7, unit="kW", measure="power"),
    ])
    out = run("diff", "1946", "1949", "-f", "table", base=base).stdout
    assert "more than 12,000 t" in out and "+4,300 t" in out
    assert "not comparable" in out and "(t vs kW)" in out
    assert out.splitlines()[-1] == "1 compared; 1 not comparable"
    zinc = compare_times([Fact.model_validate(f) for f in ZINC_MORE], Y1946, Y1949)
    assert [summary_line(c) for c in zinc] == [
        "7,700 t → more than 12,000 t, more than +4,300 t, more than +55.84 %, more than ×1.56"]


ZINC_MORE = [point("zinc-1946", 7700, "1946"), point("zinc-1949", 12000, approx="more-than")]


def test_diff_over_time_accepts_free_form_dates(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base = write(tmp_path / "b", [point("a", 1, "1957-08"), point("b", 3, "1957-10")])
    recs = jsonl(run("diff", "Aug 1957", "Oct 1957", "-f", "jsonl", base=base).stdout)
    assert _pick(recs[0], "status", "change", "ratio") == ("compared", 2, 3)


# --- 2. between fact bases ---------------------------------------------------------------------------


def _edit(facts: list[dict[str, Any]], fid: str, **kw: Any) -> list[dict[str, Any]]:
    return [{**f, **kw} if f["id"] == fid else f for f in facts]


OLD = [*ZINC, point("coal-1949", 30, measure="coal output", topics=["power"])]
RENAMED = {**OLD[0], "id": "zinc-output-1946", "note": "Renamed."}


@pytest.mark.parametrize(
    ("new_facts", "parts", "records"),
    [
        pytest.param(OLD, {}, [], id="identical"),
        pytest.param(_edit(OLD, "zinc-1949", value=7800), {},
                     [("changed", "fact", "zinc-1949", None, "value", 7700, 7800)], id="value-changed"),
        pytest.param(_edit(OLD, "zinc-1949", entities=["nampo", "minister"]), {},
                     [("changed", "fact", "zinc-1949", None, "entities", ["nampo"], ["nampo", "minister"])],
                     id="list-field"),
        pytest.param(OLD[1:], {}, [("removed", "fact", "zinc-1946", None, None, None, None)], id="removed"),
        pytest.param([*OLD, point("zinc-1950", 4800, "1950")], {},
                     [("added", "fact", "zinc-1950", None, None, None, None)], id="added"),
        pytest.param([RENAMED, *OLD[1:]], {},
                     [("renamed", "fact", "zinc-output-1946", "zinc-1946", None, None, None),
                      ("changed", "fact", "zinc-output-1946", "zinc-1946", "note", None, "Renamed.")],
                     id="renamed-with-field-change"),
        pytest.param([{**OLD[0], "id": "zinc-x", "quote": "  The words of\nzinc-1946. "}, *OLD[1:]], {},
                     [("renamed", "fact", "zinc-x", "zinc-1946", None, None, None),
                      ("changed", "fact", "zinc-x", "zinc-1946", "quote", "The words of zinc-1946.",
                       "  The words of\nzinc-1946. ")],
                     id="rename-ignores-whitespace-in-quote"),
        pytest.param([{**OLD[0], "id": "zinc-x", "source": GAMMA}, *OLD[1:]], {},
                     [("added", "fact", "zinc-x", None, None, None, None),
                      ("removed", "fact", "zinc-1946", None, None, None, None)],
                     id="other-source-is-no-rename"),
        pytest.param(OLD, {"topics": [{"id": "zinc", "label": "Zinc metal"}, TOPICS[1]]},
                     [("changed", "topic", "zinc", None, "label", "Zinc", "Zinc metal")], id="topic"),
        pytest.param(OLD, {"entities": [*ENTITIES, {"id": "anju", "name": "Anju", "type": "place"}]},
                     [("added", "entity", "anju", None, None, None, None)], id="entity"),
    ],
)
def test_base_diff_cases(run, tmp_path: Path, new_facts: list[dict[str, Any]], parts: dict[str, Any],  # type: ignore[no-untyped-def]
                         records: list[tuple[Any, ...]]) -> None:
    old = write(tmp_path / "old", OLD)
    new = write(tmp_path / "new", new_facts, **parts)
    result = run("diff", str(old), str(new), "--format", "jsonl")
    assert [tuple(r.values()) for r in jsonl(result.stdout)] == records
    assert result.exit_code == (1 if records else 0)
    back = run("diff", str(new), str(old), "--format", "jsonl")  # B→A mirrors A→B
    assert sorted(json.dumps(r, sort_keys=True) for r in jsonl(back.stdout)) == sorted(
        _key(Change(*r).mirrored()) for r in records)


def _as_dict(c: Change) -> dict[str, Any]:
    return {k: getattr(c, k) for k in CHANGE_COLUMNS}


def test_source_changes_are_reported(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = write(tmp_path / "old", OLD)
    new = write(tmp_path / "new", OLD, sources=[{**SOURCES[0], "title": "Alpha journal"}, SOURCES[1]])
    recs = jsonl(run("diff", str(old), str(new), "-f", "jsonl").stdout)
    assert [_pick(r, "change", "kind", "id", "field", "old", "new") for r in recs] == [
        ("changed", "source", "alpha-report-1957-08-07", "title", "Alpha report", "Alpha journal")]


@pytest.mark.parametrize("fmt", ["plain", "csv", "tsv", "json", "jsonl", "markdown", "table"])
def test_base_diff_exit_codes_in_every_format(run, tmp_path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    old = write(tmp_path / "old", OLD)
    same = run("diff", str(old), str(old), "--format", fmt)
    assert same.exit_code == 0, same.stderr
    assert same.stderr == ""
    changed = run("diff", str(old), str(write(tmp_path / "new", OLD[1:])), "--format", fmt)
    assert changed.exit_code == 1
    assert "zinc-1946" in changed.stdout  # the output is complete before the exit
    assert changed.stderr.strip() == "nkecon: the bases differ: 1 removed"


def test_base_diff_table_for_people(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = write(tmp_path / "old", OLD)
    new = write(tmp_path / "new", [RENAMED, *_edit(OLD[1:], "zinc-1949", value=7800), point("zinc-1950", 1, "1950")])
    out = run("diff", str(old), str(new), "-f", "table").stdout
    assert "+ added (1)" in out and "+ fact zinc-1950  Statement of zinc-1950." in out
    assert "~ fact zinc-1946 → zinc-output-1946" in out
    assert "~ fact zinc-1949\n      value: 7700 → 7800" in out
    assert out.rstrip().endswith("1 added, 1 renamed, 2 changed")


def test_no_difference_says_so(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = write(tmp_path / "old", OLD)
    assert run("diff", str(old), "-f", "table", base=old).stdout.splitlines()[-1] == "no differences"
    assert run("diff", str(old), "-f", "json", base=old).stdout == "[]\n"


def test_a_lone_facts_file_compares_without_sources(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base = write(tmp_path / "base", OLD)
    lone = tmp_path / "old-facts.json"
    lone.write_text(json.dumps(doc(OLD[1:])), encoding="utf-8")
    result = run("diff", str(lone), "-f", "jsonl", base=base)  # NEW defaults to the current base
    assert [_pick(r, "change", "id") for r in jsonl(result.stdout)] == [("added", "zinc-1946")]
    assert "sources not compared" in run("diff", str(lone), "-f", "table", base=base).stdout
    assert run("diff", str(base / "facts.json"), str(base), base=base).exit_code == 0


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false",
                    *args], check=True, capture_output=True)


@pytest.mark.parametrize("sub", ["", "data/base"])
def test_base_diff_against_git_revisions(run, tmp_path: Path, sub: str) -> None:  # type: ignore[no-untyped-def]
    repo = tmp_path / "repo"
    base = write(repo / sub if sub else repo, OLD)
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "one")
    write(base, _edit(OLD, "zinc-1949", value=7800))
    _git(repo, "commit", "-q", "-am", "two")
    write(base, [*_edit(OLD, "zinc-1949", value=7800), point("zinc-1950", 1, "1950")])  # not committed
    last = jsonl(run("diff", "HEAD", "-f", "jsonl", base=base).stdout)
    assert [_pick(r, "change", "id") for r in last] == [("added", "zinc-1950")]
    both = run("diff", "HEAD~1", "HEAD", "-f", "jsonl", base=base)
    changed = [_pick(r, "change", "id", "old", "new") for r in jsonl(both.stdout)]
    assert changed == [("changed", "zinc-1949", 7700, 7800)]
    assert both.exit_code == 1
    assert run("diff", "HEAD", "HEAD", base=base).exit_code == 0
    bad = run("diff", "HEAD~5", base=base)
    assert bad.exit_code == 2
    assert "'HEAD~5': no such folder, file or git revision" in bad.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "give FROM TO (two times), OLD [NEW]"),
        (("a", "b", "c"), "3 arguments"),
        (("--conflicts", "1946"), "--conflicts takes no"),
        (("1949",), "'1949': no such folder or file"),
        (("1949",), "to compare two times give both"),
        (("nowhere", "--topic", "zinc"), "filters apply to `diff FROM TO`"),
        (("HEAD",), "is not in a git repository"),
        (("1949", "1949-05"), "the two times overlap"),
    ],
)
def test_diff_usage_errors_exit_2_with_one_line(run, tmp_path: Path, args: tuple[str, ...], message: str) -> None:  # type: ignore[no-untyped-def]
    base = write(tmp_path / "b", OLD)
    result = run("diff", *args, base=base)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_unreadable_sides_exit_2_naming_the_file(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base = write(tmp_path / "b", OLD)
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    for arg, message in ((tmp_path / "notes.txt", "not a fact base"), (tmp_path / "broken.json", "not valid JSON"),
                         (tmp_path / "empty", "no facts.json in this folder")):
        result = run("diff", str(arg), base=base)
        assert result.exit_code == 2, arg
        assert str(arg) in result.stderr and message in result.stderr


def test_arguments_that_read_as_dates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert looks_like_dates(["1946", "Aug 1957"])
    assert not looks_like_dates(["HEAD~1", "HEAD"])
    assert not looks_like_dates(["1946"])
    (tmp_path / "1949").mkdir()
    assert not looks_like_dates(["1946", "1949"])  # an existing folder is a fact base, not a year


# --- 2. properties -------------------------------------------------------------------------------------

_fact_st = st.builds(
    lambda i, q, src, v, y, k, note: F(f"f{i}", v, str(y), quote=f"Quote {q}.", source=src, kind=k, note=note,
                                       speaker=None),
    st.integers(0, 6), st.integers(0, 3), st.sampled_from(["alpha-report-1957-08-07", GAMMA]),
    st.integers(0, 5000), st.integers(1945, 1950), st.sampled_from(["statistic", "target"]),
    st.sampled_from([None, "a note"]),
)
_topics_st = st.lists(st.sampled_from([("zinc", "Zinc"), ("zinc", "Zinc ore"), ("coal", "Coal")]), max_size=3)
_source = Source.model_validate({**SOURCES[0]})


def _snap(facts: list[Fact], topics: list[tuple[str, str]] = (), sources: bool = True) -> Snapshot:  # type: ignore[assignment]
    return Snapshot("s", {t: Topic(id=t, label=lbl) for t, lbl in topics}, {}, {f.id: f for f in facts},
                    {_source.id: _source} if sources else None)


def _key(c: Change) -> str:
    return json.dumps(_as_dict(c), sort_keys=True)


@settings(max_examples=60, deadline=None)
@given(st.lists(_fact_st, max_size=6), _topics_st)
def test_diff_of_a_base_with_itself_is_empty(facts: list[Fact], topics: list[tuple[str, str]]) -> None:
    assert diff_bases(_snap(facts, topics), _snap(facts, topics)).changes == []


@settings(max_examples=60, deadline=None)
@given(st.lists(_fact_st, max_size=6), _fact_st)
def test_a_fact_added_then_removed_cancels_out(facts: list[Fact], extra: Fact) -> None:
    a = _snap(facts)
    if extra.id in a.facts:
        return
    plus = _snap([*a.facts.values(), extra])
    assert [(c.change, c.id) for c in diff_bases(a, plus).changes] == [("added", extra.id)]
    assert [(c.change, c.id) for c in diff_bases(plus, a).changes] == [("removed", extra.id)]
    back = _snap([f for f in plus.facts.values() if f.id != extra.id])
    assert diff_bases(a, back).changes == []


@settings(max_examples=80, deadline=None)
@given(st.lists(_fact_st, max_size=6), st.lists(_fact_st, max_size=6), _topics_st, _topics_st)
def test_a_to_b_and_b_to_a_mirror_each_other(fa: list[Fact], fb: list[Fact], ta: Any, tb: Any) -> None:
    a, b = _snap(fa, ta), _snap(fb, tb)
    forward = sorted(_key(c.mirrored()) for c in diff_bases(a, b).changes)
    assert forward == sorted(_key(c) for c in diff_bases(b, a).changes)


@settings(max_examples=60, deadline=None)
@given(st.lists(_fact_st, max_size=8))
def test_over_time_mirrors_too(facts: list[Fact]) -> None:
    def idx(rows: list[Any]) -> dict[tuple[Any, ...], Any]:
        return {(c.measure, c.old.id if c.old else None, c.new.id if c.new else None): c for c in rows}

    fwd = idx(compare_times(facts, Y1946, Y1949))
    back = idx(compare_times(facts, Y1949, Y1946))
    assert {(m, n, o) for m, o, n in fwd} == set(back)
    flip = {"only-from": "only-to", "only-to": "only-from"}
    for (m, o, n), c in fwd.items():
        r = back[(m, n, o)]
        assert r.status == flip.get(c.status, c.status)
        if c.change:
            assert (r.change.lo, r.change.hi) == (-c.change.hi, -c.change.lo)


# --- over time: money of two eras, open ends -------------------------------------------------------


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


def test_diff_times_takes_an_open_end_at_its_closed_end(open_base: Path) -> None:
    base = factbase.load(open_base)
    facts = [f for f in base.facts if f.id in ("zinc-1949", "zinc-until-1960")]
    y1949, y1960 = when.bounds("1949"), when.bounds("1960")
    rows = compare_times(facts, y1949, y1960)
    assert [(r.status, r.old and r.old.id, r.new and r.new.id) for r in rows] == [
        ("compared", "zinc-1949", "zinc-until-1960")]
    # by plain overlap "until 1960" covers 1949 too, and a point at both times is left out
    rows = compare_times(facts, y1949, y1960, overlap=True)
    assert [(r.status, r.old and r.old.id) for r in rows] == [("only-from", "zinc-1949")]


def test_diff_times_overlap_option_through_cli(run, open_base: Path) -> None:  # type: ignore[no-untyped-def]
    attested = run("diff", "1949", "1960", "--kind", "statistic", "--format", "jsonl", base=open_base)
    overlap = run("diff", "1949", "1960", "--kind", "statistic", "--overlap", "--format", "jsonl", base=open_base)
    assert attested.exit_code == overlap.exit_code == 0
    assert [json.loads(line)["status"] for line in attested.stdout.splitlines()] == ["compared"]
    assert [json.loads(line)["status"] for line in overlap.stdout.splitlines()] == ["only-from"]


def _money(fid: str, unit: str, when: str, **kw: Any) -> Fact:
    return Fact.model_validate(point(fid, 100, when, unit=unit, measure="aid", **kw))


def test_diff_never_compares_money_of_two_eras() -> None:
    rows = compare_times([_money("a", "RUB-1947", "1957"), _money("b", "RUB-1961", "1964")],
                         (date(1957, 1, 1), date(1957, 12, 31)), (date(1964, 1, 1), date(1964, 12, 31)))
    assert [(r.status, r.unit) for r in rows] == [("unit-mismatch", "RUB-1947 vs RUB-1961")]
    assert rows[0].reason == ("different money: RUB-1947 (Soviet ruble of 1947, to 1960-12-31) and "
                              "RUB-1961 (Soviet ruble of 1961, 1961-01-01 to 1991-12-31)")
    assert summary_line(rows[0]).startswith("100 RUB-1947 → 100 RUB-1961, not comparable (RUB-1947 vs RUB-1961: "
                                            "different money")


def test_diff_of_units_that_are_not_money_gives_no_reason() -> None:
    rows = compare_times([_money("a", "t", "1957"), _money("b", "kW", "1964")],
                         (date(1957, 1, 1), date(1957, 12, 31)), (date(1964, 1, 1), date(1964, 12, 31)))
    assert [(r.status, r.reason) for r in rows] == [("unit-mismatch", None)]


@pytest.mark.parametrize("fmt", ["table", "jsonl"])
def test_diff_says_why_through_cli(run, tmp_path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    base = write(tmp_path / "b", [point("aid-1957", 100, "1957", unit="RUB-1947", measure="aid"),
                                  point("aid-1964", 100, "1964", unit="RUB-1961", measure="aid")])
    result = run("diff", "1957", "1964", "--format", fmt, base=base)
    assert result.exit_code == 0, result.stderr
    out = " ".join(result.stdout.split())
    assert "RUB-1947 vs RUB-1961" in out
    assert "different money" in out and "Soviet ruble of 1947" in out
    if fmt == "table":
        assert out.endswith("1 not comparable")


# --- through the index: the answers of the base loaded whole, reading only what may count ----------

FIGURES = [
    *ZINC,
    point("zinc-1949-gamma", 9000, "1949-06", source=GAMMA, stated="1960", speaker=None),  # a conflict
    point("zinc-1949-about", 7000, "1949", approx="about", stated="1958"),  # restated by the same speaker
    point("zinc-some-time", 5, "[1940..1950]"),  # "one of": at 1946 only with --overlap
    point("zinc-from-1946", 3000, "1946/.."),  # attested in 1946 only
    point("zinc-until-1949", 3100, "../1949"),
    point("zinc-both", 4000, "1946/1949"),  # covers both times: left out
    point("zinc-case", 10, "1949", measure="Zinc Output"),  # a measure that differs only in case
    point("zinc-no-value", None, "1949", unit=None),
    point("zinc-plan", 9999, "1949", kind="target"),
    point("power-1946", 50, "1946", measure="power", unit="kW", topics=["power"]),
    point("power-1949", 60, "1949", measure="power", unit="kVA", topics=["power"]),
    point("no-measure", None, "1949", measure=None, unit=None),
]


@pytest.mark.parametrize("args", [
    ("1946", "1949"), ("1946", "1949", "--overlap"), ("1946", "1949", "--topic", "power"),
    ("1946", "1949", "--from", "1940", "--to", "1949"), ("1946", "1949", "--text", "zinc-1949"),
    ("--conflicts",), ("--conflicts", "--from", "1949", "--to", "1949"),
    ("--conflicts", "--from", "1940", "--to", "1950"),
    ("--conflicts", "--overlap", "--from", "1946", "--to", "1946"), ("--conflicts", "--text", "words"),
    ("--conflicts", "--kind", "statistic"),
])
def test_diff_through_the_index_answers_as_the_whole_base(run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                                          args: tuple[str, ...]) -> None:
    base = write(tmp_path / "b", FIGURES)
    for fmt in ("table", "jsonl", "csv"):
        indexed = run("diff", *args, "-f", fmt, base=base)
        monkeypatch.setenv("NKECON_INDEX", "0")
        whole = run("diff", *args, "-f", fmt, base=base)
        monkeypatch.delenv("NKECON_INDEX")
        assert (indexed.stdout, indexed.stderr, indexed.exit_code) == (whole.stdout, whole.stderr, whole.exit_code)
    assert (base / ".nkecon" / "index.sqlite").is_file()


def test_the_index_reads_only_the_figures_diff_needs(tmp_path: Path) -> None:
    from nkecon_cli.diff.intervals import REPORTED_KINDS
    from nkecon_cli.factbase.index import IndexedBase, open_base
    from nkecon_cli.factbase.wanted import Wanted

    base = open_base(write(tmp_path / "b", FIGURES))
    assert isinstance(base, IndexedBase)
    at = {f.id for f in base.figures(Wanted(), [Y1946, Y1949])}
    assert "no-measure" not in at and "zinc-no-value" in at  # the value is tested by the caller
    assert {"zinc-1946", "zinc-1949", "zinc-some-time", "zinc-from-1946", "zinc-until-1949", "zinc-both"} <= at
    later = {f.id for f in base.figures(Wanted(), [_when.bounds("1970")])}
    assert later == {"zinc-from-1946"}  # only its open end (--overlap) reaches 1970
    paired = {f.id for f in base.figures(Wanted(), paired=REPORTED_KINDS)}
    assert {"zinc-1949", "zinc-1949-gamma", "zinc-1949-about"} <= paired
    assert not paired & {"zinc-plan", "zinc-case", "power-1946", "power-1949", "no-measure"}  # nothing meets them
    assert base.figure_count(Wanted()) == 12  # a measure and a value
    assert base.figure_count(Wanted(span=_when.bounds("1940/1950"))) == 12  # the "one of" span is inside
    assert base.figure_count(Wanted(span=_when.bounds("1945/1950"))) == 11  # not all of it is
    assert base.figure_count(Wanted(span=Y1949)) == 8  # not the "one of" span, nor "from 1946"
    texts = base.fact_texts()
    assert texts is not None and [t[0] for t in texts] == [f["id"] for f in FIGURES]


def _respaced(root: Path) -> None:
    """facts.json written again with other whitespace: every fact's text changes, no record does."""
    data = json.loads((root / "facts.json").read_text(encoding="utf-8"))
    (root / "facts.json").write_text(json.dumps(data, indent=4), encoding="utf-8")


NEWER = [*_edit(OLD, "zinc-1949", value=7800), RENAMED, {**OLD[2], "note": "twice"}, point("zinc-1950", 4800, "1950")]


def _same_as_whole(run, monkeypatch: pytest.MonkeyPatch, *args: str, base: Path) -> str:  # type: ignore[no-untyped-def]
    """The diff's output in every format, checked against the base loaded whole (no index)."""
    seen = ""
    for fmt in ("table", "jsonl", "plain", "json"):
        indexed = run("diff", *args, "-f", fmt, base=base)
        monkeypatch.setenv("NKECON_INDEX", "0")
        whole = run("diff", *args, "-f", fmt, base=base)
        monkeypatch.delenv("NKECON_INDEX")
        assert (indexed.stdout, indexed.stderr, indexed.exit_code) == (whole.stdout, whole.stderr, whole.exit_code)
        seen += indexed.stdout
    return seen


def test_a_base_folder_is_diffed_through_its_index(run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    old = write(tmp_path / "old", OLD)
    new = write(tmp_path / "new", NEWER)  # coal-1949 given twice: the last one counts, as before
    out = _same_as_whole(run, monkeypatch, str(old), base=new)
    assert not (old / ".nkecon").exists()  # streamed beside the current base's index: nothing written there
    assert "zinc-1950" in out and "twice" in out
    assert _same_as_whole(run, monkeypatch, str(old / "facts.json"), base=new).replace("/facts.json", "") == out
    _respaced(old)
    assert _same_as_whole(run, monkeypatch, str(old), base=new) == out
    run("facts", base=old)  # an index of its own: read from it
    assert (old / ".nkecon" / "index.sqlite").is_file()
    assert _same_as_whole(run, monkeypatch, str(old), base=new) == out
    from nkecon_cli.diff.bases import Facts
    from nkecon_cli.diff.sides import open_side
    from nkecon_cli.factbase.index import open_base

    side = open_side(str(old), new)
    assert isinstance(side.facts, Facts) and side.facts.texts is not None  # its own index
    same = run("diff", str(new), base=write(tmp_path / "copy", NEWER))
    assert same.exit_code == 0
    (old / "facts.json").write_text('{"topics": [], "entities": [], "facts": [{"id": "x"}]}', encoding="utf-8")
    broken = run("diff", str(old), base=new)
    assert broken.exit_code == 2 and "facts[0]" in broken.stderr
    monkeypatch.setenv("NKECON_INDEX", "0")
    assert run("diff", str(old), base=new).stderr == broken.stderr
    assert open_base  # imported for the side read above


def test_a_git_revision_is_streamed_beside_the_index(run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    base = write(tmp_path / "repo", OLD)
    _git(base, "init", "-q")
    _git(base, "add", ".")
    _git(base, "commit", "-q", "-m", "one")
    write(base, [point("first", 1, "1950"), *OLD[::-1]])  # moved and added: the stream finds its place again
    _git(base, "commit", "-q", "-am", "two")
    _respaced(base)
    _git(base, "commit", "-q", "-am", "three")
    write(base, NEWER)
    for rev in ("HEAD", "HEAD~1", "HEAD~2"):
        _same_as_whole(run, monkeypatch, rev, base=base)
    assert "zinc-1950" in _same_as_whole(run, monkeypatch, "HEAD~2", str(base), base=base)
    from nkecon_cli.diff.bases import Facts
    from nkecon_cli.diff.sides import open_side
    from nkecon_cli.factbase.index import open_base

    side = open_side("HEAD~1", base, lambda: Snapshot.of(open_base(base), "current"))
    assert isinstance(side.facts, Facts)  # streamed: only what is not the current base's text was validated
    assert set(side.facts.known) == {"first", "zinc-1949", "coal-1949"}
    for old, new in (("HEAD~2", "HEAD~1"), ("HEAD~1", "HEAD~2"), ("HEAD~1", "HEAD")):  # both named: each streamed
        _same_as_whole(run, monkeypatch, old, new, base=base)
    beside = open_side("HEAD~2", base, lambda: side)  # beside a side streamed itself: its records are used
    assert isinstance(beside.facts, Facts) and beside.facts.known["zinc-1949"] is side.facts.known["zinc-1949"]
    assert "zinc-1946" not in beside.facts.known  # the current base's text: read from its index if asked
    (base / "facts.json").write_text((base / "facts.json").read_text().replace('"value": 7800', '"value": "many"'))
    _git(base, "commit", "-q", "-am", "four: a broken record")
    write(base, NEWER)
    broken = run("diff", "HEAD", base=base)
    assert broken.exit_code == 2 and "HEAD:facts.json" in broken.stderr and "zinc-1949" in broken.stderr
    monkeypatch.setenv("NKECON_INDEX", "0")
    assert run("diff", "HEAD", base=base).stderr == broken.stderr  # named as when it was read whole


def test_jsonstream_reads_an_open_file_too(tmp_path: Path) -> None:
    import io

    from nkecon_cli.factbase import jsonstream

    path = write(tmp_path / "b", OLD) / "facts.json"
    with open(path, "rb") as fh:
        assert list(jsonstream.arrays(fh)) == list(jsonstream.arrays(path))
    assert [v for _k, _i, v, _t in jsonstream.arrays(io.BytesIO(b'{"a": [1, 2]}'))] == [1, 2, None]
