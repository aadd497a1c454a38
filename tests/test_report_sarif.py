"""`phiscan scan --format sarif` through the real CLI, validated against the official SARIF 2.1.0 schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from phiscan.report.sarif import sarif_log
from phiscan.types import Exposure, FileError, Finding, FindingKind, Note, Report, Role, Severity

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "fixtures" / "report"
FILES = ("referral.schema.json", "referral.schema.yaml", "referral.min.json")
BROKEN = REPORT / "broken" / "unclosed.json"
SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
# Every raw value planted in the fixtures; none may reach a SARIF file.
RAW = ("maria", "gonzalez", "ryan", "davis", "078-05-1122", "0045821", "0099310")


def run(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "phiscan", "scan", *map(str, args)]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, timeout=600, check=False)


def validate(log: dict[str, Any]) -> None:
    assert SCHEMA["$schema"] == "http://json-schema.org/draft-07/schema#"
    validator = jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


@pytest.fixture(scope="module")
def sarif() -> dict[str, Any]:
    result = run("--format", "sarif", *(Path("fixtures/report") / f for f in FILES))
    assert result.returncode == 1, result.stderr
    log: dict[str, Any] = json.loads(result.stdout)
    return log


def results_for(log: dict[str, Any], uri: str) -> list[dict[str, Any]]:
    return [
        r for r in log["runs"][0]["results"] if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == uri
    ]


def by_pointer(results: list[dict[str, Any]], pointer: str, rule: str) -> dict[str, Any]:
    [found] = [
        r
        for r in results
        if r["ruleId"] == rule and r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == pointer
    ]
    return found


def test_the_schema_file_is_the_official_sarif_2_1_0_schema() -> None:
    assert SCHEMA["$id"].endswith("/sarif-schema-2.1.0.json")
    assert SCHEMA["properties"]["version"]["enum"] == ["2.1.0"]
    assert len(SCHEMA["definitions"]) == 52


def test_output_validates_against_the_sarif_schema(sarif: dict[str, Any]) -> None:
    validate(sarif)
    assert sarif["version"] == "2.1.0"


def test_driver_and_one_rule_per_rule_id(sarif: dict[str, Any]) -> None:
    driver = sarif["runs"][0]["tool"]["driver"]
    assert driver["name"] == "phiscan" and driver["version"] and driver["informationUri"].startswith("https://")
    rules = driver["rules"]
    ids = [r["id"] for r in rules]
    assert sorted(ids) == ["phi-medical-record-number", "phi-person-name", "phi-ssn"]
    for rule in rules:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert "How to fix" in rule["help"]["text"] and rule["help"]["markdown"]
        assert rule["defaultConfiguration"]["level"] == "error"
        assert rule["properties"]["security-severity"] == "8.0"
        assert "security" in rule["properties"]["tags"]
    ssn = rules[ids.index("phi-ssn")]
    assert "opaque codes" in ssn["help"]["text"]  # the enum fix hint
    for result in sarif["runs"][0]["results"]:
        assert ids[result["ruleIndex"]] == result["ruleId"]
        assert result["level"] == "error"  # high severity: grammar-cache roles


def test_uris_are_repo_relative_posix_with_a_base_id(sarif: dict[str, Any]) -> None:
    run_ = sarif["runs"][0]
    assert run_["originalUriBaseIds"]["%SRCROOT%"]["uri"] == ROOT.as_uri() + "/"
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run_["results"]}
    assert uris == {f"fixtures/report/{f}" for f in FILES}
    for r in run_["results"]:
        assert r["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"] == "%SRCROOT%"


@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs the git checkout (an sdist has no .git)")
def test_uris_stay_repo_relative_from_a_subfolder() -> None:
    result = run("--format", "sarif", Path("report") / FILES[0], cwd=ROOT / "fixtures")
    log = json.loads(result.stdout)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
    assert uris == {"fixtures/report/referral.schema.json"}


@pytest.mark.parametrize(
    ("file", "key", "value"),
    [
        # key: the quoted property name; value: the quoted enum member (end column exclusive)
        ("referral.schema.json", (6, 5, 6, 25), (12, 16, 12, 28)),
        ("referral.schema.yaml", (5, 3, 5, 21), (10, 12, 10, 22)),
        ("referral.min.json", (1, 108, 1, 128), (1, 234, 1, 246)),
    ],
)
def test_regions_point_at_the_key_for_property_names_and_at_the_value_otherwise(
    sarif: dict[str, Any], file: str, key: tuple[int, ...], value: tuple[int, ...]
) -> None:
    results = results_for(sarif, f"fixtures/report/{file}")
    name = by_pointer(results, "/properties/m****_g*******_s**", "phi-person-name")
    enum = by_pointer(results, "/properties/status/enum/0", "phi-person-name")
    for result, expected in ((name, key), (enum, value)):
        region = result["locations"][0]["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == expected
    text = (REPORT / file).read_text(encoding="utf-8").splitlines()
    line, col, _, end = key
    assert text[line - 1][col - 1 : end - 1].strip('"') == "maria_gonzalez_ssn"
    line, col, _, end = value
    assert text[line - 1][col - 1 : end - 1].strip('"') == "Ryan Davis"
    assert name["locations"][0]["logicalLocations"][0]["kind"] == "member"


def test_no_raw_value_anywhere_in_the_sarif(sarif: dict[str, Any]) -> None:
    text = json.dumps(sarif, ensure_ascii=False).lower()
    for raw in RAW:
        assert raw not in text
    messages = [r["message"]["text"] for r in sarif["runs"][0]["results"]]
    assert any('"***-**-****"' in m for m in messages)


def test_show_values_still_masks_and_file_errors_become_notifications() -> None:
    result = run("--format", "sarif", "--show-values", REPORT / FILES[0], BROKEN)
    assert result.returncode == 2
    log = json.loads(result.stdout)
    validate(log)
    text = result.stdout.lower()
    for raw in RAW:
        assert raw not in text
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False and invocation["exitCode"] == 2
    [note] = [n for n in invocation["toolExecutionNotifications"] if n["level"] == "error"]
    location = note["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "fixtures/report/broken/unclosed.json"
    assert location["region"]["startLine"] == 5
    assert "invalid JSON" in note["message"]["text"]
    assert log["runs"][0]["results"]  # the readable file was still scanned


def test_fingerprints_survive_reformatting(tmp_path: Path) -> None:
    data = json.loads((REPORT / FILES[0]).read_text(encoding="utf-8"))
    target = tmp_path / "intake.schema.json"

    def scan() -> list[tuple[str, int]]:
        log = json.loads(run("--format", "sarif", target.name, cwd=tmp_path).stdout)
        return [
            (r["partialFingerprints"]["phiscan/v1"], r["locations"][0]["physicalLocation"]["region"]["startLine"])
            for r in log["runs"][0]["results"]
        ]

    target.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    pretty = scan()
    target.write_text("\n\n" + json.dumps(data, indent=8, sort_keys=True) + "\n", encoding="utf-8")
    reindented = scan()
    assert len(pretty) >= 4
    assert sorted(fp for fp, _ in pretty) == sorted(fp for fp, _ in reindented)
    assert sorted(line for _, line in pretty) != sorted(line for _, line in reindented)
    assert len({fp for fp, _ in pretty}) == len(pretty)  # two MRNs in one pattern stay distinct


def test_output_option_writes_the_file(tmp_path: Path) -> None:
    out = tmp_path / "phiscan.sarif"
    result = run("--format", "sarif", "--output", out, REPORT / FILES[0])
    assert result.returncode == 1, result.stderr
    assert result.stdout.strip() == "" or "phiscan.sarif" in result.stdout
    validate(json.loads(out.read_text(encoding="utf-8")))


def test_text_report_shows_file_line_column() -> None:
    result = run(Path("fixtures/report") / FILES[1])
    assert result.returncode == 1
    assert "fixtures/report/referral.schema.yaml:5:3 " in result.stdout
    assert "fixtures/report/referral.schema.yaml:10:12 " in result.stdout


def _finding(rule: str, path: str, pointer: str, surface: Role | None, severity: Severity, text: str) -> Finding:
    kind = FindingKind.PHI if surface is not None else FindingKind.LINT
    return Finding(
        rule=rule,
        kind=kind,
        path=path,
        pointer=pointer,
        surface=surface,
        entity="PERSON",
        hipaa="names" if surface is not None else "",
        severity=severity,
        score=0.9,
        exposure=Exposure.SCHEMA_CACHE,
        message="a person's name here",
        text=text,
        fingerprint="0" * 32,
        value="Jo Doe/Smith",
    )


def test_report_without_files_or_regions_still_validates(tmp_path: Path) -> None:
    report = Report(
        findings=(
            _finding(
                "phi-person-name", "", "/properties/jo_doe~1smith", Role.PROPERTY_NAME, Severity.HIGH, "J* D**/S****"
            ),
            _finding("phi-person-name", "", "/properties/jo_doe~1smith/title", Role.TITLE, Severity.MEDIUM, "J* D**"),
            _finding("phi-person-name", "forms/jo-doe.json", "", Role.FILE_NAME, Severity.MEDIUM, "J* D**"),
            _finding("lint-too-many-optional-parameters", "forms/a b.json", "", None, Severity.LOW, "x"),
        ),
        errors=(FileError("forms/bad.yaml", "invalid YAML: mapping values are not allowed here", 3, 7),),
        notes=(Note("forms/readme.json", "not a JSON Schema, tool definition or request body: skipped"),),
        files_scanned=3,
    )
    log = sarif_log(report, cwd=tmp_path)
    validate(log)
    text = json.dumps(log)
    assert "smith" not in text.lower() and "Jo Doe" not in text  # `value` (show-values) is never written
    results = log["runs"][0]["results"]
    assert "physicalLocation" not in results[0]["locations"][0]
    assert results[0]["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "/properties/j*_d**~1s****"
    assert results[1]["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == (
        "/properties/j*_d**~1s****/title"
    )
    file_name = results[2]["locations"][0]
    assert file_name["physicalLocation"] == {"artifactLocation": {"uri": "forms/jo-doe.json", "uriBaseId": "%SRCROOT%"}}
    assert "logicalLocations" not in file_name
    assert results[3]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "forms/a%20b.json"
    assert [r["level"] for r in results] == ["error", "warning", "warning", "note"]
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["phi-person-name", "lint-too-many-optional-parameters"]
    assert rules[0]["defaultConfiguration"]["level"] == "error"  # the worst seen
    assert "security-severity" not in rules[1]["properties"]  # lint is not a security rule
    levels = [n["level"] for n in log["runs"][0]["invocations"][0]["toolExecutionNotifications"]]
    assert levels == ["error", "note"]
