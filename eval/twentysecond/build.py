#!/usr/bin/env python3
"""Deterministic builder for the twentysecond set (seed 222222; stdlib + phonenumbers).

sources/*.units.json  ->  planted/<envelope>/*.json + planted/labels.jsonl
                          real/<family>/*.json + real/MANIFEST.jsonl

Envelopes (16 files each, 8 per host family):
  anthropic-batch      Anthropic Message Batches body: requests[0].params with one strict custom tool
                       (name, description, input_schema, strict) and metadata.user_id
  openai-text-format   OpenAI Responses API body with text.format {type: json_schema, name, strict, schema}
  bedrock-converse     AWS Bedrock Converse body with toolConfig.tools[0].toolSpec {name, description,
                       inputSchema.json}
  jsonschema           plain JSON Schema 2020-12 file ($schema, $id, title)
"""
import hashlib
import json
import random
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import values as V  # noqa: E402

SEED = 222222
HERE = Path(__file__).resolve().parent
SRC, PLANTED, REAL = HERE / "sources", HERE / "planted", HERE / "real"
ENVS = ["anthropic-batch", "openai-text-format", "bedrock-converse", "jsonschema"]
TOOL_ENVS = {"anthropic-batch", "bedrock-converse"}
CATS = ["PERSON", "DATE_OF_BIRTH", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID",
        "VEHICLE_ID", "IP_ADDRESS", "URL", "PHONE_NUMBER", "US_SSN", "SECRET"]
COUNTS = {**{c: 12 for c in CATS}, "EMAIL_ADDRESS": 6, "STREET_ADDRESS": 5, "ZIP_CODE": 5}
SURFACES = ["property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples",
            "default", "tool_name", "tool_description", "file_name", "metadata"]
KEYISH = {"property_name", "tool_name", "file_name"}
NO_KEY = {"EMAIL_ADDRESS", "URL", "STREET_ADDRESS", "SECRET"}  # never written into keys / names
# categories whose values may stand alone (no cue needed)
STANDALONE = {"PERSON", "VEHICLE_ID", "IP_ADDRESS", "URL", "EMAIL_ADDRESS", "STREET_ADDRESS", "SECRET"}
NEG_KINDS = {"category_label_key": 12, "category_words_text": 10, "code_enum": 12, "format_regex": 10,
             "name_like_word": 10, "reserved_placeholder": 12, "version_date": 7, "tool_category_words": 4,
             "file_name_category_words": 3}

# ---------------------------------------------------------------- cue vocabularies
# key cues: property names that name the category (Malay, Greek, Somali, Mongolian, Georgian, Armenian,
# Kurdish, Amharic romanised, Hungarian notation, camelCase, kebab, FHIR paths, HL7 v2 field names)
KEY_CUES = {
    "PERSON": ["nama_pesakit", "patientName", "όνομα_ασθενούς", "magaca_bukaanka", "ptFullNm", "szPatientName",
               "Patient.name.text", "PID-5_PatientName", "navê_nexweş", "next-of-kin-name", "strGuardianName",
               "yetamami_sim"],
    "DATE_OF_BIRTH": ["tarikh_lahir", "ημερομηνία_γέννησης", "taariikhda_dhalashada", "dob", "PID-7_DateOfBirth",
                      "Patient.birthDate", "dtBirth", "date-of-birth", "төрсөн_огноо", "dabadebis_tarighi", "szDOB",
                      "ծննդյան_ամսաթիվ"],
    "MRN": ["mrn", "nombor_rekod_perubatan", "PID-3_MR", "chartNo", "urNumber", "identifier[MR].value", "strMRN",
            "hospital-number", "ptMrn", "medRecNo", "lambarka_diiwaanka_caafimaadka", "αριθμός_μητρώου"],
    "HEALTH_PLAN_ID": ["memberId", "IN1-36_PolicyNumber", "medicareCardNo", "ohip_number", "phn", "medicaid_cin",
                       "Coverage.subscriberId", "insurance-member-id", "szMemberID", "nombor_ahli_insurans", "mbi",
                       "healthCardNumber"],
    "ACCOUNT_NUMBER": ["iban", "bankAccountNo", "acctNo", "har_number", "card_number", "hospitalAccountRecord",
                       "nombor_akaun", "lambarka_xisaabta", "λογαριασμός_iban", "lpszAcctNo", "payer-account",
                       "guarantorAccount"],
    "LICENSE_NUMBER": ["drivers_license_number", "dlNo", "DL_num", "licence-no", "lesen_memandu", "szDriverLic",
                       "PID-20_DriversLicense", "driverLicenseNumber", "rukhsadda_darawalnimada", "άδεια_οδήγησης",
                       "operatorLicense", "dl_number"],
    "DEVICE_ID": ["imei", "meid", "iccid", "Device.serialNumber", "udiCarrier", "implantSerial", "macAddress", "eui64",
                  "deviceSerialNo", "nombor_siri_peranti", "szDevSN", "pump-serial"],
    "VEHICLE_ID": ["vin", "vehicleVin", "chassis_no", "nombor_casis", "VIN_code", "szVIN", "lambarka_gaariga",
                   "αριθμός_πλαισίου", "vehicle-id", "carVIN", "autoVin", "ავტომობილის_vin"],
    "IP_ADDRESS": ["client_ip", "ipAddr", "lastLoginIp", "remote-addr", "szIpAddress", "alamat_ip",
                   "cinwaanka_ip", "sourceIP", "διεύθυνση_ip", "ip-адрес", "x_forwarded_for", "deviceIp"],
    "URL": ["profileUrl", "fundraiserLink", "portal_url", "homepage", "pautan_profil", "bogga_shakhsiga",
            "personalSite", "campaign-url", "szProfileURL", "socialProfile", "myChartLink", "donationPage"],
    "PHONE_NUMBER": ["telefon_bimbit", "phoneNumber", "mobile", "PID-13_HomePhone", "τηλέφωνο",
                     "lambarka_taleefanka", "telecom[phone].value", "szMobile", "no_hp", "contact-phone",
                     "ტელეფონი", "հեռախոս"],
    "US_SSN": ["ssn", "socialSecurityNumber", "PID-19_SSN", "szSSN", "ss_no", "social-security-no", "ssnLast",
               "subscriberSSN", "nombor_keselamatan_sosial_as", "SSN_US", "lpszSSN", "guarantor_ssn"],
    "EMAIL_ADDRESS": ["emel", "email", "emailAddress", "iimaylka", "ηλεκτρονικό_ταχυδρομείο", "szEmail"],
    "STREET_ADDRESS": ["alamat_rumah", "homeAddress", "PID-11_PatientAddress", "cinwaanka_guriga", "streetAddress"],
    "ZIP_CODE": ["poskod", "zip", "postalCode", "PID-11.5_Zip", "zip_plus4"],
    "SECRET": ["api_token", "password", "katalaluan", "db_url", "connectionString", "authToken", "furaha_sirta",
               "κωδικός_πρόσβασης", "nuuts_ug", "x-api-key", "clientSecret", "amqpUri"],
}
# ASCII key-safe cue tokens (for generated keys, tool names, file names)
TOKENS = {"PERSON": ["pesakit", "patient", "bukaan", "guardian", "nok"], "DATE_OF_BIRTH": ["dob", "tarikh_lahir", "birth", "dhalasho"],
          "MRN": ["mrn", "chart", "ur", "medrec"], "HEALTH_PLAN_ID": ["member", "medicaid", "medicare", "policy"],
          "ACCOUNT_NUMBER": ["acct", "iban", "akaun", "har"], "LICENSE_NUMBER": ["dl", "license", "lesen"],
          "DEVICE_ID": ["imei", "device_sn", "iccid", "serial"], "VEHICLE_ID": ["vin", "chassis"],
          "IP_ADDRESS": ["ip", "client_ip"], "PHONE_NUMBER": ["tel", "phone", "mobile"], "US_SSN": ["ssn"],
          "ZIP_CODE": ["zip", "poskod"], "EMAIL_ADDRESS": ["email", "emel"], "URL": ["profile_url", "portal_link"],
          "STREET_ADDRESS": ["home_address", "alamat"], "SECRET": ["api_token", "password", "katalaluan"]}
