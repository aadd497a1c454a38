"""Output for people: findings grouped by file, each with where, what, why and how to fix."""

from __future__ import annotations

from itertools import groupby
from typing import TextIO

from rich.console import Console
from rich.markup import escape

from phiscan.report.where import masked_pointer, sensitive_pointers
from phiscan.types import Finding, Report, Role, Severity

_STYLE = {Severity.HIGH: "bold red", Severity.MEDIUM: "yellow", Severity.LOW: "cyan"}


def _where(f: Finding) -> str:
    loc = f"{f.path or '<document>'}"
    if f.location is not None:
        loc += f":{f.location.line}:{f.location.column}"
    return loc


def _refusal(path: str, report: Report) -> str | None:
    from phiscan.features import refusal_message

    return refusal_message([f for f in report.findings if f.path == path])


def _line(console: Console, f: Finding, sensitive: frozenset[str]) -> None:
    style = _STYLE[f.severity]
    shown = f.value is not None  # --show-values
    text = f.value if shown else f.excerpt
    pointer = f.pointer if shown else masked_pointer(f.pointer, sensitive)
    console.print(
        f"  {escape(_where(f))} [{style}]{f.severity.value}[/{style}] {f.rule} "
        f"[dim]{escape(pointer or '(file name)')}[/dim] {f.surface.value}: {escape(text or '')}"
    )
    hipaa = "" if f.surface is Role.LINT else f" [dim](HIPAA: {escape(f.hipaa)})[/dim]"
    console.print(f"      {escape(f.message)}{hipaa}")


def write_text(report: Report, out: TextIO) -> None:
    console = Console(file=out, highlight=False, soft_wrap=True)
    sensitive = sensitive_pointers(report.findings)
    for path, group in groupby(report.findings, key=lambda f: f.path):
        console.print(f"[bold]{escape(path or '<document>')}[/bold]")
        for f in group:
            _line(console, f, sensitive)
        refusal = _refusal(path, report)
        if refusal:
            console.print(f"  [bold red]the API would answer 400:[/bold red] {escape(refusal)}")
    if report.warnings:
        console.print("[bold]provider compatibility warnings[/bold] (not PHI; they never fail a run)")
        for f in report.warnings:
            _line(console, f, sensitive)
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
