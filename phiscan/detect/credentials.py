"""What a credential looks like on its own: a placeholder, a password, a machine-made token, a key that names
one.  The shapes `phiscan.detect.secrets` asks about a value under a key such as `authToken`."""

from __future__ import annotations

import base64
import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

from phiscan.types import Detection

__all__ = [
    "foreign_password",
    "is_basic_credentials",
    "is_machine_bearer",
    "is_placeholder",
    "is_secret_key",
    "looks_like_password",
    "looks_like_token",
    "passwords",
]

_KEY_KINDS = frozenset({"api", "access", "private", "signing", "encryption", "shared", "master", "client", "auth"})
_KEY_WORDS = frozenset(
    {"password", "passwd", "pass", "pwd", "passphrase", "passcode", "secret", "token", "apikey"}
    | {"credential", "credentials"}
)
# Nouns that, beside a secret's word or as a key's last word, are what a phrase or key names instead (`Token type`,
# `Password hint`, `token_type`, `secret_arn`; `at`, a time's: `password_changed_at`): the value is that, no secret
_OTHER_HEADS = frozenset(
    {"id", "ids", "identifier", "type", "name", "hint", "length", "expiry", "expiration", "timestamp", "time", "date"}
    | {"url", "uri", "endpoint", "format", "field", "count", "policy", "rotation", "prefix", "status", "scope", "arn"}
    | {"scopes", "lifetime", "ttl", "hash", "fingerprint", "header", "location", "path", "file", "version", "owner"}
    | {"label", "at"}
)
_PLACEHOLDER_RE = re.compile(
    r"(?i)x{4}|\*{3}|\.{3}|…|your|example|placeholder|redacted|changeme|dummy|sample|"
    r"\$\{|\{\{|<[^>]*>|%\(|12345678|abcdefgh|(.)\1{5}|passw[o0]rd|p@ss"
)
_SECRET_PLACEHOLDER_WORDS = frozenset(
    {"password", "passwd", "pass", "pwd", "secret", "token", "apikey", "api_key", "changeme"}
    | {"example", "test", "admin", "root", "string", "null", "none", "value", "user", "username"}
)
_REGEX_SYNTAX_RE = re.compile(r"\\[dws]|\[[^\]]*\]|\{\d+(?:,\d*)?\}|^\^|\$$|\(\?")
_TRAILING = ".,;:)]}\"'`"
_SEPARATED = re.compile(r"[-_./+=]")
_TOKEN_RE = re.compile(r"[A-Za-z0-9_\-./+=]+")
_TYPED = re.compile(r"(.)\1\1.*?(.)\2\2")
_UUID_RE = re.compile(r"(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


# Keys providers print in their own documentation for everyone to copy (Stripe's API reference)
_PUBLISHED_KEYS = frozenset({"sk_test_4eC39HqLyjWDarjtT1zdp7dc", "pk_test_TYooMQauvdEDq54NiTphI7jx"})


def is_placeholder(secret: str) -> bool:
    """True for redactions, templates and documentation stand-ins, which are not secrets."""
    s = secret.strip(_TRAILING)
    return (
        len(s) < 4
        or s.lower() in _SECRET_PLACEHOLDER_WORDS
        or s in _PUBLISHED_KEYS
        or _PLACEHOLDER_RE.search(s) is not None
        or "12345678" in "".join(c for c in s if c.isdigit())  # `xoxp-1234-5678-90123`: counting, typed for docs
    )


# a column's type or a call where a password's value would stand (`varchar(64)`, `ReadFile(path)`, `Optional[str]`:
# a name without digits around an identifier or nothing; `Summer(2024)`, `S3cret(12)` are passwords), or a connection
# string's next setting after none (`None;Pooling=true`); a closing bracket may have been cut off with the punctuation
_CODE_VALUE = re.compile(
    r"(?i:n?var(?:char|binary)|char|binary|decimal|numeric|float|int\w*)\(\d+(?:,\s*\d+)?\)?"
    r"|[A-Za-z_][A-Za-z_.]*[(\[](?:[A-Za-z_][\w.]*)?[)\]]?|(?i:none|null|nil|true|false);.*"
)


def looks_like_password(value: str) -> bool:
    """One token of 8-64 characters, three of four classes, not a placeholder, regex or URL."""
    if not 8 <= len(value) <= 64 or is_placeholder(value) or "://" in value or value[0] in "/#":
        return False
    if any(c.isspace() for c in value):
        return False
    if _REGEX_SYNTAX_RE.search(value) or _CODE_VALUE.fullmatch(value):
        return False
    # `_-.` are identifier punctuation (MAX_RETRY_2, v1.2-beta), not a password's symbols.
    classes = (
        any(c.islower() for c in value)
        + any(c.isupper() for c in value)
        + any(c.isdigit() for c in value)
        + any(not c.isalnum() and c not in "_-." for c in value)
    )
    return classes >= 3


def looks_like_token(value: str) -> bool:
    """A machine-made credential (a 32-hex auth token, a base64 key): 20-128 token characters, letters and
    digits, at least 3 bits of entropy a character, with one random run of 16 or more (`prod-db-creds-2024`,
    a secret's name, has none); not a path, a UUID, a placeholder or a run."""
    if not 20 <= len(value) <= 128 or is_placeholder(value) or not _TOKEN_RE.fullmatch(value) or _UUID_RE.match(value):
        return False
    if value[0] in "/." or max(map(len, _SEPARATED.split(value))) < 16:
        return False
    if _TYPED.search(value):
        return False  # runs like `1112` and `aaa` twice: typed by hand for an example, never generated
    counts = Counter(value)
    entropy = -sum(n / len(value) * math.log2(n / len(value)) for n in counts.values())
    return any(c.isdigit() for c in value) and any(c.isalpha() for c in value) and entropy >= 3.0


def is_secret_key(key: str) -> bool:
    """`client_secret`, `apiKey`, `DB_PASSWORD`, `contraseña`, `mot_de_passe`, `密码`: a property name that announces
    a credential."""
    split = [w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", key)]
    words, kind = set(split), split[-2:]  # the head: privateKey, not privateKeyFormat
    if split[-1:] and split[-1] in _OTHER_HEADS:
        return False  # `token_type`, `secret_arn`: the key names that
    if words & _KEY_WORDS or kind[-1:] == ["bearer"] or (kind[-1:] == ["key"] and kind[0] in _KEY_KINDS):
        return True
    return foreign_password(key)


@functools.lru_cache(maxsize=1 << 14)  # asked of every key a value sits under, and keys repeat across a run
def foreign_password(text: str) -> bool:
    """`text` (a key or a label) holds another language's word for a password (`contraseña`, `mot_de_passe`,
    `mật khẩu`, `密码`, `bimilbeonho`): Firefox's translations of its password field (`data/password_words.txt`)."""
    from phiscan.detect.names import fold
    from phiscan.surfaces.identifiers import split_identifier

    words = fold(split_identifier(text).text.lower()).split()
    phrases = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(i + 4, len(words) + 1))}
    if not phrases.isdisjoint(_password_words()[0]):
        return True
    # a script written without spaces holds the word inside a key (`用户密码`, `パスワード変更`), but not at the
    # start of a longer Han word (`密码学`, cryptography)
    folded = fold(text)
    return any(re.search(re.escape(w) + (_NOT_HAN if _HAN.match(w) else ""), folded) for w in _password_words()[1])


