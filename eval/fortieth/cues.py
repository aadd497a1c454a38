"""Cues, name tables, neutral keys and hard-negative pools for the fortieth set.

Cue languages: English written the way code and data dictionaries write it (fresh spellings: nmLegal, persNm,
birthDtm, medRecNum, socSecNo, cellPh, mailAddr, streetLn, zip5Cd, mbiNum, drvLicId, ...), Lombard (Milanese,
lumbard), Picard (picard / ch'ti) and Central Bikol (Bikol Naga).  The Lombard, Picard and Bikol phrases are the
builder's own best-effort spellings, not copied from a dictionary.  Data-dictionary spellings: the Synthea CSV
export's patients.csv columns (FIRST, LAST, BIRTHDATE, SSN, DRIVERS, PASSPORT, ADDRESS, CITY, STATE, ZIP) and the
OpenEMR patient_data table's columns (fname, lname, DOB, ss, drivers_license, phone_cell, phone_home, email,
street, postal_code, pubpid).
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); romanised forms for non-Latin scripts.
HAND_NAMES = [
    ("Bhagwati", "Negi", "भगवती नेगी", "Garhwali (Devanagari script)"),
    ("Hema", "Pant", "हेमा पन्त", "Kumaoni (Devanagari script)"),
    ("Bijoy", "Debbarma", "বিজয় দেববর্মা", "Tripuri (Kokborok speakers; Bengali script)"),
    ("Karma", "Lachungpa", None, "Bhutia (Sikkim)"),
    ("Pisuy", "Watan", None, "Atayal"),
    ("Biung", "Istanda", None, "Bunun"),
    ("Bugan", "Dulnuan", None, "Ifugao"),
    ("H'Nhi", "Ksor", None, "Jarai"),
    ("Gwaai", "Edenshaw", None, "Haida"),
    ("Yeidikook'áa", "Hotch", None, "Tlingit"),
    ("Nashoba", "Tubby", None, "Choctaw"),
    ("Wotko", "Harjo", None, "Muscogee"),
    ("Sewa", "Buitimea", None, "Yaqui (Yoeme)"),
    ("Metsá", "Sanancino", None, "Shipibo-Konibo"),
    ("Amadigné", "Dolo", None, "Dogon"),
    ("Epée", "Ekwalla", None, "Duala"),
    ("Amoding", "Okiror", None, "Teso (Iteso)"),
    ("Ndesamburo", "Massawe", None, "Chagga"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["residue", "lastPulled", "bucket", "fld_41", "ingestVal", "parked", "aux_k", "relayed",
                "shadowValue", "lineNote", "streamKey", "misc7", "slot_q", "priorValue", "passAlong", "refTag",
                "drawer", "extra2"]
NEUTRAL_SENTENCES = ["Left behind by the {n} import: {v}", "No match after dedup: {v}.", "{v}",
                     "Pushed by the upstream connector ({n}): {v}", "The replay job stored {v} here.",
                     "Leftover from run {n}: {v}."]
NEUTRAL_XKEYS = ["x-residue", "x-upstream-value", "x-import-note", "x-prior", "x-shadow-value"]
NEUTRAL_TOOL_VERBS = ["push", "pull", "stage", "sync", "emit", "route"]
NEUTRAL_DESCR = "Carries one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["nmLegal", "persNm", "ptFullNm", "nomm_del_malad", "nom_dech_malade", "pangaran_kan_pasyente",
                "synthea.FIRST", "synthea.LAST", "openemr.fname", "openemr.lname"],
        "text": ["Nm legal:", "Pers nm -", "Pt full nm:", "Nomm del malaa:", "Nom dech malade:",
                 "Pangaran kan pasyente:", "Synthea FIRST/LAST:", "patients.csv LAST:", "OpenEMR lname, fname:",
                 "patient_data.fname ="],
        "frag": ["nmlegal", "persnm", "ptfullnm", "malaa", "malade", "pangaran", "syntheaname", "emrfname"],
    },
    "DATE_OF_BIRTH": {
        "key": ["birthDtm", "dob_yyyymmdd", "bDay", "data_de_nassita", "date_dnaissanche", "aldaw_kan_pagkamundag",
                "synthea.BIRTHDATE", "openemr.DOB"],
        "text": ["Birth dtm:", "DOB (yyyymmdd):", "B-day:", "Data de nassita:", "Date d'naissanche:",
                 "Aldaw kan pagkamundag:", "Synthea BIRTHDATE:", "patient_data.DOB:"],
        "frag": ["birthdtm", "bday", "nassita", "naissanche", "pagkamundag", "syntheadob", "emrdob"],
    },
    "MRN": {
        "key": ["medRecNum", "chart_id", "mrNbr", "numer_de_la_cartella", "numéro_dé_dossier", "numero_kan_rekord",
                "openemr.pubpid"],
        "text": ["Med rec num:", "Chart ID:", "MR nbr:", "Numer de la cartella clinega:", "Numéro dé dossier:",
                 "Numero kan rekord medikal:", "OpenEMR pubpid (external id):"],
        "frag": ["medrecnum", "chartid", "mrnbr", "cartella", "dossier", "rekord", "pubpid"],
    },
    "US_SSN": {
        "key": ["socSecNo", "ssn_txt", "ssnVal", "numer_de_previdenza_usa", "numéro_éd_sécu_usa",
                "numero_kan_social_security", "synthea.SSN", "openemr.ss"],
        "text": ["Soc sec no:", "SSN txt:", "SSN val -", "Numer de previdenza (USA):", "Numéro éd sécu (USA):",
                 "Numero kan Social Security:", "Synthea SSN:", "patient_data.ss:"],
        "frag": ["socsecno", "ssntxt", "ssnval", "syntheassn"],
    },
    "PHONE_NUMBER": {
        "key": ["cellPh", "ph_mobile", "contactTel", "numer_de_telefon", "numéro_éd_portabe", "numero_kan_selpon",
                "openemr.phone_cell", "openemr.phone_home"],
        "text": ["Cell ph:", "Ph (mobile):", "Contact tel -", "Numer de telefon:", "Numéro éd portabe:",
                 "Numero kan selpon:", "OpenEMR phone_cell:", "patient_data.phone_home:"],
        "frag": ["cellph", "phmobile", "contacttel", "telefon", "portabe", "selpon", "phonecell"],
    },
    "EMAIL_ADDRESS": {
        "key": ["mailAddr", "eml", "contactEmailTxt", "indirizz_e_mail", "adrèche_imèl", "email_kan_pasyente",
                "openemr.email"],
        "text": ["Mail addr:", "Eml:", "Contact email txt:", "Indirizz e-mail:", "Adrèche imèl:",
                 "Email kan pasyente:", "OpenEMR email:"],
        "frag": ["mailaddr", "eml", "contactemail", "imel", "emrmail"],
    },
    "STREET_ADDRESS": {
        "key": ["streetLn", "resAddr", "addr_ln_1", "indirizz_de_cà", "adrèche_éd_maison", "estada_kan_harong",
                "synthea.ADDRESS", "openemr.street"],
        "text": ["Street ln:", "Res addr:", "Addr ln 1:", "Indirizz de cà:", "Adrèche éd maison:",
                 "Estada kan harong:", "Synthea ADDRESS:", "patient_data.street:"],
        "frag": ["streetln", "resaddr", "addrln1", "indirizz", "adreche", "harong"],
    },
    "ZIP_CODE": {
        "key": ["zip5Cd", "postal5", "zipPlus4Txt", "codes_postal_usa", "code_postal_usa", "zip_code_kan_usa",
                "synthea.ZIP", "openemr.postal_code"],
        "text": ["Zip5 cd:", "Postal5:", "Zip+4 txt:", "Codes postal (USA):", "Code postal (USA):",
                 "ZIP code kan USA:", "Synthea ZIP:", "patient_data.postal_code:"],
        "frag": ["zip5cd", "postal5", "zipplus4", "synthezip", "postalcode"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["mbiNum", "medicaid_id_no", "subscriberNum", "insMbrNo", "numer_de_l_assicurazion",
                "numéro_d_assuré", "numero_kan_seguro"],
        "text": ["MBI num:", "Medicaid ID no:", "Subscriber num:", "Ins mbr no:", "Numer de l'assicurazion:",
                 "Numéro d'assuré:", "Numero kan seguro:"],
        "frag": ["mbinum", "medicaidid", "subscribernum", "assicurazion", "assure", "seguro"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["acctNum", "iban_txt", "cardNum", "visitAcct", "cunt_corrent", "compte_éd_banque",
                "numero_kan_account"],
        "text": ["Acct num:", "IBAN txt:", "Card num:", "Visit acct:", "Cunt corrent:", "Compte éd banque:",
                 "Numero kan account sa banko:"],
        "frag": ["acctnum", "ibantxt", "cardnum", "visitacct", "cunt", "banko"],
    },
    "LICENSE_NUMBER": {
        "key": ["drvLicId", "dlNum", "lic_id_txt", "patent_de_guida", "permis_éd_condure", "lisensya_sa_pagmaneho",
                "synthea.DRIVERS", "openemr.drivers_license"],
        "text": ["Drv lic ID:", "DL num:", "Lic ID txt:", "Patent de guida:", "Permis éd condure:",
                 "Lisensya sa pagmaneho:", "Synthea DRIVERS:", "patient_data.drivers_license:"],
        "frag": ["drvlic", "dlnum", "licid", "guida", "condure", "pagmaneho", "drivers"],
    },
    "DEVICE_ID": {
        "key": ["imeiCd", "macId", "implantSn", "udiStr", "iccidTxt", "numer_de_serie", "numéro_éd_série",
                "numero_serial_kan_aparato"],
        "text": ["IMEI cd:", "MAC id:", "Implant SN:", "UDI str:", "ICCID txt:", "Numer de serie:",
                 "Numéro éd série:", "Numero serial kan aparato:"],
        "frag": ["imeicd", "macid", "implantsn", "udistr", "iccidtxt", "serie", "aparato"],
    },
    "VEHICLE_ID": {
        "key": ["vinCd", "vin_txt", "plateNo", "targa_de_la_machina", "plaque_éd_auto", "plaka_kan_sasakyan"],
        "text": ["VIN cd:", "VIN txt:", "Plate no:", "Targa de la machina:", "Plaque éd auto:",
                 "Plaka kan sasakyan:"],
        "frag": ["vincd", "vintxt", "plateno", "targa", "plaque", "plaka"],
    },
    "IP_ADDRESS": {
        "key": ["srcIp", "remoteAddr", "loginIpTxt", "indirizz_ip", "adrèche_ip", "ip_address_kan_kompyuter"],
        "text": ["Src IP:", "Remote addr:", "Login IP txt:", "Indirizz IP:", "Adrèche IP:",
                 "IP address kan kompyuter:"],
        "frag": ["srcip", "remoteaddr", "loginip"],
    },
    "URL": {
        "key": ["profileUri", "donateUrl", "personalSite", "pagina_personal", "page_perso", "pahina_kan_tawo"],
        "text": ["Profile URI:", "Donate url:", "Personal site:", "Pagina personal:", "Page perso:",
                 "Pahina kan tawo:"],
        "frag": ["profileuri", "donateurl", "personalsite"],
    },
    "SECRET": {
        "key": ["secretKey", "connStr", "svcToken", "parola_segreta", "mot_éd_passe", "sekretong_password"],
        "text": ["secret key:", "conn str=", "svc token:", "Parola segreta:", "Mot éd passe:", "Sekretong password:"],
        "frag": ["secretkey", "connstr", "svctoken"],
    },
}

GROUP_KEYS = {
    "PERSON": ["persNms", "nmLegals", "malaa"], "DATE_OF_BIRTH": ["birthDtms", "bDays"],
    "MRN": ["medRecNums", "cartelle_clineghe"], "US_SSN": ["socSecNos"], "PHONE_NUMBER": ["cellPhs", "selpon_list"],
    "EMAIL_ADDRESS": ["mailAddrs"], "STREET_ADDRESS": ["streetLns"], "ZIP_CODE": ["zip5Cds"],
    "HEALTH_PLAN_ID": ["subscriberNums"], "ACCOUNT_NUMBER": ["acctNums"], "LICENSE_NUMBER": ["drvLicIds"],
    "DEVICE_ID": ["imeiCds", "macIds"], "VEHICLE_ID": ["vinCds"], "IP_ADDRESS": ["srcIps"],
    "URL": ["profileUris"], "SECRET": ["secretKeys"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["birthDtm", "persNm", "medRecNum", "socSecNo", "cellPh", "drvLicId", "vinCd", "srcIp", "connStr",
                 "data_de_nassita", "date_dnaissanche", "aldaw_kan_pagkamundag", "synthea.BIRTHDATE", "openemr.ss"]
HN_CODE_ENUMS = [
    ("ICD-10-CM respiratory codes", ["J45.909", "J44.1", "J18.9", "J06.9"]),
    ("LOINC lipid panel", ["2093-3", "2571-8", "2085-9", "13457-7"]),
    ("HCPCS Level II codes", ["G0439", "J1100", "E0607", "A4253"]),
    ("ISO 4217 currencies", ["PEN", "SGD", "CHF", "EUR", "USD"]),
    ("ISO 3166-1 alpha-2 countries", ["PE", "SG", "BE", "IE", "CH"]),
    ("BCP 47 language tags", ["es-PE", "ms-SG", "ta-LK", "lmo", "pcd", "bcl"]),
    ("IANA time zones", ["America/Lima", "Asia/Singapore", "Europe/Brussels", "Europe/Dublin", "Europe/Zurich"]),
    ("SORMAS case classifications", ["NOT_CLASSIFIED", "SUSPECT", "PROBABLE", "CONFIRMED", "NO_CASE"]),
    ("Keycloak required actions", ["VERIFY_EMAIL", "UPDATE_PASSWORD", "CONFIGURE_TOTP", "UPDATE_PROFILE"]),
    ("Synthea MARITAL codes", ["M", "S", "D", "W"]),
    ("OpenEMR sex list options", ["Female", "Male", "UNK"]),
    ("HL7 administrative gender", ["male", "female", "other", "unknown"]),
]
HN_PLACEHOLDERS = ["patient@example.com", "admin@keycloak.example", "(520) 555-0164", "+1 918-555-0117",
                   "+1 (406) 555-0139", "+44 20 7946 0321", "198.51.100.77", "203.0.113.140", "2001:db8:40::17",
                   "000-00-0000", "###-##-####", "<KEYCLOAK_CLIENT_SECRET>", "<SORMAS_API_TOKEN>", "H00000000",
                   "https://example.com/sormas/persons/{uuid}", "00:00:00:00:00:00", "4242 4242 4242 4242"]
HN_FORMAT_REGEXES = [r"^BE\d{14}$", r"^IE\d{2}[A-Z]{4}\d{14}$", r"^[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d$",
                     r"^([0-9A-F]{2}-){5}[0-9A-F]{2}$", r"^\d{8}$", r"^H\d{8}$", r"^[A-HJ-NPR-Z0-9]{17}$",
                     r"^\d{4}-\d{6}$", r"^[^@\s]+@[^@\s]+$", r"^[A-Z]{2}\d{5}[A-Z]$", r"^\d{3}\.\d{3}\.\d{3}$",
                     r"^W\d{9}$"]
HN_NAME_WORDS = ["Summer", "River", "Ruby", "Crystal", "Liberty", "Mercy", "Harmony", "Destiny", "Faith", "Blossom",
                 "Sunny", "Journey"]
HN_VERSION_DATES = ["API version 2024-02-15", "Deprecated since 2023-10-04.", "Available from 2025-08-19",
                    "2019-09", "Spec revision 2021-04-27", "Release 2024-12-02", "Sunset 2027-06-30"]
HN_CATEGORY_TEXT = [
    "Person's date of birth as SORMAS stores it (day, month, year).",
    "User's mobile number in E.164 form.",
    "Driver licence number exactly as printed on the card.",
    "Data de nassita del malaa (AAAA-MM-GG).",
    "Numéro éd portabe dech malade.",
    "Aldaw kan pagkamundag kan pasyente (MM/DD/TTTT).",
    "Synthea BIRTHDATE column, ISO 8601 date.",
    "OpenEMR patient_data.ss holds the social security number.",
    "Keycloak user attribute for the e-mail address.",
    "Home address of the case person.",
]
HN_TOOL_NAMES = ["check_person_birthdate", "validate_iban_format", "find_user_by_email", "mask_ssn_value"]
HN_FILE_WORDS = ["person-birthdate-check", "iban-format-rules", "user-email-lookup"]
