"""phiscan's data files (word lists, token splits, the eligibility table), found by path, never downloaded."""

from __future__ import annotations

import functools
from pathlib import Path

DIR = Path(__file__).resolve().parent
PACKAGE_DIR = DIR.parent


DEFAULT_MODEL = "phiscan-ner"


def bundled_model_dir() -> Path | None:
    """The shipped spaCy pipeline: inside the wheel, or `models/` beside a source checkout."""
    for candidate in (PACKAGE_DIR / "_models" / DEFAULT_MODEL, PACKAGE_DIR.parent / "models" / DEFAULT_MODEL):
        if (candidate / "config.cfg").is_file():
            return candidate
    return None


def data_file(name: str) -> Path:
    """The path of the shipped data file `name`."""
    return DIR / name


@functools.cache
def word_list(name: str) -> frozenset[str]:
    """The lines of the shipped plain-text list `name`, without its `#` header and blank lines."""
    lines = data_file(name).read_text("utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))
