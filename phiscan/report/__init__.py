"""Reporters see only the finished `Report`; each writes one format to a stream.

The `--format` choices are `FORMATS`; `reporter(name)` imports only the one asked for (rich, which
the text format uses, would cost every JSON or SARIF run its start-up time).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TextIO

from phiscan.types import Report

Reporter = Callable[[Report, TextIO], None]

_WRITERS = {"text": "write_text", "json": "write_json", "sarif": "write_sarif", "github": "write_github"}
FORMATS: tuple[str, ...] = tuple(_WRITERS)


def reporter(name: str) -> Reporter:
    """The writer for format `name` (one of `FORMATS`)."""
    module = importlib.import_module(f"phiscan.report.{name}")
    write: Reporter = getattr(module, _WRITERS[name])
    return write
