"""Cues, name tables, neutral keys and hard-negative pools for the fifty-fourth set.

This set models the mainstream: the schemas a US health-tech team writes, in plain US English, with the names of the
largest US patient populations.

Name tables (written by the builder from memory of the published lists; ordinary names from the top of each list,
not re-read for this set):
  US        given names: Social Security Administration "Popular Baby Names" (national top names, 1980s-2020s);
            family names: US Census Bureau 2010 "Frequently Occurring Surnames" (top of the list).
  MX        given names: RENAPO / INEGI most-registered names (e.g. José, María Guadalupe, Juan, Sofía, Santiago);
            family names: INEGI / RENAPO commonest apellidos.
  CL        Servicio de Registro Civil e Identificación (Chile) top names and apellidos.
  CO        Registraduría Nacional del Estado Civil (Colombia) commonest names and apellidos.
  PR_DR     Puerto Rico Demographic Registry top baby names and the commonest Puerto Rican / Dominican apellidos.
  EG        common Egyptian given and family names (the builder found no official published name list; CAPMAS is the
            statistics agency), with Arabic-script forms for a few.
Hispanic names are written `Given Paternal Maternal` (two surnames) as well as `Given Paternal`; accents are written
and, in some renderings, folded away, as US systems often store them.

Cue dictionaries (US English as US health-IT code writes it; element names as the builder remembers them, not
re-read): HL7 US Core IG (Patient.name / birthDate / identifier type MR / telecom / address.line / postalCode,
Coverage.subscriberId, Device.udiCarrier.carrierHRF, Device.serialNumber); Da Vinci PDex / HRex member match
(MemberPatient, CoverageToMatch, the UMB unique member identifier) and Plan-Net (endpoint address, telecom);
IHE PDQ (ITI-21 query parameters @PID.3, @PID.5, @PID.7, @PID.11, @PID.13, @PID.19, @PID.20); eICR (CDA
recordTarget/patientRole: patient name, birthTime, streetAddressLine, postalCode, telecom); IIS HL7 2.5.1 VXU
(PID-3 with MR / MA identifier types, PID-5, PID-6 mother's maiden name, PID-7, PID-11, PID-13, NK1-2, PID-18);
a few Mexican Spanish expediente clínico terms (NOM-004-SSA3-2012: nombre del paciente, fecha de nacimiento,
domicilio, número de expediente).
"""

