"""How values are written in other systems' own notations, and the vocabulary around them that is not a cue.

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
    ("keyword", "value"),
    [
        ("const", "HALVORSEN, INGRID M"),  # a register's LAST, FIRST M in capitals
        ("enum", ["KWAME ASANTE", "other"]),  # capitals, natural order
        ("default", "KAHANANUI^LEILANI^K"),  # HL7 v2 XPN, family first
        ("const", "BROWN^MARY^A^^^^L"),  # XPN: a surname that is also a word, and the name type code
        ("const", "VAN DER BERG^PIETER"),
        ("const", "O'BRIEN^SEAN"),
        ("examples", ["ingrid halvorsen"]),  # lower case, both names listed
        ("title", "LEILANI KAHANANUI"),  # a given name the lists hold, a surname they do not
        # a given name that is also a dictionary word, after its surname and the comma that says which is which
        ("const", "WHITFIELD, JAMES R"),
        ("enum", ["PRESCOTT, WILL", "other"]),
        # a generation's suffix after the name (`Jr`, `III`)
        ("const", "JAMES WHITFIELD JR"),
        ("default", "DESMOND OKAFOR III"),
        # a surname the lists hold whole with its apostrophe, though neither half is one (`d`, `angelo`)
        ("enum", ["Deshawn D'Angelo", "other"]),
        ("const", "Deshawn D\u2019Angelo"),
        # a nickname in quotes or brackets between the given name and the surname, as US records write it
        ("enum", ['Robert "Bobby" Haskins', "other"]),
        ("const", "Mary (Molly) O'Brien"),
        ("default", "Latoya M. \u201cToya\u201d Jefferson"),
        ("const", "Robert \u2018Bobby\u2019 McDonald"),
        ("const", "Jos\u00e9 [Pepe] Garc\u00eda"),
        # a maiden name in parentheses between them
        ("const", "Rosa (Lopez) Garcia"),
        ("enum", ["Linda (Kowalski) Nowak", "other"]),
    ],
)
def test_a_whole_value_in_capitals_lower_case_or_hl7_notation_is_a_person(
    analyzer: Analyzer, keyword: str, value: Any
) -> None:
    pointer = f"/properties/ref/{keyword}" + ("/0" if isinstance(value, list) else "")
    assert _found(_value(keyword, value), analyzer, pointer) == {"PERSON"}


@pytest.mark.parametrize(
    "value",
    [
        *("SALES, MARKETING", "GRANT TYPE", "add-on metadata", "pov-ray sdl", "JOHN DOE", "NEW YORK"),
        *("AUSTIN TX", "MAX CPU", "ALEXA SDK", "SANTA CLARA", "MAX BACKOFF", "ELISA^ELISA test^L"),
        *("HENRY IV", "ROCKY III", "BLACK, WHITE", "ROSE, GOLD"),  # a regnal name, a sequel, words
        *('Use the "Default" Profile', "Grace (Period) Notes", "Jordan (Air) Max"),  # words in quotes, no nickname
        *(
            'John "Johnny" Doe',
            "Austin (Texas) Street",
            "Grace (Hope) Church",
            "Max (Will) Power",
            "Paris (France) Hilton",
            "Austin (Houston) Street",
            "Norton (Rose) Fulbright",  # a firm: its middle word is a given name and a place too
            "Dallas (Tarrant) Irving",  # places
        ),  # a stand-in, glosses
    ],
)
def test_vocabulary_places_and_stand_ins_in_one_case_are_not(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("const", value), analyzer, "/properties/ref/const") == set()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Migrated record of BIRET EIRA, SSN 342 51 5428.", True),  # a person's identifier after the name
        ("Seen: Dafydd Prys, DOB 10/16/1965.", True),
        ("Test Patient, DOB 01/01/1980", False),  # everyday words
        ("Mercy Hospital, MRN 40718823", False),
        ("Grace Period, born 1980", False),
        ("New York, DOB 01/02/1980", False),  # a place
        ("Facility: BETH ISRAEL, MRN 4829173", False),  # an institution named for a place
        ("GRACE CHURCH, DOB 04/12/1961", False),  # dictionary words
        ("DESMOND OKAFOR, MRN 000000", False),  # a placeholder's number
    ],
)
def test_words_a_person_s_identifier_follows_after_a_comma_are_a_name(
    analyzer: Analyzer, text: str, person: bool
) -> None:
    assert ("PERSON" in _found(_value("description", text), analyzer, "/properties/ref/description")) is person


def test_names_in_capitals_and_hl7_notation_inside_prose_are_people(analyzer: Analyzer) -> None:
    caps = _value("const", "x", description="Escalated by INGRID HALVORSEN after review.")
    accented = _value("const", "x", description="Seen by JOSÉ GARCÍA today.")
    assert _found(accented, analyzer, "/properties/ref/description") == {"PERSON"}
    hl7 = _value("const", "x", description="Sample PID-5 value KAHANANUI^LEILANI^K from the feed.")
    assert _found(caps, analyzer, "/properties/ref/description") == {"PERSON"}
    assert _found(hl7, analyzer, "/properties/ref/description") == {"PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        "SEE ALSO INGRID HALVORSEN NOTES",  # a heading
        "Use the DEV REPO token.",  # capitals ending in a schema word
        "Values: GRANT ORG ACCESS or REVOKE ORG ACCESS.",
        "For example 4827193^^^Lakeside Clinic^XX in the feed.",  # an authority, not an XPN
    ],
)
def test_headings_and_capitalised_vocabulary_in_prose_are_not_names(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("const", "x", description=text), analyzer, "/properties/ref/description") == set()


@pytest.mark.parametrize("pattern", ["^MAX_APP_INSTANCES$", "^(MAX_API_CALLS|MIN_API_CALLS)$", "^(DAKOTA_AIRLINES)$"])
def test_constants_of_schema_words_in_a_regex_are_not_names(analyzer: Analyzer, pattern: str) -> None:
    assert _found(_value("pattern", pattern), analyzer, "/properties/ref/pattern") == set()


@pytest.mark.parametrize("pattern", ["^Patient/(ingrid_halvorsen|other-thing)$", "^(ingrid.halvorsen|other)$"])
def test_a_name_in_a_regex_literal_joined_by_a_separator_or_an_unescaped_dot_is_a_person(
    analyzer: Analyzer, pattern: str
) -> None:
    assert _found(_value("pattern", pattern), analyzer, "/properties/ref/pattern") == {"PERSON"}


@pytest.mark.parametrize(
    ("value", "entity"),
    [
        ("4827193^^^UCMC^MR", "MRN"),  # HL7 v2 CX, identifier type MR (Table 0203)
        ("283625873^^^USSSA^SS", "US_SSN"),
        ("S13750884^^^MN&2.16.840.1.113883.4.3.27&ISO^DL", "US_DRIVER_LICENSE"),
        ("48213377^^^HOSP^AN", "ACCOUNT_NUMBER"),
        ("48271930^^^UCMC^VN", "ACCOUNT_NUMBER"),  # a visit number
        ("4827193^^^Lakeside Clinic^MR", "MRN"),  # an assigning authority written with spaces
    ],
)
def test_an_hl7_identifier_is_what_its_type_code_says(analyzer: Analyzer, value: str, entity: str) -> None:
    assert _found(_value("const", value), analyzer, "/properties/ref/const") == {entity}
    prose = _value("const", "x", description=f"Feed sample {value} copied from the interface.")
    assert _found(prose, analyzer, "/properties/ref/description") == {entity}


@pytest.mark.parametrize("value", ["4827193^^^UCMC^XX", "4410200^^^FINANCE^CC"])  # CC: a cost center
def test_an_hl7_identifier_of_a_type_that_is_no_hipaa_identifier_is_not_labelled_by_it(
    analyzer: Analyzer, value: str
) -> None:
    assert _found(_value("const", value), analyzer, "/properties/ref/const") == set()


def test_a_key_fingerprint_is_not_a_mac_address(analyzer: Analyzer) -> None:
    fingerprint = "3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa"
    assert _found(_value("examples", [fingerprint], key="mac"), analyzer, "/properties/mac/examples/0") == set()
    assert _found(_value("examples", ["3c:22:fb:7a:91:0e"], key="mac"), analyzer, "/properties/mac/examples/0") == {
        "MAC_ADDRESS"
    }


@pytest.mark.parametrize(
    "text",
    [
        "00:1a:2b:3c:4d:5e-eth0",
        "mac 00-1a-2b-3c-4d-5e:eth0",
        "001a.2b3c.4d5e.Done",
        "00:1A:2B:3C:4D:5E-00:1A:2B:3C:4D:FF",
    ],
)
def test_a_mac_address_next_to_other_text_is_still_one(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("const", "x", description=text), analyzer, "/properties/ref/description") == {"MAC_ADDRESS"}


@pytest.mark.parametrize(
    "description",
    ["A unique number that identifies an image account transfer.", "The transfer id of an account migration."],
)
def test_a_cue_word_that_is_not_the_head_of_its_phrase_names_nothing(analyzer: Analyzer, description: str) -> None:
    doc = {"type": "object", "properties": {"id": {"type": "integer", "description": description, "example": 3164448}}}
    assert _found(doc, analyzer, "/properties/id/example") == set()


@pytest.mark.parametrize(
    "description", ["Account. Required.", "Account (financial) identifier", "The account, e.g. one"]
)
def test_a_cue_word_before_punctuation_heads_its_phrase(analyzer: Analyzer, description: str) -> None:
    doc = {
        "type": "object",
        "properties": {"ref": {"type": "string", "description": description, "examples": ["W48271930"]}},
    }
    assert _found(doc, analyzer, "/properties/ref/examples/0") == {"ACCOUNT_NUMBER"}


def test_a_cue_word_that_heads_its_phrase_still_names_the_value(analyzer: Analyzer) -> None:
    doc = {
        "type": "object",
        "properties": {"ref": {"type": "integer", "description": "The patient account", "example": 31644348}},
    }
    assert _found(doc, analyzer, "/properties/ref/example") == {"ACCOUNT_NUMBER"}


@pytest.mark.parametrize(
    "key",
    # a compound split at its hump (`jackHammer`, `stoneMason`) is one dictionary word
    ["replica_fetch_max_bytes", "markComment", "reasonLinkId", "dev_addr", "max_backoff", "jackHammer", "stoneMason"],
)
def test_keys_of_schema_words_that_are_also_given_names_are_not_people(analyzer: Analyzer, key: str) -> None:
    assert _found({"type": "object", "properties": {key: {"type": "string"}}}, analyzer, f"/properties/{key}") == set()


@pytest.mark.parametrize(
    "key",
    [
        "kelly_hart",
        "grant_kowalczyk",
        "open-halvorsen-ingrid-19700407",
        "patient_mark_lee",
        "graceLeeMrn",
        "max_wang_ssn",
        "patientJackHammer",  # a key about a patient keeps the model's name
    ],
)
def test_names_in_keys_after_a_word_or_beginning_with_one_are_still_people(analyzer: Analyzer, key: str) -> None:
    assert "PERSON" in _found(
        {"type": "object", "properties": {key: {"type": "string"}}}, analyzer, f"/properties/{key}"
    )


def test_a_date_after_dotted_initials_for_date_of_birth_is_one(analyzer: Analyzer) -> None:
    doc = _value("const", "x", description="Intake sample for Rosa, D.O.B. 04/09/1961, remove.")
    assert _found(doc, analyzer, "/properties/ref/description") == {"DATE_OF_BIRTH"}


@pytest.mark.parametrize(
    "udi",
    [
        "+H629SPINE01231I",  # HIBC primary data, its modulus-43 check character last
        "+H629SPINE0123/$$3270131LOT88C$",  # with expiry and lot after `/`
        "01008845211987491727013110LOT4471",  # GS1 element string without parentheses: GTIN, expiry, lot
    ],
)
def test_udis_in_hibc_and_plain_gs1_form_are_device_ids(analyzer: Analyzer, udi: str) -> None:
    assert _found(_value("const", udi, key="value"), analyzer, "/properties/value/const") == {"UDI"}


@pytest.mark.parametrize("value", ["+H629SPINE01231X", "01008845211987481727013110LOT4471"])
def test_a_udi_whose_check_character_or_digit_fails_is_not(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("const", value, key="value"), analyzer, "/properties/value/const") == set()


@pytest.mark.parametrize(
    ("key", "words", "values"),
    [  # each would be an account, a member id or an MRN under these words, without its code-system key
        ("snomed", {"description": "Codes for the patient account"}, ["22298006", "44054006"]),
        ("icd10Code", {"title": "Member diagnosis"}, ["41092001"]),
        ("rxnorm_cui", {"description": "Medication on the patient record"}, ["48213377"]),
        ("loinc", {"description": "Lab code for the chart number"}, ["48213377"]),
    ],
)
def test_numbers_under_a_key_that_names_a_code_system_are_codes(
    analyzer: Analyzer, key: str, words: dict[str, str], values: list[str]
) -> None:
    report = phiscan.scan_document(_value("enum", values, key=key, **words), analyzer=analyzer)
    assert report.findings == ()


def test_the_same_number_under_an_account_key_is_still_an_account(analyzer: Analyzer) -> None:
    assert _found(_value("const", "48213377", key="account"), analyzer, "/properties/account/const") == {
        "ACCOUNT_NUMBER"
    }


def test_an_hl7_name_with_accents_inside_prose_is_a_person(analyzer: Analyzer) -> None:
    doc = _value("const", "x", description="Sample PID-5 value GARCÍA^JOSÉ^M from the feed.")
    assert _found(doc, analyzer, "/properties/ref/description") == {"PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        "Patient: Ozioma Tshabalala-Nwankwo",  # a label only a person has: the lists need hold neither name
        "Guardian Yerlan Abenov signed the consent.",
        "Paciente: Tsegaye Wondimagegn",  # the label in another language the vocabulary knows
        "Nom complet : Tsegaye Wondimagegn",
        "Име и фамилия: Стоянка Пенчова",  # and another script
        "Guardian:\nTsegaye Wondimagegn",
        "Patient: Xyzzo Adeyemi-Bakare",  # a hyphenated surname
    ],
)
def test_a_name_no_list_holds_after_a_label_only_a_person_has_is_a_person(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("const", text), analyzer, "/properties/ref/const") == {"PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        "Patient: Returns Nothing",  # dictionary words
        "Full name: Kubernetes Dashboard",
        "Owner: Tsegaye Wondimagegn",  # owners are teams and products as often: the lists must agree
        "Name: Tsegaye Wondimagegn",  # and a bare `name` is anything's
        "Paciente: Ozioma",  # one word
        "Whether the campaign has Subscriber Optin or not.",  # one word before the sentence goes on
        "Patient Resource: Hapi Fhir",  # a label about something else that has a patient word in it
        "Patient: HAPI FHIR",  # an acronym
        "Patient: Firstname Lastname",  # the vocabulary's own field words: placeholders
        "Paciente: Nombre Apellido",
        "Patient: Zzztest Zzzpatient",
        "Customer name: Contoso Fabrikam",  # a customer's or a subscriber's name is as often a company's
        "Subscriber: Twilio Sendgrid",
        "The parent Zendesk Sunshine object.",
        "Patient Sex: Masculino Femenino",  # a label for another field of the patient's
    ],
)
def test_after_other_labels_or_as_dictionary_words_unlisted_names_are_not(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("const", text), analyzer, "/properties/ref/const") == set()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The member (b. 12.03.1984) is eligible.", {"DATE_OF_BIRTH"}),  # "born", after a word for a person
        ("Subscriber (b. 1984-03-12) renews yearly.", {"DATE_OF_BIRTH"}),
        ("Child b. 03/12/2015 needs a guardian's consent.", {"DATE_OF_BIRTH"}),
        ("See appendix b. 2021-03-04 for the schedule.", set()),  # a list's item b.
        ("Plan b. 2024-01-01 starts the new year.", set()),
        # a second review's: a list's second item, a comma after a word for a person that is no patient's
        ("Options: a. Subscriber b. 2024-01-01 effective", set()),
        ("Add a family member, b. 2024-01-01 onwards", set()),
    ],
)
def test_born_abbreviated_after_a_word_for_a_person_makes_a_date_of_birth(
    analyzer: Analyzer, text: str, found: set[str]
) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == found
