"""Cues, name tables, neutral keys and hard-negative pools for the forty-third set.

Cue languages: English written the way code and data dictionaries write it (spellings fresh to this set:
insuredNm, memberNameStr, dobDt, brthDate, medRecNbr, hospChartId, ssnNbr, socialSecNum, mobileNbr, emailAddrTxt,
addrLine1, zipCd, mbiNbr, planMemberNo, acctNbrTxt, cardNumTxt, dlNbr, imeiNbr, macAddrTxt, vinNbr, clientIpTxt,
socialUrl, connStr, authTok, ...), Swabian (Schwäbisch), Gascon (the Gascon variety of Occitan) and Cajun
(Louisiana) French.  The Swabian, Gascon and Cajun phrases are the builder's own best-effort spellings, not copied
from a dictionary.  Data-dictionary spellings: the CIHI Discharge Abstract Database (DAD) abstracting fields (Chart
Number, Health Care Number, Birthdate) and the New Zealand HISO 10046 Consumer Health Identity Standard (NHI
person fields: given name, family name, date of birth, contact phone, email address), both written from the
builder's memory, not re-read.
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); romanised forms for non-Latin scripts.
HAND_NAMES = [
    ("Sevda", "Astarayeva", None, "Talysh"),
    ("Ranjita", "Dewan", None, "Chakma"),
    ("Jimbun", "Pandi", None, "Bidayuh"),
    ("Ashebir", "Ergano", "አሸብር ኤርጋኖ", "Wolaytta (Ethiopic script)"),
    ("Ngueve", "Chipenda", None, "Umbundu"),
    ("Nyamekye", "Ackah", None, "Nzema"),
    ("Amenan", "Kouassi", None, "Baoulé"),
    ("Essowana", "Tchalim", None, "Kabye"),
    ("Sabi", "Gounou", None, "Bariba"),
    ("Aungching", "Marma", "အောင်ချိန် မာရမာ", "Marma (Myanmar script)"),
    ("Legeai", "Tjuvelengan", None, "Paiwan"),
    ("Nadezhda", "Vedyashkina", "Надежда Ведяшкина", "Moksha (Cyrillic script)"),
    ("Liidia", "Pihla", None, "Setu"),
    ("Maruch", "Komes", None, "Tzotzil"),
    ("Ixchel", "Choc", None, "Q'eqchi'"),
    ("Aaluk", "Sovalik", None, "Inupiat"),
    ("Kylie", "Ugle", None, "Noongar"),
    ("Kaloï", "Wahéo", None, "Kanak"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["spare", "carryOver", "fld_q4", "slotVal", "handedOn", "loose_v", "binVal", "overflow",
                "stashed", "kept_back", "aux3", "tmpHold", "payloadX", "margin", "unclaimed", "tail_v", "nook",
                "remnant"]
NEUTRAL_SENTENCES = ["Left over from the {n} merge: {v}", "Nobody claimed this after the audit: {v}.", "{v}",
                     "Copied from the upstream feed ({n}): {v}", "The weekly export wrote {v} here.",
                     "Remnant of batch {n}: {v}."]
NEUTRAL_XKEYS = ["x-carry-over", "x-spare-value", "x-export-note", "x-kept-back", "x-unclaimed"]
NEUTRAL_TOOL_VERBS = ["send", "fetch", "queue", "sync", "post", "relay"]
NEUTRAL_DESCR = "Carries one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["insuredNm", "memberNameStr", "nmFirstLast", "nåmå_vom_kranka", "nom_deu_malaut", "nom_pis_prénom",
                "hiso10046.given_name", "hiso10046.family_name"],
        "text": ["Insured nm:", "Member name str -", "Nm (first last):", "Nåmå vom Kranka:", "Nom deu malaut:",
                 "Nom pis prénom:", "HISO 10046 given name / family name:", "HISO 10046 person name ="],
        "frag": ["insurednm", "membername", "nmfirstlast", "namavomkranka", "nomdeumalaut", "nompisprenom",
                 "hisoname"],
    },
    "DATE_OF_BIRTH": {
        "key": ["dobDt", "brthDate", "birthDtTm", "geburtsdag", "data_de_vaduda", "jour_de_naissance",
                "dad.birthdate", "hiso10046.date_of_birth"],
        "text": ["DOB dt:", "Brth date -", "Birth dt/tm:", "Geburtsdag:", "Data de vaduda:", "Jour de sa naissance:",
                 "DAD Birthdate:", "HISO 10046 date of birth:"],
        "frag": ["dobdt", "brthdate", "birthdttm", "geburtsdag", "vaduda", "jourdenaissance", "dadbirthdate",
                 "hisodob"],
    },
    "MRN": {
        "key": ["medRecNbr", "hospChartId", "mrNo", "kranka_akta_nommer", "numerò_deu_dossièr",
                "numéro_du_dossier_à_l_hôpital", "dad.chart_number"],
        "text": ["Med rec nbr:", "Hosp chart ID -", "MR no:", "Kranka-Akta-Nommer:", "Numerò deu dossièr medicau:",
                 "Numéro du dossier à l'hôpital:", "DAD Chart Number:"],
        "frag": ["medrecnbr", "hospchart", "mrno", "aktanommer", "dossier", "dossierhopital", "dadchart"],
    },
    "US_SSN": {
        "key": ["ssnNbr", "socialSecNum", "taxIdSsn", "sozialversicherungsnommer", "numerò_de_seguretat_sociau",
                "numéro_de_sécurité_sociale_américain"],
        "text": ["SSN nbr:", "Social sec num -", "Tax ID (SSN):", "Sozialversicherungsnommer (USA):",
                 "Numerò de seguretat sociau (EUA):", "Numéro de sécurité sociale américain:"],
        "frag": ["ssnnbr", "socialsecnum", "taxidssn", "sozialnommer", "seguretat", "securitesociale"],
    },
    "PHONE_NUMBER": {
        "key": ["mobileNbr", "telNum", "phoneMobileTxt", "telefonnommer", "numerò_de_telefòne",
                "numéro_de_téléphone_à_la_maison", "hiso10046.contact_phone"],
        "text": ["Mobile nbr:", "Tel num -", "Phone mobile txt:", "Telefonnommer:", "Numerò de telefòne:",
                 "Numéro de téléphone à la maison:", "HISO 10046 contact phone:"],
        "frag": ["mobilenbr", "telnum", "phonemobile", "telefonnommer", "telefone", "telmaison", "hisophone"],
    },
    "EMAIL_ADDRESS": {
        "key": ["emailAddrTxt", "eMailId", "contactEmailAddr", "e_mail_adress", "adreça_electronica",
                "adresse_courriel", "hiso10046.email_address"],
        "text": ["Email addr txt:", "E-mail ID -", "Contact email addr:", "E-Mail-Adress:", "Adreça electronica:",
                 "Adresse courriel:", "HISO 10046 email address:"],
        "frag": ["emailaddrtxt", "emailid", "contactemail", "emailadress", "adrecaelectronica", "courriel"],
    },
    "STREET_ADDRESS": {
        "key": ["addrLine1", "homeStreetTxt", "resAddr", "hausadress", "adreça_de_l_ostau", "adresse_de_la_maison"],
        "text": ["Addr line1:", "Home street txt -", "Res addr:", "Hausadress:", "Adreça de l'ostau:",
                 "Adresse de la maison:"],
        "frag": ["addrline", "homestreet", "resaddr", "hausadress", "ostau", "adressemaison"],
    },
    "ZIP_CODE": {
        "key": ["zipCd", "postalZip5", "zip4Cd", "poschtleitzahl_usa", "còde_postau_eua", "code_postal_américain"],
        "text": ["Zip cd:", "Postal zip5 -", "Zip4 cd:", "Poschtleitzahl (USA):", "Còde postau (EUA):",
                 "Code postal américain:"],
        "frag": ["zipcd", "postalzip", "zip4cd", "poschtleitzahl", "codepostau", "codepostal"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["mbiNbr", "planMemberNo", "insuredIdNbr", "medicaidIdTxt", "versicherungsnommer",
                "numerò_d_assegurança", "numéro_d_assurance_maladie", "dad.health_care_number"],
        "text": ["MBI nbr:", "Plan member no -", "Insured ID nbr:", "Medicaid ID txt:", "Versicherungsnommer:",
                 "Numerò d'assegurança:", "Numéro d'assurance maladie:", "DAD Health Care Number:"],
        "frag": ["mbinbr", "planmember", "insuredid", "medicaidid", "versicherung", "assegurança", "assurance",
                 "dadhcn"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["acctNbrTxt", "ibanNbr", "cardNumTxt", "hospAcctNo", "kontonommer", "compte_de_banca",
                "numéro_de_compte_à_la_banque"],
        "text": ["Acct nbr txt:", "IBAN nbr -", "Card num txt:", "Hosp acct no:", "Kontonommer:", "Compte de banca:",
                 "Numéro de compte à la banque:"],
        "frag": ["acctnbr", "ibannbr", "cardnum", "hospacct", "kontonommer", "comptebanca", "comptebanque"],
    },
    "LICENSE_NUMBER": {
        "key": ["dlNbr", "driverLicNo", "dlNumTxt", "führerscheinnommer", "permís_de_condusir",
                "numéro_de_permis_de_conduire"],
        "text": ["DL nbr:", "Driver lic no -", "DL num txt:", "Führerscheinnommer:", "Permís de condusir:",
                 "Numéro de permis de conduire:"],
        "frag": ["dlnbr", "driverlic", "dlnumtxt", "fuhrerschein", "permiscondusir", "permisconduire"],
    },
    "DEVICE_ID": {
        "key": ["imeiNbr", "macAddrTxt", "udiTxt", "iccidTxt", "implantSerialNo", "seriennommer_vom_gerät",
                "numerò_de_seria_deu_aparelh", "numéro_de_série_de_la_machine"],
        "text": ["IMEI nbr:", "MAC addr txt:", "UDI txt -", "ICCID txt:", "Implant serial no:",
                 "Seriennommer vom Gerät:", "Numerò de seria deu aparelh:", "Numéro de série de la machine:"],
        "frag": ["imeinbr", "macaddrtxt", "uditxt", "iccidtxt", "implantserial", "seriennommer", "aparelh",
                 "seriemachine"],
    },
    "VEHICLE_ID": {
        "key": ["vinNbr", "vehIdNum", "plateNum", "autonommer", "placa_de_l_auto", "plaque_du_char"],
        "text": ["VIN nbr:", "Veh ID num -", "Plate num:", "Autonommer:", "Placa de l'auto:", "Plaque du char:"],
        "frag": ["vinnbr", "vehidnum", "platenum", "autonommer", "placaauto", "plaquechar"],
    },
    "IP_ADDRESS": {
        "key": ["clientIpTxt", "ipAddrNbr", "lastLoginIp", "ip_adress_vom_rechner", "adreça_ip_de_l_ordenador",
                "adresse_ip_de_l_ordinateur"],
        "text": ["Client IP txt:", "IP addr nbr -", "Last login IP:", "IP-Adress vom Rechner:",
                 "Adreça IP de l'ordenador:", "Adresse IP de l'ordinateur:"],
        "frag": ["clientip", "ipaddrnbr", "lastloginip"],
    },
    "URL": {
        "key": ["socialUrl", "fundraiserUrlTxt", "homepageUri", "eigene_webseit", "pagina_personau",
                "sa_page_sus_l_internet"],
        "text": ["Social URL:", "Fundraiser URL txt -", "Homepage URI:", "Eigene Webseit:", "Pagina personau:",
                 "Sa page sus l'internet:"],
        "frag": ["socialurl", "fundraiserurl", "homepageuri"],
    },
    "SECRET": {
        "key": ["apiKeyTxt", "connStr", "authTok", "gheimwort", "mot_de_passa", "mot_de_passe_secret"],
        "text": ["API key txt:", "conn str=", "auth tok -", "Gheimwort:", "Mot de passa:", "Mot de passe secret:"],
        "frag": ["apikeytxt", "connstr", "authtok"],
    },
}

GROUP_KEYS = {
    "PERSON": ["insuredNms", "memberNameStrs", "nåmå_list"], "DATE_OF_BIRTH": ["dobDts", "brthDates"],
    "MRN": ["medRecNbrs", "dossièrs"], "US_SSN": ["ssnNbrs"], "PHONE_NUMBER": ["mobileNbrs", "telefonnommers"],
    "EMAIL_ADDRESS": ["emailAddrTxts"], "STREET_ADDRESS": ["addrLine1s"], "ZIP_CODE": ["zipCds"],
    "HEALTH_PLAN_ID": ["planMemberNos"], "ACCOUNT_NUMBER": ["acctNbrTxts"], "LICENSE_NUMBER": ["dlNbrs"],
    "DEVICE_ID": ["imeiNbrs", "macAddrTxts"], "VEHICLE_ID": ["vinNbrs"], "IP_ADDRESS": ["clientIpTxts"],
    "URL": ["socialUrls"], "SECRET": ["apiKeyTxts"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["dobDt", "insuredNm", "medRecNbr", "ssnNbr", "mobileNbr", "dlNbr", "vinNbr", "clientIpTxt", "connStr",
                 "geburtsdag", "data_de_vaduda", "jour_de_naissance", "dad.chart_number", "hiso10046.date_of_birth"]
HN_CODE_ENUMS = [
    ("GBFS vehicle form factors", ["bicycle", "cargo_bicycle", "car", "moped", "scooter_standing"]),
    ("GBFS propulsion types", ["human", "electric_assist", "electric", "combustion"]),
    ("OCDS procurement methods", ["open", "selective", "limited", "direct"]),
    ("OCDS party roles", ["buyer", "procuringEntity", "supplier", "tenderer", "payer"]),
    ("ICD-10-CM chronic condition codes", ["E11.9", "I10", "J45.909", "N18.3"]),
    ("LOINC vital sign codes", ["8480-6", "8462-4", "8302-2", "29463-7"]),
    ("ISO 3166-1 alpha-2 countries", ["GH", "MD", "NZ", "RO", "EE"]),
    ("BCP 47 language tags", ["swg", "oc-gascon", "frc", "ro-MD", "en-GH"]),
    ("IANA time zones", ["Africa/Accra", "Europe/Chisinau", "Pacific/Auckland", "America/Chicago",
                         "America/Anchorage"]),
    ("US state codes", ["LA", "OK", "AK", "NM", "AZ"]),
    ("DAD admission categories", ["U", "E", "L", "N", "R"]),
    ("OCDS tender statuses", ["planning", "active", "cancelled", "complete"]),
]
HN_PLACEHOLDERS = ["rider@example.org", "ops@fleet.invalid", "(337) 555-0147", "+1 907-555-0123",
                   "1-405-555-0188", "192.0.2.44", "203.0.113.9", "2001:db8:7:1::20", "XXX-XX-XXXX",
                   "<GBFS_API_TOKEN>", "${OCDS_PUBLISHER_KEY}", "MRN-XXXXXXX",
                   "https://example.org/riders/{rider_id}", "ff:ff:ff:ff:ff:ff", "4111 1111 1111 1111",
                   "buyer@tenders.example"]
HN_FORMAT_REGEXES = [r"^[A-Z]{3}\d{9}$", r"^\d{3}-\d{3}-\d{3}$", r"^ghp_[A-Za-z0-9]{36}$", r"^AKIA[A-Z2-7]{16}$",
                     r"^[A-Z]\d{3}-\d{4}-\d{4}$", r"^\+?[1-9]\d{1,14}$", r"^([0-9a-f]{2}:){5}[0-9a-f]{2}$",
                     r"^\d{5}$", r"^[^@]+@[^@]+\.[a-z]{2,}$", r"^MD\d{2}[A-Z0-9]{20}$",
                     r"^(19|20)\d{2}-\d{2}-\d{2}$", r"^WDL[A-Z0-9]{9}$"]
HN_NAME_WORDS = ["Hope", "Joy", "Grace", "Dawn", "Autumn", "River", "Sage", "Willow", "Hunter", "Brooke", "Sterling",
                 "Ginger"]
HN_VERSION_DATES = ["API version 2024-06-05", "Deprecated from 2025-01-31.", "Supported since 2021-04-16",
                    "2020-12", "Changelog entry 2019-10-21", "Effective 2026-02-02", "Sunset 2028-09-30"]
HN_CATEGORY_TEXT = [
    "Rider's date of birth, YYYY-MM-DD, if the operator collects it.",
    "Supplier contact's email address.",
    "Patient's medical record number as held by the hospital.",
    "Geburtsdag vom Kranka (JJJJ-MM-DD).",
    "Data de vaduda deu malaut.",
    "Jour de naissance du malade (AAAA-MM-JJ).",
    "DAD Chart Number: the facility's identifier for the patient's chart.",
    "HISO 10046 date of birth and its accuracy indicator.",
    "Buyer's contact telephone number.",
    "Member's Social Security number, masked on output.",
]
HN_TOOL_NAMES = ["validate_rider_email", "redact_member_ssn", "check_vin_format", "mask_patient_dob_field"]
HN_FILE_WORDS = ["rider-email-mask", "member-ssn-format", "patient-mrn-rules"]
