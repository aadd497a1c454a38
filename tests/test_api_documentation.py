"""What SaaS API documentation writes in its example objects for anyone: fiction's best-known characters, a CSS
font stack, an HTTP status line, an address written to show the format, a tenant's placeholder host, an API's
resource for a user account, a record type's word after `contact`, and a hash before a type's name in a file
name.  None of them is a person's; the real one beside each still is found.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

import phiscan
from phiscan.detect.analyzer import Analyzer


def _at(keyword: str, value: Any, key: str) -> tuple[dict[str, Any], str]:
    pointer = f"/properties/{key}/{keyword}" + ("/0" if isinstance(value, list) else "")
    return _value(keyword, value, key=key), pointer


@pytest.mark.parametrize(
    ("key", "keyword", "value"),
    [
        ("fromName", "examples", ["Luke Skywalker"]),  # fiction, as documentation writes a user
        ("assignee", "default", "Skywalker, Luke"),
        ("link_font", "default", "Helvetica,Arial,sans-serif"),  # a font stack ends in CSS's generic family
        ("heading_font", "examples", ["'Georgia', 'Times New Roman', serif"]),
        ("last_failure_content", "examples", ["500 Server Error\n\nCould not complete the request"]),
        ("body", "examples", ["404 Not Found"]),
        ("body", "examples", ["413 Request Entity Too Large"]),  # RFC 2616's phrase, as servers still print it
        ("body", "examples", ["500 Internal Server Error occurred"]),
        ("ipAddress", "examples", ["45.56.67.78"]),  # octets of neighbouring digits: written to show the form
        ("ipAddress", "examples", ["98.76.54.32"]),
        ("ipAddress", "examples", ["56.45.34.23"]),
        ("email", "examples", ["person3@testdomain.com"]),
        ("html_url", "examples", ["https://subdomain.oncallhub.com/users/PQ7RX2M"]),  # the reader's own tenant
        ("self", "examples", ["https://api.oncallhub.com/users/PK3LM9Q"]),  # an API's resource, not a page
        ("shop_url", "default", "https://yourstore.shopsite.com/users/rgarcia1957"),
    ],
)
def test_documentation_s_stand_ins_are_no_findings(analyzer: Analyzer, key: str, keyword: str, value: Any) -> None:
    doc, pointer = _at(keyword, value, key)
    assert _found(doc, analyzer, pointer) == set()


@pytest.mark.parametrize(
    ("key", "keyword", "value", "entity"),
    [
        ("fromName", "examples", ["Bruce Whitlock"], "PERSON"),
        ("patientName", "const", "Steve Rogers", "PERSON"),  # fiction's, but a name many people carry
        ("note", "description", "font: Helvetica, Arial, sans-serif; Patient: Rosa Garcia", "PERSON"),
        ("ipAddress", "examples", ["54.87.65.43"], "IP_ADDRESS"),  # neighbouring digits that do not climb together
        ("ipAddress", "examples", ["52.63.85.96"], "IP_ADDRESS"),  # nor a step at a time
        ("office", "examples", ["301 Gateway Oaks, Sacramento, CA 95833"], "STREET_ADDRESS"),  # no status's phrase
        ("ipAddress", "examples", ["46.83.226.199"], "IP_ADDRESS"),
        ("profile_url", "examples", ["https://community.oncallhub.com/users/rgarcia1957"], "URL"),
        ("chart_url", "examples", ["https://api.lakeside-clinic.org/patients/8841923"], "URL"),
        ("email", "examples", ["ines.ferreira@samplehealth.com"], "EMAIL_ADDRESS"),
    ],
)
def test_the_real_one_beside_it_is_found(analyzer: Analyzer, key: str, keyword: str, value: Any, entity: str) -> None:
    doc, pointer = _at(keyword, value, key)
    assert _found(doc, analyzer, pointer) == {entity}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("For example a CONTACT field will have the object type ID 0-1.", False),  # a record type's word
        ("The member role will be kept.", False),
        ("Emergency contact: rosa garcia", True),  # a label says a person follows, in any case
        ("Notify contact Rosa Garcia first.", True),
        ("Owner Rose Hill approved it.", True),  # capitalised after the role: dictionary words will do
    ],
)
def test_a_role_that_records_have_too_introduces_a_person_only_as_a_label(
    analyzer: Analyzer, text: str, person: bool
) -> None:
    doc, pointer = _at("description", text, "objectTypeId")
    assert (_found(doc, analyzer, pointer) == {"PERSON"}) is person


@pytest.mark.parametrize(
    ("name", "address"),
    [
        ("feec93.PublicUnifiedEventsFilterBranch.json", False),  # a hash's digits are no house number
        ("1821ba.DatePoint.json", False),
        ("520172.ExternalBookingFormField.json", False),  # nor six digits, a date's or a record's
        ("1200-Elm-Street.json", True),
        ("10250B_Elm_St.json", True),  # a unit's letter is no hash's
        ("1200Elm_St_a1200f.json", True),  # the number stands apart once
        ("address1468WillowBrookRoad.json", True),  # glued to a word, not to a hash
    ],
)
def test_a_street_in_a_file_name_needs_a_house_number(
    analyzer: Analyzer, tmp_path: Path, name: str, address: bool
) -> None:
    (tmp_path / name).write_text('{"type": "object"}', "utf-8")
    report = phiscan.scan_paths([tmp_path], analyzer=analyzer)
    assert ({f.entity for f in report.findings} == {"STREET_ADDRESS"}) is address
