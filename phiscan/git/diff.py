"""`phiscan scan --diff REF`: scan the schema files changed between REF and the working tree.

Added, modified, renamed and untracked files are scanned from the working tree through `scan_paths`, so the
report is the one a full scan gives for those files; deleted files are skipped.  `REF...` compares with the
merge base of REF and HEAD, as `git diff REF...` does (what a branch changed, not what its base did since).

`--new-only` scans each changed file's version at REF too (read from git, never checked out) and reports
only findings whose identity is not there.  The identity is the baseline's: rule, file, JSON Pointer and
value, no line numbers, so a value that moved lines, or a file that was renamed, is not new.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from phiscan.git.repo import GitError, Repo, open_repo, pathspecs, split_z
from phiscan.git.select import selection
from phiscan.types import Finding, Note, Report, key_pointers

if TYPE_CHECKING:
    from phiscan.detect.analyzer import Analyzer
    from phiscan.options import ScanOptions

_CHUNK_BYTES = 8_000_000  # old versions are judged a few megabytes at a time, as `scan_paths` does files


@dataclass(frozen=True, slots=True)
class Change:
    """A file the working tree changed: its top-level-relative path, and its path at REF (None when new)."""

    path: str
    old: str | None


def changes(repo: Repo, base: str) -> list[Change]:
    """Files added, modified, renamed or type-changed since commit `base`, and untracked files (not ignored)."""
    out: list[Change] = []
    words = split_z(repo.run("diff", "--name-status", "-z", "--find-renames", "--no-ext-diff", base, "--"))
    i = 0
    while i < len(words):
        status = words[i][:1]
        if status in ("R", "C"):
            out.append(Change(words[i + 2], words[i + 1] if status == "R" else None))
            i += 3
            continue
        if status != "D":
            out.append(Change(words[i + 1], words[i + 1] if status != "A" else None))
        i += 2
    out += [Change(p, None) for p in split_z(repo.run("ls-files", "--others", "--exclude-standard", "-z"))]
    return out


def resolve_base(repo: Repo, ref: str) -> str:
    """The commit `--diff REF` compares with: REF, or with `REF...` the merge base of REF and HEAD."""
    if ref.endswith("...") and len(ref) > 3:
        return repo.merge_base(ref[:-3])
    return repo.commit(ref)


def scan_changes(
    paths: Sequence[str | os.PathLike[str]],
    ref: str,
    *,
    new_only: bool,
    options: ScanOptions,
    analyzer: Analyzer | None,
) -> Report:
    """The report of `phiscan scan --diff REF [--new-only] [PATHS]` (PATHS empty: the whole repository)."""
    from phiscan.scan import scan_paths

    repo = open_repo(paths[0] if paths else None)
    base = resolve_base(repo, ref)
    picked = _picked(repo, changes(repo, base), pathspecs(repo, paths), options)
    notes = [Note(repo.relative(c.path), "symbolic link not followed (--follow-symlinks reads it)") for c in picked[1]]
    if not new_only:
        report = scan_paths([repo.relative(c.path) for c in picked[0]], options=options, analyzer=analyzer)
        return replace(report, notes=(*notes, *report.notes))
    keeping = replace(options, policy=replace(options.policy, show_values=True))  # identities need the values
    report = scan_paths([repo.relative(c.path) for c in picked[0]], options=keeping, analyzer=analyzer)
    key = secrets.token_bytes(32)  # identities live for this run only; a random key keeps them from being matched
    seen = _identities_at(repo, base, [c for c in picked[0] if c.old is not None], keeping, analyzer, key)
    return _only_new(report, seen, key, options.policy.show_values, ref, notes)


def _picked(
    repo: Repo, found: Iterable[Change], roots: list[str], options: ScanOptions
) -> tuple[list[Change], list[Change]]:
    """The changed schema files under `roots` that are regular files, and the symbolic links left out."""
    wanted = selection(roots, options.include, options.exclude)
    files: list[Change] = []
    links: list[Change] = []
    seen: set[str] = set()
    for c in found:
        if c.path in seen or not wanted.wants(c.path, repo.relative(c.path)):
            continue
        seen.add(c.path)
        full = repo.top / c.path
        if full.is_symlink() and not options.follow_symlinks:
            links.append(c)
        elif full.is_file():  # a submodule, or a file gone since git listed it, is no schema file
            files.append(c)
    return files, links


def identity(f: Finding, key: bytes) -> str:
    """What makes two findings the same one: the baseline's (rule, file, pointer, value), keyed."""
    value = f.value if f.value is not None else f.text
    msg = "\x1f".join((f.rule, f.path, f.pointer, value)).encode("utf-8", "surrogatepass")
    return hmac.new(key, msg, hashlib.sha256).hexdigest()


def _identities_at(
    repo: Repo, base: str, olds: list[Change], options: ScanOptions, analyzer: Analyzer | None, key: bytes
) -> set[str]:
    """The identities of the findings in each file's version at `base`, under the path it has now."""
    from phiscan.detect.engine import Verdicts
    from phiscan.git.blobs import BlobReader
    from phiscan.git.units import unit_of_blob
    from phiscan.scan import judge_units
    from phiscan.surfaces.units import Unit

    blobs = _blob_ids(repo, base, [c.old for c in olds if c.old is not None])
    seen: set[str] = set()
    memo: Verdicts = {}
    units: list[Unit] = []
    size = 0

    def judge() -> None:
        piece = judge_units(units, options, analyzer, memo)
        seen.update(identity(f, key) for f in piece.findings)
        units.clear()

    with BlobReader(repo) as reader:
        for c in olds:
            oid = blobs.get(c.old or "")
            raw = reader.read(oid, options.limits.max_file_bytes) if oid else None
            if not isinstance(raw, bytes):
                continue  # no old version to compare with: all of its findings are new
            name = os.path.basename(c.old or "")
            unit = unit_of_blob(raw, repo.relative(c.path), options.kind, options.limits, [], [], name=name)
            if unit is not None:
                units.append(unit)
                size += len(raw)
            if size > _CHUNK_BYTES:
                judge()
                size = 0
        judge()
    return seen


def _blob_ids(repo: Repo, commit: str, paths: list[str]) -> dict[str, str]:
    """Path -> blob id at `commit`, for those of `paths` that are files there."""
    if not paths:
        return {}
    out: dict[str, str] = {}
    for entry in split_z(repo.run("ls-tree", "-r", "-z", "--full-tree", commit, "--", *paths)):
        meta, _, path = entry.partition("\t")
        mode, kind, oid = meta.split()
        if kind == "blob" and not mode.startswith("12"):  # 120000: a symbolic link's target, not a file
            out[path] = oid
    return out


def _only_new(report: Report, seen: set[str], key: bytes, show_values: bool, ref: str, notes: list[Note]) -> Report:
    """`report` without the findings whose identity is in `seen`, values dropped unless asked for."""

    def keep(found: tuple[Finding, ...]) -> tuple[Finding, ...]:
        kept = tuple(f for f in found if identity(f, key) not in seen)
        return kept if show_values else tuple(replace(f, value=None) for f in kept)

    findings, warnings = keep(report.findings), keep(report.warnings)
    old = len(report.findings) - len(findings)
    if old:
        notes.append(Note("--new-only", f"{old} finding(s) already present at {ref} not reported"))
    return replace(
        report,
        findings=findings,
        warnings=warnings,
        notes=(*notes, *report.notes),
        # a key flagged at REF still masks the pointers below it, though its own finding is not new
        masked_keys=report.masked_keys | key_pointers(report.findings),
    )


__all__ = ["Change", "GitError", "changes", "identity", "resolve_base", "scan_changes"]
