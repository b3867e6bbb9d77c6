"""Where a base is (factbase/paths.py): `--base`, `$NKECON_BASE`, a facts.json named directly, the shipped
copy, and errors that name the folder and where it came from."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from nkecon_cli import errors, factbase
from nkecon_cli.cli.app import cli


def test_base_after_the_command_says_where_it_goes(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("facts", "--base", str(tiny))
    assert result.exit_code == 2
    assert "--base goes before the command: nkecon --base DIR facts" in result.stderr


def test_env_base_error_names_the_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NKECON_BASE", str(tmp_path / "nowhere"))
    result = CliRunner().invoke(cli, ["facts"])
    assert result.exit_code == 2
    assert "(from NKECON_BASE)" in result.stderr and "(from --base)" not in result.stderr


def test_base_may_be_its_facts_json(run, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    by_file = run("--base", str(tiny / "facts.json"), "facts", "-f", "plain")
    assert by_file.exit_code == 0 and by_file.stdout == run("facts", "-f", "plain", base=tiny).stdout
    other = run("--base", str(tiny / "sources" / "sources.json"), "facts")
    assert other.exit_code == 2 and "a file, not a fact base (from --base)" in other.stderr


def test_resolve_base_errors_name_the_folder(tmp_path: Path) -> None:
    with pytest.raises(errors.NkeconError, match=r"no facts\.json"):
        factbase.resolve_base(tmp_path)


def test_default_base_is_the_shipped_one() -> None:
    base = factbase.load()
    assert len(base.facts) > 120


def test_base_from_environment(runner, tiny: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from nkecon_cli.cli.app import cli

    monkeypatch.setenv("NKECON_BASE", str(tiny))
    assert runner.invoke(cli, ["verify"]).stdout.startswith("ok: 5 facts")


def test_missing_base_is_a_clear_error(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("facts", base=tmp_path)
    assert result.exit_code == 2
    assert f"{tmp_path}: no facts.json here" in result.stderr
