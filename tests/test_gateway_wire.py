"""The gateway's upstream client (`phiscan.gateway.wire`) against real asyncio servers on 127.0.0.1, for the
answers the fake upstream of the other gateway tests never gives: each framing HTTP/1.1 allows, and broken ones."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest

pytest.importorskip("httptools")

from phiscan.gateway.wire import BadTarget, Wire, WireError

Answer = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


def _exchange(answer: bytes, method: str = "POST", target: str = "/v1/messages") -> tuple[int, bytes, bytes]:
    """Send one request to a server that answers `answer` and closes: (status, body relayed, request seen)."""
    seen: list[bytes] = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        seen.append(await reader.readuntil(b"\r\n\r\n"))
        writer.write(answer)
        await writer.drain()
        writer.close()

    async def run() -> tuple[int, bytes]:
        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        wire = Wire(5, 5)
        try:
            response = await wire.send(method, f"http://127.0.0.1:{port}{target}", [(b"x-api-key", b"k")], b"{}")
            body = b"".join([chunk async for chunk in response.aiter_raw()])
            return response.status_code, body
        finally:
            await wire.aclose()
            server.close()
            await server.wait_closed()
            await asyncio.sleep(0)  # let a connection closed on an error path finish closing

    status, body = asyncio.run(run())
    return status, body, seen[0] if seen else b""


def test_a_body_framed_by_its_length_by_chunks_or_by_the_end_of_the_connection_is_relayed_whole() -> None:
    assert _exchange(b"HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\nhello")[:2] == (200, b"hello")
    chunked = b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n3\r\nhel\r\n2\r\nlo\r\n0\r\n\r\n"
    assert _exchange(chunked)[:2] == (200, b"hello")
    assert _exchange(b"HTTP/1.1 200 OK\r\nconnection: close\r\n\r\nhello")[:2] == (200, b"hello")
    assert _exchange(b"HTTP/1.1 204 No Content\r\n\r\n")[:2] == (204, b"")


def test_the_request_carries_the_target_host_length_and_headers_in_one_message() -> None:
    _, _, request = _exchange(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n", target="/v1/messages?beta=true")
    lines = request.split(b"\r\n")
    assert lines[0] == b"POST /v1/messages?beta=true HTTP/1.1"
    assert b"x-api-key: k" in lines and b"content-length: 2" in lines
    assert any(line.startswith(b"host: 127.0.0.1:") for line in lines)


@pytest.mark.parametrize(
    "answer",
    [
        b"HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\nhello",  # cut short
        b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n3\r\nhel\r\n",  # no last chunk
    ],
)
def test_an_answer_cut_short_is_an_error_not_a_shorter_body(answer: bytes) -> None:
    with pytest.raises(WireError) as info:
        _exchange(answer)
    assert info.value.kind == "ReadError" and not info.value.timeout


@pytest.mark.parametrize("answer", [b"NOT HTTP AT ALL\r\n\r\n", b""])
def test_no_answer_or_garbage_is_an_error(answer: bytes) -> None:
    with pytest.raises(WireError) as info:
        _exchange(answer)
    assert info.value.kind in ("ProtocolError", "ReadError")


@pytest.mark.parametrize("target", ["/v1/messages x", "/v1/messages\r\nx-injected: 1"])
def test_a_target_that_would_change_the_request_line_is_never_sent(target: str) -> None:
    with pytest.raises(BadTarget):
        _exchange(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n", target=target)
