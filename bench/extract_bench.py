"""How well and how fast `nkecon extract` finds the claims a curator found, on the shipped texts.

    python bench/extract_bench.py            # from the repository root
    python bench/extract_bench.py --runs 7   # more timing runs (the median is reported)

Quality, over the five shipped sources and their curated facts:

- recall of quantified facts: a curated fact with a value counts as found when a candidate
  sentence overlaps the fact's quote (same passage) and the candidate's quantities include the
  fact's value (and its value_max, for a range);
- recall of dated facts (dated_by explicit or relative: the text names the time): found when a
  candidate overlaps the quote and one of its dates overlaps the fact's `when`;
- precision: the share of candidates whose sentence overlaps the quote of at least one curated
  fact of the same source, i.e. that a curator did record as (part of) a claim.

Speed: extract (sentences, dates, quantities, topics, entities, coverage, records) against
`dateparser.search.search_dates(text, languages=["en"])` on the same five texts, in the same
run, each warmed up once; caches of extract are cleared before every timed run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from nkecon_cli import extract as ex  # noqa: E402
from nkecon_cli import factbase, lexicon  # noqa: E402
from nkecon_cli import when as _when  # noqa: E402
from nkecon_cli.models import Fact  # noqa: E402


def document(base: factbase.FactBase, sid: str) -> ex.Document:
    src = base.sources[sid]
    return ex.Document(base.text(sid), sid, _when.bounds(src.date)[0], src.date, "sources.json")


def same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def overlapping(cands: list[ex.Candidate], span: tuple[int, int]) -> list[ex.Candidate]:
    return [c for c in cands if c.start < span[1] and span[0] < c.end]


def quantity_found(f: Fact, cands: list[ex.Candidate]) -> tuple[bool, bool]:
    """(value found, value and unit found)"""
    found = unit_ok = False
    for c in cands:
        numbers = [(v, q.unit) for q in c.quantities for v in (q.value, q.value_max) if v is not None]
        want = [f.value] + ([f.value_max] if f.value_max is not None else [])
        if all(any(same(w, v) for v, _ in numbers) for w in want if w is not None):
            found = True
            if any(same(f.value, v) and u == f.unit for v, u in numbers):  # type: ignore[arg-type]
                unit_ok = True
    return found, unit_ok


def date_found(f: Fact, cands: list[ex.Candidate]) -> bool:
    for c in cands:
        for d in [*c.dates, *([c.context] if c.context else [])]:
            if d.resolved and _when.overlaps(_when.bounds(d.resolved.edtf), f.span):
                return True
    return False


def quality(base: factbase.FactBase) -> dict[str, object]:
    q_total = q_found = q_unit = d_total = d_found = n_cands = n_real = 0
    missed: list[str] = []
    for sid in sorted(base.sources):
        doc = document(base, sid)
        cands = ex.candidates(base, doc)
        spans = [s for f in base.facts if f.source == sid and (s := base.locate(f))]
        n_cands += len(cands)
        n_real += sum(1 for c in cands if any(a < c.end and c.start < b for a, b in spans))
        for f in base.facts:
            if f.source != sid:
                continue
            loc = base.locate(f)
            if loc is None:
                continue
            near = overlapping(cands, loc)
            if f.value is not None:
                q_total += 1
                found, unit_ok = quantity_found(f, near)
                q_found += found
                q_unit += unit_ok
                if not found:
                    missed.append(f"quantity {f.id}: {f.value:g} {f.unit}")
            if f.dated_by in ("explicit", "relative"):
                d_total += 1
                ok = date_found(f, near)
                d_found += ok
                if not ok:
                    missed.append(f"date {f.id}: {f.when}")
    return {"q_total": q_total, "q_found": q_found, "q_unit": q_unit, "d_total": d_total, "d_found": d_found,
            "cands": n_cands, "real": n_real, "missed": missed}


def clear_caches(base: factbase.FactBase) -> None:
    base._folded.clear()
    ex._resolve.cache_clear()
    lexicon._fold.cache_clear()
    _when._CACHE.clear()


def timing(base: factbase.FactBase, runs: int) -> list[tuple[str, int, float, float]]:
    from dateparser.search import search_dates

    docs = [document(base, sid) for sid in sorted(base.sources)]
    ex.extract(base, docs[0])  # warm-up: dateparser's language data, the base's lexicon
    search_dates(docs[0].text, languages=["en"])
    rows = []
    for doc in docs:
        t_ex, t_dp = [], []
        for _ in range(runs):
            clear_caches(base)
            t0 = time.perf_counter()
            ex.extract(base, doc)
            t_ex.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            search_dates(doc.text, languages=["en"])
            t_dp.append(time.perf_counter() - t0)
        rows.append((doc.source or "?", len(doc.text), statistics.median(t_ex), statistics.median(t_dp)))
    return rows


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f} %" if b else "  n/a"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default=str(ROOT), help="fact base folder (default: the repository)")
    ap.add_argument("--runs", type=int, default=5, help="timing runs per text (median reported)")
    ap.add_argument("--missed", action="store_true", help="list the curated facts extract did not rediscover")
    args = ap.parse_args()
    base = factbase.load(args.base)

    q = quality(base)
    print(f"nkecon extract on {len(base.sources)} sources, {len(base.facts)} curated facts\n")
    print("quality")
    print(f"  quantified facts rediscovered (same passage, same value)   {q['q_found']:>3}/{q['q_total']:<3} "
          f"{pct(q['q_found'], q['q_total'])}")  # type: ignore[arg-type]
    print(f"    … with the same unit too                                  {q['q_unit']:>3}/{q['q_total']:<3} "
          f"{pct(q['q_unit'], q['q_total'])}")  # type: ignore[arg-type]
    print(f"  dated facts rediscovered (same passage, overlapping date)  {q['d_found']:>3}/{q['d_total']:<3} "
          f"{pct(q['d_found'], q['d_total'])}")  # type: ignore[arg-type]
    print(f"  candidates that are real claims (overlap a curated quote)  {q['real']:>3}/{q['cands']:<3} "
          f"{pct(q['real'], q['cands'])}")  # type: ignore[arg-type]
    if args.missed:
        for m in q["missed"]:  # type: ignore[attr-defined]
            print("    missed", m)

    rows = timing(base, args.runs)
    print(f"\nspeed (median of {args.runs} runs per text; extract's caches cleared before each run)")
    print(f"  {'source':<44} {'chars':>6} {'extract ms':>11} {'search_dates ms':>16} {'ratio':>7}")
    for sid, n, te, td in rows:
        print(f"  {sid:<44} {n:>6} {te * 1000:>11.1f} {td * 1000:>16.1f} {td / te:>6.1f}×")
    n = sum(r[1] for r in rows)
    te = sum(r[2] for r in rows)
    td = sum(r[3] for r in rows)
    print(f"  {'all five':<44} {n:>6} {te * 1000:>11.1f} {td * 1000:>16.1f} {td / te:>6.1f}×")
    print(f"  throughput: extract {n / te:,.0f} chars/s, search_dates {n / td:,.0f} chars/s")


if __name__ == "__main__":
    main()
