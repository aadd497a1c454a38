"""Cue words in scripts other than Latin: Cyrillic, Arabic, Persian, Hebrew, Devanagari, Bengali, Georgian, and
the scripts written without spaces (Chinese, Japanese, Khmer), whose keys are one run of letters however many
words they hold.  The words come from OpenMRS's translations, Firefox's form-autofill heuristics and its
localised form labels (`phiscan/data/vocabulary.toml` names each).

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
from phiscan.detect.wordcut import cut_unspaced, plain


def _key_cues(key: str) -> set[str]:
    return set(cues_in(normal_words(key), head=True))


@pytest.mark.parametrize(
    ("key", "category"),
    [
        ("出生日期", "DATE_OF_BIRTH"),
        ("患者出生日期", "DATE_OF_BIRTH"),  # "patient" glued before it: cut, not lost
        ("patient_出生日期", "DATE_OF_BIRTH"),
        ("患者ID", "MRN"),
        ("邮政编码", "ZIP_CODE"),
        ("郵遞區號", "ZIP_CODE"),
        ("우편번호", "ZIP_CODE"),
        ("郵便番号", "ZIP_CODE"),
        ("Дата рождения", "DATE_OF_BIRTH"),
        ("дата_рождения", "DATE_OF_BIRTH"),
        ("ФамилияПациента", "PERSON"),
        ("почтовый_индекс", "ZIP_CODE"),
        ("تاريخ الميلاد", "DATE_OF_BIRTH"),
        ("اسم العائلة", "PERSON"),
        ("تاریخ تولد", "DATE_OF_BIRTH"),
        ("کد پستی", "ZIP_CODE"),
        ("תאריך לידה", "DATE_OF_BIRTH"),
        ("जन्मतिथि", "DATE_OF_BIRTH"),  # its vowel signs are marks, not word breaks
        ("जन्म तिथि", "DATE_OF_BIRTH"),
        ("ឈ្មោះអ្នកជំងឺ", "PERSON"),
        ("ngày_sinh", "DATE_OF_BIRTH"),
        ("รหัสไปรษณีย์", "ZIP_CODE"),  # Thai, unspaced, its vowel signs marks
        ("เบอร์โทรศัพท์", "PHONE_NUMBER"),
        ("นามสกุล", "PERSON"),
        ("póstnúmer", "ZIP_CODE"),
        ("Прізвище", "PERSON"),
        ("Поштовий індекс", "ZIP_CODE"),
        ("מיקוד", "ZIP_CODE"),
        ("نام\u200cخانوادگی", "PERSON"),  # noqa: RUF001 - a zero-width non-joiner inside the word
        ("شمارهٔ کارت", "ACCOUNT_NUMBER"),
        ("Kalye ng Tirahan", "STREET_ADDRESS"),
        ("성별", None),  # a gender: the one-syllable `성` (family name) is left out of the table
        # romanised, as keys are as often written (the table's Cyrillic, Greek and Georgian words in Latin)
        ("baratis_nomeri", "ACCOUNT_NUMBER"),
        ("data_rozhdeniya", "DATE_OF_BIRTH"),
        ("pochtovyy_indeks", "ZIP_CODE"),
        ("telefon_nomer", "PHONE_NUMBER"),
        # GEDCOM's tags
        ("BIRT_DATE", "DATE_OF_BIRTH"),
        ("GIVN", "PERSON"),
        ("PHON", "PHONE_NUMBER"),
        # a short word inside unknown characters is as often the end of another word
        ("発生日", None),  # date of occurrence, not 生日 (birthday)
        ("事故発生日", None),
        ("호스트이름", None),  # a host name
        ("서버주소", None),  # a server address
        ("患者的姓名", "PERSON"),  # a particle joins the words
        ("fechadenacimiento", "DATE_OF_BIRTH"),  # glued Spanish: `de` joins the words
        ("domainsid", None),  # Portuguese `do` and Vietnamese `ma` no longer cut it
        ("日期", None),  # a date, not a birth
        ("患者", "MRN"),  # weak: a patient's number only by a telling shape
        # the record, card, licence and plate fields of national FHIR guides and translated health apps
        ("被保険者番号", "HEALTH_PLAN_ID"),  # JP Core: the insured person's number
        ("カルテ番号", "MRN"),
        ("Krankenversichertennummer", "HEALTH_PLAN_ID"),
        ("verzekerdenummer", "HEALTH_PLAN_ID"),
        ("운전면허번호", "LICENSE_NUMBER"),
        ("plaka_numarasi", "VEHICLE_ID"),
        ("numéro_de_chassis", "VEHICLE_ID"),
        ("número_da_apólice", "HEALTH_PLAN_ID"),
        ("رقم الحساب", "ACCOUNT_NUMBER"),
        ("Kennzeichen", "VEHICLE_ID"),  # weak: any mark, a plate only by its shape
        # each script's standard romanisation, as keys are often written
        ("csrq", "DATE_OF_BIRTH"),  # pinyin initials of 出生日期
        ("ChuShengRiQi", "DATE_OF_BIRTH"),
        ("dizhi", "STREET_ADDRESS"),  # 地址 (pypinyin reads it di, not de)
        ("hihokensha_bango", "HEALTH_PLAN_ID"),  # Hepburn, long vowels single
        ("seinengappi", "DATE_OF_BIRTH"),
        ("saengnyeonworil", "DATE_OF_BIRTH"),  # Revised Romanization of Korean
        ("janm_tithi", "DATE_OF_BIRTH"),  # ISO 15919 without the final inherent vowel
        ("rogi_naam", "PERSON"),
        ("upyeonbeonho", "ZIP_CODE"),
        ("riqi", None),  # a date, not a birth
        # a syllable is no piece of a glued word, and English words in foreign labels keep their plurals
        ("serbian", None),  # no `ser bian`
        ("shoes", None),  # no `sho`
        ("patientIdentifications", "MRN"),
        ("cuentas", "ACCOUNT_NUMBER"),
        ("의사면허번호", None),  # a doctor's licence number: only the driving forms name a driver's licence
        ("Fallnummer", None),  # any case's number (a support ticket's too)
        # Traditional Chinese read in its Simplified characters, and China's health data elements (WS 363, WS 445)
        ("病歷號碼", "MRN"),
        ("門診號", "MRN"),
        ("患者編號", "MRN"),
        ("駕駛證號碼", "LICENSE_NUMBER"),
        ("車牌號碼", "VEHICLE_ID"),
        ("聯絡電話", "PHONE_NUMBER"),
        ("手機號", "PHONE_NUMBER"),
        ("家庭住址", "STREET_ADDRESS"),
        ("健保卡號", "HEALTH_PLAN_ID"),  # Taiwan's National Health Insurance card
        ("社保卡号", "HEALTH_PLAN_ID"),
        ("차량번호", "VEHICLE_ID"),
        ("聯絡人", None),  # a contact person's key is no phone's
        ("设备ID", None),  # equipment as often as a device (設備: a building's facilities in Japanese)
        ("設備番号", None),
    ],
)
def test_a_key_in_another_script_names_its_category(key: str, category: str | None) -> None:
    cues = _key_cues(key)
    assert (category in cues) if category else not cues


def test_an_unspaced_run_is_cut_around_the_words_it_holds() -> None:
    vocabulary = frozenset({"患者", "出生日期", "姓名"})
    assert cut_unspaced("患者出生日期", vocabulary) == ("患者", "出生日期")
    # letters between known words stay one piece, in order
    assert cut_unspaced("病人的出生日期", vocabulary) == ("病人的", "出生日期")
    assert cut_unspaced("患者的姓名", vocabulary) == ("患者", "的", "姓名")
    assert cut_unspaced("无关文字", vocabulary) == ("无关文字",)


def test_plain_drops_the_marks_that_would_break_a_word() -> None:
    assert plain("病歷號碼") == "病历号码"  # and reads Traditional Chinese in Simplified characters (OpenCC's table)
    assert plain("जन्मतिथि") == "जनमतथ"
    assert plain("Müller") == "Muller"
    assert plain("first_name") == "first_name"


@pytest.mark.parametrize(
    ("key", "keyword", "value", "entity"),
    [
        ("出生日期", "enum", ["1984-03-12"], "DATE_OF_BIRTH"),
        ("患者出生日期", "const", "1984-03-12", "DATE_OF_BIRTH"),
        ("Дата рождения", "const", "12.03.1984", "DATE_OF_BIRTH"),
        ("تاريخ الميلاد", "const", "1984-03-12", "DATE_OF_BIRTH"),
        ("जन्मतिथि", "const", "12/03/1984", "DATE_OF_BIRTH"),
        ("우편번호", "enum", ["04524"], "ZIP_CODE"),
        ("患者ID", "const", "A0045821", "MRN"),
        ("ref", "description", "出生日期: 1984年3月12日", "DATE_OF_BIRTH"),
        ("ref", "description", "Дата рождения: 12.03.1984", "DATE_OF_BIRTH"),
        ("ref", "description", "Born 1989 оны 6 сарын 21", "DATE_OF_BIRTH"),  # Mongolian: year, month, day
        # Estonia's street types after the name and a flat after the number; Georgian Post's order
        ("aadress", "enum", ["Pärnu mnt 92-57, 10141 Tallinn"], "STREET_ADDRESS"),
        ("ref", "description", "Office: ვაჟა-ფშაველას გამზ. 13, ბინა 40, თბილისი 0189", "STREET_ADDRESS"),
    ],
)
def test_a_value_under_a_cue_in_another_script_is_found(
    analyzer: Analyzer, key: str, keyword: str, value: Any, entity: str
) -> None:
    pointer = f"/properties/{key}/{keyword}" + ("/0" if isinstance(value, list) else "")
    assert _found(_value(keyword, value, key=key), analyzer, pointer) == {entity}


@pytest.mark.parametrize(
    ("key", "value"),
    [("日期", "1984-03-12"), ("创建日期", "2021-06-30"), ("дата", "12.03.1984"), ("版本", "1984-03-12")],
)
def test_a_date_under_a_word_for_date_alone_is_no_birth_date(analyzer: Analyzer, key: str, value: str) -> None:
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") == set()


@pytest.mark.parametrize(
    ("key", "keyword", "value"),
    [
        ("ref", "examples", ["Retry 3-5, 30000 Timeout"]),  # a range and a number: Estonia's flats need a street type
        ("ref", "description", "Ports 8000-8080, 65535 Max"),
        ("build", "const", "0026476a20bf"),  # a container id as Docker prints it (00-26-47 is registered)
        ("ref", "examples", ["A1FEB624-9DF2-425F-8BF7-ACBC32A9231C"]),  # a UUID's last group
        ("ref", "examples", ["0000C386BBC4"]),  # a zero-padded number (Xerox holds 00-00-00)
        ("ref", "examples", ["3c22fb91d0a4"]),  # small letters: a commit id
        ("ref", "examples", ["3F2A9C8B1D4E"]),  # no manufacturer holds 3F-2A-9C
    ],
)
def test_look_alikes_of_the_new_forms_are_not_findings(analyzer: Analyzer, key: str, keyword: str, value: Any) -> None:
    pointer = f"/properties/{key}/{keyword}" + ("/0" if isinstance(value, list) else "")
    assert _found(_value(keyword, value, key=key), analyzer, pointer) == set()


def test_twelve_capital_hex_digits_with_a_manufacturer_s_prefix_are_a_mac(analyzer: Analyzer) -> None:
    # IEEE's registry (netaddr's copy): AC-BC-32 is Apple's, D8-A0-1D Espressif's
    doc = {"type": "object", "properties": {"ACBC32A9231C_ref": {"type": "string", "description": "D8A01DD17CC2"}}}
    found = {(f.pointer, f.entity) for f in phiscan.scan_document(doc, analyzer=analyzer).findings}
    assert found == {
        ("/properties/ACBC32A9231C_ref", "MAC_ADDRESS"),
        ("/properties/ACBC32A9231C_ref/description", "MAC_ADDRESS"),
    }


def test_a_key_of_field_words_is_no_name(analyzer: Analyzer) -> None:
    # `Birt` is a surname and `Date` a given name, but GEDCOM's BIRT_DATE is a field
    assert _found(_value("type", "object", key="BIRT_DATE"), analyzer, "/properties/BIRT_DATE") == set()
    # words of two foreign phrases (Welsh `enw olaf`, `cod post`) are no field: Olaf Post stays a name
    assert _found(_value("type", "object", key="olaf_post_dob"), analyzer, "/properties/olaf_post_dob") == {"PERSON"}
    assert _found(_value("type", "object", key="maria_gonzalez_dob"), analyzer, "/properties/maria_gonzalez_dob") == {
        "PERSON"
    }


def test_every_translation_of_the_tables_names_the_category_of_its_english() -> None:
    """Each foreign word or phrase of `[translations]` and `[romanised]` is read as its English says, however it
    is written: with an apostrophe (`ім'я`, `carte d'assuré social`), a script change (`病历id`) or a joiner."""
    import tomllib

    from phiscan.data import data_file

    tables = tomllib.loads(data_file("vocabulary.toml").read_text("utf-8"))
    wrong = []
    for section in ("translations", "romanised"):
        for foreign, english in tables[section].items():
            wanted = set(cues_in(normal_words(english)))  # `number`, `date` alone name nothing
            if wanted and not wanted & set(cues_in(normal_words(foreign))):
                wrong.append(foreign)
    assert wrong == []


def test_a_vocabulary_word_longer_than_most_is_still_cut_out_of_a_run() -> None:
    # Thai's "vehicle plate number" is 18 letters without its vowel signs: a piece may be as long as any word
    vocabulary = frozenset({"หมายเลขจานยานพาหนะ", "ผปวย"})
    assert cut_unspaced("หมายเลขจานยานพาหนะผปวย", vocabulary) == ("หมายเลขจานยานพาหนะ", "ผปวย")
