"""The gateway with the real anthropic and openai SDKs (sync, async, streaming) in front of a fake upstream on
127.0.0.1: clean requests arrive unchanged, streams arrive chunk by chunk, refused requests never arrive."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import anthropic
import httpx
import openai
import pytest
from gateway_support import Upstream, anthropic_events, chat_events, serve
from gateway_support import fresh_upstream as fresh_upstream  # the fixtures: one fake upstream a module
from gateway_support import upstream_fixture as upstream_fixture

from phiscan.detect.analyzer import Analyzer
from phiscan.gateway import GatewaySettings
from phiscan.gateway.app import create_app

REQUESTS = Path(__file__).resolve().parent.parent / "fixtures" / "requests"
KEY = "sk-ant-api03-not-a-real-key-0000"
PLANTED = ("Maria Gonzalez", "078-05-1121", "532-48-7719", "johnSmithDob19840312", "00482913", KEY)
_SCHEMA = {
    "type": "object",
    "properties": {
        "patient": {"type": "string", "enum": ["Maria Gonzalez"]},
        "ssn": {"type": "string", "const": "078-05-1121"},
        "johnSmithDob19840312": {"type": "string"},
    },
    "required": ["patient", "ssn", "johnSmithDob19840312"],
    "additionalProperties": False,
}
_TOOL = {"type": "function", "function": {"name": "pick", "parameters": _SCHEMA, "strict": True}}
_MSGS = [{"role": "user", "content": "hello"}]


def load(name: str) -> dict[str, Any]:
    return json.loads((REQUESTS / name).read_text())  # type: ignore[no-any-return]


def rules_in(message: str) -> set[str]:
    # (anthropic 2.17 appends ` (path: ..., type: ...)` to an error's message, after the rules line)
    listed = re.search(r"rules: ([a-z0-9, -]+)", message)
    return set(re.findall(r"\[([a-z0-9-]+)\]", message)) | set(
        re.findall(r"[a-z0-9-]+", listed.group(1) if listed else "")
    )


def assert_no_values(text: str) -> None:
    leaked = [v for v in PLANTED if v in text]
    assert not leaked, leaked


@pytest.fixture(scope="module")
def audit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("gateway") / "audit.jsonl"


@pytest.fixture(scope="module")
def gateway(upstream: Upstream, analyzer: Analyzer, audit: Path) -> Iterator[str]:
    settings = replace(GatewaySettings(), upstreams=(("*", upstream.url),), audit_log=str(audit), timeout=10.0)
    with serve(create_app(settings, analyzer)) as url:
        yield url


def claude(url: str, **kw: Any) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=KEY, base_url=url, max_retries=0, **kw)


def gpt(url: str) -> openai.OpenAI:
    return openai.OpenAI(api_key=KEY, base_url=url + "/v1", max_retries=0)


def test_clean_requests_arrive_byte_for_byte(gateway: str, upstream: Upstream) -> None:
    body = load("clean.json")
    with claude(upstream.url) as direct, claude(gateway) as via:
        direct.messages.create(**body)
        reply = via.messages.create(**body)
        via.messages.create(**body)  # the second time every part is a cache hit
        via.messages.count_tokens(model=body["model"], messages=body["messages"], tools=body["tools"])
    with gpt(upstream.url) as odirect, gpt(gateway) as ovia:
        odirect.chat.completions.create(model="gpt-4o", messages=_MSGS)  # type: ignore[arg-type]
        chat = ovia.chat.completions.create(model="gpt-4o", messages=_MSGS)  # type: ignore[arg-type]
        ovia.responses.create(model="gpt-4o", input="hello")
    assert reply.content[0].text == "ok" and chat.choices[0].message.content == "ok"  # type: ignore[union-attr]
    seen = upstream.received
    paths = ["/v1/messages"] * 3 + ["/v1/messages/count_tokens"] + ["/v1/chat/completions"] * 2 + ["/v1/responses"]
    assert [s.path for s in seen] == paths
    assert seen[0].body == seen[1].body == seen[2].body and seen[4].body == seen[5].body
    direct, via_gateway = ({k.lower() for k, _ in s.headers} - {"connection"} for s in seen[:2])
    assert direct == via_gateway  # nothing added or dropped but the hop-by-hop `Connection`


def test_headers_pass_except_hop_by_hop_and_host(gateway: str, upstream: Upstream) -> None:
    raw = json.dumps(load("clean.json"), indent=3).encode()  # odd spacing: forwarded as sent, not re-serialised
    headers = {
        "x-api-key": KEY,
        "anthropic-version": "2023-06-01",
        "connection": "keep-alive, x-hop",
        "x-hop": "1",
        "x-custom": "kept",
    }
    reply = httpx.post(gateway + "/v1/messages?beta=true", content=raw, headers=headers)
    assert reply.status_code == 200 and reply.headers["x-upstream"] == "fake"
    (seen,) = upstream.received
    got = dict((k.lower(), v) for k, v in seen.headers)
    assert seen.body == raw and seen.path == "/v1/messages?beta=true"
    assert got["x-api-key"] == KEY and got["x-custom"] == "kept" and "x-hop" not in got
    assert got["host"] == upstream.url.removeprefix("http://")


def test_a_stream_arrives_chunk_for_chunk(gateway: str, upstream: Upstream) -> None:
    upstream.stream = anthropic_events(["Hel", "lo", " there"])
    upstream.lockstep = threading.Semaphore(0)  # the upstream sends a chunk only after the client read the last
    body = {**load("clean.json"), "stream": True}
    got: list[bytes] = []
    with httpx.stream("POST", gateway + "/v1/messages", json=body, headers={"anthropic-version": "1"}) as r:
        assert r.headers["content-type"] == "text/event-stream"
        for chunk in r.iter_raw():
            got.append(chunk)
            upstream.lockstep.release()
    assert b"".join(got) == b"".join(upstream.stream)
    assert got == upstream.stream


def test_sdk_streams_pass_through_unbuffered(gateway: str, upstream: Upstream) -> None:
    upstream.stream = anthropic_events(["a", "b", "c"])
    upstream.lockstep = threading.Semaphore(0)
    with claude(gateway) as client:
        events = []
        for event in client.messages.create(**load("clean.json"), stream=True):
            events.append(event.type)
            upstream.lockstep.release()
    assert events[0] == "message_start" and events[-1] == "message_stop" and len(events) == 8
    upstream.stream = chat_events(["x", "y"])
    upstream.lockstep = threading.Semaphore(1)  # one ahead: the SDK reads past [DONE], which yields no chunk
    with gpt(gateway) as oclient:
        texts = []
        for chunk in oclient.chat.completions.create(model="gpt-4o", messages=_MSGS, stream=True):  # type: ignore[arg-type]
            texts.append(chunk.choices[0].delta.content or "")
            upstream.lockstep.release()
    assert "".join(texts) == "xy"


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("phi-in-strict-schema.json", {"phi-person-name", "phi-ssn"}),
        ("non-eligible-features.json", {"feature-code-execution", "feature-mcp-connector"}),
        ("file-sources.json", {"feature-files-api", "phi-person-name"}),
        ("bad-metadata.json", {"secret-github-token", "phi-email-address"}),
    ],
)
def test_refused_requests_raise_bad_request_and_never_arrive(
    gateway: str, upstream: Upstream, fixture: str, expected: set[str]
) -> None:
    with claude(gateway) as client, pytest.raises(anthropic.BadRequestError) as info:
        client.beta.messages.create(**load(fixture))
    message = info.value.message
    assert expected <= rules_in(message)
    assert_no_values(message)
    assert "Gonzalez" not in message and "ghp_" not in message and "gmail" not in message
    assert upstream.received == []


def test_openai_strict_schemas_with_phi_are_refused_with_masked_pointers(gateway: str, upstream: Upstream) -> None:
    with gpt(gateway) as client:
        with pytest.raises(openai.BadRequestError) as info:
            client.chat.completions.create(model="gpt-4o", messages=_MSGS, tools=[_TOOL])  # type: ignore[arg-type,list-item]
        fmt = {"type": "json_schema", "name": "pick", "schema": _SCHEMA, "strict": True}
        with pytest.raises(openai.BadRequestError) as rinfo:
            client.responses.create(model="gpt-4o", input="hello", text={"format": fmt})  # type: ignore[typeddict-item]
    for err in (info.value, rinfo.value):
        assert err.code == "phiscan_refused"
        assert {"phi-person-name", "phi-ssn", "phi-date-of-birth"} <= rules_in(err.message)
        assert "/properties/j*******************" in err.message  # the flagged key, masked
        assert_no_values(err.message)
    assert upstream.received == []


def test_refused_endpoints_never_arrive(gateway: str, upstream: Upstream) -> None:
    clean = load("clean.json")
    with claude(gateway) as client:
        with pytest.raises(anthropic.BadRequestError, match=r"feature-batch"):
            client.messages.batches.create(requests=[{"custom_id": "a", "params": clean}])
        with pytest.raises(anthropic.BadRequestError, match=r"feature-files-api"):
            client.beta.files.upload(file=("notes.txt", b"hello", "text/plain"))
    with gpt(gateway) as oclient:
        with pytest.raises(openai.BadRequestError, match=r"feature-files-api"):
            oclient.files.create(file=("a.jsonl", b"{}\n", "application/jsonl"), purpose="batch")
        with pytest.raises(openai.BadRequestError, match=r"feature-batch"):
            oclient.batches.create(input_file_id="file-1", endpoint="/v1/chat/completions", completion_window="24h")
    assert upstream.received == []


def test_async_clients_and_async_streams(gateway: str, upstream: Upstream) -> None:
    upstream.stream = anthropic_events(["as", "ync"])

    async def run() -> str:
        async with anthropic.AsyncAnthropic(api_key=KEY, base_url=gateway, max_retries=0) as client:
            with pytest.raises(anthropic.BadRequestError, match=r"feature-code-execution"):
                await client.beta.messages.create(**load("non-eligible-features.json"))
            replies = await asyncio.gather(*(client.messages.create(**load("clean.json")) for _ in range(3)))
            assert all(r.content[0].text == "ok" for r in replies)  # type: ignore[union-attr]
            async with client.messages.stream(**load("clean.json")) as stream:
                text = await stream.get_final_text()
        async with openai.AsyncOpenAI(api_key=KEY, base_url=gateway + "/v1", max_retries=0) as oclient:
            with pytest.raises(openai.BadRequestError, match=r"phi-ssn"):
                await oclient.chat.completions.create(model="gpt-4o", messages=_MSGS, tools=[_TOOL])  # type: ignore[arg-type,list-item]
            await oclient.responses.create(model="gpt-4o", input="hello")
        return text

    assert asyncio.run(run()) == "async"
    assert [s.path for s in upstream.received] == ["/v1/messages"] * 4 + ["/v1/responses"]


def test_the_audit_log_and_metrics_hold_no_value(gateway: str, audit: Path, upstream: Upstream) -> None:
    with claude(gateway) as client, pytest.raises(anthropic.BadRequestError):
        client.messages.create(**load("phi-in-strict-schema.json"))
    with gpt(gateway) as oclient, pytest.raises(openai.BadRequestError):
        oclient.chat.completions.create(model="gpt-4o", messages=_MSGS, tools=[_TOOL])  # type: ignore[arg-type,list-item]
    text = audit.read_text("utf-8")
    lines = [json.loads(line) for line in text.splitlines()]
    assert_no_values(text)
    refused = [x for x in lines if x["verdict"] == "refused" and "phi-ssn" in x["rules"]]
    assert refused and all(x["status"] == 400 and x["fingerprints"] for x in refused)
    assert any("/tools/0/function/parameters/properties/j*******************" in x["pointers"] for x in refused)
    assert {"time", "route", "verdict", "rules", "pointers", "fingerprints", "scan_ms", "total_ms"} <= set(lines[0])
    metrics = httpx.get(gateway + "/metrics").text
    assert 'phiscan_gateway_refusals_total{rule="phi-ssn"}' in metrics
    assert 'phiscan_gateway_requests_total{route="/v1/messages",verdict="forwarded",status="200"}' in metrics
    assert "phiscan_gateway_scan_seconds_bucket" in metrics and "phiscan_gateway_upstream_seconds_count" in metrics
    assert_no_values(metrics)
    assert httpx.get(gateway + "/healthz").text == "ok"


def test_no_log_at_any_level_or_audit_line_holds_the_path_query_method_or_headers(
    gateway: str, audit: Path, upstream: Upstream, caplog: pytest.LogCaptureFixture
) -> None:
    """A path, a query and a method are free text: an application that embeds the gateway and logs at DEBUG
    gets none of them from it, and the audit line names a method from a closed set."""
    before = len(audit.read_text("utf-8"))
    host, port = gateway.removeprefix("http://").split(":")
    with caplog.at_level(logging.DEBUG):
        # a client that logs nothing itself (httpx logs each URL at INFO): what is caught is the gateway's
        query = urllib.parse.urlencode({"user": PLANTED[0]})
        models = urllib.request.Request(f"{gateway}/v1/models/{PLANTED[3]}?{query}", headers={"x-api-key": KEY})
        with urllib.request.urlopen(models) as answer:
            answer.read()
        with socket.create_connection((host, int(port))) as s:
            s.sendall(PLANTED[3].upper().encode() + b" /v1/messages HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n")
            # uvicorn's C parser (httptools) refuses a method it does not know; its pure-Python one (h11) passes it on
            assert s.recv(100)[:12] in (b"HTTP/1.1 400", b"HTTP/1.1 405")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(urllib.request.Request(gateway + "/v1/messages", method="PROPFIND"))
        refused.value.close()
        assert refused.value.code == 405
    assert [s.path for s in upstream.received] == [f"/v1/models/{PLANTED[3]}?user=Maria+Gonzalez"]
    lines = audit.read_text("utf-8")[before:]
    assert_no_values(caplog.text + lines.lower())
    methods = [json.loads(line)["method"] for line in lines.splitlines()]
    assert (methods[0], methods[-1]) == ("GET", "(other)")
