"""Output for people: findings grouped by file, each with where, what, why and how to fix."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from itertools import groupby
from typing import TextIO

from phiscan.pointer import masked_pointer
from phiscan.report import printable
from phiscan.types import Finding, Report, Severity

_STYLE = {Severity.HIGH: "bold red", Severity.MEDIUM: "yellow", Severity.LOW: "cyan"}
# A key or file name may carry terminal controls (a CR that overwrites the line, an ESC sequence):
# shown escaped, never sent to the terminal.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
Line = list[tuple[str, str]]  # (text, rich style or "") segments


def _where(f: Finding) -> str:
    loc = f"{f.path or '<document>'}"
    if f.location is not None:
        loc += f":{f.location.line}:{f.location.column}"
    return loc


def _refusal(path: str, report: Report) -> str | None:
    from phiscan.policy.eligibility import refusal_message

    return refusal_message([f for f in report.findings if f.path == path], profile=report.profile)


def _span(f: Finding) -> str:
    """Which part of the string a finding is (one alternative of a pattern): `[2:13]`, character offsets."""
    return f"[{f.span[0]}:{f.span[1]}]" if f.span is not None else ""


def _finding(f: Finding, sensitive: frozenset[str]) -> Iterator[Line]:
    shown = f.value is not None  # --show-values
    text = f.value if shown else f.text
    pointer = f.pointer if shown else masked_pointer(f.pointer, sensitive)
    yield [
        (f"  {_where(f)} ", ""),
        (f.severity.value, _STYLE[f.severity]),
        (f" {f.rule} ", ""),
        (pointer or "(file name)", "dim"),
        (f" {f.where}{_span(f)}: {text or ''}", ""),
    ]
    hipaa = [(" ", ""), (f"(HIPAA: {f.hipaa})", "dim")] if f.hipaa else []
    yield [(f"      {f.message}", ""), *hipaa]


def _lines(report: Report) -> Iterator[Line]:
    sensitive = report.sensitive_pointers
    for path, group in groupby(report.findings, key=lambda f: f.path):
        yield [(path or "<document>", "bold")]
        for f in group:
            yield from _finding(f, sensitive)
        refusal = _refusal(path, report)
        if refusal:
            yield [("  ", ""), ("the API would answer 400:", "bold red"), (f" {refusal}", "")]
    if report.warnings:
        yield [("provider compatibility warnings", "bold"), (" (not PHI; they never fail a run)", "")]
        for f in report.warnings:
            yield from _finding(f, sensitive)
    for e in report.errors:
        yield [("error", "bold red"), (f" {e}", "")]
    for n in report.notes:
        yield [(f"note {n.path}: {n.message}", "dim")]
    failing = len(report.failing)
    summary = (
        f"{len(report.findings)} finding(s), {failing} at or above '{report.fail_on.value}', "
        f"{len(report.errors)} error(s) in {report.files_scanned} file(s)"
    )
    if report.ignored:
        summary += f", {report.ignored} ignored"
    yield [(summary, "bold red" if report.exit_code else "bold green")]


def _colour(out: TextIO) -> bool:
    """Colour for a terminal (or FORCE_COLOR), as rich decides; plain text for pipes, logs and pre-commit."""
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(out, "isatty", None)
    return bool(os.environ.get("FORCE_COLOR")) or bool(isatty and isatty())


def _escaped(control: re.Match[str]) -> str:
    return f"\\x{ord(control[0]):02x}"


def write_text(report: Report, out: TextIO) -> None:
    """Findings grouped by file, then warnings, errors, notes and a summary line."""
    lines = ([(printable(_CONTROL.sub(_escaped, text)), style) for text, style in line] for line in _lines(report))
    if not _colour(out):  # plain text needs no rendering library: a pre-commit run starts faster
        for line in lines:
            out.write("".join(text for text, _ in line) + "\n")
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(file=out, highlight=False, soft_wrap=True, markup=False, emoji=False)
    for line in lines:
        console.print(Text.assemble(*line))
