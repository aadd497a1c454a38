#!/usr/bin/env python3
"""Check record_labels.tsv and guide_labels.tsv (or the tables named on the command line) against their pinned
sources (stdlib only): `python scripts/sources/verify_labels.py [record_labels.tsv guide_labels.tsv]`.

For each row: the phrase must occur verbatim in `git show <commit>:<path>` of the source repository's mirror
(/work/.mirror/<owner>+<repo>/..., override with PHISCAN_MIRROR), and the gloss must occur in the same file (an
openEHR archetype, a FHIR resource with designations, a catalogue keyed by its English string as Sahana Eden's) or
in its English counterpart (Android's values/strings.xml, Java's messages.properties, i18next's en.json, a page
whose name carries the language: identifiers-cs.md -> identifiers-en.md). Escaped text (\\uXXXX escapes, JSON,
XML/HTML entities, Python string escapes) is compared after decoding as well as raw. Also checks the header, the
order, the categories and licences, and that no (base language, case-folded phrase) pair repeats within the file or
is already in a table read before it (field_labels.tsv, purview_keywords.tsv, then these in order). Prints a summary
line per table; exits 1 on any failure.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import html
import json
import os
import re
import subprocess
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
TABLES = ["record_labels.tsv", "guide_labels.tsv"]
BEFORE = ["field_labels.tsv", "purview_keywords.tsv"]
MIRROR = os.environ.get("PHISCAN_MIRROR", "/work/.mirror")
HEADER = ["category", "lang", "phrase", "gloss", "source", "licence"]
CATEGORIES = {"LICENSE_NUMBER", "MRN", "HEALTH_PLAN_ID", "DATE_OF_BIRTH", "VEHICLE_ID"}
ALLOWED = {
    "MIT",
    "Apache-2.0",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "ISC",
    "MPL-2.0",
    "CC0-1.0",
    "CC-BY-4.0",
    "CC-BY-3.0",
    "CC-BY-SA-3.0",
    "CC-BY-SA-4.0",
    "LicenseRef-HL7-FHIR",
}
SRC = re.compile(r"^([^/@\s]+)/([^@\s]+)@([0-9a-f]{40}):(.+)$")
LANG = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$")


def git_dir(owner: str, repo: str) -> str | None:
    """The git directory of a repository's snapshot under the mirror, or None."""
    base = os.path.join(MIRROR, f"{owner}+{repo}")
    if not os.path.isdir(base):
        return None
    for cand in (os.path.join(base, "repo"), base):
        if os.path.exists(os.path.join(cand, "HEAD")) or os.path.isdir(os.path.join(cand, ".git")):
            return cand
    for root, dirs, files in os.walk(base):
        if "HEAD" in files and "objects" in dirs:
            return root
    return None


@functools.cache
def show(gd: str, commit: str, path: str) -> str | None:
    """A file as it was at a commit, or None."""
    p = subprocess.run(["git", "-C", gd, "show", f"{commit}:{path}"], capture_output=True)
    return p.stdout.decode("utf-8", "replace") if p.returncode == 0 else None


def variants(text: str) -> list[str]:
    """The text raw and with its escapes decoded."""
    out = [text, html.unescape(text)]
    if "\\u" in text:  # a .properties file's escapes
        with contextlib.suppress(UnicodeError), warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # other files' backslashes
            out.append(text.encode("latin-1", "backslashreplace").decode("unicode_escape"))
    if "\\" in text:
        out.append(re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text))
        with contextlib.suppress(ValueError):
            out.append(json.dumps(json.loads(text), ensure_ascii=False))
        out.append(text.replace('\\"', '"').replace("\\'", "'"))
    return out


def occurs(needle: str, text: str) -> bool:
    """Whether `needle` is in any form of `text`."""
    return any(needle in v for v in variants(text))


