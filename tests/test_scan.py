"""scan_document / scan_paths over the shipped fixtures: every kind, clean and dirty."""

from __future__ import annotations

from pathlib import Path

import pytest

import phiscan
from phiscan.detect.analyzer import Analyzer
from phiscan.types import Exposure, Role, Severity

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
KIND_DIRS = ["schema", "anthropic", "openai", "mcp", "openapi", "gemini", "bedrock"]


def _found(report: phiscan.Report) -> set[tuple[str, str, str, str]]:
    return {(Path(f.path).name, f.pointer, f.surface.value, f.entity) for f in report.findings}


@pytest.mark.parametrize("kind", KIND_DIRS)
def test_clean_fixtures_have_no_findings(kind: str, analyzer: Analyzer) -> None:
    report = phiscan.scan_paths([FIXTURES / kind / "clean"], analyzer=analyzer)
    assert report.files_scanned >= 1
    assert report.findings == ()
    assert report.errors == ()
    assert report.ok


# (file, pointer, surface, entity) that each dirty fixture must report
EXPECTED = {
    "schema": {
        ("consent-form.schema.json", "/properties/johnSmithDob19840312", "property_name", "DATE_OF_BIRTH"),
        ("consent-form.schema.json", "/properties/ssn/const", "const", "US_SSN"),
        ("consent-form.schema.json", "/properties/mrn/pattern", "pattern", "MRN"),
        ("consent-form.schema.json", "/properties/contact_email/description", "description", "EMAIL_ADDRESS"),
        ("consent-form.schema.json", "/properties/vehicle_vin/examples/0", "examples", "VIN"),
        ("consent-form.schema.json", "/definitions/guardian/properties/phone/default", "default", "PHONE_NUMBER"),
        ("consent-form.schema.json", "/properties/notes/$comment", "metadata", "STREET_ADDRESS"),
        ("intake-v4.yaml", "/properties/member_id/const", "const", "HEALTH_PLAN_ID"),
        ("intake-v4.yaml", "/properties/home_zip/enum/0", "enum", "ZIP_CODE"),
        ("intake-v4.yaml", "/properties/client_ip/default", "default", "IP_ADDRESS"),
        ("intake-v4.yaml", "/properties/device_serial/description", "description", "MAC_ADDRESS"),
        ("intake-v4.yaml", "/patternProperties/^125-77-6847$", "pattern_property", "US_SSN"),
    },
    "anthropic": {
        ("single-tool.yaml", "/name", "tool_name", "US_SSN"),
        ("tools.json", "/0/description", "tool_description", "DATE_OF_BIRTH"),
        ("tools.json", "/0/input_schema/properties/chart_number/enum/0", "enum", "MRN"),
        ("tools.json", "/0/input_schema/properties/api_key/const", "const", "STRIPE_KEY"),
        ("tools.json", "/1/description", "tool_description", "PHONE_NUMBER"),
    },
    "openai": {
        ("chat-tools.json", "/0/function/name", "tool_name", "PHONE_NUMBER"),
        (
            "chat-tools.json",
            "/0/function/parameters/properties/patricio_luna_dob_1997_02_09",
            "property_name",
            "DATE_OF_BIRTH",
        ),
        ("chat-tools.json", "/0/function/parameters/properties/card/const", "const", "CREDIT_CARD"),
        (
            "response-format.request.json",
            "/response_format/json_schema/schema/properties/home_phone/pattern",
            "pattern",
            "PHONE_NUMBER",
        ),
        (
            "response-format.request.json",
            "/response_format/json_schema/schema/properties/homepage/enum/0",
            "enum",
            "URL",
        ),
        ("responses-text-format.request.json", "/tools/0/name", "tool_name", "VIN"),
        (
            "responses-text-format.request.json",
            "/text/format/schema/properties/last_login_ip/const",
            "const",
            "IP_ADDRESS",
        ),
    },
    "mcp": {
        ("tools-list.json", "/result/tools/0/name", "tool_name", "DEVICE_ID"),
        ("tools-list.json", "/result/tools/0/inputSchema/properties/imei/enum/0", "enum", "IMEI"),
        ("tools-list.json", "/result/tools/0/outputSchema/properties/owner_email/default", "default", "EMAIL_ADDRESS"),
        ("tools-list.json", "/result/tools/0/annotations/title", "metadata", "IMEI"),
        ("single-tool.json", "/inputSchema/properties/zip/const", "const", "ZIP_CODE"),
    },
    "openapi": {
        ("api.yaml", "/paths/~1claims/post/parameters/0/example", "examples", "HEALTH_PLAN_ID"),
        (
            "api.yaml",
            "/paths/~1claims/post/requestBody/content/application~1json/schema/properties/account_number/default",
            "default",
            "ACCOUNT_NUMBER",
        ),
        (
            "api.yaml",
            "/components/schemas/Subscriber/properties/drivers_license/examples/0",
            "examples",
            "US_DRIVER_LICENSE",
        ),
        ("api.yaml", "/components/schemas/Subscriber/properties/mailing_address/default", "default", "STREET_ADDRESS"),
    },
    "gemini": {
        ("request.json", "/generationConfig/responseJsonSchema/properties/ssn/enum/0", "enum", "US_SSN"),
        ("request.json", "/tools/0/functionDeclarations/0/description", "tool_description", "MRN"),
        # the SDKs' snake_case spelling of the same request
        (
            "sdk-request.json",
            "/tools/0/function_declarations/0/parameters_json_schema/properties/patient/enum/0",
            "enum",
            "PERSON",
        ),
        ("sdk-request.json", "/generation_config/response_json_schema/properties/chart/const", "const", "MRN"),
        # a bare list of function declarations, as a `tools` entry holds them
        ("declarations.json", "/0/parameters/properties/ssn/enum/0", "enum", "US_SSN"),
    },
    "bedrock": {
        ("converse-request.json", "/toolConfig/tools/0/toolSpec/description", "tool_description", "MRN"),
        (
            "converse-request.json",
            "/toolConfig/tools/0/toolSpec/inputSchema/json/properties/patient/enum/1",
            "enum",
            "PERSON",
        ),
        ("converse-request.json", "/requestMetadata/patient", "metadata", "EMAIL_ADDRESS"),  # kept in logs
        # an agent action group's function details: parameters are a name -> detail map, not a schema
        ("action-group.json", "/functionSchema/functions/0/parameters/ssn/description", "description", "US_SSN"),
    },
}


