"""The last step of a scan: ignores and the baseline applied, raw values dropped, the `Report` built."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from phiscan.options import ScanOptions
from phiscan.policy.judge import finding_order
from phiscan.policy.suppress import suppress
from phiscan.types import BaselineOutcome, FileError, Finding, FindingKind, Note, Report, key_pointers


def assemble(
    findings: list[Finding],
    failures: list[FileError],
    strings: int,
    data: Mapping[str, Any],
    errors: list[FileError],
    notes: list[Note],
    options: ScanOptions,
    files: int,
) -> Report:
    """The report from detection's output: `data` maps each path to its parsed document (for inline ignores,
    None where no finding needs it)."""
    keys = key_pointers(findings)  # before suppression: a suppressed key must not unmask what is below it
    findings, ignored, bad = suppress(findings, data, options.suppressions)
    notes.extend(bad)
    outcome = None
    if options.baseline is not None:
        findings, matched, entries = options.baseline.split(findings)
        outcome = BaselineOutcome(matched, entries, tuple(data))
        if matched:
            notes.append(Note(options.baseline.path or "", f"{matched} finding(s) in the baseline not reported"))
        if not options.policy.show_values:  # kept until here only so the baseline could hash them
            findings = [replace(f, value=None) for f in findings]
    return Report(
        findings=tuple(f for f in findings if f.kind is not FindingKind.LINT),
        warnings=tuple(f for f in findings if f.kind is FindingKind.LINT),
        errors=(*errors, *failures),
        notes=tuple(notes),
        files_scanned=files,
        strings_scanned=strings,
        fail_on=options.fail_on,
        ignored=ignored,
        profile=options.profile,
        baseline=outcome,
        masked_keys=keys,
        scanned=tuple(data),
    )


@dataclass(frozen=True, slots=True)
class Piece:
    """What detection and policy made of some units: findings, failures, surfaces counted, and the parsed
    documents that have findings (inline ignores read them; the others are let go)."""

    findings: list[Finding]
    failures: list[FileError]
    strings: int
    data: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Chunk:
    """What scanning one run of files gave: the piece, files that could not be read, notes, files read."""

    piece: Piece
    errors: list[FileError]
    notes: list[Note]
    files: int


@dataclass(slots=True)
class Tally:
    """The chunks of one run, added in file order, then assembled into one report."""

    findings: list[Finding] = field(default_factory=list)
    failures: list[FileError] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)
    strings: int = 0
    files: int = 0

    def add(self, chunk: Chunk) -> None:
        """Count one chunk in."""
        self.findings += chunk.piece.findings
        self.failures += chunk.piece.failures
        self.data.update(chunk.piece.data)
        self.errors += chunk.errors
        self.notes += chunk.notes
        self.strings += chunk.piece.strings
        self.files += chunk.files

    def report(self, options: ScanOptions) -> Report:
        """The one report of the run: findings in the order a single pass gives (the sort is stable)."""
        self.findings.sort(key=finding_order)
        return assemble(
            self.findings, self.failures, self.strings, self.data, self.errors, self.notes, options, self.files
        )
