"""The development set's split into a development half and a test half, made once and recorded.

    python bench/devset/split.py            # assign every gold list not yet in split.json; print the halves
    python bench/devset/split.py --show     # print the halves only

Rules are written and tuned on the development half only. The test half is measured when a piece
of work is finished, and its misses become notes, never rules (bench/devset/README.md).

How the split is made (and why it is not redrawn):

- The gold lists the extractor was tuned on before the split existed (``tuned_before_split``) are
  development documents by necessity: a rule was already written for each of them, so they could
  not show generalisation.
- Every other gold list is shuffled with ``random.Random(seed)`` (documents in name order before
  the shuffle), and the first ones go to the development half until the halves are as even as they
  can be; the rest form the test half.
- A document never changes half. One added later is assigned by a coin flip seeded with the split's
  seed and its id, and recorded; running this again changes nothing already recorded.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLIT = HERE / "split.json"


def gold_ids() -> dict[str, str]:
    """Every gold list's id → its genre."""
    out = {}
    for p in sorted((HERE / "gold").glob("*.json")):
        out[p.stem] = json.loads(p.read_text(encoding="utf-8")).get("genre", "?")
    return out


def load() -> dict:
    return json.loads(SPLIT.read_text(encoding="utf-8"))


def halves() -> tuple[set[str], set[str]]:
    """(development ids, test ids) as recorded."""
    s = load()
    return set(s["dev"]), set(s["test"])


def assign(split: dict, ids: dict[str, str]) -> list[str]:
    """Record a half for every id not yet in the split; return the ids newly assigned."""
    seen = set(split["dev"]) | set(split["test"])
    new = sorted(i for i in ids if i not in seen)
    if not new:
        return []
    if not split["dev"] and not split["test"]:
        tuned = [i for i in split["tuned_before_split"] if i in ids]
        rest = [i for i in new if i not in tuned]
        random.Random(split["seed"]).shuffle(rest)
        total = len(tuned) + len(rest)
        k = max(0, (total + 1) // 2 - len(tuned))
        split["dev"] = sorted(tuned + rest[:k])
        split["test"] = sorted(rest[k:])
    else:
        for i in new:
            coin = hashlib.sha256(f"{split['seed']}:{i}".encode()).digest()[0] & 1
            split["dev" if coin == 0 else "test"].append(i)
        split["dev"].sort()
        split["test"].sort()
    return new


def show(split: dict, ids: dict[str, str]) -> None:
    for half in ("dev", "test"):
        members = split[half]
        genres = Counter(ids.get(i, "?") for i in members)
        print(f"{half}: {len(members)} documents — " + ", ".join(f"{g} {n}" for g, n in sorted(genres.items())))
        for i in members:
            print(f"  {i}")
    gone = sorted((set(split["dev"]) | set(split["test"])) - set(ids))
    if gone:
        print("recorded but no gold list: " + ", ".join(gone))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", action="store_true", help="print the halves without assigning anything")
    args = ap.parse_args()
    split = load()
    ids = gold_ids()
    if not args.show:
        new = assign(split, ids)
        if new:
            SPLIT.write_text(json.dumps(split, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
            print(f"assigned {len(new)} documents")
    show(split, ids)
    return 0


if __name__ == "__main__":
    sys.exit(main())
