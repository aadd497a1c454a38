"""The gateway under bad traffic: oversized and malformed bodies, odd paths, an upstream that is down or slow,
a client that leaves mid-stream, a body phiscan cannot fully check (closed and open), and its configuration."""

from __future__ import annotations

import asyncio
import gzip
import json
import logging
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import anthropic
import httpx
import openai
import pytest
from gateway_support import TLS_CERT, Upstream, anthropic_events, closed_port, fake_upstream, serve
from gateway_support import fresh_upstream as fresh_upstream  # the fixtures: one fake upstream a module
from gateway_support import upstream_fixture as upstream_fixture

from phiscan.detect.analyzer import Analyzer
from phiscan.errors import ConfigError
from phiscan.gateway import GatewaySettings, load_settings
from phiscan.gateway.app import create_app
from phiscan.gateway.routes import match, plain_path, refused

CLEAN = json.loads((Path(__file__).resolve().parent.parent / "fixtures" / "requests" / "clean.json").read_text())
HEADERS = {"anthropic-version": "2023-06-01", "x-api-key": "k"}


@pytest.fixture(scope="module")
def gateway(upstream: Upstream, analyzer: Analyzer) -> Iterator[str]:
    settings = replace(
        GatewaySettings(), upstreams=(("*", upstream.url),), max_body_bytes=64 * 1024, timeout=0.5, audit_log=os.devnull
    )
    with serve(create_app(settings, analyzer)) as url:
        yield url


def deep_body() -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string", "const": "078-05-1121"}
    for _ in range(300):  # 600 levels: deeper than the scan's max_depth (512), within the JSON parser's reach
        schema = {"type": "object", "properties": {"x": schema}}
    return {
        "model": "m",
        "max_tokens": 1,
        "messages": [],
        "tools": [{"name": "t", "strict": True, "input_schema": schema}],
    }


def test_a_body_over_the_limit_gets_413(gateway: str, upstream: Upstream) -> None:
    big = [{"role": "user", "content": "x" * 100_000}]
    client = anthropic.Anthropic(api_key="k", base_url=gateway, max_retries=0)
    with client, pytest.raises(anthropic.APIStatusError) as info:
        client.messages.create(model="m", max_tokens=1, messages=big)  # type: ignore[arg-type]
    assert info.value.status_code == 413
    assert upstream.received == []


@pytest.mark.parametrize(
    ("raw", "phrase"),
    [
        (b'{"model": "m", "tools": [{"name": "Maria Gonzalez" ', "not valid JSON: Expecting ',' delimiter at line 1"),
        (b'{"model": "m",\n "metadata": {"user_id": "078-05-1121", "user_id": "x"}}', "duplicate key"),
        (b'["Maria Gonzalez"]', "must be a JSON object"),
        (b'{"model": "\xff Maria Gonzalez"}', "not valid UTF-8 at byte 11"),
    ],
)
def test_a_malformed_body_gets_400_with_its_position_and_no_content(
    gateway: str, upstream: Upstream, raw: bytes, phrase: str
) -> None:
    for path, shape in (("/v1/messages", "type"), ("/v1/chat/completions", "error")):
        reply = httpx.post(gateway + path, content=raw, headers=HEADERS if shape == "type" else {})
        assert reply.status_code == 400
        error = reply.json()["error"]
        assert phrase in error["message"] and error["type"] == "invalid_request_error"
        assert "Maria" not in reply.text and "078-05" not in reply.text
    assert upstream.received == []


