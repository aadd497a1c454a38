"""Cues, neutral keys and sentences, and hard-negative pools for the sixty-seventh set.

Cue language: plain US English as an occupational-health and workers'-compensation team writes it (employer-
contracted clinics doing DOT physicals, DOT/FMCSA drug and alcohol testing with MRO review, injury care and return
to work, and a claims administrator; Montana, Wyoming, North Dakota and New Mexico), in three registers:

* the abbreviations such code uses for employee, driver, donor and claimant fields (ee*, clmt*, drvr*, donor*,
  inj*, rtw*, ttd*, ...), written fresh for this set;
* the field names of the sector's forms and data dictionaries: FMCSA form MCSA-5875 (Medical Examination Report
  Form, driver information section) and MCSA-5876 (Medical Examiner's Certificate); the Federal Drug Testing
  Custody and Control Form (CCF) steps 1 and 5; OSHA Form 300 column B and Form 301 items 1-3; IAIABC EDI claims
  release 3 data elements DN0042 (employee SSN), DN0043 / DN0044 (employee last / first name), DN0046 (address line
  1), DN0050 (postal code), DN0051 (phone) and DN0052 (date of birth); the four states' first-report-of-injury
  forms (Montana FROI, Wyoming report of injury, North Dakota WSI FROI, New Mexico E1.2);
* field names in the style of the sector's software: Guidewire ClaimCenter (gwcc.*), Cority (cority.*), FormFox
  (formfox.*) and eScreen (escreen.*).

All of these are written from the builder's memory of those forms and products; they were not re-read for this set,
and the gwcc. / cority. / formfox. / escreen. key prefixes are the builder's notation.
"""

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["carry_val", "holdoverField", "misc7", "leftBehind", "tmp_cell", "x_extra", "unsorted",
                "migrationResidue", "loose_v", "parked_val", "fld_spare", "notRouted", "aux_cell", "overflowVal",
                "queued_cell", "stash_val"]
NEUTRAL_SENTENCES = ["Left over from the {n} clinic-system cutover: {v}", "Not routed after the claims import: {v}.",
                     "{v}", "Copied in from the fax queue ({n}): {v}", "The nightly roster sync put {v} here.",
                     "Stray value from upload {n}: {v}."]
