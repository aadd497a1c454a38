"""Build phiscan/data/foreign_words.txt.gz: everyday words of the Latin-script languages phiscan reads.

    python scripts/build_foreign_words.py

Input: wordfreq 3.1.1 (code Apache-2.0; its frequency data CC BY-SA 4.0, Robyn Speer and contributors).  Kept: the
3,000 most frequent alphabetic words of each language below as written (`não`, not `nao`), less English's 30,000
(`frequent_words.txt.gz` holds those).  Names that are words stay (`Nuevo`, `Rosa`): phiscan asks whether a word no
list holds is an everyday one, and whether a listed word beside it is a name and no word (`Nuevo Registro` and
`Neue Akte` are words; `Giulia Bianco` and `Libertad Quispe` are names).
"""

from __future__ import annotations

import gzip
import sys
from importlib.metadata import version
from pathlib import Path

import wordfreq

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "phiscan" / "data" / "foreign_words.txt.gz"
# not Vietnamese, Indonesian, Malay, Filipino or Turkish, whose given names are so often everyday words (`Hoa`, `Dewi`,
# `Deniz`) that a name no list holds would be turned down as one
LANGUAGES = (
    "es", "pt", "it", "fr", "de", "nl", "pl", "cs", "sk", "ro",
    "fi", "hu", "sv", "da", "nb", "ca", "lt", "lv", "sl", "sh",
)  # fmt: skip


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from phiscan.detect.everyday import frequent

    words = {w for lang in LANGUAGES for w in wordfreq.top_n_list(lang, 3_000) if w.isalpha() and len(w) > 2}
    words = {w for w in words if not frequent(w)}
    header = (
        f"# {len(words)} everyday words of {', '.join(LANGUAGES)}: the 3,000 most frequent of each in wordfreq"
        f" {version('wordfreq')} (data CC BY-SA 4.0), less English's.  Built by scripts/build_foreign_words.py.\n"
    )
    with gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0) as fh:  # the same bytes for the same words
        fh.write((header + "\n".join(sorted(words)) + "\n").encode("utf-8"))


if __name__ == "__main__":
    main()
