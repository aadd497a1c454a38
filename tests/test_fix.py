"""`phiscan fix` through the real CLI on copies of fixtures: what it edits, that the rest of each file stays
byte for byte, that a re-scan is clean of what it fixed, that nothing it prints holds a value, and that the
SARIF `fixes` make the same edits."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from phiscan.app.cli import app
from phiscan.fix.values import env_name, generalize_pattern, placeholder, suggested_name

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "fix"
SOURCES = {
    "billing.schema.yaml": DATA / "billing.schema.yaml",
    "tools.json": DATA / "tools.json",
    "referral.schema.json": ROOT / "fixtures" / "report" / "referral.schema.json",
    "intake-v4.yaml": ROOT / "fixtures" / "schema" / "dirty" / "intake-v4.yaml",
}
PLANTED = (
    "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "078-05-1122", "Ryan Davis", "Linda Carter", "9GA6VF7KQ49", "0045821",
    "0099310", "maria.gonzalez", "37129", "29902", "73.177.235.94", "Maria", "Gonzalez", "Ryan",
)  # fmt: skip
SARIF_SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.output


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, source in SOURCES.items():
        shutil.copyfile(source, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def scan_json(*paths: str) -> list[dict[str, Any]]:
    _, out = cli("scan", "--format", "json", *paths)
    findings: list[dict[str, Any]] = json.loads(out)["findings"]
    return findings


def test_dry_run_prints_a_masked_diff_and_changes_nothing(work: Path) -> None:
    code, out = cli("fix", "--dry-run", ".")
    assert code == 1
    assert out.startswith("# phiscan fix --dry-run: flagged values are masked on every line")
    for leaked in PLANTED:
        assert leaked not in out, leaked
    assert "-    default: sk_live_…(24 chars)  # the live key, oops" in out
    assert "+    default: '${STRIPE_API_KEY}'  # the live key, oops" in out
    assert '-      "enum": ["R*** D****", "***-**-****", "closed"]' in out
    assert '+      "pattern": "^MRN-\\\\d{7}$"' in out
    assert "suggested rename (not applied): ssn" in out
    assert "suggested rename (not applied): ^\\d{3}-\\d{2}-\\d{4}$" in out
    for name, source in SOURCES.items():
        assert (work / name).read_bytes() == source.read_bytes(), name


def test_fix_edits_in_place_and_a_rescan_finds_only_what_it_left(work: Path) -> None:
    before = {f["fingerprint"] for f in scan_json(".")}
    code, out = cli("fix", ".")
    assert code == 1  # a property name and two descriptions are left for a hand edit
    assert "finding(s) left for a hand edit" in out
    for leaked in PLANTED:
        assert leaked not in out, leaked
    after = scan_json(".")
    assert {f["surface"] for f in after} <= {"property_name", "pattern_property", "description"}
    assert {f["fingerprint"] for f in after} < before
    code, out = cli("fix", ".")  # nothing more to fix: only names and prose are left
    assert "fixed 0 finding(s) in 0 file(s)" in out


def test_layout_key_order_and_yaml_comments_are_kept(work: Path) -> None:
    cli("fix", ".")
    billing = (work / "billing.schema.yaml").read_text(encoding="utf-8")
    assert billing == (
        "# Billing lookup: every value below is planted for `phiscan fix` tests.\n"
        "$schema: https://json-schema.org/draft/2020-12/schema\n"
        "title: Billing lookup\n"
        "type: object\n"
        "properties:\n"
        "  stripe_api_key:\n"
        "    type: string\n"
        "    default: '${STRIPE_API_KEY}'  # the live key, oops\n"
        "  ssn:\n"
        "    type: string\n"
        "    examples:\n"
        "      - 'XXX-XX-XXXX'   # first example\n"
        '      - "123-45-6789"\n'
        "  payer:\n"
        "    type: string\n"
        "    description: Who pays (opaque identifier resolved server-side)\n"
        "    # the payers we know today\n"
        "  plan:\n"
        "    anyOf:\n"
        "      - title: Member plan\n"
        '      - type: "null"\n'
        "  record:\n"
        "    type: string\n"
        "    pattern: '^MRN-\\d{7}$'  # two records\n"
    )
    tools = (work / "tools.json").read_text(encoding="utf-8")
    original = SOURCES["tools.json"].read_text(encoding="utf-8")
    assert tools == original.replace('"maria.gonzalez@gmail.com"', '"user@example.com"').replace(
        '"open", "Ryan Davis", "closed"', '"open", "closed"'
    )
    referral = json.loads((work / "referral.schema.json").read_text(encoding="utf-8"))
    assert list(referral["properties"]) == ["maria_gonzalez_ssn", "status", "member_id"]
    assert referral["properties"]["status"]["enum"] == ["closed"]
    intake = (work / "intake-v4.yaml").read_text(encoding="utf-8")
    assert "const" not in intake and "default" not in intake
    assert "  home_zip:\n    type: string\n    description: 'Opaque identifier resolved server-side.'\n" in intake


def _apply_sarif(text: str, replacements: list[dict[str, Any]]) -> str:
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    edits = []
    for r in replacements:
        region = r["deletedRegion"]
        a = starts[region["startLine"] - 1] + region["startColumn"] - 1
        b = starts[region["endLine"] - 1] + region["endColumn"] - 1
        edits.append((a, b, r.get("insertedContent", {}).get("text", "")))
    for a, b, new in sorted(edits, reverse=True):
        text = text[:a] + new + text[b:]
    return text


def test_sarif_fixes_validate_hold_no_value_and_make_the_same_edits(work: Path, tmp_path: Path) -> None:
    code, out = cli("scan", "--format", "sarif", ".")
    assert code == 1
    log = json.loads(out)
    errors = list(jsonschema.Draft7Validator(SARIF_SCHEMA).iter_errors(log))
    assert not errors, errors[0].message
    for leaked in PLANTED:
        assert leaked not in out, leaked
    changes: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for result in log["runs"][0]["results"]:
        for fix in result.get("fixes", []):
            assert fix["description"]["text"]
            for change in fix["artifactChanges"]:
                key = json.dumps(change["replacements"], sort_keys=True)
                changes.setdefault(change["artifactLocation"]["uri"], {})[key] = change["replacements"]
    assert {Path(uri).name for uri in changes} == set(SOURCES)
    expected = {name: _apply_sarif((work / name).read_text(encoding="utf-8"), []) for name in SOURCES}
    for uri, fixes in changes.items():
        name = Path(uri).name
        expected[name] = _apply_sarif(expected[name], [r for rs in fixes.values() for r in rs])
    cli("fix", ".")
    for name in SOURCES:
        assert (work / name).read_text(encoding="utf-8") == expected[name], name


def test_the_installed_entry_point_runs_fix(work: Path) -> None:
    cmd = [sys.executable, "-m", "phiscan", "fix", "--dry-run", "tools.json"]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=work, timeout=300, check=False)
    assert done.returncode == 1, done.stderr
    assert '+          "status":  {"type": "string", "enum": ["open", "closed"]},' in done.stdout
    assert not any(leaked in done.stdout + done.stderr for leaked in PLANTED)


def test_fix_without_paths_is_a_usage_error() -> None:
    code, _ = cli("fix")
    assert code == 2


@pytest.mark.parametrize(
    ("pattern", "flagged", "expected"),
    [
        (r"^(MRN-0045821|MRN-0099310)$", [((2, 13), "MRN"), ((14, 25), "MRN")], r"^MRN-\d{7}$"),
        (r"^078-05-1122$", [(None, "US_SSN")], r"^\d{3}-\d{2}-\d{4}$"),
        (r"^(MRN-0045821|N/A)$", [((2, 13), "MRN")], r"^(?:MRN-\d{7}|N/A)$"),
        (r"^(Maria Gonzalez|Ryan Davis)$", [((2, 16), "PERSON"), ((17, 27), "PERSON")], r"^[A-Za-z][A-Za-z .'-]*$"),
        (r"^[A-Z]{3}\d+$", [((0, 3), "MRN")], None),  # a format already: no finite list of values
    ],
)
def test_a_pattern_of_literals_becomes_the_format_regex(
    pattern: str, flagged: list[tuple[tuple[int, int] | None, str]], expected: str | None
) -> None:
    assert generalize_pattern(pattern, flagged, partial=False) == expected


def test_placeholders_env_names_and_renames_come_from_shape_and_keys() -> None:
    assert placeholder("US_SSN", "078-05-1121") == "XXX-XX-XXXX"
    assert placeholder("EMAIL_ADDRESS", "maria@gmail.com") == "user@example.com"
    assert placeholder("IP_ADDRESS", "73.177.235.94") == "192.0.2.1"
    assert placeholder("MRN", "seen on 1/2") is None  # prose: the example is removed instead
    assert env_name("/properties/stripe_api_key/default", "STRIPE_KEY", frozenset()) == "STRIPE_API_KEY"
    assert env_name("/properties/apiKey/examples/0", "OPENAI_API_KEY", frozenset()) == "API_KEY"
    assert env_name("/properties/maria/default", "SECRET", frozenset({"/properties/maria"})) == "SECRET"
    assert suggested_name("maria_gonzalez_ssn", ["M**** G*******"]) == "ssn"
    assert suggested_name("lookupMariaGonzalez", ["M**** G*******"]) == "lookup"
    assert suggested_name("maria", ["M****"]) is None
