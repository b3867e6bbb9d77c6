"""The command line: parse options, call the core, render. Nothing else lives here."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, TypeVar

import click

from .errors import CheckFailed, NkeconError
from .inert import inert_line

F = TypeVar("F", bound=Callable[..., Any])

FORMATS = ("table", "plain", "csv", "tsv", "json", "jsonl", "markdown")
EXPORT_FORMATS = ("csv", "tsv", "json", "jsonl", "markdown", "sqlite", "timelinejs")


# --- the edge: errors, pipes ----------------------------------------------------------------


class NkeconGroup(click.Group):
    """Turns domain errors into one line on stderr and an exit code; closes pipes quietly."""

    def main(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        kwargs.setdefault("standalone_mode", True)
        try:
            return super().main(*args, **kwargs)
        except BrokenPipeError:
            _quiet_pipe()
            sys.exit(0)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NkeconError as err:
            _say(f"nkecon: {err}")
            ctx.exit(err.exit_code)
        except BrokenPipeError:
            _quiet_pipe()
            ctx.exit(0)
        except click.ClickException as err:  # a usage error may echo what was typed: make it inert too
            err.message = inert_line(err.message)  # type: ignore[misc]
            raise
        except (click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("nkecon: interrupted", err=True)
            ctx.exit(130)
        except OSError as err:
            where = f"{err.filename}: " if getattr(err, "filename", None) else ""
            _say(f"nkecon: {where}{err.strerror or err}")
            ctx.exit(2)
        except Exception as err:  # a bug: say so in one line, traceback only on request
            if os.environ.get("NKECON_DEBUG"):
                raise
            _say(f"nkecon: internal error: {type(err).__name__}: {err} "
                 "(set NKECON_DEBUG=1 for the traceback, and please report it)")
            ctx.exit(1)


def _say(message: str) -> None:
    """One line on stderr, with every control code and bidi override from data made visible."""
    click.echo(inert_line(message), err=True)


def _quiet_pipe() -> None:
    # Python flushes stdout at exit; point it at devnull so that flush cannot fail again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


# --- shared options -------------------------------------------------------------------------


class State:
    """What every command shares: where the base is, loaded on first use."""

    def __init__(self, base_dir: str | None, quiet: bool = False):
        self.base_dir = base_dir
        self.quiet = quiet
        self._base: Any = None

    @property
    def base(self) -> Any:
        if self._base is None:
            from . import factbase

            self._base = factbase.load(self.base_dir)
            if not self.quiet:  # a broken reference or a reused id is worth a word, not a refusal
                problems = factbase.cross_check(self._base)
                if problems:
                    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
                    _say(f"nkecon: warning: {problems[0]}{more}; `nkecon verify` lists every problem")
        return self._base

    def writable_base(self, what: str) -> Any:
        """The base, for a command that writes to it: only one named with --base or NKECON_BASE."""
        if self.base_dir is None:
            from .factbase import default_base

            raise NkeconError(f"to {what}, name the fact base to change with --base DIR (or NKECON_BASE); "
                              f"nkecon never writes into the default base ({default_base()})")
        return self.base


def _complete(kind: str) -> Callable[[click.Context, click.Parameter, str], list[Any]]:
    def complete(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
        from click.shell_completion import CompletionItem

        try:
            root = ctx.find_root()
            base = State(root.params.get("base_dir"), quiet=True).base
        except Exception:
            return []
        if kind == "topic":
            pairs = [(t.id, t.label) for t in base.topics.values()]
        elif kind == "entity":
            pairs = [(e.id, e.name) for e in base.entities.values()]
        elif kind == "source":
            pairs = [(s.id, s.title) for s in base.sources.values()]
        elif kind == "fact":
            pairs = [(f.id, f.statement) for f in base.facts]
        else:
            pairs = sorted({(f.measure, "") for f in base.facts if f.measure})
        return [CompletionItem(v, help=h) for v, h in pairs if v.startswith(incomplete)]

    return complete


def filter_options(func: F) -> F:
    """The filters every listing command takes (DESIGN.md §2)."""
    from .models import KINDS

    opts = [
        click.option("--topic", "topics", multiple=True, shell_complete=_complete("topic"),
                     help="Topic id or label; its subtopics are included. Repeatable."),
        click.option("--entity", "--place", "entities", multiple=True, shell_complete=_complete("entity"),
                     help="Place, facility, organisation, person, plan or meeting, by name or any "
                          "romanisation (Hungnam, Heungnam, Namp'o); what lies inside it is included."),
        click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS),
                     help="Kind of claim. Repeatable."),
        click.option("--source", "sources", multiple=True, shell_complete=_complete("source"),
                     help="Source id (or a unique part of its id or title)."),
        click.option("--speaker", "speakers", multiple=True, shell_complete=_complete("entity"),
                     help="Who makes the claim."),
        click.option("--perspective", "perspectives", multiple=True,
                     help="Whose view the source carries: dprk-leadership, soviet-diplomat, …"),
        click.option("--measure", "measures", multiple=True, shell_complete=_complete("measure"),
                     help="Measure of a series (a unique part of its name will do)."),
        click.option("--from", "date_from", metavar="DATE",
                     help="Facts the text attests at this time or later: 1957, 1957-08, 'Aug 1957', "
                          "'7 August 1957'. A fact open at one end ('until 25 Apr 1968', 'from 1957') "
                          "is attested only at its closed end; a point or closed interval, over all of it."),
        click.option("--to", "date_to", metavar="DATE",
                     help="Facts the text attests at this time or earlier (as for --from)."),
        click.option("--overlap", is_flag=True,
                     help="Match --from/--to by plain interval overlap instead: an open end runs for "
                          "ever, so '../1968' matches 1957."),
        click.option("--text", metavar="WORDS", help="Words that must all appear in statement or quote."),
    ]
    for opt in reversed(opts):
        func = opt(func)
    return func


def sort_options(default: str = "when") -> Callable[[F], F]:
    from .query import SORT_KEYS

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


def _filters(kw: dict[str, Any]) -> Any:
    from .query import Filters, user_span

    keys = ("topics", "entities", "kinds", "sources", "speakers", "perspectives", "measures",
            "date_from", "date_to", "overlap", "text")
    for key, option in (("date_from", "--from"), ("date_to", "--to")):
        if kw.get(key) is not None:  # read here too, so that an empty --from '' is refused, not ignored
            user_span(kw[key], option)
    return Filters(**{k: kw.pop(k) for k in keys})


def _fmt(fmt: str | None, out: IO[str] | None = None) -> str:
    if fmt:
        return fmt
    stream = out or sys.stdout
    return "table" if stream.isatty() else "plain"


def _stdout() -> IO[str]:
    return sys.stdout


def _console() -> Any:
    from .render.terminal import console

    return console(_stdout())


def _describe(flt: Any) -> str:
    parts = []
    for name, label in (("topics", "topic"), ("entities", "entity"), ("kinds", "kind"), ("sources", "source"),
                        ("speakers", "speaker"), ("perspectives", "perspective"), ("measures", "measure")):
        vals = getattr(flt, name)
        if vals:
            parts.append(f"{label} {', '.join(vals)}")
    if flt.date_from or flt.date_to:
        parts.append(f"{flt.date_from or '…'} to {flt.date_to or '…'}" + (" (overlap)" if flt.overlap else ""))
    if flt.text:
        parts.append(f"text “{flt.text}”")
    return "; ".join(parts) or "all facts"


pass_state = click.make_pass_decorator(State)


# --- commands -------------------------------------------------------------------------------


@click.group(cls=NkeconGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--base", "base_dir", envvar="NKECON_BASE", metavar="DIR", type=click.Path(file_okay=False),
              help="Fact base folder (facts.json + sources/). Default: $NKECON_BASE, else the shipped base.")
@click.version_option(package_name="nkecon", prog_name="nkecon")
@click.pass_context
def cli(ctx: click.Context, base_dir: str | None) -> None:
    """nkecon — dated, quoted claims about the North Korean economy, from archival sources.

    \b
    Examples:
      nkecon timeline --topic zinc
      nkecon facts --place Anju --kind directive
      nkecon show zinc-output-1949
      nkecon facts --topic coal --format csv > coal.csv
    """
    ctx.obj = State(base_dir)


@cli.command()
@filter_options
@sort_options()
@format_option
@pass_state
def facts(state: State, fmt: str | None, sort: str, limit: int | None, **kw: Any) -> None:
    """List the facts that match the filters.

    \b
    Examples:
      nkecon facts --place Anju --kind directive
      nkecon facts --topic coal --from 1968 --format csv
      nkecon facts --perspective soviet-diplomat --format jsonl | jq .value
    """
    from .query import select

    flt = _filters(kw)
    found = select(state.base, flt, sort, limit)
    out = _stdout()
    fmt = _fmt(fmt, out)
    if fmt == "table":
        from .render.terminal import facts_table

        facts_table(state.base, found, _console(), title=_describe(flt))
    else:
        from .render.records import write_facts

        write_facts(state.base, found, fmt, out)


@cli.command()
@filter_options
@click.option("--by", type=click.Choice(("year", "decade", "source")), default="year", show_default=True,
              help="How to group the facts.")
@click.option("--limit", type=click.IntRange(min=0), help="At most this many facts.")
@format_option
@pass_state
def timeline(state: State, by: str, limit: int | None, fmt: str | None, **kw: Any) -> None:
    """The matching facts in time order, grouped, with each series' values drawn as bars.

    Targets and plans are drawn apart from reported figures (░ against █).

    \b
    Examples:
      nkecon timeline --topic zinc
      nkecon timeline --place Kangwon --from 2023
      nkecon timeline --from 1957 --to 1957 --by source
    """
    from .query import select

    flt = _filters(kw)
    found = select(state.base, flt, "when", limit)
    out = _stdout()
    fmt = _fmt(fmt, out)
    if fmt == "table":
        from .render.timeline import render_timeline

        render_timeline(state.base, found, by, _console(), title=f"Timeline — {_describe(flt)}")
    elif fmt == "plain":
        from .render.timeline import write_plain_timeline

        write_plain_timeline(state.base, found, by, out)
    else:
        from .render.records import write_facts

        write_facts(state.base, found, fmt, out)


@cli.command()
@click.argument("ids", nargs=-1, required=True, shell_complete=_complete("fact"))
@click.option("--format", "-f", "fmt", type=click.Choice(("table", "plain", "json", "jsonl")),
              help="Default: a rich view on a terminal, field<TAB>value lines when piped.")
@pass_state
def show(state: State, ids: tuple[str, ...], fmt: str | None) -> None:
    """Everything about facts: fields, the quote in its paragraph, citation, its series.

    \b
    Examples:
      nkecon show zinc-output-1949
      nkecon show zinc-output-1946 zinc-output-1949 --format json
    """
    from .query import suggest

    base = state.base
    chosen = []
    for i in ids:
        f = base.fact(i)
        if f is None:
            close = suggest(i, [g.id for g in base.facts])
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise NkeconError(f"no fact {i!r}{hint} (`nkecon facts --text WORD` finds ids)")
        chosen.append(f)
    out = _stdout()
    fmt = _fmt(fmt, out)
    if fmt in ("json", "jsonl"):
        from .render.records import fact_record, write_json

        write_json([fact_record(base, f) for f in chosen], out, lines=fmt == "jsonl")
        return
    for n, f in enumerate(chosen):
        if fmt == "table":
            from .render.show import render_show

            con = _console()
            if n:
                con.rule(style="dim")
            render_show(base, f, con)
        else:
            from .render.show import write_plain_show

            if n:
                out.write("\n")
            write_plain_show(base, f, out)


@cli.command()
@filter_options
@format_option
@pass_state
def chart(state: State, fmt: str | None, **kw: Any) -> None:
    """One measure's series as a terminal chart: gaps shown, ranges as spans.

    Pick the series with --measure, or with filters that leave exactly one measure.

    \b
    Examples:
      nkecon chart --measure "electrolytic zinc output"
      nkecon chart --topic zinc --kind statistic
    """
    from .query import select, series

    base = state.base
    flt = _filters(kw)
    found = [f for f in select(base, flt) if f.measure and f.value is not None]
    measures = sorted({f.measure for f in found if f.measure})
    if not measures:
        raise NkeconError("no figures match; try `nkecon facts` with the same filters to see what does")
    if len(measures) > 1:
        listing = "; ".join(f"{m!r}" for m in measures[:6]) + (" …" if len(measures) > 6 else "")
        raise NkeconError(f"{len(measures)} measures match ({listing}); give one by its full name: --measure \"NAME\"")
    units = {f.unit for f in found}
    if len(units) > 1:
        raise NkeconError(f"the series mixes units {sorted(u or '' for u in units)}; narrow it with --kind or --source")
    points = found if not flt.is_empty() else series(base, measures[0])
    out = _stdout()
    fmt = _fmt(fmt, out)
    if fmt == "table":
        from .render.chart import render_chart

        render_chart(measures[0], points, _console())
    elif fmt == "plain":
        from .render.chart import write_plain_chart

        write_plain_chart(points, out)
    else:
        from .render.records import write_facts

        write_facts(base, points, fmt, out)


def _listing(rows: list[dict[str, Any]], columns: tuple[str, ...], fmt: str | None, title: str,
             wrap: tuple[str, ...] = (), card: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None = None,
             table_from: int = 120) -> None:
    """A table on a wide terminal, cards (head, meta, body keys) on a narrow one, records otherwise."""
    out = _stdout()
    fmt = _fmt(fmt, out)
    if fmt == "table":
        from .render.terminal import cards, simple_table

        con = _console()
        if card and con.width < table_from:
            cards(rows, *card, con, title=title)
        else:
            simple_table(rows, columns, con, title=title, wrap=wrap)
    else:
        from .render.records import write_rows

        write_rows(rows, columns, fmt, out)


@cli.command()
@format_option
@pass_state
def topics(state: State, fmt: str | None) -> None:
    """The topic tree, with the number of facts under each topic (subtopics included).

    \b
    Examples:
      nkecon topics
      nkecon topics --format csv
    """
    from .query import topic_counts

    base = state.base
    direct, total = topic_counts(base)
    out = _stdout()
    if _fmt(fmt, out) == "table":
        from .render.terminal import topics_tree

        topics_tree(base, _console())
        return
    rows = [{"id": t.id, "label": t.label, "parent": t.parent, "facts": total[t.id], "direct": direct[t.id]}
            for t in base.topics.values()]
    _listing(rows, ("id", "label", "parent", "facts", "direct"), fmt, "topics")


@cli.command()
@click.option("--type", "etype", type=click.Choice(("place", "facility", "organisation", "person", "plan", "meeting")),
              help="Only entities of this type.")
@click.argument("name", required=False)
@format_option
@pass_state
def entities(state: State, etype: str | None, name: str | None, fmt: str | None) -> None:
    """The gazetteer: places, facilities, organisations, people, plans and meetings, with aliases and counts.

    NAME (any alias or romanisation) shows that entity and what lies inside it.

    \b
    Examples:
      nkecon entities --type place
      nkecon entities Heungnam
    """
    from .query import entity_counts, resolve_entity

    base = state.base
    direct, total = entity_counts(base)
    picked = resolve_entity(base, name) if name else None
    rows = [
        {"id": e.id, "name": e.name, "type": e.type, "parent": e.parent, "aliases": e.aliases,
         "facts": total[e.id], "direct": direct[e.id]}
        for e in sorted(base.entities.values(), key=lambda e: (e.type, e.id))
        if (etype is None or e.type == etype) and (picked is None or e.id in picked)
    ]
    _listing(rows, ("id", "name", "type", "parent", "aliases", "facts", "direct"), fmt, "entities",
             wrap=("aliases",), card=(("id", "name"), ("type", "parent", "facts", "direct"), ("aliases",)))


@cli.command()
@format_option
@pass_state
def sources(state: State, fmt: str | None) -> None:
    """The source documents, with date, kind, perspective and number of facts.

    \b
    Examples:
      nkecon sources
      nkecon sources --format json | jq '.[].citation'
    """
    from collections import Counter

    base = state.base
    counts: Counter[str] = Counter(f.source for f in base.facts)
    rows = [
        {**s.model_dump(), "facts": counts[s.id]}
        for s in sorted(base.sources.values(), key=lambda s: (s.date, s.id))
    ]
    out = _stdout()
    fmt = _fmt(fmt, out)
    cols = ("id", "date", "kind", "perspective", "title", "facts")
    if fmt in ("json", "jsonl", "csv", "tsv"):
        from .models import Source
        from .render.records import write_rows

        write_rows(rows, (*Source.model_fields, "facts"), fmt, out)
    else:
        _listing(rows, cols, fmt, "sources", wrap=("title",),
                 card=(("id",), ("date", "kind", "perspective", "facts"), ("title",)), table_from=10**6)


@cli.command()
@click.argument("terms", nargs=-1, required=True)
@click.option("--source", "sources_", multiple=True, shell_complete=_complete("source"),
              help="Search only this source. Repeatable.")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), help="Output form (as for facts).")
@pass_state
def search(state: State, terms: tuple[str, ...], sources_: tuple[str, ...], fmt: str | None) -> None:
    """Full-text search of the source texts: keyword in context, and the facts citing each passage.

    Every TERM must occur in the passage (a paragraph); a quoted term is a phrase.

    \b
    Examples:
      nkecon search zinc
      nkecon search "coking coal" import
    """
    from .query import resolve_source
    from .search import search as run

    base = state.base
    hits = run(base, terms, [resolve_source(base, s) for s in sources_] or None)
    out = _stdout()
    fmt = _fmt(fmt, out)
    if fmt == "table":
        from .render.searchview import render_hits

        render_hits(base, hits, _console())
    elif fmt == "plain":
        from .render.searchview import write_plain_hits

        write_plain_hits(base, hits, out)
    else:
        from .render.records import write_rows
        from .render.searchview import hit_record

        write_rows([hit_record(base, h) for h in hits], ("source", "line", "offset", "context", "facts"), fmt, out)


@cli.command()
@filter_options
@sort_options()
@click.option("--format", "-f", "fmt", type=click.Choice(EXPORT_FORMATS), required=True,
              help="csv, tsv, json, jsonl, markdown, sqlite (needs -o) or timelinejs.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output, atomically (a new file gets your umask, "
                   "an existing one keeps its mode). A symlink is written through, to the file it points "
                   "to; a folder, a device and the fact base's own files are refused.")
@pass_state
def export(state: State, fmt: str, output: Path | None, sort: str, limit: int | None, **kw: Any) -> None:
    """Export the matching facts: csv, tsv, json, jsonl, markdown, sqlite or timelinejs.

    \b
    Examples:
      nkecon export --format sqlite -o nkecon.db
      sqlite3 nkecon.db "select id from facts_fts where facts_fts match 'zinc'"
      nkecon export --format timelinejs --topic zinc -o zinc-timeline.json
      nkecon export --format csv --place Kangwon > kangwon.csv
    """
    from .query import select
    from .safewrite import output_target

    base = state.base
    target = output_target(output, [base.facts_path, base.sources_dir]) if output is not None else None
    flt = _filters(kw)
    found = select(base, flt, sort, limit)
    if fmt == "sqlite":
        if target is None:
            raise NkeconError("--format sqlite writes a database file: add -o FILE.db")
        from .render.export import write_sqlite

        _write_output(target, lambda tmp: write_sqlite(base, found, tmp))
        _say(f"wrote {len(found)} facts to {target}")
        return
    import io

    buf = io.StringIO()
    if fmt == "timelinejs":
        from .render.export import write_timelinejs

        write_timelinejs(base, found, f"nkecon — {_describe(flt)}", buf)
    else:
        from .render.records import write_facts

        write_facts(base, found, fmt, buf)
    if target is None:
        _stdout().write(buf.getvalue())
    else:
        data = buf.getvalue().encode("utf-8")
        _write_output(target, lambda tmp: tmp.write_bytes(data))
        _say(f"wrote {len(found)} facts to {target}")


def _write_output(target: Path, fill: Callable[[Path], object]) -> None:
    """Replace ``target`` atomically; an error names the target, never the temporary file."""
    from .safewrite import replace_file

    try:
        replace_file(target, fill)
    except OSError as err:
        raise NkeconError(f"-o {target}: cannot write ({err.strerror or err}); pick another path") from None


@cli.command()
@click.option("--quiet", "-q", is_flag=True, help="Print nothing; the exit code says it all.")
@click.option("--strict", is_flag=True, help="Fail (exit 1) on warnings too, not only on problems.")
@pass_state
def verify(state: State, quiet: bool, strict: bool) -> None:
    """Check the fact base: schema, cross-references, every quote found in its source; then warn.

    Problems (one line each: file, record, field, reason) make the base wrong: exit 1. Warnings
    ("warning: CHECK: FACT IDS: why") mark facts to read again: near-duplicates (facts of one
    source whose quotes overlap and share measure and time), one measure with two values at one
    time from one source, and a money unit without its era (RUB on a 1957 figure: RUB-1947).
    Warnings alone exit 0, or 1 with --strict.

    \b
    Examples:
      nkecon verify
      nkecon --base ../our-base verify --strict
    """
    from .checks import run as warnings_of
    from .factbase import verify as run

    base, problems = run(state.base_dir)
    warnings = warnings_of(base) if base is not None else []
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
        line = f"ok: {len(base.facts) if base else 0} facts, {n_src} sources, every quote found in its source"
        if warnings:
            line += f"; {n_warn} to read again (--strict fails on them)"
        click.echo(line)


@cli.command()
@click.argument("shell", type=click.Choice(("bash", "zsh", "fish")))
def completion(shell: str) -> None:
    """Print the shell completion script for SHELL (commands, options, topic/entity/source ids).

    \b
    Examples:
      eval "$(nkecon completion bash)"      # in ~/.bashrc
      nkecon completion fish > ~/.config/fish/completions/nkecon.fish
    """
    from click.shell_completion import get_completion_class

    cls = get_completion_class(shell)
    assert cls is not None
    click.echo(cls(cli, {}, "nkecon", "_NKECON_COMPLETE").source())


@cli.command()
@click.argument("args", nargs=-1, metavar="[FROM TO | OLD [NEW]]")
@click.option("--conflicts", is_flag=True,
              help="Compare sources instead: claims about one measure and time that disagree beyond their "
                   "ranges and qualifiers, and figures restated later with another value.")
@filter_options
@format_option
@pass_state
def diff(state: State, args: tuple[str, ...], conflicts: bool, fmt: str | None, **kw: Any) -> None:
    """Change over time, between fact bases, or between sources.

    \b
    FROM TO      each measure with a point at both times: old → new, change, percent and
                 ratio; ranges give ranges of change, "about"/"more than" are carried
                 through; units never mixed. A report: exit 0.
    OLD [NEW]    two fact bases (folders, facts.json files or git revisions of the repository
                 holding the base); NEW defaults to the current base. Facts added, removed,
                 changed field by field and renamed (same source and quote); topics, entities,
                 sources. Exit 1 when they differ, 0 when not, like diff(1).
    --conflicts  claims of different sources or speakers that disagree beyond their ranges
                 and qualifiers (about = ±10 %), side by side; also figures restated later
                 with another value. Exit 1 when claims conflict.

    At each time the most precise figure is used (the narrowest date; a plan only when nothing
    was reported); equally precise figures are all listed as ambiguous; a figure whose date
    covers both times is left out. Filters apply to FROM TO and --conflicts.

    \b
    Examples:
      nkecon diff 1946 1949 --topic zinc
      nkecon diff HEAD~1                      # what the last commit changed in the base
      nkecon diff ../old-base --format jsonl
      nkecon diff --conflicts --topic coal
    """
    from . import diff as core

    flt = _filters(kw)
    out = _stdout()
    fmt = _fmt(fmt, out)
    if conflicts:
        if args:
            raise NkeconError("--conflicts takes no FROM/TO or OLD/NEW arguments; use filters to narrow it")
        _diff_conflicts(state, flt, fmt)
    elif not args:
        raise NkeconError("give FROM TO (two times), OLD [NEW] (fact bases or git revisions) or --conflicts; "
                          "see nkecon diff --help")
    elif any(not a.strip() for a in args):
        raise NkeconError("an empty argument: give FROM TO (two times such as 1946 1949) or OLD [NEW] "
                          "(fact-base folders, facts.json files or git revisions)")
    elif len(args) > 2:
        raise NkeconError(f"{len(args)} arguments: give FROM TO, or OLD [NEW]; quote dates with spaces ('Aug 1957')")
    elif core.looks_like_dates(args):
        _diff_times(state, flt, args[0], args[1], fmt)
    else:
        if not flt.is_empty():
            raise NkeconError("filters apply to `diff FROM TO` and `diff --conflicts`; a fact-base diff "
                              "compares everything")
        _diff_bases(state, args, fmt)


def _diff_times(state: State, flt: Any, old_word: str, new_word: str, fmt: str) -> None:
    from .diff import compare_times
    from .query import select, user_span

    rows = compare_times(select(state.base, flt), user_span(old_word, "FROM"), user_span(new_word, "TO"),
                         overlap=flt.overlap)
    out = _stdout()
    if fmt == "table":
        from .render.diffview import render_comparisons

        render_comparisons(rows, _console(), old_word, new_word, f"{old_word} → {new_word} — {_describe(flt)}")
    else:
        from .render.diffview import write_comparisons

        write_comparisons(rows, fmt, out)


def _diff_bases(state: State, args: tuple[str, ...], fmt: str) -> None:
    from .diff import Snapshot, diff_bases, open_side
    from .factbase import resolve_base
    from .render.diffview import counts_line

    root = resolve_base(state.base_dir)
    old = open_side(args[0], root)
    new = open_side(args[1], root) if len(args) > 1 else Snapshot.of(state.base, f"current base ({root})")
    found = diff_bases(old, new)
    out = _stdout()
    if fmt == "table":
        from .render.diffview import render_base_diff

        render_base_diff(found, _console())
    else:
        from .render.diffview import write_base_diff

        write_base_diff(found, fmt, out)
    out.flush()
    if found.changes:
        raise CheckFailed(f"the bases differ: {counts_line(found)}")


def _diff_conflicts(state: State, flt: Any, fmt: str) -> None:
    from .diff import find_conflicts
    from .query import select

    figures = [f for f in select(state.base, flt) if f.measure and f.value is not None]
    found = find_conflicts(figures)
    out = _stdout()
    if fmt == "table":
        from .render.diffview import render_conflicts

        render_conflicts(state.base, found, _console(), f"Claims that disagree — {_describe(flt)}", len(figures))
    else:
        from .render.diffview import write_conflicts

        write_conflicts(state.base, found, fmt, out)
    out.flush()
    n = sum(1 for c in found if c.status == "conflict")
    if n:  # a figure restated within its tolerance is worth reading, not a failed check
        raise CheckFailed(f"{n} conflicting claim{'s' if n != 1 else ''} found")


# --- curation: extract, add, ingest ---------------------------------------------------------


@cli.command()
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

    from . import extract as ex
    from .factbase import read_text_file

    base = state.base
    text = read_text_file(target, encoding) if target == "-" or Path(target).is_file() else None
    doc = ex.open_document(base, target, doc_date, text)
    counts = {"n": 0, "covered": 0}

    def kept() -> Iterator[dict[str, Any]]:  # streamed: a large text's records are not all held at once
        for r in ex.iter_records(base, doc):
            c = r["candidate"]
            if c["confidence"] >= min_confidence and not (uncovered and c["covered_by"]):
                counts["n"] += 1
                counts["covered"] += bool(c["covered_by"])
                yield r

    out = _stdout()
    fmt = _fmt(fmt, out)
    name = doc.source or target
    if fmt == "table":
        from .render.candidates import candidates_table

        candidates_table(list(kept()), _console(), title=f"candidate claims in {name}")
    else:
        from .render.candidates import write_candidates

        write_candidates(kept(), fmt, out)
    dated = f"dated against {doc.stated} ({doc.date_from})" if doc.stated else "no document date: give --date"
    n, covered = counts["n"], counts["covered"]
    _say(f"{n} candidate{'s' if n != 1 else ''} in {name}, {covered} already covered by curated facts; {dated}")


@cli.command()
@click.argument("file", metavar="FILE.jsonl|-")
@click.option("--dry-run", is_flag=True, help="Validate and show what would be added; write nothing.")
@format_option
@pass_state
def add(state: State, file: str, dry_run: bool, fmt: str | None) -> None:
    """Append reviewed facts (JSON lines, or - for standard input) to the fact base.

    Every record is validated first (DESIGN.md §1): extract candidates must be completed (statement,
    kind, topics, measure for a value…); their `candidate` object is dropped. A missing id is derived
    from measure or statement and year. Refused: a used id, a fact already in the base, a quote not
    found in its source, unknown topics or entities. Problems are listed one a line (file:line: field:
    reason) and nothing is written; otherwise facts.json is replaced atomically, sorted as always.

    \b
    Examples:
      nkecon --base ~/nkecon add reviewed.jsonl
      nkecon extract report.txt --format jsonl | jq -c 'select(.value)' > todo.jsonl   # then edit todo.jsonl
      nkecon --base ~/nkecon add --dry-run - < todo.jsonl
    """
    from .factbase import LoadError, add_facts, parse_jsonl, read_text_file

    base = state.base if dry_run else state.writable_base("add facts")
    name = "<stdin>" if file == "-" else file
    records, problems = parse_jsonl(read_text_file(file), name)
    try:
        added = add_facts(base, records, write=not (dry_run or problems))
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
            from .render.terminal import facts_table

            facts_table(base, added, _console(), title="would add" if dry_run else "added")
        else:
            from .render.records import write_facts

            write_facts(base, added, fmt, out)
    verb = "would add" if dry_run else "added"
    ids = ", ".join(f.id for f in added) or "nothing"
    click.echo(f"{verb} {len(added)} fact{'s' if len(added) != 1 else ''} to {base.facts_path}: {ids}", err=True)


def _line_of(label: str) -> int:
    tail = label.rpartition(":")[2].strip("[]")
    return int(tail) if tail.isdigit() else 0


@cli.command()
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
    from .factbase import ingest_source, read_text_file

    base = state.writable_base("ingest a source")
    text = read_text_file(file, encoding)
    src = ingest_source(base, text, {**meta, "date": date_, "id": source_id})
    click.echo(src.id)
    click.echo(f"ingested {base.text_path(src.id)} ({len(base.text(src.id)):,} characters) as source {src.id!r}; "
               f"next: nkecon extract {src.id}", err=True)


def main() -> None:
    cli(prog_name="nkecon")