NEUTRAL_XKEYS = ["x-carry-value", "x-unrouted-value", "x-import-residue", "x-parked-value", "x-sync-note"]
NEUTRAL_TOOL_VERBS = ["send", "pull", "queue", "sync", "push", "route"]
NEUTRAL_DESCR = "Holds one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["injWkrNm", "clmtName", "drvrNm", "donorPrintedName", "osha300EmployeeName", "dn0043EmployeeLastName",
                "gwcc.claimantDisplayName", "cority.employeeName"],
        "text": ["Injured worker:", "Clmt name -", "Driver (MCSA-5875 last/first):", "CCF Step 5 donor printed name:",
                 "OSHA 300 col. (B) employee's name:", "IAIABC DN0043/DN0044 employee name:",
                 "ClaimCenter claimant:", "Cority employee:"],
        "frag": ["injwkrnm", "clmtnm", "drvrnm", "donornm", "osha300ee", "dn0043", "gwccclmt"],
    },
    "DATE_OF_BIRTH": {
        "key": ["eeDob", "clmtBirthDt", "drvrDobMcsa", "dn0052EmployeeDob", "osha301Item3Dob", "gwcc.claimantDob",
                "cority.birthDate", "formfox.donorDob"],
        "text": ["Employee DOB:", "Clmt birth dt -", "MCSA-5875 driver date of birth:", "IAIABC DN0052 date of birth:",
                 "OSHA 301 item 3, date of birth:", "ClaimCenter claimant DOB:", "Cority birth date:",
                 "FormFox donor DOB:"],
        "frag": ["eedob", "clmtbirthdt", "drvrdob", "dn0052", "osha301dob", "gwccdob", "ffdob"],
    },
    "MRN": {
        "key": ["ohChartNo", "injChartNum", "clinicPtAcctMrn", "eeHealthRecNo", "cority.medicalRecordNo",
                "formfox.clinicPatientId"],
        "text": ["Occ health chart #:", "Injury-care chart no -", "Clinic MRN:", "Employee health record no.:",
                 "Cority medical record no.:", "FormFox clinic patient ID:"],
        "frag": ["ohchart", "injchart", "clinicmrn", "eehealthrec", "coritymrn"],
    },
    "US_SSN": {
        "key": ["wkrSsn9", "clmtSsn", "donorSsnOrEeId", "dn0042EmployeeSsn", "gwcc.claimantTaxId", "escreen.donorSsn"],
        "text": ["Employee SSN:", "Clmt SSN -", "CCF Step 1 C, donor SSN or employee I.D. no.:", "IAIABC DN0042 SSN:",
                 "ClaimCenter claimant tax ID:", "eScreen donor SSN:"],
        "frag": ["wkrssn", "clmtssn", "ccfdonorssn", "dn0042", "escreenssn"],
    },
    "PHONE_NUMBER": {
        "key": ["eeCellPh", "clmtPhone", "drvrPhoneMcsa", "donorDaytimePhone", "dn0051EmployeePhone",
                "gwcc.claimantPrimaryPhone"],
        "text": ["Employee cell:", "Clmt phone -", "MCSA-5875 driver phone:", "CCF Step 5 donor daytime phone no.:",
                 "IAIABC DN0051 phone:", "ClaimCenter claimant phone:"],
        "frag": ["eecell", "clmtphone", "drvrphone", "donordayph", "dn0051"],
    },
    "EMAIL_ADDRESS": {
        "key": ["eeEmail", "clmtEmailAddr", "drvrEmailMcsa", "rtwContactEmail", "gwcc.claimantEmail"],
        "text": ["Employee email:", "Clmt email -", "MCSA-5875 driver e-mail:", "RTW contact email:",
                 "ClaimCenter claimant email:"],
        "frag": ["eeemail", "clmtemail", "drvremail", "rtwemail"],
    },
    "STREET_ADDRESS": {
        "key": ["eeHomeAddr", "clmtMailAddr", "drvrStreetMcsa", "dn0046EmployeeAddr1", "osha301Item2Street",
                "gwcc.claimantPrimaryAddress"],
        "text": ["Employee home address:", "Clmt mailing addr -", "MCSA-5875 driver street address:",
                 "IAIABC DN0046 address line 1:", "OSHA 301 item 2, street:", "ClaimCenter claimant address:"],
        "frag": ["eehomeaddr", "clmtmailaddr", "drvrstreet", "dn0046"],
    },
    "ZIP_CODE": {
        "key": ["eeZip5", "clmtPostal", "drvrZipMcsa", "dn0050EmployeePostalCode", "osha301Item2Zip"],
        "text": ["Employee ZIP:", "Clmt postal -", "MCSA-5875 driver zip code:", "IAIABC DN0050 postal code:",
                 "OSHA 301 item 2, ZIP:"],
        "frag": ["eezip", "clmtpostal", "drvrzip", "dn0050"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["clmtMbiSec111", "eeGrpHlthMbrId", "mtMedicaidId", "ndMedicaidId", "nmTurquoiseCareId",
                "hwFundMbrNo", "gwcc.medicareBeneficiaryId"],
        "text": ["Section 111 MSP query MBI:", "Group health member ID -", "Montana Medicaid ID:",
                 "ND Medicaid ID:", "NM Turquoise Care Medicaid ID:", "H&W fund member #:",
                 "ClaimCenter Medicare beneficiary ID:"],
        "frag": ["sec111mbi", "grphlthid", "mtmcaid", "ndmcaid", "nmtcid", "hwfund"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["ttdDirectDepAcct", "dotPhysSelfPay", "payrollCardNo", "cardOnFilePhysical", "gwcc.paymentAccount"],
        "text": ["TTD direct deposit:", "Self-pay acct -", "Payroll card no.:", "Card on file (DOT physical):",
                 "ClaimCenter payee bank account:"],
        "frag": ["ttddirdep", "dotselfpay", "payrollcard", "physcardfile"],
    },
    "LICENSE_NUMBER": {
        "key": ["cdlNo", "drvrLicNoMcsa5875", "mcsa5876LicenseNo", "eeDlNum"],
        "text": ["CDL #:", "MCSA-5875 driver license number -", "MCSA-5876 driver's license no.:",
                 "Employee DL no:"],
        "frag": ["cdlno", "drvrlicno", "mcsa5876lic", "eedlnum"],
    },
    "DEVICE_ID": {
        "key": ["tensUnitSerial", "ohlHearingAidSer", "boneStimSerial", "eldTabletImei", "rtwPhoneMac", "orthoImplantUdi"],
        "text": ["TENS unit serial:", "Hearing aid S/N -", "Bone stimulator serial:", "ELD tablet IMEI:",
                 "RTW check-in phone MAC:", "Implant UDI:"],
        "frag": ["tensserial", "ohlaidser", "bonestim", "eldimei", "orthoudi"],
    },
    "VEHICLE_ID": {
        "key": ["tractorVin", "eePickupPlate", "accidentVehVin", "drvrPersonalPlate"],
        "text": ["Tractor VIN (post-accident test):", "Employee pickup plate -", "Accident vehicle VIN:",
                 "Driver personal plate:"],
        "frag": ["tractorvin", "pickupplate", "accidentvin", "drvrplate"],
    },
    "IP_ADDRESS": {
        "key": ["rtwPortalIp", "clmtPortalLastIp", "eePortalSignInIp", "formfox.kioskClientIp"],
        "text": ["RTW portal IP:", "Claimant portal last IP -", "Employee portal sign-in IP:",
                 "FormFox kiosk client IP:"],
        "frag": ["rtwportalip", "clmtportalip", "eesigninip"],
    },
    "URL": {
        "key": ["coworkerFundUrl", "clmtSocialProfile", "obitLink", "rtwStatusLink"],
        "text": ["Coworkers' fundraiser page:", "Claimant social profile -", "Obituary (fatality claim):",
                 "Return-to-work status page:"],
        "frag": ["cowfund", "clmtprofile", "obitlink"],
    },
    "SECRET": {
        "key": ["ediSftpPwd", "mroPortalToken", "formfoxApiKey", "claimsDbConnStr", "sendgridKey"],
        "text": ["FROI EDI upload pwd:", "MRO portal token -", "FormFox API key:", "Claims DB conn string =",
                 "Notifier SendGrid key:"],
        "frag": ["edipwd", "mrotoken", "ffapikey"],
    },
}

GROUP_KEYS = {
    "PERSON": ["injuredWorkers", "donorNames"], "DATE_OF_BIRTH": ["eeDobs", "drvrBirthDates"],
    "MRN": ["ohCharts", "clinicChartRefs"], "US_SSN": ["eeSsns"], "PHONE_NUMBER": ["clmtPhones", "eeContactNos"],
    "EMAIL_ADDRESS": ["clmtEmails"], "STREET_ADDRESS": ["eeAddrs"], "ZIP_CODE": ["eeZips"],
    "HEALTH_PLAN_ID": ["mspMbis", "medicaidIds"], "ACCOUNT_NUMBER": ["benefitAccts"],
    "LICENSE_NUMBER": ["cdlNumbers"], "DEVICE_ID": ["issuedDmeSerials", "eeDeviceIds"], "VEHICLE_ID": ["fleetVins"],
    "IP_ADDRESS": ["portalSignInIps"], "URL": ["clmtLinks"], "SECRET": ["ediCredentials"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["eeDob", "donorSsnOrEeId", "cdlNo", "clmtSsn", "ohChartNo", "dn0042EmployeeSsn", "eeHomeAddr",
                 "clmtPhone", "clmtMbiSec111", "drvrLicNoMcsa5875", "tractorVin", "formfox.donorDob"]
HN_CODE_ENUMS = [
    ("GoReleaser archive formats", ["tar.gz", "tar.xz", "zip", "binary"]),
    ("Tauri bundle targets", ["deb", "rpm", "appimage", "msi", "nsis", "dmg"]),
    ("DOT reason for test (CCF Step 1 D)", ["PRE_EMPLOYMENT", "RANDOM", "REASONABLE_SUSPICION", "POST_ACCIDENT",
                                             "RETURN_TO_DUTY", "FOLLOW_UP"]),
    ("MRO verified result", ["NEGATIVE", "POSITIVE", "ADULTERATED", "SUBSTITUTED", "INVALID", "CANCELLED",
                             "REFUSAL_TO_TEST"]),
    ("DOT drug panel analytes", ["THC", "COC", "AMP", "MAMP", "MDMA", "OPI", "6-AM", "OXYC", "PCP"]),
    ("MCSA-5876 certification period", ["24_MONTHS", "12_MONTHS", "3_MONTHS", "TEMPORARY", "DISQUALIFIED"]),
    ("IAIABC maintenance type code", ["00", "01", "02", "04", "AQ", "AU", "CA", "CO"]),
    ("OSHA 300 case classification", ["DEATH", "DAYS_AWAY", "JOB_TRANSFER_OR_RESTRICTION", "OTHER_RECORDABLE"]),
    ("ICD-10-CM codes common in injury care", ["S39.012A", "M54.50", "S61.412A", "T67.01XA", "S83.511A"]),
    ("US state codes", ["MT", "WY", "ND", "NM"]),
    ("IANA time zones", ["America/Denver", "America/Chicago", "America/North_Dakota/Center"]),
]
HN_PLACEHOLDERS = ["driver@example.com", "claimant@occhealth.invalid", "(406) 555-0134", "701-555-0188",
                   "+1 307 555 0117", "192.0.2.44", "198.51.100.9", "2001:db8:406::1", "XXX-XX-XXXX", "000-00-0000",
                   "<DOPPLER_TOKEN>", "${SENDGRID_API_KEY}", "MRN-XXXXXXX",
                   "https://example.com/claims/{claimNumber}", "donor@testing.example"]
HN_FORMAT_REGEXES = [r"^\d{3}-\d{2}-\d{4}$", r"^[1-9][AC-HJKMNP-RT-Y][0-9AC-HJKMNP-RT-Y]\d[AC-HJKMNP-RT-Y]"
                     r"[0-9AC-HJKMNP-RT-Y]\d[AC-HJKMNP-RT-Y]{2}\d{2}$", r"^\(\d{3}\) \d{3}-\d{4}$",
                     r"^\d{5}(-\d{4})?$", r"^[A-Z]{3}\d{6}$", r"^\d{6}-\d{3}$", r"^OH\d{7}$",
                     r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^[A-HJ-NPR-Z0-9]{17}$", r"^\d{7}$"]
HN_NAME_WORDS = ["Cody", "Sheridan", "Helena", "Mack", "Sterling", "Dakota", "Harley", "Jordan", "Chase", "Ruby"]
HN_VERSION_DATES = ["Form MCSA-5875 (rev. 2021-12-22)", "IAIABC claims release 3.1, effective 2024-07-01",
                    "Effective 2025-01-01", "Available since 2023-06-15", "Deprecated 2026-03-31",
                    "api_version: 2024-08-20"]
HN_CATEGORY_TEXT = [
    "Driver's date of birth as entered on MCSA-5875, MM/DD/YYYY.",
    "Donor SSN or employee ID from CCF Step 1; masked after MRO review.",
    "Injured worker's name as it appears on the first report of injury.",
    "Medicare Beneficiary Identifier for Section 111 reporting.",
    "CDL number and issuing state from the medical examiner's certificate.",
    "Employee's home street address (OSHA 301 item 2).",
    "Claimant's phone number for return-to-work check-ins.",
    "Serial number of the TENS unit issued to the injured worker.",
    "IAIABC DN0042: the employee's Social Security number.",
]
HN_TOOL_NAMES = ["mask_donor_ssn", "validate_cdl_format", "lookup_claimant_by_chart_no", "redact_froi_employee"]
HN_FILE_WORDS = ["mcsa5875-dob-rules", "ccf-donor-id-mask", "froi-employee-fields"]
