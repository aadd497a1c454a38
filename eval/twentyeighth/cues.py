"""Cues, name tables, neutral keys and hard-negative pools for the twentyeighth set.

Cue languages: English, Latvian (lv), Slovenian (sl), Norwegian Bokmål (nb), Azerbaijani (az, Latin), Telugu (te,
Telugu script) and Haitian Creole (ht).  Data-dictionary spellings: OpenID Connect Core 1.0 standard claims
(birthdate, phone_number, address.postal_code), SCIM 2.0 core / enterprise User attribute paths (RFC 7643),
LDAP inetOrgPerson / RFC 4519 attribute names (sn, telephoneNumber, homePostalAddress), ISO/IEC 18013-5 mDL data
elements (org.iso.18013.5.1.birth_date), i2b2 CRC table.column names (patient_dimension.birth_date), NCPDP SCRIPT
XML element paths (Patient/HumanPatient/DateOfBirth/Date) and EU Digital COVID Certificate JSON fields (nam.fn, dob).
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); romanised forms for non-Latin scripts.
HAND_NAMES = [
    ("Ayasta", "Sixkiller", "ᎠᏯᏍᏓ ᏑᏓᎵᎦᏘᎦ", "Cherokee (Cherokee syllabary)"),
    ("Shamiram", "Odishoo", "ܫܡܝܪܡ ܥܘܕܝܫܘ", "Assyrian (Syriac script)"),
    ("Thoibi", "Ningombam", "ꯊꯣꯏꯕꯤ ꯅꯤꯡꯣꯝꯕꯝ", "Meitei (Meitei Mayek)"),
    ("Ilemesh", "Pavlova", "Илемеш Павлова", "Chuvash (Cyrillic)"),
    ("Aigiz", "Yulmukhametov", "Айгиз Юлмөхәмәтов", "Bashkir (Cyrillic)"),
    ("Malika", "Yevloyeva", None, "Ingush"),
    ("Ixchel", "Tzoc", None, "K'iche' Maya"),
    ("Xhunca", "Matus", None, "Isthmus Zapotec"),
    ("Wanbli", "Two Bulls", None, "Lakota"),
    ("Marisol", "Agbayani", None, "Ilocano"),
    ("Rangkayo", "Datuak", None, "Minangkabau"),
    ("Ni Luh", "Sukerti", None, "Balinese"),
    ("Olinda", "Ximenes", None, "Tetum"),
    ("Ndayishimiye", "Irakoze", None, "Kirundi"),
    ("Mpho", "Ramabulana", None, "Venda"),
    ("Orry", "Quayle", None, "Manx"),
    ("Hańža", "Šołćina", None, "Upper Sorbian"),
    ("Fiorella", "Pittana", None, "Friulian"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["carrier_ref", "stubLabel", "relayTag", "colJ9", "batchNote", "priorValue", "srcFieldB", "merged_from",
                "auxText", "lane3", "bucketKey", "holdover", "spareRef", "tailNote", "copiedValue", "mapKeyZ"]
NEUTRAL_SENTENCES = ["Copied across from run {n}: {v}.", "Left as imported: {v}", "Held over from the {n} export: {v}",
                     "{v}", "Cf. {v}.", "Previous sync wrote {v}."]
NEUTRAL_XKEYS = ["x-relay", "x-holdover", "x-copied", "x-src-value", "x-batch-note"]
NEUTRAL_TOOL_VERBS = ["queue", "settle", "pull", "route", "stage", "mirror"]
NEUTRAL_DESCR = "Creates or updates one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["pacientaVardsUzvards", "imeInPriimekPacienta", "pasientensNavn", "xesteninAdSoyadi", "రోగి_పేరు",
                "nonPasyan", "org.iso.18013.5.1.family_name", "urn:ietf:params:scim:schemas:core:2.0:User:displayName",
                "nam.fnt", "Patient/HumanPatient/Name/LastName", "inetOrgPerson.cn"],
        "text": ["Patient:", "Pacients:", "Pacient:", "Pasient:", "Xəstə:", "రోగి:", "Pasyan:", "cn:",
                 "nam.fn/nam.gn =", "displayName ="],
        "frag": ["patient", "pacients", "pasient", "xeste", "pasyan", "cn", "family_name"],
    },
    "DATE_OF_BIRTH": {
        "key": ["dzimsanasDatums", "datumRojstva", "fodselsdato", "dogumTarixi", "పుట్టిన_తేదీ", "datNesans",
                "birthdate", "org.iso.18013.5.1.birth_date", "patient_dimension.birth_date",
                "Patient/HumanPatient/DateOfBirth/Date", "dob"],
        "text": ["Date of birth:", "Dzimšanas datums:", "Datum rojstva:", "Fødselsdato:", "Doğum tarixi:",
                 "పుట్టిన తేదీ:", "Dat nesans:", "birthdate =", "birth_date:", "born"],
        "frag": ["dob", "dzimis", "rojen", "fodt", "dogum", "birthdate", "birth_date"],
    },
    "MRN": {
        "key": ["medicinasKartesNr", "stevilkaKartoteke", "journalnummer_pasient", "tibbiKartNomresi",
                "వైద్య_రికార్డు_సంఖ్య", "nimewoDosye", "patient_mapping.patient_ide", "Patient/HumanPatient/Identification/MedicalRecordIdentificationNumberEHR",
                "medicalRecordNumber"],
        "text": ["MRN", "Medicīniskās kartes nr.:", "Številka kartoteke:", "Journalnr.:", "Tibbi kart №",
                 "వైద్య రికార్డు సంఖ్య:", "Nimewo dosye:", "patient_ide =", "Chart #"],
        "frag": ["mrn", "kartes_nr", "kartoteka", "journalnr", "dosye", "patient_ide"],
    },
    "US_SSN": {
        "key": ["socialSecurityNumber", "asvSocialasNr", "ameriskSSN", "sosialSigortaNomresi",
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:ssn",
                "Patient/HumanPatient/Identification/SocialSecurity", "ssnValue"],
        "text": ["SSN", "ASV sociālās apdrošināšanas nr. (SSN):", "Ameriška številka socialnega zavarovanja:",
                 "Amerikansk trygdenummer (SSN):", "ABŞ sosial sığorta nömrəsi:", "సామాజిక భద్రతా సంఖ్య:",
                 "Nimewo sekirite sosyal:", "SocialSecurity ="],
        "frag": ["ssn", "socsec", "social_security"],
    },
    "PHONE_NUMBER": {
        "key": ["talrunis", "telefonskaStevilka", "telefonnummer", "telefonNomresi", "ఫోన్_నంబర్", "nimewoTelefon",
                "phone_number", "telephoneNumber", "phoneNumbers[type eq \"mobile\"].value",
                "Patient/HumanPatient/CommunicationNumbers/PrimaryTelephone/Number"],
        "text": ["Phone:", "Tālrunis:", "Tel. št.:", "Telefon:", "Telefon nömrəsi:", "ఫోన్:", "Telefòn:",
                 "phone_number =", "telephoneNumber:"],
        "frag": ["tel", "phone", "talrunis", "telefon", "mobil"],
    },
    "EMAIL_ADDRESS": {
        "key": ["epastaAdrese", "ePosta", "epostadresse", "elektronPoct", "ఇమెయిల్", "adresImel", "email",
                "mail", "emails[primary eq true].value"],
        "text": ["E-mail:", "E-pasts:", "E-pošta:", "E-post:", "E-poçt:", "ఇమెయిల్:", "Imèl:", "mail:"],
        "frag": ["email", "epasts", "epost", "mail"],
    },
    "STREET_ADDRESS": {
        "key": ["dzivesvietasAdrese", "naslovBivalisca", "bostedsadresse", "yasayisUnvani", "ఇంటి_చిరునామా",
                "adresLakay", "address.street_address", "homePostalAddress", "org.iso.18013.5.1.resident_address",
                "addresses[type eq \"home\"].streetAddress"],
        "text": ["Home address:", "Dzīvesvietas adrese:", "Naslov:", "Bostedsadresse:", "Ünvan:", "చిరునామా:",
                 "Adrès:", "street_address ="],
        "frag": ["addr", "adrese", "naslov", "adresse", "unvan"],
    },
    "ZIP_CODE": {
        "key": ["pastaIndekss_us", "postnaStevilka", "postnummer_usa", "poctIndeksi", "పిన్_కోడ్", "kodPostal",
                "address.postal_code", "postalCode", "patient_dimension.zip_cd", "org.iso.18013.5.1.resident_postal_code"],
        "text": ["ZIP", "Pasta indekss (ASV):", "Poštna številka (ZDA):", "Postnummer (USA):", "Poçt indeksi:",
                 "పిన్ కోడ్:", "Kòd postal:", "zip_cd ="],
        "frag": ["zip", "postnr", "indekss", "zip_cd"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["apdrosinasanasPolisesNr", "stevilkaZavarovanca", "medlemsnummer_forsikring", "sigortaPolisiNomresi",
                "బీమా_సభ్య_సంఖ్య", "nimewoManmAsirans", "Patient/HumanPatient/Identification/MedicareNumber",
                "BenefitsCoordination/CardholderID", "nhsNumber", "medicaidCin"],
        "text": ["Member ID:", "Polises nr.:", "Številka zavarovanca:", "Medlemsnummer:", "Sığorta polisi №",
                 "బీమా సభ్య సంఖ్య:", "Nimewo manm asirans:", "CardholderID =", "NHS No.", "Medi-Cal CIN:"],
        "frag": ["member_id", "polise", "zavarovanec", "medlemsnr", "cardholder", "nhs_no", "cin"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["kontaNumurs", "stevilkaRacuna", "kontonummer", "hesabNomresi", "ఖాతా_సంఖ్య", "nimewoKont",
                "encounter_mapping.encounter_ide", "guarantorAccount", "cardNumber"],
        "text": ["Account:", "Konta nr.:", "Številka računa:", "Kontonr.:", "Hesab №", "ఖాతా సంఖ్య:", "Nimewo kont:",
                 "IBAN", "Card no."],
        "frag": ["acct", "konts", "racun", "konto", "hesab"],
    },
    "LICENSE_NUMBER": {
        "key": ["vaditajaApliecibasNr", "stevilkaVozniskegaDovoljenja", "forerkortnummer", "surucuVesiqesiNomresi",
                "డ్రైవింగ్_లైసెన్స్", "nimewoLisans", "org.iso.18013.5.1.document_number",
                "Patient/HumanPatient/Identification/DriversLicenseNumber"],
        "text": ["Driver's licence:", "Vadītāja apliecība nr.", "Vozniško dovoljenje št.", "Førerkort nr.",
                 "Sürücülük vəsiqəsi №", "డ్రైవింగ్ లైసెన్స్:", "Lisans chofè:", "document_number ="],
        "frag": ["dl", "forerkort", "vadapl", "document_number"],
    },
    "DEVICE_ID": {
        "key": ["iericesSerijasNr", "serijskaStevilkaNaprave", "serienummer_enhet", "cihazSeriyaNomresi",
                "పరికర_సీరియల్", "nimewoSeriAparey", "imeisv", "meid", "macAddress", "hibcUdi"],
        "text": ["Device serial:", "Ierīces sērijas nr.:", "Serijska št.:", "Serienr.:", "Seriya №",
                 "పరికరం సీరియల్:", "Nimewo seri:", "IMEISV", "MEID", "MAC", "UDI (HIBC):"],
        "frag": ["serial", "imeisv", "meid", "mac", "udi", "serienr"],
    },
    "VEHICLE_ID": {
        "key": ["transportlidzeklaVIN", "registrskaTablica", "registreringsnummer", "dovletNomreNisani",
                "వాహన_సంఖ్య", "plakMachin", "vin", "numberPlate"],
        "text": ["VIN", "Valsts numurs:", "Registrska tablica:", "Kjennemerke:", "Dövlət nömrə nişanı:",
                 "వాహన సంఖ్య:", "Plak machin:", "Understellsnr.:"],
        "frag": ["vin", "regnr", "plate", "numurs", "plak"],
    },
    "IP_ADDRESS": {
        "key": ["ipAdrese", "ipNaslov", "ipAdresse", "ipUnvani", "ఐపి_చిరునామా", "adresIP", "clientIp",
                "lastSeenIp"],
        "text": ["IP:", "IP adrese:", "IP-naslov:", "IP-adresse:", "IP ünvanı:", "ఐపి చిరునామా:", "Adrès IP:",
                 "connected from"],
        "frag": ["ip", "client_ip", "ipadr"],
    },
    "URL": {
        "key": ["profilaSaite", "povezavaDoProfila", "profilside", "profilLinki", "ప్రొఫైల్_లింక్", "lyenPwofil",
                "profile", "website", "urn:ietf:params:scim:schemas:core:2.0:User:profileUrl", "labeledURI"],
        "text": ["Profile:", "Profils:", "Profil:", "Profilside:", "Profil linki:", "ప్రొఫైల్:", "Lyen pwofil:",
                 "Fundraiser:", "Portal:"],
        "frag": ["profile", "url", "fundraiser"],
    },
    "SECRET": {
        "key": ["apiToken", "parole", "geslo", "passord", "sifre", "పాస్‌వర్డ్", "modpas", "userPassword",
                "connectionString", "clientSecret"],
        "text": ["token:", "Parole:", "Geslo:", "Passord:", "Şifrə:", "పాస్‌వర్డ్:", "Modpas:", "Authorization: Bearer",
                 "DSN"],
        "frag": ["token", "pwd", "secret"],
    },
}

GROUP_KEYS = {
    "PERSON": ["guarantors", "pacienti", "pasienter"], "DATE_OF_BIRTH": ["birthdates", "dzimsanasDatumi"],
    "MRN": ["mrnIndex", "kartoteke"], "US_SSN": ["ssnRegistry"], "PHONE_NUMBER": ["phoneNumbers", "talruni"],
    "EMAIL_ADDRESS": ["emails"], "STREET_ADDRESS": ["homeAddresses"], "ZIP_CODE": ["zipCodes"],
    "HEALTH_PLAN_ID": ["insuredMembers"], "ACCOUNT_NUMBER": ["bankAccounts"], "LICENSE_NUMBER": ["driverLicences"],
    "DEVICE_ID": ["implantSerials", "deviceMacs"], "VEHICLE_ID": ["vehicleVins"], "IP_ADDRESS": ["clientIps"],
    "URL": ["profileLinks"], "SECRET": ["apiTokens"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["birthdate", "personasKods", "emso", "fodselsnummer", "ad_soyad", "పుట్టిన_తేదీ", "family_name",
                 "medicalRecordNumber", "driversLicenseNumber", "imeisv", "vinNumber", "lastSeenIp", "phone_number",
                 "userPassword", "org.iso.18013.5.1.birth_date", "patient_dimension.zip_cd", "nhsNumber"]
HN_CODE_ENUMS = [
    ("ICD-10-CM chapter codes", ["E11.9", "I10", "J45.909", "M54.5", "Z00.00"]),
    ("HL7 v2 table 0001 administrative sex", ["F", "M", "O", "U", "A", "N"]),
    ("SNOMED CT clinical findings", ["73211009", "38341003", "195967001", "44054006"]),
    ("RxNorm ingredient CUIs", ["1191", "6809", "29046", "83367"]),
    ("ISO 4217 currencies", ["EUR", "NOK", "AZN", "MXN", "KRW", "CHF"]),
    ("HL7 v2 table 0063 relationship", ["SEL", "SPO", "CHD", "PAR", "GRD", "EME"]),
    ("X12 entity identifier codes", ["IL", "QC", "85", "87", "PR", "DN"]),
    ("NUBC type of bill", ["0111", "0131", "0831", "0851"]),
    ("ISO 3166-1 alpha-2", ["LV", "SI", "NO", "AZ", "IN", "HT", "MX", "KR", "LI"]),
    ("OIDC gender claim values", ["female", "male"]),
    ("USPS state abbreviations", ["NM", "UT", "NV", "ID", "MT", "KY"]),
    ("CDISC SEX codelist C66731", ["F", "M", "U", "UNDIFFERENTIATED"]),
    ("LOINC laboratory codes", ["2345-7", "718-7", "4548-4", "2160-0"]),
    ("HCPCS level II", ["J1100", "E0114", "A0428", "G0008"]),
]
HN_PLACEHOLDERS = ["patient@example.com", "+1 (202) 555-0148", "555-0199", "192.0.2.77", "2001:db8:85a3::8a2e:370:7334",
                   "000-00-0000", "###-##-####", "YOUR_API_KEY", "<PATIENT_NAME>", "MRN-XXXXXXX",
                   "https://example.org/patients/{patientId}", "00:00:00:00:00:00", "REPLACE_WITH_TOKEN",
                   "John Doe", "198.51.100.201", "test.user@example.net"]
HN_FORMAT_REGEXES = [r"^\d{3}-\d{2}-\d{4}$", r"^[\w.+-]+@[\w-]+\.[\w.-]+$", r"^\d{6}-\d{5}$",
                     r"^LV\d{2}[A-Z]{4}[A-Z0-9]{13}$", r"^([0-9A-F]{2}:){5}[0-9A-F]{2}$", r"^[A-HJ-NPR-Z0-9]{17}$",
                     r"^\+?[1-9]\d{7,14}$", r"^\d{5}(?:[-\s]\d{4})?$", r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$",
                     r"^\d{3} \d{3} \d{4}$", r"^10\d{8}V\d{6}$", r"^[A-Z]\d{4} \d{5} \d{5}$"]
HN_NAME_WORDS = ["Mercedes", "Paris", "Dakota", "Ruby", "Jasmine", "Clementine", "Florida", "Holly", "Laurel",
                 "Sage", "Sierra", "Savannah"]
HN_VERSION_DATES = ["API version 2023-08-14", "Deprecated after the 2022-11-30 release.", "2020-12",
                    "Added in v3.2.0 (2024-02-19).", "2025-06-18", "Spec revision 2019-04-01",
                    "Release notes 2021-09-09", "Retired on 2026-03-31"]
HN_CATEGORY_TEXT = [
    "Patient's date of birth, ISO 8601 (YYYY-MM-DD).",
    "Pacienta personas kods formātā DDMMGG-NNNNN.",
    "Datum rojstva zavarovanca v obliki DD. MM. LLLL.",
    "Pasientens fødselsnummer, 11 siffer.",
    "Xəstənin telefon nömrəsi beynəlxalq formatda.",
    "రోగి చిరునామా, పిన్ కోడ్ లేకుండా.",
    "Nimewo dosye medikal pasyan an, jan li enprime.",
    "The subscriber's NHS number, 10 digits with a mod-11 check digit.",
    "VIN of the insured vehicle, 17 characters.",
    "Driver's licence number in the issuing state's format.",
    "Implant serial number as printed on the device label.",
    "E-pasta adrese saziņai ar pacientu.",
]
HN_TOOL_NAMES = ["find_patient_by_birthdate", "lookup_member_by_nhs_number", "get_guarantor_phone",
                 "validate_ssn_format", "decode_vin", "mekle_pacientu_pec_koda"]
HN_FILE_WORDS = ["patient-birthdate-index", "member-id-lookup", "pasient-telefon", "vin-decoder"]
