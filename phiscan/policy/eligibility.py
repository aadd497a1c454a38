"""Which API features a request uses, and which of them a HIPAA or ZDR organisation is refused.

The eligibility table is data (`phiscan/data/eligibility.json`, with its "as of" date and
source), so a change in the provider's documentation is a data edit, not a code change.
A request is read for tool `type` prefixes, tool keys (`allowed_callers`), request keys
(`mcp_servers`, `context_management`, `container.skills`) and content-block sources
(`{"type": "file", "file_id": ...}`); each use is a `Role.FEATURE` finding at its pointer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from phiscan import rules
from phiscan.data.eligibility import Eligibility, Feature, load_eligibility
from phiscan.errors import ConfigError
from phiscan.pointer import join_pointer
from phiscan.policy.mint import finding
from phiscan.surfaces.messages import content_blocks
from phiscan.surfaces.parts import Parts
from phiscan.types import Exposure, Finding, FindingKind, Role, Severity

PROFILES = ("hipaa", "zdr", "none")
REFUSED_HIPAA = "refused for HIPAA-regulated organizations"
NOT_ZDR = "not covered by zero data retention"
_USER_ID = "/metadata/user_id"
_PHONE_LIKE = re.compile(r"^\+?[\d\s().-]{7,}$")


def check_profile(profile: str) -> str:
    """`profile` when it is known; otherwise a `ConfigError` that lists the choices."""
    if profile not in PROFILES:
        raise ConfigError(f"unknown profile {profile!r}; choose one of: {', '.join(PROFILES)}")
    return profile


# ---------------------------------------------------------------- where a request uses a feature
def _tool_uses(use: dict[str, Any], tools: Any) -> Iterator[str]:
    if not isinstance(tools, list):
        return
    prefix, key = use.get("tool_type_prefix"), use.get("tool_key")
    for i, t in enumerate(tools):
        if not isinstance(t, dict):
            continue
        if prefix is not None and isinstance(t.get("type"), str) and t["type"].startswith(prefix):
            yield join_pointer("/tools", i)
        if key is not None and t.get(key):
            values = t[key] if isinstance(t[key], list) else [t[key]]
            if any(v not in use.get("ignore_values", ()) for v in values):
                yield join_pointer("/tools", i, key)


def _request_key(use: dict[str, Any], body: dict[str, Any]) -> Iterator[str]:
    node: Any = body
    for token in use["request_key"].split("/"):
        if not isinstance(node, dict) or token not in node:
            return
        node = node[token]
    if node not in (None, [], {}):
        yield "/" + use["request_key"]


def _block_uses(use: dict[str, Any], blocks: Sequence[tuple[dict[str, Any], str]]) -> Iterator[str]:
    for block, ptr in blocks:
        src = block.get("source")
        if "source_type" in use and isinstance(src, dict) and src.get("type") == use["source_type"]:
            yield join_pointer(ptr, "source")
        if "block_type" in use and block.get("type") == use["block_type"]:
            yield ptr


def uses_of(
    feature: Feature, body: dict[str, Any], blocks: Sequence[tuple[dict[str, Any], str]] = (), endpoint: str = ""
) -> list[str]:
    """The pointers at which `body` uses `feature` (none when it does not)."""
    out: list[str] = []
    for use in feature.uses:
        if "tool_type_prefix" in use or "tool_key" in use:
            out.extend(_tool_uses(use, body.get("tools")))
        elif "request_key" in use:
            out.extend(_request_key(use, body))
        elif "source_type" in use or "block_type" in use:
            out.extend(_block_uses(use, blocks))
        elif "endpoint" in use and endpoint and endpoint.startswith(use["endpoint"]):
            out.append("")
    return list(dict.fromkeys(out))


def feature_findings(
    body: Any, path: str = "", profile: str = "hipaa", table: Eligibility | None = None, endpoint: str = ""
) -> list[Finding]:
    """A finding for every use of a feature some profile refuses; high when `profile` refuses it."""
    check_profile(profile)
    if profile == "none" or not isinstance(body, dict):
        return []
    table = table or load_eligibility()
    blocks = list(content_blocks(body))
    out: list[Finding] = []
    for feat in table.features:
        if feat.zdr and feat.hipaa:
            continue
        refused = not feat.hipaa if profile == "hipaa" else not feat.zdr
        verdict = (
            (REFUSED_HIPAA if profile == "hipaa" else NOT_ZDR)
            if refused
            else ("not HIPAA-eligible" if not feat.hipaa else NOT_ZDR)
        )
        for ptr in uses_of(feat, body, blocks, endpoint):
            elig = f"ZDR: {'yes' if feat.zdr else 'no'}, HIPAA: {'yes' if feat.hipaa else 'no'}"
            out.append(
                finding(
                    rules.feature(feat.id, feat.title),
                    path=path,
                    pointer=ptr,
                    surface=None,
                    entity=feat.api_name,
                    severity=Severity.HIGH if refused else Severity.LOW,
                    score=1.0,
                    exposure=Exposure.PROMPT,
                    message=f"{feat.title} ({elig}; {verdict}; {feat.why or 'see the eligibility table'}): "
                    f"remove it from requests that carry PHI, or use it only outside the {profile} org",
                    value=feat.api_name,
                    shown=feat.api_name,
                )
            )
    return out


def refusal_message(
    findings: Sequence[Finding], table: Eligibility | None = None, profile: str = "hipaa"
) -> str | None:
    """The 400 error message the API returns for a HIPAA organisation, or None when it would accept.

    `findings` are those of a scan under `profile`; only under "hipaa" does a refused feature mean a 400.
    """
    if profile != "hipaa":
        return None
    names = [f.entity for f in findings if f.kind is FindingKind.FEATURE and f.severity is Severity.HIGH]
    if not names:
        return None
    table = table or load_eligibility()
    order = {f.api_name: i for i, f in enumerate(table.features)}  # table order: stable across runs and reports
    return table.refusal.format(features=", ".join(sorted(set(names), key=lambda n: order.get(n, len(order)))))


# ---------------------------------------------------------------- metadata.user_id must be opaque
def user_id_findings(body: Any, path: str, found: Sequence[Finding]) -> list[Finding]:
    """A non-opaque end-user id (an `@`, spaces, a phone shape) when no recogniser already said so: Anthropic's
    `metadata.user_id`, OpenAI's `user` and `safety_identifier`."""
    if not isinstance(body, dict):
        return []
    md = body.get("metadata")
    ids = [(_USER_ID, md.get("user_id") if isinstance(md, dict) else None, "metadata.user_id")]
    ids += [(f"/{name}", body.get(name), name) for name in ("user", "safety_identifier")]
    out: list[Finding] = []
    for pointer, uid, label in ids:
        if not isinstance(uid, str) or any(f.pointer == pointer and f.path == path for f in found):
            continue
        value = uid.strip()
        if not ("@" in value or " " in value or _PHONE_LIKE.match(value)):
            continue
        out.append(
            finding(
                rules.get("metadata-user-id-not-opaque"),
                path=path,
                pointer=pointer,
                surface=Role.METADATA,
                entity="USER_ID",
                severity=Severity.MEDIUM,
                score=0.6,
                exposure=Exposure.METADATA,
                message=f"{label} looks like an email, phone number or name: send a UUID or a keyed hash instead",
                value=value,
                shown="".join("*" if c.isalnum() else c for c in value),
            )
        )
    return out


