"""The route table: which provider endpoints the gateway serves, which it checks, and which a profile refuses.

A route whose whole endpoint is a feature of the eligibility table (`phiscan/data/eligibility.json`: batch
processing, the Files API) is refused by route when the profile refuses that feature, before its body is
read for anything but its size.  Anything not in the table is refused too: an enforcement point that forwards
what it does not know is not one.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from phiscan import rules
from phiscan.data.eligibility import Feature, load_eligibility
from phiscan.policy.eligibility import NOT_ZDR, REFUSED_HIPAA


@dataclass(frozen=True, slots=True)
class Route:
    """One served endpoint (and, with `prefix`, the paths below it)."""

    path: str  # the template that audit lines and metrics name; never the request's own path or query
    provider: str  # "anthropic" or "openai"; "" where the request's headers say which
    checked: bool  # a JSON body is checked with the guard
    feature: str | None = None  # the eligibility feature id the endpoint itself is
    batch: bool = False  # the body is a list of requests, each checked
    prefix: bool = False  # serves the paths below `path` too (retrieve, cancel, results)
    body: bool = True  # takes a request body; a body sent to a route that takes none is refused, not forwarded


ROUTES: tuple[Route, ...] = (
    Route("/v1/messages", "anthropic", checked=True),
    Route("/v1/messages/count_tokens", "anthropic", checked=True),
    Route("/v1/messages/batches", "anthropic", checked=True, feature="batch", batch=True, prefix=True),
    Route("/v1/chat/completions", "openai", checked=True, prefix=True),
    Route("/v1/responses", "openai", checked=True, prefix=True),
    # checked so that, where a profile allows batches, a batch's `metadata` is checked like a request's
    Route("/v1/batches", "openai", checked=True, feature="batch", prefix=True),
    Route("/v1/files", "", checked=False, feature="files-api", prefix=True),
    Route("/v1/models", "", checked=False, prefix=True, body=False),
)
_BY_LENGTH = sorted(ROUTES, key=lambda r: len(r.path), reverse=True)
# a path the upstream could read otherwise than the route table does (`/v1/models/../messages`, `%2e`, `//`):
# no percent-escapes, no empty segment, no segment of dots alone, and no `;`, which servers that take path
# parameters drop with what follows it (Tomcat and Spring read `/v1/models/..;/messages` as `/v1/messages`)
_PLAIN_PATH = re.compile(r"^(?:/(?!\.+(?:/|$))[A-Za-z0-9._~:@!$&'()*+,=-]+)+/?$")
# the methods the providers' APIs use; anything else is refused, so an audit line's method is one of these
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def plain_path(raw_path: bytes) -> bool:
    """Whether the request's raw path is one the upstream can only read as the route table does."""
    try:
        return _PLAIN_PATH.match(raw_path.decode("ascii")) is not None
    except UnicodeDecodeError:
        return False


def provider_of(headers: Collection[str], route: Route | None = None) -> str:
    """The provider a request is for: its route's, or (for paths both serve) the one its SDK's header names
    (lower-cased) point to."""
    if route is not None and route.provider:
        return route.provider
    return "anthropic" if "anthropic-version" in headers else "openai"


def match(path: str) -> Route | None:
    """The route serving `path`, or None."""
    for route in _BY_LENGTH:
        if path == route.path or (route.prefix and path.startswith(route.path + "/")):
            return route
    return None


@dataclass(frozen=True, slots=True)
class RouteRefusal:
    """Why a profile refuses a route: its feature's permanent rule id and a message without request content."""

    rule: str
    message: str


def refused(route: Route, profile: str) -> RouteRefusal | None:
    """The refusal for `route` under `profile`, from the eligibility table; None when the profile allows it."""
    if route.feature is None or profile == "none":
        return None
    feat: Feature = next(f for f in load_eligibility().features if f.id == route.feature)
    if feat.hipaa if profile == "hipaa" else feat.zdr:
        return None
    verdict = REFUSED_HIPAA if profile == "hipaa" else NOT_ZDR
    why = f"; {feat.why}" if feat.why else ""
    rule = rules.feature(feat.id, feat.title).id
    return RouteRefusal(
        rule, f"{feat.title} ({verdict}{why}): the gateway refuses {route.path} under the {profile} profile"
    )
