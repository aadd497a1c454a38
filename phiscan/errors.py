"""The one exception family phiscan raises.  Messages never quote scanned values."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from phiscan.types import Report


class PhiscanError(Exception):
    """Base class for every error phiscan raises on purpose."""


class ConfigError(PhiscanError):
    """A configuration file, flag or argument is wrong; the message says how to fix it."""


class FindingsError(PhiscanError):
    """Raised by `Report.raise_for_findings()` and the SDK guard when a scan is not clean."""

    def __init__(self, report: Report) -> None:
        self.report = report
        from phiscan.pointer import masked_pointer

        failing = report.failing
        sensitive = report.sensitive_pointers
        parts = [f"phiscan: {len(failing)} finding(s) at or above '{report.fail_on.value}'"]
        for f in failing[:5]:
            where = masked_pointer(f.pointer, sensitive)  # a flagged key is itself the value
            parts.append(f"  {f.path or '<document>'}#{where} [{f.rule}] {f.entity} in {f.where}")
        if len(failing) > 5:
            parts.append(f"  ... and {len(failing) - 5} more")
        if report.errors:
            parts.append(f"  {len(report.errors)} file(s) could not be scanned")
        super().__init__("\n".join(parts))
