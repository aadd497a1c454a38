"""Cues, name tables, neutral material and hard-negative pools for the thirty-third set.

Cue languages: English, Komi (Komi-Zyrian, Cyrillic), Meadow Mari (Cyrillic), Ladino (Judaeo-Spanish, Aki Yerushalayim
Latin spelling) and Hiligaynon.  Data-dictionary spellings: ISO/IEC 18013-5 mobile driving licence data elements
(namespace org.iso.18013.5.1), OpenTelemetry semantic-convention attributes (user.*, client.*, host.*), OCSF (Open
Cybersecurity Schema Framework) attribute paths (actor.user.email_addr, device.imei, src_endpoint.ip) and ISO 8583
data elements (DE2, DE102, DE35).
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture)
HAND_NAMES = [
    ("Oksana", "Kaneva", "Оксана Канева", "Komi (Cyrillic)"),
    ("Ulyana", "Yambarsheva", "Ульяна Ямбаршева", "Meadow Mari (Cyrillic)"),
    ("Litova", "Uchaeva", "Литова Учаева", "Erzya (Cyrillic)"),
    ("Nadezhda", "Putugir", "Надежда Путугир", "Evenki (Cyrillic)"),
    ("Ilne", "Okotetto", "Ильне Окотэтто", "Nenets (Cyrillic)"),
    ("Ettyne", "Tynetegina", None, "Chukchi (romanised)"),
    ("Nupuri", "Kaizawa", None, "Ainu (romanised)"),
    ("Nang", "Hom Seng", None, "Shan (romanised)"),
    ("Dulce", "Magbanua", None, "Hiligaynon"),
    ("Ebil", "Ngirmang", None, "Palauan"),
    ("Tiniana", "Esechu", None, "Chuukese"),
    ("Eibewe", "Detenamo", None, "Nauruan"),
    ("Tepaeru", "Teariki", None, "Rarotongan (Cook Islands)"),
    ("Teiki", "Tehaamoana", None, "Marquesan"),
    ("Sarina", "Alkalay", None, "Sephardic (Ladino)"),
    ("Clarisse", "Zangaba", None, "Sango (Central African)"),
    ("Minnie", "Wapachee", None, "Cree (James Bay)"),
    ("Mari", "Stalte", None, "Livonian"),
    ("Nana", "Tsulaia", "ნანა წულაია", "Mingrelian (Georgian script)"),
    ("Aurelio", "Sumbiling", None, "Hiligaynon"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["ref_k2", "payloadTag", "slotValue", "colR", "legacyField7", "carryValue", "auxText", "mappedFrom",
                "srcVal", "bucketB", "extra_1", "keepAs", "remoteTag", "shadowValue", "fieldQ", "tmpCol", "origText",
                "laneC"]
NEUTRAL_SENTENCES = ["Copied from run {n}: {v}.", "Kept as received: {v}", "Migrated value ({n}): {v}", "{v}",
                     "Compare {v}.", "The {n} import left {v} here."]
NEUTRAL_XKEYS = ["x-carried", "x-src-value", "x-migrated", "x-kept", "x-import-note"]
NEUTRAL_TOOL_VERBS = ["pull", "push", "match", "merge", "load", "patch"]
NEUTRAL_DESCR = "Creates or reads one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["patientLegalName", "висьысьлӧн_ним", "черлын_лӱмжӧ", "nombreDelHazino", "ngalanSangPasyente",
                "org.iso.18013.5.1.family_name", "user.full_name", "actor.user.full_name", "insuredFullName"],
        "text": ["Patient:", "Висьысьлӧн ним:", "Черлын лӱмжӧ:", "Nombre del hazino:", "Ngalan sang pasyente:",
                 "family_name (18013-5):", "user.full_name =", "actor.user.full_name:", "Guarantor:"],
        "frag": ["patient", "pasyente", "hazino", "full_name", "familyname"],
    },
    "DATE_OF_BIRTH": {
        "key": ["dateOfBirthPatient", "чужан_лун", "шочмо_кече", "dataDeNasimiento", "petsaSangPagkatawo",
                "org.iso.18013.5.1.birth_date", "birth_date_mdl", "patient.birthdate"],
        "text": ["DOB:", "Чужан лун:", "Шочмо кече:", "Data de nasimiento:", "Petsa sang pagkatawo:",
                 "birth_date (18013-5):", "Born", "Date of birth:"],
        "frag": ["dob", "birth_date", "nasimiento", "pagkatawo", "born"],
    },
    "MRN": {
        "key": ["medicalRecordNumber", "висьӧм_историялӧн_номер", "чер_историйын_номерже", "numeroDeIstoriaMedikala",
                "numeroSangRekordMedikal", "chartId", "mrnValue"],
        "text": ["MRN", "Висьӧм историялӧн номер:", "Чер историйын номерже:", "Numero de istoria medikala:",
                 "Numero sang rekord medikal:", "Chart #", "Medical record no."],
        "frag": ["mrn", "chart", "rekord", "istoria", "medrec"],
    },
    "US_SSN": {
        "key": ["socialSecurityNumber", "ssn_us", "numeroDeSeguridadSosial", "numeroSangSocialSecurity",
                "США_социальнӧй_номер", "taxpayer_ssn", "ssnOnFile"],
        "text": ["SSN", "Social Security No.", "Numero de seguridad sosial (SSN):", "Numero sang Social Security:",
                 "США-са социальнӧй номер:", "США-н социал номерже:", "SSN on file:"],
        "frag": ["ssn", "socsec", "ss_no"],
    },
    "PHONE_NUMBER": {
        "key": ["mobileNumber", "телефон_номер", "telefon_numer", "numeroDeTelefon", "numeroSangTelepono",
                "user.phone", "contactPhone", "org.iso.18013.5.1.telephone"],
        "text": ["Phone:", "Телефон:", "Тел. номер:", "Numero de telefon:", "Numero sang telepono:", "Mobile:",
                 "Call"],
        "frag": ["tel", "phone", "telepono", "mobile"],
    },
    "EMAIL_ADDRESS": {
        "key": ["emailAddress", "электрон_почта", "электрон_почтыш", "postaElektronika", "emailSangPasyente",
                "user.email", "actor.user.email_addr", "email_addr"],
        "text": ["E-mail:", "Электрон почта:", "Электрон почтыш:", "Posta elektronika:", "Email sang pasyente:",
                 "user.email =", "email_addr:"],
        "frag": ["email", "mail", "email_addr"],
    },
    "STREET_ADDRESS": {
        "key": ["homeAddress", "олан_адрес", "илыме_адрес", "direksionDeKaza", "puluyAn",
                "org.iso.18013.5.1.resident_address", "resident_address", "mailingAddress"],
        "text": ["Address:", "Олан адрес:", "Илыме адрес:", "Direksion de kaza:", "Puluy-an:",
                 "resident_address (18013-5):", "Lives at"],
        "frag": ["addr", "address", "direksion", "puluyan"],
    },
    "ZIP_CODE": {
        "key": ["zip", "почта_индекс", "почто_индекс", "kodigoPostal", "zipCodeSangBalay",
                "org.iso.18013.5.1.resident_postal_code", "resident_postal_code", "postalCodeUS"],
        "text": ["ZIP", "Почта индекс (США):", "Почто индекс:", "Kodigo postal:", "ZIP code sang balay:",
                 "resident_postal_code:"],
        "frag": ["zip", "postal", "kodigo_postal"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["memberId", "страховкалӧн_номер", "страховой_полисын_номерже", "numeroDeAsigurasion",
                "numeroSangSeguro", "medicareBeneficiaryId", "subscriberId", "medicaidId"],
        "text": ["Member ID:", "Страховкалӧн номер:", "Полисын номерже:", "Numero de asigurasion:",
                 "Numero sang seguro:", "Medicare MBI:", "Subscriber #", "Medicaid ID:"],
        "frag": ["member_id", "mbi", "subscriber", "seguro", "medicaid"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["bankAccountNumber", "банк_счёт", "банк_счётын_номерже", "numeroDeKuento", "numeroSangAkawnt",
                "DE2_PAN", "DE102_accountId1", "card.number", "guarantorAccount"],
        "text": ["Account:", "Банк счёт:", "Банк счётын номерже:", "Numero de kuento:", "Numero sang akawnt:",
                 "DE2 (PAN):", "DE102:", "IBAN", "Card:"],
        "frag": ["acct", "iban", "pan", "de102", "akawnt"],
    },
    "LICENSE_NUMBER": {
        "key": ["driverLicenseNumber", "водительскӧй_удостоверение", "водитель_удостоверений", "lisensiaDeKondusir",
                "lisensyaSaPagmaneho", "org.iso.18013.5.1.document_number", "mdl_document_number"],
        "text": ["Driver's license:", "Водительскӧй удостоверение №", "Водитель удостоверений №",
                 "Lisensia de kondusir:", "Lisensya sa pagmaneho:", "document_number (mDL):", "DL"],
        "frag": ["dl", "license", "document_number", "lisensya"],
    },
    "DEVICE_ID": {
        "key": ["implantSerialNumber", "устройстволӧн_серийнӧй_номер", "device.imei", "device.mac", "host.mac",
                "numeroDeSerie", "numeroSangSerial", "udiCarrier"],
        "text": ["Serial:", "Серийнӧй номер:", "Серий номерже:", "Numero de serie:", "Numero sang serial:", "IMEI",
                 "MEID", "MAC", "host.mac =", "UDI"],
        "frag": ["serial", "imei", "mac", "udi", "meid"],
    },
    "VEHICLE_ID": {
        "key": ["vehicleIdentificationNumber", "машина_номер", "машинан_номерже", "numeroDelAuto", "plakaSangAuto",
                "vin", "licensePlate", "org.iso.18013.5.1.vehicle_vin"],
        "text": ["VIN", "Машина номер:", "Машинан номерже:", "Numero del otomobil:", "Plaka sang salakyan:",
                 "Plate:"],
        "frag": ["vin", "plate", "plaka"],
    },
    "IP_ADDRESS": {
        "key": ["clientIpAddress", "ip_адрес", "client.address", "src_endpoint.ip", "direksionIP", "lastSeenIp"],
        "text": ["IP:", "IP-адрес:", "client.address =", "src_endpoint.ip:", "Direksion IP:", "IP address sang:",
                 "connected from"],
        "frag": ["ip", "client_address", "src_ip"],
    },
    "URL": {
        "key": ["profileUrl", "профиль", "profilDelHazino", "linkSangProfile", "fundraiserUrl", "portalLink"],
        "text": ["Profile:", "Профиль:", "Profil:", "Link sang profile:", "Fundraiser:", "Portal:"],
        "frag": ["profile", "url", "link"],
    },
    "SECRET": {
        "key": ["apiKey", "пароль", "гусь_кыв", "kodigoSekreto", "tinagoNgaPulong", "connectionString",
                "accessToken", "clientSecret"],
        "text": ["token:", "Пароль:", "Гусь кыв:", "Kodigo sekreto:", "Tinago nga pulong:", "Bearer", "DSN:",
                 "api_key ="],
        "frag": ["token", "secret", "pwd", "apikey"],
    },
}

GROUP_KEYS = {
    "PERSON": ["guarantors", "emergencyContacts"], "DATE_OF_BIRTH": ["birthDates"], "MRN": ["mrnByFacility"],
    "US_SSN": ["ssnIndex"], "PHONE_NUMBER": ["phoneNumbers"], "EMAIL_ADDRESS": ["emailAddresses"],
    "STREET_ADDRESS": ["addresses"], "ZIP_CODE": ["zipCodes"], "HEALTH_PLAN_ID": ["memberIds"],
    "ACCOUNT_NUMBER": ["accountNumbers"], "LICENSE_NUMBER": ["driverLicenses"], "DEVICE_ID": ["deviceSerials"],
    "VEHICLE_ID": ["vehicleVins"], "IP_ADDRESS": ["ipAddresses"], "URL": ["profileUrls"], "SECRET": ["apiKeys"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["birthDate", "чужан_лун", "шочмо_кече", "dataDeNasimiento", "petsaSangPagkatawo", "patientName",
                 "ssn", "medicalRecordNumber", "memberId", "org.iso.18013.5.1.birth_date", "user.email",
                 "device.imei", "DE2_PAN", "client.address", "driverLicenseNumber", "password"]
HN_CODE_ENUMS = [
    ("ISO/IEC 5218 sex codes", ["0", "1", "2", "9"]),
    ("WHO ATC anatomical main groups", ["A", "B", "C", "D", "G", "H", "J", "L", "M", "N"]),
    ("HCPCS Level II modifiers", ["LT", "RT", "GA", "GY", "KX", "59"]),
    ("RxNorm term types", ["IN", "PIN", "SCD", "SBD", "GPCK", "BN"]),
    ("CMS place of service codes", ["11", "12", "21", "22", "23", "81"]),
    ("NUBC revenue codes", ["0450", "0300", "0320", "0250", "0636"]),
    ("ISO 639-1 language codes", ["bg", "th", "he", "ga", "kv", "tl"]),
    ("ICD-O-3 behaviour codes", ["/0", "/1", "/2", "/3", "/6"]),
    ("HL7 v2 table 0063 relationship", ["SEL", "SPO", "CHD", "PAR", "GRD", "EMC"]),
    ("OCSF severity_id", ["0", "1", "2", "3", "4", "5", "6", "99"]),
    ("OpenTelemetry span kind", ["INTERNAL", "SERVER", "CLIENT", "PRODUCER", "CONSUMER"]),
    ("ISO 8583 message type indicators", ["0100", "0110", "0200", "0210", "0420"]),
    ("ISO 18013-5 driving privilege codes", ["AM", "A1", "B", "BE", "C1", "D"]),
    ("US state abbreviations (Mountain / Plains)", ["AZ", "NM", "NV", "UT", "ID", "MT", "KS", "NE"]),
]
HN_PLACEHOLDERS = ["patient@example.net", "(312) 555-0187", "+1-415-555-0110", "192.0.2.200", "198.51.100.77",
                   "203.0.113.250", "2001:db8:1::ab", "000-00-0000", "<MEMBER_ID>", "YOUR_SENDGRID_API_KEY",
                   "https://portal.example.com/patients/{patientId}", "00-00-00-00-00-00", "CHANGE_ME",
                   "Juan dela Cruz", "MRN-0000000", "j.doe@example.org"]
HN_FORMAT_REGEXES = [r"^\d{3}-\d{2}-\d{4}$", r"^[A-Z]{2}\d{2}[A-Z0-9]{4}\d{7}([A-Z0-9]?){0,16}$",
                     r"^\d{3}-\d{2}-\d{3}$", r"^[A-Z]\d{7}$", r"^([0-9a-f]{4}\.){2}[0-9a-f]{4}$",
                     r"^[A-HJ-NPR-Z0-9]{8}[0-9X][A-HJ-NPR-Z0-9]{8}$", r"^00\d{6,14}$", r"^\d{5}(?:[-\s]\d{4})?$",
                     r"^\d{2}-[A-Z]{3}-\d{4}$", r"^EPI\d{7}$", r"^W\d{9}$", r"^\+H[A-Z0-9]{4}.+$"]
HN_NAME_WORDS = ["Crystal", "Dawn", "Destiny", "Faith", "Hope", "Joy", "Star", "Skye", "River", "Brook", "Iris",
                 "Ruby"]
HN_VERSION_DATES = ["Okta API release 2026.06.3", "Available since 2024-07-09.", "2020-12", "SendGrid v3 (2019-05-02)",
                    "Deprecated 2023-10-31", "Spec snapshot 2026-06-29", "Effective 2025-04-01",
                    "Removed in 2027-01-15"]
HN_CATEGORY_TEXT = [
    "Patient date of birth in YYYY-MM-DD format.",
    "Висьысьлӧн чужан лун, ВВВВ-ТТ-ЛЛ форматын.",
    "Черлын шочмо кечыже (ИИИИ-ТТ-КК).",
    "La data de nasimiento del hazino, en formato AAAA-MM-DD.",
    "Ang petsa sang pagkatawo sang pasyente (YYYY-MM-DD).",
    "The subscriber's Medicare Beneficiary Identifier; 11 characters, no dashes.",
    "Numero sang telepono sang pasyente sa E.164 nga format.",
    "Direksion de kaza del hazino, sin kodigo postal.",
    "ISO/IEC 18013-5 document_number as printed on the licence.",
    "OCSF device.imei: the 15-digit IMEI of the handset.",
    "Vehicle identification number, 17 characters with the check digit in position 9.",
    "Электрон почта адрес, кодъяс вылӧ ыстыны.",
]
HN_TOOL_NAMES = ["lookup_member_by_dob", "find_patient_by_mrn", "validate_ssn_format", "get_resident_address",
                 "search_by_imei", "pangita_pasyente"]
HN_FILE_WORDS = ["patient-birthdate-lookup", "member-id-index", "resident-address-map", "vin-decoder"]
