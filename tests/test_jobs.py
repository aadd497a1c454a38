"""`--jobs N` gives the same report as one process, byte for byte, through the real CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _cli(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("phiscan")
    cmd = [exe] if exe else [sys.executable, "-c", "from phiscan.app.cli import main; main()"]
    env = {**os.environ, "XDG_CACHE_HOME": str(home)}
    return subprocess.run([*cmd, *map(str, args)], capture_output=True, text=True, timeout=600, env=env)


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_jobs_2_output_equals_jobs_1(tmp_path: Path, fmt: str) -> None:
    tree = tmp_path / "tree"
    shutil.copytree(FIXTURES, tree)  # every kind, clean, dirty and broken files
    assert sum(1 for _ in tree.rglob("*.json")) >= 8  # enough files for two workers to share
    one = _cli("scan", "--format", fmt, "--no-cache", "--jobs", "1", tree, home=tmp_path / "c1")
    two = _cli("scan", "--format", fmt, "--no-cache", "--jobs", "2", tree, home=tmp_path / "c2")
    assert one.returncode == two.returncode
    assert one.returncode in (1, 2), one.stderr
    assert one.stdout == two.stdout
    assert one.stdout


def test_jobs_with_a_shared_cache_match_too(tmp_path: Path) -> None:
    home = tmp_path / "c"
    plain = _cli("scan", "--format", "json", "--no-cache", FIXTURES, home=home)
    cold = _cli("scan", "--format", "json", "--jobs", "2", FIXTURES, home=home)
    warm = _cli("scan", "--format", "json", "--jobs", "2", FIXTURES, home=home)
    assert plain.stdout == cold.stdout == warm.stdout
