"""What the issue-list formats (GitLab SAST, GitLab Code Quality, JUnit) say about a finding, said once.

These files are uploaded as CI artifacts and shown on merge requests and test pages to everyone who can
read the project, so, like SARIF and the GitHub annotations, they carry masked excerpts only, even with
`--show-values`, and pointers with flagged keys masked (`Report.sensitive_pointers`, as `where.py` does).
Paths are relative to the repository root, which is what GitLab resolves.  Every string is plain
UTF-8: GitLab's parsers reject lone surrogates, so a file name that is not UTF-8 shows its bytes as
`\\xff` and any other lone surrogate shows as `\\udXXX`.

A finding's `key` hashes the rule, the path, the masked pointer and its rank among same-rule findings
at that pointer, as SARIF's `partialFingerprints` do: it survives reformatting and moving lines, and it
holds nothing that is not already in the file in clear (a hash of a nine-digit value could be reversed
by trying them all, so the value is never hashed).
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from phiscan import rules
from phiscan.pointer import masked_pointer
from phiscan.report import printable
from phiscan.report.where import Base, message, relative
from phiscan.types import FileError, Finding, FindingKind, Report

# Tags of `rules.FAMILIES` that name a CWE (`external/cwe/cwe-359`), as GitHub code scanning spells them.
_CWE_TAG = "external/cwe/cwe-"


def plain_name(path: str) -> str:
    """`path` as UTF-8 text: bytes of a name that is not UTF-8 as `\\xff`, any other lone surrogate as `\\udXXX`."""
    try:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that no file system byte made (a path given from memory)
        return printable(path)


def shown_path(path: str, base: Base, cwd: Path | None = None) -> str:
    """`path` relative to the repository root with `/` (as scanned when it lies outside), as plain text."""
    if not path:
        return ""
    return plain_name(relative(path, base, cwd) or path)


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, marked with `…` when cut (a format's field limits)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def cwe(kind: FindingKind) -> str | None:
    """The CWE number of a kind of finding (`359` for PHI, `798` for secrets), None when it has none."""
    return next((t[len(_CWE_TAG) :] for t in rules.FAMILIES[kind].tags if t.startswith(_CWE_TAG)), None)


def title(f: Finding) -> str:
    """The rule's name, which never holds anything of this finding: `A social security number in a schema, ...`."""
    rule = rules.get(f.rule)
    label = rule.title[:1].upper() + rule.title[1:]
    if f.kind in (FindingKind.PHI, FindingKind.SECRET):
        return f"{label} in a schema, tool definition or request"
    return f"{rules.FAMILIES[f.kind].title}: {rule.title}"


def solution(f: Finding) -> str:
    """How to fix the finding, in one line."""
    if f.kind in (FindingKind.PHI, FindingKind.SECRET):
        hint = rules.fix_hint(f.where, f.entity)
        return hint[:1].upper() + hint[1:] + "."
    return f.message[:1].upper() + f.message[1:] + "."


@dataclass(frozen=True, slots=True)
class Issue:
    """One finding as the issue-list formats show it: where (repository-relative path, masked pointer), what
    (a masked description), and a stable `key` (32 hex digits)."""

    finding: Finding
    path: str
    pointer: str
    key: str

    @property
    def description(self) -> str:
        """What and how to fix, the masked excerpt, where, and the HIPAA identifier the finding is."""
        text = message(self.finding, self.pointer)
        if self.finding.hipaa:
            text += f" HIPAA Safe Harbor identifier: {self.finding.hipaa}."
        return printable(text)


def _key(*parts: str) -> str:
    msg = "\x1f".join(parts).encode("utf-8", "surrogatepass")
    return hashlib.sha256(b"phiscan/issue/v1\x1f" + msg).hexdigest()[:32]


def issues(findings: Iterable[Finding], report: Report, base: Base, cwd: Path | None = None) -> list[Issue]:
    """The findings as `Issue`s, in order, keys distinct (same rule and pointer twice in a string: ranked)."""
    sensitive = report.sensitive_pointers
    seen: Counter[tuple[str, str, str]] = Counter()
    out = []
    for f in findings:
        path = shown_path(f.path, base, cwd)
        pointer = printable(masked_pointer(f.pointer, sensitive))
        rank = seen[f.rule, path, pointer]
        seen[f.rule, path, pointer] += 1
        out.append(Issue(f, path, pointer, _key(f.rule, path, pointer, str(rank))))
    return out


def error_key(e: FileError, path: str, rank: int) -> str:
    """A stable key for a file that could not be fully scanned (its path, why, and its rank among the two)."""
    return _key("error", path, e.reason.value, str(rank))
