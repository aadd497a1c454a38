"""People's names of many cultures.  The gazetteers hold the most common names of 106 countries as Wikipedia
lists them (CC0), so a pair of them is a name with nothing else said; where a key says a person is meant, a name
the gazetteers lack is one too unless a word of it is one people still use (`Not Applicable`): Webster's obscure
entries (`amadou`, `moyo`) are names elsewhere.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

from phiscan.detect.analyzer import Analyzer
from phiscan.detect.everyday import frequent
from phiscan.detect.names import is_common


@pytest.mark.parametrize("name", ["Bibek Bishwakarma", "Aisultan Ahmetov", "Bakary Abazi", "Binita Bandara"])
def test_the_most_common_names_of_many_countries_are_names_with_no_cue(analyzer: Analyzer, name: str) -> None:
    assert _found(_value("enum", [name]), analyzer, "/properties/ref/enum/0") == {"PERSON"}


@pytest.mark.parametrize(
    "name",
    [
        *("Tendai Moyo", "Amadou Diallo", "Sipho Nkosi", "Tupac Quispe", "Batbayar Ganbold", "Kaveh Rostami"),
        # an everyday word that is a listed surname is no everyday word in a name (`wang`, `long`, `young`)
        *("Wang Xiaoming", "Young Chidiebere", "Long Thuylinh"),
    ],
)
def test_a_name_no_gazetteer_holds_is_a_person_under_a_key_for_one(analyzer: Analyzer, name: str) -> None:
    assert _found(_value("enum", [name], key="patientName"), analyzer, "/properties/patientName/enum/0") == {"PERSON"}


@pytest.mark.parametrize(
    "value",
    [
        *("Not Applicable", "Unknown Patient", "Declined To State", "Anonymous Donor", "Preferred Name"),
        *("Will Call", "Grace Period", "Young Adult"),  # all everyday words, whichever are names too
    ],
)
def test_everyday_words_under_a_key_for_a_person_are_no_name(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("enum", [value], key="patientName"), analyzer, "/properties/patientName/enum/0") == set()


def test_an_obscure_dictionary_word_is_no_everyday_word() -> None:
    assert is_common("amadou") and not frequent("Amadou") and not frequent("moyo")
    assert frequent("applicable") and frequent("Unknown")


@pytest.mark.parametrize("name", ["Abebe Bikila", "Yerlan Abenov", "Aigerim Nurlanovna"])
def test_a_name_no_list_holds_is_a_person_in_prose_when_no_dictionary_holds_its_words(
    analyzer: Analyzer, name: str
) -> None:
    text = f"Sends the discharge summary of {name} to the ward."
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == {"PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        "A specific team the stats are associated with, e.g. Cincinnati Bengals, if no team, specify None",
        "Indica o Tipo de Documento Emitido pela seguradora.",  # another language's words
        "Uses the Dev Tool Portal for the export.",
    ],
)
def test_capitalised_words_of_places_and_other_languages_are_no_name_in_prose(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()


def test_a_name_the_model_ran_on_from_is_cut_at_the_sentence_s_next_word(analyzer: Analyzer) -> None:
    text = "Use this for the patient Tendai Moyo only."  # the model's span is `Tendai Moyo only`
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == {"PERSON"}


@pytest.mark.parametrize("text", ["Nomor Rekam Medis pasien, diisi oleh petugas.", "Pilih Jenis Kelamin pasien."])
def test_another_language_s_field_labels_in_prose_are_no_name(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()
