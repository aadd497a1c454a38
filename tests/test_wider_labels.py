"""Labels read from wider public sources (Firefox's and Thunderbird's form labels in every locale they ship), a data
dictionary's letter after a key's head (`ZIP9_R`), a secret named by its property when a description sits above it,
or by a clause of the description; and public schemas' words that are nobody's data: a timestamp or an id under a
description that mentions a token, a font's name, software named as a person is, an IPv6 address outside the unicast
block, a MAC whose octets count.

Values here are made up for these tests and are not in any labelled set; the false positives' shapes come from public
API specifications.
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
        ("Còd-puist", "ZIP_CODE"),  # Scottish Gaelic, Firefox's postal code
        ("Caird Nummer", "ACCOUNT_NUMBER"),  # Scots, Firefox's card number
        ("Pellgomz", "PHONE_NUMBER"),  # Breton
        ("ZIP9_R", "ZIP_CODE"),  # NCHS's residence ZIP+4: the letter says whose, the head is still the ZIP
        ("dob_m", "DATE_OF_BIRTH"),
    ],
)
def test_these_labels_name_their_category(text: str, category: str) -> None:
    assert category in cues_in(normal_words(text), head=" " not in text)


@pytest.mark.parametrize(
    "text",
    [
        "zip_size",  # a letter after a key's head leaves the head as it was (guards)
        "zip_count_r",
        "birth_weight_g",
        "Strada",  # Thunderbird's Romanian street, a word inside an address: the build leaves it out
        "postar",  # split off Albanian `Kod ZIP/Postar`, and Portuguese for to post
        "nombre del medio",  # Spanish's middle name in one form, a medium's name in prose
    ],
)
def test_these_words_name_no_category(text: str) -> None:
    assert cues_in(normal_words(text), head=True) == {}


def test_a_postal_address_label_leaves_a_postal_code_key_a_postal_code() -> None:
    """`dirección postal` (a postal address) would make `address_postal_code` a street: the build leaves it out."""
    assert set(cues_in(normal_words("AddressPostalcode"), head=True)) == {"ZIP_CODE"}


def test_a_residence_zip_plus_four_under_its_dictionarys_name_is_found(analyzer: Analyzer) -> None:
    assert _found(_value("const", "021394301", key="ZIP9_R"), analyzer, "/properties/ZIP9_R/const") == {"ZIP_CODE"}


def _described(key: str, description: str, value: str) -> dict[str, Any]:
    return {"type": "object", "properties": {key: {"type": "string", "description": description, "examples": [value]}}}


@pytest.mark.parametrize(
    ("key", "description", "value"),
    [
        ("client_secret", "Used to authenticate the app", "wQ4nT8zLr2Kv6Ym0Ph3Bx7Jc"),  # the name says secret
        ("password", "Must be at least 8 characters", "Vq7!rT2#mL9x"),
        ("value", "Optional. Access token", "m3Rt8Wq2Zx6Lp0Kv4Nb9Hs7D"),  # a clause of the description says so
        ("value", "An OAuth 2.0 access token for the user.", "m3Rt8Wq2Zx6Lp0Kv4Nb9Hs7E"),
        ("value", "If set, the password sent to the server", "Vq7!rT2#mL9y"),
        ("value", "Value of the API key", "m3Rt8Wq2Zx6Lp0Kv4Nb9Hs7F"),
        ("value", "Username and password for the proxy", "Vq7!rT2#mL9z"),
        ("value", "Signing key for JWTs", "m3Rt8Wq2Zx6Lp0Kv4Nb9Hs7K"),
    ],
)
def test_a_secret_named_by_its_property_or_its_description_is_found(
    analyzer: Analyzer, key: str, description: str, value: str
) -> None:
    found = _found(_described(key, description, value), analyzer, f"/properties/{key}/examples/0")
    assert found & {"PASSWORD", "HIGH_ENTROPY_SECRET"}


@pytest.mark.parametrize(
    ("key", "description", "value"),
    [
        ("created", "Timestamp when the token was created", "2021-04-17T09:12:00.000Z"),
        ("id", "ID of the token", "qz7Lw2nR8vKx4TpM0aHc"),
        ("client_id", "The client ID of the app requesting to revoke an access token.", "zt4kq8w2mfr7vn3hx9pdle6c"),
        ("kind", "Password hint shown to the user", "FirstPet2011!"),
        ("key_id", "The access key's unique identifier.", "akid_v2_8f3c1e9a27d44b6b9e05c7d2a1f3b8e4"),
        ("secret_arn", "The ARN of the secret", "arn:aws:kms:us-east-1:210987654321:key/9f8e7d6c"),
        ("ttl", "Number of seconds until the access token expires", "86400s"),
        ("scheme", "Token type, always Bearer", "Bearer"),
        ("Created At", "When the token was created", "2024-01-01T00:00:00Z"),
    ],
)
def test_a_value_whose_description_only_mentions_a_secret_is_no_secret(
    analyzer: Analyzer, key: str, description: str, value: str
) -> None:
    assert _found(_described(key, description, value), analyzer, f"/properties/{key}/examples/0") == set()


def test_a_spaced_property_names_value_takes_no_secret_from_the_object_above(analyzer: Analyzer) -> None:
    """`Created At` (the style of Airtable's and Notion's fields) is the property's name: `secret` is its object's."""
    inner = {"Created At": {"type": "string", "examples": ["2021-04-17T09:12:00.000Z"]}}
    doc = {"type": "object", "properties": {"secret": {"type": "object", "properties": inner}}}
    assert _found(doc, analyzer, "/properties/secret/properties/Created At/examples/0") == set()


@pytest.mark.parametrize(
    ("doc", "pointer"),
    [
        (
            _value("enum", ["Arial", "Arial Black", "Times New Roman"], key="FontFamily"),
            "/properties/FontFamily/enum/1",
        ),
        (_value("title", "Aurora Agile Meta Framework"), "/properties/ref/title"),
        (_value("description", "Built on the Ellison Marsh SDK."), "/properties/ref/description"),
    ],
)
def test_a_fonts_or_a_softwares_name_is_no_ones(analyzer: Analyzer, doc: dict[str, Any], pointer: str) -> None:
    assert _found(doc, analyzer, pointer) == set()


@pytest.mark.parametrize(
    ("doc", "pointer"),
    [
        (_value("enum", ["Maria Gonzalez", "Arial Black"], key="patient_name"), "/properties/patient_name/enum/0"),
        (_value("enum", ["Maria Gonzalez"], key="font_owner"), "/properties/font_owner/enum/0"),  # the owner's
        (_value("description", "Enrolled: Maria Gonzalez - protocol ABC-123"), "/properties/ref/description"),
    ],
)
def test_a_person_beside_fonts_or_a_protocol_is_still_found(
    analyzer: Analyzer, doc: dict[str, Any], pointer: str
) -> None:
    assert _found(doc, analyzer, pointer) == {"PERSON"}


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
        ("3c:22:fb:7a:19:e4", True),
        ("02:42:ac:11:00:02", True),  # Docker's locally administered MACs are devices' too
    ],
)
def test_a_mac_whose_octets_count_is_written_to_show_the_format(mac: str, device: bool) -> None:
    assert mac_ok(mac) is device


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("DOB: 12 / 03 / 1984", "DATE_OF_BIRTH"),  # separators spaced, as typed into a form, under a cue
        ("Date of birth 1984 - 03 - 12", "DATE_OF_BIRTH"),
    ],
)
def test_a_date_typed_with_spaced_separators_under_its_cue_is_found(analyzer: Analyzer, text: str, entity: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == {entity}


@pytest.mark.parametrize("text", ["Range 100 - 20 - 3000 steps", "Build 12 / 03 / 1984 shipped"])
def test_spaced_numbers_without_a_cue_are_no_ones(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The account number as defined in the ISO-13616 standard.", set()),  # a standard's own number, joined
        ("Encoded per RFC-3986.", set()),
        ("Billing account ACCT-77812390 on file.", {"ACCOUNT_NUMBER"}),  # a record's prefix still names its number
    ],
)
def test_a_standards_number_joined_to_its_name_is_no_record(analyzer: Analyzer, text: str, found: set[str]) -> None:
    doc = _value("description", text, key="iban")
    assert _found(doc, analyzer, "/properties/iban/description") == found
