"""Cues, name tables, neutral keys and hard-negative pools for the fifty-seventh set.

The set models a team with no health-IT background adding an LLM feature to a CRM, help-desk, HR or billing
platform.  Key and text cues are therefore those platforms' own field names and labels, written from the builder's
memory of their public documentation (not re-read for this set):

* Salesforce standard objects: Contact (Name, Birthdate, MobilePhone, HomePhone, Email, MailingStreet,
  MailingPostalCode), Account (BillingStreet, BillingPostalCode, AccountNumber), Case (SuppliedName, SuppliedEmail,
  SuppliedPhone), Asset (SerialNumber), LoginHistory (SourceIp), and custom fields in Salesforce's `__c` style;
* HubSpot contact properties (internal names firstname, lastname, mobilephone, date_of_birth, zip, website);
* Zendesk user and ticket fields (requester, user_fields, via.source.from.address);
* Workday worker data (Legal_Name_Data, Preferred_Name, Personal_Data, Date_of_Birth, National_ID, Home_Address,
  Bank_Account_Number, Payment_Election);
* the Stripe customer object (name, email, phone, address.line1, address.postal_code, tax.ip_address) and Stripe
  Connect's individual (dob, id_number).

British spellings where the products' UK tenants use them (postcode, mobile, surname, licence), and only a few
health words such a team would add (dob, nhs_number, insurer, Medicare card).

Names: given names from the builder's memory of published popular-name lists -- the ONS baby names for England and
Wales, the Irish CSO baby names, Stats NZ's baby names (with common Maori names) and the NSW / Victoria registries'
popular names -- and surnames from the commonest surnames of those countries; a few Irish-language names with fadas
and Maori names with macrons.  All pairings are random; none is meant to be a real person.
"""

# ------------------------------------------------------------------ names
# given names: (name, female?)
GIVEN = {
    "ons_ew": [("Oliver", 0), ("George", 0), ("Arthur", 0), ("Oscar", 0), ("Theodore", 0), ("Freddie", 0),
               ("Archie", 0), ("Alfie", 0), ("Olivia", 1), ("Amelia", 1), ("Millie", 1), ("Freya", 1), ("Mabel", 1),
               ("Elsie", 1), ("Sophia", 1), ("Poppy", 1)],
    "cso_ie": [("Jack", 0), ("Tadhg", 0), ("Cillian", 0), ("Fionn", 0), ("Oisín", 0), ("Darragh", 0), ("Rían", 0),
               ("Conor", 0), ("Fiadh", 1), ("Éabha", 1), ("Aoife", 1), ("Saoirse", 1), ("Caoimhe", 1),
               ("Róisín", 1), ("Emily", 1), ("Sophie", 1)],
    "stats_nz": [("Tamati", 0), ("Arlo", 0), ("Nikau", 0), ("Ariki", 0), ("Manaia", 0), ("Wiremu", 0), ("Tāne", 0),
                 ("Rāwiri", 0), ("Maia", 1), ("Hinemoa", 1), ("Aroha", 1), ("Kaia", 1), ("Mereana", 1), ("Anahera", 1),
                 ("Māhina", 1), ("Mārama", 1)],
    "nsw_vic": [("Henry", 0), ("Hudson", 0), ("William", 0), ("Thomas", 0), ("Lachlan", 0), ("Harrison", 0),
                ("Charlotte", 1), ("Matilda", 1), ("Hazel", 1), ("Harper", 1), ("Sienna", 1), ("Chloe", 1)],
}
SURNAMES = {
    "ons_ew": ["Smith", "Jones", "Williams", "Taylor", "Davies", "Evans", "Roberts", "Hughes", "Edwards", "Wright",
               "Hughes-Walker", "Thompson-Price"],
    "cso_ie": ["Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "O'Connor", "McCarthy", "Gallagher",
               "Doherty", "Kennedy-Ryan", "MacNamara"],
    "stats_nz": ["Ngata", "Parata", "Tamihana", "Te Rangi", "Pōmare", "Wilson", "Singh", "Parata-Jones", "Tipene"],
    "nsw_vic": ["Nguyen", "Martin", "Anderson", "White", "Johnson", "MacDonald", "McKenzie", "O'Neill", "Walker"],
}
# Irish-language names written with fadas: (given, family, female?)
IRISH = [("Seán", "Ó Briain", 0), ("Máire", "Ní Bhriain", 1), ("Pádraig", "Mac Cárthaigh", 0),
         ("Siobhán", "Ní Dhónaill", 1), ("Ciarán", "Ó Súilleabháin", 0)]
