#!/usr/bin/env python3
"""Builds the third (held-out) phiscan evaluation set.

  python build.py --collect   # read the pinned snapshots under /work/.mirror, (re)write sources/
  python build.py             # offline: read sources/, write real/ and planted/ (byte-identical on re-run)

Host files are copies of real public schemas and tool definitions (see README.md); values
come from public name lists (US Census 2010 surnames, SSA 1990 baby names), hand-written
names, and identifiers generated from published format rules (formats.py). No Faker.
"""
from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
import random
import re
import shutil
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import formats as F  # noqa: E402

if os.environ.get("PYTHONHASHSEED") != "0":  # nothing below should depend on it; belt and braces
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable, *sys.argv])

SRC, REAL, PLANTED = HERE / "sources", HERE / "real", HERE / "planted"
SEED = "phiscan-third-2025"

# hosts / real-noise quotas per folder (hosts are planted copies; real/ holds other files, untouched)
QUOTA = {  # folder: (hosts, real)
    "omh": (40, 70), "beacon": (20, 35), "jsts": (8, 20), "oas-archive": (5, 7), "cms-tic": (2, 1),
    "tau-bench": (20, 10), "cookbook-tools": (25, 9),
}


def h(s: str) -> str:
    return hashlib.sha256((SEED + s).encode()).hexdigest()


def dump(obj) -> bytes:
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode()


# ====================================================================== collect
def collect():
    import collect_lib as C
    C.check_commits()
    cands = {}
    for name, (raw, row) in C.collect_schemas().items():
        try:
            json.loads(raw)
        except ValueError:
            continue  # not JSON (none expected)
        cands[name] = (raw, row)
    for name, (obj, row) in C.collect_tools().items():
        if name.startswith("tau-bench/"):
            fn = obj["function"]
            shape = ["openai", "anthropic", "mcp"][int(h(name), 16) % 3]
            if shape == "openai":
                doc = [obj]
                row["transformation"] += "; written as a one-element OpenAI tool list"
            elif shape == "anthropic":
                doc = [{"name": fn["name"], "description": fn["description"], "input_schema": fn["parameters"]}]
                row["transformation"] += "; converted to an Anthropic tool list (name, description, input_schema), text unchanged"
            else:
                doc = {"name": fn["name"], "description": fn["description"], "inputSchema": fn["parameters"]}
                row["transformation"] += "; converted to an MCP tool (name, description, inputSchema), text unchanged"
            row["shape"] = shape
            cands[name] = (dump(doc), row)
        else:
            row["transformation"] += "; written as JSON with indent 2"
            cands[name] = (dump(obj), row)
    # select hosts and real files per folder by a seeded hash order
    by_folder = {}
    for name in sorted(cands):
        by_folder.setdefault(name.split("/")[0], []).append(name)
    chosen = {}
    for folder, names in sorted(by_folder.items()):
        nh, nr = QUOTA[folder]
        order = sorted(names, key=h)
        if len(order) < nh + nr:
            raise SystemExit(f"{folder}: only {len(order)} candidates")
        for n in order[:nh]:
            chosen[n] = "host"
        for n in order[nh:nh + nr]:
            chosen[n] = "real"
    if SRC.exists():
        shutil.rmtree(SRC)
    (SRC / "names").mkdir(parents=True)
    rows = []
    for name in sorted(chosen):
        raw, row = cands[name]
        p = SRC / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(raw)
        rows.append({"file": name, "role": chosen[name], **row, "sha256": C.sha(raw)})
    for fname, (raw, row) in C.name_lists().items():
        (SRC / "names" / fname).write_bytes(raw)
        rows.append({"file": "names/" + fname, "role": "values", **row, "sha256": C.sha(raw)})
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"collected {len(rows)} files into {SRC}")


# ====================================================================== names
HAND_NAMES = [  # (given, middle, family, group) -- written by hand; any likeness to a real person is chance
    ("Chinedu", "Ikenna", "Okonkwo", "igbo"), ("Ngozi", "Adaeze", "Eze", "igbo"), ("Obinna", "", "Nwankwo", "igbo"),
    ("Chiamaka", "", "Okafor-Obi", "igbo"), ("Oluwaseun", "Tolulope", "Adeyemi", "yoruba"),
    ("Maricel", "Dizon", "Dimaculangan", "tagalog"), ("Rodel", "Bautista", "Macaraeg", "tagalog"),
    ("Jocelyn", "", "Pangilinan", "tagalog"), ("Pa Nhia", "", "Vang", "hmong"), ("Tou", "Lor", "Xiong", "hmong"),
    ("Mai Yer", "", "Thao", "hmong"), ("Tigist", "", "Alemayehu", "amharic"), ("Dawit", "Haile", "Gebremedhin", "amharic"),
    ("Selamawit", "", "Tesfaye", "amharic"), ("Aroha", "", "Te Whata", "maori"), ("Rangi", "", "Ngata-Horomona", "maori"),
    ("Wiremu", "Hēmi", "Tāwhiri", "maori"), ("Gurpreet", "Kaur", "Sandhu", "punjabi"),
    ("Harjinder", "Singh", "Dhaliwal", "punjabi"), ("Manpreet", "", "Grewal", "punjabi"), ("Yael", "", "Ben-David", "hebrew"),
    ("Avraham", "Moshe", "Rosenthal", "hebrew"), ("Noa", "", "Shapira", "hebrew"), ("Eleni", "", "Papadopoulou", "greek"),
    ("Dimitrios", "", "Katsaros", "greek"), ("Vasiliki", "Maria", "Antonopoulou", "greek"), ("Biret", "Inga", "Eira", "sami"),
    ("Ovllá", "", "Turi", "sami"), ("Elle", "Márjá", "Utsi", "sami"), ("Gwenllian", "", "ap Rhys", "welsh"),
    ("Dafydd", "Llewelyn", "Prys", "welsh"), ("Angharad", "", "Pugh-Jones", "welsh"),
    ("Wideline", "", "Pierre-Louis", "haitian"), ("Jean-Wesner", "", "Dorvil", "haitian"),
    ("Fabiola", "Marie", "Jean-Baptiste", "haitian"), ("Sanne", "", "van der Meulen", "dutch"),
    ("João", "Pedro", "dos Santos Almeida", "portuguese"), ("María José", "", "de la Cruz Ibáñez", "spanish"),
    ("Siobhán", "", "Ní Bhriain", "irish"), ("Hodan", "Abdirahman", "Farah", "somali"), ("Malia", "", "Fa'amausili", "samoan"),
    ("Siosaia", "", "Taufa", "tongan"), ("Nino", "", "Beridze", "georgian"), ("Bolormaa", "", "Ganbaatar", "mongolian"),
    ("Wayra", "", "Mamani Quispe", "quechua"), ("Sokha", "", "Chhim", "khmer"), ("Karthikeyan", "", "Subramaniam", "tamil"),
    ("Tahmina", "Akter", "Rumi", "bengali"), ("Sabina", "", "Gurung", "nepali"),
    ("Abdulrahman", "bin Hamid", "Al-Farsi", "arabic"), ("Shandiin", "", "Yazzie", "navajo"),
    ("Zbigniew", "", "Wróblewski", "polish"), ("Oksana", "", "Kovalchuk", "ukrainian"), ("Gülşen", "", "Yıldırım", "turkish"),
    ("Aino", "", "Häkkinen", "finnish"), ("Sigríður", "", "Jónsdóttir", "icelandic"), ("Neema", "", "Mwakalinga", "swahili"),
    ("Thandeka", "", "Mthembu", "zulu"), ("Kwabena", "", "Owusu-Ansah", "akan"), ("Haruka", "", "Tanabe", "japanese"),
]
FAMILY_FIRST = {"hmong_no"}  # natural order is given-first for every hand name above (as written in the US)
PARTICLE_GROUPS = {"dutch", "portuguese", "spanish", "irish", "welsh", "arabic"}


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    for x, y in (("ı", "i"), ("ð", "d"), ("Ð", "D"), ("þ", "th"), ("Þ", "Th"), ("ø", "o"), ("Ø", "O"), ("æ", "ae"),
                 ("ß", "ss"), ("ł", "l"), ("Ł", "L"), ("đ", "d")):
        s = s.replace(x, y)
    return s


def census_case(s: str) -> str:
    s = s.capitalize()
    if s.startswith("Mc") and len(s) > 3:
        s = "Mc" + s[2:].capitalize()
    return s


