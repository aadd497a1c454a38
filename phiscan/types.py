"""Immutable value types that flow between phiscan's stages.

document -> surfaces -> detections -> findings -> report.  Raw scanned text lives in
`Surface` and `Detection` only; a `Finding` carries a masked excerpt and a fingerprint,
and the raw value only when the caller asked to see values.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


class Role(str, enum.Enum):
    """Where a string sits in a schema or request."""

    PROPERTY_NAME = "property_name"
    PATTERN_PROPERTY = "pattern_property"
    ENUM = "enum"
    CONST = "const"
    PATTERN = "pattern"
    TITLE = "title"
    DESCRIPTION = "description"
    EXAMPLES = "examples"
    DEFAULT = "default"
    TOOL_NAME = "tool_name"
    TOOL_DESCRIPTION = "tool_description"
    FILE_NAME = "file_name"
    METADATA = "metadata"


class FindingKind(str, enum.Enum):
    """What a finding is about: PHI or a secret in some text, a refused API feature, request metadata that
    identifies a person, or provider-compatibility lint (a warning, never PHI)."""

    PHI = "phi"
    SECRET = "secret"
    FEATURE = "feature"
    METADATA = "metadata"
    LINT = "lint"


class Exposure(str, enum.Enum):
    """Where the string travels, which decides how much a finding matters."""

    SCHEMA_CACHE = "schema-cache"
    PROMPT = "prompt"
    FILE_NAME = "file-name"
    METADATA = "metadata"


class Severity(str, enum.Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.LOW: 1, Severity.MEDIUM: 2, Severity.HIGH: 3}

# Roles whose text the API compiles into the cached grammar itself.
GRAMMAR_ROLES = frozenset(
    {Role.PROPERTY_NAME, Role.PATTERN_PROPERTY, Role.ENUM, Role.CONST, Role.PATTERN, Role.TOOL_NAME}
)
# Roles that are keys of an object: reported at the pointer of the entry they name.
KEY_ROLES = frozenset({Role.PROPERTY_NAME, Role.PATTERN_PROPERTY})


@dataclass(frozen=True, slots=True)
class Surface:
    """One string that could land somewhere it must not carry PHI.

    `raw` is the string exactly as it sits in the document (a key, a value, a regex).
    `context` holds nearby vocabulary (the property names above it) that makes weak
    patterns credible: `123456789` under `mrn` is a record number, elsewhere it is not.
    """

    path: str
    pointer: str
    role: Role
    exposure: Exposure
    raw: str
    context: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Detection:
    """A raw recogniser hit inside one view of a surface's text, before policy."""

    entity: str
    start: int
    end: int
    score: float
    recognizer: str
    matched: str = ""


@dataclass(frozen=True, slots=True)
class Verdict:
    """What detection found in one view.  `complete` is False when some detector failed on it: the
    detections it holds are then only part of what is there, and the view is never cached."""

    detections: tuple[Detection, ...] = ()
    complete: bool = True

    def with_context(self, extra: list[Detection] | None) -> Verdict:
        """This verdict plus what the schema's own words support; None for those: not fully analysed."""
        return Verdict(self.detections + tuple(extra or ()), self.complete and extra is not None)


def key_pointers(findings: Iterable[Finding]) -> frozenset[str]:
    """Pointers of findings on keys (a property named after a patient): the key is itself the value, so these
    pointers, and every pointer below them, are shown masked."""
    return frozenset(f.pointer for f in findings if f.surface in KEY_ROLES and f.pointer)