_OF = frozenset({"de", "do", "da", "du", "des", "del", "di"})  # `Senha do usuário`, `Mot de passe`


def _latin_password_label(words: list[str]) -> bool:
    """A label in Latin letters whose head is a listed word for a password: the whole label, its last words (`Neues
    Passwort`), or its first word before `de`, `do` ... (`Senha do usuário`); never one that is an English word."""
    from phiscan.detect.names import is_common

    listed = _password_words()[0]
    heads = [" ".join(words[i:]) for i in range(len(words))] + [words[0]] * (len(words) > 1 and words[1] in _OF)
    return any(h in listed and not is_common(h.replace(" ", "")) for h in heads)


@functools.cache
def _password_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words, and those of scripts written without spaces, folded as keys are."""
    from phiscan.data import word_list
    from phiscan.detect.names import fold

    words = word_list("password_words.txt")
    unspaced = (w for w in words if " " not in w and re.search(_UNSPACED, unicodedata.normalize("NFC", w)))
    return words, tuple(fold(w) for w in unspaced)


_HAN, _NOT_HAN = re.compile(r"[\u3400-\u9fff]"), r"(?![\u3400-\u9fff])"
_UNSPACED = r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u1100-\u11ff]"  # Thai, kana, Han, Hangul


def is_machine_bearer(token: str) -> bool:
    """An RFC 6750 bearer token that is machine-made; a JWT is left to the JWT detector."""
    return not token.startswith("eyJ") and looks_like_token(token)


def is_basic_credentials(b64: str) -> bool:
    """RFC 7617: `b64` decodes to printable `user:password`, both present, not a documentation example."""
    try:
        plain = base64.b64decode(b64 + "=" * (-len(b64) % 4), validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return False
    user, colon, password = plain.partition(":")
    return (
        bool(colon and user and password)
        and plain.isprintable()
        and plain.lower().replace(" ", "") != "aladdin:opensesame"  # RFC 2617's and RFC 7617's own example
        and not is_placeholder(password)
        and not re.fullmatch(r"[a-z_]*(?:secret|password|pass|key)[a-z_]*", password)  # client_id:client_secret
    )


# Words that, placed before a value or naming its property, say the value is a credential.
_KEYWORD = (
    r"(?:pass(?:word|wd|phrase|code)?|pwd|secret|api[ _-]?key|apikey|access[ _-]?key|private[ _-]?key(?:[ _-]?id)?|"
    r"token|credentials?)"
)
# A keyword as a word or at the end of a name (`DATADOG_API_KEY=`, `?api_key=`), then its value
_FREE_TEXT_RE = re.compile(
    r"(?i)(?<![A-Za-z0-9])" + _KEYWORD + r"(?![A-Za-z0-9])"
    r"(?:[\"'`]?\s*[:=]\s*|\s+(?:(?:is|was|of|to)\s+)?)"  # "password: X", "API key X", `"key_id": "X"`
    r"[\"'`]?([^\s\"'`]{8,64}?)[.,;:)\]]*(?=[\s\"'`]|$)"  # the value, less closing punctuation
)
_NEXT_PARAMETER = re.compile(r"&[\w.-]+=")
_IN_AN_ARN = re.compile(r"\barn:[\w-]+:[^\s\"'`]*$")  # the keyword inside an Amazon Resource Name
_TEXT_CLAUSE = re.compile(r"[.;:!?,](?:\s|$)|[()]")


@functools.lru_cache(maxsize=1 << 14)  # a description is asked of every value under its property
def names_secret(text: str) -> bool:
    """A title or description that says its value is a credential: a clause whose first phrase holds a secret's word
    (`The access token to revoke`, `Optional. Access token`, `If set, the password sent`, `Value of the API key`),
    not beside a noun the phrase names instead (`Token type`, `Password hint`), not after one (`ID of the token`,
    `The ARN of the secret`, `Number of seconds until the access token expires`), nor in a clause that opens with
    `when` or `if` (`When the token was created`); or another language's password."""
    for clause in _TEXT_CLAUSE.split(text):
        words = re.findall(r"[A-Za-z]+", clause)
        if not words or words[0].lower() in _OPENERS:
            continue
        cut = next((k for k, w in enumerate(words) if k and w.lower() in _PHRASE_ENDS), len(words))
        if cut < len(words) - 1 and words[cut].lower() == "of" and words[cut - 1].lower() in _CONTENTS:
            cut = next((k for k, w in enumerate(words) if k > cut + 1 and w.lower() in _PHRASE_ENDS), len(words))
        for i, word in enumerate(words[:cut]):
            low = word.lower()  # (`always Bearer`: a scheme's name, no secret)
            secret = (
                is_secret_key(f"{words[i - 1]} key")
                if low == "key" and i
                else low not in ("key", "bearer") and is_secret_key(word)
            )
            after = words[i + 1].lower() if i + 1 < len(words) else ""  # (`s`: the key's own identifier)
            if secret and after not in _OTHER_HEADS and after != "s":
                return True
    return foreign_password(text)


