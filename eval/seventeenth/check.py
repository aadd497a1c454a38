"""Label and format checks for the seventeenth set (stdlib + phonenumbers). Run after build.py; exits non-zero on failure."""
import hashlib, json, os, re, subprocess, sys, tempfile
import values as V

HERE = os.path.dirname(os.path.abspath(__file__))
PL, RE_ = os.path.join(HERE, "planted"), os.path.join(HERE, "real")
FAIL = []
SURF = {"property_name", "enum", "const", "pattern", "pattern_property", "default", "examples", "title", "description",
        "tool_name", "tool_description", "file_name", "metadata"}
CATS = {"PERSON", "US_SSN", "MRN", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "DATE_OF_BIRTH",
        "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID", "IP_ADDRESS", "URL", "SECRET"}
TOOLW = {"genkit-generate", "utcp-manual"}


def fail(msg):
    FAIL.append(msg)


def tree_hash(root):
    h = hashlib.sha256()
    for part in ("planted", "real"):
        for dp, dn, fn in sorted(os.walk(os.path.join(root, part))):
            dn.sort()
            for f in sorted(fn):
                p = os.path.join(dp, f)
                h.update(os.path.relpath(p, root).encode() + b"\0")
                h.update(open(p, "rb").read())
    return h.hexdigest()


def resolve(doc, ptr):
    cur, parent, last = doc, None, None
    for t in ptr.lstrip("/").split("/") if ptr else []:
        t = t.replace("~1", "/").replace("~0", "~")
        parent, last = cur, t
        cur = cur[int(t)] if isinstance(cur, list) else cur[t]
    return cur, parent, last


def strings(o, out):
    if isinstance(o, dict):
        for k, v in o.items():
            out.append(k); strings(v, out)
    elif isinstance(o, list):
        for v in o:
            strings(v, out)
    elif isinstance(o, str):
        out.append(o)
    return out


# ---- sources
for line in open(os.path.join(HERE, "sources", "MANIFEST.jsonl")):
    m = json.loads(line)
    for k in ("file", "repo", "commit", "path", "licence", "sha256", "source_sha256"):
        if not m.get(k):
            fail(f"manifest field {k} missing: {m}")
    if hashlib.sha256(open(os.path.join(HERE, m["file"]), "rb").read()).hexdigest() != m["sha256"]:
        fail(f"sha mismatch {m['file']}")
    if m["repo"] != "joke2k/faker" and not re.fullmatch(r"[0-9a-f]{40}", m["commit"]):
        fail(f"unpinned commit {m}")
    if m["repo"] == "joke2k/faker" and "40.63.0" not in m["commit"]:
        fail("faker release not named")
rules = {r["id"]: r for r in json.load(open(os.path.join(HERE, "sources", "rules", "gitleaks.subset.json")))}

# ---- planted files and labels
labels = [json.loads(l) for l in open(os.path.join(PL, "labels.jsonl"), encoding="utf-8")]
pfiles = sorted(os.path.relpath(os.path.join(dp, f), PL) for dp, _, fs in os.walk(PL) for f in fs if f.endswith(".json"))
rfiles = sorted(os.path.relpath(os.path.join(dp, f), RE_) for dp, _, fs in os.walk(RE_) for f in fs if f.endswith(".json"))
docs = {f: json.load(open(os.path.join(PL, f), encoding="utf-8")) for f in pfiles}
ids = [l["id"] for l in labels]
if len(set(ids)) != len(ids):
    fail("duplicate ids")
labelled = {l["file"] for l in labels}
for f in pfiles:
    if f not in labelled:
        fail(f"planted file without label {f}")
seen = {}
STANDALONE_NEVER = ("dob_", "zip", "mrn_", "dl_", "ssn_spaced", "ssn_plain", "card_plain", "hospital_account", "imei",
                    "abha", "secret_password")
