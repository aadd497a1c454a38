"""A code of one to four capitals and six to ten digits that no word explains is reported as HIPAA's "any other unique
identifying number or code" (`phi-other-identifier`): a site's record, member or licence number in a schema's values
or names, under a key in words no list holds or none.  A reading that says what the code is wins, inside or around
it; a key that names another kind of code (`order_id`, `isin`) explains it; prose is read for its words instead;
public registries' accessions, ISINs, placeholders, dates and times are no one's.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

import phiscan
from phiscan import rules
from phiscan.detect.analyzer import Analyzer
from phiscan.detect.specs import bare_code_ok


def _tool(name: str, description: str = "Looks a thing up.") -> list[dict[str, Any]]:
    return [{"name": name, "description": description, "input_schema": {"type": "object"}}]


@pytest.mark.parametrize(
    ("doc", "pointer"),
    [
        (_value("const", "U5937930", key="kaart"), "/properties/kaart/const"),
        (_value("enum", ["KQT4410782", "KQT4410783"], key="val"), "/properties/val/enum/0"),
        (_value("pattern", "^(ZRB8812034|ZRB8812035)$", key="val"), "/properties/val/pattern"),
        (_value("examples", ["DSQ-2267364"], key="ref"), "/properties/ref/examples/0"),
        # twelve characters with a separator: no ISIN, which has none (its check read the `-` as a digit and failed)
        (_value("const", "CC-004123456", key="ref"), "/properties/ref/const"),
        (_value("const", "CC_004123456", key="ref"), "/properties/ref/const"),
        ({"type": "object", "properties": {"fiche_HPL_6617023": {"type": "string"}}}, "/properties/fiche_HPL_6617023"),
        (_tool("lookup_WKT7731904"), "/0/name"),
    ],
)
def test_a_code_no_word_explains_is_an_identifier(analyzer: Analyzer, doc: Any, pointer: str) -> None:
    assert _found(doc, analyzer, pointer) == {"OTHER_IDENTIFIER"}


def test_it_is_reported_under_hipaas_other_identifier() -> None:
    rule = rules.for_entity("OTHER_IDENTIFIER")
    assert (rule.id, rule.hipaa) == ("phi-other-identifier", rules.OTHER)


@pytest.mark.parametrize(
    ("doc", "pointer", "entity"),
    [
        (_value("examples", ["MRN-4471920"], key="mrn"), "/properties/mrn/examples/0", "MRN"),
        ({"type": "object", "properties": {"SS_091650344": {"type": "string"}}}, "/properties/SS_091650344", "US_SSN"),
        (_value("const", "4471920", key="medical_record_number"), "/properties/medical_record_number/const", "MRN"),
    ],
)
def test_a_word_that_says_what_the_code_is_wins(analyzer: Analyzer, doc: Any, pointer: str, entity: str) -> None:
    """The category of a key or a label around the code, or of a reading inside it, is reported instead."""
    assert _found(doc, analyzer, pointer) == {entity}


@pytest.mark.parametrize(
    "code",
    [
        "C0178602",  # a UMLS concept
        "NCT01234567",  # a ClinicalTrials.gov study
        "PMC7312045",  # a PubMed Central article
        "SRR10903401",  # a Sequence Read Archive run
        "NM_004006",  # a RefSeq transcript
        "GCF_000001405",  # an NCBI assembly
        "KB5005565",  # a Windows update
        "Q930402719",  # a Wikidata item
        "W0000000",  # placeholders
        "A1234567",
        "L2100000005",  # a documentation's numbering
        "D20240115",  # a date
        "T143045",  # a time of day
        "US0378331005",  # an ISIN, by its check digit
        "HP_0001250",  # an OBO ontology's term
        "RCV000012345",  # a ClinVar record
        "INC0012345",  # a ServiceNow incident
    ],
)
def test_registry_accessions_placeholders_dates_and_times_are_no_ones(code: str) -> None:
    assert not bare_code_ok(code)


@pytest.mark.parametrize(
    "text",
    [
        "Timestamps follow ISO 8601 and RFC 3339.",  # a standard and its number, spaced
        "Build v1.2.3456789 of the client",  # a version
        "Up to 2147483647 items",  # a number alone
        "^[A-Z]{2}\\d{6}$",  # the format, not a value
        "Gene NM_004006 and study NCT01234567",
        "Order ORD-84736251 has been shipped.",  # prose says what each code is
        "Ticket DSQ-2267364 for the visit.",
    ],
)
def test_schema_text_without_a_persons_code_stays_clean(analyzer: Analyzer, text: str) -> None:
    report = phiscan.scan_document(_value("description", text, key="ref"), analyzer=analyzer)
    assert not [f for f in report.findings if f.entity == "OTHER_IDENTIFIER"]


def test_many_codes_in_one_text_are_reported_up_to_the_rules_limit(analyzer: Analyzer) -> None:
    """A pattern of codes is one problem to fix: ten findings, the last counting the rest."""
    codes = "|".join(f"ZX{4410700 + 7 * i}" for i in range(200))
    report = phiscan.scan_document(_value("pattern", f"^({codes})$", key="ref"), analyzer=analyzer)
    found = [f for f in report.findings if f.entity == "OTHER_IDENTIFIER"]
    assert len(found) == 10 and found[-1].count > 150


@pytest.mark.parametrize(
    ("key", "code"),
    [
        ("order_id", "ORD-84736251"),
        ("company_number", "OC301234"),
        ("tracking", "JD0146000061"),
        ("invoice", "RE2024001"),
    ],
)
def test_a_key_that_names_another_kind_of_code_explains_it(analyzer: Analyzer, key: str, code: str) -> None:
    assert _found(_value("examples", [code], key=key), analyzer, f"/properties/{key}/examples/0") == set()


def test_a_key_that_names_a_persons_identifier_does_not_explain_a_code_of_another_shape(analyzer: Analyzer) -> None:
    """Under `ssn`, a code that is no SSN is still someone's number."""
    assert _found(_value("examples", ["TVM2783066"], key="ssn"), analyzer, "/properties/ssn/examples/0") == {
        "OTHER_IDENTIFIER"
    }
