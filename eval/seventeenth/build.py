"""Deterministic builder of the seventeenth set: sources/ -> planted/ + real/ (+ planted_units.json).

stdlib + phonenumbers (through values.py). Seed 171717. Usage: build.py [--out DIR]
"""
import copy, hashlib, json, os, random, re, shutil, sys
import values as V

SEED = 171717
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = "ShipEngine/shipengine-openapi"
COMMIT = "f77943e5bfd154adde33780c25e5b0f22a319fbf"
BASE = f"{REPO}@{COMMIT}:openapi.yaml"
WRAPPERS = ["genkit-generate", "utcp-manual", "singer-catalog", "formily-forms"]
TOOL_WRAPPERS = {"genkit-generate", "utcp-manual"}
PER_WRAPPER = 16
TOOL_PATTERN = [1, 2, 1, 1, 2, 1, 2, 1]
DROP = {"example", "examples", "discriminator", "nullable", "readOnly", "writeOnly", "deprecated", "xml", "externalDocs"}
SURFACES = ["property_name", "enum", "const", "pattern", "pattern_property", "default", "examples", "title",
            "description", "tool_name", "tool_description", "file_name", "metadata"]
ID_SURFACES = {"property_name", "pattern_property", "tool_name", "file_name"}
CATS = ["PERSON", "DATE_OF_BIRTH", "US_SSN", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "MRN",
        "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "URL", "IP_ADDRESS", "SECRET"]
JOINABLE = [c for c in CATS if c not in ("EMAIL_ADDRESS", "STREET_ADDRESS", "URL", "SECRET")]
PER_SURFACE = 12


def esc_ptr(t):
    return t.replace("~", "~0").replace("/", "~1")


def rx_escape(s):
    return "".join("\\" + c if c in ".^$*+?()[]{}|\\" else c for c in s)


def stable_key(seed, s):
    return hashlib.sha256(f"{seed}:{s}".encode()).hexdigest()


# ------------------------------------------------------------------ host units
class Host:
    def __init__(self):
        with open(os.path.join(HERE, "sources", "hosts", "shipengine.subset.json"), encoding="utf-8") as f:
            self.spec = json.load(f)
        self.schemas = self.spec["components"]["schemas"]

    def deref(self, ref):
        return self.schemas[ref.split("/")[-1]]

    def clean(self, s, depth):
        if not isinstance(s, dict):
            return s
        if "$ref" in s:
            tgt = self.deref(s["$ref"])
            if depth <= 0:
                out = {"type": "object"}
                if isinstance(tgt.get("description"), str):
                    out["description"] = tgt["description"]
                return out
            return self.clean(tgt, depth - 1)
        s = dict(s)
        if "allOf" in s:
            merged = {}
            for part in s.pop("allOf"):
                p = self.clean(part, depth)
                for k, v in p.items():
                    if k == "properties":
                        merged.setdefault("properties", {}).update(v)
                    elif k == "required":
                        merged.setdefault("required", [])
                        merged["required"] += [r for r in v if r not in merged["required"]]
                    else:
                        merged.setdefault(k, v)
            for k, v in merged.items():
                if k == "properties":
                    s.setdefault("properties", {})
                    s["properties"] = {**v, **s["properties"]}
                else:
                    s.setdefault(k, v)
        for k in ("oneOf", "anyOf"):
            if k in s:
                first = self.clean(s.pop(k)[0], depth)
                for kk, vv in first.items():
                    s.setdefault(kk, vv)
        out = {}
        for k, v in s.items():
            if k in DROP or k.startswith("x-"):
                continue
            if k == "properties" and isinstance(v, dict):
                out[k] = {pk: self.clean(pv, depth) for pk, pv in v.items()}
            elif k in ("items", "additionalProperties") and isinstance(v, dict):
                out[k] = self.clean(v, depth)
            else:
                out[k] = v
        return out

    def schema_units(self):
        units = []
        for name in sorted(self.schemas):
            s = self.clean(self.schemas[name], 2)
            if s.get("type", "object") != "object" or len(s.get("properties", {})) < 2:
                continue
            if len(json.dumps(s)) > 14000:
                continue
            units.append({"id": f"schema/{name}", "name": name, "schema": s,
                          "description": s.get("description", "")})
        return units

    def op_units(self):
        units = []
        for op in self.spec["operations"]:
            props, req = {}, []
            for p in op["parameters"]:
                if "$ref" in p or p.get("in") not in ("path", "query"):
                    continue
                sch = self.clean(p.get("schema", {"type": "string"}), 2)
                if p.get("description"):
                    sch = {**sch, "description": p["description"]}
                props[p["name"]] = sch
                if p.get("required"):
                    req.append(p["name"])
            rb = op.get("requestBody") or {}
            js = (rb.get("content") or {}).get("application/json", {}).get("schema")
            if js:
                b = self.clean(js, 2)
                for k, v in b.get("properties", {}).items():
                    props.setdefault(k, v)
                req += [r for r in b.get("required", []) if r not in req and r in props]
            if not props or not op.get("operationId"):
                continue
            sch = {"type": "object", "properties": props}
            if req:
                sch["required"] = req
            if len(json.dumps(sch)) > 14000:
                continue
            desc = (op.get("summary") or "").strip()
            if op.get("description"):
                desc = (desc + "\n\n" + op["description"].strip()).strip()
            units.append({"id": f"op/{op['method']} {op['path']}", "name": op["operationId"], "schema": sch,
                          "description": desc, "method": op["method"], "path": op["path"], "tags": op.get("tags", [])})
        return units


# ------------------------------------------------------------------ wrappers
def make_file(wrapper, units, host_version):
    if wrapper == "genkit-generate":
        doc = {"messages": [{"role": "system", "content": [{"text": "You are a shipping operations assistant. Call a tool when you need live data."}]},
                            {"role": "user", "content": [{"text": "Please handle the next step for this shipment."}]}],
               "config": {"temperature": 0.2},
               "tools": [{"name": u["name"], "description": u["description"], "inputSchema": copy.deepcopy(u["schema"]),
                          "outputSchema": {"type": "object"}} for u in units],
               "output": {"format": "text"}}
        schemas = [f"/tools/{i}/inputSchema" for i in range(len(units))]
        tools = [f"/tools/{i}" for i in range(len(units))]
    elif wrapper == "utcp-manual":
        doc = {"manual_version": "1.0.0", "utcp_version": "1.0.1",
               "info": {"title": "ShipEngine API", "version": host_version},
               "tools": [{"name": u["name"], "description": u["description"], "inputs": copy.deepcopy(u["schema"]),
                          "outputs": {"type": "object"}, "tags": list(u.get("tags", [])),
                          "tool_call_template": {"call_template_type": "http", "url": "https://api.shipengine.com" + u.get("path", "/"),
                                                 "http_method": u.get("method", "GET"), "content_type": "application/json"}}
                         for u in units]}
        schemas = [f"/tools/{i}/inputs" for i in range(len(units))]
        tools = [f"/tools/{i}" for i in range(len(units))]
    elif wrapper == "singer-catalog":
        u = units[0]
        s = copy.deepcopy(u["schema"])
        s["type"] = ["null", "object"]
        stream = re.sub(r"[^a-z0-9]+", "_", u["name"].lower()).strip("_")
        keys = [k for k in s.get("properties", {}) if k.endswith("_id")][:1]
        doc = {"streams": [{"tap_stream_id": stream, "stream": stream, "schema": s, "key_properties": keys,
                            "metadata": [{"breadcrumb": [], "metadata": {"inclusion": "available", "selected": True,
                                                                          "table-key-properties": keys}}]}]}
        schemas = ["/streams/0/schema"]
        tools = []
    elif wrapper == "formily-forms":
        u = units[0]
        s = copy.deepcopy(u["schema"])
        s["title"] = u["name"]
        for k, v in s.get("properties", {}).items():
            t = v.get("type")
            comp = "Select" if "enum" in v else {"integer": "NumberPicker", "number": "NumberPicker", "boolean": "Switch",
                                                  "array": "ArrayItems", "object": "FormLayout"}.get(t, "Input")
            v["x-decorator"] = "FormItem"
            v["x-component"] = comp
        doc = {"form": {"labelCol": 6, "wrapperCol": 12, "layout": "horizontal"}, "schema": s}
        schemas = ["/schema"]
        tools = []
    return doc, schemas, tools


def get(doc, ptr):
    cur = doc
    if ptr == "":
        return cur
    for t in ptr.lstrip("/").split("/"):
        t = t.replace("~1", "/").replace("~0", "~")
        cur = cur[int(t)] if isinstance(cur, list) else cur[t]
    return cur


# ------------------------------------------------------------------ vocabulary
KEY_CUES = {
    "PERSON": ["dardi_nu_naam", "pasient_naam", "nome_e_apelidos", "naaccr_patient_name"],
    "DATE_OF_BIRTH": ["janm_tarikh", "geboortedatum", "data_de_nacemento", "naaccr_240_dateOfBirth"],
    "US_SSN": ["naaccr_2320_socialSecurityNumber", "vsa_ssn_nommer", "numero_seguridade_social_eua"],
    "MRN": ["naaccr_2300_medicalRecordNumber", "numero_historia_clinica", "hospitaalnommer", "dardi_kes_nambar"],
    "HEALTH_PLAN_ID": ["abha_number", "naaccr_2315_medicareBeneficiaryIdentifier", "medicare_mbi_nommer"],
    "PHONE_NUMBER": ["mobile_nambar", "telefoonnommer", "numero_de_telefono", "naaccr_2360_telephone"],
    "EMAIL_ADDRESS": ["imel_saranamu", "e_pos_adres", "enderezo_electronico"],
    "STREET_ADDRESS": ["ghar_nu_saranamu", "straatadres", "enderezo_postal", "naaccr_2350_addrCurrentNoStreet"],
    "ZIP_CODE": ["naaccr_1830_addrCurrentPostalCode", "vsa_poskode", "codigo_postal_eua"],
    "ACCOUNT_NUMBER": ["khata_nambar", "rekeningnommer", "numero_de_conta"],
    "LICENSE_NUMBER": ["driving_license_nambar", "bestuurslisensie_nr", "permiso_de_conducir"],
    "DEVICE_ID": ["upkaran_serial_nambar", "toestel_imei", "numero_de_serie_dispositivo"],
    "VEHICLE_ID": ["vahan_chassis_nambar", "voertuig_vin", "numero_de_bastidor"],
    "IP_ADDRESS": ["ip_saranamu", "ip_adres_klient", "enderezo_ip"],
    "URL": ["profile_link", "profiel_skakel", "ligazon_perfil"],
    "SECRET": ["gupt_password", "wagwoord", "contrasinal"],
}
TEXT_CUES = {
    "PERSON": ["દર્દીનું નામ", "Pasiënt se naam", "Nome e apelidos", "NAACCR nameLast/nameFirst"],
    "DATE_OF_BIRTH": ["જન્મ તારીખ", "Geboortedatum", "Data de nacemento", "NAACCR dateOfBirth"],
    "US_SSN": ["NAACCR socialSecurityNumber", "VSA sosiale sekuriteitsnommer", "Número da Seguridade Social (EUA)"],
    "MRN": ["NAACCR medicalRecordNumber", "Número de historia clínica", "Hospitaalnommer", "દર્દી કેસ નંબર"],
    "HEALTH_PLAN_ID": ["ABHA નંબર", "NAACCR medicareBeneficiaryIdentifier", "Medicare MBI-nommer"],
    "PHONE_NUMBER": ["મોબાઇલ નંબર", "Telefoonnommer", "Número de teléfono", "NAACCR telephone"],
    "EMAIL_ADDRESS": ["ઇમેઇલ", "E-posadres", "Enderezo electrónico"],
    "STREET_ADDRESS": ["સરનામું", "Straatadres", "Enderezo postal", "NAACCR addrCurrentNoStreet"],
    "ZIP_CODE": ["NAACCR addrCurrentPostalCode", "VSA-poskode", "Código postal (EUA)"],
    "ACCOUNT_NUMBER": ["ખાતા નંબર", "Rekeningnommer", "Número de conta"],
    "LICENSE_NUMBER": ["ડ્રાઇવિંગ લાઇસન્સ નંબર", "Bestuurslisensie nr.", "Permiso de conducir n.º"],
    "DEVICE_ID": ["ઉપકરણ સીરીયલ નંબર", "Toestel-IMEI", "Número de serie do dispositivo"],
    "VEHICLE_ID": ["વાહન ચેસીસ નંબર", "Voertuig-VIN", "Número de bastidor"],
    "IP_ADDRESS": ["IP સરનામું", "IP-adres van kliënt", "Enderezo IP"],
    "URL": ["પ્રોફાઇલ લિંક", "Profielskakel", "Ligazón do perfil"],
    "SECRET": ["પાસવર્ડ", "Wagwoord", "Contrasinal"],
}
PREFIXES = {
    "PERSON": ["", "naam_", "dardi_"], "DATE_OF_BIRTH": ["janm_", "gebore_", "nacemento_", "dob_"],
    "US_SSN": ["ssn_", "vsa_ssn_"], "PHONE_NUMBER": ["tel_", "mobile_"], "MRN": ["nhc_", "hospitaalnr_", "mrn_"],
    "HEALTH_PLAN_ID": ["", "mbi_"], "ACCOUNT_NUMBER": ["kaart_", "conta_"], "LICENSE_NUMBER": ["dl_gj_", "lisensie_"],
    "DEVICE_ID": ["", "mac_", "imei_"], "VEHICLE_ID": ["", "vin_", "bastidor_"], "IP_ADDRESS": ["", "ip_"],
    "ZIP_CODE": ["zip_", "poskode_"],
}
GENERIC_KEYS = ["value", "sample", "legacy_note", "waarde", "valor", "kimat"]
LEADINS = ["Seen in the carrier upload:", "Uit die invoer:", "Da importación:", "આયાતમાંથી:"]
NEUTRAL = ["Imported column.", "Ingevoerde kolom.", "Columna importada.", "આયાત કરેલ કૉલમ."]


# ------------------------------------------------------------------ values
class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.names = V.Names()
        self.cyc = {}
        self.used = set()

    def cycle(self, key, items):
        st = self.cyc.get(key)
        if not st:
            st = list(items)
            self.rng.shuffle(st)
            self.cyc[key] = st
        return st.pop()

    def joined(self, cat):
        """(value, kind, bare_ok) for keys, regex keys, tool names and file names."""
        r = self.rng
        if cat == "PERSON":
            g, f = self.names.pick(r, "uz_UZ")
            g, f = V.fold(g), V.fold(f)
            form = self.cycle("j" + cat, ["snake", "pascal", "screaming"])
            v = {"snake": f"{g.lower()}_{f.lower()}", "pascal": f"{g}{f}", "screaming": f"{f.upper()}_{g.upper()}"}[form]
            return v, f"{form}_joined", True
        if cat == "DATE_OF_BIRTH":
            form = self.cycle("j" + cat, ["joined", "joined8"])
            return V.dob(r, form), f"{form}_joined", False
        if cat == "US_SSN":
            form = self.cycle("j" + cat, ["joined", "plain"])
            return V.ssn(r, form), f"ssn_{form}_joined", False
        if cat == "PHONE_NUMBER":
            form = self.cycle("j" + cat, ["us_joined", "in_joined"])
            return V.phone(r, form), f"{form}", False
        if cat == "MRN":
            return V.mrn(r, "joined"), "mrn_digits_joined", False
        if cat == "HEALTH_PLAN_ID":
            return V.mbi(r), "mbi_joined", True
        if cat == "ACCOUNT_NUMBER":
            return V.card(r, "plain"), "card_plain_joined", False
        if cat == "LICENSE_NUMBER":
            return V.licence(r, "gujarat").replace(" ", ""), "gujarat_dl_joined", False
        if cat == "DEVICE_ID":
            form = self.cycle("j" + cat, ["mac", "imei"])
            if form == "mac":
                return V.mac(r, "joined"), "mac_hex_joined", True
            return V.imei(r, "plain"), "imei_joined", False
        if cat == "VEHICLE_ID":
            return V.vin(r), "vin_joined", True
        if cat == "IP_ADDRESS":
            return V.ip(r, "joined"), "ipv4_joined", True
        if cat == "ZIP_CODE":
            return V.zip5(r)[0], "zip5_joined", False
        raise ValueError(cat)

    def text(self, cat):
        """(value, kind, standalone_ok) for text surfaces."""
        r = self.rng
        if cat == "PERSON":
            form = self.cycle(cat, ["uz", "uz_family_first", "gu", "ne"])
            if form == "uz":
                g, f = self.names.pick(r, "uz_UZ"); return f"{g} {f}", "uz_given_family", True
            if form == "uz_family_first":
                g, f = self.names.pick(r, "uz_UZ"); return f"{f.upper()}, {g}", "uz_FAMILY_given", True
            g, f = self.names.pick(r, f"{form}_IN" if form == "gu" else "ne_NP")
            return f"{g} {f}", f"{form}_script", True
        if cat == "DATE_OF_BIRTH":
            form = self.cycle(cat, ["gu", "af", "gl", "naaccr", "dotted", "iso"])
            return V.dob(r, form), f"dob_{form}", False
        if cat == "US_SSN":
            form = self.cycle(cat, ["dashed", "dashed", "spaced", "plain"])
            return V.ssn(r, form), f"ssn_{form}", form == "dashed"
        if cat == "MRN":
            form = self.cycle(cat, ["nhc", "gh", "naaccr"])
            return V.mrn(r, form), f"mrn_{form}", False
        if cat == "HEALTH_PLAN_ID":
            form = self.cycle(cat, ["mbi", "mbi_dashed", "abha", "abha_plain"])
            if form.startswith("mbi"):
                return V.mbi(r, form == "mbi_dashed"), form, True
            return V.abha(r, form == "abha"), form, False
        if cat == "PHONE_NUMBER":
            form = self.cycle(cat, ["us_paren", "in_mobile", "uz_mobile", "za_mobile", "gl_fixed"])
            return V.phone(r, form), f"phone_{form}", True
        if cat == "EMAIL_ADDRESS":
            return V.email(r, self.names), "email", True
        if cat == "STREET_ADDRESS":
            form = self.cycle(cat, ["us", "ahmedabad", "tashkent", "capetown", "compostela"])
            return V.address(r, form), f"address_{form}", True
        if cat == "ZIP_CODE":
            form = self.cycle(cat, ["zip5", "zip9"])
            return V.zip5(r, form == "zip9")[0], form, False
        if cat == "ACCOUNT_NUMBER":
            form = self.cycle(cat, ["grouped", "grouped", "plain", "har"])
            if form == "har":
                return V.har(r), "hospital_account", False
            return V.card(r, form), f"card_{form}", form == "grouped"
        if cat == "LICENSE_NUMBER":
            form = self.cycle(cat, ["gujarat", "connecticut", "oregon"])
            return V.licence(r, form), f"dl_{form}", False
        if cat == "DEVICE_ID":
            form = self.cycle(cat, ["imei_dashed", "imei_plain", "mac_colon", "mac_cisco"])
            if form.startswith("imei"):
                return V.imei(r, form[5:]), form, False
            return V.mac(r, {"mac_colon": "colon_upper", "mac_cisco": "cisco"}[form]), form, True
        if cat == "VEHICLE_ID":
            return V.vin(r), "vin", True
        if cat == "IP_ADDRESS":
            form = self.cycle(cat, ["v4", "v4port", "v6"])
            return V.ip(r, form), f"ip_{form}", True
        if cat == "URL":
            return V.url(r, self.names), "profile_url", True
        if cat == "SECRET":
            form = self.cycle(cat, ["flyio", "intra42", "sendinblue", "travis", "jwt", "pgurl", "password"])
            return V.secret(r, form), f"secret_{form}", form != "password"
        raise ValueError(cat)


# ------------------------------------------------------------------ hard negatives
HN_PLACEHOLDERS = [("examples", "(283) 555-0147"), ("default", "+1-839-555-0112"), ("const", "patient@example.com"),
                   ("examples", "shipper@example.org"), ("default", "203.0.113.41"), ("examples", "198.51.100.77:8443"),
                   ("const", "2001:db8:17::9"), ("default", "000-00-0000"), ("examples", "XXX-XX-XXXX"),
                   ("default", "YOUR_SENDINBLUE_API_KEY"), ("const", "${FLY_API_TOKEN}"), ("examples", "11111111111111111"),
                   ("description", "https://example.com/patients/{patient_id}"), ("default", "NHC XXXXXXXX"),
                   ("const", "00:00:5E:00:53:2A"), ("examples", "91-XXXX-XXXX-XXXX")]
HN_LABEL_KEYS = ["dardi_nu_naam", "geboortedatum", "numero_historia_clinica", "abha_number", "naaccr_2320_socialSecurityNumber",
                 "mobile_nambar", "e_pos_adres", "enderezo_postal", "vsa_poskode", "bestuurslisensie_nr", "toestel_imei",
                 "numero_de_bastidor", "wagwoord", "naaccr_240_dateOfBirth"]
HN_ENUMS = [("state_code", ["OH", "SC", "IN", "GA"]), ("icd10_site", ["C50.911", "C34.90", "C18.7"]),
            ("icdo3_morphology", ["8140/3", "8500/3", "8070/3"]), ("naaccr_sex", ["1", "2", "3", "9"]),
            ("jati", ["પુરુષ", "સ્ત્રી", "અન્ય"]), ("geslag", ["manlik", "vroulik", "onbekend"]),
            ("sexo_gl", ["home", "muller", "descoñecido"]), ("za_province", ["WC", "GP", "KZN", "EC"]),
            ("uz_viloyat", ["Toshkent", "Samarqand", "Buxoro"]), ("carrier_code", ["ups", "fedex", "usps", "dhl_express"]),
            ("country_iso", ["UZ", "IN", "ZA", "ES"]), ("loinc_code", ["21908-9", "21902-2", "21905-5"])]
HN_REGEX = [r"^91-\d{4}-\d{4}-\d{4}$", r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$",
            r"^\d{3}-\d{2}-\d{4}$", r"^[A-HJ-NPR-Z0-9]{17}$", r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^\d{5}(-\d{4})?$",
            r"^\d{15}$", r"^GJ\d{2} ?\d{11}$", r"^NHC \d{8}$", r"^\+998 \d{2} \d{3} \d{2} \d{2}$"]
HN_NAMEWORDS = [("label_colour", "Holly"), ("vehicle_model", "Sienna"), ("destination_city", "Camden"),
                ("origin_city", "Marion"), ("spice_cargo", "Saffron"), ("pallet_wood", "Juniper"),
                ("basket_material", "Willow"), ("crate_timber", "Cypress")]
HN_VERSION = [("const", "api_version", "2025-11-30"), ("description", None, "Available since ShipEngine API 1.1.202604070904 (2026-04-07)."),
              ("description", None, "NAACCR Data Standards Volume II, version 25, effective 2025-01-01."),
              ("metadata", None, "En vigor desde o 1 de xaneiro de 2024."), ("description", None, "Van krag vanaf 1 Maart 2023."),
              ("metadata", None, "1 એપ્રિલ 2022 થી અમલમાં."), ("default", "schema_snapshot", "2026-04-08"),
              ("description", None, "ABDM sandbox v3 (2024-02) field.")]
HN_CATWORDS = [("description", "Patient date of birth in CCYYMMDD form (NAACCR item 240)."),
               ("description", "દર્દીની જન્મ તારીખ અહીં સંગ્રહિત નથી."),
               ("title", "Pasiënt se geboortedatum en ID-nommer"),
               ("description", "Número de historia clínica do paciente (formato NHC)."),
               ("title", "ABHA number of the beneficiary"),
               ("description", "Driver licence number of the recipient, if the carrier requires an adult signature.")]
HN_TOOLNAMES = ["lookup_patient_by_abha", "verify_naaccr_patient_record", "find_shipment_by_patient_mrn", "get_recipient_dob_for_age_check"]
HN_FILENAMES = ["patient_abha_lookup", "naaccr_dob_form"]


# ------------------------------------------------------------------ build
def main(out):
    rng = random.Random(SEED)
    host = Host()
    version = host.spec["info"]["version"]
    sunits = sorted(host.schema_units(), key=lambda u: stable_key(SEED, u["id"]))
    ounits = sorted(host.op_units(), key=lambda u: stable_key(SEED, u["id"]))
    # allocate units: planted first, then real
    alloc = {"planted": {}, "real": {}}
    si = oi = 0
    for part in ("planted", "real"):
        for w in WRAPPERS:
            lst = []
            for k in range(PER_WRAPPER):
                if w in TOOL_WRAPPERS:
                    n = TOOL_PATTERN[k % len(TOOL_PATTERN)]
                    if oi + n <= len(ounits):
                        lst.append(ounits[oi:oi + n]); oi += n
                    else:   # operations used up: wrap component schemas as tools (real files only)
                        assert part == "real"
                        lst.append(sunits[si:si + n]); si += n
                else:
                    lst.append([sunits[si]]); si += 1
            alloc[part][w] = lst
    assert oi <= len(ounits) and si <= len(sunits), (oi, len(ounits), si, len(sunits))

    files = {}   # (part, relpath) -> dict
    for part in ("planted", "real"):
        names_used = set()
        for w in WRAPPERS:
            for units in alloc[part][w]:
                doc, schemas, tools = make_file(w, units, version)
                stem = re.sub(r"[^A-Za-z0-9_]+", "_", units[0]["name"])
                fn = f"shipengine.{stem}.json"
                assert fn not in names_used
                names_used.add(fn)
                files[(part, f"{w}/{fn}")] = {"doc": doc, "schemas": schemas, "tools": tools, "units": units,
                                              "wrapper": w, "fname": fn, "pos": 0, "neg": 0, "tn": set(), "td": set(),
                                              "fnp": False, "descs": set(), "comments": set()}
    planted = [k for k in files if k[0] == "planted"]

    gen = Gen(rng)
    # --- plans
    plans = []
    idcats = []
    for _ in range(4):
        c = list(JOINABLE); rng.shuffle(c); idcats += c
    idsurf = [s for s in SURFACES if s in ID_SURFACES for _ in range(PER_SURFACE)]
    for s, c in zip(idsurf, idcats):
        plans.append((s, c))
    counts = {c: idcats.count(c) for c in CATS}
    rest = []
    need = PER_SURFACE * (len(SURFACES) - len(ID_SURFACES))
    order = list(CATS); rng.shuffle(order)
    while len(rest) < need:
        c = min(order, key=lambda x: (counts[x], order.index(x)))
        rest.append(c); counts[c] += 1
    rng.shuffle(rest)
    txtsurf = [s for s in SURFACES if s not in ID_SURFACES for _ in range(PER_SURFACE)]
    plans += list(zip(txtsurf, rest))
    labels = []

    def base_of(f, unit=None):
        us = [unit] if unit else f["units"]
        return " + ".join(f"{BASE}#{u['id']}" for u in us)

    def pick_file(surface, kind="pos"):
        ws = [w for w in WRAPPERS if surface not in ("tool_name", "tool_description") or w in TOOL_WRAPPERS]
        cand = []
        for k in planted:
            f = files[k]
            if f["wrapper"] not in ws:
                continue
            if kind == "pos" and f["pos"] >= 3:
                continue
            if kind == "neg" and f["neg"] >= 2:
                continue
            if surface == "file_name" and f["fnp"]:
                continue
            if surface in ("tool_name", "tool_description"):
                key = "tn" if surface == "tool_name" else "td"
                if len(f[key]) >= len(f["tools"]):
                    continue
            cand.append(k)
        load = lambda k: (files[k]["pos"] + files[k]["neg"], stable_key(SEED + len(labels), k[1]))
        return min(cand, key=load)

    def add_prop(f, key, body, si=None):
        if si is None:
            si = rng.randrange(len(f["schemas"]))
        sch = get(f["doc"], f["schemas"][si])
        props = sch.setdefault("properties", {})
        k, n = key, 2
        while k in props:
            k = f"{key}_{n}"; n += 1
        if f["wrapper"] == "formily-forms":
            body = {**body, "x-decorator": "FormItem", "x-component": "Select" if "enum" in body else "Input"}
        props[k] = body
        return f"{f['schemas'][si]}/properties/{esc_ptr(k)}", f["units"][si] if si < len(f["units"]) else f["units"][0]

    def host_prop(f, field):
        """a host property (string-typed where possible) without a planted `field` yet"""
        opts = []
        for si, sp in enumerate(f["schemas"]):
            for k, v in get(f["doc"], sp).get("properties", {}).items():
                p = f"{sp}/properties/{esc_ptr(k)}"
                if p in f["descs" if field == "description" else "comments"] or "$comment" in v and field == "$comment":
                    continue
                if not isinstance(v, dict) or k.startswith(tuple(GENERIC_KEYS)):
                    continue
                opts.append((si, k, p))
        si, k, p = opts[rng.randrange(len(opts))]
        f["descs" if field == "description" else "comments"].add(p)
        return si, k, p

    def label(f, k, pointer, surface, cat, value, kind, placement, unit=None, raw=None):
        d = {"id": None, "file": k[1], "pointer": pointer, "surface": surface, "category": cat, "value": value,
             "kind": kind, "placement": placement, "base": base_of(f, unit)}
        if raw is not None:
            d["raw"] = raw
        labels.append(d)

    def plant_schema_value(f, k, surface, cat, value, kind, placement, cuekey=None, negative=False):
        """enum/const/default/examples/title/pattern on a new property"""
        if cuekey is None:
            cuekey = rng.choice(GENERIC_KEYS)
        body = {"type": "string", "description": rng.choice(NEUTRAL)}
        raw = None
        if surface == "enum":
            body["enum"] = [rng.choice(["UNKNOWN", "", "n/a", "other"]), value]; sub = "/enum/1"
        elif surface == "examples":
            body["examples"] = [value]; sub = "/examples/0"
        elif surface == "pattern":
            if negative:
                body["pattern"] = value
            else:
                raw = value; value = rx_escape(value); body["pattern"] = "^" + value + "$"
            sub = "/pattern"
        else:
            body[surface] = value; sub = "/" + surface
        ptr, unit = add_prop(f, cuekey, body)
        label(f, k, ptr + sub, surface, cat, value, kind, placement, unit, raw)

    for surface, cat in plans:
        k = pick_file(surface)
        f = files[k]
        f["pos"] += 1
        if surface in ID_SURFACES:
            v, kind, bare_ok = gen.joined(cat)
            prefs = PREFIXES[cat] if bare_ok else [p for p in PREFIXES[cat] if p]
            pre = rng.choice(prefs)
            placement = "key_cue" if pre else "no_cue"
            if surface == "property_name":
                suf = rng.choice(["", "", "_record", "_v2", "_ref"])
                ptr, unit = add_prop(f, f"{pre}{v}{suf}", {"type": "string", "description": rng.choice(NEUTRAL)})
                label(f, k, ptr, surface, cat, v, kind, placement, unit)
            elif surface == "pattern_property":
                si = rng.randrange(len(f["schemas"]))
                sch = get(f["doc"], f["schemas"][si])
                rxk = rng.choice([f"^{pre}{v}$", f"^{pre}{v}(_[a-z]+)?$", f"^{pre}{v}\\.[0-9]+$"])
                sch.setdefault("patternProperties", {})[rxk] = {"type": "string"}
                label(f, k, f"{f['schemas'][si]}/patternProperties/{esc_ptr(rxk)}", surface, cat, v, kind, placement,
                      f["units"][si] if f["wrapper"] in TOOL_WRAPPERS else None)
            elif surface == "tool_name":
                ti = min(i for i in range(len(f["tools"])) if i not in f["tn"])
                f["tn"].add(ti)
                tool = get(f["doc"], f["tools"][ti])
                tail = f"_{pre}{v}"
                tool["name"] = tool["name"][:64 - len(tail)] + tail
                label(f, k, f"{f['tools'][ti]}/name", surface, cat, v, kind, placement, f["units"][ti])
            elif surface == "file_name":
                f["fnp"] = True
                f["fname"] = f["fname"][:-5] + f".{pre}{v}.json"
                label(f, k, "", surface, cat, v, kind, placement)
            continue
        v, kind, standalone = gen.text(cat)
        if surface in ("description", "metadata", "tool_description"):
            placement = "no_cue" if standalone and rng.random() < 0.4 else "text_cue"
            text = f"{rng.choice(LEADINS)} {v}" if placement == "no_cue" else f"{rng.choice(TEXT_CUES[cat])}: {v}"
            if surface == "tool_description":
                ti = min(i for i in range(len(f["tools"])) if i not in f["td"])
                f["td"].add(ti)
                tool = get(f["doc"], f["tools"][ti])
                tool["description"] = (tool["description"].rstrip() + "\n\n" + text).strip()
                label(f, k, f"{f['tools'][ti]}/description", surface, cat, v, kind, placement, f["units"][ti])
            else:
                field = "description" if surface == "description" else "$comment"
                si, key, p = host_prop(f, field)
                prop = get(f["doc"], p)
                prop[field] = ((prop.get(field) or "").rstrip() + " " + text).strip()
                label(f, k, f"{p}/{esc_ptr(field)}", surface, cat, v, kind, placement,
                      f["units"][si] if f["wrapper"] in TOOL_WRAPPERS else None)
            continue
        # enum / const / default / examples / title / pattern
        r = rng.random()
        if standalone and r < 0.25:
            placement, cuekey, val = "no_cue", rng.choice(GENERIC_KEYS), v
        elif r < 0.65:
            placement, cuekey, val = "key_cue", rng.choice(KEY_CUES[cat]), v
        else:
            placement, cuekey, val = "text_cue", rng.choice(GENERIC_KEYS), f"{rng.choice(TEXT_CUES[cat])}: {v}"
        before = len(labels)
        plant_schema_value(f, k, surface, cat, val, kind, placement, cuekey)
        lab = labels[before]
        if val != v:   # the label value is the planted value itself, not its cue
            if surface == "pattern":
                lab["raw"] = v; lab["value"] = rx_escape(v)
            else:
                lab["value"] = v

    # --- hard negatives
    negs = []
    negs += [("reserved_placeholder", s, x) for s, x in HN_PLACEHOLDERS]
    negs += [("category_label_key", "property_name", x) for x in HN_LABEL_KEYS]
    negs += [("code_enum", "enum", x) for x in HN_ENUMS]
    negs += [("format_regex", "pattern_property" if i < 3 else "pattern", x) for i, x in enumerate(HN_REGEX)]
    negs += [("name_like_word", "const" if i % 2 else "default", x) for i, x in enumerate(HN_NAMEWORDS)]
    negs += [("version_date", s, (key, x)) for s, key, x in HN_VERSION]
    negs += [("category_words_text", s, x) for s, x in HN_CATWORDS]
    negs += [("tool_category_words", "tool_name", x) for x in HN_TOOLNAMES]
    negs += [("file_name_category_words", "file_name", x) for x in HN_FILENAMES]
    assert len(negs) == 80, len(negs)
    for kind, surface, x in negs:
        k = pick_file(surface, "neg")
        f = files[k]
        f["neg"] += 1
        if kind == "reserved_placeholder":
            if surface == "description":
                si, key, p = host_prop(f, "description")
                prop = get(f["doc"], p)
                prop["description"] = ((prop.get("description") or "").rstrip() + " Portal link template: " + x).strip()
                label(f, k, p + "/description", surface, "NONE", x, kind, "none")
            else:
                plant_schema_value(f, k, surface, "NONE", x, kind, "none", "sample_" + surface, negative=True)
        elif kind == "category_label_key":
            ptr, unit = add_prop(f, x, {"type": "string", "description": rng.choice(NEUTRAL)})
            label(f, k, ptr, surface, "NONE", x, kind, "none", unit)
        elif kind == "code_enum":
            key, items = x
            ptr, unit = add_prop(f, key, {"type": "string", "enum": list(items)})
            label(f, k, ptr + "/enum/0", surface, "NONE", items[0], kind, "none", unit)
        elif kind == "format_regex":
            if surface == "pattern_property":
                si = rng.randrange(len(f["schemas"]))
                get(f["doc"], f["schemas"][si]).setdefault("patternProperties", {})[x] = {"type": "string"}
                label(f, k, f"{f['schemas'][si]}/patternProperties/{esc_ptr(x)}", surface, "NONE", x, kind, "none")
            else:
                plant_schema_value(f, k, "pattern", "NONE", x, kind, "none", "format_check", negative=True)
        elif kind == "name_like_word":
            key, word = x
            plant_schema_value(f, k, surface, "NONE", word, kind, "none", key, negative=True)
        elif kind == "version_date":
            key, text = x
            if surface in ("const", "default"):
                plant_schema_value(f, k, surface, "NONE", text, kind, "none", key, negative=True)
            else:
                field = "description" if surface == "description" else "$comment"
                si, hk, p = host_prop(f, field)
                prop = get(f["doc"], p)
                prop[field] = ((prop.get(field) or "").rstrip() + " " + text).strip()
                label(f, k, f"{p}/{esc_ptr(field)}", surface, "NONE", text, kind, "none")
        elif kind == "category_words_text":
            if surface == "title":
                plant_schema_value(f, k, "title", "NONE", x, kind, "none", "note_field", negative=True)
            else:
                si, hk, p = host_prop(f, "description")
                prop = get(f["doc"], p)
                prop["description"] = ((prop.get("description") or "").rstrip() + " " + x).strip()
                label(f, k, p + "/description", surface, "NONE", x, kind, "none")
        elif kind == "tool_category_words":
            ti = min(i for i in range(len(f["tools"])) if i not in f["tn"])
            f["tn"].add(ti)
            get(f["doc"], f["tools"][ti])["name"] = x
            label(f, k, f"{f['tools'][ti]}/name", surface, "NONE", x, kind, "none", f["units"][ti])
        elif kind == "file_name_category_words":
            f["fnp"] = True
            f["fname"] = f["fname"][:-5] + f".{x}.json"
            label(f, k, "", surface, "NONE", x, kind, "none")

    # every planted file carries a label
    assert all(files[k]["pos"] + files[k]["neg"] > 0 for k in planted), [k for k in planted if files[k]["pos"] + files[k]["neg"] == 0]

    # --- write
    for part in ("planted", "real"):
        shutil.rmtree(os.path.join(out, part), ignore_errors=True)
    rename = {}
    for (part, rel), f in sorted(files.items()):
        w = f["wrapper"]
        newrel = f"{w}/{f['fname']}"
        rename[(part, rel)] = newrel
        p = os.path.join(out, part, newrel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(f["doc"], ensure_ascii=False, indent=2) + "\n")
    for i, lab in enumerate(labels):
        lab["file"] = rename[("planted", lab["file"])]
        lab["id"] = f"s17-{i + 1:04d}"
    labels.sort(key=lambda d: d["id"])
    with open(os.path.join(out, "planted", "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False, sort_keys=True) + "\n")
    with open(os.path.join(out, "real", "MANIFEST.jsonl"), "w", encoding="utf-8") as fh:
        for (part, rel), f in sorted(files.items()):
            if part != "real":
                continue
            fh.write(json.dumps({"file": rename[(part, rel)], "format": f["wrapper"], "units": [u["id"] for u in f["units"]],
                                 "base": base_of(f)}, sort_keys=True) + "\n")
    pu = {"planted": sorted(u["id"] for (p, r), f in files.items() if p == "planted" for u in f["units"]),
          "real": sorted(u["id"] for (p, r), f in files.items() if p == "real" for u in f["units"])}
    with open(os.path.join(out, "planted_units.json"), "w") as fh:
        json.dump(pu, fh, indent=1, sort_keys=True)
        fh.write("\n")


if __name__ == "__main__":
    out = HERE
    if "--out" in sys.argv:
        out = sys.argv[sys.argv.index("--out") + 1]
    main(out)
