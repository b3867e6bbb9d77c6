"""Record how the extractor read each development document the first time: before any rule was written for it.

    python bench/first_readings.py            # read every development document not yet recorded; write the file
    python bench/first_readings.py --show     # print what is recorded, per document

Rules are written on the development half, so by now the extractor reads those documents better than it will
read the next one. The document it was tuned on least is the one it had never seen. So for every development
document added after the split, this script takes the repository as it stood at the commit that added the
document's gold list (the extractor as it was before anyone had seen the document), runs that extractor on the
document, and records each figure candidate's evidence (``confidence``'s features, read from the candidate's
record), whether it is right by the gold list as it stands now, and the document's claims found (value, unit and
date right): the extractor's recall on a document it had never seen, as the test half measures it, but on the
development side. ``bench/calibrate.py`` prints how its confidence holds on these first readings (and can fit on
them, ``--on first``).

The recorded file, ``bench/devset/first-readings.json``, holds only what was read (features, right or wrong, and
the figure's offsets), no text. A document is read once; later runs add the documents not yet recorded. The 14
documents the extractor was tuned on before the split have no first reading, and are left out.

The old extractor runs from ``git archive`` of that commit in a temporary folder, in a child process (its package
is not this one), on the text in ``bench/devset/texts``; a document whose old reading fails is reported and left
for a later run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import extract_bench as eb  # noqa: E402

from nkecon_cli import factbase  # noqa: E402
from nkecon_cli.extract.confidence import BASES  # noqa: E402
from nkecon_cli.extract.units import DURATIONS  # noqa: E402

FILE = eb.DEVSET / "first-readings.json"

# run in the old tree: read (id, text, date) lines on stdin, print each document's records as one JSON line
_CHILD = r"""
import json, sys
from nkecon_cli import extract as ex, factbase
try:
    from nkecon_cli.factbase import when as _when
except ImportError:  # before the factbase became a package
    from nkecon_cli import when as _when
base = factbase.load(sys.argv[1])
for line in sys.stdin:
    job = json.loads(line)
    try:
        doc = ex.Document(job["text"], None, _when.bounds(job["date"])[0], job["date"], "the gold list's date")
        recs = [ex.record(c, doc) for c in ex.candidates(base, doc)]
        print(json.dumps({"id": job["id"], "records": recs}, default=str), flush=True)
    except Exception as e:  # an old reading that fails is reported, not recorded
        print(json.dumps({"id": job["id"], "error": f"{type(e).__name__}: {e}"}), flush=True)
"""


def record_features(r: dict[str, Any]) -> dict[str, float]:
    """``confidence.features`` of a candidate, read from its record (so that an old extractor's records give the
    features the model reads now); ``tests/test_extract_confidence.py`` checks the two agree."""
    c = r["candidate"]
    d = c["date"]
    fig = c["figure"] or {}
    unit = r["unit"]
    f: dict[str, float] = {f"basis:{b}": float(d["basis"] == b) for b in BASES}
    f["measured"] = float(unit is not None and (unit not in ("count", *DURATIONS)
                                                or fig.get("noun") == "children per woman"))
    f["count"] = float(unit == "count")
    f["dates"] = min(len(c["dates"]), 3) / 3
    f["measure"] = float(bool(r["measure"]))
    f["topics"] = float(bool(r["topics"]))
    f["comparison"] = float(c["comparison"] is not None)
    f["approx"] = float(r["approx"] is not None)
    f["relative"] = float(d["dated_by"] == "relative")
    f["cell"] = float(c.get("header") is not None or d["basis"] == "table-header")
    f["long"] = float(len(r["quote"].split()) > 40)
    return f


def dump(data: dict[str, Any]) -> str:
    """The file's text: the feature names once, then each candidate on a line of its own, as its feature values (in
    that order), whether it was right, and its figure's offsets."""
    names = sorted({k for d in data["documents"].values() for f, _ok, _s in d["rows"] for k in f})
    lines = ["{", f' "about": {json.dumps(data["about"])},', f' "features": {json.dumps(names)},', ' "documents": {']
    items = list(data["documents"].items())
    for i, (doc_id, d) in enumerate(items):
        lines.append(f'  {json.dumps(doc_id)}: {{"commit": {json.dumps(d["commit"])}, "found": {d["found"]}, '
                     f'"required": {d["required"]}, "rows": [')
        rows = [json.dumps([[round(f.get(k, 0.0), 4) for k in names], ok, span]) for f, ok, span in d["rows"]]
        lines += [f"   {r}," for r in rows[:-1]] + ([f"   {rows[-1]}"] if rows else [])
        lines.append("  ]}" + ("," if i < len(items) - 1 else ""))
    return "\n".join([*lines, " }", "}"]) + "\n"


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def added_by(doc_id: str) -> str | None:
    """The commit that first added the document's gold list."""
    out = _git("log", "--diff-filter=A", "--format=%H", "--", f"bench/devset/gold/{doc_id}.json").split()
    return out[-1] if out else None


