"""A name is a name however it is joined: a value written as a key is (`pablo_iturbe`, `wanjiru-kamau`) is read as a
key is, and a title that only spells its property's key (`markComment` titled `Mark Comment`) is the key's label,
read as the key is, not as a value.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

import pytest
from scan_support import one_property

from phiscan.detect.analyzer import Analyzer
from phiscan.scan import scan_document
from phiscan.surfaces.identifiers import spells_its_key


def _people(doc: object, analyzer: Analyzer) -> list[str]:
    return sorted(f.pointer for f in scan_document(doc, analyzer=analyzer).findings if f.entity == "PERSON")


@pytest.mark.parametrize("keyword", ["const", "default"])
@pytest.mark.parametrize("value", ["pablo_iturbe", "wanjiru-kamau", "tomasz.wieczorek", "ingridHalvorsen"])
def test_a_value_joined_as_a_key_is_a_name_when_its_words_are(keyword: str, value: str, analyzer: Analyzer) -> None:
    assert _people(one_property(keyword, value), analyzer) == [f"/properties/ref/{keyword}"]


def test_an_enum_member_joined_as_a_key_is_a_name_among_vocabulary(analyzer: Analyzer) -> None:
    doc = one_property("enum", ["end_turn", "ingrid_halvorsen", "max_tokens"])
    assert _people(doc, analyzer) == ["/properties/ref/enum/1"]


@pytest.mark.parametrize(
    "value",
    [
        "grace_period", "mark_read", "will_call", "rose_gold", "grant_type", "bill_to", "hunter_green",
        "sterling_silver", "robin_hood", "john_doe", "jane-doe", "en_US", "pt_BR", "gemma-2b",
        "Asia/Ho_Chi_Minh", "America/Buenos_Aires", "hugo.config", "tool_use", "stop_sequence",
    ],
)  # fmt: skip
def test_vocabulary_joined_as_a_key_is_no_name(value: str, analyzer: Analyzer) -> None:
    assert _people(one_property("const", value), analyzer) == []
    assert _people(one_property("enum", [value, "other_value"]), analyzer) == []


@pytest.mark.parametrize(
    ("title", "pointer", "spelled"),
    [
        ("Mark Comment", "/properties/markComment/title", True),
        ("mark comment", "/definitions/x/properties/mark_comment/title", True),
        ("Mark Comment", "/properties/x/title", False),
        ("Mark Comment", "/properties/markComment/description", False),
        ("Comment", "/properties/comment/title", False),  # one word spells no name
        ("Mark Comment", "/title", False),  # no property: a tool's or the root's title
    ],
)
def test_a_title_spells_its_key_when_its_words_are_the_key_s(title: str, pointer: str, spelled: bool) -> None:
    assert spells_its_key(title, pointer) is spelled


def test_a_title_that_spells_its_key_is_read_as_the_key(analyzer: Analyzer) -> None:
    # the name model reads `Mark Comment` as a person; as the key `markComment` it is two words of a schema
    assert _people({"properties": {"markComment": {"type": "boolean", "title": "Mark Comment"}}}, analyzer) == []
    # the same words under another key are a value, read as one
    assert _people({"properties": {"flag": {"type": "boolean", "title": "Mark Comment"}}}, analyzer) == [
        "/properties/flag/title"
    ]
    # and a key that is a name keeps its title a name too
    doc = {"properties": {"ingridHalvorsen": {"type": "string", "title": "Ingrid Halvorsen"}}}
    assert _people(doc, analyzer) == ["/properties/ingridHalvorsen", "/properties/ingridHalvorsen/title"]


@pytest.mark.parametrize(
    "members",
    [
        ["ed_disable_game_mode", "ed_goto", "ed_killmemory"],  # an editor's commands, `ed_` their namespace
        ["odin", "odin-lang", "odinlang", "ocaml"],  # one language's spellings
        ["kotlin_lang", "odin_lang", "zig_lang"],  # a suffix every member shares
    ],
)
def test_a_joined_member_in_its_enum_s_namespace_is_no_name(members: list[str], analyzer: Analyzer) -> None:
    assert _people(one_property("enum", members), analyzer) == []


def test_members_of_one_family_stay_names_though_they_share_a_word(analyzer: Analyzer) -> None:
    doc = one_property("enum", ["ingrid_halvorsen", "erik_halvorsen", "pending_review"])
    assert _people(doc, analyzer) == ["/properties/ref/enum/0", "/properties/ref/enum/1"]


@pytest.mark.parametrize("value", ["Mercedes-Benz", "Rolls-Royce", "Harley-Davidson"])
def test_a_capitalised_double_barrelled_word_is_a_brand_not_a_joined_name(value: str, analyzer: Analyzer) -> None:
    assert _people(one_property("default", value, key="vehicle_make"), analyzer) == []