NAME_SOURCES = ["ons_ew", "cso_ie", "stats_nz", "nsw_vic", "irish"]

# ------------------------------------------------------------------ neutral material (no cue)
NEUTRAL_KEYS = ["custom_field_7", "legacy_col_b", "cf_1042", "extra_attr", "spare_text_3", "unmapped_column",
                "sync_payload", "note_field_b", "aux_value", "zap_step_output", "import_row_tail", "misc_blob"]
NEUTRAL_SENTENCES = ["Mapped from column {n} of the CSV import: {v}", "Unmapped value from the last Zap run: {v}.",
                     "{v}", "Legacy CRM field ({n}) held {v}.", "The merged duplicate kept {v} here.",
                     "Left behind by the {n} data migration: {v}"]
NEUTRAL_XKEYS = ["x-import-note", "x-legacy-value", "x-sync-leftover", "x-unmapped", "x-migration-tail"]
NEUTRAL_TOOL_VERBS = ["sync", "upsert", "lookup", "push", "enrich", "route"]
NEUTRAL_DESCR = "Holds one {thing} object."

# ------------------------------------------------------------------ cues per category
CUES = {
    "PERSON": {
        "key": ["Contact.Name", "Case.SuppliedName", "requester_name", "Legal_Name_Data", "customer.name",
                "Preferred_Name", "Contact.LastName_FirstName"],
        "text": ["Contact Name:", "Web Name (SuppliedName):", "Requester:", "Legal Name -", "Stripe customer name:",
                 "Preferred name:", "Worker:"],
        "frag": ["contactname", "suppliedname", "requester", "legalname", "customername", "preferredname"],
    },
    "DATE_OF_BIRTH": {
        "key": ["Contact.Birthdate", "hubspot.date_of_birth", "Personal_Data.Date_of_Birth", "individual.dob", "dob",
                "user_fields.birthday"],
        "text": ["Contact Birthdate:", "Date of Birth (Workday):", "individual.dob:", "Client DOB -", "HubSpot date_of_birth:",
                 "Birthday (Zendesk user field):"],
        "frag": ["sfbirthdate", "wddob", "individualdob", "dob", "hsdob", "zdbirthday"],
    },
    "MRN": {
        "key": ["nhs_number", "Contact.NHS_Number__c", "hospital_number", "user_fields.nhs_no", "chi_number"],
        "text": ["NHS number:", "NHS_Number__c:", "Hospital no.:", "CHI number:", "NHS no. (Zendesk user field):"],
        "frag": ["nhsnumber", "nhsnumberc", "hospitalno", "chinumber", "zdnhsno"],
    },
    "US_SSN": {
        "key": ["National_ID_USA_SSN", "Contact.SSN__c", "individual.id_number", "ssn_us_payroll"],
        "text": ["National ID (USA-SSN):", "SSN__c:", "individual.id_number:", "US payroll SSN -"],
        "frag": ["nationalidusassn", "ssnc", "idnumber", "payrollssn"],
    },
    "PHONE_NUMBER": {
        "key": ["MobilePhone", "Contact.HomePhone", "hubspot.mobilephone", "Case.SuppliedPhone", "customer.phone",
                "Personal_Mobile"],
        "text": ["Mobile:", "Home Phone:", "Web Phone:", "customer.phone:", "Mobile (personal):"],
        "frag": ["mobilephone", "sfhomephone", "suppliedphone", "customerphone", "personalmobile"],
    },
    "EMAIL_ADDRESS": {
        "key": ["Case.SuppliedEmail", "Contact.Email", "requester.email", "Personal_Email", "customer.email",
                "hs_additional_emails"],
        "text": ["Web Email:", "Email (Contact):", "Requester email:", "Personal email -", "hs_additional_emails:",
                 "via.source.from.address:"],
        "frag": ["suppliedemail", "contactemail", "requesteremail", "personalemail", "customeremail"],
    },
    "STREET_ADDRESS": {
        "key": ["MailingStreet", "Account.BillingStreet", "address.line1", "Home_Address", "hubspot.address"],
        "text": ["Mailing Street:", "Billing Street:", "address.line1:", "Home address (Workday):",
                 "Street Address (HubSpot):"],
        "frag": ["mailingstreet", "billingstreet", "stripeline1", "homeaddress"],
    },
    "ZIP_CODE": {
        "key": ["MailingPostalCode", "Account.BillingPostalCode", "shipping.address.postal_code", "hubspot.zip", "postcode",
                "Eircode"],
        "text": ["Mailing Zip/Postal Code:", "Billing Zip/Postal Code:", "shipping.address.postal_code:", "Postcode:",
                 "Eircode:", "Postal Code (HubSpot zip):"],
        "frag": ["mailingpostalcode", "billingpostalcode", "shippingpostal", "postcode", "eircode"],
    },
    "HEALTH_PLAN_ID": {
        "key": ["insurer_member_no", "Contact.Medicare_Card_Number__c", "Medicare_Card_No", "Insurer_Policy__c"],
        "text": ["Insurer member no:", "Medicare card no.:", "Medicare_Card_Number__c:", "Insurer / policy number:"],
        "frag": ["insurermember", "medicarecard", "medicarecardno", "insurerpolicy"],
    },
    "ACCOUNT_NUMBER": {
        "key": ["Bank_Account_Number", "Payment_Election.Account", "sort_code_account", "sepa_debit.iban",
                "card_number", "bsb_account"],
        "text": ["Bank account number (Workday payment election):", "Sort code / account:", "IBAN (sepa_debit):",
                 "Card number:", "BSB / Account:", "Bank account (NZ):"],
        "frag": ["bankaccountnumber", "sortcode", "sepadebitiban", "cardnumber", "bsbaccount", "paymentelection"],
    },
    "LICENSE_NUMBER": {
        "key": ["driving_licence_number", "Contact.Driving_Licence__c", "Drivers_Licence_ID", "licence_no"],
        "text": ["Driving licence number:", "Driving_Licence__c:", "Licence no.:", "Driver licence (Workday ID):"],
        "frag": ["drivinglicence", "drivinglicencec", "licenceno", "driverslicenceid"],
    },
    "DEVICE_ID": {
        "key": ["Asset.SerialNumber", "device_imei", "Service_Tag", "mac_address", "sim_iccid"],
        "text": ["Asset serial number:", "Device IMEI:", "Service tag:", "MAC address:", "SIM ICCID:"],
        "frag": ["assetserial", "deviceimei", "servicetag", "macaddress", "assetsimiccid"],
    },
    "VEHICLE_ID": {
        "key": ["Vehicle_Registration", "number_plate", "reg_no", "Fleet_Vehicle__c.VIN__c", "car_rego"],
        "text": ["Vehicle registration:", "Number plate:", "Reg no.:", "VIN__c:", "Car rego (AU):"],
        "frag": ["vehiclereg", "numberplate", "regno", "fleetvinc", "carrego"],
    },
    "IP_ADDRESS": {
        "key": ["tax.ip_address", "LoginHistory.SourceIp", "last_sign_in_ip"],
        "text": ["tax.ip_address:", "LoginHistory SourceIp:", "Last sign-in IP:"],
        "frag": ["taxipaddress", "sourceip", "signinip"],
    },
    "URL": {
        "key": ["personal_website", "Contact.Profile_URL__c", "fundraising_page", "social_profile_url"],
        "text": ["Personal website:", "Profile_URL__c:", "Fundraising page:", "Social profile:"],
        "frag": ["personalwebsite", "profileurlc", "fundraisingpage"],
    },
    "SECRET": {
        "key": ["integration_api_key", "Named_Credential_Password", "smtp_password", "connection_url"],
        "text": ["Integration API key:", "Named credential password:", "SMTP password:", "Connection URL:"],
        "frag": ["integrationapikey", "namedcredential", "smtppassword"],
    },
}

