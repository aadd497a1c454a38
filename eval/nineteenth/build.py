#!/usr/bin/env python3
"""Deterministic builder of eval/nineteenth/planted/ (seed 191919; stdlib + phonenumbers via values.py).

Reads the host files in sources/ (see collect.py), makes 64 host schemas (32 OCPP 1.6 message schemas and
32 Australian CDR banking/common component schemas), wraps 16 of them in each of four envelopes and plants
synthetic values into the surfaces that the policy says are cached. Writes planted/<envelope>/*.json and
planted/labels.jsonl. real/ is written by collect.py and never touched here.

Envelopes:
  schema/     a bare JSON Schema (OCPP as it is; CDR component cut out, with $schema and title added)
  gemini-fd/  a Gemini generateContent request body, tools[0].functionDeclarations[0] with parameters or
              parametersJsonSchema
  gemini-rs/  a Gemini generateContent request body, generationConfig.responseJsonSchema / responseSchema
  mcp-list/   an MCP tools/list result: tools[0] with name, title, description, inputSchema, annotations
"""
from __future__ import annotations

import copy
import hashlib
import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path

import values as V

SEED = 191919
HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
OUT = HERE / "planted"
ENVS = ["schema", "gemini-fd", "gemini-rs", "mcp-list"]
TOOL_ENVS = {"gemini-fd", "mcp-list"}
SURFACES = ["property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples",
            "default", "tool_name", "tool_description", "file_name", "metadata"]

# ------------------------------------------------------------------ cue vocabularies (several languages)
KEY_CUE = {
    "PERSON": ["nama_pasien", "hoTenBenhNhan", "betegNeve", "jina_la_mgonjwa", "hasta_adi", "imieNazwisko",
               "ingoa_turoro", "accountHolderName", "cardholder", "emergencyContact"],
    "DATE_OF_BIRTH": ["tgl_lahir", "ngaySinh", "szuletesiDatum", "tarehe_kuzaliwa", "dogumTarihi", "dataUrodzenia",
                      "syntymaaika", "birthDt", "dob", "DOB"],
    "MRN": ["no_rm", "soHoSoBenhAn", "korlapszam", "faili_no", "dosyaNo", "nrKartyPacjenta", "urNumber", "hospNo",
            "mrn", "chartId"],
    "US_SSN": ["ssn", "subscriberSSN", "ss_no", "socSecNum"],
    "PHONE_NUMBER": ["no_hp", "soDienThoai", "telefonszam", "namba_simu", "telNo", "nrTelefonu", "mobile", "ph"],
    "EMAIL_ADDRESS": ["surel", "eposta", "email_cim", "contactEmail"],
    "STREET_ADDRESS": ["alamat", "diaChi", "lakcim", "anwani", "adres", "homeAddress"],
    "ZIP_CODE": ["zip", "zipCode", "kode_pos_us", "zip4", "postalZip"],
    "HEALTH_PLAN_ID": ["medicareNo", "mbi", "memberId", "medicaidCin", "ohipNo", "kvnr", "versichertennummer",
                       "subscriberId", "policyMemberNo", "insuranceNo"],
    "ACCOUNT_NUMBER": ["iban", "no_rekening", "soTaiKhoan", "szamlaszam", "hesapNo", "numerKonta", "cardNumber",
                       "bsbAcct", "harNo", "guarantorAcct"],
    "LICENSE_NUMBER": ["no_sim", "soGPLX", "jogositvanySzam", "leseni_udereva", "ehliyetNo", "prawoJazdyNr",
                       "dlNumber", "driverLicence", "dvlaNo", "licenceNo"],
    "DEVICE_ID": ["imei", "macAddr", "udi", "implantSerial", "pumpSerial", "soSeriThietBi", "cgmTransmitterId"],
    "VEHICLE_ID": ["vin", "nomor_rangka", "alvazszam", "sasiNo", "vehicleVin"],
    "IP_ADDRESS": ["clientIp", "alamat_ip", "lastLoginIp", "ipCim", "sourceAddr"],
    "URL": ["fundraiserUrl", "profileUrl", "portalLink", "halaman_donasi", "trangCaNhan"],
    "SECRET": ["apiKey", "token", "password", "kata_sandi", "matKhau", "jelszo", "dsn", "bearer"],
}
TEXT_CUE = {
    "PERSON": ["Nama pasien", "Họ tên bệnh nhân", "Beteg neve", "Jina la mgonjwa", "Hasta adı",
               "Imię i nazwisko pacjenta", "Ingoa o te tūroro", "Account holder", "Cardholder", "Primary contact"],
    "DATE_OF_BIRTH": ["Tanggal lahir", "Ngày sinh", "Születési dátum", "Tarehe ya kuzaliwa", "Doğum tarihi",
                      "Data urodzenia", "Syntymäaika", "born", "DOB", "d.o.b."],
    "MRN": ["No. RM", "Số hồ sơ bệnh án", "Kórlapszám", "Namba ya faili la mgonjwa", "Hasta dosya no",
            "Nr karty pacjenta", "UR number", "hospital number", "MRN", "chart"],
    "US_SSN": ["SSN", "Social Security No.", "soc. sec.", "SSN (subscriber)"],
    "PHONE_NUMBER": ["No. HP", "Số điện thoại", "Telefonszám", "Namba ya simu", "Telefon", "Nr telefonu", "mobile",
                     "ph."],
    "EMAIL_ADDRESS": ["email", "E-posta", "Surel", "e-mail cím"],
    "STREET_ADDRESS": ["Alamat", "Địa chỉ", "Lakcím", "Anwani", "Adres", "home address", "residing at"],
    "ZIP_CODE": ["ZIP", "zip code", "Kode pos (AS)", "ZIP+4", "postal ZIP"],
    "HEALTH_PLAN_ID": ["Medicare card", "Medicare Beneficiary Identifier", "MBI", "member ID", "Medicaid CIN",
                       "OHIP", "KVNR (eGK)", "Versichertennummer", "subscriber id", "policy/member no."],
    "ACCOUNT_NUMBER": ["IBAN", "Nomor rekening", "Số tài khoản", "Számlaszám", "Hesap no", "Numer konta", "card",
                       "BSB/acct", "hospital account", "guarantor account"],
    "LICENSE_NUMBER": ["No. SIM", "Giấy phép lái xe số", "Jogosítvány száma", "Leseni ya udereva", "Ehliyet no",
                       "Prawo jazdy nr", "driver licence", "DL#", "DVLA licence number", "licence no."],
    "DEVICE_ID": ["IMEI", "MAC", "UDI", "implant serial", "pump serial", "Số sê-ri thiết bị", "CGM transmitter"],
    "VEHICLE_ID": ["VIN", "Nomor rangka (VIN)", "Alvázszám", "Şasi no (VIN)", "vehicle VIN"],
    "IP_ADDRESS": ["client IP", "Alamat IP", "last login from", "IP-cím", "source address"],
    "URL": ["fundraiser", "profile", "patient portal", "Halaman donasi", "Trang cá nhân"],
    "SECRET": ["api key", "token", "password", "Kata sandi", "Mật khẩu", "Jelszó", "connection string", "bearer"],
}
# format-specific key cues (override KEY_CUE where the key would name another scheme)
KEY_CUE_FMT = {
    "mbi": ["mbi", "medicareBeneficiaryId", "subscriberId"], "mbi_dash": ["mbi", "medicareBeneficiaryId"],
    "medicaid_ny": ["medicaidCin", "medicaidId"], "bcbs": ["memberId", "subscriberId", "policyMemberNo"],
    "aetna": ["memberId", "insuranceNo"], "au_medicare": ["medicareNo", "medicareCardNo"],
    "ohip": ["ohipNo", "healthCardNumber"], "kvnr": ["kvnr", "versichertennummer"],
    "uhc": ["memberId", "insuranceNo", "policyMemberNo"], "humana": ["memberId", "subscriberId"],
    "card_visa_g": ["cardNumber", "nomor_kartu", "kartyaszam"], "card_mc": ["cardNumber", "soThe"],
    "card_amex_g": ["cardNumber", "guarantorCard"], "card_jcb": ["cardNumber", "nomor_kartu"],
    "bsb": ["bsbAcct", "bsbAccountNumber"], "har": ["harNo", "hospitalAccount", "guarantorAcct"],
    "imei": ["imei", "pumpImei", "soImei"], "mac_colon": ["macAddr", "wifiMac"], "mac_dash": ["macAddr", "bleMac"],
    "mac_dot": ["macAddr", "nicMac"], "udi": ["udi", "implantUdi"], "serial": ["implantSerial", "pumpSerial",
                                                                             "cgmTransmitterId", "soSeriThietBi"],
}
NEUTRAL_KEYS = ["ref", "value", "label", "note", "extra", "opt", "tag", "memo", "customData", "misc", "hint", "aux"]
STANDALONE = {"PERSON", "EMAIL_ADDRESS", "URL", "IP_ADDRESS", "SECRET", "VEHICLE_ID", "STREET_ADDRESS"}

