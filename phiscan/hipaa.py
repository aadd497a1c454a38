"""What each entity is under HIPAA Safe Harbor, its stable rule id, and how to fix it.

45 CFR 164.514(b)(2)(i) lists eighteen identifiers; every PHI finding names one.  Rule ids
are permanent (baselines, ignores and SARIF key on them): add new ones, never rename.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EntityInfo:
    rule: str
    hipaa: str
    label: str


NAMES = "names"
GEO = "geographic subdivisions smaller than a state"
DATES = "dates (except year) related to an individual"
PHONE = "telephone numbers"
EMAIL = "email addresses"
SSN = "social security numbers"
MRN = "medical record numbers"
PLAN = "health plan beneficiary numbers"
ACCOUNT = "account numbers"
LICENSE = "certificate/license numbers"
VEHICLE = "vehicle identifiers and serial numbers"
DEVICE = "device identifiers and serial numbers"
URL = "web URLs"
IP = "IP addresses"
OTHER = "any other unique identifying number or code"
SECRET = "secret"

ENTITIES: dict[str, EntityInfo] = {
    "PERSON": EntityInfo("phi-person-name", NAMES, "a person's name"),
    "LOCATION": EntityInfo("phi-street-address", GEO, "a street address"),
    "STREET_ADDRESS": EntityInfo("phi-street-address", GEO, "a street address"),
    "ZIP_CODE": EntityInfo("phi-zip-code", GEO, "a ZIP code"),
    "DATE_OF_BIRTH": EntityInfo("phi-date-of-birth", DATES, "a date of birth or other personal date"),
    "PHONE_NUMBER": EntityInfo("phi-phone-number", PHONE, "a phone number"),
    "EMAIL_ADDRESS": EntityInfo("phi-email-address", EMAIL, "an email address"),
    "US_SSN": EntityInfo("phi-ssn", SSN, "a social security number"),
    "MRN": EntityInfo("phi-medical-record-number", MRN, "a medical record number"),
    "HEALTH_PLAN_ID": EntityInfo("phi-health-plan-id", PLAN, "a health plan / member id"),
    "ACCOUNT_NUMBER": EntityInfo("phi-account-number", ACCOUNT, "an account number"),
    "CREDIT_CARD": EntityInfo("phi-card-number", ACCOUNT, "a payment card number"),
    "IBAN_CODE": EntityInfo("phi-iban", ACCOUNT, "a bank account (IBAN)"),
    "US_DRIVER_LICENSE": EntityInfo("phi-drivers-license", LICENSE, "a driver's license number"),
    "DEVICE_ID": EntityInfo("phi-device-id", DEVICE, "a device serial number"),
    "IMEI": EntityInfo("phi-device-id", DEVICE, "a device IMEI"),
    "MAC_ADDRESS": EntityInfo("phi-device-id", DEVICE, "a device MAC address"),
    "VIN": EntityInfo("phi-vehicle-id", VEHICLE, "a vehicle identification number"),
    "IP_ADDRESS": EntityInfo("phi-ip-address", IP, "a public IP address"),
    "URL": EntityInfo("phi-personal-url", URL, "a URL about one person"),
    "DENY_LIST": EntityInfo("phi-deny-list", OTHER, "a configured deny-listed term"),
}

_ROLE_FIX = {
    "property_name": "rename the property to a generic field name and carry the value in the data",
    "pattern_property": "use a generic pattern; match specific values in code, not in the schema",
    "enum": "replace the enum members with opaque codes resolved server-side",
    "const": "remove the const; pass the value in the message content instead",
    "pattern": "use a generic format regex (e.g. ^\\d{3}-\\d{2}-\\d{4}$), never specific values",
    "tool_name": "give the tool a generic name",
    "tool_description": "describe what the tool does, not whom it is for",
    "file_name": "rename the file so it names no one",
    "metadata": "use an opaque identifier (a UUID or hash) instead",
}
_DEFAULT_FIX = "move the value out of the schema and into the message content or your own storage"


def info(entity: str) -> EntityInfo:
    """Rule, HIPAA identifier and label for a detection entity."""
    if entity in ENTITIES:
        return ENTITIES[entity]
    if _is_secret(entity):
        return EntityInfo("secret-" + entity.lower().replace("_", "-"), SECRET, "a secret (" + entity + ")")
    return EntityInfo("phi-" + entity.lower().replace("_", "-"), OTHER, entity.lower().replace("_", " "))


def _is_secret(entity: str) -> bool:
    return any(w in entity for w in ("KEY", "TOKEN", "SECRET", "PASSWORD", "JWT", "CREDENTIAL", "WEBHOOK"))


def is_secret(entity: str) -> bool:
    """True for entities that name a credential rather than PHI."""
    return entity not in ENTITIES and _is_secret(entity)


def fix_hint(role: str, entity: str) -> str:
    """One line saying how to fix a finding of `entity` in a `role` surface."""
    if is_secret(entity):
        return "revoke the credential and keep secrets out of schemas (use a secret store)"
    return _ROLE_FIX.get(role, _DEFAULT_FIX)
