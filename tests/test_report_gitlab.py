"""`phiscan scan --format gitlab-sast` and `--format gitlab-codequality` through the real CLI, validated against
GitLab's published SAST schema (15.0.4, `tests/data/`) and a schema of the Code Quality format GitLab documents."""

from __future__ import annotations

import io
import json
import re
import uuid
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from report_support import DATA, ODD_SHOWN, RAW, run, workspace

from phiscan.report import reporter
from phiscan.report.gitlab import codequality_report, sast_report
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

SAST_SCHEMA = json.loads((DATA / "gitlab-sast-report-format-15.0.4.json").read_text(encoding="utf-8"))
# GitLab's "Code Quality report format" (doc/ci/testing/code_quality.md in gitlab-org/gitlab, mirrored on GitHub as
# gitlabhq/gitlabhq at 1dfe61a9c1fe11a451cb24439a212b9c6df9f209): "a single JSON array. Each object in that array
# must have at least" description, check_name, fingerprint, severity (info, minor, major, critical or blocker),
# location.path, and location.lines.begin or location.positions.begin.line (an integer).
CODE_QUALITY_SCHEMA: dict[str, Any] = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string"},
            "check_name": {"type": "string"},
            "fingerprint": {"type": "string"},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path"],
                "properties": {"path": {"type": "string"}},
                "anyOf": [
                    {
                        "required": ["lines"],
                        "properties": {
                            "lines": {
                                "type": "object",
                                "required": ["begin"],
                                "properties": {"begin": {"type": "integer"}},
                            }
                        },
                    },
                    {
                        "required": ["positions"],
                        "properties": {
                            "positions": {
                                "type": "object",
                                "required": ["begin"],
                                "properties": {
                                    "begin": {
                                        "type": "object",
                                        "required": ["line"],
                                        "properties": {"line": {"type": "integer"}},
                                    }
                                },
                            }
                        },
                    },
                ],
            },
        },
    },
}


def validate(data: Any, schema: dict[str, Any]) -> None:
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    # --show-values on purpose: both reports are uploaded and shown on merge requests, so they stay masked anyway
    folder = workspace(tmp_path_factory.mktemp("gitlab"))
    out = {}
    for fmt in ("gitlab-sast", "gitlab-codequality"):
        done = run(folder, "--format", fmt, "--show-values")
        assert done.returncode == 2, done.stderr  # the broken file fails the run; the others are still reported
        out[fmt] = done.stdout
    return out


@pytest.fixture(scope="module")
def sast(outputs: dict[str, bytes]) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(outputs["gitlab-sast"].decode("utf-8"))
    return data


@pytest.fixture(scope="module")
def quality(outputs: dict[str, bytes]) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(outputs["gitlab-codequality"].decode("utf-8"))
    return data


def test_the_sast_schema_file_is_gitlabs_15_0_4_schema() -> None:
    assert SAST_SCHEMA["title"] == "Report format for GitLab SAST"
    assert SAST_SCHEMA["self"] == {"version": "15.0.4"}
    assert SAST_SCHEMA["$id"].endswith("/security-report-schemas/-/raw/master/dist/sast-report-format.json")
    jsonschema.Draft7Validator.check_schema(SAST_SCHEMA)
    jsonschema.Draft7Validator.check_schema(CODE_QUALITY_SCHEMA)


def test_sast_report_validates_against_gitlabs_schema(sast: dict[str, Any]) -> None:
    validate(sast, SAST_SCHEMA)
    assert sast["version"] == "15.0.4" and sast["schema"].endswith("/v15.0.4/dist/sast-report-format.json")
    assert sast["scan"]["type"] == "sast" and sast["scan"]["analyzer"]["id"] == "phiscan"


