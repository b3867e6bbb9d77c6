"""The citing command: facts as citations for a paper (CSL-JSON, BibTeX, a plain note)."""

from __future__ import annotations

from typing import Any

import click

from .common import State, _complete, _stdout, pass_state

CITE_FORMATS = ("csl-json", "bibtex", "text")


@click.command()
@click.argument("ids", nargs=-1, required=True, shell_complete=_complete("fact"))
@click.option("--format", "-f", "fmt", type=click.Choice(CITE_FORMATS), default="text", show_default=True,
              help="csl-json (Zotero, pandoc --citeproc, citeproc-py), bibtex (@unpublished/@misc), "
                   "or text (a Chicago-like note).")
@pass_state
def cite(state: State, ids: tuple[str, ...], fmt: str) -> None:
    """Cite facts: the source's author, title, date, publisher or archive, archive reference and URL,
    with the fact's quote and its place (paragraph and characters, as `show` gives them).

    The accessed date is left to you. `nkecon export --format csl-json` cites a whole filtered
    listing.

    \b
    Examples:
      nkecon cite zinc-output-1949
      nkecon cite zinc-output-1946 zinc-output-1949 --format csl-json > zinc.json
      nkecon cite zinc-output-1949 --format bibtex >> paper.bib
    """
    from ..query.select import facts_by_id

    base = state.base
    chosen = facts_by_id(base, ids)
    write_citations(base, chosen, fmt, _stdout())


def write_citations(base: Any, facts: list[Any], fmt: str, out: Any) -> None:
    from ..render import cite as core

    if fmt == "csl-json":
        from ..factbase.inert import json_text

        out.write(json_text([core.csl_item(base, f) for f in facts], indent=2) + "\n")
    elif fmt == "bibtex":
        out.write("\n".join(core.bibtex_entry(base, f) for f in facts))
    else:
        notes = [core.note_text(base, f) for f in facts]
        if out.isatty():  # on a terminal, break between words (piped, one line a note, to copy whole)
            import shutil
            import textwrap

            width = shutil.get_terminal_size((80, 24)).columns
            notes = [textwrap.fill(n, width=max(20, width - 1), break_long_words=False, break_on_hyphens=False)
                     for n in notes]
        out.write("".join(n + "\n" for n in notes))
