"""Words people still use: Webster's 2nd International, phiscan's dictionary, also holds words no one meets today
(`amadou`, `moyo`, `kyaw` are names elsewhere); `data/frequent_words.txt.gz` holds the English words met at least
once in a million (wordfreq), and `data/foreign_words.txt.gz` the everyday words of twenty European languages."""

from __future__ import annotations

import functools
import gzip

from phiscan.data import data_file


@functools.cache
def _words(name: str) -> frozenset[str]:
    lines = gzip.decompress(data_file(name).read_bytes()).decode("utf-8").split("\n")
    return frozenset(line for line in lines if line and not line.startswith("#"))


def frequent_words() -> frozenset[str]:
    """The English words `frequent` holds, lower case."""
    return _words("frequent_words.txt.gz")


def frequent(word: str) -> bool:
    """A word English text meets at least once in a million words (`applicable`, not `amadou`)."""
    return word.strip(".,'\u2019-").lower() in _words("frequent_words.txt.gz")


def everyday_elsewhere(word: str) -> bool:
    """An everyday word of Spanish, German, Polish ... (`Registro`, `Akte`, `Datos`; `Nuevo` too, a surname)."""
    return word.strip(".,'\u2019-").lower() in _words("foreign_words.txt.gz")
