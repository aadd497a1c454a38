#!/usr/bin/env python3
"""Deterministic builder of the eleventh set: sources/ -> planted/ + real/.

Offline; stdlib + phonenumbers.  Seed 111111.  Verifies sources/ against sources/MANIFEST.jsonl first.
"""
import hashlib
import json
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import values as V  # noqa: E402

SEED = 111111
N_PLANTED = 98
N_REAL = 100
SCHEMA_WRAPPERS = ["jsonschema-draft06", "asyncapi", "openapi-paths"]
TOOL_WRAPPERS = ["anthropic-batch", "openai-batch", "openai-realtime", "openai-assistant", "mcp-outputschema",
                 "ollama-chat"]
WRAPPERS = SCHEMA_WRAPPERS + TOOL_WRAPPERS
SURFACES = ["property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples",
            "default", "tool_name", "tool_description", "file_name", "metadata"]
CATEGORIES = ["PERSON", "US_SSN", "MRN", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "ZIP_CODE",
              "DATE_OF_BIRTH", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID",
              "IP_ADDRESS", "URL", "SECRET"]
NEG_PLAN = {  # kind -> surfaces (counts)
    "reserved_placeholder": {"enum": 2, "default": 6, "examples": 4, "const": 2, "description": 2},
    "category_label_key": {"property_name": 14},
    "code_enum": {"enum": 12},
    "format_regex": {"pattern": 7, "pattern_property": 3},
    "name_like_word": {"enum": 3, "default": 2, "const": 2, "examples": 1},
    "version_date": {"default": 2, "const": 2, "examples": 1, "description": 3},
    "category_words_text": {"description": 6},
    "tool_category_words": {"tool_name": 4},
    "file_name_category_words": {"file_name": 2},
}


# ------------------------------------------------------------------ helpers
def sha(b):
    return hashlib.sha256(b).hexdigest()


def esc(tok):
    return tok.replace("~", "~0").replace("/", "~1")


def ptr_get(doc, ptr):
    cur = doc
    if ptr == "":
        return cur
    for t in ptr[1:].split("/"):
        t = t.replace("~1", "/").replace("~0", "~")
        cur = cur[int(t)] if isinstance(cur, list) else cur[t]
    return cur


def rx_escape(s):
    return "".join("\\" + c if c in ".^$*+?()[]{}|\\" else c for c in s)


def skey(*parts):
    return sha("|".join(str(p) for p in parts).encode())


def verify_sources():
    with open(os.path.join(HERE, "sources", "MANIFEST.jsonl"), encoding="utf-8") as f:
        for ln in f:
            m = json.loads(ln)
            with open(os.path.join(HERE, "sources", m["file"]), "rb") as g:
                if sha(g.read()) != m["sha256"]:
                    sys.exit(f"sources/{m['file']} does not match MANIFEST sha256")


# ------------------------------------------------------------------ hosts and units
HOSTS = {}


def load_hosts():
    for h in ("intercom", "apideck"):
        with open(os.path.join(HERE, "sources", "hosts", f"{h}.subset.json"), encoding="utf-8") as f:
            HOSTS[h] = json.load(f)


def ref_name(ref):
    return ref.split("/")[-1] if isinstance(ref, str) and ref.startswith("#/components/schemas/") else None


def resolve_param(spec, p):
    if "$ref" in p:
        return spec["parameters"].get(p["$ref"].split("/")[-1])
    return p


def shallow(spec, sch, depth=0, keep_refs=None):
    """Copy a schema; a $ref to a listed definition stays (rewritten later), a $ref to a scalar schema is inlined,
    any other $ref becomes {"type": "object"} (its description kept)."""
    if isinstance(sch, list):
        return [shallow(spec, s, depth, keep_refs) for s in sch]
    if not isinstance(sch, dict):
        return sch
    if "$ref" in sch:
        n = ref_name(sch["$ref"])
        if keep_refs is not None and n in keep_refs:
            return {"$ref": f"@@{n}"}
        tgt = spec["schemas"].get(n, {}) if n else {}
        if n and tgt.get("type") not in (None, "object", "array") and "properties" not in tgt and depth < 3:
            return shallow(spec, tgt, depth + 1, keep_refs)
        out = {"type": "object"}
        if isinstance(tgt, dict) and isinstance(tgt.get("description"), str):
            out["description"] = tgt["description"]
        return out
    out = {}
    for k, v in sch.items():
        if k in ("properties", "patternProperties", "$defs", "definitions") and isinstance(v, dict):
            out[k] = {pk: shallow(spec, pv, depth + 1, keep_refs) for pk, pv in v.items()}
        elif k in ("items", "additionalProperties", "not") and isinstance(v, dict):
            out[k] = shallow(spec, v, depth + 1, keep_refs)
        elif k in ("allOf", "anyOf", "oneOf") and isinstance(v, list):
            out[k] = [shallow(spec, s, depth + 1, keep_refs) for s in v]
        elif k == "example" or k == "x-speakeasy-name-override" or k.startswith("x-speakeasy"):
            continue
        else:
            out[k] = v
    return out


def direct_refs(sch, acc):
    if isinstance(sch, dict):
        n = ref_name(sch.get("$ref"))
        if n and n not in acc:
            acc.append(n)
        for v in sch.values():
            direct_refs(v, acc)
    elif isinstance(sch, list):
        for v in sch:
            direct_refs(v, acc)
    return acc


def merge_allof(spec, sch):
    if isinstance(sch, dict) and "$ref" in sch:
        sch = spec["schemas"].get(ref_name(sch["$ref"]), {})
    if not isinstance(sch, dict):
        return {}
    if "allOf" in sch:
        out = {"type": "object", "properties": {}, "required": []}
        for part in sch["allOf"]:
            m = merge_allof(spec, part)
            out["properties"].update(m.get("properties", {}))
            out["required"] += m.get("required", [])
            if "description" in m and "description" not in out:
                out["description"] = m["description"]
        return out
    if "oneOf" in sch or "anyOf" in sch:
        return merge_allof(spec, (sch.get("oneOf") or sch.get("anyOf"))[0])
    return sch


def schema_units():
    out = []
    for h, specs in HOSTS.items():
        for sname, spec in specs.items():
            for name, sch in spec["schemas"].items():
                if not isinstance(sch, dict) or len(sch.get("properties", {})) < 3:
                    continue
                size = len(json.dumps(sch))
                if not 400 <= size <= 30000:
                    continue
                out.append({"host": h, "spec": sname, "type": "schema", "name": name, "units": [f"{h}|{sname}|schema:{name}"]})
    return out


def op_units(rng_seed):
    out = []
    for h, specs in HOSTS.items():
        for sname, spec in specs.items():
            ops = spec["operations"]
            r = random.Random(skey(rng_seed, h, sname))
            i = 0
            while i < len(ops):
                n = r.choice([1, 1, 1, 2, 3])
                grp = ops[i:i + n]
                i += n
                out.append({"host": h, "spec": sname, "type": "ops", "ops": grp,
                            "name": "+".join(o["operationId"] for o in grp),
                            "units": [f"{h}|{sname}|op:{o['operationId']}" for o in grp],
                            "has_body": any(o.get("requestBody") for o in grp)})
    return out


# ------------------------------------------------------------------ documents
def schema_doc(unit, wrapper):
    spec = HOSTS[unit["host"]][unit["spec"]]
    main = spec["schemas"][unit["name"]]
    refs = [r for r in direct_refs(main, []) if r != unit["name"] and r in spec["schemas"]][:6]
    keep = set(refs) | {unit["name"]}
    body = shallow(spec, main, 0, keep)
    defs = {r: shallow(spec, spec["schemas"][r], 1, set()) for r in refs}
    title = f"{spec['info']['title']} {spec['info']['version']}"
    if wrapper == "jsonschema-draft06":
        doc = {"$schema": "http://json-schema.org/draft-06/schema#", "title": unit["name"]}
        doc.update({k: v for k, v in body.items() if k != "title"})
        if defs:
            doc["definitions"] = defs
        s = json.dumps(doc, ensure_ascii=False).replace('"@@' + unit["name"] + '"', '"#"')
        s = re.sub(r'"@@([^"]+)"', lambda m: json.dumps("#/definitions/" + m.group(1)), s)
        doc = json.loads(s)
        roots = [""] + [f"/definitions/{esc(r)}" for r in defs]
    else:
        comps = {unit["name"]: body, **defs}
        doc = {"asyncapi": "2.6.0", "info": {"title": f"{title} events", "version": spec["info"]["version"]},
               "channels": {f"{unit['spec']}/{unit['name']}": {"subscribe": {
                   "operationId": f"on{unit['name'][:1].upper()}{unit['name'][1:]}",
                   "message": {"$ref": f"#/components/messages/{unit['name']}"}}}},
               "components": {"messages": {unit["name"]: {"name": unit["name"], "contentType": "application/json",
                                                           "payload": {"$ref": f"#/components/schemas/{unit['name']}"}}},
                              "schemas": comps}}
        s = json.dumps(doc, ensure_ascii=False)
        s = re.sub(r'"@@([^"]+)"', lambda m: json.dumps("#/components/schemas/" + m.group(1)), s)
        doc = json.loads(s)
        roots = [f"/components/schemas/{esc(n)}" for n in comps]
    return doc, roots, []


