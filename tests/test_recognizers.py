"""Values, not vocabulary: what each recognizer must find, given its context, and what it must leave alone."""

from __future__ import annotations

import pytest

import phiscan
from phiscan.detect.analyzer import Analyzer
from phiscan.policy.decide import Policy


def found(analyzer: Analyzer, prop: str, value: str) -> set[str]:
    schema = {"type": "object", "properties": {prop: {"type": "string", "enum": [value]}}}
    report = phiscan.scan_document(schema, analyzer=analyzer, options=phiscan.ScanOptions(policy=Policy()))
    return {f.entity for f in report.findings if f.pointer.endswith("/enum/0")}


@pytest.mark.parametrize(
    ("prop", "value", "entity"),
    [
        ("date_of_birth", "3/12/1984", "DATE_OF_BIRTH"),
        ("date_of_birth", "1984/03/12", "DATE_OF_BIRTH"),
        ("date_of_birth", "12.03.1984", "DATE_OF_BIRTH"),
        ("date_of_birth", "Mar 12 1984", "DATE_OF_BIRTH"),
        ("date_of_birth", "March 12th, 1984", "DATE_OF_BIRTH"),
        ("note", "Born: 1984-03-12", "DATE_OF_BIRTH"),
        ("guardian", "Dr. Maria Gonzalez", "PERSON"),
        ("guardian", "GONZALEZ, MARIA", "PERSON"),
        ("guardian", "José Álvarez", "PERSON"),
        ("guardian", "Мария Иванова", "PERSON"),
        ("note", "MRN: 00482913", "MRN"),
        ("note", "Acct #: 482913570264", "ACCOUNT_NUMBER"),
        ("note", "Member ID: XYZ482913576", "HEALTH_PLAN_ID"),
        ("note", "DL: D4829135", "US_DRIVER_LICENSE"),
        ("note", "SSN 482 91 3576", "US_SSN"),
        ("card", "4532 0187 4419 0365", "CREDIT_CARD"),
        ("device", "00:1A:2B:3C:4D:5E", "MAC_ADDRESS"),
        ("client_ip", "93.184.216.34", "IP_ADDRESS"),
        ("profile", "https://www.linkedin.com/in/maria-gonzalez-12345", "URL"),
        ("contact", "maria.gonzalez@gmail.com", "EMAIL_ADDRESS"),
    ],
)
def test_values_are_found(analyzer: Analyzer, prop: str, value: str, entity: str) -> None:
    assert entity in found(analyzer, prop, value)


@pytest.mark.parametrize(
    ("prop", "value"),
    [
        ("date_of_birth", "YYYY-MM-DD"),
        ("api_version", "2024-10-22"),  # a version date, no birth context
        ("p", "3/12/1984"),  # a bare date is not a date of birth
        ("ssn", "123-45-6789"),  # a textbook fake
        ("ssn", "900-12-3456"),  # the 9xx area is never issued
        ("phone", "(312) 555-0142"),  # 555 numbers are for fiction
        ("client_ip", "8.8.8.8"),  # a public resolver, not a person
        ("client_ip", "192.0.2.10"),  # documentation range
        ("email", "user@example.com"),
        ("email", "support@github.com"),
        ("aws_key", "AKIAIOSFODNN7EXAMPLE"),  # AWS's documented example
        ("guardian", "Living Will"),
        ("guardian", "Patient Name"),
        ("city", "Austin"),
        ("license", "19980720"),  # a YYYYMMDD date, not a licence
        ("url", "https://json-schema.org/draft/2020-12/schema"),
    ],
)
def test_vocabulary_and_placeholders_are_not(analyzer: Analyzer, prop: str, value: str) -> None:
    assert found(analyzer, prop, value) == set()


def in_description(analyzer: Analyzer, text: str) -> set[str]:
    schema = {"type": "object", "properties": {"x": {"type": "string", "description": text}}}
    return {f.entity for f in phiscan.scan_document(schema, analyzer=analyzer).findings}


@pytest.mark.parametrize(
    "text",
    [
        "Use this for John Carter only.",
        "Patient is Jacob Carter, 45.",
        "cc Brandy Berger",
        "Owner: Lisa Wong",
        "Emergency contact Raúl Matías (son).",
    ],
)
def test_names_in_free_text_are_found(analyzer: Analyzer, text: str) -> None:
    assert "PERSON" in in_description(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Set Grace Period to 30.",
        "Click Add Comment to post.",
        "Enable Ruby Settings.",
        "The name of the repository owner.",
        "Opens Visual Studio Code.",
    ],
)
def test_capitalised_vocabulary_in_free_text_is_not_a_name(analyzer: Analyzer, text: str) -> None:
    assert "PERSON" not in in_description(analyzer, text)
