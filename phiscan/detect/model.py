"""The spaCy pipeline phiscan analyses with: found by path (never downloaded), loaded without the parts
Presidio does not use, and fed text its tokenizer can cut in linear time."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from phiscan.data import DEFAULT_MODEL, bundled_model_dir
from phiscan.errors import ConfigError


def resolve_model(nlp_model: str | os.PathLike[str] | None) -> str:
    """The directory (or installed package name) of the spaCy pipeline to load, never a download."""
    import spacy

    if nlp_model:
        p = Path(nlp_model).expanduser()
        if p.is_dir():
            return str(p.resolve())
        if spacy.util.is_package(str(nlp_model)):
            return str(nlp_model)
        raise ConfigError(
            f"nlp_model {str(nlp_model)!r} is neither a directory holding a spaCy pipeline nor an installed "
            "spaCy package; phiscan never downloads models (install it with pip, or give its path)"
        )
    bundled = bundled_model_dir()
    if bundled is not None:
        return str(bundled)
    raise ConfigError(f"the bundled spaCy pipeline {DEFAULT_MODEL!r} is missing from this installation")


def offline_suffix_list() -> None:
    """Make tldextract (Presidio's email check) use its bundled suffix list, never the network.

    The environment variable set at import only reaches extractors built later; a host application may
    have imported tldextract (and built its shared extractor) before phiscan.
    """
    import tldextract.tldextract as tld

    extractor = tld.TLD_EXTRACTOR
    if extractor.suffix_list_urls:
        extractor.suffix_list_urls = ()
        extractor._extractor = None  # rebuilt lazily from the bundled snapshot


_SHORT = 64  # tokens: below it, a document is read token by token


def lower_lemma(doc: Any) -> Any:
    # Presidio's context enhancer matches on lemmas; pipelines without a lemmatizer leave them empty.  As
    # arrays: a long text has hundreds of thousands of tokens, and a spaCy `Token` object each costs.
    from spacy.attrs import LEMMA, LOWER

    if len(doc) < _SHORT:  # arrays cost more than they save on a few tokens
        for token in doc:
            if not token.lemma_:
                token.lemma_ = token.lower_
        return doc
    both = doc.to_array([LOWER, LEMMA])
    empty = both[:, 1] == 0
    if empty.any():
        both[empty, 1] = both[empty, 0]
        doc.from_array([LEMMA], both[:, 1:2].copy())
    return doc


def load_pipeline(model: str) -> Any:
    import spacy
    from spacy.language import Language

    if "phiscan_lower_lemma" not in Language.factories:
        Language.component("phiscan_lower_lemma", func=lower_lemma)
    nlp = spacy.load(model, exclude=["parser", "tagger", "lemmatizer", "attribute_ruler", "senter"])
    nlp.add_pipe("phiscan_lower_lemma", last=True)
    use_numpy_products(nlp)
    return nlp


def one_blas_thread() -> None:
    """In a process that is one of several scanning at once (a `--jobs` worker, a gateway worker, a run that may
    split long text between processes), before numpy loads: numpy's OpenBLAS would start a thread per core in
    each, and the pools fight for the cores (NER up to 3x slower on a loaded machine).  The name model's
    products are small; one thread costs a process alone little.  An explicit OPENBLAS_NUM_THREADS wins."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def use_numpy_products(nlp: Any) -> None:
    """Give the pipeline's CPU layers numpy's matrix product in place of thinc's bundled BLIS.

    The name model's time is mostly matrix products, and numpy's OpenBLAS computes them about five times
    faster here (about 2x for the whole model on long text); the entities are the same.  thinc has the
    option itself (`NumpyOps(use_blis=False)`); spaCy builds its layers with the default.
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        for node in model.walk() if model is not None else ():
            if type(node.ops) is NumpyOps:  # leave GPU and other backends alone
                node.ops = ops


# spaCy's tokenizer strips prefix/suffix punctuation one character at a time, each strip rescanning
# the token: a run of 20,000 underscores takes most of a minute.  spaCy sees such runs as spaces
# (offsets unchanged); the pattern recognizers and the secret detector still read the original text.
_PUNCTUATION_RUN = re.compile(r"(?:[^\w\s]|_){33,}")


def for_tokenizer(text: str) -> str:
    return _PUNCTUATION_RUN.sub(lambda m: " " * len(m[0]), text)


def tokenizer_only(nlp: Any) -> Any:
    """The pipeline's tokenizer plus the lemma component: context words without the name model's cost.

    A second pipeline (`spacy.blank`) would build a second tokenizer, a tenth of a second.
    """
    return lambda text: lower_lemma(nlp.make_doc(text))
