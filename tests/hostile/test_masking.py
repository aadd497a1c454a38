"""Masking on hostile text: other scripts, combining marks, emoji sequences, lone surrogates, other
digits; secrets shown as a known prefix and a length only, in the library and in every report format."""

from __future__ import annotations

import json
import random
import string
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from phiscan.masking import mask, mask_secret

from .conftest import run_cli

# ------------------------------------------------------------------ grapheme clusters, not code points


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        # Thai: a vowel sign (SARA II, a mark) belongs to the consonant before it
        ("สมชาย ใจดี", "ส**** ใ**"),
        # Tamil: vowel signs and the virama (pulli) are marks, each cluster is one star
        ("முருகன்", "மு***"),
        # Vietnamese, composed and decomposed: the same clusters, the same mask
        ("Nguyễn Thị Minh Khai", "N***** T** M*** K***"),
        (unicodedata.normalize("NFD", "Nguyễn Thị Minh Khai"), "N***** T** M*** K***"),
        # Hangul written as conjoining jamo: one syllable, one cluster
        (unicodedata.normalize("NFD", "김민준"), unicodedata.normalize("NFD", "김") + "**"),
    ],
)
def test_each_grapheme_cluster_is_one_star(value: str, masked: str) -> None:
    assert mask(value) == masked


def test_devanagari_shows_the_first_cluster_of_each_word_and_nothing_else() -> None:
    out = mask("राहुल शर्मा")
    # code-point masking kept every vowel sign and virama and restarted the word after each: "राहुल श*्मा"
    assert out != "राहुल श*्मा"
    # `र्मा` is one cluster under Unicode 15.1's conjunct rule (GB9c), three before it
    assert out in {"रा** श*", "रा** श**"}
    assert out.replace("*", "").split() == ["रा", "श"]


def test_decomposed_text_never_shows_more_than_composed_text() -> None:
    # the code-point rule showed the letter after a combining mark: `Nguye\u0302\u0303n` -> `N****\u0302\u0303n`
    decomposed = unicodedata.normalize("NFD", "Nguyễn")
    assert mask(decomposed) == "N*****"
    assert not any(unicodedata.category(ch).startswith("M") for ch in mask(decomposed))


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("👩\u200d⚕️ Maria", "* M****"),  # a ZWJ sequence (woman, ZWJ, staff of Aesculapius, VS16) is one star
        ("Maria👩\u200d⚕️", "M*****"),  # ... and is part of the word it touches
        ("Ana 👨\u200d👩\u200d👧", "A** *"),  # a family: one cluster of five code points
        ("🇺🇸", "*"),  # a flag says a nationality
        ("👍🏽", "*"),  # a skin-tone modifier says a complexion
        ("1️⃣", "*"),  # a keycap is a digit
    ],
)
def test_emoji_sequences_are_content_masked_whole(value: str, masked: str) -> None:
    assert mask(value) == masked


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("०७८-०५-११२१", "***-**-****"),  # Devanagari
        ("\u0660\u0667\u0668-\u0660\u0665-\u0661\u0661\u0662\u0661", "***-**-****"),  # Arabic-Indic
        ("๐๗๘-๐๕-๑๑๒๑", "***-**-****"),  # Thai
        ("০৭৮-০৫-১১২১", "***-**-****"),  # Bengali
        ("\uff10\uff17\uff18\uff0d\uff10\uff15", "***\uff0d**"),  # fullwidth digits, fullwidth hyphen kept
        ("\U0001d7ce\U0001d7d5\U0001d7d6", "***"),  # mathematical bold digits
        ("x²", "x*"),  # superscript
        ("Rahul\u0663Sharma", "R*****S*****"),  # an Arabic-Indic digit inside a word: hidden, the word restarts
    ],
)
def test_digits_of_every_script_are_hidden(value: str, masked: str) -> None:
    assert mask(value) == masked


def test_numerals_that_are_letters_stay_part_of_the_word() -> None:
    assert mask("王一博") == "王**"  # `一` is a letter with a numeric value: hiding it as a digit would show `博`


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("\ud800", "*"),
        ("\udfff", "*"),
        ("a\ud800b", "a**"),
        ("\ud83d-078", "*-***"),  # half an emoji
        ("078\udc00-05", "****-**"),
        ("Maria\ud800", "M*****"),  # inside a word: one more star
    ],
)
def test_lone_surrogates_are_one_hidden_cluster(value: str, masked: str) -> None:
    assert mask(value) == masked


@pytest.mark.parametrize(
    "value",
    [
        "\U000e0053\U000e0053\U000e004e",  # Unicode tag characters: invisible ASCII ("SSN")
        "a\u202eb",  # a bidi override
        "\u200b078",  # a zero-width space before a digit
        "\ue000\ue001",  # private use
        "A\u1acf",  # a mark newer than this Python's Unicode tables, joined to its letter by `regex`
    ],
)
def test_invisible_and_private_characters_are_never_shown(value: str) -> None:
    out = mask(value)
    assert all(ch == "*" or (ch.isascii() and ch.isalpha()) for ch in out), repr(out)


