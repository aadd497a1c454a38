"""Cues, neutral keys and sentences, and hard-negative pools for the sixty-third set.

Cue language: plain US English as the software team of an outpatient dialysis and reference-laboratory network
writes it (in-centre and home dialysis clinics and the lab that runs their monthly bloodwork, in Texas, Louisiana,
Mississippi and Alabama; a lab-result explainer, a transport-scheduling and a transplant-referral assistant), in
three registers:

* the abbreviations US renal and lab code uses (dxPtDob, txRefMrn, labAccPtNo, hhdCyclerSn, vanVinNo, ...), written
  fresh for this set;
* field names in the style of CMS's ESRD Quality Reporting System (EQRS, formerly CROWNWeb; eqrs.*), the dialysis
  EHRs Acumen (acumen.*) and Fresenius' eCube (ecube.*), the LabCorp and Quest requisitions ("Patient ID",
  "Insurance ID", "Ordering NPI"), HL7 v2 ORM / ORU segment fields spelt as words (patientIdentification.*,
  nextOfKin.*, insurance.*), and UNOS's UNet transplant referral (unet.*);
* the four states' Medicaid programmes: Texas Medicaid / STAR, Louisiana Medicaid / Healthy Louisiana,
  MississippiCAN, Alabama Medicaid.

All of these are written from the builder's memory of those products and publications; they were not re-read for
this set, and the eqrs. / acumen. / ecube. / unet. key prefixes are the builder's notation.
"""

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["carryVal", "legacyCol7", "holdover", "xferResidue", "oddField", "spare_b", "unsorted_v",
                "batchLeft", "parkedVal", "fld_orphan", "migratedBlob", "notClassified", "auxSlot", "driftVal",
                "staleCopy", "strayCell"]
NEUTRAL_SENTENCES = ["Carried over from the {n} interface cutover: {v}", "Not mapped after the chart merge: {v}.",
                     "{v}", "Pasted in from the intake fax ({n}): {v}", "The overnight result feed left {v} here.",
                     "Orphaned value from load {n}: {v}."]
