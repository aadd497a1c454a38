"""The published pre-commit hook: every entry runs, and the real `pre-commit` blocks a commit with PHI.

The real-pre-commit test installs the hook from this checkout's committed HEAD (pre-commit
clones a repository at a revision; uncommitted work is not part of a revision), in a
virtualenv pre-commit builds itself.  PRE_COMMIT_HOME lives in the pytest cache, so only the
first run after a new commit pays for the install.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent.parent
HOOKS = ROOT / ".pre-commit-hooks.yaml"
FIXTURES = ROOT / "fixtures" / "config" / "precommit"
CLEAN = FIXTURES / "clean.schema.json"
DIRTY = FIXTURES / "dirty.schema.json"
RAW_SSN = "078-05-1123"
BIN = Path(sys.executable).parent


def _hooks() -> list[dict[str, Any]]:
    hooks = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert isinstance(hooks, list) and hooks
    return hooks


def test_hooks_file_publishes_phiscan() -> None:
    hook = next(h for h in _hooks() if h["id"] == "phiscan")
    assert hook["language"] == "python"
    assert hook["types_or"] == ["json", "yaml"]
    assert hook["entry"] == "phiscan-hook"
    assert hook["require_serial"] is False


@pytest.mark.parametrize("hook", _hooks(), ids=lambda h: h["id"])
def test_every_hook_entry_runs(hook: dict[str, Any], tmp_path: Path) -> None:
    """Run each entry the way pre-commit does: the console script with file names appended."""
    argv = shlex.split(hook["entry"]) + list(hook.get("args", []))
    exe = shutil.which(argv[0], path=str(BIN)) or shutil.which(argv[0])
    assert exe is not None, f"hook {hook['id']}: entry {argv[0]!r} is not an installed console script"
    for name, expected in ((CLEAN, 0), (DIRTY, 1)):
        target = tmp_path / name.name  # outside the checkout: the repo's own config must not apply
        shutil.copy(name, target)
        result = subprocess.run(
            [exe, *argv[1:], str(target)], capture_output=True, text=True, timeout=300, cwd=tmp_path
        )
        assert result.returncode == expected, f"{hook['id']} on {name.name}: {result.stdout}{result.stderr}"
    assert RAW_SSN not in result.stdout + result.stderr


def _git(cwd: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return _retry(["git", *args], cwd, env)


def _retry(cmd: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run `cmd`; again if pre-commit's sqlite store was busy (another run sharing PRE_COMMIT_HOME)."""
    for _ in range(10):
        result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
        if "database is locked" not in result.stdout + result.stderr:
            break
        time.sleep(3)
    return result


def test_real_pre_commit_blocks_a_commit_with_phi(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True)
    cache = getattr(request.config, "cache", None)  # None under -p no:cacheprovider: install afresh
    home = cache.mkdir("pre-commit-home") if cache is not None else tmp_path / "pre-commit-home"
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(home),
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    repo = tmp_path / "consumer"
    repo.mkdir()
    assert _git(repo, "init", "-q", "-b", "main", env=env).returncode == 0
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {ROOT}\n  rev: {head.stdout.strip()}\n  hooks:\n  - id: phiscan\n", encoding="utf-8"
    )
    pre_commit = shutil.which("pre-commit", path=str(BIN)) or "pre-commit"
    installed = _retry([pre_commit, "install"], repo, env)
    assert installed.returncode == 0, installed.stdout + installed.stderr

    shutil.copy(CLEAN, repo / "appointment.schema.json")
    _git(repo, "add", ".", env=env)
    clean = _git(repo, "commit", "-m", "clean schema", env=env)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "phiscan (PHI and secrets in schemas)" in clean.stdout + clean.stderr
    assert "Passed" in clean.stdout + clean.stderr

    shutil.copy(DIRTY, repo / "appointment.schema.json")
    _git(repo, "add", ".", env=env)
    dirty = _git(repo, "commit", "-m", "schema with an SSN", env=env)
    out = dirty.stdout + dirty.stderr
    assert dirty.returncode != 0, out
    assert "Failed" in out and "- hook id: phiscan" in out
    assert "appointment.schema.json:7:40 high phi-ssn /properties/ssn/const" in out
    assert "a social security number in const" in out
    assert RAW_SSN not in out
    log = _git(repo, "log", "--oneline", env=env).stdout.splitlines()
    assert len(log) == 1  # the dirty commit was blocked
    # drop environments of revisions no remaining config uses, so the cache does not grow per commit
    _retry([pre_commit, "gc"], repo, env)
