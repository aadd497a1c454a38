"""Cues, neutral keys and sentences, and hard-negative pools for the sixty-sixth set.

Cue language: US English as an eye-care group writes it (ophthalmology practices, optometry clinics and an
ambulatory surgery centre for cataract surgery and retina injections, in Maine, New Hampshire, Vermont and
Massachusetts), in three registers:

* the abbreviations eye-care code uses (optPtDob, ascCaseMrn, iolSn, clRxPtNm, lvCertDob, odosPtName, ...), written
  fresh for this set;
* field names in the style of eye-care practice-management / EHR data dictionaries and APIs: Compulink Advantage
  (compulink.*), Nextech (nextech.*), RevolutionEHR (revolution.*) and Eyefinity OfficeMate (officemate.*); the
  paper forms' own item names: the HCFA-1500 (NUCC 02/12) claim form's boxes (1a insured's ID, 2 patient's name,
  3 birth date, 5 address / ZIP / telephone, 26 patient's account no.), the contact-lens prescription (FTC Contact
  Lens Rule items), the optical lab order (VisionWeb-style ship-to and tray fields), low-vision device loan slips
  and the driver-vision certification forms of the Maine BMV, the New Hampshire and Vermont DMVs and the
  Massachusetts RMV;
* the states' Medicaid programmes' names for their ids: MaineCare member ID, New Hampshire Medicaid ID, Vermont's
  Green Mountain Care / Dr. Dynasaur ID, and the Massachusetts Medicaid member ID; plus Blue Cross Blue Shield alpha-prefixed member
  ids and vision-plan subscriber ids.

All of these are written from the builder's memory of those products and forms; they were not re-read for this set,
and the compulink. / nextech. / revolution. / officemate. key prefixes are the builder's notation.
"""

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["carryFwdVal", "orphanField", "legacyCol7", "unsortedVal", "scratch_v", "xferLeftover", "noMapYet",
                "conversionStray", "holdover_v", "importTail", "oddField", "parkedVal", "fld_unk", "residualV",
                "batchTail", "unlinkedVal"]
NEUTRAL_SENTENCES = ["Carried over from the {n} practice-system conversion: {v}", "No target field after the EHR "
                     "merge: {v}.", "{v}", "Pasted in from a faxed referral ({n}): {v}",
                     "The overnight recall export dropped {v} here.", "Stray value from import batch {n}: {v}."]