TEXT_CUES = {
    "PERSON": ["Patient: {v}", "Pesakit: {v}", "Ασθενής: {v}", "Bukaanka: {v}", "Guardian on file is {v}.",
               "Nama penuh pesakit ialah {v}.", "Emergency contact (next of kin): {v}", "Yetamami sim (patient name): {v}"],
    "DATE_OF_BIRTH": ["Born {v}.", "Tarikh lahir: {v}", "Ημερομηνία γέννησης: {v}", "Taariikhda dhalashada: {v}",
                      "DOB {v}", "PID-7 date of birth = {v}", "Төрсөн огноо: {v}", "Date of birth of the subscriber: {v}"],
    "MRN": ["MRN {v}", "Nombor rekod perubatan: {v}", "Chart number {v} at the referring clinic.",
            "Unit record (UR) no. {v}", "Medical record number: {v}", "Αριθμός μητρώου ασθενούς {v}"],
    "HEALTH_PLAN_ID": ["Member ID {v}", "Medicare card {v}", "OHIP health number {v}", "BC PHN: {v}",
                       "Medicaid CIN {v}", "Insurance member number: {v}", "Nombor ahli insurans: {v}"],
    "ACCOUNT_NUMBER": ["Bank account (IBAN) {v}", "Hospital account record {v}", "Card on file: {v}",
                       "Nombor akaun bank: {v}", "Lambarka xisaabta bangiga: {v}", "Guarantor account number {v}"],
    "LICENSE_NUMBER": ["Driver's licence {v}", "DL# {v}", "Lesen memandu: {v}", "Rukhsadda darawalnimada: {v}",
                       "Άδεια οδήγησης {v}", "Driver license number {v} on the intake form"],
    "DEVICE_ID": ["IMEI {v}", "Device serial {v}", "Implant serial number: {v}", "UDI {v}", "MAC address {v}",
                  "Nombor siri peranti: {v}", "SIM ICCID {v}", "Insulin pump S/N {v}"],
    "VEHICLE_ID": ["VIN {v}", "Vehicle identification number: {v}", "Nombor casis kenderaan: {v}",
                   "Αριθμός πλαισίου (VIN) {v}"],
    "IP_ADDRESS": ["Last login from IP {v}", "Client IP address: {v}", "Alamat IP peranti: {v}",
                   "Request came from {v}"],
    "URL": ["Profile: {v}", "Fundraiser page: {v}", "Patient portal link: {v}", "Pautan profil: {v}"],
    "PHONE_NUMBER": ["Call {v}", "Telefon bimbit: {v}", "Τηλέφωνο επικοινωνίας: {v}", "Lambarka taleefanka: {v}",
                     "Mobile phone {v}", "Home phone (PID-13): {v}", "Утасны дугаар: {v}"],
    "US_SSN": ["SSN {v}", "Social Security number: {v}", "Subscriber SSN {v}", "PID-19 SSN = {v}"],
    "EMAIL_ADDRESS": ["Emel: {v}", "Email the patient at {v}", "Iimaylka: {v}"],
    "STREET_ADDRESS": ["Home address: {v}", "Alamat rumah: {v}", "Cinwaanka guriga: {v}"],
    "ZIP_CODE": ["ZIP {v}", "Poskod: {v}", "Postal code of residence: {v}", "ZIP+4 {v}"],
    "SECRET": ["API token: {v}", "Password: {v}", "Katalaluan: {v}", "Connection string {v}",
               "Furaha sirta (secret key): {v}", "Use token {v} for the sync job"],
}
# format-specific cues (so that a cue never names another identifier kind); prefix of `format` -> (keys, texts, tokens)
FORMAT_CUES = {
    "dev_imei": (["imei", "deviceSerialNo", "szDevSN", "nombor_siri_peranti"], ["IMEI {v}", "Device serial {v}", "Nombor siri peranti: {v}"], ["imei", "device_sn"]),
    "dev_meid": (["meid", "deviceSerialNo", "szDevSN"], ["MEID {v}", "Handset MEID: {v}"], ["meid", "device_sn"]),
    "dev_iccid": (["iccid", "simSerial"], ["SIM ICCID {v}", "Nombor siri kad SIM: {v}"], ["iccid", "sim"]),
    "dev_eui64": (["eui64", "hwAddress"], ["EUI-64 hardware address {v}"], ["eui64"]),
    "dev_mac_dash": (["macAddress", "hwAddress"], ["MAC address {v}"], ["mac"]),
    "dev_gs1_udi": (["udiCarrier", "Device.udiCarrier"], ["UDI {v}", "GS1 UDI of the implant: {v}"], ["udi"]),
    "dev_hibcc_udi": (["udiCarrier", "Device.udiCarrier"], ["UDI {v}", "HIBCC UDI label: {v}"], ["udi"]),
    "dev_implant_serial": (["implantSerial", "Device.serialNumber", "pump-serial"], ["Implant serial number: {v}", "Insulin pump S/N {v}"], ["implant_sn", "serial"]),
    "hp_au_medicare": (["medicareCardNo", "healthCardNumber"], ["Medicare card {v}", "Medicare card number (AU): {v}"], ["medicare"]),
    "hp_ohip": (["ohip_number", "healthCardNumber"], ["OHIP health number {v}"], ["ohip"]),
    "hp_bc_phn": (["phn", "healthCardNumber"], ["BC PHN: {v}", "Personal Health Number {v}"], ["phn"]),
    "hp_ny_medicaid_cin": (["medicaid_cin", "medicaidId"], ["Medicaid CIN {v}"], ["medicaid"]),
    "hp_bcbs_prefix": (["memberId", "IN1-36_PolicyNumber", "Coverage.subscriberId", "insurance-member-id", "szMemberID",
                        "nombor_ahli_insurans"], ["Member ID {v}", "Insurance member number: {v}", "Nombor ahli insurans: {v}"], ["member", "policy"]),
    "hp_mbi": (["mbi", "medicareBeneficiaryId"], ["Medicare MBI {v}"], ["mbi", "medicare"]),
    "iban_": (["iban", "bankAccountNo", "nombor_akaun", "lambarka_xisaabta", "λογαριασμός_iban"],
              ["Bank account (IBAN) {v}", "Nombor akaun bank: {v}", "Lambarka xisaabta bangiga: {v}"], ["iban", "akaun"]),
    "card_": (["card_number", "cardNo", "lpszCardNo"], ["Card on file: {v}", "Payment card {v}"], ["card"]),
    "acct_hospital_har": (["har_number", "hospitalAccountRecord", "acctNo"], ["Hospital account record {v}", "Guarantor account number {v}"], ["har", "acct"]),
    "acct_us_dda": (["bankAccountNo", "acctNo", "lpszAcctNo", "payer-account"], ["Nombor akaun bank: {v}", "Checking account {v}"], ["acct", "akaun"]),
    "mrn_ur_number": (["urNumber", "mrn", "medRecNo"], ["Unit record (UR) no. {v}", "MRN {v}"], ["ur", "mrn"]),
    "mrn_": ([k for k in KEY_CUES["MRN"] if k != "urNumber"], [t for t in TEXT_CUES["MRN"] if "UR" not in t], ["mrn", "chart", "medrec"]),
    "secret_password": (["password", "katalaluan", "κωδικός_πρόσβασης", "nuuts_ug"], ["Password: {v}", "Katalaluan: {v}"], ["password"]),
    "secret_pg_conn": (["db_url", "connectionString"], ["Connection string {v}"], ["db_url"]),
    "secret_amqps_conn": (["amqpUri", "connectionString"], ["Connection string {v}"], ["amqp_uri"]),
    "secret_": (["api_token", "authToken", "x-api-key", "clientSecret", "furaha_sirta"],
                ["API token: {v}", "Furaha sirta (secret key): {v}", "Use token {v} for the sync job"], ["api_token"]),
    "url_mychart": (["portal_url", "myChartLink"], ["Patient portal link: {v}"], ["portal_link"]),
    "url_linkedin": (["profileUrl", "pautan_profil", "bogga_shakhsiga", "socialProfile"], ["Profile: {v}", "Pautan profil: {v}"], ["profile_url"]),
    "url_mastodon": (["profileUrl", "socialProfile"], ["Profile: {v}", "Pautan profil: {v}"], ["profile_url"]),
    "url_vk": (["profileUrl", "socialProfile", "bogga_shakhsiga"], ["Profile: {v}"], ["profile_url"]),
    "url_": (["fundraiserLink", "campaign-url", "donationPage", "personalSite"], ["Fundraiser page: {v}"], ["fundraiser"]),
}


