"""Label and format checks for the fifteenth set (stdlib + phonenumbers). Run after build.py."""
import glob, hashlib, json, os, re, subprocess, sys, tempfile
import values as V

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []


def err(*a):
    ERR.append(" ".join(str(x) for x in a))


def tree_hash(root):
    h = []
    for part in ("planted", "real"):
        for p in sorted(glob.glob(os.path.join(root, part, "**", "*"), recursive=True)):
            if os.path.isfile(p):
                h.append("%s  %s\n" % (hashlib.sha256(open(p, "rb").read()).hexdigest(), os.path.relpath(p, root)))
    return hashlib.sha256("".join(h).encode()).hexdigest()


def resolve(doc, ptr):
    cur = doc
    if ptr == "":
        return cur
    for t in ptr.split("/")[1:]:
        t = t.replace("~1", "/").replace("~0", "~")
        cur = cur[int(t)] if isinstance(cur, list) else cur[t]
    return cur


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

TOOL_NAME = [r"^/tools/\d+/name$", r"^/tools/\d+/metadata/name$", r"^/function_tools/\d+/name$", r"^/methods/\d+/name$"]
TOOL_DESC = [p.replace("name$", "description$") for p in TOOL_NAME]
NEVER_ALONE = {"DATE_OF_BIRTH", "ZIP_CODE", "MRN", "LICENSE_NUMBER"}
RESERVED_OK = [r"555-01\d\d", r"5550[01]\d\d", r"@example\.(com|org|net)$", r"^(192\.0\.2|198\.51\.100|203\.0\.113)\.",
               r"^2001:db8:", r"^000-00-0000$", r"^XXX-XX-XXXX$", r"^<[A-Z_]+>$", r"^\$\{[A-Z_]+\}$", r"^1{17}$",
               r"^https://example\.org/", r"^MRN-X+$", r"^00:00:5E:00:53:[0-9A-F]{2}$"]


def check_format(l, rules):
    c, k, v = l["category"], l["kind"], l.get("raw", l["value"])
    j = l["surface"] in ("property_name", "pattern_property", "tool_name", "file_name")
    if c == "US_SSN":
        return V.valid_ssn(v)
    if c == "HEALTH_PLAN_ID":
        if k.startswith("mbi"):
            return V.valid_mbi(v)
        if k.startswith("lu"):
            return V.valid_lu_matricule(re.sub(r"^urn:schac:personalUniqueID:lu:CNS:", "", v))
        if k.startswith("lv_pk"):
            return V.valid_lv_pk(v)
    if c == "PHONE_NUMBER":
        if j:
            return V.valid_phone("+" + v, None)
        reg = k.rsplit("_", 1)[-1] if "mobile" in k else "US"
        return V.valid_phone(v, reg)
    if c == "ACCOUNT_NUMBER":
        if k.startswith("card"):
            d = v.replace(" ", "")
            return V.luhn_ok(d) and len(d) == 16 and d not in V.TEST_PANS
        if k.startswith("ach_pair"):
            return V.valid_aba(re.search(r"routing (\d{9})", v).group(1))
        return bool(re.fullmatch(r"HAR\d{9}", v))
    if c == "DEVICE_ID":
        if k.startswith("imei"):
            d = v.replace(" ", "")
            return len(d) == 15 and V.luhn_ok(d)
        hx = re.sub(r"[^0-9A-Fa-f]", "", v)
        return len(hx) == 12 and int(hx[:2], 16) & 3 == 0
    if c == "VEHICLE_ID":
        return V.valid_vin(v) and v[:3] in V.WMIS
    if c == "IP_ADDRESS":
        return V.valid_ip(v.replace("_", ".") if j else v)
    if c == "ZIP_CODE":
        return bool(re.fullmatch(r"\d{5}([-_]\d{4})?", v)) and v[:3] in {p for _, _, p in V.US_NPA.values()}
    if c == "DATE_OF_BIRTH":
        return bool(re.search(r"\d", v))
    if c == "EMAIL_ADDRESS":
        return v.split("@")[1] in V.DOMAINS
    if c == "URL":
        if "orcid.org/" in v:
            return V.valid_orcid(v.rsplit("/", 1)[1])
        return v.startswith("https://")
    if c == "SECRET":
        rid = V.RULE_OF.get(k)
        if rid:
            return bool(rules[rid].search(v))
        if k == "secret_redis_url":
            return bool(re.fullmatch(r"redis://default:[A-Za-z0-9]{20}@cache-\d\.internal:6379/0", v))
        return len(v) >= 10
    if c == "STREET_ADDRESS":
        return bool(re.search(r"\d", v))
    if c in ("PERSON", "MRN", "LICENSE_NUMBER"):
        return len(v) >= 4
    return False


