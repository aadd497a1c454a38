"""Cues, name tables, neutral keys and hard-negative pools for the twentysixth set.

Cue languages: English, Swedish (sv), Ukrainian (uk, Cyrillic), Croatian (hr), Slovak (sk) and Bengali (bn, Bengali
script).  Data-dictionary spellings: HL7 v2 dotted component paths (PID.7.1), DICOM tags as (gggg,eeee) / xGGGGEEEE,
X12 loop-qualified element paths (Loop2010BA.NM109), NCPDP field ids with segment names (AM01.302-C2), NIEM core
names (nc:PersonBirthDate), C-CDA XPaths (recordTarget/patientRole/...), CMS-1500 box numbers (box1a) and schema.org
IRIs (https://schema.org/birthDate).
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); romanised forms for non-Latin scripts.
HAND_NAMES = [
    ("Prakash", "Hegde", "ಪ್ರಕಾಶ್ ಹೆಗ್ಡೆ", "Kannada (Kannada script)"),
    ("Aishath", "Shifana", "އައިޝަތު ޝިފާނާ", "Dhivehi (Thaana script)"),
    ("Zalina", "Gabaraeva", "Залина Габараева", "Ossetian (Cyrillic)"),
    ("Palesa", "Mokhethi", None, "Sesotho"),
    ("Tsakani", "Baloyi", None, "Xitsonga"),
    ("Bolingo", "Mbemba", None, "Lingala"),
    ("Mwila", "Chisanga", None, "Bemba"),
    ("Ayelén", "Huenchumilla", None, "Mapuche"),
    ("Citlalli", "Xochipa", None, "Nahuatl"),
    ("Seonaidh", "MacIlleathain", None, "Scottish Gaelic"),
    ("Sjoukje", "Hoekstra", None, "West Frisian"),
    ("Ursina", "Caduff", None, "Romansh"),
    ("Bachisio", "Pinna", None, "Sardinian"),
    ("Emlain", "Langidrik", None, "Marshallese"),
    ("Aýgül", "Orazowa", None, "Turkmen"),
    ("Kheda", "Musaeva", "Хеда Мусаева", "Chechen (Cyrillic)"),
    ("Siqiniq", "Kuksuk", None, "Inuit (Inuktitut, romanised)"),
    ("Sardaana", "Nogovitsyna", "Сардаана Ноговицына", "Sakha (Cyrillic)"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["memo_ref", "batchLabel", "syncTag", "fieldK7", "sourceValue", "colQ", "migratedFrom", "altValue",
                "opaqueRef", "note2", "slotB", "carryOver", "extValue", "tagLine", "importedAs", "mirrorOf",
                "legacyCol", "spareText"]
NEUTRAL_SENTENCES = ["Carried over from batch {n}: {v}.", "Imported unchanged: {v}", "Value kept from the {n} sync: {v}",
                     "{v}", "See also {v}.", "Last import wrote {v} here."]
NEUTRAL_XKEYS = ["x-imported", "x-legacy", "x-carry", "x-origin-value", "x-sync-note"]
NEUTRAL_TOOL_VERBS = ["sync", "reconcile", "fetch", "export", "refresh", "post"]
NEUTRAL_DESCR = "Reads or writes one {thing} record."

# ------------------------------------------------------------------ cues per category
# key: property keys that name the category (the value sits at that property's enum / const / ... or below it);
# text: phrases that precede the value in the same string; frag: ASCII identifier fragments for keys, tool names and
# file names (text_cue idents).
CUES = {
    "PERSON": {
        "key": ["patientFullName", "pacientMeno", "imePacijenta", "пацієнт_піб", "রোগীর_নাম", "patientens_namn",
                "PID.5.1_familyName", "(0010,0010)", "nc:PersonFullName", "recordTarget/patientRole/patient/name",
                "box2_patientName", "Loop2010CA.NM103"],
        "text": ["Patient:", "Patientens namn:", "ПІБ пацієнта:", "Ime i prezime pacijenta:", "Meno pacienta:",
                 "রোগীর নাম:", "PID.5 =", "(0010,0010) PatientName:", "nc:PersonFullName ="],
        "frag": ["patient", "pacient", "pacijent", "patientnamn", "pid5", "x00100010"],
    },
    "DATE_OF_BIRTH": {
        "key": ["birthDatePatient", "fodelsedatum", "датаНародження", "datum_rodjenja", "datumNarodenia", "জন্ম_তারিখ",
                "PID.7.1", "(0010,0030)", "nc:PersonBirthDate", "Loop2010BA.DMG02", "box3_birthDate",
                "https://schema.org/birthDate"],
        "text": ["Date of birth:", "Född:", "Дата народження:", "Datum rođenja:", "Dátum narodenia:", "জন্ম তারিখ:",
                 "PID.7.1 =", "(0010,0030) PatientBirthDate", "DMG02 (D8):", "born"],
        "frag": ["dob", "fodd", "datum_rodjenja", "narodeny", "pid7", "x00100030", "dmg02"],
    },
    "MRN": {
        "key": ["medicalRecordNo", "journalnummer", "номер_медкартки", "brojKartona", "cisloZdravotnejKarty",
                "মেডিকেল_রেকর্ড_নম্বর", "PID.3.1_MR", "(0010,0020)", "Loop2300.REF02_EA", "chartNumber"],
        "text": ["MRN", "Journalnummer:", "Номер медичної карти:", "Broj povijesti bolesti:", "Číslo chorobopisu:",
                 "মেডিকেল রেকর্ড নং", "PID.3 (MR):", "(0010,0020) PatientID", "REF*EA*"],
        "frag": ["mrn", "journalnr", "pid3", "x00100020", "ref_ea", "medrec"],
    },
    "US_SSN": {
        "key": ["socialSecurityNo", "us_ssn_value", "PID.19", "Loop2010BA.REF02_SY", "nc:PersonSSNIdentification",
                "box1a_insuredSSN", "GT1.12", "ssnDigits"],
        "text": ["SSN", "US-personnummer (SSN):", "Номер соцстрахування США:", "Američki OIB (SSN):",
                 "Americké rodné číslo (SSN):", "মার্কিন সামাজিক নিরাপত্তা নম্বর:", "PID.19 =", "REF*SY*"],
        "frag": ["ssn", "pid19", "ref_sy", "socsec"],
    },
    "PHONE_NUMBER": {
        "key": ["mobilePhone", "mobilnummer", "телефон", "brojTelefona", "telefonneCislo", "মোবাইল_নম্বর",
                "PID.13.1", "(0010,2154)", "nc:ContactTelephoneNumber", "https://schema.org/telephone"],
        "text": ["Phone:", "Mobil:", "Тел.:", "Tel.:", "Telefón:", "ফোন:", "PID.13 =", "PER*TE*"],
        "frag": ["tel", "phone", "mobil", "pid13", "x00102154"],
    },
    "EMAIL_ADDRESS": {
        "key": ["contactEmail", "epostadress", "електронна_пошта", "eMailAdresa", "emailovaAdresa", "ইমেইল",
                "PID.13.4", "nc:ContactEmailID", "https://schema.org/email"],
        "text": ["E-mail:", "E-post:", "Ел. пошта:", "E-pošta:", "E-mail pacienta:", "ইমেইল:", "PER*EM*"],
        "frag": ["email", "epost", "pid13_4"],
    },
    "STREET_ADDRESS": {
        "key": ["homeAddress", "hemadress", "адреса_проживання", "kucnaAdresa", "adresaBydliska", "ঠিকানা",
                "PID.11", "(0010,1040)", "Loop2010BA.N301", "nc:LocationStreet"],
        "text": ["Home address:", "Hemadress:", "Адреса:", "Adresa stanovanja:", "Adresa trvalého pobytu:",
                 "বাড়ির ঠিকানা:", "PID.11 =", "N3*"],
        "frag": ["addr", "adresa", "pid11"],
    },
    "ZIP_CODE": {
        "key": ["zipCode", "postnummer_us", "поштовий_індекс", "postanskiBroj", "psc", "পোস্ট_কোড", "PID.11.5",
                "Loop2010BA.N403", "nc:LocationPostalCode", "box5_zip"],
        "text": ["ZIP", "Postnummer (US):", "Індекс:", "Poštanski broj:", "PSČ:", "জিপ কোড:", "PID.11.5 =", "N4*"],
        "frag": ["zip", "postnr", "psc", "n403"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["medicareMbi", "forsakringsnummer", "номер_страхового_поліса", "brojOsiguranja",
                "cisloPoistenca", "বীমা_সদস্য_নম্বর", "IN1.36", "Loop2010BA.NM109_MI", "AM04.302-C2_cardholderId",
                "box1a_insuredId"],
        "text": ["Medicare MBI:", "Försäkringsnummer:", "Номер поліса:", "Broj police osiguranja:",
                 "Číslo poistenca:", "বীমা সদস্য নম্বর:", "IN1.36 =", "NM1*IL*1***MI*", "302-C2 Cardholder ID:"],
        "frag": ["mbi", "member_id", "in1_36", "nm109", "c2_cardholder", "medicaid"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["bankAccount", "kontonummer", "номер_рахунку", "brojRacuna", "cisloUctu", "ব্যাংক_হিসাব_নম্বর",
                "PID.18", "hospitalAccountNo", "cardNumber", "Loop2300.CLM01"],
        "text": ["Account:", "Kontonummer:", "Рахунок:", "Broj računa:", "Číslo účtu:", "হিসাব নম্বর:", "PID.18 =",
                 "IBAN", "Card no."],
        "frag": ["acct", "konto", "racun", "pid18", "har"],
    },
    "LICENSE_NUMBER": {
        "key": ["driversLicense", "korkortsnummer", "посвідчення_водія", "vozackaDozvola", "vodicskyPreukaz",
                "ড্রাইভিং_লাইসেন্স", "PID.20", "nc:PersonDriverLicenseID"],
        "text": ["Driver's licence:", "Körkortsnummer:", "Посвідчення водія №", "Vozačka dozvola br.",
                 "Vodičský preukaz č.", "ড্রাইভিং লাইসেন্স নং", "PID.20 =", "DL#"],
        "frag": ["dl", "korkort", "pid20", "dlnum"],
    },
    "DEVICE_ID": {
        "key": ["implantSerial", "serienummer", "серійний_номер_пристрою", "serijskiBroj", "vyrobneCislo",
                "ডিভাইস_সিরিয়াল", "(0018,1000)", "imei", "macAddress", "udiCarrierHRF"],
        "text": ["Device serial:", "Serienummer:", "Серійний номер:", "Serijski broj uređaja:", "Výrobné číslo:",
                 "ডিভাইস সিরিয়াল:", "(0018,1000) DeviceSerialNumber", "IMEI", "MAC", "UDI"],
        "frag": ["serial", "imei", "mac", "udi", "x00181000"],
    },
    "VEHICLE_ID": {
        "key": ["vehicleVin", "chassinummer", "номерний_знак", "registarskaOznaka", "evidencneCislo",
                "যানবাহন_নম্বর", "vin", "licensePlate"],
        "text": ["VIN", "Registreringsnummer:", "Номерний знак:", "Registarska oznaka:", "EČV:", "গাড়ির নম্বর:",
                 "Chassinummer:"],
        "frag": ["vin", "regnr", "plate", "ecv"],
    },
    "IP_ADDRESS": {
        "key": ["clientIp", "ipAdress", "ip_адреса", "ipAdresa", "ipAdresaKlienta", "আইপি_ঠিকানা", "lastLoginIp"],
        "text": ["IP:", "IP-adress:", "IP-адреса:", "IP adresa:", "IP adresa klienta:", "আইপি ঠিকানা:",
                 "logged in from"],
        "frag": ["ip", "client_ip", "ipadr"],
    },
    "URL": {
        "key": ["profileUrl", "profillank", "профіль", "poveznicaProfila", "odkazNaProfil", "প্রোফাইল_লিংক",
                "https://schema.org/sameAs", "fundraiserLink"],
        "text": ["Profile:", "Insamling:", "Збір коштів:", "Profil:", "Zbierka:", "প্রোফাইল:", "Portal:"],
        "frag": ["profile", "url"],
    },
    "SECRET": {
        "key": ["apiToken", "losenord", "пароль", "lozinka", "heslo", "পাসওয়ার্ড", "connectionString",
                "accessKey"],
        "text": ["token:", "Lösenord:", "Пароль:", "Lozinka:", "Heslo:", "পাসওয়ার্ড:", "Authorization: Bearer",
                 "DSN"],
        "frag": ["token", "pwd", "secret"],
    },
}

# A key_cue property_name / pattern_property label sits below an object whose key names the category; these are the
# ASCII object keys for that nesting (kept short).
GROUP_KEYS = {
    "PERSON": ["guarantors", "nextOfKin", "pacienti"], "DATE_OF_BIRTH": ["birthDates", "fodelsedatum"],
    "MRN": ["mrnIndex", "journalnummer"], "US_SSN": ["ssnRegistry"], "PHONE_NUMBER": ["phoneBook", "telefony"],
    "EMAIL_ADDRESS": ["emailRecipients"], "STREET_ADDRESS": ["homeAddresses"], "ZIP_CODE": ["zipCodes"],
    "HEALTH_PLAN_ID": ["insuredMembers"], "ACCOUNT_NUMBER": ["bankAccounts"], "LICENSE_NUMBER": ["driverLicences"],
    "DEVICE_ID": ["implantSerials", "deviceMacs"], "VEHICLE_ID": ["vehicleVins"], "IP_ADDRESS": ["clientIps"],
    "URL": ["profileLinks"], "SECRET": ["apiTokens"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["dateOfBirth", "personnummer", "номер_паспорта", "datumRodjenja", "rodneCislo", "জন্ম_তারিখ",
                 "patient_name", "mrn", "driverLicenseNo", "imei", "vin", "ipAddress", "email", "password",
                 "PID.19_ssn", "(0010,0030)", "nc:PersonSSNIdentification", "medicareMbi"]
HN_CODE_ENUMS = [
    ("ICD-11 MMS stem codes", ["5A11", "BA00", "CA40.0", "8A80.1", "DA63"]),
    ("HL7 v3 MaritalStatus", ["A", "D", "I", "L", "M", "S", "W"]),
    ("NUCC provider taxonomy", ["207Q00000X", "208D00000X", "363L00000X", "261QP2300X"]),
    ("CVX vaccine codes", ["03", "08", "20", "88", "141", "208"]),
    ("UCUM units", ["mg/dL", "mmol/L", "kg/m2", "mm[Hg]", "/min"]),
    ("ISO 4217 currencies", ["SEK", "UAH", "EUR", "COP", "GEL", "BDT"]),
    ("HL7 v2 table 0004 patient class", ["E", "I", "O", "P", "R", "B"]),
    ("X12 claim status category codes", ["A1", "A2", "A3", "F1", "F2", "P1"]),
    ("ABO/Rh blood groups", ["A+", "A-", "B+", "O-", "AB+"]),
    ("USPS state abbreviations", ["WA", "OR", "MN", "WI", "CO", "IL"]),
    ("ISO 3166-1 alpha-2", ["SE", "UA", "HR", "SK", "BD", "GE", "CO", "PT"]),
    ("FHIR AdministrativeGender", ["male", "female", "other", "unknown"]),
    ("DICOM PS3.3 Patient's Sex", ["M", "F", "O"]),
    ("LOINC vital signs", ["8867-4", "8480-6", "8462-4", "29463-7", "8302-2"]),
]
HN_PLACEHOLDERS = ["someone@example.org", "+1-202-555-0173", "(617) 555-0142", "203.0.113.45", "2001:db8::7",
                   "000-00-0000", "XXX-XX-XXXX", "YOUR_API_KEY", "<PATIENT_NAME>", "MRN-XXXXXXX",
                   "https://example.net/users/{userId}", "00:00:00:00:00:00", "REPLACE_WITH_TOKEN", "Jane Doe",
                   "198.51.100.8", "noreply@example.com"]
HN_FORMAT_REGEXES = [r"^\d{3}-\d{2}-\d{4}$", r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^\d{6}[-+]\d{4}$",
                     r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$", r"^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$",
                     r"^[A-HJ-NPR-Z0-9]{17}$", r"^\+[1-9]\d{1,14}$", r"^\d{5}(-\d{4})?$", r"^\d{4}-\d{2}-\d{2}$",
                     r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$",
                     r"^HN\d{8}$", r"^(\d{1,3}\.){3}\d{1,3}$"]
HN_NAME_WORDS = ["Bill", "Grace", "Sterling", "Penny", "Chase", "Amber", "Florence", "Victoria", "Jordan", "August",
                 "Georgia", "Summer"]
HN_VERSION_DATES = ["API version 2024-06-01", "Deprecated since the 2022-03-31 release.", "2019-09",
                    "Introduced in v2.45 (2023-11-07).", "2025-01-15", "Schema revision 2021-10-04",
                    "Changelog entry 2020-07-22", "Sunset date 2026-02-28"]
HN_CATEGORY_TEXT = [
    "Patient date of birth in YYYY-MM-DD format.",
    "Patientens personnummer anges i formatet ÅÅÅÅMMDD-NNNN.",
    "Номер телефону пацієнта у форматі E.164.",
    "Broj zdravstvenog osiguranja pacijenta (11 znamenki).",
    "Rodné číslo poistenca bez lomky.",
    "রোগীর জন্ম তারিখ (বছর-মাস-দিন)।",
    "The member's Medicare Beneficiary Identifier, 11 characters.",
    "E-postadress till kontaktpersonen.",
    "Адреса проживання пацієнта, без поштового індексу.",
    "VIN of the vehicle involved, 17 characters, check digit in position 9.",
    "Serijski broj implantata kako je otisnut na naljepnici.",
    "Driver's licence number as printed; state-specific format.",
]
HN_TOOL_NAMES = ["lookup_patient_by_dob", "find_member_by_mbi", "get_contact_phone", "verify_ssn_format",
                 "search_by_vin", "hitta_personnummer"]
HN_FILE_WORDS = ["patient-dob-lookup", "member-ssn-index", "kontakt-telefon", "vin-registry"]
