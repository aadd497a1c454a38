#!/usr/bin/env python3
"""Deterministic builder for the thirtieth set: sources/ -> planted/ + real/intercom/ (stdlib + phonenumbers).

Seed 303030.  Run from anywhere; writes next to this file (or into --out DIR, used by check.py's rebuilds; the
byte-for-byte Amadeus real files under real/amadeus/ are copied by collect.py and, with --out, copied from here).
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
SEED = 303030
ENVS = ["ai-sdk", "vscode-lmtools", "agui-run", "llamacpp-completion"]
TOOL_ENVS = ("ai-sdk", "vscode-lmtools", "agui-run")
FAMILIES = ["amadeus", "intercom"]

CAT_COUNTS = {"PERSON": 14, "DATE_OF_BIRTH": 12, "MRN": 11, "HEALTH_PLAN_ID": 11, "ACCOUNT_NUMBER": 11,
              "PHONE_NUMBER": 11, "US_SSN": 11, "SECRET": 11, "DEVICE_ID": 10, "VEHICLE_ID": 10, "IP_ADDRESS": 10,
              "LICENSE_NUMBER": 10, "URL": 10, "EMAIL_ADDRESS": 10, "STREET_ADDRESS": 10, "ZIP_CODE": 10}
SURFACES = ["property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples",
            "default", "tool_name", "tool_description", "file_name", "metadata"]
SURF_COUNTS = {s: 13 for s in SURFACES}
for _s in ("description", "examples", "default"):
    SURF_COUNTS[_s] = 14
HN_COUNTS = {"category_label_key": 12, "code_enum": 12, "reserved_placeholder": 12, "category_words_text": 10,
             "format_regex": 10, "name_like_word": 10, "version_date": 7, "tool_category_words": 4,
             "file_name_category_words": 3}
IDENT_SURFACES = ("property_name", "tool_name", "file_name")
INCOMPAT = {"tool_name": {"EMAIL_ADDRESS", "URL", "SECRET", "STREET_ADDRESS"},
            "file_name": {"URL", "SECRET", "STREET_ADDRESS"},
            "property_name": {"URL", "SECRET"}, "pattern_property": {"SECRET"}}

SECRET_RULES = ["age-secret-key", "anthropic-api-key", "digitalocean-pat", "slack-bot-token", "sentry-user-token",
                "pulumi-api-token", "rubygems-api-token", "prefect-api-token", "planetscale-password",
                "shippo-api-token", "sendinblue-api-token", "dynatrace-api-token", "easypost-api-token",
                "heroku-api-key-v2", "scalingo-api-token", "infracost-api-token", "jwt", "uri.clickhouse",
                "uri.sftp", "uri.smtps"]
# format catalogue: category -> [(format, must_cue)]
FORMATS = {
    "PERSON": [("name.given_family", False), ("name.family_comma", False), ("name.caps", False),
               ("name.lower", False), ("name.initial_family", True), ("name.two_given", False),
               ("name.native", False), ("name.family_given", True)],
    "DATE_OF_BIRTH": [(f, True) for f in V.DATE_FORMATS],
    "MRN": [(f, True) for f in V.MRN_RX],
    "US_SSN": [("ssn.dash", False), ("ssn.space", True), ("ssn.bare", True)],
    "PHONE_NUMBER": [("phone.e164", False), ("phone.intl", False), ("phone.tel", False), ("phone.national", True),
                     ("phone.digits", True), ("phone.dotted_us", True)],
    "EMAIL_ADDRESS": [("email.plain", False), ("email.mailto", False)],
    "STREET_ADDRESS": [("addr.upper", False), ("addr.mixed", False), ("addr.twoline", False), ("addr.line", True)],
    "ZIP_CODE": [("zip.5", True), ("zip.plus4", True)],
    "HEALTH_PLAN_ID": [(f, True) for f in V.HP_RX],
    "ACCOUNT_NUMBER": [("acct.iban", False), ("acct.iban_paper", False), ("acct.card_grouped", False),
                       ("acct.card_dashed", False), ("acct.card", True), ("acct.guarantor", True)],
    "LICENSE_NUMBER": [(f"dl.{s}", True) for s in V.DL_RX],
    "DEVICE_ID": [("dev.imei", True), ("dev.imei_grouped", True), ("dev.mac", False), ("dev.mac_hyphen_lower", False),
                  ("dev.mac_upper", False), ("dev.mac_bare", True), ("dev.udi", False), ("dev.implant", True),
                  ("dev.eui64", True)],
    "VEHICLE_ID": [("veh.vin", False), ("veh.vin_lower", False)] + [(f"veh.plate_{c}", True) for c in V.PLATE_RX],
    "IP_ADDRESS": [("ip.v4", False), ("ip.v4_port", False), ("ip.v6", False), ("ip.v6_port", False),
                   ("ip.v4_host", True)],
    "URL": [("url.fund", False), ("url.profile", False), ("url.portal", False)],
    "SECRET": [(f"sec.{r}", False) for r in SECRET_RULES] + [("sec.password", True)],
}
MUST_CUE = {f for fl in FORMATS.values() for f, m in fl if m} | {"ssn.snake", "date.key", "ip.v4_snake"}
# formats whose written form can be joined into an identifier, per category and surface
IDENT_OK = {
    "DATE_OF_BIRTH": ["date.key", "date.yyyymmdd", "date.iso", "date.meteor", "date.aamva_dbb"],
    "MRN": list(V.MRN_RX),
    "US_SSN": ["ssn.dash", "ssn.snake"],
    "PHONE_NUMBER": ["phone.digits"],
    "EMAIL_ADDRESS": ["email.plain"],
    "STREET_ADDRESS": ["addr.line", "addr.upper"],
    "ZIP_CODE": ["zip.5", "zip.plus4"],
    "HEALTH_PLAN_ID": ["hp.mbi", "hp.mbi_dashed", "hp.fl_medicaid", "hp.humana", "hp.prefix_w"],
    "ACCOUNT_NUMBER": ["acct.iban", "acct.card", "acct.guarantor"],
    "LICENSE_NUMBER": ["dl.CA", "dl.FL", "dl.OH", "dl.HI", "dl.NH", "dl.TX"],
    "DEVICE_ID": ["dev.mac_hyphen_lower", "dev.imei", "dev.implant", "dev.mac_bare"],
    "VEHICLE_ID": ["veh.vin", "veh.vin_lower"],
    "IP_ADDRESS": ["ip.v4_host", "ip.v4_snake", "ip.v4"],
}
TOOL_SAFE = re.compile(r"[A-Za-z0-9_-]+")
FILE_SAFE = re.compile(r"[A-Za-z0-9_.@+-]+")


def snake(name):
    s = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", s).lower().strip("_")


def ptr_tok(k):
    return k.replace("~", "~0").replace("/", "~1")


def text_with(cue, written):
    return cue.replace("{v}", written) if "{v}" in cue else f"{cue} {written}"


def fits(cue, fmt):
    allowed = C.FORCED.get(cue)
    return allowed is None or any(fmt.startswith(a) for a in allowed)


class Builder:
    def __init__(self, here):
        self.rng = random.Random(SEED)
        src = here / "sources"
        self.units = {f: json.loads((src / f"{f}-units.json").read_text(encoding="utf-8")) for f in FAMILIES}
        self.faker = json.loads((src / "faker-names.json").read_text(encoding="utf-8"))
        self.rules = {r["id"]: r for r in json.loads((src / "gitleaks-rules.json").read_text(encoding="utf-8"))}
        self.used_values = set()
        self.rot = {}

    # ------------------------------------------------------------------ values
    def name_parts(self, native_ok=False):
        """(given, family, given2, native, source); given/family are Latin-script."""
        rng = self.rng
        src = rng.choice(["es_AR", "de_CH", "fr_CH", "hand", "hand"])
        if src == "hand":
            g, f, nat, rom, _ = rng.choice(C.HAND_NAMES)
            if rom:
                g, f = rom.split(" ", 1)
            return g, f, rng.choice(C.HAND_NAMES)[0], nat, src
        t = self.faker[src]
        pool = rng.choice(["first_names_male", "first_names_female"])
        return rng.choice(t[pool]), rng.choice(t["last_names"]), rng.choice(t[pool]), None, src

    def person(self, fmt):
        rng = self.rng
        if fmt == "name.native":
            g, f, nat, rom, _ = rng.choice([h for h in C.HAND_NAMES if h[2]])
            return nat, nat
        g, f, g2, _, _ = self.name_parts()
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
                g2 = "Lucía" if g != "Lucía" else "Marta"
            plain = w = f"{g} {g2} {f}"
        elif fmt == "name.family_given":
            w = f"{f} {g}"
        else:
            raise KeyError(fmt)
        return plain, w

    def value(self, cat, fmt):
        """Return (plain, written) for a format; a plain value is never used twice."""
        rng = self.rng
        for _ in range(200):
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
                region = "US" if fmt == "phone.dotted_us" else rng.choice(V.PHONE_REGIONS)
                plain = V.gen_phone(rng, region)
                w = V.render_phone(fmt, plain)
            elif cat == "EMAIL_ADDRESS":
                g, f, _, _, _ = self.name_parts()
                gs, fs = V.ident(g, "snake"), V.ident(f, "snake").replace("_", "")
                local = rng.choice([f"{gs}.{fs}", f"{gs}_{fs}", f"{gs}{rng.randint(11, 98)}", f"{gs[0]}{fs}",
                                    f"{fs}.{gs[0]}"]).replace("_", rng.choice(["_", "."]))
                plain = f"{local}@{rng.choice(V.EMAIL_DOMAINS)}"
                w = plain if fmt == "email.plain" else "mailto:" + plain
            elif cat == "STREET_ADDRESS":
                plain = V.gen_street(rng)
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
                if fmt.startswith("acct.iban"):
                    plain = V.gen_iban(rng, rng.choice(list(V.IBAN_LEN)))
                elif fmt.startswith("acct.card"):
                    plain = V.gen_card(rng, rng.choice(["visa", "mc5", "elo", "troy"]))
                else:
                    plain = V.gen_guarantor(rng)
                w = V.render_account(fmt, plain)
            elif cat == "LICENSE_NUMBER":
                plain = w = V.gen_dl(rng, fmt.split(".")[1])
            elif cat == "DEVICE_ID":
                if fmt.startswith("dev.imei"):
                    plain = V.gen_imei(rng)
                    w = V.render_imei(fmt, plain)
                elif fmt.startswith("dev.mac") or fmt == "dev.eui64":
                    plain = V.gen_mac(rng, 8 if fmt == "dev.eui64" else 6)
                    w = V.render_mac(fmt, plain)
                elif fmt == "dev.udi":
                    plain = w = V.gen_udi(rng)
                else:
                    plain = w = V.gen_implant_serial(rng)
            elif cat == "VEHICLE_ID":
                if fmt.startswith("veh.vin"):
                    plain = V.gen_vin(rng)
                    w = plain.lower() if fmt == "veh.vin_lower" else plain
                else:
                    plain = w = V.gen_plate(rng, fmt.split("_")[1])
            elif cat == "IP_ADDRESS":
                plain = V.gen_ipv6(rng) if fmt.startswith("ip.v6") else V.gen_ipv4(rng)
                w = V.render_ip(fmt, plain, rng.choice([8443, 5432, 3389, 2222, 9200, 6443]))
            elif cat == "URL":
                g, f, _, _, _ = self.name_parts()
                if fmt == "url.fund":
                    tpl = rng.choice(V.URL_TEMPLATES[:3])
                    slug = V.ident(f"{g} {f}", "kebab") + rng.choice(["-surgery", "-recovery", "-treatment", "",
                                                                        "-dialysis"])
                elif fmt == "url.profile":
                    tpl = rng.choice(V.URL_TEMPLATES[3:8])
                    slug = V.ident(f"{g} {f}", rng.choice(["kebab", "dotted", "snake"]))
                else:
                    tpl = V.URL_TEMPLATES[8]
                    slug = ""
                xing = "_".join(x.capitalize() for x in V.ident(f"{g} {f}", "snake").split("_"))
                plain = w = tpl.format(slug=slug, Slug=xing, hosp=rng.choice(V.HOSPITALS),
                                       num=V.rdigits(rng, 8, True))
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
        assert len(cats) == len(surfs) == 172
        rng.shuffle(cats)
        rng.shuffle(surfs)
        ok = lambda c, s: c not in INCOMPAT.get(s, ())
        for _ in range(10000):
            bad = [i for i in range(172) if not ok(cats[i], surfs[i])]
            if not bad:
                break
            i = bad[0]
            js = [j for j in range(172) if ok(cats[i], surfs[j]) and ok(cats[j], surfs[i])]
            j = rng.choice(js)
            surfs[i], surfs[j] = surfs[j], surfs[i]
        return list(zip(cats, surfs))

    # ------------------------------------------------------------------ documents
    def make_files(self):
        files = []
        for ei, env in enumerate(ENVS):
            for fam in FAMILIES:
                for unit in self.units[fam]["hosts"][8 * ei: 8 * ei + 8]:
                    files.append(self.envelope(env, fam, unit))
        return files

    def envelope(self, env, fam, unit):
        sch = copy.deepcopy(unit["schema"])
        sn = snake(unit["name"])
        tool = f"{fam}_{sn}"[:64]
        d = unit["schema"].get("description")
        desc = d.strip() if isinstance(d, str) and d.strip() else C.NEUTRAL_DESCR.format(thing=unit["name"])
        thing = "Amadeus travel" if fam == "amadeus" else "Intercom"
        h = hashlib.sha256(f"{env}:{fam}:{unit['name']}".encode()).hexdigest()
        if env == "ai-sdk":
            doc = {"prompt": [{"role": "system", "content": f"You call tools of the {thing} API for an operations team."},
                              {"role": "user", "content": [{"type": "text",
                                                            "text": f"Prepare the {unit['name']} input for the next step."}]}],
                   "maxOutputTokens": 1024, "temperature": 0,
                   "tools": [{"type": "function", "name": tool, "description": desc, "inputSchema": sch}],
                   "toolChoice": {"type": "tool", "toolName": tool},
                   "providerOptions": {"openai": {"parallelToolCalls": False}}}
            root, tn, td = "/tools/0/inputSchema", "/tools/0/name", "/tools/0/description"
        elif env == "vscode-lmtools":
            kebab = sn.replace("_", "-")
            doc = {"name": f"{fam}-{kebab}-tools"[:60], "displayName": f"{thing} {unit['name']} tools",
                   "description": f"Language model tool for {thing} {unit['name']} payloads.", "version": "0.4.2",
                   "publisher": "ops-tooling", "engines": {"vscode": "^1.101.0"}, "categories": ["AI", "Chat"],
                   "main": "./out/extension.js",
                   "contributes": {"languageModelTools": [{
                       "name": tool, "displayName": f"{unit['name']}", "toolReferenceName": f"{fam}{h[:4]}",
                       "canBeReferencedInPrompt": True, "icon": "$(tools)",
                       "userDescription": f"Prepare a {unit['name']} payload.", "modelDescription": desc,
                       "inputSchema": sch, "tags": [fam, "integration"]}]}}
            root, tn, td = ("/contributes/languageModelTools/0/inputSchema", "/contributes/languageModelTools/0/name",
                            "/contributes/languageModelTools/0/modelDescription")
        elif env == "agui-run":
            uid = lambda x: f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}"
            doc = {"threadId": uid(h), "runId": uid(h[32:] + h[:32]), "state": {},
                   "messages": [{"id": "msg-1", "role": "user",
                                 "content": f"Fill in the {unit['name']} form for this conversation."}],
                   "tools": [{"name": tool, "description": desc, "parameters": sch}],
                   "context": [{"description": "Workspace", "value": thing}], "forwardedProps": {}}
            root, tn, td = "/tools/0/parameters", "/tools/0/name", "/tools/0/description"
        else:
            doc = {"prompt": f"<|im_start|>system\nReturn one {thing} {unit['name']} object as JSON.<|im_end|>\n"
                             f"<|im_start|>user\nUse the attached notes.<|im_end|>\n<|im_start|>assistant\n",
                   "n_predict": 768, "temperature": 0.1, "top_k": 40, "cache_prompt": True, "stop": ["<|im_end|>"],
                   "json_schema": sch}
            root, tn, td = "/json_schema", None, None
        u = self.units[fam]
        return {"env": env, "family": fam, "unit": unit["name"], "sn": sn, "doc": doc, "root": root, "tn": tn,
                "td": td, "fname": f"{fam}.{sn}.{env}.json", "labels": [],
                "base": f"{u['repo']}@{u['commit']}:{unit['path']}#{unit['pointer']}"}

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
        self.get(doc, "/".join(parts[:-1]))[parts[-1]] = val

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
            k, n = f"{key}{n}", n + 1
        props[k] = schema
        return f"{tptr}/properties/{ptr_tok(k)}"

    def set_tool_name(self, f, name):
        self.set_ptr(f["doc"], f["tn"], name)
        if f["env"] == "ai-sdk":
            f["doc"]["toolChoice"]["toolName"] = name

    # ------------------------------------------------------------------ planting positives
    def choose_format(self, cat, surf, placement):
        rng = self.rng
        if surf in IDENT_SURFACES and cat != "PERSON":
            fl = list(IDENT_OK[cat])
            if surf in ("tool_name", "file_name"):
                fl = [x for x in fl if x not in ("ip.v4", "addr.upper", "addr.line")]
        else:
            fl = [f for f, _ in FORMATS[cat]]
        if cat == "PERSON" and surf in IDENT_SURFACES:      # an initial alone is too thin inside an identifier
            fl = [x for x in fl if x != "name.initial_family"]
        if placement == "no_cue":
            fl = [x for x in fl if x not in MUST_CUE] or fl
        # rotate through the category's formats so that every format is used before any is used twice
        rot = self.rot.setdefault(cat, [])
        if not any(x in fl for x in rot):
            extra = sorted(set(fl) | {f for f, _ in FORMATS[cat]})
            rng.shuffle(extra)
            rot.extend(extra)
        pick = next(x for x in rot if x in fl)
        rot.remove(pick)
        return pick

    def pick_cue(self, pool, fmt):
        ok = [c for c in pool if fits(c, fmt)]
        return self.rng.choice(ok) if ok else None

    def plant(self, f, cat, surf):
        rng = self.rng
        opts = ["key_cue", "text_cue", "text_cue", "no_cue"]
        if surf in ("tool_name", "file_name"):
            opts = ["text_cue", "text_cue", "no_cue"]
        placement = rng.choice(opts)
        fmt = self.choose_format(cat, surf, placement)
        if fmt in MUST_CUE and placement == "no_cue":
            placement = "text_cue"
        c = C.CUES[cat]
        text_cue = self.pick_cue(c["text"], fmt)
        frag = self.pick_cue(c["frag"], fmt)
        key_cue = self.pick_cue(c["key"], fmt)
        if surf in IDENT_SURFACES or surf == "pattern_property":
            if placement == "text_cue" and frag is None:
                frag = rng.choice([x for x in c["frag"] if x not in C.FORCED])
        if placement == "text_cue" and text_cue is None:
            text_cue = rng.choice([x for x in c["text"] if x not in C.FORCED])
        if placement == "key_cue" and key_cue is None:
            key_cue = rng.choice([x for x in c["key"] if x not in C.FORCED])
        plain, written = self.value(cat, fmt)
        label_fmt = fmt
        if surf in IDENT_SURFACES:
            if cat == "PERSON":
                if fmt == "name.native":
                    style = "native" if surf == "property_name" else rng.choice(["snake", "camel"])
                    if style != "native":
                        rom = next(h[3] for h in C.HAND_NAMES if h[2] == plain)
                        self.used_values.discard(plain)
                        plain = rom
                        self.used_values.add(plain)
                        label_fmt = "name.given_family"
                        fmt = label_fmt
                    written = V.ident(written if style == "native" else plain, style)
                else:
                    style = rng.choice(["snake", "camel", "kebab", "pascal", "upper_snake"] if surf != "tool_name"
                                       else ["snake", "camel", "pascal", "kebab"])
                    written = V.ident(written, style)
                label_fmt = f"{fmt}+{style}"
            else:
                label_fmt = f"{fmt}+ident"
                if fmt == "ssn.dash" and surf != "file_name" and rng.random() < 0.5:
                    label_fmt, fmt, written = "ssn.snake+ident", "ssn.snake", V.render_ssn("ssn.snake", plain)
                if fmt == "ip.v4" and surf == "property_name" and rng.random() < 0.4:
                    label_fmt, fmt, written = "ip.v4_snake+ident", "ip.v4_snake", V.render_ip("ip.v4_snake", plain)
                if fmt in MUST_CUE and placement == "no_cue":
                    placement = "text_cue"
                    if frag is None:
                        frag = rng.choice([x for x in c["frag"] if x not in C.FORCED])
        s_val = text_with(text_cue, written) if placement == "text_cue" else written
        raw, value, kind = None, written, "literal"
        neutral = lambda: rng.choice(C.NEUTRAL_SENTENCES).format(v=written, n=rng.choice(C.NEUTRAL_N))
        key = key_cue if placement == "key_cue" else rng.choice(C.NEUTRAL_KEYS)
        if surf in ("enum", "const", "default", "examples", "title"):
            sch = {"type": "string"}
            if surf == "enum":
                filler = rng.choice(["unknown", "n/a", "pending", "other", "none"])
                vals = [filler, s_val] if rng.random() < 0.5 else [s_val, filler]
                sch["enum"] = vals
                pointer = f"{self.add_prop(f, key, sch)}/enum/{vals.index(s_val)}"
            elif surf == "examples":
                ex = [s_val] if rng.random() < 0.6 else [rng.choice(["", "n/a"]), s_val]
                sch["examples"] = ex
                pointer = f"{self.add_prop(f, key, sch)}/examples/{ex.index(s_val)}"
            else:
                sch[surf] = s_val
                pointer = f"{self.add_prop(f, key, sch)}/{surf}"
        elif surf == "description":
            text = s_val if placement == "text_cue" else neutral()
            pointer = f"{self.add_prop(f, key, {'type': 'string', 'description': text})}/description"
        elif surf == "pattern":
            rx = "^" + V.js_escape(s_val) + "$"
            pointer = f"{self.add_prop(f, key, {'type': 'string', 'pattern': rx})}/pattern"
            value, raw = V.js_escape(written), written
        elif surf == "pattern_property":
            if placement == "text_cue":
                rx = "^" + V.js_escape(frag) + "[_:-]?" + V.js_escape(written) + "$"
            else:
                rx = "^" + V.js_escape(written) + "$"
            if placement == "key_cue":
                p = self.add_prop(f, rng.choice(C.GROUP_KEYS[cat]), {"type": "object",
                                                                     "patternProperties": {rx: {"type": "string"}}})
                pointer = f"{p}/patternProperties/{ptr_tok(rx)}"
            else:
                tptr, t = self.target(f)
                t.setdefault("patternProperties", {})[rx] = {"type": "string"}
                pointer = f"{tptr}/patternProperties/{ptr_tok(rx)}"
            value, raw, kind = V.js_escape(written), written, "regex_literal"
        elif surf == "property_name":
            kind = "key_literal" if label_fmt.endswith("+ident") else label_fmt.split("+")[1] + "_joined"
            if placement == "key_cue":
                p = self.add_prop(f, rng.choice(C.GROUP_KEYS[cat]), {"type": "object", "properties": {}})
                pointer = self.add_prop(f, written, {"type": "string"}, tgt=(p, self.get(f["doc"], p)))
            elif placement == "text_cue":
                sep = "-" if "-" in written and "_" not in written else "_"
                if written.lower().startswith(frag.lower()):      # 'ip-52-14-88-7' already starts with its cue
                    frag = rng.choice([x for x in c["frag"] if not written.lower().startswith(x.lower())])
                pointer = self.add_prop(f, f"{frag}{sep}{written}", {"type": "string"})
            else:
                pointer = self.add_prop(f, written, {"type": "string"})
        elif surf == "tool_name":
            verb = rng.choice(C.NEUTRAL_TOOL_VERBS)
            name = f"{verb}_{frag}_{written}" if placement == "text_cue" else f"{verb}_{written}"
            assert TOOL_SAFE.fullmatch(name) and len(name) <= 64, name
            self.set_tool_name(f, name)
            pointer, kind = f["tn"], "tool_name_joined"
        elif surf == "tool_description":
            cur = self.get(f["doc"], f["td"])
            if placement == "key_cue":
                text = f"{key_cue}: {written}"
            elif placement == "text_cue":
                text = s_val
            else:
                text = neutral()
            self.set_ptr(f["doc"], f["td"], cur.rstrip() + " " + text)
            pointer = f["td"]
        elif surf == "file_name":
            part = f"{frag}-{written}" if placement == "text_cue" else written
            assert FILE_SAFE.fullmatch(part), part
            f["fname"] = f"{f['family']}.{f['sn']}.{part}.{f['env']}.json"
            pointer, kind = "", "file_name_joined"
        elif surf == "metadata":
            tptr, t = self.target(f)
            if rng.random() < 0.5:
                xk = ("x-" + V.ident(frag or rng.choice(c["frag"]), "kebab")) if placement == "key_cue" \
                    else rng.choice(C.NEUTRAL_XKEYS)
                k, n = xk, 2
                while k in t:
                    k, n = f"{xk}-{n}", n + 1
                t[k] = s_val
                pointer = f"{tptr}/{ptr_tok(k)}"
            else:
                text = s_val if placement != "no_cue" else neutral()
                pointer = f"{self.add_prop(f, key, {'type': 'string', '$comment': text})}/$comment"
        else:
            raise KeyError(surf)
        lab = {"pointer": pointer, "surface": surf, "category": cat, "value": value, "kind": kind,
               "placement": placement, "format": label_fmt, "plain": plain}
        if raw is not None:
            lab["raw"] = raw
        f["labels"].append(lab)

    # ------------------------------------------------------------------ hard negatives
    def plant_hn(self, f, kind, pools):
        rng = self.rng
        if kind == "category_label_key":
            key = pools[kind].pop()
            pointer = self.add_prop(f, key, {"type": "string", "description": rng.choice(
                ["Filled in by the agent.", "Optional.", "Collected at check-in.", "Set by the integration."])})
            value, surf = key, "property_name"
        elif kind == "code_enum":
            what, codes = pools[kind].pop()
            p = self.add_prop(f, snake(what.split(" ")[-1]) + "_code", {"type": "string", "description": what,
                                                                        "enum": list(codes)})
            i = rng.randrange(len(codes))
            pointer, value, surf = f"{p}/enum/{i}", codes[i], "enum"
        elif kind == "reserved_placeholder":
            v = pools[kind].pop()
            s = rng.choice(["examples", "default", "const", "enum"])
            sch = {"type": "string", s: [v] if s in ("examples", "enum") else v}
            p = self.add_prop(f, rng.choice(["sample_value", "placeholder", "demo", "contact_example"]), sch)
            pointer, value, surf = (f"{p}/{s}/0" if s in ("examples", "enum") else f"{p}/{s}"), v, s
        elif kind == "format_regex":
            v = pools[kind].pop()
            p = self.add_prop(f, rng.choice(["value_format", "checked_input", "mask"]), {"type": "string", "pattern": v})
            pointer, value, surf = f"{p}/pattern", v, "pattern"
        elif kind == "name_like_word":
            v = pools[kind].pop()
            s = rng.choice(["enum", "const", "default", "title", "examples"])
            sch = {"type": "string", s: ([v, "Standard", "Other"] if s == "enum" else [v] if s == "examples" else v)}
            p = self.add_prop(f, rng.choice(["destination_label", "theme", "tier_name", "fare_family"]), sch)
            pointer, value, surf = (f"{p}/{s}/0" if s in ("enum", "examples") else f"{p}/{s}"), v, s
        elif kind == "version_date":
            v = pools[kind].pop()
            tptr, t = self.target(f)
            if v.startswith("https://json-schema.org/"):
                tptr, t = f["root"], self.get(f["doc"], f["root"])
                k = "$schema" if "$schema" not in t else "$comment"
            else:
                k = rng.choice(["x-api-version", "x-since", "x-revised", "$comment"])
            while k in t:
                k = k + "-2"
            t[k] = v
            pointer, value, surf = f"{tptr}/{ptr_tok(k)}", v, "metadata"
        elif kind == "category_words_text":
            v = pools[kind].pop()
            s = rng.choice(["description", "title"])
            p = self.add_prop(f, rng.choice(["field_help", "hint_text", "doc_note"]), {"type": "string", s: v})
            pointer, value, surf = f"{p}/{s}", v, s
        elif kind == "tool_category_words":
            v = pools[kind].pop()
            self.set_tool_name(f, v)
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
        if planted.exists():
            shutil.rmtree(planted)
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
                labels.append({"id": f"t30-{n:04d}", "file": rel, **{k: lab[k] for k in (
                    "pointer", "surface", "category", "value", "kind")}, "base": f["base"],
                               **{k: lab[k] for k in ("placement", "format", "raw", "plain") if k in lab}})
        (planted / "labels.jsonl").write_text("".join(json.dumps(l, ensure_ascii=False) + "\n" for l in labels),
                                              encoding="utf-8")
        # real files: Intercom component schemas written out; Amadeus whole spec files copied byte for byte
        ri = real / "intercom"
        if ri.exists():
            shutil.rmtree(ri)
        ri.mkdir(parents=True)
        ra = real / "amadeus"
        if out.resolve() != HERE:
            ra.mkdir(parents=True, exist_ok=True)
            for p in sorted((HERE / "real" / "amadeus").glob("*.json")):
                shutil.copyfile(p, ra / p.name)
        man = []
        a = self.units["amadeus"]
        for rf in a["real_files"]:
            name = Path(rf["path"]).name
            data = (ra / name).read_bytes()
            assert hashlib.sha256(data).hexdigest() == rf["sha256"], name
            man.append({"file": f"amadeus/{name}", "repo": a["repo"], "commit": a["commit"], "path": rf["path"],
                        "pointer": "", "licence": a["licence"], "sha256": rf["sha256"]})
        u = self.units["intercom"]
        for unit in u["real"]:
            rel = f"intercom/intercom.{unit['name']}.schema.json"
            data = json.dumps(unit["schema"], indent=2, ensure_ascii=False) + "\n"
            (real / rel).write_text(data, encoding="utf-8")
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
    labels = Builder(HERE).build(Path(a.out).resolve())
    pos = sum(1 for l in labels if l["category"] != "NONE")
    print(f"{pos} positives, {len(labels) - pos} hard negatives")


if __name__ == "__main__":
    main()