# ------------------------------------------------------------------ the positive items (category, format)
POS = (
    [("PERSON", f) for f in ["full"] * 5 + ["comma_upper"] * 2 + ["snake"] * 4 + ["camel"] * 2 + ["dotted_lower"]]
    + [("DATE_OF_BIRTH", f) for f in ["iso", "dmy_dot", "dmy_slash", "mdy_slash", "long_en", "d_mon_y", "compact",
                                      "snake", "snake", "hu", "id", "iso"]]
    + [("MRN", f) for f in ["ur", "mrn_colon", "hn", "rm", "k", "mr_hash", "cx", "bare9", "epr", "pid", "pt_hash",
                            "ur"]]
    + [("LICENSE_NUMBER", f) for f in ["ca", "fl", "il", "ny", "wi", "mi", "nj", "wa", "tx", "on", "uk", "nsw"]]
    + [("HEALTH_PLAN_ID", f) for f in ["mbi", "mbi_dash", "medicaid_ny", "bcbs", "aetna", "au_medicare", "ohip",
                                       "kvnr", "uhc", "humana", "mbi"]]
    + [("ACCOUNT_NUMBER", f) for f in ["iban_de_g", "iban_fr", "iban_nl_g", "iban_gb", "iban_pl_g", "iban_ch",
                                       "card_visa_g", "card_mc", "card_amex_g", "card_jcb", "bsb", "har", "us_acct"]]
    + [("US_SSN", f) for f in ["dash"] * 3 + ["space"] * 2 + ["under"] * 2 + ["plain"]]
    + [("PHONE_NUMBER", f) for f in ["US_nat", "US_nat", "US_e164", "AU_intl", "NZ_intl", "GB_nat", "DE_e164",
                                     "IN_intl", "BR_intl", "KE_e164"]]
    + [("EMAIL_ADDRESS", "personal")] * 8
    + [("STREET_ADDRESS", f) for f in ["us_line", "us_line", "us_full", "us_full", "us_apt", "au", "nz", "us_full"]]
    + [("ZIP_CODE", f) for f in ["zip5"] * 5 + ["zip4"] * 3]
    + [("DEVICE_ID", f) for f in ["imei", "imei", "imei", "mac_colon", "mac_dash", "mac_dot", "udi", "udi", "serial"]]
    + [("VEHICLE_ID", "vin")] * 8
    + [("IP_ADDRESS", f) for f in ["v4"] * 5 + ["v6"] * 2]
    + [("URL", f) for f in ["gofundme", "givealittle", "caringbridge", "linkedin", "facebook", "vk", "portal",
                            "justgiving"]]
    + [("SECRET", f) for f in ["github", "stripe", "slack", "aws", "google", "jwt", "pg", "password", "sendgrid"]]
)
# combined plants: one string that carries two labels
COMBOS = [
    ("property_name", [("PERSON", "snake"), ("DATE_OF_BIRTH", "snake")]),
    ("tool_description", [("PERSON", "full"), ("MRN", "ur")]),
    ("description", [("PERSON", "comma_upper"), ("DATE_OF_BIRTH", "dmy_dot")]),
    ("title", [("PERSON", "full"), ("HEALTH_PLAN_ID", "au_medicare")]),
    ("metadata", [("PERSON", "full"), ("LICENSE_NUMBER", "ca")]),
    ("metadata", [("DATE_OF_BIRTH", "long_en"), ("MRN", "hn")]),
]