# ------------------------------------------------------------------ names: (given list, family list)
NAMES = {
    "US": {
        "given": ["Michael", "Christopher", "Matthew", "Joshua", "David", "James", "Daniel", "Robert", "John",
                  "Joseph", "Jacob", "Andrew", "Ryan", "Brandon", "Tyler", "Ethan", "Noah", "Liam", "Mason",
                  "Elijah", "Jennifer", "Jessica", "Ashley", "Amanda", "Sarah", "Stephanie", "Nicole", "Emily",
                  "Elizabeth", "Megan", "Lauren", "Samantha", "Olivia", "Emma", "Sophia", "Ava", "Isabella", "Abigail",
                  "Chloe", "Kayla", "Brittany", "Danielle"],
        "family": ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Thomas",
                   "Taylor", "Moore", "Jackson", "Martin", "Thompson", "Harris", "Clark", "Lewis", "Robinson",
                   "Walker", "Allen", "Wright", "Scott", "Nguyen", "Mitchell", "Carter", "Roberts", "Campbell",
                   "Washington", "Nelson", "Adams", "Turner", "Phillips", "Evans", "Collins"],
    },
    "MX": {
        "given": ["José", "Juan", "Luis", "Carlos", "Jesús", "Miguel Ángel", "Francisco", "Alejandro", "Jorge",
                  "Fernando", "Ricardo", "Eduardo", "Santiago", "Mateo", "María Guadalupe", "Juana", "Verónica",
                  "Leticia", "Rosa María", "Patricia", "Gabriela", "Adriana", "Alejandra", "Ximena", "Sofía",
                  "Valeria", "Regina", "Fernanda"],
        "family": ["Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez",
                   "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez", "Torres", "Díaz", "Gutiérrez",
                   "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Castillo", "Romero", "Álvarez", "Chávez", "Juárez",
                   "Domínguez", "Herrera"],
    },
    "CL": {
        "given": ["Agustín", "Benjamín", "Vicente", "Martín", "Matías", "Tomás", "Joaquín", "Cristóbal", "Ignacio",
                  "Sofía", "Isidora", "Florencia", "Emilia", "Agustina", "Josefa", "Catalina", "Constanza",
                  "Javiera", "Francisca"],
        "family": ["González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Sepúlveda",
                   "Morales", "Araya", "Fuentes", "Espinoza", "Valenzuela", "Castro", "Vargas", "Tapia", "Figueroa",
                   "Cortés", "Núñez"],
    },
    "CO": {
        "given": ["Juan David", "Juan Pablo", "Santiago", "Samuel", "Sebastián", "Andrés Felipe", "Luis Fernando",
                  "Carlos Andrés", "Daniel", "María Camila", "Luz Marina", "Valentina", "Mariana", "Daniela",
                  "Luisa Fernanda", "Paula Andrea", "Diana Marcela", "Salomé"],
        "family": ["Rodríguez", "Gómez", "González", "Martínez", "García", "López", "Sánchez", "Ramírez", "Rojas",
                   "Moreno", "Muñoz", "Castro", "Restrepo", "Ospina", "Cárdenas", "Zapata", "Osorio", "Giraldo",
                   "Quintero", "Valencia"],
    },
    "PR_DR": {
        "given": ["Adrián", "Sebastián", "Dylan", "Jayden", "Ángel", "Luis", "Yadiel", "Rafael", "Ramón",
                  "Juan Carlos", "Génesis", "Camila", "Valentina", "Yaritza", "Nilda", "Carmen", "Yesenia",
                  "Kiara"],
        "family": ["Rivera", "Santiago", "Colón", "Ortiz", "Ramos", "Figueroa", "Rosario", "Nieves", "Cintrón",
                   "Meléndez", "Santana", "Mejía", "Almonte", "Peña", "Batista", "Guzmán", "Paulino", "Féliz",
                   "Acevedo", "Vega"],
    },
    "EG": {
        "given": ["Mohamed", "Ahmed", "Mahmoud", "Mostafa", "Omar", "Youssef", "Khaled", "Tarek", "Amr", "Hossam",
                  "Fatma", "Mariam", "Nour", "Aya", "Yasmin", "Salma", "Habiba", "Esraa", "Heba", "Mona"],
        "family": ["Hassan", "Ibrahim", "Abdelrahman", "Saleh", "Farouk", "Mansour", "Soliman", "Fahmy", "Shawky",
                   "Khalil", "Gamal", "Hegazy", "Elsayed", "Abdelaziz", "Ramadan", "Said"],
    },
}
NAME_SOURCES = list(NAMES)
# the given-name lists hold male names first, then female names; MALE_COUNT[src] is the number of male names
MALE_COUNT = {"US": 20, "MX": 14, "CL": 9, "CO": 9, "PR_DR": 10, "EG": 10}
TWO_SURNAME_SOURCES = ("MX", "CL", "CO", "PR_DR")
# Arabic-script forms of a few Egyptian names (builder's spelling)
ARABIC_NAMES = [("Mohamed Hassan", "محمد حسن"), ("Fatma Ibrahim", "فاطمة إبراهيم"), ("Mariam Mansour", "مريم منصور"),
                ("Youssef Soliman", "يوسف سليمان"), ("Ahmed Farouk", "أحمد فاروق"), ("Nour Khalil", "نور خليل")]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["legacyValue", "extra", "misc", "carryover", "holdValue", "freeform", "tmpField", "value2",
                "scratch", "leftover_field", "importNote", "passthrough", "raw_in", "bucket", "slot7"]
NEUTRAL_SENTENCES = ["Left over from the {n} migration: {v}", "Copied from the old intake form ({n}): {v}", "{v}",
                     "Backfilled during the {n} cleanup: {v}.", "Found in the {n} batch: {v}.",
                     "Do not remove until the {n} audit closes: {v}"]
