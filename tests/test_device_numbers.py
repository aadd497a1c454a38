"""A SIM card's number (an ICCID: `89`, then the country, the issuer and the card, 19 or 20 digits with a Luhn check)
identifies the device it sits in, alone or printed in fours; a MAC written with underscores, as a key or a file name
must write it, is one after any word.  Long numbers of other kinds (a snowflake id, a wrong check digit) and pairs
that count or hold no letter are not.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

from phiscan.detect.analyzer import Analyzer
from phiscan.rules import for_entity, label


@pytest.mark.parametrize(
    ("key", "keyword", "value"),
    [
        ("sim", "enum", ["8944102300955617347"]),
        ("ref", "examples", ["89492261183055774195"]),  # twenty digits
        ("ref", "description", "SIM card 8933 0174 2053 0988 612 in the patient's glucose monitor."),
        ("deviceIccid", "default", "89012608841207433212"),
    ],
)
def test_a_sim_card_number_is_a_device_identifier(analyzer: Analyzer, key: str, keyword: str, value: object) -> None:
    pointer = f"/properties/{key}/{keyword}" + ("/0" if isinstance(value, list) else "")
    assert _found(_value(keyword, value, key=key), analyzer, pointer) == {"ICCID"}


def test_it_is_reported_as_a_sim_card_under_the_device_rule() -> None:
    assert (for_entity("ICCID").id, label("ICCID")) == ("phi-device-id", "a SIM card number (ICCID)")


@pytest.mark.parametrize(
    "value",
    [
        "8944102300955617346",  # the check digit is wrong
        "1541815603606036480",  # a snowflake id: no `89`
        "8999999999999999999",  # a run
    ],
)
def test_other_long_numbers_are_not(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("examples", [value]), analyzer, "/properties/ref/examples/0") == set()


@pytest.mark.parametrize(
    "key",
    [
        "serialthingy_94_30_3e_2c_a7_be",  # after a word that names nothing
        "pump_E8_6F_A2_E6_EC_55_cfg",
        "94_30_3e_2c_a7_be",
    ],
)
def test_a_mac_written_with_underscores_is_one_after_any_word(analyzer: Analyzer, key: str) -> None:
    assert _found(_value("description", "Settings.", key=key), analyzer, f"/properties/{key}") == {"MAC_ADDRESS"}


@pytest.mark.parametrize(
    "key",
    [
        "release_24_01_15_10_30_00",  # a date and a time in pairs: no letter
        "grid_0a_1b_2c_3d_4e_5f",  # pairs that count
        "slot_94_30_3e_2c_a7_be_07",  # seven pairs: no MAC
        "run_94_30_3e_2c_a7_bed",  # its last pair runs on
    ],
)
def test_other_pairs_are_not(analyzer: Analyzer, key: str) -> None:
    assert "MAC_ADDRESS" not in _found(_value("description", "Settings.", key=key), analyzer, f"/properties/{key}")
