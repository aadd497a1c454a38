"""Cues, name tables, neutral keys and hard-negative pools for the forty-second set.

Cue languages: English written the way code and data dictionaries write it (spellings fresh to this set:
custNm, indvNameTxt, payeeFullNm, bDate, dtOfBrth, birthYmd, chartNum, ehrPtId, tinSsn, socSecNo, cellNo,
emlAddr, streetAddr1, mailZip, hicnMbi, memberIdNbr, dfiAcctNbr, cardPan, drvLicNbr, imeiTxt, macAddrHw, vehVin,
srcIpAddr, profileUrlTxt, dsnUri, bearerTok, ...), Plautdietsch (Mennonite Low German), Jerriais (Jersey Norman
French) and Emilian (Bolognese).  The Plautdietsch, Jerriais and Emilian phrases are the builder's own best-effort
spellings, not copied from a dictionary.  Data-dictionary spellings: the SSA EFW2 specification (Specifications for
Filing Forms W-2 Electronically: RA submitter record contact fields, RW employee wage record fields) and the CDC
National Healthcare Safety Network (NHSN) patient-information fields of its event forms (Patient ID, Social
Security #, Medicare #, Patient name Last / First, Date of Birth), both as the builder remembers them.
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); romanised forms for non-Latin scripts.
HAND_NAMES = [
    ("Nanugaq", "Kanrilak", None, "Yup'ik"),
    ("Loretta", "Jumper", None, "Seminole"),
    ("Ita", "Ndavi", None, "Mixtec"),
    ("Abebech", "Lambebo", "አበበች ላምቤቦ", "Hadiya (Ethiopic script)"),
    ("Salomi", "Horo", "सलोमी होरो", "Munda (Devanagari script)"),
    ("Baiq", "Sumarni", None, "Sasak"),
    ("Therese", "Penangke", None, "Arrernte"),
    ("Ngupulya", "Kanari", None, "Pitjantjatjara"),
    ("Mbalia", "Soumah", None, "Susu"),
    ("Kulwa", "Lubasha", None, "Nyamwezi"),
    ("Genet", "Mersha", None, "Gurage"),
    ("Alinafe", "Nampota", None, "Lomwe"),
    ("Teresa", "Chingore", None, "Sena"),
    ("Rufaro", "Simango", None, "Ndau"),
    ("Mahlatse", "Mphahlele", None, "Pedi (Sepedi)"),
    ("Lucia", "Swartbooi", None, "Nama"),
    ("Soazara", "Tsimanova", None, "Sakalava"),
    ("Tiziri", "Ait Ouarab", "ⵜⵉⵣⵉⵔⵉ ⴰⵢⵜ ⵡⴰⵔⴰⴱ", "Chaouia (Tifinagh script)"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["leftover", "parkedVal", "fld_x9", "bucketVal", "relayed", "stray_v", "queueSlot", "drift",
                "passAlong", "heldBack", "aux7", "tmpCarry", "cargo", "sideNote", "orphanVal", "trailer", "pocket",
                "residue"]
NEUTRAL_SENTENCES = ["Left behind by the {n} import: {v}", "No owner after reconciliation: {v}.", "{v}",
                     "Relayed from the upstream batch ({n}): {v}", "The nightly sync put {v} here.",
                     "Residue of run {n}: {v}."]
NEUTRAL_XKEYS = ["x-leftover", "x-relay-value", "x-import-note", "x-held-back", "x-orphan-value"]
NEUTRAL_TOOL_VERBS = ["push", "pull", "stage", "copy", "route", "forward"]
NEUTRAL_DESCR = "Carries one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["custNm", "indvNameTxt", "payeeFullNm", "patsient_sien_nome", "nom_du_malade", "nòm_dal_malè",
                "efw2.RW.employee_first_name", "efw2.RW.employee_last_name", "nhsn.patientName.last",
                "nhsn.patientName.first"],
        "text": ["Cust nm:", "Indv name txt -", "Payee full nm:", "Patsient sien Nome:", "Nom du malade:",
                 "Nòm dal malè:", "EFW2 RW Employee First Name / Last Name:", "EFW2 RA Contact Name:",
                 "NHSN Patient name (Last, First):", "NHSN patient name ="],
        "frag": ["custnm", "indvname", "payeenm", "patsientnome", "nommalade", "nomdalmale", "rwempname", "nhsnname"],
    },
    "DATE_OF_BIRTH": {
        "key": ["bDate", "dtOfBrth", "birthYmd", "jebuatsdach", "date_d_naîssance", "dè_ed_nasîta", "nhsn.dob"],
        "text": ["B date:", "Dt of brth -", "Birth ymd:", "Jebuatsdach:", "Date d'naîssance:", "Dè ed nasîta:",
                 "NHSN Date of Birth:"],
        "frag": ["bdate", "dtofbrth", "birthymd", "jebuatsdach", "naissance", "nasita", "nhsndob"],
    },
    "MRN": {
        "key": ["chartNum", "ehrPtId", "mrnCd", "dokta_aktenumma", "nombre_du_dossié", "nómmer_dla_cartèla",
                "nhsn.patientId"],
        "text": ["Chart num:", "EHR pt ID -", "MRN cd:", "Dokta-Aktenumma:", "Nombre du dossié à l'hôpita:",
                 "Nómmer dla cartèla clénica:", "NHSN Patient ID (facility chart number):"],
        "frag": ["chartnum", "ehrptid", "mrncd", "aktenumma", "dossie", "cartela", "nhsnpatid"],
    },
    "US_SSN": {
        "key": ["tinSsn", "socSecNo", "ssnTxt9", "sozialvesejchrungsnumma", "nombre_d_sécurité_sociale",
                "nómmer_ed_sicurèza_sozièl", "efw2.RW.employee_ssn", "nhsn.ssn"],
        "text": ["TIN (SSN):", "Soc sec no -", "SSN txt9:", "Sozialvesejchrungsnumma (USA):",
                 "Nombre d'sécurité sociale (USA):", "Nómmer ed sicurèza sozièl (USA):",
                 "EFW2 RW pos 3-11 (Employee SSN):", "NHSN Social Security #:"],
        "frag": ["tinssn", "socsecno", "ssntxt", "sozialnumma", "securitesociale", "sicureza", "rwssn", "nhsnssn"],
    },
    "PHONE_NUMBER": {
        "key": ["cellNo", "phNbrMobile", "contactTelTxt", "telefoonnumma", "nombre_d_téléphone",
                "nómmer_ed_telèfon", "efw2.RA.contact_phone_number"],
        "text": ["Cell no:", "Ph nbr (mobile) -", "Contact tel txt:", "Telefoonnumma:", "Nombre d'téléphone:",
                 "Nómmer ed telèfon:", "EFW2 RA Contact Phone Number:"],
        "frag": ["cellno", "phnbr", "contacttel", "telefoon", "telephone", "telefon", "racontactph"],
    },
    "EMAIL_ADDRESS": {
        "key": ["emlAddr", "primEmailTxt", "contactEml", "e_post_adress", "adresse_êlectronique",
                "indirézz_e_mail", "efw2.RA.contact_email"],
        "text": ["Eml addr:", "Prim email txt -", "Contact eml:", "E-Post-Adress:", "Adresse êlectronique:",
                 "Indirézz e-mail:", "EFW2 RA Contact E-Mail/Internet:"],
        "frag": ["emladdr", "primemail", "contacteml", "epost", "electronique", "indirezz"],
    },
    "STREET_ADDRESS": {
        "key": ["streetAddr1", "mailAddrLn", "resStreet", "wonnstäd_adress", "adresse_d_maîson", "indirézz_ed_cà",
                "efw2.RW.delivery_address"],
        "text": ["Street addr1:", "Mail addr ln -", "Res street:", "Wonnstäd-Adress:", "Adresse d'maîson:",
                 "Indirézz ed cà:", "EFW2 RW Delivery Address:"],
        "frag": ["streetaddr", "mailaddr", "resstreet", "wonnstad", "maison", "indirezzca"],
    },
    "ZIP_CODE": {
        "key": ["mailZip", "postalCd", "zip9", "postnumma_usa", "codet_postal_des_êtats_unis", "cap_americàn",
                "efw2.RW.zip_code", "efw2.RW.zip_code_extension"],
        "text": ["Mail zip:", "Postal cd (US) -", "Zip9:", "Postnumma (USA):", "Codet postal des Êtats-Unis:",
                 "CAP americàn:", "EFW2 RW ZIP Code:", "EFW2 RW ZIP Code + Extension:"],
        "frag": ["mailzip", "postalcd", "zip9", "postnumma", "codetpostal", "capamerican", "rwzip"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["hicnMbi", "memberIdNbr", "medicaidNo", "subscriberIdTxt", "vesejchrungsnumma",
                "nombre_d_assuthance", "nómmer_dl_assicuraziån", "nhsn.medicareNumber"],
        "text": ["HICN/MBI:", "Member ID nbr -", "Medicaid no:", "Subscriber ID txt:", "Vesejchrungsnumma:",
                 "Nombre d'assuthance:", "Nómmer dl'assicuraziån:", "NHSN Medicare #:"],
        "frag": ["hicnmbi", "memberid", "medicaidno", "subscriberid", "vesejchrung", "assuthance", "assicurazian",
                 "nhsnmedicare"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["dfiAcctNbr", "rcvAcctNo", "cardPan", "ibanTxt", "bankkonto_numma", "compte_d_banque",
                "cånt_in_bànca"],
        "text": ["DFI acct nbr:", "Rcv acct no -", "Card PAN:", "IBAN txt:", "Bankkonto-Numma:", "Compte d'banque:",
                 "Cånt in bànca:"],
        "frag": ["dfiacct", "rcvacct", "cardpan", "ibantxt", "bankkonto", "comptebanque", "cantinbanca"],
    },
    "LICENSE_NUMBER": {
        "key": ["drvLicNbr", "dlIdTxt", "licNoState", "fuaschien_numma", "pèrmis_d_mener", "patàint_ed_guida"],
        "text": ["Drv lic nbr:", "DL ID txt -", "Lic no (state):", "Fuaschien-Numma:", "Pèrmis d'mener:",
                 "Patàint ed guida:"],
        "frag": ["drvlic", "dlidtxt", "licnostate", "fuaschien", "permismener", "patainguida"],
    },
    "DEVICE_ID": {
        "key": ["imeiTxt", "macAddrHw", "udiDi", "iccidNbr", "devSerialNo", "seriennumma_vom_jereet",
                "nombre_d_séthie", "nómmer_ed_serie"],
        "text": ["IMEI txt:", "MAC addr (hw):", "UDI DI -", "ICCID nbr:", "Dev serial no:", "Seriennumma vom Jereet:",
                 "Nombre d'séthie d'l'appathei:", "Nómmer ed serie dal dispositîv:"],
        "frag": ["imeitxt", "macaddrhw", "udidi", "iccidnbr", "devserial", "jereet", "sethie", "dispositiv"],
    },
    "VEHICLE_ID": {
        "key": ["vehVin", "vinCd", "plateNbr", "autonummaschilt", "plaque_d_vouaithe", "tèrga_dla_màchina"],
        "text": ["Veh VIN:", "VIN cd -", "Plate nbr:", "Autonummaschilt:", "Plaque d'vouaithe:",
                 "Tèrga dla màchina:"],
        "frag": ["vehvin", "vincd", "platenbr", "autonumma", "vouaithe", "terga"],
    },
    "IP_ADDRESS": {
        "key": ["srcIpAddr", "remoteAddrTxt", "loginIpNbr", "ip_adress_vom_rechna", "adresse_ip_d_l_ordinateu",
                "indirézz_ip_dal_computer"],
        "text": ["Src IP addr:", "Remote addr txt -", "Login IP nbr:", "IP-Adress vom Rechna:",
                 "Adresse IP d'l'ordinateu:", "Indirézz IP dal computer:"],
        "frag": ["srcip", "remoteaddr", "loginip"],
    },
    "URL": {
        "key": ["profileUrlTxt", "donatePageUrl", "personalSiteUri", "eajne_websiet", "page_pèrsonnelle",
                "pàgina_personèl"],
        "text": ["Profile URL txt:", "Donate page URL -", "Personal site URI:", "Eajne Websiet:", "Page pèrsonnelle:",
                 "Pàgina personèl:"],
        "frag": ["profileurl", "donatepage", "personalsite"],
    },
    "SECRET": {
        "key": ["svcApiKey", "dsnUri", "bearerTok", "jeheemwuat", "mot_d_passe", "parôla_segrêta"],
        "text": ["Svc API key:", "dsn uri=", "bearer tok -", "Jeheemwuat:", "Mot d'passe:", "Parôla segrêta:"],
        "frag": ["svcapikey", "dsnuri", "bearertok"],
    },
}

GROUP_KEYS = {
    "PERSON": ["custNms", "payeeFullNms", "nome_list"], "DATE_OF_BIRTH": ["bDates", "dtOfBrths"],
    "MRN": ["chartNums", "dossiés"], "US_SSN": ["tinSsns"], "PHONE_NUMBER": ["cellNos", "telefoonnummas"],
    "EMAIL_ADDRESS": ["emlAddrs"], "STREET_ADDRESS": ["streetAddr1s"], "ZIP_CODE": ["mailZips"],
    "HEALTH_PLAN_ID": ["memberIdNbrs"], "ACCOUNT_NUMBER": ["dfiAcctNbrs"], "LICENSE_NUMBER": ["drvLicNbrs"],
    "DEVICE_ID": ["imeiTxts", "macAddrHws"], "VEHICLE_ID": ["vehVins"], "IP_ADDRESS": ["srcIpAddrs"],
    "URL": ["profileUrlTxts"], "SECRET": ["svcApiKeys"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["bDate", "custNm", "chartNum", "tinSsn", "cellNo", "drvLicNbr", "vehVin", "srcIpAddr", "dsnUri",
                 "jebuatsdach", "date_d_naîssance", "dè_ed_nasîta", "efw2.RW.employee_ssn", "nhsn.dob"]
HN_CODE_ENUMS = [
    ("NACHA standard entry class codes", ["PPD", "CCD", "WEB", "TEL", "IAT"]),
    ("ACH transaction codes", ["22", "27", "32", "37"]),
    ("ACH return reason codes", ["R01", "R02", "R03", "R10"]),
    ("EFW2 record identifiers", ["RA", "RE", "RW", "RS", "RT", "RF"]),
    ("HMRC employment data sources", ["hmrc-held", "user", "latest"]),
    ("ICD-10-CM injury codes", ["S72.001A", "S06.0X0A", "T14.90XA", "S52.501A"]),
    ("LOINC laboratory codes", ["2345-7", "718-7", "4548-4", "2160-0"]),
    ("ISO 3166-1 alpha-2 countries", ["DK", "TH", "JE", "NA", "MZ"]),
    ("BCP 47 language tags", ["pdt", "nrf", "egl", "da-DK", "th-TH"]),
    ("IANA time zones", ["Europe/Copenhagen", "Asia/Bangkok", "Europe/Jersey", "Africa/Windhoek",
                         "America/Winnipeg"]),
    ("NHSN location CDC codes", ["IN:ACUTE:CC:M", "IN:ACUTE:WARD:M", "OUT:ACUTE:ED"]),
    ("US federal tax form types", ["W-2", "W-2c", "1099-NEC", "1099-MISC"]),
]
HN_PLACEHOLDERS = ["payroll@example.net", "nhsn-user@clinic.test", "(701) 555-0119", "+1 406-555-0177",
                   "1-605-555-0134", "+44 20 7946 0958", "203.0.113.77", "198.51.100.201", "2001:db8:42::7",
                   "000-00-0000", "***-**-****", "<MOOV_API_TOKEN>", "<HMRC_OAUTH_TOKEN>", "MRN-0000000",
                   "https://example.net/individuals/{nino}/income-received", "00:00:00:00:00:00",
                   "4000 0566 5566 5556"]
HN_FORMAT_REGEXES = [r"^DK\d{16}$", r"^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$", r"^\d{9}$", r"^\(\d{3}\) \d{3}-\d{4}$",
                     r"^[A-HJ-NPR-Z0-9]{17}$", r"^[0-9A-F]{2}(-[0-9A-F]{2}){5}$", r"^pnu_[a-zA-Z0-9]{36}$",
                     r"^\d{5}(-\d{4})?$", r"^[^@\s]+@[^@\s]+$", r"^R\d{2}$", r"^\d{4}-\d{2}-\d{2}$",
                     r"^[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d$"]
HN_NAME_WORDS = ["Summer", "Ivy", "Rose", "Lily", "Faith", "Harmony", "Sunny", "Misty", "Crystal", "Jade", "Amber",
                 "Ruby"]
HN_VERSION_DATES = ["API version 2025-03-14", "Deprecated since 2023-11-30.", "Available from 2024-09-10",
                    "2019-09", "Spec revision 2021-06-21", "Release 2024-07-01", "Sunset 2027-04-05"]
HN_CATEGORY_TEXT = [
    "Employee's Social Security number as printed on the W-2.",
    "Receiver's bank account number (DFI account).",
    "Patient's date of birth, CCYY-MM-DD.",
    "Patsient sien Jebuatsdach (JJJJ-MM-DD).",
    "Date d'naîssance du malade.",
    "Dè ed nasîta dal malè (AAAA-MM-DD).",
    "EFW2 RW record: Employee Social Security Number, positions 3-11.",
    "NHSN Medicare # field of the patient information section.",
    "Individual's home address as held by HMRC.",
    "Contact phone number of the submitter.",
]
HN_TOOL_NAMES = ["validate_routing_number", "mask_ssn_digits", "check_dfi_account_format", "lookup_patient_dob"]
HN_FILE_WORDS = ["employee-ssn-mask", "ach-account-format", "patient-dob-rules"]
