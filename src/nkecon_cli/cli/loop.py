"""The curation loop's commands: init (a base of one's own) and review (a document's candidates, one
at a time, on the terminal)."""

from __future__ import annotations

import sys
from typing import Any

import click

from ..errors import NkeconError
from .common import State, _complete, _say, pass_state


@click.command()
@click.argument("directory", metavar="DIR", type=click.Path(file_okay=False))
@click.option("--from-shipped", is_flag=True, help="Copy the whole shipped base: its facts and sources too.")
def init(directory: str, from_shipped: bool) -> None:
    """Start a fact base of your own in DIR, ready for --base DIR.

    The new base has the shipped topic taxonomy and entity gazetteer, and no facts and no sources;
    with --from-shipped, a copy of the whole shipped base. A DIR that already holds a base is refused.

    \b
    Examples:
      nkecon init ~/coal-base
      nkecon --base ~/coal-base ingest report.txt --title "North Korea's Coal Industry in 2016" --date 2017-03-15
      nkecon init --from-shipped ~/nkecon-plus
    """
    from pathlib import Path

    from ..factbase.newbase import init_base

    got = init_base(Path(directory).expanduser(), from_shipped)
    click.echo(str(got.root))
    import shlex

    where = shlex.quote(str(got.root))
    _say(f"started a fact base in {got.root}: {got.topics} topics, {got.entities} entities, {got.facts} facts, "
         f"{got.sources} sources; next: nkecon --base {where} ingest FILE --title TITLE --date DATE")


HELP = """  a  accept: add the fact as shown (validated, written at once)
  e  edit a field: give its name, then the new value (- empties it; lists are comma-separated);
     ! instead of a name opens the whole record in $EDITOR
  s  skip: not a fact; not offered again
  q  quit: what was decided is kept; review again to go on
  ?  this help"""


@click.command()
@click.argument("source", metavar="SOURCE", shell_complete=_complete("source"))
@pass_state
def review(state: State, source: str) -> None:
    """Go through a source's candidate claims one at a time: accept, edit, skip or quit.

    Each candidate shows its quote (figure and date marked), how the date was found, and a drafted
    fact. An accepted fact is added at once, with add's checks; what was accepted or skipped is kept
    in <base>/review/<source>.json, so a second review goes on where the first stopped. Needs a
    terminal; without one, use extract --format jsonl and add --accept-drafts.

    \b
    Examples:
      nkecon --base ~/coal-base review north-koreas-coal-industry-in-2016-2017-03-15
    """
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        import shlex

        where = shlex.quote(state.base_dir) if state.base_dir else "DIR"
        raise NkeconError(
            f"review asks for each candidate and needs a terminal; without one: nkecon --base {where} extract "
            f"{shlex.quote(source)} --format jsonl > todo.jsonl, read and edit it, then nkecon --base {where} add "
            "--accept-drafts todo.jsonl")
    from ..curate.review import Review
    from .common import _console

    base = state.writable_base("review a source")
    rv = Review(base, source)
    con = _console()
    todo = rv.pending()
    c = rv.counts()
    if not todo:
        _say(f"nothing left to review in {rv.source}: {c['accepted']} accepted, {c['skipped']} skipped, "
             f"{c['covered']} already covered by curated facts")
        return
    _tell(f"{len(todo)} candidates to review in {rv.source} ({c['accepted']} accepted and {c['skipped']} skipped "
          f"before, {c['covered']} covered); a accept, e edit, s skip, q quit, ? help")
    done = {"accepted": 0, "skipped": 0}
    try:
        for n, item in enumerate(todo, 1):
            if not _one(rv, item, n, len(todo), con, done):
                break
    except (click.Abort, EOFError):
        click.echo("", err=True)
    left = len(rv.pending())
    _tell(f"accepted {done['accepted']}, skipped {done['skipped']}; {left} left"
          + (f" (nkecon --base {state.base_dir} review {rv.source} goes on)" if left else ""))


def _ask(prompt: str) -> str:
    return str(click.prompt(prompt, default="", show_default=False, prompt_suffix=" ")).strip()


def _one(rv: Any, item: Any, n: int, total: int, con: Any, done: dict[str, int]) -> bool:
    """Decide on one candidate; False when the curator quits."""
    from ..factbase.problems import LoadError
    from ..render.reviewview import show_item

    record = rv.redrafted(item)  # with what was accepted before it: a series begun here is continued
    while True:
        show_item(con, record, n, total)
        answer = _ask("[a]ccept [e]dit [s]kip [q]uit [?] >").lower()
        if answer in ("a", "accept"):
            try:
                fact = rv.accept(item, record)
            except LoadError as err:
                for p in err.problems:
                    _say(f"  not added: {p.where}: {p.message}" if p.where else f"  not added: {p.message}")
                _say("  edit the record (e) and accept again, or skip it (s)")
                continue
            done["accepted"] += 1
            _say(f"added fact {fact.id}")
            return True
        if answer in ("s", "skip"):
            rv.skip(item)
            done["skipped"] += 1
            return True
        if answer in ("q", "quit"):
            return False
        if answer in ("e", "edit"):
            record = _edit(rv, record)
            continue
        click.echo(HELP, err=True)


def _edit(rv: Any, record: dict[str, Any]) -> dict[str, Any]:
    from ..curate.edit import EditError, edit_in_editor
    from ..render.reviewview import FIELDS

    _tell(f"fields: {', '.join(FIELDS)}; or ! for the whole record in $EDITOR")
    field = _ask("field >").lower()
    try:
        if field == "!":
            return edit_in_editor(record)
        if field not in FIELDS:
            _say(f"  no field {field!r}; one of {', '.join(FIELDS)}")
            return record
        from ..render.reviewview import shown

        typed = click.prompt(f"{field}", default=shown(record.get(field)), show_default=True)
        return rv.edited(record, field, str(typed))  # type: ignore[no-any-return]
    except EditError as err:
        _say(f"  {err}")
        return record


def _tell(message: str) -> None:
    """A message of the loop on the terminal it talks to, broken between words at its width."""
    import shutil
    import textwrap

    from ..factbase.inert import inert_line

    width = shutil.get_terminal_size((80, 24)).columns
    click.echo(textwrap.fill(inert_line(message), width=max(20, width - 1), break_long_words=False,
                             break_on_hyphens=False), err=True)
