"""`nkecon facts`: filters, grouping (`--by`) and what repeated filters mean."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nkecon_cli import factbase
from nkecon_cli.factbase import when
from nkecon_cli.query.select import Filters, select

from .conftest import fact, tiny_doc, tiny_facts, write_base


def _rows(out: str) -> list[list[str]]:
    return [line.split("\t") for line in out.splitlines() if line]


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


def test_a_span_typed_with_a_dash_points_to_the_slash(run) -> None:  # type: ignore[no-untyped-def]
    res = run("facts", "--to", "2023-2024")
    assert res.exit_code == 2 and res.stderr.count("\n") == 1
    assert "2023/2024" in res.stderr and "--from 2023 --to 2024" in res.stderr
    assert run("facts", "--to", "2023/2024").exit_code == 0


@pytest.mark.parametrize(
    ("args", "ids"),
    [
        (["--from", "1957", "--to", "1957"], ["anju-investment"]),
        (["--from", "1957", "--to", "1957", "--overlap"], ["zinc-since-1949", "anju-investment", "zinc-until-1960"]),
        (["--from", "2000"], ["kangwon-plan-sent", "kangwon-plan-ratified"]),
        (["--from", "2000", "--overlap"], ["zinc-since-1949", "kangwon-plan-sent", "kangwon-plan-ratified"]),
        (["--to", "1955"], ["zinc-1949", "zinc-since-1949", "zinc-1950"]),
        (["--to", "1955", "--overlap"], ["zinc-1949", "zinc-since-1949", "zinc-1950", "zinc-until-1960"]),
        (["--from", "1960", "--to", "1960"], ["zinc-until-1960"]),
        (["--from", "1949", "--to", "1949"], ["zinc-1949", "zinc-since-1949"]),
        (["--overlap"], ["zinc-1949", "zinc-since-1949", "zinc-1950", "anju-investment", "zinc-until-1960",
                         "kangwon-plan-sent", "kangwon-plan-ratified"]),  # no dates: --overlap changes nothing
    ],
)
def test_from_to_match_attested_time(run, open_base: Path, args: list[str], ids: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = run("facts", "--format", "jsonl", *args, base=open_base)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ids


def test_a_time_somewhere_in_a_span_is_no_fact_about_one_year_in_it(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    decades = fact(id="bureau-founded", statement="Decades ago the bureau was founded.", value=None, unit=None,
                   measure=None, kind="event", when="[1948..1982]", quote="In 1949 the works produced")
    base = write_base(tmp_path / "b", tiny_doc([*tiny_facts(), decades]))
    ids = lambda *a: [json.loads(x)["id"] for x in run("facts", "-f", "jsonl", *a, base=base).stdout.splitlines()]  # noqa: E731
    assert "bureau-founded" not in ids("--from", "1957", "--to", "1957")
    assert "bureau-founded" in ids("--from", "1957", "--to", "1957", "--overlap")
    assert "bureau-founded" in ids("--from", "1940", "--to", "1990")
    shown = run("show", "bureau-founded", "-f", "plain", base=base).stdout
    assert "[1948..1982]" in shown or "sometime 1948–1982" in shown


def test_a_filter_bound_that_is_one_time_in_a_span_is_refused(run, open_base: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("facts", "--from", "[1948..1982]", base=open_base)
    assert result.exit_code == 2
    assert "one time somewhere in a span" in result.stderr and "1948/1982" in result.stderr
    assert when.user_edtf("[1948..1982]") == "[1948..1982]"  # still a document date (ingest --date)


def test_core_select_takes_overlap(open_base: Path) -> None:
    base = factbase.load(open_base)
    attested = {f.id for f in select(base, Filters(date_from="1957", date_to="1957"))}
    overlap = {f.id for f in select(base, Filters(date_from="1957", date_to="1957", overlap=True))}
    assert attested == {"anju-investment"}
    assert overlap == {"anju-investment", "zinc-until-1960", "zinc-since-1949"}


def test_open_ends_sort_around_their_closed_end(run, open_base: Path) -> None:  # type: ignore[no-untyped-def]
    extra = [fact(id="zinc-until-1949", when="../1949"), fact(id="zinc-from-1949", when="1949/..")]
    doc = tiny_doc([*tiny_facts(), *extra])
    base = write_base(open_base.parent / "sorted", doc)
    lines = run("facts", "--kind", "statistic", "--format", "plain", base=base).stdout.splitlines()
    assert [line.split("\t")[1] for line in lines] == ["../1949", "1949", "1949/..", "1950"]
    timeline = run("timeline", "--kind", "statistic", "--format", "plain", base=base).stdout
    assert timeline.index("zinc-until-1949") < timeline.index("zinc-from-1949") < timeline.index("zinc-1950")
    table = run("timeline", "--kind", "statistic", "--format", "table", base=base).stdout
    assert table.index("until 1949") < table.index("from 1949") < table.index("1950")


@pytest.mark.parametrize("command", ["facts", "timeline", "chart", "export", "diff"])
def test_help_states_the_date_semantics(run, command: str) -> None:  # type: ignore[no-untyped-def]
    out = " ".join(run(command, "--help").stdout.split())
    assert "attests" in out and "closed end" in out
    assert "--overlap" in out and "plain interval overlap" in out


@pytest.mark.parametrize(
    ("args", "ids"),
    [
        ([], ["zinc-1949", "zinc-1950", "anju-investment", "kangwon-plan-sent", "kangwon-plan-ratified"]),
        (["--topic", "mining"], ["zinc-1949", "zinc-1950"]),  # descendants included
        (["--topic", "Non-ferrous metals"], ["zinc-1949", "zinc-1950"]),  # by label
        (["--place", "Anju"], ["anju-investment"]),  # Anju Coal Mine lies in Anju
        (["--place", "namp'o"], ["zinc-1949", "zinc-1950"]),
        (["--place", "NAMPO"], ["zinc-1949", "zinc-1950"]),
        (["--place", "남포"], ["zinc-1949", "zinc-1950"]),
        (["--entity", "Gangwon"], ["kangwon-plan-sent", "kangwon-plan-ratified"]),
        (["--kind", "directive"], ["anju-investment"]),
        (["--source", "beta-news-2024-02-06"], ["kangwon-plan-sent", "kangwon-plan-ratified"]),
        (["--source", "beta"], ["kangwon-plan-sent", "kangwon-plan-ratified"]),
        (["--speaker", "minister", "--kind", "statistic"], ["zinc-1949", "zinc-1950"]),
        (["--perspective", "exile-media"], ["kangwon-plan-sent", "kangwon-plan-ratified"]),
        (["--measure", "zinc output"], ["zinc-1949", "zinc-1950"]),
        (["--from", "1950"], ["zinc-1950", "anju-investment", "kangwon-plan-sent", "kangwon-plan-ratified"]),
        (["--to", "1949"], ["zinc-1949"]),
        (["--from", "Aug 1957", "--to", "7 August 1957"], ["anju-investment"]),
        (["--from", "2024-01-25", "--to", "2024-01-26"], ["kangwon-plan-ratified"]),  # interval overlap
        (["--text", "ratified LATE"], ["kangwon-plan-ratified"]),
        (["--sort", "value", "--kind", "statistic"], ["zinc-1950", "zinc-1949"]),
        (["--sort", "id", "--limit", "2"], ["anju-investment", "kangwon-plan-ratified"]),
    ],
)
def test_facts_filters(run, tiny: Path, args: list[str], ids: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = run("facts", "--format", "jsonl", *args, base=tiny)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ids


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--topic", "zink"], "unknown topic 'zink'; did you mean 'zinc'?"),
        (["--place", "Anjuu"], "unknown entity 'Anjuu'; did you mean 'Anju'"),
        (["--source", "gamma"], "unknown source 'gamma'"),
        (["--perspective", "martian"], "unknown perspective 'martian'"),
        (["--measure", "tea"], "unknown measure 'tea'"),
        (["--from", "someday"], "--from 'someday': cannot read"),
        (["--from", "1960", "--to", "1950"], "is after --to"),
    ],
)
def test_bad_filters_exit_2_with_one_line(run, tiny: Path, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    result = run("facts", *args, base=tiny)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_unknown_kind_is_a_usage_error(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("facts", "--kind", "rumour", base=tiny)
    assert result.exit_code == 2
    assert "rumour" in result.stderr
