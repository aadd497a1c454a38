"""Helpers for the hostile-input suite: every input is written by the test itself, in `tmp_path`.

Each case goes through the library (with the session analyzer) and through the real CLI
(`python -m phiscan scan`), and checks the report, the exit code, that a good file in the same
run is still scanned, and that no planted value leaks into an error, a note or stderr.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from phiscan.types import Report

SSN = "078-05-1121"
NAME = "Maria Gonzalez"
SENTINELS = (SSN, NAME, "0780511", "Gonzalez")

# A schema whose findings prove the good file next to a hostile one was still scanned.
GOOD_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "patient": {"type": "string", "enum": [NAME]},
        "ssn": {"type": "string", "const": SSN},
    },
}
GOOD_RULES = {"phi-person-name", "phi-ssn"}


@dataclass(frozen=True)
class CliRun:
    """What one run of the real CLI produced."""

    code: int
    stdout: str
    stderr: str

    @property
    def json(self) -> dict[str, Any]:
        out: dict[str, Any] = json.loads(self.stdout)
        return out


def run_cli(*args: str | os.PathLike[str], cache_dir: Path, wrapper: str | None = None, timeout: float = 300) -> CliRun:
    """`python -m phiscan scan ARGS`; with `wrapper`, that code runs first in the same interpreter."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_dir)}
    entry = ["-m", "phiscan"] if wrapper is None else ["-c", wrapper + "\nfrom phiscan.app.cli import main\nmain()"]
    done = subprocess.run(
        [sys.executable, *entry, "scan", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )
    return CliRun(done.returncode, done.stdout, done.stderr)


def write_good(folder: Path, name: str = "good.json") -> Path:
    """A well-formed schema holding a name and an SSN."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(GOOD_SCHEMA), encoding="utf-8")
    return path


def good_rules(findings: list[dict[str, Any]], name: str = "good.json") -> set[str]:
    """Rules reported for the good file in a JSON report's findings."""
    return {f["rule"] for f in findings if Path(f["path"]).name == name}


def report_rules(report: Report, name: str = "good.json") -> set[str]:
    """Rules reported for the good file in a library report."""
    return {f.rule for f in report.findings if Path(f.path).name == name}


def assert_no_leak(*texts: str) -> None:
    """No planted value in any of `texts` (errors, notes, stderr, default output)."""
    for text in texts:
        for value in SENTINELS:
            assert value not in text, f"a planted value leaked: {text[:200]!r}"


def messages(report: Report) -> str:
    """Every error and note of a report, one per line."""
    return "\n".join([str(e) for e in report.errors] + [f"{n.path}: {n.message}" for n in report.notes])


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    """A private verdict cache for CLI runs."""
    path = tmp_path / "cache"
    path.mkdir()
    return path
