"""Addresses as every country writes them, where a key or label names an address.

The street patterns read the orders they spell out (`221B Baker Street`, `Hauptstraße 12`); under `homeAddress`,
`адрес` or `住所` a value is also an address when it has a house number beside one of the words addresses are
written with in 60 languages (`ул. Тверская, д. 18`, `建国路87号`, `테헤란로 231`; `data/address_words.tsv`, from
libpostal's dictionaries), or is a list of places one of which is numbered (`Vinohradská 1847/27, 120 00 Praha 2`).
Hosts, ports, e-mail addresses and network addresses under `serverAddress` or `emailAddress` are none.
"""

from __future__ import annotations

import functools
import itertools
import re

from phiscan.data import data_file
from phiscan.detect.specs import stock_address, street_ok

# scripts written without spaces between words, where an address word is read inside a longer run
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
# an e-mail, a URL, a network address, a port, a memory address, a path, an identifier or a template
_TECHNICAL = re.compile(r"@|://|\d+\.\d+\.\d+|:\d|\b0x[0-9a-f]|[a-z]/[a-z]|::|_|[{}<>$]", re.IGNORECASE)
_TOKEN = re.compile(r"\d+|[^\W\d_]+\.?")
_PARTS = re.compile(r"[,\u060c\u3001;]| - ")
_LISTED = re.compile(r"[,\u060c\u3001;]")
# a sentence's stop after a long word (`Patient's Address. VR ST`; `ул.` and `St.` are abbreviations), an example
_PROSE = re.compile(r"(?<=[^\W\d_]{4})\.\s|\b(?:e\.g|eg|ex|i\.e|example)\b\s*[:.]", re.IGNORECASE)
_NOT_LATIN = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f\u1e00-\u1eff]")
_HOUSE_NUMBER = re.compile(r"(?<!\d)\d{1,5}[^\W\d_]?(?!\d)")
_SAME_FIELD = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,3} \d{1,2}")  # `Address line 1`: a form's field, its index
_POSTAL_PART = re.compile(r"(?<![\w-])[A-Z0-9][A-Z0-9 -]{2,9}[A-Z0-9](?![\w-])")


@functools.lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """(thoroughfare words, other address words, the unspaced scripts' words beside a number).  English ones are
    left out: the street patterns read English addresses, and its words (`port`, `block`, `line`) are settings'."""
    streets: set[str] = set()
    others: set[str] = set()
    before: set[str] = set()  # 建国路87, 판교로 256
    after: set[str] = set()  # 87号, 3丁目, 14층
    for line in data_file("address_words.tsv").read_text("utf-8").splitlines():
        if line.startswith("#"):
            continue
        kind, lang, word = line.split("\t")
        word = word.replace(".", "")
        if _UNSPACED.search(word):
            (before if kind == "street" else after).add(word)
        elif lang != "en":
            (streets if kind == "street" else others).add(word)

    def either(words: set[str]) -> str:
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))

    # Hangul's one-syllable words end a word only (`2호`, not `2호기`; `판교로 256`, not `8080으로 연결`)
    near = re.compile(rf"\d(?:{either(after)})(?![\uac00-\ud7af])|(?:{either(before)}) ?\d")
    # Thai writes the road's word onto its name (`ถนนสุขุมวิท 47`): the word and a five-digit postcode then
    thai = re.compile(rf"(?:{either({w for w in before if _THAI.search(w)})}).*(?<!\d)\d{{5}}(?!\d)")
    return frozenset(streets), frozenset(others), near, thai


# Sri Lanka's road words, which libpostal's dictionaries lack (`Senanayake Mawatha`, `Temple Pedesa`)
_MORE_STREETS = frozenset({"mawatha", "mawata", "pedesa", "mw"})


def thoroughfare(word: str) -> bool:
    """A word for a street in another language than English (`Mawatha`, `Bulevardul`, `Strada`, `ulica`): a name
    beside it is a street's, named for a person (`Senanayake Mawatha`)."""
    low = word.lower().replace(".", "")
    return low in _words()[0] or low in _MORE_STREETS


