#!/usr/bin/env python3
"""Deterministic builder of the twentyfifth set (seed 252525; stdlib + phonenumbers): sources/ -> planted/ + real/.

Usage: python build.py [--out DIR]   (default: this folder; check.py rebuilds into temporary folders)
"""
from __future__ import annotations

import argparse
import copy
import hashlib
import json
import random
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import cues as C  # noqa: E402
import values as V  # noqa: E402

SEED = 252525
ENVELOPES = ["anthropic-of", "bedrock-invoke", "assistants", "vllm-guided"]
TOOL_ENVS = {"bedrock-invoke", "assistants"}
SCHEMA_AT = {"anthropic-of": "/output_format/schema", "bedrock-invoke": "/tools/0/input_schema",
             "assistants": "/tools/0/function/parameters", "vllm-guided": "/guided_json"}
TOOL_AT = {"bedrock-invoke": ("/tools/0/name", "/tools/0/description"),
           "assistants": ("/tools/0/function/name", "/tools/0/function/description")}
CAT_COUNTS = {"PERSON": 14, "DATE_OF_BIRTH": 12, "MRN": 11, "HEALTH_PLAN_ID": 11, "ACCOUNT_NUMBER": 11,
              "PHONE_NUMBER": 11, "US_SSN": 11, "SECRET": 11, "DEVICE_ID": 11, "VEHICLE_ID": 11, "IP_ADDRESS": 11,
              "LICENSE_NUMBER": 10, "URL": 10, "EMAIL_ADDRESS": 10, "STREET_ADDRESS": 9, "ZIP_CODE": 8}
SURFACES = ["property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples",
            "default", "tool_name", "tool_description", "file_name", "metadata"]
EXTRA_SURFACES = ["description", "examples", "enum"]  # 13*13 + 3 = 172
NEG_COUNTS = {"category_label_key": 12, "code_enum": 12, "reserved_placeholder": 12, "category_words_text": 10,
              "format_regex": 10, "name_like_word": 10, "version_date": 7, "tool_category_words": 4,
              "file_name_category_words": 3}
IDENT_SURFACES = {"tool_name", "file_name"}
USER_ID_CATS = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER")
NO_IDENT_ASCII = {"EMAIL_ADDRESS", "URL"}  # never joined into tool or file names
LITERAL_KEY_CATS = {"EMAIL_ADDRESS", "IP_ADDRESS", "DEVICE_ID", "URL", "SECRET", "VEHICLE_ID", "ACCOUNT_NUMBER"}


# ------------------------------------------------------------------ helpers
def ptr_escape(tok: str) -> str:
    return tok.replace("~", "~0").replace("/", "~1")


def rx_escape(s: str) -> str:
    """Escape the ECMA-262 / Python regex metacharacters . ^ $ * + ? ( ) [ ] { } | \\ (nothing else)."""
    return re.sub(r"([.^$*+?()\[\]{}|\\])", r"\\\1", s)


def snake(s: str) -> str:
    return re.sub(r"[^\w]+", "_", s).strip("_")


def ascii_ident(s: str, keep: str = "") -> str:
    return re.sub(r"[^A-Za-z0-9" + re.escape(keep) + r"]+", "_", V.fold(s)).strip("_")


def dump(o) -> str:
    return json.dumps(o, ensure_ascii=False, indent=2) + "\n"


def sha(b: bytes) -> str:
    return hashlib.sha256(b).hexdigest()


def load_sources():
    man = [json.loads(l) for l in (HERE / "sources" / "MANIFEST.jsonl").read_text().splitlines() if l.strip()]
    for m in man:
        b = (HERE / "sources" / m["file"]).read_bytes()
        if sha(b) != m["sha256"]:
            raise SystemExit(f"sources/{m['file']}: sha256 mismatch")
    units = {f: json.loads((HERE / "sources" / f"{f}-units.json").read_text()) for f in ("spree", "harbor")}
    names = json.loads((HERE / "sources" / "faker-names.json").read_text())
    rules = {r["id"]: r["regex"] for r in json.loads((HERE / "sources" / "gitleaks-rules.json").read_text())["rules"]}
    return units, names, rules


