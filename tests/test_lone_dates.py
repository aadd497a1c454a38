"""A calendar date of the last century is someone's when a schema pins it into a property name, or into a literal
under a key in a language the vocabulary cannot read; software's dates (later ones, epochs, a year's first and
last day, impossible days, versions) and dates a key names as another thing's are not.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

import phiscan
from phiscan.detect.analyzer import Analyzer


@pytest.mark.parametrize(
    "key",
    ["szuletett_19760914_row", "vrijeme_1948_02_27", "kwaZulu19910507", "ngaySinh_1966-10-03_x", "rec_14_09_1976"],
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
        ("ertek", "1970-01-01"),  # an epoch
        ("ertek", "31.12.1999"),  # a year's last day
        ("ertek", "2006-01-02"),  # Go's reference day
        ("ertek", "2014-09-14"),  # this century: software's dates
        ("ertek", "1976-09-14T08:30:00Z"),  # a moment, not a day
        ("ertek", "January 1, 1970"),  # the epoch in words
        ("szuletesi_ido", "Jan 2, 2006"),  # Go's reference day in words
        ("szuletesi_ido", "1999-02-29"),  # no such day
        ("szuletesi_ido", "3.12.1999"),  # a version's single-digit parts
        ("founded", "1998-09-04"),  # an English word: another thing's date
        ("data_inizio", "1998-09-04"),  # a word for a date or a start in another language
        ("gueltig_ab", "1998-09-04"),
    ],
)
def test_dates_of_things_epochs_and_this_centurys_dates_are_not(analyzer: Analyzer, key: str, value: str) -> None:
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") == set()


@pytest.mark.parametrize(
    "key",
    [
        *("api_v19990312", "rel_20140914", "y2k_19991231", "mask_0x19990315", "xyzq_1999_02_29"),
        *("since_1998_04_14", "release_19990315", "tbl_sales_20050315", "asOf20050630", "FY2005_06_30"),
        *("changes_19990315", "rfc_2616_19990601", "html4_19971218", "2004-06-21"),  # things' names; no word
    ],
)
def test_versions_later_dates_and_stand_ins_in_keys_are_not(analyzer: Analyzer, key: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert _found(doc, analyzer, f"/properties/{key}") == set()


def test_a_word_for_date_with_a_word_the_vocabulary_cannot_read_is_still_someone_s_date(analyzer: Analyzer) -> None:
    # Persian `tarikh` is "date": of what, `tavallod` says, and no list need know it
    doc = _value("pattern", "^1968-06-07$", key="tarikh_tavallod")
    assert _found(doc, analyzer, "/properties/tarikh_tavallod/pattern") == {"DATE_OF_BIRTH"}


@pytest.mark.parametrize(
    ("name", "entities"),
    [
        ("lookup_szuletett_19760914", {"DATE_OF_BIRTH"}),  # right after a word no English list has
        ("get_report_20050315", set()),  # names of things carry their dates
        ("legacy_api_19991015", set()),
    ],
)
def test_in_a_tool_s_name_only_a_date_after_an_unknown_word_is_someone_s(
    analyzer: Analyzer, name: str, entities: set[str]
) -> None:
    tool = {"name": name, "description": "Reads rows.", "input_schema": {"type": "object", "properties": {}}}
    assert _found(tool, analyzer, "/name") == entities


def test_a_literal_with_no_key_or_under_an_english_key_is_left_alone(analyzer: Analyzer) -> None:
    versions = {"definitions": {"ApiVersion": {"type": "string", "enum": ["2006-03-14"]}}}
    assert phiscan.scan_document(versions, analyzer=analyzer).findings == ()
    namespace = _value("const", "1999-02-22", key="namespace")
    assert _found(namespace, analyzer, "/properties/namespace/const") == set()


@pytest.mark.parametrize("name", ["loinc_19990315", "snomed_20020131", "kalender_19990315"])
def test_a_standard_s_release_in_a_tool_s_name_is_not_a_birth_date(analyzer: Analyzer, name: str) -> None:
    tool = {"name": name, "description": "Reads rows.", "input_schema": {"type": "object", "properties": {}}}
    assert _found(tool, analyzer, "/name") == set()
