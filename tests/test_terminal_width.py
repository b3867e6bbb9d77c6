"""Every terminal view at 40, 50, 60, 80 and 160 columns: nothing wider than the terminal but a
whole URL, no number or date split or cut, and an id whole on one line or, wider than the line,
broken only after its own hyphens."""

from __future__ import annotations

import re

import pytest

from nkecon_cli.factbase import when as _when
from nkecon_cli.factbase.loading import load
from nkecon_cli.render.text import quantity

WIDTHS = (40, 50, 60, 80, 160)

VIEWS = {
    "facts": ["facts", "--source", "puzanov"],
    "facts-values": ["facts", "--source", "kim-il-sung-chinese", "--text", "rubles"],
    "timeline": ["timeline", "--source", "puzanov"],
    "timeline-source": ["timeline", "--topic", "electricity", "--by", "source"],
    "show": ["show", "post-december-1956-plenum-reserves-campaign", "supung-dam-returned-stations-aid-value",
             "zinc-output-1949"],
    "chart": ["chart", "--measure", "zinc"],
    "chart-range": ["chart", "--measure", "Sup'ung"],
    "diff": ["diff", "1949", "1957"],
    "diff-range": ["diff", "1946", "1950"],
    "search": ["search", "zinc"],
    "topics": ["topics"],
    "entities": ["entities", "--type", "facility"],
    "sources": ["sources"],
    "measures": ["measures", "--topic", "zinc"],
    "extract": ["extract", "puzanov-journal-1957-08-07"],
}


@pytest.fixture(scope="module")
def shipped():  # type: ignore[no-untyped-def]
    return load(None)


def _render(runner, args: list[str], width: int) -> str:  # type: ignore[no-untyped-def]
    from nkecon_cli.cli.app import cli

    result = runner.invoke(cli, [*args, "--format", "table"], env={"COLUMNS": str(width), "NO_COLOR": "1"},
                           catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _ids_in(args: list[str], runner) -> list[str]:  # type: ignore[no-untyped-def]
    from nkecon_cli.cli.app import cli

    if args[0] == "show":
        return args[1:]
    if args[0] not in ("facts", "timeline"):
        return []
    out = runner.invoke(cli, [*args, "--format", "plain"]).stdout
    return [line.split("\t")[0] for line in out.splitlines()]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("view", list(VIEWS))
def test_view_is_whole_at_width(runner, shipped, view: str, width: int) -> None:  # type: ignore[no-untyped-def]
    args = VIEWS[view]
    out = _render(runner, args, width)
    lines = out.splitlines()
    assert lines, view
    for line in lines:  # only a single unbreakable token (a URL) may be wider: it is never cut
        if len(line) > width:
            assert len(line.split()) == 1 and "…" not in line, (view, width, line)
            assert not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)+", line.strip()), (view, width, line)  # ids break
    rejoined = "\n".join(lines)
    rejoined = re.sub(r"(?<=[a-z0-9]-)\n *", "", rejoined)  # an id broken after its own hyphen, made whole
    flat = " ".join(" ".join(line.split()) for line in lines)
    one = [" ".join(line.split()) for line in lines]  # each line, spaces normalised
    ids = _ids_in(args, runner)
    for fid in ids:  # every id shown whole, on one line or broken only after its own hyphens
        assert any(fid in line for line in lines) or fid in rejoined, (view, width, fid)
        f = shipped.fact(fid)
        for part in _when.label(f.when).split(" – "):  # dates wrap only between their parts
            assert any(part in line for line in one), (view, width, part)
        for number in re.findall(r"[\d,.]*\d", quantity(f)):
            pattern = rf"(?<![\d,]){re.escape(number)}(?![\d,])"
            assert any(re.search(pattern, line) for line in one), (view, width, number)
    assert "…" not in "".join(w for w in flat.split() if re.fullmatch(r"[\w,.:+−-]+…", w)), (view, width)


@pytest.mark.parametrize("width", WIDTHS)
def test_facts_table_keeps_ids_at_every_width(runner, width: int) -> None:  # type: ignore[no-untyped-def]
    out = _render(runner, ["facts", "--topic", "zinc"], width)
    for fid in ("zinc-output-1944", "nampo-electrolytic-zinc-capacity-1957"):
        assert fid in out


@pytest.mark.parametrize("width", WIDTHS)
def test_diff_never_splits_a_number(runner, width: int) -> None:  # type: ignore[no-untyped-def]
    out = _render(runner, ["diff", "1946", "1949"], width)
    assert "+6,500 t" in out and "1,200 t" in out and "7,700 t" in out


@pytest.mark.parametrize("width", WIDTHS)
def test_show_names_the_quotes_place_whole(runner, width: int) -> None:  # type: ignore[no-untyped-def]
    out = _render(runner, ["show", "zinc-output-1949"], width)
    assert "character 7111" in " ".join(out.split())


@pytest.mark.parametrize("width", WIDTHS)
def test_chart_legend_breaks_between_items(runner, width: int) -> None:  # type: ignore[no-untyped-def]
    out = _render(runner, ["chart", "--measure", "zinc"], width)
    assert "▸ more than" in out and "more\nthan" not in out


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


def test_the_timeline_legend_is_one_line_at_80_columns(runner) -> None:  # type: ignore[no-untyped-def]
    # tried as a new user: at 80 columns the bar legend's last word wrapped onto a line of its own
    lines = _render(runner, ["timeline", "--topic", "zinc"], 80).splitlines()
    at = next(i for i, line in enumerate(lines) if "(bar:" in line)
    assert lines[at].rstrip().endswith(")"), lines[at:at + 2]
