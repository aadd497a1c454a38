"""Label and format checks for the twelfth set (stdlib + phonenumbers). Run after build.py. Exit 1 on any failure."""
import datetime, glob, hashlib, ipaddress, json, os, re, shutil, subprocess, sys, tempfile
import values as V

HERE = os.path.dirname(os.path.abspath(__file__))
P, R = os.path.join(HERE, "planted"), os.path.join(HERE, "real")
ERR = []


def fail(msg):
    ERR.append(msg)


def resolve(doc, ptr):
    node = doc
    if ptr == "":
        return node
    for t in ptr.split("/")[1:]:
        t = t.replace("~1", "/").replace("~0", "~")
        node = node[int(t)] if isinstance(node, list) else node[t]
    return node


def esc_rx(s):
    return re.sub(r"([.^$*+?()\[\]{}|\\])", r"\\\1", s)


def tree_hash(root_dir):
    hs = hashlib.sha256()
    for d in ("planted", "real"):
        for p in sorted(glob.glob(os.path.join(root_dir, d, "**", "*"), recursive=True)):
            if os.path.isfile(p):
                hs.update(os.path.relpath(p, root_dir).encode() + b"\0" + open(p, "rb").read())
    return hs.hexdigest()


# ------------------------------------------------------------------ sources
for line in open(os.path.join(HERE, "sources", "MANIFEST.jsonl")):
    r = json.loads(line)
    for k in ("file", "repo", "commit", "path", "licence", "sha256", "source_sha256"):
        if not r.get(k):
            fail(f"manifest field {k} missing: {r}")
    data = open(os.path.join(HERE, "sources", r["file"]), "rb").read()
    if hashlib.sha256(data).hexdigest() != r["sha256"]:
        fail(f"sha256 mismatch {r['file']}")

# ------------------------------------------------------------------ labels
labels = [json.loads(l) for l in open(os.path.join(P, "labels.jsonl"), encoding="utf-8")]
files = sorted(os.path.relpath(p, P) for p in glob.glob(os.path.join(P, "**", "*.json"), recursive=True))
docs = {}
for f in files:
    try:
        docs[f] = json.load(open(os.path.join(P, f), encoding="utf-8"))
    except Exception as e:
        fail(f"parse {f}: {e}")
by_file = {}
for l in labels:
    by_file.setdefault(l["file"], []).append(l)
for f in files:
    if f not in by_file:
        fail(f"no label in {f}")
for f in by_file:
    if f not in docs:
        fail(f"label file missing {f}")

TOOL_NAME_PTR = re.compile(r"^(/tools/\d+/openapi/name|/tools/\d+/name|/functions/\d+/name)$")
TOOL_DESC_PTR = re.compile(r"^(/tools/\d+/openapi/description|/tools/\d+/description|/functions/\d+/description)$")


def surface_ok(s, ptr):
    last = ptr.rsplit("/", 1)[-1] if ptr else ""
    parent = ptr.rsplit("/", 2)[-2] if ptr.count("/") >= 2 else ""
    if s == "file_name":
        return ptr == ""
    if s == "property_name":
        return parent in ("properties", "parameter_definitions")
    if s == "pattern_property":
        return parent == "patternProperties"
    if s in ("enum", "examples"):
        return parent == s and last.isdigit()
    if s in ("const", "default", "pattern", "title"):
        return last == s
    if s == "description":
        return last == "description" and not TOOL_DESC_PTR.match(ptr)
    if s == "tool_name":
        return bool(TOOL_NAME_PTR.match(ptr))
    if s == "tool_description":
        return bool(TOOL_DESC_PTR.match(ptr))
    if s == "metadata":
        return last == "$comment" or last.startswith("x-")
    return False


