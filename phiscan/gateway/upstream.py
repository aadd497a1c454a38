"""Forwarding: the request's own bytes and headers to the upstream, its response back chunk by chunk.

The client is `phiscan.gateway.wire` (HTTP/1.1, keep-alive, TLS, per-phase timeouts, httptools to read the
answer).  Hop-by-hop headers (RFC 9110 7.6.1, and any the `Connection` header names) are dropped both ways;
`Host` and `Content-Length` are set for the upstream.  The response body is relayed as it arrives (no
decompression, no re-chunking), and a client that goes away mid-stream closes the upstream connection at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import Any

from phiscan.gateway.errors import Refusal
from phiscan.gateway.wire import BadTarget, Wire, WireError, WireResponse

# the ASGI callables, as starlette.types spells them (this module does not need starlette)
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Send = Callable[[Message], Awaitable[None]]
Receive = Callable[[], Awaitable[Message]]
Headers = Sequence[tuple[bytes, bytes]]
Opened = WireResponse | Refusal | None
HOP_BY_HOP = frozenset({
    b"connection", b"keep-alive", b"proxy-authenticate", b"proxy-authorization", b"proxy-connection", b"te",
    b"trailer", b"trailers", b"transfer-encoding", b"upgrade",
})  # fmt: skip
COMPLETE, CLIENT_GONE, UPSTREAM_BROKE = "complete", "client-gone", "upstream-broke"
# Host and Content-Length are the client's to set; the body is already read, so no upstream `100 Continue` is wanted
_NOT_FORWARDED = HOP_BY_HOP | {b"host", b"content-length", b"expect"}


async def disconnected(receive: Receive) -> None:
    """Return once the client has gone (after the request body, `receive` only says that)."""
    while (await receive())["type"] != "http.disconnect":
        pass


def strip_headers(headers: Headers, drop: frozenset[bytes] = HOP_BY_HOP) -> list[tuple[bytes, bytes]]:
    """`headers` without `drop` and without those the `Connection` header names."""
    named = {t.strip().lower() for k, v in headers if k.lower() == b"connection" for t in v.split(b",")}
    return [(k, v) for k, v in headers if k.lower() not in drop and k.lower() not in named]


class Upstream:
    """One worker's connection pool to the upstreams."""

    def __init__(self, connect_timeout: float, timeout: float) -> None:
        self.wire = Wire(connect_timeout, timeout)

    async def open(self, method: str, url: str, headers: Headers, body: bytes) -> WireResponse | Refusal:
        """Send the request; the response with its body still to read, or the 502/504 to answer with."""
        try:
            return await self.wire.send(method, url, strip_headers(headers, _NOT_FORWARDED), body)
        except WireError as e:
            if e.timeout:
                what = "connect" if e.kind == "ConnectTimeout" else "answer"
                return Refusal(504, "upstream_timeout", f"phiscan gateway: the upstream did not {what} in time")
            return Refusal(502, "upstream_unreachable", f"phiscan gateway: the upstream failed ({e.kind})")
        except BadTarget:  # never quoted: the path and query are the client's
            return Refusal(400, "invalid_url", "phiscan gateway: the request's path or query cannot be forwarded")

    async def answer(self, method: str, url: str, headers: Headers, body: bytes, receive: Receive) -> Opened:
        """`open`, or None when the client goes away first: the upstream request is cancelled then, so a long
        generation the client gave up on before its first byte is not left running."""
        opening, leaving = (
            asyncio.ensure_future(self.open(method, url, headers, body)),
            asyncio.ensure_future(disconnected(receive)),
        )
        try:
            await asyncio.wait((opening, leaving), return_when=asyncio.FIRST_COMPLETED)
        finally:
            leaving.cancel()
            if not opening.done():
                opening.cancel()
            await asyncio.gather(opening, leaving, return_exceptions=True)
        return None if opening.cancelled() else opening.result()

    async def relay(self, response: WireResponse, send: Send, receive: Receive) -> str:
        """Stream `response` to the client as it arrives: `COMPLETE`, `CLIENT_GONE` (the upstream response is
        closed then, which cancels the upstream request) or `UPSTREAM_BROKE`.  An upstream that fails mid-stream
        leaves the response unfinished, so the client sees a broken stream, never a clean but short one."""
        headers = strip_headers(response.headers_raw)
        if response.complete:  # the whole answer came with its headers (most JSON answers): no stream to watch
            body = response.take_body()
            await response.aclose()
            await send({"type": "http.response.start", "status": response.status_code, "headers": headers})
            await send({"type": "http.response.body", "body": body, "more_body": False})
            return COMPLETE
        await send({"type": "http.response.start", "status": response.status_code, "headers": headers})

        async def pump() -> None:
            async for chunk in response.aiter_raw():
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})

        streaming, watching = asyncio.ensure_future(pump()), asyncio.ensure_future(disconnected(receive))
        try:
            done, _ = await asyncio.wait((streaming, watching), return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (streaming, watching):
                task.cancel()
            await asyncio.gather(streaming, watching, return_exceptions=True)
            await response.aclose()
        if streaming in done:
            return UPSTREAM_BROKE if streaming.exception() is not None else COMPLETE
        return CLIENT_GONE

    async def aclose(self) -> None:
        """Close the pool."""
        await self.wire.aclose()
