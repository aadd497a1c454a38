#!/usr/bin/env python3
"""Label and format checks for eval/nineteenth (stdlib + phonenumbers via values.py). Run after build.py.

Asserts:
* sources/ and real/ match their MANIFEST.jsonl (file list, sha256, repo, commit, path, licence); real/ holds
  exactly the manifest's files; no real file shares a source file with a host.
* every planted file parses and carries at least one label; labels.jsonl fields and ids are valid; the
  categories and surfaces are the corpus README's.
* every pointer resolves; the string there (the key for property_name / pattern_property, the file name for
  file_name) contains `value`; the surface matches the pointer shape.
* `raw` escapes to `value`; every planted regex compiles and matches the literal it was built from.
* tool names match [A-Za-z][A-Za-z0-9_-]{0,63}.
* no pointer holds a positive and a negative, nor two labels of one category.
* every positive passes its format rule (values.validate: SSN ranges, MBI, Medicare AU, OHIP Luhn, KVNR,
  IBAN mod 97, Luhn cards, ISO 3779 VIN, IMEI Luhn, EUI-48 unicast, GS1 GTIN, phonenumbers validity, public IPs,
  GitHub token CRC32, JWT shape, UK DVLA shape, DOB year range, non-reserved e-mail domains); values that cannot
  stand alone on shape are never `no_cue`.
* reserved placeholders really are reserved (IANA documentation IPs, RFC 7042 MAC, RFC 2606 domains, ACMA /
  Ofcom / NANP fictitious number ranges, SSA advertising SSNs, well-known test values).
* no planted positive value occurs in any real file.
* determinism: build.py run twice more (PYTHONHASHSEED 0 and 123) gives a byte-identical planted/.
Prints counts per category, surface, placement, hard-negative kind and envelope.
"""
from __future__ import annotations

import hashlib
import ipaddress
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import values as V

HERE = Path(__file__).resolve().parent
PL = HERE / "planted"
CATS = ["PERSON", "US_SSN", "MRN", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "DATE_OF_BIRTH",
        "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID", "IP_ADDRESS", "URL", "SECRET"]
SURF = ["property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples",
        "default", "tool_name", "tool_description", "file_name", "metadata"]
NEG_KINDS = {"category_label_key", "format_regex", "code_enum", "reserved_placeholder", "version_date",
             "name_like_word", "category_words_text", "tool_category_words", "file_name_category_words"}
TOOL_PREFIX = ("/tools/0/functionDeclarations/0", "/tools/0")
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


