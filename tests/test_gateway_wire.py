"""The gateway's upstream client (`phiscan.gateway.wire`) against real asyncio servers on 127.0.0.1, for the
answers the fake upstream of the other gateway tests never gives: each framing HTTP/1.1 allows, and broken ones."""

from __future__ import annotations

import asyncio
import contextlib
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
            await asyncio.sleep(0.01)  # let a connection closed on an error path finish closing

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


def test_an_interim_answer_is_read_past_never_taken_for_the_answer() -> None:
    """Taken for the answer, the real one would stay in the pooled connection for the next client."""
    hints = b"HTTP/1.1 103 Early Hints\r\nlink: </a.css>\r\n\r\nHTTP/1.1 100 Continue\r\n\r\n"
    assert _exchange(hints + b"HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\nhello")[:2] == (200, b"hello")


def test_answers_to_two_clients_never_cross_on_a_kept_alive_connection() -> None:
    """An upstream that sends an interim answer, then the answer in a later packet, then bytes nobody asked
    for: each request gets its own answer, and a connection with unasked-for bytes is not reused."""
    count = 0

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal count
        while True:
            try:
                await reader.readuntil(b"\r\n\r\n")
                await reader.readexactly(2)
            except (asyncio.IncompleteReadError, ConnectionError):
                writer.close()
                return
            count += 1
            body = b"answer %d" % count
            writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
            await writer.drain()
            await asyncio.sleep(0.01)
            writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: %d\r\n\r\n%s" % (len(body), body))
            await writer.drain()
            await asyncio.sleep(0.01)
            writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 6\r\n\r\nstolen")  # unasked-for
            with contextlib.suppress(ConnectionError):
                await writer.drain()

    async def run() -> list[bytes]:
        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        wire = Wire(5, 5)
        got = []
        try:
            for _ in range(3):
                response = await wire.send("POST", f"http://127.0.0.1:{port}/v1/messages", [], b"{}")
                got.append(b"".join([chunk async for chunk in response.aiter_raw()]))
                await asyncio.sleep(0.05)  # the unasked-for answer arrives while the connection is idle
        finally:
            await wire.aclose()
            server.close()
            await server.wait_closed()
            await asyncio.sleep(0.01)
        return got

    assert asyncio.run(run()) == [b"answer 1", b"answer 2", b"answer 3"]


def test_a_head_answer_has_no_body_and_trailers_are_not_headers() -> None:
    head = _exchange(b"HTTP/1.1 200 OK\r\ncontent-length: 24\r\n\r\n", method="HEAD")
    assert head[:2] == (200, b"")
    trailed = b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2\r\nok\r\n0\r\nx-t: trailer\r\n\r\n"

    async def headers_of() -> list[tuple[bytes, bytes]]:
        async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await reader.readuntil(b"\r\n\r\n")
            writer.write(trailed)
            await writer.drain()
            writer.close()

        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        wire = Wire(5, 5)
        try:
            port = server.sockets[0].getsockname()[1]
            response = await wire.send("GET", f"http://127.0.0.1:{port}/v1/models", [], b"")
            assert b"".join([c async for c in response.aiter_raw()]) == b"ok"
            return response.headers_raw
        finally:
            await wire.aclose()
            server.close()
            await server.wait_closed()
            await asyncio.sleep(0.01)

    assert [name for name, _ in asyncio.run(headers_of())] == [b"transfer-encoding"]


@pytest.mark.parametrize(
    "answer",
    [
        b"HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nx-big: " + b"a" * 70_000 + b"\r\ncontent-length: 0\r\n\r\n",
    ],
)
def test_an_upgrade_or_oversized_headers_are_a_protocol_error(answer: bytes) -> None:
    with pytest.raises(WireError) as info:
        _exchange(answer)
    assert info.value.kind == "ProtocolError"


def test_headers_trickled_past_the_timeout_are_a_timeout() -> None:
    async def run() -> None:
        async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await reader.readuntil(b"\r\n\r\n")
            try:
                for byte in b"HTTP/1.1 200 OK\r\nx-slow: " + b"a" * 100:
                    writer.write(bytes([byte]))
                    await writer.drain()
                    await asyncio.sleep(0.05)
            except ConnectionError:
                pass
            finally:
                writer.close()

        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        wire = Wire(5, 0.5)
        try:
            port = server.sockets[0].getsockname()[1]
            with pytest.raises(WireError) as info:
                await wire.send("GET", f"http://127.0.0.1:{port}/v1/models", [], b"")
            assert info.value.kind == "ReadTimeout"
        finally:
            await wire.aclose()
            server.close()
            await asyncio.sleep(0.2)  # the server notices the client left at its next write

    asyncio.run(run())
