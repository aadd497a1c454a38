#!/usr/bin/env python3
"""Checks for the twentyfirst set (stdlib + phonenumbers). Run after build.py; exits non-zero on any failure.

label checks   : every planted file parses and has a label; ids unique; every label names an existing file; every
                 pointer resolves and the string there (the key for property_name / pattern_property, the file name for
                 file_name) contains `value`; the surface matches the pointer shape; `raw` escapes to `value`; planted
                 regexes compile and match their plain value; no pointer holds a positive and a negative, nor two
                 labels of one category; values that cannot stand alone are never `no_cue`; fields present.
format checks  : every positive passes its generator's published rule (values.validate); tool names match
                 [A-Za-z0-9_-]{1,64}; hard-negative placeholders are really reserved.
manifest checks: sources/ and real/ sha256s; manifest fields; real/ manifest lists exactly the real files; hosts and
                 real files share no source path and no blob; no planted positive value (or raw) occurs in a real file.
determinism    : rebuilds twice (PYTHONHASHSEED=0 and 123) into a temp copy and compares the tree hash.
"""
import hashlib, ipaddress, json, os, re, shutil, subprocess, sys, tempfile
from pathlib import Path

import values as V
from build import esc, NEEDS_CUE, SURFACES

HERE = Path(__file__).resolve().parent
FAIL = []


def fail(msg):
    FAIL.append(msg)


def resolve(doc, ptr):
    node = doc
    for t in [x.replace("~1", "/").replace("~0", "~") for x in ptr.split("/")[1:]] if ptr else []:
        node = node[int(t)] if isinstance(node, list) else node[t]
    return node


