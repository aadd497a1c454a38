"""The real `phiscan` command: output contract, masking, exit codes, parse errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DIRTY = FIXTURES / "schema" / "dirty" / "consent-form.schema.json"
CLEAN = FIXTURES / "schema" / "clean" / "patient-intake.schema.json"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("phiscan")
    cmd = [exe] if exe else [sys.executable, "-c", "from phiscan.app.cli import main; main()"]
    return subprocess.run([*cmd, *map(str, args)], capture_output=True, text=True, timeout=300)


def test_clean_file_exits_0() -> None:
    result = run("scan", CLEAN)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 finding(s)" in result.stdout


def test_findings_exit_1_and_are_masked_by_default() -> None:
    result = run("scan", DIRTY)
    assert result.returncode == 1
    assert "078-05-1122" not in result.stdout + result.stderr
    assert "***-**-****" in result.stdout
    assert "phi-ssn" in result.stdout


def test_show_values_reveals_them() -> None:
    result = run("scan", "--show-values", DIRTY)
    assert result.returncode == 1
    assert "078-05-1122" in result.stdout


def test_json_output_follows_the_contract() -> None:
    result = run("scan", "--format", "json", DIRTY)
    assert result.returncode == 1
    doc = json.loads(result.stdout)
    assert doc["files_scanned"] == 1 and doc["errors"] == []
    finding = next(f for f in doc["findings"] if f["pointer"] == "/properties/ssn/const")
    assert set(finding) >= {
        "path",
        "pointer",
        "surface",
        "entity",
        "hipaa",
        "severity",
        "score",
        "exposure",
        "rule",
        "message",
        "text",
    }
    assert (finding["surface"], finding["entity"], finding["severity"], finding["exposure"]) == (
        "const",
        "US_SSN",
        "high",
        "schema-cache",
    )
    assert finding["hipaa"] == "social security numbers"
    assert finding["text"] == "***-**-****"
    assert (finding["line"], finding["column"]) == (16, 40)  # the opening quote of the value
    key = next(f for f in doc["findings"] if f["surface"] == "property_name")
    assert key["pointer"] == "/properties/johnSmithDob19840312" and key["line"] == 15 and key["column"] == 5


def test_fail_on_high_ignores_medium_findings(tmp_path: Path) -> None:
    f = tmp_path / "s.json"
    f.write_text(json.dumps({"type": "object", "description": "Send results to alicia.cano@icloud.com."}))
    assert run("scan", f).returncode == 1
    assert run("scan", "--fail-on", "high", f).returncode == 0


def test_parse_errors_name_file_line_column_and_exit_2_while_other_files_are_scanned() -> None:
    result = run("scan", "--format", "json", FIXTURES / "broken", DIRTY)
    assert result.returncode == 2
    doc = json.loads(result.stdout)
    errors = {Path(e["path"]).name: (e["line"], e["column"], e["message"]) for e in doc["errors"]}
    assert errors["trailing-comma.json"][:2] == (4, 28)
    assert errors["trailing-comma.json"][2].startswith("invalid JSON")
    assert errors["unclosed.yaml"][:2] == (4, 4)
    assert any(f["pointer"] == "/properties/ssn/const" for f in doc["findings"])


def test_text_report_names_file_line_and_column_of_a_parse_error() -> None:
    result = run("scan", FIXTURES / "broken" / "trailing-comma.json")
    assert result.returncode == 2
    assert "trailing-comma.json:4:28: invalid JSON" in result.stdout


def test_unknown_format_and_kind_are_usage_errors() -> None:
    assert run("scan", "--format", "yaml", CLEAN).returncode == 2
    result = run("scan", "--kind", "nonsense", CLEAN)
    assert result.returncode == 2 and "Invalid value for '--kind'" in result.stderr and "'schema'" in result.stderr


def test_missing_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    result = run("scan", tmp_path / "nope.json", CLEAN)
    assert result.returncode == 2
    assert "nope.json" in result.stdout
    assert "Traceback" not in result.stderr
