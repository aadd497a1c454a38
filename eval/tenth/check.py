"""Label and format checks for the tenth set (stdlib + phonenumbers). Run after build.py."""
import datetime, hashlib, ipaddress, json, os, re, subprocess, sys, tempfile
import values as V

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []


def err(*a):
    ERR.append(" ".join(str(x) for x in a))


def unesc(t):
    return t.replace("~1", "/").replace("~0", "~")


def resolve(doc, ptr):
    if ptr == "":
        return doc
    cur = doc
    for tok in ptr.split("/")[1:]:
        tok = unesc(tok)
        cur = cur[int(tok)] if isinstance(cur, list) else cur[tok]
    return cur


def tree_hash(root):
    h = hashlib.sha256()
    for d in ("planted", "real"):
        for dp, _, fs in sorted(os.walk(os.path.join(root, d))):
            for f in sorted(fs):
                p = os.path.join(dp, f)
                h.update(os.path.relpath(p, root).encode() + b"\0" + open(p, "rb").read())
    h.update(open(os.path.join(root, "planted_units.json"), "rb").read())
    return h.hexdigest()


TOOL_NAME_PTR = [r"^/\d+/name$", r"^/tools/\d+/name$", r"^/\d+/function/name$", r"^/result/tools/\d+/name$", r"^/tools/0/functionDeclarations/\d+/name$"]
TOOL_DESC_PTR = [p.replace("name$", "description$") for p in TOOL_NAME_PTR]


def surface_ok(s, ptr):
    last = ptr.rsplit("/", 1)[-1] if ptr else ""
    par = ptr.rsplit("/", 2)[-2] if ptr.count("/") >= 2 else ""
    if s == "file_name":
        return ptr == ""
    if s == "property_name":
        return par == "properties"
    if s == "pattern_property":
        return par == "patternProperties"
    if s in ("enum", "examples"):
        return par == s and last.isdigit()
    if s in ("const", "default", "pattern", "title"):
        return last == s and par != "properties"
    if s == "description":
        return last == "description" and par != "properties" and not any(re.match(p, ptr) for p in TOOL_DESC_PTR)
    if s == "tool_name":
        return any(re.match(p, ptr) for p in TOOL_NAME_PTR)
    if s == "tool_description":
        return any(re.match(p, ptr) for p in TOOL_DESC_PTR)
    if s == "metadata":
        return last == "$comment" or last.startswith("x-") or ptr == "/metadata/user_id" or ptr.endswith("/annotations/title")
    return False


