"""What a command needs when it runs, without click: the error edge, the state, output helpers.

The click commands (through ``common``, which re-exports these) and the fast path (``fast``) run a
command through the same pieces, so that a command line gives the same output, messages and exit
status whichever of them parsed it. Importing this module imports nothing beyond the package's
``errors`` and ``factbase.inert``.
"""

from __future__ import annotations

import os
import sys

from ..errors import NkeconError
from ..factbase.inert import inert_line

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence
    from typing import IO, Any, NoReturn


# --- the edge: errors, pipes ----------------------------------------------------------------


_verdict = [0]  # the exit status of the command as far as it has decided (``verdict``)


def verdict(code: int) -> None:
    """Say what the command will exit with, before its output: a pipe closed early then still
    ends the run with it (1 for ``verify`` that found problems, not 0)."""
    _verdict[0] = code


def _say(message: str) -> None:
    """One line on stderr, with every control code and bidi override from data made visible."""
    line = inert_line(message)
    err = sys.stderr
    encoding = getattr(err, "encoding", None)
    if err is None or not encoding or _is_ascii(encoding):
        import click  # as click.echo: an ASCII stderr is rewrapped to carry the line

        click.echo(line, err=True)
        return
    err.write(line + "\n")  # what click.echo writes to a stream it need not rewrap
    err.flush()


def _is_ascii(encoding: str) -> bool:
    import codecs

    try:
        return codecs.lookup(encoding).name == "ascii"
    except LookupError:
        return False


def _quiet_pipe() -> None:
    # Python flushes stdout at exit; point it at devnull so that flush cannot fail again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def failed(err: BaseException) -> int | None:
    """The exit status for an error a command raised, its one line said on stderr; None for one
    that is not the edge's to turn into a status (re-raise it). Called while it is handled."""
    if isinstance(err, NkeconError):
        _say(f"nkecon: {err}")
        return err.exit_code
    if isinstance(err, BrokenPipeError):
        _quiet_pipe()
        return _verdict[0]
    if isinstance(err, KeyboardInterrupt):
        _say("nkecon: interrupted")
        return 130
    if isinstance(err, UnicodeEncodeError):  # an output that cannot carry the data (PYTHONIOENCODING=latin-1)
        shown = f"U+{ord(err.object[err.start]):04X}" if isinstance(err.object, str) else "a character"
        _say(f"nkecon: cannot write {shown} in {err.encoding} to standard output; set PYTHONIOENCODING=utf-8 "
             "(or a UTF-8 locale, LANG=C.UTF-8)")
        return 2
    if isinstance(err, OSError):
        where = f"{err.filename}: " if getattr(err, "filename", None) else ""
        _say(f"nkecon: {where}{err.strerror or err}")
        return 2
    if isinstance(err, Exception):  # a bug: say so in one line, traceback only on request
        if os.environ.get("NKECON_DEBUG"):
            return None
        _say(f"nkecon: internal error: {type(err).__name__}: {err} "
             "(set NKECON_DEBUG=1 for the traceback, and please report it)")
        return 1
    return None


def run(command: Callable[[], object]) -> NoReturn:
    """Run a command and exit with its status, as ``NkeconGroup.main`` runs one that click parsed."""
    _verdict[0] = 0
    try:
        try:
            command()
            code = 0
        except BaseException as err:
            status = failed(err)
            if status is None:
                raise
            code = status
        sys.stdout.flush()  # here, not at exit: a closed pipe is seen while its verdict is known
    except BrokenPipeError:
        _quiet_pipe()
        code = _verdict[0]
    sys.exit(code)


# --- the state ------------------------------------------------------------------------------


class State:
    """What every command shares: where the base is, loaded on first use."""

    def __init__(self, base_dir: str | None, quiet: bool = False, origin: str | None = None):
        self.base_dir = base_dir
        self.origin = origin  # "--base" or "NKECON_BASE": where base_dir came from, for messages
        self.quiet = quiet
        self._base: Any = None

    @property
    def base(self) -> Any:
        if self._base is None:
            from ..factbase.index import open_base

            self._base = open_base(self.base_dir, self.origin)
            if not self.quiet:  # a broken reference or a reused id is worth a word, not a refusal
                problems = self._base.integrity_problems()
                if problems:
                    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
                    _say(f"nkecon: warning: {problems[0]}{more}; `nkecon verify` lists every problem")
        return self._base

    def writable_base(self, what: str) -> Any:
        """The base, for a command that writes to it: only one named with --base or NKECON_BASE."""
        if self.base_dir is None:
            from ..factbase.paths import default_base

            raise NkeconError(f"to {what}, name the fact base to change with --base DIR (or NKECON_BASE); "
                              f"nkecon never writes into the default base ({default_base()})")
        if self._base is None:  # a write validates the files themselves; it neither needs nor builds the index
            from ..factbase.loading import load

            self._base = load(self.base_dir)
        return self._base


def state_for(base_dir: str | None, from_env: bool) -> State:
    """The state of a run: ``--base DIR``, else ``$NKECON_BASE`` (``from_env``), else the shipped base."""
    if base_dir is not None and not base_dir.strip():
        named = f"NKECON_BASE={base_dir!r}" if from_env else f"--base {base_dir!r}"
        raise NkeconError(f"{named}: empty; give the folder holding facts.json and sources/ "
                          "(or leave it out for the shipped base)")
    return State(base_dir, origin="NKECON_BASE" if from_env else "--base" if base_dir else None)


# --- what commands share --------------------------------------------------------------------


FILTER_KEYS = ("topics", "entities", "kinds", "sources", "speakers", "perspectives", "measures",
               "date_from", "date_to", "overlap", "text")


def _filters(kw: dict[str, Any]) -> Any:
    from ..query.select import Filters, user_span

    for key, option in (("date_from", "--from"), ("date_to", "--to")):
        if kw.get(key) is not None:  # read here too, so that an empty --from '' is refused, not ignored
            user_span(kw[key], option)
    return Filters(**{k: kw.pop(k) for k in FILTER_KEYS})


def _fmt(fmt: str | None, out: IO[str] | None = None) -> str:
    if fmt:
        return fmt
    stream = out or sys.stdout
    return "table" if stream.isatty() else "plain"


def _stdout() -> IO[str]:
    return sys.stdout


def _console() -> Any:
    from ..render.terminal import console

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
