"""The `phiscan` command: parse options, call the library, print a report, exit 0/1/2."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

app = typer.Typer(
    name="phiscan",
    help="Find PHI and secrets in JSON Schemas and LLM tool definitions before they reach a schema cache.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)




class Profile(str, Enum):
    hipaa = "hipaa"
    zdr = "zdr"
    none = "none"


class FailOn(str, Enum):
    low = "low"
    medium = "medium"
    high = "high"


@app.command()
def scan(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders to scan (*.json, *.yaml, *.yml).")],
    format: Annotated[str, typer.Option("--format", "-f", help="Output format: text, json, sarif, github.")
                      ] = "text",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report to this file, not stdout.")
                      ] = None,
    kind: Annotated[str | None, typer.Option(help="Treat every file as this kind instead of detecting it.")] = None,
    fail_on: Annotated[FailOn | None, typer.Option(help="Lowest severity that makes the exit code 1 [default: medium].")
                       ] = None,
    min_score: Annotated[float | None, typer.Option(help="Drop detections scoring below this (0..1) [default: 0.5].")
                         ] = None,
    show_values: Annotated[bool, typer.Option(help="Print matched values instead of masking them.")] = False,
    nlp_model: Annotated[str | None, typer.Option(help="Path or package name of another spaCy pipeline.")] = None,
    exclude: Annotated[list[str] | None, typer.Option(help="Glob of paths to skip (repeatable).")] = None,
    config: Annotated[Path | None, typer.Option(help="Config file to use instead of discovering one.")] = None,
    baseline: Annotated[Path | None, typer.Option(help="Report only findings not in this baseline file.")] = None,
    cache: Annotated[bool, typer.Option("--cache/--no-cache", help="Reuse verdicts cached in $XDG_CACHE_HOME/phiscan "
                                        "(keyed hashes, never the scanned text).")] = True,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for large trees.")] = 1,
    profile: Annotated[Profile | None, typer.Option(help="Feature eligibility requests are checked against "
                                                    "[default: hipaa].")] = None,
    max_file_bytes: Annotated[int | None, typer.Option(min=1, help="Larger files are errors [default: 50000000].")
                              ] = None,
    max_string_chars: Annotated[int | None, typer.Option(min=1, help="Longer strings are analysed up to here, "
                                                         "with a note [default: 100000].")] = None,
    max_surfaces_per_file: Annotated[int | None, typer.Option(min=1, help="Strings walked per file; more is an "
                                                              "error [default: 200000].")] = None,
) -> None:
    """Scan schema, tool and request files; exit 0 clean, 1 findings, 2 errors."""
    from phiscan.app.command import run_scan

    raise typer.Exit(run_scan(
        paths, fmt=format, output=output, config=config, kind=kind, show_values=show_values, cache=cache, jobs=jobs,
        profile=profile.value if profile else None, fail_on=fail_on.value if fail_on else None, min_score=min_score,
        nlp_model=nlp_model, exclude=exclude, baseline=baseline, max_file_bytes=max_file_bytes,
        max_string_chars=max_string_chars, max_surfaces_per_file=max_surfaces_per_file))


def _setup(paths: list[Path], config: Path | None, fail_on: FailOn | None, min_score: float | None,
           nlp_model: str | None, exclude: list[str] | None, baseline: Path | None, **kw: Any) -> Any:
    """Config file and flags -> (ScanOptions, analyzer or None, Config); flags left unset keep file values."""
    from phiscan.app.settings import setup

    flags = {"fail_on": fail_on.value if fail_on else None, "min_score": min_score, "nlp_model": nlp_model,
             "exclude": exclude or None, "baseline": str(baseline) if baseline else None}
    return setup(paths, config, flags, **kw)


@app.command("config")
def show_config(
    paths: Annotated[list[Path] | None, typer.Argument(help="Paths a scan would cover (config is found from them).")
                     ] = None,
    config: Annotated[Path | None, typer.Option(help="Config file to use instead of discovering one.")] = None,
    fail_on: Annotated[FailOn | None, typer.Option(help="As for scan.")] = None,
    min_score: Annotated[float | None, typer.Option(help="As for scan.")] = None,
    nlp_model: Annotated[str | None, typer.Option(help="As for scan.")] = None,
    exclude: Annotated[list[str] | None, typer.Option(help="As for scan.")] = None,
    baseline: Annotated[Path | None, typer.Option(help="As for scan.")] = None,
    profile: Annotated[Profile | None, typer.Option(help="As for scan.")] = None,
) -> None:
    """Print the effective configuration and where each value came from (default, a file, the command line)."""
    from phiscan.app.settings import load, render
    from phiscan.errors import PhiscanError

    flags = {"fail_on": fail_on.value if fail_on else None, "min_score": min_score, "nlp_model": nlp_model,
             "exclude": exclude or None, "baseline": str(baseline) if baseline else None,
             "profile": profile.value if profile else None}
    try:
        cfg = load(paths or [], config, flags)
    except PhiscanError as e:
        typer.echo(f"phiscan: {e}", err=True)
        raise typer.Exit(2) from None
    render(cfg, typer.echo)


baseline_app = typer.Typer(help="Create or update a baseline of accepted findings.", no_args_is_help=True)
app.add_typer(baseline_app, name="baseline")
_BASELINE = ".phiscan-baseline.json"


def _write_baseline(paths: list[Path], baseline: Path | None, config: Path | None, update: bool) -> None:
    from phiscan.errors import PhiscanError
    from phiscan.policy import baseline as bl
    from phiscan.scan import scan_paths

    try:
        options, engine, cfg = _setup(paths, config, None, None, None, None, None, use_baseline=False)
        target = Path(baseline or cfg["baseline"] or _BASELINE)
        current = bl.load(target) if update else bl.new(target)
        from dataclasses import replace

        options = replace(options, baseline=current, exclude=(*options.exclude, target.name))
        report = scan_paths(paths, options=options, analyzer=engine)
        seen = report.extra["baseline"]
        result = current.updated(seen["entries"], seen["files"]) if update else replace(
            current, entries=seen["entries"])
        bl.write(result, target)
    except PhiscanError as e:
        typer.echo(f"phiscan: {e}", err=True)
        raise typer.Exit(2) from None
    for err in report.errors:
        typer.echo(f"phiscan: error {err}", err=True)
    verb = "updated" if update else "created"
    typer.echo(f"{verb} {target}: {len(result.entries)} finding(s) from {report.files_scanned} file(s)"
               + (f", {report.ignored} ignored" if report.ignored else ""))
    raise typer.Exit(2 if report.errors else 0)


@baseline_app.command("create")
def baseline_create(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders to scan.")],
    baseline: Annotated[Path | None, typer.Option(help=f"Baseline file to write [default: {_BASELINE}].")] = None,
    config: Annotated[Path | None, typer.Option(help="Config file to use instead of discovering one.")] = None,
) -> None:
    """Write a new baseline (fresh salt) holding every current finding."""
    _write_baseline(paths, baseline, config, update=False)


@baseline_app.command("update")
def baseline_update(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders to scan.")],
    baseline: Annotated[Path | None, typer.Option(help=f"Baseline file to update [default: {_BASELINE}].")] = None,
    config: Annotated[Path | None, typer.Option(help="Config file to use instead of discovering one.")] = None,
) -> None:
    """Keep the entries still found, add new ones, drop those gone from the scanned files."""
    _write_baseline(paths, baseline, config, update=True)


@app.command()
def version() -> None:
    """Print phiscan's version."""
    from importlib.metadata import version as _version

    typer.echo(_version("phiscan"))


def main() -> None:
    """Console-script entry point."""
    app()