# ------------------------------------------------------------------ people
class People:
    def __init__(self, names, rng):
        self.rng = rng
        loc = names["locales"]
        self.pool = []
        ke, dzf, dza, mr = loc["en_KE"], loc["fr_DZ"], loc["ar_DZ"], loc["mr_IN"]
        ke_given = [n for n in ke["first_names_female"] + ke["first_names_male"] if 2 <= len(n) <= 12 and " " not in n]
        ke_fam = [n for n in ke["last_names"] if 2 <= len(n) <= 14 and " " not in n]
        for src, giv, fam, latin in (("en_KE", ke_given, ke_fam, True),
                                     ("fr_DZ", dzf["first_names_male"] + dzf["first_names_female"], dzf["last_names"], True),
                                     ("ar_DZ", dza["first_names_male"] + dza["first_names_female"], dza["last_names"], False),
                                     ("mr_IN", mr["first_names_male"] + mr["first_names_female"], mr["last_names"], False)):
            self.pool.append((src, sorted(set(giv)), sorted(set(fam)), latin))
        self.ke_given = ke_given

    def person(self, need_latin=False):
        r = self.rng
        if need_latin:
            src = cyc(r, "person_latin", ["en_KE", "en_KE", "fr_DZ", "fr_DZ", "hand"])
        else:
            src = cyc(r, "person", ["en_KE", "en_KE", "fr_DZ", "ar_DZ", "mr_IN", "hand", "hand"])
        if src == "hand":
            g, f, cult, rom = r.choice(C.HAND_NAMES)
            latin = V.is_ascii_name(V.fold(g + f))
            if need_latin and not latin:
                g, f = rom
                return {"given": g, "family": f, "source": f"hand:{cult}:romanised", "latin": True}
            return {"given": g, "family": f, "source": f"hand:{cult}", "latin": latin, "rom": rom}
        for s, giv, fam, latin in self.pool:
            if s == src:
                g, f = r.choice(giv), r.choice(fam)
                if src == "en_KE" and r.random() < 0.2:
                    g = g + " " + r.choice([x for x in self.ke_given if x != g])
                return {"given": g, "family": f, "source": src, "latin": latin}
        raise AssertionError


def person_written(p, style):
    g, f = p["given"], p["family"]
    return {"given_family": f"{g} {f}", "FAMILY_comma": f"{f.upper()}, {g}", "upper": f"{g} {f}".upper(),
            "lower": f"{g} {f}".lower(), "initial": f"{g[0]}. {f}", "family_given": f"{f} {g}",
            "hl7_xpn": f"{f.upper()}^{g.split()[0].upper()}"}[style]


def person_ident(p, style, ascii_only):
    g, f = p["given"], p["family"]
    if ascii_only and not p["latin"]:
        g, f = p["rom"]
    toks = (g + " " + f).split()
    if ascii_only or p["latin"]:
        toks = [V.fold(t).replace("'", "") for t in toks]
    if style == "snake":
        return "_".join(t.lower() for t in toks)
    if style == "camel":
        return toks[0].lower() + "".join(t[:1].upper() + t[1:].lower() for t in toks[1:])
    if style == "kebab":
        return "-".join(t.lower() for t in toks)
    if style == "pascal":
        return "".join(t[:1].upper() + t[1:].lower() for t in toks)
    if style == "native":
        return "_".join(toks)
    raise KeyError(style)


# ------------------------------------------------------------------ values for one item
_CYCLES: dict = {}


def cyc(rng, key, options):
    """Next option of a per-key rng-shuffled cycle, so every format of a category is used before one repeats."""
    q = _CYCLES.setdefault(key, [])
    if not q:
        q.extend(options)
        rng.shuffle(q)
    return q.pop()


