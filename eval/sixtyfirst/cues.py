"""Cues, neutral keys and sentences, and hard-negative pools for the sixty-first set.

Cue language: plain US English as a post-acute and long-term care team writes it (home health, hospice, skilled
nursing and assisted living in Colorado, Minnesota, New Jersey and Missouri), in three registers:

* the abbreviations US code uses for resident and family-contact fields (resDob, res_mrn, mdcrNo, mdcdId,
  poaPhone, rmNum, resLegalNm, ...), written fresh for this set;
* field names in the style of post-acute EHR data dictionaries and APIs: PointClickCare (pcc.*), WellSky
  (wellsky.*), MatrixCare (matrixcare.*) and Netsmart myUnity (netsmart.*); and CMS's OASIS-E home-health items
  M0064 (SSN) and M0065 (Medicaid number), the two OASIS-E item numbers used here;
* the state Medicaid programmes' own names for their ids: Health First Colorado member ID, Minnesota Medical
  Assistance PMI number, NJ FamilyCare ID, MO HealthNet DCN.

All of these are written from the builder's memory of those products and publications; they were not re-read for
this set, and the pcc. / wellsky. / matrixcare. / netsmart. key prefixes are the builder's notation.
"""

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["leftover_val", "holdField", "misc2", "carriedOver", "tmp_slot", "x_spare", "unmapped",
                "importResidue", "stray_v", "pending_val", "fld_extra", "notMapped", "aux_val", "spillover",
                "queued_v", "staging_val"]
NEUTRAL_SENTENCES = ["Left over from the {n} chart migration: {v}", "Unmapped after the EHR conversion: {v}.",
                     "{v}", "Copied in from the referral packet ({n}): {v}", "The nightly census export put {v} here.",
                     "Stray value from batch {n}: {v}."]
