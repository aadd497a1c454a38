"""Cues, name tables, neutral keys and hard-negative pools for the forty-eighth set.

Cue languages: English written the way code and data dictionaries write it (spellings fresh to this set:
enrolleeFullNmVal, nmSurnameFirst, dobTxt8, brthDtVal, urNbr, mrnTxtVal, ssnNbrVal, socSecNoTxt, cellNoVal, emlAddrVal,
stAddrTxt1, zipCdTxt, mbiDottedTxt, medicaidNbrVal, acctNbrVal, ibanNoTxt, dlNbrVal, imeiNoTxt, macAddrTxtVal, vinNoTxt,
ipAddrTxtVal, profileUrlVal, apiSecretTxt, ...), Geordie (Tyneside English), Doric (the Scots of north-east
Scotland) and Shetlandic (Shetland Scots).  The Geordie, Doric and Shetlandic phrases are the builder's own best-effort
spellings, not copied from a dictionary.  Data-dictionary spellings: the US Standard Certificate of Live Birth (2003
revision; mother's and child's items) and the CDC NEDSS Base System (NBS) patient fields, both written from the
builder's memory, not re-read.
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); romanised forms for non-Latin scripts.
HAND_NAMES = [
    ("Nasti", "Kurbatova", None, "Veps"),
    ("Olga", "Beldy", "Ольга Бельды", "Nanai (Cyrillic script)"),
    ("Gulmurad", "Chitrali", "گل مراد چترالی", "Khowar (Arabic script)"),
    ("Nino", "Shavkhelishvili", "ნინო შავხელიშვილი", "Batsbi (Georgian script)"),
    ("Lalboi", "Haokip", None, "Thadou"),
    ("Menrat", "Mro", None, "Mru"),
    ("Rupak", "Tanchangya", None, "Tanchangya"),
    ("Kyrmen", "Lamare", None, "Pnar"),
    ("Dipali", "Barman", None, "Rajbanshi"),
    ("Tadaw", "Umin", None, "Truku"),
    ("Voyu", "Peongsi", None, "Tsou"),
    ("Cheposait", "Lotee", None, "Pokot"),
    ("Hhawu", "Slaa", None, "Iraqw"),
    ("Lisbeth", "Opua", None, "Wounaan"),
    ("Seykuna", "Villafaña", None, "Arhuaco"),
    ("Tagüide", "Picanerai", None, "Ayoreo"),
    ("Dorinda", "Sinyella", None, "Havasupai"),
    ("Lavina", "Pushetonequa", None, "Meskwaki"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["leftover", "parkedVal", "fld_z9", "bucketB", "passedAlong", "stray_v", "heldBack", "surplus",
                "shelved", "set_aside", "aux7", "tmpParked", "blobY", "edgeVal", "orphaned", "trail_v", "cubby",
                "residue"]
NEUTRAL_SENTENCES = ["Carried over from the {n} import: {v}", "No owner after the cleanup: {v}.", "{v}",
                     "Pasted from the old sheet ({n}): {v}", "The nightly sync left {v} here.",
                     "Residue of run {n}: {v}."]
NEUTRAL_XKEYS = ["x-carried-over", "x-leftover-value", "x-import-note", "x-held-back", "x-orphaned"]
NEUTRAL_TOOL_VERBS = ["push", "pull", "stage", "mirror", "emit", "route"]
NEUTRAL_DESCR = "Holds one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["enrolleeFullNmVal", "nmSurnameFirst", "ptNameStrVal", "name_o_the_bairn", "fit_they_cry_ye",
                "name_o_da_patient", "birthcert.mother_legal_name", "nbs.patient_last_nm"],
        "text": ["Enrollee full nm val:", "Nm (surname first) -", "Pt name str val:", "Name o' the bairn:",
                 "Fit they cry ye:", "Name o da patient:", "Birth certificate item 8, mother's legal name:",
                 "NBS patient name ="],
        "frag": ["enrolleenm", "nmsurname", "ptnamestr", "bairnname", "fittheycry", "daname", "bcmother",
                 "nbsname"],
    },
    "DATE_OF_BIRTH": {
        "key": ["dobTxt8", "brthDtVal", "bornDtTxt", "born_on_the", "fan_wis_ye_born", "birthday_o_da_patient",
                "birthcert.mother_date_of_birth", "nbs.patient_dob"],
        "text": ["DOB txt8:", "Brth dt val -", "Born dt txt:", "Born on the:", "Fan wis ye born:",
                 "Birthday o da patient:", "Birth certificate item 9, mother's date of birth:", "NBS patient DOB:"],
        "frag": ["dobtxt", "brthdtval", "borndt", "bornonthe", "fanwisyeborn", "dabirthday", "bcmotherdob",
                 "nbsdob"],
    },
    "MRN": {
        "key": ["urNbr", "mrnTxtVal", "chartNumVal", "hospital_number_like", "chart_nummer_at_the_hoose",
                "hospital_nummer_fur_da_patient", "nbs.patient_local_id"],
        "text": ["UR nbr:", "MRN txt val -", "Chart num val:", "Hospital number, like:", "Chart nummer at the hoose:",
                 "Hospital nummer fur da patient:", "NBS patient local ID:"],
        "frag": ["urnbr", "mrntxt", "chartnumval", "hospnumberlike", "chartnummer", "hospnummer", "nbslocalid"],
    },
    "US_SSN": {
        "key": ["ssnNbrVal", "socSecNoTxt", "ssnIdVal", "the_social_number", "social_security_nummer",
                "social_nummer_o_da_patient", "birthcert.mother_ssn", "nbs.patient_ssn"],
        "text": ["SSN nbr val:", "Soc sec no txt -", "SSN id val:", "The social number, like:",
                 "Social security nummer:", "Social nummer o da patient:", "Birth certificate, mother's SSN:",
                 "NBS patient SSN:"],
        "frag": ["ssnnbrval", "socsecno", "ssnidval", "socialnumber", "socialnummer", "dasocial", "bcmotherssn",
                 "nbsssn"],
    },
    "PHONE_NUMBER": {
        "key": ["cellNoVal", "phNbrTxt", "mobilePhVal", "the_mobile_like", "phone_nummer", "phone_nummer_o_da_hoose",
                "nbs.patient_phone_home"],
        "text": ["Cell no val:", "Ph nbr txt -", "Mobile ph val:", "The mobile, like:", "Phone nummer:",
                 "Phone nummer o da hoose:", "NBS patient home phone:"],
        "frag": ["cellnoval", "phnbrtxt", "mobilephval", "themobile", "phonenummer", "dahoosephone", "nbsphone"],
    },
    "EMAIL_ADDRESS": {
        "key": ["emlAddrVal", "emailTxtStr", "contactEmlVal", "the_email_like", "email_address_fur_ye",
                "email_o_da_patient", "nbs.patient_email"],
        "text": ["Eml addr val:", "Email txt str -", "Contact eml val:", "The email, like:", "Email address fur ye:",
                 "Email o da patient:", "NBS patient email:"],
        "frag": ["emladdrval", "emailtxtstr", "contacteml", "theemail", "emailfurye", "daemail", "nbsemail"],
    },
    "STREET_ADDRESS": {
        "key": ["stAddrTxt1", "homeAddrVal", "resStreetTxt", "where_ye_stop", "far_ye_bide", "whaar_da_patient_bides",
                "birthcert.mother_residence_street", "nbs.patient_street_addr1"],
        "text": ["St addr txt1:", "Home addr val -", "Res street txt:", "Where ye stop:", "Far ye bide:",
                 "Whaar da patient bides:", "Birth certificate, mother's residence (street):", "NBS patient street:"],
        "frag": ["staddrtxt", "homeaddrval", "resstreettxt", "whereyestop", "faryebide", "whaarbides",
                 "bcresidence", "nbsstreet"],
    },
    "ZIP_CODE": {
        "key": ["zipCdTxt", "zip5Val", "postalCdTxt", "the_zip_like", "zip_fur_the_hoose", "zip_o_da_hoose",
                "birthcert.mother_residence_zip", "nbs.patient_zip"],
        "text": ["Zip cd txt:", "Zip5 val -", "Postal cd txt:", "The zip, like:", "Zip fur the hoose:",
                 "Zip o da hoose:", "Birth certificate, mother's residence ZIP:", "NBS patient ZIP:"],
        "frag": ["zipcdtxt", "zip5val", "postalcdtxt", "thezip", "zipfurhoose", "dazip", "bczip", "nbszip"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["mbiDottedTxt", "medicaidNbrVal", "memberIdTxtVal", "the_insurance_number", "insurance_nummer",
                "insurance_nummer_o_da_patient"],
        "text": ["MBI dotted txt:", "Medicaid nbr val -", "Member ID txt val:", "The insurance number, like:",
                 "Insurance nummer:", "Insurance nummer o da patient:"],
        "frag": ["mbidotted", "medicaidnbr", "memberidtxt", "insurancenumber", "insurancenummer", "dainsurance"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["acctNbrVal", "ibanNoTxt", "cardNoVal", "ptAcctTxt", "the_bank_number", "bank_nummer",
                "bank_nummer_o_da_patient"],
        "text": ["Acct nbr val:", "IBAN no txt -", "Card no val:", "Pt acct txt:", "The bank number, like:",
                 "Bank nummer:", "Bank nummer o da patient:"],
        "frag": ["acctnbrval", "ibannotxt", "cardnoval", "ptaccttxt", "banknumber", "banknummer", "dabank"],
    },
    "LICENSE_NUMBER": {
        "key": ["dlNbrVal", "drvLicNoTxt", "licNoVal", "the_driving_licence", "drivin_licence_nummer",
                "drivin_licence_o_da_patient"],
        "text": ["DL nbr val:", "Drv lic no txt -", "Lic no val:", "The driving licence, like:",
                 "Drivin licence nummer:", "Drivin licence o da patient:"],
        "frag": ["dlnbrval", "drvlicno", "licnoval", "drivinglicence", "drivinlicence", "dalicence"],
    },
    "DEVICE_ID": {
        "key": ["imeiNoTxt", "macAddrTxtVal", "udiTxtVal", "iccidNoTxt", "esnHexTxt", "devSerialVal",
                "the_gadget_serial", "serial_nummer_o_da_machine"],
        "text": ["IMEI no txt:", "MAC addr txt val:", "UDI txt val -", "ICCID no txt:", "ESN hex txt:",
                 "Dev serial val:", "The gadget serial, like:", "Serial nummer o da machine:"],
        "frag": ["imeinotxt", "macaddrtxtval", "uditxtval", "iccidnotxt", "esnhex", "devserialval",
                 "gadgetserial", "daserial"],
    },
    "VEHICLE_ID": {
        "key": ["vinNoTxt", "vehVinVal", "regPlateTxt", "the_motor_reg", "motor_plate", "plate o da car"],
        "text": ["VIN no txt:", "Veh VIN val -", "Reg plate txt:", "The motor reg, like:", "Motor plate:",
                 "Plate o da car:"],
        "frag": ["vinnotxt", "vehvinval", "regplatetxt", "motorreg", "motorplate", "daplate"],
    },
    "IP_ADDRESS": {
        "key": ["ipAddrTxtVal", "clientIpVal", "lastIpTxt", "the_computer_address", "ip_o_the_computer",
                "ip_o_da_computer"],
        "text": ["IP addr txt val:", "Client IP val -", "Last IP txt:", "The computer address, like:",
                 "IP o the computer:", "IP o da computer:"],
        "frag": ["ipaddrtxtval", "clientipval", "lastiptxt"],
    },
    "URL": {
        "key": ["profileUrlVal", "fundUrlTxt", "personalPageVal", "the_webpage_like", "page_o_yer_ain",
                "page o da patient"],
        "text": ["Profile URL val:", "Fund URL txt -", "Personal page val:", "The webpage, like:", "Page o yer ain:",
                 "Page o da patient:"],
        "frag": ["profileurlval", "fundurltxt", "personalpage"],
    },
    "SECRET": {
        "key": ["apiSecretTxt", "connUriVal", "tokTxtVal", "the_secret_word", "secret_wird", "da_secret_wird"],
        "text": ["API secret txt:", "conn uri val=", "tok txt val -", "The secret word, like:", "Secret wird:",
                 "Da secret wird:"],
        "frag": ["apisecrettxt", "connurival", "toktxtval"],
    },
}

GROUP_KEYS = {
    "PERSON": ["enrolleeFullNmVals", "ptNameStrVals", "bairn_names"], "DATE_OF_BIRTH": ["dobTxt8s", "brthDtVals"],
    "MRN": ["urNbrs", "chart_nummers"], "US_SSN": ["ssnNbrVals"], "PHONE_NUMBER": ["cellNoVals", "phone_nummers"],
    "EMAIL_ADDRESS": ["emlAddrVals"], "STREET_ADDRESS": ["stAddrTxt1s"], "ZIP_CODE": ["zipCdTxts"],
    "HEALTH_PLAN_ID": ["medicaidNbrVals"], "ACCOUNT_NUMBER": ["acctNbrVals"], "LICENSE_NUMBER": ["dlNbrVals"],
    "DEVICE_ID": ["imeiNoTxts", "macAddrTxtVals"], "VEHICLE_ID": ["vinNoTxts"], "IP_ADDRESS": ["ipAddrTxtVals"],
    "URL": ["profileUrlVals"], "SECRET": ["apiSecretTxts"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["dobTxt8", "enrolleeFullNmVal", "urNbr", "ssnNbrVal", "cellNoVal", "dlNbrVal", "vinNoTxt",
                 "ipAddrTxtVal", "connUriVal", "born_on_the", "fan_wis_ye_born", "birthday_o_da_patient",
                 "birthcert.mother_date_of_birth", "nbs.patient_ssn"]
HN_CODE_ENUMS = [
    ("Compose restart policies", ["no", "always", "on-failure", "unless-stopped"]),
    ("Compose pull policies", ["always", "never", "missing", "build", "daily"]),
    ("WinGet installer types", ["msix", "msi", "appx", "exe", "zip", "inno", "nullsoft", "wix", "burn", "portable"]),
    ("WinGet installer scopes", ["user", "machine"]),
    ("ICD-10-CM injury codes", ["S52.501A", "S82.201A", "T14.90XA", "W19.XXXA"]),
    ("LOINC lab codes", ["2345-7", "718-7", "4548-4", "2160-0"]),
    ("ISO 3166-1 alpha-2 countries", ["IS", "AT", "HR", "PH", "LU"]),
    ("BCP 47 language tags", ["en-HK", "fr-LU", "sco", "en-GB-scotland", "is-IS"]),
    ("IANA time zones", ["Asia/Hong_Kong", "Europe/Luxembourg", "Atlantic/Reykjavik", "America/Chicago",
                         "Europe/Zagreb"]),
    ("US state codes", ["AL", "TN", "MO", "DE", "KY"]),
    ("Birth certificate method of delivery", ["vaginal-spontaneous", "vaginal-forceps", "vaginal-vacuum",
                                               "cesarean"]),
    ("NBS case statuses", ["confirmed", "probable", "suspect", "not-a-case"]),
]
HN_PLACEHOLDERS = ["bairn@example.org", "ops@registry.invalid", "(901) 555-0163", "+1 615-555-0129",
                   "1-314-555-0171", "192.0.2.77", "198.51.100.140", "2001:db8:48::30", "XXX-XX-XXXX",
                   "<WINGET_PAT>", "${COMPOSE_REGISTRY_TOKEN}", "MRN-XXXXXXX",
                   "https://example.com/patients/{patient_id}", "ff:ff:ff:ff:ff:ff", "4111 1111 1111 1111",
                   "pkg@manifests.example"]
HN_FORMAT_REGEXES = [r"^UR\d{7}$", r"^\d{4}\.\d{4}$", r"^glffct-[0-9a-zA-Z_-]{20}$", r"^A3-[A-Z0-9]{6}-",
                     r"^\d{3}-\d{2}-\d{4}$", r"^\+?[1-9]\d{1,14}$", r"^([0-9A-F]{4}\.){2}[0-9A-F]{4}$",
                     r"^\d{5}(-\d{4})?$", r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^AT\d{18}$",
                     r"^\d{2}/\d{2}/\d{2}$", r"^OSC\d{8}$"]
HN_NAME_WORDS = ["Summer", "Rose", "Holly", "Ivy", "Star", "Sky", "Blaze", "Penny", "Goldie", "Forrest", "Birdie",
                 "Raven"]
HN_VERSION_DATES = ["API version 2025-03-27", "Deprecated from 2026-06-30.", "Supported since 2022-11-08",
                    "2019-09", "Changelog entry 2023-02-14", "Effective 2027-01-04", "Sunset 2029-12-31"]
HN_CATEGORY_TEXT = [
    "Publisher contact's date of birth, YYYY-MM-DD, if collected.",
    "Maintainer's email address.",
    "Patient's unit-record number as held by the hospital.",
    "Birthday o da patient (YYYY-MM-DD).",
    "Fan wis ye born? Write the date o birth here.",
    "The bairn's date of birth, like, in ISO form.",
    "Birth certificate item 9: mother's date of birth (MM/DD/YYYY).",
    "NBS patient SSN, masked on output.",
    "Service owner's telephone number.",
    "Member's Medicaid number, never logged.",
]
HN_TOOL_NAMES = ["validate_patient_email", "redact_member_ssn", "check_vin_checksum", "mask_dob_field"]
HN_FILE_WORDS = ["patient-email-mask", "member-ssn-format", "patient-mrn-rules"]
