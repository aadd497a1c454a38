"""A file's name as its words: without the extensions schema files carry (`a.tools.json` -> `a`), and an address in
it up to its domain's top level (`rosa@mail.com.vscode-tool.json` -> `rosa@mail.com`)."""

from __future__ import annotations

import re

_FILE_SUFFIXES = frozenset(
    {"json", "jsonc", "yaml", "yml", "schema", "tools", "tool", "request", "openapi", "swagger", "mcp", "spec"}
)


def file_stem(name: str) -> str:
    """A file name without its schema-ish extensions: `a.tools.json` -> `a`."""
    parts = name.split(".")
    while len(parts) > 1 and parts[-1].lower() in _FILE_SUFFIXES:
        parts.pop()
    if "@" in name:  # an address's domain, then the file's own words (`rosa@mail.com.vscode-tool`): up to its TLD
        at = next(i for i, p in enumerate(parts) if "@" in p)
        # only the file's own words, which a host's labels are not (`count-tokens`, `v2`; not `cache`, `local`), or
        # any word after a suffix no private zone ends in (`rosa@mail.com.au.settings`; `build.ci.cache` may be one)
        while len(parts) > at + 2 and not _top_level(parts[-1]):
            if not (re.search(r"[-_\d]", parts[-1]) or _public_end(parts[at + 1 : -1])):
                break
            parts.pop()
    return ".".join(parts)


def _public_end(labels: list[str]) -> bool:
    """The labels end in a suffix of two labels (`com.au`, `co.uk`) or one of the first generic ones (`com`, `org`)."""
    suffix = _suffix(".".join(labels[-2:]))
    return "." in suffix or suffix in {"com", "org", "net", "edu", "gov", "mil", "int"}


def _top_level(label: str) -> bool:
    low = label.lower()
    return (low.isalpha() or low.startswith("xn--")) and _suffix(low) == low


def _suffix(labels: str) -> str:
    """The public suffix that `labels` end in, read from the offline suffix list."""
    import tldextract

    from phiscan.detect.model import offline_suffix_list

    offline_suffix_list()
    return str(tldextract.extract(f"example.{labels}").suffix.lower())
