"""Labels read from wider public sources (Firefox's and Thunderbird's form labels in every locale they ship), a data
dictionary's letter after a key's head (`ZIP9_R`), a secret named by its property when a description sits above it;
and public schemas' words that are nobody's data: a timestamp or an id under a description that mentions a token, a
font's name, software named as a person is, an IPv6 address outside the unicast block, a MAC whose octets count.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

from phiscan.detect.analyzer import Analyzer
from phiscan.detect.specs import mac_ok, public_ip_ok
from phiscan.detect.vocabulary import cues_in, normal_words


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Co-là breith", "DATE_OF_BIRTH"),  # Scottish Gaelic, Thunderbird's birthday
        ("Jierdei", "DATE_OF_BIRTH"),  # Frisian
        ("Di da naschientscha", "DATE_OF_BIRTH"),  # Romansh
        ("Còd-puist", "ZIP_CODE"),  # Scottish Gaelic, Firefox's postal code
        ("Codice postal", "ZIP_CODE"),  # Interlingua
        ("Caird Nummer", "ACCOUNT_NUMBER"),  # Scots, Firefox's card number
        ("Pellgomz", "PHONE_NUMBER"),  # Breton
        ("ZIP9_R", "ZIP_CODE"),  # NCHS's residence ZIP+4: the letter says whose, the head is still the ZIP
        ("dob_m", "DATE_OF_BIRTH"),
    ],
)
def test_these_labels_name_their_category(text: str, category: str) -> None:
    assert category in cues_in(normal_words(text), head=" " not in text)


@pytest.mark.parametrize("text", ["zip_size", "zip_count_r", "birth_weight_g", "Strada"])
def test_these_words_name_no_category(text: str) -> None:
    """A letter after a key's head leaves the head as it was (`zip_count_r` counts); a street's word (Romanian
    `Strada`, Thunderbird's street) is a word inside an address, no label."""
    assert cues_in(normal_words(text), head=True) == {}


def test_a_residence_zip_plus_four_under_its_dictionarys_name_is_found(analyzer: Analyzer) -> None:
    assert _found(_value("const", "021394301", key="ZIP9_R"), analyzer, "/properties/ZIP9_R/const") == {"ZIP_CODE"}


def _described(key: str, description: str, value: str) -> dict[str, Any]:
    return {"type": "object", "properties": {key: {"type": "string", "description": description, "examples": [value]}}}


@pytest.mark.parametrize(
    ("key", "description", "value"),
    [
        ("client_secret", "Used to authenticate the app", "hOzsTeFlT6ko0dme22uGbQa1"),  # the name says secret
        ("password", "Must be at least 8 characters", "Vq7!rT2#mL9x"),
        ("value", "The access token to revoke.", "n22JPxrh18m4Y0wIZPIqYZK7VRrsMTWW"),  # the description's head
    ],
)
def test_a_secret_named_by_its_property_or_its_descriptions_head_is_found(
    analyzer: Analyzer, key: str, description: str, value: str
) -> None:
    found = _found(_described(key, description, value), analyzer, f"/properties/{key}/examples/0")
    assert found & {"PASSWORD", "HIGH_ENTROPY_SECRET"}


@pytest.mark.parametrize(
    ("key", "description", "value"),
    [
        ("created", "Timestamp when the token was created", "2022-08-25T00:31:00.000Z"),
        ("id", "ID of the token", "ykkwcx13nrDq8g4oy0g3"),
        ("client_id", "The client ID of the app requesting to revoke an access token.", "ly1nj6n11vionaie65emwzk5"),
    ],
)
def test_a_value_whose_description_only_mentions_a_token_is_no_secret(
    analyzer: Analyzer, key: str, description: str, value: str
) -> None:
    assert _found(_described(key, description, value), analyzer, f"/properties/{key}/examples/0") == set()


@pytest.mark.parametrize(
    ("doc", "pointer"),
    [
        (
            _value("enum", ["Arial", "Arial Black", "Times New Roman"], key="FontFamily"),
            "/properties/FontFamily/enum/1",
        ),
        (_value("enum", ["Gill Sans", "Segoe UI"], key="font_name"), "/properties/font_name/enum/0"),
        (_value("title", "Aurora Agile Meta Framework"), "/properties/ref/title"),
        (_value("description", "Built on the Ellison Marsh SDK."), "/properties/ref/description"),
    ],
)
def test_a_fonts_or_a_softwares_name_is_no_ones(analyzer: Analyzer, doc: dict[str, Any], pointer: str) -> None:
    assert _found(doc, analyzer, pointer) == set()


def test_a_name_under_a_persons_key_beside_fonts_is_still_found(analyzer: Analyzer) -> None:
    doc = _value("enum", ["Maria Gonzalez", "Arial Black"], key="patient_name")
    assert _found(doc, analyzer, "/properties/patient_name/enum/0") == {"PERSON"}


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("1234::abcd", False),  # unassigned: IPv6 hosts are numbered from 2000::/3
        ("3fff:0:1::25", False),  # RFC 9637's documentation block
        ("2001:db8::7", False),
        ("2a03:2880:f12f:83:face:b00c:0:25de", True),
        ("2600:1f18:4c21::5", True),
    ],
)
def test_an_ipv6_address_is_a_hosts_only_in_the_global_unicast_block(address: str, public: bool) -> None:
    assert public_ip_ok(address) is public


@pytest.mark.parametrize(
    ("mac", "device"),
    [
        ("AA:BB:CC:DD:EE:FF", False),  # octets that count, in either case
        ("aa:bb:cc:dd:ee:ff", False),
        ("00:11:22:33:44:55", False),
        ("3c:22:fb:7a:19:e4", True),
    ],
)
def test_a_mac_whose_octets_count_is_written_to_show_the_format(mac: str, device: bool) -> None:
    assert mac_ok(mac) is device


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("SSN: 412 - 38 - 9021", "US_SSN"),  # separators spaced, as typed into a form, under a cue
        ("DOB: 12 / 03 / 1984", "DATE_OF_BIRTH"),
        ("Date of birth 1984 - 03 - 12", "DATE_OF_BIRTH"),
    ],
)
def test_a_value_typed_with_spaced_separators_under_its_cue_is_found(
    analyzer: Analyzer, text: str, entity: str
) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == {entity}


@pytest.mark.parametrize("text", ["Range 100 - 20 - 3000 steps", "Build 12 / 03 / 1984 shipped"])
def test_spaced_numbers_without_a_cue_are_no_ones(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()
