"""``nkecon completion SHELL``: the shell's completion script (click's). The command tree the fast
completer reads is written by ``spec``."""

from __future__ import annotations

import click


@click.command()
@click.argument("shell", type=click.Choice(("bash", "zsh", "fish")))
@click.pass_context
def completion(ctx: click.Context, shell: str) -> None:
    """Print the shell completion script for SHELL (commands, options, topic/entity/source ids).

    \b
    Examples:
      eval "$(nkecon completion bash)"      # in ~/.bashrc
      nkecon completion fish > ~/.config/fish/completions/nkecon.fish
    """
    from click.shell_completion import get_completion_class

    cls = get_completion_class(shell)
    assert cls is not None
    click.echo(cls(ctx.find_root().command, {}, "nkecon", "_NKECON_COMPLETE").source())
