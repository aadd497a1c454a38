"""Cues, name tables, neutral keys and hard-negative pools for the fifty-eighth set.

The set models a Canadian health-tech team's schemas.  Cue language: Canadian English (spellings: licence,
cheque, centre; 'postal code', 'health card', 'cell') as such a team's code and forms write it, and a little
Canadian French (OQLF usage: courriel, cellulaire, date de naissance, numéro d'assurance sociale).  Field names from
data dictionaries, written from the builder's memory (not re-read):

* CA Baseline / CA Core+ FHIR profiles (Canada Health Infoway): Patient.name.family / .given, Patient.birthDate,
  Patient.identifier:JHN (jurisdictional health number) and its version extension, Patient.identifier:MRN,
  Patient.telecom (phone, email), Patient.address.line / .postalCode;
* Ontario Health (OHIP): health number (HCN, 10 digits) and version code (VC), the health card validation fields;
* BC PharmaNet / MSP: PHN (Personal Health Number), MSP registrant surname / given name / birth date;
* Alberta AHCIP: Alberta PHN / ULI (Unique Lifetime Identifier), AHCIP registration;
* the abbreviations real code uses: hcn, hc_version, phn, uli, sin, dob, pc (postal code), dl_no.

Person names (written from the builder's memory of the published lists, not re-read): given names from the
provincial vital-statistics baby-name lists (Retraite Québec's 'Banque de noms de bébés' for Quebec, BC Vital
Statistics Agency, Alberta's top baby names, Ontario's baby names open data; recent and older years), and the
commonest surnames in Canada, including French-Canadian, Chinese-Canadian (romanised as Canadian records write
them: Cantonese-derived Wong, Chan, Lam, Leung, Ng; Mandarin pinyin Li, Chen, Zhang, Liu, Wang), Punjabi-Canadian
(Singh, Kaur, Gill, Sandhu, Sidhu, Dhaliwal, Grewal, Brar, Dhillon) and Filipino-Canadian (Santos, Reyes, Cruz,
Dela Cruz, Bautista, Mendoza, Villanueva, Aquino) surnames.
"""

# ------------------------------------------------------------------ names
GIVEN_QC = ["Léa", "Florence", "Alice", "Zoé", "Béatrice", "Rosalie", "Livia", "Charlotte", "Marie-Ève", "Anne-Sophie",
            "Marie-Pier", "Noémie", "Mégane", "Geneviève", "Nathalie", "Sylvie", "Chantal", "Josée", "Émilie",
            "William", "Thomas", "Félix", "Édouard", "Raphaël", "Léo", "Jean-François", "Marc-André", "Jean-Philippe",
            "Pier-Luc", "Mathieu", "Olivier", "Étienne", "Stéphane", "Réjean", "Benoît", "Gaétan"]
GIVEN_BC = ["Olivia", "Emma", "Amelia", "Chloe", "Harper", "Jasmine", "Simran", "Gurpreet", "Harpreet", "Jaspreet",
            "Manpreet", "Kelly", "Jennifer", "Oliver", "Lucas", "Ethan", "Jaxon", "Arjun", "Ryan", "Kevin", "Jason"]
GIVEN_AB = ["Sophia", "Ava", "Evelyn", "Aria", "Hannah", "Brooklyn", "Crystal", "Tanya", "Noah", "Liam", "Benjamin",
            "Jackson", "Logan", "Carter", "Tyler", "Dustin", "Cody", "Brent"]
GIVEN_ON = ["Mia", "Isla", "Maya", "Aaliyah", "Priya", "Angela", "Kimberly", "Michelle", "Nicole", "Jessica", "Stephanie",
            "Theodore", "Jack", "James", "Daniel", "Matthew", "Michael", "Christopher", "Andrew", "Mark Anthony",
            "Jun", "Wei", "Vincent", "Rohan"]
SURNAMES_COMMON = ["Smith", "Brown", "Martin", "Wilson", "Johnson", "MacDonald", "Taylor", "Campbell", "Anderson",
                   "Thompson", "Williams", "Young", "Stewart", "Robinson", "Fraser", "McKenzie", "Lee", "Patel"]
SURNAMES_FR = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné",
               "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette", "Girard",
               "Saint-Pierre", "Caron", "Thériault"]
