"""How well and how fast `nkecon extract` finds claims: on real documents nobody here wrote, on our
own fixtures, and on the shipped sources — and its speed beside dateparser's search_dates.

    python bench/extract_bench.py                # from the repository root
    python bench/extract_bench.py --misses       # list every gold claim not found right, and every stray
    python bench/extract_bench.py --runs 7       # more timing runs (the median is reported)
    python bench/extract_bench.py --check        # which development texts are missing or differ
    python bench/extract_bench.py --test-misses  # the test half's misses too: for notes, never for rules
    python bench/extract_bench.py --throughput   # also whole-process `nkecon extract` on a 20 MB text
    python bench/extract_bench.py --instructions # extract against search_dates counted in instructions (valgrind)

The development set is split once into a development half and a test half
(bench/devset/split.json, made by bench/devset/split.py). Both are measured and reported side by
side, with the gap between them; `--misses` lists the development half's misses only, since a
rule is written for those and never for the test half's.

The development set (bench/devset/README.md) is real third-party text: it is not in the
repository. Rebuild `bench/devset/texts/<id>.txt` from each gold list's `retrieve` block first;
missing texts are skipped and counted. The fixtures (tests/fixtures/extract) are texts we wrote.

Per document and overall:

- recall: gold claims (not optional) found by a candidate whose figure overlaps the gold figure
  and whose value (and value_max), unit and date (same day bounds as the gold `when`) are all
  right; also value-and-unit right alone, and date accuracy among those;
- real: the share of figure candidates whose figure is a gold claim (optional ones count);
- non-claims: figure candidates on a number the gold list names as no claim (must be 0);
- on the shipped sources: the curated facts with a value rediscovered (a candidate in the quote
  with the same value) and with the same unit too.

Speed: the whole extraction (tables, sentences, dates, quantities, attaching, measures, topics,
records) against `dateparser.search.search_dates(text, languages=["en"])` on the same texts, in
one run, each warmed up once; extract's caches are cleared before every timed run.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from nkecon_cli import extract as ex  # noqa: E402
from nkecon_cli import factbase  # noqa: E402
from nkecon_cli.extract import dates as _dates  # noqa: E402
from nkecon_cli.extract import lexicon as _lexicon  # noqa: E402
from nkecon_cli.extract import units as _units  # noqa: E402
from nkecon_cli.factbase import when as _when  # noqa: E402

sys.path.insert(0, str(ROOT / "bench" / "devset"))
from check_gold import figure_offset, locate  # noqa: E402  (one reading of an anchor, shared with the checker)
from split import halves  # noqa: E402

DEVSET = ROOT / "bench" / "devset"
FIXTURES = ROOT / "tests" / "fixtures" / "extract"


@dataclass
class Gold:
    id: str
    genre: str
    text: str
    date: str
    claims: list[dict[str, Any]]
    non_claims: list[dict[str, Any]]
    changed: bool = False


@dataclass
class Score:
    required: int = 0
    found: int = 0  # value, unit and date right
    value_ok: int = 0  # value and unit right
    date_ok: int = 0  # among value_ok, the date right too
    figures: int = 0  # figure candidates
    real: int = 0
    non_claims: int = 0
    misses: list[str] = field(default_factory=list)
    judged: list[tuple[float, bool]] = field(default_factory=list)  # each figure candidate: confidence, right

    def add(self, o: Score) -> None:
        for k in ("required", "found", "value_ok", "date_ok", "figures", "real", "non_claims"):
            setattr(self, k, getattr(self, k) + getattr(o, k))
        self.judged += o.judged


def load_set(folder: Path, texts: Path | None) -> tuple[list[Gold], list[str]]:
    out, missing = [], []
    for p in sorted(folder.glob("*.json")):
        g = json.loads(p.read_text(encoding="utf-8"))
        tp = (texts / f"{p.stem}.txt") if texts else p.with_suffix(".txt")
        if not tp.exists():
            missing.append(p.stem)
            continue
        raw = tp.read_bytes()
        changed = bool(g.get("sha256")) and hashlib.sha256(raw).hexdigest() != g["sha256"]
        out.append(Gold(p.stem, g.get("genre", "?"), raw.decode("utf-8"), g["date"], g.get("claims", []),
                        g.get("non_claims", []), changed))
    return out, missing


def same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def same_when(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    try:
        return _when.bounds(a) == _when.bounds(b)
    except _when.DateError:
        return False


def document(g: Gold) -> ex.Document:
    lo = _when.bounds(g.date)[0]
    return ex.Document(g.text, None, lo, g.date, "the gold list's date")


def score(base: factbase.FactBase, g: Gold, recs: list[dict[str, Any]]) -> Score:
    s = Score()
    figs = [(r, r["candidate"]["figure"]["span"]) for r in recs if r["candidate"]["figure"]]
    gold: list[tuple[tuple[int, int], dict[str, Any]]] = []
    for c in g.claims:
        at = locate(g.text, c["anchor"], c.get("occurrence"))
        if at is None:
            continue
        a = at + figure_offset(c["anchor"], c["figure"])
        span = (a, a + len(c["figure"]))
        gold.append((span, c))
        if c.get("optional"):
            continue
        s.required += 1
        near = [r for r, (x, y) in figs if x < span[1] and span[0] < y]
        vals = [r for r in near if right_value(r, c)]
        right = [r for r in vals if same_when(r["when"], c["when"])]
        s.value_ok += bool(vals)
        s.date_ok += bool(right)
        s.found += bool(right)
        if not right:
            got = "; ".join(f"{r['value']} {r['unit']} @ {r['when']} ({r['candidate']['date']['basis']})"
                            for r in near) or "nothing"
            s.misses.append(f"  miss  {g.id}: {c['figure']!r} want {c['value']} {c['unit']} @ {c['when']} — got {got}")
    nc_spans = []
    for n in g.non_claims:
        at = locate(g.text, n["anchor"], n.get("occurrence"))
        if at is not None:
            nc_spans.append((at, at + len(n["anchor"])))
    for r, (x, y) in figs:
        s.figures += 1
        claims = [c for (a, b), c in gold if a < y and x < b]
        conf = r["candidate"]["confidence"]
        if claims:
            s.real += 1
            s.judged.append((conf, any(right_value(r, c) and same_when(r["when"], c["when"]) for c in claims)))
            continue
        s.judged.append((conf, False))
        if any(a < y and x < b for a, b in nc_spans):
            s.non_claims += 1
            s.misses.append(f"  NONCLAIM {g.id}: {r['candidate']['figure']['text']!r} in {r['quote'][:70]!r}")
        else:
            s.misses.append(f"  stray {g.id}: {r['candidate']['figure']['text']!r} → {r['value']} {r['unit']} "
                            f"in {r['quote'][:70]!r}")
    return s


def right_value(r: dict[str, Any], c: dict[str, Any]) -> bool:
    return same(r["value"], c["value"]) and same(r.get("value_max"), c.get("value_max")) and r["unit"] == c["unit"]


def shipped(base: factbase.FactBase) -> tuple[int, int, int]:
    """(facts with a value, rediscovered with the same value, and the same unit too)."""
    total = found = unit_ok = 0
    for sid in sorted(base.sources):
        src = base.sources[sid]
        doc = ex.Document(base.text(sid), sid, _when.bounds(src.date)[0], src.date, "sources.json")
        recs = [r for r in ex.extract(base, doc) if r["value"] is not None]
        for f in base.facts:
            if f.source != sid or f.value is None:
                continue
            loc = base.locate(f)
            if loc is None:
                continue
            total += 1
            near = [r for r in recs if r["candidate"]["span"][0] < loc[1] and loc[0] < r["candidate"]["span"][1]]
            want = [f.value] + ([f.value_max] if f.value_max is not None else [])
            have = [v for r in near for v in (r["value"], r.get("value_max")) if v is not None]
            ok = all(any(same(w, v) for v in have) for w in want)
            found += ok
            unit_ok += ok and any(same(f.value, r["value"]) and r["unit"] == f.unit for r in near)
    return total, found, unit_ok


def clear_caches(base: factbase.FactBase) -> None:
    base._folded.clear()
    _dates._resolve.cache_clear()
    _lexicon._fold.cache_clear()
    _units._clean.cache_clear()
    _when._CACHE.clear()


def timing(base: factbase.FactBase, docs: list[ex.Document], runs: int) -> tuple[int, float, float]:
    from dateparser.search import search_dates

    ex.extract(base, docs[0])  # warm-up: dateparser's language data, the base's lexicon
    search_dates(docs[0].text, languages=["en"])
    n = te = td = 0.0
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
        n += len(doc.text)
        te += statistics.median(t_ex)
        td += statistics.median(t_dp)
    return int(n), te, td


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "   n/a"


def report(title: str, base: factbase.FactBase, golds: list[Gold], misses: bool) -> Score:
    print(f"\n{title}")
    print(f"  {'document':<52} {'genre':<22} {'recall':>14} {'value':>7} {'date':>7} {'real':>14} {'non':>4}")
    total = Score()
    for g in golds:
        s = score(base, g, ex.extract(base, document(g)))
        total.add(s)
        flag = " (text differs from the checksum)" if g.changed else ""
        print(f"  {g.id[:52]:<52} {g.genre[:22]:<22} {s.found:>3}/{s.required:<3} {pct(s.found, s.required)} "
              f"{pct(s.value_ok, s.required)} {pct(s.date_ok, s.value_ok)} {s.real:>3}/{s.figures:<3}"
              f" {pct(s.real, s.figures)} {s.non_claims:>4}{flag}")
        if misses:
            for m in s.misses:
                print(m)
    print(f"  {'all':<52} {'':<22} {total.found:>3}/{total.required:<3} {pct(total.found, total.required)} "
          f"{pct(total.value_ok, total.required)} {pct(total.date_ok, total.value_ok)} "
          f"{total.real:>3}/{total.figures:<3} {pct(total.real, total.figures)} {total.non_claims:>4}")
    return total


def mean_recall(golds: list[Gold], base: factbase.FactBase) -> float:
    """The average over documents of each document's recall (every document weighs the same)."""
    rs = []
    for g in golds:
        s = score(base, g, ex.extract(base, document(g)))
        if s.required:
            rs.append(s.found / s.required)
    return statistics.mean(rs) if rs else 0.0


BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def calibration(judged: list[tuple[float, bool]]) -> list[tuple[float, float, int, float, float]]:
    """(low, high, candidates, mean confidence, share right) per confidence bin."""
    out = []
    for lo, hi in itertools.pairwise(BINS):
        xs = [(c, ok) for c, ok in judged if lo <= c < hi]
        if xs:
            out.append((lo, min(hi, 1.0), len(xs), statistics.mean(c for c, _ in xs),
                        sum(ok for _, ok in xs) / len(xs)))
    return out


def side_by_side(dev: Score, test: Score, dev_mean: float, test_mean: float) -> None:
    print("\nthe two halves side by side")
    print(f"  {'':<34} {'development':>14} {'test':>14} {'gap':>8}")
    rows = [
        ("claims found (value, unit, date)", dev.found, dev.required, test.found, test.required),
        ("value and unit right", dev.value_ok, dev.required, test.value_ok, test.required),
        ("candidates that are claims", dev.real, dev.figures, test.real, test.figures),
    ]
    for name, a, b, c, d in rows:
        gap = (100 * a / b if b else 0) - (100 * c / d if d else 0)
        print(f"  {name:<34} {a:>4}/{b:<4}{pct(a, b)} {c:>4}/{d:<4}{pct(c, d)} {gap:>+7.1f}")
    print(f"  {'mean of per-document recall':<34} {100 * dev_mean:>13.1f}% {100 * test_mean:>13.1f}% "
          f"{100 * (dev_mean - test_mean):>+7.1f}")
    print(f"  {'non-claims proposed':<34} {dev.non_claims:>14} {test.non_claims:>14}")
    print("\nconfidence against the share of candidates right (fitted on development first readings)")
    print(f"  {'confidence':<12} {'development':>26} {'test':>26}")
    cd, ct = {r[0]: r for r in calibration(dev.judged)}, {r[0]: r for r in calibration(test.judged)}
    for lo, hi in itertools.pairwise(BINS):
        cells = []
        for cal in (cd, ct):
            r = cal.get(lo)
            cells.append(f"{r[2]:>4} at {r[3]:.2f}: {100 * r[4]:5.1f}% right" if r else "")
        print(f"  {lo:.1f}–{min(hi, 1.0):.1f}    {cells[0]:>26} {cells[1]:>26}")


