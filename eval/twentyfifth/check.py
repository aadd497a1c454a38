#!/usr/bin/env python3
"""Label, format, manifest and determinism checks for the twentyfifth set (stdlib + phonenumbers).

Run after build.py. Exits non-zero on the first failing group and prints every problem found in it.
"""
from __future__ import annotations

import hashlib
import ipaddress
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

import phonenumbers
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import build as B  # noqa: E402
import cues as C  # noqa: E402
import values as V  # noqa: E402

EXPECT_CATS = B.CAT_COUNTS
EXPECT_NEG = B.NEG_COUNTS
EXPECT_SURF = {s: 13 for s in B.SURFACES}
for s in B.EXTRA_SURFACES:
    EXPECT_SURF[s] += 1
PLACEMENTS = {"key_cue", "text_cue", "no_cue"}
problems: list[str] = []


def fail(msg):
    problems.append(msg)


def section(name):
    if problems:
        print(f"FAILED before '{name}':")
        for p in problems[:60]:
            print("  -", p)
        sys.exit(1)
    print(f"ok: {name}")


def tree_hash(root: Path) -> str:
    h = hashlib.sha256()
    for sub in ("planted", "real"):
        for p in sorted((root / sub).rglob("*")):
            if p.is_file():
                h.update(p.relative_to(root).as_posix().encode() + b"\0")
                h.update(hashlib.sha256(p.read_bytes()).hexdigest().encode() + b"\n")
    return h.hexdigest()


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isalnum() and not unicodedata.combining(c)).casefold()


def unescape_rx(s: str) -> str:
    return re.sub(r"\\(.)", r"\1", s)


