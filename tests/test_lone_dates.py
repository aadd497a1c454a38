"""A calendar date of the last century is someone's when a schema pins it into a key or a literal, whatever
language the key is in; software's dates (later ones, epochs, a year's first and last day) and dates under a key
that names another thing's date are not.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

from phiscan.detect.analyzer import Analyzer


@pytest.mark.parametrize(
    "key",
    ["szuletett_19760914_row", "vrijeme_1948_02_27", "kwaZulu19910507", "ngaySinh_1966-10-03_x"],
)
def test_a_key_holding_a_date_of_the_last_century_is_a_date_of_birth(analyzer: Analyzer, key: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert _found(doc, analyzer, f"/properties/{key}") == {"DATE_OF_BIRTH"}


@pytest.mark.parametrize(
    ("keyword", "value"),
    [
        ("const", "1976-09-14"),
        ("default", "14.09.1976"),
        ("enum", ["unknown", "27 feb 1948"]),
        ("examples", ["1966/10/03"]),
        ("pattern", "^1976-09-14$"),
    ],
)
def test_a_literal_that_is_one_such_date_is_a_date_of_birth_under_a_key_in_any_language(
    analyzer: Analyzer, keyword: str, value: Any
) -> None:
    pointer = f"/properties/szuletesi_ido/{keyword}" + (
        "/1" if keyword == "enum" else "/0" if keyword == "examples" else ""
    )
    assert _found(_value(keyword, value, key="szuletesi_ido"), analyzer, pointer) == {"DATE_OF_BIRTH"}


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("valid_from", "1976-09-14"),  # another thing's date, named in English
        ("releasedOn", "1998-07-20"),
        ("wert", "1970-01-01"),  # an epoch
        ("wert", "31.12.1999"),  # a year's last day
        ("wert", "2006-01-02"),  # Go's reference day
        ("wert", "2014-09-14"),  # this century: software's dates
        ("wert", "1976-09-14T08:30:00Z"),  # a moment, not a day
    ],
)
def test_dates_of_things_epochs_and_this_centurys_dates_are_not(analyzer: Analyzer, key: str, value: str) -> None:
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") == set()


@pytest.mark.parametrize("key", ["api_v19990312", "rel_20140914", "since_19700101", "y2k_19991231"])
def test_versions_later_dates_and_stand_ins_in_keys_are_not(analyzer: Analyzer, key: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert _found(doc, analyzer, f"/properties/{key}") == set()
