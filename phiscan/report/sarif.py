"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

Modelled on bandit's `formatters/sarif.py`: a severity -> level table, one rule per rule id
present, results pointing at their rule by `ruleIndex`.  SARIF files get uploaded, so they
carry masked excerpts only, even when the scan was run with `--show-values`, and pointers
with flagged keys masked (see `where.py`).

`partialFingerprints["phiscan/v1"]` hashes the rule, the repository-relative path, the
(masked) pointer and the finding's rank among same-rule findings at that pointer: it
survives reformatting and moving lines, and, unlike `Finding.fingerprint`, it holds
nothing that is not already in the file in clear.  A hash over the value with a public key
could be reversed by trying every SSN.

A result with a safe mechanical fix (`phiscan.fix`) carries it as SARIF `fixes`: the regions to replace and
what goes there (a placeholder, a format regex, an environment variable reference), never the value.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, TextIO

from phiscan import rules
from phiscan.pointer import masked_pointer
from phiscan.report import json_text
from phiscan.report.where import (
    SRCROOT,
    Base,
    artifact_location,
    base_uri,
    find_base,
    message,
)
from phiscan.types import KEY_ROLES, Finding, FindingKind, Report, Severity

SCHEMA_URI = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/phiscan/"
LEVEL = {Severity.HIGH: "error", Severity.MEDIUM: "warning", Severity.LOW: "note"}
# GitHub ranks alerts by this: >= 7.0 high, >= 4.0 medium, else low.
SECURITY_SEVERITY = {Severity.HIGH: "8.0", Severity.MEDIUM: "5.5", Severity.LOW: "3.0"}
_CACHE = (
    "Strict tool and structured-output schemas are compiled into grammars that the provider caches "
    "apart from message content for up to 24 hours, without the protections prompts get."
)
_MD_SPECIAL = re.compile(r"[\\`*_{}\[\]<>()#+!|$~]")


def _tool_version() -> str:
    try:
        return version("phiscan")
    except PackageNotFoundError:
        return "0+unknown"


def _rule(rule: str, findings: Sequence[Finding]) -> dict[str, Any]:
    first = findings[0]
    family = rules.FAMILIES[first.kind]
    worst = max((f.severity for f in findings), key=lambda s: s.rank)
    about_text = first.kind in (FindingKind.PHI, FindingKind.SECRET)
    if about_text:
        label = rules.for_entity(first.entity).title
        short = f"{label[:1].upper()}{label[1:]} in a schema, tool definition or request"
        fixes = dict.fromkeys(f"In {_a(f.where)}: {rules.fix_hint(f.where, f.entity)}" for f in findings)
    else:
        short = f"{family.title}: {rule.split('-', 1)[-1].replace('-', ' ')}"
        fixes = dict.fromkeys(f.message[:1].upper() + f.message[1:] for f in findings)
    full = family.description
    if first.hipaa:
        full += f" HIPAA Safe Harbor identifier: {first.hipaa} (45 CFR 164.514(b)(2)(i))."
    if about_text:
        full += " " + _CACHE
    text = full + "\n\nHow to fix:\n" + "\n".join(f"- {fix}" for fix in fixes)
    markdown = f"**{_md(short)}**\n\n{_md(full)}\n\n**How to fix**\n\n" + "\n".join(f"- {_md(fix)}" for fix in fixes)
    return {
        "id": rule,
        "name": "".join(part.capitalize() for part in rule.split("-")),
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": text, "markdown": markdown},
        "defaultConfiguration": {"level": LEVEL[worst]},
        "properties": {
            "tags": list(family.tags),
            "precision": family.precision,
            **({"security-severity": SECURITY_SEVERITY[worst]} if "security" in family.tags else {}),
        },
    }