def world_address(value: str) -> bool:
    """Whether `value`, under a word for an address, is one as some country writes it."""
    v = value.strip()
    letters = sum(c.isalpha() for c in v)
    if not 6 <= len(v) <= 160 or letters < 4 or not any(c.isdigit() for c in v) or _TECHNICAL.search(v):
        return False
    if all(_SAME_FIELD.fullmatch(p.strip()) for p in _PARTS.split(v)):
        return False
    streets, others, near, thai = _words()
    if _UNSPACED.search(v):
        return near.search(v) is not None or thai.search(v) is not None
    if not _LISTED.search(v) and not _NOT_LATIN.search(v):
        return False  # Latin words without a list are read by the street patterns (`Box 5 Zip Code` is a form's box)
    tokens = _TOKEN.findall(v)
    words = [t.rstrip(".").lower() for t in tokens]
    known = streets | others
    if _PROSE.search(v) or sum(len(t) >= 4 and t.islower() and t.rstrip(".") not in known for t in tokens) >= 2:
        return False  # a sentence about a field (`The building information, ex : 5th floor.`), not an address
    # in Latin script only a thoroughfare names a street (`Strada`, `Calle`; `Rack 12` and `Level 2` are settings');
    # in the others a house, flat or building word does too (`д. 27`, `кв. 14`)
    named_by = streets if not _NOT_LATIN.search(v) else known
    for i, word in enumerate(words):
        # a short word is an abbreviation, with its stop (`д.` and `ul.` are a house and a street, `AZ` a zone)
        named = word in named_by and (len(word) > 2 or tokens[i].endswith("."))
        house = any(_HOUSE_NUMBER.fullmatch(w) for w in words[max(0, i - 3) : i + 4])
        if named and house and _named_place(tokens, known):
            return True
    return _listed_places(v)


def _named_place(tokens: list[str], known: frozenset[str]) -> bool:
    """A word that names a street or a town: capitalised or of a script without case, and no address word."""
    return any(
        t[0].isalpha() and (t[0].isupper() or not t[0].islower()) and t.rstrip(".").lower() not in known for t in tokens
    )


def _listed_places(v: str) -> bool:
    """Places listed from the house to the town with their postal code (`Canale Bellucci, 18, 38020, Cloz (TN)`,
    `Vinohradská 1847/27, 120 00 Praha 2`): without the code a list is as often a setting's (`Rack 12, Frankfurt`)."""
    from phiscan.detect.postal import postal_code

    parts = [p.strip() for p in _PARTS.split(v) if p.strip()]
    if len(parts) < 2 or len(re.findall(r"\d+", v)) < 2:  # a house's number and the code
        return False
    places = [p for p in parts if sum(c.isalpha() for c in p) >= 3 and re.search(r"(?<!\w)[^\W\d_]", p)]
    coded = any(postal_code(m.group()) for p in parts for m in _POSTAL_PART.finditer(p))
    return coded and len(places) >= 2 and any(not p[0].islower() for p in places)


_ADDRESS = re.compile(
    r"^(?:\d{1,6}[A-Za-z]?(?:[-/]\d{1,4})?,? [^\W\d_][\w'.-]*(?:,? [\w'.#-]+){0,10}"  # 221B Baker Street, 12 rue ...
    r"|[^\W\d_][\w'.-]*(?: [^\W\d_][\w'.-]*){0,4} \d{1,5}[a-zA-Z]?(?:[,;] .*)?"  # Hauptstraße 12, 10115 Berlin
    r"|(?:P\.? ?O\.? |Post Office )Box \d{1,6}.*|Box \d{1,6},.*"  # `box5_zip_code` is a form's box
    r"|(?:Flat|Apt\.?|Unit|Suite) \w{1,5},? \d{1,6} [^\W\d_].*)$",
    re.IGNORECASE,
)


def no_house(matched: str, identifier: str) -> bool:
    """A street read in a key or a file name whose house number is none: wherever it stands, a piece of a hash or
    a hex id (`feec93.PublicFilterBranch`, `1821ba.DatePoint`; `10250B_Elm_St` keeps its unit's letter), or a
    number of six digits or more, which is a date's or a record's (`520172.ExternalBookingFormField`)."""
    number = re.match(r"\d+", matched)
    if number is None:
        return False
    spots = [m.span() for m in re.finditer(rf"(?<!\d){number.group()}(?!\d)", identifier)]
    hashes = [m.span() for m in _HEX_RUN.finditer(identifier) if not re.fullmatch(r"\d+[A-Fa-f]?", m.group())]
    hashed = bool(spots) and all(any(a <= s and e <= b for a, b in hashes) for s, e in spots)
    return len(number.group()) >= 6 or hashed


_HEX_RUN = re.compile(r"(?<![0-9a-f])[0-9a-f]{6,}(?![0-9a-f])|(?<![0-9A-F])[0-9A-F]{6,}(?![0-9A-F])")


# a name model's place is a home with a house number before two capitalised words, or a state and ZIP at its end;
# not an HTTP status line (`404 Not Found`, `500 Server Error`: RFC 9110's and RFC 2616's reason phrases, as servers
# print them)
_MODELLED = re.compile(r"^\d{1,6}[A-Z]? (?:[NSEW]\.? )?[A-Z][a-z]+ [A-Z][a-z]|\b[A-Z]{2},? \d{5}(?:-\d{4})?$")
_STATUS_LINE = re.compile(
    r"^[1-5]\d\d (?:Continue|Switching Protocols|OK|Created|Accepted|Non-Authoritative Information|No Content|Reset "
    r"Content|Partial Content|Multiple Choices|Moved Permanently|Found|See Other|Not Modified|Use Proxy|Temporary "
    r"Redirect|Permanent Redirect|Bad Request|Invalid Request|Unauthorized|Payment Required|Forbidden|(?:Page )?Not "
    r"Found|Method Not Allowed|Not Acceptable|Proxy Authentication Required|Request Time-?out|Conflict|Gone|Length "
    r"Required|Precondition Failed|(?:Content|Payload|Request Entity) Too Large|URI Too Long|Request-URI Too Long|"
    r"Unsupported Media Type|(?:Requested )?Range Not Satisfiable|Expectation Failed|Misdirected Request|"
    r"Unprocessable (?:Content|Entity)|Upgrade Required|Too Many Requests|(?:Internal )?(?:Server )?Error|Not "
    r"Implemented|Bad Gateway|Service (?:Temporarily )?Unavailable|Gateway Time-?out|HTTP Version Not Supported)\b",
    re.IGNORECASE,
)