def make_value(cat, rng, people, rules, need_ident_ascii=False, surface=None):
    """-> dict(plain, written, format, must_cue, ident(optional), person)"""
    if cat == "PERSON":
        p = people.person(need_latin=need_ident_ascii)
        if p["latin"] or need_ident_ascii:
            style = rng.choice(["given_family", "given_family", "FAMILY_comma", "upper", "lower", "initial",
                                "family_given" if p["source"] == "fr_DZ" else "given_family", "hl7_xpn"])
        else:
            style = rng.choice(["given_family", "given_family", "family_given" if p["source"] == "ar_DZ" else "given_family"])
        return {"plain": f"{p['given']} {p['family']}", "written": person_written(p, style),
                "format": f"person:{p['source']}:{style}", "must_cue": style in ("initial", "hl7_xpn"), "person": p}
    if cat == "DATE_OF_BIRTH":
        return V.gen_dob(rng, cyc(rng, "dob", V.DATE_FORMATS))
    if cat == "US_SSN":
        return V.gen_ssn(rng, cyc(rng, "ssn", ["dash", "dash", "space", "bare"]))
    if cat == "PHONE_NUMBER":
        return V.gen_phone(rng, cyc(rng, "phone_region", sorted(V.PHONE_REGIONS) + ["US", "US"]),
                           cyc(rng, "phone_fmt", V.PHONE_FORMATS))
    if cat == "EMAIL_ADDRESS":
        p = people.person(need_latin=True)
        return V.gen_email(rng, p["given"].split()[0], p["family"].split()[0])
    if cat == "STREET_ADDRESS":
        return V.gen_address(rng, cyc(rng, "addr", ["mixed", "upper", "line_only", "mixed_zip4"]))
    if cat == "ZIP_CODE":
        return V.gen_zip(rng)
    if cat == "MRN":
        return V.gen_mrn(rng, cyc(rng, "mrn", V.MRN_FORMATS))
    if cat == "HEALTH_PLAN_ID":
        return V.gen_hpid(rng, cyc(rng, "hpid", ["mbi", "mbi_dashed", "aetna_w", "cigna_u", "humana_h",
                                                 "medicaid_fl", "bcbs_prefix"]))
    if cat == "ACCOUNT_NUMBER":
        return V.gen_account(rng, cyc(rng, "acct", ["iban_e", "iban_p", "card_grouped", "card_plain", "fin",
                                                    "bank_us"]))
    if cat == "LICENSE_NUMBER":
        return V.gen_license(rng, cyc(rng, "dl", sorted(V.DL_FORMATS)))
    if cat == "DEVICE_ID":
        return V.gen_device(rng, cyc(rng, "dev", ["imei", "imei_dashed", "mac_colon", "mac_hyphen", "mac_dotted",
                                                  "udi_gs1", "udi_hibc", "implant_serial"]))
    if cat == "VEHICLE_ID":
        return V.gen_vehicle(rng, cyc(rng, "veh", ["vin", "vin", "vin_lower", "plate", "plate"]))
    if cat == "IP_ADDRESS":
        return V.gen_ip(rng, "v4") if need_ident_ascii else V.gen_ip(
            rng, cyc(rng, "ip", ["v4", "v4", "v4_port", "v4_cidr", "v6", "v6_bracket"]))
    if cat == "URL":
        p = people.person(need_latin=True)
        return V.gen_url(rng, p["given"].split()[0], p["family"].split()[0],
                         cyc(rng, "url", ["gofundme", "mchanga", "ketto", "milaap", "instagram", "github", "facebook",
                                          "portal"]))
    if cat == "SECRET":
        if need_ident_ascii or surface in ("property_name", "pattern_property"):
            short = ["github-pat", "prefect-api-token", "gitlab-runner-authentication-token", "pulumi-api-token"]
            rule = rng.choice(short if need_ident_ascii else short + ["digitalocean-pat", "sentry-user-token"])
            v = V.gen_secret(rng, rule)
            return v
        return V.gen_secret(rng, cyc(rng, "secret", V.SECRET_RULES))
    raise KeyError(cat)


def ident_of(cat, val, rng, ascii_only, keyctx):
    """Join a value into an identifier. Returns (ident, kind)."""
    if cat == "PERSON":
        p = val["person"]
        styles = ["snake", "camel", "kebab", "pascal"] if (ascii_only or p["latin"]) else ["native"]
        st = rng.choice(styles)
        return person_ident(p, st, ascii_only), f"{st}_joined"
    if cat == "DATE_OF_BIRTH":
        fm = rng.choice(["key_ymd", "hl7_dt"])
        return V.render_date(val["plain"], fm), f"date_{fm}"
    w = val["plain"] if cat == "EMAIL_ADDRESS" else val["written"]
    if keyctx and not ascii_only and cat in LITERAL_KEY_CATS and " " not in w:
        return w, "key_literal"
    if cat == "STREET_ADDRESS":
        w = w.split(",")[0]
    if ascii_only:
        keep = "-" if cat in ("SECRET",) else ""
        return ascii_ident(w, keep), "snake_joined"
    return snake(w), "snake_joined"


# ------------------------------------------------------------------ envelopes
def neutral_user(name):
    return f"Produce one {name} object from the record below and return it as JSON only.\n\n<record>(attached)</record>"


def wrap(env, fam, unit, rng):
    name = unit["name"]
    sch = copy.deepcopy(unit["schema"])
    sn = snake(re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name)).lower()
    tool = f"{fam}_{sn}"
    desc = sch.get("description") if isinstance(sch.get("description"), str) else None
    tdesc = desc or f"Create or update a {name} object in the {'Spree Commerce' if fam == 'spree' else 'Harbor registry'} API."
    if env == "anthropic-of":
        doc = {"model": "claude-sonnet-4-5", "max_tokens": 2048,
               "system": "You convert records into JSON that follows the given schema.",
               "messages": [{"role": "user", "content": neutral_user(name)}],
               "output_format": {"type": "json_schema", "schema": sch},
               "metadata": {"user_id": hashlib.sha256(f"{fam}:{name}:uid".encode()).hexdigest()[:32]}}
    elif env == "bedrock-invoke":
        doc = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 1024,
               "system": "Use the tool to submit the structured record.",
               "messages": [{"role": "user", "content": [{"type": "text", "text": neutral_user(name)}]}],
               "tools": [{"name": tool, "description": tdesc, "input_schema": sch}],
               "tool_choice": {"type": "any"}}
    elif env == "assistants":
        doc = {"model": "gpt-4o-2024-08-06", "name": f"{fam.title()} {name} assistant",
               "instructions": "Call the function with the fields you can extract; leave the others out.",
               "tools": [{"type": "function", "function": {"name": tool, "description": tdesc, "parameters": sch,
                                                           "strict": False}}],
               "temperature": 0.2, "response_format": "auto"}
    else:
        doc = {"model": "Qwen/Qwen2.5-7B-Instruct",
               "messages": [{"role": "system", "content": "Answer with JSON only."},
                            {"role": "user", "content": neutral_user(name)}],
               "guided_json": sch, "guided_decoding_backend": "xgrammar", "temperature": 0, "max_tokens": 1024}
    return doc, f"{fam}.{sn}.{env}.json"