def send_raw(url: str, request: bytes) -> bytes:
    """`request` as written, on a connection of its own; the start of the answer."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as s:
        s.sendall(request)
        return s.recv(100)


def test_paths_outside_the_table_or_that_could_be_read_otherwise_are_not_forwarded(
    gateway: str, upstream: Upstream
) -> None:
    assert httpx.post(gateway + "/v1/embeddings", json={"input": "x"}).status_code == 404
    paths = (b"/v1/models/../messages", b"/v1/models/%2e%2e/messages", b"//v1/messages", b"/v1/models/..;/messages")
    for path in (*paths, b"/v1/models/.../messages", b"/v1/messages;x", b"/v1%2Fmessages"):
        got = send_raw(
            gateway, b"POST " + path + b" HTTP/1.1\r\nhost: x\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}"
        )
        assert got.startswith(b"HTTP/1.1 404"), path
    assert upstream.received == []
    assert not plain_path(b"/v1/files/./x") and plain_path(b"/v1/files/file_011CNha8/content")
    route = match("/v1/messages/batches/msgbatch_1/results")
    assert route is not None and route.path == "/v1/messages/batches"


@pytest.mark.parametrize(
    ("headers", "raw", "status", "phrase"),
    [
        ({"content-encoding": "gzip"}, gzip.compress(json.dumps(CLEAN).encode()), 415, "compressed request body"),
        ({"content-encoding": "deflate"}, json.dumps(CLEAN).encode(), 415, "compressed request body"),
        ({"content-type": "application/json; charset=iso-8859-1"}, json.dumps(CLEAN).encode(), 415, "in UTF-8"),
        ({}, b"\xef\xbb\xbf" + json.dumps(CLEAN).encode(), 400, "byte order mark"),
        ({}, json.dumps(CLEAN).encode("utf-16"), 400, "not valid UTF-8 at byte 0"),
        ({}, json.dumps({**CLEAN, "temperature": float("nan")}).encode(), 400, "NaN is not a JSON value"),
        ({}, json.dumps(CLEAN)[:-1].encode() + b', "top_k": -Infinity}', 400, "-Infinity is not a JSON value"),
        ({}, json.dumps(CLEAN)[:-1].encode() + b', "top_k": 1' + b"0" * 5000 + b"}", 400, "number too long"),
        ({}, b" \x0c\n", 400, "Expecting value"),
    ],
)
def test_a_body_the_provider_could_read_otherwise_than_the_gateway_is_refused(
    gateway: str, upstream: Upstream, headers: dict[str, str], raw: bytes, status: int, phrase: str
) -> None:
    """The gateway checks one reading of the bytes; a body another parser could read as other text (inflated,
    in another charset or encoding, with constants only some parsers take) is refused, never forwarded."""
    reply = httpx.post(gateway + "/v1/messages", content=raw, headers={**HEADERS, **headers})
    assert reply.status_code == status and phrase in reply.json()["error"]["message"]
    assert upstream.received == []


def test_methods_and_bodies_no_route_takes_are_refused(gateway: str, upstream: Upstream) -> None:
    start = b" /v1/messages HTTP/1.1\r\nhost: x\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}"
    assert send_raw(gateway, b"PURGE" + start).startswith(b"HTTP/1.1 405")
    reply = httpx.post(gateway + "/v1/models", json={"patient": "Maria Gonzalez"}, headers=HEADERS)
    assert reply.status_code == 400 and "takes no request body" in reply.json()["error"]["message"]
    assert httpx.get(gateway + "/v1/models", headers=HEADERS).status_code == 200
    assert [s.method for s in upstream.received] == ["GET"]


def test_a_chunked_request_is_forwarded_whole_with_a_length(gateway: str, upstream: Upstream) -> None:
    body = json.dumps(CLEAN).encode()
    head = b"POST /v1/messages HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\nx-api-key: k\r\n"
    half = len(body) // 2
    chunked = b"transfer-encoding: chunked\r\nconnection: close\r\n\r\n%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n"
    sent = head + chunked % (half, body[:half], len(body) - half, body[half:])
    assert send_raw(gateway, sent).startswith(b"HTTP/1.1 200")
    [seen] = upstream.received
    assert seen.body == body
    names = {name.lower() for name, _ in seen.headers}
    assert "content-length" in names and "transfer-encoding" not in names


def test_an_internal_error_is_a_500_in_the_provider_shape_that_quotes_nothing(
    gateway: str, upstream: Upstream, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(raw: bytes) -> Any:
        raise RuntimeError(raw.decode())  # a bug whose message quotes the body

    monkeypatch.setattr("phiscan.gateway.app.parse", broken)
    body = {**CLEAN, "metadata": {"user_id": "Maria Gonzalez"}}
    with caplog.at_level(logging.DEBUG):
        reply = httpx.post(gateway + "/v1/messages", json=body, headers=HEADERS)
    assert reply.status_code == 500 and reply.json()["error"]["type"] == "api_error"
    assert "Maria" not in reply.text and "Maria" not in caplog.text and "RuntimeError" in caplog.text
    assert upstream.received == []


def test_an_upstream_that_is_down_gets_502(analyzer: Analyzer) -> None:
    down = replace(GatewaySettings(), upstreams=(("*", f"http://127.0.0.1:{closed_port()}"),), audit_log=os.devnull)
    with serve(create_app(down, analyzer)) as url:
        client = anthropic.Anthropic(api_key="k", base_url=url, max_retries=0)
        with client, pytest.raises(anthropic.APIStatusError) as info:
            client.messages.create(**CLEAN)
    assert info.value.status_code == 502 and "upstream failed (ConnectError)" in info.value.message


def test_upstream_connections_are_kept_alive_and_one_the_upstream_closed_is_replaced(
    gateway: str, upstream: Upstream
) -> None:
    client = anthropic.Anthropic(api_key="k", base_url=gateway, max_retries=0)
    with client:
        for _ in range(3):
            client.messages.create(**CLEAN)
        assert len({seen.peer for seen in upstream.received}) == 1  # one connection for the three
        upstream.hang_up = True  # the upstream now closes each connection after its answer
        for _ in range(3):
            assert client.messages.create(**CLEAN).id
    assert len(upstream.received) == 6


def test_an_https_upstream_is_reached_over_verified_tls(analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    with fake_upstream(tls=True) as secure:
        settings = replace(GatewaySettings(), upstreams=(("*", secure.url),), audit_log=os.devnull)
        with serve(create_app(settings, analyzer)) as url:  # the system's CAs: the self-signed upstream is refused
            client = anthropic.Anthropic(api_key="k", base_url=url, max_retries=0)
            with client, pytest.raises(anthropic.APIStatusError) as info:
                client.messages.create(**CLEAN)
        assert info.value.status_code == 502 and secure.received == []
        monkeypatch.setenv("SSL_CERT_FILE", str(TLS_CERT))  # now trusted
        with serve(create_app(settings, analyzer)) as url:
            client = anthropic.Anthropic(api_key="k", base_url=url, max_retries=0)
            with client:
                assert client.messages.create(**CLEAN).id
                assert client.messages.create(**CLEAN).id
        assert [seen.path for seen in secure.received] == ["/v1/messages", "/v1/messages"]
        assert json.loads(secure.received[0].body) == CLEAN


def test_a_slow_upstream_gets_504(gateway: str, upstream: Upstream) -> None:
    upstream.slow = True
    client = openai.OpenAI(api_key="k", base_url=gateway + "/v1", max_retries=0)
    with client, pytest.raises(openai.APIStatusError) as info:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    upstream.hold.set()
    assert info.value.status_code == 504 and "did not answer in time" in info.value.message


def _count(gateway: str, metric: str) -> float:
    """A counter's value on `/metrics`."""
    for line in httpx.get(gateway + "/metrics").text.splitlines():
        if line.startswith(metric + " "):
            return float(line.split()[1])
    return 0.0


