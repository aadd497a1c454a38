#!/usr/bin/env python3
"""Deterministic builder for the twentieth set (seed 202020; stdlib + phonenumbers).

sources/ (Open mHealth schemas, Adyen component schemas) -> planted/<envelope>/*.json + planted/labels.jsonl.
Usage: build.py [OUTDIR]   (default: this folder; check.py builds into temp folders and compares)
"""
import copy, hashlib, json, random, re, sys, unicodedata
from pathlib import Path
import values as V

HERE = Path(__file__).resolve().parent
SEED = 202020
ENVS = ["anthropic-strict-tools", "anthropic-output-config", "openai-responses-tools", "openapi31-components"]
TOOL_ENVS = {"anthropic-strict-tools", "openai-responses-tools"}

# ---------------------------------------------------------------- hand-written name table (no Faker)
NAMES = [  # (given, family, culture, family-first order customary)
    ("Aroha", "Ngata", "Māori", False), ("Tupac", "Quispe", "Quechua", False), ("Oluwaseun", "Adeyemi", "Yoruba", False),
    ("Thi Lan", "Nguyen", "Vietnamese", True), ("Kwame", "Mensah", "Akan", False), ("Siobhán", "Ní Bhriain", "Irish", False),
    ("Ingrid", "Halvorsen", "Norwegian", False), ("Dmitri", "Volkov", "Russian", False), ("Fatima", "Al-Zahrani", "Saudi", False),
    ("Priya", "Raghunathan", "Tamil", False), ("Wei", "Zhang", "Chinese", True), ("Haruto", "Takahashi", "Japanese", True),
    ("Ji-woo", "Park", "Korean", True), ("Tomasz", "Wiśniewski", "Polish", False), ("Léa", "Fontaine", "French", False),
    ("Mateus", "Carvalho", "Brazilian", False), ("Ayşe", "Yıldırım", "Turkish", False), ("Nomvula", "Dlamini", "Zulu", False),
    ("Keoni", "Kahananui", "Hawaiian", False), ("Rivka", "Abramowitz", "Ashkenazi", False), ("Santiago", "Villalobos", "Costa Rican", False),
    ("Amara", "Okafor", "Igbo", False), ("Björn", "Lindqvist", "Swedish", False), ("Teuila", "Faleolo", "Samoan", False),
    ("Arjun", "Venkataraman", "Telugu", False), ("Mariam", "Haddad", "Lebanese", False), ("Eero", "Järvinen", "Finnish", False),
    ("Zsófia", "Kovács", "Hungarian", True), ("Declan", "O'Sullivan", "Irish", False), ("Lucía", "Echeverría", "Basque-Spanish", False),
    ("Tenzin", "Dorje", "Tibetan", False), ("Farhan", "Chowdhury", "Bengali", False), ("Nalani", "Akana", "Hawaiian", False),
    ("Bongani", "Khumalo", "Ndebele", False), ("Catalina", "Restrepo", "Colombian", False), ("Yusuf", "Demir", "Turkish", False),
]
TITLES = ["Dr.", "Mrs.", "Sra.", "Herr", "Mme", "Mr."]
EMAIL_DOMAINS = ["laposte.net", "yandex.com", "fastmail.com", "tutanota.com", "rediffmail.com", "free.fr", "t-online.de",
                 "sapo.pt", "virgilio.it", "o2.pl"]
STREETS = ["4417 Waialae Ave, Honolulu, HI 96816", "1289 N Milwaukee Ave, Apt 3R, Chicago, IL 60622",
           "77 Bleecker St #5C, New York, NY 10012", "2310 E Madison St, Seattle, WA 98112",
           "915 Magazine St, New Orleans, LA 70130", "61 Tremont Rd, Unit 2, Cambridge, MA 02139",
           "3408 Duval St, Austin, TX 78705", "Calle de Serrano 41, 3º izq., 28001 Madrid", "Keizersgracht 324-II, 1016 EZ Amsterdam",
           "180 Ridgewood Ave, Glen Ridge, NJ 07028"]


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ı", "i")


def slug(s, sep):
    return re.sub(r"[^a-z0-9]+", sep, fold(s).lower()).strip(sep)


def person(n, form, rng):
    g, f, _, ff = n
    return {"full": f"{f} {g}" if ff else f"{g} {f}", "family_comma_upper": f"{f.upper()}, {g}", "family_comma": f"{f}, {g}",
            "titled": f"{rng.choice(TITLES)} {g} {f}", "upper": f"{g} {f}".upper(), "lower": f"{g} {f}".lower(),
            "family_first_caps": f"{f.upper()} {g}", "slug": slug(f"{g} {f}", "-"), "snake": slug(f"{g} {f}", "_"),
            "camel": slug(g, "").lower() + slug(f, "").capitalize(), "initial": f"{g[0]}. {f}"}[form]


