"""A schema is read wherever a document keeps it: in shapes phiscan has no kind for (an Arazzo workflow's
inputs, a JSON Forms definition, an MCP `elicitation/create` request, an OpenAPI Overlay's updates), in the
parts a known kind does not read (a serving engine's `guided_json` beside a chat request), and inside an agent's
OpenAPI tool.  Cohere's v1 tools are tools.  Conversation content is never searched for schemas.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import phiscan
from phiscan.detect.analyzer import Analyzer
from phiscan.surfaces.kinds import detect_kind, parts_of
from phiscan.surfaces.loose import loose_schemas

LOOSE = Path(__file__).resolve().parent.parent / "fixtures" / "loose"


@pytest.mark.parametrize(
    ("name", "kind", "pointer", "rule"),
    [
        (
            "intake.arazzo.json",
            "embedded",
            "/workflows/0/inputs/properties/mrn/examples/0",
            "phi-medical-record-number",
        ),
        ("patient.jsonforms.json", "embedded", "/schema/properties/fullName/default", "phi-person-name"),
        (
            "elicitation-create.json",
            "embedded",
            "/params/requestedSchema/properties/memberId/default",
            "phi-health-plan-id",
        ),
        ("guided-json.vllm.json", "request", "/guided_json/properties/ssn/pattern", "phi-ssn"),
        (
            "redact.overlay.json",
            "embedded",
            "/actions/0/update/properties/birthDate/examples/0",
            "phi-date-of-birth",
        ),
        (
            "agent-openapi-tool.json",
            "envelope",
            "/tools/0/openapi/spec/paths/~1appointments/get/parameters/0/example",
            "phi-email-address",
        ),
        (
            "tools.cohere-v1.json",
            "request",
            "/tools/0/parameter_definitions/member_id/description",
            "phi-health-plan-id",
        ),
    ],
)
def test_a_schema_in_any_shape_is_read_and_its_values_found(
    analyzer: Analyzer, name: str, kind: str, pointer: str, rule: str
) -> None:
    path = LOOSE / "dirty" / name
    parts = parts_of(json.loads(path.read_text("utf-8")), str(path))
    assert parts is not None and parts.kind == kind
    report = phiscan.scan_paths([path], analyzer=analyzer)
    assert not report.errors and not report.notes
    assert {(f.pointer, f.rule) for f in report.findings} == {(pointer, rule)}


def test_the_same_shapes_without_values_are_read_and_clean(analyzer: Analyzer) -> None:
    report = phiscan.scan_paths([LOOSE / "clean"], analyzer=analyzer)
    assert report.files_scanned == 7 and not report.findings and not report.notes and not report.errors


def test_an_agent_s_openapi_tool_is_no_openapi_document_but_holds_one() -> None:
    tool = {"type": "openapi", "openapi": {"name": "clinic", "spec": {"openapi": "3.0.1", "paths": {}}}}
    assert detect_kind(tool) != "openapi"
    assert detect_kind(tool["openapi"]["spec"]) == "openapi"


def test_conversation_content_and_ui_layouts_are_not_searched() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "string"}}}
    request = {"model": "m", "messages": [{"role": "user", "content": [{"type": "json", "json": schema}]}]}
    assert loose_schemas(request) == []
    form = {"uischema": {"type": "object", "elements": []}, "data": {"properties": {"x": 1}}}
    assert loose_schemas(form) == []


def test_a_schema_found_once_is_not_searched_again_inside() -> None:
    inner = {"type": "object", "properties": {"b": {"type": "string"}}}
    doc = {"requestedSchema": {"type": "object", "properties": {"a": inner}}}
    assert loose_schemas(doc) == ["/requestedSchema"]


def test_a_data_file_without_a_schema_is_still_no_document(tmp_path: Path, analyzer: Analyzer) -> None:
    path = tmp_path / "records.json"
    path.write_text(json.dumps({"records": [{"type": "visit", "name": "checkup"}]}), "utf-8")
    report = phiscan.scan_paths([path], analyzer=analyzer)
    assert not report.findings and [n.message for n in report.notes] != []
