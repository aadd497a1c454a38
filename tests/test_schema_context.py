"""What a schema says about a value names it: a pattern's literals are read with the property's title and
description, as an enum's members are; in an example, a FHIR Identifier's or ContactPoint's `system` (or a `type`
beside a `value`) says what the `value` is.

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
    ("schema", "entity"),
    [
        ({"description": "Account number of the guarantor.", "pattern": "^K45821937$"}, "ACCOUNT_NUMBER"),
        ({"title": "Driver licence number", "pattern": "^(D4582193|D4582194)$"}, "US_DRIVER_LICENSE"),
        ({"description": "Medical record number", "pattern": "^4582193716$"}, "MRN"),
    ],
)
def test_a_pattern_s_literal_is_named_by_its_title_or_description(
    analyzer: Analyzer, schema: dict[str, Any], entity: str
) -> None:
    doc = {"type": "object", "properties": {"id": {"type": "string", **schema}}}
    assert _found(doc, analyzer, "/properties/id/pattern") == {entity}


def test_a_pattern_of_digits_alone_stays_a_format(analyzer: Analyzer) -> None:
    doc = {"type": "object", "properties": {"id": {"description": "Account number", "pattern": r"^\d{10}$"}}}
    assert _found(doc, analyzer, "/properties/id/pattern") == set()


def _openapi_example(value: Any) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Records", "version": "1"},
        "paths": {},
        "components": {"examples": {"sample": {"value": value}}},
    }


@pytest.mark.parametrize(
    ("item", "entity"),
    [
        ({"system": "https://records.stmarys-hospital.org/mrn", "value": "K45821937"}, "MRN"),
        ({"system": "http://hl7.org/fhir/sid/us-ssn", "value": "219448810"}, "US_SSN"),
        ({"system": "phone", "value": "0911 602 852"}, "PHONE_NUMBER"),  # a national number: valid only as one
        ({"type": "MRN", "value": "K45821937"}, "MRN"),
    ],
)
def test_a_system_names_the_value_beside_it(analyzer: Analyzer, item: dict[str, str], entity: str) -> None:
    doc = _openapi_example({"codes": [item]})
    assert _found(doc, analyzer, "/components/examples/sample/value/codes/0/value") == {entity}


def test_a_system_that_names_nothing_leaves_the_value_unnamed(analyzer: Analyzer) -> None:
    doc = _openapi_example({"codes": [{"system": "urn:ietf:rfc:3986", "value": "K45821937"}]})
    found = _found(doc, analyzer, "/components/examples/sample/value/codes/0/value")
    assert found <= {"OTHER_IDENTIFIER"}  # (a code no word explains is only an identifier: test_opaque_codes)


def _identifier_schema(**fixed: str) -> dict[str, Any]:
    """A FHIR Identifier as a strict schema fixes it: each of `fixed` a `const`."""
    props = {k: {"type": "string", "const": v} for k, v in fixed.items()}
    return {"type": "object", "properties": {"identifier": {"type": "object", "properties": props}}}


@pytest.mark.parametrize(
    ("fixed", "entity"),
    [
        ({"system": "https://records.stmarys-hospital.org/mrn", "value": "K45821937"}, "MRN"),
        ({"type": "MR", "value": "45821937"}, "MRN"),  # HL7 table 0203's code for a medical record number
        ({"system": "urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14", "value": "K45821937"}, "OTHER_IDENTIFIER"),
        ({"system": "urn:oid:2.16.840.1.113883.19.5", "type": "MR", "value": "K45821937"}, "MRN"),  # each sibling read
    ],
)
def test_a_schema_s_fixed_system_names_its_fixed_value(analyzer: Analyzer, fixed: dict[str, str], entity: str) -> None:
    doc = _identifier_schema(**fixed)
    assert _found(doc, analyzer, "/properties/identifier/properties/value/const") == {entity}


def test_a_system_fixed_by_an_enum_of_one_names_the_value_too(analyzer: Analyzer) -> None:
    props = {"system": {"enum": ["https://records.stmarys-hospital.org/mrn"]}, "value": {"const": "K45821937"}}
    doc = {"type": "object", "properties": {"identifier": {"type": "object", "properties": props}}}
    assert _found(doc, analyzer, "/properties/identifier/properties/value/const") == {"MRN"}


def test_a_type_that_is_a_word_names_no_value(analyzer: Analyzer) -> None:
    doc = _identifier_schema(type="serial", value="115200")  # a port's kind, not HL7 table 0203's code
    assert _found(doc, analyzer, "/properties/identifier/properties/value/const") == set()


def test_a_fixed_system_of_a_code_leaves_the_code_alone(analyzer: Analyzer) -> None:
    doc = _identifier_schema(system="http://loinc.org", value="2345-7")
    assert _found(doc, analyzer, "/properties/identifier/properties/value/const") == set()


def _keyed(description: str, key: str, above: str = "results") -> dict[str, Any]:
    owner = {"type": "object", "description": description, "patternProperties": {key: {"type": "string"}}}
    return {"type": "object", "properties": {above: owner}}


@pytest.mark.parametrize("key", ["^(45821937|45821938)$", "^E45821937$"])
def test_a_pattern_key_of_values_is_named_by_what_its_map_is_keyed_by(analyzer: Analyzer, key: str) -> None:
    doc = _keyed("Lab results keyed by the patient's MRN.", key)
    assert _found(doc, analyzer, f"/properties/results/patternProperties/{key}") == {"MRN"}


@pytest.mark.parametrize(
    ("description", "key"),
    [
        ("Lab results keyed by the patient's MRN.", "^[0-9]{8}$"),  # a format, no value
        ("Lab results keyed by the patient's MRN.", "^run_45821937$"),  # a word: the key names itself
        ("Lab results keyed by run number.", "^(45821937|45821938)$"),
        ("Keyed by DICOM tag (patient ID, accession).", "^(00100020|00080050)$"),  # a standard's codes
        ("Limits per call type.", "^(2147483647)$"),  # the largest 32-bit integer
        ("Per-guild member ID settings.", "^(48213957482139)$"),  # what else it holds, not what its keys are
        ("Device serial number per baud rate.", "^(115200)$"),
    ],
)
def test_a_map_s_description_names_no_key_of_words_or_format(analyzer: Analyzer, description: str, key: str) -> None:
    assert _found(_keyed(description, key), analyzer, f"/properties/results/patternProperties/{key}") == set()


def test_a_root_s_description_describes_its_document_not_its_keys(analyzer: Analyzer) -> None:
    doc = {"type": "object", "description": "Results keyed by MRN", "patternProperties": {"^45821937$": {}}}
    assert _found(doc, analyzer, "/patternProperties/^45821937$") == set()


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Returns labs for E4582193 (the patient's MRN).", "MRN"),
        ("Use 45821937 as the MRN.", "MRN"),
        ("Test patient: W458219370 is their Aetna member ID.", "HEALTH_PLAN_ID"),
    ],
)
def test_a_label_after_its_value_names_it(analyzer: Analyzer, text: str, entity: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == {entity}


@pytest.mark.parametrize("key", ["labs_for_45821937_mrn", "get_E4582193_mrn"])
def test_a_label_that_ends_a_key_after_its_value_names_it(analyzer: Analyzer, key: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert _found(doc, analyzer, f"/properties/{key}") == {"MRN"}


@pytest.mark.parametrize(
    "key",
    [
        "labs_45821937_mrn_lookup",
        "batch_45821937_status",
        "A1300A_medicalRecordNo",  # MDS 3.0's item code
        "item_A1300A_medicalRecordNo",
        "question_48213957_mrn",  # a form's question id
        "customfield_10421395_serial",
        "sync_1700000000_device_id",  # a Unix time
        "sheet_48213957_mrn",  # a container's own number
        "tenant_48213957_account_number",
        "crc32_48213957_mrn",
    ],
)
def test_a_key_that_goes_on_after_the_label_names_no_category_or_starts_with_a_field_code_names_nothing(
    analyzer: Analyzer, key: str
) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert _found(doc, analyzer, f"/properties/{key}") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Listen on 45821937 (the MRN service's port).",  # the label's head is a port
        "Build 45821937 (nightly) is the MRN importer.",
        "Use 45821937 as the timeout for MRN lookups.",  # the clause goes on: the label names something else
        # a hostile review's: a standard's field, a bound, a denial, a stand-in, another thing's number, a port
        "Filter by 00100020 (PatientID).",  # DICOM's tag for the patient's id
        "Loop 2010BA (subscriber member ID).",
        "NCPDP 302-C2 (Cardholder ID) is required.",
        "Up to 3600000 (per member ID).",
        "Any 8-digit number such as 48213957 (not an MRN).",
        "Encounter 48213957 (no MRN).",
        "Use 48213957 as a test MRN.",
        "Invoice 48213957 (billing account).",
        "Defaults to 115200 (serial).",
        "Maximum 2147483647 (per call).",
        # a second review's: a state, a likeness or a code's display name before the label's noun; a code system's
        "Error 40412 (unknown MRN)",
        "Returns error 100231 (invalid member ID) or 100232 (member not found).",
        "48213957 (like an MRN)",
        "Use 48213957 (a fictional member ID).",
        "LOINC 45397-7 (patient ID)",
        "SNOMED CT 422549004 (patient ID)",
    ],
)
def test_words_after_a_value_that_name_something_else_do_not_name_it(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("medRecNo", "Pt#58221947"),  # the value's own label, joined by one mark, agrees with its key
        ("hospitalNumber", "MEDREC/582219/47"),
        ("hospitalNumber", "HN2021-058219"),  # a year and a serial: no date written compact
        ("chartNo", "KB-2020-05821"),
    ],
)
def test_a_record_number_s_house_style_is_one_under_a_key_for_it(analyzer: Analyzer, key: str, value: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string", "const": value}}}
    assert _found(doc, analyzer, f"/properties/{key}/const") == {"MRN"}


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Dossier médical n° 58221947", {"MRN"}),  # `n°` and `nº` are the number's sign, as `#` is
        ("Historia clínica nº 58221947", {"MRN"}),
        ("Build RELEASE-20240115 of the intake form", set()),  # a date written compact names a build
    ],
)
def test_the_sign_of_a_number_after_a_label_is_read_as_number(analyzer: Analyzer, text: str, entity: set[str]) -> None:
    doc = {"type": "object", "properties": {"note": {"type": "string", "description": text}}}
    assert _found(doc, analyzer, "/properties/note/description") == entity


@pytest.mark.parametrize("value", ["REL2020_05_17_v2", "W3C-19980720"])
def test_a_name_with_a_date_in_it_is_no_number_assigned_to_someone(analyzer: Analyzer, value: str) -> None:
    doc = {"type": "object", "properties": {"account_number": {"type": "string", "const": value}}}
    assert _found(doc, analyzer, "/properties/account_number/const") == set()


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Nombor rekod: Pt#58221947", {"MRN"}),  # a label the value carries names it in any language around it
        ("Αριθμός: MEDREC/582219/47", {"MRN"}),
        ("Номер: EPI5822194", {"MRN"}),  # an enterprise patient identifier's capitals, glued to a long number
        ("See ticket DEV-10423 for details", set()),  # a label that names nothing
        ("Order SKU58221947 shipped", set()),
    ],
)
def test_a_label_stuck_to_a_number_names_it(analyzer: Analyzer, text: str, entity: set[str]) -> None:
    doc = {"type": "object", "properties": {"note": {"type": "string", "description": text}}}
    assert _found(doc, analyzer, "/properties/note/description") == entity


@pytest.mark.parametrize(
    ("key", "entity"),
    [
        ("identifier[MR].value", "MRN"),  # HL7 v2 Table 0203's codes, as FHIR slices an identifier by its type
        ("identifier:MB", "HEALTH_PLAN_ID"),
        ("identifierDL", "US_DRIVER_LICENSE"),
        ("identifierMBValue", "HEALTH_PLAN_ID"),  # a capital that starts the next word ends the code
    ],
)
def test_an_identifier_s_type_code_names_its_value(analyzer: Analyzer, key: str, entity: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string", "const": "K58221947"}}}
    assert _found(doc, analyzer, f"/properties/{key}/const") == {entity}


@pytest.mark.parametrize(
    "key", ["scanType_MRI", "addressType_MAC", "type_PII", "typeMBPackage", "controllerTypePIController"]
)
def test_a_type_code_is_not_read_inside_a_longer_acronym(analyzer: Analyzer, key: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string", "default": "40318842"}}}
    assert _found(doc, analyzer, f"/properties/{key}/default") == set()


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("OLS/TX OLN/40718223", "US_DRIVER_LICENSE"),  # FBI NCIC 2000's message field codes
        ("NCIC SOC/412093377", "US_SSN"),
        ("Kørekortnr. 47120388", "US_DRIVER_LICENSE"),  # a number's abbreviation glued to its word ends no clause
        ("Vozačka dozvola br. 412093377", "US_DRIVER_LICENSE"),  # `br.`, Serbo-Croatian `broj`
        ("tlf. 32 64 18 90", "PHONE_NUMBER"),  # Danish numbers have no trunk prefix (`tlf 20 24 12 31` is a day)
        ("rođen 12. mart 1984.", "DATE_OF_BIRTH"),  # `rođen` folded, as `rodjen` is
        ("роден на 12.03.1984 г.", "DATE_OF_BIRTH"),  # noqa: RUF001 - born on (Bulgarian `на`)
        ("DOB (ymd): 1971_04_23", "DATE_OF_BIRTH"),  # a date as keys write it, after its label
        ("Sent from the EHR chart id: KT7731946", "MRN"),  # an EHR's or an EMR's chart is a patient's
        ("Zipplus4: 72914", "ZIP_CODE"),  # USPS's ZIP+4 as code writes it
        ("Fecha Nac.: 12/03/1984", "DATE_OF_BIRTH"),  # Spanish forms' abbreviation of fecha de nacimiento
        # a head-first language's label says whose after "of the": the head names the value
        ("Targa del veicolo: KL 482 RB", "LICENSE_PLATE"),
        ("Targa dell'auto: KL 482 RB", "LICENSE_PLATE"),
        ("Placa del coche: 4821 KXR", "LICENSE_PLATE"),
    ],
)
def test_labels_of_other_forms_name_the_number_after_them(analyzer: Analyzer, text: str, entity: str) -> None:
    doc = {"type": "object", "properties": {"note": {"type": "string", "description": text}}}
    assert _found(doc, analyzer, "/properties/note/description") == {entity}


def test_a_day_in_groups_of_two_is_no_phone_number_without_a_trunk_prefix(analyzer: Analyzer) -> None:
    doc = {"type": "object", "properties": {"telefon": {"type": "string", "const": "20 24 12 31"}}}
    assert _found(doc, analyzer, "/properties/telefon/const") == set()


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("MRN, such as 71-58-2204.", {"MRN"}),  # the words that introduce an example stand between name and value
        ("The chart number (e.g. 71-58-2204).", {"MRN"}),
        ("Phone, for example (602) 418-3391", {"PHONE_NUMBER"}),
        ("The version, e.g. 12-34-5678.", set()),  # an example of nothing personal stays unnamed
        ("Order IDs such as 71-58-2204 are reused.", set()),
        ("Medicare CPT code, e.g. 99213", set()),  # the words just before the lead name the example: a code's
        ("Deceased flag timestamp, e.g. 2024-01-01T00:00:00Z", set()),
    ],
)
def test_an_example_s_lead_words_do_not_part_a_value_from_its_name(
    analyzer: Analyzer, text: str, entity: set[str]
) -> None:
    doc = {"type": "object", "properties": {"note": {"type": "string", "description": text}}}
    assert _found(doc, analyzer, "/properties/note/description") == entity


def test_an_api_reference_s_sample_payload_is_not_read_by_its_inner_keys(analyzer: Analyzer) -> None:
    # Square's, Stripe's and SendGrid's references keep a sample record per object: read by its own keys, every
    # card's `billing_address` and every customer's `postal_code` would be a finding
    record = {"card": {"billing_address": {"address_line_2": "Suite 404", "postal_code": "94103"}}}
    doc = {"type": "object", "properties": {"card": {"type": "object"}}, "example": record}
    assert not phiscan.scan_document(doc, analyzer=analyzer).findings


@pytest.mark.parametrize(
    ("schema", "pointer", "entity"),
    [
        # a field's text form (`Txt`) after its word, as `str` or `text` would stand
        ({"uditxt_3582904417712906": {"type": "string"}}, "/properties/uditxt_3582904417712906", "DEVICE_ID"),
        ({"vinTxt": {"type": "string", "pattern": "^LKT 4829$"}}, "/properties/vinTxt/pattern", "LICENSE_PLATE"),
    ],
)
def test_a_field_s_text_form_is_read_as_its_field(
    analyzer: Analyzer, schema: dict[str, Any], pointer: str, entity: str
) -> None:
    assert _found({"type": "object", "properties": schema}, analyzer, pointer) == {entity}


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("ref", "NAC 600 mg was started on 12/03/2023 for the overdose."),  # the drug, and the National Agency Check
        ("ref", "NAC: 2021-05-03"),
        ("nacDate", "2021-05-03"),
        # "of the" before a thing: the field is the thing's (a hostile review's)
        ("ref", "Placa del agente: 4821 ABC"),
        ("ref", "Licencia del producto: 0044-7122-9012"),
        ("ref", "Seguro del envío: ENV-00412345"),
        ("license_das_key", "LK-4471-2290-8812"),
    ],
)
def test_look_alikes_of_the_new_labels_are_not_findings(analyzer: Analyzer, key: str, text: str) -> None:
    assert _found(_value("description", text, key=key), analyzer, f"/properties/{key}/description") == set()
