"""Values reserved for documentation and placeholders: never findings.

RFC 2606 / RFC 6761 domain names, documentation phone and IP ranges, masked or templated
values (`XXX-XX-XXXX`, `{id}`, `<your-api-key>`).  Policy checks every detection here.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_RESERVED_TLDS = ("example", "test", "invalid", "localhost", "local", "internal", "lan", "home.arpa")
_RESERVED_DOMAINS = ("example.com", "example.org", "example.net", "example.edu")
# not reserved by RFC, but only ever used as stand-ins in documentation
# fmt: off
_STAND_IN_DOMAINS = frozenset({
    "domain.com", "email.com", "company.com", "somewhere.com", "foo.com", "bar.com", "test.com", "sample.com",
    "acme.com", "website.com", "site.com", "host.com", "server.com",
})
# fmt: on
# the tenant's label documentation writes for the reader's own (`subdomain.pagerduty.com`, `yourstore.myshopify.com`)
_TENANTS = ("subdomain", "domain", "company", "org", "instance", "tenant", "store", "site")
_STAND_IN_LABELS = {f"{a}{b}" for a in ("your", "your-") for b in _TENANTS} | {"subdomain", "testdomain"}
_STAND_IN_LABELS |= {f"my{b}" for b in ("subdomain", "domain", "company", "instance", "tenant")}
# a word of a host's label that says its mailboxes and pages are made up
_DEMO_WORDS = frozenset({"demo", "sample", "samples", "dummy", "fake", "example", "examples", "sandbox", "placeholder"})
_STAND_IN_PEOPLE = re.compile(
    r"(?:^|[._-])(?:doe|roe|doe\d*)(?:$|[._-])|^(?:jdoe|janedoe|johndoe|jsmith)\d*$", re.IGNORECASE
)
_PLACEHOLDER = re.compile(
    r"^(?:x+|X+|#+|\*+|0+|9+|n+|N+|_+|\.+|-+)$"  # a run of one masking character
    r"|[xX*#•]{3,}"  # a masked part inside
    r"|^[<{\[$%]|[>}\]]$"  # a template: <name>, {id}, ${VAR}, [value]
    r"|\b(?:your|my|some|example|sample|dummy|placeholder|changeme|redacted|todo|tbd|foo|bar)[-_ ]"
    r"|exampl",  # Priya Exampleton, EXAMPLE123
    re.IGNORECASE,
)
# CMS's published sample MBIs (the MBI format specification and its training material), and the VINs that
# decoder documentation and Wikipedia's VIN article use
_SAMPLE_IDS = frozenset(
    {"1EG4TE5MK73", "1EG4-TE5-MK73", "1EG4TE5MK72", "1EG4-TE5-MK72", "1HGCM82633A004352", "1M8GDM9AXKP042788"}
)
# Published test values, compared without spaces and dashes: the card brands' and processors' test card numbers
# (Visa, Mastercard, Amex, Discover, JCB, Diners test numbers in Stripe's, Adyen's and PayPal's docs), the UK's
# example IBANs outside the IBAN registry (whose examples are in `data/test_numbers.txt`), Stripe's test bank account
# and routing numbers, the NHS number Wikipedia works its check digit on, and the largest signed integers.
_TEST_NUMBERS = frozenset(
    {
        "4111111111111111",
        "4242424242424242",
        "4012888888881881",
        "4222222222222",
        "4000056655665556",
        "4000000000000002",
        "4000000000000077",
        "5555555555554444",
        "5105105105105100",
        "5200828282828210",
        "2223003122003222",
        "2222400070000005",
        "378282246310005",
        "371449635398431",
        "378734493671000",
        "6011111111111117",
        "6011000990139424",
        "6011000000000004",
        "3530111333300000",
        "3566002020360505",
        "30569309025904",
        "38520000023237",
        "36227206271667",
        "6200000000000005",
        "GB82WEST12345698765432",
        "GB33BUKB20201555555555",
        "000123456789",
        "110000000",
        "000111111116",
        "000222222227",
        "9434765919",  # Wikipedia's worked example of the NHS number's check digit
        "2147483647",  # the largest 32-bit signed integer, a schema's `maximum` and a limit's sentinel
        "9223372036854775807",  # the largest 64-bit signed integer
    }
)


def _stand_in_names() -> frozenset[str]:
    """The names forms, manuals and documentation use for anyone (`data/stand_in_names.txt`, sources there)."""
    from phiscan.data import word_list

    return word_list("stand_in_names.txt")


# Addresses famous as fiction or as landmarks, which documentation uses for anyone's; and companies' head offices,
# which their own and others' API documentation use as the example address (Google Maps: 1600 Amphitheatre
# Parkway; Square: 500 Electric Ave, 1455 Market St; Stripe: 510 Townsend St)
# fmt: off
STOCK_ADDRESSES = (
    "742 evergreen terrace", "221b baker street", "1600 pennsylvania avenue", "4 privet drive",
    "1060 west addison street", "124 conch street", "350 fifth avenue",
    "1600 amphitheatre parkway", "1600 amphitheatre pkwy", "1 infinite loop", "one infinite loop",
    "one apple park way", "1 apple park way", "1 hacker way", "one microsoft way", "1 microsoft way",
    "354 oyster point",
    "2222 home street",  # HL7 v2's own example patient's (Adam Everyman's)
    # landmarks: the Eiffel Tower, 10 Downing Street, the Empire State Building, One World Trade Center, 30 Rock
    "5 avenue anatole france", "10 downing street", "20 w 34th st", "20 west 34th street", "1 world trade center",
    "30 rockefeller plaza",
)
# fmt: on
# offices on streets that many towns have: stock alone, or in the company's own city, not in another town's
STOCK_OFFICES = {
    "500 electric ave": "new york",
    "1455 market st": "san francisco",
    "510 townsend st": "san francisco",
    "410 terry ave": "seattle",
}


def is_reserved_domain(host: str) -> bool:
    """A domain set aside for documentation and testing (RFC 2606, RFC 6761)."""
    host = host.lower().rstrip(".")
    if host in _STAND_IN_DOMAINS or _misspelt_example(host) or host.split(".", 1)[0] in _STAND_IN_LABELS:
        return True
    if any(w in _DEMO_WORDS for label in host.split(".")[:-1] for w in label.split("-")):
        return True  # a vendor's demo or sandbox domain (`klaviyo-demo.com`, `demo.de`, `acme-sandbox.io`)
    reserved = any(host == d or host.endswith("." + d) for d in _RESERVED_DOMAINS)
    return reserved or host in _RESERVED_TLDS or host.endswith(tuple("." + t for t in _RESERVED_TLDS))


def _misspelt_example(host: str) -> bool:
    """`exmaple.com`, `exampel.org`: documentation's slips of RFC 2606's `example` (one letter swapped, dropped
    or doubled), which stand for no one either."""
    label, _, tld = host.rpartition(".")
    label = label.rpartition(".")[2]
    if tld not in ("com", "org", "net") or label == "example" or abs(len(label) - 7) > 1:
        return False
    swapped = any(label == "example"[:i] + "example"[i + 1] + "example"[i] + "example"[i + 2 :] for i in range(6))
    dropped = any(label == "example"[:i] + "example"[i + 1 :] for i in range(7))
    doubled = any(label == "example"[: i + 1] + "example"[i:] for i in range(7))
    return swapped or dropped or doubled


# The dates reference documentation writes as an example of any date, which generators copy into schemas: Java's
# java.time (LocalDate `2007-12-03`), Go's reference time (`2006-01-02`), the OpenAPI (Swagger) data-type guide's
# `2017-07-21`, JSON Schema's reference `2018-11-13` and the Unix epoch; RFC 3339's examples (section 5.8) only with
# their time, as the RFC writes them (`1985-04-12T23:20:50.52Z`): alone they are any day
_DOC_DATES = frozenset({"2007-12-03", "2006-01-02", "2017-07-21", "2018-11-13", "1970-01-01"})
_RFC3339_EXAMPLES = frozenset(
    {"1985-04-12T23:20:50.52Z", "1996-12-19T16:39:57-08:00", "1990-12-31T23:59:60Z", "1990-12-31T15:59:60-08:00"}
    | {"1937-01-01T12:00:27.87+00:20"}
)
_ISO_DATE_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")


_COUNTING = re.compile(r"12345678|23456789|34567890|98765432|87654321|76543210")


@functools.lru_cache(maxsize=1 << 14)  # a long text asks of the same names again and again
def is_placeholder(value: str) -> bool:
    """A masked, templated or stock example value that stands for no one."""
    v = value.strip()
    if not v:
        return True
    if _PLACEHOLDER.search(v) or v.upper() in _SAMPLE_IDS:
        return True
    iso = _ISO_DATE_TIME.fullmatch(v)
    if iso is not None and (iso.group(1) in _DOC_DATES or v in _RFC3339_EXAMPLES):
        return True
    plain = re.sub(r"[\s-]", "", unicodedata.normalize("NFKC", v) if not v.isascii() else v).upper()  # full-width too
    if plain in _TEST_NUMBERS or plain in _published_test_numbers():
        return True
    if sum(c.isdigit() for c in plain) >= 13 and _COUNTING.search(plain):
        return True  # a card's or an account's digits counting up or down (`FR76 3000 4000 0312 3456 7890 143`)
    return is_stand_in_name(v)


def _published_test_numbers() -> frozenset[str]:
    """Adyen's published test cards, gift cards and IBANs, and the IBAN Registry's examples (`data/test_numbers`)."""
    from phiscan.data import word_list

    return word_list("test_numbers.txt")


# The filler text's words (Lorem ipsum, after Cicero's De finibus 1.32-33, as typesetting and generators use it)
# fmt: off
_LOREM = frozenset({
    "lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "adipisicing", "elit", "sed", "do",
    "eiusmod", "tempor", "incididunt", "ut", "labore", "et", "dolore", "magna", "aliqua", "enim", "ad", "minim",
    "veniam", "quis", "nostrud", "exercitation", "ullamco", "laboris", "nisi", "aliquip", "ex", "ea", "commodo",
    "consequat", "duis", "aute", "irure", "in", "reprehenderit", "voluptate", "velit", "esse", "cillum", "eu",
    "fugiat", "nulla", "pariatur", "excepteur", "sint", "occaecat", "cupidatat", "non", "proident", "sunt",
    "culpa", "qui", "officia", "deserunt", "mollit", "anim", "id", "est", "laborum",
})
# fmt: on


# Institutions whose names are written as people's: the US housing and student-loan enterprises' nicknames
_INSTITUTIONS = frozenset({"fannie mae", "freddie mac", "ginnie mae", "sallie mae", "farmer mac"})
# the words of their programmes and securities after such a name (`Fannie Mae Day 1 Certainty`, `Freddie Mac Loan`)
_PROGRAMME = re.compile(r"\d|(?:day|loan|loans|bond|bonds|mbs|mortgage|program|programme|guide|bank|home)$")


def _programme(word: str) -> bool:
    """A programme's word after an institution's name, or a word no name list holds (`HomeReady`, `Multifamily`)."""
    from phiscan.detect.names import gazetteer

    return _PROGRAMME.match(word) is not None or not (word in gazetteer("surnames") or word in gazetteer("given_names"))


@functools.lru_cache(maxsize=1 << 14)
def is_stand_in_name(value: str) -> bool:
    """`John Doe`, `John Q. Public`, `Juan Pérez`: the names forms and manuals use for anyone; filler text's
    words (`quis proident`); and institutions named as people are (`Fannie Mae`)."""
    if len(value) > 40:
        return False
    words = _folded_words(value)
    if words in _INSTITUTIONS or (" ".join(words.split()[:2]) in _INSTITUTIONS and _programme(words.split()[2])):
        return True  # `Fannie Mae Day 1 Certainty`, `Fannie Mae HomeReady`: a programme; `Fannie Mae Smith`, a woman
    if words and all(w in _LOREM for w in words.split()):
        return True
    split = words.split()
    if any(w.startswith("zz") for w in split):
        return True  # a test patient, as EHRs name them to sort last (`ZZTEST^ZZPATIENT`, `Zztest, Adult`)
    listed = _stand_in_names()
    if words in listed or any(" ".join(w) in listed for w in (split[::-1], split[1:] + split[:1])):
        return True  # family name first too: `Yamada Taro`, `Nordmann Ola`, `ERIKSSON<<ANNA<MARIA`
    named = [w for w in split if len(w.strip(".")) > 1]  # without a middle initial: `Jane A. Doe`, `Joe B. Bloggs`
    if 2 <= len(named) < len(split) and (" ".join(named) in listed or named[-1] in _STAND_IN_SURNAMES):
        return True
    *initials, family = words.split() or [""]
    # `J. Doe`, `J. Q. Public`: a stand-in's surname after initials only
    return bool(initials) and all(len(i) == 1 for i in initials) and family in _STAND_IN_SURNAMES


# the stand-ins' surnames no real family is likely to be met under initials in a schema (not Rossi, Perez)
_STAND_IN_SURNAMES = frozenset({"doe", "roe", "public", "bloggs", "mustermann"})


def is_stand_in_surname(word: str) -> bool:
    """`Doe`, `Public`, `Mustermann`: the surnames forms put after a title or initials for anyone."""
    return _folded_words(word) in _STAND_IN_SURNAMES


def _folded_words(value: str) -> str:
    """`John Q. Public` and `Juan Pérez` as `john q public`, `juan perez`."""
    plain = unicodedata.normalize("NFKD", value.lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(re.sub(r"[,.<^]", " ", plain).split())


# RFC 3092's metasyntactic variables (`foo@user.com`): a stand-in, not a mailbox
_METASYNTACTIC = frozenset({"foo", "bar", "baz", "qux", "quux", "foobar", "foo.bar", "xyzzy"})


def is_stand_in_mailbox(local: str) -> bool:
    """`jane.doe`, `j.doe`, `jdoe`: the textbook stand-ins for a person; `foo`; and the alphabet's or a
    keyboard's first letters (`abcd`, `asdf`, `qwerty`)."""
    low = local.lower()
    return (
        bool(_STAND_IN_PEOPLE.search(local))
        or low in _METASYNTACTIC
        or (len(low) >= 3 and (low in "abcdefghijklmnopqrstuvwxyz" or low in "qwertyuiop" or low in "asdfghjkl"))
    )


# Mailboxes of a role or a team, and the stand-ins documentation writes: an address, but nobody's
# fmt: off
_ROLE_MAILBOXES = frozenset({
    "support", "info", "admin", "noreply", "no-reply", "contact", "sales", "help", "team", "security", "privacy",
    "webmaster", "hello", "abuse", "postmaster", "hostmaster", "billing", "legal", "office", "feedback", "careers",
    "jobs", "press", "media", "marketing", "dev", "developers", "ops", "root", "mail", "notifications",
    "notification", "bot", "github", "git", "users", "user", "test", "example", "name", "email", "someone",
    "somebody", "username", "me", "you", "your", "yourname", "firstname.lastname", "local-part", "localpart",
    "password", "first.last", "name.surname",
})
# fmt: on


def is_role_mailbox(local: str) -> bool:
    """A team's, a function's or a system's mailbox, not a person's: RFC 2142's (`support`, `abuse`), documentation's
    (`someone`, `yourname`), and a maintained list of role-based ones (`orders`, `shipping`, `reception`;
    `data/role_mailboxes.txt`)."""
    from phiscan.data import word_list

    low = local.lower()
    return low in _ROLE_MAILBOXES or low in word_list("role_mailboxes.txt")
