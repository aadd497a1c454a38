"""National identity numbers, as plain data: the number's written form, the words that name it, and its check.

A national identity number is HIPAA's "any other unique identifying number" and, in most countries, the one a
patient's records are keyed by.  Each form here is checked by `python-stdnum` (LGPL-2.1-or-later, a dependency),
which implements the issuing agencies' published check digits and date fields; a form alone is a weak shape
(eleven digits are many things), so it counts only beside a word that names it (`phiscan.detect.specs`).
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class NationalId:
    """One country's identity number: its entity, how findings name it, its form, its words, its stdnum modules."""

    entity: str
    name: str
    form: str  # a regex, without boundaries
    words: tuple[str, ...]  # the words that name it, as keys and labels write them
    modules: tuple[str, ...]  # stdnum modules, any of which may accept it
    # its word is another language's everyday word too (`sin`, Spanish "without"): it names the number only in a key
    # or written in capitals (`SIN 232-836-791`)
    everyday: bool = False

    @property
    def min_digits(self) -> int:
        """The fewest digits a match of `form` holds (the pre-screen skips texts with fewer)."""
        return min_digits(self.form)


NATIONAL_IDS: tuple[NationalId, ...] = (
    NationalId("PL_PESEL", "PESEL", r"\d{11}", ("pesel",), ("pl.pesel",)),
    NationalId(
        "KR_RRN", "resident registration number", r"\d{6}-?[1-8]\d{6}", ("rrn", "주민등록번호", "주민번호"), ("kr.rrn",)
    ),
    NationalId(
        "FI_HETU",
        "henkilötunnus",
        r"\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y]",
        ("hetu", "henkilötunnus", "henkilotunnus"),
        ("fi.hetu",),
    ),
    NationalId(
        "SE_PERSONNUMMER",
        "personnummer",
        r"(?:19|20)?\d{6}[-+]?\d{4}",
        ("personnummer", "personnr"),
        ("se.personnummer",),
    ),
    NationalId(
        "IT_FISCAL_CODE",
        "codice fiscale",
        r"[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]",
        ("fiscale", "codicefiscale", "fiscal", "fiscalcode"),
        ("it.codicefiscale",),
    ),
    # (not Polish's `nie`, "not": `dni` and `nif` name the document)
    NationalId("ES_DNI", "DNI or NIE", r"\d{8}-?[A-Z]|[XYZ]-?\d{7}-?[A-Z]", ("dni", "nif"), ("es.dni", "es.nie")),
    # (an Aadhaar starting 9 is UIDAI's test range; 0 and 1 are never issued)
    NationalId(
        "IN_AADHAAR", "Aadhaar", r"[2-8]\d{3}([ -]?)\d{4}\1\d{4}", ("aadhaar", "aadhar", "uidai"), ("in_.aadhaar",)
    ),
    NationalId("TR_KIMLIK", "T.C. kimlik", r"[1-9]\d{10}", ("kimlik", "tckn", "tckimlik"), ("tr.tckimlik",)),
    NationalId("BR_CPF", "CPF", r"\d{3}(\.?)\d{3}\1\d{3}-?\d{2}", ("cpf",), ("br.cpf",)),
    NationalId("MX_CURP", "CURP", r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d", ("curp",), ("mx.curp",)),
    NationalId("CN_RIC", "resident identity card", r"\d{17}[\dX]", ("身份证", "身份证号", "身份证号码"), ("cn.ric",)),
    # the social insurance and personal numbers other countries key health records by (Canada's SIN, Australia's tax
    # file number, Ireland's PPSN, the Netherlands' BSN, Denmark's CPR, Norway's fødselsnummer, Belgium's national
    # number (INSZ/NISS), France's NIR, the carte Vitale's number)
    NationalId("CA_SIN", "social insurance number", r"[1-79]\d{2}([ -]?)\d{3}\1\d{3}", ("sin",), ("ca.sin",), True),
    NationalId("AU_TFN", "tax file number", r"\d{3}([ ]?)\d{3}\1\d{2,3}", ("tfn",), ("au.tfn",)),
    NationalId("IE_PPS", "PPS number", r"\d{7}[A-W][ABHTWX]?", ("pps", "ppsn"), ("ie.pps",)),
    NationalId("NL_BSN", "burgerservicenummer", r"\d{4}(\.?)\d{2}\1\d{3}", ("bsn", "burgerservicenummer"), ("nl.bsn",)),
    # (with its hyphen only: ten digits whose first six are a date are as often a Unix time or a phone number)
    NationalId("DK_CPR", "CPR number", r"[0-3]\d[01]\d{3}-\d{4}", ("cpr",), ("dk.cpr",)),
    NationalId(
        "NO_FODSELSNUMMER",
        "fødselsnummer",
        r"[0-7]\d[0-5]\d{3} ?\d{5}",
        ("fødselsnummer", "fodselsnummer", "foedselsnummer", "fnr"),
        ("no.fodselsnummer",),
    ),
    NationalId(
        "BE_NATIONAL_NUMBER",
        "national number",
        r"\d{2}(\.?)\d{2}\1\d{2}-?\d{3}\.?\d{2}",
        ("rijksregisternummer", "insz", "niss"),
        ("be.nn",),
    ),
    NationalId(
        "FR_NIR", "NIR", r"[1-478] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}", ("nir", "insee"), ("fr.nir",)
    ),
)
# the numbers the agencies' pages, their test suites and Wikipedia's articles print as examples: stand-ins, nobody's
_PRINTED = frozenset({
    "44051401359", "12345678Z", "87654321X", "X1234567L", "Y1234567X", "Z1234567R", "RSSMRA85T10A562S",
    "RSSMRA80A01H501U", "131052308T", "131052A308T", "010101123N", "8112189876", "198112189876", "1212121212",
    "191212121212", "52998224725", "11144477735", "12345678909", "00000000191", "10000000146", "11111111110",
    "12345678950", "HEGG560427MVZRRL04", "11010519491231002X", "046454286", "123456782", "1234567T", "1234567TW",
    "111222333", "295109912611193",
})  # fmt: skip


def min_digits(pattern: str) -> int:
    """The fewest digits any match of `pattern` holds, read from its parsed form (`\\d`, `[0-9]`, digit literals)."""
    try:  # Python 3.11+; 3.10 has the same parser under its old name
        from re import _parser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover
        import sre_parse as _parser

    def a_digit(op: Any, av: Any) -> bool:  # one item of a class: only digits
        if op is _parser.CATEGORY:
            return bool(av is _parser.CATEGORY_DIGIT)
        if op is _parser.RANGE:
            return bool(48 <= av[0] <= av[1] <= 57)
        return bool(op is _parser.LITERAL and 48 <= av <= 57)

    def least(items: Any) -> int:
        total = 0
        for op, av in items:
            if op is _parser.IN:
                total += all(a_digit(k, v) for k, v in av)
            elif op is _parser.LITERAL:
                total += 48 <= av <= 57
            elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT):
                total += av[0] * least(av[2])
            elif op is _parser.SUBPATTERN:
                total += least(av[-1])
            elif op is _parser.BRANCH:
                total += min(least(b) for b in av[1])
        return total

    return least(_parser.parse(pattern))


@functools.cache
def _validators(modules: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(importlib.import_module(f"stdnum.{m}") for m in modules)


def valid_national_id(modules: tuple[str, ...]) -> Callable[[str], bool]:
    """The check for numbers of `modules`: no printed example, and one of them accepts it (a check that fails
    says yes: a number it could not read is reported, not dropped)."""

    def check(text: str) -> bool:
        if "".join(c for c in text if c.isalnum()).upper() in _PRINTED:
            return False
        try:
            return any(v.is_valid(text) for v in _validators(modules))
        except Exception:
            return True

    return check
