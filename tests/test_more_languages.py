"""Cue words as other languages' grammar changes them, and in more of the world's languages: a case or number ending
(Slovene `kartoteke`, the record's, of `kartoteka`), a field's number glued after its word (`medlemsnr`), `number`
abbreviated (`št.`, `č.`, `sz.`); the record, the licence, the insurance, the plate, the serial number, the birth
date and the address in Azerbaijani, Kazakh, Uzbek, Georgian, Armenian, the Baltic and South Slavic languages,
Icelandic, Welsh, Basque, Haitian Creole, Swahili, Amharic, Yoruba, Zulu, Telugu, Mongolian and more. And shapes any
language writes: a US address in USPS's capitals, a family name in capitals before short given names.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

from phiscan.detect.analyzer import Analyzer
from phiscan.detect.inflection import inflected, numbered_heads
from phiscan.detect.vocabulary import cues_in, normal_words


def _cues(text: str) -> set[str]:
    return set(cues_in(normal_words(text)))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # another case of a listed word: Slovene, Lithuanian, Estonian
        ("Številka kartoteke", "MRN"),
        ("kartotekos numeris", "MRN"),
        ("haigusloo number", "MRN"),
        # a number glued after its word, with a joining s or en
        ("medlemsnr", "HEALTH_PLAN_ID"),
        ("Mitgliedsnr", "HEALTH_PLAN_ID"),
        ("Versichertennr", "HEALTH_PLAN_ID"),
        ("Kontonr", "ACCOUNT_NUMBER"),
        # Azerbaijani, with its schwa as ASCII keys write it
        ("surucuVesiqesiNomresi", "LICENSE_NUMBER"),
        ("sürücülük vəsiqəsi", "LICENSE_NUMBER"),
        ("tibbi kart nömrəsi", "MRN"),
        ("yaşayış ünvanı", "STREET_ADDRESS"),  # noqa: RUF001 (Azerbaijani's dotless i)
        # Kazakh, Uzbek, Georgian, Armenian, Mongolian
        ("мемлекеттік нөмір белгісі", "VEHICLE_ID"),
        ("haydovchilik guvohnomasi", "LICENSE_NUMBER"),
        ("tibbiy karta raqami", "MRN"),
        ("მართვის მოწმობა", "LICENSE_NUMBER"),
        ("სადაზღვევო პოლისი", "HEALTH_PLAN_ID"),
        ("բժշկական քարտի համար", "MRN"),
        ("վարորդական վկայական", "LICENSE_NUMBER"),
        ("жолоочийн үнэмлэх", "LICENSE_NUMBER"),
        # Latvian, Icelandic, Welsh, Basque, Haitian Creole
        ("Valsts numurs", "VEHICLE_ID"),
        ("sērijas numurs", "DEVICE_ID"),
        ("sjúkraskrárnúmer", "MRN"),
        ("trwydded yrru", "LICENSE_NUMBER"),
        ("historia klinikoaren zenbakia", "MRN"),
        ("nimewo dosye medikal", "MRN"),
        # Swahili, Amharic, Yoruba, Zulu, Telugu
        ("namba ya usajili wa gari", "VEHICLE_ID"),
        ("የመንጃ ፈቃድ", "LICENSE_NUMBER"),
        ("ilayisense yokushayela", "LICENSE_NUMBER"),
        ("వాహన సంఖ్య", "VEHICLE_ID"),
        ("బీమా సభ్య సంఖ్య", "HEALTH_PLAN_ID"),
        ("పిన్ కోడ్", "ZIP_CODE"),
        # a zavarovanec (Slovene: the insured)
        ("zavarovanec", "HEALTH_PLAN_ID"),
    ],
)
def test_a_label_in_more_languages_and_their_grammar_names_its_category(text: str, category: str) -> None:
    assert category in _cues(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("patiently", "MRN"),  # English: never a foreign word's case
        ("Hausnr", "STREET_ADDRESS"),  # a house's number is no field this table names
        ("Journalnr.", "MRN"),  # a case file's number as often as a patient record's
        ("Mobilität", "PHONE_NUMBER"),  # mobility
        ("رقم لوحة السيارة", "LICENSE_NUMBER"),  # the car's plate, not its driving (Arabic has no endings to cut)
        # everyday words of other languages and rarer English ones that share a listed word's first letters
        ("samalla tavalla", "DATE_OF_BIRTH"),  # Finnish: in the same way
        ("rendszerAzonosito", "VEHICLE_ID"),  # Hungarian: a system's id
        ("breiteDatum", "DATE_OF_BIRTH"),  # German: width
        ("teleport", "PHONE_NUMBER"),
        ("numerRekordu", "MRN"),  # Polish: a database row's number
        ("platsnummer", "VEHICLE_ID"),  # Swedish: a seat's number
        ("basename", "PERSON"),  # no foreign phrase's short word cuts a glued key
        ("Urkunde", "MRN"),
        ("carcinogenicity", "HEALTH_PLAN_ID"),
        ("nomorMobil", "PHONE_NUMBER"),  # Indonesian: a car's number
        ("firmaUnvani", "STREET_ADDRESS"),  # Turkish: a company's title
        ("Դեղատոմսի կոդ հիվանդի համար", "MRN"),  # Armenian: a prescription's code for the patient
    ],
)
def test_no_ending_or_glued_number_makes_a_word_another(text: str, category: str) -> None:
    assert category not in _cues(text)


def test_a_stem_is_six_letters_or_more_and_a_glued_number_is_taken_off_with_its_joining_letter() -> None:
    assert inflected("kartoteke") == "kartoteka"
    assert inflected("karte") is None  # four letters left: too short a stem
    assert list(numbered_heads("medlemsnr")) == ["medlems", "medlem"]
    assert list(numbered_heads("spinner")) == []


@pytest.mark.parametrize(
    ("key", "keyword", "value", "entity"),
    [
        ("ref", "default", "Vozniško dovoljenje št. K40718823", "US_DRIVER_LICENSE"),
        ("ref", "default", "Řidičský průkaz č. K40718823", "US_DRIVER_LICENSE"),
        ("ref", "const", "Številka kartoteke: U7740218", "MRN"),
        ("ref", "const", "Valsts numurs: KR 40718", "LICENSE_PLATE"),
        ("ref", "title", "బీమా సభ్య సంఖ్య: QWE408812734", "HEALTH_PLAN_ID"),
        ("surucuVesiqesiNomresi", "const", "K40718823", "US_DRIVER_LICENSE"),
        ("zavarovanec_QWE408812734", "type", "string", "HEALTH_PLAN_ID"),
        # CMS's assessment items: OASIS (home health) and the MDS 3.0 (nursing homes)
        ("ref", "const", "M0066 = 04.11.1941", "DATE_OF_BIRTH"),
        ("ref", "default", "M0060 = 40517-2290", "ZIP_CODE"),
        ("A0900_birth", "const", "1941-11-04", "DATE_OF_BIRTH"),
        # ASAP 4.x's prescription-monitoring patient segment; ISO 20022's abbreviations
        ("ref", "const", "PAT18: 1941-11-04", "DATE_OF_BIRTH"),
        ("pat07", "examples", ["Libertad Quispe"], "PERSON"),
        ("CtctDtls.PhneNb", "const", "+51 1 4407188", "PHONE_NUMBER"),
        # a Medicare Beneficiary Identifier printed in its card's three groups
        ("ref", "description", "MBI 5EH7 TK2 MY41", "HEALTH_PLAN_ID"),
        ("ref", "default", "बीमा सदस्य संख्या: 5EH7 TK2 MY41", "HEALTH_PLAN_ID"),  # after any language's label
        ("ref", "default", "Numeru di seguru saude: 5EH7 TK2 MY41", "HEALTH_PLAN_ID"),
        ("ref", "default", "MAC-naslov: c4f27d2e8d04", "DEVICE_ID"),  # Slovene's and Croatian's MAC address
        ("ref", "description", "Ф.И.О.: Осселин Дравик", "PERSON"),  # noqa: RUF001 - a label with its dots
        ("ref", "description", "Fec. de nac.: 14/03/1961", "DATE_OF_BIRTH"),  # its periods end no clause
        # ISO 20022's code for a driver's licence among a person's other identifications; Argentina's CBU
        ("PrvtId.Othr.DRLC", "const", "K40718823", "US_DRIVER_LICENSE"),
        ("ref", "description", "CBU 0170099220000067797370", "ACCOUNT_NUMBER"),
        # Bengali's and Assamese's abbreviated number, Assamese's apostrophe for o; Tetum, Ilocano
        ("ref", "description", "চিকিৎসা ৰেকৰ্ড নং 40-71-88-2", "MRN"),
        ("ref", "description", "सदस्य नं. 40718", "HEALTH_PLAN_ID"),
        ("ref", "description", "জিপ ক'ড: 40517", "ZIP_CODE"),
        ("numeru_seguru_saude", "examples", ["QWE408812734"], "HEALTH_PLAN_ID"),
        ("ref", "const", "Lisensia ti panagmaneho: 40718823", "US_DRIVER_LICENSE"),
        ("ref", "const", "Kontrollschild: ZH 40718", "LICENSE_PLATE"),
    ],
)
def test_a_value_under_such_a_label_or_a_standards_item_is_found(
    analyzer: Analyzer, key: str, keyword: str, value: Any, entity: str
) -> None:
    doc = _value(keyword, value, key=key)
    pointer = f"/properties/{key}" + ("" if keyword == "type" else f"/{keyword}")
    assert _found(doc, analyzer, pointer + ("/0" if isinstance(value, list) else "")) == {entity}


@pytest.mark.parametrize(
    "value",
    [
        *("40817 W SANDPIPER CIR UNIT 14C", "2207 NE HOLLYHOCK AVE", "618 E BIRCHWOOD DR APT 3, TOPEKA, KS 66604-1187"),
        *("4021 N CEDAR WAY", "1200 Second Ave, Seattle, WA 98101", "215 Second Ave Apt 4B", "1200 POINT LOMA BLVD"),
        *("4821 OAK STREET", "10665 ANTIETAM ISLE", "3317 MAPLE GROVE ROAD"),  # a suffix spelt out that names no other
    ],
)
def test_a_us_address_in_uspss_capitals_or_on_a_numbered_street_is_an_address(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("examples", [value]), analyzer, "/properties/ref/examples/0") == {"STREET_ADDRESS"}


@pytest.mark.parametrize(
    ("key", "value", "found"),
    [
        ("street", "7739 KINGSBURY ROW", {"STREET_ADDRESS"}),
        ("addressLine1", "12005 WHITFIELD LOOP", {"STREET_ADDRESS"}),
        ("ref", "Street ln: 4418 KINGSBURY DRIVE", {"STREET_ADDRESS"}),
        ("address", "4821 MAPLE DRIVE", {"STREET_ADDRESS"}),  # a suffix that is also a noun, under an address's word
        ("street", "2200 SUNSET LANE", {"STREET_ADDRESS"}),
        # not after dictionary words, a product's or a number's (`16 CHANNEL LOOP`: `tests/test_world_addresses.py`)
        *(("address", v, set()) for v in ("2048 OPENSSL KEY", "443 HTTPS PORT", "4096 SHA256 KEY", "8080 LOCALHOST")),
    ],
)
def test_under_a_word_for_an_address_a_suffix_that_is_a_word_may_follow_a_person_s_name(
    analyzer: Analyzer, key: str, value: str, found: set[str]
) -> None:
    assert _found(_value("examples", [value], key=key), analyzer, f"/properties/{key}/examples/0") == found


@pytest.mark.parametrize(
    "value",
    [
        *("Burst to 10 GB RUN", "12 MONTH TERM PATH", "24 Hour St", "HTTP 200 OK ST", "404 NOT FOUND WAY"),
        # in capitals a suffix written as a word needs a direction, a unit or the city: these are no streets
        *(
            "256 AES KEY",
            "50 MILE RUN",
            "1080 HD STREAM",
            "11 NEWS STATION",
            "42 TERMINAL LOOP",
            "TOP 10 HIGHEST POINTS",
            "15 MIN DRIVE",
            "360 DEGREE CIRCLE",
            "10 EVENT LOOP",
            "100 HEADER ROW",
            *(
                "20 MINUTE DRIVE",
                "24 TENNIS COURT",
                "24 MARKET PLACE",
                "10 EVENT LANE",
                "120 VOLT DRIVE",
                "25 MPH LANE",
            ),
        ),
    ],
)
def test_a_count_of_units_before_a_street_word_is_no_address(analyzer: Analyzer, value: str) -> None:
    assert "STREET_ADDRESS" not in _found(_value("description", value), analyzer, "/properties/ref/description")


@pytest.mark.parametrize(
    ("value", "entity"),
    [
        ("Patient: PUSPAWATI, Ni Made", {"PERSON"}),
        ("Patient: TRAN, Le Ha", {"PERSON"}),
        ("Patient: STATUS, Of Le", set()),  # joining words are no given names
        # nor a dose's route, a state's code, a suffix, letters without a vowel or doubled, one unlisted syllable
        *((f"Patient: {v}", set()) for v in ("AMOXICILLIN, Po", "OPTUM, Tx", "SMITH, Jr", "ABCD, Ef Gh", "FOOBAR, Qq")),
        ("Patient: MEDITECH, Ux", set()),
    ],
)
def test_a_family_name_in_capitals_may_be_followed_by_given_names_of_two_letters(
    analyzer: Analyzer, value: str, entity: set[str]
) -> None:
    assert _found(_value("examples", [value]), analyzer, "/properties/ref/examples/0") == entity


@pytest.mark.parametrize(
    ("value", "entity"),
    [
        # the family name in capitals without a comma, after or before the given names, as French forms print it
        ("Full name: Dravik OSSELIN", {"PERSON"}),
        ("Patient name: OSSELIN Dravik Orvan", {"PERSON"}),
        ("full-name: Dravik Osselin", {"PERSON"}),  # a label as keys join its words
        # codes and vocabulary in capitals are no family name; after a role, nor a vendor's product
        ("Patient: Portal FHIR", set()),
        ("Patient: Philips INTELLIVUE", set()),
        ("Insured: MAPFRE Salud", set()),
        ("Tebra KAREO (patient)", set()),
        ("Full name: MAPFRE Salud", set()),  # another language's everyday word beside the capitals
        ("Full name: Display NAME", set()),
        ("Patient: Blood PRESSURE", set()),
        ("display-name: Dravik Osselin", set()),  # not a person's label, joined or not
    ],
)
def test_a_family_name_in_capitals_beside_given_names_after_a_person_s_label_is_a_name(
    analyzer: Analyzer, value: str, entity: set[str]
) -> None:
    assert _found(_value("examples", [value]), analyzer, "/properties/ref/examples/0") == entity


@pytest.mark.parametrize(
    "text",
    [
        "M0990 = 04.11.1941",  # an item the instruments do not name
        "OASIS items M0020 through M0069.",  # in prose an item names a value only as its label
        "Identification items A1300A to A1300D",
        "Returns code A0900 since 2024-05-01",  # Alibaba's error code
        "Profit after tax: PAT18 rose to 2018-03-31",
        "Part no. 4HX7 PN2 RR12 replaced.",  # an MBI's spaced groups need a cue
        "e.g.: Dravik Osselin",  # dotted letters before a colon name nothing
        "Krankenkasse Formular 3AC1 HK2 PQ11",  # and the cue right before them, not a form's or an item's code
        "Polizza codice articolo 7HJ3 KM5 NP22",
    ],
)
def test_an_item_id_in_prose_or_an_unnamed_one_is_no_label(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("sync.rosa_quispe@mail.com.vscode-lmtool.json", "sync.rosa_quispe@mail.com"),
        ("sync.emailadr-rosa_quispe@mail.com.json", "sync.emailadr-rosa_quispe@mail.com"),
        # a plain word after a public suffix is the file's (no host has a label there)
        ("mariko.tanabe@bigpond.com.au.settings.schema.json", "mariko.tanabe@bigpond.com.au"),
        ("rosa.quispe@mail.com.profile.json", "rosa.quispe@mail.com"),
    ],
)
def test_an_address_in_a_file_name_ends_at_its_domains_top_level(analyzer: Analyzer, name: str, text: str) -> None:
    from phiscan.surfaces.filenames import file_stem

    assert file_stem(name) == text
    assert file_stem("report@2x.final.json") == "report@2x.final"  # no domain's top level after the @: left whole
    assert file_stem("jenkins@build.ci.cache.json") == "jenkins@build.ci.cache"  # a host's labels are no file's words
    assert file_stem("Rosa@Mail.Co.UK.export-v2.json") == "Rosa@Mail.Co.UK"


def test_an_address_in_a_file_name_before_the_file_s_words_is_an_address(analyzer: Analyzer, tmp_path: Path) -> None:
    from phiscan.scan import scan_paths

    (tmp_path / "mariko.tanabe@bigpond.com.au.settings.schema.json").write_text('{"type": "object"}')
    report = scan_paths([tmp_path], analyzer=analyzer)
    assert {(f.surface.value, f.entity) for f in report.findings} == {("file_name", "EMAIL_ADDRESS")}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("numero historia clinica", "MRN"),
        ("carteAssureSocial", "HEALTH_PLAN_ID"),  # France's carte d'assuré social
    ],
)
def test_a_phrase_without_the_little_words_between_its_nouns_is_still_the_phrase(text: str, category: str) -> None:
    assert category in _cues(text)


@pytest.mark.parametrize("text", ["de la historia", "numeroHistoriaUsuario", "tenDayForecast", "maSoSanPham"])
def test_a_particle_is_no_cue_and_only_one_between_two_words_is_left_out(text: str) -> None:
    # a user story's number; Vietnamese `tên đầy đủ` (full name) and `mã số thẻ` (card number) end in a word
    assert _cues(text) == set()
