"""Cues, name tables, neutral keys and hard-negative pools for the forty-seventh set.

Cue languages: English written the way code and data dictionaries write it (spellings fresh to this set:
ptNmFull, holderNmTxt, dobYyyyMmDd, birthDtIso8601, mrnCd, chartRefNo, ssnVal9, socSecDgts, cellNo, phMobileE164,
emailAddrVal, mailAddrTxt, streetLn1Txt, resAddrLine, zipCd5, postalZipVal, mbrNoTxt, medicaidNoVal, acctRefNo,
cardPanTxt, dlNoVal, imeiDgts, macAddrHex, vinCd, ipAddrStr4, profileHref, apiSecretVal, ...), Valencian (the
Valencian standard of Catalan) and Tyrolean (Tyrolean / Austrian German).  The Valencian and Tyrolean phrases are the
builder's own best-effort spellings, not copied from a dictionary.  Data-dictionary spellings: the STS Adult Cardiac
Surgery Database data specifications (PatLName, PatFName, DOB, SSN, MedRecN, PatZIP) and the USCIS Form I-9
Section 1 fields (Last Name (Family Name), First Name (Given Name), Date of Birth (mm/dd/yyyy), U.S. Social Security
Number, Employee's E-mail Address, Employee's Telephone Number, Address (Street Number and Name), ZIP Code), both
written from the builder's memory, not re-read.
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); romanised forms for non-Latin scripts.
HAND_NAMES = [
    ("Yanlem", "Konyak", None, "Konyak Naga"),
    ("Mhonbeni", "Odyuo", None, "Lotha Naga"),
    ("Ngalasem", "Shimray", None, "Tangkhul Naga"),
    ("Inaholi", "Zhimomi", None, "Sumi Naga"),
    ("Vikhweno", "Kapfo", None, "Chakhesang Naga"),
    ("Jonali", "Payeng", None, "Mishing"),
    ("Nandini", "Langthasa", None, "Dimasa"),
    ("Yachang", "Hage", None, "Apatani"),
    ("Pranjal", "Borgohain", "প্ৰাঞ্জল বৰগোহাঁই", "Ahom (Assamese script)"),
    ("Junmoni", "Deori", None, "Deori"),
    ("Juri", "Rabha", None, "Rabha"),
    ("Rupali", "Sinha", None, "Bishnupriya Manipuri"),
    ("Sunita", "Gauchan", "सुनिता गौचन", "Thakali (Devanagari script)"),
    ("Bimala", "Mukhia", None, "Sunuwar"),
    ("Maili", "Praja", None, "Chepang"),
    ("Pema", "Choden", "པདྨ ཆོས་སྒྲོན", "Drukpa (Tibetan script)"),
    ("Sosefo", "Tialetagi", None, "Wallisian"),
    ("Petelo", "Tuikalepa", None, "Futunan"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["leftover", "parkedVal", "fld_z9", "slotB", "handoff", "loose_q", "binned", "spillover",
                "shelved", "held_back", "aux7", "tmpKeep", "payloadY", "gutter", "orphaned", "tail_q", "cubby",
                "residue"]
NEUTRAL_SENTENCES = ["Carried over from the {n} import: {v}", "Nobody owned this after the cleanup: {v}.", "{v}",
                     "Copied from the old export ({n}): {v}", "The nightly sync left {v} here.",
                     "Residue of run {n}: {v}."]
NEUTRAL_XKEYS = ["x-leftover", "x-parked-value", "x-import-note", "x-held-back", "x-orphaned"]
NEUTRAL_TOOL_VERBS = ["push", "pull", "stage", "mirror", "emit", "route"]
NEUTRAL_DESCR = "Carries one {thing} object."

# ------------------------------------------------------------------ cues per category
# key: keys (key_cue); text: prefixes (text_cue); frag: identifier fragments (text_cue in keys, tool and file names)
CUES = {
    "PERSON": {
        "key": ["ptNmFull", "holderNmTxt", "nmGivenSurname", "nom_i_cognoms", "nåm_vom_patient", "sts.PatLName",
                "i9.last_name_family_name"],
        "text": ["Pt nm full:", "Holder nm txt -", "Nm (given surname):", "Nom i cognoms del pacient:",
                 "Nåm vom Patient:", "STS PatLName / PatFName:", "Form I-9 Last Name (Family Name), First Name:"],
        "frag": ["ptnmfull", "holdernm", "nmgivensurname", "nomicognoms", "namvompatient", "stspatname",
                 "i9name"],
    },
    "DATE_OF_BIRTH": {
        "key": ["dobYyyyMmDd", "birthDtIso8601", "dtBornVal", "data_de_naixement", "geburtståg", "sts.DOB",
                "i9.date_of_birth"],
        "text": ["DOB yyyy mm dd:", "Birth dt iso8601 -", "Dt born val:", "Data de naixement:", "Geburtståg:",
                 "STS DOB:", "Form I-9 Date of Birth:"],
        "frag": ["dobyyyymmdd", "birthdtiso", "dtborn", "naixement", "geburtstag", "stsdob", "i9dob"],
    },
    "MRN": {
        "key": ["mrnCd", "chartRefNo", "medRecKeyTxt", "número_d_història_clínica", "krånknakt_nummer",
                "sts.MedRecN"],
        "text": ["MRN cd:", "Chart ref no -", "Med rec key txt:", "Número d'història clínica:",
                 "Krånknakt-Nummer:", "STS MedRecN:"],
        "frag": ["mrncd", "chartrefno", "medreckey", "historiaclinica", "kranknakt", "stsmedrecn"],
    },
    "US_SSN": {
        "key": ["ssnVal9", "socSecDgts", "ssnMaskedOff", "número_de_la_seguretat_social_eua",
                "sozialversicherungsnummer_usa", "sts.SSN", "i9.us_social_security_number"],
        "text": ["SSN val9:", "Soc sec dgts -", "SSN (masked off):", "Número de la seguretat social (EUA):",
                 "Sozialversicherungsnummer (USA):", "STS SSN:", "Form I-9 U.S. Social Security Number:"],
        "frag": ["ssnval9", "socsecdgts", "ssnmasked", "seguretatsocial", "sozialvers", "stsssn", "i9ssn"],
    },
    "PHONE_NUMBER": {
        "key": ["cellNo", "phMobileE164", "contactPhStr", "telèfon_mòbil", "händy_nummer", "i9.employee_telephone"],
        "text": ["Cell no:", "Ph mobile e164 -", "Contact ph str:", "Telèfon mòbil:", "Händy-Nummer:",
                 "Form I-9 Employee's Telephone Number:"],
        "frag": ["cellno", "phmobile", "contactph", "telefonmobil", "handynummer", "i9phone"],
    },
    "EMAIL_ADDRESS": {
        "key": ["emailAddrVal", "notifyEmlTxt", "eAddrPersonal", "correu_electrònic", "e_mail_adress_privat",
                "i9.employee_email"],
        "text": ["Email addr val:", "Notify eml txt -", "E-addr (personal):", "Correu electrònic:",
                 "E-Mail-Adress (privåt):", "Form I-9 Employee's E-mail Address:"],
        "frag": ["emailaddrval", "notifyeml", "eaddrpersonal", "correuelectronic", "emailprivat", "i9email"],
    },
    "STREET_ADDRESS": {
        "key": ["mailAddrTxt", "streetLn1Txt", "resAddrLine", "adreça_de_casa", "wohnadress", "i9.address_street"],
        "text": ["Mail addr txt:", "Street ln1 txt -", "Res addr line:", "Adreça de casa:", "Wohnadress:",
                 "Form I-9 Address (Street Number and Name):"],
        "frag": ["mailaddr", "streetln1", "resaddrline", "adrecacasa", "wohnadress", "i9address"],
    },
    "ZIP_CODE": {
        "key": ["zipCd5", "postalZipVal", "zipPlus4Val", "codi_postal_eua", "postleitzåhl_usa", "sts.PatZIP",
                "i9.zip_code"],
        "text": ["Zip cd5:", "Postal zip val -", "Zip plus4 val:", "Codi postal (EUA):", "Postleitzåhl (USA):",
                 "STS PatZIP:", "Form I-9 ZIP Code:"],
        "frag": ["zipcd5", "postalzipval", "zipplus4", "codipostal", "postleitzahl", "stspatzip", "i9zip"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["mbrNoTxt", "medicaidNoVal", "mbiCdLower", "planHolderId", "número_d_afiliat", "kåssennummer"],
        "text": ["Mbr no txt:", "Medicaid no val -", "MBI cd (lower):", "Plan holder ID:", "Número d'afiliat:",
                 "Kåssennummer:"],
        "frag": ["mbrnotxt", "medicaidno", "mbicd", "planholder", "afiliat", "kassennummer"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["acctRefNo", "cardPanTxt", "ibanVal", "bsbAcctNo", "encAcctNo", "compte_bancari", "kontonummer_bånk"],
        "text": ["Acct ref no:", "Card PAN txt -", "IBAN val:", "BSB / acct no:", "Enc acct no:", "Compte bancari:",
                 "Kontonummer (Bånk):"],
        "frag": ["acctrefno", "cardpan", "ibanval", "bsbacct", "encacct", "comptebancari", "kontonummer"],
    },
    "LICENSE_NUMBER": {
        "key": ["dlNoVal", "drvLicCd", "licNbrDrv", "permís_de_conduir", "führerschein_nummer"],
        "text": ["DL no val:", "Drv lic cd -", "Lic nbr (drv):", "Permís de conduir:", "Führerschein-Nummer:"],
        "frag": ["dlnoval", "drvliccd", "licnbrdrv", "permisconduir", "fuhrerschein"],
    },
    "DEVICE_ID": {
        "key": ["imeiDgts", "macAddrHex", "udiCarrier", "iccidVal", "implantSerNo", "número_de_sèrie_de_l_aparell",
                "serienummer_vom_gerätl"],
        "text": ["IMEI dgts:", "MAC addr hex -", "UDI carrier:", "ICCID val:", "Implant ser no:",
                 "Número de sèrie de l'aparell:", "Seriennummer vom Gerätl:"],
        "frag": ["imeidgts", "macaddrhex", "udicarrier", "iccidval", "implantser", "seriaparell", "seriengeratl"],
    },
    "VEHICLE_ID": {
        "key": ["vinCd", "vehIdVin", "regoPlate", "matrícula_del_cotxe", "autokennzeichen"],
        "text": ["VIN cd:", "Veh ID (VIN) -", "Rego plate:", "Matrícula del cotxe:", "Autokennzeichen:"],
        "frag": ["vincd", "vehidvin", "regoplate", "matricula", "kennzeichen"],
    },
    "IP_ADDRESS": {
        "key": ["ipAddrStr4", "srcIpVal", "lastSeenIp", "adreça_ip_de_l_ordinador", "ip_adress_vom_kastl"],
        "text": ["IP addr str4:", "Src IP val -", "Last seen IP:", "Adreça IP de l'ordinador:",
                 "IP-Adress vom Kastl:"],
        "frag": ["ipaddrstr", "srcipval", "lastseenip"],
    },
    "URL": {
        "key": ["profileHref", "fundPageHref", "personalSiteUri", "pàgina_personal", "eigene_hoamseitn"],
        "text": ["Profile href:", "Fund page href -", "Personal site URI:", "Pàgina personal:",
                 "Eigene Hoamseitn:"],
        "frag": ["profilehref", "fundpagehref", "personalsite"],
    },
    "SECRET": {
        "key": ["apiSecretVal", "dsnStr", "bearerTokVal", "contrasenya", "passwort_gheim"],
        "text": ["API secret val:", "dsn str=", "bearer tok val -", "Contrasenya:", "Passwort (gheim):"],
        "frag": ["apisecretval", "dsnstr", "bearertok"],
    },
}

GROUP_KEYS = {
    "PERSON": ["ptNmFulls", "holderNmTxts", "noms_list"], "DATE_OF_BIRTH": ["dobYyyyMmDds", "birthDtIso8601s"],
    "MRN": ["mrnCds", "chartRefNos"], "US_SSN": ["ssnVal9s"], "PHONE_NUMBER": ["cellNos", "telèfons"],
    "EMAIL_ADDRESS": ["emailAddrVals"], "STREET_ADDRESS": ["mailAddrTxts"], "ZIP_CODE": ["zipCd5s"],
    "HEALTH_PLAN_ID": ["mbrNoTxts"], "ACCOUNT_NUMBER": ["acctRefNos"], "LICENSE_NUMBER": ["dlNoVals"],
    "DEVICE_ID": ["imeiDgtsList", "macAddrHexes"], "VEHICLE_ID": ["vinCds"], "IP_ADDRESS": ["ipAddrStr4s"],
    "URL": ["profileHrefs"], "SECRET": ["apiSecretVals"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["dobYyyyMmDd", "ptNmFull", "mrnCd", "ssnVal9", "cellNo", "dlNoVal", "vinCd", "ipAddrStr4",
                 "dsnStr", "data_de_naixement", "geburtståg", "sts.MedRecN", "i9.date_of_birth", "sts.PatZIP"]
HN_CODE_ENUMS = [
    ("SARIF result levels", ["none", "note", "warning", "error"]),
    ("SARIF result kinds", ["pass", "open", "informational", "notApplicable", "review", "fail"]),
    ("DAP stopped-event reasons", ["step", "breakpoint", "exception", "pause", "entry", "goto"]),
    ("DAP output categories", ["console", "important", "stdout", "stderr", "telemetry"]),
    ("ICD-10-CM cardiac codes", ["I25.10", "I48.91", "I50.9", "I21.4"]),
    ("LOINC lipid panel codes", ["2093-3", "2571-8", "2085-9", "13457-7"]),
    ("ISO 3166-1 alpha-2 countries", ["AU", "UZ", "PT", "LT", "FI"]),
    ("BCP 47 language tags", ["ca-valencia", "de-AT", "uz-Latn", "en-AU", "dz"]),
    ("IANA time zones", ["Australia/Sydney", "Asia/Tashkent", "Europe/Lisbon", "Europe/Vilnius",
                         "Pacific/Wallis"]),
    ("US state codes", ["UT", "NV", "OR", "RI", "CT"]),
    ("STS status of surgery", ["Elective", "Urgent", "Emergent", "Emergent Salvage"]),
    ("Form I-9 citizenship attestations", ["1", "2", "3", "4"]),
]
HN_PLACEHOLDERS = ["dev@example.net", "triage@scanner.test", "(801) 555-0163", "+1 702-555-0119",
                   "1-503-555-0175", "198.51.100.37", "203.0.113.201", "2001:db8:47::9", "XXX-XX-XXXX",
                   "<SARIF_UPLOAD_TOKEN>", "${DAP_ADAPTER_SECRET}", "MRN-XXXXXXX",
                   "https://example.com/patients/{patient_id}", "ff:ff:ff:ff:ff:ff", "4111 1111 1111 1111",
                   "holder@cardio.example"]
HN_FORMAT_REGEXES = [r"^\d{9}WA$", r"^M#\d{8}$", r"^glft-[0-9a-zA-Z_\-]{20}$", r"^doo_v1_[a-f0-9]{64}$",
                     r"^V\d{6}$", r"^\+?[1-9]\d{1,14}$", r"^([0-9a-f]{6})-([0-9a-f]{6})$",
                     r"^\d{5}(-\d{4})?$", r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^PT\d{23}$",
                     r"^\d{2}-\d{2}-\d{4}$", r"^[A-Z]{2}\d{2}[A-Z]{2}$"]
HN_NAME_WORDS = ["Faith", "Heather", "Holly", "Ivy", "Rose", "Summer", "Crystal", "Amber", "Skye", "Forrest",
                 "Clay", "Robin"]
HN_VERSION_DATES = ["SARIF 2.1.0 errata 01 (2023-08-28)", "Deprecated after 2025-03-31.", "Supported since 2022-09-13",
                    "2019-09", "Changelog entry 2020-03-27", "Effective 2026-05-04", "Sunset 2029-01-15"]
HN_CATEGORY_TEXT = [
    "Patient's date of birth as captured on the intake form.",
    "Tool author's contact email address.",
    "The hospital's medical record number for the patient.",
    "Data de naixement del pacient (AAAA-MM-DD).",
    "Geburtståg vom Patienten (JJJJ-MM-TT).",
    "STS MedRecN: the patient's medical record number at the participant site.",
    "Form I-9 Date of Birth, entered as mm/dd/yyyy.",
    "Subscriber's home telephone number.",
    "Member's Social Security number, never shown in full.",
    "Holder's home street address and ZIP Code.",
]
HN_TOOL_NAMES = ["validate_patient_email", "mask_member_ssn", "check_vin_checksum", "redact_patient_dob"]
HN_FILE_WORDS = ["patient-email-mask", "member-ssn-rules", "patient-mrn-format"]
