"""Facts in groups, for ``timeline --by`` and ``facts --by``: by time, by source, by voice.

A group's label is what a listing prints; the groups come in a stable order: time groups as the
facts come (in time order), sources in the order they were written, kinds in the order of the
vocabulary, topics in the order of the taxonomy, speakers and perspectives by name, "no speaker
named" last. Within a group the facts keep their order.
"""

from __future__ import annotations

from ..factbase.vocab import GROUPINGS, KINDS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

GROUPS: tuple[str, ...] = GROUPINGS
NO_SPEAKER = "no speaker named"


def group_key(base: Any, f: Any, by: str) -> str:
    """The label of the group a fact goes in."""
    if by == "source":
        src = base.sources.get(f.source)
        return f"{src.short_name} ({src.date})" if src else f.source
    if by == "speaker":
        if not f.speaker:
            return NO_SPEAKER
        e = base.entities.get(f.speaker)
        return e.name if e else f.speaker
    if by == "perspective":
        src = base.sources.get(f.source)
        return src.perspective if src else f"source {f.source}"
    if by == "kind":
        return str(f.kind)
    if by == "topic":
        t = base.topics.get(f.topics[0]) if f.topics else None
        return t.label if t else (f.topics[0] if f.topics else "no topic")
    lo = f.anchor
    if by == "decade":
        return f"{lo.year // 10 * 10}s"
    if by == "year":
        return str(lo.year)
    raise ValueError(f"unknown grouping {by!r}")


def groups(base: Any, facts: Sequence[Any], by: str) -> list[tuple[str, list[Any]]]:
    """(label, facts) in the stable order the module docstring describes."""
    out: dict[str, list[Any]] = {}
    for f in facts:
        out.setdefault(group_key(base, f, by), []).append(f)
    if by in ("year", "decade"):
        return list(out.items())
    if by == "source":  # in the order the sources were written, as their labels say
        from ..factbase import when as _when

        def written(k: str) -> tuple:
            src = base.sources.get(out[k][0].source)
            return (*_when.order_key(src.date), k) if src else (_when.MAX_DAY, _when.MAX_DAY, 0, k)

        order = sorted(out, key=written)
    elif by == "kind":
        order = sorted(out, key=lambda k: KINDS.index(k) if k in KINDS else len(KINDS))
    elif by == "topic":
        rank = {t.label: i for i, t in enumerate(base.topics.values())}
        order = sorted(out, key=lambda k: (rank.get(k, len(rank)), k))
    else:
        order = sorted(out, key=lambda k: (k == NO_SPEAKER, k.casefold(), k))
    return [(k, out[k]) for k in order]


def counted(label: str, n: int) -> str:
    """A group's heading: its label and how many facts it holds."""
    return f"{label} · {n} fact{'s' if n != 1 else ''}"