_OPENERS = frozenset({"when", "if", "whether", "where", "while", "until", "after", "before", "since", "how", "why"})
# where a clause's first phrase ends (`The ARN | of the secret`, `The KMS key | used to encrypt the secret`)
_PHRASE_ENDS = frozenset(
    {"of", "for", "to", "until", "when", "used", "in", "on", "at", "from", "by", "with", "after", "before", "is", "was"}
    | {"are", "will", "that", "which", "where", "whose", "expires", "must", "should", "can", "may"}
)
_CONTENTS = frozenset({"value", "contents", "content", "string", "text"})  # `Value of the API key`: the key itself


# A label of one to three words in another language that says password (`Passwort:`, `Mot de passe :`, `Senha:`,
# `ପାସୱାର୍ଡ:`, `पासवर्ड =`), then its value
_FOREIGN_LABEL = re.compile(
    r"(?<!\S)((?:[^\s:=\d]{1,40} ){0,2}[^\s:=\d]{1,40})\s*[:=]\s*([^\s\"'`]{8,64}?)[.,;)\]]*(?=\s|$)"
)


def passwords(text: str, key: str = "", name: str = "") -> Iterator[Detection]:
    """Passwords and tokens a key (`authToken`) or a label before them (`password: X`, `ପାସୱାର୍ଡ: X`) names; `key`
    may be the property's title or description (`names_secret`), and `name` is the property's own name."""
    value = text.strip()
    named = (names_secret(key) if " " in key.strip() else is_secret_key(key)) or is_secret_key(name)
    if named and value not in (key, name):  # a value under `authToken`, not the key itself
        start = text.index(value)
        if looks_like_password(value):
            yield Detection("PASSWORD", start, start + len(value), 0.7, "PasswordDetector")
            return
        if looks_like_token(value):
            yield Detection("HIGH_ENTROPY_SECRET", start, start + len(value), 0.7, "TokenDetector")
            return
    said_in_english = set()
    for m in _FREE_TEXT_RE.finditer(text):
        value, start = m.group(1), m.start(1)  # a password may hold `&`; a query's next parameter may follow
        value = _NEXT_PARAMETER.split(value, 1)[0]
        if _IN_AN_ARN.search(text, 0, m.start()):
            continue  # a resource's name in an ARN (`arn:aws:secretsmanager:...:secret:name`), no secret
        if value[:1] in "([":  # read inside brackets: `secret (Secrets Manager ...)` is a bracket's word
            value, start = value[1:], start + 1
        value = value.rstrip(")]")
        if looks_like_password(value):
            said_in_english.add(start)
            yield Detection("PASSWORD", start, start + len(value), 0.7, "PasswordDetector")
        elif looks_like_token(value):  # a 32-hex key after `api_key=`: two classes, but random
            said_in_english.add(start)
            yield Detection("HIGH_ENTROPY_SECRET", start, start + len(value), 0.7, "TokenDetector")
    if ":" not in text and "=" not in text:
        return
    from phiscan.detect.names import fold
    from phiscan.detect.vocabulary import normal_words

    for m in _FOREIGN_LABEL.finditer(text):
        if m.start(2) in said_in_english:
            continue
        label = m.group(1)
        if fold(label).isascii():  # Latin letters: the label's head is the word, and no English word (`parol`, `mima`)
            said = _latin_password_label(fold(label.lower()).split())
        else:
            said = foreign_password(label) or normal_words(label)[-1:] == ("password",)
        if said and looks_like_password(m.group(2)):
            yield Detection("PASSWORD", m.start(2), m.end(2), 0.7, "PasswordDetector")
