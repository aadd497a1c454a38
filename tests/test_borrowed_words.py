"""Labels as teams in other countries write them: English words borrowed into other scripts (`रिकॉर्ड`,
`لائسنس`), the words South Asia's scripts share read in any of them (`जन्म`, `জন্ম`, `ଜନ୍ମ`), a qualifier
between a label and its value (`Phone (work): ...`), South Asian addresses led by the house or plot, a patient's
file number, and a key's own label over the words of the tool around it.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

from phiscan.detect.analyzer import Analyzer
from phiscan.detect.loanwords import loanword, sounded
from phiscan.detect.vocabulary import cues_in, normal_words


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("रिकॉर्ड", "record"),  # Hindi
        ("ରେକର୍ଡ", "record"),  # Odia
        ("ረከርድ", "record"),  # Amharic
        ("पासवर्ड", "password"),
        ("পাসপোর্ট", "passport"),  # Bengali
        ("پاسورڈ", "password"),  # Urdu
        ("ਪਾਸਵਰਡ", "password"),  # Gurmukhi
        ("พาสเวิร์ด", "password"),  # Thai
        ("லைசென்ஸ்", "license"),  # Tamil
        ("ఇన్సూరెన్స్", "insurance"),  # Telugu
        ("मेडिकल", "medical"),
        ("हॉस्पिटल", "hospital"),
        ("নম্বর", "number"),
    ],
)
def test_an_english_word_borrowed_into_another_script_is_that_word(word: str, english: str) -> None:
    assert loanword(word) == english


@pytest.mark.parametrize(
    "word",
    [
        "ठिकाना",  # Hindi: an address, t-k-n as `token` sounds; three consonants are never matched
        "कार्ड",  # `card`: too short to tell from `कर्ता`
        "जन्म",  # a language's own word
        "record",  # an English word is itself
        "Rekord",  # and an everyday word of another language
        "lessons",  # l-s-n-s as `license` sounds, but a word of the dictionary
        "fusionauth",  # a product's glued name sounds like `patient`: Latin letters are matched as listed only
        "numpy",
        "रिकॉर्ड3",  # a digit: no word
    ],
)
def test_short_own_and_latin_words_are_no_borrowing(word: str) -> None:
    assert loanword(word) is None


@pytest.mark.parametrize(
    ("label", "category"),
    [
        ("ड्राइविंग लाइसेंस नंबर", "LICENSE_NUMBER"),
        ("ڈرائیونگ لائسنس نمبر", "LICENSE_NUMBER"),
        ("मेडिकल रिकॉर्ड नंबर", "MRN"),
        ("ఇన్సూరెన్స్ నంబర్", "HEALTH_PLAN_ID"),
    ],
)
def test_a_label_of_borrowed_words_names_its_category(label: str, category: str) -> None:
    assert category in cues_in(normal_words(label), head=True)


@pytest.mark.parametrize(
    ("phrase", "category"),
    [("मेडिकल रिकॉर्ड संख्या", "MRN"), ("کارڈ کا نمبر", "ACCOUNT_NUMBER")],  # OpenMRS's and Firefox's labels
)
def test_a_phrase_of_the_tables_still_names_its_category_with_its_borrowed_words(phrase: str, category: str) -> None:
    assert category in cues_in(normal_words(phrase), head=True)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Imported column. मेडिकल रिकॉर्ड नंबर: KH-88213409", "MRN"),
        ("Legacy value. ड्राइविंग लाइसेंस नंबर: RJ1420190044871", "US_DRIVER_LICENSE"),
        ("ፓስወርድ: Tq7#mZ2pLx", "PASSWORD"),
        ("पासवर्ड = Wd4!kR8sNe", "PASSWORD"),
    ],
)
def test_a_value_after_a_label_of_borrowed_words_is_found(analyzer: Analyzer, text: str, entity: str) -> None:
    assert entity in _found(_value("description", text), analyzer, "/properties/ref/description")


def test_a_word_for_password_before_a_plain_word_is_no_password(analyzer: Analyzer) -> None:
    assert _found(_value("description", "पासवर्ड: changeme"), analyzer, "/properties/ref/description") == set()


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Phone (work): +1 (415) 867-2291", "PHONE_NUMBER"),
        ("MRN (Kaiser): KP-55019832", "MRN"),
        ("Driver licence number (Ontario): K6614-73180-40612", "US_DRIVER_LICENSE"),
    ],
)
def test_a_qualifier_between_a_label_and_its_value_does_not_hide_the_label(
    analyzer: Analyzer, text: str, entity: str
) -> None:
    assert entity in _found(_value("description", text), analyzer, "/properties/ref/description")


def test_a_parenthesis_far_from_the_value_is_no_qualifier(analyzer: Analyzer) -> None:
    text = "Lookup (see the MRN section) for build 3341-2209-87"
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()


@pytest.mark.parametrize("key", ["patientFileNumber", "medical_file_number", "hospitalFileNo"])
def test_a_patient_s_file_number_is_a_medical_record_number(analyzer: Analyzer, key: str) -> None:
    assert _found(_value("const", "PF-2210934", key=key), analyzer, f"/properties/{key}/const") == {"MRN"}


def test_a_file_number_alone_names_no_patient(analyzer: Analyzer) -> None:
    found = _found(_value("const", "PF-2210934", key="fileNumber"), analyzer, "/properties/fileNumber/const")
    assert found <= {"OTHER_IDENTIFIER"}  # (a code no word explains is only an identifier: test_opaque_codes)


def test_a_key_s_own_label_wins_over_the_words_of_its_tool(analyzer: Analyzer) -> None:
    tool = {
        "name": "accountVerify",
        "description": "Verify Account",
        "input_schema": {"type": "object", "properties": {"us_ssn_219445871": {"type": "string"}}},
    }
    found = _found({"tools": [tool]}, analyzer, "/tools/0/input_schema/properties/us_ssn_219445871")
    assert found == {"US_SSN"}


@pytest.mark.parametrize(
    "address",
    [
        "House No. 27, Street 9, Block 4, Clifton, Karachi 75600",
        "Plot No. 88, Sector 15, Vashi, Navi Mumbai 400703",
        "H.No. 5-9-30, Road No. 3, Jubilee Hills, Hyderabad 500033",
        "Flat No. 12B, Lake View Apartments, Salt Lake, Kolkata 700091",
    ],
)
def test_an_address_led_by_its_house_or_plot_is_an_address(analyzer: Analyzer, address: str) -> None:
    assert _found(_value("const", address), analyzer, "/properties/ref/const") == {"STREET_ADDRESS"}


@pytest.mark.parametrize(
    "text",
    [
        "Flat No. 3, Build 12, Retry 5, 30000",
        "Shop No. 4, Floor 2, Timeout 30000",
        "Quarter No. 3, FY 2024, Target 50000",
        "Plot No. 7, Series A, Budget 250000",
    ],
)
def test_numbered_settings_after_a_premise_word_are_no_address(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("const", text), analyzer, "/properties/ref/const") == set()


def test_a_word_of_south_asia_s_scripts_sounds_the_same_in_each() -> None:
    assert sounded("जन्म") == sounded("জন্ম") == sounded("ଜନ୍ମ") == sounded("જન્મ") == "~jnm"  # birth
    assert sounded("birth") is None and sounded("рождения") is None and sounded("出生") is None


@pytest.mark.parametrize(
    ("label", "category"),
    [
        ("જન્મ તારીખ", "DATE_OF_BIRTH"),  # Gujarati, as Bengali's জন্ম তারিখ (Firefox) sounds
        ("ਜਨਮ ਤਾਰੀਖ", "DATE_OF_BIRTH"),  # Gurmukhi
        ("ಜನ್ಮ ತಾರೀಖು", "DATE_OF_BIRTH"),  # Kannada
    ],
)
def test_a_label_in_one_south_asian_script_is_read_as_the_tables_hold_it_in_another(label: str, category: str) -> None:
    assert category in cues_in(normal_words(label), head=True)


def test_a_birth_date_after_a_label_in_another_south_asian_script_is_found(analyzer: Analyzer) -> None:
    doc = _value("description", "Imported column. જન્મ તારીખ: 14/07/1969")
    assert _found(doc, analyzer, "/properties/ref/description") == {"DATE_OF_BIRTH"}


@pytest.mark.parametrize(
    "text",
    [
        "ବୀମା ପ୍ରକାର",  # Odia: insurance type, words the tables do not hold
        "रख दिया",  # Hindi: "kept", sounds r-k d as `रोगी आईडी` (patient id): short words are read as written
        "ପିନ୍ ସଂଖ୍ୟା",  # Odia: a PIN's number, not Hindi's `पिन कोड` (Odia's own `ପିନ କୋଡ଼` is a postal code)
        "पंक्ति",  # Hindi: a row, p-n-k-t as Bengali's `পিনকোড`: one word needs five consonants
    ],
)
def test_short_or_unknown_south_asian_words_name_nothing(text: str) -> None:
    assert cues_in(normal_words(text), head=True) == {}


@pytest.mark.parametrize(
    "word",
    [
        "посетитель",  # Russian: a visitor (as `postal` sounds); Cyrillic has words of its own
        "पसंदीदा",  # Hindi: favourite (as `patient` sounds); `patient` is not matched by sound
        "बसंत",  # Hindi: spring
        "意大利语翻译",  # Chinese
        "ნოემბერი",  # Georgian: November (as `number` sounds)
    ],
)
def test_everyday_words_that_sound_like_a_field_are_no_borrowing(word: str) -> None:
    assert loanword(word) is None


@pytest.mark.parametrize(
    ("key", "value"),
    [("ref", "Число посетителей: 12500"), ("पसंदीदा_नंबर", "48291033"), ("पंक्ति", "12500")],
)
def test_everyday_words_before_a_number_are_no_label(analyzer: Analyzer, key: str, value: str) -> None:
    assert _found(_value("default", value, key=key), analyzer, f"/properties/{key}/default") == set()


@pytest.mark.parametrize("text", ["Member (count): 48291033", "Patient (total): 48291033"])
def test_a_count_in_parentheses_is_no_qualifier(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("const", text), analyzer, "/properties/ref/const") == set()


def test_every_borrowed_sound_has_four_consonants_or_more() -> None:
    from phiscan.detect.loanwords import _by_consonants

    assert all(len(sound) >= 4 for sound in _by_consonants())  # shorter ones are a language's own words


def test_a_long_run_of_letters_is_no_word_to_read() -> None:
    assert loanword("र" * 41) is None and sounded("ज" * 41) is None


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("laisens", "license"),  # Tok Pisin and Bislama
        ("insurens", "insurance"),
        ("pashent", "patient"),
        ("draiva", "driver"),
        ("namba", "number"),
        ("poŝtkodo", "postcode"),  # Esperanto
        ("לייסענס", "license"),  # Yiddish, its vowels written as letters
        ("דרייווער", "driver"),
    ],
)
def test_a_creole_s_or_yiddish_spelling_of_an_english_word_is_that_word(word: str, english: str) -> None:
    assert loanword(word) == english


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Draiva laisens: 696 472 081", "US_DRIVER_LICENSE"),
        ("דרייווער לייסענס: D2016720", "US_DRIVER_LICENSE"),
        ("Poŝtkodo: 83741-3635", "ZIP_CODE"),
        ("Nem bilong pashent: Maria Garcia", "PERSON"),
    ],
)
def test_a_value_after_a_creole_s_or_yiddish_label_is_found(analyzer: Analyzer, text: str, entity: str) -> None:
    assert entity in _found(_value("description", text), analyzer, "/properties/ref/description")


def test_a_dictionary_word_that_sounds_like_a_field_s_names_nothing(analyzer: Analyzer) -> None:
    assert _found(_value("const", "696 472 081", key="lessons"), analyzer, "/properties/lessons/const") == set()
