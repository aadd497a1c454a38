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
# with two the gazetteers hold (`Dinara Sadykova`, `Ngozi Okonjo`)
_PEOPLE = [
    "Tendai Moyo", "Aigerim Nurlanovna", "Somchai Jaidee", "Abebe Bikila", "Siosaia Taufa", "Kaveh Farahani",
    "Farrukh Tashkentov", "Bolat Zhaksylykov", "Tatenda Chikwanha", "Nattapong Srisuk", "Tigist Alemayehu",
    "Yerlan Abenov", "Rudo Mutasa", "Kittisak Wongsa", "Nyasha Chinembiri", "Dinara Sadykova", "Lemlem Tesfaye",
    "Oyunchimeg Batbayar", "Ngozi Okonjo", "Siriporn Chaiyasit",
]  # fmt: skip


def _found_members(values: list[str], analyzer: Analyzer, key: str = "attendee") -> set[str]:
    report = scan_document(_value("enum", values, key=key), analyzer=analyzer)
    return {values[int(f.pointer.rsplit("/", 1)[1])] for f in report.findings if f.entity == "PERSON"}


def test_an_enum_of_people_of_many_cultures_is_an_enum_of_names(analyzer: Analyzer) -> None:
    assert _found_members(_PEOPLE, analyzer) == set(_PEOPLE)


def test_the_same_names_alone_need_a_known_name_beside_them(analyzer: Analyzer) -> None:
    unlisted = [n for n in _PEOPLE if n not in ("Dinara Sadykova", "Ngozi Okonjo", "Somchai Jaidee")]
    assert len(_found_members(unlisted[:6], analyzer)) <= 1


@pytest.mark.parametrize(
    "values",
    [
        ["Toyota Camry", "Honda Civic", "Ford Focus", "Nissan Altima", "Lincoln Navigator", "Subaru Outback"],
        ["Addis Ababa", "Kuala Lumpur", "Phnom Penh", "Buenos Aires", "Porto Alegre", "San Jose"],
        ["Sigstore Cosign", "Kubeflow Katib", "Argo Workflows", "Tekton Pipelines", "Harbor Registry"],
    ],
)
def test_an_enum_of_things_written_as_names_is_no_enum_of_names(analyzer: Analyzer, values: list[str]) -> None:
    assert _found_members(values, analyzer) == set()
