#!/usr/bin/env python3
"""Deterministic builder of the twentythird set: sources/ -> planted/ (+ labels.jsonl) and real/.

stdlib + phonenumbers only; seed 232323. Usage: python build.py [--out DIR]  (default: this folder)
"""
from __future__ import annotations

import argparse
import copy
import hashlib
import json
import random
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import values as V  # noqa: E402

SEED = 232323
ENVS = ["mcp-output", "openai-realtime", "cohere-chat", "openapi31"]
TOOL_ENVS = ["mcp-output", "openai-realtime", "cohere-chat"]
SCHEMA_AT = {"mcp-output": ["tools", 0, "outputSchema"], "openai-realtime": ["session", "tools", 0, "parameters"],
             "cohere-chat": ["tools", 0, "function", "parameters"]}
TOOL_AT = {"mcp-output": ["tools", 0], "openai-realtime": ["session", "tools", 0], "cohere-chat": ["tools", 0, "function"]}
FAMILY_LABEL = {"discord": "Discord", "clerk": "Clerk"}
FAMILY_PREFIX = {"discord": "dc", "clerk": "ck"}

CAT_COUNTS = {"PERSON": 14, "DATE_OF_BIRTH": 12, "MRN": 12, "HEALTH_PLAN_ID": 12, "ACCOUNT_NUMBER": 12,
              "LICENSE_NUMBER": 11, "DEVICE_ID": 11, "VEHICLE_ID": 11, "IP_ADDRESS": 11, "URL": 10,
              "PHONE_NUMBER": 12, "US_SSN": 12, "SECRET": 12, "EMAIL_ADDRESS": 8, "STREET_ADDRESS": 6, "ZIP_CODE": 6}
SURFACES = ["tool_name", "file_name", "property_name", "pattern_property", "pattern", "enum", "const", "default",
            "examples", "title", "description", "tool_description", "metadata"]
SURF_COUNTS = {s: 13 for s in SURFACES}
for _s in ("description", "examples", "enum"):
    SURF_COUNTS[_s] = 14
HN_COUNTS = {"category_label_key": 12, "code_enum": 12, "reserved_placeholder": 12, "category_words_text": 10,
             "format_regex": 10, "name_like_word": 10, "version_date": 7, "tool_category_words": 4,
             "file_name_category_words": 3}

