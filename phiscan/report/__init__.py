"""Reporters see only the finished `Report`; each writes one format to a stream.

The CLI's `--format` choices are the keys of `REPORTERS`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from phiscan.report.github import write_github
from phiscan.report.json import write_json
from phiscan.report.sarif import write_sarif
from phiscan.report.text import write_text
from phiscan.types import Report

Reporter = Callable[[Report, TextIO], None]

REPORTERS: dict[str, Reporter] = {
    "text": write_text,
    "json": write_json,
    "sarif": write_sarif,
    "github": write_github,
}
