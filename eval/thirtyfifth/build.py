#!/usr/bin/env python3
"""Deterministic builder for the thirty-fifth set: sources/ -> planted/ + real/ (stdlib + phonenumbers).

Seed 353535.  Run from anywhere; writes next to this file (or into --out DIR, used by check.py's rebuilds).
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
SEED = 353535
ENVS = ["gigachat-functions", "yandexgpt-tools", "dialogflow-cx-tool", "langgraph-schemas"]
TOOL_ENVS = ("gigachat-functions", "yandexgpt-tools", "dialogflow-cx-tool")
FAMILIES = ["dhis2", "vonage"]
PER_ENV_FAMILY = 12

CAT_COUNTS = {"PERSON": 22, "DATE_OF_BIRTH": 22, "MRN": 21, "HEALTH_PLAN_ID": 21, "ACCOUNT_NUMBER": 21,
              "PHONE_NUMBER": 21, "US_SSN": 21, "SECRET": 21, "DEVICE_ID": 21, "VEHICLE_ID": 21, "IP_ADDRESS": 21,
              "LICENSE_NUMBER": 21, "URL": 21, "EMAIL_ADDRESS": 21, "STREET_ADDRESS": 21, "ZIP_CODE": 21}
SURFACES = ["property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples",
            "default", "tool_name", "tool_description", "file_name", "metadata"]
SURF_COUNTS = {s: 26 for s in SURFACES}
N_POS = sum(CAT_COUNTS.values())
HN_COUNTS = {"category_label_key": 12, "code_enum": 12, "reserved_placeholder": 14, "category_words_text": 11,
             "format_regex": 10, "name_like_word": 10, "version_date": 6, "tool_category_words": 4,
             "file_name_category_words": 4}
IDENT_SURFACES = ("property_name", "tool_name", "file_name")
INCOMPAT = {"tool_name": {"EMAIL_ADDRESS", "URL", "SECRET", "STREET_ADDRESS"},
            "file_name": {"URL", "SECRET", "STREET_ADDRESS"},
            "property_name": {"URL", "SECRET"}, "pattern_property": {"SECRET"}}

SECRET_RULES = ["slack-bot-token", "anthropic-api-key", "digitalocean-pat", "pypi-upload-token",
                "planetscale-api-token", "pulumi-api-token", "rubygems-api-token", "age-secret-key", "gcp-api-key",
                "dynatrace-api-token", "heroku-api-key-v2", "vault-service-token", "alibaba-access-key-id",
                "square-access-token", "gitlab-runner-authentication-token", "gitlab-deploy-token",
                "clojars-api-token", "uri.postgres", "uri.mongosrv", "uri.mssql"]
# format catalogue: category -> [(format, must_cue)]
FORMATS = {
    "PERSON": [("name.given_family", False), ("name.family_comma", False), ("name.caps", False),
               ("name.lower", False), ("name.initial_family", True), ("name.two_given", False),
               ("name.native", False), ("name.family_given", True), ("name.iata", True)],
    "DATE_OF_BIRTH": [(f, True) for f in ("date.iso", "date.clin", "date.iata", "date.mt103", "date.dots_ymd",
                                          "date.ckb_long", "date.vec_long", "date.bho_long", "date.ru_long",
                                          "date.mk_long", "date.lb_long", "date.ordinal")],
    "MRN": [(f, True) for f in V.MRN_RX],
    "US_SSN": [("ssn.dash", False), ("ssn.dot", True), ("ssn.bare", True), ("ssn.spaced_groups", True)],
    "PHONE_NUMBER": [("phone.e164", False), ("phone.intl", False), ("phone.idd00", True), ("phone.national", True),
                     ("phone.digits", True)],
    "EMAIL_ADDRESS": [("email.plain", False), ("email.mailto", False)],
    "STREET_ADDRESS": [("addr.upper", False), ("addr.title", False), ("addr.line", True), ("addr.twoline", False)],
    "ZIP_CODE": [("zip.5", True), ("zip.plus4", True)],
    "HEALTH_PLAN_ID": [(f, True) for f in V.HP_RX],
    "ACCOUNT_NUMBER": [("acct.iban", False), ("acct.iban_paper", False), ("acct.card", True),
                       ("acct.card_dashed", False), ("acct.guarantor", True)],
    "LICENSE_NUMBER": [(f"dl.{s}", True) for s in V.DL_RX],
    "DEVICE_ID": [("dev.imei", True), ("dev.imei_grouped", True), ("dev.mac", False), ("dev.mac_upper", False),
                  ("dev.mac_cisco", False), ("dev.hibcc", False), ("dev.meid", True), ("dev.implant", True)],
    "VEHICLE_ID": [("veh.vin", False), ("veh.vin_lower", False)] + [(f"veh.plate_{c}", True) for c in V.PLATE_RX],
    "IP_ADDRESS": [("ip.v4", False), ("ip.v4_cidr", False), ("ip.v6", False), ("ip.v6_full", False),
                   ("ip.v6_port", False)],
    "URL": [("url.link", False)],
    "SECRET": [(f"sec.{r}", False) for r in SECRET_RULES] + [("sec.password", True)],
}
MUST_CUE = {f for fl in FORMATS.values() for f, m in fl if m} | {"ssn.snake", "date.key", "dev.mac_snake"}
# formats whose written form can stand in a key / file name as it is (per category)
IDENT_OK = {
    "DATE_OF_BIRTH": ["date.key", "date.iso", "date.iata", "date.clin"],
    "MRN": ["mrn.ur7", "mrn.bare10", "mrn.ptcheck"],
    "US_SSN": ["ssn.dash", "ssn.snake"],
    "PHONE_NUMBER": ["phone.digits"],
    "EMAIL_ADDRESS": ["email.plain"],
    "STREET_ADDRESS": ["addr.line", "addr.upper"],
    "ZIP_CODE": ["zip.5", "zip.plus4"],
    "HEALTH_PLAN_ID": list(V.HP_RX),
    "ACCOUNT_NUMBER": ["acct.iban", "acct.card", "acct.guarantor"],
    "LICENSE_NUMBER": ["dl.FL", "dl.CA", "dl.TX", "dl.OH", "dl.VA", "dl.NH"],
    "DEVICE_ID": ["dev.mac_snake", "dev.imei", "dev.meid", "dev.implant", "dev.mac_cisco"],
    "VEHICLE_ID": ["veh.vin", "veh.vin_lower"],
    "IP_ADDRESS": ["ip.v4_dash", "ip.v4"],
}
TOOL_SAFE = re.compile(r"[A-Za-z0-9_-]+")
FILE_SAFE = re.compile(r"[A-Za-z0-9_.@-]+")


def snake(name):
    s = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", s).lower().strip("_")


def ptr_tok(k):
    return k.replace("~", "~0").replace("/", "~1")


class Builder:
    def __init__(self, here):
        self.rng = random.Random(SEED)
        src = here / "sources"
        self.units = {f: json.loads((src / f"{f}-units.json").read_text(encoding="utf-8")) for f in FAMILIES}
        self.faker = json.loads((src / "faker-names.json").read_text(encoding="utf-8"))
        self.rules = {r["id"]: r for r in json.loads((src / "gitleaks-rules.json").read_text(encoding="utf-8"))}
        self.used = set()

    # ------------------------------------------------------------------ values
    def person(self, fmt):
        rng = self.rng
        src = rng.choice(["de_LU", "mk_MK", "ru_RU", "hand", "hand"])
        if fmt == "name.native":
            src = rng.choice(["mk_MK", "ru_RU", "hand_native"])
        if src == "hand_native":
            g, f, nat, _ = rng.choice([h for h in C.HAND_NAMES if h[2]])
            return nat, nat
        patronymic = None
        if src == "hand":
            g, f, _, _ = rng.choice(C.HAND_NAMES)
            g2 = rng.choice(C.HAND_NAMES)[0]
        else:
            t = self.faker[src]
            sex = rng.choice(["male", "female"])
            g, g2 = rng.choice(t[f"first_names_{sex}"]), rng.choice(t[f"first_names_{sex}"])
            f = rng.choice(t.get(f"last_names_{sex}") or t["last_names"])
            if src == "ru_RU":
                patronymic = rng.choice(t[f"middle_names_{sex}"])
        plain = f"{g} {f}"
        if fmt in ("name.given_family", "name.native"):
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
            if patronymic:                       # Russian: given name, patronymic, family name
                g2 = patronymic
            elif g2 == g:
                g2 = "Marie" if g != "Marie" else "Anne"
            plain = w = f"{g} {g2} {f}"
        elif fmt == "name.family_given":
            w = f"{f} {g}"
        elif fmt == "name.iata":                 # PNR name element: SURNAME/GIVEN, Latin letters only
            w = V.ascii_fold(f).upper() + "/" + V.ascii_fold(g).upper()
        else:
            raise KeyError(fmt)
        return plain, w

    def latin_name(self):
        for _ in range(50):
            p, _w = self.person("name.given_family")
            if V.ident(p, "snake") and not re.search(r"[^\x00-\x7f]", V.ascii_fold(p)):
                return p
        raise RuntimeError("no latin name")

    def value(self, cat, fmt):
        """Return (plain, written) for a format; never reuse a plain value."""
        rng = self.rng
        for _ in range(200):
            extra = {}
            if cat == "PERSON":
                plain, w = self.person(fmt)
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
                nm = self.latin_name()
                g, f = nm.split(" ", 1)
                local = rng.choice([V.ident(nm, "dot"), V.ident(nm, "snake"), V.ident(g, "snake") + str(rng.randint(3, 99)),
                                    V.ident(g, "snake")[0] + V.ident(f, "snake").replace("_", ""),
                                    V.ident(f, "snake").replace("_", "") + "." + V.ident(g, "snake")[0]])
                plain = f"{local}@{rng.choice(V.EMAIL_DOMAINS)}"
                w = plain if fmt == "email.plain" else "mailto:" + plain
            elif cat == "STREET_ADDRESS":
                plain = V.gen_street(rng)
                w = V.render_street(fmt, plain)
            elif cat == "ZIP_CODE":
                plain = V.gen_zip(rng)
                if fmt == "zip.plus4":
                    plain += "-" + V.rd(rng, 4, True)
                w = plain
            elif cat == "HEALTH_PLAN_ID":
                plain = w = V.gen_hp(rng, fmt)
            elif cat == "ACCOUNT_NUMBER":
                if fmt.startswith("acct.iban"):
                    plain = V.gen_iban(rng, rng.choice(list(V.IBAN_LEN)))
                elif fmt.startswith("acct.card"):
                    plain = V.gen_card(rng, rng.choice(["discover", "jcb", "diners", "rupay", "verve"]))
                else:
                    plain = "GTR" + V.rd(rng, 8, True)
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
                elif fmt == "dev.hibcc":
                    plain = w = V.gen_hibcc(rng)
                elif fmt == "dev.meid":
                    plain = w = V.gen_meid(rng)
                else:
                    plain = w = V.gen_implant(rng)
            elif cat == "VEHICLE_ID":
                if fmt.startswith("veh.vin"):
                    plain = V.gen_vin(rng)
                    w = plain.lower() if fmt == "veh.vin_lower" else plain
                else:
                    plain = w = V.gen_plate(rng, fmt.split("_")[1])
            elif cat == "IP_ADDRESS":
                plain = V.gen_ipv6(rng) if fmt.startswith("ip.v6") else V.gen_ipv4(rng)
                port = rng.choice([443, 8080, 5060, 9443]) if fmt == "ip.v6_port" else None
                w = V.render_ip(fmt, plain, port)
                if port:
                    extra["port"] = port
            elif cat == "URL":
                tpl = rng.choice(V.URL_TEMPLATES)
                nm = self.latin_name()
                slug = V.ident(nm, rng.choice(["kebab", "snake", "dot"]))
                if "ketto" in tpl or "milaap" in tpl:
                    slug = rng.choice(["help-", "support-", "save-", ""]) + V.ident(nm, "kebab") + \
                        rng.choice(["-kidney-transplant", "-cancer-treatment", "-icu-bills", ""])
                if "bsky" in tpl or "t.me" in tpl or "instagram" in tpl or "x.com" in tpl:
                    slug = slug.replace("-", "_").replace(".", "_")
                plain = w = tpl.format(slug=slug, num=V.rd(rng, rng.choice([9, 12]), True))
            elif cat == "SECRET":
                plain = w = V.gen_secret(rng, fmt[4:])
            else:
                raise KeyError(cat)
            if plain not in self.used:
                self.used.add(plain)
                return plain, w, extra
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
        for _ in range(20000):
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
                hosts = self.units[fam]["hosts"]
                for unit in hosts[PER_ENV_FAMILY * ei: PER_ENV_FAMILY * (ei + 1)]:
                    files.append(self.envelope(env, fam, unit))
        return files

    def envelope(self, env, fam, unit):
        rng = self.rng
        sch = copy.deepcopy(unit["schema"])
        sn = snake(unit["name"])
        tool = f"{fam}_{sn}"[:64]
        d = unit["schema"].get("description")
        desc = d if isinstance(d, str) and d.strip() else C.NEUTRAL_DESCR.format(thing=unit["name"])
        thing = "DHIS2 Web API" if fam == "dhis2" else "Vonage API"
        h = hashlib.sha256(f"{fam}:{sn}:{env}".encode()).hexdigest()
        if env == "gigachat-functions":
            doc = {"model": "GigaChat-Pro",
                   "messages": [{"role": "system", "content": f"You call functions of the {thing} for the operator."},
                                {"role": "user", "content": f"Prepare the {unit['name']} payload for today's run."}],
                   "function_call": "auto",
                   "functions": [{"name": tool, "description": desc, "parameters": sch,
                                  "few_shot_examples": [{"request": f"Prepare {unit['name']}", "params": {}}],
                                  "return_parameters": {"type": "object",
                                                        "properties": {"status": {"type": "string"}}}}],
                   "temperature": 0.2}
            root, tn, td = "/functions/0/parameters", "/functions/0/name", "/functions/0/description"
        elif env == "yandexgpt-tools":
            doc = {"modelUri": f"gpt://b1g{h[:17]}/yandexgpt/rc",
                   "completionOptions": {"stream": False, "temperature": 0.3, "maxTokens": "2000"},
                   "messages": [{"role": "system", "text": f"Use the {thing} tools when the user asks."},
                                {"role": "user", "text": f"Fill in {unit['name']} from the attached notes."}],
                   "tools": [{"function": {"name": tool, "description": desc, "parameters": sch}}]}
            root, tn, td = "/tools/0/function/parameters", "/tools/0/function/name", "/tools/0/function/description"
        elif env == "dialogflow-cx-tool":
            doc = {"name": f"projects/ops-{h[:6]}/locations/global/agents/{h[6:14]}-{h[14:18]}-{h[18:22]}-"
                           f"{h[22:26]}-{h[26:38]}/tools/{h[38:46]}-{h[46:50]}-{h[50:54]}-{h[54:58]}-{h[58:64]}"[:200],
                   "displayName": tool, "description": desc, "toolType": "CUSTOMIZED_TOOL",
                   "functionSpec": {"inputSchema": sch,
                                    "outputSchema": {"type": "object", "properties": {"result": {"type": "string"}}}}}
            root, tn, td = "/functionSpec/inputSchema", "/displayName", "/description"
        else:
            doc = {"graph_id": f"{fam}_{sn}"[:64], "input_schema": sch,
                   "output_schema": {"type": "object", "properties": {"messages": {"type": "array",
                                                                                   "items": {"type": "object"}}}},
                   "state_schema": {"type": "object", "properties": {"step": {"type": "integer"}}},
                   "config_schema": {"type": "object", "properties": {"thread_id": {"type": "string"}}}}
            root, tn, td = "/input_schema", None, None
        u = self.units[fam]
        return {"env": env, "family": fam, "unit": unit["name"], "sn": sn, "doc": doc, "root": root, "tn": tn,
                "td": td, "fname": f"{fam}.{sn}.{env}.json", "used": set(),
                "base": f"{u['repo']}@{u['commit']}:{unit['path']}#{unit['pointer']}", "labels": []}

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
            k, n = f"{key}{n}", n + 1
        props[k] = schema
        return f"{tptr}/properties/{ptr_tok(k)}", k

    def set_ptr(self, doc, ptr, val):
        parts = ptr.split("/")
        parent = self.get(doc, "/".join(parts[:-1])) if len(parts) > 2 else doc
        parent[parts[-1]] = val

    # ------------------------------------------------------------------ planting positives
    def choose_format(self, cat, surf, placement):
        rng = self.rng
        if surf in IDENT_SURFACES and cat != "PERSON":
            fl = IDENT_OK[cat]
        else:
            fl = [f for f, _ in FORMATS[cat]]
        if placement == "no_cue":
            fl = [x for x in fl if x not in MUST_CUE] or fl
        return rng.choice(fl)

    def plant(self, f, cat, surf):
        rng = self.rng
        opts = ["key_cue", "text_cue", "text_cue", "no_cue"]
        if surf in ("tool_name", "file_name"):
            opts = ["text_cue", "text_cue", "no_cue"]
        placement = rng.choice(opts)
        safe = TOOL_SAFE if surf == "tool_name" else FILE_SAFE if surf == "file_name" else None
        for _ in range(100):
            fmt = self.choose_format(cat, surf, placement)
            plain, written, extra = self.value(cat, fmt)
            if cat == "PERSON" and surf in ("tool_name", "file_name"):
                if not V.ident(written, "snake") or re.search(r"[^\x00-\x7f]", V.ascii_fold(written)) or \
                        fmt in ("name.native", "name.iata"):
                    self.used.discard(plain)
                    continue
            if safe and cat != "PERSON" and not safe.fullmatch(written):
                self.used.discard(plain)
                continue
            break
        else:
            raise RuntimeError((cat, surf))
        if fmt in MUST_CUE and placement == "no_cue":
            placement = "text_cue"
        if cat == "PERSON" and fmt in ("name.initial_family", "name.family_given", "name.iata") and \
                placement == "no_cue":
            placement = "text_cue"
        label_fmt = fmt
        if surf in IDENT_SURFACES:
            if cat == "PERSON":
                nonascii = re.search(r"[^\x00-\x7f]", written)
                if surf == "property_name" and (not V.ident(written, "snake") or (nonascii and rng.random() < 0.4)):
                    style = "native"
                elif surf == "property_name":
                    style = rng.choice(["snake", "camel", "kebab", "pascal", "upper_snake"])
                elif surf == "file_name":
                    style = rng.choice(["snake", "kebab", "pascal", "dot"])
                else:
                    style = rng.choice(["snake", "camel", "pascal", "kebab"])
                written = V.ident(written, style)
                label_fmt = f"{fmt}+{style}"
            else:
                label_fmt = f"{fmt}+ident"
        c = C.CUES[cat]
        lang_text = rng.choice(c["text"])
        frag = rng.choice(c["frag"])
        cue_key = rng.choice(c["key"])
        s_val = f"{lang_text} {written}" if placement == "text_cue" else written
        raw, value, kind = None, written, "literal"
        if surf in ("enum", "const", "default", "examples", "title"):
            key = cue_key if placement == "key_cue" else rng.choice(C.NEUTRAL_KEYS)
            sch = {"type": "string"}
            if surf == "enum":
                filler = rng.choice(["unknown", "declined", "n/a", "pending"])
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
            key = cue_key if placement == "key_cue" else rng.choice(C.NEUTRAL_KEYS)
            text = s_val if placement == "text_cue" else rng.choice(C.NEUTRAL_SENTENCES).format(
                v=written, n=rng.choice(["April", "weekly", "Q2", "third"]))
            p, _ = self.add_prop(f, key, {"type": "string", "description": text})
            pointer = f"{p}/description"
        elif surf == "pattern":
            key = cue_key if placement == "key_cue" else rng.choice(C.NEUTRAL_KEYS)
            rx = "^" + V.js_escape(s_val) + "$"
            p, _ = self.add_prop(f, key, {"type": "string", "pattern": rx})
            pointer, value, raw = f"{p}/pattern", V.js_escape(written), written
        elif surf == "pattern_property":
            if placement == "text_cue":
                rx = "^" + V.js_escape(frag) + "[_:-]?" + V.js_escape(written) + "$"
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
            value, raw, kind = V.js_escape(written), written, "regex_literal"
        elif surf == "property_name":
            kind = "key_literal" if label_fmt.endswith("+ident") else label_fmt.split("+")[1] + "_joined"
            if placement == "key_cue":
                gk = rng.choice(C.GROUP_KEYS[cat])
                p, _ = self.add_prop(f, gk, {"type": "object", "properties": {}})
                pointer, _ = self.add_prop(f, written, {"type": "string"}, tgt=(p, self.get(f["doc"], p)))
            elif placement == "text_cue":
                sep = "-" if "-" in written and "_" not in written else "_"
                pointer, _ = self.add_prop(f, f"{frag}{sep}{written}", {"type": "string"})
            else:
                pointer, _ = self.add_prop(f, written, {"type": "string"})
        elif surf == "tool_name":
            verb = rng.choice(C.NEUTRAL_TOOL_VERBS)
            name = f"{verb}_{frag}_{written}" if placement == "text_cue" else f"{verb}_{written}"
            assert TOOL_SAFE.fullmatch(name) and len(name) <= 64, name
            self.set_ptr(f["doc"], f["tn"], name)
            pointer, kind = f["tn"], "tool_name_joined"
        elif surf == "tool_description":
            cur = self.get(f["doc"], f["td"])
            if placement == "key_cue":           # the description names the field, the value follows it
                text = f"{cue_key}: {written}"
            elif placement == "text_cue":
                text = s_val
            else:
                text = rng.choice(C.NEUTRAL_SENTENCES).format(v=written, n=rng.choice(["April", "weekly", "Q2"]))
            self.set_ptr(f["doc"], f["td"], cur.rstrip() + " " + text)
            pointer = f["td"]
        elif surf == "file_name":
            part = f"{frag}-{written}" if placement == "text_cue" else written
            f["fname"] = f"{f['family']}.{f['sn']}.{part}.{f['env']}.json"
            pointer, kind = "", "file_name_joined"
        elif surf == "metadata":
            tptr, t = self.target(f)
            if rng.random() < 0.5:
                xk = ("x-" + frag.replace("_", "-")) if placement == "key_cue" else rng.choice(C.NEUTRAL_XKEYS)
                k, n = xk, 2
                while k in t:
                    k, n = f"{xk}-{n}", n + 1
                t[k] = s_val
                pointer = f"{tptr}/{ptr_tok(k)}"
            else:
                key = cue_key if placement == "key_cue" else rng.choice(C.NEUTRAL_KEYS)
                text = s_val if placement != "no_cue" else rng.choice(C.NEUTRAL_SENTENCES).format(v=written, n="Q2")
                p, _ = self.add_prop(f, key, {"type": "string", "$comment": text})
                pointer = f"{p}/$comment"
        else:
            raise KeyError(surf)
        lab = {"pointer": pointer, "surface": surf, "category": cat, "value": value, "kind": kind,
               "placement": placement, "format": label_fmt, "plain": plain}
        if raw is not None:
            lab["raw"] = raw
        if "port" in extra:
            lab["port"] = extra["port"]
        f["labels"].append(lab)

    # ------------------------------------------------------------------ hard negatives
    def plant_hn(self, f, kind, pools):
        rng = self.rng
        if kind == "category_label_key":
            key = pools[kind].pop()
            pointer, _ = self.add_prop(f, key, {"type": "string", "description": "Collected at registration."})
            value, surf = key, "property_name"
        elif kind == "code_enum":
            what, codes = pools[kind].pop()
            p, _ = self.add_prop(f, snake(what.split(" ")[0]) + "_codes",
                                 {"type": "string", "description": what, "enum": list(codes)})
            i = rng.randrange(len(codes))
            pointer, value, surf = f"{p}/enum/{i}", codes[i], "enum"
        elif kind == "reserved_placeholder":
            v = pools[kind].pop()
            s = rng.choice(["examples", "default", "const"])
            p, _ = self.add_prop(f, rng.choice(["sample_value", "template_value", "fill_me", "placeholder"]),
                                 {"type": "string", s: [v] if s == "examples" else v})
            pointer, value, surf = (f"{p}/examples/0" if s == "examples" else f"{p}/{s}"), v, s
        elif kind == "format_regex":
            v = pools[kind].pop()
            p, _ = self.add_prop(f, rng.choice(["shape_check", "validated", "mask_rule"]),
                                 {"type": "string", "pattern": v})
            pointer, value, surf = f"{p}/pattern", v, "pattern"
        elif kind == "name_like_word":
            v = pools[kind].pop()
            s = rng.choice(["enum", "const", "default", "title"])
            sch = {"type": "string", s: ([v, "Standard", "Priority"] if s == "enum" else v)}
            p, _ = self.add_prop(f, rng.choice(["theme_name", "tier_label", "palette", "anatomy_term", "verb"]), sch)
            pointer, value, surf = (f"{p}/enum/0" if s == "enum" else f"{p}/{s}"), v, s
        elif kind == "version_date":
            v = pools[kind].pop()
            tptr, t = self.target(f)
            k = rng.choice(["x-api-version", "x-introduced", "x-deprecated-on", "$comment"])
            while k in t:
                k = k + "-2"
            t[k] = v
            pointer, value, surf = f"{tptr}/{ptr_tok(k)}", v, "metadata"
        elif kind == "category_words_text":
            v = pools[kind].pop()
            s = rng.choice(["description", "title"])
            p, _ = self.add_prop(f, rng.choice(["usage_note", "help", "field_hint"]), {"type": "string", s: v})
            pointer, value, surf = f"{p}/{s}", v, s
        elif kind == "tool_category_words":
            v = pools[kind].pop()
            self.set_ptr(f["doc"], f["tn"], v)
            pointer, value, surf = f["tn"], v, "tool_name"
        elif kind == "file_name_category_words":
            v = pools[kind].pop()
            f["fname"] = f"{f['family']}.{f['sn']}.{v}.{f['env']}.json"
            pointer, value, surf = "", v, "file_name"
        else:
            raise KeyError(kind)
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
        labels, n, names = [], 0, set()
        for f in files:
            rel = f"{f['env']}/{f['fname']}"
            assert rel not in names
            names.add(rel)
            p = planted / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(json.dumps(f["doc"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            for lab in f["labels"]:
                n += 1
                labels.append({"id": f"t35-{n:04d}", "file": rel, "pointer": lab["pointer"],
                               "surface": lab["surface"], "category": lab["category"], "value": lab["value"],
                               "kind": lab["kind"], "base": f["base"], "placement": lab["placement"],
                               "format": lab["format"],
                               **{k: lab[k] for k in ("raw", "plain", "port") if k in lab}})
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
                man.append({"file": rel, "repo": u["repo"], "commit": u["commit"], "path": unit["path"],
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
