"""The command line as a whole (cli/app.py): every command's help with an example, --version,
`python -m nkecon_cli`, and the README showing every command. Each command's own tests are in its
file (test_facts.py, test_timeline.py, test_export.py, …)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_every_command_has_help_with_an_example(run) -> None:  # type: ignore[no-untyped-def]
    from nkecon_cli.cli.app import cli

    for name in cli.commands:
        out = run(name, "--help").stdout
        assert "Examples:" in out, name
        assert "nkecon " in out.split("Examples:")[1], name


def test_version(run) -> None:  # type: ignore[no-untyped-def]
    assert run("--version").stdout.startswith("nkecon, version ")


def test_python_dash_m_runs_the_cli(tiny: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "nkecon_cli", "--base", str(tiny), "facts", "--topic", "zink"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip() == "nkecon: unknown topic 'zink'; did you mean 'zinc'? (`nkecon topics` lists them)"


def test_readme_shows_every_command() -> None:
    from nkecon_cli.cli.app import cli

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"nkecon {name}" in readme or f"nkecon --base mybase {name}" in readme, name
