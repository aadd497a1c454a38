"""Blob contents in bulk from one `git cat-file --batch` process: one request, one answer, one blob in
memory at a time (a blob over the size limit is skipped unread, never held)."""

from __future__ import annotations

import contextlib
import subprocess
from types import TracebackType
from typing import IO

from phiscan.git.repo import GitError, Repo, git_env

_SKIP_PIECE = 1 << 20


class TooBig(int):
    """The size of a blob that was over the limit, whose content was skipped."""


class BlobReader:
    """A running `git cat-file --batch`; use as a context manager so the process always ends."""

    def __init__(self, repo: Repo) -> None:
        self._proc = subprocess.Popen(
            repo.command("cat-file", "--batch"),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=git_env(),
        )
        assert self._proc.stdin is not None and self._proc.stdout is not None  # both are pipes
        self._in: IO[bytes] = self._proc.stdin
        self._out: IO[bytes] = self._proc.stdout

    def read(self, oid: str, limit: int) -> bytes | TooBig | None:
        """Blob `oid`'s bytes; its size as `TooBig` when over `limit` bytes; None when the repository lacks it
        (a partial or shallow clone)."""
        self._in.write(oid.encode("ascii") + b"\n")
        self._in.flush()
        header = self._out.readline().split()
        if len(header) == 2 and header[1] == b"missing":
            return None
        if len(header) != 3:
            raise GitError("`git cat-file --batch` answered out of protocol")
        size = int(header[2])
        if size > limit:
            left = size + 1  # the content and the newline after it
            while left:
                got = self._out.read(min(left, _SKIP_PIECE))
                if not got:
                    raise GitError("`git cat-file --batch` ended early")
                left -= len(got)
            return TooBig(size)
        data = self._out.read(size + 1)
        if len(data) != size + 1:
            raise GitError("`git cat-file --batch` ended early")
        return data[:size]

    def close(self) -> None:
        """End the process (it exits when its input closes)."""
        with contextlib.suppress(OSError):  # already gone
            self._in.close()
        self._out.close()
        self._proc.wait()

    def __enter__(self) -> BlobReader:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