GROUP_KEYS = {
    "PERSON": ["sfContact", "workdayWorkerData"], "DATE_OF_BIRTH": ["workdayPersonalData", "sfContact"],
    "MRN": ["zendeskUserFields", "sfContact"], "US_SSN": ["workdayNationalIdData"],
    "PHONE_NUMBER": ["sfContact", "hubspotProperties"], "EMAIL_ADDRESS": ["zendeskRequester", "stripeCustomer"],
    "STREET_ADDRESS": ["workdayHomeAddressData", "stripeCustomerAddress"],
    "ZIP_CODE": ["stripeCustomerAddress", "sfContact"], "HEALTH_PLAN_ID": ["sfContact", "insurerDetails"],
    "ACCOUNT_NUMBER": ["workdayPaymentElection", "stripeBankAccount"],
    "LICENSE_NUMBER": ["sfContact", "workdayLicenseIdData"], "DEVICE_ID": ["sfAsset", "zendeskDeviceFields"],
    "VEHICLE_ID": ["sfFleetVehicle", "hubspotVehicleProps"], "IP_ADDRESS": ["stripeCustomerTax", "sfLoginHistory"],
    "URL": ["sfContact", "hubspotSocialProps"], "SECRET": ["sfNamedCredential", "zapierConnection"],
}

