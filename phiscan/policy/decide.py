"""Decide which detections are findings, and how much each matters.

Values, not vocabulary: a detection must clear its score threshold, must not be a reserved
or placeholder value, and an identifier nested inside a larger one is reported only as the
outer one.  Severity follows where the text travels (grammar cache > rest of a cached schema
> prompt).  Raw values stop here: findings carry a masked excerpt and a keyed fingerprint.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from phiscan import rules
from phiscan.detect.addresses import modelled_address
from phiscan.detect.barecodes import ENTITY as BARE_CODE
from phiscan.detect.barecodes import standing_codes
from phiscan.detect.evidence import RECOGNIZER as CONTEXT_RECOGNIZER
from phiscan.detect.names import name_shaped
from phiscan.detect.reserved import is_placeholder, is_reserved_domain, is_role_mailbox, is_stand_in_mailbox
from phiscan.detect.reserved import is_stand_in_name as stand_in_name
from phiscan.detect.windows import within_any
from phiscan.policy.codes import unexplained, unnamed
from phiscan.policy.dated import lone_dates
from phiscan.policy.held import Held
from phiscan.policy.held import normalised as _norm
from phiscan.policy.mint import FINGERPRINT_KEY, finding
from phiscan.policy.overlaps import is_ner, resolve_overlaps, strong_secret
from phiscan.policy.people import gazetteer_names, introduced, misread, trimmed
from phiscan.types import GRAMMAR_ROLES, Detection, Exposure, Finding, Role, Severity, Surface

_SECRET_MIN = 0.7
_IDENTIFIER_ROLES = frozenset({Role.PROPERTY_NAME, Role.TOOL_NAME, Role.FILE_NAME})
_VOUCHED = frozenset({CONTEXT_RECOGNIZER, "phiscan:siblings", "phiscan:names"})  # they judged a name's shape
_ENTITY_ALIASES = {
    "US_MBI": "HEALTH_PLAN_ID",
    "US_HEALTH_INSURANCE_MEMBER_ID": "HEALTH_PLAN_ID",
    "US_BANK_NUMBER": "ACCOUNT_NUMBER",
    "US_HICN": "HEALTH_PLAN_ID",
}


@dataclass(frozen=True, slots=True)
class Policy:
    """Thresholds and switches that turn detections into findings."""

    min_score: float = 0.5
    disabled_entities: frozenset[str] = frozenset()
    allow_values: frozenset[str] = frozenset()
    allow_patterns: tuple[re.Pattern[str], ...] = ()
    show_values: bool = False
    fingerprint_key: bytes = FINGERPRINT_KEY


def severity_for(role: Role, exposure: Exposure) -> Severity:
    """High in the grammar cache, medium elsewhere in a cached schema and in file names, low in prompts."""
    if exposure is Exposure.SCHEMA_CACHE:
        return Severity.HIGH if role in GRAMMAR_ROLES else Severity.MEDIUM
    if exposure in (Exposure.FILE_NAME, Exposure.METADATA):
        return Severity.MEDIUM
    return Severity.LOW


# Code systems whose codes are numbers, or letters and digits (SNOMED CT, LOINC, ICD, CPT, HCPCS, RxNorm, NDC, CVX,
# DRG, MeSH, UMLS, ATC): a value under a key that names one is a code, not a person's number
_CODE_SYSTEMS = frozenset(
    {"snomed", "sct", "snomedct", "loinc", "icd", "icd9", "icd10", "icd11", "cpt", "hcpcs", "rxnorm", "rxcui", "ndc"}
    | {"cvx", "drg", "mesh", "umls", "cui", "atc"}
)
_CODE_LIKE = frozenset(
    {"MRN", "ACCOUNT_NUMBER", "HEALTH_PLAN_ID", "US_DRIVER_LICENSE", "DEVICE_ID", "PHONE_NUMBER", "LICENSE_PLATE"}
)


def _key(surface: Surface) -> str:
    """The value's own key, the innermost property name above it ('' when none)."""
    keys = [c for c in surface.context if " " not in c.strip()]
    return keys[-1] if keys and surface.role not in _IDENTIFIER_ROLES else ""


def _coded(surface: Surface) -> bool:
    """The value's own key names a code system (`snomed`, `icd10Code`, `loinc_codes`)."""
    key = _key(surface)
    return bool(key) and _names_a_code_system(key)


@functools.lru_cache(maxsize=1 << 14)  # the same keys recur across a run's surfaces
def _names_a_code_system(key: str) -> bool:
    from phiscan.surfaces.identifiers import split_identifier

    return any(w in _CODE_SYSTEMS for w in split_identifier(key).text.lower().split())


