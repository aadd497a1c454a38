"""Cues, name table, neutral keys and hard-negative pools for the fifty-second set.

Cue languages: English written the way code and data dictionaries write it (spellings fresh to this set:
ptFullNmTxt, subjNmStr, dobYmdTxt, birthDtYmd, mrnNoStr, chartNoTxt, ssnTxt9, socSecNbrStr, cellNbrTxt,
emailAddrStr, streetLn1Txt, zipCdStr, mbiTxtStr, payerMbrIdTxt, bankAcctTxt, pmtCardNoStr, drvLicTxt, imeiTxtStr,
devSerialTxt, vinTxtStr, srcIpTxt, profileLinkTxt, apiTokTxt, ...), Yorkshire English ("Tyke"), Scouse (Liverpool
English) and Cockney (London English, with some rhyming slang: "dog and bone" = phone, "jam jar" = car, "bread and
honey" = money).  The dialect phrases are the builder's own best-effort spellings, not copied from a dictionary.
Data-dictionary spellings: the CMS NPPES NPI Downloadable File layout (column names such as "Provider Last Name
(Legal Name)", "Provider Business Mailing Address Postal Code", "Provider License Number_1") and the MIMIC clinical
database tables (MIMIC-III PATIENTS.DOB, SUBJECT_ID, HADM_ID; MIMIC-IV patients / admissions columns), both written
from the builder's memory, not re-read; the `nppes.` / `mimic.` key prefixes are the builder's notation.
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture).  Invented combinations of given and family names each
# culture uses; romanised forms for non-Latin scripts.  Every culture's name counted 0 in the first 60 lines of the
# earlier READMEs.
HAND_NAMES = [
    ("Bahram", "Fumani", "بهرام فومنی", "Gilaki (Perso-Arabic script)"),
    ("Golnar", "Rudsari", "گلنار رودسری", "Gilaki (Perso-Arabic script)"),
    ("Abbasali", "Savadkuhi", "عباسعلی سوادکوهی", "Mazandarani (Perso-Arabic script)"),
    ("Mahtab", "Amoli", "مهتاب آملی", "Mazandarani (Perso-Arabic script)"),
    ("Ayub", "Hunzai", "ایوب ہنزائی", "Burushaski (Urdu script)"),
    ("Olli", "Kattila", None, "Votic"),
    ("Zarema", "Shinazova", "Зарема Шиназова", "Rutul (Cyrillic script)"),
    ("Ramazan", "Mishlesov", "Рамазан Мишлесов", "Tsakhur (Cyrillic script)"),
    ("Rasim", "Ketishov", None, "Khinalug"),
    ("Aslan", "Dzhegutanov", "Аслан Джегутанов", "Abaza (Cyrillic script)"),
    ("Nadezhda", "Kongarayeva", "Надежда Конгараева", "Tofalar (Cyrillic script)"),
    ("Dyuhade", "Kosterkin", "Дюхадэ Костеркин", "Nganasan (Cyrillic script)"),
    ("Jouni", "Fofonoff", None, "Skolt Sami"),
    ("Sanna", "Gauriloff", None, "Skolt Sami"),
    ("Aino", "Kuivonen", None, "Ingrian"),
    ("Szymon", "Firkowicz", None, "Karaim"),
    ("Nazar", "Alidodov", "Назар Алидодов", "Shughni (Tajik Cyrillic script)"),
    ("Sakina", "Skardui", None, "Balti"),
    ("Lakshan", "Bibi", None, "Kalasha"),
    ("Evar", "Riitsaar", None, "Seto"),
    ("Hilja", "Keinanen", None, "Tornedalian (Meankieli)"),
    ("Aqpik", "Nageak", None, "Inupiaq"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["holdover", "stowVal", "fld_z9", "laggard", "pocketed", "residue_v", "strayVal", "backlogX",
                "sideline", "parkedAt", "tmpKeep", "wedge", "unsorted", "scrap_v", "lint", "leftbehind"]
NEUTRAL_SENTENCES = ["Stray value from the {n} sync: {v}", "Nobody has claimed this since the {n} sweep: {v}.",
                     "{v}", "Brought across with the {n} devfile import ({v}).",
                     "The {n} container rebuild left {v} here.", "Orphaned in batch {n}: {v}."]
NEUTRAL_XKEYS = ["x-holdover", "x-stray-value", "x-sync-note", "x-left-behind", "x-unsorted"]
NEUTRAL_TOOL_VERBS = ["push", "pull", "stage", "mirror", "forward", "route"]
NEUTRAL_DESCR = "Holds one {thing} object."

# ------------------------------------------------------------------ cues per category
# key: property keys naming the field (key_cue); text: a phrase put before the value (text_cue);
# frag: identifier-safe fragments joined in front of a value in keys, tool names, file names and regexes.
CUES = {
    "PERSON": {
        "key": ["ptFullNmTxt", "subjNmStr", "name_o_t_patient", "our_kids_name", "geezers_moniker",
                "nppes.provider_last_name_legal_name", "nppes.provider_first_name"],
        "text": ["Pt full nm txt:", "Subj nm str -", "Name o' t' patient:", "Our kid's name, like:",
                 "Geezer's moniker:", "NPPES Provider Last Name (Legal Name) / First Name:",
                 "NPPES Authorized Official Last Name:"],
        "frag": ["ptfullnm", "subjnm", "nameotpatient", "ourkidsname", "geezersmoniker", "nppesname"],
    },
    "DATE_OF_BIRTH": {
        "key": ["dobYmdTxt", "birthDtYmd", "born_on_t_day", "born_on_la", "born_on_the_day_innit",
                "mimic.patients.dob"],
        "text": ["DOB ymd txt:", "Birth dt ymd -", "Born on t' day:", "Born on, la:", "Born on the, innit:",
                 "MIMIC-III PATIENTS.DOB:", "MIMIC patients dob ="],
        "frag": ["dobymd", "birthdtymd", "bornontday", "bornonla", "bornoninnit", "mimicdob"],
    },
    "MRN": {
        "key": ["mrnNoStr", "chartNoTxt", "infirmary_number", "ozzy_number", "ospital_number",
                "mimic.patients.subject_id"],
        "text": ["MRN no str:", "Chart no txt -", "Infirmary number:", "Ozzy number, la:", "'Ospital number:",
                 "MIMIC SUBJECT_ID:"],
        "frag": ["mrnno", "chartno", "infirmarynumber", "ozzynumber", "ospitalnumber", "mimicsubject"],
    },
    "US_SSN": {
        "key": ["ssnTxt9", "socSecNbrStr", "social_number_fro_t_states", "yankee_social_la",
                "yank_social_number"],
        "text": ["SSN txt9:", "Soc sec nbr str -", "Social number fro' t' States:", "Yankee social number, la:",
                 "Yank social number, innit:"],
        "frag": ["ssntxt", "socsecnbr", "socialfrotstates", "yankeesocial", "yanksocial"],
    },
    "PHONE_NUMBER": {
        "key": ["cellNbrTxt", "phNoStr", "ring_im_on", "give_us_a_bell", "dog_and_bone",
                "nppes.provider_business_mailing_address_telephone_number"],
        "text": ["Cell nbr txt:", "Ph no str -", "Ring 'im on:", "Give us a bell on, la:", "Dog and bone:",
                 "NPPES Provider Business Mailing Address Telephone Number:"],
        "frag": ["cellnbr", "phno", "ringimon", "giveusabell", "dogandbone", "nppesphone"],
    },
    "EMAIL_ADDRESS": {
        "key": ["emailAddrStr", "eAddrTxt", "send_a_line_to", "email_la", "email_im_at"],
        "text": ["Email addr str:", "E addr txt -", "Send a line to:", "Email, la:", "E-mail 'im at:"],
        "frag": ["emailaddrstr", "eaddrtxt", "sendalineto", "emailla", "emailimat"],
    },
    "STREET_ADDRESS": {
        "key": ["streetLn1Txt", "homeAddrStr", "ouse_is_at", "our_ouse", "gaff_is_at",
                "nppes.provider_first_line_business_mailing_address"],
        "text": ["Street ln1 txt:", "Home addr str -", "'Ouse is at:", "Our 'ouse, la:", "Gaff's at:",
                 "NPPES Provider First Line Business Mailing Address:"],
        "frag": ["streetln", "homeaddrstr", "ouseisat", "ourouse", "gaffsat", "nppesaddr"],
    },
    "ZIP_CODE": {
        "key": ["zipCdStr", "zip5Txt", "yank_postcode", "zip_la", "postcode_over_the_pond",
                "nppes.provider_business_mailing_address_postal_code"],
        "text": ["Zip cd str:", "Zip5 txt -", "Yank postcode:", "Zip, la:", "Postcode over the pond:",
                 "NPPES Provider Business Mailing Address Postal Code:"],
        "frag": ["zipcdstr", "zip5txt", "yankpostcode", "zipla", "postcodepond", "nppeszip"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["mbiTxtStr", "payerMbrIdTxt", "medicaidNoStr", "insurance_number_fro_t_states", "medicaid_number_la",
                "plan_number_innit", "mimic.admissions.insurance_member_id"],
        "text": ["MBI txt str:", "Payer mbr ID txt -", "Medicaid no str:", "Insurance number fro' t' States:",
                 "Medicaid number, la:", "Plan number, innit:", "MIMIC admissions insurance, member ID:"],
        "frag": ["mbitxt", "payermbrid", "medicaidno", "insurancefrotstates", "medicaidla", "plannumberinnit"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["bankAcctTxt", "pmtCardNoStr", "ibanTxtStr", "guarantorAcctNo", "brass_goes_into", "bank_account_la",
                "bread_goes_in"],
        "text": ["Bank acct txt:", "Pmt card no str -", "IBAN txt str:", "Guarantor acct no:", "Brass goes into:",
                 "Bank account, la:", "Bread and honey goes in:"],
        "frag": ["bankaccttxt", "pmtcardno", "ibantxt", "guarantoracct", "brassgoesinto", "bankaccountla",
                 "breadgoesin"],
    },
    "LICENSE_NUMBER": {
        "key": ["drvLicTxt", "dlNoStr", "drivin_licence", "drivin_licence_la", "licence_for_the_jam_jar",
                "nppes.provider_license_number_1"],
        "text": ["Drv lic txt:", "DL no str -", "Drivin' licence:", "Drivin' licence, la:",
                 "Licence for the jam jar:", "NPPES Provider License Number_1 (driver's licence on file):"],
        "frag": ["drvlictxt", "dlnostr", "drivinlicence", "drivinlicencela", "jamjarlicence", "nppeslicence"],
    },
    "DEVICE_ID": {
        "key": ["imeiTxtStr", "devSerialTxt", "macTxtStr", "iccidStr", "udiTxtStr", "serial_on_t_gadget",
                "serial_on_the_thingy", "serial_on_the_doofer"],
        "text": ["IMEI txt str:", "Dev serial txt -", "MAC txt str:", "ICCID str:", "UDI txt str:",
                 "Serial on t' gadget:", "Serial on the thingy, la:", "Serial on the doofer:"],
        "frag": ["imeitxt", "devserial", "mactxt", "iccidstr", "uditxt", "serialontgadget", "serialthingy",
                 "serialdoofer"],
    },
    "VEHICLE_ID": {
        "key": ["vinTxtStr", "plateNoTxt", "t_cars_vin", "motors_vin_la", "jam_jars_vin"],
        "text": ["VIN txt str:", "Plate no txt -", "T' car's VIN:", "Motor's VIN, la:", "Jam jar's VIN:"],
        "frag": ["vintxt", "platenotxt", "tcarsvin", "motorsvinla", "jamjarsvin"],
    },
    "IP_ADDRESS": {
        "key": ["srcIpTxt", "loginIpStr", "t_computers_ip", "ip_la", "ip_on_the_computer_innit"],
        "text": ["Src IP txt:", "Login IP str -", "T' computer's IP:", "IP, la:", "IP on the computer, innit:"],
        "frag": ["srciptxt", "loginipstr", "tcomputersip"],
    },
    "URL": {
        "key": ["profileLinkTxt", "fundPageStr", "er_page", "our_kids_page", "is_page_on_the_web"],
        "text": ["Profile link txt:", "Fund page str -", "'Er page:", "Our kid's page, la:", "'Is page on the web:"],
        "frag": ["profilelink", "fundpage", "erpage"],
    },
    "SECRET": {
        "key": ["apiTokTxt", "connStrTxt", "pwdStr", "password_keep_it_quiet", "password_la", "password_keep_it_schtum"],
        "text": ["API tok txt:", "conn str txt =", "pwd str -", "Password, keep it quiet:",
                 "Password, la, don't tell no one:", "Password, keep it schtum:"],
        "frag": ["apitoktxt", "connstrtxt", "pwdstr"],
    },
}

GROUP_KEYS = {
    "PERSON": ["ptFullNmTxts", "subjNmStrs", "names_o_t_patients"], "DATE_OF_BIRTH": ["dobYmdTxts", "birthDtYmds"],
    "MRN": ["mrnNoStrs", "ozzy_numbers"], "US_SSN": ["ssnTxt9s"], "PHONE_NUMBER": ["cellNbrTxts", "dogs_and_bones"],
    "EMAIL_ADDRESS": ["emailAddrStrs"], "STREET_ADDRESS": ["streetLn1Txts"], "ZIP_CODE": ["zipCdStrs"],
    "HEALTH_PLAN_ID": ["payerMbrIdTxts"], "ACCOUNT_NUMBER": ["bankAcctTxts"], "LICENSE_NUMBER": ["drvLicTxts"],
    "DEVICE_ID": ["imeiTxtStrs", "devSerialTxts"], "VEHICLE_ID": ["vinTxtStrs"], "IP_ADDRESS": ["srcIpTxts"],
    "URL": ["profileLinkTxts"], "SECRET": ["apiTokTxts"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["dobYmdTxt", "ptFullNmTxt", "mrnNoStr", "ssnTxt9", "cellNbrTxt", "drvLicTxt", "vinTxtStr",
                 "srcIpTxt", "connStrTxt", "born_on_t_day", "ozzy_number", "dog_and_bone",
                 "nppes.provider_last_name_legal_name", "mimic.patients.dob"]
HN_CODE_ENUMS = [
    ("Devfile component types", ["container", "kubernetes", "openshift", "volume", "image"]),
    ("Devfile command group kinds", ["build", "run", "test", "debug", "deploy"]),
    ("Dev Container onAutoForward actions", ["notify", "openBrowser", "openPreview", "silent", "ignore"]),
    ("Dev Container shutdown actions", ["none", "stopContainer", "stopCompose"]),
    ("ICD-10-CM respiratory codes", ["J44.9", "J18.9", "J06.9", "J20.9"]),
    ("LOINC chemistry codes", ["2345-7", "2160-0", "2951-2", "6298-4"]),
    ("NUCC provider taxonomy codes", ["207Q00000X", "208D00000X", "363L00000X", "207R00000X"]),
    ("NPPES entity type codes", ["1", "2"]),
    ("MIMIC-IV admission types", ["EW EMER.", "URGENT", "ELECTIVE", "OBSERVATION ADMIT"]),
    ("BCP 47 language tags", ["en-GB", "cy", "gd", "ga", "kw"]),
    ("IANA time zones", ["America/New_York", "America/Chicago", "Europe/London", "Europe/Prague"]),
    ("US state codes", ["ME", "NH", "MA", "MD", "WI", "IA"]),
]
HN_PLACEHOLDERS = ["nurse@clinic.test", "patient@example.net", "(207) 555-0139", "+1 603-555-0164",
                   "192.0.2.77", "198.51.100.200", "2001:db8:52::9", "000-00-0000", "<DEVFILE_REGISTRY_TOKEN>",
                   "${localEnv:REGISTRY_PASSWORD}", "MRN-XXXXXXX", "https://example.com/patients/{id}",
                   "owner@devcontainer.invalid"]
HN_FORMAT_REGEXES = [r"^HN\d{7}$", r"^\d{5}-\d{5}$", r"^glpat-[0-9a-zA-Z_-]{20}$", r"^EZTK[a-zA-Z0-9]{54}$",
                     r"^LV\d{2}[A-Z]{4}\d{13}$", r"^\+?[1-9]\d{7,14}$", r"^[0-9a-f]{12}$", r"^\d{5}(-\d{4})?$",
                     r"^[\w.+-]+@[\w-]+\.[\w.]+$", r"^(19|20)\d{2}\.\d{2}\.\d{2}$", r"^[1-9]\d{8}$"]
HN_NAME_WORDS = ["Chase", "Clay", "Heath", "Glen", "Reed", "Crystal", "Amber", "Penny", "Sandy", "Misty", "Ruby",
                 "Pearl"]
HN_VERSION_DATES = ["API version 2025-03-01", "Deprecated from 2024-11-30.", "Supported since 2022-07-25",
                    "2020-12", "Schema revision 2023-03-14", "Effective 2026-05-04", "Sunset 2027-10-31"]
HN_CATEGORY_TEXT = [
    "Developer's date of birth, YYYY-MM-DD, if the workspace owner supplies it.",
    "Workspace owner's email address.",
    "Patient's medical record number as the hospital holds it.",
    "Date o' birth o' t' patient (YYYY-MM-DD).",
    "Our kid's ozzy number goes 'ere, la.",
    "The geezer's dog and bone, if 'e's got one.",
    "NPPES Provider Business Mailing Address Telephone Number: the practice's phone.",
    "MIMIC-III PATIENTS.DOB is shifted into the future to protect the patient.",
    "Member's Social Security number, masked on output.",
]
HN_TOOL_NAMES = ["validate_owner_email", "redact_member_ssn", "check_vin_format", "mask_patient_dob_field"]
HN_FILE_WORDS = ["owner-email-mask", "member-ssn-format", "patient-mrn-rules"]
