"""Shared test fixtures: one analyzer per session, and no network beyond loopback."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from phiscan.analyzer import Analyzer

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _loopback_only(address: Any) -> None:
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and (host.startswith("127.") or host in ("::1", "localhost")):
        return
    if isinstance(address, (str, bytes)):  # AF_UNIX sockets
        return
    raise OSError(f"tests may not reach the network ({host!r})")


def _connect(self: socket.socket, address: Any) -> None:
    _loopback_only(address)
    _real_connect(self, address)


def _connect_ex(self: socket.socket, address: Any) -> int:
    _loopback_only(address)
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> Iterator[None]:
    socket.socket.connect = _connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _connect_ex  # type: ignore[method-assign]
    yield
    socket.socket.connect = _real_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _real_connect_ex  # type: ignore[method-assign]


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    """The shipped pipeline, loaded once for the whole session."""
    return Analyzer()


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES
