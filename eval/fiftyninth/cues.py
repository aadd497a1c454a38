"""Cues, surname table, neutral keys and hard-negative pools for the fifty-ninth set (US mainstream).

Cue language: plain US English as a US ambulatory-care team writes it, and field names from these data
dictionaries and API docs (written from the builder's memory, not re-read for this set):
  * athenahealth API (Patients / Insurances endpoints): patientid, firstname, lastname, dob, ssn, mobilephone,
    homephone, email, address1, zip, insuranceidnumber, guarantoraccountnumber ("athena." prefix is the
    builder's notation);
  * eClinicalWorks patient fields (legacy database / export names): ufname, ulname, ptDob, ssn, umobileno, uemail,
    upaddress, zipcode, controlNo;
  * NextGen person / patient tables: first_name, last_name, date_of_birth, ssn, cell_phone, email_address,
    address_line_1, zip, med_rec_nbr;
  * Allscripts / Veradigm Unity API (GetPatient): FirstName, LastName, DateOfBirth, SSN, MRN, CellPhone, Email,
    Addr1, ZipCode;
  * the state Medicaid programs: Ohio Medicaid (Medicaid ID, 12 digits), Michigan MDHHS (mihealth card
    beneficiary ID), Florida AHCA (Florida Medicaid ID), Arizona AHCCCS (AHCCCS ID);
  * abbreviations US code uses: pt_nm, pt_dob, mrn_no, ssn_no, ph_no, email_addr, addr1, zip_cd, ins_mbr_id,
    acct_no, dl_num, dev_sn, vin_no, ip_addr, api_key.
"""

# ------------------------------------------------------------------ surnames beyond the 100 most frequent
# Census 2000 surname list entries as US records write them (the builder's picks from memory of the list; the
# list itself could not be fetched: see README "Slips").  (surname, group)
HAND_SURNAMES = [
    ("Kowalczyk", "Polish-American"), ("Wisniewski", "Polish-American"), ("Nowicki", "Polish-American"),
    ("Zielinski", "Polish-American"), ("Grabowski", "Polish-American"), ("Kaczmarek", "Polish-American"),
    ("Tran", "Vietnamese-American"), ("Pham", "Vietnamese-American"), ("Huynh", "Vietnamese-American"),
    ("Vo", "Vietnamese-American"), ("Truong", "Vietnamese-American"), ("Dang", "Vietnamese-American"),
    ("Haddad", "Arab-American"), ("Saleh", "Arab-American"), ("Khoury", "Arab-American"),
    ("Bazzi", "Arab-American"), ("Beydoun", "Arab-American"), ("Mansour", "Arab-American"),
    ("Washington", "African-American"), ("Jefferson", "African-American"), ("Mosley", "African-American"),
    ("Gaines", "African-American"), ("Pettaway", "African-American"), ("Battle", "African-American"),
    ("Valenzuela", "Hispanic"), ("Ibarra", "Hispanic"), ("Quintero", "Hispanic"), ("Orozco", "Hispanic"),
    ("Villarreal", "Hispanic"), ("Zamora", "Hispanic"),
    ("Hinkle", "long tail"), ("Yoder", "long tail"), ("Stoltzfus", "long tail"), ("Brubaker", "long tail"),
]
# accented forms US records sometimes keep (given and family names of Hispanic patients)
ACCENTED = {"Jose": "José", "Jesus": "Jesús", "Ramon": "Ramón", "Raul": "Raúl", "Hernandez": "Hernández",
            "Ramirez": "Ramírez", "Martinez": "Martínez", "Rodriguez": "Rodríguez", "Gonzalez": "González",
            "Lopez": "López", "Perez": "Pérez", "Sanchez": "Sánchez", "Gomez": "Gómez", "Diaz": "Díaz",
            "Gutierrez": "Gutiérrez", "Jimenez": "Jiménez", "Vasquez": "Vásquez", "Alvarez": "Álvarez"}
SUFFIXES = ["Jr.", "Sr.", "II", "III", "IV"]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["holdover", "scratchVal", "tmp_field", "leftoverText", "misc1", "fld_b7", "parkedValue",
                "carryField", "extra_note", "spareText", "old_import", "val_x", "notes2", "bucket"]
