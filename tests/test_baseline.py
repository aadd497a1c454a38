"""Baselines: salted slow hashes, no values or line numbers, stable across reformatting; create/update/scan."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from phiscan.detect.analyzer import Analyzer
from phiscan.errors import ConfigError
from phiscan.policy import baseline as bl
from phiscan.scan import ScanOptions, scan_document, scan_paths

ROOT = Path(__file__).resolve().parent.parent
DIRTY = ROOT / "fixtures" / "schema" / "dirty" / "consent-form.schema.json"
SSN = "078-05-1124"
SCHEMA = {
    "type": "object",
    "properties": {
        "ssn": {"type": "string", "const": SSN},
        "guardian": {"type": "string", "enum": ["Robert Davis", "Linda Chen"]},
    },
}


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("phiscan", path=str(Path(sys.executable).parent)) or shutil.which("phiscan")
    assert exe is not None
    return subprocess.run([exe, *map(str, args)], capture_output=True, text=True, timeout=300, cwd=cwd)


def project(tmp_path: Path, schema: object = SCHEMA, indent: int | None = 2) -> Path:
    (tmp_path / ".phiscan.toml").write_text("", encoding="utf-8")  # keep the checkout's config out
    (tmp_path / "schemas").mkdir(exist_ok=True)
    (tmp_path / "schemas" / "intake.schema.json").write_text(json.dumps(schema, indent=indent), encoding="utf-8")
    return tmp_path


# the file format


def test_file_holds_no_value_no_line_number_and_sorted_entries(tmp_path: Path, analyzer: Analyzer) -> None:
    b = bl.new(tmp_path / "b.json")
    report = scan_paths([project(tmp_path)], options=ScanOptions(baseline=b), analyzer=analyzer)
    assert len(report.findings) == 3
    text = bl.dumps(replace(b, entries=report.baseline.entries))
    doc = json.loads(text)
    assert set(doc) == {"version", "hash", "salt", "results"}
    assert doc["hash"] == {"algorithm": "scrypt", "n": 2**14, "r": 8, "p": 1, "dklen": 16}
    assert all(set(e) == {"rule", "file", "hash"} for e in doc["results"])
    # salt, file tags and hashes are random-looking hex of fixed lengths (they may spell `078` by chance):
    # nothing else hides in them, and with them blanked out the file holds no value, name or path
    hexes = [doc["salt"], *(e["file"] for e in doc["results"]), *(e["hash"] for e in doc["results"])]
    assert re.fullmatch(r"[0-9a-f]{32}", doc["salt"])
    assert all(
        re.fullmatch(r"[0-9a-f]{16}", e["file"]) and re.fullmatch(r"[0-9a-f]{32}", e["hash"]) for e in doc["results"]
    )
    assert {e["rule"] for e in doc["results"]} == {"phi-ssn", "phi-person-name"}
    rest = text
    for h in hexes:
        rest = rest.replace(f'"{h}"', '""')
    assert not re.search(r"[0-9a-f]{16}", rest)  # every hex value was blanked
    for secret in (SSN, "078", "05", "1124", "Robert", "Davis", "Linda", "intake", "guardian", "/properties"):
        assert secret not in rest
    lines = [ln for ln in text.splitlines() if '"hash": "' in ln and '"rule"' in ln]
    assert len(lines) == 3 and lines == sorted(lines)  # one entry per line, sorted: merges cleanly
    assert "line" not in text.replace("dklen", "")


def test_findings_never_carry_values_out_of_a_baselined_scan(tmp_path: Path, analyzer: Analyzer) -> None:
    b = bl.new(tmp_path / "b.json")
    report = scan_document(SCHEMA, options=ScanOptions(baseline=b), analyzer=analyzer)
    assert report.findings and all(f.value is None for f in report.findings)


def test_write_then_load_round_trips(tmp_path: Path) -> None:
    b = replace(bl.new(tmp_path / "b.json"), entries=frozenset({("phi-ssn", "ab" * 8, "cd" * 16)}))
    bl.write(b, tmp_path / "b.json")
    again = bl.load(tmp_path / "b.json")
    assert (again.salt, again.entries, again.n) == (b.salt, b.entries, b.n)
    assert bl.dumps(again) == (tmp_path / "b.json").read_text(encoding="utf-8")


def test_each_baseline_gets_its_own_salt(tmp_path: Path) -> None:
    assert bl.new(tmp_path / "a.json").salt != bl.new(tmp_path / "b.json").salt


def test_empty_baseline_is_valid(tmp_path: Path) -> None:
    bl.write(bl.new(tmp_path / "b.json"), tmp_path / "b.json")
    assert bl.load(tmp_path / "b.json").entries == frozenset()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "invalid JSON"),
        ('{"version": 2}', 'expected an object with "version": 1'),
        (
            '{"version": 1, "hash": {"algorithm": "md5", "n": 2, "r": 1, "p": 1}, "salt": "00", "results": []}',
            'expected "hash"',
        ),
        (
            '{"version": 1, "hash": {"algorithm": "scrypt", "n": 1000, "r": 8, "p": 1}, '
            '"salt": "00112233445566778899aabbccddeeff", "results": []}',
            'expected "hash"',
        ),
        (
            '{"version": 1, "hash": {"algorithm": "scrypt", "n": 16384, "r": 8, "p": 1}, '
            '"salt": "00112233445566778899aabbccddeeff", "results": [{"rule": "phi-ssn"}]}',
            'expected "hash"',
        ),
    ],
)
def test_bad_baseline_is_a_config_error_naming_the_file(tmp_path: Path, content: str, message: str) -> None:
    f = tmp_path / "b.json"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        bl.load(f)
    assert str(e.value).startswith(f"{f}: not a phiscan baseline") and message in str(e.value)


def test_missing_baseline_says_how_to_create_it(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist; create it with `phiscan baseline create"):
        bl.load(tmp_path / "nope.json")


# matching


def test_entry_depends_on_rule_file_pointer_and_value(tmp_path: Path) -> None:
    from phiscan.types import Exposure, Finding, FindingKind, Role, Severity

    b = bl.new(tmp_path / "b.json")
    f = Finding(
        "phi-ssn",
        FindingKind.PHI,
        str(tmp_path / "a.json"),
        "/properties/ssn/const",
        Role.CONST,
        "US_SSN",
        "ssn",
        Severity.HIGH,
        0.9,
        Exposure.SCHEMA_CACHE,
        "m",
        "***",
        "fp",
        value=SSN,
    )
    base = b.entry(f)
    assert b.entry(replace(f, score=0.5, message="other", location=None)) == base
    for changed in (
        replace(f, rule="phi-x"),
        replace(f, path=str(tmp_path / "b.json")),
        replace(f, pointer="/properties/x/const"),
        replace(f, value="078-05-1125"),
    ):
        assert b.entry(changed) != base
    # feature and lint findings carry no raw value: their excerpt (the feature's name) is hashed instead
    assert b.entry(replace(f, value=None)) == b.entry(replace(f, value=f.text))
    assert b.entry(replace(f, value=None)) != base


def test_update_keeps_entries_of_files_it_did_not_scan(tmp_path: Path) -> None:
    b = replace(
        bl.new(tmp_path / "b.json"),
        entries=frozenset(
            {
                ("phi-ssn", bl.new(tmp_path / "x").file_tag("x"), "old-a"),
            }
        ),
    )
    tag_a = b.file_tag(str(tmp_path / "a.json"))
    b = replace(b, entries=b.entries | {("phi-ssn", tag_a, "gone")})
    up = b.updated([("phi-ssn", tag_a, "new")], [str(tmp_path / "a.json")])
    assert ("phi-ssn", tag_a, "gone") not in up.entries and ("phi-ssn", tag_a, "new") in up.entries
    assert len(up.entries) == 2 and up.salt == b.salt


# the hash cost (hostile files: tests/hostile/test_baseline_params.py)


def test_the_minimum_cost_is_the_default() -> None:
    # `update` keeps the file's cost (it cannot rehash entries of files it did not scan), so a file at the
    # minimum must already be at the defaults; raising the defaults means raising the minimum with them
    assert (bl.MIN_N, bl.MIN_R, bl.MIN_P) == (bl.SCRYPT_N, bl.SCRYPT_R, bl.SCRYPT_P)
    assert bl.MIN_N <= bl.MAX_N and bl.MIN_R <= bl.MAX_R and bl.MIN_P <= bl.MAX_P


def test_no_baseline_holds_a_cost_out_of_bounds(tmp_path: Path) -> None:
    b = bl.new(tmp_path / "b.json")
    for n, r, p in ((2, 1, 1), (bl.SCRYPT_N, bl.SCRYPT_R, bl.MAX_P + 1), (2**40, 8, 1), (3 * 2**14, 8, 1)):
        with pytest.raises(ConfigError, match=rf"^{re.escape(str(tmp_path / 'b.json'))}: scrypt cost n={n}, "):
            replace(b, n=n, r=r, p=p)


def test_update_keeps_the_cost_of_the_file(tmp_path: Path) -> None:
    strong = replace(bl.new(tmp_path / "b.json"), n=2 * bl.SCRYPT_N, p=2)
    up = strong.updated([("phi-ssn", "ab" * 8, "cd" * 16)], [])
    assert (up.n, up.r, up.p) == (2 * bl.SCRYPT_N, bl.SCRYPT_R, 2)
    default = bl.new(tmp_path / "b.json").updated([], [])
    assert (default.n, default.r, default.p) == (bl.SCRYPT_N, bl.SCRYPT_R, bl.SCRYPT_P)


# through the real CLI


def test_create_then_scan_reports_nothing_old(tmp_path: Path) -> None:
    root = project(tmp_path)
    assert run("scan", "schemas", cwd=root).returncode == 1
    created = run("baseline", "create", "schemas", "--baseline", ".phiscan-baseline.json", cwd=root)
    assert created.returncode == 0, created.stderr
    assert "created .phiscan-baseline.json: 3 finding(s) from 1 file(s)" in created.stdout
    result = run("scan", "--baseline", ".phiscan-baseline.json", ".", cwd=root)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 finding(s) in the baseline not reported" in result.stdout
    assert "not a JSON Schema" not in result.stdout  # the baseline itself is not scanned


def test_baseline_survives_reformatting_and_reordering(tmp_path: Path) -> None:
    root = project(tmp_path, indent=2)
    assert run("baseline", "create", "schemas", cwd=root).returncode == 0
    reordered = {"properties": dict(reversed(list(SCHEMA["properties"].items()))), "type": "object"}  # type: ignore[call-overload]
    (root / "schemas" / "intake.schema.json").write_text("\n\n" + json.dumps(reordered, indent=None), "utf-8")
    result = run("scan", "--baseline", ".phiscan-baseline.json", "schemas", cwd=root)
    assert result.returncode == 0, result.stdout


def test_new_findings_are_reported_and_update_adds_them(tmp_path: Path) -> None:
    root = project(tmp_path)
    assert run("baseline", "create", "schemas", cwd=root).returncode == 0
    before = json.loads((root / ".phiscan-baseline.json").read_text("utf-8"))
    grown = json.loads(json.dumps(SCHEMA))
    grown["properties"]["ssn"]["const"] = "078-05-1125"  # changed value: a new finding, the old one gone
    (root / "schemas" / "intake.schema.json").write_text(json.dumps(grown), "utf-8")
    result = run("scan", "--format", "json", "--baseline", ".phiscan-baseline.json", "schemas", cwd=root)
    doc = json.loads(result.stdout)
    assert result.returncode == 1 and [f["pointer"] for f in doc["findings"]] == ["/properties/ssn/const"]
    assert "078-05-1125" not in result.stdout  # still masked
    updated = run("baseline", "update", "schemas", cwd=root)
    assert updated.returncode == 0 and "updated .phiscan-baseline.json: 3 finding(s)" in updated.stdout
    after = json.loads((root / ".phiscan-baseline.json").read_text("utf-8"))
    assert after["salt"] == before["salt"]
    old, new = {e["hash"] for e in before["results"]}, {e["hash"] for e in after["results"]}
    assert len(old & new) == 2 and len(new - old) == 1
    assert run("scan", "--baseline", ".phiscan-baseline.json", "schemas", cwd=root).returncode == 0


def test_baseline_from_config_is_used(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / ".phiscan.toml").write_text("baseline = 'phi-baseline.json'\n", "utf-8")
    created = run("baseline", "create", ".", cwd=root)
    assert created.returncode == 0 and (root / "phi-baseline.json").is_file(), created.stdout + created.stderr
    assert run("scan", ".", cwd=root).returncode == 0


def test_scan_with_a_missing_or_broken_baseline_exits_2(tmp_path: Path) -> None:
    root = project(tmp_path)
    missing = run("scan", "--baseline", "nope.json", "schemas", cwd=root)
    assert missing.returncode == 2 and "baseline nope.json does not exist" in missing.stderr
    (root / "broken.json").write_text("[]", "utf-8")
    broken = run("scan", "--baseline", "broken.json", "schemas", cwd=root)
    assert broken.returncode == 2 and "broken.json: not a phiscan baseline" in broken.stderr
    assert run("baseline", "update", "schemas", "--baseline", "nope.json", cwd=root).returncode == 2


def test_baseline_of_the_dirty_fixture_holds_none_of_its_values(tmp_path: Path) -> None:
    shutil.copy(DIRTY, tmp_path / DIRTY.name)
    (tmp_path / ".phiscan.toml").write_text("", "utf-8")
    shown = json.loads(run("scan", "--format", "json", "--show-values", ".", cwd=tmp_path).stdout)
    values = {f["text"] for f in shown["findings"]}
    assert len(values) >= 5
    assert run("baseline", "create", ".", cwd=tmp_path).returncode == 0
    text = (tmp_path / ".phiscan-baseline.json").read_text("utf-8")
    assert not [v for v in values if v in text]
    assert len(json.loads(text)["results"]) == len(shown["findings"])


def test_baselines_hold_feature_findings_too(tmp_path: Path) -> None:
    request = ROOT / "fixtures" / "requests" / "non-eligible-features.json"
    shutil.copy(request, tmp_path / request.name)
    created = run("baseline", "create", request.name, "--baseline", "b.json", cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    assert "Traceback" not in created.stderr
    scanned = run("scan", "--format", "json", "--baseline", "b.json", request.name, cwd=tmp_path)
    assert json.loads(scanned.stdout)["findings"] == [] and scanned.returncode == 0
