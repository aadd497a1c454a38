#!/usr/bin/env python3
"""Deterministic builder for the ninth set: sources/ -> planted/ + real/.  stdlib + phonenumbers."""
import copy, hashlib, json, os, random, re, shutil, sys

import values as V

SEED = 90909
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sources")
OUT_P = os.path.join(HERE, "planted")
OUT_R = os.path.join(HERE, "real")

SG_BASE = "sendgrid/sendgrid-oai@bef1536aeed2eb7b1ad4fde110a8ec65c583c4c5:oai.json"
DO_BASE = "digitalocean/openapi@7c1300c479fed9c353cda9fc21cd968619552304:specification/"

SCHEMA_FORMATS = ["jsonschema", "openapi-components", "pydantic"]
TOOL_FORMATS = ["anthropic-tools", "anthropic-messages", "openai-chat", "mcp-tools-list", "gemini"]
CATS = ["PERSON", "DATE_OF_BIRTH", "US_SSN", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "MRN",
        "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "URL", "IP_ADDRESS",
        "SECRET"]
SURFACES = ["property_name", "pattern_property", "enum", "const", "default", "examples", "pattern", "title",
            "description", "tool_name", "tool_description", "metadata", "file_name"]
JOINED_SURFACES = {"property_name", "pattern_property", "tool_name", "file_name"}
PER_SURFACE = 16


def h(s):
    return hashlib.sha256(f"{SEED}:{s}".encode()).hexdigest()


def ptr(path):
    return "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in path)


def resc(s):
    return "".join("\\" + c if c in ".^$*+?()[]{}|\\" else c for c in s)


# ------------------------------------------------------------------ verify sources
def verify_sources():
    with open(os.path.join(SRC, "MANIFEST.jsonl")) as f:
        for line in f:
            m = json.loads(line)
            b = open(os.path.join(SRC, m["file"]), "rb").read()
            if hashlib.sha256(b).hexdigest() != m["sha256"]:
                sys.exit(f"source changed: {m['file']}")


