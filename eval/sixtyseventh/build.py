#!/usr/bin/env python3
"""Deterministic builder for the sixty-seventh set: sources/ -> planted/ + real/ (stdlib + phonenumbers).

Seed 676767.  Run from anywhere; writes next to this file (or into --out DIR, used by check.py's rebuilds).
"""
import argparse
import copy
import hashlib
import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path

import cues as C
import values as V

HERE = Path(__file__).resolve().parent
SEED = 676767
ENVS = ["openai-apps-sdk-tool", "gpt-action-openapi", "google-connector-action", "vellum-function-block"]
TOOL_ENVS = tuple(ENVS)
FAMILIES = ["goreleaser", "tauri"]
PER_ENV_FAMILY = 6

CAT_COUNTS = {"PERSON": 14, "DATE_OF_BIRTH": 13, "MRN": 12, "HEALTH_PLAN_ID": 12, "ACCOUNT_NUMBER": 12,
              "PHONE_NUMBER": 12, "US_SSN": 12, "SECRET": 12, "DEVICE_ID": 12, "VEHICLE_ID": 12, "IP_ADDRESS": 12,
              "LICENSE_NUMBER": 12, "URL": 12, "EMAIL_ADDRESS": 12, "STREET_ADDRESS": 12, "ZIP_CODE": 12}
SURFACES = ["property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples",
            "default", "tool_name", "tool_description", "file_name", "metadata"]
SURF_COUNTS = {s: 15 for s in SURFACES}
N_POS = sum(CAT_COUNTS.values())
assert N_POS == sum(SURF_COUNTS.values()) == 195
HN_COUNTS = {"category_label_key": 9, "code_enum": 9, "reserved_placeholder": 9, "category_words_text": 8,
             "format_regex": 8, "name_like_word": 8, "version_date": 5, "tool_category_words": 2,
             "file_name_category_words": 2}
IDENT_SURFACES = ("property_name", "tool_name", "file_name")

INCOMPAT = {"tool_name": {"EMAIL_ADDRESS", "URL", "SECRET", "STREET_ADDRESS"},
            "file_name": {"URL", "SECRET", "STREET_ADDRESS"},
            "property_name": {"URL", "SECRET"}, "pattern_property": {"SECRET"}}

# format catalogue: category -> [(format, must_cue)]
FORMATS = {
    "PERSON": [("name.first_last", False), ("name.first_mi_last", False), ("name.last_first_caps", False),
               ("name.last_first_mi", False), ("name.maiden", False), ("name.mrs", False), ("name.suffix", False),
               ("name.hyphen", False), ("name.two_word", False), ("name.lower", False), ("name.caps", False),
               ("name.initial_family", True), ("name.two_given", False)],
    "DATE_OF_BIRTH": [(f, True) for f in V.DATE_FORMATS],
    "MRN": [(f, True) for f in V.MRN_STYLES],
    "US_SSN": [("ssn.dash", False), ("ssn.space", True), ("ssn.bare", True)],
    "PHONE_NUMBER": [("phone.paren", False), ("phone.dash", False), ("phone.dots", True), ("phone.e164", False),
                     ("phone.intl", False), ("phone.slash", False), ("phone.tel", False), ("phone.digits", True),
                     ("phone.ext", False)],
    "EMAIL_ADDRESS": [("email.plain", False), ("email.angle", False), ("email.mailto", False), ("email.upper", False)],
    "STREET_ADDRESS": [("addr.upper", False), ("addr.mixed", False), ("addr.newline", False), ("addr.trailer", False),
                       ("addr.line", True)],
    "ZIP_CODE": [("zip.5", True), ("zip.plus4", True)],
    "HEALTH_PLAN_ID": [(f, True) for f in V.HP_STYLES],
    "ACCOUNT_NUMBER": [("acct.card_grouped", False), ("acct.card_dashed", False), ("acct.card", True),
                       ("acct.bank", True), ("acct.aba_pair", True), ("acct.self_pay", True)],
    "LICENSE_NUMBER": [(f"dl.{s}", True) for s in V.DL_STATES],
    "DEVICE_ID": [("dev.imei", True), ("dev.imei_dashed", True), ("dev.mac", False), ("dev.mac_ieee", False),
                  ("dev.udi", False)] + [(s, True) for s in V.SERIAL_STYLES],
    "VEHICLE_ID": [("veh.vin", False), ("veh.vin_lower", False)] + [(f"veh.plate_{c}", True) for c in V.PLATES],
    "IP_ADDRESS": [("ip.v4", False), ("ip.v4_port", False), ("ip.v4_cidr32", False), ("ip.v6", False),
                   ("ip.v6_bracket_port", False)],
    "URL": [("url.link", False)],
    "SECRET": [(f"sec.{r}", False) for r in V.SECRET_RULES + V.SECRET_EXTRA[:3]] + [("sec.password", True)],
}
MUST_CUE = {f for fl in FORMATS.values() for f, m in fl if m} | {"ssn.snake", "ip.v4_snake", "ip.v4_kebab"}
# formats whose written form is already safe in an identifier ("+ident"), per category
IDENT_OK = {
    "DATE_OF_BIRTH": ["date.iso", "date.ansi", "date.mmddyyyy", "date.key_mdy", "date.key_ymd"],
    "MRN": list(V.MRN_STYLES),
    "US_SSN": ["ssn.dash", "ssn.snake", "ssn.bare"],
    "PHONE_NUMBER": ["phone.digits", "phone.dash"],
    "EMAIL_ADDRESS": ["email.plain"],
    "STREET_ADDRESS": ["addr.line", "addr.upper"],
    "ZIP_CODE": ["zip.5", "zip.plus4"],
    "HEALTH_PLAN_ID": list(V.HP_STYLES),
    "ACCOUNT_NUMBER": ["acct.card", "acct.bank", "acct.self_pay"],
    "LICENSE_NUMBER": ["dl.MT", "dl.MT_old", "dl.WY", "dl.WY_dash", "dl.ND", "dl.NM"],
    "DEVICE_ID": ["dev.imei", "dev.imei_dashed"] + list(V.SERIAL_STYLES),
    "VEHICLE_ID": ["veh.vin", "veh.vin_lower"],
    "IP_ADDRESS": ["ip.v4_snake", "ip.v4_kebab", "ip.v4"],
}
TOOL_SAFE = {e: re.compile(r"[A-Za-z0-9_-]{1,64}") for e in ENVS}
GPT_PATH = "/paths/~1v1~1forms~1{sn}/post"
TOOL_PTRS = {"openai-apps-sdk-tool": ("/result/tools/0/name", "/result/tools/0/description"),
             "gpt-action-openapi": (GPT_PATH + "/operationId", GPT_PATH + "/description"),
             "google-connector-action": ("/runtimeActionSchemas/0/action", "/runtimeActionSchemas/0/description"),
             "vellum-function-block": ("/blocks/1/properties/function_name",
                                       "/blocks/1/properties/function_description")}
