"""How a value is shown when it must not be: the one masking rule every report, note and pointer uses,
and the stricter one for secrets."""

from __future__ import annotations

import functools
import unicodedata
from typing import Any

_LAYOUT = frozenset({"P", "Z", "S"})  # punctuation, separators, symbols (emoji aside), shown as they are


@functools.cache
def _patterns() -> tuple[Any, Any]:
    """The grapheme and emoji patterns, compiled on first use: importing `regex` costs a warm pre-commit run
    a tenth of its time, and most runs mask nothing."""
    import regex

    # One extended grapheme cluster (UAX #29): a base character with its combining marks, a ZWJ emoji
    # sequence, a flag, a Hangul syllable, CR LF.  A lone surrogate does not stop it; its cluster is starred.
    grapheme = regex.compile(r"\X")
    # Pictographs, flags and skin tones are content (a flag is a nationality, a tone a complexion), not layout.
    emoji = regex.compile(r"[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}]")
    return grapheme, emoji


def _is_digit(ch: str) -> bool:
    """A digit of any script (`7`, `७`, `๗`, `²`, `Ⅶ`); numerals that are letters (`七`) are letters."""
    return ch.isnumeric() and not ch.isalpha()


def _is_layout(cluster: str) -> bool:
    """Punctuation, a space, a symbol or a control character standing alone: the value's shape, kept."""
    if cluster == "\r\n":
        return True
    if len(cluster) != 1:
        return False  # anything carrying a mark, a joiner or a selector is content
    category = unicodedata.category(cluster)
    return category == "Cc" or (category[0] in _LAYOUT and not _patterns()[1].match(cluster))


def _shown_as_is(cluster: str) -> bool:
    """No code point of the cluster is unassigned, private or a surrogate to this Python's Unicode tables: the
    grapheme pattern (`regex`) may know a newer Unicode and join a mark Python does not know (`A\u1acf`)."""
    return all(unicodedata.category(ch) not in ("Cs", "Co", "Cn") for ch in cluster)


def mask(value: str) -> str:
    """`Maria Gonzalez` -> `M**** G*******`; digits are always hidden: `078-05-1121` -> `***-**-****`.

    Works on grapheme clusters, so `राहुल` -> `रा**`: each run of word content shows at most its first
    cluster, and only when that starts with a letter; every other cluster of content becomes one `*`.
    Digits of any script are one `*` each and end the run.  Punctuation, spaces, symbols and control
    characters standing alone are kept.  Everything else is content: letters and their marks, emoji,
    invisible format characters, private-use and unassigned code points, lone surrogates.
    For ASCII text this is exactly the code-point rule: first letter of each letter run, no digit.
    """
    out: list[str] = []
    in_word = False
    for cluster in _patterns()[0].findall(value):
        if any(_is_digit(ch) for ch in cluster):
            out.append("*")
            in_word = False
        elif _is_layout(cluster):
            out.append(cluster)
            in_word = False
        else:
            out.append(cluster if not in_word and cluster[0].isalpha() and _shown_as_is(cluster) else "*")
            in_word = True
    return "".join(out)


# Token prefixes that name the kind of credential, not any of its secret bits, as the issuers document
# them: Anthropic and OpenAI API key formats (`sk-ant-api03-`, `sk-ant-admin01-`, `sk-proj-`,
# `sk-svcacct-`, `sk-admin-`, `sk-`), GitHub's "Behind GitHub's new authentication token formats"
# (`ghp_` … `github_pat_`), GitLab's "Token prefixes" (`glpat-`), Slack's "Token types" (`xox?-`,
# `xapp-`), AWS IAM "Unique identifier prefixes" (`AKIA`, `ASIA`), Google API keys (`AIza`), npm and
# PyPI API token docs (`npm_`, `pypi-`), Stripe's "API keys" (`sk_live_`, `rk_live_`, `sk_test_`),
# SendGrid API keys (`SG.`) and PEM armour (RFC 7468, `-----BEGIN`).  The same prefixes anchor the
# secret recognisers (detect-secrets, gitleaks), so showing them says no more than the rule id does.
SECRET_PREFIXES: tuple[str, ...] = tuple(
    sorted(
        (
            "sk-ant-api03-", "sk-ant-admin01-", "sk-proj-", "sk-svcacct-", "sk-admin-", "sk-",
            "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-",
            "xoxb-", "xoxp-", "xoxa-", "xoxs-", "xapp-",
            "AKIA", "ASIA", "AIza", "npm_", "pypi-",
            "sk_live_", "rk_live_", "sk_test_", "SG.", "-----BEGIN",
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip  # longest first: the first match is the longest


def mask_secret(value: str) -> str:
    """A credential shown as at most its known prefix and the length of the rest:
    `sk-ant-api03-…(95 chars)`, `ghp_…(36 chars)`, `…(40 chars)` when no prefix is known.

    Unlike `mask`, no character of the secret itself is ever shown, not even the first of a run.
    """
    prefix = next((p for p in SECRET_PREFIXES if value.startswith(p)), "")
    return f"{prefix}…({len(value) - len(prefix)} chars)"
