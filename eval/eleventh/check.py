#!/usr/bin/env python3
"""Label and format checks for the eleventh set (stdlib + phonenumbers). Run after build.py."""
import datetime
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import values as V  # noqa: E402
from build import TOOL_WRAPPERS, SURFACES, CATEGORIES, rx_escape  # noqa: E402

ERR = []


def fail(msg):
    ERR.append(msg)


def ptr_get(doc, ptr):
    cur = doc
    if ptr == "":
        return cur
    for t in ptr[1:].split("/"):
        t = t.replace("~1", "/").replace("~0", "~")
        cur = cur[int(t)] if isinstance(cur, list) else cur[t]
    return cur


def last_token(ptr):
    return ptr.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")


TOOL_PREFIX = {
    "anthropic-batch": r"^/requests/0/params/tools/\d+",
    "openai-batch": r"^/body/tools/\d+/function",
    "openai-realtime": r"^/session/tools/\d+",
    "openai-assistant": r"^/tools/\d+/function",
    "mcp-outputschema": r"^/result/tools/\d+",
    "ollama-chat": r"^/tools/\d+/function",
}
NEG_KINDS = {"reserved_placeholder", "category_label_key", "code_enum", "format_regex", "name_like_word",
             "version_date", "category_words_text", "tool_category_words", "file_name_category_words"}


def surface_ok(lab, wrapper):
    p, s = lab["pointer"], lab["surface"]
    if s == "file_name":
        return p == ""
    if s == "property_name":
        return re.search(r"/properties/[^/]+$", p) is not None
    if s == "pattern_property":
        return re.search(r"/patternProperties/[^/]+$", p) is not None
    if s in ("enum", "examples"):
        return re.search(rf"/{s}/\d+$", p) is not None
    if s in ("const", "default", "pattern", "title"):
        return p.endswith("/" + s) and not re.fullmatch(TOOL_PREFIX.get(wrapper, "^$") + "/" + s, p)
    if s in ("tool_name", "tool_description"):
        rx = TOOL_PREFIX.get(wrapper)
        return rx is not None and re.fullmatch(rx + ("/name" if s == "tool_name" else "/description"), p) is not None
    if s == "description":
        if wrapper in TOOL_PREFIX and re.fullmatch(TOOL_PREFIX[wrapper] + "/description", p):
            return False
        return re.search(r"/(properties/[^/]+|parameters/\d+)/description$", p) is not None
    if s == "metadata":
        t = last_token(p)
        return t == "$comment" or t.startswith("x-") or p.endswith("/metadata/user_id") or \
            (wrapper == "mcp-outputschema" and p.endswith("/annotations/title"))
    return False


# ------------------------------------------------------------ format rules
TH_MONTHS = V.MONTHS["th"]


def parse_dob(v, kind):
    k = kind.replace("dob_", "").replace("_joined", "")
    try:
        if k == "aamva_us_mmddccyy" or k == "mmddyyyy":
            return datetime.datetime.strptime(v, "%m%d%Y").date()
        if k in ("aamva_ca_ccyymmdd", "yyyymmdd"):
            return datetime.datetime.strptime(v, "%Y%m%d").date()
        if k == "yyyy_mm_dd":
            return datetime.datetime.strptime(v, "%Y_%m_%d").date()
        if k == "iso":
            return datetime.date.fromisoformat(v)
        if k == "vi_long":
            m = re.fullmatch(r"ngày (\d\d) tháng (\d\d) năm (\d{4})", v)
            return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if k == "th_buddhist_era":
            d, mo, y = v.split(" ")
            return datetime.date(int(y) - 543, TH_MONTHS.index(mo) + 1, int(d))
        if k in ("ro_long", "ms_long"):
            d, mo, y = v.split(" ")
            return datetime.date(int(y), V.MONTHS[k[:2]].index(mo) + 1, int(d))
        if k == "fi_long":
            d, mo, y = v.split(" ")
            return datetime.date(int(y), V.MONTHS["fi"].index(mo) + 1, int(d.rstrip(".")))
        if k == "uk_romanised":
            d, mo, y, _ = v.split(" ")
            return datetime.date(int(y), V.MONTHS["uk"].index(mo) + 1, int(d))
        if k == "fa_jalali":
            jy, jm, jd = (int(x) for x in v.split("/"))
            for o in range(datetime.date(1925, 1, 1).toordinal(), datetime.date(2012, 1, 1).toordinal()):
                pass
            # invert by search over the plausible range (the generator's range)
            start = datetime.date(1931, 1, 1).toordinal()
            guess = start + int(((jy - 1309) * 365.2422) + (jm - 10) * 30.4 + jd) - 400
            for o in range(guess - 800, guess + 800):
                dd = datetime.date.fromordinal(o)
                if V.gregorian_to_jalali(dd.year, dd.month, dd.day) == (jy, jm, jd):
                    return dd
            return None
    except (ValueError, AttributeError, IndexError):
        return None
    return None