def op_inputs(spec, op):
    props, req = {}, []
    for p in op["parameters"]:
        p = resolve_param(spec, p)
        if not p or p.get("in") not in ("path", "query"):
            continue
        s = shallow(spec, p.get("schema", {"type": "string"}), 1, set())
        if p.get("description") and "description" not in s:
            s = {**s, "description": p["description"]}
        props[p["name"]] = s
        if p.get("required"):
            req.append(p["name"])
    body = op.get("requestBody")
    if isinstance(body, dict) and "$ref" in body:
        body = spec["requestBodies"].get(body["$ref"].split("/")[-1])
    if isinstance(body, dict):
        sch = body.get("content", {}).get("application/json", {}).get("schema")
        if sch is not None:
            m = merge_allof(spec, sch)
            for k, v in m.get("properties", {}).items():
                props.setdefault(k, shallow(spec, v, 1, set()))
            req += [r for r in m.get("required", []) if r in props and r not in req]
    out = {"type": "object", "properties": props}
    if req:
        out["required"] = req
    return out


def op_desc(op):
    parts = [x.strip() for x in (op.get("summary"), op.get("description")) if isinstance(x, str) and x.strip()]
    if len(parts) == 2 and parts[1].startswith(parts[0]):
        parts = parts[1:]
    return "\n\n".join(parts) if parts else op["operationId"]


def op_output(spec, op):
    r = op.get("response")
    if not r:
        return None
    if "$response_ref" in r:
        rr = spec.get("responses", {}).get(r["$response_ref"].split("/")[-1], {})
        r = rr.get("content", {}).get("application/json", {}).get("schema")
        if r is None:
            return None
    m = merge_allof(spec, r)
    if not m.get("properties"):
        return None
    return {"type": "object", "properties": {k: shallow(spec, v, 1, set()) for k, v in m["properties"].items()}}


def humanize(op_id):
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", op_id).replace("_", " ").capitalize()


def tool_doc(unit, wrapper, rng):
    spec = HOSTS[unit["host"]][unit["spec"]]
    tools = [{"name": o["operationId"], "description": op_desc(o), "schema": op_inputs(spec, o), "op": o} for o in unit["ops"]]
    first = unit["ops"][0]
    ask = f"{first.get('summary') or humanize(first['operationId'])} for our workspace."
    uid = "%032x" % rng.getrandbits(128)
    if wrapper == "openapi-paths":
        paths = {}
        roots, tp = [], []
        for o in unit["ops"]:
            item = {"operationId": o["operationId"]}
            if o.get("summary"):
                item["summary"] = o["summary"]
            if o.get("description"):
                item["description"] = o["description"]
            params = []
            for p in o["parameters"]:
                p = resolve_param(spec, p)
                if not p or p.get("in") not in ("path", "query"):
                    continue
                q = {k: p[k] for k in ("name", "in", "required", "description") if k in p}
                q["schema"] = shallow(spec, p.get("schema", {"type": "string"}), 1, set())
                params.append(q)
            if params:
                item["parameters"] = params
            body = op_inputs(spec, {**o, "parameters": []})
            if body["properties"]:
                item["requestBody"] = {"content": {"application/json": {"schema": body}}}
            paths.setdefault(o["path"], {})[o["method"]] = item
            base = f"/paths/{esc(o['path'])}/{o['method']}"
            if body["properties"]:
                roots.append(base + "/requestBody/content/application~1json/schema")
            for i in range(len(params)):
                roots.append(f"{base}/parameters/{i}")
        doc = {"openapi": "3.0.3", "info": {"title": spec["info"]["title"], "version": spec["info"]["version"]},
               "paths": paths}
        return doc, roots, tp
    if wrapper == "anthropic-batch":
        doc = {"requests": [{"custom_id": f"{unit['spec']}-{first['operationId']}-1", "params": {
            "model": "claude-sonnet-4-5", "max_tokens": 1024,
            "messages": [{"role": "user", "content": ask}],
            "tools": [{"name": t["name"], "description": t["description"], "input_schema": t["schema"]} for t in tools],
            "metadata": {"user_id": uid}}}]}
        tp = [(f"/requests/0/params/tools/{i}", "/input_schema") for i in range(len(tools))]
    elif wrapper == "openai-batch":
        doc = {"custom_id": f"{unit['spec']}-{first['operationId']}-1", "method": "POST", "url": "/v1/chat/completions",
               "body": {"model": "gpt-4.1-mini", "store": True, "messages": [{"role": "user", "content": ask}],
                        "tools": [{"type": "function", "function": {"name": t["name"], "description": t["description"],
                                                                     "parameters": t["schema"], "strict": True}} for t in tools],
                        "metadata": {"user_id": uid}}}
        tp = [(f"/body/tools/{i}/function", "/parameters") for i in range(len(tools))]
    elif wrapper == "openai-realtime":
        doc = {"type": "session.update", "session": {"type": "realtime", "instructions": ask,
                                                     "tools": [{"type": "function", "name": t["name"],
                                                                "description": t["description"], "parameters": t["schema"]}
                                                               for t in tools], "tool_choice": "auto"}}
        tp = [(f"/session/tools/{i}", "/parameters") for i in range(len(tools))]
    elif wrapper == "openai-assistant":
        doc = {"model": "gpt-4.1", "name": f"{spec['info']['title']} helper", "instructions": ask,
               "tools": [{"type": "function", "function": {"name": t["name"], "description": t["description"],
                                                           "parameters": t["schema"]}} for t in tools]}
        tp = [(f"/tools/{i}/function", "/parameters") for i in range(len(tools))]
    elif wrapper == "mcp-outputschema":
        tl = []
        for t in tools:
            e = {"name": t["name"], "title": humanize(t["name"]), "description": t["description"], "inputSchema": t["schema"]}
            out = op_output(spec, t["op"])
            if out:
                e["outputSchema"] = out
            e["annotations"] = {"title": humanize(t["name"]), "readOnlyHint": t["op"]["method"] == "get"}
            tl.append(e)
        doc = {"jsonrpc": "2.0", "id": 1, "result": {"tools": tl}}
        tp = [(f"/result/tools/{i}", "/inputSchema") for i in range(len(tools))]
    else:  # ollama-chat
        doc = {"model": "llama3.1", "messages": [{"role": "user", "content": ask}], "stream": False,
               "tools": [{"type": "function", "function": {"name": t["name"], "description": t["description"],
                                                           "parameters": t["schema"]}} for t in tools]}
        tp = [(f"/tools/{i}/function", "/parameters") for i in range(len(tools))]
    roots = [a + b for a, b in tp]
    return doc, roots, tp


def make_doc(unit, wrapper, rng):
    if unit["type"] == "schema":
        return schema_doc(unit, wrapper)
    return tool_doc(unit, wrapper, rng)


def file_base(unit, wrapper):
    nm = re.sub(r"[^A-Za-z0-9_+-]+", "-", unit["name"])[:60]
    return f"{unit['host']}.{unit['spec']}.{nm}"


