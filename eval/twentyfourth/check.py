#!/usr/bin/env python3
"""Checks for the twentyfourth set (stdlib + phonenumbers). Run after build.py; exits non-zero on failure."""
from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import values as V

HERE = Path(__file__).resolve().parent
ERR = []
SURF_RX = {
    "enum": r".*/enum/\d+", "examples": r".*/examples/\d+", "const": r".*/const", "default": r".*/default",
    "pattern": r".*/pattern", "title": r".*/title", "description": r".*/description",
    "tool_name": r"/methods/0/name|/tools/0/function/name", "tool_description": r"/methods/0/description|/tools/0/function/description",
    "metadata": r".*/(\$comment|\$schema|x-[^/]+)", "property_name": r".*/properties/[^/]+",
    "pattern_property": r".*/patternProperties/[^/]+", "file_name": r"",
}
EXPECT_CAT = {"PERSON": 14, "DATE_OF_BIRTH": 12, "MRN": 11, "HEALTH_PLAN_ID": 11, "ACCOUNT_NUMBER": 11,
              "PHONE_NUMBER": 11, "US_SSN": 11, "SECRET": 11, "LICENSE_NUMBER": 10, "DEVICE_ID": 11,
              "VEHICLE_ID": 11, "IP_ADDRESS": 11, "URL": 10, "EMAIL_ADDRESS": 10, "STREET_ADDRESS": 9, "ZIP_CODE": 8}
EXPECT_HN = {"category_label_key": 12, "code_enum": 12, "reserved_placeholder": 12, "category_words_text": 10,
             "format_regex": 10, "name_like_word": 10, "version_date": 7, "tool_category_words": 4,
             "file_name_category_words": 3}
RESERVED = [r"@example\.(com|org|net)$", r"555-01\d\d$", r"^555-0100$", r"^(192\.0\.2|198\.51\.100|203\.0\.113)\.",
            r"^2001:db8:", r"^000-00-0000$", r"^XXX-XX-XXXX$", r"^YOUR_API_KEY$", r"^MRN-X+$", r"example\.com/",
            r"^<PATIENT_NAME>$", r"^0+$"]


def fail(msg):
    ERR.append(msg)


def resolve(doc, ptr):
    node = doc
    for t in ptr.split("/")[1:] if ptr else []:
        t = t.replace("~1", "/").replace("~0", "~")
        node = node[int(t)] if isinstance(node, list) else node[t]
    return node


