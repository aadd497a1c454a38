#!/usr/bin/env python3
"""Label and format checks for the sixteenth set (stdlib + phonenumbers). Run after build.py."""
import hashlib
import ipaddress
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import values as V

HERE = Path(__file__).resolve().parent
ERR = []
SURFACES = {"property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples",
            "default", "tool_name", "tool_description", "file_name", "metadata"}
CATS = {"PERSON", "US_SSN", "MRN", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "DATE_OF_BIRTH",
        "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID", "IP_ADDRESS", "URL", "SECRET"}
TOOL_LEVEL = [r"^/\d+/(name|description)$", r"^/tools/\d+/function/(name|description)$"]
NO_STANDALONE = {"astm_family_caret_given", "astm_yyyymmdd", "dd_mm_yyyy", "iso", "urdu_month", "odia_month",
                 "maltese_month", "spaced", "plain", "uhid_10", "opd_year_seq", "dsq_7", "ramq_nam", "sehat_cnic",
                 "pk_national", "zip5", "zip4", "card_plain", "ca_eft", "hospital_account", "odisha_dl", "malta_dl",
                 "punjab_dl_cnic", "imei", "password"}


def err(msg):
    ERR.append(msg)


def tree_hash():
    files = sorted(str(p.relative_to(HERE)) for d in ("planted", "real") for p in (HERE / d).rglob("*") if p.is_file())
    lines = "".join(f"{hashlib.sha256((HERE / f).read_bytes()).hexdigest()}  {f}\n" for f in files)
    return hashlib.sha256(lines.encode()).hexdigest()


def resolve(doc, ptr):
    node = doc
    if ptr == "":
        return node, None
    toks = [t.replace("~1", "/").replace("~0", "~") for t in ptr[1:].split("/")]
    parent = None
    for t in toks:
        parent = node
        if isinstance(node, list):
            node = node[int(t)]
        else:
            node = node[t]
    return node, (parent, toks[-1])


def strings(doc, fname):
    out = [fname]
    def walk(n):
        if isinstance(n, dict):
            for k, v in n.items():
                out.append(k)
                walk(v)
        elif isinstance(n, list):
            for x in n:
                walk(x)
        elif isinstance(n, str):
            out.append(n)
    walk(doc)
    return out


def fmt_ok(l):
    c, k, raw = l["category"], l["kind"].replace("_joined", ""), l.get("raw", l["value"])
    j = l["kind"].endswith("_joined")
    if c == "US_SSN":
        return V.ssn_ok(raw)
    if c == "HEALTH_PLAN_ID":
        if k.startswith("mbi"):
            return V.mbi_ok(raw)
        if k == "ramq_nam":
            return V.ramq_ok(raw)
        return V.cnic_ok(raw.replace("_", "-"))
    if c == "VEHICLE_ID":
        return V.vin_ok(raw) and raw[:3] in V.WMIS
    if c == "DEVICE_ID":
        return V.imei_ok(raw) if k == "imei" else V.mac_ok(raw)
    if c == "ACCOUNT_NUMBER":
        if k.startswith("card"):
            return V.card_ok(raw)
        if k == "ca_eft":
            return V.eft_ok(raw.replace("_", "-"))
        return bool(re.fullmatch(r"HAC\d{9}", raw))
    if c == "LICENSE_NUMBER":
        return V.lic_ok(raw.replace("_", " ") if k == "odisha_dl" else raw.replace("_", "-"))
    if c == "IP_ADDRESS":
        return V.ip_ok(raw)
    if c == "PHONE_NUMBER":
        if j:
            d = raw
            if d.startswith("92"):
                return V.phone_ok("+" + d, "PK")
            if d.startswith("03"):
                return V.phone_ok("+92" + d[1:], "PK")
            return V.phone_ok("+" + d, "US") or V.phone_ok("+" + d, "CA")
        if k == "pk_national":
            return V.phone_ok("+92" + raw[1:].replace("-", ""), "PK")
        if k == "pk_intl":
            return V.phone_ok(raw, "PK")
        if k == "qc_e164_spaced":
            return V.phone_ok(raw, "CA") and raw[3:6] in V.QC_NPA
        return V.phone_ok(raw, "US") and raw[1:4] in V.US_NPA
    if c == "ZIP_CODE":
        return bool(re.fullmatch(r"\d{5}(-\d{4})?", raw)) and raw[:3] in {z for _, _, z in V.US_NPA.values()}
    if c == "DATE_OF_BIRTH":
        ds = re.findall(r"\d+", raw)
        if len(ds) == 1:
            d = ds[0]
            return V.date_ok(int(d[:4]), int(d[4:6]), int(d[6:8]))
        if len(ds) == 3 and len(ds[0]) == 4:
            return V.date_ok(int(ds[0]), int(ds[1]), int(ds[2]))
        if len(ds) == 3:
            return V.date_ok(int(ds[2]), int(ds[1]), int(ds[0]))
        return len(ds) == 2 and 1 <= int(ds[0]) <= 31 and 1930 < int(ds[1]) < 2013
    if c == "MRN":
        return bool(re.fullmatch(r"UHID\d{10}|OPD[/_]\d{4}[/_]\d{6}|DSQ[-_]\d{7}", raw))
    if c == "EMAIL_ADDRESS":
        return bool(re.fullmatch(r"[a-z0-9._]+@(ptcl\.net\.pk|cogeco\.ca|maltanet\.net|go\.net\.mt)", raw))
    if c == "URL":
        return bool(re.match(r"https://(sr\.ht/~|hashnode\.com/@|replit\.com/@|huggingface\.co/|www\.launchgood\.com/campaign/)", raw))
    if c == "STREET_ADDRESS":
        return bool(re.search(r"\d", raw)) and len(raw) > 20
    if c == "PERSON":
        return len(raw) >= 4 and not re.search(r"\d", raw)
    if c == "SECRET":
        return len(raw) >= 12
    return False


