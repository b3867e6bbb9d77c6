"""Fit the extractor's confidence on the development half of bench/devset, and write its weights into
src/nkecon_cli/extract/confidence.py (between its WEIGHTS markers).

    python bench/calibrate.py            # fit on first readings, print the reliability tables, rewrite confidence.py
    python bench/calibrate.py --dry-run  # fit and print only
    python bench/calibrate.py --on now   # fit on the development half as the extractor reads it now

By default the fit is on each development document as the extractor first read it, before any rule was written
for it (bench/first_readings.py, bench/devset/first-readings.json): what the next document may expect. Fitted on
the half as read now, the model learns how well the rules fit the documents they were written for, and is far too
sure on a new one (96 % of its 0.9–1.0 candidates right there, 57 % on the test half).

Each figure candidate of a development document is judged right when its figure overlaps a gold
claim whose value, unit and date it has; wrong otherwise (a stray, a non-claim, or a claim misread).
A logistic model of right against the candidate's evidence (``confidence.features``) is fitted by
Newton's method with an L2 penalty. The unit it must generalise over is the document, not the
candidate, so the penalty is the one that predicts best on documents left out: five folds of the
development documents, each fitted on the other four, judged by log loss with every document weighing
the same (``--l2`` fixes it instead). The held-out predictions are printed as a reliability table too:
how the confidence holds on development documents the fit did not see. Only the development half is read:
the test half is for reporting (bench/extract_bench.py), never for fitting.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import extract_bench as eb  # noqa: E402
import first_readings as fr  # noqa: E402

from nkecon_cli import extract as ex  # noqa: E402
from nkecon_cli import factbase  # noqa: E402
from nkecon_cli.extract import confidence  # noqa: E402

MODULE = ROOT / "src" / "nkecon_cli" / "extract" / "confidence.py"


Row = tuple[dict[str, float], bool, str]  # a candidate's features, whether it is right, its document
PENALTIES = (0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0, 300.0)
FOLDS = 5


def fit(rows: list[Row], l2: float, iterations: int = 30) -> dict[str, float]:
    """Logistic regression by Newton's method: weights by feature name, and "bias". (Weighting each document
    the same instead was tried: on held-out documents it predicted worse, log loss 0.465 against 0.461.)"""
    names = ["bias", *sorted({k for f, _ok, _d in rows for k in f})]
    data = [([1.0] + [f.get(k, 0.0) for k in names[1:]], float(ok), 1.0) for f, ok, _doc in rows]
    d = len(names)
    w = [0.0] * d
    for _ in range(iterations):
        grad = [0.0 if i == 0 else l2 * w[i] for i in range(d)]
        hess = [[(l2 if i == j and i else 0.0) for j in range(d)] for i in range(d)]
        for x, y, sw in data:
            z = sum(wi * xi for wi, xi in zip(w, x, strict=True))
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            r, s2 = sw * (p - y), sw * p * (1 - p)
            for i in range(d):
                if x[i]:
                    grad[i] += r * x[i]
                    row = hess[i]
                    for j in range(d):
                        if x[j]:
                            row[j] += s2 * x[i] * x[j]
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(si) for si in step) < 1e-7:
            break
    return {k: round(v, 3) for k, v in zip(names, w, strict=True) if abs(v) >= 0.0005}


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """``a`` x = ``b`` by Gaussian elimination with partial pivoting (``a`` is small and positive definite)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for c in range(n):
        piv = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[piv] = m[piv], m[c]
        if abs(m[c][c]) < 1e-12:
            continue
        for r in range(c + 1, n):
            k = m[r][c] / m[c][c]
            if k:
                for j in range(c, n + 1):
                    m[r][j] -= k * m[c][j]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        if abs(m[r][r]) >= 1e-12:
            x[r] = (m[r][n] - sum(m[r][j] * x[j] for j in range(r + 1, n))) / m[r][r]
    return x