def english_counterparts(path: str, lang: str) -> list[str]:
    """Candidate paths of the English text that pairs with a localised page or catalogue."""
    base = lang.split("-")[0].lower()
    d, f = os.path.split(path)
    out = [re.sub(r"/values-[^/]+/strings\.xml$", "/values/strings.xml", path)]
    if re.match(r"messages_.+\.properties$", f):
        out.append(os.path.join(d, "messages.properties"))
    if f.endswith(".json"):
        out += [os.path.join(d, "en.json"), os.path.join(os.path.dirname(d), "en", "en.json")]
    for tag in {lang, lang.lower(), base}:
        for sep in ("-", "_", "."):
            pat = re.escape(sep + tag) + r"(?=\.[A-Za-z0-9]+$)"
            if re.search(pat, path):
                out.append(re.sub(pat, sep + "en", path))
        seg = "/" + tag + "/"
        if seg in path:
            out.append(path.replace(seg, "/en/"))
    return out


def existing_keys(names: list[str]) -> set[tuple[str, str]]:
    """(base language, case-folded phrase) of every row of the named tables."""
    keys = set()
    for name in names:
        p = os.path.join(HERE, name)
        if not os.path.exists(p):
            continue
        with open(p, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                keys.add((r["lang"].split("-")[0].lower(), r["phrase"].casefold()))
    return keys


def main(names: list[str]) -> int:
    """Check each named table after the ones read before it; 1 on any failure."""
    status = 0
    for k, name in enumerate(names):
        status |= check(name, BEFORE + TABLES[: TABLES.index(name)] if name in TABLES else BEFORE + names[:k])
    return status


def check(name: str, before: list[str]) -> int:
    """Check one table; print its failures and a summary line; 1 on any failure."""
    fails: list[str] = []
    per_cat: dict[str, int] = {}
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
        lines = fh.read().split("\n")
    if lines[0].split("\t") != HEADER:
        print(f"FAIL {name}: bad header")
        return 1
    if lines[-1] != "":
        fails.append("file does not end with a newline")
    rows = [line.split("\t") for line in lines[1:] if line]
    if rows != sorted(rows, key=lambda r: (r[0], r[1], r[2])):
        fails.append("file is not sorted by category, lang, phrase")
    old = existing_keys(before)
    mine = set()
    for i, r in enumerate(rows, 2):
        if len(r) != 6:
            fails.append(f"line {i}: {len(r)} columns")
            continue
        cat, lang, phrase, gloss, source, lic = r
        if cat not in CATEGORIES:
            fails.append(f"line {i}: category {cat}")
        if lic not in ALLOWED:
            fails.append(f"line {i}: licence {lic}")
        if not LANG.match(lang):
            fails.append(f"line {i}: language tag {lang}")
        if not phrase.strip() or phrase != phrase.strip() or not gloss.strip():
            fails.append(f"line {i}: empty or padded phrase/gloss")
        key = (lang.split("-")[0].lower(), phrase.casefold())
        if key in mine:
            fails.append(f"line {i}: duplicate of an earlier row")
        if key in old:
            fails.append(f"line {i}: already in an existing table")
        mine.add(key)
        m = SRC.match(source)
        if not m:
            fails.append(f"line {i}: bad source {source}")
            continue
        owner, repo, commit, path = m.groups()
        gd = git_dir(owner, repo)
        if gd is None:
            fails.append(f"line {i}: no mirror for {owner}/{repo}")
            continue
        text = show(gd, commit, path)
        if text is None:
            fails.append(f"line {i}: cannot show {commit}:{path}")
            continue
        if not occurs(phrase, text):
            fails.append(f"line {i}: phrase {phrase!r} not in {path}")
        ok = occurs(gloss, text)
        if not ok:
            for ep in english_counterparts(path, lang):
                et = show(gd, commit, ep)
                if et is not None and occurs(gloss, et):
                    ok = True
                    break
        if not ok:
            fails.append(f"line {i}: gloss {gloss!r} not found for {path}")
        per_cat[cat] = per_cat.get(cat, 0) + 1
    for f in fails:
        print("FAIL", f)
    langs = len({r[1] for r in rows if len(r) == 6})
    print(
        f"{name}: {len(rows)} rows checked, {langs} languages, "
        + ", ".join(f"{k} {v}" for k, v in sorted(per_cat.items()))
        + f"; {len(fails)} failures"
    )
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or TABLES))