seen = {}
for l in labels:
    f, ptr, s = l["file"], l["pointer"], l["surface"]
    if f not in docs:
        continue
    for k in ("id", "file", "pointer", "surface", "category", "value", "kind", "placement", "base"):
        if k not in l:
            fail(f"{l['id']}: field {k} missing")
    if not surface_ok(s, ptr):
        fail(f"{l['id']}: surface {s} does not fit pointer {ptr}")
    try:
        if s == "file_name":
            text = os.path.basename(f)
        elif s in ("property_name", "pattern_property"):
            parent = resolve(docs[f], ptr.rsplit("/", 1)[0])
            key = ptr.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~")
            if key not in parent:
                fail(f"{l['id']}: key not found")
            text = key
        else:
            text = resolve(docs[f], ptr)
    except Exception as e:
        fail(f"{l['id']}: pointer does not resolve {ptr}: {e}")
        continue
    if not isinstance(text, str) or l["value"] not in text:
        fail(f"{l['id']}: value not in string at pointer")
    if "raw" in l and esc_rx(l["raw"]) != l["value"]:
        fail(f"{l['id']}: raw does not escape to value")
    if s in ("pattern", "pattern_property"):
        try:
            rx = re.compile(text)
        except re.error as e:
            fail(f"{l['id']}: regex does not compile: {e}")
            continue
        if l["category"] != "NONE":
            raw = l.get("raw", l["value"])
            lit = re.sub(r"\\(.)", r"\1", text.strip("^$").replace(r"(_[a-z]+)?", "").replace(r"\.[0-9]+", ""))
            if raw not in lit or not (rx.fullmatch(lit) or rx.fullmatch(lit + ".1")):
                fail(f"{l['id']}: planted regex does not match its literal")
    key = (f, ptr, s in ("property_name", "file_name"))
    for o in seen.get(key, []):
        if (o["category"] == "NONE") != (l["category"] == "NONE"):
            fail(f"{l['id']}: pointer holds a positive and a negative")
        if o["category"] == l["category"] and l["category"] != "NONE":
            fail(f"{l['id']}: two labels of one category at one pointer")
    seen.setdefault(key, []).append(l)
    if l["category"] == "NONE" and l["placement"] != "none":
        fail(f"{l['id']}: negative placement")

# ------------------------------------------------------------------ tool names (planted and real)
for root in (P, R):
    for p in glob.glob(os.path.join(root, "**", "*.json"), recursive=True):
        d = json.load(open(p, encoding="utf-8"))
        names = []
        if isinstance(d, dict):
            for t in d.get("tools", []) or []:
                names.append(t["openapi"]["name"] if "openapi" in t else t.get("name"))
            for t in d.get("functions", []) or []:
                names.append(t["name"])
        for n in names:
            if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", n or ""):
                fail(f"bad tool name {n!r} in {p}")

# ------------------------------------------------------------------ format rules
RULES = V.gitleaks_rules()
STANDALONE_NEVER = re.compile(r"^(dob_|mrn_|zip|oms_enp|il_kupah|dl_|imei|esn|spaced$|plain$|us_dash$|us_dot$|us_street_line|"
                              r"ru_account|secret_password|mobile_.*_nat$|card_bancontact|date_joined|underscore_joined|zip_joined|"
                              r"digits_joined|account_joined|card_joined|id_joined|mbi_joined)")
US_FULL = re.compile(r"\d+ [A-Za-z ]+ (" + "|".join(V.SUFFIXES) + r")( (Apt|Unit|Ste|Rm) \d+)?, ([A-Za-z. ]+), ([A-Z]{2}) (\d{5})")
PREF = re.compile(r"^[A-Za-z]+_(?:[a-z]+_)?")


def strip_pref(s):
    return PREF.sub("", s, count=1) if re.match(r"^[A-Za-z]+_", s) else s


def date_ok(y, m, d):
    try:
        dt = datetime.date(int(y), int(m), int(d))
    except ValueError:
        return False
    return 1930 <= dt.year <= 2006


MONTHS = {**{m: i + 1 for i, m in enumerate(V.RU_MONTHS)}, **{m: i + 1 for i, m in enumerate(V.RU_MONTHS_LAT)},
          **{m: i + 1 for i, m in enumerate(V.TL_MONTHS)}, **{m: i + 1 for i, m in enumerate(V.IS_MONTHS)},
          **{m: i + 1 for i, m in enumerate(V.AZ_MONTHS)}, **{m: i + 1 for i, m in enumerate(V.HE_MONTHS)}}


