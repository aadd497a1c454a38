"""The record, card, licence, plate and account fields of `scripts/sources/field_labels.tsv` (its README names
each source), as `build_autofill_labels` writes them into the vocabulary table: each label read as the cue phrase
its source's English label names (`GLOSSES`), a few words by their own meaning (`FIELD_WORDS`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from phiscan.detect.names import is_common
from phiscan.detect.wordcut import plain

_SOURCES = Path(__file__).resolve().parent / "sources"
# national guides and apps' catalogues; Microsoft Purview's keyword lists (CC BY 4.0, each row names its file); more
# apps' catalogues in other languages (Sahana Eden, Simple, OpenMRS coreapps, Intelehealth, Inji, KenyaEMR, Mifos,
# DHIS2 Capture, E-Heza, OpenELIS, LubeLogger); more
# national guides and openEHR's archetypes; the world's wordnets' lemmas of the fields' synsets
# (scripts/build_wordnet_labels.py)
FIELDS = tuple(
    _SOURCES / f"{name}.tsv"
    for name in ("field_labels", "purview_keywords", "record_labels", "guide_labels", "wordnet_labels", "l10n_labels")
)
Chosen = dict[str, list[tuple[str, str, str]]]  # key -> (English cue phrase, locale, label as written)


def written_label(text: str) -> str:
    """A label as the table writes it: lower case, its punctuation spaces, a bracketed aside dropped (`Code postal
    (États-Unis)`: the country is no part of it; and the full-width brackets of CJK)."""
    text = re.sub("\\s*[(\uff08].*?[)\uff09]\\s*", " ", text)
    return " ".join(re.sub(r"[,.:;·・-]", " ", text).split()).lower()


FIELD_HEADER = """# The record, card, licence, plate and account fields of national FHIR guides (JP Core, Korea Core,
# Nictiz zibs, HL7 Germany's base profiles, FR Core, Norway's base profiles, the Philippine NHDR guide), Presidio's
# recognizers' context words, the translations of OpenMRS 3, Bahmni, CARE, HospitalRun, Adyen Web and Traccar, and
# the keyword lists of Microsoft Purview's sensitive information types (CC BY 4.0, (c) Microsoft), and the Open
# Multilingual Wordnet's lemmas of the fields' synsets: written by scripts/build_autofill_labels.py from
# scripts/sources/field_labels.tsv, purview_keywords.tsv, record_labels.tsv, guide_labels.tsv and
# wordnet_labels.tsv (each row names its source and licence)."""
# what each source's English label names, as the cue phrase it is read as; labels of other fields (an insurer, a
# type, a professional's licence, a bare "identifier") are left out
GLOSSES = {
    **dict.fromkeys(
        (
            "Patient ID",
            "Patient Id",
            "patient id",
            "Patient Identifier",
            "Patient identifier",
            "patient identifier",
            "Patient Identifiers",
            "Patient Code",
            "COVID patient id",
            "EPR sectoral patient identifier",
            "H-number (health auxiliary patient id)",
            "regional patient id",
            "patient internal identifier",
            "jurisdictional patient id (JPID)",
            "patient number",
            "patient consultation card number",
            "OP/IP No",
            "Patient internal identifier",
            "patient id in the pharmacy record (NDP)",
        ),
        "patient id",
    ),
    "medical record number": "medical record",
    "Medical Record Number": "medical record",
    "Medical record number": "medical record",
    "MPI issued medical record number": "medical record",
    "chart number": "medical record",
    **dict.fromkeys(
        (
            "Date of birth",
            "Date of Birth",
            "date of birth",
            "Birthdate",
            "Birth Date",
            "Birth date",
            "Approximate Date of Birth",
            "Patient Date of Birth",  # OpenELIS's specimen label
        ),
        "birth",
    ),
    **dict.fromkeys(("Date of death", "Death Date", "date of death", "date and time of death"), "death"),
    "Policy number": "policy number",
    **dict.fromkeys(
        (
            "health insurance id",
            "health insurance id (abbrev.)",
            "health insurance number",
            "insurance member number",
            "insured id",
            "insured number",
            "insured person number",
            "insured person's card number",
            "private insurance number",
            "Medicare card number",
            "health card number",
            "CAF health card number",
            "CSC health card number",
            "VAC health card number",
            "seniors health card number",
            "pensioner concession card number",
            "concession health care card number",
            "provincial health number (JHN)",
            "individual healthcare identifier",
            "PhilHealth ID",
            "PhilHealth PIN",
            "PhilHealth number",
            "Swiss insurance card number (VEKA)",
            "Versichertenkarte (insurance card)",
            "insurance card",
            "NIR (social-security / health-insurance number), code INS-NIR",
            "temporary NIR (NIA), code INS-NIA",
            "computed national health identifier (INS-C)",
            "Department of Veterans' Affairs number",
            "context word of Presidio DE_HEALTH_INSURANCE",
            "National Health ID",  # India's, as Simple names it; like Australia's IHI
            "Insurance Card",
            "Insurance Number",
            "Health Insurance Number",
            "Identification Number of the Card",  # the EHIC's field 8, in HL7 Italy's model of the card
        ),
        "insurance number",
    ),
    **dict.fromkeys(
        (
            "driver's licence number",
            "Driving License",
            "Drivers License",  # Mifos's identity-document type
            "context word of Presidio DE_FUEHRERSCHEIN",
            "context word of Presidio IT_DRIVER_LICENSE",
            "context word of Presidio KR_DRIVER_LICENSE",
            "context word of Presidio UK_DRIVING_LICENCE",
        ),
        "driver license",
    ),
    "VIN": "vin",
    **dict.fromkeys(
        (
            "context word of Presidio DE_KFZ",
            "context word of Presidio TR_LICENSE_PLATE",
            "context word of Presidio UK_VEHICLE_REGISTRATION",
            "context word of Presidio NG_VEHICLE_REGISTRATION",
            "License Plate",
            "Vehicle Plate Number",
        ),
        "license plate",
    ),
    **dict.fromkeys(
        ("Account number", "account number", "Bank account number", "Account Number (IBAN)"),
        "account number",
    ),
    "Bank account": "bank account",
    "card number": "card number",
    # the wordnets' synsets (wordnet_labels.tsv), by their English lemma
    "medical record": "medical record",
    "patient": "patient",
    "driver's license": "driver license",
    "license plate": "license plate",
    "birth date": "birth",
    "telephone number": "phone",
    "postcode": "postal",
    "bank account": "bank account",
    "credit card": "card number",
    "surname": "family name",
    "first name": "given name",
}
# the concepts of `l10n_labels.tsv` (contact, donation, account and patient forms' labels; its README names the
# messages each concept stands for), whose single words need five letters (`mama`, `tata`: a company's name too);
# not its kin labels (`madre`, `paire`: a motherboard, a currency pair, a parent company as often)
CONCEPTS = {
    "l10n:birth_date": "birth",
    "l10n:given_name": "given name",
    "l10n:family_name": "family name",
    "l10n:full_name": "full name",
    "l10n:patient": "patient",
    "l10n:phone": "phone",
    "l10n:mobile": "mobile",
    "l10n:address": "address",
    "l10n:street": "street",
    "l10n:postal_code": "postal",
    "l10n:ip_address": "ip address",
    "l10n:card_number": "card number",
    "l10n:bank_account": "bank account",
    "l10n:account_number": "account number",
    "l10n:driver_license": "driver license",  # Bitwarden's identity's "License number", a driver's
    "l10n:ssn": "ssn",
    "l10n:serial_number": "serial number",
    "l10n:vin": "vin",
}
# a source's word that names more than its field, or another one: German `Kennzeichen` is any mark (a plate only
# with a vehicle), `Fahrerlaubnisklasse` a licence's class, `Führerscheininhaber` its holder
FIELD_WORDS = {
    "kennzeichen": "plate",
    "fahrerlaubnisklasse": "",
    "mobil": "",  # Catalan `mòbil`, a mobile; Indonesian and Malay `mobil`, a car
    "naslov": "",  # Slovene and Croatian: an address, and as often a title or a heading
    # an index, in Russian, Polish, Turkish, Indonesian and more (a price's, a body mass's); only with the word for
    # post (`почтовый индекс`) a post code
    "индекс": "",
    "індекс": "",
    "ინდექსი": "",
    "індэкс": "",
    "ինդեքս": "",
    "indeks": "",
    "indeksi": "",
    "famili": "",  # Indonesian and Malay: the relatives, a family
    "dyddiad geni": "",  # Welsh: its `geni` would cut glued English (`carcinogenicity`: car cin o geni city)
    "fuhrerscheininhaber": "",
    "fahrzeugbrief": "vehicle registration",
    "fahrzeugschein": "vehicle registration",
    "zulassungsbescheinigung": "vehicle registration",
    "면허번호": "",  # any licence's number (a doctor's too): only the 운전 (driving) forms name a driver's
    "رقم الوثيقة": "",  # a document's number, though Adyen's Arabic gives it for "policy number"
    "პოლიტიკის ნომერი": "",  # "politics number": a mistranslation of "policy number"
    "data e birth": "",  # half translated
    # Purview's words that name any licence (Japanese 免許証 is a driver's only in speech) or any card
    "免許証": "",
    "免許証番号": "",
    "免許証ナンバー": "",
    "numero de licenca": "",
    "numero licenca": "",
    "nr carta": "",
    "銀行口座": "bank account",  # Adyen's "Bank account", Purview's bank account number list
    # OpenMRS's "Dossier ID" (its gloss is left out: a file's, a folder's or a process's id as often) where its
    # words name a medical record
    "numero de prontuario": "medical record",
    "病历id": "medical record",
    "journalnummer": "",  # a ledger's or a case file's number as often as a patient record's (Danish `j.nr.`)
}


