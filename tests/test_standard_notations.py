"""Identifiers written in the notations of published standards and national conventions: AAMVA's licence
barcode element ids and name field, ICAO 9303's machine-readable name, USPS Publication 28's street
abbreviations, postal address orders of other countries, and dates in the Thai Buddhist era, Vietnam's
administrative form, the Solar Hijri calendar and romanised Cyrillic or Finnish month names.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

from phiscan.detect.analyzer import Analyzer
from phiscan.detect.dates import compact_birth_date
from phiscan.detect.shapes import is_date


@pytest.mark.parametrize(
    ("key", "keyword", "value", "entity"),
    [
        ("DBB", "default", "07221984", "DATE_OF_BIRTH"),  # AAMVA's US order, MMDDCCYY
        ("DAQ", "examples", ["W61204877"], "US_DRIVER_LICENSE"),
        ("DAK", "pattern", "^97205$", "ZIP_CODE"),
        ("DAA", "const", "Chidera Okonkwo", "PERSON"),
    ],
)
def test_an_aamva_element_id_as_a_key_names_its_value(
    analyzer: Analyzer, key: str, keyword: str, value: Any, entity: str
) -> None:
    pointer = f"/properties/{key}/{keyword}" + ("/0" if isinstance(value, list) else "")
    assert _found(_value(keyword, value, key=key), analyzer, pointer) == {entity}


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("DBB: 19840722", "DATE_OF_BIRTH"),
        ("DAK: 97205", "ZIP_CODE"),
        ("DAG 4410 Willow Btm Apt 3", "STREET_ADDRESS"),
    ],
)
def test_an_aamva_element_id_before_a_value_names_it(analyzer: Analyzer, text: str, entity: str) -> None:
    assert entity in _found(_value("enum", [text]), analyzer, "/properties/ref/enum/0")


@pytest.mark.parametrize(
    "text",
    ["Board serial (printed as DAQ 6001234 on the label)", "HN 38472910 is the story id", "See HN: 4412873"],
)
def test_ids_that_are_labels_only_as_a_whole_key_are_other_words_in_prose(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()


@pytest.mark.parametrize("key", ["dag", "daq", "dbb_version"])
def test_the_ids_in_lower_case_or_inside_a_word_are_other_words(analyzer: Analyzer, key: str) -> None:
    assert _found(_value("examples", ["61204877"], key=key), analyzer, f"/properties/{key}/examples/0") == set()


@pytest.mark.parametrize("value", ["OKONKWO<<CHIDERA<AMAKA", "NAKASHIMA<<REI<<<<<<", "OKONKWO,CHIDERA,AMAKA"])
def test_a_name_in_icao_9303_or_aamva_notation_is_a_person(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("examples", [value]), analyzer, "/properties/ref/examples/0") == {"PERSON"}


@pytest.mark.parametrize(
    "value",
    ["ERIKSSON<<ANNA<MARIA", "ERIKSSON<<ANNA<MARIA<<<<<<", "ERIKSSON^ANNA^MARIA", "SAMPLE,JANICE,ANN", "GET,POST,PUT"],
)
def test_the_standards_specimens_and_comma_lists_of_words_are_not(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("examples", [value]), analyzer, "/properties/ref/examples/0") == set()


@pytest.mark.parametrize(
    "address",
    [
        "Kralja Petra 41, stan 7, 11000 Beograd",
        "Str. Mihai Eminescu nr. 12, bl. C2, ap. 5",
        "vul. Sadova, bud. 14, kv. 9, Poltava",
        "88/4 หมู่ 3 ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50200",
        "1187 Quarry Strm Unit 4",  # USPS Publication 28's standard abbreviation of Stream
        "Bulevardul Unirii 20, sc. 2, et. 3, ap. 14, 700259 Iasi",  # a six-digit postcode, before a listed town
        "Karlova 12, byt 4, 11000 Praha",
    ],
)
def test_addresses_in_more_national_orders_are_addresses(analyzer: Analyzer, address: str) -> None:
    assert "STREET_ADDRESS" in _found(_value("examples", [address]), analyzer, "/properties/ref/examples/0")


@pytest.mark.parametrize(
    "text",
    [
        "See section 4, sub 2, 20000 Limits apply",
        "Tier 1, 100000 Requests per day",
        "Str. 5 of the report",
        "Python 3, pip 23, 100000 Downloads",
        "Region 4, 654321 Ids",
        "Str. Main nr. 5",
        "Apply 30 Days Grn",
        "Mode 7, 44100 Hz",
    ],
)
def test_numbered_sections_and_quotas_are_not(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()


@pytest.mark.parametrize(
    "value", ["3 มีนาคม 2519", "ngày 21 tháng 11 năm 1979", "5 bereznia 1976", "12 noiabria 1981", "4. helmikuuta 1990"]
)
def test_national_written_dates_are_dates(value: str) -> None:
    assert is_date(value)


@pytest.mark.parametrize(
    "value",
    [
        "27-a de septembro 1996",
        "13\u05d8\u05df \u05d0\u05b7\u05e4\u05bc\u05e8\u05d9\u05dc 1974",
        "3 di òktober 1996",
        "1er mars 1961",
        "4th of May 1970",
    ],
)
def test_a_day_with_its_ordinal_s_ending_or_a_word_before_its_month_is_a_date(value: str) -> None:
    assert is_date(value)  # Esperanto, Yiddish, Papiamento (its month with a mark glibc's list lacks), French


@pytest.mark.parametrize("value", ["12 to mars 1996", "3 in May 2020", "7 at June 1994"])
def test_a_word_that_joins_no_day_to_its_month_makes_no_date(value: str) -> None:
    assert not is_date(value)


@pytest.mark.parametrize("value", ["3 มีนาคม 1976", "3 ตัวอย่าง 2519", "5 aga 1976"])
def test_a_buddhist_era_year_needs_a_thai_month_and_a_month_a_name(value: str) -> None:
    assert not is_date(value)


def test_a_solar_hijri_date_under_a_birth_word_is_a_date_of_birth(analyzer: Analyzer) -> None:
    assert compact_birth_date("1361/07/15") and not compact_birth_date("1961/07/15")
    doc = _value("default", "1361/07/15", key="birth_date")
    assert _found(doc, analyzer, "/properties/birth_date/default") == {"DATE_OF_BIRTH"}
    assert _found(_value("default", "1361/07/15", key="release"), analyzer, "/properties/release/default") == set()


@pytest.mark.parametrize(
    "value",
    ["SV52 BAGR 0000 0000 0017 4109 3820", "MN710050099417728365", "IR660629600000001148029374", "9112 3402 5571 0044"],
)
def test_ibans_of_every_registry_country_and_national_cards_stand_alone(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("const", value), analyzer, "/properties/ref/const") & {"IBAN_CODE", "CREDIT_CARD"}


@pytest.mark.parametrize("value", ["SV52 BAGR 0000 0000 0017 4109 3821", "9112 3402 5571 0047", "9000 1234 5678 9010"])
def test_a_failed_check_digit_is_neither(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("const", value), analyzer, "/properties/ref/const") == set()


@pytest.mark.parametrize("key", ["nume_complet", "koko_nimi", "nom_complet", "imie_i_nazwisko"])
def test_full_name_keys_of_other_languages_name_a_person_and_are_none(analyzer: Analyzer, key: str) -> None:
    doc = _value("examples", ["wiktoria zalewska"], key=key)
    assert _found(doc, analyzer, f"/properties/{key}/examples/0") == {"PERSON"}
    assert _found(doc, analyzer, f"/properties/{key}") == set()


def test_a_machine_readable_name_in_prose_or_a_comment_is_a_person(analyzer: Analyzer) -> None:
    doc = {"type": "object", "$comment": "Scanned: OKONKWO<<CHIDERA<AMAKA", "description": "see A<<B and x<<2"}
    assert _found(doc, analyzer, "/$comment") == {"PERSON"} and _found(doc, analyzer, "/description") == set()


@pytest.mark.parametrize(("key", "value"), [("full_name", "بهاره کریمی"), ("next_of_kin", "राहुल शर्मा")])
def test_a_name_in_a_script_without_capitals_under_a_word_for_a_person_is_a_person(
    analyzer: Analyzer, key: str, value: str
) -> None:
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") == {"PERSON"}


@pytest.mark.parametrize(("key", "value"), [("full_name", "نام کامل"), ("status", "بهاره کریمی")])
def test_words_that_are_no_listed_name_or_a_key_that_names_no_person_are_not(
    analyzer: Analyzer, key: str, value: str
) -> None:
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") == set()


@pytest.mark.parametrize(("key", "value"), [("mrn", "MR-2031"), ("member_id", "XK2015")])
def test_a_short_id_whose_digits_read_as_a_year_is_still_an_id(analyzer: Analyzer, key: str, value: str) -> None:
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") != set()


@pytest.mark.parametrize("value", ["garcia,rosa", "garcia,rosa,maria"])
def test_a_name_in_lower_case_with_a_comma_is_still_a_person(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("enum", [value]), analyzer, "/properties/ref/enum/0") == {"PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        "EN 50549-1 chapter 4.9.3.4 sets the threshold.",
        "See § 84.17.43.2 of the rules.",
        "Table 31.21.3.14 lists them.",
        "Sections 84.17.43.2 and on.",
        "See Sec. 84.17.43.2 there.",
        "CLAUSE\n84.17.43.2 applies.",
    ],
)
def test_a_standard_s_clause_numbered_like_an_address_is_no_address(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()


def test_an_address_after_other_words_is_still_one(analyzer: Analyzer) -> None:
    found = _found(_value("description", "Client at 84.17.43.201 connected."), analyzer, "/properties/ref/description")
    assert found == {"IP_ADDRESS"}


@pytest.mark.parametrize(
    ("key", "value", "entity"),
    [
        ("dob", "\u0661\u0660/\u0660\u0669/\u0661\u0669\u0666\u0662", "DATE_OF_BIRTH"),  # Arabic-Indic digits
        ("dob", "\u0967\u0966/\u0966\u096f/\u0967\u096f\u096c\u0968", "DATE_OF_BIRTH"),  # Devanagari digits
        ("mrn", "\u06f4\u06f5\u06f8\u06f2\u06f1\u06f9\u06f3\u06f7", "MRN"),  # Persian digits
        # a typeset dash between the groups, and East Asian full-width forms
        ("ssn", "412\u201367\u20133398", "US_SSN"),  # en dashes
        ("x", "412\u221267\u22123398", "US_SSN"),  # minus signs, and no key needed
        ("ssn", "\uff14\uff11\uff12\uff0d\uff16\uff17\uff0d\uff13\uff13\uff19\uff18", "US_SSN"),
        ("note", "\uff2d\uff32\uff2e\uff1a\uff10\uff10\uff14\uff15\uff18\uff12\uff11", "MRN"),  # a full-width MRN: ...
        # typeset spaces between the groups: thin, narrow no-break (French typography), figure
        ("ssn", "583\u200941\u20096027", "US_SSN"),
        ("note", "SSN: 583\u202f41\u202f6027", "US_SSN"),
        ("ssn", "583\u200741\u20076027", "US_SSN"),
    ],
)
def test_numbers_in_other_scripts_digits_are_read_as_numbers(
    analyzer: Analyzer, key: str, value: str, entity: str
) -> None:
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") == {entity}


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("account", "Account numbers 40000000\u201349999999 are reserved for internal use"),
        ("mrn", "Medical record number between 100000\u2013999999"),
        ("plan", "Member number assigned 2022\u20132023"),
    ],
)
def test_an_en_dash_between_two_numbers_is_a_range(analyzer: Analyzer, key: str, text: str) -> None:
    assert _found(_value("description", text, key=key), analyzer, f"/properties/{key}/description") == set()


@pytest.mark.parametrize(
    "value",
    [
        "1962. szeptember 10.",  # Hungarian: year first, then the month's name
        "10 \u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044f 1962 \u0433.",  # Russian, with the year's abbreviation
        "10 Eylul 1962",  # a Turkish month written without its marks
        "10 th\u00e1ng 9 n\u0103m 1962",  # Vietnamese without `ng\u00e0y`
        "10 \u0e01.\u0e22. 2505",  # a Thai month abbreviated, in the Buddhist era
        "10 \u05d1\u05e1\u05e4\u05d8\u05de\u05d1\u05e8 1962",  # Hebrew: the month's name after `ב`, "in"
        "1962 m. rugs\u0117jo 10 d.",  # Lithuanian: year first, each part with its unit
        "1962. gada 10. septembris",  # Latvian, likewise
        "10 \u0b9a\u0bc6\u0baa\u0bcd\u0b9f\u0bae\u0bcd\u0baa\u0bb0\u0bcd 1962",  # Tamil: its vowel signs
        "\u09e7\u09e6 \u09b8\u09c7\u09aa\u09cd\u099f\u09c7\u09ae\u09cd\u09ac\u09b0 \u09e7\u09ef\u09ec\u09e8",  # Bengali
    ],
)
def test_dates_of_birth_as_more_languages_write_them(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("const", value, key="dob"), analyzer, "/properties/dob/const") == {"DATE_OF_BIRTH"}


@pytest.mark.parametrize("text", ["Paciente nacido el 10/09/1962 en Lima.", "Pacjent urodzony 10.09.1962 w Gdańsku."])
def test_a_date_after_another_language_s_word_for_born_is_a_birth_date(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == {"DATE_OF_BIRTH"}


@pytest.mark.parametrize(
    ("keyword", "value", "found"),
    [
        ("const", "83702-3955", {"ZIP_CODE"}),  # USPS's ZIP+4 is written so and nothing else is: no word need vouch
        ("description", "Kòd postal la: 60614-2233.", {"ZIP_CODE"}),
        ("examples", ["12345-6789"], set()),  # a stand-in
        ("description", "Ports 10000-2000 only", set()),  # a round number is no ZIP
        ("const", "1-20240-1234", set()),  # a group of a longer number
    ],
)
def test_a_zip_plus_four_is_one_without_a_word_for_it(
    analyzer: Analyzer, keyword: str, value: Any, found: set[str]
) -> None:
    pointer = f"/properties/kodigo/{keyword}" + ("/0" if isinstance(value, list) else "")
    assert _found(_value(keyword, value, key="kodigo"), analyzer, pointer) == found
