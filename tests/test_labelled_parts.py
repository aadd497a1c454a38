"""A value inside a name is named by the word next to it: glued (`MRNQPA5520913`, `MAC3a1f9c2b7d4e`) or the
part before it (`ListRefunds_kanja_QXR4410297`), whatever the rest of the name says.  With it: formats read
whole (EUI-64, an IMEI as type code, serial and check digit, an IBAN of any registered layout, E.164 stored
without its `+`, card numbers of any issuer after a word for a card), other countries' fundraisers and
addresses, and names after a word for a person whose surname the lists hold.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

import phiscan
from phiscan.detect.analyzer import Analyzer


def _key(doc_key: str, where: str = "properties") -> tuple[dict[str, object], str]:
    doc = {"type": "object", where: {doc_key: {"type": "string"}}}
    return doc, f"/{where}/{doc_key.replace('~', '~0').replace('/', '~1')}"


@pytest.mark.parametrize(
    ("key", "entity"),
    [
        ("MRNQPA5520913", "MRN"),
        ("ListRefunds_kanja_QXR4410297", "MRN"),  # `kanja`: patient; not the refunds' account
        ("prontuario_HSA77120458", "MRN"),
        ("VIN5YJ3E1EA0LF791206", "VIN"),
        ("uploadLogo_MAC3a1f9c2b7d4e", "DEVICE_ID"),
        ("lookup_ip_2a02_8109_b6c0__1f3e", "IP_ADDRESS"),
        ("audit_IP81_17_240_33", "IP_ADDRESS"),
        ("tel_4917623918847", "PHONE_NUMBER"),  # E.164 without its `+`
        ("cel_6598127734", "PHONE_NUMBER"),
        ("Phone27824470193", "PHONE_NUMBER"),
        ("card_3145702846193057285", "ACCOUNT_NUMBER"),  # any issuer, 19 digits, Luhn
        ("mcd_8830214765", "HEALTH_PLAN_ID"),
    ],
)
def test_a_value_in_a_name_is_what_the_word_next_to_it_says(analyzer: Analyzer, key: str, entity: str) -> None:
    doc, pointer = _key(key)
    found = _found(doc, analyzer, pointer)
    assert found and all(_category(e) == entity for e in found), found


def _category(entity: str) -> str:
    return {"CREDIT_CARD": "ACCOUNT_NUMBER", "MAC_ADDRESS": "DEVICE_ID", "IMEI": "DEVICE_ID"}.get(entity, entity)


@pytest.mark.parametrize(
    "key",
    [
        "adaBox15SubscriberSsn",  # a claim form's box 15, not `Ada Box`
        "ip6tables_rules",
        "mac_address_4",
        "GetReports_2024_v2",
        "card_1234567890123456",  # a run, written to show the form
        "tel_99999999999",
        "phone_12345678901",
        "openssl1_1_1_23",  # a version, not an address
        "python3_11_4_2",
    ],
)
def test_words_and_counters_in_names_are_not(analyzer: Analyzer, key: str) -> None:
    doc, pointer = _key(key)
    assert _found(doc, analyzer, pointer) == set()


def test_a_tool_name_that_holds_a_date_of_birth_does_not_make_its_parameters_birth_dates(
    analyzer: Analyzer,
) -> None:
    tool = {
        "name": "ListSettlements_dob_1952_04_17",
        "description": "Lists settlements.",
        "input_schema": {"type": "object", "properties": {"api_version": {"type": "string", "const": "2023-10-16"}}},
    }
    report = phiscan.scan_document([tool], analyzer=analyzer)
    assert {(f.pointer, f.entity) for f in report.findings} == {("/0/name", "DATE_OF_BIRTH")}


@pytest.mark.parametrize(
    ("key", "keyword", "value", "entity"),
    [
        ("id", "examples", ["3C:5A:B4:FF:FE:12:9D:07"], "MAC_ADDRESS"),  # EUI-64, not an IPv6 address
        ("handset", "enum", ["35871206 483920 0"], "IMEI"),  # type allocation code, serial, check digit
        ("iban", "const", "AZ66NABX7Q2C5R9T1W3E6Y8U0I4O", "IBAN_CODE"),  # SWIFT registry layout: 20 alnum
        ("card", "enum", ["6291803746251938474"], "CREDIT_CARD"),  # UnionPay, 19 digits, after a word for a card
        ("numero_carteirinha", "examples", ["RKT30418872-01"], "HEALTH_PLAN_ID"),
    ],
)
def test_formats_read_whole(analyzer: Analyzer, key: str, keyword: str, value: object, entity: str) -> None:
    pointer = f"/properties/{key}/{keyword}" + ("/0" if isinstance(value, list) else "")
    assert _found(_value(keyword, value, key=key), analyzer, pointer) == {entity}


def test_an_iban_with_a_wrong_check_is_no_account(analyzer: Analyzer) -> None:
    assert (
        _found(_value("const", "AZ67NABX7Q2C5R9T1W3E6Y8U0I4O", key="iban"), analyzer, "/properties/iban/const") == set()
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://kitabisa.com/campaign/bantupakrahmat",
        "https://zrzutka.pl/k7q2vd",
        "https://www.vakinha.com.br/vaquinha/tratamento-do-joao-batista",
        "https://www.leetchi.com/c/soins-pour-amelie",
    ],
)
def test_personal_fundraisers_of_other_countries_are_urls_of_a_person(analyzer: Analyzer, url: str) -> None:
    assert _found(_value("title", url, key="memo"), analyzer, "/properties/memo/title") == {"URL"}


def test_an_indian_address_with_its_pin_code_is_an_address(analyzer: Analyzer) -> None:
    doc = _value("pattern", "^14 Gandhi Marg, Civil Lines, Jaipur 302006$", key="type")
    assert _found(doc, analyzer, "/properties/type/pattern") == {"STREET_ADDRESS"}


@pytest.mark.parametrize(
    "text",
    ["Found in the export: patient Adaeze Okonkwo", "From the attachment: patient Kang Seoyeon."],
)
def test_a_name_after_a_word_for_a_person_needs_only_a_listed_surname(analyzer: Analyzer, text: str) -> None:
    report = phiscan.scan_document(_value("description", text), analyzer=analyzer)
    assert {f.entity for f in report.findings} == {"PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        "Patient: 'Adaeze Okonkwo'",  # quoted after its label, in straight or curly quotes
        "Guardian: \u2018Adaeze Okonkwo\u2019",
        "patient_name='Adaeze Okonkwo', dob='1991-07-04'",  # a key's name and its value, as code writes them
    ],
)
def test_a_quoted_name_after_its_label_is_a_person(analyzer: Analyzer, text: str) -> None:
    report = phiscan.scan_document(_value("description", text), analyzer=analyzer)
    assert "PERSON" in {f.entity for f in report.findings}


@pytest.mark.parametrize("text", ["Patient: 'Chart's Summary'", "customer_name='Wells Fargo'"])
def test_a_possessive_or_a_customer_s_name_is_no_quoted_person(analyzer: Analyzer, text: str) -> None:
    report = phiscan.scan_document(_value("description", text), analyzer=analyzer)
    assert "PERSON" not in {f.entity for f in report.findings}


def test_an_iban_shaped_value_with_a_letter_beyond_ascii_is_read_without_error(analyzer: Analyzer) -> None:
    report = phiscan.scan_document(_value("const", "AZ66NABX7Q2C5R9T1W3E6Y8U0I4É", key="iban"), analyzer=analyzer)
    assert report.ok and report.findings == ()


@pytest.mark.parametrize(
    ("key", "keyword", "value"),
    [
        ("channel_id", "const", "621038293847561024"),  # a snowflake id, Luhn or not: 17-19 digits need a card word
        ("snapshot_id", "const", "20240115-103000-0"),  # a date, a time and a counter, not an IMEI
        ("mac", "const", "4bf92f3577b34da6"),  # a message authentication code
        ("serial", "const", "4bf92f3577b34da6"),  # sixteen hex digits alone: a digest as often as an EUI-64
        ("ref", "description", "Lines of code coverage 8847291 across repositories"),  # weak words in text
        ("ref", "title", "Member 4472910 of the Slack workspace"),
        ("ref", "description", "The card expires at 1712345678901234563 nanoseconds"),  # a timestamp
    ],
)
def test_ids_digests_and_timestamps_of_those_shapes_are_not(
    analyzer: Analyzer, key: str, keyword: str, value: str
) -> None:
    assert _found(_value(keyword, value, key=key), analyzer, f"/properties/{key}/{keyword}") == set()


@pytest.mark.parametrize("key", ["rosa_garcia_2", "maria_gonzalez_01", "RosaGarcia2"])
def test_a_name_with_a_counter_is_still_a_name(analyzer: Analyzer, key: str) -> None:
    doc, pointer = _key(key)
    assert _found(doc, analyzer, pointer) == {"PERSON"}


@pytest.mark.parametrize(
    ("key", "entity"),
    [
        ("mac_E8_6F_A2_E6_EC_31", "MAC_ADDRESS"),  # a MAC as a name must write it: `_` for `:`
        ("^hwaddr_3c9d_19e7_6d3a$", "MAC_ADDRESS"),  # and Cisco's dotted quads
        ("zip_60606", "ZIP_CODE"),  # two digits repeat in real ZIP codes (60606, 11211)
    ],
)
def test_a_mac_or_a_zip_joined_by_underscores_is_read(analyzer: Analyzer, key: str, entity: str) -> None:
    doc, pointer = _key(key, "patternProperties")
    assert _found(doc, analyzer, pointer) == {entity}


@pytest.mark.parametrize(
    "key",
    [
        "build_20_24_01_15_10_30",
        "ts_24_01_15_10_30_45",
        "rate_10_20_30_40_50_60",
        "zip_11111",
        "zip_12345",
        "mac_01_23_45_67_89_ab",
    ],
)
def test_a_date_time_in_pairs_a_placeholder_zip_or_a_format_mac_is_not(analyzer: Analyzer, key: str) -> None:
    doc, pointer = _key(key)
    assert _found(doc, analyzer, pointer) == set()
