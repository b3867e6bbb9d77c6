"""The command tree as the fast completer (``complete``) and the fast path (``fast``) read it,
drawn from the click commands.

``python -m nkecon_cli.cli.spec`` writes ``completion.json``; a test fails when it is out of date.
Besides what completion needs, each parameter says what the fast path needs to parse it as click
would: its value type (``type``, with ``min``/``max`` of an integer range), the value click hands
the command when it is not given (``default``), an environment variable (``envvar``), and
whether it acts instead of the command (``eager``: --help, --version).
"""

from __future__ import annotations

import json
from typing import Any

import click


def spec(group: click.Group) -> dict[str, Any]:
    """The command tree as ``complete`` reads it: options, flags, choices, completers."""

    def param(p: click.Parameter) -> dict[str, Any]:
        out: dict[str, Any] = {"opts": [*p.opts, *p.secondary_opts] if isinstance(p, click.Option) else [],
                               "dest": p.name, "nargs": p.nargs, "multiple": bool(getattr(p, "multiple", False))}
        out["flag"] = bool(getattr(p, "is_flag", False)) or bool(getattr(p, "count", False))
        words = getattr(getattr(p, "_custom_shell_complete", None), "choices", None)
        if isinstance(p.type, click.Choice) or words:
            out["choices"] = [str(c) for c in (words or p.type.choices)]  # type: ignore[attr-defined]
        if isinstance(p.type, click.Path):
            out["path"] = "dir" if p.type.dir_okay and not p.type.file_okay else "file"
        kind = getattr(getattr(p, "_custom_shell_complete", None), "kind", None)
        if kind:
            out["complete"] = kind
        if isinstance(p, click.Option) and p.help:
            out["help"] = p.help.split(". ")[0].split("\n")[0]
        out.update(_parsing(p))
        return out

    def _parsing(p: click.Parameter) -> dict[str, Any]:
        out: dict[str, Any] = {"type": _type(p)}
        if isinstance(p.type, click.IntRange):
            out.update({k: v for k, v in (("min", p.type.min), ("max", p.type.max)) if v is not None})
            if p.type.min_open or p.type.max_open or p.type.clamp:
                out["type"] = "unknown"
        if p.is_eager:
            out["eager"] = True
        if isinstance(p.envvar, str):
            out["envvar"] = p.envvar
        if p.envvar and (not isinstance(p.envvar, str) or p.multiple):  # several, or split: click's to read
            out["type"] = "unknown"
        if isinstance(p, click.Option) and (p.prompt or p.secondary_opts or p.count or p._flag_needs_value
                                            or (p.is_flag and not p.is_bool_flag)):
            out["type"] = "unknown"
        if p.callback is not None or p.required or p.nargs != 1 or callable(p.default):
            out["type"] = "unknown"
        if p.expose_value and not p.is_eager and not p.required:
            ctx = click.Context(click.Command(None), info_name="spec")
            value = p.process_value(ctx, p.get_default(ctx))
            value = None if type(value).__name__ == "Sentinel" else value  # click's UNSET
            if value is None or isinstance(value, (str, int, float, bool, tuple)):
                out["default"] = value
            else:
                out["type"] = "unknown"
        return out

    root = click.Context(group, info_name="nkecon", **group.context_settings)  # -h as well as --help

    def params(cmd: click.Command) -> list[dict[str, Any]]:
        ctx = root if cmd is group else click.Context(cmd, info_name=cmd.name, parent=root)
        return [param(p) for p in cmd.get_params(ctx) if not getattr(p, "hidden", False)]

    commands = {name: {"help": cmd.get_short_help_str(limit=80), "params": params(cmd)}
                for name, cmd in sorted(group.commands.items()) if not cmd.hidden}
    return {"group": {"params": params(group)}, "commands": commands}


def _type(p: click.Parameter) -> str:
    """The value type as the fast path knows it; "unknown" for one it leaves to click."""
    t = p.type
    if isinstance(t, click.Choice):
        return "choice" if t.case_sensitive and all(isinstance(c, str) for c in t.choices) else "unknown"
    if isinstance(t, click.IntRange) or type(t) is type(click.INT):
        return "int"
    if type(t) is type(click.STRING):
        return "text"
    if type(t) is type(click.BOOL):
        return "bool"
    if isinstance(t, click.Path):  # the plain click.Path(): the value as given, refused only if unreadable
        plain = (not t.exists and t.file_okay and t.dir_okay and t.readable and not t.writable
                 and not t.executable and not t.resolve_path and not t.allow_dash and t.type is None)
        return "path" if plain else "unknown"
    return "unknown"


def spec_text() -> str:
    from .app import cli

    return json.dumps(spec(cli), indent=1, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    from .complete import SPEC

    SPEC.write_text(spec_text(), encoding="utf-8")
    print(f"wrote {SPEC}")