# ------------------------------------------------------------------ cue vocabularies
LANGS = ["vi", "th", "ro", "fi", "uk", "ms", "fa"]
CUE_WORDS = {  # category -> {lang/standard: cue word for text}
    "PERSON": {"vi": "họ tên", "th": "chue-sakun", "ro": "nume complet", "fi": "koko nimi", "uk": "PIB",
               "ms": "nama penuh", "fa": "nam-e kamel", "aamva": "DAA", "hmis": "HMIS 3.01 Name",
               "uscdi": "USCDI Related Person's Name", "icao": "MRZ name field"},
    "DATE_OF_BIRTH": {"vi": "ngày sinh", "th": "wan koet", "ro": "data nașterii", "fi": "syntymäaika",
                      "uk": "data narodzhennia", "ms": "tarikh lahir", "fa": "tarikh-e tavallod", "aamva": "DBB",
                      "hmis": "DOB (HMIS 3.03)", "uscdi": "USCDI Date of Birth", "openimis": "openIMIS insuree dob"},
    "US_SSN": {"hmis": "HMIS 3.02 SSN", "en": "SSN", "vi": "số an sinh xã hội (Mỹ)", "fi": "US-sosiaaliturvatunnus",
               "ro": "număr de securitate socială SUA", "ms": "nombor keselamatan sosial AS"},
    "MRN": {"vi": "số hồ sơ bệnh án", "th": "lek HN", "ro": "numărul foii de observație", "fi": "potilasnumero",
            "uk": "nomer medychnoi kartky", "ms": "nombor rekod perubatan", "fa": "shomare-ye parvande-ye pezeshki",
            "en": "MRN"},
    "PHONE_NUMBER": {"vi": "số điện thoại", "th": "boe tho", "ro": "număr de telefon", "fi": "puhelinnumero",
                     "uk": "nomer telefonu", "ms": "nombor telefon", "fa": "shomare-ye telefon",
                     "uscdi": "USCDI Phone Number", "dhis2": "DHIS2 Mobile number"},
    "EMAIL_ADDRESS": {"vi": "thư điện tử", "fi": "sähköposti", "ms": "emel", "uk": "elektronna poshta",
                      "uscdi": "USCDI Email Address"},
    "STREET_ADDRESS": {"vi": "địa chỉ", "th": "thi yu", "ro": "adresa", "fi": "katuosoite", "uk": "adresa prozhyvannia",
                       "ms": "alamat", "fa": "neshani", "aamva": "DAG", "uscdi": "USCDI Current Address"},
    "ZIP_CODE": {"vi": "mã bưu chính", "th": "rahat praisani", "ro": "cod poștal", "fi": "postinumero",
                 "uk": "poshtovyi indeks", "ms": "poskod", "fa": "code-e posti", "aamva": "DAK",
                 "hmis": "HMIS LastPermanentZIP"},
    "HEALTH_PLAN_ID": {"mbi": "MBI", "philhealth": "PhilHealth PIN", "vn_bhyt": "số thẻ BHYT",
                       "openimis_chfid": "openIMIS CHF ID", "uscdi": "USCDI Member Identifier"},
    "ACCOUNT_NUMBER": {"vi": "số tài khoản", "ro": "număr de cont", "fi": "tilinumero", "uk": "nomer rakhunku",
                       "ms": "nombor akaun", "fa": "shomare-ye hesab", "en": "IBAN", "card": "card no."},
    "DEVICE_ID": {"imei": "IMEI", "imeisv": "IMEISV", "mac": "MAC", "gs1_udi": "USCDI Unique Device Identifier",
                  "implant": "implant serial", "fi": "laitteen sarjanumero", "vi": "số sê-ri thiết bị"},
    "VEHICLE_ID": {"vi": "số khung", "th": "lek tua thang", "ro": "serie șasiu", "fi": "valmistenumero",
                   "uk": "nomer kuzova", "ms": "nombor casis", "fa": "shomare-ye shasi", "en": "VIN"},
    "IP_ADDRESS": {"vi": "địa chỉ IP", "ro": "adresa IP", "fi": "IP-osoite", "uk": "IP-adresa", "ms": "alamat IP",
                   "en": "client IP"},
    "URL": {"en": "profile"},
    "LICENSE_NUMBER": {},
    "SECRET": {"vi": "mật khẩu", "th": "rahat phan", "ro": "parolă", "fi": "salasana", "uk": "parol",
               "ms": "kata laluan", "fa": "ramz-e obur"},
}
DOB_FMT_CUE = {"dob_aamva_us_mmddccyy": "aamva", "dob_aamva_ca_ccyymmdd": "aamva", "dob_vi_long": "vi",
               "dob_th_buddhist_era": "th", "dob_ro_long": "ro", "dob_fi_long": "fi", "dob_uk_romanised": "uk",
               "dob_ms_long": "ms", "dob_fa_jalali": "fa"}
KEY_CUES = {  # category -> keys for key_cue placement (value under this key)
    "PERSON": ["ho_ten", "chueSakun", "nume_complet", "koko_nimi", "PIB", "nama_penuh", "nam_kamel", "DAA",
               "mrz_name", "related_person_name"],
    "DATE_OF_BIRTH": ["ngay_sinh", "wanKoet", "data_nasterii", "syntymaaika", "data-narodzhennia", "tarikh_lahir",
                      "tarikh_tavallod", "DBB", "DOB", "dateOfBirth"],
    "US_SSN": ["SSN", "ssn_hmis", "socialSecurityNumber", "so_an_sinh_my"],
    "MRN": ["so_ho_so_benh_an", "lek_hn", "numar_foaie_observatie", "potilasnumero", "nomer-medkartky",
            "nombor_rekod_perubatan", "shomare_parvande", "MedicalRecordNumber"],
    "PHONE_NUMBER": ["so_dien_thoai", "boeTho", "numar_telefon", "puhelinnumero", "nomer_telefonu", "nombor_telefon",
                     "shomare_telefon", "mobileNumber"],
    "EMAIL_ADDRESS": ["thu_dien_tu", "sahkoposti", "emel", "elektronna-poshta"],
    "STREET_ADDRESS": ["dia_chi", "thiYu", "adresa", "katuosoite", "adresa_prozhyvannia", "alamat", "neshani", "DAG"],
    "ZIP_CODE": ["ma_buu_chinh", "rahatPraisani", "cod_postal", "postinumero", "poshtovyi_indeks", "poskod",
                 "code_posti", "DAK", "LastPermanentZIP"],
    "HEALTH_PLAN_ID": ["so_the_bhyt", "chfId", "philhealthPin", "medicareBeneficiaryId", "memberIdentifier"],
    "ACCOUNT_NUMBER": ["so_tai_khoan", "numar_cont", "tilinumero", "nomer_rakhunku", "nombor_akaun", "shomare_hesab",
                       "shomare_sheba", "IBAN"],
    "LICENSE_NUMBER": ["so_gplx", "DAQ", "posvidchennia_vodiia", "licenceNumber", "bai_khap_khi", "numar_permis"],
    "DEVICE_ID": ["so_imei", "laitteen_sarjanumero", "udi", "macAddress", "IMEI"],
    "VEHICLE_ID": ["so_khung", "lek_tua_thang", "serie_sasiu", "valmistenumero", "nomer_kuzova", "nombor_casis",
                   "shomare_shasi", "VIN"],
    "IP_ADDRESS": ["dia_chi_ip", "adresa_ip", "ip_osoite", "IP_ADRESA", "alamat_ip", "clientIp"],
    "URL": ["profileUrl", "trang_ca_nhan", "profiili"],
    "SECRET": ["mat_khau", "rahatPhan", "parola", "salasana", "parol", "kata_laluan", "ramz_obur", "connectionString"],
}
JOIN_PREFIX = {  # category -> prefixes for joined values (keys, regex keys, tool names, file names)
    "DATE_OF_BIRTH": ["ngaysinh_", "wankoet_", "nasterii_", "syntyma_", "narodzh_", "lahir_", "tavallod_", "dbb_", "dob_"],
    "US_SSN": ["ssn_", "hmis_ssn_", "socsec_"],
    "MRN": ["hsba_", "hn_", "fo_", "potilas_", "medkartka_", "mrn_", "parvande_"],
    "PHONE_NUMBER": ["sdt_", "tel_", "puh_", "telefon_", "phone_"],
    "ZIP_CODE": ["zip_", "postinro_", "poskod_", "indeks_", "dak_"],
    "HEALTH_PLAN_ID": ["bhyt_", "chfid_", "philhealth_", "mbi_"],
    "ACCOUNT_NUMBER": ["iban_", "stk_", "tili_", "rakhunok_", "akaun_", "sheba_", "card_"],
    "LICENSE_NUMBER": ["dl_", "gplx_", "daq_"],
    "DEVICE_ID": ["imei_", "mac_", "imeisv_", "sn_"],
    "VEHICLE_ID": ["vin_", "sokhung_", "sasiu_", "kuzov_", "casis_", ""],
    "IP_ADDRESS": ["ip_", "dia_chi_ip_", "ipaddr_"],
    "PERSON": ["", "", "pib_", "hoten_"],
    "EMAIL_ADDRESS": [""],
}
GENERIC_KEYS = ["value", "sample", "fixture", "legacy_ref", "imported_text", "gia_tri", "khomun", "valoare",
                "arvo", "znachennia", "nilai", "meghdar"]