def check_value(l):
    c, k, v = l["category"], l["kind"], l.get("raw", l["value"])
    if c == "PERSON":
        return len(v) >= 5 and not re.search(r"\d", v)
    if c == "US_SSN":
        m = re.search(r"(\d{3})[-_ ]?(\d{2})[-_ ]?(\d{4})$", v)
        return bool(m) and V.ssn_ok("-".join(m.groups()))
    if c == "MRN":
        if k == "mrn_joined":
            return bool(re.search(r"\d{4,}", v))
        return bool(re.fullmatch(V.MRN_RX[k[4:]], v)) and (k != "mrn_luhn8" or V.luhn_ok(v))
    if c == "PHONE_NUMBER":
        if k == "digits_joined":
            d = re.sub(r"\D", "", v)
            return V.phone_ok("+1" + d) if len(d) == 10 else V.phone_ok("+" + d)
        if k.startswith("mobile_") and k.endswith("_nat"):
            return V.phone_ok(v, k.split("_")[1])
        return V.phone_ok(v)
    if c == "EMAIL_ADDRESS":
        return V.email_ok(v)
    if c == "STREET_ADDRESS":
        if k == "us_full":
            m = US_FULL.fullmatch(v)
            return bool(m) and any(m.group(4) == city and m.group(5) == st and m.group(6)[:3] == z for city, st, z in V.AREA.values())
        if k == "us_street_line":
            return bool(re.fullmatch(r"\d+ [A-Za-z ]+ (" + "|".join(V.SUFFIXES) + r")( (Apt|Unit|Ste|Rm) \d+)?", v))
        return bool(re.search(r"\d", v)) and len(v) > 15
    if c == "ZIP_CODE":
        z = strip_pref(v).replace("_", "-")
        return V.zip_ok(z)
    if c == "DATE_OF_BIRTH":
        if k == "date_joined":
            m = re.search(r"(\d{4})_?(\d{2})_?(\d{2})$", v)
            return bool(m) and date_ok(*m.groups())
        if k in ("dob_iso",):
            m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
            return bool(m) and date_ok(*m.groups())
        if k == "dob_us_slash":
            m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", v)
            return bool(m) and date_ok(m.group(3), m.group(1), m.group(2))
        if k == "dob_ldap":
            m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})000000Z", v)
            return bool(m) and date_ok(*m.groups())
        if k == "dob_zh":
            m = re.fullmatch(r"(\d{4})年(\d{2})月(\d{2})日", v)
            return bool(m) and date_ok(*m.groups())
        if k == "dob_tl":
            m = re.fullmatch(r"(\w+) (\d{1,2}), (\d{4})", v)
            return bool(m) and m.group(1) in MONTHS and date_ok(m.group(3), MONTHS[m.group(1)], m.group(2))
        m = re.fullmatch(r"(\d{1,2})\.? (\S+) (\d{4})( г\.| g\.)?", v)
        return bool(m) and m.group(2) in MONTHS and date_ok(m.group(3), MONTHS[m.group(2)], m.group(1))
    if c == "HEALTH_PLAN_ID":
        if k.startswith("mbi"):
            return V.mbi_ok(strip_pref(v))
        if k == "oms_enp":
            return bool(re.fullmatch(r"[1-9]\d{15}", v))
        if k == "il_kupah_member":
            return V.il_tz_ok(v)
        if k == "id_joined":
            x = strip_pref(v)
            return bool(re.fullmatch(r"[1-9]\d{15}", x)) or V.il_tz_ok(x)
    if c == "ACCOUNT_NUMBER":
        if k.startswith("iban"):
            return V.iban_ok(strip_pref(v))
        if k.startswith("card_") or k == "card_joined":
            d = re.sub(r"\D", "", strip_pref(v) if k == "card_joined" else v)
            return V.luhn_ok(d) and any(d.startswith(i) and len(d) == n for i, n in V.CARD_IIN.values())
        if k == "ru_account_bik":
            m = re.fullmatch(r"БИК (\d{9}), р/с (\d{20})", v)
            return bool(m) and V.ru_account_ok(*m.groups())
        if k == "account_joined":
            return bool(re.search(r"\d{20}$", v))
    if c == "LICENSE_NUMBER":
        x = v
        if k == "dl_joined":
            x = re.sub(r"^[A-Za-z_]+?_(?=\d)", "", v)
            return bool(re.fullmatch(r"\d{17}[\dX]|\d{10}|[1-9]\d{6}", x)) and (len(x) != 18 or V.cn_id_ok(x))
        ok = bool(re.fullmatch(V.LICENCE_RX[k[3:]], x))
        return ok and (k != "dl_cn" or V.cn_id_ok(x))
    if c == "DEVICE_ID":
        if k.startswith("mac"):
            return V.mac_ok(strip_pref(v) if k == "mac_joined" else v)
        if k.startswith("imei"):
            d = strip_pref(v) if k.endswith("joined") else v
            return len(d) == 15 and V.luhn_ok(d) and d[:2] in ("44", "45", "91")
        if k.startswith("esn"):
            d = strip_pref(v) if k.endswith("joined") else v
            return bool(re.fullmatch(r"(1[2-9]\d|2[0-4]\d|25[0-5])\d{8}", d))
    if c == "VEHICLE_ID":
        return V.vin_ok(re.sub(r"^.*_", "", v))
    if c == "IP_ADDRESS":
        x = v
        if k == "ipv4_joined":
            x = re.search(r"(\d+_\d+_\d+_\d+)$", v).group(1).replace("_", ".")
        else:
            x = re.sub(r"^\[|\]:\d+$|:\d+$|/32$", "", x) if not k.startswith("ipv6") or "port" in k else x
            x = x.strip("[]")
        return V.ip_ok(x)
    if c == "URL":
        return bool(re.fullmatch(V.URL_RX[k[4:]], v))
    if c == "SECRET":
        kind = k[7:]
        if kind == "password":
            return bool(re.fullmatch(r"[A-Za-z]{5}\d{3}[!#%&*][A-Za-z]{4}", v))
        if kind == "amqps":
            return bool(re.fullmatch(r"amqps://svc_[a-z]+:[A-Za-z0-9]{18}@[a-z0-9.-]+:5671/prod", v))
        rule = {"flyio": "flyio-access-token", "adafruit": "adafruit-api-key", "bittrex": "bittrex-secret-key",
                "coinbase": "coinbase-access-token", "droneci": "droneci-access-token", "etsy": "etsy-access-token",
                "finicity": "finicity-api-token", "freshbooks": "freshbooks-access-token", "gitter": "gitter-access-token",
                "kucoin": "kucoin-access-token", "looker": "looker-client-secret", "messagebird": "messagebird-api-token",
                "rapidapi": "rapidapi-access-token", "travisci": "travisci-access-token"}[kind]
        return bool(RULES[rule].search(v + "\n"))
    return False


