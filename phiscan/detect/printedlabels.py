"""Abbreviations that name a category only as a key's or a label's word (`cin`, `pan`, `Lic num:`), and the phrases
capitalised labels printed before a number stand for (`FIN` -> "fin number"), from `phiscan/data/vocabulary.toml`."""

from __future__ import annotations

import functools
import re

from phiscan.detect.vocabtable import table as _table


@functools.cache
def key_only_pattern() -> re.Pattern[str]:
    """The abbreviations that name a category in keys and labels only (`cin`, `pan`), as whole words of prose; `lic`,
    `pat` and `ser` with their period, and any but a patent's before its number's word and a colon (`Lic num:`), too."""
    words, number = "|".join(map(re.escape, sorted(_table().key_only))), r"[ ._]?(?:num|no|nbr|nr|number|#)\.? ?:"
    return re.compile(rf"(?i)(?<![\w-])(?:{words})(?![\w-])(?!(?<=lic)\.|(?<=pat)\.|(?<=ser)\.|(?<!pat){number})")


def label_phrase(label: str, key: bool = False) -> str | None:
    """The phrase a capitalised label printed before a number stands for (`FIN` -> "fin number"), or None;
    with `key`, a whole key that is a label (AAMVA's `DAQ`, which in prose is a data acquisition card)."""
    labels = _table().labels
    if key and (phrase := _table().key_labels.get(label)) is not None:
        return phrase
    return labels.get(label.strip(" :-")) or labels.get(label.strip(" #:-"))  # `MR#` is a label, `MR` is not
