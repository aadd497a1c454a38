"""Every string of a cached schema is scanned, not only the annotations (issue 12).

Anthropic and OpenAI compile a strict schema into a grammar cached for up to 24 hours, and every string of the
schema travels with it: an SSN in `$id`, a `required` entry or a `discriminator.mapping` key is as exposed as one
in a `description`.  Real scans, with the shipped analyzer: a finding where such a value is planted, none for an
ordinary schema that uses the same keywords with their vocabulary.

The SSN is `078-05-1121`: detection knows `078-05-1120` (the Woolworth wallet card) as a published sample and
never reports it.  An http(s) `$id` would hide it too: detection treats numbers inside a link as part of the link.
"""

from __future__ import annotations

from typing import Any

import pytest

from phiscan import ScanOptions, scan_document
from phiscan.detect.analyzer import Analyzer
from phiscan.policy.decide import Policy
from phiscan.types import Exposure, Report, Severity

from .conftest import NAME, SSN, assert_no_leak, messages

SSN_KEY = "ssn_" + SSN.replace("-", "_")  # an SSN joined into an identifier


def _schema(**extra: Any) -> dict[str, Any]:
    """An ordinary object schema with `extra` keywords at its root."""
    return {
        "type": "object",
        "properties": {"kind": {"type": "string"}, "mrn": {"type": "string"}, "dob": {"type": "string"}},
        **extra,
    }


def _scan(schema: dict[str, Any], analyzer: Analyzer) -> Report:
    return scan_document(
        schema, path="cached.schema.json", options=ScanOptions(policy=Policy(show_values=True)), analyzer=analyzer
    )


# (schema, pointer of the finding, surface it is reported as, rule)
PLANTED: dict[str, tuple[dict[str, Any], str, str, str]] = {
    "$id": (_schema(**{"$id": f"urn:example:patient:{SSN}"}), "/$id", "metadata", "phi-ssn"),
    "$id, relative": (_schema(**{"$id": f"patients/{SSN}.json"}), "/$id", "metadata", "phi-ssn"),
    "required entry": (_schema(required=["mrn", SSN]), "/required/1", "metadata", "phi-ssn"),
    "required, a name": (_schema(required=["mrn", NAME]), "/required/1", "metadata", "phi-person-name"),
    "format": (_schema(format=SSN), "/format", "metadata", "phi-ssn"),
    "discriminator.mapping key": (
        _schema(discriminator={"propertyName": "kind", "mapping": {SSN: "#/$defs/a", "other": "#/$defs/b"}}),
        f"/discriminator/mapping/{SSN}",
        "property_name",
        "phi-ssn",
    ),
    "discriminator.mapping key, a joined name": (
        _schema(discriminator={"propertyName": "kind", "mapping": {"maria_gonzalez": "#/$defs/a"}}),
        "/discriminator/mapping/maria_gonzalez",
        "property_name",
        "phi-person-name",
    ),
    "$anchor": (_schema(**{"$anchor": f"patient-{SSN}"}), "/$anchor", "metadata", "phi-ssn"),
    "dependentRequired key": (
        _schema(dependentRequired={SSN_KEY: ["dob"]}),
        f"/dependentRequired/{SSN_KEY}",
        "property_name",
        "phi-ssn",
    ),
    "dependentRequired entry": (
        _schema(dependentRequired={"mrn": ["dob", SSN]}),
        "/dependentRequired/mrn/1",
        "metadata",
        "phi-ssn",
    ),
    "contentMediaType": (
        _schema(contentMediaType=f"application/x-patient-{SSN}"),
        "/contentMediaType",
        "metadata",
        "phi-ssn",
    ),
    "x-enum-varnames": (
        _schema(**{"x-enum-varnames": ["ACTIVE", SSN_KEY.upper()]}),
        "/x-enum-varnames/1",
        "enum",
        "phi-ssn",
    ),
    "x-enumNames, a name": (_schema(**{"x-enumNames": ["Active", NAME]}), "/x-enumNames/1", "enum", "phi-person-name"),
    "local $ref": (  # it resolves, so the name it repeats is found where it is defined
        _schema(**{"$ref": f"#/$defs/{SSN_KEY}", "$defs": {SSN_KEY: {"type": "object"}}}),
        f"/$defs/{SSN_KEY}",
        "property_name",
        "phi-ssn",
    ),
    "dangling local $ref": (_schema(**{"$ref": f"#/$defs/{SSN_KEY}"}), "/$ref", "metadata", "phi-ssn"),
    "xml.name": (_schema(xml={"name": SSN_KEY}), "/xml/name", "metadata", "phi-ssn"),
    "externalDocs.url": (
        _schema(externalDocs={"url": f"urn:patient:{SSN}"}),
        "/externalDocs/url",
        "metadata",
        "phi-ssn",
    ),
}


