"""Policy: values not vocabulary, masking, severity, overlaps."""

from __future__ import annotations

import pytest

from phiscan.masking import mask
from phiscan.policy.decide import Policy, decide, severity_for
from phiscan.policy.mint import fingerprint
from phiscan.types import Detection, Exposure, Role, Severity, Surface


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
