"""Provider token formats from gitleaks' maintained rule set (`data/provider_rules.json`, MIT: see
`data/NOTICE-gitleaks.txt`; rebuilt by `scripts/build_provider_rules.py`).

As in gitleaks, a rule runs only when one of its keywords occurs in the lower-cased text.  One regex
over every keyword (a trie, so it costs about one pass) finds which do, so a string without a keyword
costs a `lower()` and one search (about 1 µs for a 15-character string).  A hit is kept when its secret
(the rule's `secretGroup`, else the first non-empty group, else the match) clears the rule's entropy
threshold (Shannon, as gitleaks computes it) and is not allowed by gitleaks' allowlists.  The caller may
pass a test that drops more (`secrets.SecretDetector` passes its placeholder test, so `sk_test_xxxx...`
is no finding); this module imports nothing from `secrets`, which imports it.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import json
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from phiscan.data import data_file
from phiscan.detect.wordtrie import trie_pattern
from phiscan.types import Detection

__all__ = ["PROVIDER_ENTITY", "RECOGNIZER_PREFIX", "SCORE", "credential_label", "entity_for", "provider_secrets"]

PROVIDER_ENTITY = "PROVIDER_TOKEN"
RECOGNIZER_PREFIX = "gitleaks:"  # + the gitleaks rule id: permanent, baselines key on it
SCORE = 0.9  # a named format: at 0.9 it is a strong secret and wins overlaps (policy.overlaps)

# gitleaks rule id (or, ending in "-", id prefix) -> the entity phiscan already has for that provider;
# every other rule reports PROVIDER_ENTITY.  "square-" would also take squarespace-*, hence the full id.
_ENTITIES: dict[str, str] = {
    "anthropic-": "ANTHROPIC_API_KEY",
    "artifactory-": "ARTIFACTORY_TOKEN",
    "aws-": "AWS_ACCESS_KEY",
    "discord-": "DISCORD_TOKEN",
    "gcp-api-key": "GOOGLE_API_KEY",
    "github-": "GITHUB_TOKEN",
    "gitlab-": "GITLAB_TOKEN",
    "jfrog-": "ARTIFACTORY_TOKEN",
    "jwt": "JWT",
    "jwt-": "JWT",
    "mailchimp-": "MAILCHIMP_KEY",
    "npm-": "NPM_TOKEN",
    "openai-": "OPENAI_API_KEY",
    "private-key": "PRIVATE_KEY",
    "pypi-": "PYPI_TOKEN",
    "sendgrid-": "SENDGRID_KEY",
    "slack-": "SLACK_TOKEN",
    "square-access-token": "SQUARE_SECRET",
    "stripe-": "STRIPE_KEY",
    "twilio-": "TWILIO_KEY",
}


def entity_for(rule_id: str) -> str:
    """The entity a detection of gitleaks rule `rule_id` reports."""
    for key, entity in _ENTITIES.items():
        if rule_id == key or (key.endswith("-") and rule_id.startswith(key)):
            return entity
    return PROVIDER_ENTITY


@dataclass(frozen=True, slots=True)
class _Allowlist:
    """gitleaks' allowlist: a hit is allowed when a regex is found in its target or a stopword in its secret."""

    target: str  # "secret", "match" or "line" (a schema string is one line)
    regexes: tuple[re.Pattern[str], ...] = ()
    stopwords: tuple[str, ...] = ()

    def allows(self, secret: str, match: str, line: str) -> bool:
        text = {"match": match, "line": line}.get(self.target, secret)
        if any(rx.search(text) for rx in self.regexes):
            return True
        lowered = secret.lower()
        return any(w in lowered for w in self.stopwords)


@dataclass(frozen=True, slots=True)
class _Rule:
    """One gitleaks rule as phiscan runs it."""

    id: str
    entity: str
    pattern: str  # compiled on first use (`_regex`): most rules never meet their keywords
    secret_group: int
    entropy: float
    allowlists: tuple[_Allowlist, ...]
    runs: tuple[str, ...]  # runs of one character the format itself requires (Dropbox's AAAAAAAAAA)


@dataclass(frozen=True, slots=True)
class _RuleSet:
    """Every rule, and the keyword index that says which of them a string needs."""

    rules: tuple[_Rule, ...]
    keywords: re.Pattern[str]  # the trie of every keyword: the longest one at a position
    rules_for: dict[str, tuple[int, ...]]  # keyword -> the rules with a keyword inside it
    allowlist: _Allowlist  # gitleaks' global allowlist


