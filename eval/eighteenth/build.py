#!/usr/bin/env python3
"""Deterministic builder of the eighteenth set: sources/ -> planted/ + real/.

Offline; stdlib + phonenumbers (through values.py). Seed 181818. Re-running gives byte-identical output.
"""
import hashlib, json, random, re, shutil, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import values as V  # noqa: E402

SEED = 181818
SRC, PLANTED, REAL = HERE / "sources", HERE / "planted", HERE / "real"
SURFACES = ["property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples",
            "default", "tool_name", "tool_description", "file_name", "metadata"]
CATS = ["PERSON", "US_SSN", "MRN", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "DATE_OF_BIRTH",
        "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID", "IP_ADDRESS", "URL", "SECRET"]
WRAPPERS = ["asyncapi", "ollama", "jsonforms", "workersai"]
TOOL_WRAPPERS = {"ollama", "workersai"}
PER_SURFACE = 12

# ---------------------------------------------------------------- cue vocabularies
# Key cues: DICOM PS3.6 attribute keywords, ASC X12 005010 (837/834) segment/element names, CDISC SDTM DM
# variable names, and plain words in Basque (eu), Tagalog (tl) and Welsh (cy).
KEY_CUES = {
    "PERSON": ["PatientName", "ResponsiblePerson", "PatientMotherBirthName", "NM103_NameLastOrOrganizationName",
               "izen_abizenak", "pangalan_ng_pasyente", "enw_llawn"],
    "DATE_OF_BIRTH": ["PatientBirthDate", "DMG02_DateTimePeriod", "BRTHDTC", "jaiotze_data",
                      "petsa_ng_kapanganakan", "dyddiad_geni"],
    "US_SSN": ["REF02_SY_SocialSecurityNumber", "gizarte_segurantza_zk", "numero_ng_social_security",
               "rhif_nawdd_cymdeithasol"],
    "MRN": ["MedicalRecordLocator", "REF02_EA_MedicalRecordIdentificationNumber", "historia_klinikoa_zk",
            "numero_ng_rekord_medikal", "rhif_cofnod_meddygol"],
    "PHONE_NUMBER": ["PatientTelephoneNumbers", "PersonTelephoneNumbers", "PER04_TE_CommunicationNumber",
                     "telefonoa", "numero_ng_telepono", "rhif_ffon"],
    "EMAIL_ADDRESS": ["PatientTelecomInformation", "PER06_EM_CommunicationNumber", "posta_elektronikoa",
                      "email_ng_pasyente", "cyfeiriad_ebost"],
    "STREET_ADDRESS": ["PatientAddress", "PersonAddress", "N301_AddressInformation", "etxeko_helbidea", "tirahan",
                       "cyfeiriad_cartref"],
    "ZIP_CODE": ["N403_PostalCode", "posta_kodea", "zip_code_ng_tirahan", "cod_post"],
    "HEALTH_PLAN_ID": ["NM109_MI_MemberIdentificationNumber", "REF02_0F_SubscriberNumber",
                       "MedicareBeneficiaryIdentifier", "bazkide_zenbakia", "numero_ng_miyembro", "rhif_aelod"],
    "ACCOUNT_NUMBER": ["CLM01_PatientControlNumber", "kontu_zenbakia", "numero_ng_account", "rhif_cyfrif"],
    "LICENSE_NUMBER": ["DriversLicenseNumber", "gidabaimen_zenbakia", "lisensya_sa_pagmamaneho", "rhif_trwydded_yrru"],
    "DEVICE_ID": ["DeviceSerialNumber", "UniqueDeviceIdentifier", "serie_zenbakia", "serial_ng_implant",
                  "rhif_cyfresol"],
    "VEHICLE_ID": ["ibilgailu_vin", "vin_ng_sasakyan", "rhif_adnabod_cerbyd", "VehicleIdentificationNumber"],
    "IP_ADDRESS": ["ip_helbidea", "ip_address_ng_device", "cyfeiriad_ip", "SourceIPAddress"],
    "URL": ["esteka_pertsonala", "personal_na_link", "dolen_bersonol"],
    "SECRET": ["sarbide_tokena", "pasahitza", "cyfrinair", "access_token_ng_serbisyo"],
}
PHRASES = {
    "PERSON": ["Pazientearen izen-abizenak", "Buong pangalan ng pasyente", "Enw llawn y claf",
               "DICOM PatientName (0010,0010)", "X12 NM1 subscriber name"],
    "DATE_OF_BIRTH": ["Jaiotze-data", "Petsa ng kapanganakan", "Dyddiad geni", "DICOM PatientBirthDate (0010,0030)",
                      "X12 DMG02 birth date", "SDTM BRTHDTC"],
    "US_SSN": ["AEBko Gizarte Segurantzako zenbakia", "Numero ng US Social Security", "Rhif Nawdd Cymdeithasol UDA",
               "X12 REF*SY social security number"],
    "MRN": ["Historia klinikoaren zenbakia", "Numero ng rekord medikal", "Rhif cofnod meddygol",
            "DICOM MedicalRecordLocator (0010,1090)", "X12 REF*EA medical record number"],
    "PHONE_NUMBER": ["Telefono-zenbakia", "Numero ng telepono", "Rhif ffôn", "DICOM PatientTelephoneNumbers",
                     "X12 PER*TE"],
    "EMAIL_ADDRESS": ["Helbide elektronikoa", "Email ng pasyente", "Cyfeiriad e-bost", "X12 PER*EM"],
    "STREET_ADDRESS": ["Etxeko helbidea", "Tirahan ng pasyente", "Cyfeiriad cartref", "DICOM PatientAddress",
                       "X12 N3/N4 subscriber address"],
    "ZIP_CODE": ["Posta-kodea", "ZIP code ng tirahan", "Cod post (ZIP)", "X12 N403 postal code"],
    "HEALTH_PLAN_ID": ["Aseguruko bazkide-zenbakia", "Numero ng miyembro sa health plan", "Rhif aelod y cynllun iechyd",
                       "X12 NM109 (MI) member id", "Medicare MBI"],
    "ACCOUNT_NUMBER": ["Kontu-zenbakia", "Numero ng account ng pasyente", "Rhif cyfrif", "X12 CLM01 patient control number"],
    "LICENSE_NUMBER": ["Gidabaimenaren zenbakia", "Numero ng lisensya sa pagmamaneho", "Rhif trwydded yrru"],
    "DEVICE_ID": ["Inplantearen serie-zenbakia", "Serial number ng implant", "Rhif cyfresol y ddyfais",
                  "DICOM DeviceSerialNumber (0018,1000)", "DICOM UniqueDeviceIdentifier"],
    "VEHICLE_ID": ["Ibilgailuaren identifikazio-zenbakia (VIN)", "VIN ng sasakyan ng pasyente", "Rhif adnabod y cerbyd (VIN)"],
    "IP_ADDRESS": ["Pazientearen gailuaren IP helbidea", "IP address ng device ng pasyente", "Cyfeiriad IP y claf"],
    "URL": ["Pazientearen esteka pertsonala", "Personal na link ng pasyente", "Dolen bersonol y claf"],
    "SECRET": ["Sarbide-tokena", "Access token ng serbisyo", "Tocyn mynediad", "Cyfrinair y gronfa ddata"],
}
NEUTRAL_KEYS = ["oharra", "tala", "nodyn", "annotation", "extra", "gehigarria", "karagdagan", "ychwanegol", "field_x",
                "aux"]
