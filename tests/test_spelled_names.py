"""A title that only spells its property's key (`markComment` titled `Mark Comment`), or an MCP tool's title its name,
is the key's label: the name model's reading of it is judged as the key's would be, and then as a value's (a place
stays a place).

A value joined as a key is (`maria_gonzalez` as an enum member) is not read as a key: enums of methods and breeds
named after people (`mann_whitney`, `floyd_steinberg`, `jack_russell`) are vocabulary far more often than names.

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


def _mcp_tool(name: str, title: str) -> dict[str, object]:
    schema = {"type": "object", "properties": {"id": {"type": "string"}}}
    return {"tools": [{"name": name, "title": title, "description": "Acts on one item.", "inputSchema": schema}]}


def test_an_mcp_tool_s_title_that_spells_its_name_is_read_as_the_name(analyzer: Analyzer) -> None:
    assert spells_its_key("Mark Comment", "/tools/0/title", ("mark_comment",))
    assert _people(_mcp_tool("mark_comment", "Mark Comment"), analyzer) == []
    assert _people(_mcp_tool("get_weather", "Mark Comment"), analyzer) == ["/tools/0/title"]  # a value's words
    assert _people(_mcp_tool("ingrid_halvorsen", "Ingrid Halvorsen"), analyzer) == ["/tools/0/name", "/tools/0/title"]
    # and so are its annotations' title and VS Code's display name
    annotated = _mcp_tool("mark_comment", "Marks")
    annotated["tools"][0]["annotations"] = {"title": "Mark Comment"}  # type: ignore[index]
    assert _people(annotated, analyzer) == []
    vscode = {"name": "mark_comment", "displayName": "Mark Comment", "modelDescription": "Marks a comment."}
    assert _people({"contributes": {"languageModelTools": [vscode]}}, analyzer) == []


def test_a_tool_s_name_is_no_cue_for_a_title_that_does_not_spell_it(analyzer: Analyzer) -> None:
    doc = _mcp_tool("get_patient_account", "Account 4021")
    assert [f.pointer for f in scan_document(doc, analyzer=analyzer).findings] == []


@pytest.mark.parametrize(
    ("key", "title"),
    [("sierraLeone", "Sierra Leone"), ("costaRica", "Costa Rica"), ("charlotte_amalie", "Charlotte Amalie")],
)
def test_a_place_s_title_that_spells_its_key_stays_a_place(key: str, title: str, analyzer: Analyzer) -> None:
    doc = {"properties": {key: {"type": "boolean", "title": title}}}
    assert f"/properties/{key}/title" not in _people(doc, analyzer)


@pytest.mark.parametrize(
    "members",
    [
        ["t_test", "mann_whitney", "kruskal_wallis", "chi_square"],
        ["none", "floyd_steinberg", "atkinson", "stucki"],
        ["beagle", "jack_russell", "poodle"],
        ["crystal-lang", "nim-lang", "dylan-lang"],
    ],
)
def test_an_enum_member_joined_as_a_key_is_vocabulary(members: list[str], analyzer: Analyzer) -> None:
    assert _people(one_property("enum", members), analyzer) == []
