"""The eligibility table (`eligibility.json`): which API features a HIPAA or ZDR organisation may use.

It is data with its "as of" date and source, so a change in the provider's documentation is a data
edit, not a code change.  Read by the policy (feature findings) and by the rule registry (one rule per row).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from phiscan.data import data_file
from phiscan.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Feature:
    """One row of the eligibility table."""

    id: str
    api_name: str
    title: str
    uses: tuple[dict[str, Any], ...]
    zdr: bool
    hipaa: bool
    why: str = ""


@dataclass(frozen=True, slots=True)
class Eligibility:
    """The whole table: when it was true, where it came from, and the features."""

    as_of: str
    source: str
    features: tuple[Feature, ...]
    refusal: str


def parse_eligibility(raw: dict[str, Any]) -> Eligibility:
    """Build the table from its JSON form; raise `ConfigError` saying what is wrong."""
    try:
        features = tuple(
            Feature(
                f["id"],
                f["api_name"],
                f.get("title", f["id"]),
                tuple(f["uses"]),
                bool(f["zdr"]),
                bool(f["hipaa"]),
                f.get("why", ""),
            )
            for f in raw["features"]
        )
        return Eligibility(str(raw["as_of"]), str(raw["source"]), features, raw["refusal"]["hipaa"])
    except (KeyError, TypeError) as e:
        raise ConfigError(f"eligibility table is missing a field ({e}); see phiscan/data/eligibility.json") from None


@lru_cache(maxsize=8)
def load_eligibility(path: str | None = None) -> Eligibility:
    """The shipped table (or the one at `path`), read once per process."""
    text = (data_file("eligibility.json") if path is None else Path(path)).read_text("utf-8")
    return parse_eligibility(json.loads(text))