US_PREFIXES = {c[3]: c for c in V.US_CITIES}
URL_HOSTS = ("www.findagrave.com", "billiongraves.com", "helphopelive.org", "fundrazr.com", "t.me", "steamcommunity.com",
             "www.chess.com", "lichess.org", "www.kaggle.com", "www.researchgate.net", "scholar.google.com")
LIC_RX = {"ph_lto": r"[A-Z]\d{2}-\d{2}-\d{6}", "nz": r"[A-Z]{2}\d{6}", "au_nsw": r"\d{8}", "au_vic": r"\d{9}",
          "au_qld": r"\d{9}", "ca_nb": r"\d{7}", "ca_pe": r"\d{6}", "ua": r"[АВЕІКМНОРСТХ]{3}\d{6}", "vn_gplx": r"\d{12}"}
MRN_RX = {"thai_hn": r"HN \d{6}/\d{2}", "ro_fo": r"FO \d{3,4}/20\d\d", "site_check": r"[A-Z]{3}-\d{7}-\d",
          "hash7": r"#\d{7}", "bare9": r"\d{9}", "vi_bv": r"BV20\d\d-\d{5}"}


def valid(cat, kind, v, rules):
    base = kind.replace("_joined", "").replace("_regex_key", "")
    if cat == "PERSON":
        return len(v) >= 5 and not re.search(r"\d", v)
    if cat == "DATE_OF_BIRTH":
        d = parse_dob(v, base)
        return d is not None and datetime.date(1925, 1, 1) <= d <= datetime.date(2010, 12, 31)
    if cat == "US_SSN":
        return V.valid_ssn(v)
    if cat == "PHONE_NUMBER":
        m = re.search(r"_(intl_\w+)_([a-z]{2})$", base)
        if m:
            reg = m.group(2).upper()
            if v.isdigit() and "_joined" in kind:
                return V.valid_phone("+" + v)
            return V.valid_phone(v, reg)
        digits = re.sub(r"\D", "", v)
        digits = digits[1:] if len(digits) == 11 and digits[0] == "1" else digits
        return len(digits) == 10 and V.valid_phone("+1" + digits) and digits[:3] in {c[0] for c in V.US_CITIES}
    if cat == "EMAIL_ADDRESS":
        return V.valid_email(v) and v.split("@")[1] in V.EMAIL_DOMAINS
    if cat == "STREET_ADDRESS":
        if base == "street_us_full":
            m = re.search(r", ([A-Za-z ]+), ([A-Z]{2}) (\d{5})(-\d{4})?$", v)
            return bool(m) and m.group(3)[:3] in US_PREFIXES and US_PREFIXES[m.group(3)[:3]][1] == m.group(1)
        if base == "street_us_line":
            return re.fullmatch(r"\d{3,4} [A-Za-z ]+ (" + "|".join(V.SUFFIXES) + r")( [A-Za-z]+ \d+)?", v) is not None
        return len(v) > 20 and re.search(r"\d", v) is not None
    if cat == "ZIP_CODE":
        z = v.replace("_", "-")
        return re.fullmatch(r"\d{5}(-\d{4})?", z) is not None and z[:3] in US_PREFIXES
    if cat == "MRN":
        k = base.replace("mrn_", "")
        if k in MRN_RX:
            if "_joined" in kind or "_regex_key" in kind:
                return re.fullmatch(r"[A-Za-z0-9_]+", v) is not None
            return re.fullmatch(MRN_RX[k], v) is not None
        return False
    if cat == "HEALTH_PLAN_ID":
        if base.startswith("mbi"):
            return V.valid_mbi(v)
        if base == "hp_philhealth":
            return re.fullmatch(r"\d{2}-\d{9}-\d|\d{2}_\d{9}_\d", v) is not None
        if base == "hp_vn_bhyt":
            return re.fullmatch(r"(DN|HS|GD|HT|CN|TE)[1-5](01|79|48|31|92)\d{10}", v) is not None
        if base == "hp_openimis_chfid":
            return re.fullmatch(r"\d{9}", v) is not None
        return False
    if cat == "ACCOUNT_NUMBER":
        if base.startswith("iban"):
            return V.valid_iban(v)
        if base.startswith("card"):
            d = v.replace(" ", "")
            b = base.replace("card_", "")
            return d.isdigit() and V.luhn_ok(d) and any(d.startswith(p) for p in V.CARD_BINS[b][0]) and \
                len(d) == V.CARD_BINS[b][1]
        if base == "acct_bsb":
            return re.fullmatch(r"BSB \d{3}-\d{3} account \d{8}|BSB_\d{3}_\d{3}_account_\d{8}", v) is not None
        if base == "acct_ifsc":
            return re.fullmatch(r"IFSC [A-Z]{4}0\d{6} A/c \d{11}|IFSC_[A-Z]{4}0\d{6}_A_c_\d{11}", v) is not None
        if base == "acct_vn_bank":
            return re.fullmatch(r"\d{13}", v) is not None
        return False
    if cat == "LICENSE_NUMBER":
        return re.fullmatch(LIC_RX[base.replace("dl_", "")], v) is not None
    if cat == "DEVICE_ID":
        if base == "imei":
            return len(v) == 15 and v.isdigit() and V.luhn_ok(v)
        if base == "imeisv":
            return len(v) == 16 and v.isdigit()
        if base.startswith("mac"):
            return V.valid_mac(v)
        if base.startswith("gs1"):
            return V.valid_gs1(v)
        if base == "implant_serial":
            return re.fullmatch(r"(CI|ICD|CRT)\d{3}[-_]\d{6}[KHTX]", v) is not None
        return False
    if cat == "VEHICLE_ID":
        return V.valid_vin(v)
    if cat == "IP_ADDRESS":
        if "_joined" in kind or "_regex_key" in kind:
            v = v.replace("_", ".")
        try:
            return V.ip_public(v)
        except ValueError:
            return False
    if cat == "URL":
        m = re.match(r"https://([^/?]+)", v)
        return bool(m) and (m.group(1) in URL_HOSTS or re.fullmatch(r"mycare\.[a-z]+\.org", m.group(1)) is not None)
    if cat == "SECRET":
        k = base.replace("secret_", "")
        if k in rules:
            return rules[k].search(v) is not None
        if k == "jdbc_oracle_password":
            return re.fullmatch(r"jdbc:oracle:thin:\w+/[^@\s]{6,}@[\w.-]+:1521/\w+", v) is not None
        if k == "bare_password":
            return re.fullmatch(r"[A-Za-z]{5}[#!$%]\d{4}[A-Za-z]{3}", v) is not None
        return False
    return False


