"""Build phiscan/data/frequent_words.txt.gz, the English words met at least once in a million words, and
phiscan/data/foreign_words.txt.gz, the 10,000 most frequent words of each of twelve languages schemas are
written in.

    python scripts/build_frequent_words.py

Input: wordfreq 3.1.1 (code Apache-2.0; its frequency data CC BY-SA 4.0, Robyn Speer and contributors), whose
English list blends Wikipedia, subtitles, news, books, web text and social media.  Kept: its 30,000 most
frequent words (Zipf frequency 3 and above), lower case.  Webster's 2nd International, phiscan's dictionary,
also holds words no one meets today (`amadou`, `moyo`), and those are names elsewhere: once a key says a person
is meant, only a word people still use says a value is no name.  The other languages' words (Spanish,
Portuguese, French, German, Italian, Dutch, Polish, Swedish, Indonesian, Malay, Turkish, Vietnamese) say the same
of a capitalised phrase in prose that the name model took for a person (`Tipo de Documento Emitido`, `Nomor Rekam
Medis`).
"""

from __future__ import annotations

import gzip
from importlib.metadata import version
from pathlib import Path

import wordfreq

DATA = Path(__file__).resolve().parent.parent / "phiscan" / "data"
OUT = DATA / "frequent_words.txt.gz"
FOREIGN = DATA / "foreign_words.txt.gz"
LANGUAGES = ("es", "pt", "fr", "de", "it", "nl", "pl", "sv", "id", "ms", "tr", "vi")


def main() -> None:
    words = sorted({w for w in wordfreq.top_n_list("en", 30_000) if w.isalpha()})
    header = (
        f"# {len(words)} English words of Zipf frequency 3 or more: wordfreq {version('wordfreq')} (data CC BY-SA 4.0),"
        " lower case.  Built by scripts/build_frequent_words.py.\n"
    )
    _write(OUT, header, words)
    english = set(words)
    foreign = sorted({w for lang in LANGUAGES for w in wordfreq.top_n_list(lang, 10_000) if w.isalpha()} - english)
    header = (
        f"# {len(foreign)} words, the 10,000 most frequent of each of {', '.join(LANGUAGES)} not in the English list:"
        f" wordfreq {version('wordfreq')} (data CC BY-SA 4.0), lower case.  Built by scripts/build_frequent_words.py.\n"
    )
    _write(FOREIGN, header, foreign)


def _write(path: Path, header: str, words: list[str]) -> None:
    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as fh:  # the same bytes for the same words
        fh.write((header + "\n".join(words) + "\n").encode("utf-8"))


if __name__ == "__main__":
    main()
