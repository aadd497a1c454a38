#!/usr/bin/env python3
"""Label and format checks for the thirteenth set (stdlib + phonenumbers). Run after build.py.

Also rebuilds twice (PYTHONHASHSEED=0 and 123) into temporary copies and compares the trees byte for byte.
"""
import collections, hashlib, ipaddress, json, os, re, shutil, subprocess, sys, tempfile
import values as V

HERE = os.path.dirname(os.path.abspath(__file__))
PL, RE_ = os.path.join(HERE, "planted"), os.path.join(HERE, "real")
FAIL = []
TOOLNAME = re.compile(r"[A-Za-z0-9_-]{1,64}")
TOOL_PTR = re.compile(r"^(/tools/\d+|/init_parameters/tools/\d+/data|/targetConfiguration/mcp/lambda/toolSchema/inlinePayload/\d+)/(name|description)$")
NOT_STANDALONE = {"dob_", "ssn_spaced", "ssn_plain", "ssn_underscore_joined", "mrn_", "ee_isikukood", "mn_register",
                  "payer_member_id", "phone_us_dotted", "phone_us_dashed", "phone_us_digits_joined", "_national",
                  "address_us_line", "zip", "card_belcard_plain", "dl_", "imei_luhn", "eui64_system_id", "pump_serial",
                  "password_bare"}


def fail(msg):
    FAIL.append(msg)


def unesc(tok):
    return tok.replace("~1", "/").replace("~0", "~")


def resolve(doc, pointer):
    node, parent, key = doc, None, None
    for tok in pointer.split("/")[1:]:
        tok = unesc(tok)
        parent, key = node, tok
        if isinstance(node, list):
            node = node[int(tok)]
        else:
            node = node[tok]
    return node, parent, key


def tree_hash(root):
    h = hashlib.sha256()
    for d, _, fs in sorted(os.walk(root)):
        for f in sorted(fs):
            p = os.path.join(d, f)
            h.update(os.path.relpath(p, root).encode() + b"\0" + open(p, "rb").read())
    return h.hexdigest()


def rx_unescape(body):
    return re.sub(r"\\(.)", r"\1", body)


def check_sources():
    for line in open(os.path.join(HERE, "sources", "MANIFEST.jsonl")):
        m = json.loads(line)
        for k in ("file", "repo", "commit", "path", "licence", "sha256", "source_sha256"):
            if not m.get(k):
                fail(f"manifest field {k} missing: {m}")
        data = open(os.path.join(HERE, "sources", m["file"]), "rb").read()
        if hashlib.sha256(data).hexdigest() != m["sha256"]:
            fail(f"source sha256 differs: {m['file']}")
        if not re.fullmatch(r"[0-9a-f]{40}", m["commit"]):
            fail(f"commit not pinned: {m}")


def walk_strings(node, out):
    if isinstance(node, dict):
        for k, v in node.items():
            out.append(k)
            walk_strings(v, out)
    elif isinstance(node, list):
        for v in node:
            walk_strings(v, out)
    elif isinstance(node, str):
        out.append(node)


def tool_names(doc):
    names = []
    for key in ("tools",):
        for t in doc.get(key, []) if isinstance(doc.get(key), list) else []:
            names.append(t.get("name"))
    for t in (doc.get("init_parameters") or {}).get("tools", []) or []:
        names.append(t["data"]["name"])
    tc = (((doc.get("targetConfiguration") or {}).get("mcp") or {}).get("lambda") or {}).get("toolSchema")
    if tc:
        names += [t["name"] for t in tc["inlinePayload"]]
    return names