# ------------------------------------------------------------------ cues
# key cues: property / x- keys that name the category (English camel/snake, FHIR paths, HL7 v2 fields, and
# Finnish, Czech, Romanian, Swahili, Hebrew (romanised), Indonesian, Catalan, Lithuanian, Bulgarian, Kazakh, Tamil)
KEY_CUES = {
    "PERSON": ["guarantorName", "NK1-2_name", "Patient.name.text", "jmeno_pacienta", "potilaan_nimi",
               "numele_pacientului", "jina_la_mgonjwa", "shem_hametupal", "nama_pasien", "nom_del_pacient",
               "paciento_vardas", "име_на_пациента", "nauqas_aty", "noyaali_peyar"],
    "DATE_OF_BIRTH": ["PID-7_birth", "Patient.birthDate", "syntymaaika", "datum_narozeni", "data_nasterii",
                      "tarehe_ya_kuzaliwa", "taarich_leida", "tanggal_lahir", "data_naixement", "gimimo_data",
                      "дата_на_раждане", "ptDOB", "tugan_kuni"],
    "MRN": ["PID-3_MRN", "identifier[MR].value", "potilasnumero", "cislo_chorobopisu", "nr_foaie_observatie",
            "namba_ya_faili_ya_mgonjwa", "mispar_tik_refui", "no_rekam_medis", "num_historia_clinica",
            "ligos_istorijos_nr", "medRecNo", "chartNum"],
    "HEALTH_PLAN_ID": ["Coverage.subscriberId", "IN1-49_insuredId", "memberId", "mbi", "kela_kortin_nro",
                       "cislo_pojistence", "numar_asigurat_cnas", "namba_ya_bima_nhif", "mispar_kupat_cholim",
                       "nomor_kartu_bpjs", "num_targeta_sanitaria", "ehicCardNo", "draudimo_nr"],
    "ACCOUNT_NUMBER": ["PID-18_acctNo", "bankAccount", "tilinumero", "cislo_uctu", "cont_bancar",
                       "namba_ya_akaunti", "mispar_cheshbon", "nomor_rekening", "compte_bancari", "saskaitos_nr",
                       "hospAcctNo", "cardPan"],
    "LICENSE_NUMBER": ["PID-20_driversLicense", "dlNumber", "ajokortin_numero", "ridicsky_prukaz",
                       "permis_conducere", "leseni_ya_udereva", "rishyon_nehiga", "nomor_sim", "permis_conduccio",
                       "vairuotojo_pazymejimas", "driver_lic_no"],
    "DEVICE_ID": ["Device.serialNumber", "udiCarrier", "imei", "macAddr", "implantSerial", "laitteen_sarjanumero",
                  "vyrobni_cislo_implantatu", "serie_dispozitiv", "namba_ya_kifaa", "nomor_seri_perangkat",
                  "num_serie_dispositiu", "prietaiso_serijos_nr"],
    "VEHICLE_ID": ["vin", "vehicleVin", "valmistenumero_vin", "vin_karoserie", "serie_sasiu_vin", "namba_ya_chasisi",
                   "nomor_rangka_vin", "num_bastidor", "kebulo_nr_vin", "patientVehicleVIN", "vin_code"],
    "IP_ADDRESS": ["clientIp", "remote_addr", "ip_osoite", "ip_adresa", "adresa_ip", "anwani_ya_ip", "ktovet_ip",
                   "alamat_ip", "adreca_ip", "ip_adresas", "lastLoginIp"],
    "URL": ["fundraiserUrl", "profileUrl", "patientPortalUrl", "keraysivu_url", "odkaz_na_profil",
            "link_strangere_fonduri", "kiungo_cha_kuchangisha", "tautan_galang_dana", "enllac_perfil",
            "profilio_nuoroda"],
    "PHONE_NUMBER": ["PID-13_homePhone", "mobileNo", "puhelinnumero", "telefonni_cislo", "nr_telefon",
                     "namba_ya_simu", "mispar_telefon", "nomor_hp", "telefon_mobil", "telefono_nr",
                     "Patient.telecom.value", "nk1Phone"],
    "US_SSN": ["ssn", "PID-19_SSN", "socialSecurityNo", "GT1-12_SSN", "us_ssn", "ssn_usa_cislo", "cnp_ssn_sua",
               "namba_ssn_marekani", "nomor_ssn_as", "ssn_jav", "taxpayerSsn", "guarantor_ssn"],
    "EMAIL_ADDRESS": ["emailAddr", "sahkoposti", "e_mail_pacienta", "adresa_email", "barua_pepe", "doar_elektroni",
                      "surel", "correu_electronic"],
    "STREET_ADDRESS": ["homeAddress", "PID-11_address", "katuosoite", "adresa_bydliste", "adresa_domiciliu",
                       "anwani_ya_makazi"],
    "ZIP_CODE": ["zip", "postalCode", "postinumero", "psc", "cod_postal", "kode_pos"],
    "SECRET": ["apiKey", "client_secret", "salasana", "heslo", "parola", "nenosiri", "sisma", "kata_sandi",
               "contrasenya", "slaptazodis", "connString", "DATABASE_URL"],
}
# short ASCII cue words for regexes, tool names and file names
SHORT = {"PERSON": ["patient", "guarantor", "pacient"], "DATE_OF_BIRTH": ["dob", "birthdate", "syntymaaika"],
         "MRN": ["mrn", "chart", "rekam_medis"], "HEALTH_PLAN_ID": ["member_id", "mbi", "insured_id"],
         "ACCOUNT_NUMBER": ["iban", "acct", "bank_account"], "LICENSE_NUMBER": ["dl", "drivers_license", "licence"],
         "DEVICE_ID": ["imei", "device_sn", "mac"], "VEHICLE_ID": ["vin", "vehicle_vin"], "IP_ADDRESS": ["ip", "client_ip"],
         "URL": ["profile", "fundraiser"], "PHONE_NUMBER": ["tel", "phone", "mobile"], "US_SSN": ["ssn", "ssn_us"],
         "EMAIL_ADDRESS": ["email", "mail"], "STREET_ADDRESS": ["address"], "ZIP_CODE": ["zip", "postal"],
         "SECRET": ["api_key", "token", "secret"]}
