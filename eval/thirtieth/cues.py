"""Cues, the hand-written name table, neutral material and hard-negative pools for the thirtieth set.

Cue languages: English, Interlingua (ia), Asturian (ast), Tetum (tet) and Assamese (as, Bengali-Assamese script).
Data-dictionary spellings: Epic Clarity table.column names (PATIENT.BIRTH_DATE), Cerner Millennium table.column
names (PERSON.BIRTH_DT_TM), OpenMRS data-model table.column names (person.birthdate), NHS Data Dictionary data
element names (PERSON BIRTH DATE), AIHW METeOR data element names (Person—date of birth, DDMMYYYY), UN/EDIFACT
segment text (DTM+329:...:102', COM+...:TE', COM+...:EM', FII+BF+...') and AAMVA DL/ID 2020 PDF417 element ids
(DBB, DAQ, DAG, DAK).

A text cue is either a prefix (the value follows after one space) or a template with '{v}' where the value goes.
"""

# ------------------------------------------------------------------ hand-written names
# (given, family, native-script form or None, ASCII romanisation of the native form or None, culture)
HAND_NAMES = [
    ("Shamiram", "Odisho", "ܫܡܝܪܡ ܐܘܕܝܫܘ", "Shamiram Odisho", "Assyrian (Syriac script)"),
    ("Fanta", "Kouyaté", "ߝߊ߲ߕߊ ߞߎߦߊߕߋ", "Fanta Kouyate", "Maninka (N'Ko script)"),
    ("Gulnaz", "Yanbirdina", "Гөлназ Йәнбирҙина", "Gulnaz Yanbirdina", "Bashkir (Cyrillic)"),
    ("Dipanjali", "Borgohain", "দীপাঞ্জলি বৰগোহাঞি", "Dipanjali Borgohain", "Assamese (Bengali-Assamese script)"),
    ("Breesha", "Kermode", None, None, "Manx"),
    ("Paninnguaq", "Lynge", None, None, "Greenlandic"),
    ("Mahina", "Pakarati", None, None, "Rapa Nui"),
    ("Filomena", "Ximenes Soares", None, None, "Timorese (Tetum)"),
    ("Rudzani", "Nemukula", None, None, "Venda"),
    ("Nomcebo", "Mamba", None, None, "Swazi"),
    ("Aline", "Nshimirimana", None, None, "Burundian (Kirundi)"),
    ("Adjeley", "Tetteh", None, None, "Ga"),
    ("Ndapewa", "Shikongo", None, None, "Oshiwambo"),
    ("Xuacu", "Llamedo", None, None, "Asturian"),
    ("Tite", "Vuerich", None, None, "Friulian"),
    ("Dorotea", "Pescosta", None, None, "Ladin"),
    ("Jadwiga", "Šołćina", None, None, "Upper Sorbian"),
    ("Banuk", "Rind", None, None, "Baloch"),
]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["carriedValue", "legacy_field_3", "bucketTag", "sourceCell", "auxText", "mappedFrom", "spare_b",
                "importNote", "rowHint", "keptAs", "trailingValue", "colR12", "extra_info", "passThrough", "echoValue",
                "freeSlot", "annot2", "rawCarry"]
NEUTRAL_SENTENCES = ["Kept from the {n} import: {v}", "Migrated as-is ({n}): {v}.", "{v}", "Value seen in the {n} feed: {v}",
                     "Copied from row {n}: {v}", "Left in place after the {n} merge: {v}."]
NEUTRAL_N = ["April", "overnight", "Q2", "third", "legacy", "weekend"]
NEUTRAL_XKEYS = ["x-carried", "x-import-note", "x-legacy-value", "x-origin", "x-sample-row"]
NEUTRAL_TOOL_VERBS = ["sync", "pull", "push", "merge", "load", "check"]
NEUTRAL_DESCR = "Reads or updates one {thing} object."

