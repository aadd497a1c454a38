"""For the gateway tests: a fake upstream on 127.0.0.1 that records what it receives and can stream, and
uvicorn serving an ASGI app in a thread."""

from __future__ import annotations

import json
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import uvicorn

MESSAGE = {
    "id": "msg_01",
    "type": "message",
    "role": "assistant",
    "model": "claude-sonnet-4-6",
    "content": [{"type": "text", "text": "ok"}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 3, "output_tokens": 1},
}
CHAT = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 0,
    "model": "gpt-4o",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop"}],
}
RESPONSE = {
    "id": "resp_1",
    "object": "response",
    "created_at": 0,
    "model": "gpt-4o",
    "status": "completed",
    "output": [],
    "parallel_tool_calls": True,
    "tool_choice": "auto",
    "tools": [],
}


def _sse(event: str | None, data: Any) -> bytes:
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {json.dumps(data) if not isinstance(data, str) else data}\n\n".encode()


def anthropic_events(words: list[str]) -> list[bytes]:
    """A Messages stream whose text is `words`, one SSE event per chunk."""
    start = {**MESSAGE, "content": [], "stop_reason": None}
    out = [_sse("message_start", {"type": "message_start", "message": start})]
    block = {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}
    out.append(_sse("content_block_start", block))
    for w in words:
        delta = {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": w}}
        out.append(_sse("content_block_delta", delta))
    out.append(_sse("content_block_stop", {"type": "content_block_stop", "index": 0}))
    end = {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None}}
    out.append(_sse("message_delta", {**end, "usage": {"output_tokens": len(words)}}))
    out.append(_sse("message_stop", {"type": "message_stop"}))
    return out


def chat_events(words: list[str]) -> list[bytes]:
    """A Chat Completions stream whose text is `words`."""
    base = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 0, "model": "gpt-4o"}
    out = [
        _sse(None, {**base, "choices": [{"index": 0, "delta": {"content": w}, "finish_reason": None}]}) for w in words
    ]
    out.append(_sse(None, {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}))
    out.append(_sse(None, "[DONE]"))
    return out


@dataclass
class Seen:
    """One request the upstream received."""

    method: str
    path: str
    headers: list[tuple[str, str]]
    body: bytes
    peer: int = 0  # the gateway's port: one per upstream connection


@dataclass
class Upstream:
    """What the fake upstream does, and what it saw; tests change `stream`, `lockstep` and `hold`."""

    url: str = ""
    received: list[Seen] = field(default_factory=list)
    stream: list[bytes] = field(default_factory=list)  # the SSE chunks of the next streamed reply
    lockstep: threading.Semaphore | None = None  # released by the client after each chunk it read
    linger: bool = False  # after the stream, keep writing comments until the reader goes away
    broken: bool = False  # after the stream, close the connection without the chunked body's end
    slow: bool = False  # hold each request until `hold` is set
    hang_up: bool = False  # close each connection after its answer, without saying so (an idle timeout)
    hold: threading.Event = field(default_factory=threading.Event)
    cut: threading.Event = field(default_factory=threading.Event)  # set when a stream's reader went away

    def reset(self) -> None:
        """Forget what was received and configured."""
        self.received.clear()
        self.stream, self.lockstep, self.linger, self.slow, self.broken = [], None, False, False, False
        self.hang_up = False
        self.cut.clear()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Any

    def _reply(self) -> None:
        up: Upstream = self.server.upstream
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        up.received.append(Seen(self.command, self.path, list(self.headers.items()), body, self.client_address[1]))
        if up.slow:
            up.hold.wait(10)
        try:
            streamed = self.command == "POST" and json.loads(body).get("stream") is True
        except ValueError:
            streamed = False
        if streamed:
            return self._stream(up)
        reply: Any = {"input_tokens": 3} if "count_tokens" in self.path else MESSAGE
        reply = CHAT if "chat" in self.path else RESPONSE if "responses" in self.path else reply
        data = json.dumps(reply).encode()
        try:
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.send_header("x-upstream", "fake")
            self.end_headers()
            self.wfile.write(data)
            self.close_connection = up.hang_up
        except (BrokenPipeError, ConnectionResetError):  # a held request the gateway gave up on
            up.cut.set()

    def _stream(self, up: Upstream) -> None:
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("transfer-encoding", "chunked")
        self.end_headers()
        try:
            for chunk in up.stream:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.wfile.flush()
                if up.lockstep is not None and not up.lockstep.acquire(timeout=10):
                    raise TimeoutError("the client never read the chunk: the gateway buffered it")
            if up.broken:
                self.close_connection = True
                return
            if up.linger:  # a reader that leaves mid-stream: keep writing until the pipe breaks
                deadline = time.monotonic() + 10
                while time.monotonic() < deadline:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(b": ping\n\n"), b": ping\n\n"))
                    self.wfile.flush()
                    time.sleep(0.02)
            self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            up.cut.set()

    do_POST = do_GET = do_DELETE = _reply

    def log_message(self, format: str, *args: Any) -> None:
        pass


TLS_CERT = Path(__file__).resolve().parent / "data" / "tls-localhost.pem"  # self-signed, for 127.0.0.1


@contextmanager
def fake_upstream(tls: bool = False) -> Iterator[Upstream]:
    """The fake upstream, serving until the block ends (over TLS with `TLS_CERT` if `tls`)."""
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    scheme = "http"
    if tls:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(TLS_CERT, TLS_CERT.with_suffix(".key"))
        srv.socket = context.wrap_socket(srv.socket, server_side=True)
        scheme = "https"
    srv.upstream = Upstream(url=f"{scheme}://127.0.0.1:{srv.server_address[1]}")  # type: ignore[attr-defined]
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield srv.upstream  # type: ignore[attr-defined]
    finally:
        srv.upstream.hold.set()  # type: ignore[attr-defined]
        srv.shutdown()
        srv.server_close()
        thread.join()


@contextmanager
def serve(app: Any) -> Iterator[str]:
    """`app` under uvicorn on a free loopback port, in a thread; yields its base URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(app, lifespan="on", ws="none", access_log=False, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.started, "the server did not start"
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module", name="upstream")
def upstream_fixture() -> Iterator[Upstream]:
    """One fake upstream per test module (import this fixture into the module)."""
    with fake_upstream() as up:
        yield up


@pytest.fixture(autouse=True)
def fresh_upstream(upstream: Upstream) -> None:
    """Each test starts with an upstream that has received nothing."""
    upstream.reset()
