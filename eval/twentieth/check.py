#!/usr/bin/env python3
"""Checks for the twentieth set (stdlib + phonenumbers). Run after build.py; exits non-zero on any failure.

Asserts: source and real manifests (fields, pinned commits, sha256, exactly the files present); planted files parse
and carry labels; pointers resolve and hold the value; surface matches pointer shape; raw escapes to value; regexes
compile and match their literal; tool names match [A-Za-z0-9_-]{1,64}; no pointer holds a positive and a negative or
two labels of one category; every positive passes its format rule; no_cue only for self-identifying values;
placeholders are reserved; no planted positive occurs in a real file; hosts and real files share no source file;
the build is deterministic (two rebuilds with different PYTHONHASHSEED give identical bytes).
"""
import hashlib, ipaddress, json, os, re, subprocess, sys, tempfile
from pathlib import Path
import values as V
import build as B

HERE = Path(__file__).resolve().parent
ERR = []


def err(*a):
    ERR.append(" ".join(str(x) for x in a))


def resolve(doc, p):
    if p == "":
        return doc
    cur = doc
    for t in p[1:].split("/"):
        t = t.replace("~1", "/").replace("~0", "~")
        cur = cur[int(t)] if isinstance(cur, list) else cur[t]
    return cur


def tree_hash(root):
    h = hashlib.sha256()
    for f in sorted(Path(root).rglob("*")):
        if f.is_file():
            h.update(str(f.relative_to(root)).encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def fmt_ok(l):
    c, f, v = l["category"], l["format"], l.get("raw", l["value"])
    if c == "US_SSN":
        return V.ssn_ok(v)
    if c == "HEALTH_PLAN_ID":
        return {"mbi": V.mbi_ok, "mbi_dash": V.mbi_ok, "member": lambda s: re.fullmatch(r"[A-Z]{3}\d{9}", s),
                "medicaid_ny": lambda s: re.fullmatch(r"[A-Z]{2}\d{5}[A-Z]", s),
                "medical_bic": lambda s: re.fullmatch(r"9\d{7}[A-Z]\d{5}", s)}[f](v)
    if c == "ACCOUNT_NUMBER":
        if f.startswith("iban"):
            return V.iban_ok(v)
        if f == "card":
            return V.luhn_ok(v.replace(" ", ""))
        if f == "aba_account":
            return V.aba_ok(v.split()[0])
        return re.fullmatch(r"[1-9]\d{9}", v)
    if c == "VEHICLE_ID":
        return V.vin_ok(v) if f == "vin" else re.fullmatch(r"\d[A-Z]{3}\d{3}|\d\d-[A-Z]{3}-\d", v)
    if c == "DEVICE_ID":
        if f == "imei":
            return re.fullmatch(r"\d{15}", v) and V.luhn_ok(v)
        if f == "mac":
            return re.fullmatch(r"([0-9A-F]{2}[:-]){5}[0-9A-F]{2}|([0-9a-f]{4}\.){2}[0-9a-f]{4}", v)
        if f == "udi":
            m = re.fullmatch(r"\(01\)(\d{14})\(17\)\d{6}\(21\)[A-Z0-9]+", v)
            return m and V.gs1_check(m.group(1)[:13]) == m.group(1)[13]
        return re.fullmatch(r"[A-Z]{3}\d{6}[A-Z]", v)
    if c == "PHONE_NUMBER":
        return V.phone_ok(v, "US") and "555-01" not in v
    if c == "IP_ADDRESS":
        return V.ip_ok(v)
    if c == "EMAIL_ADDRESS":
        return re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]+", v) and "example" not in v
    if c == "ZIP_CODE":
        return re.fullmatch(r"\d{5}(-\d{4})?", v) and v[:5] != "00000"
    if c == "DATE_OF_BIRTH":
        return re.search(r"(19[3-9]\d|20[01]\d)", v)
    if c == "MRN":
        return re.fullmatch(r"MRN-\d{7}|MR#\d{6}|E\d{8}|[1-9]\d{8}|HC20[0-2]\d-\d{6}|PT\d{7}", v)
    if c == "LICENSE_NUMBER":
        return re.search(r"\d{6}", v.replace("-", "").replace(" ", "")) or f == "dl_WA"
    if c == "URL":
        return v.startswith("https://") and "example" not in v
    if c == "SECRET":
        return len(v) >= 10
    if c == "PERSON":
        return re.search(r"[A-Za-z]{2}", v)
    if c == "STREET_ADDRESS":
        return re.search(r"\d", v)
    return False


