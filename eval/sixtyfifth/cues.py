"""Cues, neutral keys and sentences, and hard-negative pools for the sixty-fifth set.

Cue language: plain US English as the team of an outpatient behavioural-health and substance-use treatment provider
writes it (community mental-health centres, opioid treatment programmes and recovery housing in Kentucky, West
Virginia, Indiana and Arkansas; records under 42 CFR Part 2 as well as HIPAA).  The sector says 'client' (also
'consumer' and 'participant') where hospitals say 'patient'.  Three registers:

* the abbreviations US code of behavioural-health software uses for client, emergency-contact and sponsor fields
  (cltDob, cltChartNo, otpRegNo, ecPhone, sponsorCell, lockboxSn, ...), written fresh for this set;
* field names in the style of behavioural-health EHR data dictionaries and forms: Qualifacts CareLogic
  (carelogic.*), Credible (credible.*), the 42 CFR Part 2 consent-to-disclose form's items (part2Consent.*),
  SAMHSA's admission and discharge data-set items (in the builder's own wording, samhsaAdm.*), state
  prescription-drug-monitoring (pdmp.*) and opioid-treatment-programme central registry (otpRegistry.*) fields;
* the four states' Medicaid programme names for their ids: Kentucky Medicaid, West Virginia Medicaid (Mountain Health
  Trust managed care), Indiana Health Coverage Programs (Healthy Indiana Plan, Hoosier Healthwise) and Arkansas
  Medicaid (ARHOME).

All of these are written from the builder's memory of those products and publications; they were not re-read for
this set, and the carelogic. / credible. / part2Consent. / samhsaAdm. / pdmp. / otpRegistry. key prefixes are the
builder's notation.
"""

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["carryVal", "oldFieldB", "misc_7", "leftoverEntry", "tmpCell", "spareSlot", "unsortedVal",
                "importCarry", "strayEntry", "heldVal", "extraCell", "orphanVal", "auxEntry", "overflowVal",
                "queuedEntry", "scratchVal"]
NEUTRAL_SENTENCES = ["Carried over from the {n} record merge: {v}", "Left unmapped by the chart import: {v}.",
                     "{v}", "Pasted from the fax cover sheet ({n}): {v}", "The overnight roster sync wrote {v} here.",
                     "Loose value from run {n}: {v}."]