class Names:
    def __init__(self, rng: random.Random):
        self.rng = rng
        sur = (SRC / "names" / "Names_2010Census.csv").read_text(encoding="utf-8").splitlines()[1:]
        rows = [l.split(",") for l in sur if l.count(",") >= 2]
        self.surnames = [census_case(r[0]) for r in rows if r[1].isdigit() and 60 <= int(r[1]) <= 1000 and r[0].isalpha()]
        ssa = [l.split() for l in (SRC / "names" / "yob1990.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
        fem = [n for n, s in ssa if s == "F"]
        mal = [n for n, s in ssa if s == "M"]
        self.given = fem[80:1500] + mal[80:1500]
        self.hand = list(HAND_NAMES)
        rng.shuffle(self.hand)
        self.used = set()

    def person(self, group: str | None = None):
        rng = self.rng
        for _ in range(1000):
            if group == "particle":
                g, m, f, grp = rng.choice([x for x in HAND_NAMES if x[3] in PARTICLE_GROUPS])
            elif group == "middle":
                g, m, f, grp = rng.choice([x for x in HAND_NAMES if x[1]])
            elif rng.random() < 0.55:
                g, m, f, grp = self.hand[len(self.used) % len(self.hand)] if rng.random() < 0.5 else rng.choice(self.hand)
            else:
                g, f, grp = rng.choice(self.given), rng.choice(self.surnames), "us-lists"
                m = rng.choice(self.given) if rng.random() < 0.4 else ""
            if (g, f) not in self.used:
                self.used.add((g, f))
                return {"given": g, "middle": m, "family": f, "group": grp}
        raise AssertionError


def pjoin(p, sep, case):
    parts = [fold(x) for x in (p["given"].split() + p["family"].replace("-", " ").split())]
    parts = [re.sub(r"[^A-Za-z0-9]", "", x) for x in parts]
    parts = [x for x in parts if x]
    if case == "lower":
        return sep.join(x.lower() for x in parts)
    if case == "upper":
        return sep.join(x.upper() for x in parts)
    if case == "camel":
        return parts[0].lower() + "".join(x.capitalize() for x in parts[1:])
    if case == "pascal":
        return "".join(x.capitalize() for x in parts)
    raise ValueError(case)


def fmt_person(p, kind):
    g, m, f = p["given"], p["middle"], p["family"]
    if kind == "name":
        return f"{g} {f}"
    if kind == "name_mid":
        return f"{g} {m} {f}" if m else f"{g} {f}"
    if kind == "name_lf":
        return f"{f}, {g}"
    if kind == "name_LF":
        return f"{fold(f).upper()}, {fold(g).upper()}" + (f" {fold(m)[0].upper()}" if m else "")
    if kind == "name_caps":
        return f"{g} {f}".upper()
    if kind == "name_lower":
        return f"{g} {f}".lower()
    if kind == "name_xpn":
        return "^".join([fold(f).upper(), fold(g).upper(), fold(m).upper()]) if m else f"{fold(f).upper()}^{fold(g).upper()}"
    if kind == "name_init":
        return f"{g[0]}." + (f"{m[0]}." if m else "") + f" {f}"
    if kind == "snake":
        return pjoin(p, "_", "lower")
    if kind == "snake_upper":
        return pjoin(p, "_", "upper")
    if kind == "kebab":
        return pjoin(p, "-", "lower")
    if kind == "dot":
        return pjoin(p, ".", "lower")
    if kind == "camel":
        return pjoin(p, "", "camel")
    if kind == "pascal":
        return pjoin(p, "", "pascal")
    raise ValueError(kind)


PERSON_KIND_NAME = {"name": "literal", "name_mid": "literal_middle", "name_lf": "last_first", "name_LF": "last_first_caps",
                    "name_caps": "all_caps", "name_lower": "lower_case", "name_xpn": "hl7_xpn", "name_init": "initials",
                    "snake": "snake_joined", "snake_upper": "screaming_joined", "kebab": "kebab_joined", "dot": "dot_joined",
                    "camel": "camel_joined", "pascal": "pascal_joined"}

# ====================================================================== value pools
CITIES = [  # city, state, ZIP (downtown ZIPs), phone area code
    ("Duluth", "MN", "55802", "218"), ("Eau Claire", "WI", "54701", "715"), ("Lansing", "MI", "48933", "517"),
    ("Dayton", "OH", "45402", "937"), ("Scranton", "PA", "18503", "570"), ("Roanoke", "VA", "24011", "540"),
    ("Flagstaff", "AZ", "86001", "928"), ("Trenton", "NJ", "08608", "609"), ("Frederick", "MD", "21701", "301"),
    ("Pueblo", "CO", "81003", "719"), ("Boise", "ID", "83702", "208"), ("Bangor", "ME", "04401", "207"),
    ("Missoula", "MT", "59801", "406"), ("Fargo", "ND", "58102", "701"), ("Tulsa", "OK", "74103", "918"),
    ("Albuquerque", "NM", "87102", "505"), ("Savannah", "GA", "31401", "912"), ("Mobile", "AL", "36602", "251"),
    ("Spokane", "WA", "99201", "509"), ("Sioux Falls", "SD", "57104", "605"), ("Burlington", "VT", "05401", "802"),
    ("Anchorage", "AK", "99501", "907"), ("Hilo", "HI", "96720", "808"), ("Lexington", "KY", "40507", "859"),
    ("Knoxville", "TN", "37902", "865"), ("Omaha", "NE", "68102", "402"), ("Des Moines", "IA", "50309", "515"),
    ("Wichita", "KS", "67202", "316"), ("Little Rock", "AR", "72201", "501"), ("Shreveport", "LA", "71101", "318"),
    ("Providence", "RI", "02903", "401"), ("Reno", "NV", "89501", "775"), ("Salem", "OR", "97301", "503"),
    ("Cheyenne", "WY", "82001", "307"), ("Provo", "UT", "84601", "801"),
]
STREETS = ["Grand", "Lake", "Superior", "Tamarack", "Birchwood", "Hemlock", "Prairie View", "Kenwood", "Oakridge",
           "Juniper", "Cottonwood", "Harbor", "Mill Creek", "Quarry", "Bluff", "Sumac", "Larkspur", "Chokecherry",
           "Ridgeview", "Pinecrest", "Wabash", "Sandstone", "Aspen Glen", "Ironwood"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd", "Way", "Pl", "Ter", "Cir", "Pkwy", "Trce", "Holw", "Crk"]
EMAIL_DOMAINS = ["fastmail.com", "tutanota.com", "zohomail.com", "yandex.ru", "mail.ru", "rediffmail.com", "sky.com",
                 "virginmedia.com", "telus.net", "optusnet.com.au", "xtra.co.nz", "t-online.de", "free.fr", "laposte.net",
                 "hey.com", "pm.me", "me.com", "cox.net", "charter.net", "earthlink.net", "sbcglobal.net", "bellsouth.net",
                 "ymail.com", "bluewin.ch", "live.com", "rogers.com", "sympatico.ca", "ntlworld.com", "windstream.net",
                 "frontier.com", "juno.com", "mail.com"]
PHONE_REGIONS = ["CA", "GB", "AU", "NZ", "IN", "NG", "PH", "ZA", "KE", "ET", "HT", "IL", "GR", "MX", "JP", "IE", "WS", "TO"]
VIN_WMI = ["1FT", "2T1", "3VW", "5YJ", "JN1", "KMH", "SAL", "WBA", "YV1", "ZFA", "1GC", "4T1", "JF2", "VF1", "TMB",
           "5FN", "1C4", "2HG", "3N1", "KNA", "JTD", "WDD", "SAJ", "ZAR", "5NP"]
IPV4_FIRST = [24, 47, 50, 67, 68, 69, 70, 71, 73, 75, 76, 96, 97, 98, 99, 107, 108, 174, 2, 5, 31, 37, 41, 81, 86, 91,
              102, 105, 109, 112, 115, 118, 121, 139, 178, 180, 186, 187, 189, 190, 200, 201]
IPV6_PREFIX = ["2601:", "2603:", "2a02:", "2409:", "2804:", "2405:", "2c0f:", "2a01:", "2600:1700:", "2406:"]
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def esc_re(s: str) -> str:
    """Escape the way people hand-write regexes: only the metacharacters, never spaces or hyphens."""
    return re.sub(r"([.^$*+?()\[\]{}|\\])", r"\\\1", s)


class Gen:
    def __init__(self, rng: random.Random, names: Names):
        self.r = rng
        self.names = names

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def d(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    # ---------------------------------------------------------- PERSON
    def P(self, kind, ctx):
        group = None
        if "@" in kind:
            kind, group = kind.split("@")
        if ctx.get("person") is None or group:
            ctx["person"] = self.names.person(group)
        p = ctx["person"]
        if kind == "name_mid" and not p["middle"]:
            p["middle"] = self.r.choice(self.names.given)
        return fmt_person(p, kind), PERSON_KIND_NAME[kind]

    def _p(self, ctx):
        if ctx.get("person") is None:
            ctx["person"] = self.names.person()
        return ctx["person"]

    # ---------------------------------------------------------- DOB
    def D(self, kind, ctx):
        import datetime as dt
        if "dob" not in ctx:
            ctx["dob"] = dt.date(1931, 1, 1) + dt.timedelta(days=self.r.randrange(0, 27700))
        d = ctx["dob"]
        mon = MONTHS[d.month - 1]
        out = {"iso": d.isoformat(), "us": f"{d.month:02d}/{d.day:02d}/{d.year}", "us_short": f"{d.month}/{d.day}/{d.year}",
               "long": f"{mon} {d.day}, {d.year}", "dmy_abbr": f"{d.day} {mon[:3]} {d.year}",
               "compact": d.strftime("%Y%m%d"), "dots_eu": f"{d.day:02d}.{d.month:02d}.{d.year}",
               "mainframe": f"{d.day:02d}{mon[:3].upper()}{d.year}", "ordinal": f"{d.day}{self._ord(d.day)} of {mon} {d.year}",
               "iso_ts": d.isoformat() + "T00:00:00", "snake": d.strftime("%Y_%m_%d")}[kind]
        return out, "dob_" + kind

    @staticmethod
    def _ord(n):
        return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")

    # ---------------------------------------------------------- MRN
    def M(self, kind, ctx):
        r = self.r
        if kind == "mrn_dash":
            return f"{self.d(4)}-{self.d(4)}", "mrn_split4"
        if kind == "mrn_hash":
            return "00" + str(r.randint(100000, 999999)), "mrn_hash_prefixed"
        if kind == "medrec":
            return str(r.randint(1000000, 9999999)), "mrn_medrec_no"
        if kind == "cn":
            return f"CN-{r.randint(0, 99999999):08d}", "mrn_cn"
        if kind == "cx":
            return str(r.randint(1000000, 9999999)), "mrn_cx_id"
        if kind == "fhir_token":
            return "E" + self.d(7), "mrn_fhir_identifier"
        if kind == "umrn":
            return "UMRN " + str(r.randint(100000000, 399999999)), "mrn_umrn"
        if kind == "bare8":
            return f"{r.randint(1000000, 99999999):08d}", "mrn_bare_8"
        if kind == "key":
            return f"MRN{r.randint(100000, 9999999):08d}", "mrn_joined"
        raise ValueError(kind)

    # ---------------------------------------------------------- SSN
    def S(self, kind, ctx):
        r = self.r
        while True:
            if kind.startswith("itin"):
                a, g, n = r.randint(900, 999), r.choice(list(range(70, 89)) + list(range(90, 93))), r.randint(1, 9999)
            else:
                a, g, n = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
            d = f"{a:03d}{g:02d}{n:04d}"
            if (kind.startswith("itin") and F.itin_ok(d)) or (not kind.startswith("itin") and F.ssn_ok(d)):
                break
        a, g, n = d[:3], d[3:5], d[5:]
        return {"dash": f"{a}-{g}-{n}", "space": f"{a} {g} {n}", "plain": d, "itin_dash": f"{a}-{g}-{n}",
                "snake": f"{a}_{g}_{n}"}[kind], {"dash": "ssn_dash", "space": "ssn_space", "plain": "ssn_plain",
                                                  "itin_dash": "itin", "snake": "ssn_joined"}[kind]

    # ---------------------------------------------------------- PHONE
    def _pn(self, region):
        import phonenumbers as pn
        ex = pn.example_number_for_type(region, pn.PhoneNumberType.MOBILE) or pn.example_number(region)
        nat = str(ex.national_number)
        for _ in range(5000):
            keep = max(1, len(nat) - 6)
            cand = nat[:keep] + self.d(len(nat) - keep)
            num = pn.parse("+" + str(ex.country_code) + cand)
            e164 = pn.format_number(num, pn.PhoneNumberFormat.E164)
            if pn.is_valid_number(num) and F.phone_not_fiction(e164) and cand != nat:
                return num
        raise AssertionError(region)

    def T(self, kind, ctx):
        import phonenumbers as pn
        r = self.r
        if kind.startswith("us"):
            city = ctx.setdefault("city", r.choice(CITIES))
            while True:
                exch = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
                if exch[1:] == "11" or exch == "555":
                    continue
                line = self.d(4)
                num = pn.parse(f"+1{city[3]}{exch}{line}")
                if pn.is_valid_number(num):
                    break
            a = city[3]
            return {"us_paren": f"({a}) {exch}-{line}", "us_dots": f"{a}.{exch}.{line}", "us_e164": f"+1{a}{exch}{line}",
                    "us_intl": f"+1 {a} {exch} {line}", "us_tel": f"tel:+1-{a}-{exch}-{line}",
                    "us_ext": f"{a}-{exch}-{line} x{r.randint(100, 4999)}", "us_digits": f"{a}{exch}{line}",
                    "us_dots_esc": f"{a}\\.{exch}\\.{line}"}[kind], "phone_" + kind
        region = {"ca": "CA", "gb_intl": "GB", "au_nat": "AU", "in_intl": "IN", "ng_e164": "NG", "ph_intl": "PH",
                  "za_nat": "ZA", "et_intl": "ET", "ht_intl": "HT", "il_nat": "IL", "gr_intl": "GR", "mx_intl": "MX",
                  "jp_intl": "JP", "nz_e164": "NZ", "ie_nat": "IE", "ke_intl": "KE"}[kind]
        num = self._pn(region)
        if kind.endswith("e164"):
            fmt = pn.PhoneNumberFormat.E164
        elif kind.endswith("nat") or kind == "ca":
            fmt = pn.PhoneNumberFormat.NATIONAL
        else:
            fmt = pn.PhoneNumberFormat.INTERNATIONAL
        return pn.format_number(num, fmt), "phone_" + region.lower() + "_" + kind.rsplit("_", 1)[-1]

    # ---------------------------------------------------------- EMAIL
    def E(self, kind, ctx):
        r = self.r
        p = self._p(ctx)
        g, f = fold(p["given"].split()[0]).lower(), re.sub(r"[^a-z]", "", fold(p["family"]).lower())
        g = re.sub(r"[^a-z]", "", g)
        local = r.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}{r.randint(60, 99)}", f"{f}.{g}", f"{g}{f[:1]}{r.randint(1, 999)}",
                          f"{g}.{f}+clinic", f"{f}{g[0]}{r.randint(1, 9)}"])
        dom = r.choice(EMAIL_DOMAINS)
        addr = f"{local}@{dom}"
        if kind == "email_esc":
            return esc_re(addr), "email_regex_escaped"
        if kind == "mailto":
            return f"mailto:{addr}", "email_mailto"
        return addr, "email"

    # ---------------------------------------------------------- STREET
    def A(self, kind, ctx):
        r = self.r
        city = ctx.setdefault("city", r.choice(CITIES))
        c, st, z, _ = city
        street = f"{r.randint(12, 9899)} {r.choice(['', '', 'N ', 'S ', 'E ', 'W ', 'NW '])}{r.choice(STREETS)} {r.choice(SUFFIX)}"
        if kind == "us":
            return f"{street}, {c}, {st} {z}", "address_us"
        if kind == "us_unit":
            return f"{street} {r.choice(['Apt', 'Unit', '#', 'Ste', 'Trlr', 'Lot'])} {r.randint(1, 40)}{r.choice(['', 'B', 'C'])}, {c}, {st} {z}", "address_us_unit"
        if kind == "us_rural":
            return r.choice([f"N{r.randint(1000, 9999)} County Road {r.choice('KJMQW')}, {c}, {st} {z}",
                             f"W{r.randint(100, 9999)} State Highway {r.randint(10, 99)}, {c}, {st} {z}",
                             f"HC {r.randint(1, 9)} Box {r.randint(10, 999)}, {c}, {st} {z}"]), "address_us_rural"
        if kind == "us_pobox":
            return f"PO Box {r.randint(100, 9999)}, {c}, {st} {z}-{r.randint(1, 9999):04d}", "address_us_pobox"
        if kind == "uk":
            return r.choice([f"Flat {r.randint(1, 12)}, {r.randint(2, 120)} Cranbrook Road, Leeds LS6 {r.randint(1, 4)}AF",
                             f"{r.randint(2, 88)} Heol y Nant, Whitchurch, Cardiff CF14 {r.randint(1, 9)}BW",
                             f"{r.randint(2, 60)} Gilmore Place, Edinburgh EH3 {r.randint(5, 9)}NW"]), "address_uk"
        if kind == "ca_fr":
            return f"{r.randint(100, 4999)} rue Saint-Denis, app. {r.randint(1, 9)}, Montréal (Québec) H2X {r.randint(1, 4)}K{r.randint(1, 9)}", "address_ca"
        if kind == "au":
            return f"Unit {r.randint(1, 20)}/{r.randint(2, 90)} Bungaree Street, Toowoomba QLD 4350", "address_au"
        if kind == "nz":
            return f"{r.randint(2, 180)} Te Awe Awe Street, Hokowhitu, Palmerston North 4410", "address_nz"
        if kind == "in":
            return f"Flat {r.randint(101, 904)}, Shanti Kunj, Sector {r.randint(10, 60)}, Noida, Uttar Pradesh 201301", "address_in"
        if kind == "de":
            return f"Lindenstraße {r.randint(1, 120)}, 04109 Leipzig", "address_de"
        raise ValueError(kind)

    # ---------------------------------------------------------- ZIP
    def Z(self, kind, ctx):
        city = ctx.setdefault("city", self.r.choice(CITIES))
        z = city[2]
        if kind == "zip4":
            return f"{z}-{self.r.randint(1000, 9899):04d}", "zip_plus4"
        return z, "zip5"

    # ---------------------------------------------------------- HEALTH PLAN
    def H(self, kind, ctx):
        r = self.r
        if kind in ("mbi", "mbi_dash"):
            while True:
                out = ""
                for t in F.MBI_SPEC:
                    out += {"C": r.choice("123456789"), "N": r.choice("0123456789"), "A": r.choice(F.MBI_ALPHA),
                            "AN": r.choice(F.MBI_AN)}[t]
                if F.mbi_ok(out):
                    break
            return (out if kind == "mbi" else f"{out[:4]}-{out[4:7]}-{out[7:]}"), kind
        if kind == "hicn":
            ssn, _ = self.S("plain", ctx)
            return ssn + r.choice(["A", "B", "B1", "C1", "D", "D1", "M", "T", "W"]), "hicn"
        if kind == "rrb":
            ssn, _ = self.S("plain", ctx)
            return r.choice(["WA", "WD", "MA", "WCA"]) + ssn, "rrb_number"
        if kind == "va_icn":
            return f"10{self.d(8)}V{self.d(6)}", "va_icn"
        if kind == "ny_cin":
            return self.s("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + self.d(5) + self.s("ABCDEFGHJKLMNPRSTUVWXYZ", 1), "ny_medicaid_cin"
        if kind == "bcbs":
            return self.s("BCDFGHJKLMNPQRSTVWXYZ", 3) + self.d(9), "bcbs_member_id"
        if kind == "tricare":
            return str(r.randint(1000000000, 1699999999)), "dod_benefits_number"
        if kind == "mn_pmi":
            return f"{r.randint(0, 99999999):08d}", "mn_medicaid_pmi"
        raise ValueError(kind)

    # ---------------------------------------------------------- ACCOUNT
    def _card(self, prefix, length):
        while True:
            body = prefix + self.d(length - len(prefix) - 1)
            n = F.luhn_complete(body)
            if F.card_brand_ok(n):
                return n

    def C(self, kind, ctx):
        r = self.r
        if kind in ("visa_spaced", "visa_plain"):
            n = self._card("4" + str(r.randint(10000, 99999)), 16)
            return (" ".join(n[i:i + 4] for i in range(0, 16, 4)) if kind == "visa_spaced" else n), "card_visa"
        if kind == "mc2_dash":
            n = self._card(str(r.randint(2221, 2720)), 16)
            return "-".join(n[i:i + 4] for i in range(0, 16, 4)), "card_mastercard_2series"
        if kind == "amex_465":
            n = self._card(r.choice(["34", "37"]), 15)
            return f"{n[:4]} {n[4:10]} {n[10:]}", "card_amex"
        if kind == "discover":
            n = self._card(r.choice(["6011", "65", "644", "647"]), 16)
            return n, "card_discover"
        if kind == "diners":
            n = self._card("36", 14)
            return f"{n[:4]} {n[4:10]} {n[10:]}", "card_diners"
        if kind == "jcb":
            n = self._card(str(r.randint(3528, 3589)), 16)
            return " ".join(n[i:i + 4] for i in range(0, 16, 4)), "card_jcb"
        if kind == "unionpay":
            n = self._card("62" + str(r.randint(1000, 9999)), 19)
            return n, "card_unionpay_19"
        if kind in ("aba_acct", "aba_digits"):
            while True:
                rt = f"{r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]):02d}" + self.d(6)
                rt = next(rt + c for c in "0123456789" if F.aba_ok(rt + c))
                if rt not in ("021000021", "011000015"):
                    break
            acct = self.d(r.choice([9, 10, 12]))
            ctx["routing"] = rt
            return acct, "bank_account"
        if kind.startswith("iban_"):
            cc = kind[5:7].upper()
            if cc in ("GB", "IE"):
                bank = {"GB": r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HLFX"]), "IE": r.choice(["AIBK", "BOFI", "IPBS"])}[cc]
                bban = bank + self.d(14)
            elif cc == "CH":
                bban = self.d(17)
            elif cc == "RO":
                bban = r.choice(["BTRL", "RNCB", "BRDE"]) + self.s("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 16)
            elif cc == "LU":
                bban = self.d(16)
            else:
                raise ValueError(kind)
            iban = cc + F.iban_check_digits(cc, bban) + bban
            assert F.iban_ok(iban), iban
            spaced = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
            return (spaced if kind.endswith("_sp") or cc in ("GB", "RO") else iban), "iban_" + cc.lower()
        if kind == "hosp_acct":
            return f"{r.randint(1000, 9999)}-{r.randint(100000, 999999)}", "hospital_account"
        if kind == "pfs":
            return str(r.randint(3000000000, 3999999999)), "patient_financial_account"
        raise ValueError(kind)

    # ---------------------------------------------------------- LICENSE
    def L(self, kind, ctx):
        r = self.r
        p = self._p(ctx) if kind in ("mn", "md_dash", "wi_dash", "mi_spaced", "nj_spaced") else None
        init = fold(p["family"]).upper()[0] if p else r.choice("ABCDEFGHJKLMNPRSTW")
        if kind == "mn":
            return init + self.d(12), "dl_mn"
        if kind == "nj_spaced":
            d = self.d(14)
            return f"{init}{d[:4]} {d[4:9]} {d[9:]}", "dl_nj"
        if kind == "md_dash":
            d = self.d(12)
            return f"{init}-{d[:3]}-{d[3:6]}-{d[6:9]}-{d[9:]}", "dl_md"
        if kind == "wi_dash":
            d = self.d(13)
            return f"{init}{d[:3]}-{d[3:7]}-{d[7:11]}-{d[11:]}", "dl_wi"
        if kind == "mi_spaced":
            d = self.d(12)
            return f"{init} {d[:3]} {d[3:6]} {d[6:9]} {d[9:]}", "dl_mi"
        if kind == "oh":
            return self.s("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + self.d(6), "dl_oh"
        if kind == "pa_spaced":
            d = f"{r.randint(10000000, 39999999)}"
            return f"{d[:2]} {d[2:5]} {d[5:]}", "dl_pa"
        if kind == "va":
            return r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + self.d(8), "dl_va"
        if kind == "co_dash":
            d = self.d(9)
            return f"{d[:2]}-{d[2:5]}-{d[5:]}", "dl_co"
        if kind == "az":
            return r.choice("ABDY") + self.d(8), "dl_az"
        raise ValueError(kind)

    # ---------------------------------------------------------- DEVICE
    def V(self, kind, ctx):
        r = self.r
        if kind in ("imei", "imei_dash"):
            body = r.choice(["35", "86", "01", "49"]) + self.d(12)
            n = F.luhn_complete(body)
            return (n if kind == "imei" else f"{n[:2]}-{n[2:8]}-{n[8:14]}-{n[14]}"), kind
        if kind == "meid":
            return r.choice(["A1", "A0", "A4"]) + self.s("0123456789ABCDEF", 12), "meid"
        if kind.startswith("mac"):
            oui = r.choice(["3C22FB", "B827EB", "DCA632", "240AC4", "F4F5D8", "001B63", "70B3D5", "A4C138", "E45F01"])
            b = oui + self.s("0123456789ABCDEF", 6)
            octs = [b[i:i + 2] for i in range(0, 12, 2)]
            if kind == "mac_colon":
                return ":".join(octs), "mac_colon"
            if kind == "mac_dash":
                return "-".join(octs).lower(), "mac_dash"
            if kind == "mac_cisco":
                s = b.lower()
                return f"{s[:4]}.{s[4:8]}.{s[8:]}", "mac_cisco"
            return b, "mac_plain"
        if kind == "gs1_udi":
            body = "0" + r.choice(["0884521", "0763000", "0614559", "0381780", "0885074"]) + self.d(5)
            gtin = body + F.gs1_check(body)
            exp = f"{r.randint(26, 31)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
            return f"(01){gtin}(17){exp}(10){self.s('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}{self.d(4)}(21){self.d(7)}", "gs1_udi_hri"
        if kind == "hibc":
            data = "+" + r.choice("HJMS") + self.d(3) + self.s("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6) + "1"
            return data + F.hibc_check(data), "hibcc_udi"
        if kind == "serial_implant":
            return self.s("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + self.d(6) + r.choice("HRSG"), "implant_serial"
        raise ValueError(kind)

    # ---------------------------------------------------------- VEHICLE
    def W(self, kind, ctx):
        r = self.r
        if kind == "vin":
            while True:
                v = r.choice(VIN_WMI) + self.s(F.VIN_CHARS, 5) + "0" + r.choice("ABCDEFGHJKLMNPRSTVWXY123456789") + self.s(
                    "ABCDEFGHJKLMNPRSTUVWXYZ", 1) + self.d(6)
                v = v[:8] + F.vin_check_char(v) + v[9:]
                if F.vin_ok(v):
                    return v, "vin"
        if kind == "plate_mn":
            return f"{self.s('ABCDEFGHJKLMNPRSTVWXYZ', 3)}-{self.d(3)}", "plate_mn"
        if kind == "plate_oh":
            return f"{self.s('ABCDEFGHJKLMNPRSTVWXYZ', 3)} {self.d(4)}", "plate_oh"
        if kind == "plate_uk":
            return f"{self.s('ABCDEFGHJKLMNPRSTVWXY', 2)}{r.choice(['19', '21', '69', '71', '23'])} {self.s('ABCDEFGHJKLMNPRSTVWXYZ', 3)}", "plate_uk"
        raise ValueError(kind)

    # ---------------------------------------------------------- IP
    def I(self, kind, ctx):
        r = self.r
        if kind.startswith("ipv4"):
            while True:
                ip = f"{r.choice(IPV4_FIRST)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
                if F.ip_public_ok(ip):
                    break
            return {"ipv4": ip, "ipv4_port": f"{ip}:{r.choice([443, 8443, 51820, 3389, 22])}", "ipv4_cidr": f"{ip}/32",
                    "ipv4_esc": esc_re(ip)}[kind], kind
        import ipaddress
        while True:
            pre = r.choice(IPV6_PREFIX)
            groups = pre.rstrip(":").split(":")
            groups += [f"{r.randint(0, 0xffff):x}" for _ in range(8 - len(groups))]
            if r.random() < 0.5:
                groups[4] = groups[5] = "0"
            ip = ipaddress.ip_address(":".join(groups))
            if F.ip_public_ok(str(ip)):
                break
        return (ip.exploded if kind == "ipv6_full" else str(ip)), kind

    # ---------------------------------------------------------- URL
    def U(self, kind, ctx):
        r = self.r
        p = self._p(ctx)
        kb, sn = fmt_person(p, "kebab"), fmt_person(p, "snake")
        city = ctx.setdefault("city", r.choice(CITIES))
        cslug = city[0].lower().replace(" ", "-") + "-" + city[1].lower()
        u = {
            "givesendgo": f"https://www.givesendgo.com/{kb}-recovery",
            "fundly": f"https://fundly.com/help-{kb}-with-dialysis-costs",
            "caring_alt": f"https://lotsahelpinghands.com/c/{r.randint(600000, 799999)}/{kb}",
            "obit_dignity": f"https://www.dignitymemorial.com/obituaries/{cslug}/{kb}-{r.randint(10000000, 12999999)}",
            "tributearchive": f"https://www.tributearchive.com/obituaries/{r.randint(20000000, 29999999)}/{kb}",
            "echovita": f"https://www.echovita.com/us/obituaries/{city[1].lower()}/{city[0].lower().replace(' ', '-')}/{kb}-{r.randint(17000000, 19999999)}",
            "linktree": f"https://linktr.ee/{sn.replace('_', '.')}",
            "fb_profile": f"https://www.facebook.com/profile.php?id=1000{self.d(11)}",
            "x_profile": f"https://x.com/{fmt_person(p, 'camel')}{r.randint(1, 99)}",
            "orcid": "https://orcid.org/" + self._orcid(),
            "mychart": f"https://mychart.{r.choice(['essentiahealth.org', 'gundersenhealth.org', 'bellin.org', 'sanfordhealth.org'])}/MyChart/Billing/GuestPay?lastName={fold(p['family']).replace(' ', '%20')}&dob={self.D('us', ctx)[0].replace('/', '%2F')}",
            "venmo": f"https://account.venmo.com/u/{fmt_person(p, 'pascal')}-{r.randint(1, 9)}",
            "strava": f"https://www.strava.com/athletes/{r.randint(10000000, 99999999)}",
            "instagram": f"https://www.instagram.com/{sn}.{r.randint(70, 99)}/",
            "takethemameal": f"https://www.takethemameal.com/meals.php?id={r.randint(800000, 999999)}&recipient={kb}",
        }[kind.replace("_esc", "")]
        if kind.endswith("_esc"):
            return esc_re(u), "url_" + kind
        return u, "url_" + kind

    def _orcid(self):
        base = "0000000" + str(self.r.randint(200000000, 399999999))[:8]
        total = 0
        for c in base:
            total = (total + int(c)) * 2
        chk = (12 - total % 11) % 11
        s = base + ("X" if chk == 10 else str(chk))
        return "-".join(s[i:i + 4] for i in range(0, 16, 4))

    # ---------------------------------------------------------- SECRET
    def K(self, kind, ctx):
        r, s, d = self.r, self.s, self.d
        v = {
            "anthropic_admin": lambda: "sk-ant-admin01-" + s(B64URL, 93) + "AA",
            "openai_legacy": lambda: "sk-" + s(ALNUM, 20) + "T3BlbkFJ" + s(ALNUM, 20),
            "whsec": lambda: "whsec_" + s(ALNUM, 32),
            "square": lambda: "EAAA" + s(B64URL, 60),
            "atlassian": lambda: "ATATT3xFfGF0" + s(B64URL, 170) + "=" + s("0123456789ABCDEF", 8),
            "linear": lambda: "lin_api_" + s(ALNUM, 40),
            "notion": lambda: "secret_" + s(ALNUM, 43),
            "airtable": lambda: "pat" + s(ALNUM, 14) + "." + s(HEX, 64),
            "postman": lambda: "PMAK-" + s(HEX, 24) + "-" + s(HEX, 34),
            "vault": lambda: "hvs.CAESI" + s(B64URL, 86),
            "databricks": lambda: "dapi" + s(HEX, 32),
            "replicate": lambda: "r8_" + s(ALNUM, 37),
            "groq": lambda: "gsk_" + s(ALNUM, 52),
            "discord": lambda: s("MNO", 1) + s(ALNUM, 25) + "." + s(B64URL, 6) + "." + s(B64URL, 38),
            "gocspx": lambda: "GOCSPX-" + s(B64URL, 28),
            "gho": lambda: "gho_" + s(ALNUM, 36),
            "xapp": lambda: f"xapp-1-A0{s('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 9)}-{d(13)}-{s(HEX, 64)}",
            "mailchimp": lambda: s(HEX, 32) + "-us" + str(r.randint(2, 21)),
            "jwt": lambda: self._jwt(),
            "pem_ec": lambda: "-----BEGIN EC PRIVATE KEY-----\n" + "MHcCAQEEI" + s(B64URL.replace("-", "+").replace("_", "/"), 55)
                              + "\n" + s(B64URL.replace("-", "+").replace("_", "/"), 64) + "\n" + s(ALNUM, 40) + "==\n-----END EC PRIVATE KEY-----",
            "mysql_url": lambda: f"mysql://reporting:{s(ALNUM, 10)}%21{s(ALNUM, 6)}@db-prod-{r.randint(1, 9)}.{r.choice(['mercy-ehr.net', 'stlukes-data.org', 'medcore.io'])}:3306/ehr",
            "amqps_url": lambda: f"amqps://svc_intake:{s(ALNUM, 24)}@{r.choice(['bunny', 'kangaroo', 'rattlesnake'])}.rmq.cloudamqp.com/{s('abcdefghijklmnopqrstuvwxyz', 8)}",
            "mssql_connstr": lambda: f"Server=tcp:{r.choice(['pharm-sql-01', 'ehr-reporting'])}.database.windows.net,1433;Initial Catalog=claims;User ID=etl_admin;Password={s(ALNUM, 14)}#{d(2)};Encrypt=True;",
            "azure_sas": lambda: f"sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupiytfx&se=2026-03-31T04:00:00Z&st=2025-03-30T20:00:00Z&spr=https&sig={s(ALNUM, 43)}%3D",
            "password": lambda: r.choice(["Summer", "Winter", "Harbor", "Tamarack"]) + str(r.randint(2019, 2025)) + r.choice("!#$") + s(ALNUM, 3),
            "password_text": lambda: s(ALNUM, 4) + r.choice("!#$%&") + s(ALNUM, 5) + r.choice("!#$%&") + d(2),
            "age": lambda: "AGE-SECRET-KEY-1" + s("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper(), 58),
            "tailscale": lambda: f"tskey-auth-k{s(ALNUM, 10)}CNTRL-{s(ALNUM, 33)}",
        }[kind]()
        return v, "secret_" + kind

    def _jwt(self):
        import base64
        b = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).rstrip(b"=").decode()
        head = b({"alg": "HS256", "typ": "JWT"})
        body = b({"sub": str(self.r.randint(10 ** 8, 10 ** 9)), "role": "service_role", "iat": 1718000000 + self.r.randint(0, 9 ** 7)})
        return f"{head}.{body}.{self.s(B64URL, 43)}"


CAT = {"P": "PERSON", "D": "DATE_OF_BIRTH", "M": "MRN", "S": "US_SSN", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS",
       "A": "STREET_ADDRESS", "Z": "ZIP_CODE", "H": "HEALTH_PLAN_ID", "C": "ACCOUNT_NUMBER", "L": "LICENSE_NUMBER",
       "V": "DEVICE_ID", "W": "VEHICLE_ID", "I": "IP_ADDRESS", "U": "URL", "K": "SECRET"}
SLOT = re.compile(r"\{([A-Z]):([A-Za-z0-9_@]+)\}")

# ====================================================================== jobs
# (surface, template, key, cue)
#   template: str with {X:kind} slots, or a list of items for enum / examples
#   key: None = an existing property of the host (its own key); "" = not applicable; else the new property's key
#   cue: True when the text itself says what the value is ("DOB", "chart", "member", "licence", ...)
JOBS = [
    # ---------------------------------------------------------------- description (appended to an existing one)
    ("description", "e.g. {P:name}, DOB {D:us} (from the March import).", "", True),
    ("description", "Values were spot-checked against {P:name_mid}'s readings before release.", "", False),
    ("description", "Ping {E:email} before changing the units here.", "", False),
    ("description", "Reported from {T:us_paren} after the firmware update.", "", False),
    ("description", "Sample payload was captured from {V:mac_colon}.", "", False),
    ("description", "Rejected in prod for chart {M:cn}; see INC-2291.", "", True),
    ("description", "Used {S:dash} as the fixture value during the 2019 migration.", "", False),
    ("description", "Tested with the home visit at {A:us_unit}.", "", False),
    ("description", "Fleet pilot vehicle: {W:vin}.", "", False),
    ("description", "Requests from {I:ipv4} bypass the rate limit (Ops asked).", "", False),
    ("description", "Background: {U:caring_alt}", "", False),
    ("description", "Bridge token (staging): {K:linear}", "", False),
    ("description", "Same shape as member {H:mbi}'s eligibility reply.", "", False),
    ("description", "Refund for the duplicate charge went to {C:iban_gb}.", "", False),
    ("description", "Checked against licence {L:wi_dash} at intake.", "", True),
    ("description", "Only patients in ZIP {Z:zip5} were enrolled in the pilot.", "", True),
    ("description", "{P:name_lf} (b. {D:long}) is the reference case for this unit.", "", True),
    ("description", "If the pump reports IMEI {V:imei}, drop the reading.", "", True),
    ("description", "Callback: {T:gb_intl} (daughter).", "", False),
    ("description", "Old connection string, rotate before go-live: {K:mssql_connstr}", "", False),
    ("description", "Ask {P:name_init} or mail {E:email}.", "", False),
    ("description", "Default shipping address for the test account: {A:uk}", "", False),
    ("description", "Member {H:hicn} is still on the legacy HICN in this feed.", "", True),
    ("description", "Card on file for the pilot: {C:visa_spaced}.", "", False),
    ("description", "Seen from {I:ipv6} during the outage.", "", False),
    ("description", "Obituary used as an example: {U:obit_dignity}", "", False),
    ("description", "Mailers go to ZIP+4 {Z:zip4} only.", "", True),
    ("description", "Migrated record of {P:name_caps}, SSN {S:space}.", "", True),
    ("description", "Plate {W:plate_mn} is the courier van in the examples.", "", True),
    ("description", "Kiosk check-in used driver's license {L:md_dash}.", "", True),
    ("description", "Merged duplicate chart {M:medrec} into the surviving record.", "", True),
    ("description", "{K:pem_ec}", "", False),
    # ---------------------------------------------------------------- tool_description
    ("tool_description", "Look up labs for {P:name}, DOB {D:iso}.", "", True),
    ("tool_description", "For testing, use customer {E:email}.", "", False),
    ("tool_description", "Demo account: {P:name_mid}, card {C:amex_465}.", "", False),
    ("tool_description", "Known good MRN for QA: {M:mrn_hash}.", "", True),
    ("tool_description", "Escalations go to {T:us_tel}.", "", False),
    ("tool_description", "Default origin when none is given: {A:us}.", "", False),
    ("tool_description", "Uses key {K:groq} until the vault migration lands.", "", False),
    ("tool_description", "Tested against {W:vin}.", "", False),
    ("tool_description", "Only answers requests from {I:ipv4_port}.", "", False),
    ("tool_description", "Example: the fundraiser at {U:givesendgo}", "", False),
    ("tool_description", "Subscriber {H:va_icn} is the canned response.", "", True),
    ("tool_description", "Works for ZIP {Z:zip5} only.", "", True),
    ("tool_description", "Example caller: {P:name_lower} ({T:au_nat}).", "", False),
    ("tool_description", "Ignore SSN {S:itin_dash} in the fixture.", "", True),
    ("tool_description", "Reproduces with driver licence {L:nj_spaced}.", "", True),
    ("tool_description", "Paired with CGM transmitter serial {V:serial_implant}.", "", True),
    ("tool_description", "Auth: Bearer {K:jwt}", "", False),
    ("tool_description", "Replays the order placed by {P:name_xpn}.", "", False),
    ("tool_description", "Payouts land in checking acct {C:aba_acct}, routing {routing}, for now.", "", True),
    ("tool_description", "Ship-to for the demo order: {A:us_pobox}.", "", False),
    ("tool_description", "Donation page: {U:fundly}", "", False),
    ("tool_description", "Send with header x-api-key: {K:openai_legacy}", "", False),
    ("tool_description", "Returns MRN {M:mrn_dash} when the lookup is ambiguous.", "", True),
    ("tool_description", "Default ZIP is {Z:zip5} when the user gives none.", "", True),
    # ---------------------------------------------------------------- examples
    ("examples", ["{P:name}"], None, False),
    ("examples", ["{E:email}", "{E:email}"], None, False),
    ("examples", ["{T:us_e164}"], "value", False),
    ("examples", ["{D:iso}"], "birthDate", True),
    ("examples", ["{M:bare8}"], "mrn", True),
    ("examples", ["{W:vin}"], None, False),
    ("examples", ["{A:us_rural}"], "note", False),
    ("examples", ["{U:orcid}"], "ref", False),
    ("examples", ["{I:ipv6_full}"], None, False),
    ("examples", ["{H:bcbs}"], "memberId", True),
    ("examples", ["{C:iban_ie}"], "iban", True),
    ("examples", ["{L:mn}"], "dlNumber", True),
    ("examples", ["{V:meid}"], "deviceSerial", True),
    ("examples", ["{Z:zip5}", "{Z:zip4}"], "zip", True),
    ("examples", ["{K:airtable}"], None, False),
    ("examples", ["{P:name_lf}"], "details", False),
    ("examples", ["{S:plain}"], "ssn", True),
    ("examples", ["{T:ph_intl}"], "id", False),
    ("examples", ["{P:name@particle}"], None, False),
    ("examples", ["{D:dmy_abbr}"], "dob", True),
    ("examples", ["{T:ng_e164}"], "tel", True),
    ("examples", ["{A:de}"], None, False),
    ("examples", ["{L:az}"], "driversLicense", True),
    ("examples", ["{U:strava}"], None, False),
    ("examples", ["{K:azure_sas}"], "value", False),
    # ---------------------------------------------------------------- default
    ("default", "{P:name}", None, False),
    ("default", "{E:email}", "email", True),
    ("default", "{I:ipv4}", None, False),
    ("default", "{K:whsec}", "value", False),
    ("default", "{M:umrn}", "chartNumber", True),
    ("default", "{H:mbi_dash}", "mbi", True),
    ("default", "{C:mc2_dash}", None, False),
    ("default", "{W:plate_oh}", "plate", True),
    ("default", "{Z:zip5}", "postal_code", True),
    ("default", "{A:ca_fr}", "address", True),
    ("default", "{U:venmo}", None, False),
    ("default", "{S:dash}", "ref", False),
    ("default", "{D:compact}", "dob", True),
    ("default", "{L:oh}", "licenseNo", True),
    ("default", "{V:mac_cisco}", None, False),
    ("default", "{T:in_intl}", "mobile", True),
    ("default", "{K:password}", "password", True),
    ("default", "{H:ny_cin}", "medicaidId", True),
    ("default", "{L:mi_spaced}", "dl_no", True),
    ("default", "{U:instagram}", "homepage", True),
    ("default", "{K:mysql_url}", "connection", True),
    ("default", "{Z:zip4}", "homeZip", True),
    # ---------------------------------------------------------------- enum
    ("enum", ["unassigned", "{P:name}", "{P:name}"], "assignedTo", False),
    ("enum", ["{E:email}", "other"], "value", False),
    ("enum", ["{M:cx}^^^UCMC^MR", "pending"], "ref", True),
    ("enum", ["{P:name_LF}", "{P:name_LF}", "{P:name_LF}"], "patient", True),
    ("enum", ["{I:ipv4}", "{I:ipv6}"], "allowed_ips", True),
    ("enum", ["{A:au}"], "label", False),
    ("enum", ["{W:vin}", "{W:vin}"], "vin", True),
    ("enum", ["{T:za_nat}", "{T:us_dots}"], "phone", True),
    ("enum", ["{H:mbi}", "{H:rrb}"], "id", False),
    ("enum", ["{C:discover}", "{C:jcb}"], "account", True),
    ("enum", ["{U:linktree}"], "source", False),
    ("enum", ["{V:hibc}"], "tag", False),
    ("enum", ["{D:us}", "{D:us}"], "dob", True),
    ("enum", ["{K:postman}"], "value", False),
    ("enum", ["{Z:zip5}"], "zip", True),
    ("enum", ["{S:dash}"], "ssn", True),
    ("enum", ["{L:va}", "{L:co_dash}"], "dl", True),
    ("enum", ["{A:us}", "{A:nz}"], "value", False),
    # ---------------------------------------------------------------- const
    ("const", "{P:name}", None, False),
    ("const", "{S:dash}", "ssn", True),
    ("const", "{E:email}", "value", False),
    ("const", "{K:anthropic_admin}", "apiKey", True),
    ("const", "{U:fb_profile}", "ref", False),
    ("const", "{W:vin}", None, False),
    ("const", "{H:mbi}", "id", False),
    ("const", "{I:ipv4}", "ipAddress", True),
    ("const", "urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14|{M:fhir_token}", "mrn", True),
    ("const", "{A:us}", "note", False),
    ("const", "{L:pa_spaced}", "licence", True),
    ("const", "{C:diners}", "details", False),
    ("const", "{V:imei_dash}", "deviceId", True),
    ("const", "{D:iso}", "birth_date", True),
    ("const", "{T:ca}", "phone", True),
    ("const", "{A:in}", "details", False),
    ("const", "{Z:zip4}", "zipCode", True),
    ("const", "{K:discord}", "token", True),
    # ---------------------------------------------------------------- pattern
    ("pattern", "^({P:name}|{P:name})$", None, False),
    ("pattern", "^MRN[- ]?{M:bare8}$", "ref", True),
    ("pattern", "^{E:email_esc}$", "email", True),
    ("pattern", "^{S:dash}$", None, False),
    ("pattern", "^({I:ipv4_esc})$", "value", False),
    ("pattern", "^{W:vin}$", "vin", True),
    ("pattern", "^{D:iso}$", "dob", True),
    ("pattern", "^({H:mbi}|{H:mbi})$", "id", False),
    ("pattern", "^{K:gocspx}$", "token", True),
    ("pattern", "^{P:name_lf}$", None, False),
    ("pattern", "^({T:us_dots_esc})$", "phone", True),
    ("pattern", "^{Z:zip5}(-\\d{{4}})?$", "zip", True),
    ("pattern", "^{V:mac_colon}$", "mac", True),
    ("pattern", "^{U:tributearchive_esc}$", "source", False),
    ("pattern", "^{C:visa_plain}$", "card", True),
    ("pattern", "^{L:mn}$", "license", True),
    # ---------------------------------------------------------------- pattern_property (regex keys)
    ("pattern_property", "^{P:snake}_\\d+$", "", False),
    ("pattern_property", "^{M:key}-[a-z]+$", "", True),
    ("pattern_property", "^{E:email_esc}$", "", False),
    ("pattern_property", "^({I:ipv4_esc}|{I:ipv4_esc})$", "", False),
    ("pattern_property", "^{P:camel}(_v\\d+)?$", "", False),
    ("pattern_property", "^{W:vin}_", "", False),
    ("pattern_property", "^ssn_{S:snake}$", "", True),
    ("pattern_property", "^{P:snake}_{D:compact}$", "", False),
    ("pattern_property", "^{V:mac_plain}$", "", False),
    # ---------------------------------------------------------------- property_name (keys)
    ("property_name", "{P:camel}_dob_{D:compact}", "", True),
    ("property_name", "{P:snake}", "", False),
    ("property_name", "{E:email}", "", False),
    ("property_name", "mrn_{M:bare8}", "", True),
    ("property_name", "{P:pascal}Intake", "", False),
    ("property_name", "ssn_{S:snake}", "", True),
    ("property_name", "{W:vin}", "", False),
    ("property_name", "{I:ipv4}", "", False),
    ("property_name", "{T:us_e164}", "", False),
    ("property_name", "{P:kebab}-{D:iso}", "", False),
    ("property_name", "member_{H:mbi}", "", True),
    ("property_name", "{V:mac_dash}", "", False),
    ("property_name", "acct_{C:aba_digits}", "", True),
    ("property_name", "{P:dot}", "", False),
    ("property_name", "dl_{L:az}", "", True),
    ("property_name", "{P:snake}_zip_{Z:zip5}", "", True),
    ("property_name", "{P:camel}Phone{T:us_digits}", "", True),
    ("property_name", "{P:snake_upper}", "", False),
    ("property_name", "imei_{V:imei}", "", True),
    # ---------------------------------------------------------------- title
    ("title", "{P:name} — intake", "", False),
    ("title", "Heart rate — {P:name_lf}, b. {D:us}", "", True),
    ("title", "Owner: {E:email}", "", False),
    ("title", "Record {M:cn}", "", True),
    ("title", "{P:name_caps}", "", False),
    ("title", "Test fixture {S:dash}", "", False),
    ("title", "{W:vin} telemetry", "", False),
    ("title", "Profile {U:x_profile}", "", False),
    ("title", "Readings for {A:us}", "", False),
    ("title", "Member {H:mbi_dash}", "", True),
    ("title", "{P:name_mid}", "", False),
    ("title", "Device {V:gs1_udi}", "", False),
    ("title", "Acct {C:hosp_acct}", "", True),
    # ---------------------------------------------------------------- tool_name
    ("tool_name", "get_labs_{P:snake}", "", False),
    ("tool_name", "lookup{P:pascal}", "", False),
    ("tool_name", "fetch_chart_{M:key}", "", True),
    ("tool_name", "{P:snake}_{D:compact}_summary", "", False),
    ("tool_name", "notify-{P:kebab}", "", False),
    ("tool_name", "refund_card_{C:visa_plain}", "", True),
    ("tool_name", "track_{W:vin}", "", False),
    ("tool_name", "{P:camel}Reservations", "", False),
    ("tool_name", "ssn_{S:snake}_check", "", True),
    ("tool_name", "member_{H:mbi}_eligibility", "", True),
    ("tool_name", "device_{V:mac_plain}_status", "", True),
    ("tool_name", "sync_{P:kebab}", "", False),
    # ---------------------------------------------------------------- file_name ({stem} = the host's own file name)
    ("file_name", "{P:kebab}_dob-{D:iso}__{stem}", "", True),
    ("file_name", "{P:snake}.{stem}", "", False),
    ("file_name", "{M:key}-{stem}", "", True),
    ("file_name", "{stem}.{E:email}", "", False),
    ("file_name", "{S:dash}_{stem}", "", False),
    ("file_name", "{W:vin}-{stem}", "", False),
    ("file_name", "{P:pascal}-{stem}", "", False),
    ("file_name", "{stem}-{H:mbi}", "", False),
    ("file_name", "{I:ipv4}_{stem}", "", False),
    ("file_name", "{P:name} - {stem}", "", False),
    ("file_name", "{stem}.{P:snake_upper}", "", False),
    # ---------------------------------------------------------------- metadata ($comment, x-*, annotations.title)
    ("metadata", "Fixture copied from the export for {P:name}, born {D:us}.", "$comment", True),
    ("metadata", "{E:email}", "x-owner", False),
    ("metadata", "{K:gho}", "x-test-account", False),
    ("metadata", "prod sample, remove before release: {S:dash}", "$comment", False),
    ("metadata", "{P:name}'s reservations", "annotations.title", False),
    ("metadata", "{T:us_paren}", "x-contact", False),
    ("metadata", "from device {V:imei}", "$comment", False),
    ("metadata", "{U:mychart}", "x-source", False),
    ("metadata", "allowlisted for the vendor: {I:ipv4}", "$comment", False),
    ("metadata", "Orders for {E:email}", "annotations.title", False),
    ("metadata", "{A:nz}", "x-example", False),
    ("metadata", "refund acct {C:iban_ch}", "$comment", False),
    ("metadata", "member {H:bcbs}", "$comment", True),
    ("metadata", "DL {L:mi_spaced} (kiosk test)", "$comment", True),
    ("metadata", "{W:vin}", "x-vehicle", False),
    ("metadata", "ZIP {Z:zip4}", "$comment", True),
    ("metadata", "{K:replicate}", "x-api-key", True),
    ("metadata", "{P:name_xpn}", "x-patient", True),
]

# ---------------------------------------------------------------- hard negatives: (surface, text or list, key, kind)
NEG_JOBS = [
    # category_label_key: keys that name PHI and hold none
    ("property_name", "patientDOB", "", "category_label_key"), ("property_name", "ssnLast4", "", "category_label_key"),
    ("property_name", "emergencyContactPhone", "", "category_label_key"),
    ("property_name", "subscriberMemberId", "", "category_label_key"),
    ("property_name", "driversLicenseState", "", "category_label_key"),
    ("property_name", "deviceImei", "", "category_label_key"), ("property_name", "vehicleVin", "", "category_label_key"),
    ("property_name", "clientIpAddress", "", "category_label_key"),
    ("property_name", "stripeApiKey", "", "category_label_key"),
    ("property_name", "homeAddressLine2", "", "category_label_key"),
    # format_regex
    ("pattern", "^(?!000|666)[0-8]\\d{2}-(?!00)\\d{2}-(?!0000)\\d{4}$", "ssn", "format_regex"),
    ("pattern", "^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\\d[AC-HJKMNP-RT-Y]{2}\\d{2}$", "mbi", "format_regex"),
    ("pattern", "^[A-HJ-NPR-Z0-9]{8}[0-9X][A-HJ-NPR-Z0-9]{8}$", "vin", "format_regex"),
    ("pattern", "^\\(?\\d{3}\\)?[-. ]?\\d{3}[-. ]?\\d{4}$", "value", "format_regex"),
    ("pattern", "^[A-Z]\\d{12}$", "dl", "format_regex"),
    ("pattern", "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", "email", "format_regex"),
    ("pattern", "^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$", "id", "format_regex"),
    ("pattern", "^sk-ant-[A-Za-z0-9_-]{20,}$", "apiKey", "format_regex"),
    ("pattern_property", "^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$", "", "format_regex"),
    ("pattern_property", "^\\d{5}(-\\d{4})?$", "", "format_regex"),
    # code_enum (each item its own label)
    ("enum", ["E11.9", "I10", "J45.909"], "diagnosis", "code_enum"),
    ("enum", ["4548-4", "2345-7"], "loinc", "code_enum"),
    ("enum", ["44054006", "38341003"], "snomed", "code_enum"),
    ("enum", ["860975", "197361"], "rxcui", "code_enum"),
    ("enum", ["99213", "99214"], "cpt", "code_enum"),
    ("enum", ["USD", "NZD", "ETB"], "currency", "code_enum"),
    ("enum", ["HT", "WS", "TO"], "country", "code_enum"),
    ("enum", ["mg/dL", "mmol/L"], "unit", "code_enum"),
    ("const", "9fceb02d0ae598e95dc970b74767f19372d61af8", "commit", "code_enum"),
    ("examples", ["0002-8215-01"], "ndc", "code_enum"),
    # reserved_placeholder
    ("examples", ["jane.roe@example.net"], "email", "reserved_placeholder"),
    ("default", "203.0.113.77", "value", "reserved_placeholder"),
    ("examples", ["2001:db8:85a3::8a2e:370:7334"], None, "reserved_placeholder"),
    ("default", "(406) 555-0137", "phone", "reserved_placeholder"),
    ("examples", ["07700 900461"], "mobile", "reserved_placeholder"),
    ("default", "4242 4242 4242 4242", "card", "reserved_placeholder"),
    ("const", "AKIAIOSFODNN7EXAMPLE", "value", "reserved_placeholder"),
    ("examples", ["Max Mustermann", "Erika Mustermann"], "name", "reserved_placeholder"),
    ("default", "Joe Bloggs", None, "reserved_placeholder"),
    ("enum", ["Jan Kowalski", "Fulano de Tal"], "value", "reserved_placeholder"),
    ("default", "<PATIENT_NAME>", "patient", "reserved_placeholder"),
    ("examples", ["{{member_id}}"], "memberId", "reserved_placeholder"),
    ("default", "REPLACE_WITH_YOUR_KEY", "apiKey", "reserved_placeholder"),
    ("description", "See https://example.org/Patient/123 for the shape.", "", "reserved_placeholder"),
    # version_date
    ("enum", ["gpt-4o-2024-08-06", "claude-3-5-sonnet-20241022"], "model", "version_date"),
    ("default", "2024-02-15-preview", "apiVersion", "version_date"),
    ("metadata", "2023-06-01", "x-api-version", "version_date"),
    ("description", "Deprecated since 2021-03-15; kept for old clients.", "", "version_date"),
    ("const", "20240918.3", "build", "version_date"),
    ("default", "4.2.1", "schemaVersion", "version_date"),
    ("title", "Release 2022-11-30", "", "version_date"),
    ("file_name", "2023-01-05_migration.{stem}", "", "version_date"),
    ("file_name", "0003_add_index.{stem}", "", "version_date"),
    # name_like_word
    ("enum", ["May", "June", "August"], "month", "name_like_word"),
    ("enum", ["Hope", "Faith", "Grace"], "program", "name_like_word"),
    ("enum", ["Eugene", "Tyler", "Marion"], "city", "name_like_word"),
    ("enum", ["Dell", "Ford", "Kia"], "brand", "name_like_word"),
    ("title", "PennyAuctionBid", "", "name_like_word"),
    ("title", "AmberAlertLevel", "", "name_like_word"),
    ("title", "JackConnectorType", "", "name_like_word"),
    # category words
    ("description", "Patient's driver's license number as printed, without spaces.", "", "category_words_text"),
    ("description", "Member ID from the front of the insurance card.", "", "category_words_text"),
    ("description", "Date of birth (YYYY-MM-DD). Required for minors.", "", "category_words_text"),
    ("title", "Emergency contact phone", "", "category_words_text"),
    ("metadata", "PHI: holds the subscriber SSN; encrypt at rest.", "$comment", "category_words_text"),
    ("tool_description", "Verifies the caller's date of birth and member ID before any claim lookup.", "", "category_words_text"),
    ("tool_name", "verify_member_eligibility", "", "tool_category_words"),
    ("tool_name", "lookup_patient_by_dob", "", "tool_category_words"),
    ("tool_name", "update_emergency_contact_phone", "", "tool_category_words"),
    ("tool_name", "get_vehicle_by_vin", "", "tool_category_words"),
    ("tool_name", "rotate_api_key", "", "tool_category_words"),
    ("file_name", "patient-contact-details.{stem}", "", "file_name_category_words"),
    ("file_name", "member-eligibility-{stem}", "", "file_name_category_words"),
    ("file_name", "ssn-masking-rules.{stem}", "", "file_name_category_words"),
]

KEY_TELLS = {  # a key "tells" a category when its name says what kind of value it holds
    "PERSON": r"name|patient|assigned|guardian|owner", "DATE_OF_BIRTH": r"dob|birth", "MRN": r"mrn|chart|medrec",
    "US_SSN": r"ssn|social", "PHONE_NUMBER": r"phone|tel$|mobile|fax|contact", "EMAIL_ADDRESS": r"e_?mail",
    "STREET_ADDRESS": r"address|street", "ZIP_CODE": r"zip|postal", "HEALTH_PLAN_ID": r"member|mbi|medicaid|medicare|subscriber|insur",
    "ACCOUNT_NUMBER": r"account|acct|iban|card|bank", "LICENSE_NUMBER": r"licen|^dl", "DEVICE_ID": r"device|serial|imei|mac|udi",
    "VEHICLE_ID": r"vin$|^vin|plate|vehicle", "IP_ADDRESS": r"^ip|_ip|ips$|ipaddress", "URL": r"url|homepage|link|profile",
    "SECRET": r"key|token|secret|password|connection",
}


def key_tells(key, cat):
    return bool(key) and bool(re.search(KEY_TELLS[cat], key, re.I))


TOOL_ONLY = {"tool_name", "tool_description"}


# ====================================================================== host model
class Host:
    def __init__(self, name, raw: bytes, row):
        self.name = name
        self.folder = name.split("/")[0]
        self.doc = json.loads(raw)
        self.row = row
        self.labels = []
        self.used = set()
        self.created = set()
        self.new_name = None
        self.tools = self._tools()

    def _tools(self):
        d = self.doc
        out = []  # (tool pointer prefix, name ptr, desc ptr, schema ptr)
        items = [("", d)] if isinstance(d, dict) and "inputSchema" in d else (
            [(f"/{i}", t) for i, t in enumerate(d)] if isinstance(d, list) else [])
        for p, t in items:
            if not isinstance(t, dict):
                continue
            if isinstance(t.get("function"), dict):
                out.append((p, p + "/function/name", p + "/function/description", p + "/function/parameters"))
            elif "input_schema" in t:
                out.append((p, p + "/name", p + "/description", p + "/input_schema"))
            elif "inputSchema" in t:
                out.append((p, p + "/name", p + "/description", p + "/inputSchema"))
            elif "parameters" in t:
                out.append((p, p + "/name", p + "/description", p + "/parameters"))
        return out

    @property
    def is_tool(self):
        return bool(self.tools)

    @property
    def is_mcp(self):
        return isinstance(self.doc, dict) and "inputSchema" in self.doc


def tok(k: str) -> str:
    return k.replace("~", "~0").replace("/", "~1")


def get(doc, ptr):
    node = doc
    for t in ptr.split("/")[1:] if ptr else []:
        t = t.replace("~1", "/").replace("~0", "~")
        node = node[int(t)] if isinstance(node, list) else node[t]
    return node


SUB_DICT = ("properties", "definitions", "$defs", "patternProperties")
SUB_ONE = ("items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames")
SUB_LIST = ("allOf", "anyOf", "oneOf", "prefixItems")


def schema_nodes(node, ptr, depth=0):
    if not isinstance(node, dict) or depth > 8:
        return
    yield ptr, node
    for k in SUB_DICT:
        if isinstance(node.get(k), dict):
            for name, sub in node[k].items():
                yield from schema_nodes(sub, f"{ptr}/{k}/{tok(name)}", depth + 1)
    for k in SUB_ONE:
        if isinstance(node.get(k), dict):
            yield from schema_nodes(node[k], f"{ptr}/{k}", depth + 1)
    for k in SUB_LIST:
        if isinstance(node.get(k), list):
            for i, sub in enumerate(node[k]):
                yield from schema_nodes(sub, f"{ptr}/{k}/{i}", depth + 1)


class Planter:
    def __init__(self, rng, gen):
        self.r = rng
        self.g = gen

    # ---------------------------------------------------------- helpers
    def roots(self, host):
        if host.is_tool:
            return [(sp, get(host.doc, sp)) for _p, _n, _d, sp in host.tools]
        return [("", host.doc)]

    def nodes(self, host):
        out = []
        for rp, root in self.roots(host):
            out += list(schema_nodes(root, rp))
        return out

    def obj_nodes(self, host):
        """schema nodes that carry a properties dict (where a new property can go)"""
        c = [(p, n) for p, n in self.nodes(host) if isinstance(n.get("properties"), dict)]
        if not c:
            rp, root = self.roots(host)[0]
            root.setdefault("properties", {})
            c = [(rp, root)]
        return c

    def leaf_props(self, host):
        out = []
        for p, n in self.nodes(host):
            if isinstance(n.get("properties"), dict):
                for k, v in n["properties"].items():
                    if isinstance(v, dict) and not any(x in v for x in ("properties", "enum", "const", "examples", "default", "pattern")):
                        out.append((f"{p}/properties/{tok(k)}", v, k))
        return out

    def new_prop(self, host, key, schema):
        cands = self.obj_nodes(host)
        p, n = self.r.choice(cands)
        k = key
        i = 2
        while k in n["properties"]:
            k = f"{key}{i}"
            i += 1
        n["properties"][k] = schema
        host.created.add(f"{p}/properties/{tok(k)}")
        return f"{p}/properties/{tok(k)}", k

    def target_prop(self, host, key, kw):
        """(pointer of the property schema, key used) -- existing host property when key is None"""
        if key is None:
            leaves = [x for x in self.leaf_props(host) if x[0] + "/" + kw not in host.used and x[0] not in host.created]
            strs = [x for x in leaves if x[1].get("type") in ("string", "STRING", None)]
            pick = strs or leaves
            if pick:
                p, v, k = self.r.choice(pick)
                return p, k
            key = self.r.choice(["value", "note", "details", "id", "ref"])
        p, k = self.new_prop(host, key, {"type": "string"})
        return p, k

    # ---------------------------------------------------------- fill a template
    def fill(self, template, ctx, stem=None):
        """-> (text, [(cat, value, kind, raw)]) ; same-category slots in one string are joined"""
        parts, vals = [], []
        pos = 0
        seen = set()
        for m in SLOT.finditer(template):
            parts.append(template[pos:m.start()])
            code, kind = m.group(1), m.group(2)
            if code in seen:  # a second value of one category: another person / date / place
                ctx = self.fresh_ctx()
            seen.add(code)
            v, k = getattr(self.g, code)(kind, ctx)
            if kind.endswith("_esc"):
                raw = v.replace("\\", "")
            else:
                raw = None
            parts.append(v)
            vals.append((CAT[code], v, k, raw))
            pos = m.end()
        parts.append(template[pos:])
        text = "".join(parts)
        text = text.replace("{{", "{").replace("}}", "}")
        if "{routing}" in text:
            text = text.replace("{routing}", ctx["routing"])
        if stem is not None:
            text = text.replace("{stem}", stem)
        return text, vals

    def fresh_ctx(self):
        return {"person": None}

    # ---------------------------------------------------------- apply one job
    def apply(self, host, job, neg_kind=None):
        surface, template, key, cue = job
        r = self.r
        ctx = self.fresh_ctx()
        labels = []  # (pointer, surface, cat, value, kind, raw, placement)

        def lab(ptr, surf, vals, placement):
            bycat = {}
            for cat, v, k, raw in vals:
                bycat.setdefault(cat, []).append((v, k, raw))
            for cat, items in bycat.items():
                _x, kk, cu = placement
                pl = "key_cue" if key_tells(kk, cat) else ("text_cue" if cu and cat != "PERSON" else "no_cue")
                if len(items) == 1:
                    v, k, raw = items[0]
                else:
                    in_re = surf in ("pattern", "pattern_property")
                    v = ("|" if in_re else " | ").join(x[0] for x in items)
                    k = "literal_alternation" if in_re else items[0][1]
                    raw = " | ".join((x[2] or x[0]) for x in items) if in_re else None
                labels.append((ptr, surf, cat, v, k, raw, pl))

        def placement_for(kind_key):
            if neg_kind:
                return None
            return ("key", kind_key, cue)

        if surface in ("description", "tool_description"):
            text, vals = (template, []) if neg_kind else self.fill(template, ctx)
            if surface == "tool_description":
                _p, _n, dptr, _s = r.choice([t for t in host.tools if t[2] not in host.used])
                node = get(host.doc, dptr.rsplit("/", 1)[0])
                old = node.get("description") or ""
                old = old.rstrip()
                if old and old[-1] not in ".!?:;)":
                    old += "."
                node["description"] = (old + ("\n\n" if r.random() < 0.3 else " ") + text).strip()
                ptr = dptr
            else:
                cands = [(p, n) for p, n in self.nodes(host) if isinstance(n.get("description"), str)
                         and f"{p}/description" not in host.used and p not in host.created]
                if cands:
                    p, n = r.choice(cands)
                    old = n["description"].rstrip()
                    if old and old[-1] not in ".!?:;)":
                        old += "."
                    n["description"] = old + " " + text
                else:
                    free = [(p, n) for p, n in self.nodes(host) if f"{p}/description" not in host.used and p not in host.created]
                    if free:
                        p, n = r.choice(free)
                    else:
                        p, _k = self.new_prop(host, r.choice(["note", "details", "value"]), {"type": "string"})
                        n = get(host.doc, p)
                    n["description"] = text
                ptr = f"{p}/description"
            host.used.add(ptr)
            if neg_kind:
                return [(ptr, surface, "NONE", template, neg_kind, None, None)]
            lab(ptr, surface, vals, placement_for(None))
            return labels

        if surface in ("examples", "enum"):
            items = template
            if neg_kind:
                filled = [(t, []) for t in items]
            else:
                filled = []
                for i, t in enumerate(items):
                    if i and SLOT.search(t):
                        ctx = self.fresh_ctx()
                    filled.append(self.fill(t, ctx))
            pptr, k = self.target_prop(host, key, surface)
            node = get(host.doc, pptr)
            arr = node.setdefault(surface, [])
            base = len(arr)
            arr.extend(t for t, _ in filled)
            if surface == "enum" and node.get("type") not in ("string", None):
                node["type"] = "string"
            for i, (t, vals) in enumerate(filled):
                ptr = f"{pptr}/{surface}/{base + i}"
                if neg_kind:
                    if i < 2:
                        labels.append((ptr, surface, "NONE", t, neg_kind, None, None))
                elif vals:
                    lab(ptr, surface, vals, placement_for(k if key is not None else k))
            host.used.add(f"{pptr}/{surface}")
            return labels

        if surface in ("default", "const", "pattern"):
            if neg_kind:
                text, vals = template, []
            else:
                text, vals = self.fill(template, ctx)
            pptr, k = self.target_prop(host, key, surface)
            node = get(host.doc, pptr)
            node[surface] = text
            if node.get("type") not in ("string", None, "STRING"):
                node["type"] = "string"
            ptr = f"{pptr}/{surface}"
            host.used.add(ptr)
            if neg_kind:
                return [(ptr, surface, "NONE", text, neg_kind, None, None)]
            lab(ptr, surface, vals, placement_for(k))
            return labels

        if surface == "pattern_property":
            text, vals = (template, []) if neg_kind else self.fill(template, ctx)
            p, n = r.choice(self.obj_nodes(host))
            n.setdefault("patternProperties", {})[text] = {"type": "string"} if r.random() < 0.6 else {"type": "object"}
            ptr = f"{p}/patternProperties/{tok(text)}"
            if neg_kind:
                return [(ptr, surface, "NONE", text, neg_kind, None, None)]
            lab(ptr, surface, vals, placement_for(None))
            return labels

        if surface == "property_name":
            text, vals = (template, []) if neg_kind else self.fill(template, ctx)
            schema = r.choice([{"type": "string"}, {"type": "object"}, {"type": "boolean"}, {"type": "array", "items": {"type": "string"}}])
            ptr, k = self.new_prop(host, text, schema)
            assert k == text
            if neg_kind:
                return [(ptr, surface, "NONE", text, neg_kind, None, None)]
            lab(ptr, surface, vals, placement_for(None))
            return labels

        if surface == "title":
            text, vals = (template, []) if neg_kind else self.fill(template, ctx)
            cands = [(p, n) for p, n in self.nodes(host) if f"{p}/title" not in host.used]
            roots = [c for c in cands if c[0] in [rp for rp, _ in self.roots(host)]]
            p, n = r.choice(roots) if roots and r.random() < 0.5 else r.choice(cands)
            n["title"] = text
            ptr = f"{p}/title"
            host.used.add(ptr)
            if neg_kind:
                return [(ptr, surface, "NONE", text, neg_kind, None, None)]
            lab(ptr, surface, vals, placement_for(None))
            return labels

        if surface == "tool_name":
            text, vals = (template, []) if neg_kind else self.fill(template, ctx)
            _p, nptr, _d, _s = r.choice([t for t in host.tools if t[1] not in host.used])
            node = get(host.doc, nptr.rsplit("/", 1)[0])
            node["name"] = text
            host.used.add(nptr)
            if neg_kind:
                return [(nptr, surface, "NONE", text, neg_kind, None, None)]
            lab(nptr, surface, vals, placement_for(None))
            return labels

        if surface == "file_name":
            stem = host.name.split("/", 1)[1][:-5]
            text, vals = (template.replace("{stem}", stem), []) if neg_kind else self.fill(template, ctx, stem=stem)
            if not text.endswith(".json"):
                text += ".json"
            host.new_name = host.folder + "/" + text
            if neg_kind:
                return [("", surface, "NONE", text.split(stem)[0].rstrip(".-_ ") or text, neg_kind, None, None)]
            lab("", surface, vals, placement_for(None))
            return labels

        if surface == "metadata":
            text, vals = (template, []) if neg_kind else self.fill(template, ctx)
            if key == "annotations.title":
                host.doc.setdefault("annotations", {})["title"] = text
                ptr = "/annotations/title"
            else:
                if host.is_tool:
                    # a tool: put the note on a tool's input schema root
                    p, n = r.choice(self.roots(host))
                else:
                    cands = self.nodes(host)
                    p, n = cands[0] if r.random() < 0.6 else r.choice(cands)
                k = key
                if k in n:
                    free = [(pp, nn) for pp, nn in (self.nodes(host) if not host.is_tool else self.roots(host)) if key not in nn]
                    if free:
                        p, n = r.choice(free)
                    else:
                        i = 2
                        while f"x-note-{i}" in n:
                            i += 1
                        k = f"x-note-{i}"
                n[k] = text
                ptr = f"{p}/{tok(k)}"
            host.used.add(ptr)
            if neg_kind:
                return [(ptr, surface, "NONE", text, neg_kind, None, None)]
            lab(ptr, surface, vals, placement_for(key if key.startswith("x-") else None))
            return labels
        raise ValueError(surface)


# ====================================================================== build
def load_sources():
    rows = [json.loads(l) for l in (SRC / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    for r in rows:
        raw = (SRC / r["file"]).read_bytes()
        if hashlib.sha256(raw).hexdigest() != r["sha256"]:
            raise SystemExit(f"sources/{r['file']} does not match its recorded sha256")
    return rows


def compatible(host: Host, job, neg=False):
    surface, _t, key, _c = job
    if surface == "tool_name":
        return host.is_tool and any(t[1] not in host.used for t in host.tools)
    if surface == "tool_description":
        return host.is_tool and any(t[2] not in host.used for t in host.tools)
    if surface == "metadata" and key == "annotations.title":
        return host.is_mcp and "annotations" not in host.doc
    if surface == "file_name":
        return host.new_name is None
    return True


def build():
    rows = load_sources()
    for d in (REAL, PLANTED):
        if d.exists():
            shutil.rmtree(d)
    # ---------------- real/
    real_rows = []
    for r in rows:
        if r["role"] == "real":
            (REAL / r["file"]).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(SRC / r["file"], REAL / r["file"])
            real_rows.append({k: r[k] for k in ("file", "source", "licence", "transformation", "sha256") if k in r}
                             | ({"pointer": r["pointer"]} if "pointer" in r else {}))
    (REAL / "MANIFEST.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in real_rows), encoding="utf-8")
    # ---------------- planted/
    rng = random.Random(SEED)
    names = Names(random.Random(SEED + "names"))
    gen = Gen(random.Random(SEED + "values"), names)
    planter = Planter(random.Random(SEED + "place"), gen)
    hosts = [Host(r["file"], (SRC / r["file"]).read_bytes(), r) for r in rows if r["role"] == "host"]
    hosts.sort(key=lambda x: h("host" + x.name))
    jobs = [(j, None) for j in JOBS] + [((s, t, k, False), kind) for s, t, k, kind in NEG_JOBS]
    rng.shuffle(jobs)
    # tool-only and MCP jobs first, so they find their hosts
    jobs.sort(key=lambda jk: 0 if (jk[0][0] in TOOL_ONLY or jk[0][2] == "annotations.title") else 1)
    load = {x.name: 0 for x in hosts}
    all_labels = []
    for job, neg_kind in jobs:
        cands = [x for x in hosts if compatible(x, job) and load[x.name] < 4]
        if not cands:
            raise SystemExit(f"no host for {job}")
        low = min(load[x.name] for x in cands)
        pool = [x for x in cands if load[x.name] == low]
        host = pool[rng.randrange(len(pool))]
        labs = planter.apply(host, job, neg_kind)
        for lb in labs:
            host.labels.append(lb)
        load[host.name] += max(1, len(labs))
    n = 0
    for host in hosts:
        out_name = host.new_name or host.name
        (PLANTED / out_name).parent.mkdir(parents=True, exist_ok=True)
        raw = dump(host.doc)
        if len(raw) > 200_000:
            raise SystemExit(f"{out_name} is over 200 kB")
        (PLANTED / out_name).write_bytes(raw)
        for ptr, surf, cat, val, kind, raw_v, placement in host.labels:
            n += 1
            lab = {"id": f"third-{n:04d}", "file": out_name, "pointer": ptr, "surface": surf, "category": cat,
                   "value": val, "kind": kind, "base": host.row["source"]}
            if raw_v is not None and raw_v != val:
                lab["raw"] = raw_v
            if placement:
                lab["placement"] = placement
            all_labels.append(lab)
    (PLANTED / "labels.jsonl").write_text("".join(json.dumps(l, ensure_ascii=False) + "\n" for l in all_labels), encoding="utf-8")
    pos = [l for l in all_labels if l["category"] != "NONE"]
    print(f"planted {len(hosts)} files, {len(pos)} positive labels, {len(all_labels) - len(pos)} hard negatives; real {len(real_rows)} files")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--collect", action="store_true", help="re-read the pinned snapshots into sources/ first")
    a = ap.parse_args()
    if a.collect or not (SRC / "MANIFEST.jsonl").exists():
        collect()
    build()
