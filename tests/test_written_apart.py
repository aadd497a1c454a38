"""Values written the ways their systems write them, apart from the labels around them: a MAC after a word that ends
in a hex letter (`mac-08-eb-…`), an IPv4 address in a host's name (`ip-202-162-…`), an international number without
its `+`, a regex literal's label glued to a value of several words, a name in lower case or in N'Ko script after a
label only a person has; and the labels of Interlingua, Asturian, Tetum and Assamese forms, `number` abbreviated as
Catalan, Spanish and Tetum forms write it.  Streets and airports named for people are
no one's name.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

import phiscan
from phiscan.detect.analyzer import Analyzer
from phiscan.detect.vocabulary import cues_in, normal_words


@pytest.mark.parametrize(
    ("key", "entity"),
    [
        ("mac-3c-ae-61-0d-92-b7", "MAC_ADDRESS"),  # after `mac`, whose `c` is a hex digit too
        ("ip-81-17-204-133", "IP_ADDRESS"),  # EC2's private DNS name, read as the address it spells
        ("phone_298274519", "PHONE_NUMBER"),  # the Faroe Islands' +298 274519, as messaging APIs store it
    ],
)
def test_a_value_glued_to_its_word_is_found_in_a_key(analyzer: Analyzer, key: str, entity: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert _found(doc, analyzer, f"/properties/{key}") == {entity}


@pytest.mark.parametrize(
    "value",
    [
        "Key 3c-ae-61-0d-92-b7-4e-18-a0-55-c1-7f-26-9d-e3-40",  # an MD5 key fingerprint's sixteen groups
        "snap-2023-11-05-13-45-22-01",  # a timestamp's pairs
        "0x5000c5:00:12:34:56:78:9a",
        "fac-3c-ae-61-0d-92-b7",  # a hex word before them: a longer run
    ],
)
def test_a_mac_is_still_no_slice_of_a_longer_run_of_hex_pairs(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("description", value), analyzer, "/properties/ref/description") == set()


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("callId", "493012345"),
        ("phoneNumberId", "390612345"),
        ("vm_mem_num", "16384"),
        ("clientVersion", "client-2-15-1-3"),
    ],
)
def test_nine_digits_a_memory_size_or_a_version_after_a_hosts_word_is_no_ones(
    analyzer: Analyzer, key: str, value: str
) -> None:
    assert _found(_value("examples", [value], key=key), analyzer, f"/properties/{key}/examples/0") == set()


@pytest.mark.parametrize(
    ("value", "entity"),
    [
        ("ip-81-17-204-133.eu-west-1.compute.internal", {"IP_ADDRESS"}),  # EC2's DNS name spells a public address
        ("ec2-81-17-204-133.compute-1.amazonaws.com", {"IP_ADDRESS"}),
        ("static-81-17-204-133.isp.example.net", {"IP_ADDRESS"}),  # an ISP's word, then its domain
        ("pool-81-17-204-133", set()),  # an ISP's word alone before four numbers: as often a version or a series
        ("ip-10-0-3-17.ec2.internal", set()),  # a private address names no one
        ("release-81-17-204-133", set()),  # a release's numbers: no host's word before them
    ],
)
def test_an_address_in_a_hosts_name_is_an_ip_address(analyzer: Analyzer, value: str, entity: set[str]) -> None:
    assert _found(_value("examples", [value]), analyzer, "/properties/ref/examples/0") == entity


@pytest.mark.parametrize(
    ("pattern", "entity"),
    [
        ("^license_plate[_:-]?MH 12 DE 4471$", "LICENSE_PLATE"),
        ("^placa[_:-]?MH 12 DE 4471$", "LICENSE_PLATE"),
        ("^patient_name[_:-]?Teuila Faleolo$", "PERSON"),
    ],
)
def test_a_regex_literals_label_glued_to_a_value_of_several_words_names_it(
    analyzer: Analyzer, pattern: str, entity: str
) -> None:
    doc = {"type": "object", "patternProperties": {pattern: {"type": "string"}}}
    assert _found(doc, analyzer, f"/patternProperties/{pattern}") == {entity}


@pytest.mark.parametrize(
    ("value", "entity"),
    [
        ("Patient name: ngozi okafor", {"PERSON"}),  # as a form's export writes it
        ("Patient name: ߛߊ߬ߙߊ ߞߊ߲ߕߋ", {"PERSON"}),  # N'Ko, whose tone marks are no word characters
        *((f"Patient name: {v}", set()) for v in ("not given", "see below", "free text", "lorem ipsum")),
        *(
            (f"Patient name: {v}", set())
            for v in ("hapi fhir", "pinyin hanzi", "pat doe", "alice bob", "xuacu llamedo")
        ),
        ("Guardian: new york", set()),
        *((f"Patient name: {v}", set()) for v in ("Jane A. Doe", "Joe B. Bloggs")),  # stand-ins with an initial
    ],
)
def test_a_name_in_lower_case_or_nko_script_after_a_label_only_a_person_has(
    analyzer: Analyzer, value: str, entity: set[str]
) -> None:
    assert _found(_value("description", value), analyzer, "/properties/ref/description") == entity


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Data de nascentia", "DATE_OF_BIRTH"),  # Interlingua
        ("numero de telephono", "PHONE_NUMBER"),
        ("Numero de assecurantia de sanitate", "HEALTH_PLAN_ID"),
        ("Data de nacimientu", "DATE_OF_BIRTH"),  # Asturian
        ("Númberu d'historia clínica", "MRN"),
        ("Naran kompletu", "PERSON"),  # Tetum
        ("Nú. rejistu médiku", "MRN"),
        ("Karta kondusaun", "LICENSE_NUMBER"),
        ("Matríkula karreta", "VEHICLE_ID"),  # (not Spanish `matrícula` alone: a student's enrolment as often)
        ("telemóvel", "PHONE_NUMBER"),  # Portuguese's mobile, which Tetum forms borrow
        ("জন্মৰ তাৰিখ", "DATE_OF_BIRTH"),  # Assamese
        ("pasta_indekss", "ZIP_CODE"),  # Latvian
        ("Medicīniskās kartes Nr.", "MRN"),
        ("tālruņi", "PHONE_NUMBER"),
        ("Datum rojstva", "DATE_OF_BIRTH"),  # Slovene
        ("naslov bivališča", "STREET_ADDRESS"),
        ("Nimewo sekirite sosyal", "US_SSN"),  # Haitian Creole
        ("Plak machin", "VEHICLE_ID"),
        ("Kolèk lajan", "URL"),
        ("खाता संख्या", "ACCOUNT_NUMBER"),  # Hindi
        ("बीमा सदस्य संख्या", "HEALTH_PLAN_ID"),
        ("MSIS-IDENTIFICATION-NUM", "HEALTH_PLAN_ID"),  # CMS T-MSIS
        ("X-Forwarded-For", "IP_ADDRESS"),  # HTTP's header for a client's address
        ("Họ và tên", "PERSON"),  # Vietnamese, a full name: words of three letters or fewer, read as a phrase only
        ("ho_ten", "PERSON"),
        ("Ф.И.О.", "PERSON"),  # noqa: RUF001 - Russian's full name, abbreviated (фамилия, имя, отчество)
        ("client_fio", "PERSON"),
        ("ПІБ", "PERSON"),  # Ukrainian's (прізвище, ім'я, по батькові)
        ("Овог нэр", "PERSON"),  # Mongolian's family and given name
        ("ชื่อ-นามสกุล", "PERSON"),  # Thai's name and surname, and in the Royal Thai General System
        ("chue-sakun", "PERSON"),
        ("insuredNm", "PERSON"),  # ISO 20022's and claims files' `Nm`
        ("Fecha de nac.", "DATE_OF_BIRTH"),  # Spanish forms' abbreviation, with its `de`
    ],
)
def test_these_languages_and_dictionaries_labels_name_their_category(text: str, category: str) -> None:
    assert category in cues_in(normal_words(text))


def test_these_words_name_nothing() -> None:
    # `naslov` is a title too; `chue` alone and `fio` inside a word are no name's label
    words = ("mem_usage", "numeroMatricula", "netCoreOptmemMax", "naslov", "chue", "portfolio", "pib_nominal")
    assert [cues_in(normal_words(w)) for w in words] == [{}] * len(words)


@pytest.mark.parametrize("value", ["2.14.1", "10.4.22", "v12.345.678", "2024.10.15"])
def test_a_version_is_no_record_number(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("const", value, key="mrn"), analyzer, "/properties/mrn/const") == set()


@pytest.mark.parametrize(
    ("value", "entity"),
    [
        ("Karta kondusaun nú. 40 817 226", "US_DRIVER_LICENSE"),  # `nú.`: number, abbreviated; no clause's end
        ("Permís de conduir núm. 40 817 226", "US_DRIVER_LICENSE"),
        ("Medical record number: 818.407.226", "MRN"),  # three groups of three digits: no version's
    ],
)
def test_a_value_after_an_abbreviated_number_or_a_dictionarys_column_is_found(
    analyzer: Analyzer, value: str, entity: str
) -> None:
    assert _found(_value("description", value), analyzer, "/properties/ref/description") == {entity}


@pytest.mark.parametrize(
    ("doc", "pointer"),
    [
        (
            {
                "type": "object",
                "properties": {"endAddressLine": {"type": "string", "examples": ["Avenue Anatole France"]}},
            },
            "/properties/endAddressLine/examples/0",
        ),
        (
            {"type": "object", "properties": {"airport": {"type": "string", "examples": ["EDWARD L LOGAN INTL"]}}},
            "/properties/airport/examples/0",
        ),
    ],
)
def test_a_street_or_an_airport_named_for_a_person_is_no_ones_name(
    analyzer: Analyzer, doc: dict[str, Any], pointer: str
) -> None:
    assert "PERSON" not in _found(doc, analyzer, pointer)


def test_a_family_name_that_is_a_streets_word_is_still_a_name(analyzer: Analyzer) -> None:
    text = "Example note: PLAZA, CARMEN called about a refill on 3/4."
    assert "PERSON" in _found(_value("description", text), analyzer, "/properties/ref/description")


@pytest.mark.parametrize(
    ("value", "entity"),
    [
        ("Fundraiser: https://codeberg.org/ana.tuilagi", {"URL"}),  # a label names whose page, as a key would
        ("Kolèk lajan: https://www.gofundme.com/f/help-ana", {"URL"}),
        ("See https://codeberg.org/ana.tuilagi for the code", set()),  # no label: a hub's page
        # an organisation's or a site's page: a portal, a memorial, a site's root, words or a file
        ("Patient portal: https://mychart.acmehealth.org/MyChart/", set()),
        ("Memorial Sloan Kettering: https://www.mskcc.org", set()),
        ("Fundraiser: https://www.stjude.org/donate", set()),
        ("Fundraiser: https://secure.givelively.org/donate/friends-of-the-library", set()),
        ("Personal website: https://www.squarespace.com/templates", set()),
        ("Profile URL: https://orcid.org/", set()),
        ("Users reach the fundraiser at https://www.zeffy.com/x/ana-tuilagi-walk", set()),  # prose, no label
    ],
)
def test_an_address_after_a_label_for_a_personal_page_is_a_url(
    analyzer: Analyzer, value: str, entity: set[str]
) -> None:
    assert _found(_value("description", value), analyzer, "/properties/ref/description") == entity


@pytest.mark.parametrize("value", ["Patient name: Teuila P. Faleolo", "रोगी का नाम: Teuila P. Faleolo"])
def test_a_name_with_a_middle_initial_after_a_label_is_found_whole(analyzer: Analyzer, value: str) -> None:
    report = phiscan.scan_document(_value("const", value), analyzer=analyzer)
    assert [(f.entity, f.text) for f in report.findings] == [("PERSON", "T***** P. F******")]


@pytest.mark.parametrize(
    ("doc", "pointer"),
    [
        (  # a record's own time in a tool about birth dates
            {
                "name": "get_patient_birth_date",
                "input_schema": {
                    "type": "object",
                    "properties": {"created_at": {"type": "string", "examples": ["2021-06-01T09:30:00Z"]}},
                },
            },
            "/input_schema/properties/created_at/examples/0",
        ),
        (  # X.520's attribute types are object identifiers, not hosts
            {"type": "object", "properties": {"oid_2.5.4.20_telephoneNumber": {"type": "string"}}},
            "/properties/oid_2.5.4.20_telephoneNumber",
        ),
        (  # FDA's National Drug Codes are no phone numbers
            {"type": "object", "properties": {"ndc": {"type": "string", "enum": ["0002-1433-80", "0173-0682-20"]}}},
            "/properties/ndc/enum/0",
        ),
    ],
)
def test_an_event_time_an_oid_or_a_drug_code_is_no_ones(analyzer: Analyzer, doc: dict[str, Any], pointer: str) -> None:
    assert _found(doc, analyzer, pointer) == set()


def test_a_name_in_prose_is_reported_whole_not_also_its_initial_and_surname(analyzer: Analyzer) -> None:
    doc = _value("description", "Patient name: Maria L. Gomez. Seen by Dr. Ana M. Ruiz")
    report = phiscan.scan_document(doc, analyzer=analyzer)
    texts = sorted(f.text.rstrip(".") for f in report.findings)  # (the name model may take the sentence's stop)
    assert texts == ["A** M. R***", "M**** L. G****"]


@pytest.mark.parametrize(
    ("pointer", "entity"),
    [
        ("/definitions/Location/properties/detailedName/example", set()),  # an airport named for a person
        ("/definitions/Location/properties/contact/properties/name/example", {"PERSON"}),  # its contact is a person
        ("/definitions/Passenger/properties/name/example", {"PERSON"}),
    ],
)
def test_the_name_of_a_place_named_for_a_person_is_no_ones(analyzer: Analyzer, pointer: str, entity: set[str]) -> None:
    doc = {
        "definitions": {
            "Location": {
                "type": "object",
                "properties": {
                    "detailedName": {"type": "string", "example": "Charles de Gaulle"},
                    "contact": {
                        "type": "object",
                        "properties": {"name": {"type": "string", "example": "Charles de Gaulle"}},
                    },
                },
            },
            "Passenger": {"type": "object", "properties": {"name": {"type": "string", "example": "Charles de Gaulle"}}},
        }
    }
    assert _found(doc, analyzer, pointer) == entity