_COUNTED = """
import sys
sys.path.insert(0, {src!r}); sys.path.insert(0, {bench!r}); sys.path.insert(0, {devset!r})
import extract_bench as eb
from nkecon_cli import extract as ex, factbase
from dateparser.search import search_dates
base = factbase.load({root!r})
every, _ = eb.load_set(eb.DEVSET / "gold", eb.DEVSET / "texts")
docs = [eb.document(g) for g in every]
ex.extract(base, docs[0]); search_dates(docs[0].text, languages=["en"])
if sys.argv[1] == "extract":
    for d in docs: ex.extract(base, d)
elif sys.argv[1] == "search_dates":
    for d in docs: search_dates(d.text, languages=["en"])
"""


def instructions() -> None:
    """The same comparison counted in instructions (valgrind's callgrind), which a busy machine cannot skew:
    each side's count less that of the same process doing nothing after the warm-up."""
    import shutil
    import subprocess
    import tempfile

    if not shutil.which("valgrind"):
        print("\ninstructions: valgrind is not installed (apt-get install valgrind)")
        return
    script = _COUNTED.format(src=str(ROOT / "src"), bench=str(ROOT / "bench"), devset=str(DEVSET), root=str(ROOT))
    counts = {}
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "counted.py").write_text(script, encoding="utf-8")
        for what in ("nothing", "extract", "search_dates"):
            done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out", sys.executable,
                                   str(Path(tmp) / "counted.py"), what], capture_output=True, text=True, check=False)
            got = [ln for ln in done.stderr.splitlines() if "Collected" in ln]
            counts[what] = int(got[-1].split()[-1]) if got else 0
    ex_n, dp_n = counts["extract"] - counts["nothing"], counts["search_dates"] - counts["nothing"]
    print(f"\ninstructions on the development set's {len(load_set(DEVSET / 'gold', DEVSET / 'texts')[0])} texts: "
          f"extract {ex_n / 1e6:,.0f} M, search_dates {dp_n / 1e6:,.0f} M: extract is {dp_n / ex_n:.1f}× search_dates")


