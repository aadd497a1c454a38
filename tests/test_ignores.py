"""Inline `x-phiscan-ignore`, per-file ignores and path globs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from phiscan.detect.analyzer import Analyzer
from phiscan.documents.paths import path_matches
from phiscan.policy.suppress import KEYWORD, Suppressions, rule_matches, suppress
from phiscan.scan import ScanOptions, scan_document
from phiscan.types import Exposure, Finding, FindingKind, Role, Severity

ROOT = Path(__file__).resolve().parent.parent
INLINE = ROOT / "fixtures" / "config" / "inline" / "ignored.schema.json"


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("phiscan", path=str(Path(sys.executable).parent)) or shutil.which("phiscan")
    assert exe is not None
    return subprocess.run([exe, *map(str, args)], capture_output=True, text=True, timeout=300, cwd=cwd)


def finding(pointer: str, rule: str = "phi-ssn", entity: str = "US_SSN", path: str = "a.json") -> Finding:
    return Finding(
        rule,
        FindingKind.PHI,
        path,
        pointer,
        Role.CONST,
        entity,
        "ssn",
        Severity.HIGH,
        0.9,
        Exposure.SCHEMA_CACHE,
        "m",
        "***",
        "fp",
    )


# globs


@pytest.mark.parametrize(
    ("path", "pattern", "expected"),
    [
        ("legacy/a.json", "legacy/*.json", True),
        ("repo/legacy/a.json", "legacy/*.json", True),  # relative patterns match at any depth
        ("legacy/sub/a.json", "legacy/*.json", False),  # `*` stays inside one segment
        ("legacy/sub/a.json", "legacy/**/*.json", True),
        ("legacy/a.json", "legacy/**/*.json", True),  # `**` spans zero segments too
        ("generated/x/y.yaml", "generated/**", True),
        ("src/build/a.json", "build", True),  # a folder on the path
        ("./x.tools.json", "*.tools.json", True),
        ("a/b.json", "/b.json", False),  # a leading `/` anchors
        ("b.json", "/b.json", True),
        ("a/b1.json", "a/b[0-9].json", True),
        ("a/bx.json", "a/b[!0-9].json", True),
        ("a/b1.json", "a/b?.json", True),
        ("a/b.json", "a/c.json", False),
    ],
)
def test_path_globs(path: str, pattern: str, expected: bool) -> None:
    assert path_matches(path, pattern) is expected


def test_rule_names_match_by_id_glob_or_entity() -> None:
    f = finding("/x")
    assert rule_matches(f, ["phi-ssn"]) and rule_matches(f, ["phi-*"]) and rule_matches(f, ["US_SSN"])
    assert not rule_matches(f, ["phi-person-name", "secret-*", "PERSON"])


# inline ignores


def test_inline_ignore_covers_the_object_and_everything_below() -> None:
    doc = {"properties": {"ssn": {KEYWORD: ["phi-ssn"], "const": "x", "items": {"enum": ["y"]}}}}
    kept, ignored, notes = suppress(
        [
            finding("/properties/ssn"),
            finding("/properties/ssn/const"),
            finding("/properties/ssn/items/enum/0"),
            finding("/properties/other/const"),
            finding("/properties/ssn/const", rule="phi-person-name", entity="PERSON"),
        ],
        {"a.json": doc},
        Suppressions(),
    )
    assert [(f.pointer, f.rule) for f in kept] == [
        ("/properties/other/const", "phi-ssn"),
        ("/properties/ssn/const", "phi-person-name"),
    ]
    assert ignored == 3 and notes == []


def test_inline_true_at_the_root_ignores_the_whole_document() -> None:
    doc = {KEYWORD: True, "properties": {"a": {"const": "x"}}}
    kept, ignored, _ = suppress([finding("/properties/a/const"), finding("")], {"a.json": doc}, Suppressions())
    assert kept == [] and ignored == 2


def test_inline_ignores_can_be_switched_off() -> None:
    doc = {KEYWORD: True}
    kept, ignored, _ = suppress([finding("")], {"a.json": doc}, Suppressions(inline=False))
    assert len(kept) == 1 and ignored == 0


def test_pointer_escapes_are_followed() -> None:
    doc = {"properties": {"a/b~c": {KEYWORD: True, "const": "x"}}}
    kept, ignored, _ = suppress([finding("/properties/a~1b~0c/const")], {"a.json": doc}, Suppressions())
    assert kept == [] and ignored == 1


@pytest.mark.parametrize("bad", ["phi-ssn", 1, False, ["phi-ssn", 2], {"rules": ["phi-ssn"]}])
def test_malformed_inline_ignore_is_not_applied_and_noted(bad: object) -> None:
    doc = {"properties": {"ssn": {KEYWORD: bad, "const": "x"}}}
    kept, ignored, notes = suppress([finding("/properties/ssn/const")], {"a.json": doc}, Suppressions())
    assert len(kept) == 1 and ignored == 0
    assert [(n.path, n.message) for n in notes] == [
        ("a.json", "x-phiscan-ignore at /properties/s** must be true or a list of rule ids; it was not applied")
    ]


def test_inline_ignore_in_scan_document(analyzer: Analyzer) -> None:
    schema = {
        "type": "object",
        "properties": {
            "ssn": {"type": "string", "const": "078-05-1127", KEYWORD: ["phi-ssn"]},
            "guardian": {"type": "string", "enum": ["Robert Davis"]},
        },
    }
    report = scan_document(schema, analyzer=analyzer)
    assert [f.rule for f in report.findings] == ["phi-person-name"] and report.ignored == 1


# per-file ignores and disabled rules


def test_per_file_ignores_count_as_ignored_and_disabled_rules_do_not(tmp_path: Path) -> None:
    fs = [
        finding("/a", path=str(tmp_path / "legacy" / "a.json")),
        finding("/b", path=str(tmp_path / "new" / "b.json")),
        finding("/c", rule="secret-github-token", entity="GITHUB_TOKEN", path=str(tmp_path / "new" / "b.json")),
    ]
    rules = Suppressions(frozenset({"secret-*"}), (("legacy/*.json", ("phi-ssn",)),), str(tmp_path))
    kept, ignored, _ = suppress(fs, {}, rules)
    assert [f.pointer for f in kept] == ["/b"] and ignored == 1


def test_per_file_globs_are_relative_to_the_config_folder(tmp_path: Path) -> None:
    inner = tmp_path / "pkg" / "legacy" / "a.json"
    rules = Suppressions(per_file=(("/legacy/*.json", ("phi-ssn",)),), root=str(tmp_path / "pkg"))
    assert suppress([finding("/a", path=str(inner))], {}, rules)[1] == 1
    outside = Suppressions(per_file=(("/legacy/*.json", ("phi-ssn",)),), root=str(tmp_path / "elsewhere"))
    assert suppress([finding("/a", path=str(inner))], {}, outside)[1] == 0


def test_scan_options_default_to_no_suppressions() -> None:
    assert ScanOptions().suppressions == Suppressions()


# through the real CLI


def test_cli_counts_inline_ignores_and_reports_the_rest(tmp_path: Path) -> None:
    shutil.copy(INLINE, tmp_path / INLINE.name)
    (tmp_path / ".phiscan.toml").write_text("", "utf-8")
    result = run("scan", "--format", "json", INLINE.name, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    doc = json.loads(result.stdout)
    assert sorted((f["pointer"], f["rule"]) for f in doc["findings"]) == [
        ("/properties/guardian/enum/0", "phi-person-name"),  # its ignore names another rule
        ("/properties/guardian/enum/1", "phi-person-name"),
        ("/properties/phone/default", "phi-phone-number"),  # its ignore is malformed
    ]
    assert doc["ignored"] == 5  # ssn const, the property name (a name and a date), both legacy enum members
    assert {
        "path": INLINE.name,
        "message": "x-phiscan-ignore at /properties/p**** must be true or a list of rule ids; it was not applied",
    } in doc["notes"]
    text = run("scan", INLINE.name, cwd=tmp_path)
    assert "3 finding(s), 3 at or above 'medium', 0 error(s) in 1 file(s), 5 ignored" in text.stdout


def test_cli_per_file_ignores_from_config(tmp_path: Path) -> None:
    shutil.copy(INLINE, tmp_path / INLINE.name)
    (tmp_path / ".phiscan.toml").write_text(
        "[per-file-ignores]\n'*.schema.json' = ['phi-person-name', 'phi-phone-number']\n", "utf-8"
    )
    result = run("scan", "--format", "json", ".", cwd=tmp_path)
    doc = json.loads(result.stdout)
    assert result.returncode == 0 and doc["findings"] == [] and doc["ignored"] == 8
