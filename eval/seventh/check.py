"""Checks for the seventh set (stdlib + phonenumbers). Run after build.py; exits non-zero on any failure."""
import hashlib, json, re, sys, tomllib
from collections import defaultdict
from pathlib import Path

import values as V

HERE = Path(__file__).resolve().parent
PL, RE_, SRC = HERE / "planted", HERE / "real", HERE / "sources"
SURFACES = {"property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples",
            "default", "tool_name", "tool_description", "file_name", "metadata"}
CATS = {"PERSON", "US_SSN", "MRN", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "DATE_OF_BIRTH",
        "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID", "IP_ADDRESS", "URL", "SECRET", "NONE"}
FIELDS = {"id", "file", "pointer", "surface", "category", "value", "kind", "base"}
ERR = []


def err(msg):
    ERR.append(msg)


def toks(p):
    return [t.replace("~1", "/").replace("~0", "~") for t in p.split("/")[1:]] if p else []


def resolve(doc, p):
    node = doc
    for t in toks(p):
        node = node[int(t)] if isinstance(node, list) else node[t]
    return node


def surface_ok(s, p, doc):
    t = toks(p)
    if s == "file_name":
        return p == ""
    if not t:
        return False
    last = t[-1]
    if s == "property_name":
        return len(t) >= 2 and t[-2] == "properties"
    if s == "pattern_property":
        return len(t) >= 2 and t[-2] == "patternProperties"
    if s in ("enum", "examples"):
        return len(t) >= 2 and t[-2] == s and last.isdigit()
    if s in ("const", "pattern", "title", "default"):
        return last == s
    if s == "tool_name":
        return last == "name" and ("properties" not in t)
    if s == "tool_description":
        return last == "description" and "properties" not in t and (t[0].isdigit() or t[0] in ("tools", "result"))
    if s == "description":
        return last == "description" and "properties" in t
    if s == "metadata":
        return last == "$comment" or last.startswith("x-") or p == "/metadata/user_id" or t[-2:] == ["annotations", "title"]
    return False


def date_ok(v, kind):
    import datetime
    k = kind.replace("_joined", "")
    try:
        if k == "dob_cms1500_spaced":
            d = datetime.datetime.strptime(v, "%m %d %Y")
        elif k == "dob_slash_ymd":
            d = datetime.datetime.strptime(v, "%Y/%m/%d")
        elif k == "dob_weekday_long":
            d = datetime.datetime.strptime(v, "%A, %B %d, %Y")
        elif k == "dob_day_month_year":
            d = datetime.datetime.strptime(v, "%d %B %Y")
        elif k == "dob_unpadded_mdy":
            d = datetime.datetime.strptime(v, "%m-%d-%Y")
        elif k == "dob_unpadded_iso":
            d = datetime.datetime.strptime(v, "%Y-%m-%d")
        elif k == "dob_dotted_dmy":
            d = datetime.datetime.strptime(v, "%d.%m.%Y")
        elif k == "dob_ordinal":
            d = datetime.datetime.strptime(re.sub(r"(\d)(st|nd|rd|th)", r"\1", v), "%B %d %Y")
        elif k == "dob_ymd":
            d = datetime.datetime.strptime(v, "%Y%m%d")
        elif k == "dob_mdy":
            d = datetime.datetime.strptime(v, "%m%d%Y")
        elif k == "dob_y_m_d":
            d = datetime.datetime.strptime(v, "%Y_%m_%d")
        else:
            return False
    except ValueError:
        return False
    return 1930 <= d.year <= 2006


def gitleaks():
    d = tomllib.load(open(SRC / "rules" / "gitleaks.toml", "rb"))
    out = {}
    for r in d["rules"]:
        if "regex" in r:
            rx = r["regex"].replace("\\z", "\\Z")
            # Go-style inline flag groups (?i) mid-pattern -> python scoped flags
            rx = re.sub(r"\(\?i\)(.*)$", lambda m: "(?i:" + m.group(1) + ")" if not m.string.startswith("(?i)") else m.group(0), rx) if not rx.startswith("(?i)") else rx
            rx = rx.replace("(?-i:", "(?-i:")
            out[r["id"]] = rx
    return out


