#!/usr/bin/env python3
"""Deterministic builder of the fifth phiscan evaluation set: sources/ -> planted/ + real/.

Offline; stdlib + phonenumbers. Seed 50505. Re-running gives byte-identical output.
"""
from __future__ import annotations

import copy
import hashlib
import json
import random
import re
import shutil
import string
from pathlib import Path

import values as V

SEED = 50505
HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
PLANTED = HERE / "planted"
REAL = HERE / "real"


def sha(b: bytes) -> str:
    return hashlib.sha256(b).hexdigest()


def h(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()


def esc(tok: str) -> str:
    return tok.replace("~", "~0").replace("/", "~1")


def get(doc, ptr):
    node = doc
    for t in ptr.split("/")[1:] if ptr else []:
        t = t.replace("~1", "/").replace("~0", "~")
        node = node[int(t)] if isinstance(node, list) else node[t]
    return node


def dump(obj) -> bytes:
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# ------------------------------------------------------------------ sources
MANIFEST = [json.loads(l) for l in (SRC / "MANIFEST.jsonl").read_text().splitlines() if l.strip()]
MAN = {r["file"]: r for r in MANIFEST}
for r in MANIFEST:
    assert sha((SRC / r["file"]).read_bytes()) == r["sha256"], f"sources/{r['file']} does not match MANIFEST"

NAMES = V.load_names((SRC / "names/dict.ts").read_text(encoding="utf-8"))
RULES = V.load_gitleaks((SRC / "rules/gitleaks.toml").read_text(encoding="utf-8"))
rng = random.Random(SEED)


def base_of(srcfile):
    r = MAN[srcfile]
    b = f"{r['repo']}@{r['commit']}:{r['path']}"
    return b + ("#" + r["pointer"] if r.get("pointer") else "")


def srcfiles(prefix):
    return sorted((f for f in MAN if f.startswith(prefix)), key=lambda f: h("fifth:" + f))


# ------------------------------------------------------------------ people
def person(r):
    cc = r.choice(V.NF_COUNTRIES)
    g = r.choice("MF")
    n = NAMES[cc]
    given = r.choice(n[g])
    fam = r.choice(n["S" + g])
    return {"cc": cc, "given": given, "family": fam, "given2": r.choice([x for x in n[g] if x != given])}


def ident(s, sep="_"):
    s = V.fold(s)
    s = re.sub(r"[^A-Za-z0-9]+", sep, s).strip(sep)
    return s


def person_value(r, shape=None):
    p = person(r)
    gv, fm, cc = p["given"], p["family"], p["cc"]
    if shape is None:
        shape = r.choice(["natural", "natural", "two_given", "last_first", "LAST_FIRST", "caps", "lower",
                          "particle", "hyphen", "family_first"])
    if shape == "particle" and cc not in ("NL", "BE", "DE", "FR", "IT", "ES", "BR"):
        shape = "hyphen"
    if shape == "hyphen" and cc not in ("ES", "MX", "BO", "AR", "BR", "FR", "GB", "DE"):
        shape = "natural"
    if shape == "family_first" and cc not in ("JP",):
        shape = "two_given"
    part = {"NL": ["van der", "van", "de", "van den"], "BE": ["Van", "De", "Vanden"], "DE": ["von", "von der"],
            "FR": ["de", "du"], "IT": ["De", "Di", "Lo"], "ES": ["de la", "del"], "BR": ["da", "dos", "de"]}.get(cc, [""])
    if shape == "natural":
        v = f"{gv} {fm}"
    elif shape == "two_given":
        v = f"{gv} {p['given2']} {fm}"
    elif shape == "last_first":
        v = f"{fm}, {gv}"
    elif shape == "LAST_FIRST":
        v = f"{fm.upper()}, {gv.upper()}"
    elif shape == "caps":
        v = f"{gv} {fm}".upper()
    elif shape == "lower":
        v = f"{gv} {fm}".lower()
    elif shape == "particle":
        v = f"{gv} {r.choice(part)} {fm}"
    elif shape == "hyphen":
        other = r.choice([x for x in NAMES[cc]["SM"] if x != fm])
        v = f"{gv} {fm}-{other}"
    else:  # family_first (JP)
        v = f"{fm} {gv}"
    return {"value": v, "kind": "name_" + shape, "cc": cc, "given": gv, "family": fm}


def person_joined(r, style=None):
    p = person(r)
    g, f = ident(p["given"], ""), ident(p["family"], "")
    style = style or r.choice(["snake", "kebab", "camel", "dot", "pascal", "screaming", "initial"])
    v = {"snake": f"{g}_{f}".lower(), "kebab": f"{g}-{f}".lower(), "camel": g.lower() + f[:1].upper() + f[1:].lower(),
         "dot": f"{g}.{f}".lower(), "pascal": g.capitalize() + f.capitalize(), "screaming": f"{f}_{g}".upper(),
         "initial": f"{g[0]}{f}".lower()}[style]
    return {"value": v, "kind": "name_" + style + "_joined", "ident": v}


# ------------------------------------------------------------------ value factory
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
CUES = {
    "PERSON": ["patient", "subscriber", "guarantor", "INVNAM", "NM1 name", "next of kin"],
    "DATE_OF_BIRTH": ["DOB", "BRTHDTC", "BIRTH_DATE", "birth date", "NCPDP 304-C4 DOB", "born"],
    "MRN": ["MRN", "PAT_MRN_ID", "patient_ide (MRN)", "med rec no.", "chart #", "UR no."],
    "US_SSN": ["SSN", "SS#", "social security no.", "subscriber SSN"],
    "PHONE_NUMBER": ["tel", "home phone", "mobile", "callback", "NCPDP 326-CQ phone", "cell"],
    "EMAIL_ADDRESS": ["email", "e-mail", "contact"],
    "STREET_ADDRESS": ["address", "lives at", "ADD_LINE_1", "home address"],
    "ZIP_CODE": ["ZIP", "zip code", "ADDRESS_ZIP5", "zip_cd", "NCPDP 325-CP zip"],
    "HEALTH_PLAN_ID": ["member ID", "cardholder ID", "subscriber no.", "Medicaid ID", "MBI", "NCPDP 302-C2 cardholder"],
    "ACCOUNT_NUMBER": ["guarantor acct", "account no.", "HSP_ACCOUNT_ID", "patient account", "IBAN", "card"],
    "LICENSE_NUMBER": ["driver's license", "DL", "DLN", "drivers lic. #"],
    "DEVICE_ID": ["IMEI", "MAC", "UDI-DI", "pump serial", "pacemaker SN", "CGM transmitter S/N"],
    "VEHICLE_ID": ["VIN", "vehicle VIN"],
    "IP_ADDRESS": ["client IP", "X-Forwarded-For", "remote_addr", "source IP"],
    "URL": ["profile", "fundraiser", "portal link"],
    "SECRET": ["token", "api key", "secret", "password"],
}
KEYCUES = {
    "PERSON": ["INVNAM", "PAT_NAME", "NAME_FULL_FORMATTED", "guarantor_name", "subscriberName", "emergency_contact"],
    "DATE_OF_BIRTH": ["BRTHDTC", "BIRTH_DATE", "DMG02", "birth_dt_tm", "dateOfBirth", "patient_dob"],
    "MRN": ["PAT_MRN_ID", "patient_ide", "mrn", "MEDICAL_RECORD_NUMBER", "medRecNo", "PATID"],
    "US_SSN": ["SSN", "REF02_SY", "subscriber_ssn", "ssn"],
    "PHONE_NUMBER": ["HOME_PHONE", "PER04", "patient_phone", "mobile", "telecom_value"],
    "EMAIL_ADDRESS": ["EMAIL_ADDRESS", "contact_email", "PER06"],
    "STREET_ADDRESS": ["ADD_LINE_1", "N301", "address_line", "street"],
    "ZIP_CODE": ["ADDRESS_ZIP5", "ADDRESS_ZIP9", "N403", "zip_cd", "patient_zip_postal_zone"],
    "HEALTH_PLAN_ID": ["NM109", "cardholder_id", "memberId", "subscriber_id", "medicaid_id", "REF02_0F"],
    "ACCOUNT_NUMBER": ["CLM01", "HSP_ACCOUNT_ID", "guarantor_account", "iban", "card_number", "bank_account"],
    "LICENSE_NUMBER": ["drivers_license", "DL_NUMBER", "dln", "driversLicenseNumber"],
    "DEVICE_ID": ["imei", "mac_address", "udi_di", "device_serial", "pump_serial", "transmitter_id"],
    "VEHICLE_ID": ["vin", "vehicle_vin", "VIN"],
    "IP_ADDRESS": ["client_ip", "remote_addr", "x_forwarded_for", "ipv6_addr"],
    "URL": ["portal_url", "fundraiser_url", "profile_url"],
    "SECRET": ["api_key", "token", "LINEAR_API_KEY", "password", "connection_string", "clientSecret"],
}
IDCUE = {"DATE_OF_BIRTH": "dob", "MRN": "mrn", "US_SSN": "ssn", "PHONE_NUMBER": "tel", "ZIP_CODE": "zip",
         "HEALTH_PLAN_ID": "member", "ACCOUNT_NUMBER": "acct", "LICENSE_NUMBER": "dl", "DEVICE_ID": "imei",
         "VEHICLE_ID": "vin", "IP_ADDRESS": "ip", "SECRET": "token"}
GENERIC_KEYS = ["value", "label", "note", "sample", "tag", "ref", "text", "display", "item", "entry", "hint",
                "memo", "extra", "comment_text", "data", "misc", "line", "detail"]
CUE_HOST_RX = re.compile(r"name|mail|phone|addr|birth|dob|ssn|zip|post|ip|url|uri|link|key|token|secret|pass|serial|"
                         r"vin|account|member|licen|device|mac|owner|user|login|email|contact", re.I)
STANDALONE = {"PERSON", "EMAIL_ADDRESS", "STREET_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "URL", "SECRET", "VEHICLE_ID"}


def dob_date(r):
    return r.randint(1931, 2006), r.randint(1, 12), r.randint(1, 28)


def make_value(cat, r, for_ident=False):
    """-> dict(value, kind, ident, raw?, standalone, cue_hint)"""
    d = {"standalone": cat in STANDALONE}
    if cat == "PERSON":
        if for_ident:
            return {**d, **person_joined(r)}
        pv = person_value(r)
        d.update(value=pv["value"], kind=pv["kind"], ident=None)
    elif cat == "DATE_OF_BIRTH":
        y, m, dd = dob_date(r)
        fmts = [("iso", f"{y}-{m:02d}-{dd:02d}"), ("compact", f"{y}{m:02d}{dd:02d}"),
                ("sas_date9", f"{dd:02d}{MONTHS[m-1][:3].upper()}{y}"), ("us", f"{m:02d}/{dd:02d}/{y}"),
                ("long", f"{MONTHS[m-1]} {dd}, {y}"), ("dmy_dot", f"{dd:02d}.{m:02d}.{y}"),
                ("iso_dt", f"{y}-{m:02d}-{dd:02d}T00:00:00"), ("d_mon_y", f"{dd} {MONTHS[m-1][:3]} {y}")]
        k, v = r.choice(fmts)
        d.update(value=v, kind="dob_" + k, ident=r.choice([f"{y}_{m:02d}_{dd:02d}", f"{y}{m:02d}{dd:02d}", f"{y}-{m:02d}-{dd:02d}"]))
    elif cat == "MRN":
        k, v = r.choice([("mrn_alpha7", r.choice("EMZKR") + V.rdig(r, 7)), ("mrn_digits9", "7" + V.rdig(r, 8)),
                         ("mrn_site", r.choice(["CMC", "SLH", "BMH", "UVM"]) + "-" + V.rdig(r, 7)),
                         ("mrn_checkdash", V.rdig(r, 7) + "-" + V.rdig(r, 1)), ("mrn_grouped", f"{V.rdig(r, 3)}-{V.rdig(r, 3)}-{V.rdig(r, 3)}"),
                         ("mrn_zero8", "00" + V.rdig(r, 6))])
        d.update(value=v, kind=k, ident=v.replace("-", "_"))
    elif cat == "US_SSN":
        s = V.gen_ssn(r)
        k, v = r.choice([("ssn_dash", s), ("ssn_space", s.replace("-", " ")), ("ssn_plain", s.replace("-", ""))])
        d.update(value=v, kind=k, ident=s.replace("-", "_"))
        d["standalone"] = k == "ssn_dash"
    elif cat == "PHONE_NUMBER":
        if r.random() < 0.45:
            n = V.gen_us_phone(r)
            k, v = r.choice([("us_paren", f"({n[:3]}) {n[3:6]}-{n[6:]}"), ("us_e164", f"+1{n}"), ("us_dots", f"{n[:3]}.{n[3:6]}.{n[6:]}"),
                             ("us_tel", f"tel:+1-{n[:3]}-{n[3:6]}-{n[6:]}"), ("us_1dash", f"1-{n[:3]}-{n[3:6]}-{n[6:]}")])
            idn = n
        else:
            reg = r.choice(V.MOBILE_REGIONS)
            p = V.gen_mobile(r, reg)
            fm = r.choice([V.PNF.E164, V.PNF.INTERNATIONAL, V.PNF.INTERNATIONAL])
            v = V.phonenumbers.format_number(p, fm)
            k = f"mobile_{reg.lower()}_" + ("e164" if fm == V.PNF.E164 else "intl")
            idn = V.phonenumbers.format_number(p, V.PNF.E164)[1:]
        d.update(value=v, kind=k, ident=idn)
    elif cat == "EMAIL_ADDRESS":
        p = person(r)
        g, f = ident(p["given"], "").lower(), ident(p["family"], "").lower()
        local = r.choice([f"{g}.{f}", f"{g}{f}", f"{g[0]}{f}", f"{f}.{g}", f"{g}_{f}{r.randint(1, 99)}", f"{g}{r.randint(1950, 2005)}"])
        v = f"{local}@{r.choice(V.EMAIL_DOMAINS)}"
        d.update(value=v, kind="email", ident=v)
    elif cat == "STREET_ADDRESS":
        pl = r.choice(V.US_PLACES)
        line = V.gen_street(r)
        if r.random() < 0.2:
            k, v = "addr_nonus", r.choice([f"Kerkstraat {r.randint(2, 180)}{r.choice(['', 'A', 'B'])}, {r.randint(1011, 9999)} {r.choice(['LK', 'BM', 'XZ'])} Utrecht",
                                           f"ul. Lipowa {r.randint(2, 90)}/{r.randint(1, 40)}, 30-{r.randint(100, 999)} Kraków",
                                           f"Rua das Acácias, {r.randint(10, 999)}, apto {r.randint(11, 94)} - Curitiba/PR, 80{r.randint(100, 999)}-{r.randint(100, 999)}",
                                           f"Mäkelänkatu {r.randint(2, 90)} B {r.randint(1, 40)}, 00{r.randint(100, 990)} Helsinki"])
        else:
            k, v = r.choice([("addr_line", line), ("addr_full", f"{line}, {pl[0]}, {pl[1]} {V.gen_us_zip(r, pl)}"),
                             ("addr_full_zip4", f"{line}, {pl[0]} {pl[1]} {V.gen_us_zip(r, pl)}-{V.rdig(r, 4)}")])
        d.update(value=v, kind=k, ident=None)
    elif cat == "ZIP_CODE":
        pl = r.choice(V.US_PLACES)
        z = V.gen_us_zip(r, pl)
        k, v = r.choice([("zip5", z), ("zip5", z), ("zip9_dash", f"{z}-{V.rdig(r, 4)}"), ("zip9_plain", z + V.rdig(r, 4))])
        d.update(value=v, kind=k, ident=v.replace("-", "_"))
    elif cat == "HEALTH_PLAN_ID":
        m = V.gen_mbi(r)
        k, v = r.choice([("mbi", m), ("mbi_dashed", f"{m[:4]}-{m[4:7]}-{m[7:]}"),
                         ("cardholder_alnum", "".join(r.choice(string.ascii_uppercase) for _ in range(3)) + V.rdig(r, 9)),
                         ("member_suffix", r.choice("WUHR") + V.rdig(r, 8) + " " + V.rdig(r, 2)),
                         ("medicaid_alpha", V.rdig(r, 8) + r.choice("ZKQ")), ("member_hyph", f"MBR-{V.rdig(r, 4)}-{V.rdig(r, 4)}-{V.rdig(r, 2)}")])
        d.update(value=v, kind=k, ident=v.replace("-", "_").replace(" ", "_"))
        d["standalone"] = k in ("mbi", "mbi_dashed")
    elif cat == "ACCOUNT_NUMBER":
        ch = r.random()
        if ch < 0.4:
            brand = r.choice(["discover", "jcb", "visa", "mir"])
            n = V.gen_card(r, brand)
            k, v = r.choice([(f"card_{brand}", n), (f"card_{brand}_grouped", V.group4(n)), (f"card_{brand}_dashed", V.group4(n).replace(" ", "-"))])
            d["standalone"] = True
            idn = n
        elif ch < 0.75:
            cc = r.choice(list(V.IBAN_SPEC))
            n = V.gen_iban(r, cc)
            k, v = r.choice([(f"iban_{cc.lower()}", n), (f"iban_{cc.lower()}_grouped", V.group4(n))])
            d["standalone"] = True
            idn = n
        else:
            k, v = r.choice([("patient_account", "PA" + V.rdig(r, 9)), ("guarantor_acct", f"{V.rdig(r, 7)}-{V.rdig(r, 2)}"),
                             ("bank_account", V.rdig(r, r.choice([10, 11, 12])))])
            idn = v.replace("-", "_")
        d.update(value=v, kind=k, ident=idn)
    elif cat == "LICENSE_NUMBER":
        st = r.choice(sorted(V.DL_FORMATS))
        v = V.DL_FORMATS[st][1](r)
        d.update(value=v, kind="dl_" + st.lower(), ident=v.replace("-", "_"), state=st)
    elif cat == "DEVICE_ID":
        ch = r.choice(["imei", "imei_spaced", "mac_colon", "mac_upper_dash", "mac_cisco", "udi_di", "pump_serial", "implant_serial"])
        if ch.startswith("imei"):
            n = V.gen_imei(r)
            v = n if ch == "imei" else f"{n[:2]} {n[2:8]} {n[8:14]} {n[14]}"
            idn = n
        elif ch.startswith("mac"):
            b = V.gen_mac(r)
            if ch == "mac_colon":
                v = ":".join(f"{x:02x}" for x in b)
            elif ch == "mac_upper_dash":
                v = "-".join(f"{x:02X}" for x in b)
            else:
                hx = "".join(f"{x:02x}" for x in b)
                v = f"{hx[:4]}.{hx[4:8]}.{hx[8:]}"
            d["standalone"] = True
            idn = "".join(f"{x:02x}" for x in b)
        elif ch == "udi_di":
            v = f"(01){V.gen_udi(r)}(21){r.choice(['SN', 'A', ''])}{V.rdig(r, 7)}"
            d["standalone"] = True
            idn = re.sub(r"\W", "", v)
        elif ch == "pump_serial":
            v = f"{r.choice(['NG', 'PT', 'OM'])}{V.rdig(r, 7)}{r.choice('HKM')}"
            idn = v
        else:
            v = f"{r.choice(['PJN', 'RNB', 'KLW'])}{V.rdig(r, 6)}{r.choice('SGR')}"
            idn = v
        d.update(value=v, kind="device_" + ch, ident=idn)
    elif cat == "VEHICLE_ID":
        v = V.gen_vin(r)
        d.update(value=v, kind="vin", ident=v)
    elif cat == "IP_ADDRESS":
        ch = r.choice(["v4", "v4_port", "v4_cidr32", "v6", "v6_full", "v6_bracket_port", "v6_upper"])
        if ch.startswith("v4"):
            ip = V.gen_ipv4(r)
            v = ip + {"v4": "", "v4_port": f":{r.choice([443, 8443, 3389, 22, 5060])}", "v4_cidr32": "/32"}[ch]
            idn = ip.replace(".", "_")
        else:
            c, full = V.gen_ipv6(r)
            v = {"v6": c, "v6_full": full, "v6_bracket_port": f"[{c}]:{r.choice([443, 8080, 9443])}", "v6_upper": c.upper()}[ch]
            idn = c.replace(":", "_")
        d.update(value=v, kind="ip_" + ch, ident=idn)
    elif cat == "URL":
        p = person(r)
        g, f = ident(p["given"], "").lower(), ident(p["family"], "").lower()
        k, v = r.choice([
            ("url_givesendgo", f"https://www.givesendgo.com/{g}-{f}-recovery"),
            ("url_spotfund", f"https://www.spotfund.com/story/{g}{f}{r.randint(10, 99)}"),
            ("url_lotsahelpinghands", f"https://lotsahelpinghands.com/c/{r.randint(700000, 799999)}-{f}-family/"),
            ("url_tributes", f"https://www.tributes.com/obituary/show/{g.capitalize()}-{f.capitalize()}-{r.randint(105000000, 109999999)}"),
            ("url_dignitymemorial", f"https://www.dignitymemorial.com/obituaries/{r.choice(['bozeman-mt', 'fargo-nd', 'bangor-me'])}/{g}-{f}-{r.randint(11000000, 12999999)}"),
            ("url_twitch", f"https://www.twitch.tv/{g}{f}{r.randint(1, 99)}"),
            ("url_linktree", f"https://linktr.ee/{g}.{f}"),
            ("url_strava", f"https://www.strava.com/athletes/{r.randint(10000000, 99999999)}"),
            ("url_threads", f"https://www.threads.net/@{g}_{f}"),
            ("url_portal", f"https://mychart.{r.choice(['billingsclinic', 'essentiahealth', 'sanfordhealth'])}.org/MyChart/Billing/Details?patient={g}.{f}&dob={r.randint(1940, 2004)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"),
        ])
        d.update(value=v, kind=k, ident=None)
    elif cat == "SECRET":
        ch = r.random()
        if ch < 0.72:
            k = r.choice(sorted(V.SECRET_RULES))
            v = V.SECRET_RULES[k][1](r)
            d.update(value=v, kind="secret_" + k, ident=v if re.fullmatch(r"[\w-]+", v) else None, rule=V.SECRET_RULES[k][0])
        else:
            pw = V.rs(r, string.ascii_letters + string.digits, 10) + r.choice("!#%^*") + V.rs(r, string.ascii_letters + string.digits, 5)
            k, v = r.choice([("conn_sqlserver", f"Server=tcp:{r.choice(['sqlprod-ehr', 'claims-db', 'mpi01'])}.database.windows.net,1433;Initial Catalog=clinic;User ID=svc_etl;Password={pw};Encrypt=True;"),
                             ("conn_mysql_uri", f"mysql://intake_rw:{pw}@{r.choice(['10.0.4.17', 'mysql-primary.internal'])}:3306/intake"),
                             ("conn_sftp_uri", f"sftp://edi837:{pw}@sftp.{r.choice(['availity', 'clearinghouse-edi'])}.net:22/outbound"),
                             ("password", pw)])
            d.update(value=v, kind=k, ident=None)
            d["standalone"] = k != "password"
    return d


# ------------------------------------------------------------------ hard negatives
NEG = {
    "code_enum": [
        ("SEX", ["UNDIFFERENTIATED", "M", "F", "U"]), ("RACE", ["AMERICAN INDIAN OR ALASKA NATIVE", "ASIAN", "BLACK OR AFRICAN AMERICAN", "WHITE"]),
        ("ETHNIC", ["HISPANIC OR LATINO", "NOT HISPANIC OR LATINO", "NOT REPORTED", "UNKNOWN"]),
        ("HISPANIC", ["NI", "Y", "N", "R", "UN", "OT"]), ("ENC_TYPE", ["AV", "ED", "EI", "IP", "IS", "OS", "TH", "OA"]),
        ("NM101_entity_identifier", ["IL", "QC", "85", "87", "PR", "PE"]), ("REF01_qualifier", ["SY", "EA", "0F", "1L", "6P", "G1"]),
        ("DMG03_gender", ["F", "M", "U"]), ("person_code", ["001", "002", "003"]), ("patient_relationship_code", ["1", "2", "3", "4"]),
        ("null_flavour", ["openehr::271|no information|", "openehr::253|unknown|", "openehr::272|masked|"]),
        ("setting", ["openehr::225|home|", "openehr::227|emergency care|", "openehr::228|primary medical care|"]),
        ("icd10cm", ["E11.9", "I10", "J45.909", "Z79.4"]), ("loinc", ["8302-2", "29463-7", "2345-7", "4548-4"]),
        ("taxonomy_code", ["207Q00000X", "208D00000X", "363L00000X"]), ("rxnorm_cui", ["197361", "308136", "860975"]),
        ("hcpcs", ["G0438", "J1100", "A0428", "E0607"]), ("country", ["KE", "SO", "EG", "BO", "ID"]),
        ("language", ["sw-KE", "so-SO", "ar-EG", "qu-BO"]), ("ucum_unit", ["mm[Hg]", "kg/m2", "mmol/L"]),
        ("admit_source", ["1", "2", "4", "7", "D"]), ("place_of_service", ["02", "10", "11", "21", "23"]),
    ],
    "category_label_key": ["BRTHDTC", "SUBJID", "USUBJID", "INVNAM", "PAT_MRN_ID", "BIRTH_DATE", "ADDRESS_ZIP9", "patient_ide",
                           "cardholder_id", "NM109_subscriber_id", "REF02_SY_ssn", "DMG02_birth_date", "dl_state_number",
                           "imei", "vehicle_vin", "ipv6_addr", "client_secret", "portal_url", "HOME_PHONE", "guarantor_name"],
    "format_regex": [r"^D8\*\d{8}$", r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$",
                     r"^\d{5}(\d{4})?$", r"^[A-HJ-NPR-Z0-9]{8}[0-9X][A-HJ-NPR-Z0-9]{8}$", r"^(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}$",
                     r"^lin_api_[a-zA-Z0-9]{40}$", r"^PMAK-[a-f0-9]{24}-[a-f0-9]{34}$", r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$",
                     r"^\d{3}-\d{2}-\d{4}$", r"^\d{2}[A-Z]{3}\d{5}$", r"^\d{15}$", r"^([0-9A-F]{2}-){5}[0-9A-F]{2}$",
                     r"^\d{4}-\d{2}-\d{2}$", r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^\+[1-9]\d{6,14}$", r"^K\d{2}-\d{2}-\d{4}$"],
    "reserved_placeholder": ["(800) 555-0134", "+1-202-555-0188", "2001:db8:85a3::8a2e:370:7334", "203.0.113.42", "198.51.100.7:8080",
                             "jane.roe@example.net", "https://portal.example.org/patients/{patientId}", "987-65-4327", "999-99-9999",
                             "6011 1111 1111 1117", "3530 1113 3330 0000", "Erika Mustermann", "Jan Kowalski", "Joe Bloggs",
                             "Yamada Taro", "lin_api_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<PREFECT_API_KEY>", "{{postman_api_key}}",
                             "11111111111111111", "00:00:5E:00:53:01", "MRN-0000000", "00000000-0000-0000-0000-000000000000"],
    "version_date": [("const", "ct_package_date", "2024-09-27"), ("default", "api_version", "2023-10-01"),
                     ("const", "model", "claude-sonnet-4-5-20250929"), ("examples", "api_version", "2024-06-01-preview"),
                     ("description", None, "Deprecated since 2023-08-15; use v1beta2 instead."),
                     ("description", None, "Available since API version 2024-01-10."),
                     ("metadata", None, "Generated 2024-11-05 from openapi.json"), ("title", None, "Changes in the 2022-06-01 schema"),
                     ("const", "sdtmig_version", "3.4 (2021-11-29)"), ("default", "snapshot", "gpt-4o-2024-08-06"),
                     ("description", None, "Valid from CDISC CT 2023-12-15 onwards."), ("const", "rm_release", "1.0.4 (2018-08-20)")],
    "name_like_word": [("rag_status", ["Amber", "Green", "Red"]), ("eye_colour", ["Hazel", "Brown", "Blue", "Green"]),
                       ("tracing_backend", ["Jaeger", "Zipkin", "OTLP"]), ("runtime_security", ["Falco", "Tetragon"]),
                       ("registry", ["Harbor", "Quay"]), ("vehicle_make", ["Dodge", "Tesla", "Kia"]), ("month", ["August", "March"]),
                       ("herb", ["Sage", "Basil", "Rosemary"]), ("tree", ["Willow", "Aspen", "Juniper"]), ("city", ["Cheyenne", "Laramie"]),
                       ("borough", ["Brooklyn", "Queens"]), ("metro", ["Phoenix", "Tucson"]), ("currency_name", ["Sterling", "Euro"]),
                       ("gem", ["Ruby", "Jade", "Opal"])],
    "category_words_text": ["BRTHDTC: date of birth of the subject, ISO 8601.", "NCPDP 302-C2 Cardholder ID as printed on the card.",
                            "X12 2010BA NM109: subscriber primary identifier (member ID).",
                            "PCORnet ADDRESS_ZIP9: nine-digit ZIP code of the patient's address.",
                            "i2b2 patient_ide: the source system's medical record number for the patient.",
                            "REF*SY carries the subscriber's Social Security Number when no member ID exists.",
                            "Epic Clarity PAT_MRN_ID: the patient's MRN at the owning facility.",
                            "openEHR person_name cluster: the patient's given and family names.",
                            "The device's IMEI or MAC address, as reported by the MDM.",
                            "Driver's license number and issuing state, used for identity proofing."],
    "tool_category_words": ["get_subject_by_usubjid", "lookup_cardholder_id", "verify_mbi_eligibility", "search_patients_by_birth_date",
                            "update_subscriber_address", "rotate_linear_api_key", "decode_vin", "geolocate_client_ip"],
    "file_name_category_words": ["sdtm-dm-brthdtc", "x12-837-subscriber-nm1", "ncpdp-cardholder", "pcornet-lds-address-history",
                                 "patient-demographics-ssn-dob"],
}


# ------------------------------------------------------------------ host files
def schema_slots(node, ptr="", depth=0, out=None):
    out = [] if out is None else out
    if depth > 9:
        return out
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict):
            out.append(ptr)
        for k, v in node.items():
            if k in ("enum", "const", "examples", "default", "patternProperties"):
                continue
            schema_slots(v, f"{ptr}/{esc(k)}", depth + 1, out)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            schema_slots(v, f"{ptr}/{i}", depth + 1, out)
    return out


def load_ops(files):
    return [json.loads((SRC / f).read_text(encoding="utf-8")) | {"_src": f} for f in files]


def tool_title(name):
    return " ".join(w.capitalize() for w in name.split("_"))


USER_TURNS = ["Use the available tools to finish the task.", "Please take care of the request using the tools.",
              "Handle this with the tools you have.", "Run whatever tool calls are needed."]


def strictify(s):
    s = copy.deepcopy(s)
    s["additionalProperties"] = False
    return s


def make_tool_doc(fmt, ops, r, variant):
    """-> (doc, tools: list of (name_ptr, desc_ptr, schema_ptr)), metadata ptr options"""
    tools = []
    if fmt == "anthropic-tools":
        lst = []
        for i, o in enumerate(ops):
            t = {"name": o["name"], "description": o["description"], "input_schema": strictify(o["parameters"]) if variant == "strict" or variant == "request" else copy.deepcopy(o["parameters"])}
            if variant in ("strict", "request"):
                t["strict"] = True
            lst.append(t)
        if variant == "request":
            doc = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [{"role": "user", "content": r.choice(USER_TURNS)}],
                   "tools": lst, "metadata": {"user_id": h("u" + ops[0]["name"])[:32]}}
            base = "/tools"
        else:
            doc, base = lst, ""
        tools = [(f"{base}/{i}/name", f"{base}/{i}/description", f"{base}/{i}/input_schema") for i in range(len(lst))]
    elif fmt == "openai-chat":
        if variant == "legacy":
            doc = {"model": "gpt-3.5-turbo-0613", "messages": [{"role": "user", "content": r.choice(USER_TURNS)}],
                   "functions": [{"name": o["name"], "description": o["description"], "parameters": copy.deepcopy(o["parameters"])} for o in ops],
                   "function_call": "auto"}
            tools = [(f"/functions/{i}/name", f"/functions/{i}/description", f"/functions/{i}/parameters") for i in range(len(ops))]
        else:
            doc = {"model": "gpt-4o-2024-08-06", "messages": [{"role": "system", "content": "You are a file-management assistant."},
                                                             {"role": "user", "content": r.choice(USER_TURNS)}],
                   "tools": [{"type": "function", "function": {"name": o["name"], "description": o["description"],
                                                               "parameters": strictify(o["parameters"]), "strict": True}} for o in ops],
                   "tool_choice": "auto"}
            tools = [(f"/tools/{i}/function/name", f"/tools/{i}/function/description", f"/tools/{i}/function/parameters") for i in range(len(ops))]
    elif fmt == "openai-responses":
        doc = {"model": "gpt-4.1", "input": [{"role": "user", "content": r.choice(USER_TURNS)}],
               "tools": [{"type": "function", "name": o["name"], "description": o["description"], "parameters": strictify(o["parameters"]), "strict": True} for o in ops]}
        tools = [(f"/tools/{i}/name", f"/tools/{i}/description", f"/tools/{i}/parameters") for i in range(len(ops))]
    elif fmt == "mcp-tools-list":
        lst = []
        for o in ops:
            ro = o["name"].startswith("get_")
            lst.append({"name": o["name"], "title": tool_title(o["name"]), "description": o["description"],
                        "inputSchema": copy.deepcopy(o["parameters"]), "annotations": {"title": tool_title(o["name"]), "readOnlyHint": ro}})
        doc = {"jsonrpc": "2.0", "id": int(h(ops[0]["name"])[:4], 16) % 90 + 2, "result": {"tools": lst}}
        tools = [(f"/result/tools/{i}/name", f"/result/tools/{i}/description", f"/result/tools/{i}/inputSchema") for i in range(len(lst))]
    elif fmt == "gemini":
        doc = {"contents": [{"role": "user", "parts": [{"text": r.choice(USER_TURNS)}]}],
               "tools": [{"functionDeclarations": [{"name": o["name"], "description": o["description"], "parameters": copy.deepcopy(o["parameters"])} for o in ops]}],
               "toolConfig": {"functionCallingConfig": {"mode": "AUTO"}}}
        tools = [(f"/tools/0/functionDeclarations/{i}/name", f"/tools/0/functionDeclarations/{i}/description", f"/tools/0/functionDeclarations/{i}/parameters") for i in range(len(ops))]
    return doc, tools


def responses_schema_doc(schema_src, r):
    s = json.loads((SRC / schema_src).read_text(encoding="utf-8"))
    if "definitions" in s and len(s["definitions"]) == 1:
        nm, body = next(iter(s["definitions"].items()))
    else:
        nm, body = Path(schema_src).stem.split(".")[-1], s
    body = copy.deepcopy(body)
    doc = {"model": "gpt-4.1", "input": [{"role": "user", "content": "Extract the record as structured output."}],
           "text": {"format": {"type": "json_schema", "name": re.sub(r"\W", "_", nm)[:60], "schema": body, "strict": True}}}
    return doc


# ------------------------------------------------------------------ planting
SENT_CUE = ["Sample from the 837 test batch: {cue} {v}", "Seen in a prod payload - {cue} {v}", "QA fixture ({cue} {v})",
            "Copied from the intake export, {cue} {v}", "Reproduces ticket 4471 with {cue} {v}", "e.g. {cue} {v}",
            "Migrated record: {cue} {v}", "Test with {cue} {v} before release"]
SENT_NOCUE = ["Sample from the 837 test batch: {v}", "Seen in a prod payload - {v}", "QA fixture ({v})",
              "Copied from the intake export: {v}", "Reproduces ticket 4471 with {v}", "e.g. {v}", "Escalated by {v}",
              "Default used during the pilot: {v}"]


class FileState:
    def __init__(self, folder, stem, doc, base, tools=None, kind="schema"):
        self.folder, self.stem, self.doc, self.base = folder, stem, doc, base
        self.tools = tools or []
        self.kind = kind
        self.used = set()
        self.labels = []
        self.fname = None
        roots = [t[2] for t in self.tools] if self.tools else [""]
        self.slots = []
        for rt in roots:
            self.slots += [rt + s for s in schema_slots(get(doc, rt))]
        if self.tools:
            self.slots = [s for s in self.slots if s.count("/properties/") <= 2] or self.slots
        self.slots = self.slots or [""]

    def path(self):
        return f"{self.folder}/{self.fname or self.stem}.json"


def uniq_key(props, key):
    k, i = key, 2
    while k in props:
        k = f"{key}_{i}"
        i += 1
    return k


def add_prop(F, r, key, schema, slot=None):
    slot = slot if slot is not None else r.choice(F.slots)
    node = get(F.doc, slot)
    props = node["properties"]
    k = uniq_key(props, key)
    props[k] = schema
    return f"{slot}/properties/{esc(k)}"


def existing_props(F, r, need_absent):
    cands = []
    for slot in F.slots:
        node = get(F.doc, slot)
        for k, v in node["properties"].items():
            p = f"{slot}/properties/{esc(k)}"
            if isinstance(v, dict) and need_absent not in v and not CUE_HOST_RX.search(k) and "$ref" not in v and p not in F.used:
                cands.append(p)
    return cands


def label(F, pointer, surface, cat, value, kind, placement=None, raw=None):
    L = {"file": None, "pointer": pointer, "surface": surface, "category": cat, "value": value, "kind": kind, "base": F.base}
    if raw is not None:
        L["raw"] = raw
    if placement:
        L["placement"] = placement
    F.labels.append(L)
    F.used.add(pointer)


def compose_text(r, vals, placement):
    """vals: list of (cat, value_dict). Returns the sentence and the cue used."""
    if len(vals) == 1:
        cat, d = vals[0]
        if placement == "text_cue":
            cue = r.choice(CUES[cat])
            if cat == "LICENSE_NUMBER":
                cue = f"{V.STATE_NAMES[d['state']]} {cue}"
            t = r.choice(SENT_CUE).format(cue=cue, v=d["value"])
        else:
            t = r.choice(SENT_NOCUE).format(v=d["value"])
        return t
    # person + dob / person + plan id combos
    (c1, d1), (c2, d2) = vals
    if c2 == "DATE_OF_BIRTH":
        return r.choice(["Pull labs for {a}, DOB {b}", "Sample row: {a} (born {b})", "QA patient {a} / BRTHDTC {b}"]).format(a=d1["value"], b=d2["value"])
    return r.choice(["Eligibility test: {a}, member ID {b}", "Subscriber {a} - cardholder ID {b}"]).format(a=d1["value"], b=d2["value"])


def plant_value_surface(F, r, surface, cat, d, placement):
    """enum/const/default/examples/title/pattern: a new property (key_cue or generic key) or an existing host property."""
    val = d["value"]
    text = val
    if placement == "text_cue":
        cue = r.choice(CUES[cat])
        if cat == "LICENSE_NUMBER":
            cue = f"{d['state']} {cue}"
        text = f"{cue} {val}" if surface != "pattern" else None
    raw = None
    if surface == "pattern":
        raw = val
        val = V.rxesc(val)
        if placement == "text_cue":
            cue = r.choice(IDCUE.get(cat, "ref").upper().split())
            text = f"^{cue}[ :#]?{val}$"
        else:
            text = f"^{val}$"
    key = r.choice(KEYCUES[cat]) if placement == "key_cue" else r.choice(GENERIC_KEYS)
    if placement == "no_cue" and r.random() < 0.5:
        cands = existing_props(F, r, {"enum": "enum", "const": "const", "default": "default", "examples": "examples", "title": "title", "pattern": "pattern"}[surface])
        if cands:
            pp = r.choice(cands)
            node = get(F.doc, pp)
            ptr = write_surface(node, surface, text, pp)
            label(F, ptr, surface, cat, val, d["kind"], placement, raw)
            return
    schema = {"type": "string"}
    pp = add_prop(F, r, key, schema)
    ptr = write_surface(schema, surface, text, pp)
    label(F, ptr, surface, cat, val, d["kind"], placement, raw)


def write_surface(node, surface, text, pp):
    if surface == "enum":
        node["enum"] = [text, "UNKNOWN"]
        return pp + "/enum/0"
    if surface == "examples":
        node["examples"] = [text]
        return pp + "/examples/0"
    node[surface] = text
    return f"{pp}/{surface}"


def host_desc_pointers(F):
    out = []

    def walk(n, p, depth):
        if depth > 9:
            return
        if isinstance(n, dict):
            for k, v in n.items():
                if k == "description" and isinstance(v, str) and v.strip() and f"{p}/description" not in F.used:
                    out.append(f"{p}/description")
                elif k not in ("enum", "const", "examples", "default"):
                    walk(v, f"{p}/{esc(k)}", depth + 1)
        elif isinstance(n, list):
            for i, v in enumerate(n):
                walk(v, f"{p}/{i}", depth + 1)
    for s in F.slots:
        walk(get(F.doc, s), s, 0)
    tool_descs = {t[1] for t in F.tools}
    return sorted(set(out) - tool_descs)


def append_text(F, ptr, sentence):
    parent_ptr, key = ptr.rsplit("/", 1)
    parent = get(F.doc, parent_ptr)
    key = key.replace("~1", "/").replace("~0", "~")
    old = parent.get(key) or ""
    if old and not old.rstrip().endswith((".", ":", "!", "?")):
        old = old.rstrip() + "."
    parent[key] = (old.rstrip() + " " + sentence).strip() if old else sentence


def set_metadata(F, r, text):
    opts = []
    if F.kind == "mcp-tools-list":
        i = r.randrange(len(F.tools))
        opts.append(F.tools[i][0].rsplit("/", 1)[0] + "/annotations/title")
    if F.kind == "anthropic-request":
        opts.append("/metadata/user_id")
    slot = r.choice(F.slots)
    node = get(F.doc, slot)
    opts.append(slot + ("/$comment" if "$comment" not in node else "/x-sample-source"))
    opts.append(slot + "/" + r.choice(["x-sample-source", "x-note", "x-provenance"]))
    opts = [o for o in opts if o not in F.used]
    ptr = r.choice(opts)
    parent_ptr, key = ptr.rsplit("/", 1)
    get(F.doc, parent_ptr)[key.replace("~1", "/").replace("~0", "~")] = text
    return ptr


def plant_positive(F, r, cat, surface, placement, combo=None):
    if surface in ("property_name", "tool_name", "file_name", "pattern_property"):
        # identifier-shaped plants: the value is joined into a key/name
        if combo == "name_dob":
            pn = person_joined(r, r.choice(["snake", "camel", "kebab"]))
            y, m, dd = dob_date(r)
            dob = r.choice([f"{y}_{m:02d}_{dd:02d}", f"{y}{m:02d}{dd:02d}"])
            sep = "-" if pn["kind"].startswith("name_kebab") else "_"
            ident_s = f"{pn['value']}{sep}{dob}"
            parts = [("PERSON", pn["value"], pn["kind"]), ("DATE_OF_BIRTH", dob, "dob_joined")]
            pl = "no_cue"
        else:
            if cat == "PERSON":
                pn = person_joined(r, r.choice(["snake", "kebab", "camel", "pascal", "screaming", "initial"]) if surface == "tool_name" else None)
                ident_s, parts, pl = pn["value"], [("PERSON", pn["value"], pn["kind"])], "no_cue"
            else:
                for _ in range(50):
                    d = make_value(cat, r, for_ident=True)
                    if d.get("ident"):
                        break
                idv = d["ident"]
                if surface in ("property_name", "pattern_property") and cat in ("EMAIL_ADDRESS", "IP_ADDRESS"):
                    idv = d["value"]
                if surface == "tool_name" or surface == "file_name":
                    idv = re.sub(r"[^A-Za-z0-9_-]", "_", idv) if surface == "tool_name" else re.sub(r"[^A-Za-z0-9_.@-]", "_", idv)
                self_evident = cat in ("VEHICLE_ID", "SECRET", "EMAIL_ADDRESS") or (cat == "IP_ADDRESS" and surface in ("property_name", "pattern_property"))
                if placement == "text_cue" or not self_evident:
                    cue = IDCUE.get(cat, "ref")
                    if cat == "DEVICE_ID":
                        cue = next((c for k, c in [("device_mac", "mac"), ("device_udi", "udi"), ("device_pump", "pump_sn"), ("device_impl", "implant_sn")] if d["kind"].startswith(k)), "imei")
                    ident_s = f"{cue}_{idv}"
                    pl = "text_cue"
                else:
                    ident_s, pl = idv, "no_cue"
                parts = [(cat, idv, d["kind"] + "_joined")]
        if surface == "tool_name":
            verb = r.choice(["lookup", "refill", "sync", "export", "fetch", "notify"])
            i = r.randrange(len(F.tools))
            text = f"{verb}_{ident_s}"
            if len(text) > 64:
                text = ident_s
            ptr = F.tools[i][0]
            if len(text) > 64 or ptr in F.used:
                surface = "property_name"
        if surface == "tool_name":
            parent_ptr, key = ptr.rsplit("/", 1)
            get(F.doc, parent_ptr)[key] = text
        elif surface == "file_name":
            text = f"{F.stem}.{ident_s}"
            F.fname = text
            ptr = ""
        elif surface == "property_name":
            text = ident_s
            ptr = add_prop(F, r, text, {"type": "string"})
        else:  # pattern_property
            text = "^" + V.rxesc(ident_s) + "$"
            slot = r.choice(F.slots)
            node = get(F.doc, slot)
            node.setdefault("patternProperties", {})[text] = {"type": "string"}
            ptr = f"{slot}/patternProperties/{esc(text)}"
        for c, v, k in parts:
            vv = V.rxesc(v) if surface == "pattern_property" else v
            assert vv in text, (vv, text)
            label(F, ptr, surface, c, vv, k, pl, raw=v if vv != v else None)
        return
    if combo:
        d1 = make_value("PERSON", r)
        d2 = make_value("DATE_OF_BIRTH" if combo == "name_dob" else "HEALTH_PLAN_ID", r)
        text = compose_text(r, [("PERSON", d1), ("DATE_OF_BIRTH" if combo == "name_dob" else "HEALTH_PLAN_ID", d2)], "text_cue")
        ptr = place_text(F, r, surface, text)
        label(F, ptr, surface, "PERSON", d1["value"], d1["kind"], "no_cue")
        label(F, ptr, surface, "DATE_OF_BIRTH" if combo == "name_dob" else "HEALTH_PLAN_ID", d2["value"], d2["kind"], "text_cue")
        return
    d = make_value(cat, r)
    if not d["standalone"] and placement == "no_cue":
        placement = "text_cue"
    if surface in ("enum", "const", "default", "examples", "title", "pattern"):
        if surface == "pattern" and placement == "text_cue" and False:
            pass
        plant_value_surface(F, r, surface, cat, d, placement)
        return
    if placement == "key_cue":  # free text under a key that names the kind
        placement = "text_cue"
    text = compose_text(r, [(cat, d)], placement)
    if cat == "SECRET" and placement == "no_cue":
        text = r.choice(["Rotate before go-live: {v}", "Old value, still active: {v}", "{v}"]).format(v=d["value"])
    ptr = place_text(F, r, surface, text)
    label(F, ptr, surface, cat, d["value"], d["kind"], placement)


def place_text(F, r, surface, text):
    if surface == "tool_description":
        cands = [t[1] for t in F.tools if t[1] not in F.used]
        ptr = r.choice(cands)
        append_text(F, ptr, text)
        return ptr
    if surface == "metadata":
        return set_metadata(F, r, text)
    # description: append to a host description (60 %) or a new property's description
    cands = host_desc_pointers(F)
    if cands and r.random() < 0.6:
        ptr = r.choice(cands)
        append_text(F, ptr, text)
        return ptr
    pp = add_prop(F, r, r.choice(GENERIC_KEYS), {"type": "string", "description": text})
    return pp + "/description"


def plant_negative(F, r, kind, pool_state):
    item = pool_state[kind].pop(0)
    pool_state[kind].append(item)
    if kind == "code_enum":
        key, vals = item
        pp = add_prop(F, r, key, {"type": "string", "enum": list(vals)})
        label(F, pp + "/enum/0", "enum", "NONE", vals[0], kind)
    elif kind == "category_label_key":
        pp = add_prop(F, r, item, {"type": "string"})
        label(F, pp, "property_name", "NONE", item, kind)
    elif kind == "format_regex":
        if r.random() < 0.3:
            slot = r.choice(F.slots)
            get(F.doc, slot).setdefault("patternProperties", {})[item] = {"type": "string"}
            label(F, f"{slot}/patternProperties/{esc(item)}", "pattern_property", "NONE", item, kind)
        else:
            pp = add_prop(F, r, r.choice(["format_check", "validation", "id_pattern", "mask"]), {"type": "string", "pattern": item})
            label(F, pp + "/pattern", "pattern", "NONE", item, kind)
    elif kind == "reserved_placeholder":
        surface = r.choice(["examples", "default", "const", "description"])
        if surface == "description":
            text = f"For example {item}"
            ptr = place_text(F, r, "description", text)
        else:
            pp = add_prop(F, r, r.choice(["placeholder", "example_value", "sample", "demo"]), {"type": "string"})
            ptr = write_surface(get(F.doc, pp), surface, item, pp)
        label(F, ptr, surface if surface != "description" else "description", "NONE", item, kind)
    elif kind == "version_date":
        surface, key, text = item
        if surface in ("const", "default", "examples"):
            pp = add_prop(F, r, key, {"type": "string"})
            ptr = write_surface(get(F.doc, pp), surface, text, pp)
        elif surface == "title":
            pp = add_prop(F, r, "changes", {"type": "string"})
            ptr = write_surface(get(F.doc, pp), "title", text, pp)
        elif surface == "metadata":
            ptr = set_metadata(F, r, text)
        else:
            ptr = place_text(F, r, "description", text)
        label(F, ptr, surface, "NONE", text, kind)
    elif kind == "name_like_word":
        key, vals = item
        surface = r.choice(["enum", "default", "const", "examples"])
        pp = add_prop(F, r, key, {"type": "string"})
        node = get(F.doc, pp)
        if surface == "enum":
            node["enum"] = list(vals)
            ptr = pp + "/enum/0"
        else:
            ptr = write_surface(node, surface, vals[0], pp)
        label(F, ptr, surface, "NONE", vals[0], kind)
    elif kind == "category_words_text":
        ptr = place_text(F, r, "description", item)
        label(F, ptr, "description", "NONE", item, kind)
    elif kind == "tool_category_words":
        i = r.randrange(len(F.tools))
        ptr = F.tools[i][0]
        parent_ptr, key = ptr.rsplit("/", 1)
        get(F.doc, parent_ptr)[key] = item
        label(F, ptr, "tool_name", "NONE", item, kind)
    elif kind == "file_name_category_words":
        F.fname = f"{item}.{F.stem}"
        label(F, "", "file_name", "NONE", item, kind)


# ------------------------------------------------------------------ main
def main():
    for d in (PLANTED, REAL):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    oe = srcfiles("openehr/")
    crd = srcfiles("crds/")
    bsch = srcfiles("box/schemas/")
    ops = srcfiles("box/ops/")
    oe_pl, oe_real = oe[:34], oe[34:76]
    crd_pl, crd_real = crd[:34], crd[34:80]
    bs_pl, bs_real = bsch[:22], bsch[22:52]
    ops_pl, ops_real = ops[:60], ops[60:]

    real_rows = []

    def write_real(folder, name, doc_bytes, src, extra=None):
        p = REAL / folder / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(doc_bytes)
        row = {"file": f"{folder}/{name}", "source": f"sources/{src}" if isinstance(src, str) else [f"sources/{s}" for s in src],
               "base": base_of(src if isinstance(src, str) else src[0])}
        if extra:
            row["format"] = extra
        real_rows.append(row)

    # real files: schemas verbatim (bytes as in the snapshot), tool files built from disjoint ops
    for f in oe_real:
        write_real("openehr", Path(f).name, (SRC / f).read_bytes(), f)
    for f in crd_real:
        write_real("k8s-crds", Path(f).name, (SRC / f).read_bytes(), f)
    for f in bs_real:
        write_real("box-schemas", Path(f).name, (SRC / f).read_bytes(), f)
    rr = random.Random(SEED + 1)
    opsr = list(ops_real)
    real_tool_plan = [("anthropic-tools", "plain"), ("anthropic-tools", "strict"), ("anthropic-tools", "request"),
                      ("openai-chat", "tools"), ("openai-chat", "legacy"), ("openai-responses", "tools"),
                      ("mcp-tools-list", "list"), ("gemini", "decl")] * 4
    for j, (fmt, variant) in enumerate(real_tool_plan):
        k = rr.choice([1, 1, 2, 3])
        chunk = [opsr[(j * 2 + i) % len(opsr)] for i in range(k)]
        o = load_ops(chunk)
        doc, _ = make_tool_doc(fmt, o, rr, variant)
        write_real(fmt, f"{o[0]['name']}.{variant}.json", dump(doc), chunk, f"{fmt}/{variant}")
    for j, f in enumerate(oe_real[:6] + bs_real[:4]):
        doc = responses_schema_doc(f, rr)
        write_real("openai-responses", f"text-format.{Path(f).stem}.json", dump(doc), f, "openai-responses/text.format")

    # planted files
    hosts = []  # (folder, stem, doc, base, tools, kind)
    for f in oe_pl[:24]:
        hosts.append(("openehr", Path(f).stem, json.loads((SRC / f).read_text(encoding="utf-8")), base_of(f), None, "schema"))
    for f in crd_pl[:26]:
        hosts.append(("k8s-crds", Path(f).stem, json.loads((SRC / f).read_text(encoding="utf-8")), base_of(f), None, "schema"))
    for f in bs_pl[:16]:
        hosts.append(("box-schemas", Path(f).stem, json.loads((SRC / f).read_text(encoding="utf-8")), base_of(f), None, "schema"))
    plan = ([("anthropic-tools", "plain")] * 4 + [("anthropic-tools", "strict")] * 4 + [("anthropic-tools", "request")] * 5 +
            [("openai-chat", "tools")] * 6 + [("openai-chat", "legacy")] * 4 + [("openai-responses", "tools")] * 5 +
            [("mcp-tools-list", "list")] * 12 + [("gemini", "decl")] * 10)
    pos_ops = 0
    for j, (fmt, variant) in enumerate(plan):
        k = rng.choice([1, 2, 2, 3])
        chunk = [ops_pl[(pos_ops + i) % len(ops_pl)] for i in range(k)]
        pos_ops += k
        o = load_ops(chunk)
        doc, tools = make_tool_doc(fmt, o, rng, variant)
        kind = "anthropic-request" if variant == "request" else fmt
        hosts.append((fmt, f"{o[0]['name']}.{variant}", doc, base_of(chunk[0]), tools, kind))
    for f in oe_pl[24:30] + bs_pl[16:20]:
        doc = responses_schema_doc(f, rng)
        hosts.append(("openai-responses", f"text-format.{Path(f).stem}", doc, base_of(f), None, "schema-responses"))

    # schedules
    cats = ["PERSON", "US_SSN", "MRN", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "DATE_OF_BIRTH",
            "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID", "IP_ADDRESS", "URL", "SECRET"]
    surfaces = ["property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples",
                "default", "tool_name", "tool_description", "file_name", "metadata"]
    neg_kinds = (["code_enum"] * 18 + ["category_label_key"] * 14 + ["format_regex"] * 12 + ["reserved_placeholder"] * 14 +
                 ["version_date"] * 10 + ["name_like_word"] * 12 + ["category_words_text"] * 8 + ["tool_category_words"] * 6 +
                 ["file_name_category_words"] * 5)
    rng.shuffle(neg_kinds)
    pool_state = {k: (list(v) if isinstance(v, list) else v) for k, v in NEG.items()}
    for k in pool_state:
        rng.shuffle(pool_state[k])
    hosts.sort(key=lambda t: h(t[0] + t[1]))
    cat_deck, surf_deck = [], []
    labels_all = []
    neg_i = 0
    written = set()
    for hi, (folder, stem, doc, base, tools, kind) in enumerate(hosts):
        F = FileState(folder, stem, doc, base, tools, kind)
        is_tool = bool(tools)
        n_pos = rng.choice([1, 2, 2, 2, 3])
        n_neg = 1 if neg_i < len(neg_kinds) and rng.random() < 0.85 else 0
        for _ in range(n_pos):
            if not cat_deck:
                cat_deck = cats * 2 + ["PERSON", "PERSON", "PERSON", "DATE_OF_BIRTH"]
                rng.shuffle(cat_deck)
            if not surf_deck:
                surf_deck = surfaces * 2 + ["description", "tool_description", "tool_name", "tool_name", "examples", "enum"]
                rng.shuffle(surf_deck)
            cat = cat_deck.pop()
            for tries in range(40):
                s = surf_deck[-1 - tries % len(surf_deck)] if tries < len(surf_deck) else rng.choice(surfaces)
                if s in ("tool_name", "tool_description") and not is_tool:
                    continue
                if s == "tool_description" and all(t[1] in F.used for t in F.tools):
                    continue
                if s == "file_name" and F.fname:
                    continue
                if s in ("tool_name", "file_name") and cat in ("EMAIL_ADDRESS", "IP_ADDRESS") and s != "file_name" or s == "file_name" and cat == "IP_ADDRESS":
                    continue
                if s == "tool_name" and cat in ("STREET_ADDRESS", "URL") or s in ("property_name", "file_name", "pattern_property", "tool_name") and cat in ("STREET_ADDRESS", "URL"):
                    continue
                if s in ("pattern", "pattern_property") and cat == "SECRET" and False:
                    continue
                break
            if s in surf_deck:
                surf_deck.remove(s)
            combo = None
            if cat == "PERSON" and rng.random() < 0.3 and s not in ("enum", "const", "default", "examples", "title", "pattern"):
                combo = "name_dob" if s in ("property_name", "tool_name", "file_name", "pattern_property") or rng.random() < 0.6 else "name_plan"
            placement = rng.choice(["key_cue", "text_cue", "no_cue"])
            if s == "tool_name":
                tn_used = {l["pointer"] for l in F.labels if l["surface"] == "tool_name"}
                if len(tn_used) >= len(F.tools):
                    s = "description"
            plant_positive(F, rng, cat, s, placement, combo)
        for _ in range(n_neg):
            nk = neg_kinds[neg_i]
            if nk == "tool_category_words" and (not is_tool or len({l['pointer'] for l in F.labels if l['surface'] == 'tool_name'}) >= len(F.tools)):
                continue
            if nk == "file_name_category_words" and F.fname:
                continue
            if nk == "tool_category_words":
                # pick a tool whose name is not labelled
                free = [t for t in F.tools if t[0] not in F.used]
                item = pool_state[nk].pop(0)
                pool_state[nk].append(item)
                ptr = free[0][0]
                parent_ptr, key = ptr.rsplit("/", 1)
                get(F.doc, parent_ptr)[key] = item
                label(F, ptr, "tool_name", "NONE", item, nk)
            else:
                plant_negative(F, rng, nk, pool_state)
            neg_i += 1
        path = F.path()
        assert path not in written, path
        written.add(path)
        out = PLANTED / path
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(dump(F.doc))
        for L in F.labels:
            L["file"] = path
            labels_all.append(L)
    # leftover negative kinds: place on tool / schema hosts in a second pass is not needed; report counts
    for i, L in enumerate(labels_all):
        L["id"] = f"fifth-{i:04d}"
    with open(PLANTED / "labels.jsonl", "w", encoding="utf-8") as fh:
        for L in labels_all:
            fh.write(json.dumps({k: L[k] for k in ["id", "file", "pointer", "surface", "category", "value", "kind", "base"] +
                                 [k for k in ("raw", "placement") if k in L]}, ensure_ascii=False) + "\n")
    real_rows.sort(key=lambda r: r["file"])
    (REAL / "MANIFEST.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in real_rows))
    pos = [l for l in labels_all if l["category"] != "NONE"]
    print(f"planted files {len(written)}  positives {len(pos)}  negatives {len(labels_all) - len(pos)}  real files {len(real_rows)}")


if __name__ == "__main__":
    main()
