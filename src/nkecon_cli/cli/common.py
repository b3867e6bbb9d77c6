"""What every click command shares: the error edge, the common options and output helpers (what runs
without click, the state and the edge's errors among it, is ``runtime``'s)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from ..factbase.inert import inert_line
from ..factbase.vocab import KINDS, SORT_KEYS
from .runtime import (  # noqa: F401  (what the command modules take from here)
    State,
    _console,
    _describe,
    _filters,
    _fmt,
    _quiet_pipe,
    _say,
    _stdout,
    _verdict,
    failed,
    verdict,
)

F = TypeVar("F", bound=Callable[..., Any])

FORMATS = ("table", "plain", "csv", "tsv", "json", "jsonl", "markdown")
EXPORT_FORMATS = ("csv", "tsv", "json", "jsonl", "markdown", "sqlite", "timelinejs", "csl-json", "wide")


# --- the edge: errors, pipes ----------------------------------------------------------------


class NkeconGroup(click.Group):
    """Turns domain errors into one line on stderr and an exit code; closes pipes quietly."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,  # type: ignore[override]
             standalone_mode: bool = True, **extra: Any) -> Any:
        """Run a command; exit with its status. A usage error is one line on stderr (exit 2); a pipe
        closed early (``| head``) ends the output quietly with the command's own verdict (``verdict``)."""
        _verdict[0] = 0
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            try:
                code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
                sys.stdout.flush()  # here, not at exit: a closed pipe is seen while its verdict is known
            except click.ClickException as err:
                _say(_one_line(err))
                code = err.exit_code
            except click.Abort:
                _say("nkecon: aborted")
                code = 1
        except BrokenPipeError:
            _quiet_pipe()
            code = _verdict[0]
        sys.exit(code if isinstance(code, int) else 0)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.ClickException as err:  # a usage error may echo what was typed: make it inert too
            if isinstance(err, click.NoSuchOption) and err.option_name == "--base":
                sub = ctx.invoked_subcommand or "COMMAND"
                err.message = f"--base goes before the command: nkecon --base DIR {sub} …"  # type: ignore[misc]
                err.possibilities = []  # type: ignore[misc]
            err.message = inert_line(err.message)  # type: ignore[misc]
            raise
        except (click.exceptions.Exit, click.Abort):
            raise
        except BaseException as err:  # the domain's errors, a closed pipe, a bug: as the fast path has them
            code = failed(err)
            if code is None:
                raise
            ctx.exit(code)


def _one_line(err: click.ClickException) -> str:
    """A usage error as one line: what is wrong, and where the help is."""
    message = inert_line(err.format_message())
    ctx = getattr(err, "ctx", None)
    if isinstance(err, click.UsageError) and ctx is not None:
        path = " ".join(["nkecon", *ctx.command_path.split()[1:]])
        return f"nkecon: {message} (see '{path} --help')"
    return f"nkecon: {message}"


# --- shared options -------------------------------------------------------------------------


