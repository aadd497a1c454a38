"""`phiscan scan --format junit` through the real CLI: parsed by the standard library's XML parser and validated
against Jenkins' `junit-10.xsd` (`tests/data/`) with lxml, since the standard library has no XML Schema validator."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from lxml import etree
from report_support import DATA, ODD_SHOWN, RAW, run, workspace

import phiscan
from phiscan.detect.analyzer import Analyzer
from phiscan.report.junit import junit_tree, write_junit, xml_safe
from phiscan.types import Exposure, FailureReason, FileError, Finding, FindingKind, Note, Report, Role, Severity

XSD = etree.XMLSchema(etree.parse(str(DATA / "junit-10.xsd")))


def validate(xml: bytes) -> ET.Element:
    """`xml` checked against the XSD, then parsed by the standard library (what most CI parsers resemble)."""
    document = etree.fromstring(xml)
    assert XSD.validate(document), "\n".join(str(e) for e in XSD.error_log)
    return ET.fromstring(xml)


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    # --show-values on purpose: test reports are shown on merge requests, so they stay masked anyway
    done = run(workspace(tmp_path_factory.mktemp("junit")), "--format", "junit", "--show-values")
    assert done.returncode == 2, done.stderr
    return done.stdout


def cases(root: ET.Element) -> dict[str, ET.Element]:
    return {c.attrib["name"]: c for c in root.iter("testcase")}


def test_output_is_valid_junit_xml(output: bytes) -> None:
    assert output.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    root = validate(output)
    assert root.tag == "testsuites"
    [suite] = root.findall("testsuite")
    assert (suite.attrib["tests"], suite.attrib["failures"], suite.attrib["errors"]) == ("3", "2", "1")
    props = {p.attrib["name"]: p.attrib["value"] for p in suite.iter("property")}
    assert props["exit_code"] == "2" and props["findings"] == "7"


def test_one_test_case_per_file_and_each_finding_a_failure(output: bytes) -> None:
    by_name = cases(validate(output))
    assert set(by_name) == {"referral.schema.json", ODD_SHOWN, "broken/unclosed.json"}
    failures = by_name["referral.schema.json"].findall("failure")
    assert [f.attrib["type"] for f in failures] == [
        "phi-person-name",
        "phi-person-name",
        "phi-ssn",
        "phi-medical-record-number",
        "phi-medical-record-number",
    ]
    ssn = failures[2]
    assert '"***-**-****"' in ssn.attrib["message"]
    assert (ssn.text or "").startswith("phi-ssn (high) at line 12, column 30\npointer: /properties/status/enum/1")
    assert "how to fix: Replace the enum members" in (ssn.text or "")


def test_a_file_that_failed_to_parse_is_an_error(output: bytes) -> None:
    broken = cases(validate(output))["broken/unclosed.json"]
    [error] = broken.findall("error")
    assert error.attrib["type"] == "unreadable" and error.attrib["message"].startswith("not scanned: invalid JSON")
    assert (error.text or "").startswith("line 5, column 1: ")
    assert not broken.findall("failure")


def test_no_raw_value_and_flagged_keys_masked(output: bytes) -> None:
    text = output.decode("utf-8").lower()
    for raw in RAW:
        assert raw not in text
    odd = cases(validate(output))[ODD_SHOWN]
    assert any("/properties/m****_g*******/enum/0" in f.attrib["message"] for f in odd.findall("failure"))


def _finding(path: str, pointer: str, kind: FindingKind = FindingKind.PHI, message: str = "a name") -> Finding:
    return Finding(
        rule="lint-unsupported-keyword" if kind is FindingKind.LINT else "phi-person-name",
        kind=kind,
        path=path,
        pointer=pointer,
        surface=Role.DESCRIPTION,
        entity="PERSON",
        hipaa="",
        severity=Severity.MEDIUM,
        score=0.9,
        exposure=Exposure.SCHEMA_CACHE,
        message=message,
        text="J* D**",
        fingerprint="0" * 32,
        value="Jo Doe",
    )


def test_control_characters_surrogates_and_odd_names_stay_well_formed(tmp_path: Path) -> None:
    report = Report(
        findings=(
            _finding("", "/x", message='bell \x07, escape \x1b[31m, <tag> & "quote" \ufffe'),
            _finding("forms/a\udcff\x01.json", "/properties/k\ud800y/description"),
        ),
        warnings=(_finding("forms/lint.json", "/x", FindingKind.LINT),),
        errors=(FileError("forms/bad\x02.json", "a detector failed\x00", None, None, FailureReason.DETECTION_FAILED),),
        notes=(Note("", "2 finding(s) in the baseline not reported"), Note("forms/lint.json", "a note")),
        files_scanned=5,
    )
    root = junit_tree(report, cwd=tmp_path)
    xml = b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8", xml_declaration=False)
    parsed = validate(xml)
    by_name = cases(parsed)
    # scanned from memory, a non-UTF-8 byte and a control character shown escaped, lint only, clean ones
    assert set(by_name) == {
        "<document>",
        "forms/a\\xff\\x01.json",
        "forms/lint.json",
        "forms/bad\\x02.json",
        "1 other file(s): no findings",
    }
    [document] = by_name["<document>"].findall("failure")
    assert 'Bell \\x07, escape \\x1b[31m, <tag> & "quote" \\ufffe' in document.attrib["message"]
    [odd] = by_name["forms/a\\xff\\x01.json"].findall("failure")
    assert "/properties/k\\ud800y/description" in odd.attrib["message"]
    lint = by_name["forms/lint.json"]
    assert not lint.findall("failure") and "warning lint-unsupported-keyword" in (lint.findtext("system-out") or "")
    assert "note: a note" in (lint.findtext("system-out") or "")
    assert parsed.findtext("testsuite/system-out") == "note: 2 finding(s) in the baseline not reported"
    assert "Jo Doe" not in ET.tostring(parsed, encoding="unicode")  # `value` (show-values) is never written


def test_an_empty_report_is_one_passing_suite() -> None:
    import io

    out = io.StringIO()
    write_junit(Report(files_scanned=4), out)
    parsed = validate(out.getvalue().encode("utf-8"))
    [case] = parsed.iter("testcase")
    assert case.attrib["name"] == "4 other file(s): no findings" and len(case) == 0
    assert parsed.attrib["failures"] == "0" and parsed.attrib["errors"] == "0"
    assert xml_safe("ok\tline\nnext") == "ok\tline\nnext"  # what XML allows is kept


def test_each_file_scanned_clean_is_a_passing_case_of_its_own(analyzer: Analyzer, tmp_path: Path) -> None:
    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    (tmp_path / "requests").mkdir()
    shutil.copy(fixtures / "requests" / "clean.json", tmp_path / "requests" / "clean.json")
    shutil.copy(fixtures / "report" / "referral.schema.json", tmp_path / "referral.schema.json")
    report = phiscan.scan_paths([tmp_path], analyzer=analyzer)
    parsed = validate(ET.tostring(junit_tree(report, cwd=tmp_path), encoding="utf-8"))
    by_name = cases(parsed)
    assert set(by_name) == {"referral.schema.json", "requests/clean.json"}
    assert len(by_name["requests/clean.json"]) == 0 and by_name["referral.schema.json"].findall("failure")
    assert (parsed.attrib["tests"], parsed.attrib["failures"]) == ("2", "1")
