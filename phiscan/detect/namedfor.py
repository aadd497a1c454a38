"""Things named for people: an eponym (`Kaplan Meier estimator`), a public place, fund or law (`Edward Hines Jr. VA
Hospital`), or an organisation (`Henry Ford Health`).  The name in them is the thing's, and nobody's data."""

from __future__ import annotations

import re

from phiscan.pointer import pointer_tokens
from phiscan.surfaces.identifiers import split_identifier
from phiscan.surfaces.keywords import KNOWN
from phiscan.types import Role, Surface

# Words that make the name before them a thing named after a person (`Hardy Weinberg Principle`, `Kaplan Meier
# estimator`, `Jackson Memorial Hospital`): the name is the thing's, and nobody's data
_EPONYM_HEADS = frozenset(
    {"principle", "equilibrium", "theorem", "equation", "distribution", "syndrome", "disease", "estimator", "lemma"}
    | {"hypothesis", "prize", "award", "institute", "university", "hospital", "foundation", "airport", "memorial"}
    | {"lecture", "transform", "algorithm", "constant"}
)  # not `test`, `score`, `clinic` or `school`, which as often follow a patient's name
# one word may stand between: `John F. Kennedy International Airport`, `Jackson Memorial Hospital`
_NEXT_WORD = re.compile(  # on the same line: the next line's first word is another field's (`Bank: Chase`)
    r"[ \t-]*(?:(?:International|Regional|National|Municipal|Medical|General|Community) )?([^\W\d_]+)"
)
# A public place, fund or law named for a person, capitalised as names are (or in capitals, as registers list
# facilities): a head that names one at once (`John David Fry Scholarship`, `JESSE BROWN VAMC`), or any of these heads
# after the words such names put between (`Olin E. Teague Veterans Medical Center`, `Harry W. Colmery Veterans
# Educational Assistance Act`) or after a generation (`Edward Hines Jr. VA Hospital`); not a street (`John Smith III
# Division Street`), and `Maria Garcia Center` or `Maria Garcia Cardiology Division` stay people
_FIRM_HEADS = (
    "Cemetery|VAMC|Hospital|Institute|University|Foundation|Memorial|Airport|Scholarship|Fellowship|Award|Campus"
    "|Intl|Airfield|Aerodrome"  # airports as IATA's and FAA's lists name them (`EDWARD L LOGAN INTL`)
)
_HEADS = _FIRM_HEADS + "|Prize|Center|Centre|Division|Act|Fund"
_BETWEEN = (
    "International|Regional|National|Municipal|Medical|General|Community|Memorial|Veterans['\u2019]?|Children['\u2019]s"
    "|Women['\u2019]s|University|State|County|Federal|Army|Naval|Military|Health|Healthcare|Care|Cancer|Heart|Eye"
    "|Research|Clinical|Comprehensive|Educational|Assistance|Rehabilitation|Behavioral|Mental|Family|Space|Science"
    "|Sciences|Technology|Performing|Arts|Public|Presidential|Library|Voting|Rights|[A-Z]{2,6}"  # VA, UCLA, CARE, STEM
)


def _named_place_form(firm: str, heads: str, between: str, generation: str) -> str:
    return rf"(?:{generation}(?:(?:{between}) ){{0,3}}|(?:(?:{between}) ){{1,3}})(?:{heads})|(?:{firm})"


_NAMED_PLACE = re.compile(
    r"[ \t]*(?:"
    + _named_place_form(_FIRM_HEADS, _HEADS, _BETWEEN, r",? ?(?:Jr|Sr|II|III|IV)\.? ")
    + "|"
    + _named_place_form(_FIRM_HEADS.upper(), _HEADS.upper(), _BETWEEN.upper(), r",? ?(?:JR|SR|II|III|IV)\.? ")
    + r")\b(?![ \t]+(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way|Place|Pl|Court|Ct)\b)"
)


# after a name with a middle initial, as places are named for people (`Lyndon B. Johnson Space Center`), any
# capitalised words may stand between: a patient's name is seldom followed by a Center's
_INITIALLED_END = re.compile(r"\b[A-Z]\. [A-Z][\w'\u2019-]+$")
_LOOSE_PLACE = re.compile(
    rf"[ \t]+(?:[A-Z][\w'\u2019.-]* ){{0,3}}(?:{_HEADS})\b(?![ \t]+(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane|Ln)\b)"
)


def named_place(text: str, end: int) -> bool:
    """The name ending at `end` begins a public place's, fund's or law's named for a person (`_NAMED_PLACE`; after
    a name with a middle initial, `_LOOSE_PLACE`)."""
    if text.startswith(("'s", "\u2019s"), end):
        return False
    if _NAMED_PLACE.match(text, end) is not None:
        return True
    return _INITIALLED_END.search(text, max(0, end - 40), end) is not None and _LOOSE_PLACE.match(text, end) is not None


