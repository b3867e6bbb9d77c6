"""Options the analyst's views share: ``--by`` (groups by time, source or voice) and
``--convert`` (money of another era restated at fixed official rates, always marked)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from ..factbase.vocab import GROUPINGS as GROUPS
from .runtime import converted, converting  # noqa: F401  (the commands take them from here, with the options)

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
