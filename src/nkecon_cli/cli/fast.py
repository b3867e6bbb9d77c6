"""The fast path: a piped ``facts`` or ``timeline`` run without importing click.

Click stays the one parser of nkecon's command line. This module reads the same command tree
(``completion.json``, drawn from the click commands by ``spec``) and takes a command line only
when it understands every word of it as click would take it: the group's ``--base`` (or
``$NKECON_BASE``), then one of ``COMMANDS`` with options of known types — long (``--topic zinc``,
``--topic=zinc``) or short (``-f jsonl``, ``-fjsonl``), repeated where the option is, flags, a
closing ``--``. Then it calls the command's body (``reading``) with the values click would hand
it, through the same edge (``runtime.run``). Anything else — help or version, an option it does
not know or cannot convert, a missing value, an extra argument, shell completion, a terminal on
standard output — it leaves alone, and click parses the line and gives every message.
``NKECON_FAST=0`` turns it off (the tests compare both ways).
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from typing import Any

COMMANDS = {"facts": "facts", "timeline": "timeline"}  # command → its body in ``reading``
SWITCH = "NKECON_FAST"


class _Unknown(Exception):
    """A word the fast path does not take as click would: leave the line to click."""


def maybe_run(argv: list[str], environ: Any = None) -> None:
    """Run the command line and exit, if the fast path takes it; return when click must."""
    env = os.environ if environ is None else environ
    if env.get(SWITCH) == "0" or env.get("_NKECON_COMPLETE") or sys.stdout is None or sys.stdout.isatty():
        return
    parsed = parse(argv, env)
    if parsed is None:
        return
    name, (base_dir, from_env), values = parsed
    from . import reading
    from .runtime import run, state_for

    body = getattr(reading, COMMANDS[name])
    run(lambda: body(state_for(base_dir, from_env), **values))


def parse(argv: list[str], environ: Any, spec: dict[str, Any] | None = None
          ) -> tuple[str, tuple[str | None, bool], dict[str, Any]] | None:
    """(command, (base_dir, whether it came from the environment), the command's values), or None
    when the line is not the fast path's to run."""
    if not COMMANDS.keys() & set(argv):
        return None  # no command of the fast path's: not worth reading the spec
    if spec is None:
        from .complete import load_spec

        spec = load_spec()
    try:
        group, rest = _options(spec["group"]["params"], argv, command=False)
        if not rest or rest[0] not in COMMANDS or rest[0] not in spec["commands"]:
            return None
        name = rest[0]
        values, _ = _options(spec["commands"][name]["params"], rest[1:], command=True)
        from_env = False
        for p in spec["group"]["params"]:  # as click: an option not given takes its variable, unless empty
            if p.get("envvar") and group.get(p["dest"]) is None and environ.get(p["envvar"]):
                group[p["dest"]] = _convert(p, environ[p["envvar"]])
                from_env = from_env or p["dest"] == "base_dir"
        base = group.pop("base_dir")
        if group:
            return None  # a group option the fast path does not know what to do with
    except (_Unknown, KeyError):
        return None
    return name, (base, from_env), values


def _options(params: list[dict[str, Any]], args: list[str], command: bool) -> tuple[dict[str, Any], list[str]]:
    """The values of ``params`` from ``args`` and the words after them (a group stops at its
    command), as click's parser takes them; ``_Unknown`` for what it would refuse or act on."""
    long: dict[str, dict[str, Any]] = {}
    short: dict[str, dict[str, Any]] = {}
    values: dict[str, Any] = {}
    for p in params:
        if not p["opts"]:
            raise _Unknown("an argument")  # positional arguments are click's
        for opt in p["opts"]:
            (short if len(opt) == 2 and opt[0] == "-" and opt[1] != "-" else long)[opt] = p
        if not p.get("eager"):
            if p.get("type", "unknown") == "unknown" or "default" not in p:
                raise _Unknown(p["dest"])
            default = p["default"]
            values[p["dest"]] = tuple(default) if isinstance(default, list) else default
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg == "--":
            if not command or rest:  # after it, only arguments: the command has none
                raise _Unknown(arg)
            break
        if arg[:1] != "-" or len(arg) == 1:
            if command:
                raise _Unknown(arg)  # an extra argument
            rest.insert(0, arg)
            break
        name, eq, explicit = arg.partition("=")
        lp = long.get(name)
        if lp is not None:
            if eq:
                rest.insert(0, explicit)
            _take(lp, name, rest, values, explicit=bool(eq))
            continue
        if arg[:2] == "--":
            raise _Unknown(arg)
        for n, ch in enumerate(arg[1:], 2):  # short options, as click: -fjsonl is -f jsonl
            sp = short.get("-" + ch)
            if sp is None:
                raise _Unknown(arg)
            if not sp["flag"]:
                if n < len(arg):
                    rest.insert(0, arg[n:])
                _take(sp, "-" + ch, rest, values, explicit=False)
                break
            _take(sp, "-" + ch, rest, values, explicit=False)
    return values, rest


def _take(p: dict[str, Any], opt: str, rest: list[str], values: dict[str, Any], explicit: bool) -> None:
    if p.get("eager"):
        raise _Unknown(opt)  # --help, --version: click's
    if p["flag"]:
        if explicit or p["type"] != "bool":
            raise _Unknown(opt)  # "--overlap=x": click's error
        value: Any = True
    else:
        if not rest:
            raise _Unknown(opt)  # a missing value: click's error
        value = _convert(p, rest.pop(0))
    if p["multiple"]:
        values[p["dest"]] = (*values[p["dest"]], value)
    else:
        values[p["dest"]] = value


def _convert(p: dict[str, Any], word: str) -> Any:
    """The value click's type makes of ``word``; ``_Unknown`` where click would refuse it."""
    kind = p["type"]
    if kind == "text":
        return word
    if kind == "choice":
        if word in p["choices"]:
            return word
    elif kind == "int":
        if word.isascii() and word.isdigit():  # "+1", " 1", "1_0" are click's to read
            n = int(word)
            if p.get("min", n) <= n <= p.get("max", n):
                return n
    elif kind == "path":  # the value as given, unless it exists unreadable
        try:
            os.stat(word)
        except (OSError, ValueError):
            return word
        if os.access(word, os.R_OK):
            return word
    raise _Unknown(word)