def main() -> int:
    # ------------------------------------------------ sources and manifests
    man = [json.loads(l) for l in (HERE / "sources" / "MANIFEST.jsonl").read_text().splitlines() if l.strip()]
    for m in man:
        b = (HERE / "sources" / m["file"]).read_bytes()
        if hashlib.sha256(b).hexdigest() != m["sha256"]:
            fail(f"sources/{m['file']} sha256")
        if not re.fullmatch(r"[0-9a-f]{40}", m["commit"]):
            fail(f"sources/{m['file']} commit not pinned")
        if not m.get("licence"):
            fail(f"sources/{m['file']} licence missing")
    section("sources and source manifest")

    units, names, rules = B.load_sources()
    planted = HERE / "planted"
    files = sorted(p.relative_to(planted).as_posix() for p in planted.rglob("*.json"))
    labels = [json.loads(l) for l in (planted / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    docs = {}
    for f in files:
        try:
            docs[f] = json.loads((planted / f).read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            fail(f"{f}: does not parse ({e})")
    if len(files) != 64:
        fail(f"{len(files)} planted files, expected 64")
    if len({f.rsplit('/', 1)[-1] for f in files}) != len(files):
        fail("planted file names are not unique")
    ids = Counter(l["id"] for l in labels)
    for i, n in ids.items():
        if n > 1:
            fail(f"duplicate id {i}")
    with_labels = {l["file"] for l in labels}
    for f in files:
        if f not in with_labels:
            fail(f"{f}: no label")
    for l in labels:
        if l["file"] not in docs:
            fail(f"{l['id']}: file {l['file']} missing")
    section("planted files and ids")

    # ------------------------------------------------ pointers, surfaces, values
    tool_ptrs = {"/tools/0/name": "tool_name", "/tools/0/description": "tool_description",
                 "/tools/0/function/name": "tool_name", "/tools/0/function/description": "tool_description"}
    for l in labels:
        doc, ptr, s, v = docs.get(l["file"]), l["pointer"], l["surface"], l["value"]
        if doc is None:
            continue
        toks = [t.replace("~1", "/").replace("~0", "~") for t in ptr.split("/")[1:]] if ptr else []
        try:
            node = B.get(doc, ptr) if ptr else None
        except (KeyError, IndexError, ValueError, TypeError):
            fail(f"{l['id']}: pointer {ptr} does not resolve")
            continue
        if s == "file_name":
            text = l["file"].rsplit("/", 1)[-1]
            if ptr != "":
                fail(f"{l['id']}: file_name pointer not empty")
        elif s in ("property_name", "pattern_property"):
            text = toks[-1]
            if (s == "property_name" and toks[-2] != "properties") or (s == "pattern_property" and toks[-2] != "patternProperties"):
                fail(f"{l['id']}: {s} pointer shape {ptr}")
        else:
            text = node
            if not isinstance(text, str):
                fail(f"{l['id']}: pointer {ptr} is not a string")
                continue
            last = toks[-1]
            ok = {"enum": len(toks) > 1 and toks[-2] == "enum" and last.isdigit(),
                  "examples": len(toks) > 1 and toks[-2] == "examples" and last.isdigit(),
                  "const": last == "const", "default": last == "default", "pattern": last == "pattern",
                  "title": last == "title", "description": last == "description",
                  "tool_name": tool_ptrs.get(ptr) == "tool_name", "tool_description": tool_ptrs.get(ptr) == "tool_description",
                  "metadata": last in ("$comment", "$schema") or last.startswith("x-") or ptr == "/metadata/user_id"}[s]
            if not ok:
                fail(f"{l['id']}: surface {s} does not fit pointer {ptr}")
        if v not in text:
            fail(f"{l['id']}: value {v!r} not in {text!r}")
        if "raw" in l and B.rx_escape(l["raw"]) != v:
            fail(f"{l['id']}: raw does not escape to value")
        if s in ("pattern", "pattern_property") or (l["category"] == "NONE" and l["kind"] == "format_regex"):
            rx = text
            try:
                re.compile(rx)
            except re.error as e:
                fail(f"{l['id']}: regex does not compile ({e})")
                continue
            if l["category"] != "NONE":
                lit = l.get("raw", v)
                core = unescape_rx(rx.lstrip("^").rstrip("$"))
                if not (re.search(rx, lit) or re.fullmatch(rx, core)):
                    fail(f"{l['id']}: regex {rx!r} does not match its literal")
                if not re.search(rx, core if "(?:" not in rx else lit):
                    fail(f"{l['id']}: regex {rx!r} does not match its cue literal")
    for f, doc in docs.items():
        env = f.split("/")[0]
        if env in B.TOOL_AT:
            tn = B.get(doc, B.TOOL_AT[env][0])
            if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", tn):
                fail(f"{f}: tool name {tn!r}")
    at = {}
    for l in labels:
        at.setdefault((l["file"], l["pointer"], l["surface"] in ("property_name", "file_name")), []).append(l)
    for k, ls in at.items():
        cats = [x["category"] for x in ls]
        if "NONE" in cats and len(cats) > 1:
            fail(f"{k}: positive and negative at one pointer")
        if len(cats) != len(set(cats)):
            fail(f"{k}: two labels of one category")
    section("pointers, surfaces, values, regexes, tool names")

    # ------------------------------------------------ formats
    must_cue_rx = re.compile(r"^(dob:|mrn:|hpid:|zip:|license:|ssn:(bare|space)|phone:[A-Z]+:(national|digits)|"
                             r"account:(card_plain|fin|bank_us)|device:(imei|implant)|vehicle:plate|secret:password|"
                             r"person:.*:(initial|hl7_xpn))")
    for l in labels:
        if l["category"] == "NONE":
            if l["placement"] != "none":
                fail(f"{l['id']}: negative placement")
            continue
        cat, fmt, plain, v = l["category"], l["format"], l["plain"], l.get("raw", l["value"])
        if l["placement"] not in PLACEMENTS:
            fail(f"{l['id']}: placement {l['placement']}")
        if not V.validate(cat, fmt.split("+")[0], plain, rules):
            fail(f"{l['id']}: plain {plain!r} fails {fmt}")
        if l["placement"] == "no_cue" and (must_cue_rx.match(fmt) or re.fullmatch(r"\d+", v)):
            fail(f"{l['id']}: must-cue value {v!r} ({fmt}) placed with no cue")
        ident = "+ident" in fmt
        base = fmt.split("+")[0]
        ok = v == plain or norm(v) == norm(plain)
        if cat == "PERSON" and not ok:
            toks_p = sorted(norm(t) for t in plain.split())
            toks_v = sorted(norm(t) for t in re.split(r"[\s,_^\-]+|(?<=[a-z])(?=[A-Z])", v) if t)
            style = base.rsplit(":", 1)[-1]
            if style == "initial":
                ok = v.endswith(plain.split(" ", 1)[1]) and v[0] == plain[0]
            elif style == "hl7_xpn":
                g, f = plain.split(" ", 1)
                ok = v == f"{f.upper()}^{g.split()[0].upper()}"
            else:
                ok = toks_p == toks_v
        elif cat == "DATE_OF_BIRTH":
            fm = base.split(":")[1]
            ok = (v in (V.render_date(plain, "key_ymd"), V.render_date(plain, "hl7_dt"))) if ident else \
                v == V.render_date(plain, fm)
        elif cat == "PHONE_NUMBER":
            region = base.split(":")[1]
            d = re.sub(r"\D", "", v)
            ok = False
            for cand in ("+" + d, d):
                try:
                    n = phonenumbers.parse(cand, region)
                    ok = ok or phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164) == plain
                except Exception:  # noqa: BLE001
                    pass
            if not ident:
                fm = base.split(":")[2]
                ok = ok and v == V.phone_render(phonenumbers.parse(plain, None), fm)
        elif cat == "EMAIL_ADDRESS":
            ok = v in (plain, "mailto:" + plain) or (ident and norm(v) == norm(plain))
        elif cat == "STREET_ADDRESS":
            ok = ok or norm(v) == norm(plain.split(",")[0])
        elif cat == "IP_ADDRESS":
            ok = plain in v or (ident and v.replace("_", ".") == plain)
        elif cat == "US_SSN":
            fm = base.split(":")[1]
            ok = (norm(v) == norm(plain)) if ident else v == {"dash": plain, "space": plain.replace("-", " "),
                                                              "bare": plain.replace("-", "")}[fm]
        elif cat == "ACCOUNT_NUMBER" and not ok:
            ok = norm(v) == norm(plain)
        elif cat == "DEVICE_ID" and not ok:
            ok = norm(v) == norm(plain)
        if not ok:
            fail(f"{l['id']}: written {v!r} is not a {fmt} rendering of {plain!r}")
        if l["surface"] in ("tool_name", "file_name") and not ("+ident_ascii" in fmt):
            fail(f"{l['id']}: ident surface without +ident_ascii")
    # reserved placeholders really are reserved
    for l in labels:
        if l.get("kind") != "reserved_placeholder":
            continue
        v = l["value"]
        ok = False
        if "@" in v:
            ok = v.split("@")[1] in ("example.com", "example.org", "example.net")
        elif re.search(r"555-01\d\d", v):
            ok = True
        elif re.fullmatch(r"[0-9a-f:.]+", v) and (":" in v or v.count(".") == 3):
            a = ipaddress.ip_address(v)
            ok = any(a in n for n in V.DOC_NETS)
        elif v in ("000-00-0000", "XXX-XX-XXXX", "YOUR_API_KEY", "MRN-XXXXXXX", "<PATIENT_NAME>", "XX:XX:XX:XX:XX:XX",
                   "sk-ant-api03-REPLACE_ME", "00000", "John Doe", "Max Mustermann"):
            ok = True
        elif v.startswith("https://example.com/"):
            ok = True
        if not ok:
            fail(f"{l['id']}: placeholder {v!r} is not reserved")
    section("formats, placements, placeholders")

    # ------------------------------------------------ counts
    pos = [l for l in labels if l["category"] != "NONE"]
    neg = [l for l in labels if l["category"] == "NONE"]
    if dict(Counter(l["category"] for l in pos)) != EXPECT_CATS:
        fail(f"category counts {Counter(l['category'] for l in pos)}")
    if dict(Counter(l["surface"] for l in pos)) != EXPECT_SURF:
        fail(f"surface counts {Counter(l['surface'] for l in pos)}")
    if dict(Counter(l["kind"] for l in neg)) != EXPECT_NEG:
        fail(f"negative counts {Counter(l['kind'] for l in neg)}")
    section("counts")

    # ------------------------------------------------ real files
    real = HERE / "real"
    rman = [json.loads(l) for l in (real / "MANIFEST.jsonl").read_text().splitlines() if l.strip()]
    rfiles = sorted(p.relative_to(real).as_posix() for p in real.rglob("*.json"))
    if sorted(m["file"] for m in rman) != rfiles:
        fail("real manifest does not list exactly the real files")
    host_units = {(f, u["pointer"]) for f in units for u in units[f]["hosts"]}
    host_blobs = {json.dumps(u["schema"], sort_keys=True) for f in units for u in units[f]["hosts"]}
    src_units = {(f, u["pointer"]): u for f in units for u in units[f]["real"]}
    real_text = ""
    for m in rman:
        p = real / m["file"]
        b = p.read_bytes()
        if hashlib.sha256(b).hexdigest() != m["sha256"]:
            fail(f"real/{m['file']} sha256")
        fam = m["file"].split("/")[0]
        if (fam, m["pointer"]) in host_units:
            fail(f"real/{m['file']} is a host unit")
        u = src_units.get((fam, m["pointer"]))
        if u is None or json.loads(b) != u["schema"]:
            fail(f"real/{m['file']} differs from its source unit")
        if json.dumps(json.loads(b), sort_keys=True) in host_blobs:
            fail(f"real/{m['file']} has a host's content")
        if not re.fullmatch(r"[0-9a-f]{40}", m["commit"]) or not m.get("licence"):
            fail(f"real/{m['file']} manifest fields")
        real_text += b.decode("utf-8") + "\n"
    if len(rfiles) != 60:
        fail(f"{len(rfiles)} real files, expected 60")
    real_lower = real_text.lower()
    for l in pos:
        for form in {l["plain"], l["value"], l.get("raw", l["value"]), json.dumps(l["value"])[1:-1]}:
            if len(form) >= 4 and form.lower() in real_lower:
                fail(f"{l['id']}: planted value {form!r} occurs in a real file")
    section("real files and manifest")

    # ------------------------------------------------ determinism
    committed = tree_hash(HERE)
    hashes = []
    for seed in ("0", "123"):
        with tempfile.TemporaryDirectory() as td:
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, str(HERE / "build.py"), "--out", td], check=True, env=env,
                           capture_output=True)
            hashes.append(tree_hash(Path(td)))
    if any(h != committed for h in hashes):
        fail(f"rebuild differs: committed {committed}, rebuilds {hashes}")
    section("determinism")
    print(f"tree hash {committed} (identical over the two rebuilds)")
    print(f"planted files {len(files)}, positives {len(pos)}, hard negatives {len(neg)}, real files {len(rfiles)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