def unread(key: str, english: str) -> bool:
    """A label the table leaves out, whichever source gives it: a word `FIELD_WORDS` reads as nothing (`индекс`, any
    index; `mobil`, a car too), or a birthday that is any anniversary (Romance `aniversario`, French `anniversaire`)."""
    return FIELD_WORDS.get(key) == "" or (english == "birth" and ("anivers" in key or "annivers" in key))


def _too_loose(phrase: str, key: str, english: str) -> bool:
    """A software label too short or loose to name a field alone: two labels in one (`Ættarnafn/föðurnafn`), a word
    of four letters (`mama`, `tata`), or a street's word alone (`Strada`, `Calle`: inside an address, no label)."""
    single = " " not in key
    return "/" in phrase or (single and (len(key) < 5 or english == "street"))


def field_block(rows: list[list[str]], have: set[str], lines: Callable[[Chosen], list[str]]) -> list[str]:
    """The table lines (`lines`) of `field_labels.tsv`'s rows (category, lang, phrase, gloss, source, licence)."""
    words = {plain(word): english for word, english in FIELD_WORDS.items()}
    known = {w for phrase in have for w in phrase.split()}
    chosen: Chosen = {}
    for _category, lang, phrase, gloss, _source, _licence in rows:
        if lang == "en" or lang.replace("_", "-").startswith("en-"):
            continue  # the table's English cues come from FHIR, HL7 v2 and CMS
        written = written_label(phrase.replace("N°", " ").replace("Nº", " ").replace("/", " "))
        key = plain(written)
        english = words.get(key, GLOSSES.get(gloss, CONCEPTS.get(gloss, "")))
        single = " " not in key
        if (gloss in CONCEPTS and _too_loose(phrase, key, english)) or unread(key, english):
            continue
        if not english or key in have or key == english or len(key.replace(" ", "")) <= 2:
            continue
        if single and key.isascii() and (len(key) < 4 or is_common(key)):
            continue
        if any(len(w) <= 3 and w.isascii() and w not in known for w in key.split()):
            continue  # its short words (`del`, `ya`, `cha`) would also cut glued keys (`model` into `mo del`)
        chosen.setdefault(key, []).append((english, lang, written))
    return lines(chosen)