NEUTRAL_XKEYS = ["x-carried-over", "x-unmapped-value", "x-import-note", "x-held-value", "x-staging-note"]
NEUTRAL_TOOL_VERBS = ["send", "fetch", "queue", "sync", "post", "relay"]
NEUTRAL_DESCR = "Holds one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["resLegalNm", "residentFullName", "poaName", "famContactNm", "pcc.nameResident",
                "matrixcare.residentName", "wellsky.patientName", "netsmart.clientName"],
        "text": ["Resident name:", "Pt name -", "POA / family contact:", "Emergency contact name:",
                 "PointClickCare patient name:", "MatrixCare resident name:", "WellSky patient name:",
                 "Netsmart myUnity client name:"],
        "frag": ["resname", "visitptnm", "poaname", "famcontact", "pccname", "mcresname", "wsptname"],
    },
    "DATE_OF_BIRTH": {
        "key": ["resDob", "ptBirthDt", "dobFaceSheet", "poaDob", "pcc.residentDobValue", "wellsky.patientDob",
                "matrixcare.dateOfBirth", "netsmart.clientDob"],
        "text": ["Resident DOB:", "Pt DOB -", "DOB (face sheet):", "POA date of birth:", "PointClickCare birth date:",
                 "WellSky patient DOB:", "MatrixCare date of birth:", "Netsmart client DOB:"],
        "frag": ["resdob", "visitbirthdt", "dobfacesheet", "poadob", "pccresdob", "wsdob", "mcdob"],
    },
    "MRN": {
        "key": ["res_mrn", "residentNo", "hhMrNum", "hospicePtId", "pcc.mrnResident", "wellsky.mrNumber",
                "matrixcare.residentId", "netsmart.clientId"],
        "text": ["Res MRN:", "Resident # -", "Home health MR#:", "Hospice pt ID:", "PointClickCare MRN:",
                 "WellSky MR number:", "MatrixCare resident ID:", "Netsmart client ID:"],
        "frag": ["resmrn", "residentno", "hhmrnum", "hospiceptid", "pccmrn", "wsmrnum", "mcresid"],
    },
    "US_SSN": {
        "key": ["resSsn", "ssnOnFaceSheet", "oasisM0064Ssn", "poaSsn", "pcc.ssnResident", "wellsky.ssn"],
        "text": ["Resident SSN:", "SSN on face sheet -", "OASIS-E M0064 SSN:", "POA SSN:", "PointClickCare SSN:",
                 "WellSky patient SSN:"],
        "frag": ["resssn", "ssnfacesheet", "m0064ssn", "poassn", "pccssn"],
    },
    "PHONE_NUMBER": {
        "key": ["poaPhone", "famContactPh", "resCellNo", "emergContactPhone", "pcc.contactPhone",
                "matrixcare.responsiblePartyPhone"],
        "text": ["POA phone:", "Family contact ph -", "Resident cell #:", "Emergency contact phone:",
                 "PointClickCare contact phone:", "MatrixCare responsible party phone:"],
        "frag": ["poaphone", "famcontactph", "rescellno", "emergphone", "pccphone"],
    },
    "EMAIL_ADDRESS": {
        "key": ["poaEmail", "famContactEmail", "resEmailAddr", "pcc.contactEmail", "wellsky.caregiverEmail"],
        "text": ["POA email:", "Family contact email -", "Resident email addr:", "PointClickCare contact email:",
                 "WellSky caregiver email:"],
        "frag": ["poaemail", "famemail", "resemail", "pccemail"],
    },
    "STREET_ADDRESS": {
        "key": ["resHomeAddr", "priorResAddr", "poaMailingAddr", "pcc.previousAddress", "wellsky.serviceAddress"],
        "text": ["Resident home address:", "Prior residence addr -", "POA mailing address:",
                 "PointClickCare previous address:", "WellSky service address:"],
        "frag": ["reshomeaddr", "priorresaddr", "poamailaddr", "wsserviceaddr"],
    },
    "ZIP_CODE": {
        "key": ["resHomeZip5", "serviceZip", "poaZipCd", "pcc.zipResident", "wellsky.serviceZip"],
        "text": ["Resident ZIP:", "Service ZIP -", "POA ZIP code:", "PointClickCare postal code:",
                 "WellSky service ZIP:"],
        "frag": ["reshomezip", "servicezip", "poazip", "pcczip"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["mdcrNo", "mdcdId", "oasisM0065MedicaidNo", "hfcoMemberId", "mnMaPmi", "njFamilyCareId",
                "moHealthNetDcn", "pcc.medicareBeneficiaryId"],
        "text": ["Medicare # (MBI):", "Medicaid ID -", "OASIS-E M0065 Medicaid number:", "Health First Colorado ID:",
                 "Minnesota Medical Assistance PMI #:", "NJ FamilyCare ID:", "MO HealthNet DCN:",
                 "PointClickCare Medicare beneficiary ID:"],
        "frag": ["mdcrno", "mdcdid", "m0065mdcd", "hfcoid", "mnmapmi", "njfcid", "mohndcn"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["privatePayAcct", "achAcctNo", "cardOnFile", "resTrustAcct", "matrixcare.billingAccount"],
        "text": ["Private pay acct:", "ACH acct # -", "Card on file:", "Resident trust account:",
                 "MatrixCare billing account:"],
        "frag": ["privatepay", "achacct", "cardonfile", "trustacct"],
    },
    "LICENSE_NUMBER": {
        "key": ["resDlNo", "poaDlNum", "stateDlNo", "pcc.dlResident"],
        "text": ["Resident DL #:", "POA driver's license -", "State DL no:", "PointClickCare driver's license:"],
        "frag": ["resdlno", "poadlnum", "statedlno", "pccdl"],
    },
    "DEVICE_ID": {
        "key": ["o2ConcSerial", "bedSerialNo", "telehealthImei", "tabletMac", "dmeUdi", "netsmart.telehealthDeviceSn"],
        "text": ["O2 concentrator serial:", "Bed serial # -", "Telehealth tablet IMEI:", "Tablet MAC:",
                 "DME UDI:", "Netsmart telehealth device serial:"],
        "frag": ["o2serial", "bedserial", "thimei", "tabletmac", "dmeudi"],
    },
    "VEHICLE_ID": {
        "key": ["resVehVin", "alParkingPlate", "poaVehPlate", "visitorVin"],
        "text": ["Resident vehicle VIN:", "AL parking plate -", "POA vehicle plate:", "Visitor vehicle VIN:"],
        "frag": ["resvehvin", "alplate", "poaplate", "visitorvin"],
    },
    "IP_ADDRESS": {
        "key": ["telehealthClientIp", "portalLastIp", "famPortalIp", "wellsky.lastSignInIp"],
        "text": ["Telehealth client IP:", "Portal last login IP -", "Family portal IP:", "WellSky login IP:"],
        "frag": ["thclientip", "portalip", "famportalip"],
    },
    "URL": {
        "key": ["familyPageUrl", "obitUrl", "mealTrainUrl", "careSiteLink"],
        "text": ["Family update page:", "Obituary link -", "Meal train page:", "Care community site:"],
        "frag": ["familypage", "obiturl", "mealtrain"],
    },
    "SECRET": {
        "key": ["pccApiKey", "wellskyClientSecret", "hl7FeedPwd", "fhirBridgeToken", "ehrConnStr"],
        "text": ["PointClickCare API key:", "WellSky client secret -", "HL7 feed pwd:", "FHIR bridge token:",
                 "EHR conn string ="],
        "frag": ["pccapikey", "wsclientsecret", "hl7pwd"],
    },
}

GROUP_KEYS = {
    "PERSON": ["residentNames", "famContacts"], "DATE_OF_BIRTH": ["resDobs", "birthDates"],
    "MRN": ["resMrns", "facilityChartRefs"], "US_SSN": ["resSsns"], "PHONE_NUMBER": ["poaPhones", "contactPhones"],
    "EMAIL_ADDRESS": ["poaEmails"], "STREET_ADDRESS": ["resAddrs"], "ZIP_CODE": ["resZips"],
    "HEALTH_PLAN_ID": ["payerIds", "medicaidIds"], "ACCOUNT_NUMBER": ["billingAccts"],
    "LICENSE_NUMBER": ["dlNumbers"], "DEVICE_ID": ["dmeSerials", "deviceIds"], "VEHICLE_ID": ["parkingVehicles"],
    "IP_ADDRESS": ["portalSignInIps"], "URL": ["familyLinks"], "SECRET": ["ehrCredentials"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["resDob", "res_mrn", "mdcrNo", "mdcdId", "poaPhone", "rmNum", "resSsn", "poaEmail",
                 "hfcoMemberId", "moHealthNetDcn", "pcc.mrnResident", "oasisM0064Ssn"]
HN_CODE_ENUMS = [
    ("Azure Pipelines pool demands", ["Agent.OS -equals Linux", "Agent.OS -equals Windows_NT", "npm", "msbuild"]),
    ("GitLab CI when values", ["on_success", "on_failure", "always", "manual", "delayed", "never"]),
    ("Level of care", ["SNF", "ALF", "HHA", "HOSPICE", "LTACH"]),
    ("Hospice level of care (CMS)", ["RHC", "CHC", "GIP", "IRC"]),
    ("OASIS-E reason for assessment RFA", ["1", "3", "4", "5", "6", "7", "8", "9"]),
    ("US state codes", ["CO", "MN", "NJ", "MO"]),
    ("ICD-10-CM codes common in post-acute care", ["I50.9", "J44.1", "N39.0", "F03.90", "Z74.01"]),
    ("Code status", ["FULL_CODE", "DNR", "DNR_DNI", "COMFORT_CARE"]),
    ("Payer source", ["MEDICARE_A", "MEDICARE_ADVANTAGE", "MEDICAID", "PRIVATE_PAY", "VA"]),
    ("IANA time zones", ["America/Denver", "America/Chicago", "America/New_York"]),
    ("Discharge disposition codes", ["01", "03", "06", "50", "51"]),
]
HN_PLACEHOLDERS = ["family.contact@example.org", "poa@carehome.invalid", "(303) 555-0148", "612-555-0173",
                   "+1 973 555 0102", "192.0.2.61", "198.51.100.200", "2001:db8:42::17", "XXX-XX-XXXX",
                   "000-00-0000", "<PCC_API_KEY>", "${WELLSKY_CLIENT_SECRET}", "MRN-XXXXXXX",
                   "https://example.com/residents/{residentId}", "resident@facility.example"]
HN_FORMAT_REGEXES = [r"^\d{3}-\d{2}-\d{4}$", r"^[1-9][AC-HJKMNP-RT-Y][0-9AC-HJKMNP-RT-Y]\d[AC-HJKMNP-RT-Y]"
                     r"[0-9AC-HJKMNP-RT-Y]\d[AC-HJKMNP-RT-Y]{2}\d{2}$", r"^\(\d{3}\) \d{3}-\d{4}$",
                     r"^\d{5}(-\d{4})?$", r"^[A-Z]\d{12}$", r"^HH\d{6}$", r"^(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/\d{4}$",
                     r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^RM ?\d{3}[AB]?$", r"^[A-HJ-NPR-Z0-9]{17}$"]
HN_NAME_WORDS = ["Faith", "Hope", "Patience", "Lincoln", "Jefferson", "Augusta", "Florence", "Charity", "Columbia",
                 "Warren", "Madison"]
HN_VERSION_DATES = ["Schema revised 2024-10-01 (OASIS-E1).", "Effective 2025-01-01", "Available since 2023-06-15",
                    "Deprecated 2026-03-31", "api_version: 2024-08-20", "Retired 2019-10-01 (item set v1.17)"]
HN_CATEGORY_TEXT = [
    "Resident's date of birth from the face sheet, MM/DD/YYYY.",
    "Name of the resident's power of attorney or family contact.",
    "Medicare Beneficiary Identifier (MBI) as printed on the red-white-and-blue card.",
    "Resident's Social Security number; masked in every export.",
    "Health First Colorado member ID, one letter and six digits.",
    "Home health medical record number assigned at start of care.",
    "Family contact's phone number for hospice updates.",
    "OASIS-E M0065: the patient's Medicaid number, or NA.",
    "Serial number of the oxygen concentrator delivered to the home.",
]
HN_TOOL_NAMES = ["mask_resident_ssn", "validate_mbi_format", "redact_poa_phone", "lookup_resident_by_mrn"]
HN_FILE_WORDS = ["resident-dob-rules", "poa-contact-mask", "medicaid-id-formats"]
