#!/usr/bin/env python3
"""Label, pointer, format, manifest and determinism checks for the sixty-seventh set (stdlib + phonenumbers).

Run after build.py.  Exits non-zero and prints every failure; prints the tree hash when all checks pass.
"""
import hashlib
import ipaddress
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import build as B
import values as V

HERE = Path(__file__).resolve().parent
ERR = []
N_FILES = len(B.ENVS) * len(B.FAMILIES) * B.PER_ENV_FAMILY
N_REAL = 20   # 10 GoReleaser + 10 Tauri non-host units


def err(msg):
    ERR.append(msg)


def resolve(doc, ptr):
    o = doc
    if ptr == "":
        return o
    for t in ptr.split("/")[1:]:
        t = t.replace("~1", "/").replace("~0", "~")
        o = o[int(t)] if isinstance(o, list) else o[t]
    return o


def last_token(ptr):
    return ptr.split("/")[-1].replace("~1", "/").replace("~0", "~")


def tree_hash(root):
    h = hashlib.sha256()
    for p in sorted(list((root / "planted").rglob("*")) + list((root / "real").rglob("*"))):
        if p.is_file():
            h.update(str(p.relative_to(root)).encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def surface_ok(lab, env, doc):
    s, p = lab["surface"], lab["pointer"]
    tool = B.tool_ptrs(env, doc) if env in B.TOOL_PTRS else None
    if s == "file_name":
        return p == ""
    if s in ("enum", "examples"):
        return re.search(rf"/{s}/\d+$", p) is not None
    if s in ("const", "default", "pattern", "title"):
        return p.endswith("/" + s)
    if s == "description":
        return p.endswith("/description") and not (tool and p == tool[1])
    if s == "tool_name":
        return bool(tool) and p == tool[0]
    if s == "tool_description":
        return bool(tool) and p == tool[1]
    if s == "metadata":
        t = last_token(p)
        return t in ("$comment", "$schema") or t.startswith("x-")
    if s == "property_name":
        return p.split("/")[-2] == "properties"
    if s == "pattern_property":
        return p.split("/")[-2] == "patternProperties"
    return False


def name_tokens(s):
    s = V.ascii_fold(s).lower()
    return [t for t in re.split(r"[^0-9a-z\u0080-\uffff]+", s) if t]


def person_ok(plain, written, fmt, style):
    pt = name_tokens(plain)
    if style in ("camel", "pascal"):
        flat = re.sub(r"[^0-9a-z]", "", V.ascii_fold(written).lower())
        toks = list(pt)
        if fmt == "name.initial_family":
            toks = [pt[0][0]] + pt[1:]
            return flat == "".join(toks)
        return any(flat == "".join(perm) for perm in itertools.permutations(toks))
    wt = name_tokens(written)
    if fmt == "name.initial_family":
        return wt[0] == pt[0][0] and wt[1:] == pt[1:]
    return sorted(wt) == sorted(pt)


def render(cat, fmt, lab):
    plain = lab["plain"]
    if cat == "DATE_OF_BIRTH":
        return V.render_date(fmt, plain)
    if cat == "US_SSN":
        return V.render_ssn(fmt, plain)
    if cat == "PHONE_NUMBER":
        return V.render_phone(fmt, plain)
    if cat == "EMAIL_ADDRESS":
        return V.render_email(fmt, plain)
    if cat == "STREET_ADDRESS":
        return V.render_street(fmt, plain)
    if cat == "HEALTH_PLAN_ID":
        return V.render_hpid(fmt, plain)
    if cat == "ACCOUNT_NUMBER":
        return V.render_account(fmt, plain)
    if cat == "DEVICE_ID":
        if fmt.startswith("dev.mac"):
            return V.render_mac(fmt, plain)
        if fmt.startswith("dev.imei"):
            return V.render_imei(fmt, plain)
        return plain
    if cat == "VEHICLE_ID":
        return plain.lower() if fmt == "veh.vin_lower" else plain
    if cat == "IP_ADDRESS":
        return V.render_ip(fmt, plain, lab.get("port"))
    return plain


def valid(cat, fmt, plain, rules):
    if cat == "PERSON":
        return len(name_tokens(plain)) >= 2 and not any(c.isdigit() for c in plain)
    if cat == "DATE_OF_BIRTH":
        return V.dob_ok(plain)
    if cat == "MRN":
        return V.mrn_ok(fmt, plain)
    if cat == "US_SSN":
        return V.ssn_ok(plain)
    if cat == "PHONE_NUMBER":
        return V.phone_ok(plain)
    if cat == "EMAIL_ADDRESS":
        return V.email_ok(plain)
    if cat == "STREET_ADDRESS":
        return V.street_ok(plain)
    if cat == "ZIP_CODE":
        return re.fullmatch(r"\d{5}(-\d{4})?", plain) is not None and any(plain.startswith(c[2]) for c in V.CITIES)
    if cat == "HEALTH_PLAN_ID":
        return V.hpid_ok(fmt, plain)
    if cat == "ACCOUNT_NUMBER":
        if fmt.startswith("acct.card"):
            return V.luhn_ok(plain) and len(plain) in V.CARD_GROUPS and plain not in V.TEST_CARDS
        if fmt == "acct.bank":
            return re.fullmatch(r"[1-9]\d{9,11}", plain) is not None
        if fmt == "acct.aba_pair":
            m = re.fullmatch(r"(\d{9}) / ([1-9]\d{9})", plain)
            return bool(m) and V.aba_ok(m[1])
        return re.fullmatch(r"SP[1-9]\d{7}", plain) is not None
    if cat == "LICENSE_NUMBER":
        return re.fullmatch(V.DL_RX[fmt.split(".")[1]], plain) is not None
    if cat == "DEVICE_ID":
        if fmt.startswith("dev.imei"):
            return V.luhn_ok(plain) and len(plain) == 15
        if fmt.startswith("dev.mac"):
            return V.mac_ok(plain)
        if fmt == "dev.udi":
            return V.udi_ok(plain)
        return re.fullmatch(V.SERIAL_RX[fmt], plain) is not None
    if cat == "VEHICLE_ID":
        if fmt.startswith("veh.vin"):
            return V.vin_ok(plain) and plain[:3] in V.WMIS
        return V.plate_ok(fmt.split("_")[1], plain)
    if cat == "IP_ADDRESS":
        return V.ip_ok(plain)
    if cat == "URL":
        return V.url_ok(plain)
    if cat == "SECRET":
        return V.secret_ok(fmt[4:], plain, rules)
    return False


def reserved_ok(v):
    """RFC 2606 / RFC 6761 domains, NANP 555-01xx, RFC 5737 / RFC 3849 ranges, masked values, the broadcast MAC,
    the published Visa test card, template tokens."""
    if "@" in v:
        d = v.split("@")[1]
        return d in ("example.com", "example.org", "example.net") or d.endswith((".invalid", ".test", ".example"))
    if re.search(r"555[- .]01\d\d", v):
        return True
    try:
        a = ipaddress.ip_address(v)
        return any(a in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
                                                          "2001:db8::/32"))
    except ValueError:
        pass
    if v.startswith(("https://example.com/", "https://example.org/", "https://example.net/")):
        return True
    return v in ("XXX-XX-XXXX", "000-00-0000", "<DOPPLER_TOKEN>", "${SENDGRID_API_KEY}", "MRN-XXXXXXX")