LEAD_INS = ["Sample row: ", "Ví dụ từ phiếu nhập: ", "Tua yang jak kan nam khao: ", "Exemplu din import: ",
            "Esimerkki tuonnista: ", "Pryklad z importu: ", "Contoh daripada import: ", "Nemune az darkhast: "]
XKEYS = ["x-provenance", "x-sample-source", "x-import-note", "x-ghi-chu", "x-huomautus", "x-nota"]


def cue_for(cat, gen, rng):
    words = CUE_WORDS[cat]
    if cat == "DATE_OF_BIRTH" and gen["kind"] in DOB_FMT_CUE:
        return words[DOB_FMT_CUE[gen["kind"]]]
    if cat == "HEALTH_PLAN_ID":
        k = gen["kind"].replace("hp_", "").replace("_dashed", "")
        return words.get(k, words["uscdi"])
    if cat == "LICENSE_NUMBER":
        return f"{gen['jurisdiction']} driver licence no."
    if cat == "DEVICE_ID":
        k = gen["kind"]
        if k.startswith("mac"):
            return "MAC"
        if k.startswith("gs1"):
            return words["gs1_udi"]
        if k == "implant_serial":
            return rng.choice([words["implant"], words["fi"], words["vi"]])
        return words[k]
    if cat == "ACCOUNT_NUMBER":
        if gen["kind"].startswith("card"):
            return rng.choice(["card no.", "số thẻ", "shomare-ye kart", "nombor kad"])
        if gen["kind"].startswith("iban"):
            return rng.choice(["IBAN", "shomare-ye sheba" if "_ir" in gen["kind"] else "IBAN", words["ro"], words["fi"]])
        if gen["kind"] in ("acct_bsb", "acct_ifsc"):
            return rng.choice([words["en"].replace("IBAN", "bank account"), words["ms"], words["fi"]])
        return words["vi"]
    return words[rng.choice(sorted(words))]


def join_form(cat, gen, rng, allow_bare=True):
    """text usable inside a key / tool name / file name; returns (token, value_in_token, placement)."""
    j = gen.get("joined")
    if j is None:
        return None
    pre = rng.choice(JOIN_PREFIX.get(cat, [""]))
    if cat == "LICENSE_NUMBER":
        pre = f"dl_{gen['juris']}_" if rng.random() < 0.6 else {"vn_gplx": "gplx_", "ca_nb": "daq_nb_", "ca_pe": "daq_pe_"}.get(gen["juris"], f"dl_{gen['juris']}_")
    if not gen["alone"] and pre == "":
        pre = rng.choice([p for p in JOIN_PREFIX[cat] if p])
    return pre + j, j, ("text_cue" if pre else "no_cue")


# ------------------------------------------------------------------ the plant machinery
FORMAT_CYCLES = {  # category -> (generator keyword, formats drawn from a shuffled cycle so that all appear)
    "PERSON": ("fmt", ["natural", "two_given", "family_comma", "icao_mrz", "aamva_daa", "upper", "lower",
                       "native_script_th", "native_script_fa"]),
    "DATE_OF_BIRTH": ("fmt", ["aamva_us_mmddccyy", "aamva_ca_ccyymmdd", "vi_long", "th_buddhist_era", "ro_long",
                              "fi_long", "uk_romanised", "ms_long", "fa_jalali", "iso"]),
    "US_SSN": ("fmt", ["dashed", "spaced", "plain", "dashed"]),
    "PHONE_NUMBER": ("fmt", ["us_paren", "us_e164", "us_plus1_paren", "us_dots", "us_1_spaced", "intl_e164",
                             "intl_international", "intl_national"]),
    "STREET_ADDRESS": ("fmt", ["us_full", "us_full", "us_line", "th_script", "ro", "ua_romanised", "my", "rs",
                               "ir_romanised"]),
    "MRN": ("fmt", ["thai_hn", "ro_fo", "site_check", "hash7", "bare9", "vi_bv"]),
    "HEALTH_PLAN_ID": ("fmt", ["mbi", "mbi_dashed", "philhealth", "vn_bhyt", "openimis_chfid"]),
    "ACCOUNT_NUMBER": ("fmt", ["iban", "iban", "card", "card", "bsb", "ifsc", "vn_bank"]),
    "LICENSE_NUMBER": ("juris", sorted(V.LICENCES)),
    "DEVICE_ID": ("fmt", ["imei", "imeisv", "mac_colon_lower", "mac_colon_upper", "mac_dash", "mac_dot", "gs1_udi",
                          "implant_serial"]),
    "IP_ADDRESS": ("fmt", ["v4", "v4_port", "v4_cidr32", "v6", "v6_bracket_port"]),
    "URL": ("fmt", ["findagrave", "billiongraves", "helphopelive", "fundrazr", "telegram", "steam", "chesscom",
                    "lichess", "kaggle", "researchgate", "scholar", "portal"]),
    "SECRET": ("kind", list(V.SECRET_KINDS)),
}


class Planter:
    def __init__(self, rng):
        self.rng = rng
        self.crng = random.Random(SEED + 1)
        self.cycles = {}
        self.values = set()

    def _ok(self, g, need_join, need_alone):
        if need_join and not (g.get("joined") and re.fullmatch(r"[A-Za-z0-9_.@+-]+", g["joined"])):
            return False
        if need_alone and not g["alone"]:
            return False
        return g["value"] not in self.values

    def gen(self, cat, need_join=False, need_alone=False):
        if cat in ("PERSON", "DATE_OF_BIRTH") and need_join:
            for _ in range(200):
                g = V.person_joined(self.rng) if cat == "PERSON" else V.dob_joined(self.rng)
                if self._ok(g, need_join, need_alone):
                    self.values.add(g["value"])
                    return g
        if cat in FORMAT_CYCLES:
            kw, fmts = FORMAT_CYCLES[cat]
            if not self.cycles.get(cat):
                c = list(fmts)
                self.crng.shuffle(c)
                self.cycles[cat] = c
            cyc = self.cycles[cat]
            for idx, f in enumerate(cyc):
                for _ in range(20):
                    g = V.GENERATORS[cat](self.rng, **{kw: f})
                    if self._ok(g, need_join, need_alone):
                        cyc.pop(idx)
                        self.values.add(g["value"])
                        return g
        for _ in range(500):
            g = V.GENERATORS[cat](self.rng)
            if self._ok(g, need_join, need_alone):
                self.values.add(g["value"])
                return g
        raise RuntimeError(cat)


def string_props(doc, roots):
    """(pointer, schema) of host string properties (or parameters) with none of the value keywords."""
    out = []
    for r in roots:
        node = ptr_get(doc, r)
        if "schema" in node and "name" in node and "in" in node:  # openapi parameter
            s = node["schema"]
            if isinstance(s, dict) and s.get("type") == "string" and not any(k in s for k in ("enum", "const", "default", "examples", "pattern", "format")):
                out.append((r + "/schema", s, r))
            continue
        for k, v in node.get("properties", {}).items():
            if isinstance(v, dict) and v.get("type") == "string" and not any(
                    x in v for x in ("enum", "const", "default", "examples", "pattern", "format", "$ref")):
                out.append((f"{r}/properties/{esc(k)}", v, f"{r}/properties/{esc(k)}"))
    return out


