#!/usr/bin/env python3
"""Checks for the eighteenth set (stdlib + phonenumbers through values.py). Run after build.py.

Also rebuilds twice (PYTHONHASHSEED=0 and 123) and compares the tree hash.
"""
import datetime, hashlib, ipaddress, json, os, re, subprocess, sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import values as V  # noqa: E402
import build as B  # noqa: E402

PLANTED, REAL, SRC = HERE / "planted", HERE / "real", HERE / "sources"
ERR = []


def err(msg):
    ERR.append(msg)


def unesc(t):
    return t.replace("~1", "/").replace("~0", "~")


def resolve(doc, ptr):
    node = doc
    for t in [unesc(x) for x in ptr.split("/")[1:]] if ptr else []:
        node = node[int(t)] if isinstance(node, list) else node[t]
    return node


def tree_hash():
    h = hashlib.sha256()
    for p in sorted(list(PLANTED.rglob("*")) + list(REAL.rglob("*"))):
        if p.is_file():
            h.update(p.relative_to(HERE).as_posix().encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


SHAPE = {
    "enum": r"/enum/\d+$", "examples": r"/examples/\d+$", "const": r"/const$", "default": r"/default$",
    "pattern": r"/pattern$", "title": r"/properties/[^/]+/title$", "description": r"/properties/[^/]+/description$",
    "metadata": r"/(\$comment|x-[A-Za-z0-9-]+)$", "property_name": r"/properties/[^/]+$",
    "pattern_property": r"/patternProperties/[^/]+$", "tool_name": r"^/tools/0(/function)?/name$",
    "tool_description": r"^/tools/0(/function)?/description$", "file_name": r"^$",
}
RESERVED_OK = [
    lambda s: s.endswith(("@example.org", "@example.net", "@example.com")),
    lambda s: re.search(r"555-01\d\d$", s) is not None,
    lambda s: s in ("000-00-0000", "XXX-XX-XXXX", "YOUR_ACCESS_TOKEN", "1EG4-TE5-MK73", "00:00:5E:00:53:01"),
    lambda s: s.startswith("https://portal.example.com/"),
    lambda s: _doc_ip(s),
]


def _doc_ip(s):
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    return any(ip in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
                                                         "2001:db8::/32"))


def value_ok(l):
    c, v, k = l["category"], l.get("raw", l["value"]), l["kind"]
    if c == "US_SSN":
        parts = re.split(r"[-_ ]", v)
        return len(parts) == 3 and V.ssn_ok(*parts)
    if c == "PHONE_NUMBER":
        return V.phone_ok(v)
    if c == "VEHICLE_ID":
        return V.vin_ok(v)
    if c == "ACCOUNT_NUMBER":
        s = v.replace(" ", "")
        if k == "card":
            return len(s) == 16 and V.luhn_ok(s)
        if k == "iban":
            return V.iban_ok(s)
        return re.fullmatch(r"PCN\d{9}", s) is not None
    if c == "DEVICE_ID":
        if k == "imei":
            s = v.replace("_", "")
            return len(s) == 15 and V.luhn_ok(s)
        if k == "udi":
            g = re.search(r"\d{14}", v).group(0)
            return V.gtin_ok(g)
        if k == "mac":
            first = int(re.split(r"[:-]", v)[0], 16)
            return first & 3 == 0
        return True
    if c == "HEALTH_PLAN_ID":
        s = v.replace("-", "")
        return V.MBI_RE.match(s) is not None if k.startswith("mbi") else re.fullmatch(r"[A-Z]{3}\d{9}", s) is not None
    if c == "IP_ADDRESS":
        return V.ip_ok(v)
    if c == "EMAIL_ADDRESS":
        return v.split("@")[1] in B.EMAIL_DOMAINS
    if c == "DATE_OF_BIRTH":
        digits = re.sub(r"\D", "", v)
        for fmt in ("%Y-%m-%d", "%Y%m%d", "%d.%m.%Y", "%d %B %Y", "%m/%d/%Y", "%Y_%m_%d"):
            try:
                d = datetime.datetime.strptime(v, fmt).date()
                return 1900 < d.year < 2010
            except ValueError:
                pass
        return False
    if c == "ZIP_CODE":
        return re.fullmatch(r"\d{5}([-_]\d{4})?", v) is not None
    return True


