#!/usr/bin/env python3
"""Builds the fourth evaluation set from sources/ (offline, deterministic).

  planted/  host files with values written the way sample-derived schemas leak them, + labels.jsonl
  real/     other real files, untouched, + MANIFEST.jsonl

Labels are not written by hand: every planted value is registered, and after the file is
complete a walker finds each registered value in every key, string and the file name, and
writes one label per (pointer, category).  So a value that pydantic copies from a field name
into an auto-generated title is labelled twice, as it really occurs twice.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Literal, Optional

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import values as V  # noqa: E402

SEED = 4_0404
SRC = HERE / "sources"
OUT_P = HERE / "planted"
OUT_R = HERE / "real"

# ----------------------------------------------------------------------------- sources
SMAN = {m["file"]: m for m in map(json.loads, (SRC / "MANIFEST.jsonl").read_text().splitlines())}
for f, m in SMAN.items():
    if hashlib.sha256((SRC / f).read_bytes()).hexdigest() != m["sha256"]:
        sys.exit(f"sources/{f}: sha256 mismatch")


def h(s: str) -> str:
    return hashlib.sha256(f"{SEED}:{s}".encode()).hexdigest()


def pool(folder):
    return sorted((f for f in SMAN if f.startswith(f"pool/{folder}/")), key=h)


# ----------------------------------------------------------------------------- OMOP -> pydantic
OMOP_FIELDS = defaultdict(list)
for r in csv.DictReader(io.StringIO((SRC / "omop/OMOP_CDMv5.4_Field_Level.csv").read_text(encoding="utf-8"))):
    OMOP_FIELDS[r["cdmTableName"]].append(r)
OMOP_TABLES = {r["cdmTableName"]: r for r in csv.DictReader(io.StringIO((SRC / "omop/OMOP_CDMv5.4_Table_Level.csv").read_text(encoding="utf-8")))}
OMOP_ORDER = sorted(OMOP_FIELDS, key=h)


def omop_schema(table: str, samples: dict | None = None, extra: dict | None = None, model_title: str | None = None):
    """pydantic model of one OMOP CDM v5.4 table, as a team would write it; `samples` maps
    field -> dict(examples=[..] | default=.. | literal=[..] | pattern=.. | title=.. | extra={...}).
    `extra` adds fields (name -> (type, kwargs))."""
    import pydantic
    from pydantic import Field
    samples = samples or {}
    fields = {}
    tmap = {"integer": int, "float": float, "varchar(50)": str, "date": str, "datetime": str}
    for r in OMOP_FIELDS[table]:
        name = r["cdmFieldName"]
        typ = tmap.get(r["cdmDatatype"], str)
        desc = r["userGuidance"] if r["userGuidance"] != "NA" else None
        kw = {}
        if desc:
            kw["description"] = desc
        s = samples.get(name, {})
        if "literal" in s:
            typ = Literal[tuple(s["literal"])]
        if "examples" in s:
            kw["examples"] = s["examples"]
        if "pattern" in s:
            kw["pattern"] = s["pattern"]
        if "title" in s:
            kw["title"] = s["title"]
        if "extra" in s:
            kw["json_schema_extra"] = s["extra"]
        req = r["isRequired"] == "Yes"
        if "default" in s:
            fields[name] = (typ if req else Optional[typ], Field(s["default"], **kw))
        elif req:
            fields[name] = (typ, Field(..., **kw))
        else:
            fields[name] = (Optional[typ], Field(None, **kw))
    for name, (typ, kw) in (extra or {}).items():
        if "default" in kw:
            d = kw.pop("default")
            fields[name] = (typ, Field(d, **kw))
        else:
            fields[name] = (typ, Field(..., **kw))
    cls = model_title or "".join(p.capitalize() for p in table.split("_"))
    M = pydantic.create_model(cls, __doc__=(OMOP_TABLES.get(table, {}).get("tableDescription") or None), **fields)
    return M.model_json_schema()


# ----------------------------------------------------------------------------- key styles
def style_key(words: str, folder: str) -> str:
    parts = words.split("_")
    if folder == "twilio-mcp":
        return "".join(p.capitalize() for p in parts)
    if folder.startswith("bedrock"):
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    return words


CUE_KEYS = {
    "PERSON": ["customer_name", "contact_name", "caller_name", "policy_holder_name", "patient_display_name"],
    "DATE_OF_BIRTH": ["birth_date", "date_of_birth", "dob", "birth_datetime"],
    "MRN": ["mrn", "medical_record_number", "chart_number"],
    "US_SSN": ["ssn", "social_security_number", "holder_ssn"],
    "PHONE_NUMBER": ["phone_number", "mobile_number", "callback_number", "caller_id"],
    "EMAIL_ADDRESS": ["email", "email_address", "notify_email"],
    "STREET_ADDRESS": ["street_address", "home_address", "mailing_address"],
    "ZIP_CODE": ["postal_code", "zip", "zip_code"],
    "HEALTH_PLAN_ID": ["member_id", "subscriber_id", "medicare_id", "plan_member_number"],
    "ACCOUNT_NUMBER": ["account_number", "billing_account"],
    "LICENSE_NUMBER": ["drivers_license", "license_number", "dl_number"],
    "DEVICE_ID": ["device_serial", "device_id"],
    "VEHICLE_ID": ["vin", "vehicle_vin"],
    "IP_ADDRESS": ["ip_address", "client_ip", "source_ip"],
    "URL": ["profile_url", "portal_link", "fundraiser_url"],
    "SECRET": ["auth_token", "api_key", "client_secret", "connection_string"],
}
KIND_KEYS = {"imei": "imei", "imei_grouped": "imei", "mac_colon": "mac_address", "mac_dash": "mac_address", "mac_dot": "mac_address",
             "gs1_udi": "udi", "iccid": "iccid", "implant_serial": "implant_serial", "secret_password": "password",
             "hospital_account": "hospital_account", "bank_account": "bank_account_number"}
TEXT_CUES = {
    "PERSON": ["patient", "member", "caller", "insured"], "DATE_OF_BIRTH": ["DOB", "born", "birth date"],
    "MRN": ["chart", "MRN", "record no."], "US_SSN": ["SSN", "SS#"], "PHONE_NUMBER": ["cell", "phone", "mobile"],
    "EMAIL_ADDRESS": ["email", "e-mail"], "STREET_ADDRESS": ["home address", "lives at"], "ZIP_CODE": ["ZIP", "zip code"],
    "HEALTH_PLAN_ID": ["member ID", "subscriber", "Medicare ID"], "ACCOUNT_NUMBER": ["account", "acct"],
    "LICENSE_NUMBER": ["driver's licence", "DL#", "driving licence"], "DEVICE_ID": ["device", "serial"],
    "VEHICLE_ID": ["VIN", "vehicle"], "IP_ADDRESS": ["IP", "from address"], "URL": ["page", "link"], "SECRET": ["token", "key"],
}
KIND_CUES = {"imei": "IMEI", "imei_grouped": "IMEI", "mac_colon": "MAC", "mac_dash": "MAC", "mac_dot": "MAC", "gs1_udi": "UDI",
             "iccid": "SIM ICCID", "implant_serial": "implant SN", "card_visa": "card", "card_mc": "card", "card_unionpay": "card",
             "card_diners": "card", "card_amex": "card", "hospital_account": "guarantor acct", "bank_account": "bank acct",
             "tricare_dbn": "DoD benefits no.", "medicaid_10": "Medicaid ID", "masshealth_12": "MassHealth ID",
             "mbi": "MBI", "mbi_dashed": "MBI", "secret_password": "password"}
NO_CUE_KEYS = ["value", "label", "note", "ref", "tag", "source_value", "sample", "data", "unique_name", "alias", "text",
               "external_id", "context", "display", "extra"]
# values that may not stand without a cue (policy: bare numbers only next to a field or word naming them)
NEEDS_CUE = {"ssn_plain", "ssn_space", "mrn_bare", "mrn_split", "tricare_dbn", "medicaid_10", "masshealth_12", "bank_account",
             "dl_ga", "dl_nc", "dl_in", "dl_ky", "dl_mo", "dl_ontario", "zip5", "zip_plus4", "imei", "imei_grouped", "iccid",
             "implant_serial", "member_alpha_prefix", "member_suffix", "hospital_account", "secret_twilio_auth",
             "secret_password", "dob_iso", "dob_us", "dob_long", "dob_dmy_mon", "dob_compact", "dob_datetime", "dob_slash_ymd",
             "dob_dot_dmy", "dob_underscore", "mrn_site_prefix", "mrn_hospital_number"}


# ----------------------------------------------------------------------------- value factory
class Ctx:
    def __init__(self, rng, folder, doc, name):
        self.rng, self.folder, self.doc, self.name = rng, folder, doc, name
        self.person = V.Person(rng)
        self.reg = []          # dicts: value, category, kind, placement, raw
        self.neg = []          # dicts: pointer, surface, value, kind
        self.host_text = json.dumps(doc, ensure_ascii=False) + name
        self.touched = set()
        self.tool_touched = set()
        self.titled = set()

    def register(self, value, cat, kind, placement, raw=None):
        self.reg.append({"value": value, "category": cat, "kind": kind, "placement": placement, "raw": raw})


def gen_value(ctx: Ctx, cat: str, for_key=False, person=None):
    rng, p = ctx.rng, person or ctx.person
    for _ in range(50):
        if cat == "PERSON":
            v, k = p.joined() if for_key else p.name()
        elif cat == "DATE_OF_BIRTH":
            v, k = p.dob_text(rng.choice(["compact", "underscore", "iso"]) if for_key else None)
        elif cat == "MRN":
            v, k = V.mrn(rng, rng.choice(["mrn_prefix", "pat", "site", "bare8"]) if for_key else None)
        elif cat == "US_SSN":
            v, k = V.ssn(rng, rng.choice(["underscore", "plain"]) if for_key else None)
        elif cat == "PHONE_NUMBER":
            v, k = V.phone(rng, rng.choice(["us_e164", "intl_e164"]) if for_key else None)
        elif cat == "EMAIL_ADDRESS":
            v, k = V.email(rng, p)
        elif cat == "STREET_ADDRESS":
            v, k = V.street(rng)
        elif cat == "ZIP_CODE":
            v, k = V.zipcode(rng, False if for_key else None)
        elif cat == "HEALTH_PLAN_ID":
            v, k = V.plan_id(rng, "mbi" if for_key else None)
            if for_key:
                v = v.replace("-", "")
                k = "mbi"
        elif cat == "ACCOUNT_NUMBER":
            if for_key:
                v, k = V.iban(rng)
                v = v.replace(" ", "")
            else:
                v, k = V.account(rng)
        elif cat == "LICENSE_NUMBER":
            v, k = V.dl(rng, p, rng.choice(["uk", "mo"]) if for_key else None)
        elif cat == "DEVICE_ID":
            v, k = V.device(rng, rng.choice(["imei", "mac_colon", "iccid"]) if for_key else None)
        elif cat == "VEHICLE_ID":
            v, k = V.vin(rng)
        elif cat == "IP_ADDRESS":
            v, k = V.ip(rng, rng.choice(["v4", "v6"]) if for_key else None)
        elif cat == "URL":
            v, k = V.url(rng, p)
        elif cat == "SECRET":
            v, k = V.secret(rng)
        else:
            raise ValueError(cat)
        if v not in ctx.host_text and all(v not in r["value"] and r["value"] not in v for r in ctx.reg):
            return v, k
    raise RuntimeError(cat)


def esc(s: str) -> str:
    return re.sub(r"([.+*?()\[\]{}|^$\\])", r"\\\1", s)


def cue_key(ctx, cat, kind):
    w = KIND_KEYS.get(kind) or ctx.rng.choice(CUE_KEYS[cat])
    return style_key(w, ctx.folder)


def cue_word(ctx, cat, kind):
    return KIND_CUES.get(kind) or ctx.rng.choice(TEXT_CUES[cat])


# ----------------------------------------------------------------------------- doc navigation
def prop_sites(doc):
    """(path, key, schema) for every property schema (dict) under a `properties` object."""
    out = []

    def walk(node, path):
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "properties" and isinstance(v, dict):
                    for pk, ps in v.items():
                        if isinstance(ps, dict):
                            out.append((path + ["properties", pk], pk, ps))
                walk(v, path + [k])
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, path + [str(i)])
    walk(doc, [])
    return out


def object_sites(doc):
    """(path, node) for every schema node that has a `properties` object."""
    out = []

    def walk(node, path):
        if isinstance(node, dict):
            if isinstance(node.get("properties"), dict):
                out.append((path, node))
            for k, v in node.items():
                walk(v, path + [k])
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, path + [str(i)])
    walk(doc, [])
    return out


def ptr(tokens):
    return "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in tokens)


def get(doc, tokens):
    for t in tokens:
        doc = doc[int(t)] if isinstance(doc, list) else doc[t]
    return doc


def pick_object(ctx):
    sites = object_sites(ctx.doc)
    if not sites:
        raise RuntimeError("no object site in " + ctx.name)
    return ctx.rng.choice(sites)


def string_props(ctx, cue_cat=None, avoid=()):
    """host properties of type string, optionally whose key already names `cue_cat`."""
    out = []
    for path, k, s in prop_sites(ctx.doc):
        if any(a in s for a in avoid) or id(s) in ctx.touched:
            continue
        t = s.get("type")
        if t not in ("string", None, ["string", "null"]) or "$ref" in s or "enum" in s or "const" in s or "properties" in s:
            continue
        if any(x in s for x in ("anyOf", "oneOf", "allOf", "items")):
            continue
        if cue_cat == "NONE":
            out.append((path, k, s))
        elif cue_cat:
            if re.search(HOST_CUE_RE[cue_cat], k, re.I):
                out.append((path, k, s))
        elif not any(re.search(rx, k, re.I) for rx in HOST_CUE_RE.values()):
            out.append((path, k, s))
    return out


HOST_CUE_RE = {
    "PERSON": r"(^|_)(customer|contact|caller|holder|patient|insured)_?name|^(Customer|Contact|Caller)Name$|policyHolderName",
    "DATE_OF_BIRTH": r"birth|dob", "MRN": r"mrn|medical_?record|chart", "US_SSN": r"ssn|social", "PHONE_NUMBER": r"phone|^to$|^from$|caller_?id|mobile",
    "EMAIL_ADDRESS": r"e_?mail", "STREET_ADDRESS": r"street|address_?1|^address$|home_?address", "ZIP_CODE": r"zip|postal",
    "HEALTH_PLAN_ID": r"member_?id|subscriber|medicare", "ACCOUNT_NUMBER": r"account_?number|iban|card_?number",
    "LICENSE_NUMBER": r"licen[cs]e", "DEVICE_ID": r"imei|iccid|serial|mac_?address|unique_device", "VEHICLE_ID": r"vin$|vehicle",
    "IP_ADDRESS": r"(^|_)ip(_|$)|ipAddress|^ip", "URL": r"profile_?url|portal", "SECRET": r"token|secret|password|api_?key|credential",
}


def target_prop(ctx, cat, kind, placement):
    path, key, node = _target_prop(ctx, cat, kind, placement)
    ctx.touched.add(id(node))
    return path, key, node


def _target_prop(ctx, cat, kind, placement):
    """Choose where a value-surface plant goes: an existing host property whose key already names
    the category (host vocabulary), a new cue-named property, or a generic/unrelated one."""
    rng = ctx.rng
    if placement == "key_cue":
        hits = string_props(ctx, cat)
        if hits and rng.random() < 0.7:
            return rng.choice(hits)
        path, node = pick_object(ctx)
        key = cue_key(ctx, cat, kind)
        if key in node["properties"]:
            key = key + "_sample"
        node["properties"][key] = {"type": "string"}
        return path + ["properties", key], key, node["properties"][key]
    hits = string_props(ctx)
    if hits and rng.random() < 0.75:
        return rng.choice(hits)
    path, node = pick_object(ctx)
    key = style_key(rng.choice(NO_CUE_KEYS), ctx.folder)
    if key in node["properties"]:
        key = key + "2"
    node["properties"][key] = {"type": "string"}
    return path + ["properties", key], key, node["properties"][key]


def text_with_cue(ctx, cat, kind, v, placement):
    if placement == "text_cue":
        return f"{cue_word(ctx, cat, kind)} {v}"
    return v


def sentence(ctx, cat, kind, v, placement):
    rng = ctx.rng
    if placement == "text_cue":
        c = cue_word(ctx, cat, kind)
        return rng.choice([f"Sample taken from {c} {v}.", f"Seeded from the intake export ({c} {v}).",
                           f"Test fixture: {c} {v}.", f"e.g. {c} {v}", f"Copied from the row for {c} {v}."])
    return rng.choice([f"Sample row: {v}.", f"Generated from {v}.", f"Backfilled from {v} during migration.",
                       f"Default copied from {v}.", f"e.g. {v}"])


# ----------------------------------------------------------------------------- plants (positive)
SURFACES_BY_FOLDER = {
    "omop": ["property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples", "default", "metadata", "file_name"],
    "twilio-schemas": ["property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples", "default", "metadata", "file_name"],
    "twilio-mcp": ["property_name", "enum", "const", "pattern", "title", "description", "examples", "default", "tool_name", "tool_description", "metadata", "file_name"],
    "bedrock-converse": ["property_name", "enum", "const", "pattern", "pattern_property", "description", "examples", "default", "tool_name", "tool_description", "metadata", "file_name"],
    "bedrock-agents": ["property_name", "enum", "pattern", "title", "description", "examples", "default", "tool_name", "tool_description", "metadata", "file_name"],
    "bedrock-blueprints": ["property_name", "enum", "const", "description", "examples", "default", "title", "file_name", "metadata"],
}
KEYABLE = {"PERSON", "DATE_OF_BIRTH", "MRN", "US_SSN", "PHONE_NUMBER", "EMAIL_ADDRESS", "ZIP_CODE", "HEALTH_PLAN_ID",
           "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID", "IP_ADDRESS"}
NAMEABLE = {"PERSON", "DATE_OF_BIRTH", "MRN", "HEALTH_PLAN_ID", "VEHICLE_ID", "ZIP_CODE", "US_SSN", "PHONE_NUMBER"}


def compatible(cat, surface):
    if surface in ("property_name", "pattern_property"):
        return cat in KEYABLE
    if surface in ("tool_name", "file_name"):
        return cat in NAMEABLE
    return True


def tool_sites(ctx):
    """(name_path, description_path) of each tool in the file."""
    d, f = ctx.doc, ctx.folder
    if f == "twilio-mcp":
        return [(["name"], ["description"])]
    if f == "bedrock-converse":
        base = ["toolConfig", "tools"] if "toolConfig" in d else ["tools"]
        return [(base + [str(i), "toolSpec", "name"], base + [str(i), "toolSpec", "description"]) for i in range(len(get(d, base)))]
    if f == "bedrock-agents":
        out = []
        for p, item in d.get("paths", {}).items():
            for m, op in item.items():
                if isinstance(op, dict) and "operationId" in op:
                    out.append((["paths", p, m, "operationId"], ["paths", p, m, "description" if "description" in op else "summary"]))
        return out
    return []


def plant(ctx: Ctx, cat: str, surface: str, placement: str):
    rng, doc = ctx.rng, ctx.doc
    keyish = surface in ("property_name", "pattern_property", "tool_name", "file_name")
    v, kind = gen_value(ctx, cat, for_key=keyish)
    if kind in NEEDS_CUE and placement == "no_cue":
        placement = "text_cue"
    if surface in ("examples", "default", "const"):
        path, key, node = target_prop(ctx, cat, kind, placement)
        if placement == "key_cue" and not re.search(HOST_CUE_RE[cat], key, re.I) and key not in [style_key(k, ctx.folder) for k in CUE_KEYS[cat]] and key != style_key(KIND_KEYS.get(kind, "~"), ctx.folder):
            placement = "no_cue" if kind not in NEEDS_CUE else "text_cue"
        text = text_with_cue(ctx, cat, kind, v, placement if placement == "text_cue" else "")
        if surface == "examples":
            if ctx.folder == "bedrock-agents" and rng.random() < 0.5:
                node["example"] = text
            else:
                node["examples"] = [text]
        elif surface == "default":
            node["default"] = text
        else:
            node["const"] = text
        ctx.register(v, cat, kind, placement)
        return
    if surface == "enum":
        path, key, node = target_prop(ctx, cat, kind, placement if placement != "text_cue" else "key_cue")
        placement = "key_cue" if placement != "no_cue" else "no_cue"
        if kind in NEEDS_CUE and placement == "no_cue":
            placement = "text_cue"
        v2, k2 = gen_value(ctx, cat, person=V.Person(rng))
        items = [text_with_cue(ctx, cat, kind, v, placement), text_with_cue(ctx, cat, k2, v2, placement)]
        if ctx.folder == "twilio-mcp" or rng.random() < 0.3:
            items.append(rng.choice(["other", "unknown", "none"]))
        node["enum"] = items
        ctx.register(v, cat, kind, placement)
        ctx.register(v2, cat, k2, placement)
        return
    if surface == "pattern":
        path, key, node = target_prop(ctx, cat, kind, placement)
        if rng.random() < 0.5:
            v2, k2 = gen_value(ctx, cat, person=V.Person(rng))
            node["pattern"] = f"^({esc(v)}|{esc(v2)})$"
            ctx.register(esc(v), cat, kind, placement, raw=v)
            ctx.register(esc(v2), cat, k2, placement, raw=v2)
        else:
            pre = esc(cue_word(ctx, cat, kind)) + r"\s?" if placement == "text_cue" else ""
            node["pattern"] = f"^{pre}{esc(v)}$"
            ctx.register(esc(v), cat, kind, placement, raw=v)
        return
    if surface == "title":
        placement = "text_cue" if (placement != "no_cue" or kind in NEEDS_CUE) else "no_cue"
        objs = [o for o in object_sites(doc) if id(o[1]) not in ctx.titled]
        path, node = rng.choice(objs) if objs and rng.random() < 0.5 else target_prop(ctx, cat, kind, "no_cue")[::2]
        ctx.titled.add(id(node))
        node["title"] = rng.choice([f"{text_with_cue(ctx, cat, kind, v, placement)}", f"Record for {text_with_cue(ctx, cat, kind, v, placement)}"])
        ctx.register(v, cat, kind, placement)
        return
    if surface == "description":
        if ctx.folder == "bedrock-blueprints" and rng.random() < 0.6:
            path, key, node = target_prop(ctx, cat, kind, placement if placement == "key_cue" else "no_cue")
            fld = "instruction" if "instruction" in node or rng.random() < 0.5 else "description"
        else:
            path, key, node = target_prop(ctx, cat, kind, "key_cue" if placement == "key_cue" else "no_cue")
            fld = "description"
        s = sentence(ctx, cat, kind, v, "text_cue" if placement != "no_cue" else "no_cue")
        node[fld] = (node.get(fld, "").rstrip() + " " + s).strip()
        ctx.register(v, cat, kind, placement)
        return
    if surface == "property_name":
        path, node = pick_object(ctx)
        p = ctx.person
        if cat == "PERSON":
            key = v if rng.random() < 0.5 else v + rng.choice(["_record", "_visit", "Export"])
            placement = "no_cue"
        elif cat == "DATE_OF_BIRTH":
            jn, jk = p.joined("snake")
            key = f"{jn}_{v}" if rng.random() < 0.6 else f"dob_{v}"
            if key.startswith(jn):
                ctx.register(jn, "PERSON", jk, "no_cue")
                placement = "no_cue"
            else:
                placement = "key_cue"
        else:
            cw = re.sub(r"\W+", "_", cue_word(ctx, cat, kind)).strip("_").lower()
            key = f"{cw}_{v}" if placement != "no_cue" else v
            if placement == "no_cue" and kind in NEEDS_CUE:
                key, placement = f"{cw}_{v}", "key_cue"
            placement = "key_cue" if key != v else "no_cue"
        node["properties"][key] = rng.choice([{"type": "object", "properties": {"visits": {"type": "array"}}},
                                              {"type": "string"}, {"type": "object", "additionalProperties": True}])
        ctx.register(v, cat, kind, placement)
        return
    if surface == "pattern_property":
        path, node = pick_object(ctx)
        cw = esc(cue_word(ctx, cat, kind)).replace(" ", "_") + "_" if (placement != "no_cue" or kind in NEEDS_CUE) else ""
        node["patternProperties"] = {f"^{cw}{esc(v)}$": {"type": "string"}}
        ctx.register(esc(v), cat, kind, "key_cue" if cw else "no_cue", raw=v if esc(v) != v else None)
        return
    if surface in ("tool_name", "tool_description"):
        sites = tool_sites(ctx)
        npath, dpath = rng.choice(sites)
        if surface == "tool_name":
            ctx.tool_touched.add(tuple(npath))
            old = get(doc, npath)
            if cat == "PERSON":
                new = f"{old}_{v}" if rng.random() < 0.5 else f"{v}_{old}"
            elif cat == "DATE_OF_BIRTH":
                jn, jk = ctx.person.joined("snake")
                new = f"{old}_{jn}_{v}"
                ctx.register(jn, "PERSON", jk, "no_cue")
                placement = "no_cue"
            else:
                cw = re.sub(r"\W+", "_", cue_word(ctx, cat, kind)).strip("_").lower()
                new = f"{old}_{cw}_{v}"
                placement = "text_cue"
            get(doc, npath[:-1])[npath[-1]] = re.sub(r"[^A-Za-z0-9_.-]", "_", new)[:64] if cat == "PERSON" else new
            if cat == "PERSON" and v not in get(doc, npath):
                get(doc, npath[:-1])[npath[-1]] = new
        else:
            parent = get(doc, dpath[:-1])
            if rng.random() < 0.5:
                key = cue_key(ctx, cat, kind) if placement == "key_cue" else style_key(rng.choice(NO_CUE_KEYS), ctx.folder)
                val = text_with_cue(ctx, cat, kind, v, "text_cue" if placement == "text_cue" or (placement == "no_cue" and kind in NEEDS_CUE) else "")
                if placement == "no_cue" and kind in NEEDS_CUE:
                    placement = "text_cue"
                add = "Example input: " + json.dumps({key: val}, ensure_ascii=False)
            else:
                add = sentence(ctx, cat, kind, v, "text_cue" if placement != "no_cue" else "no_cue")
            parent[dpath[-1]] = (parent.get(dpath[-1], "").rstrip() + " " + add).strip()
        ctx.register(v, cat, kind, placement)
        return
    if surface == "metadata":
        f = ctx.folder
        val = text_with_cue(ctx, cat, kind, v, "text_cue" if placement == "text_cue" or kind in NEEDS_CUE else "")
        if kind in NEEDS_CUE and placement == "no_cue":
            placement = "text_cue"
        if f == "twilio-mcp":
            doc.setdefault("annotations", {})["title"] = rng.choice([f"{doc['name']} ({val})", val])
        elif f == "bedrock-converse" and "requestMetadata" in doc:
            doc["requestMetadata"][style_key(rng.choice(["case_ref", "patient", "requester", "trace_tag"]), f)] = val
        elif f == "omop" and "metadata" in doc and "output_config" in doc:
            doc["metadata"]["user_id"] = val
        else:
            path, key, node = target_prop(ctx, cat, kind, "no_cue")
            if rng.random() < 0.5:
                node["x-sample-source"] = val
            else:
                node["$comment"] = f"sampled from {val}"
        ctx.register(v, cat, kind, placement)
        return
    if surface == "file_name":
        stem, ext = ctx.name.split(".", 1)[0], ctx.name.split(".", 1)[1] if "." in ctx.name else "json"
        if cat == "DATE_OF_BIRTH":
            jn, jk = ctx.person.joined(rng.choice(["snake", "kebab"]))
            ctx.name = f"{jn}_{v}.{ctx.name}"
            ctx.register(jn, "PERSON", jk, "no_cue")
            placement = "no_cue"
        elif cat == "PERSON":
            ctx.name = rng.choice([f"{v}.{ctx.name}", f"sample_{v}.{ctx.name}"])
        else:
            cw = re.sub(r"\W+", "_", cue_word(ctx, cat, kind)).strip("_").lower()
            ctx.name = f"{stem}.{cw}_{v}.{ext}"
            placement = "key_cue"
        ctx.register(v, cat, kind, placement)
        return
    raise ValueError(surface)


# ----------------------------------------------------------------------------- hard negatives
HN = {
    "code_enum": [
        ("gender_concept_id", ["8507", "8532"]), ("race_concept_id", ["8527", "8516", "8515"]),
        ("visit_concept_id", ["9201", "9202", "9203"]), ("icd10cm", ["E11.9", "I10", "J45.909"]),
        ("snomed_ct", ["44054006", "38341003"]), ("loinc", ["4548-4", "2345-7", "718-7"]), ("cpt", ["99213", "99214", "93000"]),
        ("hcpcs", ["G0439", "J1885"]), ("cvx", ["208", "213"]), ("ndc", ["0002-8215-01", "0169-7501-11"]),
        ("ucum", ["mg/dL", "mmol/L", "kg/m2"]), ("call_status", ["queued", "ringing", "in-progress", "completed"]),
        ("iso_3166", ["USA", "CAN", "MEX"]), ("bcp47", ["en-US", "es-MX", "pt-BR"]), ("us_state", ["OH", "WA", "TX", "MN"]),
        ("revenue_code", ["0450", "0636"]), ("place_of_service", ["11", "21", "23"]), ("drg", ["470", "871"]),
    ],
    "format_regex": [
        r"^\d{3}-\d{2}-\d{4}$", r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$",
        r"^\+[1-9]\d{1,14}$", r"^[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}$", r"^\d{15}$", r"^89\d{17,18}$",
        r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$", r"^[A-HJ-NPR-Z0-9]{8}[0-9X][A-HJ-NPR-Z0-9]{8}$", r"^[^@\s]+@[^@\s]+\.[^@\s]+$",
        r"^([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}$", r"^MRN\d{8}$", r"^\d{5}(-\d{4})?$", r"^([0-9A-F]{2}:){5}[0-9A-F]{2}$",
        r"^dapi[a-f0-9]{32}$", r"^[A-Z]\d{4}-\d{5}-\d{5}$",
    ],
    "reserved_placeholder": [
        ("PHONE", "+15005550006"), ("PHONE", "(614) 555-0143"), ("PHONE", "+1 202-555-0178"), ("EMAIL", "patient@example.com"),
        ("EMAIL", "jdoe@example.org"), ("IP", "203.0.113.77"), ("IP", "2001:db8:85a3::8a2e:370:7334"), ("IP", "198.51.100.14"),
        ("SID", "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"), ("TOKEN", "your_auth_token"), ("TOKEN", "<DATABRICKS_TOKEN>"),
        ("TOKEN", "${DOPPLER_TOKEN}"), ("CARD", "4111 1111 1111 1111"), ("SSN", "000-00-0000"), ("SSN", "XXX-XX-XXXX"),
        ("NAME", "Ola Nordmann"), ("NAME", "Tommy Atkins"), ("NAME", "John Q. Public"), ("MRN", "MRN00000000"),
        ("URL", "https://example.com/patients/{patient_id}"), ("MAC", "00-00-5E-00-53-01"), ("VIN", "1HGCM82633A004352"),
    ],
    "version_date": [
        ("api_version", "2010-04-01"), ("anthropic_version", "bedrock-2023-05-31"), ("model_id", "anthropic.claude-3-sonnet-20240229-v1:0"),
        ("cdm_version", "5.4"), ("vocabulary_version", "v5.0 30-AUG-24"), ("released", "Available since 2023-11-15."),
        ("schema_date", "2024-02-29"), ("deprecated", "Deprecated since API version 2022-03-01."),
    ],
    "name_like_word": ["Polly", "Lex", "Aurora", "Kendra", "Neptune", "Athena", "Titan", "Nova", "Flex", "Savannah", "Raleigh",
                       "Dallas", "Autumn", "Iris", "Penny", "Sierra"],
    "category_label_key": ["patient_ssn", "birth_date", "member_id", "drivers_license_no", "imei", "vin", "iban",
                           "ip_address", "portal_url", "api_secret", "mrn", "home_zip", "guardian_name", "email"],
    "category_words_text": [
        "The patient's date of birth, in YYYY-MM-DD format.", "Medicare Beneficiary Identifier (MBI) of the subscriber; 11 characters.",
        "Driver's licence number as printed on the card.", "IMEI of the paired glucose monitor, 15 digits.",
        "Patient's home phone number in E.164 format.", "Medical record number assigned by the source EHR.",
        "Vehicle identification number of the insured car.", "Public IP address of the client that made the request.",
    ],
    "tool_category_words": ["lookup_patient_by_mrn", "verify_member_id", "get_claims_by_vin", "update_patient_phone", "find_by_dob",
                            "reset_portal_password"],
    "file_name_category_words": ["patient_demographics", "member_eligibility_by_mbi", "ssn_verification", "device_imei_registry"],
}


def plant_negative(ctx: Ctx, kind: str):
    rng, doc, f = ctx.rng, ctx.doc, ctx.folder
    def add_prop(key, schema):
        path, node = pick_object(ctx)
        if key in node["properties"]:
            key = key + "_x"
        node["properties"][key] = schema
        return path + ["properties", key], key
    if kind == "code_enum":
        key, codes = rng.choice(HN["code_enum"])
        p, _ = add_prop(style_key(key, f), {"type": "string", "enum": codes})
        for i in range(2):
            ctx.neg.append({"pointer": ptr(p + ["enum", str(i)]), "surface": "enum", "value": codes[i], "kind": kind})
    elif kind == "format_regex":
        rx = rng.choice(HN["format_regex"])
        if rng.random() < 0.25:
            path, node = pick_object(ctx)
            node.setdefault("patternProperties", {})[rx] = {"type": "string"}
            ctx.neg.append({"pointer": ptr(path + ["patternProperties", rx]), "surface": "pattern_property", "value": rx, "kind": kind})
        else:
            p, _ = add_prop(style_key(rng.choice(["identifier", "value_format", "id_value", "code"]), f), {"type": "string", "pattern": rx})
            ctx.neg.append({"pointer": ptr(p + ["pattern"]), "surface": "pattern", "value": rx, "kind": kind})
    elif kind == "reserved_placeholder":
        what, val = rng.choice(HN["reserved_placeholder"])
        key = style_key({"PHONE": "phone_number", "EMAIL": "email", "IP": "ip_address", "SID": "account_sid", "TOKEN": "auth_token",
                         "CARD": "card_number", "SSN": "ssn", "NAME": "patient_name", "MRN": "mrn", "URL": "portal_url",
                         "MAC": "mac_address", "VIN": "vin"}[what], f)
        surf = rng.choice(["examples", "default"])
        p, _ = add_prop(key, {"type": "string", surf: [val] if surf == "examples" else val})
        ctx.neg.append({"pointer": ptr(p + [surf] + (["0"] if surf == "examples" else [])), "surface": surf, "value": val, "kind": kind})
    elif kind == "version_date":
        key, val = rng.choice(HN["version_date"])
        if key in ("released", "deprecated"):
            path, key2, node = target_prop(ctx, "NONE", "", "no_cue") if string_props(ctx, "NONE") else (None, None, None)
            if node is None:
                p, _ = add_prop("status", {"type": "string", "description": val})
                ctx.neg.append({"pointer": ptr(p + ["description"]), "surface": "description", "value": val, "kind": kind})
            else:
                node["description"] = (node.get("description", "").rstrip() + " " + val).strip()
                ctx.neg.append({"pointer": ptr(path + ["description"]), "surface": "description", "value": val, "kind": kind})
        else:
            p, _ = add_prop(style_key(key, f), {"type": "string", "const": val})
            ctx.neg.append({"pointer": ptr(p + ["const"]), "surface": "const", "value": val, "kind": kind})
    elif kind == "name_like_word":
        w = rng.sample(HN["name_like_word"], 2)
        p, _ = add_prop(style_key(rng.choice(["engine", "service", "voice", "tier", "palette"]), f), {"type": "string", "enum": w + ["default"]})
        for i in range(2):
            ctx.neg.append({"pointer": ptr(p + ["enum", str(i)]), "surface": "enum", "value": w[i], "kind": kind})
    elif kind == "category_label_key":
        key = style_key(rng.choice(HN["category_label_key"]), f)
        p, key = add_prop(key, {"type": "string"})
        ctx.neg.append({"pointer": ptr(p), "surface": "property_name", "value": key, "kind": kind})
    elif kind == "category_words_text":
        s = rng.choice(HN["category_words_text"])
        p, _ = add_prop(style_key(rng.choice(["field_note", "info", "hint"]), f), {"type": "string", "description": s})
        ctx.neg.append({"pointer": ptr(p + ["description"]), "surface": "description", "value": s, "kind": kind})
    elif kind == "tool_category_words":
        sites = [x for x in tool_sites(ctx) if tuple(x[0]) not in ctx.tool_touched]
        npath, _ = rng.choice(sites)
        new = rng.choice(HN["tool_category_words"])
        if f == "twilio-mcp":
            new = "".join(x.capitalize() for x in new.split("_"))
        get(doc, npath[:-1])[npath[-1]] = new
        ctx.neg.append({"pointer": ptr(npath), "surface": "tool_name", "value": new, "kind": kind})
    elif kind == "file_name_category_words":
        w = rng.choice(HN["file_name_category_words"])
        ctx.name = f"{w}.{ctx.name}"
        ctx.neg.append({"pointer": "", "surface": "file_name", "value": w, "kind": kind})
    else:
        raise ValueError(kind)


# ----------------------------------------------------------------------------- labelling
TOOL_SURF = {}


def surface_of(folder, toks, is_key, doc):
    if is_key:
        return "pattern_property" if len(toks) >= 2 and toks[-2] == "patternProperties" else "property_name"
    if folder == "twilio-mcp":
        if toks == ["name"]:
            return "tool_name"
        if toks == ["description"]:
            return "tool_description"
        if toks == ["annotations", "title"]:
            return "metadata"
    if folder == "bedrock-converse" and len(toks) >= 4 and toks[-2] == "toolSpec":
        return {"name": "tool_name", "description": "tool_description"}.get(toks[-1], "metadata")
    if folder == "bedrock-agents" and len(toks) == 4 and toks[0] == "paths":
        return {"operationId": "tool_name", "description": "tool_description", "summary": "tool_description"}.get(toks[-1], "description")
    if toks[:1] in (["requestMetadata"], ["metadata"]):
        return "metadata"
    for t in toks:
        if t.startswith("x-") or t == "$comment":
            return "metadata"
    for t in reversed(toks):
        if t in ("enum", "examples", "default", "const", "pattern", "title", "description"):
            return t
        if t == "example":
            return "examples"
        if t == "instruction":
            return "description"
    return "description"


def find_labels(folder, name, doc, reg):
    """every occurrence of every registered value -> labels (outer value wins when nested)."""
    sites = []  # (tokens, is_key, text)

    def walk(node, toks):
        if isinstance(node, dict):
            for k, v in node.items():
                sites.append((toks + [k], True, k))
                walk(v, toks + [k])
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, toks + [str(i)])
        elif isinstance(node, str):
            sites.append((toks, False, node))
    walk(doc, [])
    out = []
    for toks, is_key, text in [([], None, name)] + sites:
        spans = []
        for r in reg:
            v = r["value"]
            for m in re.finditer(re.escape(v), text):
                a, b = m.span()
                if v[0].isdigit() and a > 0 and text[a - 1].isdigit():
                    continue
                if v[-1].isdigit() and b < len(text) and text[b].isdigit():
                    continue
                spans.append((a, b, r))
        keep = [s for s in spans if not any(o is not s and o[0] <= s[0] and s[1] <= o[1] and (o[1] - o[0]) > (s[1] - s[0]) for o in spans)]
        bycat = defaultdict(list)
        for a, b, r in keep:
            if r not in [x[2] for x in bycat[r["category"]]]:
                bycat[r["category"]].append((a, b, r))
        for cat, items in bycat.items():
            items.sort(key=lambda x: x[0])
            surface = "file_name" if is_key is None else surface_of(folder, toks, is_key, doc)
            rs = [x[2] for x in items]
            if len(rs) == 1:
                value, raw = rs[0]["value"], rs[0]["raw"]
            else:
                joined = "|".join(r["value"] for r in rs)
                if surface in ("pattern", "pattern_property") and joined in text:
                    value = joined
                else:
                    value = " | ".join(r["value"] for r in rs)
                raw = " | ".join(r["raw"] or r["value"] for r in rs) if any(r["raw"] for r in rs) else None
            lab = {"pointer": "" if is_key is None else ptr(toks), "surface": surface, "category": cat, "value": value,
                   "kind": rs[0]["kind"] if len({r["kind"] for r in rs}) == 1 else "literal_alternation",
                   "placement": rs[0]["placement"]}
            if raw:
                lab["raw"] = raw
            out.append(lab)
    return out


# ----------------------------------------------------------------------------- hosts
def load(f):
    return json.loads((SRC / f).read_text(encoding="utf-8"))


def base_of(f):
    m = SMAN[f]
    return m["source"] + (f"#{m['pointer']}" if m.get("pointer") else "")


PLAN = {  # folder: (planted files, real files)
    "twilio-schemas": (34, 66), "twilio-mcp": (40, 70), "bedrock-converse": (16, 2), "bedrock-agents": (16, 5),
    "bedrock-blueprints": (8, 0), "omop": (36, 9),
}
CATS = ["PERSON", "DATE_OF_BIRTH", "MRN", "US_SSN", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "HEALTH_PLAN_ID",
        "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID", "IP_ADDRESS", "URL", "SECRET"]
CAT_WEIGHT = {c: 1.0 for c in CATS} | {"PERSON": 1.3, "DATE_OF_BIRTH": 1.1}
SURF_WEIGHT = {"property_name": 1.0, "enum": 0.7, "const": 0.8, "pattern": 0.6, "pattern_property": 0.6, "title": 0.8,
               "description": 1.3, "examples": 1.4, "default": 1.2, "tool_name": 1.2, "tool_description": 1.4, "file_name": 0.55,
               "metadata": 0.9}
NEG_KINDS = ["code_enum", "format_regex", "reserved_placeholder", "version_date", "name_like_word", "category_label_key",
             "category_words_text", "tool_category_words", "file_name_category_words"]


def omop_host(rng, table, idx):
    """An OMOP table as a pydantic model whose examples/defaults came from one sample row."""
    ctx_name = f"{table}.schema.json" if idx == 0 else f"{table}.v{idx + 1}.schema.json"
    doc = omop_schema(table)
    return doc, ctx_name


def omop_sampled(ctx: Ctx, table: str, want: list):
    """Re-dump the OMOP model with sample-derived values for the host's own fields, for the
    categories in `want` that the table's vocabulary carries.  Returns the categories used."""
    rng, p = ctx.rng, ctx.person
    used, samples, extra = [], {}, {}
    fields = {r["cdmFieldName"] for r in OMOP_FIELDS[table]}
    how = lambda: rng.choice(["examples", "examples", "default", "literal"])  # noqa: E731

    def put(field, val, cat, kind, placement, surface=None):
        s = surface or how()
        if s == "literal":
            v2, k2 = gen_value(ctx, cat, person=V.Person(rng))
            samples[field] = {"literal": [val, v2]}
            ctx.register(v2, cat, k2, placement)
        elif s == "examples":
            samples[field] = {"examples": [val]}
        else:
            samples[field] = {"default": val}
        ctx.register(val, cat, kind, placement)
        used.append(cat)

    for cat in want:
        if cat == "MRN" and "person_source_value" in fields and "person_source_value" not in samples:
            v, k = V.mrn(rng, rng.choice(["mrn_prefix", "pat", "site"]))
            put("person_source_value", v, cat, k, "no_cue")
        elif cat == "DATE_OF_BIRTH" and "birth_datetime" in fields and "birth_datetime" not in samples:
            v, k = p.dob_text("iso_dt")
            put("birth_datetime", v, cat, k, "key_cue", rng.choice(["examples", "default"]))
        elif cat == "STREET_ADDRESS" and "address_1" in fields and "address_1" not in samples:
            v, k = V.street(rng, full=False)
            put("address_1", v, cat, k, "key_cue")
        elif cat == "STREET_ADDRESS" and "location_source_value" in fields and "location_source_value" not in samples:
            v, k = V.street(rng, full=True)
            put("location_source_value", v, cat, k, "no_cue")
        elif cat == "ZIP_CODE" and "zip" in fields and "zip" not in samples:
            v, k = V.zipcode(rng)
            put("zip", v, cat, k, "key_cue")
        elif cat == "DEVICE_ID" and "unique_device_id" in fields and "unique_device_id" not in samples:
            v, k = V.device(rng, "udi")
            put("unique_device_id", v, cat, k, "key_cue")
        elif cat == "DEVICE_ID" and "device_source_value" in fields and "device_source_value" not in samples:
            v, k = V.device(rng, "implant_serial")
            put("device_source_value", f"SN {v}", cat, k, "text_cue")
            ctx.reg[-1]["value"] = v
        elif cat == "HEALTH_PLAN_ID" and "plan_source_value" in fields and "plan_source_value" not in samples:
            v, k = V.plan_id(rng, "mbi")
            put("plan_source_value", v, cat, k, "no_cue")
        elif cat == "HEALTH_PLAN_ID" and "family_source_value" in fields and "family_source_value" not in samples:
            v, k = V.plan_id(rng, "member_suffix")
            put("family_source_value", v, cat, k, "text_cue", "examples")
        elif cat == "ACCOUNT_NUMBER" and "visit_source_value" in fields and "visit_source_value" not in samples:
            v, k = V.account(rng, "hospital")
            put("visit_source_value", v, cat, k, "text_cue")
        elif cat in ("PERSON", "PHONE_NUMBER", "DATE_OF_BIRTH", "MRN") and "note_text" in fields and "note_text" not in samples:
            nm, nk = p.name("natural")
            dob, dk = p.dob_text("us")
            txt = f"Pt {nm}, DOB {dob}, seen for follow-up; BP 128/82. Call back at "
            ph, pk = V.phone(rng, "us_paren")
            samples["note_text"] = {"examples": [txt + ph + "."]}
            ctx.register(nm, "PERSON", nk, "text_cue")
            ctx.register(dob, "DATE_OF_BIRTH", dk, "text_cue")
            ctx.register(ph, "PHONE_NUMBER", pk, "text_cue")
            used += ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]
        elif cat in ("PHONE_NUMBER", "EMAIL_ADDRESS") and "value_as_string" in fields and "value_as_string" not in samples:
            v, k = gen_value(ctx, cat)
            put("value_as_string", v, cat, k, "no_cue", "examples")
        elif cat == "SECRET" and table == "cdm_source":
            v, k = V.secret(rng, rng.choice(["jdbc_password", "odbc_pwd"]))
            extra["source_connection"] = (str, {"default": v, "description": "Connection used by the ETL."})
            ctx.register(v, cat, k, "key_cue")
            used.append(cat)
    if samples or extra:
        ctx.doc = omop_schema(table, samples, extra)
    return used