def make_value(rng, cat, fmt, used_names):
    """-> (value, person name tuple or None)"""
    name = None
    if cat == "PERSON":
        v, name = V.person(rng, fmt, used_names)
    elif cat == "DATE_OF_BIRTH":
        v = V.dob(rng, fmt)
    elif cat == "MRN":
        v = V.mrn(rng, fmt)
    elif cat == "LICENSE_NUMBER":
        nm = V.pick(rng, V.NAMES)[:2]
        v = V.licence(rng, fmt, nm)
    elif cat == "HEALTH_PLAN_ID":
        v = V.health_plan(rng, fmt)
    elif cat == "ACCOUNT_NUMBER":
        v = V.account(rng, fmt)
    elif cat == "US_SSN":
        v = V.ssn(rng, fmt)
    elif cat == "PHONE_NUMBER":
        reg, f = fmt.split("_")
        v = V.phone(rng, reg, f)
    elif cat == "EMAIL_ADDRESS":
        v = V.email(rng, V.pick(rng, V.NAMES)[:2])
    elif cat == "STREET_ADDRESS":
        v = V.street(rng, fmt)
    elif cat == "ZIP_CODE":
        v = V.zip_code(rng, fmt)
    elif cat == "DEVICE_ID":
        v = V.device(rng, fmt)
    elif cat == "VEHICLE_ID":
        v = V.vin(rng)
    elif cat == "IP_ADDRESS":
        v = V.ipv4(rng) if fmt == "v4" else V.ipv6(rng)
    elif cat == "URL":
        v = V.url(rng, fmt, V.pick(rng, V.NAMES)[:2])
    elif cat == "SECRET":
        v = V.secret(rng, fmt)
    else:
        raise ValueError(cat)
    return v, name


def ident_ok(v):
    return bool(re.fullmatch(r"[A-Za-z0-9_-]+", v))


def fname_ok(v):
    return bool(re.fullmatch(r"[A-Za-z0-9_.@+-]+", v))


def allowed_surfaces(cat, v):
    out = ["enum", "const", "title", "description", "examples", "default", "metadata", "tool_description"]
    if len(v) <= 90:
        out.append("pattern")
    if len(v) <= 60 and cat not in ("STREET_ADDRESS",) and (" " not in v or cat == "PERSON"):
        out += ["property_name", "pattern_property"]
    if ident_ok(v) and len(v) <= 40:
        out.append("tool_name")
    if fname_ok(v) and len(v) <= 60:
        out.append("file_name")
    return out


def rx_escape(v: str) -> str:
    return re.sub(r"([.^$*+?()\[\]{}|\\])", r"\\\1", v)