# A text that spells a format (`in YYYY-MM-DD format`, `E.164`) and shows it: "For example, `1998-09-21`"
_SPELLS_FORMAT = re.compile(r"\b(?:YYYY|yyyy)[-/.]?(?:MM|mm)|\b(?:MM|mm)[-/.](?:DD|dd)\b|E\.164")
_EXAMPLE = re.compile(r"(?i)\b(?:for example|e\.g\.|for instance)")
_PROSE_ROLES = frozenset({Role.DESCRIPTION, Role.TOOL_DESCRIPTION})
_FORMAT_SHOWN = frozenset({"DATE_OF_BIRTH", "PHONE_NUMBER"})
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)[.;!?](?:\s|$)|\n\s*\n")  # not the stop of `e.g.`


def _shown_as_example(raw: str, d: Detection) -> bool:
    """`d` follows an example cue in its own sentence ("For example, `1998-09-21`\nrepresents September 21")."""
    if raw[d.start : d.end] != d.matched:
        return False
    before = raw[max(0, d.start - 80) : d.start]
    ends = list(_SENTENCE_END.finditer(before))
    return _EXAMPLE.search(before[ends[-1].end() if ends else 0 :]) is not None


def _shows_a_format(surface: Surface) -> bool:
    """A description that spells a format and shows examples of it: its dates and phone numbers are those."""
    raw = surface.raw
    return surface.role in _PROSE_ROLES and bool(_SPELLS_FORMAT.search(raw)) and bool(_EXAMPLE.search(raw))


def _plausible(d: Detection, policy: Policy) -> bool:
    value = d.matched.strip()
    if not value or d.entity in policy.disabled_entities or d.score < policy.min_score:
        return False
    if value in policy.allow_values or any(p.search(value) for p in policy.allow_patterns):
        return False
    if rules.is_secret(d.entity):
        return d.score >= _SECRET_MIN  # the detector has its own placeholder rules; a bare PEM header is 0.6
    if is_placeholder(value):
        return False
    if d.entity == "PERSON":  # the schema's words already vouched for a context detection's shape
        return d.recognizer in _VOUCHED or name_shaped(value)
    if d.entity == "LOCATION" or (d.entity == "STREET_ADDRESS" and is_ner(d)):  # a model's place: a house, a street
        return modelled_address(value)
    if d.entity == "EMAIL_ADDRESS":
        local, _, domain = value.rpartition("@")
        return not (is_reserved_domain(domain) or is_role_mailbox(local) or is_stand_in_mailbox(local))
    return True


Origin = tuple[int, int] | None  # where in the surface's string a view's text comes from, when only a part


