"""Cues, name tables, neutral keys and hard-negative pools for the fifty-third set.

Cue languages: English written the way code and data dictionaries write it (spellings fresh to this set:
ptFullNameTx, subscriberNmStr, dobYmd, birthDtStr, chartNoTx, medRecIdStr, ssnTx, socSecNbrStr, mobTelTx,
emailTx, streetLn1Tx, zipTx, mbiTx, medicaidNoStr, acctNoTx, dlNoTx, imeiTx, imsiStr, vinTx, srcIpStr,
profileUriTx, dsnStr, ...), Scouse (Liverpool English), Newfoundland English and Leonese (Llionés).  The Scouse,
Newfoundland and Leonese phrases are the builder's own best-effort spellings, not copied from a dictionary.
Data-dictionary spellings: GNU Health (the Tryton-based hospital information system: party.party name / lastname /
dob / ref, gnuhealth.patient puid, party.contact_mechanism, party.address, gnuhealth.insurance number) and Bahmni
(OpenMRS-based registration: givenName, familyName, birthdate, the GAN patient identifier, primaryContact,
address1, postalCode), both written from the builder's memory, not re-read.

Person names: given and family names of Montenegro (as the builder recalls MONSTAT's most-common-names release of
the 2011 census, with Montenegrin Cyrillic forms made by the standard Latin-to-Cyrillic letter map) and of Uruguay
(as recalled from Uruguay's vital-statistics most-frequent newborn-name releases and the commonest surnames), and a
hand-written table of 18 names from 18 cultures.  All combinations are random; none is meant to be a real person.
"""

# ------------------------------------------------------------------ national tables (written from memory)
NATIONAL = {
    "montenegro": {
        "first_names_male": ["Luka", "Marko", "Nikola", "Stefan", "Petar", "Lazar", "Vuk", "Filip", "Andrija",
                             "Milan", "Balša", "Dušan", "Nemanja", "Vasilije"],
        "first_names_female": ["Milica", "Jovana", "Anđela", "Sara", "Teodora", "Ana", "Marija", "Nina", "Tijana",
                               "Jelena", "Dunja", "Sofija", "Ksenija", "Bojana"],
        "last_names": ["Popović", "Vujović", "Radović", "Marković", "Vuković", "Kovačević", "Perović", "Šćepanović",
                       "Vujošević", "Jovanović", "Lakićević", "Bojović", "Raičević", "Knežević", "Đurović",
                       "Nikčević"],
    },
    "uruguay": {
        "first_names_male": ["Mateo", "Santiago", "Benjamín", "Joaquín", "Bautista", "Thiago", "Lorenzo", "Felipe",
                             "Facundo", "Agustín", "Gonzalo", "Nicolás"],
        "first_names_female": ["Valentina", "Isabella", "Sofía", "Martina", "Catalina", "Emma", "Julieta", "Renata",
                               "Florencia", "Camila", "Lucía", "Agustina"],
        "last_names": ["Rodríguez", "González", "Fernández", "Pereira", "Martínez", "García", "López", "Silva",
                       "Sosa", "Suárez", "Núñez", "Méndez", "Acosta", "Cabrera", "Olivera", "Techera"],
    },
}

SR_CYR = [("Lj", "Љ"), ("lj", "љ"), ("Nj", "Њ"), ("nj", "њ"), ("Dž", "Џ"), ("dž", "џ")] + \
    list(zip("ABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠabvgdđežzijklmnoprstćufhcčš",
             "АБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШабвгдђежзијклмнопрстћуфхцчш"))


def to_cyrillic(s):
    """Serbian / Montenegrin Latin to Cyrillic (digraphs first)."""
    for a, b in SR_CYR:
        s = s.replace(a, b)
    return s


# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); romanised forms for non-Latin scripts.
HAND_NAMES = [
    ("Ixtli", "Tsakam", None, "Teenek (Huastec)"),
    ("Eufemia", "Carrera", None, "Mazatec"),
    ("Fidencio", "Ojeda", None, "Chinantec"),
    ("Rosalba", "Merino", None, "Triqui"),
    ("Saa", "Tengbeh", None, "Kissi"),
    ("Nalaxachi", "Sanabria", None, "Qom (Toba)"),
    ("Patimat", "Magomedova", "Патимат Магомедова", "Dargin (Cyrillic script)"),
    ("Aslan", "Uzdenov", "Аслан Узденов", "Balkar (Cyrillic script)"),
    ("Chechek", "Tyukhteneva", "Чечек Тюхтенева", "Altai (Cyrillic script)"),
    ("Vito", "Lefons", "Βίτο Λεφόνς", "Griko (Greek script)"),
    ("Ive", "Glavina", None, "Istro-Romanian"),
    ("Rahil", "Achkinazi", "רחל אשכנזי", "Krymchak (Hebrew script)"),
    ("Lena", "Oberosler", None, "Mòcheno"),
    ("Anna", "Kobecka", None, "Karaim"),
    ("Tudora", "Caraiani", None, "Megleno-Romanian"),
    ("Catarino", "Téllez", None, "Tepehua"),
    ("Herminia", "Cuevas", None, "Cuicatec"),
    ("Nicanor", "Xolo", None, "Popoluca"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["leftoverCell", "stray_v", "parkedField", "extra7", "overspill", "driftVal", "residue",
                "unsorted", "tmpSlot", "carry_v2", "scrap", "bucketVal", "misc_q", "trailer", "wedge", "offcut"]
NEUTRAL_SENTENCES = ["Left behind by the {n} notebook export: {v}", "Nobody owns this after the {n} clean-up: {v}.",
                     "{v}", "Copied from an old kernel output ({n}): {v}", "The {n} sync wrote {v} here.",
                     "Offcut of run {n}: {v}."]
NEUTRAL_XKEYS = ["x-leftover", "x-stray-value", "x-sync-note", "x-offcut", "x-unsorted"]
NEUTRAL_TOOL_VERBS = ["emit", "load", "stage", "pull", "push", "hand"]
NEUTRAL_DESCR = "Holds one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["ptFullNameTx", "subscriberNmStr", "nmGivenFamily", "yer_name_like", "whats_yer_name_b_y",
                "nome_y_apellios", "gnuhealth.party.lastname", "bahmni.givenName"],
        "text": ["Pt full name tx:", "Subscriber nm str -", "Nm (given family):", "Yer name, like:",
                 "What's yer name, b'y:", "Nome y apellíos:", "GNU Health party name / lastname:",
                 "Bahmni givenName familyName ="],
        "frag": ["ptfullname", "subscribernm", "nmgivenfamily", "yernamelike", "whatsyername", "nomeyapellios",
                 "gnuhname", "bahmniname"],
    },
    "DATE_OF_BIRTH": {
        "key": ["dobYmd", "birthDtStr", "bdayValTx", "when_wuz_yer_born", "born_on_da_day", "fecha_de_nacencia",
                "gnuhealth.party.dob", "bahmni.birthdate"],
        "text": ["DOB ymd:", "Birth dt str -", "Bday val tx:", "When wuz yer born:", "Born on da day:",
                 "Fecha de nacencia:", "GNU Health party dob:", "Bahmni birthdate:"],
        "frag": ["dobymd", "birthdtstr", "bdayval", "whenwuzyerborn", "bornondaday", "nacencia", "gnuhdob",
                 "bahmnidob"],
    },
    "MRN": {
        "key": ["chartNoTx", "medRecIdStr", "mrnCdVal", "ozzy_chart_number", "hospital_number_me_son",
                "numberu_d_historial", "gnuhealth.patient.puid", "bahmni.identifier"],
        "text": ["Chart no tx:", "Med rec ID str -", "MRN cd val:", "Ozzy chart number:", "Hospital number, me son:",
                 "Númberu d'historial:", "GNU Health patient PUID:", "Bahmni patient identifier:"],
        "frag": ["chartnotx", "medrecid", "mrncd", "ozzychart", "hospnumber", "historial", "gnuhpuid",
                 "bahmniid"],
    },
    "US_SSN": {
        "key": ["ssnTx", "socSecNbrStr", "ssnDigitsVal", "yank_social_security_number", "social_insurance_b_y",
                "numberu_de_seguridá_social"],
        "text": ["SSN tx:", "Soc sec nbr str -", "SSN digits val:", "Yank social security number, la:",
                 "Social security number, b'y:", "Númberu de seguridá social (EE.XX.):"],
        "frag": ["ssntx", "socsecnbr", "ssndigits", "yanksocial", "socialsecb", "seguridasocial"],
    },
    "PHONE_NUMBER": {
        "key": ["mobTelTx", "cellPhoneStr", "telNoVal", "me_mobile_la", "phone_number_b_y", "numberu_de_telefonu",
                "gnuhealth.contact_mechanism.mobile", "bahmni.primaryContact"],
        "text": ["Mob tel tx:", "Cell phone str -", "Tel no val:", "Me mobile, la:", "Phone number, b'y:",
                 "Númberu de teléfonu:", "GNU Health contact mechanism (mobile):", "Bahmni primaryContact:"],
        "frag": ["mobteltx", "cellphonestr", "telnoval", "memobilela", "phonenumberby", "telefonu", "gnuhmobile",
                 "bahmniphone"],
    },
    "EMAIL_ADDRESS": {
        "key": ["emailTx", "eAddrStr", "mailAddrVal", "me_email_la", "email_b_y", "correu_electronicu",
                "gnuhealth.contact_mechanism.email"],
        "text": ["Email tx:", "E-addr str -", "Mail addr val:", "Me email, la:", "Email, b'y:",
                 "Corréu electrónicu:", "GNU Health contact mechanism (email):"],
        "frag": ["emailtx", "eaddrstr", "mailaddrval", "meemailla", "emailby", "correu", "gnuhemail"],
    },
    "STREET_ADDRESS": {
        "key": ["streetLn1Tx", "resAddrLine", "homeStAddrStr", "our_ouse_la", "where_ya_to_b_y", "direicion_de_casa",
                "gnuhealth.party.address.street", "bahmni.address1"],
        "text": ["Street ln1 tx:", "Res addr line -", "Home st addr str:", "Our ouse, la:", "Where ya to, b'y:",
                 "Direición de casa:", "GNU Health party address (street):", "Bahmni address1:"],
        "frag": ["streetln1", "resaddrline", "homestaddr", "ourouse", "whereyato", "direicion", "gnuhstreet",
                 "bahmniaddr"],
    },
    "ZIP_CODE": {
        "key": ["zipTx", "postalCdStr", "zip9Val", "yank_postcode_la", "zip_code_b_y", "codigu_postal_americanu",
                "gnuhealth.party.address.zip", "bahmni.postalCode"],
        "text": ["Zip tx:", "Postal cd str -", "Zip9 val:", "Yank postcode, la:", "Zip code, b'y:",
                 "Códigu postal americanu:", "GNU Health party address (zip):", "Bahmni postalCode:"],
        "frag": ["ziptx", "postalcdstr", "zip9val", "yankpostcode", "zipcodeby", "codigupostal", "gnuhzip",
                 "bahmnizip"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["mbiTx", "medicaidNoStr", "memberNoTx", "planIdVal", "me_insurance_number_la", "plan_number_b_y",
                "numberu_de_seguru", "gnuhealth.insurance.number"],
        "text": ["MBI tx:", "Medicaid no str -", "Member no tx:", "Plan ID val:", "Me insurance number, la:",
                 "Plan number, b'y:", "Númberu de seguru:", "GNU Health insurance number:"],
        "frag": ["mbitx", "medicaidno", "membernotx", "planidval", "insurancela", "plannumberby", "seguru",
                 "gnuhins"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["acctNoTx", "ibanStr", "cardNoStr", "guarantorAcctVal", "bank_account_la", "account_number_b_y",
                "cuenta_bancaria"],
        "text": ["Acct no tx:", "IBAN str -", "Card no str:", "Guarantor acct val:", "Bank account, la:",
                 "Account number, b'y:", "Cuenta bancaria:"],
        "frag": ["acctnotx", "ibanstr", "cardnostr", "guarantoracct", "bankaccountla", "accountby", "cuenta"],
    },
    "LICENSE_NUMBER": {
        "key": ["dlNoTx", "drvLicStr", "licNbrCd", "drivin_licence_la", "drivers_licence_b_y", "carne_de_conducir"],
        "text": ["DL no tx:", "Drv lic str -", "Lic nbr cd:", "Drivin' licence, la:", "Driver's licence, b'y:",
                 "Carné de conducir:"],
        "frag": ["dlnotx", "drvlicstr", "licnbrcd", "drivinlicence", "driverslicby", "carneconducir"],
    },
    "DEVICE_ID": {
        "key": ["imeiTx", "imsiStr", "macTx", "udiStr", "iccidStr", "implantSnTx", "me_phone_imei_la",
                "serial_number_b_y", "numberu_de_serie"],
        "text": ["IMEI tx:", "IMSI str -", "MAC tx:", "UDI str:", "ICCID str -", "Implant SN tx:",
                 "Me phone's IMEI, la:", "Serial number, b'y:", "Númberu de serie del aparatu:"],
        "frag": ["imeitx", "imsistr", "mactx", "udistr", "iccidstr", "implantsn", "phoneimeila", "serialby",
                 "serieaparatu"],
    },
    "VEHICLE_ID": {
        "key": ["vinTx", "vinStr", "plateNoTx", "me_car_reg_la", "truck_plate_b_y", "matricula_del_coche"],
        "text": ["VIN tx:", "VIN str -", "Plate no tx:", "Me car reg, la:", "Truck plate, b'y:",
                 "Matrícula del coche:"],
        "frag": ["vintx", "vinstr", "platenotx", "mecarreg", "truckplate", "matricula"],
    },
    "IP_ADDRESS": {
        "key": ["srcIpStr", "ipTx", "remoteAddrVal", "me_ip_la", "ip_address_b_y", "direicion_ip"],
        "text": ["Src IP str:", "IP tx -", "Remote addr val:", "Me IP, la:", "IP address, b'y:", "Direición IP:"],
        "frag": ["srcipstr", "iptx", "remoteaddr"],
    },
    "URL": {
        "key": ["profileUriTx", "donateUrlStr", "homeUrlTx", "me_page_la", "fundraiser_b_y", "paxina_personal"],
        "text": ["Profile URI tx:", "Donate URL str -", "Home URL tx:", "Me page, la:", "Fundraiser, b'y:",
                 "Páxina personal:"],
        "frag": ["profileuri", "donateurl", "homeurltx"],
    },
    "SECRET": {
        "key": ["apiTokTx", "dsnStr", "secretTx", "me_password_la", "password_b_y", "contrasena"],
        "text": ["API tok tx:", "dsn str=", "secret tx -", "Me password, la:", "Password, b'y:", "Contraseña:"],
        "frag": ["apitoktx", "dsnstr", "secrettx"],
    },
}

GROUP_KEYS = {
    "PERSON": ["ptFullNameTxs", "subscriberNmStrs", "nome_list"], "DATE_OF_BIRTH": ["dobYmds", "birthDtStrs"],
    "MRN": ["chartNoTxs", "historiales"], "US_SSN": ["ssnTxs"], "PHONE_NUMBER": ["mobTelTxs", "telefonus"],
    "EMAIL_ADDRESS": ["emailTxs"], "STREET_ADDRESS": ["streetLn1Txs"], "ZIP_CODE": ["zipTxs"],
    "HEALTH_PLAN_ID": ["memberNoTxs"], "ACCOUNT_NUMBER": ["acctNoTxs"], "LICENSE_NUMBER": ["dlNoTxs"],
    "DEVICE_ID": ["imeiTxs", "macTxs"], "VEHICLE_ID": ["vinTxs"], "IP_ADDRESS": ["srcIpStrs"],
    "URL": ["profileUriTxs"], "SECRET": ["apiTokTxs"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["dobYmd", "ptFullNameTx", "chartNoTx", "ssnTx", "mobTelTx", "dlNoTx", "vinTx", "srcIpStr", "dsnStr",
                 "when_wuz_yer_born", "fecha_de_nacencia", "gnuhealth.party.dob", "bahmni.birthdate",
                 "gnuhealth.patient.puid"]
HN_CODE_ENUMS = [
    ("nbformat output types", ["execute_result", "display_data", "stream", "error"]),
    ("nbformat cell types", ["code", "markdown", "raw"]),
    ("SPDX relationship types", ["contains", "dependsOn", "describes", "hasDeclaredLicense"]),
    ("SPDX software purposes", ["application", "library", "container", "firmware", "source"]),
    ("ICD-10-CM endocrine codes", ["E03.9", "E66.9", "E78.5", "E55.9"]),
    ("LOINC chemistry codes", ["2345-7", "2160-0", "17861-6", "2823-3"]),
    ("ISO 3166-1 alpha-2 countries", ["ME", "UY", "XK", "CY", "MT"]),
    ("BCP 47 language tags", ["sr-Latn-ME", "es-UY", "ast", "el-CY", "mt"]),
    ("IANA time zones", ["Europe/Podgorica", "America/Montevideo", "Asia/Nicosia", "America/St_Johns",
                         "America/Chicago"]),
    ("US state codes", ["WI", "MN", "IA", "KS"]),
    ("GNU Health genders", ["m", "f", "nb", "other", "u"]),
    ("Bahmni visit types", ["OPD", "IPD", "Emergency"]),
]
HN_PLACEHOLDERS = ["kernel@example.org", "sbom@packages.invalid", "(608) 555-0139", "+1 515-555-0172",
                   "1-785-555-0196", "192.0.2.61", "198.51.100.140", "2001:db8:53::7", "XXX-XX-XXXX",
                   "<JUPYTER_TOKEN>", "${SPDX_SIGNING_KEY}", "GAN000000", "https://example.com/notebooks/{id}",
                   "ff:ff:ff:ff:ff:ff", "owner@notebook.test", "000-00-0000"]
HN_FORMAT_REGEXES = [r"^GAN\d{6}$", r"^\d{2}-\d{2}-\d{2}-\d{2}$", r"^ATATT3[A-Za-z0-9_=-]{186}$",
                     r"^sm_aat_[A-Za-z0-9]{16}$", r"^8\d{8}$", r"^\+382\d{8}$", r"^([0-9a-f]{2}:){5}[0-9a-f]{2}$",
                     r"^\d{5}(-\d{4})?$", r"^[\w.+-]+@[\w-]+\.[\w.]+$", r"^ME\d{20}$", r"^\d{2}/\d{2}/\d{2}$",
                     r"^[A-Z]\d{4} \d{5} \d{5}$"]
HN_NAME_WORDS = ["Amber", "Coral", "Jade", "Ruby", "Pearl", "Crystal", "Heath", "Rowan", "Clay", "Reed", "Cliff",
                 "Basil"]
HN_VERSION_DATES = ["nbformat 4.5 since 2021-03-08", "SPDX 3.0.1 published 2024-12-17", "API version 2023-11-14",
                    "2019-09", "Deprecated after 2025-06-30", "Effective 2027-01-04", "Schema revision 2022-08-22"]
HN_CATEGORY_TEXT = [
    "Patient's date of birth in YYYY-MM-DD form, if the notebook collects it.",
    "Package supplier's contact email address.",
    "The hospital's medical record number for the patient.",
    "When wuz yer born, like (YYYY-MM-DD).",
    "What's yer name, b'y: given name and family name.",
    "Fecha de nacencia del paciente (AAAA-MM-DD).",
    "GNU Health party dob: the person's date of birth.",
    "Bahmni identifier: the patient's registration number.",
    "Subscriber's telephone number.",
    "Member's Social Security number, masked on output.",
]
HN_TOOL_NAMES = ["validate_patient_email", "redact_subscriber_ssn", "check_vin_format", "mask_birthdate_field"]
HN_FILE_WORDS = ["patient-email-mask", "subscriber-ssn-format", "chart-number-rules"]
