"""Broken and hostile files, each beside a good file, through the library and the real CLI."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from phiscan import scan_paths
from phiscan.detect.analyzer import Analyzer

from .conftest import NAME, SSN, assert_no_leak, good_rules, messages, report_rules, run_cli, write_good

_PLANTED = json.dumps({"type": "object", "properties": {"ssn": {"type": "string", "enum": [SSN, NAME]}}})


def _deep_json(depth: int) -> str:
    return '{"items":' * depth + '{"enum": ["' + SSN + '"]}' + "}" * depth


def _deep_yaml(depth: int) -> str:
    return "[" * depth + SSN + "]" * depth


def _billion_laughs() -> str:
    lines = ['a: &a ["' + NAME + '", "' + NAME + '"]']
    for i in range(1, 10):
        prev = chr(ord("a") + i - 1)
        lines.append(f"{chr(ord('a') + i)}: &{chr(ord('a') + i)} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}]")
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Case:
    """One broken file: how to write it, and the error it must give (None: it scans cleanly)."""

    name: str
    write: Callable[[Path], object]
    message: str | None
    line: int | None = None
    column: int | None = None


def _text(content: str) -> Callable[[Path], object]:
    return lambda p: p.write_text(content, encoding="utf-8")


def _bytes(content: bytes) -> Callable[[Path], object]:
    return lambda p: p.write_bytes(content)


def _symlink(target: str) -> Callable[[Path], object]:
    return lambda p: p.symlink_to(p.parent / target)


def _loop(p: Path) -> None:
    p.symlink_to(p.parent / "loop-b.json")
    (p.parent / "loop-b.json").symlink_to(p)


def _sparse(size: int) -> Callable[[Path], object]:
    def write(p: Path) -> None:
        with p.open("wb") as f:
            f.write(b'{"enum": ["' + SSN.encode() + b'"]')
            f.truncate(size)  # a hole: 200 MB on paper, a few bytes on disk

    return write


CASES = [
    Case(
        "invalid.json",
        _text('{"type": "object",\n  "properties": {"ssn": {"enum": ["' + SSN + '"]}\n'),
        "invalid JSON: expecting ',' delimiter",
        3,
        1,
    ),
    Case("trailing.json", _text('{"enum": ["' + SSN + '",]}'), "invalid JSON: expecting value", 1, 25),
    Case("invalid.yaml", _text("type: object\nenum: [" + NAME + ", " + SSN + "\n"), "invalid YAML", 3, 1),
    Case(
        "latin1.json",
        _bytes(('{"description": "' + NAME.replace("a", "\xe1") + '"}').encode("latin-1")),
        "file is not UTF-8 text (byte 0xe1 at offset 18)",
    ),
    Case("bom8.json", _bytes(b"\xef\xbb\xbf" + _PLANTED.encode()), None),
    Case("bom16.json", _bytes(_PLANTED.encode("utf-16")), None),
    Case("binary.json", _bytes(b"\x7fELF\x02\x01\x01\x00" + SSN.encode() + bytes(range(256))), "file looks binary"),
    Case("empty.json", _text(""), None),
    Case("blank.yaml", _text("   \n# only a comment\n"), None),
    Case("broken-link.json", _symlink("nowhere.json"), "broken symlink"),
    Case("loop-a.json", _loop, "too many levels of symbolic links"),
    Case("laughs.yaml", _text(_billion_laughs()), "aliases"),
    Case("tags.yaml", _text("a: !!python/object/apply:os.system ['touch pwned']\nb: " + SSN + "\n"), "tag"),
    Case("custom-tag.yaml", _text("enum: !Ref [" + NAME + "]\n"), "tag"),
    Case(
        "duplicate.json",
        _text('{"enum": ["' + SSN + '"],\n "enum": ["' + NAME + '"]}'),
        "duplicate key in an object",
        2,
        2,
    ),
    Case("duplicate.yaml", _text("enum: [" + SSN + "]\nenum: [" + NAME + "]\n"), "duplicate key", 2, 1),
    Case("deep.json", _text(_deep_json(100_000)), "nesting deeper than max_depth (512)"),
    Case("deep.yaml", _text(_deep_yaml(100_000)), "nesting deeper than max_depth (512)"),
    Case("huge.json", _sparse(200_000_000), "file is 200 MB, over max_file_bytes (50 MB)"),
]
IDS = [c.name for c in CASES]
_LINKS = {"broken-link.json", "loop-a.json"}
_BY_NAME = {c.name: c for c in CASES}


def _write_case(folder: Path, case: Case) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / case.name
    case.write(path)
    return path


def _all_cases(tmp_path: Path) -> Path:
    folder = tmp_path / "tree"
    for case in CASES:
        _write_case(folder, case)
    write_good(folder)
    return folder


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_library_reports_each_broken_file_and_still_scans_the_good_one(
    case: Case, tmp_path: Path, analyzer: Analyzer
) -> None:
    bad = _write_case(tmp_path, case)
    good = write_good(tmp_path)
    report = scan_paths([bad, good], analyzer=analyzer)
    assert report_rules(report) >= {"phi-person-name", "phi-ssn"}
    assert_no_leak(messages(report))
    if case.message is None:
        assert not report.errors, messages(report)
        assert report.exit_code == 1
        return
    (error,) = report.errors
    assert error.path == bad.as_posix()
    assert case.message in error.message
    assert (error.line, error.column) == (case.line, case.column) or case.line is None
    assert report.exit_code == 2


def test_a_bom_does_not_hide_the_values_after_it(tmp_path: Path, analyzer: Analyzer) -> None:
    for name in ("bom8.json", "bom16.json"):
        path = _write_case(tmp_path, _BY_NAME[name])
        assert {f.rule for f in scan_paths([path], analyzer=analyzer).findings} >= {"phi-ssn"}, name


def test_yaml_tags_construct_nothing(tmp_path: Path, analyzer: Analyzer) -> None:
    os.chdir(tmp_path)
    scan_paths([_write_case(tmp_path, _BY_NAME["tags.yaml"])], analyzer=analyzer)
    assert not (tmp_path / "pwned").exists()


def test_a_folder_named_like_a_schema_is_walked_as_a_folder(tmp_path: Path, analyzer: Analyzer) -> None:
    folder = tmp_path / "x.json"
    write_good(folder)
    report = scan_paths([folder, tmp_path], analyzer=analyzer)
    assert not report.errors
    assert report_rules(report) >= {"phi-person-name", "phi-ssn"}


def _fail_open_for(name: str) -> str:
    """Code that makes opening `name` fail with EACCES, as it does for a non-root user."""
    return (
        "import builtins, errno, phiscan.documents.load\n"
        "def _open(path, *a, **k):\n"
        f"    if str(path).endswith({name!r}):\n"
        "        raise PermissionError(errno.EACCES, 'Permission denied')\n"
        "    return builtins.open(path, *a, **k)\n"
        "phiscan.documents.load.open = _open\n"
    )


def test_an_unreadable_file_is_reported_and_the_run_goes_on(
    tmp_path: Path, analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests run as root, which reads through mode bits: opening fails the way it would for a user.
    # (tests/test_load.py checks the real EACCES path in a child dropped to `nobody`.)
    locked = tmp_path / "locked.json"
    locked.write_text(_PLANTED)
    locked.chmod(0)
    good = write_good(tmp_path)
    namespace: dict[str, object] = {}
    exec(_fail_open_for("locked.json"), namespace)
    monkeypatch.setattr("phiscan.documents.load.open", namespace["_open"], raising=False)
    report = scan_paths([locked, good], analyzer=analyzer)
    assert [(e.path, e.message) for e in report.errors] == [(locked.as_posix(), "permission denied")]
    assert report_rules(report) >= {"phi-person-name", "phi-ssn"}
    assert report.exit_code == 2


def test_cli_unreadable_file(tmp_path: Path, cache_dir: Path) -> None:
    locked = tmp_path / "locked.json"
    locked.write_text(_PLANTED)
    good = write_good(tmp_path)
    run = run_cli(locked, good, "--format", "json", cache_dir=cache_dir, wrapper=_fail_open_for("locked.json"))
    assert run.code == 2, run.stderr
    assert [e["message"] for e in run.json["errors"]] == ["permission denied"]
    assert good_rules(run.json["findings"]) >= {"phi-person-name", "phi-ssn"}
    assert_no_leak(run.stdout, run.stderr)


def test_cli_reports_every_broken_file_in_one_run(tmp_path: Path, cache_dir: Path) -> None:
    folder = _all_cases(tmp_path)
    run = run_cli(folder, "--format", "json", cache_dir=cache_dir)
    assert run.code == 2, run.stderr
    report = run.json
    errors = {Path(e["path"]).name: e for e in report["errors"]}
    notes = {Path(n["path"]).name: n["message"] for n in report["notes"]}
    for case in CASES:
        if case.message is None:
            assert case.name not in errors
            continue
        if case.name in _LINKS:  # met inside a folder, a link is not followed: a note names it instead
            assert notes[case.name] == "symbolic link not followed (--follow-symlinks reads it)"
            continue
        error = errors[case.name]
        assert case.message in error["message"], case.name
        if case.line is not None:
            assert (error["line"], error["column"]) == (case.line, case.column), case.name
    assert good_rules(report["findings"]) >= {"phi-person-name", "phi-ssn"}
    assert {"bom8.json", "bom16.json"} <= {Path(f["path"]).name for f in report["findings"]}
    # Default output masks values; errors and notes never quote the file.
    assert_no_leak(run.stdout, run.stderr)


def test_cli_text_output_names_file_line_and_column_without_values(tmp_path: Path, cache_dir: Path) -> None:
    folder = _all_cases(tmp_path)
    run = run_cli(folder, cache_dir=cache_dir)
    assert run.code == 2
    assert f"{(folder / 'invalid.json').as_posix()}:3:1: invalid JSON: expecting ',' delimiter" in run.stdout
    assert f"{(folder / 'duplicate.json').as_posix()}:2:2: duplicate key in an object" in run.stdout
    assert "Traceback" not in run.stderr
    assert_no_leak(run.stdout, run.stderr)