def described_props(doc, roots):
    out = []
    for r in roots:
        node = ptr_get(doc, r)
        if "schema" in node and "name" in node and "in" in node:
            if isinstance(node.get("description"), str):
                out.append(r)
            continue
        for k, v in node.get("properties", {}).items():
            if isinstance(v, dict) and isinstance(v.get("description"), str) and v["description"].strip():
                out.append(f"{r}/properties/{esc(k)}")
    return out


def object_roots(doc, roots):
    return [r for r in roots if isinstance(ptr_get(doc, r).get("properties"), dict)]


# ------------------------------------------------------------------ per-file context
class FileCtx:
    def __init__(self, wrapper, unit, rng):
        self.wrapper, self.unit = wrapper, unit
        self.doc, self.roots, self.tp = make_doc(unit, wrapper, rng)
        self.labels = []
        self.used_ptrs = {}
        self.used_tools = {"tool_name": set(), "tool_description": set()}
        self.fname_token = None
        self.n_pos = 0
        self.n_all = 0
        self.meta_used = set()

    @property
    def is_tool(self):
        return self.wrapper in TOOL_WRAPPERS

    def n_tools(self):
        return len(self.tp)


def add_label(ctx, pointer, surface, category, value, kind, placement, raw=None):
    key = (pointer, surface if surface in ("property_name", "pattern_property", "file_name") else "v")
    prev = ctx.used_ptrs.setdefault(key, [])
    assert category not in prev, (ctx.unit["name"], pointer, category)
    assert not (category == "NONE" and prev) and "NONE" not in prev
    prev.append(category)
    lab = {"pointer": pointer, "surface": surface, "category": category, "value": value, "kind": kind,
           "placement": placement}
    if raw is not None:
        lab["raw"] = raw
    ctx.labels.append(lab)


def unique_key(props, key):
    k, i = key, 2
    while k in props:
        k = f"{key}_{i}"
        i += 1
    return k


def new_prop(ctx, rng, key, schema):
    roots = object_roots(ctx.doc, ctx.roots)
    r = rng.choice(roots)
    props = ptr_get(ctx.doc, r)["properties"]
    key = unique_key(props, key)
    props[key] = schema
    return f"{r}/properties/{esc(key)}", key


def cue_text(cue, v, rng):
    return rng.choice([f"{cue}: {v}", f"({cue}: {v})", f"{cue} {v}", f"{cue} = {v}"])


FILLERS = ["UNKNOWN", "", "n/a", "other"]


def value_mode(gen, rng, allow_host=True):
    if gen["alone"]:
        modes = ["key_cue", "no_cue_generic", "no_cue_host", "text_cue"] if allow_host else ["key_cue", "no_cue_generic", "text_cue"]
        return rng.choice(modes)
    return rng.choice(["key_cue", "text_cue"])


def plant_value_surface(ctx, rng, P, surface, cat):
    """enum / const / default / examples / title / pattern."""
    gen = P.gen(cat)
    v = gen["value"]
    mode = value_mode(gen, rng)
    if surface == "pattern" and mode == "text_cue":
        mode = "key_cue" if not gen["alone"] else "no_cue_generic"
    hosts = [h for h in string_props(ctx.doc, ctx.roots) if (h[0], "v") not in ctx.used_ptrs and not h[0].endswith("/schema")]
    if mode == "no_cue_host" and not hosts:
        mode = "no_cue_generic"
    text = v
    placement = {"key_cue": "key_cue", "no_cue_generic": "no_cue", "no_cue_host": "no_cue", "text_cue": "text_cue"}[mode]
    if mode == "text_cue":
        text = cue_text(cue_for(cat, gen, rng), v, rng)
    if mode == "no_cue_host":
        ptr, sch, _ = rng.choice(hosts)
    else:
        key = rng.choice(KEY_CUES[cat]) if mode == "key_cue" else rng.choice(GENERIC_KEYS)
        ptr, _ = new_prop(ctx, rng, key, {"type": "string"})
        sch = ptr_get(ctx.doc, ptr)
    raw = None
    if surface == "enum":
        items = [text, rng.choice(FILLERS)]
        rng.shuffle(items)
        sch["enum"] = items
        lp, lv = f"{ptr}/enum/{items.index(text)}", v
    elif surface == "examples":
        items = [text] if rng.random() < 0.5 else [rng.choice(["N/A", "—", "pending"]), text]
        sch["examples"] = items
        lp, lv = f"{ptr}/examples/{items.index(text)}", v
    elif surface == "pattern":
        sch["pattern"] = "^" + rx_escape(text) + "$"
        lp, lv, raw = f"{ptr}/pattern", rx_escape(v), v
        if lv == v:
            raw = None
    else:
        sch[surface] = text
        lp, lv = f"{ptr}/{surface}", v
    add_label(ctx, lp, surface, cat, lv, gen["kind"], placement, raw)


def plant_description(ctx, rng, P, cat, surface="description"):
    gen = P.gen(cat)
    v = gen["value"]
    if gen["alone"] and rng.random() < 0.4:
        add, placement = rng.choice(LEAD_INS) + v, "no_cue"
    else:
        add, placement = cue_text(cue_for(cat, gen, rng), v, rng), "text_cue"
    if surface == "tool_description":
        free = [i for i in range(ctx.n_tools()) if i not in ctx.used_tools["tool_description"]]
        i = rng.choice(free)
        ctx.used_tools["tool_description"].add(i)
        p = ctx.tp[i][0]
        node = ptr_get(ctx.doc, p)
        node["description"] = node["description"].rstrip() + "\n\n" + add + "."
        add_label(ctx, f"{p}/description", surface, cat, v, gen["kind"], placement)
        return
    cands = [p for p in described_props(ctx.doc, ctx.roots) if (f"{p}/description", "v") not in ctx.used_ptrs]
    if cands:
        p = rng.choice(cands)
        node = ptr_get(ctx.doc, p)
        sep = "" if node["description"].rstrip().endswith((".", "!", "?", ":")) else "."
        node["description"] = node["description"].rstrip() + sep + " " + add + "."
    else:
        p, _ = new_prop(ctx, rng, rng.choice(GENERIC_KEYS), {"type": "string", "description": add + "."})
    add_label(ctx, f"{p}/description", surface, cat, v, gen["kind"], placement)


def plant_metadata(ctx, rng, P, cat):
    opts = ["comment", "xkey"]
    if ctx.wrapper in ("anthropic-batch", "openai-batch") and "user_id" not in ctx.meta_used:
        opts += ["user_id"] * 6
    if ctx.wrapper == "mcp-outputschema" and "ann" not in ctx.meta_used:
        opts += ["ann", "ann"]
    how = rng.choice(opts)
    gen = P.gen(cat, need_alone=how == "user_id")
    v = gen["value"]
    if how == "user_id":
        ctx.meta_used.add("user_id")
        p = "/requests/0/params/metadata/user_id" if ctx.wrapper == "anthropic-batch" else "/body/metadata/user_id"
        node = ptr_get(ctx.doc, p.rsplit("/", 1)[0])
        node["user_id"] = v
        add_label(ctx, p, "metadata", cat, v, gen["kind"], "no_cue")
        return
    if gen["alone"] and rng.random() < 0.4:
        text, placement = rng.choice(LEAD_INS) + v, "no_cue"
    else:
        text, placement = cue_text(cue_for(cat, gen, rng), v, rng), "text_cue"
    if how == "ann":
        ctx.meta_used.add("ann")
        i = rng.randrange(ctx.n_tools())
        p = f"{ctx.tp[i][0]}/annotations/title"
        ann = ptr_get(ctx.doc, ctx.tp[i][0])["annotations"]
        ann["title"] = f"{ann['title']} — {text}"
        add_label(ctx, p, "metadata", cat, v, gen["kind"], placement)
        return
    if how == "comment":
        cands = [r for r in ctx.roots if (f"{r}/$comment", "v") not in ctx.used_ptrs and "$comment" not in ptr_get(ctx.doc, r)]
        props = [p for p, _, _ in string_props(ctx.doc, ctx.roots) if "$comment" not in ptr_get(ctx.doc, p)]
        r = rng.choice(cands + props) if (cands + props) else None
        if r is None:
            r, _ = new_prop(ctx, rng, rng.choice(GENERIC_KEYS), {"type": "string"})
        ptr_get(ctx.doc, r)["$comment"] = text
        add_label(ctx, f"{r}/$comment", "metadata", cat, v, gen["kind"], placement)
        return
    props = [p for p, _, _ in string_props(ctx.doc, ctx.roots)]
    if props:
        r = rng.choice(props)
    else:
        r, _ = new_prop(ctx, rng, rng.choice(GENERIC_KEYS), {"type": "string"})
    node = ptr_get(ctx.doc, r)
    xk = rng.choice([x for x in XKEYS if x not in node])
    node[xk] = text
    add_label(ctx, f"{r}/{esc(xk)}", "metadata", cat, v, gen["kind"], placement)


