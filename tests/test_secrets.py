"""Secret detection over single strings: what must be found, what must not, and where."""

from __future__ import annotations

import base64
import builtins
import json
import random
import socket
import string
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from phiscan.detect.secrets import ALL_PLUGINS, SecretDetector, _may_hold_secret

# Test secrets are generated, not committed: random strings of each format's shape.
_RNG = random.Random(20261115)
DIGITS = string.digits
ALNUM = string.ascii_letters + DIGITS


def _rand(n: int, alphabet: str = ALNUM) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _jwt() -> str:
    header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = _b64url(json.dumps({"sub": _rand(12), "iat": 1700000000}).encode())
    return f"{header}.{payload}.{_b64url(_RNG.randbytes(32))}"


# (case id, secret, key, entity): each secret is also embedded in a sentence below.
MUST_FIND: list[tuple[str, str, str, str]] = [
    ("openai-project", "sk-proj-" + _rand(120, ALNUM + "_-"), "", "OPENAI_API_KEY"),
    ("openai-service-account", "sk-svcacct-" + _rand(100, ALNUM + "_-"), "", "OPENAI_API_KEY"),
    ("openai-legacy", "sk-" + _rand(48), "", "OPENAI_API_KEY"),
    ("anthropic", "sk-ant-api03-" + _rand(93, ALNUM + "_-") + "AA", "", "ANTHROPIC_API_KEY"),
    ("anthropic-admin", "sk-ant-admin01-" + _rand(93, ALNUM + "_-") + "AA", "", "ANTHROPIC_API_KEY"),
    ("stripe-live", "sk_live_" + _rand(24), "", "STRIPE_KEY"),
    ("slack-bot", f"xoxb-{_rand(12, DIGITS)}-{_rand(13, DIGITS)}-{_rand(24)}", "", "SLACK_TOKEN"),
    ("github-classic", "ghp_" + _rand(36), "", "GITHUB_TOKEN"),
    ("github-fine-grained", f"github_pat_{_rand(22)}_{_rand(59)}", "", "GITHUB_TOKEN"),
    ("gitlab", "glpat-" + _rand(20, ALNUM + "_-"), "", "GITLAB_TOKEN"),
    ("pypi", "pypi-AgEIcHlwaS5vcmc" + _rand(70, ALNUM + "_-"), "", "PYPI_TOKEN"),
    ("google", "AIza" + _rand(35, ALNUM + "_-"), "", "GOOGLE_API_KEY"),
    ("npm", "npm_" + _rand(36), "", "NPM_TOKEN"),
    ("aws-access-key", "AKIA" + _rand(16, string.ascii_uppercase + string.digits), "", "AWS_ACCESS_KEY"),
    ("jwt", _jwt(), "", "JWT"),
    ("pem-header", "-----BEGIN RSA PRIVATE KEY-----", "", "PRIVATE_KEY"),
    ("password-by-key", "Winter2025!FZmbyt", "password", "PASSWORD"),
    ("password-by-camel-key", "Rq7#vLp2sWx9", "dbPassword", "PASSWORD"),
    ("client-secret-by-key", "Autumn2025!" + _rand(6), "client_secret", "PASSWORD"),
    # another language's word for a password (Firefox's translations of its password label), folded and glued
    ("password-by-spanish-key", "Rq7#vLp2sWx9", "contraseña", "PASSWORD"),
    ("password-by-french-key", "Rq7#vLp2sWx9", "motDePasse", "PASSWORD"),
    ("password-by-polish-key", "Rq7#vLp2sWx9", "haslo_bazy", "PASSWORD"),
    ("password-by-vietnamese-key", "Rq7#vLp2sWx9", "mat_khau", "PASSWORD"),
    ("password-by-chinese-key", "Rq7#vLp2sWx9", "用户密码", "PASSWORD"),
    ("password-by-pinyin-key", "Rq7#vLp2sWx9", "mima", "PASSWORD"),
    ("password-by-korean-compound-key", "Rq7#vLp2sWx9", "\uc0ac\uc6a9\uc790\ube44\ubc00\ubc88\ud638", "PASSWORD"),
    ("password-by-japanese-compound-key", "Rq7#vLp2sWx9", "\u30d1\u30b9\u30ef\u30fc\u30c9\u5909\u66f4", "PASSWORD"),
    ("google-oauth-client-secret", "GOCSPX-" + _rand(28, ALNUM + "_-"), "", "GOOGLE_OAUTH_SECRET"),
    # prefixes the providers document, which gitleaks' rules miss or find only after the provider's name
    ("stripe-webhook-secret", "whsec_" + _rand(32), "", "PROVIDER_TOKEN"),
    ("groq", "gsk_" + _rand(52), "", "PROVIDER_TOKEN"),
    ("replicate", "r8_" + _rand(37), "", "PROVIDER_TOKEN"),
    ("airtable-pat", "pat" + _rand(14) + "." + _rand(64, "0123456789abcdef"), "", "PROVIDER_TOKEN"),
]
_BASIC = base64.b64encode(f"ehr_svc:{_rand(16)}".encode()).decode()  # RFC 7617: base64 of user:password
_DISCORD = _rand(68, ALNUM + "_-")
_TOKEN = _rand(40)
_HEX = _rand(32, "0123456789abcdef")
_SIG = _rand(43) + "%3D"
# Secrets whose reported span is a part of the text (the password inside a URL, the value
# after a keyword), with the text to scan.
MUST_FIND_INSIDE: list[tuple[str, str, str, str]] = [
    (
        "postgres-url",
        "postgresql://ehr_svc:jR8esNxDliX0AVTtMc@db-9.example-clinic.net:5432/ehr",
        "jR8esNxDliX0AVTtMc",
        "CONNECTION_STRING_PASSWORD",
    ),
    ("mongodb-srv", "mongodb+srv://app:{pw}@cl0.q1w2e.mongodb.net/db", "{pw}", "CONNECTION_STRING_PASSWORD"),
    ("mysql", "mysql://root:{pw}@10.1.2.3:3306/app", "{pw}", "CONNECTION_STRING_PASSWORD"),
    ("redis-no-user", "redis://:{pw}@cache.internal:6379/0", "{pw}", "CONNECTION_STRING_PASSWORD"),
    (
        "oracle-thin",
        "jdbc:oracle:thin:portal_svc/{pw}@db7.prod.lan:1521/ORCLPDB1",
        "{pw}",
        "CONNECTION_STRING_PASSWORD",
    ),
    ("https-basic-auth", "https://deploy:{pw}@registry.acme-health.io/v2", "{pw}", "URL_PASSWORD"),
    ("password-colon", "password: Winter2025!FZmbyt", "Winter2025!FZmbyt", "PASSWORD"),
    ("pwd-equals", "pwd={pw}", "{pw}", "PASSWORD"),
    ("password-is", "The password is Winter2025!FZmbyt for staging.", "Winter2025!FZmbyt", "PASSWORD"),
    ("api-key-in-prose", "Use API key Winter2025!FZmbyt", "Winter2025!FZmbyt", "PASSWORD"),
    ("http-basic", f"Authorization: Basic {_BASIC}", _BASIC, "HTTP_BASIC_CREDENTIALS"),
    ("bearer", f"Authorization: Bearer {_TOKEN}", _TOKEN, "BEARER_TOKEN"),
    ("http-basic-any-case", f"authorization: basic {_BASIC}", _BASIC, "HTTP_BASIC_CREDENTIALS"),
    (
        "api-key-in-a-query",
        f"https://api.example-weather.io/v1?city=Boston&api_key={_HEX}",
        _HEX,
        "HIGH_ENTROPY_SECRET",
    ),
    ("api-key-env-var", f"DATADOG_API_KEY={_HEX}", _HEX, "HIGH_ENTROPY_SECRET"),
    ("auth-token-in-prose", f"twilio auth token {_HEX} for the sandbox", _HEX, "HIGH_ENTROPY_SECRET"),
    (
        "azure-sas",
        f"https://phistore9.blob.core.windows.net/c?sv=2022-11-02&ss=b&sp=r&se=2026-12-31&sig={_SIG}",
        _SIG,
        "AZURE_SAS_TOKEN",
    ),
    *(
        (
            f"discord-webhook{tag}",
            f"https://discord.com/api/{version}webhooks/{_rand(19, DIGITS)}/{_DISCORD}",
            _DISCORD,
            "DISCORD_WEBHOOK",
        )
        for tag, version in (("", ""), ("-versioned", "v10/"))
    ),
]
_PW = _rand(14) + "q7Z"  # no `!`: BasicAuthDetector stops at URL sub-delimiters

