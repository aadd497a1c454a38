"""Shared test fixtures: one analyzer per session, and no network beyond loopback."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from phiscan.detect.analyzer import Analyzer

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


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep the CLI's verdict cache (and tldextract's) out of the user's real cache directory."""
    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    yield
    if old is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = old


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    """The shipped pipeline, loaded once for the whole session."""
    return Analyzer()


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES
