"""Deterministic builder of the sixth phiscan evaluation set: sources/ -> real/ + planted/.
stdlib + phonenumbers only.  Run twice: byte-identical output."""
import sys
sys.dont_write_bytecode = True
import hashlib, html, json, random, re, shutil, string
from pathlib import Path

import values as V

HERE = Path(__file__).resolve().parent
SRC, REAL, PLANT = HERE / "sources", HERE / "real", HERE / "planted"
SEED = 60606
SLACK = "slackapi/slack-api-specs@bc08db49625630e3585bf2f1322128ea04f2a7f3"
DICOM = "innolitics/dicom-standard@7f4749d09ed3ef2fa70637d376d423a4b13523cd"


def verify_sources():
    for line in (SRC / "MANIFEST.jsonl").read_text().splitlines():
        r = json.loads(line)
        h = hashlib.sha256((SRC / r["file"]).read_bytes()).hexdigest()
        assert h == r["sha256"], r["file"]


def hkey(s):
    return hashlib.sha256(("sixth:" + s).encode()).hexdigest()


def dump(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def strip_html(s):
    s = re.sub(r"<[^>]+>", "", s or "")
    return re.sub(r"\s+", " ", html.unescape(s)).strip()


def camel(s):
    parts = re.split(r"[^A-Za-z0-9]+", s)
    return parts[0].lower() + "".join(p[:1].upper() + p[1:] for p in parts[1:] if p)

# ================================================================= units
VR_TYPE = {"US": "integer", "UL": "integer", "SS": "integer", "SL": "integer", "UV": "integer", "SV": "integer",
           "FL": "number", "FD": "number", "DS": "string", "IS": "string"}


def dicom_dict_units():
    attrs = json.loads((SRC / "dicom/attributes.json").read_text())
    groups = {}
    for a in attrs:
        if not a.get("keyword"):
            continue
        groups.setdefault(a["tag"][1:5], []).append(a)
    units = []
    for g in sorted(groups):
        xs = groups[g]
        chunks = [xs[i:i + 40] for i in range(0, len(xs), 40)]
        for i, ch in enumerate(chunks):
            props = {}
            for a in ch:
                vr = a["valueRepresentation"]
                p = {"title": a["name"], "description": f"{a['tag']} {a['name']}. VR {vr}, VM {a['valueMultiplicity']}."
                     + (" Retired." if a["retired"] == "Y" else "")}
                if vr == "SQ":
                    p.update({"type": "array", "items": {"type": "object"}})
                elif "or" in vr:
                    pass
                else:
                    p["type"] = VR_TYPE.get(vr, "string")
                p["x-dicom-tag"] = a["id"]
                p["x-dicom-vr"] = vr
                props[a["keyword"]] = p
            doc = {"$schema": "https://json-schema.org/draft/2020-12/schema",
                   "$id": f"urn:x-dicom-dict:group-{g.lower()}-{i + 1}",
                   "title": f"DICOM data elements, group {g}" + (f" ({i + 1} of {len(chunks)})" if len(chunks) > 1 else ""),
                   "type": "object", "properties": props}
            name = f"dicom-dict/group-{g.lower()}" + (f".part{i + 1}" if len(chunks) > 1 else "") + ".schema.json"
            units.append({"kind": "schema", "name": name, "doc": doc, "src": f"{DICOM}:standard/attributes.json#group {g} part {i + 1}"})
    return units


def dicom_iod_units():
    mods = {m["id"]: m for m in json.loads((SRC / "dicom/modules.json").read_text())}
    rel = json.loads((SRC / "dicom/ciod_to_modules.json").read_text())
    units = []
    for c in json.loads((SRC / "dicom/ciods.json").read_text()):
        props, req = {}, []
        for r in rel:
            if r["ciodId"] != c["id"] or r["moduleId"] not in mods:
                continue
            m = mods[r["moduleId"]]
            k = camel(m["id"])
            p = {"title": m["name"], "description": strip_html(m["description"]), "type": "object",
                 "x-usage": r["usage"], "x-information-entity": r["informationEntity"]}
            if r.get("conditionalStatement"):
                p["x-condition"] = r["conditionalStatement"]
            props[k] = p
            if r["usage"] == "M":
                req.append(k)
        doc = {"$schema": "http://json-schema.org/draft-07/schema#", "$id": f"urn:x-dicom-iod:{c['id']}",
               "title": c["name"] + " IOD", "description": strip_html(c["description"]), "type": "object",
               "properties": props, "required": req, "x-link": c["linkToStandard"]}
        units.append({"kind": "schema", "name": f"dicom-iod/{c['id']}.schema.json", "doc": doc,
                      "src": f"{DICOM}:standard/ciods.json#{c['id']} + ciod_to_modules.json + modules.json"})
    return units


def slack_units():
    d = json.loads((SRC / "slack/slack_web_openapi_v2.json").read_text())
    defs = d["definitions"]

    def refs(o, acc):
        if isinstance(o, dict):
            for k, v in o.items():
                if k == "$ref" and isinstance(v, str) and v.startswith("#/definitions/"):
                    n = v.split("/")[-1]
                    if n not in acc:
                        acc.add(n); refs(defs[n], acc)
                else:
                    refs(v, acc)
        elif isinstance(o, list):
            for v in o:
                refs(v, acc)
        return acc
    schemas, ops = [], []
    for n in sorted(defs):
        doc = {"$schema": "http://json-schema.org/draft-04/schema#", "title": n}
        doc.update(defs[n])
        dep = sorted(refs(defs[n], set()) - {n})
        if dep:
            doc["definitions"] = {x: defs[x] for x in dep}
        schemas.append({"kind": "schema", "name": f"slack-defs/{n}.schema.json", "doc": doc,
                        "src": f"{SLACK}:web-api/slack_web_openapi_v2.json#/definitions/{n}"})
    for path, ms in sorted(d["paths"].items()):
        for m, o in sorted(ms.items()):
            props, req = {}, []
            for p in o.get("parameters", []):
                props[p["name"]] = {"type": p.get("type", "string"), "description": p.get("description", "")}
                if p.get("required"):
                    req.append(p["name"])
            tool = {"name": o["operationId"], "description": o.get("description", ""),
                    "schema": {"type": "object", "properties": props, "required": req}}
            ops.append({"tool": tool, "src": f"{SLACK}:web-api/slack_web_openapi_v2.json#/paths/{path.replace('/', '~1')}/{m}"})
            rs = o["responses"]["200"]["schema"]
            if len(json.dumps(rs)) > 400:
                doc = {"$schema": "http://json-schema.org/draft-04/schema#"}
                doc.update(rs)
                dep = sorted(refs(rs, set()))
                if dep:
                    doc["definitions"] = {x: defs[x] for x in dep}
                schemas.append({"kind": "schema", "name": f"slack-responses/{o['operationId']}.response.schema.json",
                                "doc": doc, "src": f"{SLACK}:web-api/slack_web_openapi_v2.json#/paths/{path.replace('/', '~1')}/{m}/responses/200/schema"})
    return schemas, ops


def strictify(s):
    s = json.loads(json.dumps(s))
    s["additionalProperties"] = False
    s["required"] = sorted(s["properties"])
    return s


def wrap(fmt, tools, rng, resp=None):
    """tools: list of neutral tools.  Returns (doc, tool_locs) with tool_locs = [(ptr_of_tool, name_key, desc_key, schema_ptr)]."""
    locs = []
    if fmt == "anthropic-tools":
        strict = rng.random() < 0.5
        doc = []
        for i, t in enumerate(tools):
            x = {"name": t["name"], "description": t["description"], "input_schema": strictify(t["schema"]) if strict else t["schema"]}
            if strict:
                x["strict"] = True
            doc.append(x); locs.append((f"/{i}", "name", "description", f"/{i}/input_schema"))
    elif fmt == "anthropic-messages":
        doc = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "metadata": {"user_id": "acct-" + hkey(tools[0]["name"])[:12]},
               "messages": [{"role": "user", "content": f"Use the {tools[0]['name']} tool."}], "tools": []}
        for i, t in enumerate(tools):
            doc["tools"].append({"name": t["name"], "description": t["description"], "input_schema": t["schema"]})
            locs.append((f"/tools/{i}", "name", "description", f"/tools/{i}/input_schema"))
    elif fmt == "openai-chat":
        doc = {"model": "gpt-4.1", "messages": [{"role": "user", "content": f"Call {tools[0]['name']}."}], "tools": []}
        for i, t in enumerate(tools):
            doc["tools"].append({"type": "function", "function": {"name": t["name"], "description": t["description"],
                                 "parameters": strictify(t["schema"]), "strict": True}})
            locs.append((f"/tools/{i}/function", "name", "description", f"/tools/{i}/function/parameters"))
    elif fmt == "openai-responses":
        doc = {"model": "gpt-4.1", "input": f"Call {tools[0]['name']}.", "tools": []}
        for i, t in enumerate(tools):
            doc["tools"].append({"type": "function", "name": t["name"], "description": t["description"], "parameters": t["schema"]})
            locs.append((f"/tools/{i}", "name", "description", f"/tools/{i}/parameters"))
    elif fmt == "mcp-tools-list":
        doc = {"jsonrpc": "2.0", "id": int(hkey(tools[0]["name"])[:4], 16), "result": {"tools": []}}
        for i, t in enumerate(tools):
            doc["result"]["tools"].append({"name": t["name"], "title": t["name"].replace("_", " "), "description": t["description"],
                                           "inputSchema": t["schema"], "annotations": {"title": t["name"].replace("_", " ").title(),
                                           "readOnlyHint": t["name"].split("_")[-1] in ("list", "info", "history", "get", "replies")}})
            locs.append((f"/result/tools/{i}", "name", "description", f"/result/tools/{i}/inputSchema"))
    elif fmt == "gemini":
        doc = {"contents": [{"role": "user", "parts": [{"text": f"Run {tools[0]['name']}."}]}],
               "tools": [{"functionDeclarations": []}], "toolConfig": {"functionCallingConfig": {"mode": "AUTO"}}}
        for i, t in enumerate(tools):
            doc["tools"][0]["functionDeclarations"].append({"name": t["name"], "description": t["description"], "parameters": t["schema"]})
            locs.append((f"/tools/0/functionDeclarations/{i}", "name", "description", f"/tools/0/functionDeclarations/{i}/parameters"))
    return doc, locs


