"""Policy: values not vocabulary, masking, severity, overlaps."""

from __future__ import annotations

import hashlib
import hmac

import pytest
from hypothesis import given
from hypothesis import strategies as st

from phiscan import rules
from phiscan.masking import mask, mask_secret
from phiscan.policy.decide import Policy, decide, severity_for
from phiscan.policy.mint import FINGERPRINT_KEY, finding, fingerprint
from phiscan.types import Detection, Exposure, FindingKind, Role, Severity, Surface


def surface(role: Role = Role.ENUM, exposure: Exposure = Exposure.SCHEMA_CACHE) -> Surface:
    return Surface("f.json", "/p", role, exposure, "raw")


def det(entity: str, matched: str, score: float = 0.9, start: int = 0) -> Detection:
    return Detection(entity, start, start + len(matched), score, "test", matched)


@pytest.mark.parametrize(
    ("value", "masked"),
    [("Maria Gonzalez", "M**** G*******"), ("078-05-1121", "***-**-****"), ("jcox48@msn.com", "j*****@m**.c**")],
)
def test_masking_keeps_shape_and_hides_content(value: str, masked: str) -> None:
    assert mask(value) == masked


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("maria.gonzalez@gmail.com", "m****.g*******@g****.c**"),
        ("(555) 123-4567", "(***) ***-****"),
        ("a1b\tC_d$e+f~g|h\r\ni^j", "a*b\tC_d$e+f~g|h\r\ni^j"),
        ("José Müller", "J*** M*****"),
    ],
)
def test_masking_of_ascii_and_composed_latin_is_unchanged(value: str, masked: str) -> None:
    assert mask(value) == masked


def _code_point_mask(value: str) -> str:
    """The rule before masking worked on grapheme clusters; for ASCII the two must agree exactly."""
    out, prev_alpha = [], False
    for ch in value:
        out.append("*" if ch.isdigit() or (ch.isalpha() and prev_alpha) else ch)
        prev_alpha = ch.isalpha()
    return "".join(out)


@given(st.text(st.characters(max_codepoint=127)))
def test_masking_of_ascii_is_the_code_point_rule(value: str) -> None:
    assert mask(value) == _code_point_mask(value)  # golden outputs and fingerprints depend on it


def _mint(entity: str, value: str, shown: str | None = None) -> tuple[str, str]:
    f = finding(
        rules.for_entity(entity),
        path="f.json",
        pointer="/p",
        surface=Role.CONST,
        entity=entity,
        severity=Severity.HIGH,
        score=1.0,
        exposure=Exposure.SCHEMA_CACHE,
        message="m",
        value=value,
        shown=shown,
    )
    return f.text, f.fingerprint


def test_a_secret_finding_shows_its_known_prefix_and_length_only() -> None:
    token = "xoxb-123456789012-1234567890123-" + "a0b1c2d3e4f5a6b7c8d9e0f1"
    assert rules.for_entity("SLACK_TOKEN").kind is FindingKind.SECRET
    text, _ = _mint("SLACK_TOKEN", token)
    assert text == "xoxb-…(51 chars)" == mask_secret(token)
    assert text != mask(token)  # the per-letter mask showed `x***-…-a*b*c*d*e*f*…`: letters of the token
    aws_secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    assert _mint("HIGH_ENTROPY_SECRET", aws_secret)[0] == "…(40 chars)"
    assert _mint("SLACK_TOKEN", token, shown="given")[0] == "given"  # an explicit `shown` still wins
    assert _mint("US_SSN", "078-05-1121")[0] == "***-**-****"  # PHI keeps the shape-preserving mask


def test_a_secret_fingerprint_still_covers_the_masked_value() -> None:
    # fingerprints key code-scanning alerts and baselines: the secret display change must not move them
    token = "ghp_" + "aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dF3hJ5"
    _, fp = _mint("GITHUB_TOKEN", token)
    rule = rules.for_entity("GITHUB_TOKEN").id
    msg = "\x1f".join((rule, "f.json", "/p", mask(token))).encode()
    assert (
        fp
        == fingerprint(rule, "f.json", "/p", token)
        == hmac.new(FINGERPRINT_KEY, msg, hashlib.sha256).hexdigest()[:32]
    )


@pytest.mark.parametrize(
    ("role", "exposure", "severity"),
    [
        (Role.ENUM, Exposure.SCHEMA_CACHE, Severity.HIGH),
        (Role.PROPERTY_NAME, Exposure.SCHEMA_CACHE, Severity.HIGH),
        (Role.TOOL_NAME, Exposure.SCHEMA_CACHE, Severity.HIGH),
        (Role.DESCRIPTION, Exposure.SCHEMA_CACHE, Severity.MEDIUM),
        (Role.FILE_NAME, Exposure.FILE_NAME, Severity.MEDIUM),
        (Role.ENUM, Exposure.PROMPT, Severity.LOW),
    ],
)
def test_severity_follows_role_and_exposure(role: Role, exposure: Exposure, severity: Severity) -> None:
    assert severity_for(role, exposure) is severity


@pytest.mark.parametrize(
    ("entity", "value"),
    [
        ("EMAIL_ADDRESS", "user@example.com"),
        ("EMAIL_ADDRESS", "jane.doe@gmail.com"),
        ("EMAIL_ADDRESS", "support@github.com"),
        ("US_SSN", "XXX-XX-XXXX"),
        ("PERSON", "John Doe"),
        ("PERSON", "June"),
        ("MRN", "MRN-XXXXXXX"),
        ("LOCATION", "Austin"),
    ],
)
def test_placeholders_and_vocabulary_are_not_findings(entity: str, value: str) -> None:
    assert decide(surface(), [[det(entity, value)]], Policy()) == []


def test_low_scores_are_dropped() -> None:
    assert decide(surface(), [[det("MRN", "005426839", score=0.2)]], Policy()) == []
    assert decide(surface(), [[det("MRN", "005426839", score=0.2)]], Policy(min_score=0.1))


def test_the_outer_identifier_wins_over_what_it_contains() -> None:
    found = decide(
        surface(),
        [[det("EMAIL_ADDRESS", "maria.gonzalez@gmail.com", 0.8), det("PERSON", "maria.gonzalez", 0.85)]],
        Policy(),
    )
    assert [f.entity for f in found] == ["EMAIL_ADDRESS"]


def test_views_of_one_surface_yield_one_finding_per_value() -> None:
    found = decide(
        surface(Role.PROPERTY_NAME), [[det("US_SSN", "107_41_0202")], [det("US_SSN", "107-41-0202")]], Policy()
    )
    assert len(found) == 1


def test_findings_carry_no_raw_value_unless_asked() -> None:
    (f,) = decide(surface(), [[det("US_SSN", "078-05-1122")]], Policy())
    assert f.value is None and "078" not in f.text + f.message + f.fingerprint
    (g,) = decide(surface(), [[det("US_SSN", "078-05-1122")]], Policy(show_values=True))
    assert g.value == "078-05-1122"
    assert f.fingerprint == fingerprint("phi-ssn", "f.json", "/p", "078-05-1122")


def test_fingerprints_cannot_be_brute_forced_back_to_a_value() -> None:
    # the hash sees only the masked value, so enumerating all SSNs leads nowhere
    assert fingerprint("phi-ssn", "f.json", "/p", "078-05-1122") == fingerprint(
        "phi-ssn", "f.json", "/p", "219-09-9999"
    )
    assert fingerprint("phi-ssn", "f.json", "/p", "078-05-1122") != fingerprint(
        "phi-ssn", "f.json", "/q", "078-05-1122"
    )