NEUTRAL_XKEYS = ["x-carry-value", "x-orphan-value", "x-cutover-note", "x-parked-value", "x-migration-note"]
NEUTRAL_TOOL_VERBS = ["push", "pull", "route", "stage", "emit", "forward"]
NEUTRAL_DESCR = "Configures one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["dxPtFullNm", "emergContactNm", "vanDriverNm", "txRefCandNm", "eqrs.patientNameFull",
                "acumen.ptLegalName", "patientIdentification.nameOfPatient", "unet.candidateName"],
        "text": ["Dialysis pt name:", "Emergency contact -", "Transport driver:", "Transplant referral candidate:",
                 "EQRS patient name:", "Acumen patient legal name:", "HL7 patient identification segment, patient name:",
                 "UNet candidate name:"],
        "frag": ["dxptnm", "emergnm", "vandrvnm", "txcandnm", "eqrsptnm", "acumennm", "unetcandnm"],
    },
    "DATE_OF_BIRTH": {
        "key": ["dxPtDob", "txRefBirthDt", "emergContactDob", "eqrs.birthDateOfPatient", "acumen.ptDobValue",
                "ecube.dobPt", "patientIdentification.dateTimeOfBirth", "unet.candidateDob"],
        "text": ["Dialysis pt DOB:", "Transplant referral birth date -", "Emergency contact DOB:",
                 "EQRS date of birth:", "Acumen patient DOB:", "eCube birth date:",
                 "HL7 patient identification segment, date/time of birth:", "UNet candidate DOB:"],
        "frag": ["dxptdob", "txrefbdt", "emergdob", "eqrsdob", "acumendob", "ecubebdt", "unetdob"],
    },
    "MRN": {
        "key": ["txRefMrn", "labAccPtNo", "dxClinicPtId", "hhdProgramId", "eqrs.facilityPatientId",
                "acumen.chartIdent", "ecube.patientNo", "patientIdentification.patientIdentifierList"],
        "text": ["Transplant referral MRN:", "Lab accession pt # -", "Dialysis clinic pt ID:", "Home HD program ID:",
                 "EQRS facility patient ID:", "Acumen chart #:", "eCube patient no:", "LabCorp requisition Patient ID:"],
        "frag": ["txrefmrn", "labaccptno", "dxclinicptid", "hhdprogid", "eqrsfacptid", "acumenchart", "ecubeptno"],
    },
    "US_SSN": {
        "key": ["dxPtSsnNo", "emergContactSsn", "eqrs.patientSsn", "unet.candidateSsn", "acumen.ssnValue",
                "txRefSsnOnFile"],
        "text": ["Dialysis pt SSN:", "Emergency contact SSN -", "EQRS patient SSN:", "UNet candidate SSN:",
                 "Acumen SSN:", "Transplant referral SSN on file:"],
        "frag": ["dxptssn", "emergssn", "eqrsssn", "unetssn", "acumenssn"],
    },
    "PHONE_NUMBER": {
        "key": ["emergContactPhNo", "vanDriverCell", "dxPtHomePh", "nextOfKin.nokPhoneNo", "ecube.ptCellPhone",
                "rideDispatchPh"],
        "text": ["Emergency contact ph:", "Van driver cell -", "Dialysis pt home ph:", "HL7 next-of-kin segment phone:",
                 "eCube patient cell:", "Ride dispatch callback:"],
        "frag": ["emergph", "vandrvcell", "dxpthomeph", "nokph", "ecubecell"],
    },
    "EMAIL_ADDRESS": {
        "key": ["dxPtEmailAddr", "emergContactMail", "vanDriverEmail", "acumen.ptEmailAddress",
                "unet.candidateEmail"],
        "text": ["Dialysis pt email:", "Emergency contact email -", "Van driver email:", "Acumen patient email:",
                 "UNet candidate email:"],
        "frag": ["dxptemail", "emergemail", "vandrvemail", "acumenemail"],
    },
    "STREET_ADDRESS": {
        "key": ["dxPtHomeAddr", "ridePickupAddr", "hhdShipToAddr", "patientIdentification.addressOfPatient",
                "eqrs.residenceAddress"],
        "text": ["Dialysis pt home addr:", "Ride pickup address -", "Home HD supply ship-to:",
                 "HL7 patient identification segment, address:", "EQRS residence address:"],
        "frag": ["dxpthomeaddr", "ridepickup", "hhdshipto", "eqrsresaddr"],
    },
    "ZIP_CODE": {
        "key": ["dxPtZip5", "ridePickupZip", "hhdShipZip", "eqrs.residenceZip", "acumen.ptPostZip"],
        "text": ["Dialysis pt ZIP:", "Ride pickup ZIP -", "Home HD ship-to ZIP:", "EQRS residence ZIP:",
                 "Acumen patient ZIP:"],
        "frag": ["dxptzip", "ridezip", "hhdshipzip", "eqrszip"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["dxPtMbiNo", "txStarMemberNo", "healthyLaMemberId", "msCanMemberNo", "alMedicaidRecipNo",
                "esrdSnpMemberId", "eqrs.medicareBeneficiaryNo", "insurance.insuredIdNumber"],
        "text": ["Dialysis pt MBI:", "Texas Medicaid / STAR member # -", "Healthy Louisiana member ID:",
                 "MississippiCAN member #:", "Alabama Medicaid recipient no:", "ESRD SNP member ID:",
                 "EQRS Medicare beneficiary no:", "Quest requisition Insurance ID:"],
        "frag": ["dxptmbi", "txstarmbr", "healthylaid", "mscanmbr", "almcdrecip", "esrdsnpid"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["selfPayAcctNo", "labBillAcct", "copayCardOnFile", "achDraftAcct", "ecube.respPartyAcctNo"],
        "text": ["Self-pay acct:", "Lab billing acct # -", "Copay card on file:", "ACH draft account:",
                 "eCube guarantor account:"],
        "frag": ["selfpayacct", "labbillacct", "copaycard", "achdraft"],
    },
    "LICENSE_NUMBER": {
        "key": ["vanDriverDlNo", "emergContactDl", "chargeRnLicNo", "dxNurseLicNum"],
        "text": ["Van driver DL #:", "Emergency contact driver's license -", "Charge RN license no:",
                 "Dialysis nurse state license #:"],
        "frag": ["vandrvdl", "emergdl", "chargernlic", "dxnurselic"],
    },
    "DEVICE_ID": {
        "key": ["hdMachineSn", "hhdCyclerSn", "glucometerSerialNo", "vanTabletImei", "chairsideMacAddr",
                "ecube.machineSerial"],
        "text": ["HD machine serial:", "Home cycler serial # -", "Glucometer serial no:", "Van tablet IMEI:",
                 "Chairside tablet MAC:", "eCube machine serial:"],
        "frag": ["hdmachsn", "hhdcyclersn", "glucosn", "vantabimei", "chairsidemac"],
    },
    "VEHICLE_ID": {
        "key": ["vanVinNo", "vanPlateNo", "ptVehiclePlate", "wheelchairVanVin"],
        "text": ["Transport van VIN:", "Van plate # -", "Pt vehicle plate:", "Wheelchair van VIN:"],
        "frag": ["vanvin", "vanplate", "ptvehplate", "wcvanvin"],
    },
    "IP_ADDRESS": {
        "key": ["ptPortalLastIp", "hhdModemIp", "labPortalClientIp", "acumen.lastSignOnIp"],
        "text": ["Pt portal last IP:", "Home HD modem IP -", "Lab portal client IP:", "Acumen last sign-on IP:"],
        "frag": ["ptportalip", "hhdmodemip", "labportalip"],
    },
    "URL": {
        "key": ["txFundraiserUrl", "ptCarePageUrl", "obitLinkUrl", "ptSocialProfileUrl"],
        "text": ["Transplant fundraiser page:", "Care page link -", "Obituary page:", "Patient social profile:"],
        "frag": ["txfundurl", "carepageurl", "obitlink"],
    },
    "SECRET": {
        "key": ["labResultDbUrl", "eqrsUploaderPwd", "hl7OruFeedToken", "rideApiKey", "unetDropPass"],
        "text": ["Lab result DB conn =", "EQRS uploader pwd -", "ORU feed token:", "Ride dispatch API key:",
                 "UNet file-drop password:"],
        "frag": ["labdburl", "eqrspwd", "orufeedtok"],
    },
}

GROUP_KEYS = {
    "PERSON": ["dxPatientNms", "emergContactsNm"], "DATE_OF_BIRTH": ["dxPtDobList", "txRefBirthDts"],
    "MRN": ["dxClinicPtIds", "labAccPtNos"], "US_SSN": ["dxPtSsnList"], "PHONE_NUMBER": ["emergPhList", "driverCells"],
    "EMAIL_ADDRESS": ["emergMailList"], "STREET_ADDRESS": ["ridePickupAddrs"], "ZIP_CODE": ["ridePickupZips"],
    "HEALTH_PLAN_ID": ["dxPayerMbrIds", "stateMedicaidNos"], "ACCOUNT_NUMBER": ["selfPayAccts"],
    "LICENSE_NUMBER": ["driverDlNos"], "DEVICE_ID": ["hdMachineSns", "cyclerSns"], "VEHICLE_ID": ["fleetVans"],
    "IP_ADDRESS": ["ptPortalIps"], "URL": ["txFundraiserLinks"], "SECRET": ["labFeedCreds"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["dxPtDob", "txRefMrn", "dxPtMbiNo", "healthyLaMemberId", "emergContactPhNo", "dxPtSsnNo",
                 "vanVinNo", "hdMachineSn", "labAccPtNo", "msCanMemberNo", "eqrs.patientSsn", "dxPtEmailAddr"]
HN_CODE_ENUMS = [
    ("Lerna version bump values", ["major", "minor", "patch", "premajor", "preminor", "prepatch", "prerelease"]),
    ("webpack devtool values", ["eval", "source-map", "cheap-module-source-map", "inline-source-map"]),
    ("Dialysis modality", ["ICHD", "HHD", "PD", "CAPD", "CCPD", "NOCTURNAL_ICHD"]),
    ("Vascular access type", ["AVF", "AVG", "CVC", "AVF_MATURING"]),
    ("LOINC codes in the monthly renal panel", ["2160-0", "3094-0", "718-7", "2823-3", "17861-6", "2777-1"]),
    ("US state codes", ["TX", "LA", "MS", "AL"]),
    ("ICD-10-CM codes for CKD and ESRD", ["N18.6", "N18.5", "N18.4", "I12.0", "Z99.2", "E11.22"]),
    ("HL7 v2 message types", ["ORM^O01", "ORU^R01", "ADT^A04", "ACK"]),
    ("Transport mobility level", ["AMBULATORY", "WHEELCHAIR", "STRETCHER", "BARIATRIC"]),
    ("UNOS transplant listing status", ["ACTIVE", "INACTIVE_STATUS_7", "REMOVED", "TRANSPLANTED"]),
    ("IANA time zones", ["America/Chicago", "America/New_York"]),
]
HN_PLACEHOLDERS = ["emergency.contact@example.com", "driver@dispatch.invalid", "(504) 555-0137", "713-555-0164",
                   "+1 205 555 0119", "192.0.2.88", "198.51.100.41", "2001:db8:7a::3", "XXX-XX-XXXX",
                   "000-00-0000", "<RIDE_API_KEY>", "${EQRS_UPLOADER_PWD}", "MRN-XXXXXXX",
                   "https://example.com/patients/{patientId}/labs", "patient@clinic.example"]
HN_FORMAT_REGEXES = [r"^\d{3}-\d{2}-\d{4}$", r"^[1-9][AC-HJKMNP-RT-Y][0-9AC-HJKMNP-RT-Y]\d[AC-HJKMNP-RT-Y]"
                     r"[0-9AC-HJKMNP-RT-Y]\d[AC-HJKMNP-RT-Y]{2}\d{2}$", r"^\(\d{3}\) \d{3}-\d{4}$",
                     r"^\d{5}(-\d{4})?$", r"^\d{8}$", r"^DX\d{7}$", r"^(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/\d{4}$",
                     r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^[A-Z]{3}-\d{4}$", r"^[A-HJ-NPR-Z0-9]{17}$"]
HN_NAME_WORDS = ["Mercy", "Lafayette", "Tyler", "Houston", "Mobile", "Temple", "Laredo", "Irving", "Marshall",
                 "Grace", "Ford"]
HN_VERSION_DATES = ["EQRS data dictionary revised 2024-10-01.", "Effective 2025-01-01", "Available since 2023-04-17",
                    "Deprecated 2026-06-30", "api_version: 2024-11-05", "Retired 2021-11-08 (CROWNWeb sunset)"]
HN_CATEGORY_TEXT = [
    "Dialysis patient's date of birth, MM/DD/YYYY, as on the referral.",
    "Name of the patient's emergency contact.",
    "Medicare Beneficiary Identifier (MBI); 11 characters, no dashes.",
    "Patient's Social Security number; never shown to the transport vendor.",
    "Healthy Louisiana member ID from the plan card.",
    "Clinic patient number assigned at admission to the unit.",
    "Phone number of the driver assigned to the run.",
    "Texas Medicaid / STAR member number, nine digits.",
    "Serial number of the home cycler shipped to the patient.",
]
HN_TOOL_NAMES = ["mask_patient_ssn", "validate_mbi_checksum", "redact_driver_phone", "lookup_patient_by_clinic_id"]
HN_FILE_WORDS = ["patient-dob-rules", "driver-phone-mask", "medicaid-id-formats"]
