"""Fit the extractor's confidence on the development half of bench/devset, and write its weights into
src/nkecon_cli/extract/confidence.py (between its WEIGHTS markers).

    python bench/calibrate.py           # fit, print the reliability table, rewrite confidence.py
    python bench/calibrate.py --dry-run # fit and print only

Each figure candidate of a development document is judged right when its figure overlaps a gold
claim whose value, unit and date it has; wrong otherwise (a stray, a non-claim, or a claim misread).
A logistic model of right against the candidate's evidence (``confidence.features``) is fitted by
gradient descent with a light L2 penalty (``--l2``). Only the development half is read: the test half
is for reporting how well the confidence holds (bench/extract_bench.py), never for fitting.
"""

from __future__ import annotations

import argparse
import math
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


def fit(rows: list[tuple[dict[str, float], bool]], l2: float, steps: int = 3000, rate: float = 0.5) -> dict[str, float]:
    """Logistic regression by full-batch gradient descent: weights by feature name, and "bias"."""
    names = sorted({k for f, _ in rows for k in f})
    w = dict.fromkeys(["bias", *names], 0.0)
    n = len(rows)
    for _ in range(steps):
        grad = dict.fromkeys(w, 0.0)
        for f, ok in rows:
            z = w["bias"] + sum(w[k] * v for k, v in f.items())
            err = 1 / (1 + math.exp(-z)) - float(ok)
            grad["bias"] += err
            for k, v in f.items():
                grad[k] += err * v
        for k in w:
            penalty = 0.0 if k == "bias" else l2 * w[k]
            w[k] -= rate * (grad[k] / n + penalty / n)
    return {k: round(v, 3) for k, v in w.items() if abs(v) >= 0.0005}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--l2", type=float, default=1.0, help="the L2 penalty (default 1)")
    args = ap.parse_args()
    base = factbase.load(ROOT)
    every, missing = eb.load_set(eb.DEVSET / "gold", eb.DEVSET / "texts")
    dev_ids, _ = eb.halves()
    dev = [g for g in every if g.id in dev_ids]
    if missing:
        print(f"missing texts (skipped): {', '.join(missing)}", file=sys.stderr)
    rows: list[tuple[dict[str, float], bool]] = []
    for g in dev:
        doc = eb.document(g)
        cands = ex.candidates(base, doc)
        recs = [ex.record(c, doc) for c in cands]
        judged = eb.score(base, g, recs).judged
        figs = [c for c in cands if c.figure is not None]
        rows += [(confidence.features(c), ok) for c, (_, ok) in zip(figs, judged, strict=True)]
    w = fit(rows, args.l2)
    print(f"fitted on {len(rows)} figure candidates of {len(dev)} development documents "
          f"({sum(ok for _, ok in rows)} right)")
    for k, v in sorted(w.items(), key=lambda kv: -abs(kv[1])):
        print(f"  {k:<24} {v:+.3f}")
    scored = [(round(1 / (1 + math.exp(-(w.get("bias", 0) + sum(w.get(k, 0) * x for k, x in f.items())))), 2), ok)
              for f, ok in rows]
    print("reliability on the development half (what it was fitted on):")
    for lo, hi, count, mean, share in eb.calibration(scored):
        print(f"  {lo:.1f}–{hi:.1f}: {count:>4} candidates at {mean:.2f}, {100 * share:5.1f}% right")
    if args.dry_run:
        return 0
    body = ",\n".join(f"    {k!r}: {v}" for k, v in sorted(w.items()))
    block = "WEIGHTS: dict[str, float] = {\n" + body.replace("'", '"') + ",\n}\n"
    src = MODULE.read_text(encoding="utf-8")
    src = re.sub(r"(# BEGIN WEIGHTS\n).*?(# END WEIGHTS)", lambda m: m[1] + block + m[2], src, flags=re.S)
    MODULE.write_text(src, encoding="utf-8")
    print(f"wrote {MODULE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
