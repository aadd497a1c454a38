"""Properties over generated documents: nothing raises, every pointer resolves, findings lead back to text."""

from __future__ import annotations

import io
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from phiscan import ScanOptions, scan_document
from phiscan.detect.analyzer import Analyzer
from phiscan.pointer import resolve_pointer
from phiscan.policy.decide import Policy
from phiscan.report import FORMATS, reporter
from phiscan.surfaces.identifiers import split_identifier
from phiscan.surfaces.kinds import parts_of, surfaces_of_parts
from phiscan.surfaces.regexlit import analyse_regex
from phiscan.surfaces.values import iter_strings, scalar_text
from phiscan.surfaces.views import views_of
from phiscan.surfaces.walk import SchemaRoot, walk_schema
from phiscan.types import (
    KEY_ROLES,
    Exposure,
    FileError,
    Finding,
    FindingKind,
    Location,
    Note,
    Report,
    Role,
    Severity,
    Surface,
)

from .conftest import NAME, SSN

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])

texts = st.text(max_size=40)
scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts
json_values = st.recursive(
    scalars, lambda c: st.lists(c, max_size=4) | st.dictionaries(texts, c, max_size=4), max_leaves=25
)
# keys that escape in pointers, look like indices, or are schema keywords themselves
keys = texts | st.sampled_from(["~", "/", "~1", "0", "", "properties", "$ref", "enum", "a/b~c"])


