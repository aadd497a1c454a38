"""The audit trail: one JSON line per decision, content-free.

A line holds the time, the route template (never the request's own path or query string), the provider, the
verdict, the status, a short reason, the rule ids, the pointers of the findings with flagged keys masked,
their fingerprints (keyed hashes of the masked value) and the latencies.  No body, header value, API key or
scanned value is ever written: the fields are filled from a `Decision`, which has no place for them.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from dataclasses import dataclass
from typing import TextIO

FORWARDED = "forwarded"
REFUSED = "refused"
UNCHECKED = "forwarded-unchecked"  # --fail-open: forwarded although it could not be fully checked
FAILED = "upstream-failed"
GONE = "client-gone"  # the client left before the upstream answered; the upstream request was cancelled
BROKEN = "internal-error"  # the gateway failed; nothing was forwarded after the failure


@dataclass(frozen=True, slots=True)
class Decision:
    """What the gateway did with one request."""

    route: str
    method: str
    provider: str
    verdict: str
    status: int
    reason: str = ""
    rules: tuple[str, ...] = ()
    pointers: tuple[str, ...] = ()
    fingerprints: tuple[str, ...] = ()
    scan_ms: float | None = None
    upstream_ms: float | None = None  # to the upstream's response headers
    total_ms: float = 0.0

    def to_json(self) -> str:
        """The audit line (no trailing newline)."""
        doc = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "route": self.route,
            "method": self.method,
            "provider": self.provider,
            "verdict": self.verdict,
            "status": self.status,
            "reason": self.reason,
            "rules": list(self.rules),
            "pointers": list(self.pointers),
            "fingerprints": list(self.fingerprints),
            "scan_ms": _ms(self.scan_ms),
            "upstream_ms": _ms(self.upstream_ms),
            "total_ms": _ms(self.total_ms),
        }
        return json.dumps(doc, separators=(",", ":"))


def _ms(v: float | None) -> float | None:
    return None if v is None else round(v, 3)


class AuditLog:
    """Where audit lines go: stderr (`"-"`) or a file opened for appending.

    Each line is one `write` of an `O_APPEND` descriptor, so the lines of several workers sharing a file do
    not interleave.
    """

    def __init__(self, target: str) -> None:
        self._fd: int | None = None
        self._stream: TextIO | None = None
        if target == "-":
            self._stream = sys.stderr
        else:
            self._fd = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self._lock = threading.Lock()

    def write(self, decision: Decision) -> None:
        """Append one line for `decision`."""
        line = decision.to_json() + "\n"
        with self._lock:
            if self._fd is not None:
                os.write(self._fd, line.encode())
            elif self._stream is not None:
                self._stream.write(line)
                self._stream.flush()

    def close(self) -> None:
        """Close the file (stderr is left open)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
