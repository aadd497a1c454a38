"""Cues, the hand-written name table, neutral keys and hard-negative pools for the twentyseventh set.

Cue languages: English, Esperanto (eo; also in the ASCII x-system for identifiers, e.g. `naskigxdato`), Tok Pisin
(tpi), Occitan (oc), Yiddish (yi, Hebrew script) and Papiamento (pap).  Data-dictionary spellings: NEMSIS v3 element
ids (`ePatient.17`), PCORnet CDM table.column names (`DEMOGRAPHIC.BIRTH_DATE`, `PRIVATE_DEMOGRAPHIC.PRIMARY_PHONE`,
`LDS_ADDRESS_HISTORY.ADDRESS_ZIP5`), vCard 4.0 properties (RFC 6350: `BDAY:`, `TEL;TYPE=cell:`, `vcard.ADR`),
GEDCOM 5.5.1 tag paths (`INDI.BIRT.DATE`, `INDI.SSN`, `INDI.RESI.PHON`) and IHE XDS metadata
(`sourcePatientId`, `sourcePatientInfo` `PID-7|` fields).
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); the romanised given / family are used in ASCII identifiers.
HAND_NAMES = [
    ("Sagun", "Murmu", "ᱥᱟᱜᱩᱱ ᱢᱩᱨᱢᱩ", "Santali (Ol Chiki script)"),
    ("Bair", "Tsydenov", "Баир Цыденов", "Buryat (Cyrillic)"),
    ("Sanal", "Badmaev", "Санал Бадмаев", "Kalmyk (Cyrillic)"),
    ("Ayas", "Mongush", "Аяс Монгуш", "Tuvan (Cyrillic)"),
    ("Astamur", "Arshba", "Астамур Аршба", "Abkhaz (Cyrillic)"),
    ("Taoaba", "Kaiea", None, "I-Kiribati"),
    ("Misaki", "Higa", "比嘉 美咲", "Okinawan (kanji, family name first)"),
    ("Elmaz", "Seitablayeva", None, "Crimean Tatar"),
    ("Dimitri", "Karaseni", None, "Gagauz"),
    ("Gulnara", "Qurbanbaeva", None, "Karakalpak"),
    ("Nashipae", "Sankale", None, "Maasai"),
    ("Panay", "Kacaw", None, "Amis (Pangcah)"),
    ("Shandiin", "Begay", None, "Navajo (Diné)"),
    ("Shmuel", "Rozenblit", "שמואל ראָזענבליט", "Ashkenazi, Yiddish spelling (Hebrew script)"),
    ("Kaupa", "Yandapu", None, "Enga (Papua New Guinea)"),
    ("Tamsin", "Penhaligon", None, "Cornish"),
    ("Amelha", "Delpuèch", None, "Occitan"),
    ("Ghjuvanni", "Santucci", None, "Corsican"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["legacyRef", "runNote", "carryField", "fieldQ2", "mirrorValue", "importTag", "scratch", "colZ",
                "auxText", "prevValue", "slotC", "syncedFrom", "bucketLabel", "pinValue", "memoLine", "stashRef",
                "spareField", "tagB"]
NEUTRAL_SENTENCES = ["Copied from run {n}: {v}.", "Left over from the {n} import: {v}", "Mirrors {v}.", "{v}",
                     "Seen in shard {n}: {v}", "Value as received: {v}"]
NEUTRAL_XKEYS = ["x-carried", "x-imported-value", "x-prev", "x-mirror", "x-run-note"]
NEUTRAL_TOOL_VERBS = ["sync", "replay", "load", "push", "mirror", "drain"]
NEUTRAL_DESCR = "Accepts one {thing} object."

# ------------------------------------------------------------------ cues per category
# key: property keys that name the category; text: phrases that precede the value in the same string; frag: ASCII
# identifier fragments for keys, tool names and file names (text_cue identifiers).
CUES = {
    "PERSON": {
        "key": ["patientDisplayName", "pacienta_nomo", "nem_bilong_sikman", "nomDelPacient", "פּאַציענט_נאָמען",
                "nomberDiPashent", "ePatient.02_lastName", "PRIVATE_DEMOGRAPHIC.PAT_LASTNAME", "vcard.FN",
                "INDI.NAME", "sourcePatientInfo.PID-5"],
        "text": ["Patient:", "Nomo de la paciento:", "Nem bilong sikman:", "Nom del pacient:", "נאָמען:",
                 "Nòmber di pashènt:", "ePatient.02/03:", "FN:", "1 NAME", "PID-5|"],
        "frag": ["patient", "pacienta", "sikman", "pacient", "epatient02", "fn", "indi_name", "pashent"],
    },
    "DATE_OF_BIRTH": {
        "key": ["birthDate", "naskigxdato", "de_bilong_bon", "dataDeNaissenca", "געבורטסטאָג", "fechaDiNasementu",
                "ePatient.17", "DEMOGRAPHIC.BIRTH_DATE", "vcard.BDAY", "INDI.BIRT.DATE", "sourcePatientInfo.PID-7"],
        "text": ["Date of birth:", "Naskiĝdato:", "De bilong bon:", "Data de naissença:", "געבוירן:",
                 "Fecha di nasementu:", "ePatient.17 =", "BDAY:", "2 DATE", "PID-7|", "born"],
        "frag": ["dob", "naskigxdato", "bon", "naissenca", "epatient17", "bday", "birt_date", "pid7"],
    },
    "MRN": {
        "key": ["medicalRecordNumber", "malsanulaDosiero", "namba_bilong_sik_buk", "numeroDeDorsier",
                "מעדיצינישע_רעקאָרד", "numberDiDossier", "XDS.sourcePatientId", "chartNo"],
        "text": ["MRN", "Dosiero n-ro:", "Namba bilong sik buk:", "Numèro de dorsièr:", "רעקאָרד נומער:",
                 "Number di dossier:", "sourcePatientId:", "PID-3|"],
        "frag": ["mrn", "dosiero", "sikbuk", "dorsier", "pid3", "chart"],
    },
    "US_SSN": {
        "key": ["socialSecurityNumber", "usona_socia_sekureco", "sosel_sekuriti_namba", "numeroSeguretatSociala",
                "ePatient.12", "INDI.SSN", "ssnValue", "sourcePatientInfo.PID-19"],
        "text": ["SSN", "Usona SSN:", "Sosel sekuriti namba:", "Numèro de seguretat sociala (EUA):",
                 "סאָציאַל־זיכערהייט נומער:", "Number di seguridat sosial (SSN):", "ePatient.12 =", "1 SSN",
                 "PID-19|"],
        "frag": ["ssn", "epatient12", "indi_ssn", "socsekur"],
    },
    "PHONE_NUMBER": {
        "key": ["phoneNumber", "telefonnumero", "namba_bilong_fon", "numeroDeTelefon", "טעלעפֿאָן", "numberDiTelefon",
                "ePatient.18", "PRIVATE_DEMOGRAPHIC.PRIMARY_PHONE", "vcard.TEL", "INDI.RESI.PHON"],
        "text": ["Phone:", "Telefono:", "Fon:", "Telefòn:", "טעלעפֿאָן:", "Number di telefòn:", "TEL;TYPE=cell:",
                 "2 PHON", "ePatient.18 ="],
        "frag": ["tel", "fon", "phon", "epatient18", "telefon"],
    },
    "EMAIL_ADDRESS": {
        "key": ["emailAddress", "retposxtadreso", "imel_adres", "corrielDelPacient", "בליצפּאָסט", "korreoElektroniko",
                "ePatient.19", "PRIVATE_DEMOGRAPHIC.PRIMARY_EMAIL", "vcard.EMAIL"],
        "text": ["E-mail:", "Retpoŝto:", "Imel:", "Corrièl:", "בליצפּאָסט:", "Korreo:", "EMAIL;TYPE=home:",
                 "2 EMAIL", "ePatient.19 ="],
        "frag": ["email", "retposxto", "imel", "corriel"],
    },
    "STREET_ADDRESS": {
        "key": ["homeAddress", "hejmadreso", "adres_bilong_haus", "adrecaDelPacient", "אַדרעס", "adresDiKas",
                "ePatient.05", "PRIVATE_ADDRESS_HISTORY.ADDRESS_STREET", "vcard.ADR", "INDI.RESI.ADDR"],
        "text": ["Home address:", "Hejmadreso:", "Adres bilong haus:", "Adreça:", "אַדרעס:", "Adrès:",
                 "ADR;TYPE=home:", "2 ADDR", "ePatient.05 =", "PID-11|"],
        "frag": ["addr", "adreso", "adres", "adreca"],
    },
    "ZIP_CODE": {
        "key": ["zipCode", "posxtkodo", "zip_kod", "codiPostal", "פּאָסט_קאָד", "kodigoPostal", "ePatient.09",
                "LDS_ADDRESS_HISTORY.ADDRESS_ZIP5", "LDS_ADDRESS_HISTORY.ADDRESS_ZIP9", "INDI.RESI.ADDR.POST"],
        "text": ["ZIP", "Poŝtkodo:", "Zip kod:", "Còdi postal:", "פּאָסט־קאָד:", "Kódigo postal:", "ePatient.09 =",
                 "3 POST", "ADDRESS_ZIP5 ="],
        "frag": ["zip", "posxtkodo", "zip5", "epatient09", "codi_postal"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["subscriberMemberId", "sanasekura_numero", "namba_bilong_insurens", "numeroAssegurancaMalautia",
                "פֿאַרזיכערונג_נומער", "numberDiSeguroDiSalu", "medicareMBI", "medicaidCIN"],
        "text": ["Medicare MBI:", "Sanasekura numero:", "Namba bilong insurens:", "Numèro d'assegurança malautiá:",
                 "פֿאַרזיכערונג נומער:", "Number di seguro di salú:", "Member ID:", "Medi-Cal CIN:"],
        "frag": ["mbi", "member", "insurens", "medicaid", "cin"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["bankAccountNumber", "kontnumero", "namba_bilong_benk_akaun", "numeroDeCompte", "באַנק_קאָנטע",
                "numberDiKuenta", "guarantorAccount", "cardNumber"],
        "text": ["Account:", "Kontnumero:", "Benk akaun:", "Compte:", "באַנק־קאָנטע:", "Kuenta:", "IBAN", "Card no.",
                 "Guarantor acct:"],
        "frag": ["acct", "konto", "akaun", "compte", "kuenta", "gar"],
    },
    "LICENSE_NUMBER": {
        "key": ["driverLicenseNumber", "stirpermesilo", "draiva_laisens", "permisDeConduire", "שאָפֿער_לייסענס",
                "reibeweis", "ePatient.21", "dlNumber"],
        "text": ["Driver's licence:", "Stirpermesilo:", "Draiva laisens:", "Permís de conduire:",
                 "דרייווער לייסענס:", "Reibeweis:", "ePatient.21 =", "DL#"],
        "frag": ["dl", "stirpermesilo", "laisens", "permis", "epatient21", "reibeweis"],
    },
    "DEVICE_ID": {
        "key": ["implantSerialNumber", "aparata_serinumero", "siriel_namba", "numeroDeSeriaAparelh", "סעריע_נומער",
                "numberDiSerie", "imei", "macAddress", "udi"],
        "text": ["Device serial:", "Serinumero:", "Siriel namba:", "Numèro de seria:", "סעריע־נומער:",
                 "Number di serie:", "IMEI", "MAC", "UDI", "HIBC"],
        "frag": ["serial", "imei", "mac", "udi", "seri"],
    },
    "VEHICLE_ID": {
        "key": ["vehicleVin", "veturila_numero", "namba_plet", "immatriculacion", "אויטאָ_נומער", "plachiDiOuto",
                "vin", "licensePlate"],
        "text": ["VIN", "Numerplato:", "Namba plet:", "Immatriculacion:", "אויטאָ נומער:", "Plachi:", "Chassis no.:"],
        "frag": ["vin", "plate", "plet", "plachi"],
    },
    "IP_ADDRESS": {
        "key": ["clientIp", "ip_adreso", "ip_adres", "adrecaIP", "IP_אַדרעס", "adresIP", "sourceIp"],
        "text": ["IP:", "IP-adreso:", "IP adres:", "Adreça IP:", "IP־אַדרעס:", "Adrès IP:", "connected from"],
        "frag": ["ip", "src_ip", "ipadreso"],
    },
    "URL": {
        "key": ["profileUrl", "profilligilo", "link_bilong_profail", "ligamDePerfil", "פּראָפֿיל_לינק", "linkDiProfil",
                "vcard.URL", "fundraiserUrl"],
        "text": ["Profile:", "Profilo:", "Profail:", "Perfil:", "פּראָפֿיל:", "Profil:", "URL:", "Fundraiser:"],
        "frag": ["profile", "url", "profail"],
    },
    "SECRET": {
        "key": ["apiKey", "pasvorto", "paswot", "senhal", "פּאַראָל", "kontrasena", "connectionString", "bearerToken"],
        "text": ["token:", "Pasvorto:", "Paswot:", "Senhal:", "פּאַראָל:", "Kontraseña:", "Authorization: Bearer",
                 "DSN:"],
        "frag": ["token", "pwd", "secret", "paswot"],
    },
}

# A key_cue property_name / pattern_property label sits below an object whose key names the category.
GROUP_KEYS = {
    "PERSON": ["householdMembers", "pacientoj", "nextOfKin"], "DATE_OF_BIRTH": ["birthDates", "naskigxdatoj"],
    "MRN": ["chartIndex", "dosieroj"], "US_SSN": ["ssnIndex"], "PHONE_NUMBER": ["phoneList", "telefonoj"],
    "EMAIL_ADDRESS": ["emailList"], "STREET_ADDRESS": ["homeAddresses"], "ZIP_CODE": ["zipCodes"],
    "HEALTH_PLAN_ID": ["planMembers"], "ACCOUNT_NUMBER": ["bankAccounts"], "LICENSE_NUMBER": ["driverLicenses"],
    "DEVICE_ID": ["implantSerials", "deviceMacs"], "VEHICLE_ID": ["vehicleVins"], "IP_ADDRESS": ["clientIps"],
    "URL": ["profileLinks"], "SECRET": ["apiKeys"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["birthDate", "naskigxdato", "de_bilong_bon", "dataDeNaissenca", "fechaDiNasementu", "patientName",
                 "ePatient.17", "DEMOGRAPHIC.BIRTH_DATE", "vcard.TEL", "INDI.SSN", "medicalRecordNumber",
                 "driverLicenseNumber", "macAddress", "vin", "password", "emailAddress",
                 "PRIVATE_DEMOGRAPHIC.PRIMARY_EMAIL", "sourcePatientId"]
HN_CODE_ENUMS = [
    ("HL7 v2 table 0203 identifier type", ["MR", "SS", "DL", "MB", "MC", "PI", "AN"]),
    ("ATC anatomical main groups", ["A", "B", "C", "D", "G", "H", "J", "L", "M", "N"]),
    ("ICD-10-CM diagnosis codes", ["E11.9", "I10", "J45.909", "M54.50", "F41.1"]),
    ("NUBC patient discharge status", ["01", "02", "03", "06", "07", "20", "30"]),
    ("CDC race and ethnicity code set", ["1002-5", "2028-9", "2054-5", "2076-8", "2106-3"]),
    ("GEDCOM 5.5.1 SEX values", ["M", "F", "U"]),
    ("vCard 4.0 TEL TYPE values", ["text", "voice", "fax", "cell", "video", "pager", "textphone"]),
    ("ISO 639-1 language codes", ["eo", "oc", "yi", "en", "de", "nl", "es"]),
    ("ISO 3166-2:AT states", ["AT-1", "AT-2", "AT-3", "AT-4", "AT-5", "AT-6", "AT-7", "AT-8", "AT-9"]),
    ("SNOMED CT clinical findings", ["38341003", "44054006", "195967001"]),
    ("RxNorm ingredient RxCUIs", ["161", "1191", "29046", "6809"]),
    ("PCORnet ENC_TYPE", ["AV", "ED", "EI", "IP", "IS", "OS", "OA", "TH", "NI", "UN", "OT"]),
    ("HL7 v2 table 0063 relationship", ["SEL", "SPO", "CHD", "PAR", "SIB", "GRD"]),
    ("ISO/IEC 5218 sex codes", ["0", "1", "2", "9"]),
]
HN_PLACEHOLDERS = ["nobody@example.net", "tel:+1-212-555-0199", "(808) 555-0110", "192.0.2.200", "198.51.100.77",
                   "2001:db8:85a3::8a2e:370:7334", "000 00 0000", "xxx-xx-xxxx", "<API_KEY>", "CHANGE_ME",
                   "MRN-#######", "https://example.org/portal/{patientId}", "00-00-00-00-00-00", "<DOB>",
                   "someone@mail.invalid", "203.0.113.254"]
HN_FORMAT_REGEXES = [r"^\d{3}\.\d{2}\.\d{4}$", r"^[A-Z]\d{7}$", r"^AT\d{18}$", r"^(\d{4}[ -]?){3}\d{4}$",
                     r"^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$", r"^\+43\d{4,13}$", r"^\d{8}$", r"^[A-Z]{3}\d{9}$",
                     r"^PT\d{9}$", r"^\d{1,2} [A-Z]{3} \d{4}$", r"^[A-Z]{4}-\d{2}$", r"^\d-[A-Z]{3}-\d{3}$"]
HN_NAME_WORDS = ["Ruby", "Julia", "Ada", "Iris", "Jenkins", "Sierra", "Ventura", "Rocky", "Hudson", "Pascal",
                 "Harmony", "Alexa"]
HN_VERSION_DATES = ["API version 2023-10-01", "Deprecated since 2024-09-17.", "Added in v1.26.0 (2024-11-05).",
                    "Schema snapshot 2025-06-30", "Retention policy effective 2022-01-01", "Sunset: 2027-03-31",
                    "2019-09", "Frozen at release 2021-04-12"]
HN_CATEGORY_TEXT = [
    "Patient's date of birth, ISO 8601.",
    "Naskiĝdato de la paciento, en la formo JJJJ-MM-TT.",
    "Namba bilong fon bilong sikman, long E.164.",
    "Numèro de seguretat sociala del pacient (9 chifras).",
    "דער פּאַציענטס אַדרעס, אָן פּאָסט־קאָד.",
    "Number di seguro di salú di e pashènt.",
    "Driver's licence number as printed by the issuing state.",
    "Retpoŝtadreso de la kontaktpersono.",
    "Numèro de seria de l'implant coma es imprimit sus l'etiqueta.",
    "VIN bilong ka, 17 pela leta na namba.",
    "NEMSIS ePatient.17: the patient's date of birth.",
    "Fecha di nasementu di e pashènt (AAAA-MM-DD).",
]
HN_TOOL_NAMES = ["find_patient_by_birth_date", "lookup_member_mbi", "sercxi_pacienton_laux_naskigxdato",
                 "painim_sikman_namba", "validate_vin_checksum"]
HN_FILE_WORDS = ["patient-birthdate-lookup", "naskigxdato-kontrolo", "sikman-fon-namba", "member-mbi-index"]
