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
import json
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from phiscan.errors import ConfigError, FindingsError
from phiscan.policy.eligibility import check_profile, content_blocks, feature_findings
from phiscan.policy.lint import Counts, limit_findings, lint_schema
from phiscan.surfaces.kinds import request_file_texts
from phiscan.types import Exposure, FileError, Finding, Report, Role, Severity

T = TypeVar("T")
OnFindings = Literal["raise", "log"] | Callable[[Report], None]
log = logging.getLogger("phiscan.guard")

_BATCH = "/v1/messages/batches"
# attribute path from the client -> the methods on it that send a request body
_GUARDED: dict[tuple[str, ...], frozenset[str]] = {
    ("messages",): frozenset({"create", "stream", "count_tokens", "parse"}),
    ("beta", "messages"): frozenset({"create", "stream", "count_tokens", "parse"}),
    ("messages", "batches"): frozenset({"create"}),
    ("beta", "messages", "batches"): frozenset({"create"}),
    ("chat", "completions"): frozenset({"create", "parse", "stream"}),
    ("beta", "chat", "completions"): frozenset({"create", "parse", "stream"}),
    ("responses",): frozenset({"create", "parse", "stream"}),
}
_LAYERS = frozenset({"with_raw_response", "with_streaming_response"})  # same method, other return shape
_REGUARD = frozenset({"with_options", "copy"})  # client copies must stay guarded
_ASYNC_METHODS = frozenset({"create", "count_tokens", "parse"})  # coroutines on async clients; stream is not
_TRANSPORT = frozenset({"extra_headers", "extra_query", "timeout", "betas"})
_PART_KEYS = ("output_config", "output_format", "response_format", "text", "generationConfig",
              "generation_config", "metadata")
_REQUEST_FEATURE_KEYS = ("mcp_servers", "context_management", "container")
_FILE_PREFIXES = ("/messages/", "/input/", "/system/", "/mcp_servers/")
_LIMIT_RULES = frozenset({"lint-too-many-strict-tools", "lint-too-many-optional-parameters",
                          "lint-too-many-union-parameters"})
_CACHE_SIZE = 4096
_MESSAGE_KEYS = frozenset({"role", "content", "type", "cache_control", "text"})
_TEXT_BLOCK_KEYS = frozenset({"type", "text", "cache_control"})
_TEXT_TYPES = frozenset({"text", "input_text", "output_text", "message"})


@dataclass(frozen=True, slots=True)
class _Verdict:
    """What one part contributes: its findings (masked, no raw values), limit spend, strictness."""

    findings: tuple[Finding, ...]
    counts: Counts
    strict: bool
    incomplete: tuple[FileError, ...] = ()  # the part could not be fully scanned: never cached, never ok


def _jsonable(obj: Any) -> Any:
    schema = getattr(obj, "model_json_schema", None)
    if isinstance(obj, type) and callable(schema):
        return schema()
    dump = getattr(obj, "model_dump", None)
    if callable(dump):
        return dump(mode="json")
    if isinstance(obj, (set, frozenset, tuple)) or hasattr(obj, "__iter__"):
        return list(obj)
    return repr(obj)