FORMATS = ["anthropic-tools", "anthropic-messages", "openai-chat", "openai-responses", "mcp-tools-list", "gemini"]


def tool_files(ops, rng, prefix):
    out = []
    i, n = 0, 0
    while i < len(ops):
        k = rng.choice([1, 2, 2, 3])
        grp = ops[i:i + k]; i += k
        fmt = FORMATS[n % len(FORMATS)]; n += 1
        doc, locs = wrap(fmt, [g["tool"] for g in grp], rng)
        name = f"{fmt}/{prefix}{grp[0]['tool']['name']}.json"
        out.append({"kind": "tools", "fmt": fmt, "name": name, "doc": doc, "locs": locs, "src": " + ".join(g["src"] for g in grp)})
    return out

# ================================================================= pointer helpers
def esc(t):
    return t.replace("~", "~0").replace("/", "~1")


def get(doc, ptr):
    node = doc
    for t in ptr.split("/")[1:] if ptr else []:
        t = t.replace("~1", "/").replace("~0", "~")
        node = node[int(t)] if isinstance(node, list) else node[t]
    return node


def schema_objects(doc, base=""):
    """pointers of object schemas with a 'properties' dict (not under definitions of other files' refs)."""
    out = []
    def walk(o, p):
        if isinstance(o, dict):
            if isinstance(o.get("properties"), dict):
                out.append(p)
            for k, v in o.items():
                if k in ("enum", "examples", "required"):
                    continue
                if k == "properties" and isinstance(v, dict):
                    for kk, vv in v.items():
                        walk(vv, f"{p}/properties/{esc(kk)}")
                elif isinstance(v, (dict, list)):
                    walk(v, f"{p}/{esc(k)}")
        elif isinstance(o, list):
            for i, v in enumerate(o):
                walk(v, f"{p}/{i}")
    walk(get(doc, base), base)
    return out

# ================================================================= cue dictionaries (keys) and text cues
KEYS = {  # key_cue property keys, by category (DICOM PS3.6 keywords, NEMSIS v3 ePatient, OpenEMR / OpenMRS columns, other languages)
    "PERSON": ["PatientName", "OtherPatientNames", "PatientMotherBirthName", "ResponsiblePerson", "ePatient.02", "ePatient.03",
               "given_name", "family_name", "nachname", "nombre_completo", "nom_de_famille", "hasta_adi"],
    "DATE_OF_BIRTH": ["PatientBirthDate", "ePatient.17", "DOB", "birthdate", "geburtsdatum", "fecha_nacimiento",
                      "date_de_naissance", "dogum_tarihi", "szuletesi_datum", "data-nascimento"],
    "MRN": ["PatientID", "MedicalRecordLocator", "pubpid", "OtherPatientIDs", "numero_historia_clinica", "UR_NUMBER",
            "Patientennummer", "hospital.chart_no"],
    "US_SSN": ["ss", "ePatient.12", "SOCIAL_SEC_NO", "numero_seguro_social", "ssNum"],
    "PHONE_NUMBER": ["PatientTelephoneNumbers", "phone_cell", "phone_home", "ePatient.18", "telefono_movil", "numero_de_telephone",
                     "Handynummer", "contact-phone"],
    "EMAIL_ADDRESS": ["email", "ePatient.19", "correo_electronico", "courriel", "PatientEmail"],
    "STREET_ADDRESS": ["PatientAddress", "street", "ePatient.05", "direccion", "adresse_postale", "Strasse"],
    "ZIP_CODE": ["postal_code", "ePatient.09", "codigo_postal", "Postleitzahl", "code_postal", "ZIP5"],
    "HEALTH_PLAN_ID": ["policy_number", "subscriber_member_id", "medicare_card_no", "numero_afiliado", "Versichertennummer", "MBI"],
    "ACCOUNT_NUMBER": ["numero_de_cuenta", "Kontonummer", "IBAN", "card_number", "billing_account"],
    "LICENSE_NUMBER": ["drivers_license", "ePatient.21", "licencia_conducir", "Fuehrerscheinnummer", "DL_NUM"],
    "DEVICE_ID": ["DeviceSerialNumber", "DeviceUID", "imei", "mac_address", "implant_serial", "UDI"],
    "VEHICLE_ID": ["vin", "VehicleIdentificationNumber", "numero_de_chasis", "Fahrgestellnummer"],
    "IP_ADDRESS": ["client_ip", "RemoteIPAddress", "ip_origen", "StationIP"],
    "URL": ["profile_url", "PersonalWebsite", "enlace_perfil", "fundraiser"],
    "SECRET": ["api_token", "clientSecret", "contrasena", "Kennwort", "access_key"],
}
GENERIC_KEYS = ["value", "sample", "ref", "label", "hint", "memo", "seen", "tag", "fixture", "x"]

