"""GitLab reports: a SAST report (`gl-sast-report.json`) and a Code Quality report, from the same `Report`.

The SAST report follows GitLab's security report schema 15.0.4 (`tests/data/` holds the copy the tests
validate against): findings become vulnerabilities with the rule id as primary identifier and a CWE where
the rule has one; files that could not be fully scanned become `scan.messages` and make `scan.status`
`failure`; notes are `info` messages.  Provider-compatibility lint is not a vulnerability and appears in
Code Quality only.

The Code Quality report is the Code Climate-based array GitLab documents (description, check_name,
fingerprint, severity, location.path, location.lines.begin): findings, lint warnings (`info`), and each
file that could not be fully scanned as a `blocker`, since its findings may be missing.

Both carry masked excerpts only and flagged keys masked in pointers (see `issues.py`).
"""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TextIO

from phiscan.report import json_text, printable
from phiscan.report.issues import Issue, clip, cwe, error_key, issues, shown_path, solution, title
from phiscan.report.sarif import INFORMATION_URI, _tool_version
from phiscan.report.where import Base, find_base
from phiscan.types import FindingKind, Report, Severity

SAST_VERSION = "15.0.4"
SAST_SCHEMA = (
    "https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/"
    f"v{SAST_VERSION}/dist/sast-report-format.json"
)
SAST_SEVERITY = {Severity.HIGH: "High", Severity.MEDIUM: "Medium", Severity.LOW: "Low"}
QUALITY_SEVERITY = {Severity.HIGH: "critical", Severity.MEDIUM: "major", Severity.LOW: "minor"}
NOT_SCANNED = "phiscan-file-not-scanned"  # the Code Quality check name of a file that could not be fully scanned
# GitLab's field limits (schema 15.0.4): names 255 characters, solutions 7,000, descriptions 1 MiB.
_NAME, _SOLUTION, _DESCRIPTION = 255, 7_000, 1_048_576
_TOOL = {"id": "phiscan", "name": "phiscan", "url": INFORMATION_URI, "vendor": {"name": "phiscan"}}


def _identifiers(issue: Issue) -> list[dict[str, str]]:
    f = issue.finding
    out = [{"type": "phiscan_rule_id", "name": f"phiscan {f.rule}", "value": f.rule}]
    number = cwe(f.kind)
    if number is not None:
        url = f"https://cwe.mitre.org/data/definitions/{number}.html"
        out.append({"type": "cwe", "name": f"CWE-{number}", "value": number, "url": url})
    return out


def _details(issue: Issue) -> dict[str, Any]:
    f = issue.finding
    rows = {
        "pointer": ("JSON Pointer", issue.pointer or "(the document root or file name)"),
        "surface": ("Where", f.where),
        "exposure": ("Exposure", f.exposure.value),
        "excerpt": ("Masked excerpt", f.text),
        **({"hipaa": ("HIPAA Safe Harbor identifier", f.hipaa)} if f.hipaa else {}),
        **({"count": ("Values of this rule in the string", str(f.count))} if f.count > 1 else {}),
    }
    return {key: {"name": name, "type": "text", "value": printable(value)} for key, (name, value) in rows.items()}


def _location(issue: Issue) -> dict[str, Any]:
    loc = issue.finding.location
    out: dict[str, Any] = {"file": issue.path} if issue.path else {}
    if loc is not None:
        out.update(start_line=loc.line, end_line=loc.end_line)
    return out


def _vulnerability(issue: Issue) -> dict[str, Any]:
    f = issue.finding
    return {
        "id": str(uuid.UUID(hex=issue.key)),  # GitLab recommends a UUID; this one is stable across runs
        "name": clip(title(f), _NAME),
        "description": clip(issue.description, _DESCRIPTION),
        "severity": SAST_SEVERITY[f.severity],
        "solution": clip(printable(solution(f)), _SOLUTION),
        "identifiers": _identifiers(issue),
        "location": _location(issue),
        "details": _details(issue),
    }