def _a(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word


def _md(text: str) -> str:
    """Plain text made literal in Markdown (regexes in fix hints hold `*`, `$`, `\\`)."""
    return _MD_SPECIAL.sub(lambda m: "\\" + m[0], text)


def _region(f: Finding) -> dict[str, int] | None:
    loc = f.location
    if loc is None:
        return None
    return {"startLine": loc.line, "startColumn": loc.column, "endLine": loc.end_line, "endColumn": loc.end_column}


def _fingerprint(f: Finding, uri: str, pointer: str, rank: int) -> str:
    msg = "\x1f".join((f.rule, uri, pointer, str(rank))).encode("utf-8", "surrogatepass")
    return hashlib.sha256(b"phiscan/sarif/v1\x1f" + msg).hexdigest()[:32]


def _result(
    f: Finding,
    rule_index: int,
    base: Base,
    cwd: Path | None,
    sensitive: frozenset[str],
    seen: Counter[tuple[str, str, str]],
    fixes: dict[Finding, dict[str, Any]],
) -> dict[str, Any]:
    artifact = artifact_location(f.path, base, cwd)
    pointer = masked_pointer(f.pointer, sensitive)
    physical: dict[str, Any] = {"artifactLocation": artifact}
    region = _region(f)
    if region is not None:
        physical["region"] = region
    # A document scanned from memory (`scan_document` without a path) has no artifact.
    location: dict[str, Any] = {"physicalLocation": physical} if f.path else {}
    if f.pointer:
        kind = "member" if f.surface in KEY_ROLES else "object"
        location["logicalLocations"] = [
            {"name": pointer.rsplit("/", 1)[-1], "fullyQualifiedName": pointer, "kind": kind}
        ]
    key = (f.rule, artifact["uri"], pointer)
    rank = seen[key]
    seen[key] += 1
    # The excerpt is masked by policy; `f.value` (show-values) is never written here.
    fix = fixes.get(f)
    return {
        **({"fixes": [fix]} if fix is not None else {}),
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": LEVEL[f.severity],
        "message": {"text": message(f, pointer)},
        "locations": [location],
        "partialFingerprints": {"phiscan/v1": _fingerprint(f, artifact["uri"], pointer, rank)},
        "properties": {
            "severity": f.severity.value,
            "entity": f.entity,
            "surface": f.where,
            "exposure": f.exposure.value,
            "score": round(f.score, 3),
            **({"hipaa": f.hipaa} if f.hipaa else {}),
        },
    }


def _fixes(report: Report, base: Base, cwd: Path | None) -> dict[Finding, dict[str, Any]]:
    """The SARIF fix of each finding that has one, from the same plan `phiscan fix` makes."""
    from phiscan.documents.sourcemap import LineIndex
    from phiscan.fix import FilePlan, plan_report

    try:
        plans = plan_report(report, cwd=cwd)
    except Exception:  # a fix is an offer: failing to plan one must not cost the report its findings
        return {}
    out: dict[Finding, dict[str, Any]] = {}
    for plan in plans:
        if not isinstance(plan, FilePlan):
            continue
        lines = LineIndex(plan.text)
        for fix in plan.fixes:
            replacements = []
            for e in fix.edits:
                loc = lines.span(e.start, e.end)
                region = {"startLine": loc.line, "startColumn": loc.column}
                region |= {"endLine": loc.end_line, "endColumn": loc.end_column}
                replacement: dict[str, Any] = {"deletedRegion": region}
                if e.text:
                    replacement["insertedContent"] = {"text": e.text}
                replacements.append(replacement)
            change = {"artifactLocation": artifact_location(plan.path, base, cwd), "replacements": replacements}
            sarif_fix = {
                "description": {"text": fix.action[:1].upper() + fix.action[1:] + "."},
                "artifactChanges": [change],
            }
            out.update(dict.fromkeys(fix.findings, sarif_fix))
    return out


def _notification(
    level: str,
    path: str,
    message: str,
    base: Base,
    cwd: Path | None,
    line: int | None = None,
    column: int | None = None,
) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": artifact_location(path, base, cwd)}
    if line is not None:
        physical["region"] = {"startLine": line, **({"startColumn": column} if column is not None else {})}
    out: dict[str, Any] = {"level": level, "message": {"text": message}}
    if path:
        out["locations"] = [{"physicalLocation": physical}]
    return out


def sarif_log(report: Report, cwd: Path | None = None) -> dict[str, Any]:
    """The report as a SARIF 2.1.0 log (plain JSON data), paths relative to the repository root."""
    base = find_base(cwd)
    by_rule: dict[str, list[Finding]] = {}
    for f in (*report.findings, *report.warnings):
        by_rule.setdefault(f.rule, []).append(f)
    index = {rule: i for i, rule in enumerate(by_rule)}
    sensitive = report.sensitive_pointers
    seen: Counter[tuple[str, str, str]] = Counter()
    fixes = _fixes(report, base, cwd) if report.findings else {}
    notifications = [_notification("error", e.path, e.message, base, cwd, e.line, e.column) for e in report.errors] + [
        _notification("note", n.path, n.message, base, cwd) for n in report.notes
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "phiscan",
                "version": _tool_version(),
                "informationUri": INFORMATION_URI,
                "rules": [_rule(rule, fs) for rule, fs in by_rule.items()],
            }
        },
        "invocations": [
            {
                "executionSuccessful": not report.errors,
                "exitCode": report.exit_code,
                "toolExecutionNotifications": notifications,
            }
        ],
        "originalUriBaseIds": {SRCROOT: {"uri": base_uri(base)}},
        "columnKind": "unicodeCodePoints",
        "results": [
            _result(f, index[f.rule], base, cwd, sensitive, seen, fixes) for f in (*report.findings, *report.warnings)
        ],
        "properties": {
            "filesScanned": report.files_scanned,
            "stringsScanned": report.strings_scanned,
            "ignored": report.ignored,
            "failOn": report.fail_on.value,
        },
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def write_sarif(report: Report, out: TextIO) -> None:
    """Write the report as SARIF 2.1.0 (masked values only, whatever `show_values` was)."""
    out.write(json_text(sarif_log(report)))
    out.write("\n")