@pytest.mark.parametrize("kind", KIND_DIRS)
def test_dirty_fixtures_report_each_planted_value(kind: str, analyzer: Analyzer) -> None:
    report = phiscan.scan_paths([FIXTURES / kind / "dirty"], analyzer=analyzer)
    missing = EXPECTED[kind] - _found(report)
    assert not missing
    assert not report.ok and report.exit_code == 1


def test_names_are_found_in_values_titles_and_identifiers(analyzer: Analyzer) -> None:
    report = phiscan.scan_paths(
        [FIXTURES / "schema" / "dirty", FIXTURES / "anthropic" / "dirty", FIXTURES / "openai" / "dirty"],
        analyzer=analyzer,
    )
    people = {(Path(f.path).name, f.pointer) for f in report.findings if f.entity == "PERSON"}
    assert ("consent-form.schema.json", "/title") in people
    assert ("consent-form.schema.json", "/definitions/guardian/properties/name/enum/0") in people
    assert ("consent-form.schema.json", "/properties/johnSmithDob19840312") in people
    assert ("single-tool.yaml", "/input_schema/properties/subscriber_name/enum/1") in people
    assert ("tools.json", "/0/name") in people
    assert ("chat-tools.json", "/0/function/parameters/properties/patricio_luna_dob_1997_02_09") in people


def test_severity_follows_where_the_text_travels(analyzer: Analyzer) -> None:
    report = phiscan.scan_paths([FIXTURES / "anthropic" / "dirty" / "tools.json"], analyzer=analyzer)
    by_pointer = {f.pointer: f for f in report.findings}
    enum = by_pointer["/0/input_schema/properties/chart_number/enum/0"]
    assert (enum.severity, enum.exposure) == (Severity.HIGH, Exposure.SCHEMA_CACHE)  # strict tool, grammar role
    prompt = by_pointer["/1/description"]
    assert (prompt.severity, prompt.exposure) == (Severity.LOW, Exposure.PROMPT)  # non-strict tool


def test_scan_document_takes_a_dict_in_memory(analyzer: Analyzer) -> None:
    body = {"type": "object", "properties": {"ssn": {"type": "string", "const": "078-05-1122"}}}
    report = phiscan.scan_document(body, analyzer=analyzer)
    assert [(f.pointer, f.surface, f.entity) for f in report.findings] == [
        ("/properties/ssn/const", Role.CONST, "US_SSN")
    ]
    with pytest.raises(phiscan.FindingsError) as err:
        report.raise_for_findings()
    assert "078-05-1122" not in str(err.value)
    assert "/properties/ssn/const" in str(err.value)


def test_scan_document_takes_a_pydantic_model(analyzer: Analyzer) -> None:
    from typing import Literal

    from pydantic import BaseModel, Field

    class Intake(BaseModel):
        guardian: Literal["Ryan Davis", "Leanne Cooper"]
        ssn: str = Field(pattern=r"^\d{3}-\d{2}-\d{4}$")

    report = phiscan.scan_document(Intake, analyzer=analyzer)
    assert {f.pointer for f in report.findings} == {"/properties/guardian/enum/0", "/properties/guardian/enum/1"}


def test_a_clean_document_is_ok(analyzer: Analyzer) -> None:
    report = phiscan.scan_document({"type": "object", "properties": {"ssn": {"type": "string"}}}, analyzer=analyzer)
    assert report.ok and report.exit_code == 0
    report.raise_for_findings()


def test_unknown_documents_are_skipped_with_a_note(analyzer: Analyzer) -> None:
    report = phiscan.scan_paths([FIXTURES / "broken" / "not-a-schema.yaml"], analyzer=analyzer)
    assert report.findings == () and report.errors == ()
    assert [n.message for n in report.notes] == ["not a JSON Schema, tool definition or request body: skipped"]
    assert report.exit_code == 0


def test_kind_can_be_forced(analyzer: Analyzer) -> None:
    with pytest.raises(phiscan.ConfigError, match="unknown kind"):
        phiscan.scan_document({}, options=phiscan.ScanOptions(kind="nonsense"), analyzer=analyzer)
    report = phiscan.scan_document(
        {"enum": ["Ross Adams"]}, options=phiscan.ScanOptions(kind="schema"), analyzer=analyzer
    )
    assert [f.pointer for f in report.findings] == ["/enum/0"]


def test_file_names_are_scanned(tmp_path: Path, analyzer: Analyzer) -> None:
    f = tmp_path / "patient_322-14-2585.tools.json"
    f.write_text('[{"name": "noop", "input_schema": {"type": "object"}}]')
    report = phiscan.scan_paths([f], analyzer=analyzer)
    assert [(f.pointer, f.surface, f.entity, f.severity) for f in report.findings] == [
        ("", Role.FILE_NAME, "US_SSN", Severity.MEDIUM)
    ]
