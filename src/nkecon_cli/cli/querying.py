"""Commands that read the base: facts, timeline, show, chart, topics, entities, sources, search, export."""

from __future__ import annotations

from typing import Any

import click

from ..errors import NkeconError
from . import reading
from .analysis import by_option, convert_option, converted
from .common import (
    FORMATS,
    State,
    _complete,
    _console,
    _describe,
    _filters,
    _fmt,
    _stdout,
    filter_options,
    format_option,
    listing,
    pass_state,
    sort_options,
)


@click.command()
@filter_options
@sort_options()
@by_option(None)
@convert_option
@format_option
@pass_state
def facts(state: State, fmt: str | None, sort: str, limit: int | None, by: str | None, convert: tuple[str, ...],
          **kw: Any) -> None:
    """List the facts that match the filters.

    --by sets them out in groups (a table a group; piped, the group is the last column).

    \b
    Examples:
      nkecon facts --place Anju --kind directive
      nkecon facts --topic coal --from 1968 --format csv
      nkecon facts --perspective soviet-diplomat --format jsonl | jq .value
      nkecon facts --topic nonferrous-metals --by speaker
    """
    reading.facts(state, fmt=fmt, sort=sort, limit=limit, by=by, convert=convert, **kw)


@click.command()
@filter_options
@by_option("year")
@click.option("--limit", type=click.IntRange(min=0), help="At most this many facts.")
@convert_option
@format_option
@pass_state
def timeline(state: State, by: str, limit: int | None, convert: tuple[str, ...], fmt: str | None, **kw: Any) -> None:
    """The matching facts in time order, grouped, with each series' values drawn as bars.

    Targets and plans are drawn apart from reported figures (░ against █).

    \b
    Examples:
      nkecon timeline --topic zinc
      nkecon timeline --place Kangwon --from 2023
      nkecon timeline --from 1957 --to 1957 --by source
      nkecon timeline --topic nonferrous-metals --by speaker
    """
    reading.timeline(state, by=by, limit=limit, convert=convert, fmt=fmt, **kw)


@click.command()
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
    from ..query.select import facts_by_id

    base = state.base
    chosen = facts_by_id(base, ids)
    out = _stdout()
    fmt = _fmt(fmt, out)
    if fmt in ("json", "jsonl"):
        from ..render.records import fact_record, write_json

        write_json([fact_record(base, f) for f in chosen], out, lines=fmt == "jsonl")
        return
    for n, f in enumerate(chosen):
        if fmt == "table":
            from ..render.show import render_show

            con = _console()
            if n:
                con.rule(style="dim")
            render_show(base, f, con)
        else:
            from ..render.show import write_plain_show

            if n:
                out.write("\n")
            write_plain_show(base, f, out)


@click.command()
@filter_options
@click.option("--index", "index_year", type=int, metavar="YEAR",
              help="Set every series to 100 at YEAR (each needs one exact figure attested in YEAR) and draw them "
                   "on one axis; series of different units can then be compared.")
@convert_option
@format_option
@pass_state
def chart(state: State, fmt: str | None, index_year: int | None, convert: tuple[str, ...], **kw: Any) -> None:
    """Each matching measure's series as a terminal chart: gaps shown, ranges as spans.

    --measure picks series by name or a part of it; a topic or any other filter draws every series
    it matches, one after another (a measure given in two units is two series). --measure given
    twice or more, or --index, sets the series side by side on one time axis, a letter a series:
    in one unit, or each as an index (YEAR = 100); different units without --index are refused.

    \b
    Examples:
      nkecon chart --measure "electrolytic zinc output"
      nkecon chart --measure zinc
      nkecon chart --topic zinc --kind statistic
      nkecon chart --measure "blast furnaces completed, Hwanghae" --measure "blast furnaces completed, Kim Chaek"
      nkecon chart --measure "zinc output" --index 1946
    """
    from ..query.select import select
    from ..query.series import group

    base = state.base
    flt = _filters(kw)
    if flt.is_empty():
        count = len(group(base.facts))
        raise NkeconError(f"chart needs --measure NAME or a filter; `nkecon measures` lists the {count} series")
    drawn = [s for s in group(converted([f for f in select(base, flt) if f.value is not None], convert))]
    if not drawn:
        raise NkeconError("no figures match; try `nkecon facts` with the same filters to see what does")
    out = _stdout()
    fmt = _fmt(fmt, out)
    if index_year is not None or len(flt.measures) > 1:
        _chart_together(drawn, index_year, fmt)
        return
    if fmt == "table":
        from ..render.chart import render_chart

        con = _console()
        for n, s in enumerate(drawn):
            if n:
                con.print()
            render_chart(s.measure, list(s.points), con)
    elif fmt == "plain":
        from ..render.chart import write_plain_chart

        for s in drawn:
            write_plain_chart(list(s.points), out, converted=bool(convert))
    else:
        from ..render.records import write_facts

        write_facts(base, [f for s in drawn for f in s.points], fmt, out, converted=bool(convert))


