"""Key and text cues (English, Italian, Danish, Russian, Chinese, Albanian, Serbian, Persian, Thai, Hausa, Igbo),
FHIR paths, HL7 v2 field names and schema.org property names. Hard-negative pools live here too."""

KEY_CUES = {
    "PERSON": ["patientName", "nome_paziente", "patientens_navn", "фио_пациента", "患者姓名", "emri_i_pacientit",
               "ime_pacijenta", "نام_بیمار", "ชื่อผู้ป่วย", "sunan_majiyyaci", "aha_onye_oria", "Patient.name",
               "NK1-2_nextOfKin", "schema:givenName_familyName", "guarantorFullName"],
    "DATE_OF_BIRTH": ["dob", "data_di_nascita", "fødselsdato", "дата_рождения", "出生日期", "datelindja",
                      "datum_rodjenja", "تاریخ_تولد", "วันเกิด", "ranar_haihuwa", "Patient.birthDate",
                      "PID-7_birthDate", "schema:birthDate", "ptDOB"],
    "MRN": ["mrn", "cartella_clinica_nr", "journalnummer", "номер_медкарты", "病历号", "nr_kartela_mjekesore",
            "broj_kartona", "شماره_پرونده", "เลขที่เวชระเบียน", "identifier[MR].value", "PID-3_MRN", "medRecNo"],
    "US_SSN": ["ssn", "socialSecurityNumber", "PID-19_SSN", "GT1-12_guarantorSSN", "us_ssn_itin", "taxpayerId_SSN"],
    "HEALTH_PLAN_ID": ["memberId", "tessera_sanitaria_usa", "medlemsnummer_forsikring", "номер_полиса", "医保卡号",
                       "nr_sigurimit", "broj_osiguranja", "شماره_بیمه", "lambar_inshora", "Coverage.subscriberId",
                       "IN1-49_insuredId", "healthPlanId", "beneficiaryId"],
    "ACCOUNT_NUMBER": ["account_no", "conto_corrente", "kontonummer", "номер_счёта", "银行账号", "llogaria_bankare",
                       "broj_racuna", "شماره_حساب", "เลขที่บัญชี", "lambar_asusu", "PID-18_patientAccount",
                       "accountNumber", "paymentAccount"],
    "LICENSE_NUMBER": ["driversLicense", "patente_di_guida", "kørekort_nr", "водительское_удостоверение", "驾驶证号",
                       "patenta_shoferit", "vozacka_dozvola", "گواهینامه", "ใบขับขี่", "PID-20_driversLicense", "dlNumber"],
    "DEVICE_ID": ["deviceSerial", "numero_di_serie", "serienummer", "серийный_номер", "序列号", "numri_serik",
                  "serijski_broj", "شماره_سریال", "Device.serialNumber", "deviceIdentifier", "hardwareId"],
    "VEHICLE_ID": ["vehicle", "veicolo", "køretøj_id", "автомобиль", "车辆", "automjeti", "vozilo", "خودرو",
                   "รถยนต์", "mota", "vehicleId", "Vehicle.identifier"],
    "IP_ADDRESS": ["clientIp", "indirizzo_ip", "ip_adresse", "ip_адрес", "IP地址", "adresa_ip", "ip_adresa",
                   "آدرس_آی‌پی", "ที่อยู่_ip", "lastLoginIp"],
    "URL": ["profileUrl", "profilo_personale", "profil_link", "профиль", "个人主页", "profili", "профил_url",
            "صفحه_شخصی", "โปรไฟล์", "personalUrl", "schema:sameAs"],
    "PHONE_NUMBER": ["phone", "cellulare", "telefonnummer", "телефон", "手机号", "numri_telefonit", "broj_telefona",
                     "شماره_تلفن", "เบอร์โทรศัพท์", "lambar_waya", "nomba_ekwenti", "PID-13_homePhone",
                     "Patient.telecom.value", "schema:telephone"],
    "EMAIL_ADDRESS": ["email", "posta_elettronica", "e_mail_adresse", "электронная_почта", "电子邮件", "emaili",
                      "imejl", "ایمیل", "อีเมล", "schema:email", "contactEmail"],
    "STREET_ADDRESS": ["homeAddress", "indirizzo", "bopælsadresse", "адрес_проживания", "住址", "adresa_banimit",
                       "adresa_stanovanja", "نشانی", "ที่อยู่", "adireshi", "Patient.address.line", "PID-11_address"],
    "ZIP_CODE": ["zip", "zipCode", "homeZip", "postal_code_us", "PID-11.5_zip", "Patient.address.postalCode"],
    "SECRET": ["apiKey", "chiave_api", "adgangskode", "пароль", "密码", "fjalekalimi", "lozinka", "رمز_عبور",
               "รหัสผ่าน", "accessToken", "credential"],
}

