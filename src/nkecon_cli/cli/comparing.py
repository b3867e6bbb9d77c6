"""The comparing command: diff over time, between fact bases, between sources."""

from __future__ import annotations

from typing import Any

import click

from ..errors import CheckFailed, NkeconError
from .analysis import convert_option, converted
from .common import (
    State,
    _console,
    _describe,
    _filters,
    _fmt,
    _stdout,
    filter_options,
    format_option,
    pass_state,
    verdict,
)


@click.command()
@click.argument("args", nargs=-1, metavar="[FROM TO | OLD [NEW]]")
@click.option("--conflicts", is_flag=True,
              help="Compare sources instead: claims about one measure and time that disagree beyond their "
                   "ranges and qualifiers, and figures restated later with another value.")
@filter_options
@convert_option
@format_option
@pass_state
def diff(state: State, args: tuple[str, ...], conflicts: bool, fmt: str | None, convert: tuple[str, ...],
         **kw: Any) -> None:
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
    covers both times is left out. Filters apply to FROM TO and --conflicts, and so does
    --convert (money of two eras is compared once restated in one, each converted figure marked).

    \b
    Examples:
      nkecon diff 1946 1949 --topic zinc
      nkecon diff HEAD~1                      # what the last commit changed in the base
      nkecon diff ../old-base --format jsonl
      nkecon diff --conflicts --topic coal
    """
    from ..diff.sides import looks_like_dates

    flt = _filters(kw)
    out = _stdout()
    fmt = _fmt(fmt, out)
    if conflicts:
        if args:
            raise NkeconError("--conflicts takes no FROM/TO or OLD/NEW arguments; use filters to narrow it")
        _diff_conflicts(state, flt, fmt, convert)
    elif not args:
        raise NkeconError("give FROM TO (two times), OLD [NEW] (fact bases or git revisions) or --conflicts; "
                          "see nkecon diff --help")
    elif any(not a.strip() for a in args):
        raise NkeconError("an empty argument: give FROM TO (two times such as 1946 1949) or OLD [NEW] "
                          "(fact-base folders, facts.json files or git revisions)")
    elif len(args) > 2:
        raise NkeconError(f"{len(args)} arguments: give FROM TO, or OLD [NEW]; quote dates with spaces ('Aug 1957')")
    elif looks_like_dates(args):
        _diff_times(state, flt, args[0], args[1], fmt, convert)
    else:
        if convert:
            raise NkeconError("--convert applies to `diff FROM TO` and `diff --conflicts`; a fact-base diff "
                              "compares the records as they are")
        if not flt.is_empty():
            raise NkeconError("filters apply to `diff FROM TO` and `diff --conflicts`; a fact-base diff "
                              "compares everything")
        _diff_bases(state, args, fmt)


def _diff_times(state: State, flt: Any, old_word: str, new_word: str, fmt: str, convert: tuple[str, ...]) -> None:
    from ..diff.times import compare_times
    from ..query.select import resolve, select, sort_key, user_span

    if convert:  # every fact selected, as --convert counts what it leaves in its own money
        facts = converted(select(state.base, flt), convert)
        old_span, new_span = user_span(old_word, "FROM"), user_span(new_word, "TO")
    else:  # only what has a measure and may be at one of the times, read from the index
        wanted = resolve(state.base, flt)
        old_span, new_span = user_span(old_word, "FROM"), user_span(new_word, "TO")
        test = wanted.test()
        facts = sorted((f for f in state.base.figures(wanted, (old_span, new_span)) if test(f)), key=sort_key("when"))
    rows = compare_times(facts, old_span, new_span, overlap=flt.overlap)
    out = _stdout()
    if fmt == "table":
        from ..render.diffview import render_comparisons

        render_comparisons(rows, _console(), old_word, new_word, f"{old_word} → {new_word} — {_describe(flt)}")
    else:
        from ..render.diffview import write_comparisons

        write_comparisons(rows, fmt, out, converted=bool(convert))


def _diff_bases(state: State, args: tuple[str, ...], fmt: str) -> None:
    from ..diff.bases import Snapshot, diff_bases
    from ..diff.sides import open_side
    from ..factbase.paths import resolve_base
    from ..render.diffview import counts_line

    root = resolve_base(state.base_dir, state.origin)
    opened: list[Snapshot] = []

    def new_side() -> Snapshot:  # opened after OLD, as OLD's problems are named first
        if not opened:
            opened.append(open_side(args[1], root, reference) if len(args) > 1 else
                          Snapshot.of(state.base, f"current base ({root})"))
        return opened[0]

    kept: list[Snapshot | None] = []

    def reference() -> Snapshot | None:  # both sides named: they stream beside the current base's fresh index
        if not kept:
            from ..factbase.index import open_indexed

            current = open_indexed(root)
            kept.append(Snapshot.of(current, "") if current is not None else None)
        return kept[0]

    old = open_side(args[0], root, (lambda: reference() or new_side()) if len(args) > 1 else new_side)
    new = new_side()
    found = diff_bases(old, new)
    verdict(1 if found.changes else 0)
    out = _stdout()
    if fmt == "table":
        from ..render.diffview import render_base_diff

        render_base_diff(found, _console())
    else:
        from ..render.diffview import write_base_diff

        write_base_diff(found, fmt, out)
    out.flush()
    if found.changes:
        raise CheckFailed(f"the bases differ: {counts_line(found)}")


def _diff_conflicts(state: State, flt: Any, fmt: str, convert: tuple[str, ...]) -> None:
    from ..diff.conflicts import find_conflicts
    from ..diff.intervals import REPORTED_KINDS
    from ..query.select import resolve, select, sort_key

    def every_figure() -> list[Any]:
        return [f for f in converted(select(state.base, flt), convert) if f.measure and f.value is not None]

    if convert:  # money restated may meet figures of another unit
        figures = every_figure()
        count = len(figures)
    else:  # only the figures another one meets, read from the index; the others are counted there
        wanted = resolve(state.base, flt)
        test = wanted.test()
        figures = sorted((f for f in state.base.figures(wanted, paired=REPORTED_KINDS)
                          if f.measure and f.value is not None and test(f)), key=sort_key("when"))
        count = -1
        if fmt == "table":
            found_count = state.base.figure_count(wanted)
            count = found_count if found_count is not None else len(every_figure())
    found = find_conflicts(figures)
    verdict(1 if any(c.status == "conflict" for c in found) else 0)
    out = _stdout()
    if fmt == "table":
        from ..render.diffview import render_conflicts

        render_conflicts(state.base, found, _console(), f"Claims that disagree — {_describe(flt)}", count)
    else:
        from ..render.diffview import write_conflicts

        write_conflicts(state.base, found, fmt, out, converted=bool(convert))
    out.flush()
    n = sum(1 for c in found if c.status == "conflict")
    if n:  # a figure restated within its tolerance is worth reading, not a failed check
        raise CheckFailed(f"{n} conflicting claim{'s' if n != 1 else ''} found")