# ------------------------------------------------------------------ host units
def load_units():
    sg = json.load(open(os.path.join(SRC, "hosts", "sendgrid-oai.subset.json"), encoding="utf-8"))
    do = json.load(open(os.path.join(SRC, "hosts", "digitalocean.resolved.json"), encoding="utf-8"))
    schema_units, op_units = [], []
    defs = sg["definitions"]

    def sg_fix(node, deps, depth):
        if isinstance(node, list):
            return [sg_fix(x, deps, depth) for x in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node and isinstance(node["$ref"], str) and node["$ref"].startswith("#/definitions/"):
            name = node["$ref"].split("/")[-1]
            if depth == 0 and name in defs:
                deps.add(name)
                return {"$ref": "#/$defs/" + name}
            return {"type": "object"}
        return {k: sg_fix(v, deps, depth) for k, v in node.items()}

    for name in sorted(defs):
        d = defs[name]
        if not isinstance(d, dict) or d.get("type") != "object" or not isinstance(d.get("properties"), dict):
            continue
        deps = set()
        root = sg_fix(d, deps, 0)
        dd = {n: sg_fix(defs[n], set(), 1) for n in sorted(deps) if n != name}
        schema_units.append({"host": "sendgrid", "id": f"definitions/{name}", "name": name, "schema": root,
                             "deps": dd, "base": f"{SG_BASE}#/definitions/{name}"})
    for mf, m in sorted(do["models"].items()):
        if not isinstance(m, dict) or not isinstance(m.get("properties"), dict):
            continue
        name = os.path.basename(mf)[:-4]
        schema_units.append({"host": "digitalocean", "id": mf, "name": name, "schema": m, "deps": {},
                             "base": DO_BASE + mf})
    # operations
    for p, item in sg["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            props, req = {}, []
            for prm in op.get("parameters", []):
                if "$ref" in prm:
                    prm = sg["parameters"].get(prm["$ref"].split("/")[-1], {})
                if prm.get("in") in ("path", "query"):
                    s = {k: prm[k] for k in ("type", "description", "enum", "default", "format", "items",
                                             "minimum", "maximum") if k in prm}
                    props[prm["name"]] = s
                    if prm.get("required"):
                        req.append(prm["name"])
                elif prm.get("in") == "body":
                    sch = prm.get("schema", {})
                    if "$ref" in sch:
                        sch = defs.get(sch["$ref"].split("/")[-1], {})
                    sch = sg_fix(sch, set(), 1)
                    for k, v in (sch.get("properties") or {}).items():
                        props[k] = v
                    req += [r for r in sch.get("required", []) if isinstance(r, str)]
            desc = (op.get("summary", "") + "\n\n" + op.get("description", "")).strip()
            op_units.append({"host": "sendgrid", "id": f"{method.upper()} {p}", "name": op["operationId"],
                             "description": desc, "props": props, "required": sorted(set(req) & set(props)),
                             "base": f"{SG_BASE}#/paths/{ptr([p])[1:]}/{method}"})
    for key, o in sorted(do["operations"].items()):
        op = o["operation"]
        props, req = {}, []
        for prm in op.get("parameters", []) or []:
            if not isinstance(prm, dict) or prm.get("in") not in ("path", "query"):
                continue
            s = dict(prm.get("schema") or {})
            if "description" in prm:
                s["description"] = prm["description"]
            props[prm["name"]] = s
            if prm.get("required"):
                req.append(prm["name"])
        body = ((op.get("requestBody") or {}).get("content") or {}).get("application/json", {}).get("schema")
        if isinstance(body, dict):
            parts = [body]
            if "allOf" in body:
                parts = body["allOf"]
            elif "oneOf" in body:
                parts = body["oneOf"][:1]
            elif "anyOf" in body:
                parts = body["anyOf"][:1]
            for part in parts:
                if isinstance(part, dict):
                    for k, v in (part.get("properties") or {}).items():
                        props[k] = v
                    req += [r for r in part.get("required", []) if isinstance(r, str)]
        desc = (op.get("summary", "") + "\n\n" + op.get("description", "")).strip()
        op_units.append({"host": "digitalocean", "id": key, "name": op.get("operationId", "op"),
                         "description": desc, "props": props, "required": sorted(set(req) & set(props)),
                         "base": DO_BASE + o["file"]})
    schema_units = [u for u in schema_units if len(json.dumps(u["schema"])) + len(json.dumps(u["deps"])) < 30000
                    and len(u["schema"]["properties"]) >= 2]
    op_units = [u for u in op_units if len(json.dumps(u["props"])) < 14000 and len(u["description"]) < 6000]
    schema_units.sort(key=lambda u: h(u["host"] + "|" + u["id"]))
    op_units.sort(key=lambda u: h(u["host"] + "|" + u["id"]))
    return schema_units, op_units


# ------------------------------------------------------------------ documents
def tool_name(n):
    n = re.sub(r"[^A-Za-z0-9_-]", "_", n)[:64]
    return n


def make_doc(fmt, units, rng):
    """Return (doc, ctx). ctx: objects (paths to object schemas with properties), tools (list of dicts with name/desc paths)."""
    ctx = {"objects": [], "tools": [], "meta": []}
    if fmt in SCHEMA_FORMATS:
        u = units[0]
        sch = copy.deepcopy(u["schema"])
        deps = copy.deepcopy(u["deps"])
        if fmt == "jsonschema":
            doc = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": u["name"]}
            doc.update({k: v for k, v in sch.items() if k != "title"})
            if deps:
                doc["$defs"] = deps
            ctx["objects"].append([])
            for n in deps:
                if isinstance(deps[n].get("properties"), dict):
                    ctx["objects"].append(["$defs", n])
        elif fmt == "openapi-components":
            def rr(x):
                if isinstance(x, dict):
                    return {k: ("#/components/schemas/" + v.split("/")[-1] if k == "$ref" and isinstance(v, str)
                                and v.startswith("#/$defs/") else rr(v)) for k, v in x.items()}
                if isinstance(x, list):
                    return [rr(i) for i in x]
                return x
            schemas = {u["name"]: rr(sch)}
            for n, d in deps.items():
                schemas[n] = rr(d)
            doc = {"openapi": "3.1.0", "info": {"title": f"{u['name']} components", "version": "1.0.0"},
                   "components": {"schemas": schemas}}
            for n in schemas:
                if isinstance(schemas[n].get("properties"), dict):
                    ctx["objects"].append(["components", "schemas", n])
        else:  # pydantic model_json_schema style
            model = "".join(w[:1].upper() + w[1:] for w in re.split(r"[^A-Za-z0-9]+", u["name"]) if w) or "Model"
            props = {}
            for k, v in sch["properties"].items():
                v = dict(v) if isinstance(v, dict) else {"type": "string"}
                v.setdefault("title", " ".join(w.capitalize() for w in re.split(r"[_\-]+", k) if w) or k)
                props[k] = v
            doc = {}
            if deps:
                doc["$defs"] = {n: dict(d, title=d.get("title", n)) for n, d in deps.items()}
            if sch.get("description"):
                doc["description"] = sch["description"]
            doc["properties"] = props
            if isinstance(sch.get("required"), list):
                doc["required"] = sch["required"]
            doc["title"] = model
            doc["type"] = "object"
            ctx["objects"].append([])
            for n in deps:
                if isinstance(deps[n].get("properties"), dict):
                    ctx["objects"].append(["$defs", n])
        return doc, ctx

    tools = []
    for u in units:
        props = copy.deepcopy(u["props"])
        sch = {"type": "object", "properties": props}
        if u["required"]:
            sch["required"] = list(u["required"])
        tools.append((tool_name(u["name"]), u["description"], sch))
    if fmt == "anthropic-tools":
        doc = [{"name": n, "description": d, "input_schema": s} for n, d, s in tools]
        base = [[i] for i in range(len(tools))]
        sk = "input_schema"
    elif fmt == "anthropic-messages":
        doc = {"model": "claude-sonnet-4-5", "max_tokens": 1024,
               "metadata": {"user_id": h("uid" + tools[0][0])[:32]},
               "messages": [{"role": "user", "content": f"Use {tools[0][0]} for the account in ticket {rng.randint(1000, 9999)}."}],
               "tools": [{"name": n, "description": d, "input_schema": s} for n, d, s in tools]}
        base = [["tools", i] for i in range(len(tools))]
        sk = "input_schema"
        ctx["meta"].append(["metadata", "user_id"])
    elif fmt == "openai-chat":
        for _, _, s in tools:
            s["additionalProperties"] = False
        doc = {"model": "gpt-4.1", "messages": [{"role": "user", "content": "Run the operation for the open ticket."}],
               "tools": [{"type": "function", "function": {"name": n, "description": d, "parameters": s,
                                                           "strict": True}} for n, d, s in tools]}
        base = [["tools", i, "function"] for i in range(len(tools))]
        sk = "parameters"
    elif fmt == "mcp-tools-list":
        doc = {"jsonrpc": "2.0", "id": rng.randint(2, 90),
               "result": {"tools": [{"name": n, "description": d, "inputSchema": s,
                                     "annotations": {"title": n.replace("_", " ").strip(),
                                                     "readOnlyHint": n.lower().startswith(("get", "list"))}}
                                    for n, d, s in tools]}}
        base = [["result", "tools", i] for i in range(len(tools))]
        sk = "inputSchema"
        for b in base:
            ctx["meta"].append(b + ["annotations", "title"])
    else:  # gemini
        doc = {"tools": [{"functionDeclarations": [{"name": n, "description": d, "parameters": s}
                                                   for n, d, s in tools]}],
               "toolConfig": {"functionCallingConfig": {"mode": "AUTO"}}}
        base = [["tools", 0, "functionDeclarations", i] for i in range(len(tools))]
        sk = "parameters"
    for b in base:
        ctx["tools"].append({"name": b + ["name"], "desc": b + ["description"]})
        ctx["objects"].append(b + [sk])
    return doc, ctx


def get(doc, path):
    for t in path:
        doc = doc[t]
    return doc


# ------------------------------------------------------------------ vocabulary
CUE_KEYS = {
    "PERSON": ["PersonFullName", "displayName", "FN", "nombre_completo", "vollstaendigerName", "nome_e_cognome",
               "volledige_naam", "jina_kamili", "nama_lengkap", "guardianPerson_name"],
    "DATE_OF_BIRTH": ["PersonBirthDate", "birthdate", "BDAY", "birthTime", "fecha_nacimiento", "Geburtsdatum",
                      "data_di_nascita", "geboortedatum", "tarehe_ya_kuzaliwa", "tanggal_lahir", "b_dt"],
    "US_SSN": ["PersonSSNIdentification", "soc_sec_no", "numero_seguro_social", "ssnum", "ssn_full"],
    "PHONE_NUMBER": ["phone_number", "TEL", "ContactTelephoneNumber", "telefono_movil", "Mobilnummer",
                     "numero_cellulare", "telefoonnummer", "nambari_ya_simu", "nomor_telepon", "ph_no"],
    "EMAIL_ADDRESS": ["email", "EMAIL", "ContactEmailID", "correo_electronico", "EMailAdresse", "indirizzo_email",
                      "emailadres", "barua_pepe", "alamat_surel"],
    "STREET_ADDRESS": ["streetAddress", "street_address", "ADR", "LocationStreet", "direccion", "Anschrift",
                       "indirizzo", "adres", "anwani", "alamat"],
    "ZIP_CODE": ["postalCode", "postal_code", "LocationPostalCode", "codigo_postal", "PLZ", "CAP", "postcode",
                 "msimbo_wa_posta", "kode_pos", "zip5"],
    "MRN": ["med_rec_no", "chart_no", "numero_historia_clinica", "Patientennummer", "numero_cartella_clinica",
            "patientnummer", "nomor_rekam_medis", "namba_ya_faili", "patientRole_id_extension"],
    "HEALTH_PLAN_ID": ["medicareBeneficiaryIdentifier", "medicaid_cin", "tricare_dbn", "payerMemberId",
                       "numero_afiliado", "Versichertennummer", "nomor_peserta", "member_no"],
    "ACCOUNT_NUMBER": ["DepositAccountNumber", "card_number", "iban", "numero_cuenta", "Kontonummer",
                       "rekeningnummer", "nomor_rekening", "hospital_account_no"],
    "LICENSE_NUMBER": ["DriverLicenseIdentification", "DriverLicenseIdentificationID", "licencia_de_conducir",
                       "Fuehrerscheinnummer", "numero_patente", "rijbewijsnummer", "leseni_ya_udereva", "nomor_sim",
                       "dl_no"],
    "VEHICLE_ID": ["VehicleIdentification", "VehicleIdentificationID", "numero_bastidor", "Fahrgestellnummer",
                   "numero_telaio", "chassisnummer", "namba_ya_chasisi", "nomor_rangka", "veh_vin"],
    "DEVICE_ID": ["DeviceIdentification", "productInstance_serial", "numero_serie_dispositivo",
                  "Geraeteseriennummer", "numero_di_serie", "serienummer", "nomor_seri_perangkat", "dev_sn"],
    "IP_ADDRESS": ["last_login_ip", "direccion_ip", "IPAdresse", "indirizzo_ip", "ip_adres", "anwani_ya_ip",
                   "alamat_ip", "src_ip"],
    "URL": ["profileUrl", "profile", "website", "URL", "pagina_personal", "Spendenseite", "pagina_raccolta_fondi",
            "inzamelingspagina", "ukurasa_wa_mchango", "halaman_donasi"],
    "SECRET": ["password", "contrasena", "Passwort", "chiave_api", "wachtwoord", "nenosiri", "kata_sandi",
               "token_akses"],
}
GENERIC_KEYS = ["value", "sample", "fixture", "contoh", "mfano", "ejemplo", "Beispiel", "esempio", "voorbeeld",
                "legacy_ref", "seed_row", "imported_text"]
NOCUE_SENT = ["Seen in the backfill: {v}.", "Contoh dari tiket: {v}.", "Beispiel aus dem Ticket: {v}.",
              "Mfano kutoka tiketi: {v}.", "Ejemplo del caso: {v}.", "Copiato dal ticket: {v}.",
              "Overgenomen uit de melding: {v}."]
CUE_SENT = ["Seen in the backfill: {c}.", "Contoh dari tiket — {c}.", "Beispiel aus dem Ticket ({c}).",
            "Mfano kutoka tiketi: {c}.", "Ejemplo del caso: {c}.", "Copiato dal ticket: {c}.",
            "Overgenomen uit de melding: {c}."]
JOIN_PREFIX = {
    "DATE_OF_BIRTH": ["dob_", "bday_", "geb_", "lahir_", "nascita_", "PersonBirthDate_"],
    "US_SSN": ["ssn_", "PersonSSN_", "soc_sec_"],
    "PHONE_NUMBER": ["tel_", "phone_number_", "simu_", "telefoon_"],
    "ZIP_CODE": ["zip_", "postalCode_", "kode_pos_", "zip5_"],
    "MRN": ["mrn_", "rekam_medis_", "historia_", "patnr_"],
    "LICENSE_NUMBER": ["dl_", "rijbewijs_", "DriverLicense_", "sim_"],
    "IP_ADDRESS": ["ip_", "src_ip_", "alamat_ip_"],
    "DEVICE_ID": ["imei_", "mac_", "udi_", "sn_"],
    "HEALTH_PLAN_ID": ["mbi_", "medicaid_cin_", "tricare_dbn_", "member_id_"],
    "ACCOUNT_NUMBER": ["card_", "iban_", "acct_", "har_"],
    "VEHICLE_ID": ["vin_", "VehicleIdentification_", "chassis_"],
}
STATE_ABBR = {"Kansas": "KS", "Iowa": "IA", "Colorado": "CO", "Nevada": "NV", "Vermont": "VT", "Idaho": "ID",
              "Minnesota": "MN", "Montana": "MT"}


class Gen:
    def __init__(self, rng, pools):
        self.rng, self.pools = rng, pools
        self.n = {c: 0 for c in CATS}
        self.used = set()

    def text(self, cat):
        """-> dict(value, kind, standalone, cue (string containing value with a cue word))"""
        rng = self.rng
        i = self.n[cat]
        self.n[cat] += 1
        for _ in range(50):
            r = self._text(cat, i, rng)
            if r["value"] not in self.used:
                self.used.add(r["value"])
                return r
        raise RuntimeError(cat)

    def _text(self, cat, i, rng):
        c = rng.choice
        if cat == "PERSON":
            v, k = V.person(rng, self.pools)
            cue = c(["PersonFullName: {v}", "FN:{v}", "displayName={v}", "nama pasien: {v}", "jina la mgonjwa: {v}",
                     "nombre del paciente: {v}", "Patientin {v}", "paziente {v}", "patiënt {v}"])
            return dict(value=v, kind=k, standalone=True, cue=cue.format(v=v))
        if cat == "DATE_OF_BIRTH":
            v, k, lang = V.dob(rng)
            if lang in V.DOB_CUES:
                cue = f"{V.DOB_CUES[lang]} {v}"
            elif k == "vcard_basic":
                cue = f"BDAY:{v}"
            else:
                cue = c(["PersonBirthDate {v}", "birthdate {v}", "born {v}"]).format(v=v)
            return dict(value=v, kind=k, standalone=False, cue=cue)
        if cat == "US_SSN":
            form = ["dash", "space", "plain"][i % 3]
            v = V.ssn(rng, form)
            cue = c(["PersonSSNIdentification {v}", "SSN {v}", "número de Seguro Social {v}",
                     "US Social Security number {v}"]).format(v=v)
            return dict(value=v, kind=f"ssn_{form}", standalone=(form == "dash"), cue=cue)
        if cat == "PHONE_NUMBER":
            if i % 3 == 2:
                v, k = V.foreign_mobile(rng, V.FOREIGN[(i // 3) % len(V.FOREIGN)])
            else:
                v, k = V.us_phone(rng, i % 5)
            cue = c(["TEL;TYPE=cell:{v}", "phone_number {v}", "telefoonnummer {v}", "nomor telepon {v}",
                     "nambari ya simu {v}", "Mobilnummer {v}"]).format(v=v)
            return dict(value=v, kind=k, standalone=(k != "spaced"), cue=cue)
        if cat == "EMAIL_ADDRESS":
            v, k = V.email(rng, self.pools)
            cue = c(["EMAIL;TYPE=home:{v}", "correo: {v}", "barua pepe {v}", "E-Mail {v}", "emailadres {v}",
                     "emails[0].value={v}"]).format(v=v)
            return dict(value=v, kind=k, standalone=True, cue=cue)
        if cat == "STREET_ADDRESS":
            if i % 3 == 2:
                v, k = V.foreign_address(rng, self.pools)
                sa = True
            else:
                v, k = V.street(rng, full=(i % 3 == 0))
                sa = (i % 3 == 0)
            cue = c(["streetAddress: {v}", "Anschrift: {v}", "indirizzo di casa: {v}", "alamat rumah: {v}",
                     "anwani ya nyumbani: {v}", "LocationStreet {v}", "domicilio: {v}"]).format(v=v)
            return dict(value=v, kind=k, standalone=sa, cue=cue)
        if cat == "ZIP_CODE":
            v, _ = V.zip_code(rng, plus4=(i % 2 == 1))
            cue = c(["ZIP {v}", "postalCode {v}", "LocationPostalCode {v}", "kode pos {v}", "código postal {v}",
                     "home ZIP {v}"]).format(v=v)
            return dict(value=v, kind="zip_plus4" if "-" in v else "zip5", standalone=False, cue=cue)
        if cat == "MRN":
            v, k = V.mrn(rng)
            cue = c(["MRN {v}", "historia clínica {v}", "Patientennummer {v}", "nomor rekam medis {v}",
                     "cartella clinica {v}", "patiëntnummer {v}", "medical record no. {v}"]).format(v=v)
            return dict(value=v, kind=k, standalone=False, cue=cue)
        if cat == "HEALTH_PLAN_ID":
            v, k = V.health_plan(rng)
            lab = {"mbi": "Medicare Beneficiary Identifier", "mbi_dashed": "MBI",
                   "ny_medicaid_cin": "NY Medicaid CIN", "dod_benefits_number": "TRICARE DoD Benefits Number",
                   "payer_member_id": "payer member ID"}[k]
            return dict(value=v, kind=k, standalone=k.startswith("mbi"), cue=f"{lab} {v}")
        if cat == "ACCOUNT_NUMBER":
            v, k = V.account(rng)
            if k == "bank_account_with_aba":
                cue = f"ABA {V.aba(rng)} account {v}"
            elif k == "hospital_account_har":
                cue = f"hospital account {v}"
            elif k.startswith("iban"):
                cue = c(["IBAN {v}", "rekeningnummer {v}", "Kontonummer (IBAN) {v}"]).format(v=v)
            else:
                cue = c(["card on file {v}", "tarjeta {v}", "nomor kartu {v}"]).format(v=v)
            sa = k.startswith("iban") or k.split("_")[0] in ("mastercard", "maestro", "diners", "hipercard")
            return dict(value=v, kind=k, standalone=sa, cue=cue)
        if cat == "LICENSE_NUMBER":
            v, st = V.dl(rng)
            cue = c(["{s} driver's license {v}", "DriverLicenseIdentification ({a}) {v}", "rijbewijs {s} {v}",
                     "licencia de conducir de {s} {v}"]).format(v=v, s=st, a=STATE_ABBR[st])
            return dict(value=v, kind=f"dl_{STATE_ABBR[st]}", standalone=False, cue=cue, state=st)
        if cat == "VEHICLE_ID":
            v = V.vin(rng)
            cue = c(["VehicleIdentification {v}", "VIN {v}", "Fahrgestellnummer {v}", "numero di telaio {v}",
                     "nomor rangka {v}"]).format(v=v)
            return dict(value=v, kind="vin_" + v[:3], standalone=True, cue=cue)
        if cat == "DEVICE_ID":
            v, k = V.device(rng)
            lab = {"imei_plain": "IMEI", "mac_colon_upper": "MAC", "mac_cisco_dotted": "MAC address",
                   "gs1_udi_no_parens": "UDI", "implant_serial": "pacemaker serial"}[k]
            return dict(value=v, kind=k, standalone=k.startswith("mac"), cue=f"{lab} {v}")
        if cat == "IP_ADDRESS":
            v, k = V.ip(rng, i % 5)
            cue = c(["last login IP {v}", "IP-Adresse {v}", "alamat IP {v}", "dirección IP {v}"]).format(v=v)
            return dict(value=v, kind=k, standalone=True, cue=cue)
        if cat == "URL":
            v, k = V.url(rng, self.pools)
            cue = c(["profileUrl {v}", "Spendenseite {v}", "halaman donasi {v}", "pagina raccolta fondi {v}"]).format(v=v)
            return dict(value=v, kind=k, standalone=True, cue=cue)
        if cat == "SECRET":
            kind = V.SECRET_KINDS[i % len(V.SECRET_KINDS)]
            v = V.secret(rng, kind)
            lab = {"gitlab-cicd-job-token": "GitLab CI job token", "gitlab-session-cookie": "GitLab cookie",
                   "aws-amazon-bedrock-api-key-long-lived": "Bedrock API key",
                   "1password-service-account-token": "1Password service account token",
                   "smtps-url": "SMTP relay", "neo4j-url": "Neo4j URI", "password": "Passwort:"}.get(kind)
            cue = f"{lab} {v}" if lab else v
            sa = kind != "password"
            return dict(value=v, kind=kind, standalone=sa, cue=cue)
        raise KeyError(cat)

    def joined(self, cat, safe):
        """Value written into a key / tool name / file name.  -> dict(value, kind, standalone, prefix)"""
        rng = self.rng
        if cat == "PERSON":
            v, k = V.person(rng, self.pools, joined=rng.choice(["snake", "camel", "pascal", "kebab", "screaming"]))
            return dict(value=v, kind=k, standalone=True, prefix="")
        if cat == "VEHICLE_ID":
            v = V.vin(rng)
            pre = rng.choice(JOIN_PREFIX[cat] + ["", ""])
            return dict(value=v, kind="vin_joined", standalone=True, prefix=pre)
        t = self.text(cat)
        v = t["value"]
        dob_kind = None
        if cat == "DATE_OF_BIRTH":
            v, dob_kind, _ = V.dob(rng, joined=True)
        elif cat in ("PHONE_NUMBER",):
            v = re.sub(r"\D", "", v)
            if len(v) == 10:
                v = "1" + v
        elif cat == "US_SSN":
            v = v.replace("-", "_").replace(" ", "_") if rng.random() < 0.5 else re.sub(r"\D", "", v)
        elif cat == "ACCOUNT_NUMBER":
            v = v.replace(" ", "")
        elif cat == "IP_ADDRESS":
            v = re.sub(r"[^0-9A-Za-z]+", "_", v).strip("_")
        elif cat == "DEVICE_ID":
            v = re.sub(r"[:.]", "_", v)
        elif cat == "SECRET":
            sk = ["gitlab-cicd-job-token", "1password-service-account-token", "gitlab-session-cookie"][
                self.n.setdefault("_sj", 0) % 3]
            self.n["_sj"] += 1
            v = V.secret(rng, sk)
            if sk == "1password-service-account-token":
                v = v[:7] + re.sub(r"[^A-Za-z0-9]", "x", v[7:])
            return dict(value=v, kind=sk + "_joined", standalone=True, prefix="")
        elif cat == "EMAIL_ADDRESS":
            return dict(value=v, kind="email_key", standalone=True, prefix="")
        v = re.sub(r"[^A-Za-z0-9_-]", "_", v) if safe else v
        k = dob_kind or (t["kind"] + "_joined")
        if cat == "ACCOUNT_NUMBER":
            pre = {"iban": "iban_", "bank": "acct_", "hospital": "har_"}.get(t["kind"].split("_")[0], "card_")
        elif cat == "DEVICE_ID":
            pre = {"imei": "imei_", "mac": "mac_", "gs1": "udi_"}.get(t["kind"].split("_")[0], "sn_")
        elif cat == "HEALTH_PLAN_ID":
            pre = {"mbi": "mbi_", "mbi_dashed": "mbi_", "ny_medicaid_cin": "medicaid_cin_",
                   "dod_benefits_number": "tricare_dbn_"}.get(t["kind"], "member_id_")
        elif cat == "LICENSE_NUMBER":
            pre = rng.choice(JOIN_PREFIX[cat]) + STATE_ABBR[t["state"]] + "_"
        else:
            pre = rng.choice(JOIN_PREFIX[cat])
        return dict(value=v, kind=k, standalone=False, prefix=pre)


# ------------------------------------------------------------------ plan
def compatible(surface, cat):
    if surface in ("tool_name", "file_name"):
        return cat not in ("EMAIL_ADDRESS", "URL", "STREET_ADDRESS", "SECRET")
    if surface in ("property_name", "pattern_property"):
        return cat not in ("URL", "STREET_ADDRESS")
    return True


def make_plan(rng):
    surfaces = [s for s in SURFACES for _ in range(PER_SURFACE)]
    rng.shuffle(surfaces)
    cats = []
    while len(cats) < len(surfaces):
        cyc = CATS[:]
        rng.shuffle(cyc)
        cats += cyc
    cats = cats[:len(surfaces)]
    # fix incompatibilities by swapping
    for i in range(len(surfaces)):
        if not compatible(surfaces[i], cats[i]):
            for j in range(len(surfaces)):
                if compatible(surfaces[i], cats[j]) and compatible(surfaces[j], cats[i]):
                    cats[i], cats[j] = cats[j], cats[i]
                    break
    return [{"surface": s, "category": c} for s, c in zip(surfaces, cats)]


NEG_PLAN = ([("reserved_placeholder", None)] * 16 + [("category_label_key", "property_name")] * 14 +
            [("code_enum", "enum")] * 12 + [("format_regex", None)] * 10 + [("name_like_word", None)] * 8 +
            [("version_date", None)] * 8 + [("category_words_text", None)] * 6 +
            [("tool_category_words", "tool_name")] * 4 + [("file_name_category_words", "file_name")] * 2)


# ------------------------------------------------------------------ planting
class Planter:
    def __init__(self, doc, ctx, fmt, rng, gen, base, fname):
        self.doc, self.ctx, self.fmt, self.rng, self.gen, self.base = doc, ctx, fmt, rng, gen, base
        self.fname = fname
        self.labels = []
        self.used_ptrs = set()
        self.touched_props = set()

    def obj(self):
        return self.rng.choice(self.ctx["objects"])

    def new_prop(self, key, schema):
        o = self.obj()
        props = get(self.doc, o).setdefault("properties", {})
        k = key
        n = 2
        while k in props:
            k = f"{key}{n}"
            n += 1
        props[k] = schema
        return o + ["properties", k], k

    def host_string_prop(self, need_no=None):
        cands = []
        for o in self.ctx["objects"]:
            for k, v in (get(self.doc, o).get("properties") or {}).items():
                if isinstance(v, dict) and v.get("type") == "string" and not any(
                        x in v for x in ("enum", "const", "$ref", "pattern", "default", "examples")):
                    p = tuple(o + ["properties", k])
                    if p not in self.touched_props:
                        cands.append(list(p))
        if not cands:
            return None
        p = self.rng.choice(cands)
        self.touched_props.add(tuple(p))
        return p

    def host_desc_prop(self):
        cands = []
        for o in self.ctx["objects"]:
            for k, v in (get(self.doc, o).get("properties") or {}).items():
                if isinstance(v, dict) and isinstance(v.get("description"), str) and v["description"].strip():
                    p = tuple(o + ["properties", k, "description"])
                    if ptr(p) not in self.used_ptrs:
                        cands.append(list(p))
        return self.rng.choice(cands) if cands else None

    def label(self, path, surface, cat, value, kind, placement, raw=None, is_file=False):
        p = "" if is_file else ptr(path)
        lab = {"file": None, "pointer": p, "surface": surface, "category": cat, "value": value, "kind": kind,
               "placement": placement, "base": self.base}
        if raw is not None and raw != value:
            lab["raw"] = raw
        self.labels.append(lab)
        self.used_ptrs.add(p)

    # ---- positives
    def plant(self, item):
        s, cat = item["surface"], item["category"]
        rng, g = self.rng, self.gen
        if s in JOINED_SURFACES:
            j = g.joined(cat, safe=(s in ("tool_name", "file_name")))
            if not j["standalone"] and not j["prefix"]:
                j["prefix"] = rng.choice(JOIN_PREFIX.get(cat, ["ref_"]))
            placement = "text_cue" if j["prefix"] else "no_cue"
            token = j["prefix"] + j["value"]
            if s == "property_name":
                suffix = rng.choice(["", "", "_record", "Notes", "_v2", "_ref"])
                path, k = self.new_prop(token + suffix, {"type": "string"})
                self.label(path, s, cat, j["value"], j["kind"], placement)
            elif s == "pattern_property":
                o = self.obj()
                form = rng.randrange(3)
                rx = ["^{}$", "^{}(_[a-z]+)?$", "^{}\\.[0-9]+$"][form].format(resc(token))
                get(self.doc, o).setdefault("patternProperties", {})[rx] = {"type": "string"}
                self.label(o + ["patternProperties", rx], s, cat, resc(j["value"]), j["kind"] + "_regex_key",
                           placement, raw=j["value"])
            elif s == "tool_name":
                t = self.free_tool("name")
                name = get(self.doc, t["name"][:-1])["name"]
                keep = max(8, 64 - len(token) - 1)
                new = (name[:keep] + "_" + token)[:64]
                assert new.endswith(token), new
                get(self.doc, t["name"][:-1])["name"] = new
                self.label(t["name"], s, cat, j["value"], j["kind"], placement)
            else:  # file_name
                self.fname = self.fname[:-5] + "." + token + ".json"
                self.label([], s, cat, j["value"], j["kind"], placement, is_file=True)
            return
        t = g.text(cat)
        v = t["value"]
        opts = ["key_cue", "text_cue"] + (["no_cue", "no_cue"] if t["standalone"] else [])
        if s in ("tool_description",):
            opts = [o for o in opts if o != "key_cue"]
        if s == "pattern":
            opts = [o for o in opts if o != "text_cue"]
        if s == "metadata" and self.fmt in TOOL_FORMATS and rng.random() < 0.6 and self.ctx["meta"]:
            opts = [o for o in opts if o != "key_cue"]
        placement = rng.choice(opts)
        text = t["cue"] if placement == "text_cue" else v
        if s in ("enum", "const", "default", "examples", "pattern", "title"):
            if placement == "key_cue":
                path, _ = self.new_prop(rng.choice(CUE_KEYS[cat]), {"type": "string"})
            elif rng.random() < 0.5 and (hp := self.host_string_prop()):
                path = hp
            else:
                path, _ = self.new_prop(rng.choice(GENERIC_KEYS), {"type": "string"})
            node = get(self.doc, path)
            if s == "enum":
                items = [text, rng.choice(["UNKNOWN", "", "n/a", "other"])]
                if rng.random() < 0.5:
                    items.reverse()
                node["enum"] = items
                self.label(path + ["enum", items.index(text)], s, cat, v, t["kind"], placement)
            elif s == "examples":
                node["examples"] = [text]
                self.label(path + ["examples", 0], s, cat, v, t["kind"], placement)
            elif s == "pattern":
                node["pattern"] = "^" + resc(text) + "$"
                self.label(path + ["pattern"], s, cat, resc(v), t["kind"], placement, raw=v)
            else:
                node[s] = text
                self.label(path + [s], s, cat, v, t["kind"], placement)
            return
        if s == "description":
            if placement == "key_cue":
                path, _ = self.new_prop(rng.choice(CUE_KEYS[cat]), {"type": "string", "description": f"{v}"})
                if rng.random() < 0.5:
                    get(self.doc, path)["description"] = rng.choice(["Imported: {v}", "Zuletzt: {v}",
                                                                     "Dari sistem lama: {v}"]).format(v=v)
                self.label(path + ["description"], s, cat, v, t["kind"], placement)
                return
            dp = self.host_desc_prop()
            sent = rng.choice(CUE_SENT if placement == "text_cue" else NOCUE_SENT).format(c=text, v=text)
            if dp is None:
                dp, _ = self.new_prop(rng.choice(GENERIC_KEYS), {"type": "string", "description": ""})
                dp = dp + ["description"]
                get(self.doc, dp[:-1])["description"] = sent
            else:
                node = get(self.doc, dp[:-1])
                node["description"] = node["description"].rstrip() + " " + sent
            self.label(dp, s, cat, v, t["kind"], placement)
            return
        if s == "tool_description":
            tl = self.free_tool("desc")
            node = get(self.doc, tl["desc"][:-1])
            sent = rng.choice(CUE_SENT if placement == "text_cue" else NOCUE_SENT).format(c=text, v=text)
            node["description"] = (node.get("description") or "").rstrip() + "\n\n" + sent
            self.label(tl["desc"], s, cat, v, t["kind"], placement)
            return
        if s == "metadata":
            free_meta = [m for m in self.ctx["meta"] if ptr(m) not in self.used_ptrs]
            if placement != "key_cue" and free_meta and rng.random() < 0.6:
                m = rng.choice(free_meta)
                if m[-1] == "user_id":
                    get(self.doc, m[:-1])["user_id"] = text
                else:
                    node = get(self.doc, m[:-1])
                    node["title"] = node["title"] + " — " + text
                self.label(m, s, cat, v, t["kind"], placement)
                return
            if placement == "key_cue":
                path, _ = self.new_prop(rng.choice(CUE_KEYS[cat]), {"type": "string"})
            else:
                path = self.obj()
            key = rng.choice(["$comment", "x-provenance", "x-sample-source", "x-niem-note", "x-catatan"])
            node = get(self.doc, path)
            if key in node:
                key = "x-backfill-note"
            node[key] = text if placement != "no_cue" else rng.choice(["from ticket: {v}", "{v}",
                                                                        "legacy row {v}"]).format(v=v)
            self.label(path + [key], s, cat, v, t["kind"], placement)
            return
        raise KeyError(s)

    def free_tool(self, which):
        cands = [t for t in self.ctx["tools"] if ptr(t[which]) not in self.used_ptrs]
        return self.rng.choice(cands)

    # ---- negatives
    def negative(self, kind, surf):
        rng = self.rng
        R = lambda path, s, v, raw=None, is_file=False: self.label(path, s, "NONE", v, kind, "none", raw, is_file)
        if kind == "category_label_key":
            k = rng.choice(["PersonBirthDate", "birthdate", "given_name", "family_name", "phone_number",
                            "PersonSSNIdentification", "DriverLicenseIdentification", "VehicleIdentification",
                            "fecha_nacimiento", "Geburtsdatum", "data_di_nascita", "geboortedatum",
                            "tanggal_lahir", "nambari_ya_simu", "nomor_rekam_medis", "rijbewijsnummer",
                            "Fahrgestellnummer", "medicareBeneficiaryIdentifier", "kata_sandi", "profileUrl"])
            path, k2 = self.new_prop(k, {"type": "string", "description": rng.choice(
                ["Optional.", "Filled by the intake service.", "Wird vom Formular gesetzt.", "Diisi otomatis."])})
            R(path, "property_name", k2)
            return
        if kind == "code_enum":
            sets = [["home", "work", "mobile", "fax", "pager", "other"],  # SCIM phoneNumbers.type
                    ["cell", "voice", "text", "video", "textphone"],  # vCard TEL TYPE
                    ["M", "F", "X", "U"],  # NIEM-style sex codes
                    ["0", "1", "2", "9"],  # ISO/IEC 5218
                    ["male", "female", "other", "unknown"],  # HL7 AdministrativeGender
                    ["S", "M", "D", "W", "A", "T"],  # C-CDA MaritalStatus
                    ["E11.9", "I10", "J45.909", "Z00.00"],  # ICD-10-CM
                    ["KS", "IA", "CO", "NV", "VT", "ID"],  # US state codes
                    ["soltero", "casado", "divorciado", "viudo"], ["ledig", "verheiratet", "geschieden"],
                    ["laki-laki", "perempuan"], ["me", "ke"]]
            items = sets[self.gen.n.setdefault("_ce", 0) % len(sets)]
            self.gen.n["_ce"] += 1
            path, _ = self.new_prop(rng.choice(["type", "kode", "codigo", "Schluessel", "code", "status_kode"]),
                                    {"type": "string", "enum": list(items)})
            R(path + ["enum", 0], "enum", items[0])
            return
        if kind == "reserved_placeholder":
            i = self.gen.n.setdefault("_rp", 0)
            self.gen.n["_rp"] += 1
            npa = V.AREA_CODES[i % len(V.AREA_CODES)]
            vals = [f"({npa}) 555-01{i % 100:02d}", f"jan.modaal@example.nl".replace(".nl", ".com"), "192.0.2.48",
                    "203.0.113.7", "2001:db8::4e:1", "000-00-0000", "XXX-XX-XXXX", "YOUR_MAPBOX_TOKEN",
                    "<NEW_RELIC_BROWSER_KEY>", "Jan Modaal", "user@example.org", f"+1-{npa}-555-0199",
                    "https://example.net/portal/patients/{patientId}", "MRN-0000000", "198.51.100.200",
                    "nama.pasien@example.com"]
            v = vals[i % len(vals)]
            s = rng.choice(["default", "examples", "const", "enum", "description"])
            self._value_neg(s, v, kind)
            return
        if kind == "format_regex":
            i = self.gen.n.setdefault("_fr", 0)
            self.gen.n["_fr"] += 1
            rxs = [r"^\d{3}-\d{2}-\d{4}$", r"^[A-HJ-NPR-Z0-9]{17}$", r"^([0-9A-F]{2}:){5}[0-9A-F]{2}$",
                   r"^LI\d{2}\d{5}[A-Z0-9]{12}$", r"^\+[1-9]\d{1,14}$", r"^NRJS-[a-f0-9]{19}$", r"^\d{5}(-\d{4})?$",
                   r"^[A-Z]{2}\d{5}[A-Z]$", r"^K\d{8}$", r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$"]
            rx = rxs[i % len(rxs)]
            if i % 3 == 2:
                o = self.obj()
                get(self.doc, o).setdefault("patternProperties", {})[rx] = {"type": "string"}
                R(o + ["patternProperties", rx], "pattern_property", rx)
            else:
                path, _ = self.new_prop(rng.choice(GENERIC_KEYS[:4] + ["format_check", "pola"]),
                                        {"type": "string", "pattern": rx})
                R(path + ["pattern"], "pattern", rx)
            return
        if kind == "name_like_word":
            i = self.gen.n.setdefault("_nl", 0)
            self.gen.n["_nl"] += 1
            pairs = [("runtime_language", "Crystal"), ("flower_color", "Rose"), ("stadium_district", "Chelsea"),
                     ("datacenter_city", "Paris"), ("shift", "Dawn"), ("theme_plant", "Ivy"),
                     ("currency_name", "Sterling"), ("gem_tier", "Crystal")]
            k, v = pairs[i % len(pairs)]
            path, _ = self.new_prop(k, {"type": "string"})
            s = rng.choice(["enum", "default", "const", "examples"])
            self._put(path, s, v, kind)
            return
        if kind == "version_date":
            i = self.gen.n.setdefault("_vd", 0)
            self.gen.n["_vd"] += 1
            vals = ["2024-06-01", "Available since API version 2019-03-01.", "Deprecated as of 2023-11-15.",
                    "2025-02-18", "Release 2022-09-07", "build 20240611.2", "claude-sonnet-4-5-20250929",
                    "Tersedia sejak versi 2021-04-30."]
            v = vals[i % len(vals)]
            if " " in v:
                dp = self.host_desc_prop()
                if dp:
                    node = get(self.doc, dp[:-1])
                    node["description"] = node["description"].rstrip() + " " + v
                    R(dp, "description", v)
                    return
                path, _ = self.new_prop("x_note", {"type": "string", "description": v})
                R(path + ["description"], "description", v)
                return
            path, _ = self.new_prop(rng.choice(["api_version", "schemaVersion", "versi_api", "model_snapshot"]),
                                    {"type": "string"})
            self._put(path, rng.choice(["default", "const"]), v, kind)
            return
        if kind == "category_words_text":
            i = self.gen.n.setdefault("_cw", 0)
            self.gen.n["_cw"] += 1
            vals = ["Patient date of birth (PersonBirthDate) in YYYY-MM-DD form.",
                    "Nomor rekam medis pasien; jangan dicatat di log.",
                    "Geburtsdatum und Anschrift werden vor dem Export entfernt.",
                    "The member's Medicare Beneficiary Identifier, if known.",
                    "Numero di telaio (VIN) del veicolo, 17 caratteri.",
                    "Nambari ya simu ya mgonjwa kwa mfumo wa E.164."]
            v = vals[i % len(vals)]
            path, _ = self.new_prop(rng.choice(["notes", "keterangan", "Hinweis"]), {"type": "string", "description": v})
            R(path + ["description"], "description", v)
            return
        if kind == "tool_category_words":
            t = self.free_tool("name")
            i = self.gen.n.setdefault("_tw", 0)
            self.gen.n["_tw"] += 1
            v = ["lookup_patient_by_mrn", "verify_PersonBirthDate", "cari_nomor_rekam_medis", "update_Fahrgestellnummer"][i % 4]
            get(self.doc, t["name"][:-1])["name"] = v
            R(t["name"], "tool_name", v)
            return
        if kind == "file_name_category_words":
            i = self.gen.n.setdefault("_fw", 0)
            self.gen.n["_fw"] += 1
            v = ["patient_birthdate_intake", "pasien_nomor_sim"][i % 2]
            self.fname = self.fname[:-5] + "." + v + ".json"
            R([], "file_name", v, is_file=True)
            return
        raise KeyError(kind)

    def _value_neg(self, s, v, kind):
        if s == "description":
            dp = self.host_desc_prop()
            if dp:
                node = get(self.doc, dp[:-1])
                node["description"] = node["description"].rstrip() + f" Example: {v}"
                self.label(dp, "description", "NONE", v, kind, "none")
                return
            s = "default"
        path, _ = self.new_prop(self.rng.choice(GENERIC_KEYS + ["placeholder"]), {"type": "string"})
        self._put(path, s, v, kind)

    def _put(self, path, s, v, kind):
        node = get(self.doc, path)
        if s == "enum":
            node["enum"] = [v, "other"]
            self.label(path + ["enum", 0], "enum", "NONE", v, kind, "none")
        elif s == "examples":
            node["examples"] = [v]
            self.label(path + ["examples", 0], "examples", "NONE", v, kind, "none")
        else:
            node[s] = v
            self.label(path + [s], s, "NONE", v, kind, "none")


# ------------------------------------------------------------------ main
def slug(s):
    return re.sub(r"[^A-Za-z0-9_-]+", "_", s).strip("_")[:48]


def dump(path, doc):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")


def main():
    verify_sources()
    rng = random.Random(SEED)
    pools = V.load_names()
    schema_units, op_units = load_units()
    gen = Gen(rng, pools)
    plan = make_plan(rng)
    negs = [{"neg": k, "surface": s} for k, s in NEG_PLAN]
    N_SCHEMA, N_TOOL = 48, 50
    files = [SCHEMA_FORMATS[i % 3] for i in range(N_SCHEMA)] + [TOOL_FORMATS[i % 5] for i in range(N_TOOL)]
    bins = [[] for _ in files]
    tool_idx = [i for i, f in enumerate(files) if f in TOOL_FORMATS]
    tool_items = [x for x in plan if x["surface"] in ("tool_name", "tool_description")] + \
                 [x for x in negs if x["surface"] == "tool_name"]
    other = [x for x in plan + negs if x not in tool_items]
    rng.shuffle(tool_items)
    rng.shuffle(other)
    for n, it in enumerate(tool_items):
        bins[tool_idx[n % len(tool_idx)]].append(it)
    order = list(range(len(files)))
    for it in other:
        rng.shuffle(order)
        order.sort(key=lambda i: len(bins[i]))
        for i in order:
            if it["surface"] == "file_name" and any(x["surface"] == "file_name" for x in bins[i]):
                continue
            bins[i].append(it)
            break
    for d in (OUT_P, OUT_R):
        if os.path.exists(d):
            shutil.rmtree(d)
    si = oi = 0
    used_units = []
    all_labels = []
    names_used = set()
    for fi, fmt in enumerate(files):
        if fmt in SCHEMA_FORMATS:
            units = [schema_units[si]]
            si += 1
        else:
            k = 1 + (fi % 3)
            units = op_units[oi:oi + k]
            oi += k
        used_units += [u["host"] + "|" + u["id"] for u in units]
        doc, ctx = make_doc(fmt, units, rng)
        u0 = units[0]
        fname = f"{u0['host']}.{slug(u0['name'])}.json"
        pl = Planter(doc, ctx, fmt, rng, gen, u0["base"], fname)
        items = bins[fi]
        items.sort(key=lambda x: 0 if x.get("neg") else 1)  # negatives first (they may rename tools)
        for it in items:
            if it.get("neg"):
                pl.negative(it["neg"], it["surface"])
            else:
                pl.plant(it)
        fname = pl.fname
        assert fname not in names_used, fname
        names_used.add(fname)
        rel = f"{fmt}/{fname}"
        dump(os.path.join(OUT_P, rel), pl.doc)
        for lab in pl.labels:
            lab["file"] = rel
            all_labels.append(lab)
    # labels
    for n, lab in enumerate(all_labels):
        lab["id"] = f"ninth-{n + 1:04d}"
    keys = ["id", "file", "pointer", "surface", "category", "value", "raw", "kind", "placement", "base"]
    with open(os.path.join(OUT_P, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in all_labels:
            f.write(json.dumps({k: lab[k] for k in keys if k in lab}, ensure_ascii=False) + "\n")
    # real files: next units
    real_formats = [SCHEMA_FORMATS[i % 3] for i in range(48)] + [TOOL_FORMATS[i % 5] for i in range(52)]
    man = []
    rrng = random.Random(SEED + 1)
    for fi, fmt in enumerate(real_formats):
        if fmt in SCHEMA_FORMATS:
            units = [schema_units[si]]
            si += 1
        else:
            k = 1 + (fi % 3)
            units = op_units[oi:oi + k]
            oi += k
        doc, _ = make_doc(fmt, units, rrng)
        u0 = units[0]
        fname = f"{u0['host']}.{slug(u0['name'])}.json"
        n = 2
        while f"{fmt}/{fname}" in {m['file'] for m in man}:
            fname = f"{u0['host']}.{slug(u0['name'])}.{n}.json"
            n += 1
        rel = f"{fmt}/{fname}"
        dump(os.path.join(OUT_R, rel), doc)
        man.append({"file": rel, "format": fmt, "units": [u["host"] + "|" + u["id"] for u in units],
                    "bases": [u["base"] for u in units]})
    with open(os.path.join(OUT_R, "MANIFEST.jsonl"), "w", encoding="utf-8") as f:
        for m in man:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    # planted unit record for check.py (which units were used by planted files)
    with open(os.path.join(HERE, "planted_units.json"), "w") as f:
        json.dump(sorted(used_units), f, indent=0)
    pos = [l for l in all_labels if l["category"] != "NONE"]
    print(f"planted files {len(files)}, positives {len(pos)}, negatives {len(all_labels) - len(pos)}, real {len(man)}")


if __name__ == "__main__":
    main()
