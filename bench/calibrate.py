"""Fit the extractor's confidence on the development half of bench/devset, and write it into
src/nkecon_cli/extract/confidence.py (between its CALIBRATION markers).

    python bench/calibrate.py           # fit, print the table, rewrite confidence.py
    python bench/calibrate.py --dry-run # fit and print only

Each figure candidate of a development document is judged right when its figure overlaps a gold
claim whose value, unit and date it has; wrong otherwise (a stray, a non-claim, or a claim misread).
The raw scores are then mapped to the share right by isotonic regression (pool-adjacent-violators),
so that confidence never falls as the raw score rises. Only the development half is read: the test
half is for reporting how well the calibration holds (bench/extract_bench.py), never for fitting.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import extract_bench as eb  # noqa: E402

from nkecon_cli import extract as ex  # noqa: E402
from nkecon_cli import factbase  # noqa: E402
from nkecon_cli.extract import confidence  # noqa: E402

MODULE = ROOT / "src" / "nkecon_cli" / "extract" / "confidence.py"
MIN_BLOCK = 8  # a step must rest on at least this many candidates


def pav(points: list[tuple[float, bool]]) -> list[tuple[float, float, int]]:
    """Isotonic regression of right (0/1) on raw score: [(lowest raw score of the block, share right, n)]."""
    pts = sorted(points)
    blocks: list[list[float]] = []  # [low, sum right, n]
    for x, ok in pts:
        if blocks and blocks[-1][0] == x:
            blocks[-1][1] += ok
            blocks[-1][2] += 1
        else:
            blocks.append([x, float(ok), 1])
    merged: list[list[float]] = []
    for b in blocks:
        merged.append(b)
        while len(merged) > 1 and (merged[-2][1] / merged[-2][2] >= merged[-1][1] / merged[-1][2]
                                   or merged[-2][2] < MIN_BLOCK):
            _lo, s, n = merged.pop()
            merged[-1][1] += s
            merged[-1][2] += n
    while len(merged) > 1 and merged[-1][2] < MIN_BLOCK:
        _lo, s, n = merged.pop()
        merged[-1][1] += s
        merged[-1][2] += n
    return [(b[0], b[1] / b[2], int(b[2])) for b in merged]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    confidence.CALIBRATION = ()  # fit on raw scores
    base = factbase.load(ROOT)
    every, missing = eb.load_set(eb.DEVSET / "gold", eb.DEVSET / "texts")
    dev_ids, _ = eb.halves()
    dev = [g for g in every if g.id in dev_ids]
    if missing:
        print(f"missing texts (skipped): {', '.join(missing)}", file=sys.stderr)
    judged: list[tuple[float, bool]] = []
    for g in dev:
        judged += eb.score(base, g, ex.extract(base, eb.document(g))).judged
    table = pav(judged)
    print(f"fitted on {len(judged)} figure candidates of {len(dev)} development documents")
    for lo, share, n in table:
        print(f"  raw ≥ {lo:.2f}: {n:>4} candidates, {100 * share:5.1f}% right")
    if args.dry_run:
        return 0
    rows = ", ".join(f"({lo:.2f}, {round(share, 2):.2f})" for lo, share, _ in table)
    block = f"CALIBRATION: tuple[tuple[float, float], ...] = ({rows},)\n"
    src = MODULE.read_text(encoding="utf-8")
    src = re.sub(r"(# BEGIN CALIBRATION\n).*?(# END CALIBRATION)", lambda m: m[1] + block + m[2], src, flags=re.S)
    MODULE.write_text(src, encoding="utf-8")
    print(f"wrote {MODULE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