@dataclass(frozen=True, slots=True)
class Location:
    """1-based line and column span in the source file."""

    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class Finding:
    """A reportable problem: PHI, a secret, a refused feature or a lint warning.

    Built only by `phiscan.policy.mint`.  `surface` is where in the document the text sits (None for
    feature and lint findings, which are about the request, not a string); `hipaa` is the Safe Harbor
    identifier the finding is, empty when it is none; `text` is the masked excerpt; `span` is the
    matched part's character offsets in the surface's string when it is only a part of it (one
    alternative of a `pattern`, say); `value` is the raw match, kept only when asked to show values.
    """

    rule: str
    kind: FindingKind
    path: str
    pointer: str
    surface: Role | None
    entity: str
    hipaa: str
    severity: Severity
    score: float
    exposure: Exposure
    message: str
    text: str
    fingerprint: str
    location: Location | None = None
    value: str | None = None
    span: tuple[int, int] | None = None
    count: int = 1  # more than one: this finding stands for that many values of its rule in the string

    @property
    def where(self) -> str:
        """The surface's name, or the kind's for findings that sit on no string (`feature`, `lint`)."""
        return self.surface.value if self.surface is not None else self.kind.value

    def to_dict(self) -> dict[str, Any]:
        """The finding as the JSON contract has it (see the README)."""
        from phiscan.pointer import shortened_pointer

        out: dict[str, Any] = {
            "path": self.path,
            "pointer": shortened_pointer(self.pointer),
            "surface": self.where,
            "kind": self.kind.value,
            "entity": self.entity,
            "hipaa": self.hipaa,
            "severity": self.severity.value,
            "score": round(self.score, 3),
            "exposure": self.exposure.value,
            "rule": self.rule,
            "message": self.message,
            "text": self.text if self.value is None else self.value,
            "fingerprint": self.fingerprint,
        }
        if self.location is not None:
            out["line"] = self.location.line
            out["column"] = self.location.column
        if self.span is not None:
            out["span"] = list(self.span)
        if self.count > 1:
            out["count"] = self.count
        return out


class FailureReason(str, enum.Enum):
    """Why a file, or a string in it, was not fully scanned."""

    UNREADABLE = "unreadable"  # the file could not be read or parsed, or was refused by a limit
    DETECTION_FAILED = "detection-failed"  # a detector failed on a string
    STRING_TRUNCATED = "string-truncated"  # a string longer than max_string_chars was analysed in part
    WORKER_FAILED = "worker-failed"  # the --jobs worker scanning the file died


@dataclass(frozen=True, slots=True)
class FileError:
    """A file phiscan could not fully scan: it is unread, or some string in it was not fully analysed.

    Either way its findings may be missing, so it fails the run (exit 2).  `reason` says which, so callers
    that must fail closed decide on it, never on wording.  The message never quotes content.
    """

    path: str
    message: str
    line: int | None = None
    column: int | None = None
    reason: FailureReason = FailureReason.UNREADABLE

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class Note:
    """Something worth telling the user that is neither a finding nor an error."""

    path: str
    message: str


@dataclass(frozen=True, slots=True)
class BaselineOutcome:
    """What a baseline did to a scan: how many findings it held back, and the entries a new baseline
    would hold (keyed hashes, never values) for the files scanned."""

    matched: int
    entries: frozenset[tuple[str, str, str]]
    files: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Report:
    """The result of one scan."""

    findings: tuple[Finding, ...] = ()
    errors: tuple[FileError, ...] = ()
    warnings: tuple[Finding, ...] = ()  # provider-compatibility lint: never PHI, never fails a run
    notes: tuple[Note, ...] = ()
    files_scanned: int = 0
    strings_scanned: int = 0
    ignored: int = 0
    fail_on: Severity = Severity.MEDIUM
    profile: str = "hipaa"
    baseline: BaselineOutcome | None = None
    masked_keys: frozenset[str] = frozenset()  # flagged keys whose own finding was suppressed: still masked
    scanned: tuple[str, ...] = ()  # the paths read, in scan order (a JUnit report makes each a test case)

    @property
    def failures(self) -> tuple[FileError, ...]:
        """Errors about strings that were read but not fully analysed (a subset of `errors`)."""
        return tuple(e for e in self.errors if e.reason is not FailureReason.UNREADABLE)

    @property
    def sensitive_pointers(self) -> frozenset[str]:
        """Pointers whose last token is a flagged key: masked wherever a pointer is shown."""
        return self.masked_keys | key_pointers(self.findings)

    @property
    def failing(self) -> tuple[Finding, ...]:
        """Findings at or above the `fail_on` severity."""
        return tuple(f for f in self.findings if f.severity.rank >= self.fail_on.rank)

    @property
    def ok(self) -> bool:
        """True when nothing at or above `fail_on` was found and every file was read."""
        return not self.failing and not self.errors

    @property
    def exit_code(self) -> int:
        """0 clean, 1 findings at or above `fail_on`, 2 any file could not be read or parsed."""
        if self.errors:
            return 2
        return 1 if self.failing else 0

    def raise_for_findings(self) -> None:
        """Raise `FindingsError` when the report is not ok."""
        if not self.ok:
            from phiscan.errors import FindingsError

            raise FindingsError(self)
