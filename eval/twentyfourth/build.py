#!/usr/bin/env python3
"""Deterministic builder for the twentyfourth set (seed 242424; stdlib + phonenumbers).

sources/ -> planted/ (64 files + labels.jsonl) and real/ (60 files + MANIFEST.jsonl).
Usage: python build.py [OUTDIR]   (default: this folder)
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

import values as V
import cues as C

SEED = 242424
HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
ENVS = ["mistral-rf", "openrpc", "ollama-tools", "tgi-grammar"]
TOOL_ENVS = {"openrpc", "ollama-tools"}
FAM_REPO = {"netlify": ("netlify/open-api", "650803172c55155ec34dcad94602e058477a4a98", "MIT"),
            "matrix": ("matrix-org/matrix-spec", "d0ba2aaef801e0134a4e5c6054a2c2f41bb55531", "Apache-2.0")}
CAT_COUNTS = {"PERSON": 14, "DATE_OF_BIRTH": 12, "MRN": 11, "HEALTH_PLAN_ID": 11, "ACCOUNT_NUMBER": 11,
              "PHONE_NUMBER": 11, "US_SSN": 11, "SECRET": 11, "LICENSE_NUMBER": 10, "DEVICE_ID": 11,
              "VEHICLE_ID": 11, "IP_ADDRESS": 11, "URL": 10, "EMAIL_ADDRESS": 10, "STREET_ADDRESS": 9, "ZIP_CODE": 8}
SURFACES = ["property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples",
            "default", "tool_name", "tool_description", "file_name", "metadata"]
HN_COUNTS = {"category_label_key": 12, "code_enum": 12, "reserved_placeholder": 12, "category_words_text": 10,
             "format_regex": 10, "name_like_word": 10, "version_date": 7, "tool_category_words": 4,
             "file_name_category_words": 3}
IDENT_SURF = {"property_name", "file_name", "tool_name"}
TOOL_FMT_OK = {"name_plain", "dob_iso", "dob_hl7", "dob_keysafe", "mrn_site", "mrn_hn", "mrn_e", "mrn_bare9",
               "ssn_dash", "ssn_bare", "itin_dash", "mbi_plain", "mbi_dashed", "member_prefix", "ny_cin",
               "member_suffix", "iban_e", "card_plain", "har", "imei", "mac_hyphen", "implant_sn", "vin", "vin_lower",
               "plate_ca", "plate_ng", "ipv4", "phone_digits", "zip5", "zip9", "tok_gitlab-pat",
               "tok_npm-access-token", "tok_shopify-access-token", "tok_huggingface-access-token",
               "tok_aws-access-token", "tok_alibaba-access-key-id", "tok_databricks-api-token"} | {
                  "dl_" + s for s in V.LICENCE}
KEY_FMT_BAD = {"udi_gs1", "mailto", "pg_uri", "phone_tel"} | {u[0] for u in V.URL_FORMS}


def esc(tok: str) -> str:
    return tok.replace("~", "~0").replace("/", "~1")


def snake(s):
    return re.sub(r"[^a-z0-9]+", "_", V.fold(s).lower()).strip("_")


def load_units():
    out = {}
    for fam in ("netlify", "matrix"):
        out[fam] = json.loads((SRC / f"{fam}.units.json").read_text(encoding="utf-8"))
    return out


def base_of(fam, name, unit):
    repo, commit, _ = FAM_REPO[fam]
    return f"{repo}@{commit}:{unit['path']}" + (f"#{unit['pointer']}" if unit["pointer"] else "")


def short(fam, name):
    return snake(name.split("@")[0])


# --------------------------------------------------------------------------- envelopes
def wrap(env, fam, name, schema, rng):
    tname = ("nf_" if fam == "netlify" else "mx_") + short(fam, name)
    tname = tname[:64]
    desc = schema.get("description") if isinstance(schema.get("description"), str) else None
    desc = desc or f"Submit one {name.split('@')[0]} object."
    comp = re.sub(r"[^A-Za-z0-9_.-]", "_", name.split("@")[0])
    if env == "mistral-rf":
        doc = {"model": "mistral-large-latest",
               "messages": [{"role": "system", "content": "Reply with one JSON object that fits the schema."},
                            {"role": "user", "content": f"Fill in a {name.split('@')[0]} object for the test run."}],
               "response_format": {"type": "json_schema",
                                   "json_schema": {"name": tname, "schema": schema, "strict": True}},
               "temperature": 0}
        return doc, "/response_format/json_schema/schema", None
    if env == "openrpc":
        doc = {"openrpc": "1.3.2", "info": {"title": f"{fam} {comp} methods", "version": "1.0.0"},
               "methods": [{"name": tname, "summary": f"Submit {comp}", "description": desc,
                            "params": [{"name": "body", "required": True,
                                        "schema": {"$ref": f"#/components/schemas/{comp}"}}],
                            "result": {"name": "ok", "schema": {"type": "boolean"}}}],
               "components": {"schemas": {comp: schema}}}
        return doc, f"/components/schemas/{esc(comp)}", ("/methods/0/name", "/methods/0/description")
    if env == "ollama-tools":
        doc = {"model": "llama3.1:8b",
               "messages": [{"role": "user", "content": f"Call the tool for one {name.split('@')[0]} object."}],
               "tools": [{"type": "function", "function": {"name": tname, "description": desc, "parameters": schema}}],
               "stream": False, "options": {"temperature": 0}}
        return doc, "/tools/0/function/parameters", ("/tools/0/function/name", "/tools/0/function/description")
    doc = {"inputs": f"Return a JSON {name.split('@')[0]} object.",
           "parameters": {"max_new_tokens": 512, "do_sample": False, "grammar": {"type": "json", "value": schema}}}
    return doc, "/parameters/grammar/value", None


def resolve(doc, ptr):
    node = doc
    for t in ptr.split("/")[1:] if ptr else []:
        t = t.replace("~1", "/").replace("~0", "~")
        node = node[int(t)] if isinstance(node, list) else node[t]
    return node


def targets(schema, sptr):
    """Root plus nested object schemas with a properties dict (one level down, also through items)."""
    out = [(schema, sptr)]
    for k, v in schema.get("properties", {}).items():
        if isinstance(v, dict):
            if isinstance(v.get("properties"), dict) and v["properties"]:
                out.append((v, f"{sptr}/properties/{esc(k)}"))
            it = v.get("items")
            if isinstance(it, dict) and isinstance(it.get("properties"), dict) and it["properties"]:
                out.append((it, f"{sptr}/properties/{esc(k)}/items"))
    return out


def add_prop(obj, optr, key, body):
    props = obj.setdefault("properties", {})
    k, i = key, 2
    while k in props:
        k, i = f"{key}_{i}", i + 1
    props[k] = body
    return k, f"{optr}/properties/{esc(k)}"


# --------------------------------------------------------------------------- schedule
def schedule(rng):
    cats = [c for c, n in CAT_COUNTS.items() for _ in range(n)]
    total = len(cats)
    surfs = [s for s in SURFACES for _ in range(13)]
    for s in ("description", "examples", "enum")[: total - len(surfs)]:
        surfs.append(s)
    order = sorted(surfs, key=lambda s: (0 if s == "tool_name" else 1 if s == "file_name" else 2, rng.random()))
    remaining = Counter(cats)
    items = []
    for s in order:
        allowed = [c for c in remaining if remaining[c] > 0 and ok_cat_surface(c, s)]
        best = max(allowed, key=lambda c: (remaining[c], rng.random()))
        remaining[best] -= 1
        items.append({"category": best, "surface": s})
    rng.shuffle(items)
    return items


def ok_cat_surface(cat, s):
    if s == "tool_name":
        return cat not in ("EMAIL_ADDRESS", "URL", "STREET_ADDRESS")
    if s in ("file_name", "property_name"):
        return cat != "URL"
    return True


def placements(cat, surface):
    nocue = any(V.FORMATS[f][1] for f in V.FORMATS if V.FORMATS[f][0] == cat)
    p = ["text_cue"]
    if surface not in ("tool_name", "file_name", "tool_description"):
        p.append("key_cue")
    if nocue:
        p.append("no_cue")
    return p


def choose_format(cat, surface, placement, rng, fmt_use):
    cands = [f for f, (c, nc) in V.FORMATS.items() if c == cat]
    if placement == "no_cue":
        cands = [f for f in cands if V.FORMATS[f][1] and f != "name_initial"]
    if surface == "tool_name":
        cands = [f for f in cands if f in TOOL_FMT_OK]
    elif surface in ("file_name", "property_name"):
        cands = [f for f in cands if f not in KEY_FMT_BAD and not f.startswith("tok_doppler")]
    if placement == "no_cue":
        cands = [f for f in cands if f not in ("phone_digits", "ssn_bare", "card_plain")]
    return min(cands, key=lambda f: (fmt_use[f], rng.random()))


# --------------------------------------------------------------------------- main build
def build(out: Path):
    rng = random.Random(SEED)
    units = load_units()
    hosts = []
    nl, mx = list(units["netlify"]["hosts"].items()), list(units["matrix"]["hosts"].items())
    for i in range(64):
        fam = "netlify" if i % 2 == 0 else "matrix"
        name, unit = (nl if fam == "netlify" else mx)[i // 2]
        hosts.append({"fam": fam, "name": name, "unit": unit, "env": ENVS[(i // 2) % 4]})
    # build docs
    files = []
    for i, h in enumerate(hosts):
        schema = json.loads(json.dumps(h["unit"]["schema"]))
        doc, sptr, tptrs = wrap(h["env"], h["fam"], h["name"], schema, rng)
        fname = f"{h['fam']}.{short(h['fam'], h['name'])}.{h['env']}.json"
        files.append({"i": i, **h, "doc": doc, "schema": schema, "sptr": sptr, "tptrs": tptrs, "fname": fname,
                      "labels": [], "base": base_of(h["fam"], h["name"], h["unit"]), "used": set()})
    tool_files = [f for f in files if f["env"] in TOOL_ENVS]
    # positives: schedule and assign to files
    items = schedule(rng)
    pl_count = Counter()
    target = {"text_cue": 0.42, "key_cue": 0.38, "no_cue": 0.20}
    for it in items:
        opts = placements(it["category"], it["surface"])
        it["placement"] = min(opts, key=lambda p: (pl_count[p] / target[p], rng.random()))
        pl_count[it["placement"]] += 1
    load = Counter()
    for it in sorted(items, key=lambda x: (x["surface"] not in ("tool_name", "tool_description", "file_name"))):
        pool = tool_files if it["surface"] in ("tool_name", "tool_description") else files
        pool = [f for f in pool if not (it["surface"] in ("tool_name", "tool_description", "file_name")
                                        and it["surface"] in f["used"])]
        f = min(pool, key=lambda f: (load[f["i"]], rng.random()))
        load[f["i"]] += 1
        f["used"].add(it["surface"])
        it["file"] = f
    # negatives
    hn_items = [k for k, n in HN_COUNTS.items() for _ in range(n)]
    rng.shuffle(hn_items)
    for k in sorted(hn_items, key=lambda k: k not in ("tool_category_words", "file_name_category_words")):
        surf = {"tool_category_words": "tool_name", "file_name_category_words": "file_name"}.get(k)
        pool = tool_files if surf == "tool_name" else files
        pool = [f for f in pool if not (surf and surf in f["used"])]
        f = min(pool, key=lambda f: (load[f["i"]], rng.random()))
        load[f["i"]] += 1
        if surf:
            f["used"].add(surf)
        f.setdefault("hn", []).append(k)
    # generate values and plant
    fmt_use = Counter()
    ctr = Counter()
    region_i = 0
    for f in files:
        for it in [x for x in items if x["file"] is f]:
            cat, surf, plc = it["category"], it["surface"], it["placement"]
            fmt = choose_format(cat, surf, plc, rng, fmt_use)
            fmt_use[fmt] += 1
            ascii_only = surf == "tool_name"
            src = "hand" if ctr["name"] % 5 in (1, 3) else "ng"
            ctr["name"] += 1
            name = V.gen_name(rng, src)
            while ascii_only and not V.is_latin(name) or (cat in ("EMAIL_ADDRESS", "URL") and not V.is_latin(name)):
                name = V.gen_name(rng, "ng")
            ctx = {"name": name}
            if cat == "PHONE_NUMBER":
                ctx["region"] = V.PHONE_REGIONS[region_i % len(V.PHONE_REGIONS)]
                region_i += 1
            if cat == "ACCOUNT_NUMBER":
                ctx["iban_cc"] = sorted(V.IBAN_SPEC)[ctr["iban"] % 6]
                ctx["brand"] = sorted(V.CARD_PREFIX)[ctr["card"] % 7]
                ctr["iban"] += fmt.startswith("iban")
                ctr["card"] += fmt.startswith("card")
            plain = V.gen(fmt, rng, ctx)
            written = V.render(fmt, plain)
            lab = plant(f, cat, surf, plc, fmt, plain, written, rng, ctr)
            lab.update({"category": cat, "surface": surf, "placement": plc, "base": f["base"], "plain": plain})
            f["labels"].append(lab)
        for k in f.get("hn", []):
            lab = plant_hn(f, k, rng, ctr)
            lab.update({"category": "NONE", "kind": k, "placement": "none", "format": k, "base": f["base"]})
            f["labels"].append(lab)
    # write
    pdir, rdir = out / "planted", out / "real"
    for d in (pdir, rdir):
        if d.exists():
            shutil.rmtree(d)
    labels = []
    n = 0
    for f in files:
        rel = f"{f['env']}/{f['fname']}"
        p = pdir / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(json.dumps(f["doc"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        for lab in f["labels"]:
            n += 1
            row = {"id": f"tf24-{n:04d}", "file": rel, "pointer": lab["pointer"], "surface": lab["surface"],
                   "category": lab["category"], "value": lab["value"], "kind": lab["kind"],
                   "placement": lab["placement"], "format": lab["format"], "base": lab["base"]}
            if "raw" in lab:
                row["raw"] = lab["raw"]
            if "plain" in lab:
                row["plain"] = lab["plain"]
            labels.append(row)
    (pdir / "labels.jsonl").write_text("".join(json.dumps(l, ensure_ascii=False) + "\n" for l in labels),
                                       encoding="utf-8")
    man = []
    for fam in ("netlify", "matrix"):
        repo, commit, lic = FAM_REPO[fam]
        for name, unit in units[fam]["real"].items():
            rel = f"{fam}/{fam}.{short(fam, name)}.json"
            p = rdir / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            data = json.dumps(unit["schema"], indent=2, ensure_ascii=False) + "\n"
            p.write_text(data, encoding="utf-8")
            man.append({"file": rel, "repo": repo, "commit": commit, "path": unit["path"], "pointer": unit["pointer"],
                        "licence": lic, "sha256": hashlib.sha256(data.encode()).hexdigest()})
    (rdir / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in man),
                                         encoding="utf-8")
    return labels


def cue_key(cat, rng):
    return rng.choice(C.KEY_CUES[cat])


def neutral_key(rng):
    return rng.choice(C.NEUTRAL_KEYS)


def pick_target(f, rng):
    t = targets(f["schema"], f["sptr"])
    return t[0] if len(t) == 1 or rng.random() < 0.7 else rng.choice(t[1:])


NEUTRAL_SENTENCES = ["Imported as {}.", "Carried over from the old row {}.", "Replay value: {}.", "Kept as {} for the diff."]


def plant(f, cat, surf, plc, fmt, plain, written, rng, ctr):
    lab = {"format": fmt, "kind": "literal"}
    prefix = rng.choice(C.TEXT_CUES[cat]) if plc == "text_cue" else ""
    s = prefix + written
    if surf == "tool_name":
        v = V.ident(written, True)
        name = (rng.choice(C.IDENT_CUES[cat]) + "_" + v) if plc == "text_cue" else v
        name = name[:64]
        assert v in name
        resolve(f["doc"], f["tptrs"][0].rsplit("/", 1)[0])["name"] = name
        lab.update(pointer=f["tptrs"][0], value=v, kind="tool_name_joined", format=fmt + "+ident_ascii")
        return lab
    if surf == "tool_description":
        m = resolve(f["doc"], f["tptrs"][1].rsplit("/", 1)[0])
        sent = (f"Use only for the case of {s}." if plc == "text_cue" else rng.choice(NEUTRAL_SENTENCES).format(written))
        m["description"] = (m["description"].rstrip() + " " + sent).strip()
        lab.update(pointer=f["tptrs"][1], value=written)
        return lab
    if surf == "file_name":
        v = V.ident(written, False)
        base = (rng.choice(C.IDENT_CUES[cat]) + "_" + v) if plc == "text_cue" else v
        f["fname"] = f"{base}.{f['fam']}.{f['env']}.json"
        lab.update(pointer="", value=v, kind="file_name_joined", format=fmt + "+ident")
        return lab
    obj, optr = pick_target(f, rng)
    if surf == "property_name":
        v = V.ident(written, False)
        key = (rng.choice(C.IDENT_CUES[cat]) + "_" + v) if plc == "text_cue" else v
        if plc == "key_cue":
            _, cptr = add_prop(obj, optr, cue_key(cat, rng), {"type": "object", "properties": {}})
            inner = resolve(f["doc"], cptr)
            _, ptr = add_prop(inner, cptr, key, {"type": "string"})
        else:
            _, ptr = add_prop(obj, optr, key, {"type": "string"})
        lab.update(pointer=ptr, value=v, kind="key_literal", format=fmt + "+ident")
        return lab
    key = cue_key(cat, rng) if plc == "key_cue" else neutral_key(rng)
    if surf == "pattern_property":
        rx = "^" + re.escape(prefix) + re.escape(written) + "$"
        _, ptr = add_prop(obj, optr, key, {"type": "object", "patternProperties": {rx: {"type": "string"}},
                                            "additionalProperties": False})
        lab.update(pointer=f"{ptr}/patternProperties/{esc(rx)}", value=re.escape(written), raw=written,
                   kind="key_escaped")
        return lab
    if surf == "pattern":
        rx = "^" + re.escape(prefix) + re.escape(written) + "$"
        _, ptr = add_prop(obj, optr, key, {"type": "string", "pattern": rx})
        lab.update(pointer=ptr + "/pattern", value=re.escape(written), raw=written, kind="escaped_literal")
        return lab
    if surf == "enum":
        fill = rng.choice([["unknown", "other"], ["n/a"], ["pending", "declined"]])
        idx = rng.randrange(len(fill) + 1)
        vals = fill[:idx] + [s] + fill[idx:]
        _, ptr = add_prop(obj, optr, key, {"type": "string", "enum": vals})
        lab.update(pointer=f"{ptr}/enum/{idx}", value=written)
        return lab
    if surf == "examples":
        _, ptr = add_prop(obj, optr, key, {"type": "string", "examples": [s]})
        lab.update(pointer=f"{ptr}/examples/0", value=written)
        return lab
    if surf in ("const", "default", "title"):
        _, ptr = add_prop(obj, optr, key, {"type": "string", surf: s})
        lab.update(pointer=f"{ptr}/{surf}", value=written)
        return lab
    if surf == "description":
        if plc == "no_cue":
            s = rng.choice(NEUTRAL_SENTENCES).format(written)
        _, ptr = add_prop(obj, optr, key, {"type": "string", "description": s})
        lab.update(pointer=f"{ptr}/description", value=written)
        return lab
    if surf == "metadata":
        if plc == "key_cue":
            latin = [c for c in C.KEY_CUES[cat] if V.is_latin(c) and "." not in c and "[" not in c]
            xk = "x-" + re.sub(r"[^a-z0-9]+", "-", re.sub(r"([a-z])([A-Z])", r"\1-\2", rng.choice(latin)).lower()).strip("-")
            _, ptr = add_prop(obj, optr, neutral_key(rng), {"type": "string", xk: written})
            lab.update(pointer=f"{ptr}/{esc(xk)}", value=written)
        else:
            c = s if plc == "text_cue" else rng.choice(NEUTRAL_SENTENCES).format(written)
            _, ptr = add_prop(obj, optr, neutral_key(rng), {"type": "string", "$comment": c})
            lab.update(pointer=f"{ptr}/$comment", value=written)
        return lab
    raise KeyError(surf)


def plant_hn(f, k, rng, ctr):
    i = ctr["hn_" + k]
    ctr["hn_" + k] += 1
    if k == "tool_category_words":
        name = C.HN_TOOL_WORDS[i]
        resolve(f["doc"], f["tptrs"][0].rsplit("/", 1)[0])["name"] = name
        return {"pointer": f["tptrs"][0], "surface": "tool_name", "value": name}
    if k == "file_name_category_words":
        stem = C.HN_FILE_WORDS[i].removesuffix(".json")
        f["fname"] = f"{stem}.{f['fam']}.{f['env']}.json"
        return {"pointer": "", "surface": "file_name", "value": stem}
    obj, optr = pick_target(f, rng)
    if k == "category_label_key":
        key = C.HN_LABEL_KEYS[i]
        k2, ptr = add_prop(obj, optr, key, {"type": "string"})
        return {"pointer": ptr, "surface": "property_name", "value": k2}
    if k == "code_enum":
        vals, idx, what = C.HN_CODE_ENUMS[i]
        _, ptr = add_prop(obj, optr, snake(what) + "_code", {"type": "string", "enum": vals})
        return {"pointer": f"{ptr}/enum/{idx}", "surface": "enum", "value": vals[idx]}
    if k == "name_like_word":
        vals, idx = C.HN_NAME_WORDS[i]
        key = ["city", "country", "make", "site", "region", "birth_month", "campus", "office", "document_type",
               "ward", "hub", "branch"][i]
        _, ptr = add_prop(obj, optr, key, {"type": "string", "enum": vals})
        return {"pointer": f"{ptr}/enum/{idx}", "surface": "enum", "value": vals[idx]}
    if k == "reserved_placeholder":
        v = C.HN_PLACEHOLDERS[i]
        surf = ["examples", "default", "const", "description", "enum", "metadata"][i % 6]
        key = neutral_key(rng) if i % 2 else rng.choice(["contact", "sample", "placeholder", "fixture"])
        if surf == "examples":
            _, ptr = add_prop(obj, optr, key, {"type": "string", "examples": [v]}); ptr += "/examples/0"
        elif surf == "enum":
            _, ptr = add_prop(obj, optr, key, {"type": "string", "enum": [v]}); ptr += "/enum/0"
        elif surf == "description":
            _, ptr = add_prop(obj, optr, key, {"type": "string", "description": f"For instance {v}."}); ptr += "/description"
        elif surf == "metadata":
            _, ptr = add_prop(obj, optr, key, {"type": "string", "$comment": f"placeholder: {v}"}); ptr += "/$comment"
        else:
            _, ptr = add_prop(obj, optr, key, {"type": "string", surf: v}); ptr += "/" + surf
        return {"pointer": ptr, "surface": surf, "value": v}
    if k == "category_words_text":
        v = C.HN_CATEGORY_TEXT[i]
        surf = "title" if i % 3 == 2 else "description"
        _, ptr = add_prop(obj, optr, neutral_key(rng), {"type": "string", surf: v})
        return {"pointer": f"{ptr}/{surf}", "surface": surf, "value": v}
    if k == "format_regex":
        v = C.HN_FORMAT_REGEX[i]
        if i % 3 == 2:
            _, ptr = add_prop(obj, optr, neutral_key(rng), {"type": "object", "patternProperties": {v: {"type": "string"}}})
            return {"pointer": f"{ptr}/patternProperties/{esc(v)}", "surface": "pattern_property", "value": v}
        _, ptr = add_prop(obj, optr, neutral_key(rng), {"type": "string", "pattern": v})
        return {"pointer": f"{ptr}/pattern", "surface": "pattern", "value": v}
    if k == "version_date":
        where, v = C.HN_VERSION_DATES[i]
        sch, sptr = f["schema"], f["sptr"]
        if where == "$schema":
            sch["$schema"] = v
            return {"pointer": f"{sptr}/$schema", "surface": "metadata", "value": v}
        if where.startswith("x-"):
            sch[where] = v
            return {"pointer": f"{sptr}/{esc(where)}", "surface": "metadata", "value": v}
        key = {"description": "since", "default": "api_version", "const": "schema_version", "examples": "release"}[where]
        body = {"type": "string", where: [v] if where == "examples" else v}
        _, ptr = add_prop(obj, optr, key, body)
        return {"pointer": f"{ptr}/{where}" + ("/0" if where == "examples" else ""), "surface": where, "value": v}
    raise KeyError(k)


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    labs = build(out)
    pos = [l for l in labs if l["category"] != "NONE"]
    print(f"labels={len(labs)} positives={len(pos)} negatives={len(labs) - len(pos)}")
