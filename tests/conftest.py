"""Shared fixtures: a CLI runner, the shipped fact base, a tiny fact base written into tmp_path, and
that base with open-ended times (``open_base``) or with a name spelt two ways (``named``)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import settings

from nkecon_cli.cli.app import cli

# Property tests run derandomized (a fixed seed, the same examples every run), loaded here so that
# every test file's @settings sees the profile. A longer, randomized run:
#     HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("long", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

TINY_TEXT = {
    "alpha-report-1957-08-07": (
        "Report of 7 August 1957\n\n"
        "In 1949 the works produced 7,700 tons of zinc. In 1950 it produced 4,800 tons.\n\n"
        "The Anju Coal Mine must receive more investment,\nsaid the minister.\n"
    ),
    "beta-news-2024-02-06": (
        "Kangwon Province sent its plan on Jan. 8. The plan was ratified in late January.\n"
    ),
}


def fact(**kw: Any) -> dict[str, Any]:
    """A complete fact record with every field; keywords override."""
    base: dict[str, Any] = {
        "id": "zinc-1949",
        "statement": "In 1949 the works produced 7,700 t of zinc.",
        "topics": ["zinc"],
        "kind": "statistic",
        "measure": "zinc output",
        "value": 7700,
        "value_max": None,
        "approx": None,
        "unit": "t",
        "per": None,
        "when": "1949",
        "dated_by": "explicit",
        "stated": "1957-08-07",
        "entities": ["nampo"],
        "speaker": "minister",
        "source": "alpha-report-1957-08-07",
        "quote": "In 1949 the works produced 7,700 tons of zinc.",
        "note": None,
    }
    base.update(kw)
    return base


def tiny_facts() -> list[dict[str, Any]]:
    return [
        fact(),
        fact(id="zinc-1950", statement="In 1950 4,800 t of zinc were produced.", value=4800, when="1950",
             quote="In 1950 it produced 4,800 tons."),
        fact(id="anju-investment", statement="The Anju Coal Mine must get more investment.", topics=["coal"],
             kind="directive", measure=None, value=None, unit=None, when="1957-08-07", dated_by="context",
             entities=["anju-coal-mine"], quote="The Anju Coal Mine must receive more investment, said the minister."),
        fact(id="kangwon-plan-sent", statement="Kangwon sent its plan on 8 January 2024.", topics=["planning"],
             kind="event", measure=None, value=None, unit=None, when="2024-01-08", stated="2024-02-06",
             entities=["kangwon-province"], speaker=None, source="beta-news-2024-02-06",
             quote="Kangwon Province sent its plan on Jan. 8."),
        fact(id="kangwon-plan-ratified", statement="The plan was ratified in late January 2024.",
             topics=["planning"], kind="event", measure=None, value=None, unit=None,
             when="2024-01-21/2024-01-31", stated="2024-02-06", entities=["kangwon-province"], speaker=None,
             source="beta-news-2024-02-06", quote="The plan was ratified in late January."),
    ]


def tiny_doc(facts: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "topics": [
            {"id": "mining", "label": "Mining"},
            {"id": "nonferrous-metals", "label": "Non-ferrous metals", "parent": "mining"},
            {"id": "zinc", "label": "Zinc", "parent": "nonferrous-metals"},
            {"id": "energy", "label": "Energy"},
            {"id": "coal", "label": "Coal", "parent": "energy"},
            {"id": "planning", "label": "Planning"},
        ],
        "entities": [
            {"id": "nampo", "name": "Nampo", "type": "place", "aliases": ["Namp'o", "남포"]},
            {"id": "anju", "name": "Anju", "type": "place", "aliases": []},
            {"id": "anju-coal-mine", "name": "Anju Coal Mine", "type": "facility", "aliases": [], "parent": "anju"},
            {"id": "kangwon-province", "name": "Kangwon Province", "type": "place",
             "aliases": ["Kangwon", "Gangwon", "Gangwon-do"]},
            {"id": "minister", "name": "The Minister", "type": "person", "aliases": []},
        ],
        "facts": tiny_facts() if facts is None else facts,
    }


def tiny_sources() -> dict[str, Any]:
    common = {"publisher": None, "url": None, "language": "English", "translator": None, "author": None,
              "speakers": [], "short": None, "summary": None, "note": None}
    return {
        "sources": [
            {**common, "id": "alpha-report-1957-08-07", "title": "Alpha report", "date": "1957-08-07",
             "kind": "diplomatic-journal", "perspective": "soviet-diplomat", "citation": "Alpha report, 1957.",
             "short": "Alpha 1957", "speakers": ["minister"]},
            {**common, "id": "beta-news-2024-02-06", "title": "Beta news", "date": "2024-02-06",
             "kind": "news-report", "perspective": "exile-media", "citation": "Beta news, 2024."},
        ]
    }


def write_base(root: Path, doc: dict[str, Any] | None = None, sources: dict[str, Any] | None = None) -> Path:
    (root / "sources").mkdir(parents=True, exist_ok=True)
    (root / "facts.json").write_text(json.dumps(doc or tiny_doc(), ensure_ascii=False, indent=2), encoding="utf-8")
    (root / "sources" / "sources.json").write_text(json.dumps(sources or tiny_sources(), indent=2), encoding="utf-8")
    for sid, text in TINY_TEXT.items():
        (root / "sources" / f"{sid}.txt").write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    return write_base(tmp_path / "base")


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.delenv("NKECON_BASE", raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    return CliRunner()


@pytest.fixture
def run(runner: CliRunner):  # type: ignore[no-untyped-def]
    """run(*args, base=None, input=None) → click Result."""

    def _run(*args: str, base: Path | None = None, input: str | None = None):  # type: ignore[no-untyped-def]
        full = (["--base", str(base)] if base else []) + list(args)
        return runner.invoke(cli, full, input=input, catch_exceptions=False)

    return _run


@pytest.fixture(autouse=True)
def _own_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Indexes that cannot live beside their base go to a cache of the test's own, not the user's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("NKECON_INDEX", raising=False)


OPEN = [
    fact(id="zinc-until-1960", statement="Until 1960 the works produced 4,800 t of zinc.", value=4800,
         when="../1960", quote="In 1950 it produced 4,800 tons."),
    fact(id="zinc-since-1949", statement="Since 1949 the works produced 7,700 t of zinc.", value=7700,
         when="1949/..", quote="In 1949 the works produced 7,700 tons of zinc."),
]


@pytest.fixture
def open_base(tmp_path: Path) -> Path:
    return write_base(tmp_path / "open", tiny_doc(tiny_facts() + OPEN))


@pytest.fixture
def named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The tiny base with a source that spells Hungnam the MR way, and an entity only in RR."""
    doc = tiny_doc()
    doc["entities"].append({"id": "hungnam", "name": "Hungnam", "type": "place", "aliases": ["Hŭngnam"]})
    text = "Notes\n\nThe works at Hŭngnam made 500,000 tons of fertilizer in 1960.\n"
    doc["facts"].append(fact(id="hungnam-fertilizer-1960", statement="Hŭngnam made 500,000 t of fertilizer in 1960.",
                             topics=["planning"], measure="fertilizer output", value=500000, when="1960",
                             entities=["hungnam"], source="gamma-notes-1961", stated="1961",
                             quote="The works at Hŭngnam made 500,000 tons of fertilizer in 1960."))
    monkeypatch.setitem(TINY_TEXT, "gamma-notes-1961", text)
    sources = tiny_sources()
    sources["sources"].append({**sources["sources"][1], "id": "gamma-notes-1961", "title": "Gamma notes",
                               "date": "1961", "short": "Gamma 1961"})
    return write_base(tmp_path / "named", doc, sources)