# ------------------------------------------------------------------ hard negatives
# (kind, surface, value, extra) ; extra carries the key / a whole enum / a text
NEG = [
    # code_enum: an enum of codes or vocabulary (label on one element)
    ("code_enum", "enum", "E11.9", {"key": "kode_icd10", "enum": ["I10", "E11.9", "J45.909", "N18.3"]}),
    ("code_enum", "enum", "2339-0", {"key": "loincCode", "enum": ["4548-4", "2339-0", "718-7"]}),
    ("code_enum", "enum", "44054006", {"key": "snomedCt", "enum": ["38341003", "44054006", "195967001"]}),
    ("code_enum", "enum", "F", {"key": "administrativeSex", "enum": ["F", "M", "O", "U", "A", "N"]}),
    ("code_enum", "enum", "TAS", {"key": "stateCode", "enum": ["NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"]}),
    ("code_enum", "enum", "HU", {"key": "negara", "enum": ["ID", "VN", "HU", "KE", "NZ", "AU"]}),
    ("code_enum", "enum", "C09AA05", {"key": "atcKod", "enum": ["A10BA02", "C09AA05", "N02BE01"]}),
    ("code_enum", "enum", "O-", {"key": "golongan_darah", "enum": ["A+", "A-", "B+", "O+", "O-", "AB+"]}),
    ("code_enum", "enum", "207Q00000X", {"key": "nuccTaxonomy", "enum": ["207Q00000X", "208D00000X", "363L00000X"]}),
    ("code_enum", "enum", "99213", {"key": "cptHcpcs", "enum": ["G0438", "99213", "D1110"]}),
    ("code_enum", "enum", "036", {"key": "mbsItem", "enum": ["023", "036", "044", "721"]}),
    ("code_enum", "enum", "SNSB", {"key": "bankBic4", "enum": ["ABNA", "INGB", "RABO", "SNSB"]}),
    # category_label_key: a key that names a kind of PHI but holds none
    ("category_label_key", "property_name", "tgl_lahir", {"schema": {"type": "string", "format": "date"}}),
    ("category_label_key", "property_name", "ngaySinh", {"schema": {"type": "string", "format": "date"}}),
    ("category_label_key", "property_name", "szuletesiDatum", {"schema": {"type": "string"}}),
    ("category_label_key", "property_name", "nomorRekamMedis", {"schema": {"type": "string", "maxLength": 16}}),
    ("category_label_key", "property_name", "driverLicenceNo", {"schema": {"type": "string"}}),
    ("category_label_key", "property_name", "medicareCardNumber", {"schema": {"type": "string"}}),
    ("category_label_key", "property_name", "payeeIban", {"schema": {"type": "string"}}),
    ("category_label_key", "property_name", "deviceImei", {"schema": {"type": "string"}}),
    ("category_label_key", "property_name", "vin_kendaraan", {"schema": {"type": "string"}}),
    ("category_label_key", "property_name", "no_telepon", {"schema": {"type": "string"}}),
    ("category_label_key", "property_name", "jelszo", {"schema": {"type": "string", "writeOnly": True}}),
    ("category_label_key", "property_name", "patientSurname", {"schema": {"type": "string", "maxLength": 35}}),
    # format_regex: a generic format regex
    ("format_regex", "pattern", "^[2-6][0-9]{9}[1-9]?$", {"key": "medicare"}),
    ("format_regex", "pattern", "^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$", {"key": "ibanValue"}),
    ("format_regex", "pattern", "^[A-Z9]{5}[0-9]{6}[A-Z9]{2}[0-9][A-Z]{2}$", {"key": "dvla"}),
    ("format_regex", "pattern", "^[A-HJ-NPR-Z0-9]{17}$", {"key": "vehicle"}),
    ("format_regex", "pattern", "^[0-9]{15}$", {"key": "handsetId"}),
    ("format_regex", "pattern", "^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$", {"key": "hwAddr"}),
    ("format_regex", "pattern", "^[A-Z][0-9]{9}$", {"key": "kvnrFormat"}),
    ("format_regex", "pattern", "^UR ?[0-9]{6,7}$", {"key": "urFormat"}),
    ("format_regex", "pattern", "^\\+61[2-478][0-9]{8}$", {"key": "auMobile"}),
    ("format_regex", "pattern", "^[0-9]{3}-?[0-9]{3}$", {"key": "bsb"}),
    # reserved_placeholder
    ("reserved_placeholder", "examples", "0491 570 156", {"key": "mobileNumber"}),
    ("reserved_placeholder", "examples", "+44 7700 900123", {"key": "ukMobile"}),
    ("reserved_placeholder", "default", "020 7946 0018", {"key": "switchboard"}),
    ("reserved_placeholder", "examples", "(212) 555-0147", {"key": "phone"}),
    ("reserved_placeholder", "examples", "pasien@example.org", {"key": "email"}),
    ("reserved_placeholder", "default", "budi@rumahsakit.example", {"key": "contactEmail"}),
    ("reserved_placeholder", "examples", "192.0.2.44", {"key": "gatewayIp"}),
    ("reserved_placeholder", "examples", "2001:db8::8a2e:370:7334", {"key": "ipv6Addr"}),
    ("reserved_placeholder", "examples", "00-00-5E-00-53-2A", {"key": "mac"}),
    ("reserved_placeholder", "examples", "987-65-4321", {"key": "ssn"}),
    ("reserved_placeholder", "default", "XXX-XX-XXXX", {"key": "maskedSsn"}),
    ("reserved_placeholder", "examples", "4111 1111 1111 1111", {"key": "testCard"}),
    ("reserved_placeholder", "examples", "https://example.org/fhir/Patient/{id}", {"key": "patientRef"}),
    ("reserved_placeholder", "default", "AKIAIOSFODNN7EXAMPLE", {"key": "awsAccessKeyId"}),
    ("reserved_placeholder", "default", "YOUR_GEMINI_API_KEY", {"key": "apiKey"}),
    # version_date
    ("version_date", "metadata", "2017-09-28", {"text": "Generated from the OCPP-J 1.6 schemas, edition 2 of 2017-09-28."}),
    ("version_date", "metadata", "1.24.0", {"xkey": "x-cds-version", "text": "1.24.0"}),
    ("version_date", "description", "2023-06-30", {"text": "Deprecated since v1.22.0 (2023-06-30); use the V2 structure."}),
    ("version_date", "const", "2024-11-15", {"key": "apiVersion"}),
    ("version_date", "metadata", "2025-02-03", {"xkey": "x-release-date", "text": "2025-02-03"}),
    ("version_date", "default", "2019-10", {"key": "specVersion"}),
    ("version_date", "description", "12 June 2024", {"text": "Introduced in CDS 1.31.0 on 12 June 2024."}),
    ("version_date", "title", "2020-12", {"text": "Draft 2020-12 compatible payload"}),
    # name_like_word
    ("name_like_word", "enum", "Victoria", {"key": "jurisdiction", "enum": ["Victoria", "Queensland", "Tasmania"]}),
    ("name_like_word", "enum", "Darwin", {"key": "depot", "enum": ["Darwin", "Adelaide", "Hobart"]}),
    ("name_like_word", "title", "Grace", {"text": "Grace period (days)"}),
    ("name_like_word", "enum", "Chase", {"key": "issuerBank", "enum": ["Chase", "Westpac", "ANZ"]}),
    ("name_like_word", "const", "Georgia", {"key": "region"}),
    ("name_like_word", "enum", "June", {"key": "billingMonth", "enum": ["May", "June", "July"]}),
    ("name_like_word", "const", "Jordan", {"key": "countryName"}),
    ("name_like_word", "enum", "Lincoln", {"key": "vehicleMake", "enum": ["Lincoln", "Holden", "Mazda"]}),
    ("name_like_word", "default", "Florence", {"key": "siteCity"}),
    ("name_like_word", "enum", "Hope", {"key": "programme", "enum": ["Hope", "Harmony", "Unity"]}),
    # category_words_text
    ("category_words_text", "description", "Tanggal lahir pasien", {"text": "Tanggal lahir pasien dalam format YYYY-MM-DD."}),
    ("category_words_text", "description", "Số hồ sơ bệnh án", {"text": "Số hồ sơ bệnh án của bệnh nhân (chuỗi 8-12 ký tự)."}),
    ("category_words_text", "title", "Jogosítvány száma", {"text": "Jogosítvány száma"}),
    ("category_words_text", "description", "Namba ya simu", {"text": "Namba ya simu ya mgonjwa, pamoja na msimbo wa nchi."}),
    ("category_words_text", "description", "Medicare card number", {"text": "Medicare card number and individual reference number (IRN) of the cardholder."}),
    ("category_words_text", "title", "IBAN of the account holder", {"text": "IBAN of the account holder"}),
    ("category_words_text", "metadata", "Kórlapszám", {"text": "Kórlapszám és TAJ-szám nem kerülhet ide."}),
    # tool words
    ("tool_category_words", "tool_name", "cari_pasien_by_no_rm", {}),
    ("tool_category_words", "tool_name", "verify_medicare_card_irn", {}),
    ("tool_category_words", "tool_name", "lookup_driver_licence_status", {}),
    ("tool_category_words", "tool_description", "member's date of birth",
     {"text": "Checks eligibility using the member's date of birth and Medicare number."}),
    # file names
    ("file_name_category_words", "file_name", "patient-dob-lookup", {}),
    ("file_name_category_words", "file_name", "medicare-eligibility", {}),
    ("file_name_category_words", "file_name", "ur-number-search", {}),
]