def main():
    check_sources()
    labels = [json.loads(l) for l in open(os.path.join(PL, "labels.jsonl"), encoding="utf-8")]
    files = sorted(os.path.relpath(os.path.join(d, f), PL) for d, _, fs in os.walk(PL) for f in fs if f.endswith(".json"))
    docs = {}
    for f in files:
        try:
            docs[f] = json.load(open(os.path.join(PL, f), encoding="utf-8"))
        except Exception as e:
            fail(f"parse {f}: {e}")
    by_file = collections.Counter(l["file"] for l in labels)
    for f in files:
        if not by_file[f]:
            fail(f"planted file without label: {f}")
        for n in tool_names(docs[f]):
            if not TOOLNAME.fullmatch(n or ""):
                fail(f"bad tool name {n!r} in {f}")
    ids = set()
    seen = collections.defaultdict(list)
    for l in labels:
        if l["id"] in ids:
            fail(f"duplicate id {l['id']}")
        ids.add(l["id"])
        if l["file"] not in docs:
            fail(f"label names missing file: {l}")
            continue
        doc, ptr, s, val = docs[l["file"]], l["pointer"], l["surface"], l["value"]
        seen[(l["file"], ptr, s if s in ("property_name", "file_name") else "")].append(l)
        try:
            if s == "file_name":
                if ptr != "":
                    fail(f"file_name pointer not empty: {l['id']}")
                text = os.path.basename(l["file"])
            elif s in ("property_name", "pattern_property"):
                node, parent, key = resolve(doc, ptr)
                text = key
                want = "/properties/" if s == "property_name" else "/patternProperties/"
                if want not in ptr or ptr.rsplit("/", 2)[-2] != want.strip("/"):
                    fail(f"key pointer shape {l['id']} {ptr}")
            else:
                text, parent, key = resolve(doc, ptr)
                if not isinstance(text, str):
                    fail(f"pointer not at a string: {l['id']}")
                    continue
                shape = {"enum": r"/enum/\d+$", "examples": r"/examples/\d+$", "const": r"/const$",
                         "default": r"/default$", "pattern": r"/pattern$", "title": r"/title$",
                         "description": r"/properties/[^/]+/description$",
                         "metadata": r"/(\$comment|x-[a-z-]+)$"}.get(s)
                if s in ("tool_name", "tool_description"):
                    m = TOOL_PTR.match(ptr)
                    if not m or m.group(2) != ("name" if s == "tool_name" else "description"):
                        fail(f"tool pointer shape {l['id']} {ptr}")
                elif not shape or not re.search(shape, ptr):
                    fail(f"surface/pointer mismatch {l['id']} {s} {ptr}")
        except (KeyError, IndexError, ValueError, TypeError) as e:
            fail(f"pointer does not resolve {l['id']} {ptr}: {e}")
            continue
        if val not in text:
            fail(f"value not at pointer {l['id']}: {val!r} not in {text!r}")
        if "raw" in l and rx_unescape(val) != l["raw"]:
            fail(f"raw does not escape to value {l['id']}")
        if s in ("pattern", "pattern_property"):
            try:
                rx = re.compile(text)
            except re.error as e:
                fail(f"regex does not compile {l['id']}: {e}")
                continue
            body = text[1:]
            lit = None
            for suf, add in (("(_[a-z]+)?$", ""), (r"\.[0-9]+$", ".1"), ("$", "")):
                if body.endswith(suf):
                    lit = rx_unescape(body[:-len(suf)]) + add
                    break
            if l["category"] != "NONE" and (lit is None or not rx.fullmatch(lit)):
                fail(f"regex does not match its literal {l['id']}")
        if l["category"] == "NONE":
            if l.get("placement") != "none":
                fail(f"negative placement {l['id']}")
            if l["kind"] == "reserved_placeholder":
                v = val
                ok = ("555-01" in v or "555 01" in v or "example." in v or v in ("000-00-0000", "XXX-XX-XXXX", "Mari Maasikas",
                      "11111111111111111", "MRN-XXXXXXX") or v.startswith(("<", "${", "hf_XXXX", "00-00-5E-00-53", "(01)00000000000000")))
                if re.fullmatch(r"\d+\.\d+\.\d+\.\d+(:\d+)?", v):
                    a = ipaddress.ip_address(v.split(":")[0])
                    ok = any(a in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"))
                if v.startswith("2001:db8"):
                    ok = True
                if not ok:
                    fail(f"placeholder not reserved {l['id']} {v}")
            continue
        if l.get("placement") not in ("key_cue", "text_cue", "no_cue"):
            fail(f"placement missing {l['id']}")
        raw = l.get("raw", val)
        if not V.validate(l["category"], raw, l["kind"]):
            fail(f"format rule fails {l['id']} {l['category']} {raw!r} {l['kind']}")
        if l["placement"] == "no_cue" and (any(k in l["kind"] for k in NOT_STANDALONE) or l["category"] == "DATE_OF_BIRTH"):
            fail(f"value that cannot stand alone planted without cue {l['id']} {l['kind']}")
    for key, ls in seen.items():
        cats = [l["category"] for l in ls]
        if "NONE" in cats and len(cats) > 1:
            fail(f"pointer holds positive and negative {key}")
        if len(set(cats)) != len(cats):
            fail(f"two labels of one category at {key}")
    # real files
    rman = [json.loads(l) for l in open(os.path.join(RE_, "MANIFEST.jsonl"), encoding="utf-8")]
    rfiles = sorted(os.path.relpath(os.path.join(d, f), RE_) for d, _, fs in os.walk(RE_) for f in fs if f.endswith(".json"))
    if sorted(m["file"] for m in rman) != rfiles:
        fail("real manifest does not list exactly the real files")
    planted_units = set(json.load(open(os.path.join(HERE, "planted_units.json"))))
    lab_units = {u for l in labels for u in l["base"].split(" + ")}
    if not lab_units <= planted_units:
        fail("label base not in planted_units.json")
    vals = {l.get("raw", l["value"]) for l in labels if l["category"] != "NONE"} | \
           {l["value"] for l in labels if l["category"] != "NONE"}
    for m in rman:
        if set(m["units"]) & planted_units:
            fail(f"real file shares a unit with planted: {m['file']}")
        text = open(os.path.join(RE_, m["file"]), encoding="utf-8").read()
        doc = json.loads(text)
        strings = []
        walk_strings(doc, strings)
        blob = "\n".join(strings) + "\n" + m["file"]
        for v in vals:
            if v in blob:
                fail(f"planted value {v!r} occurs in real file {m['file']}")
        for n in tool_names(doc):
            if not TOOLNAME.fullmatch(n or ""):
                fail(f"bad tool name {n!r} in real {m['file']}")
    # determinism
    h0 = tree_hash(PL) + tree_hash(RE_)
    for seed in ("0", "123"):
        tmp = tempfile.mkdtemp()
        try:
            for x in ("build.py", "values.py"):
                shutil.copy(os.path.join(HERE, x), tmp)
            os.symlink(os.path.join(HERE, "sources"), os.path.join(tmp, "sources"))
            subprocess.run([sys.executable, "build.py"], cwd=tmp, check=True, capture_output=True,
                           env={**os.environ, "PYTHONHASHSEED": seed})
            if tree_hash(os.path.join(tmp, "planted")) + tree_hash(os.path.join(tmp, "real")) != h0:
                fail(f"rebuild with PYTHONHASHSEED={seed} differs")
        finally:
            shutil.rmtree(tmp)
    # summary
    pos = [l for l in labels if l["category"] != "NONE"]
    print(f"planted files {len(files)}, real files {len(rfiles)}, positives {len(pos)}, negatives {len(labels) - len(pos)}")
    print("by category:", dict(sorted(collections.Counter(l['category'] for l in pos).items())))
    print("by surface:", dict(sorted(collections.Counter(l['surface'] for l in pos).items())))
    print("by placement:", dict(sorted(collections.Counter(l['placement'] for l in pos).items())))
    print("negatives:", dict(sorted(collections.Counter(l['kind'] for l in labels if l['category'] == 'NONE').items())))
    print("neg surfaces:", dict(sorted(collections.Counter(l['surface'] for l in labels if l['category'] == 'NONE').items())))
    print("by folder:", dict(sorted(collections.Counter(l['file'].split('/')[0] for l in pos).items())))
    print("tree sha256:", h0[:16])
    if FAIL:
        print(f"{len(FAIL)} FAILURES")
        for f in FAIL[:60]:
            print("  ", f)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
