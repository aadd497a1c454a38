"""Cues, name tables, neutral keys and hard-negative pools for the fifty-first set.

Cue languages: English written the way code and data dictionaries write it, here in COBOL copybook style (upper case,
hyphen-joined abbreviations fresh to this set: PAT-FULL-NM, WS-DOB-CCYYMMDD, PAT-MRN-NO, SOC-SEC-NBR, PH-CELL-NO,
EML-ADR, ADR-LN-1, ZIP-PLUS-4, MBI-NO, BNK-ACCT-NO, DRVR-LIC-NO, IMEI-NO, VIN-NO-X, CLNT-IP-ADR, PRFL-URL, CONN-STR-X,
...), Bajan (Barbadian Creole English) and Trinidadian English Creole.  The Bajan and Trinidadian phrases are the
builder's own best-effort spellings, not copied from a dictionary.  Data-dictionary spellings: the US passport
application Form DS-11 (item numbers and names as the builder remembers them) and the CMS-40B Application for
Enrollment in Medicare Part B (likewise); the 'ds11.' / 'cms40b.' key prefixes are the builder's notation.
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); romanised forms for non-Latin scripts.
HAND_NAMES = [
    ("Jonali", "Pegu", "জোনালী পেগু", "Mising (Assamese script)"),
    ("Agyao", "Dulnuan", None, "Kalinga"),
    ("Ligaya", "Bayawan", None, "Manobo"),
    ("Khai Kho", "Suantak", None, "Zomi"),
    ("Aqiu", "Lu", "阿秋·卢", "Hani (Chinese characters, interpunct-separated)"),
    ("Kham", "Dao", None, "Tai Nüa"),
    ("Nantu", "Tsamajain", None, "Awajún"),
    ("Laaj", "Montes", None, "Wichí"),
    ("Tsuptó", "Buprewên", None, "Xavante"),
    ("Quiyá", "Zaragoza", None, "Chatino"),
    ("Xanath", "Olmedo", None, "Totonac"),
    ("Iselaca", "Gámez", None, "Lenca"),
    ("Xhas", "Raymundo", None, "Ixil"),
    ("Jiyi", "Nate", None, "Tsimané"),
    ("Kuyujani", "Lambos", None, "Pemón"),
    ("Ojidu", "Moraleda", None, "Warao"),
    ("Seynekun", "Zarabata", None, "Kogi"),
    ("Floro", "Tunubalá", None, "Misak"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["FILLER-X", "leftBehind", "fld_z7", "bucketVal", "passedAlong", "stray_v", "drawerVal", "spillover",
                "tucked", "set_aside", "aux9", "tmpKeep", "payloadQ", "sideline", "orphaned", "end_v", "cubby",
                "residue"]
NEUTRAL_SENTENCES = ["Stayed behind after the {n} migration: {v}", "Found in the broker log during the review: {v}.", "{v}",
                     "Copied from the desktop agent dump ({n}): {v}", "The nightly sync left {v} here.",
                     "Residue of job {n}: {v}."]
NEUTRAL_XKEYS = ["x-left-behind", "x-stray-value", "x-sync-note", "x-set-aside", "x-orphaned"]
NEUTRAL_TOOL_VERBS = ["push", "pull", "route", "mirror", "emit", "stash"]
NEUTRAL_DESCR = "Holds a single {thing} payload."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["PAT-FULL-NM", "WS-PT-NM", "BENE-NM-LF", "wha_de_sick_person_name", "patient_name_oui",
                "ds11.applicant_name", "cms40b.your_name"],
        "text": ["PAT-FULL-NM:", "WS-PT-NM =", "BENE-NM-LF (last, first):", "Wha de sick person name is:",
                 "De patient name, oui:", "DS-11 item 1, name of applicant:", "CMS-40B item 2, your name:"],
        "frag": ["patfullnm", "wsptnm", "benenmlf", "sickpersonname", "patientnameoui", "dsapplicant", "cmsname"],
    },
    "DATE_OF_BIRTH": {
        "key": ["WS-DOB-CCYYMMDD", "PAT-BRTH-DT", "DOB-MMDDCCYY", "de_day_e_born", "wen_yuh_born",
                "ds11.date_of_birth", "cms40b.date_of_birth"],
        "text": ["WS-DOB-CCYYMMDD:", "PAT-BRTH-DT =", "DOB-MMDDCCYY:", "De day e born:", "Wen yuh born:",
                 "DS-11 item 2, date of birth:", "CMS-40B, your date of birth:"],
        "frag": ["wsdob", "patbrthdt", "dobmmdd", "dedayeborn", "wenyuhborn", "dsdob", "cmsdob"],
    },
    "MRN": {
        "key": ["PAT-MRN-NO", "CHRT-NBR", "HOSP-REC-ID", "hospital_book_numba", "file_number_by_de_hospital"],
        "text": ["PAT-MRN-NO:", "CHRT-NBR =", "HOSP-REC-ID:", "Hospital book numba:", "File number by de hospital:"],
        "frag": ["patmrnno", "chrtnbr", "hosprecid", "hospitalbook", "filenumberhospital"],
    },
    "US_SSN": {
        "key": ["PAT-SSN-9", "SSN-NUM-X", "SOC-SEC-NBR", "social_security_numba_usa", "social_security_from_merica",
                "ds11.social_security_number"],
        "text": ["PAT-SSN-9:", "SSN-NUM-X =", "SOC-SEC-NBR:", "Social security numba (USA):",
                 "Social security number from Merica:", "DS-11 item 5, Social Security number:"],
        "frag": ["patssn", "ssnnumx", "socsecnbr", "socialnumba", "socialmerica", "dsssn"],
    },
    "PHONE_NUMBER": {
        "key": ["PH-CELL-NO", "TEL-HOME-NBR", "CNTCT-PH", "cell_numba", "yuh_cell_number", "ds11.primary_phone",
                "cms40b.phone_number"],
        "text": ["PH-CELL-NO:", "TEL-HOME-NBR =", "CNTCT-PH:", "Cell numba:", "Yuh cell number:",
                 "DS-11 item 7, primary phone number:", "CMS-40B, your phone number:"],
        "frag": ["phcellno", "telhomenbr", "cntctph", "cellnumba", "yuhcell", "dsphone", "cmsphone"],
    },
    "EMAIL_ADDRESS": {
        "key": ["EML-ADR", "PERS-EMAIL-X", "CNTCT-EMAIL", "e_mail_fuh_de_patient", "yuh_email", "ds11.email"],
        "text": ["EML-ADR:", "PERS-EMAIL-X =", "CNTCT-EMAIL:", "E-mail fuh de patient:", "Yuh email:",
                 "DS-11 item 6, email address:"],
        "frag": ["emladr", "persemail", "cntctemail", "emailfuh", "yuhemail", "dsemail"],
    },
    "STREET_ADDRESS": {
        "key": ["ADR-LN-1", "RES-STR-ADR", "MAIL-ADR-LN", "whey_e_does_live", "whey_yuh_livin",
                "ds11.mailing_address", "cms40b.mailing_address"],
        "text": ["ADR-LN-1:", "RES-STR-ADR =", "MAIL-ADR-LN:", "Whey e does live:", "Whey yuh livin':",
                 "DS-11 item 8, mailing address:", "CMS-40B, your mailing address:"],
        "frag": ["adrln", "resstradr", "mailadrln", "wheyedoeslive", "wheyyuhlivin", "dsaddress"],
    },
    "ZIP_CODE": {
        "key": ["ZIP-5", "ZIP-PLUS-4", "PSTL-CD", "zip_numba_usa", "zip_code_from_merica", "ds11.zip_code"],
        "text": ["ZIP-5:", "ZIP-PLUS-4 =", "PSTL-CD:", "Zip numba (USA):", "Zip code from Merica:",
                 "DS-11 item 8, ZIP code:"],
        "frag": ["zipfive", "zipplus", "pstlcd", "zipnumba", "zipmerica", "dszip"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["MBI-NO", "MCAID-ID-NO", "PLN-MBR-ID", "insurance_card_numba", "medical_card_number",
                "cms40b.medicare_number"],
        "text": ["MBI-NO:", "MCAID-ID-NO =", "PLN-MBR-ID:", "Insurance card numba:", "Medical card number:",
                 "CMS-40B item 1, your Medicare number:"],
        "frag": ["mbino", "mcaidid", "plnmbrid", "insurancecard", "medicalcard", "cmsmedicare"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["BNK-ACCT-NO", "IBAN-X", "CARD-NO-X", "HOSP-ACCT-ID", "bank_account_numba", "bank_account_eh"],
        "text": ["BNK-ACCT-NO:", "IBAN-X =", "CARD-NO-X:", "HOSP-ACCT-ID:", "Bank account numba:",
                 "Bank account, eh:"],
        "frag": ["bnkacctno", "ibanx", "cardnox", "hospacctid", "bankaccountnumba", "bankaccounteh"],
    },
    "LICENSE_NUMBER": {
        "key": ["DRVR-LIC-NO", "DL-NUM-X", "LIC-NO-ST", "drivin_licence_numba", "drivers_permit_number"],
        "text": ["DRVR-LIC-NO:", "DL-NUM-X =", "LIC-NO-ST:", "Drivin' licence numba:", "Driver's permit number:"],
        "frag": ["drvrlicno", "dlnumx", "licnost", "drivinlicence", "driverspermit"],
    },
    "DEVICE_ID": {
        "key": ["IMEI-NO", "MAC-ADR-X", "UDI-DI-PI", "ICCID-NO", "DEV-SER-NO", "de_machine_serial_numba",
                "de_gadget_serial"],
        "text": ["IMEI-NO:", "MAC-ADR-X =", "UDI-DI-PI:", "ICCID-NO:", "DEV-SER-NO:", "De machine serial numba:",
                 "De gadget serial:"],
        "frag": ["imeino", "macadrx", "udidipi", "iccidno", "devserno", "machineserial", "gadgetserial"],
    },
    "VEHICLE_ID": {
        "key": ["VIN-NO-X", "VEH-ID-NO", "LIC-PLT-NO", "de_car_chassis_numba", "de_car_registration"],
        "text": ["VIN-NO-X:", "VEH-ID-NO =", "LIC-PLT-NO:", "De car chassis numba:", "De car registration:"],
        "frag": ["vinnox", "vehidno", "licpltno", "carchassis", "carregistration"],
    },
    "IP_ADDRESS": {
        "key": ["CLNT-IP-ADR", "IP-ADR-X", "LAST-LGN-IP", "de_computer_ip", "ip_fuh_de_laptop"],
        "text": ["CLNT-IP-ADR:", "IP-ADR-X =", "LAST-LGN-IP:", "De computer IP:", "IP fuh de laptop:"],
        "frag": ["clntipadr", "ipadrx", "lastlgnip"],
    },
    "URL": {
        "key": ["PRFL-URL", "FNDRSR-URL", "HOME-PG-URL", "e_own_web_page", "yuh_page_on_de_internet"],
        "text": ["PRFL-URL:", "FNDRSR-URL =", "HOME-PG-URL:", "E own web page:", "Yuh page on de internet:"],
        "frag": ["prflurl", "fndrsrurl", "homepgurl"],
    },
    "SECRET": {
        "key": ["API-KEY-X", "CONN-STR-X", "PSWD-X", "AUTH-TKN", "de_secret_password", "de_password_doh_tell_nobody"],
        "text": ["API-KEY-X:", "CONN-STR-X =", "PSWD-X:", "AUTH-TKN:", "De secret password:",
                 "De password, doh tell nobody:"],
        "frag": ["apikeyx", "connstrx", "authtkn"],
    },
}

GROUP_KEYS = {
    "PERSON": ["PAT-FULL-NMS", "WS-PT-NM-TBL", "sick_people_names"], "DATE_OF_BIRTH": ["WS-DOB-TBL", "days_dem_born"],
    "MRN": ["PAT-MRN-TBL", "hospital_books"], "US_SSN": ["SOC-SEC-TBL"], "PHONE_NUMBER": ["PH-CELL-TBL", "cell_numbas"],
    "EMAIL_ADDRESS": ["EML-ADR-TBL"], "STREET_ADDRESS": ["ADR-LN-TBL"], "ZIP_CODE": ["ZIP-TBL"],
    "HEALTH_PLAN_ID": ["PLN-MBR-TBL"], "ACCOUNT_NUMBER": ["BNK-ACCT-TBL"], "LICENSE_NUMBER": ["DRVR-LIC-TBL"],
    "DEVICE_ID": ["IMEI-TBL", "MAC-ADR-TBL"], "VEHICLE_ID": ["VIN-TBL"], "IP_ADDRESS": ["CLNT-IP-TBL"],
    "URL": ["PRFL-URL-TBL"], "SECRET": ["API-KEY-TBL"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["WS-DOB-CCYYMMDD", "PAT-FULL-NM", "PAT-MRN-NO", "SOC-SEC-NBR", "PH-CELL-NO", "DRVR-LIC-NO",
                 "VIN-NO-X", "CLNT-IP-ADR", "CONN-STR-X", "de_day_e_born", "wen_yuh_born", "ds11.date_of_birth",
                 "cms40b.medicare_number", "hospital_book_numba"]
HN_CODE_ENUMS = [
    ("FDC3 context types", ["fdc3.instrument", "fdc3.contact", "fdc3.organization", "fdc3.portfolio",
                            "fdc3.position"]),
    ("FDC3 standard intents", ["ViewChart", "ViewNews", "StartCall", "ViewInstrument", "ViewQuote"]),
    ("WoT security schemes", ["nosec", "basic", "digest", "bearer", "psk", "oauth2", "apikey"]),
    ("WoT form operations", ["readproperty", "writeproperty", "observeproperty", "invokeaction", "subscribeevent"]),
    ("ICD-10-CM chronic condition codes", ["E78.5", "K21.9", "M54.5", "F41.1"]),
    ("LOINC laboratory codes", ["2345-7", "718-7", "4548-4", "2093-3"]),
    ("ISO 3166-1 alpha-2 countries", ["BB", "TT", "CO", "IN", "PH"]),
    ("BCP 47 language tags", ["bjs", "trf", "mr-IN", "es-CO", "en-BB"]),
    ("IANA time zones", ["America/Barbados", "America/Port_of_Spain", "America/Bogota", "Asia/Kolkata",
                         "America/Denver"]),
    ("US state codes", ["CO", "UT", "ID", "MT", "WY"]),
    ("Medicare Part B enrollment periods", ["IEP", "GEP", "SEP"]),
    ("Passport book types", ["regular", "large", "card"]),
]
HN_PLACEHOLDERS = ["agent@example.org", "desk@broker.invalid", "(246) 555-0139", "+1 868-555-0176",
                   "1-303-555-0112", "192.0.2.71", "198.51.100.202", "2001:db8:51:2::9", "XXX-XX-XXXX",
                   "<FDC3_APP_TOKEN>", "${WOT_BEARER_TOKEN}", "MRN-XXXXXXX",
                   "https://example.org/things/{thing_id}", "ff:ff:ff:ff:ff:ff", "4111 1111 1111 1111",
                   "trader@desk.example"]
HN_FORMAT_REGEXES = [r"^[A-Z]{2}\d{7}$", r"^\d{4}-\d{4}-\d{2}$", r"^glpat-[\w-]{20}$", r"^dapi[a-f0-9]{32}$",
                     r"^[A-Z]{1,2}\d{6,8}$", r"^\+1\d{10}$", r"^([0-9A-F]{2}-){5}[0-9A-F]{2}$",
                     r"^\d{5}(-\d{4})?$", r"^[\w.+-]+@[\w-]+\.[\w.]+$", r"^CO\d{2}[A-Z0-9]{20}$",
                     r"^\d{8}$", r"^[1-9][AC-HJKMNP-RT-Y]\d{2}$"]
HN_NAME_WORDS = ["Harmony", "Meadow", "Clover", "Lark", "Ocean", "Wren", "Jasper", "Cove", "Marigold", "Sunny",
                 "Reed", "Cliff"]
HN_VERSION_DATES = ["API version 2025-03-18", "Deprecated from 2026-04-30.", "Supported since 2022-09-27",
                    "2019-09", "Changelog entry 2023-05-11", "Effective 2027-01-01", "Sunset 2029-06-30"]
HN_CATEGORY_TEXT = [
    "Contact's date of birth, CCYY-MM-DD, when the broker records it.",
    "Trader's e-mail address as shown in the desktop agent.",
    "Patient's medical record number as kept by the hospital.",
    "De day e born, wrote as CCYY-MM-DD.",
    "Wen yuh born (year, month, day).",
    "PAT-MRN-NO: the chart number of the patient, seven digits.",
    "DS-11 item 2: the applicant's date of birth, mm/dd/yyyy.",
    "CMS-40B item 1: the enrollee's Medicare number from the red, white and blue card.",
    "Owner's contact phone number for the thing.",
    "Member's Social Security number, masked on output.",
]
HN_TOOL_NAMES = ["validate_trader_email", "redact_member_ssn", "check_vin_checksum", "mask_contact_dob_field"]
HN_FILE_WORDS = ["trader-email-mask", "member-ssn-format", "patient-mrn-rules"]
