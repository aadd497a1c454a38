"""Detection over a run's views: each distinct view is analysed once, from the verdict cache when it can be.

A view the pre-screen proves empty costs nothing; the analyzer (and with it Presidio and spaCy) is built
only when some view misses both the memo of this run and the on-disk cache.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from phiscan.detect.analyzer import Analyzer
from phiscan.surfaces.views import View
from phiscan.types import Verdict

Verdicts = dict[View, Verdict]
NOTHING = Verdict()


@dataclass(frozen=True, slots=True)
class DetectSettings:
    """What detection needs besides the views: which analyzer, and which shortcuts it may take."""

    get_analyzer: Callable[[], Analyzer]
    analyzer: Analyzer | None = None  # the caller's own, when it passed one
    nlp_model: str | None = None
    use_cache: bool = False
    analyze_also: re.Pattern[str] | None = None  # texts the pre-screen does not know (custom recognizers)
    workers: int = 1  # processes long text may be analysed in (`--jobs`)


def detect(views: Iterable[View], settings: DetectSettings, memo: Verdicts | None = None) -> Mapping[View, Verdict]:
    """The verdict for every distinct view in `views`.  `memo` holds verdicts of earlier calls in one run;
    the views analysed here are added to it (those the pre-screen rules out are not: they cost nothing)."""
    from phiscan.detect.evidence import wants_person
    from phiscan.detect.prefilter import may_hold_entity

    known: Verdicts = {} if memo is None else memo
    out: Verdicts = {}
    also = settings.analyze_also
    fresh: list[View] = []
    for view in views:
        if view in out:
            continue
        seen = known.get(view)
        if seen is not None:
            out[view] = seen
        elif (
            may_hold_entity(view.text, (view.member, view.name, view.key))
            or wants_person(view.text, view.context)
            or (also is not None and also.search(view.text))
        ):
            out[view] = NOTHING  # placeholder until analysed below; keeps the order of first sight
            fresh.append(view)
        else:
            out[view] = NOTHING
    if fresh:
        analysed = _analyze_cached(fresh, settings)
        out.update(analysed)
        if memo is not None:
            memo.update(analysed)
    return out


def _analyze_cached(todo: list[View], settings: DetectSettings) -> Verdicts:
    """Detections for `todo`: from the verdict cache, else from the analyzer (which then fills the cache)."""
    cache = None
    if settings.use_cache:
        from phiscan.detect.cache import VerdictCache, fingerprint

        analyzer = settings.analyzer
        model, entities, custom = (
            analyzer.cache_settings() if analyzer is not None else (settings.nlp_model, None, False)
        )
        fp = None if custom else fingerprint(model, entities)
        cache = VerdictCache.open(fp) if fp is not None else None
    try:
        hits = cache.get(todo) if cache is not None else {}
        out: Verdicts = {todo[k]: hits[k] for k in hits}
        missed = [v for k, v in enumerate(todo) if k not in hits]
        if not missed:
            return out
        fresh = settings.get_analyzer().analyze(missed, workers=settings.workers)
        out.update(zip(missed, fresh, strict=True))
        if cache is not None:
            cache.put(zip(missed, fresh, strict=True))
        return out
    finally:
        if cache is not None:
            cache.close()