# ------------------------------------------------------------------ hosts
def esc_tok(t: str) -> str:
    return t.replace("~", "~0").replace("/", "~1")


def load_hosts(rng):
    ocpp = sorted(p for p in (SRC / "ocpp16").glob("*.json"))
    cand = []
    for p in ocpp:
        d = json.loads(p.read_text(encoding="utf-8"))
        if isinstance(d.get("properties"), dict) and len(d["properties"]) >= 1 and "Response" not in p.stem:
            cand.append(("ocpp16." + p.stem, d, f"mobilityhouse/ocpp@b0e0b07fd77652a586b0b6aba1bac77b6683573a:ocpp/v16/schemas/{p.name}"))
    rng.shuffle(cand)
    hosts = sorted(cand[:32], key=lambda h: h[0])
    comps = []
    for f in ["cds_banking.json", "cds_common.json"]:
        spec = json.loads((SRC / "cdr" / f).read_text(encoding="utf-8"))
        for name, sch in spec["components"]["schemas"].items():
            if isinstance(sch.get("properties"), dict) and len(sch["properties"]) >= 2 and not name.startswith("Response"):
                d = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": name}
                d.update(copy.deepcopy(sch))
                comps.append(("cdr." + name, d, f"ConsumerDataStandardsAustralia/standards@45f31a807cf6770456eb26aa2c68003d634ea53c:swagger-gen/api/{f}#/components/schemas/{name}"))
    rng.shuffle(comps)
    hosts += sorted(comps[:32], key=lambda h: h[0])
    return hosts


def snake(s):
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", s).lower()


def wrap(env, hid, schema, rng):
    """-> (document, pointer prefix of the schema, tool pointer prefix or None)"""
    base = hid.split(".", 1)[1]
    if env == "schema":
        return schema, "", None
    s = {k: v for k, v in schema.items() if k not in ("$schema", "$id")}
    fam = "OCPP 1.6" if hid.startswith("ocpp") else "CDR"
    text = f"Fill in the {base} payload for the {fam} integration from the notes above."
    contents = [{"role": "user", "parts": [{"text": text}]}]
    tname = snake(base).replace("__", "_")
    tdesc = (f"Builds an {fam} {base} message for a charging station." if fam.startswith("OCPP")
             else f"Returns the {base} structure from the Consumer Data Right banking API.")
    if env == "gemini-fd":
        key = "parameters" if rng.random() < 0.5 else "parametersJsonSchema"
        doc = {"contents": contents,
               "tools": [{"functionDeclarations": [{"name": tname, "description": tdesc, key: s}]}],
               "toolConfig": {"functionCallingConfig": {"mode": "ANY"}}}
        return doc, f"/tools/0/functionDeclarations/0/{key}", "/tools/0/functionDeclarations/0"
    if env == "gemini-rs":
        key = "responseJsonSchema" if rng.random() < 0.6 else "responseSchema"
        doc = {"contents": contents,
               "generationConfig": {"responseMimeType": "application/json", key: s, "temperature": 0}}
        return doc, f"/generationConfig/{key}", None
    if env == "mcp-list":
        doc = {"tools": [{"name": tname, "title": base, "description": tdesc, "inputSchema": s,
                          "annotations": {"title": base, "readOnlyHint": True, "openWorldHint": False}}]}
        return doc, "/tools/0/inputSchema", "/tools/0"
    raise ValueError(env)


def get(doc, ptr):
    node = doc
    for t in [x.replace("~1", "/").replace("~0", "~") for x in ptr.split("/")[1:]] if ptr else []:
        node = node[int(t)] if isinstance(node, list) else node[t]
    return node


