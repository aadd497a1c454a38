"""Cues, neutral keys and sentences, and hard-negative pools for the sixty-fourth set.

Cue language: plain US English as a pediatric and school-based health network writes it (pediatric clinics,
school-based health centres and school nurses in Utah, Kansas, Nebraska and South Dakota), in three registers:

* the abbreviations US code uses for student, child and guardian fields (stuDob, grdnCellPh, pedsChartNo, sbhcVisitId,
  ...), written fresh for this set;
* field names in the style of student-information systems' health modules (PowerSchool, ps.*), of state immunization
  information systems (IIS) and their HL7 v2 VXU messages (segment fields spelt as words, vxu.*), and of school-nurse
  EHRs (Magnus Health, magnus.*; CareDox, caredox.*);
* the four states' Medicaid and CHIP programme names for their ids: Utah Medicaid / Utah CHIP, KanCare (Kansas),
  Heritage Health (Nebraska Medicaid), South Dakota Medicaid.

All of these are written from the builder's memory of those products and programmes; they were not re-read for this
set, and the ps. / vxu. / magnus. / caredox. key prefixes are the builder's notation.
"""

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["carry_val", "parkedField", "misc7", "restAfterSync", "tmp_cell", "x_loose", "noHome",
                "syncLeftover", "drift_v", "await_val", "fld_loose", "orphanCol", "aux_cell", "overflowVal",
                "holding_v", "bucket_val"]
NEUTRAL_SENTENCES = ["Came over with the {n} roster sync: {v}", "Not mapped after the SIS rollover: {v}.",
                     "{v}", "Pasted from the enrollment packet ({n}): {v}", "The nightly roster export left {v} here.",
                     "Loose value from upload {n}: {v}."]
