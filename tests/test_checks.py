"""Curation warnings of `nkecon verify` (curate/checks.py), on tiny bases."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from nkecon_cli import factbase
from nkecon_cli.curate import checks

from .test_diff import point, write

# --- verify warnings ------------------------------------------------------------------------


Expected = list[tuple[str, tuple[str, ...]]]


OLDER = ("near-duplicate", "two-values", "money-era")  # the checks of these tests; quoted.py's have their own


def _warnings(tmp_path: Path, facts: list[dict[str, Any]]) -> list[checks.Finding]:
    return [w for w in checks.run(factbase.load(write(tmp_path / "b", facts))) if w.check in OLDER]


SENTENCE = "The works made 300 of 500 kg of the steel, more than half."


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        pytest.param([point("a", 300, quote=SENTENCE), point("b", 300, quote="more than half", kind="estimate")],
                     [("near-duplicate", ("a", "b"))], id="overlapping-quotes-same-measure-and-time"),
        pytest.param([point("a", None, measure=None, unit=None, quote=SENTENCE, kind="event"),
                      point("b", None, measure=None, unit=None, quote="300 of 500 kg", kind="directive")],
                     [("near-duplicate", ("a", "b"))], id="no-measure-both"),
        pytest.param([point("a", 300, quote=SENTENCE), point("b", 300, quote="more than half", when="1950")],
                     [], id="different-time"),
        pytest.param([point("a", 300, quote=SENTENCE), point("b", 300, quote="more than half", measure="share")],
                     [], id="different-measure"),
        pytest.param([point("a", 300, quote=SENTENCE),
                      point("b", 300, quote="The words of b.", source="gamma-review-1960")],
                     [], id="different-source"),
        pytest.param([point("a", 300), point("b", 300)], [], id="quotes-apart"),
        pytest.param([point("a", 300, quote=SENTENCE),
                      point("b", 300, quote="more than half", note="Kept apart from a: the share.")],
                     [], id="acknowledged-in-a-note"),
    ],
)
def test_near_duplicates(tmp_path: Path, facts: list[dict[str, Any]], expected: Expected) -> None:
    found = [(w.check, w.facts) for w in _warnings(tmp_path, facts)]
    assert found == expected


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        pytest.param([point("a", 4), point("b", 2)], [("two-values", ("a", "b"))], id="two-values"),
        pytest.param([point("a", 4), point("b", 4, approx="about")], [], id="same-value"),
        pytest.param([point("a", 1.5, value_max=2), point("b", 2)], [("two-values", ("a", "b"))], id="range-vs-point"),
        pytest.param([point("a", 4), point("b", 2, kind="target")], [], id="target-and-outcome"),
        pytest.param([point("a", 4), point("b", 2, when="1950")], [], id="two-times"),
        pytest.param([point("a", 4), point("b", 2, source="gamma-review-1960")], [], id="two-sources"),
        pytest.param([point("a", 4), point("b", 2, measure="other")], [], id="two-measures"),
        pytest.param([point("a", 4), point("b", 2, note="Not a: another works.")], [], id="acknowledged"),
    ],
)
def test_two_values(tmp_path: Path, facts: list[dict[str, Any]], expected: Expected) -> None:
    found = [(w.check, w.facts) for w in _warnings(tmp_path, facts)]
    assert found == expected


@pytest.mark.parametrize(
    ("unit", "when", "quote", "fix"),
    [
        ("RUB", "1957", "The words of a.", "use RUB-1947"),
        ("RUB", "../1964-09-05", "The words of a.", "use RUB-1961"),
        ("RUB", "../1964-09-05", "aid worth one billion old rubles", "use RUB-1947"),
        ("KPW", "2002", "The words of a.", "use KPW-1959"),
        ("KPW", "1955/1965", "The words of a.", "use KPW-1947 or KPW-1959 (the time spans a reform)"),
        ("RUB", "1995", "The words of a.", "no era in the table covers it (RUB-1947, RUB-1961, RUB)"),
        ("KPW", "2024", "The words of a.", None),
        ("RUB-1947", "1957", "The words of a.", None),
        ("USD", "1957", "The words of a.", None),
    ],
)
def test_money_without_its_era(tmp_path: Path, unit: str, when: str, quote: str, fix: str | None) -> None:
    found = _warnings(tmp_path, [point("a", 100, when, unit=unit, measure="aid", quote=quote)])
    if fix is None:
        assert found == []
    else:
        (w,) = found
        assert (w.check, w.facts) == ("money-era", ("a",))
        assert w.message.endswith(fix)
        assert f"unit {unit} is the" in w.message


# --- verify through the CLI: warnings are their own outcome ------------------------------------

def honest(fid: str, value: float, when: str = "1949", **kw: Any) -> dict[str, Any]:
    """A fact whose quote writes its value and its year, as verify asks of every fact."""
    return point(fid, value, when, quote=f"The words of {fid}: {value:,g} ({when}).", **kw)


DOUBTFUL = [honest("a", 100, "1957", unit="RUB", measure="aid"), honest("b", 4), honest("c", 2)]


def test_verify_lists_warnings_and_exits_0(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("verify", base=write(tmp_path / "b", DOUBTFUL))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("warning: two-values: b, c: ")
    assert lines[1].startswith("warning: money-era: a: unit RUB is the Russian ruble of 1998")
    assert lines[1].endswith("use RUB-1947")
    assert lines[-1] == ("ok: 3 facts, 2 sources, every quote found in its source; "
                         "2 warnings to read again (--strict fails on them)")
    assert result.stderr == ""


def test_verify_strict_fails_on_warnings(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("verify", "--strict", base=write(tmp_path / "b", DOUBTFUL))
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 2
    assert result.stderr == "nkecon: 2 warnings (--strict fails on warnings)\n"


def test_verify_quiet_prints_nothing(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base = write(tmp_path / "b", DOUBTFUL)
    assert run("verify", "-q", base=base).output == ""
    strict = run("verify", "-q", "--strict", base=base)
    assert strict.exit_code == 1 and strict.stdout == ""


def test_verify_clean_base_has_no_warning_line(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("verify", "--strict", base=write(tmp_path / "b", [honest("b", 4)]))
    assert result.exit_code == 0
    assert result.stdout == "ok: 1 facts, 2 sources, every quote found in its source\n"


def test_verify_problems_and_warnings_together(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base = write(tmp_path / "b", DOUBTFUL)
    (base / "sources" / "alpha-report-1957-08-07.txt").write_text("nothing of b here (1949)", encoding="utf-8")
    result = run("verify", base=base)
    assert result.exit_code == 1
    assert "quote" in result.stdout and "warning: two-values" in result.stdout
    assert "problems found, and 2 warnings" in result.stderr
