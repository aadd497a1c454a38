"""CSV for spreadsheets and ad-hoc audits: one row per finding, lint warning, unscanned file and note.

RFC 4180: a header row, CRLF line ends, fields with commas, quotes or line breaks quoted, quotes doubled.
A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a formula by
spreadsheet programs (a `pattern` such as `-1+cmd|...` or a masked `+* ***` phone number would run): it
gets a leading `'`, as OWASP's CSV injection guidance says.  Values are shown as in the text and JSON
formats: masked, with flagged keys masked in pointers, unless the scan ran with `--show-values`.  Paths
are as scanned; a file name that is not UTF-8 shows its bytes as `\\xff`, lone surrogates as `\\udXXX`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import TextIO

from phiscan.pointer import MAX_RAW_TOKEN, masked_pointer, shortened_pointer
from phiscan.report import printable
from phiscan.report.issues import plain_name
from phiscan.types import Finding, Report

COLUMNS: tuple[str, ...] = (
    "record",  # finding, warning, error or note
    "severity",
    "rule",
    "kind",  # the finding's kind (phi, secret, ...) or why a file was not fully scanned (unreadable, ...)
    "path",
    "line",
    "column",
    "end_line",
    "end_column",
    "pointer",
    "where",
    "entity",
    "hipaa",
    "exposure",
    "score",
    "count",
    "text",
    "message",
)
# OWASP, "CSV Injection": the characters a spreadsheet reads as the start of a formula
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: str | int | None) -> str:
    """A value as a cell: None empty, text with lone surrogates escaped and a formula start defused by `'`."""
    if value is None:
        return ""
    text = printable(str(value))
    return "'" + text if text.startswith(FORMULA_START) else text


def _finding(record: str, f: Finding, sensitive: frozenset[str]) -> list[str | int | None]:
    shown = f.value is not None  # --show-values, as the text and JSON formats honour it
    loc = f.location
    return [
        record,
        f.severity.value,
        f.rule,
        f.kind.value,
        plain_name(f.path),
        *((loc.line, loc.column, loc.end_line, loc.end_column) if loc is not None else (None,) * 4),
        shortened_pointer(f.pointer, MAX_RAW_TOKEN) if shown else masked_pointer(f.pointer, sensitive),
        f.where,
        f.entity,
        f.hipaa,
        f.exposure.value,
        f"{f.score:.3f}",
        f.count,
        f.value if shown else f.text,
        f.message,
    ]


def rows(report: Report) -> Iterator[list[str]]:
    """The header, then one row per finding, warning, error and note, every cell made safe by `cell`."""
    sensitive = report.sensitive_pointers
    yield list(COLUMNS)
    for record, findings in (("finding", report.findings), ("warning", report.warnings)):
        for f in findings:
            yield [cell(v) for v in _finding(record, f, sensitive)]
    for e in report.errors:
        row: dict[str, str | int | None] = dict.fromkeys(COLUMNS)
        row.update(record="error", kind=e.reason.value, path=plain_name(e.path))
        row.update(line=e.line, column=e.column, message=e.message)
        yield [cell(v) for v in row.values()]
    for n in report.notes:
        row = dict.fromkeys(COLUMNS)
        row.update(record="note", path=plain_name(n.path), message=n.message)
        yield [cell(v) for v in row.values()]


def write_csv(report: Report, out: TextIO) -> None:
    """Write the report as RFC 4180 CSV (`COLUMNS`), values masked unless the scan showed them."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerows(rows(report))
