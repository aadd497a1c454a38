"""Cues, name tables, neutral keys and hard-negative pools for the thirty-eighth set.

Cue languages: English written the way code and data dictionaries write it (fresh spellings: fullNm, birthDt,
mrnNbr, ssnTxt, cellNo, ...), Walloon (walon), Piedmontese (piemontèis) and Chavacano (Zamboanga Chabacano).  The
Walloon, Piedmontese and Chavacano phrases are the builder's own best-effort spellings, not copied from a
dictionary.  Data-dictionary spellings: CEDS (Common Education Data Standards) person elements (First Name,
Last or Surname, Birthdate, Electronic Mail Address, Telephone Number, Address Street Number and Name, Address
Postal Code), the HUD HMIS CSV export (Client.FirstName, Client.LastName, Client.SSN, Client.DOB, data elements
3.01 Name / 3.02 Social Security Number / 3.03 Date of Birth, Enrollment.LastPermanentZIP) and the OECD SAF-T
(Standard Audit File for Tax) customer elements (Contact, BillingAddress/StreetName, BillingAddress/PostalCode,
Telephone, Email, Website, BankAccount/IBANNumber).
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); romanised forms for non-Latin scripts.
HAND_NAMES = [
    ("Tigist", "Alemayehu", "ትግስት አለማየሁ", "Amhara (Ge'ez script)"),
    ("Tadelech", "Hodaro", None, "Sidama"),
    ("Shija", "Masanja", None, "Sukuma"),
    ("Anyitike", "Mwakyembe", None, "Nyakyusa"),
    ("Inonge", "Mubita", None, "Lozi"),
    ("Rasmata", "Ouédraogo", None, "Mossi"),
    ("Fuseina", "Alhassan", None, "Dagomba"),
    ("Idongesit", "Udofia", None, "Ibibio"),
    ("Sawsan", "Kashif", None, "Nubian (Nobiin)"),
    ("Amna", "Ohaj", None, "Beja"),
    ("Natalina", "Bangazi", None, "Zande"),
    ("Nsimba", "Lutete", None, "Kongo"),
    ("Roi", "Lahpai", None, "Kachin (Jinghpaw)"),
    ("Sukhiya", "Markam", "सुखिया मरकाम", "Gond (Devanagari)"),
    ("Kesarbai", "Damor", None, "Bhil"),
    ("Gulbahar", "Mengal", "گل بہار مینگل", "Brahui (Perso-Arabic script)"),
    ("Karima", "Hunzai", None, "Burusho"),
    ("Eréndira", "Huitziméngari", None, "Purépecha"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["holdover", "prevVal", "syncSlot", "col_17", "origVal", "parked", "aux_c", "passThru", "echoValue",
                "lineMemo", "ingestKey", "misc9", "slot_k", "staleValue", "relay", "refTag", "bucketKey", "extra"]
NEUTRAL_SENTENCES = ["Copied in by the {n} import: {v}", "Left over after reconciliation: {v}.", "{v}",
                     "As received from the upstream feed ({n}): {v}", "The migration stored {v} here.",
                     "Remainder of run {n}: {v}."]
NEUTRAL_XKEYS = ["x-holdover", "x-source-value", "x-import-note", "x-prev", "x-echo-value"]
NEUTRAL_TOOL_VERBS = ["push", "pull", "sync", "post", "stage", "emit"]
NEUTRAL_DESCR = "Sends one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["fullNm", "pt_full_name", "subscriberNm", "no_do_malåde", "nòm_dël_malavi", "nombre_del_pasyente",
                "CEDS.FirstName", "CEDS.LastOrSurname", "Client.FirstName", "saft:Contact"],
        "text": ["Full nm:", "Subscriber nm:", "Pt full name -", "No do malåde:", "Nòm dël malavi:",
                 "Nombre del pasyente:", "CEDS Last or Surname:", "HMIS 3.01 Name:", "Client.LastName =",
                 "<Contact>"],
        "frag": ["fullnm", "subscriber", "malade", "malavi", "pasyente", "lastorsurname", "clientname"],
    },
    "DATE_OF_BIRTH": {
        "key": ["birthDt", "dob_ymd", "pt_bdate", "date_di_naxhince", "data_ëd_nassita", "fecha_de_naci",
                "CEDS.Birthdate", "Client.DOB"],
        "text": ["Birth dt:", "B-day:", "DOB (ymd):", "Date di naxhince:", "Data ëd nassita:", "Fecha de naci:",
                 "CEDS Birthdate:", "HMIS 3.03 Date of Birth:", "Client.DOB ="],
        "frag": ["birthdt", "bdate", "naxhince", "nassita", "fechanaci", "clientdob"],
    },
    "MRN": {
        "key": ["mrnNbr", "medRecId", "ehr_chart_id", "nimero_do_dossî_medical", "nùmer_dla_cartela_clinica",
                "numero_del_record_medico"],
        "text": ["MRN nbr:", "Med rec id:", "EHR chart id:", "Nimero do dossî medical:", "Nùmer dla cartela clìnica:",
                 "Numero del record medico:"],
        "frag": ["mrnnbr", "medrec", "chartid", "dossi", "cartela"],
    },
    "US_SSN": {
        "key": ["ssnTxt", "ss_num", "taxSsn", "nimero_di_securité_sociåle_usa", "nùmer_ëd_previdensa_usa",
                "numero_de_seguro_social_usa", "Client.SSN"],
        "text": ["SSN txt:", "SS num:", "Tax SSN:", "Nimero di securité sociåle (USA):",
                 "Nùmer ëd previdensa (USA):", "Numero de Seguro Social (USA):", "HMIS 3.02 Social Security Number:",
                 "Client.SSN ="],
        "frag": ["ssntxt", "ssnum", "taxssn", "clientssn"],
    },
    "PHONE_NUMBER": {
        "key": ["cellNo", "phnNum", "contact_msisdn", "nimero_d_telefone", "nùmer_ëd_telèfon", "numero_de_telefono",
                "CEDS.TelephoneNumber", "saft:Telephone"],
        "text": ["Cell no:", "Phn num:", "MSISDN:", "Nimero d' telefone:", "Nùmer ëd telèfon:",
                 "Numero de telefono:", "CEDS Telephone Number:", "<Telephone>"],
        "frag": ["cellno", "phn", "msisdn", "telefone", "telefon", "telephone"],
    },
    "EMAIL_ADDRESS": {
        "key": ["emailTxt", "billingEmail", "contactMail", "adresse_emile", "adrëssa_ëd_pòsta_eletrònica",
                "correo_electronico", "CEDS.ElectronicMailAddress", "saft:Email"],
        "text": ["Email txt:", "Billing email:", "Contact mail:", "Adresse emile:", "Pòsta eletrònica:",
                 "Correo electronico:", "CEDS Electronic Mail Address:", "<Email>"],
        "frag": ["emailtxt", "billingemail", "contactmail", "emile", "saft_email"],
    },
    "STREET_ADDRESS": {
        "key": ["streetLn", "addr1Txt", "billing_addr_line1", "adresse_del_måjhon", "adrëssa_ëd_ca", "direccion_de_casa",
                "CEDS.StreetNumberAndName", "saft:BillingAddress.StreetName", "Enrollment.LastPermanentStreet"],
        "text": ["Street ln:", "Addr1 txt:", "Billing addr line1:", "Adresse del måjhon:", "Adrëssa ëd ca:",
                 "Direccion de casa:", "CEDS Address Street Number and Name:", "<StreetName>"],
        "frag": ["streetln", "addr1", "majhon", "direccion"],
    },
    "ZIP_CODE": {
        "key": ["zip5Cd", "postal_cd", "zipPlus4Cd", "code_postå_usa", "còdes_postal_usa", "codigo_postal_usa",
                "CEDS.PostalCode", "saft:BillingAddress.PostalCode", "Enrollment.LastPermanentZIP"],
        "text": ["Zip5 cd:", "Postal cd:", "ZIP+4 cd:", "Code postå (USA):", "Còdes postal (USA):",
                 "Codigo postal (USA):", "CEDS Address Postal Code:", "LastPermanentZIP =", "<PostalCode>"],
        "frag": ["zip5", "postalcd", "zipplus4", "lastpermanentzip"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["mbiNbr", "medicaid_no", "insMemberId", "plan_sub_id", "nimero_d_afiliyé", "nùmer_dla_mutua",
                "numero_del_seguro_de_salud"],
        "text": ["MBI nbr:", "Medicaid no:", "Ins member id:", "Plan sub id:", "Nimero d' afiliyé:",
                 "Nùmer dla mutua:", "Numero del seguro de salud:"],
        "frag": ["mbinbr", "medicaid", "insmember", "afiliye", "mutua"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["ibanTxt", "cardPan", "bankAcctNo", "hospAcctNbr", "conte_e_banke", "cont_ëd_banca",
                "cuenta_de_banco", "saft:BankAccount.IBANNumber"],
        "text": ["IBAN txt:", "Card PAN:", "Bank acct no:", "Hosp acct nbr:", "Conte e banke:", "Cont ëd banca:",
                 "Cuenta de banco:", "<IBANNumber>"],
        "frag": ["ibantxt", "cardpan", "bankacct", "hospacct", "conte", "cuenta"],
    },
    "LICENSE_NUMBER": {
        "key": ["dlNumber", "driversLicNo", "licenseNbr", "permis_di_mener", "patent_ëd_guida", "lisensia_de_maneja"],
        "text": ["DL number:", "Drivers lic no:", "License nbr:", "Permis di mener n°:", "Patent ëd guida:",
                 "Lisensia de maneja:"],
        "frag": ["dlnumber", "driverslic", "permis", "lisensia"],
    },
    "DEVICE_ID": {
        "key": ["imeiNum", "macId", "implantSn", "udiTxt", "nimero_di_serêye", "nùmer_ëd_serie", "numero_de_serye"],
        "text": ["IMEI num:", "MAC id:", "Implant SN:", "UDI txt:", "Nimero di serêye:", "Nùmer ëd serie:",
                 "Numero de serye del aparato:"],
        "frag": ["imeinum", "macid", "implantsn", "uditxt", "serye"],
    },
    "VEHICLE_ID": {
        "key": ["vinTxt", "vehicleVinNo", "plateNo", "plake", "targa_dla_machina", "plaka"],
        "text": ["VIN txt:", "Vehicle VIN no:", "Plate no:", "Plake:", "Targa dla machina:", "Plaka del auto:"],
        "frag": ["vintxt", "vehiclevin", "plateno", "plake", "plaka"],
    },
    "IP_ADDRESS": {
        "key": ["remoteIp", "srcIpAddr", "loginIp", "adresse_ip", "adrëssa_ip", "direccion_ip"],
        "text": ["Remote IP:", "Src IP addr:", "Login IP:", "Adresse IP do copiutêr:", "Adrëssa IP:",
                 "Direccion IP del computadora:"],
        "frag": ["remoteip", "srcip", "loginip"],
    },
    "URL": {
        "key": ["profileUrl", "donationPage", "socialLink", "pådje_da_sinne", "pàgina_përsonal", "pagina_personal",
                "CEDS.WebSiteAddress", "saft:Website"],
        "text": ["Profile url:", "Donation page:", "Social link:", "Pådje da sinne:", "Pàgina përsonal:",
                 "Pagina personal:", "<Website>"],
        "frag": ["profileurl", "donation"],
    },
    "SECRET": {
        "key": ["accessTok", "db_passwd", "connStr", "mot_di_passe", "paròla_segreta", "contraseña"],
        "text": ["access tok:", "passwd=", "conn str:", "Mot di passe:", "Paròla segreta:", "Contraseña:"],
        "frag": ["accesstok", "passwd", "connstr"],
    },
}

GROUP_KEYS = {
    "PERSON": ["fullNms", "subscriberNms", "malavi_nòm"], "DATE_OF_BIRTH": ["birthDtByPt", "bdates"],
    "MRN": ["mrnNbrs", "dossis"], "US_SSN": ["ssnByPt"], "PHONE_NUMBER": ["cellNos", "telefones"],
    "EMAIL_ADDRESS": ["emailTxts"], "STREET_ADDRESS": ["streetLns"], "ZIP_CODE": ["zip5Cds"],
    "HEALTH_PLAN_ID": ["mbiNbrs"], "ACCOUNT_NUMBER": ["bankAcctNos"], "LICENSE_NUMBER": ["dlNumbers"],
    "DEVICE_ID": ["imeiNums", "macIds"], "VEHICLE_ID": ["vinTxts"], "IP_ADDRESS": ["remoteIps"],
    "URL": ["profileUrls"], "SECRET": ["accessToks"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["birthDt", "fullNm", "mrnNbr", "ssnTxt", "cellNo", "dlNumber", "vinTxt", "remoteIp", "db_passwd",
                 "data_ëd_nassita", "fecha_de_naci", "Client.SSN", "CEDS.Birthdate", "saft:BankAccount.IBANNumber"]
HN_CODE_ENUMS = [
    ("ICD-10-CM musculoskeletal codes", ["M54.50", "M25.561", "M79.18", "M17.11"]),
    ("LOINC lipid panel", ["2093-3", "2085-9", "13457-7", "2571-8"]),
    ("CPT preventive visit codes", ["99385", "99395", "99396", "99386"]),
    ("ISO 4217 currencies", ["BDT", "INR", "NGN", "EUR", "PHP"]),
    ("ISO 3166-1 alpha-2 countries", ["BD", "IN", "NG", "BE", "PH"]),
    ("BCP 47 language tags", ["bn-BD", "ta-IN", "en-NG", "wa", "pms", "cbk"]),
    ("IANA time zones", ["Asia/Dhaka", "Asia/Kolkata", "Africa/Lagos", "Europe/Brussels", "Asia/Manila"]),
    ("Chargebee subscription statuses", ["future", "in_trial", "active", "non_renewing", "paused", "cancelled"]),
    ("Spotify album types", ["album", "single", "compilation"]),
    ("HMIS 3.06 gender codes", ["0", "1", "5", "6", "8", "9", "99"]),
    ("CEDS sex option set", ["Female", "Male", "NotSelected"]),
    ("SAF-T movement types", ["GR", "GT", "GA", "GC", "GD"]),
]
HN_PLACEHOLDERS = ["subscriber@example.net", "listener@playlists.test", "(303) 555-0161", "+1 617-555-0119",
                   "+44 20 7946 0813", "192.0.2.77", "198.51.100.141", "2001:db8:cafe::17", "000-00-0000",
                   "###-##-####", "<CHARGEBEE_API_KEY>", "<SPOTIFY_CLIENT_SECRET>", "MRN-0000000",
                   "https://example.com/listeners/{listenerId}", "00:00:00:00:00:00", "5555 5555 5555 4444"]
HN_FORMAT_REGEXES = [r"^\d{3}-?\d{2}-?\d{4}$", r"^BE\d{14}$", r"^[A-Z]\d{7}$", r"^[A-Z]{2}\d{6}$",
                     r"^([0-9a-f]{2}:){5}[0-9a-f]{2}$", r"^\d{1,3}(\.\d{1,3}){3}$", r"^\+\d{10,14}$",
                     r"^[A-Z0-9]{17}$", r"^\d{4}-\d{2}-\d{2}$", r"^[^@\s]+@[^@\s]+$", r"^MRN\d{7}$",
                     r"^[1-9][AC-HJKMNP-RT-Y][0-9AC-HJKMNP-RT-Y]\d{8}$"]
HN_NAME_WORDS = ["Mercedes", "Harmony", "Melody", "Lyric", "Sierra", "Savannah", "Dakota", "Paris", "Victoria",
                 "Raven", "Amber", "Ginger"]
HN_VERSION_DATES = ["API version 2022-11-28", "Deprecated since 2023-04-18.", "Available from 2024-02-07",
                    "2019-09", "Spec revision 2025-01-15", "Release 2021-06-30", "Sunset 2027-03-31"]
HN_CATEGORY_TEXT = [
    "Customer's date of birth as entered at checkout (YYYY-MM-DD).",
    "Listener's phone number in E.164 format.",
    "Driver's licence number as printed on the card.",
    "Date di naxhince do malåde (AAAA-MM-DD).",
    "Nùmer ëd telèfon dël client.",
    "Fecha de naci del pasyente (AAAA-MM-DD).",
    "CEDS Birthdate of the person, format CCYY-MM-DD.",
    "HMIS 3.02 Social Security Number of the client (9 digits).",
    "<IBANNumber> is the customer's bank account in IBAN form.",
    "Billing email of the customer.",
]
HN_TOOL_NAMES = ["verify_customer_dob", "validate_iban_format", "lookup_listener_by_email", "mask_card_pan"]
HN_FILE_WORDS = ["customer-dob-check", "iban-format", "listener-email-index"]
