"""Check gold lists against their texts: every anchor found, every figure inside its anchor.

    python bench/devset/check_gold.py                 # every gold list with its text present
    python bench/devset/check_gold.py gold/x.json     # one
    python bench/devset/check_gold.py --dir tests/fixtures/extract

Exit 1 when a list is malformed or an anchor is not where it says.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
UNITS = set([
    "t", "kg", "kW", "kWh", "kVA", "ha", "m", "m2", "m3", "km", "km2", "l", "%", "pp", "times", "count", "people",
    "KPW", "KRW", "USD", "RUB", "RUB-1947", "RUB-1961", "KPW-1947", "KPW-1959", "CNY", "JPY", "EUR", "GBP",
    "years", "per-1000", "per-100000",  # a span of life ("life expectancy of 70.3 years"); rates per 1,000 or 100,000
])


def known_unit(unit: object) -> bool:
    """A unit of the list, or a price or ratio of two of them ("USD/t", "KPW/kg")."""
    if not isinstance(unit, str):
        return False
    num, _, den = unit.partition("/")
    return num in UNITS and (not den or den in UNITS)
PERS = {None, "year", "month", "day", "hour"}
KINDS = {"statistic", "target", "capacity", "estimate"}
APPROX = {None, "about", "more-than", "less-than", "at-least", "up-to", "almost"}
GENRES = {"archival-translation", "statistical-table", "official-news", "news-wire", "yearbook-encyclopedia",
          "think-tank-analysis"}


def locate(text: str, anchor: str, occurrence: int | None) -> int | None:
    """Offset of the anchor's n-th occurrence (1-based); None when absent or ambiguous without n."""
    hits, i = [], text.find(anchor)
    while i >= 0:
        hits.append(i)
        i = text.find(anchor, i + 1)
    if occurrence is None:
        return hits[0] if len(hits) == 1 else None
    return hits[occurrence - 1] if 0 < occurrence <= len(hits) else None


def figure_offset(anchor: str, figure: str) -> int:
    """Where the figure stands in its anchor: its first occurrence as a whole number, not digits of a longer one
    ("3" in "over 3,047 m: 3" is the last 3, not the first digit of 3,047); else its first occurrence."""
    m = re.search(rf"(?<![\d.,]){re.escape(figure)}(?!\d|[.,]\d)", anchor) if figure[:1].isdigit() else None
    return m.start() if m else anchor.index(figure)


def check(gold_path: Path, text_path: Path) -> list[str]:
    problems: list[str] = []
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    for key in ("id", "genre", "title", "date", "retrieve", "claims"):
        if key not in g:
            problems.append(f"missing key {key!r}")
    if g.get("genre") not in GENRES | {"fixture"} and not str(g.get("genre", "")).startswith("fixture"):
        problems.append(f"genre {g.get('genre')!r} not one of {sorted(GENRES)}")
    if not text_path.exists():
        return [*problems, f"no text at {text_path}"]
    raw = text_path.read_bytes()
    text = raw.decode("utf-8")
    if g.get("sha256") and g["sha256"] != hashlib.sha256(raw).hexdigest():
        problems.append("text differs from the sha256 in the gold list")
    for kind, items in (("claims", g.get("claims", [])), ("non_claims", g.get("non_claims", []))):
        for i, c in enumerate(items):
            where = f"{kind}[{i}] {c.get('anchor')!r}"
            a = c.get("anchor", "")
            if not a or len(a) > 40:
                problems.append(f"{where}: anchor must be 1-40 characters")
                continue
            if locate(text, a, c.get("occurrence")) is None:
                n = text.count(a)
                problems.append(f"{where}: anchor found {n} times" + (" (give occurrence)" if n > 1 else ""))
            if kind == "non_claims":
                continue
            if c.get("figure") not in a:
                problems.append(f"{where}: figure {c.get('figure')!r} not inside the anchor")
            if not isinstance(c.get("value"), int | float) or isinstance(c.get("value"), bool):
                problems.append(f"{where}: value must be a number")
            if not known_unit(c.get("unit")):
                problems.append(f"{where}: unit {c.get('unit')!r} not one of the units")
            if c.get("per") not in PERS:
                problems.append(f"{where}: per {c.get('per')!r}")
            if c.get("approx") not in APPROX:
                problems.append(f"{where}: approx {c.get('approx')!r}")
            if c.get("kind") not in KINDS:
                problems.append(f"{where}: kind {c.get('kind')!r}")
            if not c.get("when"):
                problems.append(f"{where}: no when")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--dir", help="a folder holding <id>.json and <id>.txt side by side")
    args = ap.parse_args()
    pairs: list[tuple[Path, Path]] = []
    if args.dir:
        d = Path(args.dir)
        pairs = [(p, p.with_suffix(".txt")) for p in sorted(d.glob("*.json"))]
    else:
        files = [Path(f) for f in args.files] or sorted((HERE / "gold").glob("*.json"))
        pairs = [(p, HERE / "texts" / (p.stem + ".txt")) for p in files]
    bad = 0
    for gp, tp in pairs:
        probs = check(gp, tp)
        n = len(json.loads(gp.read_text(encoding="utf-8")).get("claims", []))
        print(f"{gp.name}: {n} claims, " + ("ok" if not probs else f"{len(probs)} problems"))
        for p in probs:
            print(f"  {p}")
        bad += bool(probs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
