"""Build phiscan/data/password_words.txt: the word for "password" in the languages Firefox is translated into.

    python scripts/build_password_words.py

Input: `scripts/sources/firefox_password_labels.tsv` (locale, message id, text, commit), the `login-item-password-label`
message of each locale's browser/browser/aboutLogins.ftl in github.com/mozilla-l10n/firefox-l10n (MPL-2.0; the
README beside it names the files read).  Each label is written lower case and without accents, as keys fold them
(`Contraseña` -> `contrasena`, `Mot de passe` -> `mot de passe`); labels in other scripts also in their standard
romanisations (`scripts/romanisers.py`: `mima` for 密码, `bimilbeonho` for 비밀번호; needs `pip install -e ".[dev]"`).
Each also glued (`motdepasse`, `mima`), as keys write it.  Left out: the English word itself
(phiscan.detect.credentials knows it), labels that are everyday English words once folded (a key `parole` is
speech as often as a password), and five that are as often other words (`chiavi`, `clau` and `crae` are "keys",
`parola` a word, `sandi` a code).
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from phiscan.detect.everyday import frequent  # noqa: E402
from phiscan.detect.names import fold  # noqa: E402

SOURCE = ROOT / "scripts" / "sources" / "firefox_password_labels.tsv"
OUT = ROOT / "phiscan" / "data" / "password_words.txt"
MESSAGE = "login-item-password-label"


# labels that are as often another word: Ligurian `chiavi`, Catalan `clau` and Sardinian `crae` are "keys",
# Italian and Romanian `parola` a word, Indonesian `sandi` a code (`kata sandi` stays)
_OTHER_WORDS = frozenset({"chiavi", "clau", "crae", "parola", "sandi"})


def _plain(text: str) -> str:
    """As phiscan reads a key: lower case, folded as `phiscan.detect.names.fold` folds (`hasło` -> `haslo`)."""
    return " ".join(fold(unicodedata.normalize("NFC", text.lower())).replace("-", " ").split())


def main() -> None:
    from romanisers import spellings

    with SOURCE.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["message_id"] == MESSAGE]
    words: set[str] = set()
    for row in rows:
        label = _plain(row["text"])
        if not label or row["locale"].startswith("en"):
            continue
        lang = row["locale"].split("-")[0]
        for spelled in {label, *(_plain(s) for s in spellings(row["text"], lang))}:
            glued = spelled.replace(" ", "").replace("'", "").replace("\u2019", "")  # `motdepasse`, `mima`
            for w in {spelled, glued}:
                long_enough = len(glued) >= (4 if glued.isascii() else 2)  # 密码 is two characters
                if long_enough and w not in ("password", *_OTHER_WORDS) and not (" " not in w and frequent(w)):
                    words.add(w)
    header = (
        f"# {len(words)} words for a password: the {MESSAGE} message of Firefox's aboutLogins.ftl in"
        f" {len(rows) - 1} locales and English (github.com/mozilla-l10n/firefox-l10n, MPL-2.0), folded, with the"
        " romanisations of scripts/romanisers.py.  Built by scripts/build_password_words.py.\n"
    )
    OUT.write_text(header + "\n".join(sorted(words)) + "\n", "utf-8")
    print(f"{len(words)} words from {len(rows)} labels")


if __name__ == "__main__":
    main()