def _chart_together(drawn: list[Any], index_year: int | None, fmt: str) -> None:
    from ..query.series import indexed, together

    why = together(drawn, index_year)
    if why:
        raise NkeconError(why)
    index = {s.name: indexed(s, index_year) for s in drawn} if index_year is not None else None
    if fmt == "table":
        from ..render.overlay import render_overlay

        render_overlay(drawn, _console(), index, index_year)
        return
    from ..render.overlay import OVERLAY_COLUMNS, overlay_records
    from ..render.records import write_rows

    write_rows(overlay_records(drawn, index), OVERLAY_COLUMNS, fmt, _stdout())


@click.command()
@filter_options
@format_option
@pass_state
def measures(state: State, fmt: str | None, **kw: Any) -> None:
    """Every series: measure, unit, number of points, time span, kinds and sources.

    Filters work as for facts: a series is listed with the points that match.

    \b
    Examples:
      nkecon measures
      nkecon measures --topic zinc
      nkecon measures --place Nampo --format csv
    """
    from ..query.select import select
    from ..query.series import group, summary

    base = state.base
    flt = _filters(kw)
    rows = [summary(base, s) for s in group(select(base, flt))]
    if _fmt(fmt, _stdout()) == "table":
        listing(rows, ("measure", "unit", "points", "span", "sources"), "table", f"series — {_describe(flt)}",
                wrap=("measure", "sources"), card=(("measure",), ("unit", "points", "span"), ("sources",)))
    else:
        listing(rows, ("measure", "unit", "points", "figures", "from", "to", "kinds", "sources"), fmt, "series")


@click.command()
@format_option
@pass_state
def topics(state: State, fmt: str | None) -> None:
    """The topic tree, with the number of facts under each topic (subtopics included).

    \b
    Examples:
      nkecon topics
      nkecon topics --format csv
    """
    from ..query.select import topic_counts

    base = state.base
    direct, total = topic_counts(base)
    out = _stdout()
    if _fmt(fmt, out) == "table":
        from ..render.terminal import topics_tree

        topics_tree(base, _console())
        return
    rows = [{"id": t.id, "label": t.label, "parent": t.parent, "facts": total[t.id], "direct": direct[t.id]}
            for t in base.topics.values()]
    listing(rows, ("id", "label", "parent", "facts", "direct"), fmt, "topics")


@click.command()
@click.option("--type", "etype", type=click.Choice(("place", "facility", "organisation", "person", "plan", "meeting")),
              help="Only entities of this type.")
@click.argument("name", required=False)
@format_option
@pass_state
def entities(state: State, etype: str | None, name: str | None, fmt: str | None) -> None:
    """The gazetteer: places, facilities, organisations, people, plans and meetings, with aliases and counts.

    NAME (any alias or romanisation) shows that entity and what lies inside it. `facts` counts the
    facts about an entity (what lies inside it included), `direct` those naming it itself, and
    `speaks` the facts in which it makes the claim (`--speaker`).

    \b
    Examples:
      nkecon entities --type place
      nkecon entities Heungnam
    """
    from collections import Counter

    from ..query.select import entity_counts, resolve_entity

    base = state.base
    direct, total = entity_counts(base)
    speaks: Counter[str] = Counter(f.speaker for f in base.facts if f.speaker)
    picked = resolve_entity(base, name, "NAME") if name else None
    rows = [
        {"id": e.id, "name": e.name, "type": e.type, "parent": e.parent, "aliases": e.aliases,
         "facts": total[e.id], "direct": direct[e.id], "speaks": speaks[e.id]}
        for e in sorted(base.entities.values(), key=lambda e: (e.type, e.id))
        if (etype is None or e.type == etype) and (picked is None or e.id in picked)
    ]
    listing(rows, ("id", "name", "type", "parent", "aliases", "facts", "direct", "speaks"), fmt, "entities",
             wrap=("aliases",), card=(("id", "name"), ("type", "parent", "facts", "direct", "speaks"), ("aliases",)))


@click.command()
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
        from ..factbase.records import Source
        from ..render.records import write_rows

        write_rows(rows, (*Source.model_fields, "facts"), fmt, out)
    else:
        listing(rows, cols, fmt, "sources", wrap=("title",),
                 card=(("id",), ("date", "kind", "perspective", "facts"), ("title",)), table_from=10**6)


@click.command()
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
    from ..query.search import search as run
    from ..query.select import resolve_source

    base = state.base
    hits = run(base, terms, [resolve_source(base, s) for s in sources_] or None)
    out = _stdout()
    fmt = _fmt(fmt, out)
    if fmt == "table":
        from ..render.searchview import render_hits

        render_hits(base, hits, _console())
    elif fmt == "plain":
        from ..render.searchview import write_plain_hits

        write_plain_hits(base, hits, out)
    else:
        from ..render.records import write_rows
        from ..render.searchview import hit_record

        write_rows([hit_record(base, h) for h in hits], ("source", "line", "offset", "context", "facts"), fmt, out)
