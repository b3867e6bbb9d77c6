"""Shell completion: the fast path (no click) answers as the click commands would, case- and
alias-insensitively, speakers for --speaker, perspectives for --perspective, quoted for bash."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from nkecon_cli.cli import complete
from nkecon_cli.cli.app import cli
from nkecon_cli.cli.spec import spec_text


def _answer(shell: str, words: str, cword: int | None = None) -> list[str]:
    env = {"_NKECON_COMPLETE": f"{shell}_complete", "COMP_WORDS": words,
           "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1) if cword is None else cword)}
    out = io.StringIO()
    assert complete.answer(env, out)
    return out.getvalue().splitlines()


def _values(words: str) -> list[str]:
    return [line.split(",", 1)[1] for line in _answer("bash", words)]


def test_the_command_tree_file_is_current() -> None:
    assert complete.SPEC.read_text(encoding="utf-8") == spec_text(), \
        "cli/completion.json is out of date: run `python -m nkecon_cli.cli.spec`"


def test_entities_case_insensitive_and_by_any_alias(tiny: Path) -> None:
    assert _values(f"nkecon --base {tiny} facts --place anj") == ["anju", "anju-coal-mine"]
    assert _values(f"nkecon --base {tiny} facts --place ANJ") == ["anju", "anju-coal-mine"]
    assert _values(f"nkecon --base {tiny} facts --place gang") == ["Gangwon"]
    assert _values(f"nkecon --base {tiny} facts --place nampo") == ["nampo"]
    assert _values(f"nkecon --base {tiny} facts --place namp'o") == ["nampo"]
    assert _values(f"nkecon --base {tiny} facts --entity 남") == ["남포"]


def test_speaker_offers_only_speakers_and_perspective_the_perspectives(tiny: Path) -> None:
    assert _values(f"nkecon --base {tiny} facts --speaker ") == ["minister"]
    assert _values(f"nkecon --base {tiny} timeline --speaker the") == ["The\\\\ Minister"]
    assert _values(f"nkecon --base {tiny} facts --perspective ") == ["exile-media", "soviet-diplomat"]
    assert _values(f"nkecon --base {tiny} facts --perspective SOV") == ["soviet-diplomat"]


def test_values_with_spaces_are_one_word_for_each_shell(tiny: Path) -> None:
    assert _answer("bash", f"nkecon --base {tiny} facts --measure zin") == ["plain,zinc\\\\ output"]
    assert _answer("zsh", f"nkecon --base {tiny} facts --measure zin") == ["plain", "zinc output", "_"]
    fish = {"_NKECON_COMPLETE": "fish_complete", "COMP_WORDS": f"nkecon --base {tiny} facts --measure zin",
            "COMP_CWORD": "zin"}
    out = io.StringIO()
    complete.answer(fish, out)
    assert out.getvalue() == "plain,zinc output\n"


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash")
def test_bash_puts_a_value_with_spaces_on_the_line_as_one_word(tiny: Path, tmp_path: Path) -> None:
    """Through click's own bash script: the reply is the escaped word bash inserts."""
    script = subprocess.run([sys.executable, "-m", "nkecon_cli", "completion", "bash"], capture_output=True,
                            text=True, check=True).stdout
    shim = tmp_path / "bin"
    shim.mkdir()
    (shim / "nkecon").write_text(f"#!/bin/sh\nexec {sys.executable} -m nkecon_cli \"$@\"\n", encoding="utf-8")
    (shim / "nkecon").chmod(0o755)
    test = script + f"""
compopt() {{ :; }}
COMP_WORDS=(nkecon --base {tiny} facts --measure '"zin'); COMP_CWORD=5
_nkecon_completion nkecon
printf '[%s]\\n' "${{COMPREPLY[@]}}"
"""
    env = {**os.environ, "PATH": f"{shim}:{os.environ['PATH']}"}
    done = subprocess.run(["bash", "-c", test], capture_output=True, text=True, env=env, check=True)
    assert done.stdout == "[zinc\\ output]\n", done.stderr


def test_commands_options_choices_and_ids(tiny: Path) -> None:
    assert _values("nkecon ti") == ["timeline"]
    assert _values(f"nkecon --base {tiny} facts --to") == ["--topic", "--to"]
    assert _values(f"nkecon --base {tiny} facts --kind D") == ["directive"]
    assert _values(f"nkecon --base {tiny} show zinc-19") == ["zinc-1949", "zinc-1950"]
    assert _values(f"nkecon --base {tiny} facts --topic zi") == ["zinc"]
    assert _values(f"nkecon --base {tiny} facts --topic=zi") == ["zinc"]
    assert _values("nkecon completion ") == ["bash", "zsh", "fish"]
    assert _answer("bash", "nkecon --base ") == ["file,"]  # a folder, or its facts.json


def test_a_broken_base_offers_nothing_and_says_nothing(tmp_path: Path) -> None:
    assert _values(f"nkecon --base {tmp_path} facts --topic z") == []


@pytest.mark.parametrize("words", ["facts --place gang", "facts --speaker m", "facts --perspective ",
                                   "facts --measure zinc", "show zinc", "facts --topic Zi", "search --source al"])
def test_the_fast_path_answers_as_click_does(tiny: Path, words: str, monkeypatch: pytest.MonkeyPatch) -> None:
    line = f"nkecon --base {tiny} {words}"
    cword = len(line.split()) - (0 if line.endswith(" ") else 1)
    monkeypatch.setenv("_NKECON_COMPLETE", "zsh_complete")
    monkeypatch.setenv("COMP_WORDS", line)
    monkeypatch.setenv("COMP_CWORD", str(cword))
    via_click = CliRunner().invoke(cli, [], prog_name="nkecon").stdout
    assert via_click.strip()
    assert _answer("zsh", line, cword) == via_click.splitlines()


def test_completion_script(run) -> None:  # type: ignore[no-untyped-def]
    out = run("completion", "bash").stdout
    assert "_NKECON_COMPLETE" in out and "complete" in out


def test_completion_offers_topic_ids(tiny: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from nkecon_cli.cli.app import cli

    monkeypatch.setenv("_NKECON_COMPLETE", "bash_complete")
    monkeypatch.setenv("COMP_WORDS", f"nkecon --base {tiny} facts --topic zi")
    monkeypatch.setenv("COMP_CWORD", "5")
    result = CliRunner().invoke(cli, [], prog_name="nkecon")
    assert "plain,zinc" in result.stdout