for l in labels:
    for k in ("id", "file", "pointer", "surface", "category", "value", "kind", "placement", "base"):
        if k not in l:
            fail(f"{l.get('id')} lacks {k}")
    if l["file"] not in docs:
        fail(f"{l['id']} file missing"); continue
    if l["surface"] not in SURF:
        fail(f"{l['id']} bad surface")
    if l["category"] not in CATS | {"NONE"}:
        fail(f"{l['id']} bad category")
    if (l["placement"] == "none") != (l["category"] == "NONE"):
        fail(f"{l['id']} placement/none mismatch")
    doc, s, ptr, v = docs[l["file"]], l["surface"], l["pointer"], l["value"]
    wrapper = l["file"].split("/")[0]
    try:
        node, parent, last = resolve(doc, ptr)
    except Exception as e:
        fail(f"{l['id']} pointer does not resolve {ptr}"); continue
    if s == "file_name":
        text = os.path.basename(l["file"]); ok_shape = ptr == ""
    elif s in ("property_name", "pattern_property"):
        text = last
        ok_shape = ptr.rsplit("/", 2)[-2] == ("properties" if s == "property_name" else "patternProperties")
    else:
        text = node
        ok_shape = isinstance(node, str)
        tail = ptr.rsplit("/", 2)
        if s in ("enum", "examples"):
            ok_shape &= tail[-2] == s
        elif s in ("const", "default", "pattern", "title", "description"):
            ok_shape &= tail[-1] == s
            if s == "description":
                ok_shape &= tail[-2] != "tools" and re.search(r"/tools/\d+/description$", ptr) is None
        elif s == "metadata":
            ok_shape &= tail[-1] == "$comment"
        elif s in ("tool_name", "tool_description"):
            ok_shape &= wrapper in TOOLW and re.fullmatch(r"/tools/\d+/" + ("name" if s == "tool_name" else "description"), ptr) is not None
    if not ok_shape:
        fail(f"{l['id']} surface/pointer shape {s} {ptr}")
    if not isinstance(text, str) or v not in text:
        fail(f"{l['id']} value not in string at pointer: {v!r}")
    if "raw" in l:
        esc = "".join("\\" + c if c in ".^$*+?()[]{}|\\" else c for c in l["raw"])
        if esc != v:
            fail(f"{l['id']} raw does not escape to value")
    if s in ("pattern", "pattern_property"):
        try:
            rx = re.compile(text)
        except re.error:
            fail(f"{l['id']} regex does not compile")
        else:
            if s == "pattern" and l["category"] != "NONE" and not rx.fullmatch(text[1:-1].replace("\\", "") if False else re.sub(r"\\(.)", r"\1", text[1:-1])):
                fail(f"{l['id']} pattern does not match its own body")
            if s == "pattern_property" and l["category"] != "NONE":
                body = re.sub(r"^\^|\$$", "", text).replace("(_[a-z]+)?", "").replace("\\.[0-9]+", ".1")
                if not rx.fullmatch(body):
                    fail(f"{l['id']} regex key does not match its identifier")
    key = (l["file"], ptr, s if s in ("property_name", "file_name") else "")
    seen.setdefault(key, []).append(l)
for key, ls in seen.items():
    cats = [x["category"] for x in ls]
    if "NONE" in cats and len(ls) > 1:
        fail(f"pointer holds positive and negative {key}")
    if len(cats) != len(set(cats)):
        fail(f"pointer holds two labels of one category {key}")

# ---- tool names in planted and real
for root, fl in ((PL, pfiles), (RE_, rfiles)):
    for f in fl:
        d = json.load(open(os.path.join(root, f), encoding="utf-8"))
        if f.split("/")[0] in TOOLW:
            for t in d["tools"]:
                if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", t["name"]):
                    fail(f"bad tool name {f} {t['name']}")