# and, capitalised, the words that end an organisation's name (`Henry Ford Health`, `Johns Hopkins HealthCare`,
# `Kelsey Seybold Clinic`, `Raymond James Financial`): lower case they follow a patient's name (`Rosa Garcia health`)
_ORGANISATION_HEADS = frozenset(
    {"health", "healthcare", "clinic", "clinics", "medical", "bank", "financial", "insurance", "securities"}
    | {"investments", "holdings", "group", "partners", "associates", "pharmacy", "labs", "laboratories"}
)
# a US hospital's short name after one word (`Mercy General`, `Sharon Regional`); not a person's role (`Carlos Mendez
# General counsel`, `Maria Lopez Regional manager`)
_HOSPITAL_SHORT = re.compile(
    r"[ \t]+(?:General|Regional|Memorial)\b(?![ \t]+(?!(?:for|in|at|on|to|and|or|is|was|with|from|by|since)\b)[a-z])"
)


# software named as people are, its head capitalised right after the name (`Aurora Agile Meta Framework`); not
# `protocol` or a lower-case head (`Maria Gonzalez - protocol ABC-123`)
_SOFTWARE = re.compile(r" (?:Framework|Toolkit|SDK|Plugin|Compiler)\b")


def eponym(text: str, end: int) -> bool:
    """The name ending at `end` is part of a thing named after a person (the word after it says so)."""
    if text.startswith(("'s", "\u2019s"), end):  # `Kowalczyk's test`: a person's
        return False
    m = _NEXT_WORD.match(text, end)
    return (m is not None and m.group(1).lower() in _EPONYM_HEADS) or _SOFTWARE.match(text, end) is not None


# a title's capitals go on after the head (`Maria Gonzalez Health Record`; not `Health System`), or the head labels
# what follows (`Bank: Chase`)
_GOES_ON = re.compile(r"[ -]+(?!(?:System|Systems|Network|Plan|Partners|Group|Alliance)\b)[A-Z]|\s*:")


def organisation(text: str, end: int, start: int = -1) -> bool:
    """The name ending at `end` begins an organisation's (`Henry Ford Health`, `Kelsey Seybold Clinic`): a
    capitalised head word ends it, where in a title's capitals more would follow (`Maria Gonzalez Health Record`);
    or, when the name is one word from `start`, a hospital's short name (`Mercy General`)."""
    m = _NEXT_WORD.match(text, end)
    if m is None or text.startswith(("'s", "\u2019s"), end):
        return False
    if 0 <= start < end and " " not in text[start:end].strip() and _HOSPITAL_SHORT.match(text, end):
        return True
    head = m.group(1)
    return head[0].isupper() and head.lower() in _ORGANISATION_HEADS and _GOES_ON.match(text, m.end()) is None


# the legal forms ISO 20275's Entity Legal Forms list writes after a company's name, and the heads of organisations'
# names, as a name's last word (`Contoso Ltd`, `Fabrikam GmbH`, `Acme Health`); the short forms only as written and
# beside lower-case letters, since syllables of people's names spell them too (Korean `Doo`, `Sa`; Tuareg `Ag`;
# Vietnamese `Co`; `TRAN THI SA`)
_LEGAL_WORDS = frozenset(
    {"inc", "ltd", "llc", "llp", "plc", "corp", "company", "corporation", "incorporated", "limited", "gmbh", "holdings"}
    | {"group", "bank", "health", "healthcare", "clinic", "hospital", "pharmacy", "insurance", "foundation"}
    | {"partners", "associates", "services", "solutions", "systems", "sarl", "s.a.", "s.r.o.", "d.o.o.", "co."}
)
_LEGAL_SHORT = frozenset({"AG", "SA", "AB", "KG", "NV", "BV", "KK", "OY", "OYJ", "ASA", "SAS", "SRL", "SPA", "PTY"})
_LEGAL_SHORT |= {"Pty", "PVT", "Pvt", "BHD", "Bhd", "Sdn", "Tbk", "Kft", "OOO", "S.p.A."}


def legal_form(text: str) -> bool:
    """Whether `text` ends in a company's legal form or an organisation's head word (`Contoso Ltd`, `Acme Co Ltd`)."""
    words = text.split()
    last = words[-1].strip(",") if words else ""
    return last.lower() in _LEGAL_WORDS or (last in _LEGAL_SHORT and any(c.islower() for c in text))


