"""The command tree as the fast completer (``complete``) reads it, drawn from the click commands.

``python -m nkecon_cli.cli.spec`` writes ``completion.json``; a test fails when it is out of date.
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
        return out

    root = click.Context(group, info_name="nkecon", **group.context_settings)  # -h as well as --help

    def params(cmd: click.Command) -> list[dict[str, Any]]:
        ctx = root if cmd is group else click.Context(cmd, info_name=cmd.name, parent=root)
        return [param(p) for p in cmd.get_params(ctx) if not getattr(p, "hidden", False)]

    commands = {name: {"help": cmd.get_short_help_str(limit=80), "params": params(cmd)}
                for name, cmd in sorted(group.commands.items()) if not cmd.hidden}
    return {"group": {"params": params(group)}, "commands": commands}


def spec_text() -> str:
    from .app import cli

    return json.dumps(spec(cli), indent=1, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    from .complete import SPEC

    SPEC.write_text(spec_text(), encoding="utf-8")
    print(f"wrote {SPEC}")
