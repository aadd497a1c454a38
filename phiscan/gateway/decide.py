"""What to do with one request body: read it under the size limit, parse it strictly, check it with the guard.

The body is parsed once, here, and forwarded as the bytes that were parsed.  The parse is strict where a lax
one would let the gateway and the provider read different requests: a duplicate key is refused (Python keeps
the last, another parser may keep the first), as is anything but a JSON object in UTF-8 (Python would also
read UTF-16, UTF-32, a byte order mark, and `NaN` or `Infinity`, which are not JSON), and a body the client
says is compressed or in another charset (the provider would read other text than the one checked).  Parse
errors give the position and the parser's own phrase, never a byte of the body.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from phiscan.gateway.errors import Refusal, report_refusal
from phiscan.gateway.routes import Route
from phiscan.gateway.upstream import Receive
from phiscan.sdk.guard import Guard
from phiscan.types import FileError, Report

_UTF8 = (b"utf-8", b"utf8")
DRAIN_FACTOR = 16  # a body over the limit is read (and dropped) up to this many times the limit, then cut off
log = logging.getLogger("phiscan.gateway")


class _DuplicateKey(ValueError):
    pass


class _NotJson(ValueError):
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


def _constant(name: str) -> Any:
    raise _NotJson(f"{name} is not a JSON value")


def parse(raw: bytes) -> dict[str, Any] | Refusal:
    """The body as a JSON object, or the 400 that says where it stops being one."""
    try:
        text = raw.decode("utf-8")  # strict: json.loads would guess UTF-16 or UTF-32 from the first bytes
        if text.startswith("\ufeff"):
            return Refusal(400, "invalid_json", "the request body starts with a byte order mark, which JSON forbids")
        body = json.loads(text, object_pairs_hook=_object, parse_constant=_constant)
    except json.JSONDecodeError as e:
        where = f"line {e.lineno} column {e.colno} (char {e.pos})"
        return Refusal(400, "invalid_json", f"the request body is not valid JSON: {e.msg} at {where}")
    except UnicodeDecodeError as e:
        return Refusal(400, "invalid_json", f"the request body is not valid UTF-8 at byte {e.start}")
    except _DuplicateKey:
        return Refusal(400, "invalid_json", "the request body has an object with a duplicate key")
    except _NotJson as e:
        return Refusal(400, "invalid_json", f"the request body is not valid JSON: {e}")
    except RecursionError:
        return Refusal(400, "invalid_json", "the request body is nested too deeply to parse")
    except ValueError:  # an integer longer than Python converts (4300 digits); its message has no content
        return Refusal(400, "invalid_json", "the request body has a number too long to read")
    if not isinstance(body, dict):
        return Refusal(400, "invalid_json", "the request body must be a JSON object")
    return body


def encoding_refusal(headers: Sequence[tuple[bytes, bytes]]) -> Refusal | None:
    """The 415 for a body that is not plain UTF-8 text as sent: a `Content-Encoding` other than identity (the
    gateway would check the compressed bytes, the provider read what they inflate to), or a `charset` other
    than UTF-8 (the provider could decode other text from the same bytes)."""
    for name, value in headers:
        name = name.lower()
        if name == b"content-encoding" and value.strip().lower() not in (b"", b"identity"):
            why = "a compressed request body (Content-Encoding) cannot be checked: send it uncompressed"
            return Refusal(415, "unsupported_encoding", f"phiscan gateway: {why}")
        if name == b"content-type":
            params = (p.partition(b"=") for p in value.lower().split(b";")[1:])
            if any(k.strip() == b"charset" and v.strip(b' "') not in _UTF8 for k, _, v in params):
                why = "the request body must be JSON in UTF-8 (Content-Type charset)"
                return Refusal(415, "unsupported_encoding", f"phiscan gateway: {why}")
    return None


@dataclass(frozen=True, slots=True)
class Judgement:
    """The guard's answer for one body: a refusal, or go (`unchecked` when only --fail-open let it through)."""

    refusal: Refusal | None = None
    unchecked: bool = False


Move = Callable[[str], str]  # a pointer into a checked sub-request, as a pointer into the body


def _under(at: str) -> Move:
    return lambda pointer: at + pointer


def _combined(guard: Guard, reports: Sequence[tuple[Move, Report]]) -> Report:
    """One report of several sub-requests' reports, their pointers moved into the body."""
    findings = [replace(f, pointer=move(f.pointer)) for move, r in reports for f in r.findings]
    keys = frozenset(move(p) for move, r in reports for p in r.sensitive_pointers)
    errors = tuple(e for _, r in reports for e in r.errors)
    return Report(
        findings=tuple(findings), errors=errors, fail_on=guard.fail_on, profile=guard.profile, masked_keys=keys
    )


async def _batch(guard: Guard, body: dict[str, Any]) -> Report:
    """Each request of a batch checked as a Messages request; pointers are into the batch body."""
    reports: list[tuple[Move, Report]] = []
    requests = body.get("requests")
    for i, item in enumerate(requests if isinstance(requests, list) else ()):
        params = item.get("params") if isinstance(item, dict) else None
        if isinstance(params, dict):
            reports.append((_under(f"/requests/{i}/params"), await guard.acheck(params, "/v1/messages")))
    return _combined(guard, reports)


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