def _schemas(phi: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    words = texts | phi
    leaf = st.fixed_dictionaries(
        {},
        optional={
            "type": st.sampled_from(["string", "object", "array", "integer"]),
            "title": words,
            "description": words,
            "pattern": words,
            "const": json_values | phi,
            "enum": st.lists(scalars | phi, max_size=4),
            "examples": st.lists(json_values | phi, max_size=2),
            "default": json_values,
            "x-note": words,
            "$ref": st.sampled_from(["#", "#/properties/a", "#/$defs/d", "#/nowhere", "http://127.0.0.1:9/x"]),
        },
    )

    def nest(child: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        return st.fixed_dictionaries(
            {},
            optional={
                "properties": st.dictionaries(keys | phi, child, max_size=3),
                "patternProperties": st.dictionaries(keys | phi, child, max_size=2),
                "$defs": st.dictionaries(keys, child, max_size=2),
                "items": child | st.lists(child, max_size=2),
                "anyOf": st.lists(child, max_size=2),
                "not": child,
                "additionalProperties": child | st.booleans(),
                "description": words,
                "enum": st.lists(scalars | phi, max_size=3),
            },
        )

    return st.recursive(leaf, nest, max_leaves=12)


schemas = _schemas(st.nothing())
phi_values = st.sampled_from([NAME, SSN, f"patient {NAME}", f"ssn {SSN}", "maria_gonzalez_dob", "MRN-0045821"])
seeded_schemas = _schemas(phi_values)
documents = (
    schemas
    | json_values
    | st.lists(st.fixed_dictionaries({"name": texts, "description": texts, "input_schema": schemas}), max_size=2)
)


def _check_surface(doc: Any, s: Surface) -> None:
    node = resolve_pointer(doc, s.pointer)
    if s.role in KEY_ROLES:
        token = s.pointer.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~")
        assert token == s.raw
    else:
        assert scalar_text(node) == s.raw


@FAST
@given(documents)
def test_every_surface_pointer_resolves_to_the_text_it_carries(doc: Any) -> None:
    parts = parts_of(doc, "doc.json")
    if parts is None:
        return
    for s in surfaces_of_parts(parts, doc, "doc.json"):
        _check_surface(doc, s)
        views_of(s)


@FAST
@given(schemas)
def test_the_walker_never_raises_and_stays_inside_the_document(schema: Any) -> None:
    for s in walk_schema(schema, [SchemaRoot("", Exposure.SCHEMA_CACHE)], "s.json"):
        _check_surface(schema, s)


@FAST
@given(json_values)
def test_iter_strings_finds_every_scalar_text_at_its_pointer(value: Any) -> None:
    for s in iter_strings(value, "", "v.json", Role.EXAMPLES, Exposure.PROMPT, ()):
        assert scalar_text(resolve_pointer(value, s.pointer)) == s.raw


@FAST
@given(st.text(max_size=80) | st.from_regex(r"[\^$|()\[\]{}*+?.\\a-z0-9-]{0,60}", fullmatch=True))
def test_regex_analysis_never_raises_and_locates_literals_inside_the_pattern(pattern: str) -> None:
    analysis = analyse_regex(pattern, max_work=5_000, max_literals=100)
    assert len(analysis.literals) <= 101
    for lit in analysis.literals:
        assert lit.text
        if lit.start is not None and lit.end is not None:
            assert 0 <= lit.start <= lit.end <= len(pattern)


@FAST
@given(st.text(max_size=80), st.sampled_from(list(Role)))
def test_identifiers_and_views_never_raise(text: str, role: Role) -> None:
    split = split_identifier(text)
    for start in range(0, len(split.text) + 1, 3):
        a, b = split.to_original(start, start + 5)
        assert 0 <= a <= b <= len(text)
    for view in views_of(Surface("f.json", "/x", role, Exposure.SCHEMA_CACHE, text, (text[:10],)), 50):
        assert view.text.strip()


findings = st.builds(
    Finding,
    rule=st.sampled_from(["phi-ssn", "phi-person-name", "secret-github-token"]),
    kind=st.sampled_from(list(FindingKind)),
    path=texts,
    pointer=texts,
    surface=st.none() | st.sampled_from(list(Role)),
    entity=texts,
    hipaa=texts,
    severity=st.sampled_from(list(Severity)),
    score=st.floats(0, 1),
    exposure=st.sampled_from(list(Exposure)),
    message=texts,
    text=texts,
    fingerprint=st.text("0123456789abcdef", min_size=32, max_size=32),
    location=st.none()
    | st.builds(Location, st.integers(1, 10**6), st.integers(1, 10**6), st.integers(1, 10**6), st.integers(1, 10**6)),
    value=st.none() | texts,
)
reports = st.builds(
    Report,
    findings=st.lists(findings, max_size=5).map(lambda fs: tuple(sorted(fs, key=lambda f: f.path))),
    errors=st.lists(
        st.builds(FileError, texts, texts, st.none() | st.integers(1, 99), st.none() | st.integers(1, 99)), max_size=3
    ).map(tuple),
    notes=st.lists(st.builds(Note, texts, texts), max_size=3).map(tuple),
    files_scanned=st.integers(0, 10**6),
    strings_scanned=st.integers(0, 10**9),
    fail_on=st.sampled_from(list(Severity)),
)


@FAST
@given(reports)
def test_reporters_render_any_report(report: Report) -> None:
    for name in FORMATS:
        out = io.StringIO()
        reporter(name)(report, out)
        if name == "json":
            data = json.loads(out.getvalue())
            assert len(data["findings"]) == len(report.findings)
            assert data["exit_code"] == report.exit_code


def _norm(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


@SLOW
@given(seeded_schemas)
def test_every_finding_leads_back_to_the_text_that_produced_it(analyzer: Analyzer, schema: Any) -> None:
    options = ScanOptions(policy=Policy(show_values=True))
    report = scan_document(schema, path="seeded.json", options=options, analyzer=analyzer)
    for f in report.findings:
        if f.surface in (None, Role.FILE_NAME):
            continue
        node = resolve_pointer(schema, f.pointer)
        source: str | None
        if f.surface in KEY_ROLES:
            source = f.pointer.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~")
        else:
            source = scalar_text(node)
        assert source is not None and f.value is not None
        assert _norm(f.value) in _norm(source), (f.rule, f.pointer)