NEUTRAL_XKEYS = ["x-carry-value", "x-loose-value", "x-merge-note", "x-kept-value", "x-roster-note"]
NEUTRAL_TOOL_VERBS = ["push", "pull", "stage", "route", "file", "mirror"]
NEUTRAL_DESCR = "Carries one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["cltLegalNm", "ecContactNm", "sponsorFullNm", "carelogic.clientFullName", "credible.clientNameText",
                "part2Consent.recipientPerson", "peerSponsorNm", "otpRegistry.clientNm"],
        "text": ["Client name:", "Emerg. contact -", "Sponsor:", "CareLogic client name:", "Credible client:",
                 "Part 2 consent, disclose to:", "Peer sponsor name -", "OTP registry client name:"],
        "frag": ["cltname", "ecname", "sponsornm", "clgname", "credname", "p2discto", "peersponsor"],
    },
    "DATE_OF_BIRTH": {
        "key": ["cltDob", "ecBirthDt", "carelogic.clientBirthDt", "credible.dobValue", "pdmp.queryDob",
                "otpRegistry.dobValue", "samhsaAdm.birthDt", "sponsorDob"],
        "text": ["Client DOB:", "Emerg. contact DOB -", "CareLogic birth date:", "Credible DOB:",
                 "PDMP query DOB:", "OTP central registry DOB:", "Admission record DOB -", "Sponsor DOB:"],
        "frag": ["cltdob", "ecdob", "clgdob", "creddob", "pdmpdob", "otpdob", "admdob"],
    },
    "MRN": {
        "key": ["cltChartNo", "cltIdNum", "otpRegNo", "carelogic.clientIdNo", "credible.clientIdValue",
                "rhResidentNo", "otpRegistry.registryNo", "cmhcChartRef"],
        "text": ["Chart no.:", "Client no. -", "OTP central registry #:", "CareLogic client ID:", "Credible client ID:",
                 "Recovery house resident #:", "Registry number -", "CMHC chart ref:"],
        "frag": ["cltchart", "cltidnum", "otpregno", "clgclientid", "credclientid", "rhresno", "cmhcchart"],
    },
    "US_SSN": {
        "key": ["cltSsn", "credible.ssnText", "carelogic.ssnValue", "pdmp.querySsn", "ecSsn", "samhsaAdm.ssnItem"],
        "text": ["Client SSN:", "Credible SSN -", "CareLogic SSN:", "PDMP query SSN:", "Emerg. contact SSN:",
                 "Admission SSN item -"],
        "frag": ["cltssn", "credssn", "clgssn", "pdmpssn", "ecssn"],
    },
    "PHONE_NUMBER": {
        "key": ["ecPhone", "sponsorCell", "cltCellNo", "reminderTextTo", "credible.homePhoneNo",
                "carelogic.ecPhoneNo"],
        "text": ["Emerg. contact ph:", "Sponsor cell -", "Client cell #:", "Reminder text-to:",
                 "Credible home phone:", "CareLogic EC phone:"],
        "frag": ["ecphone", "sponsorcell", "cltcell", "remindto", "credphone"],
    },
    "EMAIL_ADDRESS": {
        "key": ["cltEmailAddr", "sponsorEmail", "ecEmailAddr", "credible.emailText", "carelogic.clientEmailAddr"],
        "text": ["Client email:", "Sponsor email -", "Emerg. contact email:", "Credible email:",
                 "CareLogic client email:"],
        "frag": ["cltemail", "sponsoremail", "ecemail", "credemail"],
    },
    "STREET_ADDRESS": {
        "key": ["cltHomeAddr", "rhHouseAddr", "ecMailAddr", "credible.addressLine", "carelogic.residenceAddr"],
        "text": ["Client home address:", "Recovery residence addr -", "Emerg. contact mailing addr:",
                 "Credible address:", "CareLogic residence address:"],
        "frag": ["clthomeaddr", "rhhouseaddr", "ecmailaddr", "credaddr"],
    },
    "ZIP_CODE": {
        "key": ["cltZip5", "residenceZipCd", "ecZipCd", "credible.zipText", "carelogic.residenceZipCd"],
        "text": ["Client ZIP:", "Residence ZIP -", "Emerg. contact ZIP:", "Credible ZIP:",
                 "CareLogic residence ZIP:"],
        "frag": ["cltzip", "reszipcd", "eczip", "credzip"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["kyMedicaidId", "wvMedicaidNo", "ihcpMemberId", "hipMemberNo", "arMedicaidId", "arhomeMemberId",
                "mcoMemberNo", "cltMbi"],
        "text": ["Kentucky Medicaid ID:", "WV Medicaid # (Mountain Health Trust) -", "IHCP member ID:",
                 "Healthy Indiana Plan member #:", "Arkansas Medicaid ID:", "ARHOME member ID -", "MCO member #:",
                 "Medicare MBI:"],
        "frag": ["kymcdid", "wvmcdno", "ihcpid", "hipmemno", "armcdid", "arhomeid", "mcomemno"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["slidingFeeAcct", "cltSelfPayAcct", "cardOnFileNum", "rhRentAcct", "achRoutingAcct"],
        "text": ["Sliding-fee acct:", "Self-pay acct -", "Card on file #:", "Recovery house rent acct:",
                 "ACH routing / acct:"],
        "frag": ["slidingfee", "selfpayledger", "cardonfilenum", "rhrentacct"],
    },
    "LICENSE_NUMBER": {
        "key": ["cltDlNo", "kyOperatorLicNo", "ecDlNum", "credible.driversLicNo"],
        "text": ["Client DL #:", "KY operator's license -", "Emerg. contact DL:", "Credible driver's license:"],
        "frag": ["cltdlno", "kyoplic", "ecdlnum", "creddl"],
    },
    "DEVICE_ID": {
        "key": ["lockboxSn", "takeHomeLockboxSerial", "breathalyzerSn", "ankleMonitorSerial", "cltPhoneImei",
                "rhTabletMac"],
        "text": ["Take-home lockbox serial:", "Lockbox SN -", "Breathalyzer serial:", "Ankle monitor serial -",
                 "Client phone IMEI:", "House tablet MAC:"],
        "frag": ["lockboxsn", "thlockbox", "breathsn", "anklesn", "cltimei"],
    },
    "VEHICLE_ID": {
        "key": ["cltVehVin", "cltPlateNo", "fleetVanVin", "transportVanPlate"],
        "text": ["Client vehicle VIN:", "Client plate -", "Fleet van VIN:", "Fleet van plate:"],
        "frag": ["cltvin", "cltplate", "fleetvanvin", "fleetvanplate"],
    },
    "IP_ADDRESS": {
        "key": ["telehealthSessIp", "portalSignOnIp", "cltDeviceIp", "credible.lastLoginIpAddr"],
        "text": ["Telehealth session IP:", "Portal sign-on IP -", "Client device IP:", "Credible last login IP:"],
        "frag": ["thsessip", "portalsignonip", "cltdeviceip"],
    },
    "URL": {
        "key": ["giveCampaignLink", "memorialPageLink", "cltProfileLink", "portalPlanLink"],
        "text": ["Client giving campaign:", "Memorial page -", "Client profile:", "Portal recovery plan:"],
        "frag": ["givecampaign", "memorialpg", "cltprofile"],
    },
    "SECRET": {
        "key": ["credibleApiKey", "carelogicClientSecret", "pdmpGatewayPwd", "smsReminderToken", "registryDbConn"],
        "text": ["Credible API key:", "CareLogic client secret -", "PDMP gateway pwd:", "SMS reminder token:",
                 "Registry DB conn ="],
        "frag": ["credapikey", "clgclientsecret", "pdmppwd"],
    },
}

GROUP_KEYS = {
    "PERSON": ["clientRoster", "sponsorList"], "DATE_OF_BIRTH": ["cltDobSet", "ecDobSet"],
    "MRN": ["chartRefList", "otpRegNums"], "US_SSN": ["cltSsnSet"], "PHONE_NUMBER": ["ecPhoneSet", "reminderNums"],
    "EMAIL_ADDRESS": ["sponsorEmails"], "STREET_ADDRESS": ["cltAddrSet"], "ZIP_CODE": ["cltZipSet"],
    "HEALTH_PLAN_ID": ["medicaidIdSet", "mcoMemberSet"], "ACCOUNT_NUMBER": ["selfPayAccts"],
    "LICENSE_NUMBER": ["cltDlSet"], "DEVICE_ID": ["lockboxSerials", "monitorSerials"],
    "VEHICLE_ID": ["vanFleetIds"], "IP_ADDRESS": ["portalIpSet"], "URL": ["cltLinkSet"], "SECRET": ["ehrSecrets"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["cltDob", "cltChartNo", "otpRegNo", "kyMedicaidId", "ecPhone", "cltSsn", "sponsorEmail",
                 "ihcpMemberId", "lockboxSn", "credible.ssnText", "carelogic.clientIdNo", "cltDlNo"]
HN_CODE_ENUMS = [
    ("Prometheus alert states", ["firing", "pending", "inactive"]),
    ("markdownlint heading styles", ["atx", "atx_closed", "setext", "consistent"]),
    ("ASAM level of care", ["0.5", "1", "2.1", "2.5", "3.1", "3.5", "3.7", "OTP"]),
    ("MOUD medication", ["METHADONE", "BUPRENORPHINE", "BUPRENORPHINE_XR", "NALTREXONE_XR"]),
    ("ICD-10-CM substance use disorder codes", ["F11.20", "F10.20", "F15.20", "F12.20", "F11.21"]),
    ("US state codes", ["KY", "WV", "IN", "AR"]),
    ("Counselor credential", ["LCADC", "CADC", "LPCC", "NCAC-II", "CPRS"]),
    ("Discharge reason", ["COMPLETED", "LEFT_AGAINST_ADVICE", "TRANSFERRED", "INCARCERATED", "DECEASED"]),
    ("Recovery housing NARR level", ["I", "II", "III", "IV"]),
    ("Take-home dose tier", ["0", "1", "2", "6", "13", "27"]),
    ("IANA time zones", ["America/Kentucky/Louisville", "America/Indiana/Indianapolis", "America/Chicago"]),
]
HN_PLACEHOLDERS = ["sponsor@example.org", "client@recovery.invalid", "(606) 555-0137", "304-555-0182",
                   "+1 317 555 0119", "192.0.2.77", "198.51.100.14", "2001:db8:7::2a", "XXX-XX-XXXX",
                   "000-00-0000", "<CREDIBLE_API_KEY>", "${CARELOGIC_CLIENT_SECRET}", "OTP-XX-XXXXXX",
                   "https://example.com/clients/{clientId}", "participant@peer.example"]
HN_FORMAT_REGEXES = [r"^\d{3}-\d{2}-\d{4}$", r"^[1-9][AC-HJKMNP-RT-Y][0-9AC-HJKMNP-RT-Y]\d[AC-HJKMNP-RT-Y]"
                     r"[0-9AC-HJKMNP-RT-Y]\d[AC-HJKMNP-RT-Y]{2}\d{2}$", r"^\(\d{3}\) \d{3}-\d{4}$",
                     r"^\d{5}(-\d{4})?$", r"^[A-Z]\d{8}$", r"^OTP-[A-Z]{2}-\d{6}$", r"^\d{4}-\d{2}-\d{4}$",
                     r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^CL-\d{6}$", r"^[A-HJ-NPR-Z0-9]{17}$"]
HN_NAME_WORDS = ["Serenity", "Harlan", "Logan", "Boone", "Mercy", "Clay", "Floyd", "Grace", "Dodge", "Jordan",
                 "Hazard"]
HN_VERSION_DATES = ["Form revised 2024-02-16 (Part 2 final rule).", "Effective 2025-07-01", "Available since 2023-09-30",
                    "Deprecated 2026-06-30", "api_version: 2024-11-05", "Retired 2021-10-01 (data set v4)"]
HN_CATEGORY_TEXT = [
    "Client's date of birth as entered at intake, MM/DD/YYYY.",
    "Name of the client's emergency contact or recovery sponsor.",
    "Kentucky Medicaid member ID, ten digits, from the eligibility check.",
    "Client's Social Security number; never sent to the PDMP in clear.",
    "OTP central registry number assigned at admission.",
    "Serial number of the take-home medication lockbox issued to the client.",
    "Sponsor's phone number for appointment reminders.",
    "Counselor's state certification number (LCADC), not client data.",
    "Plate of the transport van that picks up the participant.",
]
HN_TOOL_NAMES = ["mask_client_ssn", "validate_ihcp_member_id", "redact_sponsor_phone", "lookup_client_by_chart_no"]
HN_FILE_WORDS = ["client-dob-rules", "sponsor-contact-mask", "medicaid-id-formats"]
