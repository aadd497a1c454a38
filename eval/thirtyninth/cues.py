"""Cues, name tables, neutral keys and hard-negative pools for the thirty-ninth set.

Cue languages: English written the way code and data dictionaries write it (fresh spellings: legalNm, dobDt,
chartNo, ssnNo, mobileNbr, ...), Mirandese (mirandés), Ligurian (Genoese, zeneize) and Võro (võro kiil).  The
Mirandese, Ligurian and Võro phrases are the builder's own best-effort spellings, not copied from a dictionary.
Data-dictionary spellings: the REDCap data dictionary (variable names first_name / last_name / dob / ssn / mrn /
phone / email / address / zip, text validation types date_ymd / phone / email / zipcode, the 'Identifier?' column),
the VAERS 2.0 report form's patient items (patient name, date of birth, address, ZIP code, phone, email) and the
Popolo person / contact-detail properties (given_name, family_name, birth_date, email, contact_details of type
voice, links[].url).
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); romanised forms for non-Latin scripts.
HAND_NAMES = [
    ("Stanzin", "Dolkar", "བསྟན་འཛིན སྒྲོལ་དཀར", "Ladakhi (Tibetan script)"),
    ("Mra", "Sein", "မြ စိန်", "Rakhine (Burmese script)"),
    ("Thiziri", "Aharchaou", "ⵜⵉⵣⵉⵔⵉ ⴰⵀⴰⵔⵛⴰⵓ", "Riffian (Tarifit; Tifinagh script)"),
    ("Sushila", "Kujur", None, "Oraon (Kurukh)"),
    ("Neikuonuo", "Zhasa", None, "Angami Naga"),
    ("Qaiyaan", "Nageak", None, "Iñupiat"),
    ("Agafia", "Merculieff", None, "Unangax (Aleut)"),
    ("Lomasi", "Honyumptewa", None, "Hopi"),
    ("Vernalda", "Bowannie", None, "Zuni (A:shiwi)"),
    ("Teresita", "Puruntatameri", None, "Tiwi"),
    ("Gawirrin", "Dhamarrandji", None, "Yolngu"),
    ("Fesaitu", "Rigamoto", None, "Rotuman"),
    ("Kemilembe", "Rwegasira", None, "Haya"),
    ("Ainembabazi", "Twinomujuni", None, "Banyankole"),
    ("Atim", "Ogwal", None, "Lango"),
    ("Nasieku", "Lenaiyara", None, "Samburu"),
    ("Enyojo", "Ochekwu", None, "Idoma"),
    ("Nahoua", "Silué", None, "Senufo"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["carryover", "lastSeen", "scratch", "col_23", "importedVal", "stash", "aux_q", "forwarded",
                "mirrorValue", "noteLine", "feedKey", "misc4", "slot_z", "legacyValue", "handoff", "tagRef", "binKey",
                "spare"]
NEUTRAL_SENTENCES = ["Carried over by the {n} sync: {v}", "Unmatched after the merge: {v}.", "{v}",
                     "Received from the partner feed ({n}): {v}", "The backfill wrote {v} here.",
                     "Residue of batch {n}: {v}."]
NEUTRAL_XKEYS = ["x-carryover", "x-feed-value", "x-sync-note", "x-last", "x-mirror-value"]
NEUTRAL_TOOL_VERBS = ["send", "fetch", "merge", "queue", "write", "relay"]
NEUTRAL_DESCR = "Handles one {thing} record."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["legalNm", "emp_name_full", "holderNm", "nome_de_l_doente", "nomme_do_maròtto", "haigõ_nimi",
                "redcap.last_name", "redcap.first_name", "popolo:given_name", "popolo:family_name",
                "vaers.patient_name"],
        "text": ["Legal nm:", "Emp name (full):", "Holder nm -", "Nome de l doente:", "Nomme do maròtto:",
                 "Haigõ nimi:", "REDCap last_name (Identifier? y):", "Popolo family_name:", "VAERS patient name:",
                 "given_name/family_name ="],
        "frag": ["legalnm", "holdernm", "doente", "marotto", "haigo", "redcapname", "popoloname"],
    },
    "DATE_OF_BIRTH": {
        "key": ["dobDt", "birth_dte", "dtOfBirth", "data_de_nacimiento", "dæta_de_nascion", "sündümisaig",
                "redcap.dob", "popolo:birth_date", "vaers.date_of_birth"],
        "text": ["Dob dt:", "Birth dte:", "Dt of birth:", "Data de nacimiento:", "Dæta de nascion:", "Sündümisaig:",
                 "REDCap dob [date_ymd]:", "Popolo birth_date:", "VAERS date of birth:"],
        "frag": ["dobdt", "birthdte", "nacimiento", "nascion", "syndymisaig", "redcapdob"],
    },
    "MRN": {
        "key": ["chartNo", "emrPatId", "mrn_val", "númaro_de_processo_clínico", "nùmero_da_cartella",
                "haigõloo_nummõr", "redcap.mrn"],
        "text": ["Chart no:", "EMR pat id:", "MRN val:", "Númaro de processo clínico:", "Nùmero da cartella clinica:",
                 "Haigõloo nummõr:", "REDCap mrn (Identifier? y):"],
        "frag": ["chartno", "emrpat", "mrnval", "processo", "cartella", "haigolugu"],
    },
    "US_SSN": {
        "key": ["ssnNo", "socSecNbr", "ssn_full", "númaro_de_seguranga_social_eua", "nùmero_de_previdensa_usa",
                "usa_sotsiaalkindlustusnummõr", "redcap.ssn"],
        "text": ["SSN no:", "Soc sec nbr:", "SSN (full):", "Númaro de segurança social (EUA):",
                 "Nùmero de previdensa (USA):", "USA sotsiaalkindlustusnummõr:", "REDCap ssn (Identifier? y):"],
        "frag": ["ssnno", "socsec", "ssnfull", "redcapssn"],
    },
    "PHONE_NUMBER": {
        "key": ["mobileNbr", "phone_e164", "telNo", "númaro_de_telemóbel", "nùmero_de_telefono", "telefoninummõr",
                "redcap.phone", "popolo:contact_details.voice", "vaers.patient_phone"],
        "text": ["Mobile nbr:", "Phone (E.164):", "Tel no:", "Númaro de telemóbel:", "Nùmero de telefono:",
                 "Telefoninummõr:", "REDCap phone [phone]:", "Popolo contact_details (voice):",
                 "VAERS patient phone:"],
        "frag": ["mobilenbr", "telno", "telemobel", "telefono", "telefoninummor", "redcapphone"],
    },
    "EMAIL_ADDRESS": {
        "key": ["emailAddr", "personalEmail", "eml_txt", "correio_eletrónico", "indirisso_e_mail", "e_posti_aadrõs",
                "redcap.email", "popolo:email", "vaers.patient_email"],
        "text": ["Email addr:", "Personal email:", "Eml txt:", "Correio eletrónico:", "Indirisso e-mail:",
                 "E-posti aadrõs:", "REDCap email [email]:", "Popolo email:", "VAERS patient email:"],
        "frag": ["emailaddr", "personalemail", "correio", "eposti", "redcapemail"],
    },
    "STREET_ADDRESS": {
        "key": ["addrLine1", "street1Txt", "homeAddr", "morada", "indirisso_de_casa", "kodoaadrõs", "redcap.address",
                "vaers.patient_address"],
        "text": ["Addr line1:", "Street1 txt:", "Home addr:", "Morada:", "Indirisso de casa:", "Kodoaadrõs:",
                 "REDCap address:", "VAERS patient address:"],
        "frag": ["addrline1", "street1", "homeaddr", "morada", "kodoaadros"],
    },
    "ZIP_CODE": {
        "key": ["zipCd", "postCd5", "zip_plus4", "código_postal_eua", "còdice_postâ_usa", "postiindeks_usa",
                "redcap.zip", "vaers.zip_code"],
        "text": ["Zip cd:", "Post cd5:", "Zip plus4:", "Código postal (EUA):", "Còdice postâ (USA):",
                 "Postiindeks (USA):", "REDCap zip [zipcode]:", "VAERS ZIP code:"],
        "frag": ["zipcd", "postcd", "zipplus4", "postiindeks", "redcapzip"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["mbiId", "medicaidNbr", "memberNo", "planMbrId", "númaro_de_beneficiairo", "nùmero_de_l_assicuraçion",
                "kindlustusnummõr"],
        "text": ["MBI id:", "Medicaid nbr:", "Member no:", "Plan mbr id:", "Númaro de beneficiairo:",
                 "Nùmero de l'assicuraçion:", "Kindlustusnummõr:"],
        "frag": ["mbiid", "medicaidnbr", "memberno", "beneficiairo", "kindlustus"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["ibanNo", "panNbr", "acctNbr", "guarantorAcct", "cunta_bancária", "conto_de_banca", "pangakonto"],
        "text": ["IBAN no:", "PAN nbr:", "Acct nbr:", "Guarantor acct:", "Cunta bancária:", "Conto de banca:",
                 "Pangakonto:"],
        "frag": ["ibanno", "pannbr", "acctnbr", "guarantor", "cunta", "pangakonto"],
    },
    "LICENSE_NUMBER": {
        "key": ["dlNo", "driverLicNbr", "lic_num", "carta_de_cundução", "patente_de_guidda", "juhiluba"],
        "text": ["DL no:", "Driver lic nbr:", "Lic num:", "Carta de cundução nº:", "Patente de guidda:", "Juhiluba:"],
        "frag": ["dlno", "driverlic", "licnum", "cunducao", "juhiluba"],
    },
    "DEVICE_ID": {
        "key": ["imeiNo", "macAddr", "implantSerial", "udiTxt", "iccidNo", "númaro_de_série", "nùmero_de_serie",
                "seerianummõr"],
        "text": ["IMEI no:", "MAC addr:", "Implant serial:", "UDI (DI+PI):", "ICCID no:", "Númaro de série:",
                 "Nùmero de serie do aparato:", "Seerianummõr:"],
        "frag": ["imeino", "macaddr", "implantserial", "uditxt", "iccid", "seerianummor"],
    },
    "VEHICLE_ID": {
        "key": ["vinNo", "vin_nbr", "regPlate", "matrícula", "targa", "autonummõr"],
        "text": ["VIN no:", "VIN nbr:", "Reg plate:", "Matrícula:", "Targa da machina:", "Autonummõr:"],
        "frag": ["vinno", "vinnbr", "regplate", "matricula", "autonummor"],
    },
    "IP_ADDRESS": {
        "key": ["clientIp", "ipAddr", "lastLoginIp", "andereço_ip", "indirisso_ip", "ip_aadrõs"],
        "text": ["Client IP:", "IP addr:", "Last login IP:", "Andereço IP:", "Indirisso IP do computer:",
                 "IP-aadrõs:"],
        "frag": ["clientip", "ipaddr", "lastloginip"],
    },
    "URL": {
        "key": ["profileLink", "fundraiserUrl", "homepageUrl", "páigina_pessoal", "pagina_personâ", "kodolehekülg",
                "popolo:links.url"],
        "text": ["Profile link:", "Fundraiser url:", "Homepage url:", "Páigina pessoal:", "Pagina personâ:",
                 "Kodolehekülg:", "Popolo links[].url:"],
        "frag": ["profilelink", "fundraiser", "homepage"],
    },
    "SECRET": {
        "key": ["apiTok", "dbPwd", "dsn", "palabra_passe", "paròlla_segretta", "salasõna"],
        "text": ["api tok:", "db pwd=", "DSN:", "Palabra-passe:", "Paròlla segretta:", "Salasõna:"],
        "frag": ["apitok", "dbpwd", "dsn"],
    },
}

GROUP_KEYS = {
    "PERSON": ["legalNms", "holderNms", "doentes"], "DATE_OF_BIRTH": ["dobDtByEmp", "birthDtes"],
    "MRN": ["chartNos", "cartelle"], "US_SSN": ["ssnNoByEmp"], "PHONE_NUMBER": ["mobileNbrs", "telefoninummrid"],
    "EMAIL_ADDRESS": ["emailAddrs"], "STREET_ADDRESS": ["homeAddrs"], "ZIP_CODE": ["zipCds"],
    "HEALTH_PLAN_ID": ["memberNos"], "ACCOUNT_NUMBER": ["acctNbrs"], "LICENSE_NUMBER": ["dlNos"],
    "DEVICE_ID": ["imeiNos", "macAddrs"], "VEHICLE_ID": ["vinNos"], "IP_ADDRESS": ["clientIps"],
    "URL": ["profileLinks"], "SECRET": ["apiToks"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["dobDt", "legalNm", "chartNo", "ssnNo", "mobileNbr", "dlNo", "vinNo", "clientIp", "dbPwd",
                 "data_de_nacimiento", "sündümisaig", "redcap.dob", "popolo:birth_date", "vaers.patient_name"]
HN_CODE_ENUMS = [
    ("ICD-10-CM endocrine codes", ["E11.9", "E03.9", "E66.01", "E78.5"]),
    ("LOINC CBC panel", ["6690-2", "789-8", "718-7", "4544-3"]),
    ("CPT radiology codes", ["71045", "71046", "70450", "74177"]),
    ("ISO 4217 currencies", ["THB", "LKR", "LAK", "EUR", "USD"]),
    ("ISO 3166-1 alpha-2 countries", ["TH", "LK", "LA", "EE", "PT"]),
    ("BCP 47 language tags", ["th-TH", "si-LK", "lo-LA", "mwl", "lij", "vro"]),
    ("IANA time zones", ["Asia/Bangkok", "Asia/Colombo", "Asia/Vientiane", "Europe/Tallinn", "Europe/Lisbon"]),
    ("Apideck employment statuses", ["active", "inactive", "terminated", "other"]),
    ("Mastodon status visibilities", ["public", "unlisted", "private", "direct"]),
    ("REDCap field types", ["text", "notes", "dropdown", "radio", "checkbox", "yesno", "calc"]),
    ("VAERS sex codes", ["F", "M", "U"]),
    ("Popolo contact detail types", ["voice", "cell", "fax", "email", "twitter"]),
]
HN_PLACEHOLDERS = ["employee@example.org", "toot@mastodon.example", "(907) 555-0147", "+1 505-555-0182",
                   "+1 (808) 555-0133", "+44 113 496 0527", "192.0.2.201", "203.0.113.58", "2001:db8:beef::42",
                   "000-00-0000", "XXX-XX-XXXX", "<APIDECK_API_KEY>", "<MASTODON_ACCESS_TOKEN>", "MRN-XXXXXXX",
                   "https://example.org/employees/{employeeId}", "ff:ff:ff:ff:ff:ff", "4111 1111 1111 1111"]
HN_FORMAT_REGEXES = [r"^EE\d{18}$", r"^PT50\d{21}$", r"^[A-Z]\d{3}-\d{4}-\d{4}$", r"^([0-9a-f]{4}\.){2}[0-9a-f]{4}$",
                     r"^\d{1,3}(\.\d{1,3}){3}/32$", r"^00\d{9,14}$", r"^[A-HJ-NPR-Z0-9]{17}$", r"^\d{4}-\d{3}$",
                     r"^\S+@\S+\.\S+$", r"^M\d{7}$", r"^\d{3} ?\d{2} ?\d{4}$", r"^9\d{7}[A-Z]$"]
HN_NAME_WORDS = ["Ivory", "Jade", "Autumn", "Hunter", "Chase", "Dawn", "Sterling", "Royal", "Cadence", "Haven",
                 "Aurora", "Skye"]
HN_VERSION_DATES = ["API version 2023-06-01", "Deprecated since 2024-03-12.", "Available from 2025-05-20",
                    "2020-12", "Spec revision 2022-09-14", "Release 2023-11-07", "Sunset 2028-01-31"]
HN_CATEGORY_TEXT = [
    "Employee's date of birth as stored by the HRIS (YYYY-MM-DD).",
    "Account holder's mobile number in E.164 form.",
    "Driver licence number exactly as printed on the card.",
    "Data de nacimiento de l doente (AAAA-MM-DD).",
    "Nùmero de telefono do client.",
    "Haigõ sündümisaig (PP.KK.AAAA).",
    "REDCap dob field, validated as date_ymd, flagged Identifier? y.",
    "VAERS item: the patient's date of birth (mm/dd/yyyy).",
    "Popolo birth_date of the person (ISO 8601).",
    "Work email of the employee.",
]
HN_TOOL_NAMES = ["verify_employee_dob", "validate_iban_checksum", "lookup_account_by_email", "redact_ssn_field"]
HN_FILE_WORDS = ["employee-dob-check", "iban-checksum", "member-email-index"]
