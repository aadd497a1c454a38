#!/usr/bin/env python3
"""Deterministic builder (seed 161616; stdlib + phonenumbers): sources/ -> planted/ + real/."""
import copy
import hashlib
import json
import random
import re
import shutil
from pathlib import Path

import values as V

HERE = Path(__file__).resolve().parent
SEED = 161616
HOST = "hellosign/hellosign-openapi@ad21451f222d4f21245d992b4e959f8d5100e3f9:openapi-sdk.yaml"
WRAPPERS = ["autogen-tools", "strands-tools", "hf-chat-template", "rjsf-forms"]
TOOL_WRAPPERS = WRAPPERS[:3]
PER_WRAPPER = 16
DROP = {"example", "examples", "discriminator", "nullable", "readOnly", "writeOnly", "deprecated", "xml",
        "externalDocs"}


def esc(tok):
    return tok.replace("~", "~0").replace("/", "~1")


def hsort(rng_tag, names):
    return sorted(names, key=lambda n: hashlib.sha256(f"{SEED}:{rng_tag}:{n}".encode()).hexdigest())


# ------------------------------------------------------------------ host units
class Host:
    def __init__(self, doc):
        self.doc = doc
        self.schemas = doc["components"]["schemas"]
        self.comp = doc["components"]

    def resolve(self, ref):
        parts = ref.lstrip("#/").split("/")
        node = self.doc
        for p in parts:
            node = node.get(p) if isinstance(node, dict) else None
            if node is None:
                return None
        return node

    def conv(self, s, depth):
        if isinstance(s, list):
            return [self.conv(x, depth) for x in s]
        if not isinstance(s, dict):
            return s
        if "$ref" in s:
            tgt = self.resolve(s["$ref"])
            if tgt is None or depth >= 2:
                out = {"type": "object"}
                if isinstance(tgt, dict) and isinstance(tgt.get("description"), str):
                    out["description"] = tgt["description"]
                return out
            return self.conv(tgt, depth + 1)
        out = {}
        for k, v in s.items():
            if k in DROP or k.startswith("x-"):
                continue
            if k == "allOf":
                for part in v:
                    c = self.conv(part, depth)
                    for kk, vv in c.items():
                        if kk == "properties":
                            out.setdefault("properties", {}).update(vv)
                        elif kk == "required":
                            out["required"] = sorted(set(out.get("required", [])) | set(vv))
                        else:
                            out.setdefault(kk, vv)
                continue
            if k in ("oneOf", "anyOf"):
                c = self.conv(v[0], depth)
                for kk, vv in c.items():
                    out.setdefault(kk, vv)
                continue
            if k == "properties":
                out[k] = {pk: self.conv(pv, depth) for pk, pv in v.items()}
            elif k in ("items", "additionalProperties", "not"):
                out[k] = self.conv(v, depth)
            else:
                out[k] = copy.deepcopy(v)
        return out

    def schema_units(self):
        units = {}
        for name, s in self.schemas.items():
            c = self.conv(s, 0)
            props = c.get("properties", {})
            if c.get("type", "object") != "object" or len(props) < 2:
                continue
            c["type"] = "object"
            if len(json.dumps(c)) > 14000:
                continue
            units[f"schema/{name}"] = {"name": name, "schema": c, "description": s.get("description", "")}
        return units

    def op_units(self):
        units = {}
        for op in self.doc["operations"]:
            props, req = {}, []
            for p in op["parameters"]:
                if "$ref" in p:
                    p = self.resolve(p["$ref"])
                if p.get("in") not in ("path", "query"):
                    continue
                ps = self.conv(p.get("schema", {"type": "string"}), 0)
                if p.get("description"):
                    ps = {**ps, "description": p["description"]}
                props[p["name"]] = ps
                if p.get("required"):
                    req.append(p["name"])
            rb = op.get("requestBody")
            if rb:
                if "$ref" in rb:
                    rb = self.resolve(rb["$ref"])
                content = rb.get("content", {})
                mt = content.get("application/json") or content.get("multipart/form-data") or {}
                bs = self.conv(mt.get("schema", {}), 0)
                for k, v in bs.get("properties", {}).items():
                    props.setdefault(k, v)
                req += [r for r in bs.get("required", []) if r in props and r not in req]
            if not props or len(json.dumps(props)) > 14000:
                continue
            schema = {"type": "object", "properties": props}
            if req:
                schema["required"] = req
            desc = op["summary"] + ("\n\n" + op["description"] if op["description"] else "")
            units[f"op/{op['method']} {op['path']}"] = {"name": op["operationId"], "schema": schema,
                                                          "description": desc}
        return units


# ------------------------------------------------------------------ wrappers
def tool_entry(wrapper, name, desc, schema):
    if wrapper == "autogen-tools":
        s = dict(schema)
        s["additionalProperties"] = False
        return {"name": name, "description": desc, "parameters": s, "strict": False}
    if wrapper == "strands-tools":
        return {"name": name, "description": desc, "inputSchema": {"json": schema}}
    if wrapper == "hf-chat-template":
        return {"type": "function", "function": {"name": name, "description": desc, "parameters": schema}}
    raise ValueError(wrapper)


def make_doc(wrapper, units):
    if wrapper == "rjsf-forms":
        u = units[0]
        s = {"$schema": "http://json-schema.org/draft-07/schema#", "title": u["name"]}
        if u["description"]:
            s["description"] = u["description"]
        s.update(copy.deepcopy(u["schema"]))
        return {"schema": s, "uiSchema": {"ui:order": list(u["schema"]["properties"]) + ["*"]}, "formData": {}}
    tools = [tool_entry(wrapper, u["name"], u["description"], copy.deepcopy(u["schema"])) for u in units]
    if wrapper == "hf-chat-template":
        return {"messages": [{"role": "system", "content": "You can call the Dropbox Sign API through the tools."},
                             {"role": "user", "content": "Please handle the pending request."}],
                "tools": tools, "add_generation_prompt": True}
    return tools


def tool_ptr(wrapper, i):
    return {"autogen-tools": f"/{i}", "strands-tools": f"/{i}", "hf-chat-template": f"/tools/{i}/function"}[wrapper]


def schema_ptr(wrapper, i):
    return {"autogen-tools": f"/{i}/parameters", "strands-tools": f"/{i}/inputSchema/json",
            "hf-chat-template": f"/tools/{i}/function/parameters", "rjsf-forms": "/schema"}[wrapper]


def get(doc, ptr):
    node = doc
    if ptr == "":
        return node
    for t in ptr[1:].split("/"):
        t = t.replace("~1", "/").replace("~0", "~")
        node = node[int(t)] if isinstance(node, list) else node[t]
    return node


