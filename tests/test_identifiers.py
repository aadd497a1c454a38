from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from phiscan.surfaces.identifiers import looks_like_identifier, split_identifier


@pytest.mark.parametrize(
    ("identifier", "text"),
    [
        ("maria_gonzalez_dob_1984_03_12", "Maria Gonzalez Dob 1984 03 12"),
        ("johnSmithDob19840312", "John Smith Dob 19840312"),
        ("jane-doe", "Jane Doe"),
        ("firstName", "First Name"),
        ("HTTPServerURL", "Http Server Url"),
        ("lookup_patient_by_mrn", "Lookup Patient By Mrn"),
        ("Reynaldo_Véliz", "Reynaldo Véliz"),
        ("Reynaldo_Ve\u0301liz", "Reynaldo Ve\u0301liz"),
        ("patient.first/name", "Patient First Name"),
        ("getURLsByID", "Get Urls By Id"),
        ("ИванПетров", "Иван Петров"),
        ("患者Name", "患者 Name"),
        ("रोगी_नाम", "रोगी नाम"),
        ("__private__", "Private"),
        ("straße_İzmir", "Straße İzmir"),
        ("", ""),
        ("_-./", ""),
    ],
)
def test_split_identifier_title_cases_words(identifier: str, text: str) -> None:
    assert split_identifier(identifier).text == text


@pytest.mark.parametrize(
    ("identifier", "word", "original"),
    [
        ("maria_gonzalez_dob_1984_03_12", "Gonzalez", "gonzalez"),
        ("johnSmithDob19840312", "Smith", "Smith"),
        ("johnSmithDob19840312", "19840312", "19840312"),
        ("HTTPServerURL", "Server", "Server"),
        ("maria_gonzalez_dob", "Maria Gonzalez", "maria_gonzalez"),
    ],
)
def test_split_spans_map_back_to_the_original(identifier: str, word: str, original: str) -> None:
    split = split_identifier(identifier)
    start = split.text.index(word)
    lo, hi = split.to_original(start, start + len(word))
    assert identifier[lo:hi] == original


def test_a_span_of_inserted_space_maps_to_an_empty_span() -> None:
    split = split_identifier("firstName")
    assert split.to_original(5, 6) == (5, 5)
    assert split.to_original(-3, 99) == (0, 9)


@pytest.mark.parametrize(
    "s", ["first_name", "firstName", "jane-doe", "HTTPServer", "patient.name", "ALL_CAPS", "N021-7867-3118"]
)
def test_identifiers_look_like_identifiers(s: str) -> None:
    assert looks_like_identifier(s)


@pytest.mark.parametrize(
    "s",
    [
        "",
        "hello",
        "HTTP",
        "first name",
        "The patient's name",
        "1984-03-12",
        "174.140.190.219",
        "erickson.john86@yahoo.com",
        "F0:18:98:6B:E3:B8",
        "___",
    ],
)
def test_free_text_words_and_values_do_not(s: str) -> None:
    assert not looks_like_identifier(s)


def _word_char(c: str) -> bool:
    return c.isalnum() or unicodedata.category(c) in ("Mn", "Mc", "Me", "Lm")


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_split_words_are_the_word_characters_in_order(s: str) -> None:
    split = split_identifier(s)
    assert "".join(split.words).lower() == "".join(c for c in s if _word_char(c)).lower()
    position = 0
    for word in split.words:
        start = split.text.index(word, position)
        position = start + len(word)
        lo, hi = split.to_original(start, position)
        assert s[lo:hi].lower() == word.lower()


@settings(max_examples=400, deadline=None)
@given(st.text(), st.integers(-5, 60), st.integers(-5, 60))
def test_every_span_maps_inside_the_original(s: str, start: int, end: int) -> None:
    for derived in (split_identifier(s),):
        if start > end:
            continue
        lo, hi = derived.to_original(start, end)
        assert 0 <= lo <= hi <= len(s)


def test_a_version_tag_stays_one_word() -> None:
    assert split_identifier("api.v2010.account").text == "Api V2010 Account"
    assert split_identifier("apiV2Config").text == "Api V2 Config"
    assert split_identifier("dev2").text == "Dev 2"  # only a lone `v` is a version's
