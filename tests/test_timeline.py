"""`nkecon timeline`: facts in time order, grouped by year, decade, source or speaker, at any width."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import fact, tiny_doc, tiny_facts, tiny_sources, write_base


def test_timeline_by_source_in_the_order_written(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    early = fact(id="kangwon-1940", statement="Kangwon sent a plan in 1940.", topics=["planning"], kind="event",
                 measure=None, value=None, unit=None, when="1940", stated="2024-02-06", entities=["kangwon-province"],
                 speaker=None, source="beta-news-2024-02-06", quote="Kangwon Province sent its plan on Jan. 8.")
    root = write_base(tmp_path / "b", tiny_doc([*tiny_facts(), early]), tiny_sources())
    lines = run("timeline", "--by", "source", base=root).stdout.splitlines()
    groups = list(dict.fromkeys(line.rsplit("\t", 1)[1] for line in lines))
    assert [g.rsplit(" (", 1)[1] for g in groups] == ["1957-08-07)", "2024-02-06)"]
    table = run("timeline", "--by", "source", "-f", "table", base=root).stdout
    assert table.index("Alpha 1957") < table.index("2024-02-06)")
    assert json.loads(run("timeline", "--by", "source", "-f", "json", base=root).stdout)