def cues(rng, cat, fmt):
    best = None
    for pre in FORMAT_CUES:
        if fmt.startswith(pre) and (best is None or len(pre) > len(best)):
            best = pre
    if best:
        k, t, tok = FORMAT_CUES[best]
        return rng.choice(k), rng.choice(t), rng.choice(tok)
    return rng.choice(KEY_CUES[cat]), rng.choice(TEXT_CUES[cat]), rng.choice(TOKENS.get(cat, ["x"]))


NEUTRAL_TEXT = ["Escalate to {v}.", "Synced with {v}.", "See {v}.", "{v}", "Handled by {v} during migration.",
                "Source: {v}"]
NEUTRAL_KEYS = ["ref_a", "label", "note", "tag", "extra", "value_1", "aux", "item_b", "memo", "slot", "fieldX", "entry"]

# ---------------------------------------------------------------- hard-negative vocabularies
NEG_LABEL_KEYS = ["tarikh_lahir", "ptMRN", "Patient.birthDate", "nombor_telefon", "τηλέφωνο_επικοινωνίας", "szSSN",
                  "driverLicenseNo", "imei_number", "vin_code", "client_ip_address", "iban", "password",
                  "magaca_bukaanka", "medicaidCin", "email_pesakit", "PID-19_SSN"]
