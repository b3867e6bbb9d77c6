"""Shell completion, answered without click: one Tab reads the command tree and the index, no more.

The shell scripts are click's (``nkecon completion bash|zsh|fish``) and speak its protocol:
``_NKECON_COMPLETE=bash_complete|zsh_complete|fish_complete`` with ``COMP_WORDS`` and
``COMP_CWORD``. The command tree (commands, options, which values each takes) is
``cli/completion.json``, generated from the click commands (``python -m nkecon_cli.cli.shell``;
a test keeps it current), so answering imports neither click nor the models.

Values match case-, accent-, apostrophe- and hyphen-insensitively (``fold``) on every name of a
thing: an entity by id, name or any alias (``heu`` offers ``Heungnam``), a topic by id or label, a
source by id, short name or title. ``--speaker`` offers the entities that speak in some fact,
``--perspective`` the perspectives of the sources. bash gets values with spaces and other
specials escaped for its command line (zsh and fish quote what they insert themselves).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

SPEC = Path(__file__).parent / "completion.json"
ENV = "_NKECON_COMPLETE"
_SPECIAL = frozenset(" \t\n'\"\\$`&|;<>()[]{}*?!#~^")  # what bash would split, expand or run

Item = tuple  # (type: plain/file/dir, value, help), each a str


def answer(environ: dict[str, str] | None = None, out: Any = None) -> bool:
    """Answer one completion request from the environment; False when there is none to answer."""
    env = os.environ if environ is None else environ
    mode = env.get(ENV, "")
    shell = mode.removesuffix("_complete")
    if not mode.endswith("_complete") or shell not in ("bash", "zsh", "fish"):
        return False  # e.g. "bash_source": click prints the script
    out = out or sys.stdout
    args, incomplete = _words(shell, env)
    try:
        items = complete(args, incomplete)
    except Exception:  # a completion never prints a traceback into the user's prompt
        items = []
    for kind, value, help_ in items:
        out.write(_format(shell, kind, value, help_) + "\n")
    return True


def _split(text: str) -> list[str]:
    """Split as a shell would, keeping a partial quoted word (as click's ``split_arg_string``)."""
    import shlex

    lex = shlex.shlex(text, posix=True)
    lex.whitespace_split = True
    lex.commenters = ""
    out: list[str] = []
    try:
        out.extend(lex)
    except ValueError:
        out.append(lex.token)
    return out


def _words(shell: str, env: Any) -> tuple[list[str], str]:
    cwords = _split(env.get("COMP_WORDS", ""))
    if shell == "fish":
        incomplete = env.get("COMP_CWORD", "")
        if incomplete:
            parts = _split(incomplete)
            incomplete = parts[0] if parts else ""
        args = cwords[1:]
        if incomplete and args and args[-1] == incomplete:
            args.pop()
        return args, incomplete
    try:
        cword = int(env.get("COMP_CWORD", "0"))
    except ValueError:
        cword = len(cwords)
    args = cwords[1:cword]
    incomplete = cwords[cword] if cword < len(cwords) else ""
    return args, incomplete


def bash_word(value: str) -> str:
    """A value as one word of a bash command line: specials escaped with a backslash."""
    return "".join("\\" + c if c in _SPECIAL else c for c in value)


def _format(shell: str, kind: str, value: str, help_: str) -> str:
    from ..factbase.inert import inert_line

    help_ = inert_line(" ".join(help_.split()))[:120]
    if shell == "bash":
        # bash's script reads each line with `read` (no -r), which takes one level of backslashes
        return f"{kind},{bash_word(value).replace(chr(92), chr(92) * 2)}"
    if shell == "zsh":
        shown = help_ or "_"
        return f"{kind}\n{value.replace(':', chr(92) + ':') if shown != '_' else value}\n{shown}"
    return f"{kind},{value}\t{help_}" if help_ else f"{kind},{value}"


# --- what to offer ---------------------------------------------------------------------------


def load_spec() -> dict[str, Any]:
    return json.loads(SPEC.read_text(encoding="utf-8"))


def _option(params: list[dict[str, Any]], word: str) -> dict[str, Any] | None:
    for p in params:
        if word in p.get("opts", ()):
            return p
    return None


def complete(args: list[str], incomplete: str, spec: dict[str, Any] | None = None) -> list[Item]:
    """What to offer for ``incomplete`` after the words ``args`` (the program name left out)."""
    spec = spec or load_spec()
    group = spec["group"]
    params: list[dict[str, Any]] = group["params"]
    command: dict[str, Any] | None = None
    base_dir: str | None = os.environ.get("NKECON_BASE") or None
    positional = 0
    expecting: dict[str, Any] | None = None
    for word in args:
        if expecting is not None:
            if expecting.get("dest") == "base_dir":
                base_dir = word
            expecting = None
            continue
        if word.startswith("-") and word != "-":
            name, eq, _value = word.partition("=")
            p = _option(params, name)
            if p is not None and not p["flag"] and not eq:
                expecting = p
            continue
        if command is None:
            command = spec["commands"].get(word)
            if command is None:
                return []
            params = command["params"]
            continue
        positional += 1
    if incomplete.startswith("-") and "=" in incomplete and expecting is None:
        name, _, incomplete = incomplete.partition("=")
        expecting = _option(params, name)
    if expecting is not None:
        return _values(expecting, incomplete, base_dir)
    if incomplete.startswith("-"):
        used = set(args)
        out = []
        for p in params:
            if not p.get("opts") or (not p["multiple"] and used.intersection(p["opts"])):
                continue
            for o in p["opts"]:
                if o.startswith(incomplete):
                    out.append(("plain", o, p.get("help", "")))
        return out
    if command is None:
        return [("plain", name, c["help"]) for name, c in spec["commands"].items()
                if name.startswith(incomplete.lower())]
    args_spec = [p for p in params if not p.get("opts")]
    for n, p in enumerate(args_spec):
        if p["nargs"] == -1 or n == min(positional, len(args_spec) - 1):
            return _values(p, incomplete, base_dir)
    return []


def _values(param: dict[str, Any], incomplete: str, base_dir: str | None) -> list[Item]:
    if param.get("choices"):
        from ..query.names import fold

        key = fold(incomplete)
        return [("plain", c, "") for c in param["choices"] if fold(c).startswith(key)]
    if param.get("path"):
        return [(param["path"], incomplete, "")]
    kind = param.get("complete")
    if not kind:
        return []
    try:
        from ..factbase.index import open_base

        base = open_base(base_dir)
    except Exception:
        return []
    return list(offer(base, kind, incomplete))


def _pick(forms: Iterable[str | None], incomplete: str) -> str | None:
    """The form to insert: the first that starts with what was typed, as typed, else folded."""
    from ..query.names import fold

    names = [f for f in forms if f]
    for name in names:
        if name.startswith(incomplete):
            return name
    key = fold(incomplete)
    for name in names:
        if fold(name).startswith(key):
            return name
    return None


def offer(base: Any, kind: str, incomplete: str) -> Iterable[Item]:
    """The values of one kind (topic, entity, speaker, source, perspective, measure, fact) to offer."""
    from ..query.names import fold

    found: list[tuple[str, str]] = []
    if kind == "topic":
        for t in base.topics.values():
            found.append((_pick((t.id, t.label), incomplete) or "", t.label))
    elif kind in ("entity", "speaker"):
        speakers = base.speaker_ids() if kind == "speaker" else None
        for e in base.entities.values():
            if speakers is None or e.id in speakers:
                found.append((_pick((e.id, e.name, *e.aliases), incomplete) or "", f"{e.name} ({e.type})"))
    elif kind == "source":
        for s in base.sources.values():
            found.append((_pick((s.id, s.short, s.title), incomplete) or "", f"{s.short_name}, {s.date}"))
    elif kind == "perspective":
        for p in sorted({s.perspective for s in base.sources.values()}):
            found.append((_pick((p,), incomplete) or "", ""))
    elif kind == "measure":
        for m in sorted(base.measure_names(), key=fold):
            found.append((_pick((m,), incomplete) or "", ""))
    elif kind == "fact":
        for fid in base.fact_ids(incomplete.lower()):
            found.append((fid, ""))
    return [("plain", value, help_) for value, help_ in found if value]
