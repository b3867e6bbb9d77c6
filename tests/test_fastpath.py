"""The fast path (cli/fast.py): a piped ``facts`` or ``timeline`` it takes is parsed as click parses
it and answered as click answers it (stdout, stderr, exit status); every other line goes to click.

Command lines are generated from the command tree (completion.json): options in every spelling
(``--opt value``, ``--opt=value``, ``-fVALUE``), repeated, good and bad values, ``--``, help,
unknown options and stray words, the base from ``--base`` or ``NKECON_BASE``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import nkecon_cli.cli as entry
from nkecon_cli.cli import fast
from nkecon_cli.cli.app import cli
from nkecon_cli.cli.complete import load_spec

from .conftest import write_base

SPEC = load_spec()
ROOT = Path(__file__).resolve().parent.parent

VALUES: dict[str, list[str]] = {  # good and bad words for each option, by its dest
    "topics": ["zinc", "coal", "Zinc", "mining", "zink", ""],
    "entities": ["Anju", "Nampo", "Kangwon", "Heungnam", "nowhere"],
    "kinds": ["statistic", "statistics", "directive", "event", "bogus"],
    "sources": ["puzanov", "alpha", "kim", "nope"],
    "speakers": ["minister", "kim-il-sung", "nobody"],
    "perspectives": ["soviet-diplomat", "exile-media", "x"],
    "measures": ["zinc output", "zinc", "nothing"],
    "date_from": ["1957", "Aug 1957", "1949", "57", "1957-13", "", "[1948..1982]", "1946/1950"],
    "date_to": ["1957", "1950", "2024", "1970s", "07/08/1957", "--kind"],
    "text": ["zinc", "coking coal", "power", ""],
    "limit": ["0", "1", "3", "-1", "x", "+2", " 4", "10_0"],
    "convert": ["RUB-1961", "KPW", "XYZ"],
}
STRAYS = ["--", "--help", "-h", "--nope", "extra", "-", "--base", "-x", "--version", "-fh"]


def _values(p: dict[str, Any]) -> list[str]:
    return [*p.get("choices", ()), "nope"] if p.get("choices") else VALUES.get(p["dest"], ["word", ""])


@st.composite
def occurrence(draw: st.DrawFn, p: dict[str, Any]) -> list[str]:
    """One use of an option, in one of the spellings click reads."""
    opt = draw(st.sampled_from(p["opts"]))
    if p["flag"]:
        return [draw(st.sampled_from([opt, opt, f"{opt}=x"]))]
    value = draw(st.sampled_from(_values(p)))
    forms = [[opt, value], [f"{opt}={value}"]] if opt.startswith("--") else [[opt, value], [f"{opt}{value}"]]
    return draw(st.sampled_from(forms))


@st.composite
def command_line(draw: st.DrawFn, base: str) -> list[str]:
    group = draw(st.sampled_from([[], [], ["--base", base], [f"--base={base}"], ["--base", " "], ["--version"]]))
    name = draw(st.sampled_from([*sorted(fast.COMMANDS), *sorted(fast.COMMANDS), "show", "fact"]))
    params = [p for p in SPEC["commands"].get(name, {"params": []})["params"] if p["opts"]]
    words: list[str] = []
    for _ in range(draw(st.integers(0, 5))):
        if params and draw(st.integers(0, 9)):
            words += draw(occurrence(draw(st.sampled_from(params))))
        else:
            words.append(draw(st.sampled_from(STRAYS)))
    if draw(st.integers(0, 5)) == 0:
        words.append("--")
    return [*group, name, *words]


def click_parse(argv: list[str]) -> tuple[str, tuple[str | None, bool], dict[str, Any]] | None:
    """What click makes of a command line (as ``fast.parse`` answers), or None where it refuses it."""
    try:
        ctx = cli.make_context("nkecon", list(argv))
        name, cmd, rest = cli.resolve_command(ctx, [*ctx._protected_args, *ctx.args])
        assert name is not None and cmd is not None
        sub = cmd.make_context(name, rest, parent=ctx)
    except (click.UsageError, click.exceptions.Exit):
        return None
    from_env = ctx.get_parameter_source("base_dir") == click.core.ParameterSource.ENVIRONMENT
    return name, (ctx.params["base_dir"], from_env), sub.params


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=command_line(base="some/base"), env_base=st.sampled_from([None, "", "env/base", "  "]))
def test_a_line_the_fast_path_takes_is_the_line_click_parses(argv: list[str], env_base: str | None,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    env = {} if env_base is None else {"NKECON_BASE": env_base}
    if env_base is None:
        monkeypatch.delenv("NKECON_BASE", raising=False)
    else:
        monkeypatch.setenv("NKECON_BASE", env_base)
    ours = fast.parse(argv, env, SPEC)
    event("taken by the fast path" if ours is not None else "left to click")
    theirs = click_parse(argv) if ours is not None else None
    capsys.readouterr()  # what --help or --version printed
    if ours is not None:
        assert ours == theirs, argv


@pytest.mark.parametrize("argv", [
    ["facts", "--topic", "zinc", "-f", "jsonl"],
    ["timeline", "--topic", "zinc"],
    ["--base", "x", "facts", "--kind=statistic", "--kind", "plan", "--overlap", "-fcsv", "--"],
    ["timeline", "--from", "1957", "--to=1957", "--by", "source", "--limit", "3", "--convert", "RUB-1961"],
    ["facts", "--sort", "value", "--topic", "--kind"],  # a value that looks like an option is a value
    ["facts", "--text="],
])
def test_the_fast_path_takes_the_lines_of_every_day(argv: list[str]) -> None:
    assert fast.parse(argv, {}, SPEC) == click_parse(argv) != None  # noqa: E711


@pytest.mark.parametrize("argv", [
    ["facts", "--help"], ["-h", "facts"], ["--version"], ["facts", "-h"], ["facts", "--nope"],
    ["facts", "--topic"], ["facts", "extra"], ["facts", "--", "extra"], ["facts", "--overlap=yes"],
    ["facts", "--limit", "-1"], ["facts", "--limit", "+1"], ["facts", "--sort", "nope"], ["facts", "-f=jsonl"],
    ["facts", "--base", "x"], ["--", "facts"], ["show", "zinc-output-1949"], ["facts", "-x"], [],
])
def test_the_fast_path_leaves_to_click_what_it_does_not_take(argv: list[str]) -> None:
    assert fast.parse(argv, {}, SPEC) is None


def test_the_spec_gives_the_values_click_hands_a_command_given_no_options() -> None:
    for name in fast.COMMANDS:
        assert fast.parse([name], {}, SPEC) == click_parse([name])


def _run(argv: list[str], on: bool, monkeypatch: pytest.MonkeyPatch,
         capsys: pytest.CaptureFixture[str]) -> tuple[str, str, object]:
    monkeypatch.setenv("NKECON_FAST", "1" if on else "0")
    monkeypatch.setattr(sys, "argv", ["nkecon", *argv])
    capsys.readouterr()
    with pytest.raises(SystemExit) as ended:
        entry.main()
    out, err = capsys.readouterr()
    return out, err, ended.value.code or 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_fast_path_answers_as_click_does(data: st.DataObject, tmp_path_factory: pytest.TempPathFactory,
                                            monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    tiny = _TINY.setdefault("base", write_base(tmp_path_factory.mktemp("fast") / "base"))
    monkeypatch.setattr(entry, "_exit_on_sigterm", lambda: None)
    monkeypatch.setenv("COLUMNS", "100")
    env_base = data.draw(st.sampled_from([None, None, str(tiny), " "]))
    if env_base is None:
        monkeypatch.delenv("NKECON_BASE", raising=False)
    else:
        monkeypatch.setenv("NKECON_BASE", env_base)
    argv = data.draw(command_line(base=data.draw(st.sampled_from([str(tiny), str(ROOT)]))))
    event("taken by the fast path" if fast.parse(argv, os.environ, SPEC) is not None else "left to click")
    assert _run(argv, True, monkeypatch, capsys) == _run(argv, False, monkeypatch, capsys), argv


_TINY: dict[str, Path] = {}


def _imports_click(argv: list[str], **popen: Any) -> str:
    code = ("import atexit, sys\n"
            "atexit.register(lambda: sys.stderr.write('click imported: %s\\n' % ('click' in sys.modules)))\n"
            f"sys.argv = ['nkecon', *{argv!r}]\n"
            "from nkecon_cli.cli import main\nmain()\n")
    env = {k: v for k, v in os.environ.items() if k not in ("NKECON_BASE", "NKECON_FAST")}
    p = subprocess.run([sys.executable, "-c", code], env=env, stderr=subprocess.PIPE, text=True, **popen)
    return p.stderr.strip().splitlines()[-1]


def test_a_piped_query_imports_no_click() -> None:
    for argv in (["facts", "--topic", "zinc", "-f", "jsonl"], ["timeline", "--topic", "zinc"]):
        assert _imports_click(argv, stdout=subprocess.PIPE) == "click imported: False"
    assert _imports_click(["facts", "--help"], stdout=subprocess.PIPE) == "click imported: True"


def test_a_query_on_a_terminal_goes_to_click() -> None:
    pty = pytest.importorskip("pty")
    leader, follower = pty.openpty()
    try:
        said = _imports_click(["facts", "--topic", "zinc", "-f", "jsonl", "--limit", "0"], stdout=follower)
    finally:
        os.close(follower)
        os.close(leader)
    assert said == "click imported: True"


def _process(argv: list[str], on: bool, shell: str | None = None, **env: str) -> tuple[bytes, bytes, int]:
    full = {**{k: v for k, v in os.environ.items() if k not in ("NKECON_BASE", "PYTHONIOENCODING")},
            "NKECON_FAST": "1" if on else "0", "COLUMNS": "100", **env}
    if shell is not None:  # the command line's output through a shell pipeline; its status is nkecon's
        quoted = " ".join(f"'{w}'" for w in argv)
        cmd: Any = ["bash", "-c", f"'{sys.executable}' -m nkecon_cli {quoted} | {shell}; exit ${{PIPESTATUS[0]}}"]
    else:
        cmd = [sys.executable, "-m", "nkecon_cli", *argv]
    p = subprocess.run(cmd, env=full, capture_output=True)
    return p.stdout, p.stderr, p.returncode


@pytest.mark.parametrize(("argv", "env", "shell"), [
    (["facts", "--topic", "zinc", "-f", "jsonl"], {}, None),
    (["timeline", "--topic", "zinc"], {}, "cat"),
    (["facts", "--topic", "zïnk"], {"PYTHONIOENCODING": "ascii"}, None),  # a message on an ASCII stderr
    (["facts", "--place", "Nampo", "-f", "jsonl"], {"PYTHONIOENCODING": "latin-1"}, None),  # 남포 cannot be written
    (["facts", "-f", "jsonl"], {}, "head -c 100"),  # the pipe closed early
    (["timeline", "--from", "57"], {}, None),
    (["facts", "--topic", "zinc"], {"NKECON_BASE": "   "}, None),
    (["facts", "--topic", "zinc"], {"NKECON_BASE": "/nonexistent/base"}, None),
])
def test_the_fast_path_answers_as_click_does_whole_processes(argv: list[str], env: dict[str, str],
                                                             shell: str | None) -> None:
    assert _process(argv, True, shell, **env) == _process(argv, False, shell, **env)