def main(rebuild=True):
    # sources
    for line in open(HERE / "sources/MANIFEST.jsonl"):
        m = json.loads(line)
        for f in ("file", "repo", "commit", "path", "licence", "sha256", "source_sha256"):
            if not m.get(f):
                err(f"manifest field {f} missing: {m}")
        if hashlib.sha256((HERE / m["file"]).read_bytes()).hexdigest() != m["sha256"]:
            err(f"source sha256 mismatch {m['file']}")
        if m["repo"] != "joke2k/faker" and not re.fullmatch(r"[0-9a-f]{40}", m["commit"]):
            err(f"unpinned {m}")
        if m["repo"] == "joke2k/faker" and m["commit"] != "PyPI Faker 40.63.0":
            err("faker release")
    rules = {r["id"]: r for r in json.loads((HERE / "sources/rules/gitleaks.subset.json").read_text())}

    labels = [json.loads(l) for l in open(HERE / "planted/labels.jsonl")]
    ids = [l["id"] for l in labels]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    pfiles = sorted(str(p.relative_to(HERE / "planted")) for p in (HERE / "planted").rglob("*.json"))
    docs = {}
    for f in pfiles:
        try:
            docs[f] = json.loads((HERE / "planted" / f).read_text())
        except Exception as e:
            err(f"parse {f}: {e}")
    labelled = {l["file"] for l in labels}
    for f in pfiles:
        if f not in labelled:
            err(f"no label: {f}")
    seen = {}
    for l in labels:
        for fld in ("id", "file", "pointer", "surface", "category", "value", "kind", "placement", "base"):
            if fld not in l:
                err(f"{l['id']} lacks {fld}")
        if l["surface"] not in SURFACES:
            err(f"{l['id']} surface")
        if l["category"] not in CATS | {"NONE"}:
            err(f"{l['id']} category")
        if (l["category"] == "NONE") != (l["placement"] == "none"):
            err(f"{l['id']} placement/none")
        if l["file"] not in docs:
            err(f"{l['id']} file missing")
            continue
        doc, ptr, s = docs[l["file"]], l["pointer"], l["surface"]
        fname = l["file"].split("/")[-1]
        if s == "file_name":
            if ptr != "" or l["value"] not in fname:
                err(f"{l['id']} file name")
        else:
            try:
                node, (parent, last) = resolve(doc, ptr)
            except Exception:
                err(f"{l['id']} pointer does not resolve: {ptr}")
                continue
            if s in ("property_name", "pattern_property"):
                if l["value"] not in last:
                    err(f"{l['id']} key lacks value")
                seg = ptr.rsplit("/", 2)[-2]
                if (s == "property_name") != (seg == "properties") or (s == "pattern_property") != (seg == "patternProperties"):
                    err(f"{l['id']} key shape")
                if s == "pattern_property":
                    rx = last
                    re.compile(rx)
            else:
                if not isinstance(node, str) or l["value"] not in node:
                    err(f"{l['id']} string lacks value: {ptr}")
                tl = any(re.match(p, ptr) for p in TOOL_LEVEL)
                if s in ("tool_name", "tool_description"):
                    if not tl or not ptr.endswith("/name" if s == "tool_name" else "/description"):
                        err(f"{l['id']} tool shape {ptr}")
                    if l["file"].startswith("rjsf-forms/"):
                        err(f"{l['id']} tool surface in rjsf")
                elif tl:
                    err(f"{l['id']} schema surface at tool level")
                want = {"enum": r"/enum/\d+$", "examples": r"/examples/\d+$", "const": r"/const$",
                        "default": r"/default$", "pattern": r"/pattern$", "title": r"/title$",
                        "description": r"/properties/[^/]+/description$", "metadata": r"/\$comment$"}.get(s)
                if want and not re.search(want, ptr):
                    err(f"{l['id']} surface/pointer shape {s} {ptr}")
                if s == "pattern":
                    rx = re.compile(node)
                    raw = l.get("raw", l["value"])
                    if l["category"] != "NONE":
                        if re.escape(raw) != l["value"]:
                            err(f"{l['id']} raw/escape")
                        body = node[1:-1]
                        plain = re.sub(r"\\(.)", r"\1", body)
                        if not rx.fullmatch(plain):
                            err(f"{l['id']} pattern does not match its own body")
        key = (l["file"], ptr, s if s in ("property_name", "file_name", "pattern_property") else "v")
        seen.setdefault(key, []).append(l)
        if l["category"] != "NONE":
            if not fmt_ok(l):
                err(f"{l['id']} format {l['category']} {l['kind']} {l['value']!r}")
            if l["placement"] == "no_cue" and l["kind"].replace("_joined", "") in NO_STANDALONE:
                err(f"{l['id']} no_cue for a value that cannot stand alone")
            if l["category"] == "SECRET" and not l["kind"].endswith("_joined"):
                rid = {"sentry_org_token": "sentry-org-token", "yandex_aws_keyword": "yandex-aws-access-token",
                       "easypost_test": "easypost-test-api-token", "sidekiq_url": "sidekiq-sensitive-url",
                       "cohere_keyword": "cohere-api-token", "digitalocean_pat": "digitalocean-pat"}.get(l["kind"])
                if rid:
                    rx = rules[rid]["regex"]
                    flags = 0
                    if "(?i)" in rx:  # Go's inline (?i) compiled as a whole-pattern re.I
                        rx, flags = rx.replace("(?i)", ""), re.I
                    rx = rx.replace(r"\z", r"\Z")
                    if not re.search(rx, l["value"] + " ", flags):
                        err(f"{l['id']} secret does not match gitleaks {rid}")
                elif l["kind"] == "amqp_url":
                    if not re.fullmatch(r"amqp://[a-z]+:[^@\s]+@[a-z0-9.-]+:5672/\S+", l["value"]):
                        err(f"{l['id']} amqp")
    for key, ls in seen.items():
        cats = [l["category"] for l in ls]
        if "NONE" in cats and len(cats) > 1:
            err(f"positive and negative share {key}")
        if len(cats) != len(set(cats)):
            err(f"two labels of one category at {key}")
    # tool names
    for d in ("planted", "real"):
        for p in (HERE / d).rglob("*.json"):
            if p.name == "MANIFEST.jsonl":
                continue
            doc = json.loads(p.read_text())
            tools = doc if isinstance(doc, list) else [t["function"] for t in doc.get("tools", [])]
            for t in tools:
                if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", t["name"]):
                    err(f"tool name {p}: {t['name']}")
    # reserved placeholders
    for l in labels:
        if l["kind"] != "reserved_placeholder":
            continue
        v = l["value"]
        ok = (re.search(r"555[- ]?01\d\d", v) or re.search(r"@example\.(com|net|org)$", v) or
              v.startswith("https://example.") or v in ("000-00-0000", "XXX-XX-XXXX", "11111111111111111",
                                                         "UHIDXXXXXXXXXX", "YOUR_COHERE_API_KEY",
                                                         "${DIGITALOCEAN_TOKEN}") or
              v.upper().startswith("00:00:5E:00:53"))
        if not ok:
            try:
                a = ipaddress.ip_address(v.rsplit(":", 1)[0] if v.count(":") == 1 else v)
                ok = any(a in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
                                                                "2001:db8::/32"))
            except ValueError:
                ok = False
        if not ok:
            err(f"{l['id']} placeholder not reserved")
    # real files
    rman = [json.loads(l) for l in open(HERE / "real/MANIFEST.jsonl")]
    rfiles = sorted(str(p.relative_to(HERE / "real")) for p in (HERE / "real").rglob("*.json"))
    if sorted(m["file"] for m in rman) != rfiles:
        err("real manifest does not list exactly the real files")
    vals = set()
    for l in labels:
        if l["category"] != "NONE":
            vals.add(l["value"])
            vals.add(l.get("raw", l["value"]))
    for f in rfiles:
        doc = json.loads((HERE / "real" / f).read_text())
        for s in strings(doc, f.split("/")[-1]):
            for v in vals:
                if v in s:
                    err(f"planted value {v!r} in real file {f}")
    pu = json.loads((HERE / "planted_units.json").read_text())
    pun = [u for us in pu["planted"].values() for u in us]
    run = [u for us in pu["real"].values() for u in us]
    if set(pun) & set(run):
        err("planted and real share a host unit")
    if len(pun) != len(set(pun)) or len(run) != len(set(run)):
        err("a unit is used twice")
    h = tree_hash()
    if rebuild:
        hs = []
        for seed in ("0", "123"):
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, str(HERE / "build.py")], check=True, env=env, cwd=HERE)
            hs.append(tree_hash())
        if hs != [h, h]:
            err(f"rebuild differs: {h} {hs}")
    print(f"labels {len(labels)} (positives {sum(l['category'] != 'NONE' for l in labels)}), planted files "
          f"{len(pfiles)}, real files {len(rfiles)}")
    print(f"tree sha256 {h}")
    if ERR:
        print(f"{len(ERR)} FAILED:")
        for e in ERR[:80]:
            print(" ", e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main(rebuild="--no-rebuild" not in sys.argv)
