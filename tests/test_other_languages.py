"""Cue words in the languages schemas are written in: the EU's 24 and a few more, read from a key with its accents
folded, a phrase in a foreign word order (`numero_patente`: the number first), a licence's issuing state between
its label and its number, months in other calendars' names and in Roman numerals, addresses whose street type
comes first, and fundraiser pages on sites and under sections the English list does not know.

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

from phiscan.detect.analyzer import Analyzer
from phiscan.detect.shapes import is_date
from phiscan.detect.urls import personal_url
from phiscan.detect.vocabulary import cues_in, normal_words


def _key_cues(key: str) -> dict[str, int]:
    return {c: s for c, (s, _) in cues_in(normal_words(key), head=True).items()}


@pytest.mark.parametrize(
    ("key", "category"),
    [
        ("numero_historia_clínica", "MRN"),
        ("nr_historii", None),  # a history, not a record: no phrase of the table
        ("cartellaClinica", "MRN"),
        ("nomorRekamMedis", "MRN"),
        ("Patientennummer", "MRN"),
        ("Führerscheinnummer", "LICENSE_NUMBER"),
        ("Fuehrerscheinnummer", "LICENSE_NUMBER"),
        ("prawo_jazdy", "LICENSE_NUMBER"),
        ("kørekort", "LICENSE_NUMBER"),
        ("vezetői_engedély", "LICENSE_NUMBER"),
        ("Fahrgestellnummer", "VEHICLE_ID"),
        ("rekisterinumero", "VEHICLE_ID"),
        ("fødselsdato", "DATE_OF_BIRTH"),
        ("data_urodzenia", "DATE_OF_BIRTH"),
        ("dzimšanas_datums", "DATE_OF_BIRTH"),
        ("tanggal_lahir", "DATE_OF_BIRTH"),
        ("birthTime", "DATE_OF_BIRTH"),
        ("postinumero", "ZIP_CODE"),
        ("kode_pos", "ZIP_CODE"),
        ("puhelinnumero", "PHONE_NUMBER"),
        ("számlaszám", "ACCOUNT_NUMBER"),
        ("tessera_sanitaria", "HEALTH_PLAN_ID"),
        ("numero_seguridad_social", "US_SSN"),
        ("soc_sec_no", "US_SSN"),
        ("nazwisko", "PERSON"),
        ("alamat_ip", "IP_ADDRESS"),
        # the world's wordnets' lemmas of a field's synset (Basque, Albanian, Greek, Catalan, Malay)
        ("historiaKliniko", "MRN"),
        ("llogari_bankare", "ACCOUNT_NUMBER"),
        ("kodi_postar", "ZIP_CODE"),
        ("δίπλωμα_οδήγησης", "LICENSE_NUMBER"),
        ("placa_de_matricula", "VEHICLE_ID"),
        ("nama_keluarga", "PERSON"),
        # but no word the wordnets give other meanings too, in any language: a customer, a party, Christmas, any
        # account or card, an interview, sheet metal, enrolment; nor one that is also a person's name
        *((word, None) for word in ("cliente", "festa", "natale", "חשבון", "txartel", "λογαριασμός", "wywiad")),
        *((word, None) for word in ("blacha", "matrikula", "obama")),
        # Microsoft Purview's keyword lists: inflected forms, Japanese, and its Hepburn spelling
        ("vairuotojo_pažymėjimo_numeris", "LICENSE_NUMBER"),
        ("numărul_permisului_de_conducere", "LICENSE_NUMBER"),
        ("untenmenkyosho_bango", "LICENSE_NUMBER"),
        ("sygesikringskortnummer", "HEALTH_PLAN_ID"),
        ("健康保険被保険者番号", "HEALTH_PLAN_ID"),
        ("kreditkartennummer", "ACCOUNT_NUMBER"),
        ("免許証番号", None),  # any licence's number
        # apps' catalogues (scripts/sources/record_labels.tsv): Sahana Eden, Simple, OpenMRS coreapps, their spellings
        ("posvidchennia_vodiia", "LICENSE_NUMBER"),
        ("zholoony_unemlekh", "LICENSE_NUMBER"),
        ("lambarka_diiwaanka_caafimaadka", "MRN"),
        ("número_de_prontuário", "MRN"),
        ("rugna_aayadi", "MRN"),
        ("numri_i_sigurimit", "HEALTH_PLAN_ID"),
        ("tablica_rejestracyjna", "VEHICLE_ID"),
        ("id_dossier", None),  # a computer's folder in French: OpenMRS's "Dossier ID" is left out there
        ("journalnummer", None),  # a ledger's or a case file's number as often as a record's
        ("krankenaktennummer", "MRN"),  # HL7's v2-0203 in German, openEHR's archetypes
        ("sairauskertomusnumero", "MRN"),  # a word longer than most (`sairauskertomus`) glued to `numero`
        ("nombre_de_la_historia_clinica", "MRN"),
        # Cyrillic statutory names, as written and romanised (Russia's, Ukraine's, Kazakhstan's forms and laws)
        ("номер_медицинской_карты", "MRN"),
        ("nomer_medkartki", "MRN"),
        ("medychna_karta", "MRN"),
        ("polis_oms", "HEALTH_PLAN_ID"),
        ("voditelskoe_udostoverenie", "LICENSE_NUMBER"),
        ("nomer_medkarty", "MRN"),  # a romanised word is kept whole, not cut into `med karty`
        ("aktenkennung", None),  # any file's reference
        ("dosya_id", None),
        # registration papers' VIN and plate words (China's GB 16735, Japan's inspection certificate, Korea's, the
        # Nordic certificates' field E, Turkey's, Indonesia's, the Gulf's, Iran's, India's)
        ("车辆识别代号", "VEHICLE_ID"),
        ("車台番号", "VEHICLE_ID"),
        ("차대번호", "VEHICLE_ID"),
        ("stelnummer", "VEHICLE_ID"),
        ("sasi_no", "VEHICLE_ID"),
        ("nomorRangka", "VEHICLE_ID"),
        ("\u0631\u0642\u0645_\u0627\u0644\u0634\u0627\u0635\u064a", "VEHICLE_ID"),  # رقم الشاصي
        ("\u067e\u0644\u0627\u06a9", "VEHICLE_ID"),  # پلاک
        ("\u0935\u093e\u0939\u0928_\u0915\u094d\u0930\u092e\u093e\u0902\u0915", "VEHICLE_ID"),  # वाहन क्रमांक
        ("nambariYaGari", "VEHICLE_ID"),
        # serial numbers and insurance numbers
        ("seriNo", "DEVICE_ID"),
        ("nomor_seri", "DEVICE_ID"),
        ("シリアル番号", "DEVICE_ID"),
        ("製造番号", "DEVICE_ID"),
        ("nambari_ya_kifaa", "DEVICE_ID"),
        ("numeroAssure", "HEALTH_PLAN_ID"),
        ("nambari_ya_bima", "HEALTH_PLAN_ID"),
        ("\u0935\u093f\u092e\u093e_\u0915\u094d\u0930\u092e\u093e\u0902\u0915", "HEALTH_PLAN_ID"),  # विमा क्रमांक
        ("assure", None),  # English's verb: only after its number
        # hospitals' record, visit and patient numbers in more languages
        ("nambari_ya_rekodi_ya_matibabu", "MRN"),  # `rekodi` is no `rek` (Indonesian's account) and two words
        ("\u0930\u0941\u0917\u094d\u0923_\u0915\u094d\u0930\u092e\u093e\u0902\u0915", "MRN"),  # रुग्ण क्रमांक
        ("\u0631\u0642\u0645_\u0627\u0644\u0645\u0631\u064a\u0636", "MRN"),  # رقم المريض
        ("hasta_dosya_no", "MRN"),
        ("numri_i_kartelës", "MRN"),
        ("lambar_asibiti", "MRN"),
        ("numri_i_telefonit", "PHONE_NUMBER"),
        ("dosya_no", None),  # any file's number
    ],
)
def test_a_key_in_another_language_names_its_category(key: str, category: str | None) -> None:
    cues = _key_cues(key)
    assert (category in cues) if category else not cues


def test_every_latin_cue_phrase_is_written_as_keys_are_read() -> None:
    # a phrase in another form than the normalised words never matches (`adeias` is read `adeia`)
    from phiscan.detect.vocabulary import cues

    unread = [
        phrase
        for phrases in cues().values()
        for phrase, _ in phrases
        if phrase.isascii()
        and "~" not in phrase
        and not any(c.isdigit() for c in phrase)
        and normal_words(phrase) != tuple(phrase.split())
    ]
    assert unread == []


def test_translations_are_cues_of_their_english_phrase_strength() -> None:
    # `patente` is "licence": as weak as the English word; its number, written first, is as strong as
    # "license number"
    assert _key_cues("patente") == {"LICENSE_NUMBER": 1}
    assert _key_cues("numero_patente") == {"LICENSE_NUMBER": 2}
    assert _key_cues("numero_de_cuenta") == {"ACCOUNT_NUMBER": 2}
    # English's "number of" counts: it stays the weak word it was
    assert _key_cues("number_of_accounts") == {"ACCOUNT_NUMBER": 1}


@pytest.mark.parametrize(
    ("key", "keyword", "value", "entity"),
    [
        ("numero_cartella_clinica", "enum", ["CC-2019-554120"], "MRN"),
        ("Patientennummer", "default", "PN7734021/2", "MRN"),
        ("ref", "description", "Aus dem Ticket: Patientennummer PN7734021/2.", "MRN"),
        ("ref", "description", "Copiado del sistema: historia clínica HCX40918273.", "MRN"),
        ("Fuehrerscheinnummer", "const", "B072RRE2I55", "US_DRIVER_LICENSE"),
        ("numero_patente", "pattern", "^771204583$", "US_DRIVER_LICENSE"),
        ("nomor_rekening", "enum", ["44120987315"], "ACCOUNT_NUMBER"),
        ("soc_sec_no", "const", "541-23-8876", "US_SSN"),
        ("ref", "title", "kode pos 40115", "ZIP_CODE"),
        ("ref", "description", "Посвідчення водія \u0412\u0425\u0415 480217", "US_DRIVER_LICENSE"),
        ("ref", "title", "Жолооны үнэмлэх № 6620931B", "US_DRIVER_LICENSE"),
        ("ref", "description", "ใบขับขี่ 61027743", "US_DRIVER_LICENSE"),
        ("ref", "description", "मेडिकल रिकॉर्ड संख्या 2208817-A", "MRN"),
        ("ref", "title", "geboren am 03.11.1958", "DATE_OF_BIRTH"),  # born on: the label's "on" before the day
        ("ref", "title", "වෛද්\u200dය වාර්තා අංකය 00483921", "MRN"),  # a joiner inside a Sinhala word
        # claim forms' and FHIR's element names, and a medical device's own name
        ("UB04_FL60_insuredUniqueId", "const", "184752093618", "HEALTH_PLAN_ID"),
        ("CLM01_patientControlNo", "const", "PCN8804127", "ACCOUNT_NUMBER"),
        ("carrierHRF", "const", "C02XK4H7JG5J", "DEVICE_ID"),
        ("glucometerId", "const", "C02XK4H7JG5J", "DEVICE_ID"),
        ("nambari_ya_bima", "const", "9284716", "HEALTH_PLAN_ID"),
        ("seriNo", "examples", ["C02XK4H7JG5J"], "DEVICE_ID"),
        ("ref", "description", "Carte Chifa n\u00b0 184752093618", "HEALTH_PLAN_ID"),  # Algeria's CNAS card
        ("PolNumber", "const", "88213746", "HEALTH_PLAN_ID"),  # ACORD's policy number
        ("ref", "description", "EsSalud: 48827163", "HEALTH_PLAN_ID"),  # Peru's, as written
        # insurance cards', records' and registration papers' words of European forms, as the form writes them
        ("ref", "description", "Försäkringsnummer: 830146227", "HEALTH_PLAN_ID"),  # a compound's linking s
        ("Versicherungsnummer", "const", "830146227", "HEALTH_PLAN_ID"),
        ("ref", "description", "číslo poistenca 830146227", "HEALTH_PLAN_ID"),
        ("ref", "description", "broj povijesti bolesti: 4471920", "MRN"),
        ("ref", "title", "номер страхового поліса 830146227", "HEALTH_PLAN_ID"),
        ("ref", "description", "registrska številka: KXR4471", "LICENSE_PLATE"),
        ("numero_de_poliza", "const", "830146227", "HEALTH_PLAN_ID"),
        ("ref", "description", "বীমা নম্বর 830146227", "HEALTH_PLAN_ID"),
        # Medicaid's recipient, a policyholder's id
        ("ref", "description", "Medicaid recipient number: 830146227", "HEALTH_PLAN_ID"),
        ("policyholderId", "const", "ZGP48273916", "HEALTH_PLAN_ID"),
    ],
)
def test_a_value_under_a_foreign_cue_is_found(
    analyzer: Analyzer, key: str, keyword: str, value: Any, entity: str
) -> None:
    pointer = f"/properties/{key}/{keyword}" + ("/0" if isinstance(value, list) else "")
    assert _found(_value(keyword, value, key=key), analyzer, pointer) == {entity}


@pytest.mark.parametrize(
    ("keyword", "value"),
    [("enum", ["rijbewijs Montana 640118325"]), ("description", "DL TX 40118325"), ("title", "licencia NM 640118325")],
)
def test_a_licence_is_read_past_its_issuing_state(analyzer: Analyzer, keyword: str, value: Any) -> None:
    pointer = f"/properties/ref/{keyword}" + ("/0" if isinstance(value, list) else "")
    assert _found(_value(keyword, value), analyzer, pointer) == {"US_DRIVER_LICENSE"}


def test_a_state_only_passes_a_licence_or_a_plate_not_an_id_word(analyzer: Analyzer) -> None:
    # `ID` is Idaho only after a licence's word: a patient's `id` stays the id it names
    assert _found(_value("const", "ref 4412098731"), analyzer, "/properties/ref/const") == set()
    assert _found(_value("enum", ["order TX 40118325"]), analyzer, "/properties/ref/enum/0") == set()


@pytest.mark.parametrize(
    "value",
    [
        *("7 Maret 1961", "22 Oktober 1958", "3 listopada 1977", "22-II-1967", "3.XI.1984"),
        *("Mei 7, 1961", "Oktober 22, 1958"),  # the month first, as Indonesian and Dutch write it too
        *("7 \u092e\u0908 1961", "7 \u121c\u12ed 1961"),  # months of two letters: Hindi मई, Amharic ሜይ
        *("21 ta' Settembru 1974", "5 mis Mawrth 1977"),  # the words Maltese and Welsh put before the month
    ],
)
def test_months_of_other_locales_and_roman_months_are_dates(value: str) -> None:
    assert is_date(value)


@pytest.mark.parametrize(
    "value", ["22-IIX-1967", "3.XIV.1984", "1-LI-2009", "Api 12, 2020", "Ver 3, 2021", "Here 12, 1991", "Out 5, 2021"]
)
def test_a_roman_numeral_or_a_word_that_is_no_month_makes_no_date(value: str) -> None:
    assert not is_date(value)


@pytest.mark.parametrize(
    ("key", "keyword", "value"),
    [("birthTime", "description", "7 Maret 1961"), ("ref", "description", "born 22-II-1967")],
)
def test_a_foreign_date_under_a_birth_word_is_a_date_of_birth(
    analyzer: Analyzer, key: str, keyword: str, value: str
) -> None:
    assert _found(_value(keyword, value, key=key), analyzer, f"/properties/{key}/{keyword}") == {"DATE_OF_BIRTH"}


def test_an_address_whose_street_type_comes_first_is_an_address(analyzer: Analyzer) -> None:
    doc = _value("description", "Dikirim ke Jl. Kaliurang No. 17, Sleman")
    assert _found(doc, analyzer, "/properties/ref/description") == {"STREET_ADDRESS"}


@pytest.mark.parametrize(
    "text",
    [
        "Kalnu iela 7-2, Daugavpils, LV-5401",  # the town, then a lettered postcode
        "бул. Партизански одреди 41, 1000 Скопје",  # the type first, in Cyrillic; a four-digit postcode
        "Savanorių pr. 88, LT-03116 Vilnius",
        "Tržaška cesta 19, 2000 Maribor",
        "ulica Długa 5/7, 80-831 Gdańsk",  # Poland's NN-NNN
        "Rua das Flores 44, 4050-262 Porto",  # Portugal's NNNN-NNN
        "Žitná 18, 110 00 Praha",  # two groups; the town is one the place lists hold
        "Mustamäe tee 61-12, 12916 Tallinn",  # a flat after the number, the street's type written small
        "Keizersgracht 140, 1015 CX Amsterdam",  # a Dutch postcode's letters
        "Thorvald Meyers gate 40, 0555 Oslo",
    ],
)
def test_an_address_of_any_upu_format_with_a_short_or_lettered_postcode_is_an_address(
    analyzer: Analyzer, text: str
) -> None:
    assert _found(_value("const", text), analyzer, "/properties/ref/const") == {"STREET_ADDRESS"}


@pytest.mark.parametrize(
    "text",
    [
        "See RFC 7231, 6585 Status codes.",
        "Tier 2, 1000 Requests",
        "Use Main 5, 1000 Requests",
        "Page 2, 100 Results",
    ],
)
def test_counts_and_references_before_a_short_number_and_a_word_are_not_addresses(
    analyzer: Analyzer, text: str
) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()


@pytest.mark.parametrize(
    "url",
    [
        "https://www.crowdfunder.co.uk/p/fenwick-ardal-treatment-fund",
        "https://whydonate.nl/fundraising/help-teodor-wiklund",
        "https://shelterhope.org/fundraiser/help-teodor-wiklund",
        "https://shelterhope.org/fundraising-events/5521-reha-fur-vaidotas-jurgaitis",
        "https://shelterhope.org/p/vaidotas-jurgaitis-cancer-treatment",
    ],
)
def test_a_fundraiser_for_one_person_is_a_personal_url(url: str) -> None:
    assert personal_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://shelterhope.org/campaigns/q3-growth-bizops-kpis",  # a marketing campaign
        "https://acmecorp.io/help-desk/zendesk-freshdesk",  # products, not people
        "https://acmecorp.io/blog/for-grafana-loki",
        "https://acmecorp.io/donate/ukraine-unicef",
        "https://acmecorp.io/fundraising/salesforce-npsp",
        "https://acmecorp.io/products/surgery-robotics-davinci-xi",
        "https://shelterhope.org/blog/cancer-treatment-options-overview",  # dictionary words, no one named
        "https://shelterhope.org/donate/hospital-wing-renovation",
        "https://docs.shelterhope.org/api/kubernetes-cluster-recovery",
        "https://example.org/fundraiser/help-mathuin-ocathain",  # a reserved domain
    ],
)
def test_pages_about_things_are_not_personal_urls(url: str) -> None:
    assert not personal_url(url)


@pytest.mark.parametrize(
    ("url", "personal"),
    [
        # on a site no list names, a people section and one handle, or `/@handle` and `/~handle` alone
        ("https://codeberg.org/user/ttravers", True),
        ("https://git.sr.ht/~ttravers", True),
        ("https://forum.shelterhope.org/u/kwabena_m", True),
        ("https://shelterhope.org/people/kwabena.mensah", True),
        ("https://docs.shelterhope.org/users/kwabena_m", False),  # a reference's path
        ("https://shelterhope.org/users/me", False),  # words and the site's own pages
        ("https://shelterhope.org/members/list", False),
        ("https://shelterhope.org/@admin", False),
        ("https://github.com/user/repo.git", False),  # a file
        ("https://shelterhope.org/users/{id}", False),  # a template
        ("https://shelterhope.org/users/kwabena_m/repos", False),  # a page of theirs, not the person
        ("https://gitlab.com/users/sign_in", False),  # a route of words
        ("https://shelterhope.org/users/your_handle", False),  # stand-ins, bots, teams
        ("https://shelterhope.org/users/renovate-bot", False),
        ("https://crates.io/users/rust-lang", False),
        ("https://www.hl7.org/profiles/us-core", False),  # FHIR's profiles are no people's
        ("https://esm.sh/@tanstack", False),  # a package's scope
        ("https://127.0.0.1/users/kwabena_m", False),  # no site
        ("https://graph.microsoft.com/users/kwabena_m", False),  # an API's reference
        ("https://shelterhope.org/users/acme-team", False),  # a team
        ("https://shelterhope.org/users/jdoe", False),
        ("https://shelterhope.org/users/mykola", True),  # `my` alone is no stand-in's prefix
        # Sherlock's sites' sections in their own languages, and a profile page's handle as its parameter
        ("https://www.ratgeberfrage.de/nutzer/kwabena_m", True),
        ("https://forum.shelterhope.pl/ludzie/kwabena.mensah", True),
        ("https://shelterhope.org/profile/kwabena_m", True),
        ("https://shelterhope.org/profile.php?mode=viewprofile&u=kwabena_m", True),
        ("https://shelterhope.org/member.php?username=kwabena_m", True),
        ("https://shelterhope.org/profile.php?u=admin", False),
        ("https://api.shelterhope.org/profile.php?user=kwabena_m", False),  # an API's host
        ("https://shelterhope.org/search.php?u=kwabena_m", False),  # no profile page
        ("https://shelterhope.org/profile/settings", False),
        ("https://www.hl7.org/fhir/profile/patient", False),  # a page about a thing, under any section
        ("https://shelterhope.org/profiles/patient-summary", False),
        ("https://forum.shelterhope.pl/ludzie/kwabena_m", True),  # one listed name and a letter: a handle
        ("https://shelterhope.org/profile/avatar", False),  # an app's own pages under these sections
        ("https://www.ratgeberfrage.de/nutzer/anmelden", False),
        ("https://shelterhope.org/profile?user=ec2-user", False),  # a system account
        ("https://portal.stlukes-hospital.org/patients/smith", True),  # a patient's page, whatever the surname
        ("https://portal.stlukes-hospital.org/patient?name=Li", True),
    ],
)
def test_a_people_section_and_one_handle_on_any_site_is_a_personal_url(url: str, personal: bool) -> None:
    assert personal_url(url) is personal


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("dob", "610714"),  # ICAO 9303's machine-readable zone: YYMMDD
        ("birth_date", "14071961"),  # day first, no separators
        ("dateOfBirth", "14th of July 1961"),
        ("dateOfBirth", "the 14th of July, 1961"),  # and as said: after `the`, the month first
        ("dateOfBirth", "May the 14th, 1961"),
        ("fecha_nacimiento", "1961-Jul-14"),  # year first with the month's name
        ("dob", "14-JUL-61"),  # Oracle's default date format, DD-MON-RR
        ("birthDate", "14 Jul 61"),
        ("dob", "14/07/2504"),  # Thailand's Buddhist era in figures
        ("\u751f\u5e74\u6708\u65e5", "\u662d\u548c36\u5e747\u670814\u65e5"),  # 昭和36年7月14日: Japan's era
        ("birthDate", "S36.07.14"),  # as JIS X 0301 abbreviates it
        ("\u0434\u0430\u0442\u0430_\u0440\u043e\u0436\u0434\u0435\u043d\u0438\u044f", "14.07.1961 \u0433."),
        ("datum_rodjenja", "14. jul 1961."),  # Serbian's stop after the year
        ("datelindja", "14.07.1961"),  # Albanian
        ("birthDate", "\u6c11\u570b50\u5e747\u670814\u65e5"),  # 民國50年7月14日: Taiwan's Minguo era
        ("dob", "2504-07-14"),  # the Buddhist era, year first
        ("dob", "1961. 7. 14."),  # Korea's dotted date
        ("dob", "23 Tir 1340"),  # the Solar Hijri calendar's month, as CLDR's English data names it
        ("birth_date", "Shawwal 2, 1380"),  # the Hijri calendar's
        ("dob", "7 Hamle 1953"),  # the Ethiopian calendar's
        ("dob", "2 Av 5721"),  # the Hebrew calendar's
        ("birth_datetime", "1961-07-14T00:00:00"),  # OMOP's column: a key may end in the form the date is kept in
        ("dob_ts", "1961-07-14T08:30:00Z"),
        ("dob", "19610714083000-0500"),  # HL7 v2's DTM
        ("birthDate", "19610714T0830"),  # ISO 8601's basic form
        ("dob", "14JUL61"),  # IATA's DDMMMYY, as an SSR DOCS element writes a passenger's birth date
    ],
)
def test_compact_and_year_first_dates_under_a_birth_word_are_dates_of_birth(
    analyzer: Analyzer, key: str, value: str
) -> None:
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") == {"DATE_OF_BIRTH"}


@pytest.mark.parametrize(
    ("key", "value"),
    [
        *(("version", "S36.07.14"), ("ref", "14/07/2504"), ("build", "H2.5.1"), ("release", "7 Hamle 1953")),
        *(("dob", "23 Tir 2340"), ("dob", "2 Av 1961")),  # a year the month's calendar has not had, or far off
        ("created_ts", "19610714083000-0500"),  # a timestamp of a thing
    ],
)
def test_other_eras_dates_are_dates_of_birth_only_under_a_birth_word(analyzer: Analyzer, key: str, value: str) -> None:
    assert "DATE_OF_BIRTH" not in _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const")


@pytest.mark.parametrize("key", ["device_id_ts", "member_id_time", "deviceIdUtc", "birth_tm", "dob_tz"])
def test_a_time_form_after_an_identifier_s_word_says_a_timestamp(analyzer: Analyzer, key: str) -> None:
    # (after a birth word it says the form the birth date is kept in, `birth_datetime`, but not `tm` or `tz`: a time of
    # day, a zone; `140512` would read as a date)
    value = "140512" if key in ("birth_tm", "dob_tz") else "1712345678"
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") <= {
        "OTHER_IDENTIFIER"
    }  # (a code no word explains is only an identifier: test_bare_codes)


@pytest.mark.parametrize("key", ["mrn", "accountNumber", "memberId"])
@pytest.mark.parametrize("value", ["12-MAR-99", "12MAR99"])
def test_a_two_digit_year_date_form_is_a_date_only_under_a_birth_word(analyzer: Analyzer, key: str, value: str) -> None:
    # Oracle's DD-MON-RR and IATA's DDMMMYY are as often a code's form: under an identifier's key it stays that
    # identifier
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") != set()
    assert "DATE_OF_BIRTH" not in _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # right after a birth date's label, a day, a word and a year: the month as that language spells it
        ("Dzimšanas datums: 14 me 1971", {"DATE_OF_BIRTH"}),
        ("Geburtsdatum: 12 Merz 1984", {"DATE_OF_BIRTH"}),
        # not an English word between the numbers, nor a word no label names a birth date before
        ("Date of birth: 3 times 1996", set()),
        ("Born in 3 cities 1996", set()),
        ("Valid from: 14 me 1971", set()),
        # a hostile review's: units and placeholders between the numbers, a migration's date as keys write it
        *(("Date of birth: 18 yrs 2006", set()), ("DOB: 12 MMM 1985 is the masked form", set())),
        *(("DOB: 01 UNK 1970", set()), ("Renamed from birth_dt in migration 2019_03_12.", set())),
        ("DOB (ymd): 1971_04_23", {"DATE_OF_BIRTH"}),
    ],
)
def test_a_day_a_word_and_a_year_right_after_a_birth_label_is_a_date_of_birth(
    analyzer: Analyzer, text: str, found: set[str]
) -> None:
    doc = {"type": "object", "properties": {"note": {"type": "string", "description": text}}}
    assert _found(doc, analyzer, "/properties/note/description") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("SSR DOCS passport of the passenger, date of birth 14JUL61, expires 2031.", {"DATE_OF_BIRTH"}),
        ("Fare basis 14JUL61 was filed by the carrier.", set()),
    ],
)
def test_iata_s_day_month_year_in_text_is_a_birth_date_after_a_birth_word(
    analyzer: Analyzer, text: str, found: set[str]
) -> None:
    doc = {"type": "object", "properties": {"note": {"type": "string", "description": text}}}
    assert _found(doc, analyzer, "/properties/note/description") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Driver license BXE 480217", {"US_DRIVER_LICENSE"}),  # a series, then its number: the words name both
        ("Посвідчення водія \u0412\u0425\u0415480217", {"US_DRIVER_LICENSE"}),  # a Cyrillic series, glued
        ("Встреча в офисе \u041f\u0410\u041e 2024 года", set()),  # a company's initials before a year: no cue
        ("Release train RC 480217 shipped", set()),
        ("member on 88812345671", set()),  # "on" stands between a birth word and its day only
        # under a cue, a standard's or a product's code before its number is none
        ("License plate per ISO 3779", set()),
        ("Vehicle license plate as read by the ALPR 2000 camera.", set()),
        ("Driver license per GOST R 52249-2009", set()),
        ("Водительское удостоверение по \u0413\u041e\u0421\u0422 \u0420 52249-2009", set()),
        ("Номер медицинской карты в системе \u0415\u041c\u0418\u0410\u0421 2023", set()),  # a system and a year
        ("Policy number as defined in ACORD 103", set()),
    ],
)
def test_a_series_before_its_number_is_named_by_the_words_before_both(
    analyzer: Analyzer, text: str, found: set[str]
) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == found


@pytest.mark.parametrize(("key", "value"), [("batch_id", "610714"), ("chart_number", "610714")])
def test_six_digits_are_no_date_without_a_birth_word(analyzer: Analyzer, key: str, value: str) -> None:
    assert "DATE_OF_BIRTH" not in _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const")


@pytest.mark.parametrize("name", ["Mykola Bondarenko", "Yuliia Kovalenko", "Serhii Melnyk"])
def test_cyrillic_names_are_known_as_their_passports_spell_them(analyzer: Analyzer, name: str) -> None:
    # Ukraine's national transliteration (`Mykola`), not only anyascii's (`Mikola`)
    assert _found(_value("enum", [name]), analyzer, "/properties/ref/enum/0") == {"PERSON"}


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("series", "X15-2231"),  # English `series` is no Dutch `serie`: no serial number
        ("seriesNumber", "4482913"),
        ("timeliness", "482139771"),  # a dictionary word is not cut into `time line ss`
        ("assurance", "W48213977"),
        ("zip_level", "10000"),  # a round number is no ZIP code
        ("postal_code", "90000"),
        ("zip", "00001"),  # none is below 00501
    ],
)
def test_english_words_and_round_numbers_name_nothing_new(analyzer: Analyzer, key: str, value: str) -> None:
    assert _found(_value("const", value, key=key), analyzer, f"/properties/{key}/const") <= {
        "OTHER_IDENTIFIER"
    }  # (a code no word explains is only an identifier: test_bare_codes)


@pytest.mark.parametrize(
    "value", ["vehicle id V100234", "Vehicle ID 4GHT291", "vehicle on 4GHT291", "vehicle me R2D2C3"]
)
def test_a_state_code_counts_only_as_a_state_writes_it(analyzer: Analyzer, value: str) -> None:
    assert _found(_value("description", value), analyzer, "/properties/ref/description") <= {
        "OTHER_IDENTIFIER"
    }  # (a code no word explains is only an identifier: test_bare_codes)


@pytest.mark.parametrize("value", ["5 the 2021", "12 her 1961", "3 win 1999"])
def test_a_cut_of_a_month_name_that_is_an_english_word_makes_no_date(value: str) -> None:
    assert not is_date(value)


@pytest.mark.parametrize(
    "text",
    [
        "Passwort: MDlG*799bUqJo=",
        "Senha: MDlG*799bUqJo=",
        "Mot de passe : MDlG*799bUqJo=",
        "Contraseña: Xq7#mZ2pLw",
        "Neues Passwort: Xk9#mPq2vL",  # the word last
        "Senha do usuário: Xk9#mPq2vL",  # the word first, before `do`
    ],
)
def test_a_password_after_a_label_in_another_latin_script_language_is_found(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == {"PASSWORD"}


@pytest.mark.parametrize("text", ["Passwort: changeme", "Senha: ver documentação", "Mot de passe : voir ci-dessous"])
def test_a_plain_word_after_such_a_label_is_no_password(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()


@pytest.mark.parametrize(
    "text",
    [
        "parol evidence: Smith-v-Jones2",  # an English word
        "Mi Ma: Abc12345",
        "senha: varchar(64)",  # a column's type
        "Senha: ObterSenha()",  # a call
        "wachtwoord: Optional[str]",
    ],
)
def test_other_words_or_code_after_a_password_s_label_are_no_password(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == set()


@pytest.mark.parametrize(
    "text", ["password: Summer(2024)!", "Server=db;User Id=sa;Password=S3cret(12)x;", "Passwort: Welcome(1)Now"]
)
def test_a_password_with_brackets_is_still_one(analyzer: Analyzer, text: str) -> None:
    assert _found(_value("description", text), analyzer, "/properties/ref/description") == {"PASSWORD"}
