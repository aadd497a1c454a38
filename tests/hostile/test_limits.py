"""Size and depth limits: each breach is reported, never a silent skip, and never a hang or a crash."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from phiscan import ScanOptions, scan_document, scan_paths
from phiscan.detect.analyzer import Analyzer
from phiscan.documents.load import Limits
from phiscan.surfaces.views import MAX_VIEW_CHARS

from .conftest import NAME, SSN, assert_no_leak, good_rules, messages, report_rules, run_cli, write_good

_WORDS = [f"option{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676 % 26)}" for i in range(17_576)]


def _many_members(n: int) -> list[str]:
    """`n` enum members; only the first holds PHI (the rest are plain words, so detection skips them)."""
    return [SSN, *(_WORDS[i % len(_WORDS)] for i in range(n - 1))]


def test_defaults_are_the_documented_ones() -> None:
    limits = Limits()
    assert (limits.max_file_bytes, limits.max_depth, limits.max_string_chars, limits.max_surfaces_per_file) == (
        50_000_000,
        512,
        100_000,
        200_000,
    )
    assert limits.max_string_chars == MAX_VIEW_CHARS


def test_a_50_mb_string_is_analysed_up_to_the_limit_and_a_note_says_so(analyzer: Analyzer) -> None:
    body = {"type": "string", "description": f"{NAME}, SSN {SSN}. " + "x" * 50_000_000 + f" {SSN[::-1]}"}
    report = scan_document(body, path="big.json", analyzer=analyzer)
    assert {f.rule for f in report.findings} >= {"phi-ssn"}
    (note,) = report.errors
    assert note.message == (
        f"the description at /description is {len(body['description'])} characters long: "
        "only the first 100000 (max_string_chars) were analysed"
    )
    assert report.exit_code == 2  # fail closed: the part not analysed fails the file; the finding still shows
    assert_no_leak(messages(report))


def test_max_string_chars_applies_to_every_view_of_a_string(analyzer: Analyzer) -> None:
    # Before: views.py cut strings at 20,000 characters silently, whatever the limits said.
    body = {"type": "object", "properties": {"a": {"type": "string", "description": "y" * 30 + " SSN " + SSN}}}
    cut = scan_document(body, options=ScanOptions(limits=Limits(max_string_chars=20)), analyzer=analyzer)
    assert not cut.findings
    assert [e.message for e in cut.errors] == [
        "the description at /properties/a/description is 46 characters "
        "long: only the first 20 (max_string_chars) were analysed"
    ]
    whole = scan_document({"type": "string", "description": "y" * 30_000 + " SSN " + SSN}, analyzer=analyzer)
    assert {f.rule for f in whole.findings} == {"phi-ssn"} and not whole.errors


def test_a_key_over_the_limit_is_not_named_in_the_note(analyzer: Analyzer) -> None:
    key = NAME + " " + "z" * 40
    report = scan_document(
        {"type": "object", "properties": {key: {"type": "string"}}},
        options=ScanOptions(limits=Limits(max_string_chars=30)),
        analyzer=analyzer,
    )
    (note,) = report.errors
    assert note.message.startswith("the property name of the schema at (root) is 55 characters long")
    assert_no_leak(note.message)


def test_a_million_enum_members_stop_at_max_surfaces_per_file_with_an_error(analyzer: Analyzer) -> None:
    body = {"type": "string", "enum": _many_members(1_000_000)}
    report = scan_document(body, path="enum.json", analyzer=analyzer)
    assert [(e.path, e.message) for e in report.errors] == [
        ("enum.json", "more than max_surfaces_per_file (200000) strings: only the first 200000 were scanned")
    ]
    assert report.strings_scanned == 200_000
    assert [(f.rule, f.pointer) for f in report.findings] == [("phi-ssn", "/enum/0")]  # found before the cut
    assert report.exit_code == 2  # not fully scanned is not clean


def test_max_surfaces_per_file_is_per_file_and_counts_the_file_name(tmp_path: Path, analyzer: Analyzer) -> None:
    (tmp_path / "many.json").write_text(json.dumps({"type": "string", "enum": _many_members(50)}))
    good = write_good(tmp_path)
    report = scan_paths(
        [tmp_path / "many.json", good], analyzer=analyzer, options=ScanOptions(limits=Limits(max_surfaces_per_file=10))
    )
    assert [(Path(e.path).name, e.message) for e in report.errors] == [
        ("many.json", "more than max_surfaces_per_file (10) strings: only the first 10 were scanned")
    ]
    assert report_rules(report) >= {"phi-person-name", "phi-ssn"}
    assert report_rules(report, "many.json") == {"phi-ssn"}
    assert report.exit_code == 2


def test_deep_documents_in_memory_are_refused_like_deep_files(analyzer: Analyzer) -> None:
    # Before: the walk kept every pointer it had visited, so 100,000 levels needed tens of GB.
    deep: dict[str, Any] = {"type": "string", "enum": [SSN]}
    for _ in range(100_000):
        deep = {"type": "object", "properties": {"a": deep}}
    report = scan_document(deep, path="deep.json", analyzer=analyzer)
    assert [str(e) for e in report.errors] == ["deep.json: nesting deeper than max_depth (512): nothing scanned"]
    assert report.exit_code == 2
    cycle: dict[str, Any] = {"type": "object", "properties": {}}
    cycle["properties"]["self"] = cycle
    assert scan_document(cycle, analyzer=analyzer).exit_code == 2
    # Under a raised limit a document deeper than Python's recursion limit is walked: nothing recurses.
    nested: dict[str, Any] = {"type": "string", "enum": [SSN]}
    for _ in range(3_000):
        nested = {"type": "object", "properties": {"a": nested}}
    raised = scan_document(nested, options=ScanOptions(limits=Limits(max_depth=10_000)), analyzer=analyzer)
    assert not raised.errors
    assert [f.rule for f in raised.findings] == ["phi-ssn"]


def test_cli_limits_are_options_and_breaches_are_reported(tmp_path: Path, cache_dir: Path) -> None:
    (tmp_path / "many.json").write_text(json.dumps({"type": "string", "enum": _many_members(100)}))
    (tmp_path / "long.json").write_text(json.dumps({"type": "string", "description": "w" * 500}))
    (tmp_path / "big.json").write_text(json.dumps({"type": "string", "enum": ["x" * 5_000]}))
    write_good(tmp_path)
    run = run_cli(
        tmp_path,
        "--format",
        "json",
        "--max-file-bytes",
        "4000",
        "--max-string-chars",
        "300",
        "--max-surfaces-per-file",
        "20",
        cache_dir=cache_dir,
    )
    assert run.code == 2, run.stderr
    errors = {Path(e["path"]).name: e["message"] for e in run.json["errors"]}
    assert errors == {
        "big.json": "file is 5032 bytes, over max_file_bytes (4000 bytes)",
        "many.json": "more than max_surfaces_per_file (20) strings: only the first 20 were scanned",
        "long.json": "the description at /description (line 1, column 35) is 500 characters long: "
        "only the first 300 (max_string_chars) were analysed",
    }
    assert good_rules(run.json["findings"]) >= {"phi-person-name", "phi-ssn"}
    assert_no_leak(run.stdout, run.stderr)


def test_cli_a_200_mb_file_is_refused_before_reading(tmp_path: Path, cache_dir: Path) -> None:
    with (tmp_path / "huge.json").open("wb") as f:
        f.truncate(200_000_000)  # sparse: costs no disk
    write_good(tmp_path)
    run = run_cli(tmp_path, cache_dir=cache_dir)
    assert run.code == 2
    assert f"{(tmp_path / 'huge.json').as_posix()}: file is 200 MB, over max_file_bytes (50 MB)" in run.stdout
    assert "phi-ssn" in run.stdout
