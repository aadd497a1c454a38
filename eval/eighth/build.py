#!/usr/bin/env python3
"""Deterministic builder for the eighth held-out set: sources/ -> planted/ + real/.

Offline; stdlib + phonenumbers (values.py). Seed 80808. Verifies sources/ against sources/MANIFEST.jsonl.
"""
import copy, hashlib, json, os, random, re, shutil

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF

import values as V

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 80808
N_PLANTED = 92
PER_SURFACE = 15
SURFACES = ["const", "default", "description", "enum", "examples", "file_name", "metadata", "pattern",
            "pattern_property", "property_name", "title", "tool_description", "tool_name"]
CATEGORIES = ["ACCOUNT_NUMBER", "DATE_OF_BIRTH", "DEVICE_ID", "EMAIL_ADDRESS", "HEALTH_PLAN_ID", "IP_ADDRESS",
              "LICENSE_NUMBER", "MRN", "PERSON", "PHONE_NUMBER", "SECRET", "STREET_ADDRESS", "URL", "US_SSN",
              "VEHICLE_ID", "ZIP_CODE"]
JOINED_SURFACES = {"property_name", "pattern_property", "tool_name", "file_name"}
NOT_JOINABLE = {"EMAIL_ADDRESS", "URL", "STREET_ADDRESS"}
SCHEMA_FOLDERS = ["jsonschema", "openapi-components", "pydantic", "anthropic-structured"]
TOOL_FOLDERS = ["anthropic-tools", "anthropic-messages", "openai-responses", "mcp-tools-list", "gemini"]
STRIPE_VERSION = None


# ------------------------------------------------------------------------------------------ sources
def verify_sources():
    with open(os.path.join(HERE, "sources/MANIFEST.jsonl")) as f:
        for line in f:
            m = json.loads(line)
            with open(os.path.join(HERE, "sources", m["file"]), "rb") as g:
                assert hashlib.sha256(g.read()).hexdigest() == m["sha256"], m["file"]


def h(s):
    return hashlib.sha256(("eighth:" + s).encode()).hexdigest()


def load(p):
    with open(os.path.join(HERE, "sources", p), encoding="utf-8") as f:
        return json.load(f)


def strip_refs(node, prefix, keep, repl):
    """Copy node; refs into `keep` are rewritten to `repl + name`, other refs become {"type": "object"}."""
    if isinstance(node, dict):
        if "$ref" in node and isinstance(node["$ref"], str):
            name = node["$ref"][len(prefix):] if node["$ref"].startswith(prefix) else None
            if name is not None and name in keep:
                return {"$ref": repl + name}
            return {"type": "object"}
        return {k: strip_refs(v, prefix, keep, repl) for k, v in node.items()}
    if isinstance(node, list):
        return [strip_refs(v, prefix, keep, repl) for v in node]
    return node


def direct_refs(node, prefix, out):
    if isinstance(node, dict):
        r = node.get("$ref")
        if isinstance(r, str) and r.startswith(prefix):
            out.add(r[len(prefix):])
        for v in node.values():
            direct_refs(v, prefix, out)
    elif isinstance(node, list):
        for v in node:
            direct_refs(v, prefix, out)
    return out


def schema_units(spec, host):
    """Component schemas with their directly referenced schemas (one level) as $defs/definitions."""
    if host == "stripe":
        defs, prefix = spec["components"]["schemas"], "#/components/schemas/"
    else:
        defs, prefix = spec["definitions"], "#/definitions/"
    units = []
    for name in sorted(defs):
        s = defs[name]
        props = s.get("properties") or {}
        if s.get("type", "object") != "object" or len(props) < 2:
            continue
        refs = sorted(direct_refs(s, prefix, set()) - {name})[:12]
        units.append({"host": host, "kind": "schema", "name": name, "schema": s, "refs": refs, "prefix": prefix,
                      "defs": defs, "src": f"{host}#{prefix[1:]}{name}"})
    return units


def render_schema(u, dialect):
    """dialect: '2020-12' ($defs) or 'draft-07' (definitions)."""
    keep = set(u["refs"]) | {u["name"]}
    key = "$defs" if dialect == "2020-12" else "definitions"
    repl = "#/$defs/" if dialect == "2020-12" else "#/definitions/"
    body = strip_refs(u["schema"], u["prefix"], keep, repl)
    out = {"$schema": "https://json-schema.org/draft/2020-12/schema" if dialect == "2020-12" else "http://json-schema.org/draft-07/schema#",
           "title": u["name"]}
    out.update({k: v for k, v in body.items() if k != "title"})
    out.setdefault("type", "object")
    if u["refs"]:
        out[key] = {r: strip_refs(u["defs"][r], u["prefix"], set(), repl) for r in u["refs"]}
    return out


def op_units(spec, host):
    units = []
    for path in sorted(spec["paths"]):
        item = spec["paths"][path]
        for method in ("get", "post", "put", "delete", "patch"):
            op = item.get(method)
            if not op or not op.get("operationId"):
                continue
            props, req = {}, []
            params = list(item.get("parameters", [])) + list(op.get("parameters", []))
            for p in params:
                if "$ref" in p or p.get("in") not in ("path", "query", "body"):
                    continue
                if p["in"] == "body":
                    sch = p.get("schema", {})
                    if "$ref" in sch:
                        sch = spec["definitions"].get(sch["$ref"].split("/")[-1], {})
                    for k, v in (sch.get("properties") or {}).items():
                        props[k] = strip_refs(v, "#/definitions/", set(), "")
                    continue
                if host == "stripe":
                    sch = strip_refs(p.get("schema", {"type": "string"}), "#/components/schemas/", set(), "")
                else:
                    sch = {k: v for k, v in p.items() if k in ("type", "format", "enum", "default", "items")}
                    sch = strip_refs(sch, "#/definitions/", set(), "") or {"type": "string"}
                if p.get("description"):
                    sch = dict(sch, description=p["description"])
                props[p["name"]] = sch
                if p.get("required"):
                    req.append(p["name"])
            rb = op.get("requestBody", {}).get("content", {})
            for ct in ("application/x-www-form-urlencoded", "application/json"):
                if ct in rb:
                    sch = rb[ct].get("schema", {})
                    for k, v in (sch.get("properties") or {}).items():
                        props[k] = strip_refs(v, "#/components/schemas/", set(), "")
                    break
            if len(props) < 1:
                continue
            params_schema = {"type": "object", "properties": props}
            if req:
                params_schema["required"] = sorted(set(req))
            desc = (op.get("description") or op.get("summary") or "").strip()
            name = op["operationId"][:64]
            units.append({"host": host, "kind": "op", "name": name, "description": desc or name,
                          "parameters": params_schema, "src": f"{host}#/paths/{path}/{method}"})
    return units


# ------------------------------------------------------------------------------------------ wrappers
def pydantic_style(schema):
    s = copy.deepcopy(schema)
    s.pop("$schema", None)
    for k, v in (s.get("properties") or {}).items():
        if isinstance(v, dict) and "title" not in v:
            v["title"] = " ".join(w.capitalize() for w in re.split(r"[_\s]+", k) if w)
    if "definitions" in s:
        s["$defs"] = s.pop("definitions")
        s = json.loads(json.dumps(s).replace('"#/definitions/', '"#/$defs/'))
    return s