# ------------------------------------------------------------------ planting
class Planter:
    def __init__(self, rng, doc, sptr, tptr, env, hid):
        self.rng, self.doc, self.sptr, self.tptr, self.env, self.hid = rng, doc, sptr, tptr, env, hid
        self.root = get(doc, sptr)
        self.root.setdefault("properties", {})
        self.used_fields = set()
        self.fname = None

    def unique_key(self, k):
        props = self.root["properties"]
        base, i = k, 2
        while k in props:
            k, i = f"{base}{i}", i + 1
        return k

    def new_prop(self, key, schema):
        key = self.unique_key(key)
        self.root["properties"][key] = schema
        return key, f"{self.sptr}/properties/{esc_tok(key)}"

    def existing_prop(self, field):
        props = self.root["properties"]
        ks = [k for k, v in props.items() if isinstance(v, dict) and (k, field) not in self.used_fields
              and "$ref" not in v]
        if not ks:
            return None, None
        k = ks[self.rng.randrange(len(ks))]
        self.used_fields.add((k, field))
        return k, f"{self.sptr}/properties/{esc_tok(k)}"


def sentence(rng, cat_vals, placement, lang_idx=None):
    """A sentence carrying one or more values, with cues when placement is text_cue."""
    parts = []
    for cat, v in cat_vals:
        if placement == "no_cue":
            parts.append(v)
        else:
            parts.append(f"{V.pick(rng, TEXT_CUE[cat])}: {v}")
    if placement == "no_cue":
        tmpl = V.pick(rng, ["e.g. {x}", "Sample: {x}", "{x}", "Contoh: {x}", "Ví dụ: {x}", "Példa: {x}"])
        return tmpl.format(x=", ".join(parts))
    tmpl = V.pick(rng, ["{x}.", "Test record — {x}.", "Data uji: {x}.", "Copied from ticket: {x}", "({x})",
                        "Ghi chú: {x}.", "Mfano: {x}."])
    return tmpl.format(x="; ".join(parts))


def joined(v, cat=None):
    if cat == "URL":
        return v  # keys may hold a whole URL (JSON-LD style)
    return re.sub(r"[^A-Za-z0-9]+", "_", v).strip("_") if " " in v or "/" in v else v


def plant_positive(P: Planter, surface, items, placement, labels_out, base):
    """items: list of (cat, fmt, value). Returns nothing; appends labels."""
    rng = P.rng
    cat0 = items[0][0]
    fmt0 = items[0][1]
    kc = (V.pick(rng, KEY_CUE_FMT.get(fmt0, KEY_CUE[cat0])) if placement == "key_cue"
          else V.pick(rng, NEUTRAL_KEYS))
    labs = []  # (pointer, surface, cat, value, raw, kind)

    def lab(ptr, cat, value, raw=None, kind="literal"):
        labs.append((ptr, surface, cat, value, raw, kind))

    if surface in ("enum", "const", "default", "examples", "pattern"):
        (cat, fmt, v), = items
        sch = {"type": "string"}
        if placement == "text_cue":
            sch["title"] = V.pick(rng, TEXT_CUE[cat])
        if surface == "enum":
            extra = [] if rng.random() < 0.5 else [V.pick(rng, ["", "n/a", "unknown", "other"])]
            lst = extra + [v]
            sch["enum"] = lst
            key, ptr = P.new_prop(kc, sch)
            lab(f"{ptr}/enum/{len(lst) - 1}", cat, v)
        elif surface == "const":
            sch["const"] = v
            key, ptr = P.new_prop(kc, sch)
            lab(f"{ptr}/const", cat, v)
        elif surface == "default":
            sch["default"] = v
            key, ptr = P.new_prop(kc, sch)
            lab(f"{ptr}/default", cat, v)
        elif surface == "examples":
            sch["examples"] = [v]
            key, ptr = P.new_prop(kc, sch)
            lab(f"{ptr}/examples/0", cat, v)
        else:
            rx = "^" + rx_escape(v) + "$"
            sch["pattern"] = rx
            key, ptr = P.new_prop(kc, sch)
            lab(f"{ptr}/pattern", cat, rx_escape(v), raw=v if rx_escape(v) != v else None, kind="literal_regex")
    elif surface == "property_name":
        vals = [joined(v, c) for c, _, v in items]
        if len(items) == 2:
            key = f"{vals[0]}_dob_{vals[1]}"
        elif placement == "key_cue":
            key = f"{kc}_{vals[0]}"
        else:
            key = items[0][2] if items[0][0] in ("PERSON", "URL") else vals[0]
        key, ptr = P.new_prop(key, {"type": V.pick(rng, ["string", "boolean", "object"])})
        for (cat, fmt, v), jv in zip(items, vals):
            val = v if v in key else jv
            lab(ptr, cat, val, kind="key_literal" if val == v else "snake_joined")
    elif surface == "pattern_property":
        (cat, fmt, v), = items
        rx = "^" + rx_escape(v) + ("$" if rng.random() < 0.6 else "(_.*)?$")
        key, ptr = P.new_prop(kc if placement == "key_cue" else V.pick(rng, NEUTRAL_KEYS),
                              {"type": "object", "patternProperties": {rx: {"type": "string"}},
                               "additionalProperties": False})
        lab(f"{ptr}/patternProperties/{esc_tok(rx)}", cat, rx_escape(v), raw=v if rx_escape(v) != v else None,
            kind="key_regex")
    elif surface in ("title", "description"):
        if placement == "key_cue":
            (cat, fmt, v), = items
            text = v
            key, ptr = P.new_prop(kc, {"type": "string", surface: text})
            lab(f"{ptr}/{surface}", cat, v)
        else:
            text = sentence(rng, [(c, v) for c, _, v in items], placement)
            if surface == "title":
                text = text.rstrip(".")
            k, ptr = P.existing_prop(surface)
            node = get(P.doc, ptr) if ptr else None
            if node is None or rng.random() < 0.3:
                key, ptr = P.new_prop(V.pick(rng, NEUTRAL_KEYS), {"type": "string", surface: text})
            elif surface == "description" and node.get("description"):
                node["description"] = node["description"].rstrip() + " " + text
            else:
                node[surface] = text
            for c, _, v in items:
                lab(f"{ptr}/{surface}", c, v)
    elif surface == "metadata":
        text = sentence(rng, [(c, v) for c, _, v in items], "text_cue" if placement != "no_cue" else "no_cue")
        mode = V.pick(rng, ["comment", "x", "annotation"] if P.env == "mcp-list" and "ann" not in P.used_fields
                      else ["comment", "x"])
        if mode == "annotation":
            P.used_fields.add("ann")
            get(P.doc, P.tptr)["annotations"]["title"] = text
            ptr = f"{P.tptr}/annotations/title"
        elif mode == "x":
            xk = V.pick(rng, ["x-test-fixture", "x-sample", "x-owner", "x-seed-record", "x-contoh"])
            key, ptr0 = P.new_prop(kc, {"type": "string", xk: text if placement != "key_cue" else items[0][2]})
            ptr = f"{ptr0}/{xk}"
        else:
            key, ptr0 = P.new_prop(kc, {"type": "string", "$comment": text if placement != "key_cue" else items[0][2]})
            ptr = f"{ptr0}/$comment"
        for c, _, v in items:
            lab(ptr, c, v)
    elif surface == "tool_name":
        (cat, fmt, v), = items
        tool = get(P.doc, P.tptr)
        verb = V.pick(rng, ["get", "sync", "fetch", "push", "cek", "lay", "lekerdez"])
        name = f"{verb}_{kc}_{v}" if placement == "key_cue" else f"{verb}_{v}"
        if len(name) > 64:
            name = f"{verb}_{v}"
        assert len(name) <= 64 and re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", name), name
        tool["name"] = name
        lab(f"{P.tptr}/name", cat, v, kind="tool_literal")
    elif surface == "tool_description":
        tool = get(P.doc, P.tptr)
        text = sentence(rng, [(c, v) for c, _, v in items], placement if placement != "key_cue" else "text_cue")
        tool["description"] = tool["description"] + " " + text
        for c, _, v in items:
            lab(f"{P.tptr}/description", c, v)
    elif surface == "file_name":
        (cat, fmt, v), = items
        P.fname = (f"{kc}-{v}" if placement == "key_cue" else v)
        lab("", cat, v, kind="file_literal")
    else:
        raise ValueError(surface)
    fmts = {c: f for c, f, _ in items}
    for ptr, s, c, val, raw, kind in labs:
        d = {"pointer": ptr, "surface": s, "category": c, "value": val, "kind": kind, "placement": placement,
             "format": fmts[c], "base": base}
        if raw:
            d["raw"] = raw
        labels_out.append(d)


