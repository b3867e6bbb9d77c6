"""The output formats every listing shares (render/records.py): plain, table, json, jsonl, csv, tsv and
markdown, each parseable by its own reader."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.mark.parametrize("command", [["facts"], ["timeline"], ["chart", "--measure", "zinc"], ["measures"],
                                     ["topics"], ["entities"], ["sources"], ["search", "zinc"],
                                     ["diff", "1949", "1950"]])
def test_every_tsv_has_a_header(run, tiny: Path, command: list[str]) -> None:  # type: ignore[no-untyped-def]
    out = run(*command, "-f", "tsv", base=tiny).stdout.splitlines()
    assert len(out) >= 2 and out[0].split("\t")[0] in ("id", "measure", "source")
    assert not any(cell[:1].isdigit() for cell in out[0].split("\t"))  # names, not data
