"""Counters and histograms, rendered in the Prometheus text exposition format (version 0.0.4) on `/metrics`.

Written here rather than with `prometheus_client`: the set is five metrics, the format is a few lines, and
`prometheus_client`'s multi-process mode would need a shared directory of files, where the gateway writes
nothing.  Labels take values from closed sets (route templates, rule ids, verdicts, status codes), never from
a request.  Each worker process counts its own requests (see docs/gateway.md).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field

# seconds: from a cache hit (tens of microseconds) to a first-seen schema or a slow upstream
SCAN_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
UPSTREAM_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0)
Labels = tuple[tuple[str, str], ...]


@dataclass(slots=True)
class Histogram:
    """Cumulative buckets, sum and count of observed durations."""

    buckets: tuple[float, ...]
    counts: list[int] = field(default_factory=list)
    total: float = 0.0
    count: int = 0

    def observe(self, seconds: float) -> None:
        """Count one duration."""
        if not self.counts:
            self.counts = [0] * len(self.buckets)
        i = bisect.bisect_left(self.buckets, seconds)
        if i < len(self.counts):
            self.counts[i] += 1
        self.total += seconds
        self.count += 1

    def lines(self, name: str) -> list[str]:
        """The `_bucket`, `_sum` and `_count` samples."""
        out, running = [], 0
        counts = self.counts or [0] * len(self.buckets)
        for bound, n in zip(self.buckets, counts, strict=True):
            running += n
            out.append(f'{name}_bucket{{le="{bound}"}} {running}')
        out.append(f'{name}_bucket{{le="+Inf"}} {self.count}')
        out.append(f"{name}_sum {self.total}")
        out.append(f"{name}_count {self.count}")
        return out


def _labels(labels: Labels) -> str:
    if not labels:
        return ""
    esc = (v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") for _, v in labels)
    return "{" + ",".join(f'{k}="{v}"' for (k, _), v in zip(labels, esc, strict=True)) + "}"


class Metrics:
    """The gateway's metrics; updated on the event loop only, so no lock."""

    def __init__(self) -> None:
        self.requests: defaultdict[Labels, int] = defaultdict(int)
        self.refusals: defaultdict[Labels, int] = defaultdict(int)
        self.disconnects = 0
        self.upstream_breaks = 0
        self.scan = Histogram(SCAN_BUCKETS)
        self.upstream = Histogram(UPSTREAM_BUCKETS)

    def decided(self, route: str, verdict: str, status: int, rules: tuple[str, ...]) -> None:
        """Count one decision, and each rule that refused it."""
        self.requests[(("route", route), ("verdict", verdict), ("status", str(status)))] += 1
        for rule in rules:
            self.refusals[(("rule", rule),)] += 1

    def render(self) -> str:
        """Every metric in the text format."""
        out: list[str] = []
        counters = (
            ("phiscan_gateway_requests_total", "Requests decided, by route, verdict and status.", self.requests),
            ("phiscan_gateway_refusals_total", "Refused requests, by the rule that refused them.", self.refusals),
        )
        for name, text, table in counters:
            out += [f"# HELP {name} {text}", f"# TYPE {name} counter"]
            out += [f"{name}{_labels(labels)} {n}" for labels, n in sorted(table.items())]
        name = "phiscan_gateway_client_disconnects_total"
        out += [f"# HELP {name} Requests whose client left before their response ended.", f"# TYPE {name} counter"]
        out.append(f"{name} {self.disconnects}")
        name = "phiscan_gateway_upstream_breaks_total"
        out += [f"# HELP {name} Streams the upstream broke before their end.", f"# TYPE {name} counter"]
        out.append(f"{name} {self.upstream_breaks}")
        histograms = (
            ("phiscan_gateway_scan_seconds", "Time to check a request body.", self.scan),
            ("phiscan_gateway_upstream_seconds", "Time to the upstream's response headers.", self.upstream),
        )
        for name, text, hist in histograms:
            out += [f"# HELP {name} {text}", f"# TYPE {name} histogram", *hist.lines(name)]
        return "\n".join(out) + "\n"
