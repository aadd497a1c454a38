"""A bank account written in its country's groups (New Zealand's 2-4-7-2, Japan's branch and account 3-7, Czechia's
prefix-number, Canada's transit-institution-account) is an account number right after a word for an account.  Written
apart from the word, as a format's documentation gives its examples, or in the groups of other numbers (dates, a
ZIP+4, an SSN, a phone, a code in pairs), it is not.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

from phiscan.detect.analyzer import Analyzer


@pytest.mark.parametrize(
    "text",
    [
        "Account 4239-277510",
        "ACCT-482-5930714",
        "Bank account: 38-9017-0516284-002",
        "Acct 58391-004-2260917 (transit, institution, account)",
    ],
)
def test_an_account_in_groups_after_a_word_for_one_is_an_account_number(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == {"ACCOUNT_NUMBER"}


@pytest.mark.parametrize(
    "text",
    [
        "Account created 2024-01-15.",  # a date
        "Account API version 2023-10-16.",
        "Account region code 48-29-59-31.",  # pairs
        "Account holder since 15-01-2024.",
        "Order 4239-277510 shipped.",  # no word for an account
        "Account ids look like 4829-5931.",  # not right after it: a format's documentation (19-123457)
        "Account 1234-5678",  # a run, written to show the form
    ],
)
def test_other_numbers_in_groups_are_not(analyzer: Analyzer, text: str) -> None:
    assert "ACCOUNT_NUMBER" not in _found(_value("description", text), analyzer, "/properties/ref/description")
