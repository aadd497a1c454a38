"""Identifiers as other countries, other record layouts and other writers put them: dates and addresses in
national forms, cue words in other languages, card brands beyond the four best known, labels glued to their
numbers in keys and file names, profile and fundraiser pages, and the documentation examples that are not PHI.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

import phiscan
from phiscan.detect.analyzer import Analyzer
from phiscan.detect.shapes import is_date


def _luhn(prefix: str, length: int = 16) -> str:
    """`prefix` padded with 7s to a number of `length` digits whose Luhn check digit is right."""
    body = (prefix + "7" * length)[: length - 1]
    total = sum(int(c) if i % 2 else (2 * int(c) - 9 if int(c) > 4 else 2 * int(c)) for i, c in enumerate(body[::-1]))
    return body + str(-total % 10)


@pytest.mark.parametrize(
    "value",
    ["14. März 1952", "3 de octubre de 1961", "4 mars 1970", "2011年3月14日", "1994년 9월 9일", "23/10/77"],
)
def test_dates_in_other_languages_and_scripts_are_dates(value: str) -> None:
    assert is_date(value)


@pytest.mark.parametrize("value", ["12 apples 2020", "5 units 1999", "31/02/7"])
def test_a_day_a_word_and_a_year_is_no_date_unless_the_word_is_a_month(value: str) -> None:
    assert not is_date(value)


@pytest.mark.parametrize(
    ("key", "keyword", "value"),
    [
        ("PatientBirthDate", "default", "14. März 1952"),
        ("ref", "description", "Copied from an old export: born 3 de octubre de 1961"),
        ("ref", "examples", ["geb. 11-Mar-1977"]),
        ("ref", "pattern", "^fecha de nacimiento 14/03/77$"),
        ("ref", "description", "Seen in a header: PatientBirthDate in the failing header: 17/08/93."),
        # in a text under a key for a birth date, another language's month as an English one
        ("dob", "description", "Left from the March load: 9. Oktober 1958"),
        ("birthDate", "title", "Copied as-is: 21 de fevereiro de 1966"),
    ],
)
def test_a_date_under_a_birth_word_of_any_language_is_a_date_of_birth(
    analyzer: Analyzer, key: str, keyword: str, value: Any
) -> None:
    pointer = f"/properties/{key}/{keyword}" + ("/0" if isinstance(value, list) else "")
    assert _found(_value(keyword, value, key=key), analyzer, pointer) == {"DATE_OF_BIRTH"}


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("created", "Left from the March load: 9. Oktober 1958"),  # no key for a birth date
        ("dob", "Pflichtfeld seit 1. Januar 2020"),  # a rule's date, in its sentence
        ("birthDate", "Obsoleto desde el 15 de marzo de 2023."),
    ],
)
def test_a_date_in_another_language_is_no_birth_date_without_its_key_or_in_a_rule_s_sentence(
    analyzer: Analyzer, key: str, text: str
) -> None:
    assert _found(_value("description", text, key=key), analyzer, f"/properties/{key}/description") == set()


@pytest.mark.parametrize(
    ("keyword", "text", "entity"),
    [
        ("title", "Licencia de conducir D40372915 (Oklahoma)", "US_DRIVER_LICENSE"),
        ("title", "Numero de cuenta 73520148826", "ACCOUNT_NUMBER"),
        ("description", "Do not ship: Versichertennummer 417725631-02", "HEALTH_PLAN_ID"),
        ("title", "Medi-Cal CIN 91235874K", "HEALTH_PLAN_ID"),
        ("description", "From a real message; medicare_card_no 3KC4TD7MK72", "HEALTH_PLAN_ID"),
        ("description", "Left over: ePatient.09 60614-2231", "ZIP_CODE"),
        ("description", "Debug note. PatientID (0010,0020) K7724615", "MRN"),
    ],
)
def test_cue_words_of_other_languages_programs_and_record_layouts_name_the_number(
    analyzer: Analyzer, keyword: str, text: str, entity: str
) -> None:
    assert entity in _found(_value(keyword, text), analyzer, f"/properties/ref/{keyword}")


def test_a_chart_number_under_a_pharmacy_key_is_a_medical_record_number(analyzer: Analyzer) -> None:
    assert _found(
        _value("examples", ["31-44-20-18"], key="rx_pat_chart"), analyzer, "/properties/rx_pat_chart/examples/0"
    ) == {"MRN"}


@pytest.mark.parametrize("prefix", ["506102", "5020", "508008", "637561", "636368", "606282", "8600", "9860"])
def test_card_numbers_of_more_brands_are_found_grouped_alone_or_bare_after_a_word_for_a_card(
    analyzer: Analyzer, prefix: str
) -> None:
    number = _luhn(prefix)
    grouped = "-".join(number[i : i + 4] for i in range(0, 16, 4))
    assert _found(_value("enum", [grouped]), analyzer, "/properties/ref/enum/0") == {"CREDIT_CARD"}
    refund = _value("description", f"Old sample - refund to {number}")
    assert _found(refund, analyzer, "/properties/ref/description") == {"CREDIT_CARD"}


@pytest.mark.parametrize("prefix", ["58", "5049", "6734", "6900", "8600", "9860"])
def test_a_bare_sixteen_digit_id_outside_the_best_known_brands_needs_a_word_for_a_card(
    analyzer: Analyzer, prefix: str
) -> None:
    number = _luhn(prefix)
    assert _found(_value("examples", [number], key="id"), analyzer, "/properties/id/examples/0") == set()


def test_a_number_that_fails_the_luhn_check_is_no_card(analyzer: Analyzer) -> None:
    number = _luhn("506102")
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert _found(_value("enum", [wrong]), analyzer, "/properties/ref/enum/0") == set()


@pytest.mark.parametrize(
    ("name", "entity"),
    [
        ("svc.get-devices.ss-219097603.tools.json", "US_SSN"),
        ("svc.booking.lic-615787136.schema.json", "US_DRIVER_LICENSE"),
        ("svc.payouts.lic-V64201614042.tools.json", "US_DRIVER_LICENSE"),
    ],
)
def test_a_short_label_glued_to_its_number_in_a_file_name_names_it(
    analyzer: Analyzer, tmp_path: Path, name: str, entity: str
) -> None:
    (tmp_path / name).write_text('{"type": "object"}', "utf-8")
    report = phiscan.scan_paths([tmp_path / name], analyzer=analyzer)
    assert {f.entity for f in report.findings} == {entity}


@pytest.mark.parametrize(
    ("where", "key", "entity"),
    [
        ("properties", "x_DLC61576180", "US_DRIVER_LICENSE"),
        ("properties", "pan-564494353", "ACCOUNT_NUMBER"),
        ("properties", "legacy_cin-8486972455", "HEALTH_PLAN_ID"),
        ("patternProperties", "^SSN218_23_8776$", "US_SSN"),
        ("patternProperties", "^MBI93471629E\\.[0-9]+$", "HEALTH_PLAN_ID"),
    ],
)
def test_capitals_glued_to_a_number_are_split_where_a_label_ends(
    analyzer: Analyzer, where: str, key: str, entity: str
) -> None:
    doc = {"type": "object", where: {key: {"type": "string"}}}
    pointer = f"/{where}/{key.replace('~', '~0').replace('/', '~1')}"
    assert _found(doc, analyzer, pointer) == {entity}


@pytest.mark.parametrize("key", ["sublocality_2", "administrative_district_level_1", "address_line_2", "box5_zip_code"])
def test_a_field_and_its_index_under_an_address_is_no_address(analyzer: Analyzer, key: str) -> None:
    doc = {"type": "object", "properties": {"billing_address": {"type": "object", "properties": {key: {}}}}}
    assert _found(doc, analyzer, f"/properties/billing_address/properties/{key}") == set()


@pytest.mark.parametrize(
    "address",
    [
        "Cumhuriyet Cad. No:12 D:3, Kad\u0131köy 34710",
        "ships to 1052 Budapest, Váci utca 22. 2/5",
        "domicilio: 35 Teheran-ro 12-gil, Gangnam-gu, Seoul 06234",
        "Copied from ticket 4471 (340 S 500 W, Logan, UT 84321).",
    ],
)
def test_street_addresses_in_national_forms_are_addresses(analyzer: Analyzer, address: str) -> None:
    assert "STREET_ADDRESS" in _found(_value("description", address), analyzer, "/properties/ref/description")


@pytest.mark.parametrize(
    "text",
    [
        "Left over: call back on (503)241-7789",
        "svc account password: Qp7&uX2k@41",
        "Escalations go to sm_aat_Kd83jfLq02mZx9Pq.",
    ],
)
def test_a_phone_without_a_space_a_password_with_an_ampersand_and_a_token_before_a_stop_are_found(
    analyzer: Analyzer, text: str
) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description")


@pytest.mark.parametrize(
    "url",
    [
        "https://www.flickr.com/people/juanperez77/",
        "https://en.gravatar.com/mariagomez77",
        "https://weibo.com/u/2837465912",
        "https://www.ketto.org/fundraiser/help-maria-lopez-fight-cancer-123456",
        "https://gogetfunding.com/help-maria-lopez-recover/",
        # a whole name as a handle on a site where projects have handles too, and a click-to-chat number
        "https://www.youtube.com/@kipropcheruiyot",
        "https://t.me/karimbenali",
        "https://github.com/priya-deshmukh",
        "https://www.kaggle.com/kwamesmith",  # half of it a word, as in most common names
        "https://www.youtube.com/@mariaokafor",
        "https://kwame-mensah.bandcamp.com/",  # a user's subdomain on a site that gives each one
        "https://amaowusu.itch.io",
        "https://wa.me/254722918437",
        "https://kiprop-cheruiyot.me",  # a person's own domain, on a personal top-level domain
        "https://rosagarcia.name",
    ],
)
def test_profile_pages_behind_a_section_and_appeals_for_one_person_are_urls_of_a_person(
    analyzer: Analyzer, url: str
) -> None:
    assert _found(_value("default", url, key="link"), analyzer, "/properties/link/default") == {"URL"}


@pytest.mark.parametrize(
    "url",
    [
        "https://www.flickr.com/photos/tags/sunset",
        "https://docs.lakeside.io/help/john-deere-api",
        "https://example.org/campaigns/getting-started-guide",
        "https://github.com/rosalind",  # one name, not two run together
        "https://github.com/tomcat",  # a word after a name
        "https://github.com/rosewater",  # two words, each a name too
        "https://github.com/georgetown",  # a place
        "https://superband.bandcamp.com/",  # a band's words
        "https://t.me/s/channelname",
        "https://wa.me/12025550143",  # a drama number
        "https://mary-poppins.com",  # a given name and a word
        "https://react-native.dev",
        # a second hostile review's: brands named for founders, documentation's stand-ins, business lines
        "https://www.harley-davidson.com",
        "https://www.karim-benali.fr/",  # a name on a shared top-level domain is a brand as often
        "https://github.com/maxmustermann",
        "https://jan-kowalski.me",
        "https://wa.me/18002273357",  # a toll-free number
        "https://t.me/254722918437",  # Telegram's phone links carry their `+`
    ],
)
def test_other_pages_of_those_sites_and_help_sections_are_not(analyzer: Analyzer, url: str) -> None:
    assert _found(_value("default", url, key="link"), analyzer, "/properties/link/default") == set()


@pytest.mark.parametrize("value", ["Do not ship: escalated for Park^Jiwoo=박^지우.", "Tanaka^Hanako=山田^花子"])
def test_a_dicom_person_name_with_its_ideographic_form_is_a_person(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("description", value), analyzer, "/properties/ref/description") == {"PERSON"}


@pytest.mark.parametrize(
    "value",
    [
        "The birthday, in `YYYY-MM-DD` format. For example, `1998-09-21` represents September 21, 1998.",
        "The phone number, in E.164 format. For example: +14155552671 for the US.",
    ],
)
def test_examples_of_a_format_a_description_spells_are_not_findings(analyzer: Analyzer, value: str) -> None:
    doc = _value("description", value, key="birthday")
    assert _found(doc, analyzer, "/properties/birthday/description") == set()


@pytest.mark.parametrize("value", ["Sierra Leonean first leone", "Costa Rican colón"])
def test_a_country_s_adjective_is_no_person(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("description", value), analyzer, "/properties/ref/description") == set()


def test_a_token_of_counting_digits_is_a_documentation_stand_in(analyzer: Analyzer) -> None:
    assert (
        _found(_value("examples", ["xoxp-1234-5678-90123"], key="cursor"), analyzer, "/properties/cursor/examples/0")
        == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "insured's name (box 4) R. T. Moreno",
        "insured's name (box 4) A. G. Lewis",
        "patient name: Moreno/Raquel",
        "Requested by Demirci Emre.",
        "Debug note. Escalated for KIM MINJUN.",
        *("Patient: Oyelaran, Kunle", "Patient: ZOIDZE, Tariel", "Contact: Garcia, Maria"),  # family, given
        *("Next of kin: ऋत्विक पाठारे", "Guardian: राहुल वर्मा"),  # scripts without capitals, listed or not
        # a label only a person has, in English or translated, before a name no list holds
        *("Emergency contact: Tariel Zoidze", "Cardholder: Baurzhan Seitkali", "Witness: Tariel Zoidze"),
        *("Angehöriger: Tariel Zoidze", "Hasta adı: Baurzhan Seitkali", "Jina la mgonjwa: Tariel Zoidze"),  # noqa: RUF001
        # a name before the words that say whose it is, an apposition, markup around a label
        *("Tariel Zoidze (patient) was seen.", "Zoidze, Tariel, born 1957.", "Baurzhan Seitkali (DOB on file)"),
        *("Zoidze, Tariel, b. 1957.", "The patient, Baurzhan Seitkali, was seen."),
        *("**Patient:** Tariel Zoidze", "<b>Patient</b>: Tariel Zoidze", "| Patient | Baurzhan Seitkali |"),
        "Patient name is Tariel Zoidze.",
        *(
            "Consulta de la paciente Tariel Zoidze el lunes.",
            "Wizyta: pacjent Baurzhan Seitkali.",
        ),  # `patient` translated
        "Name: Tariel Zoidze; DOB on file.",  # a record's line: the name beside a birth date's label is a person's
    ],
)
def test_a_name_after_a_label_for_a_person_s_name_or_an_introducing_word_is_a_person(
    analyzer: Analyzer, text: str
) -> None:
    report = phiscan.scan_document(_value("description", text), analyzer=analyzer)
    assert {f.entity for f in report.findings} == {"PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        "Exposure Time in ms. VR FD, VM 1.",
        "file name: Report Final",
        "Requested by Grace Period",
        "Signed by Default Settings",
        "display name: Main Street",
        *("Patient: HAPI, FHIR", "Contact: Sales, Support"),
        *("Employee: Full Time", "Contact person: Sales Team", "Student: Kubernetes Fundamentals"),
        *("Apache Superset's chart library", "Gold Plan (member) pricing", "The patient, Date of Birth and MRN."),
        # after `'s chart` or `(member)` a company's as often: a given name and a surname the lists hold
        *("Upgrades Grafana Loki's chart", "Bitnami Keycloak's chart version", "Grafana Loki (member)"),
        *("Patientin: Wundversorgung Nachsorge",),
        "Name: Data Factory; DOB: required",
        "Patient: Kenya, Nairobi",  # a place written after its country
        *("Paciente: Nuevo Registro", "Patientin: Neue Akte", "Patient: Datos Personales"),  # other languages' words
        "Next of kin: غير معروف",  # "unknown"
    ],
)
def test_units_things_and_vocabulary_after_such_words_are_not(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()


def test_a_label_glued_to_its_number_wins_over_the_key_around_it(analyzer: Analyzer) -> None:
    doc = {"type": "object", "properties": {"balanceAccount": {"patternProperties": {"^MBI93471629E\\.[0-9]+$": {}}}}}
    pointer = "/properties/balanceAccount/patternProperties/^MBI93471629E\\.[0-9]+$"
    assert _found(doc, analyzer, pointer) == {"HEALTH_PLAN_ID"}


@pytest.mark.parametrize(
    ("key", "value", "entity"),
    [
        ("seinengappi", "1961-03-14", "DATE_OF_BIRTH"),
        ("denwa_bangou", "03-5412-7789", "PHONE_NUMBER"),
        ("hokensho_bango", "K3920118", "HEALTH_PLAN_ID"),
        ("karute_no", "0048213", "MRN"),
        ("menkyo_bangou", "D40372915", "US_DRIVER_LICENSE"),
        ("kouza_bangou", "7352014882", "ACCOUNT_NUMBER"),
        ("placa", "ABC-1D23", "LICENSE_PLATE"),
    ],
)
def test_keys_in_romanised_japanese_and_other_languages_name_their_values(
    analyzer: Analyzer, key: str, value: str, entity: str
) -> None:
    assert _found(_value("default", value, key=key), analyzer, f"/properties/{key}/default") == {entity}


def test_a_nemsis_code_list_of_an_element_that_is_no_identifier_is_not_one(analyzer: Analyzer) -> None:
    doc = _value("enum", ["9906001", "9906003", "9906007"], key="ePatient.13")  # NEMSIS gender codes
    assert phiscan.scan_document(doc, analyzer=analyzer).findings == ()


def test_every_profile_host_is_a_site_and_a_short_site_is_not_a_language_label(analyzer: Analyzer) -> None:
    from phiscan.detect.urls import _profile_hosts

    assert all("." in host for host in _profile_hosts())
    for url in ("https://hp.com/drivers", "https://aa.com/checkin", "https://es.pinterest.com/ideas"):
        assert _found(_value("default", url, key="link"), analyzer, "/properties/link/default") == set(), url
    assert _found(
        _value("default", "https://vk.com/id180451538", key="link"), analyzer, "/properties/link/default"
    ) == {"URL"}


@pytest.mark.parametrize(
    "text",
    [
        "Located at 45 N 122 W",
        "Bounding box: 35 N 139 E (Tokyo)",
        "Sort 100 results, P. S. this is capped.",
        "Pagination: 10 Intro-ro",
        "Reads from cin until 10485760 bytes are consumed.",
        "The lic file must be under 10485760 bytes.",
        "Pan and zoom: the tile 48213976 is loaded first.",
        "ordered by ID DESC",
        "signed by Sigstore Cosign",
        "The project name: Kubeflow Katib",
        "member: Wu/Tang",
        "Dates use YYYY-MM-DD, e.g. 2020-01-01.",
        "Download from https://hp.com/drivers first.",
    ],
)
def test_coordinates_abbreviations_in_prose_products_and_format_examples_are_not_findings(
    analyzer: Analyzer, text: str
) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Context: patient born 1957-11-23. Dates use YYYY-MM-DD, e.g. 2020-01-01.",
        "Phone in E.164. e.g. +1 605 226 1777; patient's home phone is (605) 226-1778",
    ],
)
def test_a_value_outside_the_sentence_that_shows_a_format_is_still_found(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") in (
        {"DATE_OF_BIRTH"},
        {"PHONE_NUMBER"},
    )


@pytest.mark.parametrize("value", ["DL380G10", "DLX500-2020", "CINE20231", "PAT2024-001", "VIN12345"])
def test_model_and_version_codes_that_start_with_a_label_are_not_its_number(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("enum", [value], key="model"), analyzer, "/properties/model/enum/0") == set()


@pytest.mark.parametrize("value", ["12 janv. 1985", "15 Okt. 1985", "5 de enero del 1990", "23-10-99"])
def test_abbreviated_months_and_dashed_two_digit_years_are_dates(value: str) -> None:
    assert is_date(value)


def test_abbreviations_that_name_a_category_only_in_keys_are_one_registry() -> None:
    from phiscan.detect.printedlabels import key_only_pattern
    from phiscan.detect.vocabulary import normal_words

    assert key_only_pattern().search("reads from cin until the end")
    assert not key_only_pattern().search("cinema, license, pancake")
    assert normal_words("pan_no") == ("card", "number", "number")


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("philhealth_no", "17-482913375-2"),  # the Philippine NHDR guide's PhilHealth Identification Number
        ("dvaNumber", "NX482913"),  # AU Base: a Department of Veterans' Affairs number
        ("jurisdictionalHealthNumber", "9482913375"),  # CA Baseline: a provincial health number
        ("healthCareCardNumber", "482913375K"),  # AU Base: a concession health care card, no bank card
    ],
)
def test_national_health_numbers_named_in_english_are_health_plan_ids(analyzer: Analyzer, key: str, value: str) -> None:
    assert _found(_value("default", value, key=key), analyzer, f"/properties/{key}/default") == {"HEALTH_PLAN_ID"}


@pytest.mark.parametrize(
    "url",
    [
        "https://replit.com/@tanvirhossain82",  # `/@<handle>` with a name and a number, as people pick them
        "https://sr.ht/~ilkasundqvist/",  # `/~<handle>`
        "https://hashnode.com/@okonkwo_ada71",
        "https://huggingface.co/ruthmbeki93",  # a hub: a person's handle counts there
        "https://github.com/mariekovacs58",
    ],
)
def test_a_person_s_handle_after_at_or_tilde_or_on_a_hub_is_a_url_of_a_person(analyzer: Analyzer, url: str) -> None:
    assert _found(_value("default", url, key="link"), analyzer, "/properties/link/default") == {"URL"}


@pytest.mark.parametrize(
    "url",
    [
        "https://github.com/pallets",  # a hub's project or company
        "https://huggingface.co/gpt2",
        "https://huggingface.co/t5-small",
        "https://github.com/kubernetes123",  # a word and a number
        "https://replit.com/@user42",  # a short word and a number: an id
        "https://unpkg.com/@babel/core",
        "https://github.com/johndoe123",  # a stand-in's, a test's, a bot's, a documentation company's
        "https://github.com/testuser123",
        "https://github.com/dependabot2024",
        "https://github.com/contoso365",
        "https://github.com/webapp2023",  # words, no listed name
        "https://huggingface.co/deepseek33",
        "https://example.org/@nginx123",
    ],
)
def test_projects_on_hubs_and_id_handles_are_not(analyzer: Analyzer, url: str) -> None:
    assert _found(_value("default", url, key="link"), analyzer, "/properties/link/default") == set()


@pytest.mark.parametrize(
    ("value", "found"),
    [
        ("514.227.09", {"MRN"}),  # two groups of three digits and one of two: a record's number, grouped
        ("514.227.093", {"MRN"}),
        ("1.12.3", set()),  # a version
        ("120.0.6099", set()),  # a browser's version: a one-digit minor
    ],
)
def test_a_number_grouped_by_dots_under_a_record_s_key_is_its_number_unless_a_version(
    analyzer: Analyzer, value: str, found: set[str]
) -> None:
    doc = _value("const", value, key="medicalRecordNumber")
    assert _found(doc, analyzer, "/properties/medicalRecordNumber/const") == found
