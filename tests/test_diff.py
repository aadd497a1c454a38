"""`phiscan scan --diff REF [--new-only]` through the real command on throw-away git repositories."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from phiscan.report import FORMATS

SSN = "078-05-1122"
PHONE = "(424) 844-2776"
EMAIL = "alicia.cano@icloud.com"
_ENV = {
    "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_AUTHOR_DATE": "2024-01-02T03:04:05Z",
    "GIT_COMMITTER_DATE": "2024-01-02T03:04:05Z", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
}  # fmt: skip


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, env={**os.environ, **_ENV}, check=True
    )
    return done.stdout.strip()


def schema(path: Path, indent: int | None = None, **properties: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"type": "object", "properties": properties}, indent=indent), encoding="utf-8")


def new_repo(root: Path) -> Path:
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    return root


def commit(repo: Path, message: str) -> str:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD")


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command in this process (the analyzer loads once for the session), from `cwd`."""
    from typer.testing import CliRunner

    from phiscan.app.cli import app

    with contextlib.chdir(cwd):
        result = CliRunner().invoke(app, list(args))
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


def run_process(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The installed command in a process of its own."""
    exe = shutil.which("phiscan")
    cmd = [exe] if exe else [sys.executable, "-c", "from phiscan.app.cli import main; main()"]
    return subprocess.run([*cmd, *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def paths_of(result: subprocess.CompletedProcess[str]) -> set[str]:
    return {f["path"] for f in json.loads(result.stdout)["findings"]}


@pytest.fixture
def changed(tmp_path: Path) -> Path:
    """A repository whose working tree modified, deleted, renamed and added files since its one commit."""
    repo = new_repo(tmp_path / "repo")
    schema(repo / "schemas" / "modified.json", id={"type": "string"})
    schema(repo / "schemas" / "deleted.json", ssn={"const": SSN})
    schema(repo / "schemas" / "before.json", phone={"default": PHONE})
    schema(repo / "schemas" / "unchanged.json", ssn={"const": SSN})
    (repo / ".gitignore").write_text("ignored.json\n", encoding="utf-8")
    commit(repo, "base")
    schema(repo / "schemas" / "modified.json", id={"type": "string"}, email={"examples": [EMAIL]})
    (repo / "schemas" / "deleted.json").unlink()
    git(repo, "mv", "schemas/before.json", "schemas/after.json")
    schema(repo / "schemas" / "untracked.json", ssn={"const": SSN})
    schema(repo / "ignored.json", ssn={"const": SSN})
    schema(repo / ".hidden" / "x.json", ssn={"const": SSN})
    (repo / "notes.txt").write_text(SSN, encoding="utf-8")
    return repo


def test_diff_scans_added_modified_renamed_and_untracked_schema_files_only(changed: Path) -> None:
    result = run(changed, "scan", "--diff", "HEAD", "-f", "json")
    assert result.returncode == 1, result.stderr
    assert paths_of(result) == {"schemas/modified.json", "schemas/after.json", "schemas/untracked.json"}
    assert json.loads(result.stdout)["files_scanned"] == 3
    assert SSN not in result.stdout + result.stderr
    limited = run(changed / "schemas", "scan", "--diff", "HEAD", "-f", "json", "--exclude", "untracked.json", ".")
    assert paths_of(limited) == {"modified.json", "after.json"}


def test_diff_writes_every_format(changed: Path) -> None:
    for fmt in FORMATS:
        result = run(changed, "scan", "--diff", "HEAD", "--format", fmt, "schemas/untracked.json")
        assert result.returncode == 1, (fmt, result.stderr)
        assert result.stdout.strip() and SSN not in result.stdout, fmt


def test_new_only_skips_values_already_at_ref_however_they_moved(tmp_path: Path) -> None:
    repo = new_repo(tmp_path / "repo")
    schema(repo / "a.json", ssn={"const": SSN}, phone={"default": PHONE})
    schema(repo / "old-name.json", ssn={"const": SSN})
    commit(repo, "base")
    # reindented and reordered: every line moved; one value added; the other file renamed
    schema(repo / "a.json", indent=4, email={"examples": [EMAIL]}, phone={"default": PHONE}, ssn={"const": SSN})
    git(repo, "mv", "old-name.json", "new-name.json")
    everything = run(repo, "scan", "--diff", "HEAD", "-f", "json")
    assert {(f["path"], f["rule"]) for f in json.loads(everything.stdout)["findings"]} == {
        ("a.json", "phi-ssn"),
        ("a.json", "phi-phone-number"),
        ("a.json", "phi-email-address"),
        ("new-name.json", "phi-ssn"),
    }
    new = run(repo, "scan", "--diff", "HEAD", "--new-only", "-f", "json")
    assert new.returncode == 1, new.stderr
    report = json.loads(new.stdout)
    assert [(f["path"], f["rule"]) for f in report["findings"]] == [("a.json", "phi-email-address")]
    assert report["findings"][0]["text"] != EMAIL  # values stay masked though they were kept to compare
    assert any("3 finding(s) already present" in n["message"] for n in report["notes"])


def test_three_dot_ref_compares_with_the_merge_base(tmp_path: Path) -> None:
    repo = new_repo(tmp_path / "repo")
    schema(repo / "mine.json", id={"type": "string"})
    schema(repo / "theirs.json", phone={"default": PHONE})
    commit(repo, "base")
    git(repo, "checkout", "-q", "-b", "feature")
    schema(repo / "mine.json", ssn={"const": SSN})
    commit(repo, "feature work")
    git(repo, "checkout", "-q", "main")
    schema(repo / "theirs.json", id={"type": "string"})
    commit(repo, "main moved on")
    git(repo, "checkout", "-q", "feature")
    assert paths_of(run(repo, "scan", "--diff", "main", "-f", "json")) == {"mine.json", "theirs.json"}
    assert paths_of(run(repo, "scan", "--diff", "main...", "-f", "json")) == {"mine.json"}


def test_nothing_changed_is_clean(tmp_path: Path) -> None:
    repo = new_repo(tmp_path / "repo")
    schema(repo / "a.json", ssn={"const": SSN})
    commit(repo, "base")
    result = run(repo, "scan", "--diff", "HEAD")
    assert result.returncode == 0, result.stderr
    assert "no schema files changed since HEAD" in result.stderr


def test_misuse_and_git_failures_exit_2_with_a_message(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    result = run_process(plain, "scan", "--diff", "HEAD")
    assert result.returncode == 2 and "not inside a git work tree" in result.stderr
    repo = new_repo(tmp_path / "repo")
    schema(repo / "a.json", ssn={"const": SSN})
    commit(repo, "base")
    result = run(repo, "scan", "--diff", "no-such-branch")
    assert result.returncode == 2 and "unknown git revision 'no-such-branch'" in result.stderr
    result = run(repo, "scan", "--diff", "--upload-pack=evil")
    assert result.returncode == 2 and "not a git revision" in result.stderr
    result = run(repo, "scan", "--new-only", "a.json")
    assert result.returncode == 2 and "--new-only needs --diff" in result.stderr
    result = run(repo, "scan")
    assert result.returncode == 2 and "nothing to scan" in result.stderr
    assert SSN not in result.stdout + result.stderr


def test_the_hook_takes_the_same_flags() -> None:
    from phiscan.app.hook import parser

    args = parser().parse_args(["--diff", "origin/main", "--new-only", "a.json"])
    assert args.diff == "origin/main" and args.new_only is True
