"""Every rule id phiscan reports, with its kind, title, HIPAA identifier and SARIF metadata, in one table.

Rule ids are permanent: baselines, inline ignores, `per-file-ignores` and SARIF alerts key on them.
Add rules, never rename one (`tests/golden/rules.txt` holds the list, so a rename shows in review).
Feature rules come from the eligibility table (`phiscan/data/eligibility.json`); a custom recognizer's
entity `CLINIC_ID` gets `phi-clinic-id`.  `hipaa` is the Safe Harbor identifier (45 CFR
164.514(b)(2)(i)) a finding of the rule is, and empty for rules that are not PHI.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

from phiscan.detect.nationalids import NATIONAL_IDS
from phiscan.types import FindingKind

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


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: its permanent id, what kind of finding it makes, a title, its HIPAA identifier."""

    id: str
    kind: FindingKind
    title: str
    hipaa: str = ""


@dataclass(frozen=True, slots=True)
class Family:
    """What SARIF says of every rule of one kind."""

    title: str
    description: str
    tags: tuple[str, ...]
    precision: str


FAMILIES: dict[FindingKind, Family] = {
    FindingKind.PHI: Family(
        "PHI",
        "Protected health information (a HIPAA Safe Harbor identifier) in text sent to an LLM provider.",
        ("security", "privacy", "phi", "hipaa", "external/cwe/cwe-359"),
        "medium",
    ),
    FindingKind.SECRET: Family(
        "Secret",
        "A credential in text sent to an LLM provider.",
        ("security", "secret", "external/cwe/cwe-798"),
        "high",
    ),
    FindingKind.FEATURE: Family(
        "API feature",
        "An API feature that is not HIPAA-eligible, or needs care, in a request that may carry PHI.",
        ("security", "compliance", "hipaa"),
        "high",
    ),
    FindingKind.METADATA: Family(
        "Request metadata",
        "Request metadata that identifies a person.",
        ("security", "privacy", "phi", "hipaa", "external/cwe/cwe-359"),
        "medium",
    ),
    FindingKind.LINT: Family(
        "Schema compatibility",
        "A schema construct the provider's strict mode does not "
        "support or limits; its text can land in the cached schema.",
        ("maintainability", "schema"),
        "high",
    ),
}

# detection entity -> (rule id, HIPAA identifier, how a finding names it); the first entity of a rule titles it
_PHI: dict[str, tuple[str, str, str]] = {
    "PERSON": ("phi-person-name", NAMES, "a person's name"),
    "LOCATION": ("phi-street-address", GEO, "a street address"),
    "STREET_ADDRESS": ("phi-street-address", GEO, "a street address"),
    "ZIP_CODE": ("phi-zip-code", GEO, "a ZIP code"),
    "DATE_OF_BIRTH": ("phi-date-of-birth", DATES, "a date of birth or other personal date"),
    "PHONE_NUMBER": ("phi-phone-number", PHONE, "a phone number"),
    "EMAIL_ADDRESS": ("phi-email-address", EMAIL, "an email address"),
    "US_SSN": ("phi-ssn", SSN, "a social security number"),
    "MRN": ("phi-medical-record-number", MRN, "a medical record number"),
    "HEALTH_PLAN_ID": ("phi-health-plan-id", PLAN, "a health plan / member id"),
    "ACCOUNT_NUMBER": ("phi-account-number", ACCOUNT, "an account number"),
    "CREDIT_CARD": ("phi-card-number", ACCOUNT, "a payment card number"),
    "IBAN_CODE": ("phi-iban", ACCOUNT, "a bank account (IBAN)"),
    "US_DRIVER_LICENSE": ("phi-drivers-license", LICENSE, "a driver's license number"),
    "DEVICE_ID": ("phi-device-id", DEVICE, "a device serial number"),
    "IMEI": ("phi-device-id", DEVICE, "a device IMEI"),
    "MAC_ADDRESS": ("phi-device-id", DEVICE, "a device MAC address"),
    "UDI": ("phi-device-id", DEVICE, "a unique device identifier (UDI)"),
    "VIN": ("phi-vehicle-id", VEHICLE, "a vehicle identification number"),
    "LICENSE_PLATE": ("phi-vehicle-id", VEHICLE, "a licence plate number"),
    "IP_ADDRESS": ("phi-ip-address", IP, "a public IP address"),
    "URL": ("phi-personal-url", URL, "a URL about one person"),
    "OTHER_IDENTIFIER": ("phi-other-identifier", OTHER, "an identifying code no word explains"),
    "NATIONAL_ID": ("phi-national-id", OTHER, "a national identity number"),  # (titles the rule)
    **{n.entity: ("phi-national-id", OTHER, f"a national identity number ({n.name})") for n in NATIONAL_IDS},
    "DENY_LIST": ("phi-deny-list", OTHER, "a configured deny-listed term"),
}
# every credential entity the secret detectors emit (detect.secrets, detect.providers; tests keep them in step)
SECRET_ENTITIES: tuple[str, ...] = (
    "ANTHROPIC_API_KEY", "ARTIFACTORY_TOKEN", "AWS_ACCESS_KEY", "AZURE_SAS_TOKEN", "AZURE_STORAGE_KEY", "BEARER_TOKEN",
    "CLOUDANT_KEY",
    "CONNECTION_STRING_PASSWORD", "DISCORD_TOKEN", "DISCORD_WEBHOOK", "GITHUB_TOKEN", "GITLAB_TOKEN",
    "GOOGLE_API_KEY", "GOOGLE_OAUTH_SECRET", "HIGH_ENTROPY_SECRET", "HTTP_BASIC_CREDENTIALS", "IBM_CLOUD_KEY",
    "IBM_COS_SECRET", "JWT", "MAILCHIMP_KEY", "NPM_TOKEN", "OPENAI_API_KEY", "PASSWORD", "PRIVATE_KEY",
    "PROVIDER_TOKEN", "PYPI_TOKEN", "SECRET", "SENDGRID_KEY", "SLACK_TOKEN", "SOFTLAYER_KEY", "SQUARE_SECRET",
    "STRIPE_KEY", "TWILIO_KEY", "URL_PASSWORD",
)  # fmt: skip
_SECRET_WORDS = ("KEY", "TOKEN", "SECRET", "PASSWORD", "JWT", "CREDENTIAL", "WEBHOOK")
_OTHER_RULES: tuple[Rule, ...] = (
    Rule("metadata-user-id-not-opaque", FindingKind.METADATA, "a metadata.user_id that identifies a person", OTHER),
    Rule("lint-unsupported-keyword", FindingKind.LINT, "a keyword strict mode does not support"),
    Rule("lint-unsupported-format", FindingKind.LINT, "a format strict mode does not support"),
    Rule("lint-pattern-dialect", FindingKind.LINT, "a pattern outside the strict-mode regex dialect"),
    Rule("lint-too-many-strict-tools", FindingKind.LINT, "more strict tools than a request may carry"),
    Rule("lint-too-many-optional-parameters", FindingKind.LINT, "more optional parameters than a request may carry"),
    Rule("lint-too-many-union-parameters", FindingKind.LINT, "more union-typed parameters than a request may carry"),
    Rule("lint-public-cache-scope", FindingKind.LINT, "a tool list with findings cached publicly"),
)
FEATURE_PREFIX = "feature-"

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
_SECRET_FIX = "revoke the credential and keep secrets out of schemas (use a secret store)"