def _allowlist(raw: dict[str, Any]) -> _Allowlist:
    return _Allowlist(
        raw.get("target", "secret"),
        tuple(re.compile(r, re.ASCII) for r in raw.get("regexes", ())),
        tuple(raw.get("stopwords", ())),
    )


_LITERAL_RUN = re.compile(r"(?<!\\)([A-Za-z0-9])(?:\1{5,}|\{(\d+)\})")


def _required_runs(pattern: str) -> tuple[str, ...]:
    """Runs of six or more of one letter or digit written into `pattern` (`AAAAAAAAAA`, `A{22}`)."""
    runs = []
    for m in _LITERAL_RUN.finditer(pattern):
        if m.group(2) is None:
            runs.append(m.group())
        elif int(m.group(2)) >= 6:
            runs.append(m.group(1) * int(m.group(2)))
    return tuple(runs)


@functools.cache
def _rule_set() -> _RuleSet:
    raw = json.loads(data_file("provider_rules.json").read_text("utf-8"))
    rules = tuple(
        _Rule(
            r["id"],
            entity_for(r["id"]),
            r["regex"],
            int(r.get("secretGroup", 0)),
            float(r.get("entropy", 0.0)),
            tuple(_allowlist(a) for a in r.get("allowlists", ())),
            _required_runs(r["regex"]),
        )
        for r in raw["rules"]
    )
    keywords = {k for r in raw["rules"] for k in r["keywords"]}
    trie = trie_pattern(keywords)
    rules_for = {
        k: tuple(sorted({i for i, r in enumerate(raw["rules"]) for kw in r["keywords"] if kw in k})) for k in keywords
    }
    return _RuleSet(rules, re.compile(trie), rules_for, _allowlist(raw["allowlist"]))


@functools.cache
def _regex(pattern: str) -> re.Pattern[str]:
    # gitleaks ends a token at a quote, a space or `;`: in a schema's prose a sentence's stop may end it too
    pattern = pattern.replace(_TOKEN_END, _TOKEN_END[:-1] + r"|[.,)](?=\s|\Z))")
    # and a sentence joins the provider's word to its token with a verb, where configuration has `=` or `:`
    # (after the credential's own word: `The Adafruit key is ...`, not `Dropbox support is ...`)
    pattern = pattern.replace(_ASSIGNED, _ASSIGNED[:-1] + "|" + _SAID + ")")
    return re.compile(pattern, re.ASCII)  # RE2's \w \d \s \b are ASCII


_TOKEN_END = "(?:[\\x60'\"\\s;]|\\\\[nr]|\\Z)"
_ASSIGNED = "(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,)"  # gitleaks' operators between a keyword and its token
_SAID = (
    "(?:" + "|".join(f"(?<={w} )" for w in ("key", "token", "secret", "password", "credential")) + r")(?:is|was)(?=\s)"
)
_SAID_BEFORE = re.compile(r"(?i)\s(?:is|was)[\s'\"`=]*$")


def _entropy(secret: str) -> float:
    """Shannon entropy in bits per character, as gitleaks computes it (over UTF-8 length)."""
    size = len(secret.encode("utf-8"))
    return -sum(n / size * math.log2(n / size) for n in Counter(secret).values()) if size else 0.0


def _without(secret: str, runs: tuple[str, ...]) -> str:
    for run in runs:
        secret = secret.replace(run, "", 1)
    return secret


def _secret_span(rule: _Rule, m: re.Match[str]) -> tuple[int, int]:
    if rule.secret_group:
        return m.span(rule.secret_group)
    for g in range(1, (m.re.groups or 0) + 1):
        if m.group(g):
            return m.span(g)
    return m.span()


def _wanted(rs: _RuleSet, lowered: str, start: int = 0) -> set[int]:
    """The rules one of whose keywords occurs in `lowered`.

    The trie gives the longest keyword at a position, and every keyword starting there is a prefix of it
    (`rules_for` counts those).  `finditer` resumes after each hit, so the starts inside a hit are tried
    one by one: a keyword is at most a few dozen characters, so this stays linear.
    """
    wanted: set[int] = set()
    for m in rs.keywords.finditer(lowered, start):
        wanted.update(rs.rules_for[m.group()])
        for inner in range(m.start() + 1, m.end()):
            k = rs.keywords.match(lowered, inner)
            if k is not None:
                wanted.update(rs.rules_for[k.group()])
    return wanted


