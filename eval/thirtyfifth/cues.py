"""Cues, the hand-written name table, neutral keys and hard-negative pools for the thirty-fifth set.

Cue languages: English, Central Kurdish / Sorani (ckb, Arabic script), Bhojpuri (bho, Devanagari), Krio (kri, Latin
with ɛ ɔ) and Venetian (vec).  Data-dictionary spellings: IATA PNR special service requests (SSR DOCS / DOCA / CTCM /
CTCE, PNR name element), SWIFT MT103 field tags (:50F: lines 1/ 2/ 4/, :50K:, :59:), 1EdTech OneRoster 1.2 user
fields and Ed-Fi Data Standard names (edfi:Student.BirthDate), CDIA Metro 2 base / J1 / J2 segment field names, and
HR Open Standards (HR-XML) element paths (PersonName/FormattedName).
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); romanised forms for the non-Latin scripts.
HAND_NAMES = [
    ("Tenri", "Mappasessu", None, "Bugis"),
    ("Inra", "Quảng", None, "Cham (Vietnamese orthography)"),
    ("Sanjeeva", "Poojary", None, "Tulu"),
    ("Muthamma", "Kodira", None, "Kodava"),
    ("Karan", "Jamwal", "करण जमवाल", "Dogri (Devanagari)"),
    ("Balsrang", "Marak", None, "Garo"),
    ("Dwimalu", "Narzary", "दुइमालु नार्जारी", "Bodo (Devanagari)"),
    ("Nart", "Khachemizov", "Нарт Хачемизов", "Circassian / Adyghe (Cyrillic)"),
    ("Zulfiya", "Gadzhibekova", "Зульфия Гаджибекова", "Lezgin (Cyrillic)"),
    ("Kazbek", "Laipanov", "Казбек Лайпанов", "Karachay (Cyrillic)"),
    ("Arslanbek", "Sultanmutov", "Арсланбек Султанмутов", "Kumyk (Cyrillic)"),
    ("Kadriya", "Temirbulatova", "Кадрия Темирбулатова", "Nogai (Cyrillic)"),
    ("Vasilisa", "Kaksina", "Василиса Каксина", "Khanty (Cyrillic)"),
    ("Bee Leng", "Heng", None, "Teochew (romanised)"),
    ("Lanfang", "Wei", "韦兰芳", "Zhuang (Han characters)"),
    ("Wenguang", "He", "和文光", "Naxi (Han characters)"),
    ("Jinhua", "Duan", "段金花", "Bai (Han characters)"),
    ("Xiumei", "Tian", "田秀梅", "Tujia (Han characters)"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["ref_note", "lineItem7", "auxValue", "colZ", "sourceField", "legacyRef", "importTag", "fieldR2",
                "cargo", "memoLine", "transferCol", "shadowValue", "kv9", "stashed", "ext_ref", "annex"]
NEUTRAL_SENTENCES = ["Copied from row {n}: {v}", "Migrated value ({n}): {v}", "{v}", "Left by the {n} import: {v}.",
                     "Value as received: {v}", "Backfilled {n} - {v}"]
NEUTRAL_XKEYS = ["x-migrated", "x-stash", "x-raw-import", "x-previous", "x-batch-note"]
NEUTRAL_TOOL_VERBS = ["load", "push", "pull", "archive", "merge", "route"]
NEUTRAL_DESCR = "Creates, reads or updates one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["patientDisplayName", "ناوی_نەخۆش", "मरीज_के_नाम", "sikman_nem", "nome_del_pasiente",
                "pnr_name_element", "MT103_50F_1_name", "OneRoster.user.familyName", "edfi:Student.LastSurname",
                "Metro2_Base_Surname", "PersonName/FormattedName"],
        "text": ["Patient:", "ناوی نەخۆش:", "मरीज के नाम:", "Sikman in nem:", "Nome del pasiente:",
                 "PNR name:", ":50F: 1/", "FormattedName:", "Metro 2 J1 name:"],
        "frag": ["patient", "nawi", "mariz", "sikman", "pasiente", "pnr_nm", "formattedname"],
    },
    "DATE_OF_BIRTH": {
        "key": ["dob_patient", "ڕێکەوتی_لەدایکبوون", "जनम_तिथि", "bɔnde", "data_de_nasita", "SSR_DOCS_dob",
                "MT103_50F_4", "edfi:Student.BirthDate", "Metro2_Base_DateOfBirth", "HROpen_BirthDate",
                "OneRoster.demographics.birthDate"],
        "text": ["DOB:", "ڕێکەوتی لەدایکبوون:", "जनम तिथि:", "Di de we dɛn bɔn am:", "Data de nasita:",
                 "SSR DOCS DOB", ":50F:", "BirthDate:", "born"],
        "frag": ["dob", "ledaykbun", "janam", "bonde", "nasita", "docs_dob", "f50_4"],
    },
    "MRN": {
        "key": ["medicalRecordId", "ژمارەی_دۆسیەی_پزیشکی", "मेडिकल_रिकॉर्ड_नंबर", "ɔspitul_fayl_nɔmba",
                "nùmaro_cartèla_clìnega", "chartNo", "unitRecordNumber"],
        "text": ["MRN:", "Med. rec. #", "ژمارەی دۆسیەی پزیشکی:", "मेडिकल रिकॉर्ड नंबर:", "Ɔspitul fayl nɔmba:",
                 "Nùmaro de cartèla clìnega:", "Unit record no.", "Chart #"],
        "frag": ["mrn", "urno", "chart", "dosye", "cartela", "medrecord"],
    },
    "US_SSN": {
        "key": ["ssnFull", "ssn_us", "Metro2_Base_SSN", "J2_SocialSecurityNumber", "HROpen_PersonLegalID_SSN",
                "ژمارەی_SSN", "अमेरिकी_SSN"],
        "text": ["SSN:", "Social Security No.", "Metro 2 SSN:", "ژمارەی SSN:", "SSN नंबर:",
                 "Sɔshal sekyuriti nɔmba:", "Nùmaro SSN:", "PersonLegalID (SSN):"],
        "frag": ["ssn", "socsec", "m2_ssn", "legalid"],
    },
    "PHONE_NUMBER": {
        "key": ["contactPhone", "ژمارەی_مۆبایل", "मोबाइल_नंबर", "fon_nɔmba", "nùmaro_de_telèfono", "SSR_CTCM",
                "OneRoster.user.sms", "Metro2_Base_TelephoneNumber", "HROpen_Communication_Phone"],
        "text": ["Phone:", "Mob.", "مۆبایل:", "मोबाइल:", "Fon:", "Tel.:", "SSR CTCM", "Telephone:"],
        "frag": ["phone", "tel", "ctcm", "mobayl", "sms"],
    },
    "EMAIL_ADDRESS": {
        "key": ["contactEmailAddress", "ئیمەیڵ", "ईमेल_पता", "imel", "posta_eletrònega", "SSR_CTCE",
                "OneRoster.user.email", "HROpen_Communication_URI"],
        "text": ["Email:", "ئیمەیڵ:", "ईमेल:", "Imel:", "Posta eletrònega:", "SSR CTCE", "Contact:"],
        "frag": ["email", "ctce", "imel"],
    },
    "STREET_ADDRESS": {
        "key": ["residenceAddress", "ناونیشانی_ماڵ", "घर_के_पता", "os_adrɛs", "indiriso_de_casa", "SSR_DOCA_R",
                "MT103_50F_2_address", "Metro2_Base_FirstLineOfAddress", "HROpen_PostalAddress"],
        "text": ["Address:", "ناونیشان:", "घर के पता:", "Adrɛs:", "Indiriso:", "SSR DOCA R/", ":50F: 2/",
                 "Metro 2 address:"],
        "frag": ["addr", "doca", "indiriso", "adres"],
    },
    "ZIP_CODE": {
        "key": ["zip5", "کۆدی_پۆستی", "ज़िप_कोड", "zip_kod", "codexe_postałe", "SSR_DOCA_zip",
                "Metro2_Base_PostalZipCode", "HROpen_PostalCode"],
        "text": ["ZIP:", "کۆدی پۆستی:", "ज़िप कोड:", "Zip kod:", "Còdexe postałe:", "DOCA zip", "Postal/Zip Code:"],
        "frag": ["zip", "zipcode", "postal"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["insuranceMemberId", "ژمارەی_بیمە", "बीमा_सदस्य_नंबर", "insɔrans_nɔmba", "nùmaro_de_asicurasion",
                "mbiNumber", "subscriberPlanId", "HROpen_BenefitsMemberID"],
        "text": ["Member ID:", "MBI:", "ژمارەی بیمە:", "बीमा नंबर:", "Insɔrans nɔmba:", "Nùmaro de asicurasion:",
                 "Medi-Cal CIN:", "BCBS ID:"],
        "frag": ["mbi", "memberid", "cin", "bima", "subscriber"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["payoutAccount", "ژمارەی_هەژمار", "खाता_नंबर", "bank_akawnt", "conto_bancario", "MT103_59_account",
                "MT103_50K_account", "Metro2_Base_ConsumerAccountNumber", "guarantorAccount"],
        "text": ["Account:", "IBAN:", ":59:", ":50K:", "ژمارەی هەژمار:", "खाता नंबर:", "Bank akawnt:", "Conto:",
                 "Card:"],
        "frag": ["acct", "iban", "f59", "khata", "konto"],
    },
    "LICENSE_NUMBER": {
        "key": ["driverLicenceNo", "مۆڵەتی_شۆفێری", "ड्राइविंग_लाइसेंस", "draiva_laysens", "patente_de_guida",
                "HROpen_DriversLicense"],
        "text": ["DL:", "Driver licence no.", "مۆڵەتی شۆفێری:", "ड्राइविंग लाइसेंस:", "Draiva laysens:",
                 "Patente n.", "PersonLegalID (DL):"],
        "frag": ["dl", "license", "patente", "dlno"],
    },
    "DEVICE_ID": {
        "key": ["implantSerialNo", "ژمارەی_زنجیرەیی_ئامێر", "डिवाइस_सीरियल", "mashin_siriyal", "nùmaro_de_serie",
                "imeiNumber", "wifiMac", "udiHibc", "meid"],
        "text": ["Serial:", "IMEI:", "MAC:", "UDI:", "MEID:", "ژمارەی ئامێر:", "डिवाइस सीरियल:", "Siriyal nɔmba:",
                 "Nùmaro de serie:"],
        "frag": ["serial", "imei", "mac", "udi", "meid"],
    },
    "VEHICLE_ID": {
        "key": ["vehicleVIN", "ژمارەی_ئۆتۆمبێل", "गाड़ी_नंबर", "motoka_nɔmba", "targa", "vin17", "plateNo"],
        "text": ["VIN:", "Plate:", "ژمارەی ئۆتۆمبێل:", "गाड़ी नंबर:", "Motoka nɔmba:", "Targa:"],
        "frag": ["vin", "plate", "targa", "gadi"],
    },
    "IP_ADDRESS": {
        "key": ["remoteAddr", "ناونیشانی_IP", "आईपी_पता", "ip_adrɛs", "indiriso_IP", "lastSeenIp", "x_forwarded_for"],
        "text": ["IP:", "from IP", "ناونیشانی IP:", "आईपी पता:", "IP adrɛs:", "Indiriso IP:", "X-Forwarded-For:"],
        "frag": ["ip", "remote_ip", "xff"],
    },
    "URL": {
        "key": ["socialProfile", "پرۆفایل", "प्रोफाइल_लिंक", "prɔfayl", "profiło", "fundraiserUrl",
                "OneRoster.user.userProfiles"],
        "text": ["Profile:", "Fundraiser:", "پرۆفایل:", "प्रोफाइल:", "Prɔfayl:", "Profiło:", "Portal:"],
        "frag": ["profile", "url", "fundraiser"],
    },
    "SECRET": {
        "key": ["apiKey", "وشەی_نهێنی", "पासवर्ड", "paswɔd", "paroła_segreta", "dsn", "bearerToken", "clientSecret"],
        "text": ["token:", "API key:", "وشەی نهێنی:", "पासवर्ड:", "Paswɔd:", "Paroła segreta:",
                 "Authorization: Bearer", "DSN:"],
        "frag": ["token", "secret", "apikey", "pwd"],
    },
}

GROUP_KEYS = {
    "PERSON": ["householdMembers", "caregivers", "nakhoshan"], "DATE_OF_BIRTH": ["birthdaysByPerson"],
    "MRN": ["chartIndex"], "US_SSN": ["ssnLookup"], "PHONE_NUMBER": ["contactNumbers"],
    "EMAIL_ADDRESS": ["notifyEmails"], "STREET_ADDRESS": ["residences"], "ZIP_CODE": ["zipLookup"],
    "HEALTH_PLAN_ID": ["planMembers"], "ACCOUNT_NUMBER": ["payoutAccounts"], "LICENSE_NUMBER": ["licencesOnFile"],
    "DEVICE_ID": ["pairedDevices", "implantRegistry"], "VEHICLE_ID": ["fleetVins"], "IP_ADDRESS": ["allowedIps"],
    "URL": ["socialLinks"], "SECRET": ["credentials"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["birth_date", "patientSurname", "ssnLast4", "memberNumber", "homePhone", "emailAddr", "streetLine1",
                 "postal_code", "dlNumber", "deviceImei", "plateNumber", "remoteIp", "apiSecret", "SSR_DOCS",
                 ":50F:", "PersonName/FamilyName", "ناوی_سیانی", "पूरा_नाम", "nome_e_cognome", "fɔs_nem"]
HN_CODE_ENUMS = [
    ("SNOMED CT clinical findings", ["22298006", "44054006", "195967001", "38341003", "73211009"]),
    ("CPT E/M office visit codes", ["99202", "99203", "99212", "99213", "99214"]),
    ("HCPCS Level II codes", ["J1100", "E0601", "A4253", "G0008", "L3000"]),
    ("NDC package codes", ["00002-8215-01", "00169-4132-12", "50090-3469-00"]),
    ("CDC race and ethnicity codes", ["1002-5", "2028-9", "2054-5", "2076-8", "2106-3", "2135-2"]),
    ("CMS place of service codes", ["02", "10", "11", "21", "22", "23"]),
    ("NUBC revenue codes", ["0110", "0250", "0300", "0450", "0636"]),
    ("ISO 639-3 language codes", ["ckb", "bho", "vec", "kri", "ltz", "mkd", "rus"]),
    ("IATA airport codes", ["LUX", "SKP", "SVO", "EBL", "FNA", "VCE", "PAT"]),
    ("SWIFT MT message types", ["MT103", "MT202", "MT940", "MT199"]),
    ("DHIS2 value types", ["TEXT", "PHONE_NUMBER", "EMAIL", "DATE", "AGE", "USERNAME", "COORDINATE"]),
    ("Vonage message channels", ["sms", "mms", "whatsapp", "viber_service", "messenger"]),
    ("ICD-O-3 morphology codes", ["8140/3", "8500/3", "8070/3", "9680/3"]),
    ("RxNorm ingredient CUIs", ["161", "1191", "6809", "29046", "83367"]),
    ("IATA SSR codes", ["DOCS", "DOCA", "DOCO", "CTCM", "CTCE", "WCHR", "VGML"]),
]
HN_PLACEHOLDERS = ["patient@example.net", "+1 (415) 555-0187", "555-0123", "192.0.2.77", "2001:db8:4f::1",
                   "***-**-****", "XXX XX XXXX", "<YOUR_SECRET_KEY>", "UR0000000",
                   "https://example.org/fundraiser/{slug}", "ff:ff:ff:ff:ff:ff", "00000000000000000",
                   "{{patient.full_name}}", "INSERT_TOKEN_HERE"]
HN_FORMAT_REGEXES = [r"^UR\d{7}$", r"^9\d{7}[A-Z]$", r"^\(\d{3}\) \d{3}-\d{4}$",
                     r"^(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/(19|20)\d{2}$", r"^\d{5}-\d{4}$", r"^\d{15}$",
                     r"^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$", r"^[A-Z]{2}\d{2}[A-Z0-9]{4}\d{7}([A-Z0-9]?){0,16}$",
                     r"^4/\d{8}$", r"^P/[A-Z]{3}/[A-Z0-9]{1,15}/[A-Z]{3}/\d{2}[A-Z]{3}\d{2}/[MFX]/",
                     r"^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$", r"^\d{3}\.\d{2}\.\d{4}$"]
HN_NAME_WORDS = ["Iris", "Hope", "Dawn", "Carol", "Mark", "Sue", "Ruby", "Jade", "Skye", "Kent", "Cliff", "Reed",
                 "Heath", "Glen"]
HN_VERSION_DATES = ["Vonage API version 2021-06-30", "Deprecated on 2023-02-02.", "since 2020-11-18", "2017-09",
                    "Revision 2019-04-15", "Spec snapshot 2022-08-09", "Removed after 2024-12-31"]
HN_CATEGORY_TEXT = [
    "The caller's phone number in E.164 form, digits only.",
    "Date of birth of the tracked entity, ISO 8601.",
    "ژمارەی تەلەفۆنی نەخۆش بە شێوازی نێودەوڵەتی.",
    "ڕێکەوتی لەدایکبوونی نەخۆش (ساڵ-مانگ-ڕۆژ).",
    "मरीज के जनम तिथि, साल-महीना-दिन में।",
    "मरीज के मोबाइल नंबर, देश कोड के साथ।",
    "Di sikman in fon nɔmba, wit di kɔntri kod.",
    "Di de we dɛn bɔn di sikman, yia-mɔnt-de.",
    "El nùmaro de telèfono del pasiente, co el prefiso internasionałe.",
    "La data de nasita del pasiente (ano-mese-dì).",
    "Member's health plan ID as printed on the card.",
    "SSR DOCS element: passport number, nationality, date of birth, gender, expiry, surname and given names.",
    "MT103 field 50F, line 4/: ordering customer's date of birth (YYYYMMDD).",
]
HN_TOOL_NAMES = ["parse_ssr_docs_element", "mask_caller_phone_number", "validate_mt103_beneficiary_account",
                 "redact_patient_identifiers", "lookup_member_by_plan_id", "normalize_zip_code"]
HN_FILE_WORDS = ["patient-contact-form", "ssr-docs-parser", "beneficiary-iban-check", "dob-validator", "mrn-lookup"]