def date_ok(v):
    m = re.search(r"((19|20)\d\d)", v)
    if not m:
        return False
    nums = [int(x) for x in re.findall(r"\d+", v)]
    y = int(m.group(1))
    mon = None
    for i, nm in enumerate(__import__("build").MONTHS_PL + __import__("build").MONTHS_SV + __import__("build").MONTHS_EN3):
        if re.search(r"\b" + nm + r"\b", v):
            mon = i % 12 + 1
    digits = re.sub(r"\D", "", v)
    try:
        if mon:
            d = [n for n in nums if n != y][0]
            datetime.date(y, mon, d)
        elif len(digits) == 8 and digits.startswith(str(y)):
            datetime.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        elif len(digits) == 8:
            datetime.date(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
        else:
            rest = [n for n in nums if n != y]
            if v.startswith(str(y)):
                datetime.date(y, rest[0], rest[1])
            else:
                datetime.date(y, rest[1], rest[0])
    except (ValueError, IndexError):
        return False
    return 1900 < y < 2026


RULES = V.gitleaks_rules()
ZIP_PREFIXES = {p for a in V.US_AREAS.values() for p in a[2]}
URL_HOSTS = {re.match(r"https://([^/]+)/", t).group(1) for t in V.URL_HOSTS}


def fmt_ok(cat, kind, v):
    raw = v
    if cat == "PERSON":
        return bool(re.search(r"\w\w", raw)) and not re.search(r"\d", raw)
    if cat == "DATE_OF_BIRTH":
        return date_ok(raw)
    if cat == "US_SSN":
        return V.ssn_ok(raw)
    if cat == "PHONE_NUMBER":
        if kind == "phone_digits_joined":
            return V.phone_ok("+" + raw) or V.phone_ok(raw, "US")
        if kind.startswith("mobile"):
            return V.phone_ok(raw)
        d = re.sub(r"\D", "", raw)
        return V.phone_ok(raw, "US") and d[-10:-7] in V.US_AREAS and d[-7:-4] != "555"
    if cat == "EMAIL_ADDRESS":
        m = re.fullmatch(r"[a-z0-9._]+@([a-z0-9.-]+)", raw)
        return bool(m) and m.group(1) in V.EMAIL_DOMAINS
    if cat == "STREET_ADDRESS":
        if kind.startswith("street_us"):
            ok = any(f" {s}" in raw for s in V.SUFFIXES)
            if kind == "street_us_full":
                z = re.search(r"(\d{5})$", raw)
                ok = ok and bool(z) and z.group(1)[:3] in ZIP_PREFIXES
            return ok
        return bool(re.search(r"\d", raw) and re.search(r"[A-Za-z]{3}", raw))
    if cat == "ZIP_CODE":
        return bool(re.fullmatch(r"\d{5}([-_]\d{4})?", raw)) and raw[:3] in ZIP_PREFIXES
    if cat == "MRN":
        return bool(re.fullmatch(r"UR\d{7}|RKN\d{8}|P\d{7}-?\d|JN-?(20[012]\d)/?\d{5}|H\d{7}|\d{7}", raw))
    if cat == "HEALTH_PLAN_ID":
        if "mbi" in kind:
            return V.mbi_ok(raw)
        if "nhs" in kind:
            return V.nhs_ok(raw)
        if "au_medicare" in kind:
            return V.au_medicare_ok(raw)
        if "ohip" in kind:
            return V.ohip_ok(raw) and bool(re.search(r"[A-Z]{2}$", raw))
        return bool(re.fullmatch(r"\d{9}[A-K]", raw))
    if cat == "ACCOUNT_NUMBER":
        if kind.startswith("iban"):
            return V.iban_ok(raw)
        if kind.startswith("card"):
            d = re.sub(r"\D", "", raw)
            return V.luhn_ok(d) and any(d.startswith(p) and len(d) == L for p, L in V.CARD_PREFIXES.values())
        if kind.startswith("aba"):
            a = re.split(r"[ /_]+", raw)
            return V.aba_ok(a[0]) and a[1].isdigit()
        return False
    if cat == "LICENSE_NUMBER":
        pats = {"ab": r"\d{6}-?\d{3}", "sk": r"\d{8}", "ns": r"[A-Z]{5}\d{9}", "nl": r"[A-Z]\d{9}", "mb": r"[A-Z]{2}-?[A-Z]{2}-?[A-Z]{2}-?\d{3}[A-Z]{2}",
                "kr": r"\d{2}-?\d{2}-?\d{6}-?\d{2}", "pl": r"\d{5}/?\d{2}/?\d{4}", "in": r"MH\d{2} ?\d{11}"}
        st = kind.split("_")[1]
        return bool(re.fullmatch(pats[st], raw))
    if cat == "VEHICLE_ID":
        return V.vin_ok(raw) and raw[:3] in V.WMIS
    if cat == "DEVICE_ID":
        if "imei" in kind:
            return len(raw) == 15 and raw.isdigit() and V.luhn_ok(raw)
        if "mac" in kind:
            h = re.sub(r"[^0-9A-Fa-f]", "", raw)
            return len(h) == 12 and int(h[:2], 16) & 1 == 0 and not re.search(r"[g-zG-Z]", raw)
        if "udi" in kind:
            m = re.fullmatch(r"\(?01\)?(\d{14})\(?17\)?(\d{6})\(?21\)?([A-Z0-9]{8})", raw)
            return bool(m) and V.gtin_check(m.group(1)[:13]) == m.group(1)[13]
        return bool(re.fullmatch(r"(RNG|PJK|QVM)\d{6}[HSN]", raw))
    if cat == "IP_ADDRESS":
        s = raw
        if kind == "ip_joined":
            s = s.replace("_", "." if s.count("_") == 3 and all(p.isdigit() for p in s.split("_")) else ":")
        m = re.fullmatch(r"\[([0-9a-f:]+)\]:\d+", s)
        if m:
            s = m.group(1)
        elif re.fullmatch(r"[\d.]+:\d+", s):
            s = s.split(":")[0]
        return V.ip_ok(s)
    if cat == "URL":
        m = re.match(r"https://([^/]+)/", raw)
        return bool(m) and m.group(1) in URL_HOSTS
    if cat == "SECRET":
        if kind == "password":
            return len(raw) >= 12
        if kind == "ftp-url-password":
            return bool(re.fullmatch(r"ftp://[a-z_]+:[A-Za-z0-9]{14}@[a-z0-9.-]+/\w+", raw))
        return bool(RULES[kind].search(raw + " "))
    return False


NEVER_NOCUE = ("dob_", "ssn_plain", "ssn_spaced", "zip", "mrn_", "dl_", "device_imei", "device_udi", "device_implant", "hp_nhs", "hp_au",
               "hp_ohip", "hp_msis", "aba", "password", "us_dots1", "us_slash", "us_plain", "street_us_line", "card_UATP", "card_Verve")


def placeholder_ok(v):
    if re.search(r"\b555[-. ]?01\d\d\b", v.replace("(", "").replace(")", "")):
        return True
    if re.search(r"@example\.(com|org|net)$", v) or "https://example.net/" in v:
        return True
    for tok in re.findall(r"[0-9a-f:.]{7,}", v):
        try:
            a = ipaddress.ip_address(tok)
            if any(a in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")):
                return True
        except ValueError:
            pass
    if v in ("000-00-0000", "XXX-XX-XXXX", "YOUR_HF_TOKEN", "<SNYK_API_TOKEN>", "Jan Kowalski", "Jan Novák", "UR-0000000"):
        return True
    if re.fullmatch(r"PL00( 0000){6}", v):
        return True
    return False


def main(rebuild=True):
    # sources
    for line in open(os.path.join(HERE, "sources/MANIFEST.jsonl")):
        m = json.loads(line)
        for k in ("repo", "commit", "path", "licence", "sha256"):
            if not m.get(k):
                err("manifest field", k, m.get("file"))
        if hashlib.sha256(open(os.path.join(HERE, "sources", m["file"]), "rb").read()).hexdigest() != m["sha256"]:
            err("source sha", m["file"])
    labels = [json.loads(l) for l in open(os.path.join(HERE, "planted/labels.jsonl"), encoding="utf-8")]
    files = {}
    for dp, _, fs in os.walk(os.path.join(HERE, "planted")):
        for f in fs:
            if f.endswith(".json"):
                rel = os.path.relpath(os.path.join(dp, f), os.path.join(HERE, "planted"))
                files[rel] = json.load(open(os.path.join(dp, f), encoding="utf-8"))
    if set(l["file"] for l in labels) != set(files):
        err("planted files without labels or labels without files")
    seen = {}
    for l in labels:
        for k in ("id", "file", "pointer", "surface", "category", "value", "kind", "placement", "base"):
            if k not in l:
                err("missing field", k, l.get("id"))
        doc = files.get(l["file"])
        s, ptr, v = l["surface"], l["pointer"], l["value"]
        if not surface_ok(s, ptr):
            err("surface/pointer", l["id"], s, ptr)
        if s == "file_name":
            target = os.path.basename(l["file"])
        elif s in ("property_name", "pattern_property"):
            target = unesc(ptr.rsplit("/", 1)[-1])
            try:
                resolve(doc, ptr)
            except Exception:
                err("unresolved", l["id"])
        else:
            try:
                target = resolve(doc, ptr)
            except Exception:
                err("unresolved", l["id"], ptr)
                continue
        if not isinstance(target, str) or v not in target:
            err("value not in string", l["id"])
            continue
        if "raw" in l and re.escape(l["raw"]) != v:
            err("raw escape", l["id"])
        if s in ("pattern", "pattern_property"):
            try:
                rx = re.compile(target)
                lit = l.get("raw", v)
                probe = re.sub(r"\\(.)", r"\1", target).lstrip("^").rstrip("$")
                probe = probe.replace("(_[a-z]+)?", "").replace(".[0-9]+", ".7")
                if l["category"] != "NONE" and not rx.search(probe):
                    err("regex does not match its literal", l["id"])
                if l["category"] != "NONE" and lit not in probe:
                    err("literal not in regex", l["id"])
            except re.error:
                err("regex compile", l["id"])
        key = (l["file"], ptr, s in ("property_name", "pattern_property", "file_name"))
        seen.setdefault(key, []).append(l)
        if l["category"] == "NONE":
            if l["placement"] != "none":
                err("HN placement", l["id"])
            if l["kind"] == "reserved_placeholder" and not placeholder_ok(v):
                err("placeholder not reserved", l["id"])
            continue
        if l["placement"] not in ("key_cue", "text_cue", "no_cue"):
            err("placement", l["id"])
        fv = l.get("raw", v)
        if not fmt_ok(l["category"], l["kind"], fv):
            err("format", l["id"], l["category"], l["kind"])
        if l["placement"] == "no_cue":
            if l["kind"].startswith(NEVER_NOCUE) or l["category"] in ("DATE_OF_BIRTH", "ZIP_CODE", "MRN", "LICENSE_NUMBER") or \
               (l["kind"].endswith("_joined") and l["kind"] not in ("snake_joined", "camel_joined", "pascal_joined", "kebab_joined", "screaming_joined", "vin_joined", "iban_joined", "hp_mbi_joined", "hp_mbi_dashed_joined")):
                err("no_cue on a value that cannot stand alone", l["id"], l["kind"])
    for k, ls in seen.items():
        cats = [l["category"] for l in ls]
        if "NONE" in cats and len(cats) > 1:
            err("positive and negative share a pointer", k)
        if len(cats) != len(set(cats)):
            err("two labels of one category at a pointer", k)
    # tool names
    for root in ("planted", "real"):
        for dp, _, fs in os.walk(os.path.join(HERE, root)):
            for f in fs:
                if not f.endswith(".json") or f == "labels.jsonl":
                    continue
                doc = json.load(open(os.path.join(dp, f), encoding="utf-8"))
                txt = json.dumps(doc)
                for m in re.finditer(r'"name": "([^"]*)"', json.dumps(doc)):
                    pass
                def walk_tools(d):
                    if isinstance(d, dict):
                        for k in ("tools", "functionDeclarations"):
                            pass
                lst = []
                if isinstance(doc, list):
                    lst = [t.get("function", t) for t in doc]
                elif "result" in doc:
                    lst = doc["result"]["tools"]
                elif "tools" in doc:
                    lst = doc["tools"][0]["functionDeclarations"] if "functionDeclarations" in doc["tools"][0] else doc["tools"]
                for t in lst:
                    if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", t["name"]):
                        err("tool name", root, f, t["name"])
    # real manifest
    rman = [json.loads(l) for l in open(os.path.join(HERE, "real/MANIFEST.jsonl"))]
    rfiles = set()
    for dp, _, fs in os.walk(os.path.join(HERE, "real")):
        for f in fs:
            if f.endswith(".json"):
                rfiles.add(os.path.relpath(os.path.join(dp, f), os.path.join(HERE, "real")))
    if rfiles != {m["file"] for m in rman}:
        err("real manifest mismatch")
    pu = {tuple(u) for u in json.load(open(os.path.join(HERE, "planted_units.json")))}
    for m in rman:
        for u in m["units"]:
            if tuple(u) in pu:
                err("real shares a unit with planted", m["file"], u)
    realtext = "".join(open(os.path.join(HERE, "real", f), encoding="utf-8").read() for f in sorted(rfiles))
    realtext += "".join(rf for rf in rfiles)
    for l in labels:
        if l["category"] != "NONE" and l.get("raw", l["value"]) in realtext:
            err("planted value occurs in real files", l["id"])
    if rebuild:
        mine = tree_hash(HERE)
        for hs in ("0", "123"):
            with tempfile.TemporaryDirectory() as td:
                env = dict(os.environ, PYTHONHASHSEED=hs)
                subprocess.run([sys.executable, os.path.join(HERE, "build.py"), td], check=True, env=env, cwd=HERE)
                if tree_hash(td) != mine:
                    err("rebuild differs with PYTHONHASHSEED", hs)
    n_pos = sum(1 for l in labels if l["category"] != "NONE")
    print(f"{len(files)} planted files, {n_pos} positives, {len(labels) - n_pos} hard negatives, {len(rfiles)} real files")
    if ERR:
        print("\n".join(ERR[:80]))
        print(f"FAILED: {len(ERR)} problems")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main(rebuild="--no-rebuild" not in sys.argv)
