"""Labels as code and data warehouses write them, and the values after them: a key-only abbreviation before its
number's word (`Lic num:`), a plate after a vehicle's word and its number's word (`VIN nbr:`), ISO 8601's ordinal
date under a birth label, a name after a label in snake case or with a qualifier (`last_name (legal):`), the class
word `NM` for a name (`PATIENT_FULL_NM`), an IPv4 address under a word for an account, a mobile number in a name
without its `+`, a value after its field's numbered name (`zipplus4 60417`).  And what those readings must not make
of other text.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

from phiscan.detect.analyzer import Analyzer


@pytest.mark.parametrize(
    ("keyword", "text", "entity"),
    [
        ("const", "Lic num: 71-482-9035", "US_DRIVER_LICENSE"),
        ("const", "Lic no: 71-482-9035", "US_DRIVER_LICENSE"),
        ("description", "Reads one record. Lic num: 71-482-9035", "US_DRIVER_LICENSE"),  # in prose too
        ("const", "VIN nbr: UAX 517K", "LICENSE_PLATE"),  # a plate where a vehicle's number was asked for
        ("const", "Dob dt: 1987-213", "DATE_OF_BIRTH"),  # the 213th day of 1987
        ("description", "Reads one record. DOB: 1987-213", "DATE_OF_BIRTH"),
        ("const", "dob [date_ymd]: 19. hernekuu 1990", "DATE_OF_BIRTH"),  # a form's note in brackets
        ("examples", "last_name (Identifier? y): E. Waweru", "PERSON"),
        ("examples", "REDCap last_name: E. Waweru", "PERSON"),
        ("examples", "Last name (legal): Waweru Kemunto", "PERSON"),
        ("const", "Legal nm: WAWERU, Kemunto", "PERSON"),
        ("const", "first_name = Kemunto Waweru", "PERSON"),  # an assignment, as code writes it
        ("const", "Emp name: Achieng Tjapaltjarri", "PERSON"),  # an employee's
    ],
)
def test_a_value_after_a_label_as_code_writes_it_is_found(
    analyzer: Analyzer, keyword: str, text: str, entity: str
) -> None:
    value = [text] if keyword == "examples" else text
    pointer = "/properties/ref/" + keyword + ("/0" if keyword == "examples" else "")
    assert _found(_value(keyword, value), analyzer, pointer) == {entity}


@pytest.mark.parametrize(
    ("key", "value", "entity"),
    [
        ("dob", "1984-077", "DATE_OF_BIRTH"),  # ISO 8601's ordinal date under a birth key
        ("PATIENT_FULL_NM", "Kemunto Waweru", "PERSON"),
        ("legalNm", "Kemunto Waweru Achieng", "PERSON"),
        ("mname", "Kemunto Waweru", "PERSON"),  # OpenEMR's middle name
    ],
)
def test_a_whole_value_under_a_key_as_a_data_warehouse_writes_it_is_found(
    analyzer: Analyzer, key: str, value: str, entity: str
) -> None:
    assert _found(_value("default", value, key=key), analyzer, f"/properties/{key}/default") == {entity}


def test_an_ipv4_address_under_a_word_for_an_account_is_the_address(analyzer: Analyzer) -> None:
    slot = {"type": "string", "pattern": "^187\\.214\\.163\\.109$"}  # twelve digits: under `account`, its number
    tool = {"name": "ledger_account", "parameters": {"type": "object", "properties": {"slot": slot}}}
    doc = {"model": "m", "messages": [], "tools": [{"type": "function", "function": tool}]}
    assert _found(doc, analyzer, "/tools/0/function/parameters/properties/slot/pattern") == {"IP_ADDRESS"}


@pytest.mark.parametrize(
    "text",
    [
        "Created: 1984-077",  # a year and a day, but no birth label
        "Build 2019-123",
        "Release 1.4, see 2021-200 for the migration",
        "PAN no further than the frame",  # a move, not an account's number
        "Last_Name: Report",  # one word after a name's label is no name
        "display_name (optional): Quarterly Report",  # a name, not a person's
        "file_name [required]: Draft Copy",
        "display_name = Quarterly Report",
        "sort=Created Desc",
        "Pan # 12044 in the cookware catalogue is the skillet.",
        "US Pat no: 10123456 covers the valve.",  # a patent's number
        "CIN no: U72900KA2015PTC082245",  # an Indian company's corporate identity number
        "See the UR no 40512 of the batch.",  # in prose a key's abbreviation needs its number's word and a colon
    ],
)
def test_these_texts_hold_no_identifier(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("const", text), analyzer, "/properties/ref/const") == set()


def test_nm_alone_is_still_new_mexico(analyzer: Analyzer) -> None:
    assert _found(_value("const", "DL NM: 031847265"), analyzer, "/properties/ref/const") == {"US_DRIVER_LICENSE"}


@pytest.mark.parametrize("key", ["numer_447911723456", "contact-5511987650123", "Hogar447911723456"])
def test_a_mobile_number_stored_without_its_plus_in_a_name_is_a_phone(analyzer: Analyzer, key: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert _found(doc, analyzer, f"/properties/{key}") == {"PHONE_NUMBER"}


@pytest.mark.parametrize(
    "key",
    [
        "batch_1718203344123",  # a Unix time in milliseconds
        "order_44791172345",  # eleven digits, no mobile number's (a UK number has twelve)
        "run_4578152156",  # ten digits: as often an id
        "ref_15550123456",  # North America's 555 drama range
        "orderId_12126647000",  # an order's number, valid in North America's plan
        "shipment_fedex_628131232558",
        "backup_201506050448",  # a date and time, valid as an Egyptian mobile
        "dial_011447911723456",  # North America's international prefix: no country code (it once failed the name)
    ],
)
def test_other_long_numbers_in_a_name_are_not(analyzer: Analyzer, key: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert _found(doc, analyzer, f"/properties/{key}") == set()


@pytest.mark.parametrize(
    ("key", "entity"),
    [("zipplus4_60417", "ZIP_CODE"), ("Phone2 447911723456", "PHONE_NUMBER"), ("mrn2_40318842", "MRN")],
)
def test_a_value_after_a_field_s_numbered_name_is_read_alone(analyzer: Analyzer, key: str, entity: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert _found(doc, analyzer, f"/properties/{key}") == {entity}


def test_a_postcode_s_inward_code_is_no_numbered_field_s_value(analyzer: Analyzer) -> None:
    assert _found(_value("const", "Postcode: LS6 2AB"), analyzer, "/properties/ref/const") == {"ZIP_CODE"}