def canonical(value: Any) -> bytes:
    """The canonical JSON of a part: sorted keys, no spaces."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=_jsonable).encode("utf-8",
                                                                                                "surrogatepass")


def request_body(kwargs: dict[str, Any]) -> dict[str, Any]:
    """The JSON body an SDK call sends, from its keyword arguments (transport options dropped)."""
    body = {k: v for k, v in kwargs.items()
            if k not in _TRANSPORT and k != "extra_body" and type(v).__name__ not in ("Omit", "NotGiven")}
    extra = kwargs.get("extra_body")
    if isinstance(extra, dict):
        body.update(extra)
    for key in ("tools", "messages", "input"):
        if key in body and not isinstance(body[key], (list, str, dict)):
            body[key] = list(body[key])  # the SDKs accept any iterable
    fmt = body.get("output_format")
    if isinstance(fmt, type):  # anthropic .parse(output_format=Model)
        body["output_config"] = {"format": {"type": "json_schema", "schema": _jsonable(fmt)}}
        del body["output_format"]
    rf = body.get("response_format")
    if isinstance(rf, type):  # openai chat .parse(response_format=Model)
        body["response_format"] = {"type": "json_schema",
                                   "json_schema": {"name": rf.__name__, "schema": _jsonable(rf), "strict": True}}
    tf = body.pop("text_format", None)
    if isinstance(tf, type):  # openai responses .parse(text_format=Model)
        body["text"] = {"format": {"type": "json_schema", "name": tf.__name__, "schema": _jsonable(tf),
                                   "strict": True}}
    return body


def _parts(body: dict[str, Any]) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    tools = body.get("tools")
    if isinstance(tools, list):
        out.extend((f"/tools/{i}", t) for i, t in enumerate(tools))
    out.extend(("/" + k, body[k]) for k in _PART_KEYS if k in body)
    if "mcp_servers" in body or _has_files(body):
        files: list[Any] = list(request_file_texts(body))
        files.extend((ptr, b.get("type"), b["source"].get("type") if isinstance(b.get("source"), dict) else None)
                     for b, ptr in content_blocks(body) if "source" in b or b.get("type") == "container_upload")
        if files:
            out.append(("@files", files))
    return out


def _has_files(body: dict[str, Any]) -> bool:
    """False when every message is plain text, so the walk for file names and sources can be skipped."""
    for key in ("messages", "input", "system"):
        items = body.get(key)
        if not isinstance(items, list):
            continue
        for m in items:
            if not isinstance(m, dict):
                return True
            if not m.keys() <= _MESSAGE_KEYS or m.get("type", "message") not in _TEXT_TYPES:
                return True
            content = m.get("content")
            if isinstance(content, list):
                for block in content:
                    if not isinstance(block, dict) or not block.keys() <= _TEXT_BLOCK_KEYS \
                            or block.get("type") not in _TEXT_TYPES:
                        return True
    return False


def _owner(pointer: str, prefixes: Sequence[str]) -> str | None:
    for p in prefixes:
        if p == "@files":
            if pointer.startswith(_FILE_PREFIXES):
                return p
        elif pointer == p or pointer.startswith(p + "/"):
            return p
    return None


class Guard:
    """The checks and the verdict cache one guarded client shares across threads and tasks."""

    def __init__(self, profile: str, fail_on: Severity, allowlist: Iterable[str], on_findings: OnFindings,
                 analyzer: Any = None) -> None:
        from phiscan.policy.decide import Policy
        from phiscan.scan import ScanOptions

        self.profile = check_profile(profile)
        self.fail_on = fail_on
        self.allowlist = frozenset(allowlist)
        if on_findings not in ("raise", "log") and not callable(on_findings):
            raise ConfigError("on_findings must be 'raise', 'log' or a callable taking a phiscan.Report")
        self.on_findings = on_findings
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

    def _lookup(self, parts: list[tuple[str, Any]], whole: bytes
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
        from phiscan.scan import scan_document
        from phiscan.surfaces.kinds import parts_of
        from phiscan.surfaces.walk import resolve_pointer

        sparse: dict[str, Any] = {"messages": []}
        tools = body.get("tools")
        for prefix, value, _ in missed:
            if prefix.startswith("/tools/") and isinstance(tools, list):
                sparse.setdefault("tools", [None] * len(tools))[int(prefix.split("/")[2])] = value
            elif prefix == "@files":
                sparse.update({k: body[k] for k in ("messages", "input", "system", "mcp_servers") if k in body})
            else:
                sparse[prefix[1:]] = value
        report = scan_document(sparse, options=self.options, analyzer=self.analyzer)
        prefixes = [p for p, _, _ in missed]
        found: dict[str, list[Finding]] = {p: [] for p in prefixes}
        for f in report.findings:
            owner = _owner(f.pointer, prefixes)
            if owner is not None and f.rule not in _LIMIT_RULES:
                found[owner].append(f)
        counts: dict[str, Counts] = {}
        strict: set[str] = set()
        parts = parts_of(sparse, "", "request")
        for root in parts.roots if parts is not None else ():
            owner = _owner(root.pointer, prefixes)
            if owner is None or root.exposure is not Exposure.SCHEMA_CACHE:
                continue
            _, c = lint_schema(resolve_pointer(sparse, root.pointer), root.pointer, "")
            old = counts.get(owner, Counts())
            counts[owner] = Counts(old.optional + c.optional, old.unions + c.unions)
            if owner.startswith("/tools/"):
                strict.add(owner)
        # a part the scan could not finish (too deep, too big, a detector failure) must not pass as clean
        failed = tuple(report.errors) + tuple(FileError("<request>", n.message) for n in report.notes
                                              if "detection failed" in n.message or "max_" in n.message)
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
        findings.extend(limit_findings("", sum(v.strict for v in verdicts.values()),
                                       [v.counts for v in verdicts.values()]))
        if self.allowlist:
            findings = [f for f in findings if not ({f.rule, f.fingerprint, f"{f.rule}:{f.pointer}"}
                                                    & self.allowlist)]
        errors = tuple(dict.fromkeys(e for v in verdicts.values() for e in v.incomplete))
        return Report(findings=tuple(f for f in findings if f.surface is not Role.LINT),
                      warnings=tuple(f for f in findings if f.surface is Role.LINT),
                      errors=errors, fail_on=self.fail_on)

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
            parts = _parts(body)
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
        """Act on a report: raise `FindingsError`, log, or hand it to the callback."""
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
        reports = [self.check(request_body(dict(r.get("params") or {})))
                   for r in request_body(kwargs).get("requests", []) if isinstance(r, dict)]
        findings = [f for r in reports for f in r.findings]
        findings.extend(feature_findings({}, "", self.profile, endpoint=_BATCH))
        return Report(findings=tuple(findings), warnings=tuple(w for r in reports for w in r.warnings),
                      errors=tuple(e for r in reports for e in r.errors), fail_on=self.fail_on)

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


def guard(client: T, *, profile: str = "hipaa", fail_on: str | Severity = "medium", allowlist: Iterable[str] = (),
          on_findings: OnFindings = "raise", analyzer: Any = None) -> T:
    """`client`, checking every request before it is sent: PHI in schemas, metadata and file names,
    features the profile refuses (`hipaa`, `zdr`, `none`).

    `fail_on`: the lowest severity that counts.  `allowlist`: rule ids, fingerprints or
    `rule:pointer` strings to accept.  `on_findings`: `"raise"` (`phiscan.FindingsError`, nothing
    sent), `"log"` (a warning on the `phiscan.guard` logger, then send), or a callable given the
    `Report` (raise from it to stop the request).
    """
    try:
        severity = Severity(fail_on)
    except ValueError:
        raise ConfigError("fail_on must be one of: low, medium, high") from None
    g = Guard(profile, severity, allowlist, on_findings, analyzer)
    return replace_type(_Guarded(client, (), g, _is_async_client(client)), client)


def replace_type(proxy: Any, original: T) -> T:
    """The proxy, typed as the client it stands in for."""
    return proxy  # type: ignore[no-any-return]
