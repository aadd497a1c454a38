#!/usr/bin/env python3
"""Label and format checks for the ninth set (stdlib + phonenumbers).  Run after build.py."""
import datetime, hashlib, json, os, re, shutil, subprocess, sys, tempfile

import values as V

HERE = os.path.dirname(os.path.abspath(__file__))
P = os.path.join(HERE, "planted")
RDIR = os.path.join(HERE, "real")
ERR = []


def err(msg):
    ERR.append(msg)


def resc(s):
    return "".join("\\" + c if c in ".^$*+?()[]{}|\\" else c for c in s)


def unptr(p):
    return [t.replace("~1", "/").replace("~0", "~") for t in p.split("/")[1:]] if p else []


def resolve(doc, toks):
    for t in toks:
        if isinstance(doc, list):
            doc = doc[int(t)]
        else:
            doc = doc[t]
    return doc


TOOL_SHAPES = [r"^/\d+/(name|description)$", r"^/tools/\d+/(name|description)$",
               r"^/tools/\d+/function/(name|description)$", r"^/result/tools/\d+/(name|description)$",
               r"^/tools/0/functionDeclarations/\d+/(name|description)$"]


def surface_ok(lab, fmt):
    s, p = lab["surface"], lab["pointer"]
    last = unptr(p)[-1] if p else ""
    toks = unptr(p)
    tool_fmt = fmt in ("anthropic-tools", "anthropic-messages", "openai-chat", "mcp-tools-list", "gemini")
    is_tool_level = tool_fmt and any(re.match(rx, p) for rx in TOOL_SHAPES)
    if s == "file_name":
        return p == ""
    if s == "property_name":
        return len(toks) >= 2 and toks[-2] == "properties"
    if s == "pattern_property":
        return len(toks) >= 2 and toks[-2] == "patternProperties"
    if s in ("enum", "examples"):
        return len(toks) >= 2 and toks[-2] == s and toks[-1].isdigit()
    if s in ("const", "default", "pattern", "title"):
        return last == s and not is_tool_level
    if s == "description":
        return last == "description" and not is_tool_level
    if s == "tool_name":
        return last == "name" and is_tool_level
    if s == "tool_description":
        return last == "description" and is_tool_level
    if s == "metadata":
        return (last == "$comment" or last.startswith("x-") or p == "/metadata/user_id"
                or bool(re.match(r"^/result/tools/\d+/annotations/title$", p)))
    return False


NOCUE_OK_KINDS = re.compile(
    r"^(natural|natural_diacritics|two_given_names|FAMILY_comma_Given|Family_comma_Given_initial|all_caps|"
    r"lowercase_slug|native_\w+|\w+_joined|screaming_family_given|name_local_part|email_key|whydonate|betterplace|"
    r"rete_del_dono|kisskissbankbank|ulule|crowdfunder|portal_guestpay|us_full|\w\w_address|ssn_dash|"
    r"e164_dashed|vcard_tel_uri|paren_nospace|plus1_paren|mobile_\w\w|ipv4|ipv4_cidr32|ipv4_port|ipv6|"
    r"ipv6_bracket_port|vin_\w+|gitlab-cicd-job-token(_joined)?|gitlab-session-cookie|new-relic-\S+|mapbox-\S+|"
    r"beamer-\S+|gitlab-session-cookie_joined|1password-service-account-token_joined|defined-networking-\S+|dropbox-\S+|lob-api-key|aws-amazon-\S+|1password-\S+|smtps-url|neo4j-url|"
    r"iban_\w+|mastercard_2series(_grouped)?|maestro(_uk)?(_grouped)?|diners_international|hipercard(_grouped)?|"
    r"mbi|mbi_dashed|mac_colon_upper|mac_cisco_dotted)$")
# joined forms that are only cue-able (they always carry a prefix)
JOINED_NEED_CUE = re.compile(r"^(?!snake_joined|camel_joined|pascal_joined|kebab_joined|vin_joined|gitlab-cicd-job-token_joined|1password-service-account-token_joined|gitlab-session-cookie_joined).*_joined$")

