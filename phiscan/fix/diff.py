"""How fixes are shown: a unified diff with every flagged value masked, and comment lines for what is left.

The removed lines of a diff would show the very values being removed, so both sides are rendered from the
source with each flagged token masked exactly as phiscan's reports mask it (`phiscan.masking`); only the
text a fix writes (a placeholder, a format regex, `${NAME}`) shows as it is.  Such a diff is for review:
its lines are not the file's, so `patch` and `git apply` cannot apply it (`phiscan fix` does).
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import TextIO

from phiscan.fix.places import Edit, apply_edits
from phiscan.fix.plan import FilePlan
from phiscan.masking import mask, mask_secret
from phiscan.pointer import masked_pointer

HEADER = (
    "# phiscan fix --dry-run: flagged values are masked on every line, as in phiscan's reports, so this diff\n"
    "# is for review and cannot be applied with patch or git apply; `phiscan fix` makes these edits.\n"
)


def _masked(raw: str, secret: bool) -> str:
    quote = raw[:1] if len(raw) >= 2 and raw[:1] in "\"'" and raw[-1:] == raw[:1] else ""
    inner = raw[len(quote) : len(raw) - len(quote)]
    return quote + (mask_secret(inner) if secret else mask(inner)) + quote


def _mask_edits(plan: FilePlan, skip: Sequence[Edit]) -> list[Edit]:
    """Edits masking each flagged token that no edit in `skip` replaces whole."""
    return [
        Edit(a, b, _masked(plan.text[a:b], secret))
        for a, b, secret in plan.masks
        if not any(e.start <= a and b <= e.end and e.start < e.end for e in skip)
    ]


def _lines(text: str) -> list[str]:
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return lines


def masked_diff(plan: FilePlan) -> str:
    """The unified diff of `plan`'s fixes, values masked on both sides."""
    edits = [e for f in plan.fixes for e in f.edits]
    old = apply_edits(plan.text, _mask_edits(plan, ()))
    new = apply_edits(plan.text, [*edits, *_mask_edits(plan, edits)])
    return "".join(difflib.unified_diff(_lines(old), _lines(new), f"a/{plan.path}", f"b/{plan.path}"))


def notes(plan: FilePlan, sensitive: frozenset[str], *, applied: bool) -> str:
    """Comment lines: each fix (made, or to be made), then each finding left, with a suggested rename."""
    out: list[str] = []
    verb = "fixed" if applied else "fix"
    for fix in plan.fixes:
        rules = ", ".join(dict.fromkeys(f.rule for f in fix.findings))
        out.append(f"# {plan.path}: {verb} {masked_pointer(fix.pointer, sensitive)}: {fix.action} ({rules})\n")
    for left in plan.left:
        f = left.finding
        where = masked_pointer(f.pointer, sensitive) or f.where
        line = f"# {plan.path}: left {where} ({f.rule}, {f.where}): {left.reason}"
        if left.rename is not None:
            line += f"; suggested rename (not applied): {left.rename}"
        out.append(line + "\n")
    return "".join(out)


def write_dry_run(plans: Sequence[FilePlan], sensitive: frozenset[str], out: TextIO) -> None:
    """The header, then for each file its notes and its masked diff."""
    out.write(HEADER)
    for plan in plans:
        out.write(notes(plan, sensitive, applied=False))
        if plan.fixes:
            out.write(masked_diff(plan))
