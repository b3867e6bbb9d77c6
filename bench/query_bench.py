"""Load and query speed on a large fact base, side by side with jq on the same facts.json.

    python bench/query_bench.py [--facts 100000] [--runs 5]

Builds a synthetic base of N facts in a temporary folder (the shipped facts repeated with new
ids, so quotes still resolve), then times, in one run:
  - nkecon facts --topic zinc --format jsonl   (a whole process: start-up, load, validate, filter)
  - jq with the equivalent filter over the same facts.json (topic only, no descendants)
  - nkecon verify                              (schema, cross-references, every quote located)
  - in-process: factbase.load, and peak memory of the load
Timings are medians of --runs runs. Nothing here is asserted; these are numbers for people.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from nkecon_cli import factbase


def build(root: Path, n: int) -> Path:
    shipped = factbase.load()
    doc = json.loads(shipped.facts_path.read_text(encoding="utf-8"))
    facts = doc["facts"]
    out = []
    i = 0
    while len(out) < n:
        for f in facts:
            if len(out) >= n:
                break
            out.append({**f, "id": f"{f['id']}-{i}"})
        i += 1
    doc["facts"] = out
    root.mkdir(parents=True, exist_ok=True)
    (root / "facts.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    shutil.copytree(shipped.sources_dir, root / "sources")
    return root


def timed(cmd: list[str], runs: int) -> tuple[float, int]:
    times, lines = [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, check=False)
        times.append(time.perf_counter() - t0)
        lines = done.stdout.count(b"\n")
    return statistics.median(times), lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--facts", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    nkecon = [sys.executable, "-m", "nkecon_cli"]
    with tempfile.TemporaryDirectory() as tmp:
        root = build(Path(tmp) / "base", args.facts)
        size = (root / "facts.json").stat().st_size
        print(f"synthetic base: {args.facts:,} facts, facts.json {size / 1e6:.1f} MB; median of {args.runs} runs")
        rows = []
        t, n = timed([*nkecon, "--base", str(root), "facts", "--topic", "zinc", "--format", "jsonl"], args.runs)
        rows.append(("nkecon facts --topic zinc -f jsonl", t, n))
        if shutil.which("jq"):
            jq = [
                "jq", "-c", '.facts[] | select(.topics | index("zinc"))', str(root / "facts.json"),
            ]
            t, n = timed(jq, args.runs)
            rows.append(("jq '.facts[] | select(.topics|index(\"zinc\"))'", t, n))
        else:
            print("(jq not found: skipped)")
        t, n = timed([*nkecon, "--base", str(root), "verify"], max(1, args.runs // 2))
        rows.append(("nkecon verify (every quote located)", t, n))
        t, n = timed([*nkecon, "--version"], args.runs)
        rows.append(("nkecon --version (start-up only)", t, n))
        for name, secs, lines in rows:
            print(f"  {name:52} {secs * 1000:8.0f} ms   {lines:>7,} lines out")
        tracemalloc.start()
        t0 = time.perf_counter()
        base = factbase.load(root)
        load_s = time.perf_counter() - t0
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"  in-process factbase.load: {load_s * 1000:.0f} ms, peak traced memory {peak / 1e6:.0f} MB "
              f"for {len(base.facts):,} facts")


if __name__ == "__main__":
    main()
