#!/usr/bin/env python3
"""Label and format checks for the eighth set. Run after build.py; every check must pass.

stdlib + phonenumbers. `--no-determinism` skips the two extra builds.
"""
import datetime, hashlib, ipaddress, json, os, re, subprocess, sys

import values as V

HERE = os.path.dirname(os.path.abspath(__file__))
P, R = os.path.join(HERE, "planted"), os.path.join(HERE, "real")
ERR = []


def fail(msg):
    ERR.append(msg)


def resolve(doc, ptr):
    cur = doc
    if ptr == "":
        return cur
    for tok in ptr[1:].split("/"):
        tok = tok.replace("~1", "/").replace("~0", "~")
        cur = cur[int(tok)] if isinstance(cur, list) else cur[tok]
    return cur


def unesc_rx(s):
    return re.sub(r"\\(.)", r"\1", s)


def rx_escape(s):
    return re.sub(r"([.^$*+?()\[\]{}|\\])", r"\\\1", s)


TOOL_END = re.compile(r"^(/\d+|/tools/\d+|/result/tools/\d+|/tools/0/functionDeclarations/\d+)$")


def surface_ok(surface, ptr):
    toks = ptr.split("/")
    last = toks[-1] if toks else ""
    parent = "/".join(toks[:-1])
    if surface == "file_name":
        return ptr == ""
    if surface in ("enum", "examples"):
        return len(toks) >= 2 and toks[-2] == surface and last.isdigit()
    if surface in ("const", "default", "pattern", "title"):
        return last == surface and toks[-2] != "annotations"
    if surface == "description":
        return last == "description" and not TOOL_END.match(parent)
    if surface == "tool_description":
        return last == "description" and bool(TOOL_END.match(parent))
    if surface == "tool_name":
        return last == "name" and bool(TOOL_END.match(parent))
    if surface == "metadata":
        return last == "$comment" or last.startswith("x-") or ptr == "/metadata/user_id" or ptr.endswith("/annotations/title")
    if surface == "property_name":
        return len(toks) >= 2 and toks[-2] == "properties"
    if surface == "pattern_property":
        return len(toks) >= 2 and toks[-2] == "patternProperties"
    return False


def parse_dob(text, kind):
    k = kind.replace("_joined", "")[4:]
    mon3 = {m.lower(): i + 1 for i, m in enumerate(V.MON3)}
    try:
        if k == "dd_MON_yyyy":
            d, m, y = text.split(); return datetime.date(int(y), mon3[m.lower()], int(d))
        if k == "yyyy_Mon_dd":
            y, m, d = text.split("-"); return datetime.date(int(y), mon3[m.lower()], int(d))
        if k == "fr_long":
            d, m, y = text.split(); return datetime.date(int(y), V.FR_MONTHS.index(m) + 1, int(d))
        if k == "pt_long":
            d, _, m, _, y = text.split(); return datetime.date(int(y), V.PT_MONTHS.index(m) + 1, int(d))
        if k == "tr_long":
            d, m, y = text.split(); return datetime.date(int(y), V.TR_MONTHS.index(m) + 1, int(d))
        if k == "dd_mon_yyyy_slash":
            d, m, y = text.split("/"); return datetime.date(int(y), mon3[m], int(d))
        if k == "mm_dd_yyyy_dash":
            m, d, y = text.split("-"); return datetime.date(int(y), int(m), int(d))
        if k == "d_m_yyyy_dot":
            d, m, y = text.split("."); return datetime.date(int(y), int(m), int(d))
        if k == "month_dd_yyyy":
            m, d, y = text.split(); return datetime.date(int(y), V.MONTHS.index(m) + 1, int(d))
        if k == "yyyymmdd":
            return datetime.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if k == "yyyy_mm_dd_us":
            y, m, d = text.split("_"); return datetime.date(int(y), int(m), int(d))
        if k == "ddmmyyyy":
            return datetime.date(int(text[4:]), int(text[2:4]), int(text[:2]))
    except (ValueError, KeyError):
        return None
    return None


