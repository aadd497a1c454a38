"""Checks for the sixth set (stdlib + phonenumbers).  Run after build.py; exits non-zero on any failure."""
import sys
sys.dont_write_bytecode = True
import datetime, hashlib, ipaddress, json, re, sys
from pathlib import Path

import values as V
import build as B

HERE = Path(__file__).resolve().parent
PL, RE_, SRC = HERE / "planted", HERE / "real", HERE / "sources"
errors = []


def err(msg):
    errors.append(msg)


def toks(ptr):
    return [t.replace("~1", "/").replace("~0", "~") for t in ptr.split("/")[1:]] if ptr else []


def resolve(doc, ptr):
    node = doc
    for t in toks(ptr):
        node = node[int(t)] if isinstance(node, list) else node[t]
    return node


# ---------------------------------------------------------------- sources
for line in (SRC / "MANIFEST.jsonl").read_text().splitlines():
    r = json.loads(line)
    if hashlib.sha256((SRC / r["file"]).read_bytes()).hexdigest() != r["sha256"]:
        err(f"source sha256 mismatch {r['file']}")
    if r["licence"] not in ("MIT", "Apache-2.0"):
        err(f"licence {r['licence']}")

# ---------------------------------------------------------------- real manifest
real_files = sorted(p.relative_to(RE_).as_posix() for p in RE_.rglob("*.json"))
man = [json.loads(l)["file"] for l in (RE_ / "MANIFEST.jsonl").read_text().splitlines()]
if sorted(man) != real_files:
    err("real manifest does not list exactly the real files")
real_text = ""
for f in real_files:
    t = (RE_ / f).read_text(encoding="utf-8")
    json.loads(t)
    real_text += t + "\n" + f + "\n"

