"""A schema is read wherever a document keeps it: in shapes phiscan has no kind for (an Arazzo workflow's
inputs, a JSON Forms definition, an MCP `elicitation/create` request, an OpenAPI Overlay's updates), in the
parts a known kind does not read (a serving engine's `guided_json` beside a chat request), and inside an agent's
OpenAPI tool.  Cohere's v1 tools are tools, and so are tools inside wrappers or deep in a configuration, an
A2A Agent Card's skills, a Semantic Kernel plugin's functions, an OpenAI Agents SDK agent's tools and a Google
Discovery document's methods.  An agent platform's action names and describes its schema under keys of its own, a
tool's parameters may be a map of name -> schema (smolagents) or a list of parameter records (Dify): each is read.
Conversation content is never searched for schemas.

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
            "request",
            "/tools/0/openapi/spec/paths/~1appointments/get/parameters/0/example",
            "phi-email-address",
        ),
        (
            "tools.cohere-v1.json",
            "request",
            "/tools/0/parameter_definitions/member_id/description",
            "phi-health-plan-id",
        ),
        # tools in wrappers (Haystack's `{"type": ..., "data": tool}`) and deep in a gateway target's
        # configuration are read as tools: their names and descriptions too
        ("tool-invoker.haystack.json", "envelope", "/init_parameters/tools/0/data/description", "phi-email-address"),
        (
            "gateway-target.agentcore.json",
            "envelope",
            "/targetConfiguration/mcp/lambda/toolSchema/inlinePayload/0/name",
            "phi-health-plan-id",
        ),
        # what agents offer their models: an A2A card's skills, a Semantic Kernel plugin's functions, an OpenAI
        # Agents SDK agent's tools, a Discovery document's methods, a Swagger 2.0 connector's inline parameters
        ("scheduler.a2a-card.json", "a2a-card", "/skills/0/examples/1", "phi-email-address"),
        ("plugin.semantic-kernel.json", "sk-plugin", "/functions/0/parameters/0/defaultValue", "phi-ssn"),
        (
            "agent.openai-agents.json",
            "mcp-tools",
            "/tools/0/params_json_schema/properties/member_id/examples/0",
            "phi-health-plan-id",
        ),
        (
            "clinic.discovery.json",
            "discovery",
            "/resources/patients/methods/visits/parameters/chartNumber/default",
            "phi-medical-record-number",
        ),
        ("connector.swagger2.json", "openapi", "/paths/~1patients/get/parameters/0/default", "phi-date-of-birth"),
        # a JSON-RPC API's OpenRPC description, the Vercel AI SDK's map of tools, a LlamaIndex tool's metadata
        ("billing.openrpc.json", "openrpc", "/methods/0/params/1/schema/default", "phi-account-number"),
        ("chat.ai-sdk.json", "request", "/tools/bookSlot/description", "phi-email-address"),
        ("lookup.llamaindex.json", "tool", "/fn_schema/properties/member_id/examples/0", "phi-health-plan-id"),
        # an Azure Logic Apps workflow names its own schema in `$schema`: read whole, and its trigger's schema as one
        (
            "intake.logic-app.json",
            "embedded",
            "/definition/triggers/manual/inputs/schema/patternProperties/^contact[_:]?dolores.ibarra@gmail\\.com$",
            "phi-email-address",
        ),
        ("coverage.smolagents-tool.json", "embedded", "/inputs/date_of_birth/default", "phi-date-of-birth"),
        ("reschedule.agent-action.json", "embedded", "/actions/0/description", "phi-email-address"),
        ("chart.dify-tool.json", "embedded", "/parameters/0/llm_description", "phi-medical-record-number"),
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
    assert report.files_scanned == 21 and not report.findings and not report.notes and not report.errors


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


def test_an_unquoted_yaml_version_is_still_an_openapi_document(tmp_path: Path, analyzer: Analyzer) -> None:
    path = tmp_path / "api.yaml"
    path.write_text("swagger: 2.0\ninfo:\n  title: t\n  x-sample: Rosa Garcia, SSN 536-22-8117\npaths: {}\n", "utf-8")
    assert detect_kind(phiscan.documents.load.load_path(path).data) == "openapi"
    assert {f.pointer for f in phiscan.scan_paths([path], analyzer=analyzer).findings} == {"/info/x-sample"}


def test_a_key_no_openapi_version_defines_is_still_read(analyzer: Analyzer) -> None:
    # (an OpenAPI document's own fields are read as the specification places them; content elsewhere is not passed over)
    doc = {
        "openapi": "3.0.2",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "description": "Escalations: call +2348021530942.",
        "properties": {"tel": {"type": "string", "examples": ["+2348021530942"]}},
    }
    pointers = {f.pointer for f in phiscan.scan_document(doc, analyzer=analyzer).findings}
    assert pointers == {"/description", "/properties/tel/examples/0"}


def test_a_request_holding_an_agent_tool_is_still_checked_as_a_request(analyzer: Analyzer) -> None:
    tool = {"type": "openapi", "openapi": {"name": "c", "spec": {"openapi": "3.0.1", "info": {}, "paths": {}}}}
    edits = {"edits": [{"type": "clear_tool_uses_20250919"}]}
    request = {"model": "claude-sonnet-4-5", "context_management": edits, "messages": [], "tools": [tool]}
    assert parts_of(request, "r.json").kind == "request"
    assert "feature-context-management" in {f.rule for f in phiscan.scan_document(request, analyzer=analyzer).findings}


def test_what_a_kind_read_as_text_is_not_read_again_as_a_schema(analyzer: Analyzer) -> None:
    example = {"properties": {"patient": {"type": "string", "default": "Rosa Garcia"}}}
    doc = {"openapi": "3.0.3", "info": {}, "paths": {}, "x-sample": example}
    findings = phiscan.scan_document(doc, analyzer=analyzer).findings
    assert len(findings) == len({f.pointer for f in findings}) == 1


def test_records_whose_properties_are_typed_as_data_are_no_schema() -> None:
    page = {"results": [{"properties": {"Name": {"type": "title", "title": []}, "DOB": {"type": "date"}}}]}
    assert loose_schemas(page) == [] and parts_of(page, "p.json") is None
    holder = {"prompt": {"output_schema": {"type": "object", "properties": {"a": {"type": "string"}}}}}
    assert loose_schemas(holder) == ["/prompt/output_schema"]


def test_a_forced_kind_still_reads_what_it_leaves(analyzer: Analyzer) -> None:
    path = LOOSE / "dirty" / "guided-json.vllm.json"
    parts = parts_of(json.loads(path.read_text("utf-8")), str(path), "request")
    assert parts is not None and [r.pointer for r in parts.roots] == ["/guided_json"]
    assert parts_of(42, "x.json", "embedded") is None


def test_properties_without_a_type_count_when_they_are_schemas_and_data_types_do_not() -> None:
    update = {"actions": [{"update": {"properties": {"a": {"$ref": "#/x"}, "b": {"anyOf": [{"type": "string"}]}}}}]}
    assert loose_schemas(update) == ["/actions/0/update"]
    assert loose_schemas({"results": [{"properties": {"Name": {"type": "title"}, "x": {"$ref": "y"}}}]}) == []


@pytest.mark.parametrize(
    "doc",
    [
        {
            "llm": {
                "response_schema": {"type": "OBJECT", "properties": {"n": {"type": "STRING", "example": "Rosa Garcia"}}}
            }
        },
        {
            "pipeline": {
                "output_schema": {"properties": {"n": {"example": "Rosa Garcia"}, "notes": {"description": "x"}}}
            }
        },
    ],
)
def test_gemini_s_capital_types_and_untyped_properties_are_still_schemas(analyzer: Analyzer, doc: dict) -> None:
    assert {f.entity for f in phiscan.scan_document(doc, analyzer=analyzer).findings} == {"PERSON"}


def test_a_request_inside_a_request_is_checked_for_its_features_too(analyzer: Analyzer) -> None:
    tools = [{"type": "code_execution_20250825", "name": "code_execution"}]
    inner = {"model": "claude-sonnet-4-5", "messages": [{"role": "user", "content": "x"}], "tools": tools}
    doc = {"messages": [{"role": "user", "content": "x"}], "params": inner}
    rules = {(f.pointer, f.rule) for f in phiscan.scan_document(doc, analyzer=analyzer).findings}
    assert ("/params/tools/0", "feature-code-execution") in rules


def test_a_list_of_tools_without_schemas_is_still_read_as_tools(analyzer: Analyzer) -> None:
    # a Responses-style function tool without parameters, and an MCP tool without an input schema
    for tool in (
        {"type": "function", "name": "notify_odalys_brennan", "description": "Text the patient."},
        {"name": "notify_odalys_brennan", "description": "Text the patient."},
    ):
        doc = {"tools": [tool]}
        assert parts_of(doc, "t.json").kind == "mcp-tools"
        assert {f.pointer for f in phiscan.scan_document(doc, analyzer=analyzer).findings} == {"/tools/0/name"}


def test_an_agent_s_openapi_and_function_tools_name_and_describe_themselves(analyzer: Analyzer) -> None:
    # Azure AI agents: the name and description of an OpenAPI tool and of an Azure Function reach the model
    spec = {"openapi": "3.0.1", "info": {"title": "c", "version": "1"}, "paths": {}}
    openapi = {"name": "clinic", "description": "Front desk: odalys.bq@fastmail.com", "spec": spec}
    function = {"name": "lookup", "description": "Look up a visit.", "parameters": {"type": "object"}}
    tools = [
        {"type": "openapi", "openapi": openapi},
        {"type": "azure_function", "azure_function": {"function": function}},
    ]
    agent = {"model": "gpt-4o", "instructions": "Answer scheduling questions.", "tools": tools}
    parts = parts_of(agent, "agent.json")
    assert parts is not None and parts.kind == "request"
    assert {s.pointer for s in parts.surfaces} >= {"/tools/0/openapi/name", "/tools/1/azure_function/function/name"}
    assert [r.pointer for r in parts.roots] == ["/tools/1/azure_function/function/parameters"]
    findings = phiscan.scan_document(agent, analyzer=analyzer).findings
    assert {(f.pointer, f.rule) for f in findings} == {("/tools/0/openapi/description", "phi-email-address")}


def test_every_surface_of_an_agent_card_and_a_plugin_reaches_the_model() -> None:
    card = json.loads((LOOSE / "clean" / "scheduler.a2a-card.json").read_text("utf-8"))
    parts = parts_of(card, "card.json")
    assert parts is not None
    roles = {(s.pointer, s.role.value) for s in parts.surfaces}
    assert {
        ("/name", "tool_name"),
        ("/skills/1/id", "tool_name"),
        ("/skills/0/description", "tool_description"),
    } <= roles
    assert ("/skills/0/examples/0", "examples") in roles and ("/skills/0/tags/0", "metadata") in roles
    plugin = json.loads((LOOSE / "clean" / "plugin.semantic-kernel.json").read_text("utf-8"))
    parts = parts_of(plugin, "plugin.json")
    assert parts is not None and [r.pointer for r in parts.roots] == [
        "/functions/0/parameters/0/schema",
        "/functions/0/returnParameter/schema",
    ]


def test_nested_discovery_resources_are_read_at_any_depth() -> None:
    method = {"id": "m", "description": "Mail rosa.garcia@gmail.com", "parameters": {}}
    deep: dict[str, object] = {"methods": {"m": method}}
    for _ in range(200):  # 400 levels, under max_depth (512): every one read
        deep = {"resources": {"r": deep}}
    doc = {"kind": "discovery#restDescription", "discoveryVersion": "v1", **deep}
    assert detect_kind(doc) == "discovery"
    pointer = "/resources/r" * 200 + "/methods/m/description"
    assert [f.pointer for f in phiscan.scan_document(doc).findings] == [pointer]


def test_every_part_of_an_openrpc_method_and_an_ai_sdk_call_is_read() -> None:
    rpc = json.loads((LOOSE / "clean" / "billing.openrpc.json").read_text("utf-8"))
    parts = parts_of(rpc, "rpc.json")
    assert parts is not None
    roles = {(s.pointer, s.role.value) for s in parts.surfaces}
    assert {
        ("/methods/0/name", "tool_name"),
        ("/methods/0/summary", "tool_description"),
        ("/methods/0/params/1/name", "property_name"),
        ("/methods/0/params/1/description", "description"),
        ("/methods/0/examples/0/params/0/value", "examples"),
        ("/components/contentDescriptors/Visit/name", "property_name"),
    } <= roles
    assert {r.pointer for r in parts.roots} == {
        "/methods/0/params/1/schema",
        "/methods/0/result/schema",
        "/components/contentDescriptors/Visit/schema",
        "/components/schemas/Statement",
    }
    call = {  # the AI SDK's provider call options: the prompt, a tool list and a JSON response format
        "prompt": [{"role": "user", "content": [{"type": "text", "text": "Summarise the visit."}]}],
        "tools": [{"type": "function", "name": "summarise", "inputSchema": {"type": "object", "properties": {}}}],
        "responseFormat": {
            "type": "json",
            "name": "visit_summary",
            "schema": {"type": "object", "properties": {"mrn": {"type": "string", "const": "MRN-7730411"}}},
        },
    }
    assert detect_kind(call) == "request"
    assert [(f.pointer, f.rule) for f in phiscan.scan_document(call).findings] == [
        ("/responseFormat/schema/properties/mrn/const", "phi-medical-record-number")
    ]


def test_an_openrpc_example_s_value_is_read_under_its_parameter_s_name_and_errors_are_read() -> None:
    example = {"name": "x", "params": [{"name": "start_date", "value": "1999-03-15"}]}
    method = {"name": "list_trades", "params": [{"name": "start_date", "schema": {"type": "string"}}]}
    doc = {"openrpc": "1.3.2", "methods": [{**method, "examples": [example]}]}
    assert phiscan.scan_document(doc).findings == ()  # a start date, not a birth date
    errors = [{"code": 1, "message": "Not found", "data": {"ssn": "536-22-8146"}}]
    doc = {"openrpc": "1.3.2", "methods": [{"name": "m", "params": [], "errors": errors}]}
    assert [(f.pointer, f.rule) for f in phiscan.scan_document(doc).findings] == [
        ("/methods/0/errors/0/data/ssn", "phi-ssn")
    ]


def test_a_file_s_name_in_an_ai_sdk_prompt_is_read_as_in_messages() -> None:
    part = {"type": "file", "filename": "garcia_rosa_19570423_labs.pdf", "mediaType": "application/pdf", "data": "x"}
    call = {"prompt": [{"role": "user", "content": [part]}], "tools": []}
    found = {(f.pointer, f.entity) for f in phiscan.scan_document(call).findings}
    assert ("/prompt/0/content/0/filename", "DATE_OF_BIRTH") in found


def test_a_document_under_its_own_schema_s_address_is_read_whole_with_the_schemas_it_holds(
    tmp_path: Path, analyzer: Analyzer
) -> None:
    workflow = json.loads((LOOSE / "dirty" / "intake.logic-app.json").read_text("utf-8"))
    workflow["definition"]["actions"]["Response"]["inputs"]["body"] = {"To": "rosa.ortiz@gmail.com"}
    path = tmp_path / "intake.json"
    path.write_text(json.dumps(workflow), "utf-8")
    found = {(f.pointer.rsplit("/", 1)[-1], f.entity) for f in phiscan.scan_paths([path], analyzer=analyzer).findings}
    assert found == {("To", "EMAIL_ADDRESS"), ("^contact[_:]?dolores.ibarra@gmail\\.com$", "EMAIL_ADDRESS")}


def test_the_name_and_description_beside_a_schema_in_an_unknown_shape_are_its_tool_s() -> None:
    # an agent platform's action keeps its tool's name and description under keys of its own, beside the schema
    # or one level above it; the platform sends them to the model as the tool's
    schema = {"type": "object", "properties": {"q": {"type": "string"}}}
    action = {
        "apiName": "refill_for_odalys_brennan",
        "masterLabel": "Refill",
        "summary": "Refills a prescription.",
        "version": "3",
        "input": {"schema": schema},
    }
    parts = parts_of({"actions": [action]}, "actions.json")
    assert parts is not None and parts.kind == "embedded"
    roles = {(s.pointer, s.role.value) for s in parts.surfaces}
    assert roles == {
        ("/actions/0/apiName", "tool_name"),
        ("/actions/0/masterLabel", "tool_name"),
        ("/actions/0/summary", "tool_description"),
    }
    assert [r.pointer for r in parts.roots] == ["/actions/0/input/schema"]


def test_a_holder_s_texts_are_read_once_and_not_past_its_holder() -> None:
    schema = {"type": "object", "properties": {"q": {"type": "string"}}}
    # a list's members are not its holder's words, and two schemas in one holder read its name once
    doc = {"name": "workflow", "steps": [{"toolName": "lookup", "args": schema, "result": {"json_schema": schema}}]}
    parts = parts_of(doc, "w.json")
    assert parts is not None
    assert [(s.pointer, s.role.value) for s in parts.surfaces] == [("/steps/0/toolName", "tool_name")]


def test_a_person_in_an_unknown_action_s_name_or_description_is_found(analyzer: Analyzer) -> None:
    schema = {"type": "object", "properties": {"q": {"type": "string"}}}
    action = {"developerName": "Lookup_Odalys_Brennan", "description": "Chart of Odalys Brennan.", "inputs": schema}
    findings = phiscan.scan_document({"agent": {"actions": [action]}}, analyzer=analyzer).findings
    assert {(f.pointer, f.entity) for f in findings} == {
        ("/agent/actions/0/developerName", "PERSON"),
        ("/agent/actions/0/description", "PERSON"),
    }


def test_a_tool_s_parameters_written_as_a_map_of_schemas_are_read_as_properties(analyzer: Analyzer) -> None:
    # smolagents' `inputs`: name -> {type, description}, no object schema around it; each member is a schema
    tool = {
        "name": "chart_lookup",
        "description": "Finds a chart.",
        "inputs": {
            "mrn": {"type": "string", "const": "48213975"},
            "odalys_brennan": {"type": "string", "description": "Whose chart."},
        },
        "output_type": "string",
    }
    parts = parts_of([tool], "tools.json")
    assert parts is not None and parts.kind == "embedded"
    assert [r.pointer for r in parts.roots] == ["/0/inputs/mrn", "/0/inputs/odalys_brennan"]
    findings = phiscan.scan_document([tool], analyzer=analyzer).findings
    assert {(f.pointer, f.entity) for f in findings} == {
        ("/0/inputs/mrn/const", "MRN"),
        ("/0/inputs/odalys_brennan", "PERSON"),
    }


@pytest.mark.parametrize(
    "doc",
    [
        {"inputs": {"a": {"type": "string"}, "b": {"default": "x"}}},  # a member with no type: no map of schemas
        {"inputs": {"a": {"type": "list(string)"}}},  # Terraform's types, not a schema's
        {"outputs": {"a": {"type": "string"}}},  # not a tool's parameters
        {"inputs": {"type": "object", "properties": {}}},  # a schema itself, read as one
        {"inputs": {"schema": {"type": "object"}}},  # a schema's holder (a Logic Apps trigger's)
        {"parameters": {"adminUser": {"type": "string", "defaultValue": "x"}}},  # an ARM template's: no tool's
    ],
)
def test_what_is_no_map_of_parameter_schemas(doc: dict) -> None:
    from phiscan.surfaces.loose import parameter_map

    assert not parameter_map(doc[next(iter(doc))], next(iter(doc)))


def test_a_parameter_map_a_kind_read_already_is_not_read_again() -> None:
    # a Bedrock agent's function parameters: read by its kind as names and descriptions, once
    doc = {"functionSchema": {"functions": [{"name": "get", "parameters": {"memberId": {"type": "string"}}}]}}
    parts = parts_of(doc, "agent.json")
    assert parts is not None
    pointers = [s.pointer for s in parts.surfaces]
    assert len(pointers) == len(set(pointers)) and not parts.roots


@pytest.mark.parametrize(
    "doc",
    [
        # a key naming another thing's name (a facility's, an owner's, a font's) is no tool's
        {"site": {"facilityName": "Odalys Brennan Clinic", "ownerName": "x", "schema": {"type": "object"}}},
        # a holder that does more than wrap the schema: a manifest's top-level description is the package's
        {"description": "By Odalys Brennan", "contributes": {"configuration": {"properties": {"a": {"type": "null"}}}}},
        # a prompt's instructions are content, wherever a schema sits; a request's cache key is no tool's name
        {"agent": {"instructions": "Help Odalys Brennan.", "output_type": {"schema": {"type": "object"}}}},
        {"prompt_cache_key": "odalys-brennan", "guided": {"json_schema": {"type": "object"}}},
    ],
)
def test_a_holder_s_other_words_are_not_read_as_a_tool_s(doc: dict) -> None:
    parts = parts_of(doc, "d.json")
    assert parts is not None and not parts.surfaces


def test_a_tool_s_parameters_written_as_records_are_read_as_a_schema_s_are() -> None:
    records = [
        {"name": "odalys_brennan", "type": "string", "llm_description": "Whose chart.", "default": "x"},
        {"key": "clinic", "type": "select", "options": [{"value": "north", "label": {"en_US": "North"}}]},
    ]
    parts = parts_of({"name": "lookup", "inputs": records}, "tool.json")
    assert parts is not None and parts.kind == "embedded"
    assert {(s.pointer, s.role.value) for s in parts.surfaces} == {
        ("/inputs/0/name", "property_name"),
        ("/inputs/0/llm_description", "description"),
        ("/inputs/0/default", "default"),
        ("/inputs/1/key", "property_name"),
        ("/inputs/1/options/0/value", "enum"),
        ("/inputs/1/options/0/label/en_US", "enum"),
        ("/name", "tool_name"),
    }


@pytest.mark.parametrize(
    "records",
    [
        [{"name": "id", "in": "path", "type": "string"}],  # an OpenAPI (Swagger 2) parameter, its kind's to read
        [{"name": "id", "type": {"kind": "SCALAR"}}],  # a GraphQL argument: its type is no text
        [{"name": "adminUser", "type": "string", "defaultValue": "x"}],  # a deployment template's
        [{"name": "a", "type": "string"}, {"value": "b"}],  # a record without a name and a type
        [{"name": "visits", "type": "INTEGER", "mode": "NULLABLE"}],  # a BigQuery column
        [{"name": "q", "type": "object", "properties": {}}],  # a schema itself, searched as one
    ],
)
def test_what_is_no_list_of_parameter_records(records: list[dict]) -> None:
    from phiscan.surfaces.paramlists import parameter_list

    assert not parameter_list(records, "parameters")


@pytest.mark.parametrize(
    "doc",
    [
        # a pipeline's parameters (Azure DevOps), a task runner's inputs (VS Code), a data record's fields (Avro)
        {"trigger": ["main"], "parameters": [{"name": "notify", "type": "string", "displayName": "Odalys Brennan"}]},
        {"version": "2.0.0", "tasks": [], "inputs": [{"id": "who", "type": "promptString", "description": "x"}]},
        {"type": "record", "name": "Visit", "fields": [{"name": "odalys_brennan", "type": "string"}]},
        # records with no tool's name or description beside them, and none an LLM's
        {"config": {"params": [{"name": "odalys_brennan", "type": "string"}]}},
    ],
)
def test_parameter_records_of_no_tool_are_not_read(doc: dict) -> None:
    assert parts_of(doc, "d.json") is None  # no document of a known kind: skipped with a note, not passed as read


def test_a_schema_a_parameter_record_holds_is_still_walked(analyzer: Analyzer) -> None:
    schema = {"type": "object", "properties": {"mrn": {"type": "string", "default": "MRN-40718823"}}}
    doc = {"name": "lookup", "parameters": [{"name": "patient", "type": "object", "config": {"schema": schema}}]}
    findings = phiscan.scan_document(doc, analyzer=analyzer).findings
    assert {(f.pointer, f.entity) for f in findings} == {("/parameters/0/config/schema/properties/mrn/default", "MRN")}


@pytest.mark.parametrize(
    "doc",
    [
        # a workflow's dispatch inputs and a runbook's parameters: maps of typed members, but no tool's
        {"on": {"workflow_dispatch": {"inputs": {"who": {"type": "string", "description": "x"}}}}},
        {"schemaVersion": "2.2", "parameters": {"who": {"type": "String"}}, "mainSteps": []},
    ],
)
def test_a_parameter_map_of_no_tool_is_no_document(doc: dict) -> None:
    assert parts_of(doc, "d.json") is None


def test_a_parameter_named_for_a_schema_is_still_a_parameter(analyzer: Analyzer) -> None:
    tool = {
        "name": "q",
        "description": "Query.",
        "inputs": {"db_schema": {"type": "string"}, "mrn": {"type": "string"}},
    }
    tool["inputs"]["mrn"]["default"] = "40718823"
    findings = phiscan.scan_document(tool, analyzer=analyzer).findings
    assert {(f.pointer, f.entity) for f in findings} == {("/inputs/mrn/default", "MRN")}


def test_a_schema_s_own_keywords_are_no_tool_s_name() -> None:
    doc = {"$id": "https://example.org/odalys-brennan", "action": {"toolName": "x", "schema": {"type": "object"}}}
    parts = parts_of(doc, "d.json")
    assert parts is not None and [s.pointer for s in parts.surfaces] == ["/action/toolName"]


def test_an_embedded_kind_forced_reads_each_schema_once() -> None:
    inner = {"type": "object", "properties": {"ssn": {"type": "string"}}}
    doc = {"name": "lookup", "params": [{"name": "x", "type": "object", "config": inner}]}
    parts = parts_of(doc, "x.json", "embedded")
    assert parts is not None and [r.pointer for r in parts.roots] == ["/params/0/config"]


def test_the_schemas_inside_a_map_of_no_tool_are_still_walked(analyzer: Analyzer) -> None:
    # an Arazzo document's `components.inputs`: a map of named object schemas, no tool beside it
    inputs = {"Visit": {"type": "object", "properties": {"mrn": {"type": "string", "default": "MRN-40718823"}}}}
    doc = {"arazzo": "1.0.1", "components": {"inputs": inputs}}
    parts = parts_of(doc, "a.json")
    assert parts is not None and [r.pointer for r in parts.roots] == ["/components/inputs/Visit"]
    findings = phiscan.scan_document(doc, analyzer=analyzer).findings
    assert {(f.pointer, f.entity) for f in findings} == {("/components/inputs/Visit/properties/mrn/default", "MRN")}
