"""Names no list holds at all, where only a person's name can stand: after what only people do or are, in the
standards' name notation, under a key for a role's name, and in a key about a person written in a name's capitals.
Words no list holds anywhere else stay vocabulary: products, species, codes and other languages' field labels.

Names here are made up for these tests (two words no gazetteer holds) and are not in any labelled set.
"""

from __future__ import annotations

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

from phiscan.detect.analyzer import Analyzer


@pytest.mark.parametrize(
    "text",
    [
        "Requested by Tserenkhand Ganzorig.",
        "Debug note. Escalated for Ulziibayar Otgonbold.",
        "Seen by Dr Oyuunchimeg Batzorig on Monday",  # a title as written, and a note going on after the name
        "Reviewed by Aperahama Tuhiwai before release",
        "Filed on behalf of Sefo Leauanae",
    ],
)
def test_after_what_only_people_do_two_words_no_list_holds_are_a_person(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("const", "x", description=text), analyzer, "/properties/ref/description") == {"PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        "Sent to Tserenkhand Ganzorig queue.",  # teams and products are sent things too
        "Powered by Kubeflow Katib.",
        "Requested by Kubeflow Katib API.",  # a product's word after it
        "Requested by Twilio Flex.",  # a dictionary word
        "Requested by OAUTH PKCE.",  # capitals without a vowel's shape
        "Requested by Ozioma.",  # one word
        "Trials requested by Kubeflow Katib during tuning.",  # the run does not end its clause: a product's name
        "Glucose readings reported by Dexcom Stelo sensors.",
        "Alerts escalated for SRE ONCALL review.",  # capitals are acronyms as often
        "Codes reported by Snomed Loinc.",  # code systems
        "Relapsing MS Ocrevus Kesimpta.",  # `MS` in capitals is no title
    ],
)
def test_after_words_that_stand_before_teams_and_products_they_are_not(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("const", "x", description=text), analyzer, "/properties/ref/description") == set()


def test_a_name_in_hl7_or_dicom_notation_inside_prose_needs_no_listed_word(analyzer: Analyzer) -> None:
    doc = _value("const", "x", description="QA image of GANZORIG^TSERENKHAND.")
    assert _found(doc, analyzer, "/properties/ref/description") == {"PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        *("Send an ADT^A01 message.", "Use CARET^ESCAPE sequences.", "HELLO^WORLD", "the ORU^R01 event"),
        *("Supported HL7 message types: ORM^ORU^ADT.", "e.g. LOINC^SNOMED."),  # codes, code systems
    ],
)
def test_carets_between_codes_or_dictionary_words_are_no_name(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("const", "x", description=text), analyzer, "/properties/ref/description") == set()


@pytest.mark.parametrize("key", ["insured_name", "guarantor_name", "name_of_insured", "cardholderName", "kinName"])
def test_a_role_s_name_as_the_standards_call_it_holds_a_name_no_list_holds(analyzer: Analyzer, key: str) -> None:
    # HL7 v2 IN1-16 Name Of Insured, GT1-3 Guarantor Name; NCPDP Cardholder Name
    doc = {"type": "object", "properties": {key: {"type": "string", "default": "Oyuunchimeg Batzorig"}}}
    assert _found(doc, analyzer, f"/properties/{key}/default") == {"PERSON"}


@pytest.mark.parametrize(
    "value", ["Primary Insured", "Same As Patient", "Policy Holder", "Not Provided", "Self", "Contoso Ltd", "Acme Corp"]
)
def test_vocabulary_under_a_role_s_name_is_not_a_person(analyzer: Analyzer, value: str) -> None:
    doc = {"type": "object", "properties": {"insured_name": {"type": "string", "default": value}}}
    assert _found(doc, analyzer, "/properties/insured_name/default") == set()


