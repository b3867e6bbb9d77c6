"""`nkecon show`: one fact with its fields, the passage of its source it quotes, and its citation."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import TINY_TEXT, tiny_doc, tiny_facts, write_base
from .test_export import _no_sentinels


def test_show_of_a_text_without_blank_lines_shows_the_line(tmp_path: Path, run,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    lines = [f"Line {i} says nothing in particular about anything at all." for i in range(30)]
    lines[12] = "In 1949 the works produced 7,700 tons of zinc."
    monkeypatch.setitem(TINY_TEXT, "alpha-report-1957-08-07", "\n".join(lines) + "\n")
    root = write_base(tmp_path / "b", tiny_doc([tiny_facts()[0]]))
    out = run("show", "zinc-1949", "-f", "table", base=root).stdout
    assert "7,700 tons of zinc" in out
    assert "Line 11" not in out and "Line 13" not in out and "Line 0 " not in out


def test_show_gives_open_ends_as_dots(run, open_base: Path) -> None:  # type: ignore[no-untyped-def]
    out = run("show", "zinc-until-1960", "--format", "plain", base=open_base).stdout
    assert "when_start\t\n" in out and "when_end\t1960-12-31\n" in out
    _no_sentinels(out)


def test_show_has_fields_context_citation_and_series(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    out = run("show", "zinc-1949", base=tiny).stdout
    assert "kind\tstatistic" in out
    assert "context\tReport of 7 August 1957" not in out  # only the paragraph holding the quote
    assert "«In 1949 the works produced 7,700 tons of zinc.»" in out
    assert "citation\tAlpha report, 1957." in out
    assert "series\tzinc-1950\t1950\t4,800 t" in out
    rich_out = run("show", "zinc-1949", "-f", "table", base=tiny).stdout
    assert "alpha-report-1957-08-07.txt, paragraph 2, character" in " ".join(rich_out.split())
    assert "other points" in rich_out


def test_show_unknown_id_suggests(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("show", "zinc-1948", base=tiny)
    assert result.exit_code == 2
    assert "did you mean zinc-1949" in result.stderr