MONTHS = {}
for lang, names in V.MONTHS.items():
    for i, m in enumerate(names):
        MONTHS[m.lower()] = i + 1
ROMAN = {r: i + 1 for i, r in enumerate(V.ROMAN)}


def date_ok(y, m, d):
    try:
        dt = datetime.date(int(y), int(m), int(d))
    except (ValueError, TypeError):
        return False
    return 1900 < dt.year <= 2025


def dob_ok(v, kind):
    k = kind.replace("_joined", "")
    if k in ("yyyymmdd", "vcard_basic"):
        return bool(re.fullmatch(r"\d{8}", v)) and date_ok(v[:4], v[4:6], v[6:])
    if k == "y_m_d":
        m = re.fullmatch(r"(\d{4})_(\d\d)_(\d\d)", v)
        return bool(m) and date_ok(*m.groups())
    if k == "ddmmyyyy":
        return bool(re.fullmatch(r"\d{8}", v)) and date_ok(v[4:], v[2:4], v[:2])
    if k == "de_numeric":
        m = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4})", v)
        return bool(m) and date_ok(m.group(3), m.group(2), m.group(1))
    if k == "nl_numeric":
        m = re.fullmatch(r"(\d{1,2})-(\d{1,2})-(\d{4})", v)
        return bool(m) and date_ok(m.group(3), m.group(2), m.group(1))
    if k == "roman_month":
        m = re.fullmatch(r"(\d{1,2})-([IVX]+)-(\d{4})", v)
        return bool(m) and m.group(2) in ROMAN and date_ok(m.group(3), ROMAN[m.group(2)], m.group(1))
    m = re.fullmatch(r"(\d{1,2})\.? (?:de )?(\S+)(?: de)? (\d{4})", v)
    return bool(m) and m.group(2).lower() in MONTHS and date_ok(m.group(3), MONTHS[m.group(2).lower()], m.group(1))


def ip_joined_ok(v, kind):
    parts = v.split("_")
    if kind.startswith("ipv4"):
        return V.ip_valid(".".join(parts[:4]))
    return all(re.fullmatch(r"[0-9a-f]{1,4}", p) for p in parts[:-1] or parts) and len(parts) >= 3


