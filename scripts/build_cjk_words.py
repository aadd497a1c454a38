"""Build phiscan/data/cjk_words.txt.gz: the words of Chinese, Japanese and Korean met most often, as text writes them.

    python scripts/build_cjk_words.py

Input: wordfreq 3.1.1 (code Apache-2.0; its frequency data CC BY-SA 4.0, Robyn Speer and contributors): the 50,000
most frequent words of its Chinese and Japanese lists and the whole of its Korean one, kept where they are two to
four Han, kana or Hangul characters.  A name in these scripts is a surname and a given name written together, and
many everyday words begin with a character that is also a surname (高度 height, 王国 kingdom, 이메일 e-mail): such
a word is a name only when the rest of it is a listed given name (`phiscan.detect.ideographic`).
"""

from __future__ import annotations

import gzip
import re
from importlib.metadata import version
from pathlib import Path

import wordfreq

OUT = Path(__file__).resolve().parent.parent / "phiscan" / "data" / "cjk_words.txt.gz"
_WRITTEN = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,4}")  # kana, Han, Hangul


def main() -> None:
    lines = [
        f"# Chinese, Japanese and Korean words of two to four characters among the 50,000 most frequent of wordfreq"
        f" {version('wordfreq')} (data CC BY-SA 4.0), most frequent first, under a `# zh`, `# ja` or `# ko` line."
        "  Built by scripts/build_cjk_words.py."
    ]
    for lang in ("zh", "ja", "ko"):
        lines += [f"# {lang}", *(w for w in wordfreq.top_n_list(lang, 50_000) if _WRITTEN.fullmatch(w))]
    with gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0) as fh:  # the same bytes for the same words
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))


if __name__ == "__main__":
    main()
