"""Cues, the hand-written name table, neutral keys and hard-negative pools for the twentyninth set.

Cue languages: English, Tetum (tet, Timor-Leste), Bislama (bi, Vanuatu), Assamese (as, Bengali-Assamese script) and
Ilocano (ilo, Philippines).  Data-dictionary spellings: CMS MDS 3.0 item ids (A0500, A0600A, A0600B, A0700, A0900,
A1300A), CMS OASIS item ids (M0020, M0040, M0060, M0063, M0064, M0065, M0066), ASAP 4.x prescription-monitoring PAT
fields (PAT03, PAT07, PAT12, PAT16, PAT17, PAT18), ISO 20022 XML element paths (Dbtr/Nm, PstlAdr/PstCd,
DtAndPlcOfBirth/BirthDt, CtctDtls/PhneNb, DbtrAcct/Id/IBAN), EMV tags (5A, 5F20), NACHA entry-detail field names,
AAMVA PDF417 element ids (DAQ, DCS, DAC, DBB, DAG, DAK) and FDA Sentinel Common Data Model columns (PatID,
Birth_Date).
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); romanised forms for the non-Latin scripts.
HAND_NAMES = [
    ("Ermelinda", "Ximenes", None, "Tetum (Timor-Leste)"),
    ("Rogelio", "Agbayani", None, "Ilocano"),
    ("Merilyn", "Kalsakau", None, "Ni-Vanuatu"),
    ("Rajib", "Baruah", "ৰাজীৱ বৰুৱা", "Assamese (Bengali-Assamese script)"),
    ("Asep", "Saepudin", None, "Sundanese"),
    ("Komang", "Ariawan", None, "Balinese"),
    ("Khathutshelo", "Netshitenzhe", None, "Venda"),
    ("Uajorokisa", "Tjiriange", None, "Herero"),
    ("Ndapewa", "Shikongo", None, "Oshiwambo"),
    ("Ixmucane", "Tzul", None, "K'iche' Maya"),
    ("Winona", "Iron Cloud", None, "Lakota"),
    ("Breesha", "Kinvig", None, "Manx"),
    ("Hańžka", "Kocorowa", None, "Upper Sorbian"),
    ("Ermes", "Tomadini", None, "Friulian"),
    ("Narspi", "Sespelova", "Нарспи Сеспелова", "Chuvash (Cyrillic)"),
    ("Aygul", "Galiyeva", "Айгөл Ғәлиева", "Bashkir (Cyrillic)"),
    ("Ashalchi", "Vekshina", "Ашальчи Векшина", "Udmurt (Cyrillic)"),
    ("Zubaida", "Memon", "زبيده ميمڻ", "Sindhi (Arabic script)"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["ref_b", "carryField", "slot7", "aux_value", "srcText", "legacy_k", "extraNote", "mirrorVal",
                "importTag", "col_r", "shadowField", "opaque2", "tailNote", "passThru", "stashValue", "bucketB"]
NEUTRAL_SENTENCES = ["Copied from the {n} export: {v}.", "Unchanged on import: {v}", "Kept from the {n} feed: {v}",
                     "{v}", "Also seen as {v}.", "The {n} load left {v} in this field."]
NEUTRAL_XKEYS = ["x-carried", "x-source-text", "x-import-note", "x-kept", "x-feed-value"]
NEUTRAL_TOOL_VERBS = ["load", "match", "pull", "settle", "queue", "stage"]
NEUTRAL_DESCR = "Builds one {thing} object."

# ------------------------------------------------------------------ cues per category
# key: property keys that name the category; text: phrases before the value in the same string; frag: ASCII
# identifier fragments for keys, tool names, file names and pattern-property regexes (text_cue idents).
CUES = {
    "PERSON": {
        "key": ["patientLegalName", "naran_pasiente", "nem_blong_sikman", "ৰোগীৰ_নাম", "nagan_ti_pasiente",
                "A0500_legalName", "M0040_patientName", "PAT07_lastName", "Dbtr.Nm", "tag5F20_cardholderName",
                "DCS_familyName", "individualName"],
        "text": ["Patient:", "Naran pasiente:", "Nem blong sikman:", "ৰোগীৰ নাম:", "Nagan ti pasiente:",
                 "M0040 Patient Name:", "A0500 legal name:", "PAT07/PAT08 =", "<Dbtr><Nm>", "EMV 5F20:",
                 "NACHA Individual Name:", "DCS/DAC:"],
        "frag": ["patient", "naran", "nem", "nagan", "m0040", "a0500", "pat07", "dbtr_nm", "tag5f20", "dcs"],
    },
    "DATE_OF_BIRTH": {
        "key": ["birthDate", "data_moris", "dei_blong_bon", "জন্মৰ_তাৰিখ", "petsa_ti_pannakayanak",
                "A0900_birthDate", "M0066_birthDate", "PAT18_dob", "DtAndPlcOfBirth.BirthDt", "DBB",
                "DEMOGRAPHIC.Birth_Date"],
        "text": ["Date of birth:", "Data moris:", "Dei blong bon:", "জন্মৰ তাৰিখ:", "Petsa ti pannakayanak:",
                 "A0900 Birth Date:", "M0066 =", "PAT18:", "<BirthDt>", "DBB", "Birth_Date ="],
        "frag": ["dob", "moris", "bon", "nayanak", "a0900", "m0066", "pat18", "birthdt", "dbb"],
    },
    "MRN": {
        "key": ["medicalRecordNumber", "numeru_rejistu_mediku", "namba_blong_rekod", "চিকিৎসা_ৰেকৰ্ড_নম্বৰ",
                "numero_ti_rekord", "A1300A_medicalRecordNo", "M0020_patientId", "PatID", "chartNo"],
        "text": ["MRN", "Rejistu médiku:", "Namba blong rekod blong hospital:", "চিকিৎসা ৰেকৰ্ড নং",
                 "Numero ti rekord medikal:", "A1300A =", "M0020 Patient ID:", "Sentinel PatID:", "Chart #"],
        "frag": ["mrn", "rejistu", "rekod", "a1300a", "m0020", "chart", "patid"],
    },
    "US_SSN": {
        "key": ["socialSecurityNumber", "A0600A_ssn", "M0064_ssn", "PAT03_ssn", "numeru_seguransa_sosial",
                "namba_blong_social_security", "PrvtId.Othr.SOSE", "ssnDigits"],
        "text": ["SSN", "A0600A Social Security Number:", "M0064 =", "PAT03 (SSN):", "Seguransa sosiál EUA:",
                 "Social Security namba:", "মাৰ্কিন সামাজিক সুৰক্ষা নম্বৰ:", "Numero ti Social Security:",
                 "SchmeNm/Cd SOSE:"],
        "frag": ["ssn", "a0600a", "m0064", "pat03", "sose"],
    },
    "PHONE_NUMBER": {
        "key": ["phoneNumber", "numeru_telefone", "namba_blong_fon", "ফোন_নম্বৰ", "numero_ti_telepono",
                "PAT17_phone", "CtctDtls.PhneNb", "mobileNo"],
        "text": ["Phone:", "Telefone:", "Namba blong fon:", "ফোন নম্বৰ:", "Numero ti telepono:", "PAT17 =",
                 "<PhneNb>", "Mob."],
        "frag": ["tel", "phone", "fon", "pat17", "phnenb"],
    },
    "EMAIL_ADDRESS": {
        "key": ["emailAddress", "korreiu_eletroniku", "imel_adres", "ইমেইল_ঠিকনা", "email_ti_pasiente",
                "CtctDtls.EmailAdr", "contactEmail"],
        "text": ["E-mail:", "Korreiu eletróniku:", "Imel:", "ইমেইল:", "Email ti pasiente:", "<EmailAdr>"],
        "frag": ["email", "imel", "emailadr"],
    },
    "STREET_ADDRESS": {
        "key": ["homeAddress", "hela_fatin", "adres_blong_haos", "ঘৰৰ_ঠিকনা", "pagnanaedan", "PAT12_address",
                "PstlAdr.StrtNm", "DAG_street"],
        "text": ["Home address:", "Hela-fatin:", "Adres blong haos:", "ঘৰৰ ঠিকনা:", "Pagnanaedan:", "PAT12:",
                 "<PstlAdr><AdrLine>", "DAG"],
        "frag": ["addr", "helafatin", "adres", "pat12", "dag"],
    },
    "ZIP_CODE": {
        "key": ["zipCode", "kodigu_postal", "zip_kod", "জিপ_কোড", "zip_ti_pagnanaedan", "M0060_zip", "PAT16_zip",
                "PstlAdr.PstCd", "DAK_postalCode"],
        "text": ["ZIP", "Kódigu postál:", "ZIP kod:", "জিপ ক'ড:", "ZIP code ti pagnanaedan:", "M0060 =", "PAT16:",
                 "<PstCd>", "DAK"],
        "frag": ["zip", "m0060", "pat16", "pstcd", "dak"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["medicareNumber", "numeru_seguru_saude", "namba_blong_insurens", "স্বাস্থ্য_বীমা_নম্বৰ",
                "numero_ti_seguro", "A0600B_medicareNo", "A0700_medicaidNo", "M0063_medicareNo", "M0065_medicaidNo",
                "memberId"],
        "text": ["Medicare number:", "Seguru saúde:", "Namba blong insurens blong helt:", "বীমা সদস্য নম্বৰ:",
                 "Numero ti seguro ti salun-at:", "A0600B =", "A0700 Medicaid:", "M0063:", "M0065 Medicaid #",
                 "Member ID", "Versichertenkarte:", "Carte d'assuré:"],
        "frag": ["mbi", "medicare", "medicaid", "a0600b", "a0700", "m0063", "m0065", "member"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["bankAccountNumber", "numeru_konta_banku", "namba_blong_bank_akaon", "বেংক_একাউণ্ট_নম্বৰ",
                "numero_ti_account", "DbtrAcct.Id.IBAN", "DFIAccountNumber", "tag5A_pan", "cbu",
                "guarantorAccount"],
        "text": ["Account:", "Konta banku:", "Bank akaon:", "একাউণ্ট নম্বৰ:", "Account ti banko:", "<IBAN>",
                 "NACHA DFI Account Number:", "EMV 5A (PAN):", "CBU", "PAN", "Guarantor acct"],
        "frag": ["acct", "konta", "akaon", "iban", "dfi", "pan", "cbu"],
    },
    "LICENSE_NUMBER": {
        "key": ["driversLicenseNumber", "karta_kondusaun", "namba_blong_draeva_laesens", "ড্ৰাইভিং_লাইচেন্স",
                "lisensia_ti_panagmaneho", "DAQ", "DAQ_customerId", "PrvtId.Othr.DRLC"],
        "text": ["Driver license:", "Karta kondusaun:", "Draeva laesens:", "ড্ৰাইভিং লাইচেন্স নং",
                 "Lisensia ti panagmaneho:", "DAQ", "DRLC", "DL no."],
        "frag": ["dl", "daq", "drlc", "laesens", "lisensia"],
    },
    "DEVICE_ID": {
        "key": ["deviceSerial", "numeru_serial_aparellu", "seriel_namba_blong_masin", "যন্ত্ৰৰ_ছিৰিয়েল",
                "serial_ti_aparato", "imei", "macAddress", "udi", "eui64"],
        "text": ["Device serial:", "Seriál aparellu:", "Seriel namba blong masin:", "যন্ত্ৰৰ ছিৰিয়েল নম্বৰ:",
                 "Serial ti aparato:", "IMEI", "MAC", "UDI", "EUI-64"],
        "frag": ["serial", "imei", "mac", "udi", "eui"],
    },
    "VEHICLE_ID": {
        "key": ["vehicleVin", "numeru_xasi", "namba_blong_trak", "গাড়ীৰ_নম্বৰ", "plaka_ti_lugan", "licensePlate",
                "patente", "kontrollschild"],
        "text": ["VIN", "Matríkula:", "Namba blong trak:", "গাড়ীৰ নম্বৰ:", "Plaka ti lugan:", "Patente:",
                 "Kontrollschild:", "Plaque:"],
        "frag": ["vin", "matrikula", "plaka", "plate", "patente"],
    },
    "IP_ADDRESS": {
        "key": ["clientIp", "enderesu_ip", "ip_adres", "আইপি_ঠিকনা", "ip_address_ti_kliente", "lastLoginIp",
                "remoteAddr"],
        "text": ["IP:", "Enderesu IP:", "IP adres:", "আইপি ঠিকনা:", "IP address ti kliente:", "logged in from",
                 "X-Forwarded-For:"],
        "frag": ["ip", "remote_addr", "xff"],
    },
    "URL": {
        "key": ["profileUrl", "ligasaun_perfil", "link_blong_profael", "প্ৰফাইল_লিংক", "link_ti_profile",
                "fundraiserUrl", "portalLink"],
        "text": ["Profile:", "Perfíl:", "Profael:", "প্ৰ'ফাইল:", "Profile ti pasiente:", "Fundraiser:", "Portal:"],
        "frag": ["profile", "url", "link"],
    },
    "SECRET": {
        "key": ["apiToken", "liafuan_segredu", "pasword", "পাছৱৰ্ড", "password_ti_account", "connectionString",
                "clientSecret", "webhookSecret"],
        "text": ["token:", "Senha:", "Pasword:", "পাছৱৰ্ড:", "Password:", "DSN", "secret="],
        "frag": ["token", "pwd", "secret"],
    },
}

# A key_cue property_name / pattern_property label sits below an object whose key names the category.
GROUP_KEYS = {
    "PERSON": ["residents", "naranSira", "A0500"], "DATE_OF_BIRTH": ["birthDates", "M0066"],
    "MRN": ["mrnIndex", "A1300A"], "US_SSN": ["ssnList", "A0600A"], "PHONE_NUMBER": ["phoneBook", "namba_fon"],
    "EMAIL_ADDRESS": ["emailRecipients"], "STREET_ADDRESS": ["homeAddresses", "PstlAdr"], "ZIP_CODE": ["zipCodes"],
    "HEALTH_PLAN_ID": ["medicareNumbers", "M0063"], "ACCOUNT_NUMBER": ["bankAccounts", "DbtrAcct"],
    "LICENSE_NUMBER": ["driverLicenses", "DAQ"], "DEVICE_ID": ["deviceSerials", "deviceMacs"],
    "VEHICLE_ID": ["vehicleVins"], "IP_ADDRESS": ["clientIps"], "URL": ["profileLinks"], "SECRET": ["apiTokens"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["dateOfBirth", "data_moris", "dei_blong_bon", "জন্মৰ_তাৰিখ", "patient_name", "mrn",
                 "A0600A_ssn", "M0066_birthDate", "PAT18", "DAQ", "ibanNumber", "emailAddress", "password", "imei",
                 "vin", "PstlAdr.PstCd", "tag5F20", "nagan_ti_pasiente"]
HN_CODE_ENUMS = [
    ("HL7 v2 table 0203 identifier type", ["MR", "SS", "DL", "MB", "MA", "PN", "AN"]),
    ("ISO 20022 ExternalPersonIdentification1Code", ["ARNU", "CCPT", "CUST", "DRLC", "EMPL", "NIDN", "SOSE",
                                                     "TXID"]),
    ("Mojaloop PartyIdType", ["MSISDN", "EMAIL", "PERSONAL_ID", "BUSINESS", "DEVICE", "ACCOUNT_ID", "IBAN",
                              "ALIAS"]),
    ("SNOMED CT clinical findings", ["38341003", "44054006", "195967001", "49436004", "13645005"]),
    ("ICD-10-CM", ["E11.9", "I10", "J45.909", "F32.A", "M54.50"]),
    ("HCPCS Level II", ["J1100", "E0114", "A4253", "G0439", "Q4081"]),
    ("ISO 18245 merchant category codes", ["5912", "8011", "8062", "5047", "8099"]),
    ("RxNorm term types", ["IN", "PIN", "SCD", "SBD", "GPCK", "BN"]),
    ("DEA controlled-substance schedules", ["CII", "CIIN", "CIII", "CIV", "CV"]),
    ("ISO 4217 currencies", ["ARS", "CHF", "USD", "VUV", "PHP", "INR"]),
    ("ISO 639 language codes", ["tet", "bi", "as", "ilo", "gsw", "es"]),
    ("USPS state abbreviations", ["AZ", "NM", "UT", "KY", "OH", "GA"]),
    ("NUBC revenue codes", ["0250", "0300", "0450", "0636", "0981"]),
    ("HL7 v2 table 0001 administrative sex", ["F", "M", "O", "U", "A", "N"]),
]
HN_PLACEHOLDERS = ["someone@example.org", "+1-415-555-0137", "(800) 555-0100", "192.0.2.44",
                   "2001:db8:85a3::8a2e:370:7334", "000-00-0000", "078-05-1120", "YOUR_CLIENT_SECRET",
                   "1EG4-TE5-MK73", "4111 1111 1111 1111", "CH93 0076 2011 6238 5295 7", "00:00:5E:00:53:01",
                   "https://example.com/patients/{patientId}", "MRN-0000000", "198.51.100.77", "<DRIVER_LICENSE>"]
HN_FORMAT_REGEXES = [r"^756\.\d{4}\.\d{4}\.\d{2}$", r"^\d{22}$", r"^[A-Z]{2}\d{3}[A-Z]{2}$", r"^\d{3}-\d{2}-\d{4}$",
                     r"^\+?[1-9]\d{7,14}$", r"^[0-9]{5}(?:-[0-9]{4})?$", r"^[A-HJ-NPR-Z0-9]{17}$",
                     r"^(?:[0-9]{1,3}\.){3}[0-9]{1,3}$", r"^\d{15}$", r"^(0[1-9]|1[0-2])/\d{2}/\d{4}$",
                     r"^[\w.+-]+@[\w-]+\.[\w.]+$", r"^CH\d{2}[0-9A-Z]{17}$", r"^([0-9a-f]{2}:){7}[0-9a-f]{2}$"]
HN_NAME_WORDS = ["Rand", "Mark", "Sue", "Will", "Earnest", "Grant", "Ruby", "Hope", "Savannah", "Sydney", "April",
                 "Marshall", "Destiny"]
HN_VERSION_DATES = ["Available since 2021-09-14.", "x-api-version 2023-04-01", "Deprecated after the 2022-11-30 release",
                    "2020-12", "Last reviewed 2024-02-03", "effective 2019-11-01", "Spec snapshot of 2025-06-18",
                    "Sunset planned for 2027-01-31"]
HN_CATEGORY_TEXT = [
    "Patient date of birth as YYYY-MM-DD.",
    "Naran kompletu pasiente nian, hanesan iha karta identidade.",
    "Namba blong fon blong sikman, long fomat E.164.",
    "ৰোগীৰ জন্মৰ তাৰিখ (বছৰ-মাহ-দিন)।",
    "Numero ti seguro ti salun-at ti pasiente (11 a karakter).",
    "The member's Medicare Beneficiary Identifier; never log it.",
    "Hela-fatin pasiente nian, la ho kódigu postál.",
    "Driver license number as printed on the card (AAMVA DAQ).",
    "Bank account number of the debtor (ISO 20022 DbtrAcct).",
    "Seriel namba blong masin we i stap insaed long bodi.",
    "Email address used for payment receipts.",
    "VIN of the insured vehicle, 17 characters with a check digit.",
]
HN_TOOL_NAMES = ["find_member_by_medicare_number", "verify_bank_account_number", "get_patient_phone",
                 "search_by_license_plate", "lookup_resident_by_dob", "mask_ssn_digits"]
HN_FILE_WORDS = ["patient-ssn-lookup", "member-dob-index", "namba-blong-fon", "kontaktu-telefone"]
