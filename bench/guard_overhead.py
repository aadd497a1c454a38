"""What the guard costs on a request whose tools and schema were seen before.

The figure is a ratio: one `Guard.check` of the body over one `json.dumps(body)` of the same
body (what the SDK pays to serialise it anyway), each the median of timeit repeats.  The
target is at most 2x.  Writes bench/results/guard.json.

    python bench/guard_overhead.py
"""

from __future__ import annotations

import json
import platform
import statistics
import timeit
from pathlib import Path
from typing import Any

from phiscan.sdk.guard import Guard
from phiscan.sdk.request import request_body
from phiscan.types import Severity

HERE = Path(__file__).resolve().parent
REPEAT, NUMBER = 15, 2000


def _tool(i: int) -> dict[str, Any]:
    return {
        "name": f"clinical_tool_{i}",
        "description": "Look up or record one item of structured clinical data for the current encounter.",
        "strict": True,
        "input_schema": {
            "type": "object",
            "properties": {
                "encounter_id": {"type": "string", "description": "Opaque encounter reference."},
                "code_system": {"type": "string", "enum": ["loinc", "snomed", "icd10", "rxnorm"]},
                "code": {"type": "string", "pattern": "^[A-Z0-9.-]{1,16}$"},
                "value": {"anyOf": [{"type": "number"}, {"type": "string"}]},
                "unit": {"type": "string"},
                "observed_at": {"type": "string", "format": "date-time"},
            },
            "required": ["encounter_id", "code_system", "code", "value", "unit", "observed_at"],
            "additionalProperties": False,
        },
    }


def body() -> dict[str, Any]:
    """A realistic request: 8 strict tools, a structured output, metadata, a short conversation."""
    note = (
        "Patient seen for follow-up of hypertension. Reports good adherence to medication, occasional "
        "headaches in the morning, no chest pain. Home readings average 138/88. "
    ) * 4
    return {
        "model": "claude-sonnet-4-6",
        "max_tokens": 2048,
        "system": "You extract structured observations from clinical notes using the tools provided.",
        "metadata": {"user_id": "8f14e45f-ceea-467f-a0e6-8b7a2c1d9e30"},
        "tools": [_tool(i) for i in range(8)],
        "output_config": {
            "format": {
                "type": "json_schema",
                "schema": {
                    "type": "object",
                    "properties": {
                        "summary": {"type": "string"},
                        "follow_up": {"type": "string", "enum": ["none", "primary", "urgent"]},
                    },
                    "required": ["summary", "follow_up"],
                    "additionalProperties": False,
                },
            }
        },
        "messages": [
            {"role": "user", "content": note},
            {"role": "assistant", "content": "I will record the observations."},
            {"role": "user", "content": [{"type": "text", "text": note}]},
        ],
    }


def _median(stmt: Any) -> float:
    return statistics.median(timeit.repeat(stmt, repeat=REPEAT, number=NUMBER)) / NUMBER


def main() -> None:
    b = body()
    g = Guard("hipaa", Severity.MEDIUM, (), "raise")
    assert g.check(b).ok  # warm: every part is now a cache hit (this one scan loads the analyzer)
    dumps = _median(lambda: json.dumps(b))
    guard = _median(lambda: g.verdict(g.check(request_body(b))))
    result = {
        "benchmark": "guard overhead on a request whose tools and schema were seen before",
        "body_bytes": len(json.dumps(b)),
        "tools": len(b["tools"]),
        "json_dumps_us": round(dumps * 1e6, 2),
        "guard_check_us": round(guard * 1e6, 2),
        "ratio": round(guard / dumps, 2),
        "target_ratio": 2.0,
        "repeat": REPEAT,
        "number": NUMBER,
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    out = HERE / "results" / "guard.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
