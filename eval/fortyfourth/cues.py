"""Cues, name tables, neutral keys and hard-negative pools for the forty-fourth set.

Cue languages: English written the way code and data dictionaries write it (spellings fresh to this set:
ptFullNm, subscriberNameTxt, ptDobYmd, dtOfBirth, chartNbrTxt, ptMrnVal, ssnTxt9, ptSocSecNo, cellPhNbr,
contactTelNo, ptEmailTxt, ptStreetAddr, ptZipCd, mbrIdNbr, healthPlanMbrNo, bankAcctNo, ccNbrTxt, drvLicNbr,
imeiVal, macAddrVal, vinTxt17, srcIpAddr, profileUrlTxt, dbConnUri, apiTokVal, ...), Jamaican Patois (the
builder's own spellings, loosely after the Cassidy / JLU orthography), Hinglish (Hindi-English as written in Roman
letters) and Rioplatense Spanish (voseo and River Plate words: celu, altura, patente, registro, prepaga, compu).
Data-dictionary spellings: the Dutch Nictiz zibs (Zorginformatiebouwstenen: Patient, Naamgegevens, Adresgegevens,
Contactgegevens, Betaler) and the German eGK Versichertenstammdaten (VSD: Versicherten_ID, Vorname, Nachname,
Geburtsdatum, Strasse, Postleitzahl), both written from the builder's memory, not re-read.
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, culture); romanised forms for non-Latin scripts.
HAND_NAMES = [
    ("Chhiu-lan", "Tsen", "曾秋蘭", "Hakka (Han characters)"),
    ("Boonmee", "Srisuwan", "บุญมี ศรีสุวรรณ", "Isan (Thai script)"),
    ("Khương", "Bùi", None, "Muong"),
    ("Xatûn", "Xidir", None, "Yazidi"),
    ("Rebeka", "Łopatto", "רבקה לופאטו", "Karaite (Hebrew script)"),
    ("Hagar", "Manigault", None, "Gullah"),
    ("Leota", "Tahmahkera", None, "Comanche"),
    ("Ramona", "Spoonhunter", None, "Arapaho"),
    ("Marlene", "Teneese", None, "Ktunaxa"),
    ("Edith", "Netro", None, "Gwich'in"),
    ("Tobias", "Vanderhoop", None, "Wampanoag"),
    ("Rosaria", "Bellusci", None, "Arbëresh"),
    ("Adelina", "Nicolussi", None, "Cimbrian"),
    ("Ida", "Linty", None, "Walser"),
    ("Zagidat", "Abdulkerimova", None, "Tabasaran"),
    ("Hitolo", "Vagi", None, "Motu"),
    ("Yaneth", "Dogirama", None, "Embera"),
    ("Phoebe", "Mameanskum", None, "Naskapi"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["residue", "leftoverVal", "fld_z7", "bucketVal", "passAlong", "stray_v", "holdSlot", "surplus",
                "parkedVal", "deferred_v", "aux9", "scratchVal", "blobX", "edgeNote", "orphaned", "trail_v", "cubby",
                "dregs"]
NEUTRAL_SENTENCES = ["Carried over from the {n} import: {v}", "Found unassigned after the cleanup: {v}.", "{v}",
                     "Pasted from the old ledger ({n}): {v}", "The nightly sync left {v} here.",
                     "Residue of run {n}: {v}."]
NEUTRAL_XKEYS = ["x-residue", "x-leftover", "x-sync-note", "x-parked", "x-orphaned"]
NEUTRAL_TOOL_VERBS = ["push", "pull", "stage", "route", "emit", "forward"]
NEUTRAL_DESCR = "Holds one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["ptFullNm", "subscriberNameTxt", "nmGivenFamily", "pieshent_niem", "mareez_ka_naam",
                "nombre_y_apellido", "zib.Naamgegevens.Geslachtsnaam", "vsd.Nachname"],
        "text": ["Pt full nm:", "Subscriber name txt -", "Nm (given family):", "Di pieshent niem:", "Mareez ka naam:",
                 "Nombre y apellido del paciente, che:", "zib Naamgegevens (voornaam, achternaam):",
                 "eGK VSD Vorname/Nachname:"],
        "frag": ["ptfullnm", "subscribername", "nmgivenfamily", "pieshentniem", "mareezkanaam", "nombreyapellido",
                 "zibnaam", "vsdname"],
    },
    "DATE_OF_BIRTH": {
        "key": ["ptDobYmd", "dtOfBirth", "bornOnDt", "baan_dieh", "janam_tithi", "fecha_nac_paciente",
                "zib.Patient.Geboortedatum", "vsd.Geburtsdatum"],
        "text": ["Pt DOB ymd:", "Dt of birth -", "Born on dt:", "Dieh wen im did baan:", "Janam tithi:",
                 "Fecha de nacimiento (la posta):", "zib Patient.Geboortedatum:", "eGK VSD Geburtsdatum:"],
        "frag": ["ptdobymd", "dtofbirth", "bornondt", "baandieh", "janamtithi", "fechanac", "zibgeboortedatum",
                 "vsdgeburtsdatum"],
    },
    "MRN": {
        "key": ["chartNbrTxt", "ptMrnVal", "medRecId", "aspital_rekaad_nomba", "aspatal_record_no",
                "nro_historia_clinica", "zib.Patient.Identificatienummer"],
        "text": ["Chart nbr txt:", "Pt MRN val -", "Med rec ID:", "Aspital rekaad nomba:", "Aspatal record number:",
                 "Número de historia clínica:", "zib Patient.Identificatienummer (ziekenhuis):"],
        "frag": ["chartnbr", "ptmrnval", "medrecid", "rekaadnomba", "aspatalrecord", "historiaclinica",
                 "zibidentificatie"],
    },
    "US_SSN": {
        "key": ["ssnTxt9", "ptSocSecNo", "ssnVal", "suoshal_nomba", "amreeki_ssn", "seguro_social_yanqui"],
        "text": ["SSN txt9:", "Pt soc sec no -", "SSN val:", "Suoshal sekyuoriti nomba (Merika):", "Amreeki SSN:",
                 "Número de seguro social yanqui:"],
        "frag": ["ssntxt9", "ptsocsecno", "ssnval", "suoshalnomba", "amreekissn", "segurosocial"],
    },
    "PHONE_NUMBER": {
        "key": ["cellPhNbr", "ptPhoneTxt", "contactTelNo", "fuon_nomba", "mobile_number_kya_hai", "celu_paciente",
                "zib.Contactgegevens.Telefoonnummer"],
        "text": ["Cell ph nbr:", "Pt phone txt -", "Contact tel no:", "Fuon nomba:", "Mobile number kya hai:",
                 "Celu:", "zib Contactgegevens.Telefoonnummers:"],
        "frag": ["cellphnbr", "ptphone", "contacttelno", "fuonnomba", "mobilenumber", "celu", "zibtelefoon"],
    },
    "EMAIL_ADDRESS": {
        "key": ["ptEmailTxt", "emailAddrVal", "notifyEmailAddr", "iimiel_adres", "email_pata", "mail_paciente",
                "zib.Contactgegevens.EmailAdres"],
        "text": ["Pt email txt:", "Email addr val -", "Notify email addr:", "Iimiel adres:", "Email pata:",
                 "Mail del paciente:", "zib Contactgegevens.EmailAdressen:"],
        "frag": ["ptemail", "emailaddrval", "notifyemail", "iimieladres", "emailpata", "mailpaciente"],
    },
    "STREET_ADDRESS": {
        "key": ["ptStreetAddr", "homeAddrLn", "mailAddrTxt", "yaad_adres", "ghar_ka_pata", "domicilio_calle_altura",
                "zib.Adresgegevens.Straat", "vsd.StrassenAdresse.Strasse"],
        "text": ["Pt street addr:", "Home addr ln -", "Mail addr txt:", "Yaad adres:", "Ghar ka pata:",
                 "Domicilio (calle y altura):", "zib Adresgegevens (straat, huisnummer):", "eGK VSD Strasse:"],
        "frag": ["ptstreet", "homeaddrln", "mailaddr", "yaadadres", "gharkapata", "domicilio", "zibstraat",
                 "vsdstrasse"],
    },
    "ZIP_CODE": {
        "key": ["ptZipCd", "zip5Val", "zipPlus4Txt", "zip_kuod", "zip_pincode", "codigo_postal_yanqui",
                "zib.Adresgegevens.Postcode", "vsd.StrassenAdresse.Postleitzahl"],
        "text": ["Pt zip cd:", "Zip5 val -", "Zip plus4 txt:", "Zip kuod (Merika):", "Amreeki pincode (ZIP):",
                 "Código postal yanqui:", "zib Adresgegevens.Postcode (VS):", "eGK VSD Postleitzahl (USA):"],
        "frag": ["ptzipcd", "zip5val", "zipplus4", "zipkuod", "zippincode", "codigopostal", "zibpostcode",
                 "vsdplz"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["mbrIdNbr", "healthPlanMbrNo", "medicaidCinTxt", "payerMemberIdVal", "inshuorans_nomba",
                "bima_member_id", "nro_afiliado_prepaga", "zib.Betaler.VerzekerdeNummer", "vsd.Versicherten_ID"],
        "text": ["Mbr ID nbr:", "Health plan mbr no -", "Medicaid CIN txt:", "Payer member ID val:",
                 "Ilt inshuorans nomba:", "Bima member ID:", "Número de afiliado a la prepaga:",
                 "zib Betaler.VerzekerdeNummer:", "eGK VSD Versicherten_ID:"],
        "frag": ["mbridnbr", "planmbrno", "medicaidcin", "payermemberid", "inshuorans", "bimamember", "afiliado",
                 "zibverzekerde", "vsdversichertenid"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["bankAcctNo", "ibanTxt", "ccNbrTxt", "ptAcctNbr", "bank_akount", "bank_khata_sankhya",
                "cuenta_banco", "zib.Betaler.Bankrekeningnummer"],
        "text": ["Bank acct no:", "IBAN txt -", "CC nbr txt:", "Pt acct nbr:", "Bank akount nomba:",
                 "Bank khata sankhya:", "Cuenta del banco:", "zib Betaler.Bankgegevens.Bankrekeningnummer:"],
        "frag": ["bankacctno", "ibantxt", "ccnbrtxt", "ptacctnbr", "bankakount", "khatasankhya", "cuentabanco",
                 "zibbankrekening"],
    },
    "LICENSE_NUMBER": {
        "key": ["drvLicNbr", "dlIdTxt", "licNoVal", "jraiva_laisens", "driving_licence_sankhya", "registro_conducir"],
        "text": ["Drv lic nbr:", "DL ID txt -", "Lic no val:", "Jraiva laisens nomba:", "Driving licence sankhya:",
                 "Registro de conducir:"],
        "frag": ["drvlicnbr", "dlidtxt", "licnoval", "jraivalaisens", "licencesankhya", "registroconducir"],
    },
    "DEVICE_ID": {
        "key": ["imeiVal", "meidTxt", "macAddrVal", "udiDiPi", "implantSnTxt", "iccidVal", "siirial_nomba",
                "device_ka_serial", "nro_serie_aparato"],
        "text": ["IMEI val:", "MEID txt -", "MAC addr val:", "UDI (DI+PI):", "Implant SN txt:", "ICCID val -",
                 "Masheen siirial nomba:", "Device ka serial number:", "Número de serie del aparato:"],
        "frag": ["imeival", "meidtxt", "macaddrval", "udidipi", "implantsn", "iccidval", "siirialnomba",
                 "devicekaserial", "serieaparato"],
    },
    "VEHICLE_ID": {
        "key": ["vinTxt17", "vehVinVal", "tagPlateNo", "kyaar_nomba", "gaadi_number", "patente_auto"],
        "text": ["VIN txt17:", "Veh VIN val -", "Tag plate no:", "Kyaar plaet/VIN nomba:", "Gaadi ka VIN/number:",
                 "Patente / chasis del auto:"],
        "frag": ["vintxt17", "vehvinval", "tagplateno", "kyaarnomba", "gaadinumber", "patenteauto"],
    },
    "IP_ADDRESS": {
        "key": ["srcIpAddr", "ipV4Txt", "remoteAddrVal", "kompyuuta_ip", "computer_ka_ip", "ip_compu"],
        "text": ["Src IP addr:", "IP v4 txt -", "Remote addr val:", "Kompyuuta IP adres:", "Computer ka IP address:",
                 "IP de la compu:"],
        "frag": ["srcipaddr", "ipv4txt", "remoteaddr"],
    },
    "URL": {
        "key": ["profileUrlTxt", "donatePageUrl", "personalSiteUri", "im_websait", "profile_link", "link_perfil"],
        "text": ["Profile URL txt:", "Donate page URL -", "Personal site URI:", "Im websait:", "Unka profile link:",
                 "Link del perfil:"],
        "frag": ["profileurl", "donatepage", "personalsite"],
    },
    "SECRET": {
        "key": ["apiTokVal", "dbConnUri", "secretKeyTxt", "sikrit_paaswod", "gupt_chaabi", "contrasena_secreta"],
        "text": ["API tok val:", "db conn URI =", "secret key txt -", "Sikrit paaswod:", "Gupt chaabi (API key):",
                 "Contraseña (ojo, es secreta):"],
        "frag": ["apitokval", "dbconnuri", "secretkeytxt"],
    },
}

GROUP_KEYS = {
    "PERSON": ["ptFullNms", "subscriberNameTxts", "pieshent_niem_dem"], "DATE_OF_BIRTH": ["ptDobYmds", "dtsOfBirth"],
    "MRN": ["chartNbrTxts", "historias_clinicas"], "US_SSN": ["ssnTxt9s"], "PHONE_NUMBER": ["cellPhNbrs", "celus"],
    "EMAIL_ADDRESS": ["ptEmailTxts"], "STREET_ADDRESS": ["ptStreetAddrs"], "ZIP_CODE": ["ptZipCds"],
    "HEALTH_PLAN_ID": ["mbrIdNbrs"], "ACCOUNT_NUMBER": ["bankAcctNos"], "LICENSE_NUMBER": ["drvLicNbrs"],
    "DEVICE_ID": ["imeiVals", "macAddrVals"], "VEHICLE_ID": ["vinTxt17s"], "IP_ADDRESS": ["srcIpAddrs"],
    "URL": ["profileUrlTxts"], "SECRET": ["apiTokVals"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["ptDobYmd", "ptFullNm", "chartNbrTxt", "ssnTxt9", "cellPhNbr", "drvLicNbr", "vinTxt17", "srcIpAddr",
                 "dbConnUri", "baan_dieh", "janam_tithi", "fecha_nac_paciente", "zib.Patient.Geboortedatum",
                 "vsd.Versicherten_ID"]
HN_CODE_ENUMS = [
    ("CycloneDX component types", ["application", "framework", "library", "container", "operating-system",
                                   "device", "firmware", "file"]),
    ("CycloneDX hash algorithms", ["MD5", "SHA-1", "SHA-256", "SHA-512", "BLAKE2b-256"]),
    ("OpenLineage run event types", ["START", "RUNNING", "COMPLETE", "ABORT", "FAIL", "OTHER"]),
    ("OpenLineage lifecycle state changes", ["ALTER", "CREATE", "DROP", "OVERWRITE", "RENAME", "TRUNCATE"]),
    ("ICD-10-CM encounter codes", ["Z00.00", "E78.5", "K21.9", "M54.5"]),
    ("LOINC laboratory codes", ["2345-7", "4548-4", "718-7", "2093-3"]),
    ("ISO 3166-1 alpha-2 countries", ["ZA", "SN", "AR", "JM", "IN", "NL", "DE"]),
    ("BCP 47 language tags", ["jam", "hi-Latn", "es-AR", "nl-NL", "de-DE", "fr-SN", "en-ZA"]),
    ("IANA time zones", ["Africa/Johannesburg", "Africa/Dakar", "America/Argentina/Buenos_Aires", "America/Jamaica",
                         "Asia/Kolkata", "Europe/Amsterdam"]),
    ("US state codes", ["SC", "GA", "MT", "WY", "VT"]),
    ("zib administrative gender codes", ["M", "F", "UN", "UNK"]),
    ("eGK insured-person kinds", ["1", "3", "5"]),
]
HN_PLACEHOLDERS = ["patient@example.net", "ops@lineage.test", "(843) 555-0119", "+1 406-555-0172",
                   "1-912-555-0134", "198.51.100.77", "192.0.2.201", "2001:db8:44::9", "000-00-0000",
                   "<CYCLONEDX_API_TOKEN>", "${OPENLINEAGE_API_KEY}", "MRN-0000000",
                   "https://example.net/patients/{patientId}", "00:00:00:00:00:00", "5555 5555 5555 4444",
                   "maintainer@sbom.example"]
HN_FORMAT_REGEXES = [r"^W\d{9}$", r"^\d{3}\.\d{3}\.\d{3}$", r"^glpat-[\w-]{20}$", r"^hf_[a-z]{34}$",
                     r"^[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d$", r"^\(\d{3}\) \d{3}-\d{4}$", r"^([0-9A-F]{2}-){5}[0-9A-F]{2}$",
                     r"^\d{5}(-\d{4})?$", r"^[\w.+-]+@[\w-]+\.[\w.]+$", r"^DE\d{20}$", r"^\d{2}/\d{2}/\d{4}$",
                     r"^[A-Z]{2}\d{5}[A-Z]$"]
HN_NAME_WORDS = ["Summer", "Faith", "Destiny", "Ivy", "Rose", "Jasmine", "Heather", "Crystal", "Amber", "Misty",
                 "Rusty", "Chase"]
HN_VERSION_DATES = ["API version 2025-03-14", "Deprecated after 2026-05-31.", "Schema revision 2022-09-19", "2019-09",
                    "Released 2023-11-08", "Valid from 2027-01-04", "End of support 2029-06-30"]
HN_CATEGORY_TEXT = [
    "Subject's date of birth, as YYYY-MM-DD, when the supplier records it.",
    "Maintainer's e-mail address, if given.",
    "Patient's medical record number at the admitting facility.",
    "Di pieshent baan dieh (YYYY-MM-DD).",
    "Mareez ki janam tithi (DD-MM-YYYY) yahan likhein.",
    "Fecha de nacimiento del paciente (DD/MM/AAAA).",
    "zib Patient.Geboortedatum: de geboortedatum van de patiënt.",
    "eGK VSD Versicherten_ID: die unveränderbare Krankenversichertennummer.",
    "Operator's contact telephone number.",
    "Subscriber's Social Security number, masked in logs.",
]
HN_TOOL_NAMES = ["mask_patient_phone", "validate_member_dob", "redact_chart_number", "check_plate_format"]
HN_FILE_WORDS = ["patient-dob-rules", "member-email-mask", "subscriber-ssn-format"]