TEXT = {  # text cue templates ({v} is the value)
    "PERSON": ["Reproduces with {v}'s study.", "Requested by {v}.", "Escalated for {v}.", "QA image of {v}."],
    "DATE_OF_BIRTH": ["PatientBirthDate in the failing header: {v}.", "born {v}", "fecha de nacimiento {v}", "ePatient.17 = {v}",
                      "geb. {v}", "DOB {v}"],
    "MRN": ["PatientID (0010,0020) {v}", "UR number {v}", "pubpid {v} in OpenEMR", "chart no. {v}", "n° de dossier {v}"],
    "US_SSN": ["SSN {v}", "ePatient.12: {v}", "social security no. {v}", "{v}"],
    "PHONE_NUMBER": ["call back on {v}", "phone_cell {v}", "Handy {v}", "{v}"],
    "EMAIL_ADDRESS": ["mail {v} when done", "courriel : {v}", "{v}"],
    "STREET_ADDRESS": ["ships to {v}", "PatientAddress {v}", "domicilio: {v}", "{v}"],
    "ZIP_CODE": ["ZIP {v}", "ePatient.09 {v}", "postal code {v}", "código postal {v}"],
    "HEALTH_PLAN_ID": ["Medicare card {v}", "member id {v}", "Medicaid no. {v}", "policy_number {v}", "n.º de afiliado {v}"],
    "ACCOUNT_NUMBER": ["charged to card {v}", "refund to {v}", "IBAN {v}", "bank account {v}"],
    "LICENSE_NUMBER": ["{st} driver's license {v}", "DL {v} ({st})", "licencia de conducir {v} ({st})"],
    "DEVICE_ID": ["DeviceSerialNumber {v}", "IMEI {v}", "pump serial {v}", "MAC {v}", "UDI {v}"],
    "VEHICLE_ID": ["VIN {v}", "{v}", "transport vehicle {v}"],
    "IP_ADDRESS": ["from {v}", "source ip {v}", "{v}"],
    "URL": ["see {v}", "{v}", "updates at {v}"],
    "SECRET": ["token {v}", "{v}", "rotate {v}", "password: {v}"],
}
KIND_TEXT = {
    "healthplan_mbi": ["Medicare card {v}", "MBI {v}", "medicare_card_no {v}"],
    "healthplan_mbi_dash": ["Medicare card {v}", "MBI {v}"],
    "healthplan_member_alpha": ["member id {v}", "policy_number {v}", "n.º de afiliado {v}"],
    "healthplan_member_suffix": ["subscriber_member_id {v}", "Versichertennummer {v}"],
    "healthplan_medicaid": ["Medicaid no. {v}", "Medicaid CIN {v}"],
    "mrn_ur": ["UR number {v}", "PatientID (0010,0020) {v}"], "mrn_pubpid": ["pubpid {v} in OpenEMR", "OpenEMR pubpid {v}"],
    "mrn_empi": ["EMPI {v}", "PatientID (0010,0020) {v}"], "mrn_hosp": ["PatientID (0010,0020) {v}", "n° de dossier {v}"],
    "mrn_site": ["MedicalRecordLocator {v}", "chart no. {v}"], "mrn_letter": ["PatientID (0010,0020) {v}", "MRN {v}"],
    "mrn_grouped": ["chart no. {v}", "numero de historia clinica {v}"], "mrn_chart": ["chart no. {v}", "n° de dossier {v}"],
    "device_serial": ["DeviceSerialNumber {v}", "pump serial {v}", "implant serial {v}"],
    "device_imei": ["IMEI {v}", "handset IMEI {v}"], "device_udi_gs1": ["UDI {v}", "implant UDI {v}"],
    "device_mac_colon": ["MAC {v}", "modality MAC {v}"], "device_mac_dash": ["MAC {v}", "wearable MAC {v}"],
    "device_mac_dot": ["MAC {v}", "bedside monitor MAC {v}"],
    "secret_password": ["password: {v}", "Kennwort {v}", "contraseña {v}"],
    "bank_account": ["bank account {v}", "numero de cuenta {v}", "Kontonummer {v}"],
}


def templates(cat, kind):
    return KIND_TEXT.get(kind) or ([t for t in TEXT[cat] if "password" not in t] if cat == "SECRET" else TEXT[cat])


def join_prefix(cat, kind):
    if cat == "DEVICE_ID":
        return {"device_imei": "imei_", "device_udi_gs1": "udi_"}.get(kind, "mac_" if "mac" in kind else "sn_")
    if cat == "HEALTH_PLAN_ID":
        return "mbi_" if "mbi" in kind else "mcd_" if "medicaid" in kind else "mbr_"
    if kind == "secret_password":
        return "pw_"
    return JOIN_PREFIX.get(cat, "")


NOTE = ["Seen in the PACS export - {t}", "Fixture from ticket 7712: {t}", "Left over from the pilot: {t}", "Old sample - {t}",
        "Do not ship: {t}", "Copied from a real message; {t}", "Debug note. {t}"]
JOIN_PREFIX = {"DATE_OF_BIRTH": "dob_", "MRN": "mrn_", "US_SSN": "ss_", "PHONE_NUMBER": "tel_", "ZIP_CODE": "zip_",
               "HEALTH_PLAN_ID": "mbr_", "ACCOUNT_NUMBER": "acct_", "LICENSE_NUMBER": "dl_", "DEVICE_ID": "sn_",
               "VEHICLE_ID": "vin_", "IP_ADDRESS": "ip_", "SECRET": "key_", "EMAIL_ADDRESS": "", "URL": "", "STREET_ADDRESS": ""}
NEEDS_CUE = {"DATE_OF_BIRTH", "MRN", "ZIP_CODE", "HEALTH_PLAN_ID", "LICENSE_NUMBER", "DEVICE_ID"}