NEUTRAL_XKEYS = ["x-carry-forward", "x-orphan-value", "x-conversion-note", "x-parked-value", "x-import-tail"]
NEUTRAL_TOOL_VERBS = ["push", "pull", "route", "stage", "emit", "forward"]
NEUTRAL_DESCR = "Holds one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["clRxPtNm", "odosPtName", "hcfaBox2PtName", "labShipToNm", "compulink.patientFullName",
                "nextech.ptLegalName", "revolution.patientDisplayName", "officemate.patientNameLast1st"],
        "text": ["Patient name (CL Rx):", "Pt nm -", "HCFA-1500 box 2 patient's name:", "Lab order ship-to:",
                 "Compulink patient name:", "Nextech patient:", "RevolutionEHR patient:", "OfficeMate patient name:"],
        "frag": ["clrxptnm", "odosptname", "box2ptnm", "labshipto", "cmplptnm", "nxtptnm", "revptnm"],
    },
    "DATE_OF_BIRTH": {
        "key": ["optPtDob", "hcfaBox3Dob", "lvCertDob", "ascPreopDob", "compulink.patientBirthdate",
                "nextech.ptDobValue", "revolution.patientBornOn", "officemate.dobText"],
        "text": ["Pt DOB (optical):", "HCFA-1500 box 3 DOB -", "Low-vision cert DOB:", "ASC pre-op DOB:",
                 "Compulink birthdate:", "Nextech DOB:", "RevolutionEHR born on:", "OfficeMate DOB:"],
        "frag": ["optptdob", "box3dob", "lvcertdob", "ascpreopdob", "cmpldob", "nxtdob", "revdob"],
    },
    "MRN": {
        "key": ["eyeChartNo", "ascCaseMrn", "retinaSvcNo", "clinicChartRef", "compulink.chartNumber",
                "nextech.patientNumber", "revolution.patientRecordNo", "officemate.acctChartId"],
        "text": ["Eye chart #:", "ASC MRN -", "Retina service #:", "Clinic chart ref:", "Compulink chart number:",
                 "Nextech patient #:", "RevolutionEHR record no:", "OfficeMate chart ID:"],
        "frag": ["eyechartno", "ascmrn", "retinasvcno", "clinicchart", "cmplchart", "nxtptno", "revrecno"],
    },
    "US_SSN": {
        "key": ["optPtSsn", "lvLoanSsn", "guarantorSsnFull", "compulink.ssnValue", "nextech.ptSocial", "bmvFormSsn"],
        "text": ["Pt SSN (optical):", "Low-vision loan SSN -", "Guarantor SSN:", "Compulink SSN:",
                 "Nextech social:", "BMV vision form SSN:"],
        "frag": ["optptssn", "lvloanssn", "guarssn", "cmplssn", "nxtsocial"],
    },
    "PHONE_NUMBER": {
        "key": ["postopCallbackPh", "recallCellNo", "hcfaBox5Phone", "rideHomeContactPh", "compulink.cellPhone",
                "officemate.homePhoneNo"],
        "text": ["Post-op callback ph:", "Recall cell # -", "HCFA-1500 box 5 telephone:", "Ride-home contact ph:",
                 "Compulink cell phone:", "OfficeMate home phone:"],
        "frag": ["postopph", "recallcell", "box5phone", "ridehomeph", "cmplcell"],
    },
    "EMAIL_ADDRESS": {
        "key": ["clReorderEmail", "recallEmailAddr", "portalInviteEmail", "revolution.patientEmailAddr",
                "officemate.emailForRecall"],
        "text": ["CL reorder email:", "Recall email addr -", "Portal invite sent to:", "RevolutionEHR email:",
                 "OfficeMate recall email:"],
        "frag": ["clreorderemail", "recallemail", "portalinvite", "revemail"],
    },
    "STREET_ADDRESS": {
        "key": ["labShipToAddr", "hcfaBox5Addr", "clMailOrderAddr", "compulink.homeAddress",
                "nextech.mailingAddr"],
        "text": ["Lab ship-to address:", "HCFA-1500 box 5 address -", "CL mail-order address:",
                 "Compulink home address:", "Nextech mailing address:"],
        "frag": ["labshiptoaddr", "box5addr", "clmailaddr", "nxtmailaddr"],
    },
    "ZIP_CODE": {
        "key": ["hcfaBox5Zip", "labShipZip", "ptHomeZip5", "compulink.zipPlus4", "officemate.zipCd"],
        "text": ["HCFA-1500 box 5 ZIP:", "Lab ship ZIP -", "Pt home ZIP:", "Compulink ZIP+4:", "OfficeMate ZIP:"],
        "frag": ["box5zip", "labshipzip", "pthomezip", "cmplzip"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["hcfaBox1aInsId", "mainecareMbrId", "nhMedicaidNo", "vtGmcId", "maMedicaidMbrId", "blueCrossMbrIdPfx",
                "visionPlanSubId", "nextech.mbiValue"],
        "text": ["HCFA-1500 box 1a insured's ID:", "MaineCare member ID -", "NH Medicaid #:",
                 "Green Mountain Care / Dr. Dynasaur ID:", "Mass. Medicaid member ID:", "Blue Cross member ID (w/ prefix):",
                 "Vision plan subscriber ID:", "Nextech MBI:"],
        "frag": ["box1ainsid", "mainecareid", "nhmcdno", "vtgmcid", "mamcdid", "bluecrosspfx", "visionsubid"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["hcfaBox26PtAcct", "achDraftAcct", "cardOnFileOptical", "fsaCardNo", "officemate.guarantorAcct"],
        "text": ["HCFA-1500 box 26 patient's account no:", "ACH draft acct -", "Optical card on file:",
                 "FSA / HSA card #:", "OfficeMate guarantor account:"],
        "frag": ["box26acct", "achdraft", "opticalcard", "fsacard"],
    },
    "LICENSE_NUMBER": {
        "key": ["bmvVisionFormDl", "drvVisCertDlNo", "rmvVisionScreenLic", "dmvEyeReportLic"],
        "text": ["Maine BMV vision form, licence #:", "Driver-vision cert DL no -", "Mass RMV vision screening, license:",
                 "NH / VT DMV eye report, license #:"],
        "frag": ["bmvdl", "drviscertdl", "rmvlic", "dmveyelic"],
    },
    "DEVICE_ID": {
        "key": ["iolSn", "iolCartonUdi", "amdMonitorSerial", "homeMonitorImei", "lvMagnifierSn",
                "monitorWifiMac"],
        "text": ["IOL serial (implant card):", "IOL carton UDI -", "Home AMD monitor serial:",
                 "Home monitor IMEI:", "Low-vision magnifier S/N:", "Monitor Wi-Fi MAC:"],
        "frag": ["iolsn", "ioludi", "amdmonsn", "monimei", "lvmagsn"],
    },
    "VEHICLE_ID": {
        "key": ["drvCertVehVin", "ascRideVehPlate", "ptVehRegPlate", "escortDriverVin"],
        "text": ["Driver-cert vehicle VIN:", "ASC ride-home plate -", "Pt vehicle reg plate:", "Escort driver VIN:"],
        "frag": ["drvcertvin", "ascrideplate", "ptvehplate", "escortvin"],
    },
    "IP_ADDRESS": {
        "key": ["portalSignOnIp", "homeMonitorIp", "teleRetinaClientIp", "revolution.lastPortalIp"],
        "text": ["Portal sign-on IP:", "Home monitor IP -", "Tele-retina client IP:", "RevolutionEHR portal IP:"],
        "frag": ["portalsignonip", "homemonip", "teleretinaip"],
    },
    "URL": {
        "key": ["careUpdatesPage", "surgeryFundLink", "ptSocialProfile", "ptPortalVisitLink"],
        "text": ["Care updates page:", "Surgery fund link -", "Patient's social profile:", "Portal visit link:"],
        "frag": ["careupdates", "surgeryfund", "ptsocial"],
    },
    "SECRET": {
        "key": ["compulinkApiKey", "nextechClientSecret", "visionwebLabPwd", "revolutionBridgeToken",
                "opticalDbConnStr"],
        "text": ["Compulink API key:", "Nextech client secret -", "VisionWeb lab pwd:", "RevolutionEHR bridge token:",
                 "Optical DB conn string ="],
        "frag": ["cmplapikey", "nxtclientsecret", "visionwebpwd"],
    },
}

GROUP_KEYS = {
    "PERSON": ["opticalPatients", "rideHomeContacts"], "DATE_OF_BIRTH": ["optDobs", "preopBirthDates"],
    "MRN": ["eyeChartNos", "ascCaseRefs"], "US_SSN": ["optSsns"], "PHONE_NUMBER": ["recallPhones", "postopPhones"],
    "EMAIL_ADDRESS": ["recallEmails"], "STREET_ADDRESS": ["labShipAddrs"], "ZIP_CODE": ["shipZips"],
    "HEALTH_PLAN_ID": ["insuredIds", "stateMedicaidIds"], "ACCOUNT_NUMBER": ["guarantorAccts"],
    "LICENSE_NUMBER": ["visionCertDlNos"], "DEVICE_ID": ["iolSerials", "homeMonitorIds"],
    "VEHICLE_ID": ["rideVehicles"], "IP_ADDRESS": ["portalSignOnIps"], "URL": ["patientLinks"],
    "SECRET": ["practiceSysCreds"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["optPtDob", "eyeChartNo", "hcfaBox1aInsId", "mainecareMbrId", "clRxPtNm", "iolSn", "bmvVisionFormDl",
                 "hcfaBox26PtAcct", "compulink.ssnValue", "recallEmailAddr", "labShipToAddr", "postopCallbackPh"]
HN_CODE_ENUMS = [
    ("Ruff rule selectors", ["E501", "F401", "I001", "UP006", "B008"]),
    ("Pixi platforms", ["linux-64", "osx-arm64", "win-64", "linux-aarch64"]),
    ("Eye laterality", ["OD", "OS", "OU"]),
    ("CPT codes for cataract and retina care", ["66984", "66982", "67028", "92134", "92250"]),
    ("ICD-10-CM eye diagnoses", ["H25.11", "H35.3211", "E11.3293", "H40.1131", "H26.491"]),
    ("Contact lens replacement modality", ["DAILY", "TWO_WEEK", "MONTHLY", "RGP", "SCLERAL"]),
    ("Snellen visual acuity", ["20/20", "20/40", "20/200", "CF", "HM", "LP", "NLP"]),
    ("US state codes", ["ME", "NH", "VT", "MA"]),
    ("Intraocular lens design", ["MONOFOCAL", "TORIC", "EDOF", "MULTIFOCAL"]),
    ("HCFA-1500 place of service", ["11", "22", "24"]),
    ("Anti-VEGF agents", ["aflibercept", "ranibizumab", "faricimab", "bevacizumab"]),
]
HN_PLACEHOLDERS = ["patient@example.com", "optical.lab@clinic.invalid", "(207) 555-0134", "603-555-0188",
                   "+1 802 555 0117", "192.0.2.44", "198.51.100.9", "203.0.113.77", "2001:db8:7::21", "XXX-XX-XXXX",
                   "000-00-0000", "<COMPULINK_API_KEY>", "${NEXTECH_CLIENT_SECRET}", "MRN-XXXXXXX",
                   "https://example.com/patients/{patientId}/rx"]
HN_FORMAT_REGEXES = [r"^\d{3}-\d{2}-\d{4}$", r"^[1-9][AC-HJKMNP-RT-Y][0-9AC-HJKMNP-RT-Y]\d[AC-HJKMNP-RT-Y]"
                     r"[0-9AC-HJKMNP-RT-Y]\d[AC-HJKMNP-RT-Y]{2}\d{2}$", r"^\d{7}X?$", r"^\d{2}[A-Z]{3}\d{5}$",
                     r"^EYE-\d{6}$", r"^0\d{4}(-\d{4})?$", r"^20/\d{2,3}$", r"^[+-]\d{1,2}\.(00|25|50|75)$",
                     r"^\d{3}/\d{3}-\d{4}$", r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$"]
HN_NAME_WORDS = ["Violet", "Ivy", "Amber", "Augusta", "Lowell", "Sterling", "Camden", "Pearl", "Concord"]
HN_VERSION_DATES = ["Schema revised 2025-10-01 (ICD-10-CM FY2026).", "Effective 2026-01-01",
                    "Available since 2024-07-15", "Deprecated 2027-06-30", "api_version: 2025-03-18",
                    "Claim form version 02/12 (NUCC)"]
HN_CATEGORY_TEXT = [
    "Patient's birth date as HCFA-1500 box 3 prints it, MM DD YYYY.",
    "Patient name exactly as written on the contact lens prescription.",
    "Medicare Beneficiary Identifier (MBI) from the patient's Medicare card.",
    "MaineCare member ID: nine digits followed by a letter.",
    "Serial number of the implanted intraocular lens, from the implant card.",
    "Driver's license number copied onto the vision certification form.",
    "Guarantor account number for HCFA-1500 box 26.",
    "Patient's home ZIP code for the optical lab shipment.",
    "Phone number for the post-op day-one callback.",
]
HN_TOOL_NAMES = ["mask_patient_dob", "validate_mainecare_id", "lookup_chart_by_mrn", "redact_iol_serial"]
HN_FILE_WORDS = ["patient-dob-masking", "iol-serial-rules", "cl-rx-field-map"]
