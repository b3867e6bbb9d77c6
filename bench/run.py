"""nkecon's speed, side by side with what a user would otherwise run, in one Markdown table.

    python bench/run.py                 # 1k, 10k and 100k facts, 5 runs each (a few minutes)
    python bench/run.py --runs 7 --sizes 1000,100000
    python bench/run.py --only export --sizes 100000     # only the rows whose label matches

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

Beside the queries: ``export`` in every format it offers (``-o`` a file, and csv to a pipe), with
jq writing the same rows (csv, jsonl) and ``sqlite-utils insert`` the same facts (sqlite; only if
it is installed) as yardsticks; ``diff FROM TO`` (1945 and 1950: dates lean early, and this pair
has the most measures with a point at both), ``diff --conflicts``, and ``diff OLD`` against a copy
of the base with a few facts changed, added and removed, both as a folder and as a git revision
(the base's temporary folder is made a repository of two commits); and a broad query, ``--topic
energy`` (its seven topics of the 65 drawn uniformly: about a tenth of the facts), against jq.
These run on an indexed base, after one untimed run brings the index up to date. At 100,000 facts
a row carries issue 21's goal where it sets one (``· goal ≤ 3 s``), and export, diff and verify
take at most 3 runs (a wide export alone is a minute). ``--only REGEX`` runs just the rows whose
label matches (and their yardsticks), to time one piece: ``--only export``, ``--only
'diff|conflicts' --sizes 100000``.

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


def older_copy(root: Path, dest: Path, k: int = 5) -> Path:
    """A copy of the base as it was a few edits ago: against it, the base has ``k`` facts changed (a
    value), ``k`` added (missing from the copy) and ``k`` removed (in the copy only). The copy is a
    fact-base folder of its own, source texts and all (the index left out)."""
    shutil.copytree(root, dest, ignore=shutil.ignore_patterns(".nkecon", ".git"))
    doc = json.loads((dest / "facts.json").read_text(encoding="utf-8"))
    facts = doc["facts"]
    step = max(1, len(facts) // (3 * k + 1))
    figures = [i for i in range(0, len(facts), step) if facts[i]["value"] is not None]
    for i in figures[:k]:  # changed
        facts[i]["value"] += 1
    gone = set(range(step // 2, len(facts), step)[:k])  # added since: not in the copy
    extra = []
    for j, i in enumerate(range(step // 3, len(facts), step)[:k]):  # removed since: only in the copy
        old = dict(facts[i])
        old["id"] = f"{old['id']}-withdrawn-{j}"
        old["statement"] = f"A figure later withdrawn ({j})."
        old["quote"] = old["quote"].split(" of ")[0]  # still words of its source text
        extra.append(old)
    doc["facts"] = [f for i, f in enumerate(facts) if i not in gone] + extra
    (dest / "facts.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return dest


def git_history(root: Path, older: Path) -> None:
    """Make ``root`` a git repository of two commits: ``older``'s files, then the base as it is
    (the working tree is left untouched, so ``diff HEAD~1`` compares the same two bases as ``diff
    OLDER``)."""
    git = ["git", "-c", "user.name=nkecon bench", "-c", "user.email=bench@example.invalid",
           "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false"]
    quiet = {"check": True, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    subprocess.run([*git, "init", "-q", str(root)], **quiet)
    into = [*git, f"--git-dir={root / '.git'}"]
    subprocess.run([*into, f"--work-tree={older}", "add", "facts.json", "sources"], **quiet)
    subprocess.run([*into, f"--work-tree={older}", "commit", "-q", "-m", "older"], **quiet)
    subprocess.run([*into, f"--work-tree={root}", "add", "-A", "facts.json", "sources"], **quiet)
    subprocess.run([*into, f"--work-tree={root}", "commit", "-q", "-m", "now"], **quiet)


# The fields a fact has in facts.json, in the order export writes them (topics and entities joined
# with ";"), then its source's title: what a user would write with jq for the rows of `export`.
# The derived when_start and when_end need an EDTF reader jq does not have, so the yardstick leaves
# them out; it sorts by the `when` text, as export sorts by date.
FIELDS = ["id", "statement", "topics", "kind", "measure", "value", "value_max", "approx", "unit", "per", "when",
          "dated_by", "stated", "entities", "speaker", "source", "quote", "note"]
JQ_TITLES = "($s[0].sources | map({key: .id, value: .title}) | from_entries) as $t | "
JQ_CSV = JQ_TITLES + "({h} | @csv), (.facts | sort_by(.when)[] | [{cells}, $t[.source]] | @csv)".format(
    h=json.dumps([*FIELDS, "source_title"]),
    cells=", ".join(f'(.{f} | join(";"))' if f in ("topics", "entities") else f".{f}" for f in FIELDS))
JQ_JSONL = JQ_TITLES + ".facts | sort_by(.when)[] | . + {source_title: $t[.source]}"
FORMATS = ["csv", "tsv", "json", "jsonl", "markdown", "sqlite", "timelinejs", "csl-json", "wide"]


def export_formats(env: dict[str, str]) -> list[str]:
    """Every format `export --format` offers, as its --help lists them (the list above if it cannot)."""
    out = subprocess.run([*NK, "export", "--help"], env=env, capture_output=True, text=True).stdout
    m = re.search(r"--format \[([a-z|-]+)\]", out)
    return m.group(1).split("|") if m else FORMATS


# --- the table -------------------------------------------------------------------------------


def ms(s: float) -> str:
    return f"{s * 1000:,.0f} ms" if s < 10 else f"{s:,.1f} s"


Cmd = tuple[list[str] | str, dict[str, str] | None, object]
# a row: its label, the command it times, the yardstick's command (or None) and name, a goal
Row = tuple[str, str, str | None, str, str]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--only", metavar="REGEX", default=None,
                    help="run only the rows whose label matches (re.search; the base's size in MB aside), "
                         "with their yardsticks: --only export, --only 'diff|conflicts', --only '100,000.*csv'")
    args = ap.parse_args()
    runs = max(1, args.runs)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    only = re.compile(args.only) if args.only else None
    compileall.compile_dir(str(ROOT / "src" / "nkecon_cli"), quiet=1)
    jq = shutil.which("jq")
    jq_version = subprocess.run([jq, "--version"], capture_output=True, text=True).stdout.strip() if jq else None
    venv_bin = Path(PY).parent / "sqlite-utils"
    sqlite_utils = shutil.which("sqlite-utils") or (str(venv_bin) if venv_bin.is_file() else None)
    cache = tempfile.mkdtemp(prefix="nkecon-bench-cache-")
    env = {**os.environ, "XDG_CACHE_HOME": cache, "COLUMNS": "100"}
    env.pop("NKECON_BASE", None)
    rows: list[tuple[str, str, str, str, str]] = []

    def wanted(label: str) -> bool:
        return only is None or only.search(label) is not None

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

    def measure(spec: list[Row], cmds: dict[str, Cmd], n_runs: int, setup: object = None) -> None:
        """Time, side by side, the commands of the rows --only wants (and their yardsticks), then add
        those rows. ``setup(keys)`` runs first, given the commands about to be timed."""
        chosen = [r for r in spec if r[1] in cmds and wanted(r[0])]
        if not chosen:
            return
        keys = {r[1] for r in chosen} | {r[2] for r in chosen if r[2] in cmds}
        if callable(setup):
            setup(keys)
        got = side_by_side({k: c for k, c in cmds.items() if k in keys}, n_runs)
        for label, key, yard, yard_name, goal in chosen:
            row(label, got[key], got.get(yard) if yard else None, yard_name, goal)

    def any_wanted(*specs: list[Row]) -> bool:
        return any(wanted(r[0]) for spec in specs for r in spec)

    # the shipped base: start-up, piped queries, completion
    tab_place = {**env, "_NKECON_COMPLETE": "bash_complete", "COMP_WORDS": "nkecon facts --place heu",
                 "COMP_CWORD": "3"}
    tab_cmd = {**env, "_NKECON_COMPLETE": "bash_complete", "COMP_WORDS": "nkecon ti", "COMP_CWORD": "1"}
    tab_speaker = {**env, "_NKECON_COMPLETE": "bash_complete", "COMP_WORDS": "nkecon facts --speaker ",
                   "COMP_CWORD": "3"}
    shipped: dict[str, Cmd] = {
        "pass": ([PY, "-c", "pass"], env, None),
        "timeline": (f"{' '.join(NK)} timeline --topic zinc | cat", env, None),
        "facts": ([*NK, "facts", "--topic", "zinc", "-f", "jsonl"], env, None),
        "help": ([*NK, "--help"], env, None),
        "tab-place": (NK, tab_place, None),
        "tab-speaker": (NK, tab_speaker, None),
        "tab-cmd": (NK, tab_cmd, None),
        "noindex": ([*NK, "facts", "--topic", "zinc", "-f", "jsonl"], {**env, "NKECON_INDEX": "0"}, None),
    }
    if jq:
        shipped["jq-shipped"] = ([jq, "-c", jq_filter(descendants(ROOT, "zinc")), str(ROOT / "facts.json")], env,
                                 None)
    measure([
        ("`python -c pass` (start-up yardstick)", "pass", None, "", ""),
        ("shipped: `timeline --topic zinc | cat`", "timeline", "pass", "pass", " · goal ≤ 5× pass"),
        ("shipped: `facts --topic zinc -f jsonl`", "facts", "pass", "pass", " · goal ≤ 5× pass"),
        ("shipped: same, `NKECON_INDEX=0`", "noindex", "pass", "pass", ""),
        ("shipped: jq, same filter", "jq-shipped", "pass", "pass", ""),
        ("shipped: `--help`", "help", "pass", "pass", ""),
        ("one Tab: `--place heu`", "tab-place", "pass", "pass", " · goal ≤ 100 ms"),
        ("one Tab: `--speaker `", "tab-speaker", "pass", "pass", " · goal ≤ 100 ms"),
        ("one Tab: a command name", "tab-cmd", "pass", "pass", " · goal ≤ 100 ms"),
    ], shipped, runs,
        lambda keys: subprocess.run([*NK, "facts"], env=env, stdout=subprocess.DEVNULL, check=True))  # its index

    formats = export_formats(env)
    topic, broad = "zinc", "energy"  # zinc as in issue 12; energy and its subtopics: 7 of 65, about a tenth

    def size_rows(n: int, label: str, broad_share: str) -> tuple[list[Row], ...]:
        big = n == 100_000
        query = [
            (f"{label}: `facts --topic {topic} -f jsonl`, first after an edit", "first", "jq", "jq",
             " · goal ≤ 0.5× jq" if big else ""),
            (f"{label}: same, a new base (no index yet)", "new", "jq", "jq", " · goal ≤ 1× jq" if big else ""),
            (f"{label}: same, repeated", "repeated", "jq", "jq",
             " · goal ≥ 10× faster than jq, ≤ 300 MiB" if big else ""),
            (f"{label}: jq, same filter", "jq", None, "", ""),
        ]
        wide = [
            (f"{label}: `facts --topic {broad} -f jsonl` (a broad query{broad_share}), repeated", "broad", "jq-broad",
             "jq", " · goal ≥ 5× faster than jq" if big else ""),
            (f"{label}: jq, same filter (the broad query)", "jq-broad", None, "", ""),
        ]
        fast = " · goal ≤ 3 s, ≤ 150 MiB" if big else ""
        export: list[Row] = [
            (f"{label}: `export -f {f} -o FILE`", f"export-{f}",
             {"csv": "jq-csv", "jsonl": "jq-jsonl", "sqlite": "sqlite-utils"}.get(f),
             {"csv": "jq", "jsonl": "jq", "sqlite": "sqlite-utils"}.get(f, ""), fast if f in ("csv", "sqlite") else "")
            for f in formats]
        export += [
            (f"{label}: `export -f csv` to a pipe", "export-csv-pipe", "jq-csv", "jq", fast),
            (f"{label}: jq -r, the rows of `export -f csv`", "jq-csv", None, "", ""),
            (f"{label}: jq -c, the records of `export -f jsonl`", "jq-jsonl", None, "", ""),
            (f"{label}: jq -c | sqlite-utils insert, the facts of `export -f sqlite`", "sqlite-utils", None, "", ""),
        ]
        quick = " · goal ≤ 2 s, ≤ 150 MiB" if big else ""
        diff: list[Row] = [
            (f"{label}: `diff 1945 1950 -f jsonl`", "diff-years", None, "", quick),
            (f"{label}: `diff --conflicts -f jsonl`", "conflicts", None, "", quick),
            (f"{label}: `diff OLD -f jsonl` (a folder; 5 facts changed, 5 added, 5 removed)", "diff-folder", None, "",
             ""),
            (f"{label}: `diff HEAD~1 -f jsonl` (a git revision; the same changes)", "diff-git", None, "", ""),
        ]
        heavy: list[Row] = [
            (f"{label}: `verify`", "verify", None, "", " · goal ≤ 3 s"),
            (f"{label}: `verify`, first after an edit", "verify-edit", None, "", ""),
            (f"{label}: `diff 1957 1967`", "diff", None, "", ""),
        ] if n == max(sizes) else []
        return query, wide, export, diff, heavy

    with tempfile.TemporaryDirectory(prefix="nkecon-bench-") as tmp:
        for n in sizes:
            if not any_wanted(*size_rows(n, f"{n:,} facts", "")):
                continue
            root = build(Path(tmp) / f"base-{n}", n)
            facts_json = root / "facts.json"
            size_mb = facts_json.stat().st_size / 1e6
            topics, broad_topics = descendants(root, topic), descendants(root, broad)
            in_broad = sum(1 for f in json.loads(facts_json.read_text(encoding="utf-8"))["facts"]
                           if set(f["topics"]) & set(broad_topics))
            label = f"{n:,} facts ({size_mb:.0f} MB)"
            query_rows, broad_rows, export_rows, diff_rows, heavy_rows = size_rows(
                n, label, f": {in_broad:,} facts, {in_broad / n:.0%}")
            heavy_runs = runs if n < 100_000 else max(1, min(runs, 3))
            nk = [*NK, "--base", str(root)]
            out = Path(tmp) / "out"
            out.mkdir(exist_ok=True)

            def edit(path: Path = facts_json) -> None:
                change_one_value(path)

            def forget(index: Path = root / ".nkecon") -> None:
                shutil.rmtree(index, ignore_errors=True)
                shutil.rmtree(Path(cache) / "nkecon", ignore_errors=True)

            def clear(folder: Path = out) -> None:
                """Each export writes a new file (and the 500 MB of a wide one do not pile up)."""
                for f in folder.iterdir():
                    f.unlink()

            def warm(keys: set[str], nk: list[str] = nk) -> None:
                """Bring the index up to date, so that what follows runs on an indexed base."""
                subprocess.run([*nk, "facts", "--topic", topic, "-f", "jsonl"], env=env, stdout=subprocess.DEVNULL,
                               check=True)

            query = [*nk, "facts", "--topic", topic, "-f", "jsonl"]
            cmds: dict[str, Cmd] = {"first": (query, env, edit), "repeated": (query, env, None),
                                    "new": (query, env, forget),
                                    "broad": ([*nk, "facts", "--topic", broad, "-f", "jsonl"], env, None)}
            if jq:
                cmds["jq"] = ([jq, "-c", jq_filter(topics), str(facts_json)], env, None)
                cmds["jq-broad"] = ([jq, "-c", jq_filter(broad_topics), str(facts_json)], env, None)
            measure(query_rows, cmds, runs)
            measure(broad_rows, cmds, runs, warm)

            sources_json = str(root / "sources" / "sources.json")
            for f in formats:
                cmds[f"export-{f}"] = ([*nk, "export", "-f", f, "-o", str(out / f"export.{f}")], env, clear)
            cmds["export-csv-pipe"] = ([*nk, "export", "-f", "csv"], env, None)
            if jq:
                cmds["jq-csv"] = ([jq, "-r", "--slurpfile", "s", sources_json, JQ_CSV, str(facts_json)], env, None)
                cmds["jq-jsonl"] = ([jq, "-c", "--slurpfile", "s", sources_json, JQ_JSONL, str(facts_json)], env,
                                    None)
                if sqlite_utils:
                    cmds["sqlite-utils"] = (f"{jq} -c '.facts[]' '{facts_json}' | '{sqlite_utils}' insert "
                                            f"'{out / 'yardstick.db'}' facts - --nl", env, clear)
            measure(export_rows, cmds, heavy_runs, warm)

            older = Path(tmp) / f"older-{n}"

            def sides(keys: set[str], nk: list[str] = nk, root: Path = root, older: Path = older) -> None:
                if {"diff-folder", "diff-git"} & keys and not older.exists():
                    older_copy(root, older)
                if "diff-git" in keys and not (root / ".git").exists():
                    git_history(root, older)
                warm(keys)
                for key, other in (("diff-folder", str(older)), ("diff-git", "HEAD~1")):
                    if key in keys:  # the other side indexed too, if nkecon keeps one for it
                        subprocess.run([*nk, "diff", other, "-f", "jsonl"], env=env, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)

            cmds.update({
                "diff-years": ([*nk, "diff", "1945", "1950", "-f", "jsonl"], env, None),
                "conflicts": ([*nk, "diff", "--conflicts", "-f", "jsonl"], env, None),
                "diff-folder": ([*nk, "diff", str(older), "-f", "jsonl"], env, None),
                "diff-git": ([*nk, "diff", "HEAD~1", "-f", "jsonl"], env, None),
            })
            measure(diff_rows, cmds, heavy_runs, sides)

            cmds.update({
                "verify": ([*nk, "verify"], env, None),
                "verify-edit": ([*nk, "verify"], env, edit),
                "diff": ([*nk, "diff", "1957", "1967", "-f", "jsonl"], env, None),
            })
            measure(heavy_rows, cmds, max(1, min(runs, 3)), warm)
            shutil.rmtree(root)
            shutil.rmtree(older, ignore_errors=True)

    text = ROOT / "sources" / "puzanov-journal-1957-08-07.txt"
    if not text.is_file():
        text = next((ROOT / "sources").glob("*.txt"))
    measure([
        (f"`extract` on {text.name} ({text.stat().st_size / 1000:.0f} kB)", "extract", "search_dates", "search_dates",
         ""),
        ("`search_dates` on the same text", "search_dates", None, "", ""),
    ], {
        "extract": ([*NK, "extract", str(text), "--date", "1957-08-07", "-f", "jsonl"], env, None),
        "search_dates": ([PY, "-c", "import sys; from dateparser.search import search_dates; "
                          "search_dates(open(sys.argv[1], encoding='utf-8').read(), languages=['en'])", str(text)],
                         env, None),
    }, runs)
    shutil.rmtree(cache, ignore_errors=True)

    print(f"nkecon bench: median of {runs} runs (export, diff and verify at 100,000 facts: of "
          f"{max(1, min(runs, 3))}), whole processes; Python {sys.version.split()[0]}, {os.cpu_count()} CPUs; "
          f"jq: {jq_version or 'not found (rows skipped)'}; sqlite-utils: "
          f"{'found' if sqlite_utils else 'not installed (row skipped)'}; peak memory: "
          f"{'GNU time %M' if TIME else 'not measured (no time(1))'}\n")
    print("| what | nkecon | yardstick | ratio | peak memory |")
    print("|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(cell.replace("|", "\\|") for cell in r) + " |")


if __name__ == "__main__":
    main()