def is_secret(entity: str) -> bool:
    """True for entities that name a credential rather than PHI (custom `*_KEY`/`*_TOKEN` entities too)."""
    return entity not in _PHI and (entity in SECRET_ENTITIES or any(w in entity for w in _SECRET_WORDS))


def _slug(entity: str) -> str:
    return entity.lower().replace("_", "-")


@functools.cache
def for_entity(entity: str) -> Rule:
    """The rule a detection of `entity` reports under."""
    if entity in _PHI:
        rule_id, hipaa, _ = _PHI[entity]
        return Rule(rule_id, FindingKind.PHI, _PHI[next(e for e in _PHI if _PHI[e][0] == rule_id)][2], hipaa)
    if is_secret(entity):
        return Rule("secret-" + _slug(entity), FindingKind.SECRET, f"a secret ({entity})")
    return Rule("phi-" + _slug(entity), FindingKind.PHI, entity.lower().replace("_", " "), OTHER)


def label(entity: str) -> str:
    """How a finding names what it found: `a device IMEI` (more specific than its rule's title)."""
    return _PHI[entity][2] if entity in _PHI else for_entity(entity).title


def feature(feature_id: str, title: str) -> Rule:
    """The rule for a row of the eligibility table."""
    return Rule(FEATURE_PREFIX + feature_id, FindingKind.FEATURE, title)


@functools.cache
def _by_id() -> dict[str, Rule]:
    from phiscan.data.eligibility import load_eligibility

    rules = [for_entity(e) for e in (*_PHI, *SECRET_ENTITIES)]
    rules += [feature(f.id, f.title) for f in load_eligibility().features]
    rules += _OTHER_RULES
    return {r.id: r for r in rules}


def all_rules() -> Iterator[Rule]:
    """Every built-in rule (custom recognizers add `phi-<entity>` rules of their own)."""
    yield from _by_id().values()


def get(rule_id: str) -> Rule:
    """The rule `rule_id`; an unknown id (a custom recognizer's) is a PHI rule titled by its id."""
    found = _by_id().get(rule_id)
    if found is not None:
        return found
    kind = FindingKind.SECRET if rule_id.startswith("secret-") else FindingKind.PHI
    return Rule(rule_id, kind, rule_id.split("-", 1)[-1].replace("-", " "), "" if kind is FindingKind.SECRET else OTHER)


def fix_hint(role: str, entity: str) -> str:
    """One line saying how to fix a finding of `entity` in a `role` surface."""
    return _SECRET_FIX if is_secret(entity) else _ROLE_FIX.get(role, _DEFAULT_FIX)
