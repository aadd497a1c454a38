"""Provider token formats from gitleaks' rule set: what is found, under which entity, what is not, and that
no screen in front of the detectors can drop a string a provider rule would report."""

from __future__ import annotations

import base64
import importlib.util
import json
import random
import re
import string
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import phiscan
from phiscan import rules
from phiscan.data import data_file
from phiscan.detect import providers
from phiscan.detect.analyzer import Analyzer
from phiscan.detect.prefilter import may_hold_entity
from phiscan.detect.providers import PROVIDER_ENTITY, entity_for, provider_secrets
from phiscan.detect.secrets import SecretDetector, _is_placeholder, _may_hold_secret

try:  # Python 3.11+; 3.10 has the same parser under its old name
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
RAW: dict[str, Any] = json.loads(data_file("provider_rules.json").read_text("utf-8"))

# Test tokens are generated here, never copied: random characters in each format's shape.
_RNG = random.Random(20261202)
_HEROKU = "3f9c27d1-84b5-4e0a-9c6e-b18d05a7f432"  # made up, in Heroku's API key format (a UUID)
DIGITS = string.digits
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + DIGITS
LOWER_ALNUM = string.ascii_lowercase + DIGITS


def _rand(n: int, alphabet: str = ALNUM) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _jwt() -> str:
    header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = _b64url(json.dumps({"sub": _rand(16), "iat": 1764633600}).encode())
    return f"{header}.{payload}.{_b64url(_RNG.randbytes(32))}"


def _pem() -> str:
    body = "\n".join(base64.b64encode(_RNG.randbytes(48)).decode() for _ in range(4))
    return f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----"


# (gitleaks rule id, how the token sits in the string, entity)
PROVIDER_TOKENS: list[tuple[str, str, str]] = [
    ("github-pat", "token ghp_" + _rand(36), "GITHUB_TOKEN"),
    ("gitlab-pat", "glpat-" + _rand(20, ALNUM + "_-"), "GITLAB_TOKEN"),
    ("slack-bot-token", f"xoxb-{_rand(12, DIGITS)}-{_rand(12, DIGITS)}-{_rand(24)}", "SLACK_TOKEN"),
    ("stripe-access-token", "sk_live_" + _rand(24), "STRIPE_KEY"),
    ("aws-access-token", "AKIA" + _rand(16, string.ascii_uppercase + "234567"), "AWS_ACCESS_KEY"),
    ("openai-api-key", f"sk-proj-{_rand(74, ALNUM + '_-')}T3BlbkFJ{_rand(74, ALNUM + '_-')}", "OPENAI_API_KEY"),
    ("anthropic-api-key", "sk-ant-api03-" + _rand(93, ALNUM + "_-") + "AA", "ANTHROPIC_API_KEY"),
    ("npm-access-token", "npm_" + _rand(36, LOWER_ALNUM), "NPM_TOKEN"),
    ("pypi-upload-token", "pypi-AgEIcHlwaS5vcmc" + _rand(60, ALNUM + "_-"), "PYPI_TOKEN"),
    ("gcp-api-key", "AIza" + _rand(35, ALNUM + "_-"), "GOOGLE_API_KEY"),
    ("sendgrid-api-token", f"SG.{_rand(22)}.{_rand(43)}", "SENDGRID_KEY"),
    ("twilio-api-key", "SK" + _rand(32, HEX), "TWILIO_KEY"),
    ("jwt", _jwt(), "JWT"),
    ("private-key", _pem(), "PRIVATE_KEY"),
    ("shopify-access-token", "shpat_" + _rand(32, HEX), PROVIDER_ENTITY),
    ("huggingface-access-token", "hf_" + _rand(34, string.ascii_letters), PROVIDER_ENTITY),
    ("digitalocean-pat", "dop_v1_" + _rand(64, HEX), PROVIDER_ENTITY),
    ("databricks-api-token", "dapi" + _rand(32, HEX), PROVIDER_ENTITY),
    ("linear-api-key", "lin_api_" + _rand(40), PROVIDER_ENTITY),
    ("dropbox-api-token", "dropbox_key = " + _rand(15, string.ascii_lowercase), PROVIDER_ENTITY),
]


@pytest.fixture(scope="module")
def detector() -> SecretDetector:
    return SecretDetector()


def _hits(text: str) -> list[tuple[str, str]]:
    return [(d.entity, d.recognizer) for d in provider_secrets(text, skip=_is_placeholder)]


