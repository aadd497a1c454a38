"""`phiscan.guard(client)`: check every request before the SDK sends a byte of it.

Wraps `anthropic.Anthropic` / `AsyncAnthropic` (`messages.create`, `.stream`, `.count_tokens`,
`.parse`, `.batches.create`, and the `beta.messages` ones) and `openai.OpenAI` / `AsyncOpenAI`
(`chat.completions.create` / `.parse` / `.stream`, `responses.create` / `.parse` / `.stream`);
everything else is the client's own attribute, untouched.

Cost: a request is cut into parts (each tool, each schema-bearing key, `metadata`, and the
file names and sources in its messages).  Each part's verdict is cached under a keyed BLAKE2b
hash of its canonical JSON (the key is random per process, and the text itself is not kept),
so a request whose parts were seen before costs one serialisation of those parts.  Only the
parts not seen before go through the scanner, on a sparse copy of the request.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal, TypeVar

from phiscan.errors import ConfigError, FindingsError
from phiscan.policy.eligibility import check_profile, feature_findings
from phiscan.policy.lint import Counts, limit_findings, spend
from phiscan.sdk.request import LISTED_PARTS, canonical, part_owner, request_body, request_parts
from phiscan.types import Exposure, FileError, Finding, FindingKind, Report, Severity, key_pointers

T = TypeVar("T")
OnFindings = Literal["raise", "log"] | Callable[[Report], None]
OnError = Literal["block", "send"]
log = logging.getLogger("phiscan.guard")

_BATCH = "/v1/messages/batches"
_ASYNC_METHODS = frozenset({"create", "count_tokens", "parse"})  # coroutines on async clients; stream is not
_REQUEST_FEATURE_KEYS = ("mcp_servers", "context_management", "container")
_LIMIT_RULES = frozenset(
    {"lint-too-many-strict-tools", "lint-too-many-optional-parameters", "lint-too-many-union-parameters"}
)
_CACHE_SIZE = 4096


@dataclass(frozen=True, slots=True)
class _Verdict:
    """What one part contributes: its findings (masked, no raw values), limit spend, strictness."""

    findings: tuple[Finding, ...]
    counts: Counts
    strict: bool
    incomplete: tuple[FileError, ...] = ()  # the part could not be fully scanned: never cached, never ok


class Guard:
    """The checks and the verdict cache one guarded client shares across threads and tasks."""

    def __init__(
        self,
        profile: str,
        fail_on: Severity,
        allowlist: Iterable[str],
        on_findings: OnFindings,
        analyzer: Any = None,
        on_error: OnError = "block",
    ) -> None:
        from phiscan.options import ScanOptions
        from phiscan.policy.decide import Policy

        self.profile = check_profile(profile)
        self.fail_on = fail_on
        self.allowlist = frozenset(allowlist)
        if on_findings not in ("raise", "log") and not callable(on_findings):
            raise ConfigError("on_findings must be 'raise', 'log' or a callable taking a phiscan.Report")
        self.on_findings = on_findings
        if on_error not in ("block", "send"):
            raise ConfigError("on_error must be 'block' or 'send'")
        self.on_error = on_error
        self.options = ScanOptions(policy=Policy(), fail_on=fail_on, kind="request", profile=profile)
        self.analyzer = analyzer  # None: the process-wide analyzer, built on first use
        self._key = os.urandom(32)
        self._lock = threading.Lock()
        self._cache: OrderedDict[bytes, _Verdict] = OrderedDict()  # one part -> its verdict
        self._whole: OrderedDict[bytes, tuple[tuple[str, _Verdict], ...]] = OrderedDict()  # all parts at once

    # ------------------------------------------------------------ verdicts
    def _digest(self, prefix: str, value: Any) -> bytes:
        h = hashlib.blake2b(prefix.encode(), key=self._key, digest_size=16)
        h.update(b"\0")
        h.update(canonical(value))
        return h.digest()

    def _lookup(
        self, parts: list[tuple[str, Any]], whole: bytes
    ) -> tuple[dict[str, _Verdict], list[tuple[str, Any, bytes]]]:
        with self._lock:  # the fast path: this exact set of parts was seen before
            seen = self._whole.get(whole)
            if seen is not None:
                self._whole.move_to_end(whole)
                return dict(seen), []
        hits: dict[str, _Verdict] = {}
        missed: list[tuple[str, Any, bytes]] = []
        for prefix, value in parts:
            key = self._digest(prefix, value)
            with self._lock:
                verdict = self._cache.get(key)
                if verdict is not None:
                    self._cache.move_to_end(key)
            if verdict is None:
                missed.append((prefix, value, key))
            else:
                hits[prefix] = verdict
        return hits, missed

    def _scan_missed(self, body: dict[str, Any], missed: Sequence[tuple[str, Any, bytes]]) -> dict[str, _Verdict]:
        from phiscan.pointer import resolve_pointer
        from phiscan.scan import scan_data

        sparse: dict[str, Any] = {"messages": []}
        for prefix, value, _ in missed:
            _, listed, index = [*prefix.split("/"), "", ""][:3]
            if listed in LISTED_PARTS and isinstance(body.get(listed), list) and index.isdigit():
                sparse.setdefault(listed, [None] * len(body[listed]))[int(index)] = value
            elif prefix == "@files":
                sparse.update({k: body[k] for k in ("messages", "input", "system", "mcp_servers") if k in body})
            else:
                sparse[prefix[1:]] = value
        report, unit = scan_data(sparse, "", self.options, self.analyzer)
        prefixes = [p for p, _, _ in missed]
        found: dict[str, list[Finding]] = {p: [] for p in prefixes}
        for f in report.findings:
            owner = part_owner(f.pointer, prefixes)
            if owner is not None and f.rule not in _LIMIT_RULES:
                found[owner].append(f)
        counts: dict[str, Counts] = {}
        strict: set[str] = set()
        for root in unit.parts.roots if unit is not None else ():
            owner = part_owner(root.pointer, prefixes)
            if owner is None or root.exposure is not Exposure.SCHEMA_CACHE:
                continue
            c = spend(resolve_pointer(sparse, root.pointer))
            old = counts.get(owner, Counts())
            counts[owner] = Counts(old.optional + c.optional, old.unions + c.unions)
            if owner.startswith(("/tools/", "/functions/")):
                strict.add(owner)
        # a part the scan could not finish (too deep, too big, a detector failure) must not pass as clean
        failed = report.errors
        out: dict[str, _Verdict] = {}
        with self._lock:
            for prefix, _, key in missed:
                verdict = _Verdict(tuple(found[prefix]), counts.get(prefix, Counts()), prefix in strict, failed)
                if not failed:
                    self._cache[key] = verdict
                out[prefix] = verdict
            while len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        return out

    def _report(self, body: dict[str, Any], verdicts: dict[str, _Verdict], endpoint: str) -> Report:
        findings = [f for v in verdicts.values() for f in v.findings]
        small = {k: body[k] for k in _REQUEST_FEATURE_KEYS if k in body}
        if small or endpoint:
            findings.extend(feature_findings(small, "", self.profile, endpoint=endpoint))
        findings.extend(
            limit_findings("", sum(v.strict for v in verdicts.values()), [v.counts for v in verdicts.values()])
        )
        keys = key_pointers(findings)  # before the allowlist: an allowed key must not unmask what is below it
        if self.allowlist:
            findings = [f for f in findings if not ({f.rule, f.fingerprint, f"{f.rule}:{f.pointer}"} & self.allowlist)]
        errors = tuple(dict.fromkeys(e for v in verdicts.values() for e in v.incomplete))
        return Report(
            findings=tuple(f for f in findings if f.kind is not FindingKind.LINT),
            warnings=tuple(f for f in findings if f.kind is FindingKind.LINT),
            errors=errors,
            fail_on=self.fail_on,
            profile=self.profile,
            masked_keys=keys,
        )

    def _unscannable(self) -> Report:
        # fail closed: a body too deep (or not JSON) to serialise is never passed as clean
        error = FileError("<request>", "the request is nested too deeply or is not JSON-serialisable: not scanned")
        return Report(errors=(error,), fail_on=self.fail_on)

    def _remember(self, whole: bytes, verdicts: dict[str, _Verdict]) -> None:
        if any(v.incomplete for v in verdicts.values()):
            return
        with self._lock:
            self._whole[whole] = tuple(verdicts.items())
            while len(self._whole) > _CACHE_SIZE:
                self._whole.popitem(last=False)

    def _seen(self, body: dict[str, Any]) -> tuple[dict[str, _Verdict], list[tuple[str, Any, bytes]], bytes] | None:
        """Cached verdicts, the parts still to scan, and the request's digest; None when it can't be digested."""
        try:
            parts = request_parts(body)
            whole = self._digest("@request", parts)
        except (RecursionError, ValueError, TypeError):
            return None
        hits, missed = self._lookup(parts, whole)
        return hits, missed, whole

    def check(self, body: dict[str, Any], endpoint: str = "") -> Report:
        """The report for one request body (blocking: scans the parts not seen before)."""
        seen = self._seen(body)
        if seen is None:
            return self._unscannable()
        hits, missed, whole = seen
        if missed:
            hits.update(self._scan_missed(body, missed))
            self._remember(whole, hits)
        return self._report(body, hits, endpoint)

    async def acheck(self, body: dict[str, Any], endpoint: str = "") -> Report:
        """`check` for async callers: a cache hit runs inline, a scan runs in a worker thread."""
        seen = self._seen(body)
        if seen is None:
            return self._unscannable()
        hits, missed, whole = seen
        if missed:
            hits.update(await asyncio.to_thread(self._scan_missed, body, missed))
            self._remember(whole, hits)
        return self._report(body, hits, endpoint)

    def verdict(self, report: Report) -> None:
        """Act on a report: raise `FindingsError`, log, or hand it to the callback.

        A request that could not be fully scanned (`report.errors`) is blocked whatever `on_findings` says,
        unless `on_error` is "send": then it is logged and sent, and only its findings are acted on.
        """
        if report.ok:
            return
        if report.errors:
            if self.on_error == "block":
                raise FindingsError(report)
            log.warning("%s", FindingsError(report))  # on_error="send": the caller chose to send it anyway
            report = replace(report, errors=())
            if report.ok:
                return
        if self.on_findings == "raise":
            raise FindingsError(report)
        if self.on_findings == "log":
            log.warning("%s", FindingsError(report))  # the message names rules and pointers, never values
            return
        assert callable(self.on_findings)
        self.on_findings(report)

    def _batch(self, kwargs: dict[str, Any]) -> Report:
        reports = [
            self.check(request_body(dict(r.get("params") or {})))
            for r in request_body(kwargs).get("requests", [])
            if isinstance(r, dict)
        ]
        findings = [f for r in reports for f in r.findings]
        findings.extend(feature_findings({}, "", self.profile, endpoint=_BATCH))
        return Report(
            findings=tuple(findings),
            warnings=tuple(w for r in reports for w in r.warnings),
            errors=tuple(e for r in reports for e in r.errors),
            fail_on=self.fail_on,
            profile=self.profile,
        )

    def wrap(self, method: Callable[..., Any], name: str, path: tuple[str, ...], is_async: bool) -> Callable[..., Any]:
        """`method`, checking its request first."""
        batch = path[-1] == "batches"
        if is_async and name in _ASYNC_METHODS:

            async def guarded_async(*args: Any, **kwargs: Any) -> Any:
                if batch:
                    report = await asyncio.to_thread(self._batch, kwargs)
                else:
                    report = await self.acheck(request_body(kwargs))
                self.verdict(report)
                return await method(*args, **kwargs)

            return guarded_async

        def guarded(*args: Any, **kwargs: Any) -> Any:
            self.verdict(self._batch(kwargs) if batch else self.check(request_body(kwargs)))
            return method(*args, **kwargs)

        return guarded
