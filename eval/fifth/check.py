#!/usr/bin/env python3
"""Label and format checks for the fifth set (stdlib + phonenumbers). Run after build.py; exits 1 on failure."""
from __future__ import annotations

import hashlib
import ipaddress
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import values as V

HERE = Path(__file__).resolve().parent
PL, RE_, SRC = HERE / "planted", HERE / "real", HERE / "sources"
CATS = {"PERSON", "US_SSN", "MRN", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "DATE_OF_BIRTH",
        "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID", "IP_ADDRESS", "URL", "SECRET"}
SURF = {"property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples", "default",
        "tool_name", "tool_description", "file_name", "metadata"}
NEG = {"category_label_key", "format_regex", "code_enum", "reserved_placeholder", "version_date", "name_like_word",
       "category_words_text", "tool_category_words", "file_name_category_words"}
ZIP3 = {p[2] for p in V.US_PLACES}
RULES = V.load_gitleaks((SRC / "rules/gitleaks.toml").read_text(encoding="utf-8"))
errors = []


def err(msg):
    errors.append(msg)


def resolve(doc, ptr):
    node = doc
    toks = [t.replace("~1", "/").replace("~0", "~") for t in ptr.split("/")[1:]] if ptr else []
    for t in toks:
        node = node[int(t)] if isinstance(node, list) else node[t]
    return node, (toks[-1] if toks else None)


def unesc_rx(s):
    return re.sub(r"\\(.)", r"\1", s)


def fmt_ok(l):
    """format validation of a positive label's plain value; returns None when fine, else a reason"""
    c, k = l["category"], l["kind"]
    v = l.get("raw", l["value"])
    if k.endswith("_joined"):
        k = k[:-7]
        if c in ("US_SSN", "ZIP_CODE", "MRN", "LICENSE_NUMBER", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "DATE_OF_BIRTH"):
            v = v.replace("_", "-") if c in ("US_SSN",) else v
    if c == "US_SSN":
        return None if V.ssn_ok(v) else "ssn range"
    if c == "VEHICLE_ID":
        return None if V.vin_ok(v) else "vin check digit"
    if c == "EMAIL_ADDRESS" and "@" in v:
        return None if V.email_ok(v) else "email domain"
    if c == "PHONE_NUMBER":
        t = v if not re.fullmatch(r"\d{10,15}", v) else ("+1" + v if len(v) == 10 else "+" + v)
        return None if V.phone_ok(t) else "phone invalid"
    if c == "IP_ADDRESS":
        if "_" in v:
            v = v.replace("_", ".") if v.count("_") == 3 else v.replace("_", ":")
        m = re.fullmatch(r"\[(.+)\]:\d+", v)
        ip = m.group(1) if m else re.sub(r"(/32|:\d{2,5})$", "", v) if "." in v else v
        try:
            return None if V.ip_ok(ip) else "ip not global"
        except ValueError:
            return "ip parse"
    if c == "ACCOUNT_NUMBER":
        d = re.sub(r"[\s_-]", "", v)
        if k.startswith("card"):
            return None if V.luhn_ok(d) and d not in V.TEST_CARDS else "luhn"
        if k.startswith("iban"):
            return None if V.iban_ok(d) else "iban mod-97"
        return None
    if c == "HEALTH_PLAN_ID" and k.startswith("mbi"):
        return None if V.mbi_ok(v.replace("_", "")) else "mbi rules"
    if c == "DEVICE_ID":
        d = re.sub(r"[\s_]", "", v)
        if k.startswith("device_imei"):
            return None if V.luhn_ok(d) and len(d) == 15 else "imei luhn"
        if k.startswith("device_mac"):
            hx = re.sub(r"[^0-9a-fA-F]", "", v)
            return None if len(hx) == 12 and int(hx[:2], 16) & 1 == 0 else "mac unicast"
        if k.startswith("device_udi"):
            m = re.search(r"(?:\(01\)|^01)?(\d{14})", d.replace("(01)", ""))
            g = d.split("(01)")[-1][:14] if "(01)" in d else d[2:16]
            return None if V.gs1_check(g[:13]) == g[13] else "gtin check digit"
        return None
    if c == "LICENSE_NUMBER":
        st = k.split("_")[1].upper()
        rx = V.DL_FORMATS[st][0]
        return None if re.fullmatch(rx, v) or re.fullmatch(rx, v.replace("_", "-")) else f"dl format {st}"
    if c == "ZIP_CODE":
        d = re.sub(r"\D", "", v)
        return None if len(d) in (5, 9) and d[:3] in ZIP3 else "zip prefix"
    if c == "SECRET" and k.startswith("secret_"):
        rid = V.SECRET_RULES[k[7:]][0]
        return None if RULES[rid].search(v) else f"gitleaks {rid}"
    if c == "DATE_OF_BIRTH":
        return None if re.search(r"(19[3-9]\d|200\d)", v) else "dob year"
    return None