def get(doc, ptr):
    node = doc
    for t in ptr.split("/")[1:]:
        t = t.replace("~1", "/").replace("~0", "~")
        node = node[int(t)] if isinstance(node, list) else node[t]
    return node


def set_at(doc, ptr, value):
    toks = ptr.split("/")[1:]
    parent = get(doc, "/" + "/".join(toks[:-1])) if len(toks) > 1 else doc
    last = toks[-1].replace("~1", "/").replace("~0", "~")
    if isinstance(parent, list):
        parent[int(last)] = value
    else:
        parent[last] = value


# ------------------------------------------------------------------ the build
class File:
    def __init__(self, env, fam, unit, rng, repo_base):
        self.env, self.fam, self.unit = env, fam, unit
        self.doc, self.fname = wrap(env, fam, unit, rng)
        self.sp = SCHEMA_AT[env]
        self.base = f"{repo_base}#{unit['pointer']}"
        self.labels = []
        self.used = set()  # exclusive slots
        self.cue_objs = set()  # nested objects created for key cues (never reused as a neutral container)

    def schema(self):
        return get(self.doc, self.sp)

    def props_container(self, rng, nested_key=None):
        """Pointer of a `properties` object to add to: the root, or (nested_key) a new nested object."""
        sch = self.schema()
        sch.setdefault("properties", {})
        if nested_key:
            self.cue_objs.add(nested_key)
            if nested_key not in sch["properties"]:
                sch["properties"][nested_key] = {"type": "object", "properties": {}}
            elif "properties" not in sch["properties"][nested_key]:
                sch["properties"][nested_key]["properties"] = {}
            return f"{self.sp}/properties/{ptr_escape(nested_key)}/properties"
        # 30 %: an existing inline nested object schema of the host
        if rng.random() < 0.3:
            nested = [k for k, v in sch["properties"].items() if isinstance(v, dict) and v.get("type") == "object"
                      and isinstance(v.get("properties"), dict) and k not in self.cue_objs]
            if nested:
                k = rng.choice(sorted(nested))
                return f"{self.sp}/properties/{ptr_escape(k)}/properties"
        return f"{self.sp}/properties"

    def new_key(self, container_ptr, key, prop):
        cont = get(self.doc, container_ptr)
        k = key
        i = 2
        while k in cont:
            k = f"{key}{i}"
            i += 1
        cont[k] = prop
        return k, f"{container_ptr}/{ptr_escape(k)}"


def surface_ok(cat, surface, val_fmt=None):
    if surface in IDENT_SURFACES and cat in NO_IDENT_ASCII:
        return False
    return True


