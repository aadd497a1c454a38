#!/usr/bin/env python3
"""Deterministic builder for the thirteenth set: sources/ -> planted/ + real/ (+ planted_units.json).

stdlib + phonenumbers only; offline. Seed 131313. See README.md.
"""
import copy, hashlib, json, os, posixpath, random, re, shutil, sys
import values as V

SEED = 131313
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sources")
PLANTED, REAL = os.path.join(HERE, "planted"), os.path.join(HERE, "real")
PER_WRAPPER = 13
CATS = ["PERSON", "DATE_OF_BIRTH", "US_SSN", "MRN", "HEALTH_PLAN_ID", "PHONE_NUMBER", "EMAIL_ADDRESS",
        "STREET_ADDRESS", "ZIP_CODE", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID", "IP_ADDRESS",
        "URL", "SECRET"]
SURFACES = ["property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples",
            "default", "tool_name", "tool_description", "file_name", "metadata"]
JOINED_SURFACES = {"property_name", "pattern_property", "tool_name", "file_name"}
NOT_JOINABLE = {"EMAIL_ADDRESS", "STREET_ADDRESS", "URL", "SECRET"}
SCHEMA_ALL = {"property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples",
              "default", "metadata", "file_name"}
WRAPPERS = {
    "jsonschema-draft-03": {"kind": "schema", "surfaces": SCHEMA_ALL - {"const", "examples"}},
    "openapi31-webhooks": {"kind": "schema", "surfaces": SCHEMA_ALL},
    "tgi-grammar": {"kind": "schema", "surfaces": SCHEMA_ALL},
    "llamacpp-completion": {"kind": "schema", "surfaces": SCHEMA_ALL},
    "fireworks-json-mode": {"kind": "schema", "surfaces": SCHEMA_ALL},
    "cloudflare-workers-ai": {"kind": "tool", "surfaces": {"property_name", "enum", "description", "default",
                                                            "tool_name", "tool_description", "file_name"}},
    "haystack-tool-invoker": {"kind": "tool", "surfaces": SCHEMA_ALL | {"tool_name", "tool_description"}},
    "agentcore-gateway-target": {"kind": "tool", "surfaces": {"property_name", "enum", "description", "tool_name",
                                                               "tool_description", "file_name"}},
}

# ------------------------------------------------------------------ cue vocabulary
# key cues: ISO/IEC 18013-5 mDL and EU PID (ARF) attribute identifiers, GEDCOM tags, IEEE 11073-10101 MDC
# attribute ids, Bluetooth GATT Device Information characteristics; romanised Georgian, Mongolian, Estonian keys
KEY_CUES = {
    "PERSON": ["NAME", "INDI_NAME", "sakheli_gvari", "ovog_ner", "ees_ja_perekonnanimi", "holder_full_name"],
    "DATE_OF_BIRTH": ["birth_date", "BIRT_DATE", "dabadebis_tarighi", "tursun_ognoo", "synniaeg"],
    "US_SSN": ["SSN", "INDI_SSN", "IDNO_SSN"],
    "MRN": ["haigusloo_number", "samedicino_baratis_nomeri", "emchilgeenii_kartyn_dugaar", "REFN_MRN"],
    "HEALTH_PLAN_ID": {"mbi": ["medicare_mbi", "mbi_number"], "ee_isikukood": ["ravikindlustatu_isikukood"],
                       "mn_register": ["emd_daatgaluulagchiin_dugaar"],
                       "payer": ["dazghvevis_polisis_nomeri", "insurance_member_id"]},
    "PHONE_NUMBER": ["mobile_phone_number", "PHON", "telefonis_nomeri", "utasny_dugaar", "telefoninumber"],
    "EMAIL_ADDRESS": ["email_address", "EMAIL", "el_posta", "i_meil", "e_post"],
    "STREET_ADDRESS": ["resident_address", "ADDR", "misamarti", "hayag", "aadress"],
    "ZIP_CODE": ["resident_postal_code", "ADDR_POST", "sapostro_indeksi", "shuudangiin_kod", "postiindeks"],
    "ACCOUNT_NUMBER": {"iban": ["angarishis_nomeri", "dansny_dugaar", "kontonumber"],
                       "card": ["baratis_nomeri", "kaardi_number", "kartyn_dugaar"]},
    "LICENSE_NUMBER": ["document_number", "martvis_mowmobis_nomeri", "jolooch_unemlekh_dugaar", "juhiloa_number"],
    "DEVICE_ID": {"mac": ["bluetooth_mac", "mac_misamarti"], "udi": ["udi_carrier", "udi_string"],
                  "imei": ["imei", "IMEI_number"], "eui64": ["MDC_ATTR_SYS_ID", "system_id"],
                  "pump_sn": ["MDC_ID_PROD_SPEC_SERIAL", "serial_number_string", "seriuli_nomeri", "seerianumber"]},
    "VEHICLE_ID": ["vin_kodi", "aralyn_dugaar", "soiduki_vin"],
    "IP_ADDRESS": ["ip_misamarti", "ip_hayag", "ip_aadress", "client_ip"],
    "URL": ["WWW", "profiili_url", "veb_gverdi"],
    "SECRET": ["paroli", "nuuts_ug", "parool", "api_saladus"],
}
TEXT_CUES = {
    "PERSON": ["GEDCOM NAME", "სახელი, გვარი:", "Овог нэр:", "Nimi:", "holder name:"],
    "DATE_OF_BIRTH": ["birth_date:", "დაბადების თარიღი:", "Төрсөн огноо:", "Sünniaeg:", "1 BIRT / 2 DATE"],
    "US_SSN": ["SSN", "GEDCOM SSN:", "US Social Security number:"],
    "MRN": ["haigusloo nr", "სამედიცინო ბარათის №", "Эмчилгээний карт №", "chart no."],
    "HEALTH_PLAN_ID": {"mbi": ["Medicare MBI", "MBI:"], "ee_isikukood": ["Haigekassa kindlustatu isikukood"],
                       "mn_register": ["ЭМД-ийн дугаар:"], "payer": ["member ID", "დაზღვევის პოლისი №"]},
    "PHONE_NUMBER": ["PHON", "ტელ.:", "Утас:", "Telefon:", "mobile_phone_number:"],
    "EMAIL_ADDRESS": ["EMAIL", "ელ-ფოსტა:", "Имэйл:", "E-post:"],
    "STREET_ADDRESS": ["ADDR", "მისამართი:", "Хаяг:", "Aadress:", "resident_address:"],
    "ZIP_CODE": ["ADDR / POST", "resident_postal_code:", "ZIP", "postiindeks"],
    "ACCOUNT_NUMBER": {"iban": ["IBAN", "ანგარიშის №", "Дансны дугаар:", "Kontonumber:"],
                       "card": ["card no.", "Kaardi number:", "Картын дугаар:"]},
    "LICENSE_NUMBER": ["mDL document_number:", "მართვის მოწმობა №", "Жолоочийн үнэмлэх №", "Juhiluba nr",
                       "driver's licence no."],
    "DEVICE_ID": {"mac": ["Bluetooth MAC", "MAC:"], "udi": ["UDI", "GS1 UDI:"], "imei": ["IMEI", "IMEI:"],
                  "eui64": ["MDC_ATTR_SYS_ID", "System ID (0x2A23):"],
                  "pump_sn": ["Serial Number String (0x2A25):", "სერიული ნომერი:", "Seerianumber:"]},
    "VEHICLE_ID": ["VIN", "Арлын дугаар:", "VIN-kood:"],
    "IP_ADDRESS": ["IP:", "IP მისამართი:", "IP хаяг:", "IP-aadress:"],
    "URL": ["WWW", "profile:", "Profiil:"],
    "SECRET": ["პაროლი:", "Нууц үг:", "Parool:", "password:"],
}
PREFIX = {"DATE_OF_BIRTH": ["dob_", "birth_date_", "synniaeg_", "tursun_"], "US_SSN": ["ssn_"],
          "MRN": ["mrn_", "haiguslugu_", "kart_"], "HEALTH_PLAN_ID": ["mbi_"], "PHONE_NUMBER": ["tel_", "utas_", "PHON_"],
          "ZIP_CODE": ["zip_", "postiindeks_", "POST_"], "LICENSE_NUMBER": ["dl_", "juhiluba_", "document_number_"],
          "DEVICE_ID": ["mac_", "MDC_ATTR_SYS_ID_"], "VEHICLE_ID": ["vin_"], "IP_ADDRESS": ["ip_", "ip_hayag_"],
          "PERSON": ["NAME_", "holder_"], "ACCOUNT_NUMBER": ["iban_", "konto_"]}