def main():
    # sources
    for line in open(os.path.join(HERE, "sources", "MANIFEST.jsonl")):
        m = json.loads(line)
        for k in ("file", "repo", "commit", "path", "licence", "sha256", "source_sha256"):
            if not m.get(k):
                err("manifest field", k, m.get("file"))
        if hashlib.sha256(open(os.path.join(HERE, "sources", m["file"]), "rb").read()).hexdigest() != m["sha256"]:
            err("source sha256", m["file"])
        if "faker" not in m["repo"] and not re.fullmatch(r"[0-9a-f]{40}", m["commit"]):
            err("commit not pinned", m["file"])
    rules = {r["id"]: V.rule_regex(r) for r in json.load(open(os.path.join(HERE, "sources/rules/gitleaks.subset.json")))}
    labels = [json.loads(l) for l in open(os.path.join(HERE, "planted", "labels.jsonl"), encoding="utf-8")]
    pfiles = sorted(os.path.relpath(p, os.path.join(HERE, "planted")) for p in glob.glob(os.path.join(HERE, "planted", "*", "*.json")))
    docs = {}
    for f in pfiles:
        docs[f] = json.load(open(os.path.join(HERE, "planted", f), encoding="utf-8"))
    ids = set()
    per_file = {}
    seen_ptr = {}
    for l in labels:
        if l["id"] in ids:
            err("dup id", l["id"])
        ids.add(l["id"])
        f = l["file"]
        if f not in docs:
            err("label names missing file", l["id"]); continue
        per_file[f] = per_file.get(f, 0) + 1
        s, p, v = l["surface"], l["pointer"], l["value"]
        try:
            if s == "file_name":
                if p != "":
                    err("file_name pointer", l["id"])
                target = os.path.basename(f)
            elif s in ("property_name", "pattern_property"):
                par, key = p.rsplit("/", 1)
                key = key.replace("~1", "/").replace("~0", "~")
                if key not in resolve(docs[f], par):
                    err("key missing", l["id"])
                target = key
                if not par.endswith("/properties" if s == "property_name" else "/patternProperties"):
                    err("key surface shape", l["id"])
            else:
                target = resolve(docs[f], p)
                if not isinstance(target, str):
                    err("pointer not a string", l["id"]); continue
        except (KeyError, IndexError, ValueError) as e:
            err("pointer does not resolve", l["id"], p, e); continue
        if v not in target:
            err("value not at pointer", l["id"], repr(v), repr(target)[:80])
        shape = {"enum": r"/enum/\d+$", "examples": r"/examples/\d+$", "const": r"/const$", "default": r"/default$",
                 "pattern": r"/pattern$", "title": r"/title$", "description": r"/properties/[^/]+/description$",
                 "metadata": r"/(\$comment|x-[^/]+)$"}
        if s in shape and not re.search(shape[s], p):
            err("surface shape", l["id"], s, p)
        if s == "tool_name" and not any(re.match(x, p) for x in TOOL_NAME):
            err("tool_name shape", l["id"], p)
        if s == "tool_description" and not any(re.match(x, p) for x in TOOL_DESC):
            err("tool_description shape", l["id"], p)
        if "raw" in l and re.escape(l["raw"]) != v:
            err("raw does not escape to value", l["id"])
        if s in ("pattern", "pattern_property"):
            try:
                rx = re.compile(target)
            except re.error:
                err("regex does not compile", l["id"]); continue
            if l["category"] != "NONE":
                lit = l.get("raw", v)
                if s == "pattern_property":
                    ident = re.split(r"\(|\$|\\\.", target[1:])[0]
                    ok = lit in ident and any(rx.fullmatch(x) for x in (ident, ident + "_a", ident + ".1"))
                else:
                    unesc = re.sub(r"\\(.)", r"\1", target[1:-1])
                    ok = bool(rx.fullmatch(unesc)) and lit in unesc
                if not ok:
                    err("regex does not match its literal", l["id"])
        key = (f, p, s in ("property_name", "file_name"))
        for other in seen_ptr.get(key, []):
            if other["category"] == l["category"] or "NONE" in (other["category"], l["category"]):
                err("pointer clash", l["id"], other["id"])
        seen_ptr.setdefault(key, []).append(l)
        if l["category"] == "NONE":
            if l["placement"] != "none":
                err("negative placement", l["id"])
            if l["kind"] == "reserved_placeholder" and not any(re.search(x, v) for x in RESERVED_OK):
                err("placeholder not reserved", l["id"], v)
            continue
        if not check_format(l, rules):
            err("format", l["id"], l["category"], l["kind"], v)
        if l["placement"] == "no_cue" and (l["category"] in NEVER_ALONE or l["kind"] in (
                "ssn_plain", "ssn_spaced", "card_plain", "ach_pair", "hospital_account", "imei", "imei_spaced",
                "secret_password", "addr_us_line", "edifact_nad", "dob_edifact", "phone_us_dashed",
                "phone_national_mobile") or l["kind"].startswith(("phone_national", "lu_", "lv_pk"))):
            err("value cannot stand alone but is no_cue", l["id"], l["kind"])
        if l["placement"] not in ("key_cue", "text_cue", "no_cue"):
            err("placement", l["id"])
    for f in pfiles:
        if not per_file.get(f):
            err("planted file without labels", f)
    # tool names
    for part in ("planted", "real"):
        for p in glob.glob(os.path.join(HERE, part, "*", "*.json")):
            d = json.load(open(p, encoding="utf-8"))
            for pat in TOOL_NAME:
                pass
            names = []
            if isinstance(d, dict):
                for t in d.get("tools", []):
                    names.append(t.get("name") or t.get("metadata", {}).get("name"))
                names += [t["name"] for t in d.get("function_tools", [])] + [m["name"] for m in d.get("methods", [])]
            for n in names:
                if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", n):
                    err("tool name", part, p, n)
    # real manifest, leakage, unit disjointness
    rfiles = sorted(os.path.relpath(p, os.path.join(HERE, "real")) for p in glob.glob(os.path.join(HERE, "real", "*", "*.json")))
    man = [json.loads(l) for l in open(os.path.join(HERE, "real", "MANIFEST.jsonl"), encoding="utf-8")]
    if sorted(m["file"] for m in man) != rfiles:
        err("real manifest does not list exactly the real files")
    pos_vals = set()
    for l in labels:
        if l["category"] != "NONE":
            pos_vals.add(l["value"]); pos_vals.add(l.get("raw", l["value"]))
    for f in rfiles:
        text = strings(json.load(open(os.path.join(HERE, "real", f), encoding="utf-8")), [os.path.basename(f)])
        blob = "\n".join(text)
        for v in pos_vals:
            if v in blob:
                err("planted value in real file", f, v)
    u = json.load(open(os.path.join(HERE, "planted_units.json")))
    if set(u["planted"]) & set(u["real"]):
        err("planted and real share units", sorted(set(u["planted"]) & set(u["real"]))[:3])
    if len(set(u["real"])) != len(u["real"]) or len(set(u["planted"])) != len(u["planted"]):
        err("a unit is used twice")
    # determinism
    h0 = tree_hash(HERE)
    for seed in ("0", "123"):
        with tempfile.TemporaryDirectory() as td:
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, os.path.join(HERE, "build.py"), td], check=True, env=env)
            if tree_hash(td) != h0:
                err("rebuild differs under PYTHONHASHSEED", seed)
    pos = sum(1 for l in labels if l["category"] != "NONE")
    print("planted files %d, real files %d, positives %d, hard negatives %d" % (len(pfiles), len(rfiles), pos, len(labels) - pos))
    print("tree sha256", h0)
    if ERR:
        print("\n".join(ERR[:80]))
        print("FAILED: %d problems" % len(ERR))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