def tree_hash(root: Path):
    h = hashlib.sha256()
    for p in sorted(list((root / "planted").rglob("*")) + list((root / "real").rglob("*"))):
        if p.is_file():
            h.update(p.relative_to(root).as_posix().encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def main():
    # sources
    for m in map(json.loads, (HERE / "sources" / "MANIFEST.jsonl").read_text().splitlines()):
        data = (HERE / "sources" / m["file"]).read_bytes()
        if hashlib.sha256(data).hexdigest() != m["sha256"]:
            fail(f"source sha256 {m['file']}")
        if not re.fullmatch(r"[0-9a-f]{40}", m["commit"]) or not m.get("licence"):
            fail(f"manifest fields {m['file']}")
    pl = HERE / "planted"
    files = sorted(p.relative_to(pl).as_posix() for p in pl.rglob("*.json"))
    if len(files) != 64:
        fail(f"planted files {len(files)}")
    labels = [json.loads(l) for l in (pl / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    ids = Counter(l["id"] for l in labels)
    if any(c > 1 for c in ids.values()):
        fail("duplicate ids")
    docs = {f: json.loads((pl / f).read_text(encoding="utf-8")) for f in files}
    labelled = {l["file"] for l in labels}
    for f in files:
        if f not in labelled:
            fail(f"unlabelled file {f}")
    at = Counter()
    cats_at = {}
    for l in labels:
        if l["file"] not in docs:
            fail(f"{l['id']} missing file")
            continue
        doc = docs[l["file"]]
        s, ptr, v = l["surface"], l["pointer"], l["value"]
        if not re.fullmatch(SURF_RX[s], ptr):
            fail(f"{l['id']} surface/pointer mismatch {s} {ptr}")
        if s == "file_name":
            text = l["file"].rsplit("/", 1)[-1]
        elif s in ("property_name", "pattern_property"):
            resolve(doc, ptr)
            text = ptr.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
        else:
            text = resolve(doc, ptr)
        if not isinstance(text, str) or v not in text:
            fail(f"{l['id']} value not at pointer")
        if "raw" in l:
            if re.escape(l["raw"]) != v:
                fail(f"{l['id']} raw/value")
        if s in ("pattern", "pattern_property"):
            try:
                rx = re.compile(text)
            except re.error:
                fail(f"{l['id']} regex does not compile")
                rx = None
            if rx and l["category"] != "NONE" and not rx.search(re.sub(r"^\^|\$$", "", text).replace("\\", "")):
                fail(f"{l['id']} regex does not match its literal")
        if s == "tool_name" and not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", text):
            fail(f"{l['id']} tool name")
        key = (l["file"], ptr, s in ("property_name", "file_name"))
        cats_at.setdefault(key, []).append(l["category"])
        if l["category"] != "NONE":
            base_fmt, _, tr = l["format"].partition("+")
            if base_fmt not in V.FORMATS or V.FORMATS[base_fmt][0] != l["category"]:
                fail(f"{l['id']} format/category")
                continue
            if not V.validate(base_fmt, l["plain"]):
                fail(f"{l['id']} format rule")
            w = V.render(base_fmt, l["plain"])
            if tr == "ident_ascii":
                w = V.ident(w, True)
            elif tr == "ident":
                w = V.ident(w, False)
            if (re.escape(w) if "raw" in l else w) != v:
                fail(f"{l['id']} written value is not the rendering of plain")
            if l["placement"] not in ("key_cue", "text_cue", "no_cue"):
                fail(f"{l['id']} placement")
            if l["placement"] == "no_cue" and (not V.FORMATS[base_fmt][1] or re.fullmatch(r"\d+", w)):
                fail(f"{l['id']} must-cue format without cue")
        else:
            if l["placement"] != "none":
                fail(f"{l['id']} negative placement")
            if l["kind"] == "reserved_placeholder" and not any(re.search(r, v) for r in RESERVED):
                fail(f"{l['id']} placeholder not reserved")
    for key, cs in cats_at.items():
        if "NONE" in cs and len(cs) > 1:
            fail(f"positive and negative share {key}")
        if len(cs) != len(set(cs)):
            fail(f"two labels of one category at {key}")
    pos = [l for l in labels if l["category"] != "NONE"]
    neg = [l for l in labels if l["category"] == "NONE"]
    if dict(Counter(l["category"] for l in pos)) != EXPECT_CAT:
        fail(f"category counts {Counter(l['category'] for l in pos)}")
    if dict(Counter(l["kind"] for l in neg)) != EXPECT_HN:
        fail(f"hard-negative counts {Counter(l['kind'] for l in neg)}")
    sc = Counter(l["surface"] for l in pos)
    if set(sc) != set(SURF_RX) or min(sc.values()) < 13:
        fail(f"surface counts {sc}")
    # real
    rl = HERE / "real"
    man = [json.loads(l) for l in (rl / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines()]
    rfiles = sorted(p.relative_to(rl).as_posix() for p in rl.rglob("*.json"))
    if sorted(m["file"] for m in man) != rfiles or len(rfiles) != 60:
        fail("real manifest / file list")
    units = {fam: json.loads((HERE / "sources" / f"{fam}.units.json").read_text(encoding="utf-8"))
             for fam in ("netlify", "matrix")}
    host_blobs = {json.dumps(u["schema"], sort_keys=True) for fam in units for u in units[fam]["hosts"].values()}
    host_keys = {(fam, u["path"], u["pointer"]) for fam in units for u in units[fam]["hosts"].values()}
    real_text = ""
    for m in man:
        data = (rl / m["file"]).read_bytes()
        if hashlib.sha256(data).hexdigest() != m["sha256"]:
            fail(f"real sha {m['file']}")
        fam = m["file"].split("/")[0]
        src = [u for u in units[fam]["real"].values() if u["path"] == m["path"] and u["pointer"] == m["pointer"]]
        if len(src) != 1 or json.loads(data) != src[0]["schema"]:
            fail(f"real file differs from source unit {m['file']}")
        if (fam, m["path"], m["pointer"]) in host_keys or json.dumps(json.loads(data), sort_keys=True) in host_blobs:
            fail(f"real file shares a host unit {m['file']}")
        real_text += data.decode("utf-8") + "\n" + json.dumps(json.loads(data), ensure_ascii=True)
    for l in pos:
        for form in {l["value"], l.get("raw", l["value"]), l["plain"]}:
            if len(form) >= 5 and form in real_text:
                fail(f"{l['id']} planted value occurs in a real file")
    fnames = [f.rsplit("/", 1)[-1] for f in files]
    if len(set(fnames)) != len(fnames):
        fail("duplicate planted file names")
    th = tree_hash(HERE)
    # determinism: two rebuilds
    if "--no-rebuild" not in sys.argv:
        for seed in ("0", "123"):
            with tempfile.TemporaryDirectory() as td:
                env = dict(os.environ, PYTHONHASHSEED=seed)
                subprocess.run([sys.executable, str(HERE / "build.py"), td], check=True, env=env, capture_output=True)
                if tree_hash(Path(td)) != th:
                    fail(f"rebuild with PYTHONHASHSEED={seed} differs")
    print(f"positives={len(pos)} negatives={len(neg)} planted={len(files)} real={len(rfiles)}")
    print("by placement", dict(Counter(l["placement"] for l in pos)))
    print("tree hash", th)
    if ERR:
        print("\n".join(ERR[:60]))
        print(f"FAILED ({len(ERR)})")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
