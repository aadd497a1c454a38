"""Helpers for tests that ask what one place of a small schema is found to hold."""

from __future__ import annotations

from typing import Any

import phiscan
from phiscan.detect.analyzer import Analyzer


def found_at(doc: Any, analyzer: Analyzer, pointer: str) -> set[str]:
    """The entities of the findings at `pointer` when `doc` is scanned."""
    report = phiscan.scan_document(doc, analyzer=analyzer)
    return {f.entity for f in report.findings if f.pointer == pointer}


def one_property(keyword: str, value: Any, key: str = "ref", **schema: Any) -> dict[str, Any]:
    """An object schema of one string property `key` whose `keyword` is `value` (and `schema`'s keywords)."""
    return {"type": "object", "properties": {key: {"type": "string", keyword: value, **schema}}}
