"""ISO 8601's ordinal date (the year and the day of the year, `1984-072` or `1984072`, as mainframe and Julian-dated
records keep a birth date) is a date of birth under a birth word.  The same digits elsewhere (a build, a ticket), or
shown to spell a format, are not.

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
        ("birthDateJulian", "default", "1966033"),
        ("birthDateJulian", "const", "1984-072"),
        ("dob", "description", "Ordinal, as the mainframe keeps it: 1957-341."),
    ],
)
def test_an_ordinal_date_under_a_birth_word_is_a_date_of_birth(
    analyzer: Analyzer, key: str, keyword: str, value: str
) -> None:
    assert _found(_value(keyword, value, key=key), analyzer, f"/properties/{key}/{keyword}") == {"DATE_OF_BIRTH"}


@pytest.mark.parametrize(
    ("key", "keyword", "value"),
    [
        ("dob", "description", "Julian, YYYYDDD: for example 1979214."),  # a format's example
        ("dob", "description", "Written yyyy-ddd, e.g. 1979-214."),
        ("build", "default", "2019-214"),  # no birth word
        ("ref", "description", "Ticket 2021-118 closed."),
        ("birthDateJulian", "default", "1984-367"),  # no year has a 367th day
    ],
)
def test_other_such_numbers_are_not(analyzer: Analyzer, key: str, keyword: str, value: str) -> None:
    assert _found(_value(keyword, value, key=key), analyzer, f"/properties/{key}/{keyword}") == set()