def test_each_finding_is_a_vulnerability_with_its_rule_as_primary_identifier(sast: dict[str, Any]) -> None:
    vulns = sast["vulnerabilities"]
    assert len(vulns) == 7  # 5 in the referral schema, 2 in the file with the odd name
    assert len({v["id"] for v in vulns}) == 7 and all(str(uuid.UUID(v["id"])) == v["id"] for v in vulns)
    by_rule = {v["identifiers"][0]["value"] for v in vulns}
    assert by_rule == {"phi-person-name", "phi-ssn", "phi-medical-record-number"}
    assert {i["value"] for i in sast["scan"]["primary_identifiers"]} == by_rule
    for v in vulns:
        assert v["severity"] == "High"  # grammar-cache roles
        assert v["identifiers"][1] == {
            "type": "cwe",
            "name": "CWE-359",
            "value": "359",
            "url": "https://cwe.mitre.org/data/definitions/359.html",
        }
        assert v["solution"] and "Found" not in v["name"]  # the name holds nothing of the finding
    [ssn] = [
        v
        for v in vulns
        if v["location"]["file"] == "referral.schema.json" and v["identifiers"][0]["value"] == "phi-ssn"
    ]
    assert ssn["location"] == {"file": "referral.schema.json", "start_line": 12, "end_line": 12}
    assert '"***-**-****"' in ssn["description"] and "social security numbers" in ssn["description"]
    assert ssn["details"]["pointer"]["value"] == "/properties/status/enum/1"


def test_no_raw_value_and_flagged_keys_masked_in_pointers(outputs: dict[str, bytes], sast: dict[str, Any]) -> None:
    for out in outputs.values():
        text = out.decode("utf-8").lower()
        for raw in RAW:
            assert raw not in text
    pointers = {v["details"]["pointer"]["value"] for v in sast["vulnerabilities"]}
    assert "/properties/m****_g*******/enum/0" in pointers  # a finding below a key that is itself a finding
    assert "/properties/m****_g*******_s**" in pointers


def test_a_file_that_failed_to_parse_is_a_scan_message_and_fails_the_scan(sast: dict[str, Any]) -> None:
    scan = sast["scan"]
    assert scan["status"] == "failure"
    [message] = scan["messages"]
    assert message["level"] == "warn"
    assert message["value"].startswith("broken/unclosed.json:5:1: not scanned (unreadable): invalid JSON")


def test_a_file_name_that_is_not_utf8_shows_its_bytes_escaped(outputs: dict[str, bytes], sast: dict[str, Any]) -> None:
    files = {v["location"]["file"] for v in sast["vulnerabilities"]}
    assert files == {"referral.schema.json", ODD_SHOWN}
    for out in outputs.values():
        assert not re.search(rb"\\ud[89a-f]", out, re.IGNORECASE)  # no lone-surrogate escape a strict parser rejects


def test_code_quality_report_follows_gitlabs_documented_format(quality: list[dict[str, Any]]) -> None:
    validate(quality, CODE_QUALITY_SCHEMA)
    assert len({i["fingerprint"] for i in quality}) == len(quality)  # GitLab shows equal fingerprints once
    findings = [i for i in quality if i["check_name"] != "phiscan-file-not-scanned"]
    assert len(findings) == 7 and {i["severity"] for i in findings} == {"critical"}
    [key] = [i for i in findings if i["location"]["path"] == ODD_SHOWN and i["check_name"] == "phi-ssn"]
    assert "/properties/m****_g*******/enum/0" in key["description"] and key["location"]["lines"]["begin"] == 1
    [broken] = [i for i in quality if i["check_name"] == "phiscan-file-not-scanned"]
    assert broken["severity"] == "blocker" and broken["location"] == {
        "path": "broken/unclosed.json",
        "lines": {"begin": 5},
    }
    assert "unreadable" in broken["description"]


def _finding(
    rule: str, path: str, pointer: str, severity: Severity, line: int | None = None, kind: FindingKind = FindingKind.PHI
) -> Finding:
    return Finding(
        rule=rule,
        kind=kind,
        path=path,
        pointer=pointer,
        surface=Role.PROPERTY_NAME if pointer.count("/") == 2 else Role.ENUM,
        entity="PERSON",
        hipaa="names" if kind is FindingKind.PHI else "",
        severity=severity,
        score=0.9,
        exposure=Exposure.SCHEMA_CACHE,
        message="a person's name here",
        text="J* D**",
        fingerprint="0" * 32,
        location=Location(line, 3, line, 9) if line else None,
        value="Jo Doe",
    )


