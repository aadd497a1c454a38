"""The text report: the same words on a terminal and in a pipe; colour only where it can be seen."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

import phiscan
from phiscan.detect.analyzer import Analyzer
from phiscan.report.text import write_text

ROOT = Path(__file__).resolve().parent.parent
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def report(analyzer: Analyzer) -> phiscan.Report:
    return phiscan.scan_paths([ROOT / "fixtures" / "report" / "referral.schema.json"], analyzer=analyzer)


def _render(report: phiscan.Report) -> str:
    out = io.StringIO()
    write_text(report, out)
    return out.getvalue()


def test_a_pipe_gets_plain_text_with_masked_values(report: phiscan.Report, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    text = _render(report)
    assert not ANSI.search(text)
    line = "referral.schema.json:6:5 high phi-person-name /properties/m****_g*******_s** property_name: M**** G*******"
    assert line in text
    assert "078-05-1122" not in text
    assert text.endswith("error(s) in 1 file(s)\n")


def test_forced_colour_adds_styles_and_nothing_else(report: phiscan.Report, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    plain = _render(report)
    monkeypatch.setenv("FORCE_COLOR", "1")
    coloured = _render(report)
    assert ANSI.search(coloured)
    assert ANSI.sub("", coloured) == plain
    monkeypatch.setenv("NO_COLOR", "1")
    assert _render(report) == plain


def test_terminal_controls_in_keys_and_file_names_are_shown_escaped(
    analyzer: Analyzer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    hostile = tmp_path / "tools\rREWRITTEN.json"
    key = "maria\tgonzalez\r\x1b[2K\x07"
    hostile.write_text(
        json.dumps(
            {"type": "object", "properties": {key: {"type": "string", "const": "532-48-7719"}}, "required": [key]}
        ),
        encoding="utf-8",
    )
    report = phiscan.scan_paths([hostile], analyzer=analyzer)
    assert report.findings
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    plain = _render(report)
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", plain)  # only line ends remain
    assert "tools\\x0dREWRITTEN.json" in plain
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert ANSI.sub("", _render(report)) == plain