# ------------------------------------------------------------------ names
def load_names():
    out = {}
    for loc in ("en_PK", "fr_QC", "or_IN"):
        d = json.loads((HERE / "sources/names" / f"{loc}.json").read_text())
        if loc != "or_IN":
            d = {k: [n for n in v if len(V.fold(n)) >= 4 and re.fullmatch(r"[^\s.'-]+", n) and n not in COMMON_WORDS]
                 for k, v in d.items()}
        else:
            d = {k: [n for n in v if " " not in n] for k, v in d.items()}
        out[loc] = d
    return out


COMMON_WORDS = {"Rose", "Grace", "Faith", "Hope", "Joy", "Will", "Mark", "Bill", "Pierre", "Roy", "Noor", "Amin",
                "Sami", "Nour", "Jamal", "Fida", "Sabir", "Saleem", "Paris", "Lamar", "Martin", "Marin", "Fleur",
                "Blanche", "Aurore", "Claire", "Angel", "Victoire", "Prince", "Sultan", "Raja", "Bahar", "Raza",
                "Rouge", "Leblanc", "Lenoir", "Dubois", "Lapierre", "Laforest", "Chevalier", "Boucher", "Fontaine",
                "Berger", "Carpentier", "Meunier", "Marchand", "Charbonneau", "Noel", "Noël", "Page", "Patience",
                "Hazel", "Jade", "Violet", "Basil", "Ginger", "Coral", "Pearl"}

MONTHS = {"ur": ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر",
                 "دسمبر"],
          "or": ["ଜାନୁଆରୀ", "ଫେବୃଆରୀ", "ମାର୍ଚ୍ଚ", "ଏପ୍ରିଲ୍", "ମେ", "ଜୁନ୍", "ଜୁଲାଇ", "ଅଗଷ୍ଟ", "ସେପ୍ଟେମ୍ବର",
                 "ଅକ୍ଟୋବର", "ନଭେମ୍ବର", "ଡିସେମ୍ବର"],
          "mt": ["Jannar", "Frar", "Marzu", "April", "Mejju", "Ġunju", "Lulju", "Awwissu", "Settembru", "Ottubru",
                 "Novembru", "Diċembru"]}

# ------------------------------------------------------------------ cues
# per category: key cues (identifier-safe), text cues (format with {v}); languages ur (Urdu), or (Odia), mt (Maltese)
CUES = {
    "PERSON": (["mareez_ka_naam", "rogi_nama", "isem_u_kunjom", "astm_p5_patient_name"],
               ["مریض کا نام: {v}", "ରୋଗୀଙ୍କ ନାମ: {v}", "Isem u kunjom: {v}"]),
    "DATE_OF_BIRTH": (["tareekh_e_paidaish", "janma_tarikha", "data_tat_twelid", "astm_p8_birthdate"],
                      ["تاریخ پیدائش: {v}", "ଜନ୍ମ ତାରିଖ: {v}", "Data tat-twelid: {v}",
                       "ASTM E1394 P-8 (birthdate): {v}"]),
    "MRN": (["mareez_file_number", "uhid_sankhya", "numru_tal_file_mediku", "astm_p3_practice_patient_id"],
            ["میڈیکل ریکارڈ نمبر: {v}", "ଡାକ୍ତରୀ ରେକର୍ଡ ନମ୍ବର: {v}", "Numru tal-file mediku: {v}",
             "ASTM E1394 P-3 (practice assigned patient ID): {v}"]),
    "US_SSN": (["amriki_ssn", "samajika_surakshya_sankhya_usa", "numru_tas_sigurta_socjali_usa"],
               ["امریکی سوشل سیکیورٹی نمبر: {v}", "ଆମେରିକୀୟ ସାମାଜିକ ସୁରକ୍ଷା ନମ୍ବର: {v}",
                "Numru tas-Sigurtà Soċjali (USA): {v}"]),
    "HEALTH_PLAN_ID": (["sehat_card_cnic", "ramq_nam", "medicare_mbi_numru", "bima_sadasya_mbi"],
                       ["صحت سہولت کارڈ (CNIC): {v}", "RAMQ NAM: {v}", "Numru tal-Medicare (MBI): {v}",
                        "ସ୍ୱାସ୍ଥ୍ୟ ବୀମା ସଦସ୍ୟ ନମ୍ବର (MBI): {v}"]),
    "PHONE_NUMBER": (["foon_number", "durabhasa_nambar", "numru_tat_telefon", "astm_p14_telephone"],
                     ["فون نمبر: {v}", "ଦୂରଭାଷ: {v}", "Numru tat-telefon: {v}", "ASTM E1394 P-14 (telephone): {v}"]),
    "EMAIL_ADDRESS": (["barqi_dak", "i_mel_thikana", "indirizz_elettroniku"],
                      ["ای میل: {v}", "ଇମେଲ୍: {v}", "Indirizz elettroniku: {v}"]),
    "STREET_ADDRESS": (["ghar_ka_pata", "ghara_thikana", "indirizz_tad_dar", "astm_p11_patient_address"],
                       ["گھر کا پتہ: {v}", "ଘର ଠିକଣା: {v}", "Indirizz tad-dar: {v}",
                        "ASTM E1394 P-11 (patient address): {v}"]),
    "ZIP_CODE": (["amriki_zip_code", "zip_sankhya_usa", "kodici_postali_usa"],
                 ["امریکی زپ کوڈ: {v}", "ଜିପ୍ କୋଡ୍ (ଆମେରିକା): {v}", "Kodiċi postali (USA): {v}"]),
    "ACCOUNT_NUMBER": (["bank_khata_number", "khata_sankhya", "numru_tal_kont", "numru_tal_karta"],
                       ["بینک اکاؤنٹ نمبر: {v}", "ବ୍ୟାଙ୍କ ଖାତା ନମ୍ବର: {v}", "Numru tal-kont: {v}",
                        "Numru tal-karta: {v}"]),
    "LICENSE_NUMBER": (["driving_licence_nambar", "chalana_anumati_patra", "licenzja_tas_sewqan"],
                       ["ڈرائیونگ لائسنس نمبر (پنجاب): {v}", "ଡ୍ରାଇଭିଂ ଲାଇସେନ୍ସ ନମ୍ବର: {v}",
                        "Numru tal-liċenzja tas-sewqan: {v}"]),
    "DEVICE_ID": (["aala_serial_number", "yantra_krama_sankhya", "numru_serjali_tal_apparat", "imei_numru"],
                  ["آلے کا سیریل نمبر: {v}", "ଯନ୍ତ୍ରର ସିରିଆଲ୍ ନମ୍ବର: {v}", "Numru serjali tal-apparat: {v}",
                   "IMEI tal-apparat: {v}"]),
    "VEHICLE_ID": (["gari_chassis_number", "gadi_chasis_sankhya", "numru_tax_xasi"],
                   ["گاڑی کا چیسس نمبر (VIN): {v}", "ଗାଡ଼ି ଚେସିସ୍ ନମ୍ବର (VIN): {v}", "Numru tax-xażi (VIN): {v}"]),
    "IP_ADDRESS": (["ip_pata_sarif", "upabhokta_ip_thikana", "indirizz_ip_klijent"],
                   ["صارف کا آئی پی ایڈریس: {v}", "ଉପଭୋକ୍ତା ଆଇପି ଠିକଣା: {v}", "Indirizz IP tal-klijent: {v}"]),
    "URL": (["zati_profile_link", "byaktigata_profile", "rabta_tal_profil"],
            ["ذاتی پروفائل: {v}", "ବ୍ୟକ୍ତିଗତ ପ୍ରୋଫାଇଲ୍: {v}", "Profil personali: {v}"]),
    "SECRET": (["khufia_lafz", "gupta_sabda", "kelma_sigrieta"],
               ["پاس ورڈ: {v}", "ପାସୱାର୍ଡ: {v}", "Kelma sigrieta: {v}"]),
}
PREFIX = {"PERSON": ["naam_", "isem_", ""], "DATE_OF_BIRTH": ["paidaish_", "twelid_", "janma_"],
          "MRN": ["uhid_", "opd_", "file_"], "US_SSN": ["ssn_", "us_ssn_"], "HEALTH_PLAN_ID": ["sehat_", "ramq_", "mbi_"],
          "PHONE_NUMBER": ["foon_", "telefon_", ""], "ZIP_CODE": ["zip_", "usa_zip_"],
          "ACCOUNT_NUMBER": ["khata_", "karta_", "kont_"], "LICENSE_NUMBER": ["licence_", "licenzja_", "dl_"],
          "DEVICE_ID": ["imei_", "mac_", ""], "VEHICLE_ID": ["vin_", "xasi_", ""], "IP_ADDRESS": ["ip_", ""]}