# ---------------------------------------------------------------- labels
labels = [json.loads(l) for l in (PL / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
FIELDS = {"id", "file", "pointer", "surface", "category", "value", "kind", "base", "placement", "raw"}
CATS = set(B.CAT_COUNTS) | {"NONE"}
docs = {}
planted_files = sorted(p.relative_to(PL).as_posix() for p in PL.rglob("*.json"))
for f in planted_files:
    docs[f] = json.loads((PL / f).read_text(encoding="utf-8"))
labelled = {l["file"] for l in labels}
for f in planted_files:
    if f not in labelled:
        err(f"planted file without label {f}")
ids = set()
for l in labels:
    if set(l) - FIELDS:
        err(f"{l['id']} extra fields {set(l) - FIELDS}")
    if l["id"] in ids:
        err(f"dup id {l['id']}")
    ids.add(l["id"])
    if l["category"] not in CATS or l["surface"] not in B.SURFACES:
        err(f"{l['id']} bad category/surface")
    if l["category"] != "NONE" and l.get("placement") not in ("key_cue", "text_cue", "no_cue"):
        err(f"{l['id']} placement")
    if l["file"] not in docs:
        err(f"{l['id']} file missing {l['file']}"); continue
    doc, ptr, s = docs[l["file"]], l["pointer"], l["surface"]
    ts = toks(ptr)
    try:
        node = resolve(doc, ptr) if ptr else None
    except Exception:
        err(f"{l['id']} pointer does not resolve {ptr}"); continue
    if s == "file_name":
        if ptr != "" or l["value"] not in Path(l["file"]).name:
            err(f"{l['id']} file_name")
        continue
    if s in ("property_name", "pattern_property"):
        if len(ts) < 2 or ts[-2] != ("properties" if s == "property_name" else "patternProperties"):
            err(f"{l['id']} surface/pointer mismatch")
        elif l["value"] not in ts[-1]:
            err(f"{l['id']} key does not contain value")
        if s == "pattern_property":
            try:
                re.compile(ts[-1])
            except re.error:
                err(f"{l['id']} regex does not compile")
        continue
    if not isinstance(node, str):
        err(f"{l['id']} not a string at {ptr}"); continue
    if l["value"] not in node:
        err(f"{l['id']} value not in string")
    last = ts[-1]
    ok = {"enum": len(ts) > 1 and ts[-2] == "enum", "examples": len(ts) > 1 and ts[-2] == "examples", "const": last == "const",
          "pattern": last == "pattern", "title": last == "title", "default": last == "default",
          "description": last == "description", "tool_description": last == "description", "tool_name": last == "name",
          "metadata": last == "$comment" or last.startswith("x-") or ptr == "/metadata/user_id" or ptr.endswith("/annotations/title")}[s]
    if not ok:
        err(f"{l['id']} surface {s} does not match pointer {ptr}")
    if s == "pattern":
        try:
            rx = re.compile(node)
        except re.error:
            err(f"{l['id']} pattern does not compile")
    if "raw" in l:
        raws = l["raw"].split(" | ")
        if "|".join(B.regex_escape(r) for r in raws) != l["value"]:
            err(f"{l['id']} raw does not escape to value")
        if s == "pattern" and l["category"] != "NONE" and l.get("placement") != "text_cue":
            for r in raws:
                if not re.fullmatch(node, r):
                    err(f"{l['id']} pattern does not match its raw value")

# one pointer, positive and negative?
pos = {(l["file"], l["pointer"], l["surface"] in ("property_name", "file_name")) for l in labels if l["category"] != "NONE"}
for l in labels:
    if l["category"] == "NONE" and (l["file"], l["pointer"], l["surface"] in ("property_name", "file_name")) in pos:
        err(f"{l['id']} negative shares pointer with a positive")
# same pointer, two labels of one category must be joined
seen = {}
for l in labels:
    k = (l["file"], l["pointer"], l["surface"], l["category"])
    if k in seen and l["category"] != "NONE":
        err(f"{l['id']} duplicate (pointer, category) with {seen[k]}")
    seen[k] = l["id"]

# ---------------------------------------------------------------- formats of positives
rules = V.load_gitleaks()
DOB_RX = {"long_ord": r"[A-Z][a-z]+ \d{1,2}(st|nd|rd|th), \d{4}", "dmy2": r"\d{2}/\d{2}/\d{2}", "ymd_dot": r"\d{4}\.\d{2}\.\d{2}",
          "d_mon_y": r"\d{1,2}-[A-Z][a-z]{2}-\d{4}", "dicom_da": r"\d{8}", "es": r"\d{1,2} de [a-z]+ de \d{4}",
          "de": r"\d{1,2}\. \w+ \d{4}", "cjk": r"\d{4}年\d{1,2}月\d{1,2}日", "mon_d_y": r"[A-Z][a-z]{2} \d{1,2} \d{4}",
          "mdy": r"\d{1,2}/\d{1,2}/\d{4}", "iso": r"\d{4}-\d{2}-\d{2}", "key_us": r"\d{4}_\d{2}_\d{2}"}
MRN_RX = {"ur": r"UR\d{7}", "hosp": r"HOSP-\d{6}", "site": r"(SJH|KMC|BRH|PMH)-\d{8}", "letter": r"[KMQT]\d{7}",
          "grouped": r"\d{2}-\d{3}-\d{2}", "chart": r"\d{4}-\d{4}", "empi": r"1\d{10}", "pubpid": r"\d{6}"}
HP_RX = {"member_alpha": r"[B-DF-HJ-NP-TV-XZ]{3}\d{10}", "member_suffix": r"\d{9}-0[1-4]", "medicaid": r"[A-K]{2}\d{5}[A-Z]"}
ZIP3 = {z for _, _, z in V.CITY_ZIP3}
PLACEHOLDER_NAMES = {"Nguyễn Văn A", "Fulano de Tal", "Mario Rossi", "Hong Gildong", "Juan dela Cruz", "John Doe", "Jane Doe"}


def date_ok(style, v):
    if not re.fullmatch(DOB_RX[style], v):
        return False
    nums = [int(x) for x in re.findall(r"\d+", v)]
    return any(1931 <= n <= 2016 for n in nums) or style in ("dmy2", "dicom_da")


def pos_ok(l):
    k, raw = l["kind"], l.get("raw", l["value"])
    vals = raw.split(" | ")
    cat = l["category"]
    for v in vals:
        if cat == "PERSON":
            if not v.strip() or v in PLACEHOLDER_NAMES:
                return False
        elif cat == "DATE_OF_BIRTH":
            st = re.sub(r"^dob_|_joined$", "", k)
            if not date_ok(st, v):
                return False
            if st in ("iso", "dicom_da", "key_us"):
                d = re.sub(r"\D", "", v); datetime.date(int(d[:4]), int(d[4:6]), int(d[6:8]))
        elif cat == "MRN":
            if not re.fullmatch(MRN_RX[k[4:].replace("_joined", "")], v):
                return False
        elif cat == "US_SSN":
            if not V.ssn_ok(v):
                return False
        elif cat == "PHONE_NUMBER":
            if not (V.phone_ok(v) if not k.startswith("phone_us_digits") else V.phone_ok("+1" + v)):
                return False
        elif cat == "EMAIL_ADDRESS":
            if not V.email_ok(v):
                return False
        elif cat == "STREET_ADDRESS":
            if k.startswith("address_us") and k != "address_us_street_line":
                m = re.search(r", ([A-Z]{2}) (\d{5})$", v)
                if not m or m.group(2)[:3] not in ZIP3:
                    return False
            if not re.search(r"\d", v):
                return False
        elif cat == "ZIP_CODE":
            if v[:3] not in ZIP3 or not re.fullmatch(r"\d{5}(-?\d{4})?", v):
                return False
        elif cat == "HEALTH_PLAN_ID":
            st = re.sub(r"^healthplan_|_joined$", "", k)
            if st.startswith("mbi"):
                if not V.mbi_ok(v):
                    return False
            elif not re.fullmatch(HP_RX[st], v):
                return False
        elif cat == "ACCOUNT_NUMBER":
            if k.startswith("card_"):
                d = re.sub(r"\D", "", v)
                b = k.split("_")[1]
                if not V.luhn_ok(d) or d in V.TEST_CARDS or not any(d.startswith(p) for p in V.CARD_BRANDS[b][0]) or len(d) != 16:
                    return False
            elif k.startswith("iban_"):
                if not V.iban_ok(v):
                    return False
            elif not re.fullmatch(r"\d{11}", v):
                return False
        elif cat == "LICENSE_NUMBER":
            st = k.split("_")[1].upper()
            if not re.fullmatch(V.DL[st][0], v):
                return False
        elif cat == "DEVICE_ID":
            if k.startswith("device_imei"):
                d = v.replace(" ", "")
                if len(d) != 15 or not V.luhn_ok(d):
                    return False
            elif k.startswith("device_mac"):
                if not V.mac_ok(v):
                    return False
            elif k.startswith("device_udi"):
                m = re.search(r"\(?01\)?(\d{14})", v)
                if not m or not V.gtin_ok(m.group(1)):
                    return False
            elif not re.fullmatch(r"(SN|PG|RNK)[A-Z0-9]{9}", v):
                return False
        elif cat == "VEHICLE_ID":
            if not V.vin_ok(v):
                return False
        elif cat == "IP_ADDRESS":
            a = v.replace("_", ".") if "joined" in k else re.sub(r"(/32|:\d+)$", "", v) if k in ("ip_v4_port", "ip_v4_cidr") else v
            try:
                if not V.ip_ok(a):
                    return False
            except ValueError:
                return False
        elif cat == "URL":
            if not re.match(r"https://[a-z0-9.-]+\.[a-z]{2,}/", v) or "example." in v:
                return False
        elif cat == "SECRET":
            st = k[len("secret_"):].replace("_joined", "")
            if st == "password":
                if len(v) < 12:
                    return False
            elif st.startswith("conn_"):
                if not re.search(r"://[^:/]+:[^@]{8,}@", v):
                    return False
            elif not V.secret_ok(st, v, rules):
                return False
    return True


NEEDS = B.NEEDS_CUE | {"US_SSN"}
for l in labels:
    if l["category"] == "NONE":
        continue
    try:
        if not pos_ok(l):
            err(f"{l['id']} fails its format rule ({l['kind']})")
    except Exception as e:
        err(f"{l['id']} format check raised {e!r}")
    # cue policy: values that cannot stand alone need a cue
    if l["category"] in B.NEEDS_CUE or l["kind"] in ("ssn_space", "ssn_plain", "bank_account", "secret_password", "device_imei"):
        if l["placement"] == "no_cue":
            err(f"{l['id']} needs a cue but has none")
    raw = l.get("raw", l["value"])
    for r in raw.split(" | "):
        if r in real_text or l["value"] in real_text:
            err(f"{l['id']} planted value occurs in a real file")

# ---------------------------------------------------------------- hard negatives
for l in labels:
    if l["category"] != "NONE":
        continue
    k, v = l["kind"], l["value"]
    if k == "code_enum":
        ok = any(v == codes[0] for _, codes in B.NEG["code_enum"])
    elif k == "reserved_placeholder":
        ok = v in B.NEG["reserved_placeholder"]
        if re.search(r"555-01\d\d", v) is None and re.fullmatch(r"[\d.:a-f]+", v):
            ok = ok and any(ipaddress.ip_address(v) in n for n in V.DOC_NETS)
        if "@" in v:
            ok = ok and bool(V.RESERVED_EMAIL.search(v))
        if re.fullmatch(r"[\d-]{11}", v):
            ok = ok and not V.ssn_ok(v)
    elif k == "format_regex":
        try:
            re.compile(v); ok = v in B.NEG["format_regex"]
        except re.error:
            ok = False
    elif k == "version_date":
        ok = bool(re.search(r"\d{4}", v))
    else:
        ok = v in B.NEG[k] or any(v == x for x in B.NEG[k])
    if not ok:
        err(f"{l['id']} hard negative is not what it claims ({k})")

if errors:
    print("\n".join(errors[:60]))
    print(f"{len(errors)} errors")
    sys.exit(1)
pos = [l for l in labels if l["category"] != "NONE"]
print(f"OK: {len(planted_files)} planted files, {len(pos)} positives, {len(labels) - len(pos)} hard negatives, {len(real_files)} real files")
