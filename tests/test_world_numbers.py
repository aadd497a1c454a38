"""Phone numbers, bank accounts, serial numbers and number plates as other countries write them: a number as its
own country dials it (no trunk prefix in Spain or Qatar, 8 in Russia), an account of 20 digits or more (Russia,
Argentina), a serial printed after its `SN` label, the plates of India, Vietnam, China and Russia, and the words
for each in keys.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

import phiscan
from phiscan.detect.analyzer import Analyzer


@pytest.mark.parametrize(
    ("key", "value", "entity"),
    [
        # mobiles written nationally with no trunk prefix, valid by Google's numbering plans
        ("telefono", "691 402 837", "PHONE_NUMBER"),
        ("celular", "(11) 93113-3614", "PHONE_NUMBER"),
        ("shouji", "139 2047 1836", "PHONE_NUMBER"),
        ("mobile_no", "94470 31826", "PHONE_NUMBER"),
        # national numbers with their trunk prefix in more countries, under their words
        ("raqam_aljawal", "0503971791", "PHONE_NUMBER"),
        ("shomare_tamas", "09189438606", "PHONE_NUMBER"),
        ("nomor_hp", "0818-0868-9171", "PHONE_NUMBER"),
        ("telefone", "06 18 54 05 81", "PHONE_NUMBER"),
        ("so_dien_thoai", "0911 602 852", "PHONE_NUMBER"),
        ("phone", "(02) 9374 4816", "PHONE_NUMBER"),  # the area code in brackets with its trunk 0 (Australia)
        ("telefono", "(06) 200 6416", "PHONE_NUMBER"),
        # any country's plan, as libphonenumber keeps it: Russia's and Kazakhstan's trunk prefix is 8, Qatar, Hong
        # Kong, Greece and Norway have none, a group may be seven digits long (Bangladesh, Greece), Ireland's is 3-3-4
        ("telefon", "8 (916) 482-73-15", "PHONE_NUMBER"),
        ("telefon", "8 (7172) 57 20 94", "PHONE_NUMBER"),
        ("mobile", "4471 2093", "PHONE_NUMBER"),
        ("phone", "6392 0471", "PHONE_NUMBER"),
        ("mobile", "697 2154830", "PHONE_NUMBER"),
        ("mobile", "94 71 20 38", "PHONE_NUMBER"),
        ("mobile", "01713-482957", "PHONE_NUMBER"),
        ("mobile", "087 413 9260", "PHONE_NUMBER"),
        # a round switchboard number, and numbers another country's plan would read as a run or an international call
        ("telefon", "030 166 0600", "PHONE_NUMBER"),
        ("phone", "01702 464442", "PHONE_NUMBER"),
        ("phone", "06 05 98 24 24", "PHONE_NUMBER"),
        # accounts
        ("nomer_scheta", "40817810470938251637", "ACCOUNT_NUMBER"),
        ("clabe", "032180000118359719", "ACCOUNT_NUMBER"),
        ("numero_conta", "470938251", "ACCOUNT_NUMBER"),
        ("so_tai_khoan", "0071000847193", "ACCOUNT_NUMBER"),
        ("shomare_hesab", "4701452117", "ACCOUNT_NUMBER"),
        # serials
        ("serial_number", "SN-4Q72291X", "DEVICE_ID"),
        ("numero_serie", "7K4Q2291X", "DEVICE_ID"),
        ("num_serie_marcapasos", "PM470938K", "DEVICE_ID"),
        # plates
        ("license_plate", "KA 01 AB 4821", "LICENSE_PLATE"),
        ("bien_so_xe", "51F-472.91", "LICENSE_PLATE"),
        ("chepaihao", "京A47291", "LICENSE_PLATE"),
        ("gosnomer", "\u0410472\u0412\u042177", "LICENSE_PLATE"),
        # госномер, grouped
        ("\u0433\u043e\u0441\u043d\u043e\u043c\u0435\u0440", "\u0410 472 \u0412\u0421 77", "LICENSE_PLATE"),
        ("车牌号", "沪C·4K7Q2", "LICENSE_PLATE"),  # its middle dot
        ("vehicle_plate", "HR 26 CX 4821", "LICENSE_PLATE"),
        ("license_plate", "191-D-62051", "LICENSE_PLATE"),  # Ireland's year and half, county, serial
        ("vehicle_plate", "HR 3C AX 4821", "LICENSE_PLATE"),  # a series letter after the district (Delhi's 3C)
        ("license_plate", "1\u0e01\u0e02 4471", "LICENSE_PLATE"),  # Thailand's, in Thai letters
        ("vehicle_tag", "7GHT482", "LICENSE_PLATE"),  # a US plate is a "tag" to many states' motor vehicle agencies
        ("carTag", "TKR 4821", "LICENSE_PLATE"),
        ("license_plate", "KDT-2017", "LICENSE_PLATE"),  # digits like a year, a V and six digits: still plates
        ("license_plate", "V123456", "LICENSE_PLATE"),
    ],
)
def test_a_number_as_its_country_writes_it_is_found(analyzer: Analyzer, key: str, value: str, entity: str) -> None:
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") == {entity}


@pytest.mark.parametrize(
    ("key", "value"),
    [
        # written or dialled as North American numbers, which `phonenumbers` finds invalid or set aside for drama:
        # a mobile of another country they may spell is not read into them
        ("phone", "(555) 010-4821"),
        ("phone", "5550104821"),
        ("phone", "123 456 7890"),
        ("telefono", "612 345 678"),  # a run
        # with no trunk prefix a bare run of digits is a count, an id or a timestamp, not a mobile somewhere
        ("cellValue", "482190376"),
        ("mobile", "48219037"),  # valid in some plan with no trunk prefix, but digits alone
        ("callId", "7731-2290"),  # a phone's word before an id names a record's id
        ("cellId", "2210 3371"),
        ("phone", "1 250 000"),  # an amount in thousands, a price, opening hours
        ("mobile", "3.499.990"),
        ("phone", "10.30-12.45"),
        ("phone", "01632 960 123"),  # Ofcom's drama range
        ("callId", "1705312800"),
        ("phone", "1705312800"),
        # a hex digest stays a digest; a long number with a letter in a hash's alphabet is no account
        ("account_number", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b"),
        ("license_plate", "ISO-3166"),  # a standard's number
        ("license_plate", "AAA-0000"),  # a stand-in: each group one character repeated or a run
        ("license_plate", "ABC-1234"),
        ("Serie", "F-2023"),  # an invoice's series (Mexico's CFDI): only a number "of series" is a serial
        ("tag", "DXR-8831"),  # a tag alone is a label's, a release's or an image's
        ("image_tag", "release-2024.1"),
        ("license_tag", "GPL-3.0"),  # a package's licence, a release's tag, a version or an architecture
        ("autoTag", "v2"),
        ("license_tag", "GPLV3"),
        ("vehicle_tag", "ARM64"),
        ("car_tag", "SEMVER2"),
    ],
)
def test_look_alikes_are_not_findings(analyzer: Analyzer, key: str, value: str) -> None:
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") == set()


@pytest.mark.parametrize("value", ["0412 845 973", "06 12 84 59 73", "020 8493 7162", "(030) 9018 2744"])
def test_a_number_written_nationally_with_its_trunk_0_is_a_phone_number_anywhere(
    analyzer: Analyzer, value: str
) -> None:
    # ITU-T E.123's national notation: valid in a country that writes numbers so (phonenumbers), no cue needed
    assert _found(_value("enum", [value]), analyzer, "/properties/ref/enum/0") == {"PHONE_NUMBER"}
    text = f"After hours, contact {value}."
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == {"PHONE_NUMBER"}


@pytest.mark.parametrize(
    "value",
    [
        "0800 123 456",  # a freephone line is a business's
        "020 7946 0321",  # Ofcom's drama range
        "0-306-40615-2",  # an ISBN
        "01 12 2023",  # a date
        "0001 2345 6789",
    ],
)
def test_other_numbers_that_start_with_0_are_not(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("enum", [value]), analyzer, "/properties/ref/enum/0") == set()


@pytest.mark.parametrize("value", ["00423660472164", "0049 30 90182744", "0044 7412 583920"])
def test_a_number_dialled_with_the_international_prefix_00_is_a_phone_number_under_its_word(
    analyzer: Analyzer, value: str
) -> None:
    assert _found(_value("const", value, key="phone"), analyzer, "/properties/phone/const") == {"PHONE_NUMBER"}
    assert _found(_value("const", value, key="batch"), analyzer, "/properties/batch/const") == set()


@pytest.mark.parametrize("value", ["088-65-1625", "088 65 1625"])  # with any one separator
def test_a_number_written_as_an_ssn_is_one_though_it_starts_with_0(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("examples", [value], key="ssn"), analyzer, "/properties/ssn/examples/0") == {"US_SSN"}


@pytest.mark.parametrize(
    "text",
    [
        "License plate: KXR 4471",
        "Registration plate AB 471 CD on file.",
        "Kennzeichen: B-KX 4471",
        "Номерной знак: \u0410 472 \u0412\u0421 77",
        "车牌：沪C·4K7Q2",  # noqa: RUF001
    ],
)
def test_a_plate_written_in_groups_after_its_name_is_a_plate(analyzer: Analyzer, text: str) -> None:
    doc = {"type": "object", "properties": {"car": {"type": "string", "description": text}}}
    assert _found(doc, analyzer, "/properties/car/description") == {"LICENSE_PLATE"}


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("plate", "LK19 XWN"),  # Great Britain's current mark (DVLA INF104)
        ("vehicle", "LK69XWN"),
        ("vrm", "LK19 XWN"),  # the DVLA's own word
        ("plate", "172-KY-4821"),  # Ireland's
        ("plate", "FG-472-KT"),  # France's SIV
        ("vehicle", "FG 472 KT"),  # Italy's
    ],
)
def test_a_country_s_own_plate_form_is_a_plate_under_a_weak_word_for_one(
    analyzer: Analyzer, key: str, value: str
) -> None:
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") == {"LICENSE_PLATE"}


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("registration", "SC472193"),  # a Scottish company's registration number: no plate, no identifier
        ("registration_number", "NI612345"),
        ("registration", "LK19 XWN"),  # an event's, a device's or a company's registration as often as a car's
        ("vehicle", "F150 XLT"),  # a trim, a year and a make, a unit: no country's plate allows their letters
        ("vehicle", "2019 BMW"),
        ("vehicle", "6500 RPM"),
        ("plate", "10-AB-1234"),  # no Irish county's code
        ("plate", "KTR-471"),  # some plate, or a ticket's key
        ("plate", "AB12 3CD"),  # a British postcode
        ("vehicle", "EU-123-AB"),  # France's SIV has no U
        ("rego", "EV2024A"),  # an event's registration (Australia's word for a car's too)
        ("rego_number", "EV2024A"),
        ("vrm", "AVT1234"),  # VRoid's avatar format
    ],
)
def test_other_values_under_a_weak_word_for_a_plate_are_no_plate(analyzer: Analyzer, key: str, value: str) -> None:
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") == set()


def test_a_vehicle_s_trims_are_no_plates(analyzer: Analyzer) -> None:
    trim = {"type": "string", "enum": ["F150 XLT", "C200 CGI", "S500 AMG"]}
    doc = {"type": "object", "properties": {"vehicle": {"type": "object", "properties": {"trim": trim}}}}
    assert phiscan.scan_document(doc, analyzer=analyzer).findings == ()


@pytest.mark.parametrize(
    "text",
    [
        "License plate: see ISO 3166 codes.",
        "The patient's plate 96 well count.",  # a weak word in prose
        "Vehicle registration: FORM 4471 A",  # no plate's form
        # a hostile review's: a label or a standard and its number, a year, a road, a stand-in
        "Use the license plate API V2 for lookups",
        "\u53f7\u724c\uff1aGA 36-2018",  # the plate standard itself, after its name and a full-width colon
        "Number plate BS AU 145 compliant",
        "Vehicle plate: EURO 6 emission class",
        "License plate: FY 2024",
        "License plate: US 101 highway",
        "License plate TYPE 2 or TYPE 3",
        "License plate: ABC 1234",
        "License plate: XX 000 XX",
    ],
)
def test_groups_after_a_plate_s_name_that_are_no_plate_are_not_findings(analyzer: Analyzer, text: str) -> None:
    doc = {"type": "object", "properties": {"car": {"type": "string", "description": text}}}
    assert _found(doc, analyzer, "/properties/car/description") == set()


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("vin", "WVWZZZ1KZ6W384917"),  # Europe's: ISO 3779 asks no check digit outside North America
        ("fahrgestellnummer", "VF1RFB00X63528491"),
        ("nomor_rangka", "MHKA6GJ6JKJ041826"),  # Indonesia's STNK
        ("\u8eca\u53f0\u756a\u53f7", "NZE121-3045871"),  # Japan's frame number (車台番号), a model code and a serial
        ("vin", "GRS200-0112874"),
        ("stelnummer", "YV1DZ8256C2304719"),
        ("\u0631\u0642\u0645_\u0627\u0644\u0634\u0627\u0635\u064a", "JTMHV05J604172836"),  # the Gulf's (رقم الشاصي)
    ],
)
def test_a_vin_without_north_america_s_check_digit_is_one_under_a_word_for_it(
    analyzer: Analyzer, key: str, value: str
) -> None:
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") == {"VIN"}


@pytest.mark.parametrize(
    "value",
    [
        "WVWZZZ1KZ6W384917",  # no check digit and no word for a VIN: any 17 characters could be a code
        "ABCDEFGHJKLMN1234",  # a run of the alphabet
        "WVWZZZ1KZ6W123456",  # a serial that counts up
        "0VWZZZ1KZ6W384917",  # no region of ISO 3780 starts with 0
        "WVWZZZ1KZ6W3849AB",  # a serial that ends in letters
    ],
)
def test_seventeen_characters_without_a_check_digit_are_no_vin_alone(analyzer: Analyzer, value: str) -> None:
    key = "vin" if value != "WVWZZZ1KZ6W384917" else "ref"
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") == set()


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("\u30ca\u30f3\u30d0\u30fc\u30d7\u30ec\u30fc\u30c8", "\u54c1\u5ddd 300 \u3055 12-34"),  # Japan's plate
        ("\u8eca\u4e21\u756a\u53f7", "\u672d\u5e4c 500 \u3042 4-71"),
        ("\u0631\u0642\u0645_\u0627\u0644\u0644\u0648\u062d\u0629", "04417 116 16"),  # Algeria's, digits alone
        ("nambari_ya_gari", "KDA 417K"),  # Kenya's
        ("\u0935\u093e\u0939\u0928_\u0915\u094d\u0930\u092e\u093e\u0902\u0915", "MH 12 KX 4471"),  # India's, in Marathi
        ("\ubc88\ud638\ud310", "12\uac00 3456"),  # Korea's (번호판)
        ("\u067e\u0644\u0627\u06a9", "\u06f4\u06f7 \u0628 \u06f3\u06f1\u06f8 \u06f2\u06f6"),  # Iran's, Persian digits
        ("registarska_tablica", "BG 471-KX"),  # Serbia's
        ("targa_e_makines", "AA 471 KX"),  # Albania's
        ("lambar_mota", "KJA-471KX"),  # Nigeria's, under its Hausa name
    ],
)
def test_plates_under_the_words_other_countries_registration_papers_use(
    analyzer: Analyzer, key: str, value: str
) -> None:
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") == {"LICENSE_PLATE"}


def test_digits_that_read_as_a_plate_under_a_plate_word_are_a_phone_number_elsewhere(analyzer: Analyzer) -> None:
    assert _found(_value("const", "04417 116 16", key="plate_number"), analyzer, "/properties/plate_number/const") == {
        "LICENSE_PLATE"
    }
    assert _found(_value("const", "04417 116 16", key="ref"), analyzer, "/properties/ref/const") == {"PHONE_NUMBER"}


@pytest.mark.parametrize(
    "key",
    ["plate_kda417k", "plateKDA417K", "vehiclePlateMH12KX4471", "plate-no-b4471kxr", "plate_gksb78"],
)
def test_a_plate_joined_into_a_key_after_the_word_for_a_plate_is_a_plate(analyzer: Analyzer, key: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert _found(doc, analyzer, f"/properties/{key}") == {"LICENSE_PLATE"}


@pytest.mark.parametrize(
    "key",
    [
        "plate_96well",  # a lab plate's wells: a word, not a plate's letters
        "plate_384w1",  # a microplate's size and well
        "plateH12A01",
        "plate_A01B02",
        "plate_abc1234",  # a stand-in's runs
        "vehicle_f150xl",  # a car's model follows `vehicle`: only the word for a plate vouches for a plate
        "veh_b4471kxr",
        "vehicle_ids_v2024a",  # not right after the word
        "plate_v2",  # a version
        "vehicle_count_12",
        "plateReader2024",
    ],
)
def test_other_words_and_numbers_after_the_word_for_a_plate_are_no_plate(analyzer: Analyzer, key: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert _found(doc, analyzer, f"/properties/{key}") == set()


@pytest.mark.parametrize("key", ["device_48271630", "devices_4827163091", "getDevice_C0247183"])
def test_an_id_joined_to_the_word_device_is_a_device_s(analyzer: Analyzer, key: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert _found(doc, analyzer, f"/properties/{key}") == {"DEVICE_ID"}


@pytest.mark.parametrize(
    "key",
    [
        "device_20240101",
        "device_v2_1",
        "device_1234567890",
        "device_type_A1B2C3",
        "device_x86_64",
        "mac_20231104",
        "device_1712345678",  # a Unix time
        "device_1700000000000",
        "device_ABC123DEF456",  # a stand-in's runs
        "dev_a1b2c3d4e5f6",  # `dev` is development as often: only the word `device` vouches
        "std_dev_1712345678",
    ],
)
def test_dates_versions_runs_and_types_after_device_are_no_device_s(analyzer: Analyzer, key: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert _found(doc, analyzer, f"/properties/{key}") == set()


def test_the_word_device_in_text_still_needs_a_mac(analyzer: Analyzer) -> None:
    doc = {"type": "object", "properties": {"x": {"type": "string", "description": "Device 48271630 was reset."}}}
    assert _found(doc, analyzer, "/properties/x/description") == set()


def test_a_label_of_the_word_for_a_plate_and_a_plate_names_the_plate(analyzer: Analyzer) -> None:
    doc = {"type": "object", "properties": {"unit": {"type": "string", "title": "Plate KXR4471"}}}
    assert _found(doc, analyzer, "/properties/unit/title") == {"LICENSE_PLATE"}


@pytest.mark.parametrize(
    "title",
    [
        "Vehicle ID KXR4471",
        "Vehicle GLE350",  # a car's model: only the word for a plate vouches for a plate
        "Plate 96W01",  # a microplate's well
        "The vehicle KXR4471 was towed.",
        "Device 48271630",  # `device` vouches for a number only inside a name (`device_48271630`)
        "device:995CS397A6475287",  # a platform's typed object id (Square's)
    ],
)
def test_the_word_for_a_thing_vouches_only_for_the_number_right_after_it_in_a_label(
    analyzer: Analyzer, title: str
) -> None:
    doc = {"type": "object", "properties": {"unit": {"type": "string", "title": title}}}
    assert _found(doc, analyzer, "/properties/unit/title") == set()


@pytest.mark.parametrize(
    ("literal", "entity"),
    [
        ("^ssn-412673398$", "US_SSN"),  # kebab-case in a regex, as in a key
        ("^dob-1984-03-12$", "DATE_OF_BIRTH"),  # the date keeps its own hyphens
        ("^plate-KDA417K$", "LICENSE_PLATE"),
        ("^phone-4158672671$", "PHONE_NUMBER"),
    ],
)
def test_a_value_joined_by_a_hyphen_in_a_pattern_property_is_read_after_its_word(
    analyzer: Analyzer, literal: str, entity: str
) -> None:
    doc = {"type": "object", "patternProperties": {literal: {"type": "string"}}}
    assert _found(doc, analyzer, f"/patternProperties/{literal}") == {entity}


@pytest.mark.parametrize(
    "literal", ["^api-v2-2024$", "^node-18-alpine$", "^utf-8$", "^x-request-id-[0-9]+$", "^LIC-40917$", "^ACC-20931$"]
)
def test_kebab_case_words_and_versions_in_a_pattern_property_are_nothing(analyzer: Analyzer, literal: str) -> None:
    doc = {"type": "object", "patternProperties": {literal: {"type": "string"}}}
    assert _found(doc, analyzer, f"/patternProperties/{literal}") == set()


def test_a_value_s_own_label_outranks_the_word_device_before_it(analyzer: Analyzer) -> None:
    name = "patch-registeredDevices-device_Iban4929175463502847"  # a card after its own `Iban`, not a device's id
    doc = {"tools": [{"name": name, "description": "x", "input_schema": {"type": "object", "properties": {}}}]}
    assert _found(doc, analyzer, "/tools/0/name") == {"ACCOUNT_NUMBER"}


@pytest.mark.parametrize(
    ("parent", "leaf", "value", "found"),
    [
        ("phone", "number", "0412 845 973", {"PHONE_NUMBER"}),  # which: the phone's number
        ("phone", "home", "(02) 9374 4816", {"PHONE_NUMBER"}),
        ("mobile", "screenResolution", "2400 1080", set()),  # a phone's own property, not its number
        ("phone", "modelNumber", "2201 1170", set()),
        ("cell", "towerId", "4052 12345", set()),
        ("sms", "batchId", "5521 0033", set()),
    ],
)
def test_a_phone_s_word_on_the_object_names_its_number_not_its_other_properties(
    analyzer: Analyzer, parent: str, leaf: str, value: str, found: set[str]
) -> None:
    inner = {"type": "object", "properties": {leaf: {"type": "string", "examples": [value]}}}
    doc = {"type": "object", "properties": {parent: inner}}
    assert _found(doc, analyzer, f"/properties/{parent}/properties/{leaf}/examples/0") == found
