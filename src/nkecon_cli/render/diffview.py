"""Diffs for people and for machines: change over time, base diffs, conflicting claims.

Terminal views are rich ``Text`` built from data (never markup); machine formats are flat
records written by ``records.write_rows``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict
from typing import IO, TYPE_CHECKING, Any

from ..diff.bases import CHANGE_ORDER, BaseDiff, Change, Snapshot
from ..diff.conflicts import Conflict
from ..diff.intervals import Interval, tidy
from ..diff.times import Comparison
from ..factbase import when as _when
from ..factbase.base import FactBase
from .records import write_rows
from .terminal import KIND_STYLE, PLANNED_KINDS, flow
from .text import APPROX_WORDS, HARD, glue_quantity, glued_quantity, number, one_line, printable, quantity

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from ..factbase.records import Fact

MINUS = "−"

# --- numbers ---------------------------------------------------------------------------------


def signed(v: float) -> str:
    """+6,500 / −3,000 / ±0."""
    if v > 0:
        return "+" + number(v)
    if v < 0:
        return MINUS + number(-v)
    return "±0"


def _span(iv: Interval, one: Any, suffix: str = "") -> str:
    if iv.is_point:
        return one(iv.lo) + suffix
    return f"{one(iv.lo)} to {one(iv.hi)}{suffix}"


def _unit_suffix(unit: str) -> str:
    """The unit a change is counted in: percentages change by points."""
    base, _, per = unit.partition("/")
    word = {"%": " pp", "count": "", "": "", "times": " times"}.get(base, f" {base}")
    return word + (f"/{per}" if per else "")


def _qualified(text: str, c: Comparison, sep: str = "") -> str:
    """'more than ' + text; ``sep`` (a newline in tables) replaces the space after the qualifier."""
    word = APPROX_WORDS.get(c.qualifier or "", "")
    if not text or not word:
        return text
    return word.rstrip() + (sep or " ") + text


def change_text(c: Comparison, sep: str = "") -> str:
    """'+6,500 t', 'more than +4,300 t/year', '+400 to +1,500 t'; ``sep`` goes after a qualifier."""
    return _qualified(_span(c.change, signed, _unit_suffix(c.unit)) if c.change else "", c, sep)


def percent_text(c: Comparison, sep: str = "") -> str:
    return _qualified(_span(c.percent, signed, " %") if c.percent else "", c, sep)


def ratio_text(c: Comparison, sep: str = "") -> str:
    return _qualified(_span(c.ratio, lambda v: "×" + number(v)) if c.ratio else "", c, sep)


def summary_line(c: Comparison) -> str:
    """One line: '1,200 t → 7,700 t, +6,500 t, +541.7 %, ×6.42'."""
    old = quantity(c.old) if c.old else "—"
    new = quantity(c.new) if c.new else "—"
    if c.status == "unit-mismatch":
        return f"{old} → {new}, not comparable ({c.unit}{': ' + c.reason if c.reason else ''})"
    parts = [f"{old} → {new}"] + [t for t in (change_text(c), percent_text(c), ratio_text(c)) if t]
    return ", ".join(parts)


# --- 1. over time ---------------------------------------------------------------------------

COMPARISON_COLUMNS: tuple[str, ...] = (
    "measure", "unit",
    "from_when", "from_value", "from_value_max", "from_approx",
    "to_when", "to_value", "to_value_max", "to_approx",
    "change", "change_max", "percent", "percent_max", "ratio", "ratio_max",
    "from_fact", "to_fact", "status", "change_approx", "reason",
)


def _ends(iv: Interval | None, digits: int) -> tuple[float | int | None, float | int | None]:
    if iv is None:
        return None, None
    return tidy(iv.lo, digits), None if iv.is_point else tidy(iv.hi, digits)


def comparison_record(c: Comparison) -> dict[str, Any]:
    change, change_max = _ends(c.change, 6)
    percent, percent_max = _ends(c.percent, 2)
    ratio, ratio_max = _ends(c.ratio, 4)
    o, n = c.old, c.new
    return {
        "measure": c.measure, "unit": c.unit,
        "from_when": o.when if o else None, "from_value": o.value if o else None,
        "from_value_max": o.value_max if o else None, "from_approx": o.approx if o else None,
        "to_when": n.when if n else None, "to_value": n.value if n else None,
        "to_value_max": n.value_max if n else None, "to_approx": n.approx if n else None,
        "change": change, "change_max": change_max, "percent": percent, "percent_max": percent_max,
        "ratio": ratio, "ratio_max": ratio_max,
        "from_fact": o.id if o else None, "to_fact": n.id if n else None,
        "status": c.status, "change_approx": c.qualifier if c.change else None,
        "reason": c.reason,
    }


def _was(f: Fact | None) -> str | None:
    """The unit a figure was converted from by ``--convert``, or None."""
    c = getattr(f, "converted", None)
    return c.unit if c is not None else None


def write_comparisons(rows: Sequence[Comparison], fmt: str, out: IO[str], converted: bool = False) -> None:
    """The comparisons as records; with ``converted`` (``--convert``), each side also says the unit
    its figure was converted from (null when it is in its own money)."""
    if not converted:
        write_rows([comparison_record(c) for c in rows], COMPARISON_COLUMNS, fmt, out)
        return

    recs = [{**comparison_record(c), "from_converted_from": _was(c.old), "to_converted_from": _was(c.new)}
            for c in rows]
    write_rows(recs, (*COMPARISON_COLUMNS, "from_converted_from", "to_converted_from"), fmt, out)


def _point_cell(f: Fact | None, asked: tuple[str, str]) -> Text:
    """The value, with its own date when that is not simply the time asked for, and its kind unless reported."""
    from rich.text import Text

    if f is None:
        return Text("—", style="dim")
    cell = Text(one_line(quantity(f)), style="bold")
    label = _when.label(f.when)
    notes = [label] if label not in asked else []
    if f.kind != "statistic":
        notes.append(f.kind)
    if notes:
        cell.append(f"\n{', '.join(notes)}", style="dim italic" if f.kind in PLANNED_KINDS else "dim")
    return cell


def _fits(rows: Sequence[Comparison], con: Console, old_word: str, new_word: str) -> bool:
    """Whether the comparison table fits with every number whole and a measure column of 16."""
    def width(cell: Text) -> int:
        return max((len(line) for line in cell.plain.split("\n")), default=0)

    asked_old = (one_line(old_word), _label_of(old_word))
    asked_new = (one_line(new_word), _label_of(new_word))
    olds = max((width(_point_cell(c.old, asked_old)) for c in rows), default=0)
    news = max((width(_point_cell(c.new, asked_new)) for c in rows), default=0)
    changes = max((max(len(line) for line in change_text(c, "\n").split("\n")) for c in rows), default=0)
    extra = 0
    if any(c.ratio or c.percent for c in rows):
        extra = max((len(line) for c in rows for line in (percent_text(c, "\n") + "\n" + ratio_text(c, "\n"))
                     .split("\n")), default=0) * 2 + 6
    cols = [16, max(olds, len(old_word)), max(news, len(new_word)), max(changes, 14)]
    return sum(cols) + 3 * len(cols) + 1 + extra <= con.width


def _comparison_blocks(rows: Sequence[Comparison], con: Console, old_word: str, new_word: str) -> None:
    """A measure a block, for narrow terminals: its name; the two points; the change."""
    def point(f: Fact | None, word: str) -> list[tuple[str, str]]:
        head = (f"{one_line(word).replace(' ', HARD)}:", "dim")
        if f is None:
            return [head, ("—", "dim")]
        notes = [_when.label(f.when).replace(" ", HARD)] if _when.label(f.when) != _label_of(word) else []
        if f.kind != "statistic":
            notes.append(f.kind)
        pieces = [head, (glued_quantity(f), "bold")]
        if notes:
            pieces.append((f"({', '.join(notes)})", "dim"))
        return pieces

    for c in rows:
        flow(con, [(one_line(c.measure), "bold")])
        flow(con, [*point(c.old, old_word), ("→", ""), *point(c.new, new_word)], indent=2)
        if c.status == "unit-mismatch":
            change = [(f"not comparable ({c.unit})", "yellow")] + ([("different money", "yellow")] if c.reason else [])
        elif c.status in ("only-from", "only-to"):
            change = [(f"only at {one_line(old_word if c.status == 'only-from' else new_word)}", "dim")]
        else:
            change = [(glue_quantity(t), "bold") for t in (change_text(c), percent_text(c), ratio_text(c)) if t]
            if c.status == "ambiguous":
                change.append(("ambiguous", "yellow"))
        flow(con, change, indent=2)


def render_comparisons(rows: Sequence[Comparison], con: Console, old_word: str, new_word: str,
                       title: str) -> None:
    from rich.table import Table
    from rich.text import Text

    if rows and not _fits(rows, con, old_word, new_word):
        flow(con, [(one_line(title), "bold")])
        _comparison_blocks(rows, con, old_word, new_word)
        _comparison_summary(rows, con, old_word, new_word)
        return
    t = Table(title=Text(one_line(title)), header_style="bold", pad_edge=False)
    t.add_column("measure", overflow="fold")  # a min_width here makes rich crop the table
    t.add_column(Text(one_line(old_word)), justify="right", no_wrap=True)
    t.add_column(Text(one_line(new_word)), justify="right", no_wrap=True)
    t.add_column("change", justify="right", overflow="fold")
    numbers = any(c.ratio or c.percent for c in rows)
    if numbers:  # no room wasted on empty columns when nothing could be divided
        t.add_column("%", justify="right")
        t.add_column("ratio", justify="right")
    asked_old = (one_line(old_word), _label_of(old_word))
    asked_new = (one_line(new_word), _label_of(new_word))
    for c in rows:
        measure = Text(one_line(c.measure))
        # a qualifier gets a line of its own, so a narrow column never splits a number from its unit
        change = Text(change_text(c, "\n"), style="bold")
        pct, ratio = Text(percent_text(c, "\n")), Text(ratio_text(c, "\n"))
        if c.status == "unit-mismatch":
            change = Text(f"not comparable\n({printable(c.unit)})", style="yellow")
            if c.reason:
                change.append("\ndifferent money", style="yellow")
        elif c.status == "only-from":
            change = Text(f"only at {one_line(old_word)}", style="dim")
        elif c.status == "only-to":
            change = Text(f"only at {one_line(new_word)}", style="dim")
        elif c.status == "ambiguous":
            measure.append("\nambiguous", style="yellow")
        cells = [measure, _point_cell(c.old, asked_old), _point_cell(c.new, asked_new), change]
        t.add_row(*cells, *((pct, ratio) if numbers else ()))
    if rows:
        con.print(t)
    _comparison_summary(rows, con, old_word, new_word)


def _comparison_summary(rows: Sequence[Comparison], con: Console, old_word: str, new_word: str) -> None:
    from rich.text import Text

    counts = {s: sum(1 for c in rows if c.status == s) for s in
              ("compared", "ambiguous", "unit-mismatch", "only-from", "only-to")}
    words = {"compared": "compared", "unit-mismatch": "not comparable",
             "ambiguous": "ambiguous (equally precise figures at one time; narrow with --source or --kind)",
             "only-from": f"only at {one_line(old_word)}", "only-to": f"only at {one_line(new_word)}"}
    parts = [f"{n} {words[s]}" for s, n in counts.items() if n]
    for reason in dict.fromkeys(c.reason for c in rows if c.reason):
        con.print(Text(f"not comparable: {printable(reason or '')}; diff never converts one into the other",
                       style="yellow"))
    con.print(Text("; ".join(parts) if parts else "no measure has a figure at either time", style="dim"))


def _label_of(word: str) -> str:
    """How a date the user typed would be labelled, so a point at exactly that time needs no note."""
    try:
        return _when.label(word)
    except _when.DateError:
        return one_line(word)


# --- 2. fact bases --------------------------------------------------------------------------

CHANGE_COLUMNS: tuple[str, ...] = ("change", "kind", "id", "old_id", "field", "old", "new")
_MARK = {"added": ("+", "green"), "removed": (MINUS, "red"), "renamed": ("~", "yellow"), "changed": ("~", "yellow")}


def change_record(c: Change) -> dict[str, Any]:
    return asdict(c)


def write_base_diff(d: BaseDiff, fmt: str, out: IO[str]) -> None:
    write_rows([change_record(c) for c in d.changes], CHANGE_COLUMNS, fmt, out)


def _describe(snap: Snapshot, kind: str, rid: str) -> str:
    records: dict[str, Mapping[str, Any]] = {"fact": snap.facts, "topic": snap.topics, "entity": snap.entities,
                                          "source": snap.sources or {}}
    rec = records[kind].get(rid)
    if rec is None:
        return ""
    text = {"fact": "statement", "topic": "label", "entity": "name", "source": "title"}[kind]
    return one_line(str(getattr(rec, text)))


def _value(v: Any) -> str:
    if v is None:
        return "—"
    if isinstance(v, list):
        return "[" + ", ".join(one_line(str(x)) for x in v) + "]"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return one_line(str(v))


def counts_line(d: BaseDiff) -> str:
    parts = [f"{d.count(ch)} {ch}" for ch in CHANGE_ORDER if d.count(ch)]
    return ", ".join(parts) if parts else "no differences"


def render_base_diff(d: BaseDiff, con: Console) -> None:
    from rich.padding import Padding
    from rich.text import Text

    head = Text(one_line(d.old.label), style="bold")
    head.append(" → ")
    head.append(one_line(d.new.label), style="bold")
    con.print(head)
    if d.old.sources is None or d.new.sources is None:
        con.print(Text("sources not compared: one side has no sources/sources.json", style="dim"))
    for change in CHANGE_ORDER:
        items = [c for c in d.changes if c.change == change]
        if not items:
            continue
        mark, style = _MARK[change]
        con.print(Text(f"{mark} {change} ({d.count(change)})", style=f"bold {style}"))
        last: tuple[str, str, str | None] | None = None
        for c in items:
            if (c.kind, c.id, c.old_id) != last:
                con.print(Padding(_record_line(d, c), (0, 0, 0, 2), expand=False))
                last = (c.kind, c.id, c.old_id)
            if c.field is not None:
                for line, indent in _field_lines(c):
                    con.print(Padding(line, (0, 0, 0, indent), expand=False))
    con.print(Text(counts_line(d), style="dim"))


def _record_line(d: BaseDiff, c: Change) -> Text:
    from rich.text import Text

    mark, style = _MARK[c.change]
    line = Text(f"{mark} ", style=style)
    line.append(f"{c.kind} ", style="dim")
    if c.change == "renamed":
        line.append(printable(c.old_id or ""), style="red")
        line.append(" → ")
    line.append(printable(c.id), style="bold")
    if c.change == "changed":
        if c.old_id:
            line.append(f" (was {printable(c.old_id)})", style="dim")
        return line
    desc = _describe(d.old if c.change == "removed" else d.new, c.kind, c.id)
    if desc:
        line.append(f"  {desc}", style="dim")
    return line


def _field_lines(c: Change) -> list[tuple[Text, int]]:
    """'value: 7700 → 7800' on one line when short, else the old and new values on lines of their own."""
    from rich.text import Text

    old, new = _value(c.old), _value(c.new)
    line = Text(f"{c.field}:", style="dim")
    if len(old) + len(new) <= 60:
        line.append(" ")
        line.append(old, style="red")
        line.append(" → ")
        line.append(new, style="green")
        return [(line, 6)]
    return [(line, 6), (Text(f"{MINUS} {old}", style="red"), 8), (Text(f"+ {new}", style="green"), 8)]


# --- 3. conflicting claims --------------------------------------------------------------------

_SIDE = ("fact", "when", "value", "value_max", "approx", "stated", "source", "speaker", "perspective")
CONFLICT_COLUMNS: tuple[str, ...] = (
    "status", "measure", "unit", *(f"a_{k}" for k in _SIDE), *(f"b_{k}" for k in _SIDE),
)


def _side(base: FactBase, f: Fact, prefix: str) -> dict[str, Any]:
    src = base.sources.get(f.source)
    return {
        f"{prefix}fact": f.id, f"{prefix}when": f.when, f"{prefix}value": f.value,
        f"{prefix}value_max": f.value_max, f"{prefix}approx": f.approx, f"{prefix}stated": f.stated,
        f"{prefix}source": f.source, f"{prefix}speaker": f.speaker,
        f"{prefix}perspective": src.perspective if src else None,
    }


def conflict_record(base: FactBase, c: Conflict) -> dict[str, Any]:
    return {"status": c.status, "measure": c.measure, "unit": c.unit,
            **_side(base, c.a, "a_"), **_side(base, c.b, "b_")}


def write_conflicts(base: FactBase, found: Sequence[Conflict], fmt: str, out: IO[str], converted: bool = False) -> None:
    """The conflicts as records; with ``converted`` (``--convert``) each claim also says the unit its
    figure was converted from (null when in its own money)."""
    if not converted:
        write_rows([conflict_record(base, c) for c in found], CONFLICT_COLUMNS, fmt, out)
        return
    recs = [{**conflict_record(base, c), "a_converted_from": _was(c.a), "b_converted_from": _was(c.b)} for c in found]
    write_rows(recs, (*CONFLICT_COLUMNS, "a_converted_from", "b_converted_from"), fmt, out)


def _claim_cell(base: FactBase, f: Fact) -> Text:
    from rich.text import Text

    src = base.sources.get(f.source)
    mark, style = KIND_STYLE[f.kind]
    cell = Text(one_line(quantity(f)), style="bold")
    cell.append(f"  {mark}", style=style)
    cell.append(f"\n{_when.label(f.when)}, said {_when.label(f.stated)}", style="")
    who = base.entities[f.speaker].name if f.speaker in base.entities else (f.speaker or "")
    cell.append("\n" + one_line(src.short_name if src else f.source), style="cyan")
    detail = [x for x in (who, src.perspective if src else "") if x]
    if detail:
        cell.append("\n" + one_line(" · ".join(detail)), style="dim")
    cell.append("\n" + printable(f.id), style="dim")
    return cell


def render_conflicts(base: FactBase, found: Sequence[Conflict], con: Console, title: str, n_figures: int) -> None:
    from rich.table import Table
    from rich.text import Text

    id_w = max((len(f.id) for c in found for f in (c.a, c.b)), default=0)
    if found and 16 + 2 * id_w + 10 > con.width:  # a claim's id would be cut: a block a pair
        flow(con, [(one_line(title), "bold")])
        for c in found:
            flow(con, [(one_line(c.measure), "bold"), (c.status, "red" if c.status == "conflict" else "yellow")])
            for word, f in (("claim:", c.a), ("against:", c.b)):
                src = base.sources.get(f.source)
                mark, style = KIND_STYLE[f.kind]
                who = base.entities[f.speaker].name if f.speaker in base.entities else (f.speaker or "")
                flow(con, [(glued_quantity(f), "bold"), (mark, style),
                           (f"{_when.label(f.when).replace(' ', HARD)},", ""),
                           (f"said {_when.label(f.stated).replace(' ', HARD)}", ""),
                           (one_line(src.short_name if src else f.source), "cyan"),
                           (one_line(" · ".join(x for x in (who, src.perspective if src else "") if x)), "dim")],
                     indent=11, lead=(word, "dim"))
                flow(con, [(f.id, "dim")], indent=11)
    elif found:
        t = Table(title=Text(one_line(title)), header_style="bold", pad_edge=False, show_lines=True,
                  expand=con.width >= 80)
        t.add_column("measure", ratio=1, overflow="fold")
        t.add_column("claim", ratio=1, overflow="fold")
        t.add_column("against", ratio=1, overflow="fold")
        for c in found:
            m = Text(one_line(c.measure))
            m.append(f"\n{c.status}", style="red" if c.status == "conflict" else "yellow")
            t.add_row(m, _claim_cell(base, c.a), _claim_cell(base, c.b))
        con.print(t)
    conflicts = sum(1 for c in found if c.status == "conflict")
    restated = len(found) - conflicts
    con.print(Text(f"{conflicts} conflicting, {restated} restated among {n_figures} figures", style="dim"))