def fmt_ok(lab, rules):
    c, v, kind = lab["category"], lab.get("raw", lab["value"]), lab["kind"]
    k0 = kind.replace("_regex_key", "")
    joined = k0.endswith("_joined") or k0 in ("email_key",) or k0 in ("snake_joined",)
    if c == "PERSON":
        return len(v) >= 5 and v not in ("Jan Modaal",)
    if c == "DATE_OF_BIRTH":
        return dob_ok(v, k0)
    if c == "US_SSN":
        return V.ssn_valid(v) and (re.fullmatch(r"\d{3}[-_ ]\d\d[-_ ]\d{4}|\d{9}", v) is not None)
    if c == "PHONE_NUMBER":
        if joined:
            return V.phone_valid("+" + v)
        return V.phone_valid(v)
    if c == "EMAIL_ADDRESS":
        return V.email_valid(v)
    if c == "STREET_ADDRESS":
        m = re.match(r"\d+ (?:[NSEW] )?[A-Za-z ]+? (\w+)( (Apt|Unit|Ste|Trlr) \d+)?(, ([A-Za-z ]+), ([A-Z]{2}) (\d{5}))?$", v)
        if k0.startswith("us_"):
            if not m or m.group(1) not in V.SUFFIXES:
                return False
            if k0 == "us_full":
                return bool(m.group(4)) and any(cc[1] == m.group(5) and cc[2] == m.group(6) and m.group(7).startswith(cc[3])
                                                for cc in V.CITIES)
            return not m.group(4)
        return bool(re.search(r"\d", v)) and "," in v
    if c == "ZIP_CODE":
        return V.zip_valid(v)
    if c == "MRN":
        pats = {"historia_clinica": r"HC-\d{4}-\d{6}", "rekam_medis": r"RM[ _]\d\d-\d\d-\d\d",
                "patientennummer": r"PN\d{6,7}[/_]\d", "site_plus_8": r"(CHV|AZM|OLV|UMC)\d{8}",
                "bare_7_digits": r"\d{7}"}
        return bool(re.fullmatch(pats[k0.replace("_joined", "")], v))
    if c == "HEALTH_PLAN_ID":
        k = k0.replace("_joined", "")
        if k.startswith("mbi"):
            return V.mbi_valid(v) and (k == "mbi_dashed") == ("-" in v or "_" in v)
        pats = {"ny_medicaid_cin": r"[A-Z]{2}\d{5}[A-Z]", "dod_benefits_number": r"\d{11}",
                "payer_member_id": r"(JQX|YRK|MKP)\d{9}"}
        return bool(re.fullmatch(pats[k], v))
    if c == "ACCOUNT_NUMBER":
        k = k0.replace("_joined", "")
        if k.startswith("iban"):
            return V.iban_valid(v)
        if k == "bank_account_with_aba":
            return bool(re.fullmatch(r"\d{10,12}", v))
        if k == "hospital_account_har":
            return bool(re.fullmatch(r"HAR\d{9}", v))
        d = v.replace(" ", "")
        return d.isdigit() and V.luhn_ok(d) and d not in V.PUBLISHED_TEST_CARDS and len(d) in (14, 16)
    if c == "LICENSE_NUMBER":
        ab = k0.replace("_joined", "").split("_")[1]
        st = [s for s, a in {"Kansas": "KS", "Iowa": "IA", "Colorado": "CO", "Nevada": "NV", "Vermont": "VT",
                             "Idaho": "ID", "Minnesota": "MN", "Montana": "MT"}.items() if a == ab][0]
        return V.dl_valid(v, st)
    if c == "VEHICLE_ID":
        return V.vin_valid(v) and v[:3] in V.WMIS
    if c == "DEVICE_ID":
        k = k0.replace("_joined", "")
        if k == "imei_plain":
            return V.imei_valid(v)
        if k == "mac_colon_upper":
            return bool(re.fullmatch(r"([0-9A-F]{2}[:_]){5}[0-9A-F]{2}", v)) and int(v[:2], 16) & 1 == 0
        if k == "mac_cisco_dotted":
            return bool(re.fullmatch(r"[0-9a-f]{4}[._][0-9a-f]{4}[._][0-9a-f]{4}", v)) and int(v[:2], 16) & 1 == 0
        if k == "gs1_udi_no_parens":
            return V.udi_valid(v)
        return bool(re.fullmatch(r"(PJN|RNL|BWV)\d{6}[HSGR]", v))
    if c == "IP_ADDRESS":
        if joined:
            return ip_joined_ok(v, k0)
        return V.ip_valid(v)
    if c == "URL":
        return bool(re.fullmatch(r"https://(whydonate\.com|www\.betterplace\.org|www\.retedeldono\.it|"
                                 r"www\.kisskissbankbank\.com|www\.ulule\.com|www\.crowdfunder\.co\.uk|"
                                 r"mychart\.[a-z]+\.org)/\S+", v))
    if c == "SECRET":
        k = k0.replace("_joined", "")
        return V.secret_valid(k, v, rules)
    return False


RESERVED = [r"\(\d{3}\) 555-01\d\d", r"\+1-\d{3}-555-01\d\d", r"[a-z.]+@example\.(com|org|net)", r"192\.0\.2\.\d+",
            r"203\.0\.113\.\d+", r"198\.51\.100\.\d+", r"2001:db8:.*", r"000-00-0000", r"XXX-XX-XXXX",
            r"YOUR_[A-Z_]+", r"<[A-Z_]+>", r"Jan Modaal", r"https://example\.net/.*", r"MRN-0+"]


def tree_hash(root):
    h = hashlib.sha256()
    for d in ("planted", "real"):
        for dp, _, fs in sorted(os.walk(os.path.join(root, d))):
            for f in sorted(fs):
                p = os.path.join(dp, f)
                h.update(os.path.relpath(p, root).encode() + b"\0" + hashlib.sha256(open(p, "rb").read()).digest())
    return h.hexdigest()