# what a place's or an organisation's object is called in an API (`definitions/Location`, `locations/HNL`, `hotels`):
# the name of one is its own, whoever it is named for (`Charles de Gaulle`, `LENNART MERI`)
_PLACE_OBJECTS = frozenset(
    {"location", "airport", "city", "hotel", "place", "venue", "station", "poi", "landmark", "facility", "building"}
    | {"terminal", "destination", "origin", "airline", "carrier", "organization", "organisation", "company"}
    | {"merchant", "restaurant", "store", "shop", "brand", "product", "region", "country", "points of interest"}
)
# OpenAPI's and example bodies' own words between a name and its object, besides JSON Schema's keywords
_STRUCTURE = KNOWN | {"components", "schemas", "schema", "data", "content", "responses", "parameters", "value"}
_PEOPLE = frozenset({"contact", "person", "guest", "traveler", "traveller", "passenger", "patient", "owner", "holder"})
_PEOPLE |= {"agent", "manager", "customer", "user", "member", "employee", "staff", "driver", "pilot", "doctor"}
_VALUES = frozenset({Role.ENUM, Role.CONST, Role.DEFAULT, Role.EXAMPLES, Role.TITLE})
_NAME_KEYS = frozenset({"name", "detailedname", "displayname", "shortname", "longname", "commonname", "title", "label"})


def things_name(surface: Surface) -> bool:
    """A value that names a thing, whoever its name recalls: a place's or a firm's (`places_name`), a font's."""
    return places_name(surface) or fonts_name(surface)


def fonts_name(surface: Surface) -> bool:
    """A value under a key whose head names a font (`FontFamily`, `font_name`, `typeface`; not `font_owner`): fonts
    are named as people are (`Arial Black`, `Gill Sans`, `Georgia`), and a font's name is no one's."""
    keys = _object_keys(surface)
    key = _words(keys[-1]) if keys else []
    head = key[-1:] if key[-1:] and key[-1] not in _FONT_PARTS else key[-2:-1]
    return bool(head) and head[0] in _FONT_WORDS


_FONT_WORDS = frozenset({"font", "fonts", "typeface", "typefaces"})
_FONT_PARTS = frozenset({"family", "families", "name", "names", "face"})  # `fontFamily`: the font's family


def places_name(surface: Surface) -> bool:
    """A value that is the `name` of a place's or an organisation's object (`/definitions/Location/properties/
    detailedName/example`, `/locations/HNL/detailedName`), read from the object's own names (not the
    schema's words or indexes): its object, right above it, names a place or a firm."""
    keys = _object_keys(surface)
    if len(keys) < 2 or "".join(_words(keys[-1])) not in _NAME_KEYS:
        return False
    parent = keys[-2]
    if re.fullmatch(r"[A-Z0-9]{2,5}", parent) and len(keys) > 2:
        parent = keys[-3]  # a map's code (`locations/HNL`): the map names what its members are
    single = [w[:-1] if w.endswith("s") and w[:-1] in _PLACE_OBJECTS else w for w in _words(parent)]
    placed = " ".join(single) in _PLACE_OBJECTS or any(w in _PLACE_OBJECTS for w in single)
    return placed and not _PEOPLE.intersection(single)  # `LocationValue`; not `HotelContact`, `AirlinePassenger`


def _object_keys(surface: Surface) -> list[str]:
    """The object keys above a value, without JSON Schema's and OpenAPI's own words or array indexes; none for a
    surface that is no value."""
    if surface.role not in _VALUES:
        return []
    return [t for t in pointer_tokens(surface.pointer) if t not in _STRUCTURE and not t.isdigit()]


def _words(key: str) -> list[str]:
    """A key's words in lower case (`FontFamily`: font, family; `detailedName`: detailed, name)."""
    return split_identifier(key).text.lower().split()


# a compass point's initial before a place, in brackets or after a region's word, is part of the place (AWS's
# `US East (N. Virginia)`, `West (N. California)`); `N. Washington` alone may be a person
_COMPASS = frozenset({"n", "s", "e", "w", "ne", "nw", "se", "sw"})
_REGION_BEFORE = re.compile(r"(?:\(|\b(?:east|west|north|south|central|region|in)\s+)$", re.IGNORECASE)


def compass_place(words: list[str], before: str) -> bool:
    """`(N. Virginia)`: a place with its compass point's initial, no initial and surname."""
    from phiscan.detect.names import is_place

    compass = len(words) == 2 and words[0].endswith(".") and words[0][:-1].lower() in _COMPASS
    return compass and is_place(words[1:]) and _REGION_BEFORE.search(before) is not None


# `, and Spanish languages`: a third item after an Oxford comma, itself no `Family, Given` (`, and Garcia, Rosa`)
_LIST_GOES_ON = re.compile(r"\s*,\s*(?:and|or|&)\s+[A-Z][\w-]*\b(?!\s*,)")


def in_a_list(text: str, matched: str, end: int) -> bool:
    """`English, French, and Spanish`: words read as `Family, Given` whose comma goes on into a list."""
    return "," in matched and _LIST_GOES_ON.match(text, end) is not None


def demonym(words: list[str]) -> bool:
    """A place's adjective (`Sierra Leonean`, `Costa Rican`): the place's name with an ending added."""
    from phiscan.detect.names import is_place

    if len(words) < 2:
        return False
    last = words[-1]
    stems = [last[: -len(end)] for end in ("ean", "ian", "an", "ese", "n", "i") if last.endswith(end)]
    return any(is_place([*words[:-1], stem + tail]) for stem in stems for tail in ("", "e", "a", "o"))