def build():
    rng = random.Random(SEED)
    for d in (OUT_P, OUT_R):
        if d.exists():
            for f in sorted(d.rglob("*"), reverse=True):
                f.unlink() if f.is_file() else f.rmdir()
        d.mkdir(parents=True, exist_ok=True)
    hosts, reals = [], []
    for folder, (np_, nr) in PLAN.items():
        if folder == "omop":
            tables = OMOP_ORDER
            host_tables = tables[:30]
            for i in range(np_):
                t = host_tables[i % 30]
                hosts.append((folder, ("omop", t, i // 30), None))
            for t in tables[30:30 + nr]:
                reals.append((folder, f"{t}.schema.json", omop_schema(t), {"source": "OHDSI/CommonDataModel@f853f6e39c61b4eb8b3e5287fd573a1ced36c0e4:inst/csv/OMOP_CDMv5.4_Field_Level.csv", "licence": "Apache-2.0",
                               "transformation": f"table `{t}` as a pydantic v2 model (field names, types, required flags and userGuidance descriptions from the CSV), dumped with model_json_schema(); no sample values"}))
            continue
        files = pool(folder)
        hs = [f for f in files if object_sites(load(f))][:np_]
        files = hs + [f for f in files if f not in hs]
        for i in range(np_):
            hosts.append((folder, hs[i % len(hs)], i // len(hs)))
        for f in files[len(hs):len(hs) + nr]:
            m = SMAN[f]
            reals.append((folder, f.split("/")[-1], load(f), {"source": m["source"], "licence": m["licence"], "transformation": m["transformation"], **({"pointer": m["pointer"]} if m.get("pointer") else {})}))
    # quotas
    n_pos = 300
    cat_q = Counter({c: round(n_pos * w / sum(CAT_WEIGHT.values())) for c, w in CAT_WEIGHT.items()})
    surf_q = Counter({s: round(n_pos * w / sum(SURF_WEIGHT.values())) for s, w in SURF_WEIGHT.items()})
    neg_q = Counter({k: 0 for k in NEG_KINDS})
    labels, real_manifest = [], []
    order = list(range(len(hosts)))
    rng.shuffle(order)
    names_used = set()
    for n, hi in enumerate(order):
        folder, src, rep = hosts[hi]
        r2 = random.Random(h(f"{folder}:{src}:{rep}"))
        if folder == "omop":
            table = src[1]
            doc = omop_schema(table)
            name = f"{table}.schema.json" if src[2] == 0 else f"{table}.sample{src[2] + 1}.schema.json"
            base = f"OHDSI/CommonDataModel@f853f6e39c61b4eb8b3e5287fd573a1ced36c0e4:inst/csv/OMOP_CDMv5.4_Field_Level.csv#{table}"
        else:
            doc = load(src)
            name = src.split("/")[-1]
            if rep:
                name = name.replace(".json", f".copy{rep + 1}.json")
            base = base_of(src)
        ctx = Ctx(r2, folder, doc, name)
        # wrappers that give request-level metadata surfaces
        if folder == "omop" and r2.random() < 0.3:
            ctx.doc = {"model": "claude-sonnet-4-5", "max_tokens": 2048,
                       "messages": [{"role": "user", "content": f"Extract one {table} row from the attached note as JSON."}],
                       "output_config": {"format": {"type": "json_schema", "schema": doc}}, "metadata": {"user_id": h(name)[:32]}}
            ctx.name = name.replace(".schema.json", ".request.json")
        if folder == "bedrock-converse" and r2.random() < 0.5:
            ctx.doc = {"modelId": "anthropic.claude-3-5-sonnet-20240620-v1:0",
                       "messages": [{"role": "user", "content": [{"text": "Use the tools to answer the question."}]}],
                       "toolConfig": doc, "requestMetadata": {"costCenter": "clinical-ops"}}
            ctx.name = name.replace(".json", ".converse-request.json")
        ctx.host_text = json.dumps(ctx.doc, ensure_ascii=False) + ctx.name
        name0 = ctx.name
        k = 1 + (n % 3 == 0) + (n % 4 == 1) + (n % 7 == 2) + (n % 9 == 4)
        want = []
        if folder == "omop":
            cands = [c for c in CATS if cat_q[c] > 0]
            r2.shuffle(cands)
            used = omop_sampled(ctx, src[1], sorted(cands, key=lambda c: -cat_q[c])[:2])
            for c in used:
                cat_q[c] -= 1
            k = max(0, k - len(used))
        for _ in range(k):
            allowed = [s for s in SURFACES_BY_FOLDER[folder] if surf_q[s] > 0 and (s != "tool_name" or tool_sites(ctx))
                       and (s != "tool_description" or tool_sites(ctx)) and not (s == "file_name" and any(w[1] == "file_name" for w in want))]
            if not allowed:
                allowed = SURFACES_BY_FOLDER[folder]
            s = max(allowed, key=lambda x: surf_q[x] + r2.random() * 6)
            cats = [c for c in CATS if compatible(c, s)]
            c = max(cats, key=lambda x: cat_q[x] + r2.random() * 5)
            want.append((c, s))
            surf_q[s] -= 1
            cat_q[c] -= 1
        for c, s in want:
            placement = r2.choice(["key_cue", "text_cue", "no_cue", "no_cue"] if s not in ("property_name", "pattern_property", "file_name", "tool_name") else ["key_cue", "no_cue"])
            plant(ctx, c, s, placement)
        # hard negatives: about 0.6 per file
        if n % 5 in (0, 2, 3):
            kinds = [x for x in NEG_KINDS if (x != "tool_category_words" or [t for t in tool_sites(ctx) if tuple(t[0]) not in ctx.tool_touched])
                     and (x != "file_name_category_words" or not any(w[1] == "file_name" for w in want) and ctx.name == name0)]
            kind = min(kinds, key=lambda x: neg_q[x] + r2.random() * 2)
            plant_negative(ctx, kind)
            neg_q[kind] += 1
        while ctx.name in names_used:
            ctx.name = ctx.name.replace(".json", ".b.json")
        names_used.add(ctx.name)
        labs = find_labels(folder, ctx.name, ctx.doc, ctx.reg)
        found = {l["value"] for l in labs} | {x for l in labs for x in l["value"].split("|")} | {x for l in labs for x in l["value"].split(" | ")}
        for r in ctx.reg:
            if r["value"] not in found:
                sys.exit(f"{ctx.name}: registered value not found: {r['value']!r}")
        fpath = f"{folder}/{ctx.name}"
        for l in labs:
            labels.append({"file": fpath, **l, "base": base})
        for ng in ctx.neg:
            labels.append({"file": fpath, "pointer": ng["pointer"], "surface": ng["surface"], "category": "NONE",
                           "value": ng["value"], "kind": ng["kind"], "base": base})
        (OUT_P / folder).mkdir(exist_ok=True)
        (OUT_P / fpath).write_text(json.dumps(ctx.doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    # real
    for folder, name, doc, meta in reals:
        (OUT_R / folder).mkdir(exist_ok=True)
        (OUT_R / folder / name).write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        real_manifest.append({"file": f"{folder}/{name}", **meta})
    (OUT_R / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in real_manifest))
    labels.sort(key=lambda l: (l["file"], l["pointer"], l["category"]))
    for i, l in enumerate(labels):
        l["id"] = f"fourth-{i + 1:04d}"
    keys = ["id", "file", "pointer", "surface", "category", "value", "kind", "base", "placement", "raw"]
    (OUT_P / "labels.jsonl").write_text("".join(json.dumps({k: l[k] for k in keys if k in l}, ensure_ascii=False) + "\n" for l in labels))
    pos = [l for l in labels if l["category"] != "NONE"]
    neg = [l for l in labels if l["category"] == "NONE"]
    print(f"planted files {len(hosts)}, real files {len(reals)}, positives {len(pos)}, negatives {len(neg)}")
    print("by category", dict(Counter(l["category"] for l in pos).most_common()))
    print("by surface", dict(Counter(l["surface"] for l in pos).most_common()))
    print("by placement", dict(Counter(l["placement"] for l in pos).most_common()))
    print("negatives", dict(Counter(l["kind"] for l in neg).most_common()))
    print("planted by folder", dict(Counter(h_[0] for h_ in hosts)), "real by folder", dict(Counter(r[0] for r in reals)))


if __name__ == "__main__":
    build()
