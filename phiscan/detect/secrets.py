"""Secret detection over single strings: detect-secrets plugins, a few named formats, and gitleaks'
provider formats (`phiscan.detect.providers`).  detect-secrets keeps its configuration in a process-wide
singleton, so every use of it lives here: the plugin list is built once inside `transient_settings` and
each plugin is then called directly, never through the global settings again.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from phiscan.detect.credentials import is_basic_credentials, is_machine_bearer, passwords
from phiscan.detect.credentials import is_placeholder as _is_placeholder
from phiscan.detect.providers import provider_secrets
from phiscan.types import Detection

__all__ = ["ALL_PLUGINS", "DEFAULT_PLUGINS", "SecretDetector"]

# Plugin class name -> entity; also the Detection's recognizer, permanent (baselines and ignores key on it).
ALL_PLUGINS: dict[str, str] = {
    "AWSKeyDetector": "AWS_ACCESS_KEY",
    "ArtifactoryDetector": "ARTIFACTORY_TOKEN",
    "AzureStorageKeyDetector": "AZURE_STORAGE_KEY",
    "BasicAuthDetector": "URL_PASSWORD",
    "CloudantDetector": "CLOUDANT_KEY",
    "DiscordBotTokenDetector": "DISCORD_TOKEN",
    "GitHubTokenDetector": "GITHUB_TOKEN",
    "Base64HighEntropyString": "HIGH_ENTROPY_SECRET",
    "HexHighEntropyString": "HIGH_ENTROPY_SECRET",
    "IbmCloudIamDetector": "IBM_CLOUD_KEY",
    "IbmCosHmacDetector": "IBM_COS_SECRET",
    "JwtTokenDetector": "JWT",
    "KeywordDetector": "SECRET",
    "MailchimpDetector": "MAILCHIMP_KEY",
    "NpmDetector": "NPM_TOKEN",
    "PrivateKeyDetector": "PRIVATE_KEY",
    "SendGridDetector": "SENDGRID_KEY",
    "SlackDetector": "SLACK_TOKEN",
    "SoftlayerDetector": "SOFTLAYER_KEY",
    "SquareOAuthDetector": "SQUARE_SECRET",
    "StripeDetector": "STRIPE_KEY",
    "TwilioKeyDetector": "TWILIO_KEY",
}
# Dropped (see bench/secrets_noise.py): the entropy plugins and KeywordDetector fire on schema text, and
# KeywordDetector accepts any value after a keyword ("changeme"); _password() below replaces it.
# PrivateKeyDetector misses a bare PEM header and reads the file its `filename` names; _PEM replaces it.
_DROPPED = ("Base64HighEntropyString", "HexHighEntropyString", "KeywordDetector", "PrivateKeyDetector")
DEFAULT_PLUGINS: tuple[str, ...] = tuple(n for n in ALL_PLUGINS if n not in (*_DROPPED, "GitHubTokenDetector"))

# A NUL byte makes a path that cannot exist, so no plugin can open a real file by it.
_FILENAME = "\0phiscan.json"


@dataclass(frozen=True, slots=True)
class _Named:
    """A declarative detector: one regex (group 1 is the secret, else the whole match)."""

    entity: str
    recognizer: str
    regex: re.Pattern[str]
    score: float = 1.0
    check: Callable[[str], bool] | None = None  # the secret's own validity (group 1, else the match)


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


_B = r"(?<![A-Za-z0-9_-])"  # token start: no key character immediately before
_E = r"(?![A-Za-z0-9_-])"
_PEM = r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
_PEM_END = _PEM.replace("BEGIN", "END")


_NAMED: tuple[_Named, ...] = (
    _Named("ANTHROPIC_API_KEY", "AnthropicKeyDetector", _rx(_B + r"sk-ant-(?:api|admin)\d\d-[\w-]{32,}")),
    _Named("OPENAI_API_KEY", "OpenAIKeyDetector", _rx(_B + r"sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}")),
    _Named("OPENAI_API_KEY", "OpenAIKeyDetector", _rx(_B + r"sk-[A-Za-z0-9]{48}" + _E)),
    # The fork's GitHubTokenDetector yields only the `ghp` prefix (a capturing group), and its
    # NpmDetector an empty string for `npm_` tokens, so both formats are matched here.
    _Named("GITHUB_TOKEN", "GitHubTokenRegexDetector", _rx(_B + r"gh[pousr]_[A-Za-z0-9]{36}" + _E)),
    _Named("GITHUB_TOKEN", "GitHubTokenRegexDetector", _rx(_B + r"github_pat_[A-Za-z0-9_]{60,}")),
    _Named("NPM_TOKEN", "NpmTokenRegexDetector", _rx(_B + r"npm_[A-Za-z0-9]{36}" + _E)),
    _Named("GITLAB_TOKEN", "GitLabTokenDetector", _rx(_B + r"glpat-[A-Za-z0-9_.-]{20,}")),
    _Named("PYPI_TOKEN", "PyPITokenDetector", _rx(_B + r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}")),
    _Named("GOOGLE_API_KEY", "GoogleApiKeyDetector", _rx(_B + r"AIza[0-9A-Za-z_-]{35}" + _E)),
    _Named("PRIVATE_KEY", "PemPrivateKeyDetector", _rx(_PEM + r"[\s\w+/=:,-]*?" + _PEM_END)),
    # A bare header proves less (documentation quotes it), hence the lower score.
    _Named("PRIVATE_KEY", "PemPrivateKeyDetector", _rx(_PEM), score=0.6),
    # Prefixes providers document for their keys, which gitleaks' rules do not cover (or only after the
    # provider's name): Stripe webhook signing secrets, Groq and Replicate API keys, and Airtable personal
    # access tokens (gitleaks' `airtable-personnal-access-token` pattern, there only after "airtable")
    _Named("PROVIDER_TOKEN", "StripeWebhookSecretDetector", _rx(_B + r"whsec_[A-Za-z0-9+/]{32,}={0,2}" + _E)),
    _Named("PROVIDER_TOKEN", "GroqKeyDetector", _rx(_B + r"gsk_[A-Za-z0-9]{52}" + _E)),
    _Named("PROVIDER_TOKEN", "ReplicateTokenDetector", _rx(_B + r"r8_[A-Za-z0-9]{37}" + _E)),
    _Named("PROVIDER_TOKEN", "AirtableTokenDetector", _rx(r"\b(pat[0-9A-Za-z]{14}\.[a-f0-9]{64})\b")),
    # Google's OAuth client secrets carry this prefix since 2021; Discord webhook URLs carry their token
    _Named("GOOGLE_OAUTH_SECRET", "GoogleOAuthSecretDetector", _rx(_B + r"GOCSPX-[A-Za-z0-9_-]{28}" + _E)),
    _Named(
        "DISCORD_WEBHOOK",
        "DiscordWebhookDetector",
        _rx(
            r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/(?:v\d+/)?webhooks/\d{17,20}/([A-Za-z0-9_-]{60,68})"
            + _E
        ),
    ),
    # RFC 6750: a bearer token, when it is machine-made (a JWT is the JWT detector's)
    _Named(
        "BEARER_TOKEN",
        "BearerTokenDetector",
        _rx(r"\bBearer\s+([A-Za-z0-9._~+/-]{20,}=*)(?![A-Za-z0-9._~+/=-])"),
        check=is_machine_bearer,
    ),
    # An Azure shared access signature: a dated `sv=` version, then its `sig=`
    _Named(
        "AZURE_SAS_TOKEN",
        "AzureSasDetector",
        _rx(r"\bsv=\d{4}-\d\d-\d\d&[^\s\"'<>]*?\bsig=([A-Za-z0-9%+/]{30,}(?:=|%3D){0,2})"),
    ),
    # RFC 7617: `Basic ` and base64 of `user:password`
    _Named(
        "HTTP_BASIC_CREDENTIALS",
        "BasicCredentialsDetector",
        _rx(r"\b(?i:basic) ([A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])"),  # the scheme in any case
        check=is_basic_credentials,
    ),
    _Named(
        "CONNECTION_STRING_PASSWORD",
        "ConnectionStringDetector",
        _rx(
            r"\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|"
            r"oracle|cockroachdb|clickhouse)(?:\+\w+)?://[^\s:/@]*:([^\s@/]+)@[^\s/@]+",
            re.IGNORECASE,
        ),
    ),
    # Oracle's thin driver writes the login before the host without `//`: `jdbc:oracle:thin:user/password@host`
    _Named(
        "CONNECTION_STRING_PASSWORD",
        "OracleThinDetector",
        _rx(r"\bjdbc:oracle:thin:[^\s/@:]+/([^\s@/]+)@[^\s/@]+", re.IGNORECASE),
    ),
)


def _may_hold_secret(text: str) -> bool:
    """Cheap gate: a secret needs a long token with a digit or mixed case, a PEM or a URL login."""
    if len(text) < 8:
        return False
    if "-----BEGIN" in text or ("://" in text and "@" in text):
        return True
    for tok in text.split():
        if len(tok) < 8:
            continue
        if any(c.isdigit() for c in tok):
            return True
        if not tok.islower() and not tok.isupper() and (len(tok) >= 16 or not tok.isalpha()):
            return True
    return False


def _spans(text: str, secret: str) -> Iterator[tuple[int, int]]:
    """Every place `secret` (as a plugin saw it, maybe JSON-escaped) occurs in `text`."""
    # Some plugins' matches carry the quote or `=` around the value, or (JWT) a full stop.
    needle = secret.strip(" \t\"'=:").rstrip(".,;")
    if needle not in text:
        try:
            needle = json.loads('"' + needle + '"')
        except ValueError:
            return
    start = text.find(needle)
    while needle and start != -1:
        yield start, start + len(needle)
        start = text.find(needle, start + len(needle))


class SecretDetector:
    """Finds credentials in single strings.  Build once, share; thread-safe.

    `plugins` names the detect-secrets plugins to run (default `DEFAULT_PLUGINS`); the
    named detectors in this module always run.  The plugins are loaded by `load()`, or by
    the first `detect` that needs them (detect-secrets' global settings are touched then,
    inside `transient_settings`, and never after).  Nothing here touches the network or disk.
    """

    def __init__(self, plugins: Iterable[str] = DEFAULT_PLUGINS) -> None:
        self._names = list(plugins)
        unknown = sorted(set(self._names) - set(ALL_PLUGINS))
        if unknown:
            raise ValueError(f"unknown detect-secrets plugins {unknown}; choose from {sorted(ALL_PLUGINS)}")
        self._plugins: list[Any] | None = None  # built on the first text worth showing them
        self._lock = threading.Lock()

    def wants_plugins(self, text: str) -> bool:
        """Would `detect(text)` run the detect-secrets plugins (and so load them first)?"""
        return _may_hold_secret(text)

    def load(self) -> None:
        """Load the detect-secrets plugins now, raising if detect-secrets cannot provide them."""
        self._loaded_plugins()

    def _loaded_plugins(self) -> list[Any]:
        with self._lock:
            if self._plugins is None:
                from detect_secrets.settings import get_plugins, transient_settings

                # Only the plugin list is read from settings; the filters (verification among them)
                # are never consulted because we disable `verify` on each instance below.
                with transient_settings({"plugins_used": [{"name": n} for n in self._names]}):
                    plugins = list(get_plugins())
                for plugin in plugins:
                    # analyze_line verifies a match online when the global settings ask for it;
                    # an instance attribute shadows the method so that can never happen here.
                    plugin.verify = _never_verify
                self._plugins = plugins
            return self._plugins

    def detect(self, text: str, key: str = "", name: str = "", member: str = "") -> list[Detection]:
        """Secrets inside `text`; `key` is the nearest property name, or its title or description when it has one
        (keyword detectors use it), `name` then the property name, and `member` the key of the default's or
        example's object member the text is, which labels a provider's token only."""
        # Before the screen: a provider rule runs only on its keywords, which the screen does not know.
        providers = provider_secrets(text, skip=_is_placeholder, labels=(member, name, key))
        if not providers and not _may_hold_secret(text):
            return []
        found: list[Detection] = []
        for named in _NAMED:
            for m in named.regex.finditer(text):
                group = 1 if named.regex.groups and m.group(1) else 0
                if not _is_placeholder(m.group(group)) and (named.check is None or named.check(m.group(group))):
                    start, end = m.span(group)
                    found.append(Detection(named.entity, start, end, named.score, named.recognizer))
        # A plugin keeps its recognizer where a provider rule finds the same token; heuristic ones (0.5) yield.
        plugins = list(self._run_plugins(text, key))
        found.extend(d for d in plugins if d.score >= 1.0)
        found.extend(providers)
        found.extend(d for d in plugins if d.score < 1.0)
        found.extend(passwords(text, key, name))  # last: a named format wins the overlap
        return _dedupe(found)

    def _run_plugins(self, text: str, key: str) -> Iterator[Detection]:
        from detect_secrets.util.inject import call_function_with_arguments

        line = json.dumps(key or "value") + ": " + json.dumps(text)
        for plugin in self._loaded_plugins():
            name = type(plugin).__name__
            hits = call_function_with_arguments(
                plugin.analyze_line, filename=_FILENAME, line=line, line_number=0, enable_eager_search=False
            )
            for hit in hits:
                secret = str(hit.secret_value or "")
                if _is_placeholder(secret):
                    continue
                score = 0.5 if "HighEntropy" in name or name == "KeywordDetector" else 1.0
                for start, end in _spans(text, secret):
                    yield Detection(ALL_PLUGINS[name], start, end, score, name)


def _never_verify(*_args: Any, **_kwargs: Any) -> Any:
    from detect_secrets.constants import VerifiedResult

    return VerifiedResult.UNVERIFIED


def _dedupe(found: list[Detection]) -> list[Detection]:
    """Keep one detection per secret: the first-listed detector wins an overlap."""
    kept: list[Detection] = []
    for d in found:
        if all(d.end <= k.start or d.start >= k.end for k in kept):
            kept.append(d)
    return sorted(kept, key=lambda d: (d.start, d.end))