def main():
    rules = V.load_gitleaks()
    # sources
    for line in open(os.path.join(HERE, "sources", "MANIFEST.jsonl")):
        m = json.loads(line)
        if hashlib.sha256(open(os.path.join(HERE, "sources", m["file"]), "rb").read()).hexdigest() != m["sha256"]:
            err(f"source sha256 mismatch {m['file']}")
        for k in ("repo", "commit", "path", "licence", "sha256"):
            if not m.get(k):
                err(f"source manifest field {k} missing for {m['file']}")
    labels = [json.loads(l) for l in open(os.path.join(P, "labels.jsonl"), encoding="utf-8")]
    files = sorted(os.path.relpath(os.path.join(dp, f), P) for dp, _, fs in os.walk(P) for f in fs
                   if f.endswith(".json"))
    docs = {}
    for f in files:
        try:
            docs[f] = json.load(open(os.path.join(P, f), encoding="utf-8"))
        except Exception as e:
            err(f"parse {f}: {e}")
    labelled = {l["file"] for l in labels}
    for f in files:
        if f not in labelled:
            err(f"planted file without label: {f}")
    ids = set()
    by_ptr = {}
    for lab in labels:
        if lab["id"] in ids:
            err(f"dup id {lab['id']}")
        ids.add(lab["id"])
        f = lab["file"]
        if f not in docs:
            err(f"{lab['id']}: missing file {f}")
            continue
        fmt = f.split("/")[0]
        doc = docs[f]
        toks = unptr(lab["pointer"])
        s = lab["surface"]
        try:
            if s == "file_name":
                target = os.path.basename(f)
            elif s in ("property_name", "pattern_property"):
                parent = resolve(doc, toks[:-1])
                if toks[-1] not in parent:
                    raise KeyError(toks[-1])
                target = toks[-1]
            else:
                target = resolve(doc, toks)
        except (KeyError, IndexError, ValueError, TypeError) as e:
            err(f"{lab['id']}: pointer does not resolve {lab['pointer']} ({e})")
            continue
        if not isinstance(target, str) or lab["value"] not in target:
            err(f"{lab['id']}: value not in string at pointer")
        if not surface_ok(lab, fmt):
            err(f"{lab['id']}: surface {s} does not match pointer {lab['pointer']}")
        if "raw" in lab and resc(lab["raw"]) != lab["value"]:
            err(f"{lab['id']}: raw does not escape to value")
        if s in ("pattern", "pattern_property"):
            try:
                rx = re.compile(target)
            except re.error as e:
                err(f"{lab['id']}: regex does not compile: {e}")
                rx = None
            if rx is not None and lab["category"] != "NONE":
                raw = lab.get("raw", lab["value"])
                # the literal the regex was built from: target with escapes removed and anchors/suffix stripped
                lit = re.sub(r"\\(.)", r"\1", target.split("(_[a-z]+)?")[0].split("\\.[0-9]+")[0].strip("^$"))
                if raw not in lit or not rx.search(lit + (".7" if "\\.[0-9]+" in target else "")):
                    err(f"{lab['id']}: planted regex does not match its own value")
        key = (f, lab["pointer"], s if s in ("property_name", "file_name") else "v")
        by_ptr.setdefault(key, []).append(lab)
        if lab["category"] == "NONE":
            if lab["placement"] != "none":
                err(f"{lab['id']}: negative placement")
            if lab["kind"] == "reserved_placeholder" and not any(re.fullmatch(r, lab["value"]) for r in RESERVED):
                err(f"{lab['id']}: placeholder not reserved")
            continue
        if lab["placement"] not in ("key_cue", "text_cue", "no_cue"):
            err(f"{lab['id']}: bad placement")
        if not fmt_ok(lab, rules):
            err(f"{lab['id']}: format rule fails ({lab['category']} {lab['kind']})")
        if lab["placement"] == "no_cue":
            k0 = lab["kind"].replace("_regex_key", "")
            if not NOCUE_OK_KINDS.match(k0) or JOINED_NEED_CUE.match(k0):
                err(f"{lab['id']}: value that cannot stand alone is no_cue ({lab['kind']})")
    for key, labs in by_ptr.items():
        cats = [l["category"] for l in labs]
        if "NONE" in cats and len(labs) > 1:
            err(f"pointer holds positive and negative: {key}")
        if len(cats) != len(set(cats)):
            err(f"two labels of one category at {key}")
    # tool names
    for root, dd in ((P, docs), (RDIR, None)):
        for dp, _, fs in os.walk(root):
            for fn in fs:
                if not fn.endswith(".json") or fn in ("labels.jsonl",):
                    continue
                doc = json.load(open(os.path.join(dp, fn), encoding="utf-8")) if dd is None else \
                    dd[os.path.relpath(os.path.join(dp, fn), root)]
                fmt = os.path.basename(dp)
                names = []
                if fmt == "anthropic-tools":
                    names = [t["name"] for t in doc]
                elif fmt == "anthropic-messages":
                    names = [t["name"] for t in doc["tools"]]
                elif fmt == "openai-chat":
                    names = [t["function"]["name"] for t in doc["tools"]]
                elif fmt == "mcp-tools-list":
                    names = [t["name"] for t in doc["result"]["tools"]]
                elif fmt == "gemini":
                    names = [t["name"] for t in doc["tools"][0]["functionDeclarations"]]
                for n in names:
                    if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", n):
                        err(f"bad tool name in {fn}: {n}")
    # real manifest
    man = [json.loads(l) for l in open(os.path.join(RDIR, "MANIFEST.jsonl"), encoding="utf-8")]
    rfiles = sorted(os.path.relpath(os.path.join(dp, f), RDIR) for dp, _, fs in os.walk(RDIR) for f in fs
                    if f.endswith(".json"))
    if sorted(m["file"] for m in man) != rfiles:
        err("real manifest does not list exactly the real files")
    planted_units = set(json.load(open(os.path.join(HERE, "planted_units.json"))))
    real_units = {u for m in man for u in m["units"]}
    if planted_units & real_units:
        err(f"real files and hosts share units: {sorted(planted_units & real_units)[:3]}")
    bases = {l["base"] for l in labels}
    if any(b in {x for m in man for x in m["bases"]} for b in bases):
        err("a label base is also a real file's unit")
    realtext = "".join(open(os.path.join(RDIR, f), encoding="utf-8").read() for f in rfiles)
    for lab in labels:
        if lab["category"] != "NONE":
            raw = lab.get("raw", lab["value"])
            if len(raw) >= 5 and (raw in realtext or json.dumps(raw)[1:-1] in realtext):
                err(f"{lab['id']}: planted value occurs in a real file")
    # determinism
    if "--no-rebuild" not in sys.argv:
        hashes = {"current": tree_hash(HERE)}
        for seed in ("0", "123"):
            tmp = tempfile.mkdtemp(prefix="ninth-det-")
            for f in ("build.py", "values.py"):
                shutil.copy(os.path.join(HERE, f), tmp)
            shutil.copytree(os.path.join(HERE, "sources"), os.path.join(tmp, "sources"))
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, os.path.join(tmp, "build.py")], check=True, env=env,
                           capture_output=True)
            hashes[seed] = tree_hash(tmp)
            shutil.rmtree(tmp)
        if len(set(hashes.values())) != 1:
            err(f"build is not deterministic: {hashes}")
        else:
            print("determinism: identical over PYTHONHASHSEED=0, 123 and the current tree")
    pos = [l for l in labels if l["category"] != "NONE"]
    print(f"{len(files)} planted files, {len(pos)} positives, {len(labels) - len(pos)} hard negatives, "
          f"{len(rfiles)} real files")
    if ERR:
        for e in ERR[:80]:
            print("FAIL", e)
        print(f"{len(ERR)} failures")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
