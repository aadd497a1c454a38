"""Fail closed: a file phiscan could not fully look at is an error (exit 2), never a quiet pass.

Each case is what a security review did to phiscan: a lone surrogate next to an SSN, a detector that
fails on one string, a `--jobs` worker that dies, folders it may not list, symbolic links that leave the
tree, a damaged cache row.  The rest of the run is always still reported.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from phiscan import ScanOptions, scan_document, scan_paths
from phiscan.detect.analyzer import Analyzer
from phiscan.errors import FindingsError
from phiscan.report import FORMATS, reporter
from phiscan.surfaces.views import View
from phiscan.types import FailureReason

from .conftest import SSN, assert_no_leak, messages, report_rules, run_cli, write_good

SURROGATE_SSN = '{"type": "object", "properties": {"id": {"type": "string", "const": "412-67-8831 \\ud800"}}}'
SURROGATE_KEY = '{"type": "object", "properties": {"k\\ud800y": {"type": "string", "const": "078-05-1121"}}}'


# lone surrogates: analysed, not dropped; shown escaped, never a crash


def test_an_ssn_beside_a_lone_surrogate_is_found(analyzer: Analyzer) -> None:
    report = scan_document(json.loads(SURROGATE_SSN), analyzer=analyzer)
    assert [f.rule for f in report.findings] == ["phi-ssn"]
    assert report.exit_code == 1 and not report.errors


def test_cli_writes_a_surrogate_key_escaped(tmp_path: Path, cache_dir: Path) -> None:
    (tmp_path / "s.json").write_text(SURROGATE_SSN, encoding="ascii")
    (tmp_path / "k.json").write_text(SURROGATE_KEY, encoding="ascii")
    write_good(tmp_path)
    run = run_cli(tmp_path, "--format", "json", cache_dir=cache_dir)
    assert run.code == 1, run.stderr
    assert "Traceback" not in run.stderr
    assert {Path(f["path"]).name for f in run.json["findings"]} == {"s.json", "k.json", "good.json"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_writes_a_surrogate_key_to_strict_utf8(tmp_path: Path, analyzer: Analyzer, fmt: str) -> None:
    (tmp_path / "s.json").write_text(SURROGATE_SSN, encoding="ascii")
    (tmp_path / "k.json").write_text(SURROGATE_KEY, encoding="ascii")
    write_good(tmp_path)
    report = scan_paths([tmp_path], analyzer=analyzer)
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-8", errors="strict")  # as stdout is: a surrogate would raise
    reporter(fmt)(report, out)
    out.flush()
    text = raw.getvalue().decode("utf-8")
    if fmt in ("json", "sarif", "gitlab-sast", "gitlab-codequality"):
        json.loads(text)  # whole, parseable output: the other files' results are not lost


def test_cli_sarif_names_a_file_whose_name_is_not_utf8(tmp_path: Path, cache_dir: Path) -> None:
    odd = os.fsdecode(b"intake-\xff.json")
    (tmp_path / odd).write_text(SURROGATE_SSN, encoding="ascii")
    run = run_cli(tmp_path, "--format", "sarif", cache_dir=cache_dir)
    assert run.code == 1, run.stderr
    uris = [
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in json.loads(run.stdout)["runs"][0]["results"]
    ]
    assert uris and all(uri.endswith("intake-%FF.json") for uri in uris)


# a detector that fails on one string fails its file, not the run


@pytest.fixture
def failing_on_poison(analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch) -> Analyzer:
    analyzer.analyze([View("warm up Maria Gonzalez 078-05-1120", (), "")])
    engine = analyzer._engine
    real = engine.analyze

    def analyze(*args: Any, **kwargs: Any) -> Any:
        if "Poison" in kwargs.get("text", ""):
            raise MemoryError("simulated failure on " + kwargs["text"])
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "analyze", analyze)
    return analyzer


def _poisoned() -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "ssn": {"type": "string", "const": SSN},
            "note": {"type": "string", "description": "Poison 412-67-8831"},
        },
    }


def test_a_detection_failure_is_an_error_of_its_file(failing_on_poison: Analyzer) -> None:
    report = scan_document(_poisoned(), path="p.json", analyzer=failing_on_poison)
    assert [f.rule for f in report.findings] == ["phi-ssn"]  # the rest of the file is still reported
    assert [e.reason for e in report.errors] == [FailureReason.DETECTION_FAILED]
    assert report.failures == report.errors
    assert not report.ok and report.exit_code == 2
    with pytest.raises(FindingsError, match="could not be"):
        report.raise_for_findings()
    assert_no_leak(messages(report))


def test_sarif_and_github_carry_a_detection_failure_as_an_error(failing_on_poison: Analyzer) -> None:
    import io

    report = scan_document(_poisoned(), path="p.json", analyzer=failing_on_poison)
    sarif = io.StringIO()
    reporter("sarif")(report, sarif)
    run = json.loads(sarif.getvalue())["runs"][0]
    assert run["invocations"][0]["executionSuccessful"] is False
    assert [n["level"] for n in run["invocations"][0]["toolExecutionNotifications"]] == ["error"]
    github = io.StringIO()
    reporter("github")(report, github)
    assert any(line.startswith("::error ") and "detection failed" in line for line in github.getvalue().splitlines())


def test_a_guard_blocks_a_request_it_could_not_scan_even_when_findings_are_only_logged(
    failing_on_poison: Analyzer,
) -> None:
    from phiscan.sdk.guard import Guard
    from phiscan.types import Severity

    body = {
        "model": "m",
        "messages": [],
        "tools": [
            {
                "name": "t",
                "description": "Poison",
                "input_schema": {
                    "type": "object",
                    "properties": {"x": {"type": "string", "description": "Poison 412-67-8831"}},
                },
            }
        ],
    }
    logging_guard = Guard("hipaa", Severity.MEDIUM, (), "log", failing_on_poison)
    with pytest.raises(FindingsError):
        logging_guard.verdict(logging_guard.check(body))
    sending = Guard("hipaa", Severity.MEDIUM, (), "log", failing_on_poison, on_error="send")
    sending.verdict(sending.check(body))  # the caller chose to send what could not be scanned: no raise


# a --jobs worker that dies loses only its own files


_KILL_WORKER_ON = """
import os, phiscan.scan as s
PARENT = os.getpid()
_real = s.scan_files
def scan_files(files, *a, **k):
    if any('poison' in str(f) for f in files) and os.getpid() != PARENT:
        os._exit(3)  # what the OOM killer does to a worker
    return _real(files, *a, **k)
