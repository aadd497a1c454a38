"""A national identity number (PESEL, a Korean resident registration number, a henkilötunnus, a personnummer, a
codice fiscale, a DNI, an Aadhaar, a T.C. kimlik, a CPF, a CURP, a Chinese resident identity card; Canada's SIN,
Australia's TFN, Ireland's PPSN, the Dutch BSN, the Danish CPR, a fødselsnummer, Belgium's national number, France's
NIR) is an identifier
where a word names it, in a key or in the text, and its check digits hold (python-stdnum).  Without the word, with a
wrong check digit, or as the example the agencies print, it is not.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

from phiscan import rules
from phiscan.detect.analyzer import Analyzer
from phiscan.detect.nationalids import NATIONAL_IDS


@pytest.mark.parametrize(
    ("key", "value", "entity"),
    [
        ("pesel", "76031482735", "PL_PESEL"),
        ("rrn", "850716-2054322", "KR_RRN"),
        ("hetu", "170386-4215", "FI_HETU"),
        ("personnummer", "850312-7105", "SE_PERSONNUMMER"),
        ("codiceFiscale", "BNCLRA79M52F205K", "IT_FISCAL_CODE"),
        ("dni", "48271635V", "ES_DNI"),
        ("aadhaar", "4821 7395 6027", "IN_AADHAAR"),
        ("tcKimlikNo", "33849152678", "TR_KIMLIK"),
        ("cpf", "384.915.267-73", "BR_CPF"),
        ("curp", "GOMC850312HDFRRR04", "MX_CURP"),
        ("身份证号", "110105198704142031", "CN_RIC"),
        ("身份证号码", "110105198704142031", "CN_RIC"),
        ("fiscal_code", "bnclra79m52f205k", "IT_FISCAL_CODE"),  # typed small, under the API's English name
        ("curp", "gomc850312hdfrrr04", "MX_CURP"),
        ("dni", "48271635v", "ES_DNI"),
        # the social insurance and personal numbers other countries key health records by
        ("sin", "232 836 791", "CA_SIN"),
        ("patientSIN", "401108436", "CA_SIN"),
        ("tfn", "540 091 714", "AU_TFN"),
        ("ppsn", "3201718U", "IE_PPS"),
        ("bsn", "840307573", "NL_BSN"),
        ("cpr", "180276-4327", "DK_CPR"),
        ("fodselsnummer", "12057995430", "NO_FODSELSNUMMER"),
        ("insz", "65.04.27-416.70", "BE_NATIONAL_NUMBER"),
        ("nir", "2 75 07 69 545 322 15", "FR_NIR"),
    ],
)
def test_a_national_identity_number_under_its_word_is_found(
    analyzer: Analyzer, key: str, value: str, entity: str
) -> None:
    assert _found(_value("default", value, key=key), analyzer, f"/properties/{key}/default") == {entity}


@pytest.mark.parametrize(
    "text",
    [
        "PESEL: 76031482735",
        "Numer PESEL 76031482735 pacjenta",
        "CURP GOMC850312HDFRRR04",
        "Client SIN 232-836-791 on file.",  # not a phone number (`SIN` in capitals: `sin` is Spanish "without")
        "BSN 840307573",
    ],
)
def test_so_is_one_after_its_word_in_text(analyzer: Analyzer, text: str) -> None:
    assert len(_found(_value("description", text), analyzer, "/properties/ref/description")) == 1


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("ref", "76031482735"),  # no word names it: eleven digits are many things
        ("pesel", "76031482736"),  # the check digit is wrong
        ("pesel", "44051401359"),  # Wikipedia's example
        ("dni", "12345678Z"),  # the example every Spanish form prints
        ("codiceFiscale", "RSSMRA85T10A562S"),  # Mario Rossi's
        ("pesel", "11111111111"),  # a run
        # the test numbers agencies and test suites print
        *(("cpf", "123.456.789-09"), ("tcKimlikNo", "12345678950"), ("personnummer", "19121212-1212")),
        *(("aadhaar", "9999 9999 0019"), ("codiceFiscale", "RSSMRA80A01H501U"), ("hetu", "010101-123N")),
        ("aadhaarVid", "9705 1411 4170 2506"),  # a longer number in fours: a virtual id, not its first twelve
        ("ref", "Kod produktu, nie kod EAN: 40217733W"),  # Polish `nie`, "not"
        ("sin", "232 836 792"),  # the Luhn digit is wrong
        ("sin", "046454286"),  # 0 starts no one's SIN (Service Canada's pages print this one)
        ("sin", "832 836 795"),  # Luhn-valid, but 8 starts business numbers, never a person's
        ("tfn", "123 456 782"),  # the tax office's example
        ("bsn", "111222333"),  # the Dutch government's test number
        ("cpr", "320276-4327"),  # no day 32
        ("cpr", "1711234567"),  # ten digits whose first six are a date: a Unix time as often, so only with its hyphen
        ("nas", "458-929-007"),  # Québec's NAS is a storage box's word, and Portuguese "in the"
        ("ref", "Teléfono móvil sin prefijo internacional, p. ej. 612345678"),  # Spanish "without"
        ("telefono_sin_prefijo", "612345678"),  # in a key too, where it is not the key's head
    ],
)
def test_other_numbers_are_not(analyzer: Analyzer, key: str, value: str) -> None:
    keyword = "description" if key == "ref" else "default"
    assert _found(_value(keyword, value, key=key), analyzer, f"/properties/{key}/{keyword}") == set()


def test_every_one_is_reported_under_one_rule() -> None:
    assert {rules.for_entity(n.entity).id for n in NATIONAL_IDS} == {"phi-national-id"}
    assert rules.for_entity("PL_PESEL").title == "a national identity number"
    assert rules.label("PL_PESEL") == "a national identity number (PESEL)"


# the forms with fewest digits, each a valid number: the pre-screen skips a form in texts with fewer
FEWEST_DIGITS = {"GOMC850312HDFRRRA4": "MX_CURP", "BNCLRA79M52F205K": "IT_FISCAL_CODE", "X4829136X": "ES_DNI"}


@pytest.mark.parametrize(("text", "entity"), FEWEST_DIGITS.items())
def test_the_pre_screen_keeps_the_forms_with_fewest_digits(text: str, entity: str) -> None:
    from phiscan.detect.prefilter import presidio_entities

    national = next(n for n in NATIONAL_IDS if n.entity == entity)
    assert sum(c.isdigit() for c in text) == national.min_digits == 7  # no fewer than its form holds
    found = presidio_entities(text)
    assert found is None or entity in found


@pytest.mark.parametrize(
    ("pattern", "digits"),
    [(r"\d{11}", 11), (r"\d{6}[-+A-F]\d{3}[0-9A-Y]", 9), (r"\d{8}-?[A-Z]|[XYZ]-?\d{7}-?[A-Z]", 7), (r"[2-8]\d?", 1)],
)
def test_a_forms_fewest_digits_are_read_from_its_regex(pattern: str, digits: int) -> None:
    from phiscan.detect.nationalids import min_digits

    assert min_digits(pattern) == digits


def test_a_sin_under_its_key_is_found_though_its_title_spells_it_out(analyzer: Analyzer) -> None:
    # "Social Insurance Number" names no health plan's "insurance number"
    doc = _value("examples", ["130-692-544"], key="sin", description="Social Insurance Number")
    assert _found(doc, analyzer, "/properties/sin/examples/0") == {"CA_SIN"}