def _report(line: int) -> Report:
    key = "/properties/jo_doe\ud800"
    return Report(
        findings=(
            _finding("phi-person-name", "", key, Severity.HIGH, line),
            _finding("phi-person-name", "", key + "/enum/0", Severity.MEDIUM, line + 1),
            _finding("phi-person-name", "forms/a.json", "/properties/x\udcff/enum/0", Severity.LOW),
        ),
        warnings=(_finding("lint-unsupported-keyword", "forms/a.json", "/x", Severity.LOW, 2, FindingKind.LINT),),
        errors=(FileError("forms/bad.json", "a detector failed", 3, None, FailureReason.DETECTION_FAILED),),
        notes=(Note("", "2 finding(s) in the baseline not reported"),),
        files_scanned=2,
    )


def test_reports_without_paths_or_lines_still_validate_and_mask(tmp_path: Path) -> None:
    now = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    sast = sast_report(_report(4), cwd=tmp_path, now=now)
    validate(sast, SAST_SCHEMA)
    assert (sast["scan"]["start_time"], sast["scan"]["end_time"]) == ("2026-01-02T03:04:05", "2026-01-02T03:04:05")
    assert [v["severity"] for v in sast["vulnerabilities"]] == ["High", "Medium", "Low"]  # lint is no vulnerability
    first = sast["vulnerabilities"][0]
    assert first["location"] == {"start_line": 4, "end_line": 4}  # scanned from memory: no file
    assert first["details"]["pointer"]["value"] == "/properties/j*_d***"  # a flagged key: masked
    assert sast["vulnerabilities"][2]["location"] == {"file": "forms/a.json"}
    assert sast["vulnerabilities"][2]["details"]["pointer"]["value"] == "/properties/x\\udcff/enum/0"  # escaped
    assert [m["level"] for m in sast["scan"]["messages"]] == ["warn", "info"]
    text = json.dumps(sast, ensure_ascii=False)
    assert "Jo Doe" not in text and "jo_doe" not in text  # `value` (show-values) is never written
    quality = codequality_report(_report(4), cwd=tmp_path)
    validate(quality, CODE_QUALITY_SCHEMA)
    assert [i["severity"] for i in quality] == ["critical", "major", "minor", "info", "blocker"]
    assert quality[3]["categories"] == ["Compatibility"] and quality[0]["categories"] == ["Security"]
    assert quality[4]["location"] == {"path": "forms/bad.json", "lines": {"begin": 3}}
    empty = sast_report(Report(), cwd=tmp_path)
    validate(empty, SAST_SCHEMA)
    assert (
        empty["scan"]["status"] == "success" and empty["vulnerabilities"] == [] and codequality_report(Report()) == []
    )


def test_ids_and_fingerprints_survive_moving_lines(tmp_path: Path) -> None:
    before, after = _report(4), _report(40)
    assert [v["id"] for v in sast_report(before, cwd=tmp_path)["vulnerabilities"]] == [
        v["id"] for v in sast_report(after, cwd=tmp_path)["vulnerabilities"]
    ]
    assert [i["fingerprint"] for i in codequality_report(before, cwd=tmp_path)] == [
        i["fingerprint"] for i in codequality_report(after, cwd=tmp_path)
    ]


@pytest.mark.parametrize("fmt", ["gitlab-sast", "gitlab-codequality", "junit", "csv"])
def test_a_key_whose_own_finding_was_suppressed_still_masks_the_pointers_below_it(fmt: str) -> None:
    key = "/properties/maria_gonzalez_078051121"
    below = _finding("phi-phone-number", "s.json", key + "/description", Severity.MEDIUM, 3)
    report = Report(findings=(replace(below, surface=Role.DESCRIPTION, value=None),), masked_keys=frozenset({key}))
    out = io.StringIO()
    reporter(fmt)(report, out)
    assert (
        "gonzalez" not in out.getvalue().lower()
        and "/properties/m****_g*******_*********/description" in out.getvalue()
    )