def tree_hash(root):
    h = hashlib.sha256()
    for p in sorted(Path(root).rglob("*")):
        if p.is_file() and ("planted" in p.relative_to(root).parts[:1] or "real" in p.relative_to(root).parts[:1]):
            h.update(p.relative_to(root).as_posix().encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def surface_ok(l):
    p, s = l["pointer"], l["surface"]
    last = p.rsplit("/", 1)[-1]
    parent = p.rsplit("/", 2)[-2] if p.count("/") >= 2 else ""
    if s == "file_name":
        return p == ""
    if s == "property_name":
        return parent == "properties"
    if s == "pattern_property":
        return parent == "patternProperties"
    if s in ("enum", "examples"):
        return parent == s and last.isdigit()
    if s in ("const", "default", "pattern", "title", "description"):
        return last == s and not re.search(r"^/(tools/0/(function|functionDeclarations/0)|result/tools/0)/description$", p)
    if s == "tool_name":
        return p in ("/tools/0/function/name", "/tools/0/functionDeclarations/0/name", "/result/tools/0/name")
    if s == "tool_description":
        return p in ("/tools/0/function/description", "/tools/0/functionDeclarations/0/description",
                     "/result/tools/0/description")
    if s == "metadata":
        return last in ("$comment", "$schema") or last.startswith("x-") or p in ("/metadata/user_id",
                                                                                "/result/tools/0/annotations/title")
    return False


def main(rebuild=True):
    planted, real = HERE / "planted", HERE / "real"
    labels = [json.loads(l) for l in (planted / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    files = sorted(p.relative_to(planted).as_posix() for p in planted.rglob("*.json"))
    docs = {f: json.loads((planted / f).read_text(encoding="utf-8")) for f in files}
    ids = [l["id"] for l in labels]
    if len(ids) != len(set(ids)):
        fail("duplicate ids")
    by_file = {}
    seen = {}
    for l in labels:
        for k in ("id", "file", "pointer", "surface", "category", "value", "kind", "base", "placement", "format"):
            if k not in l:
                fail(f"{l.get('id')}: missing {k}")
        if l["file"] not in docs:
            fail(f"{l['id']}: no file"); continue
        by_file.setdefault(l["file"], []).append(l)
        if l["surface"] not in SURFACES:
            fail(f"{l['id']}: bad surface")
        if not surface_ok(l):
            fail(f"{l['id']}: surface {l['surface']} does not match pointer shape")
        try:
            if l["surface"] == "file_name":
                s = l["file"].rsplit("/", 1)[-1]
            elif l["surface"] in ("property_name", "pattern_property"):
                resolve(docs[l["file"]], l["pointer"])
                s = l["pointer"].rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
            else:
                s = resolve(docs[l["file"]], l["pointer"])
        except (KeyError, IndexError, ValueError):
            fail(f"{l['id']}: pointer does not resolve"); continue
        if not isinstance(s, str) or l["value"] not in s:
            fail(f"{l['id']}: value not in string at pointer")
        if "raw" in l:
            if esc(l["raw"]) != l["value"]:
                fail(f"{l['id']}: raw does not escape to value")
            try:
                plain = re.sub(r"\\(.)", r"\1", s[1:-1]) if s.startswith("^") and s.endswith("$") else None
                if plain is None or l["raw"] not in plain or not re.fullmatch(s, plain):
                    fail(f"{l['id']}: regex does not match its literal")
            except re.error:
                fail(f"{l['id']}: regex does not compile")
        key = (l["file"], l["pointer"], l["surface"] in ("property_name", "file_name"))
        seen.setdefault(key, []).append(l)
        if l["category"] == "NONE":
            if l["placement"] != "none":
                fail(f"{l['id']}: negative placement")
            if l["kind"] == "reserved_placeholder":
                v = l["value"]
                ok = (re.search(r"@example\.(com|org)$|example\.com/", v) or "555-01" in v or v in ("000-00-0000", "XXX-XX-XXXX")
                      or re.fullmatch(r"YOUR_API_KEY|<your-[a-z-]+>|MRN-X+|sk-REPLACE_ME|[0-]{36}", v))
                if not ok:
                    try:
                        a = ipaddress.ip_address(v)
                        ok = any(a in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32") if ipaddress.ip_network(n).version == a.version)
                    except ValueError:
                        ok = False
                if not ok:
                    fail(f"{l['id']}: placeholder not reserved")
        else:
            raw = l.get("raw", l["value"])
            if not V.validate(l["category"], l["format"], raw):
                fail(f"{l['id']}: fails its format rule ({l['format']})")
            if l["placement"] not in ("key_cue", "text_cue", "no_cue"):
                fail(f"{l['id']}: placement")
            needs = (l["format"] in NEEDS_CUE or l["category"] in ("DATE_OF_BIRTH", "ZIP_CODE", "LICENSE_NUMBER"))
            if needs and l["placement"] == "no_cue":
                fail(f"{l['id']}: value that cannot stand alone is no_cue")
    for key, ls in seen.items():
        cats = [l["category"] for l in ls]
        if "NONE" in cats and len(cats) > 1:
            fail(f"{key}: positive and negative share a pointer")
        if len(cats) != len(set(cats)):
            fail(f"{key}: two labels of one category")
    for f in files:
        if f not in by_file:
            fail(f"{f}: no label")
        d = docs[f]
        for p in ("/tools/0/function/name", "/tools/0/functionDeclarations/0/name", "/result/tools/0/name"):
            try:
                n = resolve(d, p)
            except (KeyError, IndexError):
                continue
            if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", n):
                fail(f"{f}: tool name")

    # manifests
    def sha(p):
        return hashlib.sha256(p.read_bytes()).hexdigest()
    src = [json.loads(l) for l in (HERE / "sources/MANIFEST.jsonl").read_text().splitlines() if l.strip()]
    rl = [json.loads(l) for l in (real / "MANIFEST.jsonl").read_text().splitlines() if l.strip()]
    for rows, root in ((src, HERE / "sources"), (rl, real)):
        for r in rows:
            for k in ("file", "repo", "commit", "path", "licence", "sha256"):
                if k not in r:
                    fail(f"manifest {r}: missing {k}")
            if not re.fullmatch(r"[0-9a-f]{40}", r["commit"]):
                fail(f"manifest {r['file']}: commit not pinned")
            if r["licence"] not in ("CC0-1.0", "Apache-2.0", "MIT"):
                fail(f"manifest {r['file']}: licence")
            if sha(root / r["file"]) != r["sha256"]:
                fail(f"{root.name}/{r['file']}: sha256")
    real_files = sorted(p.relative_to(real).as_posix() for p in real.rglob("*.json"))
    if real_files != sorted(r["file"] for r in rl):
        fail("real manifest does not list exactly the real files")
    if {(r["repo"], r["path"]) for r in src} & {(r["repo"], r["path"]) for r in rl}:
        fail("a host and a real file share a source path")
    if {r["sha256"] for r in src} & {r["sha256"] for r in rl}:
        fail("a host and a real file share a blob")
    blob = "\n".join((real / f).read_text(encoding="utf-8") for f in real_files)
    blob_lc = blob.lower()
    for l in labels:
        if l["category"] != "NONE":
            for v in {l["value"], l.get("raw", l["value"]), json.dumps(l.get("raw", l["value"]))[1:-1]}:
                if v.lower() in blob_lc:
                    fail(f"{l['id']}: planted value occurs in a real file")

    # determinism
    if rebuild:
        hashes = [tree_hash(HERE)]
        for seed in ("0", "123"):
            with tempfile.TemporaryDirectory() as td:
                t = Path(td) / "set"
                shutil.copytree(HERE, t, ignore=shutil.ignore_patterns("__pycache__"))
                subprocess.run([sys.executable, "build.py"], cwd=t, check=True, env={**os.environ, "PYTHONHASHSEED": seed},
                               stdout=subprocess.DEVNULL)
                hashes.append(tree_hash(t))
        if len(set(hashes)) != 1:
            fail(f"build not deterministic: {hashes}")
        print(f"tree hash {hashes[0]}")

    pos = [l for l in labels if l["category"] != "NONE"]
    print(f"{len(files)} planted files, {len(pos)} positives, {len(labels) - len(pos)} hard negatives, {len(real_files)} real files")
    if FAIL:
        print("\n".join(FAIL[:60]))
        print(f"FAILED: {len(FAIL)} problem(s)")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