SCHEMA_PTRS = {"openai-apps-sdk-tool": "/result/tools/0/inputSchema",
               "gpt-action-openapi": GPT_PATH + "/requestBody/content/application~1json/schema",
               "google-connector-action": "/runtimeActionSchemas/0/inputJsonSchema",
               "vellum-function-block": "/blocks/1/properties/function_parameters"}
SURNAME_FORMS = {"RUNNINGCRANE": "Running Crane", "HEAVYRUNNER": "Heavy Runner", "REALBIRD": "Real Bird",
                 "NOTAFRAID": "Not Afraid", "SPOTTEDELK": "Spotted Elk", "TALLBULL": "Tall Bull",
                 "AMERICANHORSE": "American Horse", "YOUNGBIRD": "Young Bird", "SPOONHUNTER": "Spoon Hunter",
                 "LITTLELIGHT": "Little Light", "SPOTTEDWOLF": "Spotted Wolf", "LITTLEDOG": "Little Dog",
                 "DEHERRERA": "De Herrera", "DEVARGAS": "De Vargas", "DELAO": "De La O",
                 "MCGILLIVRAY": "McGillivray", "VANDERWAL": "VanderWal"}
TWO_WORD = [k for k, v in SURNAME_FORMS.items() if " " in v]
GROUP_WEIGHTS = [("white", 50), ("native", 22), ("hispanic", 21), ("api", 7)]


def snake(name):
    s = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", s).lower().strip("_")


def ptr_tok(k):
    return k.replace("~", "~0").replace("/", "~1")


def tool_ptrs(env, doc):
    """The tool-name and tool-description pointers of one envelope document."""
    tn, td = TOOL_PTRS[env]
    sn = ""
    if env == "gpt-action-openapi":
        sn = next(iter(doc["paths"])).rsplit("/", 1)[1]
    return tn.format(sn=ptr_tok(sn)), td.format(sn=ptr_tok(sn))


def surname_form(n):
    return SURNAME_FORMS.get(n, n.capitalize())


