"""The history audit as text for people and JSON for tools.  Values are masked as in every report (the
audit never keeps a raw value), and pointers through a flagged key are masked too."""

from __future__ import annotations

import time
from itertools import groupby
from typing import Any, TextIO

from phiscan.git.history import PURGE_DOCS, HistoryReport, Sighting
from phiscan.pointer import masked_pointer

FORMATS = ("text", "json")
PURGE_NOTE = (
    "Findings no longer at HEAD are not gone: every clone, fork, CI cache and mirror of this repository still "
    "holds them in its history. Purging them means rewriting history (git filter-repo) and having everyone "
    "re-clone; phiscan never does it."
)


def _day(seconds: int) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(seconds))


def _record(s: Sighting, sensitive: frozenset[str]) -> dict[str, Any]:
    f = s.finding
    return {
        "commit": s.commit,
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(s.time)),
        "path": f.path,
        "pointer": masked_pointer(f.pointer, sensitive),
        "surface": f.where,
        "kind": f.kind.value,
        "entity": f.entity,
        "hipaa": f.hipaa,
        "severity": f.severity.value,
        "rule": f.rule,
        "text": f.text,
        "fingerprint": f.fingerprint,
        "still_present": s.still_present,
    }


def report_dict(report: HistoryReport) -> dict[str, Any]:
    """The audit as plain JSON data."""
    removed = len(report.removed)
    return {
        "head": report.head,
        "since": report.since,
        "commits_scanned": report.commits,
        "versions_scanned": report.blobs,
        "findings": [_record(s, report.sensitive_pointers) for s in report.sightings],
        "errors": [
            {"commit": commit, "path": e.path, "message": e.message, "line": e.line, "column": e.column}
            for e, commit in report.errors
        ],
        "removed": removed,
        "purge": {"needed": removed > 0, "note": PURGE_NOTE, "docs": list(PURGE_DOCS)},
        "fail_on": report.fail_on.value,
        "exit_code": report.exit_code,
    }


def write_json(report: HistoryReport, out: TextIO) -> None:
    """`report` as indented JSON."""
    from phiscan.report import json_text

    out.write(json_text(report_dict(report)))
    out.write("\n")


def write_text(report: HistoryReport, out: TextIO) -> None:
    """`report` for people: findings by file, each with the commit that introduced it and whether HEAD has it."""
    from phiscan.report import printable

    sensitive = report.sensitive_pointers
    scope = f"since {report.since[:12]}" if report.since else "all of history"
    out.write(f"phiscan history: {report.commits} commit(s), {report.blobs} schema file version(s) ({scope})\n")
    for path, group in groupby(report.sightings, key=lambda s: s.finding.path):
        out.write(printable(path) + "\n")
        for s in group:
            f = s.finding
            where = masked_pointer(f.pointer, sensitive) or "(file name)"
            state = "still at HEAD" if s.still_present else "removed, still in history"
            out.write(printable(f"  {f.severity.value} {f.rule} {where} {f.where}: {f.text}") + "\n")
            out.write(f"      introduced in {s.commit[:12]} ({_day(s.time)}); {state}\n")
    for e, commit in report.errors:
        out.write(printable(f"error: {e} (version from {commit[:12]})") + "\n")
    removed = len(report.removed)
    out.write(
        f"{len(report.sightings)} finding(s) in history, {len(report.sightings) - removed} still at HEAD, "
        f"{removed} removed; {len(report.errors)} error(s)\n"
    )
    if removed:
        out.write("\n" + PURGE_NOTE + "\nHow: " + "\n     ".join(PURGE_DOCS) + "\n")


__all__ = ["FORMATS", "PURGE_NOTE", "report_dict", "write_json", "write_text"]
