"""Cues, name tables, neutral keys and hard-negative pools for the thirty-first set.

Cue languages: English, Latvian (lv), Slovenian (sl), Hindi (hi, Devanagari) and Haitian Creole (ht).
Data-dictionary spellings: CMS T-MSIS data element names (MSIS-IDENTIFICATION-NUM, BIRTH-DATE, ELIGIBLE-ZIP-CODE,
...), Apple HealthKit identifiers (HKCharacteristicTypeIdentifierDateOfBirth, HKMetadataKeyDeviceSerialNumber,
HKDevice.udiDeviceIdentifier), X.520 / PKCS #9 attribute OIDs (2.5.4.42 givenName, 1.3.6.1.5.5.7.9.1 dateOfBirth,
2.5.4.17 postalCode, ...) and FHIR Shorthand (FSH) assignment rules (`* birthDate = "…"`).
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); romanised forms for non-Latin scripts.
HAND_NAMES = [
    ("Sunita", "Jha", "सुनीता झा", "Maithili (Devanagari)"),
    ("Patimat", "Magomedova", "Патимат Магомедова", "Avar (Cyrillic)"),
    ("Zalim", "Shogenov", "Залим Шогенов", "Kabardian (Cyrillic)"),
    ("Rukiya", "Ismailova", "Рукият Исмаилова", "Lezgian (Cyrillic)"),
    ("Rajbhai", "Shrestha", "राजभाइ श्रेष्ठ", "Newar (Devanagari)"),
    ("Waya", "Sixkiller", None, "Cherokee"),
    ("Niigaan", "Cloud", None, "Ojibwe"),
    ("Karonhiakta", "Montour", None, "Mohawk"),
    ("Alma", "Nungarrayi", None, "Warlpiri (skin name as family name)"),
    ("Iosefa", "Perez", None, "Tokelauan"),
    ("Moka", "Tukuitonga", None, "Niuean"),
    ("Wayunkerra", "Epieyu", None, "Wayuu"),
    ("Teodora", "Bautista", None, "Zapotec (Juchitan)"),
    ("Dodong", "Manalastas", None, "Kapampangan"),
    ("Fanta", "Kallon", None, "Mende"),
    ("Zakari", "Mahamadou", None, "Kanuri"),
    ("Wumbei", "Yakubu", None, "Dagbani"),
    ("Jaromira", "Labuda", None, "Kashubian"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["ledgerRef", "pad_03", "tmpField", "carry_value", "spareB", "importSlot", "auxText", "col_m",
                "relayValue", "stashKey", "bufferText", "mapValue", "priorValue", "echoField", "rawCell", "holdValue",
                "passThru", "xferNote"]
NEUTRAL_SENTENCES = ["Copied from sheet row {n}: {v}.", "Left as found: {v}", "Kept for parity with the {n} export: {v}",
                     "{v}", "Migrated value {v}.", "Seen in the {n} backfill: {v}"]
NEUTRAL_XKEYS = ["x-migrated", "x-raw-cell", "x-parity", "x-backfill-value", "x-carry-note"]
NEUTRAL_TOOL_VERBS = ["pull", "push", "mirror", "load", "patch", "scan"]
NEUTRAL_DESCR = "Creates or updates one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["patientName", "pacienta_vards_uzvards", "imeInPriimekPacienta", "रोगी_का_नाम", "non_pasyan",
                "ELIGIBLE-LAST-NAME", "oid_2.5.4.3_commonName", "enrolleeFullName", "guardianName"],
        "text": ["Patient:", "Pacients:", "Pacient:", "रोगी का नाम:", "Non pasyan an:", "ELIGIBLE-FIRST-NAME/LAST-NAME:",
                 "2.5.4.3 (commonName) =", "* name.text =", "Enrollee"],
        "frag": ["patient", "pacients", "pacient", "enrollee", "cn_2_5_4_3", "pasyan"],
    },
    "DATE_OF_BIRTH": {
        "key": ["birthDate", "dzimsanas_datums", "datumRojstva", "जन्म_तिथि", "dat_nesans", "BIRTH-DATE",
                "HKCharacteristicTypeIdentifierDateOfBirth", "oid_1.3.6.1.5.5.7.9.1_dateOfBirth", "enrolleeDob"],
        "text": ["Date of birth:", "Dzimšanas datums:", "Datum rojstva:", "जन्म तिथि:", "Dat nesans:", "BIRTH-DATE =",
                 "HKCharacteristicTypeIdentifierDateOfBirth:", "* birthDate =", "born", "DOB"],
        "frag": ["dob", "dzimis", "rojen", "birth_date", "dat_nesans", "hk_dob"],
    },
    "MRN": {
        "key": ["medicalRecordNumber", "mediciniskas_kartes_nr", "stevilkaKartoteke", "मेडिकल_रिकॉर्ड_संख्या",
                "nimewo_dosye_medikal", "MEDICAL-RECORD-NUM", "chartNo", "hospitalMrn"],
        "text": ["MRN", "Medicīniskās kartes Nr.:", "Številka zdravstvenega kartona:", "मेडिकल रिकॉर्ड संख्या:",
                 "Nimewo dosye medikal:", "MEDICAL-RECORD-NUM =", "* identifier[MRN].value =", "Chart #"],
        "frag": ["mrn", "kartes_nr", "karton", "medrec", "chart"],
    },
    "US_SSN": {
        "key": ["ssn", "socialSecurityNumber", "SSN", "ssnLast9", "subscriberSsn", "nimewo_sekirite_sosyal",
                "ASV_socialas_apdrosinasanas_nr", "amerikanskaEMSO_ssn"],
        "text": ["SSN", "Social Security No.", "ASV sociālās apdrošināšanas numurs (SSN):",
                 "Ameriška številka socialnega zavarovanja (SSN):", "अमेरिकी सामाजिक सुरक्षा संख्या (SSN):",
                 "Nimewo sekirite sosyal (SSN):", "SSN =", "* identifier[SSN].value ="],
        "frag": ["ssn", "socsec", "ssn_no"],
    },
    "PHONE_NUMBER": {
        "key": ["mobilePhone", "talrunis", "telefonskaStevilka", "मोबाइल_नंबर", "nimewo_telefon", "ELIGIBLE-PHONE-NUM",
                "oid_2.5.4.20_telephoneNumber", "contactPhone"],
        "text": ["Phone:", "Tālrunis:", "Telefon:", "फ़ोन नंबर:", "Telefòn:", "ELIGIBLE-PHONE-NUM =",
                 "2.5.4.20 (telephoneNumber) =", "* telecom[phone].value =", "call"],
        "frag": ["tel", "phone", "talr", "mobilni", "telefon"],
    },
    "EMAIL_ADDRESS": {
        "key": ["email", "e_pasts", "ePosta", "ईमेल_पता", "adres_imel", "oid_1.2.840.113549.1.9.1_emailAddress",
                "contactEmail"],
        "text": ["E-mail:", "E-pasts:", "E-pošta:", "ईमेल:", "Imèl:", "1.2.840.113549.1.9.1 (emailAddress) =",
                 "* telecom[email].value ="],
        "frag": ["email", "epasts", "eposta"],
    },
    "STREET_ADDRESS": {
        "key": ["homeAddress", "dzivesvietas_adrese", "naslovBivalisca", "घर_का_पता", "adres_kay",
                "ELIGIBLE-ADDR-LN1", "oid_2.5.4.9_streetAddress", "mailingAddress"],
        "text": ["Home address:", "Dzīvesvietas adrese:", "Naslov:", "पता:", "Adrès:", "ELIGIBLE-ADDR-LN1 =",
                 "2.5.4.9 (streetAddress) =", "* address.line ="],
        "frag": ["addr", "adrese", "naslov"],
    },
    "ZIP_CODE": {
        "key": ["zipCode", "pasta_indekss_asv", "postnaStevilka", "ज़िप_कोड", "kod_postal", "ELIGIBLE-ZIP-CODE",
                "oid_2.5.4.17_postalCode", "homeZip"],
        "text": ["ZIP", "Pasta indekss (ASV):", "Poštna številka (ZDA):", "ज़िप कोड:", "Kòd postal:",
                 "ELIGIBLE-ZIP-CODE =", "2.5.4.17 (postalCode) =", "* address.postalCode ="],
        "frag": ["zip", "indekss", "postna", "zip_code"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["medicareMbi", "apdrosinasanas_polises_nr", "stevilkaZavarovanca", "बीमा_सदस्य_संख्या",
                "nimewo_asirans", "MSIS-IDENTIFICATION-NUM", "memberId", "medicaidId"],
        "text": ["Medicare MBI:", "Apdrošināšanas polises Nr.:", "Številka zavarovanca:", "बीमा सदस्य संख्या:",
                 "Nimewo asirans:", "MSIS-IDENTIFICATION-NUM =", "Member ID", "Medicaid ID:"],
        "frag": ["mbi", "member_id", "msis_id", "medicaid", "polise"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["bankAccount", "konta_numurs", "stevilkaRacuna", "खाता_संख्या", "nimewo_kont", "PATIENT-CONTROL-NUM",
                "cardNumber", "hospitalAccount", "ibanKods"],
        "text": ["Account:", "Konta numurs:", "TRR:", "खाता संख्या:", "Nimewo kont:", "PATIENT-CONTROL-NUM =", "IBAN",
                 "Card no.", "Kartes numurs:", "कार्ड नंबर:", "Hospital account #"],
        "frag": ["acct", "konts", "racun", "pcn", "iban", "card"],
    },
    "LICENSE_NUMBER": {
        "key": ["driversLicense", "vaditaja_apliecibas_nr", "vozniskoDovoljenje", "ड्राइविंग_लाइसेंस",
                "lisans_chofe", "dlNumber"],
        "text": ["Driver's licence:", "Vadītāja apliecības Nr.:", "Vozniško dovoljenje št.", "ड्राइविंग लाइसेंस संख्या:",
                 "Nimewo lisans chofè:", "DL#"],
        "frag": ["dl", "apliecibas", "voznisko", "lisans"],
    },
    "DEVICE_ID": {
        "key": ["implantSerial", "ierices_serijas_nr", "serijskaStevilka", "डिवाइस_सीरियल_नंबर", "nimewo_seri_aparey",
                "HKMetadataKeyDeviceSerialNumber", "HKDevice.udiDeviceIdentifier", "imei", "macAddress",
                "oid_2.5.4.5_serialNumber", "mac_adrese"],
        "text": ["Device serial:", "Ierīces sērijas Nr.:", "Serijska številka:", "डिवाइस सीरियल नंबर:",
                 "Nimewo seri aparèy:", "HKMetadataKeyDeviceSerialNumber:", "IMEI", "MAC", "UDI",
                 "* udiCarrier.carrierHRF =", "MAC adrese:", "MAC-naslov:"],
        "frag": ["serial", "imei", "mac", "udi", "hk_serial"],
    },
    "VEHICLE_ID": {
        "key": ["vehicleVin", "sasijas_nr", "stevilkaSasije", "चेसिस_नंबर", "nimewo_chasi", "vin",
                "transportlidzekla_reg_nr", "registrskaStevilka", "वाहन_पंजीकरण_संख्या", "plak_machin", "licensePlate"],
        "text": ["VIN", "VIN kods:", "Številka šasije (VIN):", "चेसिस नंबर (VIN):", "Nimewo chasi (VIN):",
                 "Reģistrācijas numurs:", "Registrska tablica:", "वाहन पंजीकरण संख्या:", "Plak machin:", "Plate:"],
        "frag": ["vin", "sasija", "chassis", "regnr", "plate", "tablica"],
    },
    "IP_ADDRESS": {
        "key": ["clientIp", "ip_adrese", "ipNaslov", "आईपी_पता", "adres_ip", "lastSeenIp"],
        "text": ["IP:", "IP adrese:", "IP-naslov:", "आईपी पता:", "Adrès IP:", "X-Forwarded-For:", "signed in from"],
        "frag": ["ip", "client_ip", "src_ip"],
    },
    "URL": {
        "key": ["profileUrl", "profila_saite", "povezavaProfila", "प्रोफ़ाइल_लिंक", "lyen_pwofil", "fundraiserUrl"],
        "text": ["Profile:", "Profila saite:", "Zbiranje sredstev:", "प्रोफ़ाइल:", "Kolèk lajan:", "Portal:"],
        "frag": ["profile", "url"],
    },
    "SECRET": {
        "key": ["apiToken", "parole", "geslo", "पासवर्ड", "modpas", "connectionString", "secretKey"],
        "text": ["token:", "Parole:", "Geslo:", "पासवर्ड:", "Modpas:", "Authorization: Bearer", "DSN"],
        "frag": ["token", "pwd", "secret"],
    },
}

# Cues that name one kind within a category: allowed only for formats whose name starts with one of the prefixes
# (every other cue of the category fits all of its formats).
CUE_FORMATS = {}
for _cues, _prefixes in [
        (["PATIENT-CONTROL-NUM", "PATIENT-CONTROL-NUM =", "pcn", "hospitalAccount", "Hospital account #"], ("acct.pcn",)),
        (["IBAN", "ibanKods", "iban"], ("acct.iban",)),
        (["cardNumber", "Card no.", "Kartes numurs:", "कार्ड नंबर:", "card"], ("acct.card",)),
        (["bankAccount", "konta_numurs", "stevilkaRacuna", "खाता_संख्या", "nimewo_kont", "Konta numurs:", "TRR:",
          "खाता संख्या:", "Nimewo kont:", "konts", "racun"], ("acct.iban", "acct.nz")),
        (["imei", "IMEI"], ("dev.imei",)),
        (["MSIS-IDENTIFICATION-NUM", "MSIS-IDENTIFICATION-NUM =", "msis_id", "medicaidId", "Medicaid ID:", "medicaid"],
         ("hp.tx_medicaid", "hp.pa_access")),
        (["medicareMbi", "Medicare MBI:", "mbi"], ("hp.mbi",)),
        (["macAddress", "MAC", "mac", "mac_adrese", "MAC adrese:", "MAC-naslov:"], ("dev.mac",)),
        (["UDI", "udi", "HKDevice.udiDeviceIdentifier", "* udiCarrier.carrierHRF ="], ("dev.udi",)),
        (["implantSerial", "ierices_serijas_nr", "serijskaStevilka", "डिवाइस_सीरियल_नंबर", "nimewo_seri_aparey",
          "HKMetadataKeyDeviceSerialNumber", "oid_2.5.4.5_serialNumber", "Device serial:", "Ierīces sērijas Nr.:",
          "Serijska številka:", "डिवाइस सीरियल नंबर:", "Nimewo seri aparèy:", "HKMetadataKeyDeviceSerialNumber:",
          "serial", "hk_serial"], ("dev.serial", "dev.imei", "dev.udi")),
        (["vehicleVin", "sasijas_nr", "stevilkaSasije", "चेसिस_नंबर", "nimewo_chasi", "vin", "VIN", "VIN kods:",
          "Številka šasije (VIN):", "चेसिस नंबर (VIN):", "Nimewo chasi (VIN):", "sasija", "chassis"], ("veh.vin",)),
        (["transportlidzekla_reg_nr", "registrskaStevilka", "वाहन_पंजीकरण_संख्या", "plak_machin", "licensePlate",
          "Reģistrācijas numurs:", "Registrska tablica:", "वाहन पंजीकरण संख्या:", "Plak machin:", "Plate:", "regnr",
          "plate", "tablica"], ("veh.plate",))]:
    for _c in _cues:
        CUE_FORMATS[_c] = _prefixes


def cue_fits(cue, fmt):
    pre = CUE_FORMATS.get(cue)
    return pre is None or fmt.startswith(pre)


# A key_cue property_name / pattern_property label sits below an object whose key names the category.
GROUP_KEYS = {
    "PERSON": ["enrollees", "pacienti", "guardians"], "DATE_OF_BIRTH": ["birthDates", "dzimsanasDatumi"],
    "MRN": ["mrnIndex", "kartoteke"], "US_SSN": ["ssnRoster"], "PHONE_NUMBER": ["phoneList", "talruni"],
    "EMAIL_ADDRESS": ["emailContacts"], "STREET_ADDRESS": ["homeAddresses"], "ZIP_CODE": ["zipCodes"],
    "HEALTH_PLAN_ID": ["memberIds", "msisIds"], "ACCOUNT_NUMBER": ["bankAccounts"], "LICENSE_NUMBER": ["driverLicenses"],
    "DEVICE_ID": ["deviceIds"], "VEHICLE_ID": ["vehicleIds"], "IP_ADDRESS": ["clientIps"],
    "URL": ["profileUrls"], "SECRET": ["apiTokens"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["dzimsanas_datums", "datumRojstva", "जन्म_तिथि", "dat_nesans", "patientSurname",
                 "medicalRecordNumber", "socialSecurityNumber", "MSIS-IDENTIFICATION-NUM",
                 "HKCharacteristicTypeIdentifierDateOfBirth", "oid_2.5.4.17_postalCode", "licencePlate", "macAddr",
                 "imeiNumber", "clientIpAddress", "apiSecret", "homePhone", "vinNumber", "emailAddress"]
HN_CODE_ENUMS = [
    ("SNOMED CT clinical findings", ["38341003", "44054006", "195967001", "73211009", "22298006"]),
    ("RxNorm ingredients", ["161", "6809", "29046", "83367", "1191"]),
    ("CPT evaluation and management", ["99202", "99213", "99214", "99215", "99285"]),
    ("HCPCS Level II", ["J1100", "G0438", "A0428", "E0601", "J3490"]),
    ("NDC package codes", ["0002-1433-80", "0078-0357-15", "0173-0682-20"]),
    ("CMS place of service", ["02", "11", "21", "22", "23", "31"]),
    ("NUBC revenue codes", ["0250", "0300", "0450", "0636", "0762"]),
    ("HL7 v3 NullFlavor", ["NI", "UNK", "ASKU", "NAV", "MSK", "OTH"]),
    ("ISO 639-1 languages", ["lv", "sl", "hi", "ht", "en", "ar"]),
    ("ISO 3166-1 alpha-3", ["LVA", "SVN", "IND", "HTI", "PSE", "NZL", "CYP"]),
    ("CDC race and ethnicity", ["2106-3", "2054-5", "2028-9", "1002-5", "2135-2"]),
    ("ICD-10-PCS", ["0DTJ4ZZ", "02703ZZ", "0SRC0J9", "10D00Z1"]),
    ("X12 entity identifier codes", ["IL", "QC", "85", "87", "PR", "DN"]),
    ("ICD-O-3 morphology", ["8140/3", "8500/3", "8070/3", "9680/3"]),
]
HN_PLACEHOLDERS = ["patient@example.org", "+1 (415) 555-0199", "555-0123", "192.0.2.77", "198.51.100.200",
                   "2001:db8:85a3::8a2e:370:7334", "000-00-0000", "XXX-XX-XXXX", "<MEMBER_ID>", "{{patient_name}}",
                   "sk-REPLACE_ME", "https://example.com/portal/{patientId}", "MRN-0000000", "ff:ff:ff:ff:ff:ff",
                   "test.user@example.net", "203.0.113.9"]
HN_FORMAT_REGEXES = [r"^\d{2}\.\d{2}\.\d{4}$", r"^LV\d{2}[A-Z]{4}[A-Z0-9]{13}$", r"^SI56\d{15}$",
                     r"^\d{6}-\d{5}$", r"^\+91[6-9]\d{9}$", r"^[A-Z]{2}\s?\d{2}\s?[A-Z]{1,2}\s?\d{4}$",
                     r"^\d{4}\s\d{4}\s\d{4}$", r"^(?:[0-9a-f]{2}-){5}[0-9a-f]{2}$", r"^pypi-[A-Za-z0-9_-]{50,}$",
                     r"^H\d{8}$", r"^\d{3}\.\d{3}\.\d{3}$", r"^[0-9]{5}(?:-[0-9]{4})?$"]
HN_NAME_WORDS = ["Mark", "Frank", "Drew", "Ray", "Sandy", "Dale", "Glen", "Lance", "Max", "Iris", "Sage", "Hope",
                 "Robin", "Holly"]
HN_VERSION_DATES = ["API version 2.0 (released 2024-09-30)", "Sunset 2027-01-31", "Added 2023-05-17",
                    "2020-12", "Spec generated 2026-06-11", "Deprecated 2025-03-01", "Revision 2022-08-09",
                    "Effective 2024-04-01 per the changelog"]
HN_CATEGORY_TEXT = [
    "Patient's date of birth, ISO 8601 (YYYY-MM-DD).",
    "Pacienta dzimšanas datums formātā DD.MM.GGGG.",
    "Telefonska številka pacienta v mednarodni obliki.",
    "रोगी की जन्म तिथि (दिन/महीना/वर्ष)।",
    "Dat nesans pasyan an, fòma JJ/MM/AAAA.",
    "The enrollee's MSIS identification number as reported to T-MSIS.",
    "Social Security number of the subscriber; never logged.",
    "HealthKit characteristic: the user's date of birth.",
    "Medical record number assigned by the admitting facility.",
    "Transportlīdzekļa reģistrācijas numurs un VIN.",
    "ड्राइविंग लाइसेंस संख्या जैसा कार्ड पर छपा है।",
    "Adrès kay pasyan an ak kòd postal.",
]
HN_TOOL_NAMES = ["lookup_enrollee_by_msis_id", "get_patient_birth_date", "find_member_by_ssn",
                 "search_device_by_serial", "verify_driver_licence"]
HN_FILE_WORDS = ["enrollee-dob-index", "patient-phone-directory", "member-ssn-audit", "vehicle-vin-check"]