def can_stand_alone(cat, kind):
    base = kind.replace("_joined", "").replace("_regex_key", "")
    if cat in ("PERSON", "EMAIL_ADDRESS", "URL", "VEHICLE_ID", "IP_ADDRESS"):
        return True
    if cat == "SECRET":
        return base != "secret_bare_password"
    if cat == "STREET_ADDRESS":
        return base != "street_us_line"
    if cat == "US_SSN":
        return base == "ssn_dashed"
    if cat == "PHONE_NUMBER":
        return base in ("phone_us_paren", "phone_us_e164", "phone_us_plus1_paren") or \
            (base.startswith("phone_intl_") and not base.startswith("phone_intl_national"))
    if cat == "HEALTH_PLAN_ID":
        return base.startswith("mbi")
    if cat == "ACCOUNT_NUMBER":
        return base.startswith("iban") or (base.startswith("card") and base != "card_napas19")
    if cat == "DEVICE_ID":
        return base.startswith("mac")
    return False


def reserved_ok(v):
    if re.search(r"\(\d{3}\) 555-01\d\d|\+1-\d{3}-555-01\d\d", v):
        return True
    if re.search(r"@example\.(com|org|net)$", v) or "example.net/" in v:
        return True
    if v in ("000-00-0000", "XXX-XX-XXXX", "XXXX-XXX-XXXX", "11111111111111111", "HN 000000/00",
             "IR000000000000000000000000"):
        return True
    if re.fullmatch(r"<[A-Z_]+>|\$\{[A-Z_]+\}|squ_X{40}", v):
        return True
    if v in ("Matti Meikäläinen", "Ion Popescu", "Petro Petrenko", "ERIKSSON<<ANNA<MARIA"):
        return True  # national stand-in names and the ICAO Doc 9303 specimen
    try:
        import ipaddress
        a = ipaddress.ip_address(v)
        return any(a in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"))
    except ValueError:
        pass
    if v.upper().startswith("00:00:5E:00:53"):
        return True
    return False


def tree_hash(root):
    h = hashlib.sha256()
    for d in ("planted", "real"):
        for dp, _, fns in sorted(os.walk(os.path.join(root, d))):
            for fn in sorted(fns):
                p = os.path.join(dp, fn)
                h.update(os.path.relpath(p, root).encode() + b"\0")
                with open(p, "rb") as f:
                    h.update(f.read())
    h.update(open(os.path.join(root, "planted_units.json"), "rb").read())
    return h.hexdigest()


def main():
    # sources
    with open(os.path.join(HERE, "sources", "MANIFEST.jsonl"), encoding="utf-8") as f:
        for ln in f:
            m = json.loads(ln)
            for k in ("file", "repo", "commit", "path", "licence", "sha256"):
                if not m.get(k):
                    fail(f"source manifest {m.get('file')}: missing {k}")
            with open(os.path.join(HERE, "sources", m["file"]), "rb") as g:
                if hashlib.sha256(g.read()).hexdigest() != m["sha256"]:
                    fail(f"sha256 mismatch sources/{m['file']}")
    rules = {k: V.go_regex_to_py(r) for k, r in V.load_gitleaks_rules(os.path.join(HERE, "sources", "rules", "gitleaks.toml")).items()}

    labels = [json.loads(l) for l in open(os.path.join(HERE, "planted", "labels.jsonl"), encoding="utf-8")]
    files = {}
    for dp, _, fns in os.walk(os.path.join(HERE, "planted")):
        for fn in fns:
            if fn.endswith(".json"):
                rel = os.path.relpath(os.path.join(dp, fn), os.path.join(HERE, "planted"))
                files[rel] = json.load(open(os.path.join(dp, fn), encoding="utf-8"))
    by_file = {}
    for lab in labels:
        by_file.setdefault(lab["file"], []).append(lab)
    for f in files:
        if f not in by_file:
            fail(f"planted file without labels: {f}")
    seen = {}
    for lab in labels:
        for k in ("id", "file", "pointer", "surface", "category", "value", "kind", "placement", "base"):
            if k not in lab:
                fail(f"{lab.get('id')}: missing {k}")
        wrapper = lab["file"].split("/")[0]
        doc = files.get(lab["file"])
        if doc is None:
            fail(f"{lab['id']}: no file {lab['file']}")
            continue
        if lab["surface"] not in SURFACES:
            fail(f"{lab['id']}: bad surface")
        if lab["category"] not in CATEGORIES + ["NONE"]:
            fail(f"{lab['id']}: bad category")
        if lab["category"] == "NONE" and lab["kind"] not in NEG_KINDS:
            fail(f"{lab['id']}: bad negative kind")
        try:
            if lab["surface"] == "file_name":
                s = os.path.basename(lab["file"])
            elif lab["surface"] in ("property_name", "pattern_property"):
                parent = ptr_get(doc, lab["pointer"].rsplit("/", 1)[0])
                s = last_token(lab["pointer"])
                if s not in parent:
                    fail(f"{lab['id']}: key not found")
            else:
                s = ptr_get(doc, lab["pointer"])
        except (KeyError, IndexError, ValueError, TypeError):
            fail(f"{lab['id']}: pointer does not resolve: {lab['pointer']}")
            continue
        if not isinstance(s, str) or lab["value"] not in s:
            fail(f"{lab['id']}: value not in string at pointer")
        if not surface_ok(lab, wrapper):
            fail(f"{lab['id']}: surface {lab['surface']} does not fit pointer {lab['pointer']}")
        if "raw" in lab and rx_escape(lab["raw"]) != lab["value"]:
            fail(f"{lab['id']}: raw does not escape to value")
        if lab["surface"] in ("pattern", "pattern_property"):
            rx = s
            try:
                c = re.compile(rx)
            except re.error:
                fail(f"{lab['id']}: regex does not compile")
                continue
            if lab["category"] != "NONE":
                lit = lab.get("raw", lab["value"])
                core = re.sub(r"^\^|(\(_\[a-z\]\+\)\?|\\\.\[0-9\]\+)?\$$", "", rx)
                lit_full = re.sub(r"\\(.)", r"\1", core)
                if lit not in lit_full or not any(c.fullmatch(x) for x in (lit_full, lit_full + ".1", lit_full + "_x")):
                    fail(f"{lab['id']}: regex does not match its literal")
        key = (lab["file"], lab["pointer"], lab["surface"] if lab["surface"] in ("property_name", "pattern_property", "file_name") else "v")
        cats = seen.setdefault(key, [])
        if lab["category"] in cats or (cats and ("NONE" in cats or lab["category"] == "NONE")):
            fail(f"{lab['id']}: pointer shared badly")
        cats.append(lab["category"])
        if lab["category"] != "NONE":
            if not valid(lab["category"], lab["kind"], lab.get("raw", lab["value"]), rules):
                fail(f"{lab['id']}: format rule fails for {lab['category']} {lab['kind']}")
            if lab["placement"] not in ("key_cue", "text_cue", "no_cue"):
                fail(f"{lab['id']}: bad placement")
            if lab["placement"] == "no_cue" and not can_stand_alone(lab["category"], lab["kind"]):
                fail(f"{lab['id']}: value that cannot stand alone is no_cue")
        else:
            if lab["placement"] != "none":
                fail(f"{lab['id']}: negative placement")
            if lab["kind"] == "reserved_placeholder" and not reserved_ok(lab["value"]):
                fail(f"{lab['id']}: placeholder not reserved")
    # tool names
    for root in ("planted", "real"):
        for dp, _, fns in os.walk(os.path.join(HERE, root)):
            w = os.path.basename(dp)
            if w not in TOOL_WRAPPERS:
                continue
            for fn in fns:
                doc = json.load(open(os.path.join(dp, fn), encoding="utf-8"))
                rx = TOOL_PREFIX[w]
                for i in range(50):
                    p = re.sub(r"\\d\+", str(i), rx[1:])
                    try:
                        node = ptr_get(doc, p)
                    except (KeyError, IndexError):
                        break
                    if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", node["name"]):
                        fail(f"{root}/{w}/{fn}: bad tool name {node['name']}")
    # real manifest, overlap
    man = [json.loads(l) for l in open(os.path.join(HERE, "real", "MANIFEST.jsonl"), encoding="utf-8")]
    real_files = set()
    for dp, _, fns in os.walk(os.path.join(HERE, "real")):
        for fn in fns:
            if fn.endswith(".json"):
                real_files.add(os.path.relpath(os.path.join(dp, fn), os.path.join(HERE, "real")))
    if real_files != {m["file"] for m in man}:
        fail("real manifest does not list exactly the real files")
    real_text = ""
    for rf in sorted(real_files):
        d = open(os.path.join(HERE, "real", rf), encoding="utf-8").read()
        real_text += json.dumps(json.loads(d), ensure_ascii=False) + "\n" + rf + "\n"
    for lab in labels:
        if lab["category"] != "NONE" and lab.get("raw", lab["value"]) in real_text:
            fail(f"{lab['id']}: positive value occurs in a real file")
    planted_units = set(json.load(open(os.path.join(HERE, "planted_units.json"))))
    real_units = {u for m in man for u in m["units"]}
    if planted_units & real_units:
        fail(f"planted and real share units: {sorted(planted_units & real_units)[:5]}")
    # rebuild twice
    if "--no-rebuild" not in sys.argv:
        want = tree_hash(HERE)
        for seed in ("0", "123"):
            tmp = tempfile.mkdtemp()
            for x in ("build.py", "values.py"):
                shutil.copy(os.path.join(HERE, x), tmp)
            shutil.copytree(os.path.join(HERE, "sources"), os.path.join(tmp, "sources"))
            env = dict(os.environ, PYTHONHASHSEED=seed)
            r = subprocess.run([sys.executable, os.path.join(tmp, "build.py")], env=env, capture_output=True)
            if r.returncode:
                fail(f"rebuild failed (PYTHONHASHSEED={seed}): {r.stderr.decode()[-500:]}")
            elif tree_hash(tmp) != want:
                fail(f"rebuild not byte-identical (PYTHONHASHSEED={seed})")
            shutil.rmtree(tmp)
    pos = [l for l in labels if l["category"] != "NONE"]
    print(f"labels {len(labels)}: positives {len(pos)}, negatives {len(labels) - len(pos)}; planted files {len(files)}; real files {len(real_files)}")
    if ERR:
        for e in ERR:
            print("FAIL", e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