def fmt_ok(lab, GL):
    v, k, c = lab.get("raw", lab["value"]), lab["kind"], lab["category"]
    if c == "US_SSN":
        return V.valid_ssn(v)
    if c == "VEHICLE_ID":
        return V.valid_vin(v)
    if c == "DATE_OF_BIRTH":
        return date_ok(v, k)
    if c == "HEALTH_PLAN_ID":
        if "mbi" in k:
            return V.valid_mbi(v)
        if "medical_cin" in k:
            return re.fullmatch(r"9\d{7}[A-Z]", v) is not None
        if "payer_w" in k:
            return re.fullmatch(r"W\d{9}", v) is not None
        if "fl_medicaid" in k:
            return re.fullmatch(r"[1-9]{10}", v) is not None
        return re.fullmatch(r"H\d{8}00", v) is not None
    if c == "ACCOUNT_NUMBER":
        if k.startswith("card_"):
            return V.valid_card(v, k.split("_")[1] if not k.startswith("card_bc") else "bc_card") if "bc_card" not in k else V.valid_card(v, "bc_card")
        if k.startswith("iban"):
            return V.valid_iban(v)
        if k.startswith("bank_dda"):
            return re.fullmatch(r"[1-9]\d{10}", v) is not None
        return re.fullmatch(r"\d{2}-?\d{7}", v) is not None
    if c == "LICENSE_NUMBER":
        st = k.split("_")[1].upper()
        rule = V.DL_RULES[st]
        return re.fullmatch(rule, v) is not None or (k.endswith("_joined") and re.fullmatch(rule.replace("}-", "}"), v) is not None)
    if c == "DEVICE_ID":
        if k == "imei":
            return len(v) == 15 and v.isdigit() and V.luhn_ok(v)
        if k.startswith("mac"):
            return V.valid_mac(v)
        if k == "meid":
            return V.valid_meid(v)
        if k == "udi_hibcc":
            return V.valid_hibcc(v)
        if k == "serial_pacemaker":
            return re.fullmatch(r"PJN\d{6}[HSG]", v) is not None
        return re.fullmatch(r"[1-9A-Z][0-9A-Z]{5}", v) is not None
    if c == "PHONE_NUMBER":
        if k == "phone_digits_joined":
            return V.valid_phone("+1" + v[-10:]) and len(v) in (10, 11)
        return V.valid_phone(v, "US")
    if c == "EMAIL_ADDRESS":
        return V.valid_email(v)
    if c == "IP_ADDRESS":
        a = v
        if k == "ipv4_joined":
            a = v.replace("_", ".")
        elif k == "ipv4_port":
            a = v.rsplit(":", 1)[0]
        elif k == "ipv6_128":
            a = v[:-4]
        return V.valid_ip(a)
    if c == "ZIP_CODE":
        d = re.sub(r"\D", "", v)
        return len(d) in (5, 9) and d[:3] in V.CITY_ZIP.values()
    if c == "SECRET":
        kk = k.replace("secret_", "")
        if kk == "password":
            return len(v) >= 12
        if kk == "mongodb_url":
            return re.fullmatch(r"mongodb://[^:]+:[^@]+@[a-z]+\.internal:\d+/\w+", v) is not None
        rx = GL[V.SECRET_RULES[kk]]
        return re.search(rx, v + " ") is not None
    if c == "MRN":
        return re.search(r"\d{6,}", re.sub(r"\D", "", v)) is not None
    if c == "URL":
        return v.startswith("https://") and "example" not in v
    if c == "PERSON":
        return len(v) >= 4
    if c == "STREET_ADDRESS":
        return re.search(r"\d", v) is not None
    return False


NEED_CUE = ("dob_", "mrn_", "zip_", "hpid_", "dl_", "imei", "meid", "udi_", "serial_", "bank_dda", "patient_account",
            "secret_password", "ssn_spaced", "ssn_plain", "ssn_dotted", "ssn_joined")


