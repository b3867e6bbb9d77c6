"""The bad-input matrix: broken bases, bad options, bad writes and hostile text.

Each case breaks one thing and runs one command. Every case asserts the exit code, a message on
one line that names the file (or option), the place and the fix, no traceback, no raw control
code on the terminal, and — when the input was refused — a fact base byte-identical afterwards.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from .conftest import TINY_TEXT, fact, tiny_doc

RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _facts(root: Path, mutate: Callable[[dict[str, Any]], None]) -> None:
    doc = json.loads((root / "facts.json").read_text(encoding="utf-8"))
    mutate(doc)
    (root / "facts.json").write_text(json.dumps(doc, allow_nan=True), encoding="utf-8")


def _raw_facts(text: str | bytes) -> Callable[[Path], None]:
    def setup(root: Path) -> None:
        data = text.encode("utf-8") if isinstance(text, str) else text
        (root / "facts.json").write_bytes(data)

    return setup


def _value(raw: str) -> Callable[[Path], None]:
    """facts.json with the first fact's value written as raw JSON text (NaN, 1e400, "7700")."""

    def setup(root: Path) -> None:
        text = (root / "facts.json").read_text(encoding="utf-8")
        (root / "facts.json").write_text(text.replace('"value": 7700', f'"value": {raw}', 1), encoding="utf-8")

    return setup