TEXT_CUES = {  # prefix written before the value in the same string
    "PERSON": ["Patient: ", "Paziente: ", "Patient (navn): ", "Пациент: ", "患者：", "Pacienti: ", "Pacijent: ",
               "بیمار: ", "ผู้ป่วย: ", "Majiyyaci: ", "Onye ọrịa: ", "Next of kin: "],
    "DATE_OF_BIRTH": ["DOB ", "Data di nascita: ", "Fødselsdato: ", "Дата рождения: ", "出生日期：", "Datëlindja: ",
                      "Datum rođenja: ", "تاریخ تولد: ", "วันเกิด ", "Ranar haihuwa: ", "born "],
    "MRN": ["MRN ", "Cartella clinica n. ", "Journalnr. ", "Медкарта № ", "病历号：", "Kartela nr. ", "Karton br. ",
            "پرونده: ", "เวชระเบียน ", "chart # "],
    "US_SSN": ["SSN ", "SSN: ", "social security / ITIN no. ", "SSN/ITIN "],
    "HEALTH_PLAN_ID": ["Member ID ", "Plan member no. ", "Polizza n. ", "Medlemsnr. ", "Полис № ", "医保卡号：",
                       "Broj osiguranja: ", "lambar inshora "],
    "ACCOUNT_NUMBER": ["acct ", "Conto: ", "Konto: ", "Счёт № ", "账号：", "Llogaria: ", "Račun: ", "حساب: ",
                       "account no. "],
    "LICENSE_NUMBER": ["DL# ", "Patente: ", "Kørekort: ", "Вод. удостоверение: ", "驾驶证：", "Vozačka: ",
                       "driver's licence "],
    "DEVICE_ID": ["device id ", "Serienr. ", "Серийный № ", "序列号：", "Numri serik: ", "device: "],
    "VEHICLE_ID": ["vehicle ", "Veicolo: ", "Køretøj: ", "Автомобиль: ", "车辆：", "Vozilo: ", "รถ "],
    "IP_ADDRESS": ["client IP ", "IP: ", "Indirizzo IP ", "IP-адрес ", "IP地址：", "last login from "],
    "URL": ["profile: ", "Profilo: ", "Профиль: ", "个人主页：", "link: ", "personal page: "],
    "PHONE_NUMBER": ["tel. ", "Cell: ", "Tlf. ", "Тел.: ", "电话：", "Tel: ", "Telefon: ", "تلفن: ", "โทร ",
                     "Lambar waya: ", "phone "],
    "EMAIL_ADDRESS": ["email ", "E-mail: ", "Почта: ", "邮箱：", "Imejl: ", "ایمیل: ", "อีเมล "],
    "STREET_ADDRESS": ["lives at ", "Indirizzo: ", "Adresse: ", "Адрес: ", "Adresa: ", "home address "],
    "ZIP_CODE": ["ZIP ", "home ZIP ", "ZIP code: ", "zip+4 "],
    "SECRET": ["secret: ", "token: ", "credential: ", "Токен: ", "密钥：", "Tajna: "],
}

# ascii text cues usable inside tool names / keys / file names
IDENT_CUES = {
    "PERSON": ["patient", "paziente", "pacijent", "majiyyaci", "nok"], "DATE_OF_BIRTH": ["dob", "nascita", "fodt", "datelindja"],
    "MRN": ["mrn", "cartella", "journal"], "US_SSN": ["ssn", "ssn_itin"], "HEALTH_PLAN_ID": ["member", "plan_id", "polizza"],
    "ACCOUNT_NUMBER": ["acct", "konto", "conto"], "LICENSE_NUMBER": ["dl", "patente", "korekort"],
    "DEVICE_ID": ["device", "serial", "seriale"], "VEHICLE_ID": ["vehicle", "veicolo", "vozilo"], "IP_ADDRESS": ["ip", "client_ip"],
    "URL": ["profile"], "PHONE_NUMBER": ["tel", "cell", "waya"], "EMAIL_ADDRESS": ["email", "imejl"],
    "STREET_ADDRESS": ["addr", "indirizzo"], "ZIP_CODE": ["zip"], "SECRET": ["token", "secret", "credential"],
}

NEUTRAL_KEYS = ["aux_ref", "legacyTag", "opaque_ref", "slot_hint", "extra_note", "tagline", "x_label", "memo",
                "annotation", "ref_text", "sampleValue", "fallback", "hint_text", "caption", "marker", "labelText"]

# --------------------------------------------------------------------------- hard negatives
HN_LABEL_KEYS = ["data_di_nascita", "fødselsdato", "номер_полиса", "患者姓名", "emri_i_pacientit", "datum_rodjenja",
                 "تاریخ_تولد", "socialSecurityNumber", "medicareMBI", "driversLicenseNumber", "ip_address", "vin",
                 "patientEmail", "lambar_waya", "password", "homeZip"]