s.scan_files = scan_files
"""


def test_cli_a_dead_worker_makes_its_files_errors_and_keeps_the_others(tmp_path: Path, cache_dir: Path) -> None:
    for i in range(12):
        write_good(tmp_path, f"good{i:02d}.json")
    (tmp_path / "poison.json").write_text(json.dumps({"type": "string", "const": SSN}))
    run = run_cli(tmp_path, "--format", "json", "--jobs", "2", cache_dir=cache_dir, wrapper=_KILL_WORKER_ON)
    assert run.code == 2, run.stderr
    errors = run.json["errors"]
    assert errors and all(e["reason"] == "worker-failed" for e in errors)
    assert "poison.json" in {Path(e["path"]).name for e in errors}
    scanned = {Path(f["path"]).name for f in run.json["findings"]}
    lost = {Path(e["path"]).name for e in errors}
    assert {f"good{i:02d}.json" for i in range(12)} - lost <= scanned  # every other file is reported
    assert len(lost) < 13


# folders phiscan may not list, and symbolic links out of the tree


def test_a_folder_that_cannot_be_listed_is_an_error_and_the_rest_is_scanned(
    tmp_path: Path, analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    write_good(locked, "inside.json")
    write_good(tmp_path)
    real = os.scandir

    def scandir(path: Any = ".") -> Any:  # what listing a folder without read permission does for a user
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    report = scan_paths([tmp_path], analyzer=analyzer)
    assert [(Path(e.path).name, e.reason) for e in report.errors] == [("locked", FailureReason.UNREADABLE)]
    assert report_rules(report) >= {"phi-ssn"} and report.exit_code == 2


@pytest.fixture
def world_readable_tree() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp())
    try:
        os.chmod(folder, 0o755)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.skipif(os.geteuid() != 0, reason="drops to `nobody`, which only root can do")
def test_as_a_user_unreadable_folders_and_files_under_them_are_errors(
    world_readable_tree: Path, analyzer: Analyzer
) -> None:
    # Root reads through mode bits, and tests run as root: a forked child drops to `nobody` so the real
    # EACCES paths run (listing a folder, and stat() of a file under a folder it may not enter).
    root = world_readable_tree
    write_good(root / "ok")
    write_good(root / "secret", "hidden.json")
    os.chmod(root / "ok", 0o755)
    os.chmod(root / "ok" / "good.json", 0o644)
    os.chmod(root / "secret", 0o700)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.setgid(65534)
            os.setuid(65534)
            report = scan_paths([root / "ok", root / "secret", root / "secret" / "hidden.json"], analyzer=analyzer)
            out = {
                "errors": [Path(e.path).name for e in report.errors],
                "rules": sorted(report_rules(report)),
                "code": report.exit_code,
            }
            os.write(write_end, json.dumps(out).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    data = b""
    while chunk := os.read(read_end, 65536):
        data += chunk
    os.waitpid(pid, 0)
    result = json.loads(data)
    assert sorted(result["errors"]) == ["hidden.json", "secret"]
    assert "phi-ssn" in result["rules"] and result["code"] == 2


def test_symbolic_links_out_of_the_tree_are_not_followed_unless_asked(tmp_path: Path, analyzer: Analyzer) -> None:
    outside = tmp_path / "outside"
    write_good(outside, "passwd.json")
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "passwd.json").symlink_to(outside / "passwd.json")
    (tree / "linked").symlink_to(outside, target_is_directory=True)
    report = scan_paths([tree], analyzer=analyzer)
    assert not report.findings and report.files_scanned == 0
    assert [n.message for n in report.notes] == ["symbolic link not followed (--follow-symlinks reads it)"]
    followed = scan_paths([tree], options=ScanOptions(follow_symlinks=True), analyzer=analyzer)
    assert followed.files_scanned == 2 and report_rules(followed, "passwd.json") >= {"phi-ssn"}


def test_cli_follow_symlinks_flag(tmp_path: Path, cache_dir: Path) -> None:
    write_good(tmp_path / "outside", "passwd.json")
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "passwd.json").symlink_to(tmp_path / "outside" / "passwd.json")
    assert run_cli(tree, "--format", "json", cache_dir=cache_dir).json["files_scanned"] == 0
    assert run_cli(tree, "--format", "json", "--follow-symlinks", cache_dir=cache_dir).json["files_scanned"] == 1


# the verdict cache: any damaged row is a miss


def test_a_cache_row_that_cannot_be_decoded_is_a_miss(tmp_path: Path, cache_dir: Path) -> None:
    good = write_good(tmp_path / "src")
    first = run_cli(good, "--format", "json", cache_dir=cache_dir)
    (db,) = (cache_dir / "phiscan").glob("verdicts-*.sqlite")
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE verdicts SET dets = ?", ("[" * 100_000,))
    for _ in range(2):  # and it stays a miss: the next scan is not broken by it either
        again = run_cli(good, "--format", "json", cache_dir=cache_dir)
        assert again.code == first.code == 1, again.stderr
        assert again.json["findings"] == first.json["findings"]
