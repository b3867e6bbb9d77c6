"""`nkecon entities`, `topics` and `sources`: the listings of a base's vocabulary with their counts."""

from __future__ import annotations

import json

from .test_facts import _rows


def test_entities_counts_the_facts_a_person_speaks_in(run) -> None:  # type: ignore[no-untyped-def]
    rec = json.loads(run("entities", "jeong", "-f", "json").stdout)[0]
    spoken = _rows(run("facts", "--speaker", "jeong").stdout)
    assert rec["id"] == "jeong-il-yong" and rec["speaks"] == len(spoken) > 0
