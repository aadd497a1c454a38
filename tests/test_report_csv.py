"""`phiscan scan --format csv` through the real CLI: RFC 4180 as Python's `csv` module reads it back, a header row,
masked values, and no cell a spreadsheet would run as a formula (OWASP, "CSV Injection")."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from report_support import ODD_NAME, RAW, run, workspace

from phiscan.report.csvout import COLUMNS, cell, rows, write_csv
from phiscan.types import (
    Exposure,
    FailureReason,
    FileError,
    Finding,
    FindingKind,
    Location,
    Note,
    Report,
    Role,
    Severity,
)


def read(text: str) -> list[dict[str, str]]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header = next(reader)
    assert tuple(header) == COLUMNS
    return [dict(zip(header, row, strict=True)) for row in reader]


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> str:
    done = run(workspace(tmp_path_factory.mktemp("csv")), "--format", "csv")
    assert done.returncode == 2, done.stderr
    return done.stdout.decode("utf-8")


def test_header_then_one_row_per_finding_and_error(output: str) -> None:
    records = read(output)
    assert [r["record"] for r in records] == ["finding"] * 7 + ["error"]
    [ssn] = [r for r in records if r["rule"] == "phi-ssn" and r["path"] == "referral.schema.json"]
    assert (ssn["line"], ssn["column"], ssn["end_line"], ssn["end_column"]) == ("12", "30", "12", "43")
    assert (ssn["pointer"], ssn["where"], ssn["severity"], ssn["kind"]) == (
        "/properties/status/enum/1",
        "enum",
        "high",
        "phi",
    )
    assert ssn["text"] == "***-**-****" and ssn["hipaa"] == "social security numbers"


def test_rfc_4180_line_ends_and_quoting(output: str) -> None:
    assert output.endswith("\r\n") and "\n" not in output.replace("\r\n", "")
    # a field holding a comma is quoted
    assert ',"a medical record number in pattern (schema-cache): use a generic format regex (e.g.' in output


def test_a_file_that_failed_to_parse_is_an_error_row(output: str) -> None:
    [error] = [r for r in read(output) if r["record"] == "error"]
    assert (error["path"], error["line"], error["column"], error["kind"]) == (
        "broken/unclosed.json",
        "5",
        "1",
        "unreadable",
    )
    assert error["message"].startswith("invalid JSON") and error["rule"] == ""


def test_values_masked_flagged_keys_masked_and_odd_names_escaped(output: str) -> None:
    lowered = output.lower()
    for raw in RAW:
        assert raw not in lowered
    odd = [r for r in read(output) if r["path"] == "intake-\\xff.json"]
    assert {r["pointer"] for r in odd} == {"/properties/m****_g*******", "/properties/m****_g*******/enum/0"}


def _finding(text: str, pointer: str, path: str, message: str, value: str | None, role: Role = Role.TITLE) -> Finding:
    return Finding(
        rule="phi-person-name",
        kind=FindingKind.PHI,
        path=path,
        pointer=pointer,
        surface=role,
        entity="PERSON",
        hipaa="names",
        severity=Severity.HIGH,
        score=0.85,
        exposure=Exposure.SCHEMA_CACHE,
        message=message,
        text=text,
        fingerprint="0" * 32,
        location=Location(2, 3, 2, 9),
        value=value,
    )


def test_formula_starts_are_defused_and_everything_round_trips() -> None:
    hostile = ('=HYPERLINK("http://x","y")', "+1 415", "-2+3", "@SUM(A1)", "\tTAB", "\rCR")
    report = Report(
        findings=tuple(_finding(t, "/" + t, "@" + t, f'says "hi",\nthen {t}', None) for t in hostile),
        errors=(FileError("=bad.json", "line one\r\nline two", 1, 2, FailureReason.UNREADABLE),),
        notes=(Note(ODD_NAME, "=note"),),
    )
    out = io.StringIO()
    write_csv(report, out)
    records = read(out.getvalue())
    for record, text in zip(records, hostile, strict=False):
        assert record["text"] == "'" + text and record["pointer"] == "/" + text and record["path"] == "'@" + text
        assert record["message"] == f'says "hi",\nthen {text}'  # quotes doubled, comma and line break quoted
    assert records[-2]["path"] == "'=bad.json" and records[-2]["message"] == "line one\r\nline two"
    assert (records[-1]["path"], records[-1]["message"]) == ("intake-\\xff.json", "'=note")
    for record in records:
        assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in record.values())
    assert cell(None) == "" and cell(12) == "12" and cell("a\ud800b") == "a\\ud800b"


def test_show_values_reveals_values_as_the_text_and_json_formats_do() -> None:
    key = "/properties/jo_doe"
    masked = Report(
        findings=(
            _finding("J* D**", key, "a.json", "m", None, Role.PROPERTY_NAME),
            _finding("D**", key + "/title", "a.json", "m", None),
        )
    )
    shown = Report(
        findings=tuple(
            _finding(f.text, f.pointer, f.path, f.message, "Jo Doe", f.surface or Role.TITLE) for f in masked.findings
        )
    )
    hidden = [dict(zip(COLUMNS, r, strict=True)) for r in list(rows(masked))[1:]]
    assert [(r["text"], r["pointer"]) for r in hidden] == [
        ("J* D**", "/properties/j*_d**"),
        ("D**", "/properties/j*_d**/title"),
    ]
    revealed = [dict(zip(COLUMNS, r, strict=True)) for r in list(rows(shown))[1:]]
    assert [(r["text"], r["pointer"]) for r in revealed] == [("Jo Doe", key), ("Jo Doe", key + "/title")]


def test_an_empty_report_is_the_header_alone(tmp_path: Path) -> None:
    out = io.StringIO()
    write_csv(Report(), out)
    assert out.getvalue() == ",".join(COLUMNS) + "\r\n"
