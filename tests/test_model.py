"""Behaviour of the shipped NER pipeline (`models/phiscan-ner`), loaded by path with no network.

These check what the model is for, not exact scores: names in shapes it did not see
verbatim are found, and schema vocabulary that looks like names is left alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

MODEL = Path(__file__).resolve().parent.parent / "models" / "phiscan-ner"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load(MODEL)


def _labelled(nlp: Language, text: str, label: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == label]


def test_pipeline_is_plain_tok2vec_and_ner(nlp: Language) -> None:
    assert nlp.pipe_names == ["tok2vec", "ner"]
    assert set(nlp.get_pipe("ner").labels) == {"PERSON", "ADDRESS"}


def test_finds_name_in_title_cased_split_identifier(nlp: Language) -> None:
    # presented form of `emergency_contact_priscilla_okafor_phone`
    assert _labelled(nlp, "Emergency Contact Priscilla Okafor Phone", "PERSON") == ["Priscilla Okafor"]


def test_finds_name_inside_a_sentence(nlp: Language) -> None:
    found = _labelled(nlp, "Retrieve the medication list for Harold Whitfield (DOB 07/22/1961).", "PERSON")
    assert found == ["Harold Whitfield"]


def test_finds_last_comma_first_name(nlp: Language) -> None:
    found = _labelled(nlp, "OYELARAN, Beatrice", "PERSON")
    assert found and "Beatrice" in found[0]


def test_finds_non_latin_name(nlp: Language) -> None:
    assert _labelled(nlp, "Patient: Ольга Смирнова", "PERSON") == ["Ольга Смирнова"]


def test_finds_whole_street_address(nlp: Language) -> None:
    found = _labelled(nlp, "Ship the monitor to 2817 Larkspur Terrace Apt. 12, Fennimore, WI 53809", "ADDRESS")
    assert found and found[0].startswith("2817 Larkspur") and found[0].endswith("53809")


@pytest.mark.parametrize(
    "text",
    [
        "Patient Name",
        "June",
        "Living Will",
        "Date Of Birth",
        "Austin",
        "Lookup Patient By Mrn",
        "America/New_York",
        "Docker",
        "Medical record number assigned by the facility.",
        "Texas",
    ],
)
def test_leaves_vocabulary_alone(nlp: Language, text: str) -> None:
    assert [ent.text for ent in nlp(text).ents] == []


def test_numpy_products_give_the_model_its_own_answers(nlp: Language) -> None:
    """phiscan swaps thinc's BLIS matrix product for numpy's (`use_numpy_products`, a speed-up): every
    entity and score-bearing decision stays what thinc's own product gives, on text of many shapes."""
    from phiscan.detect.model import load_pipeline, use_numpy_products

    texts = [
        "Retrieve the medication list for Harold Whitfield (DOB 07/22/1961).",
        "Emergency Contact Priscilla Okafor Phone",
        "Ship the monitor to 2817 Larkspur Terrace Apt. 12, Fennimore, WI 53809",
        "Patient: Ольга Смирнова; guarantor OYELARAN, Beatrice",
        " ".join(f"Patient Maria Gonzalez SSN 412-67-88{i:02d} phone 415-555-01{i:02d}." for i in range(60)),
    ]
    own = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]
    swapped = load_pipeline(str(MODEL))
    assert [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in swapped.pipe(texts)] == own
    assert any(node.ops.use_blis is False for node in swapped.get_pipe("tok2vec").model.walk())
    use_numpy_products(swapped)  # applying it twice changes nothing
    assert [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in swapped.pipe(texts)] == own
