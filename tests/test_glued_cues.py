"""A category's word glued to letters no list holds (another language's particle, a payer's or a form's prefix) still
names its value in a key, a tool name or a file name; a value that ends a short text after its colon is what its key
says; a number's international prefix as North America and Australia dial it, an area code set apart by a slash, an
SSN typed with slashes, an ISO week date under a birth word, a day's name before a birth date, a field's owner after
"of", a name label's spaced dash or slash, and a US address on two lines.  And what those readings must not make of
other words: runs after an area code are stand-ins, and a site generator's settings files are no one's name.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

import phiscan
from phiscan.detect.analyzer import Analyzer
from phiscan.detect.vocabulary import normal_words


@pytest.mark.parametrize(
    ("key", "value", "entity"),
    [
        ("vsdmemberid", "W418275603", "HEALTH_PLAN_ID"),  # a system's letters glued before
        ("ssnyako", "531-76-2048", "US_SSN"),  # a possessive glued after (Swahili `yako`, "your")
        ("zipkuod", "60417", "ZIP_CODE"),
        ("imeiVal", "3569380356438091", "DEVICE_ID"),  # Hungarian notation: `Val`, its value
        ("ptMrnVal", "QX482913", "MRN"),
        ("sozial_sicherheits_nummer", "531762048", "US_SSN"),  # German's words apart
        ("versicherungs_kaart_nummer", "5797912695", "HEALTH_PLAN_ID"),  # Dutch's card
        ("nro_afiliado_prepaga", "ZM28721W", "HEALTH_PLAN_ID"),  # an Argentine private plan's member
        ("VerzekerdeNummer", "H57890398", "HEALTH_PLAN_ID"),  # Nictiz zib Betaler: the insured's number
        ("dob", "1955-W27-1", "DATE_OF_BIRTH"),  # ISO 8601's week date
        ("payermbrid", "W418275603", "HEALTH_PLAN_ID"),  # an English word before the glued words
    ],
)
def test_a_category_word_glued_to_unknown_letters_names_its_value(
    analyzer: Analyzer, key: str, value: str, entity: str
) -> None:
    assert _found(_value("default", value, key=key), analyzer, f"/properties/{key}/default") == {entity}


@pytest.mark.parametrize(
    ("name", "entity"),
    [
        ("route_insurancenumba_7751251579", "HEALTH_PLAN_ID"),
        ("stage_dcbirth_10_30_1982", "DATE_OF_BIRTH"),
        ("pull_dcbirth_11-Nov-1996", "DATE_OF_BIRTH"),
        ("route_ssnniya_531762048", "US_SSN"),
        ("push_zipkuod_60417", "ZIP_CODE"),
        ("mirror_licenseniya_62094622", "US_DRIVER_LICENSE"),
    ],
)
def test_in_a_tool_name_too(analyzer: Analyzer, name: str, entity: str) -> None:
    tool = {"name": name, "description": "Reads one record.", "input_schema": {"type": "object", "properties": {}}}
    assert _found(tool, analyzer, "/name") == {entity}


@pytest.mark.parametrize(
    ("word", "words"),
    [
        ("payermbrid", ("payer", "member", "id")),
        ("backupserialno", ("backup", "serial", "number")),
        ("getphonenumber", ("getphonenumber",)),  # three letters are as often a syllable
        ("ownercel", ("ownercel",)),  # one short word after it: as often the English word's own end
        ("employerdob", ("employer", "birth")),  # but no English word ends in an abbreviation (`wordcut.cut_head`)
        ("leaderboardid", ("leaderboardid",)),  # words that name nothing
    ],
)
def test_an_english_word_before_glued_vocabulary_words_is_cut_off(word: str, words: tuple[str, ...]) -> None:
    assert normal_words(word) == words


@pytest.mark.parametrize(
    ("word", "words"),
    [
        ("serialport", ("serialport",)),  # an English word after it says what the key is
        ("deviceidutc", ("deviceidutc",)),  # and a word of schemas (`utc`)
        ("lifespan", ("lifespan",)),  # a word of three after unknown letters is another word's end
        ("insurens", ("insurance",)),  # a slip of a word is read whole first
        ("dobson", ("dobson",)),  # a name is no glued word
        ("getphonenumber", ("getphonenumber",)),  # English words glued are no dialect's (`get`)
        ("controlpanel", ("controlpanel",)),
        ("serializer", ("serializer",)),  # an English ending after a vocabulary word
        ("nameserver", ("nameserver",)),
        ("vercel", ("vercel",)),  # a word of three letters after unknown ones is another word's end
    ],
)
def test_glued_words_the_loose_cut_leaves_alone(word: str, words: tuple[str, ...]) -> None:
    assert normal_words(word) == words


@pytest.mark.parametrize(
    ("key", "text", "entity"),
    [
        ("licensePlate", "Carried over from the weekly import: B-Z 317", "LICENSE_PLATE"),
        ("imeiStr", "Left from run 7: 356938035643809.", "IMEI"),
        ("memberId", "Default: W418275603", "HEALTH_PLAN_ID"),
    ],
)
def test_a_value_that_ends_a_short_text_after_its_colon_is_what_its_key_says(
    analyzer: Analyzer, key: str, text: str, entity: str
) -> None:
    assert _found(_value("description", text, key=key), analyzer, f"/properties/{key}/description") == {entity}


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("zip", "Max length: 10"),
        ("ssn", "Format: 9 digits"),
        ("mrn", "Added in version: 2.14.3"),
        ("memberId", "Maximum value: 2147483647"),  # the text names its number
        ("mrn", "Related GitHub issue: 48213"),
        ("licensePlate", "Ticket: JIRA 4821"),
        ("licensePlate", "Read by the camera: the plate as printed."),
    ],
)
def test_a_text_under_such_a_key_that_ends_in_no_such_value_holds_none(analyzer: Analyzer, key: str, text: str) -> None:
    assert _found(_value("description", text, key=key), analyzer, f"/properties/{key}/description") == set()


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Phone: 011 381 60 0501227", "PHONE_NUMBER"),  # North America's international prefix
        ("Tel: 0011 61 4 1257 3980", "PHONE_NUMBER"),  # Australia's
        ("Tel: 0011 44 7412 583920", "PHONE_NUMBER"),  # fifteen digits with the prefix, twelve without
        ("Phone: +381 60 / 1649835", "PHONE_NUMBER"),  # the area code set apart by a slash
        ("SSN: 532/47/7761", "US_SSN"),
        ("Petsa ng kapanganakan: Wednesday, January 2, 2002", "DATE_OF_BIRTH"),  # the day's name before the date
        ("Plate number of car: CF77 LCX", "LICENSE_PLATE"),  # the field's owner after "of"
        ("Plate number ng kotse: CF77 LCX", "LICENSE_PLATE"),  # Tagalog's `ng`
        ("Full nm - DELPHINA ANTOINE", "PERSON"),  # a name label, then a spaced dash
        ("First/last name: Sehna Ligohr", "PERSON"),
        ("51 MADISON HL\nSALAMANCA, NY 14726-8795", "STREET_ADDRESS"),  # on two lines, as an envelope writes it
        ("Home address: 1337 Orange Row\nPontotoc, MS 38814", "STREET_ADDRESS"),
    ],
)
def test_values_written_these_ways_after_their_labels_are_found(analyzer: Analyzer, text: str, entity: str) -> None:
    assert _found(_value("const", text), analyzer, "/properties/ref/const") == {entity}


@pytest.mark.parametrize(
    "text",
    [
        'Examples: "+316/1122-3344"',  # no country code set apart: a specification's example
        "Phone: +44 1234 234567",  # a run after a real area code
        "Phone: +49 30 12345678",
        "Patient: lorem ipsum",  # a role, not a name's label: lower case needs the lists
        "Patient name: string value",
        "SSN: 001/01/2020",  # a day with slashes
    ],
)
def test_these_texts_hold_no_identifier(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("const", text), analyzer, "/properties/ref/const") == set()


@pytest.mark.parametrize("stem", ["hugo.server", "hugo.hugo_version"])
def test_a_tool_s_settings_files_are_no_one_s_name(analyzer: Analyzer, tmp_path: Path, stem: str) -> None:
    (tmp_path / f"{stem}.json").write_text('{"type": "object", "properties": {"a": {"type": "string"}}}')
    report = phiscan.scan_paths([tmp_path], analyzer=analyzer)
    assert [f.entity for f in report.findings] == []


@pytest.mark.parametrize(
    "stem", ["maria_gonzalez", "emma_stone", "patient_hugo_server", "john.page", "nathan.westbrook", "hugo.sitemap"]
)  # (a surname that is a schema word; two words glued, as a tool's section is written too)
def test_a_person_s_file_still_is(analyzer: Analyzer, tmp_path: Path, stem: str) -> None:
    (tmp_path / f"{stem}.json").write_text('{"type": "object", "properties": {"a": {"type": "string"}}}')
    report = phiscan.scan_paths([tmp_path], analyzer=analyzer)
    assert [f.entity for f in report.findings] == ["PERSON"]


@pytest.mark.parametrize(
    "pattern",
    [
        "^dob[_:]?3\\/19\\/1947$",  # a regex's optional mark, so one of its literals is `dob3/19/1947`
        "^birthdate[_:]?11/02/1958$",
        "^dob[_:]?04-may-1954$",  # and a month's name inside the date, not a kebab-case word
        "^dob[_:]?04-Sept-1954$",
        "^dob[_:]?1947-03-19$",
    ],
)
def test_a_birth_word_glued_to_its_date_by_a_regex_s_optional_mark_names_a_birth_date(
    analyzer: Analyzer, pattern: str
) -> None:
    doc = {"type": "object", "properties": {"patient": {"type": "object", "patternProperties": {pattern: {}}}}}
    pointer = "/properties/patient/patternProperties/" + pattern.replace("~", "~0").replace("/", "~1")
    assert _found(doc, analyzer, pointer) == {"DATE_OF_BIRTH"}
