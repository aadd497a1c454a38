"""Reporters see only the finished `Report`; each writes one format to a stream.

The `--format` choices are `FORMATS`; `reporter(name)` imports only the module of the one asked for
(rich, which the text format uses, would cost every JSON or SARIF run its start-up time).
"""

from __future__ import annotations

import importlib
import json as _json  # `phiscan.report.json`, a submodule, would shadow a plain `json` here
import re
from collections.abc import Callable
from typing import TextIO

from phiscan.types import Report

Reporter = Callable[[Report, TextIO], None]
# Lone surrogates (a `\ud800` escape in a key, a file name that is not UTF-8) cannot be written as UTF-8:
# every writer shows them escaped instead of crashing and losing the other files' results.
_UNENCODABLE = re.compile("[\ud800-\udfff]")


def json_text(data: object) -> str:
    """`data` as indented JSON that any UTF-8 stream can take: lone surrogates become `\\uXXXX` escapes."""
    text = _json.dumps(data, indent=2, ensure_ascii=False)
    return _UNENCODABLE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def printable(text: str) -> str:
    """`text` with lone surrogates shown as `\\udXXX`, for the line-oriented formats."""
    return _UNENCODABLE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


# `--format` name -> (module in phiscan.report, writer in it)
_WRITERS: dict[str, tuple[str, str]] = {
    "text": ("text", "write_text"),
    "json": ("json", "write_json"),
    "sarif": ("sarif", "write_sarif"),
    "github": ("github", "write_github"),
    "gitlab-sast": ("gitlab", "write_gitlab_sast"),
    "gitlab-codequality": ("gitlab", "write_gitlab_codequality"),
    "junit": ("junit", "write_junit"),
    "csv": ("csvout", "write_csv"),
}
FORMATS: tuple[str, ...] = tuple(_WRITERS)


def reporter(name: str) -> Reporter:
    """The writer for format `name` (one of `FORMATS`)."""
    module, function = _WRITERS[name]
    write: Reporter = getattr(importlib.import_module(f"phiscan.report.{module}"), function)
    return write
