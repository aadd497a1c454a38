"""Addresses and postal codes as every country writes them.  Under a key or label that names one, a postal code
in the formats of Google's address data (`phiscan/data/postal_codes.tsv`), and an address with a house number
beside one of libpostal's address words of 60 languages (`phiscan/data/address_words.tsv`) or a list of places one
of which is numbered; addresses ending in a Canadian or Australian region and its code anywhere.  A documented
example, a round number or a run of one digit is a stand-in; hosts, ports and network addresses under
`serverAddress` are no street's.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

import phiscan
from phiscan.data import data_file
from phiscan.detect.addresses import labelled_addresses, world_address
from phiscan.detect.analyzer import Analyzer
from phiscan.detect.postal import postal_code


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("postcode", "LS6 2AB"),  # United Kingdom
        ("postalCode", "M4C 3R7"),  # Canada
        ("eircode", "T12 K2PW"),  # Ireland
        ("postcode", "3581 KT"),  # the Netherlands
        ("cep", "22041-001"),  # Brazil
        ("cep", "22041001"),
        ("kodPocztowy", "31-042"),  # Poland
        ("postnummer", "413 19"),  # Sweden
        ("codice_postale", "00184"),  # Italy: below the lowest US ZIP
        ("postleitzahl", "3012"),  # Switzerland
        ("郵便番号", "160-0022"),  # Japan
        ("postalCode", "560034"),  # India
    ],
)
def test_a_postal_code_of_any_country_under_a_postal_key_is_a_zip_code(
    analyzer: Analyzer, key: str, value: str
) -> None:
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") == {"ZIP_CODE"}


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("ref", "LS6 2AB"),  # no cue
        ("postcode", "EC1Y 8SY"),  # the address data's own example
        ("postcode", "00-950"),
        ("postcode", "10000"),  # round
        ("postcode", "2000"),
        ("postcode", "1234"),  # a run
        ("postalCode", "99999"),
        ("cep", "19840312"),  # eight digits that are a date
        ("postcode", "SW1A"),  # an outward code alone is a district
        ("zip", "12345-1234"),  # a US stand-in is no other country's code
        ("zip", "00000-1234"),
        ("postalCode", "A1B 2C3"),  # Canada's stand-in
        ("postalCode", "2024"),  # a year
        ("zip", "RFC 1951"),
        ("cep", "ABC 123"),
    ],
)
def test_no_cue_a_documented_example_or_a_stand_in_is_no_finding(analyzer: Analyzer, key: str, value: str) -> None:
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Postcode: LS6 2AB",
        "The patient's postal code is M4C 3R7.",
        "Eircode T12 K2PW, as given at intake",
    ],
)
def test_a_spaced_postal_code_after_its_label_in_prose_is_a_zip_code(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == {"ZIP_CODE"}


@pytest.mark.parametrize(
    "text",
    [
        "Dates use the ISO 8601 form; see the postal section",
        "Model ABC 1234 is supported",
        "Postal rates: see table A12 3BX",  # no country's format
        "Postal code is hashed with SHA 256 before storage",
        "The zip code follows ISO 3166 country rules",
        "Postcode lookups are billed at USD 4500 per year",
    ],
)
def test_codes_and_models_in_prose_are_no_postal_codes(analyzer: Analyzer, text: str) -> None:
    assert "ZIP_CODE" not in _found(_value("description", text), analyzer, "/properties/ref/description")


@pytest.mark.parametrize(
    "address",
    ["47 King St W, Toronto, ON M5H 1J8", "38 George St, Parramatta, NSW 2150", "2210 Main St, Vancouver, BC V5T 3C9"],
)
def test_an_address_ending_in_a_canadian_or_australian_region_and_code_is_a_street_address(
    analyzer: Analyzer, address: str
) -> None:
    [finding] = phiscan.scan_document(_value("const", address), analyzer=analyzer).findings
    assert finding.entity == "STREET_ADDRESS"
    assert finding.span is None or finding.span[1] == len(address)  # the whole string, the region and code too


@pytest.mark.parametrize(
    "text",
    [
        "Deliver to вул. Хрещатик, 36, Київ.",  # Ukrainian: the street type before the name
        "Доставка: ул. Тверская, д. 18, кв. 4",  # Russian, `д.` before the house number
        "Lives at проспект Миру 27.",
        "бул. Витоша 45, София",  # Bulgarian
        f"бул. {chr(0x201E)}Витоша{chr(0x201C)} 45",  # its name in quotes
        "Ул. Тверская, дом 18к2",  # capitalised, `дом` in full, a building after the number
        "пр-т Победы 12",
        "праспект Незалежнасці 65, Мінск",  # Belarusian
    ],
)
def test_a_cyrillic_street_type_before_a_name_and_number_is_an_address_anywhere(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == {"STREET_ADDRESS"}


@pytest.mark.parametrize("text", ["См. пункт 5, пер. 2.", "Таблица 3, пл. 12 мм", "ул. 5", "наб. Данных 10 записей"])
def test_a_cyrillic_abbreviation_without_a_street_s_name_is_none(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()


def test_the_table_names_its_source_and_every_example_is_a_stand_in() -> None:
    lines = data_file("postal_codes.tsv").read_text("utf-8").splitlines()
    assert "libaddressinput" in lines[1]
    examples = [line.split("\t")[2] for line in lines if line.startswith("example\t")]
    assert len(examples) > 300
    assert not any(postal_code(e) for e in examples)


@pytest.mark.parametrize(
    "address",
    [
        "ул. Садовая, д. 27, кв. 14, Самара, 443010",  # Russia: street, house, flat, town, index
        "вул. Шевченка, буд. 41, Львів, 79005",  # Ukraine
        "朝阳区东三环中路39号院2号楼1503室",  # China: road, number, building, room
        "大阪府大阪市北区梅田2丁目4番9号",  # Japan: chōme, lot, number
        "경기도 성남시 분당구 판교로 256",  # Korea: road name and number
        "Strada Mihai Eminescu 44, Cluj-Napoca",  # Romania
        "Vinohradská 1847/27, 120 00 Praha 2",  # Czechia: no street word, a list of places
        "Canale Bellucci, 18, 38020, Cloz (TN)",  # Italy, as Faker writes it
        "רחוב הרצל 47, חיפה",  # Israel
        "ถนนสุขุมวิท 47 แขวงคลองเตยเหนือ กรุงเทพ 10110",  # Thailand
    ],
)
def test_an_address_of_any_country_under_an_address_key_is_a_street_address(analyzer: Analyzer, address: str) -> None:
    assert world_address(address)
    pointer = "/properties/homeAddress/const"
    assert _found(_value("const", address, key="homeAddress"), analyzer, pointer) == {"STREET_ADDRESS"}


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("serverAddress", "localhost, port 8080"),
        ("bindAddress", "0.0.0.0:8080"),
        ("emailAddress", "rosa.k@mailbox.org, backup"),
        ("walletAddress", "0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE"),
        ("address", "Address line 1"),
        ("address", "Line 1, Line 2"),
        ("住所", "東京都"),  # a prefecture, no number
        ("адрес", "Москва"),
    ],
)
def test_hosts_ports_form_fields_and_bare_towns_under_an_address_key_are_no_addresses(
    analyzer: Analyzer, key: str, value: str
) -> None:
    assert not world_address(value)
    assert "STREET_ADDRESS" not in _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const")


def test_the_address_words_name_their_source() -> None:
    header = data_file("address_words.tsv").read_text("utf-8").splitlines()[0]
    assert "openvenues/libpostal@" in header


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Home address: ул. Садовая, д. 27, кв. 14, Самара, 443010. Call before visiting.", "ул. Садовая, д. 27"),
        ("住所\uff1a大阪府大阪市北区梅田2丁目4番9号", "梅田2丁目4番9号"),
        ("Copied from intake. Patient address: Vinohradská 1847/27, 120 00 Praha 2", "Vinohradská 1847/27"),
    ],
)
def test_an_address_after_a_label_that_names_one_is_a_street_address(
    analyzer: Analyzer, text: str, address: str
) -> None:
    doc = _value("description", text)
    assert _found(doc, analyzer, "/properties/ref/description") == {"STREET_ADDRESS"}
    assert address in labelled_address_texts(text)


def test_a_street_in_capitals_with_its_town_after_a_semicolon_is_an_address(analyzer: Analyzer) -> None:
    # a street line and its last line apart by a semicolon, as some exports write them
    doc = _value("description", "Copied in. 5512 WILLOW ALY; TOPEKA, KS 66604")
    assert "STREET_ADDRESS" in _found(doc, analyzer, "/properties/ref/description")


@pytest.mark.parametrize(
    ("key", "text"),
    [
        *(("ref", "Batch size: 10 GB RUN"), ("ref", "Retry: 24 HOUR LOOP"), ("ref", "Layout: 12 ROW GRID")),
        # a hostile review's: under a word for an address too, a suffix that is a word needs its town
        *(("address", "2048 RSA KEY"), ("binAddress", "120 PALLET ROW"), ("address", "16 CHANNEL LOOP")),
    ],
)
def test_a_number_and_words_in_capitals_without_a_town_are_no_address(analyzer: Analyzer, key: str, text: str) -> None:
    assert "STREET_ADDRESS" not in _found(
        _value("description", text, key=key), analyzer, f"/properties/{key}/description"
    )


def labelled_address_texts(text: str) -> str:
    return " | ".join(text[a:b] for a, b in labelled_addresses(text))


@pytest.mark.parametrize(
    "text",
    ["Server address: localhost, port 8080", "Address: see the intake form", "Note: 47 items, 3 ways to ship"],
)
def test_a_label_before_no_address_is_no_finding(analyzer: Analyzer, text: str) -> None:
    assert labelled_addresses(text) == []
    assert "STREET_ADDRESS" not in _found(_value("description", text), analyzer, "/properties/ref/description")


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("serverAddress", "Primary, Port 443"),
        ("serverAddress", "Datacenter Frankfurt, Rack 12"),
        ("contractAddress", "Token Hub, Block 1849302"),
        ("address", "Building A, Level 2"),
        ("주소", "최대 100자까지 입력 가능합니다"),  # "up to 100 characters"
        ("serverAddress", "서버 2호기"),  # "server no. 2"
        ("住所", "住所を入力してください\uff08最大100文字、番地まで\uff09"),
    ],
)
def test_settings_and_instructions_under_an_address_key_are_no_addresses(
    analyzer: Analyzer, key: str, value: str
) -> None:
    assert not world_address(value)
    assert "STREET_ADDRESS" not in _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const")


@pytest.mark.parametrize(
    "text",
    [
        "Server address: Primary, Port 443",
        "Memory address: Block 7, Offset 12",
        "IPv6 address: Link Local, Scope 2",
        "Address format: Street 1, City, Country",
    ],
)
def test_a_label_for_a_machine_address_or_a_format_names_no_home(text: str) -> None:
    assert labelled_addresses(text) == []


def test_a_long_padded_text_of_labels_is_read_in_one_pass() -> None:
    # a regex with a lazy label, a lazy value and optional spaces between them took minutes on this
    assert labelled_addresses(("a" + " " * 39 + ":" + " " * 170 + "1") * 50) == []
    assert labelled_addresses("".join(f"option number {i}     :     alpha value " for i in range(400))) == []
