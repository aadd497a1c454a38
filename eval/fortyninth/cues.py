"""Cues, name tables, neutral keys and hard-negative pools for the forty-ninth set.

Cue languages: English written the way code and data dictionaries write it, here in Hungarian-notation spellings
fresh to this set (szPatNm, strSubscrNm, dtBirthYmd, szDob8, szMrn, strChartNo, szSsn9, strSocSecNo, szTelMob,
szEmlAddr, szAddrLn1, szZip5, szMbi, strMcaidNo, szGuarAcct, strIban, szDlNo, szImei, strMacAddr, szVin, strLicPlate,
szIpAddr, szProfUrl, szApiKey, strConnStr, ...), West Flemish (Belgian Dutch of West Flanders), Viennese German
(Wienerisch) and Tunisian Arabic (Derja, written in Latin script as chat and forms often write it).  The West Flemish,
Viennese and Tunisian phrases are the builder's own best-effort spellings, not copied from a dictionary.
Data-dictionary spellings: the FDA MedWatch form (Form FDA 3500 / 3500A: section A patient information, section D
suspect medical device, section E reporter) and VA Form 10-10EZ (Application for Health Benefits: veteran's name,
SSN, date of birth, mailing address, telephone, e-mail, Medicare claim number, health-insurance policy number), both
written from the builder's memory, not re-read.
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); romanised forms for non-Latin scripts.
HAND_NAMES = [
    ("Aili", "Niskala", None, "Kven"),
    ("Itto", "Ouhmad", "ⵉⵜⵜⵓ ⵓⵃⵎⴰⴷ", "Shilha (Tifinagh script)"),
    ("Ekua", "Quansah", None, "Fante"),
    ("Sanfa", "Mansaray", None, "Limba"),
    ("Lokiru", "Lomongin", None, "Karamojong"),
    ("Neema", "Kihwele", None, "Hehe"),
    ("Uakondjisa", "Tjambiru", None, "Himba"),
    ("Hery", "Randrianasolo", None, "Betsileo"),
    ("Inés", "Sevechi", None, "Rarámuri"),
    ("Tatewin", "Renville", None, "Dakota"),
    ("Maadhi", "Bellie", "ಮಾದಿ ಬೆಳ್ಳಿ", "Badaga (Kannada script)"),
    ("Svetlana", "Anyamova", "Светлана Анямова", "Mansi (Cyrillic script)"),
    ("Shukria", "Dashi", None, "Kunama"),
    ("Ehuana", "Korihana", None, "Yanomami"),
    ("Bekwyjka", "Metuktire", None, "Kayapó"),
    ("Klavdia", "Khaloimova", None, "Itelmen"),
    ("Varvara", "Kecherginova", None, "Koryak"),
    ("Marfa", "Irikova", "Марфа Ирикова", "Selkup (Cyrillic script)"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["stowed", "shelfVal", "fld_k7", "dropSlot", "passedOn", "loose_w", "trayVal", "spillover",
                "parkedAt", "held_aside", "aux9", "tmpStow", "payloadQ", "gutter", "orphaned", "tail_w", "cubby",
                "residue"]
NEUTRAL_SENTENCES = ["Found in the {n} backfill: {v}", "Nobody owned this after the cutover: {v}.", "{v}",
                     "Lifted from the vendor dump ({n}): {v}", "The nightly sync left {v} here.",
                     "Residue of run {n}: {v}."]
NEUTRAL_XKEYS = ["x-stowed-value", "x-backfill-note", "x-sync-residue", "x-held-aside", "x-orphaned"]
NEUTRAL_TOOL_VERBS = ["push", "pull", "stage", "mirror", "route", "emit"]
NEUTRAL_DESCR = "Holds one {thing} settings object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["szPatNm", "strSubscrNm", "szNmLastFirst", "noame_van_de_patient", "nam_vom_patientn",
                "esm_el_mridh", "fda3500.e1_reporter_name", "vaf1010ez.veteran_name"],
        "text": ["szPatNm ->", "strSubscrNm :=", "szNmLastFirst =", "Noame van de patiënt:", "Nam' vom Patientn:",
                 "Esm el mridh:", "FDA 3500 section E, reporter name:", "VA Form 10-10EZ item 1, Veteran's name:"],
        "frag": ["szpatnm", "strsubscrnm", "sznmlastfirst", "noamepatient", "namvompatientn", "esmelmridh",
                 "fda3500name", "vaveteranname"],
    },
    "DATE_OF_BIRTH": {
        "key": ["dtBirthYmd", "szDob8", "dtBornOn", "geboortedag", "geburtstog", "tarikh_ez_zyada",
                "fda3500.a2_date_of_birth", "vaf1010ez.date_of_birth"],
        "text": ["dtBirthYmd ->", "szDob8 :=", "dtBornOn =", "Geboren ip:", "Geburtstog:", "Tarikh ez-zyada:",
                 "FDA 3500 item A2, date of birth:", "VA Form 10-10EZ, date of birth:"],
        "frag": ["dtbirthymd", "szdob8", "dtbornon", "geborenip", "geburtstog", "zyada", "fda3500dob",
                 "vadob"],
    },
    "MRN": {
        "key": ["szMrn", "strChartNo", "szUnitNo", "dossiernummer_in_t_ospitoal", "krankngschicht_numma",
                "nomrou_el_dossier_fi_es_sbitar"],
        "text": ["szMrn ->", "strChartNo :=", "szUnitNo =", "Dossiernummer in 't ospitoal:",
                 "Krankngschicht-Numma:", "Nomrou el dossier fi es-sbitar:"],
        "frag": ["szmrn", "strchartno", "szunitno", "dossiernummer", "krankngschicht", "dossiersbitar"],
    },
    "US_SSN": {
        "key": ["szSsn9", "strSocSecNo", "szSsnFmt", "amerikoansch_sociale_zekerheidsnummer",
                "amerikanische_sozialversicherungsnumma", "nomrou_es_securite_sociale_el_amriki", "vaf1010ez.ssn"],
        "text": ["szSsn9 ->", "strSocSecNo :=", "szSsnFmt =", "Amerikoansch sociale-zekerheidsnummer:",
                 "Amerikanische Sozialversicherungsnumma:", "Nomrou es-sécurité sociale el amriki:",
                 "VA Form 10-10EZ, Social Security Number:"],
        "frag": ["szssn9", "strsocsecno", "szssnfmt", "zekerheidsnummer", "sozialversicherung", "securitesociale",
                 "vassn"],
    },
    "PHONE_NUMBER": {
        "key": ["szTelMob", "strPhCell", "szPhHome", "gsm_nummer", "handynumma", "nomrou_el_portable",
                "fda3500.e1_reporter_phone", "vaf1010ez.mobile_telephone"],
        "text": ["szTelMob ->", "strPhCell :=", "szPhHome =", "Gsm-nummer:", "Handynumma:", "Nomrou el portable:",
                 "FDA 3500 section E, reporter phone:", "VA Form 10-10EZ, mobile telephone number:"],
        "frag": ["sztelmob", "strphcell", "szphhome", "gsmnummer", "handynumma", "portable", "fda3500phone",
                 "vamobile"],
    },
    "EMAIL_ADDRESS": {
        "key": ["szEmlAddr", "strMailAddr", "szEmailPers", "e_mailadresse", "e_mail_adress", "adresse_mail_mteou",
                "fda3500.e1_reporter_email", "vaf1010ez.email_address"],
        "text": ["szEmlAddr ->", "strMailAddr :=", "szEmailPers =", "E-mailadresse:", "E-Mail-Adress':",
                 "L'adresse mail mte3ou:", "FDA 3500 section E, reporter e-mail:", "VA Form 10-10EZ, e-mail address:"],
        "frag": ["szemladdr", "strmailaddr", "szemailpers", "emailadresse", "emailadress", "adressemail",
                 "fda3500email", "vaemail"],
    },
    "STREET_ADDRESS": {
        "key": ["szAddrLn1", "strStreetLn", "szResAddr", "woonadresse", "wohnadress", "onwen_ed_dar",
                "fda3500.e1_reporter_address", "vaf1010ez.mailing_address"],
        "text": ["szAddrLn1 ->", "strStreetLn :=", "szResAddr =", "Woonadresse:", "Wohnadress':", "3onwen ed-dar:",
                 "FDA 3500 section E, reporter address:", "VA Form 10-10EZ, mailing address:"],
        "frag": ["szaddrln1", "strstreetln", "szresaddr", "woonadresse", "wohnadress", "onwendar", "vaaddress"],
    },
    "ZIP_CODE": {
        "key": ["szZip5", "strZipPlus4", "szPostCd", "postcode_in_amerika", "postleitzoi_usa", "code_postal_amriki",
                "vaf1010ez.zip_code"],
        "text": ["szZip5 ->", "strZipPlus4 :=", "szPostCd =", "Postcode in Amerika:", "Postleitzoi (USA):",
                 "Code postal amriki:", "VA Form 10-10EZ, ZIP code:"],
        "frag": ["szzip5", "strzipplus4", "szpostcd", "postcodeamerika", "postleitzoi", "codepostal", "vazip"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["szMbi", "strMcaidNo", "szMbrId", "strPlanMbr", "ziekenfondsnummer", "kassennumma",
                "nomrou_el_assurance", "vaf1010ez.medicare_claim_number", "vaf1010ez.policy_number"],
        "text": ["szMbi ->", "strMcaidNo :=", "szMbrId =", "strPlanMbr ->", "Ziekenfondsnummer:", "Kassennumma:",
                 "Nomrou el assurance:", "VA Form 10-10EZ, Medicare claim number:",
                 "VA Form 10-10EZ, health insurance policy number:"],
        "frag": ["szmbi", "strmcaidno", "szmbrid", "strplanmbr", "ziekenfonds", "kassennumma", "assurance",
                 "vamedicare", "vapolicy"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["szGuarAcct", "strIban", "szCardNo", "szHospAcct", "bankrekeninge", "kontonumma",
                "nomrou_el_compte"],
        "text": ["szGuarAcct ->", "strIban :=", "szCardNo =", "szHospAcct ->", "Bankrekeninge:", "Kontonumma:",
                 "Nomrou el compte:"],
        "frag": ["szguaracct", "striban", "szcardno", "szhospacct", "bankrekeninge", "kontonumma", "compte"],
    },
    "LICENSE_NUMBER": {
        "key": ["szDlNo", "strDrvLicNo", "szLicNbr", "rijbewysnummer", "fuehrascheinnumma", "nomrou_permi_es_siyaqa"],
        "text": ["szDlNo ->", "strDrvLicNo :=", "szLicNbr =", "Rijbewysnummer:", "Füharscheinnumma:",
                 "Nomrou el permi mta3 es-siyaqa:"],
        "frag": ["szdlno", "strdrvlicno", "szlicnbr", "rijbewys", "fuharschein", "siyaqa"],
    },
    "DEVICE_ID": {
        "key": ["szImei", "strMacAddr", "szUdi", "strIccid", "szEsn", "szDevSn", "serienummer_van_t_toestel",
                "seriennumma_vom_geraet", "nomrou_serie_mta_el_appareil", "fda3500a.d4_serial_number",
                "fda3500a.d4_unique_identifier_udi"],
        "text": ["szImei ->", "strMacAddr :=", "szUdi =", "strIccid ->", "szEsn :=", "szDevSn =",
                 "Serienummer van 't toestel:", "Seriennumma vom Gerät:", "Nomrou série mta3 el appareil:",
                 "FDA 3500A item D4, serial #:", "FDA 3500A item D4, unique identifier (UDI) #:"],
        "frag": ["szimei", "strmacaddr", "szudi", "striccid", "szesn", "szdevsn", "toestel", "seriennumma",
                 "appareil", "fda3500aserial"],
    },
    "VEHICLE_ID": {
        "key": ["szVin", "strLicPlate", "szVehVin", "chassisnummer", "nummerntaferl", "matricule_el_karhba"],
        "text": ["szVin ->", "strLicPlate :=", "szVehVin =", "Chassisnummer:", "Nummerntaferl:",
                 "Matricule el karhba:"],
        "frag": ["szvin", "strlicplate", "szvehvin", "chassisnummer", "nummerntaferl", "karhba"],
    },
    "IP_ADDRESS": {
        "key": ["szIpAddr", "strClntIp", "szLastIp", "ip_adresse_van_de_computer", "ip_adress_vom_kastl",
                "adresse_ip_mta_el_pc"],
        "text": ["szIpAddr ->", "strClntIp :=", "szLastIp =", "IP-adresse van de computer:", "IP-Adress' vom Kastl:",
                 "Adresse IP mta3 el PC:"],
        "frag": ["szipaddr", "strclntip", "szlastip"],
    },
    "URL": {
        "key": ["szProfUrl", "strFundUrl", "szHomePg", "eigen_webstekke", "homepage_vo_eam", "page_mteou"],
        "text": ["szProfUrl ->", "strFundUrl :=", "szHomePg =", "Eigen webstekke:", "Homepage vo eam:",
                 "Page mte3ou:"],
        "frag": ["szprofurl", "strfundurl", "szhomepg"],
    },
    "SECRET": {
        "key": ["szApiKey", "strConnStr", "szPwd", "szSecTok", "paswoord", "passwoat", "kelmet_es_ser"],
        "text": ["szApiKey ->", "strConnStr :=", "szPwd =", "szSecTok ->", "Paswoord:", "Passwoat:",
                 "Kelmet es-ser:"],
        "frag": ["szapikey", "strconnstr", "szsectok"],
    },
}

GROUP_KEYS = {
    "PERSON": ["szPatNms", "strSubscrNms", "noamen"], "DATE_OF_BIRTH": ["dtBirthYmds", "geboortedagen"],
    "MRN": ["szMrns", "dossiernummers"], "US_SSN": ["szSsn9s"], "PHONE_NUMBER": ["szTelMobs", "handynummern"],
    "EMAIL_ADDRESS": ["szEmlAddrs"], "STREET_ADDRESS": ["szAddrLn1s"], "ZIP_CODE": ["szZip5s"],
    "HEALTH_PLAN_ID": ["szMbrIds"], "ACCOUNT_NUMBER": ["szGuarAccts"], "LICENSE_NUMBER": ["szDlNos"],
    "DEVICE_ID": ["szImeis", "strMacAddrs"], "VEHICLE_ID": ["szVins"], "IP_ADDRESS": ["szIpAddrs"],
    "URL": ["szProfUrls"], "SECRET": ["szApiKeys"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["dtBirthYmd", "szPatNm", "szMrn", "szSsn9", "szTelMob", "szDlNo", "szVin", "szIpAddr", "strConnStr",
                 "geboortedag", "geburtstog", "tarikh_ez_zyada", "fda3500.a2_date_of_birth", "vaf1010ez.ssn"]
HN_CODE_ENUMS = [
    ("Hugo markup handlers", ["goldmark", "asciidocext", "pandoc", "rst", "org"]),
    ("Stylelint severities", ["warning", "error", "off"]),
    ("Hugo front matter formats", ["yaml", "toml", "json", "org"]),
    ("Stylelint custom syntaxes", ["postcss-scss", "postcss-less", "postcss-html", "postcss-markdown"]),
    ("ICD-10-CM adverse effect codes", ["T50.905A", "T88.7XXA", "T36.0X5A", "T42.4X5A"]),
    ("MedWatch outcome codes", ["death", "life_threatening", "hospitalization", "disability", "congenital_anomaly"]),
    ("ISO 3166-1 alpha-2 countries", ["BE", "SI", "TN", "ZA", "AT"]),
    ("BCP 47 language tags", ["vls", "de-AT", "aeb", "sl-SI", "zu-ZA"]),
    ("IANA time zones", ["Europe/Brussels", "Europe/Ljubljana", "Africa/Tunis", "Africa/Johannesburg",
                         "America/Puerto_Rico"]),
    ("US state codes", ["TX", "AR", "DC", "PR", "MS"]),
    ("VA priority groups", ["1", "2", "3", "4", "5", "6", "7", "8"]),
    ("HL7 administrative sex", ["F", "M", "O", "U"]),
]
HN_PLACEHOLDERS = ["builder@example.net", "site-admin@hugo.test", "(915) 555-0163", "+1 601-555-0119",
                   "1-202-555-0177", "192.0.2.87", "198.51.100.201", "2001:db8:4a:2::19", "000-00-0000",
                   "<HUGO_DEPLOY_TOKEN>", "${STYLELINT_CACHE_KEY}", "MRN-XXXXXXX",
                   "https://example.com/veterans/{icn}", "00:00:00:00:00:00", "reporter@medwatch.invalid",
                   "owner@docs.example"]
HN_FORMAT_REGEXES = [r"^CH-\d{7}$", r"^\d{3}-\d{3}-\d{4}$", r"^GR1348941[\w-]{20}$", r"^10\d{8}V\d{6}$",
                     r"^A\d{8}$", r"^\+\d{1,3}\.\d{4,14}$", r"^([0-9a-f]{2}:){5}[0-9a-f]{2}$",
                     r"^\d{5}(?:-?\d{4})?$", r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^BE\d{14}$",
                     r"^\d{2}-\d{2}-\d{2}$", r"^[A-Z]{2}-\d{4}$"]
HN_NAME_WORDS = ["Amber", "Jasmine", "Violet", "Destiny", "Heather", "Crystal", "Clay", "Dale", "Cliff", "Glen",
                 "Misty", "Sunny"]
HN_VERSION_DATES = ["Hugo v0.123.0, released 2024-02-19", "Deprecated since 2025-06-30.", "Stylelint 16 from 2023-12-08",
                    "2019-09", "Schema revision 2022-11-14", "Valid from 2027-01-04", "End of support 2029-03-31"]
HN_CATEGORY_TEXT = [
    "Reporter's date of birth is not collected on this form.",
    "Site owner's contact e-mail address.",
    "Patient's medical record number, as the hospital prints it.",
    "Geboortedag van de patiënt (JJJJ-MM-DD).",
    "Geburtstog vom Patientn (JJJJ-MM-TT).",
    "Tarikh ez-zyada mta3 el mridh (AAAA-MM-JJ).",
    "FDA 3500 item A2: the patient's age or date of birth.",
    "VA Form 10-10EZ: the Veteran's Social Security Number.",
    "Maintainer's phone number for build alerts.",
    "Subscriber's driver's licence number, masked on output.",
]
HN_TOOL_NAMES = ["mask_reporter_email", "validate_veteran_ssn", "check_vin_digit", "redact_patient_dob"]
HN_FILE_WORDS = ["reporter-email-mask", "veteran-ssn-format", "patient-mrn-rules"]
