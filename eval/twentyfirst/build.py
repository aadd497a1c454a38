#!/usr/bin/env python3
"""Deterministic builder for the twentyfirst set (seed 212121; stdlib + phonenumbers).

sources/ (host schemas, verified against sources/MANIFEST.jsonl) -> planted/<envelope>/*.json + planted/labels.jsonl.
real/ is written by collect.py (byte-for-byte copies) and only verified here.
"""
import hashlib, json, random, re, sys
from pathlib import Path

import values as V

HERE = Path(__file__).resolve().parent
SEED = 212121
ENVS = ["chat-rf", "chat-tools", "gemini-pjs", "mcp-rpc"]
TOOL_ENVS = {"chat-tools", "gemini-pjs", "mcp-rpc"}
SURFACES = ["property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples",
            "default", "tool_name", "tool_description", "file_name", "metadata"]
HARD = ["PERSON", "DATE_OF_BIRTH", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID",
        "VEHICLE_ID", "IP_ADDRESS", "URL", "PHONE_NUMBER", "US_SSN", "SECRET"]
COUNTS = {**{c: 12 for c in HARD}, "EMAIL_ADDRESS": 6, "STREET_ADDRESS": 5, "ZIP_CODE": 5}

# key cues (many languages, many spellings) and text cues per category
KEY_CUES = {
    "PERSON": ["patientName", "nombre_paciente", "imie_nazwisko", "hoTenBenhNhan", "oruko_alaisan", "pangalan_pasyente",
               "nome_completo", "guardianFullName", "nok_name", "pt_nm", "beteg_neve", "hwanja_ireum"],
    "DATE_OF_BIRTH": ["dob", "dateOfBirth", "fecha_nacimiento", "data_urodzenia", "ngaySinh", "dtNasc", "geburtsdatum",
                      "szuletesi_datum", "saengnyeonwoil", "birth_dt", "ptDOB", "petsa_ng_kapanganakan"],
    "US_SSN": ["ssn", "socialSecurityNumber", "soc_sec_no", "SSN_NUM", "vetSsn", "numer_ssn", "ssnDigits", "claimant_ssn"],
    "MRN": ["mrn", "medicalRecordNumber", "med_rec_no", "chartNo", "nr_historii_choroby", "maHoSoBenhAn", "prontuario",
            "ur_number", "korlapszam", "pt_chart_id"],
    "HEALTH_PLAN_ID": ["mbi", "medicareId", "member_id", "memberNo", "subscriberId", "numer_ubezpieczenia", "maTheBHYT",
                       "carteirinha", "taj_szam", "medicaid_cin", "planMemberNbr"],
    "ACCOUNT_NUMBER": ["accountNumber", "acct_no", "iban", "numer_konta", "soTaiKhoan", "conta_bancaria", "szamlaszam",
                       "cardNumber", "har_number", "guarantorAcct", "nrRachunku"],
    "LICENSE_NUMBER": ["driversLicense", "dl_number", "licenseNo", "prawo_jazdy_nr", "soBangLai", "cnh", "jogositvany_szam",
                       "operatorLicence", "dlNum"],
    "DEVICE_ID": ["deviceSerial", "imei", "macAddress", "udi", "implantSn", "numer_seryjny", "soIMEI", "numero_serie",
                  "eszkoz_azonosito", "pacemakerSerial", "devSn"],
    "VEHICLE_ID": ["vin", "vehicleVin", "nr_vin", "soKhung", "chassi", "alvazszam", "vehicleIdentificationNumber", "veh_vin"],
    "IP_ADDRESS": ["ipAddress", "clientIp", "adres_ip", "diaChiIP", "endereco_ip", "ip_cim", "lastLoginIp", "remote_addr"],
    "URL": ["profileUrl", "fundraiserLink", "portalUrl", "strona_www", "trangCaNhan", "pagina_pessoal", "honlap"],
    "PHONE_NUMBER": ["phone", "mobileNo", "telefon", "soDienThoai", "celular", "telefonszam", "contactPhone", "jeonhwa",
                     "telepono", "nok_tel"],
    "EMAIL_ADDRESS": ["email", "eMail", "adres_email", "correo", "thuDienTu", "email_cim"],
    "STREET_ADDRESS": ["homeAddress", "adres_zamieszkania", "diaChi", "endereco", "lakcim", "street_addr"],
    "ZIP_CODE": ["zip", "zipCode", "postal_code", "kod_pocztowy", "iranyitoszam", "home_zip"],
    "SECRET": ["apiKey", "api_token", "accessToken", "password", "haslo", "matKhau", "senha", "jelszo", "clientSecret",
               "DATABASE_URL", "ghToken"],
}
TEXT_CUES = {
    "PERSON": ["Patient:", "Paciente", "Pacjent:", "Bệnh nhân", "Aláìsàn:", "Pasyente:", "Beteg:", "환자", "Guardian:"],
    "DATE_OF_BIRTH": ["DOB", "born", "ur.", "ngày sinh", "nascido em", "생년월일", "született:", "Geburtsdatum"],
    "US_SSN": ["SSN", "Social Security No.", "SSA no.", "soc. sec. #"],
    "MRN": ["MRN", "chart #", "historia clínica", "nr kartoteki", "số hồ sơ", "prontuário", "UR no."],
    "HEALTH_PLAN_ID": ["Medicare MBI", "member ID", "plan ID", "carteirinha", "mã thẻ BHYT", "Medicaid CIN", "subscriber"],
    "ACCOUNT_NUMBER": ["account", "IBAN", "card no.", "konto", "tài khoản", "conta", "számla", "guarantor acct"],
    "LICENSE_NUMBER": ["DL#", "driver's licence", "prawo jazdy nr", "bằng lái", "CNH", "jogosítvány", "licence no."],
    "DEVICE_ID": ["IMEI", "MAC", "UDI", "serial", "nr seryjny", "số sê-ri", "implant S/N"],
    "VEHICLE_ID": ["VIN", "chassis no.", "numer VIN", "số khung", "chassi"],
    "IP_ADDRESS": ["IP", "seen from", "adres IP", "địa chỉ IP", "IP-cím"],
    "URL": ["profile", "fundraiser", "portal link", "strona", "trang cá nhân"],
    "PHONE_NUMBER": ["tel.", "phone", "telefon", "SĐT", "celular", "전화", "mobile"],
    "EMAIL_ADDRESS": ["email", "e-mail", "correio", "thư"],
    "STREET_ADDRESS": ["lives at", "address", "adres", "địa chỉ", "endereço", "lakcím"],
    "ZIP_CODE": ["ZIP", "ZIP code", "zip", "kod pocztowy (US)"],
    "SECRET": ["token", "key", "password", "hasło", "mật khẩu", "senha", "secret"],
}
NEUTRAL_KEYS = ["ref", "label", "valor", "wert", "etykieta", "nhan", "megjegyzes", "extra", "tag", "aux", "campo_7",
                "slot_b", "legacyValue", "imported", "nota", "ghiChu"]
