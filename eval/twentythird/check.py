#!/usr/bin/env python3
"""Checks for the twentythird set (stdlib + phonenumbers). Run after build.py; exits non-zero on any failure."""
from __future__ import annotations

import collections
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build as B  # noqa: E402
import values as V  # noqa: E402

CATS = ["PERSON", "US_SSN", "MRN", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "DATE_OF_BIRTH",
        "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID", "IP_ADDRESS", "URL", "SECRET"]
HN_KINDS = set(B.HN_COUNTS)
FAILS = []


def fail(msg):
    FAILS.append(msg)


def unesc(t):
    return t.replace("~1", "/").replace("~0", "~")


def resolve(doc, pointer):
    node = doc
    for t in [unesc(x) for x in pointer.split("/")[1:]] if pointer else []:
        node = node[int(t)] if isinstance(node, list) else node[t]
    return node


def tool_name_ptrs(doc, env):
    return {"mcp-output": ["/tools/0/name"], "openai-realtime": ["/session/tools/0/name"],
            "cohere-chat": ["/tools/0/function/name"]}.get(env, [])


def surface_shape_ok(l, env):
    p, s = l["pointer"], l["surface"]
    tool = {"mcp-output": "/tools/0", "openai-realtime": "/session/tools/0", "cohere-chat": "/tools/0/function"}.get(env)
    last = unesc(p.rsplit("/", 1)[-1]) if p else ""
    parent = unesc(p.rsplit("/", 2)[-2]) if p.count("/") >= 2 else ""
    if s == "file_name":
        return p == ""
    if s == "tool_name":
        return tool is not None and p == tool + "/name"
    if s == "tool_description":
        return tool is not None and p == tool + "/description"
    if s == "enum":
        return parent == "enum" and last.isdigit()
    if s == "examples":
        return parent == "examples" and last.isdigit()
    if s in ("const", "default", "pattern", "title", "description"):
        return last == s and parent != "properties"
    if s == "property_name":
        return parent == "properties"
    if s == "pattern_property":
        return parent == "patternProperties"
    if s == "metadata":
        return last == "$comment" or last.startswith("x-") or p == (tool or "") + "/annotations/title"
    return False