HN_CODE_ENUMS = [  # (enum list, index of the labelled element, description)
    (["E11.9", "I10", "J45.909", "N18.3"], 2, "ICD-10-CM"),
    (["2345-7", "718-7", "4548-4", "2093-3"], 0, "LOINC"),
    (["99213", "99214", "99203", "90834"], 1, "CPT"),
    (["0002-3227-30", "0093-7146-56", "0071-0155-23"], 0, "NDC"),
    (["44054006", "38341003", "195967001"], 0, "SNOMED CT"),
    (["IL", "WA", "WI", "MA", "MD", "CO"], 3, "US state"),
    (["NG", "AL", "RS", "IR", "TH", "DK"], 1, "ISO 3166-1"),
    (["F", "M", "U", "O"], 0, "HL7 v2 administrative sex"),
    (["male", "female", "other", "unknown"], 1, "FHIR AdministrativeGender"),
    (["A10BA02", "C09AA05", "N02BE01"], 0, "ATC"),
    (["G0438", "J1100", "A0428"], 0, "HCPCS"),
    (["Z00.00", "Z23", "Z79.4"], 2, "ICD-10-CM Z codes"),
    (["yo", "ig", "ha", "sq", "sr", "fa", "th"], 5, "ISO 639-1"),
]
HN_PLACEHOLDERS = ["user@example.com", "patient@example.org", "+1 212-555-0142", "555-0100", "192.0.2.44",
                   "198.51.100.23", "203.0.113.9", "2001:db8::1", "000-00-0000", "XXX-XX-XXXX", "YOUR_API_KEY",
                   "MRN-XXXXXXX", "https://example.com/patients/{id}", "<PATIENT_NAME>", "0000000000"]
HN_CATEGORY_TEXT = [
    "Patient date of birth in YYYY-MM-DD format.",
    "Data di nascita del paziente (GG/MM/AAAA).",
    "Patientens fødselsdato og journalnummer; må ikke logges.",
    "Номер полиса ОМС пациента (16 цифр).",
    "患者的病历号，格式为 MRN- 加七位数字。",
    "Numri i telefonit të pacientit në formatin ndërkombëtar.",
    "Broj zdravstvenog kartona pacijenta.",
    "شماره تلفن همراه بیمار را وارد کنید.",
    "วันเกิดของผู้ป่วยตามปฏิทินพุทธศักราช",
    "Lambar waya ta majiyyaci, tare da lambar ƙasa.",
    "Social Security number of the guarantor, digits only.",
    "The member's Medicare Beneficiary Identifier (MBI), 11 characters.",
]
HN_FORMAT_REGEX = [r"^\d{3}-\d{2}-\d{4}$", r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$",
                   r"^[A-HJ-NPR-Z0-9]{17}$", r"^IT\d{2}[A-Z]\d{10}[0-9A-Z]{12}$", r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$",
                   r"^\+234\d{10}$", r"^\d{5}(-\d{4})?$", r"^(\d{1,3}\.){3}\d{1,3}$", r"^HN\s?\d{2}-\d{6}$",
                   r"^(?:\d{4}[ -]?){3}\d{4}$", r"^WDL[A-Z0-9]{9}$"]
HN_NAME_WORDS = [(["Florence", "Venice", "Turin"], 0), (["Georgia", "Chad", "Jordan"], 1), (["Mercedes", "Lincoln", "Kia"], 0),
                 (["Savannah", "Augusta", "Austin"], 0), (["Victoria", "Tasmania"], 0), (["June", "July"], 0),
                 (["Aurora", "Boulder"], 0), (["Sydney", "Perth"], 0), (["Will", "Trust", "Deed"], 0),
                 (["Faith", "Hope", "Charity"], 0), (["Lagos", "Abuja", "Ibadan"], 0), (["Chelsea", "Fulham"], 0)]
HN_VERSION_DATES = [("$schema", "https://json-schema.org/draft/2020-12/schema"),
                    ("description", "Available since API version 2024-10-22."),
                    ("default", "2025-03-14"), ("const", "2019-04-01"),
                    ("description", "Deprecated in Matrix v1.11 (2024-06-20); use the newer field."),
                    ("x-api-version", "2023-08-01"), ("examples", "v2026.02.11")]
HN_TOOL_WORDS = ["lookup_patient_by_mrn", "verify_member_dob", "get_patient_phone_and_email", "fetch_guarantor_ssn_status",
                 "update_patient_address"]
HN_FILE_WORDS = ["patient_intake_dob_ssn.json", "member_eligibility_mbi.json", "emergency_contact_phone.json",
                 "driver_licence_vin_form.json"]
