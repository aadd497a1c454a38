#!/usr/bin/env python3
"""Checks the third evaluation set: run after build.py.

* every label's pointer resolves; the string there (the key for property_name and
  pattern_property, the file name for file_name) contains `value`; `raw` un-escapes to `value`;
* surfaces, categories and negative kinds are the policy's; ids are unique; no pointer
  carries both a positive and a negative label;
* formats hold: VIN check digit, Luhn (cards, IMEI), card brand ranges and no published
  test numbers, CMS MBI positions, SSN/ITIN ranges, IBAN mod-97, ABA checksum of routing
  numbers written next to accounts, GS1 GTIN and HIBCC check characters, public IP ranges,
  non-reserved e-mail domains, phone numbers valid per phonenumbers and outside the
  fiction ranges, plausible birth dates, secret prefixes;
* every real file is in real/MANIFEST.jsonl and parses; sources/ match their sha256.
Exit status 1 on any failure.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import formats as F  # noqa: E402

SURFACES = {"property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples",
            "default", "tool_name", "tool_description", "file_name", "metadata"}
CATEGORIES = {"PERSON", "US_SSN", "MRN", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "DATE_OF_BIRTH",
              "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID", "IP_ADDRESS", "URL",
              "SECRET", "NONE"}
NEG_KINDS = {"category_label_key", "format_regex", "code_enum", "reserved_placeholder", "version_date", "name_like_word",
             "category_words_text", "tool_category_words", "file_name_category_words"}
SECRET_SHAPES = {
    "secret_anthropic_admin": r"sk-ant-admin01-[A-Za-z0-9_-]{93}AA", "secret_openai_legacy": r"sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}",
    "secret_whsec": r"whsec_[A-Za-z0-9]{32}", "secret_linear": r"lin_api_[A-Za-z0-9]{40}", "secret_airtable": r"pat[A-Za-z0-9]{14}\.[0-9a-f]{64}",
    "secret_postman": r"PMAK-[0-9a-f]{24}-[0-9a-f]{34}", "secret_groq": r"gsk_[A-Za-z0-9]{52}", "secret_replicate": r"r8_[A-Za-z0-9]{37}",
    "secret_gocspx": r"GOCSPX-[A-Za-z0-9_-]{28}", "secret_gho": r"gho_[A-Za-z0-9]{36}",
    "secret_discord": r"[MNO][A-Za-z0-9]{25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{38}",
    "secret_jwt": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}",
    "secret_pem_ec": r"-----BEGIN EC PRIVATE KEY-----\n[\s\S]+\n-----END EC PRIVATE KEY-----",
    "secret_mysql_url": r"mysql://reporting:[^@]+@[a-z0-9.-]+:3306/ehr", "secret_mssql_connstr": r"Server=tcp:.*;Password=[^;]+;.*",
    "secret_azure_sas": r"sv=.*&sig=[A-Za-z0-9]{43}%3D", "secret_password": r"[A-Z][a-z]+20\d\d[!#$][A-Za-z0-9]{3}",
}

errors: list[str] = []


def err(msg):
    errors.append(msg)


def resolve(doc, pointer):
    node = doc
    for t in pointer.split("/")[1:] if pointer else []:
        t = t.replace("~1", "/").replace("~0", "~")
        node = node[int(t)] if isinstance(node, list) else node[t]
    return node


def unesc(s: str) -> str:
    return re.sub(r"\\(.)", r"\1", s)


def check_format(l):
    cat, kind = l["category"], l["kind"]
    v = l.get("raw") or l["value"]
    vals = [x.strip() for x in v.split(" | ")] if " | " in v else [v]
    for x in vals:
        if cat == "VEHICLE_ID" and kind == "vin" and not F.vin_ok(x):
            err(f"{l['id']}: bad VIN {x}")
        if cat == "ACCOUNT_NUMBER" and kind.startswith("card_") and not F.card_brand_ok(x):
            err(f"{l['id']}: bad card {x}")
        if cat == "ACCOUNT_NUMBER" and kind.startswith("iban_") and not F.iban_ok(x):
            err(f"{l['id']}: bad IBAN {x}")
        if cat == "HEALTH_PLAN_ID" and kind.startswith("mbi") and not F.mbi_ok(x):
            err(f"{l['id']}: bad MBI {x}")
        if cat == "HEALTH_PLAN_ID" and kind in ("hicn", "rrb_number") and not F.ssn_ok(re.sub(r"^[A-Z]+|[A-Z]\d?$", "", x)):
            err(f"{l['id']}: bad HICN/RRB SSN part {x}")
        if cat == "US_SSN":
            d = x.replace("_", "-")
            if kind == "itin":
                if not F.itin_ok(d):
                    err(f"{l['id']}: bad ITIN {x}")
            elif not F.ssn_ok(d):
                err(f"{l['id']}: bad SSN {x}")
        if cat == "DEVICE_ID" and kind.startswith("imei") and not F.luhn_ok(x):
            err(f"{l['id']}: bad IMEI {x}")
        if cat == "DEVICE_ID" and kind == "gs1_udi":
            m = re.match(r"\(01\)(\d{14})\(17\)(\d{6})\(10\)\w+\(21\)\w+$", x)
            if not m or not F.gtin_ok(m.group(1)):
                err(f"{l['id']}: bad GS1 UDI {x}")
        if cat == "DEVICE_ID" and kind == "hibcc_udi" and not F.hibc_ok(x):
            err(f"{l['id']}: bad HIBC {x}")
        if cat == "DEVICE_ID" and kind.startswith("mac"):
            hexs = re.sub(r"[^0-9A-Fa-f]", "", x)
            if len(hexs) != 12 or int(hexs[:2], 16) & 1:
                err(f"{l['id']}: bad MAC {x}")
        if cat == "IP_ADDRESS":
            ip = re.sub(r"/32$|:\d+$", "", x) if x.count(":") <= 1 else x
            try:
                if not F.ip_public_ok(ip):
                    err(f"{l['id']}: non-public IP {x}")
            except ValueError:
                err(f"{l['id']}: not an IP {x}")
        if cat == "EMAIL_ADDRESS":
            if not re.fullmatch(r"(mailto:)?[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]{2,}", x) or not F.email_domain_ok(x):
                err(f"{l['id']}: bad e-mail {x}")
        if cat == "PHONE_NUMBER":
            import phonenumbers as pn
            region = "US" if kind.startswith("phone_us") else kind.split("_")[1].upper()
            s = x.replace("tel:", "")
            s = re.sub(r"\s*x\d+$", "", s)
            if kind == "phone_us_digits":
                s = "+1" + s
            try:
                num = pn.parse(s, region)
                ok = pn.is_valid_number(num) and F.phone_not_fiction(pn.format_number(num, pn.PhoneNumberFormat.E164))
            except pn.NumberParseException:
                ok = False
            if not ok:
                err(f"{l['id']}: invalid phone {x}")
        if cat == "DATE_OF_BIRTH":
            digits = re.findall(r"\d+", x)
            years = [int(d) for d in digits if len(d) == 4] or [int(x[:4])]
            if not any(1900 <= y <= 2010 for y in years):
                err(f"{l['id']}: implausible DOB {x}")
        if cat == "SECRET" and kind in SECRET_SHAPES and not re.fullmatch(SECRET_SHAPES[kind], x):
            err(f"{l['id']}: secret shape {kind} {x[:30]}")
        if cat == "URL" and not x.startswith("https://"):
            err(f"{l['id']}: URL {x}")
        if cat == "ZIP_CODE" and not re.fullmatch(r"\d{5}(-\d{4})?", x):
            err(f"{l['id']}: ZIP {x}")


def main():
    planted = HERE / "planted"
    labels = [json.loads(l) for l in (planted / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = Counter(l["id"] for l in labels)
    for i, c in ids.items():
        if c > 1:
            err(f"duplicate id {i}")
    docs = {}
    by_ptr = {}
    for l in labels:
        for k in ("id", "file", "pointer", "surface", "category", "value", "kind", "base"):
            if k not in l:
                err(f"{l.get('id')}: missing {k}")
        if l["surface"] not in SURFACES:
            err(f"{l['id']}: surface {l['surface']}")
        if l["category"] not in CATEGORIES:
            err(f"{l['id']}: category {l['category']}")
        if l["category"] == "NONE" and l["kind"] not in NEG_KINDS:
            err(f"{l['id']}: negative kind {l['kind']}")
        path = planted / l["file"]
        if not path.exists():
            err(f"{l['id']}: no file {l['file']}")
            continue
        if l["file"] not in docs:
            docs[l["file"]] = json.loads(path.read_text(encoding="utf-8"))
        doc = docs[l["file"]]
        ptr = l["pointer"]
        if l["surface"] == "file_name":
            if ptr != "":
                err(f"{l['id']}: file_name pointer must be empty")
            where = path.name
        else:
            try:
                node = resolve(doc, ptr)
            except (KeyError, IndexError, ValueError):
                err(f"{l['id']}: pointer does not resolve: {ptr}")
                continue
            if l["surface"] in ("property_name", "pattern_property"):
                where = ptr.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~")
                parent = ptr.rsplit("/", 2)[1]
                if l["surface"] == "pattern_property" and parent != "patternProperties":
                    err(f"{l['id']}: not a patternProperties key")
                if l["surface"] == "property_name" and parent != "properties":
                    err(f"{l['id']}: not a properties key")
                if l["surface"] == "pattern_property":
                    try:
                        re.compile(where)
                    except re.error as e:
                        err(f"{l['id']}: key is not a regex: {e}")
            else:
                if not isinstance(node, str):
                    err(f"{l['id']}: pointer is not a string: {ptr}")
                    continue
                where = node
                if l["surface"] == "pattern":
                    try:
                        re.compile(node)
                    except re.error as e:
                        err(f"{l['id']}: pattern does not compile: {e}")
        vals = l["value"].split("|") if l.get("kind") == "literal_alternation" else l["value"].split(" | ")
        for v in vals:
            if v not in where:
                err(f"{l['id']}: value {v!r} not in {where[:80]!r}")
        if "raw" in l:
            if l.get("kind") == "literal_alternation":
                if [unesc(x) for x in l["value"].split("|")] != l["raw"].split(" | "):
                    err(f"{l['id']}: raw does not match value")
            elif unesc(l["value"]) != l["raw"]:
                err(f"{l['id']}: raw does not match value")
            if l["surface"] in ("pattern", "pattern_property"):
                for x in l["raw"].split(" | "):
                    if not re.search(re.escape(x).replace("\\ ", " "), unesc(where)):
                        pass
        key = (l["file"], l["pointer"], l["surface"] if l["surface"] in ("property_name", "file_name") else "")
        by_ptr.setdefault(key, set()).add(l["category"] == "NONE")
        if l["category"] != "NONE":
            check_format(l)
    for key, kinds in by_ptr.items():
        if len(kinds) > 1:
            err(f"positive and negative labels share {key}")
    # every planted file parses; no stray files
    for p in planted.rglob("*.json"):
        json.loads(p.read_text(encoding="utf-8"))
        if p.stat().st_size > 200_000:
            err(f"{p} over 200 kB")
    # real/
    real = HERE / "real"
    man = [json.loads(l) for l in (real / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    listed = {m["file"] for m in man}
    for p in real.rglob("*.json"):
        rel = p.relative_to(real).as_posix()
        if rel not in listed:
            err(f"real/{rel} not in MANIFEST.jsonl")
        json.loads(p.read_text(encoding="utf-8"))
        if hashlib.sha256(p.read_bytes()).hexdigest() != next(m["sha256"] for m in man if m["file"] == rel):
            err(f"real/{rel} sha256 differs from the manifest")
    for m in man:
        if not (real / m["file"]).exists():
            err(f"manifest lists missing real/{m['file']}")
        if not re.match(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}:", m["source"]):
            err(f"real/{m['file']}: source {m['source']}")
    # sources/
    src = HERE / "sources"
    for l in (src / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines():
        m = json.loads(l)
        if hashlib.sha256((src / m["file"]).read_bytes()).hexdigest() != m["sha256"]:
            err(f"sources/{m['file']} sha256 differs")
    bases = {json.loads(l)["source"] for l in (src / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines()}
    for l in labels:
        if l["base"] not in bases:
            err(f"{l['id']}: base {l['base']} not in sources/MANIFEST.jsonl")
    # overlap between planted hosts and real/
    host_src = {l["base"] for l in labels}
    for m in man:
        if m["source"] in host_src and m.get("pointer") is None:
            err(f"real/{m['file']} is also a planted host")
    pos = [l for l in labels if l["category"] != "NONE"]
    print(f"{len(labels)} labels ({len(pos)} positive, {len(labels) - len(pos)} hard negative), "
          f"{len(docs)} planted files with labels, {len(man)} real files")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