def test_a_client_that_leaves_mid_stream_closes_the_upstream_stream(gateway: str, upstream: Upstream) -> None:
    upstream.stream, upstream.linger = anthropic_events(["a"]), True
    body = {**CLEAN, "stream": True}
    before = _count(gateway, "phiscan_gateway_client_disconnects_total")  # the gateway serves the whole module
    with httpx.Client() as client, client.stream("POST", gateway + "/v1/messages", json=body, headers=HEADERS) as r:
        first = next(r.iter_raw())
        assert first.startswith(b"event: message_start")
    assert upstream.cut.wait(10), "the upstream was still being read after the client left"
    deadline = time.monotonic() + 10  # the upstream may see the close before the gateway counts it
    while (gone := _count(gateway, "phiscan_gateway_client_disconnects_total")) == before:
        assert time.monotonic() < deadline, "the departure was never counted"
        time.sleep(0.02)
    assert gone == before + 1


def test_a_client_that_leaves_before_the_answer_cancels_the_upstream_request(gateway: str, upstream: Upstream) -> None:
    """Without waiting for the upstream's headers (a long generation): the gateway's timeout is 0.5 s, so an
    upstream request left running would end as a 504, not as the client's departure."""
    upstream.slow = True
    upstream.hold.clear()
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(gateway + "/v1/messages", json=CLEAN, headers=HEADERS, timeout=httpx.Timeout(5, read=0.1))
    gone = 'phiscan_gateway_requests_total{route="/v1/messages",verdict="client-gone",status="499"} 1'
    deadline = time.monotonic() + 5
    while gone not in (metrics := httpx.get(gateway + "/metrics").text) and time.monotonic() < deadline:
        time.sleep(0.05)
    upstream.hold.set()
    assert gone in metrics and 'route="/v1/messages",verdict="upstream-failed"' not in metrics