DL_RX = {"alaska": r"\d{7}", "arkansas": r"9\d{8}", "south_carolina": r"\d{9,11}", "district_of_columbia": r"\d{7}", "utah": r"1\d{8,9}",
         "quebec": r"[A-Z]\d{4}-\d{6}-\d{2}", "british_columbia": r"\d{7}"}
CUE_ONLY = ("dob_", "mrn_", "ssn_spaced", "ssn_plain", "zip", "mbi", "ohio_", "pa_access", "il_rin", "member_id", "guarantor", "dl_", "imei",
            "gs1_udi", "cpap", "password")
URL_HOSTS = {"givebutter.com", "www.buymeacoffee.com", "kitabisa.com", "www.vakinha.com.br", "www.leetchi.com", "zrzutka.pl", "www.behance.net",
             "mychart.tvmhealth.org"}


def value_ok(l, rules):
    v, k, cat = (l.get("raw") or l["value"]), l["kind"], l["category"]
    j = k.endswith("_joined")
    if cat == "PERSON":
        return bool(v.strip()) and (not j or re.fullmatch(r"[A-Za-z][A-Za-z_.-]+", v))
    if cat == "DATE_OF_BIRTH":
        d = parse_dob(v, k)
        return d is not None and 1920 <= d.year <= 2020
    if cat == "MRN":
        return bool(re.fullmatch({"mrn_site_slash": r"[A-Z]{3}/\d{7}", "mrn_dotted_groups": r"[A-Z]{3}\.\d{2}\.\d{3}\.\d{3}", "mrn_spaced": r"\d{4} \d{4}",
                                  "mrn_r9": r"R\d{9}", "mrn_site8": r"[A-Z]{3}\d{8}", "mrn_joined": r"[A-Z]{0,3}\d{7,10}"}[k], v))
    if cat == "US_SSN":
        return V.ssn_ok(v) and re.fullmatch(r"\d{3}([- _]?)\d{2}\1\d{4}", v)
    if cat == "PHONE_NUMBER":
        if k == "phone_joined":
            return V.phone_ok("+" + v) if len(v) != 10 else V.phone_ok("+1" + v)
        if k.startswith("us_"):
            return V.phone_ok("+1" + re.sub(r"\D", "", v)[-10:]) and re.sub(r"\D", "", v)[-10:][:3] in {c[0] for c in V.US_CITIES}
        import phonenumbers
        p = phonenumbers.parse(v)
        return V.phone_ok(v) and phonenumbers.region_code_for_number(p) == k.split("_")[1]
    if cat == "EMAIL_ADDRESS":
        dom = v.split("@")[1]
        return dom in V.EMAIL_DOMAINS and not dom.endswith(V.RESERVED_DOMAINS) and re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+", v)
    if cat == "STREET_ADDRESS":
        if k.startswith("us_"):
            m = re.match(r"\d+ [A-Za-z ]+? (\w+)(?: (?:Lot|Rm|Fl|Ste|Unit) \d+)?(?:,|$)", v)
            ok = m and m.group(1) in V.PUB28
            z = re.search(r" ([A-Z]{2}) (\d{5})$", v)
            return ok and (k == "us_street_only" or (z and z.group(2)[:3] in V.ZIP_PREFIXES))
        return len(v) > 15
    if cat == "ZIP_CODE":
        return re.fullmatch(r"\d{5}(-?\d{4})?", v) and v[:3] in V.ZIP_PREFIXES
    if cat == "HEALTH_PLAN_ID":
        if k.startswith("mbi"):
            return V.mbi_ok(v)
        if k == "medicaid_joined":
            return re.fullmatch(r"[1-9]\d{8,11}", v)
        return re.fullmatch({"ohio_medicaid_12": r"[1-9]\d{11}", "pa_access_10": r"[1-9]\d{9}", "il_rin_9": r"[1-9]\d{8}",
                             "member_id_dependent": r"[A-Z]{3}[1-9]\d{7}-0[1-4]", "member_joined": r"[A-Z]{3}\d{10}"}[k], v)
    if cat == "ACCOUNT_NUMBER":
        d = v.replace(" ", "")
        if k.startswith("card_"):
            brand = k[5:]
            if brand == "joined":
                return V.luhn_ok(d) and any(d.startswith(p) and len(d) == n for p, n in V.CARD_BRANDS.values()) and d not in V.TEST_CARDS
            p, n = V.CARD_BRANDS[brand]
            return V.luhn_ok(d) and d.startswith(p) and len(d) == n and d not in V.TEST_CARDS
        if k.startswith("iban_"):
            return V.iban_ok(d)
        return re.fullmatch(r"[1-9]\d-?\d{5}-?\d", v)
    if cat == "LICENSE_NUMBER":
        if k == "dl_joined":
            return re.fullmatch(r"[A-Z]?\d{7,15}", v)
        return re.fullmatch(DL_RX[k[3:]], v)
    if cat == "DEVICE_ID":
        if k.startswith("imei"):
            d = v.replace(" ", "")
            return len(d) == 15 and V.luhn_ok(d)
        if k.startswith("eui64") or k.startswith("mac"):
            return V.mac_unicast(v)
        if k.startswith("gs1") or k == "udi_joined":
            m = re.match(r"\(?01\)?(\d{14})", v)
            return m and V.gtin_ok(m.group(1))
        return re.fullmatch(r"23\d{9}", v)
    if cat == "VEHICLE_ID":
        return V.vin_ok(v) and v[:3] in V.VIN_WMI
    if cat == "IP_ADDRESS":
        if k == "ip_joined":
            s = v.replace("_", ":") if v.count("_") != 3 else v.replace("_", ".")
        else:
            s = v.rsplit(":", 1)[0] if k == "ipv4_port" else v
        return V.ip_ok(s)
    if cat == "URL":
        return v.startswith("https://") and (v.split("/")[2] in URL_HOSTS or v.split("/")[2].endswith(".tumblr.com"))
    if cat == "SECRET":
        if k == "password":
            return re.fullmatch(r"[A-Za-z]{5}[!#%*]\d{3}[A-Za-z]{4}", v)
        if k == "sqlalchemy_url_password":
            return re.match(r"mssql\+pyodbc://\w+:[^@]{8,}@", v)
        rule = k[7:] if k.startswith("secret_") and k != "secret_joined" else None
        if rule is None:
            return any(V.compile_go_regex(rules[r]["regex"]).search(v) for r in V.SECRET_RULES)
        return V.compile_go_regex(rules[rule]["regex"]).search(v + "\n")
    return False


