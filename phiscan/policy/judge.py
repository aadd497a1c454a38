"""Detection's verdicts become findings: per surface through `decide`, per document through the request
checks, each placed at its line and column; strings that could not be fully analysed become errors."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from phiscan.detect.forked import map_split
from phiscan.documents.load import Document
from phiscan.pointer import structural_pointer
from phiscan.policy.decide import Policy, decide
from phiscan.policy.siblings import siblings
from phiscan.surfaces.units import Unit
from phiscan.surfaces.views import View
from phiscan.surfaces.walk import schema_keywords
from phiscan.types import KEY_ROLES, Detection, FailureReason, FileError, Finding, Location, Role, Surface, Verdict

PerSurface = Sequence[tuple[Unit, Surface, Sequence[View]]]


def finding_order(f: Finding) -> tuple[str, int, int, str, str]:
    """The order findings are reported in: by file, line, column, pointer and rule."""
    loc = f.location
    return (f.path, loc.line if loc else 0, loc.column if loc else 0, f.pointer, f.rule)


def judge(
    per_surface: PerSurface,
    verdicts: Mapping[View, Verdict],
    policy: Policy,
    max_chars: int,
    profile: str,
    workers: int = 1,
    units: Sequence[Unit] = (),
) -> tuple[list[Finding], list[FileError]]:
    """Findings (sorted), and an error for each string that could not be fully analysed: its findings may be
    missing, so its file fails the run (fail closed) while the rest is still reported.  Long text is judged
    in up to `workers` processes (`phiscan.detect.forked`).  `units` are checked as requests even when they
    hold no string (a request body of messages and a refused feature)."""
    findings: list[Finding] = []
    failures: list[FileError] = []
    members: list[tuple[Unit, Surface, list[Finding]]] = []
    asked = [
        (s, [_as_written(verdicts[v].detections, v) for v in views], [v.origin for v in views])
        for _, s, views in per_surface
    ]
    decided = map_split(
        lambda part: [decide(s, found, policy, origins) for s, found, origins in part],
        asked,
        [len(s.raw) for s, _, _ in asked],
        workers,
    )
    for (unit, s, views), found in zip(per_surface, decided, strict=True):
        judged = [verdicts[v] for v in views]
        if not all(v.complete for v in judged):
            failures.append(
                _failure(
                    s,
                    unit.document,
                    "detection failed on the {}: its findings may be missing",
                    FailureReason.DETECTION_FAILED,
                )
            )
        if len(s.raw) > max_chars:
            failures.append(
                _failure(
                    s,
                    unit.document,
                    f"the {{}} is {len(s.raw)} characters long: only the first "
                    f"{max_chars} (max_string_chars) were analysed",
                    FailureReason.STRING_TRUNCATED,
                )
            )
        findings.extend(located(f, unit.document) for f in found)
        if s.role is Role.ENUM:
            members.append((unit, s, found))
    documents = {id(s): unit.document for unit, s, _ in members}
    findings.extend(
        located(f, documents[id(s)])
        for s, f in _by_surface(members, siblings([(s, found) for _, s, found in members], policy))
    )
    findings.extend(_request_checks([*units, *(u for u, _, _ in per_surface)], findings, profile))
    findings.sort(key=finding_order)
    return findings, failures


def _by_surface(
    members: Sequence[tuple[Unit, Surface, list[Finding]]], found: list[Finding]
) -> list[tuple[Surface, Finding]]:
    """Each sibling finding with the enum member it is about."""
    at = {(s.path, s.pointer): s for _, s, _ in members}
    return [(at[(f.path, f.pointer)], f) for f in found]


def _failure(s: Surface, doc: Document | None, template: str, reason: FailureReason) -> FileError:
    loc = doc.locate(s.pointer, key=s.role in KEY_ROLES) if doc is not None and s.pointer else None
    return FileError(
        s.path, template.format(_where(s, loc)), loc.line if loc else None, loc.column if loc else None, reason
    )


def located(f: Finding, doc: Document | None) -> Finding:
    """`f` with the line and column of what it points at (a file's own name has none)."""
    from dataclasses import replace

    if doc is None or (f.surface is Role.FILE_NAME and not f.pointer):
        return f
    loc = doc.locate(f.pointer, key=f.surface in KEY_ROLES)
    return replace(f, location=loc) if loc is not None else f


def _request_checks(units: Sequence[Unit], found: list[Finding], profile: str) -> list[Finding]:
    """Feature eligibility, metadata and provider lint for request and MCP documents."""
    from phiscan.policy.eligibility import request_checks

    out: list[Finding] = []
    for u in {id(u): u for u in units}.values():
        out.extend(located(f, u.document) for f in request_checks(u.data, u.parts, u.path, profile, found))
    return out


def _where(s: Surface, loc: Location | None) -> str:
    """Where a surface is, for an error: a key is its own value, so it is named by position or parent only."""
    role = s.role.value.replace("_", " ")
    if s.role is Role.FILE_NAME and not s.pointer:
        return "file name"
    key = s.role in KEY_ROLES
    at = f" (line {loc.line}, column {loc.column})" if loc is not None else ""
    if key:
        parent = structural_pointer(s.pointer.rsplit("/", 2)[0], schema_keywords())
        return f"{role} of the schema at {parent or '(root)'}{at}"
    return f"{role} at {structural_pointer(s.pointer, schema_keywords()) or '/'}{at}"


def _as_written(found: Sequence[Detection], view: View) -> Sequence[Detection]:
    """Detections in a view whose digits were read as ASCII ones, with the text as it is written (`١٩٦٢`)."""
    if not view.written:
        return found
    return [dataclasses.replace(d, matched=view.written[d.start : d.end]) for d in found]