def wrap_schema(folder, u, rng):
    """Returns (doc, root pointer of the schema, info)."""
    if folder == "jsonschema":
        return render_schema(u, "2020-12" if u["host"] == "stripe" else "draft-07"), ""
    if folder == "openapi-components":
        sch = render_schema(u, "2020-12")
        defs = sch.pop("$defs", {})
        sch.pop("$schema", None)
        sch = json.loads(json.dumps(sch).replace('"#/$defs/', '"#/components/schemas/'))
        comps = {u["name"]: sch}
        for k, v in defs.items():
            comps[k] = json.loads(json.dumps(v).replace('"#/$defs/', '"#/components/schemas/'))
        doc = {"openapi": "3.1.0", "info": {"title": f"{u['host']} {u['name']}", "version": "1.0.0"},
               "components": {"schemas": comps}}
        return doc, "/components/schemas/" + esc(u["name"])
    if folder == "pydantic":
        return pydantic_style(render_schema(u, "draft-07")), ""
    if folder == "anthropic-structured":
        sch = render_schema(u, "2020-12")
        sch.pop("$schema", None)
        doc = {"model": "claude-sonnet-4-5", "max_tokens": 2048,
               "messages": [{"role": "user", "content": f"Fill in the {u['name']} record from the attached ticket."}],
               "output_config": {"format": {"type": "json_schema", "schema": sch}}}
        return doc, "/output_config/format/schema"
    raise KeyError(folder)


def wrap_tools(folder, ops, rng):
    """Returns (doc, [tool pointer], [param schema pointer])."""
    if folder == "anthropic-tools":
        doc = [{"name": o["name"], "description": o["description"], "input_schema": o["parameters"]} for o in ops]
        return doc, [f"/{i}" for i in range(len(ops))], [f"/{i}/input_schema" for i in range(len(ops))]
    if folder == "anthropic-messages":
        doc = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "metadata": {"user_id": "usr_" + hashlib.sha256(ops[0]["name"].encode()).hexdigest()[:16]},
               "messages": [{"role": "user", "content": "Please take care of this request for the account on file."}],
               "tools": [{"name": o["name"], "description": o["description"], "input_schema": o["parameters"]} for o in ops]}
        return doc, [f"/tools/{i}" for i in range(len(ops))], [f"/tools/{i}/input_schema" for i in range(len(ops))]
    if folder == "openai-responses":
        tools = []
        for o in ops:
            p = copy.deepcopy(o["parameters"])
            p["additionalProperties"] = False
            tools.append({"type": "function", "name": o["name"], "description": o["description"], "parameters": p, "strict": True})
        doc = {"model": "gpt-4.1", "input": "Handle the customer's request using the tools.", "tools": tools, "tool_choice": "auto"}
        return doc, [f"/tools/{i}" for i in range(len(ops))], [f"/tools/{i}/parameters" for i in range(len(ops))]
    if folder == "mcp-tools-list":
        tools = [{"name": o["name"], "description": o["description"], "inputSchema": o["parameters"],
                  "annotations": {"title": re.sub(r"(?<!^)(?=[A-Z])", " ", o["name"]).strip(), "readOnlyHint": o["name"].startswith(("Get", "list", "get"))}} for o in ops]
        doc = {"jsonrpc": "2.0", "id": 7, "result": {"tools": tools}}
        return doc, [f"/result/tools/{i}" for i in range(len(ops))], [f"/result/tools/{i}/inputSchema" for i in range(len(ops))]
    if folder == "gemini":
        doc = {"contents": [{"role": "user", "parts": [{"text": "Look into the request below and call the right function."}]}],
               "tools": [{"functionDeclarations": [{"name": o["name"], "description": o["description"], "parameters": o["parameters"]} for o in ops]}],
               "toolConfig": {"functionCallingConfig": {"mode": "AUTO"}}}
        return doc, [f"/tools/0/functionDeclarations/{i}" for i in range(len(ops))], [f"/tools/0/functionDeclarations/{i}/parameters" for i in range(len(ops))]
    raise KeyError(folder)


# ------------------------------------------------------------------------------------------ pointers
def esc(t):
    return t.replace("~", "~0").replace("/", "~1")


def resolve(doc, ptr):
    if ptr == "":
        return doc
    cur = doc
    for tok in ptr[1:].split("/"):
        tok = tok.replace("~1", "/").replace("~0", "~")
        cur = cur[int(tok)] if isinstance(cur, list) else cur[tok]
    return cur


def rx_escape(s):
    return re.sub(r"([.^$*+?()\[\]{}|\\])", r"\\\1", s)


# ------------------------------------------------------------------------------------------ vocab
CUE_KEYS = {
    "PERSON": ["PID_5_PatientName", "mothersMaidenName", "decedentLegalName", "kanja_shimei", "nome_do_paciente", "injuredWorkerName", "studentLegalName", "NK1_2_responsible_party"],
    "DATE_OF_BIRTH": ["PID_7_BirthDate", "seinengappi", "dtNascimento", "geb_datum", "date_naissance_patient", "adaBox21PatientDob", "injured_worker_birth_dt", "IDOB_full"],
    "MRN": ["PID3_MR_identifier", "kanjaBango", "numeroProntuario", "numDossierMedical", "crf_site_chart_no", "schoolNurseChartNo"],
    "US_SSN": ["PID_19_SSN", "decedentSSN", "injuredWorkerSSN", "adaBox15SubscriberSsn", "ssn_titular"],
    "PHONE_NUMBER": ["PID_13_HomePhone", "denwa_bango", "telefone_celular", "numero_portable", "parentGuardianPhone", "emergencyContactTel"],
    "EMAIL_ADDRESS": ["PID_13_email", "meeru_adoresu", "correio_eletronico", "emailResponsavel", "guardianEmail"],
    "STREET_ADDRESS": ["PID_11_address", "jusho", "endereco_residencial", "adresse_domicile", "decedentResidenceStreet"],
    "ZIP_CODE": ["PID_11_5_zip", "yubin_bango", "motherResidenceZip", "studentHomeZip", "ZIPCODE_RES"],
    "HEALTH_PLAN_ID": ["IN1_36_PolicyNumber", "pdexMemberIdentifier", "hokensho_bango", "numero_carteirinha", "eligibility_member_no", "medicaidRecipientNo"],
    "ACCOUNT_NUMBER": ["adaBillingAcctNo", "kouza_bango", "numero_conta", "iban_remboursement", "cardOnFilePan"],
    "LICENSE_NUMBER": ["injuredWorkerDlNumber", "unten_menkyo_bango", "carteira_habilitacao", "permis_conduire_no", "guardian_dl_no"],
    "DEVICE_ID": ["cpap_device_sn", "hearing_aid_serial", "udi_gs1_carrier", "homeMonitorImei", "seizou_bango", "bt_module_eui64"],
    "VEHICLE_ID": ["accidentVehicleVin", "shadai_bango", "numero_chassi", "vehicle_vin_iaiabc"],
    "IP_ADDRESS": ["registryLoginIp", "portal_last_ip", "endereco_ip", "adresse_ip_client"],
    "URL": ["fundraiserUrl", "obituaryLink", "memorial_page", "pagina_vaquinha", "patientProfileUrl"],
    "SECRET": ["iis_sftp_password", "registry_api_token", "senha_integracao", "pasuwado", "webhook_secret"],
}
GENERIC_KEYS = ["value", "sample", "note", "memo", "fixture", "hint", "seed", "legacy_ref", "imported", "observacao", "bikou", "notiz"]
DESC_LEADS = ["Seen in the VXU backfill: ", "Copied from the IIS ticket: ", "Left in from the pilot - ", "From the claim attachment: ",
              "Debug note, remove before release: ", "QA fixture - ", "Escalation example: ", "Pulled from the eligibility file: "]
