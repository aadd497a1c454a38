"""Bounded work and no leaks: what a hostile file or a careless caller can make phiscan do or say.

Time and memory are measured in bench/hostile.py, never here: these tests pin behaviour (what is found,
how many findings, that output stays a small multiple of the input, that no value reaches a log).
"""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import phiscan
from phiscan import ScanOptions, scan_document
from phiscan.detect.analyzer import Analyzer
from phiscan.detect.presidio import bounded_email_recognizer
from phiscan.documents.load import Limits
from phiscan.errors import FindingsError
from phiscan.policy.decide import MAX_PER_RULE
from phiscan.report import FORMATS, reporter

from .conftest import NAME, SSN, assert_no_leak

# long text: read in windows, found wherever it sits


def test_values_are_found_across_a_long_description_and_at_window_edges(analyzer: Analyzer) -> None:
    filler = "The clinic opens at nine and closes at five on weekdays. "
    text = ""
    planted = []
    for i in range(80):  # values land at every offset modulo the window, some across a window's edge
        text += filler * (i % 7 + 1)
        ssn = f"078-05-{1130 + i:04d}"  # 078-05-1120 itself is the famous fake, rightly ignored
        planted.append(ssn)
        text += f"SSN {ssn}. "
    assert len(text) > 10_000
    report = scan_document(
        {"type": "string", "description": text}, options=ScanOptions(policy=_show()), analyzer=analyzer
    )
    found = {f.value for f in report.findings if f.rule == "phi-ssn"}
    ssn_findings = [f for f in report.findings if f.rule == "phi-ssn"]
    assert sum(f.count for f in ssn_findings) == len(planted)  # each once, the tail counted in one finding
    assert found <= set(planted) and not report.errors


def _show() -> Any:
    from phiscan.policy.decide import Policy

    return Policy(show_values=True)