def throughput(megabytes: int) -> None:
    """Whole-process `nkecon extract` on texts repeated to the given size: our own fixtures (dense with
    figures, about one every 75 characters) and the shipped sources (archival prose, one every 500)."""
    for name, folder in (("our own fixtures (figure-dense)", FIXTURES), ("the shipped sources (prose)",
                                                                       ROOT / "sources")):
        _throughput(megabytes, name, folder)


def _throughput(megabytes: int, name: str, folder: Path) -> None:
    import subprocess
    import tempfile

    parts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    unit = "\n\n".join(parts)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        with path.open("w", encoding="utf-8") as f:
            written = 0
            while written < megabytes * 1_000_000:
                f.write(unit + "\n\n")
                written += len(unit.encode()) + 2
        size = path.stat().st_size
        cmd = [sys.executable, "-m", "nkecon_cli", "--base", str(ROOT), "extract", str(path), "--date", "2016",
               "--format", "jsonl"]
        import resource

        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        dt = time.perf_counter() - t0
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    if done.returncode:
        print(f"\nthroughput: nkecon extract failed: {done.stderr.decode()[-300:]}")
        return
    # the process's CPU time as well: on a busy machine the wall clock measures the other processes too
    print(f"\nwhole-process nkecon extract on {size / 1e6:.1f} MB of {name}: {dt:.1f} s, "
          f"{size / 1e6 / dt:.2f} MB/s (CPU {cpu:.1f} s: {size / 1e6 / cpu:.2f} MB per CPU second)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default=str(ROOT), help="fact base folder (default: the repository)")
    ap.add_argument("--runs", type=int, default=5, help="timing runs per text (median reported)")
    ap.add_argument("--misses", action="store_true", help="list the development half's misses and strays")
    ap.add_argument("--test-misses", action="store_true",
                    help="list the test half's misses too (for notes on what still fails; never write a rule for one)")
    ap.add_argument("--check", action="store_true", help="only say which development texts are missing or differ")
    ap.add_argument("--throughput", action="store_true", help="also time whole-process extract on a 20 MB text")
    ap.add_argument("--instructions", action="store_true",
                    help="also count extract's and search_dates' instructions with valgrind (immune to a busy machine)")
    ap.add_argument("--no-speed", action="store_true", help="skip the in-process speed comparison")
    ap.add_argument("--dev-only", action="store_true",
                    help="measure the development half alone (while writing rules: the test half is for the end)")
    args = ap.parse_args()
    base = factbase.load(args.base)
    every, missing = load_set(DEVSET / "gold", DEVSET / "texts")
    if args.check:
        for g in every:
            print(f"{g.id}: {'differs from its checksum' if g.changed else 'ok'}")
        for m in missing:
            print(f"{m}: missing — rebuild bench/devset/texts/{m}.txt (bench/devset/README.md)")
        return
    dev_ids, test_ids = halves()
    unsplit = [g.id for g in every if g.id not in dev_ids | test_ids]
    dev = [g for g in every if g.id in dev_ids]
    test = [g for g in every if g.id in test_ids]
    print("recall = value, unit and date right; value = value and unit right; date = date right among those;")
    print("real = figure candidates that are gold claims; non = listed non-claims proposed")
    if missing:
        print(f"\n{len(missing)} development-set texts missing (skipped): {', '.join(missing)}")
    if unsplit:
        print(f"\nnot in either half yet (run bench/devset/split.py): {', '.join(unsplit)}")
    sd = report(f"development half: {len(dev)} real documents, {len({g.genre for g in dev})} genres", base, dev,
                args.misses)
    if args.dev_only:
        print(f"  mean of per-document recall: {100 * mean_recall(dev, base):.1f}%")
    else:
        st = report(f"test half: {len(test)} real documents, {len({g.genre for g in test})} genres", base, test,
                    args.test_misses)
        side_by_side(sd, st, mean_recall(dev, base), mean_recall(test, base))
    fixtures, _ = load_set(FIXTURES, None)
    if fixtures:
        report(f"fixtures: {len(fixtures)} texts of our own writing", base, fixtures, args.misses)
    total, found, unit_ok = shipped(base)
    print(f"\nshipped sources: quantified facts rediscovered {found}/{total} {pct(found, total)}, "
          f"with the same unit {unit_ok}/{total} {pct(unit_ok, total)}")
    if not args.no_speed:
        docs = [document(g) for g in every + fixtures]
        docs += [ex.Document(base.text(sid), sid, _when.bounds(base.sources[sid].date)[0],
                             base.sources[sid].date, "sources.json") for sid in sorted(base.sources)]
        n, te, td = timing(base, docs, args.runs)
        print(f"\nspeed on {len(docs)} texts, {n:,} characters (median of {args.runs} runs each, summed):")
        print(f"  extract {te * 1000:8.1f} ms  {n / te:>12,.0f} chars/s")
        print(f"  search_dates {td * 1000:8.1f} ms  {n / td:>12,.0f} chars/s")
        print(f"  extract is {td / te:.1f}× search_dates")
    if args.throughput:
        throughput(20)
    if args.instructions:
        instructions()


if __name__ == "__main__":
    main()