def main():
    labels = [json.loads(l) for l in (PL / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = Counter(l["id"] for l in labels)
    if any(n > 1 for n in ids.values()):
        err("duplicate ids")
    files = sorted(p.relative_to(PL).as_posix() for p in PL.rglob("*.json"))
    docs = {}
    for f in files:
        try:
            docs[f] = json.loads((PL / f).read_text(encoding="utf-8"))
        except Exception as e:
            err(f"planted/{f} does not parse: {e}")
    at = defaultdict(set)
    labelled_files = set()
    for l in labels:
        for fld in ("id", "file", "pointer", "surface", "category", "value", "kind", "base"):
            if fld not in l:
                err(f"{l.get('id')}: missing {fld}")
        if l["surface"] not in SURF:
            err(f"{l['id']}: bad surface")
        if l["category"] != "NONE" and l["category"] not in CATS:
            err(f"{l['id']}: bad category")
        if l["category"] == "NONE" and l["kind"] not in NEG:
            err(f"{l['id']}: bad negative kind")
        if l["category"] != "NONE" and l.get("placement") not in ("key_cue", "text_cue", "no_cue"):
            err(f"{l['id']}: placement")
        if l["file"] not in docs:
            err(f"{l['id']}: file missing")
            continue
        labelled_files.add(l["file"])
        at[(l["file"], l["pointer"])].add("NONE" if l["category"] == "NONE" else "POS")
        if l["surface"] == "file_name":
            if l["pointer"] != "":
                err(f"{l['id']}: file_name pointer")
            s = l["file"].rsplit("/", 1)[-1]
        else:
            try:
                node, last = resolve(docs[l["file"]], l["pointer"])
            except Exception:
                err(f"{l['id']}: pointer does not resolve")
                continue
            if l["surface"] in ("property_name", "pattern_property"):
                s = last
                parent = l["pointer"].rsplit("/", 2)[-2]
                want = "properties" if l["surface"] == "property_name" else "patternProperties"
                if parent != want:
                    err(f"{l['id']}: key pointer not under {want}")
            else:
                s = node
                if not isinstance(s, str):
                    err(f"{l['id']}: pointer is not a string")
                    continue
                tail = l["pointer"].rsplit("/", 1)[-1]
                expect = {"tool_name": ("name",), "tool_description": ("description",), "description": ("description",),
                          "title": ("title",), "const": ("const",), "default": ("default",), "pattern": ("pattern",),
                          "metadata": ("$comment", "x-sample-source", "x-note", "x-provenance", "title", "user_id")}
                if l["surface"] in expect and tail not in expect[l["surface"]]:
                    err(f"{l['id']}: surface {l['surface']} at {tail}")
                if l["surface"] in ("enum", "examples") and l["pointer"].rsplit("/", 2)[-2] != l["surface"]:
                    err(f"{l['id']}: {l['surface']} pointer")
        if l["value"] not in s:
            err(f"{l['id']}: value {l['value']!r} not in {s[:80]!r}")
        if "raw" in l and V.rxesc(l["raw"]) != l["value"]:
            err(f"{l['id']}: raw does not escape to value")
        if l["category"] != "NONE":
            why = fmt_ok(l)
            if why:
                err(f"{l['id']}: {why}: {l.get('raw', l['value'])}")
        if l["surface"] in ("pattern", "pattern_property"):
            try:
                re.compile(s)
            except re.error:
                err(f"{l['id']}: regex does not compile")
        if l["surface"] == "tool_name" and not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", s):
            err(f"{l['id']}: tool name not API-valid")
    for k, v in at.items():
        if len(v) > 1:
            err(f"pointer with positive and negative labels: {k}")
    for f in files:
        if f not in labelled_files:
            err(f"planted/{f} has no label")
    # sources and real files
    man = [json.loads(x) for x in (SRC / "MANIFEST.jsonl").read_text().splitlines() if x.strip()]
    for r in man:
        if hashlib.sha256((SRC / r["file"]).read_bytes()).hexdigest() != r["sha256"]:
            err(f"sources/{r['file']} sha256")
        if not r.get("licence") or not re.fullmatch(r"[0-9a-f]{40}", r["commit"]):
            err(f"sources/{r['file']} licence/commit")
    rman = {json.loads(x)["file"] for x in (RE_ / "MANIFEST.jsonl").read_text().splitlines() if x.strip()}
    rfiles = sorted(p.relative_to(RE_).as_posix() for p in RE_.rglob("*.json"))
    if set(rfiles) != rman:
        err("real/MANIFEST.jsonl does not list exactly the real files")
    pos_values = {l.get("raw", l["value"]) for l in labels if l["category"] != "NONE" and len(l.get("raw", l["value"])) >= 6}
    real_text = ""
    for f in rfiles:
        t = (RE_ / f).read_text(encoding="utf-8")
        try:
            json.loads(t)
        except Exception:
            err(f"real/{f} does not parse")
        real_text += t + "\n" + f + "\n"
    leaked = [v for v in pos_values if v in real_text]
    if leaked:
        err(f"planted values found in real files: {leaked[:5]}")
    # hard negatives must stay non-identifying: reserved ranges really are reserved
    for l in labels:
        if l["kind"] == "reserved_placeholder":
            v = l["value"]
            m = re.search(r"(\d+\.\d+\.\d+\.\d+|[0-9a-f]*:[0-9a-f:]+:[0-9a-f]+)", v)
            if m and re.fullmatch(r"[\d.:a-f]+", m.group(1)) and ("." in m.group(1) or v.startswith("2001")):
                ipstr = m.group(1).split(":")[0] if "." in m.group(1) else m.group(1)
                try:
                    if V.ip_ok(ipstr):
                        err(f"{l['id']}: placeholder IP is global")
                except ValueError:
                    pass
            if re.fullmatch(r"\d{3}-\d{2}-\d{4}", v) and V.ssn_ok(v):
                err(f"{l['id']}: placeholder SSN is valid")
            if "555-01" not in v and re.search(r"555-0\d{3}", v) is None and re.fullmatch(r"[+\d()\s-]{10,}", v) and V.phone_ok(v) and not re.sub(r"\D", "", v).startswith(("6011", "3530")):
                err(f"{l['id']}: placeholder phone is valid")
    pos = [l for l in labels if l["category"] != "NONE"]
    print(f"labels {len(labels)}: positives {len(pos)}, hard negatives {len(labels) - len(pos)}; planted files {len(files)}; real files {len(rfiles)}")
    print("by category:", dict(sorted(Counter(l['category'] for l in pos).items())))
    print("by surface:", dict(sorted(Counter(l['surface'] for l in pos).items())))
    print("by placement:", dict(sorted(Counter(l['placement'] for l in pos).items())))
    print("negatives:", dict(Counter(l['kind'] for l in labels if l['category'] == 'NONE').most_common()))
    if errors:
        print(f"{len(errors)} FAILED checks:")
        for e in errors[:60]:
            print("  " + e)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