any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=60)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_masking_never_raises_and_never_shows_a_digit_or_a_surrogate(value: str) -> None:
    out = mask(value)
    assert not any(ch.isnumeric() and not ch.isalpha() for ch in out)
    assert not any(unicodedata.category(ch) in ("Cs", "Co", "Cn") for ch in out)
    assert set(out) - {"*"} <= set(value)  # nothing is shown that was not there


# clusters that do not join one another (no linker at their ends)
_CLUSTERS = ["रा", "हु", "ल", "र्मा", "ดี", "மு", "ன்", "ễ", unicodedata.normalize("NFD", "ễ"), "👩\u200d⚕️", "a", "Ж"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_CLUSTERS), min_size=1, max_size=12))
def test_a_word_shows_at_most_its_first_cluster_and_one_star_for_each_other(clusters: list[str]) -> None:
    first = clusters[0] if clusters[0][0].isalpha() else "*"
    assert mask("".join(clusters)) == first + "*" * (len(clusters) - 1)


# ------------------------------------------------------------------ secrets: prefix and length only

_RNG = random.Random(20261212)
_ALNUM = string.ascii_letters + string.digits


def _rand(n: int, alphabet: str = _ALNUM) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


SECRETS = [
    ("sk-ant-api03-", _rand(93, _ALNUM + "_-") + "AA"),  # Anthropic
    ("sk-ant-admin01-", _rand(93, _ALNUM + "_-") + "AA"),
    ("sk-proj-", _rand(120, _ALNUM + "_-")),  # OpenAI project key: not shown as the shorter `sk-`
    ("sk-", _rand(48)),  # OpenAI legacy
    ("ghp_", _rand(36)),  # GitHub classic
    ("github_pat_", f"{_rand(22)}_{_rand(59)}"),
    ("glpat-", _rand(20)),
    ("xoxb-", f"{_rand(12, string.digits)}-{_rand(13, string.digits)}-{_rand(24, string.hexdigits.lower())}"),
    ("AKIA", _rand(16, string.ascii_uppercase + string.digits)),
    ("AIza", _rand(35, _ALNUM + "_-")),
    ("sk_live_", _rand(24)),
    ("SG.", f"{_rand(22)}.{_rand(43)}"),
    ("-----BEGIN", " RSA PRIVATE KEY-----\n" + _rand(64) + "\n-----END RSA PRIVATE KEY-----"),
]


@pytest.mark.parametrize(("prefix", "body"), SECRETS, ids=[p for p, _ in SECRETS])
def test_a_secret_shows_its_known_prefix_and_the_length_of_the_rest(prefix: str, body: str) -> None:
    assert mask_secret(prefix + body) == f"{prefix}…({len(body)} chars)"


@pytest.mark.parametrize(
    "value",
    [
        _rand(40, _ALNUM + "/+"),  # an AWS secret access key has no prefix
        "Winter2025!FZmbyt",  # a password
        "ghp" + _rand(36),  # almost a prefix
        "akia" + _rand(16),  # prefixes are case-sensitive
        "eyJhbGciOiJIUzI1NiJ9." + _rand(30),  # a JWT: its header is not a listed prefix
        "\ud800" + _rand(8),  # a lone surrogate does not break it
        "",
    ],
)
def test_an_unknown_secret_shows_only_its_length(value: str) -> None:
    assert mask_secret(value) == f"…({len(value)} chars)"


# ------------------------------------------------------------------ through the real CLI, every format


def test_reports_show_no_character_of_a_secret(tmp_path: Path, cache_dir: Path) -> None:
    chosen = {p: b for p, b in SECRETS if p in ("xoxb-", "sk-ant-api03-", "ghp_")}
    folder = tmp_path / "schemas"
    folder.mkdir()
    schema = {
        "type": "object",
        "properties": {f"k{i}": {"type": "string", "const": p + b} for i, (p, b) in enumerate(chosen.items())},
    }
    (folder / "keys.json").write_text(json.dumps(schema), encoding="utf-8")
    (tmp_path / ".phiscan.toml").write_text("", encoding="utf-8")
    for fmt in ("json", "sarif", "text", "github"):
        done = run_cli(folder, "--format", fmt, "--no-cache", cache_dir=cache_dir)
        assert done.code == 1, done.stderr
        out = done.stdout + done.stderr
        for prefix, body in chosen.items():
            assert mask(prefix + body) not in out  # the per-letter mask leaked a letter of every run
            assert not [body[i : i + 10] for i in range(len(body) - 9) if body[i : i + 10] in out], fmt
            assert f"{prefix}…({len(body)} chars)" in out, fmt
        if fmt == "json":
            texts = {f["text"] for f in done.json["findings"] if f["kind"] == "secret"}
            assert texts == {f"{p}…({len(b)} chars)" for p, b in chosen.items()}