def main():
    # ---------------- sources
    man = [json.loads(l) for l in (HERE / "sources/MANIFEST.jsonl").read_text().splitlines() if l.strip()]
    for m in man:
        for k in ("file", "repo", "commit", "path", "licence", "sha256", "source_sha256"):
            if not m.get(k):
                fail(f"source manifest field {k} missing for {m.get('file')}")
        if not re.fullmatch(r"[0-9a-f]{40}", m["commit"]):
            fail(f"commit not pinned: {m['file']}")
        if hashlib.sha256((HERE / "sources" / m["file"]).read_bytes()).hexdigest() != m["sha256"]:
            fail(f"source sha256: {m['file']}")
    src = B.load_sources()
    # ---------------- planted
    pdir, rdir = HERE / "planted", HERE / "real"
    files = sorted(p.relative_to(pdir).as_posix() for p in pdir.rglob("*.json"))
    if len(files) != 64:
        fail(f"{len(files)} planted files, want 64")
    labels = [json.loads(l) for l in (pdir / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [l["id"] for l in labels]
    if len(ids) != len(set(ids)):
        fail("duplicate ids")
    docs = {}
    for f in files:
        try:
            docs[f] = json.loads((pdir / f).read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            fail(f"{f} does not parse: {e}")
    labelled = collections.Counter(l["file"] for l in labels)
    for f in files:
        if not labelled[f]:
            fail(f"{f} has no label")
    for f in labelled:
        if f not in docs:
            fail(f"label names missing file {f}")
    at = collections.defaultdict(list)
    for l in labels:
        for k in ("id", "file", "pointer", "surface", "category", "value", "kind", "placement", "format", "base"):
            if k not in l:
                fail(f"{l.get('id')}: field {k} missing")
        if l["surface"] not in B.SURFACES:
            fail(f"{l['id']}: bad surface")
        if l["category"] not in CATS + ["NONE"]:
            fail(f"{l['id']}: bad category")
        env = l["file"].split("/")[0]
        doc = docs.get(l["file"])
        if doc is None:
            continue
        # pointer resolves and contains the value
        if l["surface"] == "file_name":
            text = l["file"].rsplit("/", 1)[-1]
        elif l["surface"] in ("property_name", "pattern_property"):
            try:
                resolve(doc, l["pointer"])
            except Exception:  # noqa: BLE001
                fail(f"{l['id']}: pointer does not resolve")
                continue
            text = unesc(l["pointer"].rsplit("/", 1)[-1])
        else:
            try:
                text = resolve(doc, l["pointer"])
            except Exception:  # noqa: BLE001
                fail(f"{l['id']}: pointer does not resolve")
                continue
            if not isinstance(text, str):
                fail(f"{l['id']}: pointer is not a string")
                continue
        if l["value"] not in text:
            fail(f"{l['id']}: value not in string at pointer")
        if not surface_shape_ok(l, env):
            fail(f"{l['id']}: surface {l['surface']} does not match pointer shape {l['pointer']}")
        if "raw" in l and B.rx_escape(l["raw"]) != l["value"]:
            fail(f"{l['id']}: raw does not escape to value")
        if l["surface"] in ("pattern", "pattern_property"):
            try:
                rx = re.compile(text)
            except re.error:
                fail(f"{l['id']}: regex does not compile")
                rx = None
            if rx is not None and l["category"] != "NONE":
                lit = l.get("raw", l["value"])
                probes = [lit] + [f"{p.upper()}{sep}{lit}" for c in [l["category"]] for p in B.SHORT[c] for sep in ("", ": ", " ")]
                probes += [f"{k}_{lit}" for k in B.KEY_CUES[l["category"]]]
                if not any(rx.fullmatch(x) or rx.search(x) for x in probes):
                    fail(f"{l['id']}: planted regex does not match its literal")
        at[(l["file"], l["pointer"], l["surface"] if l["surface"] in ("property_name", "file_name") else "v")].append(l)
        # positives: formats
        if l["category"] != "NONE":
            f = V.FMTS.get(l["format"])
            if f is None or f.category != l["category"]:
                fail(f"{l['id']}: unknown format / category mismatch")
                continue
            if not f.check(l["plain"]):
                fail(f"{l['id']}: plain fails its format rule ({l['format']})")
            written = l.get("raw", l["value"])
            if f.render(l["plain"]) != written:
                fail(f"{l['id']}: written value is not the format's rendering of plain")
            norm = lambda s: re.sub(r"[\s_.\-/:]", "", s).lower()  # noqa: E731
            if l["category"] != "PERSON" and l["category"] not in ("DATE_OF_BIRTH", "PHONE_NUMBER", "STREET_ADDRESS",
                                                                     "URL", "DEVICE_ID", "IP_ADDRESS", "EMAIL_ADDRESS") and \
                    norm(written) != norm(l["plain"]):
                fail(f"{l['id']}: written differs from plain beyond separators/case")
            if l["placement"] not in ("key_cue", "text_cue", "no_cue"):
                fail(f"{l['id']}: bad placement")
            if l["placement"] == "no_cue" and (f.must_cue or l["category"] in (
                    "DATE_OF_BIRTH", "ZIP_CODE", "MRN", "HEALTH_PLAN_ID", "LICENSE_NUMBER") or
                                               re.fullmatch(r"\d+", written)):
                fail(f"{l['id']}: value that needs a cue is placed no_cue")
        else:
            if l["kind"] not in HN_KINDS or l["placement"] != "none":
                fail(f"{l['id']}: bad hard-negative kind/placement")
            if l["kind"] == "reserved_placeholder" and not V.reserved_ok(l["value"]):
                fail(f"{l['id']}: placeholder is not reserved")
    for key, ls in at.items():
        cats = [l["category"] for l in ls]
        if "NONE" in cats and len(ls) > 1:
            fail(f"{key}: positive and negative share a pointer")
        if len(cats) != len(set(cats)):
            fail(f"{key}: two labels of one category")
    # tool names
    for tree, root in ((docs, pdir),):
        for f, doc in tree.items():
            env = f.split("/")[0]
            for p in tool_name_ptrs(doc, env):
                n = resolve(doc, p)
                if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", n):
                    fail(f"{f}: tool name {n!r} invalid")
    # counts
    pos = [l for l in labels if l["category"] != "NONE"]
    neg = [l for l in labels if l["category"] == "NONE"]
    if dict(collections.Counter(l["category"] for l in pos)) != B.CAT_COUNTS:
        fail("category counts differ")
    if dict(collections.Counter(l["kind"] for l in neg)) != B.HN_COUNTS:
        fail("hard-negative counts differ")
    if dict(collections.Counter(l["surface"] for l in pos)) != B.SURF_COUNTS:
        fail("surface counts differ")
    # ---------------- real
    rman = [json.loads(l) for l in (rdir / "MANIFEST.jsonl").read_text().splitlines() if l.strip()]
    rfiles = sorted(p.relative_to(rdir).as_posix() for p in rdir.rglob("*.json"))
    if sorted(r["file"] for r in rman) != rfiles or len(rfiles) != 60:
        fail("real manifest does not list exactly the 60 real files")
    host_units = {(fam, n) for fam in ("discord", "clerk") for n in src[f"{fam}.units.json"]["hosts"]}
    host_blobs = {json.dumps(src[f"{fam}.units.json"]["units"][n], sort_keys=True) for fam, n in host_units}
    real_text = ""
    for r in rman:
        data = (rdir / r["file"]).read_bytes()
        if hashlib.sha256(data).hexdigest() != r["sha256"]:
            fail(f"real sha256 {r['file']}")
        fam, name = r["file"].split("/")[0], r["file"].split("/", 1)[1][:-5]
        if (fam, name) in host_units:
            fail(f"real file {r['file']} is a host unit")
        unit = src[f"{fam}.units.json"]["units"][name]
        if json.loads(data) != unit:
            fail(f"real file {r['file']} differs from its source unit")
        if json.dumps(unit, sort_keys=True) in host_blobs:
            fail(f"real file {r['file']} equals a host unit's content")
        real_text += data.decode("utf-8") + "\n" + r["file"] + "\n"
    real_lower = real_text.lower()
    for l in pos:
        for v in {l["value"], l.get("raw", l["value"]), l["plain"], json.dumps(l["value"])[1:-1]}:
            if v.lower() in real_lower:
                fail(f"{l['id']}: planted value occurs in a real file")
    # ---------------- determinism
    hashes = []
    for seed in ("0", "123"):
        with tempfile.TemporaryDirectory() as td:
            for f in ("build.py", "values.py"):
                (Path(td) / f).write_bytes((HERE / f).read_bytes())
            os.symlink(HERE / "sources", Path(td) / "sources")
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, str(Path(td) / "build.py"), "--out", td], check=True, env=env,
                           stdout=subprocess.DEVNULL)
            hashes.append(B.tree_hash(Path(td)))
    here_hash = B.tree_hash(HERE)
    if len(set(hashes + [here_hash])) != 1:
        fail(f"not deterministic: {hashes} vs {here_hash}")
    print(f"planted files {len(files)}, positives {len(pos)}, hard negatives {len(neg)}, real files {len(rfiles)}")
    print(f"tree hash {here_hash} (rebuilds: {', '.join(hashes)})")
    if FAILS:
        print(f"{len(FAILS)} FAILURES")
        for m in FAILS[:60]:
            print("  " + m)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
