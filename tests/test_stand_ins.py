"""Documentation's stand-ins are no one's: filler text (`quis proident`), a mailbox of the alphabet's or a
keyboard's first letters (`abcd@gmail.com`), a role-based mailbox (`orders@mail.com`), a vendor's demo
domain (`acme-demo.com`), a slip of RFC 2606's `example` (`bob@exmaple.com`), a box numbered as a run (`PO Box
1234`), an account whose digits count up, and a title before an ordinary word in a key (`mx_server`).  Other
languages' everyday words are not read as labels in prose (`ser`), and a key naming a code of
its own is not what the keys around it name.  A real one beside each still is found.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

from phiscan.detect.analyzer import Analyzer


@pytest.mark.parametrize(
    ("key", "keyword", "value"),
    [
        ("mx_server", "examples", ["quis proident"]),
        ("guardian_name", "default", "Dolor Amet"),
        ("email", "examples", ["abcd@gmail.com"]),
        ("email", "examples", ["qwerty@yahoo.com"]),
        ("email", "default", "bob@exmaple.com"),
        ("email", "default", "ines.ferreira@exampel.org"),
        ("address2", "const", "PO Box 1234"),
        ("email", "examples", ["orders@mail.com"]),
        ("notify_to", "default", "sarah.okafor@acme-demo.com"),
        ("details", "examples", ["FR7630004000031234567890143"]),
        (
            "proxy",
            "description",
            "Chaves: telefone, e-mail. No caso de telefone celular deve ser informado no padrão E.1641.",
        ),
    ],
)
def test_a_stand_in_is_no_finding(analyzer: Analyzer, key: str, keyword: str, value: Any) -> None:
    pointer = f"/properties/{key}/{keyword}" + ("/0" if isinstance(value, list) else "")
    assert _found(_value(keyword, value, key=key), analyzer, pointer) == set()


@pytest.mark.parametrize(
    ("key", "keyword", "value", "entity"),
    [
        ("guardian_name", "default", "Ines Ferreira", "PERSON"),
        ("email", "examples", ["abigail.ferreira@gmail.com"], "EMAIL_ADDRESS"),
        ("email", "default", "bob@samplehealth.com", "EMAIL_ADDRESS"),
        ("address2", "const", "PO Box 4417", "STREET_ADDRESS"),
        ("email", "examples", ["marcos.souza@mail.com"], "EMAIL_ADDRESS"),
        ("email", "examples", ["nightingale@gmail.com"], "EMAIL_ADDRESS"),  # a word, and someone's surname
        ("notify_to", "default", "sarah.okafor@acme.com.br", "EMAIL_ADDRESS"),
        ("iban", "examples", ["FR4830004000031904617290143"], "IBAN_CODE"),
        ("note", "pattern", "^34 Gandhi Salai, Adyar, Chennai 600020$", "STREET_ADDRESS"),  # a house 34 is a house
    ],
)
def test_the_real_one_beside_it_is_found(analyzer: Analyzer, key: str, keyword: str, value: Any, entity: str) -> None:
    pointer = f"/properties/{key}/{keyword}" + ("/0" if isinstance(value, list) else "")
    assert _found(_value(keyword, value, key=key), analyzer, pointer) == {entity}


@pytest.mark.parametrize("key", ["mx_server", "hr_manager", "dr_house_call"])
def test_a_title_before_an_ordinary_word_in_a_key_is_no_name(analyzer: Analyzer, key: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert _found(doc, analyzer, f"/properties/{key}") == set()


def _account(leaf: str, value: str) -> dict[str, Any]:
    inner = {"type": "object", "properties": {leaf: {"type": "string", "example": value}}}
    return {"type": "object", "properties": {"debtorAccount": inner}}


def test_a_key_naming_a_code_of_its_own_is_not_what_the_keys_around_it_name(analyzer: Analyzer) -> None:
    # a town's code (Brazil's IBGE municipality code) in a debtor's account: the account names whose, not what
    pointer = "/properties/debtorAccount/properties/ibgeTownCode/example"
    assert _found(_account("ibgeTownCode", "5300108"), analyzer, pointer) == set()
    pointer = "/properties/debtorAccount/properties/number/example"
    assert _found(_account("number", "53001084"), analyzer, pointer) == {"ACCOUNT_NUMBER"}
