#!/usr/bin/env python3
"""Deterministic builder for the thirtyfourth set: sources/ -> planted/ + real/ (stdlib + phonenumbers).

Seed 343434.  Run from anywhere; writes next to this file (or into --out DIR, used by check.py's rebuilds).
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
SEED = 343434
ENVS = ["dashscope-native", "spark-ws", "minimax-pro", "llama-stack"]
TOOL_ENVS = ("dashscope-native", "spark-ws", "minimax-pro")
FAMILIES = ["kratos", "discourse"]
PER_CELL = 8

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
            "file_name": {"URL", "SECRET", "STREET_ADDRESS"}, "property_name": {"URL", "SECRET"},
            "pattern_property": {"SECRET"}}

# category -> [(format, must_cue)]
FORMATS = {
    "PERSON": [("name.given_family", False), ("name.family_comma", False), ("name.caps", False),
               ("name.lower", False), ("name.initial_family", True), ("name.two_given", False),
               ("name.native", False), ("name.family_given", True)],
    "DATE_OF_BIRTH": [(f, True) for f in V.DATE_FORMATS],
    "MRN": [(f, True) for f in V.MRN_RX],
    "US_SSN": [("ssn.dash", False), ("ssn.space", True), ("ssn.bare", True)],
    "PHONE_NUMBER": [("phone.e164", False), ("phone.intl", False), ("phone.tel", False), ("phone.national", True),
                     ("phone.00", True), ("phone.digits", True)],
    "EMAIL_ADDRESS": [("email.plain", False), ("email.mailto", False)],
    "STREET_ADDRESS": [("addr.upper", False), ("addr.mixed", False), ("addr.twoline", False), ("addr.line", True)],
    "ZIP_CODE": [("zip.5", True), ("zip.plus4", True)],
    "HEALTH_PLAN_ID": [(f, True) for f in V.HP_RX],
    "ACCOUNT_NUMBER": [("acct.iban", False), ("acct.iban_print", False), ("acct.card", True),
                       ("acct.card_dash", False), ("acct.guarantor", True), ("acct.bare", True)],
    "LICENSE_NUMBER": [(f"dl.{s}", True) for s in V.DL_RX],
    "DEVICE_ID": [("dev.imei", True), ("dev.imei_dash", True), ("dev.mac", False), ("dev.mac_hyphen", False),
                  ("dev.mac_upper", False), ("dev.mac_cisco", True), ("dev.udi", False), ("dev.serial", True)],
    "VEHICLE_ID": [("veh.vin", False), ("veh.vin_lower", False)] + [(f"veh.plate_{c}", True) for c in V.PLATE_RX],
    "IP_ADDRESS": [("ip.v4", False), ("ip.v6", False), ("ip.v4_cidr", False), ("ip.v4_mapped", False),
                   ("ip.v6_port", False)],
    "URL": [("url.link", False)],
    "SECRET": [(f"sec.{r}", False) for r in (
        "anthropic-api-key", "openai-api-key", "github-pat", "gcp-api-key", "digitalocean-pat", "pypi-upload-token",
        "planetscale-password", "pulumi-api-token", "rubygems-api-token", "heroku-api-key-v2", "dynatrace-api-token",
        "age-secret-key", "clojars-api-token", "duffel-api-token", "easypost-api-token", "prefect-api-token",
        "readme-api-token", "scalingo-api-token", "jwt", "uri.postgres", "uri.mongosrv", "cs.adonet")] +
        [("sec.password", True)],
}
IDENT_OK = {
    "DATE_OF_BIRTH": ["date.key", "date.iso_basic", "date.iso"],
    "MRN": ["mrn.ur7", "mrn.mod10", "mrn.pmi", "mrn.acc", "mrn.bare9"],
    "US_SSN": ["ssn.dash", "ssn.under"],
    "PHONE_NUMBER": ["phone.digits", "phone.00"],
    "EMAIL_ADDRESS": ["email.plain"],
    "STREET_ADDRESS": ["addr.line"],
    "ZIP_CODE": ["zip.5", "zip.plus4"],
    "HEALTH_PLAN_ID": ["hp.bcbs", "hp.aetna", "hp.tx_medicaid", "hp.fl_medicaid", "hp.uhc"],
    "ACCOUNT_NUMBER": ["acct.iban", "acct.card", "acct.guarantor"],
    "LICENSE_NUMBER": ["dl.CA", "dl.OH", "dl.VA", "dl.HI", "dl.KY"],
    "DEVICE_ID": ["dev.mac_hyphen", "dev.imei", "dev.imei_dash", "dev.serial"],
    "VEHICLE_ID": ["veh.vin", "veh.vin_lower"],
    "IP_ADDRESS": ["ip.v4_dash", "ip.v4"],
}
MUST_CUE = {f for fl in FORMATS.values() for f, m in fl if m} | {"ssn.under", "date.key", "ip.v4_dash"}
TOOL_SAFE = re.compile(r"[A-Za-z0-9_-]{1,64}")
HAN = re.compile(r"[\u4e00-\u9fff]")


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

    # ------------------------------------------------------------------ names
    def name_parts(self, native, ascii_only=False):
        """(given, given2, family, native_plain or None).  zh_TW: Han table (native) or Wade-Giles tables (ASCII);
        fa_IR: Perso-Arabic only (native); es_CA given names + es_ES surnames (often two, Catalan style); hand table."""
        rng = self.rng
        if native:
            src = rng.choice(["zh_TW", "fa_IR", "hand"])
            if src == "zh_TW":
                t = self.faker["zh_TW"]
                pool = rng.choice(["first_names_male", "first_names_female"])
                return None, None, None, rng.choice(t["last_names"]) + rng.choice(t[pool])
            if src == "fa_IR":
                t = self.faker["fa_IR"]
                pool = rng.choice(["first_names_male", "first_names_female"])
                return None, None, None, f"{rng.choice(t[pool])} {rng.choice(t['last_names'])}"
            return None, None, None, rng.choice([h for h in C.HAND_NAMES if h[2]])[2]
        src = rng.choice(["zh_TW", "es_CA", "es_CA", "hand", "hand"])
        if src == "zh_TW":
            t = self.faker["zh_TW"]
            pool = rng.choice(["first_romanized_names_male", "first_romanized_names_female"])
            tc = lambda s: "-".join(p.capitalize() for p in s.split("-"))  # noqa: E731
            return tc(rng.choice(t[pool])), tc(rng.choice(t[pool])), rng.choice(t["last_romanized_names"]).capitalize(), None
        if src == "es_CA":
            t = self.faker["es_CA"]
            pool = rng.choice(["first_names_male", "first_names_female"])
            fam = rng.choice(self.faker["es_ES"]["last_names"])
            if rng.random() < 0.5:
                fam += " " + rng.choice(self.faker["es_ES"]["last_names"])
            return rng.choice(t[pool]), rng.choice(t[pool]), fam, None
        h = rng.choice(C.HAND_NAMES)
        return h[0], rng.choice(C.HAND_NAMES)[0], h[1], None

    def person(self, fmt, ascii_only=False):
        if fmt == "name.native":
            _, _, _, nat = self.name_parts(True)
            return nat, nat
        while True:
            g, g2, f, _ = self.name_parts(False)
            if not ascii_only or not re.search(r"[^\x00-\x7f]", V.ascii_fold(f"{g} {g2} {f}")):
                break
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
                g2 = "Núria" if g != "Núria" else "Pau"
            plain = w = f"{g} {g2} {f}"
        elif fmt == "name.family_given":
            w = f"{f} {g}"
        else:
            raise KeyError(fmt)
        return plain, w

    # ------------------------------------------------------------------ values
    def value(self, cat, fmt, ascii_only=False):
        rng = self.rng
        for _ in range(200):
            extra = {}
            if cat == "PERSON":
                plain, w = self.person(fmt, ascii_only)
            elif cat == "DATE_OF_BIRTH":
                plain = V.gen_dob(rng)
                w = V.render_date(fmt, plain)
            elif cat == "MRN":
                plain = w = V.gen_mrn(rng, fmt)
            elif cat == "US_SSN":
                plain = V.gen_ssn(rng)
                w = V.SSN_RENDER[fmt](plain)
            elif cat == "PHONE_NUMBER":
                plain = V.gen_phone(rng, rng.choice(V.PHONE_REGIONS))
                w = V.render_phone(fmt, plain)
            elif cat == "EMAIL_ADDRESS":
                g, _, f, _ = self.name_parts(False)
                gs, fs = V.ident(g, "snake"), V.ident(f, "snake")
                local = rng.choice([f"{gs}.{fs}".replace("_", "."), f"{gs}_{fs}", f"{gs}{rng.randint(11, 97)}",
                                    gs[0] + fs.replace("_", ""), f"{fs.split('_')[0]}.{gs}"])
                plain = f"{local}@{rng.choice(V.EMAIL_DOMAINS)}"
                w = plain if fmt == "email.plain" else "mailto:" + plain
            elif cat == "STREET_ADDRESS":
                plain = V.gen_street(rng)
                w = V.render_street(fmt, plain)
            elif cat == "ZIP_CODE":
                plain = V.gen_zip(rng) + (("-" + V.digits(rng, 4, True)) if fmt == "zip.plus4" else "")
                w = plain
            elif cat == "HEALTH_PLAN_ID":
                plain = V.gen_hpid(rng, fmt)
                w = V.render_hpid(fmt, plain)
            elif cat == "ACCOUNT_NUMBER":
                if fmt.startswith("acct.iban"):
                    plain = V.gen_iban(rng, rng.choice(list(V.IBAN_LEN)))
                elif fmt.startswith("acct.card"):
                    plain = V.gen_card(rng, rng.choice(V.CARD_BRANDS))
                elif fmt == "acct.guarantor":
                    plain = "GA" + V.digits(rng, 8, True)
                else:
                    plain = V.digits(rng, rng.randint(10, 12), True)
                if V.dull(plain[-8:]):
                    continue
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
                    plain = w = V.gen_serial(rng)
            elif cat == "VEHICLE_ID":
                if fmt.startswith("veh.vin"):
                    plain = V.gen_vin(rng)
                    w = plain.lower() if fmt == "veh.vin_lower" else plain
                else:
                    plain = w = V.gen_plate(rng, fmt.split("_")[1])
            elif cat == "IP_ADDRESS":
                plain = V.gen_ipv6(rng) if fmt.startswith("ip.v6") else V.gen_ipv4(rng)
                port = rng.choice([443, 8443, 5060, 51820])
                w = V.render_ip(fmt, plain, port)
                if fmt == "ip.v6_port":
                    extra["port"] = port
            elif cat == "URL":
                g, _, f, _ = self.name_parts(False)
                nm = f"{g} {f}"
                tpl = rng.choice(V.URL_SITES)
                slug = rng.choice(["help-", "support-", "", "for-"]) + V.ident(nm, "kebab") + \
                    rng.choice(["-recovery", "-dialysis", "-transplant", ""])
                plain = w = tpl.format(slug=slug, flat=V.ident(nm, "snake").replace("_", ""),
                                       dot=V.ident(nm, "snake").replace("_", "."), Pascal=V.ident(nm, "pascal"),
                                       orcid=V.gen_orcid(rng), num=V.digits(rng, 8, True))
            elif cat == "SECRET":
                plain = w = V.gen_secret(rng, fmt[4:])
            else:
                raise KeyError(cat)
            if plain not in self.used:
                self.used.add(plain)
                return plain, w, extra
        raise RuntimeError("value pool exhausted")

    # ------------------------------------------------------------------ documents
    def envelope(self, env, fam, unit):
        rng = self.rng
        sch = copy.deepcopy(unit["schema"])
        sn = snake(unit["name"])[:48]
        tool = f"{fam}_{sn}"[:64]
        d = unit["schema"].get("description")
        desc = d if isinstance(d, str) and d.strip() else C.NEUTRAL_DESCR.format(thing=unit["name"])
        thing = "Ory Kratos identity" if fam == "kratos" else "Discourse forum"
        fn = {"name": tool, "description": desc, "parameters": sch}
        if env == "dashscope-native":
            doc = {"model": "qwen-plus",
                   "input": {"messages": [{"role": "system", "content": f"You call the {thing} API for an operator."},
                                          {"role": "user", "content": f"Prepare today's {unit['name']} call."}]},
                   "parameters": {"result_format": "message", "temperature": 0.2,
                                  "tools": [{"type": "function", "function": fn}]}}
            root, tn, td = "/parameters/tools/0/function/parameters", "/parameters/tools/0/function/name", \
                "/parameters/tools/0/function/description"
        elif env == "spark-ws":
            doc = {"header": {"app_id": hashlib.sha256(f"{fam}:{sn}:app".encode()).hexdigest()[:8],
                              "uid": "ops-" + hashlib.sha256(f"{fam}:{sn}:uid".encode()).hexdigest()[:10]},
                   "parameter": {"chat": {"domain": "generalv3.5", "temperature": 0.5, "max_tokens": 2048}},
                   "payload": {"message": {"text": [{"role": "user", "content": f"Run {unit['name']} for the queue."}]},
                               "functions": {"text": [fn]}}}
            root, tn, td = "/payload/functions/text/0/parameters", "/payload/functions/text/0/name", \
                "/payload/functions/text/0/description"
        elif env == "minimax-pro":
            doc = {"model": "abab6.5s-chat", "tokens_to_generate": 1024, "temperature": 0.1, "top_p": 0.95,
                   "bot_setting": [{"bot_name": "ops-bot", "content": f"ops-bot calls the {thing} API."}],
                   "reply_constraints": {"sender_type": "BOT", "sender_name": "ops-bot"},
                   "messages": [{"sender_type": "USER", "sender_name": "operator",
                                 "text": f"Prepare the {unit['name']} request."}],
                   "functions": [fn]}
            root, tn, td = "/functions/0/parameters", "/functions/0/name", "/functions/0/description"
        else:
            doc = {"model_id": "meta-llama/Llama-3.3-70B-Instruct",
                   "messages": [{"role": "system", "content": f"Answer with one {thing} {unit['name']} object."},
                                {"role": "user", "content": "Fill it from the notes attached."}],
                   "sampling_params": {"strategy": {"type": "greedy"}, "max_tokens": 2048},
                   "response_format": {"type": "json_schema", "json_schema": sch}}
            root, tn, td = "/response_format/json_schema", None, None
        u = self.units[fam]
        return {"env": env, "family": fam, "unit": unit["name"], "sn": sn, "doc": doc, "root": root, "tn": tn,
                "td": td, "fname": f"{fam}.{sn}.{env}.json", "labels": [],
                "base": f"{u['repo']}@{u['commit']}:{u['path']}#{unit['pointer']}"}

    @staticmethod
    def get(doc, ptr):
        o = doc
        for t in ptr.split("/")[1:]:
            t = t.replace("~1", "/").replace("~0", "~")
            o = o[int(t)] if isinstance(o, list) else o[t]
        return o

    def set_ptr(self, doc, ptr, val):
        parts = ptr.split("/")
        parent = self.get(doc, "/".join(parts[:-1]))
        if isinstance(parent, list):
            parent[int(parts[-1])] = val
        else:
            parent[parts[-1]] = val

    def target(self, f):
        """The root schema object, or (about 30 %) an inline nested object schema (or array items object)."""
        root = self.get(f["doc"], f["root"])
        cands = []
        for k, v in (root.get("properties") or {}).items():
            if isinstance(v, dict) and isinstance(v.get("properties"), dict):
                cands.append((f["root"] + "/properties/" + ptr_tok(k), v))
            if isinstance(v, dict) and isinstance(v.get("items"), dict) and isinstance(v["items"].get("properties"),
                                                                                         dict):
                cands.append((f["root"] + "/properties/" + ptr_tok(k) + "/items", v["items"]))
        if cands and self.rng.random() < 0.3:
            return self.rng.choice(cands)
        root.setdefault("properties", {})
        return f["root"], root

    def add_prop(self, f, key, schema, tgt=None):
        tptr, t = tgt or self.target(f)
        props = t.setdefault("properties", {})
        k, n = key, 2
        while k in props:
            k, n = f"{key}{n}", n + 1
        props[k] = schema
        return f"{tptr}/properties/{ptr_tok(k)}"

    # ------------------------------------------------------------------ positives
    def choose_format(self, cat, surf, placement):
        if surf in IDENT_SURFACES and cat != "PERSON":
            fl = IDENT_OK[cat]
            if surf == "tool_name":
                fl = [x for x in fl if x not in ("email.plain", "addr.line")]
        else:
            fl = [f for f, _ in FORMATS[cat]]
            if surf in ("pattern", "pattern_property") and cat == "STREET_ADDRESS":
                fl = [x for x in fl if x != "addr.twoline"]
        if placement == "no_cue":
            fl = [x for x in fl if x not in MUST_CUE] or fl
        return self.rng.choice(fl)

    def plant(self, f, cat, surf):
        rng = self.rng
        opts = ["key_cue", "text_cue", "text_cue", "no_cue"]
        if surf in ("tool_name", "file_name"):
            opts = ["text_cue", "text_cue", "no_cue"]
        placement = rng.choice(opts)
        fmt = self.choose_format(cat, surf, placement)
        if fmt in MUST_CUE and placement == "no_cue":
            placement = "text_cue"
        ascii_only = surf in ("tool_name", "file_name")
        if cat == "PERSON" and ascii_only and fmt == "name.native":
            fmt = "name.given_family"
        plain, written, extra = self.value(cat, fmt, ascii_only)
        label_fmt = fmt
        if surf in IDENT_SURFACES:
            if cat == "PERSON":
                if fmt == "name.native":
                    style = "native"
                else:
                    style = rng.choice(["snake", "camel", "kebab", "pascal"])
                written = V.ident(written, style)
                label_fmt = f"{fmt}+{style}"
            elif surf == "tool_name" and not TOOL_SAFE.fullmatch(written):
                written = V.ident(written, "snake")
                label_fmt = f"{fmt}+snake"
            elif surf == "file_name" and re.search(r"[\s/]", written):
                written = V.ident(written, "kebab")
                label_fmt = f"{fmt}+kebab"
            else:
                label_fmt = f"{fmt}+ident"
        c = C.CUES[cat]
        text_cue, frag, key_cue = rng.choice(c["text"]), rng.choice(c["frag"]), rng.choice(c["key"])
        s_val = f"{text_cue} {written}" if placement == "text_cue" else written
        value, raw, kind = written, None, "literal"
        if surf in ("enum", "const", "default", "examples", "title"):
            key = key_cue if placement == "key_cue" else rng.choice(C.NEUTRAL_KEYS)
            sch = {"type": "string"}
            if surf == "enum":
                filler = rng.choice(["unknown", "n/a", "declined", "other"])
                vals = [filler, s_val] if rng.random() < 0.5 else [s_val, filler]
                sch["enum"] = vals
                pointer = self.add_prop(f, key, sch) + f"/enum/{vals.index(s_val)}"
            elif surf == "examples":
                sch["examples"] = [s_val]
                pointer = self.add_prop(f, key, sch) + "/examples/0"
            else:
                sch[surf] = s_val
                pointer = self.add_prop(f, key, sch) + f"/{surf}"
        elif surf == "description":
            key = key_cue if placement == "key_cue" else rng.choice(C.NEUTRAL_KEYS)
            text = s_val if placement == "text_cue" else rng.choice(C.NEUTRAL_SENTENCES).format(
                v=written, n=rng.choice(["June", "weekly", "Q2", "first"]))
            pointer = self.add_prop(f, key, {"type": "string", "description": text}) + "/description"
        elif surf == "pattern":
            key = key_cue if placement == "key_cue" else rng.choice(C.NEUTRAL_KEYS)
            pointer = self.add_prop(f, key, {"type": "string", "pattern": "^" + V.rx_escape(s_val) + "$"}) + "/pattern"
            value, raw = V.rx_escape(written), written
        elif surf == "pattern_property":
            if placement == "text_cue":
                rx = "^" + V.rx_escape(frag) + "[_:-]?" + V.rx_escape(written) + "$"
            else:
                rx = "^" + V.rx_escape(written) + "$"
            if placement == "key_cue":
                p = self.add_prop(f, rng.choice(C.GROUP_KEYS[cat]),
                                  {"type": "object", "patternProperties": {rx: {"type": "string"}}})
                pointer = f"{p}/patternProperties/{ptr_tok(rx)}"
            else:
                tptr, t = self.target(f)
                t.setdefault("patternProperties", {})[rx] = {"type": "string"}
                pointer = f"{tptr}/patternProperties/{ptr_tok(rx)}"
            value, raw, kind = V.rx_escape(written), written, "regex_literal"
        elif surf == "property_name":
            kind = "key_literal" if label_fmt.endswith("+ident") else label_fmt.split("+")[1] + "_joined"
            if placement == "key_cue":
                p = self.add_prop(f, rng.choice(C.GROUP_KEYS[cat]), {"type": "object", "properties": {}})
                pointer = self.add_prop(f, written, {"type": "string"}, tgt=(p, self.get(f["doc"], p)))
            elif placement == "text_cue":
                sep = "-" if "-" in written and "_" not in written else "_"
                pointer = self.add_prop(f, f"{frag}{sep}{written}", {"type": "string"})
            else:
                pointer = self.add_prop(f, written, {"type": "string"})
        elif surf == "tool_name":
            verb = rng.choice(C.NEUTRAL_TOOL_VERBS)
            name = f"{verb}_{frag}_{written}" if placement == "text_cue" else f"{verb}_{written}"
            assert TOOL_SAFE.fullmatch(name), name
            self.set_ptr(f["doc"], f["tn"], name)
            pointer, kind = f["tn"], "tool_name_joined"
        elif surf == "tool_description":
            cur = self.get(f["doc"], f["td"])
            if placement == "key_cue":
                text = f"{key_cue}: {written}"
            elif placement == "text_cue":
                text = s_val
            else:
                text = rng.choice(C.NEUTRAL_SENTENCES).format(v=written, n=rng.choice(["June", "weekly", "Q2"]))
            self.set_ptr(f["doc"], f["td"], cur.rstrip() + " " + text)
            pointer = f["td"]
        elif surf == "file_name":
            part = f"{frag}-{written}" if placement == "text_cue" else written
            f["fname"] = f"{f['family']}.{f['sn']}.{part}.{f['env']}.json"
            pointer, kind = "", "file_name_joined"
        elif surf == "metadata":
            if rng.random() < 0.5:
                tptr, t = self.target(f)
                xk = ("x-" + V.ident(frag, "kebab")) if placement == "key_cue" else rng.choice(C.NEUTRAL_XKEYS)
                k, n = xk, 2
                while k in t:
                    k, n = f"{xk}-{n}", n + 1
                t[k] = s_val
                pointer = f"{tptr}/{ptr_tok(k)}"
            else:
                key = key_cue if placement == "key_cue" else rng.choice(C.NEUTRAL_KEYS)
                text = s_val if placement != "no_cue" else rng.choice(C.NEUTRAL_SENTENCES).format(v=written, n="Q2")
                pointer = self.add_prop(f, key, {"type": "string", "$comment": text}) + "/$comment"
        else:
            raise KeyError(surf)
        lab = {"pointer": pointer, "surface": surf, "category": cat, "value": value, "kind": kind,
               "placement": placement, "format": label_fmt, "plain": plain}
        if raw is not None:
            lab["raw"] = raw
        lab.update(extra)
        f["labels"].append(lab)

    # ------------------------------------------------------------------ hard negatives
    def plant_hn(self, f, kind, pools):
        rng = self.rng
        if kind == "category_label_key":
            key = pools[kind].pop()
            pointer = self.add_prop(f, key, {"type": "string", "description": "Collected at enrolment."})
            value, surf = key, "property_name"
            value = pointer.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~")
        elif kind == "code_enum":
            what, codes = pools[kind].pop()
            p = self.add_prop(f, snake(what.split(" ")[-1]) + "_code",
                              {"type": "string", "description": what, "enum": list(codes)})
            pointer, value, surf = f"{p}/enum/0", codes[0], "enum"
        elif kind == "reserved_placeholder":
            v = pools[kind].pop()
            s = rng.choice(["examples", "default", "const"])
            p = self.add_prop(f, rng.choice(["sample_value", "demo", "placeholder", "template_value"]),
                              {"type": "string", s: [v] if s == "examples" else v})
            pointer, value, surf = (f"{p}/examples/0" if s == "examples" else f"{p}/{s}"), v, s
        elif kind == "format_regex":
            v = pools[kind].pop()
            p = self.add_prop(f, rng.choice(["value_shape", "validated", "format_check"]),
                              {"type": "string", "pattern": v})
            pointer, value, surf = f"{p}/pattern", v, "pattern"
        elif kind == "name_like_word":
            v = pools[kind].pop()
            s = rng.choice(["enum", "const", "default", "title"])
            sch = {"type": "string", s: ([v, "Standard", "Legacy"] if s == "enum" else v)}
            p = self.add_prop(f, rng.choice(["theme", "region_label", "palette", "edition"]), sch)
            pointer, value, surf = (f"{p}/enum/0" if s == "enum" else f"{p}/{s}"), v, s
        elif kind == "version_date":
            v = pools[kind].pop()
            tptr, t = self.target(f)
            k = rng.choice(["x-since", "x-spec-revision", "x-release", "$comment"])
            while k in t:
                k += "-2"
            t[k] = v
            pointer, value, surf = f"{tptr}/{ptr_tok(k)}", v, "metadata"
        elif kind == "category_words_text":
            v = pools[kind].pop()
            s = rng.choice(["description", "title"])
            p = self.add_prop(f, rng.choice(["field_help", "hint_text", "doc_note"]), {"type": "string", s: v})
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

    # ------------------------------------------------------------------ plan and write
    def plan(self):
        rng = self.rng
        cats = [c for c, n in CAT_COUNTS.items() for _ in range(n)]
        surfs = [s for s, n in SURF_COUNTS.items() for _ in range(n)]
        assert len(cats) == len(surfs)
        rng.shuffle(cats)
        rng.shuffle(surfs)
        ok = lambda c, s: c not in INCOMPAT.get(s, ())  # noqa: E731
        for _ in range(10000):
            bad = [i for i in range(len(cats)) if not ok(cats[i], surfs[i])]
            if not bad:
                break
            i = bad[0]
            j = rng.choice([j for j in range(len(cats)) if ok(cats[i], surfs[j]) and ok(cats[j], surfs[i])])
            surfs[i], surfs[j] = surfs[j], surfs[i]
        return list(zip(cats, surfs))

    def build(self, out):
        rng = self.rng
        files = []
        for ei, env in enumerate(ENVS):
            for fam in FAMILIES:
                for unit in self.units[fam]["hosts"][PER_CELL * ei: PER_CELL * (ei + 1)]:
                    files.append(self.envelope(env, fam, unit))
        tool_files = [i for i, f in enumerate(files) if f["env"] in TOOL_ENVS]
        load, slots, assign = Counter(), {i: set() for i in range(len(files))}, []
        pairs = self.plan()
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
            assign.append((j, "pos", cat, surf))
        hn = [k for k, n in HN_COUNTS.items() for _ in range(n)]
        for k in sorted(hn, key=lambda k: k not in ("tool_category_words", "file_name_category_words")):
            surf = {"tool_category_words": "tool_name", "file_name_category_words": "file_name"}.get(k)
            cands = tool_files if surf == "tool_name" else list(range(len(files)))
            if surf:
                cands = [j for j in cands if surf not in slots[j]]
            m = min(load[j] for j in cands)
            j = rng.choice([j for j in cands if load[j] == m])
            if surf:
                slots[j].add(surf)
            load[j] += 1
            assign.append((j, "hn", k, ""))
        pools = {"category_label_key": list(C.HN_LABEL_KEYS), "code_enum": list(C.HN_CODE_ENUMS),
                 "reserved_placeholder": list(C.HN_PLACEHOLDERS), "format_regex": list(C.HN_FORMAT_REGEXES),
                 "name_like_word": list(C.HN_NAME_WORDS), "version_date": list(C.HN_VERSION_DATES),
                 "category_words_text": list(C.HN_CATEGORY_TEXT), "tool_category_words": list(C.HN_TOOL_NAMES),
                 "file_name_category_words": list(C.HN_FILE_WORDS)}
        for p in pools.values():
            rng.shuffle(p)
        assign.sort(key=lambda w: (w[0], w[1] != "pos", w[2], w[3]))
        for j, typ, a, b in assign:
            if typ == "pos":
                self.plant(files[j], a, b)
            else:
                self.plant_hn(files[j], a, pools)
        planted, real = out / "planted", out / "real"
        for d in (planted, real):
            if d.exists():
                shutil.rmtree(d)
        labels, names, n = [], set(), 0
        for f in files:
            rel = f"{f['env']}/{f['fname']}"
            assert rel not in names
            names.add(rel)
            p = planted / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(json.dumps(f["doc"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            for lab in f["labels"]:
                n += 1
                row = {"id": f"t34-{n:04d}", "file": rel, "pointer": lab["pointer"], "surface": lab["surface"],
                       "category": lab["category"], "value": lab["value"], "kind": lab["kind"], "base": f["base"],
                       "placement": lab["placement"], "format": lab["format"]}
                row.update({k: lab[k] for k in ("raw", "plain", "port") if k in lab})
                labels.append(row)
        (planted / "labels.jsonl").write_text("".join(json.dumps(l, ensure_ascii=False) + "\n" for l in labels),
                                              encoding="utf-8")
        man = []
        for fam in FAMILIES:
            u = self.units[fam]
            for unit in u["real"]:
                rel = f"{fam}/{fam}.{re.sub(r'[^A-Za-z0-9_.-]+', '_', unit['name'])}.schema.json"
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
        assert hashlib.sha256((here / "sources" / m["file"]).read_bytes()).hexdigest() == m["sha256"], m["file"]


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