def decide(
    surface: Surface, per_view: Sequence[Sequence[Detection]], policy: Policy, origins: Sequence[Origin] | None = None
) -> list[Finding]:
    """The findings one surface yields, from the detections over each of its views.

    `origins[i]` is where view i's text sits in the surface's string when it is only a part of it (one
    literal of a regex); a finding from such a view carries it as its `span`.
    """
    origins = origins if origins is not None else [None] * len(per_view)
    views = [
        (
            origin,
            [
                Detection(_ENTITY_ALIASES.get(d.entity, d.entity), d.start, d.end, d.score, d.recognizer, d.matched)
                for d in detections
            ],
        )
        for origin, detections in zip(origins, per_view, strict=True)
    ]
    if any(d.entity == BARE_CODE for _, ds in views for d in ds):
        standing = standing_codes(surface.raw) if unexplained(surface.role, _key(surface)) else frozenset()
        views = [(o, [d for d in ds if d.entity != BARE_CODE or d.matched in standing]) for o, ds in views]
    coded = _coded(surface)
    documented = _shows_a_format(surface)
    views = [
        (
            o,
            [
                introduced(t, surface)
                for t in map(trimmed, ds)
                if not misread(t, surface)
                and not (coded and t.entity in _CODE_LIKE)
                and not (documented and t.entity in _FORMAT_SHOWN and _shown_as_example(surface.raw, t))
                and not unnamed(t.entity, surface.raw, surface.context)
            ],
        )
        for o, ds in views
    ]
    judged: dict[Detection, bool] = {}  # a long text holds thousands of names: judge each once

    def ok(d: Detection) -> bool:
        if d not in judged:
            judged[d] = _plausible(d, policy)
        return judged[d]

    named = any(d.entity == "PERSON" and ok(d) for _, ds in views for d in ds)
    # always: the model may have found one name of several (what it found keeps its own score)
    modelled = {_norm(d.matched) for _, ds in views for d in ds if d.entity == "PERSON" and ok(d)}
    backstop = [d for d in gazetteer_names(surface) + lone_dates(surface) if _norm(d.matched) not in modelled]
    if backstop:
        views.append((None, backstop))
        named = named or any(ok(d) for d in backstop)
    if named:
        # a full date next to a person's name is that person's date (Safe Harbor: dates related to an individual)
        views = [
            (o, [replace(d, score=max(d.score, policy.min_score)) if d.entity == "DATE_OF_BIRTH" else d for d in ds])
            for o, ds in views
        ]
    kept: list[tuple[Detection, Origin]] = []
    # in a key, a tool or a file name the name model reads `01 Weather Tool` as a place: only patterns count there
    keyed = surface.role in _IDENTIFIER_ROLES
    for origin, candidates in views:
        # a published test value (a test card, an example IBAN) hides nothing inside it
        stand_ins = [
            (d.start, d.end) for d in candidates if not rules.is_secret(d.entity) and is_placeholder(d.matched)
        ]
        if stand_ins:
            inside = within_any(stand_ins)
            candidates = [d for d in candidates if not inside(d)]
        if origin is None and stand_in_name(surface.raw):  # the model may take part of `John Q. Public`
            candidates = [d for d in candidates if d.entity != "PERSON"]
        plausible = [d for d in candidates if ok(d) and not (keyed and is_ner(d) and d.entity == "LOCATION")]
        kept.extend((d, origin) for d in resolve_overlaps(plausible))
    # across views offsets differ, so compare normalised text: an identifier inside a larger one found in
    # another view is reported once, as the outer one, in its best-supported reading (a key's own `us_ssn_<n>`
    # over a tool's `account`); the name model never swallows a pattern or a secret
    # (and a code no word explains comes last: any reading that says what it is wins, inside it or around it)
    kept.sort(
        key=lambda k: (
            k[0].entity == BARE_CODE,
            not strong_secret(k[0]),
            is_ner(k[0]),
            -len(_norm(k[0].matched)),
            -k[0].score,
        )
    )
    outer: list[tuple[Detection, Origin]] = []
    held = Held()
    for d, origin in kept:
        n = _norm(d.matched)
        if held.contains(n) or ((is_ner(d) or d.entity == BARE_CODE) and held.inside(n)):
            continue
        outer.append((d, origin))
        held.add(n)
    findings: dict[tuple[str, str], Finding] = {}
    seen: set[tuple[str, str]] = set()
    per_rule: dict[str, int] = {}  # distinct values of each rule; only the first MAX_PER_RULE are minted
    severity = severity_for(surface.role, surface.exposure)
    for d, origin in outer:
        rule = rules.for_entity(d.entity)
        # a live credential is sent to the provider wherever it sits: always worth blocking
        sev = Severity.HIGH if rules.is_secret(d.entity) else severity
        key = (rule.id, _norm(d.matched))
        if key in seen:
            continue
        seen.add(key)
        per_rule[rule.id] = per_rule.get(rule.id, 0) + 1
        if per_rule[rule.id] > MAX_PER_RULE:
            continue
        where = f"{surface.role.value} ({surface.exposure.value})"
        findings[key] = finding(
            rule,
            path=surface.path,
            pointer=surface.pointer,
            surface=surface.role,
            entity=d.entity,
            severity=sev,
            score=d.score,
            exposure=surface.exposure,
            message=f"{rules.label(d.entity)} in {where}: {rules.fix_hint(surface.role.value, d.entity)}",
            value=d.matched,
            keep_value=policy.show_values,
            key=policy.fingerprint_key,
            span=origin,
        )
    return _aggregated(list(findings.values()), per_rule)


MAX_PER_RULE = 10  # findings of one rule in one string; beyond, one finding says how many more there are


def _aggregated(found: list[Finding], totals: dict[str, int]) -> list[Finding]:
    """At most `MAX_PER_RULE` findings of a rule per string, the last standing for the rest with a count:
    a pattern of 10,000 record numbers is one problem to fix, not 10,000 report lines (nor 10,000 minted)."""
    by_rule: dict[str, list[Finding]] = {}
    for f in found:
        by_rule.setdefault(f.rule, []).append(f)
    out: list[Finding] = []
    for rule, group in by_rule.items():
        if totals[rule] <= MAX_PER_RULE:
            out.extend(group)
            continue
        out.extend(group[: MAX_PER_RULE - 1])
        rest = totals[rule] - MAX_PER_RULE + 1
        last = group[MAX_PER_RULE - 1]
        out.append(replace(last, count=rest, message=f"{last.message} ({rest} such values in this string)"))
    return out
