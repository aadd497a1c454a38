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


NATIONAL_IDS: tuple[NationalId, ...] = (
    NationalId("PL_PESEL", "PESEL", r"\d{11}", ("pesel",), ("pl.pesel",)),
    NationalId("KR_RRN", "resident registration number", r"\d{6}-?[1-8]\d{6}", ("rrn", "주민등록번호"), ("kr.rrn",)),
    NationalId(
        "FI_HETU", "henkilötunnus", r"\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y]", ("hetu", "henkilötunnus"), ("fi.hetu",)
    ),
    NationalId(
        "SE_PERSONNUMMER", "personnummer", r"(?:19|20)?\d{6}[-+]?\d{4}", ("personnummer",), ("se.personnummer",)
    ),
    NationalId(
        "IT_FISCAL_CODE",
        "codice fiscale",
        r"[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]",
        ("fiscale", "codicefiscale"),
        ("it.codicefiscale",),
    ),
    NationalId(
        "ES_DNI", "DNI or NIE", r"\d{8}-?[A-Z]|[XYZ]-?\d{7}-?[A-Z]", ("dni", "nie", "nif"), ("es.dni", "es.nie")
    ),
    NationalId(
        "IN_AADHAAR", "Aadhaar", r"[2-9]\d{3}([ -]?)\d{4}\1\d{4}", ("aadhaar", "aadhar", "uidai"), ("in_.aadhaar",)
    ),
    NationalId("TR_KIMLIK", "T.C. kimlik", r"[1-9]\d{10}", ("kimlik", "tckn", "tckimlik"), ("tr.tckimlik",)),
    NationalId("BR_CPF", "CPF", r"\d{3}(\.?)\d{3}\1\d{3}-?\d{2}", ("cpf",), ("br.cpf",)),
    NationalId("MX_CURP", "CURP", r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d", ("curp",), ("mx.curp",)),
    NationalId("CN_RIC", "resident identity card", r"\d{17}[\dX]", ("身份证", "身份证号"), ("cn.ric",)),
)


# the numbers the agencies' pages and Wikipedia's articles print as examples: stand-ins, nobody's (`12345678Z`)
_PRINTED = frozenset({
    "44051401359", "12345678Z", "X1234567L", "RSSMRA85T10A562S", "131052308T", "8112189876", "52998224725",
    "11144477735", "10000000146", "HEGG560427MVZRRL04", "11010519491231002X",
})  # fmt: skip


@functools.cache
def _validators(modules: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(importlib.import_module(f"stdnum.{m}") for m in modules)


def valid_national_id(modules: tuple[str, ...]) -> Callable[[str], bool]:
    """The check for numbers of `modules`: any of them accepts it, and it is not a run of one digit."""

    def check(text: str) -> bool:
        digits = [c for c in text if c.isdigit()]
        plain = "".join(c for c in text if c.isalnum()).upper()
        if len(set(digits)) <= 1 or plain in _PRINTED or plain[-10:] in _PRINTED:
            return False
        return any(v.is_valid(text) for v in _validators(modules))

    return check
