"""Refusals in each provider's own error shape, so the SDKs raise the error types their users already handle.

Anthropic: `{"type": "error", "error": {"type": ..., "message": ...}}`; OpenAI: `{"error": {"message": ...,
"type": ..., "param": null, "code": ...}}`.  A message names rule ids and pointers (flagged keys masked, as
in every phiscan report) and never a scanned value, a header or a byte of the body.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from phiscan.errors import FindingsError
from phiscan.pointer import masked_pointer
from phiscan.types import Report

# status -> (Anthropic error type, OpenAI error type)
_TYPES = {
    400: ("invalid_request_error", "invalid_request_error"),
    404: ("not_found_error", "invalid_request_error"),
    405: ("invalid_request_error", "invalid_request_error"),
    413: ("request_too_large", "invalid_request_error"),
    415: ("invalid_request_error", "invalid_request_error"),
    500: ("api_error", "server_error"),
    502: ("api_error", "server_error"),
    504: ("timeout_error", "server_error"),
}


@dataclass(frozen=True, slots=True)
class Refusal:
    """A request the gateway answers itself: what the client is told, and what the audit line records."""

    status: int
    code: str  # short and stable: the audit line's `reason` and OpenAI's `code`
    message: str
    rules: tuple[str, ...] = ()
    pointers: tuple[str, ...] = ()  # masked
    fingerprints: tuple[str, ...] = ()


def error_body(provider: str, refusal: Refusal) -> bytes:
    """The JSON body of `refusal` as `provider` shapes its errors."""
    anthropic_type, openai_type = _TYPES.get(refusal.status, ("api_error", "server_error"))
    if provider == "anthropic":
        doc: dict[str, object] = {"type": "error", "error": {"type": anthropic_type, "message": refusal.message}}
    else:
        doc = {"error": {"message": refusal.message, "type": openai_type, "param": None, "code": refusal.code}}
    return json.dumps(doc).encode()


def report_refusal(report: Report, profile: str, prefix: str = "") -> Refusal:
    """The 400 for a request whose report is not ok: its failing findings' rules and masked pointers, and why
    a part could not be fully checked; `FindingsError` words the message, as the SDK guard's does."""
    sensitive = report.sensitive_pointers
    failing = report.failing
    lines = [f"phiscan gateway refused this request (profile {profile})."]
    rules = tuple(dict.fromkeys(f.rule for f in failing))
    if failing:  # the first findings with their pointers, then every rule (the list of findings is cut at 5)
        lines.append(str(FindingsError(report)).replace("<document>#", prefix))
        lines.append(f"  rules: {', '.join(rules)}")
    lines.extend(f"  not fully checked: {e.message}" for e in report.errors)
    return Refusal(
        400,
        "phiscan_refused" if failing else "phiscan_unchecked",
        "\n".join(lines),
        rules,
        tuple(dict.fromkeys(masked_pointer(f.pointer, sensitive) for f in failing)),
        tuple(dict.fromkeys(f.fingerprint for f in failing)),
    )