def main():
    man = [json.loads(l) for l in open(SRC / "MANIFEST.jsonl")]
    for m in man:
        if hashlib.sha256((SRC / m["file"]).read_bytes()).hexdigest() != m["sha256"]:
            err(f"source sha mismatch {m['file']}")
        if m["licence"] not in ("MIT", "Apache-2.0", "CC0-1.0"):
            err(f"licence {m}")
    GL = gitleaks()
    labels = [json.loads(l) for l in open(PL / "labels.jsonl", encoding="utf-8")]
    files = sorted(p.relative_to(PL).as_posix() for p in PL.rglob("*.json"))
    docs = {}
    for f in files:
        try:
            docs[f] = json.loads((PL / f).read_text(encoding="utf-8"))
        except Exception as e:
            err(f"parse {f}: {e}")
    labelled = {l["file"] for l in labels}
    for f in files:
        if f not in labelled:
            err(f"planted file without label {f}")
    ids = set()
    by_ptr = defaultdict(list)
    for l in labels:
        if not FIELDS <= set(l):
            err(f"fields {l.get('id')}")
        if l["id"] in ids:
            err(f"dup id {l['id']}")
        ids.add(l["id"])
        if l["surface"] not in SURFACES or l["category"] not in CATS:
            err(f"surface/category {l['id']}")
        doc = docs.get(l["file"])
        if doc is None:
            err(f"missing file {l['file']}")
            continue
        if not surface_ok(l["surface"], l["pointer"], doc):
            err(f"surface mismatch {l['id']} {l['surface']} {l['pointer']}")
        try:
            if l["surface"] == "file_name":
                s = l["file"].rsplit("/", 1)[-1]
            else:
                node = resolve(doc, l["pointer"])
                s = toks(l["pointer"])[-1] if l["surface"] in ("property_name", "pattern_property") else node
        except (KeyError, IndexError, ValueError) as e:
            err(f"pointer {l['id']} {l['pointer']}: {e}")
            continue
        if not isinstance(s, str) or l["value"] not in s:
            err(f"value not at pointer {l['id']}")
        if l["category"] != "NONE" and "|" in l["value"] and "raw" in l:
            parts_v, parts_r = l["value"].split("|"), l["raw"].split(" | ")
            if [re.escape(x) for x in parts_r] != parts_v:
                err(f"raw alternation {l['id']}")
        elif "raw" in l and re.escape(l["raw"]) != l["value"]:
            err(f"raw escape {l['id']}")
        by_ptr[(l["file"], l["pointer"], l["surface"] in ("property_name", "file_name"))].append(l)
        if l["category"] != "NONE":
            if "placement" not in l or l["placement"] not in ("key_cue", "text_cue", "no_cue"):
                err(f"placement {l['id']}")
            if not fmt_ok(l, GL):
                err(f"format {l['id']} {l['kind']}")
            if l["placement"] == "no_cue" and l["kind"].startswith(NEED_CUE):
                err(f"no_cue for a cue-only kind {l['id']} {l['kind']}")
            if l["surface"] in ("pattern", "pattern_property"):
                rx = l["pointer"] and (toks(l["pointer"])[-1] if l["surface"] == "pattern_property" else resolve(doc, l["pointer"]))
                try:
                    cre = re.compile(rx)
                except re.error:
                    err(f"regex {l['id']}")
                    continue
                raw = l.get("raw", l["value"]).split(" | ")[0]
                if l["surface"] == "pattern" and not cre.fullmatch(raw):
                    err(f"regex does not match its value {l['id']}")
    for key, ls in by_ptr.items():
        cats = [l["category"] for l in ls]
        if "NONE" in cats and len(cats) > 1:
            err(f"pos+neg at one pointer {key}")
        if len(cats) != len(set(cats)):
            err(f"two labels of one category at {key}")
    # every regex in planted files compiles
    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                if k == "patternProperties" and isinstance(v, dict):
                    for rk in v:
                        try:
                            re.compile(rk)
                        except re.error:
                            err(f"patternProperties regex {rk}")
                if k == "pattern" and isinstance(v, str):
                    try:
                        re.compile(v)
                    except re.error:
                        pass  # host ECMA regexes may not compile in Python; planted ones are checked above
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
    for d in docs.values():
        walk(d)
    # hard negatives are what they claim
    for l in labels:
        if l["category"] != "NONE":
            continue
        v, k = l["value"], l["kind"]
        if k == "format_regex":
            try:
                re.compile(v)
            except re.error:
                err(f"hn regex {l['id']}")
        if k == "reserved_placeholder":
            ok = (re.search(r"555-01\d\d", v) or "example." in v or v in ("000-00-0000", "XXX-XX-XXXX", "Ola Nordmann", "Kari Nordmann",
                  "A. N. Other", "Fulano Mengano", "4111 1111 1111 1111", "WDLXXXXXXXXX", "MRN-0000000")
                  or re.fullmatch(r"ghr_X+", v) or v.startswith(("<", "${")))
            if not ok:
                try:
                    import ipaddress
                    a = ipaddress.ip_address(v)
                    ok = any(a in n for n in V.DOC_NETS if n.version == a.version)
                except ValueError:
                    ok = False
            if not ok:
                err(f"hn placeholder not reserved {l['id']}")
    # real files
    rman = [json.loads(l) for l in open(RE_ / "MANIFEST.jsonl")]
    rfiles = sorted(p.relative_to(RE_).as_posix() for p in RE_.rglob("*.json"))
    if sorted(r["file"] for r in rman) != rfiles:
        err("real manifest does not list exactly the real files")
    realtext = "\n".join((RE_ / f).read_text(encoding="utf-8") for f in rfiles)
    realjson = "\n".join(json.dumps(json.loads((RE_ / f).read_text(encoding="utf-8")), ensure_ascii=False) for f in rfiles)
    for l in labels:
        if l["category"] == "NONE":
            continue
        for x in {l["value"], l.get("raw", l["value"])} | set(l.get("raw", "").split(" | ")) - {""}:
            if len(x) >= 5 and (x in realtext or x in realjson):
                err(f"planted value occurs in a real file {l['id']}")
    # real/planted disjoint bases
    pos = [l for l in labels if l["category"] != "NONE"]
    neg = [l for l in labels if l["category"] == "NONE"]
    print(f"planted files {len(files)}, positives {len(pos)}, hard negatives {len(neg)}, real files {len(rfiles)}")
    if ERR:
        print("\n".join(ERR[:60]))
        print(f"{len(ERR)} errors")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
