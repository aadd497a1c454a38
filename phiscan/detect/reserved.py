"""Values reserved for documentation and placeholders: never findings.

RFC 2606 / RFC 6761 domain names, documentation phone and IP ranges, masked or templated
values (`XXX-XX-XXXX`, `{id}`, `<your-api-key>`).  Policy checks every detection here.
"""

from __future__ import annotations

import re

_RESERVED_TLDS = ("example", "test", "invalid", "localhost", "local", "internal", "lan", "home.arpa")
_RESERVED_DOMAINS = ("example.com", "example.org", "example.net", "example.edu")
# not reserved by RFC, but only ever used as stand-ins in documentation
_STAND_IN_DOMAINS = frozenset(
    {
        "domain.com",
        "email.com",
        "company.com",
        "yourdomain.com",
        "yourcompany.com",
        "mydomain.com",
        "mycompany.com",
        "somewhere.com",
        "foo.com",
        "bar.com",
        "test.com",
        "sample.com",
        "acme.com",
        "website.com",
        "site.com",
        "host.com",
        "server.com",
    }
)
_STAND_IN_PEOPLE = re.compile(
    r"(?:^|[._-])(?:doe|roe|doe\d*)(?:$|[._-])|^(?:jdoe|janedoe|johndoe|jsmith)\d*$", re.IGNORECASE
)
_PLACEHOLDER = re.compile(
    r"^(?:x+|X+|#+|\*+|0+|9+|n+|N+|_+|\.+|-+)$"  # a run of one masking character
    r"|[xX*#•]{3,}"  # a masked part inside
    r"|^[<{\[$%]|[>}\]]$"  # a template: <name>, {id}, ${VAR}, [value]
    r"|\b(?:your|my|some|example|sample|dummy|placeholder|changeme|redacted|todo|tbd|foo|bar)[-_ ]",
    re.IGNORECASE,
)
_SAMPLE_IDS = frozenset({"1EG4TE5MK73", "1EG4-TE5-MK73"})  # CMS's published sample MBI
_STAND_IN_NAMES = frozenset(
    {
        "john doe",
        "jane doe",
        "jane roe",
        "richard roe",
        "john q public",
        "joe bloggs",
        "max mustermann",
        "erika mustermann",
        "mario rossi",
        "juan perez",
        "fulano de tal",
    }
)


def is_reserved_domain(host: str) -> bool:
    """A domain set aside for documentation and testing (RFC 2606, RFC 6761)."""
    host = host.lower().rstrip(".")
    if host in _STAND_IN_DOMAINS:
        return True
    return (
        host.endswith(tuple("." + t for t in _RESERVED_TLDS))
        or host in _RESERVED_TLDS
        or any(host == d or host.endswith("." + d) for d in _RESERVED_DOMAINS)
    )


def is_placeholder(value: str) -> bool:
    """A masked, templated or stock example value that stands for no one."""
    v = value.strip()
    if not v:
        return True
    if _PLACEHOLDER.search(v) or v.upper() in _SAMPLE_IDS:
        return True
    return " ".join(v.lower().replace(",", " ").split()) in _STAND_IN_NAMES


def is_stand_in_mailbox(local: str) -> bool:
    """`jane.doe`, `j.doe`, `jdoe`: the textbook stand-ins for a person."""
    return bool(_STAND_IN_PEOPLE.search(local))
