"""`ScanOptions`: everything that shapes a scan besides its inputs, one frozen value passed to every stage."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from phiscan.documents.load import Limits
from phiscan.policy.decide import Policy
from phiscan.policy.suppress import Suppressions
from phiscan.types import Severity

if TYPE_CHECKING:
    from phiscan.policy.baseline import Baseline


@dataclass(frozen=True, slots=True)
class ScanOptions:
    """Everything that shapes a scan besides its inputs."""

    policy: Policy = field(default_factory=Policy)
    fail_on: Severity = Severity.MEDIUM
    kind: str | None = None
    limits: Limits = field(default_factory=Limits)
    nlp_model: str | None = None
    exclude: tuple[str, ...] = ()
    include: tuple[str, ...] = ()  # globs of files to scan in folders; default *.json, *.jsonl, *.yaml, *.yml
    profile: str = "hipaa"
    suppressions: Suppressions = field(default_factory=Suppressions)  # disabled rules, per-file ignores
    baseline: Baseline | None = None  # report only findings not in it
    analyze_also: re.Pattern[str] | None = None  # custom recognizers' texts the prefilter would skip
    cache: bool = False  # reuse verdicts from the on-disk cache (phiscan.detect.cache); the CLI turns it on
    jobs: int = 1  # worker processes for scan_paths; output is identical for any value
    follow_symlinks: bool = False  # follow symbolic links met inside scanned folders
