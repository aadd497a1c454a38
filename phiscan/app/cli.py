"""The `phiscan` command: parse options, call the library, print a report, exit 0/1/2.

`scan` and `config` take their options from `phiscan.app.flags.SCAN_FLAGS`, the table the pre-commit
hook is built from too.
"""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from typer.core import TyperArgument

from phiscan.app.flags import FIX_FLAGS, HISTORY_FLAGS, SCAN_FLAGS, Flag, default_text

app = typer.Typer(
    name="phiscan",
    help="Find PHI and secrets in JSON Schemas and LLM tool definitions before they reach a schema cache.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain click help: no cut option names, and "[default: x]" is not taken for markup
)
# the flags `phiscan config` takes: those that are configuration keys
_CONFIG_FLAGS = ("config", "fail_on", "min_score", "nlp_model", "exclude", "baseline", "profile")


def _version() -> str:
    from importlib.metadata import version

    return version("phiscan")


def _option(flag: Flag) -> inspect.Parameter:
    """One flag as a typer keyword parameter."""
    shown = default_text(flag)
    text = flag.help + (f"  [default: {shown}]" if shown is not None else "")
    common: dict[str, Any] = {"help": text, "show_default": False}
    if flag.metavar:
        common["metavar"] = flag.metavar
    annotation: Any
    if flag.switch:
        long = flag.spellings[0]
        annotation = Annotated[bool, typer.Option(f"{long}/--no-{long[2:]}", **common)]
    elif flag.repeatable:
        annotation = Annotated[list[str] | None, typer.Option(*flag.spellings, **common)]
    elif flag.choices is not None:
        annotation = Annotated[Literal[flag.choices] | None, typer.Option(*flag.spellings, **common)]
    elif flag.type is str:
        annotation = Annotated[str | None, typer.Option(*flag.spellings, **common)]
    else:
        annotation = Annotated[str | None, typer.Option(*flag.spellings, parser=flag.type, **common)]
    return inspect.Parameter(flag.name, inspect.Parameter.KEYWORD_ONLY, default=flag.default, annotation=annotation)


def _command(func: Any, paths: Any, flags: tuple[Flag, ...]) -> Any:
    """`func` with a signature typer reads: the `paths` argument, then one keyword per flag."""
    params = [
        inspect.Parameter(
            "paths",
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
            annotation=paths,
            default=inspect.Parameter.empty if "None" not in str(paths) else None,
        )
    ]
    params += [_option(f) for f in flags]
    func.__signature__ = inspect.Signature(params, return_annotation=None)
    func.__annotations__ = {p.name: p.annotation for p in params}
    return func


def _paths(text: str) -> Any:
    """The PATHS argument of a command, with its help."""
    return Annotated[list[Path] | None, typer.Argument(help=text, metavar="PATHS", show_default=False)]


def scan(**options: Any) -> None:
    """Scan schema, tool and request files; exit 0 clean, 1 findings, 2 errors."""
    from phiscan.app.command import run_scan

    raise typer.Exit(run_scan(**options))


app.command("scan")(
    _command(
        scan,
        _paths(
            "Files and folders to scan (*.json, *.jsonl, *.yaml, *.yml); with --diff, what limits the changed files "
            "(default: the whole repository)."
        ),
        SCAN_FLAGS,
    )
)


def history(**options: Any) -> None:
    """Scan every version of every schema file in git history; report each finding's first commit and
    whether HEAD still holds it (docs/ci.md).  Exit 0 clean, 1 findings, 2 errors."""
    from phiscan.app.history import run_history

    raise typer.Exit(run_history(**options))


app.command("history")(
    _command(
        history,
        _paths("Files and folders whose history is audited (default: the whole repository)."),
        HISTORY_FLAGS,
    )
)


def fix(**options: Any) -> None:
    """Fix the findings that have a safe mechanical fix, in place; --dry-run prints them as a masked diff
    (docs/fix.md).  Exit 0 nothing left, 1 findings remain, 2 errors."""
    from phiscan.fix.command import run_fix

    raise typer.Exit(run_fix(**options))


app.command("fix")(
    _command(
        fix,
        _paths("Files and folders to fix (*.json, *.yaml, *.yml)."),
        FIX_FLAGS,
    )
)


def show_config(**options: Any) -> None:
    """Print the effective configuration and where each value came from (default, a file, the command line)."""
    from phiscan.app.settings import load, render
    from phiscan.errors import PhiscanError

    paths, config = options.pop("paths") or [], options.pop("config")
    try:
        cfg = load(paths, config, options)
    except PhiscanError as e:
        typer.echo(f"phiscan: {e}", err=True)
        raise typer.Exit(2) from None
    render(cfg, typer.echo)