MUST_NOT_FIND: list[tuple[str, str]] = [
    ("YOUR_API_KEY", "api_key"),
    # a secret's word inside an ARN names a resource; a bracket's words are words (botocore's descriptions)
    ("Example: arn:aws:secretsmanager:eu-west-1:111122223333:secret:wardsecret-Qx81Lm", ""),
    ("The URI of the secret (Secrets Manager secret ARN) to use.", ""),
    ("Lets STS (Security Token Service) assume the role.", ""),
    ("Rq7#vLp2sWx9", "chiavi"),  # Italian "keys" as often as a password: not in the list
    ("Ciao2024x", "parola"),  # Italian "word"
    ("Roma2024!", "parola_chiave"),  # Italian "keyword"
    ("Crypto101A", "\u5bc6\u7801\u5b66\u8bfe\u7a0b"),  # a cryptography course: 密码 starts a longer word
    ("<your-api-key>", "api_key"),
    ("sk-...", "api_key"),
    ("sk-ant-api03-XXXXXXXX", "api_key"),
    ("sk-ant-api03-" + "X" * 95, "api_key"),
    ("sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "api_key"),
    ("sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "api_key"),
    ("AKIAIOSFODNN7EXAMPLE", "aws_access_key_id"),
    ("xxxx", "token"),
    ("********", "password"),
    ("${API_KEY}", "api_key"),
    ("{{token}}", "token"),
    ("changeme", "password"),
    ("password", "password"),
    ("example", "secret"),
    ("P@ssw0rd123!", "password"),
    ("password: ********", ""),
    ("pwd=changeme", ""),
    ("api_key: <your-api-key>", ""),
    ("The user's password", "password"),
    ("Your API key from the dashboard.", "api_key"),
    ("Bearer token used to authenticate requests (JWT).", "token"),
    ("Password must contain 8+ characters, one digit and one symbol.", "password"),
    ("^ghp_[A-Za-z0-9]{36}$", "token"),
    ("^sk_live_[0-9a-zA-Z]{24}$", "api_key"),
    ("^xox[baprs]-[0-9]{12}-[0-9]{13}-[a-zA-Z0-9]{24}$", "token"),
    ("^(?=.*[A-Z])(?=.*\\d)(?=.*[!@#$%]).{8,64}$", "password"),
    ("https://api.example-health.com/v1/patients?page=2", "url"),
    ("https://user@host.example-health.com/repo.git", "url"),
    ("postgresql://user:password@localhost", "dsn"),
    ("postgresql://user:${DB_PASSWORD}@db:5432/app", "dsn"),
    ("mongodb://<user>:<password>@cluster0.mongodb.net", "dsn"),
    ("additionalProperties", "access_token"),
    ("string", "password"),
    ("format", "client_secret"),
    ("x-api-key", "header"),
    ("writeOnly", "password"),
    ("MAX_RETRY_COUNT_2", "token"),
    ("2025-11-15T10:00:00Z", "expires_at"),
    ("550e8400-e29b-41d4-a716-446655440000", "id"),
    ("v1.2.3-beta.4", "version"),
    ("The API key is sent in the X-Api-Key header.", "description"),
    ("Basic authentication with a username and password.", "description"),
    ("Authorization: Bearer g1112R_ccQ1Ebbb4gtHBP1aaaNM", "example"),  # typed for the docs: runs, twice
    ("Bearer tokens are sent in the Authorization header.", "description"),
    ("The page token is returned in next_page_token.", "description"),
    ("Authorization: Basic dXNlcjpwYXNzd29yZA==", "header"),  # user:password, a documentation stand-in
    ("Basic " + base64.b64encode(b"no colon here").decode(), "header"),
]


def _sentence(secret: str) -> str:
    return f"Configure the client with {secret} and restart it"


def _expand(cases: list[tuple[str, str, str, str]]) -> Iterator[tuple[str, str, str, str, str]]:
    """(id, text, key, secret, entity): each case alone and inside a sentence."""
    for case, secret, key, entity in cases:
        yield case, secret, key, secret, entity
        text = f"The password is {secret} for staging." if entity == "PASSWORD" else _sentence(secret)
        yield case + "-in-sentence", text, "", secret, entity


def _expand_inside(cases: list[tuple[str, str, str, str]]) -> Iterator[tuple[str, str, str, str, str]]:
    for case, template, secret, entity in cases:
        text, secret = template.replace("{pw}", _PW), secret.replace("{pw}", _PW)
        yield case, text, "", secret, entity
        if not text[0].isupper():
            yield case + "-in-sentence", _sentence(text), "", secret, entity


FOUND = [*_expand(MUST_FIND), *_expand_inside(MUST_FIND_INSIDE)]
FOUND_IDS = [c[0] for c in FOUND]


@pytest.fixture(scope="module")
def detector() -> SecretDetector:
    return SecretDetector()


@pytest.mark.parametrize(("text", "key", "secret", "entity"), [c[1:] for c in FOUND], ids=FOUND_IDS)
def test_finds_secret_with_its_entity_and_offsets(
    detector: SecretDetector, text: str, key: str, secret: str, entity: str
) -> None:
    found = detector.detect(text, key)
    assert [(d.entity, text[d.start : d.end]) for d in found] == [(entity, secret)]


@pytest.mark.parametrize(("text", "key"), MUST_NOT_FIND, ids=[t[:40] for t, _ in MUST_NOT_FIND])
def test_ignores_placeholders_regexes_and_schema_text(detector: SecretDetector, text: str, key: str) -> None:
    assert detector.detect(text, key) == []


@pytest.mark.parametrize("case", FOUND, ids=FOUND_IDS)
def test_precheck_lets_every_must_find_case_through(case: tuple[str, str, str, str, str]) -> None:
    assert _may_hold_secret(case[1])


@pytest.mark.parametrize("text", ["", "string", "phone_number", "The user's password", "maxLength"])
def test_precheck_skips_plain_words(text: str) -> None:
    assert not _may_hold_secret(text)


def test_named_formats_score_one_and_heuristics_less(detector: SecretDetector) -> None:
    [stripe] = detector.detect("sk_live_" + _rand(24))
    [password] = detector.detect("Winter2025!FZmbyt", "password")
    [header] = detector.detect("-----BEGIN PRIVATE KEY-----")
    assert (stripe.score, stripe.recognizer) == (1.0, "StripeDetector")
    assert password.score < 1.0 and header.score < 1.0


def test_finds_whole_pem_block_and_every_secret_in_one_string(detector: SecretDetector) -> None:
    body = "\n".join(_rand(64, ALNUM + "+/") for _ in range(3))
    pem = f"-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----"
    ghp, stripe = "ghp_" + _rand(36), "sk_live_" + _rand(24)
    text = f"key: {pem}\ntokens {ghp}, {stripe}"
    found = detector.detect(text)
    assert [text[d.start : d.end] for d in found] == [pem, ghp, stripe]


def test_entity_names_say_what_was_found() -> None:
    words = ("KEY", "TOKEN", "SECRET", "PASSWORD", "JWT", "PRIVATE_KEY")
    assert all(any(w in entity for w in words) for entity in ALL_PLUGINS.values())


def test_rejects_unknown_plugin_names() -> None:
    with pytest.raises(ValueError, match="NoSuchDetector"):
        SecretDetector(["NoSuchDetector"])


def test_building_leaves_detect_secrets_global_settings_as_they_were() -> None:
    from detect_secrets.settings import get_settings

    before = get_settings().json()
    SecretDetector(ALL_PLUGINS)
    assert get_settings().json() == before


def _record(monkeypatch: pytest.MonkeyPatch, obj: Any, name: str) -> list[Any]:
    calls: list[Any] = []
    original: Callable[..., Any] = getattr(obj, name)

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[:2])
        return original(*args, **kwargs)

    monkeypatch.setattr(obj, name, spy)
    return calls


def test_never_touches_network_or_files_even_with_verification_switched_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from detect_secrets.settings import transient_settings

    every_plugin = SecretDetector(ALL_PLUGINS)
    # Verification resolves the provider's host first, so watch name lookups as well.
    lookups = _record(monkeypatch, socket, "getaddrinfo")
    connects = _record(monkeypatch, socket.socket, "connect")
    opens = _record(monkeypatch, builtins, "open")
    verify = {"path": "detect_secrets.filters.common.is_ignored_due_to_verification_policies", "min_level": 2}
    with transient_settings({"plugins_used": [], "filters_used": [verify]}):
        for _, text, key, _, _ in FOUND:
            every_plugin.detect(text, key)
    assert lookups == [] and connects == [] and opens == []


def test_a_broken_detect_secrets_install_fails_the_scan_not_each_string(tmp_path: Path) -> None:
    target = tmp_path / "dirty.schema.json"
    target.write_bytes(
        (
            Path(__file__).resolve().parent.parent / "fixtures" / "config" / "precommit" / "dirty.schema.json"
        ).read_bytes()
    )
    code = (
        "import sys; sys.modules['detect_secrets.settings'] = None; from phiscan.app.hook import main; "
        "raise SystemExit(main(sys.argv[1:]))"
    )
    out = subprocess.run([sys.executable, "-c", code, "--no-cache", str(target)], capture_output=True, text=True)
    assert out.returncode == 2, out.stdout + out.stderr
    assert "internal error (ModuleNotFoundError)" in out.stderr


def test_a_password_in_brackets_is_read_inside_them(detector: SecretDetector) -> None:
    text = "Sign in with password (Vb7#qL2!mWx9) for the sandbox"
    assert [(d.entity, text[d.start : d.end]) for d in detector.detect(text, "")] == [("PASSWORD", "Vb7#qL2!mWx9")]