# ---------------------------------------------------------------- cues (keys and text, several languages)
KEY_CUES = {
    "PERSON": ["patientName", "nombre_paciente", "nom_du_patient", "patientenname", "nome_completo", "naam_patient", "guardianFullName", "患者氏名"],
    "DATE_OF_BIRTH": ["dateOfBirth", "fecha_nacimiento", "geburtsdatum", "date_de_naissance", "data_nascimento", "geboortedatum", "birth_dt", "生年月日", "dob"],
    "MRN": ["mrn", "medicalRecordNumber", "numero_historia_clinica", "patientennummer", "num_dossier_medical", "prontuario", "chartNo", "med_rec_no", "patientnummer_zkh"],
    "US_SSN": ["ssn", "socialSecurityNumber", "ss_no", "numero_seguro_social", "sozialversicherungsnummer_us", "ssnFull"],
    "HEALTH_PLAN_ID": ["medicareMbi", "memberId", "subscriber_id", "medicaid_cin", "numero_afiliado", "versichertennummer", "adherent_mutuelle", "beneficiaryId", "medi_cal_bic"],
    "ACCOUNT_NUMBER": ["bankAccount", "iban", "rekeningnummer", "numero_cuenta", "kontonummer", "numero_compte", "cardNumber", "hospitalAccountNo", "conta_bancaria", "har_number"],
    "LICENSE_NUMBER": ["driversLicense", "dl_number", "rijbewijsnummer", "licencia_conducir", "fuehrerschein_nr", "permis_de_conduire", "numero_cnh", "dlNo", "driver_license_no"],
    "PHONE_NUMBER": ["phone", "telefono", "telefonnummer", "telefoonnummer", "numero_portable", "celular", "mobileNo", "contact_tel"],
    "EMAIL_ADDRESS": ["email", "correo_electronico", "courriel", "e_mail_adresse", "emailPaciente"],
    "STREET_ADDRESS": ["homeAddress", "direccion", "adresse_postale", "anschrift", "endereco", "woonadres", "street_addr"],
    "ZIP_CODE": ["zip", "zipCode", "postal_code", "codigo_postal", "postleitzahl", "code_postal", "zip4"],
    "DEVICE_ID": ["deviceSerial", "imei", "mac_address", "udi", "numero_serie_implante", "geraete_seriennummer", "implantSerialNo"],
    "VEHICLE_ID": ["vin", "vehicleVin", "numero_chasis", "fahrgestellnummer", "kenteken", "license_plate", "placa_veiculo"],
    "IP_ADDRESS": ["clientIp", "ip_address", "direccion_ip", "ip_adres", "remoteAddr"],
    "URL": ["profileUrl", "portal_link", "pagina_personal", "spendenseite", "crowdfunding_url"],
    "SECRET": ["apiKey", "password", "contrasena", "passwort", "mot_de_passe", "wachtwoord", "access_token", "db_url", "clientSecret"],
}
TEXT_CUES = {
    "PERSON": ["Patient: {v}", "Paciente: {v}", "Patientin {v}", "Nom du patient : {v}", "Contato de emergência: {v}", "guardian {v}", "subscriber {v}"],
    "DATE_OF_BIRTH": ["DOB {v}", "born {v}", "geboren am {v}", "fecha de nacimiento: {v}", "né le {v}", "data de nascimento {v}", "geboortedatum {v}", "生年月日 {v}", "birth date {v}"],
    "MRN": ["MRN {v}", "medical record no. {v}", "historia clínica nº {v}", "Patientennummer {v}", "n° de dossier {v}", "prontuário {v}", "chart #{v}"],
    "US_SSN": ["SSN {v}", "social security no. {v}", "número de seguro social {v}", "SS# {v}"],
    "HEALTH_PLAN_ID": ["Medicare MBI {v}", "member ID {v}", "Medicaid CIN {v}", "número de afiliado {v}", "Medi-Cal BIC {v}", "subscriber id {v}"],
    "ACCOUNT_NUMBER": ["IBAN {v}", "rekeningnummer {v}", "número de cuenta {v}", "Kontonummer {v}", "card on file {v}", "hospital account {v}", "routing/account {v}"],
    "LICENSE_NUMBER": ["driver's license {v}", "DL# {v}", "rijbewijs {v}", "licencia de conducir {v}", "Führerschein-Nr. {v}", "permis de conduire n° {v}"],
    "PHONE_NUMBER": ["tel. {v}", "teléfono {v}", "Telefon {v}", "call {v}", "mobile {v}", "telemóvel {v}"],
    "EMAIL_ADDRESS": ["email {v}", "correo {v}", "courriel : {v}"],
    "STREET_ADDRESS": ["home address: {v}", "domicilio: {v}", "Wohnadresse: {v}", "adresse : {v}"],
    "ZIP_CODE": ["ZIP {v}", "zip code {v}", "código postal {v}", "ZIP+4 {v}"],
    "DEVICE_ID": ["IMEI {v}", "MAC {v}", "UDI {v}", "implant serial {v}", "número de serie {v}", "Seriennummer {v}"],
    "VEHICLE_ID": ["VIN {v}", "número de chasis {v}", "kenteken {v}", "plate {v}"],
    "IP_ADDRESS": ["client IP {v}", "dirección IP {v}", "IP-Adresse {v}", "from {v}"],
    "URL": ["profile {v}", "fundraiser: {v}", "portal {v}", "página {v}"],
    "SECRET": ["api key {v}", "password: {v}", "Passwort {v}", "token {v}", "connection string {v}"],
}
TOK_CUES = {"PERSON": ["patient", "pt", "paciente"], "DATE_OF_BIRTH": ["dob", "geb", "nac"], "MRN": ["mrn", "chart", "hc"],
            "US_SSN": ["ssn"], "HEALTH_PLAN_ID": ["mbi", "member", "cin", "bic"], "ACCOUNT_NUMBER": ["iban", "acct", "har", "card"],
            "LICENSE_NUMBER": ["dl", "license", "rijbewijs"], "PHONE_NUMBER": ["tel", "phone"], "EMAIL_ADDRESS": ["email"],
            "ZIP_CODE": ["zip", "plz"], "DEVICE_ID": ["imei", "serial", "udi", "mac"], "VEHICLE_ID": ["vin", "plate"],
            "IP_ADDRESS": ["ip"], "URL": ["url"], "SECRET": ["key", "token"], "STREET_ADDRESS": ["addr"]}