SURNAMES_ZH = ["Wong", "Chan", "Lam", "Leung", "Ng", "Cheung", "Li", "Chen", "Zhang", "Liu", "Wang", "Huang"]
SURNAMES_PA = ["Singh", "Kaur", "Gill", "Sandhu", "Sidhu", "Dhaliwal", "Grewal", "Brar", "Dhillon", "Sharma"]
SURNAMES_PH = ["Santos", "Reyes", "Cruz", "Dela Cruz", "Bautista", "Mendoza", "Villanueva", "Aquino", "Ramos",
               "Garcia"]
GIVEN_ALL = GIVEN_QC + GIVEN_BC + GIVEN_AB + GIVEN_ON
SURNAMES_ALL = SURNAMES_COMMON + SURNAMES_FR + SURNAMES_ZH + SURNAMES_PA + SURNAMES_PH
# compound surnames as Quebec records keep both parents' names
COMPOUND_SURNAMES = ["Tremblay-Gagnon", "Roy-Bouchard", "Côté-Lavoie", "Morin-Fortin"]

# native-script forms (romanised given + family, native form); the builder's own renderings
NATIVE_NAMES = [
    ("Wai Man", "Chan", "陳偉文", "Chinese (Traditional, Cantonese name)"),
    ("Mei Ling", "Wong", "黃美玲", "Chinese (Traditional, Cantonese name)"),
    ("Jia Hui", "Li", "李嘉慧", "Chinese (Simplified, Mandarin name)"),
    ("Gurpreet", "Sandhu", "ਗੁਰਪ੍ਰੀਤ ਸੰਧੂ", "Punjabi (Gurmukhi)"),
    ("Harjit", "Gill", "ਹਰਜੀਤ ਗਿੱਲ", "Punjabi (Gurmukhi)"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["carryForward", "spare_fld", "legacyVal", "holdover", "misc2", "queueNote", "stagedVal", "tmp_col",
                "extra_b", "parking", "overflowVal", "leftoverTxt", "unmappedVal", "bucketC", "scratch"]
NEUTRAL_SENTENCES = ["Carried over from the {n} migration: {v}", "Unmapped value from the old intake form: {v}.",
                     "{v}", "Left in by the {n} import: {v}", "The nightly sync wrote {v} here.",
                     "Kept from sprint {n}: {v}."]
NEUTRAL_XKEYS = ["x-carried-forward", "x-legacy-value", "x-unmapped", "x-holdover", "x-staged"]
NEUTRAL_TOOL_VERBS = ["sync", "push", "fetch", "queue", "send", "load"]
NEUTRAL_DESCR = "Holds one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["patientFullName", "pt_surname_given", "caCore.patient.name", "msp_registrant_name",
                "nom_prenom_usager", "ahcip_registrant_name"],
        "text": ["Patient name:", "Surname, given name -", "CA Core+ Patient.name:", "MSP registrant:",
                 "Nom et prénom de l'usager :", "AHCIP registrant name:"],
        "frag": ["ptname", "surnamegiven", "cacorename", "mspregistrant", "nomprenom", "ahcipname"],
    },
    "DATE_OF_BIRTH": {
        "key": ["dob", "birthDate", "caBaseline.patient.birthDate", "msp_birth_date", "date_de_naissance",
                "pt_dob_yyyymmdd"],
        "text": ["DOB:", "Birth date -", "CA Baseline Patient.birthDate:", "MSP birth date:", "Date de naissance :",
                 "Born on"],
        "frag": ["dob", "birthdate", "cabaselinedob", "mspdob", "datenaissance", "bornon"],
    },
    "MRN": {
        "key": ["mrn", "chartNo", "caCore.identifier.mrn", "hospital_chart_number", "no_dossier_hopital"],
        "text": ["MRN:", "Chart no. -", "CA Core+ Patient.identifier:MRN =", "Hospital chart number:",
                 "No de dossier (hôpital) :"],
        "frag": ["mrn", "chartno", "cacoremrn", "hospchart", "nodossier"],
    },
    "US_SSN": {
        "key": ["sin", "socialInsuranceNo", "employee_sin", "nas_numero", "sin_no"],
        "text": ["SIN:", "Social insurance no. -", "Employee SIN (payroll):", "Numéro d'assurance sociale (NAS) :",
                 "SIN on file:"],
        "frag": ["sin", "socialinsurance", "employeesin", "nas", "sinonfile"],
    },
    "PHONE_NUMBER": {
        "key": ["cellPhone", "homePhone", "caCore.telecom.phone", "pt_cell_no", "telephone_cellulaire"],
        "text": ["Cell:", "Home phone -", "CA Core+ Patient.telecom (phone):", "Best number to reach:",
                 "Téléphone cellulaire :"],
        "frag": ["cell", "homephone", "cacorephone", "reachat", "cellulaire"],
    },
    "EMAIL_ADDRESS": {
        "key": ["emailAddress", "pt_email", "caCore.telecom.email", "courriel", "contact_email"],
        "text": ["Email:", "Patient e-mail -", "CA Core+ Patient.telecom (email):", "Courriel :",
                 "Contact email on file:"],
        "frag": ["email", "ptemail", "cacoreemail", "courriel", "contactemail"],
    },
    "STREET_ADDRESS": {
        "key": ["civicAddress", "homeAddress", "caBaseline.address.line", "pt_addr_line1", "adresse_civique"],
        "text": ["Civic address:", "Home address -", "CA Baseline Patient.address:", "Mailing address:",
                 "Adresse civique :"],
        "frag": ["civicaddr", "homeaddr", "cabaselineaddr", "mailingaddr", "adressecivique"],
    },
    "ZIP_CODE": {
        "key": ["postalCode", "pt_postal_cd", "caBaseline.address.postalCode", "pc", "code_postal"],
        "text": ["Postal code:", "Pt postal cd -", "CA Baseline Patient.address.postalCode:", "PC:",
                 "Code postal :"],
        "frag": ["postalcode", "ptpostal", "cabaselinepc", "pc", "codepostal"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["hcn", "healthNumber", "ohip_hcn_vc", "phn", "ahcip_phn", "uli", "caCore.identifier.jhn",
                "hc_version"],
        "text": ["HCN + version code:", "OHIP health number -", "Health card no.:", "BC PHN:", "MSP PHN -",
                 "Alberta PHN / ULI:", "AHCIP ULI:", "CA Core+ Patient.identifier:JHN ="],
        "frag": ["hcn", "ohiphcn", "healthcard", "bcphn", "mspphn", "abphn", "ahcipuli", "cacorejhn"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["bankAcct", "transitInstAcct", "cheque_acct_no", "cardNo", "hospAcctNo", "compte_bancaire"],
        "text": ["Bank acct (transit-inst-acct):", "Direct deposit account -", "Void cheque account no.:",
                 "Card no.:", "Hospital account no.:", "Compte bancaire :"],
        "frag": ["bankacct", "directdeposit", "chequeacct", "cardno", "hospacct", "comptebancaire"],
    },
    "LICENSE_NUMBER": {
        "key": ["dlNo", "driversLicenceNo", "dl_number", "permis_de_conduire", "licence_no"],
        "text": ["DL no.:", "Driver's licence no. -", "Driver's licence:", "Permis de conduire :",
                 "Licence number on file:"],
        "frag": ["dlno", "driverslicence", "dlnumber", "permisconduire", "licenceno"],
    },
    "DEVICE_ID": {
        "key": ["imei", "macAddress", "udi", "iccid", "cgm_serial", "device_serial_no"],
        "text": ["IMEI:", "MAC address -", "UDI:", "SIM ICCID:", "CGM serial no.:", "Numéro de série de l'appareil :"],
        "frag": ["imei", "macaddr", "udi", "iccid", "cgmserial", "noserie"],
    },
    "VEHICLE_ID": {
        "key": ["vin", "vehicleVin", "licencePlate", "plate_no", "plaque_immatriculation"],
        "text": ["VIN:", "Vehicle VIN -", "Licence plate:", "Plate no.:", "Plaque d'immatriculation :"],
        "frag": ["vin", "vehiclevin", "licenceplate", "plateno", "plaque"],
    },
    "IP_ADDRESS": {
        "key": ["clientIp", "lastLoginIp", "remote_addr", "adresse_ip"],
        "text": ["Client IP:", "Last login IP -", "Remote addr:", "Adresse IP :"],
        "frag": ["clientip", "lastloginip", "remoteaddr"],
    },
    "URL": {
        "key": ["profileUrl", "fundraiserUrl", "portalLink", "page_perso"],
        "text": ["Profile URL:", "Fundraiser page -", "Patient portal link:", "Page personnelle :"],
        "frag": ["profileurl", "fundraiser", "portallink"],
    },
    "SECRET": {
        "key": ["apiKey", "dbConnString", "serviceToken", "mot_de_passe"],
        "text": ["API key:", "DB conn string =", "Service token -", "Mot de passe :"],
        "frag": ["apikey", "dbconn", "svctoken"],
    },
}

GROUP_KEYS = {
    "PERSON": ["patientNames", "registrants"], "DATE_OF_BIRTH": ["birthDates", "dobs"], "MRN": ["chartNos", "mrns"],
    "US_SSN": ["sins"], "PHONE_NUMBER": ["cellPhones", "phones"], "EMAIL_ADDRESS": ["emailAddresses"],
    "STREET_ADDRESS": ["civicAddresses"], "ZIP_CODE": ["postalCodes"], "HEALTH_PLAN_ID": ["healthCards", "phns"],
    "ACCOUNT_NUMBER": ["bankAccts"], "LICENSE_NUMBER": ["driversLicences"], "DEVICE_ID": ["deviceSerials"],
    "VEHICLE_ID": ["vehicleVins"], "IP_ADDRESS": ["clientIps"], "URL": ["profileUrls"], "SECRET": ["apiKeys"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["hcn", "hc_version", "phn", "uli", "sin", "dateOfBirth", "postalCode", "date_de_naissance",
                 "caCore.identifier.jhn", "msp_registrant_name", "driversLicenceNo", "courriel"]
HN_CODE_ENUMS = [
    ("GitHub-hosted runner labels", ["ubuntu-latest", "windows-latest", "macos-latest", "ubuntu-24.04"]),
    ("Dependabot package ecosystems", ["npm", "pip", "maven", "gradle", "docker", "github-actions"]),
    ("Dependabot schedule intervals", ["daily", "weekly", "monthly", "quarterly"]),
    ("Canadian province and territory codes", ["ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE", "YT",
                                               "NT", "NU"]),
    ("ICD-10-CA diagnosis codes", ["E11.9", "I10", "J44.9", "F32.9"]),
    ("FHIR administrative genders", ["male", "female", "other", "unknown"]),
    ("IANA time zones", ["America/Toronto", "America/Vancouver", "America/Edmonton", "America/Halifax",
                         "America/Winnipeg"]),
    ("BCP 47 language tags", ["en-CA", "fr-CA", "pa-Guru-CA", "zh-Hant-CA"]),
    ("GitHub token permission levels", ["read", "write", "none"]),
    ("OHIP health card validation response codes", ["05", "10", "15", "20", "50"]),
    ("Canada Post street types", ["AVE", "BLVD", "CRES", "CRT", "DR", "RD", "ST"]),
]
HN_PLACEHOLDERS = ["patient@example.com", "noreply@clinic.invalid", "intake@portal.test", "(613) 555-0142",
                   "+1 604-555-0199", "1-403-555-0118", "192.0.2.61", "198.51.100.14", "2001:db8:ca::7",
                   "XXX-XXX-XXX", "${{ secrets.GITHUB_TOKEN }}", "<OHIP_HCN>", "046 454 286",
                   "https://example.org/patients/{patient_id}"]
HN_FORMAT_REGEXES = [r"^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$", r"^\d{10}[A-Z]{0,2}$",
                     r"^\d{3}-\d{3}-\d{3}$", r"^9\d{9}$", r"^[A-Z]\d{4}-\d{5}-\d{5}$", r"^\+1[2-9]\d{2}[2-9]\d{6}$",
                     r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^\d{4}-\d{2}-\d{2}$", r"^\d{5}-\d{4}$",
                     r"^[A-Z]{3}-\d{4}$"]
HN_NAME_WORDS = ["Regina", "Brandon", "Jasper", "Sydney", "Chelsea", "Georgina", "Kingston", "Dawson", "Mackenzie"]
HN_VERSION_DATES = ["API version 2025-04-01", "Deprecated after 2026-03-31.", "Supported since 2023-09-15",
                    "2020-12", "Profile published 2024-06-27", "Effective 2025-01-01"]
HN_CATEGORY_TEXT = [
    "Patient's health card number and version code, as printed on the card.",
    "Date de naissance de l'usager (AAAA-MM-JJ).",
    "Postal code of the patient's civic address (A1A 1A1).",
    "BC PHN: the patient's Personal Health Number (10 digits, mod-11 check).",
    "AHCIP ULI of the registrant; never logged.",
    "CA Baseline Patient.birthDate, precision to the day.",
    "Numéro d'assurance sociale : ne jamais le demander.",
    "Cell phone of the substitute decision-maker.",
    "Driver's licence number, used only for identity proofing.",
    "Patient's email for appointment reminders.",
]
HN_TOOL_NAMES = ["validate_ohip_version_code", "mask_patient_phn", "check_postal_code_format"]
HN_FILE_WORDS = ["patient-hcn-format", "phn-mod11-rules", "postal-code-mask"]

# cues that only fit some formats of a category: (format prefixes, cue lists); other formats use CUES[cat]
CUE_BY_FORMAT = {
    "HEALTH_PLAN_ID": [
        (("hp.on",), {"key": ["hcn", "healthNumber", "ohip_hcn_vc", "hc_version", "caCore.identifier.jhn"],
                      "text": ["HCN + version code:", "OHIP health number -", "Health card no.:",
                               "CA Core+ Patient.identifier:JHN ="],
                      "frag": ["hcn", "ohiphcn", "healthcard", "cacorejhn"]}),
        (("hp.bc",), {"key": ["phn", "msp_phn", "pharmanet_phn", "caCore.identifier.jhn"],
                      "text": ["BC PHN:", "MSP PHN -", "PharmaNet PHN:", "CA Core+ Patient.identifier:JHN ="],
                      "frag": ["bcphn", "mspphn", "pnetphn", "cacorejhn"]}),
        (("hp.ab",), {"key": ["ahcip_phn", "uli", "abPhn", "caCore.identifier.jhn"],
                      "text": ["Alberta PHN / ULI:", "AHCIP ULI:", "AHCIP PHN -", "CA Core+ Patient.identifier:JHN ="],
                      "frag": ["abphn", "ahcipuli", "ahcipphn", "cacorejhn"]}),
    ],
    "VEHICLE_ID": [
        (("veh.vin",), {"key": ["vin", "vehicleVin", "niv"], "text": ["VIN:", "Vehicle VIN -", "NIV du véhicule :"],
                        "frag": ["vin", "vehiclevin", "niv"]}),
        (("veh.plate",), {"key": ["licencePlate", "plate_no", "plaque_immatriculation"],
                          "text": ["Licence plate:", "Plate no.:", "Plaque d'immatriculation :"],
                          "frag": ["licenceplate", "plateno", "plaque"]}),
    ],
    "ACCOUNT_NUMBER": [
        (("acct.ca",), {"key": ["bankAcct", "transitInstAcct", "cheque_acct_no", "compte_bancaire"],
                        "text": ["Bank acct (transit-inst-acct):", "Direct deposit account -",
                                 "Void cheque account no.:", "Compte bancaire :"],
                        "frag": ["bankacct", "directdeposit", "chequeacct", "comptebancaire"]}),
        (("acct.card",), {"key": ["cardNo", "creditCardNo", "carte_credit"],
                          "text": ["Card no.:", "Credit card on file -", "Carte de crédit :"],
                          "frag": ["cardno", "creditcard", "cartecredit"]}),
        (("acct.hosp",), {"key": ["hospAcctNo", "encounterAcct"], "text": ["Hospital account no.:", "Encounter acct -"],
                          "frag": ["hospacct", "encacct"]}),
    ],
    "DEVICE_ID": [
        (("dev.imei",), {"key": ["imei"], "text": ["IMEI:", "Phone IMEI -"], "frag": ["imei"]}),
        (("dev.mac",), {"key": ["macAddress"], "text": ["MAC address -", "Wi-Fi MAC:"], "frag": ["macaddr"]}),
        (("dev.udi",), {"key": ["udi"], "text": ["UDI:", "Implant UDI -"], "frag": ["udi"]}),
        (("dev.iccid",), {"key": ["iccid"], "text": ["SIM ICCID:"], "frag": ["iccid"]}),
        (("dev.serial",), {"key": ["cgm_serial", "device_serial_no"],
                           "text": ["CGM serial no.:", "Numéro de série de l'appareil :"],
                           "frag": ["cgmserial", "noserie"]}),
    ],
}


def cues_for(cat, fmt):
    for prefixes, c in CUE_BY_FORMAT.get(cat, []):
        if fmt.startswith(prefixes):
            return c
    return CUES[cat]