def plant_negative(P: Planter, neg, labels_out, base):
    kind, surface, value, extra = neg
    rng = P.rng
    if surface == "enum":
        key, ptr = P.new_prop(extra["key"], {"type": "string", "enum": list(extra["enum"])})
        ptr = f"{ptr}/enum/{extra['enum'].index(value)}"
    elif surface == "property_name":
        key, ptr = P.new_prop(value, dict(extra["schema"]))
        assert key == value
    elif surface == "pattern":
        key, ptr = P.new_prop(extra["key"], {"type": "string", "pattern": value})
        ptr += "/pattern"
    elif surface in ("examples", "default", "const"):
        sch = {"type": "string", surface: [value] if surface == "examples" else value}
        key, ptr = P.new_prop(extra["key"], sch)
        ptr += "/examples/0" if surface == "examples" else f"/{surface}"
    elif surface == "metadata":
        if "xkey" in extra:
            P.root[extra["xkey"]] = extra["text"]
            ptr = f"{P.sptr}/{esc_tok(extra['xkey'])}"
        else:
            key, ptr = P.new_prop(V.pick(rng, NEUTRAL_KEYS), {"type": "string", "$comment": extra["text"]})
            ptr += "/$comment"
    elif surface in ("description", "title"):
        key, ptr = P.new_prop(V.pick(rng, NEUTRAL_KEYS), {"type": "string", surface: extra["text"]})
        ptr += f"/{surface}"
    elif surface == "tool_name":
        get(P.doc, P.tptr)["name"] = value
        ptr = f"{P.tptr}/name"
    elif surface == "tool_description":
        t = get(P.doc, P.tptr)
        t["description"] = t["description"] + " " + extra["text"]
        ptr = f"{P.tptr}/description"
    elif surface == "file_name":
        P.fname = value
        ptr = ""
    else:
        raise ValueError(surface)
    labels_out.append({"pointer": ptr, "surface": surface, "category": "NONE", "value": value, "kind": kind,
                       "placement": "none", "base": base})


