#!/usr/bin/env python3
"""Deterministic builder for the thirty-second set: sources/ -> planted/ + real/ (stdlib + phonenumbers).

Seed 323232.  Run from anywhere; writes next to this file (or into --out DIR, used by check.py's rebuilds).
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
SEED = 323232
ENVS = ["agents-sdk-tool", "langchain-binding", "openrouter-chat", "perplexity-sonar"]
TOOL_ENVS = ("agents-sdk-tool", "langchain-binding")
FAMILIES = ["intercom", "opensearch"]

CAT_COUNTS = {"PERSON": 14, "DATE_OF_BIRTH": 12, "MRN": 11, "HEALTH_PLAN_ID": 11, "ACCOUNT_NUMBER": 11,
              "PHONE_NUMBER": 11, "US_SSN": 11, "SECRET": 11, "DEVICE_ID": 10, "VEHICLE_ID": 10, "IP_ADDRESS": 10,
              "LICENSE_NUMBER": 10, "URL": 10, "EMAIL_ADDRESS": 10, "STREET_ADDRESS": 10, "ZIP_CODE": 10}
SURFACES = ["property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples",
            "default", "tool_name", "tool_description", "file_name", "metadata"]
SURF_COUNTS = {s: 13 for s in SURFACES}
for s in ("description", "examples", "default"):
    SURF_COUNTS[s] = 14
N_POS = sum(CAT_COUNTS.values())
HN_COUNTS = {"category_label_key": 12, "code_enum": 12, "reserved_placeholder": 12, "category_words_text": 10,
             "format_regex": 10, "name_like_word": 10, "version_date": 7, "tool_category_words": 4,
             "file_name_category_words": 3}
IDENT_SURFACES = ("property_name", "tool_name", "file_name")

NO_TOOL = {"EMAIL_ADDRESS", "URL", "SECRET", "STREET_ADDRESS"}
INCOMPAT = {"tool_name": NO_TOOL, "file_name": {"URL", "SECRET", "STREET_ADDRESS"},
            "property_name": {"URL", "SECRET"}, "pattern_property": {"SECRET"}}

# format catalogue: category -> [(format, must_cue)]
FORMATS = {
    "PERSON": [("name.given_family", False), ("name.family_comma", False), ("name.caps", False),
               ("name.lower", False), ("name.initial_family", True), ("name.two_given", False),
               ("name.native", False), ("name.family_given", True)],
    "DATE_OF_BIRTH": [(f, True) for f in V.DATE_FORMATS],
    "MRN": [(f, True) for f in V.MRN_RX],
    "US_SSN": [("ssn.dash", False), ("ssn.space", True), ("ssn.bare", True), ("ssn.dot", True)],
    "PHONE_NUMBER": [("phone.e164", False), ("phone.intl", False), ("phone.tel", False), ("phone.intl00", False),
                     ("phone.national", True), ("phone.digits", True)],
    "EMAIL_ADDRESS": [("email.plain", False), ("email.mailto", False)],
    "STREET_ADDRESS": [("addr.upper", False), ("addr.mixed", False), ("addr.line", True)],
    "ZIP_CODE": [("zip.5", True), ("zip.plus4", True)],
    "HEALTH_PLAN_ID": [(f, True) for f in V.HP_RX],
    "ACCOUNT_NUMBER": [("acct.iban", False), ("acct.iban_paper", False), ("acct.card", True),
                       ("acct.card_grouped", False), ("acct.card_dashed", False), ("acct.guarantor", True)],
    "LICENSE_NUMBER": [(f"dl.{s}", True) for s in V.DL_RX],
    "DEVICE_ID": [("dev.imei", True), ("dev.iccid", True), ("dev.mac", False), ("dev.mac_upper", False),
                  ("dev.mac_cisco", True), ("dev.hibc", False), ("dev.serial", True)],
    "VEHICLE_ID": [("veh.vin", False), ("veh.vin_lower", False)] + [(f"veh.plate_{c}", True) for c in V.PLATE_RX],
    "IP_ADDRESS": [("ip.v4", False), ("ip.v4_cidr32", False), ("ip.v6", False), ("ip.v6_bracket", False),
                   ("ip.v4_snake", False)],
    "URL": [("url.link", False)],
    "SECRET": [(f"sec.{r}", False) for r in V.SECRET_RULES] + [("sec.password", True)],
}
MUST_CUE = {f for fl in FORMATS.values() for f, m in fl if m}
# formats whose written form is already safe in an ASCII identifier ("keep"), per category
IDENT_OK = {
    "DATE_OF_BIRTH": ["date.key", "date.iso", "date.sas_date9", "date.fileman"],
    "MRN": ["mrn.icn", "mrn.year_seq", "mrn.pn8", "mrn.bare10"],
    "US_SSN": ["ssn.dash", "ssn.snake"],
    "PHONE_NUMBER": ["phone.digits"],
    "EMAIL_ADDRESS": ["email.plain"],
    "STREET_ADDRESS": ["addr.line", "addr.upper"],
    "ZIP_CODE": ["zip.5", "zip.plus4"],
    "HEALTH_PLAN_ID": ["hp.mbi", "hp.medical_cin", "hp.bcbs_prefix", "hp.aetna_w"],
    "ACCOUNT_NUMBER": ["acct.iban", "acct.card", "acct.guarantor"],
    "LICENSE_NUMBER": ["dl.CA", "dl.OH", "dl.VA", "dl.FL"],
    "DEVICE_ID": ["dev.imei", "dev.serial", "dev.iccid", "dev.mac_cisco"],
    "VEHICLE_ID": ["veh.vin", "veh.vin_lower"],
    "IP_ADDRESS": ["ip.v4_snake", "ip.v4"],
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
    def person(self, fmt):
        rng = self.rng
        src = rng.choice(["el_GR", "hy_AM", "fr_BE", "hand", "hand"])
        if fmt == "name.native":
            src = rng.choice(["el_GR", "hy_AM", "hand_native"])
        if src == "hand_native":
            g, f, nat, _ = rng.choice([h for h in C.HAND_NAMES if h[2]])
            return nat, nat
        sep2 = " "
        if src == "hand":
            g, f, _, _ = rng.choice(C.HAND_NAMES)
            g2 = rng.choice(C.HAND_NAMES)[0]
        else:
            t = self.faker[src]
            sex = rng.choice(["male", "female"])
            g, g2 = rng.choice(t[f"first_names_{sex}"]), rng.choice(t[f"first_names_{sex}"])
            f = rng.choice(t.get(f"last_names_{sex}") or t["last_names"])   # Greek surnames agree in gender
            if src == "el_GR":
                sep2 = "-"                                                 # Faker el_GR's double given name
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
            if g2 == g:
                g2 = "Marie" if g != "Marie" else "Anne"
            plain = f"{g}{sep2}{g2} {f}"
            w = plain
        elif fmt == "name.family_given":
            w = f"{f} {g}"
        else:
            raise KeyError(fmt)
        return plain, w

    def value(self, cat, fmt):
        """Return (plain, written) for a format; never reuse a plain value."""
        rng = self.rng
        for _ in range(100):
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
                if rng.random() < 0.5:
                    g, f = V.ascii_fold(self.person("name.given_family")[0]).split(" ", 1)
                else:
                    g, f = rng.choice(C.HAND_NAMES)[:2]
                gi, fi = V.ident(g, "snake"), V.ident(f, "snake")
                local = rng.choice([f"{gi}.{fi}".replace("_", "."), f"{gi}_{fi}", gi + str(rng.randint(7, 98)),
                                    gi[0] + fi.replace("_", "")])
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
                elif fmt == "acct.card_dashed":
                    plain = V.gen_card(rng, rng.choice(["discover", "jcb", "mc5"]))
                elif fmt.startswith("acct.card"):
                    plain = V.gen_card(rng, rng.choice(["discover", "jcb", "diners", "mc5"]))
                else:
                    plain = "GA" + V.rdigits(rng, 9, True)
                w = V.render_account(fmt, plain)
            elif cat == "LICENSE_NUMBER":
                plain = w = V.gen_dl(rng, fmt.split(".")[1])
            elif cat == "DEVICE_ID":
                if fmt == "dev.imei":
                    plain = w = V.gen_imei(rng)
                elif fmt == "dev.iccid":
                    plain = w = V.gen_iccid(rng)
                elif fmt.startswith("dev.mac"):
                    plain = V.gen_mac(rng)
                    w = V.render_mac(fmt, plain)
                elif fmt == "dev.hibc":
                    plain = w = V.gen_hibc(rng)
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
                w = V.render_ip(fmt, plain, rng.choice([443, 8443, 9200, 5601]))
            elif cat == "URL":
                tpl = rng.choice(V.URL_TEMPLATES)
                nm = V.ascii_fold(self.person("name.given_family")[0])
                slug = V.ident(nm, rng.choice(["kebab", "snake"]))
                if "bsky" in tpl or "codeberg" in tpl:
                    slug = V.ident(nm, "kebab")
                if "xing" in tpl:
                    slug = "_".join(w.capitalize() for w in V.ident(nm, "snake").split("_"))
                if "ulule" in tpl or "milaap" in tpl or "givealittle" in tpl:
                    slug = rng.choice(["help-", "support-", "", "for-"]) + V.ident(nm, "kebab") + \
                        rng.choice(["-recovery", "-surgery", "-treatment", "-dialysis", ""])
                plain = w = tpl.format(slug=slug, num=V.rdigits(rng, 8, True))
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
        desc = d if isinstance(d, str) and d.strip() else C.NEUTRAL_DESCR.format(thing=unit["name"])
        thing = "Intercom" if fam == "intercom" else "OpenSearch"
        if env == "agents-sdk-tool":
            # openai-agents FunctionTool dataclass, fields as dataclasses.asdict() gives them (on_invoke_tool dropped)
            doc = {"name": tool, "description": desc, "params_json_schema": sch, "strict_json_schema": False,
                   "is_enabled": True, "tool_input_guardrails": None, "tool_output_guardrails": None}
            root, tn, td = "/params_json_schema", "/name", "/description"
        elif env == "langchain-binding":
            # langchain_core.load.dumpd() of chat_model.bind_tools([...]) (a RunnableBinding around ChatMistralAI)
            doc = {"lc": 1, "type": "constructor", "id": ["langchain", "schema", "runnable", "RunnableBinding"],
                   "kwargs": {"bound": {"lc": 1, "type": "constructor",
                                        "id": ["langchain", "chat_models", "mistralai", "ChatMistralAI"],
                                        "kwargs": {"model": "mistral-small-latest", "temperature": 0.0,
                                                   "mistral_api_key": {"lc": 1, "type": "secret",
                                                                       "id": ["MISTRAL_API_KEY"]}}},
                              "kwargs": {"tools": [{"type": "function",
                                                    "function": {"name": tool, "description": desc,
                                                                 "parameters": sch}}],
                                         "tool_choice": "any"},
                              "config": {}, "config_factories": []},
                   "name": None}
            p = "/kwargs/kwargs/tools/0/function"
            root, tn, td = p + "/parameters", p + "/name", p + "/description"
        elif env == "openrouter-chat":
            doc = {"model": "meta-llama/llama-3.3-70b-instruct",
                   "models": ["meta-llama/llama-3.3-70b-instruct", "qwen/qwen-2.5-72b-instruct"],
                   "messages": [{"role": "system", "content": f"Answer with one {thing} {unit['name']} object."},
                                {"role": "user", "content": "Fill it from the ticket below."}],
                   "response_format": {"type": "json_schema",
                                       "json_schema": {"name": tool, "strict": True, "schema": sch}},
                   "provider": {"require_parameters": True, "data_collection": "deny", "sort": "throughput"},
                   "transforms": ["middle-out"], "temperature": 0}
            root, tn, td = "/response_format/json_schema/schema", None, None
        else:
            doc = {"model": "sonar-pro",
                   "messages": [{"role": "system", "content": f"Return a {thing} {unit['name']} object as JSON."},
                                {"role": "user", "content": "Summarise the findings into the schema."}],
                   "response_format": {"type": "json_schema", "json_schema": {"schema": sch}},
                   "search_mode": "web", "web_search_options": {"search_context_size": "low"},
                   "return_related_questions": False, "max_tokens": 2048}
            root, tn, td = "/response_format/json_schema/schema", None, None
        u = self.units[fam]
        return {"env": env, "family": fam, "unit": unit["name"], "sn": sn, "doc": doc, "root": root, "tn": tn,
                "td": td, "fname": f"{fam}.{sn}.{env}.json", "fname_label": None, "used": set(),
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
                if surf == "tool_name":
                    fl = [x for x in fl if x != "dev.mac_cisco"]
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
        plain, written = self.value(cat, fmt)
        if cat == "PERSON" and surf in IDENT_SURFACES and not V.ident(written, "snake"):
            if surf == "property_name":
                pass                                    # joined in its own script below
            else:
                self.used_values.discard(plain)
                fmt = "name.given_family"
                plain, written = self.value(cat, fmt)
                while re.search(r"[^\x00-\x7f]", V.ascii_fold(written)):
                    plain, written = self.value(cat, fmt)
        label_fmt = fmt
        # identifiers
        if surf in IDENT_SURFACES:
            if cat == "PERSON":
                if surf == "property_name" and (not V.ident(written, "snake") or (
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
            if mode == "user" and placement != "key_cue":
                f["used"].add("user")
                self.set_ptr(f["doc"], "/metadata/user_id", s_val)
                pointer = "/metadata/user_id"
            elif mode == "x" or mode == "user":
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
        pass

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
                labels.append({"id": f"t32-{n:04d}", **{k: lab[k] for k in (
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