NEUTRAL_SENTENCES = ["Carried over from the {n} import: {v}", "Left in by the migration script: {v}.", "{v}",
                     "Pasted from the old intake sheet ({n}): {v}", "Value seen in the {n} export: {v}.",
                     "TODO clean up after go-live: {v}"]
NEUTRAL_XKEYS = ["x-holdover", "x-import-note", "x-migrated-from", "x-scratch", "x-old-value"]
NEUTRAL_TOOL_VERBS = ["get", "update", "sync", "push", "load", "check"]
NEUTRAL_DESCR = "Holds one {thing} settings object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["pt_nm", "patientName", "athena.lastname", "ecw.ufname", "nextgen.last_name", "unity.LastName",
                "guarantorName", "subscriberName"],
        "text": ["Patient name:", "Pt name -", "athena firstname/lastname:", "eCW ufname/ulname:",
                 "NextGen person first_name / last_name:", "Unity GetPatient LastName, FirstName:", "Guarantor:",
                 "Subscriber:"],
        "frag": ["ptnm", "patientname", "athenaname", "ecwname", "nextgenname", "unityname", "guarantor",
                 "subscriber"],
    },
    "DATE_OF_BIRTH": {
        "key": ["pt_dob", "dateOfBirth", "athena.dob", "ecw.ptDob", "nextgen.date_of_birth", "unity.DateOfBirth"],
        "text": ["DOB:", "Pt DOB -", "Date of birth:", "athena dob:", "eCW ptDob:", "NextGen date_of_birth:",
                 "Unity DateOfBirth:", "Born"],
        "frag": ["ptdob", "dob", "athenadob", "ecwptdob", "nextgendob", "unitydob"],
    },
    "MRN": {
        "key": ["mrn_no", "medRecNo", "nextgen.med_rec_nbr", "unity.MRN", "athena.patientid", "ecw.controlNo"],
        "text": ["MRN:", "MRN # -", "Med rec no:", "NextGen med_rec_nbr:", "Unity MRN:", "athena patientid:",
                 "eCW account no:"],
        "frag": ["mrnno", "mrn", "medrecno", "medrecnbr", "unitymrn", "athenapid", "ecwacct"],
    },
    "US_SSN": {
        "key": ["ssn_no", "patientSsn", "athena.ssn", "ecw.ssn", "nextgen.ssn", "unity.SSN"],
        "text": ["SSN:", "SSN # -", "Social Security no:", "athena ssn:", "eCW ssn:", "NextGen ssn:", "Unity SSN:"],
        "frag": ["ssnno", "ssn", "socsec", "athenassn", "ecwssn", "unityssn"],
    },
    "PHONE_NUMBER": {
        "key": ["ph_no", "cellPhone", "athena.mobilephone", "ecw.umobileno", "nextgen.cell_phone", "unity.CellPhone"],
        "text": ["Cell:", "Phone # -", "Home phone:", "athena mobilephone:", "eCW umobileno:",
                 "NextGen cell_phone:", "Unity CellPhone:", "Call back at"],
        "frag": ["phno", "cell", "homephone", "athenamobile", "ecwmobile", "unitycell"],
    },
    "EMAIL_ADDRESS": {
        "key": ["email_addr", "patientEmail", "athena.email", "ecw.uemail", "nextgen.email_address", "unity.Email"],
        "text": ["Email:", "E-mail -", "Patient email:", "athena email:", "eCW uemail:", "NextGen email_address:",
                 "Unity Email:"],
        "frag": ["emailaddr", "email", "ptemail", "athenaemail", "ecwuemail", "unityemail"],
    },
    "STREET_ADDRESS": {
        "key": ["addr1", "homeAddress", "athena.address1", "ecw.upaddress", "nextgen.address_line_1", "unity.Addr1"],
        "text": ["Home address:", "Address -", "Mailing address:", "athena address1:", "eCW upaddress:",
                 "NextGen address_line_1:", "Unity Addr1:"],
        "frag": ["addr1", "homeaddress", "mailingaddr", "athenaaddr", "ecwaddr", "unityaddr"],
    },
    "ZIP_CODE": {
        "key": ["zip_cd", "zipCode", "athena.zip", "ecw.zipcode", "nextgen.zip", "unity.ZipCode"],
        "text": ["ZIP:", "Zip code -", "Home ZIP:", "athena zip:", "eCW zipcode:", "NextGen zip:", "Unity ZipCode:"],
        "frag": ["zipcd", "zip", "homezip", "athenazip", "ecwzip", "unityzip"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["ins_mbr_id", "medicareMbi", "medicaidId", "athena.insuranceidnumber", "ahcccsId",
                "mihealthCardNo", "flMedicaidId", "ohioMedicaidId"],
        "text": ["Member ID:", "Medicare MBI -", "Medicaid ID:", "athena insuranceidnumber:", "AHCCCS ID:",
                 "MDHHS mihealth card no:", "Florida Medicaid ID (AHCA):", "Ohio Medicaid ID:"],
        "frag": ["insmbrid", "mbi", "medicaidid", "athenainsid", "ahcccsid", "mihealth", "flmedicaid",
                 "ohmedicaid"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["acct_no", "guarantorAcct", "athena.guarantoraccountnumber", "cardNumber", "bankAcctNo",
                "billingAcct"],
        "text": ["Acct no:", "Account # -", "Card on file:", "athena guarantoraccountnumber:", "Bank acct no:",
                 "Billing account:"],
        "frag": ["acctno", "guarantoracct", "cardonfile", "bankacct", "billingacct"],
    },
    "LICENSE_NUMBER": {
        "key": ["dl_num", "driversLicense", "ohioDlNo", "michiganDl", "floridaDlNo", "arizonaDl"],
        "text": ["DL #:", "Driver's license -", "Ohio DL no:", "Michigan driver's license:", "Florida DL #:",
                 "Arizona driver license:"],
        "frag": ["dlnum", "driverslicense", "ohiodl", "michigandl", "floridadl", "arizonadl"],
    },
    "DEVICE_ID": {
        "key": ["dev_sn", "pumpSerial", "imei", "macAddr", "udi", "simIccid", "cgmSerialNo"],
        "text": ["Device SN:", "Pump serial -", "Phone IMEI:", "MAC address:", "UDI:", "SIM ICCID:",
                 "CGM transmitter SN:"],
        "frag": ["devsn", "pumpserial", "imei", "macaddr", "udi", "iccid", "cgmsn"],
    },
    "VEHICLE_ID": {
        "key": ["vin_no", "vehicleVin", "plateNo", "ohioPlate", "flTag"],
        "text": ["VIN:", "Vehicle VIN -", "Plate no:", "License plate:", "Tag #:"],
        "frag": ["vinno", "vehiclevin", "plateno", "licenseplate", "tag"],
    },
    "IP_ADDRESS": {
        "key": ["ip_addr", "clientIp", "lastLoginIp", "portalLoginIp"],
        "text": ["IP:", "Client IP -", "Last login IP:", "Portal login from"],
        "frag": ["ipaddr", "clientip", "lastloginip", "portalip"],
    },
    "URL": {
        "key": ["profileUrl", "fundraiserUrl", "portalUrl", "socialLink"],
        "text": ["Profile:", "Fundraiser link -", "Patient portal link:", "Social:"],
        "frag": ["profileurl", "fundraiser", "portalurl"],
    },
    "SECRET": {
        "key": ["api_key", "dbConnStr", "accessToken", "clientSecret", "password"],
        "text": ["API key:", "conn string =", "access token -", "client secret:", "Password:"],
        "frag": ["apikey", "connstr", "token"],
    },
}

GROUP_KEYS = {
    "PERSON": ["patientNames", "pt_nms"], "DATE_OF_BIRTH": ["pt_dobs", "datesOfBirth"],
    "MRN": ["mrn_nos", "medRecNos"], "US_SSN": ["ssn_nos"], "PHONE_NUMBER": ["ph_nos", "cellPhones"],
    "EMAIL_ADDRESS": ["email_addrs"], "STREET_ADDRESS": ["homeAddresses"], "ZIP_CODE": ["zip_cds"],
    "HEALTH_PLAN_ID": ["ins_mbr_ids", "medicaidIds"], "ACCOUNT_NUMBER": ["acct_nos"], "LICENSE_NUMBER": ["dl_nums"],
    "DEVICE_ID": ["dev_sns", "pumpSerials"], "VEHICLE_ID": ["vin_nos"], "IP_ADDRESS": ["ip_addrs"],
    "URL": ["profileUrls"], "SECRET": ["api_keys"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["pt_dob", "mrn_no", "ssn_no", "ins_mbr_id", "dl_num", "acct_no", "dev_sn", "vin_no", "ip_addr",
                 "athena.dob", "ecw.ptDob", "nextgen.med_rec_nbr", "unity.SSN", "ahcccsId", "api_key"]
HN_CODE_ENUMS = [
    ("ESLint rule severities", ["off", "warn", "error"]),
    ("ESLint ecmaVersion values", ["2015", "2018", "2020", "2022", "latest"]),
    ("Travis CI operating systems", ["linux", "osx", "windows", "freebsd"]),
    ("Travis CI Ubuntu distributions", ["xenial", "bionic", "focal", "jammy"]),
    ("ICD-10-CM diabetes codes", ["E11.9", "E11.65", "E10.9", "O24.419"]),
    ("LOINC lab codes", ["4548-4", "2345-7", "2093-3", "13457-7"]),
    ("US state codes", ["OH", "MI", "FL", "AZ"]),
    ("X12 individual relationship codes", ["18", "01", "19", "G8"]),
    ("Administrative sex codes", ["M", "F", "U"]),
    ("Appointment statuses", ["scheduled", "checked-in", "no-show", "cancelled"]),
    ("US time zones", ["America/New_York", "America/Detroit", "America/Phoenix"]),
]
HN_PLACEHOLDERS = ["patient@example.com", "frontdesk@clinic.example", "(614) 555-0142", "313-555-0199",
                   "+1 602-555-0107", "192.0.2.15", "198.51.100.77", "2001:db8:abcd::12", "XXX-XX-XXXX",
                   "000-00-0000", "<ATHENA_API_KEY>", "${ECW_CLIENT_SECRET}", "MRN-XXXXXXX",
                   "https://example.com/patients/{id}", "4111 1111 1111 1111", "refills@pharmacy.invalid"]
HN_FORMAT_REGEXES = [r"^\d{3}-\d{2}-\d{4}$", r"^[A-Z]{2}\d{6}$", r"^[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d$",
                     r"^\(\d{3}\) \d{3}-\d{4}$", r"^\d{5}(-\d{4})?$", r"^[1-9][A-Z][A-Z0-9]\d[A-Z][A-Z0-9]\d[A-Z]{2}\d{2}$",
                     r"^A\d{8}$", r"^[A-HJ-NPR-Z0-9]{17}$", r"^(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/\d{4}$",
                     r"^ghp_[A-Za-z0-9]{36}$"]
HN_NAME_WORDS = ["Phoenix", "Lincoln", "Jordan", "Austin", "Florence", "Marshall", "Mercedes", "Savannah",
                 "Dakota", "Camden"]
HN_VERSION_DATES = ["ESLint config format since 2019-08-01", "Deprecated 2024-10-05.", "API version 2023-11-14",
                    "2020-12", "Schema revised 2022-06-30", "Effective 2025-01-01", "Sunset 2027-03-31"]
HN_CATEGORY_TEXT = [
    "Patient date of birth, MM/DD/YYYY.",
    "Patient's Social Security number; mask all but the last four.",
    "Medical record number assigned by the clinic's EHR.",
    "athena dob field: the patient's date of birth.",
    "NextGen med_rec_nbr: zero-padded chart number.",
    "AHCCCS ID: the member's Arizona Medicaid identifier.",
    "Guarantor's home phone number.",
    "Driver's license number as printed on the card.",
    "Patient email address for portal invitations.",
]
HN_TOOL_NAMES = ["lookup_patient_by_mrn", "validate_member_id", "mask_ssn_field", "check_dob_format"]
HN_FILE_WORDS = ["patient-intake-fields", "member-id-rules", "dob-format-check"]