def _complete(kind: str) -> Callable[[click.Context, click.Parameter, str], list[Any]]:
    """Values of one kind for click's completion; the same answer as the fast path (``complete``)."""

    def complete(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
        from click.shell_completion import CompletionItem

        from ..factbase.index import open_base
        from .complete import offer

        try:
            base = open_base(ctx.find_root().params.get("base_dir"))
        except Exception:
            return []
        return [CompletionItem(value, help=help_ or None) for _kind, value, help_ in offer(base, kind, incomplete)]

    complete.kind = kind  # type: ignore[attr-defined]  # read by shell.spec for the fast path
    return complete


def _complete_words(words: tuple[str, ...]) -> Callable[[click.Context, click.Parameter, str], list[Any]]:
    def complete(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
        from click.shell_completion import CompletionItem

        return [CompletionItem(w) for w in words if w.startswith(incomplete.casefold())]

    complete.choices = words  # type: ignore[attr-defined]  # read by the completion tree (cli.shell.spec)
    return complete


FILTERS_COMBINE = ("Filters: a repeated option matches any of its values (OR); different options must all "
                   "match (AND): --speaker A --speaker B --kind directive is A's or B's directives.")


def filter_options(func: F) -> F:
    """The filters every listing command takes (DESIGN.md §2); the command's help says how they combine."""
    if func.__doc__ and FILTERS_COMBINE not in func.__doc__:
        func.__doc__ = func.__doc__.rstrip() + "\n\n    " + FILTERS_COMBINE + "\n"
    opts = [
        click.option("--topic", "topics", multiple=True, shell_complete=_complete("topic"),
                     help="Topic id or label; its subtopics are included. Repeatable: any of them."),
        click.option("--entity", "--place", "entities", multiple=True, shell_complete=_complete("entity"),
                     help="Place, facility, organisation, person, plan or meeting, by name or any "
                          "romanisation (Hungnam, Heungnam, Namp'o); what lies inside it is included. "
                          "Repeatable: any of them."),
        click.option("--kind", "kinds", multiple=True, metavar="KIND", shell_complete=_complete_words(KINDS),
                     help=f"Kind of claim: {', '.join(KINDS)} (a plural will do). Repeatable: any of them."),
        click.option("--source", "sources", multiple=True, shell_complete=_complete("source"),
                     help="Source id (or a unique part of its id or title). Repeatable: any of them."),
        click.option("--speaker", "speakers", multiple=True, shell_complete=_complete("speaker"),
                     help="Who makes the claim. Repeatable: any of them."),
        click.option("--perspective", "perspectives", multiple=True, shell_complete=_complete("perspective"),
                     help="Whose view the source carries: dprk-leadership, soviet-diplomat, … "
                          "Repeatable: any of them."),
        click.option("--measure", "measures", multiple=True, shell_complete=_complete("measure"),
                     help="Measure of a series (a unique part of its name will do). Repeatable: any of them."),
        click.option("--from", "date_from", metavar="DATE",
                     help="Facts the text attests at this time or later: 1957, 1957-08, 'Aug 1957', "
                          "'7 August 1957'. A fact open at one end ('until 25 Apr 1968', 'from 1957') "
                          "is attested only at its closed end; a point or closed interval, over all of it."),
        click.option("--to", "date_to", metavar="DATE",
                     help="Facts the text attests at this time or earlier (as for --from)."),
        click.option("--overlap", is_flag=True,
                     help="Match --from/--to by plain interval overlap instead: an open end runs for "
                          "ever, so '../1968' matches 1957."),
        click.option("--text", metavar="WORDS",
                     help="Words that must all appear in statement or quote, each at the start of a "
                          "word (power: not manpower); English spellings meet (fertiliser, fertilizer), "
                          "a country its people (China, Chinese)."),
    ]
    for opt in reversed(opts):
        func = opt(func)
    return func


def sort_options(default: str = "when") -> Callable[[F], F]:
    def deco(func: F) -> F:
        func = click.option("--sort", type=click.Choice(SORT_KEYS), default=default, show_default=True,
                            help="Order of the facts.")(func)
        func = click.option("--limit", type=click.IntRange(min=0), help="At most this many facts.")(func)
        return func

    return deco


def format_option(func: F) -> F:
    return click.option(
        "--format", "-f", "fmt", type=click.Choice(FORMATS),
        help="Output form. Default: a table on a terminal, tab-separated plain lines when piped.",
    )(func)


pass_state = click.make_pass_decorator(State)


def listing(rows: list[dict[str, Any]], columns: tuple[str, ...], fmt: str | None, title: str,
             wrap: tuple[str, ...] = (), card: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None = None,
             table_from: int = 120) -> None:
    """A table on a wide terminal, cards (head, meta, body keys) on a narrow one, records otherwise."""
    out = _stdout()
    fmt = _fmt(fmt, out)
    if fmt == "table":
        from ..render.terminal import cards, simple_table

        con = _console()
        if card and con.width < table_from:
            cards(rows, *card, con, title=title)
        else:
            simple_table(rows, columns, con, title=title, wrap=wrap)
    else:
        from ..render.records import write_rows

        write_rows(rows, columns, fmt, out)