@pytest.mark.parametrize("key", ["holder_VaileaTupou_v2", "NAME_ZulaikhoRakhmonova_record", "patient_Sefo_Leauanae"])
def test_a_key_about_a_person_with_a_name_in_its_capitals_is_a_person(analyzer: Analyzer, key: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert "PERSON" in _found(doc, analyzer, f"/properties/{key}")


@pytest.mark.parametrize(
    "key",
    [
        "DabadebisTarighi",  # Georgian for date of birth: the key's only words are the pair itself
        "patient_dbaas_percona",  # not in a name's capitals
        "holderType_KubeConfig",  # a dictionary word
        "pluginName_ZulaikhoRakhmonova",  # `name` as another noun's tail: a plugin's name
        "holderName_LastUpdated_zulaikho_rakhmonova",  # only the pair in a name's capitals may be the name
        "patient_SnomedLoinc",  # code systems
    ],
)
def test_other_words_no_list_holds_in_keys_are_not(analyzer: Analyzer, key: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert _found(doc, analyzer, f"/properties/{key}") == set()


@pytest.mark.parametrize("value", ["Kim Doo Ri", "Tran Thi Sa", "Mohamed Ag Najem", "TRAN THI SA"])
def test_syllables_that_spell_a_legal_form_leave_a_name_a_name(analyzer: Analyzer, value: str) -> None:
    # a company's legal form counts as a name's last word, the short ones only as written beside lower case
    doc = {"type": "object", "properties": {"guardian_name": {"type": "string", "default": value}}}
    assert _found(doc, analyzer, "/properties/guardian_name/default") == {"PERSON"}


@pytest.mark.parametrize(
    "value", ["Patient name: ASTAMUR ARSHBA", "Guardian: ZULAIKHO RAKHMONOVA", "Next of kin: OLUWASEUN ADEBAYO-OKAFOR"]
)
def test_a_whole_name_in_capitals_after_a_label_only_a_person_has_needs_no_list(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("const", value), analyzer, "/properties/ref/const") == {"PERSON"}


@pytest.mark.parametrize(
    "value",
    ["Patient name: HAPI FHIR", "Patient: NOT AVAILABLE", "Patient name: UNKNOWN PATIENT", "Patient: TEST DUMMY"],
)
def test_capitals_that_are_a_code_system_or_words_are_no_name(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("const", value), analyzer, "/properties/ref/const") == set()


@pytest.mark.parametrize(
    "value",
    ["Patient: NKDA NKFA", "Patient name: ZZTEST ZZPATIENT", "Patient: MAXLENGTH MINLENGTH", "Patient: CABG PTCA"],
)
def test_capitals_without_a_vowel_schema_words_or_a_test_patient_s_prefix_are_no_name(
    analyzer: Analyzer, value: str
) -> None:
    assert _found(_value("const", value), analyzer, "/properties/ref/const") == set()


@pytest.mark.parametrize(
    "key",
    [
        "name_tserenkhand_ganzorig",
        "ptNameTserenkhandGanzorig",
        "full-name-tserenkhand-ganzorig",
        "guardianName_sefo_leauanae",
    ],
)
def test_a_key_whose_other_words_name_a_person_holds_a_name_no_list_holds_in_any_case(
    analyzer: Analyzer, key: str
) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert "PERSON" in _found(doc, analyzer, f"/properties/{key}")


def test_a_regex_literal_whose_other_words_name_a_person_holds_a_name_no_list_holds(analyzer: Analyzer) -> None:
    doc = _value("pattern", "^name_tserenkhand_ganzorig$")
    assert _found(doc, analyzer, "/properties/ref/pattern") == {"PERSON"}


@pytest.mark.parametrize(
    "key",
    [
        "name_dbaas_percona",  # an acronym's letters begin no name the lists hold (`db`)
        "patient_visit_summary",  # dictionary words
        "name_kube_config",
        "tserenkhand_ganzorig_settings",  # nothing before the pair names a person
        "patient_riwayat_penyakit",  # after a word for a person alone: Indonesian, the patient's history
        "get_patient_semaglutide_tirzepatide",
    ],
)
def test_words_beside_a_person_s_word_that_begin_no_name_or_are_words_are_no_name(analyzer: Analyzer, key: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert _found(doc, analyzer, f"/properties/{key}") == set()


@pytest.mark.parametrize(
    "value",
    ["Patient name: hapi fhir", "Patient name: foobar bazqux", "Patient name: huanzhe xingming", "Patient: dbaas"],
)
def test_lower_case_words_or_codes_after_a_label_only_a_person_has_are_not(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("const", value), analyzer, "/properties/ref/const") == set()


@pytest.mark.parametrize(
    "value", ["EMS Personnel's Last Name: Tserenkhand Ganzorig", "Signer Last Name: Sefo Leauanae"]
)
def test_a_label_headed_by_a_strong_word_for_a_name_needs_no_list(analyzer: Analyzer, value: str) -> None:
    # NEMSIS dPersonnel.01: the words before the head say whose name it is
    assert _found(_value("const", value), analyzer, "/properties/ref/const") == {"PERSON"}


@pytest.mark.parametrize("value", ["Display Name: Kubeflow Katib", "Last Name Field Type: Tserenkhand Ganzorig"])
def test_a_label_whose_head_is_no_name_leaves_words_no_list_holds_alone(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("const", value), analyzer, "/properties/ref/const") == set()
