"""The ASGI application: `/metrics`, `/healthz`, and every other path through the proxy.

Starlette gives the routing of the two gateway endpoints and the lifespan (the connection pool, the audit
file, and a warm-up check that loads the spaCy pipeline before the first request is accepted); the proxy
itself is a plain ASGI callable, so the bytes of a request and of a streamed response pass untouched.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route as Endpoint

from phiscan.app.settings import scan_options
from phiscan.gateway import audit as verdicts
from phiscan.gateway.audit import AuditLog, Decision
from phiscan.gateway.config import GatewaySettings
from phiscan.gateway.decide import ClientGone, encoding_refusal, judge, parse, read_body
from phiscan.gateway.errors import Refusal, error_body
from phiscan.gateway.metrics import Metrics
from phiscan.gateway.routes import METHODS, Route, match, plain_path, provider_of, refused
from phiscan.gateway.upstream import CLIENT_GONE, UPSTREAM_BROKE, Message, Receive, Scope, Send, Upstream
from phiscan.sdk.guard import Guard

log = logging.getLogger("phiscan.gateway")
_INTERNAL = Refusal(500, "internal_error", "phiscan gateway: internal error (its type is in the gateway's log)")
# a tiny request whose one tool gets past the pre-screens, so checking it loads every detector and the spaCy
# pipeline before the first request is accepted (its findings are dropped)
_WARM_UP = {
    "model": "m",
    "max_tokens": 1,
    "messages": [],
    "tools": [{"name": "warm_up", "input_schema": {"type": "string", "enum": ["Ada Lovelace", "078-05-1120"]}}],
}


def make_guard(settings: GatewaySettings, analyzer: Any = None) -> Guard:
    """The SDK guard's checks and verdict cache, shaped by the scan configuration (thresholds, allowlists,
    disabled entities, custom recognizers)."""
    cfg = settings.scan
    if analyzer is None:
        from phiscan.detect.analyzer import Analyzer
        from phiscan.detect.custom import custom_recognizers

        analyzer = Analyzer(cfg["nlp_model"], extra_recognizers=custom_recognizers(cfg.custom_patterns()))
    guard = Guard(cfg["profile"], cfg["fail_on"], (), "raise", analyzer, "block")
    guard.options = scan_options(cfg, guard.options)
    return guard


class Gateway:
    """The proxy: one per worker process, holding the guard, the pool, the audit log and the metrics."""

    def __init__(self, settings: GatewaySettings, analyzer: Any = None) -> None:
        self.settings = settings
        self.guard = make_guard(settings, analyzer)
        self.metrics = Metrics()
        self.ready = False
        self._audit: AuditLog | None = None
        self._upstream: Upstream | None = None

    async def start(self) -> None:
        """Open the audit log and the pool, and load the detectors."""
        self._audit = AuditLog(self.settings.audit_log)
        self._upstream = Upstream(self.settings.connect_timeout, self.settings.timeout)
        if self.settings.fail_open:
            log.warning("fail-open: requests phiscan cannot fully check are forwarded (findings are still refused)")
        await asyncio.to_thread(self.guard.check, _WARM_UP)
        # the loaded pipeline is millions of long-lived objects: out of the collector's sight, a full collection
        # no longer walks them in the middle of a request (it cost about 230 ms at the p99)
        gc.collect()
        gc.freeze()
        self.ready = True

    async def stop(self) -> None:
        """Close the pool and the audit log."""
        if self._upstream is not None:
            await self._upstream.aclose()
        if self._audit is not None:
            self._audit.close()

    def _record(self, decision: Decision) -> None:
        self.metrics.decided(decision.route, decision.verdict, decision.status, decision.rules)
        if self._audit is not None:
            self._audit.write(decision)

    async def _answer(self, send: Send, call: _Call, refusal: Refusal, verdict: str = "", **ms: float | None) -> None:
        self._record(call.decision(verdict or verdicts.REFUSED, refusal.status, refusal, **ms))
        body = error_body(call.provider, refusal)
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        if refusal.status == 413:  # the rest of an oversized body was not read: this connection is done
            headers.append((b"connection", b"close"))
        await send({"type": "http.response.start", "status": refusal.status, "headers": headers})
        await send({"type": "http.response.body", "body": body, "more_body": False})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        started = False

        async def sending(message: Message) -> None:
            nonlocal started
            started = True
            await send(message)

        call = _Call.of(scope)
        try:
            await self._proxy(call, receive, sending)
        except ClientGone:
            self.metrics.disconnects += 1
        except Exception as e:  # its message may quote the request, so only its type is logged
            log.error("internal error (%s)", type(e).__name__)
            if not started:  # else the response is left unfinished, so the client sees it broken
                await self._answer(send, call, _INTERNAL, verdicts.BROKEN)

    def _refusal(self, call: _Call, body: bytes | None) -> Refusal | None:
        """What is refused before the body is looked at: the path, the size, the route under the profile."""
        if call.route is None:
            return Refusal(404, "unknown_route", "phiscan gateway: this path is not served (see docs/gateway.md)")
        if call.method not in METHODS:
            return Refusal(405, "method_not_allowed", "phiscan gateway: this method is not served")
        if body is None:
            limit = self.settings.max_body_bytes
            return Refusal(413, "request_too_large", f"phiscan gateway: the request body is over {limit} bytes")
        why = refused(call.route, self.guard.profile)
        if why is not None:
            return Refusal(400, "phiscan_refused", f"phiscan gateway: {why.message} [{why.rule}]", (why.rule,))
        if body and not call.route.body:  # nothing would check it, and the upstream has no use for it
            return Refusal(400, "unexpected_body", f"phiscan gateway: {call.route.path} takes no request body")
        if body and call.route.checked:
            return encoding_refusal(call.headers)
        return None

    async def _proxy(self, call: _Call, receive: Receive, send: Send) -> None:
        body = await read_body(receive, self.settings.max_body_bytes)
        refusal = self._refusal(call, body)
        if refusal is not None:
            return await self._answer(send, call, refusal)
        assert call.route is not None and body is not None  # else refused above
        verdict, scan_ms = verdicts.FORWARDED, None
        if call.route.checked and body:  # only an empty body goes unparsed: whitespace alone is not JSON
            parsed = parse(body)
            if isinstance(parsed, Refusal):
                return await self._answer(send, call, parsed)
            t = time.perf_counter()
            judgement = await judge(self.guard, call.route, parsed, self.settings.fail_open)
            scan_ms = (time.perf_counter() - t) * 1000
            self.metrics.scan.observe(scan_ms / 1000)
            if judgement.refusal is not None:
                return await self._answer(send, call, judgement.refusal, scan_ms=scan_ms)
            verdict = verdicts.UNCHECKED if judgement.unchecked else verdicts.FORWARDED
        await self._forward(call, receive, send, body, verdict, scan_ms)

    async def _forward(
        self, call: _Call, receive: Receive, send: Send, body: bytes, verdict: str, scan_ms: float | None
    ) -> None:
        assert self._upstream is not None and call.route is not None
        url = self.settings.upstream(call.route.path, call.provider) + call.target
        t = time.perf_counter()
        response = await self._upstream.answer(call.method, url, call.headers, body, receive)
        upstream_ms = (time.perf_counter() - t) * 1000
        if response is None:
            self.metrics.disconnects += 1
            return self._record(call.decision(verdicts.GONE, 499, scan_ms=scan_ms, upstream_ms=upstream_ms))
        if isinstance(response, Refusal):
            return await self._answer(send, call, response, verdicts.FAILED, scan_ms=scan_ms, upstream_ms=upstream_ms)
        self.metrics.upstream.observe(upstream_ms / 1000)
        try:
            self._record(call.decision(verdict, response.status_code, scan_ms=scan_ms, upstream_ms=upstream_ms))
        except BaseException:  # an audit line that cannot be written: give the pooled connection back first
            await response.aclose()
            raise
        ended = await self._upstream.relay(response, send, receive)
        if ended == CLIENT_GONE:
            self.metrics.disconnects += 1
        elif ended == UPSTREAM_BROKE:
            self.metrics.upstream_breaks += 1


@dataclass(frozen=True, slots=True)
class _Call:
    """One request as the proxy sees it before its body: where it goes, and when it came."""

    route: Route | None
    provider: str
    method: str
    target: str  # the raw path and query, as sent
    headers: list[tuple[bytes, bytes]]
    start: float

    @classmethod
    def of(cls, scope: Scope) -> _Call:
        """The call `scope` describes; a path the upstream could read otherwise than the table is served by none."""
        raw_path: bytes = scope.get("raw_path") or scope["path"].encode()
        route = match(scope["path"]) if plain_path(raw_path) else None
        names = {k.decode("latin-1").lower() for k, _ in scope["headers"]}
        query: bytes = scope.get("query_string", b"")
        target = raw_path.decode("latin-1") + ("?" + query.decode("latin-1") if query else "")
        method = scope["method"] if scope["method"] in METHODS else "(other)"  # the audit line holds no free text
        # a copy: uvicorn appends a chunked request's trailers to the scope's list as they arrive, so without it
        # headers read after the request was judged would be forwarded too
        headers = list(scope["headers"])
        return cls(route, provider_of(names, route), method, target, headers, time.perf_counter())

    def decision(self, verdict: str, status: int, refusal: Refusal | None = None, **ms: float | None) -> Decision:
        """The audit record of what was done with this call."""
        found = (refusal.rules, refusal.pointers, refusal.fingerprints) if refusal else ((), (), ())
        return Decision(
            self.route.path if self.route else "(unknown)",
            self.method,
            self.provider,
            verdict,
            status,
            refusal.code if refusal else "",
            *found,
            scan_ms=ms.get("scan_ms"),
            upstream_ms=ms.get("upstream_ms"),
            total_ms=(time.perf_counter() - self.start) * 1000,
        )


class GatewayApp:
    """The ASGI application: proxied requests go straight to the gateway; `/metrics`, `/healthz` and the
    lifespan to starlette (whose middleware and router cost about 0.1 ms a request on the forward path)."""

    def __init__(self, gateway: Gateway, service: Starlette) -> None:
        self.gateway = gateway
        self.service = service

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] not in _SERVICE_PATHS:
            await self.gateway(scope, receive, send)
        else:
            await self.service(scope, receive, send)


_SERVICE_PATHS = frozenset({"/metrics", "/healthz"})


def create_app(settings: GatewaySettings, analyzer: Any = None) -> GatewayApp:
    """The gateway as an ASGI application (`analyzer`: a loaded `phiscan.detect.analyzer.Analyzer` to share)."""
    gateway = Gateway(settings, analyzer)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await gateway.start()
        try:
            yield
        finally:
            await gateway.stop()

    async def metrics(request: Request) -> PlainTextResponse:
        return PlainTextResponse(gateway.metrics.render(), media_type="text/plain; version=0.0.4")

    async def healthz(request: Request) -> PlainTextResponse:
        return PlainTextResponse("ok" if gateway.ready else "starting", status_code=200 if gateway.ready else 503)

    routes = [Endpoint("/metrics", metrics, methods=["GET"]), Endpoint("/healthz", healthz)]
    return GatewayApp(gateway, Starlette(routes=routes, lifespan=lifespan))
