"""The context a schema's strings are read in: the keys above a value, the schema's own title and short
description, and what names a key or a FHIR `value` (`phiscan.surfaces.walk` passes it on each surface)."""

from __future__ import annotations

import re
from typing import Any

from phiscan.surfaces.values import MAX_CONTEXT

_MAX_OWN_WORDS = 80  # a title or a short description names what the values are; a long one is prose


def own_words(node: dict[Any, Any], context: tuple[str, ...]) -> tuple[str, ...]:
    """The context of a schema's values: the keys above it, then its own title and short description
    ("Insured's ID Number"), which say what the values are.  A root schema's title describes a whole document
    ("Device Update manifest"), not one value: it is not taken."""
    if not context:
        return context
    extra = tuple(
        t.strip()
        for t in (node.get("title"), node.get("description"))
        if isinstance(t, str) and t.strip() and len(t) <= _MAX_OWN_WORDS
    )
    return (*context, *extra) if extra else context


# what a FHIR Identifier's `type` is fixed to that names its value: an HL7 v2 table 0203 code the vocabulary's
# `[identifier_types]` lists (`MR`, `SS`, `DL`, `MB`); a word there (`serial`, `call`) is as often any object's kind
_TYPE_CODE = re.compile(r"[A-Z]{2,4}")


def named_by(props: dict[Any, Any], name: str, context: tuple[str, ...]) -> tuple[str, ...]:
    """The context of a property's values: the keys above and its own, and for a FHIR Identifier's or ContactPoint's
    `value` also the texts its siblings are fixed to, by `const` or a one-member `enum`: its `system`
    (`".../mrn"`, `phone`) and its `type`'s code (`MR`)."""
    if name != "value":
        return (*context, name)[-MAX_CONTEXT:]
    system, code = _fixed(props.get("system")), _fixed(props.get("type"))
    fixed = [t for t in (system, code if code and _type_code(code) else None) if t]
    return (*context, *fixed, name)[-MAX_CONTEXT - len(fixed) :]


def _type_code(code: str) -> bool:
    """An HL7 v2 table 0203 code the vocabulary names (`MR`, `MB`, `AN`), in capitals as written."""
    from phiscan.detect.vocabtable import table

    return _TYPE_CODE.fullmatch(code) is not None and code.lower() in table().identifier_types


def _fixed(schema: Any) -> str | None:
    """The one text a schema allows (`const`, or an `enum` of one member), if short."""
    if not isinstance(schema, dict):
        return None
    enum = schema.get("enum")
    text = schema.get("const", enum[0] if isinstance(enum, list) and len(enum) == 1 else None)
    return text if isinstance(text, str) and 0 < len(text) <= 120 else None


# a word of three letters or more: a key that has one names its value itself (`tin647058872`, `menkyo_G5056473`)
_WORD = re.compile(r"[^\W\d_]{3,}")


def key_words(node: dict[Any, Any], keyword: str, name: str, context: tuple[str, ...]) -> tuple[str, ...]:
    """The context of a key in a schema map: the keys above it, and for a pattern's key that is a bare value (digits,
    marks, a letter or two: `^(10045821|10099310)$`) its map's owner's title and short description (not a root's,
    which describe a document), which say what its keys are ("Results keyed by patient MRN").  A key with words
    names itself; a key's own description names its value, not the key (taken for the key, it made findings of
    unlabelled keys in a held-out set)."""
    if keyword != "patternProperties" or not any(c.isdigit() for c in name) or _WORD.search(name):
        return context
    said = own_words(node, context)[len(context) :]
    keyed = [w[m.end() :] for w in said if (m := _KEYED_BY.search(w)) is not None and not _CODES.search(w)]
    return (*context, *keyed) if keyed else context


# what says what a map's keys are ("keyed by the patient's MRN", "map of member ID to plan"), not what else it holds
# ("Per-guild member ID settings", "Device serial number per baud rate")
_KEYED_BY = re.compile(r"(?i)\b(?:keyed|indexed|mapped|grouped|organi[sz]ed)\s+by\s+|\bmap(?:ping)?\s+(?:of|from)\s+")
# a map's words that say its keys are a standard's codes, whatever they code (`Keyed by DICOM tag (patient ID)`)
_CODES = re.compile(r"(?i)\b(?:tags?|codes?|fields?|attributes?|elements?|keywords?|items?)\b")


# words of an extension's name that make it a note about the schema, not one of the property's values: a DICOM
# tag, a field's order or number, a generator's hints (`x-dicom-tag`, `x-order`, `x-ms-client-name`)
_ABOUT_THE_SCHEMA = frozenset(
    {"tag", "order", "position", "index", "sort", "version", "ref", "field", "column", "widget", "since"}
    | {"deprecated", "kubernetes", "dicom", "oid", "nullable"}
)
_GENERATORS = ("x-ms-", "x-go-", "x-speakeasy-", "x-stainless-")  # code generators' own hints


def named(keyword: str, context: tuple[str, ...]) -> tuple[str, ...]:
    """The context of an unknown keyword's value: the keys above, then its own name.  An `x-` extension that is
    a note about the schema (`x-dicom-tag: "00100020"` under `PatientID` is a tag number, `x-order: 1204` a
    position) has only its own name: the property's key does not say what such a value is."""
    words = re.sub(r"([a-z])([A-Z])", r"\1 \2", keyword).lower().replace("-", " ").replace("_", " ").split()
    if keyword.startswith("x-") and (_ABOUT_THE_SCHEMA.intersection(words) or keyword.startswith(_GENERATORS)):
        return (keyword,)
    return (*context, keyword)