# ================================================================= value makers
class Maker:
    def __init__(self, rng, pools):
        self.rng, self.pools, self.used = rng, pools, set()
        self.ci = {}

    def cyc(self, name, items):
        i = self.ci.get(name, 0); self.ci[name] = i + 1
        return items[i % len(items)]

    def uniq(self, f):
        for _ in range(200):
            v = f()
            if v not in self.used:
                self.used.add(v); return v
        raise RuntimeError("no unique value")

    def person(self):
        rng = self.rng
        shape = self.cyc("pshape", ["natural", "family_first", "comma", "caps", "lower", "initial", "two_given", "dicom_pn",
                                    "native", "natural", "family_first", "dicom_pn_ideo"])
        if shape == "native":
            p = V.person(rng, self.pools, latin=False); return p["text"], "person_native"
        p = V.person(rng, self.pools)
        g, f = p["given"], p["family"]
        if p["culture"] == "vi":
            g = p["middle"] + " " + g
        if shape == "dicom_pn_ideo":
            p = V.person(rng, self.pools)
            while p["culture"] != "ko":
                p = V.person(rng, self.pools)
            n = p["native"]
            return f"{p['family']}^{p['given']}={n[0]}^{n[1:]}", "person_dicom_pn_ideographic"
        if shape == "natural":
            return (f"{f} {g}" if p["order"] == "fg" else f"{g} {f}"), "person_natural"
        if shape == "family_first":
            return f"{f} {g}", "person_family_first"
        if shape == "comma":
            return f"{f}, {g}", "person_family_comma_given"
        if shape == "caps":
            return f"{V.fold(f).upper()} {V.fold(g).upper()}", "person_all_caps"
        if shape == "lower":
            return f"{V.fold(g).lower()} {V.fold(f).lower()}", "person_lower"
        if shape == "initial":
            return f"{g[0]}. {f}", "person_initial_family"
        if shape == "two_given":
            g2 = V.person(rng, self.pools)
            while g2["culture"] != p["culture"] or g2["given"] == p["given"]:
                g2 = V.person(rng, self.pools)
            return f"{p['given']} {g2['given']} {f}", "person_two_given"
        return f"{V.fold(f).upper()}^{V.fold(g).upper()}", "person_dicom_pn"

    def person_joined(self):
        p = V.person(self.rng, self.pools)
        g, f = V.fold(p["given"]), V.fold(p["family"])
        if p["culture"] == "vi":
            g = V.fold(p["middle"]) + " " + g
        st = self.cyc("pj", ["snake", "camel", "kebab", "pascal", "screaming", "dot", "slug"])
        toks = (f + " " + g).split() if p["order"] == "fg" else (g + " " + f).split()
        t = [x.lower() for x in toks]
        v = {"snake": "_".join(t), "camel": t[0] + "".join(x.title() for x in t[1:]), "kebab": "-".join(t),
             "pascal": "".join(x.title() for x in t), "screaming": "_".join(t).upper(), "dot": ".".join(t),
             "slug": "".join(t)}[st]
        return v, f"person_{st}_joined"

    def value(self, cat, joined=False):
        rng = self.rng
        if cat == "PERSON":
            return self.uniq(self.person_joined) if joined else self.uniq(self.person)
        if cat == "DATE_OF_BIRTH":
            y, m, d = V.dob(rng)
            if joined:
                st = self.cyc("dobj", ["dicom_da", "key_us"])
                return V.fmt_date(y, m, d, st), f"dob_{st}_joined"
            st = self.cyc("dob", ["long_ord", "dmy2", "ymd_dot", "d_mon_y", "dicom_da", "es", "de", "cjk", "mon_d_y", "mdy", "iso"])
            return V.fmt_date(y, m, d, st), f"dob_{st}"
        if cat == "MRN":
            st = self.cyc("mrn", ["ur", "hosp", "site", "letter", "grouped", "chart", "empi", "pubpid"])
            v = {"ur": lambda: "UR%07d" % rng.randint(10**6, 10**7 - 1), "hosp": lambda: "HOSP-%06d" % rng.randint(1, 999999),
                 "site": lambda: rng.choice(["SJH", "KMC", "BRH", "PMH"]) + "-%08d" % rng.randint(1, 10**8 - 1),
                 "letter": lambda: rng.choice("KMQT") + "%07d" % rng.randint(10**5, 10**7 - 1),
                 "grouped": lambda: "%02d-%03d-%02d" % (rng.randint(10, 99), rng.randint(0, 999), rng.randint(0, 99)),
                 "chart": lambda: "%04d-%04d" % (rng.randint(1, 9999), rng.randint(0, 9999)),
                 "empi": lambda: "1%010d" % rng.randint(10**8, 10**10 - 1), "pubpid": lambda: "%06d" % rng.randint(10**4, 10**6 - 1)}[st]()
            return v, f"mrn_{st}"
        if cat == "US_SSN":
            v = V.ssn(rng)
            if joined:
                return v.replace("-", "_"), "ssn_underscore_joined"
            st = self.cyc("ssn", ["dash", "dash", "space", "plain"])
            return {"dash": v, "space": v.replace("-", " "), "plain": v.replace("-", "")}[st], f"ssn_{st}"
        if cat == "PHONE_NUMBER":
            if joined:
                city, stt, npa = rng.choice(V.US_AREA)
                return V.us_phone(rng, npa, "plain10"), "phone_us_digits_joined"
            if self.cyc("ph", [0, 1]) == 0:
                city, stt, npa = rng.choice(V.US_AREA)
                st = self.cyc("phus", ["spaces", "ext", "tight", "dots_plus", "intl00", "slash"])
                return V.us_phone(rng, npa, st), f"phone_us_{st}"
            reg = self.cyc("phreg", V.INTL_REGIONS)
            fmt = self.cyc("phfmt", ["intl", "e164", "rfc"])
            return V.intl_mobile(rng, reg, fmt), f"phone_{reg.lower()}_{fmt}"
        if cat == "EMAIL_ADDRESS":
            p = V.person(rng, self.pools)
            g, f = V.fold(p["given"]).lower(), V.fold(p["family"]).lower()
            local = self.cyc("eml", [f"{g}.{f}", f"{g[0]}{f}", f"{f}{rng.randint(10, 99)}", f"{g}_{f[:3]}", f"{f}.{g}{rng.randint(1, 9)}"])
            return f"{local}@{self.cyc('dom', V.EMAIL_DOMAINS)}", "email"
        if cat == "STREET_ADDRESS":
            st = self.cyc("addr", ["us_full", "us_unit", "us_full", "tr", "hu", "vi", "ko", "gr", "us_line"])
            if st == "us_full":
                return V.us_address(rng), "address_us"
            if st == "us_unit":
                return V.us_address(rng, unit=True), "address_us_unit"
            if st == "us_line":
                return V.us_address(rng, with_city=False, unit=True), "address_us_street_line"
            return V.foreign_address(rng, st), f"address_{st}"
        if cat == "ZIP_CODE":
            z = V.zip5(rng)
            st = self.cyc("zip", ["zip5", "zip4", "zip5", "zip9"])
            return {"zip5": z, "zip4": f"{z}-{rng.randint(1, 9999):04d}", "zip9": f"{z}{rng.randint(1, 9999):04d}"}[st], f"zip_{st}"
        if cat == "HEALTH_PLAN_ID":
            st = self.cyc("hp", ["mbi", "mbi_dash", "member_alpha", "member_suffix", "medicaid", "mbi"])
            v = {"mbi": lambda: V.mbi(rng), "mbi_dash": lambda: V.mbi(rng, True),
                 "member_alpha": lambda: "".join(rng.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(3)) + "%08d%02d" % (rng.randint(10**7, 10**8 - 1), rng.randint(1, 9)),
                 "member_suffix": lambda: "%09d-%02d" % (rng.randint(10**8, 10**9 - 1), rng.randint(1, 4)),
                 "medicaid": lambda: rng.choice("ABCDEFGHJK") + rng.choice("ABCDEFGHJK") + "%05d" % rng.randint(0, 99999) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")}[st]()
            return v, f"healthplan_{st}"
        if cat == "ACCOUNT_NUMBER":
            st = self.cyc("acct", ["card", "iban", "card", "iban", "bank"])
            if st == "card":
                b = self.cyc("brand", list(V.CARD_BRANDS))
                n = V.card(rng, b)
                g = self.cyc("cardg", ["plain", "space", "dash"])
                n2 = {"plain": n, "space": " ".join(n[i:i + 4] for i in range(0, 16, 4)), "dash": "-".join(n[i:i + 4] for i in range(0, 16, 4))}[g]
                return (n if joined else n2), f"card_{b}"
            if st == "iban":
                c = self.cyc("ibanc", list(V.IBAN_BBAN))
                return V.iban(rng, c, grouped=(not joined and rng.random() < 0.4)), f"iban_{c.lower()}"
            return "%011d" % rng.randint(10**9, 10**11 - 1), "bank_account"
        if cat == "LICENSE_NUMBER":
            s = self.cyc("dl", list(V.DL))
            return V.DL[s][1](rng), f"dl_{s.lower()}"
        if cat == "DEVICE_ID":
            st = self.cyc("dev", ["serial", "imei", "mac_colon", "mac_dash", "mac_dot", "udi", "imei_sp"])
            if st == "serial":
                return rng.choice(["SN", "PG", "RNK"]) + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(9)), "device_serial"
            if st.startswith("imei"):
                v = V.imei(rng)
                return (f"{v[:2]} {v[2:8]} {v[8:14]} {v[14]}" if st == "imei_sp" and not joined else v), "device_imei"
            if st.startswith("mac"):
                sty = {"mac_colon": "colon", "mac_dash": "dash_upper", "mac_dot": "dot"}[st]
                return V.mac(rng, "bare" if joined else sty), f"device_{st}"
            g = V.gtin14(rng)
            return (f"01{g}21{rng.randint(10**5, 10**8)}" if joined else f"(01){g}(11){rng.randint(18, 25):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}(21){rng.choice(['A', 'K', 'Z'])}{rng.randint(10**5, 10**7)}"), "device_udi_gs1"
        if cat == "VEHICLE_ID":
            return V.vin(rng), "vin"
        if cat == "IP_ADDRESS":
            st = self.cyc("ip", ["v4", "v6", "v4_port", "v6_upper", "v4_cidr", "v6"])
            if st.startswith("v4"):
                v = V.ipv4(rng)
                if joined:
                    return v.replace(".", "_"), "ipv4_underscore_joined"
                return (v + ":" + str(rng.choice([8443, 3389, 5060])) if st == "v4_port" else v + "/32" if st == "v4_cidr" else v), f"ip_{st}"
            v = V.ipv6(rng)
            if joined:
                return V.ipv4(rng).replace(".", "_"), "ipv4_underscore_joined"
            return (v.upper() if st == "v6_upper" else v), f"ip_{st}"
        if cat == "URL":
            p = V.person(rng, self.pools)
            g, f = V.fold(p["given"]).lower(), V.fold(p["family"]).lower()
            st = self.cyc("url", ["paypal", "cashapp", "patreon", "tiktok", "flickr", "vk", "weibo", "gogetfunding", "portal", "soundcloud", "goodreads"])
            v = {"paypal": f"https://paypal.me/{g}{f}{rng.randint(1, 99)}", "cashapp": f"https://cash.app/${g}{f[:4]}",
                 "patreon": f"https://www.patreon.com/{g}_{f}", "tiktok": f"https://www.tiktok.com/@{g}.{f}",
                 "flickr": f"https://www.flickr.com/people/{g}{f}/", "vk": f"https://vk.com/id{rng.randint(10**7, 10**9)}",
                 "weibo": f"https://weibo.com/u/{rng.randint(10**9, 7 * 10**9)}", "gogetfunding": f"https://gogetfunding.com/help-{g}-{f}-recover/",
                 "portal": f"https://mychart.{rng.choice(['billingsclinic', 'sanfordhealth', 'avera'])}.org/patient/visit?pid={rng.randint(10**6, 10**7)}&name={f}",
                 "soundcloud": f"https://soundcloud.com/{g}-{f}", "goodreads": f"https://www.goodreads.com/user/show/{rng.randint(10**6, 10**8)}-{g}-{f}"}[st]
            return v, f"url_{st}"
        if cat == "SECRET":
            st = self.cyc("sec", list(V.SECRETS) + ["password", "conn_clickhouse", "conn_oracle"])
            if st == "password":
                return "".join(rng.choice(string.ascii_letters + string.digits + "!#%*") for _ in range(14)), "secret_password"
            if st == "conn_clickhouse":
                return f"clickhouse://svc_pacs:{''.join(rng.choice(string.ascii_letters + string.digits) for _ in range(16))}@ch-{rng.randint(2, 9)}.pacs-prod.internal:9440/dicom", "secret_conn_clickhouse"
            if st == "conn_oracle":
                return f"oracle+cx_oracle://ris_app:{''.join(rng.choice(string.ascii_letters + string.digits) for _ in range(14))}@ris-db.internal:1521/?service_name=RISPRD", "secret_conn_oracle"
            return V.SECRETS[st](rng), "secret_" + st
        raise KeyError(cat)

