#!/usr/bin/env python3
"""Checks the fourth evaluation set; run after build.py.  Exit status 1 on any failure.

* every label's pointer resolves; the string there (the key for property_name and
  pattern_property, the file name for file_name) contains `value` (each part of a ` | ` join);
  `raw` un-escapes to `value`; ids unique; policy surfaces, categories, negative kinds;
  no pointer carries both a positive and a negative label; placement is one of three;
* formats: VIN check digit, Luhn (cards, IMEI, ICCID), no published test card numbers,
  IBAN mod-97, CMS MBI positions, SSA SSN ranges, GS1 GTIN check digit, MAC unicast,
  public IPs, non-reserved e-mail domains, phones valid per phonenumbers and outside
  555 / Twilio magic ranges, plausible birth dates (1900-2010), secrets match the
  gitleaks rule regex for their provider (sources/rules/gitleaks.toml), URLs https;
* every planted and real file parses; every real file is in real/MANIFEST.jsonl; sources/ sha256.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import values as V  # noqa: E402

SURFACES = {"property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples", "default",
            "tool_name", "tool_description", "file_name", "metadata"}
CATS = {"PERSON", "US_SSN", "MRN", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "DATE_OF_BIRTH",
        "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID", "IP_ADDRESS", "URL", "SECRET", "NONE"}
NEG_KINDS = {"category_label_key", "format_regex", "code_enum", "reserved_placeholder", "version_date", "name_like_word",
             "category_words_text", "tool_category_words", "file_name_category_words"}
GL = {r["id"]: r["regex"] for r in tomllib.loads((HERE / "sources/rules/gitleaks.toml").read_text())["rules"] if "regex" in r}
GL_RULE = {"doppler": "doppler-api-token", "vault": "vault-service-token", "databricks": "databricks-api-token",
           "flyio": "flyio-access-token", "grafana": "grafana-service-account-token", "sentry": "sentry-user-token",
           "pulumi": "pulumi-api-token", "square": "square-access-token", "slack_app": "slack-app-token",
           "github_app": "github-app-token", "age": "age-secret-key", "azure_ad": "azure-ad-client-secret",
           "heroku": "heroku-api-key-v2", "pplx": "perplexity-api-key", "atlassian": "atlassian-api-token"}
OWN_SHAPES = {"newrelic": r"NRAK-[A-Z0-9]{27}", "twilio_auth": r"[0-9a-f]{32}", "mailchimp": r"[0-9a-f]{32}-us\d\d",
              "amqp_url": r"amqps://[^:]+:[A-Za-z0-9]{20}@.+", "jdbc_password": r"jdbc:postgresql://.+[?&]password=[A-Za-z0-9]+",
              "odbc_pwd": r"Driver=\{.+\};.*Pwd=[^;]+;.*", "redis_url": r"rediss://:[A-Za-z0-9]{32}@.+",
              "password": r"[A-Z][a-z]+20\d\d[!#$%][A-Za-z0-9]{4}"}
errors: list[str] = []


def err(m):
    errors.append(m)


def resolve(doc, pointer):
    node = doc
    for t in pointer.split("/")[1:] if pointer else []:
        t = t.replace("~1", "/").replace("~0", "~")
        node = node[int(t)] if isinstance(node, list) else node[t]
    return node


def unesc(s):
    return re.sub(r"\\(.)", r"\1", s)


def check_format(l):
    cat, kind = l["category"], l["kind"]
    v = l.get("raw") or l["value"]
    parts = [x for x in re.split(r" \| ", v)]
    for x in parts:
        i = l["id"]
        if cat == "VEHICLE_ID" and not V.vin_ok(x):
            err(f"{i}: bad VIN {x}")
        if cat == "ACCOUNT_NUMBER" and kind.startswith("card_"):
            d = re.sub(r"\D", "", x)
            if not V.luhn_ok(d) or d.startswith(("4111111", "4242424", "5555555", "4000000", "3782822", "3714496")):
                err(f"{i}: bad card {x}")
        if cat == "ACCOUNT_NUMBER" and kind.startswith("iban_") and not V.iban_ok(x):
            err(f"{i}: bad IBAN {x}")
        if cat == "HEALTH_PLAN_ID" and kind.startswith("mbi") and not V.mbi_ok(x):
            err(f"{i}: bad MBI {x}")
        if cat == "US_SSN" and not V.ssn_ok(x.replace("_", "")):
            err(f"{i}: bad SSN {x}")
        if cat == "DEVICE_ID":
            if kind.startswith("imei") or kind == "iccid":
                if not V.luhn_ok(x):
                    err(f"{i}: bad Luhn {x}")
            if kind == "gs1_udi":
                m = re.fullmatch(r"\(01\)(\d{14})\(17\)(\d{6})\(10\)\w+\(21\)\w+", x)
                if not m or not V.gtin_ok(m.group(1)):
                    err(f"{i}: bad UDI {x}")
            if kind.startswith("mac"):
                hx = re.sub(r"[^0-9A-Fa-f]", "", x)
                if len(hx) != 12 or int(hx[:2], 16) & 3:
                    err(f"{i}: bad MAC {x}")
        if cat == "IP_ADDRESS":
            ip = x.strip("[]")
            ip = re.sub(r"^\[|\]:\d+$", "", x)
            ip = re.sub(r"/32$", "", ip)
            if ip.count(":") == 1:
                ip = ip.split(":")[0]
            try:
                if not V.ip_public_ok(ip):
                    err(f"{i}: non-public IP {x}")
            except ValueError:
                err(f"{i}: not an IP {x}")
        if cat == "EMAIL_ADDRESS":
            if not re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]{2,}", x) or x.split("@")[1] not in V.EMAIL_DOMAINS:
                err(f"{i}: bad e-mail {x}")
        if cat == "PHONE_NUMBER":
            region = "US" if kind.startswith("phone_us") else kind.split("_")[1].upper()
            s = x if kind.startswith("phone_us") and x.startswith("+") else x
            if kind in ("phone_us_paren", "phone_us_dot"):
                s = "+1" + re.sub(r"\D", "", x)
            if not V.phone_valid(s, region):
                err(f"{i}: invalid phone {x}")
        if cat == "DATE_OF_BIRTH":
            ys = [int(d) for d in re.findall(r"\d{4}", x)]
            if not any(1900 <= y <= 2010 for y in ys):
                err(f"{i}: implausible DOB {x}")
        if cat == "SECRET":
            name = kind.removeprefix("secret_")
            if name in GL_RULE:
                if not re.search(GL[GL_RULE[name]].replace("(?i)", "").replace("(?-i:", "(?:"), x if name != "azure_ad" else f" {x} ", re.I if "(?i)" in GL[GL_RULE[name]] else 0):
                    err(f"{i}: secret {name} does not match gitleaks rule {GL_RULE[name]}: {x[:30]}")
            elif name in OWN_SHAPES:
                if not re.fullmatch(OWN_SHAPES[name], x):
                    err(f"{i}: secret shape {name}: {x[:30]}")
            else:
                err(f"{i}: unknown secret kind {kind}")
        if cat == "URL" and not x.startswith("https://"):
            err(f"{i}: URL {x}")
        if cat == "ZIP_CODE" and not re.fullmatch(r"\d{5}(-\d{4})?", x):
            err(f"{i}: ZIP {x}")


def main():
    planted = HERE / "planted"
    labels = [json.loads(l) for l in (planted / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = Counter(l["id"] for l in labels)
    for i, c in ids.items():
        if c > 1:
            err(f"duplicate id {i}")
    docs, by_ptr = {}, defaultdict(set)
    for l in labels:
        for k in ("id", "file", "pointer", "surface", "category", "value", "kind", "base"):
            if k not in l:
                err(f"{l.get('id')}: missing {k}")
        if l["surface"] not in SURFACES:
            err(f"{l['id']}: surface {l['surface']}")
        if l["category"] not in CATS:
            err(f"{l['id']}: category {l['category']}")
        if l["category"] == "NONE" and l["kind"] not in NEG_KINDS:
            err(f"{l['id']}: negative kind {l['kind']}")
        if l["category"] != "NONE" and l.get("placement") not in ("key_cue", "text_cue", "no_cue"):
            err(f"{l['id']}: placement")
        f = planted / l["file"]
        if l["file"] not in docs:
            docs[l["file"]] = json.loads(f.read_text(encoding="utf-8"))
        doc = docs[l["file"]]
        try:
            if l["surface"] == "file_name":
                target = f.name
                if l["pointer"] != "":
                    err(f"{l['id']}: file_name pointer")
            elif l["surface"] in ("property_name", "pattern_property"):
                toks = l["pointer"].split("/")
                parent = resolve(doc, "/".join(toks[:-1]))
                target = toks[-1].replace("~1", "/").replace("~0", "~")
                if target not in parent:
                    err(f"{l['id']}: key not in parent")
                if l["surface"] == "pattern_property" and toks[-2] != "patternProperties":
                    err(f"{l['id']}: not a patternProperties key")
            else:
                target = resolve(doc, l["pointer"])
            if not isinstance(target, str):
                err(f"{l['id']}: pointer is not a string")
                continue
        except (KeyError, IndexError, ValueError) as e:
            err(f"{l['id']}: pointer does not resolve ({e})")
            continue
        parts = l["value"].split(" | ") if " | " in l["value"] else [l["value"]]
        for p_ in parts:
            if p_ not in target:
                err(f"{l['id']}: value {p_!r} not in {target[:80]!r}")
        if "raw" in l and unesc(l["value"]) != l["raw"].replace(" | ", "|") and unesc(l["value"]) != l["raw"]:
            err(f"{l['id']}: raw does not match value")
        by_ptr[(l["file"], l["pointer"], l["surface"] in ("property_name", "file_name"))].add(l["category"] == "NONE")
        if l["category"] != "NONE":
            check_format(l)
    for k, s in by_ptr.items():
        if len(s) > 1:
            err(f"{k}: positive and negative at one pointer")
    for f in planted.rglob("*.json"):
        json.loads(f.read_text(encoding="utf-8"))
    real = HERE / "real"
    man = {json.loads(l)["file"] for l in (real / "MANIFEST.jsonl").read_text().splitlines()}
    for f in real.rglob("*.json"):
        json.loads(f.read_text(encoding="utf-8"))
        if str(f.relative_to(real)) not in man:
            err(f"real file not in MANIFEST: {f}")
    for l in (HERE / "sources/MANIFEST.jsonl").read_text().splitlines():
        m = json.loads(l)
        if hashlib.sha256((HERE / "sources" / m["file"]).read_bytes()).hexdigest() != m["sha256"]:
            err(f"sources/{m['file']}: sha256")
    pos = [l for l in labels if l["category"] != "NONE"]
    print(f"{len(labels)} labels ({len(pos)} positive, {len(labels) - len(pos)} negative) in {len(docs)} files")
    if errors:
        print("\n".join(errors[:80]))
        print(f"{len(errors)} errors")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