def predict(w: dict[str, float], f: dict[str, float]) -> float:
    z = w.get("bias", 0.0) + sum(w.get(k, 0.0) * v for k, v in f.items())
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def held_out(rows: list[Row], l2: float) -> list[tuple[float, bool, str]]:
    """Each candidate's confidence from a fit on the other folds' documents (a document's fold: its id's hash)."""
    fold = {doc: int(hashlib.sha256(doc.encode()).hexdigest(), 16) % FOLDS for _f, _ok, doc in rows}
    out: list[tuple[float, bool, str]] = []
    for k in range(FOLDS):
        w = fit([r for r in rows if fold[r[2]] != k], l2)
        out += [(predict(w, f), ok, doc) for f, ok, doc in rows if fold[doc] == k]
    return out


def log_loss(scored: list[tuple[float, bool, str]]) -> float:
    """Mean log loss, each document weighing the same."""
    per_doc: dict[str, list[float]] = {}
    for p, ok, doc in scored:
        p = min(max(p, 1e-6), 1 - 1e-6)
        per_doc.setdefault(doc, []).append(-math.log(p if ok else 1 - p))
    return sum(sum(v) / len(v) for v in per_doc.values()) / len(per_doc)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--on", choices=("now", "first"), default="first",
                    help="fit on each development document's first reading (default: what the next document may "
                         "expect), or on the development half as read now (after the rules written for it)")
    ap.add_argument("--l2", type=float, default=None,
                    help="the L2 penalty (default: the one best on held-out development documents)")
    args = ap.parse_args()
    base = factbase.load(ROOT)
    every, missing = eb.load_set(eb.DEVSET / "gold", eb.DEVSET / "texts")
    dev_ids, _ = eb.halves()
    dev = [g for g in every if g.id in dev_ids]
    if missing:
        print(f"missing texts (skipped): {', '.join(missing)}", file=sys.stderr)
    now: list[Row] = []  # the development half as the extractor reads it now
    for g in dev:
        doc = eb.document(g)
        cands = ex.candidates(base, doc)
        recs = [ex.record(c, doc) for c in cands]
        judged = eb.score(base, g, recs).judged
        figs = [c for c in cands if c.figure is not None]
        now += [(confidence.features(c), ok, g.id) for c, (_, ok) in zip(figs, judged, strict=True)]
    first: list[Row] = [(f, ok, doc_id) for doc_id, d in fr.load()["documents"].items() if doc_id in dev_ids
                        for f, ok, _span in d["rows"]]
    rows = now if args.on == "now" else first
    if not first:
        print("no first readings recorded: run python bench/first_readings.py", file=sys.stderr)
        if args.on == "first":
            return 2
    if args.l2 is None:
        losses = {l2: log_loss(held_out(rows, l2)) for l2 in PENALTIES}
        print("log loss on held-out development documents, by penalty: "
              + ", ".join(f"{l2:g}: {loss:.4f}" for l2, loss in losses.items()))
        l2 = min(losses, key=lambda k: losses[k])
    else:
        l2 = args.l2
    w = fit(rows, l2)
    what = "as read now" if args.on == "now" else "at their first reading"
    print(f"fitted on {len(rows)} figure candidates of {len({d for _f, _ok, d in rows})} development documents "
          f"{what} ({sum(ok for _, ok, _d in rows)} right); L2 penalty {l2:g}")
    for k, v in sorted(w.items(), key=lambda kv: -abs(kv[1])):
        print(f"  {k:<24} {v:+.3f}")
    for title, scored in ((f"what it was fitted on (development documents {what})",
                           [(round(predict(w, f), 2), ok) for f, ok, _d in rows]),
                          ("those documents left out of the fit (five folds)",
                           [(round(p, 2), ok) for p, ok, _d in held_out(rows, l2)]),
                          ("the development half as read now" if args.on == "first" else
                           "development documents at their first reading, before any rule was written for them "
                           "(bench/first_readings.py): what the next document may expect",
                           [(round(predict(w, f), 2), ok) for f, ok, _d in (now if args.on == "first" else first)])):
        print(f"reliability on {title}:")
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