@pytest.mark.parametrize(("rule_id", "text", "entity"), PROVIDER_TOKENS, ids=[p[0] for p in PROVIDER_TOKENS])
def test_a_provider_token_is_found_under_its_providers_entity(rule_id: str, text: str, entity: str) -> None:
    assert (entity, "gitleaks:" + rule_id) in _hits(f"Example config: {text} (rotate it)")


@pytest.mark.parametrize(("rule_id", "text", "entity"), PROVIDER_TOKENS, ids=[p[0] for p in PROVIDER_TOKENS])
def test_the_secret_detector_reports_each_provider_token(
    detector: SecretDetector, rule_id: str, text: str, entity: str
) -> None:
    found = detector.detect(text)
    assert [d.entity for d in found] == [entity], rule_id
    assert found[0].score >= 0.9  # a strong secret: it wins overlaps in policy.overlaps


def test_named_detectors_keep_their_recognizers_where_a_provider_rule_also_matches(detector: SecretDetector) -> None:
    token = "ghp_" + _rand(36)
    assert [d.recognizer for d in detector.detect(token)] == ["GitHubTokenRegexDetector"]


def test_a_provider_rule_runs_only_when_its_keyword_occurs() -> None:
    # gitleaks' "dropbox" rule: the value alone is any 15 letters, so only the keyword makes it a token
    value = _rand(15, string.ascii_lowercase)
    assert _hits(f"dropbox_key = {value}")
    assert not _hits(f"dropped_key = {value}")


def test_every_keyword_is_seen_even_inside_or_across_another() -> None:
    rs = providers._rule_set()
    keywords = sorted(rs.rules_for)
    owners = {k: {i for i, r in enumerate(RAW["rules"]) if k in r["keywords"]} for k in keywords}
    for a in keywords:
        assert owners[a] <= providers._wanted(rs, f"zz{a}zz")
        for b in keywords:  # "xoxe.xoxb-": a keyword that starts inside another one's hit
            for overlap in range(1, min(len(a), len(b))):
                if a[-overlap:] == b[:overlap]:
                    assert owners[a] | owners[b] <= providers._wanted(rs, a + b[overlap:]), (a, b)


def test_a_rules_entropy_threshold_is_applied() -> None:
    # dapi + 32 hex must carry more than 3 bits per character (gitleaks' threshold for this rule)
    assert ("PROVIDER_TOKEN", "gitleaks:databricks-api-token") in _hits("dapi" + _rand(32, HEX))
    assert not _hits("dapi" + "ab" * 16)


@pytest.mark.parametrize(
    "text",
    [
        "sk_test_" + "x" * 24,
        "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
        "sk_live_YOURSECRETKEYGOESHERE",
        "Authorization: token ghp_" + "x" * 36,
        "glpat-YOUR_TOKEN_GOES_HERE_",
        "AKIAIOSFODNN7EXAMPLE",
        "xoxb-YOUR_TOKEN",
        "Set YOUR_TOKEN to the dop_v1_ token from the dashboard",
        "hf_" + "x" * 34,
        "shpat_<your-access-token>",
        "npm_${NPM_TOKEN}",
    ],
)
def test_placeholders_are_not_tokens(detector: SecretDetector, text: str) -> None:
    assert _hits(text) == []
    assert detector.detect(text) == []


