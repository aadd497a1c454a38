"""Which API features a request uses, and which of them a HIPAA or ZDR organisation is refused.

The eligibility table is data (`phiscan/data/eligibility.json`, with its "as of" date and
source), so a change in the provider's documentation is a data edit, not a code change.
A request is read for tool `type` prefixes, tool keys (`allowed_callers`), request keys
(`mcp_servers`, `context_management`, `container.skills`) and content-block sources
(`{"type": "file", "file_id": ...}`); each use is a `Role.FEATURE` finding at its pointer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from phiscan.data import data_file
from phiscan.errors import ConfigError
from phiscan.policy.decide import fingerprint
from phiscan.surfaces.walk import join_pointer
from phiscan.types import Exposure, Finding, Role, Severity

PROFILES = ("hipaa", "zdr", "none")
REFUSED_HIPAA = "refused for HIPAA-regulated organizations"
NOT_ZDR = "not covered by zero data retention"
_USER_ID = "/metadata/user_id"
_PHONE_LIKE = re.compile(r"^\+?[\d\s().-]{7,}$")


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
            Feature(f["id"], f["api_name"], f.get("title", f["id"]), tuple(f["uses"]), bool(f["zdr"]),
                    bool(f["hipaa"]), f.get("why", ""))
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


def content_blocks(body: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str]]:
    """Every content block in `messages` (Anthropic) or `input` (OpenAI Responses), nested ones too."""
    stack: list[tuple[Any, str]] = []
    for key in ("messages", "input", "system"):
        if isinstance(body.get(key), list):
            stack.append((body[key], "/" + key))
    while stack:
        node, ptr = stack.pop()
        if isinstance(node, list):
            stack.extend((v, join_pointer(ptr, i)) for i, v in enumerate(node) if isinstance(v, (dict, list)))
        elif isinstance(node, dict):
            if "type" in node:
                yield node, ptr
            if isinstance(node.get("content"), list):
                stack.append((node["content"], join_pointer(ptr, "content")))


def _block_uses(use: dict[str, Any], blocks: Sequence[tuple[dict[str, Any], str]]) -> Iterator[str]:
    for block, ptr in blocks:
        src = block.get("source")
        if "source_type" in use and isinstance(src, dict) and src.get("type") == use["source_type"]:
            yield join_pointer(ptr, "source")
        if "block_type" in use and block.get("type") == use["block_type"]:
            yield ptr


def uses_of(feature: Feature, body: dict[str, Any], blocks: Sequence[tuple[dict[str, Any], str]] = (),
            endpoint: str = "") -> list[str]:
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


def feature_findings(body: Any, path: str = "", profile: str = "hipaa", table: Eligibility | None = None,
                     endpoint: str = "") -> list[Finding]:
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
        verdict = (REFUSED_HIPAA if profile == "hipaa" else NOT_ZDR) if refused else (
            "not HIPAA-eligible" if not feat.hipaa else NOT_ZDR)
        for ptr in uses_of(feat, body, blocks, endpoint):
            rule = f"feature-{feat.id}"
            elig = f"ZDR: {'yes' if feat.zdr else 'no'}, HIPAA: {'yes' if feat.hipaa else 'no'}"
            out.append(Finding(
                rule=rule, path=path, pointer=ptr, surface=Role.FEATURE, entity=feat.api_name, hipaa=verdict,
                severity=Severity.HIGH if refused else Severity.LOW, score=1.0, exposure=Exposure.PROMPT,
                message=f"{feat.title} ({elig}; {feat.why or 'see the eligibility table'}): "
                        f"remove it from requests that carry PHI, or use it only outside the {profile} org",
                excerpt=feat.api_name, fingerprint=fingerprint(rule, path, ptr, feat.api_name),
            ))
    return out


def refusal_message(findings: Sequence[Finding], table: Eligibility | None = None) -> str | None:
    """The 400 error message the API returns for a HIPAA organisation, or None when it would accept."""
    names = [f.entity for f in findings if f.surface is Role.FEATURE and f.hipaa == REFUSED_HIPAA]
    if not names:
        return None
    table = table or load_eligibility()
    order = {f.api_name: i for i, f in enumerate(table.features)}  # table order: stable across runs and reports
    return table.refusal.format(features=", ".join(sorted(set(names), key=lambda n: order.get(n, len(order)))))


def refusal_error(message: str) -> dict[str, Any]:
    """The whole 400 error body, as the API sends it."""
    return {"type": "error", "error": {"type": "invalid_request_error", "message": message}}


# ---------------------------------------------------------------- metadata.user_id must be opaque
def user_id_findings(body: Any, path: str, found: Sequence[Finding]) -> list[Finding]:
    """A non-opaque `metadata.user_id` (an `@`, spaces, a phone shape) when no recogniser already said so."""
    if not isinstance(body, dict) or not isinstance(body.get("metadata"), dict):
        return []
    uid = body["metadata"].get("user_id")
    if not isinstance(uid, str) or any(f.pointer == _USER_ID and f.path == path for f in found):
        return []
    value = uid.strip()
    if not ("@" in value or " " in value or _PHONE_LIKE.match(value)):
        return []
    rule = "metadata-user-id-not-opaque"
    return [Finding(
        rule=rule, path=path, pointer=_USER_ID, surface=Role.METADATA, entity="USER_ID",
        hipaa="any other unique identifying number or code", severity=Severity.MEDIUM, score=0.6,
        exposure=Exposure.METADATA,
        message="metadata.user_id looks like an email, phone number or name: send a UUID or a keyed hash instead",
        excerpt="".join("*" if c.isalnum() else c for c in value),
        fingerprint=fingerprint(rule, path, _USER_ID, value),
    )]


# ---------------------------------------------------------------- everything a request adds to a scan
_CHECKED_KINDS = frozenset({"request", "mcp-tools"})


def request_checks(data: Any, path: str, kind: str | None, profile: str, found: Sequence[Finding]) -> list[Finding]:
    """Feature, metadata and lint findings for a request or MCP tool list; `found` are its PHI findings."""
    from phiscan.policy.lint import lint_parts, public_cache_findings
    from phiscan.surfaces.kinds import parts_of

    check_profile(profile)
    parts = parts_of(data, path, kind)
    if parts is None or parts.kind not in _CHECKED_KINDS:
        return []
    out: list[Finding] = []
    if parts.kind == "request":
        out.extend(feature_findings(data, path, profile))
        out.extend(user_id_findings(data, path, found))
    out.extend(lint_parts(data, parts, path))
    base = "/result" if isinstance(data, dict) and isinstance(data.get("result"), dict) else ""
    out.extend(public_cache_findings(parts, path, [*found, *out], base))
    return out
