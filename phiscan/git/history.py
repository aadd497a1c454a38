"""`phiscan history`: every version of every schema file in a repository's history, each distinct blob
scanned once, each finding reported with the commit that introduced it and whether HEAD still holds it.

Blobs come from one `git cat-file --batch` in the order the log first names them, a few megabytes at a
time through the same pipeline as files (`judge_units`, then `assemble` for ignores); only ids, paths and
the masked findings are kept between chunks, so memory follows the number of versions and findings, not
the size of history.  A finding's identity is its fingerprint (rule, path, pointer, masked value, keyed),
so "still present" survives reformatting and line moves; a blob held under several paths is scanned once
and fingerprinted under each.  A baseline is not applied: an audit reports what history holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from phiscan.git.log import NOT_IN_RANGE, Walk, complete_since, head_pairs, walk
from phiscan.git.repo import Repo, open_repo, pathspecs
from phiscan.git.select import selection
from phiscan.types import FileError, Finding, Role, Severity, key_pointers

if TYPE_CHECKING:
    from phiscan.detect.analyzer import Analyzer
    from phiscan.detect.engine import Verdicts
    from phiscan.options import ScanOptions
    from phiscan.surfaces.units import Unit

_CHUNK_BYTES = 8_000_000
_MEMO_CAP = 200_000  # verdicts kept in memory across chunks; beyond, start over (the disk cache still answers)
PURGE_DOCS = (
    "https://github.com/newren/git-filter-repo",
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/removing-sensitive-data-from-a-repository",
)


@dataclass(frozen=True, slots=True)
class Sighting:
    """A finding of history: where it first appeared (commit id and commit time) and whether HEAD holds it."""

    finding: Finding
    commit: str
    time: int
    still_present: bool


@dataclass(frozen=True, slots=True)
class HistoryReport:
    """The result of a history audit."""

    head: str
    since: str | None
    commits: int
    blobs: int
    sightings: tuple[Sighting, ...]
    errors: tuple[tuple[FileError, str], ...]  # a version that could not be scanned, and its first commit
    fail_on: Severity
    sensitive_pointers: frozenset[str]  # pointers whose last token is a flagged key, masked when shown

    @property
    def removed(self) -> tuple[Sighting, ...]:
        """Findings HEAD no longer holds: still in every clone, fork and cached copy of the repository."""
        return tuple(s for s in self.sightings if not s.still_present)

    @property
    def exit_code(self) -> int:
        """2 when a version could not be scanned, 1 for a finding at or above `fail_on`, else 0."""
        if self.errors:
            return 2
        return 1 if any(s.finding.severity.rank >= self.fail_on.rank for s in self.sightings) else 0


@dataclass(slots=True)
class _Audit:
    """What the audit keeps between chunks: the earliest sighting of each fingerprint, HEAD's fingerprints."""

    repo: Repo
    history: Walk
    head: set[tuple[str, str]]
    options: ScanOptions
    first: dict[str, tuple[int, Finding]]
    at_head: set[str]
    errors: list[tuple[FileError, str]]
    sensitive: set[str]
    before: set[str]  # fingerprints the start of a `--since` range already held: not introduced in it

    def judge(self, units: list[tuple[str, Unit]], analyzer: Analyzer | None, memo: Verdicts) -> None:
        """Detection, policy and ignores over one chunk of blobs (one version of a path each, so a finding's path
        names its blob); their findings folded in by fingerprint."""
        from phiscan.policy.assemble import assemble
        from phiscan.scan import judge_units

        if len(memo) > _MEMO_CAP:
            memo.clear()
        piece = judge_units([u for _, u in units], self.options, analyzer, memo)
        report = assemble(piece.findings, piece.failures, piece.strings, piece.data, [], [], self.options, 0)
        self.sensitive.update(report.masked_keys | key_pointers(report.findings))
        for e in report.errors:
            self._error(e, next(oid for oid, u in units if u.path == e.path))
        by_path = {u.path: oid for oid, u in units}
        for f in report.findings:  # lint warnings are about provider compatibility, not what history leaks
            self._fold(f, by_path[f.path])

    def _fold(self, f: Finding, oid: str) -> None:
        from phiscan.policy.mint import fingerprint

        places = self.history.blobs[oid]
        for n, (path, commit) in enumerate(places.items()):
            if n == 0:
                seen = replace(f, value=None)
            elif f.value is None or f.surface is Role.FILE_NAME:
                break  # judged under the first path only: a request check, or the first path's own name
            else:
                shown = self.repo.relative(path)
                key = self.options.policy.fingerprint_key
                seen = replace(
                    f, path=shown, value=None, fingerprint=fingerprint(f.rule, shown, f.pointer, f.value, key)
                )
            if (oid, path) in self.head:
                self.at_head.add(seen.fingerprint)
            if commit == NOT_IN_RANGE:
                self.before.add(seen.fingerprint)
            elif seen.fingerprint not in self.first or commit < self.first[seen.fingerprint][0]:
                self.first[seen.fingerprint] = (commit, seen)

    def _error(self, e: FileError, oid: str) -> None:
        commit = min((c for c in self.history.blobs[oid].values() if c >= 0), default=-1)
        if commit >= 0:  # a version only HEAD holds, outside the range, is not this audit's to fail on
            self.errors.append((e, self.history.commits[commit][0]))