# kind-specific cues and prefixes (override CUES / PREFIX so the cue names the value's own scheme)
KIND_CUES = {
    "mbi": (["medicare_mbi_numru", "bima_sadasya_mbi"],
            ["Numru tal-Medicare (MBI): {v}", "ସ୍ୱାସ୍ଥ୍ୟ ବୀମା ସଦସ୍ୟ ନମ୍ବର (MBI): {v}", "میڈیکیئر نمبر (MBI): {v}"]),
    "ramq_nam": (["ramq_nam", "numru_ramq"], ["RAMQ NAM: {v}", "Numru tal-assigurazzjoni tas-saħħa (RAMQ): {v}"]),
    "sehat_cnic": (["sehat_card_cnic", "sehat_sahulat_cnic"],
                   ["صحت سہولت کارڈ (CNIC): {v}", "Sehat Sahulat beneficiary CNIC: {v}"]),
    "card": (["numru_tal_karta", "card_sankhya"], ["Numru tal-karta: {v}", "کارڈ نمبر: {v}", "କାର୍ଡ ନମ୍ବର: {v}"]),
    "ca_eft": (["bank_khata_number", "numru_tal_kont"],
               ["Payments Canada EFT (institution-transit-account): {v}", "بینک اکاؤنٹ نمبر: {v}",
                "Numru tal-kont: {v}"]),
    "hospital_account": (["kont_tal_isptar", "haspatal_khata"],
                         ["Kont tal-isptar: {v}", "ہسپتال اکاؤنٹ نمبر: {v}", "ହସ୍ପିଟାଲ ଖାତା ନମ୍ବର: {v}"]),
    "imei": (["imei_numru", "yantra_imei"], ["IMEI tal-apparat: {v}", "آلے کا IMEI: {v}", "ଯନ୍ତ୍ରର IMEI: {v}"]),
    "mac": (["aala_mac_address", "indirizz_mac_tal_apparat", "yantra_mac_thikana"],
            ["آلے کا MAC ایڈریس: {v}", "Indirizz MAC tal-apparat: {v}", "ଯନ୍ତ୍ରର MAC ଠିକଣା: {v}"]),
    "odisha_dl": (["chalana_anumati_patra", "odisha_dl_sankhya"],
                  ["ଡ୍ରାଇଭିଂ ଲାଇସେନ୍ସ ନମ୍ବର: {v}", "Odisha driving licence: {v}"]),
    "malta_dl": (["licenzja_tas_sewqan"], ["Numru tal-liċenzja tas-sewqan: {v}"]),
    "punjab_dl_cnic": (["driving_licence_nambar"], ["ڈرائیونگ لائسنس نمبر (پنجاب): {v}"]),
}
KIND_PREFIX = {"mbi": ["mbi_"], "ramq_nam": ["ramq_"], "sehat_cnic": ["sehat_"], "card": ["karta_", ""],
               "ca_eft": ["khata_", "eft_"], "hospital_account": ["kont_isptar_"], "imei": ["imei_"],
               "mac": ["mac_", ""], "odisha_dl": ["dl_od_"], "malta_dl": ["licenzja_"], "punjab_dl_cnic": ["licence_pb_"]}


def kind_group(kind):
    k = kind.replace("_joined", "")
    if k.startswith("mbi"):
        return "mbi"
    if k.startswith("card"):
        return "card"
    if k.startswith("mac"):
        return "mac"
    return k


GENERIC_KEYS = ["value", "sample", "legacy_ref", "imported_text", "qeemat", "mulya", "valur", "note_text"]
NEUTRAL = ["Sample row:", "نمونہ:", "ନମୁନା:", "Kampjun mill-importazzjoni:", "Seen in the ASTM upload:"]
JOINABLE = ["PERSON", "DATE_OF_BIRTH", "US_SSN", "MRN", "HEALTH_PLAN_ID", "PHONE_NUMBER", "ZIP_CODE",
            "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID", "IP_ADDRESS"]
CATS = JOINABLE + ["EMAIL_ADDRESS", "STREET_ADDRESS", "URL", "SECRET"]
SURFACES = ["property_name", "pattern_property", "enum", "const", "default", "examples", "pattern", "title",
            "description", "metadata", "tool_name", "tool_description", "file_name"]
JOINED_SURF = {"property_name", "pattern_property", "tool_name", "file_name"}
PER_SURFACE = 12