PREFIX = {"DATE_OF_BIRTH": ["dob_", "seinengappi_", "nasc_", "DOB"], "MRN": ["mrn_", "prontuario_", "MRN", "kanja_"],
          "US_SSN": ["ssn_", "SSN", "ss_no_"], "PHONE_NUMBER": ["tel_", "denwa_", "cel_", "Phone"],
          "ZIP_CODE": ["zip_", "yubin_", "ZIP"], "HEALTH_PLAN_ID": ["mbi_", "member_", "medicaid_", "MBI"],
          "ACCOUNT_NUMBER": ["iban_", "pan_", "acct_", "IBAN"], "LICENSE_NUMBER": ["dl_", "menkyo_", "DL"],
          "DEVICE_ID": ["imei_", "eui64_", "sn_", "IMEI"], "VEHICLE_ID": ["vin_", "chassi_", "VIN"],
          "IP_ADDRESS": ["ip_", "IP"], "SECRET": ["token_", "key_"], "PERSON": [""]}

JPREFIX = {"card_joined": ["pan_", "card_"], "iban_joined": ["iban_", "IBAN"], "acct_joined": ["acct_", "guarantor_acct_"],
           "imei_joined": ["imei_", "IMEI"], "eui64_joined": ["eui64_"], "mac_joined": ["mac_", "MAC"], "udi_joined": ["udi_"],
           "serial_joined": ["sn_", "cpap_sn_"], "mbi_joined": ["mbi_", "MBI"], "medicaid_joined": ["medicaid_", "mcd_"],
           "member_joined": ["member_", "mbr_"]}

# ------------------------------------------------------------------------------------------ values
class Val:
    def __init__(self, cat, text, kind, standalone, cue, joined=None, jkind=None, rule=None, meta=None):
        self.cat, self.text, self.kind, self.standalone, self.cue = cat, text, kind, standalone, cue
        self.joined, self.jkind, self.rule, self.meta = joined, jkind, rule, meta or {}