class Builder:
    def __init__(self, here):
        self.rng = random.Random(SEED)
        src = here / "sources"
        self.units = {f: json.loads((src / f"{f}-units.json").read_text(encoding="utf-8")) for f in FAMILIES}
        self.ssa = json.loads((src / "ssa-state-names.json").read_text(encoding="utf-8"))["states"]
        self.census = json.loads((src / "census2010-surnames.json").read_text(encoding="utf-8"))["groups"]
        self.rules = {r["id"]: r for r in json.loads((src / "gitleaks-rules.json").read_text(encoding="utf-8"))}
        self.used_values = set()
        self.fmt_use = Counter()

    # ------------------------------------------------------------------ values
    def draw_given(self, sex=None, era=None):
        rng = self.rng
        st = rng.choice(sorted(self.ssa))
        era = era or rng.choice(["senior", "junior"])
        sex = sex or rng.choice(["F", "M"])
        return rng.choice(self.ssa[st][era][sex]), sex, era

    def draw_surname(self, two_word=False):
        rng = self.rng
        if two_word:
            pool = [x["name"] for g in self.census.values() for x in g if x["name"] in TWO_WORD]
            return surname_form(rng.choice(sorted(pool)))
        grp = rng.choices([g for g, _ in GROUP_WEIGHTS], [w for _, w in GROUP_WEIGHTS])[0]
        return surname_form(rng.choice([x["name"] for x in self.census[grp]]))

    def person(self, fmt):
        """(plain, written): plain in natural order 'Given [Middle] Family [Suffix]' (with Mrs. or the maiden
        name where the format has them); written in the format's shape."""
        rng = self.rng
        g, sex, era = self.draw_given(sex="F" if fmt in ("name.mrs", "name.maiden") else None)
        f = self.draw_surname(two_word=(fmt == "name.two_word"))
        mi = rng.choice("ABCDEFGHJKLMNPRSTW")
        if fmt in ("name.first_last", "name.two_word"):
            plain = w = f"{g} {f}"
        elif fmt == "name.first_mi_last":
            plain = w = f"{g} {mi}. {f}"
        elif fmt == "name.last_first_caps":
            plain, w = f"{g} {f}", f"{f.upper()}, {g.upper()}"
        elif fmt == "name.last_first_mi":
            plain, w = f"{g} {mi}. {f}", f"{f}, {g} {mi}."
        elif fmt == "name.maiden":
            maiden = self.draw_surname()
            while maiden == f:
                maiden = self.draw_surname()
            plain = w = f"{g} ({maiden}) {f}"
        elif fmt == "name.mrs":
            plain = w = f"Mrs. {g} {f}"
        elif fmt == "name.suffix":
            g, _, _ = self.draw_given(sex="M", era=era)
            plain = w = f"{g} {f} {rng.choice(['Jr.', 'Sr.', 'III'])}"
        elif fmt == "name.hyphen":
            f2 = self.draw_surname()
            while f2 == f:
                f2 = self.draw_surname()
            plain = w = f"{g} {f}-{f2}"
        elif fmt == "name.lower":
            plain, w = f"{g} {f}", f"{g} {f}".lower()
        elif fmt == "name.caps":
            plain, w = f"{g} {f}", f"{g} {f}".upper()
        elif fmt == "name.initial_family":
            plain, w = f"{g} {f}", f"{g[0]}. {f}"
        elif fmt == "name.two_given":
            g2, _, _ = self.draw_given(sex=sex, era=era)
            while g2 == g:
                g2, _, _ = self.draw_given(sex=sex, era=era)
            plain = w = f"{g} {g2} {f}"
        else:
            raise KeyError(fmt)
        return plain, w

    def latin_person(self):
        g, _, _ = self.draw_given()
        return f"{g} {self.draw_surname()}"

    def value(self, cat, fmt):
        """Return (plain, written, extra) for a format; never reuse a plain value."""
        rng = self.rng
        for _ in range(200):
            extra = {}
            if cat == "PERSON":
                plain, w = self.person(fmt)
            elif cat == "DATE_OF_BIRTH":
                plain = V.gen_dob(rng, junior=rng.random() < 0.5)
                w = V.render_date(fmt, plain)
            elif cat == "MRN":
                plain = w = V.gen_mrn(rng, fmt)
            elif cat == "US_SSN":
                plain = V.gen_ssn(rng)
                w = V.render_ssn(fmt, plain)
            elif cat == "PHONE_NUMBER":
                plain = V.gen_phone(rng)
                w = V.render_phone(fmt, plain)
            elif cat == "EMAIL_ADDRESS":
                g, f = self.latin_person().split(" ", 1)
                gs, fs = V.ident(g, "snake"), V.ident(f, "snake").replace("_", "")
                local = rng.choice([f"{gs}.{fs}", f"{gs}_{fs}", f"{gs}{rng.randint(40, 96)}", f"{gs[0]}{fs}",
                                    f"{fs}.{gs[0]}", f"{gs}{fs}{rng.randint(1, 9)}"])
                plain = f"{local}@{rng.choice(V.EMAIL_DOMAINS)}"
                w = V.render_email(fmt, plain)
            elif cat == "STREET_ADDRESS":
                plain = V.gen_street(rng, force_unit=(fmt == "addr.trailer"))
                w = V.render_street(fmt, plain)
            elif cat == "ZIP_CODE":
                plain = V.gen_zip(rng)
                if fmt == "zip.plus4":
                    plain += "-" + V.rdigits(rng, 4, True)
                w = plain
            elif cat == "HEALTH_PLAN_ID":
                plain = V.gen_hpid(rng, fmt)
                w = V.render_hpid(fmt, plain)
            elif cat == "ACCOUNT_NUMBER":
                if fmt.startswith("acct.card"):
                    plain = V.gen_card(rng, rng.choice(V.CARD_BRANDS))
                elif fmt == "acct.bank":
                    plain = V.gen_bank(rng)
                elif fmt == "acct.aba_pair":
                    plain = V.gen_aba_pair(rng)
                else:
                    plain = V.gen_self_pay(rng)
                w = V.render_account(fmt, plain)
            elif cat == "LICENSE_NUMBER":
                plain = w = V.gen_dl(rng, fmt.split(".")[1])
            elif cat == "DEVICE_ID":
                if fmt.startswith("dev.imei"):
                    plain = V.gen_imei(rng)
                    w = V.render_imei(fmt, plain)
                elif fmt.startswith("dev.mac"):
                    plain = V.gen_mac(rng)
                    w = V.render_mac(fmt, plain)
                elif fmt == "dev.udi":
                    plain = w = V.gen_udi(rng)
                else:
                    plain = w = V.gen_serial(rng, fmt)
            elif cat == "VEHICLE_ID":
                if fmt.startswith("veh.vin"):
                    plain = V.gen_vin(rng)
                    w = plain.lower() if fmt == "veh.vin_lower" else plain
                else:
                    plain = w = V.gen_plate(rng, fmt.split("_")[1])
            elif cat == "IP_ADDRESS":
                plain = V.gen_ipv6(rng) if fmt.startswith("ip.v6") else V.gen_ipv4(rng)
                port = rng.choice([8443, 9443, 3000, 5061, 10443])
                w = V.render_ip(fmt, plain, port)
                if fmt in ("ip.v4_port", "ip.v6_bracket_port"):
                    extra["port"] = port
            elif cat == "URL":
                tpl = rng.choice(V.URL_TEMPLATES)
                pn = self.latin_person()
                slug = V.ident(pn, "kebab")
                code = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
                hx = "0123456789abcdef"
                uuid = "-".join("".join(rng.choice(hx) for _ in range(n)) for n in (8, 4, 4, 4, 12))
                plain = w = tpl.format(slug=slug, slugdot=V.ident(pn, "snake").replace("_", "."),
                                       num=V.rdigits(rng, 8, True), paper=rng.choice(V.URL_PAPERS),
                                       tag=rng.choice(V.URL_TAGS), code=code, uuid=uuid)
            elif cat == "SECRET":
                plain = w = V.gen_secret(rng, fmt[4:])
            else:
                raise KeyError(cat)
            if plain not in self.used_values:
                self.used_values.add(plain)
                return plain, w, extra
        raise RuntimeError("value pool exhausted")

    # ------------------------------------------------------------------ planning
    def plan(self):
        rng = self.rng
        cats = [c for c, n in CAT_COUNTS.items() for _ in range(n)]
        surfs = [s for s, n in SURF_COUNTS.items() for _ in range(n)]
        rng.shuffle(cats)
        rng.shuffle(surfs)
        ok = lambda c, s: c not in INCOMPAT.get(s, ())
        for _ in range(20000):
            bad = [i for i in range(N_POS) if not ok(cats[i], surfs[i])]
            if not bad:
                break
            i = bad[0]
            js = [j for j in range(N_POS) if ok(cats[i], surfs[j]) and ok(cats[j], surfs[i])]
            j = rng.choice(js)
            surfs[i], surfs[j] = surfs[j], surfs[i]
        assert all(ok(c, s) for c, s in zip(cats, surfs))
        return list(zip(cats, surfs))

    # ------------------------------------------------------------------ documents
    def make_files(self):
        files = []
        for ei, env in enumerate(ENVS):
            for fam in FAMILIES:
                for unit in self.units[fam]["hosts"][PER_ENV_FAMILY * ei: PER_ENV_FAMILY * (ei + 1)]:
                    files.append(self.envelope(env, fam, unit))
        return files

    def envelope(self, env, fam, unit):
        sch = copy.deepcopy(unit["schema"])
        name = unit["name"]
        sn = snake(name)
        tool = f"{fam}_{sn}"[:64].rstrip("_")
        d = unit["schema"].get("description")
        desc = d if isinstance(d, str) and d.strip() else C.NEUTRAL_DESCR.format(thing=name)
        thing = "GoReleaser configuration" if fam == "goreleaser" else "Tauri app configuration"
        title = ("GoReleaser " if fam == "goreleaser" else "Tauri ") + name
        if env == "openai-apps-sdk-tool":
            doc = {"jsonrpc": "2.0", "id": 2,
                   "result": {"tools": [{"name": tool, "title": title, "description": desc, "inputSchema": sch,
                                         "annotations": {"readOnlyHint": False, "openWorldHint": False},
                                         "_meta": {"openai/outputTemplate": "ui://widget/clinic-form.html",
                                                   "openai/toolInvocation/invoking": "Filling the form",
                                                   "openai/toolInvocation/invoked": "Form filled",
                                                   "openai/widgetAccessible": False}}]}}
        elif env == "gpt-action-openapi":
            doc = {"openapi": "3.1.0",
                   "info": {"title": "Clinic forms actions", "version": "1.4.0",
                            "description": "Actions the clinic's custom GPT uses to fill configuration forms."},
                   "servers": [{"url": "https://actions.bigskyoccmed.com"}],
                   "paths": {f"/v1/forms/{sn}": {"post": {
                       "operationId": tool, "description": desc, "x-openai-isConsequential": True,
                       "requestBody": {"required": True, "content": {"application/json": {"schema": sch}}},
                       "responses": {"200": {"description": "Saved"}}}}}}
        elif env == "google-connector-action":
            doc = {"runtimeActionSchemas": [{"action": tool, "displayName": title, "description": desc,
                                             "inputJsonSchema": sch,
                                             "resultJsonSchema": {"type": "object",
                                                                  "properties": {"status": {"type": "string"}}}}],
                   "nextPageToken": ""}
        else:
            doc = {"ml_model": "claude-sonnet-4-5", "input_values": [], "input_variables": [],
                   "parameters": {"temperature": 0, "max_tokens": 1024},
                   "blocks": [{"block_type": "CHAT_MESSAGE", "state": "ENABLED",
                               "properties": {"chat_role": "SYSTEM", "blocks": [
                                   {"block_type": "JINJA", "state": "ENABLED",
                                    "properties": {"template": f"Fill one {name} object ({thing}) when the user asks "
                                                                "for it. Call the function; do not guess values."}}]}},
                              {"block_type": "FUNCTION_DEFINITION", "state": "ENABLED",
                               "properties": {"function_name": tool, "function_description": desc,
                                              "function_parameters": sch, "function_forced": False}}]}
        tn, td = TOOL_PTRS[env]
        tn, td = tn.format(sn=ptr_tok(f"{sn}")), td.format(sn=ptr_tok(f"{sn}"))
        u = self.units[fam]
        return {"env": env, "family": fam, "unit": name, "sn": sn, "doc": doc,
                "root": SCHEMA_PTRS[env].format(sn=sn), "tn": tn,
                "td": td, "fname": f"{fam}.{sn}.{env}.json", "used": set(),
                "base": f"{u['repo']}@{u['commit']}:{unit['pointer']}", "labels": []}

    # ------------------------------------------------------------------ pointer helpers
    @staticmethod
    def get(doc, ptr):
        o = doc
        for t in ptr.split("/")[1:]:
            t = t.replace("~1", "/").replace("~0", "~")
            o = o[int(t)] if isinstance(o, list) else o[t]
        return o

    def set_ptr(self, doc, ptr, val):
        parts = ptr.split("/")
        parent = self.get(doc, "/".join(parts[:-1])) if len(parts) > 2 else doc
        key = parts[-1].replace("~1", "/").replace("~0", "~")
        if isinstance(parent, list):
            parent[int(key)] = val
        else:
            parent[key] = val

    def target(self, f):
        """The root schema object, or (about 30 %) an inline nested object schema with properties."""
        root = self.get(f["doc"], f["root"])
        cands = []
        for k, v in (root.get("properties") or {}).items():
            if isinstance(v, dict) and isinstance(v.get("properties"), dict):
                cands.append((f["root"] + "/properties/" + ptr_tok(k), v))
            if isinstance(v, dict) and isinstance(v.get("items"), dict) and \
                    isinstance(v["items"].get("properties"), dict):
                cands.append((f["root"] + "/properties/" + ptr_tok(k) + "/items", v["items"]))
        if cands and self.rng.random() < 0.3:
            return self.rng.choice(cands)
        if not isinstance(root.get("properties"), dict):
            root["properties"] = {}
        return f["root"], root

    def add_prop(self, f, key, schema, tgt=None):
        tptr, t = tgt or self.target(f)
        props = t.setdefault("properties", {})
        k, n = key, 2
        while k in props:
            k = f"{key}{n}"
            n += 1
        props[k] = schema
        return f"{tptr}/properties/{ptr_tok(k)}", k

    def neutral_key(self):
        return self.rng.choice(C.NEUTRAL_KEYS)

    # ------------------------------------------------------------------ planting positives
    def choose_format(self, cat, surf, placement, env):
        rng = self.rng
        if surf in IDENT_SURFACES and cat != "PERSON":
            fl = list(IDENT_OK[cat])
            if surf in ("tool_name", "file_name"):
                fl = [x for x in fl if not x.startswith(("ip.v4", "email", "addr")) or x in ("ip.v4_snake", "ip.v4_kebab")]
            if surf == "file_name" and cat == "EMAIL_ADDRESS":
                fl = ["email.plain"]
        else:
            fl = [f for f, _ in FORMATS[cat]]
        if placement == "no_cue":
            fl = [x for x in fl if x not in MUST_CUE] or fl
        m = min(self.fmt_use[x] for x in fl)          # least-used formats first, so every format gets its turn
        return rng.choice([x for x in fl if self.fmt_use[x] == m])

    def plant(self, f, cat, surf):
        rng = self.rng
        env = f["env"]
        opts = ["key_cue", "text_cue", "text_cue", "no_cue"]
        if surf in ("tool_name", "file_name"):
            opts = ["text_cue", "text_cue", "no_cue"]
        placement = rng.choice(opts)
        for _attempt in range(50):
            fmt = self.choose_format(cat, surf, placement, env)
            if fmt in MUST_CUE and placement == "no_cue":
                placement = "text_cue"
            if cat == "PERSON" and fmt == "name.initial_family" and placement == "no_cue":
                placement = "text_cue"
            plain, written, extra = self.value(cat, fmt)
            if cat == "PERSON" and surf in ("tool_name", "file_name") and not V.is_ascii_name(written):
                self.used_values.discard(plain)
                continue
            if surf == "tool_name" and cat != "PERSON" and not re.fullmatch(r"[A-Za-z0-9_-]+", written):
                self.used_values.discard(plain)
                continue
            break
        else:
            raise RuntimeError((cat, surf))
        self.fmt_use[fmt] += 1
        label_fmt = fmt
        if surf in IDENT_SURFACES:
            if cat == "PERSON":
                style = rng.choice(["snake", "camel", "kebab", "pascal", "upper_snake"])
                written = V.ident(written, style)
                label_fmt = f"{fmt}+{style}"
            else:
                label_fmt = f"{fmt}+ident"
        c = C.CUES[cat]
        lang_text = rng.choice(c["text"])
        frag = rng.choice(c["frag"])
        cue_key = rng.choice(c["key"])
        s_val = f"{lang_text} {written}" if placement == "text_cue" else written
        raw = None
        value = written
        kind = "literal"
        if surf in ("enum", "const", "default", "examples", "title"):
            key = cue_key if placement == "key_cue" else self.neutral_key()
            sch = {"type": "string"}
            if surf == "enum":
                filler = rng.choice(["n/a", "pending", "unknown", "other", "none"])
                vals = [filler, s_val] if rng.random() < 0.5 else [s_val, filler]
                sch["enum"] = vals
                p, _ = self.add_prop(f, key, sch)
                pointer = f"{p}/enum/{vals.index(s_val)}"
            elif surf == "examples":
                sch["examples"] = [s_val]
                p, _ = self.add_prop(f, key, sch)
                pointer = f"{p}/examples/0"
            else:
                sch[surf] = s_val
                p, _ = self.add_prop(f, key, sch)
                pointer = f"{p}/{surf}"
        elif surf == "description":
            key = cue_key if placement == "key_cue" else self.neutral_key()
            text = s_val if placement == "text_cue" else rng.choice(C.NEUTRAL_SENTENCES).format(
                v=written, n=rng.choice(["May", "weekly", "Q2", "third"]))
            p, _ = self.add_prop(f, key, {"type": "string", "description": text})
            pointer = f"{p}/description"
        elif surf == "pattern":
            key = cue_key if placement == "key_cue" else self.neutral_key()
            rx = "^" + V.js_escape(s_val) + "$"
            p, _ = self.add_prop(f, key, {"type": "string", "pattern": rx})
            pointer, value, raw = f"{p}/pattern", V.js_escape(written), written
        elif surf == "pattern_property":
            if placement == "text_cue":
                rx = "^" + V.js_escape(frag) + "[_:]?" + V.js_escape(written) + "$"
            else:
                rx = "^" + V.js_escape(written) + "$"
            if placement == "key_cue":
                gk = rng.choice(C.GROUP_KEYS[cat])
                p, _ = self.add_prop(f, gk, {"type": "object", "patternProperties": {rx: {"type": "string"}}})
                pointer = f"{p}/patternProperties/{ptr_tok(rx)}"
            else:
                tptr, t = self.target(f)
                t.setdefault("patternProperties", {})[rx] = {"type": "string"}
                pointer = f"{tptr}/patternProperties/{ptr_tok(rx)}"
            value, raw = V.js_escape(written), written
            kind = "regex_literal"
        elif surf == "property_name":
            kind = "key_literal" if label_fmt.endswith("+ident") else label_fmt.split("+")[1] + "_joined"
            if placement == "key_cue":
                gk = rng.choice(C.GROUP_KEYS[cat])
                p, _ = self.add_prop(f, gk, {"type": "object", "properties": {}})
                inner = self.get(f["doc"], p)
                pointer, _ = self.add_prop(f, written, {"type": "string"}, tgt=(p, inner))
            elif placement == "text_cue":
                sep = "-" if "-" in written and "_" not in written else "_"
                pointer, _ = self.add_prop(f, f"{frag}{sep}{written}", {"type": "string"})
            else:
                pointer, _ = self.add_prop(f, written, {"type": "string"})
        elif surf == "tool_name":
            verb = rng.choice(C.NEUTRAL_TOOL_VERBS)
            name = f"{verb}_{frag}_{written}" if placement == "text_cue" else f"{verb}_{written}"
            assert TOOL_SAFE[env].fullmatch(name), name
            self.set_ptr(f["doc"], f["tn"], name)
            pointer = f["tn"]
            kind = "tool_name_joined"
        elif surf == "tool_description":
            tdp = f["td"]
            cur = self.get(f["doc"], tdp)
            if placement == "key_cue":    # the tool description names the field, the value follows it
                text = f"{cue_key}: {written}"
            elif placement == "text_cue":
                text = s_val
            else:
                text = rng.choice(C.NEUTRAL_SENTENCES).format(v=written, n=rng.choice(["May", "weekly", "Q2"]))
            self.set_ptr(f["doc"], tdp, cur.rstrip() + " " + text)
            pointer = tdp
        elif surf == "file_name":
            part = f"{frag}-{written}" if placement == "text_cue" else written
            f["fname"] = f"{f['family']}.{f['sn']}.{part}.{env}.json"
            pointer = ""
            kind = "file_name_joined"
        elif surf == "metadata":
            modes = ["x", "comment"]
            mode = rng.choice(modes)
            if False:
                pass
            elif mode == "x":
                tptr, t = self.target(f)
                xk = ("x-" + V.ident(frag, "kebab")) if placement == "key_cue" else rng.choice(C.NEUTRAL_XKEYS)
                k, n = xk, 2
                while k in t:
                    k, n = f"{xk}-{n}", n + 1
                t[k] = s_val
                pointer = f"{tptr}/{ptr_tok(k)}"
            else:
                key = cue_key if placement == "key_cue" else self.neutral_key()
                text = s_val if placement != "no_cue" else rng.choice(C.NEUTRAL_SENTENCES).format(v=written, n="Q2")
                p, _ = self.add_prop(f, key, {"type": "string", "$comment": text})
                pointer = f"{p}/$comment"
        lab = {"pointer": pointer, "surface": surf, "category": cat, "value": value, "kind": kind,
               "placement": placement, "format": label_fmt, "plain": plain}
        if raw is not None:
            lab["raw"] = raw
        if extra.get("port"):
            lab["port"] = extra["port"]
        f["labels"].append(lab)

    # ------------------------------------------------------------------ hard negatives
    def plant_hn(self, f, kind, pools):
        rng = self.rng
        if kind == "category_label_key":
            key = pools[kind].pop()
            pointer, _ = self.add_prop(f, key, {"type": "string", "description": "Captured at intake."})
            value, surf = key, "property_name"
        elif kind == "code_enum":
            what, codes = pools[kind].pop()
            p, _ = self.add_prop(f, snake(what.split(" ")[-1]) + "_code",
                                 {"type": "string", "description": what, "enum": list(codes)})
            pointer, value, surf = f"{p}/enum/0", codes[0], "enum"
        elif kind == "reserved_placeholder":
            v = pools[kind].pop()
            s = rng.choice(["examples", "default", "const"])
            p, _ = self.add_prop(f, rng.choice(["sample_value", "placeholder", "demo", "template_value"]),
                                 {"type": "string", s: [v] if s == "examples" else v})
            pointer, value, surf = (f"{p}/examples/0" if s == "examples" else f"{p}/{s}"), v, s
        elif kind == "format_regex":
            v = pools[kind].pop()
            p, _ = self.add_prop(f, rng.choice(["value_format", "masked_input", "validated"]),
                                 {"type": "string", "pattern": v})
            pointer, value, surf = f"{p}/pattern", v, "pattern"
        elif kind == "name_like_word":
            v = pools[kind].pop()
            s = rng.choice(["enum", "const", "default", "title"])
            sch = {"type": "string", s: ([v, "Standard", "Express"] if s == "enum" else v)}
            p, _ = self.add_prop(f, rng.choice(["phonetic_code", "finish", "tier", "theme"]), sch)
            pointer, value, surf = (f"{p}/enum/0" if s == "enum" else f"{p}/{s}"), v, s
        elif kind == "version_date":
            v = pools[kind].pop()
            tptr, t = self.target(f)
            k = rng.choice(["x-api-version", "x-since", "x-release", "$comment"])
            while k in t:
                k = k + "-2"
            t[k] = v
            pointer, value, surf = f"{tptr}/{ptr_tok(k)}", v, "metadata"
        elif kind == "category_words_text":
            v = pools[kind].pop()
            s = rng.choice(["description", "title"])
            p, _ = self.add_prop(f, rng.choice(["field_note", "help_text", "hint"]), {"type": "string", s: v})
            pointer, value, surf = f"{p}/{s}", v, s
        elif kind == "tool_category_words":
            v = pools[kind].pop()
            self.set_ptr(f["doc"], f["tn"], v)
            pointer, value, surf = f["tn"], v, "tool_name"
        elif kind == "file_name_category_words":
            v = pools[kind].pop()
            f["fname"] = f"{f['family']}.{f['sn']}.{v}.{f['env']}.json"
            pointer, value, surf = "", v, "file_name"
        f["labels"].append({"pointer": pointer, "surface": surf, "category": "NONE", "value": value, "kind": kind,
                            "placement": "none", "format": kind})

    # ------------------------------------------------------------------ main
    def build(self, out):
        rng = self.rng
        files = self.make_files()
        pairs = self.plan()
        load = Counter()
        tool_files = [i for i, f in enumerate(files) if f["env"] in TOOL_ENVS]
        slots = {i: set() for i in range(len(files))}
        assign = []
        order = sorted(range(len(pairs)), key=lambda i: (pairs[i][1] not in ("tool_name", "tool_description",
                                                                               "file_name"), i))
        for i in order:
            cat, surf = pairs[i]
            cands = tool_files if surf in ("tool_name", "tool_description") else list(range(len(files)))
            if surf in ("tool_name", "tool_description", "file_name"):
                cands = [j for j in cands if surf not in slots[j]]
            m = min(load[j] for j in cands)
            j = rng.choice([j for j in cands if load[j] == m])
            slots[j].add(surf)
            load[j] += 1
            assign.append((j, cat, surf))
        hn = [k for k, n in HN_COUNTS.items() for _ in range(n)]
        hn_assign = []
        hload = Counter()
        for k in sorted(hn, key=lambda k: k not in ("tool_category_words", "file_name_category_words")):
            surf = {"tool_category_words": "tool_name", "file_name_category_words": "file_name"}.get(k)
            cands = tool_files if surf == "tool_name" else list(range(len(files)))
            if surf:
                cands = [j for j in cands if surf not in slots[j]]
            m = min(hload[j] + load[j] for j in cands)
            j = rng.choice([j for j in cands if hload[j] + load[j] == m])
            if surf:
                slots[j].add(surf)
            hload[j] += 1
            hn_assign.append((j, k))
        pools = {"category_label_key": list(C.HN_LABEL_KEYS), "code_enum": list(C.HN_CODE_ENUMS),
                 "reserved_placeholder": list(C.HN_PLACEHOLDERS), "format_regex": list(C.HN_FORMAT_REGEXES),
                 "name_like_word": list(C.HN_NAME_WORDS), "version_date": list(C.HN_VERSION_DATES),
                 "category_words_text": list(C.HN_CATEGORY_TEXT), "tool_category_words": list(C.HN_TOOL_NAMES),
                 "file_name_category_words": list(C.HN_FILE_WORDS)}
        for p in pools.values():
            rng.shuffle(p)
        work = [(j, "pos", cat, surf) for j, cat, surf in assign] + [(j, "hn", k, "") for j, k in hn_assign]
        work.sort(key=lambda w: (w[0], w[1], w[2], w[3]))
        for j, typ, a, b in work:
            if typ == "pos":
                self.plant(files[j], a, b)
            else:
                self.plant_hn(files[j], a, pools)
        planted, real = out / "planted", out / "real"
        for d in (planted, real):
            if d.exists():
                shutil.rmtree(d)
        labels = []
        n = 0
        names = set()
        for f in files:
            rel = f"{f['env']}/{f['fname']}"
            assert rel not in names
            names.add(rel)
            p = planted / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(json.dumps(f["doc"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            for lab in f["labels"]:
                n += 1
                row = {"id": f"t67-{n:04d}", "file": rel, "pointer": lab["pointer"], "surface": lab["surface"],
                       "category": lab["category"], "value": lab["value"], "kind": lab["kind"], "base": f["base"],
                       "placement": lab["placement"], "format": lab["format"]}
                for k in ("raw", "plain", "port"):
                    if k in lab:
                        row[k] = lab[k]
                labels.append(row)
        (planted / "labels.jsonl").write_text("".join(json.dumps(l, ensure_ascii=False) + "\n" for l in labels),
                                              encoding="utf-8")
        man = []
        for fam in FAMILIES:
            u = self.units[fam]
            for unit in u["real"]:
                rel = f"{fam}/{fam}.{unit['name']}.schema.json"
                p = real / rel
                p.parent.mkdir(parents=True, exist_ok=True)
                data = json.dumps(unit["schema"], indent=2, ensure_ascii=False) + "\n"
                p.write_text(data, encoding="utf-8")
                man.append({"file": rel, "repo": u["repo"], "commit": u["commit"], "path": u["path"],
                            "pointer": unit["pointer"], "licence": u["licence"],
                            "sha256": hashlib.sha256(data.encode()).hexdigest()})
        (real / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in man),
                                             encoding="utf-8")
        return labels


def verify_sources(here):
    for line in (here / "sources" / "MANIFEST.jsonl").read_text().splitlines():
        m = json.loads(line)
        got = hashlib.sha256((here / "sources" / m["file"]).read_bytes()).hexdigest()
        assert got == m["sha256"], f"sources/{m['file']} sha256 mismatch"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    a = ap.parse_args()
    verify_sources(HERE)
    labels = Builder(HERE).build(Path(a.out))
    pos = sum(1 for l in labels if l["category"] != "NONE")
    print(f"{pos} positives, {len(labels) - pos} hard negatives")


if __name__ == "__main__":
    main()