FMT_CUES = {  # (category, format) -> (key cues, text cues, token cues) when the category-wide lists do not fit the format
    ("ACCOUNT_NUMBER", "iban"): (["iban", "rekeningnummer", "kontonummer", "numero_compte", "bankAccount", "conta_bancaria", "numero_cuenta"],
                                 ["IBAN {v}", "rekeningnummer {v}", "Kontonummer {v}", "número de cuenta {v}", "n° de compte {v}"], ["iban", "acct"]),
    ("ACCOUNT_NUMBER", "card"): (["cardNumber", "numero_tarjeta", "kartennummer", "card_pan"], ["card on file {v}", "tarjeta {v}", "Kartennummer {v}"], ["card", "pan"]),
    ("ACCOUNT_NUMBER", "aba_account"): (["bankAccount", "routing_and_account", "ach_account"], ["routing/account {v}", "ACH routing and account {v}"], ["ach"]),
    ("ACCOUNT_NUMBER", "hospital_account"): (["hospitalAccountNo", "har_number", "guarantor_account", "cuenta_hospitalaria"],
                                             ["hospital account {v}", "HAR {v}", "cuenta hospitalaria {v}"], ["har", "acct"]),
    ("HEALTH_PLAN_ID", "mbi"): (["medicareMbi", "mbi", "medicare_id", "beneficiaryId"], ["Medicare MBI {v}", "MBI {v}", "Medicare beneficiary {v}"], ["mbi", "medicare"]),
    ("HEALTH_PLAN_ID", "member"): (["memberId", "subscriber_id", "numero_afiliado", "versichertennummer", "adherent_mutuelle", "plan_member_no"],
                                   ["member ID {v}", "subscriber id {v}", "número de afiliado {v}", "Versichertennummer {v}"], ["member", "sub"]),
    ("HEALTH_PLAN_ID", "medicaid"): (["medicaid_cin", "medicaidId", "cin_medicaid"], ["Medicaid CIN {v}", "Medicaid ID {v}"], ["cin", "medicaid"]),
    ("HEALTH_PLAN_ID", "medi"): (["medi_cal_bic", "mediCalId", "bic_id"], ["Medi-Cal BIC {v}", "Medi-Cal ID {v}"], ["bic", "medical"]),
    ("DEVICE_ID", "imei"): (["imei", "device_imei", "imei_telefono"], ["IMEI {v}"], ["imei"]),
    ("DEVICE_ID", "mac"): (["mac_address", "macAddr", "adresse_mac"], ["MAC {v}", "MAC-Adresse {v}"], ["mac"]),
    ("DEVICE_ID", "udi"): (["udi", "udiCarrier", "implant_udi"], ["UDI {v}", "UDI-DI/PI {v}"], ["udi"]),
    ("DEVICE_ID", "implant"): (["implantSerialNo", "numero_serie_implante", "geraete_seriennummer", "deviceSerial"],
                               ["implant serial {v}", "número de serie {v}", "Seriennummer {v}"], ["serial", "sn"]),
    ("VEHICLE_ID", "vin"): (["vin", "vehicleVin", "numero_chasis", "fahrgestellnummer"], ["VIN {v}", "número de chasis {v}", "Fahrgestellnummer {v}"], ["vin"]),
    ("VEHICLE_ID", "plate"): (["license_plate", "kenteken", "placa_veiculo", "plateNo"], ["plate {v}", "kenteken {v}", "placa {v}"], ["plate", "kenteken"]),
    ("ZIP_CODE", "zip5"): (["zip", "zipCode", "postal_code", "codigo_postal", "code_postal"], ["ZIP {v}", "zip code {v}", "código postal {v}"], ["zip"]),
    ("ZIP_CODE", "zip4"): (["zip4", "zipPlus4", "zip_code"], ["ZIP+4 {v}", "zip code {v}"], ["zip"]),
    ("SECRET", "pg"): (["db_url", "database_url", "connection_string"], ["connection string {v}", "DSN {v}"], ["dsn"]),
    ("SECRET", "password"): (["password", "contrasena", "passwort", "mot_de_passe", "wachtwoord"], ["password: {v}", "Passwort {v}", "contraseña: {v}"], ["pw"]),
    ("SECRET", "jwt"): (["access_token", "bearerToken", "id_token"], ["token {v}", "Bearer {v}"], ["token"]),
    ("SECRET", ""): (["apiKey", "api_key", "clientSecret", "secret_key"], ["api key {v}", "API-Schlüssel {v}", "clé API {v}"], ["key"]),
}


def cues(cat, fmt):
    best = None
    for (c, f), v in FMT_CUES.items():
        if c == cat and fmt.startswith(f) and (best is None or len(f) > len(best[0])):
            best = (f, v)
    if best:
        return best[1]
    return KEY_CUES[cat], TEXT_CUES[cat], TOK_CUES[cat]


NEUTRAL_KEYS = ["note", "source_ref", "label", "external_tag", "annotation", "free_text", "legacy_value", "display_hint",
                "remark", "origin", "context_note", "sample_value", "comment_field", "aux"]
NOCUE_TEXT = ["Imported from {v}.", "{v}", "Seeded with {v} during the migration.", "Copied from {v} (see ticket).",
              "Last edited by {v}.", "Owner: {v}"]
NOCUE_OK = {"PERSON", "EMAIL_ADDRESS", "URL", "IP_ADDRESS", "SECRET", "STREET_ADDRESS"}
NOCUE_FORMATS = {"vin", "iban", "iban_compact", "card", "E164", "INTL", "mac", "udi"}
VERBS = ["get", "fetch", "sync", "export", "notify", "update", "lookup", "record"]


def esc(s):
    return re.sub(r"([\\.^$*+?{}\[\]|()])", r"\\\1", s)


