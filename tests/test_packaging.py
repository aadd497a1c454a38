"""The shipped pipeline is found where it was installed and never downloaded (network is blocked here)."""

from __future__ import annotations

from pathlib import Path

import pytest

import phiscan
from phiscan.detect.analyzer import Analyzer
from phiscan.detect.model import resolve_model
from phiscan.surfaces.views import View

PACKAGE = Path(phiscan.__file__).resolve().parent


def test_the_pipeline_travels_with_the_package() -> None:
    path = Path(resolve_model(None))
    assert (path / "config.cfg").is_file() and (path / "ner").is_dir()
    if "site-packages" in PACKAGE.parts:  # a plain `pip install .`: the model is inside the wheel
        assert path == PACKAGE / "_models" / "phiscan-ner"
    else:  # a source checkout or an editable install
        assert path == PACKAGE.parent / "models" / "phiscan-ner"


def test_the_installed_pipeline_finds_names_offline(analyzer: Analyzer) -> None:
    assert Path(analyzer.model_path or resolve_model(None)) == Path(resolve_model(None))
    sentence, label = analyzer.analyze(
        [View("Consent signed by Tomasz Wieczorek on admission.", (), ""), View("Guardian: Renata Okonkwo", (), "")]
    )
    assert any(d.entity == "PERSON" and d.matched == "Tomasz Wieczorek" for d in sentence.detections)
    assert any(d.entity == "PERSON" and d.matched == "Renata Okonkwo" for d in label.detections)


@pytest.mark.parametrize("name", ["en_core_web_lg", "/no/such/pipeline"])
def test_an_unknown_model_is_a_config_error_never_a_download(name: str) -> None:
    with pytest.raises(phiscan.ConfigError, match="never downloads"):
        resolve_model(name)


def test_email_checks_use_the_bundled_suffix_list_even_if_tldextract_came_first() -> None:
    import tldextract.tldextract as tld

    tld.TLD_EXTRACTOR.suffix_list_urls = ("https://publicsuffix.org/list/public_suffix_list.dat",)
    tld.TLD_EXTRACTOR._extractor = None  # as if a host app had built it before importing phiscan
    fresh = Analyzer()
    (found,) = fresh.analyze([View("Send results to alicia.cano@icloud.com.", (), "")])  # sockets are blocked here
    assert any(d.entity == "EMAIL_ADDRESS" for d in found.detections)
    assert tld.TLD_EXTRACTOR.suffix_list_urls == ()
