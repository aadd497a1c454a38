"""`phiscan scan --format github`: workflow-command annotations, escaped, masked, repo-relative."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from phiscan.report.github import command, escape_data, escape_property

ROOT = Path(__file__).resolve().parent.parent
REPORT = Path("fixtures/report")
RAW = ("maria", "gonzalez", "ryan", "davis", "078-05-1122", "0045821", "0099310")
# `::level key=value,...::message`: properties hold no raw `:` or `,`, the message no CR/LF.
COMMAND = re.compile(r"::(error|warning|notice)(?: ((?:\w+=[^:,]*)(?:,\w+=[^:,]*)*))?::([^\r\n]*)")


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "phiscan", "scan", "--format", "github", *map(str, args)]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=600, check=False)


@pytest.fixture(scope="module")
def output() -> subprocess.CompletedProcess[str]:
    # --show-values on purpose: annotations are public on the PR, so they stay masked anyway.
    files = (REPORT / f for f in ("referral.schema.json", "referral.schema.yaml", "referral.min.json"))
    return run("--show-values", *files, REPORT / "broken" / "unclosed.json")


def parse(line: str) -> tuple[str, dict[str, str], str]:
    match = COMMAND.fullmatch(line)
    assert match, line
    props = dict(p.split("=", 1) for p in match[2].split(",")) if match[2] else {}
    return match[1], props, match[3]


def test_every_finding_is_one_well_formed_annotation(output: subprocess.CompletedProcess[str]) -> None:
    assert output.returncode == 2  # one file is broken
    lines = output.stdout.splitlines()
    commands = [parse(line) for line in lines if line.startswith("::")]
    assert len(commands) == 16  # 5 findings in each of 3 files, one unreadable file
    assert lines[-1].startswith("phiscan: 15 finding(s)")


def test_annotations_point_at_key_and_value_with_exact_columns(output: subprocess.CompletedProcess[str]) -> None:
    commands = [parse(line) for line in output.stdout.splitlines() if line.startswith("::")]
    by_place = {(p["file"], p["line"], p["col"]): (level, p, msg) for level, p, msg in commands if "line" in p}
    level, props, message = by_place[("fixtures/report/referral.schema.yaml", "5", "3")]
    assert level == "error" and props["title"] == "phi-person-name"
    assert (props["endLine"], props["endColumn"]) == ("5", "21")
    assert "property_name" in message and "/properties/m****_g*******_s**" in message
    level, props, message = by_place[("fixtures/report/referral.schema.json", "12", "30")]
    assert props["title"] == "phi-ssn" and '"***-**-****"' in message
    assert (props["endLine"], props["endColumn"]) == ("12", "43")


def test_unreadable_file_is_an_error_annotation(output: subprocess.CompletedProcess[str]) -> None:
    commands = [parse(line) for line in output.stdout.splitlines() if line.startswith("::")]
    [(level, props, message)] = [c for c in commands if c[1].get("file", "").endswith("unclosed.json")]
    assert level == "error" and props["line"] == "5" and props["col"] == "1"
    assert props["title"] == "phiscan%3A file not scanned"
    assert message.startswith("invalid JSON")


def test_no_raw_value_even_with_show_values(output: subprocess.CompletedProcess[str]) -> None:
    text = (output.stdout + output.stderr).lower()
    for raw in RAW:
        assert raw not in text


def test_escaping_follows_the_actions_runner() -> None:
    assert escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    line = command("warning", "line one\nline: two, 50%", file="dir,x/a:b.json", line=3, col=None, title="phi-ssn")
    assert line == "::warning file=dir%2Cx/a%3Ab.json,line=3,title=phi-ssn::line one%0Aline: two, 50%25"
    assert command("notice", "plain") == "::notice::plain"
