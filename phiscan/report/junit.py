"""JUnit XML for CI test reports (GitLab `artifacts:reports:junit`, Jenkins, Azure Pipelines, ...).

One `<testcase>` per file, named by its repository-relative path: each finding in it is a `<failure>`
(type: the rule id), each reason it could not be fully scanned an `<error>`, its lint warnings and notes
`<system-out>`.  Each file scanned clean is a passing test case of its own (a report built without the list
of paths scanned, as by the SDK guard, has one case `N other file(s): no findings` instead); notes about no
such file (the baseline held findings back, a link not followed) are the suite's `<system-out>`.  The output
validates against Jenkins' `junit-10.xsd` (`tests/data/`), which has no `file` attribute on a test case: the
name is the path.

Test reports are uploaded and shown on merge requests, so they carry masked excerpts only, even with
`--show-values`, and pointers with flagged keys masked (see `issues.py`).  XML 1.0 cannot hold most
control characters or lone surrogates at all, not even escaped: those are written as `\\x01`, `\\udXXX`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from phiscan.report.issues import Issue, issues, shown_path, solution
from phiscan.report.where import find_base
from phiscan.types import FailureReason, FileError, Report

SUITE = "phiscan"
DOCUMENT = "<document>"  # the test case of findings on a document scanned from memory (no path)
# characters XML 1.0 does not allow anywhere (its `Char` production), lone surrogates among them
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """`text` with every character XML 1.0 cannot carry shown as an escape (`\\x01`, `\\ud800`)."""
    return _NOT_XML.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text)


@dataclass(slots=True)
class _Case:
    """What the report says about one file, gathered before it is written (files come in any order)."""

    failures: list[Issue] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    out: list[str] = field(default_factory=list)

    @property
    def read(self) -> bool:
        """Whether the file was read (and so counted in `files_scanned`): unreadable files are not."""
        return bool(self.failures or self.out) or any(e.reason is not FailureReason.UNREADABLE for e in self.errors)


def _failure_text(issue: Issue) -> str:
    f = issue.finding
    loc = f.location
    where = f"line {loc.line}, column {loc.column}" if loc is not None else "no line (the file name or document)"
    lines = [
        f"{f.rule} ({f.severity.value}) at {where}",
        f"pointer: {issue.pointer or '(none)'}",
        f"where: {f.where}; exposure: {f.exposure.value}" + (f"; HIPAA: {f.hipaa}" if f.hipaa else ""),
        f'found: "{f.text}"' + (f" (and {f.count - 1} more)" if f.count > 1 else ""),
        f"how to fix: {solution(f)}",
    ]
    return "\n".join(lines)


def _error_text(e: FileError) -> str:
    if e.line is None:
        return e.message
    return f"line {e.line}" + (f", column {e.column}" if e.column is not None else "") + f": {e.message}"


def _cases(report: Report, cwd: Path | None) -> tuple[dict[str, _Case], list[str]]:
    """The test cases by name (findings, warnings, errors) and the notes that name no test case."""
    base = find_base(cwd)
    cases: dict[str, _Case] = {}
    for issue in issues(report.findings, report, base, cwd):
        cases.setdefault(issue.path or DOCUMENT, _Case()).failures.append(issue)
    for issue in issues(report.warnings, report, base, cwd):
        text = f"warning {issue.finding.rule}: {issue.description}"
        cases.setdefault(issue.path or DOCUMENT, _Case()).out.append(text)
    for e in report.errors:
        cases.setdefault(shown_path(e.path, base, cwd) or DOCUMENT, _Case()).errors.append(e)
    loose = []
    for n in report.notes:
        path = shown_path(n.path, base, cwd)
        if path in cases:
            cases[path].out.append(f"note: {n.message}")
        else:  # about the run (the baseline held findings back) or a file not scanned on purpose (a link)
            loose.append(f"note: {path + ': ' if path else ''}{n.message}")
    return cases, loose


def _element(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    child = ET.SubElement(parent, tag, {k: xml_safe(v) for k, v in attributes.items()})
    if text is not None:
        child.text = xml_safe(text)
    return child


def junit_tree(report: Report, cwd: Path | None = None) -> ET.Element:
    """The report as a JUnit `<testsuites>` element holding one `<testsuite>`, paths repository-relative."""
    cases, loose = _cases(report, cwd)
    base = find_base(cwd)
    passed = [name for p in report.scanned if (name := shown_path(p, base, cwd) or DOCUMENT) not in cases]
    passed = list(dict.fromkeys(passed))
    clean = 0 if report.scanned else max(report.files_scanned - sum(c.read for c in cases.values()), 0)
    counts = {
        "tests": str(len(cases) + len(passed) + (1 if clean else 0)),
        "failures": str(sum(1 for c in cases.values() if c.failures)),
        "errors": str(sum(1 for c in cases.values() if c.errors)),
    }
    root = ET.Element("testsuites", {"name": SUITE, **counts})
    suite = _element(root, "testsuite", name=SUITE, **counts)
    properties = _element(suite, "properties")
    for name, value in (
        ("files_scanned", report.files_scanned),
        ("strings_scanned", report.strings_scanned),
        ("findings", len(report.findings)),
        ("fail_on", report.fail_on.value),
        ("exit_code", report.exit_code),
    ):
        _element(properties, "property", name=name, value=str(value))
    for name, case in cases.items():
        testcase = _element(suite, "testcase", name=name, classname=SUITE)
        for issue in case.failures:
            _element(testcase, "failure", _failure_text(issue), type=issue.finding.rule, message=issue.description)
        for e in case.errors:
            _element(testcase, "error", _error_text(e), type=e.reason.value, message=f"not scanned: {e.message}")
        if case.out:
            _element(testcase, "system-out", "\n".join(case.out))
    for name in passed:
        _element(suite, "testcase", name=name, classname=SUITE)
    if clean:
        _element(suite, "testcase", name=f"{clean} other file(s): no findings", classname=SUITE)
    if loose:
        _element(suite, "system-out", "\n".join(loose))
    return root


def write_junit(report: Report, out: TextIO) -> None:
    """Write the report as JUnit XML (masked values only, whatever `show_values` was)."""
    root = junit_tree(report)
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
