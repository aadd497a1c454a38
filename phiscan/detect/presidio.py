"""phiscan's pattern specs as Presidio recognizers: the only module that subclasses Presidio's."""

from __future__ import annotations

import copy
import functools
from typing import Any

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from phiscan.detect.specs import SPECS, Spec
from phiscan.detect.urls import URL_PATTERN, personal_url

REGEX_TIMEOUT_S = 60  # as Presidio's default; a string that needs longer is not fully analysed


class PhiRecognizer(PatternRecognizer):
    """A `Spec` as a Presidio pattern recognizer: its check invalidates a match."""

    def __init__(self, spec: Spec) -> None:
        super().__init__(
            supported_entity=spec.entity,
            patterns=[Pattern(n, r, s) for n, r, s in spec.patterns],
            context=list(spec.context),
            name=spec.name,
            global_regex_flags=spec.flags,
        )
        self._check = spec.check
        self._label = spec.name
        self._compiled = [(Pattern(n, r, sc), regex.compile(r, flags=spec.flags)) for n, r, sc in spec.patterns]

    def invalidate_result(self, pattern_text: str) -> bool | None:
        if self._check is not None and not self._check(pattern_text):
            return True
        return None

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's pattern loop, with our flags (not its global IGNORECASE), the check before the result is
        built (Presidio explains every match first, and a long text's checks drop thousands) and a regex timeout
        that fails the string rather than skipping the pattern (Presidio logs it and goes on)."""
        flags, out, name = self.global_regex_flags or 0, [], self._label
        ids = {RecognizerResult.RECOGNIZER_NAME_KEY: name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
        for p, rx in self._compiled:
            for m in rx.finditer(text, timeout=REGEX_TIMEOUT_S):
                a, b = m.span()
                if a == b or (self._check is not None and not self._check(text[a:b])):
                    continue
                # no validation result, as Presidio passes for recognizers without one
                why = self.build_regex_explanation(name, p.name, p.regex, p.score, None, flags)  # type: ignore[arg-type]
                out.append(RecognizerResult(self.supported_entities[0], a, b, p.score, why, dict(ids)))
        return EntityRecognizer.remove_duplicates(out)


class PersonalUrlRecognizer(PatternRecognizer):
    """Presidio recognizer emitting `URL` for personal URLs only (`phiscan.detect.urls`)."""

    def __init__(self) -> None:
        super().__init__(
            supported_entity="URL",
            patterns=[Pattern("personal url", URL_PATTERN, 0.7)],
            name="phiscan:URL",
            context=[],
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        return not personal_url(pattern_text)


def build_recognizers() -> list[EntityRecognizer]:
    """Every pattern recognizer phiscan registers: the specs, then the personal-URL recognizer."""
    return [*(PhiRecognizer(s) for s in SPECS), PersonalUrlRecognizer()]


def bounded_email_recognizer() -> EntityRecognizer:
    """Presidio's email recognizer with its local part bounded to 64 characters (RFC 5321, 4.5.3.1.1).

    Unbounded (`{0,}`), a long run such as `a.a.a.…@` costs time quadratic in its length: 50,000 characters
    took a minute.  No valid address has a longer local part, so nothing is lost.
    """
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    patterns = [
        Pattern(p.name, p.regex.replace("\\.\\w]{0,}", "\\.\\w]{0,62}"), p.score) for p in EmailRecognizer.PATTERNS
    ]
    if any("{0,}" in p.regex for p in patterns):  # Presidio changed its pattern: refuse to run it unbounded
        raise RuntimeError("Presidio's email pattern changed; phiscan's bound no longer applies")
    return EmailRecognizer(patterns=patterns)


class _Copied(RecognizerResult):
    """A result copied the way the context step needs: it sets the score, the explanation's fields and one
    metadata flag.  `copy.deepcopy` of thousands of results (with their explanations) cost a second per
    MB of text; these copies are already the step's own, so its deep copy keeps them."""

    @classmethod
    def of(cls, r: RecognizerResult) -> _Copied:
        out = cls.__new__(cls)
        out.__dict__.update(r.__dict__)
        out.recognition_metadata = dict(r.recognition_metadata) if r.recognition_metadata else r.recognition_metadata
        out.analysis_explanation = copy.copy(r.analysis_explanation)
        return out

    def __deepcopy__(self, memo: dict[int, Any]) -> _Copied:
        return self


def indexed_context_enhancer() -> Any:
    """Presidio's lemma context enhancer, finding each match's token by bisection.

    Presidio walks the document's tokens from the start for every match (matches x tokens, each step making
    a spaCy `Token`); here the token ends are listed once per document and searched, so a window with many
    matches costs about what it costs to tokenise it.
    """
    import bisect
    import threading

    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    class _Indexed(LemmaContextAwareEnhancer):
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self._last = threading.local()  # the analyzer is shared across threads: each keeps its own document

        def _find_index_of_match_token(  # type: ignore[override]
            self, word: str, start: int, tokens: Any, tokens_indices: list[int]
        ) -> int:
            last = self._last
            if getattr(last, "doc", None) is not tokens:
                from spacy.attrs import IDX, LENGTH

                last.doc = tokens
                if len(tokens) < 64:  # arrays cost more than they save on a few tokens
                    last.ends = [at + len(token) for at, token in zip(tokens_indices, tokens, strict=True)]
                else:
                    spans = tokens.to_array([IDX, LENGTH])
                    last.ends = (spans[:, 0] + spans[:, 1]).tolist()
            i = bisect.bisect_right(last.ends, start)  # the first token reaching past `start`, as Presidio's scan
            if i >= len(last.ends):
                raise ValueError("the match is not in the list of tokens")
            return i

        def enhance_using_context(
            self,
            text: str,
            raw_results: list[RecognizerResult],
            nlp_artifacts: NlpArtifacts,
            recognizers: list[EntityRecognizer],
            context: list[str] | None = None,
        ) -> list[RecognizerResult]:
            # Presidio deep-copies every result first; those of recognizers without context words (the
            # name model's thousands in a long text) it then returns unchanged, so only the others go in.
            wanting = {r.id for r in recognizers if r.context}
            key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
            picks = [i for i, r in enumerate(raw_results) if (r.recognition_metadata or {}).get(key) in wanting]
            enhanced = super().enhance_using_context(
                text, [_Copied.of(raw_results[i]) for i in picks], nlp_artifacts, recognizers, context
            )
            out = list(raw_results)
            for i, r in zip(picks, enhanced, strict=True):
                out[i] = r
            return out

    return _Indexed(context_matching_mode="whole_word")


def path_engine(nlp: Any, model: str, ner: Any) -> Any:
    """Presidio's spaCy engine over a pipeline already loaded by path (never `spacy.load(name)`), building each
    document's lemmas and token offsets from spaCy's arrays: Presidio makes a `Token` object per token for
    each list, and a long text has hundreds of thousands of tokens."""
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from spacy.attrs import IDX, LEMMA

    @functools.lru_cache(maxsize=1 << 16)
    def flags(word: str) -> tuple[bool, bool]:
        lexeme = nlp.vocab[word]
        return bool(lexeme.is_stop), bool(lexeme.is_punct)

    class _PathEngine(SpacyNlpEngine):
        def load(self) -> None:
            self.nlp = {"en": nlp}  # type: ignore[assignment]

        # asked of every lemma of every document (its context keywords); a long text repeats its words
        def is_stopword(self, word: str, language: str) -> bool:
            return flags(word)[0]

        def is_punct(self, word: str, language: str) -> bool:
            return flags(word)[1]

        def _doc_to_nlp_artifact(self, doc: Any, language: str) -> NlpArtifacts:
            if len(doc) < 64:  # arrays cost more than they save on a few tokens
                starts, lemmas = [t.idx for t in doc], [t.lemma_ for t in doc]
            else:
                at = doc.to_array([IDX, LEMMA])
                starts, lemmas = at[:, 0].tolist(), [doc.vocab.strings[h] for h in at[:, 1].tolist()]
            entities, scores = self._get_updated_entities(self._get_entities(doc), self._get_scores_for_entities(doc))
            return NlpArtifacts(
                entities=entities,
                tokens=doc,
                tokens_indices=starts,
                lemmas=lemmas,
                nlp_engine=self,
                language=language,
                scores=scores,
            )

    engine = _PathEngine(models=[{"lang_code": "en", "model_name": model}], ner_model_configuration=ner)
    engine.load()
    return engine
