"""A surname after a title in prose, a name written as a call's keyword argument, the NHS's numbers, and the dates
reference documentation uses for any date.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

from phiscan.detect.analyzer import Analyzer
from phiscan.detect.specs import nhs_number_ok, nhs_test_number


def _tool(description: str) -> list[dict[str, Any]]:
    schema = {"type": "object", "properties": {"q": {"type": "string"}}}
    return [{"name": "lookup_record", "description": description, "input_schema": schema}]


@pytest.mark.parametrize(
    "text",
    [
        "Send the discharge summary to Mrs. Garcia at the front desk.",  # Garcia is a town too
        "Only returns charts for Dr. Okonkwo's panel.",  # a surname no list holds, possessive
        "Ask Ms. Oyelaran to sign the consent.",
        "Prepare a referral letter for Mr Nakamura.",  # British usage, no stop
        "Call Mr. O'Brien to confirm the appointment.",
        'Fetches vitals. Example: get_vitals(patient="Bolat Zhaksylykov").',  # a keyword argument
    ],
)
def test_a_person_addressed_by_title_or_argument_is_a_name(analyzer: Analyzer, text: str) -> None:
    assert _found(_tool(text), analyzer, "/0/description") == {"PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        "Returns Dr. Pepper and Mr. Clean product codes.",  # brands of dictionary words
        "Miss Universe entries are listed here.",
        "Greeting prefix, e.g. Mr. or Mrs. followed by the family name.",
        "Dear Mr. Doe, your order shipped.",  # a stand-in
        "Mrs. field is the honorific to use in letters.",
        "The Mr. Robot series metadata.",
        "Sr. Director of Engineering.",
        "Returns the Mayo Clinic style summary.",
        "Refinance with Mr. Cooper and Dr. House",  # listed surnames that are everyday words: a firm, a character
        "Located on Park Dr Austin",  # a Drive
        "Depot at 9 Harbor Dr. Lincoln",
        "Dr. Oetker pizza and Miss Marple novels",  # a brand and a character
    ],
)
def test_a_title_before_a_word_names_nobody(analyzer: Analyzer, text: str) -> None:
    assert _found(_tool(text), analyzer, "/0/description") == set()


def test_a_key_of_an_unlisted_word_and_a_surname_that_is_a_word_is_no_name(analyzer: Analyzer) -> None:
    # SCHAC's `schacDateOfBirth`: `Date` is a surname, but `Schac` is in no list of given names
    doc = {"type": "object", "properties": {"schacDateOfBirth": {"type": "string"}}}
    assert _found(doc, analyzer, "/properties/schacDateOfBirth") == set()


@pytest.mark.parametrize(
    ("key", "value"),
    [("nhsNumber", "485 777 3457"), ("chi_number", "1201751233"), ("ihi", "8003 6081 4729 5513")],
)
def test_a_national_health_number_is_a_health_plan_id(analyzer: Analyzer, key: str, value: str) -> None:
    assert _found(_value("examples", [value], key=key), analyzer, f"/properties/{key}/examples/0") == {"HEALTH_PLAN_ID"}


def test_an_nhs_number_grouped_like_a_phone_is_the_nhs_s_not_a_phone(analyzer: Analyzer) -> None:
    # a valid NHS number that is also a New York phone number's shape: under a record's word, the NHS's
    assert _found(_value("examples", ["718 493 0215"], key="mrn"), analyzer, "/properties/mrn/examples/0") == {"MRN"}
    # one that fails the check digit stays a phone: the key does not outweigh a phone's own format
    assert _found(_value("examples", ["718 493 0217"], key="mrn"), analyzer, "/properties/mrn/examples/0") == {
        "PHONE_NUMBER"
    }


@pytest.mark.parametrize("value", ["999 123 4578", "9991234578", "9000000033"])  # the PDS sandbox's too
def test_the_nhs_s_test_numbers_are_nobody_s(analyzer: Analyzer, value: str) -> None:
    assert nhs_test_number(value)
    assert _found(_value("examples", [value], key="nhsNumber"), analyzer, "/properties/nhsNumber/examples/0") == set()


@pytest.mark.parametrize(
    "value",
    [
        "FI2112345600000785",
        "NO93 8601 1117 947",
        "LT121000011101001000",
        "\uff27\uff22\uff12\uff19\uff2e\uff37\uff22\uff2b\uff16\uff10\uff11\uff16\uff11\uff13\uff13\uff11"
        "\uff19\uff12\uff16\uff18\uff11\uff19",  # GB's, in full-width letters and digits
    ],
)
def test_the_iban_registry_s_example_of_a_country_is_nobody_s_account(analyzer: Analyzer, value: str) -> None:
    # SWIFT's IBAN Registry gives one example per country; validators and forms write it for any account
    assert _found(_value("examples", [value], key="iban"), analyzer, "/properties/iban/examples/0") == set()


@pytest.mark.parametrize("value", ["FI5948201500047219", "NO3160441123857"])
def test_an_iban_of_a_registry_country_that_is_not_its_example_is_an_account(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("examples", [value], key="iban"), analyzer, "/properties/iban/examples/0") == {"IBAN_CODE"}


def test_a_member_id_from_9_is_still_a_member_s(analyzer: Analyzer) -> None:
    # valid by the NHS's check digit, but not in its test range and under a US plan's word
    assert not nhs_test_number("9908301667")
    assert _found(_value("examples", ["9908301667"], key="memberId"), analyzer, "/properties/memberId/examples/0") == {
        "HEALTH_PLAN_ID"
    }


def test_the_nhs_check_digit_is_read() -> None:
    assert nhs_number_ok("485 777 3456") is False  # one digit off a valid number
    assert nhs_number_ok("943 476 5919")
    assert not nhs_number_ok("943-476 5919")  # one grouping, as written


@pytest.mark.parametrize("value", ["2007-12-03", "2006-01-02", "1985-04-12T23:20:50.52Z", "2017-07-21"])
def test_a_documentation_s_example_date_is_nobody_s_birth(analyzer: Analyzer, value: str) -> None:
    text = f"A date without a time-zone in the ISO-8601 calendar system, such as {value}."
    doc = {"type": "object", "properties": {"birthDate": {"type": "string", "description": text, "example": value}}}
    assert _found(doc, analyzer, "/properties/birthDate/description") == set()
    assert _found(doc, analyzer, "/properties/birthDate/example") == set()


@pytest.mark.parametrize("value", ["1962-09-10", "1985-04-12"])  # RFC 3339's example day, alone, is any day
def test_another_date_under_a_birth_key_is_still_a_birth_date(analyzer: Analyzer, value: str) -> None:
    doc = _value("example", value, key="birthDate")
    assert _found(doc, analyzer, "/properties/birthDate/example") == {"DATE_OF_BIRTH"}


@pytest.mark.parametrize(
    "value",
    [
        "5555 3412 4444 1115",  # Adyen's test Mastercard
        "3700 0000 0000 002",  # Adyen's test Amex
        "NL13TEST0123456789",  # Adyen's test IBAN
    ],
)
def test_a_payment_provider_s_published_test_number_is_nobody_s(analyzer: Analyzer, value: str) -> None:
    key = "iban" if value.startswith("NL") else "cardNumber"
    assert _found(_value("examples", [value], key=key), analyzer, f"/properties/{key}/examples/0") == set()


def test_another_card_number_is_still_an_account_number(analyzer: Analyzer) -> None:
    doc = _value("examples", ["4716 2793 0552 8140"], key="cardNumber")
    assert _found(doc, analyzer, "/properties/cardNumber/examples/0") == {"CREDIT_CARD"}


@pytest.mark.parametrize(
    "name",
    [
        *("Henry Ford Health", "Kelsey Seybold Clinic", "Johns Hopkins HealthCare", "Raymond James Financial"),
        *("Fannie Mae", "Sallie Mae"),
        *("Mercy General", "Sharon Regional", "Grace Memorial"),  # US hospitals' short names
        # a place named for a person, after its generation and up to two words (VA and other public facilities)
        *("James A. Haley Veterans Hospital", "Edward Hines Jr. VA Hospital", "Olin E. Teague Veterans Medical Center"),
        *("Sam Rayburn Memorial Veterans Center", "Abraham Lincoln National Cemetery"),
        *("John David Fry Scholarship", "Walter Reed National Military Medical Center", "Alvin C. York Campus"),
        *("JESSE BROWN VAMC", "JOHN J. PERSHING VAMC", "JAMES A. HALEY VETERANS HOSPITAL"),  # as registers print them
        # a middle initial, or the words such names put between, before a Center, Foundation or Act
        *("Lyndon B. Johnson Space Center", "Henry J. Kaiser Family Foundation", "Ryan White CARE Act"),
        *("Sidney Kimmel Comprehensive Cancer Center", "Ronald Reagan UCLA Medical Center"),
    ],
)
def test_an_organisation_named_for_a_person_is_no_person(analyzer: Analyzer, name: str) -> None:
    assert _found(_value("enum", [name], key="payer"), analyzer, "/properties/payer/enum/0") == set()
    for text in (f"Claims for the {name} program are sent weekly.", f"Refer to {name} for imaging."):
        assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()


@pytest.mark.parametrize(
    "text",
    ["Flights depart from John F. Kennedy International airport daily.", "Shuttle to Ronald Reagan National airport."],
)
def test_a_place_s_word_written_small_after_a_named_place_s_is_still_its(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()


def test_an_institution_named_as_a_person_is_no_person_before_its_programme_s_words(analyzer: Analyzer) -> None:
    text = "Required for the Fannie Mae Day 1 Certainty program."
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()
    for name in ("Fannie Mae HomeReady", "Fannie Mae Desktop Underwriter", "Sallie Mae Bank"):  # programmes, a bank
        assert _found(_value("enum", [name]), analyzer, "/properties/ref/enum/0") == set()
    for text in ("Contact Fannie Mae Johnson at home.", "Patient Sallie Mae Baker was admitted."):  # women's names
        assert _found(_value("description", text), analyzer, "/properties/ref/description") == {"PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        "Maria Gonzalez Health Record",  # a title's capitals: the next word goes on
        "Maria Gonzalez General Surgery consult",
        # a role after a name, not a hospital's short name
        *("Ask Carlos Mendez General counsel before release.", "Escalate to Maria Lopez Regional manager for Ohio."),
        "Patient Rosa Garcia Clinic visit notes",  # introduced as a patient
        "Cardholder: Maria Lopez\nBank: Chase",  # the next line's label
        "Account holder Maria Lopez Bank of America checking.",
        "Veteran: Rosa Garcia, VA Medical Center patient since 2019.",  # a comma ends the name
        "Contact Rosa Garcia. Center staff call back within a day.",
        # a head after words no such name puts between, a person's word before, a surname that is a head word
        *("Patient Maria Garcia Admitted Via Emergency Center", "Referral for Maria Garcia Cardiology Division"),
        *("Patient Benjamin Constant was admitted.", "Patient: John Smith III Division Street, Salem"),
    ],
)
def test_a_person_before_an_organisation_s_word_is_still_a_person(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == {"PERSON"}


@pytest.mark.parametrize(
    "text",
    ["Escalate billing disputes to Somchai Jaidee in finance.", "Only for Wojciech Przybyszewski, cardiology."],
)
def test_a_listed_given_name_and_an_unlisted_surname_after_a_word_for_a_person_is_a_name(
    analyzer: Analyzer, text: str
) -> None:
    assert _found(_tool(text), analyzer, "/0/description") == {"PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        "Built for Kubeflow Katib experiments.",  # a made-up word first
        "Signed by Sigstore Cosign during the release.",
        "Deliver to Simon Carmiggeltstraat 6 in Amsterdam.",  # a street glued to its type
    ],
)
def test_a_product_or_a_street_after_such_a_word_is_no_name(analyzer: Analyzer, text: str) -> None:
    assert "PERSON" not in _found(_tool(text), analyzer, "/0/description")  # the street is an address


@pytest.mark.parametrize(
    "text",
    [
        "An Adyen-generated reference for the accepted Terms of Service.",
        "An Company Number, Company ID or Company Code, is a unique number.",
        "Returned on success. In Stripe terms this is a charge.",
    ],
)
def test_an_article_or_preposition_opening_a_sentence_is_no_given_name(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()


@pytest.mark.parametrize("text", ["An Nguyen was admitted on Monday.", "Seen today. An Nguyen Van Thanh follows up."])
def test_a_name_that_starts_like_an_article_is_still_a_name(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == {"PERSON"}


@pytest.mark.parametrize(
    "country", ["Sierra Leone", "Costa Rica", "Saint Helena, Ascension and Tristan da Cunha", "Svalbard and Jan Mayen"]
)
def test_a_country_in_an_enum_of_countries_is_no_person(analyzer: Analyzer, country: str) -> None:
    doc = _value("enum", ["Canada", country, "Chile"], key="country")
    assert _found(doc, analyzer, "/properties/country/enum/1") == set()


def test_an_upper_case_constant_under_a_key_naming_a_thing_s_name_is_no_person(analyzer: Analyzer) -> None:
    # `carrier_name` names a carrier: `name` there is no word for a person's name
    doc = _value("enum", ["INDIA_POST", "HERMES_DE", "UK_AN_POST", "DHL"], key="carrier_name")
    doc["properties"]["carrier_name"]["description"] = "The name of the shipment carrier."  # not a person's either
    assert all(_found(doc, analyzer, f"/properties/carrier_name/enum/{i}") == set() for i in range(4))
    assert _found(_value("enum", ["MARIA_GONZALEZ"], key="patient_name"), analyzer, "/properties/patient_name/enum/0")


@pytest.mark.parametrize(
    "text",
    ["Escalated to Jesse Brown VA Medical Center after triage.", "Employee Henry Ford Health System badge."],
)
def test_a_role_or_an_errand_before_an_organisation_named_for_a_person_is_the_organisation_s(
    analyzer: Analyzer, text: str
) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()
