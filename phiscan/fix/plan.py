"""From a report and the files it is about to the fixes for each file: which findings have a safe mechanical
fix, the edits, and the check that the edited text parses to exactly the intended data.

The findings carry where each value is (pointer, line and column), never the value; the plan reads the file
itself, and nothing it returns holds a flagged value except the source text (`FilePlan.text`), which
`phiscan.fix.diff` masks before anything is shown.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from phiscan.documents.document import Document, Limits
from phiscan.documents.load import load_text
from phiscan.fix import actions
from phiscan.fix.actions import Context, Fix, Op
from phiscan.fix.places import Places, apply_edits, overlaps
from phiscan.fix.values import generalize_pattern, suggested_name
from phiscan.pointer import pointer_tokens
from phiscan.rules import fix_hint
from phiscan.surfaces.keywords import SCHEMA_MAPS
from phiscan.types import KEY_ROLES, FileError, Finding, FindingKind, Report, Role

_KEYWORDS: dict[Role, tuple[tuple[str, ...], Callable[[Context, str, Sequence[Finding]], Fix | str]]] = {
    Role.CONST: (("const",), actions.fix_value_keyword),
    Role.DEFAULT: (("default",), actions.fix_value_keyword),
    Role.EXAMPLES: (("examples", "example"), actions.fix_examples),
    Role.ENUM: (("enum",), actions.fix_enum),
    Role.PATTERN: (("pattern",), actions.fix_pattern),
}
_NAMES = frozenset({*KEY_ROLES, Role.TOOL_NAME})


@dataclass(frozen=True, slots=True)
class Left:
    """A finding with no mechanical fix: why, and for a key or a tool name, a suggested rename (never applied)."""

    finding: Finding
    reason: str
    rename: str | None = None


@dataclass(frozen=True, slots=True)
class FilePlan:
    """The fixes for one file: the source as read, the fixes that verified, the findings left, and the spans
    of every flagged token (with whether it is a secret), which a display masks."""

    path: str
    text: str
    bom: bool
    fixes: tuple[Fix, ...]
    left: tuple[Left, ...]
    masks: tuple[tuple[int, int, bool], ...] = field(default=())

    @property
    def new_text(self) -> str:
        """The source with every fix made."""
        return apply_edits(self.text, (e for f in self.fixes for e in f.edits))


def _keyword(f: Finding, data: Any) -> str | None:
    """The pointer of the schema keyword a value finding sits under (`/properties/x/default` for
    `/properties/x/default/0`); None when it is under none (an extension, a request's examples)."""
    names = _KEYWORDS[f.surface][0] if f.surface in _KEYWORDS else ()
    tokens = pointer_tokens(f.pointer)
    node = data
    for i, token in enumerate(tokens):
        if token in names and isinstance(node, dict) and (i == 0 or tokens[i - 1] not in SCHEMA_MAPS):
            return "".join("/" + t for t in f.pointer.split("/")[1 : i + 2])
        if isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        elif isinstance(node, dict) and token in node:
            node = node[token]
        else:
            return None
    return None


def read(path: Path, limits: Limits) -> tuple[str, bool, Document] | FileError:
    """A file's text (UTF-8, its BOM noted) and its parse; fixes edit UTF-8 files only."""
    name = path.as_posix()
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except OSError as e:
        return FileError(name, f"cannot read the file to fix it ({e.strerror})")
    except UnicodeDecodeError:
        return FileError(name, "fixes edit UTF-8 files only")
    bom = text.startswith("\ufeff")
    text = text.removeprefix("\ufeff")
    doc = load_text(text, name, limits=limits)
    if not isinstance(doc, FileError) and doc.format == "jsonl":  # a batch's lines are regenerated, not edited
        return FileError(name, "fixes edit JSON and YAML files only: fix the code that writes these lines")
    return doc if isinstance(doc, FileError) else (text, bom, doc)


def plan_file(
    path: str, findings: Sequence[Finding], source: Path, masked_keys: frozenset[str], limits: Limits
) -> FilePlan | FileError:
    """The plan for `path`, read from `source`."""
    got = read(source, limits)
    if isinstance(got, FileError):
        return FileError(path, got.message)
    text, bom, doc = got
    places = Places(text, doc)
    masks: dict[tuple[int, int], bool] = {}
    for f in findings:
        span = places.key(f.pointer) if f.surface in KEY_ROLES else places.value(f.pointer)
        if f.location is not None:
            if span is None or span[0] != places.region(f.location)[0]:
                return FileError(path, "the file changed since it was scanned: scan it again")
            masks[span] = masks.get(span, False) or f.kind is FindingKind.SECRET
    for pointer in masked_keys:
        key = places.key(pointer) if _exists(places, pointer) else None
        if key is not None:
            masks.setdefault(key, False)
    sensitive = masked_keys | frozenset(f.pointer for f in findings if f.surface in KEY_ROLES)
    ctx = Context(places, frozenset(f.pointer for f in findings), sensitive)
    fixes, left = _fixes(ctx, findings)
    fixes, left = _without_conflicts(fixes, left, list(masks))
    fixes, left = _verified(doc.data, text, path, limits, fixes, left)
    regions = tuple(sorted((a, b, s) for (a, b), s in masks.items()))
    return FilePlan(path, text, bom, tuple(fixes), tuple(left), regions)


def _exists(places: Places, pointer: str) -> bool:
    try:
        places.node(pointer)
    except LookupError:
        return False
    return True


def _fixes(ctx: Context, findings: Sequence[Finding]) -> tuple[list[Fix], list[Left]]:
    groups: dict[tuple[str, str], list[Finding]] = {}
    left: list[Left] = []
    for f in findings:
        if f.surface in _NAMES:
            left.append(_rename(ctx, f, [g for g in findings if g.pointer == f.pointer and g.surface == f.surface]))
        elif f.surface in (None, Role.FILE_NAME) or f.kind not in (FindingKind.PHI, FindingKind.SECRET):
            left.append(Left(f, f"no mechanical fix: {f.message}"))
        elif (keyword := _keyword(f, ctx.places.data)) is not None:
            groups.setdefault((keyword, f.surface.value), []).append(f)
        elif f.kind is FindingKind.SECRET:
            groups.setdefault((f.pointer, "secret"), []).append(f)
        else:
            left.append(Left(f, f"no mechanical fix: {fix_hint(f.where, f.entity)}"))
    fixes: list[Fix] = []
    for (pointer, role), members in groups.items():
        act = actions.fix_secret if role == "secret" else _KEYWORDS[Role(role)][1]
        done = act(ctx, pointer, members)
        if isinstance(done, Fix):
            fixes.append(done)
        else:
            left += [Left(f, done) for f in members]
    return fixes, left


def _rename(ctx: Context, f: Finding, same: Sequence[Finding]) -> Left:
    if f.surface is Role.TOOL_NAME:
        name = ctx.places.node(f.pointer)
        name = name if isinstance(name, str) else ""
    else:
        name = pointer_tokens(f.pointer)[-1] if f.pointer else ""
    if f.surface is Role.PATTERN_PROPERTY:
        partial = any(g.count > 1 for g in same)
        suggestion = generalize_pattern(name, [(g.span, g.entity) for g in same], partial)
    else:
        suggestion = suggested_name(name, [g.text for g in same])
    return Left(f, "a name is renamed by hand (its users must change with it)", suggestion)


def _without_conflicts(
    fixes: list[Fix], left: list[Left], masks: list[tuple[int, int]]
) -> tuple[list[Fix], list[Left]]:
    """Fixes whose edits overlap another fix, or cut into a flagged token they do not replace whole, are left:
    the display could not mask what remains of that token."""
    kept: list[Fix] = []
    taken: list[tuple[int, int]] = []
    for fix in fixes:
        spans = [(e.start, e.end) for e in fix.edits]
        cuts = any(_cuts(s, m) for s in spans for m in masks)
        if cuts or any(overlaps(s, t) or s[0] == s[1] == t[0] for s in spans for t in taken):
            left += [Left(f, "its fix would overlap another finding's text") for f in fix.findings]
            continue
        kept.append(fix)
        taken += spans
    return kept, left


def _cuts(edit: tuple[int, int], token: tuple[int, int]) -> bool:
    """True when an edit changes part of a token but not all of it (an insertion inside it, say)."""
    if edit[0] == edit[1]:
        return token[0] < edit[0] < token[1]
    return overlaps(edit, token) and not (edit[0] <= token[0] and token[1] <= edit[1])


def _expected(data: Any, ops: Sequence[Op]) -> Any:
    data = copy.deepcopy(data)
    for op in ops:
        tokens = pointer_tokens(op.pointer)
        parent = data
        for token in tokens[:-1]:
            parent = parent[int(token)] if isinstance(parent, list) else parent[token]
        last: Any = int(tokens[-1]) if isinstance(parent, list) else tokens[-1]
        if op.removes:
            del parent[last]
        else:
            parent[last] = op.value
    return data


def _parses_to(data: Any, text: str, path: str, limits: Limits, fixes: Sequence[Fix]) -> bool:
    try:
        new = apply_edits(text, (e for f in fixes for e in f.edits))
        expected = _expected(data, [op for f in fixes for op in f.ops])
    except (ValueError, LookupError, IndexError, TypeError):
        return False
    doc = load_text(new, path, limits=limits)
    return not isinstance(doc, FileError) and doc.data == expected


def _verified(
    data: Any, text: str, path: str, limits: Limits, fixes: list[Fix], left: list[Left]
) -> tuple[list[Fix], list[Left]]:
    """The fixes whose edits give exactly the intended data (all together, else each alone)."""
    if not fixes or _parses_to(data, text, path, limits, fixes):
        return fixes, left
    good = [f for f in fixes if _parses_to(data, text, path, limits, [f])]
    if not _parses_to(data, text, path, limits, good):
        good = []
    left += [Left(g, "its edit did not check out; fix it by hand") for f in fixes if f not in good for g in f.findings]
    return good, left


def plan_report(report: Report, *, cwd: Path | None = None, limits: Limits | None = None) -> list[FilePlan | FileError]:
    """A plan for every file of `report` with findings (a document scanned from memory has no file to fix)."""
    by_path: dict[str, list[Finding]] = {}
    for f in report.findings:
        if f.path:
            by_path.setdefault(f.path, []).append(f)
    base = cwd or Path.cwd()
    limits = limits or Limits()
    return [plan_file(p, fs, base / p, report.masked_keys, limits) for p, fs in by_path.items()]
