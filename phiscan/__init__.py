"""phiscan: find PHI and secrets in JSON Schemas and LLM tool definitions.

Anthropic (and other providers) compile strict tool and structured-output schemas into
grammars cached apart from message content for up to 24 hours, without the protections
prompts get: PHI must never sit in property names, enum/const values or patterns.

    import phiscan
    report = phiscan.scan_document(body)        # a schema, a tool list, a request, a Pydantic model
    report = phiscan.scan_paths(["schemas/"])   # files and folders
    report.raise_for_findings()                 # raises phiscan.FindingsError
    client = phiscan.guard(anthropic.Anthropic())  # checks every request before it is sent
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from phiscan.errors import ConfigError, FindingsError, PhiscanError
from phiscan.scan import ScanOptions, scan_document, scan_paths
from phiscan.types import Exposure, FileError, Finding, Report, Role, Severity

if TYPE_CHECKING:
    from phiscan.sdk.proxy import guard


def __getattr__(name: str) -> Any:
    # the guard pulls in asyncio and the SDK plumbing; the CLI and pre-commit never need it.
    # (It lives in `phiscan.sdk` so that importing the module can't shadow this function.)
    if name == "guard":
        from phiscan.sdk.proxy import guard

        return guard
    raise AttributeError(f"module 'phiscan' has no attribute {name!r}")


__all__ = [
    "ConfigError",
    "Exposure",
    "FileError",
    "Finding",
    "FindingsError",
    "PhiscanError",
    "Report",
    "Role",
    "ScanOptions",
    "Severity",
    "guard",
    "scan_document",
    "scan_paths",
]