CUE_RX = re.compile(r"name|nombre|imie|nazw|ten|oruko|pangalan|nome|nok|nm|neve|ireum|dob|birth|nasc|urodz|sinh|dt|"
                    r"ssn|social|sec|mrn|record|chart|ur_|prontu|korlap|mbi|medic|member|subscr|ubezp|bhyt|carteir|taj|"
                    r"plan|acc|acct|iban|konta|khoan|conta|szamla|card|har|rachun|licen|dl|jazdy|lai|cnh|jogos|serial|"
                    r"imei|mac|udi|sn|seryj|serie|eszkoz|vin|khung|chassi|alvaz|vehic|ip|addr|adres|diachi|ender|lakc|"
                    r"cim|url|link|www|trang|pagina|honlap|phone|tel|mobil|dien|celul|jeon|email|mail|correo|thu|zip|"
                    r"postal|poczt|iranyit|key|token|secret|pass|haslo|khau|senha|jelszo|ssh|dob|id$|Id$|number|nbr|no$",
                    re.I)

NEEDS_CUE = {"mrn_bare9", "mrn_e8", "mrn_ur", "mrn_kb", "acct_checking", "hpid_subscriber", "hpid_bcbs", "hpid_ny_cin",
             "ssn_space", "ssn_snake", "ssn_bare", "secret_password", "dev_imei", "dev_imei_grouped"}
TOOL_SAFE = re.compile(r"[A-Za-z0-9_-]+")
FILE_SAFE = re.compile(r"[A-Za-z0-9_.+@-]+")


def esc(s):
    """Escape the regex metacharacters \\ . ^ $ * + ? { } [ ] | ( ) with a backslash (nothing else)."""
    return re.sub(r"([\\.^$*+?{}\[\]|()])", r"\\\1", s)


def ptok(s):
    return s.replace("~", "~0").replace("/", "~1")


def sha(b):
    return hashlib.sha256(b).hexdigest()


