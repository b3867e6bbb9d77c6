"""`nkecon chart`: a series drawn as bars, estimates and converted money marked, every series a part of
the measure names."""

from __future__ import annotations

from pathlib import Path

from .conftest import tiny_doc, write_base


def test_estimates_are_not_drawn_as_planned(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    doc = tiny_doc()
    doc["facts"][1]["kind"] = "estimate"
    root = write_base(tmp_path / "b", doc)
    for command in ("timeline", "chart"):
        out = run(command, "--measure", "zinc output", "-f", "table", base=root).stdout
        assert "▓" in out and "▓ estimated" in out, command
        bars = [line for line in out.splitlines() if "4,800" in line]
        assert bars and "░" not in bars[0] and "▓" in bars[0], command
