"""`extract` on a long text: peak memory, whole time and time to the first line (`| head -1`).

    python bench/extract_stream.py              # a 50 MB text (about a minute a run)
    python bench/extract_stream.py --mb 5

The text is the shipped sources' texts repeated to the size asked (so every stretch has figures,
dates and tables to find). Each row is one whole process, measured with GNU time's %M (peak
resident set) as bench/run.py measures; "first line" is the wall time of
`nkecon extract big.txt --format jsonl | head -1`. The target (issue 20): under 300 MiB at 50 MB,
and a first line long before the end. Nothing here is asserted (DESIGN.md §4).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import NK, ROOT, TIME, once


def text_of(mb: float) -> str:
    one = "".join((p.read_text(encoding="utf-8") + "\n\n") for p in sorted((ROOT / "sources").glob("*.txt")))
    return one * (int(mb * 1_000_000) // len(one) + 1)


def first_line(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    proc.stdout.readline()
    secs = time.perf_counter() - t0
    proc.stdout.close()
    proc.wait()
    return secs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50.0, help="size of the text in MB")
    args = ap.parse_args()
    if TIME is None:
        print("GNU time is needed for peak memory (apt-get install time)", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.txt"
        big.write_text(text_of(args.mb), encoding="utf-8")
        size = big.stat().st_size / 1e6
        print(f"| extract of a {size:.0f} MB text | time | peak memory | output |")
        print("|---|---:|---:|---:|")
        for fmt in ("plain", "jsonl"):
            secs, peak, out = once([*NK, "extract", str(big), "--date", "1957", "--format", fmt])
            print(f"| `--format {fmt}`, whole | {secs:.1f} s | {peak:.0f} MiB | {out / 1e6:.0f} MB |")
        secs = first_line([*NK, "extract", str(big), "--date", "1957", "--format", "jsonl"])
        print(f"| `--format jsonl \\| head -1`, first line | {secs:.2f} s | | |")


if __name__ == "__main__":
    main()