RESERVED = [r"@example\.(com|org|net)$", r"555[- ]01\d\d", r"^(192\.0\.2|198\.51\.100|203\.0\.113)\.", r"^2001:db8:",
            r"^000-00-0000$", r"X{3}", r"YOUR_", r"^<.*>$", r"example\.com/"]


def check_labels(root):
    planted = Path(root) / "planted"
    L = [json.loads(l) for l in open(planted / "labels.jsonl")]
    files = sorted(str(p.relative_to(planted)) for p in planted.rglob("*.json"))
    docs = {}
    for f in files:
        try:
            docs[f] = json.loads((planted / f).read_text())
        except Exception as e:
            err("parse", f, e)
    lab_files = {l["file"] for l in L}
    for f in files:
        if f not in lab_files:
            err("file without label", f)
    ids = set()
    seen = {}
    for l in L:
        for k in ("id", "file", "pointer", "surface", "category", "value", "kind", "base", "placement", "format"):
            if k not in l:
                err("missing field", k, l.get("id"))
        if l["id"] in ids:
            err("dup id", l["id"])
        ids.add(l["id"])
        if l["file"] not in docs:
            err("no file", l)
            continue
        s, p = l["surface"], l["pointer"]
        if l["category"] not in B.V.__dict__ and l["category"] not in ("NONE",) and l["category"] not in {
                "PERSON", "US_SSN", "MRN", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "DATE_OF_BIRTH",
                "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID", "IP_ADDRESS", "URL", "SECRET"}:
            err("bad category", l)
        if s == "file_name":
            if p != "" or l["value"] not in Path(l["file"]).name:
                err("file_name", l["id"])
        else:
            toks = p.split("/")
            if s in ("property_name", "pattern_property"):
                if toks[-2] != {"property_name": "properties", "pattern_property": "patternProperties"}[s]:
                    err("key shape", l["id"])
                key = toks[-1].replace("~1", "/").replace("~0", "~")
                try:
                    resolve(docs[l["file"]], p)
                except Exception:
                    err("unresolved", l["id"])
                target = key
            else:
                try:
                    target = resolve(docs[l["file"]], p)
                except Exception:
                    err("unresolved", l["id"], p)
                    continue
                last = toks[-1]
                ok = {"enum": toks[-2] == "enum", "examples": toks[-2] == "examples", "const": last == "const",
                      "default": last == "default", "pattern": last == "pattern", "title": last == "title",
                      "description": last == "description" and not p.startswith("/tools/0/description"),
                      "tool_name": p == "/tools/0/name", "tool_description": p == "/tools/0/description",
                      "metadata": last in ("$comment", "$schema") or last.startswith("x-") or p == "/metadata/user_id"}[s]
                if not ok:
                    err("surface shape", l["id"], s, p)
            if not isinstance(target, str) or l["value"] not in target:
                err("value not at pointer", l["id"])
            if s in ("pattern", "pattern_property"):
                try:
                    rx = re.compile(target)
                except re.error:
                    err("regex", l["id"])
                    continue
                if l["category"] != "NONE":
                    raw = l.get("raw", l["value"])
                    if B.esc(raw) != l["value"]:
                        err("raw/escape", l["id"])
                    if s == "pattern" and not rx.fullmatch(raw):
                        err("pattern does not match raw", l["id"])
                    if s == "pattern_property" and not rx.search(raw if l["placement"] == "no_cue" else target[1:-1].replace("\\", "")):
                        err("pattern_property does not match", l["id"])
        key = (l["file"], p, s in ("property_name", "file_name", "pattern_property"))
        prev = seen.setdefault(key, [])
        for q in prev:
            if (q["category"] == "NONE") != (l["category"] == "NONE") or q["category"] == l["category"]:
                err("pointer clash", l["id"], q["id"])
        prev.append(l)
        if l["category"] != "NONE":
            if not fmt_ok(l):
                err("format", l["id"], l["category"], l["format"])
            if l["placement"] == "no_cue" and not B.nocue_ok(l["category"], l["format"]):
                err("no_cue for a value that needs a cue", l["id"])
            if l["placement"] not in ("key_cue", "text_cue", "no_cue"):
                err("placement", l["id"])
        else:
            if l["placement"] != "none":
                err("neg placement", l["id"])
            if l["kind"] == "reserved_placeholder" and not any(re.search(r, l["value"]) for r in RESERVED):
                err("placeholder not reserved", l["id"])
    for f, d in docs.items():
        tools = d.get("tools") if isinstance(d, dict) else None
        for t in tools or []:
            if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", t.get("name", "")):
                err("tool name", f)
    return L, files