def build(out: Path) -> dict:
    units, names, rules = load_sources()
    _CYCLES.clear()
    rng = random.Random(SEED)
    people = People(names, rng)
    # ---------------- files
    files = []
    for fam in ("spree", "harbor"):
        u = units[fam]
        repo_base = f"{u['repo']}@{u['commit']}:{u['path']}"
        hosts = list(u["hosts"])
        rng.shuffle(hosts)
        for i, unit in enumerate(hosts):
            env = ENVELOPES[i // 8]
            files.append(File(env, fam, unit, rng, repo_base))
    # ---------------- positive items
    surf_list = SURFACES * 13 + EXTRA_SURFACES
    cats = [c for c, n in CAT_COUNTS.items() for _ in range(n)]
    rng.shuffle(cats)
    items = []
    pending = list(surf_list)
    rng.shuffle(pending)
    # assign surfaces to categories with feasibility
    for cat in cats:
        for j, s in enumerate(pending):
            if surface_ok(cat, s):
                items.append([cat, pending.pop(j)])
                break
        else:
            raise RuntimeError("no surface")
    # pairs: (PERSON + DOB) share a pointer in 3 descriptions and 2 property names
    # ---------------- assign to files
    order = sorted(range(len(items)), key=lambda i: (items[i][1] not in ("tool_name", "tool_description",
                                                                         "file_name", "metadata"), i))
    load = {id(f): 0 for f in files}
    assignment = []
    for i in order:
        cat, s = items[i]
        elig = [f for f in files if (s not in ("tool_name", "tool_description") or f.env in TOOL_ENVS)
                and not (s in ("tool_name", "tool_description", "file_name") and s in f.used)]
        if s == "metadata" and cat in USER_ID_CATS:  # request-level metadata.user_id of the Anthropic bodies
            elig = [f for f in elig if f.env == "anthropic-of" and "user_id" not in f.used] or elig
        m = min(load[id(f)] for f in elig)
        cands = [f for f in elig if load[id(f)] == m]
        f = rng.choice(cands)
        load[id(f)] += 1
        if s in ("tool_name", "tool_description", "file_name"):
            f.used.add(s)
        assignment.append((f, cat, s))
    # placements: balanced targets
    for f, cat, s in assignment:
        plant_positive(f, cat, s, rng, people, rules)
    # ---------------- hard negatives
    negs = [k for k, n in NEG_COUNTS.items() for _ in range(n)]
    rng.shuffle(negs)
    negs.sort(key=lambda k: k not in ("tool_category_words", "file_name_category_words"))
    nload = {id(f): len(f.labels) for f in files}
    pools = {k: [] for k in NEG_COUNTS}
    for kind in negs:
        if kind == "tool_category_words":
            elig = [f for f in files if f.env in TOOL_ENVS and "tool_name" not in f.used]
        elif kind == "file_name_category_words":
            elig = [f for f in files if "file_name" not in f.used]
        else:
            elig = files
        m = min(nload[id(f)] for f in elig)
        f = rng.choice([f for f in elig if nload[id(f)] == m])
        nload[id(f)] += 1
        plant_negative(f, kind, rng, pools)
    # ---------------- write
    if out.exists():
        for sub in ("planted", "real"):
            if (out / sub).exists():
                shutil.rmtree(out / sub)
    (out / "planted").mkdir(parents=True, exist_ok=True)
    labels = []
    n = 0
    seen_names = set()
    for f in files:
        rel = f"{f.env}/{f.fname}"
        if rel in seen_names:
            raise RuntimeError(f"duplicate file name {rel}")
        seen_names.add(rel)
        p = out / "planted" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(dump(f.doc), encoding="utf-8")
        for l in f.labels:
            n += 1
            row = {"id": f"t25-{n:04d}", "file": rel, **l, "base": f.base}
            labels.append(row)
    with open(out / "planted" / "labels.jsonl", "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    # real
    (out / "real").mkdir(parents=True, exist_ok=True)
    man = []
    for fam in ("spree", "harbor"):
        u = units[fam]
        for unit in u["real"]:
            rel = f"{fam}/{fam}.{unit['name']}.json"
            p = out / "real" / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            b = dump(unit["schema"]).encode()
            p.write_bytes(b)
            man.append({"file": rel, "repo": u["repo"], "commit": u["commit"], "path": u["path"],
                        "pointer": unit["pointer"], "licence": u["licence"], "sha256": sha(b)})
    with open(out / "real" / "MANIFEST.jsonl", "w", encoding="utf-8") as fh:
        for m in man:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    return {"planted": len(files), "labels": len(labels), "real": len(man)}


# ------------------------------------------------------------------ planting a positive
PLACEMENT_BY_SURFACE = {
    "property_name": ["key_cue", "text_cue", "no_cue"], "pattern_property": ["key_cue", "text_cue", "no_cue"],
    "enum": ["key_cue", "text_cue", "no_cue"], "const": ["key_cue", "text_cue", "no_cue"],
    "pattern": ["key_cue", "text_cue", "no_cue"], "title": ["key_cue", "text_cue", "no_cue"],
    "examples": ["key_cue", "text_cue", "no_cue"], "default": ["key_cue", "text_cue", "no_cue"],
    "description": ["text_cue", "text_cue", "no_cue"], "tool_name": ["text_cue", "no_cue"],
    "tool_description": ["text_cue", "text_cue", "no_cue"], "file_name": ["text_cue", "no_cue"],
    "metadata": ["key_cue", "text_cue", "no_cue"],
}
ENUM_DECOYS = ["UNKNOWN", "DECLINED", "NOT_PROVIDED", "pending", "n/a", "other"]


def choose_placement(rng, surface, must_cue):
    opts = sorted(set(PLACEMENT_BY_SURFACE[surface]))
    if must_cue:
        opts = [o for o in opts if o != "no_cue"]
    w = {"key_cue": 0.40, "text_cue": 0.28, "no_cue": 0.32}
    return rng.choices(opts, weights=[w[o] for o in opts])[0]


def plant_positive(f: File, cat, surface, rng, people, rules):
    ident_ascii = surface in IDENT_SURFACES
    val = make_value(cat, rng, people, rules, need_ident_ascii=ident_ascii, surface=surface)
    pl = choose_placement(rng, surface, val["must_cue"])
    if pl == "no_cue" and cat == "PERSON" and surface not in IDENT_SURFACES | {"property_name", "pattern_property"} \
            and val["format"].endswith((":initial", ":hl7_xpn")):
        pl = "text_cue"
    # digit-only identifiers never go uncued
    lab = {"surface": surface, "category": cat, "placement": pl, "format": val["format"], "plain": val["plain"]}
    cue_key = rng.choice(C.KEY_CUES[cat])
    text_tpl = rng.choice(C.TEXT_CUES[cat])
    w = val["written"]

    def prop_schema(extra):
        d = {"type": "string"}
        d.update(extra)
        return d

    if surface in ("property_name", "pattern_property", "tool_name", "file_name"):
        ident, kind = ident_of(cat, val, rng, ident_ascii, keyctx=surface == "property_name")
        if re.fullmatch(r"[\d_\-]+", ident) and pl == "no_cue":
            pl = "text_cue"
            lab["placement"] = pl
        frag = rng.choice(C.IDENT_CUES[cat])
        if surface == "tool_name":
            pre = rng.choice(["get_", "sync_", "run_", "lookup_"]) if pl == "no_cue" else f"{frag}_"
            name = (pre + ident)[:64]
            if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", name) or ident not in name:
                raise RuntimeError(name)
            set_at(f.doc, TOOL_AT[f.env][0], name)
            lab.update(pointer=TOOL_AT[f.env][0], value=ident, kind=kind)
            lab["format"] += "+ident_ascii"
        elif surface == "file_name":
            pre = "" if pl == "no_cue" else f"{frag}-"
            f.fname = f"{pre}{ident}.{f.fam}.{f.env}.json"
            lab.update(pointer="", value=ident, kind=kind)
            lab["format"] += "+ident_ascii"
        elif surface == "property_name":
            if pl == "key_cue":
                cont = f.props_container(rng, nested_key=cue_key)
                key = ident
            elif pl == "text_cue":
                cont = f.props_container(rng)
                key = rng.choice([f"{frag}_{ident}", f"{ident}_{frag}"])
            else:
                cont = f.props_container(rng)
                key = rng.choice(C.NEUTRAL_IDENT_PREFIX) + ident
            k, p = f.new_key(cont, key, rng.choice([{"type": "string"}, {"type": "boolean"}, {"type": "object"}]))
            lab.update(pointer=p, value=ident, kind=kind)
            if kind != "key_literal":
                lab["format"] += "+ident"
        else:  # pattern_property
            if pl == "key_cue":
                cont_ptr = f.props_container(rng, nested_key=cue_key)
                host_ptr = cont_ptr.rsplit("/", 1)[0]
                rxs = "^" + rx_escape(ident) + "$"
            elif pl == "text_cue":
                host_ptr = f.sp
                rxs = "^" + rx_escape(f"{frag}_{ident}") + "$"
            else:
                host_ptr = f.sp
                rxs = "^" + rx_escape(ident) + "$"
            host = get(f.doc, host_ptr)
            host.setdefault("patternProperties", {})
            host["patternProperties"][rxs] = {"type": "string"}
            esc = rx_escape(ident)
            lab.update(pointer=f"{host_ptr}/patternProperties/{ptr_escape(rxs)}", value=esc, kind="regex_escaped_" + kind)
            if esc != ident:
                lab["raw"] = ident
            if kind != "key_literal":
                lab["format"] += "+ident"
        f.labels.append(lab)
        return

    if surface == "tool_description":
        ptr = TOOL_AT[f.env][1]
        cur = get(f.doc, ptr)
        sent = (text_tpl.format(v=w) + ".") if pl == "text_cue" else rng.choice(C.NEUTRAL_SENTENCES).format(v=w)
        set_at(f.doc, ptr, cur.rstrip() + " " + sent)
        lab.update(pointer=ptr, value=w, kind="literal")
        f.labels.append(lab)
        return

    if surface == "metadata":
        sch = f.schema()
        if f.env == "anthropic-of" and "user_id" not in f.used and cat in USER_ID_CATS and not val["must_cue"]:
            f.used.add("user_id")
            pl = lab["placement"] = "no_cue"
            set_at(f.doc, "/metadata/user_id", w)
            lab.update(pointer="/metadata/user_id", value=w, kind="literal")
        elif pl == "key_cue":
            xk = "x-" + re.sub(r"[\s.:\[\]/()]+", "-", cue_key).strip("-")
            while xk in sch:
                xk += "-2"
            sch[xk] = w
            lab.update(pointer=f"{f.sp}/{ptr_escape(xk)}", value=w, kind="literal")
        else:
            text = text_tpl.format(v=w) if pl == "text_cue" else rng.choice(C.NEUTRAL_SENTENCES).format(v=w)
            cont_ptr = f.props_container(rng)
            if cont_ptr == f"{f.sp}/properties" and "$comment" not in sch:
                sch["$comment"] = text
                lab.update(pointer=f"{f.sp}/$comment", value=w, kind="literal")
            else:
                k, p = f.new_key(cont_ptr, rng.choice(C.NEUTRAL_KEYS), {"type": "string", "$comment": text})
                lab.update(pointer=f"{p}/$comment", value=w, kind="literal")
        f.labels.append(lab)
        return

    # value surfaces on a new property
    if pl == "key_cue":
        key = cue_key
        s = w
    elif pl == "text_cue":
        key = rng.choice(C.NEUTRAL_KEYS)
        s = text_tpl.format(v=w)
    else:
        key = rng.choice(C.NEUTRAL_KEYS)
        s = w
    cont = f.props_container(rng)
    kind = "literal"
    if surface == "enum":
        decoys = rng.sample(ENUM_DECOYS, 2)
        pos = rng.randint(0, 2)
        arr = decoys[:pos] + [s] + decoys[pos:]
        k, p = f.new_key(cont, key, prop_schema({"enum": arr}))
        lab.update(pointer=f"{p}/enum/{pos}", value=w, kind=kind)
    elif surface == "const":
        k, p = f.new_key(cont, key, prop_schema({"const": s}))
        lab.update(pointer=f"{p}/const", value=w, kind=kind)
    elif surface == "default":
        k, p = f.new_key(cont, key, prop_schema({"default": s}))
        lab.update(pointer=f"{p}/default", value=w, kind=kind)
    elif surface == "examples":
        k, p = f.new_key(cont, key, prop_schema({"examples": [s]}))
        lab.update(pointer=f"{p}/examples/0", value=w, kind=kind)
    elif surface == "title":
        k, p = f.new_key(cont, key, prop_schema({"title": s}))
        lab.update(pointer=f"{p}/title", value=w, kind=kind)
    elif surface == "description":
        if pl == "no_cue":
            s = rng.choice(C.NEUTRAL_SENTENCES).format(v=w)
        elif pl == "text_cue":
            s = text_tpl.format(v=w) + "."
        k, p = f.new_key(cont, key, prop_schema({"description": s}))
        lab.update(pointer=f"{p}/description", value=w, kind=kind)
    elif surface == "pattern":
        esc = rx_escape(w)
        if pl == "text_cue":
            rxs = "^" + rx_escape(text_tpl.split("{v}")[0]) + esc + rx_escape(text_tpl.split("{v}")[1]) + "$"
        elif rng.random() < 0.5:
            rxs = f"^(?:{rx_escape(rng.choice(ENUM_DECOYS))}|{esc})$"
            kind = "literal_alternation"
        else:
            rxs = f"^{esc}$"
        k, p = f.new_key(cont, key, prop_schema({"pattern": rxs}))
        lab.update(pointer=f"{p}/pattern", value=esc, kind="regex_escaped" if kind == "literal" else kind)
        if esc != w:
            lab["raw"] = w
    else:
        raise KeyError(surface)
    f.labels.append(lab)


# ------------------------------------------------------------------ planting a hard negative
def take(pools, kind, seq, rng):
    if not pools[kind]:
        pools[kind] = list(seq)
        rng.shuffle(pools[kind])
    return pools[kind].pop()


def plant_negative(f: File, kind, rng, pools):
    lab = {"category": "NONE", "kind": kind, "placement": "none", "format": kind}
    cont = f.props_container(rng)
    if kind == "category_label_key":
        key = take(pools, kind, C.NEG_LABEL_KEYS, rng)
        k, p = f.new_key(cont, key, {"type": "string", "maxLength": 64})
        lab.update(surface="property_name", pointer=p, value=k)
    elif kind == "code_enum":
        system, codes = take(pools, kind, C.NEG_CODE_ENUMS, rng)
        key = {"ICD-10-CM": "diagnosisCode", "LOINC": "loincCode", "CPT": "procedureCode", "NDC": "ndc",
               "SNOMED CT": "findingCode", "US states": "state", "ISO 3166-1": "countryCode",
               "HL7 v2 administrative sex": "PID-8_sex", "FHIR AdministrativeGender": "gender",
               "X12 relationship codes": "INS02_relationship", "NCPDP patient relationship": "306-C6_relationship",
               "DICOM modality": "Modality", "ATC": "atcCode", "ICD-10 Z codes": "encounterReason"}[system]
        i = rng.randrange(len(codes))
        k, p = f.new_key(cont, key, {"type": "string", "enum": list(codes), "description": f"{system} code."})
        lab.update(surface="enum", pointer=f"{p}/enum/{i}", value=codes[i])
    elif kind == "reserved_placeholder":
        v = take(pools, kind, C.NEG_PLACEHOLDERS, rng)
        key = {"@": "contactEmail", "555": "phone", "192.0.2": "clientIp", "198.51": "clientIp", "2001:db8": "clientIp",
               "000-00": "ssn", "XXX-XX": "ssn", "YOUR_API": "apiKey", "MRN-": "mrn", "https://example": "portalUrl",
               "<PATIENT": "patientName", "John": "patientName", "Max M": "versicherter", "XX:XX": "macAddress",
               "sk-ant": "anthropicKey", "00000": "zipCode"}
        kk = next(kv for s, kv in key.items() if s in v)
        sf = rng.choice(["examples", "default"])
        if sf == "examples":
            k, p = f.new_key(cont, kk, {"type": "string", "examples": [v]})
            lab.update(surface="examples", pointer=f"{p}/examples/0", value=v)
        else:
            k, p = f.new_key(cont, kk, {"type": "string", "default": v})
            lab.update(surface="default", pointer=f"{p}/default", value=v)
    elif kind == "category_words_text":
        t = take(pools, kind, C.NEG_WORDS_TEXT, rng)
        sf = rng.choice(["description", "description", "title"])
        k, p = f.new_key(cont, rng.choice(["fieldNote", "info", "hint", "label"]), {"type": "string", sf: t})
        lab.update(surface=sf, pointer=f"{p}/{sf}", value=t)
    elif kind == "format_regex":
        rx = take(pools, kind, C.NEG_FORMAT_REGEX, rng)
        key = rng.choice(["value", "identifier", "code", "input"])
        k, p = f.new_key(cont, key, {"type": "string", "pattern": rx})
        lab.update(surface="pattern", pointer=f"{p}/pattern", value=rx)
    elif kind == "name_like_word":
        w, what = take(pools, kind, C.NEG_NAME_WORDS, rng)
        others = {"lake / region": ["Turkana", "Naivasha"], "car make": ["Toyota", "Peugeot"],
                  "city": ["Mombasa", "Oran"], "district": ["Soho", "Brixton"], "country": ["Kenya", "Chile"],
                  "region": ["Nevada", "Ohio"], "car model": ["Sonata", "Corolla"], "month": ["April", "May"],
                  "town": ["Tarbes", "Pau"]}[what]
        arr = others + [w]
        rng.shuffle(arr)
        key = {"lake / region": "region", "car make": "vehicleMake", "city": "pickupCity", "district": "district",
               "country": "originCountry", "region": "salesRegion", "car model": "vehicleModel",
               "month": "releaseMonth", "town": "warehouseTown"}[what]
        k, p = f.new_key(cont, key, {"type": "string", "enum": arr})
        lab.update(surface="enum", pointer=f"{p}/enum/{arr.index(w)}", value=w)
    elif kind == "version_date":
        v = take(pools, kind, C.NEG_VERSION, rng)
        sch = f.schema()
        if v in ("2020-12", "2019-09") and "$schema" not in sch:
            sch["$schema"] = f"https://json-schema.org/draft/{v}/schema"
            lab.update(surface="metadata", pointer=f"{f.sp}/$schema", value=v)
        else:
            mode = rng.choice(["x", "desc", "default"])
            if mode == "x" and "x-api-version" not in sch:
                sch["x-api-version"] = v
                lab.update(surface="metadata", pointer=f"{f.sp}/x-api-version", value=v)
            elif mode == "desc":
                k, p = f.new_key(cont, "deprecatedFlag", {"type": "boolean",
                                                          "description": f"Available since API version {v}."})
                lab.update(surface="description", pointer=f"{p}/description", value=v)
            else:
                k, p = f.new_key(cont, "apiVersion", {"type": "string", "default": v})
                lab.update(surface="default", pointer=f"{p}/default", value=v)
    elif kind == "tool_category_words":
        t = take(pools, kind, C.NEG_TOOLS, rng)
        f.used.add("tool_name")
        set_at(f.doc, TOOL_AT[f.env][0], t)
        lab.update(surface="tool_name", pointer=TOOL_AT[f.env][0], value=t)
    elif kind == "file_name_category_words":
        t = take(pools, kind, C.NEG_FILES, rng)
        f.used.add("file_name")
        f.fname = f"{t}.{f.fam}.{f.env}.json"
        lab.update(surface="file_name", pointer="", value=t)
    else:
        raise KeyError(kind)
    f.labels.append(lab)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE)
    a = ap.parse_args(argv)
    r = build(a.out)
    print(f"built: {r['planted']} planted files, {r['labels']} labels, {r['real']} real files -> {a.out}")


if __name__ == "__main__":
    main()
