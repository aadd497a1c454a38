"""The SDK guard: `phiscan.guard(client)` checks every request before the SDK sends it."""

from __future__ import annotations

from phiscan.sdk.proxy import guard

__all__ = ["guard"]