def audit(
    paths: Sequence[str],
    since: str | None,
    *,
    options: ScanOptions,
    analyzer: Analyzer | None,
) -> HistoryReport:
    """Scan every schema file version in HEAD's history (only commits after `since`, when given) under `paths`."""
    from phiscan.git.blobs import BlobReader
    from phiscan.git.units import unit_of_blob

    repo = open_repo(paths[0] if paths else None)
    base = repo.commit(since) if since else None
    complete_since(repo, base)
    head = repo.head()
    specs = pathspecs(repo, paths)
    wanted = selection(specs, options.include, options.exclude)

    def wants(path: str) -> bool:
        return wanted.wants(path, repo.relative(path))

    history = walk(repo, base, specs, wants)
    at_head = head_pairs(repo, head, specs, wants)
    for oid, path in sorted(at_head):  # a --since audit still needs HEAD's older versions to tell what is left
        history.add(oid, path, NOT_IN_RANGE)
    keeping = replace(options, policy=replace(options.policy, show_values=True), baseline=None)
    state = _Audit(repo, history, at_head, keeping, {}, set(), [], set(), set())
    memo: Verdicts = {}
    units: list[tuple[str, Unit]] = []
    in_chunk: set[str] = set()
    size = 0
    # a version from before the range matters only where the range changed something: skip the others
    touched = {p for places in history.blobs.values() for p, c in places.items() if c != NOT_IN_RANGE}
    with BlobReader(repo) as reader:
        for oid, places in history.blobs.items():
            if touched.isdisjoint(places):
                continue
            path = repo.relative(next(iter(places)))
            if path in in_chunk or size > _CHUNK_BYTES:
                state.judge(units, analyzer, memo)
                units, size = [], 0
                in_chunk.clear()
            raw = reader.read(oid, options.limits.max_file_bytes)
            errors: list[FileError] = []
            if raw is None:
                errors.append(FileError(path, "this version is missing from the repository (a partial clone?)"))
            elif not isinstance(raw, bytes):
                errors.append(FileError(path, f"this version is {int(raw)} bytes, over max_file_bytes"))
            else:
                unit = unit_of_blob(raw, path, options.kind, options.limits, errors, [])
                if unit is not None:
                    units.append((oid, unit))
                    in_chunk.add(path)
                    size += len(raw)
            for e in errors:
                state._error(e, oid)
        state.judge(units, analyzer, memo)
    sightings = [
        Sighting(f, history.commits[c][0], history.commits[c][1], fp in state.at_head)
        for fp, (c, f) in state.first.items()
        if fp not in state.before
    ]
    sightings.sort(key=lambda s: (s.finding.path, s.finding.pointer, s.finding.rule, s.time, s.finding.fingerprint))
    return HistoryReport(
        head=head,
        since=base,
        commits=len(history.commits),
        blobs=sum(1 for places in history.blobs.values() if any(c >= 0 for c in places.values())),
        sightings=tuple(sightings),
        errors=tuple(state.errors),
        fail_on=options.fail_on,
        sensitive_pointers=frozenset(state.sensitive),
    )


__all__ = ["PURGE_DOCS", "HistoryReport", "Sighting", "audit"]
