"""Running `git` read-only in one repository: where it is, what a revision names, and failures as
`GitError` with a message that says how to fix them (never a value from a file, never git's own stderr,
which can quote file content in some failures)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from phiscan.errors import PhiscanError

# Read-only everywhere: no lock files, no index refresh, no pager, no prompts, no user hooks or aliases in play.
_ENV = {"GIT_OPTIONAL_LOCKS": "0", "GIT_TERMINAL_PROMPT": "0", "GIT_PAGER": "cat", "LC_ALL": "C"}
_SHALLOW_FIX = "fetch the full history first (`git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout)"


class GitError(PhiscanError):
    """Git could not answer: not a repository, an unknown revision, a shallow clone, git missing."""


def git_env() -> dict[str, str]:
    """The environment every git call runs with."""
    return {**os.environ, **_ENV}


@dataclass(frozen=True, slots=True)
class Repo:
    """A git work tree: its top-level folder (absolute) and whether it is a shallow clone."""

    top: Path
    shallow: bool

    def command(self, *args: str) -> list[str]:
        """The argv of `git args` run against this repository, pathspecs taken literally."""
        return ["git", "--literal-pathspecs", "-C", str(self.top), *args]

    def run(self, *args: str, check: bool = True) -> bytes:
        """The stdout of `git args`; `GitError` naming the subcommand when it fails and `check` is set."""
        done = subprocess.run(self.command(*args), capture_output=True, env=git_env(), check=False)
        if check and done.returncode != 0:
            raise GitError(f"`git {args[0]}` failed (exit {done.returncode}) in {self.top}")
        return done.stdout

    def commit(self, ref: str) -> str:
        """The full id of the commit `ref` names; `GitError` that says why when it names none."""
        if ref.startswith("-"):  # never let a revision be read as an option
            raise GitError(f"{ref!r} is not a git revision")
        out = self.run("rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}", check=False)
        if out.strip():
            return out.decode("ascii").strip()
        hint = f"; this is a shallow clone, so {_SHALLOW_FIX}" if self.shallow else ""
        raise GitError(f"unknown git revision {ref!r} in {self.top}{hint}")

    def head(self) -> str:
        """The commit HEAD points to; `GitError` for a repository with no commit yet."""
        out = self.run("rev-parse", "--verify", "--quiet", "HEAD^{commit}", check=False).strip()
        if not out:
            raise GitError(f"{self.top} has no commits yet: nothing to compare or audit")
        return out.decode("ascii")

    def merge_base(self, ref: str) -> str:
        """The best common ancestor of `ref` and HEAD (what `git diff REF...` compares against)."""
        base = self.run("merge-base", self.commit(ref), self.head(), check=False).strip()
        if not base:
            hint = f"; this is a shallow clone, so {_SHALLOW_FIX}" if self.shallow else ""
            raise GitError(f"{ref!r} and HEAD have no common ancestor{hint}")
        return base.decode("ascii")

    def relative(self, path: str) -> str:
        """A top-level-relative git path as the user would name it from the working directory."""
        return Path(os.path.relpath(self.top / path)).as_posix()


def open_repo(start: str | os.PathLike[str] | None = None) -> Repo:
    """The repository holding `start` (default: the working directory); `GitError` when there is none."""
    where = Path(start or ".")
    if not where.is_dir():
        where = where.parent
    try:
        done = subprocess.run(
            ["git", "-C", str(where), "rev-parse", "--show-toplevel", "--is-shallow-repository"],
            capture_output=True,
            env=git_env(),
            check=False,
        )
    except FileNotFoundError:
        raise GitError("git is not installed (or not on PATH); phiscan runs `git` to read changes") from None
    lines = done.stdout.decode("utf-8", "surrogateescape").splitlines()
    if done.returncode != 0 or len(lines) < 2:
        raise GitError(
            f"{os.path.abspath(where)} is not inside a git work tree (run it from a clone, or name a path inside one)"
        )
    return Repo(Path(lines[0]), lines[1] == "true")


def split_z(raw: bytes) -> list[str]:
    """NUL-separated git output as strings (file names that are not UTF-8 kept by surrogate escapes)."""
    return [p.decode("utf-8", "surrogateescape") for p in raw.split(b"\0") if p]


def pathspecs(repo: Repo, paths: Sequence[str | os.PathLike[str]]) -> list[str]:
    """`paths` (relative to the working directory) as top-level-relative pathspecs; `GitError` for one outside."""
    out = []
    for p in paths:
        full = Path(os.path.abspath(p))
        try:
            rel = full.relative_to(repo.top)
        except ValueError:
            try:
                rel = full.resolve().relative_to(repo.top.resolve())
            except ValueError:
                raise GitError(f"{p} is outside the repository at {repo.top}") from None
        out.append(rel.as_posix() if rel.parts else ".")
    return out