# text cues: templates with {v}
TEXT_CUES = {
    "PERSON": ["Patient: {v}", "Potilas {v}", "Pacientka {v}", "Pacient: {v}", "Mgonjwa: {v}", "מטופל/ת: {v}",
               "Pasien atas nama {v}", "Guarantor of record: {v}", "Pacientas {v}", "Пациент: {v}",
               "நோயாளி: {v}", "Науқас: {v}", "NK1-2 next of kin {v}"],
    "DATE_OF_BIRTH": ["DOB {v}", "Syntymäaika {v}", "Datum narození: {v}", "Data nașterii: {v}",
                      "Tarehe ya kuzaliwa {v}", "תאריך לידה: {v}", "Tanggal lahir {v}", "Data de naixement: {v}",
                      "Gimimo data: {v}", "Дата на раждане: {v}", "PID-7 birth date {v}", "born {v}"],
    "MRN": ["MRN {v}", "Potilasnumero {v}", "Číslo chorobopisu {v}", "Foaie de observație {v}",
            "Namba ya faili ya mgonjwa {v}", "מספר תיק רפואי {v}", "No. rekam medis {v}",
            "Número d'història clínica {v}", "Ligos istorijos nr. {v}", "medical record no. {v}", "PID-3 (MR) {v}"],
    "HEALTH_PLAN_ID": ["Medicare MBI {v}", "Member ID {v}", "Číslo pojištěnce {v}", "Număr asigurat {v}",
                       "Namba ya bima {v}", "מספר חבר בקופה {v}", "Nomor kartu BPJS {v}", "EHIC card no. {v}",
                       "Coverage.subscriberId = {v}", "IN1-49 insured ID {v}", "subscriber {v}"],
    "ACCOUNT_NUMBER": ["IBAN {v}", "Tilinumero {v}", "Číslo účtu {v}", "Cont bancar {v}", "Akaunti ya benki {v}",
                       "מספר חשבון {v}", "Nomor rekening {v}", "Compte bancari {v}", "Sąskaitos nr. {v}",
                       "card number {v}", "hospital account {v}", "PID-18 patient account {v}"],
    "LICENSE_NUMBER": ["Driver license {v}", "DL# {v}", "Driver's licence no. {v}", "PID-20 DL {v}",
                       "Ajokortti (US) {v}", "Řidičský průkaz (USA) {v}", "Permis de conducere SUA {v}",
                       "Leseni ya udereva {v}", "Nomor SIM (AS) {v}", "Permís de conduir {v}",
                       "Vairuotojo pažymėjimas {v}"],
    "DEVICE_ID": ["IMEI {v}", "Implant serial {v}", "MAC address {v}", "Device.udiCarrier {v}",
                  "Laitteen sarjanumero {v}", "Výrobní číslo implantátu {v}", "Serie dispozitiv {v}",
                  "Namba ya kifaa {v}", "Nomor seri alat {v}", "Número de sèrie del dispositiu {v}",
                  "pacemaker SN {v}"],
    "VEHICLE_ID": ["VIN {v}", "Vehicle VIN: {v}", "Valmistenumero (VIN) {v}", "VIN vozidla {v}", "Serie șasiu {v}",
                   "Namba ya chasisi {v}", "Nomor rangka {v}", "Número de bastidor {v}", "Kėbulo nr. {v}",
                   "patient's car VIN {v}", "מספר שלדה {v}"],
    "IP_ADDRESS": ["Client IP {v}", "IP-osoite {v}", "IP adresa {v}", "Adresa IP {v}", "Anwani ya IP {v}",
                   "כתובת IP {v}", "Alamat IP {v}", "Adreça IP {v}", "IP adresas {v}", "last login from {v}",
                   "remote_addr={v}"],
    "URL": ["Fundraiser: {v}", "Profile {v}", "Keräyssivu {v}", "Sbírka: {v}", "Strângere de fonduri {v}",
            "Kuchangisha: {v}", "Galang dana {v}", "Perfil {v}", "Profilis {v}", "patient portal link {v}"],
    "PHONE_NUMBER": ["Phone {v}", "Puhelin {v}", "Telefon: {v}", "Nr. telefon {v}", "Namba ya simu {v}",
                     "טלפון: {v}", "Nomor HP {v}", "Telèfon {v}", "Tel. nr. {v}", "Телефон: {v}",
                     "PID-13 home phone {v}", "mobile {v}"],
    "US_SSN": ["SSN {v}", "Social Security number {v}", "SSN (USA) {v}", "Număr de securitate socială SUA {v}",
               "Namba ya SSN {v}", "Nomor SSN {v}", "PID-19 SSN {v}", "GT1-12 guarantor SSN {v}",
               "Rodné číslo USA (SSN) {v}", "SSN: {v}"],
    "EMAIL_ADDRESS": ["E-mail: {v}", "Sähköposti {v}", "Barua pepe {v}", "דוא\"ל: {v}", "Surel {v}",
                      "Correu {v}", "El. paštas {v}", "contact email {v}"],
    "STREET_ADDRESS": ["Home address: {v}", "Katuosoite {v}", "Adresa bydliště: {v}", "Anwani ya makazi {v}",
                       "PID-11 address {v}", "Alamat rumah {v}"],
    "ZIP_CODE": ["ZIP {v}", "Postinumero {v}", "PSČ {v}", "Cod poștal {v}", "Kode pos {v}", "ZIP+4 {v}"],
    "SECRET": ["API key {v}", "Salasana: {v}", "Heslo: {v}", "Parolă: {v}", "Nenosiri: {v}", "סיסמה: {v}",
               "Kata sandi {v}", "Contrasenya: {v}", "Slaptažodis: {v}", "token={v}", "DATABASE_URL={v}",
               "Authorization: Bearer {v}"],
}
NEUTRAL_KEYS = ["aux_ref", "legacyTag", "variant_b", "sample_value", "opaque_ref", "extra_1", "hint", "seed_value",
                "alt_label", "carry_over", "misc_field", "blob_ref", "x_ref2", "importedValue"]
NEUTRAL_TEXT = ["{v}", "Imported value {v}", "{v} (migrated)", "Seen upstream: {v}", "Sample: {v}"]
DECOYS = ["other", "pending", "none", "n/a"]

# surfaces a format may take (by the shape of its written value)
KEY_SURF = {"tool_name", "file_name", "property_name"}
MUST_KEY_SAFE = {"tool_name"}


