#!/usr/bin/env python3
"""Check record_labels.tsv against the pinned sources (stdlib only).

For each row: the phrase must occur verbatim in `git show <commit>:<path>` of the source repository's mirror
(/work/.mirror/<owner>+<repo>/...), and the gloss must occur in the English counterpart of that file when the source
is a translation catalogue (or in the same file when the source keys its catalogue by the English string, as
Sahana Eden does, or when it is an implementation guide). Escaped text (\\uXXXX in .properties, JSON escapes, XML
entities) is compared after decoding as well as raw. Prints a summary; exits 1 on any failure.
"""

import contextlib
import html
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TSV = os.path.join(HERE, "record_labels.tsv")
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
}
SRC = re.compile(r"^([^/@\s]+)/([^@\s]+)@([0-9a-f]{40}):(.+)$")


def git_dir(owner, repo):
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


_cache = {}


def show(gd, commit, path):
    key = (gd, commit, path)
    if key not in _cache:
        p = subprocess.run(["git", "-C", gd, "show", f"{commit}:{path}"], capture_output=True)
        _cache[key] = p.stdout.decode("utf-8", "replace") if p.returncode == 0 else None
    return _cache[key]


def variants(text, path):
    out = [text]
    if path.endswith(".properties") and "\\u" in text:
        with contextlib.suppress(Exception):
            out.append(text.encode("latin-1", "backslashreplace").decode("unicode_escape"))
    if path.endswith(".json") and "\\u" in text:
        out.append(re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text))
    if path.endswith((".xml", ".html")):
        out.append(html.unescape(text))
    if path.endswith(".py"):
        out.append(text.replace("\\'", "'").replace('\\"', '"'))
    return out


def english_counterparts(path):
    """Candidate paths of the English catalogue that pairs with a translated catalogue."""
    d, f = os.path.split(path)
    c = []
    if re.search(r"/values-[^/]+/strings\.xml$", path):
        c.append(re.sub(r"/values-[^/]+/strings\.xml$", "/values/strings.xml", path))
    if re.match(r"messages_.+\.properties$", f):
        c.append(os.path.join(d, "messages.properties"))
    if f.endswith(".json"):
        c += [os.path.join(d, "en.json"), os.path.join(os.path.dirname(d), "en", "en.json")]
    return c


def main():
    fails, n, per_cat = [], 0, {}
    with open(TSV, encoding="utf-8", newline="") as fh:
        lines = fh.read().split("\n")
    if lines[0].split("\t") != HEADER:
        print("bad header")
        return 1
    seen = set()
    rows = [line.split("\t") for line in lines[1:] if line]
    if rows != sorted(rows, key=lambda r: (r[0], r[1], r[2])):
        fails.append("file is not sorted by category, lang, phrase")
    for i, r in enumerate(rows, 2):
        n += 1
        if len(r) != 6:
            fails.append(f"line {i}: {len(r)} columns")
            continue
        cat, lang, phrase, gloss, source, lic = r
        if cat not in CATEGORIES:
            fails.append(f"line {i}: category {cat}")
        if lic not in ALLOWED:
            fails.append(f"line {i}: licence {lic}")
        if (cat, lang, phrase) in seen:
            fails.append(f"line {i}: duplicate row")
        seen.add((cat, lang, phrase))
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
        if not any(phrase in v for v in variants(text, path)):
            fails.append(f"line {i}: phrase {phrase!r} not in {path}")
        ok = False
        for ep in english_counterparts(path):
            et = show(gd, commit, ep)
            if et is not None and any(gloss in v for v in variants(et, ep)):
                ok = True
                break
        if not ok and any(gloss in v for v in variants(text, path)):
            ok = True  # English-keyed catalogue (Sahana Eden) or implementation guide
        if not ok:
            fails.append(f"line {i}: gloss {gloss!r} not found for {path}")
        per_cat[cat] = per_cat.get(cat, 0) + 1
    for f in fails:
        print("FAIL", f)
    langs = len({r[1] for r in rows})
    print(
        f"{n} rows checked, {langs} languages, "
        + ", ".join(f"{k} {v}" for k, v in sorted(per_cat.items()))
        + f"; {len(fails)} failures"
    )
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