# ---------------------------------------------------------------- positive items (category, format, raw)
def positives(rng):
    out = []
    names = NAMES[:]
    rng.shuffle(names)
    ni = iter(names)
    for form in ["full", "family_comma_upper", "family_comma", "titled", "upper", "lower", "family_first_caps", "slug",
                 "snake", "camel", "full", "initial", "full", "snake", "slug", "family_comma"]:
        out.append(("PERSON", form, person(next(ni), form, rng)))
    for form in ["iso", "us", "eu_dot", "eu_slash", "compact", "snake", "en_long", "de_long", "es_long", "fr_long", "nl_long", "pt_long", "ja"]:
        out.append(("DATE_OF_BIRTH", form, V.dob(rng, form)))
    for st in ["mrn_dash", "mr_hash", "epic_e", "bare9", "hc_year", "nhi_like"] * 2:
        out.append(("MRN", st, V.mrn(rng, st)))
    for f in ["mbi", "mbi_dash", "mbi", "mbi", "member", "member", "member", "medicaid_ny", "medicaid_ny", "medicaid_ny", "medical_bic", "medical_bic"]:
        if f.startswith("mbi"):
            m = V.mbi(rng)
            out.append(("HEALTH_PLAN_ID", f, m if f == "mbi" else f"{m[:4]}-{m[4:7]}-{m[7:]}"))
        else:
            out.append(("HEALTH_PLAN_ID", f, {"member": V.member_id, "medicaid_ny": V.medicaid_ny, "medical_bic": V.medical_bic}[f](rng)))
    for cc, compact in [("NL", False), ("DE", True), ("FR", False), ("ES", True), ("BE", False)]:
        i = V.iban(rng, cc)
        out.append(("ACCOUNT_NUMBER", "iban_compact" if compact else "iban", i.replace(" ", "") if compact else i))
    for _ in range(2):
        out.append(("ACCOUNT_NUMBER", "aba_account", f"{V.aba(rng)} {rng.randint(10**9, 10**12 - 1)}"))
    for b in ["visa", "mc", "amex"]:
        c = V.card(rng, b)
        out.append(("ACCOUNT_NUMBER", "card", c if b != "mc" else " ".join(c[i:i + 4] for i in range(0, 16, 4))))
    for _ in range(3):
        out.append(("ACCOUNT_NUMBER", "hospital_account", V.hospital_account(rng)))
    for st in ["CA", "NY", "TX", "PA", "FL", "IL", "WA", "NJ", "MI", "OH", "MN", "WI"]:
        out.append(("LICENSE_NUMBER", "dl_" + st, V.dl(rng, st)))
    for sep in ["-", "-", "-", "-", " ", " ", "_", "_", "", ""]:
        out.append(("US_SSN", "ssn" + {"-": "_dash", " ": "_space", "_": "_underscore", "": "_bare"}[sep], V.ssn(rng).replace("-", sep)))
    for reg, fmt in [("US", "NATL"), ("US", "NATL"), ("US", "E164"), ("GB", "INTL"), ("DE", "INTL"), ("BR", "INTL"),
                     ("IN", "E164"), ("JP", "INTL"), ("MX", "INTL"), ("NG", "INTL")]:
        out.append(("PHONE_NUMBER", f"{fmt}" if reg != "US" or fmt == "E164" else "NATL", V.phone(rng, reg, fmt)))
    for i, dom in enumerate(EMAIL_DOMAINS[:9]):
        g, f = slug(names[i][0], ""), slug(names[i][1], "")
        local = [f"{g}.{f}", f"{g[0]}{f}{rng.randint(50, 99)}", f"{f}_{g}"][i % 3]
        out.append(("EMAIL_ADDRESS", "email", f"{local}@{dom}"))
    for s in STREETS[:9]:
        out.append(("STREET_ADDRESS", "street", s))
    for f in ["zip5"] * 5 + ["zip4"] * 4:
        out.append(("ZIP_CODE", f, V.zip5(rng) if f == "zip5" else V.zip4(rng)))
    for f in ["imei", "imei", "imei", "mac", "mac_dash", "mac_dot", "udi", "udi", "implant", "implant"]:
        if f == "mac_dot":
            m = V.mac(rng, "").lower()
            val = ".".join(m[i:i + 4] for i in range(0, 12, 4))
        else:
            val = {"imei": lambda: V.imei(rng), "mac": lambda: V.mac(rng), "mac_dash": lambda: V.mac(rng, "-"),
                   "udi": lambda: V.udi(rng), "implant": lambda: V.implant_serial(rng)}[f]()
        out.append(("DEVICE_ID", "mac" if f.startswith("mac") else f, val))
    for _ in range(7):
        out.append(("VEHICLE_ID", "vin", V.vin(rng)))
    out.append(("VEHICLE_ID", "plate_CA", V.plate(rng, "CA")))
    out.append(("VEHICLE_ID", "plate_NL", V.plate(rng, "NL")))
    for f in ["ipv4", "ipv4", "ipv4", "ipv4", "ipv4", "ipv4_port", "ipv6", "ipv6", "ipv6_full"]:
        out.append(("IP_ADDRESS", f, V.ipv4(rng) if f == "ipv4" else f"{V.ipv4(rng)}:{rng.choice([8443, 3000, 51820])}"
                    if f == "ipv4_port" else V.ipv6(rng, f == "ipv6_full")))
    un = names[16:25]
    urls = [lambda n: f"https://www.gofundme.com/f/help-{slug(n[0] + ' ' + n[1], '-')}-with-dialysis-costs",
            lambda n: f"https://www.caringbridge.org/site/{slug(n[0] + n[1], '')}",
            lambda n: f"https://www.linkedin.com/in/{slug(n[0] + ' ' + n[1], '-')}-{rng.randint(16**5, 16**6):x}",
            lambda n: f"https://www.facebook.com/{slug(n[0], '')}.{slug(n[1], '')}.{rng.randint(10, 99)}",
            lambda n: f"https://mychart.stlukesonline.org/MyChart/Patient/{rng.randint(10**7, 10**8)}/Summary",
            lambda n: f"https://www.justgiving.com/crowdfunding/{slug(n[1], '')}-family",
            lambda n: f"https://portal.kaweahhealth.org/patients/{rng.randint(10**8, 10**9)}/records?visit={rng.randint(1000, 9999)}",
            lambda n: f"https://www.instagram.com/{slug(n[0], '')}_{slug(n[1], '')}/",
            lambda n: f"https://x.com/{slug(n[0], '')}{slug(n[1], '')[:4]}{rng.randint(70, 99)}"]
    for n, u in zip(un, urls):
        out.append(("URL", "url", u(n)))
    for k in ["anthropic", "openai", "aws", "github", "slack", "stripe", "google", "jwt", "pg", "password"]:
        if k == "jwt":
            v = V.jwt(rng, f"user-{rng.randint(1000, 9999)}")
        elif k == "password":
            v = rng.choice(["Quetzal#", "Fjord!", "Mango$"]) + str(rng.randint(1000, 9999)) + rng.choice(["xK", "pQ", "zR"])
        else:
            v = V.secret(rng, k)
        out.append(("SECRET", k, v))
    return out


