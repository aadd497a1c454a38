"""An enum of people's names carries its known names to the members no gazetteer holds; an enum of other things
written as names (cars, cities, fonts) does not become one.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

import pytest
from scan_support import one_property as _value

from phiscan.detect.analyzer import Analyzer
from phiscan.scan import scan_document

# names of cultures the gazetteers hold few of (Shona, Amharic, Kazakh, Thai, Tongan, Persian, Uzbek, Mongolian),
# with four the main lists hold (`Dinara Sadykova`, `Priya Raghunathan`, `Kwame Mensah`, `Thandiwe Ndlovu`) and two
# whose every word the lists and the US Census registers hold between them (`Kaveh Farahani`, `Tigist Alemayehu`)
_PEOPLE = [
    "Tendai Moyo", "Aigerim Nurlanovna", "Kwame Mensah", "Abebe Bikila", "Siosaia Taufa", "Kaveh Farahani",
    "Farrukh Tashkentov", "Thandiwe Ndlovu", "Tatenda Chikwanha", "Nattapong Srisuk", "Tigist Alemayehu",
    "Yerlan Abenov", "Rudo Mutasa", "Kittisak Wongsa", "Nyasha Chinembiri", "Dinara Sadykova", "Lemlem Tesfaye",
    "Oyunchimeg Batbayar", "Priya Raghunathan", "Siriporn Chaiyasit",
]  # fmt: skip
_KNOWN = (
    "Dinara Sadykova",
    "Priya Raghunathan",
    "Kwame Mensah",
    "Thandiwe Ndlovu",
    "Kaveh Farahani",
    "Tigist Alemayehu",
)


def _found_members(values: list[str], analyzer: Analyzer, key: str = "attendee") -> set[str]:
    report = scan_document(_value("enum", values, key=key), analyzer=analyzer)
    return {values[int(f.pointer.rsplit("/", 1)[1])] for f in report.findings if f.entity == "PERSON"}


def test_an_enum_of_people_of_many_cultures_is_an_enum_of_names(analyzer: Analyzer) -> None:
    assert _found_members(_PEOPLE, analyzer) == set(_PEOPLE)


def test_the_known_names_alone_are_found_and_the_others_need_them(analyzer: Analyzer) -> None:
    assert _found_members(list(_KNOWN), analyzer) == set(_KNOWN)
    # a listed surname after a given name no word list holds is found alone (`nameforms.bare_name`)
    assert _found_members(["Lemlem Tesfaye"], analyzer) == {"Lemlem Tesfaye"}
    unlisted = [n for n in _PEOPLE if n not in _KNOWN and n != "Lemlem Tesfaye"]
    assert _found_members(unlisted, analyzer) == set()
    # two known names among sixteen are too few to make the enum one of people
    assert _found_members([*unlisted, *_KNOWN[:2]], analyzer) == set(_KNOWN[:2])


@pytest.mark.parametrize(
    "values",
    [
        ["Toyota Camry", "Honda Civic", "Ford Focus", "Nissan Altima", "Lincoln Navigator", "Subaru Outback"],
        ["Addis Ababa", "Kuala Lumpur", "Phnom Penh", "Buenos Aires", "Porto Alegre", "San Jose"],
        ["Sigstore Cosign", "Kubeflow Katib", "Argo Workflows", "Tekton Pipelines", "Harbor Registry"],
        # eponyms and tests: three of these are names on their own, enough to spread but for their everyday words
        [
            *("Guillain Barre", "Wolff Parkinson", "Stevens Johnson", "Creutzfeldt Jakob", "Ehlers Danlos"),
            *("Charcot Marie", "Graves Basedow", "Kawasaki Shock"),
        ],
        ["kolmogorov smirnov", "mann whitney", "kruskal wallis", "shapiro wilk", "anderson darling", "durbin watson"],
    ],
)
def test_an_enum_of_things_written_as_names_is_no_enum_of_names(analyzer: Analyzer, values: list[str]) -> None:
    # what the gazetteers find member by member may stay; nothing spreads to the others
    alone = set().union(*(_found_members([v], analyzer) for v in values))
    assert _found_members(values, analyzer) == alone


@pytest.mark.parametrize("key", ["guarantor", "subscriber", "patient"])  # (`guarantorName` is HL7's GT1-3: any name)
def test_two_known_names_under_a_key_naming_a_person_s_role_make_an_enum_of_names(analyzer: Analyzer, key: str) -> None:
    # four names no gazetteer holds whole and none found alone (Edo, Ijaw, Urhobo), beside two known ones
    people = ["Osahon Ehigiator", "Ebikabowei Tonye", "Tamunotonye Ibiso", "Oghenekaro Ejiro"]
    known = ["Kwame Mensah", "Priya Raghunathan"]
    assert _found_members(people, analyzer, key=key) == set()
    assert _found_members([*people, *known], analyzer, key=key) == {*people, *known}


@pytest.mark.parametrize(
    "values",
    [
        ["Guillain Barre", "Wolff Parkinson", "Kaplan Meier", "Kruskal Wallis", "Mann Whitney", "Sherwin Williams"],
        ["Johns Hopkins", "Sloan Kettering", "Cedars Sinai", "Beth Israel", "Lenox Hill", "Kaiser Permanente"],
    ],
)
def test_eponyms_and_institutions_under_a_role_stay_what_they_are(analyzer: Analyzer, values: list[str]) -> None:
    alone = set().union(*(_found_members([v], analyzer, key="subscriber") for v in values))
    assert _found_members(values, analyzer, key="subscriber") == alone


@pytest.mark.parametrize("key", ["name", "contact", "attendee", "patientStatus", "patientSite"])
def test_two_known_names_under_a_bare_name_or_no_role_do_not_spread(analyzer: Analyzer, key: str) -> None:
    # a bare `name` is a brand's or a product's as often, a `contact` a way to reach someone
    values = ["Osahon Ehigiator", "Ebikabowei Tonye", "Tamunotonye Ibiso", "Kwame Mensah", "Priya Raghunathan"]
    assert _found_members(values, analyzer, key=key) == {"Kwame Mensah", "Priya Raghunathan"}
