#!/usr/bin/env python3
"""Deterministic builder for the twentyseventh set: sources/ -> planted/ + real/ (stdlib + phonenumbers).

Seed 272727.  Run from anywhere; writes next to this file (or into --out DIR, used by check.py's rebuilds).
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
SEED = 272727
ENVS = ["pydantic-ai-tooldef", "mcp-sampling", "backstage-template", "logicapps-workflow"]
TOOL_ENVS = ("pydantic-ai-tooldef", "mcp-sampling")
FAMILIES = ["temporal", "weaviate"]

CAT_COUNTS = {"PERSON": 14, "DATE_OF_BIRTH": 12, "MRN": 11, "HEALTH_PLAN_ID": 11, "ACCOUNT_NUMBER": 11,
              "PHONE_NUMBER": 11, "US_SSN": 11, "SECRET": 11, "DEVICE_ID": 10, "VEHICLE_ID": 10, "IP_ADDRESS": 10,
              "LICENSE_NUMBER": 10, "URL": 10, "EMAIL_ADDRESS": 10, "STREET_ADDRESS": 10, "ZIP_CODE": 10}
SURFACES = ["property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples",
            "default", "tool_name", "tool_description", "file_name", "metadata"]
SURF_COUNTS = {s: 13 for s in SURFACES}
for s in ("description", "examples", "default"):
    SURF_COUNTS[s] = 14
HN_COUNTS = {"category_label_key": 12, "code_enum": 12, "reserved_placeholder": 12, "category_words_text": 10,
             "format_regex": 10, "name_like_word": 10, "version_date": 7, "tool_category_words": 4,
             "file_name_category_words": 3}
IDENT_SURFACES = ("property_name", "tool_name", "file_name")

NO_TOOL = {"EMAIL_ADDRESS", "URL", "SECRET", "STREET_ADDRESS"}
INCOMPAT = {"tool_name": NO_TOOL, "file_name": {"URL", "SECRET", "STREET_ADDRESS"},
            "property_name": {"URL", "SECRET"}, "pattern_property": {"SECRET"}}

SECRET_RULES = ["age-secret-key", "anthropic-api-key", "digitalocean-pat", "gcp-api-key", "github-pat",
                "heroku-api-key-v2", "jwt", "openai-api-key", "planetscale-password", "prefect-api-token",
                "pulumi-api-token", "pypi-upload-token", "readme-api-token", "rubygems-api-token", "sentry-user-token",
                "slack-bot-token", "uri.postgres", "uri.mongodb_srv", "uri.mssql"]
# format catalogue: category -> [(format, must_cue)]
FORMATS = {
    "PERSON": [("name.given_family", False), ("name.family_comma", False), ("name.caps", False),
               ("name.lower", False), ("name.initial_family", True), ("name.two_given", False),
               ("name.native", False)],
    "DATE_OF_BIRTH": [(f, True) for f in ("date.iso", "date.basic", "date.us", "date.gedcom", "date.at_long",
                                          "date.nl_long", "date.eo_long", "date.oc_long", "date.yi_long", "date.tpi",
                                          "date.pap", "date.cl_short")],
    "MRN": [(f, True) for f in V.MRN_RX],
    "US_SSN": [("ssn.dash", False), ("ssn.space", True), ("ssn.bare", True), ("ssn.dot", True)],
    "PHONE_NUMBER": [("phone.e164", False), ("phone.intl", False), ("phone.tel", False), ("phone.00", True),
                     ("phone.national", True), ("phone.digits", True)],
    "EMAIL_ADDRESS": [("email.plain", False), ("email.mailto", False)],
    "STREET_ADDRESS": [("addr.upper", False), ("addr.mixed", False), ("addr.line", True)],
    "ZIP_CODE": [("zip.5", True), ("zip.plus4", True)],
    "HEALTH_PLAN_ID": [(f, True) for f in V.HP_RX],
    "ACCOUNT_NUMBER": [("acct.iban", False), ("acct.iban_paper", False), ("acct.card", True),
                       ("acct.card_grouped", False), ("acct.guarantor", True)],
    "LICENSE_NUMBER": [(f"dl.{s}", True) for s in V.DL_RX],
    "DEVICE_ID": [("dev.imei", True), ("dev.mac_upper", False), ("dev.mac_cisco", False), ("dev.mac_bare", True),
                  ("dev.udi", False), ("dev.hibc", False), ("dev.serial", True)],
    "VEHICLE_ID": [("veh.vin", False), ("veh.vin_lower", False)] + [(f"veh.plate_{c}", True) for c in V.PLATE_RX],
    "IP_ADDRESS": [("ip.v4", False), ("ip.v4_cidr", False), ("ip.v6", False)],
    "URL": [("url.link", False)],
    "SECRET": [(f"sec.{r}", False) for r in SECRET_RULES] + [("sec.password", True)],
}
MUST_CUE = {f for fl in FORMATS.values() for f, m in fl if m}
# formats whose written form can stand in an identifier as it is, per category
IDENT_OK = {
    "DATE_OF_BIRTH": ["date.key", "date.basic", "date.iso"],
    "MRN": ["mrn.pt9", "mrn.bare7", "mrn.u8", "mrn.yr_seq"],
    "US_SSN": ["ssn.dash", "ssn.snake"],
    "PHONE_NUMBER": ["phone.digits"],
    "EMAIL_ADDRESS": ["email.plain"],
    "STREET_ADDRESS": ["addr.line", "addr.upper"],
    "ZIP_CODE": ["zip.5", "zip.plus4"],
    "HEALTH_PLAN_ID": list(V.HP_RX),
    "ACCOUNT_NUMBER": ["acct.iban", "acct.card", "acct.guarantor"],
    "LICENSE_NUMBER": [f"dl.{s}" for s in V.DL_RX],
    "DEVICE_ID": ["dev.mac_bare", "dev.imei", "dev.serial", "dev.mac_cisco"],
    "VEHICLE_ID": ["veh.vin", "veh.vin_lower"],
    "IP_ADDRESS": ["ip.v4_snake", "ip.v4_dash", "ip.v4"],
}
MUST_CUE |= {"ssn.snake", "date.key"}
TOOL_SAFE = re.compile(r"[A-Za-z0-9_-]+")
FILE_SAFE = re.compile(r"[A-Za-z0-9_.@+-]+")


def snake(name):
    s = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
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
        self.fmt_use = Counter()

    # ------------------------------------------------------------------ values
    def faker_name(self, loc):
        rng = self.rng
        t = self.faker[loc]
        while True:
            pool = rng.choice(["first_names_male", "first_names_female"])
            g, g2, f = rng.choice(t[pool]), rng.choice(t[pool]), rng.choice(t["last_names"])
            if loc == "es_CL" and rng.random() < 0.5:
                f = f + " " + rng.choice(t["last_names"])       # Chilean paternal + maternal surnames
            if g != g2 and V.ascii_fold(g + g2 + f).isascii() and "." not in g + f:
                return g, g2, f

    def person(self, fmt):
        rng = self.rng
        src = rng.choice(["es_CL", "de_AT", "nl_BE", "hand", "hand"])
        if fmt == "name.native":
            g, f, nat, _ = rng.choice([h for h in C.HAND_NAMES if h[2]])
            return nat, nat
        if src == "hand":
            g, f, _, _ = rng.choice(C.HAND_NAMES)
            g2 = rng.choice([h[0] for h in C.HAND_NAMES if h[0] != g])
        else:
            g, g2, f = self.faker_name(src)
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
            plain = f"{g} {g2} {f}"
            w = plain
        else:
            raise KeyError(fmt)
        return plain, w

    def value(self, cat, fmt):
        """Return (plain, written) for a format; never reuse a plain value."""
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
                plain = V.gen_phone(rng, rng.choice(V.PHONE_REGIONS))
                w = V.render_phone(fmt, plain)
            elif cat == "EMAIL_ADDRESS":
                if rng.random() < 0.5:
                    g, _, f = self.faker_name(rng.choice(["es_CL", "de_AT", "nl_BE"]))
                else:
                    g, f = rng.choice(C.HAND_NAMES)[:2]
                gs, fs = V.ident(g, "snake"), V.ident(f, "snake")
                local = rng.choice([f"{gs}.{fs}", f"{gs}_{fs}", gs + str(rng.randint(7, 98)), gs[0] + fs.replace("_", ""),
                                    f"{fs.replace('_', '')}.{gs}"])
                local = local.replace("_", rng.choice(["_", "."]))
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
                    plain = V.gen_card(rng, rng.choice(["discover", "jcb", "diners", "visa"]))
                else:
                    plain = "GAR-" + V.rdigits(rng, 8, True)
                w = V.render_account(fmt, plain)
            elif cat == "LICENSE_NUMBER":
                plain = w = V.gen_dl(rng, fmt.split(".")[1])
            elif cat == "DEVICE_ID":
                if fmt == "dev.imei":
                    plain = w = V.gen_imei(rng)
                elif fmt.startswith("dev.mac"):
                    plain = V.gen_mac(rng)
                    w = V.render_mac(fmt, plain)
                elif fmt == "dev.udi":
                    plain = w = V.gen_udi(rng)
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
                plain = V.gen_ipv6(rng) if fmt == "ip.v6" else V.gen_ipv4(rng)
                w = V.render_ip(fmt, plain)
            elif cat == "URL":
                tpl = rng.choice(V.URL_TEMPLATES)
                nm = self.person("name.given_family")[0]
                slug = V.ident(nm, rng.choice(["kebab", "snake", "digits"]))
                if "xing" in tpl:
                    slug = "_".join(V.ident(w, "pascal") for w in nm.split(" ")) + str(rng.randint(2, 9))
                if "betterplace" in tpl or "ketto" in tpl:
                    slug = rng.choice(["help-", "hilfe-fur-", "support-", ""]) + V.ident(nm, "kebab") + \
                        rng.choice(["-reha", "-treatment", "-op", ""])
                if "bsky" in tpl:
                    slug = V.ident(nm, "digits").lower()
                plain = w = tpl.format(slug=slug, num=V.rdigits(rng, 9, True))
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
        rng = self.rng
        sch = copy.deepcopy(unit["schema"])
        sn = snake(unit["name"])
        tool = f"{fam}_{sn}"[:64]
        d = unit["schema"].get("description")
        thing = "Temporal" if fam == "temporal" else "Weaviate"
        desc = d if isinstance(d, str) and d.strip() else C.NEUTRAL_DESCR.format(thing=f"{thing} {unit['name']}")
        if env == "pydantic-ai-tooldef":
            # pydantic_ai.models.ModelRequestParameters as dumped (function_tools: list[ToolDefinition])
            doc = {"function_tools": [{"name": tool, "parameters_json_schema": sch, "description": desc,
                                       "outer_typed_dict_key": None, "strict": None, "sequential": False,
                                       "kind": "function", "metadata": None, "timeout": None,
                                       "defer_loading": False, "unless_native": None, "with_native": None}],
                   "native_tools": [], "output_mode": "text", "output_object": None, "output_tools": [],
                   "prompted_output_template": None, "allow_text_output": True, "allow_image_output": False}
            root, tn, td = "/function_tools/0/parameters_json_schema", "/function_tools/0/name", \
                "/function_tools/0/description"
        elif env == "mcp-sampling":
            # MCP sampling/createMessage request with tools (CreateMessageRequestParams.tools: Tool[])
            doc = {"jsonrpc": "2.0", "id": rng.randint(2, 999), "method": "sampling/createMessage",
                   "params": {"messages": [{"role": "user", "content": {
                       "type": "text", "text": f"Prepare the {unit['name']} call for the {thing} cluster."}}],
                       "systemPrompt": f"You operate the {thing} API through the tools given.",
                       "tools": [{"name": tool, "description": desc, "inputSchema": sch}],
                       "toolChoice": {"mode": "auto"}, "maxTokens": 1000}}
            root, tn, td = "/params/tools/0/inputSchema", "/params/tools/0/name", "/params/tools/0/description"
        elif env == "backstage-template":
            # Backstage Software Template (scaffolder.backstage.io/v1beta3): spec.parameters[] are JSON Schemas
            name = sn.replace("_", "-")[:60]
            doc = {"apiVersion": "scaffolder.backstage.io/v1beta3", "kind": "Template",
                   "metadata": {"name": f"{fam}-{name}", "title": f"{thing} {unit['name']}",
                                "description": f"Submits one {unit['name']} object to the {thing} API.",
                                "tags": [fam, "integration"]},
                   "spec": {"owner": "group:platform-integrations", "type": "service", "parameters": [sch],
                            "steps": [{"id": "log", "name": "Log the input", "action": "debug:log",
                                       "input": {"message": "${{ parameters | dump }}"}}],
                            "output": {"text": [{"title": "Submitted", "content": unit["name"]}]}}}
            root, tn, td = "/spec/parameters/0", None, None
        else:
            # Azure Logic Apps (Standard) workflow.json: the Request trigger's inputs.schema
            doc = {"definition": {
                "$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/"
                           "workflowdefinition.json#",
                "actions": {"Response": {"type": "Response", "kind": "Http",
                                         "inputs": {"statusCode": 202, "body": "@triggerBody()"}, "runAfter": {}}},
                "contentVersion": "1.0.0.0", "outputs": {},
                "triggers": {"When_a_HTTP_request_is_received": {
                    "type": "Request", "kind": "Http", "inputs": {"method": "POST", "schema": sch}}}},
                "kind": "Stateful"}
            root, tn, td = "/definition/triggers/When_a_HTTP_request_is_received/inputs/schema", None, None
        u = self.units[fam]
        return {"env": env, "family": fam, "unit": unit["name"], "sn": sn, "doc": doc, "root": root, "tn": tn,
                "td": td, "fname": f"{fam}.{sn}.{env}.json", "used": set(),
                "base": f"{u['repo']}@{u['commit']}:{u['path']}#{unit['pointer']}", "labels": []}

    # ------------------------------------------------------------------ pointer helpers
    @staticmethod
    def get(doc, ptr):
        o = doc
        for t in ptr.split("/")[1:]:
            t = t.replace("~1", "/").replace("~0", "~")
            o = o[int(t)] if isinstance(o, list) else o[t]
        return o

    def nested_objects(self, ptr, o, depth=0):
        """Inline object schemas with their own properties, at any depth below a schema (properties, items,
        additionalProperties, allOf / anyOf / oneOf members)."""
        out = []
        if not isinstance(o, dict) or depth > 12:
            return out
        for k, v in (o.get("properties") or {}).items() if isinstance(o.get("properties"), dict) else []:
            p = f"{ptr}/properties/{ptr_tok(k)}"
            if isinstance(v, dict):
                if isinstance(v.get("properties"), dict):
                    out.append((p, v))
                out += self.nested_objects(p, v, depth + 1)
        for k in ("items", "additionalProperties"):
            v = o.get(k)
            if isinstance(v, dict):
                if isinstance(v.get("properties"), dict):
                    out.append((f"{ptr}/{k}", v))
                out += self.nested_objects(f"{ptr}/{k}", v, depth + 1)
        for k in ("allOf", "anyOf", "oneOf"):
            for i, v in enumerate(o.get(k) or []):
                if isinstance(v, dict):
                    if isinstance(v.get("properties"), dict):
                        out.append((f"{ptr}/{k}/{i}", v))
                    out += self.nested_objects(f"{ptr}/{k}/{i}", v, depth + 1)
        return out

    def target(self, f):
        """The root schema object, or (about 35 % where the host has them) an inline nested object schema."""
        root = self.get(f["doc"], f["root"])
        # never inside an object a plant added (a key_cue group names its own category)
        cands = [c for c in self.nested_objects(f["root"], root)
                 if not any(c[0].startswith(g) for g in f.get("planted_groups", []))]
        if cands and self.rng.random() < 0.35:
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
        p = f"{tptr}/properties/{ptr_tok(k)}"
        if "properties" in schema or "patternProperties" in schema:
            f.setdefault("planted_groups", []).append(p)
        return p, k

    def neutral_key(self):
        return self.rng.choice(C.NEUTRAL_KEYS)

    # ------------------------------------------------------------------ planting positives
    def choose_format(self, cat, surf, placement):
        rng = self.rng
        if surf in IDENT_SURFACES and cat != "PERSON":
            fl = IDENT_OK[cat]
            if surf == "tool_name":
                fl = [x for x in fl if not x.startswith(("email", "addr", "dl.NJ", "dl.MI", "dl.NY", "ip.v4"))
                      or x in ("ip.v4_snake", "ip.v4_dash")]
            elif surf == "file_name":
                fl = [x for x in fl if not x.startswith(("addr", "dl.NJ", "dl.MI", "dl.NY"))]
        else:
            fl = [f for f, _ in FORMATS[cat]]
            if cat == "PERSON" and surf in ("tool_name", "file_name"):
                fl = [x for x in fl if x != "name.native"]       # tool and file names stay ASCII
        if placement == "no_cue":
            fl = [x for x in fl if x not in MUST_CUE] or fl
        m = min(self.fmt_use[x] for x in fl)           # the least-used format first, so every format appears
        pick = rng.choice([x for x in fl if self.fmt_use[x] == m])
        self.fmt_use[pick] += 1
        return pick

    def plant(self, f, cat, surf):
        rng = self.rng
        opts = ["key_cue", "text_cue", "text_cue", "no_cue"]
        if surf in ("tool_name", "file_name"):
            opts = ["text_cue", "text_cue", "no_cue"]
        placement = rng.choice(opts)
        fmt = self.choose_format(cat, surf, placement)
        if fmt in MUST_CUE and placement == "no_cue":
            placement = "text_cue"
        if cat == "PERSON" and fmt == "name.initial_family" and placement == "no_cue":
            placement = "text_cue"
        plain, written = self.value(cat, fmt)
        label_fmt = fmt
        if surf in IDENT_SURFACES:
            if cat == "PERSON":
                if surf == "property_name" and (not V.ident(written, "snake") or not V.ascii_fold(written).isascii()):
                    style = "native"
                else:
                    style = rng.choice(["snake", "camel", "kebab", "pascal"])
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
                filler = rng.choice(["none", "unset", "other", "tbd"])
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
                v=written, n=rng.choice(["7", "nightly", "April", "blue"]))
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
            self.set_ptr(f["doc"], f["tn"], name)
            pointer = f["tn"]
            kind = "tool_name_joined"
        elif surf == "tool_description":
            cur = self.get(f["doc"], f["td"])
            text = s_val if placement == "text_cue" else rng.choice(C.NEUTRAL_SENTENCES).format(
                v=written, n=rng.choice(["7", "nightly", "April"]))
            if placement == "key_cue":
                text = f"{cue_key}: {written}"
            self.set_ptr(f["doc"], f["td"], cur.rstrip() + " " + text)
            pointer = f["td"]
        elif surf == "file_name":
            part = f"{frag}-{written}" if placement == "text_cue" else written
            assert FILE_SAFE.fullmatch(part), part
            f["fname"] = f"{f['family']}.{f['sn']}.{part}.{f['env']}.json"
            pointer = ""
            kind = "file_name_joined"
        elif surf == "metadata":
            modes = ["x", "comment"] + (["annot"] if f["env"] == "mcp-sampling" and "annot" not in f["used"] else [])
            mode = rng.choice(modes)
            if mode == "annot" and placement != "key_cue":
                f["used"].add("annot")
                self.get(f["doc"], "/params/tools/0")["annotations"] = {"title": s_val}
                pointer = "/params/tools/0/annotations/title"
            elif mode in ("x", "annot"):
                tptr, t = self.target(f)
                xk = ("x-" + V.ident(frag, "kebab")) if placement == "key_cue" else rng.choice(C.NEUTRAL_XKEYS)
                k, n = xk, 2
                while k in t:
                    k, n = f"{xk}-{n}", n + 1
                t[k] = s_val
                pointer = f"{tptr}/{ptr_tok(k)}"
            else:
                key = cue_key if placement == "key_cue" else self.neutral_key()
                text = s_val if placement != "no_cue" else rng.choice(C.NEUTRAL_SENTENCES).format(v=written, n="7")
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

    # ------------------------------------------------------------------ hard negatives
    def plant_hn(self, f, kind, pools):
        rng = self.rng
        if kind == "category_label_key":
            key = pools[kind].pop()
            pointer, _ = self.add_prop(f, key, {"type": "string", "description": "Set by the caller."})
            value, surf = key, "property_name"
        elif kind == "code_enum":
            what, codes = pools[kind].pop()
            p, _ = self.add_prop(f, snake(what.split(" ")[-1]) + "_code",
                                 {"type": "string", "description": what, "enum": list(codes)})
            pointer, value, surf = f"{p}/enum/0", codes[0], "enum"
        elif kind == "reserved_placeholder":
            v = pools[kind].pop()
            s = rng.choice(["examples", "default", "const"])
            p, _ = self.add_prop(f, rng.choice(["sample_value", "placeholder", "demo", "stub_value"]),
                                 {"type": "string", s: [v] if s == "examples" else v})
            pointer, value, surf = (f"{p}/examples/0" if s == "examples" else f"{p}/{s}"), v, s
        elif kind == "format_regex":
            v = pools[kind].pop()
            p, _ = self.add_prop(f, rng.choice(["value_shape", "accepted_format", "input_mask"]),
                                 {"type": "string", "pattern": v})
            pointer, value, surf = f"{p}/pattern", v, "pattern"
        elif kind == "name_like_word":
            v = pools[kind].pop()
            s = rng.choice(["enum", "const", "default", "title"])
            sch = {"type": "string", s: ([v, "Go", "Python"] if s == "enum" else v)}
            p, _ = self.add_prop(f, rng.choice(["runtime", "codename", "release_train", "flavor"]), sch)
            pointer, value, surf = (f"{p}/enum/0" if s == "enum" else f"{p}/{s}"), v, s
        elif kind == "version_date":
            v = pools[kind].pop()
            tptr, t = self.target(f)
            k = rng.choice(["x-api-version", "x-since", "x-changed", "$comment"])
            while k in t:
                k = k + "-2"
            t[k] = v
            pointer, value, surf = f"{tptr}/{ptr_tok(k)}", v, "metadata"
        elif kind == "category_words_text":
            v = pools[kind].pop()
            s = rng.choice(["description", "title"])
            p, _ = self.add_prop(f, rng.choice(["help", "field_hint", "explain"]), {"type": "string", s: v})
            pointer, value, surf = f"{p}/{s}", v, s
        elif kind == "tool_category_words":
            v = pools[kind].pop()
            self.set_ptr(f["doc"], f["tn"], v)
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
        work = [(j, "pos", cat, surf) for j, cat, surf in assign] + [(j, "hn", k, None) for j, k in hn_assign]
        work.sort(key=lambda w: (w[0], w[1], w[2], w[3] or ""))
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
                lab["file"] = rel
                lab["base"] = f["base"]
                labels.append({"id": f"t27-{n:04d}", **{k: lab[k] for k in (
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
