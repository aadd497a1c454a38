"""A recognizer for URLs that point at one person, not at documentation.

Schemas are full of links to specs and docs; those are not PHI.  A URL is reported when it
is a personal profile, a fundraiser, or a patient-portal page about one patient.  The
Presidio recognizer built on these is in `phiscan.detect.presidio`.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from phiscan.detect.reserved import is_reserved_domain

URL_PATTERN = r"https?://[^\s\"'<>()\[\]{}|\\^`]+[^\s\"'<>()\[\]{}|\\^`.,;:!?]"
_SOCIAL = re.compile(
    r"^(?:www\.|m\.|mobile\.)?(?:facebook|fb|twitter|x|instagram|tiktok|linkedin|gofundme|threads|pinterest|"
    r"snapchat|myspace|vk|ok)\.(?:com|net|ru)$"
)
_NOT_A_PROFILE = frozenset(
    {
        "",
        "share",
        "sharer",
        "sharer.php",
        "intent",
        "home",
        "login",
        "help",
        "about",
        "legal",
        "policies",
        "privacy",
        "terms",
        "developers",
        "developer",
        "business",
        "hashtag",
        "search",
        "explore",
        "settings",
        "pages",
        "groups",
        "company",
        "school",
        "jobs",
        "watch",
        "embed",
        "plugins",
        "dialog",
        "i",
        "docs",
    }
)
_PATIENT_PATH = re.compile(r"/(?:patients?|members?|people|person|profiles?|users?|mychart)/([^/?#]+)", re.I)
_PERSON_QUERY = re.compile(r"[?&](?:patient|patient_id|mrn|name|member|member_id|ssn|dob|email)=([^&#]+)", re.I)


def personal_url(url: str) -> bool:
    """True when `url` identifies one person (profile, fundraiser, patient page)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    if not host or is_reserved_domain(host):
        return False
    segments = [s for s in parts.path.split("/") if s]
    if _SOCIAL.match(host):
        if not segments or segments[0].lower() in _NOT_A_PROFILE:
            return False
        first = segments[0].lstrip("@")
        if first in ("in", "f", "pub") and len(segments) > 1:  # linkedin.com/in/x, gofundme.com/f/x
            first = segments[1]
        return bool(re.fullmatch(r"[\w.\-]{3,}", first)) and not first.startswith(("{", "%7B"))
    for m in (_PATIENT_PATH.search(parts.path), _PERSON_QUERY.search("?" + parts.query)):
        if m is not None:
            value = m.group(1)
            if not value.startswith(("{", "%7B", ":", "<", "$")) and any(c.isalnum() for c in value):
                return "mychart" in host or "patient" in parts.path.lower() or bool(re.search(r"\d", value))
    return host.startswith("mychart.") and len(segments) > 1
