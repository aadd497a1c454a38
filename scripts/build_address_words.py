"""Build phiscan/data/address_words.tsv: the words addresses are written with, in 60 languages.

    python scripts/build_address_words.py LIBPOSTAL_GIT_DIR

Input (pinned): openvenues/libpostal@4c030d8ff2fcf59c26510f68823c28a2346034d4 `resources/dictionaries/<lang>/`
(MIT, Copyright (c) 2015 openvenues), the dictionaries its address parser is trained with: thoroughfare types
(`street_types.txt`: улица, шарע, 路, 로), words before a house number (`house_numbers.txt`: дом, No.), numbered
units, levels and buildings (`unit_types_numbered.txt`, `level_types_numbered.txt`, `building_types.txt`) and
post office boxes (`post_office.txt`) and the words for a number (`number.txt`: No., 号), each with its
abbreviations.  Kept: every form, lower case, of two
characters or more, or one outside ASCII (Han and Hangul address words are one character, 路, 号, 로, 길, and
Cyrillic ones are abbreviated to one letter and a stop: д., ш.).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

COMMIT = "4c030d8ff2fcf59c26510f68823c28a2346034d4"
OUT = Path(__file__).resolve().parent.parent / "phiscan" / "data" / "address_words.tsv"
KINDS = {
    "street_types.txt": "street",
    "house_numbers.txt": "house",
    "unit_types_numbered.txt": "unit",
    "level_types_numbered.txt": "level",
    "building_types.txt": "building",
    "post_office.txt": "box",
    "number.txt": "number",
}
# The words of Japan's and Korea's own notation that the dictionaries leave out: Japan Post's
# 丁目, 番地 and 番 (chōme, lot and block, before the 号 libpostal has) and Korea's 동, 번지, 번길 and 호 (the
# district, lot and side-street numbers of the lot-based and road-name addresses, Road Name Address Act)
NOTATION = {("house", "ja", w) for w in ("丁目", "番地", "番")} | {
    ("house", "ko", w) for w in ("동", "번지", "번길", "호")
}


def main(repo: str) -> None:
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True, text=True).stdout

    rows: set[tuple[str, str, str]] = set(NOTATION)
    for path in git("ls-tree", "-r", "--name-only", COMMIT, "resources/dictionaries/").splitlines():
        lang, name = path.split("/")[-2:]
        if name not in KINDS or lang == "all":
            continue
        for line in git("show", f"{COMMIT}:{path}").splitlines():
            for form in line.split("|"):
                word = " ".join(form.strip().lower().split())
                if word and not word.startswith("#") and (len(word) >= 2 or not word.isascii()):
                    rows.add((KINDS[name], lang, word))
    header = (
        f"# Address words of {len({r[1] for r in rows})} languages: openvenues/libpostal@{COMMIT}\n"
        "# resources/dictionaries/<lang>/{street_types,house_numbers,unit_types_numbered,level_types_numbered,\n"
        "# building_types,post_office,number}.txt (MIT, Copyright (c) 2015 openvenues), every form lower-cased,\n"
        "# and Japan Post's and Korea's house-number words (丁目, 番地, 番; 동, 번지, 번길, 호).\n"
        "# Built by scripts/build_address_words.py.  kind<TAB>lang<TAB>word\n"
    )
    OUT.write_text(header + "".join(f"{k}\t{lang}\t{w}\n" for k, lang, w in sorted(rows)), "utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