# ------------------------------------------------------------------ value factory
class Val:
    def __init__(self, cat, text, kind, alone, joined=None, extra=None):
        self.cat, self.text, self.kind, self.alone, self.joined = cat, text, kind, alone, joined
        self.extra = extra or {}


class Factory:
    def __init__(self, rng, names):
        self.rng, self.names = rng, names
        self.used = set()
        self.n = {c: 0 for c in CATS}

    def person(self, latin=True):
        r = self.rng
        loc = r.choice(["en_PK", "fr_QC"] if latin else ["en_PK", "fr_QC", "or_IN"])
        d = self.names[loc]
        return loc, r.choice(d["first_names"]), r.choice(d["last_names"])

    def dob(self):
        r = self.rng
        while True:
            y, m, d = r.randint(1931, 2012), r.randint(1, 12), r.randint(1, 28)
            if V.date_ok(y, m, d):
                return y, m, d

    def make(self, cat, joined):
        """joined: the value must have an identifier form."""
        for _ in range(200):
            v = self._make(cat, joined)
            if v.text not in self.used and (not joined or v.joined):
                self.used.add(v.text)
                self.n[cat] += 1
                return v
        raise RuntimeError(cat)

    def _make(self, cat, joined):
        r, k = self.rng, self.n[cat]
        if cat == "PERSON":
            loc, g, f = self.person(latin=joined or k % 4 != 3)
            form = k % 3
            if loc == "or_IN":
                return Val(cat, f"{g} {f}", "odia_script", True)
            gj, fj = V.fold(g).lower(), V.fold(f).lower()
            if form == 0:
                return Val(cat, f"{g} {f}", "given_family", True, f"{gj}_{fj}")
            if form == 1:
                return Val(cat, f"{f.upper()}, {g}", "family_comma_given", True, f"{fj.upper()}_{gj.upper()}")
            return Val(cat, f"{f.upper()}^{g.upper()}", "astm_family_caret_given", False,
                       f"{gj.capitalize()}{fj.capitalize()}")
        if cat == "DATE_OF_BIRTH":
            y, m, d = self.dob()
            form = k % 6
            texts = [(f"{d} {MONTHS['ur'][m - 1]} {y}", "urdu_month"), (f"{d} {MONTHS['or'][m - 1]} {y}", "odia_month"),
                     (f"{d} ta' {MONTHS['mt'][m - 1]} {y}", "maltese_month"), (f"{y}{m:02d}{d:02d}", "astm_yyyymmdd"),
                     (f"{d:02d}/{m:02d}/{y}", "dd_mm_yyyy"), (f"{y}-{m:02d}-{d:02d}", "iso")]
            t, kind = texts[form]
            return Val(cat, t, kind, False, f"{y}{m:02d}{d:02d}" if k % 2 else f"{y}_{m:02d}_{d:02d}",
                       {"ymd": (y, m, d)})
        if cat == "US_SSN":
            s = V.ssn(r)
            form = k % 3
            if form == 0:
                return Val(cat, s, "dashed", True, s.replace("-", "_"))
            if form == 1:
                return Val(cat, s.replace("-", " "), "spaced", False, s.replace("-", ""))
            return Val(cat, s.replace("-", ""), "plain", False, s.replace("-", ""))
        if cat == "MRN":
            form = k % 3
            if form == 0:
                t = f"UHID{r.randint(2015, 2024)}{r.randint(0, 999999):06d}"
                return Val(cat, t, "uhid_10", False, t)
            if form == 1:
                y, n = r.randint(2012, 2024), r.randint(1, 999999)
                return Val(cat, f"OPD/{y}/{n:06d}", "opd_year_seq", False, f"OPD_{y}_{n:06d}")
            n = r.randint(1, 9999999)
            return Val(cat, f"DSQ-{n:07d}", "dsq_7", False, f"DSQ_{n:07d}")
        if cat == "HEALTH_PLAN_ID":
            form = k % 4
            if form in (0, 3):
                m = V.mbi(r)
                if form == 3:
                    return Val(cat, f"{m[:4]}-{m[4:7]}-{m[7:]}", "mbi_dashed", True, m)
                return Val(cat, m, "mbi", True, m)
            if form == 1:
                loc, g, f = self.person()
                y, mo, d = self.dob()
                n = V.ramq(r, f, g, y, mo, d, r.random() < 0.5)
                return Val(cat, f"{n[:4]} {n[4:8]} {n[8:]}" if k % 2 else n, "ramq_nam", False, n)
            c = V.cnic(r, r.random() < 0.5)
            return Val(cat, c, "sehat_cnic", False, c.replace("-", "_"))
        if cat == "PHONE_NUMBER":
            form = k % 4
            if form == 0:
                npa = r.choice(sorted(V.US_NPA))
                a, b, c = V.nanp(r, npa)
                return Val(cat, f"({a}) {b}-{c}", "us_paren", True, f"1{a}{b}{c}", {"region": "US"})
            if form == 1:
                npa = r.choice(V.QC_NPA)
                a, b, c = V.nanp(r, npa)
                return Val(cat, f"+1 {a}-{b}-{c}", "qc_e164_spaced", True, f"1{a}{b}{c}", {"region": "CA"})
            if form == 2:
                p = V.pk_mobile(r)
                return Val(cat, f"{p[:3]} {p[3:6]} {p[6:]}", "pk_intl", True, p[1:], {"region": "PK"})
            p = V.pk_mobile(r)
            return Val(cat, f"0{p[3:6]}-{p[6:]}", "pk_national", False, "0" + p[3:], {"region": "PK"})
        if cat == "EMAIL_ADDRESS":
            dom = ["ptcl.net.pk", "cogeco.ca", "maltanet.net", "go.net.mt"][k % 4]
            loc, g, f = self.person()
            while (loc == "en_PK") != (dom == "ptcl.net.pk" or dom == "go.net.mt"):
                loc, g, f = self.person()
            sep = r.choice([".", "_", ""])
            return Val(cat, f"{V.fold(g).lower()}{sep}{V.fold(f).lower()}{r.randint(1, 99)}@{dom}", "personal", True)
        if cat == "STREET_ADDRESS":
            form = k % 5
            if form in (0, 4):
                npa = r.choice(sorted(V.US_NPA))
                city, st, z3 = V.US_NPA[npa]
                street = r.choice(["Maple", "Cedar Hollow", "Old Mill", "Kestrel", "Harrow", "Brandywine", "Juniper"])
                suf = r.choice(["Hls", "Jcts", "Clfs", "Lks", "Prts", "Rdgs", "Dvd", "Frgs"])
                unit = r.choice(["", f" Apt {r.randint(1, 40)}", f" Unit {r.randint(100, 900)}"])
                return Val(cat, f"{r.randint(12, 9899)} {street} {suf}{unit}, {city}, {st} {z3}{r.randint(1, 99):02d}",
                           "us_full", True)
            if form == 1:
                pc = f"H{r.randint(1, 4)}{r.choice('ABCEGHJKLMNPRSTVXY')} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(1, 9)}"
                return Val(cat, f"{r.randint(100, 9999)}, rue {r.choice(['Saint-Hubert', 'Fleury Est', 'de Bordeaux', 'Bélanger'])}, app. {r.randint(1, 12)}, Montréal (Québec) {pc}",
                           "quebec", True)
            if form == 2:
                return Val(cat, f"House No. {r.randint(1, 300)}, Street {r.randint(1, 30)}, Block {r.randint(1, 19)}, Gulshan-e-Iqbal, Karachi 75300",
                           "karachi", True)
            return Val(cat, f"Plot No. {r.randint(1, 900)}, {r.choice(['Saheed Nagar', 'Nayapalli', 'Jaydev Vihar'])}, Bhubaneswar, Odisha 7510{r.randint(10, 30)}",
                       "bhubaneswar", True)
        if cat == "ZIP_CODE":
            npa = sorted(V.US_NPA)[k % 4]
            z = f"{V.US_NPA[npa][2]}{r.randint(1, 99):02d}"
            if k % 2:
                return Val(cat, f"{z}-{r.randint(1, 9999):04d}", "zip4", False, None)
            return Val(cat, z, "zip5", False, z)
        if cat == "ACCOUNT_NUMBER":
            form = k % 4
            c = V.card(r)
            if form == 0:
                return Val(cat, " ".join(c[i:i + 4] for i in range(0, 16, 4)), "card_grouped", True, c)
            if form == 1:
                return Val(cat, c, "card_plain", False, c)
            if form == 2:
                e = V.eft(r)
                return Val(cat, e, "ca_eft", False, e.replace("-", "_"))
            n = f"HAC{r.randint(0, 999999999):09d}"
            return Val(cat, n, "hospital_account", False, n)
        if cat == "LICENSE_NUMBER":
            form = k % 3
            if form == 0:
                t = V.lic_odisha(r)
                return Val(cat, t, "odisha_dl", False, t.replace(" ", "_"))
            if form == 1:
                t = V.lic_malta(r)
                return Val(cat, t, "malta_dl", False, t)
            t = V.cnic(r, r.random() < 0.5)
            return Val(cat, t, "punjab_dl_cnic", False, t.replace("-", "_"))
        if cat == "DEVICE_ID":
            form = k % 3
            if form == 0:
                i = V.imei(r)
                return Val(cat, i, "imei", False, i)
            b = V.mac(r)
            if form == 1:
                return Val(cat, ":".join(f"{x:02x}" for x in b), "mac_colon_lower", True, "".join(f"{x:02x}" for x in b))
            return Val(cat, "-".join(f"{x:02X}" for x in b), "mac_dash_upper", True, "".join(f"{x:02X}" for x in b))
        if cat == "VEHICLE_ID":
            v = V.vin(r, V.WMIS[k % len(V.WMIS)])
            return Val(cat, v, "vin", True, v)
        if cat == "IP_ADDRESS":
            form = k % 3
            if form == 2 and not joined:
                return Val(cat, V.ipv6(r), "ipv6_2a10", True, None)
            ip = V.ipv4(r)
            if form == 1:
                return Val(cat, f"{ip}:{r.choice([8443, 5432, 3389, 9200])}", "ipv4_port", True, ip.replace(".", "_"))
            return Val(cat, ip, "ipv4", True, ip.replace(".", "_"))
        if cat == "URL":
            loc, g, f = self.person()
            u = f"{V.fold(g).lower()}{V.fold(f).lower()[:4]}{r.randint(1, 99)}"
            form = k % 5
            t = [f"https://sr.ht/~{u}/", f"https://hashnode.com/@{u}", f"https://replit.com/@{u}",
                 f"https://huggingface.co/{u}",
                 f"https://www.launchgood.com/campaign/help_{V.fold(g).lower()}_{V.fold(f).lower()}_recover"][form]
            return Val(cat, t, ["sourcehut", "hashnode", "replit", "huggingface", "launchgood"][form], True)
        if cat == "SECRET":
            form = k % 8
            if form == 0:
                return Val(cat, V.sentry_org(r), "sentry_org_token", True, extra={"rule": "sentry-org-token"})
            if form == 1:
                return Val(cat, f"yandex_aws_key = {V.yandex_aws(r)}", "yandex_aws_keyword", True,
                           extra={"rule": "yandex-aws-access-token"})
            if form == 2:
                return Val(cat, V.easypost_test(r), "easypost_test", True, extra={"rule": "easypost-test-api-token"})
            if form == 3:
                return Val(cat, V.sidekiq_url(r), "sidekiq_url", True, extra={"rule": "sidekiq-sensitive-url"})
            if form == 4:
                return Val(cat, f"CO_API_KEY={V.cohere_key(r)}", "cohere_keyword", True,
                           extra={"rule": "cohere-api-token"})
            if form == 5:
                return Val(cat, V.do_pat(r), "digitalocean_pat", True, extra={"rule": "digitalocean-pat"})
            if form == 6:
                loc, g, f = self.person()
                return Val(cat, V.amqp_url(r, V.fold(g).lower()), "amqp_url", True)
            return Val(cat, V.password(r), "password", False)
        raise ValueError(cat)