def provider_secrets(
    text: str, skip: Callable[[str], bool] | None = None, labels: tuple[str, ...] = ()
) -> list[Detection]:
    """Provider tokens in `text`, one detection per kept hit (recognizer `gitleaks:<rule id>`), in rule-id
    order (two rules may find one token: the caller settles overlaps); `skip` is a test on the secret that
    drops a hit when true (a placeholder test, say).  `labels` name what `text` is the value of (its property's
    name, a parameter's): a schema writes the provider's word there (`heroku_api_key`), not before the value, so
    where `text` holds no token it is read as gitleaks reads a line of configuration, `label = text`, with the first
    label that names a credential and so yields a token, keeping the tokens it starts with."""
    found = _provider_secrets(text, skip)
    keywords = _rule_set().keywords
    for label in labels:  # the first that names a credential and yields its provider's token
        if found or label == text or not credential_label(label) or keywords.search(label.lower()) is None:
            continue
        at = len(label) + 3
        line = _provider_secrets(f"{label} = {text}", skip)
        found = [
            dataclasses.replace(d, start=d.start - at, end=d.end - at)
            for d in line
            if d.start >= at and not _one_word(text[d.start - at : d.end - at])
        ]
    return found


_LABEL_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# what a property holding a credential is called, its last word (`heroku_api_key`, `linkedinClientSecret`); not an
# id, a mode or a name (`discord_guild_id`, `dropbox_sync_mode`), which hold no secret
_CREDENTIAL_WORDS = frozenset(
    {"key", "token", "secret", "password", "passwd", "pwd", "pat", "credential", "credentials"}
)


def credential_label(label: str) -> bool:
    """Whether `label` names a credential by its last word (`heroku_api_key`; not `discord_guild_id`)."""
    words = _LABEL_WORDS.findall(label)
    return bool(words) and words[-1].lower() in _CREDENTIAL_WORDS


def _one_word(secret: str) -> bool:
    """Letters of one case only, as a word is written (`synchronization`): no token read from a label or a verb."""
    return secret.isalpha() and (secret.islower() or secret.isupper())


def _provider_secrets(text: str, skip: Callable[[str], bool] | None) -> list[Detection]:
    rs = _rule_set()
    lowered = text.lower()
    first = rs.keywords.search(lowered)  # the common case, no keyword, in one call
    if first is None:
        return []
    found = []
    # a token joined into an identifier by `_` (`export_rubygems_6024...`, a tool name) starts a word there: the
    # rules' `\b` would not see it, so the text is read again with that `_` as a space (offsets stay the same);
    # hits of the text as written come first, as the change may also split a token with a keyword inside
    texts = [text]
    if "_" in lowered:
        chars = list(text)
        for m in rs.keywords.finditer(lowered, first.start()):
            if m.start() and chars[m.start() - 1] == "_":
                chars[m.start() - 1] = " "
        if (spaced := "".join(chars)) != text:
            texts.append(spaced)
    for i in sorted(_wanted(rs, lowered, first.start())):
        rule = rs.rules[i]
        kept: list[tuple[int, int]] = []  # the first read's hits, in order: the second may only add others
        for n, read in enumerate(texts):
            starts = [a for a, _ in kept]
            for m in _regex(rule.pattern).finditer(read):
                start, end = _secret_span(rule, m)
                secret = text[start:end]
                if start < 0 or not secret or (n and _overlaps(kept, starts, start, end)):
                    continue
                if rule.entropy and _entropy(secret) <= rule.entropy:
                    continue
                if _one_word(secret) and _SAID_BEFORE.search(read, m.start(), start) is not None:
                    continue  # a sentence's word after `is` (`The API key is required`)
                if skip is not None and skip(_without(secret, rule.runs)):
                    continue  # a run the format requires is no sign of a placeholder's filler
                if rs.allowlist.allows(secret, m.group(), text):
                    continue
                if any(a.allows(secret, m.group(), text) for a in rule.allowlists):
                    continue
                if not n:
                    kept.append((start, end))
                found.append(Detection(rule.entity, start, end, SCORE, RECOGNIZER_PREFIX + rule.id))
    return found


def _overlaps(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of `spans` (apart and in order; `starts` their starts), in log time."""
    i = bisect.bisect_left(starts, end) - 1
    return i >= 0 and spans[i][1] > start
