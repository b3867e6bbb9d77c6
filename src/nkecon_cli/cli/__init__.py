"""The command line: parse options, call the core, render. Nothing else lives here.

One module per group of commands: ``querying`` (read the base), ``exporting`` (export), ``citing``
(cite), ``comparing`` (diff), ``curating`` (verify, extract, add, ingest), ``loop`` (init, review),
``shell`` (completion); ``common`` holds what they share, ``analysis`` the --by and --convert options;
``app`` assembles the group. Importing this package imports nothing: a Tab of shell completion is
answered by ``cli.complete`` without click, a piped ``facts`` or ``timeline`` by ``cli.fast`` (the
bodies in ``reading``, the edge in ``runtime``), and ``cli`` is built on first use.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from typing import Any


def main() -> None:
    if os.environ.get("_NKECON_COMPLETE"):
        from .complete import answer

        if answer():
            return
    _exit_on_sigterm()
    from .fast import maybe_run

    maybe_run(sys.argv[1:])  # a piped facts or timeline it understands: run, and exit
    from .app import cli

    cli(prog_name="nkecon")


def _exit_on_sigterm() -> None:
    """SIGTERM ends a run as SIGINT does, through the cleanup of every write (a temporary file or
    database and its journal are removed), with the shell's status for it (143)."""
    import signal

    def terminated(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, terminated)


def __getattr__(name: str) -> Any:
    if name == "cli":
        from .app import cli

        return cli
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
