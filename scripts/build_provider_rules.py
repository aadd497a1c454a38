"""Write phiscan/data/provider_rules.json (and NOTICE-gitleaks.txt) from gitleaks' rule set.

gitleaks (https://github.com/gitleaks/gitleaks, MIT) maintains regexes for a few hundred provider
token formats in `config/gitleaks.toml`.  This script converts them for `phiscan.detect.providers`:

    python scripts/build_provider_rules.py PATH_TO_GITLEAKS_GIT_DIR

The path is a clone (or a bare mirror) of gitleaks; the rules, licence and commit are read from its HEAD.
Each kept rule keeps its id, description, regex, secretGroup, keywords, entropy and its allowlists that
look at the secret, the match or the line (path and commit allowlists have nothing to look at in a
schema string).  Go RE2 syntax is translated to Python `re` (compiled with `re.ASCII`, as RE2's `\\w`,
`\\d`, `\\s` and `\\b` are ASCII); rules that cannot be translated, rules without keywords (they would
run on every string), rules tied to a file path and catch-all rules are dropped, each with its reason
in the output.  Run it again to take a newer gitleaks; review the `dropped` list and the test output.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import tomllib  # Python 3.11+, as this script needs (phiscan itself runs on 3.10)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "phiscan" / "data" / "provider_rules.json"
NOTICE = ROOT / "phiscan" / "data" / "NOTICE-gitleaks.txt"
REPOSITORY = "gitleaks/gitleaks"
RULES_PATH = "config/gitleaks.toml"

# Rules that are not a provider's token format: they match a credential-looking value after any
# keyword, so they fire on ordinary schema text (property descriptions, curl examples in docs).
CATCH_ALL: dict[str, str] = {
    "generic-api-key": "catch-all: any high-entropy value after key/token/secret/password/auth/api (schema prose)",
    "curl-auth-header": "catch-all: any bearer/basic value in a curl command line (API docs quote such examples)",
    "curl-auth-user": "catch-all: any user:password after curl -u (API docs quote such examples)",
}

_POSIX = {
    "alnum": "0-9A-Za-z",
    "alpha": "A-Za-z",
    "ascii": "\\x00-\\x7F",
    "blank": "\\t ",
    "cntrl": "\\x00-\\x1F\\x7F",
    "digit": "0-9",
    "graph": "!-~",
    "lower": "a-z",
    "print": " -~",
    "punct": "!-/:-@\\[-`{-~",
    "space": "\\t\\n\\v\\f\\r ",
    "upper": "A-Z",
    "word": "0-9A-Za-z_",
    "xdigit": "0-9A-Fa-f",
}
_CLASS_ESCAPES = frozenset("dDsSwW")
# gitleaks' keyword-assignment rules open with `[\w.-]{0,50}?`, which only widens the match leftwards over
# the name before the keyword (the secret is a group after it).  RE2 runs it in linear time; Python's
# backtracking engine tries 50 extensions at every position, so it is left out (`re2` keeps the original).
_LEADING_NAME = re.compile(r"^((?:\(\?i:)?)\[\\w\.\\-\]\{0,50\}\?")
_FLAG_GROUP = re.compile(r"\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?\)")
_NAMED_GROUP = re.compile(r"\(\?P?<(\w+)>")


class Untranslatable(ValueError):
    """A Go RE2 construct with no Python `re` equivalent."""


def _class(go: str, i: int) -> tuple[str, int]:
    """The bracket expression starting at `go[i]` in Python syntax, and the index after it."""
    out, j = ["["], i + 1
    if go.startswith("^", j):
        out.append("^")
        j += 1
    items: list[tuple[str, bool]] = []  # (Python text, is it a set rather than one character)
    while True:
        if j >= len(go):
            raise Untranslatable("unterminated character class")
        c = go[j]
        if c == "]" and items:
            break
        if go.startswith("[:", j):
            end = go.find(":]", j)
            name = go[j + 2 : end]
            if end < 0 or name not in _POSIX:
                raise Untranslatable(f"POSIX class {go[j : end + 2]!r}")
            items.append((_POSIX[name], True))
            j = end + 2
        elif c == "\\":
            esc = go[j : j + 2]
            if esc[1:] in ("p", "P", "Q", "E"):
                raise Untranslatable(f"escape {esc!r} in a class")
            items.append((esc, esc[1:] in _CLASS_ESCAPES))
            j += 2
        else:
            # Python warns about `[`, `&&`, `~~`, `||` and `--` in a class (future set syntax); escaping is exact.
            items.append(("\\" + c if c in "[]&~|" else c, False))
            j += 1
    for k, (text, _) in enumerate(items):
        if text == "-":
            lone = (
                k == 0
                or k == len(items) - 1
                or items[k - 1][1]
                or items[k + 1][1]
                or items[k - 1][0] == "-"
                or (k >= 2 and items[k - 2][0] == "-")  # the end of a range just closed: `a-z-0`
            )
            out.append("\\-" if lone else "-")
        else:
            out.append(text)
    out.append("]")
    return "".join(out), j + 1


def translate(go: str) -> str:
    """`go` (Go RE2 syntax) as a Python `re` pattern with the same matches, under `re.ASCII`.

    A flag group in mid-pattern (`ab(?i)cd`) applies to the rest of its enclosing group in RE2 and is an
    error in Python, so it becomes a scoped group closed where that group closes.  `\\z` is `\\Z`, `$`
    (RE2's end of text without the m flag) is `\\Z`, POSIX classes are spelled out.
    """
    out: list[str] = []
    pending = [0]  # per open group: the scoped flag groups opened inside it, closed when it closes
    i = 0
    while i < len(go):
        c = go[i]
        if c == "\\":
            esc = go[i : i + 2]
            if esc[1:] in ("p", "P", "Q", "E", "C"):
                raise Untranslatable(f"escape {esc!r}")
            out.append("\\Z" if esc == "\\z" else esc)
            i += 2
        elif c == "[":
            text, i = _class(go, i)
            out.append(text)
        elif c == "(":
            flags = _FLAG_GROUP.match(go, i)
            named = _NAMED_GROUP.match(go, i)
            if flags:
                on, off = flags.group(1), flags.group(2) or ""
                if set(on + off) - set("is"):
                    raise Untranslatable(f"flags {flags.group()!r}")
                out.append(f"(?{on}{'-' + off if off else ''}:")
                pending[-1] += 1
                i = flags.end()
                continue
            if named:
                out.append(f"(?P<{named.group(1)}>")
                i = named.end()
            else:
                lead = re.match(r"\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?:", go[i:])
                if lead and set((lead.group(1) or "") + (lead.group(2) or "")) - set("is"):
                    raise Untranslatable(f"flags {lead.group()!r}")
                out.append("(")
                i += 1
            pending.append(0)
        elif c == ")":
            if len(pending) < 2:
                raise Untranslatable("unbalanced ')'")
            out.append(")" * pending.pop() + ")")
            i += 1
        elif c == "$":
            out.append("\\Z")
            i += 1
        else:
            out.append(c)
            i += 1
    if len(pending) != 1:
        raise Untranslatable("unbalanced '('")
    out.append(")" * pending[0])
    return "".join(out)


def _compiled(go: str) -> str:
    """The translated pattern, less any leading name run, which Python must compile without a warning."""
    python = translate(go)
    while _LEADING_NAME.match(python):
        python = _LEADING_NAME.sub(r"\1", python, count=1)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            re.compile(python, re.ASCII)
        except (re.error, FutureWarning) as exc:
            raise Untranslatable(f"Python re: {exc}") from exc
    return python


def _allowlists(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The allowlists a schema string can meet (secret, match or line targets); path and commit ones left out.

    Their regexes are searched for (gitleaks' `MatchString`), their stopwords looked for in the lower-cased secret.
    """
    out = []
    for a in raw:
        # An AND allowlist needs all its parts to hold; left out, it only ever allows less.
        if a.get("paths") or a.get("commits") or a.get("condition", "OR").upper() == "AND":
            continue
        if not (a.get("regexes") or a.get("stopwords")):
            continue
        entry: dict[str, Any] = {"target": a.get("regexTarget", "secret")}
        if a.get("regexes"):
            entry["regexes"] = [_compiled(r) for r in a["regexes"]]
        if a.get("stopwords"):
            entry["stopwords"] = sorted({w.lower() for w in a["stopwords"]})
        out.append(entry)
    return out


def convert(config: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """(kept rules, dropped rules with reasons) from a parsed gitleaks.toml."""
    kept: list[dict[str, Any]] = []
    dropped: list[dict[str, str]] = []
    for rule in config["rules"]:
        rid = rule["id"]
        reason = ""
        if rid in CATCH_ALL:
            reason = CATCH_ALL[rid]
        elif not rule.get("regex"):
            reason = "no regex: matches file names only"
        elif not rule.get("keywords"):
            reason = "no keywords: would run on every string"
        elif rule.get("path"):
            reason = f"needs a file path matching {rule['path']!r} (a schema string has none)"
        if not reason:
            try:
                entry: dict[str, Any] = {"id": rid, "description": rule["description"]}
                entry["regex"] = _compiled(rule["regex"])
                if entry["regex"] != rule["regex"]:
                    entry["re2"] = rule["regex"]
                if rule.get("secretGroup"):
                    entry["secretGroup"] = rule["secretGroup"]
                entry["keywords"] = sorted({k.lower() for k in rule["keywords"]})
                if rule.get("entropy"):
                    entry["entropy"] = rule["entropy"]
                allow = _allowlists(rule.get("allowlists", []))
                if allow:
                    entry["allowlists"] = allow
                kept.append(entry)
                continue
            except Untranslatable as exc:
                reason = f"does not translate to Python re: {exc}"
        dropped.append({"id": rid, "reason": reason})
    return kept, dropped


def _git(git_dir: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(git_dir), *args], check=True, capture_output=True, text=True).stdout


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    git_dir = Path(argv[0])
    commit = _git(git_dir, "rev-parse", "HEAD").strip()
    licence = _git(git_dir, "show", f"{commit}:LICENSE")
    config = tomllib.loads(_git(git_dir, "show", f"{commit}:{RULES_PATH}"))
    copyright_line = next(line.strip() for line in licence.splitlines() if line.startswith("Copyright"))
    kept, dropped = convert(config)
    glob = config.get("allowlist", {})
    out = {
        "source": {
            "repository": f"https://github.com/{REPOSITORY}",
            "commit": commit,
            "path": RULES_PATH,
            "ref": f"{REPOSITORY}@{commit}:{RULES_PATH}",
        },
        "license": {"spdx": "MIT", "copyright": copyright_line, "notice": NOTICE.name},
        "generated_by": "scripts/build_provider_rules.py",
        "regex_dialect": (
            "Python re, compiled with re.ASCII; translated from Go RE2, less a leading [\\w.-]{0,50}? "
            "(it only widens the match leftwards); `re2` holds the original"
        ),
        "allowlist": {
            "regexes": [_compiled(r) for r in glob.get("regexes", [])],
            "stopwords": sorted({w.lower() for w in glob.get("stopwords", [])}),
        },
        "dropped": dropped,
        "rules": kept,
    }
    OUT.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    NOTICE.write_text(
        f"{OUT.name} is derived from {RULES_PATH} of gitleaks\n"
        f"(https://github.com/{REPOSITORY}, commit {commit}),\n"
        "whose licence follows.\n\n" + licence,
        encoding="utf-8",
    )
    print(f"wrote {OUT}: {len(kept)} rules kept, {len(dropped)} dropped")
    for d in dropped:
        print(f"  dropped {d['id']}: {d['reason']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
