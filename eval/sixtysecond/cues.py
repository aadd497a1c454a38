"""Cues, neutral keys and sentences, and hard-negative pools for the sixty-second set.

Cue language: plain US English as the team of a dental service organisation writes it (general dentistry,
orthodontics and oral surgery practices in Oregon, Washington, Nevada and Idaho; a treatment-plan explainer, an
insurance-verification assistant and a recall-scheduling assistant), in three registers:

* the abbreviations US dental-software code uses (ptBday, subscrId, grdnPhone, ...), written fresh for this set;
* field names in the style of the practice-management systems' tables and exports: Open Dental's MySQL tables
  (patient.Birthdate, patient.SSN, patient.ChartNumber, patplan.PatID, inssub.SubscriberID, ...), Dentrix (dtx.*),
  Eaglesoft (eaglesoft.*) and Denticon (denticon.*); and the ADA Dental Claim Form (J430D) item names;
* the state Medicaid dental programmes' names for their ids: Oregon Health Plan, Washington Apple Health
  (ProviderOne), Nevada Medicaid, Idaho Medicaid.

All of these are written from the builder's memory; they were not re-read for this set, and the dtx. / eaglesoft. /
denticon. key prefixes are the builder's notation.
"""

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["carry_val", "oldSlot", "misc7", "residueField", "tmp_hold", "y_spare", "unsorted",
                "legacyCarry", "loose_v", "parked_val", "fld_over", "notRouted", "side_val", "overflowBin",
                "waiting_v", "scratch_val"]
NEUTRAL_SENTENCES = ["Carried over from the {n} practice conversion: {v}", "Not routed after the ledger import: {v}.",
                     "{v}", "Pasted in from the referral slip ({n}): {v}", "The overnight sync dropped {v} here.",
                     "Loose value from run {n}: {v}."]