# ------------------------------------------------------------------ builder
class File:
    def __init__(self, wrapper, units, unit_ids, doc, slug):
        self.wrapper, self.units, self.unit_ids, self.doc, self.slug = wrapper, units, unit_ids, doc, slug
        self.labels = []
        self.fname_part = None
        self.tool_used = set()
        self.npos = 0


def slugify(name):
    return re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-")


def main():
    rng = random.Random(SEED)
    host = Host(json.loads((HERE / "sources/hosts/dropbox-sign.subset.json").read_text()))
    sch = host.schema_units()
    ops = host.op_units()
    sch_ids = hsort("schema", sorted(sch))
    op_ids = hsort("op", sorted(ops))
    # tool units: operations first, then schemas not needed by the rjsf forms
    rjsf_ids = sch_ids[:2 * PER_WRAPPER]
    tool_pool = op_ids + [s for s in sch_ids[2 * PER_WRAPPER:]]
    counts = [1, 2, 1, 1, 2, 1, 2, 1]
    all_units = {**sch, **ops}

    def unit_view(uid):
        u = all_units[uid]
        if uid.startswith("schema/"):
            return {"name": u["name"], "schema": u["schema"], "description": u["description"]}
        return u

    files = {"planted": [], "real": []}
    pos = 0
    for part in ("planted", "real"):
        for wi, w in enumerate(WRAPPERS):
            for j in range(PER_WRAPPER):
                if w == "rjsf-forms":
                    ids = [rjsf_ids[j + (0 if part == "planted" else PER_WRAPPER)]]
                else:
                    n = counts[(j + wi) % len(counts)]
                    ids = tool_pool[pos:pos + n]
                    pos += n
                units = [unit_view(i) for i in ids]
                doc = make_doc(w, units)
                slug = slugify(units[0]["name"])
                fo = File(w, units, ids, doc, slug)
                fo.hostkeys = {sp: set(get(doc, sp).get("properties", {}))
                               for sp in (["/schema"] if w == "rjsf-forms" else
                                          [schema_ptr(w, i) for i in range(len(units))])}
                files[part].append(fo)
    assert len(set(i for p in files.values() for f in p for i in f.unit_ids)) == \
        sum(len(f.unit_ids) for p in files.values() for f in p)

    names = load_names()
    fac = Factory(rng, names)
    planted = files["planted"]

    # ---- plans: PER_SURFACE per surface, categories balanced
    plans = []
    cat_count = {c: 0 for c in CATS}
    for s in SURFACES:
        for i in range(PER_SURFACE):
            pool = JOINABLE if s in JOINED_SURF else CATS
            m = min(cat_count[c] for c in pool)
            cands = [c for c in pool if cat_count[c] == m]
            c = cands[(i * 7 + SURFACES.index(s)) % len(cands)]
            cat_count[c] += 1
            plans.append((s, c))
    rng.shuffle(plans)
    plans.sort(key=lambda p: (p[0] not in ("tool_name", "tool_description", "file_name"), ))

    labels = []
    lid = [0]

    def add_label(f, ptr, surface, cat, value, kind, placement, raw=None):
        lid[0] += 1
        lab = {"id": f"six-{lid[0]:04d}", "file": f"{f.wrapper}/{fname(f)}", "pointer": ptr, "surface": surface,
               "category": cat, "value": value, "kind": kind, "placement": placement,
               "base": " + ".join(f"{HOST}#{u}" for u in f.unit_ids)}
        if raw is not None:
            lab["raw"] = raw
        f.labels.append(lab)
        if cat != "NONE":
            f.npos += 1

    def fname(f):
        return f"dropbox-sign.{f.slug}{'.' + f.fname_part if f.fname_part else ''}.json"

    def schemas_of(f):
        if f.wrapper == "rjsf-forms":
            return ["/schema"]
        return [schema_ptr(f.wrapper, i) for i in range(len(f.units))]

    def taken_ptrs(f):
        return {l["pointer"] for l in f.labels if l["surface"] not in ("property_name", "pattern_property", "file_name")}

    def free_host(f, surface):
        field = "description" if surface == "description" else "$comment"
        out = []
        for sp in schemas_of(f):
            props = get(f.doc, sp).get("properties", {})
            for k in sorted(f.hostkeys[sp]):
                if isinstance(props.get(k), dict) and f"{sp}/properties/{esc(k)}/{field}" not in taken_ptrs(f):
                    out.append((sp, k))
        return out

    def new_key(sch, key):
        props = sch.setdefault("properties", {})
        k, n = key, 2
        while k in props:
            k, n = f"{key}_{n}", n + 1
        return k

    def pick_file(surface, wrappers_turn):
        has = [f for f in planted if (surface not in ("tool_name", "tool_description") or f.wrapper in TOOL_WRAPPERS)]
        if surface == "file_name":
            has = [f for f in has if not f.fname_part]
        if surface in ("description", "metadata"):
            has = [f for f in has if free_host(f, surface)]
        if surface in ("tool_name", "tool_description"):
            has = [f for f in has if any((surface, i) not in f.tool_used for i in range(len(f.units)))]
        ws = sorted({f.wrapper for f in has}, key=lambda w: (wrappers_turn.get((surface, w), 0), WRAPPERS.index(w)))
        for w in ws:
            cand = [f for f in has if f.wrapper == w and f.npos < 3]
            if cand:
                cand.sort(key=lambda f: (f.npos, planted.index(f)))
                wrappers_turn[(surface, w)] = wrappers_turn.get((surface, w), 0) + 1
                return cand[0]
        raise RuntimeError(surface)

    turn = {}
    placements_cycle = {}
    for surface, cat in plans:
        f = pick_file(surface, turn)
        joined = surface in JOINED_SURF
        v = fac.make(cat, joined)
        si = rng.randrange(len(schemas_of(f)))
        sptr = schemas_of(f)[si]
        sch_node = get(f.doc, sptr)
        key_cues, text_cues = KIND_CUES.get(kind_group(v.kind), CUES[cat])
        pc = placements_cycle.get(cat, 0)
        placements_cycle[cat] = pc + 1
        if joined:
            prefs = KIND_PREFIX.get(kind_group(v.kind), PREFIX[cat])
            pre = prefs[pc % len(prefs)]
            if pre == "" and not v.alone:
                pre = prefs[0]
            if pre == "" and cat == "ACCOUNT_NUMBER":
                pre = prefs[0]
            placement = "key_cue" if pre else "no_cue"
            ident = pre + v.joined
            if surface == "property_name":
                suf = rng.choice(["", "_record", "_v2", "_ref"])
                k = new_key(sch_node, ident + suf)
                sch_node["properties"][k] = {"type": "string", "description": rng.choice(
                    ["Imported column.", "درآمد شدہ کالم۔", "ଆମଦାନୀ ସ୍ତମ୍ଭ।", "Kolonna importata."])}
                add_label(f, f"{sptr}/properties/{esc(k)}", surface, cat, v.joined, v.kind + "_joined", placement)
            elif surface == "pattern_property":
                form = rng.randrange(3)
                rx = [f"^{ident}$", f"^{ident}(_[a-z]+)?$", f"^{ident}\\.[0-9]+$"][form]
                pp = sch_node.setdefault("patternProperties", {})
                pp[rx] = {"type": "string"}
                add_label(f, f"{sptr}/patternProperties/{esc(rx)}", surface, cat, v.joined, v.kind + "_joined",
                          placement)
            elif surface == "tool_name":
                i = next(i for i in range(len(f.units)) if ("tool_name", i) not in f.tool_used)
                f.tool_used.add(("tool_name", i))
                tp = tool_ptr(f.wrapper, i)
                node = get(f.doc, tp)
                base = node["name"][:63 - len(ident)]
                node["name"] = f"{base}_{ident}"
                add_label(f, f"{tp}/name", surface, cat, v.joined, v.kind + "_joined", placement)
            else:  # file_name
                f.fname_part = ident
                add_label(f, "", surface, cat, v.joined, v.kind + "_joined", placement)
            continue
        # value surfaces: choose placement
        options = ["key_cue", "text_cue"] + (["no_cue"] if v.alone else [])
        if surface in ("description", "metadata", "tool_description", "title"):
            options = [o for o in options if o != "key_cue"] if surface != "title" else options
        placement = options[pc % len(options)]
        text_cue = text_cues[(pc + SURFACES.index(surface)) % len(text_cues)]
        lead = NEUTRAL[pc % len(NEUTRAL)]
        if placement == "key_cue":
            key = key_cues[pc % len(key_cues)]
            text, full = v.text, v.text
        elif placement == "text_cue":
            key = GENERIC_KEYS[pc % len(GENERIC_KEYS)]
            full = text_cue.format(v=v.text)
        else:
            key = GENERIC_KEYS[(pc + 3) % len(GENERIC_KEYS)]
            full = v.text
        if surface == "tool_description":
            i = next(i for i in range(len(f.units)) if ("tool_description", i) not in f.tool_used)
            f.tool_used.add(("tool_description", i))
            tp = tool_ptr(f.wrapper, i)
            node = get(f.doc, tp)
            add = full if placement == "text_cue" else f"{lead} {full}"
            node["description"] = (node["description"].rstrip() + " " + add).strip()
            add_label(f, f"{tp}/description", surface, cat, v.text, v.kind, placement)
            continue
        if surface in ("description", "metadata"):
            fh = free_host(f, surface)
            sptr, k = fh[rng.randrange(len(fh))]
            props = get(f.doc, sptr)["properties"]
            add = full if placement == "text_cue" else f"{lead} {full}"
            pnode = props[k]
            if surface == "description":
                pnode["description"] = (pnode.get("description", "").rstrip() + " " + add).strip()
                add_label(f, f"{sptr}/properties/{esc(k)}/description", surface, cat, v.text, v.kind, placement)
            else:
                pnode["$comment"] = add
                add_label(f, f"{sptr}/properties/{esc(k)}/$comment", surface, cat, v.text, v.kind, placement)
            continue
        k = new_key(sch_node, key)
        p = {"type": "string"}
        ptr = f"{sptr}/properties/{esc(k)}"
        if surface == "enum":
            p["enum"] = [rng.choice(["UNKNOWN", "", "n/a", "other"]), full]
            ptr += "/enum/1"
        elif surface == "const":
            p["const"] = full
            ptr += "/const"
        elif surface == "default":
            p["default"] = full
            ptr += "/default"
        elif surface == "examples":
            p["examples"] = [full]
            ptr += "/examples/0"
        elif surface == "title":
            p["title"] = full
            ptr += "/title"
        elif surface == "pattern":
            p["pattern"] = "^" + re.escape(full) + "$"
            ptr += "/pattern"
        sch_node["properties"][k] = p
        if surface == "pattern":
            add_label(f, ptr, surface, cat, re.escape(v.text), v.kind, placement, raw=v.text)
        else:
            add_label(f, ptr, surface, cat, v.text, v.kind, placement)

    # ---- hard negatives (80)
    negs = []
    P = negs.append
    for t, s in [("(272) 555-0143", "examples"), ("+1-945-555-0178", "default"), ("+1 418 555 0122", "const"),
                 ("patient@example.com", "examples"), ("signer@example.net", "default"), ("203.0.113.58", "const"),
                 ("198.51.100.9:8080", "examples"), ("2001:db8:16::4", "default"), ("000-00-0000", "const"),
                 ("XXX-XX-XXXX", "examples"), ("YOUR_COHERE_API_KEY", "default"), ("${DIGITALOCEAN_TOKEN}", "const"),
                 ("11111111111111111", "examples"), ("https://example.com/signers/{signer_id}", "default"),
                 ("UHIDXXXXXXXXXX", "const"), ("00:00:5E:00:53:1F", "enum")]:
        P(("reserved_placeholder", s, t))
    for k in ["mareez_ka_naam", "tareekh_e_paidaish", "janma_tarikha", "data_tat_twelid", "ramq_nam",
              "sehat_card_cnic", "uhid_sankhya", "foon_number", "indirizz_elettroniku", "kelma_sigrieta",
              "khufia_lafz", "amriki_ssn", "astm_p5_patient_name", "numru_tal_kont"]:
        P(("category_label_key", "property_name", k))
    for e in [["H", "P", "O", "R", "C", "L", "Q", "M", "S"], ["M", "F", "U"], ["PK", "CA", "IN", "MT"],
              ["ପୁରୁଷ", "ମହିଳା", "ଅନ୍ୟ"], ["مرد", "عورت", "دیگر"], ["raġel", "mara", "ieħor"],
              ["QC", "ON", "BC", "AB", "NS"], ["PA", "CA", "IN", "TX"], ["E11.9", "I10", "J45.909"],
              ["awaiting_signature", "signed", "declined"], ["Punjab", "Sindh", "Khyber Pakhtunkhwa", "Balochistan"],
              ["2345-7", "718-7", "4548-4"]]:
        P(("code_enum", "enum", e))
    for rx, s in [(r"^[1-7]\d{4}-\d{7}-\d$", "pattern"), (r"^[A-Z]{4}\d{8}$", "pattern"),
                  (r"^\d{3}-\d{2}-\d{4}$", "pattern"), (r"^[A-HJ-NPR-Z0-9]{17}$", "pattern"),
                  (r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", "pattern"), (r"^[1-9][AC-HJKMNP-RT-Y]", "pattern"),
                  (r"^\d{5}-\d{4}$", "pattern"), (r"^\d{15}$", "pattern_property"),
                  (r"^OD\d{2} \d{11}$", "pattern_property"), (r"^UHID\d{10}$", "pattern_property")]:
        P(("format_regex", s, rx))
    for k, w, s in [("flower_kind", "Rose", "enum"), ("eye_colour", "Hazel", "const"), ("gemstone", "Jade", "default"),
                    ("ink_colour", "Violet", "examples"), ("herb", "Basil", "enum"), ("spice", "Ginger", "const"),
                    ("reef_type", "Coral", "default"), ("finish", "Pearl", "examples")]:
        P(("name_like_word", s, (k, w)))
    for t, s in [("2024-09-30", "const"), ("Available since Dropbox Sign API 3.0.0 (2023-01-18).", "description"),
                 ("نافذ العمل از 2021-07-01", "description"), ("ପ୍ରଭାବୀ ତାରିଖ 2022-04-01", "description"),
                 ("Fis-seħħ mill-2020-10-05.", "metadata"), ("ASTM E1394-97, reapproved 2003-05-10.", "metadata"),
                 ("Schema snapshot 2025-09-04.", "metadata"), ("CLSI LIS2-A2, published 2008-01-31.", "description")]:
        P(("version_date", s, t))
    for t, s in [("Patient's date of birth as YYYYMMDD (ASTM E1394 field P-8).", "description"),
                 ("مریض کی تاریخ پیدائش یہاں درج کریں۔", "description"),
                 ("ରୋଗୀଙ୍କ ଜନ୍ମ ତାରିଖ ଏବଂ ଫୋନ୍ ନମ୍ବର ଏଠାରେ।", "description"),
                 ("Numru tal-kont tal-pazjent, mhux obbligatorju.", "metadata"),
                 ("RAMQ health insurance number of the insured person (12 characters).", "description"),
                 ("CNIC of the Sehat Sahulat beneficiary, 13 digits.", "title")]:
        P(("category_words_text", s, t))
    for t in ["lookup_patient_by_uhid", "verify_ramq_nam", "find_beneficiary_by_cnic", "get_astm_patient_record"]:
        P(("tool_category_words", "tool_name", t))
    for t in ["patient_cnic_lookup", "ramq_dob_form"]:
        P(("file_name_category_words", "file_name", t))

    order = list(range(len(planted)))
    ni = 0
    for kind, surface, t in negs:
        # pick a file: spread by round robin over files with room
        for _ in range(len(planted)):
            f = planted[order[ni % len(order)]]
            ni += 1
            if surface in ("tool_name",) and (f.wrapper not in TOOL_WRAPPERS or
                                              all(("tool_name", i) in f.tool_used for i in range(len(f.units)))):
                continue
            if surface == "file_name" and f.fname_part:
                continue
            if surface in ("description", "metadata") and not free_host(f, surface):
                continue
            if sum(1 for l in f.labels if l["category"] == "NONE") >= 2:
                continue
            break
        sptrs = schemas_of(f)
        sptr = sptrs[rng.randrange(len(sptrs))]
        sch_node = get(f.doc, sptr)
        if kind == "category_label_key":
            k = new_key(sch_node, t)
            sch_node["properties"][k] = {"type": "string", "description": "Left empty by the import."}
            add_label(f, f"{sptr}/properties/{esc(k)}", "property_name", "NONE", k, kind, "none")
        elif kind == "tool_category_words":
            i = next(i for i in range(len(f.units)) if ("tool_name", i) not in f.tool_used)
            f.tool_used.add(("tool_name", i))
            tp = tool_ptr(f.wrapper, i)
            node = get(f.doc, tp)
            node["name"] = f"{node['name'][:63 - len(t)]}_{t}"
            add_label(f, f"{tp}/name", "tool_name", "NONE", t, kind, "none")
        elif kind == "file_name_category_words":
            f.fname_part = t
            add_label(f, "", "file_name", "NONE", t, kind, "none")
        elif surface == "pattern_property":
            sch_node.setdefault("patternProperties", {})[t] = {"type": "string"}
            add_label(f, f"{sptr}/patternProperties/{esc(t)}", surface, "NONE", t, kind, "none")
        elif surface in ("description", "metadata"):
            field = "description" if surface == "description" else "$comment"
            fh = free_host(f, surface)
            sptr, k = fh[rng.randrange(len(fh))]
            props = get(f.doc, sptr)["properties"]
            if surface == "description":
                props[k]["description"] = (props[k].get("description", "").rstrip() + " " + t).strip()
            else:
                props[k]["$comment"] = t
            add_label(f, f"{sptr}/properties/{esc(k)}/{field}", surface, "NONE", t, kind, "none")
        else:
            if kind == "name_like_word":
                key, t = t
            elif kind == "code_enum":
                key = ["astm_record_type", "astm_sex", "country", "linga", "jins", "sess", "province", "us_state",
                       "icd10_code", "request_status", "subah", "loinc_code"][[n[2] for n in negs
                                                                             if n[0] == "code_enum"].index(t)]
            elif kind == "version_date":
                key = "api_version"
            elif kind == "format_regex":
                key = "format_check"
            elif kind == "category_words_text":
                key = "beneficiary_ref"
            else:
                key = "placeholder"
            k = new_key(sch_node, key)
            p = {"type": "string"}
            ptr = f"{sptr}/properties/{esc(k)}"
            if surface == "enum":
                p["enum"] = t if isinstance(t, list) else [t, "other"]
                ptr += "/enum/0"
                val = p["enum"][0]
            elif surface == "examples":
                p["examples"] = [t]
                ptr += "/examples/0"
                val = t
            else:
                p[surface] = t
                ptr += f"/{surface}"
                val = t
            sch_node["properties"][k] = p
            add_label(f, ptr, surface, "NONE", val, kind, "none")

    # ---- write
    for part in ("planted", "real"):
        shutil.rmtree(HERE / part, ignore_errors=True)
    out_labels = []
    for f in planted:
        name = fname(f)
        path = HERE / "planted" / f.wrapper / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(f.doc, ensure_ascii=False, indent=2) + "\n")
        for l in f.labels:
            l["file"] = f"{f.wrapper}/{name}"
            out_labels.append(l)
    out_labels.sort(key=lambda l: int(l["id"].split("-")[1]))
    with open(HERE / "planted/labels.jsonl", "w") as fh:
        for l in out_labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    man = []
    for f in files["real"]:
        name = f"dropbox-sign.{f.slug}.json"
        path = HERE / "real" / f.wrapper / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(f.doc, ensure_ascii=False, indent=2) + "\n")
        man.append({"file": f"{f.wrapper}/{name}", "format": f.wrapper, "units": f.unit_ids,
                    "base": " + ".join(f"{HOST}#{u}" for u in f.unit_ids)})
    with open(HERE / "real/MANIFEST.jsonl", "w") as fh:
        for m in man:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    pu = {"planted": {f"{f.wrapper}/{fname(f)}": f.unit_ids for f in planted},
          "real": {m["file"]: m["units"] for m in man}}
    (HERE / "planted_units.json").write_text(json.dumps(pu, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