# ---------------------------------------------------------------- hosts
def load_hosts():
    rows = [json.loads(l) for l in (HERE / "sources/MANIFEST.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    hosts = []
    for r in rows:
        raw = (HERE / "sources" / r["file"]).read_bytes()
        if sha(raw) != r["sha256"]:
            sys.exit(f"sha256 mismatch: sources/{r['file']}")
        d = json.loads(raw)
        base = f"{r['repo']}@{r['commit']}:{r['path']}"
        if r["file"].startswith("openehr/"):
            (name, body), = d["definitions"].items()
            schema = {"$schema": d.get("$schema", "http://json-schema.org/draft-07/schema"), "title": name}
            schema.update(body)
            hosts.append({"family": "openehr", "stem": name.lower(), "schema": schema, "base": base + "#/definitions/" + name,
                          "title": name.replace("_", " ").title()})
        else:
            stem = r["file"].split("/")[1][:-len("-schema.json")]
            hosts.append({"family": "vets", "stem": stem.lower(), "schema": d, "base": base,
                          "title": d.get("title") or f"VA form {stem}"})
    return hosts


def containers(schema, ptr="", depth=0, out=None):
    """(pointer to an object schema, its properties dict) pairs, root first."""
    out = [] if out is None else out
    if isinstance(schema, dict):
        if isinstance(schema.get("properties"), dict) and depth <= 4:
            out.append((ptr, schema))
        for k in sorted(schema):
            v = schema[k]
            if k in ("properties", "definitions", "$defs") and isinstance(v, dict):
                for kk in sorted(v):
                    containers(v[kk], f"{ptr}/{k}/{ptok(kk)}", depth + 1, out)
            elif k == "items":
                containers(v, f"{ptr}/items", depth + 1, out)
    return out


# ---------------------------------------------------------------- envelopes
def slug(s, n=40):
    return "_".join(re.findall(r"[a-z0-9]+", s.lower()))[:n].strip("_") or "form"


def wrap(env, host, schema, idx):
    uid = sha(f"{SEED}:{host['base']}".encode())[:32]
    verb = ["fill", "extract", "capture", "compose"][idx % 4]
    tname = f"{verb}_{slug(host['title'], 36)}"
    tdesc = f"Return the fields of the {host['title']} structure, taken from the conversation."
    user = "Please turn the intake notes in this conversation into the structured form."
    if env == "chat-rf":
        doc = {"model": "gpt-4.1-mini", "store": True, "metadata": {"user_id": uid},
               "messages": [{"role": "system", "content": "You convert notes into JSON that follows the schema."},
                            {"role": "user", "content": user}],
               "response_format": {"type": "json_schema",
                                   "json_schema": {"name": slug(host["stem"], 60), "strict": True, "schema": schema}}}
        return doc, "/response_format/json_schema/schema", None, None
    if env == "chat-tools":
        doc = {"model": "gpt-4.1", "metadata": {"user_id": uid}, "messages": [{"role": "user", "content": user}],
               "tools": [{"type": "function", "function": {"name": tname, "description": tdesc, "parameters": schema,
                                                             "strict": True}}],
               "tool_choice": "auto", "parallel_tool_calls": False}
        return doc, "/tools/0/function/parameters", "/tools/0/function/name", "/tools/0/function/description"
    if env == "gemini-pjs":
        doc = {"contents": [{"role": "user", "parts": [{"text": user}]}],
               "tools": [{"functionDeclarations": [{"name": tname, "description": tdesc, "parametersJsonSchema": schema}]}],
               "toolConfig": {"functionCallingConfig": {"mode": "ANY", "allowedFunctionNames": [tname]}}}
        return doc, "/tools/0/functionDeclarations/0/parametersJsonSchema", "/tools/0/functionDeclarations/0/name", \
            "/tools/0/functionDeclarations/0/description"
    doc = {"jsonrpc": "2.0", "id": idx + 1,
           "result": {"tools": [{"name": tname, "title": host["title"], "description": tdesc, "inputSchema": schema,
                                 "annotations": {"title": host["title"], "readOnlyHint": False, "idempotentHint": True}}]}}
    return doc, "/result/tools/0/inputSchema", "/result/tools/0/name", "/result/tools/0/description"


def get(doc, ptr):
    node = doc
    for t in [x.replace("~1", "/").replace("~0", "~") for x in ptr.split("/")[1:]] if ptr else []:
        node = node[int(t)] if isinstance(node, list) else node[t]
    return node


# ---------------------------------------------------------------- values
def gen_value(rng, cat, surface):
    """-> (value, format, needs_cue). Values on tool names / file names / keys come in shapes that fit there."""
    keyish = surface in ("tool_name", "file_name", "property_name")
    for _ in range(200):
        if cat == "PERSON":
            v, f = V.person(rng, rng.choice(["snake", "kebab", "camel"]) if keyish else None)
        elif cat == "DATE_OF_BIRTH":
            v, f = V.dob(rng, rng.choice(["snake", "iso", "compact"]) if keyish else None)
        elif cat == "US_SSN":
            v, f = V.ssn(rng, rng.choice(["snake", "dash", "bare"]) if keyish else None)
        elif cat == "MRN":
            v, f = V.mrn(rng)
        elif cat == "HEALTH_PLAN_ID":
            v, f = V.health_plan(rng)
        elif cat == "ACCOUNT_NUMBER":
            v, f = V.account(rng, rng.choice(["disc", "checking", "har"]) if keyish else None)
            if keyish and f == "acct_har":
                v = v.replace(" ", "")
        elif cat == "LICENSE_NUMBER":
            v, f = V.licence(rng)
        elif cat == "DEVICE_ID":
            v, f = V.device(rng, rng.choice(["imei", "imei_grouped", "mac_dash"]) if keyish else None)
        elif cat == "VEHICLE_ID":
            v, f = V.vin(rng)
        elif cat == "IP_ADDRESS":
            v, f = V.ip(rng, "v4" if keyish else None)
        elif cat == "URL":
            p, _ = V.person(rng, "kebab"); v, f = V.url(rng, p)
        elif cat == "PHONE_NUMBER":
            v, f = V.phone(rng)
            if keyish:
                v = re.sub(r"[^0-9+]", "", v); f = f.rsplit("_", 1)[0] + "_e164" if v.startswith("+") else f
        elif cat == "EMAIL_ADDRESS":
            p, _ = V.person(rng, "snake"); v, f = V.email(rng, p.replace("_", rng.choice([".", "_", ""]), 1).split("_")[0])
        elif cat == "STREET_ADDRESS":
            v, f = V.address(rng)
        elif cat == "ZIP_CODE":
            v, f = V.zip_code(rng)
        else:
            v, f = V.secret(rng, rng.choice(["ghp", "glpat", "npm", "akia", "sk_live"]) if keyish else None)
        if surface == "tool_name" and not (TOOL_SAFE.fullmatch(v) and len(v) <= 48):
            continue
        if surface == "file_name" and not FILE_SAFE.fullmatch(v):
            continue
        if not V.validate(cat, f, v):
            continue
        needs = (f in NEEDS_CUE or cat in ("DATE_OF_BIRTH", "ZIP_CODE", "LICENSE_NUMBER")
                 or (cat == "PHONE_NUMBER" and keyish) or f in ("ssn_snake", "ssn_bare"))
        return v, f, needs
    raise RuntimeError(f"no value for {cat} on {surface}")


def allowed_surfaces(cat, env):
    s = set(SURFACES)
    if env not in TOOL_ENVS:
        s -= {"tool_name", "tool_description"}
    if cat in ("URL", "STREET_ADDRESS", "EMAIL_ADDRESS"):
        s -= {"tool_name"}
    if cat in ("URL", "STREET_ADDRESS"):
        s -= {"file_name"}
    if cat == "IP_ADDRESS":
        s -= {"tool_name"}
    return s


# ---------------------------------------------------------------- negatives
NEG_POOLS = {
    "format_regex": [r"^\d{3}-\d{2}-\d{4}$", r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$",
                     r"^[A-HJ-NPR-Z0-9]{17}$", r"^(\d{1,3}\.){3}\d{1,3}$", r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^\+?[1-9]\d{1,14}$",
                     r"^\d{5}(-\d{4})?$", r"^MRN\d{8}$", r"^([0-9A-F]{2}:){5}[0-9A-F]{2}$", r"^ghp_[A-Za-z0-9]{36}$",
                     r"^\d{2}\.\d{2}\.\d{4}$", r"^[A-Z]\d{3}-\d{4}-\d{4}$"],
    "reserved_placeholder": ["user@example.com", "nguyen.van.a@example.org", "(212) 555-0142", "+1-202-555-0173",
                             "192.0.2.44", "198.51.100.23", "203.0.113.9", "2001:db8::1f", "000-00-0000", "XXX-XX-XXXX",
                             "YOUR_API_KEY", "<your-github-token>", "MRN-XXXXXXX", "https://example.com/patients/{id}",
                             "sk-REPLACE_ME", "00000000-0000-0000-0000-000000000000"],
    "category_words_text": ["Fecha de nacimiento del paciente en formato AAAA-MM-DD.",
                            "Numer ubezpieczenia pacjenta, bez spacji i myślników.",
                            "The claimant's Social Security number: nine digits, no dashes.",
                            "Số điện thoại liên hệ của bệnh nhân (định dạng E.164).",
                            "Endereço residencial completo do beneficiário.",
                            "A beteg TAJ-száma és születési dátuma, ha ismert.",
                            "Medical record number assigned by the treating facility.",
                            "Driver's licence number as printed on the card; state-specific format."],
    "tool_category_words": ["lookup_member_by_mbi", "verify_dl_number", "fetch_chart_by_mrn", "update_beneficiary_address",
                            "mask_ssn_fields"],
    "file_name_category_words": ["veteran-ssn-dob-intake", "patient_demographics_mrn", "dane_pacjenta_pesel",
                                 "ho_so_benh_nhan_schema"],
}
CODE_ENUMS = [(["E11.9", "I10", "J45.909", "M54.5"], 2), (["8302-2", "29463-7", "8867-4", "2339-0"], 0),
              (["AK", "AL", "AZ", "CA", "MN", "WA"], 3), (["male", "female", "other", "unknown"], 1),
              (["openehr::532", "openehr::533", "openehr::534"], 0), (["44054006", "38341003", "195967001"], 1),
              (["837P", "837I", "834", "270"], 2), (["Z00.00", "Z23", "Z71.3"], 0), (["LA6576-8", "LA6577-6"], 1),
              (["RXNORM:197361", "RXNORM:310965"], 0), (["01", "02", "03", "09"], 3), (["A0427", "A0429", "99213"], 2)]
NAME_WORDS = [(["June", "July", "August"], 0), (["Jordan", "Kenya", "Peru"], 0), (["Austin", "Denver", "Boise"], 0),
              (["Lincoln", "Ford", "Chevrolet"], 0), (["Will", "Deed", "Trust"], 0), (["Georgia", "Virginia", "Ohio"], 0),
              (["Florence", "Verona", "Milano"], 0), (["Victoria", "Alberta", "Manitoba"], 0), (["Maio", "Junho"], 0)]
VERSION_DATES = [("schema", "https://json-schema.org/draft/2020-12/schema"), ("const", "2024-10-22"),
                 ("description", "Available since ITS-JSON Release-1.1.0 (2020-06-30)."), ("default", "2025-03-26"),
                 ("description", "Form revision of 2023-08; older revisions are rejected."), ("const", "2021-11-01"),
                 ("schema", "https://json-schema.org/draft/2019-09/schema"), ("default", "v2024-06-01")]
NEG_COUNTS = {"category_label_key": 14, "format_regex": 10, "code_enum": 12, "reserved_placeholder": 14, "version_date": 8,
              "name_like_word": 8, "category_words_text": 8, "tool_category_words": 4, "file_name_category_words": 4}


# ---------------------------------------------------------------- build
class File:
    def __init__(self, env, host, idx):
        self.env, self.host, self.idx = env, host, idx
        self.schema = json.loads(json.dumps(host["schema"]))
        self.doc, self.sp, self.tn, self.td = wrap(env, host, self.schema, idx)
        self.conts = containers(self.schema)
        self.used = set()
        self.labels = []
        self.fname = f"{host['family']}-{host['stem']}"
        self.fname_set = False
        self.tool_named = False


def build():
    rng = random.Random(SEED)
    hosts = load_hosts()
    vets = [h for h in hosts if h["family"] == "vets"]
    oeh = [h for h in hosts if h["family"] == "openehr"]
    rng.shuffle(vets); rng.shuffle(oeh)
    files = []
    for i in range(64):
        env = ENVS[i % 4]
        h = (vets if (i // 4) % 2 == 0 else oeh)[(i // 8) * 4 + i % 4]
        files.append(File(env, h, i))

    def new_prop(f, key_pool, rng):
        cptr, obj = f.conts[0] if rng.random() < 0.5 else rng.choice(f.conts)
        props = obj["properties"]
        for _ in range(50):
            k = rng.choice(key_pool)
            if rng.random() < 0.3:
                k = k + "_" + rng.choice(["2", "alt", "src", "b"])
            if k not in props:
                break
        props[k] = {"type": "string"}
        return f"{f.sp}{cptr}/properties/{ptok(k)}", props[k], k

    def existing_prop(f, cued, cat, rng):
        cands = []
        for cptr, obj in f.conts:
            for k in sorted(obj["properties"]):
                p = obj["properties"][k]
                pp = f"{f.sp}{cptr}/properties/{ptok(k)}"
                if not isinstance(p, dict) or any(u == pp or u.startswith(pp + "/") for u in f.used):
                    continue
                if p.get("type") not in (None, "string") or any(x in p for x in ("enum", "const", "pattern", "examples", "default")):
                    continue
                hit = bool(CUE_RX.search(k))
                if cued and hit and re.search({"US_SSN": "ssn|social", "DATE_OF_BIRTH": "birth|dob", "PHONE_NUMBER": "phone|tel",
                                               "EMAIL_ADDRESS": "email", "STREET_ADDRESS": "street|address",
                                               "ZIP_CODE": "zip|postal", "PERSON": "^(first|last|full)?name$|fullName",
                                               "ACCOUNT_NUMBER": "account", "URL": "url|link"}.get(cat, "(?!)"), k, re.I):
                    cands.append((cptr, k, p))
                if not cued and not hit:
                    cands.append((cptr, k, p))
        if not cands:
            return None
        cptr, k, p = rng.choice(cands)
        return f"{f.sp}{cptr}/properties/{ptok(k)}", p, k

    def carrier(f, cat, placement, rng):
        if placement == "key_cue":
            r = existing_prop(f, True, cat, rng) if rng.random() < 0.5 else None
            return r or new_prop(f, KEY_CUES[cat], rng)
        r = existing_prop(f, False, cat, rng) if rng.random() < 0.5 else None
        return r or new_prop(f, NEUTRAL_KEYS, rng)

    def text_of(cat, v, placement, rng, surface):
        if placement != "text_cue":
            if surface in ("description", "tool_description", "metadata"):
                return rng.choice(["Carried over from the 2019 import: {v}.", "{v}", "Value seen in the source row: {v}",
                                   "Wert aus dem Altsystem: {v}", "Valor importado: {v}."]).format(v=v)
            return v
        cue = rng.choice(TEXT_CUES[cat])
        t = rng.choice(["{c} {v}", "{c}: {v}", "{v} ({c})", "{c} — {v}"])
        if surface in ("description", "tool_description"):
            t = rng.choice(["Use this for {c} {v} only.", "Copied from the referral — {c}: {v}.", "Example record, {c} {v}."])
        return t.format(c=cue, v=v)

    def add_label(f, ptr, surface, cat, value, kind, placement, fmt, raw=None):
        key = (ptr, surface)
        lab = {"file": None, "pointer": ptr, "surface": surface, "category": cat, "value": value, "kind": kind,
               "base": f.host["base"], "placement": placement, "format": fmt}
        if raw is not None:
            lab["raw"] = raw
        f.labels.append(lab)
        f.used.add(ptr)

    # ---- positives: balanced over surfaces
    items = [c for c in sorted(COUNTS) for _ in range(COUNTS[c])]
    rng.shuffle(items)
    scount = {s: 0 for s in SURFACES}
    order = list(range(64))
    fi = 0
    for cat in items:
        # pick the file with the fewest positive labels (round robin)
        rng.shuffle(order)
        f = min((files[j] for j in order), key=lambda x: sum(1 for l in x.labels if l["category"] != "NONE"))
        allowed = allowed_surfaces(cat, f.env)
        if f.fname_set:
            allowed.discard("file_name")
        if f.tool_named:
            allowed.discard("tool_name")
        if f.env == "gemini-pjs":
            pass
        low = min(scount[s] for s in allowed)
        surface = rng.choice(sorted(s for s in allowed if scount[s] == low))
        scount[surface] += 1
        v, fmt, needs = gen_value(rng, cat, surface)
        place_opts = ["key_cue", "text_cue"] + ([] if needs else ["no_cue", "no_cue"])
        placement = rng.choice(place_opts)
        kind = "literal"
        if surface == "property_name":
            cptr, obj = f.conts[0] if rng.random() < 0.6 else rng.choice(f.conts)
            if placement == "text_cue":
                placement = "key_cue"
            kv = v
            if placement == "key_cue":
                ck = rng.choice(KEY_CUES[cat])
                k = rng.choice(["{c}_{v}", "{v}_{c}", "{c}-{v}", "{c}{v}"]).format(c=ck, v=kv)
            else:
                k = kv
            obj["properties"][k] = {"type": "string", "maxLength": 120}
            ptr = f"{f.sp}{cptr}/properties/{ptok(k)}"
            add_label(f, ptr, surface, cat, v, "snake_joined" if "_" in v else "key_literal", placement, fmt)
        elif surface == "pattern_property":
            cptr, obj = f.conts[0] if rng.random() < 0.6 else rng.choice(f.conts)
            if placement == "key_cue":
                placement = "text_cue"
            text = (rng.choice(TEXT_CUES[cat]) + " " + v) if placement == "text_cue" else v
            k = "^" + esc(text) + "$"
            obj.setdefault("patternProperties", {})[k] = {"type": "string"}
            add_label(f, f"{f.sp}{cptr}/patternProperties/{ptok(k)}", surface, cat, esc(v), "regex_escaped", placement,
                      fmt, raw=v)
        elif surface == "file_name":
            if placement == "key_cue":
                placement = "text_cue"
            cue = re.sub(r"[^A-Za-z0-9]+", "-", V.ascii_fold(rng.choice(TEXT_CUES[cat]))).strip("-").lower() or "ref"
            f.fname = f"{f.fname}--{cue}-{v}" if placement == "text_cue" else f"{f.fname}--{v}"
            f.fname_set = True
            add_label(f, "", surface, cat, v, "file_name_literal", placement, fmt)
        elif surface == "tool_name":
            if placement == "key_cue":
                placement = "text_cue"
            cue = re.sub(r"[^A-Za-z0-9]+", "_", V.ascii_fold(rng.choice(TEXT_CUES[cat]))).strip("_").lower() or "ref"
            verb = rng.choice(["notify", "sync", "open", "bill", "route", "flag"])
            name = f"{verb}_{cue}_{v}" if placement == "text_cue" else f"{verb}_{v}"
            name = name[:64]
            p = f.tn
            parent = get(f.doc, p.rsplit("/", 1)[0])
            parent["name"] = name
            if f.env == "gemini-pjs":
                f.doc["toolConfig"]["functionCallingConfig"]["allowedFunctionNames"] = [name]
            f.tool_named = True
            add_label(f, p, surface, cat, v, "tool_name_literal", placement, fmt)
        elif surface == "tool_description":
            parent = get(f.doc, f.td.rsplit("/", 1)[0])
            parent["description"] = parent["description"] + " " + text_of(cat, v, placement, rng, surface)
            add_label(f, f.td, surface, cat, v, "literal", placement, fmt)
        elif surface == "metadata":
            mode = rng.choice(["comment", "xkey"] + (["user_id"] if f.env in ("chat-rf", "chat-tools") and cat in ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER") and "/metadata/user_id" not in f.used else [])
                              + (["annotation"] if f.env == "mcp-rpc" and "/result/tools/0/annotations/title" not in f.used else []))
            if mode == "user_id":
                f.doc["metadata"]["user_id"] = v
                add_label(f, "/metadata/user_id", surface, cat, v, "literal", "key_cue", fmt)
            elif mode == "annotation":
                t = text_of(cat, v, placement, rng, "title")
                f.doc["result"]["tools"][0]["annotations"]["title"] = f"{f.host['title']} — {t}"
                add_label(f, "/result/tools/0/annotations/title", surface, cat, v, "literal", placement, fmt)
            elif mode == "xkey":
                ptr, p, k = carrier(f, cat, "no_cue", rng)
                if placement == "key_cue":
                    xk = "x-" + re.sub(r"[^a-z0-9]+", "-", V.ascii_fold(KEY_CUES[cat][rng.randrange(len(KEY_CUES[cat]))]).lower()).strip("-")
                    p[xk] = v
                else:
                    xk = "x-" + rng.choice(["source-note", "legacy", "provenance", "herkunft", "origem"])
                    p[xk] = text_of(cat, v, placement, rng, "metadata")
                add_label(f, f"{ptr}/{ptok(xk)}", surface, cat, v, "literal", placement, fmt)
            else:
                ptr, p, k = carrier(f, cat, placement if placement == "key_cue" else "no_cue", rng)
                p["$comment"] = text_of(cat, v, placement if placement != "key_cue" else "no_cue", rng, "metadata")
                add_label(f, f"{ptr}/$comment", surface, cat, v, "literal", placement, fmt)
        else:
            ptr, p, k = carrier(f, cat, "key_cue" if placement == "key_cue" else "no_cue", rng)
            t = text_of(cat, v, placement, rng, surface)
            if surface == "enum":
                fill = rng.sample(["other", "unknown", "declined", "n/a", "pending"], 2)
                p["enum"] = [fill[0], t, fill[1]]
                add_label(f, f"{ptr}/enum/1", surface, cat, v, "literal", placement, fmt)
            elif surface in ("const", "default", "title"):
                p[surface] = t
                add_label(f, f"{ptr}/{surface}", surface, cat, v, "literal", placement, fmt)
            elif surface == "examples":
                p["examples"] = [t]
                add_label(f, f"{ptr}/examples/0", surface, cat, v, "literal", placement, fmt)
            elif surface == "pattern":
                p["pattern"] = "^" + esc(t) + "$"
                add_label(f, f"{ptr}/pattern", surface, cat, esc(v), "regex_escaped", placement, fmt, raw=v)
            elif surface == "description":
                d = p.get("description")
                p["description"] = (d.rstrip() + " " if isinstance(d, str) and d else "") + text_of(cat, v, placement, rng, "description")
                add_label(f, f"{ptr}/description", surface, cat, v, "literal", placement, fmt)

    # ---- hard negatives
    negs = [k for k in sorted(NEG_COUNTS) for _ in range(NEG_COUNTS[k])]
    rng.shuffle(negs)
    pools = {k: list(v) for k, v in NEG_POOLS.items()}
    for k in pools:
        rng.shuffle(pools[k])
    ce, nw, vd = list(CODE_ENUMS), list(NAME_WORDS), list(VERSION_DATES)
    ck = sorted({c for cs in KEY_CUES.values() for c in cs})
    rng.shuffle(ck)
    for kind in negs:
        cands = [f for f in files]
        if kind == "tool_category_words":
            cands = [f for f in files if f.env in TOOL_ENVS and not f.tool_named]
        if kind == "file_name_category_words":
            cands = [f for f in files if not f.fname_set]
        if kind == "version_date" and vd and vd[0][0] == "schema":
            cands = [f for f in files if f.sp + "/$schema" not in f.used]
        f = min(cands, key=lambda x: (len(x.labels), rng.random()))
        if kind == "category_label_key":
            cptr, obj = f.conts[0] if rng.random() < 0.6 else rng.choice(f.conts)
            k = ck.pop()
            while k in obj["properties"]:
                k = k + "_v2"
            obj["properties"][k] = {"type": "string", "maxLength": 64}
            add_label(f, f"{f.sp}{cptr}/properties/{ptok(k)}", "property_name", "NONE", k, kind, "none", "cue_key")
        elif kind == "format_regex":
            ptr, p, _ = new_prop(f, NEUTRAL_KEYS, rng)
            rx = pools[kind].pop()
            p["pattern"] = rx
            add_label(f, f"{ptr}/pattern", "pattern", "NONE", rx, kind, "none", "generic_regex")
        elif kind in ("code_enum", "name_like_word"):
            vals, i = (ce if kind == "code_enum" else nw).pop(0)
            ptr, p, _ = new_prop(f, ["code", "kategoria", "loai", "tipo", "status_cd", "selection"], rng)
            p["enum"] = list(vals)
            add_label(f, f"{ptr}/enum/{i}", "enum", "NONE", vals[i], kind, "none", kind)
        elif kind == "reserved_placeholder":
            v = pools[kind].pop()
            ptr, p, _ = new_prop(f, NEUTRAL_KEYS, rng)
            s = rng.choice(["examples", "default", "const"])
            if s == "examples":
                p["examples"] = [v]; add_label(f, f"{ptr}/examples/0", "examples", "NONE", v, kind, "none", "reserved")
            else:
                p[s] = v; add_label(f, f"{ptr}/{s}", s, "NONE", v, kind, "none", "reserved")
        elif kind == "version_date":
            where, v = vd.pop(0)
            if where == "schema":
                f.schema["$schema"] = v
                add_label(f, f"{f.sp}/$schema", "metadata", "NONE", v, kind, "none", "schema_uri")
            else:
                ptr, p, _ = new_prop(f, ["api_version", "schemaRevision", "wersja", "phien_ban"], rng)
                p[where] = v
                add_label(f, f"{ptr}/{where}", where, "NONE", v, kind, "none", "version")
        elif kind == "category_words_text":
            v = pools[kind].pop()
            ptr, p, _ = new_prop(f, NEUTRAL_KEYS, rng)
            p["description"] = v
            add_label(f, f"{ptr}/description", "description", "NONE", v, kind, "none", "about_phi")
        elif kind == "tool_category_words":
            v = pools[kind].pop()
            parent = get(f.doc, f.tn.rsplit("/", 1)[0]); parent["name"] = v
            if f.env == "gemini-pjs":
                f.doc["toolConfig"]["functionCallingConfig"]["allowedFunctionNames"] = [v]
            f.tool_named = True
            add_label(f, f.tn, "tool_name", "NONE", v, kind, "none", "about_phi")
        elif kind == "file_name_category_words":
            v = pools[kind].pop()
            f.fname = f"{v}--{f.host['stem']}"; f.fname_set = True
            add_label(f, "", "file_name", "NONE", v, kind, "none", "about_phi")

    # ---- write
    out = HERE / "planted"
    if out.exists():
        for p in sorted(out.rglob("*"), reverse=True):
            p.unlink() if p.is_file() else p.rmdir()
    labels = []
    names = set()
    for f in files:
        rel = f"{f.env}/{f.fname}.json"
        assert rel not in names, rel
        names.add(rel)
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(json.dumps(f.doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        for l in f.labels:
            l["file"] = rel
            labels.append(l)
    labels.sort(key=lambda l: (l["file"], l["pointer"], l["surface"], l["category"]))
    with open(out / "labels.jsonl", "w", encoding="utf-8") as fh:
        for i, l in enumerate(labels):
            row = {"id": f"tf-{i + 1:04d}"}
            row.update(l)
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    pos = sum(1 for l in labels if l["category"] != "NONE")
    print(f"planted files {len(files)}  positives {pos}  hard negatives {len(labels) - pos}")


def verify_real():
    for l in (HERE / "real/MANIFEST.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(l)
        if sha((HERE / "real" / r["file"]).read_bytes()) != r["sha256"]:
            sys.exit(f"sha256 mismatch: real/{r['file']}")


if __name__ == "__main__":
    verify_real()
    build()
