"""Cues, neutral keys and hard-negative pools for the sixtieth set (plain US English).

The team modelled is a US multi-specialty group (pediatrics, dermatology, behavioral health, urgent care; clinics in
North Carolina, Tennessee, Illinois and New York).  Key cues are field names as the builder remembers them from the
data dictionaries / API docs of ambulatory EHR and practice-management vendors -- DrChrono (patient resource:
chart_id, date_of_birth, social_security_number, cell_phone, home_phone, email, address, zip_code,
primary_insurance.insurance_id_number), Healthie (GraphQL user fields: legal_name, dob, phone_number,
record_identifier, location.line1, location.zip, policies.num), Tebra / Kareo (SOAP patient fields:
PatientFullName, DOB, SSN, MedicalRecordNumber, MobilePhone, EmailAddress, AddressLine1, ZipCode, PolicyNumber),
AdvancedMD (XML API attributes: chart, dob, ssn, hphone, zip, subscribernum), Greenway (PatientNumber,
DateOfBirth) and ModMed (EMA: mrn, dateOfBirth, mobilePhone) -- written with a vendor prefix (``drchrono.``,
``healthie.``, ``kareo.``, ``amd.``, ``greenway.``, ``modmed.``; the prefix is the builder's notation), plus the
state Medicaid programs' id names (NC Medicaid ID, TennCare member ID, Illinois HFS recipient identification number
(RIN), New York eMedNY Client Identification Number (CIN)) and the abbreviations US code uses (patDob, chart_no,
subscriberNo, dlNumber, guarantorAcct, serialNo, cellPh).  All from the builder's memory; not re-read.
"""

NEUTRAL_KEYS = ["carryover", "scratchVal", "misc_1", "holdover", "tmpField", "leftoverVal", "bucket2", "stash_v",
                "unmapped", "extraCol", "parked", "spareSlot", "oldVal", "looseEnd", "x_tmp", "bin_3"]
NEUTRAL_SENTENCES = ["Left over from the {n} migration: {v}", "Copied from the old intake sheet ({n}): {v}", "{v}",
                     "Nobody has mapped this yet: {v}.", "The {n} nightly export put {v} here.",
                     "Found in row {n} of the import: {v}."]
NEUTRAL_XKEYS = ["x-carryover", "x-migration-note", "x-unmapped", "x-import-leftover", "x-todo"]
NEUTRAL_TOOL_VERBS = ["sync", "fetch", "queue", "push", "load", "route"]
NEUTRAL_DESCR = "Holds one {thing} setting."