NEG_OK = {
    "reserved_placeholder": lambda v: (re.search(r"555-01\d\d", v) or "example." in v or "{" in v or v in ("000-00-0000", "XXX-XX-XXXX", "MRN-0000000", "6200000000000005",
                                       "Nguyễn Văn A", "Hong Gildong", "Juan dela Cruz", "Fulano de Tal") or v.startswith("YOUR_") or v.startswith("<")
                                       or (re.fullmatch(r"[0-9a-f.:]+", v) and not V.ip_ok(v))),
    "format_regex": lambda v: re.compile(v) is not None,
}


def main():
    rules = V.gitleaks_rules()
    with open(os.path.join(HERE, "sources/MANIFEST.jsonl")) as f:
        for line in f:
            m = json.loads(line)
            with open(os.path.join(HERE, "sources", m["file"]), "rb") as g:
                if hashlib.sha256(g.read()).hexdigest() != m["sha256"]:
                    fail(f"source sha256 {m['file']}")
    labels = [json.loads(l) for l in open(os.path.join(P, "labels.jsonl"), encoding="utf-8")]
    files = sorted(os.path.relpath(os.path.join(d, f), P) for d, _, fs in os.walk(P) for f in fs if f.endswith(".json"))
    docs = {}
    for f in files:
        try:
            docs[f] = json.load(open(os.path.join(P, f), encoding="utf-8"))
        except Exception as e:
            fail(f"parse {f}: {e}")
    labelled = {l["file"] for l in labels}
    for f in files:
        if f not in labelled:
            fail(f"no label: {f}")
    seen = {}
    for l in labels:
        f, ptr, s = l["file"], l["pointer"], l["surface"]
        if f not in docs:
            fail(f"{l['id']} file missing"); continue
        if not surface_ok(s, ptr):
            fail(f"{l['id']} surface {s} vs pointer {ptr}")
        try:
            if s == "file_name":
                target = os.path.basename(f)
            elif s in ("property_name", "pattern_property"):
                parent = resolve(docs[f], ptr.rsplit("/", 1)[0])
                target = ptr.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~")
                if target not in parent:
                    fail(f"{l['id']} key not in parent")
            else:
                target = resolve(docs[f], ptr)
        except (KeyError, IndexError, ValueError) as e:
            fail(f"{l['id']} pointer does not resolve: {ptr} {e}"); continue
        if not isinstance(target, str) or l["value"] not in target:
            fail(f"{l['id']} value not at pointer")
        if "raw" in l and rx_escape(l["raw"]) != l["value"]:
            fail(f"{l['id']} raw does not escape to value")
        if s in ("pattern", "pattern_property"):
            try:
                rx = re.compile(target)
                if l["category"] != "NONE" and not rx.search(unesc_rx(target.strip("^$").replace("(_[a-z]+)?", "").replace("\\.[0-9]+", ".1"))):
                    fail(f"{l['id']} regex does not match its own value")
            except re.error as e:
                fail(f"{l['id']} regex does not compile: {e}")
        if s == "tool_name" and not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", target):
            fail(f"{l['id']} bad tool name")
        key = (f, ptr, s in ("property_name", "file_name"))
        seen.setdefault(key, []).append(l)
        if l["category"] != "NONE":
            if not value_ok(l, rules):
                fail(f"{l['id']} format rule failed: {l['kind']}")
            if l["placement"] == "no_cue" and l["kind"].startswith(CUE_ONLY):
                fail(f"{l['id']} cue-only value without cue")
            if l["placement"] not in ("key_cue", "text_cue", "no_cue"):
                fail(f"{l['id']} placement")
        else:
            chk = NEG_OK.get(l["kind"])
            if chk and not chk(l["value"]):
                fail(f"{l['id']} negative is not what it claims")
    for key, ls in seen.items():
        cats = [l["category"] for l in ls]
        if "NONE" in cats and len(cats) > 1:
            fail(f"positive and negative at {key}")
        if len(cats) != len(set(cats)):
            fail(f"two labels of one category at {key}")
    # real files
    man = [json.loads(l) for l in open(os.path.join(R, "MANIFEST.jsonl"))]
    rfiles = sorted(os.path.relpath(os.path.join(d, f), R) for d, _, fs in os.walk(R) for f in fs if f.endswith(".json"))
    if sorted(m["file"] for m in man) != rfiles:
        fail("real manifest does not list exactly the real files")
    realtext = ""
    for f in rfiles:
        t = open(os.path.join(R, f), encoding="utf-8").read()
        json.loads(t)
        realtext += t + "\n" + f + "\n"
    for l in labels:
        if l["category"] != "NONE":
            for s in {l["value"], l.get("raw", l["value"])}:
                if s in realtext or json.dumps(s)[1:-1] in realtext:
                    fail(f"{l['id']} value occurs in a real file")
    # planted sources are disjoint from real sources
    psrc = {l["base"] for l in labels}
    rsrc = set()
    for m in man:
        rsrc |= set(m["source"] if isinstance(m["source"], list) else [m["source"]])
    if psrc & rsrc:
        fail("a real file shares its source unit with a planted host")
    # determinism
    if "--no-determinism" not in sys.argv:
        hashes = []
        for seed in ("0", "123"):
            subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, env=dict(os.environ, PYTHONHASHSEED=seed), capture_output=True)
            hashes.append(tree_hash())
        if len(set(hashes)) != 1:
            fail(f"build is not deterministic: {hashes}")
        else:
            print("determinism sha256:", hashes[0])
    pos = sum(1 for l in labels if l["category"] != "NONE")
    print(f"{len(files)} planted files, {pos} positives, {len(labels) - pos} hard negatives, {len(rfiles)} real files")
    if ERR:
        print("\n".join(ERR[:80]))
        print(f"FAILED: {len(ERR)} problems")
        sys.exit(1)
    print("all checks passed")


def tree_hash():
    out = subprocess.run("find planted real -type f | sort | xargs sha256sum | sha256sum", shell=True, cwd=HERE, capture_output=True, text=True).stdout
    return out.split()[0]


if __name__ == "__main__":
    main()
