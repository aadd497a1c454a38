"""Hostile strings: regexes that are invalid, huge or catastrophic, strings that slow spaCy down,
and a detector failing inside one string, which must not lose the findings of the others."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from phiscan import ScanOptions, scan_document
from phiscan.detect.analyzer import Analyzer
from phiscan.documents.load import Limits
from phiscan.errors import FindingsError
from phiscan.policy.decide import MAX_PER_RULE
from phiscan.surfaces.regexlit import analyse_regex
from phiscan.surfaces.views import View

from .conftest import NAME, SSN, assert_no_leak, good_rules, messages, run_cli, write_good

_CATASTROPHIC = [
    "(a+)+$",
    "(a|aa)+$",
    "(a|a?)+$",
    "(.*a){20}",
    "^(([a-z])+.)+[A-Z]([a-z])+$",
    "(x+x+)+y",
    "(a*)*" * 500,
    "(" * 10_000 + "a" + ")" * 10_000,
    "(" * 50_000,
    "[" * 50_000,
    "\\" * 50_001,
    "a{1000000000}",
    "(?P<n>a)(?P=n)" * 1000,
    "(?<=" * 1000,
]


def _pattern_schema(patterns: list[str]) -> dict[str, Any]:
    props = {f"p{i}": {"type": "string", "pattern": p} for i, p in enumerate(patterns)}
    props["mrn"] = {"type": "string", "pattern": "^(MRN-0045821|" + NAME + "|" + SSN + "$"}  # invalid: unclosed
    return {"type": "object", "properties": props, "patternProperties": {"(a+)+$": {"type": "string"}}}


def test_invalid_and_catastrophic_patterns_are_parsed_never_run(analyzer: Analyzer) -> None:
    report = scan_document(_pattern_schema(_CATASTROPHIC), path="re.json", analyzer=analyzer)
    assert not report.errors
    found = {(f.rule, f.pointer) for f in report.findings}
    # the invalid pattern still gives up its values, through the textual fallback
    assert {("phi-ssn", "/properties/mrn/pattern"), ("phi-person-name", "/properties/mrn/pattern")} <= found
    assert_no_leak(messages(report))


def test_every_hostile_pattern_has_a_bounded_analysis() -> None:
    for pattern in _CATASTROPHIC:
        analysis = analyse_regex(pattern)
        assert len(analysis.literals) <= 10_000


def test_a_huge_alternation_is_cut_at_max_string_chars_and_still_reports_its_head(analyzer: Analyzer) -> None:
    words = [f"code{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676 % 26)}" for i in range(17_576)]
    pattern = "^(" + SSN + "|" + "|".join(words * 10) + ")$"  # about 1.6 million characters
    report = scan_document({"type": "string", "pattern": pattern}, analyzer=analyzer)
    assert [f.rule for f in report.findings] == ["phi-ssn"]
    assert report.exit_code == 2  # the part not analysed fails the file (fail closed); the head is still reported
    assert [e.message for e in report.errors] == [
        f"the pattern at /pattern is {len(pattern)} characters long: only the first 100000 (max_string_chars) "
        "were analysed"
    ]


def test_many_phi_alternatives_are_each_reported(analyzer: Analyzer) -> None:
    # Before: deciding between thousands of literals re-normalised every kept one per candidate (quadratic).
    # Now: each is counted, and more than MAX_PER_RULE of one rule in one string make one finding with a count.
    pattern = "|".join(f"MRN-{i:07d}" for i in range(1_500))
    report = scan_document({"type": "string", "pattern": pattern}, analyzer=analyzer)
    assert len(report.findings) <= MAX_PER_RULE
    assert sum(f.count for f in report.findings) > 1_000


@pytest.mark.parametrize("char", ["_", "!", "+", "=", ")", "'"])
def test_long_punctuation_runs_do_not_stall_the_tokenizer(char: str, analyzer: Analyzer) -> None:
    # Before: spaCy's tokenizer took most of a minute on 20,000 underscores; the scan now finishes
    # at once, and what surrounds the run is still read.
    text = f"{NAME} {char * 60_000} SSN {SSN}"
    report = scan_document({"type": "string", "description": text}, analyzer=analyzer)
    assert {f.rule for f in report.findings} >= {"phi-ssn", "phi-person-name"}


def test_long_letter_runs_do_not_stall_the_url_filter(analyzer: Analyzer) -> None:
    # Before: the URL-span filter backtracked over every start in a run of letters (quadratic).
    text = "x" * 60_000 + f" SSN {SSN} see https://example.org/a " + "y" * 30_000 + "://"
    report = scan_document({"type": "string", "description": text}, analyzer=analyzer)
    assert [f.rule for f in report.findings] == ["phi-ssn"]


@pytest.mark.parametrize("word", ["ผู้ป่วยได้รับการรักษาที่โรงพยาบาลศิริราชกรุงเทพมหานคร", "क" * 60, "ಅನನ್ಯಾ" * 20])
def test_a_long_word_of_vowel_signs_after_a_label_does_not_stall_the_name_reader(word: str, analyzer: Analyzer) -> None:
    # Before: a name's word matched a Thai or Brahmic letter two ways, so one long word after any `Label:` took
    # time doubling with each letter (Thai writes sentences without spaces).
    report = scan_document({"type": "string", "description": f"Note: {word} SSN {SSN}"}, analyzer=analyzer)
    assert [f.rule for f in report.findings] == ["phi-ssn"]


def _fail_on(analyzer: Analyzer, marker: str, monkeypatch: pytest.MonkeyPatch, *, batch: bool) -> None:
    analyzer.analyze([View("warm up", (), "")])  # build the engine before patching it
    engine = analyzer._engine
    real_analyze, real_batch = engine.analyze, engine.nlp_engine.process_batch

    def analyze(*args: Any, **kwargs: Any) -> Any:
        if marker in kwargs.get("text", ""):
            raise RuntimeError("simulated Presidio failure on " + kwargs["text"])  # quotes it: must not surface
        return real_analyze(*args, **kwargs)

    def process_batch(texts: list[str], *args: Any, **kwargs: Any) -> Any:
        if any(marker in t for t in texts):
            raise MemoryError("simulated spaCy failure")
        return real_batch(texts, *args, **kwargs)

    monkeypatch.setattr(engine, "analyze", analyze)
    if batch:
        monkeypatch.setattr(engine.nlp_engine, "process_batch", process_batch)


@pytest.mark.parametrize("batch", [False, True], ids=["presidio", "presidio-and-spacy-batch"])
def test_a_detector_failure_in_one_string_keeps_the_others_findings(
    batch: bool, analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    marker = f"Poison {NAME} {SSN}"
    _fail_on(analyzer, "Poison", monkeypatch, batch=batch)
    schema = {
        "type": "object",
        "properties": {
            "patient": {"type": "string", "enum": [NAME]},
            "ssn": {"type": "string", "const": SSN},
            "note": {"type": "string", "description": marker},
            marker: {"type": "string"},
        },
    }
    report = scan_document(schema, path="mixed.json", analyzer=analyzer)
    rules = {(f.rule, f.pointer) for f in report.findings}
    assert {("phi-person-name", "/properties/patient/enum/0"), ("phi-ssn", "/properties/ssn/const")} <= rules
    assert report.exit_code == 2 and not report.ok  # fail closed: a string not analysed fails its file
    with pytest.raises(FindingsError):
        report.raise_for_findings()
    notes = sorted(e.message for e in report.failures)
    # keys on the way are masked in errors: any of them could be the PHI the message must not repeat
    assert "detection failed on the description at /properties/n***/description: its findings may be missing" in notes
    assert "detection failed on the property name of the schema at (root): its findings may be missing" in notes
    assert_no_leak(messages(report))


def test_cli_hostile_strings_beside_a_good_file(tmp_path: Path, cache_dir: Path) -> None:
    (tmp_path / "re.json").write_text(json.dumps(_pattern_schema(_CATASTROPHIC)))
    (tmp_path / "punct.json").write_text(json.dumps({"type": "string", "description": "_" * 60_000}))
    write_good(tmp_path)
    run = run_cli(tmp_path, "--format", "json", cache_dir=cache_dir)
    assert run.code == 1, run.stderr
    assert good_rules(run.json["findings"]) >= {"phi-person-name", "phi-ssn"}
    assert good_rules(run.json["findings"], "re.json") >= {"phi-person-name", "phi-ssn"}
    assert not run.json["errors"]
    assert_no_leak(run.stdout, run.stderr)


def test_small_limits_apply_to_patterns_too(analyzer: Analyzer) -> None:
    schema = {"type": "string", "pattern": "^(" + "q" * 50 + "|" + SSN + ")$"}
    report = scan_document(schema, options=ScanOptions(limits=Limits(max_string_chars=40)), analyzer=analyzer)
    assert not report.findings
    assert len(report.errors) == 1 and report.exit_code == 2


@pytest.mark.parametrize(
    ("text", "to_presidio"),
    [
        ("a." * 50_000, False),
        ("Maria " + "x-" * 50_000, False),
        ("_" * 100_000 + "Dr Smith", True),
        ("Maria " + "Cannot" * 20_000, False),
        ("(" * 100_000, False),
        ("Maria Gonzalez " * 7_000, True),
    ],
)
def test_the_pre_screens_finish_on_giant_punctuated_strings(text: str, to_presidio: bool) -> None:
    """The screens enumerate cut points; on these an unbounded enumeration ran for minutes."""
    from phiscan.detect.prefilter import may_hold_entity, may_hold_name, needs_presidio

    assert isinstance(may_hold_entity(text) and needs_presidio(text) and may_hold_name(text), bool)
    assert needs_presidio(text) is to_presidio
    if "Gonzalez" in text:
        assert needs_presidio(text)


@pytest.mark.parametrize("blank", [" ", "\t"])
def test_a_long_run_of_blanks_after_a_segment_s_id_does_not_stall_the_segment_reader(
    blank: str, analyzer: Analyzer
) -> None:
    # Before: where a segment ends was looked for with a run of blanks at every position of the run (quadratic).
    text = "PID|1||" + blank * 60_000 + f"x SSN {SSN}"
    report = scan_document({"type": "string", "description": text}, analyzer=analyzer)
    assert [f.rule for f in report.findings] == ["phi-ssn"]
