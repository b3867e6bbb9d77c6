"""The ``nkecon`` group and its commands (imported only when a command runs; see ``__init__``)."""

from __future__ import annotations

import click

from . import citing, comparing, curating, exporting, loop, querying, shell
from .common import NkeconGroup
from .runtime import state_for


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

    ctx.obj = state_for(base_dir, ctx.get_parameter_source("base_dir") == ParameterSource.ENVIRONMENT)


for _command in (querying.facts, querying.timeline, querying.show, querying.chart, querying.measures,
                 querying.topics, querying.entities, querying.sources, querying.search, exporting.export, citing.cite,
                 curating.verify, shell.completion, comparing.diff, curating.extract, curating.add, curating.ingest,
                 loop.init, loop.review):
    cli.add_command(_command)
