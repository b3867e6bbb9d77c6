"""``nkecon export``: the matching facts as a file — csv, tsv, json, jsonl, markdown, sqlite,
timelinejs, csl-json or wide — read from the index a batch at a time and written as they come,
atomically to ``-o FILE`` (never over a fact base), or to standard output."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..errors import NkeconError
from . import reading
from .analysis import convert_option, converting
from .common import EXPORT_FORMATS, State, _describe, _filters, _say, _stdout, filter_options, pass_state, sort_options


@click.command()
@filter_options
@sort_options()
@click.option("--format", "-f", "fmt", type=click.Choice(EXPORT_FORMATS), required=True,
              help="csv, tsv, json, jsonl, markdown, sqlite (needs -o), timelinejs, csl-json (a citation a "
                   "fact, as `nkecon cite`) or wide (CSV: a row a time, a column a series, for pivot tables).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output, atomically (a new file gets your umask, "
                   "an existing one keeps its mode). A symlink is written through, to the file it points "
                   "to; a folder, a device and the files of any fact base are refused. - is standard output.")
@convert_option
@pass_state
def export(state: State, fmt: str, output: Path | None, sort: str, limit: int | None, convert: tuple[str, ...],
           **kw: Any) -> None:
    """Export the matching facts: csv, tsv, json, jsonl, markdown, sqlite, timelinejs, csl-json or wide.

    \b
    Examples:
      nkecon export --format sqlite -o nkecon.db
      sqlite3 nkecon.db "select id from facts_fts where facts_fts match 'zinc'"
      nkecon export --format timelinejs --topic zinc -o zinc-timeline.json
      nkecon export --format csv --place Kangwon > kangwon.csv
      nkecon export --format csl-json --topic zinc -o zinc-citations.json
      nkecon export --format wide --topic zinc --kind statistic > zinc-wide.csv
    """
    from ..factbase.safewrite import output_target
    from ..query.ordered import ordered

    base = state.base
    if convert and fmt in ("sqlite", "timelinejs", "csl-json"):
        raise NkeconError(f"--convert applies to csv, tsv, json, jsonl, markdown and wide; --format {fmt} "
                          "exports the figures as the sources give them")
    to_stdout = output is not None and _is_stdout(output)
    target = output_target(output, [base.facts_path, base.sources_dir]) if output and not to_stdout else None
    flt = _filters(kw)
    if fmt in ("json", "jsonl", "csv", "tsv") and not convert and _listed(base, flt, sort, limit, fmt, target):
        return
    found = ordered(base, flt, sort, limit)  # read from the index a batch at a time, as it is written
    if fmt == "sqlite":
        from ..render import export as sqlite_export

        if target is None:
            if not to_stdout:
                raise NkeconError("--format sqlite writes a database file: add -o FILE.db (or -o - for stdout)")
            _database_to_stdout(lambda tmp: sqlite_export.write_sqlite(base, found, tmp))
            return
        _write_output(target, lambda tmp: sqlite_export.write_sqlite(base, found, tmp))
        _say(f"wrote {len(found)} facts to {target}")
        return

    from ..render.streamed import write_export

    facts_out = converting(found, convert)  # an unknown era is refused here, before a byte is written

    def write(out: Any) -> None:
        write_export(base, facts_out, len(found), fmt, out, f"nkecon — {_describe(flt)}", converted=bool(convert))

    if target is None:
        write(_stdout())
    else:
        def fill(tmp: Path) -> None:
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                write(fh)

        _write_output(target, fill)
        _say(f"wrote {len(found)} facts to {target}")


def _listed(base: Any, flt: Any, sort: str, limit: int | None, fmt: str, target: Path | None) -> bool:
    """``reading.listed`` to standard output or to ``target`` atomically; False where the index
    cannot answer so (the facts are then read as records)."""
    from ..query.select import select_rows
    from ..render.records import write_fact_rows

    if target is None:
        return reading.listed(base, flt, sort, limit, fmt, _stdout()) is not None
    rows = select_rows(base, flt, sort, limit)  # resolved before the target is touched: a bad filter writes nothing
    if rows is None:
        return False
    written = 0

    def fill(tmp: Path) -> None:
        nonlocal written
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            written = write_fact_rows(base, rows, fmt, fh)

    _write_output(target, fill)
    _say(f"wrote {written} facts to {target}")
    return True


def _is_stdout(output: Path) -> bool:
    """``-o -``, or a path that is this process's standard output (``/dev/stdout``, ``/dev/fd/1``)."""
    import os
    import sys

    if str(output) == "-":
        return True
    try:
        return os.path.samestat(os.stat(output), os.fstat(sys.stdout.fileno()))
    except (OSError, ValueError, AttributeError):  # no such file, or a stdout without a descriptor
        return False


def _database_to_stdout(fill: Callable[[Path], object]) -> None:
    """A database built in a temporary folder, then copied to standard output (never to a terminal)."""
    import shutil
    import sys
    import tempfile

    out = _stdout()
    if out.isatty():
        raise NkeconError("-o -: a database is binary; redirect standard output to a file or a pipe")
    with tempfile.TemporaryDirectory(prefix="nkecon-export-") as folder:
        tmp = Path(folder) / "export.db"
        try:
            fill(tmp)
        except (OSError, _sqlite_error()) as err:
            raise NkeconError(f"-o -: cannot build the database in {folder} ({_reason(err)}); "
                              "free some space (or set TMPDIR)") from None
        out.flush()
        with open(tmp, "rb") as fh:
            shutil.copyfileobj(fh, getattr(out, "buffer", None) or sys.stdout.buffer)


def _sqlite_error() -> type[Exception]:
    import sqlite3

    return sqlite3.Error


def _reason(err: BaseException) -> str:
    return str(getattr(err, "strerror", None) or err)


def _write_output(target: Path, fill: Callable[[Path], object]) -> None:
    """Replace ``target`` atomically; an error names the target, never the temporary file."""
    from ..factbase.safewrite import replace_file

    def filled(tmp: Path) -> None:
        try:
            fill(tmp)
        finally:  # a database's rollback journal goes with its temporary file (an error, SIGINT, SIGTERM)
            Path(f"{tmp}-journal").unlink(missing_ok=True)

    try:
        replace_file(target, filled)
    except (OSError, _sqlite_error()) as err:  # sqlite3.OperationalError: "database or disk is full"
        raise NkeconError(f"-o {target}: cannot write ({_reason(err)}); free some space or pick another path"
                          ) from None