CUES = {
    "PERSON": {
        "key": ["kareo.PatientFullName", "healthie.legal_name", "patientName", "pt_name", "guarantorName",
                "subscriberName", "drchrono.first_name_last_name", "responsibleParty"],
        "text": ["Patient:", "Pt name -", "Guarantor:", "Subscriber name:", "Parent/guardian:", "Patient name:",
                 "Responsible party:", "Legal name (Healthie):"],
        "frag": ["patient", "ptname", "guarantor", "subscriber", "guardian", "legalname", "respparty"],
    },
    "DATE_OF_BIRTH": {
        "key": ["patDob", "drchrono.date_of_birth", "healthie.dob", "kareo.DOB", "amd.dob", "greenway.DateOfBirth",
                "modmed.dateOfBirth", "subscriberDob"],
        "text": ["DOB:", "Pt DOB -", "Date of birth:", "Birth date:", "Born", "Subscriber DOB:", "D.O.B.",
                 "Patient DOB (TennCare):"],
        "frag": ["dob", "patdob", "birthdate", "dateofbirth", "born", "subdob"],
    },
    "MRN": {
        "key": ["chart_no", "drchrono.chart_id", "kareo.MedicalRecordNumber", "healthie.record_identifier", "amd.chart",
                "greenway.PatientNumber", "modmed.mrn"],
        "text": ["Chart #:", "MRN:", "Chart ID -", "Medical record number:", "Patient number:", "Chart no.",
                 "Record identifier:"],
        "frag": ["chartno", "mrn", "chartid", "medrec", "patientnumber", "recordid"],
    },
    "US_SSN": {
        "key": ["drchrono.social_security_number", "kareo.SSN", "amd.ssn", "ssnLast", "patSsn", "guarantorSsn"],
        "text": ["SSN:", "Social Security number:", "Soc Sec #", "Pt SSN -", "Guarantor SSN:", "SS#"],
        "frag": ["ssn", "socsec", "patssn", "guarssn"],
    },
    "PHONE_NUMBER": {
        "key": ["cellPh", "drchrono.cell_phone", "drchrono.home_phone", "healthie.phone_number", "kareo.MobilePhone",
                "amd.hphone", "modmed.mobilePhone"],
        "text": ["Cell:", "Home phone:", "Mobile -", "Call back at", "Best number:", "Ph:", "Parent cell:"],
        "frag": ["cellph", "homephone", "mobile", "callback", "phone"],
    },
    "EMAIL_ADDRESS": {
        "key": ["drchrono.email", "kareo.EmailAddress", "healthie.email", "patEmail", "guarantorEmail", "portalLogin"],
        "text": ["Email:", "Patient email -", "Portal login:", "Send statements to", "E-mail address:",
                 "Parent email:"],
        "frag": ["email", "patemail", "portallogin", "emailaddr"],
    },
    "STREET_ADDRESS": {
        "key": ["drchrono.address", "kareo.AddressLine1", "healthie.location.line1", "homeAddr", "addr1",
                "mailingAddress"],
        "text": ["Address:", "Home address -", "Lives at", "Mailing address:", "Addr line 1:", "Send mail to"],
        "frag": ["address", "homeaddr", "addr1", "mailing"],
    },
    "ZIP_CODE": {
        "key": ["drchrono.zip_code", "kareo.ZipCode", "healthie.location.zip", "amd.zip", "zip5", "patZip"],
        "text": ["ZIP:", "Zip code -", "ZIP+4:", "Home ZIP:", "Postal code (US):", "Pt zip:"],
        "frag": ["zip", "zipcode", "zip5", "patzip"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["subscriberNo", "drchrono.insurance_id_number", "kareo.PolicyNumber", "healthie.policies.num",
                "amd.subscribernum", "emedny.cin", "tenncare.member_id", "hfs.rin", "ncmedicaid.medicaid_id",
                "medicareMbi"],
        "text": ["Member ID:", "Subscriber #:", "Policy number -", "Medicare MBI:", "CIN (eMedNY):",
                 "TennCare ID:", "Illinois HFS RIN:", "NC Medicaid ID:", "Insurance ID:"],
        "frag": ["memberid", "subscriberno", "policyno", "mbi", "cin", "tenncare", "hfsrin"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["guarantorAcct", "cardNo", "bankAcctNo", "kareo.GuarantorAccount", "amd.respparty_acct", "ccOnFile"],
        "text": ["Guarantor acct:", "Card on file -", "Bank acct #:", "Account no.", "Autopay card:",
                 "Statement account:"],
        "frag": ["guaracct", "cardno", "acctno", "cardonfile", "autopay"],
    },
    "LICENSE_NUMBER": {
        "key": ["dlNumber", "driversLicense", "kareo.DriversLicenseNumber", "guarantorDl", "photoIdNo"],
        "text": ["DL #:", "Driver's license -", "Photo ID (DL):", "License no.:", "Driver license number:"],
        "frag": ["dlnumber", "driverslicense", "dlno", "photoid"],
    },
    "DEVICE_ID": {
        "key": ["serialNo", "imei", "macAddr", "udi", "pumpSerial", "cgmSerial", "rpmDeviceId"],
        "text": ["Serial no.:", "IMEI:", "MAC:", "UDI -", "Pump serial:", "CGM transmitter serial:",
                 "RPM device ID:"],
        "frag": ["serialno", "imei", "macaddr", "udi", "pumpserial", "cgm"],
    },
    "VEHICLE_ID": {
        "key": ["vin", "vehicleVin", "plateNo", "accidentVehicleVin", "autoClaimVin"],
        "text": ["VIN:", "Vehicle VIN -", "Plate:", "MVA claim vehicle:", "Auto claim VIN:"],
        "frag": ["vin", "vehiclevin", "plateno", "mvavin"],
    },
    "IP_ADDRESS": {
        "key": ["clientIp", "lastLoginIp", "portalIp", "remoteAddr", "signerIp"],
        "text": ["Client IP:", "Last login from", "Portal IP -", "Signed consent from IP", "Remote addr:"],
        "frag": ["clientip", "loginip", "portalip", "signerip"],
    },
    "URL": {
        "key": ["personalSite", "fundraiserUrl", "portalLink", "socialProfile", "caringPage"],
        "text": ["Personal site:", "Fundraiser -", "Portal link:", "Profile:", "Family's page:"],
        "frag": ["personalsite", "fundraiser", "portallink", "profileurl"],
    },
    "SECRET": {
        "key": ["apiKey", "dbUrl", "authToken", "portalPassword", "webhookSecret"],
        "text": ["API key:", "db url =", "token -", "Password:", "Webhook secret:"],
        "frag": ["apikey", "dburl", "authtoken"],
    },
}

GROUP_KEYS = {
    "PERSON": ["patientNames", "guarantors", "subscribers"], "DATE_OF_BIRTH": ["patDobs", "dobs"],
    "MRN": ["chartNos", "mrns"], "US_SSN": ["ssns"], "PHONE_NUMBER": ["cellPhs", "phones"],
    "EMAIL_ADDRESS": ["emails"], "STREET_ADDRESS": ["addresses"], "ZIP_CODE": ["zips"],
    "HEALTH_PLAN_ID": ["subscriberNos", "memberIds"], "ACCOUNT_NUMBER": ["guarantorAccts"],
    "LICENSE_NUMBER": ["dlNumbers"], "DEVICE_ID": ["serialNos", "devices"], "VEHICLE_ID": ["vins"],
    "IP_ADDRESS": ["clientIps"], "URL": ["personalSites"], "SECRET": ["apiKeys"],
}

# nicknames as US charts write them in quotes (given name -> nickname)
NICKNAMES = {"Robert": "Bobby", "William": "Billy", "James": "Jimmy", "Elizabeth": "Liz", "Katherine": "Katie",
             "Margaret": "Peggy", "Richard": "Rick", "Jennifer": "Jen", "Christopher": "Chris", "Patricia": "Trish",
             "Michael": "Mike", "Deborah": "Debbie", "Anthony": "Tony", "Joseph": "Joey", "Jessica": "Jess",
             "Rebecca": "Becky", "Thomas": "Tommy", "Samantha": "Sam", "Alexander": "Alex", "Victoria": "Tori"}
SUFFIXES = ["Jr.", "Sr.", "II", "III"]

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["patDob", "chart_no", "subscriberNo", "dlNumber", "guarantorAcct", "serialNo", "cellPh",
                 "drchrono.social_security_number", "kareo.MedicalRecordNumber", "healthie.dob", "emedny.cin",
                 "tenncare.member_id"]
HN_CODE_ENUMS = [
    ("TypeScript compile targets", ["ES2020", "ES2022", "ESNext", "ES5"]),
    ("Prettier trailing comma options", ["all", "es5", "none"]),
    ("ICD-10-CM pediatric and dermatology codes", ["J06.9", "L20.9", "L70.0", "H66.90"]),
    ("CPT office visit codes", ["99213", "99214", "99203", "99204"]),
    ("Behavioral health screening instruments", ["PHQ-9", "GAD-7", "ASQ", "M-CHAT-R"]),
    ("US state codes", ["NC", "TN", "IL", "NY"]),
    ("NUCC provider taxonomy codes", ["208000000X", "207N00000X", "261QU0200X", "2084P0800X"]),
    ("Administrative gender codes", ["M", "F", "U"]),
    ("CDC race and ethnicity codes", ["2106-3", "2054-5", "2028-9", "2135-2"]),
    ("Place of service codes", ["11", "20", "02", "10"]),
    ("Urgent care acuity levels", ["ESI-3", "ESI-4", "ESI-5"]),
    ("Insurance plan types", ["HMO", "PPO", "EPO", "POS"]),
]
HN_PLACEHOLDERS = ["patient@example.com", "parent@clinic.invalid", "(919) 555-0143", "615-555-0107",
                   "+1 312 555 0189", "192.0.2.87", "198.51.100.14", "2001:db8:45::12", "XXX-XX-XXXX",
                   "<DRCHRONO_API_TOKEN>", "${HEALTHIE_API_KEY}", "MRN-XXXXXXX", "https://example.com/patients/{id}",
                   "000-00-0000", "4111 1111 1111 1111", "billing@practice.example"]
HN_FORMAT_REGEXES = [r"^\d{3}-\d{2}-\d{4}$", r"^[A-Z]{2}\d{5}[A-Z]$", r"^[A-Z]\d{3}-\d{4}-\d{4}$",
                     r"^\(\d{3}\) \d{3}-\d{4}$", r"^\d{5}(-\d{4})?$", r"^[A-Z]{4}\d{6}$", r"^W\d{9}$",
                     r"^(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/(19|20)\d{2}$", r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$",
                     r"^[A-HJ-NPR-Z0-9]{17}$"]
HN_NAME_WORDS = ["Charlotte", "Jackson", "Madison", "Brooklyn", "Savannah", "Dakota", "Carolina", "Franklin",
                 "Aurora", "Paris"]
HN_VERSION_DATES = ["API version 2024-04-01", "Deprecated after 2025-06-30.", "Available since 2023-10-15",
                    "2020-12", "Changelog 2022-08-09", "Effective 2026-01-01", "Sunset 2027-03-31"]
HN_CATEGORY_TEXT = [
    "Patient's date of birth in MM/DD/YYYY format.",
    "Guarantor's email address for statements.",
    "The chart number the practice assigns to the patient.",
    "Subscriber's member ID from the insurance card.",
    "Parent or guardian's cell phone number.",
    "Patient's Social Security number, masked on output.",
    "Driver's license number of the guarantor, used for photo ID.",
    "Home address as it appears on the insurance card.",
    "NY Medicaid CIN (eMedNY) of the enrollee.",
    "TennCare member ID, if the patient is enrolled.",
]
HN_TOOL_NAMES = ["lookup_patient_by_chart_no", "mask_guarantor_ssn", "validate_member_id", "format_patient_dob"]
HN_FILE_WORDS = ["patient-intake", "guarantor-ssn-mask", "member-id-rules"]