def _input(*lines: str) -> Callable[[Path], None]:
    def setup(root: Path) -> None:
        (root.parent / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    return setup


def _new(**kw: Any) -> str:
    return json.dumps(fact(**{"id": "zinc-new", "value": 1, "measure": "new count", **kw}), allow_nan=True)


@dataclass
class Case:
    name: str
    args: list[str]
    code: int
    says: list[str]  # the message names the file or option, the place and the fix
    setup: Callable[[Path], None] = lambda root: None
    stdin: str | None = None
    refused_write: bool = field(default=False)


IN = "{in}"  # replaced by the input file's path

CASES = [
    # broken bases
    Case("facts.json not JSON", ["facts"], 2, ["facts.json", "not valid JSON", "fix the syntax"], _raw_facts("{")),
    Case("facts.json is a list", ["facts"], 2, ["facts.json", "holds a list", "one JSON object", "topics"],
         _raw_facts("[]")),
    Case("facts.json is null", ["facts"], 2, ["facts.json", "holds null", "one JSON object"], _raw_facts("null")),
    Case("value NaN", ["facts"], 2, ["facts.json", "'zinc-1949'", "value", "finite number"], _value("NaN")),
    Case("value 1e400", ["facts"], 2, ["facts.json", "'zinc-1949'", "value", "finite number"], _value("1e400")),
    Case("value a string", ["facts"], 2, ["facts.json", "'zinc-1949'", "value", "without quotes"],
         _value('"7700"')),
    Case("value true", ["facts"], 2, ["facts.json", "'zinc-1949'", "value", "a number such as"], _value("true")),
    Case("escape code as a field name", ["facts"], 2, ["facts.json", "'zinc-1949'", "␛[2J", "unknown field"],
         lambda root: _facts(root, lambda d: d["facts"][0].update({"\x1b[2J": 1}))),
    Case("bidi override in a field name", ["facts"], 2, ["facts.json", "unknown field"],
         lambda root: _facts(root, lambda d: d["facts"][0].update({"a\u202eb": 1}))),
    Case("missing when", ["facts"], 2, ["facts.json", "'zinc-1949'", "when", "required field missing"],
         lambda root: _facts(root, lambda d: d["facts"][0].pop("when"))),
    Case("month 13 in facts.json", ["facts"], 2, ["facts.json", "'zinc-1949'", "when", "month must be in 1..12"],
         lambda root: _facts(root, lambda d: d["facts"][0].update({"when": "1949-13"}))),
    Case("verify: unparseable facts.json", ["verify"], 1, ["facts.json", "not valid JSON", "fix the syntax"],
         _raw_facts("{")),
    Case("verify: a text that is not UTF-8", ["verify"], 1,
         ["alpha-report-1957-08-07.txt", "byte", "re-save the file as UTF-8"],
         lambda root: (root / "sources" / "alpha-report-1957-08-07.txt").write_bytes(b"In 1949 \xff\xfe")),
    Case("duplicate id, listed with a warning", ["facts"], 0, ["facts.json", "'zinc-1949'", "id used more than once",
                                                              "nkecon verify"],
         lambda root: _facts(root, lambda d: d["facts"].append(d["facts"][0]))),
    Case("dangling reference, listed with a warning", ["facts"], 0, ["facts.json", "unknown topic 'nowhere'"],
         lambda root: _facts(root, lambda d: d["facts"][0].update({"topics": ["nowhere"]}))),
    # bad dates
    Case("--from month 13", ["facts", "--from", "2024-13-01"], 2, ["--from '2024-13-01'", "no month 13",
                                                                  "give a date such as"]),
    Case("--from 1957-13", ["facts", "--from", "1957-13"], 2, ["--from '1957-13'", "no month 13"]),
    Case("--from 12", ["facts", "--from", "12"], 2, ["--from '12'", "not four digits", "1957"]),
    Case("--from 57", ["facts", "--from", "57"], 2, ["--from '57'", "not four digits"]),
    Case("--to Aug 57", ["facts", "--to", "Aug 57"], 2, ["--to 'Aug 57'", "not four digits"]),
    Case("--from empty", ["facts", "--from", ""], 2, ["--from ''", "empty date", "give a date such as"]),
    Case("--from 31 Feb", ["facts", "--from", "31 Feb 1957"], 2, ["--from '31 Feb 1957'", "has no day 31"]),
    Case("--from day/month", ["facts", "--from", "07/08/1957"], 2, ["--from '07/08/1957'", "ambiguous",
                                                                   "give a date such as"]),
    Case("--from day/month neither", ["facts", "--from", "31/31/2019"], 2,
         ["--from '31/31/2019'", "'31/31' is no day and month in either order", "give a date such as"]),
    Case("--from a word", ["timeline", "--from", "someday"], 2, ["--from 'someday'", "cannot read",
                                                                "give a date such as"]),
    Case("ingest --date month 13", ["ingest", "-", "--title", "T", "--date", "2024-13-01"], 2,
         ["--date '2024-13-01'", "no month 13", "give a date such as"], stdin="Some text.", refused_write=True),
    Case("ingest --date 57", ["ingest", "-", "--title", "T", "--date", "Aug 57"], 2,
         ["--date 'Aug 57'", "not four digits"], stdin="Some text.", refused_write=True),
    Case("extract --date month 13", ["extract", "-", "--date", "1957-13"], 2, ["--date '1957-13'", "no month 13"],
         stdin="In 1949 the works produced 7,700 tons."),
    Case("diff with an empty argument", ["diff", ""], 2, ["empty argument", "FROM TO"]),
    # bad writes
    Case("add NaN", ["add", IN], 2, ["in.jsonl:1", "value", "finite number", "nothing written"],
         _input(_new(value=float("nan"))), refused_write=True),
    Case("add 1e400", ["add", IN], 2, ["in.jsonl:1", "value", "finite number"],
         _input(_new().replace('"value": 1', '"value": 1e400')), refused_write=True),
    Case("add a string value", ["add", IN], 2, ["in.jsonl:1", "value", "without quotes"], _input(_new(value="7700")),
         refused_write=True),
    Case("add a boolean value", ["add", IN], 2, ["in.jsonl:1", "value", "a number such as"], _input(_new(value=True)),
         refused_write=True),
    Case("add one id twice", ["add", IN], 2, ["in.jsonl:2", "'zinc-new'", "given twice in this input", "in.jsonl:1"],
         _input(_new(), _new(value=2)), refused_write=True),
    Case("add a used id", ["add", IN], 2, ["in.jsonl:1", "'zinc-1949'", "already used in the base"],
         _input(_new(id="zinc-1949")), refused_write=True),
    Case("add a line that is not JSON", ["add", IN], 2, ["in.jsonl:1", "not valid JSON", "one object a line"],
         _input("{oops"), refused_write=True),
    Case("add an escape code as a field", ["add", IN], 2, ["in.jsonl:1", "unknown field", "␛"],
         _input(json.dumps({**fact(id="x-1"), "\x1b]0;owned\x07": 1})), refused_write=True),
    Case("add a quote with a bidi override", ["add", IN], 2, ["in.jsonl:1", "quote", "not found", "copy the words"],
         _input(_new(quote="In 1949 \u202ethe works")), refused_write=True),
    Case("export over facts.json", ["export", "--format", "csv", "-o", "{root}/facts.json"], 2,
         ["facts.json", "part of the fact base", "export elsewhere"], refused_write=True),
    Case("export into sources/", ["export", "--format", "json", "-o", "{root}/sources/x.json"], 2,
         ["sources", "part of the fact base"], refused_write=True),
    Case("export to a device", ["export", "--format", "csv", "-o", "/dev/null"], 2,
         ["/dev/null", "device", "give a file path"], refused_write=True),
    Case("export sqlite without -o", ["export", "--format", "sqlite"], 2, ["--format sqlite", "-o FILE.db"],
         refused_write=True),
    # issue 20: the edges
    Case("verify: a source text missing", ["verify"], 1, ["sources.json", "alpha-report-1957-08-07",
                                                          "is missing", "problem"],
         lambda root: (root / "sources" / "alpha-report-1957-08-07.txt").unlink()),
    Case("verify: a source text in UTF-16", ["verify"], 1, ["alpha-report-1957-08-07.txt", "UTF-16",
                                                            "re-save it as UTF-8"],
         lambda root: (root / "sources" / "alpha-report-1957-08-07.txt").write_bytes(
             TINY_TEXT["alpha-report-1957-08-07"].encode("utf-16"))),
    Case("facts.json in UTF-16", ["facts"], 2, ["facts.json", "UTF-16", "re-save it as UTF-8"],
         _raw_facts(json.dumps(tiny_doc()).encode("utf-16"))),
    Case("verify: facts.json in UTF-16", ["verify"], 1, ["facts.json", "UTF-16"],
         _raw_facts(json.dumps(tiny_doc()).encode("utf-16"))),
    Case("facts.json nested 1,500 deep", ["facts"], 2, ["facts.json", "not valid JSON", "fix the syntax"],
         _value("[" * 1500 + "]" * 1500)),
    Case("verify: facts.json nested 1,500 deep", ["verify"], 1, ["facts.json", "not valid JSON"],
         _value("[" * 1500 + "]" * 1500)),
    Case("diff with a file nested 1,500 deep", ["diff", "{root}/facts.json"], 2, ["facts.json", "not valid JSON"],
         _value("[" * 1500 + "]" * 1500)),
    Case("add a line nested 1,500 deep", ["add", IN], 2, ["in.jsonl:1", "nested too deeply"],
         _input('{"note": ' + "[" * 1500 + "]" * 1500 + "}"), refused_write=True),
    Case("show a bad byte", ["show", "\udcff"], 2, ["no fact"]),
    Case("--base empty", ["--base", "", "facts"], 2, ["--base ''", "empty", "facts.json"]),
    Case("--from 31/12/2024", ["facts", "--from", "31/12/2024"], 2, ["--from '31/12/2024'", "write 2024-12-31"]),
    Case("add an id of 250 characters", ["add", IN], 2, ["in.jsonl:1", "id", "at most 120", "shorten"],
         _input(_new(id="z" * 250)), refused_write=True),
    Case("ingest an id of 250 characters", ["ingest", "-", "--title", "T", "--date", "2020", "--id", "z" * 250], 2,
         ["--id", "at most 120"], stdin="Some text.", refused_write=True),
    Case("ingest a javascript: url", ["ingest", "-", "--title", "T", "--date", "2020", "--url", "javascript:alert(1)"],
         2, ["--url 'javascript:alert(1)'", "https://"], stdin="Some text.", refused_write=True),
    Case("verify: a javascript: url", ["verify"], 1, ["sources.json", "'beta-news-2024-02-06' url", "https://"],
         lambda root: _sources(root, lambda d: d["sources"][1].update({"url": "javascript:alert(1)"}))),
    Case("usage error", ["facts", "--sort", "nonsense"], 2, ["--sort", "'nonsense'", "nkecon facts --help"]),
]


def _sources(root: Path, mutate: Callable[[dict[str, Any]], None]) -> None:
    path = root / "sources" / "sources.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    mutate(doc)
    path.write_text(json.dumps(doc), encoding="utf-8")


def _snapshot(root: Path) -> dict[str, bytes]:
    """The base's files; the derived index (.nkecon/) is a cache of them, not part of the base."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".nkecon" not in p.relative_to(root).parts}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input(case: Case, run: Any, tiny: Path) -> None:
    case.setup(tiny)
    before = _snapshot(tiny)
    args = [a.replace(IN, str(tiny.parent / "in.jsonl")).replace("{root}", str(tiny)) for a in case.args]
    r = run(*args, base=tiny, input=case.stdin)
    assert r.exit_code == case.code, (r.exit_code, r.stdout, r.stderr)
    out = r.stdout + r.stderr
    assert "Traceback" not in out and "internal error" not in out
    assert not RAW_CONTROL.search(out), repr(out)
    message = r.stderr if case.code == 2 or case.args[0] != "verify" else r.stdout + r.stderr
    for part in case.says:
        assert part in message, (part, message)
    lines = [line for line in r.stderr.splitlines() if line.startswith("nkecon:")]
    if case.code:
        assert lines, r.stderr  # one line a problem, the last one the verdict
    if case.code == 2 and case.args[0] not in ("add",):
        assert len(r.stderr.splitlines()) == 1, r.stderr  # a refusal is one line
    if case.refused_write or case.code:
        assert _snapshot(tiny) == before
