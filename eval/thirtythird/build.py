#!/usr/bin/env python3
"""Deterministic builder for the thirty-third set: sources/ -> planted/ + real/ (stdlib + phonenumbers).

Seed 333033.  Run from anywhere; writes next to this file (or into --out DIR, used by check.py's rebuilds).
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
SEED = 333033
ENVS = ["cortex-complete", "ernie-functions", "composio-action", "fireworks-json"]
TOOL_ENVS = ("cortex-complete", "ernie-functions", "composio-action")
FAMILIES = ["sendgrid", "okta"]
N_REAL = 28

CAT_COUNTS = {"PERSON": 14, "DATE_OF_BIRTH": 12, "MRN": 11, "HEALTH_PLAN_ID": 11, "ACCOUNT_NUMBER": 11,
              "PHONE_NUMBER": 11, "US_SSN": 10, "SECRET": 10, "DEVICE_ID": 10, "VEHICLE_ID": 10, "IP_ADDRESS": 10,
              "LICENSE_NUMBER": 10, "URL": 10, "EMAIL_ADDRESS": 10, "STREET_ADDRESS": 10, "ZIP_CODE": 10}
N_POS = sum(CAT_COUNTS.values())
SURFACES = ["property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples",
            "default", "tool_name", "tool_description", "file_name", "metadata"]
SURF_COUNTS = {s: 13 for s in SURFACES}
SURF_COUNTS["description"] = 14
HN_COUNTS = {"category_label_key": 12, "code_enum": 12, "reserved_placeholder": 12, "category_words_text": 10,
             "format_regex": 10, "name_like_word": 10, "version_date": 7, "tool_category_words": 4,
             "file_name_category_words": 3}
IDENT_SURFACES = ("property_name", "tool_name", "file_name")

NO_TOOL = {"EMAIL_ADDRESS", "URL", "SECRET", "STREET_ADDRESS"}
INCOMPAT = {"tool_name": NO_TOOL, "file_name": {"URL", "SECRET", "STREET_ADDRESS"},
            "property_name": {"URL", "SECRET"}, "pattern_property": {"SECRET"}}

SECRET_RULES = ["age-secret-key", "anthropic-api-key", "digitalocean-pat", "gcp-api-key", "github-pat", "jwt",
                "openai-api-key", "planetscale-password", "prefect-api-token", "pulumi-api-token", "pypi-upload-token",
                "readme-api-token", "rubygems-api-token", "sentry-user-token", "slack-bot-token",
                "square-access-token", "uri.postgres", "uri.mongosrv", "uri.adonet"]
# format catalogue: category -> [(format, must_cue)]
FORMATS = {
    "PERSON": [("name.given_family", False), ("name.family_comma", False), ("name.caps", False),
               ("name.lower", False), ("name.initial_family", True), ("name.two_given", False),
               ("name.native", False), ("name.family_given", True)],
    "DATE_OF_BIRTH": [(f, True) for f in ("date.iso", "date.us", "date.basic", "date.oracle", "date.bg_long",
                                          "date.th_be", "date.he_long", "date.ie_long", "date.lad_long")],
    "MRN": [(f, True) for f in V.MRN_RX],
    "US_SSN": [("ssn.dash", False), ("ssn.space", True), ("ssn.bare", True)],
    "PHONE_NUMBER": [("phone.e164", False), ("phone.intl", False), ("phone.tel", False), ("phone.national", True),
                     ("phone.idd00", True), ("phone.digits", True)],
    "EMAIL_ADDRESS": [("email.plain", False), ("email.mailto", False)],
    "STREET_ADDRESS": [("addr.upper", False), ("addr.title", False), ("addr.twoline", False), ("addr.line", True)],
    "ZIP_CODE": [("zip.5", True), ("zip.plus4", True)],
    "HEALTH_PLAN_ID": [(f, True) for f in V.HP_RX],
    "ACCOUNT_NUMBER": [("acct.iban", False), ("acct.iban_paper", False), ("acct.card", True),
                       ("acct.card_grouped", False), ("acct.card_dashed", False), ("acct.pfs", True)],
    "LICENSE_NUMBER": [(f"dl.{s}", True) for s in V.DL_RX],
    "DEVICE_ID": [("dev.imei", True), ("dev.imei_dashed", True), ("dev.mac", False), ("dev.mac_cisco", False),
                  ("dev.mac_hyphen", False), ("dev.hibc", False), ("dev.meid", True), ("dev.serial", True)],
    "VEHICLE_ID": [("veh.vin", False), ("veh.vin_lower", False)] + [(f"veh.plate_{c}", True) for c in V.PLATE_RX],
    "IP_ADDRESS": [("ip.v4", False), ("ip.v4_port", False), ("ip.v4_cidr32", False), ("ip.v6", False),
                   ("ip.v6_bracket_port", False), ("ip.v4_snake", False)],
    "URL": [("url.link", False)],
    "SECRET": [(f"sec.{r}", False) for r in SECRET_RULES] + [("sec.password", True)],
}
MUST_CUE = {f for fl in FORMATS.values() for f, m in fl if m}
# formats whose written form is already safe in an ASCII identifier, per category
IDENT_OK = {
    "DATE_OF_BIRTH": ["date.key", "date.basic", "date.iso", "date.oracle"],
    "MRN": ["mrn.epi7", "mrn.h_mod11", "mrn.pt9", "mrn.zero10"],
    "US_SSN": ["ssn.dash", "ssn.snake"],
    "PHONE_NUMBER": ["phone.digits", "phone.idd00"],
    "EMAIL_ADDRESS": ["email.plain"],
    "STREET_ADDRESS": ["addr.line"],
    "ZIP_CODE": ["zip.5", "zip.plus4"],
    "HEALTH_PLAN_ID": list(V.HP_RX),
    "ACCOUNT_NUMBER": ["acct.iban", "acct.card", "acct.pfs", "acct.card_dashed"],
    "LICENSE_NUMBER": ["dl.CA", "dl.OH", "dl.TX", "dl.AZ", "dl.FL"],
    "DEVICE_ID": ["dev.mac_hyphen", "dev.imei", "dev.imei_dashed", "dev.serial", "dev.meid"],
    "VEHICLE_ID": ["veh.vin", "veh.vin_lower"],
    "IP_ADDRESS": ["ip.v4_snake"],
}
MUST_CUE |= {"ssn.snake", "date.key"}
TOOL_SAFE = re.compile(r"[A-Za-z0-9_-]+")


def snake(name):
    s = re.sub(r"--+", "_", name)
    s = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", s)
    return re.sub(r"[^0-9a-zA-Z]+", "_", s).lower().strip("_")


def ptr_tok(k):
    return k.replace("~", "~0").replace("/", "~1")


class Builder:
    def __init__(self, here):
        self.here = here
        self.rng = random.Random(SEED)
        src = here / "sources"
        self.units = {f: json.loads((src / f"{f}-units.json").read_text(encoding="utf-8")) for f in FAMILIES}
        self.faker = json.loads((src / "faker-names.json").read_text(encoding="utf-8"))
        self.rules = {r["id"]: r for r in json.loads((src / "gitleaks-rules.json").read_text(encoding="utf-8"))}
        self.used_values = set()
        self.labels = []

    # ------------------------------------------------------------------ values
    def faker_name(self, loc):
        rng = self.rng
        t = self.faker[loc]
        male = rng.random() < 0.5
        pool = t["first_names_male"] if male else t["first_names_female"]
        if loc == "bg_BG":      # Bulgarian family names agree in gender (-ов / -ова)
            fams = t["last_names_male"] if male else t["last_names_female"]
        else:
            fams = t["last_names"]
        return rng.choice(pool), rng.choice(pool), rng.choice(fams)

    def person(self, fmt, latin=False):
        rng = self.rng
        if latin:
            src = rng.choice(["en_IE", "bg_BG", "hand"])
        elif fmt == "name.native":
            src = rng.choice(["th_TH", "bg_BG", "hand_native"])
        else:
            src = rng.choice(["bg_BG", "th_TH", "en_IE", "hand", "hand"])
            if src == "th_TH" and fmt == "name.initial_family":   # Thai names are not written with initials
                src = "bg_BG"
        if src == "hand_native":
            _, _, nat, _ = rng.choice([h for h in C.HAND_NAMES if h[2]])
            return nat, nat
        if src == "hand":
            pool = [h for h in C.HAND_NAMES if not (latin and V.has_non_ascii(h[0] + h[1]))]
            g, f, _, _ = rng.choice(pool)
            g2 = rng.choice(pool)[0]
        else:
            g, g2, f = self.faker_name(src)
        if fmt == "name.native":
            return f"{g} {f}", f"{g} {f}"
        if src == "bg_BG" and fmt != "name.native":
            g, g2, f = V.romanise_bg(g), V.romanise_bg(g2), V.romanise_bg(f)   # Latin form, as on a passport
            if rng.random() < 0.3 and not latin:
                g, g2, f = self.faker_name("bg_BG")                         # or left in Cyrillic
        plain = f"{g} {f}"
        if fmt == "name.given_family":
            w = plain
        elif fmt == "name.family_comma":
            w = f"{f.upper()}, {g}"
        elif fmt == "name.caps":
            w = plain.upper()
        elif fmt == "name.lower":
            w = plain.lower()
        elif fmt == "name.initial_family":
            w = f"{g[0]}. {f}"
        elif fmt == "name.two_given":
            if g2 == g:
                g2 = "Mary" if g != "Mary" else "Anne"
            plain = f"{g} {g2} {f}"
            w = plain
        elif fmt == "name.family_given":
            w = f"{f} {g}"
        else:
            raise KeyError(fmt)
        return plain, w

    def value(self, cat, fmt, latin=False):
        """Return (plain, written) for a format; never reuse a plain value."""
        rng = self.rng
        for _ in range(200):
            if cat == "PERSON":
                plain, w = self.person(fmt, latin)
            elif cat == "DATE_OF_BIRTH":
                plain = V.gen_dob(rng)
                w = V.render_date(fmt, plain)
            elif cat == "MRN":
                plain = w = V.gen_mrn(rng, fmt)
            elif cat == "US_SSN":
                plain = V.gen_ssn(rng)
                w = V.render_ssn(fmt, plain)
            elif cat == "PHONE_NUMBER":
                plain = V.gen_phone(rng, rng.choice(V.PHONE_REGIONS))
                w = V.render_phone(fmt, plain)
            elif cat == "EMAIL_ADDRESS":
                nm = self.person("name.given_family", latin=True)[0]
                g, f = nm.split(" ", 1)
                gi, fi = V.ident(g, "snake"), V.ident(f, "snake").replace("_", "")
                local = rng.choice([f"{gi}.{fi}", f"{gi}_{fi}", f"{gi}{rng.randint(70, 99)}", f"{gi[0]}{fi}",
                                    f"{fi}.{gi}"])
                plain = f"{local}@{rng.choice(V.EMAIL_DOMAINS)}"
                w = plain if fmt == "email.plain" else "mailto:" + plain
            elif cat == "STREET_ADDRESS":
                plain = V.gen_street(rng)
                w = V.render_street(fmt, plain)
            elif cat == "ZIP_CODE":
                plain = V.gen_zip(rng)
                if fmt == "zip.plus4":
                    plain += "-" + V.digits(rng, 4, True)
                w = plain
            elif cat == "HEALTH_PLAN_ID":
                plain = w = V.gen_hpid(rng, fmt)
            elif cat == "ACCOUNT_NUMBER":
                if fmt.startswith("acct.iban"):
                    plain = V.gen_iban(rng, rng.choice(list(V.IBAN_LEN)))
                elif fmt.startswith("acct.card"):
                    plain = V.gen_card(rng, rng.choice(["discover", "jcb", "diners", "visa"]))
                else:
                    plain = "PFS" + V.digits(rng, 10, True)
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
                elif fmt == "dev.hibc":
                    plain = w = V.gen_hibc(rng)
                elif fmt == "dev.meid":
                    plain = w = V.gen_meid(rng)
                else:
                    plain = w = V.gen_serial(rng)
            elif cat == "VEHICLE_ID":
                if fmt.startswith("veh.vin"):
                    plain = V.gen_vin(rng)
                    w = plain.lower() if fmt == "veh.vin_lower" else plain
                else:
                    plain = w = V.gen_plate(rng, fmt.split("_")[1])
            elif cat == "IP_ADDRESS":
                plain = V.gen_ipv6(rng) if fmt.startswith("ip.v6") else V.gen_ipv4(rng)
                port = rng.choice([443, 8080, 1433, 27017, 6443])
                w = {"ip.v4": plain, "ip.v6": plain, "ip.v4_port": f"{plain}:{port}", "ip.v4_cidr32": f"{plain}/32",
                     "ip.v6_bracket_port": f"[{plain}]:{port}", "ip.v4_snake": plain.replace(".", "_")}[fmt]
            elif cat == "URL":
                tpl = rng.choice(V.URL_TEMPLATES)
                nm = self.person("name.given_family", latin=True)[0]
                slug = V.ident(nm, rng.choice(["kebab", "snake"]))
                if "bsky" in tpl or "instagram" in tpl:
                    slug = slug.replace("-", ".").replace("_", ".")
                if any(s in tpl for s in ("gofundme", "ketto", "milaap")):
                    slug = rng.choice(["help-", "support-", "", "stand-with-"]) + V.ident(nm, "kebab") + \
                        rng.choice(["-kidney-transplant", "-chemo-fund", "-medical-bills", ""])
                plain = w = tpl.format(slug=slug, num=V.digits(rng, 8, True),
                                       host=rng.choice(["banner-health", "intermountain", "nebraskamed", "saintlukes"]))
            elif cat == "SECRET":
                plain = w = V.gen_secret(rng, fmt[4:])
            else:
                raise KeyError(cat)
            if plain not in self.used_values:
                self.used_values.add(plain)
                return plain, w
        raise RuntimeError("value pool exhausted")

    # ------------------------------------------------------------------ planning
    def plan(self):
        rng = self.rng
        cats = [c for c, n in CAT_COUNTS.items() for _ in range(n)]
        surfs = [s for s, n in SURF_COUNTS.items() for _ in range(n)]
        assert len(cats) == len(surfs) == N_POS
        rng.shuffle(cats)
        rng.shuffle(surfs)
        ok = lambda c, s: c not in INCOMPAT.get(s, ())
        for _ in range(10000):
            bad = [i for i in range(N_POS) if not ok(cats[i], surfs[i])]
            if not bad:
                break
            i = bad[0]
            js = [j for j in range(N_POS) if ok(cats[i], surfs[j]) and ok(cats[j], surfs[i])]
            j = rng.choice(js)
            surfs[i], surfs[j] = surfs[j], surfs[i]
        return list(zip(cats, surfs))

    # ------------------------------------------------------------------ documents
    def make_files(self):
        files = []
        for ei, env in enumerate(ENVS):
            for fam in FAMILIES:
                u = self.units[fam]
                for unit in u["hosts"][8 * ei: 8 * ei + 8]:
                    files.append(self.envelope(env, fam, unit))
        return files

    def envelope(self, env, fam, unit):
        rng = self.rng
        sch = copy.deepcopy(unit["schema"])
        sn = snake(unit["name"])
        tool = f"{fam}_{sn}"[:64]
        d = unit["schema"].get("description")
        thing = "SendGrid" if fam == "sendgrid" else "Okta"
        desc = d if isinstance(d, str) and d.strip() else C.NEUTRAL_DESCR.format(thing=f"{thing} {unit['name']}")
        if env == "cortex-complete":
            doc = {"model": "claude-3-5-sonnet", "max_tokens": 4096,
                   "messages": [{"role": "user", "content": f"Fill in the {unit['name']} object for the {thing} call."}],
                   "tools": [{"tool_spec": {"type": "generic", "name": tool, "description": desc,
                                            "input_schema": sch}}],
                   "tool_choice": {"type": "tool", "name": [tool]}}
            root, tn, td = "/tools/0/tool_spec/input_schema", "/tools/0/tool_spec/name", "/tools/0/tool_spec/description"
        elif env == "ernie-functions":
            doc = {"messages": [{"role": "user", "content": f"Call the {thing} function for {unit['name']}."}],
                   "functions": [{"name": tool, "description": desc, "parameters": sch,
                                  "responses": {"type": "object", "properties": {"ok": {"type": "boolean"}}}}],
                   "tool_choice": {"type": "function", "function": {"name": tool}},
                   "temperature": 0.1}
            root, tn, td = "/functions/0/parameters", "/functions/0/name", "/functions/0/description"
        elif env == "composio-action":
            app = fam.upper()
            doc = {"name": f"{app}_{sn.upper()}"[:64], "display_name": unit["name"], "description": desc,
                   "parameters": sch,
                   "response": {"type": "object", "title": "ActionResponse",
                                "properties": {"data": {"type": "object", "title": "Data"},
                                               "error": {"type": "string", "title": "Error"},
                                               "successful": {"type": "boolean", "title": "Successful"}},
                                "required": ["data", "successful"]},
                   "appName": fam, "appId": hashlib.sha256(f"{fam}:app".encode()).hexdigest()[:32],
                   "version": "1.0.0", "available_versions": ["1.0.0"], "tags": [fam, "integrations"],
                   "enabled": True, "deprecated": False}
            root, tn, td = "/parameters", "/name", "/description"
        else:
            doc = {"model": "accounts/fireworks/models/llama-v3p1-70b-instruct", "max_tokens": 2048,
                   "messages": [{"role": "system", "content": f"Answer with one {thing} {unit['name']} JSON object."},
                                {"role": "user", "content": "Use the notes below."}],
                   "response_format": {"type": "json_object", "schema": sch}}
            root, tn, td = "/response_format/schema", None, None
        if env == "composio-action":
            tool = doc["name"]
        u = self.units[fam]
        return {"env": env, "family": fam, "unit": unit["name"], "sn": sn, "doc": doc, "root": root, "tn": tn,
                "td": td, "fname": f"{fam}.{sn}.{env}.json", "fname_label": None, "used": set(),
                "base": f"{u['repo']}@{u['commit']}:{u['path']}#{unit['pointer']}", "labels": []}

    # ------------------------------------------------------------------ pointer helpers
    @staticmethod
    def get(doc, ptr):
        o = doc
        for t in ptr.split("/")[1:]:
            t = t.replace("~1", "/").replace("~0", "~")
            o = o[int(t)] if isinstance(o, list) else o[t]
        return o

    def target(self, f):
        """The root schema object, or (about 30 %) an inline nested object schema with properties."""
        root = self.get(f["doc"], f["root"])
        cands = []
        for k, v in (root.get("properties") or {}).items():
            if isinstance(v, dict) and isinstance(v.get("properties"), dict):
                cands.append((f["root"] + "/properties/" + ptr_tok(k), v))
            if isinstance(v, dict) and isinstance(v.get("items"), dict) and isinstance(v["items"].get("properties"), dict):
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
    def choose_format(self, cat, surf, placement):
        rng = self.rng
        if surf in IDENT_SURFACES and cat != "PERSON":
            fl = IDENT_OK[cat]
            if surf in ("tool_name", "file_name"):
                fl = [x for x in fl if not x.startswith(("ip.v4", "email", "addr")) or x == "ip.v4_snake"]
                if surf == "file_name" and cat == "EMAIL_ADDRESS":
                    fl = ["email.plain"]
        else:
            fl = [f for f, _ in FORMATS[cat]]
        if placement == "no_cue":
            fl = [x for x in fl if x not in MUST_CUE] or fl
        return rng.choice(fl)

    def plant(self, f, cat, surf):
        rng = self.rng
        # placement
        opts = ["key_cue", "text_cue", "text_cue", "no_cue"]
        if surf in ("tool_name", "file_name"):
            opts = ["text_cue", "text_cue", "no_cue"]
        placement = rng.choice(opts)
        fmt = self.choose_format(cat, surf, placement)
        if fmt in MUST_CUE and placement == "no_cue":
            placement = "text_cue"
        if cat == "PERSON" and fmt in ("name.initial_family", "name.family_given") and placement == "no_cue":
            placement = "text_cue"
        latin = cat == "PERSON" and surf in ("tool_name", "file_name")
        if latin and fmt == "name.native":
            fmt = "name.given_family"
        plain, written = self.value(cat, fmt, latin)
        label_fmt = fmt
        # identifiers
        if surf in IDENT_SURFACES:
            if cat == "PERSON":
                if surf == "property_name" and (V.has_non_ascii(written) or (
                        rng.random() < 0.25 and re.search(r"[^\x00-\x7f]", written))):
                    style = "native"
                else:
                    style = rng.choice(["snake", "camel", "kebab", "pascal"] if surf != "tool_name"
                                       else ["snake", "camel", "pascal", "kebab"])
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
        pointer = None
        value = written
        kind = "literal"
        if surf in ("enum", "const", "default", "examples", "title"):
            key = cue_key if placement == "key_cue" else self.neutral_key()
            sch = {"type": "string"}
            if surf == "enum":
                filler = rng.choice(["n/a", "pending", "none", "other"])
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
                v=written, n=rng.choice(["March", "nightly", "Q3", "second"]))
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
            assert TOOL_SAFE.fullmatch(name) and len(name) <= 64, name
            self.set_tool_name(f, name)
            pointer = f["tn"]
            kind = "tool_name_joined"
        elif surf == "tool_description":
            tdp = f["td"]
            cur = self.get(f["doc"], tdp)
            text = s_val if placement == "text_cue" else rng.choice(C.NEUTRAL_SENTENCES).format(
                v=written, n=rng.choice(["March", "nightly", "Q3"]))
            if placement == "key_cue":    # the tool description names the field, the value follows it
                text = f"{cue_key}: {written}"
            self.set_ptr(f["doc"], tdp, cur.rstrip() + " " + text)
            pointer = tdp
        elif surf == "file_name":
            part = f"{frag}-{written}" if placement == "text_cue" else written
            f["fname"] = f"{f['family']}.{f['sn']}.{part}.{f['env']}.json"
            pointer = ""
            kind = "file_name_joined"
        elif surf == "metadata":
            mode = rng.choice(["x", "comment"])
            if mode == "x":
                tptr, t = self.target(f)
                xk = ("x-" + V.ident(frag, "kebab")) if placement == "key_cue" else rng.choice(C.NEUTRAL_XKEYS)
                k, n = xk, 2
                while k in t:
                    k, n = f"{xk}-{n}", n + 1
                t[k] = s_val
                pointer = f"{tptr}/{ptr_tok(k)}"
            else:
                key = cue_key if placement == "key_cue" else self.neutral_key()
                text = s_val if placement != "no_cue" else rng.choice(C.NEUTRAL_SENTENCES).format(v=written, n="Q3")
                p, _ = self.add_prop(f, key, {"type": "string", "$comment": text})
                pointer = f"{p}/$comment"
        lab = {"file": None, "pointer": pointer, "surface": surf, "category": cat, "value": value, "kind": kind,
               "placement": placement, "format": label_fmt, "plain": plain}
        if raw is not None:
            lab["raw"] = raw
        f["labels"].append(lab)

    def set_ptr(self, doc, ptr, val):
        parts = ptr.split("/")
        parent = self.get(doc, "/".join(parts[:-1])) if len(parts) > 2 else doc
        parent[parts[-1]] = val

    def set_tool_name(self, f, name):
        self.set_ptr(f["doc"], f["tn"], name)
        if f["env"] == "cortex-complete":
            f["doc"]["tool_choice"]["name"] = [name]
        elif f["env"] == "ernie-functions":
            f["doc"]["tool_choice"]["function"]["name"] = name

    # ------------------------------------------------------------------ hard negatives
    def plant_hn(self, f, kind, pools):
        rng = self.rng
        surf = None
        if kind == "category_label_key":
            key = pools[kind].pop()
            pointer, _ = self.add_prop(f, key, {"type": "string", "description": "Filled in at intake."})
            value, surf = key, "property_name"
        elif kind == "code_enum":
            what, codes = pools[kind].pop()
            p, _ = self.add_prop(f, snake(what.split(" ")[-1]) + "_code",
                                 {"type": "string", "description": what, "enum": list(codes)})
            pointer, value, surf = f"{p}/enum/0", codes[0], "enum"
        elif kind == "reserved_placeholder":
            v = pools[kind].pop()
            s = rng.choice(["examples", "default", "const"])
            p, _ = self.add_prop(f, rng.choice(["contact", "placeholder_value", "sample", "demo_value"]),
                                 {"type": "string", s: [v] if s == "examples" else v})
            pointer, value, surf = (f"{p}/examples/0" if s == "examples" else f"{p}/{s}"), v, s
        elif kind == "format_regex":
            v = pools[kind].pop()
            p, _ = self.add_prop(f, rng.choice(["value_format", "formatted", "checked_value"]),
                                 {"type": "string", "pattern": v})
            pointer, value, surf = f"{p}/pattern", v, "pattern"
        elif kind == "name_like_word":
            v = pools[kind].pop()
            s = rng.choice(["enum", "const", "default", "title"])
            sch = {"type": "string", s: ([v, "Invoice", "Receipt"] if s == "enum" else v)}
            p, _ = self.add_prop(f, rng.choice(["document_kind", "label", "tier", "theme"]), sch)
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
            self.set_tool_name(f, v)
            pointer, value, surf = f["tn"], v, "tool_name"
        elif kind == "file_name_category_words":
            v = pools[kind].pop()
            f["fname"] = f"{f['family']}.{f['sn']}.{v}.{f['env']}.json"
            pointer, value, surf = "", v, "file_name"
        f["labels"].append({"file": None, "pointer": pointer, "surface": surf, "category": "NONE", "value": value,
                            "kind": kind, "placement": "none", "format": kind})

    # ------------------------------------------------------------------ main
    def build(self, out):
        rng = self.rng
        files = self.make_files()
        pairs = self.plan()
        load = Counter()
        tool_files = [i for i, f in enumerate(files) if f["env"] in TOOL_ENVS]
        slots = {i: set() for i in range(len(files))}
        assign = []
        # the most constrained surfaces first
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
        # hard negatives
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
        work = [(j, "pos", cat, surf) for j, cat, surf in assign] + [(j, "hn", k, None) for j, k in hn_assign]
        work.sort(key=lambda w: (w[0], w[1], w[2], w[3] or ""))
        for j, typ, a, b in work:
            if typ == "pos":
                self.plant(files[j], a, b)
            else:
                self.plant_hn(files[j], a, pools)
        # write
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
                lab["file"] = rel
                lab["base"] = f["base"]
                labels.append({"id": f"t33-{n:04d}", **{k: lab[k] for k in (
                    "file", "pointer", "surface", "category", "value", "kind", "base", "placement", "format")},
                               **{k: lab[k] for k in ("raw", "plain") if k in lab}})
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
