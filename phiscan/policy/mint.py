"""The one place a `Finding` is built: rule, kind and HIPAA identifier come from `phiscan.rules`, the
masked text and the fingerprint from the value, so no two stages can disagree on them."""

from __future__ import annotations

import hashlib
import hmac

from phiscan import rules
from phiscan.masking import mask, mask_secret
from phiscan.types import Exposure, Finding, FindingKind, Location, Role, Severity

FINGERPRINT_KEY = b"phiscan/v1"  # a domain separator, not a secret: fingerprints hide values from casual view


def fingerprint(rule: str, path: str, pointer: str, value: str, key: bytes = FINGERPRINT_KEY) -> str:
    """A hash that tells findings apart without revealing their values.

    It covers the value only in its masked form: an SSN's 10^9 candidates hashed under a public key would
    otherwise be a second's brute force.  (Baselines hash raw values, salted and slow: `phiscan.policy.baseline`.)
    """
    msg = "\x1f".join((rule, path, pointer, mask(value))).encode("utf-8", "surrogatepass")
    return hmac.new(key, msg, hashlib.sha256).hexdigest()[:32]


def finding(
    rule: rules.Rule,
    *,
    path: str,
    pointer: str,
    surface: Role | None,
    entity: str,
    severity: Severity,
    score: float,
    exposure: Exposure,
    message: str,
    value: str,
    shown: str | None = None,
    keep_value: bool = False,
    span: tuple[int, int] | None = None,
    location: Location | None = None,
    key: bytes = FINGERPRINT_KEY,
) -> Finding:
    """A finding of `rule` for `value` at `path`#`pointer`.

    `shown` is what reports print in place of the value (default: the value masked; a secret shows at
    most its known prefix and its length, never a character of its own); `keep_value`
    keeps the raw value on the finding (`--show-values`, or a baseline that must hash it).
    """
    if shown is None:
        shown = mask_secret(value) if rule.kind is FindingKind.SECRET else mask(value)
    return Finding(
        rule=rule.id,
        kind=rule.kind,
        path=path,
        pointer=pointer,
        surface=surface,
        entity=entity,
        hipaa=rule.hipaa,
        severity=severity,
        score=score,
        exposure=exposure,
        message=message,
        text=shown,
        fingerprint=fingerprint(rule.id, path, pointer, value, key),
        location=location,
        value=value if keep_value else None,
        span=span,
    )
