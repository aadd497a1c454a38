"""Rebuild the Firefox form-autofill block of `phiscan/data/vocabulary.toml`'s `[translations]`.

Input: `scripts/sources/firefox_autofill_labels.tsv` (locale, message id, text), the labels of Firefox's address
and card forms in 69 locales, read from github.com/mozilla-l10n/firefox-l10n (MPL-2.0; the README beside it names
each file's commit).  Each label becomes a translation of the English cue phrase its message names.  Left out: a
label the table already has, one letter alone (`姓`, `성`: inside other words they are no name), a short Latin
label that is an English word (`ad`, `ten`), one that is two letters once its vowel signs are gone (Thai
`ชื่อ`), Vietnamese single words (its names are its words), and a label two
messages of one locale give different meanings (Bulgarian `презиме` is a middle name, Serbian a surname).

Cyrillic, Greek, Armenian and Georgian labels of the whole `[translations]` table are also written in Latin,
as keys often are (anyascii, and the ICAO 9303 tables of `build_name_data`; needs `pip install anyascii`).

Run from the repository root: `python scripts/build_autofill_labels.py` (rewrites the block between its markers).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from phiscan.detect.names import is_common  # noqa: E402
from phiscan.detect.wordcut import plain  # noqa: E402

TOML = ROOT / "phiscan" / "data" / "vocabulary.toml"
SOURCE = ROOT / "scripts" / "sources" / "firefox_autofill_labels.tsv"
BEGIN, END = "# begin: Firefox form-autofill labels", "# end: Firefox form-autofill labels"

# message -> the English cue phrase it names
MESSAGES = {
    "autofill-address-given-name": "given name",
    "autofill-address-additional-name": "middle name",
    "autofill-address-family-name": "family name",
    "autofill-address-name": "name",
    "autofill-address-street-address": "street address",
    "autofill-address-street": "street address",
    "autofill-address-postal-code": "postal",
    "autofill-address-zip": "postal",
    "autofill-address-tel": "phone",
    "autofill-card-number": "card number",
    "autofill-card-number-2.label": "card number",
}
HEADER = """# Firefox's form-autofill labels in 69 locales (MPL-2.0): the given-name, additional-name, family-name,
# name, street-address, postal-code, zip, tel and card-number messages of <locale>/browser/browser/preferences/
# formAutofill.ftl, github.com/mozilla-l10n/firefox-l10n; written by scripts/build_autofill_labels.py from
# scripts/sources/firefox_autofill_labels.tsv (its README names each file's commit)."""


def _written(text: str) -> str:
    # `Code postal (États-Unis)`: the country is no part of it (and the full-width brackets of CJK)
    text = re.sub("\\s*[(\uff08].*?[)\uff09]\\s*", " ", text)
    return " ".join(re.sub(r"[,.:;·・-]", " ", text).split()).lower()


def block(rows: list[list[str]], have: set[str]) -> list[str]:
    names = {(loc, plain(_written(text))) for loc, mid, text in rows if mid == "autofill-address-name"}
    chosen: dict[str, tuple[str, str, str]] = {}
    clash: set[str] = set()
    for loc, mid, text in rows:
        if loc == "en-US" or mid not in MESSAGES:
            continue
        written = _written(text)
        key = plain(written)
        english = MESSAGES[mid]
        if english in ("given name", "family name") and (loc, key) in names:
            english = "name"  # French `Nom` is the name and the family name: only as much as "name"
        single = " " not in key
        if key.replace(" ", "") in ("zip", "zipcode", "zipkod", "zipkodu") or key in have:
            continue
        if len(written.replace(" ", "")) <= 1 or (loc == "vi" and single) or key in ("numer", "nummer"):
            continue
        if single and len(key) <= 2 and len(key) < len(written):  # vowel signs gone: `ชื่อ` is `ชอ`, found anywhere
            continue
        if single and key.isascii() and (len(key) < 4 or is_common(key)):
            continue
        if key in chosen and chosen[key][0] != english:
            clash.add(key)
        chosen.setdefault(key, (english, loc, written))
    lines: list[str] = []
    for loc in sorted({loc for _, loc, _ in chosen.values()}):
        lines.append(f"# {loc}")
        for key, (english, at, written) in sorted(chosen.items(), key=lambda item: item[1][2]):
            if at == loc and key not in clash:
                lines.append(f"{json.dumps(written, ensure_ascii=False)} = {json.dumps(english)}")
    return lines


# Alphabets whose romanisation is letter for letter: keys are as often written in Latin (`dabadebis_tarighi`,
# `data_rozhdeniya`) as in the script; abjads and Han are not (their vowels or tones are not written)
_ROMANISED = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u10a0-\u10ff' -]+")


def romanised(translations: dict[str, str], have: set[str]) -> list[str]:
    """The Latin spellings (anyascii's, and for Cyrillic the ICAO 9303, Ukrainian and Serbian tables) of the
    Cyrillic, Greek, Armenian and Georgian words of `translations` that the table does not have yet."""
    from anyascii import anyascii
    from build_name_data import _transliterated

    chosen: dict[str, str] = {}
    for written, english in translations.items():
        if not _ROMANISED.fullmatch(written):
            continue
        for latin in {anyascii(written).lower(), *_transliterated({written.lower()})}:
            latin = " ".join(re.sub(r"[^a-z ]", "", latin.replace("-", " ")).split())
            if len(latin.replace(" ", "")) >= 4 and latin not in have and not (" " not in latin and is_common(latin)):
                chosen.setdefault(latin, english)
    return [f"{json.dumps(latin)} = {json.dumps(english)}" for latin, english in sorted(chosen.items())]


def main() -> None:
    import tomllib

    text = TOML.read_text("utf-8")
    head, _, rest = text.partition(BEGIN + "\n")
    _, _, tail = rest.partition(END + "\n")
    base = tomllib.loads(head + tail)
    have = {plain(k.lower()) for k in base["spellings"]} | {plain(k.lower()) for k in base["translations"]}
    with SOURCE.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.reader(f, delimiter="\t")][1:]
    lines = block(rows, have)
    ours = tomllib.loads("[t]\n" + "\n".join(lines))["t"]
    have |= {plain(k) for k in ours}
    latin = romanised({**base["translations"], **ours}, have)
    new = [
        BEGIN,
        HEADER,
        *lines,
        "# the Latin spellings of the Cyrillic, Greek, Armenian and Georgian labels above",
        *latin,
        END,
    ]
    TOML.write_text(head + "\n".join(new) + "\n" + tail, "utf-8")
    print(f"{len(new) - 3} lines written")


if __name__ == "__main__":
    main()
