"""Cues, name tables, neutral keys and hard-negative pools for the thirty-seventh set.

Cue languages: English written the way code and data dictionaries write it (abbreviations, camelCase,
snake_case: ptNameFull, dob_dt, med_rec_nbr, ...), Neapolitan (napulitano), Bavarian (Boarisch) and Cape Verdean
Creole (Kabuverdianu).  The Neapolitan, Bavarian and Kabuverdianu phrases are the builder's own best-effort
spellings, not copied from a dictionary.  Data-dictionary spellings: the Europass CV XML schema (v3)
(Identification.PersonName.FirstName, Identification.Demographics.Birthdate, ...ContactInfo.Email.Contact, ...),
PESC (Postsecondary Electronic Standards Council) CoreMain person elements (Person.Name.FirstName,
Person.Birth.BirthDate, Person.SSN, Person.Contacts.Phone.PhoneNumber, ...), OFX 2.x (Open Financial Exchange)
elements (<FIRSTNAME>, <ADDR1>, <POSTALCODE>, <DAYPHONE>, <EMAIL>, <ACCTID>, <USERPASS>) and the IRS FATCA XML
schema v2 (sfa:TIN, sfa:FirstName, sfa:BirthDate, sfa:Street, sfa:PostCode, ftc:AccountNumber).
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); romanised forms for non-Latin scripts.
HAND_NAMES = [
    ("Qubu", "Jike", "吉克 曲布", "Nuosu Yi (Han characters, family name first)"),
    ("Nestan", "Gelovani", "ნესტან გელოვანი", "Svan (Georgian script)"),
    ("Korto", "Kollie", None, "Kpelle"),
    ("Isatu", "Bangura", None, "Temne"),
    ("Ansoumana", "Diatta", None, "Jola"),
    ("Dawa", "Lepcha", None, "Lepcha"),
    ("Pasang", "Tamang", "पासाङ तामाङ", "Tamang (Devanagari)"),
    ("Bimala", "Thapa Magar", "बिमला थापा मगर", "Magar (Devanagari)"),
    ("Ramkumari", "Chaudhary", None, "Tharu"),
    ("Mina", "Gurung", None, "Gurung"),
    ("Yohanis", "Tangdilintin", None, "Toraja"),
    ("Rotua", "Simanjuntak", None, "Batak Toba"),
    ("Teras", "Narang", None, "Ngaju Dayak"),
    ("Joanna", "Kitingan", None, "Kadazan-Dusun"),
    ("Nurhaida", "Misuari", None, "Tausug"),
    ("Sittie", "Alonto", None, "Maranao"),
    ("Sofia", "Lambey", None, "Garifuna"),
    ("Nele", "Wagua", None, "Guna"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["carryOver", "ref_b", "legacyField", "col_42", "srcVal", "stash", "aux7", "mapTo", "mirrorValue",
                "rowNote", "importKey", "misc2", "slot_f", "oldValue", "handover", "tagRef", "laneKey", "spare"]
NEUTRAL_SENTENCES = ["Carried over from the {n} sync: {v}", "Kept after the merge: {v}.", "{v}",
                     "Unchanged from the upstream record ({n}): {v}", "Backfill wrote {v} here.",
                     "Residue of batch {n}: {v}."]
NEUTRAL_XKEYS = ["x-carry", "x-upstream", "x-backfill-note", "x-old", "x-mirror-value"]
NEUTRAL_TOOL_VERBS = ["relay", "fetch", "merge", "route", "apply", "queue"]
NEUTRAL_DESCR = "Submits one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["ptNameFull", "guarantor_nm", "memberNm", "nomme_d_o_paziente", "nåmVomPatientn", "nomi_di_paxenti",
                "Identification.PersonName.FirstName", "Person.Name.LastName", "OFX.FIRSTNAME", "sfa:LastName"],
        "text": ["Pt nm:", "Guarantor:", "Member nm:", "Nomme d''o paziente:", "Nåm vom Patientn:",
                 "Nómi di paxenti:", "Identification.PersonName:", "Person.Name:", "<FIRSTNAME>", "sfa:Name"],
        "frag": ["ptnm", "guarantor", "paziente", "patientn", "paxenti", "personname", "sfa_name"],
    },
    "DATE_OF_BIRTH": {
        "key": ["dtOfBirth", "dob_dt", "mbr_dob", "data_e_nascita", "geburtsdåtum", "data_di_nasimentu",
                "Identification.Demographics.Birthdate", "Person.Birth.BirthDate", "sfa:BirthDate"],
        "text": ["D.O.B.", "Birthdate:", "DOB -", "Data 'e nascita:", "Gebon am", "Data di nasimentu:",
                 "Demographics.Birthdate:", "Person.Birth.BirthDate =", "sfa:BirthDate"],
        "frag": ["dob", "dtofbirth", "nascita", "gebon", "nasimentu", "birthdate"],
    },
    "MRN": {
        "key": ["mrnId", "med_rec_nbr", "chart_no", "nummero_cartella_clinica", "kranknakartei_nr",
                "numeru_prosesu_kliniku", "Person.SchoolAssignedPersonID_medical"],
        "text": ["MRN:", "Chart #", "Med rec #", "Nummero d''a cartella clinica:", "Kranknakartei-Nr.:",
                 "Númeru di prosésu klíniku:"],
        "frag": ["mrn", "medrec", "chartno", "cartella", "kartei"],
    },
    "US_SSN": {
        "key": ["ssn_no", "socSecNum", "member_ssn", "nummero_social_security", "sozialvasicherungsnumma_usa",
                "numeru_seguranca_sosial", "Person.SSN", "sfa:TIN_US"],
        "text": ["SSN#", "SS#", "Social sec no.", "Nummero 'e Social Security (USA):",
                 "Amerikanische Sozialvasicherungsnumma:", "Númeru di Segurança Sosial (EUA):", "Person.SSN =",
                 "sfa:TIN issuedBy=US"],
        "frag": ["ssn", "socsec", "ssnno", "sfa_tin"],
    },
    "PHONE_NUMBER": {
        "key": ["mobilePh", "ph_home", "phone_nbr", "nummero_e_telefono", "handynumma", "numeru_di_telefoni",
                "Identification.ContactInfo.Telephone.Contact", "Person.Contacts.Phone.PhoneNumber", "OFX.DAYPHONE"],
        "text": ["Mobile:", "Ph#", "Home ph:", "Nummero 'e telefono:", "Handynumma:", "Númeru di telefóni:",
                 "ContactInfo.Telephone:", "Person.Contacts.Phone.PhoneNumber =", "<DAYPHONE>"],
        "frag": ["mobile", "ph", "telefono", "handy", "telefoni", "dayphone"],
    },
    "EMAIL_ADDRESS": {
        "key": ["emailAddr1", "pt_email_addr", "notifyEmail", "email_d_o_paziente", "emailAdress", "email_di_paxenti",
                "Identification.ContactInfo.Email.Contact", "Person.Contacts.Email.EmailAddress", "OFX.EMAIL"],
        "text": ["Email addr:", "Notify:", "E-mail d''o paziente:", "E-Mail-Adress:", "Email di paxenti:",
                 "ContactInfo.Email:", "Person.Contacts.Email.EmailAddress =", "<EMAIL>"],
        "frag": ["email", "emailaddr", "notify", "ofx_email"],
    },
    "STREET_ADDRESS": {
        "key": ["homeAddrLn1", "res_addr", "mail_addr_line", "indirizzo_e_casa", "wohnadress", "morada",
                "Identification.ContactInfo.Address.Contact.AddressLine", "Person.Contacts.Address.AddressLine",
                "OFX.ADDR1", "sfa:Street"],
        "text": ["Res addr:", "Home addr ln1:", "Indirizzo 'e casa:", "Wohnadress:", "Morada:",
                 "Address.Contact.AddressLine:", "Person.Contacts.Address.AddressLine =", "<ADDR1>", "sfa:Street"],
        "frag": ["addr", "resaddr", "morada", "wohnadress"],
    },
    "ZIP_CODE": {
        "key": ["zipCd5", "zip_plus4", "mailZip", "codice_zip_usa", "postleitzåi_usa", "kodigu_postal_eua",
                "Identification.ContactInfo.Address.Contact.PostalCode", "Person.Contacts.Address.PostalCode",
                "OFX.POSTALCODE", "sfa:PostCode"],
        "text": ["Zip:", "ZIP+4:", "Codice ZIP (USA):", "Postleitzåi (USA):", "Kódigu postal (EUA):",
                 "Address.Contact.PostalCode:", "<POSTALCODE>", "sfa:PostCode"],
        "frag": ["zip", "zipcd", "postalcode", "kodigu_postal"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["mbrId", "medicare_mbi", "medicaidCin", "planMemberNo", "nummero_d_a_mutua",
                "vasicherungsnumma", "numeru_di_siguru_saudi"],
        "text": ["Mbr ID:", "Medicare MBI:", "Medicaid CIN:", "Plan member #", "Nummero d''a mutua:",
                 "Vasicherungsnumma:", "Númeru di siguru di saúdi:"],
        "frag": ["mbrid", "mbi", "cin", "mutua", "siguru"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["acctNbr", "iban_no", "pan_full", "harNo", "cunto_e_banca", "kontonumma", "konta_di_banku",
                "OFX.ACCTID", "ftc:AccountNumber"],
        "text": ["Acct nbr:", "IBAN #", "PAN:", "HAR #", "Cunto 'e banca:", "Kontonumma:", "Kónta di banku:",
                 "<ACCTID>", "ftc:AccountNumber"],
        "frag": ["acct", "iban", "pan", "har", "konto", "acctid"],
    },
    "LICENSE_NUMBER": {
        "key": ["dlNo", "drvLicNbr", "dl_num", "patente_e_guida", "fiahrerschein_nr", "karta_di_kondukson"],
        "text": ["DL no.", "Drv lic #", "DL:", "Patente 'e guida n.:", "Fiahrerschein-Nr.:", "Karta di kondukson nº"],
        "frag": ["dl", "dlno", "patente", "fiahrerschein"],
    },
    "DEVICE_ID": {
        "key": ["imeiNo", "mac_addr", "udiDi", "pacerSerial", "nummero_e_serie", "gerätenumma", "numeru_di_seri"],
        "text": ["IMEI #", "MAC addr:", "UDI-PI:", "Pacer SN:", "Nummero 'e serie:", "Gerätenumma:",
                 "Númeru di séri di aparelhu:"],
        "frag": ["imei", "macaddr", "udi", "pacer", "serie"],
    },
    "VEHICLE_ID": {
        "key": ["vinNo", "veh_vin", "plateNbr", "targa", "kennzeichn", "matrikula"],
        "text": ["VIN #", "Veh VIN:", "Plate #", "Targa:", "Kennzeichn:", "Matríkula:", "Fahrgestellnumma:"],
        "frag": ["vin", "plate", "targa", "kennzeichn", "matrikula"],
    },
    "IP_ADDRESS": {
        "key": ["clientIp", "last_ip", "joinFromAddr", "indirizzo_ip", "ip_adress_vom_rechna", "enderesu_ip"],
        "text": ["Client IP:", "Joined from", "last IP", "Indirizzo IP d''o computer:", "IP-Adress vom Rechna:",
                 "Enderesu IP:"],
        "frag": ["ip", "clientip", "lastip"],
    },
    "URL": {
        "key": ["profileLink", "fundraiser_url", "personal_site", "paggina", "spendnseitn", "pajina",
                "Identification.ContactInfo.Website.Contact"],
        "text": ["Profile link:", "Fundraiser:", "Portal:", "Paggina:", "Spendnseitn:", "Pájina:",
                 "ContactInfo.Website:"],
        "frag": ["profile", "link"],
    },
    "SECRET": {
        "key": ["apiToken", "svc_pwd", "dbUri", "parola_e_passo", "passwort", "senha", "OFX.USERPASS"],
        "text": ["token:", "pwd=", "db uri:", "Parola 'e passo:", "Passwort (geheim):", "Senha:", "<USERPASS>"],
        "frag": ["token", "apitoken", "pwd"],
    },
}

GROUP_KEYS = {
    "PERSON": ["ptNames", "guarantors", "paziente_nomme"], "DATE_OF_BIRTH": ["dobByMember", "birthdates"],
    "MRN": ["mrnIndex", "cartelle"], "US_SSN": ["ssnByMember"], "PHONE_NUMBER": ["phoneNbrs", "handynummern"],
    "EMAIL_ADDRESS": ["emailAddrs"], "STREET_ADDRESS": ["resAddrs"], "ZIP_CODE": ["zipCds"],
    "HEALTH_PLAN_ID": ["mbrIds"], "ACCOUNT_NUMBER": ["acctNbrs"], "LICENSE_NUMBER": ["dlNos"],
    "DEVICE_ID": ["imeiNos", "macAddrs"], "VEHICLE_ID": ["vinNos"], "IP_ADDRESS": ["clientIps"],
    "URL": ["profileLinks"], "SECRET": ["apiTokens"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["dtOfBirth", "dob_dt", "nomme_d_o_paziente", "geburtsdåtum", "data_di_nasimentu", "med_rec_nbr",
                 "socSecNum", "dlNo", "imeiNo", "vinNo", "clientIp", "emailAddr1", "svc_pwd", "Person.SSN",
                 "Identification.Demographics.Birthdate", "sfa:TIN_US", "OFX.ACCTID"]
HN_CODE_ENUMS = [
    ("ICD-10-CM external causes", ["W01.XXXA", "V43.52XA", "X58.XXXA", "Y92.009"]),
    ("LOINC vital signs", ["8867-4", "8480-6", "8462-4", "29463-7"]),
    ("RxNorm ingredients", ["161", "1191", "6809", "29046"]),
    ("HL7 v2 table 0001 administrative sex", ["F", "M", "O", "U", "A", "N"]),
    ("CPT evaluation codes", ["99213", "99214", "99203", "99283"]),
    ("NUCC provider taxonomy", ["207Q00000X", "208D00000X", "363L00000X"]),
    ("ISO 4217 currencies", ["SEK", "UAH", "ILS", "EUR", "CVE"]),
    ("ISO 3166-1 alpha-2 countries", ["SE", "UA", "IL", "DE", "IT", "CV"]),
    ("BCP 47 language tags", ["sv-SE", "uk-UA", "he-IL", "nap", "bar", "kea"]),
    ("IANA time zones", ["Europe/Stockholm", "Europe/Kyiv", "Asia/Jerusalem", "Atlantic/Cape_Verde"]),
    ("Webex meeting types", ["meetingSeries", "scheduledMeeting", "meeting"]),
    ("Onfido report names", ["document", "facial_similarity_photo", "watchlist_standard", "proof_of_address"]),
    ("FATCA account holder types", ["FATCA101", "FATCA102", "FATCA103", "FATCA104"]),
    ("USPS state abbreviations", ["WA", "IL", "WI", "MN", "MD", "VA"]),
]
HN_PLACEHOLDERS = ["jane.roe@example.org", "attendee@meetings.test", "(206) 555-0134", "+1 312-555-0188",
                   "+44 113 496 0271", "203.0.113.54", "198.51.100.9", "2001:db8:beef::42", "000-00-0000",
                   "XXX-XX-XXXX", "<ONFIDO_API_TOKEN>", "sk_test_REPLACE_ME", "E00000000",
                   "https://example.org/portal/patient/{patientId}", "00-00-00-00-00-00", "4111 1111 1111 1111"]
HN_FORMAT_REGEXES = [r"^\d{3}[- ]?\d{2}[- ]?\d{4}$", r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$", r"^E\d{8}$",
                     r"^[A-Z]\d{3}-\d{4}-\d{4}$", r"^([0-9A-F]{2}-){5}[0-9A-F]{2}$",
                     r"^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$", r"^\(\+\d{1,3}\) [\d ]{6,14}$",
                     r"^[A-Z]{2}\d{5}[A-Z]$", r"^W\d{9}$", r"^\d{2}\.\d{2}\.\d{4}$", r"^\S+@\S+\.\S+$",
                     r"^sk_(live|test)_[A-Za-z0-9]{24,}$", r"^WDL[A-Z0-9]{9}$"]
HN_NAME_WORDS = ["Tesla", "Porsche", "Subaru", "Mazda", "Kia", "Skye", "Aurora", "Summer", "Autumn", "Rio",
                 "Florence", "Georgia", "Chelsea", "Brooklyn"]
HN_VERSION_DATES = ["API version 2021-07-16", "Deprecated since 2024-01-31.", "Available from 2023-09-12",
                    "2020-12", "Spec revision 2025-05-04", "Release 2022-03-15", "Sunset 2026-06-30",
                    "Effective 2018-10-01"]
HN_CATEGORY_TEXT = [
    "Applicant's date of birth, as on the identity document (YYYY-MM-DD).",
    "Registrant's phone number in E.164 format.",
    "Driving licence number as printed on the card.",
    "Data 'e nascita d''o paziente (AAAA-MM-JJ).",
    "Nummero 'e telefono d''o contatto.",
    "Geburtsdåtum vom Patientn im Format TT.MM.JJJJ.",
    "Kontonumma im IBAN-Format.",
    "Data di nasimentu di paxenti (AAAA-MM-DD).",
    "Email di kontaktu.",
    "Person.Birth.BirthDate, format CCYY-MM-DD.",
    "sfa:TIN of the account holder (US TIN).",
    "<ACCTID> is the account number at the financial institution.",
]
HN_TOOL_NAMES = ["verify_applicant_dob", "validate_iban_checksum", "lookup_registrant_by_email",
                 "mask_ssn_input", "geolocate_client_ip"]
HN_FILE_WORDS = ["applicant-dob-check", "iban-checksum", "registrant-email-index", "ssn-redaction"]
