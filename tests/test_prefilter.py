"""The pre-screens only save work: what they let skip, Presidio and the name model would not have reported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from phiscan.detect.analyzer import Analyzer
from phiscan.detect.prefilter import may_hold_entity, may_hold_name, needs_presidio, presidio_entities
from phiscan.documents.discover import iter_files
from phiscan.documents.load import Limits
from phiscan.policy.decide import Policy, _plausible
from phiscan.surfaces.units import load_units
from phiscan.surfaces.views import views_of
from phiscan.types import Detection

ROOT = Path(__file__).resolve().parent.parent
STRINGS = ROOT / "tests" / "data" / "screen-strings.txt"


def _curated() -> list[str]:
    lines = STRINGS.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def _fixture_views() -> list[tuple[str, tuple[str, ...], str]]:
    """Every (text, context, key) the scanner would analyse in the shipped fixtures."""
    seen: dict[tuple[str, tuple[str, ...], str], None] = {}
    for f in sorted(iter_files([ROOT / "fixtures"])):
        units = load_units([f], None, Limits())[0]
        for unit in units:
            for s in unit.surfaces:
                for v in views_of(s):
                    if may_hold_entity(v.text):
                        seen.setdefault((v.text, v.context, v.key))
    return list(seen)


def _presidio_answer(analyzer: Analyzer, items: list[tuple[str, tuple[str, ...], str]]) -> list[list[Detection]]:
    """What Presidio and the name model say for each item with every gate open: the full pipeline on all."""
    analyzer._build()
    artifacts = analyzer._artifacts([text for text, _, _ in items], True)
    return [analyzer._analyze_one(*item, arts).detections for item, arts in zip(items, artifacts, strict=True)]


def test_what_the_screen_skips_presidio_would_not_have_reported(analyzer: Analyzer) -> None:
    items = _fixture_views() + [(t, (), "") for t in _curated()]
    skipped = [it for it in items if not needs_presidio(it[0])]
    assert len(skipped) > 50  # the test means something only if the screen skips plenty
    for (text, _, _), found in zip(skipped, _presidio_answer(analyzer, skipped), strict=True):
        kept = [d for d in found if d.recognizer != "SpacyRecognizer" or _plausible(d, Policy(min_score=0.0))]
        # secrets are detected with or without the screen; nothing else may be lost
        assert all(d.recognizer.endswith("Detector") for d in kept), (text, kept)


def test_presidio_asked_for_the_screened_entities_keeps_all_it_would_keep_asked_for_all(analyzer: Analyzer) -> None:
    """`presidio_entities` narrows the recognizers Presidio runs; nothing the policy keeps may be lost."""
    items = _fixture_views() + [(t, (), "") for t in _curated()]
    screened = [(item, wanted) for item in items if (wanted := presidio_entities(item[0]))]
    assert len(screened) > 50 and any(len(w) < 5 for _, w in screened)
    analyzer._build()
    artifacts = analyzer._artifacts([text for (text, _, _), _ in screened], True)
    keeps = Policy(min_score=0.01)
    for ((text, context, _), wanted), arts in zip(screened, artifacts, strict=True):
        full = {d for d in analyzer._presidio(text, context, arts)[0] if _plausible(d, keeps)}
        narrow = set(analyzer._presidio(text, context, arts, wanted)[0])
        assert full <= narrow, (text, wanted, full - narrow)


@pytest.mark.parametrize(
    "text",
    [
        t
        for t in _curated()
        if t
        in {
            "Maria Gonzalez",
            "GONZALEZ, Maria",
            "(Maria Gonzalez)",
            "x/Maria Gonzalez-Smith",
            "10Maria Gonzalez",
            "Dr. Smith",
            "J. Smith",
            "Referral for Maria van der Berg",
            "Visit for María García",
            "Мария Иванова",
            "e.g.Gonzalez, Maria",
            "ex-Souza, Maria",
            "x-J. Souza",
            "Souza, J.'s chart",
            "Maria Cannot",
            "Patient: John Wont",
            "Gumprich, Hedwig",
            "dr Smith",
            "Nguyen, Van Tran",
            "Patient J'. Gonzalez was seen today",
            "山田太郎",
            "Patient lives at 41500 Bailey Isle Apt. 602, West Terri, NV 89501.",
            "Mail to Springfield, IL 62704",
        }
    ],
)
def test_anything_shaped_like_a_name_or_address_goes_to_the_model(text: str) -> None:
    assert may_hold_entity(text)
    assert may_hold_name(text)
    assert needs_presidio(text)


@pytest.mark.parametrize(
    "text",
    [
        "MRN-0099310",
        "DOB 03/12/1984",
        "SSN 532-48-7719",
        "maria.gonzalez@gmail.com",
        "maria.gonzalez@\u200dgmail.com",
        "https://twitter.com/mary_gonzalez",
        "IBAN GB33BUKB20201555555555",
        "Device MAC 3C:22:FB:1B:93:BA",
        "VIN 1HGCM82633A004352",
        "+H629SPINE01231I",  # HIBC UDI
        "01008845211987491727013110LOT4471",  # GS1 UDI without parentheses
        "5061-0244-1697-2730",  # a Verve card (Maestro's 50 range)
        "call back on (503)241-7789",
        "Cumhuriyet Cad. No:12 D:3",
        "340 S 500 W, Logan, UT 84321",
        "1012667122V019349",  # the VA's Integration Control Number
        "Ask Mrs. Oyelaran to sign",  # a surname after a title
        "Office (030) 9018 2744",  # a number written nationally
    ],
)
def test_a_value_any_pattern_recognizer_accepts_goes_to_presidio(text: str) -> None:
    assert needs_presidio(text)


@pytest.mark.parametrize(
    "text",
    [
        "Max Length",
        "Lot Number",
        "Kit Configuration",
        "May be used to represent additional information.",
        "Defaults to 100. Maximum 1000.",
        "See https://docs.github.com/en/rest for details.",
        "Version 1.2.3 of the API, released 2021.",
    ],
)
def test_vocabulary_numbers_and_doc_links_skip_presidio(text: str) -> None:
    assert not needs_presidio(text)


def test_the_token_splits_are_the_shipped_tokenizers(analyzer: Analyzer) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_token_splits import OUT, token_splits

    analyzer._build()
    nlp = analyzer._engine.nlp_engine.nlp["en"]
    assert json.loads(OUT.read_text("utf-8")) == token_splits(nlp)


def test_a_clean_file_is_scanned_without_importing_presidio_or_spacy(tmp_path: Path) -> None:
    code = (
        "import sys, phiscan; r = phiscan.scan_paths([sys.argv[1]]); "
        "print(len(r.findings), r.strings_scanned > 0, 'presidio_analyzer' in sys.modules, 'spacy' in sys.modules)"
    )
    clean = ROOT / "fixtures" / "anthropic" / "clean" / "tools.json"
    out = subprocess.run([sys.executable, "-c", code, str(clean)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "True", "False", "False"]


def test_a_file_with_phi_still_gets_the_full_analysis() -> None:
    code = (
        "import sys, phiscan; r = phiscan.scan_paths([sys.argv[1]]); "
        "print(sorted({f.entity for f in r.findings}), 'presidio_analyzer' in sys.modules)"
    )
    dirty = ROOT / "fixtures" / "requests" / "phi-in-strict-schema.json"
    out = subprocess.run([sys.executable, "-c", code, str(dirty)], capture_output=True, text=True, check=True)
    assert "PERSON" in out.stdout and out.stdout.strip().endswith("True")


def test_another_pipeline_gets_every_string_since_the_screen_knows_only_the_shipped_tokenizer() -> None:
    code = (
        "import sys; from phiscan.detect.analyzer import Analyzer; from phiscan.surfaces.views import View; "
        "Analyzer(sys.argv[1] or None).analyze([View('Max Length', (), '')]); "
        "print('presidio_analyzer' in sys.modules)"
    )
    for model, expected in (("", "False"), (str(ROOT / "models" / "phiscan-ner"), "True")):
        out = subprocess.run([sys.executable, "-c", code, model], capture_output=True, text=True, check=True)
        assert out.stdout.strip() == expected, model


def _every_span_a_tokenizer_could_cut(text: str) -> bool:
    """The reference for `may_hold_name`, by brute force: any two-to-five-word span, cut wherever the
    tokenizer could, that `name_shaped` accepts (or an address shape, or a non-Latin script)."""
    import phiscan.detect.prefilter as p
    from phiscan.detect.names import name_shaped

    if p._non_latin(text) or p._ADDRESS_HINT.search(text):
        return True
    chunks = list(p._CHUNK.finditer(text))
    cuts = [p._cuts(text, c) for c in chunks]
    return any(
        name_shaped(text[a:b].strip())
        for i in range(len(chunks))
        for j in range(i + 1, min(i + 5, len(chunks)))
        for a in (chunks[i].start(), *cuts[i])
        for b in (*cuts[j], chunks[j].end())
    )


def test_the_name_gate_misses_no_span_the_policy_would_keep() -> None:
    import random

    from phiscan.detect.names import gazetteer as _load

    rng = random.Random(20261128)
    given = sorted(w for w in _load("given_names") if w.isalpha())
    surnames = sorted(w for w in _load("surnames") if w.isalpha())
    other = [
        "dr",
        "Mr",
        "Prof",
        "van",
        "de",
        "Del",
        "Van",
        "y",
        "Y",
        "al",
        "st",
        "the",
        "seen",
        "Cannot",
        "Wont",
        "for",
        "Id",
        "J.",
        "J'.",
        "R-.",
        "S\u2019.",
        "Nguyen,",
        "Lopez,",
    ]
    glue = [".", "'", "-", "\u2019", "(", ")", ":", "/", "_", ",", '"', "&"]

    def word() -> str:
        pick = rng.random()
        w = rng.choice(
            given if pick < 0.3 else surnames if pick < 0.6 else other if pick < 0.85 else "ABCDEFGHJKLMNPRSTWY"
        )
        w = w.capitalize() if rng.random() < 0.5 else w.upper() if rng.random() < 0.2 else w
        while rng.random() < 0.35:
            w = rng.choice(glue) + w if rng.random() < 0.5 else w + rng.choice(glue)
        return w

    texts = [" ".join(word() for _ in range(rng.randint(2, 5))) for _ in range(4000)]
    expected = [t for t in texts if _every_span_a_tokenizer_could_cut(t)]
    assert len(expected) > 300  # plenty of name-shaped spans to miss
    assert [t for t in expected if not (may_hold_entity(t) and may_hold_name(t))] == []


def test_the_screens_copies_of_presidio_patterns_still_hold() -> None:
    """The screen stands in for three of Presidio's recognizers; a Presidio upgrade that changes them fails here."""
    import regex
    from presidio_analyzer import PatternRecognizer
    from presidio_analyzer.predefined_recognizers import EmailRecognizer, IbanRecognizer

    import phiscan.detect.prefilter as p
    from phiscan.detect.presidio import PersonalUrlRecognizer

    iban = IbanRecognizer().patterns[0].regex
    assert iban.replace("([A-Z]{2}", "[A-Z]{2}", 1).startswith(p._IBAN_HINT)  # every IBAN match holds a hint match
    assert all("[@]" in pat.regex or "@" in pat.regex for pat in EmailRecognizer().patterns)
    default = PatternRecognizer(supported_entity="X", deny_list=["x"]).global_regex_flags
    assert PersonalUrlRecognizer().global_regex_flags == default == regex.DOTALL | regex.MULTILINE | regex.IGNORECASE
