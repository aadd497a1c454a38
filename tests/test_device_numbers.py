"""A SIM card's number (its serial, an ICCID: `89`, then the country, the issuer and the card, 19 or 20 digits with a
Luhn check) identifies the device it sits in, beside a word for one or printed in fours; a MAC written with
underscores, as a key or a file name must write it, is one after any word.  Long numbers of other kinds (a snowflake
id, a wrong check digit, an id with no word for a SIM, digits after a decimal point) and pairs that count, hold no
letter or are a file format's magic bytes are not.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

from phiscan.detect.analyzer import Analyzer


@pytest.mark.parametrize(
    ("key", "keyword", "value"),
    [
        ("sim", "enum", ["8944102300955617347"]),
        ("esimIccid", "examples", ["89492261183055774195"]),  # twenty digits
        ("ref", "description", "SIM card 8933 0174 2053 0988 612 in the patient's glucose monitor."),
        ("ref", "examples", ["8933 0174 2053 0988 612"]),  # in fours, as the cards print it: no word needed
        ("deviceIccid", "default", "89012608841207433212"),
    ],
)
def test_a_sim_card_number_is_a_device_identifier(analyzer: Analyzer, key: str, keyword: str, value: object) -> None:
    pointer = f"/properties/{key}/{keyword}" + ("/0" if isinstance(value, list) else "")
    assert _found(_value(keyword, value, key=key), analyzer, pointer) == {"DEVICE_ID"}


@pytest.mark.parametrize(
    "value",
    [
        "8944102300955617346",  # the check digit is wrong
        "1541815603606036480",  # a snowflake id: no `89`
        "8999999999999999999",  # a run
        "8944102300955617347",  # no word for a SIM or a device: as likely a trace's or an order's id
        "0.8944102300955617347",  # an amount
        "v1.8944102300955617347",  # a version
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
        "elf_magic_7f_45_4c_46_02_01",  # a file format's magic bytes
        "jpeg_sig_ff_d8_ff_e0_00_10",
    ],
)
def test_other_pairs_are_not(analyzer: Analyzer, key: str) -> None:
    assert "MAC_ADDRESS" not in _found(_value("description", "Settings.", key=key), analyzer, f"/properties/{key}")
