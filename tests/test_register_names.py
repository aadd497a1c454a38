"""Names only a register holds: the long tail of the US Censuses' surnames and first names (the registers' lists in
`phiscan/data/*_register.txt.gz`) counts where every word of a name is a listed name, in any case and order, in
values, keys and patterns.  Beside a word no list holds, or where letters run together are cut into an initial and a
surname, only the main lists count, so a word that hides a rare surname (`granola`: G. Ranola) stays a word.

Names here are made up from the lists' words for these tests and are not in any labelled set.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

import phiscan
from phiscan.data import DIR
from phiscan.detect.analyzer import Analyzer
from phiscan.detect.everyday import everyday_elsewhere, frequent
from phiscan.detect.names import gazetteer, with_registers
from phiscan.detect.vocabulary import vocabulary_word


@pytest.mark.parametrize(
    ("keyword", "value"),
    [
        ("enum", ["Mekdes Habtemariam"]),
        ("const", "YODIT WACHSMAN"),
        ("default", "Wachsman, Yodit"),  # family name first, with its comma
        ("pattern", "^(Mekdes Oestman)$"),
    ],
)
def test_a_name_only_a_register_holds_is_a_person(analyzer: Analyzer, keyword: str, value: object) -> None:
    pointer = "/properties/ref/enum/0" if keyword == "enum" else f"/properties/ref/{keyword}"
    assert _found(_value(keyword, value), analyzer, pointer) == {"PERSON"}


def test_in_a_key_its_words_apart_by_case_too(analyzer: Analyzer) -> None:
    doc = {"type": "object", "properties": {"sharonicaSiedschlag": {"type": "string"}}}
    assert _found(doc, analyzer, "/properties/sharonicaSiedschlag") == {"PERSON"}


@pytest.mark.parametrize(
    "value",
    [
        ["Granola", "Masin"],
        "Kasputis",  # one word alone
        ["Minio Server", "Hetzner Server", "Matcha Tea", "Loong Arch", "Cap Chown", "Echo Luxon"],  # beside words
        "Option A. Minio or Plan B. Hetzner",  # after an initial only the main lists count
    ],
)
def test_one_word_alone_or_beside_a_dictionary_word_is_no_one(analyzer: Analyzer, value: object) -> None:
    keyword = "enum" if isinstance(value, list) else "const"
    assert phiscan.scan_document(_value(keyword, value), analyzer=analyzer).findings == ()


def test_a_register_s_word_in_a_key_beside_a_dictionary_word_is_no_one(analyzer: Analyzer) -> None:
    doc = {"type": "object", "properties": {k: {"type": "string"} for k in ("CAP_CHOWN", "capChown", "reasonLigo")}}
    assert phiscan.scan_document(doc, analyzer=analyzer).findings == ()


def test_letters_run_together_are_cut_at_the_main_lists_names_only(analyzer: Analyzer, tmp_path: Path) -> None:
    assert with_registers("ranola", "surnames") and "ranola" not in gazetteer("surnames")
    (tmp_path / "granola.hk-metadata-1.0.json").write_text('{"type": "object", "properties": {"a": {}}}')
    assert phiscan.scan_paths([tmp_path], analyzer=analyzer).findings == ()


@pytest.mark.parametrize("kind", ["given_names", "surnames"])
def test_a_register_holds_no_word_of_a_cue_nor_an_everyday_word(kind: str) -> None:
    lines = gzip.decompress((DIR / f"{kind}_register.txt.gz").read_bytes()).decode("utf-8").split("\n")
    names = [n for n in lines[1:] if n]
    assert len(names) > 20_000
    assert not [n for n in names if vocabulary_word(n) or frequent(n) or everyday_elsewhere(n) or len(n) < 4]
    assert not set(names) & (gazetteer("given_names") | gazetteer("surnames"))
    assert "namba" not in names  # a Japanese surname, and Bislama's `number`
