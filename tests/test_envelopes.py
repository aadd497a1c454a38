"""Requests and tool lists inside an envelope are scanned as themselves: a Message Batches file
(`requests[].params`), an OpenAI Batch line (`body`), a realtime `session.update` (`session.tools`); and AsyncAPI
documents' message payloads as schemas.  A file with no request, tool or schema inside is no document phiscan
knows, however large.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import phiscan
from phiscan.detect.analyzer import Analyzer
from phiscan.surfaces.kinds import detect_kind

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
            "realtime-session.json",
            "envelope",
            {("/session/tools/0/parameters/properties/guardian_name/default", "phi-person-name")},
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


def test_a_request_deeper_than_an_envelope_goes_is_not_looked_for() -> None:
    request = {"model": "m", "messages": [], "tools": []}
    assert detect_kind({"a": {"b": {"c": {"d": request}}}}) == "envelope"
    assert detect_kind({"a": {"b": {"c": {"d": {"e": request}}}}}) is None
