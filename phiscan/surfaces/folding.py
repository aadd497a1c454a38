"""A string as the detectors read it: every script's digits, full-width letters, typeset spaces and a typeset dash
between a number's groups in their ASCII forms, one character for one, so a detection's span is its span in the
written text."""

from __future__ import annotations

import re
import unicodedata


class _Digits(dict[int, str]):
    """Every script's decimal digits as ASCII ones, one character for one (`١٩٦٢`, `१९६२`, `๒๕๐๕` read as years),
    so a detection's span in the folded text is its span in the written one; East Asian text's full-width letters and
    digits as ASCII ones (its full-width colon and brackets stay theirs: they part words as a space does); and a
    typeset space, no-break, thin or narrow (`264\u200939\u20097929`, French `+33\u202f6\u202f12...`), as a space.
    Filled as characters are met: listing all of Unicode's digits up front costs a one-file hook run 70 ms."""

    def __missing__(self, c: int) -> str:
        ch = chr(c)
        if unicodedata.category(ch) == "Nd":
            folded = str(unicodedata.digit(ch))
        elif 0xFF21 <= c <= 0xFF3A or 0xFF41 <= c <= 0xFF5A:  # FULLWIDTH LATIN CAPITAL LETTER A .. SMALL LETTER Z
            folded = chr(c - 0xFEE0)
        elif unicodedata.category(ch) == "Zs" and c != 0x3000:  # the ideographic space stays East Asian text's
            folded = " "
        else:
            folded = ch
        self[c] = folded
        return folded


# a typeset dash between a number's groups (an en dash, a minus, a full-width hyphen), three groups or more as an
# SSN's or a phone's are written; between two numbers an en dash is a range (2019 to 2021 written with one)
_DASHES = "\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d"
_GROUPS = re.compile(f"[0-9]+(?:[{_DASHES}][0-9]+){{2,}}")
_DASH = re.compile(f"[{_DASHES}]")


def folded(written: str) -> str:
    """`written` as the detectors read it, one character for one."""
    text = written.translate(_DIGITS)
    return _GROUPS.sub(lambda m: _DASH.sub("-", m[0]), text) if _DASH.search(text) else text


_DIGITS = _Digits()
