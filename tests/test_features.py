"""Feature eligibility, metadata surfaces and the refusal message, from data to CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import phiscan
from phiscan.data.eligibility import load_eligibility, parse_eligibility
from phiscan.detect.analyzer import Analyzer
from phiscan.errors import ConfigError
from phiscan.policy.eligibility import feature_findings, refusal_message, user_id_findings
from phiscan.scan import ScanOptions, scan_document
from phiscan.types import FindingKind, Severity

REQUESTS = Path(__file__).resolve().parent.parent / "fixtures" / "requests"


def _load(name: str) -> Any:
    return json.loads((REQUESTS / name).read_text())


def _rules(findings: Any) -> dict[str, str]:
    return {f.pointer: f.rule for f in findings}


def test_table_has_date_source_and_every_refused_feature() -> None:
    table = load_eligibility()
    assert table.as_of and table.source
    refused = {f.id for f in table.features if not f.hipaa}
    assert {
        "code-execution",
        "programmatic-tool-calling",
        "web-fetch",
        "advisor",
        "computer-use",
        "tool-search",
        "context-management",
        "files-api",
        "agent-skills",
        "mcp-connector",
        "dynamic-filtering",
    } <= refused


def test_a_broken_table_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="eligibility table"):
        parse_eligibility({"as_of": "2026-01-01", "features": []})


def test_each_feature_is_reported_where_the_request_uses_it() -> None:
    found = feature_findings(_load("non-eligible-features.json"), "r.json", "hipaa")
    assert _rules(found) == {
        "/tools/1": "feature-code-execution",
        "/tools/2": "feature-web-fetch",
        "/tools/3/allowed_callers": "feature-programmatic-tool-calling",
        "/mcp_servers": "feature-mcp-connector",
        "/context_management": "feature-context-management",
        "/container/skills": "feature-agent-skills",
    }
    assert all(f.kind is FindingKind.FEATURE and f.severity is Severity.HIGH for f in found)


@pytest.mark.parametrize(
    ("tool_type", "rule"),
    [
        ("computer_20250124", "feature-computer-use"),
        ("tool_search_tool_regex_20251119", "feature-tool-search"),
        ("advisor_20260301", "feature-advisor"),
        ("mcp_toolset", "feature-mcp-connector"),
        ("web_search_20260209", "feature-dynamic-filtering"),
    ],
)
def test_server_tools_by_type_prefix(tool_type: str, rule: str) -> None:
    body = {"model": "m", "messages": [], "tools": [{"type": tool_type, "name": "t"}]}
    assert rule in {f.rule for f in feature_findings(body, "", "hipaa")}


def test_eligible_tools_and_direct_callers_are_not_findings() -> None:
    body = {
        "model": "m",
        "messages": [],
        "tools": [
            {"type": "web_search_20250305", "name": "web_search"},
            {"type": "memory_20250818", "name": "memory"},
            {"name": "f", "input_schema": {"type": "object"}, "allowed_callers": ["direct"]},
        ],
    }
    assert feature_findings(body, "", "hipaa") == []


def test_file_sources_are_found_in_nested_tool_results() -> None:
    body = {
        "model": "m",
        "messages": [
            {
                "role": "user",
                "content": [
                    {
                        "type": "tool_result",
                        "tool_use_id": "x",
                        "content": [{"type": "image", "source": {"type": "file", "file_id": "file_1"}}],
                    }
                ],
            }
        ],
    }
    found = feature_findings(body, "", "hipaa")
    assert _rules(found) == {"/messages/0/content/0/content/0/source": "feature-files-api"}


def test_profiles_rank_what_they_refuse() -> None:
    body = _load("non-eligible-features.json")
    zdr = {f.rule: f.severity for f in feature_findings(body, "", "zdr")}
    assert zdr["feature-code-execution"] is Severity.HIGH
    assert zdr["feature-web-fetch"] is Severity.LOW  # ZDR-eligible, but still not HIPAA-eligible
    assert feature_findings(body, "", "none") == []
    with pytest.raises(ConfigError, match="profile"):
        feature_findings(body, "", "strict")


def test_refusal_message_lists_every_refused_feature_in_the_api_format() -> None:
    found = feature_findings(_load("non-eligible-features.json"), "", "hipaa")
    msg = refusal_message(found)
    assert msg == (
        "The requested features are not available for HIPAA-regulated organizations without Zero Data "
        "Retention: code_execution, programmatic_tool_calling, web_fetch, context_management, "
        "skills, mcp_connector."
    )
    assert refusal_message(feature_findings(_load("non-eligible-features.json"), "", "zdr"), profile="zdr") is None


@pytest.mark.parametrize("uid", ["maria.gonzalez@clinic", "Maria Gonzalez", "+1 (415) 555-0199"])
def test_non_opaque_user_id_is_a_finding_without_a_recognizer(uid: str) -> None:
    found = user_id_findings({"metadata": {"user_id": uid}}, "", [])
    assert [f.rule for f in found] == ["metadata-user-id-not-opaque"]
    assert uid not in found[0].text and uid not in found[0].message


@pytest.mark.parametrize("uid", ["8f14e45f-ceea-467f-a0e6-8b7a2c1d9e30", "u_5f2c9a71b3", "a3f1c0de" * 8])
def test_opaque_user_ids_pass(uid: str) -> None:
    assert user_id_findings({"metadata": {"user_id": uid}}, "", []) == []


def test_scan_document_reports_metadata_file_names_and_tokens(analyzer: Analyzer) -> None:
    bad = scan_document(_load("bad-metadata.json"), analyzer=analyzer)
    assert {(f.pointer, f.rule) for f in bad.findings} >= {
        ("/metadata/user_id", "phi-email-address"),
        ("/mcp_servers/0/authorization_token", "secret-github-token"),
        ("/mcp_servers", "feature-mcp-connector"),
    }
    files = scan_document(_load("file-sources.json"), analyzer=analyzer)
    by_ptr = {(f.pointer, f.where) for f in files.findings}
    assert ("/messages/0/content/1/title", "file_name") in by_ptr
    assert ("/messages/0/content/1/context", "metadata") in by_ptr
    assert ("/messages/0/content/1/source", "feature") in by_ptr
    assert not any(f.pointer.startswith("/messages/0/content/2") for f in files.findings)


def test_url_sources_are_scanned_for_their_file_name(analyzer: Analyzer) -> None:
    body = {
        "model": "m",
        "messages": [
            {
                "role": "user",
                "content": [
                    {
                        "type": "document",
                        "source": {
                            "type": "url",
                            "url": "https://files.example-hospital.org/notes/maria_gonzalez_discharge.pdf",
                        },
                    }
                ],
            }
        ],
    }
    found = scan_document(body, analyzer=analyzer).findings
    assert ("/messages/0/content/0/source/url", "phi-person-name") in {(f.pointer, f.rule) for f in found}


def test_clean_request_is_clean_under_every_profile(analyzer: Analyzer) -> None:
    for profile in ("hipaa", "zdr", "none"):
        report = scan_document(_load("clean.json"), options=ScanOptions(profile=profile), analyzer=analyzer)
        assert report.findings == (), profile


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("phiscan")
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "400"}
    return subprocess.run(
        [str(exe), "scan", "--no-cache", *args], capture_output=True, text=True, env=env, timeout=300, check=False
    )


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("clean.json", 0),
        ("phi-in-strict-schema.json", 1),
        ("non-eligible-features.json", 1),
        ("bad-metadata.json", 1),
        ("file-sources.json", 1),
    ],
)
def test_cli_exit_codes(name: str, code: int) -> None:
    assert _cli(str(REQUESTS / name)).returncode == code


def test_cli_prints_the_400_and_honours_profile() -> None:
    path = str(REQUESTS / "non-eligible-features.json")
    out = _cli(path).stdout
    assert (
        "The requested features are not available for HIPAA-regulated organizations without Zero Data "
        "Retention: code_execution, programmatic_tool_calling, web_fetch, context_management, skills, "
        "mcp_connector." in out
    )
    assert _cli(path, "--profile", "none").returncode == 0
    zdr = _cli(path, "--profile", "zdr", "--format", "json")
    rows = {f["rule"]: f["severity"] for f in json.loads(zdr.stdout)["findings"]}
    assert rows["feature-code-execution"] == "high" and rows["feature-web-fetch"] == "low"
    assert all(f["surface"] == "feature" for f in json.loads(zdr.stdout)["findings"])


def test_a_request_with_no_string_to_scan_is_still_checked_for_its_features() -> None:
    edits = {"edits": [{"type": "clear_tool_uses_20250919"}]}
    request = {
        "model": "claude-sonnet-4-5",
        "context_management": edits,
        "messages": [{"role": "user", "content": "hi"}],
    }
    report = phiscan.scan_document(request, options=phiscan.ScanOptions(cache=None))
    assert {f.rule for f in report.findings} == {"feature-context-management"} and not report.ok
