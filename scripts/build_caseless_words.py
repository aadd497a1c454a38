"""Build phiscan/data/caseless_words.txt.gz: everyday words of languages written without capitals.

    python scripts/build_caseless_words.py

Input: wordfreq 3.1.1 (code Apache-2.0; its frequency data CC BY-SA 4.0, Robyn Speer and contributors).  Kept: the
3,000 most frequent words of Arabic, Persian, Urdu, Hebrew, Hindi, Bengali and Tamil, less the given names and
surnames phiscan lists.  Under a key naming a person, two words of such a script are a name unless one of them
is an everyday word (`غير معروف`, "unknown"): there is no capital letter to tell a name from a phrase.
"""

from __future__ import annotations

import gzip
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

import wordfreq

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "phiscan" / "data" / "caseless_words.txt.gz"
LANGUAGES = ("ar", "fa", "ur", "he", "hi", "bn", "ta")


def _spelt(word: str) -> bool:  # letters and the vowel signs and viramas that are no letters to `isalpha`
    return all(c.isalpha() or unicodedata.category(c).startswith("M") for c in word)


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from phiscan.detect.names import gazetteer

    names = gazetteer("given_names") | gazetteer("surnames")
    words = sorted(
        {w for lang in LANGUAGES for w in wordfreq.top_n_list(lang, 3_000) if _spelt(w) and not w.isascii()} - names
    )
    header = (
        f"# {len(words)} everyday words of {', '.join(LANGUAGES)}: the 3,000 most frequent of each in wordfreq"
        f" {version('wordfreq')} (data CC BY-SA 4.0), less listed names.  Built by scripts/build_caseless_words.py.\n"
    )
    with gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0) as fh:  # the same bytes for the same words
        fh.write((header + "\n".join(words) + "\n").encode("utf-8"))


if __name__ == "__main__":
    main()
