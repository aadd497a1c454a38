"""Detection that generalizes (issue 13): each HIPAA category in the shapes real teams write it, found from
what the value is and what the schema says it is, not from one labelled set's key names and formats.

Values here are made up for these tests and appear in neither labelled set."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import phiscan
from phiscan.detect.analyzer import Analyzer
from phiscan.detect.evidence import contextual
from phiscan.detect.prefilter import may_hold_entity
from phiscan.detect.vocabulary import cues_in, normal_words
from phiscan.documents.discover import iter_files
from phiscan.documents.load import Limits
from phiscan.surfaces.units import load_units
from phiscan.surfaces.views import View, views_of
from phiscan.types import Severity

ROOT = Path(__file__).resolve().parent.parent
NAMES = ROOT / "fixtures" / "schema" / "names" / "people-and-words.schema.json"


def _scan(doc: Any, analyzer: Analyzer, path: str = "doc.json") -> phiscan.Report:
    return phiscan.scan_document(doc, path=path, analyzer=analyzer)


def _at(report: phiscan.Report, pointer: str) -> set[str]:
    return {f.entity for f in report.findings if f.pointer == pointer}


def _scan_file_named(name: str, folder: Path, analyzer: Analyzer) -> phiscan.Report:
    """A trivial schema saved under `name`: what its file name alone yields."""
    (folder / name).write_text('{"type": "object"}', "utf-8")
    return phiscan.scan_paths([folder / name], analyzer=analyzer)


def _openapi(paths: dict[str, Any] | None = None, **info: Any) -> dict[str, Any]:
    """An OpenAPI 3.1 document with `info` fields added to a title and version."""
    return {"openapi": "3.1.0", "info": {"title": "Intake", "version": "1", **info}, "paths": paths or {}}


def _property(key: str, keyword: str, value: Any, **schema: Any) -> dict[str, Any]:
    return {"type": "object", "properties": {key: {"type": "string", keyword: value, **schema}}}


# ---------------------------------------------------------------- the vocabulary
@pytest.mark.parametrize(
    ("key", "category"),
    [
        ("medRecNum", "MRN"),
        ("insMemberNo", "HEALTH_PLAN_ID"),
        ("dtOfBirth", "DATE_OF_BIRTH"),
        ("ptDOB", "DATE_OF_BIRTH"),
        ("encounterFin", "ACCOUNT_NUMBER"),
        ("hcn", "HEALTH_PLAN_ID"),
        ("lic_no", "LICENSE_NUMBER"),
        ("regPlate", "VEHICLE_ID"),
        ("tagNo", "VEHICLE_ID"),
        ("devSerial", "DEVICE_ID"),
        ("ipAddr", "IP_ADDRESS"),
        ("mobileNo", "PHONE_NUMBER"),
        ("personalSite", "URL"),
        ("DRIVERS_LICENCE_NUMBER", "LICENSE_NUMBER"),
        ("Insured's ID Number", "HEALTH_PLAN_ID"),
        ("SSN Number - Patient", "US_SSN"),
        ("licensePlates", "VEHICLE_ID"),
        ("guarantorAcct", "ACCOUNT_NUMBER"),
        ("MDCR_NBR", "HEALTH_PLAN_ID"),  # CMS CCW's and TAF's abbreviations of Medicare and Medicaid
        ("mdcd_nbr", "HEALTH_PLAN_ID"),
        ("hhmrn", "MRN"),  # a house's or a system's prefix glued before the category's word, which heads the key
        ("hhphone", "PHONE_NUMBER"),
        ("resdob", "DATE_OF_BIRTH"),
        ("olddob", "DATE_OF_BIRTH"),  # no English word ends in an abbreviation: any prefix will do
        ("hhssn", "US_SSN"),
        ("drivinlicence", "LICENSE_NUMBER"),
    ],
)
def test_keys_are_read_as_words_in_any_spelling(key: str, category: str) -> None:
    cues = cues_in(normal_words(key))
    assert category in cues
    assert max(cues.items(), key=lambda c: c[1])[0] == category


@pytest.mark.parametrize(
    "key",
    [
        "gunzip",
        "exportzip",
        "webserial",
        "softphone",
        "unlicense",
        "crmbi",
        "guimei",
        "medassn",
        "stubborn",
        "microphone",
        "kevin",
    ],
)
def test_a_word_that_only_ends_in_a_category_s_word_names_none(key: str) -> None:
    assert cues_in(normal_words(key), head=True) == {}


def test_a_longer_phrase_wins_over_its_words() -> None:
    assert set(cues_in(normal_words("license_plate"))) == {"VEHICLE_ID"}


# ---------------------------------------------------------------- formats under context
@pytest.mark.parametrize(
    ("key", "value", "entity"),
    [
        ("medRecNum", "CHART 00739146", "MRN"),
        ("chartNo", "K0739146", "MRN"),
        ("patientIdentifier", "PT-2019-073914", "MRN"),
        ("insMemberNo", "QRT718204639-02", "HEALTH_PLAN_ID"),
        ("subscriberId", "H71820463 00", "HEALTH_PLAN_ID"),
        ("dlNumber", "S736-518-62-407-1", "US_DRIVER_LICENSE"),
        ("drivers_license", "WDLK7QX94B21", "US_DRIVER_LICENSE"),
        ("regPlate", "8KTW417", "LICENSE_PLATE"),
        ("devSerial", "ZX7Q4418273", "DEVICE_ID"),
        ("macAddr", "a4c3.f0e1.7b22", "MAC_ADDRESS"),
        ("guarantorAcct", "HAR 7391046625", "ACCOUNT_NUMBER"),
        ("dtOfBirth", "19620917", "DATE_OF_BIRTH"),
        ("BENE_BIRTH_DT", "17 September 1962", "DATE_OF_BIRTH"),
        ("ptDOB", "9/17/62", "DATE_OF_BIRTH"),  # a US date with a two-digit year
        ("clientIp", "203.0.117.46", "IP_ADDRESS"),  # one zero octet: an address, not a version
        ("mobileNo", "+44 7700 183 529", "PHONE_NUMBER"),
        ("ssn", "514 73 9926", "US_SSN"),
        ("simIccid", "8944200011223344556", "DEVICE_ID"),  # ITU-T E.118, the SIM card number
        ("tricareDbn", "DoD benefits number 10293847561", "HEALTH_PLAN_ID"),
        ("nextOfKin", "OKONKWO, Chidi", "PERSON"),
        ("guardian_name", "aroha ngata", "PERSON"),
        ("mdcrNo", "W740193826", "HEALTH_PLAN_ID"),
    ],
)
def test_an_identifier_under_a_key_that_names_its_category_is_that_category(
    analyzer: Analyzer, key: str, value: str, entity: str
) -> None:
    assert entity in _at(_scan(_property(key, "const", value), analyzer), f"/properties/{key}/const")


def test_the_title_of_a_property_names_its_values(analyzer: Analyzer) -> None:
    doc = _property("field7", "enum", ["QK4418273"], title="Insured's ID Number")
    assert _at(_scan(doc, analyzer), "/properties/field7/enum/0") == {"HEALTH_PLAN_ID"}


def test_words_just_before_a_value_in_text_name_it(analyzer: Analyzer) -> None:
    text = "Labs for the visit. Chart number: CHART 00739146; member ID QK4418273; licence plate 8KTW417."
    found = {d.entity for v in [View(text, (), "")] for d in contextual(v)}
    assert found == {"MRN", "HEALTH_PLAN_ID", "LICENSE_PLATE"}


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Seen today. Pt. ID: 4471829.", "MRN"),  # an abbreviation's period ends no clause
        ("Seen today. Hosp. No. 4471829.", "MRN"),
        ("Seen today. Lic. No. K4417802.", "US_DRIVER_LICENSE"),  # `lic` with its period is prose's abbreviation
        # any abbreviation of the spellings table, however many stand in a row
        ("Printed on the form: Med. Rec. No. 0045821.", "MRN"),
        ("Printed on the form: Ser. No. 4Q72291X.", "DEVICE_ID"),
        ("Printed on the form: Enc. No. 88004217.", "ACCOUNT_NUMBER"),
        ("Printed on the form: Pat. ID 0045821.", "MRN"),
        ("Printed on the form: Veh. Reg. No. KXR4471.", "LICENSE_PLATE"),
        ("Printed on the form: Med. Rec. 0045821.", "MRN"),  # a form's capitalised label right before its value
        ("Printed on the form: Ser. 4Q72291X.", "DEVICE_ID"),
    ],
)
def test_an_abbreviated_label_names_the_value_after_it(text: str, entity: str) -> None:
    assert {d.entity for d in contextual(View(text, (), ""))} == {entity}


@pytest.mark.parametrize(
    "text",
    [
        "Keep the medical record. 0045821 is the batch.",  # a word's stop ends its clause
        "Filed by J. 0045821 is the batch.",
        # a hostile review's: an abbreviation's stop ends its clause when no label goes on after it
        "Serial console for the dev. 44718290 is the baud rate divisor.",
        "Member ID is masked in dev. 44718290",
        "Serial number of the cd. 44718290 rows",
        "Restaurant category, e.g. Chifa 48827163 (store code)",  # Peru's cuisine: only Algeria's card is a cue
    ],
)
def test_a_stop_after_a_whole_word_still_ends_the_clause(text: str) -> None:
    assert contextual(View(text, (), "")) == []


@pytest.mark.parametrize(("title", "entity"), [("Med. Rec. No.", "MRN"), ("Pat. Ser. No.", "DEVICE_ID")])
def test_an_abbreviated_title_names_the_value_under_it(analyzer: Analyzer, title: str, entity: str) -> None:
    doc = {"type": "object", "properties": {"field7": {"type": "string", "title": title, "const": "4Q72291X"}}}
    assert _at(_scan(doc, analyzer), "/properties/field7/const") == {entity}


@pytest.mark.parametrize(
    ("key", "title", "value", "entity"),
    [
        ("friendlyName", "Friendly name of the account", "SSN 514739926", "US_SSN"),
        ("patient", "", "DL# S13750884", "US_DRIVER_LICENSE"),
    ],
)
def test_a_value_that_carries_its_own_label_is_what_the_label_says(
    analyzer: Analyzer, key: str, title: str, value: str, entity: str
) -> None:
    doc = _property(key, "examples", [value], **({"description": title} if title else {}))
    assert _at(_scan(doc, analyzer), f"/properties/{key}/examples/0") == {entity}


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("TRICARE card, DoD benefits no. 10293847561", "HEALTH_PLAN_ID"),  # `no.` does not end the clause
        ("copied from MassHealth ID 100293847561", "HEALTH_PLAN_ID"),  # a state's Medicaid program by name
        ("e.g. driving licence 4417-62-0913", "US_DRIVER_LICENSE"),  # a phone's digits, not its grouping
    ],
)
def test_program_names_abbreviations_and_groupings_in_text(analyzer: Analyzer, text: str, entity: str) -> None:
    assert entity in _at(_scan({"type": "object", "description": text}, analyzer), "/description")


def test_a_label_printed_with_its_number_sign_names_the_number(analyzer: Analyzer) -> None:
    found = _scan({"type": "object", "description": "Chart MR# 4821 7730, SIM ICCID 8944200011223344556"}, analyzer)
    assert _at(found, "/description") == {"MRN", "DEVICE_ID"}
    assert (
        _at(_scan({"type": "object", "description": "See MR 4821 for the change."}, analyzer), "/description") == set()
    )


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("ssn", "^\\d{3}-\\d{2}-\\d{4}$"),  # a format, not a value
        ("licenseId", "W3C-19980720"),  # a dated licence name
        ("memberId", "123456789"),  # a sequence: a placeholder
        ("deviceModel", "RP2040_M0_0"),  # a product code
        ("accountId", "00000000-0000-4000-8000-000000000000"),  # a UUID
        ("version", "2.14.3"),
        ("zip", "12345"),
        ("patientName", "Summer Sale"),
        ("mrn", "MRN-XXXXXXX"),
        ("clientId", "481930275"),  # an OAuth app's as often as a patient's
        ("residentId", "4829173"),  # a tenant's, a doctor in training's or a patient's: FHIR's other name is not read
        ("exportzip", "67295"),  # an archive's size, not a ZIP code
        ("webserial", "115200"),  # a serial port's baud rate, not a device's serial number
    ],
)
def test_vocabulary_formats_and_placeholders_under_a_telling_key_are_not_findings(
    analyzer: Analyzer, key: str, value: str
) -> None:
    assert _at(_scan(_property(key, "default", value), analyzer), f"/properties/{key}/default") == set()


# ---------------------------------------------------------------- formats on their own
@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("edge router 2606:4700:4700::1112", "IP_ADDRESS"),
        ("relay at 2a03:2880:f10c:83:face:b00c:0:25de", "IP_ADDRESS"),
        ("Reach her on +49 30 9018 2274", "PHONE_NUMBER"),
        ("SSN 514.73.9926 on file", "US_SSN"),
        ("MBI 3TW7-XK2-PH91", "HEALTH_PLAN_ID"),
        ("legacy HICN 514739926A", "HEALTH_PLAN_ID"),
        ("paid with 3782 719403 65522 last week", "CREDIT_CARD"),
        # postal formats of the UPU and national posts, each with its street, number and postcode
        ("ship to Hedwigstraße Ecke, Unter den Linden 82, 10117 Berlin", "STREET_ADDRESS"),
        ("lives at 47 Kingsway, Didsbury, Manchester M20 5PN", "STREET_ADDRESS"),
        ("address 3-14-2 Shimouma, Setagaya-ku, Tokyo", "STREET_ADDRESS"),
        ("adresse 14 Rue des Lilas, 69003 Lyon", "STREET_ADDRESS"),
        ("mail to 1420 Maplewood, Apt 4, Springfield, IL 62704", "STREET_ADDRESS"),  # no suffix: city, state, ZIP
        # a street named for a person is a street: initials, Jr, and numbers that only look like runs
        ("ship to 4821 Martin Luther King Jr Blvd by Friday", "STREET_ADDRESS"),
        ("office at 350 John F Kennedy Pkwy", "STREET_ADDRESS"),
        ("Apartment 4B, 210 Harold Street", "STREET_ADDRESS"),
        # USPS Publication 28: rural grid numbers and military mail
        ("farm at W2817 Larkspur Rd, Fennimore, WI 53809", "STREET_ADDRESS"),
        ("forward to PSC 3301, Box 2271, APO AE 09021", "STREET_ADDRESS"),
        # a /32 is one host (RFC 4632), as an IPv6 /128 is (RFC 4291)
        ("allow-list 81.2.69.142/32 only", "IP_ADDRESS"),
        ("host route 2a02:1388:2048::17/128", "IP_ADDRESS"),
        ("handset 49-015420-323751-8 was swapped", "IMEI"),  # 3GPP TS 23.003's grouping: TAC, serial, check
        ("farm at N9122 County Road J, Fennimore, WI 53809", "STREET_ADDRESS"),  # a county road named by a letter
        ("N4417 Birch Hollow Ln, Lot 9, Menomonie, WI 54751", "STREET_ADDRESS"),  # USPS secondary unit: Lot
        ("lives at 47 Karangahape Road, Auckland 1010", "STREET_ADDRESS"),
    ],
)
def test_formats_from_their_standards_are_found_without_context(analyzer: Analyzer, text: str, entity: str) -> None:
    assert entity in _at(_scan({"type": "object", "description": text}, analyzer), "/description")


def test_a_gs1_udi_with_a_valid_gtin_is_a_device_id(analyzer: Analyzer) -> None:
    doc = {"type": "object", "description": "implant (01)00884521062015(17)281231(21)K7Q442"}
    assert {f.rule for f in _scan(doc, analyzer).findings} == {"phi-device-id"}


@pytest.mark.parametrize(
    "text",
    [
        "Allow 203.0.113.0/24 and 2001:db8::1 in the firewall rule.",  # documentation ranges
        "Default route 10.0.0.0/8.",
        "Office range 81.2.69.0/24 and 2a02:1388:2048::/48.",  # a public network is not one host
        "Built with 4.2.0.0 and 7.3.0.1 of the engine.",  # versions and gateways, zeros and all
        "Test card 4111 1111 1111 1111 always succeeds.",
        "Sample IBAN GB82 WEST 1234 5698 7654 32.",
        "Meet at 12:30:45 on the 3rd.",
        "Call 020 7946 0321 or +44 7700 900417 (Ofcom drama numbers).",
        "SSA's advertising number 987-65-4321.",
        "Try it with 1.2.3.4 first.",
        "Ships from Paris, France and Chiang Mai.",
        "See Chapter 12, 2024 Edition, and Section 4, 10 Rules.",  # numbers and years, not a street and postcode
        # documentation prose a hostile review found: versions, rate limits, API vocabulary, error codes
        "Built with version 2.1.0.4; fixed in build 3.2.0.17.",
        "Rate limits: Tier 1, 10000 Requests per day.",
        "Returns up to 5 Route Alternatives and 20 Place Suggestions.",
        "E4001 Missing Field, W1001 Deprecated Key.",
        "Lesson 14 Build A Bridge",
        "Order 10-49-015420-323751-8-77 shipped.",  # an IMEI's grouping inside a longer id
        "Pieces of an address regex: ::25 and ::ffff:0.",  # zero-prefixed IPv6: no host's
        "Only available in North America and Southeast Asia.",  # the UN's M49 regions, which GeoNames leaves out
        "Controls which networks the Fleet's SIMs can join.",  # whose, not who; an acronym's plural
        "Drafts one Vega-Lite LayerSpec object.",  # a type's name: two dictionary words joined at a hump
        "Vega-Lite ConditionalPredicate",
    ],
)
def test_documentation_ranges_and_published_test_values_are_not_findings(analyzer: Analyzer, text: str) -> None:
    assert _at(_scan({"type": "object", "description": text}, analyzer), "/description") == set()


@pytest.mark.parametrize(
    "value",
    [
        "John Q. Public",  # the names forms use for anyone, however written
        "Juan Pérez",
        "Mary Major",
        "123 Main St",  # stock addresses, whichever detector finds them
        "1234 Main Street, Anytown, USA 12345",
        "742 Evergreen Terrace",
        "221B Baker Street",
        "1600 Amphitheatre Parkway",  # head offices that API documentation uses as its example address
        "500 Electric Ave",
        "410 Terry Ave N",  # an office after its direction or unit
        "1455 Market St #400",
        "5 Avenue Anatole France",  # landmarks' addresses: the Eiffel Tower's, 10 Downing Street
        "10 Downing Street, London",
        "01:23:45:67:89:AB",  # a MAC written to show the format
        "1HGCM82633A004352",  # the VIN every decoder's documentation uses
        "1EG4-TE5-MK72",  # CMS's sample MBIs
        "Jane Q. Public",
        "1M8GDM9AXKP042788",  # Wikipedia's example VIN
        "sk_test_4eC39HqLyjWDarjtT1zdp7dc",  # the key Stripe's API reference prints for everyone
        "Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==",  # RFC 2617's Aladdin
        "Basic Y2xpZW50X2lkOmNsaWVudF9zZWNyZXQ=",  # client_id:client_secret
        "https://www.reddit.com/user/username",
        "https://api.lakeside.io/people?first_name=John&last_name=Doe",
    ],
)
def test_stand_in_people_addresses_and_sample_ids_are_not_findings(analyzer: Analyzer, value: str) -> None:
    assert _at(_scan(_property("example", "default", value), analyzer), "/properties/example/default") == set()


@pytest.mark.parametrize("value", ["1455 Market St, Harrisburg, PA", "500 Electric Ave, Rochester, NY"])
def test_an_office_s_street_in_another_town_is_an_address(analyzer: Analyzer, value: str) -> None:
    # a company's head office is a stock example alone or in its own city; Market Streets are everywhere
    found = _at(_scan(_property("example", "default", value), analyzer), "/properties/example/default")
    assert found in ({"STREET_ADDRESS"}, {"LOCATION"})  # the name model's place is reported as an address


# ---------------------------------------------------------------- names
@pytest.mark.parametrize(
    ("keyword", "value"),
    [
        ("const", "J. Kowalczyk"),  # initials and a surname
        ("description", "Specimen logged by R.T. Wojcik at intake."),
        ("description", "Synonym recorded as NOWAK, AGNIESZKA by the desk."),  # a register's LAST, FIRST
        ("const", "Dimitra Georgiou"),  # a romanised Greek name, listed in Greek script
    ],
)
def test_initials_registers_and_romanised_names_are_people(analyzer: Analyzer, keyword: str, value: str) -> None:
    assert _at(_scan(_property("note", keyword, value), analyzer), f"/properties/note/{keyword}") == {"PERSON"}


@pytest.mark.parametrize(
    ("keyword", "value"),
    [
        ("const", "J. Doe"),
        ("const", "J. Q. Public"),
        ("description", "See E. Coli, and READ, WRITE."),
        ("description", "Supported makes: FORD, CHEVROLET, DODGE."),  # a list, not LAST, FIRST
        ("description", "Held at J.C. Penney Co. since May."),  # a firm named for a person
        ("description", "Screened for Kowalczyk syndrome."),  # an eponym
        ("description", "For example, 'JFK' for John F. Kennedy International Airport."),  # a place named for one
    ],
)
def test_initials_before_a_stand_in_and_capital_word_pairs_are_not(
    analyzer: Analyzer, keyword: str, value: str
) -> None:
    assert _at(_scan(_property("note", keyword, value), analyzer), f"/properties/note/{keyword}") == set()


@pytest.mark.parametrize("name", ["Tevita Fifita", "Oluwaseun Adebayo", "Priyanka Raghunathan"])
def test_given_names_of_us_births_reach_cultures_faker_has_no_locale_for(analyzer: Analyzer, name: str) -> None:
    doc = {"type": "object", "description": f"Referred by {name} last week."}  # Tongan, Yoruba, Tamil
    assert _at(_scan(doc, analyzer), "/description") == {"PERSON"}


@pytest.mark.parametrize("name", ["James Childers", "Mary Hatcher", "Marcus Begay", "CHILDERS, JAMES"])
def test_a_census_surname_an_old_dictionary_lists_as_a_word_is_one_under_a_person_s_key(
    analyzer: Analyzer, name: str
) -> None:
    # Webster's 2nd lists `childer` (children), `hatch` and `begay`; each is the surname of thousands in the 2010 Census
    assert _at(_scan(_property("patientName", "const", name), analyzer), "/properties/patientName/const") == {"PERSON"}


@pytest.mark.parametrize("value", ["Wood Batten", "Silver Rivet", "Lemon Curd", "James Childers"])
def test_such_a_surname_is_a_word_elsewhere(analyzer: Analyzer, value: str) -> None:
    assert _at(_scan(_property("label", "enum", [value]), analyzer), "/properties/label/enum/0") == set()


def test_an_enum_half_of_people_is_an_enum_of_people(analyzer: Analyzer) -> None:
    members = ["Olena Bondarenko", "Agnieszka Nowak", "Zhyhalo Ostapchuk", "Other"]
    report = _scan(_property("ContactName", "enum", members), analyzer)
    assert _at(report, "/properties/ContactName/enum/2") == {"PERSON"}


@pytest.mark.parametrize("pair", [["Aston Martin", "Alfa Romeo"], ["Morgan Stanley", "Goldman Sachs"]])
def test_a_pair_of_brands_or_eponyms_does_not_spread_a_name(analyzer: Analyzer, pair: list[str]) -> None:
    assert _at(_scan(_property("choice", "enum", pair), analyzer), "/properties/choice/enum/1") == set()


def test_names_of_many_cultures_in_one_enum_are_found_and_name_like_words_are_not(analyzer: Analyzer) -> None:
    report = phiscan.scan_paths([NAMES], analyzer=analyzer)
    people = {f.pointer for f in report.findings if f.entity == "PERSON" and "/attendee/" in f.pointer}
    words = {f.pointer for f in report.findings if "/campaign/" in f.pointer}
    assert len(people) >= 18
    assert len(words) <= 2


@pytest.mark.parametrize(
    "name",
    ["Garcia_Rosa_DOB_1957-11-23_MRI.pdf.json", "isabel_moreno_intake.schema.json", "nguyen-van-an.tools.json"],
)
def test_names_in_file_names_are_found_in_either_order(analyzer: Analyzer, tmp_path: Path, name: str) -> None:
    report = _scan_file_named(name, tmp_path, analyzer)
    assert "PERSON" in {f.entity for f in report.findings if f.pointer == ""}


@pytest.mark.parametrize(
    "name",
    [
        "01_weather_tool.json",
        "0007_add_index.framework.common.json",  # a migration counter before a suffix word (`Common`)
        "2024-03-05_migration.models.common.json",
        "api.v2010.account.call.stream.json",  # a version tag before `Stream`
        "2020-09-14.TransactionStream.json",  # the day of a dated version before a street's word (`Stream`)
        "2020-09-14.JWKPublicKey.json",
    ],
)
def test_a_file_name_that_starts_with_a_number_is_not_an_address(analyzer: Analyzer, tmp_path: Path, name: str) -> None:
    assert _scan_file_named(name, tmp_path, analyzer).findings == ()


# ---------------------------------------------------------------- URLs
@pytest.mark.parametrize(
    "url",
    [
        "https://portal.lakeside-clinic.org/chart?visit=3&patient=Rosa+Garcia&dob=11/23/1957",
        "https://records.lakeside-clinic.org/p/rosa.garcia/records",
        "https://www.gofundme.com/f/help-isabel-moreno-recover",
        "https://www.legacy.com/us/obituaries/name/isabel-moreno-obituary",
        "https://hachyderm.io/@tomasz.wojcik",  # a fediverse profile on any Mastodon server
        "https://medium.com/@amara.okafor",
        "https://bsky.app/profile/amara-okafor.bsky.social",
        "https://old.reddit.com/user/tomasz_wojcik",
        # a site's id after the name, a title and a degree around it, a name split over two parameters
        "https://www.linkedin.com/in/isabel-moreno-7a41b2",
        "https://www.doximity.com/pub/dr-isabel-moreno-md",
        "https://portal.lakeside-clinic.org/find?first_name=Isabel&last_name=Moreno",
        # a personal page host named for its owner, link pages, scheduling and payment handles
        "https://isabelmoreno.wordpress.com/about",
        "https://isabel-moreno.github.io",
        "https://linktr.ee/isabel.moreno",
        "https://calendly.com/isabel-moreno/30min",
        "https://cash.app/$isabelmoreno",
        "https://keybase.io/okowalczyk",  # an identity page
        "https://www.youtube.com/@isabel.moreno",  # a channel named for a person, not a company
        "https://orcid.org/0000-0001-5109-3700",  # an ORCID iD with its ISO 7064 check character
        "https://www.strava.com/athletes/48213377",
        "https://venmo.com/u/Marisol-Okafor",
    ],
)
def test_urls_that_identify_a_person_are_found(analyzer: Analyzer, url: str) -> None:
    assert "URL" in _at(_scan(_property("link", "default", url), analyzer), "/properties/link/default")


@pytest.mark.parametrize(
    "url",
    [
        "https://github.com/user-guide/docs",
        "https://api.lakeside.io/v1/items?page=2&sort=name",
        "https://www.npmjs.com/package/@babel/core",  # an npm scope, not a handle
        "https://mastodon.social/about",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com/@GoogleDevelopers",
        "https://orcid.org/0000-0002-1825-0097",  # ORCID's documented example, a fictional researcher
        "https://orcid.org/0000-0001-5109-3701",  # a wrong check character
        "https://www.strava.com/clubs/48213",
        "https://www.strava.com/athletes/12345",  # a run
        "https://orcid.org/0000-0001-2345-6789",  # a run with a right check character
        "https://keybase.io/download",
        "https://docs.lakeside.io/getting-started-v2",
        "https://openai.github.io/openai-agents-python/",
        "https://squidfunk.github.io/mkdocs-material/",
        "https://api.lakeside.io/people?first_name={first}&last_name={last}",
    ],
)
def test_documentation_urls_are_not(analyzer: Analyzer, url: str) -> None:
    assert _at(_scan(_property("link", "default", url), analyzer), "/properties/link/default") == set()


# ---------------------------------------------------------------- surfaces and policy
def test_openapi_example_maps_and_shared_examples_are_read(analyzer: Analyzer) -> None:
    doc = {
        "openapi": "3.1.0",
        "paths": {
            "/patients": {
                "get": {
                    "parameters": [
                        {
                            "name": "memberId",
                            "in": "query",
                            "schema": {"type": "string"},
                            "examples": {"one": {"value": "QK4418273"}},
                        }
                    ]
                }
            }
        },
        "components": {"examples": {"patient": {"value": {"name": "Isabel Moreno", "ssn": "514-73-9926"}}}},
    }
    report = _scan(doc, analyzer)
    assert "HEALTH_PLAN_ID" in _at(report, "/paths/~1patients/get/parameters/0/examples/one/value")
    assert "US_SSN" in _at(report, "/components/examples/patient/value/ssn")


def test_openai_end_user_ids_are_read_like_metadata_user_id(analyzer: Analyzer) -> None:
    doc = {"model": "gpt-5", "input": "hi", "user": "isabel.moreno@outlook.com", "safety_identifier": "514-73-9926"}
    report = _scan(doc, analyzer)
    assert _at(report, "/user") and _at(report, "/safety_identifier")


def test_a_secret_is_high_wherever_it_sits(analyzer: Analyzer) -> None:
    token = "ghp_" + "Q7x2LmN9pR4sT6vW8yZ1aB3cD5eF7gH9iJ0k"
    report = _scan([{"name": "t", "description": f"uses {token}", "input_schema": {"type": "object"}}], analyzer)
    assert [f.severity for f in report.findings if f.kind.value == "secret"] == [Severity.HIGH]


# ---------------------------------------------------------------- the pre-screen stays sound
def test_the_engine_screen_never_hides_a_context_detection() -> None:
    from phiscan.detect.evidence import wants_person

    views = []
    for f in sorted(iter_files([ROOT / "fixtures"])):
        for unit in load_units([f], None, Limits())[0]:
            views.extend(v for s in unit.surfaces for v in views_of(s))
    views += [View(t, ("patientName",), "") for t in ("rosa garcia", "OKONKWO, Chidi", "aroha ngata")]
    hidden = [v for v in views if contextual(v) and not (may_hold_entity(v.text) or wants_person(v.text, v.context))]
    assert len(views) > 500 and hidden == []


def test_a_key_that_names_a_secret_is_not_itself_a_password(analyzer: Analyzer) -> None:
    doc = {"type": "object", "properties": {"accessKey1": {"type": "string"}, "clientSecret": {"type": "string"}}}
    assert _scan(doc, analyzer).findings == ()


def test_a_high_entropy_value_under_a_key_that_names_a_secret_is_one(analyzer: Analyzer) -> None:
    doc = _property("signingKey", "default", "q7R!x2Lm#N9pR4sT")
    assert _at(_scan(doc, analyzer), "/properties/signingKey/default") == {"PASSWORD"}


@pytest.mark.parametrize("key", ["max_price", "pascal_case", "alex_author", "grace_period"])
def test_vocabulary_keys_that_spell_names_are_not_people(analyzer: Analyzer, key: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert _scan(doc, analyzer).findings == ()


@pytest.mark.parametrize("key", ["patient_thandiwe_mbeki", "sandeepRaoDob19710405", "subscriberIfeomaAnozie_mrn"])
def test_a_key_about_a_person_may_hold_a_name_no_list_has_beside_one_that_does(analyzer: Analyzer, key: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert "PERSON" in _at(_scan(doc, analyzer), f"/properties/{key}")


@pytest.mark.parametrize("key", ["sas_uri", "env_var_name", "rune_utxos", "patient_fhir_cerner"])
def test_without_a_person_cue_or_a_listed_name_unlisted_words_are_not_people(analyzer: Analyzer, key: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert "PERSON" not in _at(_scan(doc, analyzer), f"/properties/{key}")


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("operatorLicenseId", "P 823 491 576 203"),  # Michigan, under HL7's "operator license"
        ("permis", "RK482913"),  # Ohio, under the French word for a driving licence
        ("notes", "W426-545-30-761-0"),  # Florida's grouping stands alone
        ("notes", "MORGA753116SM9IJ"),  # a DVLA licence: surname, birth date and initials encoded
    ],
)
def test_driving_licences_in_the_formats_states_print_them(analyzer: Analyzer, key: str, value: str) -> None:
    doc = _property(key, "examples", [value])
    assert _at(_scan(doc, analyzer), f"/properties/{key}/examples/0") == {"US_DRIVER_LICENSE"}


def test_a_bare_letter_and_digits_is_no_licence_without_a_word_for_one(analyzer: Analyzer) -> None:
    doc = _property("build", "examples", ["RK482913"])
    assert _at(_scan(doc, analyzer), "/properties/build/examples/0") <= {
        "OTHER_IDENTIFIER"
    }  # (a code no word explains is only an identifier: test_opaque_codes)


@pytest.mark.parametrize(
    ("key", "category"),
    [
        ("pid7", "DATE_OF_BIRTH"),  # HL7 v2 PID-7 Date/Time of Birth
        ("PID_19", "US_SSN"),  # PID-19 SSN Number - Patient
        ("IN1-49", "HEALTH_PLAN_ID"),  # IN1-49 Insured's ID Number
        ("gt1.12", "US_SSN"),  # GT1-12 Guarantor SSN
        ("geburtsdatum", "DATE_OF_BIRTH"),
        ("fechaNacimiento", "DATE_OF_BIRTH"),
    ],
)
def test_hl7_fields_by_number_and_keys_in_other_languages_name_their_category(key: str, category: str) -> None:
    assert category in cues_in(normal_words(key))


@pytest.mark.parametrize("key", ["pid", "rapid7", "pid73", "pv1_2"])
def test_segment_ids_without_a_listed_field_name_nothing(key: str) -> None:
    assert cues_in(normal_words(key)) == {}


def test_a_day_month_year_date_with_a_month_name_is_a_date_of_birth_under_birth_context(analyzer: Analyzer) -> None:
    doc = _property("PID_7", "examples", ["07-AUG-1961"])
    assert _at(_scan(doc, analyzer), "/properties/PID_7/examples/0") == {"DATE_OF_BIRTH"}


@pytest.mark.parametrize(
    "address",
    [
        "1208 NE 47th Ave, Portland, OR 97213",  # a two-letter directional before an ordinal street
        "RR 2 Box 152, Dalton, GA 30721",  # USPS Publication 28 rural route
        "ul. Marszałkowska 84/92, 00-514 Warszawa",
        "Av. Paulista 1578, São Paulo",
        "Hauptstr. 5a",
        "Berliner Str. 12",
    ],
)
def test_street_addresses_in_more_of_the_forms_postal_services_print(analyzer: Analyzer, address: str) -> None:
    doc = _property("note", "default", address)
    assert _at(_scan(doc, analyzer), "/properties/note/default") & {"STREET_ADDRESS"}


@pytest.mark.parametrize(
    ("key", "plate"),
    [("kennzeichen", "B-MW 1234"), ("immatriculation", "AB-123-CD"), ("kenteken", "12-ABC-3"), ("vrn", "AB12 CDE")],
)
def test_european_plates_under_a_word_for_a_plate_in_any_language(analyzer: Analyzer, key: str, plate: str) -> None:
    doc = _property(key, "examples", [plate])
    assert _at(_scan(doc, analyzer), f"/properties/{key}/examples/0") == {"LICENSE_PLATE"}


def test_every_metadata_value_of_a_request_is_read_with_its_key(analyzer: Analyzer) -> None:
    body = {"model": "gpt-4o", "messages": [], "store": True, "metadata": {"caller": "intake", "ssn": "219-48-7736"}}
    assert _at(_scan(body, analyzer), "/metadata/ssn") == {"US_SSN"}
    assert _at(_scan(body, analyzer), "/metadata/caller") == set()


@pytest.mark.parametrize(
    ("key", "entity"),
    [
        ("SS_536228117", "US_SSN"),  # `SS#`
        ("tin573104826", "US_SSN"),  # a weak word counts when it is the key's own name for the number
        ("Sms16172534980", "PHONE_NUMBER"),
        ("lic_D48201937", "US_DRIVER_LICENSE"),
        ("UR_B20485716", "MRN"),  # an Australian hospital's unit record number
        ("guar_HAR33018274", "ACCOUNT_NUMBER"),
        ("VinWBA3A5C59DF358213", "VIN"),
    ],
)
def test_a_number_glued_to_the_word_that_names_it_in_a_key_is_found(analyzer: Analyzer, key: str, entity: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert entity in _at(_scan(doc, analyzer), f"/properties/{key}")


@pytest.mark.parametrize("key", ["sha256_digest", "iso3166_alpha2", "windows1252Text", "utf8mb4", "page_size_10000"])
def test_keys_with_numbers_of_no_category_are_not_findings(analyzer: Analyzer, key: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert _scan(doc, analyzer).findings == ()


def test_hl7_v2_names_family_first_with_carets_are_people(analyzer: Analyzer) -> None:
    doc = _property("pid5", "enum", ["NOWAK^AGNIESZKA", "OKONKWO^CHIDI^E"], description="WOJCIK^TOMASZ")
    report = _scan(doc, analyzer)
    assert {f.pointer for f in report.findings if f.entity == "PERSON"} == {
        "/properties/pid5/enum/0",
        "/properties/pid5/enum/1",
        "/properties/pid5/description",
    }
    codes = _property("code", "enum", ["ICD10^E11.9", "LN^8480-6", "CPT^99213"])
    assert _scan(codes, analyzer).findings == ()


@pytest.mark.parametrize("name", ["joao_dos_santos", "marieke-van-der-berg", "luca_della_rocca", "Greta_Lilja_Holm"])
def test_a_name_joined_by_a_particle_or_with_two_given_names_is_a_person_in_a_file_name(
    analyzer: Analyzer, tmp_path: Path, name: str
) -> None:
    found = _scan_file_named(f"{name}.json", tmp_path, analyzer)
    assert {(f.entity, f.pointer) for f in found.findings} == {("PERSON", "")}


@pytest.mark.parametrize(
    "key", ["table_of_contents", "point_of_sale", "state_of_the_art", "rate_de_change", "max_price_dob"]
)
def test_particles_inside_vocabulary_do_not_make_it_a_name(analyzer: Analyzer, key: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    assert "PERSON" not in _at(_scan(doc, analyzer), f"/properties/{key}")


def test_openapi_extension_values_are_read_as_metadata_with_their_key(analyzer: Analyzer) -> None:
    visits = {"/visits": {"get": {"x-sample-note": "MRN: KH-4418273", "responses": {}}}}
    doc = {
        **_openapi(visits, **{"x-sample-record": "Sample patient IP 2a03:2880:f12f:83:face:b00c:0:25de"}),
        "x-generated-by": "the platform team",
    }
    report = _scan(doc, analyzer)
    assert {(f.pointer, f.entity) for f in report.findings} == {
        ("/info/x-sample-record", "IP_ADDRESS"),
        ("/paths/~1visits/get/x-sample-note", "MRN"),
    }


@pytest.mark.parametrize("address", ["Hämeentie 153", "Nørrebrogade 12", "Sveavägen 44", "Coolsingel 40"])
def test_street_names_with_the_street_word_written_on_are_addresses(analyzer: Analyzer, address: str) -> None:
    doc = _property("note", "description", f"Ship to {address}.")
    assert _at(_scan(doc, analyzer), "/properties/note/description") == {"STREET_ADDRESS"}


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Visit FIN-880042173 closed.", "ACCOUNT_NUMBER"),
        ("Encounter ENC-19-2218304 reopened.", "ACCOUNT_NUMBER"),
        ("Merged into CMRN 2205518830.", "MRN"),
        ("Epic EPI 880312456 on file.", "MRN"),
        ("Contact CSN 1002093381.", "ACCOUNT_NUMBER"),
        ("Record UR B20485716.", "MRN"),
    ],
)
def test_a_hospital_label_stuck_to_a_number_names_it(analyzer: Analyzer, text: str, entity: str) -> None:
    doc = _property("note", "description", text)
    assert _at(_scan(doc, analyzer), "/properties/note/description") == {entity}


@pytest.mark.parametrize(
    "text", ["See RFC-2822 and ISO-8601.", "Fixes CVE-2024-31497.", "Returns HTTP-404.", "Uses SHA-256."]
)
def test_standard_and_advisory_numbers_are_not_labels_of_a_person(analyzer: Analyzer, text: str) -> None:
    assert _scan(_property("note", "description", text), analyzer).findings == ()


def test_a_washington_licence_is_found_without_a_word_for_it(analyzer: Analyzer) -> None:
    doc = _property("note", "description", "On file: WDL7TQ2MX4RB.")
    assert _at(_scan(doc, analyzer), "/properties/note/description") == {"US_DRIVER_LICENSE"}


@pytest.mark.parametrize(
    ("key", "keyword", "value"),
    [
        ("ticket", "description", "Fixes DEV-10423 and PT-48213."),  # tracker ids: not a label of a person
        ("ticket", "enum", ["ACC-20931", "INS-55812", "LIC-40917"]),
        ("elapsed", "description", "Format HH:mm:ss, for example 697356959."),
        ("pan_position", "examples", [17500, "36000"]),
        ("epi_week", "examples", ["202401"]),
        ("limits", "description", "Coverage 978574"),
        ("trim", "enum", ["Jeep Renegade 2019", "Renegade 1", "Christie 1920"]),
        ("location", "enum", ["GREEN^BAY", "Jordan^River", "Boston^MA"]),  # carets, but no person in the keys
    ],
)
def test_labels_and_shapes_that_only_look_like_identifiers_are_not_findings(
    analyzer: Analyzer, key: str, keyword: str, value: Any
) -> None:
    assert _scan(_property(key, keyword, value), analyzer).findings == ()


@pytest.mark.parametrize(
    "key", ["fecha_de_alta", "fecha_y_hora", "entrada_e_saida", "mesa_de_ayuda", "duration_ss", "cbId"]
)
def test_romance_keys_joined_by_de_or_y_are_words_not_names(analyzer: Analyzer, key: str) -> None:
    doc = {"type": "object", "properties": {key: {"type": "string", "examples": ["1002093381"]}}}
    assert _scan(doc, analyzer).findings == ()


def test_an_openapi_maintainer_extension_is_like_info_contact(analyzer: Analyzer) -> None:
    doc = _openapi(**{"x-maintainer": "Greta Lindqvist", "x-contact": {"name": "Ola Nordmann"}})
    assert _scan(doc, analyzer).findings == ()


@pytest.mark.parametrize("name", ["chart_max_y.json", "tool_max_e.json", "costa_del_sol.openapi.yaml"])
def test_a_file_extension_is_not_a_word_of_a_name(analyzer: Analyzer, tmp_path: Path, name: str) -> None:
    assert _scan_file_named(name, tmp_path, analyzer).findings == ()


def test_an_openapi_operation_is_a_tool_its_id_the_name_and_its_summary_the_description(analyzer: Analyzer) -> None:
    """Agents call APIs from their specs (Bedrock action groups, GPT actions): operations reach the model as tools."""
    doc = {
        "openapi": "3.0.0",
        "info": {"title": "Claims", "version": "1"},
        "paths": {
            "/claims": {
                "post": {
                    "operationId": "fileClaimForAmaraOkafor",
                    "summary": "Files a claim. Test member SSN 536-22-8117.",
                    "responses": {},
                },
                "get": {"operationId": "getPatientByMrn", "description": "Looks a patient up by MRN.", "responses": {}},
            }
        },
    }
    found = {(f.pointer, f.entity, f.surface.value) for f in _scan(doc, analyzer).findings}
    assert found == {
        ("/paths/~1claims/post/operationId", "PERSON", "tool_name"),
        ("/paths/~1claims/post/summary", "US_SSN", "tool_description"),
    }


@pytest.mark.parametrize(
    "address", ["Travessa do Carmo, 12", "Alameda Santos, 1940", "Estrada da Ribeira de Baixo, 77", "Praça da Sé, 21"]
)
def test_portuguese_and_brazilian_street_types_are_addresses(analyzer: Analyzer, address: str) -> None:
    doc = _property("shipTo", "examples", [address])
    assert _at(_scan(doc, analyzer), "/properties/shipTo/examples/0") == {"STREET_ADDRESS"}


@pytest.mark.parametrize(
    ("key", "entity"), [("^acct:HAR55120934$", "ACCOUNT_NUMBER"), ("^mbr:88412079C$", "HEALTH_PLAN_ID")]
)
def test_a_tag_before_a_colon_names_the_value_after_it(analyzer: Analyzer, key: str, entity: str) -> None:
    doc = {"type": "object", "patternProperties": {key: {"type": "string"}}}
    assert {f.entity for f in _scan(doc, analyzer).findings} == {entity}


@pytest.mark.parametrize(
    "key", ["^urn:uuid:.*$", "^lang:en-US$", "^v:20240115$", "^page:1234567$", "^sha256:[a-f0-9]{64}$"]
)
def test_tags_that_name_no_category_are_not_findings(analyzer: Analyzer, key: str) -> None:
    doc = {"type": "object", "patternProperties": {key: {"type": "string"}}}
    assert _scan(doc, analyzer).findings == ()


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("authToken", "c41f8e07b29a5d36e18f04b7a9c2d5e3"),  # a 32-hex auth token: two classes, no password shape
        ("TWILIO_AUTH_TOKEN", "c41f8e07b29a5d36e18f04b7a9c2d5e3"),
        ("webhookSecret", "whsec_j2nr8vq4kl6pw9xz3bc7mf1a5"),  # lower case and digits
    ],
)
def test_a_machine_made_token_under_a_key_that_names_a_secret_is_one(analyzer: Analyzer, key: str, value: str) -> None:
    doc = _property(key, "default", value)
    assert _at(_scan(doc, analyzer), f"/properties/{key}/default") == {"HIGH_ENTROPY_SECRET"}


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("sessionToken", "3fa85f64-5717-4562-b3fc-2c963f66afa6"),  # a UUID: an id, OpenAPI's stock example
        ("accessToken", "0123456789abcdef0123456789abcdef"),  # a run
        ("apiKey", "your-api-key-goes-here-1234"),
        ("tokenType", "urn:ietf:params:oauth:token-type:jwt"),
        ("secretName", "prod-db-credentials-2024-v2"),  # a secret's name: words, no long random run
        ("tokenEndpoint", "/oauth2/v1/token/abc123def456ghi789"),  # a path
    ],
)
def test_ids_runs_and_placeholders_under_a_secret_key_are_not_tokens(analyzer: Analyzer, key: str, value: str) -> None:
    assert _scan(_property(key, "default", value), analyzer).findings == ()


def test_a_year_and_a_model_before_a_city_state_and_zip_is_not_a_street(analyzer: Analyzer) -> None:
    found = _at(
        _scan({"type": "object", "description": "Tesla 2021 Model Y, Austin, TX 78701"}, analyzer), "/description"
    )
    assert "STREET_ADDRESS" not in found


@pytest.mark.parametrize(
    ("value", "person"),
    [
        ("Odalys MacArthur", True),  # a particle before the hump (Mac, Van, De)
        ("Patrick VanBrunt", True),
        ("MaryRose Whitfield", True),  # a given name on either side of it
        ("Delphine LeAnn", True),  # a piece of two letters
        ("Denise TwoBulls", True),  # a surname its lists hold written whole (Census: twobulls, yellowhorse)
        ("Marcus YellowHorse", True),
        ("Marcus LayerSpec", False),  # two dictionary words, no name
        ("Odalys FieldMask", False),
    ],
)
def test_a_word_joined_at_a_hump_is_a_name_s_only_when_a_name_or_particle_makes_it(
    analyzer: Analyzer, value: str, person: bool
) -> None:
    from phiscan.detect.names import name_shaped

    assert name_shaped(value) is person
    doc = {"type": "object", "properties": {"signer": {"type": "string", "enum": [value]}}}
    assert ("PERSON" in _at(_scan(doc, analyzer), "/properties/signer/enum/0")) is person


@pytest.mark.parametrize(
    ("key", "person"),
    [
        ("visit_odalys_m_brennan", "Odalys M Brennan"),  # a middle initial joined into a key, as records write it
        ("OdalysMBrennan", "Odalys M Brennan"),
        ("delphine-r-okafor", "Delphine R Okafor"),
        ("max_x_width", None),  # a given name's word before a letter and a word: vocabulary
        ("grant_a_access", None),
        ("will_b_smith_rule", None),  # a word first (will) needs a surname no dictionary holds
        ("rosa_y_clavel", None),  # y, e, o and a join words in Spanish, Portuguese and Italian keys: no initial
    ],
)
def test_a_middle_initial_joined_into_a_key_stays_inside_the_name(
    analyzer: Analyzer, key: str, person: str | None
) -> None:
    from phiscan.policy.decide import Policy

    doc = {"type": "object", "properties": {key: {"type": "string"}}}
    options = phiscan.ScanOptions(policy=Policy(show_values=True))
    found = phiscan.scan_document(doc, analyzer=analyzer, options=options).findings
    assert {f.value for f in found if f.entity == "PERSON"} == ({person} if person else set())