# ================================================================= plan
CAT_COUNTS = {"PERSON": 30, "DATE_OF_BIRTH": 20, "MRN": 14, "US_SSN": 13, "PHONE_NUMBER": 14, "EMAIL_ADDRESS": 16,
              "STREET_ADDRESS": 14, "ZIP_CODE": 13, "HEALTH_PLAN_ID": 13, "ACCOUNT_NUMBER": 14, "LICENSE_NUMBER": 13,
              "DEVICE_ID": 14, "VEHICLE_ID": 13, "IP_ADDRESS": 13, "URL": 15, "SECRET": 16}
SURFACES = ["property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples", "default",
            "tool_name", "tool_description", "file_name", "metadata"]
JOINED_SURF = {"property_name", "tool_name", "file_name"}


def regex_escape(s):
    return re.sub(r"([\\^$.|?*+()\[\]{}])", r"\\\1", s)


def slug_ok(cat, kind):
    # which values may go into keys/tool names/file names
    return cat not in ("STREET_ADDRESS",) and not kind.startswith("person_native") and not kind.startswith("secret_conn") \
        and kind not in ("secret_microsoft-teams-webhook", "secret_cloudflare-origin-ca-key", "secret_artifactory-api-key")


def main():
    verify_sources()
    rng = random.Random(SEED)
    pools = V.load_names()
    for d in (REAL, PLANT):
        if d.exists():
            shutil.rmtree(d)
    dd, iod = dicom_dict_units(), dicom_iod_units()
    sdefs, ops = slack_units()
    # deterministic split by hash
    def split(units, n_host, n_real):
        us = sorted(units, key=lambda u: hkey(u["name"]))
        ok = [u for u in us if schema_objects(u["doc"])]
        host = ok[:n_host]
        rest = [u for u in us if u not in host]
        return host, rest[:n_real]
    dd_h, dd_r = split(dd, 26, 34)
    iod_h, iod_r = split(iod, 24, 34)
    sd_h, sd_r = split(sdefs, 22, 32)
    ops_s = sorted(ops, key=lambda o: hkey(o["src"]))
    half = len(ops_s) // 2
    tf_h = tool_files(ops_s[:half], rng, "")
    tf_r = tool_files(ops_s[half:], rng, "")
    tf_h = tf_h[:48]
    tf_r = tf_r[:48]
    real_units = dd_r + iod_r + sd_r + tf_r
    hosts = dd_h + iod_h + sd_h + tf_h
    rng.shuffle(hosts)

    # ---------------- real
    REAL.mkdir(parents=True)
    man = []
    for u in sorted(real_units, key=lambda u: u["name"]):
        p = REAL / u["name"]; p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(dump(u["doc"]), encoding="utf-8")
        man.append({"file": u["name"], "source": u["src"], "format": u.get("fmt", u["name"].split("/")[0])})
    (REAL / "MANIFEST.jsonl").write_text("".join(json.dumps(m, sort_keys=True, ensure_ascii=False) + "\n" for m in man), encoding="utf-8")

    # ---------------- plants
    mk = Maker(rng, pools)
    plan = []
    for cat, n in CAT_COUNTS.items():
        plan += [cat] * n
    rng.shuffle(plan)
    tool_hosts = [h for h in hosts if h["kind"] == "tools"]
    schema_hosts = [h for h in hosts if h["kind"] == "schema"]
    for h in hosts:
        h["plants"] = []
        h["negs"] = []
        h["fname"] = h["name"]
    # assign surfaces round-robin; tool surfaces only to tool hosts
    si = 0
    labels = []
    ti = si2 = 0
    for cat in plan:
        surf = SURFACES[si % len(SURFACES)]; si += 1
        if surf in ("tool_name", "tool_description") or (surf in ("metadata",) and si % 2 == 0):
            pool = tool_hosts
        else:
            pool = schema_hosts if si % 3 else tool_hosts
        # host with fewest plants (tie -> order)
        h = min(pool, key=lambda x: (len(x["plants"]), pool.index(x) if False else 0, hkey(x["name"] + str(len(x["plants"])))))
        if surf == "file_name" and any(p["surface"] == "file_name" for p in h["plants"]):
            h = min([x for x in pool if not any(p["surface"] == "file_name" for p in x["plants"])], key=lambda x: (len(x["plants"]), hkey(x["name"])))
        if surf == "tool_name":
            used_t = {p["tool"] for p in h["plants"] if p["surface"] == "tool_name"}
            if len(used_t) >= len(h["locs"]):
                h = min([x for x in pool if not any(p["surface"] == "tool_name" for p in x["plants"])], key=lambda x: (len(x["plants"]), hkey(x["name"])))
        h["plants"].append({"cat": cat, "surface": surf, "tool": None})
    for h in hosts:
        apply_plants(h, mk, rng, labels)
    apply_negatives(hosts, rng, labels, pools)
    for h in hosts:
        for l in h.get("labels", []):
            l["file"] = h["fname"]
        if h["kind"] == "tools":  # keep strict tool schemas strict: every property required
            for loc in h["locs"]:
                sch = get(h["doc"], loc[3])
                if sch.get("additionalProperties") is False:
                    sch["required"] = sorted(sch["properties"])
    # write planted
    PLANT.mkdir(parents=True)
    for h in sorted(hosts, key=lambda h: h["fname"]):
        if not h["plants"] and not h["negs"]:
            continue
        p = PLANT / h["fname"]; p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(dump(h["doc"]), encoding="utf-8")
    labels.sort(key=lambda l: (l["file"], l["pointer"], l["category"]))
    for i, l in enumerate(labels):
        l["id"] = "six-%04d" % (i + 1)
    order = ["id", "file", "pointer", "surface", "category", "value", "raw", "kind", "placement", "base"]
    with open(PLANT / "labels.jsonl", "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps({k: l[k] for k in order if k in l}, ensure_ascii=False) + "\n")
    print(f"real {len(man)}  planted {len({l['file'] for l in labels})}  positives {sum(l['category'] != 'NONE' for l in labels)}  negatives {sum(l['category'] == 'NONE' for l in labels)}")


def pick_schema_ptr(h, rng):
    if h["kind"] == "tools":
        loc = rng.choice(h["locs"])
        return loc[3]
    objs = [p for p in schema_objects(h["doc"]) if "/definitions/" not in p or rng.random() < 0.2]
    objs = objs or schema_objects(h["doc"])
    return rng.choice(objs)


def existing_string_prop(h, rng, sptr):
    props = get(h["doc"], sptr)["properties"]
    ks = [k for k, v in props.items() if isinstance(v, dict) and v.get("type") == "string" and "enum" not in v and "const" not in v
          and "default" not in v and "examples" not in v and "pattern" not in v and "title" not in v]
    return rng.choice(sorted(ks)) if ks else None


def add_label(labels, h, ptr, surf, cat, value, kind, placement, raw=None):
    l = {"file": h["fname"], "pointer": ptr, "surface": surf, "category": cat, "value": value, "kind": kind,
         "placement": placement, "base": h["src"].split(" + ")[0]}
    if raw is not None:
        l["raw"] = raw
    labels.append(l)
    h.setdefault("labels", []).append(l)


def apply_plants(h, mk, rng, labels):
    doc = h["doc"]
    for pl in h["plants"]:
        cat, surf = pl["cat"], pl["surface"]
        joined = surf in JOINED_SURF
        if surf in ("tool_name", "file_name") and cat in ("EMAIL_ADDRESS", "URL", "STREET_ADDRESS"):
            cat = mk.cyc("swap", ["PERSON", "US_SSN", "VEHICLE_ID", "MRN", "PHONE_NUMBER", "DATE_OF_BIRTH"])
        for _ in range(200):
            v, kind = mk.value(cat, joined=joined)
            if not joined or (slug_ok(cat, kind) and (surf != "tool_name" or re.fullmatch(r"[A-Za-z0-9_-]+", v))
                              and (surf != "file_name" or re.fullmatch(r"[A-Za-z0-9_.@+-]+", v))):
                break
            mk.used.discard(v)
            cat = rng.choice(["PERSON", "US_SSN", "VEHICLE_ID", "MRN"]) if cat == "STREET_ADDRESS" else cat
        if joined and cat == "STREET_ADDRESS":
            cat = "PERSON"; v, kind = mk.value(cat, joined=True)
        needs = cat in NEEDS_CUE or kind in ("ssn_space", "ssn_plain", "phone_us_digits_joined", "bank_account", "secret_password",
                                             "device_imei", "mrn_pubpid") or cat == "DATE_OF_BIRTH"
        if surf in JOINED_SURF:
            pre = join_prefix(cat, kind) if cat != "PERSON" else ""
            if cat == "PERSON" and surf == "file_name":
                kind = kind
            jv = v
            if cat in ("EMAIL_ADDRESS", "URL"):
                jv = v
            text = pre + jv
            placement = "text_cue" if pre else "no_cue"
            if surf == "property_name":
                sptr = pick_schema_ptr(h, rng)
                props = get(doc, sptr)["properties"]
                key = text
                props[key] = {"type": "string", "description": "Free-text value."}
                add_label(labels, h, f"{sptr}/properties/{esc(key)}", surf, cat, jv, kind if kind.endswith("joined") else kind + "_joined", placement)
            elif surf == "tool_name":
                cands = [l for l in h["locs"] if not l[0] in h.get("renamed", set())]
                loc = rng.choice(cands)
                h.setdefault("renamed", set()).add(loc[0])
                t = get(doc, loc[0])
                tn = re.sub(r"[^A-Za-z0-9_-]", "_", text)
                base = t[loc[1]]
                newname = (base + "_" + tn) if len(base) + len(tn) < 64 else tn
                t[loc[1]] = newname
                add_label(labels, h, f"{loc[0]}/{loc[1]}", surf, cat, v, kind if kind.endswith("joined") else kind + "_joined", placement)
            else:  # file_name
                fn = re.sub(r"[^A-Za-z0-9_.@+-]", "_", text)
                stem = h["fname"][:-5]
                if stem.endswith(".schema"):
                    h["fname"] = stem[:-7] + "." + fn + ".schema.json"
                else:
                    h["fname"] = stem + "." + fn + ".json"
                add_label(labels, h, "", surf, cat, v, kind if kind.endswith("joined") else kind + "_joined", placement)
            continue
        if surf in ("tool_description",):
            loc = rng.choice(h["locs"])
            t = get(doc, loc[0])
            tmpl = rng.choice([x for x in templates(cat, kind) if "{v}" != x] if needs else templates(cat, kind))
            s = tmpl.format(v=v, st=V.STATE_NAMES.get(kind[3:].upper(), "")) if cat == "LICENSE_NUMBER" else tmpl.format(v=v)
            t[loc[2]] = (t.get(loc[2]) or "").rstrip() + " " + rng.choice(NOTE).format(t=s)
            add_label(labels, h, f"{loc[0]}/{loc[2]}", surf, cat, v, kind, "text_cue" if tmpl != "{v}" else "no_cue")
            continue
        if surf == "metadata":
            if h["kind"] == "tools" and h["fmt"] == "anthropic-messages" and not h.get("uid") and cat in ("PERSON", "EMAIL_ADDRESS", "US_SSN", "PHONE_NUMBER"):
                h["uid"] = True
                doc["metadata"]["user_id"] = v if cat != "PHONE_NUMBER" else v
                add_label(labels, h, "/metadata/user_id", surf, cat, v, kind, "no_cue")
                continue
            if h["kind"] == "tools" and h["fmt"] == "mcp-tools-list" and cat == "PERSON" and not needs:
                loc = rng.choice(h["locs"])
                get(doc, loc[0])["annotations"]["title"] = f"Ask {v}"
                add_label(labels, h, f"{loc[0]}/annotations/title", surf, cat, v, kind, "no_cue")
                continue
            sptr = pick_schema_ptr(h, rng)
            node = get(doc, sptr)
            tmpl = rng.choice([x for x in templates(cat, kind) if "{v}" != x] if needs else templates(cat, kind))
            s = tmpl.format(v=v, st=V.STATE_NAMES.get(kind[3:].upper(), "")) if cat == "LICENSE_NUMBER" else tmpl.format(v=v)
            mkey = rng.choice(["$comment", "x-sample-source", "x-dicom-note", "x-provenance"])
            while mkey in node:
                mkey = mkey + "-2"
            node[mkey] = rng.choice(NOTE).format(t=s)
            add_label(labels, h, f"{sptr}/{esc(mkey)}", surf, cat, v, kind, "text_cue" if tmpl != "{v}" else "no_cue")
            continue
        # schema-keyword surfaces
        sptr = pick_schema_ptr(h, rng)
        props = get(doc, sptr)["properties"]
        mode = rng.choice(["new_key", "new_key", "existing"]) if not needs else rng.choice(["new_key", "new_key", "existing_text"])
        if surf in ("title", "description") and needs:
            mode = rng.choice(["existing_text", "new_generic_text"])
        if surf in ("pattern_property",):
            rx = "^" + regex_escape(v) + "$"
            placement = "no_cue"
            if needs:
                cue = {"DATE_OF_BIRTH": "dob_", "MRN": "mrn_", "ZIP_CODE": "zip_", "LICENSE_NUMBER": "dl_",
                       "US_SSN": "ssn_", "PHONE_NUMBER": "tel_", "ACCOUNT_NUMBER": "acct_"}.get(cat) or join_prefix(cat, kind)
                rx = "^" + cue + regex_escape(v) + "$"
                placement = "text_cue"
            node = get(doc, sptr)
            node.setdefault("patternProperties", {})[rx] = {"type": "string"}
            add_label(labels, h, f"{sptr}/patternProperties/{esc(rx)}", surf, cat, regex_escape(v), kind, placement, raw=v)
            continue
        if mode == "existing":
            k = existing_string_prop(h, rng, sptr)
            if k is None:
                mode = "new_key"
        if mode in ("new_key",):
            usecue = needs or rng.random() < 0.5
            k = mk.cyc("key_" + cat, KEYS[cat]) if usecue else mk.cyc("gk", GENERIC_KEYS)
            while k in props:
                k = k + "_2"
            props[k] = {"type": "string"}
            placement = "key_cue" if usecue else "no_cue"
        elif mode == "existing":
            placement = "no_cue"
        else:  # text forms
            if mode == "existing_text":
                k = existing_string_prop(h, rng, sptr)
            if mode == "new_generic_text" or k is None:
                k = mk.cyc("gk", GENERIC_KEYS)
                while k in props:
                    k = k + "_2"
                props[k] = {"type": "string"}
            placement = "text_cue"
        pn = props[k]
        base_ptr = f"{sptr}/properties/{esc(k)}"
        if surf in ("title", "description") or mode in ("existing_text", "new_generic_text"):
            tmpl = rng.choice([x for x in templates(cat, kind) if x != "{v}"]) if (placement == "text_cue" or needs) else rng.choice(templates(cat, kind))
            if placement != "text_cue" and tmpl != "{v}":
                placement = "text_cue" if placement == "no_cue" else placement
            s = tmpl.format(v=v, st=V.STATE_NAMES.get(kind[3:].upper(), "")) if cat == "LICENSE_NUMBER" else tmpl.format(v=v)
            if surf == "title":
                pn["title"] = s[:1].upper() + s[1:] if not s.startswith(v) else s
                add_label(labels, h, base_ptr + "/title", surf, cat, v, kind, placement)
            elif surf == "description":
                pn["description"] = (pn.get("description") or "").rstrip() + (" " if pn.get("description") else "") + rng.choice(NOTE).format(t=s)
                add_label(labels, h, base_ptr + "/description", surf, cat, v, kind, placement)
            elif surf == "enum":
                pn["enum"] = [s]
                add_label(labels, h, base_ptr + "/enum/0", surf, cat, v, kind, placement)
            elif surf == "const":
                pn["const"] = s
                add_label(labels, h, base_ptr + "/const", surf, cat, v, kind, placement)
            elif surf == "default":
                pn["default"] = s
                add_label(labels, h, base_ptr + "/default", surf, cat, v, kind, placement)
            elif surf == "examples":
                pn["examples"] = [s]
                add_label(labels, h, base_ptr + "/examples/0", surf, cat, v, kind, placement)
            elif surf == "pattern":
                pn["pattern"] = "^" + regex_escape(s) + "$"
                add_label(labels, h, base_ptr + "/pattern", surf, cat, regex_escape(v), kind, placement, raw=v)
            continue
        if surf == "title":
            pn["title"] = v
            add_label(labels, h, base_ptr + "/title", surf, cat, v, kind, placement)
        elif surf == "description":
            pn["description"] = (pn.get("description") or "").rstrip() + " e.g. " + v
            add_label(labels, h, base_ptr + "/description", surf, cat, v, kind, placement)
        elif surf == "enum":
            if rng.random() < 0.4 and cat in ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"):
                v2, _ = mk.value(cat)
                pn["enum"] = ["", v, v2]
                add_label(labels, h, base_ptr + "/enum/1", surf, cat, v, kind, placement)
                add_label(labels, h, base_ptr + "/enum/2", surf, cat, v2, kind, placement)
            else:
                pn["enum"] = [v]
                add_label(labels, h, base_ptr + "/enum/0", surf, cat, v, kind, placement)
        elif surf == "const":
            pn["const"] = v
            add_label(labels, h, base_ptr + "/const", surf, cat, v, kind, placement)
        elif surf == "default":
            pn["default"] = v
            add_label(labels, h, base_ptr + "/default", surf, cat, v, kind, placement)
        elif surf == "examples":
            pn["examples"] = [v]
            add_label(labels, h, base_ptr + "/examples/0", surf, cat, v, kind, placement)
        elif surf == "pattern":
            if cat == "PERSON" and rng.random() < 0.5:
                v2, _ = mk.value(cat)
                pn["pattern"] = "^(" + regex_escape(v) + "|" + regex_escape(v2) + ")$"
                add_label(labels, h, base_ptr + "/pattern", surf, cat, regex_escape(v) + "|" + regex_escape(v2), "literal_alternation", placement, raw=v + " | " + v2)
            else:
                pn["pattern"] = "^" + regex_escape(v) + "$"
                add_label(labels, h, base_ptr + "/pattern", surf, cat, regex_escape(v), kind, placement, raw=v)
        else:
            raise KeyError(surf)

# ================================================================= hard negatives
NEG = {
    "code_enum": [
        ("PatientSex", ["M", "F", "O"]), ("Modality", ["CT", "MR", "US", "CR", "DX", "NM", "PT"]), ("Laterality", ["R", "L"]),
        ("BodyPartExamined", ["CHEST", "ABDOMEN", "HEAD", "KNEE"]), ("PatientSexNeutered", ["ALTERED", "UNALTERED"]),
        ("ePatient.13", ["9906001", "9906003", "9906007"]), ("ePatient.08", ["30", "19", "23", "56"]),
        ("ethnicity", ["hisp_or_latin", "not_hisp_or_latin", "decline_to_specify"]), ("race", ["amer_ind_or_alaska_native", "asian", "white"]),
        ("icd10", ["E11.9", "I10", "J45.909"]), ("loinc", ["8867-4", "2339-0", "718-7"]), ("state", ["MT", "ND", "WY", "NM"]),
        ("PatientIdentityRemoved", ["YES", "NO"]), ("TypeOfPatientID", ["TEXT", "RFID", "BARCODE"]), ("snomed_ct", ["38341003", "44054006"]),
        ("ucum", ["mg/dL", "mmol/L", "kg/m2"]), ("lang", ["vi-VN", "ko-KR", "tr-TR", "hu-HU"]),
    ],
    "category_label_key": ["PatientBirthDate", "OtherPatientIDs", "IssuerOfPatientID", "PatientTelephoneNumbers", "ss", "drivers_license",
                           "ePatient.12", "ePatient.21", "geburtsdatum", "fecha_nacimiento", "numero_de_telephone", "pubpid",
                           "DeviceSerialNumber", "MedicalRecordLocator", "phone_cell", "PatientMotherBirthName"],
    "reserved_placeholder": ["(406) 555-0172", "+1-701-555-0148", "192.0.2.77", "198.51.100.14", "2001:db8:85a3::8a2e:370:7334",
                             "000-00-0000", "XXX-XX-XXXX", "nguyen@example.org", "ops@example.net", "Nguyễn Văn A", "Fulano de Tal",
                             "Mario Rossi", "Hong Gildong", "Juan dela Cruz", "xoxb-your-token", "LTAIxxxxxxxxxxxxxxxxxxxx",
                             "<GITLAB_DEPLOY_TOKEN>", "${HARNESS_PAT}", "https://example.com/patients/{patientId}", "ANONYMOUS^PATIENT",
                             "1EG4-TE5-MK73"],
    "format_regex": [r"^\d{8}$", r"^[A-Za-z' -]+(\^[A-Za-z' -]*){0,4}$", r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$",
                     r"^TR\d{2}\d{5}0[A-Z0-9]{16}$", r"^[A-HJ-NPR-Z0-9]{17}$", r"^([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}$",
                     r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^[UW][A-Z0-9]{8,}$", r"^\d{3}-\d{2}-\d{4}$", r"^[A-Z]{3}\d{6}$",
                     r"^LTAI[a-zA-Z0-9]{20}$", r"^\d{5}(-\d{4})?$", r"^([0-9A-F]{2}[:-]){5}[0-9A-F]{2}$"],
    "version_date": ["api_version 2021-03-01", "DICOM PS3 2024c", "Available since 2020-11-16.", "v2.1.0 (2019-06-20)", "Deprecated 2021-02-24; use conversations.history",
                     "Retired in the 2008 edition", "NEMSIS v3.5.0 build 210120", "schema build 20240312"],
    "name_like_word": ["Dawn", "Summer", "Florence", "Victoria", "Chase", "Madison", "Marina", "Ivy", "Robin", "Violet", "Jasmine", "Frank", "Carmen", "Sandy"],
    "category_words_text": ["Patient's birth date in DICOM DA format (YYYYMMDD).", "The patient's telephone numbers, most preferred first.",
                            "Driver's licence number (ePatient.21), state given in ePatient.20.", "Medicare card number of the subscriber.",
                            "Primary identifier for the patient, issued by IssuerOfPatientID.", "The device serial number as assigned by the manufacturer.",
                            "Home ZIP code of the patient (ePatient.09)."],
    "tool_category_words": ["dicom_find_by_patient_id", "lookup_member_by_mbi", "verify_patient_birthdate", "search_by_phone_number",
                            "get_patient_address"],
    "file_name_category_words": ["patient-demographics", "ePatient-identifiers", "device-serials"],
}


def apply_negatives(hosts, rng, labels, pools):
    hs = sorted(hosts, key=lambda h: hkey("neg" + h["name"]))
    ci = {k: 0 for k in NEG}
    plan = (["code_enum"] * 17 + ["category_label_key"] * 14 + ["reserved_placeholder"] * 19 + ["format_regex"] * 12 +
            ["version_date"] * 8 + ["name_like_word"] * 12 + ["category_words_text"] * 7 + ["tool_category_words"] * 5 +
            ["file_name_category_words"] * 3)
    rng.shuffle(plan)
    i = 0
    for kind in plan:
        item = NEG[kind][ci[kind] % len(NEG[kind])]; ci[kind] += 1
        if kind == "tool_category_words":
            cands = [h for h in hs if h["kind"] == "tools" and not h.get("negtool")]
        elif kind == "file_name_category_words":
            cands = [h for h in hs if not any(l["surface"] == "file_name" for l in h.get("labels", [])) and not h.get("negfile")]
        else:
            cands = hs
        h = cands[i % len(cands)]; i += 1
        h["negs"].append(kind)
        doc = h["doc"]
        def lab(ptr, surf, value):
            add_label(labels, h, ptr, surf, "NONE", value, kind, None)
            del h["labels"][-1]["placement"]
        if kind == "tool_category_words":
            h["negtool"] = True
            loc = h["locs"][-1]
            if loc[0] in h.get("renamed", set()):
                loc = h["locs"][0]
                if loc[0] in h.get("renamed", set()):
                    continue
            get(doc, loc[0])[loc[1]] = item
            h.setdefault("renamed", set()).add(loc[0])
            lab(f"{loc[0]}/{loc[1]}", "tool_name", item)
            continue
        if kind == "file_name_category_words":
            h["negfile"] = True
            stem = h["fname"][:-5]
            d, _, b = stem.rpartition("/")
            h["fname"] = f"{d}/{item}.{b}.json"
            lab("", "file_name", item)
            continue
        sptr = pick_schema_ptr(h, rng)
        props = get(doc, sptr)["properties"]
        if kind == "category_label_key":
            k = item
            while k in props:
                k += "_2"
            props[k] = {"type": "string", "description": "See PS3.6 / data dictionary."}
            lab(f"{sptr}/properties/{esc(k)}", "property_name", k)
            continue
        if kind == "code_enum":
            k, codes = item
            while k in props:
                k += "_2"
            props[k] = {"type": "string", "enum": list(codes)}
            lab(f"{sptr}/properties/{esc(k)}/enum/0", "enum", codes[0])
            continue
        k = mk_generic(props, rng)
        if kind == "format_regex":
            if rng.random() < 0.3:
                node = get(doc, sptr)
                node.setdefault("patternProperties", {})[item] = {"type": "string"}
                lab(f"{sptr}/patternProperties/{esc(item)}", "pattern_property", item)
            else:
                props[k] = {"type": "string", "pattern": item}
                lab(f"{sptr}/properties/{esc(k)}/pattern", "pattern", item)
        elif kind in ("reserved_placeholder", "name_like_word", "version_date"):
            surf = rng.choice(["examples", "default", "const", "enum", "description", "title"])
            if surf == "examples":
                props[k] = {"type": "string", "examples": [item]}; ptr = "/examples/0"
            elif surf == "enum":
                props[k] = {"type": "string", "enum": [item]}; ptr = "/enum/0"
            elif surf == "description":
                props[k] = {"type": "string", "description": f"For example {item}"}; ptr = "/description"
            else:
                props[k] = {"type": "string", surf: item}; ptr = "/" + surf
            lab(f"{sptr}/properties/{esc(k)}{ptr}", surf, item)
        elif kind == "category_words_text":
            props[k] = {"type": "string", "description": item}
            lab(f"{sptr}/properties/{esc(k)}/description", "description", item)


def mk_generic(props, rng):
    k = rng.choice(["code", "kind", "note", "hint_text", "sample_value", "vr_value", "fmt", "item", "variant"])
    while k in props:
        k += "_2"
    return k


if __name__ == "__main__":
    main()