pos = [l for l in labels if l["category"] != "NONE"]
for l in pos:
    try:
        ok = check_value(l)
    except Exception as e:
        ok = False
        fail(f"{l['id']}: validator error {e}")
    if not ok:
        fail(f"{l['id']}: {l['category']} {l['kind']} fails its format rule: {l['value']!r}")
    if l["placement"] == "no_cue" and STANDALONE_NEVER.match(l["kind"]):
        fail(f"{l['id']}: {l['kind']} cannot stand alone but is no_cue")
    if l["placement"] not in ("key_cue", "text_cue", "no_cue"):
        fail(f"{l['id']}: placement")

# ------------------------------------------------------------------ hard negatives
RESERVED_FIXED = {"000-00-0000", "XXX-XX-XXXX", "Иванов Иван Иванович", "张三", "Jón Jónsson", "ישראל ישראלי", "<LOB_API_KEY>",
                  "${SUPABASE_SERVICE_ROLE_KEY}", "00-00-5E-00-53-01", "11111111111111111", "https://example.org/users/{userId}",
                  "ZY0000000000", "fo1_" + "X" * 43}
for l in labels:
    if l["category"] != "NONE":
        continue
    v = l["value"]
    if l["kind"] == "reserved_placeholder":
        ok = v in RESERVED_FIXED
        if re.fullmatch(r"\(\d{3}\) 555-01\d\d|\+1-\d{3}-555-01\d\d", v):
            ok = True
        if re.fullmatch(r"[a-z.]+@example\.(com|org|net)", v):
            ok = True
        try:
            a = ipaddress.ip_address(v)
            ok = any(a in n for n in V.BAD_NETS if n.version == a.version)
        except ValueError:
            pass
        if not ok:
            fail(f"{l['id']}: placeholder not reserved: {v}")
    if l["kind"] == "format_regex":
        try:
            re.compile(v)
        except re.error:
            fail(f"{l['id']}: negative regex does not compile")

# ------------------------------------------------------------------ real files
rman = [json.loads(x) for x in open(os.path.join(R, "MANIFEST.jsonl"), encoding="utf-8")]
rfiles = sorted(os.path.relpath(p, R) for p in glob.glob(os.path.join(R, "**", "*.json"), recursive=True))
if sorted(r["file"] for r in rman) != rfiles:
    fail("real manifest does not list exactly the real files")
punits = set(json.load(open(os.path.join(HERE, "planted_units.json"))))
runits = {u for r in rman for u in r["units"]}
if punits & runits:
    fail(f"real and planted share units: {sorted(punits & runits)[:3]}")
rtext = "\n".join(open(os.path.join(R, f), encoding="utf-8").read() for f in rfiles)
rtext_unesc = json.dumps([json.load(open(os.path.join(R, f), encoding="utf-8")) for f in rfiles], ensure_ascii=False)
for l in pos:
    for x in {l["value"], l.get("raw", l["value"])}:
        if len(x) >= 6 and (x in rtext or x in rtext_unesc):
            fail(f"{l['id']}: planted value occurs in a real file")

# ------------------------------------------------------------------ determinism
if "--no-rebuild" not in sys.argv:
    ref = tree_hash(HERE)
    for seed in ("0", "123"):
        tmp = tempfile.mkdtemp(prefix="twelfth-")
        for x in ("build.py", "values.py"):
            shutil.copy(os.path.join(HERE, x), tmp)
        shutil.copytree(os.path.join(HERE, "sources"), os.path.join(tmp, "sources"))
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-W", "ignore", os.path.join(tmp, "build.py")], env=env, check=True, capture_output=True)
        if tree_hash(tmp) != ref:
            fail(f"rebuild with PYTHONHASHSEED={seed} differs")
        shutil.rmtree(tmp)

print(f"{len(files)} planted files, {len(pos)} positives, {len(labels) - len(pos)} negatives, {len(rfiles)} real files")
if ERR:
    for e in ERR[:80]:
        print("FAIL", e)
    print(len(ERR), "failures")
    sys.exit(1)
print("all checks passed")
