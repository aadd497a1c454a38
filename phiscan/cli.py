"""The `phiscan` command: parse options, call the library, print a report, exit 0/1/2."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="phiscan",
    help="Find PHI and secrets in JSON Schemas and LLM tool definitions before they reach a schema cache.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)




class FailOn(str, Enum):
    low = "low"
    medium = "medium"
    high = "high"


@app.command()
def scan(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders to scan (*.json, *.yaml, *.yml).")],
    format: Annotated[str, typer.Option("--format", "-f", help="Output format: text, json, ...")] = "text",
    kind: Annotated[str | None, typer.Option(help="Treat every file as this kind instead of detecting it.")] = None,
    fail_on: Annotated[FailOn, typer.Option(help="Lowest severity that makes the exit code 1.")] = FailOn.medium,
    min_score: Annotated[float, typer.Option(help="Drop detections scoring below this (0..1).")] = 0.5,
    show_values: Annotated[bool, typer.Option(help="Print matched values instead of masking them.")] = False,
    nlp_model: Annotated[str | None, typer.Option(help="Path or package name of another spaCy pipeline.")] = None,
    exclude: Annotated[list[str] | None, typer.Option(help="Glob of paths to skip (repeatable).")] = None,
) -> None:
    """Scan schema, tool and request files; exit 0 clean, 1 findings, 2 errors."""
    from phiscan.errors import PhiscanError
    from phiscan.policy import Policy
    from phiscan.report import REPORTERS
    from phiscan.scan import ScanOptions, scan_paths
    from phiscan.types import Severity

    options = ScanOptions(
        policy=Policy(min_score=min_score, show_values=show_values),
        fail_on=Severity(fail_on.value),
        kind=kind,
        nlp_model=nlp_model,
        exclude=tuple(exclude or ()),
    )
    if format not in REPORTERS:
        typer.echo(f"phiscan: unknown --format {format!r}; choose one of: {', '.join(REPORTERS)}", err=True)
        raise typer.Exit(2)
    try:
        report = scan_paths(paths, options=options)
    except PhiscanError as e:
        typer.echo(f"phiscan: {e}", err=True)
        raise typer.Exit(2) from None
    REPORTERS[format](report, sys.stdout)
    raise typer.Exit(report.exit_code)


@app.command()
def version() -> None:
    """Print phiscan's version."""
    from importlib.metadata import version as _version

    typer.echo(_version("phiscan"))


def main() -> None:
    """Console-script entry point."""
    app()