def load() -> dict[str, Any]:
    """The recorded first readings, each row as (features by name, right, figure offsets)."""
    if FILE.exists():
        data = json.loads(FILE.read_text(encoding="utf-8"))
        names = data.pop("features")
        for d in data["documents"].values():
            d["rows"] = [(dict(zip(names, values, strict=True)), ok, span) for values, ok, span in d["rows"]]
        return data
    return {"about": "Written by bench/first_readings.py: each development document's figure candidates as the "
                     "extractor read it at the commit that added its gold list (features, right by today's gold).",
            "documents": {}}


def read_at(commit: str, golds: list[eb.Gold]) -> dict[str, list[dict[str, Any]] | str]:
    """Each document's records as the extractor of ``commit`` reads it (or the error it met)."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "archive", commit], cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        jobs = "".join(json.dumps({"id": g.id, "text": g.text, "date": g.date}) + "\n" for g in golds)
        env = {"PYTHONPATH": str(Path(tmp) / "src"), "PATH": "/usr/bin:/bin"}
        done = subprocess.run([sys.executable, "-c", _CHILD, tmp], input=jobs, capture_output=True, text=True,
                              env=env, cwd=tmp)
    out: dict[str, list[dict[str, Any]] | str] = {}
    for line in done.stdout.splitlines():
        got = json.loads(line)
        out[got["id"]] = got.get("error") or got["records"]
    for g in golds:
        out.setdefault(g.id, (done.stderr.strip().splitlines() or ["no output"])[-1])
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    data = load()
    docs: dict[str, Any] = data["documents"]
    if not args.show:
        base = factbase.load(ROOT)
        every, missing = eb.load_set(eb.DEVSET / "gold", eb.DEVSET / "texts")
        dev_ids, _ = eb.halves()
        tuned = set(json.loads((eb.DEVSET / "split.json").read_text(encoding="utf-8"))["tuned_before_split"])
        todo: dict[str, list[eb.Gold]] = {}
        for g in every:
            if g.id in dev_ids and g.id not in tuned and g.id not in docs and (c := added_by(g.id)):
                todo.setdefault(c, []).append(g)
        for commit, golds in todo.items():
            print(f"{commit[:7]}: {len(golds)} documents", file=sys.stderr)
            results = read_at(commit, golds)
            for g in golds:
                recs = results[g.id]
                if isinstance(recs, str) or recs is None:
                    print(f"  {g.id}: not read ({recs})", file=sys.stderr)
                    continue
                figs = [r for r in recs if r["candidate"]["figure"]]
                sc = eb.score(base, g, figs)
                rows = [[record_features(r), ok, r["candidate"]["figure"]["span"]]
                        for r, (_conf, ok) in zip(figs, sc.judged, strict=True)]
                docs[g.id] = {"commit": commit, "found": sc.found, "required": sc.required, "rows": rows}
                print(f"  {g.id}: {len(rows)} candidates, {sum(ok for _f, ok, _s in rows)} right", file=sys.stderr)
        if missing:
            print(f"missing texts (skipped): {', '.join(missing)}", file=sys.stderr)
        data["documents"] = dict(sorted(docs.items()))
        FILE.write_text(dump(data), encoding="utf-8")
    total = right = found = required = 0
    for doc_id, d in sorted(docs.items()):
        n, k = len(d["rows"]), sum(ok for _f, ok, _s in d["rows"])
        total, right, found, required = total + n, right + k, found + d["found"], required + d["required"]
        if args.show:
            print(f"  {doc_id[:52]:<52} {d['commit'][:7]}  claims found {d['found']:>3}/{d['required']:<3}"
                  f"  candidates right {k:>3}/{n:<3}")
    print(f"first readings: {len(docs)} documents; claims found (value, unit, date) {found}/{required} "
          f"({100 * found / max(required, 1):.1f} %); figure candidates right {right}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