# ---------------------------------------------------------------- hard negatives
def negatives():
    N = []
    for k, extra in [("dateOfBirth", {"format": "date"}), ("fecha_nacimiento", {"format": "date"}), ("geburtsdatum", {"format": "date"}),
                     ("patient_name", {}), ("nom_patient", {}), ("mrn", {}), ("numero_prontuario", {}), ("memberId", {}),
                     ("versichertennummer", {}), ("ssn", {}), ("iban", {}), ("rijbewijsnummer", {}), ("email", {"format": "email"}),
                     ("password", {"writeOnly": True})]:
        N.append(dict(kind="category_label_key", surface="property_name", key=k, schema={"type": "string", **extra}, value=k))
    for k, rx in [("identifier", r"^\d{3}-\d{2}-\d{4}$"), ("beneficiary_code", r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$"),
                  ("record_ref", r"^MRN-\d{7}$"), ("contact", r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$"), ("account_ref", r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$"),
                  ("chassis", r"^[A-HJ-NPR-Z0-9]{17}$"), ("callback", r"^\+[1-9]\d{1,14}$"), ("postal", r"^\d{5}(-\d{4})?$"),
                  ("source_host", r"^(\d{1,3}\.){3}\d{1,3}$"), ("measured_on", r"^\d{4}-\d{2}-\d{2}$")]:
        N.append(dict(kind="format_regex", surface="pattern", key=k, schema={"type": "string", "pattern": rx}, value=rx))
    for k, en, i in [("icd10_code", ["E11.9", "I10", "J45.909", "Z79.4"], 2), ("loinc_code", ["8480-6", "8462-4", "8867-4", "29463-7"], 0),
                     ("snomed_site", ["75367002", "271649006", "271650006"], 1), ("cpt_code", ["99213", "99214", "93000"], 0),
                     ("rxnorm_cui", ["860975", "197361", "314076"], 1), ("us_state", ["CA", "NY", "TX", "HI"], 3),
                     ("country_code", ["NL", "BR", "SG", "AU"], 1), ("currency", ["EUR", "USD", "SGD"], 0),
                     ("ucum_unit", ["mm[Hg]", "kg/m2", "/min"], 0), ("abo_rh", ["A+", "O-", "AB+"], 2),
                     ("nucc_taxonomy", ["207Q00000X", "208D00000X"], 0), ("administrative_sex", ["F", "M", "U", "A"], 1)]:
        N.append(dict(kind="code_enum", surface="enum", key=k, schema={"type": "string", "enum": en}, idx=i, value=en[i]))
    for k, surf, v in [("email", "examples", "jane.doe@example.com"), ("correo", "default", "paciente@example.org"),
                       ("phone", "examples", "(212) 555-0147"), ("telefono", "default", "+1 312 555 0123"),
                       ("client_ip", "examples", "192.0.2.44"), ("remote_addr", "default", "198.51.100.7"),
                       ("gateway_ip", "const", "203.0.113.250"), ("ipv6_addr", "examples", "2001:db8::7:1f"),
                       ("ssn", "default", "000-00-0000"), ("ssn_masked", "examples", "XXX-XX-XXXX"),
                       ("apiKey", "default", "YOUR_API_KEY"), ("mrn", "examples", "MRN-XXXXXXX"),
                       ("patient_url", "examples", "https://example.com/patients/{patientId}"), ("x_api_key", "default", "<ADYEN_API_KEY>")]:
        sch = {"type": "string"}
        sch[surf] = [v] if surf == "examples" else v
        N.append(dict(kind="reserved_placeholder", surface=surf, key=k, schema=sch, value=v))
    for spec in [dict(surface="metadata", root="$schema", v="https://json-schema.org/draft/2020-12/schema", value="2020-12"),
                 dict(surface="metadata", root="$schema", v="https://json-schema.org/draft/2019-09/schema", value="2019-09"),
                 dict(surface="metadata", root="$schema", v="https://json-schema.org/draft/2020-12/schema", value="2020-12"),
                 dict(surface="const", key="apiVersion", schema={"type": "string", "const": "2024-10-22"}, value="2024-10-22"),
                 dict(surface="default", key="schema_version", schema={"type": "string", "default": "2023-06-01"}, value="2023-06-01"),
                 dict(surface="metadata", key="x-since", v="2021-11-09", value="2021-11-09"),
                 dict(surface="description", root="description", v="Available since API version 2022-04-01.", value="2022-04-01"),
                 dict(surface="enum", key="spec_release", schema={"type": "string", "enum": ["2019-02-01", "2023-10-01"]}, idx=1, value="2023-10-01"),
                 dict(surface="metadata", key="x-deprecated-on", v="2025-03-31", value="2025-03-31"),
                 dict(surface="examples", key="release_date", schema={"type": "string", "examples": ["2024-07-15"]}, value="2024-07-15")]:
        N.append(dict(kind="version_date", **spec))
    for k, en, i in [("reporting_month", ["June", "July"], 0), ("report_month", ["March", "August"], 1), ("issuing_country", ["Jordan", "Chad"], 0),
                     ("origin_country", ["Georgia", "Kenya"], 0), ("clinic_city", ["Austin", "Denver"], 0), ("site_city", ["Florence", "Lyon"], 0),
                     ("vehicle_make", ["Lincoln", "Subaru"], 0), ("car_brand", ["Mercedes", "Kia"], 0), ("document_type", ["Will", "Deed", "Lease"], 0),
                     ("season", ["Summer", "Autumn"], 0)]:
        N.append(dict(kind="name_like_word", surface="enum", key=k, schema={"type": "string", "enum": en}, idx=i, value=en[i]))
    for t in ["This record may carry the patient's date of birth (YYYY-MM-DD) and medical record number.",
              "Enthält Geburtsdatum und Versichertennummer des Patienten.", "Puede incluir el número de historia clínica y el teléfono del paciente.",
              "Peut contenir l'adresse e-mail et le numéro de sécurité sociale du patient.",
              "Bevat het IBAN-rekeningnummer van de rekeninghouder; nooit loggen.", "Member ID and driver's license number are masked before export."]:
        N.append(dict(kind="category_words_text", surface="description", root="description", v=t, value=t))
    for t in ["lookup_patient_by_mrn", "verify_member_eligibility_by_dob", "get_patient_ssn_last4"]:
        N.append(dict(kind="tool_category_words", surface="tool_name", v=t, value=t))
    for t in ["patient-intake", "member-ssn-dob", "mrn-lookup"]:
        N.append(dict(kind="file_name_category_words", surface="file_name", v=t, value=t))
    return N


# ---------------------------------------------------------------- envelopes
def snake(s):
    return re.sub(r"[^a-z0-9]+", "_", re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()).strip("_")


class Doc:
    def __init__(self, env, fam, stem, schema, base, rng):
        self.env, self.fam, self.stem, self.base = env, fam, stem, base
        self.schema = schema
        self.used = set()
        self.labels = []
        self.fname_extra = None
        topic = snake(stem.split(".")[-1]) if fam == "adyen" else snake(re.sub(r"-\d+\.\d+$", "", stem))
        self.tool_name = f"submit_{topic}"[:64]
        what = f"Open mHealth {stem}" if fam == "omh" else f"Adyen {stem.split('.')[-1]}"
        self.tool_desc = f"Validates and stores one {what} payload."
        self.user_id = "%08x-%04x-4%03x-a%03x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12), rng.getrandbits(12), rng.getrandbits(48))
        if env == "anthropic-strict-tools":
            self.sp = "/tools/0/input_schema"
        elif env == "anthropic-output-config":
            self.sp = "/output_config/format/schema"
        elif env == "openai-responses-tools":
            self.sp = "/tools/0/parameters"
        else:
            self.sp = "/components/schemas/" + re.sub(r"[^A-Za-z0-9]", "", topic.title())
        self.keyn = 0

    def render(self):
        s = self.schema
        if self.env == "anthropic-strict-tools":
            return {"model": "claude-sonnet-4-5", "max_tokens": 1024, "metadata": {"user_id": self.user_id},
                    "messages": [{"role": "user", "content": "Store the attached reading."}],
                    "tools": [{"name": self.tool_name, "description": self.tool_desc, "input_schema": s, "strict": True}],
                    "tool_choice": {"type": "tool", "name": self.tool_name}}
        if self.env == "anthropic-output-config":
            return {"model": "claude-sonnet-4-5", "max_tokens": 2048,
                    "messages": [{"role": "user", "content": "Extract the record from the attached export."}],
                    "output_config": {"format": {"type": "json_schema", "schema": s}}}
        if self.env == "openai-responses-tools":
            return {"model": "gpt-5", "input": "Store the attached reading.", "parallel_tool_calls": False,
                    "tools": [{"type": "function", "name": self.tool_name, "description": self.tool_desc, "parameters": s, "strict": True}]}
        name = self.sp.split("/")[-1]
        return {"openapi": "3.1.0", "info": {"title": f"{name} records", "version": "1.0.0"}, "paths": {},
                "components": {"schemas": {name: s}}}

    def file(self):
        return f"{self.env}/{self.fam}.{self.stem}{'.' + self.fname_extra if self.fname_extra else ''}.json"

    def newkey(self, key):
        props = self.schema.setdefault("properties", {})
        k, i = key, 2
        while k in props:
            k, i = f"{key}_{i}", i + 1
        return k


def ptr(*toks):
    return "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in toks)


# ---------------------------------------------------------------- planting
SURFACES = ["property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples", "default",
            "tool_name", "tool_description", "file_name", "metadata"]


def nocue_ok(cat, fmt):
    return cat in NOCUE_OK or fmt in NOCUE_FORMATS


def key_token(cat, fmt, raw):
    """The value as it would appear inside a key/tool name/file name, or None."""
    if cat == "PERSON":
        return raw if fmt in ("snake", "slug", "camel") else None
    if re.fullmatch(r"[A-Za-z0-9_.@+:-]{1,46}", raw):
        return raw
    return None


def eligible(cat, fmt, raw):
    tok = key_token(cat, fmt, raw)
    el = ["enum", "const", "examples", "default", "title", "description", "tool_description", "metadata"]
    if len(raw) <= 60 and cat != "SECRET" or cat == "SECRET" and len(raw) <= 45:
        el.append("pattern")
    if tok and len(tok) <= 40 and ":" not in tok:
        el += ["property_name", "pattern_property"]
        if re.fullmatch(r"[A-Za-z0-9_-]+", tok) and len(tok) <= 40:
            el.append("tool_name")
        if re.fullmatch(r"[A-Za-z0-9_.@+-]+", tok):
            el.append("file_name")
    if cat == "PERSON" and tok is None:
        el = [e for e in el if e != "pattern"] + ["pattern"]
    return el


def placements(surface, cat, fmt):
    nc = nocue_ok(cat, fmt)
    p = {"property_name": ["key_cue"], "pattern_property": ["key_cue"], "enum": ["key_cue", "text_cue"],
         "const": ["key_cue", "text_cue"], "default": ["key_cue", "text_cue"], "examples": ["key_cue", "text_cue"],
         "pattern": ["key_cue"], "title": ["text_cue"], "description": ["text_cue"], "tool_description": ["text_cue"],
         "metadata": ["key_cue", "text_cue"], "tool_name": ["text_cue"], "file_name": ["text_cue"]}[surface][:]
    if nc:
        p.append("no_cue")
    return p


def plant_pos(doc, item, surface, placement, rng):
    cat, fmt, raw = item
    sp = doc.sp
    tok = key_token(cat, fmt, raw)
    kl, tl, ol = cues(cat, fmt)
    kc, tc, tokc = rng.choice(kl), rng.choice(tl), rng.choice(ol)
    lab = dict(surface=surface, category=cat, placement=placement, format=fmt)
    val = raw
    if surface == "property_name":
        key = doc.newkey(f"{tokc}_{tok}" if placement == "key_cue" else tok)
        doc.schema["properties"][key] = {"type": "string"}
        p = ptr(*sp.strip("/").split("/")) if False else sp + ptr("properties", key)
        val, kind = tok, "key_literal" if placement == "no_cue" else "snake_joined"
    elif surface == "pattern_property":
        rx = f"^{tokc}_{esc(tok)}$" if placement == "key_cue" else f"^{esc(tok)}(_[a-z]+)?$"
        doc.schema.setdefault("patternProperties", {})[rx] = {"type": "string"}
        p, val, kind = sp + ptr("patternProperties", rx), esc(tok), "regex_key"
        if val != tok:
            lab["raw"] = tok
    elif surface in ("enum", "const", "default", "examples", "pattern", "title"):
        key = doc.newkey(kc if placement == "key_cue" else rng.choice(NEUTRAL_KEYS))
        text = tc.format(v=raw) if placement == "text_cue" else raw
        sch = {"type": "string"}
        kind = "literal" if placement != "text_cue" else "in_text"
        if surface == "enum":
            sch["enum"] = [text, "unknown"] if rng.random() < 0.5 else [text]
            p = sp + ptr("properties", key, "enum", 0)
        elif surface == "examples":
            sch["examples"] = [text]
            p = sp + ptr("properties", key, "examples", 0)
        elif surface == "pattern":
            sch["pattern"] = f"^{esc(raw)}$"
            val = esc(raw)
            if val != raw:
                lab["raw"] = raw
            p, kind = sp + ptr("properties", key, "pattern"), "regex_literal"
        elif surface == "title":
            t = text if placement == "text_cue" else rng.choice(NOCUE_TEXT[:3]).format(v=raw)
            sch["title"] = t
            p = sp + ptr("properties", key, "title")
        else:
            sch[surface] = text
            p = sp + ptr("properties", key, surface)
        doc.schema["properties"][key] = sch
    elif surface == "description":
        sent = (tc.format(v=raw) + ".") if placement == "text_cue" else rng.choice(NOCUE_TEXT).format(v=raw)
        kind = "in_text"
        if "description" not in doc.used and rng.random() < 0.5:
            doc.used.add("description")
            d = doc.schema.get("description")
            doc.schema["description"] = (d.rstrip() + " " + sent) if d else sent
            p = sp + "/description"
        else:
            key = doc.newkey(rng.choice(NEUTRAL_KEYS))
            doc.schema["properties"][key] = {"type": "string", "description": sent}
            p = sp + ptr("properties", key, "description")
    elif surface == "metadata":
        kind = "in_text"
        if placement == "no_cue" and doc.env == "anthropic-strict-tools" and "user_id" not in doc.used and cat in ("EMAIL_ADDRESS", "PERSON", "PHONE_NUMBER"):
            doc.used.add("user_id")
            doc.user_id = raw
            p, kind = "/metadata/user_id", "literal"
        elif placement == "key_cue":
            k = "x-" + snake(kc).replace("_", "-") if re.fullmatch(r"[A-Za-z_]+", kc) else "x-" + tokc
            while k in doc.schema:
                k += "-2"
            doc.schema[k] = raw
            p, kind = sp + ptr(k), "literal"
        else:
            key = doc.newkey(rng.choice(NEUTRAL_KEYS))
            c = tc.format(v=raw) if placement == "text_cue" else rng.choice(NOCUE_TEXT).format(v=raw)
            doc.schema["properties"][key] = {"type": "string", "$comment": c}
            p = sp + ptr("properties", key, "$comment")
    elif surface == "tool_name":
        verb = rng.choice(VERBS)
        t = tok.replace(".", "_")
        doc.tool_name = (f"{verb}_{tokc}_{t}" if placement == "text_cue" else f"{verb}_{t}")[:64]
        val, kind = t, "tool_literal"
        p = "/tools/0/name"
        doc.used.add("tool_name")
    elif surface == "tool_description":
        sent = (tc.format(v=raw) + ".") if placement == "text_cue" else rng.choice(NOCUE_TEXT).format(v=raw)
        doc.tool_desc = doc.tool_desc + " " + sent
        p, kind = "/tools/0/description", "in_text"
        doc.used.add("tool_description")
    elif surface == "file_name":
        doc.fname_extra = f"{tokc}-{tok}" if placement == "text_cue" else tok
        p, kind = "", "file_literal"
        doc.used.add("file_name")
    lab.update(pointer=p, value=val, kind=kind)
    return lab


def plant_neg(doc, n, rng):
    sp = doc.sp
    s = n["surface"]
    lab = dict(surface=s, category="NONE", placement="none", kind=n["kind"], value=n["value"], format=n["kind"])
    if s == "property_name":
        key = doc.newkey(n["key"])
        doc.schema["properties"][key] = dict(n["schema"])
        p = sp + ptr("properties", key)
        lab["value"] = key
    elif "key" in n and "schema" in n:
        key = doc.newkey(n["key"])
        doc.schema["properties"][key] = copy.deepcopy(n["schema"])
        tail = {"enum": ["enum", n.get("idx", 0)], "examples": ["examples", 0]}.get(s, [s])
        p = sp + ptr("properties", key, *tail)
        if s == "pattern":
            lab["raw"] = n["value"]
    elif s == "metadata" and n.get("root") == "$schema":
        doc.schema["$schema"] = n["v"]
        doc.used.add("$schema")
        p = sp + "/$schema"
    elif s == "metadata":
        doc.schema[n["key"]] = n["v"]
        p = sp + ptr(n["key"])
    elif s == "description":
        doc.used.add("description")
        d = doc.schema.get("description")
        doc.schema["description"] = (d.rstrip() + " " + n["v"]) if d else n["v"]
        p = sp + "/description"
    elif s == "tool_name":
        doc.tool_name = n["v"]
        doc.used.add("tool_name")
        p = "/tools/0/name"
    elif s == "file_name":
        doc.fname_extra = n["v"]
        doc.used.add("file_name")
        p = ""
    lab["pointer"] = p
    return lab


def file_ok(doc, surface, extra=None):
    if surface in ("tool_name", "tool_description"):
        return doc.env in TOOL_ENVS and surface not in doc.used
    if surface == "file_name":
        return "file_name" not in doc.used
    if extra == "root_description":
        return "description" not in doc.used
    if extra == "$schema":
        return "$schema" not in doc.used
    return True


def build(out):
    rng = random.Random(SEED)
    smani = [json.loads(l) for l in open(HERE / "sources/MANIFEST.jsonl")]
    for m in smani:
        data = (HERE / "sources" / m["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == m["sha256"], m["file"]
    omh = sorted(m for m in (x["file"] for x in smani) if x.startswith("omh/")) if False else sorted(x["file"] for x in smani if x["file"].startswith("omh/"))
    ady = sorted(x["file"] for x in smani if x["file"].startswith("adyen/"))
    bym = {x["file"]: x for x in smani}
    rng.shuffle(omh)
    rng.shuffle(ady)
    docs = []
    for ei, env in enumerate(ENVS):
        for fam, lst in (("omh", omh[ei * 8:(ei + 1) * 8]), ("adyen", ady[ei * 8:(ei + 1) * 8])):
            for f in lst:
                schema = json.loads((HERE / "sources" / f).read_text())
                m = bym[f]
                base = f"{m['repo']}@{m['commit']}:{m['path']}" + (f"#{m['pointer']}" if m["pointer"] else "")
                stem = Path(f).name[:-5]
                if fam == "adyen":
                    stem = stem.replace("Service-v", "-v")
                docs.append(Doc(env, fam, stem, schema, base, rng))
    load = {id(d): 0 for d in docs}

    def pick(cands):
        mn = min(load[id(d)] for d in cands)
        c = [d for d in cands if load[id(d)] == mn]
        return rng.choice(c)

    labels = []
    # negatives first (they need specific slots)
    for n in negatives():
        s = n["surface"]
        extra = "root_description" if (s == "description") else ("$schema" if n.get("root") == "$schema" else None)
        cands = [d for d in docs if file_ok(d, s, extra)]
        if s == "metadata" and n.get("root") == "$schema":
            cands = [d for d in cands if d.env != "openapi31-components"]
        d = pick(cands)
        lab = plant_neg(d, n, rng)
        lab["_doc"] = d
        load[id(d)] += 1
        labels.append(lab)
    # positives: balance surfaces
    items = positives(rng)
    rng.shuffle(items)
    scount = {s: 0 for s in SURFACES}
    for item in items:
        cat, fmt, raw = item
        el = eligible(cat, fmt, raw)
        el = [s for s in el if any(file_ok(d, s) for d in docs)]
        mn = min(scount[s] for s in el)
        surface = rng.choice([s for s in el if scount[s] == mn])
        scount[surface] += 1
        placement = rng.choice(placements(surface, cat, fmt))
        d = pick([d for d in docs if file_ok(d, surface)])
        lab = plant_pos(d, item, surface, placement, rng)
        lab["_doc"] = d
        load[id(d)] += 1
        labels.append(lab)
    # write
    outp = Path(out) / "planted"
    if outp.exists():
        for f in sorted(outp.rglob("*"), reverse=True):
            f.unlink() if f.is_file() else f.rmdir()
    for env in ENVS:
        (outp / env).mkdir(parents=True, exist_ok=True)
    for d in docs:
        (outp / d.file()).write_text(json.dumps(d.render(), indent=2, ensure_ascii=False) + "\n")
    rows = []
    for lab in labels:
        d = lab.pop("_doc")
        if lab["surface"] == "file_name":
            lab["value"] = d.fname_extra if lab["category"] == "NONE" else lab["value"]
        rows.append(dict(file=d.file(), base=d.base, **lab))
    rows.sort(key=lambda r: (r["file"], r["pointer"], r["category"]))
    with open(outp / "labels.jsonl", "w") as f:
        for i, r in enumerate(rows):
            r = {"id": f"t20-{i:04d}", **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    rows = build(sys.argv[1] if len(sys.argv) > 1 else HERE)
    pos = [r for r in rows if r["category"] != "NONE"]
    print(len(rows), "labels;", len(pos), "positives;", len(rows) - len(pos), "hard negatives")