ORDINARY = [
    "additionalProperties",
    "maxRetryCount",
    "apiKeyHeaderName",
    "skipTaskOnDiskFull",
    "surveyKeyId",
    "https://json.schemastore.org/package.json",
    "https://api.example.com/v1/users/{userId}/tasks?status=open",
    "550e8400-e29b-41d4-a716-446655440000",
    "3f1c9a7e-2b4d-4e8f-9a6b-1c2d3e4f5a6b",
    base64.b64encode(b"hello world from the schema").decode(),
    base64.b64encode(b"the quick brown fox").decode(),
    "#1a2b3c",
    "#FFAA00",
    "1.2.3",
    "2.0.0-beta.1+exp.sha.5114f85",
    "The API key is sent in the X-Api-Key header; see the docs.",
    "Ask the user which survey keys they want, e.g. s.t. the task is done.",
    "api-version: 2024-06-01",
    "Twilio webhook URL for the support desk",
    "GitHub repository in owner/name form, e.g. octocat/hello-world",
    "Stripe customer id (cus_...), never a secret key",
    "eyebrow text shown above the title",
    "A JSON Web Token (JWT) in the Authorization header.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_schema_strings_hold_no_provider_token(detector: SecretDetector, text: str) -> None:
    assert _hits(text) == []
    assert detector.detect(text) == []


# --- every rule, generated: the screens in front of the detectors can drop no string a rule reports ---

_CATEGORY = {
    sre_parse.CATEGORY_DIGIT: lambda c: c.isdigit(),
    sre_parse.CATEGORY_NOT_DIGIT: lambda c: not c.isdigit(),
    sre_parse.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    sre_parse.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
    sre_parse.CATEGORY_SPACE: lambda c: c in " \t\n\r\f\v",
    sre_parse.CATEGORY_NOT_SPACE: lambda c: c not in " \t\n\r\f\v",
}
_ASCII = [chr(i) for i in range(32, 127)] + ["\t", "\n"]


def _in_set(c: str, items: list[Any]) -> bool:
    hit, negate = False, False
    for op, av in items:
        if op is sre_parse.NEGATE:
            negate = True
        elif op is sre_parse.LITERAL:
            hit = hit or ord(c) == av
        elif op is sre_parse.RANGE:
            hit = hit or av[0] <= ord(c) <= av[1]
        elif op is sre_parse.CATEGORY:
            hit = hit or _CATEGORY[av](c)
    return hit != negate


def _emit(parsed: Any, rng: random.Random) -> str:
    """One string the parsed regex matches (lookarounds and anchors aside: the caller checks with a search)."""
    out = []
    for op, av in parsed:
        if op is sre_parse.LITERAL:
            out.append(chr(av))
        elif op is sre_parse.NOT_LITERAL:
            out.append(rng.choice([c for c in ALNUM if ord(c.lower()) != av and ord(c.upper()) != av]))
        elif op is sre_parse.ANY:
            out.append(rng.choice(ALNUM))
        elif op is sre_parse.IN:
            out.append(rng.choice([c for c in _ASCII if _in_set(c, av)]))
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
            low, high, sub = av
            count = low if low or high == 0 else rng.choice([0, 1])
            out.extend(_emit(sub, rng) for _ in range(count))
        elif op is sre_parse.SUBPATTERN:
            out.append(_emit(av[-1], rng))
        elif op is sre_parse.BRANCH:
            out.append(_emit(rng.choice(av[1]), rng))
        elif op not in (sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT):
            raise AssertionError(f"the generator does not know {op}")
    return "".join(out)


@cache
def _sample(rule: str) -> str | None:
    """A string with a token of `rule` that the rule itself reports (its keyword, entropy and allowlists met)."""
    spec = next(r for r in RAW["rules"] if r["id"] == rule)
    parsed = sre_parse.parse(spec["regex"], re.ASCII)
    rng = random.Random(rule)
    for _ in range(50):
        token = _emit(parsed, rng)
        text = f" {token} "
        if not any(k in text.lower() for k in spec["keywords"]):
            text += spec["keywords"][0]
        if (entity_for(rule), "gitleaks:" + rule) in _hits(text):
            return text
    return None


RULE_IDS = [r["id"] for r in RAW["rules"]]


@pytest.mark.parametrize("rule", RULE_IDS)
def test_every_rule_reports_a_generated_token(rule: str) -> None:
    assert _sample(rule) is not None, "no generated string met the rule: a broken translation?"


@pytest.mark.parametrize("rule", RULE_IDS)
def test_no_screen_drops_a_string_a_provider_rule_reports(detector: SecretDetector, rule: str) -> None:
    text = _sample(rule)
    assert text is not None
    spans = [(d.start, d.end) for d in provider_secrets(text, skip=_is_placeholder) if d.recognizer.endswith(rule)]
    assert may_hold_entity(text)  # the engine's screen lets it through to the detectors
    found = detector.detect(text)  # and SecretDetector's own screen does too
    assert all(any(d.start < end and start < d.end for d in found) for start, end in spans)


# --- a token as a schema holds it: the value of a property named for its provider, or told in a sentence ---

# the rules whose token needs the provider's word and an operator before it (`adafruit_key = ...`), the word a name
# (and not a token that starts with its own keyword, as New Relic's `NRAK-` ones do: the rule reads those alone)
KEYWORD_FIRST = [
    r["id"]
    for r in RAW["rules"]
    if providers._ASSIGNED in r["regex"]
    and r["keywords"][0].isalpha()
    and r["keywords"][0] not in r["regex"].lower().split(providers._ASSIGNED.lower(), 1)[1]
]


def _secret_of(rule: str) -> tuple[str, str]:
    """A generated token of `rule` alone, and the provider's word."""
    text = _sample(rule)
    assert text is not None
    hit = next(d for d in provider_secrets(text) if d.recognizer == "gitleaks:" + rule)
    return text[hit.start : hit.end], next(r for r in RAW["rules"] if r["id"] == rule)["keywords"][0]


@pytest.mark.parametrize("rule", KEYWORD_FIRST)
def test_a_token_is_found_as_the_value_of_a_property_named_for_its_provider(rule: str) -> None:
    secret, word = _secret_of(rule)
    found = provider_secrets(secret, labels=(f"{word}_token",))
    assert any(d.recognizer == "gitleaks:" + rule and (d.start, d.end) == (0, len(secret)) for d in found)


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("build_id", "ebg05vup7iv4o6jps6q9gnbcwlckv4v1"),  # no provider's word in the label
        ("adafruit_key", "See the vault for ebg05vup7iv4o6jps6q9gnbcwlckv4v1"),  # not the value itself
        ("adafruit_key", "adafruit_key"),  # the property's own name
        ("adafruit_key", "Adafruit IO key"),
        # a property that holds an id, a mode or a name holds no secret, whatever the provider's rule would take
        ("discord_guild_id", "981726354091827364"),
        ("heroku_app_id", "3f9c27d1-84b5-4e0a-9c6e-b18d05a7f432"),
        ("asanaWorkspaceGid", "1204567890123456"),
        ("dropbox_sync_mode", "synchronization"),
        ("dropbox_key", "synchronization"),  # a word, under any label
    ],
)
def test_a_label_gives_no_token_to_other_values(label: str, value: str) -> None:
    assert provider_secrets(value, labels=(label,)) == []


