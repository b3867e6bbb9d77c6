"""`nkecon ingest` (curate/ingest.py): a source text and its metadata written into a base, normalised,
never overwriting, named when the disk is full or the base read-only, and the next step printed."""

from __future__ import annotations

import errno
import os
import re
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nkecon_cli import errors, factbase
from nkecon_cli.curate import add, ingest
from nkecon_cli.curate.ingest import ingest_source
from nkecon_cli.factbase.vocab import SLUG_MAX_LEN

from .test_add import _candidate, _full_disk, _lines, _snapshot
from .test_drafts import REPORT, _ingest


def test_ingest_next_step_carries_the_base(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("ingest", "-", "--title", "Market note", "--date", "2024-05-01", base=tiny, input="Some text.\n")
    assert result.exit_code == 0, result.stderr
    sid = result.stdout.strip()
    assert f"next: nkecon --base {tiny} extract {sid}" in result.stderr


def test_ingest_on_a_full_disk_names_the_file_and_the_fix(run: Any, tiny: Path, monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    before = _snapshot(tiny)
    _full_disk(monkeypatch)
    r = run("ingest", "-", "--title", "Note", "--date", "2020", base=tiny, input="A note.\n")
    assert r.exit_code == 2
    assert f"{tiny / 'sources' / 'note-2020.txt'}: cannot write (No space left on device)" in r.stderr
    assert "free some space" in r.stderr and ".tmp" not in r.stderr and len(r.stderr.splitlines()) == 1
    assert _snapshot(tiny) == before and not list(tiny.rglob("*.tmp"))


def test_ingest_into_a_read_only_base_names_the_text_not_a_temporary_file(run: Any, tiny: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    real = tempfile.mkstemp

    def denied(*args: Any, **kw: Any) -> Any:  # what a read-only folder does (root, running tests, is not refused)
        if str(kw.get("dir", "")).endswith("sources"):
            name = os.path.join(str(kw["dir"]), f"{kw.get('prefix', '')}abc123.tmp")
            raise PermissionError(errno.EACCES, "Permission denied", name)
        return real(*args, **kw)

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    r = run("ingest", "-", "--title", "Note", "--date", "2020", base=tiny, input="A note.\n")
    assert r.exit_code == 2
    assert r.stderr.strip() == (f"nkecon: {tiny / 'sources' / 'note-2020.txt'}: cannot write (Permission denied); "
                                "check the folder's permissions; nothing was changed")


def test_ingest_normalises_and_never_overwrites(run: Any, tiny: Path, tmp_path: Path) -> None:
    raw = "Report on Hu\u0308ngnam\r\n\r\nIn 1958 the plant produced 300,000 tons of fertilizer.\r\n"
    f = tmp_path / "hungnam.txt"
    f.write_bytes(b"\xef\xbb\xbf" + raw.encode("utf-8"))
    args = ("ingest", str(f), "--title", "Report on the Hungnam plant", "--date", "2 March 1958",
            "--kind", "report", "--perspective", "soviet-diplomat", "--url", "https://example.org/doc/1")
    r = run(*args, base=tiny)
    assert r.exit_code == 0, r.output
    assert r.stdout == "report-on-the-hungnam-plant-1958-03-02\n"
    text = (tiny / "sources" / "report-on-the-hungnam-plant-1958-03-02.txt").read_text(encoding="utf-8")
    assert text == unicodedata.normalize("NFC", raw.replace("\r\n", "\n")) and "\r" not in text
    base = factbase.load(tiny)
    src = base.sources["report-on-the-hungnam-plant-1958-03-02"]
    assert (src.date, src.kind, src.perspective, src.url) == ("1958-03-02", "report", "soviet-diplomat",
                                                              "https://example.org/doc/1")
    assert src.citation == "“Report on the Hungnam plant,” 2 Mar 1958, https://example.org/doc/1."
    assert factbase.verify(tiny)[1] == []
    # again: a given id that is taken is refused; the same text is refused under any id or title
    r = run(*args, "--id", "report-on-the-hungnam-plant-1958-03-02", base=tiny)
    assert r.exit_code == 2 and "already exists" in r.stderr and "--id" in r.stderr
    r = run(*args, base=tiny)
    assert r.exit_code == 2 and "already in the base as source 'report-on-the-hungnam-plant-1958-03-02'" in r.stderr
    r = run("ingest", str(f), "--title", "Other", "--date", "1958", base=tiny)
    assert r.exit_code == 2 and "already in the base as source 'report-on-the-hungnam-plant-1958-03-02'" in r.stderr


def test_ingest_extract_add_round_trip(run: Any, tiny: Path) -> None:
    text = "Market note\n\nLast year the price of rice rose to 5,000 won per kilogram in Nampo.\n"
    r = run("ingest", "-", "--title", "Market note", "--date", "2024-05-01", "--kind", "news-report",
            "--perspective", "exile-media", base=tiny, input=text)
    assert r.exit_code == 0, r.output
    sid = r.stdout.strip()
    cand = _candidate(run, tiny, sid, "Last year")
    assert (cand["value"], cand["unit"], cand["when"], cand["dated_by"]) == (5000, "KPW/kg", "2023", "relative")
    assert cand["entities"] == ["nampo"]
    cand.update(statement="Rice in Nampo cost 5,000 won a kilogram in 2023.", kind="statistic",
                measure="rice price, Nampo", topics=["planning"])
    r = run("add", "--accept-drafts", "-", base=tiny, input=_lines(cand))
    assert r.exit_code == 0, r.output
    assert "rice-price-nampo-2023" in r.stderr


def test_ingest_bad_input(run: Any, tiny: Path, tmp_path: Path) -> None:
    f = tmp_path / "latin1.txt"
    f.write_bytes("Caf\xe9 prices".encode("latin-1"))
    r = run("ingest", str(f), "--title", "Cafe", "--date", "2020", base=tiny)
    assert r.exit_code == 2 and "is not utf-8" in r.stderr and "--encoding" in r.stderr
    r = run("ingest", str(f), "--title", "Cafe", "--date", "2020", "--encoding", "latin-1", base=tiny)
    assert r.exit_code == 0, r.output
    r = run("ingest", str(f), "--title", "Cafe 2", "--date", "someday", "--encoding", "latin-1", base=tiny)
    assert r.exit_code == 2 and "--date 'someday'" in r.stderr


def test_ingest_source_core(tiny: Path) -> None:
    base = factbase.load(tiny)
    src = ingest_source(base, "Text.", {"title": "A note", "date": "1957", "author": "minister"})
    assert src.id == "a-note-1957" and base.text(src.id) == "Text.\n"
    with pytest.raises(errors.NkeconError, match="unknown entity 'nobody'"):
        ingest_source(base, "Other text.", {"title": "B", "date": "1957", "author": "nobody"})
    assert not (tiny / "sources" / "b-1957.txt").exists()


def test_ingest_id_keeps_words_and_years(run: Any, tiny: Path) -> None:
    sid = _ingest(run, tiny, title="North Korea's Coal Industry in 2016", date="2017-03-15")
    assert sid == "north-koreas-coal-industry-in-2016-2017-03-15"
    again = _ingest(run, tiny, text=REPORT + "Another text.\n", title="North Korea's Coal Industry in 2016",
                    date="2017-03-15")
    assert again == "north-koreas-coal-industry-in-2016-2017-03-15-2"  # never colliding


@given(st.text(min_size=1, max_size=300), st.sampled_from(["2017-03-15", "1957", "2024-01-21/2024-01-31"]))
def test_a_derived_source_id_is_a_short_slug(title: str, date: str) -> None:
    sid = ingest.source_id(title, date)
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", sid)
    assert len(sid) <= SLUG_MAX_LEN
    words = add.slug_words(title)
    years = [w for w in words if re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", w)]
    if sum(len(y) + 1 for y in years) < SLUG_MAX_LEN - 30:
        assert all(y in sid.split("-") for y in years)
    assert ingest.source_id(title, date, frozenset({sid})) == f"{sid}-2"