NEUTRAL_XKEYS = ["x-carry-over", "x-unrouted-value", "x-conversion-note", "x-parked-value", "x-sync-note"]
NEUTRAL_TOOL_VERBS = ["push", "pull", "stage", "mirror", "route", "hand"]
NEUTRAL_DESCR = "Carries one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["ptWholeNm", "grdnName", "subscrNameTxt", "patient.LName_FName", "dtx.guarantorName",
                "eaglesoft.responsiblePartyName", "denticon.patientNameLF", "adaItem12PolicyholderName"],
        "text": ["Pt full name:", "Parent/guardian -", "Subscriber name:", "Open Dental patient (LName, FName):",
                 "Dentrix guarantor:", "Eaglesoft responsible party:", "Denticon patient name:",
                 "ADA claim item 12, policyholder/subscriber name:"],
        "frag": ["ptwholenm", "grdnnm", "subscrnametxt", "odpatnm", "dtxguar", "esresp", "dntcnpt"],
    },
    "DATE_OF_BIRTH": {
        "key": ["ptBday", "grdnBday", "subscrBday", "od.patient.Birthdate", "dtx.birthDatePt", "eaglesoft.ptBirthDt",
                "denticon.dobPatient", "adaItem13Dob"],
        "text": ["Pt bday:", "Guardian DOB -", "Subscriber birth date:", "Open Dental patient.Birthdate:",
                 "Dentrix birth date:", "Eaglesoft pt birth dt:", "Denticon DOB:",
                 "ADA claim item 13, date of birth (MM/DD/CCYY):"],
        "frag": ["ptbday", "grdnbday", "subscrbday", "odbirthdate", "dtxbday", "esbirthdt", "dntcndob"],
    },
    "MRN": {
        "key": ["ptChartNo", "orthoCaseNo", "osChartRef", "patient.ChartNumber", "patplan.PatID",
                "dtx.chartNumPt", "eaglesoft.patientIdNo", "adaItem23PatientAcctNo"],
        "text": ["Pt chart #:", "Ortho case no -", "Oral surgery chart:", "Open Dental ChartNumber:",
                 "Open Dental patplan.PatID:", "Dentrix chart number:", "Eaglesoft patient ID:",
                 "ADA claim item 23, patient ID/account # (assigned by dentist):"],
        "frag": ["ptchartno", "orthocase", "oschart", "odchartnum", "dtxchart", "espatid", "ada23acct"],
    },
    "US_SSN": {
        "key": ["ptSsnNo", "subscrSsn", "grdnSsn", "patient.SSN", "eaglesoft.subscriberSsn"],
        "text": ["Pt SSN:", "Subscriber SSN -", "Guardian SSN:", "Open Dental patient.SSN:",
                 "ADA claim item 15, policyholder/subscriber ID (SSN or ID#):"],
        "frag": ["ptssnno", "subscrssn", "grdnssn", "odssn", "ada15ssn"],
    },
    "PHONE_NUMBER": {
        "key": ["grdnPhone", "ptCellNo", "recallTxtNo", "patient.WirelessPhone", "denticon.homePhonePt",
                "dtx.guarantorPhone"],
        "text": ["Guardian phone:", "Pt cell -", "Recall text #:", "Open Dental wireless phone:",
                 "Denticon home phone:", "Dentrix guarantor phone:"],
        "frag": ["grdnphone", "ptcellno", "recalltxt", "odwireless", "dntcnphone"],
    },
    "EMAIL_ADDRESS": {
        "key": ["grdnEmail", "ptEmailAddr", "recallEmailTo", "patient.Email", "denticon.patientEmail"],
        "text": ["Guardian email:", "Pt email addr -", "Recall reminders to:", "Open Dental patient.Email:",
                 "Denticon patient email:"],
        "frag": ["grdnemail", "ptemailaddr", "recallemail", "odemail"],
    },
    "STREET_ADDRESS": {
        "key": ["ptHomeAddr", "subscrMailAddr", "grdnAddr", "od.patient.Address", "adaItem12PolicyholderAddr"],
        "text": ["Pt home addr:", "Subscriber mailing address -", "Guardian address:", "Open Dental patient.Address:",
                 "ADA claim item 12, policyholder address:"],
        "frag": ["pthomeaddr", "subscrmail", "grdnaddr", "odaddress"],
    },
    "ZIP_CODE": {
        "key": ["ptZip5", "subscrZipCd", "grdnZip", "patient.Zip", "eaglesoft.zipPt"],
        "text": ["Pt ZIP:", "Subscriber ZIP -", "Guardian ZIP code:", "Open Dental patient.Zip:", "Eaglesoft pt ZIP:"],
        "frag": ["ptzip5", "subscrzip", "grdnzip", "odzip"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["subscrMemberId", "deltaEnrolleeId", "metlifeCertNo", "cignaDentalId", "ohpPrimeId", "p1ClientId",
                "nvMcdRecipId", "idMcdPartId", "inssub.SubscriberIdVal"],
        "text": ["Subscr ID:", "Delta Dental enrollee ID -", "MetLife dental cert #:", "Cigna Dental ID:",
                 "Oregon Health Plan prime ID:", "Apple Health ProviderOne client ID:", "Nevada Medicaid recipient ID:",
                 "Idaho Medicaid participant ID:", "Open Dental inssub subscriber ID:"],
        "frag": ["subscrmbr", "deltaenr", "metcert", "cignaid", "ohpprime", "p1client", "nvmcdid", "idmcdid"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["guarLedgerAcct", "achAcctPt", "cardOnFilePt", "pmtPlanAcct", "dtx.guarantorAcctNo"],
        "text": ["Guarantor ledger acct:", "ACH acct for pt -", "Card on file (pt):", "Payment plan account:",
                 "Dentrix guarantor account:"],
        "frag": ["guarledger", "achacctpt", "cardfilept", "pmtplanacct"],
    },
    "LICENSE_NUMBER": {
        "key": ["ptDlNum", "grdnDlNo", "treatingDdsLic", "adaItem54TreatingLicNo", "dtx.providerStateLic"],
        "text": ["Pt DL #:", "Guardian driver's license -", "Treating dentist license:",
                 "ADA claim item 54, treating dentist license number:", "Dentrix provider state license:"],
        "frag": ["ptdlnum", "grdndlno", "treatddslic", "ada54lic"],
    },
    "DEVICE_ID": {
        "key": ["iosScannerSn", "cbctUnitSerial", "xraySensorSn", "implantUdi", "checkinTabletImei", "opMacAddr"],
        "text": ["Intraoral scanner serial:", "CBCT unit serial -", "X-ray sensor SN:", "Implant UDI:",
                 "Check-in tablet IMEI:", "Operatory PC MAC:"],
        "frag": ["iossn", "cbctserial", "xraysn", "implantudi", "tabletimei"],
    },
    "VEHICLE_ID": {
        "key": ["ptVehVin", "lotPlatePt", "mobileVanVin", "grdnPlate"],
        "text": ["Pt vehicle VIN:", "Parking lot plate -", "Mobile dental van VIN:", "Guardian plate:"],
        "frag": ["ptvehvin", "lotplate", "mobilevanvin", "grdnplate"],
    },
    "IP_ADDRESS": {
        "key": ["portalLoginIpPt", "teledentClientIp", "kioskIpAddr", "denticon.lastLoginIp"],
        "text": ["Pt portal login IP:", "Teledentistry client IP -", "Check-in kiosk IP:", "Denticon last login IP:"],
        "frag": ["portalippt", "teledentip", "kioskip"],
    },
    "URL": {
        "key": ["fundraiserUrl", "ptPortalLink", "careFundPage", "treatmentFundUrl"],
        "text": ["Fundraiser page:", "Pt portal link -", "Dental care fund page:", "Treatment fund link:"],
        "frag": ["crowdfundpg", "ptportallink", "carefund"],
    },
    "SECRET": {
        "key": ["odApiKey", "dentrixApiToken", "clearinghousePwd", "eligApiSecret", "pmsDbConnStr"],
        "text": ["Open Dental API key:", "Dentrix API token -", "Clearinghouse pwd:", "Eligibility API secret:",
                 "PMS db conn string ="],
        "frag": ["odapikey", "dtxtoken", "chousepwd"],
    },
}

GROUP_KEYS = {
    "PERSON": ["ptNameList", "grdnContacts"], "DATE_OF_BIRTH": ["ptBdays", "subscrBdays"],
    "MRN": ["ptChartNos", "orthoCases"], "US_SSN": ["subscrSsns"], "PHONE_NUMBER": ["grdnPhones", "recallNumbers"],
    "EMAIL_ADDRESS": ["recallEmails"], "STREET_ADDRESS": ["ptHomeAddrs"], "ZIP_CODE": ["ptZips"],
    "HEALTH_PLAN_ID": ["subscrIds", "mcdDentalIds"], "ACCOUNT_NUMBER": ["guarLedgers"],
    "LICENSE_NUMBER": ["licNumbers"], "DEVICE_ID": ["imagingSerials", "implantUdis"], "VEHICLE_ID": ["lotVehicles"],
    "IP_ADDRESS": ["portalIpsPt"], "URL": ["fundLinks"], "SECRET": ["pmsCredentials"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["ptBday", "subscrMemberId", "grdnPhone", "ptSsnNo", "ptChartNo", "od.patient.Birthdate", "patient.SSN",
                 "ohpPrimeId", "p1ClientId", "grdnEmail", "treatingDdsLic", "adaItem13Dob"]
HN_CODE_ENUMS = [
    ("Bitbucket Pipelines step sizes", ["1x", "2x", "4x", "8x"]),
    ("Codecov status states", ["success", "failure", "error"]),
    ("CDT procedure codes", ["D0120", "D1110", "D0274", "D2740", "D7140", "D8080"]),
    ("Universal tooth numbers", ["3", "14", "19", "30"]),
    ("Tooth surfaces", ["M", "O", "D", "B", "L"]),
    ("ADA claim type of transaction", ["STATEMENT_OF_ACTUAL_SERVICES", "PREDETERMINATION", "EPSDT_TITLE_XIX"]),
    ("US state codes", ["OR", "WA", "NV", "ID"]),
    ("Recall types", ["PROPHY", "PERIO_MAINT", "CHILD_PROPHY", "BITEWINGS", "PANO"]),
    ("Coverage levels", ["PREVENTIVE_100", "BASIC_80", "MAJOR_50", "ORTHO_LIFETIME"]),
    ("IANA time zones", ["America/Los_Angeles", "America/Boise"]),
    ("Relationship to subscriber", ["SELF", "SPOUSE", "DEPENDENT_CHILD", "OTHER"]),
]
HN_PLACEHOLDERS = ["guardian@example.org", "recall@dso.invalid", "(503) 555-0147", "208-555-0188",
                   "+1 702 555 0119", "192.0.2.88", "203.0.113.45", "2001:db8:5::2a", "XXX-XX-XXXX",
                   "000-00-0000", "<OPEN_DENTAL_API_KEY>", "${DENTRIX_API_TOKEN}", "MRN-XXXXXXX",
                   "https://example.com/patients/{chartNumber}", "subscriber@practice.example"]
HN_FORMAT_REGEXES = [r"^\d{3}-\d{2}-\d{4}$", r"^\d{9}WA$", r"^[A-Z]{2}\d{5}[A-Z]$", r"^\(\d{3}\) \d{3}-\d{4}$",
                     r"^\d{5}(-\d{4})?$", r"^WDL[A-Z0-9]{9}$", r"^ORT\d{5}$",
                     r"^(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/\d{4}$", r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$",
                     r"^[A-HJ-NPR-Z0-9]{17}$"]
HN_NAME_WORDS = ["Eugene", "Carson", "Hailey", "Blaine", "Olympia", "Sierra", "Aurora", "Ruby", "Pearl", "Ivory",
                 "Crystal"]
HN_VERSION_DATES = ["CDT 2025 code set, effective 2025-01-01", "Effective 2026-01-01", "Available since 2024-03-18",
                    "Deprecated 2026-06-30", "api_version: 2025-04-07", "Claim form J430D (2024 revision)"]
HN_CATEGORY_TEXT = [
    "Patient's date of birth as on the ADA claim form, MM/DD/CCYY.",
    "Name of the child patient's parent or legal guardian.",
    "Subscriber ID as printed on the dental plan card.",
    "Policyholder's Social Security number; masked in every export.",
    "Apple Health ProviderOne client ID, nine digits and WA.",
    "Chart number the practice assigns at the first visit.",
    "Guardian's phone number for recall reminders.",
    "Treating dentist's state license number (ADA claim item 54).",
    "Serial number of the intraoral scanner used for the scan.",
]
HN_TOOL_NAMES = ["mask_subscriber_ssn", "validate_providerone_id", "redact_guardian_phone",
                 "lookup_patient_by_chart_number"]
HN_FILE_WORDS = ["guardian-dob-rules", "subscriber-id-formats", "chart-number-mask"]
