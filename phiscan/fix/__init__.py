"""`phiscan fix`: the findings that have a safe mechanical fix, fixed in place or shown as a masked diff.

`plan` reads each file and computes the edits (`actions`, over `places` and `layout`, with what they write
from `values`), `diff` shows them with every value masked, `command` runs the whole, and the SARIF writer
carries the same edits as `fixes`.  docs/fix.md says what is fixed and how.
"""

from __future__ import annotations

from phiscan.fix.actions import Fix
from phiscan.fix.plan import FilePlan, Left, plan_report

__all__ = ["FilePlan", "Fix", "Left", "plan_report"]
