"""Commands that check and grow the base: verify, extract, add, ingest."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import click

from ..errors import CheckFailed, NkeconError
from ..factbase.inert import inert_line
from .common import State, _complete, _console, _fmt, _say, _stdout, format_option, pass_state, verdict


@click.command()
@click.option("--quiet", "-q", is_flag=True, help="Print nothing; the exit code says it all.")
@click.option("--strict", is_flag=True, help="Fail (exit 1) on warnings too, not only on problems.")
@pass_state
def verify(state: State, quiet: bool, strict: bool) -> None:
    """Check the fact base: schema, cross-references, every quote in its source, every value in its quote; then warn.

    Problems (one line each: file, record, field, reason) make the base wrong: exit 1. A value its
    quote does not write in any form (7,700 / 7.7 thousand / seven thousand seven hundred, a table
    cell with its header's multiplier, "one third", "doubled") is a problem unless the note writes
    the figure and how it was derived. Warnings ("warning: CHECK: FACT IDS: why") mark facts to read
    again: near-duplicates (facts of one source whose quotes overlap and share measure and time), one
    measure with two values at one time from one source, a money unit without its era (RUB on a
    1957 figure: RUB-1947), a year of `when` that neither the quote, its paragraph, the source's
    date nor the note gives, and words of a statement its quote does not carry.
    Warnings alone exit 0, or 1 with --strict.

    \b
    Examples:
      nkecon verify
      nkecon --base ../our-base verify --strict
    """
    from ..curate.checks import review
    from ..factbase.index import verify as run

    base, problems = run(state.base_dir, state.origin)
    unwritten, warnings = review(base) if base is not None else ([], [])
    problems = problems + unwritten
    verdict(1 if problems or (warnings and strict) else 0)
    if not quiet:
        for p in problems:
            click.echo(inert_line(str(p)))
        for w in warnings:
            click.echo(inert_line(str(w)))
    n_warn = f"{len(warnings)} warning{'s' if len(warnings) != 1 else ''}"
    if problems:
        raise CheckFailed(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found"
                          + (f", and {n_warn}" if warnings else ""))
    if warnings and strict:
        raise CheckFailed(f"{n_warn} (--strict fails on warnings)")
    if not quiet:
        n_src = len(base.sources) if base else 0
        line = f"ok: {base.fact_count() if base else 0} facts, {n_src} sources, every quote found in its source"
        if warnings:
            line += f"; {n_warn} to read again (--strict fails on them)"
        click.echo(line)

@click.command()
@click.argument("target", metavar="FILE|SOURCE", shell_complete=_complete("source"))
@click.option("--date", "doc_date", metavar="DATE",
              help="The document's date, for 'last year', 'Jan. 8'… Default: sources.json, else a date in its header.")
@click.option("--uncovered", is_flag=True, help="Only candidates that no curated fact quotes yet.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out candidates below this confidence.")
@click.option("--encoding", default="utf-8", show_default=True, help="Encoding of FILE.")
@format_option
@pass_state
def extract(state: State, target: str, doc_date: str | None, uncovered: bool, min_confidence: float,
            encoding: str, fmt: str | None) -> None:
    """Candidate claims in a text, for a curator: one per figure, and dated sentences of the economy.

    Each figure (in base units) gets its own date and says how the date was found (basis: its phrase,
    clause or sentence, an earlier sentence, a heading, a table header, or the document date); a
    comparison baseline ("143% compared to 1955") is kept as the figure's comparison, never its date.
    Tables (pipe, tab, space-aligned, "Year: value" lists) give one candidate per cell. Each has its
    quote and exact spans, a guessed measure, kind, topics and entities, a confidence, and the curated
    facts that already quote it. JSON lines are fact-shaped: complete them and pipe them into `nkecon add`.

    \b
    Examples:
      nkecon extract puzanov-journal-1957-08-07 --uncovered
      nkecon extract report.txt --date 1957-08-07 --format jsonl > candidates.jsonl
      nkecon extract kim-il-sung-heavy-industry-1968-04-25 --min-confidence 0.6 --format plain
    """
    from pathlib import Path

    from .. import extract as ex
    from ..curate.ingest import read_text_file

    base = state.base
    # a file, or anything else that reads as one (a FIFO, /dev/stdin, <(…)); a folder or a name is a source id
    path = Path(target)
    text = read_text_file(target, encoding) if target == "-" or (path.exists() and not path.is_dir()) else None
    doc = ex.open_document(base, target, doc_date, text)
    counts = {"n": 0, "covered": 0}

    from ..curate.draft import drafted

    def kept() -> Iterator[dict[str, Any]]:  # streamed: a large text's records are not all held at once
        for r in drafted(base, doc.source, ex.iter_records(base, doc)):
            c = r["candidate"]
            if c["confidence"] >= min_confidence and not (uncovered and c["covered_by"]):
                counts["n"] += 1
                counts["covered"] += bool(c["covered_by"])
                yield r

    out = _stdout()
    fmt = _fmt(fmt, out)
    name = doc.source or target
    if fmt == "table":
        from ..render.candidates import candidates_table

        candidates_table(list(kept()), _console(), title=f"candidate claims in {name}")
    else:
        from ..render.candidates import write_candidates

        write_candidates(kept(), fmt, out)
    dated = f"dated against {doc.stated} ({doc.date_from})" if doc.stated else "no document date: give --date"
    n, covered = counts["n"], counts["covered"]
    _say(f"{n} candidate{'s' if n != 1 else ''} in {name}, {covered} already covered by curated facts; {dated}")


@click.command()
@click.argument("file", metavar="FILE.jsonl|-")
@click.option("--dry-run", is_flag=True, help="Validate and show what would be added; write nothing.")
@click.option("--accept-drafts", is_flag=True,
              help="Take the fields extract drafted (candidate.drafted) as read: statement, measure, kind, topics…")
@format_option
@pass_state
def add(state: State, file: str, dry_run: bool, accept_drafts: bool, fmt: str | None) -> None:
    """Append reviewed facts (JSON lines, or - for standard input) to the fact base.

    Every record is validated first (DESIGN.md §1): extract candidates must be completed (statement,
    kind, topics, measure for a value…); their `candidate` object is dropped. The fields extract
    drafted (named in `candidate.drafted`) are taken only with --accept-drafts, once read. A missing id is derived
    from measure or statement and year. Refused: a used id, a fact already in the base, a quote not
    found in its source, unknown topics or entities. Problems are listed one a line (file:line: field:
    reason) and nothing is written; otherwise facts.json is replaced atomically, sorted as always.

    \b
    Examples:
      nkecon --base ~/nkecon add reviewed.jsonl
      nkecon --base ~/nkecon extract SOURCE --format jsonl > todo.jsonl   # read, edit, delete lines
      nkecon --base ~/nkecon add --accept-drafts todo.jsonl
    """
    from ..curate.add import add_facts, parse_jsonl
    from ..curate.ingest import read_text_file
    from ..factbase.problems import LoadError

    base = state.base if dry_run else state.writable_base("add facts")
    name = "<stdin>" if file == "-" else file
    records, problems = parse_jsonl(read_text_file(file), name)
    try:
        added = add_facts(base, records, write=not (dry_run or problems), accept_drafts=accept_drafts)
    except LoadError as err:
        problems = problems + err.problems
    if problems:
        for p in sorted(problems, key=lambda p: _line_of(p.file)):
            _say(str(p))
        n = len(problems)
        raise NkeconError(f"{n} problem{'s' if n != 1 else ''} in {name}; nothing written")
    if fmt:
        out = _stdout()
        if fmt == "table":
            from ..render.terminal import facts_table

            facts_table(base, added, _console(), title="would add" if dry_run else "added")
        else:
            from ..render.records import write_facts

            write_facts(base, added, fmt, out)
    verb = "would add" if dry_run else "added"
    ids = ", ".join(f.id for f in added) or "nothing"
    click.echo(f"{verb} {len(added)} fact{'s' if len(added) != 1 else ''} to {base.facts_path}: {ids}", err=True)


def _line_of(label: str) -> int:
    tail = label.rpartition(":")[2].strip("[]")
    return int(tail) if tail.isdigit() else 0


@click.command()
@click.argument("file", metavar="FILE|-")
@click.option("--title", required=True, help="The document's title.")
@click.option("--date", "date_", required=True, metavar="DATE",
              help="Date written or published: EDTF (1957-08-07, 1957) or '7 August 1957'.")
@click.option("--url", help="Stable address of the document.")
@click.option("--kind", default="document", show_default=True,
              help="speech, diplomatic-journal, conversation-record, news-report, interview, …")
@click.option("--perspective", default="unknown", show_default=True,
              help="Whose view it carries: dprk-leadership, soviet-diplomat, exile-media, defector, …")
@click.option("--id", "source_id", help="Source id (a slug). Default: derived from title and date.")
@click.option("--author", help="Entity id of the author.")
@click.option("--publisher", help="Archive or outlet.")
@click.option("--citation", help="Full citation. Default: built from title, date, publisher and url.")
@click.option("--language", help="Original language.")
@click.option("--translator", help="Translator, where known.")
@click.option("--short", help="A short name for tables.")
@click.option("--encoding", default="utf-8", show_default=True, help="Encoding of FILE.")
@pass_state
def ingest(state: State, file: str, date_: str, source_id: str | None, encoding: str, **meta: Any) -> None:
    """Add a new source: its text (UTF-8, NFC) as sources/<id>.txt and its metadata in sources.json.

    The id is derived from title and date unless --id is given; an existing source is never
    overwritten. The new id is printed on standard output.

    \b
    Examples:
      nkecon --base ~/nkecon ingest report.txt --title "Report on the Hungnam fertilizer plant" --date 1958-03-02 \\
          --kind report --perspective soviet-diplomat --url https://digitalarchive.wilsoncenter.org/document/0000
      nkecon --base ~/nkecon extract "$(nkecon --base ~/nkecon ingest note.txt --title 'Market note' --date 2024-05-01)"
    """
    from ..curate.ingest import ingest_source, read_text_file

    base = state.writable_base("ingest a source")
    text = read_text_file(file, encoding)
    src = ingest_source(base, text, {**meta, "date": date_, "id": source_id})
    click.echo(src.id)
    import shlex

    # the next step works as printed: with the --base this run was given (NKECON_BASE is still set)
    where = f"--base {shlex.quote(state.base_dir)} " if state.origin == "--base" and state.base_dir else ""
    click.echo(f"ingested {base.text_path(src.id)} ({len(base.text(src.id)):,} characters) as source {src.id!r}; "
               f"next: nkecon {where}extract {src.id}", err=True)

