"""The guard with the real anthropic and openai SDKs against a recording server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import anthropic
import openai
import pytest
from gateway_support import CHAT, MESSAGE, RESPONSE

import phiscan
from phiscan.detect.analyzer import Analyzer
from phiscan.types import Report, Severity

REQUESTS = Path(__file__).resolve().parent.parent / "fixtures" / "requests"

_MESSAGE, _CHAT, _RESPONSE = MESSAGE, CHAT, RESPONSE  # the replies the fake upstreams give


class _Recorder(BaseHTTPRequestHandler):
    received: list[tuple[str, bytes]]

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        self.server.received.append((self.path, body))  # type: ignore[attr-defined]
        if self.path.endswith("/count_tokens"):
            reply: Any = {"input_tokens": 3}
        elif self.path.endswith("/messages"):
            reply = _MESSAGE
        elif self.path.endswith("/chat/completions"):
            reply = _CHAT
        else:
            reply = _RESPONSE
        data = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[Any]:
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    srv.received = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()
    thread.join()


def _url(srv: Any) -> str:
    return f"http://127.0.0.1:{srv.server_address[1]}"


def _load(name: str) -> dict[str, Any]:
    return json.loads((REQUESTS / name).read_text())  # type: ignore[no-any-return]


def _anthropic(srv: Any) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key="test-key", base_url=_url(srv), max_retries=0)


def _openai(srv: Any) -> openai.OpenAI:
    return openai.OpenAI(api_key="test-key", base_url=_url(srv) + "/v1", max_retries=0)


@pytest.mark.parametrize(
    "fixture", ["phi-in-strict-schema.json", "non-eligible-features.json", "bad-metadata.json", "file-sources.json"]
)
def test_a_request_with_findings_never_reaches_the_server(server: Any, analyzer: Analyzer, fixture: str) -> None:
    with _anthropic(server) as raw:
        client = phiscan.guard(raw, analyzer=analyzer)
        with pytest.raises(phiscan.FindingsError) as info:
            client.messages.create(**_load(fixture))
        with pytest.raises(phiscan.FindingsError):
            client.beta.messages.create(**_load(fixture))
    assert server.received == []
    assert not info.value.report.ok


def test_a_clean_request_is_sent_byte_for_byte_unchanged(server: Any, analyzer: Analyzer) -> None:
    body = _load("clean.json")
    with _anthropic(server) as raw:
        raw.messages.create(**body)
        client = phiscan.guard(raw, analyzer=analyzer)
        reply = client.messages.create(**body)
        client.messages.create(**body)  # the second time every part is a cache hit
    assert reply.content[0].text == "ok"  # type: ignore[union-attr]
    assert len(server.received) == 3
    assert server.received[0] == server.received[1] == server.received[2]


def test_stream_count_tokens_and_raw_response_are_guarded(server: Any, analyzer: Analyzer) -> None:
    bad = _load("phi-in-strict-schema.json")
    with _anthropic(server) as raw:
        client = phiscan.guard(raw, analyzer=analyzer)
        with pytest.raises(phiscan.FindingsError):
            client.messages.stream(**bad)
        with pytest.raises(phiscan.FindingsError):
            client.messages.count_tokens(model=bad["model"], messages=bad["messages"], tools=bad["tools"])
        with pytest.raises(phiscan.FindingsError):
            client.messages.with_raw_response.create(**bad)
        with pytest.raises(phiscan.FindingsError):
            client.with_options(timeout=5).messages.create(**bad)
        assert server.received == []
        clean = _load("clean.json")
        client.messages.count_tokens(model=clean["model"], messages=clean["messages"], tools=clean["tools"])
    assert [p for p, _ in server.received] == ["/v1/messages/count_tokens"]


def test_everything_else_passes_through_and_types_hold(server: Any) -> None:
    with _anthropic(server) as raw:
        client = phiscan.guard(raw)
        assert isinstance(client, anthropic.Anthropic)
        assert client.models is raw.models
        assert client.api_key == "test-key"


def test_openai_chat_and_responses(server: Any, analyzer: Analyzer) -> None:
    schema = {
        "type": "object",
        "properties": {"patient": {"type": "string", "enum": ["Maria Gonzalez", "Dwayne Okafor"]}},
        "required": ["patient"],
        "additionalProperties": False,
    }
    bad_tool = {"type": "function", "function": {"name": "pick", "parameters": schema, "strict": True}}
    ok_tool = {
        "type": "function",
        "function": {
            "name": "pick",
            "strict": True,
            "parameters": {
                "type": "object",
                "properties": {"code": {"type": "string"}},
                "required": ["code"],
                "additionalProperties": False,
            },
        },
    }
    msgs = [{"role": "user", "content": "hello"}]
    with _openai(server) as raw:
        client = phiscan.guard(raw, analyzer=analyzer)
        assert isinstance(client, openai.OpenAI)
        with pytest.raises(phiscan.FindingsError):
            client.chat.completions.create(model="gpt-4o", messages=msgs, tools=[bad_tool])  # type: ignore[list-item]
        with pytest.raises(phiscan.FindingsError):
            client.responses.create(
                model="gpt-4o",
                input="hello",
                text={"format": {"type": "json_schema", "name": "pick", "schema": schema, "strict": True}},
            )
        assert server.received == []
        raw.chat.completions.create(model="gpt-4o", messages=msgs, tools=[ok_tool])  # type: ignore[list-item]
        client.chat.completions.create(model="gpt-4o", messages=msgs, tools=[ok_tool])  # type: ignore[list-item]
        client.responses.create(model="gpt-4o", input="hello")
    assert [p for p, _ in server.received] == ["/v1/chat/completions", "/v1/chat/completions", "/v1/responses"]
    assert server.received[0][1] == server.received[1][1]


def test_async_clients(server: Any, analyzer: Analyzer) -> None:
    async def run() -> None:
        async with anthropic.AsyncAnthropic(api_key="k", base_url=_url(server), max_retries=0) as raw:
            client = phiscan.guard(raw, analyzer=analyzer)
            assert isinstance(client, anthropic.AsyncAnthropic)
            with pytest.raises(phiscan.FindingsError):
                await client.messages.create(**_load("non-eligible-features.json"))
            with pytest.raises(phiscan.FindingsError):
                await client.beta.messages.create(**_load("phi-in-strict-schema.json"))
            assert server.received == []
            results = await asyncio.gather(*(client.messages.create(**_load("clean.json")) for _ in range(4)))
            assert all(r.content[0].text == "ok" for r in results)  # type: ignore[union-attr]
        async with openai.AsyncOpenAI(api_key="k", base_url=_url(server) + "/v1", max_retries=0) as oraw:
            oclient = phiscan.guard(oraw, analyzer=analyzer)
            await oclient.responses.create(model="gpt-4o", input="hello")

    asyncio.run(run())
    assert [p for p, _ in server.received] == ["/v1/messages"] * 4 + ["/v1/responses"]


def test_threads_share_one_guard(server: Any, analyzer: Analyzer) -> None:
    errors: list[BaseException] = []
    with _anthropic(server) as raw:
        client = phiscan.guard(raw, analyzer=analyzer)

        def call(name: str) -> None:
            try:
                client.messages.create(**_load(name))
            except phiscan.FindingsError as e:
                errors.append(e)

        threads = [threading.Thread(target=call, args=(n,)) for n in ["clean.json", "phi-in-strict-schema.json"] * 4]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert len(errors) == 4 and len(server.received) == 4


def test_log_callback_allowlist_and_profile(server: Any, analyzer: Analyzer, caplog: pytest.LogCaptureFixture) -> None:
    features = _load("non-eligible-features.json")
    seen: list[Report] = []
    with _anthropic(server) as raw:
        with caplog.at_level(logging.WARNING, logger="phiscan.guard"):
            phiscan.guard(raw, on_findings="log", analyzer=analyzer).beta.messages.create(**features)
        assert "feature-code-execution" in caplog.text
        phiscan.guard(raw, on_findings=seen.append, analyzer=analyzer).beta.messages.create(**features)
        assert seen and seen[0].failing
        phiscan.guard(raw, profile="none", analyzer=analyzer).beta.messages.create(**features)
        allowed = [
            f"feature-{x}"
            for x in (
                "code-execution",
                "web-fetch",
                "programmatic-tool-calling",
                "mcp-connector",
                "context-management",
                "agent-skills",
            )
        ]
        phiscan.guard(raw, allowlist=allowed, analyzer=analyzer).beta.messages.create(**features)
        with pytest.raises(phiscan.ConfigError):
            phiscan.guard(raw, profile="strict")
    assert len(server.received) == 4


def test_the_cache_keeps_no_raw_text(analyzer: Analyzer) -> None:
    from phiscan.sdk.guard import Guard
    from phiscan.types import Severity

    g = Guard("hipaa", Severity.MEDIUM, (), "raise", analyzer)
    report = g.check(_load("phi-in-strict-schema.json"))
    assert not report.ok
    cached = repr(g._cache)
    assert "Gonzalez" not in cached and "532-48-7719" not in cached
    assert all(f.value is None for f in report.findings)


def test_a_request_the_guard_could_not_fully_scan_is_never_clean(analyzer: Analyzer) -> None:
    from phiscan.sdk.guard import Guard

    schema: dict[str, Any] = {"type": "string", "const": "078-05-1121"}
    for _ in range(300):  # 600 levels, deeper than max_depth (512): refused, not scanned
        schema = {"type": "object", "properties": {"x": schema}}
    body = {
        "model": "m",
        "max_tokens": 1,
        "messages": [],
        "tools": [{"name": "t", "strict": True, "input_schema": schema}],
    }
    guard = Guard("hipaa", Severity.MEDIUM, (), "raise", analyzer)
    for _ in range(2):  # and the verdict is not cached as clean either
        report = guard.check(body)
        assert not report.ok and report.errors
        with pytest.raises(phiscan.FindingsError):
            guard.verdict(report)


def test_a_request_too_deep_to_serialise_fails_closed(analyzer: Analyzer) -> None:
    from phiscan.sdk.guard import Guard

    schema: dict[str, Any] = {"type": "string"}
    for _ in range(5_000):
        schema = {"not": schema}
    body = {"model": "m", "max_tokens": 1, "messages": [], "output_config": {"format": {"schema": schema}}}
    report = Guard("hipaa", Severity.MEDIUM, (), "raise", analyzer).check(body)
    assert not report.ok and report.errors


def test_legacy_chat_functions_are_parts_like_tools(analyzer: Analyzer) -> None:
    from phiscan.sdk.guard import Guard

    schema = {"type": "object", "properties": {"ssn": {"type": "string", "const": "219-48-7736"}}}
    body = {"model": "m", "messages": [], "functions": [{"name": "ok"}, {"name": "f", "parameters": schema}]}
    report = Guard("hipaa", Severity.LOW, (), "raise", analyzer).check(body)
    assert [f.pointer for f in report.findings] == ["/functions/1/parameters/properties/ssn/const"]