def surface_ok(fmt, written, surface, cue_len=16):
    if surface == "tool_name":
        return V.key_safe(written) and len(written) + cue_len <= 64
    if surface == "file_name":
        return V.file_safe(written) and len(written) <= 120
    if surface == "property_name":
        return not re.search(r"[\s/~]", written) and len(written) <= 80
    if surface == "pattern_property":
        return not re.search(r"[\s/~]", written)
    return True


def rx_escape(s):
    return re.sub(r"([.^$*+?{}\[\]\\|()])", r"\\\1", s)


def esc_tok(t):
    return str(t).replace("~", "~0").replace("/", "~1")


def ptr(parts):
    return "".join("/" + esc_tok(p) for p in parts)


def snake(name):
    s = re.sub(r"[^A-Za-z0-9]+", "_", name)
    s = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", s)
    return s.lower().strip("_")


def sha(b):
    return hashlib.sha256(b).hexdigest()


def dump(obj):
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# ------------------------------------------------------------------ load sources
def load_sources():
    man = [json.loads(l) for l in (HERE / "sources" / "MANIFEST.jsonl").read_text().splitlines() if l.strip()]
    out = {}
    for m in man:
        data = (HERE / "sources" / m["file"]).read_bytes()
        if sha(data) != m["sha256"]:
            raise SystemExit(f"sha256 mismatch: sources/{m['file']}")
        out[m["file"]] = json.loads(data)
    heb = out["hebrew-names.json"]["lists"]
    first, last = [], []
    for k in sorted(heb):
        tgt = first if k.startswith("firstName") else last
        for n in heb[k]:
            if " " not in n and n not in tgt and 2 <= len(n) <= 12:
                tgt.append(n)
    V.HEBREW["first"][:] = first
    V.HEBREW["last"][:] = last
    return out


# ------------------------------------------------------------------ plan
def plan_positives(rng):
    cats = []
    for c, n in CAT_COUNTS.items():
        cats += [c] * n
    slots = []
    for s in SURFACES:
        slots += [s] * SURF_COUNTS[s]
    assert len(cats) == len(slots) == 172
    remaining = dict(CAT_COUNTS)
    used = {}
    cache = {}

    def eligible_fmts(cat, surface):
        """Formats whose written values fit the surface (probed on 5 samples from a fixed side RNG)."""
        if (cat, surface) not in cache:
            out = []
            for f in V.BY_CAT[cat]:
                probe = random.Random(f.name)
                if all(surface_ok(f, f.render(f.gen(probe)), surface) for _ in range(5)):
                    out.append(f)
            cache[(cat, surface)] = out
        return cache[(cat, surface)]

    # order: constrained surfaces first
    order = ["tool_name", "file_name", "property_name", "pattern_property"] + [s for s in SURFACES if s not in
                                                                                  KEY_SURF | {"pattern_property"}]
    items = []
    for s in order:
        for _ in range(SURF_COUNTS[s]):
            cands = [c for c in CAT_COUNTS if remaining[c] > 0 and eligible_fmts(c, s)]
            cands.sort(key=lambda c: (used.get((c, s), 0), -remaining[c] / CAT_COUNTS[c], rng.random()))
            c = cands[0]
            remaining[c] -= 1
            used[(c, s)] = used.get((c, s), 0) + 1
            items.append({"category": c, "surface": s})
    assert all(v == 0 for v in remaining.values()), remaining
    # formats and placements
    fmt_use, plc_use = {}, {"text_cue": 0, "key_cue": 0, "no_cue": 0}
    target = {"text_cue": 0.44, "key_cue": 0.36, "no_cue": 0.20}
    seen_values = set()
    for it in items:
        c, s = it["category"], it["surface"]
        fl = eligible_fmts(c, s)
        rng.shuffle(fl)
        fl.sort(key=lambda f: fmt_use.get(f.name, 0))
        allowed = {"property_name": ["key_cue", "no_cue"], "pattern_property": ["key_cue", "no_cue"],
                   "tool_name": ["text_cue", "no_cue"], "file_name": ["text_cue", "no_cue"]}.get(
            s, ["text_cue", "key_cue", "no_cue"])
        # formats that need a cue are tried last when the placement budget still wants no_cue
        f = fl[0]
        plc = [p for p in allowed if not (p == "no_cue" and f.must_cue)]
        plc.sort(key=lambda p: (plc_use[p] / target[p], rng.random()))
        p = plc[0]
        for _ in range(200):
            plain = f.gen(rng)
            written = f.render(plain)
            if written not in seen_values and surface_ok(f, written, s):
                break
        seen_values.add(written)
        fmt_use[f.name] = fmt_use.get(f.name, 0) + 1
        plc_use[p] += 1
        it.update(format=f.name, plain=plain, written=written, placement=p)
    return items


