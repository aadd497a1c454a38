"""`$ref`: cycles, missing and outside targets are harmless, and remote refs are never fetched."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from phiscan import scan_document, scan_paths
from phiscan.detect.analyzer import Analyzer

from .conftest import NAME, SSN, assert_no_leak, good_rules, messages, report_rules, run_cli, write_good


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A socket listening on 127.0.0.1 that no scan may connect to."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        server.setblocking(False)
        yield server


def _assert_untouched(server: socket.socket) -> None:
    with pytest.raises(BlockingIOError):
        server.accept()  # a connection, even one closed at once, would be waiting here


def _schema(port: int, outside: Path) -> dict[str, Any]:
    remote = [
        f"http://127.0.0.1:{port}/x.json",
        f"https://127.0.0.1:{port}/x.json#/a",
        f"//127.0.0.1:{port}/x.json",
        "file:///etc/passwd",
        f"{outside.as_uri()}#/properties",
        outside.name,
        f"{outside.name}#/properties/secret",
        f"http://localhost:{port}/x.json",
    ]
    return {
        "$id": f"http://127.0.0.1:{port}/root.json",
        "type": "object",
        "$defs": {
            "loop": {"$ref": "#/$defs/loop2"},
            "loop2": {"$ref": "#/$defs/loop", "enum": [SSN]},
            "self": {"$ref": "#"},
        },
        "properties": {
            "a": {"$ref": "#/$defs/loop"},
            "missing": {"$ref": "#/$defs/nowhere"},
            "bad-pointer": {"$ref": "#/properties/a/~2/%zz"},
            "up": {"$ref": "#/../../etc"},
            "patient": {"type": "string", "enum": [NAME]},
            **{f"remote{i}": {"$ref": ref} for i, ref in enumerate(remote)},
        },
    }


def _outside(tmp_path: Path) -> Path:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    path = folder / "other.json"
    path.write_text(json.dumps({"properties": {"secret": {"enum": ["078-05-9999 Jane Q. Outsider"]}}}))
    return path


def test_library_follows_local_refs_once_and_never_leaves_the_document(
    tmp_path: Path, analyzer: Analyzer, listener: socket.socket
) -> None:
    port = listener.getsockname()[1]
    schema = _schema(port, _outside(tmp_path))
    report = scan_document(schema, path="refs.json", analyzer=analyzer)
    assert {(f.rule, f.pointer) for f in report.findings} == {
        ("phi-ssn", "/$defs/loop2/enum/0"),
        ("phi-person-name", "/properties/patient/enum/0"),
    }
    assert not report.errors
    assert_no_leak(messages(report))
    (tmp_path / "scan").mkdir()
    (tmp_path / "scan" / "refs.json").write_text(json.dumps(schema))
    write_good(tmp_path / "scan")
    files = scan_paths([tmp_path / "scan"], analyzer=analyzer)
    assert report_rules(files) >= {"phi-person-name", "phi-ssn"}
    assert not any("Outsider" in (f.text + f.path) or "other.json" in f.path for f in files.findings)
    _assert_untouched(listener)


def test_cli_never_fetches_a_remote_ref(tmp_path: Path, cache_dir: Path, listener: socket.socket) -> None:
    port = listener.getsockname()[1]
    folder = tmp_path / "scan"
    folder.mkdir()
    (folder / "refs.json").write_text(json.dumps(_schema(port, _outside(tmp_path))))
    (folder / "refs.yaml").write_text(f"$ref: http://127.0.0.1:{port}/y.yaml\ntype: object\n")
    write_good(folder)
    run = run_cli(folder, "--format", "json", cache_dir=cache_dir)
    assert run.code == 1, run.stderr
    assert good_rules(run.json["findings"]) >= {"phi-person-name", "phi-ssn"}
    assert not run.json["errors"]
    assert_no_leak(run.stdout, run.stderr)
    _assert_untouched(listener)
