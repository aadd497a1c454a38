"""US record and licence words from public references: NCIC's `OLN` (an operator's licence number), AAMVA's classes
of card (an instruction permit, an enhanced licence, a temporary visitor's) and the states' driving privilege cards,
a corporate MRN (`CMRN`), and `EMR` or `EHR` alone before a record number's shape (never an EMR cluster's id, a
product's name or a version).

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

from phiscan.detect.analyzer import Analyzer
from phiscan.detect.vocabulary import cues_in, normal_words


@pytest.mark.parametrize(
    ("key", "category"),
    [
        ("oln", "LICENSE_NUMBER"),
        ("guardianOln", "LICENSE_NUMBER"),
        ("instructionPermitNo", "LICENSE_NUMBER"),
        ("driving_privilege_card", "LICENSE_NUMBER"),
        ("tvdl", "LICENSE_NUMBER"),
        ("enhancedDriverLicense", "LICENSE_NUMBER"),
        ("cmrn", "MRN"),
    ],
)
def test_these_keys_name_their_category(key: str, category: str) -> None:
    assert category in cues_in(normal_words(key), head=True)


@pytest.mark.parametrize(
    ("key", "value", "entity"),
    [
        ("oln", "KRT582039", "US_DRIVER_LICENSE"),
        ("instructionPermit", "4827193X", "US_DRIVER_LICENSE"),
        ("edlNumber", "W482719365028", "US_DRIVER_LICENSE"),
        ("cmrn", "48213975", "MRN"),
        ("emr", "0048213975", "MRN"),
        ("ehr", "E48213975", "MRN"),
    ],
)
def test_a_value_under_them_is_found(analyzer: Analyzer, key: str, value: str, entity: str) -> None:
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") == {entity}


def test_an_emr_word_glued_to_a_record_number_names_it(analyzer: Analyzer) -> None:
    doc = {"type": "object", "properties": {"emr_48213975": {"type": "string"}}}
    assert _found(doc, analyzer, "/properties/emr_48213975") == {"MRN"}


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("emrClusterId", "j-2AXQ7KD9GAPLF"),  # an Amazon EMR cluster's id
        ("emr", "Epic"),  # a product's name
        ("emrRelease", "emr-6.10.0"),  # a version
        ("edl", "v2.1.0"),
        ("ehrVersion", "2015.2"),
    ],
)
def test_what_an_emr_or_edl_key_holds_besides_a_record_number_is_no_finding(
    analyzer: Analyzer, key: str, value: str
) -> None:
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") == set()
