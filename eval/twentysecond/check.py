#!/usr/bin/env python3
"""Label, format, manifest and determinism checks for the twentysecond set (stdlib + phonenumbers).

Run after build.py.  Exit status 0 and "ALL CHECKS PASSED" means every assertion below held.
"""
import hashlib
import ipaddress
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import values as V  # noqa: E402
import build as B  # noqa: E402

PLANTED, REAL, SRC = HERE / "planted", HERE / "real", HERE / "sources"
FIELDS = ["id", "file", "pointer", "surface", "category", "value", "kind", "base", "placement", "format"]
NEEDS_CUE = {"DATE_OF_BIRTH", "ZIP_CODE", "MRN", "HEALTH_PLAN_ID", "LICENSE_NUMBER"}
errors = []


def err(msg):
    errors.append(msg)


def unesc(t):
    return t.replace("~1", "/").replace("~0", "~")


def resolve(doc, ptr):
    node = doc
    for t in [unesc(x) for x in ptr.split("/")[1:]] if ptr else []:
        node = node[int(t)] if isinstance(node, list) else node[t]
    return node


def tree_hash(root):
    h = hashlib.sha256()
    for p in sorted(Path(root).rglob("*")):
        if p.is_file() and (p.parts[len(Path(root).parts)] in ("planted", "real")):
            h.update(p.relative_to(root).as_posix().encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def surface_ok(surface, ptr, file_env):
    last = unesc(ptr.rsplit("/", 1)[-1]) if ptr else ""
    parent = ptr.rsplit("/", 2)[-2] if ptr.count("/") >= 2 else ""
    if surface == "file_name":
        return ptr == ""
    if surface == "property_name":
        return parent == "properties"
    if surface == "pattern_property":
        return parent == "patternProperties"
    if surface in ("enum", "examples"):
        return parent == surface and last.isdigit()
    if surface in ("const", "default", "pattern", "title"):
        return last == surface
    if surface == "description":
        return last == "description" and "/properties/" in ptr
    if surface in ("tool_name", "tool_description"):
        w = "name" if surface == "tool_name" else "description"
        return ptr in (f"/requests/0/params/tools/0/{w}", f"/toolConfig/tools/0/toolSpec/{w}")
    if surface == "metadata":
        return last in ("$comment", "$schema") or last.startswith("x-") or ptr.endswith("/metadata/user_id")
    return False


def reserved(v):
    if re.search(r"@example\.(com|org|net)$", v) or re.search(r"https?://example\.(com|org|net)/", v):
        return True
    if re.search(r"555-01\d\d$", v):
        return True
    try:
        a = ipaddress.ip_address(v)
        return any(a in n for n in V.DOC_NETS if n.version == a.version)
    except ValueError:
        pass
    return v in ("000-00-0000", "XXX-XX-XXXX", "YOUR_API_KEY", "MRN-XXXXXXX") or v.startswith("<REPLACE_WITH")


def main():
    # ------------------------------------------------------------ sources
    man = [json.loads(l) for l in (SRC / "MANIFEST.jsonl").read_text().splitlines() if l.strip()]
    for m in man:
        for k in ("file", "repo", "commit", "path", "licence", "sha256"):
            if k not in m:
                err(f"source manifest field {k} missing")
        if hashlib.sha256((SRC / m["file"]).read_bytes()).hexdigest() != m["sha256"]:
            err(f"source sha256 {m['file']}")
        if not re.fullmatch(r"[0-9a-f]{40}", m["commit"]):
            err("commit not pinned")
    # ------------------------------------------------------------ labels
    labels = [json.loads(l) for l in (PLANTED / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    files = sorted(p.relative_to(PLANTED).as_posix() for p in PLANTED.rglob("*.json"))
    if len(files) != 64:
        err(f"planted file count {len(files)}")
    by_file = defaultdict(list)
    ids = Counter(l["id"] for l in labels)
    if any(c > 1 for c in ids.values()):
        err("duplicate ids")
    for l in labels:
        for k in FIELDS:
            if k not in l:
                err(f"{l.get('id')}: field {k} missing")
        by_file[l["file"]].append(l)
        if l["surface"] not in B.SURFACES:
            err(f"{l['id']}: surface {l['surface']}")
        if l["category"] not in list(B.COUNTS) + ["NONE"]:
            err(f"{l['id']}: category")
    for f in files:
        if f not in by_file:
            err(f"{f}: no label")
    for f in by_file:
        if f not in files:
            err(f"label on missing file {f}")
    docs = {}
    for f in files:
        try:
            docs[f] = json.loads((PLANTED / f).read_text(encoding="utf-8"))
        except Exception as e:
            err(f"{f}: does not parse: {e}")
    # per pointer
    at = defaultdict(list)
    for l in labels:
        at[(l["file"], l["pointer"], l["surface"] in ("property_name", "file_name"))].append(l)
    for key, ls in at.items():
        cats = [l["category"] for l in ls]
        if "NONE" in cats and len(cats) > 1:
            err(f"{key}: positive and negative share a pointer")
        if len([c for c in cats if c != "NONE"]) != len(set(c for c in cats if c != "NONE")):
            err(f"{key}: two labels of one category")
    for l in labels:
        f, ptr, s = l["file"], l["pointer"], l["surface"]
        doc = docs.get(f)
        if doc is None:
            continue
        env = f.split("/")[0]
        if not surface_ok(s, ptr, env):
            err(f"{l['id']}: surface {s} does not fit pointer {ptr}")
        try:
            if s == "file_name":
                text = f.rsplit("/", 1)[-1]
            elif s in ("property_name", "pattern_property"):
                parent = resolve(doc, ptr.rsplit("/", 1)[0])
                text = unesc(ptr.rsplit("/", 1)[-1])
                if text not in parent:
                    err(f"{l['id']}: key not present")
            else:
                text = resolve(doc, ptr)
        except Exception as e:
            err(f"{l['id']}: pointer does not resolve: {e}")
            continue
        if not isinstance(text, str) or l["value"] not in text:
            err(f"{l['id']}: value not in string at pointer")
        if "raw" in l and V.rx_escape(l["raw"]) != l["value"]:
            err(f"{l['id']}: raw does not escape to value")
        if s in ("pattern", "pattern_property"):
            try:
                rx = re.compile(text)
            except re.error:
                err(f"{l['id']}: regex does not compile")
                continue
            if l["category"] != "NONE" and not rx.fullmatch(l["raw"]):
                err(f"{l['id']}: planted regex does not match its literal")
        if l["category"] != "NONE":
            plain = l["plain"]
            if not V.validate(l["category"], plain, l["format"]):
                err(f"{l['id']}: {l['category']} fails format rule {l['format']}")
            # the written value is the plain value or its key-safe / escaped form
            norm = lambda x: re.sub(r"[\W_]", "", x.casefold())
            if norm(l.get("raw", l["value"])) != norm(plain) and l["kind"] not in ("snake_joined", "camel_joined"):
                err(f"{l['id']}: value and plain differ")
            if l["placement"] not in ("key_cue", "text_cue", "no_cue"):
                err(f"{l['id']}: placement")
            if l["placement"] == "no_cue" and (l["category"] in NEEDS_CUE or re.fullmatch(r"[\d _-]+", l["value"])):
                err(f"{l['id']}: value that cannot stand alone has no cue")
        else:
            if l["placement"] != "none":
                err(f"{l['id']}: negative placement")
            if l["kind"] == "reserved_placeholder" and not reserved(l["value"]):
                err(f"{l['id']}: placeholder not reserved")
            if l["kind"] == "format_regex":
                try:
                    re.compile(l["value"])
                except re.error:
                    err(f"{l['id']}: format regex does not compile")
    # tool names
    for root in (PLANTED, REAL):
        for p in root.rglob("*.json"):
            d = json.loads(p.read_text(encoding="utf-8"))
            names = []
            if isinstance(d, dict) and "requests" in d:
                names = [t["name"] for t in d["requests"][0]["params"]["tools"]]
            if isinstance(d, dict) and "toolConfig" in d:
                names = [t["toolSpec"]["name"] for t in d["toolConfig"]["tools"]]
            for n in names:
                if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", n):
                    err(f"{p}: bad tool name {n}")
    # counts
    pos = Counter(l["category"] for l in labels if l["category"] != "NONE")
    if dict(pos) != B.COUNTS:
        err(f"positive counts {dict(pos)}")
    neg = Counter(l["kind"] for l in labels if l["category"] == "NONE")
    if dict(neg) != B.NEG_KINDS:
        err(f"negative counts {dict(neg)}")
    # ------------------------------------------------------------ real files
    rman = [json.loads(l) for l in (REAL / "MANIFEST.jsonl").read_text().splitlines() if l.strip()]
    rfiles = sorted(p.relative_to(REAL).as_posix() for p in REAL.rglob("*.json"))
    if sorted(m["file"] for m in rman) != rfiles:
        err("real manifest does not list exactly the real files")
    for m in rman:
        for k in ("file", "repo", "commit", "path", "pointer", "licence", "sha256"):
            if k not in m:
                err(f"real manifest field {k}")
        if hashlib.sha256((REAL / m["file"]).read_bytes()).hexdigest() != m["sha256"]:
            err(f"real sha256 {m['file']}")
    real_units = {f"{m['repo']}@{m['commit']}:{m['path']}#{m['pointer']}" for m in rman}
    host_units = {l["base"] for l in labels}
    if real_units & host_units:
        err("a real file and a host share a source unit")
    if len(real_units) != 60 or len(host_units) != 64:
        err(f"unit counts real={len(real_units)} hosts={len(host_units)}")
    # real files are verbatim: each equals its unit in sources/
    units = {}
    for m in man:
        d = json.loads((SRC / m["file"]).read_text(encoding="utf-8"))
        for n, s in {**d["hosts"], **d["real"]}.items():
            units[f"{d['repo']}@{d['commit']}:{d['path']}#/components/schemas/{n}"] = s
    for m in rman:
        u = f"{m['repo']}@{m['commit']}:{m['path']}#{m['pointer']}"
        if json.loads((REAL / m["file"]).read_text(encoding="utf-8")) != units[u]:
            err(f"real file {m['file']} is not verbatim")
    realtext = "\n".join((REAL / f).read_text(encoding="utf-8") for f in rfiles)
    rt_low = realtext.casefold()
    for l in labels:
        if l["category"] == "NONE":
            continue
        for v in {l["plain"], l.get("raw", l["value"]), l["value"]}:
            if v.casefold() in rt_low or json.dumps(v)[1:-1].casefold() in rt_low:
                err(f"{l['id']}: planted value occurs in a real file")
    # ------------------------------------------------------------ determinism
    h0 = tree_hash(HERE)
    for seed in ("0", "123"):
        with tempfile.TemporaryDirectory() as td:
            for n in ("build.py", "values.py"):
                shutil.copy(HERE / n, td)
            shutil.copytree(SRC, Path(td) / "sources")
            subprocess.run([sys.executable, "build.py"], cwd=td, check=True, capture_output=True,
                           env={**os.environ, "PYTHONHASHSEED": seed})
            h = tree_hash(td)
            if h != h0:
                err(f"rebuild with PYTHONHASHSEED={seed} differs")
    print(f"planted files={len(files)} labels={len(labels)} positives={sum(pos.values())} "
          f"negatives={sum(neg.values())} real files={len(rfiles)}")
    print(f"tree hash (planted+real) {h0}")
    if errors:
        for e in errors[:60]:
            print("FAIL", e)
        print(f"{len(errors)} failures")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