EMAIL_DOMAINS = ["simnet.is", "visir.is", "internet.is", "hot.ee", "mail.ee", "neti.ee", "mail.az", "box.az"]
STANDALONE = {"PERSON", "US_SSN", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "VEHICLE_ID", "IP_ADDRESS", "URL",
              "SECRET"}
TOOLNAME_OK = {"PERSON", "DATE_OF_BIRTH", "US_SSN", "MRN", "PHONE_NUMBER", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER",
               "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID", "ZIP_CODE"}
FILENAME_OK = TOOLNAME_OK | {"EMAIL_ADDRESS", "IP_ADDRESS", "SECRET", "STREET_ADDRESS"}

# ---------------------------------------------------------------- hard-negative pools
HN = {
    "category_label_key": ["PatientBirthDate", "MedicalRecordLocator", "PatientTelephoneNumbers", "DeviceSerialNumber",
                           "IssuerOfPatientID", "OtherPatientIDs", "jaiotze_data", "petsa_ng_kapanganakan",
                           "dyddiad_geni", "NM103_NameLastOrOrganizationName", "BRTHDTC", "USUBJID", "cyfrinair",
                           "pasahitza", "gidabaimen_zenbakia", "PatientAddress"],
    "format_regex": [r"^\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$", r"^[^\^=]{0,64}(\^[^\^=]{0,64}){0,4}$",
                     r"^\d{3}-\d{2}-\d{4}$", r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$",
                     r"^IS\d{24}$", r"^[A-HJ-NPR-Z0-9]{17}$", r"^\d{15}$", r"^([0-9A-F]{2}:){5}[0-9A-F]{2}$",
                     r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^\d{5}(-\d{4})?$", r"^\(\d{4},\d{4}\)$"],
    "code_enum": [["PN", "DA", "LO", "SH", "UI", "TM"], ["IL", "QC", "PR", "85", "87"], ["SY", "0F", "EA", "1L", "6P"],
                  ["M", "F", "U", "UNDIFFERENTIATED"], ["CT", "MR", "US", "PT", "DX", "MG"],
                  ["E11.9", "I10", "J45.909", "C50.911"], ["8302-2", "29463-7", "8867-4", "2339-0"],
                  ["NCIT:C16576", "NCIT:C20197", "NCIT:C124294"],
                  ["1.2.840.10008.5.1.4.1.1.2", "1.2.840.10008.5.1.4.1.1.4", "1.2.840.10008.1.2.1"],
                  ["MN", "WA", "IL", "GA", "AZ"], ["D8", "RD8"], ["HP:0001250", "HP:0000822", "HP:0004322"],
                  ["IS", "AZ", "EE"], ["0010,0010", "0010,0030", "0010,1040"], ["ISO_IR 100", "ISO_IR 192", "GB18030"]],
    "reserved_placeholder": ["patient@example.org", "(206) 555-0147", "+1-612-555-0199", "192.0.2.44", "2001:db8::7",
                             "198.51.100.9", "000-00-0000", "XXX-XX-XXXX", "https://portal.example.com/patients/{patientId}",
                             "YOUR_ACCESS_TOKEN", "1EG4-TE5-MK73", "00:00:5E:00:53:01", "jon.jonsson@example.net",
                             "203.0.113.77"],
    "version_date": ["2024c", "005010X222A1", "Schema revised 2023-11-07 for Beacon v2.1.0",
                     "Available since Beacon API 2.0.0 (2022-04-26)", "DICOM PS3.6 2024b", "2.0.0-draft.4",
                     "2019-09", "2020-12"],
    "name_like_word": ["Jordan", "Georgia", "Victoria", "Austin", "Florence", "Chelsea", "Lincoln", "Mercedes", "April",
                       "June", "Madison", "Sydney"],
    "category_words_text": ["DICOM PatientBirthDate (0010,0030) uses the DA value representation, YYYYMMDD.",
                            "Jaiotze-data, ISO 8601 formatuan (YYYY-MM-DD).",
                            "Numero ng rekord medikal ng pasyente, ayon sa sistema ng ospital.",
                            "X12 REF*SY carries the subscriber's social security number; never log it.",
                            "Rhif ffôn y claf, yn y fformat E.164.",
                            "DICOM PatientName (0010,0010) is a PN value: Family^Given^Middle^Prefix^Suffix."],
    "tool_category_words": ["find_individual_by_birth_date", "get_subscriber_name_nm1", "lookup_medical_record_locator",
                            "bilatu_pazientea_telefonoz"],
    "file_name_category_words": ["patient_birth_date_lookup", "medical-record-locator"],
}
HN_COUNTS = {"category_label_key": 14, "format_regex": 10, "code_enum": 14, "reserved_placeholder": 12,
             "version_date": 8, "name_like_word": 10, "category_words_text": 6, "tool_category_words": 4,
             "file_name_category_words": 2}


def esc(s):
    return re.sub(r"([.^$*+?()\[\]{}|\\/])", r"\\\1", s)


def ptr_tok(s):
    return s.replace("~", "~0").replace("/", "~1")


def sha(b):
    return hashlib.sha256(b).hexdigest()


# ---------------------------------------------------------------- value maker
class Maker:
    def __init__(self, rng, names):
        self.rng, self.names = rng, names
        self.seen = set()

    def make(self, cat):
        for _ in range(50):
            v = self._make(cat)
            if v["display"] not in self.seen:
                self.seen.add(v["display"])
                return v
        raise RuntimeError(cat)

    def _make(self, cat):
        r = self.rng
        if cat == "PERSON":
            g, f = V.person(r, self.names)
            form = r.choice(["plain", "caps", "pn", "folded"])
            disp = {"plain": f"{g} {f}", "caps": f"{f.upper()}, {g}", "pn": f"{f}^{g}",
                    "folded": V.ascii_fold(f"{g} {f}")}[form]
            joined = V.ascii_fold(f"{g}_{f}").lower() if r.random() < 0.6 else V.ascii_fold(g + f)
            return dict(display=disp, joined=joined, kind=form)
        if cat == "DATE_OF_BIRTH":
            d = V.birth_date(r)
            form = r.choice(["iso", "da", "dotted", "long", "us"])
            disp = {"iso": d.isoformat(), "da": d.strftime("%Y%m%d"), "dotted": d.strftime("%d.%m.%Y"),
                    "long": f"{d.day} {d.strftime('%B')} {d.year}", "us": d.strftime("%m/%d/%Y")}[form]
            joined = d.strftime("%Y%m%d") if r.random() < 0.5 else d.strftime("%Y_%m_%d")
            return dict(display=disp, joined=joined, kind=form, date=d.isoformat())
        if cat == "US_SSN":
            a, g, s = V.ssn(r)
            disp = f"{a}-{g}-{s}" if r.random() < 0.7 else f"{a} {g} {s}"
            return dict(display=disp, joined=f"{a}_{g}_{s}", kind="ssn")
        if cat == "MRN":
            d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
            form = r.choice(["mrn", "hc", "e", "bare", "mrl"])
            disp = {"mrn": "MRN" + d(7), "hc": f"HC{d(2)}-{d(6)}", "e": "E" + d(8), "bare": str(r.randint(1, 9)) + d(8),
                    "mrl": f"MRL-{d(3)}-{d(5)}"}[form]
            return dict(display=disp, joined=disp.replace("-", "_"), kind="mrn_" + form)
        if cat == "PHONE_NUMBER":
            npa, nxx, line = V.us_phone(r)
            form = r.choice(["e164", "paren", "dots", "intl"])
            disp = {"e164": f"+1{npa}{nxx}{line}", "paren": f"({npa}) {nxx}-{line}", "dots": f"{npa}.{nxx}.{line}",
                    "intl": f"+1 {npa} {nxx} {line}"}[form]
            return dict(display=disp, joined=f"1{npa}{nxx}{line}", kind=form)
        if cat == "EMAIL_ADDRESS":
            g, f = V.person(r, self.names)
            local = V.ascii_fold(r.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}{f[:3]}{r.randint(1, 99)}"])).lower()
            disp = f"{local}@{r.choice(EMAIL_DOMAINS)}"
            return dict(display=disp, joined=disp, kind="email")
        if cat == "STREET_ADDRESS":
            disp = V.street_address(r, with_city=r.random() < 0.75)
            return dict(display=disp, joined=re.sub(r"[^A-Za-z0-9]+", "-", disp).strip("-"), kind="us_street")
        if cat == "ZIP_CODE":
            disp = V.zip_code(r)
            return dict(display=disp, joined=disp.replace("-", "_"), kind="zip4" if "-" in disp else "zip5")
        if cat == "HEALTH_PLAN_ID":
            form = r.choice(["mbi", "mbi_dash", "member"])
            if form == "member":
                disp = "".join(r.choice("ABCDEFGHJKLMNPRTUVWXY") for _ in range(3)) + \
                       "".join(str(r.randint(0, 9)) for _ in range(9))
            else:
                m = V.mbi(r)
                disp = m if form == "mbi" else f"{m[:4]}-{m[4:7]}-{m[7:]}"
            return dict(display=disp, joined=disp.replace("-", ""), kind=form)
        if cat == "ACCOUNT_NUMBER":
            form = r.choice(["card", "iban", "pcn"])
            if form == "card":
                c = V.card(r)
                disp = " ".join(c[i:i + 4] for i in range(0, 16, 4)) if r.random() < 0.5 else c
                joined = c
            elif form == "iban":
                ib = V.iban(r, r.choice(sorted(V.IBAN_LEN)))
                disp = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if r.random() < 0.5 else ib
                joined = ib
            else:
                disp = "PCN" + "".join(str(r.randint(0, 9)) for _ in range(9))
                joined = disp
            return dict(display=disp, joined=joined, kind=form)
        if cat == "LICENSE_NUMBER":
            st, num = V.driver_licence(r)
            return dict(display=num, joined=num.replace("-", ""), kind="dl_" + st, state=st)
        if cat == "DEVICE_ID":
            form = r.choice(["imei", "mac", "udi", "serial"])
            disp = {"imei": V.imei, "mac": V.mac, "udi": V.udi, "serial": V.device_serial}[form](r)
            joined = re.sub(r"[^A-Za-z0-9]+", "_", disp).strip("_") if form != "mac" else disp.replace(":", "-")
            return dict(display=disp, joined=joined, kind=form)
        if cat == "VEHICLE_ID":
            v = V.vin(r)
            return dict(display=v, joined=v, kind="vin")
        if cat == "IP_ADDRESS":
            ip = V.public_ipv4(r) if r.random() < 0.75 else V.public_ipv6(r)
            return dict(display=ip, joined=ip, kind="ipv6" if ":" in ip else "ipv4")
        if cat == "URL":
            g, f = V.person(r, self.names)
            slug = V.ascii_fold(f"{g}-{f}").lower()
            form = r.choice(["fund", "profile", "portal", "linkedin"])
            disp = {"fund": f"https://www.gofundme.com/f/help-{slug}-with-surgery-costs",
                    "profile": f"https://www.facebook.com/{slug.replace('-', '.')}.{r.randint(10, 99)}",
                    "portal": f"https://mychart.{r.choice(['allina', 'fairview', 'multicare', 'piedmont'])}.org/MyChart/patients/{r.randint(10**7, 10**8)}",
                    "linkedin": f"https://www.linkedin.com/in/{slug}-{r.randrange(16**6):06x}"}[form]
            return dict(display=disp, joined=disp, kind="url_" + form)
        if cat == "SECRET":
            kind, s = V.secret(r)
            return dict(display=s, joined=s, kind="secret_" + kind)
        raise KeyError(cat)


# ---------------------------------------------------------------- slots
def positive_slots(rng):
    count = Counter()
    slots = []
    for surf in SURFACES:
        for _ in range(PER_SURFACE):
            ok = TOOLNAME_OK if surf == "tool_name" else FILENAME_OK if surf == "file_name" else \
                set(CATS) - {"URL"} if surf == "property_name" else set(CATS)
            used_here = Counter(c for s, c in slots if s == surf)
            cands = sorted(sorted(ok), key=lambda c: (count[c], used_here[c], rng.random()))
            c = cands[0]
            count[c] += 1
            slots.append((surf, c))
    return slots


def negative_slots(rng):
    slots = []
    for kind, n in HN_COUNTS.items():
        pool = HN[kind]
        for i in range(n):
            item = pool[i % len(pool)]
            if kind == "category_label_key":
                surf = "property_name"
            elif kind == "format_regex":
                surf = "pattern"
            elif kind == "code_enum":
                surf = "enum"
            elif kind == "tool_category_words":
                surf = "tool_name"
            elif kind == "file_name_category_words":
                surf = "file_name"
            elif kind == "category_words_text":
                surf = ["description", "title", "metadata"][i % 3]
            elif kind == "version_date":
                surf = ["metadata", "description", "default", "metadata"][i % 4]
            elif kind == "name_like_word":
                surf = ["enum", "const", "default", "examples", "title"][i % 5]
            else:  # reserved_placeholder
                surf = ["default", "examples", "const", "enum"][i % 4]
            slots.append((surf, kind, item))
    return slots


# ---------------------------------------------------------------- wrappers
def camel(stem):
    parts = re.split(r"[^A-Za-z0-9]+", stem)
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


def wrap(wrapper, host, hname, tool_name, tool_desc, ui_props):
    if wrapper == "asyncapi":
        doc = {"asyncapi": "3.0.0",
               "info": {"title": f"Beacon {hname} events", "version": "1.0.0",
                        "description": f"Events carrying a Beacon v2 {hname} document."},
               "channels": {hname: {"address": f"beacon/{hname}",
                                    "messages": {f"{hname}Message": {"$ref": f"#/components/messages/{hname}Message"}}}},
               "operations": {f"publish{hname}": {"action": "send", "channel": {"$ref": f"#/channels/{hname}"}}},
               "components": {"messages": {f"{hname}Message": {"contentType": "application/json",
                                                               "payload": {"$ref": f"#/components/schemas/{hname}"}}},
                              "schemas": {hname: host}}}
        return doc, f"/components/schemas/{ptr_tok(hname)}", None
    if wrapper == "ollama":
        doc = {"model": "llama3.1:8b", "stream": False,
               "messages": [{"role": "system", "content": "You answer questions about a Beacon v2 genomic data service."},
                            {"role": "user", "content": f"Which {hname} records match the current filters?"}],
               "tools": [{"type": "function", "function": {"name": tool_name, "description": tool_desc,
                                                            "parameters": host}}],
               "options": {"temperature": 0}}
        return doc, "/tools/0/function/parameters", "/tools/0/function"
    if wrapper == "jsonforms":
        doc = {"schema": host,
               "uischema": {"type": "VerticalLayout",
                            "elements": [{"type": "Control", "scope": f"#/properties/{k}"} for k in ui_props[:6]]}}
        return doc, "/schema", None
    doc = {"messages": [{"role": "system", "content": "You are a helpful assistant for a Beacon v2 data portal."},
                        {"role": "user", "content": f"List the {hname} entries for the selected dataset."}],
           "tools": [{"name": tool_name, "description": tool_desc, "parameters": host}]}
    return doc, "/tools/0/parameters", "/tools/0"


# ---------------------------------------------------------------- main build
def load_sources():
    man = [json.loads(l) for l in (SRC / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    for m in man:
        b = (SRC / m["file"]).read_bytes()
        if sha(b) != m["sha256"]:
            raise SystemExit(f"sha256 mismatch: {m['file']}")
    return man


def main():
    man = load_sources()
    rng = random.Random(SEED)
    names = json.loads((SRC / "names.json").read_text(encoding="utf-8"))
    beacon = [m for m in man if m["file"].startswith("beacon/")]
    asyncapi = [m for m in man if m["file"].startswith("asyncapi/")]
    with_props = [m for m in beacon if isinstance(json.loads((SRC / m["file"]).read_text()).get("properties"), dict)]
    hosts = sorted(rng.sample(with_props, 37), key=lambda m: m["file"])
    host_files = {m["file"] for m in hosts}
    real_units = [m for m in beacon if m["file"] not in host_files] + sorted(rng.sample(asyncapi, 24),
                                                                           key=lambda m: m["file"])
    for d in (PLANTED, REAL):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)

    # ---- real files: verbatim bytes
    with open(REAL / "MANIFEST.jsonl", "w", encoding="utf-8") as fh:
        for m in real_units:
            sub = "ga4gh-beacon-v2" if m["file"].startswith("beacon/") else "asyncapi-definitions"
            name = m["path"].replace("/", "__")
            (REAL / sub).mkdir(exist_ok=True)
            (REAL / sub / name).write_bytes((SRC / m["file"]).read_bytes())
            fh.write(json.dumps({"file": f"{sub}/{name}", "repo": m["repo"], "commit": m["commit"], "path": m["path"],
                                 "licence": m["licence"], "sha256": m["sha256"], "format": "json-schema"},
                                sort_keys=True) + "\n")

    # ---- planted files
    files = [(WRAPPERS[i % 4], i) for i in range(64)]
    pos = positive_slots(rng)
    neg = negative_slots(rng)
    # assign slots to files
    assign = {i: [] for _, i in files}
    tool_files = [i for w, i in files if w in TOOL_WRAPPERS]
    all_files = [i for _, i in files]

    def pick(cands, surf, penalty_neg=False):
        def load(i):
            return len(assign[i])
        opts = [i for i in cands if not (surf in ("tool_name", "tool_description", "file_name")
                                          and any(s == surf for s, *_ in assign[i]))]
        opts.sort(key=lambda i: (load(i), rng.random()))
        return opts[0]

    order = sorted(range(len(pos)), key=lambda k: (pos[k][0] not in ("tool_name", "tool_description", "file_name"),
                                                  rng.random()))
    for k in order:
        surf, cat = pos[k]
        i = pick(tool_files if surf.startswith("tool_") else all_files, surf)
        assign[i].append((surf, "POS", cat))
    norder = sorted(range(len(neg)), key=lambda k: (neg[k][0] not in ("tool_name", "file_name"), rng.random()))
    for k in norder:
        surf, kind, item = neg[k]
        i = pick(tool_files if surf.startswith("tool_") else all_files, surf)
        assign[i].append((surf, "NEG", (kind, item)))

    maker = Maker(rng, names)
    labels = []
    n_id = 0
    for w, i in files:
        m = hosts[i % len(hosts)]
        host = json.loads((SRC / m["file"]).read_text(encoding="utf-8"))
        stem = m["path"].split("/")[-2] + "_" + m["path"].split("/")[-1][:-5] if m["path"].startswith("models/") \
            else m["path"].split("/")[-1][:-5]
        hname = camel(stem)
        base = f"{m['repo']}@{m['commit']}:{m['path']}"
        ui_props = list(host["properties"].keys())
        props = host["properties"]
        tool_name = "query_" + re.sub(r"[^A-Za-z0-9_]+", "_", stem).strip("_").lower()
        tool_desc = (host.get("description") or f"Query Beacon v2 {stem}.") if isinstance(host.get("description"), str) \
            else f"Query Beacon v2 {stem}."
        file_stem = f"{w}.{stem}"
        pend = []  # (pointer_suffix relative to schema root or tool or "", surface, cat, value, kind, placement, raw)

        def newkey(cands):
            for c in cands:
                if c not in props:
                    return c
            n = 2
            while f"{cands[0]}_{n}" in props:
                n += 1
            return f"{cands[0]}_{n}"

        for surf, sign, payload in assign[i]:
            if sign == "POS":
                cat = payload
                v = maker.make(cat)
                disp, joined = v["display"], v["joined"]
                cue_ok = cat in STANDALONE
                use_key_cue = (not cue_ok) or rng.random() < 0.7
                phrase = rng.choice(PHRASES[cat])
                kc = rng.sample(KEY_CUES[cat], len(KEY_CUES[cat]))
                key = newkey(kc) if use_key_cue else newkey(rng.sample(NEUTRAL_KEYS, len(NEUTRAL_KEYS)))
                placement = "key_cue" if use_key_cue else "no_cue"
                raw = None
                if surf == "property_name":
                    if rng.random() < 0.6 or not cue_ok:
                        k = f"{rng.choice(KEY_CUES[cat])}_{joined}"
                        placement = "key_cue"
                    else:
                        k = joined
                        placement = "no_cue"
                    k = newkey([k])
                    props[k] = {"type": "string", "description": "Lotutako balioa / nauugnay na halaga / gwerth cysylltiedig."}
                    ptr, val = f"/properties/{ptr_tok(k)}", joined
                elif surf == "enum":
                    props[key] = {"type": "string", "enum": ["UNKNOWN", disp]}
                    ptr, val = f"/properties/{ptr_tok(key)}/enum/1", disp
                elif surf == "const":
                    props[key] = {"const": disp}
                    ptr, val = f"/properties/{ptr_tok(key)}/const", disp
                elif surf == "default":
                    props[key] = {"type": "string", "default": disp}
                    ptr, val = f"/properties/{ptr_tok(key)}/default", disp
                elif surf == "examples":
                    props[key] = {"type": "string", "examples": [disp]}
                    ptr, val = f"/properties/{ptr_tok(key)}/examples/0", disp
                elif surf == "pattern":
                    props[key] = {"type": "string", "pattern": f"^{esc(disp)}$"}
                    ptr, val, raw = f"/properties/{ptr_tok(key)}/pattern", esc(disp), disp
                elif surf == "pattern_property":
                    pp = host.setdefault("patternProperties", {})
                    rx = f"^{esc(disp)}$"
                    pp[rx] = {"type": "string", "description": phrase}
                    ptr, val, raw = f"/patternProperties/{ptr_tok(rx)}", esc(disp), disp
                    placement = "text_cue"
                elif surf == "title":
                    t = f"{phrase}: {disp}" if use_key_cue else disp
                    props[key] = {"type": "string", "title": t}
                    ptr, val = f"/properties/{ptr_tok(key)}/title", disp
                    placement = "text_cue" if use_key_cue else "no_cue"
                elif surf == "description":
                    props[key] = {"type": "string", "description": f"{phrase}: {disp}."}
                    ptr, val, placement = f"/properties/{ptr_tok(key)}/description", disp, "text_cue"
                elif surf == "metadata":
                    mk = rng.choice(["$comment", "x-dicom-remark", "x-x12-note", "x-oharra"])
                    props[key] = {"type": "string", mk: f"{phrase}: {disp}"}
                    ptr, val, placement = f"/properties/{ptr_tok(key)}/{ptr_tok(mk)}", disp, "text_cue"
                elif surf == "tool_name":
                    c = rng.choice(KEY_CUES[cat]) if (not cue_ok or rng.random() < 0.6) else ""
                    tool_name = (f"{tool_name[:20]}_{c}_{joined}" if c else f"{tool_name[:24]}_{joined}")
                    if len(tool_name) > 64 and c:
                        c = min(KEY_CUES[cat], key=len)
                        tool_name = f"get_{c}_{joined}"
                    tool_name = V.ascii_fold(tool_name)[:64]
                    assert joined in tool_name, (tool_name, joined)
                    pend.append(("TOOL", "/name", surf, cat, joined, v["kind"], "key_cue" if c else "no_cue", None))
                    continue
                elif surf == "tool_description":
                    tool_desc = f"{tool_desc} {phrase}: {disp}."
                    pend.append(("TOOL", "/description", surf, cat, disp, v["kind"], "text_cue", None))
                    continue
                elif surf == "file_name":
                    c = rng.choice(KEY_CUES[cat]) if (not cue_ok or rng.random() < 0.6) else ""
                    file_stem = f"{file_stem}.{c}_{joined}" if c else f"{file_stem}.{joined}"
                    pend.append(("FILE", "", surf, cat, joined, v["kind"], "key_cue" if c else "no_cue", None))
                    continue
                pend.append(("SCHEMA", ptr, surf, cat, val, v["kind"], placement, raw))
            else:
                kind, item = payload
                raw = None
                key = newkey(rng.sample(NEUTRAL_KEYS, len(NEUTRAL_KEYS)))
                if surf == "property_name":
                    k = newkey([item])
                    props[k] = {"type": "string"}
                    ptr, val = f"/properties/{ptr_tok(k)}", k
                elif surf == "pattern":
                    props[key] = {"type": "string", "pattern": item}
                    ptr, val = f"/properties/{ptr_tok(key)}/pattern", item
                elif surf == "enum":
                    if kind == "code_enum":
                        props[key] = {"type": "string", "enum": list(item)}
                        ptr, val = f"/properties/{ptr_tok(key)}/enum/{len(item) - 1}", item[-1]
                    else:
                        props[key] = {"type": "string", "enum": ["other", item]}
                        ptr, val = f"/properties/{ptr_tok(key)}/enum/1", item
                elif surf in ("const", "default", "title", "description"):
                    props[key] = {"type": "string", surf: item}
                    ptr, val = f"/properties/{ptr_tok(key)}/{surf}", item
                elif surf == "examples":
                    props[key] = {"type": "string", "examples": [item]}
                    ptr, val = f"/properties/{ptr_tok(key)}/examples/0", item
                elif surf == "metadata":
                    mk = ("x-x12-version" if item.startswith("0050") else "x-dicom-edition"
                          if (item.startswith("DICOM") or item == "2024c") else "$comment")
                    props[key] = {"type": "string", mk: item}
                    ptr, val = f"/properties/{ptr_tok(key)}/{ptr_tok(mk)}", item
                elif surf == "tool_name":
                    tool_name = item
                    pend.append(("TOOL", "/name", surf, "NONE", item, kind, "none", None))
                    continue
                elif surf == "file_name":
                    file_stem = f"{file_stem}.{item}"
                    pend.append(("FILE", "", surf, "NONE", item, kind, "none", None))
                    continue
                pend.append(("SCHEMA", ptr, surf, "NONE", val, kind, "none", raw))
        doc, root, toolp = wrap(w, host, hname, tool_name, tool_desc, ui_props)
        sub = {"asyncapi": "asyncapi-3", "ollama": "ollama-chat", "jsonforms": "jsonforms", "workersai": "workers-ai"}[w]
        fname = f"{sub}/{file_stem}.json"
        (PLANTED / sub).mkdir(exist_ok=True)
        (PLANTED / fname).write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        for where, ptr, surf, cat, val, kind, placement, raw in pend:
            n_id += 1
            full = root + ptr if where == "SCHEMA" else (toolp + ptr if where == "TOOL" else "")
            lab = {"id": f"e18-{n_id:04d}", "file": fname, "pointer": full, "surface": surf, "category": cat,
                   "value": val, "kind": kind, "placement": placement, "base": base}
            if raw is not None:
                lab["raw"] = raw
            labels.append(lab)
    with open(PLANTED / "labels.jsonl", "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    c = Counter(l["category"] for l in labels)
    print(f"planted files: {len(files)}  labels: {len(labels)}  positives: {len(labels) - c['NONE']}  "
          f"hard negatives: {c['NONE']}  real files: {len(real_units)}")


if __name__ == "__main__":
    main()