# ------------------------------------------------------------------ cues per category
# key: property keys naming the category; text: prefixes or '{v}' templates in the same string; frag: ASCII
# identifier fragments for keys, tool names and file names.
CUES = {
    "PERSON": {
        "key": ["patientName", "nomineDelPatiente", "nomePaciente", "naranPasiente", "ৰোগীৰ_নাম",
                "PATIENT.PAT_NAME", "PERSON.NAME_FULL_FORMATTED", "person_name.given_name", "PERSON FAMILY NAME",
                "Person (name)—family name, text X[X(39)]"],
        "text": ["Patient name:", "Nomine del patiente:", "Nome del paciente:", "Naran kompletu:", "ৰোগীৰ নাম:",
                 "PATIENT.PAT_NAME =", "PERSON FAMILY NAME:", "person_name:"],
        "frag": ["patient", "nomine", "paciente", "naran", "pat_name"],
    },
    "DATE_OF_BIRTH": {
        "key": ["dateOfBirthPatient", "dataDeNascentia", "dataNacimientu", "dataMoris", "জন্মৰ_তাৰিখ",
                "PATIENT.BIRTH_DATE", "PERSON.BIRTH_DT_TM", "person.birthdate", "PERSON BIRTH DATE",
                "Person—date of birth, DDMMYYYY", "aamva.DBB"],
        "text": ["Date of birth:", "Data de nascentia:", "Data de nacimientu:", "Data moris:", "জন্মৰ তাৰিখ:",
                 "BIRTH_DATE =", "PERSON BIRTH DATE:", "DTM+329:{v}:102'", "DBB{v}", "born"],
        "frag": ["dob", "nascentia", "nacimientu", "moris", "birth_dt", "dbb"],
    },
    "MRN": {
        "key": ["medicalRecordNumber", "numeroDossierMedical", "numberuHistoriaClinica", "numeruRejistuMediku",
                "চিকিৎসা_ৰেকৰ্ড_নম্বৰ", "PATIENT.PAT_MRN_ID", "PERSON_ALIAS.ALIAS_MRN", "patient_identifier.identifier",
                "LOCAL PATIENT IDENTIFIER"],
        "text": ["MRN", "Numero de dossier medical:", "Númberu d'historia clínica:", "Nú. rejistu médiku:",
                 "চিকিৎসা ৰেকৰ্ড নং:", "PAT_MRN_ID =", "LOCAL PATIENT IDENTIFIER:", "PERSON_ALIAS (MRN):"],
        "frag": ["mrn", "dossier", "historia", "rejistu", "pat_mrn", "chart"],
    },
    "US_SSN": {
        "key": ["socialSecurityNumber", "numeroSecuritateSocial", "numberuSeguridaSocial", "numeruSeguransaSosial",
                "PATIENT.SSN", "PERSON_ALIAS.ALIAS_SSN", "ssn_full"],
        "text": ["SSN", "Numero de securitate social (SUA):", "Númberu de seguridá social (EE.XX.):",
                 "Nú. seguransa sosiál EUA:", "আমেৰিকাৰ ছ'চিয়েল ছিকিউৰিটি নম্বৰ:", "PATIENT.SSN ="],
        "frag": ["ssn", "securitate", "seguransa", "socsec"],
    },
    "PHONE_NUMBER": {
        "key": ["homePhone", "numeroTelephono", "telefonu", "numeruTelemovel", "ফোন_নম্বৰ", "PATIENT.HOME_PHONE",
                "PHONE.PHONE_NUM", "TELEPHONE NUMBER", "Person—telephone number, text X[X(39)]"],
        "text": ["Phone:", "Telephono:", "Teléfonu:", "Telemóvel:", "ম'বাইল নং:", "HOME_PHONE =",
                 "TELEPHONE NUMBER:", "COM+{v}:TE'"],
        "frag": ["tel", "phone", "telephono", "telemovel", "home_phone"],
    },
    "EMAIL_ADDRESS": {
        "key": ["contactEmail", "adresseElectronic", "correuElectronicu", "enderesuEmail", "ইমেইল_ঠিকনা",
                "PATIENT.EMAIL_ADDRESS", "EMAIL ADDRESS", "Person—electronic communication address, text X[X(255)]"],
        "text": ["E-mail:", "Adresse electronic:", "Corréu electrónicu:", "Email:", "ইমেইল:", "EMAIL_ADDRESS =",
                 "COM+{v}:EM'"],
        "frag": ["email", "correu", "enderesu"],
    },
    "STREET_ADDRESS": {
        "key": ["homeAddress", "adresseDomicilio", "direicion", "helaFatin", "ঘৰৰ_ঠিকনা", "PATIENT.ADD_LINE_1",
                "ADDRESS.STREET_ADDR", "person_address.address1", "PATIENT USUAL ADDRESS", "aamva.DAG"],
        "text": ["Home address:", "Adresse de domicilio:", "Direición:", "Hela-fatin:", "ঘৰৰ ঠিকনা:",
                 "ADD_LINE_1 =", "PATIENT USUAL ADDRESS:", "DAG{v}"],
        "frag": ["addr", "domicilio", "direicion", "fatin", "add_line"],
    },
    "ZIP_CODE": {
        "key": ["zipCode", "codicePostal", "codiguPostal", "kodiguPostal", "জিপ_কোড", "PATIENT.ZIP",
                "ADDRESS.ZIPCODE", "person_address.postal_code", "POSTCODE OF USUAL ADDRESS", "aamva.DAK"],
        "text": ["ZIP", "Codice postal (SUA):", "Códigu postal:", "Kódigu postál:", "জিপ কোড:", "PATIENT.ZIP =",
                 "POSTCODE OF USUAL ADDRESS:", "DAK{v}"],
        "frag": ["zip", "postal", "codigu", "dak"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["medicareMbi", "numeroAssecurantia", "numberuAfiliau", "numeruSeguruSaude", "বীমা_সদস্য_নম্বৰ",
                "COVERAGE_MEM_LIST.MEM_NUMBER", "HEALTH_PLAN.MEMBER_NBR", "Person—Medicare card number, N(11)",
                "memberIdOnCard"],
        "text": ["Medicare MBI:", "Numero de assecurantia de sanitate:", "Númberu d'afiliáu al seguru:",
                 "Kartaun seguru saúde nú.:", "স্বাস্থ্য বীমা সদস্য নম্বৰ:", "MEM_NUMBER =", "Member ID"],
        "frag": ["mbi", "member_id", "assecurantia", "afiliau", "mem_number", "medicaid"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["bankAccount", "numeroConto", "cuentaBancaria", "kontaBanku", "বেংক_একাউণ্ট", "HSP_ACCOUNT.HSP_ACCOUNT_ID",
                "ENCNTR_ALIAS.FIN_NBR", "guarantorAccount", "cardNumber"],
        "text": ["Account:", "Numero de conto:", "Númberu de cuenta:", "Nú. konta banku:", "বেংক একাউণ্ট নম্বৰ:",
                 "HSP_ACCOUNT_ID =", "IBAN", "Card no.", "FII+BF+{v}'"],
        "frag": ["acct", "conto", "cuenta", "konta", "hsp_account"],
    },
    "LICENSE_NUMBER": {
        "key": ["driversLicence", "permissoConducer", "carneConducir", "kartaKondusaun", "ড্ৰাইভিং_লাইচেন্স",
                "PATIENT.DRIVERS_LIC_NUM", "aamva.DAQ"],
        "text": ["Driver's licence:", "Permisso de conducer nr.", "Carné de conducir:", "Karta kondusaun nú.",
                 "ড্ৰাইভিং লাইচেন্স নম্বৰ:", "DAQ{v}", "DL#"],
        "frag": ["dl", "permisso", "carne", "kondusaun", "daq"],
    },
    "DEVICE_ID": {
        "key": ["implantSerial", "numeroSerieApparato", "numberuSeriePreseu", "numeruSeriaEkipamentu",
                "যন্ত্ৰৰ_ছিৰিয়েল", "DEVICE.SERIAL_NUMBER", "deviceImei", "macAddress", "udiDeviceIdentifier"],
        "text": ["Device serial:", "Numero de serie del apparato:", "Númberu de serie del preséu:",
                 "Nú. séria ekipamentu:", "যন্ত্ৰৰ ছিৰিয়েল নম্বৰ:", "IMEI", "MAC", "UDI", "EUI-64"],
        "frag": ["serial", "imei", "mac", "udi", "preseu", "eui64"],
    },
    "VEHICLE_ID": {
        "key": ["vehicleVin", "placaVehiculo", "matricula", "matrikulaKarreta", "গাড়ীৰ_নম্বৰ", "vin",
                "licensePlate"],
        "text": ["VIN", "Placa del vehiculo:", "Matrícula:", "Númberu de bastidor:", "Matríkula karreta:",
                 "Nú. xasi:", "গাড়ীৰ নম্বৰ:"],
        "frag": ["vin", "placa", "matricula", "bastidor", "plate"],
    },
    "IP_ADDRESS": {
        "key": ["clientIp", "adresseIP", "direicionIP", "enderesuIP", "আইপি_ঠিকনা", "lastSeenIp"],
        "text": ["IP:", "Adresse IP:", "Direición IP:", "Enderesu IP:", "আইপি ঠিকনা:", "seen from"],
        "frag": ["ip", "client_ip", "direicion_ip"],
    },
    "URL": {
        "key": ["profileUrl", "ligamineProfilo", "enllazPerfil", "ligasaunPerfil", "প্ৰফাইল_লিংক", "fundraiserUrl"],
        "text": ["Profile:", "Collecta de fundos:", "Perfil:", "Pájina perfil:", "প্ৰ'ফাইল লিংক:", "Portal:"],
        "frag": ["profile", "url"],
    },
    "SECRET": {
        "key": ["apiKey", "contrasigno", "claveAccesu", "liafuanPase", "পাছৱৰ্ড", "connectionUri", "bearerToken"],
        "text": ["token:", "Contrasigno:", "Clave d'accesu:", "Liafuan-pase:", "পাছৱৰ্ড:", "Authorization: Bearer",
                 "DSN"],
        "frag": ["token", "secret", "pwd", "clave"],
    },
}

# A key_cue property_name / pattern_property label sits below an object whose key names the category.
GROUP_KEYS = {
    "PERSON": ["emergencyContacts", "nomines"], "DATE_OF_BIRTH": ["birthDates", "datasMoris"],
    "MRN": ["mrnCrosswalk", "PATIENT.PAT_MRN_ID"], "US_SSN": ["ssnIndex"], "PHONE_NUMBER": ["phoneDirectory", "telefonos"],
    "EMAIL_ADDRESS": ["emailContacts"], "STREET_ADDRESS": ["homeAddresses"], "ZIP_CODE": ["zipCodes", "codiguPostal"],
    "HEALTH_PLAN_ID": ["memberIds"], "ACCOUNT_NUMBER": ["accountNumbers"], "LICENSE_NUMBER": ["driverLicences"],
    "DEVICE_ID": ["deviceSerials", "macAddresses"], "VEHICLE_ID": ["vehicleVins"], "IP_ADDRESS": ["clientIps"],
    "URL": ["profileUrls"], "SECRET": ["apiKeys"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["dataDeNascentia", "data_de_nacimientu", "dataMoris", "জন্মৰ_তাৰিখ", "PAT_MRN_ID", "PERSON BIRTH DATE",
                 "aamva.DBB", "person.birthdate", "travelerEmail", "homePhone", "emergencyContactName",
                 "driverLicenceNo", "deviceImei", "vehicleVin", "clientIpAddress", "password", "memberId",
                 "ssnLast4"]
HN_CODE_ENUMS = [
    ("IATA airline designators", ["LH", "AF", "BA", "TP", "AR", "LX"]),
    ("ICAO aircraft type designators", ["A20N", "B38M", "E190", "AT76", "DH8D"]),
    ("IATA SSR codes", ["WCHR", "VGML", "BLND", "DEAF", "MAAS", "PETC"]),
    ("HL7 v2 table 0001 administrative sex", ["F", "M", "O", "U", "A", "N"]),
    ("SNOMED CT clinical findings", ["38341003", "73211009", "195967001", "44054006"]),
    ("RxNorm ingredients", ["6809", "29046", "83367", "36567"]),
    ("HL7 v3 NullFlavor", ["NI", "UNK", "ASKU", "NAV", "NASK", "MSK"]),
    ("ISO 639-1 languages", ["ia", "es", "pt", "as", "de", "fr"]),
    ("HCPCS Level II codes", ["A0428", "E0114", "J1100", "G0008"]),
    ("NUBC revenue codes", ["0250", "0300", "0450", "0636"]),
    ("CMS place of service codes", ["02", "10", "11", "21", "23"]),
    ("X12 individual relationship codes", ["01", "18", "19", "G8"]),
    ("ICD-10-CM codes", ["J45.909", "E11.9", "I10", "Z79.4"]),
    ("Swiss canton codes", ["ZH", "BE", "GE", "VD", "TI", "LU"]),
]
HN_PLACEHOLDERS = ["traveler@example.com", "+1 (415) 555-0134", "192.0.2.77", "2001:db8:85a3::8a2e:370:7334",
                   "198.51.100.200", "203.0.113.9", "***-**-****", "<MEMBER_ID>", "{{patient.mrn}}", "CHANGE_ME",
                   "INSERT_API_KEY_HERE", "00:00:5E:00:53:01", "https://patients.example.org/{patientId}/chart",
                   "<GIVEN_NAME> <FAMILY_NAME>", "555-0188", "agent@support.example.net"]
HN_FORMAT_REGEXES = [r"^\d{3}[- ]?\d{2}[- ]?\d{4}$", r"^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$", r"^\(\d{3}\) \d{3}-\d{4}$",
                     r"^\d{5}(?:[-\s]\d{4})?$", r"^(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/(19|20)\d{2}$",
                     r"^[0-9A-F]{2}(:[0-9A-F]{2}){5}$", r"^\d{15}$", r"^[A-HJ-NPR-Z0-9]{8}[0-9X][A-HJ-NPR-Z0-9]{8}$",
                     r"^[^\s@]+@[^\s@]+$", r"^MR\d{7}$", r"^(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?$",
                     r"^https?://\S+$"]
HN_NAME_WORDS = ["Sydney", "Adelaide", "Savannah", "Lourdes", "Chelsea", "Charlotte", "Iris", "Ruby", "Delta",
                 "Aurora", "Avalon", "Skye"]
HN_VERSION_DATES = ["API version 2025-03-01", "Deprecated 2023-09-30; use v2.", "2024-10", "Since release 2022-08-17",
                    "Schema revision 2020-04-06", "Effective 2026-01-01", "Last reviewed 2024-11-19",
                    "https://json-schema.org/draft/2019-09/schema"]
HN_CATEGORY_TEXT = [
    "Traveller's date of birth, ISO 8601 (YYYY-MM-DD).",
    "Data de nascentia del patiente in formato AAAA-MM-DD.",
    "Númberu de teléfonu del paciente, en formatu E.164.",
    "Data moris pasiente nian, formatu loron/fulan/tinan.",
    "ৰোগীৰ জন্মৰ তাৰিখ (বছৰ-মাহ-দিন)।",
    "The member's health-plan ID exactly as printed on the card.",
    "Direición del domiciliu, ensin códigu postal.",
    "Numero de securitate social del assecurato, 9 cifras.",
    "Hospital account number (guarantor), digits only.",
    "Enderesu email kontaktu nian.",
    "Vehicle identification number, 17 characters.",
    "Serial number of the implanted device as shown on the implant card.",
]
HN_TOOL_NAMES = ["lookup_traveler_by_dob", "verify_passenger_ssn_format", "get_member_phone_on_file",
                 "search_contact_by_email", "mask_card_number", "buscar_por_data_moris"]
HN_FILE_WORDS = ["traveler-dob-check", "contact-phone-lookup", "member-id-format", "ssn-mask-rules"]

# ------------------------------------------------------------------ cues that only fit some formats
# cue (key, text or fragment) -> format-name prefixes it may precede; cues not listed fit every format of their
# category.
FORCED = {
    "DTM+329:{v}:102'": ["date.yyyymmdd"], "DBB{v}": ["date.aamva_dbb"], "aamva.DBB": ["date.aamva_dbb"],
    "dbb": ["date.aamva_dbb"], "Person—date of birth, DDMMYYYY": ["date.meteor"],
    "IBAN": ["acct.iban"], "FII+BF+{v}'": ["acct.iban"], "Card no.": ["acct.card"], "cardNumber": ["acct.card"],
    "bankAccount": ["acct.iban"], "numeroConto": ["acct.iban"], "cuentaBancaria": ["acct.iban"],
    "kontaBanku": ["acct.iban"], "বেংক_একাউণ্ট": ["acct.iban"], "HSP_ACCOUNT.HSP_ACCOUNT_ID": ["acct.guarantor"],
    "ENCNTR_ALIAS.FIN_NBR": ["acct.guarantor"], "guarantorAccount": ["acct.guarantor"], "HSP_ACCOUNT_ID =": ["acct.guarantor"],
    "hsp_account": ["acct.guarantor"],
    "DAK{v}": ["zip."], "aamva.DAK": ["zip."], "dak": ["zip."], "DAG{v}": ["addr.line"], "aamva.DAG": ["addr.line"],
    "DAQ{v}": ["dl.CA", "dl.OH", "dl.HI", "dl.NH", "dl.TX", "dl.FL"], "daq": ["dl.CA", "dl.OH", "dl.HI", "dl.NH", "dl.TX", "dl.FL"],
    "Medicare MBI:": ["hp.mbi"], "medicareMbi": ["hp.mbi"], "mbi": ["hp.mbi"], "medicaid": ["hp.fl_medicaid"],
    "IMEI": ["dev.imei"], "deviceImei": ["dev.imei"], "imei": ["dev.imei"],
    "MAC": ["dev.mac"], "macAddress": ["dev.mac"], "mac": ["dev.mac"],
    "UDI": ["dev.udi"], "udiDeviceIdentifier": ["dev.udi"], "udi": ["dev.udi"],
    "EUI-64": ["dev.eui64"], "eui64": ["dev.eui64"],
    "implantSerial": ["dev.implant"], "numeroSerieApparato": ["dev.implant"], "numberuSeriePreseu": ["dev.implant"],
    "numeruSeriaEkipamentu": ["dev.implant"], "যন্ত্ৰৰ_ছিৰিয়েল": ["dev.implant"], "DEVICE.SERIAL_NUMBER": ["dev.implant"],
    "Device serial:": ["dev.implant"], "Numero de serie del apparato:": ["dev.implant"],
    "Númberu de serie del preséu:": ["dev.implant"], "Nú. séria ekipamentu:": ["dev.implant"],
    "যন্ত্ৰৰ ছিৰিয়েল নম্বৰ:": ["dev.implant"], "serial": ["dev.implant"], "preseu": ["dev.implant"],
    "VIN": ["veh.vin"], "vin": ["veh.vin"], "vehicleVin": ["veh.vin"], "Númberu de bastidor:": ["veh.vin"],
    "Nú. xasi:": ["veh.vin"], "bastidor": ["veh.vin"],
    "Placa del vehiculo:": ["veh.plate"], "Matrícula:": ["veh.plate"], "Matríkula karreta:": ["veh.plate"],
    "গাড়ীৰ নম্বৰ:": ["veh.plate"], "placaVehiculo": ["veh.plate"], "matricula": ["veh.plate"],
    "matrikulaKarreta": ["veh.plate"], "গাড়ীৰ_নম্বৰ": ["veh.plate"], "licensePlate": ["veh.plate"],
    "placa": ["veh.plate"], "plate": ["veh.plate"],
    "COM+{v}:TE'": ["phone.e164", "phone.digits"], "Profile:": ["url.profile"], "Collecta de fundos:": ["url.fund"],
    "Portal:": ["url.portal"], "fundraiserUrl": ["url.fund"], "profileUrl": ["url.profile"],
    "DSN": ["sec.uri."], "connectionUri": ["sec.uri."], "Authorization: Bearer": ["sec.jwt", "sec.slack", "sec.anthropic"],
    "bearerToken": ["sec.jwt"], "Contrasigno:": ["sec.password"], "contrasigno": ["sec.password"],
    "Liafuan-pase:": ["sec.password"], "liafuanPase": ["sec.password"], "পাছৱৰ্ড:": ["sec.password"], "পাছৱৰ্ড": ["sec.password"],
    "pwd": ["sec.password"], "claveAccesu": ["sec.password"], "Clave d'accesu:": ["sec.password"],
    "born": ["date.en_gb_long", "date.us", "date.iso"], "seen from": ["ip.v4", "ip.v6"],
}
