"""Hostile text in a fact base reaches no terminal as a control code, markup or bidi override."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nkecon_cli.factbase.inert import inert, json_text

from .conftest import tiny_doc, tiny_sources, write_base

RAW = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
EVIL = "\x1b[2J\x1b]0;owned\x07\u202eexe.txt\x9b31m\x7f[bold red]loud[/]"


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    doc = tiny_doc()
    f = doc["facts"][0]
    f["statement"] = f"Zinc {EVIL}"
    f["measure"] = f"zinc output {EVIL}"
    f["unit"] = f"t{EVIL}"
    f["note"] = EVIL
    doc["facts"][1]["measure"] = f["measure"]
    doc["facts"][1]["unit"] = f["unit"]
    doc["topics"][2]["label"] = f"Zinc {EVIL}"
    doc["entities"][0]["aliases"].append(EVIL)
    src = tiny_sources()
    src["sources"][0]["short"] = f"Alpha {EVIL}"
    src["sources"][0]["title"] = f"Alpha {EVIL}"
    src["sources"][0]["citation"] = f"Alpha {EVIL}"
    return write_base(tmp_path / "base", doc, src)


VIEWS = [
    ["facts"], ["timeline"], ["timeline", "--by", "source"], ["timeline", "--by", "decade"],
    ["show", "zinc-1949"], ["chart", "--topic", "zinc"], ["topics"], ["entities"], ["sources"],
    ["search", "zinc"], ["diff", "1949", "1950"], ["diff", "--conflicts"],
]


@pytest.mark.parametrize("fmt", ["table", "plain"])
@pytest.mark.parametrize("view", VIEWS, ids=[" ".join(v) for v in VIEWS])
def test_no_control_code_reaches_the_terminal(run: Any, hostile: Path, view: list[str], fmt: str) -> None:
    r = run(*view, "--format", fmt, base=hostile)
    assert r.exit_code in (0, 1), r.stderr
    assert not RAW.search(r.stdout + r.stderr), repr(r.stdout + r.stderr)


def test_markup_and_codes_are_shown_not_obeyed(run: Any, hostile: Path) -> None:
    out = run("timeline", "--by", "source", "--format", "table", base=hostile).stdout
    assert "Alpha ␛[2J" in out and "[bold red]loud[/]" in out  # the group name, as data
    out = run("show", "zinc-1949", "--format", "table", base=hostile).stdout
    assert "[bold red]loud[/]" in out and "␡" in out and "\ufffd" in out


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_escapes_control_codes(run: Any, hostile: Path, fmt: str) -> None:
    out = run("facts", "--format", fmt, base=hostile).stdout
    assert not RAW.search(out)
    assert "\\u001b" in out and "\\u202e" in out and "\\u009b" in out and "\\u007f" in out
    first = json.loads(out) if fmt == "json" else [json.loads(line) for line in out.splitlines()]
    assert any(EVIL in r["statement"] for r in first)  # escaped, not lost


def test_csv_keeps_line_breaks_and_guards_formulas(run: Any, tiny: Path) -> None:
    doc = json.loads((tiny / "facts.json").read_text(encoding="utf-8"))
    doc["facts"][0]["note"] = " =HYPERLINK(\"http://x\")"
    doc["facts"][1]["note"] = "\n+1+cmd"
    doc["facts"][2]["note"] = "line one\r\nline two"
    doc["facts"][3]["note"] = "@SUM(A1)"
    (tiny / "facts.json").write_text(json.dumps(doc), encoding="utf-8")
    raw = run("facts", "--format", "csv", "--sort", "id", base=tiny).stdout_bytes.decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    notes = {r["id"]: r["note"] for r in rows}
    assert notes["zinc-1949"] == "' =HYPERLINK(\"http://x\")"
    assert notes["zinc-1950"] == "'\n+1+cmd"
    assert notes["anju-investment"] == "line one\r\nline two"
    tsv = run("facts", "--format", "tsv", base=tiny).stdout
    assert "\t'@SUM(A1)\t" in tsv and "\t'+1+cmd\t" in tsv and "\t-" not in tsv.replace("\t-\t", "")


def test_show_prints_every_character_of_a_long_note(run: Any, tiny: Path) -> None:
    doc = json.loads((tiny / "facts.json").read_text(encoding="utf-8"))
    doc["facts"][0]["note"] = " ".join(f"w{i}" for i in range(20_000)) + " 남포" * 3000
    (tiny / "facts.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    out = run("show", "zinc-1949", "--format", "table", base=tiny).stdout
    assert "characters, below" in out
    words = out.split()
    assert all(f"w{i}" in words for i in (0, 1, 9_999, 19_999))
    assert out.count("남포") == 3000
    assert max(len(line) for line in out.splitlines()) <= 100
    listing = run("facts", "--format", "table", base=tiny).stdout
    assert "w19999" not in listing  # a listing cuts it, and says so


_TERMINAL_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


_JSON_RAW_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


@given(st.text())
def test_inert_text_carries_no_control_code(text: str) -> None:
    shown = inert(text)
    assert not _TERMINAL_UNSAFE.search(shown)
    assert len(shown) == len(text)  # one visible symbol per code: offsets and widths stay meaningful


finite_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@given(finite_json_values)
def test_json_output_escapes_control_codes_and_round_trips(value: Any) -> None:
    text = json_text(value)
    assert not _JSON_RAW_UNSAFE.search(text)
    assert json.loads(text) == value
    with pytest.raises(ValueError):
        json_text([value, float("nan")])  # NaN is not JSON: refused, never written


def test_markup_and_control_codes_in_data_are_shown_not_obeyed(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    doc = tiny_doc()
    doc["facts"][0]["statement"] = "[bold red]zinc[/] \x1b[31mred\x1b[0m"
    root = write_base(tmp_path, doc)
    for fmt in ("table", "plain", "csv", "markdown"):
        out = run("facts", "-f", fmt, base=root).stdout
        assert "\x1b" not in out
    assert "[bold red]zinc[/]" in run("facts", "-f", "table", base=root).stdout


_CELL_CHARS = "aZ09 _-+=@\t\r\n\x0b\x0c\x1b\x1c\x7f\x85\x9b\u00a0\u2028\u202e\u2066\u200e,\";é한"
_CELL_VALUES = st.one_of(
    st.none(), st.text(alphabet=_CELL_CHARS, max_size=8), st.integers(-10**20, 10**20),
    st.floats(allow_nan=False, allow_infinity=False), st.lists(st.text(alphabet=_CELL_CHARS, max_size=4), max_size=3))


@settings(max_examples=400, deadline=None)
@given(st.lists(_CELL_VALUES, max_size=6))
def test_csv_and_tsv_cells_take_the_short_way_only_where_it_gives_the_same(values: list[Any]) -> None:
    """``csv_cells`` skips showing and guarding a record that needs neither; each cell is still what
    the rule for one cell makes of it (control codes shown, line breaks kept or flattened, formulas guarded)."""
    from nkecon_cli.render.records import _csv_cell, csv_cells, guard_formula
    from nkecon_cli.render.text import one_line, plain

    assert csv_cells(values) == [guard_formula(_csv_cell(plain(v, ";"))) for v in values]
    assert csv_cells(values, tsv=True) == [guard_formula(one_line(plain(v, ";"))) for v in values]


def test_json_text_skips_its_escaping_only_for_text_that_has_nothing_to_escape() -> None:
    """``json_text`` returns printable text as it is: every character it escapes is one no printable
    text holds (a control, format or separator code), whatever the Unicode tables of this Python."""
    from nkecon_cli.factbase import inert

    escaped = [chr(c) for c in range(0x110000) if inert._JSON_UNSAFE.match(chr(c))]
    assert len(escaped) == 44 and not [c for c in escaped if c.isprintable()]
    for c in escaped:
        assert inert.json_text(f"a{c}b") == f'"a\\u{ord(c):04x}b"' == inert.json_text([f"a{c}b"])[1:-1]