NEG_TEXTS = ["Tarikh lahir pesakit dalam format YYYY-MM-DD.", "Member's Medicare card number (10 digits plus IRN).",
             "Ημερομηνία γέννησης του ασθενούς (ISO 8601).", "Lambarka taleefanka bukaanka, qaabka E.164.",
             "The patient's medical record number as issued by the hospital.",
             "Driver's licence number, as printed on the card; never logged.",
             "IMEI or MEID of the patient's phone, used only for push delivery.",
             "Social Security number of the subscriber. Mask all but the last four digits.",
             "Төрсөн огноо (date of birth), YYYY-MM-DD.", "Bank account IBAN of the guarantor; validated with mod-97.",
             "Patient full name as it appears on the insurance card.", "Client IP address recorded for audit only."]
NEG_ENUMS = [["E11.9", "I10", "J45.909", "K21.9"], ["2339-0", "4548-4", "718-7", "2093-3"],
             ["male", "female", "other", "unknown"], ["ET", "LK", "MY", "GE", "AM", "MN"], ["HI", "AK", "UT", "WI", "ND"],
             ["44054006", "38341003", "195967001"], ["208", "213", "300", "140"], ["207Q00000X", "208D00000X"],
             ["860975", "197361", "314076"], ["F", "M", "O", "U"], ["Z00.00", "Z23", "O80"], ["AMB", "EMER", "IMP"]]