@pytest.mark.parametrize("where", list(PLANTED))
def test_a_value_planted_in_the_cached_schema_is_found(where: str, analyzer: Analyzer) -> None:
    schema, pointer, surface, rule = PLANTED[where]
    report = _scan(schema, analyzer)
    found = {(f.pointer, f.where, f.rule) for f in report.findings}
    assert (pointer, surface, rule) in found, found
    (f,) = [f for f in report.findings if f.pointer == pointer and f.rule == rule]
    assert f.exposure is Exposure.SCHEMA_CACHE
    assert f.severity.rank >= Severity.MEDIUM.rank  # fails the run at the default `fail_on`
    assert not report.ok and report.errors == ()
    assert_no_leak(messages(report))


def test_the_same_value_one_level_down_keeps_the_exposure_of_its_tool(analyzer: Analyzer) -> None:
    tools = [
        {"name": "lookup", "strict": True, "input_schema": _schema(required=[SSN])},
        {"name": "note", "input_schema": _schema(required=[SSN])},
    ]
    report = scan_document(tools, path="tools.json", analyzer=analyzer)
    got = {(f.pointer, f.exposure, f.severity) for f in report.findings if f.rule == "phi-ssn"}
    assert got == {
        ("/0/input_schema/required/0", Exposure.SCHEMA_CACHE, Severity.MEDIUM),
        ("/1/input_schema/required/0", Exposure.PROMPT, Severity.LOW),
    }


def test_an_ordinary_schema_using_the_same_keywords_has_no_finding(analyzer: Analyzer) -> None:
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://example.com/schemas/patient.json",
        "$anchor": "patient",
        "$comment": "Intake form, version 4",
        "title": "Patient",
        "type": "object",
        "required": ["ssn", "dob"],  # key-shaped names: `ssn` alone is a field name, never an SSN
        "propertyOrdering": ["ssn", "dob", "kind"],
        "dependentRequired": {"ssn": ["dob"], "kind": ["dob"]},
        "discriminator": {
            "propertyName": "kind",
            "mapping": {"inpatient": "#/$defs/inpatient", "outpatient": "#/$defs/outpatient"},
        },
        "xml": {"name": "patient", "namespace": "https://example.com/schema/patient", "prefix": "pt"},
        "externalDocs": {"url": "https://example.com/docs/patient", "description": "How intake works"},
        "x-enum-varnames": ["INPATIENT", "OUTPATIENT"],
        "x-enum-descriptions": ["Admitted to a ward", "Seen in clinic"],
        "properties": {
            "ssn": {"type": "string", "pattern": "^\\d{3}-\\d{2}-\\d{4}$", "minLength": 11},
            "dob": {"type": "string", "format": "date-time"},
            "kind": {"type": "string", "enum": ["inpatient", "outpatient"]},
            "photo": {"type": "string", "contentMediaType": "image/png", "contentEncoding": "base64"},
            "record": {"$ref": "#/$defs/inpatient"},
        },
        "$defs": {
            "inpatient": {"type": "object", "properties": {"ward": {"type": "string", "format": "uuid"}}},
            "outpatient": {"type": "object", "dependencies": {"clinic": ["dob"]}},
        },
    }
    report = _scan(schema, analyzer)
    assert report.findings == ()
    assert report.ok


def test_required_ssn_is_a_field_name_not_an_ssn(analyzer: Analyzer) -> None:
    report = _scan(_schema(required=["ssn", "dob", "patient_ssn"]), analyzer)
    assert report.findings == ()