def tree_hash(root: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(root).as_posix().encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def surface_shape(ptr, surface, file_env):
    last = unesc(ptr.rsplit("/", 1)[-1]) if ptr else ""
    parent = unesc(ptr.rsplit("/", 2)[-2]) if ptr.count("/") >= 2 else ""
    if surface == "file_name":
        return ptr == ""
    if surface == "property_name":
        return parent == "properties"
    if surface == "pattern_property":
        return parent == "patternProperties"
    if surface in ("enum", "examples"):
        return parent == surface and last.isdigit()
    if surface in ("const", "pattern", "title", "default"):
        return last == surface and not ptr.startswith("/tools/0/title")
    if surface == "description":
        return last == "description" and ptr not in [p + "/description" for p in TOOL_PREFIX]
    if surface == "tool_name":
        return file_env in ("gemini-fd", "mcp-list") and ptr in [p + "/name" for p in TOOL_PREFIX]
    if surface == "tool_description":
        return file_env in ("gemini-fd", "mcp-list") and ptr in [p + "/description" for p in TOOL_PREFIX]
    if surface == "metadata":
        return last == "$comment" or last.startswith("x-") or ptr.endswith("/annotations/title")
    return False


def reserved_ok(v: str) -> bool:
    if v in ("XXX-XX-XXXX", "YOUR_GEMINI_API_KEY", "AKIAIOSFODNN7EXAMPLE", "4111 1111 1111 1111",
             "https://example.org/fhir/Patient/{id}"):
        return True  # masks, AWS's documented example key, the Visa test card, an RFC 2606 domain
    try:
        a = ipaddress.ip_address(v)
        return any(a in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"))
    except ValueError:
        pass
    if re.fullmatch(r"00-00-5E-00-53-[0-9A-F]{2}", v):
        return True  # RFC 7042 documentation MAC block
    if "@" in v:
        d = v.rsplit("@", 1)[1]
        return d in ("example.com", "example.net", "example.org") or d.endswith((".example", ".test", ".invalid"))
    dg = re.sub(r"\D", "", v)
    if re.fullmatch(r"987-65-432\d", v):
        return True  # SSA advertising range
    if dg.startswith("0491570") and dg[7:] in ("156", "157", "158", "159"):
        return True  # ACMA fictitious mobile numbers
    if dg.startswith("447700900") or dg.startswith("02079460"):
        return True  # Ofcom drama ranges
    if re.fullmatch(r"\(\d{3}\) 555-01\d\d", v):
        return True  # NANP fictitious 555-0100..0199
    return False


def main(rebuild=True):
    # ---- manifests
    for kind in ("sources", "real"):
        rows = [json.loads(l) for l in (HERE / kind / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines() if l]
        listed = {r["file"] for r in rows}
        present = {p.relative_to(HERE / kind).as_posix() for p in (HERE / kind).rglob("*.json")}
        if listed != present:
            err(f"{kind}: manifest and files differ: {sorted(listed ^ present)[:5]}")
        for r in rows:
            for k in ("file", "repo", "commit", "path", "licence", "sha256"):
                if not r.get(k):
                    err(f"{kind}/{r.get('file')}: manifest lacks {k}")
            p = HERE / kind / r["file"]
            if p.exists() and hashlib.sha256(p.read_bytes()).hexdigest() != r["sha256"]:
                err(f"{kind}/{r['file']}: sha256 differs from the manifest")
        if kind == "sources":
            src_paths = {(r["repo"], r["path"]) for r in rows}
        else:
            real_paths = {(r["repo"], r["path"]) for r in rows}
            real_files = [HERE / kind / r["file"] for r in rows]
    if src_paths & real_paths:
        err(f"real files share source files with hosts: {src_paths & real_paths}")

    # ---- labels
    labels = [json.loads(l) for l in (PL / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [l["id"] for l in labels]
    if len(set(ids)) != len(ids):
        err("duplicate label ids")
    files = sorted(p.relative_to(PL).as_posix() for p in PL.rglob("*.json"))
    docs = {}
    for f in files:
        try:
            docs[f] = json.loads((PL / f).read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f"{f}: does not parse: {e}")
    labelled = {l["file"] for l in labels}
    for f in files:
        if f not in labelled:
            err(f"{f}: no label")
    at = defaultdict(list)
    for l in labels:
        f, ptr, s, c, v = l["file"], l["pointer"], l["surface"], l["category"], l["value"]
        if f not in docs:
            err(f"{l['id']}: file {f} missing")
            continue
        if c not in CATS and c != "NONE":
            err(f"{l['id']}: bad category {c}")
        if s not in SURF:
            err(f"{l['id']}: bad surface {s}")
        if c == "NONE" and l.get("kind") not in NEG_KINDS:
            err(f"{l['id']}: bad hard-negative kind {l.get('kind')}")
        at[(f, ptr)].append(l)
        env = f.split("/", 1)[0]
        if not surface_shape(ptr, s, env):
            err(f"{l['id']}: surface {s} does not fit pointer {ptr}")
        try:
            if s == "file_name":
                text = f.rsplit("/", 1)[1]
            elif s in ("property_name", "pattern_property"):
                resolve(docs[f], ptr)
                text = unesc(ptr.rsplit("/", 1)[1])
            else:
                text = resolve(docs[f], ptr)
        except (KeyError, IndexError, ValueError) as e:
            err(f"{l['id']}: pointer {ptr} does not resolve ({e})")
            continue
        if not isinstance(text, str) or v not in text:
            err(f"{l['id']}: value {v!r} not in {text!r}")
        raw = l.get("raw", v)
        if s in ("pattern", "pattern_property"):
            esc = re.sub(r"([.^$*+?()\[\]{}|\\])", r"\\\1", raw)
            if c != "NONE" and esc != v:
                err(f"{l['id']}: raw does not escape to value")
            try:
                rx = re.compile(text)
            except re.error as e:
                err(f"{l['id']}: regex does not compile: {e}")
                continue
            if c != "NONE" and not (rx.fullmatch(raw) or rx.fullmatch(raw + "_x")):
                err(f"{l['id']}: regex does not match its literal")
        if s == "tool_name" and not re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{0,63}", text):
            err(f"{l['id']}: tool name {text!r} not valid")
        if c != "NONE":
            why = V.validate(c, l.get("format", ""), raw)
            if why:
                err(f"{l['id']}: {why}")
            if l.get("placement") == "no_cue" and c in ("DATE_OF_BIRTH", "ZIP_CODE", "MRN", "LICENSE_NUMBER",
                                                         "HEALTH_PLAN_ID", "US_SSN"):
                err(f"{l['id']}: {c} without a cue")
        elif l.get("kind") == "reserved_placeholder" and not reserved_ok(v):
            err(f"{l['id']}: placeholder {v!r} is not reserved")
    for (f, ptr), ls in at.items():
        cats = [l["category"] for l in ls]
        if "NONE" in cats and len(cats) > 1:
            err(f"{f} {ptr}: positive and negative at one pointer")
        if len(set(cats)) != len(cats):
            err(f"{f} {ptr}: two labels of one category")
    # tool names in every planted and real tool file
    for f, d in docs.items():
        for t in (d.get("tools") or []):
            for fd in (t.get("functionDeclarations") or [t]):
                n = fd.get("name")
                if n is not None and not re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{0,63}", n):
                    err(f"{f}: tool name {n!r}")

    # ---- no planted positive value in real files
    real_text = "\n".join(p.read_text(encoding="utf-8") for p in real_files)
    for l in labels:
        if l["category"] != "NONE" and l.get("raw", l["value"]) in real_text:
            err(f"{l['id']}: value occurs in a real file")

    # ---- determinism
    h0 = tree_hash(PL)
    if rebuild:
        for seed in ("0", "123"):
            subprocess.run([sys.executable, str(HERE / "build.py")], check=True, cwd=HERE, stdout=subprocess.DEVNULL,
                           env={**os.environ, "PYTHONHASHSEED": seed})
            if tree_hash(PL) != h0:
                err(f"build is not deterministic (PYTHONHASHSEED={seed})")

    # ---- report
    pos = [l for l in labels if l["category"] != "NONE"]
    neg = [l for l in labels if l["category"] == "NONE"]
    print(f"planted files {len(files)}, positives {len(pos)}, hard negatives {len(neg)}, "
          f"real files {len(real_files)}")
    for title, key, rows in (("category", "category", pos), ("surface", "surface", pos),
                             ("placement", "placement", pos), ("hard-negative kind", "kind", neg)):
        c = Counter(l[key] for l in rows)
        print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))))
    c = Counter(l["surface"] for l in neg)
    print("hard-negative surface: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))))
    c = Counter(f.split("/")[0] for f in files)
    print("planted files by envelope: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    c = Counter(f.split("/")[1].split(".")[0] if "." in f.split("/")[1] else "?" for f in files)
    per = Counter(l["file"] for l in labels)
    print(f"labels per file: min {min(per.values())}, max {max(per.values())}")
    print(f"planted tree sha256: {h0}")
    if errors:
        print(f"\n{len(errors)} ERRORS")
        for e in errors[:60]:
            print("  " + e)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(rebuild="--no-rebuild" not in sys.argv))
