"""Options the analyst's views share: ``--by`` (groups by time, source or voice) and
``--convert`` (money of another era restated at fixed official rates, always marked)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

import click

from ..factbase.vocab import GROUPINGS as GROUPS
from .common import _say

F = TypeVar("F", bound=Callable[..., Any])


def by_option(default: str | None) -> Callable[[F], F]:
    help_ = ("Group the facts: by time (year, decade), by source, by voice (speaker, perspective), "
             "by kind or by first topic; each group with its count.")
    return click.option("--by", type=click.Choice(GROUPS), default=default, show_default=default is not None,
                        help=help_)


def convert_option(func: F) -> F:
    return click.option(
        "--convert", "convert", multiple=True, metavar="ERA",
        help="Restate money of another era in this one at the fixed official rates of money.py "
             "(RUB-1961: old rubles ÷ 10; KPW-1959, KPW: won ÷ 100 each reform). Every converted figure "
             "says so. Repeatable, one era a currency. Never done unless asked.",
    )(func)


def converted(facts: Sequence[Any], words: Sequence[str]) -> list[Any]:
    """The facts with their money restated as ``--convert`` asks; what no rate reaches is said on stderr."""
    if not words:
        return list(facts)
    from ..query.convert import convert, targets

    return convert(facts, targets(words), _left_out)


def converting(facts: Iterable[Any], words: Sequence[str]) -> Iterable[Any]:
    """``converted`` a fact at a time, as an export reads them; what no rate reaches is said once
    the last fact has gone (an unknown era is refused at once, before anything is written)."""
    if not words:
        return facts
    from ..query.convert import convert, targets

    wanted = targets(words)

    def run() -> Iterator[Any]:
        missed: dict[tuple[str, str], int] = {}

        def count(code: str, target: str, n: int) -> None:
            missed[(code, target)] = missed.get((code, target), 0) + n

        for f in facts:
            yield from convert((f,), wanted, count)
        for (code, target), n in missed.items():
            _left_out(code, target, n)

    return run()


def _left_out(code: str, target: str, n: int) -> None:
    from ..query.convert import why_not

    _say(f"nkecon: --convert {target}: {n} figure{'s' if n != 1 else ''} in {code} left as "
         f"{'they are' if n != 1 else 'it is'}: {why_not(code, target)}")
