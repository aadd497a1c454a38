"""Build phiscan/data/frequent_words.txt.gz: the English words met at least once in a million words.

    python scripts/build_frequent_words.py

Input: wordfreq 3.1.1 (code Apache-2.0; its frequency data CC BY-SA 4.0, Robyn Speer and contributors), whose
English list blends Wikipedia, subtitles, news, books, web text and social media.  Kept: its 30,000 most
frequent words (Zipf frequency 3 and above), lower case.  Webster's 2nd International, phiscan's dictionary,
also holds words no one meets today (`amadou`, `moyo`), and those are names elsewhere: once a key says a person
is meant, only a word people still use says a value is no name.
"""

from __future__ import annotations

import gzip
from importlib.metadata import version
from pathlib import Path

import wordfreq

OUT = Path(__file__).resolve().parent.parent / "phiscan" / "data" / "frequent_words.txt.gz"


def main() -> None:
    words = sorted({w for w in wordfreq.top_n_list("en", 30_000) if w.isalpha()})
    header = (
        f"# {len(words)} English words of Zipf frequency 3 or more: wordfreq {version('wordfreq')} (data CC BY-SA 4.0),"
        " lower case.  Built by scripts/build_frequent_words.py.\n"
    )
    with gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0) as fh:  # the same bytes for the same words
        fh.write((header + "\n".join(words) + "\n").encode("utf-8"))


if __name__ == "__main__":
    main()
