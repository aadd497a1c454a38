"""`phiscan history` through the real command on throw-away git repositories: renames, a merge, a value added
then removed, each blob read once, nothing written to the repository."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

SSN = "078-05-1122"
PHONE = "(424) 844-2776"
EMAIL = "alicia.cano@icloud.com"
_ENV = {
    "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
}  # fmt: skip


def git(repo: Path, *args: str, day: int = 1) -> str:
    when = f"2024-01-{day:02d}T12:00:00Z"
    env = {**os.environ, **_ENV, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, env=env, check=True).stdout


def schema(path: Path, **properties: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"type": "object", "properties": properties}, indent=2), encoding="utf-8")


def commit(repo: Path, message: str, day: int) -> str:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message, day=day)
    return git(repo, "rev-parse", "HEAD").strip()


def run(cwd: Path, *args: str) -> tuple[int, str, str]:
    """The command, in this process (the analyzer loads once per session), from `cwd`."""
    from typer.testing import CliRunner

    from phiscan.app.cli import app

    with contextlib.chdir(cwd):
        result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """An SSN added then removed, a file renamed, a phone number still there, an email from a merged branch."""
    repo = tmp_path_factory.mktemp("history") / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    c: dict[str, str] = {}
    schema(repo / "schemas" / "patient.json", ssn={"type": "string", "const": SSN})
    schema(repo / "schemas" / "clean.json", id={"type": "string"})
    (repo / "README.md").write_text(SSN, encoding="utf-8")  # not a schema file: never read
    c["ssn"] = commit(repo, "add patient schema", 1)
    schema(repo / "schemas" / "patient.json", ssn={"type": "string", "const": SSN}, phone={"default": PHONE})
    c["phone"] = commit(repo, "add phone", 2)
    git(repo, "checkout", "-q", "-b", "side")
    schema(repo / "schemas" / "contact.json", email={"examples": [EMAIL]})
    c["email"] = commit(repo, "contact schema", 3)
    git(repo, "checkout", "-q", "main")
    git(repo, "mv", "schemas/patient.json", "schemas/person.json")
    c["rename"] = commit(repo, "rename", 4)
    git(repo, "merge", "-q", "--no-ff", "-m", "merge side", "side", day=5)
    schema(repo / "schemas" / "person.json", ssn={"type": "string"}, phone={"default": PHONE})
    c["removed"] = commit(repo, "drop the SSN", 6)
    return repo, c


def findings(out: str) -> set[tuple[str, str, str, bool]]:
    return {(f["path"], f["rule"], f["commit"], f["still_present"]) for f in json.loads(out)["findings"]}


def test_history_reports_the_first_commit_and_whether_head_still_holds_it(story: tuple[Path, dict[str, str]]) -> None:
    repo, c = story
    before = git(repo, "status", "--porcelain", "--ignored"), git(repo, "rev-parse", "HEAD"), git(repo, "stash", "list")
    code, out, err = run(repo, "history", "--format", "json")
    assert code == 1, err
    assert findings(out) == {
        ("schemas/patient.json", "phi-ssn", c["ssn"], False),
        ("schemas/patient.json", "phi-phone-number", c["phone"], False),  # gone from this path by the rename
        ("schemas/person.json", "phi-ssn", c["rename"], False),
        ("schemas/person.json", "phi-phone-number", c["rename"], True),
        ("schemas/contact.json", "phi-email-address", c["email"], True),
    }
    doc = json.loads(out)
    assert doc["head"] == c["removed"] and doc["removed"] == 3 and doc["purge"]["needed"] is True
    assert any("git-filter-repo" in link for link in doc["purge"]["docs"])
    assert {f["text"] for f in doc["findings"]}.isdisjoint({SSN, PHONE, EMAIL})
    assert len({f["fingerprint"] for f in doc["findings"]}) == 5
    after = git(repo, "status", "--porcelain", "--ignored"), git(repo, "rev-parse", "HEAD"), git(repo, "stash", "list")
    assert before == after  # read only: nothing checked out, staged or stashed


def test_history_text_says_removed_values_stay_in_every_clone(story: tuple[Path, dict[str, str]]) -> None:
    repo, c = story
    code, out, _ = run(repo, "history", "schemas/person.json")
    assert code == 1
    assert "schemas/patient.json" not in out and "schemas/person.json" in out
    assert f"introduced in {c['rename'][:12]} (2024-01-04); removed, still in history" in out
    assert "every clone" in out and "git-filter-repo" in out
    for value in (SSN, PHONE, EMAIL):
        assert value not in out


def test_since_audits_only_later_commits(story: tuple[Path, dict[str, str]]) -> None:
    repo, c = story
    code, out, err = run(repo, "history", "--since", c["rename"], "-f", "json")
    assert code == 1, err
    # only the email (merged after --since) and nothing the renamed file held before; the phone number is
    # still checked against HEAD though its version predates the range
    assert findings(out) == {("schemas/contact.json", "phi-email-address", c["email"], True)}
    code, out, err = run(repo, "history", "--since", c["removed"], "-f", "json")
    assert code == 0 and json.loads(out)["findings"] == [], err


def test_each_distinct_blob_is_read_once(story: tuple[Path, dict[str, str]], monkeypatch: pytest.MonkeyPatch) -> None:
    from phiscan.git.blobs import BlobReader

    repo, _ = story
    asked: list[str] = []
    real = BlobReader.read

    def counting(self: BlobReader, oid: str, limit: int) -> Any:
        asked.append(oid)
        return real(self, oid, limit)

    monkeypatch.setattr(BlobReader, "read", counting)
    code, _, err = run(repo, "history", "-f", "json")
    assert code == 1, err
    every = {
        line.split()[3] for line in git(repo, "log", "--all", "--raw", "--no-abbrev", "--format=", "-m").splitlines()
    }
    every.discard("0" * 40)
    schema_blobs = {
        line.split()[3]
        for line in git(repo, "log", "--raw", "--no-abbrev", "--format=", "-m", "--", "*.json").splitlines()
    } - {"0" * 40}
    assert sorted(asked) == sorted(set(asked)) and set(asked) == schema_blobs and schema_blobs < every


def test_a_version_that_cannot_be_parsed_fails_the_audit(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / "a.json").write_text('{"broken": ', encoding="utf-8")
    bad = commit(repo, "broken", 1)
    schema(repo / "a.json", id={"type": "string"})
    commit(repo, "fixed", 2)
    code, out, _ = run(repo, "history", "-f", "json")
    assert code == 2
    [error] = json.loads(out)["errors"]
    assert error["commit"] == bad and error["path"] == "a.json" and "invalid JSON" in error["message"]


def test_git_problems_exit_2_with_a_message(tmp_path: Path, story: tuple[Path, dict[str, str]]) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    code, _, err = run(plain, "history")
    assert code == 2 and "not inside a git work tree" in err
    repo, _ = story
    code, _, err = run(repo, "history", "--since", "no-such-tag")
    assert code == 2 and "unknown git revision 'no-such-tag'" in err
    code, _, err = run(repo, "history", "--format", "sarif")
    assert code == 2
    shallow = tmp_path / "shallow"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", repo.as_uri(), str(shallow)],
        check=True,
        capture_output=True,
        env={**os.environ, **_ENV},
    )
    code, _, err = run(shallow, "history")
    assert code == 2 and "shallow clone" in err and "--unshallow" in err