NEUTRAL_XKEYS = ["x-roster-carry", "x-loose-value", "x-sync-note", "x-parked-value", "x-upload-note"]
NEUTRAL_TOOL_VERBS = ["push", "pull", "stage", "mirror", "file", "route"]
NEUTRAL_DESCR = "Carries one {thing} block."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["stuLegalNm", "grdnFullNm", "schoolNurseNm", "ps.studentLegalName", "vxu.nextOfKinName",
                "magnus.studentFullName", "caredox.guardianName", "sbhcPtNm"],
        "text": ["Student name:", "Parent/guardian name -", "School nurse on file:", "PowerSchool student legal name:",
                 "VXU next-of-kin name:", "Magnus Health student:", "CareDox guardian:", "SBHC patient -"],
        "frag": ["stulegalnm", "grdnfullnm", "nursenm", "psstuname", "vxunokname", "mhstudent", "cdxgrdn"],
    },
    "DATE_OF_BIRTH": {
        "key": ["stuDob", "childBirthDt", "grdnDobVal", "ps.studentDob", "vxu.patientBirthDate",
                "magnus.studentBirthdate", "caredox.dobValue", "sbhcDobEntry"],
        "text": ["Student DOB:", "Child birth dt -", "Guardian DOB:", "PowerSchool DOB:", "VXU patient birth date:",
                 "Magnus Health birthdate:", "CareDox DOB:", "SBHC DOB -"],
        "frag": ["studob", "childbdt", "grdndob", "psdob", "vxubirthdt", "mhbdate", "cdxdob"],
    },
    "MRN": {
        "key": ["pedsChartNo", "clinicPtIdent", "shrRecordNo", "ps.healthRecordId", "vxu.patientIdList",
                "magnus.recordNum", "caredox.patientRef", "sbhcVisitId"],
        "text": ["Peds chart #:", "Clinic patient ID -", "School health record no.:", "PowerSchool health record ID:",
                 "VXU patient identifier list:", "Magnus Health record #:", "CareDox patient ref:",
                 "SBHC chart -"],
        "frag": ["pedschart", "clinicptident", "shrrecno", "pshealthrec", "vxuptidlist", "mhrecnum", "sbhcchart"],
    },
    "US_SSN": {
        "key": ["grdnSsnVal", "stuSsnMedicaidApp", "slidingFeeSsn", "vxu.patientSsnNumber", "ps.guardianSocial"],
        "text": ["Guardian SSN:", "Student SSN (Medicaid app) -", "Parent SSN for sliding fee:",
                 "VXU patient SSN number:", "PowerSchool guardian social:"],
        "frag": ["grdnssn", "stussnapp", "slidingfeessn", "vxussnnum", "psgrdnsocial"],
    },
    "PHONE_NUMBER": {
        "key": ["grdnCellPh", "parentHomePh", "ps.emergencyPhoneOne", "vxu.homePhoneNumber", "magnus.parentPhone",
                "pickupContactPh"],
        "text": ["Guardian cell:", "Parent home ph -", "PowerSchool emergency phone 1:", "VXU home phone number:",
                 "Magnus Health parent phone:", "Pickup contact ph -"],
        "frag": ["grdncellph", "parenthomeph", "psemergph", "vxuhomeph", "mhparentph"],
    },
    "EMAIL_ADDRESS": {
        "key": ["grdnEmailAddr", "parentMailAddr", "ps.contactEmailAddr", "magnus.parentEmailAddr",
                "caredox.guardianEmail"],
        "text": ["Guardian email:", "Parent e-mail -", "PowerSchool contact email:", "Magnus Health parent email:",
                 "CareDox guardian email:"],
        "frag": ["grdnemail", "parentmail", "pscontactmail", "mhparentmail"],
    },
    "STREET_ADDRESS": {
        "key": ["stuHomeAddr", "grdnMailingAddr", "ps.homeAddressLine", "vxu.patientAddress", "busStopAddr"],
        "text": ["Student home address:", "Guardian mailing addr -", "PowerSchool home address:",
                 "VXU patient address:", "Bus stop / home addr -"],
        "frag": ["stuhomeaddr", "grdnmailaddr", "pshomeaddr", "vxuptaddr"],
    },
    "ZIP_CODE": {
        "key": ["stuHomeZipCd", "grdnZipCd", "ps.mailingZipCode", "vxu.patientZip", "attendZoneZip"],
        "text": ["Student home ZIP:", "Guardian ZIP -", "PowerSchool mailing ZIP:", "VXU patient ZIP:",
                 "Attendance zone ZIP -"],
        "frag": ["stuhomezip", "grdnzip", "psmailzip", "vxuptzip"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["utMedicaidIdNo", "utChipMemberNo", "kanCareMemberId", "neHeritageHealthId", "sdMedicaidRecipId",
                "grdnPlanMemberId", "ps.insurancePolicyNo", "vxu.insurancePolicyNumber"],
        "text": ["Utah Medicaid ID:", "Utah CHIP member # -", "KanCare member ID:", "Heritage Health (Nebraska) ID:",
                 "South Dakota Medicaid recipient ID:", "Parent plan member ID -", "PowerSchool insurance policy #:",
                 "VXU insurance policy number:"],
        "frag": ["utmcaid", "utchipno", "kancareid", "neheritageid", "sdmcaidrecip", "grdnplanid"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["grntrAcctNum", "copayCardKept", "achDraftAcctNo", "sportsPhysFeeCard", "magnus.billingAcct"],
        "text": ["Guarantor acct #:", "Copay card on file -", "ACH draft account:", "Sports-physical fee card:",
                 "Magnus Health billing acct:"],
        "frag": ["grntracct", "copaycardkept", "achdraft", "sportsfeecard"],
    },
    "LICENSE_NUMBER": {
        "key": ["grdnDlNum", "pickupDriverLicNo", "vanDriverDlNum", "ps.guardianDlNumber"],
        "text": ["Guardian DL #:", "Pickup driver's license -", "School van driver DL:",
                 "PowerSchool guardian driver's license:"],
        "frag": ["grdndlnum", "pickupdl", "schvandrvdl", "psgrdndl"],
    },
    "DEVICE_ID": {
        "key": ["insulinPumpSn", "cgmTransmitterSn", "nebulizerSerialNo", "hearingAidSn", "cgmPhoneImei",
                "cgmReceiverMac", "caredox.deviceUdi"],
        "text": ["Insulin pump serial:", "CGM transmitter SN -", "Nebulizer serial #:", "Hearing aid serial:",
                 "CGM phone IMEI -", "CGM receiver MAC:", "CareDox device UDI:"],
        "frag": ["pumpsn", "cgmtxsn", "nebserial", "hearingaidsn", "cgmimei"],
    },
    "VEHICLE_ID": {
        "key": ["carLinePlate", "pickupVehPlate", "schoolVanVin", "grdnVehicleVin"],
        "text": ["Car-line pickup plate:", "Pickup vehicle tag -", "School van VIN:", "Guardian vehicle VIN -"],
        "frag": ["carlineplate", "pickuptag", "schoolvanvin", "grdnvehvin"],
    },
    "IP_ADDRESS": {
        "key": ["parentPortalIp", "teleVisitClientIp", "nurseTabletIp", "magnus.lastLoginIp"],
        "text": ["Parent portal sign-in IP:", "Televisit client IP -", "Nurse office tablet IP:",
                 "Magnus Health last login IP -"],
        "frag": ["parentportalip", "televisitip", "nursetabletip"],
    },
    "URL": {
        "key": ["famFundraiserLink", "athleteProfileUrl", "mealSignupLink", "familyPortalLink"],
        "text": ["Family fundraiser page:", "Athlete profile -", "Meal sign-up link:", "Family portal link -"],
        "frag": ["famfundlink", "athleteprofile", "mealsignup"],
    },
    "SECRET": {
        "key": ["magnusApiKey", "caredoxClientSecret", "iisSoapPwd", "psPluginSecret", "vxuFeedToken"],
        "text": ["Magnus Health API key:", "CareDox client secret -", "IIS SOAP password:",
                 "PowerSchool plugin secret -", "VXU feed token:"],
        "frag": ["magnusapikey", "cdxclientsecret", "iissoappwd"],
    },
}

GROUP_KEYS = {
    "PERSON": ["studentRosterNames", "guardianContacts"], "DATE_OF_BIRTH": ["stuDobList", "childBirthDts"],
    "MRN": ["pedsChartNos", "sbhcRecordRefs"], "US_SSN": ["grdnSsnList"],
    "PHONE_NUMBER": ["grdnPhoneList", "pickupContactPhs"], "EMAIL_ADDRESS": ["grdnEmailList"],
    "STREET_ADDRESS": ["stuHomeAddrs"], "ZIP_CODE": ["stuZipList"],
    "HEALTH_PLAN_ID": ["chipMedicaidIds", "grdnPlanIds"], "ACCOUNT_NUMBER": ["guarantorAccts"],
    "LICENSE_NUMBER": ["pickupDlNums"], "DEVICE_ID": ["studentDeviceSns", "diabetesDeviceIds"],
    "VEHICLE_ID": ["carLineVehicles"], "IP_ADDRESS": ["parentPortalIps"], "URL": ["familyPages"],
    "SECRET": ["sisCredentials"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["stuDob", "pedsChartNo", "grdnCellPh", "kanCareMemberId", "grdnSsnVal", "grdnEmailAddr",
                 "utMedicaidIdNo", "sdMedicaidRecipId", "ps.studentDob", "vxu.patientIdList", "grdnDlNum",
                 "insulinPumpSn"]
HN_CODE_ENUMS = [
    ("TSLint rule severity", ["default", "error", "warning", "off", "none"]),
    ("detekt rule set names", ["complexity", "coroutines", "empty-blocks", "exceptions", "naming", "style"]),
    ("CDC CVX vaccine codes", ["03", "20", "21", "62", "114", "133", "141"]),
    ("VFC eligibility codes", ["V01", "V02", "V03", "V04", "V05"]),
    ("US state codes", ["UT", "KS", "NE", "SD"]),
    ("ICD-10-CM codes common in pediatrics", ["J45.909", "E10.9", "F90.0", "Z00.129", "Z23"]),
    ("Sports physical clearance", ["CLEARED", "CLEARED_WITH_FOLLOW_UP", "NOT_CLEARED", "PENDING_EVALUATION"]),
    ("Grade levels", ["PK", "KG", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"]),
    ("Immunization exemption types", ["MEDICAL", "RELIGIOUS", "PERSONAL_BELIEF"]),
    ("IANA time zones", ["America/Denver", "America/Chicago", "America/Boise"]),
    ("HL7 v2 message types", ["VXU^V04", "QBP^Q11", "RSP^K11", "ACK"]),
]
HN_PLACEHOLDERS = ["guardian.contact@example.org", "parent@schoolhealth.invalid", "(801) 555-0137", "316-555-0184",
                   "+1 402 555 0119", "192.0.2.88", "198.51.100.141", "2001:db8:64::2a", "XXX-XX-XXXX",
                   "000-00-0000", "<MAGNUS_API_KEY>", "${CAREDOX_CLIENT_SECRET}", "PED-XXXXXXX",
                   "https://example.com/students/{studentId}", "student@district.example"]
HN_FORMAT_REGEXES = [r"^\d{3}-\d{2}-\d{4}$", r"^\d{11}$", r"^\(\d{3}\) \d{3}-\d{4}$", r"^\d{5}(-\d{4})?$",
                     r"^K\d{2}-\d{2}-\d{4}$", r"^PED\d{7}$", r"^\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$",
                     r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^[A-HJ-NPR-Z0-9]{17}$", r"^\d{2,3}$"]
HN_NAME_WORDS = ["Dakota", "Lincoln", "Cheyenne", "Aspen", "Sage", "Liberty", "Harmony", "Hazel", "Sierra", "Juniper",
                 "Provo"]
HN_VERSION_DATES = ["Schema revised 2025-07-01 (school year 2025-26).", "Effective 2025-08-15",
                    "Available since 2024-01-09", "Deprecated 2026-05-29", "api_version: 2025-03-14",
                    "Retired 2023-06-30 (VXU 2.3.1 feed)"]
HN_CATEGORY_TEXT = [
    "Student's date of birth as entered in the SIS, MM/DD/YYYY.",
    "Parent or guardian name for the consent form.",
    "KanCare member ID, eleven digits.",
    "Child's Medicaid or CHIP ID as printed on the card.",
    "Clinic chart number assigned at the first well-child visit.",
    "Serial number of the student's insulin pump.",
    "Guardian's cell phone number for immunization reminders.",
    "VXU patient birth date (YYYYMMDD).",
    "Pickup vehicle plate for the car line.",
]
HN_TOOL_NAMES = ["mask_student_dob", "validate_kancare_id", "redact_guardian_phone", "lookup_student_by_chart_no"]
HN_FILE_WORDS = ["student-dob-rules", "guardian-contact-mask", "chip-id-formats"]
