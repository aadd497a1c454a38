"""GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per finding.

Annotations show on the pull request's diff and in the job log, which many people can read,
so they carry masked excerpts only, even with `--show-values`, and pointers with flagged
keys masked.  Paths are relative to the repository root, which is what GitHub resolves.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from phiscan.pointer import masked_pointer
from phiscan.report import printable
from phiscan.report.where import Base, find_base, message, relative
from phiscan.types import Report, Severity

COMMAND = {Severity.HIGH: "error", Severity.MEDIUM: "warning", Severity.LOW: "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message as the Actions runner expects (`%`, CR, LF)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a command property's value: as data, plus `:` and `,`, which delimit properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties: int | str | None) -> str:
    """One workflow command line: `::name key=value,...::message`, every part escaped."""
    props = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items() if v is not None)
    return f"::{name}{' ' + props if props else ''}::{escape_data(message)}"


def _file(path: str, base: Base, cwd: Path | None) -> str | None:
    if not path:
        return None
    return relative(path, base, cwd) or path


def workflow_commands(report: Report, cwd: Path | None = None) -> list[str]:
    """The workflow commands for a report: findings, then unreadable files, then notes."""
    base = find_base(cwd)
    sensitive = report.sensitive_pointers
    lines: list[str] = []
    for f in (*report.findings, *report.warnings):
        loc = f.location
        pointer = masked_pointer(f.pointer, sensitive)
        lines.append(
            command(
                COMMAND[f.severity],
                message(f, pointer),
                file=_file(f.path, base, cwd),
                line=loc.line if loc else None,
                col=loc.column if loc else None,
                endLine=loc.end_line if loc else None,
                endColumn=loc.end_column if loc else None,
                title=f.rule,
            )
        )
    for e in report.errors:
        lines.append(
            command(
                "error",
                e.message,
                file=_file(e.path, base, cwd),
                line=e.line,
                col=e.column,
                title="phiscan: file not scanned",
            )
        )
    for n in report.notes:
        lines.append(command("notice", n.message, file=_file(n.path, base, cwd), title="phiscan"))
    return lines


def write_github(report: Report, out: TextIO) -> None:
    """Print workflow commands, then a plain summary line for the job log."""
    for line in workflow_commands(report):
        out.write(printable(line) + "\n")
    out.write(
        f"phiscan: {len(report.findings)} finding(s), {len(report.failing)} at or above "
        f"'{report.fail_on.value}', {len(report.errors)} error(s) in {report.files_scanned} file(s)\n"
    )
