"""Baseline files that ask for a hash cost phiscan will not pay: too weak to protect the values
(n=2, r=1, p=1 makes every SSN reversible in CPU-hours), or so high a scan crawls or runs out of memory.
The file is not trusted: such a file is a `ConfigError` naming it, through the library and the real CLI,
and `baseline update` never lowers the cost of a file it accepts."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from phiscan.errors import ConfigError
from phiscan.policy import baseline as bl

from .conftest import CliRun, assert_no_leak, run_cli, write_good

SALT = "00112233445566778899aabbccddeeff"


def _file(path: Path, n: Any, r: Any, p: Any, **extra: Any) -> Path:
    head = {"algorithm": "scrypt", "n": n, "r": r, "p": p, "dklen": 16, **extra}
    path.write_text(json.dumps({"version": 1, "hash": head, "salt": SALT, "results": []}), encoding="utf-8")
    return path


def _phiscan(*args: str, cwd: Path, cache_dir: Path) -> CliRun:
    """`python -m phiscan ARGS` in `cwd` (for the `baseline` commands, which `run_cli` does not run)."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_dir)}
    done = subprocess.run(
        [sys.executable, "-m", "phiscan", *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=300
    )
    return CliRun(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def no_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refusing a cost must not need scrypt to fail first (MemoryError, ValueError or minutes of work)."""

    def refuse(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("scrypt was called with a cost the file asked for")

    monkeypatch.setattr(hashlib, "scrypt", refuse)


COSTS = {
    "weak": ((2, 1, 1), "below the minimum"),  # the whole SSN space in about two CPU-hours
    "weak-n": ((2**10, 8, 1), "below the minimum"),
    "weak-r": ((2**14, 1, 1), "below the minimum"),
    "weak-but-slow": ((2**12, 8, 4), "below the minimum"),  # same work, a quarter of the memory
    "huge-p": ((2**14, 8, 1_000_000), "above the maximum"),  # hours per hash
    "huge-n": ((2**40, 8, 1), "above the maximum"),  # 128 TiB: MemoryError or ValueError from scrypt
    "huge-r": ((2**14, 2**20, 1), "above the maximum"),
    "just-above": ((2 * bl.MAX_N, bl.MAX_R, bl.MAX_P), "above the maximum"),
}


@pytest.mark.parametrize("case", COSTS)
@pytest.mark.usefixtures("no_hashing")
def test_a_cost_out_of_bounds_is_a_config_error_naming_the_file(tmp_path: Path, case: str) -> None:
    (n, r, p), why = COSTS[case]
    f = _file(tmp_path / "b.json", n, r, p)
    with pytest.raises(ConfigError) as e:
        bl.load(f)
    message = str(e.value)
    assert message.startswith(f"{f}: scrypt cost n={n}, r={r}, p={p} is {why}")
    assert bl.ALLOWED_COST in message and "phiscan baseline create" in message


@pytest.mark.parametrize(
    ("n", "r", "p"),
    [(bl.MIN_N, bl.MIN_R, bl.MIN_P), (bl.MAX_N, bl.MAX_R, bl.MAX_P), (2**15, 8, 2), (2**14, 16, 1)],
)
@pytest.mark.usefixtures("no_hashing")
def test_a_cost_within_bounds_is_loaded_as_written(tmp_path: Path, n: int, r: int, p: int) -> None:
    b = bl.load(_file(tmp_path / "b.json", n, r, p))
    assert (b.n, b.r, b.p) == (n, r, p)


@pytest.mark.parametrize(
    "hash_head",
    [
        {"n": "16384", "r": 8, "p": 1},  # a string
        {"n": 16384.5, "r": 8, "p": 1},  # a fraction
        {"n": True, "r": 8, "p": 1},  # a bool is not a number here
        {"n": 16384, "r": 8, "p": [1]},
        {"n": 16384, "r": 8, "p": 1, "dklen": 4},  # entries of another length never match: refuse, say why
    ],
)
def test_a_cost_that_is_not_a_whole_number_is_not_a_baseline(tmp_path: Path, hash_head: dict[str, Any]) -> None:
    f = _file(tmp_path / "b.json", **hash_head)
    with pytest.raises(ConfigError, match="not a phiscan baseline"):
        bl.load(f)


def test_an_overflowing_cost_is_not_a_baseline(tmp_path: Path) -> None:
    f = tmp_path / "b.json"
    f.write_text(
        '{"version": 1, "hash": {"algorithm": "scrypt", "n": 1e400, "r": 8, "p": 1}, "salt": "' + SALT + '", '
        '"results": []}',
        encoding="utf-8",
    )  # JSON reads 1e400 as infinity (`int()` of it would be an OverflowError, not a ConfigError)
    with pytest.raises(ConfigError, match="not a phiscan baseline"):
        bl.load(f)


# ------------------------------------------------------------------ through the real CLI


@pytest.mark.parametrize("case", ["weak", "huge-p", "huge-n"])
def test_scan_with_a_hostile_cost_exits_2_naming_the_file(tmp_path: Path, cache_dir: Path, case: str) -> None:
    (n, r, p), why = COSTS[case]
    folder = tmp_path / "schemas"
    write_good(folder)
    f = _file(tmp_path / "b.json", n, r, p)
    done = run_cli("--baseline", f, folder, cache_dir=cache_dir, timeout=120)
    assert done.code == 2, done.stdout + done.stderr
    assert f"{f}: scrypt cost n={n}, r={r}, p={p} is {why}" in done.stderr
    assert bl.ALLOWED_COST in done.stderr
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr
    assert_no_leak(done.stdout, done.stderr)


def test_baseline_update_refuses_a_weak_file_and_leaves_it_alone(tmp_path: Path, cache_dir: Path) -> None:
    write_good(tmp_path / "schemas")
    (tmp_path / ".phiscan.toml").write_text("", encoding="utf-8")
    f = _file(tmp_path / "b.json", 2, 1, 1)
    before = f.read_bytes()
    done = _phiscan("baseline", "update", "schemas", "--baseline", "b.json", cwd=tmp_path, cache_dir=cache_dir)
    assert done.code == 2 and "b.json: scrypt cost n=2, r=1, p=1 is below the minimum" in done.stderr
    assert "Traceback" not in done.stderr
    assert f.read_bytes() == before  # not rewritten, and not "upgraded" with entries hashed at n=2


def test_baseline_update_keeps_a_higher_cost(tmp_path: Path, cache_dir: Path) -> None:
    write_good(tmp_path / "schemas")
    (tmp_path / ".phiscan.toml").write_text("", encoding="utf-8")
    n, r, p = 2 * bl.SCRYPT_N, bl.SCRYPT_R, 2 * bl.SCRYPT_P  # an older, stronger choice: within bounds
    f = _file(tmp_path / "b.json", n, r, p)
    done = _phiscan("baseline", "update", "schemas", "--baseline", "b.json", cwd=tmp_path, cache_dir=cache_dir)
    assert done.code == 0, done.stdout + done.stderr
    doc = json.loads(f.read_text("utf-8"))
    assert doc["hash"] == {"algorithm": "scrypt", "n": n, "r": r, "p": p, "dklen": 16}
    assert doc["salt"] == SALT and len(doc["results"]) == 2  # the name and the SSN of the good file
    again = run_cli("--baseline", f, tmp_path / "schemas", cache_dir=cache_dir)
    assert again.code == 0, again.stdout + again.stderr  # entries were hashed at the file's cost
    assert "2 finding(s) in the baseline not reported" in again.stdout