# ---- formats
DIG = lambda s: re.sub(r"\D", "", s)
for l in labels:
    c, v, k = l["category"], l.get("raw", l["value"]), l["kind"]
    if c == "NONE":
        if l["kind"] == "reserved_placeholder":
            ok = ("555-01" in v or "example." in v or v.startswith(("203.0.113.", "198.51.100.", "2001:db8:")) or
                  v.startswith("00:00:5E:00:53") or v in ("000-00-0000", "XXX-XX-XXXX", "YOUR_SENDINBLUE_API_KEY",
                                                          "${FLY_API_TOKEN}", "11111111111111111", "NHC XXXXXXXX", "91-XXXX-XXXX-XXXX"))
            if not ok:
                fail(f"{l['id']} placeholder not reserved {v}")
        continue
    if l["placement"] == "no_cue" and any(k.startswith(p) or p in k for p in STANDALONE_NEVER):
        fail(f"{l['id']} no_cue for a cue-only form {k}")
    ok = True
    if c == "US_SSN":
        ok = V.ssn_ok(v)
    elif c == "PHONE_NUMBER":
        ok = V.phone_ok(v)
    elif c == "EMAIL_ADDRESS":
        ok = V.email_ok(v)
    elif c == "HEALTH_PLAN_ID":
        ok = V.mbi_ok(v) if k.startswith("mbi") else V.abha_ok(v)
    elif c == "ACCOUNT_NUMBER":
        ok = re.fullmatch(r"HAR\d{10}", v) is not None if k == "hospital_account" else (len(DIG(v)) == 16 and V.luhn_ok(DIG(v)) and DIG(v) not in V.TEST_CARDS)
    elif c == "DEVICE_ID":
        ok = (len(DIG(v)) == 15 and V.luhn_ok(DIG(v))) if "imei" in k else V.mac_ok(v)
    elif c == "VEHICLE_ID":
        ok = V.vin_ok(v)
    elif c == "IP_ADDRESS":
        ok = V.ip_ok(v)
    elif c == "ZIP_CODE":
        ok = re.fullmatch(r"(452|292)\d\d(-\d{4})?", v) is not None
    elif c == "DATE_OF_BIRTH":
        ys = re.findall(r"(19[3-9]\d|200\d|201[01])", v)
        ok = bool(ys)
    elif c == "MRN":
        ok = re.fullmatch(r"NHC \d{8}|GH-\d{4}-\d{6}|\d{9,10}", v) is not None
    elif c == "LICENSE_NUMBER":
        ok = re.fullmatch(r"GJ\d{2} ?\d{11}|\d{9}|\d{7}|[A-Z]\d{6}", v) is not None
    elif c == "URL":
        ok = re.fullmatch(r"https://(www\.)?(ketto\.org|milaap\.org|backabuddy\.co\.za|behance\.net|dribbble\.com)/\S+", v) is not None
    elif c == "SECRET":
        form = k[len("secret_"):]
        rid = V.secret_rule(form)
        if rid:
            ok = V.gitleaks_match(rules[rid], v)
        elif form == "pgurl":
            ok = re.fullmatch(r"postgresql://\w+:[A-Za-z0-9]{18}@\S+", v) is not None
        else:
            ok = len(v) >= 8
    elif c == "STREET_ADDRESS":
        ok = re.search(r"\d", v) is not None and ("," in v)
    elif c == "PERSON":
        ok = len(v) >= 5
    if not ok:
        fail(f"{l['id']} format check failed {c} {k} {v!r}")

# ---- real files
man = [json.loads(x) for x in open(os.path.join(RE_, "MANIFEST.jsonl"))]
if sorted(m["file"] for m in man) != rfiles:
    fail("real manifest does not list exactly the real files")
realtext = []
for f in rfiles:
    realtext.append(os.path.basename(f))
    strings(json.load(open(os.path.join(RE_, f), encoding="utf-8")), realtext)
blob = "\n".join(realtext)
for l in labels:
    if l["category"] != "NONE":
        for v in {l["value"], l.get("raw", l["value"])}:
            if v in blob:
                fail(f"{l['id']} positive value occurs in a real file")
pu = json.load(open(os.path.join(HERE, "planted_units.json")))
if set(pu["planted"]) & set(pu["real"]):
    fail("planted and real share a host unit")
if len(set(pu["planted"])) != len(pu["planted"]) or len(set(pu["real"])) != len(pu["real"]):
    fail("a unit is used twice")
real_units = [u for m in man for u in m["units"]]
if sorted(real_units) != sorted(pu["real"]):
    fail("real manifest units differ from planted_units.json")

# ---- determinism
here_hash = tree_hash(HERE)
for seed in ("0", "123"):
    with tempfile.TemporaryDirectory() as td:
        subprocess.run([sys.executable, os.path.join(HERE, "build.py"), "--out", td], check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        if tree_hash(td) != here_hash:
            fail(f"rebuild with PYTHONHASHSEED={seed} differs")

pos = [l for l in labels if l["category"] != "NONE"]
print(f"planted files {len(pfiles)}, real files {len(rfiles)}, positives {len(pos)}, hard negatives {len(labels) - len(pos)}")
print("tree sha256", here_hash)
if FAIL:
    print("\n".join(FAIL[:60]))
    print(f"FAILED: {len(FAIL)}")
    sys.exit(1)
print("all checks passed")
