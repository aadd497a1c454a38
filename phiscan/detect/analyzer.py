"""The one stateful object: Presidio with its spaCy pipeline, plus secret detection.

Presidio and spaCy are built on the first string that needs them (`phiscan.prefilter.needs_presidio`;
importing them costs over a second, which a scan with nothing for them to find should not pay), then
shared; the detect-secrets plugins likewise.  Nothing here downloads: the spaCy pipeline is loaded
from a directory by path, or from an installed package.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from phiscan.detect.evidence import read_context
from phiscan.detect.forked import Piece, Result, run_split
from phiscan.detect.logs import contain as contain_logs
from phiscan.detect.model import for_tokenizer, load_pipeline, offline_suffix_list, resolve_model, tokenizer_only
from phiscan.detect.windows import LONG, distinct, encodable, outside_urls, shifted, windows
from phiscan.surfaces.views import View
from phiscan.types import Detection, Verdict

# tldextract (used by Presidio's email/URL logic) would fetch the public suffix list on first use.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

_BATCH = 64  # strings the name model reads at once
_BATCH_CHARS = 20_000  # and at most this much text: its working memory grows with a batch's tokens
_NER_ENTITIES = {"PERSON": "PERSON", "PER": "PERSON", "ADDRESS": "LOCATION", "STREET_ADDRESS": "LOCATION"}


_DIGITLESS_ENTITIES = ("PERSON", "LOCATION", "EMAIL_ADDRESS", "URL", "MAC_ADDRESS")


def _screen(text: str) -> frozenset[str] | None:
    """The entities worth asking Presidio for in `text` (`phiscan.detect.prefilter.presidio_entities`)."""
    from phiscan.detect.prefilter import presidio_entities

    if len(text) > LONG:  # long text nearly always holds something: screening it costs more than it saves
        return None
    try:
        return presidio_entities(text)
    except Exception:  # the screen may only save work, never lose a finding
        return None


def _batches(pieces: list[tuple[int, int, str]]) -> Iterator[list[tuple[int, int, str]]]:
    """`pieces` in runs of at most `_BATCH` strings and `_BATCH_CHARS` characters (or one longer string)."""
    chunk: list[tuple[int, int, str]] = []
    size = 0
    for piece in pieces:
        if chunk and (len(chunk) == _BATCH or size + len(piece[2]) > _BATCH_CHARS):
            yield chunk
            chunk, size = [], 0
        chunk.append(piece)
        size += len(piece[2])
    if chunk:
        yield chunk


class Analyzer:
    """Presidio + secrets over batches of (text, context) pairs.  Thread-safe; build once, share."""

    def __init__(
        self,
        nlp_model: str | os.PathLike[str] | None = None,
        entities: Iterable[str] | None = None,
        extra_recognizers: Sequence[Any] = (),
    ) -> None:
        self._model_arg = nlp_model
        self._entities = sorted(entities) if entities is not None else None
        self._extra = tuple(extra_recognizers)
        self._lock = threading.Lock()
        self._engine: Any = None
        self._tokenize: Any = None
        self._secrets: Any = None
        self.model_path = ""

    def cache_settings(self) -> tuple[str | None, list[str] | None, bool]:
        """What the verdict cache keys on, known without building: model, entity filter, custom recognizers?"""
        return (str(self._model_arg) if self._model_arg is not None else None, self._entities, bool(self._extra))

    def _build(self) -> None:
        with self._lock:
            if self._engine is not None:
                return
            from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
            from presidio_analyzer.nlp_engine import NerModelConfiguration
            from presidio_analyzer.predefined_recognizers import (
                IbanRecognizer,
                SpacyRecognizer,
            )

            from phiscan.detect.presidio import (
                bounded_email_recognizer,
                build_recognizers,
                indexed_context_enhancer,
                path_engine,
            )

            offline_suffix_list()
            contain_logs()
            model = resolve_model(self._model_arg)
            nlp = load_pipeline(model)

            ner_conf = NerModelConfiguration(
                model_to_presidio_entity_mapping=dict(_NER_ENTITIES),
                labels_to_ignore=[
                    "ORG",
                    "ORGANIZATION",
                    "GPE",
                    "LOC",
                    "FAC",
                    "NORP",
                    "DATE",
                    "TIME",
                    "CARDINAL",
                    "ORDINAL",
                    "MONEY",
                    "PERCENT",
                    "QUANTITY",
                    "PRODUCT",
                    "EVENT",
                    "WORK_OF_ART",
                    "LAW",
                    "LANGUAGE",
                    "MISC",
                ],
                default_score=0.85,
            )
            engine = path_engine(nlp, model, ner_conf)
            registry = RecognizerRegistry(supported_languages=["en"])
            for rec in (
                *build_recognizers(),
                bounded_email_recognizer(),
                IbanRecognizer(),
                SpacyRecognizer(supported_entities=["PERSON", "LOCATION"]),
                *self._extra,
            ):
                registry.add_recognizer(rec)
            # whole words: in substring mode the context word "dl" would match "bundle"
            enhancer = indexed_context_enhancer()
            self._engine = AnalyzerEngine(
                registry=registry,
                nlp_engine=engine,
                supported_languages=["en"],
                default_score_threshold=0.0,
                context_aware_enhancer=enhancer,
            )
            self._tokenize = tokenizer_only(nlp)
            self.model_path = model

    def analyze(self, items: Sequence[View], workers: int = 1) -> list[Verdict]:
        """Detections for each view (text, context words, key), in order.  One failure loses one item only.
        With `workers` above one, long text may be analysed in that many processes (`phiscan.detect.forked`)."""
        if not items:
            return []
        items = [encodable(v) for v in items]
        out: list[Verdict | None] = [None] * len(items)
        # The screens know the shipped pipeline's tokenizer (another one, or custom recognizers, get every string);
        # Presidio and spaCy are built only when some text needs them, the rest gets the secret detectors.
        screened = not self._extra and self._model_arg is None
        wanted = [_screen(v.text) if screened else None for v in items]
        deep = [i for i, w in enumerate(wanted) if w is None or w]
        for i, v in enumerate(items):
            if wanted[i] is not None and not wanted[i]:
                found, ok = self._secrets_in(v.text, v.key, v.name, v.member)
                out[i] = Verdict(tuple(found), ok)
        read: dict[int, list[Detection] | None] = {}  # the schema's own words' evidence, read while a worker works
        if deep:
            self._build()
            self._analyze_deep(items, deep, wanted, out, workers, read)
        done = [o if o is not None else Verdict() for o in out]
        return [o.with_context(read[i] if i in read else read_context(items[i])) for i, o in enumerate(done)]

    def _analyze_deep(
        self,
        items: Sequence[View],
        deep: list[int],
        wanted: list[frozenset[str] | None],
        out: list[Verdict | None],
        workers: int,
        read: dict[int, list[Detection] | None],
    ) -> None:
        from phiscan.detect.prefilter import may_hold_name

        # Long text is analysed in overlapping windows: Presidio's context step costs matches x tokens of the
        # whole text, so one 100,000-character description would otherwise take seconds and gigabytes.
        pieces = [(i, offset, piece) for i in deep for offset, piece in windows(items[i].text)]
        found: dict[int, list[Detection]] = {i: [] for i in deep}
        complete = dict.fromkeys(deep, True)
        # Only text that could hold a name pays for the name model; the rest is tokenised for the
        # patterns' context words and nothing more.  The screen knows only the shipped pipeline's tokenizer.
        gated = self._model_arg is None

        def needs_model(i: int) -> bool:
            w, text = wanted[i], items[i].text
            return not gated or len(text) > LONG or ("PERSON" in w if w is not None else may_hold_name(text))

        modelled = {i: needs_model(i) for i in deep}
        named = [w for w in pieces if modelled[w[0]]]
        plain = [w for w in pieces if not modelled[w[0]]]
        secrets: dict[int, tuple[list[Detection], bool]] = {}

        def meanwhile() -> None:  # what needs no model, while a worker reads its windows
            for i in deep:
                secrets[i] = self._secrets_in(items[i].text, items[i].key, items[i].name, items[i].member)
                read[i] = read_context(items[i])

        for group, full in ((named, True), (plain, False)):
            todo = [(piece, items[i].context, wanted[i]) for i, _, piece in group]
            results = run_split(self._run, todo, full, workers, meanwhile if full else None)
            for (i, offset, _), (dets, ok) in zip(group, results, strict=True):
                found[i].extend(shifted(d, offset) for d in dets)
                complete[i] = complete[i] and ok
        for i in deep:
            text = items[i].text
            found_secrets, ok = (
                secrets[i] if i in secrets else self._secrets_in(text, items[i].key, items[i].name, items[i].member)
            )
            out[i] = Verdict(tuple(outside_urls(text, distinct(found[i])) + found_secrets), complete[i] and ok)

    def _run(self, pieces: Sequence[Piece], full: bool) -> list[Result]:
        """Presidio over windows (text, context, wanted entities), in batches for the name model (`full`) or
        the tokenizer alone: each window's detections and whether its analysis finished."""
        out: list[Result] = []
        for chunk in _batches([(k, 0, piece[0]) for k, piece in enumerate(pieces)]):
            artifacts = self._artifacts([for_tokenizer(text) for _, _, text in chunk], full)
            for (k, _, text), arts in zip(chunk, artifacts, strict=True):
                out.append(self._presidio(text, pieces[k][1], arts, pieces[k][2]))
        return out

    def _secrets_in(self, text: str, key: str, name: str = "", member: str = "") -> tuple[list[Detection], bool]:
        if self._secrets is None:
            from phiscan.detect.secrets import SecretDetector

            with self._lock:
                if self._secrets is None:
                    contain_logs()
                    self._secrets = SecretDetector()
        if self._secrets.wants_plugins(text):
            self._secrets.load()  # outside the try below: a broken detect-secrets fails the scan, not one string
        try:
            return [
                Detection(d.entity, d.start, d.end, d.score, d.recognizer, text[d.start : d.end])
                for d in self._secrets.detect(text, key, name, member)
            ], True
        except Exception:  # one bad string must not lose the others' findings
            return [], False

    def _artifacts(self, texts: list[str], full: bool) -> list[Any]:
        try:
            engine = self._engine.nlp_engine  # its `process_batch` would also join each document's text again
            docs = engine.nlp["en"].pipe(texts, batch_size=_BATCH) if full else map(self._tokenize, texts)
            return [engine._doc_to_nlp_artifact(doc, "en") for doc in docs]
        except Exception:
            return [None] * len(texts)

    def _entities_for(self, text: str, wanted: frozenset[str] | None) -> list[str] | None:
        """Entities worth asking for: those the screen found room for; without a digit only names,
        addresses, emails, URLs and MACs can occur."""
        if self._extra:
            return self._entities
        if wanted is None and not any(c.isdigit() for c in text):
            wanted = frozenset(_DIGITLESS_ENTITIES)
        if wanted is None:
            return self._entities
        return sorted(wanted if self._entities is None else wanted.intersection(self._entities))

    def _presidio(
        self, text: str, context: tuple[str, ...], artifacts: Any, wanted: frozenset[str] | None = None
    ) -> tuple[list[Detection], bool]:
        """Presidio's detections in `text` (one window) among `wanted` entities (None: all), and whether it
        finished."""
        entities = self._entities_for(text, wanted)
        if entities == []:  # Presidio reads an empty list as "all of them"
            return [], True
        try:
            if isinstance(artifacts, tuple):
                artifacts = artifacts[1]
            results = self._engine.analyze(
                text=text,
                language="en",
                entities=entities,
                context=list(context),
                nlp_artifacts=artifacts,
            )
        except Exception:  # one bad string must not lose the others' findings
            return [], False
        return [
            Detection(r.entity_type, r.start, r.end, float(r.score), str(name), text[r.start : r.end])
            for r in results
            if (name := (r.recognition_metadata or {}).get("recognizer_name", "presidio"))
        ], True

    def _analyze_one(self, text: str, context: tuple[str, ...], key: str, artifacts: Any) -> Verdict:
        """One short text through Presidio and the secret detectors (tests use it to bypass the screens)."""
        found, ok = self._presidio(text, context, artifacts)
        secrets, secrets_ok = self._secrets_in(text, key)
        return Verdict(tuple(outside_urls(text, found) + secrets), ok and secrets_ok)