def main(skip_rebuild=False):
    for line in (HERE / "sources" / "MANIFEST.jsonl").read_text().splitlines():
        m = json.loads(line)
        pin = ("version", "sdist_sha256") if m.get("repo", "").startswith("pypi:") else ("commit",)
        for k in ("file", "repo", "path", "licence", "sha256") + pin:
            if not m.get(k):
                err(f"sources manifest: {m.get('file')} lacks {k}")
        if "commit" in pin and not re.fullmatch(r"[0-9a-f]{40}", m.get("commit", "")):
            err(f"sources manifest: {m['file']} commit not pinned")
        if "sdist_sha256" in pin and not re.fullmatch(r"[0-9a-f]{64}", m.get("sdist_sha256", "")):
            err(f"sources manifest: {m['file']} sdist not pinned")
        if hashlib.sha256((HERE / "sources" / m["file"]).read_bytes()).hexdigest() != m["sha256"]:
            err(f"sources/{m['file']}: sha256 mismatch")
    rules = {r["id"]: r for r in json.loads((HERE / "sources" / "gitleaks-rules.json").read_text())}
    planted = HERE / "planted"
    files = sorted(p for p in planted.rglob("*.json"))
    if len(files) != N_FILES:
        err(f"{len(files)} planted files, expected {N_FILES}")
    if len({p.name for p in files}) != len(files):
        err("planted file names are not unique")
    labels = [json.loads(l) for l in (planted / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    if any(n > 1 for n in Counter(l["id"] for l in labels).values()):
        err("duplicate label ids")
    docs = {}
    for p in files:
        rel = str(p.relative_to(planted))
        try:
            docs[rel] = json.loads(p.read_text(encoding="utf-8"))
        except ValueError as e:
            err(f"{rel}: does not parse ({e})")
    by_file = defaultdict(list)
    for l in labels:
        by_file[l["file"]].append(l)
        if l["file"] not in docs:
            err(f"{l['id']}: file {l['file']} missing")
    for rel in docs:
        if not by_file[rel]:
            err(f"{rel}: no label")
    by_ptr = defaultdict(list)
    for l in labels:
        rel = l["file"]
        env = rel.split("/")[0]
        if rel not in docs:
            continue
        doc = docs[rel]
        by_ptr[(rel, l["pointer"], l["surface"] if l["surface"] in ("property_name", "file_name") else "")].append(l)
        try:
            if l["surface"] == "file_name":
                s = Path(rel).name
            elif l["surface"] in ("property_name", "pattern_property"):
                parent = resolve(doc, "/".join(l["pointer"].split("/")[:-1]))
                s = last_token(l["pointer"])
                if s not in parent:
                    err(f"{l['id']}: key not found")
            else:
                s = resolve(doc, l["pointer"])
        except (KeyError, IndexError, ValueError):
            err(f"{l['id']}: pointer does not resolve")
            continue
        if not isinstance(s, str) or l["value"] not in s:
            err(f"{l['id']}: value not in the string at the pointer")
            continue
        if not surface_ok(l, env, doc):
            err(f"{l['id']}: surface {l['surface']} does not fit its pointer")
        if l["surface"] in ("pattern", "pattern_property"):
            try:
                rx = re.compile(s)
            except re.error as e:
                err(f"{l['id']}: regex does not compile ({e})")
                continue
            if "raw" in l:
                if V.js_escape(l["raw"]) != l["value"]:
                    err(f"{l['id']}: raw does not escape to value")
                body = s[1:] if s.startswith("^") else s
                body = body[:-1] if body.endswith("$") and not body.endswith("\\$") else body
                lit = re.sub(r"\\(.)", r"\1", body.replace("[_:]?", ""))
                if not rx.search(lit) or l["raw"] not in lit:
                    err(f"{l['id']}: planted regex does not match its own literal")
        if l["surface"] == "tool_name" and not B.TOOL_SAFE[env].fullmatch(s):
            err(f"{l['id']}: tool name not allowed on {env}")
        for k in ("id", "file", "pointer", "surface", "category", "value", "kind", "base", "placement", "format"):
            if k not in l:
                err(f"{l['id']}: lacks {k}")
        cat = l["category"]
        if cat == "NONE":
            if l["placement"] != "none" or l["format"] != l["kind"] or l["kind"] not in B.HN_COUNTS:
                err(f"{l['id']}: hard-negative fields")
            if l["kind"] == "reserved_placeholder" and not reserved_ok(l["value"]):
                err(f"{l['id']}: placeholder is not reserved")
            continue
        if l["placement"] not in ("key_cue", "text_cue", "no_cue"):
            err(f"{l['id']}: placement {l['placement']}")
        fmt, _, style = l["format"].partition("+")
        if not valid(cat, fmt, l["plain"], rules):
            err(f"{l['id']}: plain value fails its format rule ({l['format']})")
        written = l.get("raw", l["value"])
        if cat == "PERSON":
            if not person_ok(l["plain"], written, fmt, style):
                err(f"{l['id']}: written name is not a rendering of plain")
        elif cat not in ("MRN", "ZIP_CODE", "LICENSE_NUMBER", "URL", "SECRET"):
            if render(cat, fmt, l) != written:
                err(f"{l['id']}: written value is not the rendering of plain in {l['format']}")
        elif l["plain"] != written:
            err(f"{l['id']}: written differs from plain")
        if l["placement"] == "no_cue":
            if fmt in B.MUST_CUE:
                err(f"{l['id']}: must-cue format without a cue")
            if re.fullmatch(r"\d+", written):
                err(f"{l['id']}: bare digit run without a cue")
    for key, ls in by_ptr.items():
        cats = [l["category"] for l in ls]
        if "NONE" in cats and len(ls) > 1:
            err(f"{key[0]}: a positive and a negative share a pointer")
        if len(cats) != len(set(cats)):
            err(f"{key[0]}: two labels of one category at one pointer")
    pos = [l for l in labels if l["category"] != "NONE"]
    if Counter(l["category"] for l in pos) != Counter(B.CAT_COUNTS):
        err("category counts differ from build.CAT_COUNTS")
    if Counter(l["surface"] for l in pos) != Counter(B.SURF_COUNTS):
        err("surface counts differ")
    if Counter(l["kind"] for l in labels if l["category"] == "NONE") != Counter(B.HN_COUNTS):
        err("hard-negative counts differ")
    real = HERE / "real"
    man = [json.loads(l) for l in (real / "MANIFEST.jsonl").read_text().splitlines()]
    listed = {m["file"] for m in man}
    present = {str(p.relative_to(real)) for p in real.rglob("*.json")}
    if listed != present or len(present) != N_REAL:
        err(f"real manifest lists {len(listed)} files, {len(present)} present")
    units = {f: json.loads((HERE / "sources" / f"{f}-units.json").read_text()) for f in B.FAMILIES}
    host_ptrs = {(f, h["pointer"]) for f in units for h in units[f]["hosts"]}
    host_blobs = {json.dumps(h["schema"], sort_keys=True) for f in units for h in units[f]["hosts"]}
    src_by_ptr = {(f, r["pointer"]): r["schema"] for f in units for r in units[f]["real"]}
    real_text = ""
    for m in man:
        p = real / m["file"]
        if not p.exists():
            continue
        data = p.read_bytes()
        real_text += data.decode("utf-8") + "\n"
        if hashlib.sha256(data).hexdigest() != m["sha256"]:
            err(f"real/{m['file']}: sha256 mismatch")
        fam = m["file"].split("/")[0]
        if (fam, m["pointer"]) in host_ptrs:
            err(f"real/{m['file']}: is a host unit")
        obj = json.loads(data)
        if json.dumps(obj, sort_keys=True) in host_blobs:
            err(f"real/{m['file']}: equals a host unit's content")
        if obj != src_by_ptr.get((fam, m["pointer"])):
            err(f"real/{m['file']}: differs from its source unit")
    for l in pos:
        for v in {l["value"], l.get("raw", l["value"]), l["plain"]}:
            if len(v) >= 4 and v in real_text:
                err(f"{l['id']}: planted value occurs in a real file")
    th = tree_hash(HERE)
    if not skip_rebuild:
        for seed in ("0", "123"):
            with tempfile.TemporaryDirectory() as td:
                env = dict(os.environ, PYTHONHASHSEED=seed)
                subprocess.run([sys.executable, str(HERE / "build.py"), "--out", td], check=True, env=env,
                               capture_output=True)
                if tree_hash(Path(td)) != th:
                    err(f"rebuild with PYTHONHASHSEED={seed} differs from the committed tree")
    if ERR:
        print("\n".join(ERR))
        print(f"{len(ERR)} failures")
        sys.exit(1)
    print(f"all checks pass: {len(files)} planted files, {len(pos)} positives, {len(labels) - len(pos)} hard "
          f"negatives, {len(present)} real files")
    print(f"tree hash {th}")


if __name__ == "__main__":
    main()