LEADINS = ["Sample row:", "იმპორტის ნიმუში:", "Импортын жишээ:", "Näidis importist:", "Seen in the migration batch:"]
GENERIC_KEYS = ["value", "sample", "legacy_ref", "mnishvneloba", "utga", "vaartus"]
NEUTRAL_DESC = ["Imported column.", "Импортын багана.", "Imporditud veerg.", "იმპორტირებული ველი."]


def kind_group(cat, kind):
    if cat == "HEALTH_PLAN_ID":
        return "mbi" if kind.startswith("mbi") else ("ee_isikukood" if kind.startswith("ee_") else
                                                    "mn_register" if kind.startswith("mn_") else "payer")
    if cat == "ACCOUNT_NUMBER":
        return "iban" if kind.startswith("iban") else "card"
    if cat == "DEVICE_ID":
        return "mac" if kind.startswith("mac") else {"gs1_udi_serial": "udi", "imei_luhn": "imei",
                                                     "eui64_system_id": "eui64"}.get(kind, "pump_sn")
    return None


def cues(table, cat, kind):
    v = table[cat]
    return v[kind_group(cat, kind)] if isinstance(v, dict) else v


# ------------------------------------------------------------------ hard negatives
NEG_PLACEHOLDERS = [
    ("(769) 555-0134", "telefonis_nomeri"), ("+1-724-555-0188", "PHON"), ("+1 610 555 0102", "utasny_dugaar"),
    ("patient@example.com", "email_address"), ("nino.test@example.org", "el_posta"), ("203.0.113.54", "ip_hayag"),
    ("198.51.100.7:8443", "client_ip"), ("2001:db8:4a::17", "ip_aadress"), ("000-00-0000", "SSN"),
    ("XXX-XX-XXXX", "INDI_SSN"), ("Mari Maasikas", "ees_ja_perekonnanimi"), ("<FINNHUB_API_KEY>", "api_saladus"),
    ("${SUMO_ACCESS_KEY}", "parool"), ("hf_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "api_saladus"),
    ("00-00-5E-00-53-2A", "bluetooth_mac"), ("11111111111111111", "vin_kodi"),
    ("https://example.org/patients/{patientId}", "WWW"), ("MRN-XXXXXXX", "REFN_MRN"),
    ("(01)00000000000000(21)XXXXXXXX", "udi_carrier")]
NEG_LABEL_KEYS = ["birth_date", "family_name", "given_name", "resident_address", "resident_postal_code",
                  "document_number", "BIRT_DATE", "PHON", "EMAIL", "SSN", "dabadebis_tarighi", "piradi_nomeri",
                  "tursun_ognoo", "register_dugaar", "synniaeg", "isikukood", "haigusloo_number", "nuuts_ug",
                  "MDC_ATTR_SYS_ID", "serial_number_string", "vin_kodi"]
NEG_CODE_ENUMS = [
    ("sex_iso5218", ["1", "2", "0", "9"]), ("GEDCOM_SEX", ["M", "F", "X", "U"]),
    ("issuing_country", ["GE", "MN", "EE", "US"]), ("sqesi", ["მამრობითი", "მდედრობითი"]),
    ("huis", ["эрэгтэй", "эмэгтэй"]), ("sugu", ["mees", "naine"]),
    ("diagnosis_icd10", ["E10.9", "E11.65", "O24.419", "R73.03"]),
    ("mdc_code", ["MDC_CONC_GLU_CAPILLARY_WHOLEBLOOD", "MDC_CONC_GLU_ISF", "MDC_DEV_SPEC_PROFILE_GLUCOSE"]),
    ("driving_privileges_vehicle_category_code", ["AM", "A1", "B", "BE", "C1"]),
    ("GEDCOM_PEDI", ["BIRTH", "ADOPTED", "FOSTER", "SEALING"]), ("state", ["PA", "MS", "WV", "GA", "CA", "NC"]),
    ("RESN", ["CONFIDENTIAL", "LOCKED", "PRIVACY"])]
NEG_REGEX = [r"^[1-6][0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{4}$", r"^[А-ЯӨҮ]{2}[0-9]{8}$",
             r"^GE[0-9]{2}[A-Z]{2}[0-9]{16}$", r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?[AC-HJKMNP-RT-Y]{2}[0-9]{2}$",
             r"^\d{3}-\d{2}-\d{4}$", r"^[A-HJ-NPR-Z0-9]{17}$", r"^\d{15}$", r"^\(01\)\d{14}\(21\)[0-9A-Z]{1,20}$",
             r"^hf_[A-Za-z]{34}$", r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^\d{5}(-\d{4})?$", r"^\d{2}[A-Z]{3}\d{5}$"]
NEG_NAMELIKE = [("gemstone", "Ruby"), ("eye_part", "Iris"), ("alert_colour", "Amber"), ("eye_colour", "Hazel"),
                ("country", "Georgia"), ("season", "Winter"), ("state_name", "Dakota"), ("biome", "Savannah"),
                ("city", "Florence"), ("district", "Chelsea")]
NEG_VERSION = ["JSON Schema draft-03 (draft-zyp-json-schema-03, 2010-11-22)", "OpenAPI 3.1.0 (2021-02-15)",
               "api_version: 2024-06-01", "Available since Kratos v1.1.0 (2024-02-20)", "Kehtib alates 2025-01-01",
               "ISO/IEC 18013-5:2021", "GEDCOM 7.0 (2021-06-07)", "Deprecated as of 2023-10-31"]
NEG_WORDS_TEXT = ["Patient birth date in YYYY-MM-DD format (mDL birth_date).",
                  "The holder's isikukood (Estonian personal identification code), 11 digits.",
                  "Medical record number as assigned by the clinic; see GEDCOM REFN.",
                  "პაციენტის პირადი ნომერი (11 ციფრი).", "Өвчтөний регистрийн дугаар.",
                  "Insurance member ID of the subscriber, as printed on the card."]
NEG_TOOL_WORDS = ["lookup_patient_by_isikukood", "find_patient_by_piradi_nomeri", "verify_emd_register",
                  "get_by_mrn", "search_by_birth_date"]
NEG_FILE_WORDS = ["patient_birth_date_lookup", "holder_document_number_form", "member_isikukood_check"]
NEG_KINDS = [("reserved_placeholder", 16), ("category_label_key", 14), ("code_enum", 12), ("format_regex", 10),
             ("name_like_word", 8), ("version_date", 8), ("category_words_text", 6), ("tool_category_words", 4),
             ("file_name_category_words", 2)]


# ------------------------------------------------------------------ helpers
def rx_escape(s):
    """Escape only the regex metacharacters (re.escape would also escape spaces, '-', '@' ...)."""
    return re.sub(r"([.^$*+?{}\[\]\\|()])", r"\\\1", s)


def esc(tok):
    return tok.replace("~", "~0").replace("/", "~1")


def sha(s):
    return hashlib.sha256(s.encode()).hexdigest()


def load(rel):
    with open(os.path.join(SRC, rel), encoding="utf-8") as f:
        return json.load(f)


def verify_sources():
    for line in open(os.path.join(SRC, "MANIFEST.jsonl")):
        m = json.loads(line)
        with open(os.path.join(SRC, m["file"]), "rb") as f:
            if hashlib.sha256(f.read()).hexdigest() != m["sha256"]:
                sys.exit(f"source changed: {m['file']}")


class Host:
    """Resolves $refs inside one host (single document or multi-file)."""

    def __init__(self, name, files, commit, repo):
        self.name, self.files, self.commit, self.repo = name, files, commit, repo

    def deref(self, ref, path):
        if ref.startswith("#"):
            fpath, frag = path, ref[1:]
        else:
            f, _, frag = ref.partition("#")
            fpath = posixpath.normpath(posixpath.join(posixpath.dirname(path), f))
        node = self.files.get(fpath)
        for tok in [t for t in frag.split("/") if t]:
            tok = tok.replace("~1", "/").replace("~0", "~")
            node = node.get(tok) if isinstance(node, dict) else None
        return node, fpath

    def inline(self, node, path, depth=0):
        if isinstance(node, list):
            return [self.inline(x, path, depth) for x in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            target, tpath = self.deref(node["$ref"], path)
            if target is None or depth >= 2:
                out = {"type": "object"}
            else:
                out = self.inline(target, tpath, depth + 1)
                if not isinstance(out, dict):
                    out = {"type": "object"}
            extra = {k: self.inline(v, path, depth) for k, v in node.items() if k != "$ref" and not k.startswith("x-")}
            return {**out, **extra}
        if "allOf" in node:
            merged = {k: v for k, v in node.items() if k != "allOf"}
            merged = self.inline(merged, path, depth)
            for br in node["allOf"]:
                b = self.inline(br, path, depth)
                if isinstance(b, dict):
                    for k, v in b.items():
                        if k == "properties":
                            merged.setdefault("properties", {}).update(v)
                        elif k == "required":
                            merged["required"] = sorted(set(merged.get("required", [])) | set(v))
                        else:
                            merged.setdefault(k, v)
            return merged
        out = {}
        for k, v in node.items():
            if k.startswith("x-") or k == "discriminator":
                continue
            if k in ("oneOf", "anyOf") and isinstance(v, list) and v:
                b = self.inline(v[0], path, depth)
                if isinstance(b, dict):
                    for k2, v2 in b.items():
                        out.setdefault(k2, v2)
                continue
            if k == "properties" and isinstance(v, dict):
                out[k] = {pk: self.inline(pv, path, depth) for pk, pv in v.items()}
            elif k in ("items", "additionalProperties") and isinstance(v, dict):
                out[k] = self.inline(v, path, depth)
            else:
                out[k] = copy.deepcopy(v)
        return out


def good_schema(s):
    return isinstance(s, dict) and isinstance(s.get("properties"), dict) and len(s["properties"]) >= 2 \
        and len(json.dumps(s)) <= 14000


def load_units():
    man = {json.loads(l)["file"]: json.loads(l) for l in open(os.path.join(SRC, "MANIFEST.jsonl"))}
    kr = load("hosts/kratos.subset.json")
    tp = load("hosts/tidepool.subset.json")["files"]
    hosts = {"kratos": Host("kratos", {"spec/api.json": kr}, man["hosts/kratos.subset.json"]["commit"], "ory/kratos"),
             "tidepool": Host("tidepool", tp, man["hosts/tidepool.subset.json"]["commit"], "tidepool-org/TidepoolApi")}
    schemas, ops = {"kratos": [], "tidepool": []}, {"kratos": [], "tidepool": []}
    h = hosts["kratos"]
    for name in sorted(kr["components"]["schemas"]):
        s = h.inline(kr["components"]["schemas"][name], "spec/api.json")
        if good_schema(s):
            schemas["kratos"].append({"host": "kratos", "name": name, "schema": s,
                                      "base": f"ory/kratos@{h.commit}:spec/api.json#schema/{name}"})
    h = hosts["tidepool"]
    for path in sorted(tp):
        doc = tp[path]
        if "/models/" in path and isinstance(doc, dict):
            s = h.inline(doc, path)
            if good_schema(s):
                nm = posixpath.basename(path).replace(".yaml", "")
                schemas["tidepool"].append({"host": "tidepool", "name": nm, "schema": s,
                                            "base": f"tidepool-org/TidepoolApi@{h.commit}:{path}#schema"})
    for hname, docs in (("kratos", {"spec/api.json": kr}), ("tidepool", {p: d for p, d in tp.items()
                                                                        if isinstance(d, dict) and "paths" in d})):
        h = hosts[hname]
        for path in sorted(docs):
            for p, methods in sorted(docs[path]["paths"].items()):
                for m, op in sorted(methods.items()):
                    params = op_params(h, path, op)
                    if not params["properties"]:
                        continue
                    oid = op.get("operationId") or f"{m}__{p}"
                    oid = re.sub(r"[^A-Za-z0-9_-]+", "_", oid).strip("_")[:64]
                    desc = " ".join(x.strip() for x in (op.get("summary", ""), op.get("description", "")) if x and x.strip())
                    ops[hname].append({"host": hname, "name": oid, "desc": desc or f"{m.upper()} {p}", "schema": params,
                                       "base": f"{h.repo}@{h.commit}:{path}#op/{m.upper()} {p}"})
    return schemas, ops


def op_params(h, path, op):
    props, req = {}, []
    for prm in op.get("parameters", []) or []:
        if "$ref" in prm:
            prm, _ = h.deref(prm["$ref"], path)
            if not isinstance(prm, dict):
                continue
        if prm.get("in") not in ("path", "query") or "name" not in prm:
            continue
        s = h.inline(prm.get("schema", {"type": "string"}), path)
        if prm.get("description"):
            s = {**s, "description": prm["description"]}
        props[prm["name"]] = s
        if prm.get("required"):
            req.append(prm["name"])
    rb = op.get("requestBody")
    if isinstance(rb, dict) and "$ref" in rb:
        rb, _ = h.deref(rb["$ref"], path)
    if isinstance(rb, dict):
        for ct in ("application/json", "application/x-www-form-urlencoded"):
            s = ((rb.get("content") or {}).get(ct) or {}).get("schema")
            if s:
                s = h.inline(s, path)
                for k, v in (s.get("properties") or {}).items():
                    props.setdefault(k, v)
                req += [r for r in s.get("required", []) if r in props and r not in req]
                break
    out = {"type": "object", "properties": props}
    if req:
        out["required"] = req
    if len(json.dumps(out)) > 14000:
        return {"type": "object", "properties": {}}
    return out


def order(units, tag):
    res = {}
    for hname, lst in units.items():
        res[hname] = sorted(lst, key=lambda u: sha(f"{SEED}:{tag}:{u['base']}"))
    out = []
    a, b = res["kratos"], res["tidepool"]
    # interleave 1 Kratos : 2 Tidepool (Tidepool has more units)
    while a or b:
        if a:
            out.append(a.pop(0))
        for _ in range(2):
            if b:
                out.append(b.pop(0))
    return out


# ------------------------------------------------------------------ wrappers
def slug(s):
    return re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-")[:48]


def draft03(schema):
    s = copy.deepcopy(schema)

    def conv(n):
        if isinstance(n, dict):
            req = n.pop("required", None) if isinstance(n.get("required"), list) else None
            for k in ("nullable", "readOnly", "example", "writeOnly", "deprecated"):
                n.pop(k, None)
            for k, v in list(n.items()):
                if k == "properties" and isinstance(v, dict):
                    for pk, pv in v.items():
                        conv(pv)
                        if req and pk in req and isinstance(pv, dict):
                            pv["required"] = True
                elif isinstance(v, (dict, list)) and k not in ("enum", "default"):
                    conv(v)
        elif isinstance(n, list):
            for x in n:
                conv(x)
    conv(s)
    return s


def wrap(wname, units, rng):
    """Return (doc, roots, tools): roots = list of (pointer, schema dict ref inside doc);
    tools = list of (name_ptr, desc_ptr, tool dict, name_key, desc_key, root index)."""
    u = units[0]
    title = u["name"]
    if wname == "jsonschema-draft-03":
        s = draft03(u["schema"])
        doc = {"$schema": "http://json-schema.org/draft-03/schema#",
               "id": f"urn:{u['host']}:schema:{slug(title)}", **{k: v for k, v in s.items()}}
        doc.setdefault("type", "object")
        doc.setdefault("title", title)
        return doc, [("", doc)], []
    if wname == "openapi31-webhooks":
        s = copy.deepcopy(u["schema"])
        hook = f"{title}Updated"
        doc = {"openapi": "3.1.0", "info": {"title": f"{u['host']} {title} events", "version": "1.0.0"},
               "webhooks": {hook: {"post": {"summary": f"{title} changed", "operationId": f"on{slug(title).replace('-', '')}Updated",
                                            "requestBody": {"required": True, "content": {"application/json": {"schema": s}}},
                                            "responses": {"200": {"description": "Acknowledged"}}}}}}
        return doc, [(f"/webhooks/{esc(hook)}/post/requestBody/content/application~1json/schema", s)], []
    if wname == "tgi-grammar":
        s = copy.deepcopy(u["schema"])
        doc = {"inputs": f"Extract the {title} record from the text below as JSON.\n\n<record text>",
               "parameters": {"max_new_tokens": 512, "temperature": 0.1, "grammar": {"type": "json", "value": s}}}
        return doc, [("/parameters/grammar/value", s)], []
    if wname == "llamacpp-completion":
        s = copy.deepcopy(u["schema"])
        doc = {"prompt": f"Return a {title} object as JSON.\n", "n_predict": 512, "temperature": 0.2,
               "cache_prompt": True, "json_schema": s}
        return doc, [("/json_schema", s)], []
    if wname == "fireworks-json-mode":
        s = copy.deepcopy(u["schema"])
        doc = {"model": "accounts/fireworks/models/llama-v3p1-70b-instruct", "max_tokens": 1024,
               "messages": [{"role": "system", "content": f"Reply with a {title} object."},
                            {"role": "user", "content": "Fill in the record from the attached export."}],
               "response_format": {"type": "json_object", "schema": s}}
        return doc, [("/response_format/schema", s)], []
    tools, roots, tl = [], [], []
    for i, op in enumerate(units):
        s = copy.deepcopy(op["schema"])
        if wname == "cloudflare-workers-ai":
            t = {"name": op["name"], "description": op["desc"], "parameters": s}
            tools.append(t)
            roots.append((f"/tools/{i}/parameters", s))
            tl.append((f"/tools/{i}/name", f"/tools/{i}/description", t, "name", "description", i))
        elif wname == "haystack-tool-invoker":
            t = {"type": "haystack.tools.tool.Tool", "data": {"name": op["name"], "description": op["desc"],
                                                              "parameters": s, "function": f"{op['host']}_client.operations.{op['name']}"}}
            tools.append(t)
            roots.append((f"/init_parameters/tools/{i}/data/parameters", s))
            tl.append((f"/init_parameters/tools/{i}/data/name", f"/init_parameters/tools/{i}/data/description", t["data"],
                       "name", "description", i))
        else:
            t = {"name": op["name"], "description": op["desc"], "inputSchema": s}
            tools.append(t)
            p = f"/targetConfiguration/mcp/lambda/toolSchema/inlinePayload/{i}"
            roots.append((p + "/inputSchema", s))
            tl.append((p + "/name", p + "/description", t, "name", "description", i))
    host = units[0]["host"]
    if wname == "cloudflare-workers-ai":
        doc = {"messages": [{"role": "system", "content": f"You can call the {host} API tools."},
                            {"role": "user", "content": "Please update the record as described in the ticket."}],
               "tools": tools}
    elif wname == "haystack-tool-invoker":
        doc = {"type": "haystack.components.tools.tool_invoker.ToolInvoker",
               "init_parameters": {"tools": tools, "raise_on_failure": True, "convert_result_to_json_string": False}}
    else:
        doc = {"name": f"{host}-tools-target", "description": f"{host} API operations exposed through the gateway",
               "targetConfiguration": {"mcp": {"lambda": {
                   "lambdaArn": f"arn:aws:lambda:us-west-2:111122223333:function:{host}-tools",
                   "toolSchema": {"inlinePayload": tools}}}},
               "credentialProviderConfigurations": [{"credentialProviderType": "GATEWAY_IAM_ROLE"}]}
    return doc, roots, tl


# ------------------------------------------------------------------ planting
class PFile:
    def __init__(self, wname, units, doc, roots, tools, fname):
        self.wname, self.units, self.doc, self.roots, self.tools, self.fname = wname, units, doc, roots, tools, fname
        self.labels, self.used_props, self.used_once = [], set(), set()
        self.npos = 0

    def root(self, rng):
        return rng.choice(self.roots)

    def new_prop(self, rng, key, sch, root=None):
        rp, r = root or self.root(rng)
        props = r.setdefault("properties", {})
        k = key
        n = 2
        while k in props:
            k = f"{key}_{n}"
            n += 1
        props[k] = sch
        self.used_props.add((rp, k))
        return f"{rp}/properties/{esc(k)}", k, sch

    def existing_string_prop(self, rng):
        cands = []
        for rp, r in self.roots:
            for k, v in (r.get("properties") or {}).items():
                if isinstance(v, dict) and v.get("type") == "string" and "enum" not in v and "const" not in v \
                        and (rp, k) not in self.used_props and "format" not in v:
                    cands.append((rp, k, v))
        if not cands:
            return None
        rp, k, v = rng.choice(cands)
        self.used_props.add((rp, k))
        return f"{rp}/properties/{esc(k)}", k, v

    def label(self, pointer, surface, category, value, kind, placement, raw=None):
        lab = {"file": self.fname_ref, "pointer": pointer, "surface": surface, "category": category, "value": value,
               "kind": kind, "base": " + ".join(u["base"] for u in self.units), "placement": placement}
        if raw is not None and raw != value:
            lab["raw"] = raw
        self.labels.append(lab)


def text_form(rng, cue, value):
    if cue.endswith(":") or cue.endswith("№") or cue.endswith("."):
        return f"{cue} {value}"
    return rng.choice([f"{cue} {value}", f"({cue} {value})", f"{cue} = {value}"])


def plant_positive(pf, rng, cat, surface):
    gen = V.GENERATORS[cat]
    joined = surface in JOINED_SURFACES
    for _ in range(50):
        value, kind, standalone = gen(rng, joined)
        if joined and cat == "PERSON" and not re.fullmatch(r"[A-Za-z_-]+", value):
            continue
        break
    if joined:
        use_prefix = (not standalone) or rng.random() < 0.35
        pre = rng.choice(PREFIX[cat]) if use_prefix else ""
        placement = "key_cue" if pre else "no_cue"
        joined_val = pre + value
        if surface == "property_name":
            ptr, k, _ = pf.new_prop(rng, joined_val + rng.choice(["", "_record", "_v2", "_ref"]),
                                    {"type": "string", "description": rng.choice(NEUTRAL_DESC)})
            pf.label(ptr, surface, cat, value, kind, placement)
        elif surface == "pattern_property":
            rp, r = pf.root(rng)
            rx = "^" + rx_escape(joined_val) + rng.choice(["(_[a-z]+)?$", "$", r"\.[0-9]+$"])
            r.setdefault("patternProperties", {})[rx] = {"type": "string"}
            pf.label(f"{rp}/patternProperties/{esc(rx)}", surface, cat, rx_escape(value), kind, placement, raw=value)
        elif surface == "tool_name":
            nptr, dptr, t, nk, dk, i = rng.choice([x for x in pf.tools if ("tn", x[5]) not in pf.used_once])
            pf.used_once.add(("tn", i))
            suffix = "_" + joined_val
            t[nk] = t[nk][:64 - len(suffix)] + suffix
            pf.label(nptr, surface, cat, value, kind, placement)
        elif surface == "file_name":
            pf.fname = pf.fname[:-5] + "." + joined_val + ".json"
            pf.used_once.add("fn")
            pf.label("", surface, cat, value, kind, placement)
        return
    # value surfaces
    if surface in ("description", "metadata", "tool_description"):
        mode = "text_cue" if (not standalone or rng.random() < 0.6) else "no_cue"
        text = text_form(rng, rng.choice(cues(TEXT_CUES, cat, kind)), value) if mode == "text_cue" \
            else f"{rng.choice(LEADINS)} {value}"
        if surface == "tool_description":
            nptr, dptr, t, nk, dk, i = rng.choice([x for x in pf.tools if ("td", x[5]) not in pf.used_once])
            pf.used_once.add(("td", i))
            t[dk] = (t[dk].rstrip() + " " + text).strip()
            pf.label(dptr, surface, cat, value, kind, mode)
        elif surface == "description":
            ex = pf.existing_string_prop(rng)
            if ex is None:
                ex = pf.new_prop(rng, rng.choice(GENERIC_KEYS), {"type": "string"})
            ptr, k, sch = ex
            sch["description"] = ((sch.get("description") or "").rstrip() + " " + text).strip()
            pf.label(ptr + "/description", surface, cat, value, kind, mode)
        else:
            rp, r = pf.root(rng)
            if pf.wname == "jsonschema-draft-03":
                key = rng.choice(["x-import-note", "x-provenance", "x-sample-source"])
            else:
                key = "$comment"
            tgt = r
            if key in r:
                ptr, k, tgt = pf.new_prop(rng, rng.choice(GENERIC_KEYS), {"type": "string"})
                rp = ptr
            tgt[key] = text
            pf.label(f"{rp}/{esc(key)}", surface, cat, value, kind, mode)
        return
    # enum const default examples title pattern
    r = rng.random()
    if surface == "pattern":
        mode = "key_cue" if (not standalone or r < 0.5) else "no_cue"
    else:
        mode = "key_cue" if r < 0.4 else ("text_cue" if (r < 0.8 or not standalone) else "no_cue")
    if mode == "key_cue":
        ptr, k, sch = pf.new_prop(rng, rng.choice(cues(KEY_CUES, cat, kind)), {"type": "string"})
        text = value
    else:
        ex = pf.existing_string_prop(rng)
        if ex is None:
            ex = pf.new_prop(rng, rng.choice(GENERIC_KEYS), {"type": "string"})
        ptr, k, sch = ex
        text = text_form(rng, rng.choice(cues(TEXT_CUES, cat, kind)), value) if mode == "text_cue" else value
    if surface == "enum":
        sch["enum"] = [rng.choice(["UNKNOWN", "", "n/a", "other"]), text]
        pf.label(ptr + "/enum/1", surface, cat, value, kind, mode)
    elif surface == "examples":
        sch["examples"] = [text]
        pf.label(ptr + "/examples/0", surface, cat, value, kind, mode)
    elif surface == "pattern":
        sch["pattern"] = "^" + rx_escape(text) + "$"
        pf.label(ptr + "/pattern", surface, cat, rx_escape(value), kind, mode, raw=value)
    else:
        sch[surface] = text
        pf.label(ptr + "/" + surface, surface, cat, value, kind, mode)


def plant_negative(pf, rng, nk, pools):
    def lab(ptr, surface, value):
        pf.label(ptr, surface, "NONE", value, nk, "none")
    if nk == "reserved_placeholder":
        v, key = pools[nk].pop()
        how = rng.choice(["const", "default", "enum", "description"]) if pf.wname in (
            "openapi31-webhooks", "tgi-grammar", "llamacpp-completion", "fireworks-json-mode", "haystack-tool-invoker") \
            else rng.choice(["default", "enum", "description"]) if pf.wname != "agentcore-gateway-target" else \
            rng.choice(["enum", "description"])
        if pf.wname == "cloudflare-workers-ai" and how == "default":
            how = "enum"
        ptr, k, sch = pf.new_prop(rng, key, {"type": "string"})
        if how == "enum":
            sch["enum"] = [v]
            lab(ptr + "/enum/0", "enum", v)
        elif how == "description":
            sch["description"] = f"e.g. {v}"
            lab(ptr + "/description", "description", v)
        else:
            sch[how] = v
            lab(ptr + "/" + how, how, v)
    elif nk == "category_label_key":
        key = pools[nk].pop()
        ptr, k, sch = pf.new_prop(rng, key, {"type": "string"})
        lab(ptr, "property_name", k)
    elif nk == "code_enum":
        key, codes = pools[nk].pop()
        ptr, k, sch = pf.new_prop(rng, key, {"type": "string", "enum": list(codes)})
        lab(ptr + "/enum/0", "enum", codes[0])
    elif nk == "format_regex":
        rx = pools[nk].pop()
        if pf.wname in ("cloudflare-workers-ai", "agentcore-gateway-target"):
            raise ValueError("no regex surface")
        if rng.random() < 0.3:
            rp, r = pf.root(rng)
            r.setdefault("patternProperties", {})[rx] = {"type": "string"}
            lab(f"{rp}/patternProperties/{esc(rx)}", "pattern_property", rx)
        else:
            ptr, k, sch = pf.new_prop(rng, rng.choice(["code", "identifier", "format_check"]),
                                      {"type": "string", "pattern": rx})
            lab(ptr + "/pattern", "pattern", rx)
    elif nk == "name_like_word":
        key, word = pools[nk].pop()
        ptr, k, sch = pf.new_prop(rng, key, {"type": "string", "enum": [word, "other"]})
        lab(ptr + "/enum/0", "enum", word)
    elif nk == "version_date":
        v = pools[nk].pop()
        ptr, k, sch = pf.new_prop(rng, "spec_version", {"type": "string", "description": v})
        lab(ptr + "/description", "description", v)
    elif nk == "category_words_text":
        v = pools[nk].pop()
        ptr, k, sch = pf.new_prop(rng, rng.choice(["note", "field_help"]), {"type": "string", "description": v})
        lab(ptr + "/description", "description", v)
    elif nk == "tool_category_words":
        free = [x for x in pf.tools if ("tn", x[5]) not in pf.used_once]
        nptr, dptr, t, nkk, dk, i = rng.choice(free)
        pf.used_once.add(("tn", i))
        w = pools[nk].pop()
        t[nkk] = t[nkk][:63 - len(w)] + "_" + w
        lab(nptr, "tool_name", w)
    elif nk == "file_name_category_words":
        w = pools[nk].pop()
        pf.fname = pf.fname[:-5] + "." + w + ".json"
        pf.used_once.add("fn")
        lab("", "file_name", w)


def build():
    verify_sources()
    rng = random.Random(SEED)
    schemas, ops = load_units()
    sch_order, op_order = order(schemas, "schema"), order(ops, "op")
    shutil.rmtree(PLANTED, ignore_errors=True)
    shutil.rmtree(REAL, ignore_errors=True)
    files, real_files, planted_units = [], [], []
    sch_i = op_i = 0
    draws = [1, 2, 1, 1, 2]

    def take(kind, n):
        nonlocal sch_i, op_i
        if kind == "schema":
            u = sch_order[sch_i:sch_i + n]
            sch_i += n
        else:
            u = op_order[op_i:op_i + n]
            # keep one host per file
            u = [x for x in u if x["host"] == u[0]["host"]]
            op_i += n
        return u

    for phase in ("planted", "real"):
        for wi, (wname, spec) in enumerate(WRAPPERS.items()):
            for j in range(PER_WRAPPER):
                n = 1 if spec["kind"] == "schema" else draws[(wi + j) % len(draws)]
                units = take(spec["kind"], n)
                doc, roots, tools = wrap(wname, units, rng)
                fname = f"{units[0]['host']}.{slug(units[0]['name'])}.json"
                pf = PFile(wname, units, doc, roots, tools, fname)
                (files if phase == "planted" else real_files).append(pf)
    # ---------------- plans
    cats = []
    for _ in range(13):
        c = CATS[:]
        rng.shuffle(c)
        cats += c
    surfs = []
    for _ in range(16):
        s = SURFACES[:]
        rng.shuffle(s)
        surfs += s
    plans = list(zip(cats, surfs))
    # swap categories that cannot be joined away from joined surfaces
    for i, (c, s) in enumerate(plans):
        if s in JOINED_SURFACES and c in NOT_JOINABLE:
            njoined = {c3: sum(1 for c4, s4 in plans if c4 == c3 and s4 in JOINED_SURFACES) for c3 in CATS}
            cands = [j for j, (c2, s2) in enumerate(plans) if s2 not in JOINED_SURFACES and c2 not in NOT_JOINABLE]
            low = min(njoined[plans[j][0]] for j in cands)
            j = rng.choice([j for j in cands if njoined[plans[j][0]] == low])
            c2, s2 = plans[j]
            plans[i], plans[j] = (c2, s), (c, s2)
    # ---------------- assign plans to files (least-loaded file of a wrapper that has the surface)
    def capable(pf, s):
        if s not in WRAPPERS[pf.wname]["surfaces"]:
            return False
        if s == "file_name" and "fn" in pf.used_once:
            return False
        if s in ("tool_name", "tool_description"):
            if sum(1 for c2, s2 in getattr(pf, "_pending", []) if s2 == s) >= len(pf.tools):
                return False
        return pf.npos < 3
    order_plans = sorted(range(len(plans)), key=lambda i: (len([w for w in WRAPPERS.values() if plans[i][1] in w["surfaces"]]), i))
    for i in order_plans:
        c, s = plans[i]
        cands = [pf for pf in files if capable(pf, s)]
        mn = min(pf.npos for pf in cands)
        pf = rng.choice([p for p in cands if p.npos == mn])
        pf.npos += 1
        pf.fname_ref = None
        pf._pending = getattr(pf, "_pending", []) + [(c, s)]
        if s == "file_name":
            pf.used_once.add("fn")
    for pf in files:
        pf.used_once = set()
    # ---------------- negatives
    pools = {"reserved_placeholder": list(NEG_PLACEHOLDERS), "category_label_key": list(NEG_LABEL_KEYS),
             "code_enum": list(NEG_CODE_ENUMS), "format_regex": list(NEG_REGEX), "name_like_word": list(NEG_NAMELIKE),
             "version_date": list(NEG_VERSION), "category_words_text": list(NEG_WORDS_TEXT),
             "tool_category_words": list(NEG_TOOL_WORDS), "file_name_category_words": list(NEG_FILE_WORDS)}
    for p in pools.values():
        rng.shuffle(p)
    negplans = [k for k, n in NEG_KINDS for _ in range(n)]
    neg_assign = {}
    nneg = {id(pf): 0 for pf in files}
    for nk in negplans:
        def ok(pf):
            if nk == "format_regex" and pf.wname in ("cloudflare-workers-ai", "agentcore-gateway-target"):
                return False
            if nk == "tool_category_words":
                ntn = sum(1 for c, s in getattr(pf, "_pending", []) if s == "tool_name")
                return bool(pf.tools) and len(pf.tools) > ntn and not any(x == "tool_category_words" for x in neg_assign.get(id(pf), []))
            if nk == "file_name_category_words":
                return not any(s == "file_name" for c, s in getattr(pf, "_pending", [])) and \
                    "file_name_category_words" not in neg_assign.get(id(pf), [])
            return True
        cands = [pf for pf in files if ok(pf)]
        mn = min(nneg[id(p)] for p in cands)
        pf = rng.choice([p for p in cands if nneg[id(p)] == mn])
        nneg[id(pf)] += 1
        neg_assign.setdefault(id(pf), []).append(nk)
    # ---------------- execute (file name plants first so labels see the final name)
    all_labels = []
    for pf in files:
        pf.fname_ref = "?"
        pend = sorted(getattr(pf, "_pending", []), key=lambda cs: cs[1] != "file_name")
        for c, s in pend:
            plant_positive(pf, rng, c, s)
        for nk in neg_assign.get(id(pf), []):
            plant_negative(pf, rng, nk, pools)
    used = set()
    for pf in files:
        rel = f"{pf.wname}/{pf.fname}"
        assert rel not in used, rel
        used.add(rel)
        for lab in pf.labels:
            lab["file"] = rel
        write(os.path.join(PLANTED, rel), pf.doc)
        all_labels += pf.labels
        planted_units += [u["base"] for u in pf.units]
    for i, lab in enumerate(all_labels):
        lab["id"] = f"t13-{i + 1:04d}"
    with open(os.path.join(PLANTED, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in all_labels:
            keys = ["id", "file", "pointer", "surface", "category", "value", "kind", "base", "placement"]
            if "raw" in lab:
                keys.append("raw")
            f.write(json.dumps({k: lab[k] for k in keys}, ensure_ascii=False) + "\n")
    rman = []
    for pf in real_files:
        rel = f"{pf.wname}/{pf.fname}"
        assert rel not in used, rel
        used.add(rel)
        write(os.path.join(REAL, rel), pf.doc)
        rman.append({"file": rel, "format": pf.wname, "units": [u["base"] for u in pf.units],
                     "base": " + ".join(u["base"] for u in pf.units)})
    with open(os.path.join(REAL, "MANIFEST.jsonl"), "w", encoding="utf-8") as f:
        for m in rman:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "planted_units.json"), "w", encoding="utf-8") as f:
        json.dump(sorted(planted_units), f, indent=1, ensure_ascii=False)
        f.write("\n")
    pos = [l for l in all_labels if l["category"] != "NONE"]
    print(f"planted files {len(files)}, positives {len(pos)}, negatives {len(all_labels) - len(pos)}, real files {len(real_files)}")


def write(path, doc):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    build()
