"""Output for people: findings grouped by file, each with where, what, why and how to fix."""

from __future__ import annotations

from itertools import groupby
from typing import TextIO

from rich.console import Console
from rich.markup import escape

from phiscan.types import Finding, Report, Severity

_STYLE = {Severity.HIGH: "bold red", Severity.MEDIUM: "yellow", Severity.LOW: "cyan"}


def _where(f: Finding) -> str:
    loc = f"{f.path or '<document>'}"
    if f.location is not None:
        loc += f":{f.location.line}:{f.location.column}"
    return loc


def _refusal(path: str, report: Report) -> str | None:
    from phiscan.features import refusal_message

    return refusal_message([f for f in report.findings if f.path == path])


def write_text(report: Report, out: TextIO) -> None:
    console = Console(file=out, highlight=False, soft_wrap=True)
    for path, group in groupby(report.findings, key=lambda f: f.path):
        console.print(f"[bold]{escape(path or '<document>')}[/bold]")
        for f in group:
            style = _STYLE[f.severity]
            text = f.value if f.value is not None else f.excerpt
            console.print(
                f"  {escape(_where(f))} [{style}]{f.severity.value}[/{style}] {f.rule} "
                f"[dim]{escape(f.pointer or '(file name)')}[/dim] {f.surface.value}: {escape(text)}"
            )
            console.print(f"      {escape(f.message)} [dim](HIPAA: {escape(f.hipaa)})[/dim]")
        refusal = _refusal(path, report)
        if refusal:
            console.print(f"  [bold red]the API would answer 400:[/bold red] {escape(refusal)}")
    for e in report.errors:
        console.print(f"[bold red]error[/bold red] {escape(str(e))}")
    for n in report.notes:
        console.print(f"[dim]note {escape(n.path)}: {escape(n.message)}[/dim]")
    failing = len(report.failing)
    summary = (
        f"{len(report.findings)} finding(s), {failing} at or above '{report.fail_on.value}', "
        f"{len(report.errors)} error(s) in {report.files_scanned} file(s)"
    )
    if report.ignored:
        summary += f", {report.ignored} ignored"
    style = "bold red" if report.exit_code else "bold green"
    console.print(f"[{style}]{summary}[/{style}]")