def test_a_value_under_such_a_property_is_a_secret_in_a_schema(analyzer: Analyzer) -> None:
    doc = {"type": "object", "properties": {"herokuApiKey": {"type": "string", "const": _HEROKU}}}
    report = phiscan.scan_document(doc, analyzer=analyzer)
    assert {(f.pointer, f.entity) for f in report.findings} == {("/properties/herokuApiKey/const", PROVIDER_ENTITY)}


def test_a_title_that_names_the_provider_labels_a_value_whose_key_does_not() -> None:
    found = provider_secrets(_HEROKU, labels=("apiKey", "Heroku API key"))
    assert [d.recognizer for d in found] == ["gitleaks:heroku-api-key"]


def test_a_parameter_named_for_the_provider_labels_its_example_too(analyzer: Analyzer) -> None:
    parameter = {"name": "X-Heroku-Api-Key", "in": "header", "example": _HEROKU}
    operation = {"parameters": [parameter], "responses": {"200": {"description": "OK"}}}
    doc = {"openapi": "3.0.3", "info": {"title": "Deploys", "version": "1"}, "paths": {"/apps": {"get": operation}}}
    report = phiscan.scan_document(doc, analyzer=analyzer)
    assert {(f.pointer, f.entity) for f in report.findings} == {
        ("/paths/~1apps/get/parameters/0/example", PROVIDER_ENTITY)
    }


@pytest.mark.parametrize("keyword", ["default", "const", "examples"])
def test_a_member_of_a_default_or_an_example_object_labels_its_value(analyzer: Analyzer, keyword: str) -> None:
    record = {"app": "billing", "heroku_api_key": _HEROKU}
    value: Any = [record] if keyword == "examples" else record
    doc = {"type": "object", "properties": {"deploy": {"type": "object", keyword: value}}}
    at = f"/properties/deploy/{keyword}{'/0' if keyword == 'examples' else ''}/heroku_api_key"
    report = phiscan.scan_document(doc, analyzer=analyzer)
    assert {(f.pointer, f.entity) for f in report.findings} == {(at, PROVIDER_ENTITY)}


def test_a_member_that_names_no_credential_labels_nothing(analyzer: Analyzer) -> None:
    doc = {"type": "object", "properties": {"deploy": {"type": "object", "default": {"heroku_app_id": _HEROKU}}}}
    assert phiscan.scan_document(doc, analyzer=analyzer).findings == ()


def test_a_sample_payload_s_other_members_still_name_nothing(analyzer: Analyzer) -> None:
    # an API reference's sample login: its `password` member labels no password, as before; a provider's token only
    record = {"username": "jdoe", "password": "Xk9#mP2$vL7q", "secret": "a8f5f167f44f4964e6c998dee827110c"}
    doc = {"type": "object", "properties": {"login": {"type": "object", "examples": [record]}}}
    assert phiscan.scan_document(doc, analyzer=analyzer).findings == ()