def main():
    smani = [json.loads(l) for l in open(HERE / "sources/MANIFEST.jsonl")]
    rmani = [json.loads(l) for l in open(HERE / "real/MANIFEST.jsonl")]
    for m, d in [(x, "sources") for x in smani] + [(x, "real") for x in rmani]:
        for k in ("file", "repo", "commit", "path", "licence", "sha256"):
            if not m.get(k):
                err("manifest field", d, k, m.get("file"))
        if not re.fullmatch(r"[0-9a-f]{40}", m.get("commit", "")):
            err("commit not pinned", m["file"])
        if hashlib.sha256((HERE / d / m["file"]).read_bytes()).hexdigest() != m["sha256"]:
            err("sha256", d, m["file"])
    real_files = sorted(str(p.relative_to(HERE / "real")) for p in (HERE / "real").rglob("*.json"))
    if real_files != sorted(m["file"] for m in rmani):
        err("real manifest does not list exactly the real files")
    if len(real_files) != 60:
        err("real count", len(real_files))
    host_src = {(m["repo"], m["path"]) for m in smani}
    for m in rmani:
        if (m["repo"], m["path"]) in host_src:
            err("real file shares a source file with a host", m["file"])
    for m in rmani:  # byte-for-byte: compare with the snapshot when it is present
        g = {"openmhealth/schemas": "/work/.mirror/openmhealth+schemas/repo", "Adyen/adyen-openapi": "/work/.mirror/Adyen+adyen-openapi/repo"}[m["repo"]]
        if os.path.isdir(g):
            b = subprocess.check_output(["git", "--git-dir", g, "show", f"{m['commit']}:{m['path']}"])
            if b != (HERE / "real" / m["file"]).read_bytes():
                err("real file differs from source", m["file"])
    L, files = check_labels(HERE)
    realtext = "\n".join((HERE / "real" / f).read_text() for f in real_files)
    for l in L:
        if l["category"] != "NONE":
            v = l.get("raw", l["value"])
            if len(v) >= 6 and v in realtext:
                err("planted value occurs in a real file", l["id"])
    size_p = sum(p.stat().st_size for p in (HERE / "planted").rglob("*") if p.is_file())
    size_r = sum(p.stat().st_size for p in (HERE / "real").rglob("*") if p.is_file())
    if size_p > 1_000_000 or size_r > 2_000_000:
        err("size", size_p, size_r)
    h0 = tree_hash(HERE / "planted")
    hs = []
    for seed in ("0", "123"):
        with tempfile.TemporaryDirectory() as td:
            subprocess.check_call([sys.executable, str(HERE / "build.py"), td], env={**os.environ, "PYTHONHASHSEED": seed},
                                  stdout=subprocess.DEVNULL)
            hs.append(tree_hash(Path(td) / "planted"))
    if not (hs[0] == hs[1] == h0):
        err("build not deterministic", h0, hs)
    pos = [l for l in L if l["category"] != "NONE"]
    print(f"{len(files)} planted files, {len(pos)} positives, {len(L) - len(pos)} hard negatives, {len(real_files)} real files;"
          f" planted {size_p} B, real {size_r} B; planted tree sha256 {h0}")
    if ERR:
        print("\n".join(ERR[:60]))
        print(f"FAILED: {len(ERR)} problem(s)")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