NEG_REGEXES = [r"^\d{3}-\d{2}-\d{4}$", r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$", r"^\+?[1-9]\d{1,14}$",
               r"^[A-HJ-NPR-Z0-9]{17}$", r"^UR\d{7}$", r"^(?:[0-9]{1,3}\.){3}[0-9]{1,3}$",
               r"^[1-9][A-Z][A-Z0-9]\d[A-Z][A-Z0-9]\d[A-Z]{2}\d{2}$", r"^\d{4} \d{5} \d$",
               r"^[A-Z]\d{13}$", r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^glpat-[A-Za-z0-9_-]{20}$", r"^\d{5}(-\d{4})?$"]
NEG_NAMELIKE = [["June", "July", "August"], ["Jordan", "Georgia", "Chad"], ["Lincoln", "Mercedes", "Dodge"],
                ["Will", "Trust", "Deed"], ["Victoria", "Florence", "Adelaide"], ["Amber", "Rose", "Hazel"],
                ["Sunday", "Monday"], ["Grant", "Bill", "Bond"], ["Cambridge", "Lyon"], ["Ruby", "Pearl"]]
NEG_PLACEHOLDERS = ["user@example.org", "+1 312-555-0148", "192.0.2.44", "2001:db8::5", "000-00-0000",
                    "XXX-XX-XXXX", "YOUR_API_KEY", "MRN-XXXXXXX", "https://example.com/patients/{id}",
                    "patient@example.net", "198.51.100.23", "(907) 555-0117", "<REPLACE_WITH_GITLAB_TOKEN>",
                    "203.0.113.9"]
NEG_TOOLS = ["lookup_patient_by_date_of_birth", "verify_member_phone_number", "get_driver_license_status",
             "rotate_api_secret", "search_patients_by_mrn"]
NEG_FILES = ["patient_dob_lookup", "member_ssn_verification", "iban_account_form", "mrn_merge_request"]


def esc(tok):
    return tok.replace("~", "~0").replace("/", "~1")


def snake(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


class FileCtx:
    def __init__(self, idx, env, fam, name, schema, base):
        self.idx, self.env, self.fam, self.name, self.base = idx, env, fam, name, base
        self.schema = schema
        self.fname = f"{fam}-{name}" + (".schema.json" if env == "jsonschema" else ".json")
        self.tool_name = ("sq_" if fam == "square" else "fa_") + snake(name)[:50]
        self.tool_desc = f"Create or update a {name} object in the {'Square' if fam == 'square' else 'FusionAuth'} API."
        self.user_id = None
        self.labels = []
        self.used_keys = set(schema.get("properties", {}))
        self.comment = None
        if env == "anthropic-batch":
            self.sp = "/requests/0/params/tools/0/input_schema"
        elif env == "openai-text-format":
            self.sp = "/text/format/schema"
        elif env == "bedrock-converse":
            self.sp = "/toolConfig/tools/0/toolSpec/inputSchema/json"
        else:
            self.sp = ""

    def newkey(self, key):
        k, n = key, 2
        while k in self.used_keys:
            k = f"{key}_{n}"; n += 1
        self.used_keys.add(k)
        return k

    def addprop(self, key, body):
        k = self.newkey(key)
        self.schema.setdefault("properties", {})[k] = body
        return k, f"{self.sp}/properties/{esc(k)}"


def gen_value(rng, cat, keyish=False, pattern=False):
    """Returns (value_in_text, plain, fmt, kind)."""
    if cat == "PERSON":
        if keyish:
            v, f = V.person_key(rng)
            return v, v, f, f
        v, f = V.person(rng)
        return v, v, f, "literal"
    if cat == "DATE_OF_BIRTH":
        if keyish:
            v, f = V.dob(rng, rng.choice(["key_ymd", "hl7_dt"]))
            return v, v.replace("_", "-"), f, "key_literal"
        v, f = V.dob(rng, rng.choice([x for x in V.DOB_FORMATS if x != "key_ymd"]))
        return v, v, f, "literal"
    if cat == "MRN":
        st = rng.choice(["ur_number", "epic_epi", "enterprise_e", "hospital_number"]) if keyish else None
        v, f = V.mrn(rng, st)
        return v, v, f, "key_literal" if keyish else "literal"
    if cat == "HEALTH_PLAN_ID":
        if keyish:
            v, f = V.health_plan(rng, rng.choice(["ny_medicaid_cin", "bcbs_prefix", "mbi", "au_medicare"]))
            k = re.sub(r"[ -]", "", v)
            return k, v, f, "key_literal"
        v, f = V.health_plan(rng)
        return v, v, f, "literal"
    if cat == "ACCOUNT_NUMBER":
        if keyish:
            v, f = V.account(rng, rng.choice(["iban", "hospital_har", "card_jcb", "card_discover"]))
            k = v.replace(" ", "")
            return k, v, f, "key_literal"
        v, f = V.account(rng)
        return v, v, f, "literal"
    if cat == "LICENSE_NUMBER":
        v, f = V.licence(rng)
        return v, v, f, "key_literal" if keyish else "literal"
    if cat == "DEVICE_ID":
        st = rng.choice(["imei", "meid", "iccid", "implant_serial"]) if keyish else None
        v, f = V.device(rng, st)
        return v, v, f, "key_literal" if keyish else "literal"
    if cat == "VEHICLE_ID":
        v, f = V.vin(rng)
        if keyish and rng.random() < 0.4:
            return v.lower(), v, f, "key_lowercase"
        return v, v, f, "key_literal" if keyish else "literal"
    if cat == "IP_ADDRESS":
        if keyish:
            v, f = V.ip(rng, "v4")
            return v.replace(".", "_"), v, f, "snake_joined"
        v, f = V.ip(rng)
        return v, v, f, "literal"
    if cat == "PHONE_NUMBER":
        if keyish:
            v, f = V.phone(rng, fmt="e164")
            return v[1:], v, f, "key_digits"
        v, f = V.phone(rng)
        return v, v, f, "literal"
    if cat == "US_SSN":
        v, f = V.ssn(rng, "_" if keyish else None)
        return v, v, f, "snake_joined" if keyish else "literal"
    if cat == "ZIP_CODE":
        v, f = V.zipcode(rng)
        if keyish:
            v = v[:5]; f = "zip5"
        return v, v, f, "key_literal" if keyish else "literal"
    if cat == "EMAIL_ADDRESS":
        v, f = V.email(rng)
    elif cat == "URL":
        v, f = V.url(rng)
    elif cat == "STREET_ADDRESS":
        v, f = V.street(rng)
    elif cat == "SECRET":
        v, f = V.secret(rng)
    return v, v, f, "literal"


def choose_placement(rng, cat, surface, fmt, val):
    need_cue = cat not in STANDALONE or fmt in ("secret_password",) or (cat == "PHONE_NUMBER" and "national" in fmt)
    if cat in ("US_SSN",) and "dash" in fmt:
        need_cue = False
    if cat == "DEVICE_ID" and fmt in ("dev_imei", "dev_mac_dash", "dev_gs1_udi", "dev_hibcc_udi"):
        need_cue = False
    if cat == "ACCOUNT_NUMBER" and (fmt.startswith("iban_") or fmt.startswith("card_")):
        need_cue = False
    if cat == "PHONE_NUMBER" and ("e164" in fmt or "international" in fmt or "rfc3966" in fmt):
        need_cue = False
    if re.fullmatch(r"[\d_ -]+", val) or fmt in ("dev_imei", "dev_meid", "dev_iccid", "dev_implant_serial", "dev_eui64"):
        need_cue = True
    opts = {"property_name": ["key_cue", "no_cue"], "enum": ["key_cue", "text_cue", "no_cue"],
            "const": ["key_cue", "text_cue", "no_cue"], "default": ["key_cue", "text_cue", "no_cue"],
            "examples": ["key_cue", "text_cue", "no_cue"], "pattern": ["key_cue", "text_cue", "no_cue"],
            "pattern_property": ["key_cue", "text_cue", "no_cue"], "title": ["key_cue", "text_cue", "no_cue"],
            "description": ["key_cue", "text_cue", "no_cue"], "tool_name": ["text_cue", "no_cue"],
            "tool_description": ["text_cue", "no_cue"], "file_name": ["text_cue", "no_cue"],
            "metadata": ["key_cue", "text_cue", "no_cue"]}[surface]
    if need_cue:
        opts = [o for o in opts if o != "no_cue"]
    return rng.choice(opts)


def plant_positive(rng, fc, cat, surface, uid):
    keyish = surface in KEYISH
    val, plain, fmt, kind = gen_value(rng, cat, keyish=keyish)
    placement = choose_placement(rng, cat, surface, fmt, val)
    S = fc.schema
    lab = {"category": cat, "surface": surface, "format": fmt, "placement": placement, "plain": plain}
    kc, tc, tok = cues(rng, cat, fmt)
    nk = rng.choice(NEUTRAL_KEYS)
    if surface == "property_name":
        key = f"{tok}_{val}" if placement == "key_cue" else val
        k, ptr = fc.addprop(key, {"type": "string"})
        lab.update(pointer=ptr, value=val, kind=kind)
    elif surface in ("enum", "const", "default", "examples"):
        key = kc if placement == "key_cue" else nk
        body = {"type": "string"}
        if placement == "text_cue":
            body["description"] = re.sub(r"\s+", " ", tc.replace("{v}", "")).strip(" :=.#") or tc
        if surface == "enum":
            others = ["UNKNOWN", "NOT_PROVIDED"]
            body["enum"] = [val] + others if rng.random() < 0.5 else others[:1] + [val]
            i = body["enum"].index(val)
        elif surface == "examples":
            body["examples"] = [val]; i = 0
        else:
            body[surface] = val
        k, ptr = fc.addprop(key, body)
        ptr += f"/enum/{i}" if surface == "enum" else "/examples/0" if surface == "examples" else f"/{surface}"
        lab.update(pointer=ptr, value=val, kind=kind)
    elif surface == "pattern":
        key = kc if placement == "key_cue" else nk
        body = {"type": "string", "pattern": "^" + V.rx_escape(val) + "$"}
        if placement == "text_cue":
            body["description"] = re.sub(r"\s+", " ", tc.replace("{v}", "")).strip(" :=.#") + " (fixed value)"
        k, ptr = fc.addprop(key, body)
        lab.update(pointer=ptr + "/pattern", value=V.rx_escape(val), raw=val, kind="regex_literal")
    elif surface == "pattern_property":
        key = kc if placement == "key_cue" else nk
        rx = "^" + V.rx_escape(val) + "$"
        body = {"type": "object", "patternProperties": {rx: {"type": "string"}}, "additionalProperties": False}
        if placement == "text_cue":
            body["description"] = re.sub(r"\s+", " ", tc.replace("{v}", "")).strip(" :=.#") + " keyed map"
        k, ptr = fc.addprop(key, body)
        lab.update(pointer=ptr + "/patternProperties/" + esc(rx), value=V.rx_escape(val), raw=val, kind="regex_key")
    elif surface == "title":
        if placement == "key_cue":
            body = {"type": "string", "title": val}; key = kc
        elif placement == "text_cue":
            body = {"type": "string", "title": tc.format(v=val)}; key = nk
        else:
            body = {"type": "string", "title": val}; key = nk
        k, ptr = fc.addprop(key, body)
        lab.update(pointer=ptr + "/title", value=val, kind=kind)
    elif surface == "description":
        if placement == "key_cue":
            body = {"type": "string", "description": val}; key = kc
        elif placement == "text_cue":
            body = {"type": "string", "description": tc.format(v=val)}; key = nk
        else:
            body = {"type": "string", "description": rng.choice(NEUTRAL_TEXT).format(v=val)}; key = nk
        k, ptr = fc.addprop(key, body)
        lab.update(pointer=ptr + "/description", value=val, kind=kind)
    elif surface == "tool_name":
        verb = rng.choice(["get", "sync", "fetch", "open", "update"])
        name = f"{verb}_{tok}_{val}" if placement == "text_cue" else f"{verb}_{val}"
        name = name[:64]
        assert re.fullmatch(r"[A-Za-z0-9_-]{1,64}", name) and val in name, name
        fc.tool_name = name
        lab.update(pointer=fc.tool_ptr("name"), value=val, kind=kind)
    elif surface == "tool_description":
        fc.tool_desc = fc.tool_desc + " " + (tc.format(v=val) if placement == "text_cue" else rng.choice(NEUTRAL_TEXT).format(v=val))
        lab.update(pointer=fc.tool_ptr("description"), value=val, kind=kind)
    elif surface == "file_name":
        stem = f"{tok}_{val}" if placement == "text_cue" else val
        fc.fname = f"{fc.fam}-{stem}" + (".schema.json" if fc.env == "jsonschema" else ".json")
        lab.update(pointer="", value=val, kind=kind)
    elif surface == "metadata":
        if fc.env == "anthropic-batch" and fc.user_id is None and cat in ("EMAIL_ADDRESS", "PERSON", "IP_ADDRESS", "URL") \
                and placement == "no_cue":
            fc.user_id = val
            lab.update(pointer="/requests/0/params/metadata/user_id", value=val, kind=kind)
        elif placement == "text_cue" and fc.comment is None:
            fc.comment = tc.format(v=val)
            S["$comment"] = fc.comment
            lab.update(pointer=fc.sp + "/$comment", value=val, kind=kind)
        else:
            if placement == "text_cue":
                lab["placement"] = placement = "key_cue"
            xk = "x-" + tok.replace("_", "-") if placement == "key_cue" \
                else "x-" + rng.choice(["owner", "source-ref", "audit", "origin", "note"])
            n = 2; base = xk
            while xk in S:
                xk = f"{base}-{n}"; n += 1
            S[xk] = val
            lab.update(pointer=fc.sp + "/" + esc(xk), value=val, kind=kind)
    lab["id"] = uid
    fc.labels.append(lab)


def plant_negative(rng, fc, kind, uid, pools):
    S = fc.schema
    lab = {"category": "NONE", "kind": kind, "placement": "none", "format": kind, "id": uid}
    if kind == "category_label_key":
        key = pools[kind].pop()
        k, ptr = fc.addprop(key, {"type": "string"})
        lab.update(surface="property_name", pointer=ptr, value=k)
    elif kind == "category_words_text":
        t = pools[kind].pop()
        k, ptr = fc.addprop(rng.choice(NEUTRAL_KEYS), {"type": "string", "description": t})
        lab.update(surface="description", pointer=ptr + "/description", value=t)
    elif kind in ("code_enum", "name_like_word"):
        e = pools[kind].pop()
        key = rng.choice(["code", "kod", "category", "status_code", "type", "jenis", "nooca"]) if kind == "code_enum" \
            else rng.choice(["variant", "jenis", "option", "nooca", "theme", "style"])
        k, ptr = fc.addprop(key, {"type": "string", "enum": list(e)})
        lab.update(surface="enum", pointer=ptr + "/enum/0", value=e[0])
    elif kind == "format_regex":
        rx = pools[kind].pop()
        k, ptr = fc.addprop(rng.choice(NEUTRAL_KEYS), {"type": "string", "pattern": rx})
        lab.update(surface="pattern", pointer=ptr + "/pattern", value=rx)
    elif kind == "reserved_placeholder":
        v = pools[kind].pop()
        surf = rng.choice(["default", "examples", "const"])
        body = {"type": "string"}
        if surf == "examples":
            body["examples"] = [v]
        else:
            body[surf] = v
        key = rng.choice(["sample", "contoh", "tusaale", "placeholder", "demo_value"])
        k, ptr = fc.addprop(key, body)
        lab.update(surface=surf, pointer=ptr + ("/examples/0" if surf == "examples" else "/" + surf), value=v)
    elif kind == "version_date":
        if fc.env == "jsonschema" and not fc.__dict__.get("schema_neg"):
            fc.schema_neg = True
            lab.update(surface="metadata", pointer="/$schema", value="2020-12")
        elif rng.random() < 0.5:
            d = rng.choice(["2025-08-20", "2024-10-17", "2023-12-13", "2025-01-23"])
            xk = "x-api-version"
            n = 2
            while xk in S:
                xk = f"x-api-version-{n}"; n += 1
            S[xk] = d
            lab.update(surface="metadata", pointer=fc.sp + "/" + xk, value=d)
        else:
            d = rng.choice(["2024-06-04", "2023-09-25", "2025-04-16"])
            t = f"Available since API version {d}."
            k, ptr = fc.addprop(rng.choice(NEUTRAL_KEYS), {"type": "string", "description": t})
            lab.update(surface="description", pointer=ptr + "/description", value=d)
    elif kind == "tool_category_words":
        fc.tool_name = pools[kind].pop()
        lab.update(surface="tool_name", pointer=fc.tool_ptr("name"), value=fc.tool_name)
    elif kind == "file_name_category_words":
        stem = pools[kind].pop()
        fc.fname = stem + (".schema.json" if fc.env == "jsonschema" else ".json")
        lab.update(surface="file_name", pointer="", value=stem)
    fc.labels.append(lab)


def tool_ptr(self, what):
    if self.env == "anthropic-batch":
        return f"/requests/0/params/tools/0/{what}"
    return f"/toolConfig/tools/0/toolSpec/{what}"


FileCtx.tool_ptr = tool_ptr


def envelope(fc):
    S = fc.schema
    user = f"Fill in the {fc.name} fields from the attached record and return them."
    if fc.env == "anthropic-batch":
        params = {"model": "claude-sonnet-4-5", "max_tokens": 1024}
        if fc.user_id is not None:
            params["metadata"] = {"user_id": fc.user_id}
        params["messages"] = [{"role": "user", "content": user}]
        params["tools"] = [{"name": fc.tool_name, "description": fc.tool_desc, "strict": True, "input_schema": S}]
        params["tool_choice"] = {"type": "tool", "name": fc.tool_name}
        return {"requests": [{"custom_id": f"t22-{fc.idx:03d}", "params": params}]}
    if fc.env == "openai-text-format":
        return {"model": "gpt-5", "input": [{"role": "user", "content": user}],
                "text": {"format": {"type": "json_schema", "name": snake(fc.name)[:64], "strict": True, "schema": S}}}
    if fc.env == "bedrock-converse":
        return {"modelId": "anthropic.claude-sonnet-4-5-20250929-v1:0",
                "messages": [{"role": "user", "content": [{"text": user}]}],
                "toolConfig": {"tools": [{"toolSpec": {"name": fc.tool_name, "description": fc.tool_desc,
                                                       "inputSchema": {"json": S}}}],
                               "toolChoice": {"auto": {}}}}
    out = {"$schema": "https://json-schema.org/draft/2020-12/schema",
           "$id": f"https://schemas.twentysecond.invalid/{fc.fam}/{fc.name}.json", "title": fc.name}
    for k, v in S.items():
        if k not in out:
            out[k] = v
    return out


def load_sources():
    man = [json.loads(l) for l in (SRC / "MANIFEST.jsonl").read_text().splitlines() if l.strip()]
    fams = {}
    for m in man:
        data = (SRC / m["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == m["sha256"], m["file"]
        fams[m["file"].split(".")[0]] = json.loads(data)
    return fams


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def main():
    rng = random.Random(SEED)
    fams = load_sources()
    for d in (PLANTED, REAL):
        if d.exists():
            shutil.rmtree(d)
    # ------------------------------------------------------------ real files (verbatim units)
    real_man = []
    for fam in ("square", "fusionauth"):
        F = fams[fam]
        (REAL / fam).mkdir(parents=True)
        for name in sorted(F["real"]):
            rel = f"{fam}/{name}.json"
            txt = dump(F["real"][name])
            (REAL / rel).write_text(txt, encoding="utf-8")
            real_man.append({"file": rel, "repo": F["repo"], "commit": F["commit"], "path": F["path"],
                             "pointer": f"/components/schemas/{name}", "licence": F["licence"],
                             "sha256": hashlib.sha256(txt.encode()).hexdigest()})
    with open(REAL / "MANIFEST.jsonl", "w") as f:
        for m in real_man:
            f.write(json.dumps(m, ensure_ascii=False, sort_keys=True) + "\n")
    # ------------------------------------------------------------ host files
    hosts = {fam: sorted(fams[fam]["hosts"]) for fam in ("square", "fusionauth")}
    for fam in hosts:
        rng.shuffle(hosts[fam])
    files = []
    for i in range(64):
        env = ENVS[i % 4]
        fam = "square" if (i // 4) % 2 == 0 else "fusionauth"
        name = hosts[fam].pop()
        F = fams[fam]
        base = f"{F['repo']}@{F['commit']}:{F['path']}#/components/schemas/{name}"
        files.append(FileCtx(i, env, fam, name, json.loads(json.dumps(F["hosts"][name])), base))
    # ------------------------------------------------------------ positives: category x surface
    pos = []
    for c in sorted(COUNTS):
        pos += [c] * COUNTS[c]
    rng.shuffle(pos)
    scount = Counter()
    plan = []
    for c in pos:
        ok = [s for s in SURFACES if not (c in NO_KEY and s in KEYISH)]
        m = min(scount[s] for s in ok)
        s = rng.choice([x for x in ok if scount[x] == m])
        scount[s] += 1
        plan.append((c, s))
    # assign to files
    order = sorted(range(len(plan)), key=lambda i: (plan[i][1] not in ("tool_name", "tool_description", "file_name"), i))
    load = Counter(); used = {i: set() for i in range(64)}
    assign = {}
    for i in order:
        c, s = plan[i]
        cands = [f for f in range(64) if (s not in ("tool_name", "tool_description") or files[f].env in TOOL_ENVS)
                 and (s not in ("tool_name", "tool_description", "file_name") or s not in used[f])]
        m = min(load[f] for f in cands)
        f = rng.choice([x for x in cands if load[x] == m])
        load[f] += 1; used[f].add(s); assign[i] = f
    # negatives
    negs = []
    for k in sorted(NEG_KINDS):
        negs += [k] * NEG_KINDS[k]
    rng.shuffle(negs)
    negs.sort(key=lambda k: k not in ("tool_category_words", "file_name_category_words"))
    nassign = []
    for k in negs:
        cands = [f for f in range(64) if (k != "tool_category_words" or (files[f].env in TOOL_ENVS and "tool_name" not in used[f]))
                 and (k != "file_name_category_words" or "file_name" not in used[f])]
        m = min(load[f] for f in cands)
        f = rng.choice([x for x in cands if load[x] == m])
        load[f] += 1
        if k == "tool_category_words":
            used[f].add("tool_name")
        if k == "file_name_category_words":
            used[f].add("file_name")
        nassign.append((k, f))
    pools = {"category_label_key": list(NEG_LABEL_KEYS), "category_words_text": list(NEG_TEXTS),
             "code_enum": list(NEG_ENUMS), "format_regex": list(NEG_REGEXES), "name_like_word": list(NEG_NAMELIKE),
             "reserved_placeholder": list(NEG_PLACEHOLDERS), "tool_category_words": list(NEG_TOOLS),
             "file_name_category_words": list(NEG_FILES)}
    for p in pools.values():
        rng.shuffle(p)
    # ------------------------------------------------------------ plant
    uid = 0
    for i in range(len(plan)):
        c, s = plan[i]
        uid += 1
        plant_positive(rng, files[assign[i]], c, s, f"t22-{uid:04d}")
    for k, f in nassign:
        uid += 1
        plant_negative(rng, files[f], k, f"t22-{uid:04d}", pools)
    # ------------------------------------------------------------ write
    labels = []
    seen_names = set()
    for fc in files:
        rel = f"{fc.env}/{fc.fname}"
        assert rel not in seen_names, rel
        seen_names.add(rel)
        doc = envelope(fc)
        (PLANTED / fc.env).mkdir(parents=True, exist_ok=True)
        (PLANTED / rel).write_text(dump(doc), encoding="utf-8")
        for lab in fc.labels:
            out = {"id": lab["id"], "file": rel, "pointer": lab["pointer"], "surface": lab["surface"],
                   "category": lab["category"], "value": lab["value"], "kind": lab["kind"], "base": fc.base,
                   "placement": lab["placement"], "format": lab["format"]}
            if "raw" in lab:
                out["raw"] = lab["raw"]
            if lab["category"] != "NONE":
                out["plain"] = lab["plain"]
            labels.append(out)
    labels.sort(key=lambda l: l["id"])
    with open(PLANTED / "labels.jsonl", "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    npos = sum(l["category"] != "NONE" for l in labels)
    print(f"planted files={len(files)} positives={npos} negatives={len(labels) - npos} real={len(real_man)}")


if __name__ == "__main__":
    main()
