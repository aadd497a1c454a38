"""Cues, name tables, neutral keys and hard-negative pools for the thirty-sixth set.

Cue languages: English written the way code and data dictionaries write it (abbreviations, camelCase,
snake_case: ptFullNm, birth_dt, mrn_no, ...), Waray (Winaray, Eastern Visayas), Silesian (ślōnskŏ gŏdka) and
Limburgish (Limbörgs).  The Waray, Silesian and Limburgish phrases are the builder's own best-effort spellings,
not copied from a dictionary.  Data-dictionary spellings: ICH E2B(R3) ICSR data elements (D.1, D.1.1.3, D.2.1,
C.2.r.2.7, ...), FOAF vocabulary terms (foaf:givenName, foaf:mbox, foaf:phone, foaf:homepage, ...), the MOSIP
identity schema (identity.fullName, identity.dateOfBirth, identity.phone, identity.postalCode, ...) and Peppol BIS
Billing 3.0 / EN 16931 business terms (BT-44, BT-49, BT-50, BT-53, BT-84, BT-87, ...).
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); romanised forms for non-Latin scripts.
HAND_NAMES = [
    ("Amastan", "ag Elleli", "ⴰⵎⴰⵙⵜⴰⵏ ⴰⴳ ⴻⵍⵍⴻⵍⵉ", "Tuareg (Tamasheq; Neo-Tifinagh)"),
    ("Rikme", "Marak", None, "Garo (A·chik)"),
    ("Yusnita", "Piliang", None, "Minangkabau"),
    ("Safrizal", "Meuraxa", None, "Acehnese"),
    ("Ontons", "Kūkojs", None, "Latgalian"),
    ("Chusé", "Lanuza", None, "Aragonese"),
    ("Binta", "Sanneh", None, "Mandinka"),
    ("Hawa", "Tandia", None, "Soninke"),
    ("Zeinabou", "Maïga", None, "Zarma-Songhai"),
    ("Terver", "Aondona", None, "Tiv"),
    ("Affiong", "Asuquo", None, "Efik"),
    ("Oghenekaro", "Edewor", None, "Urhobo"),
    ("Nyakuma", "Gatluak", None, "Nuer"),
    ("Neema", "Shirima", None, "Chaga"),
    ("Ndapewa", "Iipinge", None, "Ovambo (Oshiwambo)"),
    ("Lhakpa", "Sherpa", "ल्हाक्पा शेर्पा", "Sherpa (Devanagari)"),
    ("Chyltys", "Borgoyakova", "Чылтыс Боргоякова", "Khakas (Cyrillic)"),
    ("Sakina", "Changezi", "سکینه چنگیزی", "Hazara (Perso-Arabic script)"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["ext_ref", "batchTag", "legacyValue", "col_17", "srcField", "carry_val", "aux2", "mapFrom",
                "shadowCopy", "rowLabel", "importRef", "misc_text", "slot_c", "prevValue", "handoffRef", "noteRef",
                "bucketKey", "altText"]
NEUTRAL_SENTENCES = ["Copied from the {n} export: {v}", "Value retained after migration: {v}.", "{v}",
                     "Mapped unchanged from the upstream row ({n}): {v}", "Sync wrote {v} here.",
                     "Left over from import {n}: {v}."]
NEUTRAL_XKEYS = ["x-carried", "x-upstream-value", "x-import-note", "x-prev", "x-sync-value"]
NEUTRAL_META_KEYS = ["batch_ref", "sync_note", "import_tag", "origin_value"]
NEUTRAL_TOOL_VERBS = ["sync", "push", "pull", "map", "resolve", "stage"]
NEUTRAL_DESCR = "Creates or updates one {thing} object."

# ------------------------------------------------------------------ cues per category
# key: property keys naming the category; text: phrases before the value in the same string; frag: ASCII
# identifier fragments for keys, tool names and file names (text_cue idents).  About half are English
# (code-style), the rest Waray, Silesian, Limburgish and the four data dictionaries.
CUES = {
    "PERSON": {
        "key": ["ptFullNm", "pat_name_full", "subscriber_nm", "ngaran_han_pasyente", "mianoPacjynta",
                "naamVaanDePatient", "D.1_patient", "C.2.r.1.4_reporterFamilyName", "foaf:name", "foaf:givenName",
                "identity.fullName", "BT-44_buyerName"],
        "text": ["Pt name:", "Patient:", "Insured nm:", "Ngaran han pasyente:", "Miano i nazwisko pacjynta:",
                 "Naam vaan de patiënt:", "D.1 Patient:", "foaf:name", "identity.fullName =", "BT-44 Buyer name:"],
        "frag": ["pt", "patient", "ngaran", "pacjynt", "d1_patient", "foaf_name", "bt44"],
    },
    "DATE_OF_BIRTH": {
        "key": ["dob", "birth_dt", "ptDOB", "petsa_han_pagkatawo", "dataUrodzynio", "gebaortedatum",
                "D.2.1_dateOfBirth", "foaf:birthday", "identity.dateOfBirth", "D.10.2.1_parentBirthDate"],
        "text": ["DOB:", "Birth dt:", "b.", "Petsa han pagkatawo:", "Data urodzyniŏ:", "Gebaortedatum:",
                 "D.2.1 Date of Birth:", "identity.dateOfBirth =", "born"],
        "frag": ["dob", "birthdt", "pagkatawo", "urodzynio", "gebaorte", "d2_1"],
    },
    "MRN": {
        "key": ["mrn_no", "medRecNum", "chartNbr", "numero_han_rekord_medikal", "numerKartoteki", "dossiernommer",
                "D.1.1.3_hospitalRecordNumber", "D.1.1.1_gpMedicalRecordNumber", "D.1.1.2_specialistRecordNumber"],
        "text": ["MRN#", "Med rec no.", "Chart:", "Numero han rekord medikal:", "Numer kartoteki:",
                 "Dossiernómmer:", "D.1.1.3 Hospital Record Number:", "D.1.1.1 GP Medical Record Number:"],
        "frag": ["mrn", "medrec", "rekord", "kartoteka", "d1_1_3"],
    },
    "US_SSN": {
        "key": ["ssnNbr", "ssn_full", "subscriber_ssn", "numero_han_social_security", "numerSSN_USA",
                "amerikaansSsnNommer", "taxIdSsn"],
        "text": ["SSN:", "Soc sec #", "SSN (full):", "Numero han Social Security:", "Numer SSN (USA):",
                 "Amerikaans SSN-nómmer:"],
        "frag": ["ssn", "socsec", "ssn_full"],
    },
    "PHONE_NUMBER": {
        "key": ["cell_ph", "homePhoneNbr", "contact_tel", "numero_han_telepono", "numerTelefonu", "telefoonnommer",
                "C.2.r.2.7_reporterTelephone", "foaf:phone", "identity.phone", "BT-58_buyerContactTelephone"],
        "text": ["Ph:", "Cell:", "Tel#", "Numero han telepono:", "Numer telefōnu:", "Telefoonnómmer:",
                 "C.2.r.2.7 Reporter's Telephone:", "foaf:phone", "identity.phone =", "BT-58 Buyer contact phone:"],
        "frag": ["ph", "cell", "tel", "telepono", "telefon", "c2r2_7"],
    },
    "EMAIL_ADDRESS": {
        "key": ["email_addr", "contactEmail", "pt_email", "email_han_pasyente", "adresaEmail", "emailadres",
                "foaf:mbox", "identity.email", "BT-49_buyerElectronicAddress", "BT-59_buyerContactEmail"],
        "text": ["Email:", "E-mail addr:", "Email han pasyente:", "Adresa e-mail:", "E-mailadres:", "foaf:mbox",
                 "identity.email =", "BT-59 Buyer contact email:"],
        "frag": ["email", "emailaddr", "mbox", "bt59"],
    },
    "STREET_ADDRESS": {
        "key": ["addr_line1", "homeAddr", "street1", "erokan", "adresaZamieszkanio", "woenadres",
                "C.2.r.2.3_reporterStreet", "identity.addressLine1", "BT-50_buyerAddressLine1"],
        "text": ["Addr:", "Home addr:", "Erokan:", "Adresa zamieszkaniŏ:", "Woenadres:",
                 "C.2.r.2.3 Reporter's Street:", "identity.addressLine1 =", "BT-50 Buyer address line 1:"],
        "frag": ["addr", "street", "erokan"],
    },
    "ZIP_CODE": {
        "key": ["zip5", "zip_cd", "postalCd", "zip_code_han_erokan", "kodPocztowyUSA", "postcodeVS",
                "C.2.r.2.6_reporterPostcode", "identity.postalCode", "BT-53_buyerPostCode"],
        "text": ["ZIP:", "Zip cd:", "ZIP code han erokan:", "Kod pocztowy (USA):", "Postcode (VS):",
                 "C.2.r.2.6 Reporter's Postcode:", "identity.postalCode =", "BT-53 Buyer post code:"],
        "frag": ["zip", "zipcd", "postcode", "bt53"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["memberId", "mbi_nbr", "subscriberId", "ohipNo", "ramq_no", "numero_han_seguro_medikal",
                "numerUbezpieczynio", "verzekeringsnommer", "medicaidId"],
        "text": ["Member ID:", "MBI:", "Subscriber #", "OHIP #", "RAMQ:", "Numero han seguro medikal:",
                 "Numer ubezpieczyniŏ:", "Verzekeringsnómmer:"],
        "frag": ["mbi", "memberid", "subscriber", "ohip", "ramq", "seguro"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["acct_no", "ibanNbr", "cardNum", "guarantorAcct", "numero_han_account_ha_bangko", "numerKonta",
                "rekeningnommer", "BT-84_paymentAccountIdentifier", "BT-87_paymentCardPan"],
        "text": ["Acct #", "IBAN:", "Card #", "Guarantor acct:", "Numero han account ha bangko:", "Numer kōnta:",
                 "Rekeningnómmer:", "BT-84 Payment account:", "BT-87 Card PAN:"],
        "frag": ["acct", "iban", "card", "bt84", "konto"],
    },
    "LICENSE_NUMBER": {
        "key": ["dl_no", "driverLicNum", "dlNbr", "lisensya_ha_pagmaneho", "prawoJazdyNr", "rijbewiesnommer"],
        "text": ["DL#", "Driver lic no.", "DL num:", "Lisensya ha pagmaneho:", "Prawo jazdy nr", "Rijbewies-nómmer:"],
        "frag": ["dl", "dlno", "lisensya", "rijbewies"],
    },
    "DEVICE_ID": {
        "key": ["imeiNbr", "macAddr", "udi_hrf", "implantSn", "serial_han_gamit", "numerSeryjny", "serienommer",
                "deviceSerialNo"],
        "text": ["IMEI:", "MAC:", "UDI:", "Implant SN:", "Serial han gamit:", "Numer seryjny:", "Serienómmer:"],
        "frag": ["imei", "mac", "udi", "implantsn", "serial"],
    },
    "VEHICLE_ID": {
        "key": ["vinNbr", "vehicle_vin", "plateNo", "plaka_han_salakyan", "numerRejestracyjny", "kenteken"],
        "text": ["VIN:", "Veh VIN", "Plate:", "Plaka han salakyan:", "Numer rejestracyjny:", "Kenteken:",
                 "Chassisnómmer:"],
        "frag": ["vin", "plate", "plaka", "kenteken"],
    },
    "IP_ADDRESS": {
        "key": ["src_ip", "lastLoginIp", "clientAddr", "ip_han_kompyuter", "adresaIP", "ipAdres"],
        "text": ["IP:", "src ip", "last login from", "IP address han kompyuter:", "Adresa IP:", "IP-adres:"],
        "frag": ["ip", "srcip", "loginip"],
    },
    "URL": {
        "key": ["profile_url", "donationPageUrl", "homepage", "pahina_han_pagbulig", "profilUrl", "profielLink",
                "foaf:homepage", "foaf:weblog"],
        "text": ["Profile:", "Fundraiser:", "Portal:", "Pahina han pagbulig:", "Zbiōrka:", "Profiel:",
                 "foaf:homepage"],
        "frag": ["profile", "url"],
    },
    "SECRET": {
        "key": ["api_key", "svcPassword", "dbConnStr", "password_sekreto", "haslo", "wachwoord", "bearerToken"],
        "text": ["api key:", "pwd:", "conn str:", "Password (sekreto):", "Hasło:", "Wachwoord:",
                 "Authorization: Bearer"],
        "frag": ["token", "apikey", "pwd"],
    },
}

# A key_cue property_name / pattern_property label sits below an object whose key names the category.
GROUP_KEYS = {
    "PERSON": ["ptNames", "subscribers", "mga_pasyente"], "DATE_OF_BIRTH": ["dobIndex", "birth_dts"],
    "MRN": ["mrnMap", "kartoteki"], "US_SSN": ["ssnIndex"], "PHONE_NUMBER": ["phoneNbrs", "telefony"],
    "EMAIL_ADDRESS": ["emailAddrs"], "STREET_ADDRESS": ["homeAddrs"], "ZIP_CODE": ["zipCds"],
    "HEALTH_PLAN_ID": ["memberIds"], "ACCOUNT_NUMBER": ["acctNos"], "LICENSE_NUMBER": ["dlNbrs"],
    "DEVICE_ID": ["imeiList", "macAddrs"], "VEHICLE_ID": ["vinNbrs"], "IP_ADDRESS": ["srcIps"],
    "URL": ["profileUrls"], "SECRET": ["apiKeys"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["ptDob", "birth_dt", "ngaran_han_pasyente", "dataUrodzynio", "gebaortedatum", "mrn_no", "ssnNbr",
                 "dl_no", "imeiNbr", "vinNbr", "src_ip", "emailAddr", "svcPassword", "D.2.1_dateOfBirth",
                 "foaf:mbox", "identity.dateOfBirth", "BT-84_paymentAccountIdentifier"]
HN_CODE_ENUMS = [
    ("SNOMED CT clinical findings", ["38341003", "44054006", "195967001", "73211009"]),
    ("WHO ATC drug classes", ["C09AA05", "A10BA02", "N02BE01", "R03AC02"]),
    ("HL7 v2 table 0063 relationship", ["SEL", "SPO", "CHD", "PAR", "GRD"]),
    ("CMS place of service", ["02", "11", "21", "22", "23"]),
    ("NUBC revenue codes", ["0250", "0300", "0450", "0636"]),
    ("ICD-10-CM diagnoses", ["E11.9", "I10", "J45.909", "Z79.4"]),
    ("ISO 639-1 languages", ["fi", "sv", "en", "fr", "ar", "pl"]),
    ("UN/LOCODE ports", ["FIHEL", "USATL", "GBLON", "CAYMQ"]),
    ("IATA airports", ["HEL", "ATL", "YUL", "RUH", "MNL"]),
    ("HL7 v3 NullFlavor", ["NI", "UNK", "ASKU", "NAV", "MSK"]),
    ("E2B(R3) reporter qualification", ["1", "2", "3", "4", "5"]),
    ("ISO 3166-2:FI regions", ["FI-18", "FI-19", "FI-01", "FI-06"]),
    ("UNCL4461 payment means", ["30", "48", "49", "58", "59"]),
    ("USPS state abbreviations", ["AZ", "NM", "TX", "GA", "FL", "OH"]),
]
HN_PLACEHOLDERS = ["first.last@example.com", "noreply@clinic.invalid", "+44 20 7946 0321", "(505) 555-0147",
                   "+1-613-555-0100", "192.0.2.77", "198.51.100.201", "2001:db8:cafe::17", "000-00-0000",
                   "***-**-****", "AKIAIOSFODNN7EXAMPLE", "<YOUR_SHIPPO_TOKEN>", "UR0000000",
                   "https://example.com/portal/patients/{patientId}", "XX:XX:XX:XX:XX:XX", "0000 0000 0000 0000"]
HN_FORMAT_REGEXES = [r"^\d{3}-?\d{2}-?\d{4}$", r"^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$", r"^UR\d{7}$",
                     r"^\d{2}-\d{6}-\d{6}-\d$", r"^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$",
                     r"^(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?$", r"^\+?[0-9 ()-]{7,20}$", r"^[A-Z]{4} ?\d{4} ?\d{4}$",
                     r"^\d{4}-\d{3}-\d{3}-[A-Z]{2}$", r"^\d{1,2}/\d{1,2}/\d{4}$", r"^[^@\s]+@[^@\s]+$",
                     r"^shippo_(live|test)_[0-9a-f]{40}$", r"^[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d$"]
HN_NAME_WORDS = ["Mercedes", "Harley", "Sierra", "Juliet", "Victor", "Oscar", "Romeo", "Ruby", "Pearl", "Jade",
                 "Sydney", "Madison", "Savannah", "Dakota"]
HN_VERSION_DATES = ["API version 2018-02-08", "Deprecated on 2023-04-30.", "Since 2022-11-15", "2020-12",
                    "Schema revision 2024-02-29", "Release 2025-03-31", "Changelog 2021-06-30",
                    "Effective 2019-01-01"]
HN_CATEGORY_TEXT = [
    "Recipient's date of birth, required for age-restricted deliveries (YYYY-MM-DD).",
    "Member's Medicare Beneficiary Identifier as printed on the card.",
    "Sender phone number in E.164 format.",
    "An petsa han pagkatawo han pasyente (YYYY-MM-DD).",
    "An numero han telepono han kontak.",
    "Data urodzyniŏ pacjynta we formacie RRRR-MM-DD.",
    "Numer kōnta bankowego we formacie IBAN.",
    "Gebaortedatum vaan de patiënt (JJJJ-MM-DD).",
    "E-mailadres vaan de contactpersoon.",
    "D.2.1 Date of Birth, format CCYYMMDD.",
    "BT-84 Payment account identifier (IBAN).",
    "foaf:mbox is a mailto: URI of the agent.",
]
HN_TOOL_NAMES = ["lookup_recipient_by_dob", "validate_iban_format", "find_member_by_mbi", "mask_ssn_digits",
                 "resolve_ip_geolocation"]
HN_FILE_WORDS = ["recipient-dob-check", "iban-validator", "patient-mrn-index", "ssn-mask"]
