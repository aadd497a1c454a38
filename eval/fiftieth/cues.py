"""Cues, name tables, neutral keys and hard-negative pools for the fiftieth set.

Cue languages: English written the way code and data dictionaries write it (spellings fresh to this set:
ptFullNmStr, nmGvnFmly, dobStrVal, brthDayStrV, hospNoStr, crNbrVal, ssnDigits9, socSecNbrStr, hpNbrStr, telNoStr,
eMlAddrStrV, mailIdVal, resAddrLn, zipCdStr, mbiStrVal, ahcccsIdStr, acctNoStr, clabeNbr, dlNoStr, drvLicNbrStr,
imeiStrVal, meidDecStr, vinStrVal, plateNoStr, srcIpAddrS, pageUrlStr, secretValStr, ...), Manglish (Malaysian English,
mixed with Malay), Solomon Islands Pijin and Belizean Kriol.  The Manglish, Pijin and Kriol phrases are the
builder's own best-effort spellings, not copied from a dictionary.  Data-dictionary spellings: the FDA MedWatch Form
3500 (voluntary adverse-event report: section A patient identifier and date of birth, section D suspect device serial
and UDI, section E reporter name, address, phone and e-mail) and the SSA Form SS-5 (Application for a Social Security
Card: name to be shown on the card, Social Security number, date of birth, mailing address, daytime phone), both
written from the builder's memory, not re-read.  The 'medwatch3500.' / 'ss5.' key prefixes are the builder's notation.
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); best-effort, invented persons.
HAND_NAMES = [
    ("Gulbahor", "Mirzoeva", None, "Yaghnobi"),
    ("Syapen", "Manirey", None, "Tao (Yami)"),
    ("Yedung", "Senit", None, "T'boli"),
    ("Sitti", "Rannu", "ᨔᨗᨈᨗ ᨑᨊᨘ", "Makassarese (Lontara script)"),
    ("Bai", "Sabulukkungan", None, "Mentawai"),
    ("Fatiwa", "Zebua", None, "Nias"),
    ("Mirsae", "Jupoh", None, "Akha"),
    ("Sumina", "Lawati", "ᤛᤢᤔᤡᤏ ᤗᤘᤋᤡ", "Limbu (Limbu script)"),
    ("Sewá", "Batista", None, "Rarámuri"),
    ("Yoina", "Curico", None, "Tikuna"),
    ("Irekran", "Metuktire", None, "Kayapó (Mebêngôkre)"),
    ("Tutupika", "Carrillo", None, "Wixárika (Huichol)"),
    ("Dikö", "Segura", None, "Bribri"),
    ("Kuin", "Abrego", None, "Ngäbe"),
    ("Nerolie", "Tavul", None, "Tolai"),
    ("Tumbu", "Pori", None, "Huli"),
    ("Seriba", "Kaigey", None, "Torres Strait Islander"),
    ("Bomapau", "Tokeyawa", None, "Trobriand (Kiriwina)"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["leftoverVal", "strayField", "fld_z9", "pocketVal", "handOver", "misc_v2", "shelved", "residual",
                "tuckedAway", "keep_aside", "extra7", "tmpStow", "blobY", "drift", "unsorted", "tail_x", "cranny",
                "offcut"]
NEUTRAL_SENTENCES = ["Came across with the {n} migration: {v}", "No owner claimed this after the sweep: {v}.", "{v}",
                     "Copied across from the partner directory ({n}): {v}", "The nightly sync dropped {v} here.",
                     "Residue of load {n}: {v}."]
NEUTRAL_XKEYS = ["x-came-across", "x-stray-value", "x-sync-note", "x-shelved", "x-unsorted"]
NEUTRAL_TOOL_VERBS = ["push", "pull", "stage", "mirror", "emit", "route"]
NEUTRAL_DESCR = "Holds one {thing} record."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["ptFullNmStr", "nmGvnFmly", "subscrNmVal", "nama_penuh_pesakit", "nem_blong_sik_man",
                "di_sik_pusn_naym", "medwatch3500.reporter_name", "ss5.name_on_card"],
        "text": ["Pt full nm str:", "Nm gvn fmly -", "Subscr nm val:", "Nama penuh pesakit lah:",
                 "Nem blong sik man:", "Di sik pusn naym:", "MedWatch 3500 section E reporter name:",
                 "SS-5 name to be shown on card:"],
        "frag": ["ptfullnmstr", "nmgvnfmly", "subscrnm", "namapenuh", "nemblong", "pusnnaym", "mwreporter", "ss5name"],
    },
    "DATE_OF_BIRTH": {
        "key": ["dobStrVal", "brthDayStrV", "bornOnVal", "tarikh_lahir_pesakit", "dei_wea_hem_bon", "wen_yu_bon",
                "medwatch3500.date_of_birth", "ss5.date_of_birth"],
        "text": ["DOB str val:", "Brth day str v -", "Born on val:", "Tarikh lahir pesakit:", "Dei wea hem bon:",
                 "Wen yu bon:", "MedWatch 3500 A2 date of birth:", "SS-5 date of birth:"],
        "frag": ["dobstr", "brthdaystrv", "bornonval", "tarikhlahir", "deiweahembon", "wenyubon", "mwdob", "ss5dob"],
    },
    "MRN": {
        "key": ["hospNoStr", "crNbrVal", "chartRefStr", "nombor_rekod_hospital", "namba_blong_buk_long_hospital",
                "hospital_chaat_nomba", "medwatch3500.patient_identifier"],
        "text": ["Hosp no str:", "CR nbr val -", "Chart ref str:", "Nombor rekod hospital:",
                 "Namba blong buk long hospital:", "Hospital chaat nomba:", "MedWatch 3500 A1 patient identifier:"],
        "frag": ["hospnostr", "crnbrval", "chartrefstr", "rekodhospital", "bukhospital", "chaatnomba", "mwpatientid"],
    },
    "US_SSN": {
        "key": ["ssnDigits9", "socSecNbrStr", "ssnValTxt", "nombor_keselamatan_sosial_us", "sosol_sekiuriti_namba",
                "soshal_sekyuriti_nomba", "ss5.ssn"],
        "text": ["SSN digits9:", "Soc sec nbr str -", "SSN val txt:", "Nombor keselamatan sosial (US):",
                 "Sosol sekiuriti namba (US):", "Soshal sekyuriti nomba:", "SS-5 Social Security number:"],
        "frag": ["ssndigits", "socsecnbrstr", "ssnvaltxt", "keselamatansosial", "sekiuriti", "sekyuriti", "ss5ssn"],
    },
    "PHONE_NUMBER": {
        "key": ["hpNbrStr", "telNoStr", "cellPhStr", "nombor_handphone", "fon_namba_blong_hem", "fone_nomba",
                "medwatch3500.reporter_phone", "ss5.daytime_phone"],
        "text": ["HP nbr str:", "Tel no str -", "Cell ph str:", "Nombor handphone dia:", "Fon namba blong hem:",
                 "Fone nomba:", "MedWatch 3500 section E reporter phone:", "SS-5 daytime phone:"],
        "frag": ["hpnbr", "telnostr", "cellphstr", "handphone", "fonnamba", "fonenomba", "mwphone", "ss5phone"],
    },
    "EMAIL_ADDRESS": {
        "key": ["eMlAddrStrV", "mailIdVal", "contactEAddr", "alamat_emel", "imel_adres_blong_hem", "eemayl_addres",
                "medwatch3500.reporter_email"],
        "text": ["E-ml addr str v:", "Mail ID val -", "Contact e-addr:", "Alamat emel dia:", "Imel adres blong hem:",
                 "Eemayl addres:", "MedWatch 3500 section E reporter e-mail:"],
        "frag": ["emladdrstrv", "mailidval", "contacteaddr", "alamatemel", "imeladres", "eemayl"],
    },
    "STREET_ADDRESS": {
        "key": ["resAddrLn", "homeStAddrS", "postAddrLnV", "alamat_rumah", "adres_blong_haos", "weh_yu_liv",
                "medwatch3500.reporter_address", "ss5.mailing_address"],
        "text": ["Res addr ln:", "Home st addr s -", "Post addr ln v:", "Alamat rumah dia:", "Adres blong haos:",
                 "Weh yu liv:", "MedWatch 3500 section E reporter address:", "SS-5 mailing address:"],
        "frag": ["resaddrln", "homestaddrs", "postaddrln", "alamatrumah", "adresblonghaos", "wehyuliv"],
    },
    "ZIP_CODE": {
        "key": ["zipCdStr", "zip5DgtStr", "zipPlus4Str", "poskod_us", "zip_namba_long_us", "zip_kood"],
        "text": ["Zip cd str:", "Zip5 dgt str -", "Zip plus4 str:", "Poskod (US):", "ZIP namba long US:", "Zip kood:"],
        "frag": ["zipcdstr", "zip5dgtstr", "zipplus4str", "poskod", "zipnamba", "zipkood"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["mbiStrVal", "ahcccsIdStr", "massHealthIdStr", "ilRinVal", "nombor_ahli_insurans",
                "namba_blong_insurans", "insurans_kyaad_nomba"],
        "text": ["MBI str val:", "AHCCCS ID str -", "MassHealth ID str:", "IL RIN val:", "Nombor ahli insurans:",
                 "Namba blong insurans:", "Insurans kyaad nomba:"],
        "frag": ["mbistr", "ahcccsid", "masshealthid", "ilrin", "ahliinsurans", "nambainsurans", "insuranskyaad"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["acctNoStr", "ibanStrVal", "cardNbrStr", "clabeNbr", "admAcctStr", "nombor_akaun_bank",
                "bank_akaon_namba", "bank_akount_nomba"],
        "text": ["Acct no str:", "IBAN str val -", "Card nbr str:", "CLABE nbr:", "Adm acct str:",
                 "Nombor akaun bank:", "Bank akaon namba:", "Bank akount nomba:"],
        "frag": ["acctnostr", "ibanstrval", "cardnbrstr", "clabenbr", "admacct", "akaunbank", "akaonnamba",
                 "akountnomba"],
    },
    "LICENSE_NUMBER": {
        "key": ["dlNoStr", "drvLicNbrStr", "licNbrVal", "nombor_lesen_memandu", "laesens_namba_blong_draeva",
                "jraivn_laisens_nomba"],
        "text": ["DL no str:", "Drv lic nbr str -", "Lic nbr val:", "Nombor lesen memandu:",
                 "Laesens namba blong draeva:", "Jraivn laisens nomba:"],
        "frag": ["dlnostr", "drvlicnbrstr", "licnbrval", "lesenmemandu", "laesensnamba", "laisensnomba"],
    },
    "DEVICE_ID": {
        "key": ["imeiStrVal", "meidDecStr", "macStrVal", "simIccidV", "udiStrVal", "implantSnStr",
                "nombor_siri_peranti", "medwatch3500.device_serial_no", "medwatch3500.udi_no"],
        "text": ["IMEI str val:", "MEID dec str -", "MAC str val:", "SIM ICCID v:", "UDI str val:", "Implant SN str:",
                 "Nombor siri peranti:", "Siriol namba blong masin:", "MedWatch 3500 section D serial #:",
                 "MedWatch 3500 section D UDI #:"],
        "frag": ["imeistrval", "meiddec", "macstrval", "simiccidv", "udistrval", "implantsnstr", "siriperanti",
                 "siriolnamba", "mwserial"],
    },
    "VEHICLE_ID": {
        "key": ["vinStrVal", "plateNoStr", "vehVinNoS", "nombor_plat_kereta", "namba_blong_trak",
                "kyaa_plaet_nomba"],
        "text": ["VIN str val:", "Plate no str -", "Veh VIN no s:", "Nombor plat kereta:", "Namba blong trak:",
                 "Kyaa plaet nomba:"],
        "frag": ["vinstrval", "platenostr", "vehvinnos", "platkereta", "nambatrak", "plaetnomba"],
    },
    "IP_ADDRESS": {
        "key": ["srcIpAddrS", "ipAddrDotted", "loginIpStr", "alamat_ip_komputer", "ip_adres_blong_kompiuta",
                "di_kompyuta_ip"],
        "text": ["Src IP addr s:", "IP addr dotted -", "Login IP str:", "Alamat IP komputer dia:",
                 "IP adres blong kompiuta:", "Di kompyuta IP:"],
        "frag": ["srcipaddrs", "ipaddrdotted", "loginipstr"],
    },
    "URL": {
        "key": ["pageUrlStr", "fundUrlVal", "profileLinkStr", "laman_web_peribadi", "websait_blong_hem",
                "ih_websait"],
        "text": ["Page URL str:", "Fund URL val -", "Profile link str:", "Laman web peribadi dia:",
                 "Websait blong hem:", "Ih websait:"],
        "frag": ["pageurlstr", "fundurlval", "profilelinkstr"],
    },
    "SECRET": {
        "key": ["secretValStr", "connUrlStr", "apiTokStr", "kata_laluan", "pasword_blong_hem", "di_paswod"],
        "text": ["Secret val str:", "conn URL str=", "API tok str -", "Kata laluan:", "Pasword blong hem:",
                 "Di paswod:"],
        "frag": ["secretvalstr", "connurlstr", "apitokstr"],
    },
}

GROUP_KEYS = {
    "PERSON": ["ptFullNms", "subscrNmVals", "nama_list"], "DATE_OF_BIRTH": ["dobStrVals", "brthDayStrVs"],
    "MRN": ["hospNoStrs", "rekod_list"], "US_SSN": ["ssnDigits9s"], "PHONE_NUMBER": ["hpNbrStrs", "fon_namba_list"],
    "EMAIL_ADDRESS": ["eMlAddrStrVs"], "STREET_ADDRESS": ["resAddrLns"], "ZIP_CODE": ["zipCdStrs"],
    "HEALTH_PLAN_ID": ["mbiStrVals"], "ACCOUNT_NUMBER": ["acctNoStrs"], "LICENSE_NUMBER": ["dlNoStrs"],
    "DEVICE_ID": ["imeiStrVals", "macStrVals"], "VEHICLE_ID": ["vinStrVals"], "IP_ADDRESS": ["srcIpAddrSs"],
    "URL": ["pageUrlStrs"], "SECRET": ["secretValStrs"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["dobStrVal", "ptFullNmStr", "hospNoStr", "ssnDigits9", "hpNbrStr", "dlNoStr", "vinStrVal",
                 "srcIpAddrS", "connUrlStr", "tarikh_lahir_pesakit", "dei_wea_hem_bon", "wen_yu_bon",
                 "medwatch3500.patient_identifier", "ss5.date_of_birth"]
HN_CODE_ENUMS = [
    ("HSDS service statuses", ["active", "inactive", "defunct", "temporarily closed"]),
    ("HSDS location types", ["physical_location", "postal_address", "virtual"]),
    ("DCAT-US access levels", ["public", "restricted public", "non-public"]),
    ("DCAT-US accrual periodicities", ["R/P1D", "R/P1W", "R/P1M", "R/P1Y", "irregular"]),
    ("ICD-10-CM adverse-event codes", ["T88.7XXA", "T50.905A", "Y64.0", "T78.40XA"]),
    ("LOINC identity panel codes", ["45394-4", "21112-8", "76689-9", "56799-0"]),
    ("US state codes", ["TX", "ME", "KS", "AR", "MN"]),
    ("BCP 47 language tags", ["ms-MY", "pis", "bzj", "ur-PK", "az-Latn"]),
    ("IANA time zones", ["Asia/Kuala_Lumpur", "Pacific/Guadalcanal", "America/Belize", "Asia/Karachi",
                         "Asia/Baku"]),
    ("MedWatch 3500 outcome codes", ["death", "life-threatening", "hospitalization", "disability", "other"]),
    ("SS-5 applicant citizenship codes", ["US citizen", "legal alien allowed to work", "legal alien not allowed",
                                          "other"]),
    ("HSDS phone types", ["text", "voice", "fax", "cell", "video", "pager", "textphone"]),
]
HN_PLACEHOLDERS = ["intake@example.net", "reports@clinic.test", "(601) 555-0164", "+1 512-555-0139",
                   "1-207-555-0102", "192.0.2.87", "198.51.100.140", "2001:db8:50:1::7", "XXX-XX-XXXX",
                   "<HSDS_API_KEY>", "${DCAT_HARVEST_TOKEN}", "MRN-XXXXXXX",
                   "https://example.com/clients/{client_id}", "ff:ff:ff:ff:ff:ff", "4111 1111 1111 1111",
                   "reporter@medwatch.invalid", "000-00-0000"]
HN_FORMAT_REGEXES = [r"^HN\d{8}$", r"^\d{4}-\d{3}-\d$", r"^glpat-[0-9A-Za-z_-]{20,}$", r"^sm_aat_[A-Za-z0-9]{16}$",
                     r"^[A-Z]\d{4}-\d{5}-\d{5}$", r"^\+?[1-9]\d{6,14}$", r"^([0-9A-F]{2}-){5}[0-9A-F]{2}$",
                     r"^\d{5}(-\d{4})?$", r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$", r"^CR\d{2}0\d{17}$",
                     r"^\d{4}-\d{2}-\d{2}$", r"^\d{18}$"]
HN_NAME_WORDS = ["Faith", "Harmony", "Jasmine", "Coral", "Ebony", "Misty", "Heather", "Marigold", "Skye", "Amber",
                 "Cliff", "Dusty"]
HN_VERSION_DATES = ["API version 2023-11-15", "Deprecated from 2026-03-31.", "Supported since 2022-08-09",
                    "2020-12", "Changelog entry 2018-05-14", "Effective 2027-01-01", "Sunset 2029-06-30"]
HN_CATEGORY_TEXT = [
    "Client's date of birth, YYYY-MM-DD, if the agency records it.",
    "Contact person's e-mail address.",
    "Patient's hospital number as the facility prints it.",
    "Tarikh lahir pesakit (YYYY-MM-DD), kalau ada lah.",
    "Dei wea sik man hem bon (YYYY-MM-DD).",
    "Wen di sik pusn bon (YYYY-MM-DD).",
    "MedWatch 3500 A2: the patient's age at the time of the event or date of birth.",
    "SS-5: the applicant's date of birth as on the birth record.",
    "Publisher contact's telephone number.",
    "Member's Social Security number, masked on output.",
]
HN_TOOL_NAMES = ["mask_client_dob", "redact_reporter_phone", "check_vin_checksum", "validate_ss5_fields"]
HN_FILE_WORDS = ["client-email-mask", "reporter-ssn-format", "patient-hn-rules"]