def joined_gen(P, cat, rng, strict_chars):
    for _ in range(100):
        g = P.gen(cat, need_join=True)
        jf = join_form(cat, g, rng)
        if jf is None:
            continue
        if strict_chars and not re.fullmatch(r"[A-Za-z0-9_-]+", jf[0]):
            continue
        return g, jf
    raise RuntimeError(cat)


def plant_key(ctx, rng, P, cat, surface):
    if cat == "EMAIL_ADDRESS":
        g = P.gen(cat)
        token, val, placement = g["value"], g["value"], "no_cue"
    else:
        g, (token, val, placement) = joined_gen(P, cat, rng, strict_chars=False)
    if surface == "property_name":
        key = token + rng.choice(["", "", "_record", "Notes", "_v2", "_ref"])
        p, key = new_prop(ctx, rng, key, {"type": "string", "description": rng.choice(
            ["Legacy column carried over from the import.", "Kept for the old export.", "Do not use.", "Imported field."])})
        add_label(ctx, p, surface, cat, val, g["kind"] if g["kind"].endswith("_joined") else g["kind"] + "_joined",
                  placement)
        return
    rxs = ["^" + rx_escape(token) + "$", "^" + rx_escape(token) + "(_[a-z]+)?$", "^" + rx_escape(token) + r"\.[0-9]+$"]
    rx = rng.choice(rxs)
    roots = object_roots(ctx.doc, ctx.roots)
    r = rng.choice(roots)
    node = ptr_get(ctx.doc, r)
    node.setdefault("patternProperties", {})[rx] = {"type": "string"}
    lv = rx_escape(val)
    add_label(ctx, f"{r}/patternProperties/{esc(rx)}", surface, cat, lv,
              g["kind"] if g["kind"].endswith("_joined") else g["kind"] + "_regex_key", placement,
              raw=val if lv != val else None)


def plant_tool_name(ctx, rng, P, cat):
    g, (token, val, placement) = joined_gen(P, cat, rng, strict_chars=True)
    free = [i for i in range(ctx.n_tools()) if i not in ctx.used_tools["tool_name"]]
    i = rng.choice(free)
    ctx.used_tools["tool_name"].add(i)
    p = ctx.tp[i][0]
    node = ptr_get(ctx.doc, p)
    base = node["name"][:max(8, 64 - len(token) - 1)]
    node["name"] = f"{base}_{token}"[:64]
    assert val in node["name"]
    add_label(ctx, f"{p}/name", "tool_name", cat, val, g["kind"] if g["kind"].endswith("_joined") else g["kind"] + "_joined", placement)


def plant_file_name(ctx, rng, P, cat):
    g, (token, val, placement) = joined_gen(P, cat, rng, strict_chars=False)
    ctx.fname_token = token
    add_label(ctx, "", "file_name", cat, val, g["kind"] if g["kind"].endswith("_joined") else g["kind"] + "_joined", placement)


def plant_positive(ctx, rng, P, surface, cat):
    if surface in ("enum", "const", "default", "examples", "title", "pattern"):
        plant_value_surface(ctx, rng, P, surface, cat)
    elif surface in ("description", "tool_description"):
        plant_description(ctx, rng, P, cat, surface)
    elif surface == "metadata":
        plant_metadata(ctx, rng, P, cat)
    elif surface in ("property_name", "pattern_property"):
        plant_key(ctx, rng, P, cat, surface)
    elif surface == "tool_name":
        plant_tool_name(ctx, rng, P, cat)
    elif surface == "file_name":
        plant_file_name(ctx, rng, P, cat)
    else:
        raise ValueError(surface)