def test_an_upstream_that_breaks_mid_stream_breaks_the_client_stream(gateway: str, upstream: Upstream) -> None:
    upstream.stream, upstream.broken = anthropic_events(["a"])[:2], True
    got = b""
    body = {**CLEAN, "stream": True}
    # never a clean end: the client knows the stream is short
    with pytest.raises(httpx.RemoteProtocolError), httpx.stream("POST", gateway + "/v1/messages", json=body) as r:
        for chunk in r.iter_raw():
            got += chunk
    assert got == b"".join(upstream.stream)
    assert "phiscan_gateway_upstream_breaks_total 1" in httpx.get(gateway + "/metrics").text


def test_a_body_that_cannot_be_fully_checked_is_refused_unless_fail_open(
    gateway: str, upstream: Upstream, analyzer: Analyzer, tmp_path: Path
) -> None:
    reply = httpx.post(gateway + "/v1/messages", json=deep_body(), headers=HEADERS)
    assert reply.status_code == 400 and "not fully checked" in reply.json()["error"]["message"]
    assert upstream.received == []
    audit = tmp_path / "audit.jsonl"
    settings = replace(GatewaySettings(), upstreams=(("*", upstream.url),), fail_open=True, audit_log=str(audit))
    with serve(create_app(settings, analyzer)) as url:
        assert httpx.post(url + "/v1/messages", json=deep_body(), headers=HEADERS).status_code == 200
        cfg = {**CLEAN, "tools": [{"name": "t", "strict": True, "input_schema": {"const": "078-05-1121"}}]}
        assert httpx.post(url + "/v1/messages", json=cfg, headers=HEADERS).status_code == 400  # findings: still refused
    assert len(upstream.received) == 1
    verdicts = [json.loads(line)["verdict"] for line in audit.read_text().splitlines()]
    assert verdicts == ["forwarded-unchecked", "refused"]
    assert "078-05-1121" not in audit.read_text()


def test_settings_come_from_the_config_file_then_flags(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".phiscan.toml").write_text(
        'profile = "zdr"\nmin_score = 0.6\n[gateway]\nlisten = "0.0.0.0:9000"\nfail-open = true\n'
        'upstreams = {openai = "http://10.0.0.1:8080/", "/v1/messages/count_tokens" = "http://10.0.0.2"}\n'
    )
    monkeypatch.chdir(tmp_path)
    s = load_settings()
    assert (s.host, s.port, s.fail_open, s.scan["profile"], s.scan["min_score"]) == ("0.0.0.0", 9000, True, "zdr", 0.6)
    assert s.upstream("/v1/chat/completions", "openai") == "http://10.0.0.1:8080"
    assert s.upstream("/v1/messages/count_tokens", "anthropic") == "http://10.0.0.2"
    assert s.upstream("/v1/messages", "anthropic") == "https://api.anthropic.com"
    s = load_settings(flags={"profile": "hipaa", "upstream": ["http://127.0.0.1:1"], "workers": 3, "listen": None})
    assert (s.scan["profile"], s.workers, s.port) == ("hipaa", 3, 9000)
    assert s.upstream("/v1/chat/completions", "openai") == "http://127.0.0.1:1"
    for bad, key in (
        ({"listen": "nowhere"}, "gateway.listen"),
        ({"upstream": ["ftp://x"]}, "gateway.upstream"),
        ({"timeout": -1}, "gateway.timeout"),
        ({"profile": "strict"}, "profile"),
    ):
        with pytest.raises(ConfigError, match=key):
            load_settings(flags=bad)
    (tmp_path / ".phiscan.toml").write_text("[gateway]\nlisen = 1\n")
    with pytest.raises(ConfigError, match=r"unknown key gateway\.'lisen'"):
        load_settings()


