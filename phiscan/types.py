"""Immutable value types that flow between phiscan's stages.

document -> surfaces -> detections -> findings -> report.  Raw scanned text lives in
`Surface` and `Detection` only; a `Finding` carries a masked excerpt and a fingerprint,
and the raw value only when the caller asked to see values.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
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
    FEATURE = "feature"
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
class Location:
    """1-based line and column span in the source file."""

    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class Finding:
    """A reportable problem: PHI, a secret, a refused feature or a lint warning."""

    rule: str
    path: str
    pointer: str
    surface: Role
    entity: str
    hipaa: str
    severity: Severity
    score: float
    exposure: Exposure
    message: str
    excerpt: str
    fingerprint: str
    location: Location | None = None
    value: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": self.path,
            "pointer": self.pointer,
            "surface": self.surface.value,
            "entity": self.entity,
            "hipaa": self.hipaa,
            "severity": self.severity.value,
            "score": round(self.score, 3),
            "exposure": self.exposure.value,
            "rule": self.rule,
            "message": self.message,
            "text": self.excerpt if self.value is None else self.value,
            "fingerprint": self.fingerprint,
        }
        if self.location is not None:
            out["line"] = self.location.line
            out["column"] = self.location.column
        return out


@dataclass(frozen=True, slots=True)
class FileError:
    """A file that could not be read or parsed.  The message never quotes content."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None

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
    extra: Mapping[str, Any] = field(default_factory=dict)

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
