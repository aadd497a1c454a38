"""The guarded client: a stand-in for an SDK client that checks the methods which send a request body."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from phiscan.errors import ConfigError
from phiscan.sdk.guard import Guard, OnError, OnFindings
from phiscan.types import Severity

T = TypeVar("T")
_LAYERS = frozenset({"with_raw_response", "with_streaming_response"})  # same method, other return shape
_REGUARD = frozenset({"with_options", "copy"})  # client copies must stay guarded
_GUARDED: dict[tuple[str, ...], frozenset[str]] = {
    ("messages",): frozenset({"create", "stream", "count_tokens", "parse"}),
    ("beta", "messages"): frozenset({"create", "stream", "count_tokens", "parse"}),
    ("messages", "batches"): frozenset({"create"}),
    ("beta", "messages", "batches"): frozenset({"create"}),
    ("chat", "completions"): frozenset({"create", "parse", "stream"}),
    ("beta", "chat", "completions"): frozenset({"create", "parse", "stream"}),
    ("responses",): frozenset({"create", "parse", "stream"}),
}  # attribute path from the client -> the methods on it that send a request body


class _Guarded:
    """A stand-in for a client or one of its resources; checks the guarded methods, passes the rest."""

    __slots__ = ("_phiscan_async", "_phiscan_guard", "_phiscan_path", "_phiscan_target")

    def __init__(self, target: Any, path: tuple[str, ...], guard: Guard, is_async: bool) -> None:
        object.__setattr__(self, "_phiscan_target", target)
        object.__setattr__(self, "_phiscan_path", path)
        object.__setattr__(self, "_phiscan_guard", guard)
        object.__setattr__(self, "_phiscan_async", is_async)

    @property  # type: ignore[misc]
    def __class__(self) -> type:  # isinstance(guarded, anthropic.Anthropic) stays true
        return type(self._phiscan_target)

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._phiscan_target, name)
        path, g, is_async = self._phiscan_path, self._phiscan_guard, self._phiscan_async
        if name in _GUARDED.get(path, ()):
            return g.wrap(attr, name, path, is_async)
        if name in _LAYERS and path in _GUARDED:
            return _Guarded(attr, path, g, is_async)
        sub = (*path, name)
        if any(key[: len(sub)] == sub for key in _GUARDED):
            return _Guarded(attr, sub, g, is_async)
        if not path and name in _REGUARD and callable(attr):
            return lambda *a, **k: _Guarded(attr(*a, **k), (), g, is_async)
        return attr

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._phiscan_target, name, value)

    def __repr__(self) -> str:
        return f"phiscan.guard({self._phiscan_target!r})"


def _is_async_client(client: Any) -> bool:
    return any(c.__name__ in ("AsyncAPIClient", "AsyncAnthropic", "AsyncOpenAI") for c in type(client).__mro__)


def guard(
    client: T,
    *,
    profile: str = "hipaa",
    fail_on: str | Severity = "medium",
    allowlist: Iterable[str] = (),
    on_findings: OnFindings = "raise",
    analyzer: Any = None,
    on_error: OnError = "block",
) -> T:
    """`client`, checking every request before it is sent: PHI in schemas, metadata and file names,
    features the profile refuses (`hipaa`, `zdr`, `none`).

    `fail_on`: the lowest severity that counts.  `allowlist`: rule ids, fingerprints or
    `rule:pointer` strings to accept.  `on_findings`: `"raise"` (`phiscan.FindingsError`, nothing
    sent), `"log"` (a warning on the `phiscan.guard` logger, then send), or a callable given the
    `Report` (raise from it to stop the request).  `on_error`: what to do with a request phiscan could
    not fully scan (a detector failed, a limit was reached): `"block"` (the default: `FindingsError`, whatever
    `on_findings` says) or `"send"` (a warning on the logger, then send it).
    """
    try:
        severity = Severity(fail_on)
    except ValueError:
        raise ConfigError("fail_on must be one of: low, medium, high") from None
    g = Guard(profile, severity, allowlist, on_findings, analyzer, on_error)
    return replace_type(_Guarded(client, (), g, _is_async_client(client)), client)


def replace_type(proxy: Any, original: T) -> T:
    """The proxy, typed as the client it stands in for."""
    return proxy  # type: ignore[no-any-return]
