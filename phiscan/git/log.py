"""One pass over `git log --raw`: which blob each schema path held in which commit, without reading a blob.

`--reverse --topo-order` lists parents before children, so the first commit a (blob, path) pair is seen in
is the one that introduced it.  `-m` shows merges against each parent, so a blob only a merge made (a
conflict resolved by hand) is seen too; `--no-renames` names every path a blob is added under.  The log
is read as a stream; what is kept is ids and paths (tens of bytes a version), never content.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial

from phiscan.git.repo import GitError, Repo, git_env

_PIECE = 1 << 16
NOT_IN_RANGE = -1  # a pair seen only at HEAD, outside the range a `--since` audit covers
_FILE_MODES = ("100644", "100755")  # regular files; links (120000) and submodules (160000) hold no schema


@dataclass(slots=True)
class Walk:
    """What the log held: commits in order (id, commit time) and, per blob, each path it was added under with
    the index of the first commit that did it (`NOT_IN_RANGE` for pairs only HEAD holds)."""

    commits: list[tuple[str, int]] = field(default_factory=list)
    blobs: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, oid: str, path: str, commit: int) -> None:
        """Record `path` holding blob `oid` as of commit index `commit`, unless an earlier commit did."""
        self.blobs.setdefault(oid, {}).setdefault(path, commit)


def _tokens(stream: Iterator[bytes]) -> Iterator[str]:
    """NUL-separated tokens of a byte stream, decoded (paths that are not UTF-8 kept by surrogate escapes)."""
    rest = b""
    for piece in stream:
        parts = (rest + piece).split(b"\0")
        rest = parts.pop()
        for p in parts:
            yield p.decode("utf-8", "surrogateescape")
    if rest:
        yield rest.decode("utf-8", "surrogateescape")


def walk(repo: Repo, since: str | None, paths: list[str], wants: Callable[[str], bool]) -> Walk:
    """Every (blob, path) pair `wants` accepts that the commits of HEAD (or `since`..HEAD) added, in order.

    With `since`, the pairs `since` itself holds are known beforehand (as not in range): a merge shown
    against its second parent lists them as added, but they were there before the range began.
    """
    head = repo.head()
    span = f"{since}..{head}" if since else head
    out = Walk()
    if since:
        for oid, path in sorted(head_pairs(repo, since, paths, wants)):
            out.add(oid, path, NOT_IN_RANGE)
    argv = repo.command(
        "log", "--reverse", "--topo-order", "-m", "--raw", "-z", "--no-renames", "--no-abbrev",
        "--no-ext-diff", "--format=%x01%H %ct", span, "--", *paths,
    )  # fmt: skip
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=git_env())
    assert proc.stdout is not None  # a pipe
    stream = iter(partial(proc.stdout.read, _PIECE), b"")
    current = -1
    last = ""
    meta: list[str] | None = None
    try:
        for token in _tokens(stream):
            if meta is not None:  # the path of the raw line before
                if meta[1] in _FILE_MODES and meta[4][:1] in "AMT" and wants(token):
                    out.add(meta[3], token, current)
                meta = None
                continue
            token = token.lstrip("\n")
            if token.startswith("\x01"):
                sha, _, when = token[1:].partition(" ")
                if sha != last:  # `-m` repeats a merge once per parent
                    out.commits.append((sha, int(when or 0)))
                    current, last = len(out.commits) - 1, sha
            elif token.startswith(":"):
                meta = token[1:].split(" ")
                if len(meta) != 5:
                    raise GitError("`git log --raw` answered in a form phiscan does not know")
    finally:
        proc.stdout.close()
        code = proc.wait()
    if code != 0:
        raise GitError(f"`git log` failed (exit {code}) in {repo.top}")
    return out


def head_pairs(repo: Repo, head: str, paths: list[str], wants: Callable[[str], bool]) -> set[tuple[str, str]]:
    """The (blob, path) pairs of the schema files at `head`."""
    from phiscan.git.repo import split_z

    pairs: set[tuple[str, str]] = set()
    for entry in split_z(repo.run("ls-tree", "-r", "-z", "--full-tree", head, "--", *paths)):
        info, _, path = entry.partition("\t")
        mode, kind, oid = info.split()
        if kind == "blob" and mode in _FILE_MODES and wants(path):
            pairs.add((oid, path))
    return pairs


def complete_since(repo: Repo, since: str | None) -> None:
    """`GitError` when a shallow clone lacks commits the audit needs (all of history, or since..HEAD)."""
    if not repo.shallow:
        return
    fix = "fetch the full history first (`git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout)"
    if since is None:
        raise GitError(f"{repo.top} is a shallow clone: its history is cut short, so an audit would miss it; {fix}")
    where = repo.run("rev-parse", "--git-path", "shallow").decode().strip()
    shallow = (repo.top / where).read_text("ascii").split() if (repo.top / where).is_file() else []
    for cut in shallow:
        inside = subprocess.run(
            repo.command("merge-base", "--is-ancestor", cut, since), env=git_env(), capture_output=True, check=False
        )
        if inside.returncode != 0:
            raise GitError(f"{repo.top} is a shallow clone cut after {since}: the range is incomplete; {fix}")


__all__ = ["NOT_IN_RANGE", "Walk", "complete_since", "head_pairs", "walk"]
