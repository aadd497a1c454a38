"""What the gateway's upstream client reads of one answer (`phiscan.gateway.wire`), as httptools calls it back."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

_MAX_HEADER_BYTES = 1 << 16  # an answer's headers, as much as uvicorn takes from a client


class WireError(Exception):
    """The upstream could not be reached or broke the exchange: `kind` names how (`ConnectError`,
    `ReadError`, `ProtocolError`, `ConnectTimeout`, `ReadTimeout`), and says nothing of the content."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind

    @property
    def timeout(self) -> bool:
        return self.kind.endswith("Timeout")


@dataclass(slots=True)
class Answer:
    """httptools' callbacks: the final status's headers, and the body pieces not yet relayed.

    Interim answers (`100 Continue`, `103 Early Hints`) are read past, never taken for the answer: taken,
    the real answer would stay in the pooled connection for the next client.  Bytes after the answer are
    never relayed and keep the connection out of the pool; so do trailers (not headers) and a HEAD answer
    (httptools cannot know it has no body)."""

    head: bool = False
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    body: list[bytes] = field(default_factory=list)
    header_bytes: int = 0
    interim: bool = False
    headed: bool = False
    done: bool = False
    junk: bool = False  # a second message, or one the gateway cannot relay (101, a status outside 200-599)
    keep_alive: bool = False
    parser: Any = None

    def on_message_begin(self) -> None:
        if self.done:
            self.junk = True  # bytes after the answer: never relayed, the connection never pooled

    def on_header(self, name: bytes, value: bytes) -> None:
        self.header_bytes += len(name) + len(value)
        if self.header_bytes > _MAX_HEADER_BYTES:
            raise WireError("ProtocolError")
        if not self.headed and not self.done:  # after the headers: trailers, not relayed as headers
            self.headers.append((name, value))

    def on_headers_complete(self) -> None:
        if self.done:
            return
        status = self.parser.get_status_code()
        if 100 <= status < 200 and status != 101:
            self.interim, self.headers, self.header_bytes = True, [], 0
            return
        self.junk = self.junk or not 200 <= status <= 599
        self.headed = True
        self.keep_alive = bool(self.parser.should_keep_alive()) and not self.head  # asked later, it is reset
        if self.head:
            self.done = True

    def on_body(self, body: bytes) -> None:
        if not self.done:
            self.body.append(body)

    def on_message_complete(self) -> None:
        if self.interim and not self.headed:
            self.interim = False
            return
        self.done = True
