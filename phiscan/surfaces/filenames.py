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
        # only the file's own words, which a host's labels are not (`count-tokens`, `v2`; not `cache`, `local`)
        while len(parts) > at + 2 and not _top_level(parts[-1]) and re.search(r"[-_\d]", parts[-1]):
            parts.pop()
    return ".".join(parts)


def _top_level(label: str) -> bool:
    import tldextract

    from phiscan.detect.model import offline_suffix_list

    offline_suffix_list()
    low = label.lower()
    return (low.isalpha() or low.startswith("xn--")) and tldextract.extract(f"example.{low}").suffix == low