NEUTRAL_XKEYS = ["x-legacy-value", "x-import-note", "x-backfill", "x-carryover", "x-misc"]
NEUTRAL_TOOL_VERBS = ["get", "save", "sync", "post", "load", "update"]
NEUTRAL_DESCR = "Holds one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["ptNameFull", "patient_name_given_family", "pid5PatientName", "nk1_2_nok_name", "memberPatientName",
                "recordTargetPtName", "nombre_del_paciente"],
        "text": ["Pt name:", "Patient name (US Core Patient.name):", "PID-5 patient name:", "NK1-2 next of kin:",
                 "MemberPatient name:", "eICR patient name:", "Nombre del paciente:"],
        "frag": ["ptname", "patientname", "pid5", "nk1name", "memberpatient", "eicrname", "nombrepaciente"],
    },
    "DATE_OF_BIRTH": {
        "key": ["ptDob", "pid7_dob", "birthTime", "memberDob", "dob_str", "patientBirthDate", "fecha_de_nacimiento"],
        "text": ["DOB:", "PID-7 date/time of birth:", "eICR birthTime:", "US Core birthDate:", "Member DOB -",
                 "D.O.B.", "Fecha de nacimiento:"],
        "frag": ["dob", "pid7", "birthtime", "birthdate", "memberdob", "fechanac"],
    },
    "MRN": {
        "key": ["mrn", "pid3Mr", "medRecNo", "chartNbr", "patientIdentifierMR", "numero_de_expediente"],
        "text": ["MRN:", "PID-3 (type MR):", "Med rec #:", "US Core identifier (MR):", "Chart #", "No. de expediente:"],
        "frag": ["mrn", "pid3mr", "medrecno", "identifiermr", "chartno", "expediente"],
    },
    "US_SSN": {
        "key": ["ssn", "pid19Ssn", "socialSecurityNo", "memberSsn", "ptSSN"],
        "text": ["SSN:", "PID-19 SSN number - patient:", "Soc Sec #:", "IHE PDQ @PID.19:", "Member SSN -"],
        "frag": ["ssn", "pid19", "socsec", "memberssn"],
    },
    "PHONE_NUMBER": {
        "key": ["phoneHome", "pid13HomePhone", "telecomMobile", "cellPhone", "ptPhoneNbr", "telefono_celular"],
        "text": ["Home phone:", "PID-13 phone number - home:", "US Core telecom (mobile):", "Cell:", "Pt ph #",
                 "Teléfono celular:"],
        "frag": ["phone", "pid13", "telecom", "cell", "phnbr", "telefono"],
    },
    "EMAIL_ADDRESS": {
        "key": ["emailAddr", "telecomEmail", "pt_email", "contactEmail", "correo_electronico"],
        "text": ["Email:", "US Core telecom (email):", "eICR patient email:", "Pt email -", "Correo electrónico:"],
        "frag": ["email", "telecomemail", "ptemail", "correo"],
    },
    "STREET_ADDRESS": {
        "key": ["addrLine1", "pid11Street", "addressLine", "streetAddr", "domicilio_del_paciente"],
        "text": ["Address:", "PID-11 patient address:", "US Core address.line:", "eICR streetAddressLine:",
                 "Domicilio del paciente:"],
        "frag": ["addr", "pid11", "addressline", "streetaddr", "domicilio"],
    },
    "ZIP_CODE": {
        "key": ["zip", "postalCode", "pid11Zip", "zip4", "codigo_postal"],
        "text": ["ZIP:", "address.postalCode:", "PID-11.5 zip:", "Zip+4:", "Código postal:"],
        "frag": ["zip", "postalcode", "pid115", "zip4", "cp"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["mbi", "memberId", "subscriberId", "coverageToMatchSubscriberId", "medicaidNbr", "umbIdentifier",
                "nss_imss"],
        "text": ["MBI:", "Member ID:", "Coverage.subscriberId:", "PDex member match (UMB):", "Medicaid # (PID-3 MA):",
                 "Medi-Cal CIN:", "NSS (IMSS):"],
        "frag": ["mbi", "memberid", "subscriberid", "umb", "medicaid", "nss"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["acctNo", "pid18PatientAcct", "cardNumber", "bankAcctNbr", "guarantorAcct"],
        "text": ["Acct #:", "PID-18 patient account number:", "Card no:", "Bank acct:", "Guarantor acct -"],
        "frag": ["acct", "pid18", "cardno", "bankacct"],
    },
    "LICENSE_NUMBER": {
        "key": ["dlNumber", "pid20DriversLicense", "driversLicenseNo", "dl_no", "licencia_de_conducir"],
        "text": ["DL#:", "PID-20 driver's license number - patient:", "Driver's license:", "IHE PDQ @PID.20:",
                 "Licencia de conducir:"],
        "frag": ["dl", "pid20", "driverslicense", "licencia"],
    },
    "DEVICE_ID": {
        "key": ["udiCarrierHRF", "serialNumber", "deviceIdentifier", "imei", "macAddress", "numero_de_serie"],
        "text": ["UDI (carrierHRF):", "Device.serialNumber:", "IMEI:", "MAC:", "Implant serial #", "Número de serie:"],
        "frag": ["udi", "serialnumber", "imei", "mac", "implantsn"],
    },
    "VEHICLE_ID": {
        "key": ["vin", "vehicleVin", "plateNo", "licensePlate", "placas"],
        "text": ["VIN:", "Vehicle VIN -", "Plate #:", "License plate:", "Placas:"],
        "frag": ["vin", "vehiclevin", "plate", "placas"],
    },
    "IP_ADDRESS": {
        "key": ["clientIp", "ipAddress", "remoteAddr", "xForwardedFor", "lastLoginIp"],
        "text": ["Client IP:", "IP address:", "remote_addr=", "X-Forwarded-For:", "Last login IP -"],
        "frag": ["clientip", "ipaddr", "remoteaddr", "xff"],
    },
    "URL": {
        "key": ["profileUrl", "portalUrl", "socialUrl", "fundraiserUrl", "personalHomepage"],
        "text": ["Profile URL:", "Patient portal link:", "Fundraiser:", "Social:", "Página personal:"],
        "frag": ["profileurl", "portalurl", "fundraiser"],
    },
    "SECRET": {
        "key": ["apiKey", "clientSecret", "connectionString", "accessToken", "password", "webhookUrl"],
        "text": ["API key:", "client_secret=", "Connection string:", "Bearer", "password:", "token:"],
        "frag": ["apikey", "clientsecret", "connstr", "token"],
    },
}

GROUP_KEYS = {
    "PERSON": ["patientNames", "nk1_names"], "DATE_OF_BIRTH": ["dobs", "birthDates"],
    "MRN": ["mrns", "pid3_identifiers"], "US_SSN": ["ssns"], "PHONE_NUMBER": ["phones", "telecoms"],
    "EMAIL_ADDRESS": ["emails"], "STREET_ADDRESS": ["addresses"], "ZIP_CODE": ["zips"],
    "HEALTH_PLAN_ID": ["memberIds", "mbis"], "ACCOUNT_NUMBER": ["accounts"], "LICENSE_NUMBER": ["dlNumbers"],
    "DEVICE_ID": ["devices", "udis"], "VEHICLE_ID": ["vins"], "IP_ADDRESS": ["clientIps"],
    "URL": ["profileUrls"], "SECRET": ["apiKeys"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["ssn", "dob", "mrn", "patientName", "memberId", "pid7_dob", "subscriberId", "phoneHome",
                 "fecha_de_nacimiento", "driversLicenseNo", "clientSecret", "mbi"]
HN_CODE_ENUMS = [
    ("Buildkite step types", ["command", "wait", "block", "input", "trigger", "group"]),
    ("Deno permission names", ["read", "write", "net", "env", "run", "ffi", "sys", "import"]),
    ("US Core administrative gender", ["male", "female", "other", "unknown"]),
    ("OMB race category codes", ["2106-3", "2054-5", "2028-9", "1002-5", "2076-8"]),
    ("HL7 v2 identifier type codes", ["MR", "SS", "DL", "MA", "MB", "PI"]),
    ("CVX vaccine codes", ["08", "20", "03", "208", "140"]),
    ("ICD-10-CM diabetes codes", ["E11.9", "E11.65", "E10.9", "O24.410"]),
    ("LOINC vital sign codes", ["8480-6", "8462-4", "8867-4", "39156-5"]),
    ("US state codes", ["CA", "TX", "FL", "NY", "IL", "AZ"]),
    ("Buildkite retry exit statuses", ["-1", "255", "143", "*"]),
    ("PID-8 administrative sex", ["F", "M", "U", "X"]),
]
HN_PLACEHOLDERS = ["patient@example.com", "jdoe@example.org", "(212) 555-0142", "+1 213-555-0199", "192.0.2.14",
                   "198.51.100.7", "203.0.113.200", "2001:db8::42", "XXX-XX-XXXX", "000-00-0000",
                   "${AZURE_OPENAI_API_KEY}", "<BUILDKITE_AGENT_TOKEN>", "MRN-XXXXXXX",
                   "https://example.com/patients/{id}", "member@plan.test", "4111 1111 1111 1111"]
HN_FORMAT_REGEXES = [r"^\d{3}-\d{2}-\d{4}$", r"^\d{5}(-\d{4})?$", r"^\(\d{3}\) \d{3}-\d{4}$", r"^[A-Z]\d{7}$",
                     r"^[A-HJ-NPR-Z0-9]{17}$", r"^[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d$",
                     r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$",
                     r"^sk-[A-Za-z0-9]{48}$", r"^\d{8}$", r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$"]
HN_NAME_WORDS = ["Jordan", "Austin", "Lincoln", "Dakota", "Phoenix", "Georgia", "Mercedes", "Sierra", "Paris",
                 "Chevy"]
HN_VERSION_DATES = ["api-version=2024-08-01-preview", "Deprecated since 2025-06-30", "Available since 2023-09-15",
                    "2020-12", "Schema revision 2022-11-04", "Effective 2026-01-01"]
HN_CATEGORY_TEXT = [
    "Patient's date of birth (US Core Patient.birthDate), YYYY-MM-DD.",
    "PID-19: SSN number of the patient; IIS VXU senders leave it empty.",
    "Member's MBI as printed on the Medicare card.",
    "eICR: the patient's street address line.",
    "Fecha de nacimiento del paciente (NOM-004).",
    "Subscriber ID from CoverageToMatch in the PDex member match.",
    "IIS: mother's maiden name (PID-6).",
    "Driver's license number of the guarantor, if collected.",
    "Patient's home phone (PID-13), digits only.",
    "Patient email address for portal invitations.",
]
HN_TOOL_NAMES = ["match_member_by_mbi", "validateSsnFormat", "redact_patient_dob", "mask_member_phone"]
HN_FILE_WORDS = ["patient-demographics-mask", "member-mbi-format", "vxu-pid-fields"]
