"""The words of health systems outside Europe for a record number, a health insurance card and a driving licence,
as their keys are written natively and romanised (China, Korea, Vietnam, Thailand, Iran, the Arab world, South
Asia, Indonesia, Malaysia, Latin America, Canada), and the short forms of record and birth fields in code.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

from phiscan.detect.analyzer import Analyzer


@pytest.mark.parametrize(
    ("key", "value", "entity"),
    [
        # a record number
        ("binganhao", "7710394826", "MRN"),
        ("病案号", "7710394826", "MRN"),
        ("zhuyuan_hao", "60480193716", "MRN"),
        ("hwanja_beonho", "30571948", "MRN"),
        ("so_benh_an", "BA-2291047", "MRN"),
        ("ma_benh_nhan", "BN0093471825", "MRN"),
        ("soHoSoBenhAn", "7730418", "MRN"),  # số hồ sơ bệnh án: a key whose word recurs (`so`) is read whole
        ("shomare_parvande", "590183274", "MRN"),
        ("raqm_almareed", "590183274", "MRN"),
        ("uhid", "UHID7730418265", "MRN"),
        ("opd_no", "OPD/2021/480193", "MRN"),
        ("nhc", "004719382", "MRN"),
        ("ipp", "800472193", "MRN"),
        ("hospNo", "K4480917", "MRN"),
        ("infirmary_number", "HN5830417", "MRN"),  # British English's hospital
        ("nomor_rm", "04-71-93", "MRN"),
        ("krankenblattnummer", "KB-7730194", "MRN"),
        # a health insurance card or member number
        ("ma_the_bhyt", "HS4797908472615", "HEALTH_PLAN_ID"),
        ("yibao_kahao", "H44019372615", "HEALTH_PLAN_ID"),
        ("geongang_boheom", "57309184726", "HEALTH_PLAN_ID"),
        ("hoken_bango", "47093815", "HEALTH_PLAN_ID"),
        ("nomor_kartu_bpjs", "0002749183627", "HEALTH_PLAN_ID"),
        ("ohip", "5730-918-472-KT", "HEALTH_PLAN_ID"),
        ("cartao_sus", "704801937264519", "HEALTH_PLAN_ID"),
        ("polis_nummer", "738190472", "HEALTH_PLAN_ID"),
        ("philHealthPin", "17-720210649-4", "HEALTH_PLAN_ID"),  # the Philippines' PhilHealth, split at its hump
        ("personalHealthNumber", "9698658215", "HEALTH_PLAN_ID"),  # British Columbia's PHN
        # a driving licence
        ("so_gplx", "790248163307", "US_DRIVER_LICENSE"),
        ("bang_lai_xe", "790248163307", "US_DRIVER_LICENSE"),
        ("jiazhao", "440301837264", "US_DRIVER_LICENSE"),
        ("unjeon_myeonheo", "11-04-738291-60", "US_DRIVER_LICENSE"),
        ("gavahinameh", "9830471625", "US_DRIVER_LICENSE"),
        ("rukhsat_qiyada", "38104729", "US_DRIVER_LICENSE"),
        ("lesen_memandu", "60472918", "US_DRIVER_LICENSE"),
        ("bai_khap_khi", "61047382", "US_DRIVER_LICENSE"),
        # a date of birth
        ("tareekh_e_paidaish", "18/03/1942", "DATE_OF_BIRTH"),
        ("tarikh_tavallod", "1942-03-18", "DATE_OF_BIRTH"),
        ("tarikh_al_milad", "1942-03-18", "DATE_OF_BIRTH"),
        ("dt_nasc", "1942-03-18", "DATE_OF_BIRTH"),
        ("dateNaiss", "18/03/1942", "DATE_OF_BIRTH"),
        ("pt_bdate", "1942-03-18", "DATE_OF_BIRTH"),
    ],
)
def test_a_value_under_a_health_system_s_word_is_found(analyzer: Analyzer, key: str, value: str, entity: str) -> None:
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") == {entity}


@pytest.mark.parametrize(
    "key",
    # `Milad` is a given name and `Tarikh` a surname: the phrase is a birth date's label, not a person
    ["tarikh_al_milad", "tarikh_milad", "ayushman_card", "abha_number", "hosp_no", "polis_nummer", "bang_lai_xe"],
)
def test_a_key_of_these_words_is_no_name(analyzer: Analyzer, key: str) -> None:
    assert _found({"type": "object", "properties": {key: {"type": "string"}}}, analyzer, f"/properties/{key}") == set()


@pytest.mark.parametrize(
    ("keyword", "value"),
    [
        # the short forms name a field in keys only: in prose they are other words
        ("description", "Fetches the HN 38472910 story from the Hacker News API for display."),
        ("description", "lesen und schreiben 40471928 Bytes"),  # German "read"
        ("description", "Fetches the CNS 704801937264519 record from the archive for display."),
    ],
)
def test_the_short_forms_in_prose_name_nothing(analyzer: Analyzer, keyword: str, value: str) -> None:
    assert _found(_value(keyword, value), analyzer, f"/properties/ref/{keyword}") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Aetna member W740193826 is eligible.",
        "BCBS ID XOF740193826",
        "Cigna ID 74019382601",
        "Humana H74019382 coverage verified.",
        "Medi-Cal BIC 90000001A95001",  # California's Benefits Identification Card
        "Medi-Cal card 90000001A95001",
        "Tricare DBN 7401938265",  # the DoD Benefits Number
    ],
)
def test_a_number_after_an_insurer_s_name_is_a_health_plan_id(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == {"HEALTH_PLAN_ID"}


@pytest.mark.parametrize(
    "text",
    [
        "Humana Gold Plus H5216-038 (HMO) is a Medicare Advantage plan.",  # a plan's CMS contract and package
        "Supported payers: Aetna, Cigna, Humana, UHC.",
        "Cigna 360 wellness program",
        "Aetna payer 60054 for claims.",  # the insurer's own number, not a member's
        "Molina revenue of 34072 million.",
        "Cigna 1.2.840.114350 OID",
    ],
)
def test_an_insurer_s_plans_and_products_are_nobody_s(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()


def test_the_va_s_integration_control_number_is_a_record_number_under_its_name(analyzer: Analyzer) -> None:
    assert _found(_value("examples", ["1017283645V493027"], key="icn"), analyzer, "/properties/icn/examples/0") == {
        "MRN"
    }
    text = "Patient ICN: 1017283645V493027"
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == {"MRN"}
    # alone (the VA documents its sandbox patients' so), or a build stamp of the same shape, it is none
    assert _found(_value("examples", ["1017283645V493027"]), analyzer, "/properties/ref/examples/0") == set()
    text = "Build 2023061512V000001 released"
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()