def modelled_address(value: str) -> bool:
    """Whether a place the name model found is shaped as a home's address."""
    return bool(_MODELLED.search(value)) and not stock_address(value) and not _STATUS_LINE.match(value)


_STREET_WORD = re.compile(
    r"(?i)(?:stra(?:ss|ß)e|str\.|weg|gasse|allee|platz|laan|straat|gracht|vej|gatan|gata|ulica|katu|tie|veien|vegen|"
    r"gade|vägen|utca|út|plac|rynek|aleja|trg|náměstí)\b"
)


def address_shaped(value: str) -> bool:
    """An address in the orders the street patterns read, or as some country writes it (`world_address`); on two lines
    as an envelope writes it (`51 MADISON HL` over `SALAMANCA, NY 14726`).  A word for an address stands before it."""
    v = value.strip()
    v = v.replace("\n", " ") if v.count("\n") == 1 and _CITY_LINE.search(v) else v
    if (v[:1].isdigit() and not street_ok(v, named=True)) or (v[:1] in "Pp" and stock_address(v)):
        return False  # a stock house number (1, 123, 1234) or box (`PO Box 1234`): an example, not a home
    if all(re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+){0,3} \d", p.strip()) for p in v.split(",")) and not (
        _STREET_WORD.search(v)
    ):
        return False  # fields and their index (`sublocality_2`, `address line 1`, `Line 1, Line 2`), not `Kerkstraat 5`
    if 8 <= len(v) <= 120 and bool(_ADDRESS.match(v)) and sum(c.isalpha() for c in v) >= 4:
        return True
    return world_address(v)


# where a labelled value ends: its line (unless a US city line follows it), a `;`, or a sentence's stop after a long
# word or a number (`ул.` and `St.` are abbreviations)
_STATE_ZIP = r", [A-Z]{2} \d{5}(?:-\d{4})?"  # a US city line's end: `, NY 14726-8794`
_CITY_LINE = re.compile(rf"\n[^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+){{0,3}}{_STATE_ZIP}$")
_VALUE_END = re.compile(rf"\n(?![^\n]*{_STATE_ZIP}(?:$|\n))|;|(?<=[^\W\d_]{{4}})\.(?:\s|$)|(?<=\d)\.(?:\s|$)")
# a colon, or a full-width one (`住所`), or HL7 v2's field separator right after a field's number (`PID-11| ...`)
_COLON = re.compile(r"[:\uff1a]|(?<=\d)\|")
# an address of a machine, a mailbox or a contract, not of a home
_TECHNICAL_LABEL = frozenset(
    {"ip", "ipv4", "ipv6", "mac", "email", "mail", "server", "host", "bind", "listen", "remote", "memory", "base"}
    | {"wallet", "contract", "proxy", "gateway", "callback", "redirect", "web", "network", "local", "format"}
)


def labelled_addresses(text: str) -> list[tuple[int, int]]:
    """The spans of the addresses in `text` that follow a label naming one (`Home address: ...`, `住所` and a
    full-width colon).  Linear: each colon reads at most 40 characters before it and 160 after."""
    from phiscan.detect.vocabulary import STRONG, cues_in, normal_words  # vocabulary imports the shapes

    spans: list[tuple[int, int]] = []
    text = text[:20_000]
    for colon in itertools.islice(_COLON.finditer(text), 200):
        head = re.split(r"[\n;.:\uff1a]", text[max(0, colon.start() - 40) : colon.start()])[-1].split()[-4:]
        if not head or _TECHNICAL_LABEL.intersection(w.lower() for w in head):
            continue
        cue = cues_in(normal_words(" ".join(head))).get("STREET_ADDRESS")
        if cue is None or cue[0] != STRONG:
            continue
        start = (
            colon.end() + len(text[colon.end() : colon.end() + 40]) - len(text[colon.end() : colon.end() + 40].lstrip())
        )
        window = text[start : start + 161]
        end = _VALUE_END.search(window)
        value = window[: end.start() if end else len(window)].rstrip()
        if 6 <= len(value) <= 160 and address_shaped(value):
            spans.append((start, start + len(value)))
    return spans
