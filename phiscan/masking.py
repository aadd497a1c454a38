"""How a value is shown when it must not be: the one masking rule every report, note and pointer uses."""

from __future__ import annotations


def mask(value: str) -> str:
    """`Maria Gonzalez` -> `M**** G*******`; digits are always hidden: `078-05-1121` -> `***-**-****`."""
    out: list[str] = []
    prev_alpha = False
    for ch in value:
        if ch.isdigit():
            out.append("*")
            prev_alpha = False
        elif ch.isalpha():
            out.append("*" if prev_alpha else ch)
            prev_alpha = True
        else:
            out.append(ch)
            prev_alpha = False
    return "".join(out)
