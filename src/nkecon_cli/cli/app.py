"""The ``nkecon`` group and its commands (imported only when a command runs; see ``__init__``)."""

from __future__ import annotations

import click

from ..errors import NkeconError
from . import citing, comparing, curating, loop, querying, shell
from .common import NkeconGroup, State


@click.group(cls=NkeconGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--base", "base_dir", envvar="NKECON_BASE", metavar="DIR", type=click.Path(),
              help="Fact base folder (facts.json + sources/), or its facts.json. Goes before the command: "
                   "nkecon --base DIR facts. Default: $NKECON_BASE, else the shipped base.")
@click.version_option(package_name="nkecon", prog_name="nkecon")
@click.pass_context
def cli(ctx: click.Context, base_dir: str | None) -> None:
    """nkecon — dated, quoted claims about the North Korean economy, from archival sources.

    \b
    Examples:
      nkecon timeline --topic zinc
      nkecon facts --place Anju --kind directive
      nkecon show zinc-output-1949
      nkecon facts --topic coal --format csv > coal.csv
    """
    from click.core import ParameterSource

    from_env = ctx.get_parameter_source("base_dir") == ParameterSource.ENVIRONMENT
    if base_dir is not None and not base_dir.strip():
        named = f"NKECON_BASE={base_dir!r}" if from_env else f"--base {base_dir!r}"
        raise NkeconError(f"{named}: empty; give the folder holding facts.json and sources/ "
                          "(or leave it out for the shipped base)")
    ctx.obj = State(base_dir, origin="NKECON_BASE" if from_env else "--base" if base_dir else None)


for _command in (querying.facts, querying.timeline, querying.show, querying.chart, querying.measures,
                 querying.topics, querying.entities, querying.sources, querying.search, querying.export, citing.cite,
                 curating.verify, shell.completion, comparing.diff, curating.extract, curating.add, curating.ingest,
                 loop.init, loop.review):
    cli.add_command(_command)
