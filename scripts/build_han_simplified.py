"""Build phiscan/data/han_simplified.tsv: each Traditional Chinese character and its Simplified form.

    python scripts/build_han_simplified.py <OpenCC git dir> [commit]

Input: OpenCC's `data/dictionary/TSCharacters.txt` (BYVoid/OpenCC, Apache-2.0), one Traditional character, a tab
and its Simplified forms, the usual one first.  Kept: the characters whose usual Simplified form is another
character.  The vocabulary reads a Traditional label as its Simplified twin (`病歷號碼`, `病历号码`, "medical record
number"), so a key written in Taiwan or Hong Kong names its field as one written in mainland China does.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "phiscan" / "data" / "han_simplified.tsv"
PATH = "data/dictionary/TSCharacters.txt"


def main() -> None:
    git_dir = sys.argv[1]
    commit = sys.argv[2] if len(sys.argv) > 2 else "HEAD"
    commit = subprocess.run(
        ["git", "--git-dir", git_dir, "rev-parse", commit], check=True, capture_output=True, text=True
    ).stdout.strip()
    text = subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"{commit}:{PATH}"], check=True, capture_output=True, text=True
    ).stdout
    pairs = []
    for line in text.splitlines():
        traditional, _, simplified = line.partition("\t")
        usual = simplified.split(" ")[0]
        if len(traditional) == 1 and len(usual) == 1 and usual != traditional:
            pairs.append(f"{traditional}\t{usual}\n")
    header = (
        f"# Traditional Chinese characters and their usual Simplified form: BYVoid/OpenCC@{commit}:{PATH}\n"
        "# (Apache-2.0). Built by scripts/build_han_simplified.py; one pair a line, tab-separated.\n"
    )
    OUT.write_text(header + "".join(sorted(pairs)), "utf-8")


if __name__ == "__main__":
    main()