def test_a_name_across_a_window_edge_is_found_once(analyzer: Analyzer) -> None:
    from phiscan.detect.windows import OVERLAP as _OVERLAP
    from phiscan.detect.windows import WINDOW as _WINDOW

    head = "x " * ((_WINDOW - _OVERLAP + 5) // 2)  # the name straddles the second window's start
    text = head + f"Signed by patient {NAME} at admission. " + "y " * 1500
    report = scan_document({"type": "string", "description": text}, analyzer=analyzer)
    assert [f.rule for f in report.findings] == ["phi-person-name"]


def test_the_email_pattern_is_bounded_and_still_finds_addresses() -> None:
    recognizer = bounded_email_recognizer()
    assert all("{0,}" not in p.regex and "{0,62}" in p.regex for p in recognizer.patterns)
    found = recognizer.analyze("write to maria.gonzalez@clinic-mail.com today", ["EMAIL_ADDRESS"])
    assert [r.entity_type for r in found] == ["EMAIL_ADDRESS"]


def test_an_email_redos_string_is_refused_by_no_one_and_costs_little(analyzer: Analyzer) -> None:
    report = scan_document({"type": "string", "default": "a." * 25_000 + "@"}, analyzer=analyzer)
    assert not report.findings and not report.errors


# output amplification: a pattern of 10,000 identifiers is a few findings with counts


def test_ten_thousand_alternatives_make_a_bounded_report(tmp_path: Path, analyzer: Analyzer) -> None:
    ids = "|".join(f"MRN-{4500000 + i * 7:07d}" for i in range(10_000))
    schema = {
        "type": "object",
        "properties": {"mrn": {"type": "string", "pattern": f"^({ids})$"}},
        "patternProperties": {f"^({ids})$": {"type": "string"}},
    }
    path = tmp_path / "alts.json"
    path.write_text(json.dumps(schema))
    size = path.stat().st_size
    # a tenth of the default max_string_chars, so the suite stays quick: the same cut, a tenth of the values
    options = ScanOptions(limits=Limits(max_string_chars=12_000))
    report = phiscan.scan_paths([path], analyzer=analyzer, options=options)  # one report, in every format
    assert report.exit_code == 2  # each 120,000-character regex is cut at max_string_chars: fail closed
    written = {}
    for fmt in FORMATS:
        out = io.StringIO()
        reporter(fmt)(report, out)
        written[fmt] = out.getvalue()
        assert len(written[fmt]) < 4 * size + 100_000, fmt  # a small multiple of the input, not gigabytes
    doc = json.loads(written["json"])
    assert [e["reason"] for e in doc["errors"]] == ["string-truncated", "string-truncated"]
    findings = doc["findings"]
    per_surface: dict[tuple[str, str], int] = {}
    for f in findings:
        per_surface[(f["pointer"], f["rule"])] = per_surface.get((f["pointer"], f["rule"]), 0) + 1
    assert max(per_surface.values()) <= MAX_PER_RULE
    assert sum(f.get("count", 1) for f in findings if f["surface"] == "pattern") > 800  # all in the analysed part


def test_long_pointer_tokens_are_shortened_for_display_and_stay_distinct() -> None:
    from phiscan.pointer import MAX_SHOWN_TOKEN, masked_pointer

    a = masked_pointer("/patternProperties/" + "a" * 5000 + "/description", frozenset())
    b = masked_pointer("/patternProperties/" + "a" * 4999 + "b/description", frozenset())
    assert a != b and all(len(t) <= MAX_SHOWN_TOKEN + 10 for t in a.split("/"))


# never leak: logs at every level, keys whose finding was suppressed


def test_no_value_reaches_a_log_at_debug_level(analyzer: Analyzer, caplog: pytest.LogCaptureFixture) -> None:
    email = "zebulon.quackenbush@gmail.com"
    schema = {
        "type": "object",
        "properties": {
            "contact": {"type": "string", "description": f"Email {email}, SSN {SSN}, call {NAME}."},
            "ZebulonQuackenbush412678831": {"type": "string"},
        },
    }
    with caplog.at_level(logging.DEBUG):
        logging.getLogger().setLevel(logging.DEBUG)
        for name in ("presidio-analyzer", "decision_process", "spacy"):
            logging.getLogger(name).setLevel(logging.DEBUG)
        report = scan_document(schema, analyzer=analyzer)
    assert report.findings
    text = caplog.text + "".join(str(r.args) for r in caplog.records)
    for value in (email, "zebulon", "quackenbush", "412678831", SSN, NAME, "Gonzalez"):
        assert value.lower() not in text.lower()


def test_a_suppressed_key_still_masks_the_pointers_below_it(analyzer: Analyzer) -> None:
    key = "maria_gonzalez_078051121"
    schema = {
        "type": "object",
        "properties": {
            key: {
                "type": "string",
                "x-phiscan-ignore": ["phi-person-name", "phi-ssn"],
                "description": "Home phone (415) 867-5309.",
            }
        },
    }
    report = scan_document(schema, path="s.json", analyzer=analyzer)
    assert {f.rule for f in report.findings} == {"phi-phone-number"}  # the key's own findings are ignored
    outputs = []
    for fmt in ("text", "sarif", "github"):
        out = io.StringIO()
        reporter(fmt)(report, out)
        outputs.append(out.getvalue())
    with pytest.raises(FindingsError) as raised:
        report.raise_for_findings()
    outputs.append(str(raised.value))
    for text in outputs:
        assert key not in text and "gonzalez" not in text.lower()


# hypothesis: lone surrogates anywhere never crash a scan or a writer

_ODD = st.text(alphabet=st.characters(min_codepoint=0xD7F0, max_codepoint=0xE010), max_size=6)
_TEXT = st.builds(lambda a, b, c: a + b + c, st.text(max_size=12), _ODD, st.sampled_from(["", SSN, " " + NAME]))


@settings(max_examples=40, deadline=None)
@given(key=_TEXT, value=_TEXT, name=_TEXT)
def test_surrogates_in_keys_values_and_file_names_never_crash(
    analyzer: Analyzer, key: str, value: str, name: str
) -> None:
    schema = {"type": "object", "properties": {key: {"type": "string", "enum": [value]}}}
    report = scan_document(schema, path=f"{name}.json", analyzer=analyzer)
    for fmt in FORMATS:
        out = io.StringIO()
        reporter(fmt)(report, out)
        out.getvalue().encode("utf-8")  # whatever it holds, it can be written as UTF-8
    if SSN in value and report.findings:
        assert_no_leak(*(e.message for e in report.errors))