# ------------------------------------------------------------------ hard negatives
NEG_VALUES = {
    "reserved_placeholder": [
        ("so_dien_thoai", "(209) 555-0143"), ("puhelinnumero", "+1-806-555-0172"), ("numar_telefon", "(985) 555-0119"),
        ("thu_dien_tu", "nguoidung@example.com"), ("sahkoposti", "matti.meikalainen@example.org"),
        ("emel", "pengguna@example.net"), ("clientIp", "192.0.2.45"), ("ip_osoite", "198.51.100.7"),
        ("IP_ADRESA", "2001:db8::1f"), ("SSN", "000-00-0000"), ("ssn_hmis", "XXX-XX-XXXX"),
        ("intercomAccessToken", "<INTERCOM_ACCESS_TOKEN>"), ("hubspot_api_key", "${HUBSPOT_API_KEY}"),
        ("koko_nimi", "Matti Meikäläinen"), ("nume_complet", "Ion Popescu"), ("PIB", "Petro Petrenko"),
        ("mrz_name", "ERIKSSON<<ANNA<MARIA"), ("profileUrl", "https://example.net/contacts/{contactId}"),
        ("lek_hn", "HN 000000/00"), ("medicareBeneficiaryId", "XXXX-XXX-XXXX"), ("VIN", "11111111111111111"),
        ("macAddress", "00:00:5E:00:53:01"), ("shomare_sheba", "IR000000000000000000000000"),
        ("sonar_token", "squ_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"),
    ],
    "category_label_key": ["DBB", "DAQ", "ngay_sinh", "so_ho_so_benh_an", "syntymaaika", "data_nasterii",
                           "nomer_telefonu", "tarikh_lahir", "shomare_parvande", "chfId", "LastPermanentZIP",
                           "SSNDataQuality", "so_the_bhyt", "wan_koet", "DCS", "potilasnumero", "nombor_casis",
                           "medicareBeneficiaryId"],
    "code_enum": [
        ("DBC", ["1", "2", "9"]), ("DAY", ["BLK", "BLU", "BRO", "GRY", "GRN", "HAZ", "MAR", "PNK", "DIC", "UNK"]),
        ("SSNDataQuality", ["1", "2", "8", "9", "99"]), ("DOBDataQuality", ["1", "2", "8", "9", "99"]),
        ("gender", ["M", "F", "O"]), ("valueType", ["TEXT", "PHONE_NUMBER", "EMAIL", "DATE", "AGE", "ORGANISATION_UNIT"]),
        ("documentCode", ["P<", "I<", "AC", "V<"]), ("nationality", ["VNM", "THA", "ROU", "FIN", "UKR", "MYS", "IRN"]),
        ("icd10", ["E11.9", "I10", "J45.909", "N18.3"]), ("gioi_tinh", ["Nam", "Nữ", "Khác"]),
        ("sukupuoli", ["mies", "nainen", "muu"]), ("jantina", ["Lelaki", "Perempuan"]),
        ("jensiat", ["mard", "zan"]), ("state", ["TX", "VA", "CA", "FL", "WI"]), ("phet", ["chai", "ying"]),
    ],
    "format_regex": [
        r"^\d{2}-\d{9}-\d$", r"^[A-Z]\d{2}-\d{2}-\d{6}$", r"^[1-9][AC-HJKMNP-RT-Y][0-9AC-HJKMNP-RT-Y]\d[AC-HJKMNP-RT-Y]"
        r"[0-9AC-HJKMNP-RT-Y]\d[AC-HJKMNP-RT-Y]{2}\d{2}$", r"^IR\d{24}$", r"^[A-HJ-NPR-Z0-9]{17}$",
        r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^[A-Z<]{2,39}$", r"^(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(19|20)\d{2}$",
        r"^6037\d{12}$", r"^[A-Z]{2}[1-5]\d{12}$", r"^squ_[0-9a-f]{40}$", r"^\d{5}(-\d{4})?$", r"^\d{3}-\d{2}-\d{4}$",
    ],
    "name_like_word": [
        ("document_type", ["Bill", "Invoice", "CreditNote"], "Bill"), ("grade_mark", ["Mark", "Pass", "Merit"], "Mark"),
        ("glassware", ["Crystal", "Tempered", "Frosted"], "Crystal"), ("theme_colour", ["Coral", "Teal", "Slate"], "Coral"),
        ("herb", ["Basil", "Thyme", "Sage"], "Basil"), ("shrub", ["Heather", "Gorse", "Broom"], "Heather"),
        ("datacenter_city", ["Houston", "Dallas", "Phoenix"], "Houston"), ("office_city", ["Orlando", "Tampa"], "Orlando"),
        ("county", ["Bristol", "Kent", "Essex"], "Bristol"), ("spice", ["Ginger", "Clove", "Nutmeg"], "Ginger"),
    ],
    "version_date": [
        ("api_version", "2025-01-09"), ("apideck_api_version", "2024-06-01"), ("release", "2024.11.05"),
        ("hmis_standards", "FY2024 (2023-10-01)"), ("aamva_standard", "2020 DL/ID Card Design Standard (2020-10)"),
        ("uscdi_version", "USCDI v4 (2023-07-14)"),
    ],
    "version_text": ["Available since API version 2024-06-01.", "Deprecated as of 2023-11-15.",
                     "Hiệu lực từ 2024-07-01.", "Voimassa alkaen 2024-01-01.", "Schema snapshot 2025-03-31."],
    "category_words_text": [
        "Patient date of birth as AAMVA DBB (MMDDCCYY).", "Số hồ sơ bệnh án của bệnh nhân (không bắt buộc).",
        "HMIS 3.02 Social Security Number, with SSNDataQuality.", "Syntymäaika muodossa VVVV-KK-PP.",
        "Nombor telefon pesakit, format E.164.", "Shomare-ye parvande-ye bimar; do not log.",
        "openIMIS CHF ID of the insuree (9 digits).", "Driver licence number (AAMVA DAQ) as printed on the card.",
    ],
    "tool_category_words": ["_lookup_by_mrn", "_by_so_dien_thoai", "_verify_daq", "_find_by_chfid", "_by_ngay_sinh"],
    "file_name_category_words": ["patient_dob_lookup", "insuree_chfid_sync", "so_the_bhyt_check"],
}


def plant_negative(ctx, rng, kind, surface, pools):
    def take(k):
        lst = pools[k]
        return lst.pop(0)

    if kind == "reserved_placeholder":
        if surface == "description":
            key, v = take(kind)
            cands = [p for p in described_props(ctx.doc, ctx.roots) if (f"{p}/description", "v") not in ctx.used_ptrs]
            if cands:
                p = rng.choice(cands)
                node = ptr_get(ctx.doc, p)
                node["description"] = node["description"].rstrip() + f" Placeholder: {v}."
            else:
                p, _ = new_prop(ctx, rng, key, {"type": "string", "description": f"Placeholder: {v}."})
            add_label(ctx, f"{p}/description", surface, "NONE", v, kind, "none")
            return
        key, v = take(kind)
        p, _ = new_prop(ctx, rng, key, {"type": "string"})
        sch = ptr_get(ctx.doc, p)
        if surface == "enum":
            sch["enum"] = [v, "UNKNOWN"]
            add_label(ctx, f"{p}/enum/0", surface, "NONE", v, kind, "none")
        elif surface == "examples":
            sch["examples"] = [v]
            add_label(ctx, f"{p}/examples/0", surface, "NONE", v, kind, "none")
        else:
            sch[surface] = v
            add_label(ctx, f"{p}/{surface}", surface, "NONE", v, kind, "none")
    elif kind == "category_label_key":
        k = take(kind)
        p, key = new_prop(ctx, rng, k, {"type": "string", "description": rng.choice(
            ["Optional.", "Free text, max 64 characters.", "Mapped from the source system.", "See the import guide."])})
        add_label(ctx, p, surface, "NONE", key, kind, "none")
    elif kind == "code_enum":
        k, items = take(kind)
        p, _ = new_prop(ctx, rng, k, {"type": "string", "enum": items})
        add_label(ctx, f"{p}/enum/0", surface, "NONE", items[0], kind, "none")
    elif kind == "format_regex":
        rx = take(kind)
        if surface == "pattern_property":
            r = rng.choice(object_roots(ctx.doc, ctx.roots))
            ptr_get(ctx.doc, r).setdefault("patternProperties", {})[rx] = {"type": "string"}
            add_label(ctx, f"{r}/patternProperties/{esc(rx)}", surface, "NONE", rx, kind, "none")
        else:
            p, _ = new_prop(ctx, rng, rng.choice(["code", "identifier", "ref", "external_id", "ma_so"]),
                            {"type": "string", "pattern": rx})
            add_label(ctx, f"{p}/pattern", surface, "NONE", rx, kind, "none")
    elif kind == "name_like_word":
        k, items, w = take(kind)
        if surface == "enum":
            p, _ = new_prop(ctx, rng, k, {"type": "string", "enum": items})
            add_label(ctx, f"{p}/enum/{items.index(w)}", surface, "NONE", w, kind, "none")
        elif surface == "examples":
            p, _ = new_prop(ctx, rng, k, {"type": "string", "examples": [w]})
            add_label(ctx, f"{p}/examples/0", surface, "NONE", w, kind, "none")
        else:
            p, _ = new_prop(ctx, rng, k, {"type": "string", surface: w})
            add_label(ctx, f"{p}/{surface}", surface, "NONE", w, kind, "none")
    elif kind == "version_date":
        if surface == "description":
            t = take("version_text")
            cands = [p for p in described_props(ctx.doc, ctx.roots) if (f"{p}/description", "v") not in ctx.used_ptrs]
            p = rng.choice(cands) if cands else new_prop(ctx, rng, "since", {"type": "string", "description": ""})[0]
            node = ptr_get(ctx.doc, p)
            node["description"] = (node["description"].rstrip() + " " + t).strip()
            add_label(ctx, f"{p}/description", surface, "NONE", t, kind, "none")
            return
        k, v = take(kind)
        if surface == "examples":
            p, _ = new_prop(ctx, rng, k, {"type": "string", "examples": [v]})
            add_label(ctx, f"{p}/examples/0", surface, "NONE", v, kind, "none")
        else:
            p, _ = new_prop(ctx, rng, k, {"type": "string", surface: v})
            add_label(ctx, f"{p}/{surface}", surface, "NONE", v, kind, "none")
    elif kind == "category_words_text":
        t = take(kind)
        cands = [p for p in described_props(ctx.doc, ctx.roots) if (f"{p}/description", "v") not in ctx.used_ptrs]
        if cands:
            p = rng.choice(cands)
            node = ptr_get(ctx.doc, p)
            node["description"] = node["description"].rstrip() + " " + t
        else:
            p, _ = new_prop(ctx, rng, "notes", {"type": "string", "description": t})
        add_label(ctx, f"{p}/description", surface, "NONE", t, kind, "none")
    elif kind == "tool_category_words":
        t = take(kind)
        free = [i for i in range(ctx.n_tools()) if i not in ctx.used_tools["tool_name"]]
        i = rng.choice(free)
        ctx.used_tools["tool_name"].add(i)
        p = ctx.tp[i][0]
        node = ptr_get(ctx.doc, p)
        node["name"] = (node["name"][:64 - len(t)] + t)
        add_label(ctx, f"{p}/name", surface, "NONE", t.lstrip("_"), kind, "none")
    elif kind == "file_name_category_words":
        t = take(kind)
        ctx.fname_token = t
        add_label(ctx, "", surface, "NONE", t, kind, "none")


# ------------------------------------------------------------------ plans
BAD_FOR = {
    "tool_name": {"EMAIL_ADDRESS", "URL", "STREET_ADDRESS", "SECRET"},
    "file_name": {"EMAIL_ADDRESS", "URL", "STREET_ADDRESS", "SECRET"},
    "property_name": {"URL", "STREET_ADDRESS", "SECRET"},
    "pattern_property": {"URL", "STREET_ADDRESS", "SECRET"},
}


def make_plans(rng):
    surfaces = [s for s in SURFACES for _ in range(16)]
    cats = []
    for _ in range(13):
        c = CATEGORIES[:]
        rng.shuffle(c)
        cats += c
    rng.shuffle(surfaces)
    plans = [[s, c] for s, c in zip(surfaces, cats)]
    for _ in range(50):
        bad = [i for i, (s, c) in enumerate(plans) if c in BAD_FOR.get(s, ())]
        if not bad:
            break
        for i in bad:
            s, c = plans[i]
            for j in rng.sample(range(len(plans)), len(plans)):
                s2, c2 = plans[j]
                if c2 not in BAD_FOR.get(s, ()) and c not in BAD_FOR.get(s2, ()):
                    plans[i][1], plans[j][1] = c2, c
                    break
    assert not [1 for s, c in plans if c in BAD_FOR.get(s, ())]
    negs = [(k, s) for k, d in NEG_PLAN.items() for s, n in d.items() for _ in range(n)]
    rng.shuffle(negs)
    return plans, negs


def compatible(ctx, surface, per_file_cap):
    if surface in ("tool_name", "tool_description"):
        return ctx.is_tool and len(ctx.used_tools[surface]) < ctx.n_tools() and \
            sum(1 for l in ctx.labels if l["surface"] == surface) < ctx.n_tools()
    if surface == "file_name":
        return ctx.fname_token is None and not any(l["surface"] == "file_name" for l in ctx.labels) and \
            ctx._fn_reserved is False
    return True


def assign(files, plans, negs, rng):
    """returns {file index: [("pos", surface, cat) | ("neg", kind, surface)]}"""
    slots = {i: [] for i in range(len(files))}
    counts = {i: {"tool_name": 0, "tool_description": 0, "file_name": 0, "pos": 0, "all": 0, "metadata": 0} for i in slots}

    def ok(i, surface):
        f = files[i]
        c = counts[i]
        if surface in ("tool_name", "tool_description"):
            return f.is_tool and c[surface] < f.n_tools()
        if surface == "file_name":
            return c["file_name"] == 0
        if surface == "metadata":
            return c["metadata"] < 2
        return True

    order = sorted(range(len(plans)), key=lambda i: (plans[i][0] not in ("tool_name", "tool_description", "file_name"), rng.random()))
    for pi in order:
        s, c = plans[pi]
        cands = [i for i in slots if ok(i, s)]
        m = min(counts[i]["pos"] for i in cands)
        best = [i for i in cands if counts[i]["pos"] == m]
        i = rng.choice(best)
        slots[i].append(("pos", s, c))
        counts[i]["pos"] += 1
        counts[i]["all"] += 1
        if s in counts[i]:
            counts[i][s] += 1
    for k, s in negs:
        cands = [i for i in slots if ok(i, s)]
        m = min(counts[i]["all"] for i in cands)
        best = [i for i in cands if counts[i]["all"] == m]
        i = rng.choice(best)
        slots[i].append(("neg", k, s))
        counts[i]["all"] += 1
        if s in counts[i]:
            counts[i][s] += 1
    return slots


# ------------------------------------------------------------------ main
def base_of(unit):
    m = SRC_MANIFEST[f"hosts/{unit['host']}.subset.json"]
    path = m["path"][0] if unit["host"] == "intercom" else f"{unit['spec']}.yml"
    return f"{m['repo']}@{m['commit']}:{path}#{unit['units'][0].split('|', 2)[2]}"


SRC_MANIFEST = {}


def dump(obj):
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def main():
    verify_sources()
    with open(os.path.join(HERE, "sources", "MANIFEST.jsonl"), encoding="utf-8") as f:
        for ln in f:
            m = json.loads(ln)
            SRC_MANIFEST[m["file"]] = m
    load_hosts()
    rng = random.Random(SEED)
    su = sorted(schema_units(), key=lambda u: skey(SEED, u["units"][0]))
    ou = sorted(op_units(SEED), key=lambda u: skey(SEED, *u["units"]))

    def interleave(lst):
        by = {"intercom": [u for u in lst if u["host"] == "intercom"], "apideck": [u for u in lst if u["host"] == "apideck"]}
        out = []
        while by["intercom"] or by["apideck"]:
            for h in ("intercom", "apideck"):
                if by[h]:
                    out.append(by[h].pop(0))
        return out

    su, ou = interleave(su), interleave(ou)
    # wrapper assignment for planted and real files
    pw = [WRAPPERS[i % len(WRAPPERS)] for i in range(N_PLANTED)]
    rw = [WRAPPERS[i % len(WRAPPERS)] for i in range(N_REAL)]
    used_units = set()

    def take_unit(wrapper):
        pool = su if wrapper in ("jsonschema-draft06", "asyncapi") else ou
        for u in pool:
            if any(x in used_units for x in u["units"]):
                continue
            if wrapper == "openapi-paths" and not u["has_body"]:
                continue
            used_units.update(u["units"])
            pool.remove(u)
            return u
        raise RuntimeError("no unit for " + wrapper)

    # openapi-paths needs units with a JSON body: allocate those first (planted, then real)
    planted_units, real_units = [None] * len(pw), [None] * len(rw)
    for first in (True, False):
        for lst, ws in ((planted_units, pw), (real_units, rw)):
            for i, w in enumerate(ws):
                if (w == "openapi-paths") == first:
                    lst[i] = take_unit(w)
    planted_ids = sorted(x for u in planted_units for x in u["units"])

    files = []
    for w, u in zip(pw, planted_units):
        ctx = FileCtx(w, u, random.Random(skey(SEED, "doc", *u["units"])))
        ctx._fn_reserved = False
        files.append(ctx)
    plans, negs = make_plans(rng)
    slots = assign(files, plans, negs, rng)
    P = Planter(rng)
    pools = {k: list(v) for k, v in NEG_VALUES.items()}
    for k in pools:
        rng.shuffle(pools[k])
    for i, ctx in enumerate(files):
        frng = random.Random(skey(SEED, "plant", i, *ctx.unit["units"]))
        P.rng = frng
        for s in sorted(slots[i], key=lambda x: x[0] != "pos"):
            if s[0] == "pos":
                plant_positive(ctx, frng, P, s[1], s[2])
            else:
                plant_negative(ctx, frng, s[1], s[2], pools)

    out_p = os.path.join(HERE, "planted")
    out_r = os.path.join(HERE, "real")
    for d in (out_p, out_r):
        if os.path.isdir(d):
            shutil.rmtree(d)
    labels = []
    n = 0
    names_seen = set()
    for ctx in files:
        fn = file_base(ctx.unit, ctx.wrapper)
        if ctx.fname_token:
            fn += "." + ctx.fname_token
        fn += ".json"
        rel = f"{ctx.wrapper}/{fn}"
        assert rel not in names_seen
        names_seen.add(rel)
        os.makedirs(os.path.join(out_p, ctx.wrapper), exist_ok=True)
        with open(os.path.join(out_p, rel), "wb") as f:
            f.write(dump(ctx.doc))
        for lab in ctx.labels:
            n += 1
            row = {"id": f"e11-{n:04d}", "file": rel, "pointer": lab["pointer"], "surface": lab["surface"],
                   "category": lab["category"], "value": lab["value"], "kind": lab["kind"], "placement": lab["placement"],
                   "base": base_of(ctx.unit)}
            if "raw" in lab:
                row["raw"] = lab["raw"]
            labels.append(row)
    with open(os.path.join(out_p, "labels.jsonl"), "w", encoding="utf-8") as f:
        for row in labels:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "planted_units.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(planted_ids, indent=1) + "\n")
    man = []
    for w, u in zip(rw, real_units):
        doc, _, _ = make_doc(u, w, random.Random(skey(SEED, "doc", *u["units"])))
        rel = f"{w}/{file_base(u, w)}.json"
        assert rel not in names_seen
        names_seen.add(rel)
        os.makedirs(os.path.join(out_r, w), exist_ok=True)
        with open(os.path.join(out_r, rel), "wb") as f:
            f.write(dump(doc))
        man.append({"file": rel, "format": w, "units": u["units"], "base": base_of(u)})
    with open(os.path.join(out_r, "MANIFEST.jsonl"), "w", encoding="utf-8") as f:
        for m in man:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    pos = sum(1 for l in labels if l["category"] != "NONE")
    print(f"planted files {len(files)}, labels {len(labels)} (positives {pos}, negatives {len(labels) - pos}); real files {len(man)}")


if __name__ == "__main__":
    main()