def _messages(report: Report, base: Base, cwd: Path | None) -> list[dict[str, str]]:
    out = []
    for e in report.errors:
        where = shown_path(e.path, base, cwd) or "<document>"
        if e.line is not None:
            where += f":{e.line}" + (f":{e.column}" if e.column is not None else "")
        # warn: "a partial error" in the schema's words; the other files' findings are all here
        out.append({"level": "warn", "value": printable(f"{where}: not scanned ({e.reason.value}): {e.message}")})
    for n in report.notes:
        where = shown_path(n.path, base, cwd)
        out.append({"level": "info", "value": printable(f"{where}: {n.message}" if where else n.message)})
    return out


def sast_report(report: Report, cwd: Path | None = None, now: datetime | None = None) -> dict[str, Any]:
    """The report as a GitLab SAST report (plain JSON data, schema `SAST_VERSION`), paths repository-relative.

    `now` stamps `scan.start_time` and `end_time` (the `Report` carries no times); the current UTC time if None.
    """
    base = find_base(cwd)
    found = issues(report.findings, report, base, cwd)
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%S")
    tool = {**_TOOL, "version": _tool_version()}
    rule_ids = dict.fromkeys(f.rule for f in report.findings)
    return {
        "version": SAST_VERSION,
        "schema": SAST_SCHEMA,
        "scan": {
            "analyzer": tool,
            "scanner": tool,
            "type": "sast",
            "start_time": stamp,
            "end_time": stamp,
            "status": "failure" if report.errors else "success",
            "messages": _messages(report, base, cwd),
            "primary_identifiers": [
                {"type": "phiscan_rule_id", "name": f"phiscan {rule}", "value": rule} for rule in rule_ids
            ],
        },
        "vulnerabilities": [_vulnerability(i) for i in found],
    }


def _quality_issue(issue: Issue, severity: str) -> dict[str, Any]:
    f = issue.finding
    loc = f.location
    lines = {"begin": loc.line, "end": loc.end_line} if loc is not None else {"begin": 1}
    return {
        "type": "issue",
        "check_name": f.rule,
        "description": issue.description,
        "content": {"body": printable(solution(f))},
        "categories": ["Compatibility"] if f.kind is FindingKind.LINT else ["Security"],
        "severity": severity,
        "fingerprint": issue.key,
        "location": {"path": issue.path, "lines": lines},
        "engine_name": "phiscan",
    }


def codequality_report(report: Report, cwd: Path | None = None) -> list[dict[str, Any]]:
    """The report as a GitLab Code Quality report (plain JSON data): one issue per finding, lint warning and
    file that could not be fully scanned, fingerprints distinct and stable across reformatting."""
    base = find_base(cwd)
    out = [_quality_issue(i, QUALITY_SEVERITY[i.finding.severity]) for i in issues(report.findings, report, base, cwd)]
    out += [_quality_issue(i, "info") for i in issues(report.warnings, report, base, cwd)]
    ranks: Counter[tuple[str, str]] = Counter()
    for e in report.errors:
        path = shown_path(e.path, base, cwd)
        rank = ranks[path, e.reason.value]
        ranks[path, e.reason.value] += 1
        out.append(
            {
                "type": "issue",
                "check_name": NOT_SCANNED,
                "description": printable(f"phiscan could not fully scan this file ({e.reason.value}): {e.message}"),
                "categories": ["Bug Risk"],
                "severity": "blocker",  # fail closed: the file's findings may be missing
                "fingerprint": error_key(e, path, rank),
                "location": {"path": path, "lines": {"begin": e.line or 1}},
                "engine_name": "phiscan",
            }
        )
    return out


def write_gitlab_sast(report: Report, out: TextIO) -> None:
    """Write the report as a GitLab SAST report (masked values only, whatever `show_values` was)."""
    out.write(json_text(sast_report(report)))
    out.write("\n")


def write_gitlab_codequality(report: Report, out: TextIO) -> None:
    """Write the report as a GitLab Code Quality report (masked values only, whatever `show_values` was)."""
    out.write(json_text(codequality_report(report)))
    out.write("\n")
