"""Requests and tool lists inside an envelope are scanned as themselves: a Message Batches file
(`requests[].params`), an OpenAI Batch line (`body`) or file of lines (JSON Lines), a realtime `session.update`
(`session.tools`); and AsyncAPI documents' message payloads as schemas.  A file with no request, tool or
schema inside is no document phiscan knows, however large.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import phiscan
from phiscan.detect.analyzer import Analyzer
from phiscan.documents.load import load_path, load_text
from phiscan.surfaces.envelopes import inner_documents
from phiscan.surfaces.kinds import detect_kind, parts_of

ENVELOPES = Path(__file__).resolve().parent.parent / "fixtures" / "envelopes"


def _found(path: Path, analyzer: Analyzer) -> set[tuple[str, str]]:
    report = phiscan.scan_paths([path], analyzer=analyzer)
    assert not report.errors
    return {(f.pointer, f.rule) for f in report.findings}


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        (
            "message-batch.json",
            "envelope",
            {
                ("/requests/0/params/tools/0/input_schema/properties/chart_number/enum/0", "phi-medical-record-number"),
                ("/requests/0/params/tools/0/input_schema/properties/chart_number/enum/1", "phi-medical-record-number"),
                ("/requests/1/params/tools/0", "feature-web-fetch"),  # each request is checked as it is sent
            },
        ),
        ("batch-line.openai.json", "envelope", {("/body/tools/0/function/parameters/properties/ssn/const", "phi-ssn")}),
        (
            "batch-input.openai.jsonl",
            "envelope",
            {("/1/body/tools/0/function/parameters/properties/member_id/enum/0", "phi-health-plan-id")},
        ),
        (
            "realtime-session.json",
            "envelope",
            {("/session/tools/0/parameters/properties/guardian_name/default", "phi-person-name")},
        ),
        (
            # a VS Code extension's language model tools: `modelDescription` is what the model reads (a sentence's
            # period after an IPv6 address ends the sentence, not the address)
            "vscode-extension.package.json",
            "envelope",
            {
                ("/contributes/languageModelTools/0/modelDescription", "phi-ip-address"),
                ("/contributes/languageModelTools/1/modelDescription", "phi-date-of-birth"),  # a tool of no arguments
                (
                    "/contributes/languageModelTools/0/inputSchema/properties/chart_number/enum/0",
                    "phi-medical-record-number",
                ),
            },
        ),
        (
            # voice-agent platforms' HTTP tools: Retell's custom tool beside the agent's built-in ones, and Ultravox's
            # temporary tool, each of whose parameters has its own schema
            "retell-llm.json",
            "envelope",
            {
                ("/general_tools/1/description", "phi-medical-record-number"),
                ("/general_tools/1/parameters/properties/chart_number/enum/0", "phi-medical-record-number"),
            },
        ),
        (
            "ultravox-call.json",
            "envelope",
            {
                ("/selectedTools/1/temporaryTool/modelToolName", "phi-person-name"),
                ("/selectedTools/1/temporaryTool/dynamicParameters/0/schema/default", "phi-person-name"),
            },
        ),
        (
            # Julep's tool: its name and description beside its function, which holds only the parameters
            "julep-agent-tool.json",
            "tool",
            {("/name", "phi-person-name"), ("/description", "phi-medical-record-number")},
        ),
        (
            "claims-events.asyncapi.yaml",
            "asyncapi",
            {
                (
                    "/channels/claims~1submitted/subscribe/message/payload/properties/member_id/examples/0",
                    "phi-health-plan-id",
                ),
                ("/components/schemas/Subscriber/properties/birthDate/const", "phi-date-of-birth"),
            },
        ),
    ],
)
def test_what_an_envelope_carries_is_scanned_where_it_sits(
    analyzer: Analyzer, name: str, kind: str, expected: set[tuple[str, str]]
) -> None:
    assert _found(ENVELOPES / "dirty" / name, analyzer) == expected
    assert _found(ENVELOPES / "clean" / name, analyzer) == set()


def test_a_schema_with_a_name_and_parameters_is_still_walked_as_a_schema(analyzer: Analyzer) -> None:
    # a voice-agent tool's shape (`name`, `type`, `parameters`) must not take a schema's root `properties` unread
    doc = {
        "type": "object",
        "name": "Visit",
        "properties": {"ssn": {"type": "string", "examples": ["478-21-9033"]}},
        "parameters": {"type": "object", "properties": {}},
    }
    assert {f.pointer for f in phiscan.scan_document(doc, analyzer=analyzer).findings} == {"/properties/ssn/examples/0"}


def test_a_retell_custom_tool_without_parameters_is_read(analyzer: Analyzer) -> None:
    tool = {"type": "custom", "name": "find", "description": "Test caller SSN 478-21-9033.", "url": "https://x.example"}
    doc = {"general_tools": [{"type": "end_call", "name": "end_call"}, tool]}
    assert {f.pointer for f in phiscan.scan_document(doc, analyzer=analyzer).findings} == {
        "/general_tools/1/description"
    }


@pytest.mark.parametrize(
    ("doc", "pointer"),
    [
        # a webhook tool under its type's key, its schema under `body_parameters` (as Telnyx's assistants write it)
        (
            {
                "tools": [
                    {
                        "type": "webhook",
                        "webhook": {
                            "name": "lookup_visit",
                            "description": "Looks up a visit. Test caller SSN 478-21-9033.",
                            "url": "https://hooks.example.com/visit",
                            "body_parameters": {"type": "object", "properties": {"visit": {"type": "string"}}},
                        },
                    }
                ]
            },
            "/tools/0/webhook/description",
        ),
        # an agent framework's tool with its `args_schema`, in a list of another name
        (
            {
                "agent": {
                    "skills": [
                        {
                            "name": "find_member",
                            "description": "Finds a member. Test caller SSN 478-21-9033.",
                            "args_schema": {"type": "object", "properties": {"member": {"type": "string"}}},
                        }
                    ]
                }
            },
            "/agent/skills/0/description",
        ),
    ],
)
def test_a_name_a_description_and_a_schema_side_by_side_are_a_tool(
    analyzer: Analyzer, doc: dict[str, object], pointer: str
) -> None:
    found = {(f.pointer, f.surface) for f in phiscan.scan_document(doc, analyzer=analyzer).findings}
    assert found == {(pointer, "tool_description")}


def test_an_mcp_tool_keeps_its_annotations_read() -> None:
    # a name, a description and a schema: also an MCP tool, whose annotations' title only the MCP reading takes
    tool = {
        "name": "close_visit",
        "description": "Closes a visit.",
        "inputSchema": {"type": "object", "properties": {"visit": {"type": "string"}}},
        "annotations": {"title": "Close visit"},
    }
    parts = parts_of({"skills": [tool]}, "x.json")
    assert parts is not None and "/skills/0/annotations/title" in {s.pointer for s in parts.surfaces}


def test_the_kind_of_each_envelope_is_named() -> None:
    batch = {"requests": [{"custom_id": "a", "params": {"model": "m", "messages": [], "tools": []}}]}
    assert detect_kind(batch) == "envelope"
    assert detect_kind({"asyncapi": "3.0.0", "channels": {}}) == "asyncapi"


def test_asyncapi_3_messages_and_operations_are_read(analyzer: Analyzer) -> None:
    doc = {
        "asyncapi": "3.0.0",
        "channels": {
            "visits": {
                "messages": {
                    "VisitBooked": {
                        "payload": {"type": "object", "properties": {"ssn": {"type": "string", "const": "541-23-8876"}}}
                    }
                }
            }
        },
        "operations": {"bookVisit": {"action": "send", "summary": "Book a visit for Tomasz Wieczorek"}},
    }
    report = phiscan.scan_document(doc, analyzer=analyzer)
    assert {(f.pointer, f.entity) for f in report.findings} == {
        ("/channels/visits/messages/VisitBooked/payload/properties/ssn/const", "US_SSN"),
        ("/operations/bookVisit/summary", "PERSON"),
    }


def test_a_data_file_without_requests_is_no_envelope() -> None:
    records = [{"id": i, "values": [{"n": i}, {"m": [i]}]} for i in range(20_000)]
    assert detect_kind(records) is None
    assert detect_kind({"data": records}) is None


def _nested(node: object, keys: str) -> object:
    for key in reversed(keys):
        node = {key: node}
    return node


def test_a_request_deeper_than_an_envelope_goes_is_not_looked_for() -> None:
    # eight levels: a Bedrock AgentCore gateway target keeps its tools at
    # targetConfiguration/mcp/lambda/toolSchema/inlinePayload
    request = {"model": "m", "messages": [], "tools": []}
    assert detect_kind(_nested(request, "abcdefgh")) == "envelope"
    assert detect_kind(_nested(request, "abcdefghi")) is None


def test_a_json_lines_file_is_the_list_of_its_lines_placed_on_their_own_lines(analyzer: Analyzer) -> None:
    path = ENVELOPES / "dirty" / "batch-input.openai.jsonl"
    report = phiscan.scan_paths([path], analyzer=analyzer)
    (finding,) = report.findings
    assert finding.location is not None and finding.location.line == 3  # the blank line counts for lines only


def test_a_broken_json_line_is_an_error_at_its_line_and_column() -> None:
    err = load_text('{"custom_id": "a"}\n{"custom_id": \n', "batch.jsonl")
    assert isinstance(err, phiscan.FileError) and (err.line, err.column) == (2, 15)


def test_every_line_of_a_long_batch_file_is_read(analyzer: Analyzer, tmp_path: Path) -> None:
    line = {"custom_id": "a", "body": {"model": "m", "messages": [], "tools": [{"name": "f", "input_schema": {}}]}}
    lines = [dict(line) for _ in range(12_000)]  # more lines than any cap on containers looked into would allow
    lines[-1] = {**line, "body": {**line["body"], "metadata": {"user_id": "541-23-8876"}}}
    path = tmp_path / "long.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    loaded = load_path(path)
    assert not isinstance(loaded, phiscan.FileError) and len(loaded.data) == 12_000
    report = phiscan.scan_paths([path], analyzer=analyzer)
    assert {f.pointer for f in report.findings if f.kind.value == "phi"} == {"/11999/body/metadata/user_id"}


def test_fix_leaves_a_json_lines_file_alone_with_an_error(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    original = (ENVELOPES / "dirty" / "batch-input.openai.jsonl").read_text(encoding="utf-8")
    path.write_text(original, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "phiscan", "fix", str(path), "--no-cache"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2 and "fixes edit JSON and YAML files only" in done.stderr
    assert path.read_text(encoding="utf-8") == original


def test_a_json_lines_file_is_read_line_by_line_whatever_each_line_is(analyzer: Analyzer, tmp_path: Path) -> None:
    tool = {"name": "lookup", "description": "look up a record", "input_schema": {"type": "object"}}
    line = {"custom_id": "a", "body": {"model": "m", "messages": [], "user": "ines.ferreira@gmail.com"}}
    schema = {"type": "object", "properties": {"ssn": {"type": "string", "const": "541-23-8876"}}}
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in (tool, line, schema)), encoding="utf-8")
    report = phiscan.scan_paths([path], analyzer=analyzer)
    assert {(f.pointer, f.entity) for f in report.findings} >= {
        ("/1/body/user", "EMAIL_ADDRESS"),  # a tool on one line does not make the file a tool list
        ("/2/properties/ssn/const", "US_SSN"),  # nor is a schema on a line skipped
    }


@pytest.mark.parametrize(
    "doc",
    [
        {"threads": [{"user": "test user", "messages": []}]},  # a chat log, not a request: no model
        {"files": [{"contents": "x", "metadata": {"owner": "Robert Brown"}}]},
    ],
)
def test_messages_alone_inside_a_document_are_no_request(doc: dict[str, object]) -> None:
    assert detect_kind(doc) is None


def test_a_yaml_alias_inside_an_envelope_is_walked_once() -> None:
    shared = [{"k": i, "v": [1, 2]} for i in range(2000)]
    doc = {"base": shared, "copies": [shared] * 500}  # what a YAML alias loads to: one list, many references
    asked: list[int] = []

    def wanted(node: object, key: object) -> None:
        asked.append(id(node))

    list(inner_documents(doc, wanted))
    assert len(asked) == len(set(asked)) <= 2 * 2000 + 10


def test_each_request_of_a_batch_gets_its_own_findings(analyzer: Analyzer) -> None:
    lines = [{"custom_id": str(i), "body": {"model": "m", "messages": [], "user": "u-0001"}} for i in range(3)]
    lines[1]["body"]["user"] = "ines.ferreira@gmail.com"
    report = phiscan.scan_document(lines, analyzer=analyzer)
    assert {f.pointer for f in report.findings} == {"/1/body/user"}


def test_a_kind_forced_on_a_list_it_is_not_is_skipped_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text("[1, 2]", encoding="utf-8")
    report = phiscan.scan_paths([path], options=phiscan.ScanOptions(cache=None, kind="asyncapi"))
    assert not report.errors and report.notes


def test_the_lines_of_a_json_lines_file_that_are_no_document_are_counted_in_a_note(tmp_path: Path) -> None:
    request = {"custom_id": "a", "body": {"model": "m", "messages": [], "tools": []}}
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in (request, {"n": 1}, [1, 2])), encoding="utf-8")
    report = phiscan.scan_paths([path], options=phiscan.ScanOptions(cache=None))
    assert [n.message for n in report.notes if n.path.endswith("batch.jsonl")] == [
        "2 of 3 lines: not a JSON Schema, tool definition or request body: skipped"
    ]
