"""The user's own recognizers (`[[tool.phiscan.recognizers]]`, `deny-list`) as Presidio pattern recognizers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def custom_recognizers(patterns: Sequence[tuple[str, str, str, float, tuple[str, ...]]]) -> list[Any]:
    """A Presidio recognizer for each (entity, name, regex, score, context); imports Presidio only if any."""
    if not patterns:
        return []
    from presidio_analyzer import Pattern, PatternRecognizer

    return [
        PatternRecognizer(
            supported_entity=entity, name=name, patterns=[Pattern(name, regex, score)], context=list(context)
        )
        for entity, name, regex, score, context in patterns
    ]
