"""Cues, name helpers, neutral keys and hard-negative pools for the fifty-sixth set.

Cue language: US English as EHR- and payer-integration code writes it, with the abbreviations such code uses
(camelCase, snake_case, truncations, pt, mbr, subscr, enc, acct).  Element names come from six US data dictionaries,
written from the builder's memory (not re-read for this set):

* SMART App Launch (SMART on FHIR) launch context: ``launch/patient`` scope, the token response's ``patient`` and
  ``encounter`` context parameters, ``fhirUser``, ``need_patient_banner``;
* Argonaut Data Query / US Core Patient (the Argonaut project's profile): ``Patient.name.family``,
  ``Patient.name.given``, ``Patient.birthDate``, ``Patient.identifier`` (type ``MR``), ``Patient.telecom``,
  ``Patient.address.line``, ``Patient.address.postalCode``;
* Da Vinci Payer Data Exchange (PDex): ``Coverage.subscriberId``, member match ``MemberPatient``;
* CARIN Consumer Directed Payer Data Exchange (CARIN Blue Button, C4BB): ``C4BB-Patient`` member identifier type
  ``MB`` / unique member id ``um``, ``ExplanationOfBenefit.patient``, ``Coverage.subscriberId``;
* NCQA HEDIS member-level (member-gen) file fields as the builder remembers them: ``MemID``, ``MemLName``,
  ``MemFName``, ``DOB``, ``SubID``, ``MAddr1``, ``MZip``, ``MPhone``;
* Salesforce Health Cloud objects: ``MemberPlan.MemberNumber``, ``MemberPlan.SubscriberId``,
  ``HealthCloudGA__EhrPatient__c`` with ``HealthCloudGA__BirthDate__c``, ``HealthCloudGA__MedicalRecordNumber__c``,
  ``HealthCloudGA__GivenName1__c``, ``HealthCloudGA__FamilyName1__c``; person-account ``PersonMobilePhone``,
  ``PersonEmail``, ``PersonMailingStreet``, ``PersonMailingPostalCode``.
"""

# ------------------------------------------------------------------ names
# Common US nicknames (as intake forms and member cards carry them) for given names on the SSA lists.
NICKNAMES = {"William": "Bill", "Robert": "Bob", "James": "Jim", "Michael": "Mike", "Elizabeth": "Liz",
             "Richard": "Rick", "Christopher": "Chris", "Jennifer": "Jenny", "Jessica": "Jess", "Joseph": "Joe",
             "Thomas": "Tom", "Daniel": "Dan", "David": "Dave", "Matthew": "Matt", "Patricia": "Patty",
             "Margaret": "Peggy", "Barbara": "Barb", "Deborah": "Debbie", "Susan": "Sue", "Kimberly": "Kim",
             "Nicholas": "Nick", "Anthony": "Tony", "Jacob": "Jake", "Samantha": "Sam", "Joshua": "Josh",
             "Charles": "Chuck", "Linda": "Lindy", "Sarah": "Sally", "Ashley": "Ash", "Emily": "Em",
             "Benjamin": "Ben", "Alexander": "Alex", "Andrew": "Andy", "Steven": "Steve", "Kenneth": "Ken",
             "Ronald": "Ron", "Donald": "Don", "Gary": "Gar", "Larry": "Lar", "Madison": "Maddie",
             "Abigail": "Abby", "Elijah": "Eli", "Isabella": "Bella", "Olivia": "Liv", "Sophia": "Sophie",
             "Jayden": "Jay", "Ethan": "E", "Mason": "Mase"}
SUFFIXES = ["Jr.", "Sr.", "II", "III"]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["leftoverVal", "carriedFwd", "fld_z9", "spareTxt", "holdover", "tmp_col", "misc_val", "extra2",
                "stagingVal", "orphaned", "bucket_v", "parked", "scratch", "other_txt", "unmapped", "backfill"]
NEUTRAL_SENTENCES = ["Left over from the {n} backfill: {v}", "Unmapped during the {n} migration: {v}.", "{v}",
                     "Carried forward from the legacy feed ({n}): {v}", "The nightly job wrote {v} here.",
                     "Orphaned row from batch {n}: {v}."]