def test_the_real_command_with_two_workers_keeps_nothing(tmp_path: Path, upstream: Upstream) -> None:
    """`phiscan gateway` as a user runs it; afterwards no file under its working, temporary, cache or home
    folder, and nothing it printed, holds a planted value or the API key."""
    planted = ("Maria Gonzalez", "078-05-1121", "sk-ant-api03-planted-key")
    for name in ("home", "tmp", "cache"):
        (tmp_path / name).mkdir()
    audit = tmp_path / "audit.jsonl"
    (tmp_path / ".phiscan.toml").write_text(f'profile = "hipaa"\n[gateway]\nworkers = 2\naudit_log = "{audit}"\n')
    port = closed_port()
    env = {**os.environ, "HOME": str(tmp_path / "home"), "TMPDIR": str(tmp_path / "tmp")}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    exe = shutil.which("phiscan") or "phiscan"
    args = [exe, "gateway", "--listen", f"127.0.0.1:{port}", "--upstream", upstream.url]
    proc = subprocess.Popen(args, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_ready(url, proc)
        bad = {**CLEAN, "tools": [{"name": "t", "strict": True, "input_schema": {"enum": [planted[0], planted[1]]}}]}
        with anthropic.Anthropic(api_key=planted[2], base_url=url, max_retries=0) as client:
            for _ in range(2):  # the second one may reach the other worker
                with pytest.raises(anthropic.BadRequestError, match="phi-ssn"):
                    client.messages.create(**bad)
            assert client.messages.create(**CLEAN).content[0].text == "ok"  # type: ignore[union-attr]
    finally:
        proc.terminate()
        output = proc.communicate(timeout=30)[0].decode(errors="replace")
    assert [s.path for s in upstream.received] == ["/v1/messages"]
    assert len(audit.read_text().splitlines()) == 3
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    leaks = [(str(p), v) for p in written for v in planted if v.encode() in p.read_bytes()]
    leaks += [("output", v) for v in planted if v in output]
    assert not leaks, leaks


def wait_until_ready(url: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if httpx.get(url + "/healthz").status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"the gateway did not start (exit code {proc.poll()})")


def test_under_profile_none_each_request_of_a_batch_is_checked(analyzer: Analyzer) -> None:
    from phiscan.app.settings import load
    from phiscan.gateway.app import make_guard
    from phiscan.gateway.decide import judge

    settings = replace(GatewaySettings(), scan=load(isolated=True, overrides={"profile": "none"}))
    route = match("/v1/messages/batches")
    assert route is not None and refused(route, "none") is None and refused(route, "zdr") is not None
    tool = {"name": "t", "strict": True, "input_schema": {"type": "string", "const": "078-05-1121"}}
    batch = {
        "requests": [{"custom_id": "a", "params": CLEAN}, {"custom_id": "b", "params": {**CLEAN, "tools": [tool]}}]
    }
    judgement = asyncio.run(judge(make_guard(settings, analyzer), route, batch, fail_open=False))
    assert judgement.refusal is not None and judgement.refusal.rules == ("phi-ssn",)
    assert judgement.refusal.pointers == ("/requests/1/params/tools/0/input_schema/const",)
    assert "078-05-1121" not in judgement.refusal.message
    openai_batches = match("/v1/batches/batch_1/cancel")  # and an OpenAI batch's metadata, as a request's
    assert openai_batches is not None and openai_batches.checked
    batch = {
        "input_file_id": "f",
        "endpoint": "/v1/chat/completions",
        "metadata": {"user_id": "maria.gonzalez@gmail.com"},
    }
    judgement = asyncio.run(judge(make_guard(settings, analyzer), openai_batches, batch, fail_open=False))
    assert judgement.refusal is not None and judgement.refusal.rules == ("phi-email-address",)


def test_the_command_reports_a_bad_setting_and_exits_2(tmp_path: Path) -> None:
    exe = shutil.which("phiscan") or "phiscan"
    done = subprocess.run([exe, "gateway", "--listen", "nowhere"], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 2 and "gateway.listen must be HOST:PORT" in done.stderr


def test_legacy_functions_are_checked_as_the_tools_they_became(analyzer: Analyzer) -> None:
    """Chat Completions still takes the deprecated `functions`, JSON Schemas as tools' are (never strict, so
    their findings are low, as a non-strict tool's): not a way around the checks."""
    from phiscan.app.settings import load
    from phiscan.gateway.app import make_guard
    from phiscan.gateway.decide import judge

    settings = replace(GatewaySettings(), scan=load(isolated=True, overrides={"fail_on": "low"}))
    route = match("/v1/chat/completions")
    assert route is not None
    schema = {"type": "object", "properties": {"ssn": {"type": "string", "const": "078-05-1121"}}}
    body = {"model": "m", "messages": [], "functions": [{"name": "ok"}, {"name": "f", "parameters": schema}]}
    judgement = asyncio.run(judge(make_guard(settings, analyzer), route, body, fail_open=False))
    assert judgement.refusal is not None and judgement.refusal.rules == ("phi-ssn",)
    assert judgement.refusal.pointers == ("/functions/1/parameters/properties/ssn/const",)
    assert "078-05-1121" not in judgement.refusal.message
