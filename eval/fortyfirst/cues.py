"""Cues, name tables, neutral keys and hard-negative pools for the forty-first set.

Cue languages: English written the way code and data dictionaries write it (spellings fresh to this set:
legalNmTxt, fullNmStr, dobDt, brthDtIso, medRecId, hospNbr, ssnNbr, taxIdSsn, mobPhNbr, eAddrTxt, addrLine1Txt,
zipCd5, mbiId, planMbrId, bankAcctNbr, dlNbr, imeiNbr, hwMacAddr, vinNbr, clientIpAddr, homepageUrl, dbConnUri, ...),
Pangasinan, Interlingue (Occidental) and Alsatian (Elsässerditsch).  The Pangasinan, Interlingue and Alsatian phrases
are the builder's own best-effort spellings, not copied from a dictionary.  Data-dictionary spellings: the CMS Claim
and Claim Line Feed (CCLF) beneficiary demographics file (CCLF8: BENE_MBI_ID, BENE_1ST_NAME, BENE_LAST_NAME,
BENE_DOB, BENE_ZIP_CD, GEO_ZIP5_CD, BENE_LINE_1_ADR) and Apache Fineract's m_client table (firstname, lastname,
date_of_birth, mobile_no, email_address, external_id, account_no).
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); romanised forms for non-Latin scripts.
HAND_NAMES = [
    ("Yuma", "Jimpikit", None, "Shuar"),
    ("Nelita", "Quinchoker", None, "Asháninka"),
    ("Yarisa", "Dogirama", None, "Emberá"),
    ("Nadia", "Waldan", None, "Miskito"),
    ("Nazira", "Baig", "نذیره بیگ", "Wakhi (Perso-Arabic script)"),
    ("Shaira", "Gul", None, "Kalash"),
    ("Tesfaye", "Dana", "ተስፋዬ ዳና", "Wolaita (Ethiopic script)"),
    ("Nakiru", "Lokwang", None, "Turkana"),
    ("Nyadak", "Ochan", None, "Shilluk"),
    ("Ndako", "Gbako", None, "Nupe"),
    ("Mafo", "Nguefack", None, "Bamileke"),
    ("Nakalunga", "Sakambuta", None, "Chokwe"),
    ("Namalomba", "Chipande", None, "Makonde"),
    ("Mali", "Googoo", None, "Mi'kmaq"),
    ("Nitanna", "Crowshoe", None, "Blackfoot (Piikani)"),
    ("Sadie", "Ahtone", None, "Kiowa"),
    ("Dorsey", "Oxendine", None, "Lumbee"),
    ("Nadiye", "Bilali", "ნადიე ბილალი", "Laz (Georgian script)"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["carryOver", "stash", "fld_77", "overflowVal", "holding", "aux_v", "forwarded", "ghostValue",
                "rowNote", "laneKey", "misc3", "slot_z", "previousVal", "handOff", "tagRef", "tray", "extra9",
                "spill"]
NEUTRAL_SENTENCES = ["Carried over from the {n} migration: {v}", "Unmatched after merge: {v}.", "{v}",
                     "Forwarded by the partner feed ({n}): {v}", "The backfill job wrote {v} here.",
                     "Remnant of batch {n}: {v}."]
NEUTRAL_XKEYS = ["x-carry-over", "x-feed-value", "x-migration-note", "x-previous", "x-ghost-value"]
NEUTRAL_TOOL_VERBS = ["send", "fetch", "queue", "mirror", "post", "relay"]
NEUTRAL_DESCR = "Holds one {thing} record."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["legalNmTxt", "fullNmStr", "ptNmFull", "ngaran_na_pasyente", "nómine_del_patient",
                "nàmme_vum_patiant", "cclf.BENE_1ST_NAME", "cclf.BENE_LAST_NAME", "m_client.firstname",
                "m_client.lastname"],
        "text": ["Legal nm txt:", "Full nm str -", "Pt nm (full):", "Ngaran na pasyente:", "Nómine del patient:",
                 "Nàmme vum Patiant:", "CCLF BENE_LAST_NAME, BENE_1ST_NAME:", "CCLF8 BENE_1ST_NAME:",
                 "m_client lastname, firstname:", "m_client.firstname ="],
        "frag": ["legalnm", "fullnm", "ptnm", "ngaran", "nomine", "namme", "benename", "mclientname"],
    },
    "DATE_OF_BIRTH": {
        "key": ["dobDt", "brthDtIso", "birth_dt_txt", "petsa_na_kianak", "date_de_nascentie", "gebùrtsdàtum",
                "cclf.BENE_DOB", "m_client.date_of_birth"],
        "text": ["DOB dt:", "Brth dt (ISO):", "Birth dt txt -", "Petsa na kianak:", "Date de nascentie:",
                 "Gebùrtsdàtum:", "CCLF BENE_DOB:", "m_client.date_of_birth:"],
        "frag": ["dobdt", "brthdt", "kianak", "nascentie", "geburtsdatum", "benedob", "clientdob"],
    },
    "MRN": {
        "key": ["medRecId", "hospNbr", "chartNo_txt", "numero_na_rekord", "númere_del_dossier",
                "dossiernummer_vum_spitàl", "m_client.external_id"],
        "text": ["Med rec ID:", "Hosp nbr:", "Chart no txt -", "Numero na rekord medikal:", "Númere del dossier:",
                 "Dossiernummer vum Spitàl:", "m_client.external_id (hospital chart):"],
        "frag": ["medrecid", "hospnbr", "chartno", "rekord", "dossier", "spital", "externalid"],
    },
    "US_SSN": {
        "key": ["ssnNbr", "taxIdSsn", "ss_num_txt", "numero_na_social_security", "númere_de_securitá_social",
                "sozialversicherungsnummer_usa"],
        "text": ["SSN nbr:", "Tax ID (SSN):", "SS num txt -", "Numero na Social Security:",
                 "Númere de securitá social (USA):", "Sozialversicherungsnummer (USA):"],
        "frag": ["ssnnbr", "taxidssn", "ssnum", "securitasocial"],
    },
    "PHONE_NUMBER": {
        "key": ["mobPhNbr", "telNbrCell", "contact_ph_txt", "numero_na_selpon", "númere_de_telefon",
                "händinummer", "m_client.mobile_no"],
        "text": ["Mob ph nbr:", "Tel nbr (cell):", "Contact ph txt -", "Numero na selpon:", "Númere de telefon:",
                 "Händinummer:", "m_client.mobile_no:"],
        "frag": ["mobph", "telnbr", "contactph", "selpon", "telefon", "handi", "mobileno"],
    },
    "EMAIL_ADDRESS": {
        "key": ["eAddrTxt", "emailAddrStr", "notif_email", "email_na_pasyente", "adresse_de_e_posta",
                "e_mail_adress", "m_client.email_address"],
        "text": ["E addr txt:", "Email addr str:", "Notif email -", "Email na pasyente:", "Adresse de e-posta:",
                 "E-Mail-Adress:", "m_client.email_address:"],
        "frag": ["eaddr", "emailaddr", "notifemail", "eposta", "emailadress"],
    },
    "STREET_ADDRESS": {
        "key": ["addrLine1Txt", "homeStreetTxt", "res_addr_ln", "address_na_abong", "adresse_de_domicilie",
                "adress_vum_hüs", "cclf.BENE_LINE_1_ADR"],
        "text": ["Addr line1 txt:", "Home street txt:", "Res addr ln -", "Address na abong:",
                 "Adresse de domicilie:", "Adress vum Hüs:", "CCLF BENE_LINE_1_ADR:"],
        "frag": ["addrline1", "homestreet", "resaddrln", "abong", "domicilie", "adresshus"],
    },
    "ZIP_CODE": {
        "key": ["zipCd5", "postCodeUs", "zip4Txt", "zip_code_na_usa", "code_postal_usa", "postleitzahl_usa",
                "cclf.BENE_ZIP_CD", "cclf.GEO_ZIP5_CD"],
        "text": ["Zip cd5:", "Post code (US):", "Zip4 txt -", "ZIP code na USA:", "Code postal (USA):",
                 "Postleitzahl (USA):", "CCLF BENE_ZIP_CD:", "CCLF8 GEO_ZIP5_CD:"],
        "frag": ["zipcd5", "postcodeus", "zip4txt", "benezip", "geozip5"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["mbiId", "planMbrId", "medicaidCin", "insMemberNbr", "numero_na_seguro", "númere_de_assecurat",
                "versicherungsnummer", "cclf.BENE_MBI_ID"],
        "text": ["MBI ID:", "Plan mbr ID:", "Medicaid CIN -", "Ins member nbr:", "Numero na seguro:",
                 "Númere de assecurat:", "Versicherungsnummer:", "CCLF BENE_MBI_ID:"],
        "frag": ["mbiid", "planmbr", "medicaidcin", "insmember", "seguro", "assecurat", "benembi"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["bankAcctNbr", "ibanCd", "panNbr", "encAcctNo", "numero_na_account", "conto_bancari",
                "bankkonto", "m_client.account_no"],
        "text": ["Bank acct nbr:", "IBAN cd:", "PAN nbr -", "Enc acct no:", "Numero na account ed bangko:",
                 "Conto bancari:", "Bankkonto:", "m_client.account_no:"],
        "frag": ["bankacct", "ibancd", "pannbr", "encacct", "bangko", "conto", "bankkonto", "accountno"],
    },
    "LICENSE_NUMBER": {
        "key": ["dlNbr", "driverLicNo", "opLicTxt", "lisensya_na_pan_maneho", "permisse_de_conducter",
                "fahrerschin_nummer"],
        "text": ["DL nbr:", "Driver lic no:", "Op lic txt -", "Lisensya na pan-maneho:", "Permisse de conducter:",
                 "Fahrerschin-Nummer:"],
        "frag": ["dlnbr", "driverlic", "oplic", "maneho", "conducter", "fahrerschin"],
    },
    "DEVICE_ID": {
        "key": ["imeiNbr", "hwMacAddr", "implantSerNo", "udiTxt", "simIccid", "serial_na_aparato",
                "númere_de_serie", "seriennummer_vum_gerät"],
        "text": ["IMEI nbr:", "HW MAC addr:", "Implant ser no:", "UDI txt -", "SIM ICCID:", "Serial na aparato:",
                 "Númere de serie:", "Seriennummer vum Gerät:"],
        "frag": ["imeinbr", "hwmac", "implantser", "uditxt", "simiccid", "aparato", "serie", "gerat"],
    },
    "VEHICLE_ID": {
        "key": ["vinNbr", "vehVinTxt", "licPlateTxt", "plaka_na_luga", "plaque_de_automobile", "nummereschild"],
        "text": ["VIN nbr:", "Veh VIN txt:", "Lic plate txt -", "Plaka na luga:", "Plaque de automobile:",
                 "Nummereschild:"],
        "frag": ["vinnbr", "vehvin", "licplate", "plaka", "plaque", "nummereschild"],
    },
    "IP_ADDRESS": {
        "key": ["clientIpAddr", "lastLoginIp", "origin_ip_txt", "ip_address_na_kompyuter", "adresse_IP",
                "ip_adress_vum_rachner"],
        "text": ["Client IP addr:", "Last login IP:", "Origin IP txt -", "IP address na kompyuter:", "Adresse IP:",
                 "IP-Adress vum Rächner:"],
        "frag": ["clientip", "lastloginip", "originip"],
    },
    "URL": {
        "key": ["homepageUrl", "fundraiserLink", "socialProfileUri", "pahina_na_too", "pagine_personal",
                "persönlichi_sitt"],
        "text": ["Homepage URL:", "Fundraiser link:", "Social profile URI -", "Pahina na too:", "Pagine personal:",
                 "Persönlichi Sitt:"],
        "frag": ["homepageurl", "fundraiserlink", "socialprofile"],
    },
    "SECRET": {
        "key": ["apiSecretTxt", "dbConnUri", "accessTok", "sekreto_a_password", "parol_secret", "gheimwort"],
        "text": ["API secret txt:", "db conn uri=", "access tok -", "Sekreto a password:", "Parol secret:",
                 "Gheimwort:"],
        "frag": ["apisecret", "dbconnuri", "accesstok"],
    },
}

GROUP_KEYS = {
    "PERSON": ["fullNmStrs", "legalNms", "ngaran_list"], "DATE_OF_BIRTH": ["dobDts", "brthDts"],
    "MRN": ["medRecIds", "dossiers"], "US_SSN": ["ssnNbrs"], "PHONE_NUMBER": ["mobPhNbrs", "telefons"],
    "EMAIL_ADDRESS": ["eAddrs"], "STREET_ADDRESS": ["addrLine1s"], "ZIP_CODE": ["zipCd5s"],
    "HEALTH_PLAN_ID": ["planMbrIds"], "ACCOUNT_NUMBER": ["bankAcctNbrs"], "LICENSE_NUMBER": ["dlNbrs"],
    "DEVICE_ID": ["imeiNbrs", "hwMacAddrs"], "VEHICLE_ID": ["vinNbrs"], "IP_ADDRESS": ["clientIpAddrs"],
    "URL": ["homepageUrls"], "SECRET": ["apiSecrets"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["dobDt", "fullNmStr", "medRecId", "ssnNbr", "mobPhNbr", "dlNbr", "vinNbr", "clientIpAddr",
                 "dbConnUri", "petsa_na_kianak", "date_de_nascentie", "gebùrtsdàtum", "cclf.BENE_DOB",
                 "m_client.mobile_no"]
HN_CODE_ENUMS = [
    ("ICD-10-CM endocrine codes", ["E11.9", "E03.9", "E66.9", "E78.5"]),
    ("CPT evaluation and management codes", ["99213", "99214", "99203", "99396"]),
    ("NUCC provider taxonomy codes", ["207Q00000X", "208D00000X", "363L00000X", "261QF0400X"]),
    ("ISO 4217 currencies", ["VES", "AFN", "ETB", "GEL", "CRC"]),
    ("ISO 3166-1 alpha-3 countries", ["VEN", "AFG", "ETH", "GEO", "CRI"]),
    ("BCP 47 language tags", ["es-VE", "ps-AF", "pag", "ie", "gsw-FR"]),
    ("IANA time zones", ["America/Caracas", "Asia/Kabul", "Africa/Addis_Ababa", "Asia/Tbilisi", "America/Anchorage"]),
    ("Gusto pay schedule frequencies", ["Every week", "Every other week", "Twice per month", "Monthly"]),
    ("Casdoor signup item names", ["ID", "Username", "Display name", "Affiliation"]),
    ("CCLF BENE_SEX_CD values", ["0", "1", "2"]),
    ("Fineract client status", ["100", "300", "600", "700"]),
    ("US federal filing statuses", ["Single", "Married", "Head of Household"]),
]
HN_PLACEHOLDERS = ["employee@example.org", "admin@casdoor.test", "(405) 555-0182", "+1 910-555-0146",
                   "+1 (907) 555-0103", "+44 161 496 0714", "192.0.2.210", "198.51.100.5", "2001:db8:41::9",
                   "000-00-0000", "XXX-XX-XXXX", "<GUSTO_ACCESS_TOKEN>", "<CASDOOR_CLIENT_SECRET>", "M000000000",
                   "https://example.org/casdoor/users/{owner}/{name}", "FF:FF:FF:FF:FF:FF", "5555 5555 5555 4444"]
HN_FORMAT_REGEXES = [r"^GE\d{2}[A-Z]{2}\d{16}$", r"^AT\d{18}$", r"^[A-Z]\d{3}-\d{4}-\d{4}$",
                     r"^([0-9a-f]{2}:){5}[0-9a-f]{2}$", r"^\d{2}-\d{6}$", r"^M\d{9}$", r"^(?!000)\d{3}-\d{2}-\d{4}$",
                     r"^[A-Z]{3}-\d{6}$", r"^\S+@\S+\.\S+$", r"^\d{8}[A-Z]$", r"^[A-Z]{3}\d{9}$",
                     r"^WDL[A-Z0-9]{9}$"]
HN_NAME_WORDS = ["Autumn", "Dawn", "Hope", "Honey", "Grace", "Joy", "Brooke", "Stormy", "Skye", "Rain", "Meadow",
                 "Star"]
HN_VERSION_DATES = ["API version 2025-06-15", "Deprecated since 2024-03-01.", "Available from 2025-11-20",
                    "2020-12", "Spec revision 2022-09-30", "Release 2025-01-14", "Sunset 2028-02-29"]
HN_CATEGORY_TEXT = [
    "Employee's date of birth as Gusto stores it (YYYY-MM-DD).",
    "User's phone number with the country code.",
    "Driver's license number exactly as issued by the state.",
    "Petsa na kianak na pasyente (TTTT-BB-AA).",
    "Date de nascentie del patient.",
    "Gebùrtsdàtum vum Patiant (JJJJ-MM-TT).",
    "CCLF BENE_DOB column, CCYY-MM-DD.",
    "Fineract m_client.mobile_no holds the client's mobile number.",
    "Casdoor user field for the e-mail address.",
    "Home address of the employee.",
]
HN_TOOL_NAMES = ["verify_employee_birthdate", "check_iban_format", "lookup_user_by_phone", "redact_ssn_field"]
HN_FILE_WORDS = ["employee-birthdate-check", "iban-format-rules", "user-phone-lookup"]