NEUTRAL_XKEYS = ["x-carried-forward", "x-unmapped", "x-backfill-note", "x-staging-value", "x-orphaned"]
NEUTRAL_TOOL_VERBS = ["get", "sync", "push", "pull", "load", "post"]
NEUTRAL_DESCR = "Holds one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["ptNm", "mbrFullName", "subscr_name", "patient_display", "MemLName_MemFName",
                "HealthCloudGA__FamilyName1__c", "argo.patient.name", "pdex.MemberPatient.name"],
        "text": ["Pt name:", "Mbr full name -", "Subscr name:", "Patient (banner):", "HEDIS MemLName/MemFName:",
                 "Health Cloud EhrPatient name:", "Argonaut Patient.name:", "PDex MemberPatient name ="],
        "frag": ["ptnm", "mbrname", "subscrname", "ptbanner", "memlname", "ehrpatientname", "argoname",
                 "memberpatient"],
    },
    "DATE_OF_BIRTH": {
        "key": ["ptDob", "mbr_dob", "subscrBirthDt", "birthDate", "DOB", "HealthCloudGA__BirthDate__c",
                "argo.patient.birthDate"],
        "text": ["Pt DOB:", "Mbr DOB -", "Subscr birth dt:", "Patient.birthDate:", "HEDIS DOB:",
                 "Health Cloud BirthDate:", "Argonaut birthDate ="],
        "frag": ["ptdob", "mbrdob", "subscrbirthdt", "birthdate", "hedisdob", "hcbirthdate"],
    },
    "MRN": {
        "key": ["ptMrn", "mrn_nbr", "encMrn", "identifier_MR", "HealthCloudGA__MedicalRecordNumber__c",
                "smart.patient_mrn", "argo.patient.identifier.MR"],
        "text": ["Pt MRN:", "MRN nbr -", "Enc MRN:", "Patient.identifier (type MR):", "Health Cloud MRN:",
                 "SMART launch patient MRN:", "Argonaut identifier MR ="],
        "frag": ["ptmrn", "mrnnbr", "encmrn", "identifiermr", "hcmrn", "smartmrn"],
    },
    "US_SSN": {
        "key": ["ptSsn", "mbr_ssn", "subscrSsn", "ssn_txt", "guarantorSsn", "identifier_SS"],
        "text": ["Pt SSN:", "Mbr SSN -", "Subscr SSN:", "SSN txt:", "Guarantor SSN:", "Patient.identifier (type SS):"],
        "frag": ["ptssn", "mbrssn", "subscrssn", "ssntxt", "guarssn"],
    },
    "PHONE_NUMBER": {
        "key": ["ptPhone", "mbr_cell", "subscrHomePh", "MPhone", "PersonMobilePhone", "argo.patient.telecom"],
        "text": ["Pt phone:", "Mbr cell -", "Subscr home ph:", "HEDIS MPhone:", "Health Cloud PersonMobilePhone:",
                 "Argonaut telecom (phone):"],
        "frag": ["ptphone", "mbrcell", "subscrhomeph", "mphone", "mobilephone"],
    },
    "EMAIL_ADDRESS": {
        "key": ["ptEmail", "mbr_email", "subscrEmailAddr", "PersonEmail", "telecom_email", "portalLoginEmail"],
        "text": ["Pt email:", "Mbr email -", "Subscr email addr:", "Health Cloud PersonEmail:",
                 "Argonaut telecom (email):", "Portal login email:"],
        "frag": ["ptemail", "mbremail", "subscremail", "personemail", "portalemail"],
    },
    "STREET_ADDRESS": {
        "key": ["ptAddr1", "mbr_street", "subscrHomeAddr", "MAddr1", "PersonMailingStreet", "address_line"],
        "text": ["Pt addr1:", "Mbr street -", "Subscr home addr:", "HEDIS MAddr1:",
                 "Health Cloud PersonMailingStreet:", "Argonaut address.line:"],
        "frag": ["ptaddr", "mbrstreet", "subscraddr", "maddr1", "mailingstreet"],
    },
    "ZIP_CODE": {
        "key": ["ptZip", "mbr_zip5", "subscrZip4", "MZip", "PersonMailingPostalCode", "address_postalCode"],
        "text": ["Pt ZIP:", "Mbr zip5 -", "Subscr ZIP+4:", "HEDIS MZip:", "Health Cloud PersonMailingPostalCode:",
                 "Argonaut address.postalCode:"],
        "frag": ["ptzip", "mbrzip", "subscrzip", "mzip", "postalcode"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["mbrId", "subscr_id", "mbi_nbr", "medicaidId", "MemberPlan_MemberNumber", "Coverage_subscriberId",
                "c4bb.patient.identifier.MB", "MemID"],
        "text": ["Mbr ID:", "Subscr ID -", "MBI nbr:", "Medicaid ID:", "Health Cloud MemberPlan.MemberNumber:",
                 "PDex Coverage.subscriberId:", "CARIN BB member id (MB):", "HEDIS MemID:"],
        "frag": ["mbrid", "subscrid", "mbinbr", "medicaidid", "membernumber", "subscriberid", "c4bbmb", "memid"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["encAcctNbr", "pt_acct", "guarantorAcct", "cardNbr", "bankAcct", "achRtnAcct"],
        "text": ["Enc acct nbr:", "Pt acct -", "Guarantor acct:", "Card nbr:", "Bank acct:", "ACH rtn/acct:"],
        "frag": ["encacct", "ptacct", "guaracct", "cardnbr", "bankacct", "achacct"],
    },
    "LICENSE_NUMBER": {
        "key": ["ptDlNbr", "mbr_dl", "driversLicNo", "dl_num", "photoIdNbr"],
        "text": ["Pt DL nbr:", "Mbr DL -", "Drivers lic no:", "DL num:", "Photo ID (driver's license) nbr:"],
        "frag": ["ptdl", "mbrdl", "driverslic", "dlnum", "photoid"],
    },
    "DEVICE_ID": {
        "key": ["deviceImei", "pumpSerialNbr", "cgm_tx_serial", "udiCarrier", "implantSn", "hubMacAddr"],
        "text": ["Device IMEI:", "Pump serial nbr -", "CGM tx serial:", "Device.udiCarrier:", "Implant SN:",
                 "Hub MAC addr:"],
        "frag": ["deviceimei", "pumpserial", "cgmserial", "udicarrier", "implantsn", "hubmac"],
    },
    "VEHICLE_ID": {
        "key": ["ptVehVin", "vin_nbr", "nemtVehicleVin", "vehPlate", "mvaVin"],
        "text": ["Pt veh VIN:", "VIN nbr -", "NEMT vehicle VIN:", "Veh plate:", "MVA claim VIN:"],
        "frag": ["ptvehvin", "vinnbr", "nemtvin", "vehplate", "mvavin"],
    },
    "IP_ADDRESS": {
        "key": ["clientIp", "portal_login_ip", "lastSeenIp", "x_forwarded_for", "ptDeviceIp"],
        "text": ["Client IP:", "Portal login IP -", "Last seen IP:", "X-Forwarded-For:", "Pt device IP:"],
        "frag": ["clientip", "portalloginip", "lastseenip", "xff", "ptdeviceip"],
    },
    "URL": {
        "key": ["ptSocialUrl", "mbr_profile_url", "fundraiserLink", "portalDeepLink", "caringPageUrl"],
        "text": ["Pt social URL:", "Mbr profile URL -", "Fundraiser link:", "Portal deep link:", "Caring page URL:"],
        "frag": ["ptsocialurl", "mbrprofileurl", "fundraiserlink", "portaldeeplink"],
    },
    "SECRET": {
        "key": ["apiKey", "clientSecret", "smartClientSecret", "connStr", "ehrBearerTok", "sftpPwd"],
        "text": ["API key:", "client secret =", "SMART client_secret:", "conn str:", "EHR bearer tok -", "SFTP pwd:"],
        "frag": ["apikey", "clientsecret", "connstr", "bearertok"],
    },
}

GROUP_KEYS = {
    "PERSON": ["ptNms", "mbrNames", "subscrNames"], "DATE_OF_BIRTH": ["ptDobs", "mbrDobs"],
    "MRN": ["ptMrns", "mrnNbrs"], "US_SSN": ["ptSsns"], "PHONE_NUMBER": ["ptPhones", "mbrCells"],
    "EMAIL_ADDRESS": ["ptEmails"], "STREET_ADDRESS": ["ptAddrs"], "ZIP_CODE": ["ptZips"],
    "HEALTH_PLAN_ID": ["mbrIds", "subscrIds"], "ACCOUNT_NUMBER": ["encAccts"], "LICENSE_NUMBER": ["dlNbrs"],
    "DEVICE_ID": ["deviceSerials", "hubMacs"], "VEHICLE_ID": ["vinNbrs"], "IP_ADDRESS": ["clientIps"],
    "URL": ["profileUrls"], "SECRET": ["apiKeys"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["ptDob", "mbrId", "subscr_ssn", "ptMrn", "birthDate", "MemID", "HealthCloudGA__BirthDate__c",
                 "PersonEmail", "clientSecret", "encAcctNbr", "dl_num", "need_patient_banner"]
HN_CODE_ENUMS = [
    ("CircleCI resource classes", ["small", "medium", "medium+", "large", "xlarge"]),
    ("CircleCI machine images", ["ubuntu-2204:current", "ubuntu-2404:current", "android:2024.01.1"]),
    ("Biome rule severities", ["error", "warn", "info", "off"]),
    ("Biome quote styles", ["double", "single"]),
    ("HL7 administrative genders", ["male", "female", "other", "unknown"]),
    ("US Core race categories (OMB)", ["1002-5", "2028-9", "2054-5", "2076-8", "2106-3"]),
    ("X12 271 eligibility benefit codes", ["A", "B", "C", "1", "6"]),
    ("HEDIS product lines", ["commercial", "medicaid", "medicare"]),
    ("US state codes", ["NY", "PA", "KY", "HI", "NH", "WV", "VT", "NE"]),
    ("SMART launch scopes", ["launch/patient", "patient/*.read", "openid", "fhirUser"]),
    ("ICD-10-CM diabetes codes", ["E11.9", "E11.65", "E10.9", "Z79.4"]),
]
HN_PLACEHOLDERS = ["jane.doe@example.com", "member@payer.example", "(212) 555-0134", "+1 415-555-0199",
                   "1-800-555-0123", "192.0.2.10", "198.51.100.77", "2001:db8:4:2::15", "XXX-XX-XXXX",
                   "${SMART_CLIENT_SECRET}", "<CIRCLE_TOKEN>", "MRN-0000000", "https://example.com/patients/{id}",
                   "4111 1111 1111 1111", "000-00-0000"]
HN_FORMAT_REGEXES = [r"^\d{3}-\d{2}-\d{4}$", r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$",
                     r"^\(\d{3}\) \d{3}-\d{4}$", r"^\d{5}(-\d{4})?$", r"^[A-HJ-NPR-Z0-9]{17}$",
                     r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^(0[1-9]|1[0-2])/\d{2}/\d{4}$", r"^[A-Z]{2}\d{5}[A-Z]$",
                     r"^SK[0-9a-fA-F]{32}$", r"^Z\d{7}$"]
HN_NAME_WORDS = ["Austin", "Madison", "Lincoln", "Dallas", "Savannah", "Jordan", "Aurora", "Phoenix", "Charlotte",
                 "Brooklyn"]
HN_VERSION_DATES = ["FHIR R4 (4.0.1), published 2019-10-30", "US Core 6.1.0 (2023-06-01)", "Since CLI 2024-03-01",
                    "2020-12", "Deprecated 2025-06-30", "HEDIS MY 2024 spec, 2023-08-01"]
HN_CATEGORY_TEXT = [
    "Patient's date of birth (MM/DD/YYYY).",
    "Member's Social Security number; masked in the UI.",
    "The subscriber's member ID as printed on the insurance card.",
    "Pt MRN from the EHR's Patient.identifier (type MR).",
    "HEDIS DOB field of the member-gen file.",
    "Health Cloud BirthDate__c on the EhrPatient object.",
    "Guarantor account number for the encounter.",
    "Patient's home street address and ZIP+4.",
    "SMART launch context: the patient id the EHR hands over.",
]
HN_TOOL_NAMES = ["lookup_member_by_mbi", "mask_pt_ssn", "validate_patient_dob", "format_us_phone"]
HN_FILE_WORDS = ["member-dob-format", "pt-mrn-rules", "subscriber-id-mask"]
