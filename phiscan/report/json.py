"""Machine-readable output: the contract `score.py` and CI tools read (see README)."""

from __future__ import annotations

from typing import Any, TextIO

from phiscan.report import json_text
from phiscan.types import Report


def report_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON data."""
    return {
        "findings": [f.to_dict() for f in report.findings],
        "warnings": [f.to_dict() for f in report.warnings],
        "files_scanned": report.files_scanned,
        "strings_scanned": report.strings_scanned,
        "errors": [
            {"path": e.path, "message": e.message, "line": e.line, "column": e.column, "reason": e.reason.value}
            for e in report.errors
        ],
        "notes": [{"path": n.path, "message": n.message} for n in report.notes],
        "ignored": report.ignored,
        "fail_on": report.fail_on.value,
        "exit_code": report.exit_code,
    }


def write_json(report: Report, out: TextIO) -> None:
    out.write(json_text(report_dict(report)))
    out.write("\n")
