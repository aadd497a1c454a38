"""Cues, name tables, neutral keys and hard-negative pools for the forty-fifth set.

Cue languages: English written the way code and data dictionaries write it (spellings fresh to this set:
enrolleeNmTxt, beneFullNm, birthDtVal, dtBirthTxt, mrnValTxt, chartNoStr, ssnValStr, socSecNbrTxt, cellNbrTxt,
emailTxtVal, streetAddrTxt, zip5Txt, memberIdVal, hicnNbr, acctNoTxt, pmtCardNbr, dlNoTxt, imeiStr, macAddrStr,
vinStr, ipAddrTxt, profileUri, apiKeyStr, dbConnStr, ...), Pennsylvania Dutch (Deitsch), Taglish (Tagalog-English
as Filipinos write it) and Hawaiian Pidgin (Hawai'i Creole English).  The Deitsch, Taglish and Pidgin phrases are the
builder's own best-effort spellings, not copied from a dictionary.  Data-dictionary spellings: the ACC NCDR CathPCI
Registry patient data elements (Last Name 2000, First Name 2010, SSN 2030, Patient ID 2040, Birth Date 2050, Patient
Zip Code 2065) and the US Standard Certificate of Death (2003 revision: decedent's legal name, Social Security
Number, date of birth, residence street and number, residence ZIP code, informant's name), both written from the
builder's memory, not re-read.
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); romanised forms for non-Latin scripts.
HAND_NAMES = [
    ("Tinag", "Ruepong", None, "Yapese"),
    ("Sehna", "Ligohr", None, "Pohnpeian"),
    ("Tulensa", "Palik", None, "Kosraean"),
    ("Tehahenteh", "Skenandore", None, "Oneida"),
    ("Dewasenta", "Jimerson", None, "Seneca"),
    ("Gadeelip", "Dudoward", None, "Tsimshian"),
    ("Delphina", "Antone", None, "Tohono O'odham"),
    ("Imala", "Colbert", None, "Chickasaw"),
    ("Wakon", "Lookout", None, "Osage"),
    ("Saqijix", "Xicay", None, "Kaqchikel"),
    ("Ndapo", "Trejo", None, "Otomi (Hñähñu)"),
    ("Obang", "Ojulu", None, "Anuak"),
    ("Yahia", "Zahroni", "يحيى زهروني", "Mandaean (Arabic script)"),
    ("Roşna", "Çewlik", None, "Zaza"),
    ("Sarthe", "Timung", None, "Karbi"),
    ("Cakheu", "Jalo", None, "Lahu"),
    ("Gunabanda", "Uruwarige", "ගුණබණ්ඩා ඌරුවාරිගේ", "Vedda (Sinhala script)"),
    ("Pothili", "Kwattan", "பொதிலி க்வட்டன்", "Toda (Tamil script)"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["leftover", "stowVal", "fld_z9", "bucketVal", "passedAlong", "odd_v", "crateVal", "spillover",
                "parked2", "set_aside", "aux7", "holdTmp", "blobX", "sideCar", "unowned", "trail_v", "cubby",
                "scrap"]
NEUTRAL_SENTENCES = ["Stayed behind after the {n} migration: {v}", "No owner was found for this during the review: {v}.",
                     "{v}", "Pulled over from the legacy card ({n}): {v}", "The nightly sync left {v} here.",
                     "Scrap from run {n}: {v}."]
NEUTRAL_XKEYS = ["x-left-behind", "x-stow-value", "x-sync-note", "x-set-aside", "x-unowned"]
NEUTRAL_TOOL_VERBS = ["pull", "push", "stage", "mirror", "emit", "route"]
NEUTRAL_DESCR = "Fills one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["enrolleeNmTxt", "beneFullNm", "nmLegalTxt", "naame_vum_granke", "pangalan_ng_patient",
                "da_patient_name", "ncdr.last_name", "decedent_legal_name"],
        "text": ["Enrollee nm txt:", "Bene full nm -", "Nm (legal):", "Naame vum Granke:", "Pangalan ng patient:",
                 "Da patient name stay:", "NCDR CathPCI Last Name / First Name:", "Certificate of Death, decedent's legal name:"],
        "frag": ["enrolleenm", "benefullnm", "nmlegal", "naamevumgranke", "pangalan", "dapatientname", "ncdrname",
                 "decedentname"],
    },
    "DATE_OF_BIRTH": {
        "key": ["birthDtVal", "dtBirthTxt", "dobIsoStr", "gebottsdaag", "petsa_ng_kapanganakan", "wen_dey_wen_born",
                "ncdr.birth_date", "dc.date_of_birth"],
        "text": ["Birth dt val:", "Dt birth txt -", "DOB (iso str):", "Gebottsdaag:", "Petsa ng kapanganakan niya:",
                 "Wen dey wen born:", "NCDR CathPCI 2050 Birth Date:", "Death certificate item 9, date of birth:"],
        "frag": ["birthdtval", "dtbirth", "dobiso", "gebottsdaag", "kapanganakan", "wendeyborn", "ncdrbirth",
                 "dcbirth"],
    },
    "MRN": {
        "key": ["mrnValTxt", "chartNoStr", "medRecordNbrTxt", "dokterbuch_nummer", "medical_record_number_niya",
                "da_kine_chart_numba", "ncdr.patient_id"],
        "text": ["MRN val txt:", "Chart no str -", "Med record nbr txt:", "Dokterbuch-Nummer:",
                 "Medical record number niya:", "Da kine chart numba:", "NCDR CathPCI 2040 Patient ID:"],
        "frag": ["mrnval", "chartno", "medrecordnbr", "dokterbuch", "recordniya", "chartnumba", "ncdrpatientid"],
    },
    "US_SSN": {
        "key": ["ssnValStr", "socSecNbrTxt", "ssn9Nbr", "sozial_sicherheits_nummer", "ssn_number_niya",
                "social_security_numba", "ncdr.ssn", "dc.ssn"],
        "text": ["SSN val str:", "Soc sec nbr txt -", "SSN (9 nbr):", "Sozial-Sicherheits-Nummer:", "SSN number niya:",
                 "Social Security numba:", "NCDR CathPCI 2030 SSN:", "Death certificate item 3, Social Security Number:"],
        "frag": ["ssnval", "socsecnbr", "ssn9", "sicherheitsnummer", "ssnniya", "socialnumba", "ncdrssn", "dcssn"],
    },
    "PHONE_NUMBER": {
        "key": ["cellNbrTxt", "homePhNbr", "phoneE164Str", "telefoon_nummer", "cellphone_number_niya",
                "phone_numba_fo_call"],
        "text": ["Cell nbr txt:", "Home ph nbr -", "Phone (E.164 str):", "Telefoon-Nummer:", "Cellphone number niya:",
                 "Phone numba fo call:"],
        "frag": ["cellnbr", "homephnbr", "phonee164", "telefoon", "cellphoneniya", "phonenumba"],
    },
    "EMAIL_ADDRESS": {
        "key": ["emailTxtVal", "eAddrStr", "primaryEmailTxt", "e_mehl_adress", "email_address_niya",
                "email_fo_dem"],
        "text": ["Email txt val:", "E-addr str -", "Primary email txt:", "E-Mehl-Adress:", "Email address niya:",
                 "Email fo dem:"],
        "frag": ["emailtxtval", "eaddrstr", "primaryemail", "emehl", "emailniya", "emailfodem"],
    },
    "STREET_ADDRESS": {
        "key": ["streetAddrTxt", "resStreetLn", "mailAddrLn1", "wuh_sie_wuhne", "address_ng_bahay",
                "whea_dey_stay", "dc.residence_street"],
        "text": ["Street addr txt:", "Res street ln -", "Mail addr ln1:", "Wuh sie wuhne:", "Address ng bahay:",
                 "Whea dey stay:", "Death certificate item 7d, residence street and number:"],
        "frag": ["streetaddrtxt", "resstreetln", "mailaddr", "wuhsiewuhne", "addressngbahay", "wheadeystay",
                 "dcresidence"],
    },
    "ZIP_CODE": {
        "key": ["zip5Txt", "postalCdVal", "resZipNbr", "poscht_zaahl", "zip_code_ng_bahay", "zip_fo_da_house",
                "ncdr.patient_zip", "dc.residence_zip"],
        "text": ["Zip5 txt:", "Postal cd val -", "Res zip nbr:", "Poscht-Zaahl:", "Zip code ng bahay:",
                 "Zip fo da house:", "NCDR CathPCI 2065 Patient Zip Code:", "Death certificate item 7f, ZIP code:"],
        "frag": ["zip5txt", "postalcdval", "reszip", "posachtzaahl", "zipngbahay", "zipfodahouse", "ncdrzip",
                 "dczip"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["memberIdVal", "insIdNbrTxt", "hicnNbr", "planSubscrId", "versicherungs_kaart_nummer",
                "insurance_member_id_niya", "insurance_card_numba"],
        "text": ["Member ID val:", "Ins ID nbr txt -", "HICN nbr:", "Plan subscr ID:", "Versicherungs-Kaart-Nummer:",
                 "Insurance member ID niya:", "Insurance card numba:"],
        "frag": ["memberidval", "insidnbr", "hicnnbr", "plansubscr", "versicherungskaart", "insuranceniya",
                 "insurancenumba"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["acctNoTxt", "ibanStr", "pmtCardNbr", "ptAcctNo", "bank_kondo_nummer", "bank_account_number_niya",
                "bank_account_numba"],
        "text": ["Acct no txt:", "IBAN str -", "Pmt card nbr:", "Pt acct no:", "Bank-Kondo-Nummer:",
                 "Bank account number niya:", "Bank account numba:"],
        "frag": ["acctnotxt", "ibanstr", "pmtcard", "ptacctno", "bankkondo", "bankniya", "banknumba"],
    },
    "LICENSE_NUMBER": {
        "key": ["dlNoTxt", "drvLicIdStr", "licNbrDl", "fuhrschein_nummer", "drivers_license_number_niya",
                "driver_license_numba"],
        "text": ["DL no txt:", "Drv lic ID str -", "Lic nbr (DL):", "Fuhrschein-Nummer:", "Driver's license number niya:",
                 "Driver license numba:"],
        "frag": ["dlnotxt", "drvlicid", "licnbrdl", "fuhrschein", "licenseniya", "licensenumba"],
    },
    "DEVICE_ID": {
        "key": ["imeiStr", "macAddrStr", "udiStr", "iccidNbr", "devSerialTxt", "masching_seriel_nummer",
                "serial_number_ng_device", "da_device_serial_numba"],
        "text": ["IMEI str:", "MAC addr str:", "UDI str -", "ICCID nbr:", "Dev serial txt:", "Masching-Seriel-Nummer:",
                 "Serial number ng device:", "Da device serial numba:"],
        "frag": ["imeistr", "macaddrstr", "udistr", "iccidnbr", "devserial", "maschingseriel", "serialngdevice",
                 "deviceserialnumba"],
    },
    "VEHICLE_ID": {
        "key": ["vinStr", "vehVinTxt", "plateNoTxt", "kaer_nummer", "plate_number_ng_kotse", "da_car_vin_numba"],
        "text": ["VIN str:", "Veh VIN txt -", "Plate no txt:", "Kaer-Nummer:", "Plate number ng kotse:",
                 "Da car VIN numba:"],
        "frag": ["vinstr", "vehvintxt", "platenotxt", "kaernummer", "platengkotse", "carvinnumba"],
    },
    "IP_ADDRESS": {
        "key": ["ipAddrTxt", "srcIpStr", "loginIpVal", "kampyuter_ip_adress", "ip_address_ng_computer",
                "ip_address_fo_da_computah"],
        "text": ["IP addr txt:", "Src IP str -", "Login IP val:", "Kampyuter IP-Adress:", "IP address ng computer:",
                 "IP address fo da computah:"],
        "frag": ["ipaddrtxt", "srcipstr", "loginipval"],
    },
    "URL": {
        "key": ["profileUri", "fundraiserLinkTxt", "personalUrlStr", "webblatt", "profile_link_niya",
                "dea_web_page"],
        "text": ["Profile URI:", "Fundraiser link txt -", "Personal URL str:", "Webblatt:", "Profile link niya:",
                 "Dea web page:"],
        "frag": ["profileuri", "fundraiserlink", "personalurl"],
    },
    "SECRET": {
        "key": ["apiKeyStr", "dbConnStr", "accessTokTxt", "geheemwatt", "password_niya", "da_secret_password"],
        "text": ["API key str:", "db conn str=", "access tok txt -", "Geheemwatt:", "Password niya:",
                 "Da secret password:"],
        "frag": ["apikeystr", "dbconnstr", "accesstok"],
    },
}

GROUP_KEYS = {
    "PERSON": ["enrolleeNmTxts", "beneFullNms", "naame_lischt"], "DATE_OF_BIRTH": ["birthDtVals", "dtBirthTxts"],
    "MRN": ["mrnValTxts", "chartNoStrs"], "US_SSN": ["ssnValStrs"], "PHONE_NUMBER": ["cellNbrTxts", "telefoon_nummere"],
    "EMAIL_ADDRESS": ["emailTxtVals"], "STREET_ADDRESS": ["streetAddrTxts"], "ZIP_CODE": ["zip5Txts"],
    "HEALTH_PLAN_ID": ["memberIdVals"], "ACCOUNT_NUMBER": ["acctNoTxts"], "LICENSE_NUMBER": ["dlNoTxts"],
    "DEVICE_ID": ["imeiStrs", "macAddrStrs"], "VEHICLE_ID": ["vinStrs"], "IP_ADDRESS": ["ipAddrTxts"],
    "URL": ["profileUris"], "SECRET": ["apiKeyStrs"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["birthDtVal", "enrolleeNmTxt", "mrnValTxt", "ssnValStr", "cellNbrTxt", "dlNoTxt", "vinStr",
                 "ipAddrTxt", "dbConnStr", "gebottsdaag", "petsa_ng_kapanganakan", "wen_dey_wen_born",
                 "ncdr.birth_date", "dc.date_of_birth"]
HN_CODE_ENUMS = [
    ("Vega-Lite mark types", ["bar", "line", "point", "area", "rect"]),
    ("Vega-Lite encoding types", ["quantitative", "ordinal", "nominal", "temporal"]),
    ("Adaptive Card text weights", ["default", "lighter", "bolder"]),
    ("Adaptive Card container styles", ["emphasis", "good", "attention", "warning", "accent"]),
    ("ICD-10-CM cardiac codes", ["I21.4", "I25.10", "I48.91", "I50.9"]),
    ("LOINC cardiac lab codes", ["2157-6", "10839-9", "33762-6", "2093-3"]),
    ("ISO 3166-1 alpha-2 countries", ["RS", "NP", "HK", "FM", "LK"]),
    ("BCP 47 language tags", ["pdc", "tl", "hwc", "sr-Latn-RS", "ne-NP"]),
    ("IANA time zones", ["Europe/Belgrade", "Asia/Kathmandu", "Asia/Hong_Kong", "Pacific/Pohnpei",
                         "Pacific/Honolulu"]),
    ("US state codes", ["HI", "PA", "NY", "MS"]),
    ("Death certificate manner of death codes", ["N", "A", "S", "H", "P", "C"]),
    ("NCDR CathPCI arrival status", ["Elective", "Urgent", "Emergency", "Salvage"]),
]
HN_PLACEHOLDERS = ["viewer@example.com", "cards@bot.invalid", "(808) 555-0176", "+1 717-555-0134",
                   "1-918-555-0192", "192.0.2.77", "198.51.100.140", "2001:db8:45::9", "###-##-####",
                   "<ADAPTIVE_CARD_BOT_SECRET>", "${VEGA_DATA_TOKEN}", "MRN-#######",
                   "https://example.net/charts/{patient_id}", "6011 1111 1111 1117", "3782 822463 10005",
                   "chart@registry.test"]
HN_FORMAT_REGEXES = [r"^[A-Z]\d{7}$", r"^\d{4}-\d{4}$", r"^xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+$", r"^LTAI[a-zA-Z0-9]{20}$",
                     r"^RS\d{20}$", r"^\d{3}[A-Z]{2}\d{4}$", r"^(\+|00)[1-9]\d{6,14}$",
                     r"^([0-9A-F]{4}\.){2}[0-9A-F]{4}$", r"^\d{5}(-\d{4})?$", r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$",
                     r"^\d{4}-W\d{2}-\d$", r"^R\d{8}$"]
HN_NAME_WORDS = ["Summer", "Faith", "Destiny", "Lily", "Violet", "Jasmine", "Ruby", "Pearl", "Hazel", "Olive", "Rowan",
                 "Forrest"]
HN_VERSION_DATES = ["API version 2025-03-11", "Deprecated after 2024-11-30.", "Supported since 2022-07-18",
                    "2019-09", "Changelog entry 2023-05-02", "Effective 2027-01-04", "Sunset 2029-06-29"]
HN_CATEGORY_TEXT = [
    "Viewer's date of birth, YYYY-MM-DD, when the card asks for it.",
    "Enrollee's contact email address.",
    "Patient's medical record number as the chart shows it.",
    "Gebottsdaag vum Granke (JJJJ-MM-DD).",
    "Petsa ng kapanganakan ng patient, YYYY-MM-DD format.",
    "Wen da patient wen born, write um YYYY-MM-DD.",
    "NCDR CathPCI Birth Date (2050): the patient's date of birth.",
    "Certificate of Death item 3: the decedent's Social Security Number.",
    "Enrollee's home telephone number.",
    "Member's Social Security number, masked when shown.",
]
HN_TOOL_NAMES = ["validate_patient_birthdate", "mask_enrollee_phone", "check_plate_format", "redact_decedent_ssn"]
HN_FILE_WORDS = ["patient-dob-format", "enrollee-email-rules", "decedent-ssn-mask"]
