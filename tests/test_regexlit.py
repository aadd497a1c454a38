from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from phiscan.surfaces.regexlit import Literal, analyse_regex, regex_literals


def texts(pattern: str) -> set[str]:
    return {lit.text for lit in regex_literals(pattern)}


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"^(MRN-0045821|MRN-0099310)$", {"MRN-0045821", "MRN-0099310"}),
        (r"^John Baker$", {"John Baker"}),
        (r"^\(586\) 812-1936$", {"(586) 812-1936"}),
        (r"erica\.valenzuela@aol\.com", {"erica.valenzuela@aol.com"}),
        (
            r"https://mychart\.lewishealth\.org/patient/matthew-collins-13368",
            {"https://mychart.lewishealth.org/patient/matthew-collins-13368"},
        ),
        (r"^(John|Jane) Baker$", {"John Baker", "Jane Baker"}),
        (r"^MRN-1|MRN-2$", {"MRN-1", "MRN-2"}),
        (r"^(?:MRN-0045821)$", {"MRN-0045821"}),
        (r"erica[.]valenzuela", {"erica.valenzuela"}),
        (r"[Jj]ohn [Bb]aker", {"John Baker"}),
        (r"^MRN-0{2}45821$", {"MRN-0045821"}),
        (r"^x{1}John$", {"xJohn"}),
        (r"\x4aohn \u0042aker", {"John Baker"}),
    ],
)
def test_phi_literals_are_extracted_whole(pattern: str, expected: set[str]) -> None:
    assert texts(pattern) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"^\d{3}-\d{2}-\d{4}$", {"-"}),
        (r"^MRN-\d{7}$", {"MRN-"}),
        (r"^[A-HJ-NPR-Z0-9]{17}$", set()),
        (r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$", {"@", "."}),
        (r"^(\d{1,3}\.){3}\d{1,3}$", {"."}),
        (r"^\d{5}(-\d{4})?$", {"-"}),
        (r"^colou?r$", {"colo", "u", "r"}),  # optional letters are a format's, not a separator's
    ],
)
def test_format_regexes_yield_only_fragments(pattern: str, expected: set[str]) -> None:
    assert texts(pattern) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"^ZIP[ :#]?60417$", {"ZIP 60417", "ZIP:60417", "ZIP#60417", "ZIP60417"}),
        (r"^(MRN-)?0045821$", {"MRN-0045821", "0045821"}),
    ],
)
def test_an_optional_separator_or_label_is_read_with_and_without_it(pattern: str, expected: set[str]) -> None:
    assert texts(pattern) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"^Dagny\s+Halvorsen$", {"Dagny Halvorsen"}),
        (r"^483\s21\s7716$", {"483 21 7716"}),
        (r"^Dagny\s*Halvorsen$", {"Dagny Halvorsen"}),  # one space, never glued (`GreenBayPackers`)
        (r"^Dagny[\s_-]Halvorsen$", {"Dagny Halvorsen"}),  # a set of white space and joining marks
        (r"^\d{3}[\s-]\d{2}[\s-]\d{4}$", set()),
        (
            r"^\+1\s?\(586\)\s?812-1936$",
            {"+1 (586) 812-1936", "+1(586) 812-1936", "+1 (586)812-1936", "+1(586)812-1936"},
        ),
        (r"^\d{3}\s\d{2}\s\d{4}$", set()),  # a format's white space is no value
        (r"\s+", set()),
    ],
)
def test_white_space_between_a_value_s_words_is_read_as_a_space(pattern: str, expected: set[str]) -> None:
    assert texts(pattern) == expected


def test_optional_letters_do_not_multiply_the_values_of_a_regex() -> None:
    pattern = "^(?:Dagny Halvorsen|Rosa Garcia)" + "".join(f"(?:{c})?" for c in "abcdefgh") + "$"
    assert {"Dagny Halvorsen", "Rosa Garcia"} <= texts(pattern)
    assert not any(t.startswith("Rosa Garcia") and t != "Rosa Garcia" for t in texts(pattern))


@pytest.mark.parametrize(
    ("pattern", "closed"),
    [
        (r"^(MRN-0045821|MRN-0099310)$", True),
        (r"^(John|Jane) Baker$", True),
        (r"John", True),
        (r"^\d{3}$", False),
        (r"(?i)john", False),
        (r"a\bb", False),
        (r"[Jj]ohn", False),
        (r"^(MRN-\d{7}|MRN-0045821)$", False),
    ],
)
def test_closed_means_exactly_the_literals_match(pattern: str, closed: bool) -> None:
    assert analyse_regex(pattern).closed is closed


def test_a_variable_branch_keeps_the_literal_branch_whole() -> None:
    assert "MRN-0045821" in texts(r"^(MRN-\d{7}|MRN-0045821)$")


def test_literals_map_back_to_their_escaped_source() -> None:
    pattern = r"^(?:erica\.valenzuela@aol\.com|\(586\) 812-1936)$"
    for lit in regex_literals(pattern):
        assert lit.start is not None and lit.end is not None
        assert re.sub(r"\\(.)", r"\1", pattern[lit.start : lit.end]) == lit.text


