"""Cues, name tables, neutral keys and hard-negative pools for the thirty-second set.

Cue languages: English, Scots (sco), Low German / Plattdüütsch (nds), Setswana (tn) and Sicilian (scn).
Data-dictionary spellings: VA VistA FileMan PATIENT file (#2) field numbers ('2,.03', 'DPT(.09)'), NCHS NVSS IJE
(Inter-Jurisdictional Exchange) field names ('IJE.DOB_YR', 'IJE.MOMSSN'), AHRQ HCUP data elements ('MRN_S',
'PNUM_S'), ONC USCDI data element names ('uscdi:DateOfBirth', 'uscdi:MemberIdentifier') and APCD Common Data
Layout eligibility element ids ('ME014', 'ME017').
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); romanised forms for non-Latin scripts.
HAND_NAMES = [
    ("Kezia", "Nduwimana", None, "Kirundi (Burundi)"),
    ("Emina", "Hadžiahmetović", None, "Bosnian"),
    ("Ka-yan", "Chan", "陳嘉欣", "Cantonese (Hong Kong; Traditional Chinese, Jyutping-style romanisation)"),
    ("Naw Htoo", "Paw", None, "Karen (Sgaw Karen)"),
    ("Tachi", "Caragiani", None, "Aromanian"),
    ("Myroslava", "Hnatyshyn", "Мирослава Гнатишин", "Rusyn (Cyrillic)"),
    ("Malika", "Yevloyeva", "Малика Евлоева", "Ingush (Cyrillic)"),
    ("Aino", "Lesonen", None, "Karelian"),
    ("Saida", "Khagurova", None, "Adyghe"),
    ("Priya", "Naik", "प्रिया नाईक", "Konkani (Devanagari)"),
    ("Lalremruati", "Sailo", None, "Mizo"),
    ("Banshai", "Syiemlieh", None, "Khasi"),
    ("Tilelli", "Ait Ouali", "ⵜⵉⵍⴻⵍⵍⵉ ⴰⵢⵜ ⵡⴰⵍⵉ", "Tamazight (Tifinagh)"),
    ("Yaxkin", "Canul", None, "Yucatec Maya"),
    ("Teuila", "Tafaaki", None, "Tuvaluan"),
    ("Tekaai", "Teiwaki", None, "Gilbertese (Kiribati)"),
    ("Kalenga", "Mbuyi", None, "Tshiluba"),
    ("Akello", "Okwera", None, "Acholi"),
    ("Mphatso", "Nyirenda", None, "Tumbuka"),
    ("Ndeye", "Faye", None, "Serer"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["relay_slot", "carryField", "shardNote", "blob7", "legacyAttr", "colZ", "wasImportedAs", "alt_text2",
                "opaqueToken_ref", "bucketTag", "stashValue", "pivotCell", "spareField", "hintB", "echoValue",
                "sidecar", "ghostCol", "freeform9"]
NEUTRAL_SENTENCES = ["Copied verbatim from shard {n}: {v}.", "Left as found: {v}", "Previous run wrote {v}.",
                     "{v}", "Seen in the {n} export as {v}.", "Kept for the {n} replay: {v}"]
NEUTRAL_XKEYS = ["x-carried", "x-seen-as", "x-replay", "x-shard-value", "x-import-trace"]
NEUTRAL_TOOL_VERBS = ["relay", "index", "mirror", "pull", "stage", "upsert"]
NEUTRAL_DESCR = "Builds one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["patientLegalName", "name_o_patient", "naamVunPatschent", "leina_la_molwetse", "nomuDuMalatu",
                "2,.01_NAME", "DPT(.01)", "IJE.GNAME", "uscdi:PatientName", "decedentName"],
        "text": ["Patient name:", "Name o the patient:", "Naam vun'n Patschent:", "Leina la molwetse:",
                 "Nomu dû malatu:", "FileMan 2,.01 NAME:", "IJE GNAME/LNAME:", "USCDI Patient Name:"],
        "frag": ["patient", "ptname", "molwetse", "malatu", "dpt01", "gname"],
    },
    "DATE_OF_BIRTH": {
        "key": ["birthDateOfPatient", "date_o_birth", "geboortsdag", "letlha_la_matsalo", "dataDiNascita",
                "2,.03", "DPT(.03)", "IJE.DOB_YR", "uscdi:DateOfBirth", "ME014_memberDob"],
        "text": ["Date of birth:", "Date o birth:", "Boren an'n", "Letlha la matsalo:", "Data di nàscita:",
                 "FileMan 2,.03 DATE OF BIRTH:", "ME014 Member DOB:", "born"],
        "frag": ["dob", "birth", "matsalo", "nascita", "dpt03", "me014"],
    },
    "MRN": {
        "key": ["medicalRecordNumber", "hospital_record_nummer", "krankenaktNummer", "nomoro_ya_rekoto",
                "nummaruCartellaClinica", "MRN_S", "2,991.01_ICN", "DPT(991.01)", "chartNo"],
        "text": ["MRN", "Hospital record nummer:", "Krankenakt-Nummer:", "Nomoro ya rekoto ya bongaka:",
                 "Nùmmaru dâ cartella clinica:", "HCUP MRN_S:", "FileMan 2,991.01 ICN:", "Chart #"],
        "frag": ["mrn", "chart", "mrn_s", "icn", "rekoto"],
    },
    "US_SSN": {
        "key": ["socialSecurityNumber", "us_social_security_nummer", "IJE.SSN", "IJE.MOMSSN", "2,.09", "DPT(.09)",
                "insuredSsn"],
        "text": ["SSN", "US Social Security nummer:", "US-Sozialverseekrungsnummer:", "Nomoro ya US Social Security:",
                 "Nùmmaru di Social Security (US):", "FileMan 2,.09 SSN:", "IJE MOMSSN:"],
        "frag": ["ssn", "momssn", "dpt09", "socsec"],
    },
    "PHONE_NUMBER": {
        "key": ["cellPhone", "phone_nummer", "telefoonnummer", "nomoro_ya_mogala", "nummaruDiTelefunu", "2,.134",
                "DPT(.131)", "uscdi:PhoneNumber"],
        "text": ["Phone:", "Phone nummer:", "Telefoonnummer:", "Nomoro ya mogala:", "Nùmmaru di telèfunu:",
                 "FileMan 2,.131 PHONE:", "USCDI Phone Number:"],
        "frag": ["phone", "tel", "mogala", "dpt131", "cell"],
    },
    "EMAIL_ADDRESS": {
        "key": ["personalEmail", "email_address_o_patient", "ePostAdress", "imeile", "postaElettronica", "2,.133",
                "uscdi:EmailAddress"],
        "text": ["Email:", "Email address:", "E-Post:", "Imeile:", "Posta elettrònica:", "FileMan 2,.133 EMAIL:"],
        "frag": ["email", "imeile", "epost", "dpt133"],
    },
    "STREET_ADDRESS": {
        "key": ["residenceAddress", "hame_address", "wahnadress", "aterese_ya_legae", "nnirizzuDiCasa", "2,.111",
                "DPT(.111)", "IJE.STNUM_R", "uscdi:CurrentAddress"],
        "text": ["Home address:", "Hame address:", "Wahnadress:", "Aterese ya legae:", "Nnirizzu di casa:",
                 "FileMan 2,.111 STREET ADDRESS [LINE 1]:", "USCDI Current Address:"],
        "frag": ["addr", "hame", "aterese", "dpt111"],
    },
    "ZIP_CODE": {
        "key": ["zip5", "zip_code_us", "postleettall", "khoutu_ya_poso", "codiciPustali", "2,.1112", "IJE.ZIP9_R",
                "ME017_memberZip", "ZIP"],
        "text": ["ZIP", "ZIP code (US):", "Postleettall (US):", "Khoutu ya poso (US):", "Còdici pustali (US):",
                 "FileMan 2,.1112 ZIP+4:", "ME017 Member ZIP:"],
        "frag": ["zip", "me017", "dpt1112", "poso"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["medicareBeneficiaryId", "insurance_member_nummer", "versekertennummer", "nomoro_ya_leloko",
                "nummaruDAssicuratu", "uscdi:MemberIdentifier", "uscdi:SubscriberIdentifier", "mediCalCin"],
        "text": ["Medicare MBI:", "Insurance member nummer:", "Versekertennummer:",
                 "Nomoro ya leloko la inshorense:", "Nùmmaru d'assicuratu:", "USCDI Member Identifier:",
                 "Medi-Cal CIN:", "Member ID"],
        "frag": ["mbi", "member_id", "cin", "subscriber"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["bankAccountNo", "bank_accoont_nummer", "kontonummer", "nomoro_ya_akhaonto", "nummaruDiCuntu",
                "guarantorAccount", "cardPan", "ibanValue"],
        "text": ["Account:", "Bank accoont nummer:", "Kontonummer:", "Nomoro ya akhaonto ya banka:",
                 "Nùmmaru di cuntu:", "IBAN", "Card no.", "Guarantor account"],
        "frag": ["acct", "iban", "konto", "cuntu", "pan"],
    },
    "LICENSE_NUMBER": {
        "key": ["driverLicenseNumber", "drivin_licence_nummer", "foehrerschienNummer", "laesense_ya_go_kgweetsa",
                "patentiDiGuida", "dlNo"],
        "text": ["Driver's license:", "Drivin licence nummer:", "Föhrerschien-Nummer:",
                 "Nomoro ya laesense ya go kgweetsa:", "Patenti di guida nùmmaru:", "DL#"],
        "frag": ["dl", "licence", "kgweetsa", "patenti"],
    },
    "DEVICE_ID": {
        "key": ["implantSerialNo", "device_serial_nummer", "geraeteSeriennummer", "nomoro_ya_serial",
                "numaruDiSeriiDispusitivu", "uscdi:UniqueDeviceIdentifier", "imei", "iccid", "macAddr"],
        "text": ["Device serial:", "Device serial nummer:", "Seriennummer vun dat Geräät:",
                 "Nomoro ya serial ya sedirisiwa:", "Nùmmaru di sèrii dû dispusitivu:", "USCDI UDI:", "IMEI",
                 "ICCID", "MAC"],
        "frag": ["serial", "imei", "iccid", "mac", "udi"],
    },
    "VEHICLE_ID": {
        "key": ["vehicleIdNumber", "caur_registration", "nummernschild", "nomoro_ya_koloi", "targa", "vin",
                "plateNo"],
        "text": ["VIN", "Caur registration:", "Nummernschild:", "Nomoro ya koloi:", "Targa:", "Chassis no."],
        "frag": ["vin", "plate", "koloi", "targa"],
    },
    "IP_ADDRESS": {
        "key": ["lastSeenIp", "ip_address_o_device", "ipAdress", "aterese_ya_ip", "nnirizzuIp", "remoteAddr"],
        "text": ["IP:", "IP address:", "IP-Adress:", "Aterese ya IP:", "Nnirizzu IP:", "connected from"],
        "frag": ["ip", "remote_ip", "ipadr"],
    },
    "URL": {
        "key": ["personalPageUrl", "siller_raisin_page", "profilLink", "porofaele", "prufilu", "portalLink"],
        "text": ["Profile:", "Siller-raisin page:", "Profil:", "Porofaele:", "Prufilu:", "Patient portal:"],
        "frag": ["profile", "url"],
    },
    "SECRET": {
        "key": ["apiSecret", "passwird", "passwoort", "lefoko_la_sephiri", "paroraDOrdini", "dsn", "bearerToken"],
        "text": ["token:", "Passwird:", "Passwoort:", "Lefoko la sephiri:", "Palora d'òrdini:",
                 "Authorization: Bearer", "DSN"],
        "frag": ["token", "pwd", "secret"],
    },
}

GROUP_KEYS = {
    "PERSON": ["caregivers", "decedents", "balwetse"], "DATE_OF_BIRTH": ["birthDates", "geboortsdaag"],
    "MRN": ["mrnCrosswalk", "chartNumbers"], "US_SSN": ["ssnList"], "PHONE_NUMBER": ["phoneNumbers", "megala"],
    "EMAIL_ADDRESS": ["emailContacts"], "STREET_ADDRESS": ["residenceAddresses"], "ZIP_CODE": ["zipCodes"],
    "HEALTH_PLAN_ID": ["memberIds"], "ACCOUNT_NUMBER": ["accountNumbers"], "LICENSE_NUMBER": ["driverLicenses"],
    "DEVICE_ID": ["implantSerials", "deviceImeis"], "VEHICLE_ID": ["vehicleVins"], "IP_ADDRESS": ["sourceIps"],
    "URL": ["profileUrls"], "SECRET": ["credentials"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["birthDate", "date_o_birth", "letlha_la_matsalo", "dataDiNascita", "telefoonnummer", "MRN_S",
                 "IJE.SSN", "2,.03", "uscdi:MemberIdentifier", "ME014", "subscriber_ssn", "deviceImei",
                 "patient_full_name", "vinNumber", "remoteIp", "apiKey", "guarantorAccountNo", "dlState"]
HN_CODE_ENUMS = [
    ("SNOMED CT clinical findings", ["38341003", "44054006", "195967001", "22298006", "73211009"]),
    ("HCPCS Level II codes", ["J1100", "E0601", "A4253", "G0439", "K0001"]),
    ("CPT evaluation and management codes", ["99202", "99213", "99214", "99215", "99284"]),
    ("CMS place of service codes", ["02", "11", "21", "22", "23", "31"]),
    ("NUBC revenue codes", ["0250", "0300", "0450", "0636", "0762"]),
    ("MS-DRG codes", ["291", "392", "470", "871", "945"]),
    ("ATC classification", ["C09AA05", "A10BA02", "N02BE01", "J01CA04", "R03AC02"]),
    ("ICD-10-PCS codes", ["0DTJ4ZZ", "0SRD0J9", "02703ZZ", "3E0234Z"]),
    ("HL7 v2 table 0063 relationship", ["SEL", "SPO", "CHD", "PAR", "GRD", "EMC"]),
    ("ISO 639-1 language codes", ["en", "el", "hy", "fr", "tn", "it", "de"]),
    ("ISO 4217 currencies", ["EUR", "AMD", "BWP", "BIF", "BAM", "MDL", "GBP"]),
    ("ISO 3166-1 alpha-2", ["BE", "GR", "AM", "LU", "BW", "BI", "BA", "ME"]),
    ("NDC package codes", ["0002-8215-01", "0069-0150-30", "50090-3364-0"]),
    ("RxNorm concept ids", ["197361", "314076", "617314", "860975"]),
]
HN_PLACEHOLDERS = ["patient@clinic.example", "nobody@records.invalid", "+1 (503) 555-0117", "(801) 555-0198",
                   "192.0.2.200", "203.0.113.9", "2001:db8:85a3::8a2e:370:7334", "987-65-4320", "***-**-****",
                   "<MEMBER_ID>", "{{patient.mrn}}", "TODO_SET_SECRET", "00-00-00-00-00-00",
                   "https://portal.example/records/{mrn}", "198.51.100.77", "REDACTED"]
HN_FORMAT_REGEXES = [r"^10\d{8}V\d{6}$", r"^\d{2}[A-Z]{3}\d{4}$", r"^[2-3]\d{6}$", r"^BE\d{14}$",
                     r"^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$", r"^89\d{17}$", r"^\+32\d{8,9}$",
                     r"^[A-Z]{3}\d{9}$", r"^W\d{9}$", r"^\d{3} \d{3} \d{3}$", r"^[1-9]-[A-Z]{3}-\d{3}$",
                     r"^([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}$"]
HN_NAME_WORDS = ["Frank", "Hope", "Faith", "Joy", "Patience", "Sunny", "Misty", "Rusty", "Harmony", "Melody",
                 "Crystal", "Destiny"]
HN_VERSION_DATES = ["Added in spec snapshot 2024-08-15.", "Breaking change effective 2025-04-01",
                    "2023-05-10", "Retired on 2027-01-31.", "Schema epoch 2022-11-30", "Release train 2026-03-18",
                    "Compatible with API revision 2021-06-09", "Frozen at 2024-12-02"]
HN_CATEGORY_TEXT = [
    "The patient's date of birth, ISO 8601.",
    "The date o birth o the patient, as on the caird.",
    "De Telefoonnummer vun'n Patschent, mit Landesvörwahl.",
    "Letlha la matsalo la molwetse (ngwaga-kgwedi-letsatsi).",
    "Lu nùmmaru dâ cartella clinica dû malatu.",
    "Social Security number of the insured, nine digits.",
    "Nomoro ya mogala wa molwetse, ka khoutu ya naga.",
    "Hame address o the patient, wi'oot the ZIP code.",
    "Versekertennummer vun de Krankenkass, as op de Kort drückt.",
    "VIN of the registered vehicle; 17 characters.",
    "Nnirizzu di casa dû malatu, senza còdici pustali.",
    "Driver's license number and issuing state.",
]
HN_TOOL_NAMES = ["resolve_patient_mrn", "match_guarantor_by_ssn", "fetch_member_plan_id", "decode_vin_checksum",
                 "lookup_caller_phone", "verify_birth_date"]
HN_FILE_WORDS = ["mrn-crosswalk", "insured-dob-check", "caller-phone-lookup", "member-id-format"]