def make_value(g, cat, i):
    r = g.r
    if cat == "PERSON":
        if i % 7 == 6:
            cult, full = V.NATIVE[(i // 7) % len(V.NATIVE)]
            return Val(cat, full, "native_script", True, "patient", None)
        given, fam, cult = g.person_parts()
        if cult == "vi":
            given = r.choice([x for x in g.given["vi"] if len(x) >= 4 and x.lower() not in ("chay", "chin", "chua", "chao")])
        form = i % 6
        if cult in ("vi", "ko", "ja") and form in (0, 1):
            text, kind = f"{fam} {given}", "family_first"
        elif form == 0:
            text, kind = f"{given} {fam}", "natural"
        elif form == 1:
            text, kind = f"{fam.upper()}, {given}", "family_caps_comma"
        elif form == 2:
            text, kind = f"{given[0]}. {fam}", "initial_family"
        elif form == 3:
            text, kind = f"{given.lower()} {fam.lower()}", "lower"
        elif form == 4:
            text, kind = f"{fam}, {given}", "family_comma"
        else:
            text, kind = f"{given} {fam}", "natural"
        a, b = V.fold(given).replace(" ", ""), V.fold(fam).replace(" ", "").replace("-", "")
        js = [(f"{a.lower()}_{b.lower()}", "snake_joined"), (f"{a[0].lower()}{a[1:]}{b}", "camel_joined"),
              (f"{a.lower()}-{b.lower()}", "kebab_joined"), (f"{b.upper()}_{a.upper()}", "screaming_joined"), (f"{a}{b}", "pascal_joined")]
        j, jk = js[i % len(js)]
        return Val(cat, text, kind, True, "patient", j, jk)
    if cat == "DATE_OF_BIRTH":
        d = g.dob()
        forms = ["dd_MON_yyyy", "yyyy_Mon_dd", "fr_long", "pt_long", "tr_long", "dd_mon_yyyy_slash", "mm_dd_yyyy_dash", "d_m_yyyy_dot", "month_dd_yyyy"]
        f = forms[i % len(forms)]
        cue = {"fr_long": "née le", "pt_long": "data de nascimento", "tr_long": "doğum tarihi"}.get(f, r.choice(["DOB", "born", "PID-7 birth date", "seinengappi"]))
        jf = ["yyyymmdd", "yyyy_mm_dd_us", "ddmmyyyy"][i % 3]
        return Val(cat, g.dob_text(d, f), "dob_" + f, False, cue, g.dob_text(d, jf), "dob_" + jf + "_joined", meta={"date": d.isoformat(), "form": f, "jform": jf})
    if cat == "MRN":
        site = r.choice(["TVM", "LKH", "OCH", "PRH", "WCH", "NBM"])
        forms = [(f"{site}/{g.digits(7, True)}", "mrn_site_slash"), (f"{site}.{g.digits(2)}.{g.digits(3)}.{g.digits(3)}", "mrn_dotted_groups"),
                 (f"{g.digits(4, True)} {g.digits(4)}", "mrn_spaced"), (f"R{g.digits(9, True)}", "mrn_r9"), (f"{site}{g.digits(8, True)}", "mrn_site8")]
        t, k = forms[i % len(forms)]
        cue = r.choice(["MRN", "PID-3 MR", "chart #", "prontuário nº", "kanja bango"])
        return Val(cat, t, k, False, cue, re.sub(r"[^A-Za-z0-9]", "", t), "mrn_joined")
    if cat == "US_SSN":
        s = g.ssn()
        d = s.replace("-", "")
        forms = [(s, "ssn_dashed", True), (f"{d[:3]} {d[3:5]} {d[5:]}", "ssn_spaced", False), (d, "ssn_plain", False), (s, "ssn_dashed", True)]
        t, k, sa = forms[i % 4]
        return Val(cat, t, k, sa, r.choice(["SSN", "PID-19", "social security no."]), d if i % 2 else s.replace("-", "_"), "ssn_joined")
    if cat == "PHONE_NUMBER":
        if i % 2 == 0:
            city = g.us_city()
            n = g.us_phone(city)
            forms = [(f"{n[:3]}-{n[3:6]}-{n[6:]}", "us_dashed"), (f"+1 {n[:3]} {n[3:6]} {n[6:]}", "us_e164_spaced"),
                     (f"({n[:3]}) {n[3:6]}.{n[6:]}", "us_paren_dot"), (f"1 ({n[:3]}) {n[3:6]}-{n[6:]}", "us_1_paren")]
            t, k = forms[(i // 2) % 4]
            return Val(cat, t, k, True, r.choice(["tel", "cell", "PID-13 home phone", "phone"]), n, "phone_joined", meta={"e164": "+1" + n})
        region = V.MOBILE_REGIONS[(i // 2) % len(V.MOBILE_REGIONS)]
        p = g.mobile(region)
        t = phonenumbers.format_number(p, PNF.INTERNATIONAL if i % 4 == 1 else PNF.E164)
        e = phonenumbers.format_number(p, PNF.E164)
        return Val(cat, t, "mobile_" + region, True, r.choice(["cell", "WhatsApp", "mobile"]), e[1:], "phone_joined", meta={"e164": e})
    if cat == "EMAIL_ADDRESS":
        given, fam, _ = g.person_parts()
        a, b = V.fold(given).lower().replace(" ", ""), V.fold(fam).lower().replace(" ", "").replace("-", "")
        local = [f"{a}.{b}", f"{a[0]}{b}{r.randint(2, 98)}", f"{b}_{a}", f"{a}{b[:3]}{r.randint(60, 99)}"][i % 4]
        return Val(cat, f"{local}@{r.choice(V.EMAIL_DOMAINS)}", "email", True, "email")
    if cat == "STREET_ADDRESS":
        form = i % 5
        if form in (0, 1, 2):
            city = g.us_city()
            num = r.randint(101, 9899)
            st = f"{num} {r.choice(V.STREETS)} {r.choice(V.PUB28)}"
            if form == 1:
                st += f" {r.choice(V.UNITS)} {r.randint(2, 48)}"
            t = st if form == 2 else f"{st}, {city[2]}, {city[3]} {g.zip5(city)}"
            return Val(cat, t, ["us_full", "us_unit_full", "us_street_only"][form], form != 2, "lives at", meta={"zip_prefix": city[1]})
        if form == 3:
            t = r.choice([f"{r.randint(1, 9)}-{r.randint(1, 30)}-{r.randint(1, 20)} Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023",
                          f"Blk {r.randint(1, 40)} Lot {r.randint(1, 30)}, Brgy. San Isidro, Antipolo City, Rizal 1870",
                          f"{r.randint(2, 90)} Adeola Odeku Street, Victoria Island, Lagos"])
            return Val(cat, t, "intl_jp_ph_ng", True, "home address")
        t = r.choice([f"Rua de Cedofeita {r.randint(10, 400)}, 4050-{r.randint(100, 999)} Porto",
                      f"{r.randint(2, 80)} Anna Salai, Teynampet, Chennai 600018", f"ul. Piotrkowska {r.randint(10, 250)}/{r.randint(1, 30)}, 90-{r.randint(100, 999)} Łódź"])
        return Val(cat, t, "intl_pt_in_pl", True, "home address")
    if cat == "ZIP_CODE":
        city = g.us_city()
        z = g.zip5(city)
        if i % 3 == 1:
            z = f"{z}-{g.digits(4, True)}"
        return Val(cat, z, "zip5" if len(z) == 5 else "zip_plus4", False, r.choice(["ZIP", "residence ZIP", "mother's residence ZIP"]), z.replace("-", ""), "zip_joined", meta={"zip_prefix": city[1]})
    if cat == "HEALTH_PLAN_ID":
        f = i % 5
        if f == 0:
            m = g.mbi()
            return Val(cat, m if i % 2 else f"{m[:4]}-{m[4:7]}-{m[7:]}", "mbi", False, r.choice(["MBI", "Medicare Beneficiary Identifier"]), m, "mbi_joined")
        if f == 1:
            t = g.digits(12, True)
            return Val(cat, t, "ohio_medicaid_12", False, "Ohio Medicaid billing no.", t, "medicaid_joined")
        if f == 2:
            t = g.digits(10, True)
            return Val(cat, t, "pa_access_10", False, "PA ACCESS card #", t, "medicaid_joined")
        if f == 3:
            t = g.digits(9, True)
            return Val(cat, t, "il_rin_9", False, "Illinois Medicaid RIN", t, "medicaid_joined")
        t = f"{r.choice(['XZK', 'QWB', 'JHP'])}{g.digits(8, True)}-{r.randint(1, 4):02d}"
        return Val(cat, t, "member_id_dependent", False, "CARIN BB subscriber id", t.replace("-", ""), "member_joined")
    if cat == "ACCOUNT_NUMBER":
        f = i % 4
        if f in (0, 1):
            brand = ["unionpay", "lankapay", "tunion", "cabal"][(i // 2) % 4]
            c = g.card(brand)
            t = c if len(c) != 16 or i % 3 else " ".join(c[j:j + 4] for j in range(0, 16, 4))
            return Val(cat, t, "card_" + brand, True, "card", c, "card_joined", meta={"brand": brand})
        if f == 2:
            cc = sorted(V.IBAN_SPEC)[(i // 4) % len(V.IBAN_SPEC)]
            ib = g.iban(cc)
            t = ib if i % 3 else " ".join(ib[j:j + 4] for j in range(0, len(ib), 4))
            return Val(cat, t, "iban_" + cc, True, "IBAN", ib, "iban_joined")
        t = f"{g.digits(2, True)}-{g.digits(5)}-{g.digits(1)}"
        return Val(cat, t, "guarantor_account", False, "guarantor account", t.replace("-", ""), "acct_joined")
    if cat == "LICENSE_NUMBER":
        f = i % 7
        st, t = [("Alaska", lambda: g.digits(7, True)), ("Arkansas", lambda: "9" + g.digits(8)), ("South Carolina", lambda: g.digits(r.choice([9, 10, 11]), True)),
                 ("District of Columbia", lambda: g.digits(7, True)), ("Utah", lambda: "1" + g.digits(r.choice([8, 9]))),
                 ("Quebec", lambda: f"{r.choice('BCDFGLMPRST')}{g.digits(4)}-{g.digits(6)}-{g.digits(2)}"), ("British Columbia", lambda: g.digits(7, True))][f]
        t = t()
        return Val(cat, t, "dl_" + st.lower().replace(" ", "_"), False, f"{st} driver's license" if f < 5 else ("permis de conduire" if f == 5 else "BC driver's licence"),
                   re.sub(r"[^0-9A-Z]", "", t), "dl_joined", meta={"state": st})
    if cat == "DEVICE_ID":
        f = i % 5
        if f == 0:
            im = g.imei()
            t = f"{im[:8]} {im[8:14]} {im[14]}"
            return Val(cat, t, "imei_tac_snr_cd", False, "IMEI", im, "imei_joined")
        if f == 1:
            e = g.eui64()
            return Val(cat, e, "eui64", True, "EUI-64", e.replace(":", "").lower(), "eui64_joined")
        if f == 2:
            b = g.mac()
            t = "-".join(f"{x:02x}" for x in b)
            return Val(cat, t, "mac_dash_lower", True, "MAC", "".join(f"{x:02x}" for x in b), "mac_joined")
        if f == 3:
            gt = g.gtin14()
            d = g.dob()
            t = f"(01){gt}(17){str(d.year + 60)[2:]}{d.month:02d}{d.day:02d}(10)L{g.digits(5)}(21){g.alnum(8, '0123456789ABCDEFGHJKLMNPRSTUVWXYZ')}"
            return Val(cat, t, "gs1_udi_17_10_21", False, "UDI", re.sub(r"[()]", "", t), "udi_joined", meta={"gtin": gt})
        t = f"23{g.digits(9)}"
        return Val(cat, t, "cpap_serial", False, "CPAP serial SRN", t, "serial_joined")
    if cat == "VEHICLE_ID":
        v = g.vin()
        return Val(cat, v, "vin", True, "VIN", v, "vin_joined")
    if cat == "IP_ADDRESS":
        if i % 3 == 2:
            a = g.ipv6()
            return Val(cat, a, "ipv6", True, "client IP", a.replace(":", "_"), "ip_joined")
        a = g.ipv4()
        t = a if i % 3 == 0 else f"{a}:{r.choice([8443, 5061, 49152, 3389])}"
        return Val(cat, t, "ipv4" if i % 3 == 0 else "ipv4_port", True, "from IP", a.replace(".", "_"), "ip_joined")
    if cat == "URL":
        given, fam, _ = g.person_parts()
        a, b = V.fold(given).lower().replace(" ", ""), V.fold(fam).lower().replace(" ", "-")
        u = [f"https://givebutter.com/{a}-{b}-recovery", f"https://www.buymeacoffee.com/{a}{b}", f"https://kitabisa.com/campaign/bantu{a}{b.replace('-', '')}",
             f"https://www.vakinha.com.br/vaquinha/tratamento-{a}-{b}", f"https://www.leetchi.com/c/{a}-{b}-soins", f"https://zrzutka.pl/{g.alnum(6, 'abcdefghjkmnpqrstuvwxyz23456789')}",
             f"https://www.behance.net/{a}{b.replace('-', '')}", f"https://{a}{b.replace('-', '')}.tumblr.com", f"https://patient.example-clinic-portal.net/chart?patientid={g.digits(7, True)}&last={b}" if False else
             f"https://mychart.tvmhealth.org/MyChart/Billing/GuestPay?acct={g.digits(8, True)}&lname={b}"][i % 9]
        return Val(cat, u, "url_" + u.split("/")[2].split(".")[-2], True, "fundraiser")
    if cat == "SECRET":
        rules = sorted(V.SECRET_RULES)
        if i % 8 == 7:
            pw = g.password()
            return Val(cat, pw, "password", False, r.choice(["password", "senha", "pasuwado"]), None)
        if i % 8 == 3:
            u = f"mssql+pyodbc://iis_loader:{g.password()}@sql{r.randint(2, 9)}.vxu-feed.internal:1433/registry?driver=ODBC+Driver+18"
            return Val(cat, u, "sqlalchemy_url_password", True, "connection", None)
        rule = rules[(i // 1) % len(rules)]
        s = g.secret(rule)
        cue = {"yandex-api-key": "yandex_api_key: ", "typeform-api-token": "typeform token = "}.get(rule)
        if cue:  # keyword-gated gitleaks rules: the keyword is part of the planted value
            s = cue + s
        return Val(cat, s, "secret_" + rule, True, "token", s if not cue and re.fullmatch(r"[A-Za-z0-9_\-.]+", s) and len(s) <= 56 else None, "secret_joined", rule=rule)
    raise KeyError(cat)


# ------------------------------------------------------------------------------------------ planting
class Planter:
    def __init__(self, rng, gen):
        self.r, self.g = rng, gen
        self.counter = {}

    def key_for(self, cat, placement, doc_props):
        pool = CUE_KEYS[cat] if placement == "key_cue" else GENERIC_KEYS
        for _ in range(50):
            k = self.r.choice(pool)
            if k not in doc_props:
                return k
        return pool[0] + "_2"

    def free_text(self, v, placement):
        lead = self.r.choice(DESC_LEADS)
        if placement == "text_cue":
            return lead + f"{v.cue} {v.text}."
        return lead + v.text + "."


def host_string_props(schema):
    out = []
    for k, p in (schema.get("properties") or {}).items():
        if isinstance(p, dict) and p.get("type") == "string" and "enum" not in p and "$ref" not in p:
            out.append(k)
    return out


def plant_positive(pl, doc, ctx, surf, v, labels, fid):
    """Mutates doc; appends label dicts. ctx: {'roots': [...], 'tools': [...], 'folder', 'fname'}."""
    r = pl.r
    root_ptr = r.choice(ctx["roots"])
    root = resolve(doc, root_ptr)
    root.setdefault("properties", {})
    props = root["properties"]
    lab = {"surface": surf, "category": v.cat}

    def put(ptr, value, kind, placement, raw=None):
        d = dict(lab, pointer=ptr, value=value, kind=kind, placement=placement)
        if raw is not None:
            d["raw"] = raw
        labels.append(d)

    if surf in ("const", "default", "enum", "examples", "title", "pattern"):
        choices = ["key_cue", "text_cue"] + (["no_cue", "no_cue"] if v.standalone else [])
        if surf == "pattern" and not v.standalone:
            choices = ["key_cue"]
        placement = r.choice(choices)
        use_host = placement != "key_cue" and r.random() < 0.5 and host_string_props(root) and surf != "title"
        if use_host:
            k = r.choice(host_string_props(root))
            target = props[k]
        else:
            k = pl.key_for(v.cat, placement, props)
            target = props[k] = {"type": "string"}
        text = v.text if placement != "text_cue" else f"{v.cue} {v.text}"
        base = root_ptr + "/properties/" + esc(k)
        if surf == "pattern":
            val = rx_escape(text)
            target["pattern"] = "^" + val + "$"
            put(base + "/pattern", rx_escape(v.text), v.kind, placement, raw=v.text)
        elif surf == "enum":
            opts = [text, "UNKNOWN"] if r.random() < 0.5 else ["", text]
            target["enum"] = opts
            put(base + f"/enum/{opts.index(text)}", v.text, v.kind, placement)
        elif surf == "examples":
            target["examples"] = [text]
            put(base + "/examples/0", v.text, v.kind, placement)
        else:
            target[surf] = text
            put(base + "/" + surf, v.text, v.kind, placement)
        return
    if surf == "description":
        placement = "text_cue" if (not v.standalone or r.random() < 0.5) else "no_cue"
        cands = [k for k, p in props.items() if isinstance(p, dict) and isinstance(p.get("description"), str)]
        if cands:
            k = r.choice(cands)
            props[k]["description"] = props[k]["description"].rstrip() + " " + pl.free_text(v, placement)
        else:
            k = pl.key_for(v.cat, "no_cue", props)
            props[k] = {"type": "string", "description": pl.free_text(v, placement)}
        put(root_ptr + "/properties/" + esc(k) + "/description", v.text, v.kind, placement)
        return
    if surf == "tool_description":
        placement = "text_cue" if (not v.standalone or r.random() < 0.5) else "no_cue"
        tp = r.choice(ctx["tools"])
        t = resolve(doc, tp)
        t["description"] = t["description"].rstrip() + "\n\n" + pl.free_text(v, placement)
        put(tp + "/description", v.text, v.kind, placement)
        return
    if surf == "metadata":
        placement = "text_cue" if (not v.standalone or r.random() < 0.5) else "no_cue"
        opts = ["comment", "x"]
        if ctx["folder"] in ("anthropic-messages", "anthropic-structured"):
            opts += ["user_id", "user_id"]
        if ctx["folder"] == "mcp-tools-list":
            opts += ["ann", "ann"]
        o = r.choice(opts)
        text = v.text if placement == "no_cue" else f"{v.cue} {v.text}"
        if o == "comment":
            root["$comment"] = "sample from the registry export: " + text
            put(root_ptr + "/$comment", v.text, v.kind, placement)
        elif o == "x":
            k = r.choice(list(props)) if props else pl.key_for(v.cat, "no_cue", props)
            props.setdefault(k, {"type": "string"})
            xk = r.choice(["x-sample-source", "x-iis-note", "x-provenance", "x-crf-comment"])
            props[k][xk] = text
            put(root_ptr + "/properties/" + esc(k) + "/" + xk, v.text, v.kind, placement)
        elif o == "user_id":
            if v.joined and placement == "text_cue":
                pre = r.choice(JPREFIX.get(v.jkind) or [p for p in PREFIX[v.cat] if p]) if v.cat != "PERSON" else ""
                doc.setdefault("metadata", {})["user_id"] = pre + v.joined
                put("/metadata/user_id", v.joined, v.jkind, "text_cue" if pre else "no_cue")
            else:
                doc.setdefault("metadata", {})["user_id"] = text
                put("/metadata/user_id", v.text, v.kind, placement)
        else:
            tp = r.choice(ctx["tools"])
            t = resolve(doc, tp)
            t["annotations"]["title"] = f"Open record - {text}"
            put(tp + "/annotations/title", v.text, v.kind, placement)
        return
    # joined surfaces
    pre = "" if v.cat == "PERSON" else r.choice(JPREFIX.get(v.jkind) or [p for p in PREFIX[v.cat] if p])
    if v.cat in ("VEHICLE_ID",) and r.random() < 0.4:
        pre = ""
    placement = "no_cue" if pre == "" else "text_cue"
    token = pre + v.joined
    if surf == "property_name":
        key = token if r.random() < 0.5 else token + r.choice(["_record", "_ref", "Notes", "_v2"])
        props[key] = {"type": "string"}
        put(root_ptr + "/properties/" + esc(key), v.joined, v.jkind, placement)
    elif surf == "pattern_property":
        rxk = "^" + rx_escape(token) + r.choice(["$", "(_[a-z]+)?$", "\\.[0-9]+$"])
        root.setdefault("patternProperties", {})[rxk] = {"type": "string"}
        put(root_ptr + "/patternProperties/" + esc(rxk), rx_escape(v.joined), v.jkind, placement, raw=v.joined)
    elif surf == "tool_name":
        tp = r.choice(ctx["tools"])
        t = resolve(doc, tp)
        sep = "_" if not t["name"].endswith("_") else ""
        room = 64 - len(token) - 1
        base = t["name"][:max(room, 0)]
        t["name"] = (base + sep + token) if base else token
        assert len(t["name"]) <= 64 and re.fullmatch(r"[A-Za-z0-9_-]+", t["name"]), t["name"]
        put(tp + "/name", v.joined, v.jkind, placement)
    elif surf == "file_name":
        ctx["fname_token"] = token
        put("", v.joined, v.jkind, placement)
    else:
        raise KeyError(surf)


# ------------------------------------------------------------------------------------------ negatives
NEG = {
    "code_enum": [("cvx_code", ["03", "08", "10", "20", "21", "33", "88", "94", "115", "133"]), ("mvx_manufacturer", ["PFR", "MOD", "MSD", "SKB", "SNF", "ASZ"]),
                  ("vfc_eligibility", ["V01", "V02", "V03", "V04", "V05", "V07"]), ("ada_cdt_procedure", ["D0120", "D0150", "D1110", "D2740", "D7140"]),
                  ("iaiabc_nature_of_injury", ["02", "10", "13", "28", "37", "52"]), ("x12_coverage_level", ["EMP", "ESP", "FAM", "IND", "ECH"]),
                  ("hl7_0063_relationship", ["SEL", "SPO", "CHD", "MTH", "FTH", "GRD"]), ("nchs_marital_status", ["M", "A", "W", "D", "S", "U"]),
                  ("nchs_education_level", ["1", "2", "3", "4", "5", "6", "7", "8", "9"]), ("route_of_admin", ["IM", "SC", "ID", "PO", "IN"])],
    "category_label_key": ["patient_dob", "seinengappi", "kanja_bango", "MotherMaidenName", "medicaid_id", "denwa_bango", "jusho", "hokensho_bango",
                           "dentistLicenseNo", "subscriberSsn", "numero_prontuario", "PID_19_SSN", "vehicleVin", "guarantorAccount"],
    "reserved_placeholder": [lambda g: "(641) 555-0137", lambda g: "jan.kowalczyk@example.com", lambda g: "198.51.100.77", lambda g: "2001:db8::3f2a",
                             lambda g: "000-00-0000", lambda g: "XXX-XX-XXXX", lambda g: "YOUR_TYPEFORM_TOKEN", lambda g: "<GITLAB_FEED_TOKEN>",
                             lambda g: "6200000000000005", lambda g: "Nguyễn Văn A", lambda g: "Hong Gildong", lambda g: "Juan dela Cruz",
                             lambda g: "Fulano de Tal", lambda g: "https://example.org/patients/{patientId}", lambda g: "MRN-0000000", lambda g: "192.0.2.44"],
    "format_regex": ["^\\d{3}-\\d{2}-\\d{4}$", "^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\\d[AC-HJKMNP-RT-Y]{2}\\d{2}$",
                     "^PL\\d{26}$", "^62\\d{14,17}$", "^[A-HJ-NPR-Z0-9]{17}$", "^([0-9A-F]{2}:){7}[0-9A-F]{2}$", "^glft-[0-9a-zA-Z_\\-]{20}$",
                     "^\\d{5}(-\\d{4})?$", "^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$", "^9\\d{8}$"],
    "name_like_word": [("hometown", "Savannah"), ("state_name", "Victoria"), ("vehicle_make", "Mercedes"), ("eye_part", "Iris"), ("color_name", "Olive"),
                       ("season", "Autumn"), ("territory", "Dakota"), ("city", "Sydney"), ("gemstone", "Jade"), ("boat_slip_type", "Marina")],
    "category_words_text": ["The cardholder's date of birth is collected for KYC and never echoed back.",
                            "Member ID as printed on the insurance card; do not log it.", "Patient phone number in E.164 format.",
                            "Driver's license number of the injured worker, if provided.", "The email address of the guardian on file.",
                            "Social Security number is masked to the last four digits.", "Home street address, city, state and ZIP code.",
                            "Medical record number assigned by the registry."],
    "version_date": [("stripe_version", "2020-08-27"), ("api_version", "2024-06-20"), ("deprecated", "Deprecated as of 2019-02-19; use the v2 endpoint."),
                     ("model", "gpt-4.1-2025-04-14"), ("release", "Okta API 2.16.0 released 2023-02-07"), ("schema_build", "build 20240918.3"),
                     ("since", "Available since API version 2022-11-15."), ("iis_release", "CDC IIS implementation guide release 1.5 (2018-03)")],
    "tool_category_words": ["get_patient_by_mrn", "update_member_dob", "verify_ssn_last4", "lookup_vin_registration", "send_sms_to_phone"],
    "file_name_category_words": ["patient_address_form", "member_dob_lookup", "ssn_verification", "guardian_contact_email"],
}
NEG_PLAN = {"reserved_placeholder": 14, "category_label_key": 12, "code_enum": 12, "format_regex": 10, "name_like_word": 10,
            "category_words_text": 8, "version_date": 8, "tool_category_words": 5, "file_name_category_words": 4}


def plant_negative(pl, doc, ctx, kind, n, labels, has_tool_name, has_file):
    r = pl.r
    root_ptr = r.choice(ctx["roots"])
    root = resolve(doc, root_ptr)
    root.setdefault("properties", {})
    props = root["properties"]
    lab = {"category": "NONE", "kind": kind, "placement": "none"}

    def newkey(base):
        k = base
        while k in props:
            k += "_x"
        return k
    if kind == "code_enum":
        k0, codes = NEG[kind][n % len(NEG[kind])]
        k = newkey(k0)
        props[k] = {"type": "string", "enum": list(codes)}
        labels.append(dict(lab, surface="enum", pointer=f"{root_ptr}/properties/{esc(k)}/enum/0", value=codes[0]))
    elif kind == "category_label_key":
        k = newkey(NEG[kind][n % len(NEG[kind])])
        props[k] = {"type": "string"}
        labels.append(dict(lab, surface="property_name", pointer=f"{root_ptr}/properties/{esc(k)}", value=k))
    elif kind == "reserved_placeholder":
        val = NEG[kind][n % len(NEG[kind])](pl.g)
        surf = ["examples", "default", "const", "description"][n % 4]
        k = newkey(["sample_value", "placeholder", "example_contact", "demo"][n % 4])
        if surf == "examples":
            props[k] = {"type": "string", "examples": [val]}
            ptr = f"{root_ptr}/properties/{esc(k)}/examples/0"
        elif surf == "description":
            props[k] = {"type": "string", "description": f"For example {val}."}
            ptr = f"{root_ptr}/properties/{esc(k)}/description"
        else:
            props[k] = {"type": "string", surf: val}
            ptr = f"{root_ptr}/properties/{esc(k)}/{surf}"
        labels.append(dict(lab, surface=surf, pointer=ptr, value=val))
    elif kind == "format_regex":
        rx = NEG[kind][n % len(NEG[kind])]
        if n % 3 == 2:
            root.setdefault("patternProperties", {})[rx] = {"type": "string"}
            labels.append(dict(lab, surface="pattern_property", pointer=f"{root_ptr}/patternProperties/{esc(rx)}", value=rx))
        else:
            k = newkey(["formatted_id", "input_mask", "validated_field"][n % 3])
            props[k] = {"type": "string", "pattern": rx}
            labels.append(dict(lab, surface="pattern", pointer=f"{root_ptr}/properties/{esc(k)}/pattern", value=rx))
    elif kind == "name_like_word":
        k0, w = NEG[kind][n % len(NEG[kind])]
        k = newkey(k0)
        surf = ["enum", "const", "default"][n % 3]
        if surf == "enum":
            props[k] = {"type": "string", "enum": [w, "other"]}
            ptr = f"{root_ptr}/properties/{esc(k)}/enum/0"
        else:
            props[k] = {"type": "string", surf: w}
            ptr = f"{root_ptr}/properties/{esc(k)}/{surf}"
        labels.append(dict(lab, surface=surf, pointer=ptr, value=w))
    elif kind == "category_words_text":
        t = NEG[kind][n % len(NEG[kind])]
        k = newkey(["pii_note", "field_help", "privacy_hint"][n % 3])
        props[k] = {"type": "string", "description": t}
        labels.append(dict(lab, surface="description", pointer=f"{root_ptr}/properties/{esc(k)}/description", value=t))
    elif kind == "version_date":
        k0, t = NEG[kind][n % len(NEG[kind])]
        k = newkey(k0)
        surf = "const" if len(t) <= 20 else "description"
        props[k] = {"type": "string", surf: t}
        labels.append(dict(lab, surface=surf, pointer=f"{root_ptr}/properties/{esc(k)}/{surf}", value=t))
    elif kind == "tool_category_words":
        tp = [p for p in ctx["tools"] if p not in ctx.get("tool_name_used", ())]
        tp = tp[0]
        name = NEG[kind][n % len(NEG[kind])]
        resolve(doc, tp)["name"] = name
        labels.append(dict(lab, surface="tool_name", pointer=tp + "/name", value=name))
    elif kind == "file_name_category_words":
        ctx["fname_neg"] = NEG[kind][n % len(NEG[kind])]
        labels.append(dict(lab, surface="file_name", pointer="", value=ctx["fname_neg"]))


# ------------------------------------------------------------------------------------------ main
def slug(s):
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", s)


def write_json(path, doc):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")


def main():
    verify_sources()
    rng = random.Random(SEED)
    gen = V.Gen(random.Random(SEED + 1))
    pl = Planter(rng, gen)
    stripe, okta = load("hosts/stripe-spec3.subset.json"), load("hosts/okta-v1-swagger.json")
    sunits = sorted(schema_units(stripe, "stripe") + schema_units(okta, "okta"), key=lambda u: h(u["src"]))
    sunits = [u for u in sunits if 600 <= len(json.dumps(render_schema(u, "2020-12"))) <= 60000]
    ounits = sorted(op_units(stripe, "stripe") + op_units(okta, "okta"), key=lambda u: h(u["src"]))
    ounits = [u for u in ounits if len(json.dumps(u["parameters"])) <= 40000]

    # positive slots: 15 per surface; categories from a shuffled cycle, swapped where a category cannot be joined
    slots = []
    cats = []
    while len(cats) < PER_SURFACE * len(SURFACES):
        c = CATEGORIES[:]
        rng.shuffle(c)
        cats += c
    k = 0
    for s in SURFACES:
        for _ in range(PER_SURFACE):
            slots.append([s, cats[k]])
            k += 1
    for i, (s, c) in enumerate(slots):
        if s in JOINED_SURFACES and c in NOT_JOINABLE:
            for j, (s2, c2) in enumerate(slots):
                if s2 not in JOINED_SURFACES and c2 not in NOT_JOINABLE and slots[j][1] != c:
                    slots[i][1], slots[j][1] = c2, c
                    break
    # SECRET / PERSON joined: secrets whose token is not joinable are regenerated below
    rng.shuffle(slots)
    tool_slots = [s for s in slots if s[0] in ("tool_name", "tool_description")]
    other = [s for s in slots if s[0] not in ("tool_name", "tool_description")]

    n_tool_files = 40
    files = []
    for i in range(N_PLANTED):
        tool = i < n_tool_files
        folder = TOOL_FOLDERS[i % len(TOOL_FOLDERS)] if tool else SCHEMA_FOLDERS[i % len(SCHEMA_FOLDERS)]
        files.append({"folder": folder, "tool": tool, "slots": []})
    for i, s in enumerate(tool_slots):
        files[i % n_tool_files]["slots"].append(s)
    # other slots: fill files with fewest first (deterministic), max 4
    for s in other:
        cand = min(range(N_PLANTED), key=lambda j: (len(files[j]["slots"]), h(f"{j}:{s[0]}:{s[1]}")))
        # avoid two file_name plants / duplicate surface-category in one file
        order = sorted(range(N_PLANTED), key=lambda j: (len(files[j]["slots"]), h(f"{j}:{s[0]}:{s[1]}")))
        for j in order:
            if s[0] == "file_name" and any(x[0] == "file_name" for x in files[j]["slots"]):
                continue
            if s[0] == "metadata" and any(x[0] == "metadata" for x in files[j]["slots"]):
                continue
            cand = j
            break
        files[cand]["slots"].append(s)

    # negatives
    negs = []
    for kind, n in NEG_PLAN.items():
        negs += [(kind, i) for i in range(n)]
    rng.shuffle(negs)
    neg_tool = [x for x in negs if x[0] == "tool_category_words"]
    neg_rest = [x for x in negs if x[0] != "tool_category_words"]
    for i, x in enumerate(neg_tool):
        files[i * 7 % n_tool_files].setdefault("negs", []).append(x)
    j = 0
    for x in neg_rest:
        while True:
            f = files[j % N_PLANTED]
            j += 1
            if x[0] == "file_name_category_words" and any(s[0] == "file_name" for s in f["slots"]):
                continue
            if len(f.get("negs", [])) >= 1 and j < N_PLANTED * 3:
                continue
            f.setdefault("negs", []).append(x)
            break

    out_p, out_r = os.path.join(HERE, "planted"), os.path.join(HERE, "real")
    for d in (out_p, out_r):
        if os.path.isdir(d):
            shutil.rmtree(d)
    labels = []
    su_i, op_i = 0, 0
    cat_count = {}
    used_names = set()
    for fi, f in enumerate(files):
        folder = f["folder"]
        if f["tool"]:
            nops = 1 + (fi % 3)
            ops = ounits[op_i:op_i + nops]
            op_i += nops
            doc, tools, roots = wrap_tools(folder, copy.deepcopy(ops), rng)
            base_name = f"{ops[0]['host']}.{slug(ops[0]['name'])}"
            base_src = ops[0]["src"]
        else:
            u = sunits[su_i]
            su_i += 1
            doc, root = wrap_schema(folder, u, rng)
            tools, roots = [], [root]
            base_name = f"{u['host']}.{slug(u['name'])}"
            base_src = u["src"]
        ctx = {"roots": roots, "tools": tools, "folder": folder}
        flabels = []
        tool_name_done = []
        for s, c in f["slots"]:
            idx = cat_count.get(c, 0)
            while True:
                v = make_value(gen, c, idx)
                idx += 1
                if s in JOINED_SURFACES and not v.joined:
                    continue
                if s == "tool_name" and v.joined and len(v.joined) > 50:
                    continue
                if v.text in used_names:
                    continue
                break
            used_names.add(v.text)
            cat_count[c] = idx
            if s == "tool_name":
                # one tool_name plant per tool
                free = [t for t in tools if t not in tool_name_done]
                ctx["tools"] = free[:1] or tools
                tool_name_done.append(ctx["tools"][0])
            plant_positive(pl, doc, ctx, s, v, flabels, fi)
            ctx["tools"] = tools
        ctx["tool_name_used"] = tool_name_done
        for kind, n in f.get("negs", []):
            if kind == "tool_category_words" and len([t for t in tools if t not in tool_name_done]) == 0:
                kind, n = "category_label_key", 12 + n
            plant_negative(pl, doc, ctx, kind, n, flabels, bool(tool_name_done), "fname_token" in ctx)
        token = ctx.get("fname_token") or ctx.get("fname_neg")
        fname = f"{base_name}.{token}.json" if token else f"{base_name}.json"
        if not f["tool"]:
            fname = fname[:-5] + ".schema.json"
        rel = f"{folder}/{fname}"
        write_json(os.path.join(out_p, rel), doc)
        for l in flabels:
            l["file"] = rel
            l["base"] = base_src
            labels.append(l)
    # ids, stable order
    with open(os.path.join(out_p, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for n, l in enumerate(labels):
            row = {"id": f"eighth-{n:04d}", "file": l["file"], "pointer": l["pointer"], "surface": l["surface"], "category": l["category"],
                   "value": l["value"], "kind": l["kind"], "placement": l["placement"], "base": l["base"]}
            if "raw" in l:
                row["raw"] = l["raw"]
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    # real files: the next units, in the same wrappers
    man = []
    n_real_schema, n_real_tool = 62, 48
    for i in range(n_real_schema):
        u = sunits[su_i + i]
        folder = SCHEMA_FOLDERS[i % len(SCHEMA_FOLDERS)]
        doc, _ = wrap_schema(folder, u, rng)
        rel = f"{folder}/{u['host']}.{slug(u['name'])}.schema.json"
        write_json(os.path.join(out_r, rel), doc)
        man.append({"file": rel, "source": u["src"], "refs": u["refs"], "format": folder})
    for i in range(n_real_tool):
        nops = 1 + (i % 3)
        ops = ounits[op_i:op_i + nops]
        op_i += nops
        folder = TOOL_FOLDERS[i % len(TOOL_FOLDERS)]
        doc, _, _ = wrap_tools(folder, copy.deepcopy(ops), rng)
        rel = f"{folder}/{ops[0]['host']}.{slug(ops[0]['name'])}.json"
        write_json(os.path.join(out_r, rel), doc)
        man.append({"file": rel, "source": [o["src"] for o in ops], "format": folder})
    with open(os.path.join(out_r, "MANIFEST.jsonl"), "w") as fh:
        for m in man:
            fh.write(json.dumps(m, sort_keys=True) + "\n")
    print(f"planted files {len(files)}, labels {len(labels)}, real files {len(man)}")


if __name__ == "__main__":
    main()
