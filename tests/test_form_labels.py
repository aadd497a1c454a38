"""Field names as public data dictionaries write them, and form labels as software translated into many languages
writes them: NAACCR's `nameLast`, FHIR's `HumanName.family` and `Encounter.identifier`, MIMIC's `hadm_id`, LDAP's
`carLicense`; the birth date, phone and account labels of contact, donation and password-manager forms
(`scripts/sources/l10n_labels.tsv`).  And what those labels must not make of other words.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

import pytest
from scan_support import found_at as _found

from phiscan.detect.analyzer import Analyzer
from phiscan.detect.vocabulary import cues_in, normal_words


def _cues(text: str) -> set[str]:
    return set(cues_in(normal_words(text), head=True))


@pytest.mark.parametrize(
    ("key", "category"),
    [
        ("nameLast", "PERSON"),  # NAACCR v26
        ("Name--First", "PERSON"),
        ("HumanName.family", "PERSON"),  # FHIR's datatype
        ("formattedName", "PERSON"),  # vCard's FN
        ("BENE_GVN_NAME", "PERSON"),  # CMS CCW
        ("hadm_id", "ACCOUNT_NUMBER"),  # MIMIC: a hospital admission, as a visit number is
        ("Encounter.identifier", "ACCOUNT_NUMBER"),
        ("PREADMIT_NUMBER", "ACCOUNT_NUMBER"),  # HL7 v2 PV1-5
        ("bban", "ACCOUNT_NUMBER"),  # ISO 13616
        ("carLicense", "VEHICLE_ID"),  # RFC 2798: a vehicle's licence or plate
    ],
)
def test_a_data_dictionary_s_field_name_names_its_category(key: str, category: str) -> None:
    assert category in _cues(key)


@pytest.mark.parametrize(
    ("label", "category"),
    [
        ("Rojstni datum", "DATE_OF_BIRTH"),  # Slovene
        ("Naskiĝdato", "DATE_OF_BIRTH"),  # Esperanto
        ("Дата нараджэння", "DATE_OF_BIRTH"),  # Belarusian
        ("Telefonnummern", "PHONE_NUMBER"),  # German, the plural
        ("Rekeningnommer", "ACCOUNT_NUMBER"),  # Afrikaans
        ("Kod pocztowy", "ZIP_CODE"),  # Polish
    ],
)
def test_a_form_label_in_another_language_names_its_category(label: str, category: str) -> None:
    assert _cues(label) == {category}


@pytest.mark.parametrize(
    "word",
    [
        "nomorMobil",  # Indonesian: a car's number (Catalan `mòbil` is a mobile: left out)
        "Strada",  # a street's word inside an address, no label
        "carcinogenicity",  # no label's short word cuts a glued English word (Welsh `geni`: left out)
        "tata_motors",  # four letters alone (`tata`, a father) name nothing
    ],
)
def test_a_label_s_words_do_not_make_other_words_a_label(word: str) -> None:
    assert _cues(word) == set()


def test_a_post_code_after_the_word_address_is_a_post_code(analyzer: Analyzer) -> None:
    # `adreça postal` (a postal address) is left out: read as `address postal` it would take `AddressPostcode`
    doc = {"type": "object", "properties": {"AddressPostcode": {"type": "string", "examples": ["LS1 6AE"]}}}
    assert _found(doc, analyzer, "/properties/AddressPostcode/examples/0") == {"ZIP_CODE"}


@pytest.mark.parametrize(
    ("key", "value", "entity"),
    [
        ("Data_urodzenia", "1984-03-12", "DATE_OF_BIRTH"),
        ("nameLast", "Oyuunchimeg Batzorig", "PERSON"),
        ("Rojstni_datum", "12.03.1984", "DATE_OF_BIRTH"),
        # DICOM PS3.6's keywords: a name at birth, not a birth date; the record's locator; the insurance plan's id
        ("PatientMotherBirthName", "Adjoa Mensimah Quaye", "PERSON"),
        ("PatientBirthName", "Efua Takyiwaa", "PERSON"),
        ("MedicalRecordLocator", "RL/4471/09", "MRN"),
        ("InsurancePlanIdentification", "W318862045", "HEALTH_PLAN_ID"),
        ("ResponsiblePerson", "Kwabla Dzikunu", "PERSON"),
        # the abbreviations forms and code write for a full name, before a name no list holds
        ("ФИО", "Dravik Osselin", "PERSON"),
        ("ПІБ", "Dravik Osselin", "PERSON"),
        ("user_fio", "Dravik Osselin", "PERSON"),
        ("ชื่อ-สกุล", "Dravik Osselin", "PERSON"),
        ("insuredNm", "Dravik Osselin", "PERSON"),
    ],
)
def test_a_value_under_a_label_of_its_category_is_found(analyzer: Analyzer, key: str, value: str, entity: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string", "const": value}}}
    assert _found(doc, analyzer, f"/properties/{key}/const") == {entity}


@pytest.mark.parametrize(
    "key",
    [
        "errcode",  # no `eircode` one slip off: typos are not read
        "varname",
        "subname",
        "birthrate_date",
        "индекс",  # an index in Russian, as `indeks` in Polish and Turkish: only `почтовый индекс` is a post code
        "indeks",
        "fecha_aniversario",  # an anniversary, not a birthday
        "scheda_madre",  # a motherboard: no kin word of another language is read alone
        "paire",
        "conjunto",
    ],
)
def test_words_near_a_label_or_a_label_s_other_senses_name_nothing(key: str) -> None:
    assert _cues(key) == set()


@pytest.mark.parametrize(
    ("key", "category"),
    [
        ("geburtsdatun", "DATE_OF_BIRTH"),  # German's word, one letter changed
        ("nascimentu", "DATE_OF_BIRTH"),  # Portuguese's, as a creole spells it
        ("geboortedatun", "DATE_OF_BIRTH"),
    ],
)
def test_another_language_s_word_one_slip_off_is_still_read(key: str, category: str) -> None:
    assert category in _cues(key)


@pytest.mark.parametrize(
    ("label", "category"),
    [
        ("cartella clinika", "MRN"),  # Italian's `cartella clinica`, its second word spelt as a dialect does
        ("carta de condusao", "LICENSE_NUMBER"),  # Portuguese's `carta de condução`
        ("kuenta bancaria", "ACCOUNT_NUMBER"),  # Spanish's `cuenta bancaria`: a slip in its first letters too
        ("cartela_clinica", "MRN"),  # a short word: its phrase vouches for it
    ],
)
def test_a_phrase_s_word_one_slip_off_is_read_beside_the_phrase_s_other_words(label: str, category: str) -> None:
    assert category in _cues(label)


@pytest.mark.parametrize(
    "label",
    [
        "kuenta",  # alone: no phrase vouches for it
        "clinika",
        "carta de conducta",  # two slips off `condução`: another word (conduct)
        "historia clinik",  # two slips off `clinica`
        "Número de comité",  # a number's word vouches for no word (`numero de compte`, an account's)
        "dataDelRecesso",  # a contract's withdrawal, no `data del decesso`
        "código hostal",  # a hostel's code, no `código postal`
    ],
)
def test_a_word_one_slip_off_a_phrase_s_word_needs_the_phrase_around_it(label: str) -> None:
    assert _cues(label) == set()


def test_a_value_under_a_dialect_s_spelling_of_a_phrase_is_found(analyzer: Analyzer) -> None:
    doc = {"type": "object", "properties": {"ref": {"type": "string", "const": "Carta de condusao: L702-4418-9035"}}}
    assert _found(doc, analyzer, "/properties/ref/const") == {"US_DRIVER_LICENSE"}


@pytest.mark.parametrize(
    ("key", "category"),
    [
        ("nameOnCard", "PERSON"),  # a key's head noun, then what its value stands on
        ("memberIdOnCard", "HEALTH_PLAN_ID"),
        ("phoneOnFile", "PHONE_NUMBER"),
        ("ssn_on_record", "US_SSN"),
    ],
)
def test_a_key_s_head_before_what_its_value_stands_on_names_its_category(key: str, category: str) -> None:
    assert category in _cues(key)


@pytest.mark.parametrize(
    "key", ["memberCountOnCard", "medicareFeeOnClaim", "accountOnHoldAmount", "memberOnCardCount", "serialAtBaud"]
)
def test_a_key_whose_head_before_what_it_stands_on_is_no_identifier_names_nothing(key: str) -> None:
    assert _cues(key) == set()