# ------------------------------------------------------------------ main
def build():
    rng = random.Random(SEED)
    hosts = load_hosts(rng)
    assert len(hosts) == 64
    # envelopes: 8 OCPP + 8 CDR each
    files = []
    for i, (hid, doc, base) in enumerate(hosts):
        env = ENVS[(i % 32) % 4]
        files.append({"hid": hid, "doc": doc, "base": base, "env": env, "pos": [], "neg": [], "slots": set()})

    # values
    used_names = set()
    seen_vals = set()
    items = []  # {"surface": None, "vals": [(cat, fmt, v)]}
    for cat, fmt in POS:
        while True:
            v, _ = make_value(rng, cat, fmt, used_names)
            if v not in seen_vals:
                break
        seen_vals.add(v)
        items.append({"vals": [(cat, fmt, v)]})
    combo_items = []
    for surface, parts in COMBOS:
        vals = []
        for cat, fmt in parts:
            v, _ = make_value(rng, cat, fmt, used_names)
            vals.append((cat, fmt, v))
        combo_items.append({"vals": vals, "surface": surface})

    # surfaces: balance counts, most constrained first
    count = Counter()
    for it in combo_items:
        count[it["surface"]] += len(it["vals"])
    rng.shuffle(items)
    items.sort(key=lambda it: len(allowed_surfaces(it["vals"][0][0], it["vals"][0][2])))
    for it in items:
        cat, fmt, v = it["vals"][0]
        al = allowed_surfaces(cat, v)
        m = min(count[s] for s in al)
        choice = sorted(s for s in al if count[s] == m)
        it["surface"] = choice[rng.randrange(len(choice))]
        count[it["surface"]] += 1
    items += combo_items

    # placement
    NEED_CUE = {"DATE_OF_BIRTH", "ZIP_CODE", "MRN", "LICENSE_NUMBER", "HEALTH_PLAN_ID", "US_SSN", "DEVICE_ID",
                "PHONE_NUMBER", "ACCOUNT_NUMBER"}
    for it in items:
        cat, fmt, v = it["vals"][0]
        s = it["surface"]
        standalone = all((c in STANDALONE and fmt != "password") or (c == "ACCOUNT_NUMBER" and fmt.startswith(("iban", "card"))) or
                         (c == "PHONE_NUMBER" and ("e164" in fmt or "intl" in fmt)) or
                         (c == "DEVICE_ID" and fmt.startswith(("mac", "udi"))) for c, fmt, _ in it["vals"])
        if len(it["vals"]) == 2:
            opts = ["text_cue"] if s not in ("property_name",) else ["no_cue"]
        elif s in ("title", "description", "metadata", "tool_description"):
            opts = ["key_cue", "text_cue"] + (["no_cue"] if standalone else [])
        else:
            opts = ["key_cue"] + (["no_cue"] if standalone else [])
        it["placement"] = opts[rng.randrange(len(opts))]
        if s == "tool_description" and it["placement"] == "key_cue":
            it["placement"] = "text_cue"  # a tool description has no key of its own
        if len(it["vals"]) == 2 and s == "property_name":
            it["placement"] = "key_cue"  # the 'dob' joiner is the cue for the date

    # assign items to files
    def eligible(f, surface):
        if surface in ("tool_name", "tool_description") and f["env"] not in TOOL_ENVS:
            return False
        if surface in ("tool_name", "tool_description", "file_name") and surface in f["slots"]:
            return False
        return True

    order = sorted(range(len(items)), key=lambda i: (items[i]["surface"] not in ("tool_name", "tool_description", "file_name"), i))
    for i in order:
        it = items[i]
        el = [f for f in files if eligible(f, it["surface"])]
        m = min(len(f["pos"]) for f in el)
        cands = [f for f in el if len(f["pos"]) == m]
        f = cands[rng.randrange(len(cands))]
        f["pos"].append(it)
        if it["surface"] in ("tool_name", "tool_description", "file_name"):
            f["slots"].add(it["surface"])
    negs = list(NEG)
    rng.shuffle(negs)
    negs.sort(key=lambda n: n[1] not in ("tool_name", "tool_description", "file_name"))
    for n in negs:
        el = [f for f in files if eligible(f, n[1])]
        m = min(len(f["neg"]) for f in el)
        cands = [f for f in el if len(f["neg"]) == m]
        f = cands[rng.randrange(len(cands))]
        f["neg"].append(n)
        if n[1] in ("tool_name", "tool_description", "file_name"):
            f["slots"].add(n[1])

    # write
    if OUT.exists():
        shutil.rmtree(OUT)
    labels = []
    for f in files:
        frng = random.Random(f"{SEED}:{f['hid']}:{f['env']}")
        doc, sptr, tptr = wrap(f["env"], f["hid"], copy.deepcopy(f["doc"]), frng)
        P = Planter(frng, doc, sptr, tptr, f["env"], f["hid"])
        flabels = []
        seq = [("p", it) for it in f["pos"]] + [("n", n) for n in f["neg"]]
        frng.shuffle(seq)
        for t, x in seq:
            if t == "p":
                plant_positive(P, x["surface"], x["vals"], x["placement"], flabels, f["base"])
            else:
                plant_negative(P, x, flabels, f["base"])
        stem = f["hid"]
        if P.fname:
            stem = f"{f['hid']}.{P.fname}" if frng.random() < 0.5 else f"{P.fname}_{f['hid'].split('.', 1)[1]}"
        rel = f"{f['env']}/{stem}.json"
        path = OUT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        for l in flabels:
            labels.append({"file": rel, **l})
    labels.sort(key=lambda l: (l["file"], l["pointer"], l["category"]))
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as fh:
        for i, l in enumerate(labels):
            row = {"id": f"n19-{i:04d}", **{k: l[k] for k in ("file", "pointer", "surface", "category", "value")}}
            row.update({k: l[k] for k in ("raw", "kind", "placement", "format", "base") if k in l})
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"planted: {len(files)} files, {sum(l['category'] != 'NONE' for l in labels)} positives, "
          f"{sum(l['category'] == 'NONE' for l in labels)} hard negatives")


if __name__ == "__main__":
    build()