HN_SPECS = [
    # (kind, surface, payload, key)
    *[("category_label_key", "property_name", k, None) for k in
      ["ssn", "dateOfBirth", "mrn", "henkilotunnus", "rodne_cislo", "cnp", "egn", "mispar_zehut", "nomor_bpjs",
       "asmens_kodas", "Patient.telecom.email", "driverLicenseNo"]],
    *[("format_regex", "pattern", rx, k) for rx, k in [
        (r"^\d{3}-\d{2}-\d{4}$", "ssn_format"), (r"^\d{6}[-+A]\d{3}[0-9A-FHJ-NPR-Y]$", "hetu_format"),
        (r"^[1-9]\d{12}$", "cnp_format"), (r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$", "iban_format"),
        (r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", "email_format"),
        (r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$",
         "mbi_format"), (r"^\d{15}$", "imei_format"), (r"^[A-HJ-NPR-Z0-9]{17}$", "vin_format"),
        (r"^([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}$", "mac_format"), (r"^\d{5}(-\d{4})?$", "zip_format")]],
    *[("code_enum", "enum", lst, k) for lst, k in [
        (["TX", "GA", "OR", "NM", "ME", "LA"], "state"), (["E11.9", "I10", "J45.909", "Z79.4"], "icd10"),
        (["4548-4", "2345-7", "718-7"], "loinc"), (["male", "female", "other", "unknown"], "gender"),
        (["F", "M", "O", "U", "A", "N"], "PID-8_sex"), (["SEL", "SPO", "CHD", "GRD"], "relationship"),
        (["99213", "99214", "93000"], "cpt"), (["FI", "CZ", "RO", "BG", "LT", "IL"], "country"),
        (["fi", "cs", "ro", "bg", "lt", "he"], "locale"), (["38341003", "44054006"], "snomed"),
        (["207Q00000X", "208D00000X"], "taxonomy"), (["M", "S", "D", "W"], "marital_status")]],
    *[("reserved_placeholder", s, v, k) for s, v, k in [
        ("examples", "user@example.com", "contact"), ("default", "(206) 555-0143", "callback"),
        ("examples", "+1-312-555-0178", "sms_to"), ("const", "192.0.2.44", "probe_host"),
        ("default", "198.51.100.23", "egress"), ("examples", "2001:db8::5", "ipv6_host"),
        ("default", "000-00-0000", "ssn_default"), ("examples", "XXX-XX-XXXX", "masked"),
        ("default", "YOUR_API_KEY", "api_key"), ("examples", "MRN-XXXXXXX", "record_ref"),
        ("description", "See https://example.com/patients/{id} for the record.", "link"),
        ("enum", "pacient@example.org", "notify")]],
    *[("version_date", s, v, k) for s, v, k in [
        ("default", "2025-11-10", "clerkApiVersion"), ("description", "Available since API version 2024-10-01.",
                                                       "since"), ("metadata", "2021-02-05", "x-api-version"),
        ("const", "2026-05-12", "spec_revision"), ("metadata", "Schema revised 2025-04-15.", "$comment"),
        ("examples", "2023-07-01", "api_version"), ("enum", "2024-10-01", "supported_versions")]],
    *[("name_like_word", s, v, k) for s, v, k in [
        ("enum", "June", "renewal_month"), ("const", "Jordan", "country_name"), ("default", "Austin", "office_city"),
        ("title", "Will", "document_kind"), ("examples", "Lincoln", "vehicle_make"), ("enum", "Georgia", "region"),
        ("default", "Florence", "office"), ("const", "Chelsea", "venue"), ("examples", "Victoria", "station"),
        ("title", "Grace", "grace_period")]],
    *[("category_words_text", s, v, None) for s, v in [
        ("description", "Patient date of birth in YYYY-MM-DD format."),
        ("description", "Henkilötunnus muodossa PPKKVV-NNNT."), ("description", "Rodné číslo pacienta bez lomítka."),
        ("title", "Codul numeric personal al pacientului (CNP)"), ("description", "Tarehe ya kuzaliwa ya mgonjwa."),
        ("description", "מספר תעודת זהות של המטופל"), ("title", "Nomor rekam medis pasien"),
        ("metadata", "Número d'història clínica del pacient."), ("metadata", "Paciento asmens kodas (11 skaitmenų)."),
        ("tool_description", "Looks up a patient by MRN and returns date of birth and insurance member ID.")]],
    *[("tool_category_words", "tool_name", v, None) for v in
      ["lookup_patient_by_mrn", "verify_member_eligibility", "get_patient_dob", "mask_ssn_last4"]],
    *[("file_name_category_words", "file_name", v, None) for v in
      ["patient_intake", "member-eligibility", "ssn-verification"]],
]


# ------------------------------------------------------------------ files
def file_specs(src):
    specs = []
    for ei, env in enumerate(ENVS):
        for j in range(16):
            fam = "discord" if j < 8 else "clerk"
            u = src[f"{fam}.units.json"]
            name = u["hosts"][ei * 8 + j % 8]
            specs.append({"env": env, "family": fam, "unit": name, "schema": u["units"][name],
                          "base": f"{u['repo']}@{u['commit']}:{u['path']}#/components/schemas/{name}",
                          "plants": [], "tool_name": False, "file_name": False, "tool_description": False,
                          "annotation": False})
    return specs


def needs(spec, surface):
    if surface in ("tool_name", "tool_description") and spec["env"] not in TOOL_ENVS:
        return False
    if surface in ("tool_name", "file_name", "tool_description") and spec[surface]:
        return False
    return True


def assign(rng, specs, plants):
    for p in plants:
        cands = [s for s in specs if needs(s, p["surface"])]
        cands.sort(key=lambda s: (len(s["plants"]), rng.random()))
        s = cands[0]
        if p["surface"] in ("tool_name", "file_name", "tool_description"):
            s[p["surface"]] = True
        s["plants"].append(p)


def envelope(spec, rng):
    fam, name = spec["family"], spec["unit"]
    host = copy.deepcopy(spec["schema"])
    tn = f"{FAMILY_PREFIX[fam]}_{snake(name)}"[:64]
    desc = (spec["schema"].get("description") or f"Create or return a {name} object ({FAMILY_LABEL[fam]} API).").strip()
    title = f"{FAMILY_LABEL[fam]} {name}"
    env = spec["env"]
    if env == "mcp-output":
        doc = {"tools": [{"name": tn, "title": title, "description": desc,
                          "inputSchema": {"type": "object", "properties": {
                              "id": {"type": "string", "description": "Object id to fetch."}}, "required": ["id"]},
                          "outputSchema": host,
                          "annotations": {"title": title, "readOnlyHint": True, "openWorldHint": False}}]}
    elif env == "openai-realtime":
        doc = {"type": "session.update", "event_id": "event_" + "".join(rng.choice("0123456789abcdef") for _ in range(20)),
               "session": {"type": "realtime", "model": "gpt-realtime",
                           "instructions": "You are the voice front desk of a community clinic. Use the tools when asked.",
                           "tools": [{"type": "function", "name": tn, "description": desc, "parameters": host}],
                           "tool_choice": "auto"}}
    elif env == "cohere-chat":
        doc = {"model": "command-a-03-2025",
               "messages": [{"role": "system", "content": "You are an assistant for a clinic's integration team."},
                            {"role": "user", "content": f"Fill in the {name} object for the current request."}],
               "tools": [{"type": "function", "function": {"name": tn, "description": desc, "parameters": host}}],
               "strict_tools": True}
    else:
        doc = {"openapi": "3.1.0", "info": {"title": f"{FAMILY_LABEL[fam]} {name} component", "version": "1.0.0"},
               "paths": {}, "components": {"schemas": {name: host}}}
    schema_path = SCHEMA_AT.get(env, ["components", "schemas", name])
    fname = f"{fam}.{snake(name)}.{env}.json"
    return doc, host, schema_path, fname


def target_object(rng, host, schema_path):
    """Root schema (70 %) or a nested object schema with `properties` (via properties/* or items)."""
    nested = []
    for k, v in host.get("properties", {}).items():
        if isinstance(v, dict) and isinstance(v.get("properties"), dict):
            nested.append((v, schema_path + ["properties", k]))
        elif isinstance(v, dict) and isinstance(v.get("items"), dict) and isinstance(v["items"].get("properties"), dict):
            nested.append((v["items"], schema_path + ["properties", k, "items"]))
    if nested and rng.random() < 0.3:
        return rng.choice(nested)
    return host, schema_path


def add_prop(obj, path, key, schema):
    props = obj.setdefault("properties", {})
    k, n = key, 2
    while k in props:
        k = f"{key}_{n}"
        n += 1
    props[k] = schema
    return path + ["properties", k], k


def pick(rng, lst):
    return rng.choice(lst)


def plant(rng, spec, doc, host, schema_path, fname_holder, p, counters):
    """Apply one plant; returns list of label dicts (without id/file/base)."""
    s = p["surface"]
    tool = None
    if spec["env"] in TOOL_AT:
        t = doc
        for k in TOOL_AT[spec["env"]]:
            t = t[k]
        tool = t
    labels = []
    if p["kind"] == "positive":
        cat, w, plc = p["category"], p["written"], p["placement"]
        ck = lambda: pick(rng, KEY_CUES[cat])  # noqa: E731
        txt = lambda: pick(rng, TEXT_CUES[cat]).format(v=w)  # noqa: E731
        neu = lambda: pick(rng, NEUTRAL_TEXT).format(v=w)  # noqa: E731
        obj, opath = target_object(rng, host, schema_path)
        key = ck() if plc == "key_cue" else pick(rng, NEUTRAL_KEYS)
        base = {"surface": s, "category": cat, "placement": plc, "format": p["format"], "plain": p["plain"]}

        def lab(pointer, value, kind, raw=None):
            d = dict(base, pointer=pointer, value=value, kind=kind)
            if raw is not None and raw != value:
                d["raw"] = raw
            labels.append(d)

        text_val = txt() if plc == "text_cue" else w
        if s in ("enum", "const", "default", "examples"):
            if s == "enum":
                lst = rng.sample(DECOYS, rng.randint(1, 2))
                i = rng.randint(0, len(lst))
                lst.insert(i, text_val)
                pp, _ = add_prop(obj, opath, key, {"type": "string", "enum": lst})
                lab(ptr(pp + ["enum", i]), w, "literal")
            elif s == "examples":
                pp, _ = add_prop(obj, opath, key, {"type": "string", "examples": [text_val]})
                lab(ptr(pp + ["examples", 0]), w, "literal")
            else:
                pp, _ = add_prop(obj, opath, key, {"type": "string", s: text_val})
                lab(ptr(pp + [s]), w, "literal")
        elif s == "pattern":
            e = rx_escape(w)
            rx = f"^(?:{pick(rng, SHORT[cat]).upper()}[: ]?)?{e}$" if plc == "text_cue" else f"^(?:{e})$"
            pp, _ = add_prop(obj, opath, key, {"type": "string", "pattern": rx})
            lab(ptr(pp + ["pattern"]), e, "regex_escaped" if e != w else "regex_literal", raw=w)
        elif s in ("title", "description"):
            val = text_val if plc == "text_cue" else (w if s == "title" else neu())
            pp, _ = add_prop(obj, opath, key, {"type": "string", s: val})
            lab(ptr(pp + [s]), w, "literal")
        elif s == "property_name":
            k = f"{ck()}_{w}" if plc == "key_cue" else w
            pp, _ = add_prop(obj, opath, k, {"type": "string", "description": "Legacy column kept for import."})
            lab(ptr(pp), w, "key_literal" if plc == "no_cue" else "key_with_cue")
        elif s == "pattern_property":
            e = rx_escape(w)
            k = f"^{ck()}_{e}(?:_.*)?$" if plc == "key_cue" else f"^{e}$"
            pats = obj.setdefault("patternProperties", {})
            pats[k] = {"type": "string"}
            lab(ptr(opath + ["patternProperties", k]), e, "regex_escaped" if e != w else "regex_literal", raw=w)
        elif s == "metadata":
            if spec["env"] == "mcp-output" and not spec["annotation"] and plc != "key_cue":
                spec["annotation"] = True
                tool["annotations"]["title"] = text_val
                lab(ptr(TOOL_AT[spec["env"]] + ["annotations", "title"]), w, "literal")
            elif plc == "key_cue":
                xk = "x-" + re.sub(r"[^A-Za-z0-9]+", "-", ck()).strip("-").lower()
                pp, _ = add_prop(obj, opath, pick(rng, NEUTRAL_KEYS), {"type": "string", xk: w})
                lab(ptr(pp + [xk]), w, "literal")
            else:
                mk = "$comment" if rng.random() < 0.6 else "x-legacy-note"
                val = text_val if plc == "text_cue" else neu()
                pp, _ = add_prop(obj, opath, pick(rng, NEUTRAL_KEYS), {"type": "string", mk: val})
                lab(ptr(pp + [mk]), w, "literal")
        elif s == "tool_name":
            if plc == "text_cue":
                verb = pick(rng, ["get", "fetch", "lookup", "sync", "update"])
                name = f"{verb}_{pick(rng, SHORT[cat])}_{w}"
            else:
                name = w
            tool["name"] = name[:64]
            lab(ptr(TOOL_AT[spec["env"]] + ["name"]), w, "tool_name_literal")
        elif s == "tool_description":
            sent = (txt() if plc == "text_cue" else neu()).rstrip(".") + "."
            if plc == "key_cue":  # no key on this surface: written as a `key: value` pair
                sent = f"{ck()}: {w}."
            tool["description"] = tool["description"].rstrip() + " " + sent
            lab(ptr(TOOL_AT[spec["env"]] + ["description"]), w, "literal")
        elif s == "file_name":
            stem = f"{pick(rng, SHORT[cat]).replace('_', '-')}-{w}" if plc == "text_cue" else w
            fname_holder[0] = f"{stem}.{spec['env']}.json"
            lab("", w, "file_name_literal")
        return labels
    # ---------------- hard negatives
    kind, payload, key = p["hn_kind"], p["payload"], p["key"]
    obj, opath = target_object(rng, host, schema_path)
    base = {"surface": s, "category": "NONE", "placement": "none", "format": kind, "kind": kind}

    def hl(pointer, value):
        labels.append(dict(base, pointer=pointer, value=value))

    k = key or pick(rng, NEUTRAL_KEYS)
    if s == "property_name":
        pp, _ = add_prop(obj, opath, payload, {"type": "string"})
        hl(ptr(pp), payload)
    elif s == "pattern":
        pp, _ = add_prop(obj, opath, k, {"type": "string", "pattern": payload})
        hl(ptr(pp + ["pattern"]), payload)
    elif s == "enum":
        lst = list(payload) if isinstance(payload, list) else [payload]
        if not isinstance(payload, list):
            if kind == "name_like_word":
                lst = ["May", "June", "July"] if payload == "June" else ["Georgia", "Virginia", "Carolina"]
            elif kind == "version_date":
                lst = ["2023-07-01", "2024-10-01", "2025-04-10"]
            else:
                lst = [payload, "none"]
        i = lst.index(payload) if not isinstance(payload, list) else rng.randrange(len(lst))
        pp, _ = add_prop(obj, opath, k, {"type": "string", "enum": lst})
        hl(ptr(pp + ["enum", i]), lst[i])
    elif s in ("const", "default", "title", "description"):
        pp, _ = add_prop(obj, opath, k, {"type": "string", s: payload})
        hl(ptr(pp + [s]), payload)
    elif s == "examples":
        pp, _ = add_prop(obj, opath, k, {"type": "string", "examples": [payload]})
        hl(ptr(pp + ["examples", 0]), payload)
    elif s == "metadata":
        mk = key if (key and (key.startswith("x-") or key == "$comment")) else "$comment"
        pp, _ = add_prop(obj, opath, pick(rng, NEUTRAL_KEYS), {"type": "string", mk: payload})
        hl(ptr(pp + [mk]), payload)
    elif s == "tool_name":
        tool["name"] = payload
        hl(ptr(TOOL_AT[spec["env"]] + ["name"]), payload)
    elif s == "tool_description":
        tool["description"] = tool["description"].rstrip() + " " + payload
        hl(ptr(TOOL_AT[spec["env"]] + ["description"]), payload)
    elif s == "file_name":
        fname_holder[0] = f"{payload}.{spec['env']}.json"
        hl("", payload)
    return labels


def build(out: Path):
    src = load_sources()
    rng = random.Random(SEED)
    items = plan_positives(rng)
    for it in items:
        it["kind"] = "positive"
    hns = [{"kind": "hn", "hn_kind": k, "surface": s, "payload": v, "key": key} for k, s, v, key in HN_SPECS]
    from collections import Counter
    assert Counter(h["hn_kind"] for h in hns) == Counter(HN_COUNTS), Counter(h["hn_kind"] for h in hns)
    specs = file_specs(src)
    # constrained plants first, then the rest; order shuffled deterministically
    plants = items + hns
    rng.shuffle(plants)
    plants.sort(key=lambda p: 0 if p["surface"] in ("tool_name", "file_name", "tool_description") else 1)
    assign(rng, specs, plants)
    pdir, rdir = out / "planted", out / "real"
    for d in (pdir, rdir):
        if d.exists():
            shutil.rmtree(d)
    labels = []
    planted_files = []
    for spec in specs:
        doc, host, schema_path, fname = envelope(spec, rng)
        holder = [fname]
        file_labels = []
        for p in spec["plants"]:
            file_labels += plant(rng, spec, doc, host, schema_path, holder, p, None)
        rel = f"{spec['env']}/{holder[0]}"
        (pdir / spec["env"]).mkdir(parents=True, exist_ok=True)
        (pdir / rel).write_bytes(dump(doc))
        planted_files.append(rel)
        for l in file_labels:
            l["file"] = rel
            l["base"] = spec["base"]
            labels.append(l)
    assert len(set(planted_files)) == 64
    order = ["id", "file", "pointer", "surface", "category", "value", "kind", "placement", "format", "base", "raw",
             "plain"]
    with open(pdir / "labels.jsonl", "w", encoding="utf-8") as fh:
        for i, l in enumerate(sorted(labels, key=lambda l: (l["file"], l["pointer"], l["surface"], l["category"]))):
            l["id"] = f"t23-{i + 1:04d}"
            fh.write(json.dumps({k: l[k] for k in order if k in l}, ensure_ascii=False) + "\n")
    # real files
    rows = []
    for fam in ("discord", "clerk"):
        u = src[f"{fam}.units.json"]
        (rdir / fam).mkdir(parents=True, exist_ok=True)
        for name in u["real"]:
            rel = f"{fam}/{name}.json"
            data = dump(u["units"][name])
            (rdir / rel).write_bytes(data)
            rows.append({"file": rel, "repo": u["repo"], "commit": u["commit"], "path": u["path"],
                         "pointer": f"#/components/schemas/{name}", "licence": u["licence"], "sha256": sha(data)})
    with open(rdir / "MANIFEST.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return labels


def tree_hash(out: Path):
    h = hashlib.sha256()
    for d in ("planted", "real"):
        for p in sorted((out / d).rglob("*")):
            if p.is_file():
                h.update(p.relative_to(out).as_posix().encode() + b"\0" + sha(p.read_bytes()).encode() + b"\n")
    return h.hexdigest()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE)
    a = ap.parse_args()
    labels = build(a.out)
    pos = sum(l["category"] != "NONE" for l in labels)
    print(f"labels: {pos} positives, {len(labels) - pos} hard negatives; tree {tree_hash(a.out)}")
