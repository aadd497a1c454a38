"""What to do with one request body: read it under the size limit, parse it strictly, check it with the guard.

The body is parsed once, here, and forwarded as the bytes that were parsed.  The parse is strict where a lax
one would let the gateway and the provider read different requests: a duplicate key is refused (Python keeps
the last, another parser may keep the first), as is anything but a JSON object.  Parse errors give the
position and the parser's own phrase, never a byte of the body.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from typing import Any

from phiscan.gateway.errors import Refusal, report_refusal
from phiscan.gateway.routes import Route
from phiscan.gateway.upstream import Receive
from phiscan.sdk.guard import Guard
from phiscan.types import FileError, Finding, Report

DRAIN_FACTOR = 16  # a body over the limit is read (and dropped) up to this many times the limit, then cut off
log = logging.getLogger("phiscan.gateway")


class _DuplicateKey(ValueError):
    pass


class ClientGone(Exception):
    """The client disconnected before its request body was read."""


async def read_body(receive: Receive, limit: int) -> bytes | None:
    """The request body, or None when it is over `limit` bytes (read to its end and dropped, within reason,
    so the client can read the 413 instead of a reset)."""
    chunks: list[bytes] = []
    size, more = 0, True
    while more and size <= limit * DRAIN_FACTOR:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientGone
        chunk = message.get("body", b"")
        size += len(chunk)
        if size <= limit:
            chunks.append(chunk)
        more = bool(message.get("more_body"))
    return b"".join(chunks) if size <= limit else None


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _DuplicateKey
    return out


def parse(raw: bytes) -> dict[str, Any] | Refusal:
    """The body as a JSON object, or the 400 that says where it stops being one."""
    try:
        body = json.loads(raw, object_pairs_hook=_object)
    except json.JSONDecodeError as e:
        where = f"line {e.lineno} column {e.colno} (char {e.pos})"
        return Refusal(400, "invalid_json", f"the request body is not valid JSON: {e.msg} at {where}")
    except UnicodeDecodeError as e:
        return Refusal(400, "invalid_json", f"the request body is not valid UTF-8 at byte {e.start}")
    except _DuplicateKey:
        return Refusal(400, "invalid_json", "the request body has an object with a duplicate key")
    except RecursionError:
        return Refusal(400, "invalid_json", "the request body is nested too deeply to parse")
    if not isinstance(body, dict):
        return Refusal(400, "invalid_json", "the request body must be a JSON object")
    return body


@dataclass(frozen=True, slots=True)
class Judgement:
    """The guard's answer for one body: a refusal, or go (`unchecked` when only --fail-open let it through)."""

    refusal: Refusal | None = None
    unchecked: bool = False


async def _batch(guard: Guard, body: dict[str, Any]) -> Report:
    """Each request of a batch checked as a Messages request; pointers are into the batch body."""
    findings: list[Finding] = []
    errors: list[FileError] = []
    keys: set[str] = set()
    requests = body.get("requests")
    for i, item in enumerate(requests if isinstance(requests, list) else ()):
        params = item.get("params") if isinstance(item, dict) else None
        if not isinstance(params, dict):
            continue
        at = f"/requests/{i}/params"
        report = await guard.acheck(params, "/v1/messages")
        findings += [replace(f, pointer=at + f.pointer) for f in report.findings]
        keys |= {at + p for p in report.sensitive_pointers}
        errors += report.errors
    return Report(
        findings=tuple(findings),
        errors=tuple(errors),
        fail_on=guard.fail_on,
        profile=guard.profile,
        masked_keys=frozenset(keys),
    )


async def judge(guard: Guard, route: Route, body: dict[str, Any], fail_open: bool) -> Judgement:
    """Check `body` as `route` carries it.  Findings are refused; a body that could not be fully checked is
    refused too, unless `fail_open`, which forwards it and says so in the log."""
    try:
        report = await (_batch(guard, body) if route.batch else guard.acheck(body, route.path))
    except Exception as e:  # a checker bug must not pass a request: its message may quote content, so not kept
        error = FileError("<request>", f"internal error while checking ({type(e).__name__})")
        report = Report(errors=(error,), fail_on=guard.fail_on, profile=guard.profile)
    if report.failing or (report.errors and not fail_open):
        return Judgement(report_refusal(report, guard.profile))
    if report.errors:
        log.warning("fail-open: forwarding a request phiscan could not fully check (%d part(s))", len(report.errors))
        return Judgement(unchecked=True)
    return Judgement()