# ---------------------------------------------------------------- everything a request adds to a scan
_CHECKED_KINDS = frozenset({"request", "mcp-tools"})


def _inner_checks(inner: Sequence[Any], path: str, profile: str, found: Sequence[Finding]) -> list[Finding]:
    held: dict[str, list[Finding]] = {ptr: [] for ptr, _, _ in inner}
    for f in found:  # each finding to the document it sits in, by its pointer's heads (not all pairs)
        cut = f.pointer.find("/", 1)
        while cut > 0 and f.pointer[:cut] not in held:
            cut = f.pointer.find("/", cut + 1)
        if cut > 0:
            held[f.pointer[:cut]].append(replace(f, pointer=f.pointer[cut:]))
    out: list[Finding] = []
    for ptr, node, own_parts in inner:
        out.extend(
            replace(f, pointer=ptr + f.pointer) for f in request_checks(node, own_parts, path, profile, held[ptr])
        )
    return out


def request_checks(data: Any, parts: Parts, path: str, profile: str, found: Sequence[Finding]) -> list[Finding]:
    """Feature, metadata and lint findings for a request or MCP tool list; `found` are its PHI findings."""
    from phiscan.policy.lint import lint_parts, public_cache_findings

    check_profile(profile)
    # a batch's requests, or a request inside a request: each checked as it will be sent
    out = _inner_checks(parts.extra.get("inner", ()), path, profile, found)
    if parts.kind not in _CHECKED_KINDS:
        return out
    if parts.kind == "request":
        out.extend(feature_findings(data, path, profile))
        out.extend(user_id_findings(data, path, found))
    out.extend(lint_parts(data, parts, path))
    base = "/result" if isinstance(data, dict) and isinstance(data.get("result"), dict) else ""
    out.extend(public_cache_findings(parts, path, [*found, *out], base))
    return out
