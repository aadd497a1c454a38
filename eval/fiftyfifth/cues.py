"""Cues, name tables, neutral keys and hard-negative pools for the fifty-fifth set.

Cue languages: English written the way code and data dictionaries write it (spellings fresh to this set:
ptLegalNm, subjFullNmTxt, bDateVal, dobIsoStr, chartNoVal, medRecIdStr, ssnDigitsVal, socSecIdTxt, cellNbrStr,
emlAddrStr, streetLnVal, zipFiveVal, mbrPlanIdVal, bankAcctStr, drvLicIdStr, imeiStrVal, vinStrVal, ipV4Str,
profUrlStr, apiTokStr, connUriTxt, ...), Goral (the Podhale highlander dialect of southern Poland) and Surzhyk (the
mixed Ukrainian-Russian vernacular of Ukraine, written in Cyrillic; ASCII fragments are transliterations).  The Goral
and Surzhyk phrases are the builder's own best-effort spellings, not copied from a dictionary.  Data-dictionary
spellings: HL7 mCODE (minimal Common Oncology Data Elements) CancerPatient elements (name, birthDate, identifier of
type MR, telecom, address, coverage member id) and LOINC terms of patient demographics (21112-8 Birth date, 45392-8
First name, 45394-4 Last name, 45401-7 Postal code, 56799-0 Address), both written from the builder's memory, not
re-read.

Person names:
* Poland: the most frequent given names and surnames of the PESEL register (the lists the Ministry of Digital Affairs
  publishes on dane.gov.pl, as reported, e.g. by Aleteia's 2021 summary of the PESEL given-name list); surnames in
  their masculine and feminine forms.
* Philippines: given names from the Philippine Statistics Authority's (formerly NSO's) published top baby names
  (2005, 2011, 2017 lists, as reported); surnames are native Tagalog / Visayan surnames picked by the builder (PSA
  publishes no surname list).
* Ukraine: popular newborn given names reported from the Ministry of Justice's civil-registration statistics and the
  most common Ukrainian surnames, in Cyrillic with the official KMU 2010 romanisation (builder's memory).
* Native script: Ukrainian Cyrillic, and two Filipino names in Baybayin (the builder's transliteration, with the
  Tagalog virama U+1714 for final consonants).
"""