app.command("config")(
    _command(
        show_config,
        _paths("Paths a scan would cover (config is found from them)."),
        tuple(f for f in SCAN_FLAGS if f.name in _CONFIG_FLAGS),
    )
)


def gateway(
    upstream: Annotated[
        list[str] | None,
        typer.Option(
            help="Where requests go: a URL for every route, or PROVIDER=URL (anthropic, openai), repeatable."
            "  [default: https://api.anthropic.com, https://api.openai.com]",
            metavar="[PROVIDER=]URL",
        ),
    ] = None,
    listen: Annotated[
        str | None, typer.Option(help="Address to serve on.  [default: 127.0.0.1:8787]", metavar="HOST:PORT")
    ] = None,
    profile: Annotated[
        str | None, typer.Option(help="hipaa, zdr or none.  [default: hipaa]", metavar="PROFILE")
    ] = None,
    fail_on: Annotated[
        str | None, typer.Option(help="Lowest severity refused: low, medium, high.", metavar="SEVERITY")
    ] = None,
    fail_open: Annotated[
        bool | None,
        typer.Option("--fail-open/--fail-closed", help="Forward requests phiscan cannot fully check (logged)."),
    ] = None,
    max_body_bytes: Annotated[
        int | None, typer.Option(help="Larger bodies get 413.  [default: 33554432]", metavar="BYTES")
    ] = None,
    timeout: Annotated[
        float | None, typer.Option(help="Seconds to wait for upstream data.  [default: 600]", metavar="SECONDS")
    ] = None,
    connect_timeout: Annotated[
        float | None, typer.Option(help="Seconds to connect upstream.  [default: 10]", metavar="SECONDS")
    ] = None,
    workers: Annotated[int | None, typer.Option(help="Worker processes.  [default: 1]", metavar="N")] = None,
    audit_log: Annotated[
        str | None, typer.Option(help="Audit file, or - for stderr.  [default: -]", metavar="FILE")
    ] = None,
    config: Annotated[Path | None, typer.Option(help="Config file to use instead of discovering one.")] = None,
) -> None:
    """Run the gateway: check every Anthropic and OpenAI request on its way upstream (docs/gateway.md)."""
    from phiscan.gateway.server import main as serve

    flags = {k: v for k, v in locals().items() if k not in ("config", "serve")}
    raise typer.Exit(serve(str(config) if config else None, flags))


app.command("gateway")(gateway)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(_version())
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_show_version, is_eager=True, help="Print phiscan's version and exit.")
    ] = False,
) -> None:
    """Find PHI and secrets in JSON Schemas and LLM tool definitions before they reach a schema cache."""


baseline_app = typer.Typer(help="Create or update a baseline of accepted findings.", no_args_is_help=True)
app.add_typer(baseline_app, name="baseline")
_BASELINE = ".phiscan-baseline.json"


def _write_baseline(paths: list[Path], baseline: Path | None, config: Path | None, update: bool) -> None:
    from phiscan.errors import PhiscanError
    from phiscan.policy import baseline as bl
    from phiscan.scan import scan_paths

    try:
        from phiscan.app.settings import setup

        options, engine, cfg = setup(paths, config, {}, use_baseline=False)
        target = Path(baseline or cfg["baseline"] or _BASELINE)
        current = bl.load(target) if update else bl.new(target)
        from dataclasses import replace

        options = replace(options, baseline=current, exclude=(*options.exclude, target.name))
        report = scan_paths(paths, options=options, analyzer=engine)
        seen = report.baseline
        assert seen is not None  # the scan ran with a baseline
        result = current.updated(seen.entries, seen.files) if update else replace(current, entries=seen.entries)
        bl.write(result, target)
    except PhiscanError as e:
        typer.echo(f"phiscan: {e}", err=True)
        raise typer.Exit(2) from None
    for err in report.errors:
        typer.echo(f"phiscan: error {err}", err=True)
    verb = "updated" if update else "created"
    typer.echo(
        f"{verb} {target}: {len(result.entries)} finding(s) from {report.files_scanned} file(s)"
        + (f", {report.ignored} ignored" if report.ignored else "")
    )
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
    typer.echo(_version())


class _PlainArgument(TyperArgument):
    """An argument whose help names it by its metavar alone, without typer's `<list[Path]>`."""

    def display_type(self, ctx: Any) -> str:
        return ""


def command() -> Any:
    """The whole command line as a click group (what `main` runs)."""
    group: Any = typer.main.get_command(app)
    for sub in (group.commands[name] for name in ("scan", "config", "history", "fix")):
        for param in sub.params:
            if isinstance(param, TyperArgument):
                param.__class__ = _PlainArgument
    return group


def main() -> None:
    """Console-script entry point."""
    command()(prog_name="phiscan")
