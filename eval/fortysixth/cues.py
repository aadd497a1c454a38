"""Cues, name tables, neutral keys and hard-negative pools for the forty-sixth set.

Cue languages: English written the way code and data dictionaries write it (spellings fresh to this set:
subjNmTxt, clientFullNm, nmOnFile, dobSasDt, brthDtStr, natalDt, emrPtId, chartIdNum, mrnKey, ssnDgts, socSecId,
mblPhNo, dayPhoneTxt, emlAddr, notifEml, stAddrLine, physAddr1, zipCdVal, postCd5, payerMbrId, mcaidNbr, acctNumStr,
finNbr, dlIdNbr, androidIdTxt, idfvStr, vinNum, plateNbr, remoteIpTxt, profileLink, fundPageUrl, connUri, secretTok,
...), Kölsch (the Cologne dialect of Ripuarian), Andalusian Spanish and Singlish (Singapore colloquial English).  The
Kölsch, Andalusian and Singlish phrases are the builder's own best-effort spellings, not copied from a dictionary.
Data-dictionary spellings: the CMS-2728 ESRD Medical Evidence Report (Medicare entitlement and/or patient
registration: patient name, Medicare claim number, Social Security number, date of birth, mailing address, phone) and
the IRF-PAI (Inpatient Rehabilitation Facility Patient Assessment Instrument: patient Medicare and Medicaid numbers,
first and last name, patient identification number, birth date, Social Security number, ZIP code of pre-hospital
residence), both written from the builder's memory, not re-read; item numbers may be off.
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); romanised forms for non-Latin scripts.
HAND_NAMES = [
    ("Nurcan", "Çiftçioğlu", None, "Hemshin"),
    ("Hansaben", "Jadeja", "હંસાબેન જાડેજા", "Kutchi (Gujarati script)"),
    ("Rukshana", "Choudhury", "রুখসানা চৌধুরী", "Sylheti (Bengali script)"),
    ("Shamim", "Astori", None, "Shina"),
    ("Gulalai", "Laghmani", None, "Pashai"),
    ("Galina", "Lok", None, "Nivkh"),
    ("Shuqing", "Meng", None, "Oroqen"),
    ("Saren", "Aola", None, "Daur"),
    ("Hkawn", "Marip", None, "Jingpo"),
    ("Asah", "Ngwazah", None, "Lisu"),
    ("Meuang", "Saechao", None, "Iu Mien"),
    ("Bounmy", "Khamsouk", None, "Khmu"),
    ("H'Lan", "Mlô", None, "Rhade (Ê Đê)"),
    ("Abanga", "Akolgo", None, "Frafra"),
    ("Salifu", "Kuoribo", None, "Sisala"),
    ("Sié", "Kambiré", None, "Lobi"),
    ("Boksun", "Ko", "고복순", "Jeju (Hangul, family name first)"),
    ("Eleni", "Lazaridou", "Ελένη Λαζαρίδου", "Pontic Greek (Greek script)"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["holdover", "stowAway", "fld_r7", "parkedBin", "handOff", "loose_w", "bucketVal", "spillover",
                "tucked", "set_aside", "aux9", "tmpKeep", "blobY", "sideline", "orphaned", "trail_v", "alcove",
                "offcut"]
NEUTRAL_SENTENCES = ["Stranded by the {n} reload: {v}", "Nobody picked this up after the sync: {v}.", "{v}",
                     "Copied across from the bundle ({n}): {v}", "The nightly dump put {v} here.",
                     "Offcut of run {n}: {v}."]
NEUTRAL_XKEYS = ["x-holdover", "x-stray-value", "x-dump-note", "x-set-aside", "x-orphaned"]
NEUTRAL_TOOL_VERBS = ["push", "pull", "stage", "mirror", "emit", "ship"]
NEUTRAL_DESCR = "Takes one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["subjNmTxt", "clientFullNm", "nmOnFile", "name_vum_kranke", "nombre_der_pasiente",
                "cms2728.item1_patient_name", "irfpai.item6_last_name"],
        "text": ["Subj nm txt:", "Client full nm -", "Nm on file:", "Name vum Kranke:", "Nombre der pasiente:",
                 "Patient name ah:", "CMS-2728 item 1, patient name:", "IRF-PAI items 5-6 (first / last name):"],
        "frag": ["subjnm", "clientfullnm", "nmonfile", "namevumkranke", "nombrepasiente", "patientnameah",
                 "cms2728name", "irfpainame"],
    },
    "DATE_OF_BIRTH": {
        "key": ["dobSasDt", "brthDtStr", "natalDt", "jebootsdaach", "fesha_de_nasimiento", "birthday_one",
                "cms2728.item4_date_of_birth", "irfpai.item8_birth_date"],
        "text": ["DOB sas dt:", "Brth dt str -", "Natal dt:", "Jebootsdaach:", "Fesha de nasimiento:",
                 "Birthday one:", "CMS-2728 item 4, date of birth:", "IRF-PAI item 8 birth date:"],
        "frag": ["dobsasdt", "brthdtstr", "nataldt", "jebootsdaach", "feshanasimiento", "birthdayone",
                 "cms2728dob", "irfpaidob"],
    },
    "MRN": {
        "key": ["emrPtId", "chartIdNum", "mrnKey", "krankeakt_nummer", "numero_de_la_hijtoria",
                "hospital_number_lah", "irfpai.item7_patient_id"],
        "text": ["EMR pt ID:", "Chart ID num -", "MRN key:", "Krankeakt-Nummer:", "Número de la hijtoria clínica:",
                 "Hospital number lah:", "IRF-PAI item 7 (patient identification number):"],
        "frag": ["emrptid", "chartidnum", "mrnkey", "krankeakt", "hijtoria", "hospitalnumberlah", "irfpaiptid"],
    },
    "US_SSN": {
        "key": ["ssnDgts", "socSecId", "ssnFullTxt", "sozialversecherungsnummer", "numero_seguria_sosia",
                "cms2728.item3_ssn", "irfpai.item9_ssn"],
        "text": ["SSN dgts:", "Soc sec ID -", "SSN full txt:", "Sozialversecherungsnummer (USA):",
                 "Número de la Seguriá Sosiá (EE.UU.):", "US social security number hor:",
                 "CMS-2728 item 3, Social Security number:", "IRF-PAI item 9 SSN:"],
        "frag": ["ssndgts", "socsecid", "ssnfulltxt", "sozialversecherung", "seguriasosia", "socialsecurityhor",
                 "cms2728ssn", "irfpaissn"],
    },
    "PHONE_NUMBER": {
        "key": ["mblPhNo", "dayPhoneTxt", "smsNbrVal", "handynummer", "telefono_der_movi", "hp_no_handphone",
                "cms2728.item6_phone"],
        "text": ["Mbl ph no:", "Day phone txt -", "SMS nbr val:", "Handynummer:", "Teléfono der móvi:",
                 "HP no. (handphone):", "CMS-2728 item 6, phone number:"],
        "frag": ["mblphno", "dayphone", "smsnbr", "handynummer", "telefonomovi", "hpnohandphone", "cms2728phone"],
    },
    "EMAIL_ADDRESS": {
        "key": ["emlAddr", "notifEml", "eMailTxtStr", "e_mail_adress_vum_kranke", "correo_electroniko",
                "email_address_one"],
        "text": ["Eml addr:", "Notif eml -", "E-mail txt str:", "E-Mail-Adress vum Kranke:", "Correo electróniko:",
                 "Email address one:"],
        "frag": ["emladdr", "notifeml", "emailtxtstr", "emailadressvum", "correoelectroniko", "emailaddressone"],
    },
    "STREET_ADDRESS": {
        "key": ["stAddrLine", "physAddr1", "homeAddrStr", "adress_vum_huesje", "direksion_de_la_casa",
                "stay_where_address", "cms2728.item5_mailing_address"],
        "text": ["St addr line:", "Phys addr1 -", "Home addr str:", "Adress vum Hüsje:", "Direksión de la casa:",
                 "Stay where (address):", "CMS-2728 item 5, mailing address:"],
        "frag": ["staddrline", "physaddr", "homeaddrstr", "adressvumhuesje", "direksioncasa", "staywhere",
                 "cms2728addr"],
    },
    "ZIP_CODE": {
        "key": ["zipCdVal", "postCd5", "zipNbrTxt", "postleitzahl_vun_amerika", "codigo_posta_eeuu",
                "us_postal_code_leh", "irfpai.item14_zip", "cms2728.item5_zip"],
        "text": ["Zip cd val:", "Post cd5 -", "ZIP nbr txt:", "Postleitzahl vun Amerika:", "Código postá (EE.UU.):",
                 "US postal code leh:", "IRF-PAI item 14, ZIP of pre-hospital residence:", "CMS-2728 item 5 ZIP:"],
        "frag": ["zipcdval", "postcd5", "zipnbrtxt", "postleitzahlvun", "codigoposta", "postalcodeleh", "irfpaizip"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["mbiTxt", "memberNoStr", "payerMbrId", "mcaidNbr", "versecherungsnummer",
                "numero_der_seguro_medico", "insurance_member_number_ah", "cms2728.item2_medicare_claim_number",
                "irfpai.item3_medicare_number", "irfpai.item4_medicaid_number"],
        "text": ["MBI txt:", "Member no str -", "Payer mbr ID:", "Mcaid nbr:", "Versecherungsnummer:",
                 "Número der seguro médico:", "Insurance member number ah:",
                 "CMS-2728 item 2, Medicare claim number:", "IRF-PAI item 3/4 (Medicare / Medicaid number):"],
        "frag": ["mbitxt", "membernostr", "payermbrid", "mcaidnbr", "versecherung", "seguromedico",
                 "membernumberah", "cms2728claim", "irfpaimedicare"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["acctNumStr", "ibanTxt", "cardNbrVal", "finNbr", "kontonummer_vun_der_bank",
                "numero_de_cuenta_der_banco", "bank_account_number_lah"],
        "text": ["Acct num str:", "IBAN txt -", "Card nbr val:", "FIN nbr:", "Kontonummer vun der Bank:",
                 "Número de cuenta der banco:", "Bank account number lah:"],
        "frag": ["acctnumstr", "ibantxt", "cardnbrval", "finnbr", "kontonummervun", "cuentabanco", "bankaccountlah"],
    },
    "LICENSE_NUMBER": {
        "key": ["dlIdNbr", "drvLicTxt", "licNoDl", "foehrerschinnummer", "carne_de_condusi",
                "driving_licence_number_one"],
        "text": ["DL ID nbr:", "Drv lic txt -", "Lic no (DL):", "Föhrerschinnummer:", "Carné de condusí:",
                 "Driving licence number one:"],
        "frag": ["dlidnbr", "drvlictxt", "licnodl", "foehrerschin", "carnecondusi", "drivinglicenceone"],
    },
    "DEVICE_ID": {
        "key": ["imeiTxt", "macAddr", "udiVal", "iccidStr", "androidIdTxt", "idfvStr", "devSerialNo",
                "seriennummer_vum_jeraet", "numero_de_serie_der_aparato", "device_serial_number_lah"],
        "text": ["IMEI txt:", "MAC addr -", "UDI val:", "ICCID str:", "Android ID txt:", "IDFV str:",
                 "Dev serial no:", "Seriennummer vum Jerät:", "Número de serie der aparato:",
                 "Device serial number lah:"],
        "frag": ["imeitxt", "macaddr", "udival", "iccidstr", "androididtxt", "idfvstr", "devserialno",
                 "seriennummervum", "seriedaparato"],
    },
    "VEHICLE_ID": {
        "key": ["vinNum", "vehVin", "plateNbr", "nummernscheld_vum_auto", "matricula_der_coshe",
                "car_plate_number"],
        "text": ["VIN num:", "Veh VIN -", "Plate nbr:", "Nummernscheld vum Auto:", "Matrícula der coshe:",
                 "Car plate number:"],
        "frag": ["vinnum", "vehvin", "platenbr", "nummernscheld", "matriculacoshe", "carplatenumber"],
    },
    "IP_ADDRESS": {
        "key": ["clientIpStr", "ipAddrVal", "remoteIpTxt", "ip_adress_vum_kompjuter", "direksion_ip_der_ordenado",
                "ip_address_of_the_com"],
        "text": ["Client IP str:", "IP addr val -", "Remote IP txt:", "IP-Adress vum Kompjuter:",
                 "Direksión IP der ordenadó:", "IP address of the com:"],
        "frag": ["clientipstr", "ipaddrval", "remoteiptxt"],
    },
    "URL": {
        "key": ["profileLink", "fundPageUrl", "homeUrlTxt", "sigg_em_internet", "pagina_persona",
                "his_page_one"],
        "text": ["Profile link:", "Fund page URL -", "Home URL txt:", "Sigg em Internet:", "Página personá:",
                 "His page one:"],
        "frag": ["profilelink", "fundpageurl", "homeurltxt"],
    },
    "SECRET": {
        "key": ["apiKeyVal", "connUri", "secretTok", "jeheimwood", "contrasena_secreta", "password_dont_anyhow_share"],
        "text": ["API key val:", "conn uri=", "secret tok -", "Jeheimwood:", "Contraseña secreta:",
                 "Password don't anyhow share:"],
        "frag": ["apikeyval", "connuri", "secrettok"],
    },
}

GROUP_KEYS = {
    "PERSON": ["subjNms", "clientFullNms", "kranke_list"], "DATE_OF_BIRTH": ["dobSasDts", "brthDtStrs"],
    "MRN": ["emrPtIds", "hijtorias"], "US_SSN": ["ssnDgtsList"], "PHONE_NUMBER": ["mblPhNos", "handynummere"],
    "EMAIL_ADDRESS": ["emlAddrs"], "STREET_ADDRESS": ["stAddrLines"], "ZIP_CODE": ["zipCdVals"],
    "HEALTH_PLAN_ID": ["payerMbrIds"], "ACCOUNT_NUMBER": ["acctNumStrs"], "LICENSE_NUMBER": ["dlIdNbrs"],
    "DEVICE_ID": ["imeiTxts", "macAddrs"], "VEHICLE_ID": ["vinNums"], "IP_ADDRESS": ["clientIpStrs"],
    "URL": ["profileLinks"], "SECRET": ["apiKeyVals"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["dobSasDt", "subjNmTxt", "emrPtId", "ssnDgts", "mblPhNo", "dlIdNbr", "vinNum", "clientIpStr",
                 "connUri", "jebootsdaach", "fesha_de_nasimiento", "birthday_one", "cms2728.item3_ssn",
                 "irfpai.item8_birth_date"]
HN_CODE_ENUMS = [
    ("STIX identity classes", ["individual", "group", "system", "organization", "class"]),
    ("STIX indicator types", ["anomalous-activity", "anonymization", "benign", "compromised", "malicious-activity"]),
    ("Smart Data Models vehicle types", ["car", "bus", "van", "motorcycle", "lorry"]),
    ("Smart Data Models traffic-flow lane directions", ["forward", "backward"]),
    ("ICD-10-CM renal failure codes", ["N18.6", "N18.5", "E11.22", "I12.0"]),
    ("LOINC renal panel codes", ["2160-0", "33914-3", "3094-0", "2823-3"]),
    ("ISO 3166-1 alpha-2 countries", ["NO", "ZA", "KR", "GR", "VN"]),
    ("BCP 47 language tags", ["ksh", "es-ES", "en-SG", "af-ZA", "nb-NO"]),
    ("IANA time zones", ["Europe/Oslo", "Africa/Johannesburg", "Asia/Seoul", "Europe/Athens", "America/Boise"]),
    ("US state codes", ["ID", "VA", "IN", "NE", "WV"]),
    ("IRF-PAI admission classes", ["1", "2", "3", "4", "5"]),
    ("CMS-2728 form purposes", ["initial", "re-entitlement", "supplemental"]),
]
HN_PLACEHOLDERS = ["client@example.org", "intake@clinic.invalid", "(208) 555-0143", "+1 540-555-0177",
                   "1-317-555-0126", "192.0.2.77", "198.51.100.201", "2001:db8:46::9", "***-**-****",
                   "<STIX_TAXII_TOKEN>", "${ORION_AUTH_TOKEN}", "MR0000000",
                   "https://example.com/clients/{client_id}", "02:00:00:00:00:00", "5555 5555 5555 4444",
                   "owner@fleet.example"]
HN_FORMAT_REGEXES = [r"^MR\d{7}$", r"^\d{5}-\d{2}$", r"^ghr_[A-Za-z0-9]{36}$", r"^glptt-[0-9a-f]{40}$",
                     r"^[A-Z]{2}\d{6}[A-Z]$", r"^\+\d{1,3}-\d{4,14}$", r"^([0-9a-f]{2} ){5}[0-9a-f]{2}$",
                     r"^\d{5}(-\d{4})?$", r"^[^@\s]+@[^@\s]+$", r"^NO\d{13}$",
                     r"^\d{2}[A-Z]{3}\d{4}$", r"^[0-9a-f]{16}$"]
HN_NAME_WORDS = ["Faith", "Iris", "Jasmine", "Olive", "Poppy", "Holly", "Daisy", "Melody", "Major", "Bishop",
                 "Sunny", "Clay"]
HN_VERSION_DATES = ["API version 2025-03-14", "Deprecated after 2026-06-30.", "Available since 2022-11-07",
                    "2019-09", "Release note 2023-05-02", "Valid from 2027-01-18", "Retired 2029-04-12"]
HN_CATEGORY_TEXT = [
    "Client's date of birth as SAS DATE9., if the registry holds it.",
    "Owner contact's email address.",
    "Patient's medical record number in the dialysis unit's system.",
    "Jebootsdaach vum Kranke (JJJJ-MM-DD).",
    "Fesha de nasimiento der pasiente.",
    "Birthday one, must key in properly lah.",
    "CMS-2728 item 4 holds the patient's date of birth.",
    "IRF-PAI item 9 is the patient's Social Security number.",
    "Driver's licence number of the fleet operator.",
    "Member's Medicaid number, masked on output.",
]
HN_TOOL_NAMES = ["mask_client_ssn", "check_patient_dob_format", "lookup_member_by_mrn", "redact_phone_fields"]
HN_FILE_WORDS = ["client-ssn-mask", "patient-dob-rules", "member-email-format"]
