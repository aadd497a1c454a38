"""Cues, the hand-written name table, neutral material and hard-negative pools for the thirtyfourth set.

Cue languages: English, Northern Sami (se), Mauritian Creole / Kreol Morisien (mfe), Taiwanese Hokkien (nan-TW,
Han characters and Pe̍h-ōe-jī) and Sranan Tongo (srn).  Data-dictionary spellings: MISMO 3.4 residential mortgage
data points (BorrowerBirthDate, TaxpayerIdentifierValue, ContactPointTelephoneValue, ...), eIDAS SAML
natural-person attribute URIs (http://eidas.europa.eu/attributes/naturalperson/DateOfBirth), ICAO Doc 9303 LDS
data-group tags (DG11 5F0E / 5F2B / 5F42 / 5F12 / 5F10), IRS Form W-2 box letters (box a, box e, box f) and ACORD
form field names (NamedInsured_FullName_A, Driver_LicenseNumberIdentifier_A, Vehicle_VINIdentifier_A).
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture)
HAND_NAMES = [
    ("Niillas", "Somby", None, "Northern Sami"),
    ("Risten", "Hætta", None, "Northern Sami"),
    ("Kavish", "Seetohul", None, "Mauritian (Indo-Mauritian)"),
    ("Marie-Noëlle", "Labonne", None, "Mauritian Creole"),
    ("Brigitte", "Hoareau", None, "Seychellois Creole"),
    ("Zainaba", "Soilihi", None, "Comorian"),
    ("Marlon", "Pinas", None, "Surinamese Creole (Sranan)"),
    ("Aissatou", "Barry", None, "Fula (Guinea)"),
    ("Seydou", "Traoré", None, "Bambara (Mali)"),
    ("Sèdjro", "Hounkpatin", None, "Fon (Benin)"),
    ("Nomcebo", "Dlamini", None, "Swati (Eswatini)"),
    ("Thandekile", "Ncube", None, "Ndebele (Zimbabwe)"),
    ("Kadija", "Houmed", None, "Afar (Djibouti)"),
    ("Karma", "Wangchuk", "ཀརྨ་དབང་ཕྱུག", "Bhutanese (Dzongkha)"),
    ("Thoibi", "Laishram", None, "Meitei (Manipur)"),
    ("Mehraj", "Wani", "معراج وانی", "Kashmiri"),
    ("Shahnaz", "Rind", None, "Balochi"),
    ("Cingarkaq", "Nanalook", None, "Central Alaskan Yupik"),
    ("Sisa", "Quishpe", None, "Kichwa (Ecuador)"),
    ("Zarmina", "Rahimi", "زرمینه رحیمی", "Dari (Afghanistan)"),
    ("Bí-lē", "Tân", "陳美麗", "Taiwanese Hokkien (POJ; Han characters, family name first)"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["carry_ref", "legacyField", "slot7", "imported_v", "ext_col", "mirror_val", "batchNote", "srcValue",
                "tagB", "oldColumn", "passthrough", "migrated_text", "auxValue", "colR2", "keptAs", "spare_1"]
NEUTRAL_SENTENCES = ["Copied from the {n} import: {v}", "{v}", "Kept as found: {v}.", "Value from the {n} run: {v}",
                     "Seen in the {n} export: {v}.", "Left here by the converter ({v})."]
NEUTRAL_XKEYS = ["x-carried", "x-import-note", "x-seen-value", "x-original", "x-converter"]
NEUTRAL_TOOL_VERBS = ["pull", "push", "resolve", "load", "stage", "check"]
NEUTRAL_DESCR = "Handles one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["pasieanttaNamma", "nonPasian", "病人名", "nenFuSikiman", "NamedInsured_FullName_A",
                "boxE_employeeName", "DG11.5F0E_fullName", "http://eidas.europa.eu/attributes/naturalperson/CurrentFamilyName",
                "patientDisplayName"],
        "text": ["Patient:", "Pasieantta namma:", "Non pasian:", "病人名:", "Pēⁿ-lâng miâ:", "Nen fu a sikiman:",
                 "W-2 box e (employee's name):", "DG11 5F0E:", "NamedInsured_FullName_A ="],
        "frag": ["patient", "pasieanta", "pasian", "sikiman", "named_insured", "box_e", "dg11_5f0e"],
    },
    "DATE_OF_BIRTH": {
        "key": ["riegadanbeaivi", "dat_nesans", "出世日", "geboreDei", "BorrowerBirthDate", "Driver_BirthDate_A",
                "DG11.5F2B", "http://eidas.europa.eu/attributes/naturalperson/DateOfBirth", "birthDt"],
        "text": ["Date of birth:", "Riegádanbeaivi:", "Dat nesans:", "出世日:", "Chhut-sì-ji̍t:", "Gebore-dei:",
                 "BorrowerBirthDate =", "DG11 5F2B:", "born"],
        "frag": ["dob", "riegadan", "nesans", "gebore", "birth_date", "dg11_5f2b"],
    },
    "MRN": {
        "key": ["journalanummar", "nimeroDosie", "病歷號碼", "dresiKartNomru", "medicalRecordId", "chartNo"],
        "text": ["MRN", "Journálanummár:", "Nimero dosie medikal:", "病歷號碼:", "Pēⁿ-le̍k hō-bé:",
                 "Dresi-kartnomru:", "Chart #"],
        "frag": ["mrn", "journala", "dosie", "chart", "dresikart"],
    },
    "US_SSN": {
        "key": ["TaxpayerIdentifierValue", "boxA_employeeSSN", "ssnUS", "usaSosialastahtanummar", "美國社會安全號碼",
                "nimeroSekiriteSosial"],
        "text": ["SSN", "W-2 box a:", "TaxpayerIdentifierValue (SocialSecurityNumber):", "USA sosiálastáhtanummár (SSN):",
                 "Nimero sekirite sosial (SSN):", "美國社會安全號碼:", "Merki sosiale sekerfasi nomru (SSN):"],
        "frag": ["ssn", "box_a", "taxpayer_id", "socsec"],
    },
    "PHONE_NUMBER": {
        "key": ["telefovdna", "nimero_telefonn", "電話", "telefonNomru", "ContactPointTelephoneValue",
                "NamedInsured_Primary_PhoneNumber_A", "DG11.5F12_telephone", "mobileNo"],
        "text": ["Phone:", "Telefovdna:", "Nimero telefonn:", "電話:", "Tiān-ōe:", "Telefon nomru:",
                 "ContactPointTelephoneValue =", "DG11 5F12:"],
        "frag": ["tel", "phone", "telefovdna", "telefonn", "dg11_5f12"],
    },
    "EMAIL_ADDRESS": {
        "key": ["epoasta", "adresImel", "電子批", "emailAdres", "ContactPointEmailValue",
                "NamedInsured_Primary_EmailAddress_A", "contactMail"],
        "text": ["E-mail:", "E-poasta:", "Adres imel:", "電子批:", "E-mail adres:", "ContactPointEmailValue ="],
        "frag": ["email", "epoasta", "imel"],
    },
    "STREET_ADDRESS": {
        "key": ["assanbaiki", "ladresLakaz", "地址", "osoAdres", "AddressLineText",
                "NamedInsured_MailingAddress_LineOne_A", "DG11.5F42_address", "boxF_employeeAddress",
                "http://eidas.europa.eu/attributes/naturalperson/CurrentAddress"],
        "text": ["Home address:", "Ássanbáiki:", "Ladres lakaz:", "地址:", "Tē-chí:", "Oso adres:", "W-2 box f:",
                 "DG11 5F42:", "AddressLineText ="],
        "frag": ["addr", "assanbaiki", "ladres", "box_f"],
    },
    "ZIP_CODE": {
        "key": ["poastanummar_usa", "kodPostal", "郵遞區號", "postkode", "PostalCode",
                "NamedInsured_MailingAddress_PostalCode_A", "zip5"],
        "text": ["ZIP", "Poastanummár (USA):", "Kod postal (USA):", "郵遞區號:", "Postkode (USA):", "PostalCode ="],
        "frag": ["zip", "poastanr", "kodpostal", "postkode"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["dahkadusnummar", "nimeroLasirans", "保險號碼", "sekerfasiNomru", "medicareMbi", "memberIdCard",
                "medicaidNo"],
        "text": ["Medicare MBI:", "Member ID:", "Dáhkádusnummár:", "Nimero lasirans:", "保險號碼:", "Pó-hiám hō-bé:",
                 "Sekerfasi nomru:", "Medicaid #"],
        "frag": ["mbi", "member_id", "lasirans", "medicaid", "sekerfasi"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["kontonummar", "nimeroKont", "銀行口座", "bankNomru", "DepositoryAccountIdentifier", "cardNo",
                "guarantorAcct"],
        "text": ["Account:", "Kontonummár:", "Nimero kont:", "銀行口座:", "Kháu-chō:", "Bankkonto nomru:", "IBAN",
                 "Card no.", "DepositoryAccountIdentifier ="],
        "frag": ["acct", "konto", "kont", "guarantor"],
    },
    "LICENSE_NUMBER": {
        "key": ["vuodjinkoarta", "permiKondir", "駕駛執照", "rijbewijsNomru", "Driver_LicenseNumberIdentifier_A",
                "dlNo"],
        "text": ["Driver's licence:", "Vuodjinkoarta nr.:", "Nimero permi kondir:", "駕駛執照:", "Rijbewijs nomru:",
                 "Driver_LicenseNumberIdentifier_A =", "DL#"],
        "frag": ["dl", "vuodjinkoarta", "permi", "rijbewijs"],
    },
    "DEVICE_ID": {
        "key": ["raidonummar", "nimeroSeri", "序號", "serieNomru", "implantSerialNo", "imei", "macAddr",
                "udiHumanReadable"],
        "text": ["Device serial:", "Ráidonummár:", "Nimero seri aparey:", "序號:", "Serienomru:", "IMEI", "MAC",
                 "UDI"],
        "frag": ["serial", "imei", "mac", "udi", "raidonr"],
    },
    "VEHICLE_ID": {
        "key": ["registarnummar", "nimeroPlak", "車牌", "wagiNomru", "Vehicle_VINIdentifier_A", "vin", "plateNo"],
        "text": ["VIN", "Registarnummár:", "Nimero plak:", "車牌:", "Chhia-pâi:", "Wagi nomru:",
                 "Vehicle_VINIdentifier_A ="],
        "frag": ["vin", "plate", "plak", "chhiapai"],
    },
    "IP_ADDRESS": {
        "key": ["ipCujuhus", "ladresIp", "IP地址", "ipAdres", "lastSeenIp", "clientAddr"],
        "text": ["IP:", "IP-čujuhus:", "Ladres IP:", "IP 地址:", "IP adres:", "signed in from"],
        "frag": ["ip", "last_ip", "ladres_ip"],
    },
    "URL": {
        "key": ["profiila", "lienProfil", "個人頁", "profielLink", "fundraiserUrl", "portalLink"],
        "text": ["Profile:", "Profiila:", "Čoaggin:", "Profil:", "Kolekt fon:", "個人頁:", "Profiel:", "Portal:"],
        "frag": ["profile", "url"],
    },
    "SECRET": {
        "key": ["beassansatni", "modpas", "密碼", "pasword", "apiKey", "dbConnection", "bearerToken"],
        "text": ["token:", "Beassansátni:", "Modpas:", "密碼:", "Bi̍t-bé:", "Kibri wortu:", "Authorization: Bearer",
                 "connection string:"],
        "frag": ["token", "pwd", "secret", "modpas"],
    },
}

# object keys that name the category (a key_cue key or pattern property sits inside one of these)
GROUP_KEYS = {
    "PERSON": ["namedInsureds", "pasieanttat", "sikimanNen"], "DATE_OF_BIRTH": ["birthDates", "riegadanbeaivvit"],
    "MRN": ["chartNumbers", "dosieMedikal"], "US_SSN": ["ssnIndex"], "PHONE_NUMBER": ["telefovnnat", "phoneNumbers"],
    "EMAIL_ADDRESS": ["emailContacts"], "STREET_ADDRESS": ["mailingAddresses"], "ZIP_CODE": ["zipIndex"],
    "HEALTH_PLAN_ID": ["planMembers"], "ACCOUNT_NUMBER": ["depositoryAccounts"], "LICENSE_NUMBER": ["driverLicenses"],
    "DEVICE_ID": ["deviceSerials", "macTable"], "VEHICLE_ID": ["vehicleVins"], "IP_ADDRESS": ["seenIps"],
    "URL": ["profileUrls"], "SECRET": ["credentials"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["riegadanbeaivi", "dat_nesans", "出世日", "geboreDei", "BorrowerBirthDate", "TaxpayerIdentifierValue",
                 "boxA_employeeSSN", "DG11.5F2B", "patientFullName", "chartNo", "macAddr", "vin", "ContactPointEmailValue",
                 "beassansatni", "medicareMbi", "postkode"]
HN_CODE_ENUMS = [
    ("NUBC admission type codes", ["1", "2", "3", "4", "5", "9"]),
    ("X12 CARC group codes", ["CO", "PR", "OA", "PI", "CR"]),
    ("CMS place of service codes", ["11", "21", "22", "23", "31", "81"]),
    ("HCPCS modifiers", ["LT", "RT", "25", "59", "GA", "TC"]),
    ("ISO 5218 sex codes", ["0", "1", "2", "9"]),
    ("ICAO 9303 document codes", ["P", "PD", "ID", "V", "AC"]),
    ("MISMO LoanPurposeType", ["Purchase", "Refinance", "Other"]),
    ("ISO 4217 currencies", ["NOK", "MUR", "SCR", "SRD", "TWD", "IRR"]),
    ("ATC anatomical main groups", ["A", "B", "C", "J", "N", "R"]),
    ("RxNorm term types", ["IN", "PIN", "SCD", "SBD", "GPCK"]),
    ("ISO 639-3 language codes", ["sme", "mfe", "nan", "srn", "crs"]),
    ("NUBC revenue codes", ["0300", "0450", "0636", "0710"]),
    ("ISO 3166-1 alpha-3", ["NOR", "MUS", "SYC", "SUR", "TWN", "LUX"]),
]
HN_PLACEHOLDERS = ["patient@example.invalid", "+44 20 7946 0321", "(02) 5550 4477", "192.0.2.77", "3fff:1234::9",
                   "987-65-4321", "***-**-****", "00-00-5E-00-53-2A", "${DB_PASSWORD}", "{{patient.mrn}}",
                   "<REDACTED>", "noreply@example.org", "https://portal.example.com/patients/{patientId}",
                   "198.51.100.200", "INSERT_API_KEY_HERE"]
HN_FORMAT_REGEXES = [r"^[A-Z][12]\d{8}$", r"^\d{11}$", r"^\d{2}-\d{6}-\d{6}-\d$", r"^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$",
                     r"^[A-Z]{2}\d{2}[A-Z]{4}\d{20}[A-Z]{3}$", r"^UR\d{7}$", r"^[A-Z]{3}\d{9}$",
                     r"^P<[A-Z]{3}[A-Z<]{39}$", r"^([0-9a-f]{4}\.){2}[0-9a-f]{4}$", r"^W\d{9}$",
                     r"^\d{3}-\d{2}-\d{4}$"]
HN_NAME_WORDS = ["Dawn", "Robin", "Ivy", "Hunter", "Paris", "Sydney", "Mercedes", "Aurora", "Savannah", "Phoenix",
                 "Dallas", "Cruz"]
HN_VERSION_DATES = ["Kratos v1.3.0 (2024-09-26)", "Added in API revision 2023-05-11.", "2021-12", "since 2022-08-30",
                    "Spec snapshot 2025-02-14", "Deprecated 2024-01-31; removed later.", "Release train 2020-10-05"]
HN_CATEGORY_TEXT = [
    "The patient's date of birth, ISO 8601.",
    "Pasieantta riegádanbeaivi formáhtas JJJJ-MM-BB.",
    "Nimero telefonn pasian, format E.164.",
    "病人的出世日，用西元年月日寫。",
    "A nomru fu a sekerfasi fu a sikiman.",
    "Social Security number of the employee as shown in W-2 box a.",
    "Journálanummár mii čájehuvvo buohcci-kárttas.",
    "Ladres lakaz pasian, san kod postal.",
    "Vehicle identification number as in ACORD Vehicle_VINIdentifier_A, 17 characters.",
    "車牌號碼，照監理站的格式。",
]
HN_TOOL_NAMES = ["find_patient_by_birthdate", "lookup_member_mbi", "verify_taxpayer_identifier", "get_vehicle_vin",
                 "search_riegadanbeaivi"]
HN_FILE_WORDS = ["patient-birthdate-index", "ssn-format-rules", "vin-decoder-table"]
