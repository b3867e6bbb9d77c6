"""nkecon's speed, side by side with what a user would otherwise run, in one Markdown table.

    python bench/run.py                 # 1k, 10k and 100k facts, 5 runs each (a few minutes)
    python bench/run.py --runs 7 --sizes 1000,100000

Every row is measured in this one run, as whole processes (start-up, imports, load, work,
output), the median of --runs runs, with the peak resident memory of the process (ru_maxrss
from wait4). Beside each nkecon command stands its yardstick, timed in the same loop:
``python -c pass`` for start-up, ``jq`` on the same facts.json for queries (the equivalent filter:
the topic and its subtopics), ``dateparser.search.search_dates`` on the same text for extract.

Synthetic bases (in a temporary folder) have the shape of a real one: the shipped topics and
entities plus generated places and works, one source text per 100 facts made of sentences with
figures and dates, each fact quoting its own sentence (so ``verify`` finds every quote), dates
from 1945 to 2024 at year, month, day and interval precision, several kinds, measures and
speakers. "First after an edit" changes one fact's value in the middle of facts.json before each
run (the index is brought up to date: the whole file read, the changed fact validated); "a new
base" deletes the index before each run (every fact validated); "repeated" runs on an unchanged
base (the index is read).

Source files are compiled to bytecode first (``compileall``), as an installed package has them,
so that a PYTHONDONTWRITEBYTECODE environment does not time the compiler. Nothing here is
asserted: these are numbers for people (DESIGN.md §4).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
NK = [PY, "-m", "nkecon_cli"]


# --- measuring -----------------------------------------------------------------------------


TIME = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").is_file() else None)


def once(cmd: list[str] | str, env: dict[str, str] | None = None, before: object = None) -> tuple[float, float, int]:
    """Seconds, peak MiB and output bytes of one whole process (stdout a pipe, read to the end).

    Peak memory is GNU time's %M (max resident set) of the process itself: a child forked from
    this Python would report this process's own size as its high-water mark.
    """
    if callable(before):
        before()
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        argv = ["sh", "-c", cmd] if isinstance(cmd, str) else cmd
        if TIME:
            argv = [TIME, "-f", "%M", "-o", rss.name, *argv]
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        assert proc.stdout is not None
        size = 0
        while chunk := proc.stdout.read(1 << 16):
            size += len(chunk)
        proc.wait()
        secs = time.perf_counter() - t0
        try:
            peak = int(rss.read().strip().splitlines()[-1]) / 1024
        except (ValueError, IndexError):
            peak = float("nan")
    return secs, peak, size


def side_by_side(cmds: dict[str, tuple[list[str] | str, dict[str, str] | None, object]], runs: int
                 ) -> dict[str, tuple[float, float, int]]:
    """Each command once per round, rounds interleaved, so load on the machine falls on all alike."""
    got: dict[str, list[tuple[float, float, int]]] = {k: [] for k in cmds}
    for _ in range(runs):
        for name, (cmd, env, before) in cmds.items():
            got[name].append(once(cmd, env, before))
    return {k: (statistics.median(t for t, _, _ in v), max(m for _, m, _ in v), v[-1][2]) for k, v in got.items()}


# --- synthetic bases ---------------------------------------------------------------------------

UNITS = [("output", "t", "year"), ("capacity", "kW", None), ("area sown", "ha", None), ("workers", "count", None),
         ("exports", "USD", "year"), ("growth", "%", None)]
KINDS = ["statistic", "statistic", "statistic", "target", "capacity", "estimate", "plan", "directive", "event",
         "assessment"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def build(root: Path, n: int, seed: int = 12) -> Path:
    """A base of ``n`` facts of realistic shape whose every quote is in its source text."""
    rng = random.Random(seed)
    shipped = json.loads((ROOT / "facts.json").read_text(encoding="utf-8"))
    topics = list(shipped["topics"])
    leaf = [t["id"] for t in topics]
    entities = list(shipped["entities"])
    n_places = max(20, n // 200)
    for i in range(n_places):
        pid = f"place-{i}"
        entities.append({"id": pid, "name": f"Place {i}", "type": "place", "aliases": [f"Pl{i}", f"Town {i}"]})
        entities.append({"id": f"works-{i}", "name": f"Works No. {i}", "type": "facility", "aliases": [],
                         "parent": pid})
    speakers = [e["id"] for e in entities if e["type"] in ("person", "organisation")] or ["place-0"]
    root.mkdir(parents=True)
    (root / "sources").mkdir()
    sources, facts = [], []
    per_source = 100
    perspectives = ["dprk-leadership", "soviet-diplomat", "chinese-delegation", "exile-media", "defector"]
    for s in range((n + per_source - 1) // per_source):
        year = rng.randint(1945, 2024)
        sid = f"report-{s}-{year}"
        lines = [f"Report number {s}, {year}.", ""]
        count = min(per_source, n - s * per_source)
        for j in range(count):
            topic = rng.choice(leaf)
            place = rng.randrange(n_places)
            what, unit, per = rng.choice(UNITS)
            kind = rng.choice(KINDS)
            value = rng.randint(1, 500) * 100
            y = rng.randint(1945, year)
            precision = rng.random()
            if precision < 0.5:
                when, words = str(y), f"in {y}"
            elif precision < 0.75:
                m = rng.randint(1, 12)
                when, words = f"{y}-{m:02d}", f"in {MONTHS[m - 1]} {y}"
            elif precision < 0.9:
                m, d = rng.randint(1, 12), rng.randint(1, 28)
                when, words = f"{y}-{m:02d}-{d:02d}", f"on {d} {MONTHS[m - 1]} {y}"
            else:
                when, words = f"{y}/{min(y + 4, 2024)}", f"from {y} to {min(y + 4, 2024)}"
            measure = f"{topic.replace('-', ' ')} {what}, Works No. {place}"
            quote = f"Works No. {place} at Place {place} reported {value:,} {unit} of {topic.replace('-', ' ')} " \
                    f"{what} {words} (entry {s}.{j})."
            lines.append(quote + " " + rng.choice(["The plan was discussed at length.", "Officials were criticised.",
                                                   "Supplies remained short.", ""]))
            if j % 7 == 6:
                lines.append("")
            figure = kind not in ("directive", "event", "assessment")
            facts.append({
                "id": f"f{s}-{j}", "statement": f"Works No. {place} reported {value} {unit} of {what} {words}.",
                "topics": [topic], "kind": kind, "measure": measure if figure else None,
                "value": value if figure else None, "value_max": None, "approx": rng.choice([None, None, "about"]),
                "unit": unit if figure else None, "per": per if figure else None, "when": when,
                "dated_by": "explicit", "stated": str(year), "entities": [f"works-{place}", f"place-{place}"],
                "speaker": rng.choice(speakers), "source": sid, "quote": quote, "note": None,
            })
        (root / "sources" / f"{sid}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        sources.append({"id": sid, "title": f"Report {s} of {year}", "short": f"Report {s}", "date": str(year),
                        "kind": "news-report", "author": None, "speakers": [], "perspective": rng.choice(perspectives),
                        "publisher": None, "url": None, "citation": f"Report {s}, {year}.", "language": "English",
                        "translator": None, "summary": None, "note": None})
    doc = {"topics": topics, "entities": entities, "facts": facts}
    (root / "facts.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (root / "sources" / "sources.json").write_text(json.dumps({"sources": sources}, indent=2) + "\n",
                                                   encoding="utf-8")
    return root


def change_one_value(path: Path) -> None:
    """Edit facts.json as a curator would: one fact's value, in the middle of the file, goes up or down by one."""
    raw = path.read_bytes()
    m = re.compile(rb'"value": (\d+)').search(raw, len(raw) // 2)
    assert m is not None
    value = int(m.group(1))
    new = str(value + 1 if value % 2 == 0 else value - 1).encode()
    path.write_bytes(raw[:m.start(1)] + new + raw[m.end(1):])


def descendants(root: Path, topic: str) -> list[str]:
    topics = json.loads((root / "facts.json").read_text(encoding="utf-8"))["topics"]
    out, frontier = {topic}, [topic]
    while frontier:
        node = frontier.pop()
        for t in topics:
            if t.get("parent") == node and t["id"] not in out:
                out.add(t["id"])
                frontier.append(t["id"])
    return sorted(out)


def jq_filter(topics: list[str]) -> str:
    wanted = json.dumps(topics)
    return f".facts[] | select(any(.topics[]; . as $t | {wanted} | index($t)))"


# --- the table -------------------------------------------------------------------------------


def ms(s: float) -> str:
    return f"{s * 1000:,.0f} ms" if s < 10 else f"{s:,.1f} s"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sizes", default="1000,10000,100000")
    args = ap.parse_args()
    runs = max(1, args.runs)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    compileall.compile_dir(str(ROOT / "src" / "nkecon_cli"), quiet=1)
    jq = shutil.which("jq")
    jq_version = subprocess.run([jq, "--version"], capture_output=True, text=True).stdout.strip() if jq else None
    cache = tempfile.mkdtemp(prefix="nkecon-bench-cache-")
    env = {**os.environ, "XDG_CACHE_HOME": cache, "COLUMNS": "100"}
    env.pop("NKECON_BASE", None)
    rows: list[tuple[str, str, str, str, str]] = []

    def row(what: str, ours: tuple[float, float, int], yard: tuple[float, float, int] | None, yard_name: str,
            goal: str = "") -> None:
        if yard is None:
            ratio = "—"
        elif ours[0] < yard[0]:
            ratio = f"{yard[0] / ours[0]:.1f}× faster than {yard_name}"
        else:
            ratio = f"{ours[0] / yard[0]:.1f}× {yard_name}"
        mem = f"{ours[1]:,.0f} MiB"
        rows.append((what, ms(ours[0]), f"{ms(yard[0])} ({yard_name})" if yard else "—", ratio, mem + goal))

    # the shipped base: start-up, piped queries, completion
    subprocess.run([*NK, "facts"], env=env, stdout=subprocess.DEVNULL, check=True)  # its index, built once
    tab_place = {**env, "_NKECON_COMPLETE": "bash_complete", "COMP_WORDS": "nkecon facts --place heu",
                 "COMP_CWORD": "3"}
    tab_cmd = {**env, "_NKECON_COMPLETE": "bash_complete", "COMP_WORDS": "nkecon ti", "COMP_CWORD": "1"}
    tab_speaker = {**env, "_NKECON_COMPLETE": "bash_complete", "COMP_WORDS": "nkecon facts --speaker ",
                   "COMP_CWORD": "3"}
    got = side_by_side({
        "pass": ([PY, "-c", "pass"], env, None),
        "timeline": (f"{' '.join(NK)} timeline --topic zinc | cat", env, None),
        "facts": ([*NK, "facts", "--topic", "zinc", "-f", "jsonl"], env, None),
        "help": ([*NK, "--help"], env, None),
        "tab-place": (NK, tab_place, None),
        "tab-speaker": (NK, tab_speaker, None),
        "tab-cmd": (NK, tab_cmd, None),
        "noindex": ([*NK, "facts", "--topic", "zinc", "-f", "jsonl"], {**env, "NKECON_INDEX": "0"}, None),
        "jq-shipped": ([jq, "-c", jq_filter(descendants(ROOT, "zinc")), str(ROOT / "facts.json")], env, None)
        if jq else ([PY, "-c", "pass"], env, None),
    }, runs)
    base_pass = got["pass"]
    row("`python -c pass` (start-up yardstick)", base_pass, None, "")
    row("shipped: `timeline --topic zinc | cat`", got["timeline"], base_pass, "pass", " · goal ≤ 8× pass")
    row("shipped: `facts --topic zinc -f jsonl`", got["facts"], base_pass, "pass", " · goal ≤ 8× pass")
    row("shipped: same, `NKECON_INDEX=0`", got["noindex"], base_pass, "pass")
    if jq:
        row("shipped: jq, same filter", got["jq-shipped"], base_pass, "pass")
    row("shipped: `--help`", got["help"], base_pass, "pass")
    row("one Tab: `--place heu`", got["tab-place"], base_pass, "pass", " · goal ≤ 100 ms")
    row("one Tab: `--speaker `", got["tab-speaker"], base_pass, "pass", " · goal ≤ 100 ms")
    row("one Tab: a command name", got["tab-cmd"], base_pass, "pass", " · goal ≤ 100 ms")

    with tempfile.TemporaryDirectory(prefix="nkecon-bench-") as tmp:
        for n in sizes:
            root = build(Path(tmp) / f"base-{n}", n)
            size_mb = (root / "facts.json").stat().st_size / 1e6
            topic = "zinc"  # as in issue 12; with its subtopics, if any
            query = [*NK, "--base", str(root), "facts", "--topic", topic, "-f", "jsonl"]
            jq_cmd = [jq, "-c", jq_filter(descendants(root, topic)), str(root / "facts.json")] if jq else None
            facts_json = root / "facts.json"

            def edit(path: Path = facts_json) -> None:
                change_one_value(path)

            def forget(index: Path = root / ".nkecon") -> None:
                shutil.rmtree(index, ignore_errors=True)
                shutil.rmtree(Path(cache) / "nkecon", ignore_errors=True)

            cmds: dict[str, tuple[list[str] | str, dict[str, str] | None, object]] = {
                "first": (query, env, edit), "repeated": (query, env, None), "new": (query, env, forget)}
            if jq_cmd:
                cmds["jq"] = (jq_cmd, env, None)
            got = side_by_side(cmds, runs)
            label = f"{n:,} facts ({size_mb:.0f} MB)"
            jq_t = got.get("jq")
            row(f"{label}: `facts --topic {topic} -f jsonl`, first after an edit", got["first"], jq_t, "jq",
                " · goal ≤ 1× jq" if n == 100_000 else "")
            row(f"{label}: same, a new base (no index yet)", got["new"], jq_t, "jq")
            row(f"{label}: same, repeated", got["repeated"], jq_t, "jq",
                " · goal ≥ 5× faster than jq, ≤ 300 MiB" if n == 100_000 else "")
            if jq_t:
                row(f"{label}: jq, same filter", jq_t, None, "")
            if n == max(sizes):
                heavy = side_by_side({
                    "verify": ([*NK, "--base", str(root), "verify"], env, None),
                    "verify-edit": ([*NK, "--base", str(root), "verify"], env, edit),
                    "sqlite": ([*NK, "--base", str(root), "export", "--format", "sqlite", "-o",
                                str(Path(tmp) / "out.db")], env, None),
                    "diff": ([*NK, "--base", str(root), "diff", "1957", "1967", "-f", "jsonl"], env, None),
                }, max(1, min(runs, 3)))
                row(f"{label}: `verify`", heavy["verify"], None, "", " · goal ≤ 3 s")
                row(f"{label}: `verify`, first after an edit", heavy["verify-edit"], None, "")
                row(f"{label}: `export --format sqlite`", heavy["sqlite"], None, "")
                row(f"{label}: `diff 1957 1967`", heavy["diff"], None, "")
            shutil.rmtree(root)

    text = ROOT / "sources" / "puzanov-journal-1957-08-07.txt"
    if not text.is_file():
        text = next((ROOT / "sources").glob("*.txt"))
    got = side_by_side({
        "extract": ([*NK, "extract", str(text), "--date", "1957-08-07", "-f", "jsonl"], env, None),
        "search_dates": ([PY, "-c", "import sys; from dateparser.search import search_dates; "
                          "search_dates(open(sys.argv[1], encoding='utf-8').read(), languages=['en'])", str(text)],
                         env, None),
    }, runs)
    row(f"`extract` on {text.name} ({text.stat().st_size / 1000:.0f} kB)", got["extract"], got["search_dates"],
        "search_dates")
    row("`search_dates` on the same text", got["search_dates"], None, "")
    shutil.rmtree(cache, ignore_errors=True)

    print(f"nkecon bench: median of {runs} runs, whole processes; Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs; jq: {jq_version or 'not found (rows skipped)'}; peak memory: "
          f"{'GNU time %M' if TIME else 'not measured (no time(1))'}\n")
    print("| what | nkecon | yardstick | ratio | peak memory |")
    print("|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(cell.replace("|", "\\|") for cell in r) + " |")


if __name__ == "__main__":
    main()