# ------------------------------------------------------------------ hard-negative pools
HN_LABEL_KEYS = ["MailingStreet", "MobilePhone", "Birthdate", "SuppliedEmail", "nhs_number", "Bank_Account_Number",
                 "Driving_Licence__c", "National_ID", "postcode", "Legal_Name_Data", "customer.email", "Home_Address",
                 "Medicare_Card_Number__c"]
HN_CODE_ENUMS = [
    ("Salesforce Case statuses", ["New", "Working", "Escalated", "Closed"]),
    ("Salesforce Case origins", ["Phone", "Email", "Web"]),
    ("Zendesk ticket priorities", ["urgent", "high", "normal", "low"]),
    ("Zendesk ticket statuses", ["new", "open", "pending", "hold", "solved", "closed"]),
    ("HubSpot lifecycle stages", ["subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead",
                                  "opportunity", "customer", "evangelist"]),
    ("Stripe customer tax exemption", ["none", "exempt", "reverse"]),
    ("Workday worker types", ["Employee", "Contingent_Worker"]),
    ("Prisma referential actions", ["Cascade", "Restrict", "NoAction", "SetNull", "SetDefault"]),
    ("Great Expectations result formats", ["BOOLEAN_ONLY", "BASIC", "SUMMARY", "COMPLETE"]),
    ("UK nation codes", ["ENG", "SCT", "WLS", "NIR"]),
    ("Australian state codes", ["NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"]),
    ("ISO 3166-1 alpha-2 countries", ["GB", "IE", "NZ", "AU"]),
]
HN_PLACEHOLDERS = ["07700 900461", "+44 7700 900982", "0491 570 156", "192.0.2.77", "198.51.100.140",
                   "2001:db8:57::1", "joe.bloggs@example.com", "help@support.invalid", "XXX XXX XXXX",
                   "4242 4242 4242 4242", "tok_visa", "pm_card_visa", "{{ contact.firstname }}"]
HN_FORMAT_REGEXES = [r"^\d{3} ?\d{3} ?\d{4}$", r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$",
                     r"^[AC-FHKNPRTV-Y]\d{2} ?[0-9AC-FHKNPRTV-Y]{4}$", r"^(?:\+44 ?7\d{3}|07\d{3}) ?\d{3} ?\d{3}$",
                     r"^\d{2}-\d{2}-\d{2}$", r"^[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}$", r"^[2-6]\d{9}$",
                     r"^cus_[A-Za-z0-9]{14}$", r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^\d{4}$"]
HN_NAME_WORDS = ["Sydney", "Adelaide", "Chelsea", "Kerry", "Shannon", "Clare", "Devon", "Tyrone", "Carlow"]
HN_VERSION_DATES = ["Stripe-Version: 2024-06-20", "HubSpot CRM API changelog 2023-09-15",
                    "Zendesk API deprecation date 2025-05-01", "Workday Web Services v42.1 (2024-03-08)",
                    "Salesforce API v61.0, released 2024-06-10", "Schema revision 2025-11-03"]
HN_CATEGORY_TEXT = [
    "Contact's Birthdate as entered in Salesforce (YYYY-MM-DD).",
    "Requester's email address from the Zendesk ticket.",
    "Worker's home address in Workday's address format.",
    "Customer's phone number on the Stripe customer object.",
    "NHS number of the contact, if they gave one.",
    "The contact's mobile number, British format.",
    "Postcode of the mailing address.",
    "Driving licence number, checked at onboarding.",
    "Medicare card number and IRN, if the member is Australian.",
]
HN_TOOL_NAMES = ["lookup_contact_by_email", "mask_nhs_number", "validate_uk_postcode", "redact_worker_dob"]
HN_FILE_WORDS = ["contact-birthdate-format", "requester-email-rules", "worker-address-mask"]
