"""A lean HTTP/1.1 client for the forward path: one write per request, httptools to read the answer.

httpx (over httpcore, anyio and h11) cost about 1 ms of Python per forwarded request, most of what the gateway
added on a request whose parts were seen before.  The forward path needs little of it: HTTP/1.1 to one
upstream per route, keep-alive connections, TLS, per-phase timeouts and a body relayed as it arrives.  The
answer is parsed by httptools (the C parser uvicorn already uses), which also undoes chunked framing; bodies
are relayed as sent (no content decoding), as `httpx.Response.aiter_raw` did.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import ssl
import sys
from collections.abc import AsyncIterator, Awaitable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httptools

from phiscan.gateway.answers import Answer
from phiscan.gateway.answers import WireError as WireError  # raised by this module: part of its interface

T = TypeVar("T")
Headers = Sequence[tuple[bytes, bytes]]
_READ = 1 << 16
_TARGET = re.compile(r"/[\x21-\x7e]*")  # a path and query as sent on the request line: no space, no CR or LF
_MAX_IDLE = 100  # kept-alive connections per upstream


class BadTarget(ValueError):
    """A URL that cannot be put on a request line as it is."""


async def _within(seconds: float, step: Awaitable[T], kind: str) -> T:
    try:
        if sys.version_info >= (3, 11):
            async with asyncio.timeout(seconds):
                return await step
        return await asyncio.wait_for(step, seconds)
    except TimeoutError as e:
        raise WireError(kind) from e


@dataclass(frozen=True, slots=True)
class _Origin:
    scheme: str
    host: str
    port: int

    @property
    def authority(self) -> bytes:
        default = 443 if self.scheme == "https" else 80
        host = f"[{self.host}]" if ":" in self.host else self.host
        return (host if self.port == default else f"{host}:{self.port}").encode("ascii")


@dataclass(slots=True)
class _Connection:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.writer.close()

    def idle(self) -> bool:
        """Open, and nothing unasked-for waiting in it: bytes that came after an answer would be read as the
        next request's answer.  (StreamReader keeps what it read ahead in `_buffer`; it has no public way
        to ask, and CPython has kept that name since asyncio began.)"""
        return not self.reader.at_eof() and not getattr(self.reader, "_buffer", b"")


class WireResponse:
    """An answer whose status and headers are read and whose body is still to relay."""

    def __init__(self, pool: Wire, origin: _Origin, conn: _Connection, parser: Any, parse: Answer) -> None:
        self._pool, self._origin, self._conn, self._parser, self._parse = pool, origin, conn, parser, parse
        self.status_code: int = parser.get_status_code()
        self.headers_raw: list[tuple[bytes, bytes]] = parse.headers
        self._closed = False

    @property
    def complete(self) -> bool:
        """The whole body has been read with the headers."""
        return self._parse.done

    def take_body(self) -> bytes:
        """The body read so far, taken out of the answer (all of it once `complete`)."""
        body = b"".join(self._parse.body)
        self._parse.body.clear()
        return body

    async def aiter_raw(self) -> AsyncIterator[bytes]:
        """The body as it arrives (de-chunked, not decoded)."""
        parse = self._parse
        try:
            while True:
                while parse.body:
                    yield parse.body.pop(0)
                if parse.done:
                    break
                data = await _within(self._pool.timeout, self._conn.reader.read(_READ), "ReadTimeout")
                if not data:
                    if self._until_close():  # HTTP/1.0-style framing: the body ends where the connection does
                        parse.keep_alive = False
                        break
                    raise WireError("ReadError")  # closed mid-answer
                self._parser.feed_data(data)
        except httptools.HttpParserError as e:
            self._release()
            raise WireError("ProtocolError") from e
        finally:
            self._release()  # read to its end: back to the pool; broken off: closed

    def _until_close(self) -> bool:
        names = {k.lower() for k, _ in self.headers_raw}
        return b"content-length" not in names and b"transfer-encoding" not in names

    def _release(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._parse.done and self._parse.keep_alive and not self._parse.junk:
            self._pool.give_back(self._origin, self._conn)
        else:
            self._conn.close()

    async def aclose(self) -> None:
        """Done with the answer: a connection read to its end goes back to the pool, any other is closed."""
        self._release()


class Wire:
    """One worker's keep-alive connections to its upstreams."""

    def __init__(self, connect_timeout: float, timeout: float) -> None:
        self.connect_timeout = connect_timeout
        self.timeout = timeout
        self._idle: dict[_Origin, list[_Connection]] = {}
        self._tls = ssl.create_default_context()

    def give_back(self, origin: _Origin, conn: _Connection) -> None:
        idle = self._idle.setdefault(origin, [])
        if len(idle) < _MAX_IDLE and conn.idle():
            idle.append(conn)
        else:
            conn.close()

    async def _connect(self, origin: _Origin) -> _Connection:
        tls = self._tls if origin.scheme == "https" else None
        try:
            reader, writer = await _within(
                self.connect_timeout,
                asyncio.open_connection(origin.host, origin.port, ssl=tls, limit=_READ),
                "ConnectTimeout",
            )
        except OSError as e:
            raise WireError("ConnectError") from e
        return _Connection(reader, writer)

    async def send(self, method: str, url: str, headers: Headers, body: bytes) -> WireResponse:
        """Send one request and read its status and headers; the body is left to `WireResponse.aiter_raw`."""
        parts = urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.scheme not in ("http", "https") or not parts.hostname or not _TARGET.fullmatch(target or "/"):
            raise BadTarget("the path or query cannot be forwarded")
        origin = _Origin(parts.scheme, parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
        head = [f"{method} {target or '/'} HTTP/1.1\r\n".encode("ascii"), b"host: " + origin.authority + b"\r\n"]
        head.extend(k + b": " + v + b"\r\n" for k, v in headers)
        if body or method not in ("GET", "HEAD", "DELETE", "OPTIONS"):
            head.append(b"content-length: %d\r\n" % len(body))
        message = b"".join(head) + b"\r\n" + body
        idle = self._idle.get(origin)
        no_body = method == "HEAD"
        while idle:  # a kept-alive connection the upstream has not closed, nor written to, since
            conn = idle.pop()
            if not conn.idle():
                conn.close()
                continue
            try:
                return await self._exchange(origin, conn, message, no_body, reused=True)
            except _Stale:
                continue
        return await self._exchange(origin, await self._connect(origin), message, no_body, reused=False)

    async def _exchange(
        self, origin: _Origin, conn: _Connection, message: bytes, no_body: bool, reused: bool
    ) -> WireResponse:
        parse = Answer(head=no_body)
        parser = parse.parser = httptools.HttpResponseParser(parse)
        got = False

        async def headers() -> None:
            nonlocal got
            while not parse.headed:
                data = await conn.reader.read(_READ)
                if not data:
                    if reused and not got:
                        raise _Stale
                    raise WireError("ReadError")  # closed before answering
                got = True
                parser.feed_data(data)

        try:
            conn.writer.write(message)
            await _within(self.timeout, headers(), "ReadTimeout")  # one deadline for all of them, however trickled
            if parse.junk:
                raise WireError("ProtocolError")  # 101, or a status no client can be given
        except _Stale:
            conn.close()
            raise
        except httptools.HttpParserError as e:
            conn.close()
            raise WireError("ProtocolError") from e
        except WireError:
            conn.close()
            raise
        except (ConnectionError, OSError) as e:
            conn.close()
            if reused and not got:
                raise _Stale from e
            raise WireError("ReadError") from e
        except BaseException:  # a timeout, or the client left and the request was cancelled: never reused
            conn.close()
            raise
        return WireResponse(self, origin, conn, parser, parse)

    async def aclose(self) -> None:
        """Close every kept-alive connection."""
        conns = [conn for idle in self._idle.values() for conn in idle]
        self._idle.clear()
        for conn in conns:
            conn.close()
        await asyncio.gather(*(conn.writer.wait_closed() for conn in conns), return_exceptions=True)


class _Stale(Exception):
    """A kept-alive connection the upstream had closed before this request: try another."""
