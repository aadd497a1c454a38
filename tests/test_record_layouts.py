"""Values written the way record layouts, registers and user directories write them: X12, NCPDP and CDISC field
names, ZIP+4 and SAS dates without separators, a MAC without its colons, a label and its number in a regex, a
provider token joined into a tool name, user names, and names in lower case in prose.

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


@pytest.mark.parametrize(
    ("key", "value", "entity"),
    [
        ("N403", "604172291", "ZIP_CODE"),  # X12 N4-03, the postal code, ZIP+4 without its hyphen
        ("nm1_09", "XQJ482913705", "HEALTH_PLAN_ID"),  # X12 NM1-09, the member's identifier
        ("DMG02", "19710823", "DATE_OF_BIRTH"),  # X12 DMG-02, D8 date format
        ("REF02_SY", "512-44-7380", "US_SSN"),  # REF with qualifier SY
        ("ncpdp_304-C4", "08/23/1971", "DATE_OF_BIRTH"),
        ("BRTHDTC", "1971-08-23", "DATE_OF_BIRTH"),  # CDISC SDTM DM
        ("ePatient.17", "1971-08-23", "DATE_OF_BIRTH"),  # NEMSIS v3
        ("ePatient_21", "H4418209", "US_DRIVER_LICENSE"),
        ("pubpid", "00441283", "MRN"),  # OpenEMR's public patient id
        ("zip_cd", "60417", "ZIP_CODE"),  # `cd` is a data dictionary's code
        ("transmitter_id", "8GK2T4V7", "DEVICE_ID"),  # a glucose monitor's transmitter
        ("mac", "3c22fb91d0a4", "DEVICE_ID"),  # a MAC without separators, under a key that says so
        ("PID.11.5", "60417", "ZIP_CODE"),  # HL7 v2: the patient address's fifth component (XAD), its ZIP
        ("IN2_2", "512-44-7380", "US_SSN"),  # HL7 v2 IN2-2, the insured's SSN
        ("00100020", "Q5414035", "MRN"),  # DICOM JSON's key for Patient ID (0010,0020)
        ("(0010,0030)", "19710823", "DATE_OF_BIRTH"),  # a DICOM dump's tag for Patient's Birth Date
        ("2010CA N403", "60417", "ZIP_CODE"),  # an X12 element after its loop
        ("CMS-1500 box 1a", "XQJ482913705", "HEALTH_PLAN_ID"),  # the claim form's item 1a, the insured's ID
        ("UB04_FL03a", "PCN88041273", "ACCOUNT_NUMBER"),  # UB-04 form locator 3a, the patient control number
        ("patientRole.id.extension", "00441283", "MRN"),  # C-CDA: the patient's identifier (`id/@extension`)
        ("person_source_value", "00441283", "MRN"),  # OMOP CDM: the source's patient identifier
        ("visit_source_value", "V88041273", "ACCOUNT_NUMBER"),  # OMOP CDM: the source's encounter number
        ("patient_ide", "00441283", "MRN"),  # i2b2's patient_mapping: the source system's patient identifier
        ("encounter_ide", "V88041273", "ACCOUNT_NUMBER"),
        ("birth_datetime", "1971-08-23T00:00:00", "DATE_OF_BIRTH"),  # OMOP CDM: the date kept as a date-time
    ],
)
def test_a_field_of_a_published_record_layout_names_its_value(
    analyzer: Analyzer, key: str, value: str, entity: str
) -> None:
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") == {entity}


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("NCPDP 302-C2 cardholder QRT418820063", "HEALTH_PLAN_ID"),
        ("zip_cd 604172291", "ZIP_CODE"),
        ("chart # 418-220-917", "MRN"),  # `#` numbers the word before it
        ("acct #40019283377", "ACCOUNT_NUMBER"),
        ("Intake form: DOB 23AUG1971", "DATE_OF_BIRTH"),  # SAS DATE9
        ("ADD_LINE_1 4410 Quail Run Holw", "STREET_ADDRESS"),  # Epic's address line; a USPS Pub. 28 suffix
        ("(0010,0020): Q5414035", "MRN"),  # a named DICOM tag in its parentheses, alone before its value
        ("Loop 2300 CLM01 PCN88041273", "ACCOUNT_NUMBER"),  # in prose an X12 element counts after its loop
        ("PID-3| QT40281937", "MRN"),  # HL7 v2's field separator after the field
        ("PID-11| 2207 NW HOLLY ROW", "STREET_ADDRESS"),
    ],
)
def test_a_label_from_a_data_dictionary_names_the_number_after_it(analyzer: Analyzer, text: str, entity: str) -> None:
    assert entity in _found(_value("default", text), analyzer, "/properties/ref/default")


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("zip", "123456789"),  # a run stands for no one
        ("ref", "604172291"),  # nine digits under no cue are no ZIP
        ("build", "3c22fb91d0a4"),  # twelve hex digits under no device's key: a short commit id
        ("period", "SEP2021"),  # a month, not a date of birth
        ("patientTelephoneNumber", "(614) 555-0199"),  # a drama number names a phone, not a patient's MRN
        ("00200010", "Q5414035"),  # DICOM's Study ID: a tag the table does not name
        ("box_3", "19710823"),  # a box of some form: the claim form's name is not there
        ("pid2", "4471920"),  # a process id: HL7's PID-2 and PID-4 are left out
        ("zip_extension", "4471"),  # a ZIP+4's four digits alone identify no one
        ("police_no", "4471920"),  # Turkish's poliçe no, read folded, is English's police number
        ("rx_id", "419361040"),  # a CAN bus's or a radio's receive id, beside its tx_id
        ("coverage_identifier", "839204716"),  # a test suite's or a network's coverage
    ],
)
def test_the_same_shapes_without_their_cue_are_not_findings(analyzer: Analyzer, key: str, value: str) -> None:
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Shift times 0010,0030 19710823",  # a DICOM tag in prose only in its parentheses
        "version 2010 N403 60417",  # a year is no X12 loop: a loop has its letter or the word
        "HCFA 3 19710823",  # a claim form's item in prose only after its word (box, item, FL)
    ],
)
def test_numbers_shaped_like_field_references_in_prose_name_nothing(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("default", text), analyzer, "/properties/ref/default") == set()


@pytest.mark.parametrize(
    ("key", "entity"),
    [
        ("PID_19_412673398", "US_SSN"),  # the field's number joins no value's digits (not `19-412673398`)
        ("PID_11_5_60614", "ZIP_CODE"),
        ("ncpdp_302_C2_W830146227", "HEALTH_PLAN_ID"),  # NCPDP's field id keeps its joiner
        ("ePatient_17_19840312", "DATE_OF_BIRTH"),
    ],
)
def test_a_value_joined_after_a_field_reference_in_a_name_is_read_after_it(
    analyzer: Analyzer, key: str, entity: str
) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert _found(doc, analyzer, f"/properties/{key}") == {entity}


@pytest.mark.parametrize(
    ("pattern", "entity"),
    [
        ("^ZIP[ :#]?60417$", "ZIP_CODE"),
        ("^MEMBER[ :#]?XQJ482913705$", "HEALTH_PLAN_ID"),
        ("^DL[-: ]?S530-4418-2291$", "US_DRIVER_LICENSE"),
    ],
)
def test_a_label_and_its_number_joined_by_an_optional_separator_in_a_regex_are_read_together(
    analyzer: Analyzer, pattern: str, entity: str
) -> None:
    assert _found(_value("pattern", pattern), analyzer, "/properties/ref/pattern") == {entity}


@pytest.mark.parametrize("pattern", [r"^\d{5}-?\d{4}$", r"^ZIP[ :#]?\d{5}$", r"^colou?r$"])
def test_a_format_with_optional_separators_is_still_no_value(analyzer: Analyzer, pattern: str) -> None:
    assert _found(_value("pattern", pattern), analyzer, "/properties/ref/pattern") == set()


def test_a_provider_token_joined_into_a_tool_name_is_a_secret(analyzer: Analyzer) -> None:
    token = "rubygems_" + "3f9a0c7e1b5d" * 4
    tool = {"name": f"get_{token}", "input_schema": {"type": "object"}}
    assert _found({"tools": [tool]}, analyzer, "/tools/0/name") == {"PROVIDER_TOKEN"}


@pytest.mark.parametrize(
    ("url", "found"),
    [
        ("https://www.twitch.tv/dagnyfenwick88", True),  # Sherlock's list: the host and a handle is a person
        ("https://7cups.com/@marisol.q", True),
        ("https://www.twitch.tv/directory", False),  # the site's own section
        ("https://soundcloud.com/discover", False),
        ("https://github.com/pallets", False),  # code hosting: as often a project's as a person's
        ("https://github.com/dagnyfenwick88", True),  # there a name and a number, as people pick handles
    ],
)
def test_a_profile_on_a_site_whose_pages_are_people_is_a_url_finding(analyzer: Analyzer, url: str, found: bool) -> None:
    doc = _value("default", "x", description=f"Reproduced with profile {url}")
    assert ("URL" in _found(doc, analyzer, "/properties/ref/description")) is found


@pytest.mark.parametrize(
    ("doc", "pointer"),
    [
        (_value("default", "x", description="Labs were pulled for dagny halvorsen last week."), "description"),
        (_value("default", "guarantor TOMASZ LINDQVIST"), "default"),
        ({"type": "object", "patternProperties": {"^siobhanThackeray$": {}}}, "patternProperties/^siobhanThackeray$"),
        ({"type": "object", "patternProperties": {"^tokafor$": {}}}, "patternProperties/^tokafor$"),
    ],
)
def test_names_in_lower_case_after_a_word_for_a_person_or_joined_into_an_identifier_are_people(
    analyzer: Analyzer, doc: dict[str, Any], pointer: str
) -> None:
    ptr = f"/{pointer}" if pointer.startswith("patternProperties") else f"/properties/ref/{pointer}"
    assert "PERSON" in _found(doc, analyzer, ptr)


@pytest.mark.parametrize(
    "value", ["Yamada Taro", "Nordmann Ola", "Meikäläinen Matti", "Hong Gil-dong", "zhang san", "Juan Dela Cruz"]
)
def test_the_stand_in_names_of_other_languages_are_placeholders_in_either_order(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("const", value, key="patient_name"), analyzer, "/properties/patient_name/const") == set()


@pytest.mark.parametrize(
    ("key", "pattern"),
    [
        ("ref", "^(grant access|will retry)$"),  # dictionary words that are also names, in lower case
        ("ref", "^mstream$"),  # an initial and a dictionary word
        ("ref", "^maxRetries$"),  # a given name that is a schema word, then a word
    ],
)
def test_lower_case_vocabulary_and_schema_words_are_not_people(analyzer: Analyzer, key: str, pattern: str) -> None:
    assert _found(_value("pattern", pattern, key=key), analyzer, f"/properties/{key}/pattern") == set()


@pytest.mark.parametrize(
    ("name", "entities"),
    [
        ("ingrid_halvorsen_19710823_mri.json", {"PERSON", "DATE_OF_BIRTH"}),  # a name, then the date it was born
        ("Versioned.siobhanThackeray_19880214.json", {"PERSON", "DATE_OF_BIRTH"}),  # a surname no list holds
        ("release_notes_20240115.json", set()),  # a date after words is a release's
        ("weather_tool_20230301.json", set()),
    ],
)
def test_a_date_after_a_name_in_a_file_name_is_a_date_of_birth(
    analyzer: Analyzer, tmp_path: Any, name: str, entities: set[str]
) -> None:
    (tmp_path / name).write_text('{"type": "object"}', "utf-8")
    report = phiscan.scan_paths([tmp_path], analyzer=analyzer)
    assert {f.entity for f in report.findings} == entities


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Escalation owner: Hemi Te Rangi.", True),  # no list holds the name; the word before it introduces one
        ("Reviewed by Sione Tuilagi on intake.", True),
        ("Built with Apache Kafka and Redis.", False),  # `with` stands before products too
        ("Reviewed by Product Security.", False),  # dictionary words
    ],
)
def test_a_name_no_list_holds_is_a_person_after_a_word_that_introduces_one(
    analyzer: Analyzer, text: str, person: bool
) -> None:
    found = _found(_value("default", "x", description=text), analyzer, "/properties/ref/description")
    assert ("PERSON" in found) is person


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("macBuildNumber", "23C71"),  # `mac` is macOS too
        ("macTeamId", "9XK2LQ7T3M"),
        ("zipSize", "104857600"),  # a key's word names its value only as the key's head
        ("zip_crc32", "294752301"),
        ("memberCount", "48213377"),
    ],
)
def test_a_cue_word_that_is_not_its_keys_head_names_nothing(analyzer: Analyzer, key: str, value: str) -> None:
    assert _found(_value("example", value, key=key), analyzer, f"/properties/{key}/example") == set()


@pytest.mark.parametrize(
    ("doc", "pointer"),
    [
        (_value("example", "60417", description="Returned with an HTTP N403 error."), "/properties/ref/example"),
        (_value("default", "x", description="Customer has 1200 Reward Pts to spend."), "/properties/ref/description"),
        ({"type": "object", "properties": {"harbour_name": {"type": "string"}}}, "/properties/harbour_name"),
    ],
)
def test_everyday_words_and_abbreviations_are_not_record_fields_streets_or_user_names(
    analyzer: Analyzer, doc: dict[str, Any], pointer: str
) -> None:
    assert _found(doc, analyzer, pointer) == set()


@pytest.mark.parametrize(
    ("key", "value", "entity"),
    [
        ("spouse_license", "D4471-2290-8813", "US_DRIVER_LICENSE"),  # a strong word does not silence a weak one
        ("deviceSerial", "SN00:1A:2B:3C:4D:5E", "DEVICE_ID"),  # a serial with a MAC inside
        ("patientName", "Ivan Ivanov", "PERSON"),  # a placeholder elsewhere, but one of Russia's commonest names
        ("ssn", "412678831", "US_SSN"),
    ],
)
def test_values_the_new_rules_must_not_lose(analyzer: Analyzer, key: str, value: str, entity: str) -> None:
    assert _found(_value("x-placeholder", value, key=key), analyzer, f"/properties/{key}/x-placeholder") == {entity}


def test_a_mac_address_under_a_weak_word_of_another_category_is_not_that_category(analyzer: Analyzer) -> None:
    from phiscan.detect.evidence import classify
    from phiscan.detect.vocabulary import WEAK

    assert classify("3c:22:fb:91:d0:a4", {"ACCOUNT_NUMBER": (WEAK, 0)}) is None
    assert _found(_value("const", "3c:22:fb:91:d0:a4", key="account"), analyzer, "/properties/account/const") == {
        "MAC_ADDRESS"
    }


@pytest.mark.parametrize("key", ["INDI.RESI.PHON", "INDI.BIRT.DATE", "INDI.RESI.ADDR"])
def test_gedcom_s_tags_name_a_field_not_a_person(analyzer: Analyzer, key: str) -> None:
    assert _found(_value("description", "Imported.", key=key), analyzer, f"/properties/{key}") == set()


def test_a_code_system_s_name_is_no_glued_word_over_its_codes(analyzer: Analyzer) -> None:
    doc = _value("enum", ["38341003", "44054006", "195967001"], key="findings_code", description="SNOMED CT findings")
    assert _found(doc, analyzer, "/properties/findings_code/enum/0") == set()  # no `sn o med`, a serial's


def test_a_year_and_month_is_no_one_s_number_under_any_word(analyzer: Analyzer) -> None:
    assert _found(_value("default", "2019-09", key="member_mbi"), analyzer, "/properties/member_mbi/default") == set()


_PID = (
    r"MSH|^~\&|ADT1|GOOD HEALTH|||202401011200||ADT^A01|MSG00001|P|2.5.1\rPID|1||PT40281937^^^HOSP^MR||"
    r"QUISPE^LIBERTAD||19710823|F|||2207 NW HOLLY ROW^^PORTLAND^OR^97209|||||||ACC58812204|512-44-7380|K6614730^OR"
)


def test_each_field_of_an_hl7_segment_written_out_is_what_its_position_says(analyzer: Analyzer) -> None:
    report = phiscan.scan_document(_value("examples", [_PID]), analyzer=analyzer)
    assert sorted(f.entity for f in report.findings) == [
        "ACCOUNT_NUMBER", "DATE_OF_BIRTH", "MRN", "PERSON", "STREET_ADDRESS", "US_DRIVER_LICENSE", "US_SSN", "ZIP_CODE"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        r"PID|1||{mrn}^^^HOSP^MR||{family}^{given}||{dob}|F",  # a template's fields
        "Kill the PID| process before the restart.",
        r"PID|1||||||||",  # an empty segment
    ],
)
def test_an_hl7_segment_of_placeholders_or_a_pid_in_prose_is_clean(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()


@pytest.mark.parametrize(("stem", "found"), [("search_result.c8b4.737f.935e", True), ("chrome.1000.2000.3000", False)])
def test_a_mac_address_in_cisco_s_dotted_form_is_found_in_a_file_name(
    tmp_path: Path, analyzer: Analyzer, stem: str, found: bool
) -> None:
    path = tmp_path / f"{stem}.json"  # a version's groups of digits alone are no MAC
    path.write_text('{"type": "object"}', "utf-8")
    assert {f.entity for f in phiscan.scan_paths([path], analyzer=analyzer).findings} == (
        {"MAC_ADDRESS"} if found else set()
    )


def test_each_cell_of_a_markdown_table_is_what_its_column_s_header_says(analyzer: Analyzer) -> None:
    table = "Sample:\n\n| MRN | Date of birth | Patient name |\n|---|:---:|---|\n"
    table += "| 40281937 | 1971-08-23 | Tariel Zoidze |\n"
    report = phiscan.scan_document(_value("description", table), analyzer=analyzer)
    assert sorted(f.entity for f in report.findings) == ["DATE_OF_BIRTH", "MRN", "PERSON"]


@pytest.mark.parametrize(
    "table",
    [
        "| Version | Released |\n|---|---|\n| 4.2.1 | 2024-01-05 |",
        "| Code | Meaning |\n|---|---|\n| 40281937 | Hypertension |",  # a header that names nothing
    ],
)
def test_a_table_whose_headers_name_nothing_is_clean(analyzer: Analyzer, table: str) -> None:
    assert _found(_value("description", table), analyzer, "/properties/ref/description") == set()


@pytest.mark.parametrize(
    "name", ["LastName^FirstName", "Family^Given^Middle", "DOE^JOHN^A", "ZZTEST^ZZPATIENT", "EVERYMAN^ADAM^A"]
)
def test_a_template_s_or_a_stand_in_s_name_in_pid_5_is_no_person(analyzer: Analyzer, name: str) -> None:
    text = f"PID|1||A8837261^^^HOSP^MR||{name}||19620320|F"
    report = phiscan.scan_document(_value("description", text), analyzer=analyzer)
    assert "PERSON" not in {f.entity for f in report.findings}


def test_fields_past_the_fortieth_and_a_segment_after_a_space_are_read_where_they_stand(analyzer: Analyzer) -> None:
    in1 = "IN1|" + "|" * 48 + "XJQ482913307"  # IN1-49, the insured's id
    pv1 = "PID|1||A8837261^^^HOSP^MR||||19620320|F PV1|1|I|W^389^1||||004777^ATTEND^AARON^A|222333^REFER^RON"
    assert _found(_value("description", in1), analyzer, "/properties/ref/description") == {"HEALTH_PLAN_ID"}
    entities = {f.entity for f in phiscan.scan_document(_value("description", pv1), analyzer=analyzer).findings}
    assert entities == {"MRN", "DATE_OF_BIRTH"}  # PV1's attending and referring doctors are no PID-18 to -20


def test_a_vcard_s_names_and_postal_code_are_found(analyzer: Analyzer) -> None:
    card = "BEGIN:VCARD\nVERSION:4.0\nN:Zoidze;Tariel;;;\nFN:Tariel Zoidze\n"
    card += "ADR;TYPE=home:;;12 Rustaveli Ave;Tbilisi;;0108;GE\nEND:VCARD"
    found = [(f.entity, f.text) for f in phiscan.scan_document(_value("description", card), analyzer=analyzer).findings]
    assert sorted(e for e, _ in found) == ["PERSON", "PERSON", "ZIP_CODE"]


def test_the_vcard_standards_example_cards_and_a_line_outside_a_vcard_are_clean(analyzer: Analyzer) -> None:
    rfc = "BEGIN:VCARD\nFN:Simon Perreault\nN:Perreault;Simon;;;ing. jr,M.Sc.\nEND:VCARD"
    assert _found(_value("description", rfc), analyzer, "/properties/ref/description") == set()
    assert _found(_value("description", "N:Zoidze;Tariel"), analyzer, "/properties/ref/description") == set()


@pytest.mark.parametrize(
    "text",
    [
        "BEGIN:VCARD\nVERSION:4.0\nFN:Firstname Lastname\nTEL:+1-555-0100\nEND:VCARD",  # a template
        # RFC 6350's own card: its name is a stand-in, so its address is the example's too
        "BEGIN:VCARD\nFN:Simon Perreault\nN:Perreault;Simon;;;\n"
        "ADR;TYPE=work:;Suite D2-630;2875 Laurier;Quebec;QC;G1V 2M2;Canada\nEND:VCARD",
        # HL7's own example patient: the whole segment is the standard's example
        "PID|1||PATID1234^5^M11^ADT1^MR^GOOD HEALTH HOSPITAL||EVERYMAN^ADAM^A^III||19610615|M||C|"
        "2222 HOME STREET^^GREENSBORO^NC^27401-1020",
    ],
)
def test_a_record_whose_name_is_a_template_s_or_a_stand_in_s_is_an_example(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()


@pytest.mark.parametrize(
    ("table", "entities"),
    [
        ("| Name | Pattern | MRN |\n|---|---|---|\n| a | x\\|y | 40281937 |", {"MRN"}),  # an escaped pipe
        ("MRN | DOB\n--- | ---\n40281937 | 1971-08-23", {"MRN", "DATE_OF_BIRTH"}),  # no outer pipes
        ("| Field | Example |\n|-|-|\n| birth_date | 1985-07-14 |", {"DATE_OF_BIRTH"}),  # a row's own field
    ],
)
def test_tables_in_other_markdown_forms_are_read_too(analyzer: Analyzer, table: str, entities: set[str]) -> None:
    assert _found(_value("description", table), analyzer, "/properties/ref/description") == entities