def main():
    # sources
    man = B.load_sources()
    # planted
    labels = [json.loads(l) for l in (PLANTED / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = Counter(l["id"] for l in labels)
    if any(n > 1 for n in ids.values()):
        err("duplicate ids")
    pfiles = sorted(p.relative_to(PLANTED).as_posix() for p in PLANTED.rglob("*.json"))
    docs = {}
    for f in pfiles:
        try:
            docs[f] = json.loads((PLANTED / f).read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f"parse {f}: {e}")
    labelled = {l["file"] for l in labels}
    for f in pfiles:
        if f not in labelled:
            err(f"unlabelled planted file {f}")
    at = defaultdict(list)
    for l in labels:
        if l["file"] not in docs:
            err(f"{l['id']}: no file {l['file']}")
            continue
        at[(l["file"], l["pointer"], l["surface"] in ("property_name", "file_name"))].append(l)
        s, p = l["surface"], l["pointer"]
        if not re.search(B_SHAPE(s), p):
            err(f"{l['id']}: surface {s} does not fit pointer {p}")
        if s == "file_name":
            text = l["file"].rsplit("/", 1)[-1]
        else:
            try:
                node = resolve(docs[l["file"]], p)
            except Exception:  # noqa: BLE001
                err(f"{l['id']}: pointer does not resolve: {p}")
                continue
            if s in ("property_name", "pattern_property"):
                text = unesc(p.rsplit("/", 1)[-1])
                if not isinstance(node, dict):
                    err(f"{l['id']}: key entry is not an object")
            else:
                text = node
        if not isinstance(text, str) or l["value"] not in text:
            err(f"{l['id']}: value {l['value']!r} not in string at pointer")
        if "raw" in l:
            if B.esc(l["raw"]) != l["value"]:
                err(f"{l['id']}: raw does not escape to value")
            rx = text
            try:
                if not re.search(rx, l["raw"]):
                    err(f"{l['id']}: regex does not match its raw value")
            except re.error as e:
                err(f"{l['id']}: regex error {e}")
        if s == "pattern" and l["category"] == "NONE":
            re.compile(text)
        if l["category"] != "NONE":
            if not value_ok(l):
                err(f"{l['id']}: value fails its format rule ({l['category']}/{l['kind']}): {l['value']!r}")
            if l["placement"] == "no_cue" and l["category"] not in B.STANDALONE:
                err(f"{l['id']}: {l['category']} placed without a cue")
        elif l["kind"] == "reserved_placeholder":
            if not any(f(l["value"]) for f in RESERVED_OK):
                err(f"{l['id']}: placeholder not reserved: {l['value']}")
    for key, ls in at.items():
        cats = Counter(l["category"] for l in ls)
        if "NONE" in cats and len(cats) > 1:
            err(f"positive and negative at one pointer: {key}")
        if any(n > 1 for n in cats.values()) and "NONE" not in cats:
            err(f"two labels of one category at {key}")
    # tool names, planted and real
    def tool_names(doc):
        out = []
        if isinstance(doc, dict) and isinstance(doc.get("tools"), list):
            for t in doc["tools"]:
                t = t.get("function", t)
                out.append(t.get("name"))
        return out
    for f, d in docs.items():
        for n in tool_names(d):
            if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", n or ""):
                err(f"bad tool name in {f}: {n}")
    # real
    rman = [json.loads(l) for l in (REAL / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    rfiles = sorted(p.relative_to(REAL).as_posix() for p in REAL.rglob("*.json"))
    if sorted(m["file"] for m in rman) != rfiles:
        err("real manifest does not list exactly the real files")
    real_text = ""
    for m in rman:
        b = (REAL / m["file"]).read_bytes()
        if hashlib.sha256(b).hexdigest() != m["sha256"]:
            err(f"real file changed: {m['file']}")
        json.loads(b)
        real_text += b.decode("utf-8")
    for l in labels:
        if l["category"] != "NONE" and l.get("raw", l["value"]) in real_text:
            err(f"{l['id']}: planted value occurs in a real file")
    host_paths = {l["base"].split(":", 1)[1] for l in labels}
    real_paths = {m["path"] for m in rman if m["repo"] == "ga4gh-beacon/beacon-v2"}
    if host_paths & real_paths:
        err(f"hosts and real files share units: {sorted(host_paths & real_paths)}")
    # counts
    pos = [l for l in labels if l["category"] != "NONE"]
    neg = [l for l in labels if l["category"] == "NONE"]
    print(f"planted files {len(pfiles)}, positives {len(pos)}, hard negatives {len(neg)}, real files {len(rfiles)}")
    for name, key in (("category", "category"), ("surface", "surface"), ("placement", "placement")):
        print(f"  by {name}: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(l[key] for l in pos).items())))
    print("  negatives by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(l["kind"] for l in neg).items())))
    print("  planted by folder: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(f.split('/')[0] for f in pfiles).items())))
    print("  real by folder: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(f.split('/')[0] for f in rfiles).items())))
    # determinism
    h0 = tree_hash()
    if "--no-rebuild" not in sys.argv:
        for seed in ("0", "123"):
            subprocess.run([sys.executable, str(HERE / "build.py")], check=True, stdout=subprocess.DEVNULL,
                           env={**os.environ, "PYTHONHASHSEED": seed})
            if tree_hash() != h0:
                err(f"rebuild with PYTHONHASHSEED={seed} differs")
    print(f"tree hash {h0}")
    if ERR:
        print(f"{len(ERR)} problem(s):")
        for e in ERR[:60]:
            print("  " + e)
        return 1
    print("all checks passed")
    return 0


def B_SHAPE(s):
    return SHAPE[s]


if __name__ == "__main__":
    sys.exit(main())