# ------------------------------------------------------------------ name tables
PL_GIVEN_F = ["Anna", "Maria", "Zofia", "Katarzyna", "Małgorzata", "Krystyna", "Barbara", "Agnieszka", "Janina", "Ewa"]
PL_GIVEN_M = ["Jan", "Stanisław", "Piotr", "Andrzej", "Krzysztof", "Józef", "Tomasz", "Paweł", "Michał", "Adam"]
PL_SURNAMES = [("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
               ("Kowalczyk", "Kowalczyk"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
               ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"),
               ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska")]
PH_GIVEN_F = ["Althea", "Angel", "Samantha", "Princess", "Maricel", "Michelle", "Jocelyn", "Rowena", "Jessa Mae",
              "Mary Rose", "April Joy", "Kyla"]
PH_GIVEN_M = ["Nathaniel", "Jacob", "Ezekiel", "John Paul", "Justin", "Renz", "Clarence", "John Carl", "Marlon",
              "Ronald", "Noel", "Jared"]
PH_SURNAMES = ["Manalo", "Pangilinan", "Macaraeg", "Dimaculangan", "Magbanua", "Mangubat", "Dimaano", "Lacsamana",
               "Sumalinog", "Dimayuga", "Panganiban", "Malabanan"]
UA_GIVEN_F = [("Софія", "Sofiia"), ("Анна", "Anna"), ("Марія", "Mariia"), ("Соломія", "Solomiia"),
              ("Вікторія", "Viktoriia"), ("Злата", "Zlata")]
UA_GIVEN_M = [("Матвій", "Matvii"), ("Олександр", "Oleksandr"), ("Артем", "Artem"), ("Максим", "Maksym"),
              ("Марк", "Mark"), ("Назар", "Nazar")]
UA_SURNAMES = [("Мельник", "Melnyk"), ("Шевченко", "Shevchenko"), ("Коваленко", "Kovalenko"),
               ("Бондаренко", "Bondarenko"), ("Бойко", "Boiko"), ("Ткаченко", "Tkachenko"), ("Кравченко", "Kravchenko"),
               ("Олійник", "Oliinyk"), ("Шевчук", "Shevchuk"), ("Коваль", "Koval")]
# Baybayin renderings (builder's transliteration): (Baybayin, Latin)
BAYBAYIN = [("ᜀᜎ᜔ᜆᜒᜀ ᜋᜈᜎᜓ", "Althea Manalo"), ("ᜈᜓᜁᜎ᜔ ᜋᜄ᜔ᜊᜈᜓᜀ", "Noel Magbanua")]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["holdover", "leftoverVal", "fld_r7", "parkedSlot", "passedOn", "stray_v", "binned", "spillover",
                "tucked", "set_aside", "aux9", "tmpKeep", "blobX", "fringe", "orphaned", "trail_v", "cranny",
                "residue"]
NEUTRAL_SENTENCES = ["Held over from the {n} sync: {v}", "Nobody picked this up after the rebuild: {v}.", "{v}",
                     "Copied in from the upstream extract ({n}): {v}", "The nightly job wrote {v} here.",
                     "Residue of run {n}: {v}."]
NEUTRAL_XKEYS = ["x-holdover", "x-spare-note", "x-sync-note", "x-set-aside", "x-orphaned"]
NEUTRAL_TOOL_VERBS = ["send", "fetch", "queue", "sync", "post", "relay"]
NEUTRAL_DESCR = "Holds one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["ptLegalNm", "subjFullNmTxt", "nmOfRecord", "miano_gazdy", "фамілія_імя_пацієнта",
                "mcode.CancerPatient.name", "loinc.45394-4_last_name"],
        "text": ["Pt legal nm:", "Subj full nm txt -", "Nm of record:", "Miano gazdy:", "Фамілія і імя пацієнта:",
                 "mCODE CancerPatient.name:", "LOINC 45392-8 / 45394-4 (first / last name):"],
        "frag": ["ptlegalnm", "subjfullnm", "nmofrecord", "mianogazdy", "familiya", "mcodename", "loincname"],
    },
    "DATE_OF_BIRTH": {
        "key": ["bDateVal", "dobIsoStr", "birthDayTxtVal", "kie_sie_urodziył", "дата_рожденія",
                "mcode.CancerPatient.birthDate", "loinc.21112-8_birth_date"],
        "text": ["B date val:", "DOB iso str -", "Birth day txt val:", "Kie sie urodziył:", "Dziyń urodzyniô:",
                 "Дата рожденія:", "mCODE CancerPatient.birthDate:", "LOINC 21112-8 Birth date:"],
        "frag": ["bdateval", "dobisostr", "birthdaytxt", "urodziyl", "rozhdeniya", "mcodebirthdate", "loinc211128"],
    },
    "MRN": {
        "key": ["chartNoVal", "medRecIdStr", "hospRecNbrTxt", "numer_karty_w_spitalu", "номер_карточки_в_больніці",
                "mcode.CancerPatient.identifier.MR"],
        "text": ["Chart no val:", "Med rec ID str -", "Hosp rec nbr txt:", "Numer karty w spitalu:",
                 "Номер карточки в больніці:", "mCODE CancerPatient identifier (type MR):"],
        "frag": ["chartnoval", "medrecid", "hosprecnbr", "kartawspitalu", "kartochka", "mcodemr"],
    },
    "US_SSN": {
        "key": ["ssnDigitsVal", "socSecIdTxt", "usSsnStr", "amerykański_numer_socjalny", "американський_соцномер"],
        "text": ["SSN digits val:", "Soc sec ID txt -", "US SSN str:", "Amerykański numer socjalny gazdy:",
                 "Американський соцномер:", "mCODE CancerPatient identifier (US SSN):"],
        "frag": ["ssndigits", "socsecid", "usssnstr", "numersocjalny", "sotsnomer", "mcodessn"],
    },
    "PHONE_NUMBER": {
        "key": ["cellNbrStr", "telHomeVal", "phoneMainTxt", "telefon_do_gazdy", "мобілка_пацієнта",
                "mcode.CancerPatient.telecom.phone"],
        "text": ["Cell nbr str:", "Tel home val -", "Phone main txt:", "Telefon do gazdy:", "Мобілка пацієнта:",
                 "mCODE CancerPatient.telecom (phone):"],
        "frag": ["cellnbr", "telhome", "phonemain", "telefondogazdy", "mobilka", "mcodephone"],
    },
    "EMAIL_ADDRESS": {
        "key": ["emlAddrStr", "mailboxTxtVal", "contactMailAddr", "e_mail_gazdy", "єлєктронка_пацієнта",
                "mcode.CancerPatient.telecom.email"],
        "text": ["Eml addr str:", "Mailbox txt val -", "Contact mail addr:", "E-mail gazdy:", "Єлєктронка пацієнта:",
                 "mCODE CancerPatient.telecom (email):"],
        "frag": ["emladdr", "mailboxtxt", "contactmail", "emailgazdy", "yelektronka", "mcodeemail"],
    },
    "STREET_ADDRESS": {
        "key": ["streetLnVal", "homeAddrLnTxt", "resStAddr", "adres_chałupy", "адрєс_прожиття",
                "loinc.56799-0_address"],
        "text": ["Street ln val:", "Home addr ln txt -", "Res st addr:", "Adres chałupy:", "Адрєс прожиття:",
                 "LOINC 56799-0 Address:", "mCODE CancerPatient.address:"],
        "frag": ["streetln", "homeaddrln", "resstaddr", "adreschalupy", "adresprozhyttia", "loincaddress"],
    },
    "ZIP_CODE": {
        "key": ["zipFiveVal", "zipPlusFourTxt", "postCdUs", "kod_pocztowy_w_ameryce", "поштовий_індекс_США",
                "loinc.45401-7_postal_code"],
        "text": ["Zip five val:", "Zip plus four txt -", "Post cd US:", "Kod pocztowy w Ameryce:",
                 "Поштовий індекс у США:", "LOINC 45401-7 Postal code:"],
        "frag": ["zipfive", "zipplusfour", "postcdus", "kodpocztowy", "indeks", "loinc454017"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["mbrPlanIdVal", "medicaidNoStr", "mbiIdTxt", "insurerMbrNo", "numer_ubezpieczynio",
                "номер_страховки", "mcode.CancerPatient.coverage.memberId"],
        "text": ["Mbr plan ID val:", "Medicaid no str -", "MBI ID txt:", "Insurer mbr no:",
                 "Numer ubezpieczynio gazdy:", "Номер страховки:", "mCODE coverage member ID:"],
        "frag": ["mbrplanid", "medicaidno", "mbiidtxt", "insurermbr", "ubezpieczynie", "strakhovka",
                 "mcodecoverage"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["bankAcctStr", "ibanTxtVal", "cardNbrStr", "hospAcctVal", "konto_w_banku", "рахунок_в_банкє"],
        "text": ["Bank acct str:", "IBAN txt val -", "Card nbr str:", "Hosp acct val:", "Konto w banku:",
                 "Рахунок в банкє:"],
        "frag": ["bankacct", "ibantxt", "cardnbr", "hospacctval", "kontowbanku", "rakhunok"],
    },
    "LICENSE_NUMBER": {
        "key": ["drvLicIdStr", "dlNoTxtVal", "licenseIdVal", "prawo_jazdy_gazdy", "права_водітєля"],
        "text": ["Drv lic ID str:", "DL no txt val -", "License ID val:", "Prawo jazdy gazdy (USA):",
                 "Права водітєля (США):"],
        "frag": ["drvlicid", "dlnotxt", "licenseidval", "prawojazdy", "prava"],
    },
    "DEVICE_ID": {
        "key": ["imeiStrVal", "macIdTxt", "udiStrVal", "iccidVal", "implantSnTxt", "numer_aparatu",
                "серійник_прибору"],
        "text": ["IMEI str val:", "MAC ID txt -", "UDI str val:", "ICCID val:", "Implant SN txt:",
                 "Numer aparatu gazdy:", "Серійник прибору:"],
        "frag": ["imeistr", "macidtxt", "udistr", "iccidval", "implantsn", "numeraparatu", "seriynyk"],
    },
    "VEHICLE_ID": {
        "key": ["vinStrVal", "vehVinTxt", "platNoStr", "numer_auta", "номер_машини"],
        "text": ["VIN str val:", "Veh VIN txt -", "Plat no str:", "Numer auta gazdy:", "Номер машини:"],
        "frag": ["vinstr", "vehvintxt", "platnostr", "numerauta", "nomermashyny"],
    },
    "IP_ADDRESS": {
        "key": ["ipV4Str", "srcIpTxt", "loginIpVal", "adres_IP_kompa", "айпішник_компа"],
        "text": ["IP v4 str:", "Src IP txt -", "Login IP val:", "Adres IP kompa:", "Айпішник компа:"],
        "frag": ["ipv4str", "srciptxt", "loginipval"],
    },
    "URL": {
        "key": ["profUrlStr", "fundPageTxt", "homeUrlVal", "strona_gazdy", "сторінка_в_інтернєті"],
        "text": ["Prof URL str:", "Fund page txt -", "Home URL val:", "Strona gazdy:", "Сторінка в інтернєті:"],
        "frag": ["profurl", "fundpage", "homeurl"],
    },
    "SECRET": {
        "key": ["apiTokStr", "connUriTxt", "secretValStr", "hasło_gazdy", "пароль_від_акаунта"],
        "text": ["API tok str:", "conn URI txt=", "secret val str -", "Hasło gazdy:", "Пароль від акаунта:"],
        "frag": ["apitokstr", "connuri", "secretval"],
    },
}

GROUP_KEYS = {
    "PERSON": ["ptLegalNms", "nmsOfRecord", "gazdowie"], "DATE_OF_BIRTH": ["bDateVals", "dobIsoStrs"],
    "MRN": ["chartNoVals", "karty_w_spitalu"], "US_SSN": ["ssnDigitsVals"], "PHONE_NUMBER": ["cellNbrStrs", "мобілки"],
    "EMAIL_ADDRESS": ["emlAddrStrs"], "STREET_ADDRESS": ["streetLnVals"], "ZIP_CODE": ["zipFiveVals"],
    "HEALTH_PLAN_ID": ["mbrPlanIdVals"], "ACCOUNT_NUMBER": ["bankAcctStrs"], "LICENSE_NUMBER": ["drvLicIdStrs"],
    "DEVICE_ID": ["imeiStrVals", "macIdTxts"], "VEHICLE_ID": ["vinStrVals"], "IP_ADDRESS": ["srcIpTxts"],
    "URL": ["profUrlStrs"], "SECRET": ["apiTokStrs"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["dobIsoStr", "ptLegalNm", "chartNoVal", "ssnDigitsVal", "cellNbrStr", "drvLicIdStr", "vinStrVal",
                 "srcIpTxt", "connUriTxt", "kie_sie_urodziył", "дата_рожденія", "mcode.CancerPatient.birthDate",
                 "loinc.21112-8_birth_date"]
HN_CODE_ENUMS = [
    ("Meltano plugin types", ["extractors", "loaders", "transformers", "utilities", "orchestrators", "mappers"]),
    ("ansible-lint profiles", ["min", "basic", "moderate", "safety", "shared", "production"]),
    ("Ansible become methods", ["sudo", "su", "pbrun", "pfexec", "doas", "runas"]),
    ("ICD-O-3 morphology codes", ["8140/3", "8500/3", "8070/3", "9680/3"]),
    ("mCODE TNM stage groups", ["IA", "IIB", "IIIC", "IV"]),
    ("ISO 4217 currency codes", ["PLN", "UAH", "PHP", "TRY", "BDT"]),
    ("ISO 639-1 language codes", ["pl", "uk", "tl", "tr", "bn"]),
    ("HL7 v2 administrative sex", ["F", "M", "O", "U", "A", "N"]),
    ("US state codes", ["MA", "NH", "ME", "MN", "WI"]),
    ("Meltano state backends", ["systemdb", "s3", "azure", "gcs"]),
    ("LOINC answer codes", ["LA33-6", "LA32-8", "LA4489-6"]),
]
HN_PLACEHOLDERS = ["gazda@example.com", "pacjent@meltano.example", "ops@ansible.invalid", "(601) 555-0163",
                   "+1 202-555-0119", "198.51.100.77", "203.0.113.41", "2001:db8:55::9", "***-**-****",
                   "<MELTANO_API_KEY>", "${ANSIBLE_VAULT_PASSWORD}", "https://example.net/pacjent/{id}"]
HN_FORMAT_REGEXES = [r"^PL\d{26}$", r"^\d{11}$", r"^UA\d{27}$", r"^\+380\d{9}$", r"^[A-Z]{2} \d{4} [A-Z]{2}$",
                     r"^HRN\d{7}$", r"^[0-9A-HJ-NPR-Z]{17}$", r"^(?:\d{1,3}\.){3}\d{1,3}$", r"^EZTK[a-z0-9]{54}$",
                     r"^\d{4}/(19|20)\d{2}$"]
HN_NAME_WORDS = ["Amber", "Ruby", "Pearl", "Violet", "Jasmine", "Savannah", "Florence", "Victoria", "Phoenix",
                 "Sierra"]
HN_VERSION_DATES = ["Available since 2024-11-05", "Deprecated from 2025-06-30.", "2019-09",
                    "Schema revision 2023-05-30", "Effective 2027-01-04", "API version 2025-03-26"]
HN_CATEGORY_TEXT = [
    "Patient's date of birth as printed on the chart (YYYY-MM-DD).",
    "Dziyń urodzyniô gazdy (RRRR-MM-DD).",
    "Дата рожденія пацієнта, формат РРРР-ММ-ДД.",
    "mCODE CancerPatient.birthDate: the patient's date of birth.",
    "LOINC 21112-8 Birth date of the patient.",
    "Member's health plan ID, masked on output.",
    "Numer karty w spitalu (MRN) gazdy.",
    "Номер телефону пацієнта для зв'язку.",
    "Subscriber's Social Security number, last four digits only.",
    "Home address of the enrollee, as on the insurance card.",
]
HN_TOOL_NAMES = ["mask_patient_phone", "check_mbi_format", "redact_dob_field", "lookup_member_by_mrn"]
HN_FILE_WORDS = ["patient-dob-rules", "member-mrn-format", "subscriber-ssn-mask"]