def test_literals_come_in_source_order() -> None:
    assert [lit.text for lit in regex_literals(r"^(Alice \d+|Bob \d+|Carol)$")] == ["Alice ", "Bob ", "Carol"]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("(", set()),
        ("[z-a]", set()),
        ("(?P<x", set()),
        (r"^(MRN-0045821|MRN-0099310", {"MRN-0045821", "MRN-0099310"}),
        (r"John\ Baker\e", {"John Baker"}),
        (r"(?<=\p{Lu})Baker[", {"Baker"}),
    ],
)
def test_invalid_regex_falls_back_to_a_textual_split(pattern: str, expected: set[str]) -> None:
    result = analyse_regex(pattern)
    assert result.fallback
    assert {lit.text for lit in result.literals} == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"^(?<first>John) Baker$", {"John Baker"}),
        (r"^(?<first>John) \k<first>$", {"John "}),
        (r"^\p{L}+ Baker$", {" Baker"}),
        (r"^\u{1F600}John$", {"\U0001f600John"}),
        (r"^\cJJohn$", {"\nJohn"}),
        (r"^John\/Baker$", {"John/Baker"}),
    ],
)
def test_ecma_dialect_is_translated_before_parsing(pattern: str, expected: set[str]) -> None:
    result = analyse_regex(pattern)
    assert not result.fallback
    assert {lit.text for lit in result.literals} == expected


def test_huge_alternation_is_cut_off_with_a_flag() -> None:
    pattern = "^(" + "|".join(f"MRN-{i:07d}" for i in range(100_000)) + ")$"
    result = analyse_regex(pattern)
    assert result.truncated
    assert result.literals[0] == Literal("MRN-0000000", 2, 13)


def test_work_budget_is_enforced() -> None:
    result = analyse_regex("^(" + "|".join(f"MRN-{i:07d}" for i in range(500)) + ")$", max_work=100)
    assert result.truncated and result.fallback
    assert "MRN-0000499" in {lit.text for lit in result.literals}


def test_literal_limit_is_enforced() -> None:
    result = analyse_regex("|".join(f"name{i}" for i in range(50)), max_literals=10)
    assert result.truncated
    assert len(result.literals) <= 10


@pytest.mark.parametrize(
    "pattern",
    [
        "(" * 10_000 + "John" + ")" * 10_000,
        "(?:" * 100 + "John" + ")" * 100,
        "[" * 10_000,
        "(?x" * 5_000,
        "\\" * 10_001,
    ],
)
def test_pathological_shapes_are_bounded(pattern: str) -> None:
    result = analyse_regex(pattern)
    assert not result.closed
    assert all(lit.text for lit in result.literals)


def test_catastrophic_regex_is_analysed_not_run() -> None:
    assert texts(r"(a+)+$") == {"a"}
    assert texts(r"^(\w+\s?)*John Baker$") == {"John Baker"}


def test_the_regex_is_never_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = r"^(MRN-0045821|MRN-0099310)$"
    real = re._compile  # type: ignore[attr-defined]

    def guard(p: object, flags: object) -> object:
        assert p != pattern, "the scanned regex must not be compiled"
        return real(p, flags)

    monkeypatch.setattr(re, "_compile", guard)
    assert texts(pattern) == {"MRN-0045821", "MRN-0099310"}


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises_and_spans_stay_inside(pattern: str) -> None:
    result = analyse_regex(pattern)
    for lit in result.literals:
        assert lit.text
        if lit.start is not None and lit.end is not None:
            assert 0 <= lit.start < lit.end <= len(pattern)


_ATOMS = st.one_of(
    st.sampled_from(list("abcXY019 -@.(")).map(re.escape),
    st.sampled_from([r"\d", ".", "[a-c]", "[.]", "[xy]", r"\.", "[Jj]"]),
)


def _compound(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.lists(inner, min_size=1, max_size=4).map("".join),
        st.lists(inner, min_size=2, max_size=3).map(lambda bs: "(" + "|".join(bs) + ")"),
        st.tuples(inner, st.sampled_from(["?", "*", "+", "{2}", "{1,3}", "{1}"])).map(
            lambda t: "(?:" + t[0] + ")" + t[1]
        ),
    )


_SIMPLE_REGEXES = st.tuples(st.booleans(), st.recursive(_ATOMS, _compound, max_leaves=10)).map(
    lambda t: f"^{t[1]}$" if t[0] else t[1]
)


@settings(max_examples=300, deadline=None)
@given(_SIMPLE_REGEXES)
def test_every_literal_of_a_closed_regex_is_matched_by_it(pattern: str) -> None:
    result = analyse_regex(pattern)
    assert not result.fallback
    for lit in result.literals:
        if result.closed:
            assert re.fullmatch(pattern, lit.text), lit
        if lit.start is not None and lit.end is not None:
            assert 0 <= lit.start < lit.end <= len(pattern)