@pytest.mark.parametrize("rule", KEYWORD_FIRST)
def test_the_pre_screen_lets_it_through(rule: str) -> None:
    secret, word = _secret_of(rule)
    assert may_hold_entity(secret, (f"{word}_token",))


@pytest.mark.parametrize(
    "text",
    [
        "The Adafruit key is ebg05vup7iv4o6jps6q9gnbcwlckv4v1 for the bench rig.",
        "Our heroku api key was " + _HEROKU + ".",
    ],
)
def test_a_sentence_may_join_the_provider_s_word_to_its_token_with_a_verb(text: str) -> None:
    assert [d.entity for d in provider_secrets(text)] == [PROVIDER_ENTITY]


@pytest.mark.parametrize(
    "text",
    [
        "The Adafruit key is required for the feed and is rotated yearly.",
        "The heroku app is deployed from main.",
        "Dropbox support is internationally available.",  # no word for a credential before the verb
        "The LinkedIn profile is professionally managed.",
        "The Discord user ID is 981726354091827364.",
        "The Dropbox key is synchronization.",  # a word after it
    ],
)
def test_a_sentence_without_a_token_holds_none(text: str) -> None:
    assert provider_secrets(text) == []


def test_providers_run_even_where_the_secret_screen_would_stop() -> None:
    text = "dropbox_key = " + _rand(15, string.ascii_lowercase)
    assert not _may_hold_secret(text)
    assert not any(c.isdigit() or c.isupper() for c in text)  # and nothing else in it catches the eye
    assert may_hold_entity(text)
    assert [d.entity for d in SecretDetector().detect(text)] == [PROVIDER_ENTITY]


# --- the data file and where it came from ---


def test_every_provider_entity_has_a_secret_rule() -> None:
    emitted = {entity_for(r) for r in RULE_IDS}
    assert emitted <= set(rules.SECRET_ENTITIES)
    assert rules.for_entity(PROVIDER_ENTITY).id == "secret-provider-token"


def test_the_rules_name_their_source_and_licence() -> None:
    source, licence = RAW["source"], RAW["license"]
    assert source["repository"] == "https://github.com/gitleaks/gitleaks"
    assert re.fullmatch(r"[0-9a-f]{40}", source["commit"]) and source["path"] == "config/gitleaks.toml"
    assert source["ref"] == f"gitleaks/gitleaks@{source['commit']}:config/gitleaks.toml"
    assert licence["spdx"] == "MIT" and licence["copyright"].startswith("Copyright (c)")
    notice = data_file(licence["notice"]).read_text("utf-8")
    assert licence["copyright"] in notice and source["commit"] in notice
    assert "Permission is hereby granted, free of charge" in notice


def test_every_kept_rule_has_keywords_and_every_dropped_rule_a_reason() -> None:
    assert all(r["keywords"] and all(k == k.lower() for k in r["keywords"]) for r in RAW["rules"])
    dropped = {d["id"]: d["reason"] for d in RAW["dropped"]}
    assert all(dropped.values())
    assert "generic-api-key" in dropped and not set(dropped) & set(RULE_IDS)


def test_recognizers_are_gitleaks_rule_ids() -> None:
    found = provider_secrets("shpat_" + _rand(32, HEX))
    assert [d.recognizer for d in found] == ["gitleaks:shopify-access-token"]
    assert providers.RECOGNIZER_PREFIX == "gitleaks:"


def _build_script() -> Any:
    pytest.importorskip("tomllib")
    spec = importlib.util.spec_from_file_location("build_provider_rules", ROOT / "scripts" / "build_provider_rules.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("go", "python"),
    [
        (r"ab(?i)cd", r"ab(?i:cd)"),  # RE2: the flag holds to the end of the enclosing group
        (r"(a(?i)b|c)d", r"(a(?i:b|c))d"),
        (r"(?i)\bx(?-i:Y)z", r"(?i:\bx(?-i:Y)z)"),
        (r"[[:alnum:]]{4}\z", r"[0-9A-Za-z]{4}\Z"),
        (r"[\w.-]+$", r"[\w.\-]+\Z"),
        (r"(?P<n>a)(?<m>b)", r"(?P<n>a)(?P<m>b)"),
    ],
)
def test_re2_syntax_is_translated_to_python(go: str, python: str) -> None:
    assert _build_script().translate(go) == python
