"""Deterministic builder of the seventh set: sources/ -> planted/ + real/ (stdlib + phonenumbers)."""
import copy, datetime, hashlib, json, random, re, shutil, sys
from pathlib import Path

import phonenumbers
import values as V

SEED = 70707
HERE = Path(__file__).resolve().parent
SRC, PLANTED, REAL = HERE / "sources", HERE / "planted", HERE / "real"
SURFACES = ["property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples",
            "default", "tool_name", "tool_description", "file_name", "metadata"]
CATS = ["PERSON", "US_SSN", "MRN", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "DATE_OF_BIRTH",
        "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID", "IP_ADDRESS", "URL", "SECRET"]
KEY_SURFACES = {"property_name", "pattern_property", "tool_name", "file_name"}
NO_KEY_CATS = {"EMAIL_ADDRESS", "URL", "STREET_ADDRESS"}
N_POS = 195
TOOL_FORMATS = ["anthropic-tools", "anthropic-messages", "openai-chat", "langchain-functions", "mcp-tools-list", "gemini"]
SCHEMA_FORMATS = ["jsonschema", "openapi-components"]

WORDLIKE = {"Hope", "Faith", "Grace", "Summer", "Autumn", "Jordan", "Paris", "Sydney", "Austin", "Dallas", "Chase",
            "Hunter", "Mason", "Destiny", "Trinity", "Heaven", "Angel", "Jade", "Ruby", "Amber", "Crystal", "April",
            "May", "June", "Taylor", "Brooklyn", "Savannah", "Madison", "Victoria", "Charity", "Mercedes", "Porsche",
            "Lincoln", "Georgia", "Carolina", "Virginia", "Dakota", "Cameron", "Logan", "Skyler", "Hailey", "Haven",
            "Rose", "Lily", "Ivy", "Violet", "Dawn", "Bishop", "Marshall", "Major", "Sterling", "Penny", "Wade", "Will",
            "Bill", "Jack", "Frank", "Rich", "Miles", "Young", "White", "Brown", "Green", "Black", "King", "Long",
            "Price", "Banks", "Rice", "Hill", "Wood", "Stone", "Ford", "Cook", "Baker", "Hunt", "Bell", "Day", "Rose",
            "Sol", "Luz", "Dolores", "Amparo", "Consuelo", "Rosario", "Pilar", "Mar", "Ola", "Kari", "Juan"}


def esc(tok):
    return tok.replace("~", "~0").replace("/", "~1")


def ptr(*toks):
    return "".join("/" + esc(str(t)) for t in toks)


def get(doc, p):
    node = doc
    for t in [x.replace("~1", "/").replace("~0", "~") for x in p.split("/")[1:]] if p else []:
        node = node[int(t)] if isinstance(node, list) else node[t]
    return node


# ====================================================================== sources
def load_sources():
    man = [json.loads(l) for l in open(SRC / "MANIFEST.jsonl")]
    for m in man:
        h = hashlib.sha256((SRC / m["file"]).read_bytes()).hexdigest()
        if h != m["sha256"]:
            sys.exit(f"source changed: {m['file']}")
    return {m["file"]: m for m in man}


def names():
    ld = lambda f: [x for x in next(v for v in json.load(open(SRC / "names" / f)).values() if isinstance(v, list))]
    ok = lambda xs: sorted({x for x in xs if x not in WORDLIKE and " " not in x and len(x) > 2})
    return {"us_first": ok(ld("firstNames.json")), "us_last": ok(ld("lastNames.json")),
            "es_first": ok(ld("spanishFirstNames.json")), "es_last": ok(ld("spanishLastNames.json")),
            "no_first": ok(ld("norwayFirstNamesBoys.json") + ld("norwayFirstNamesGirls.json")),
            "no_last": ok(ld("norwayLastNames.json"))}


# ====================================================================== units
def refs_of(o, acc):
    if isinstance(o, dict):
        r = o.get("$ref")
        if isinstance(r, str) and r.startswith("#/components/schemas/"):
            acc.append(r.rsplit("/", 1)[1])
        for v in o.values():
            refs_of(v, acc)
    elif isinstance(o, list):
        for v in o:
            refs_of(v, acc)


def closure(comps, name):
    seen, todo = [], [name]
    while todo:
        n = todo.pop(0)
        if n in seen or n not in comps:
            continue
        seen.append(n)
        acc = []
        refs_of(comps[n], acc)
        todo += acc
    return seen


def rewrite_refs(o, prefix):
    if isinstance(o, dict):
        return {k: (prefix + v.rsplit("/", 1)[1] if k == "$ref" and isinstance(v, str) and v.startswith("#/components/schemas/")
                    else rewrite_refs(v, prefix)) for k, v in o.items()}
    if isinstance(o, list):
        return [rewrite_refs(v, prefix) for v in o]
    return o


def inline(o, comps, depth=0):
    if isinstance(o, dict):
        r = o.get("$ref")
        if isinstance(r, str) and r.startswith("#/components/schemas/"):
            n = r.rsplit("/", 1)[1]
            if depth >= 2 or n not in comps:
                t = {"type": "object"}
                if isinstance(comps.get(n, {}).get("description"), str):
                    t["description"] = comps[n]["description"]
                return t
            return inline(comps[n], comps, depth + 1)
        return {k: inline(v, comps, depth) for k, v in o.items()}
    if isinstance(o, list):
        return [inline(v, comps, depth) for v in o]
    return o


SOURCES = [("adyen-le", "hosts/adyen-LegalEntityService-v3.json"), ("adyen-bp", "hosts/adyen-BalancePlatformService-v2.json"),
           ("square", "hosts/square-api.subset.json")]


def build_units(man):
    schema_units, op_units = [], []
    for tag, f in SOURCES:
        spec = json.load(open(SRC / f))
        comps = spec["components"]["schemas"]
        base = f"{man[f]['repo']}@{man[f]['commit']}:{man[f]['path']}"
        for name in sorted(comps):
            s = comps[name]
            if not isinstance(s, dict) or not isinstance(s.get("properties"), dict) or len(s["properties"]) < 2:
                continue
            cl = closure(comps, name)
            if len(cl) > 25:
                continue
            size = len(json.dumps([comps[c] for c in cl]))
            if size > 60000 or size < 400:
                continue
            schema_units.append({"src": tag, "name": name, "closure": cl, "comps": comps,
                                 "base": f"{base}#/components/schemas/{name}", "spec_version": spec["openapi"]})
        for path in sorted(spec["paths"]):
            for meth, op in sorted(spec["paths"][path].items()):
                if not isinstance(op, dict) or "operationId" not in op:
                    continue
                tool = op_to_tool(op, comps)
                if tool is None:
                    continue
                tool["base"] = f"{base}#/paths/{esc(path)}/{meth}"
                tool["src"] = tag
                op_units.append(tool)
    return schema_units, op_units


def op_to_tool(op, comps):
    props, req = {}, []
    for prm in op.get("parameters", []):
        if "$ref" in prm or prm.get("in") not in ("path", "query"):
            continue
        sch = inline(copy.deepcopy(prm.get("schema", {"type": "string"})), comps)
        if prm.get("description"):
            sch["description"] = prm["description"]
        props[prm["name"]] = sch
        if prm.get("required"):
            req.append(prm["name"])
    body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    if body:
        b = inline(copy.deepcopy(body), comps)
        for k, v in (b.get("properties") or {}).items():
            props.setdefault(k, v)
        req += [r for r in b.get("required", []) if r in props and r not in req]
    if not props:
        return None
    name = re.sub(r"[^A-Za-z0-9_-]", "_", op["operationId"])[:48]
    desc = (op.get("summary", "") + ("\n\n" if op.get("summary") and op.get("description") else "") + op.get("description", "")).strip()
    if len(desc) > 1500:
        desc = desc[:1500].rsplit(" ", 1)[0]
    schema = {"type": "object", "properties": props}
    if req:
        schema["required"] = req
    if len(json.dumps(schema)) > 40000:
        return None
    return {"name": name, "description": desc or name, "schema": schema}


def render_schema(u, fmt):
    comps = u["comps"]
    if fmt == "jsonschema":
        draft = "https://json-schema.org/draft/2020-12/schema" if u["spec_version"].startswith("3.1") else "http://json-schema.org/draft-07/schema#"
        key = "$defs" if "2020" in draft else "definitions"
        doc = {"$schema": draft, "title": u["name"]}
        doc.update(rewrite_refs(copy.deepcopy(comps[u["name"]]), f"#/{key}/"))
        defs = {c: rewrite_refs(copy.deepcopy(comps[c]), f"#/{key}/") for c in u["closure"][1:]}
        if defs:
            doc[key] = defs
        return doc, ""
    doc = {"openapi": u["spec_version"], "info": {"title": u["name"], "version": "1"}, "paths": {},
           "components": {"schemas": {c: copy.deepcopy(comps[c]) for c in u["closure"]}}}
    return doc, ptr("components", "schemas", u["name"])


def render_tools(tools, fmt, rng):
    """-> doc, list of per-tool dicts with name/desc/schema pointers (and meta pointer if any)."""
    T = [{"name": t["name"], "description": t["description"], "schema": copy.deepcopy(t["schema"])} for t in tools]
    acc = []
    if fmt == "anthropic-tools":
        doc = [{"name": t["name"], "description": t["description"], "input_schema": t["schema"]} for t in T]
        acc = [(ptr(i, "name"), ptr(i, "description"), ptr(i, "input_schema"), None) for i in range(len(T))]
    elif fmt == "anthropic-messages":
        doc = {"model": "claude-sonnet-4-5", "max_tokens": 1024,
               "metadata": {"user_id": "usr_" + V.rd(rng, 12, "0123456789abcdef")},
               "messages": [{"role": "user", "content": "Use the tools to handle the request in the ticket."}],
               "tools": [{"name": t["name"], "description": t["description"], "input_schema": t["schema"]} for t in T]}
        acc = [(ptr("tools", i, "name"), ptr("tools", i, "description"), ptr("tools", i, "input_schema"), "/metadata/user_id") for i in range(len(T))]
    elif fmt == "openai-chat":
        doc = {"model": "gpt-4.1", "messages": [{"role": "user", "content": "Handle the request in the ticket."}],
               "tools": [{"type": "function", "function": {"name": t["name"], "description": t["description"],
                                                           "parameters": t["schema"]}} for t in T]}
        acc = [(ptr("tools", i, "function", "name"), ptr("tools", i, "function", "description"),
                ptr("tools", i, "function", "parameters"), None) for i in range(len(T))]
    elif fmt == "langchain-functions":
        doc = [{"name": t["name"], "description": t["description"], "parameters": t["schema"]} for t in T]
        acc = [(ptr(i, "name"), ptr(i, "description"), ptr(i, "parameters"), None) for i in range(len(T))]
    elif fmt == "mcp-tools-list":
        doc = {"jsonrpc": "2.0", "id": rng.randint(2, 99), "result": {"tools": [
            {"name": t["name"], "description": t["description"], "inputSchema": t["schema"],
             "annotations": {"title": t["name"].replace("_", " ").replace("-", " ").strip(), "readOnlyHint": t["name"].lower().startswith(("get", "list", "retrieve", "search"))}}
            for t in T]}}
        acc = [(ptr("result", "tools", i, "name"), ptr("result", "tools", i, "description"),
                ptr("result", "tools", i, "inputSchema"), ptr("result", "tools", i, "annotations", "title")) for i in range(len(T))]
    elif fmt == "gemini":
        doc = {"contents": [{"role": "user", "parts": [{"text": "Handle the request in the ticket."}]}],
               "tools": [{"functionDeclarations": [{"name": t["name"], "description": t["description"],
                                                    "parametersJsonSchema": t["schema"]} for t in T]}],
               "toolConfig": {"functionCallingConfig": {"mode": "AUTO"}}}
        acc = [(ptr("tools", 0, "functionDeclarations", i, "name"), ptr("tools", 0, "functionDeclarations", i, "description"),
                ptr("tools", 0, "functionDeclarations", i, "parametersJsonSchema"), None) for i in range(len(T))]
    return doc, acc


# ====================================================================== vocabularies
CUE_KEYS = {
    "PERSON": ["EmployeeLegalName", "policyholder_name", "INSURED_NAME_4", "box2PatientName", "rx_pat_nm", "RECIP_NAME",
               "payeeFullName", "fl8bPatientName", "subscriber_nm", "EE_PREFERRED_NAME"],
    "DATE_OF_BIRTH": ["box3_patient_birth_date", "EE_DOB", "policyholderBirthDt", "RECIP_BIRTH_DT", "fl10BirthDate",
                      "pt_dob_lis", "insuredDob11a", "emp_birthdate"],
    "MRN": ["lis_pt_mrn", "PATIENT_MRN_NO", "fl3bMedRecNo", "chartNo", "rx_pat_chart", "HOSP_MR_NUM"],
    "US_SSN": ["employee_ssn", "EE_SSN", "w2BoxA_ssn", "policyholderSSN", "taxpayer_ssn", "RECIP_SSN"],
    "PHONE_NUMBER": ["box5_telephone", "ee_cell_phone", "pharmacyCallbackNo", "policyholder_phone", "emergContactTel", "RECIP_PHONE_NUM"],
    "EMAIL_ADDRESS": ["ee_personal_email", "policyholderEmail", "remitToEmail", "PORTAL_LOGIN_EMAIL"],
    "STREET_ADDRESS": ["box5_patient_address", "ee_home_address", "INSURED_ADDR_7", "fl9PatientAddress", "mailingAddressLine1"],
    "ZIP_CODE": ["box5_zip_code", "EE_ZIP", "fl9eZip", "RECIP_ZIP_CD", "policyholderPostal"],
    "HEALTH_PLAN_ID": ["box1a_insured_id_number", "fl60InsuredUniqueId", "MEDICAID_RECIP_ID", "mbi", "memberNbr", "cardholder_id"],
    "ACCOUNT_NUMBER": ["payroll_dda_account", "directDepositAcct", "box26PatientAcctNo", "EE_IBAN", "card_pan", "fl3aPatCntlNo"],
    "LICENSE_NUMBER": ["ee_drivers_license", "i9ListB_dl_number", "policyholderDLNo", "DL_NUM"],
    "DEVICE_ID": ["pump_serial_no", "implantSerial", "device_imei", "handsetMEID", "udi_hibc", "cgmTransmitterSn"],
    "VEHICLE_ID": ["vin", "insured_vehicle_vin", "fleetVehicleVIN", "AUTO_POLICY_VIN"],
    "IP_ADDRESS": ["last_login_ip", "clientIpAddr", "punch_clock_ip", "x_forwarded_for"],
    "URL": ["profile_url", "fundraiserLink", "ee_social_link", "portalDeepLink"],
    "SECRET": ["payroll_api_key", "clientSecret", "svc_password", "hrisDbConn", "webhookSigningSecret"],
}
GENERIC_KEYS = ["value", "sample", "note", "ref", "memo", "label", "source", "legacy", "tag", "hint", "fixture", "seed"]
NOCUE_WRAP = ["Migrated from the HRIS export: {v}.", "Left in by the payroll sandbox run: {v}", "Copied from ticket 4471 ({v}).",
              "Escalations go to {v}.", "Backfill sample - {v}", "Pilot data: {v}"]
TEXT_WRAP = ["Claims backfill sample - {c}.", "From the payroll import: {c}", "Seen in the UB-04 batch: {c}.",
             "Debug note, remove: {c}", "{c} (reported by the onboarding run)"]
CUE_TEXT = {
    "DATE_OF_BIRTH": ["Box 3 patient's birth date {v}", "EE DOB {v} per the I-9", "policyholder born {v}",
                      "11a Insured's Date of Birth {v}", "date of birth {v}"],
    "MRN": ["UB-04 FL 3b medical record no. {v}", "LIS MRN {v}", "chart # {v}", "MRN {v}"],
    "US_SSN": ["employee SSN {v}", "W-2 box a SSN {v}", "social security no. {v}"],
    "ZIP_CODE": ["Box 5 ZIP code {v}", "home ZIP {v}", "mailing zip {v}"],
    "HEALTH_PLAN_ID": ["{L} {v}"],
    "ACCOUNT_NUMBER": ["{L} {v}"],
    "LICENSE_NUMBER": ["{L} {v}"],
    "DEVICE_ID": ["{L} {v}"],
    "SECRET": ["{L} {v}"],
    "PERSON": ["policyholder {v}", "insured's name (box 4) {v}", "employee {v}"],
    "PHONE_NUMBER": ["box 5 telephone {v}", "cell {v}", "callback phone {v}"],
    "EMAIL_ADDRESS": ["personal e-mail {v}", "email {v}"],
    "STREET_ADDRESS": ["home address {v}", "box 5 patient's address {v}"],
    "VEHICLE_ID": ["insured vehicle VIN {v}", "VIN {v}"],
    "IP_ADDRESS": ["last login IP {v}", "punch clock IP {v}"],
    "URL": ["profile {v}", "fundraiser {v}"],
}
KEY_PREFIX = {"DATE_OF_BIRTH": ["dob_", "birthDt", "DOB_", "bday-"], "MRN": ["mrn_", "MedRec", "chart-"],
              "US_SSN": ["ssn_", "SSN", "ss-"], "ZIP_CODE": ["zip_", "Zip", "ZIP-"], "HEALTH_PLAN_ID": ["mbr_", "MBI", "cin-"],
              "ACCOUNT_NUMBER": ["acct_", "Iban", "pan-"], "LICENSE_NUMBER": ["dl_", "DL", "lic-"],
              "DEVICE_ID": ["imei_", "Serial", "meid-"], "PHONE_NUMBER": ["tel_", "Cell", "phone-"],
              "IP_ADDRESS": ["ip_", "Ip", "ipv4-"], "SECRET": ["key_", "Token", "secret-"]}


# ====================================================================== values
class Gen:
    def __init__(self, rng, nm):
        self.r, self.nm = rng, nm
        self.i = {}

    def cyc(self, key, seq):
        j = self.i.get(key, 0)
        self.i[key] = j + 1
        return seq[j % len(seq)]

    def person_parts(self):
        kind = self.cyc("pcult", ["us", "no", "es", "us", "no", "es", "mix"])
        r = self.r
        if kind == "us":
            return r.choice(self.nm["us_first"]), r.choice(self.nm["us_last"]), None
        if kind == "no":
            return r.choice(self.nm["no_first"]), r.choice(self.nm["no_last"]), None
        if kind == "es":
            return r.choice(self.nm["es_first"]), r.choice(self.nm["es_last"]), r.choice(self.nm["es_last"])
        return r.choice(self.nm["no_first"]), r.choice(self.nm["es_last"]), None

    def dob(self):
        return datetime.date(1931, 1, 1) + datetime.timedelta(days=self.r.randint(0, 27000))

    def value(self, cat, keyish):
        """-> dict(v, kind, needs_cue, label for cue text). keyish: value must fit in a key/tool name/file name."""
        r = self.r
        if cat == "PERSON":
            f, l, l2 = self.person_parts()
            fa, la = V.fold(f), V.fold(l)
            if keyish:
                k = self.cyc("pjoin", ["snake", "camel", "kebab", "pascal", "scream", "dot", "initial"])
                v = {"snake": f"{fa.lower()}_{la.lower()}", "camel": f"{fa.lower()}{la}", "kebab": f"{fa.lower()}-{la.lower()}",
                     "pascal": f"{fa}{la}", "scream": f"{la.upper()}_{fa.upper()}", "dot": f"{fa.lower()}.{la.lower()}",
                     "initial": f"{fa[0].lower()}{la.lower()}"}[k]
                return dict(v=v, kind="name_" + k + "_joined", cue=False)
            k = self.cyc("pform", ["natural", "comma_caps", "initials", "slash", "lower", "spanish_double", "natural_mid", "alternation"])
            if k == "spanish_double":
                f, l, l2 = r.choice(self.nm["es_first"]), r.choice(self.nm["es_last"]), r.choice(self.nm["es_last"])
                return dict(v=f"{f} {l} {l2}", kind="name_spanish_double", cue=False)
            if k == "natural_mid":
                m = r.choice(self.nm["no_first"] if l2 is None else self.nm["es_first"])
                return dict(v=f"{f} {m[0]}. {l}", kind="name_middle_initial", cue=False)
            v = {"natural": f"{f} {l}", "comma_caps": f"{l.upper()}, {f.upper()}", "initials": f"{f[0]}. {r.choice('ABCDEFGHJKLMNPRST')}. {l}",
                 "slash": f"{l}/{f}", "lower": f"{f.lower()} {l.lower()}", "alternation": f"{f} {l}"}[k]
            return dict(v=v, kind="name_" + k, cue=False)
        if cat == "DATE_OF_BIRTH":
            d = self.dob()
            if keyish:
                k = self.cyc("djoin", ["ymd", "mdy", "y_m_d"])
                v = {"ymd": d.strftime("%Y%m%d"), "mdy": d.strftime("%m%d%Y"), "y_m_d": d.strftime("%Y_%m_%d")}[k]
                return dict(v=v, kind="dob_" + k + "_joined", cue=True)
            k = self.cyc("dform", ["cms1500_spaced", "slash_ymd", "weekday_long", "day_month_year", "unpadded_mdy", "unpadded_iso", "dotted_dmy", "ordinal"])
            v = {"cms1500_spaced": d.strftime("%m %d %Y"), "slash_ymd": d.strftime("%Y/%m/%d"),
                 "weekday_long": f"{d.strftime('%A, %B')} {d.day}, {d.year}", "day_month_year": f"{d.day} {d.strftime('%B %Y')}",
                 "unpadded_mdy": f"{d.month}-{d.day}-{d.year}", "unpadded_iso": f"{d.year}-{d.month}-{d.day}",
                 "dotted_dmy": d.strftime("%d.%m.%Y"),
                 "ordinal": f"{d.strftime('%B')} {d.day}{'th' if 10 <= d.day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')} {d.year}"}[k]
            return dict(v=v, kind="dob_" + k, cue=True)
        if cat == "MRN":
            k = self.cyc("mform", ["site_dash", "pairs", "pt10", "check", "hash"])
            site = r.choice(["SVH", "MHC", "GSH", "RMC", "UVH", "KDH"])
            v = {"site_dash": f"{site}-{V.rd(r, 7)}", "pairs": f"{r.randint(10, 99)}-{V.rd(r, 2)}-{V.rd(r, 2)}-{V.rd(r, 2)}",
                 "pt10": f"PT{V.rd(r, 10)}", "check": f"{r.randint(1000000, 9999999)}-{r.randint(0, 9)}",
                 "hash": f"{site}{V.rd(r, 8)}"}[k]
            if keyish:
                v = re.sub(r"[^A-Za-z0-9]", "", v)
            return dict(v=v, kind="mrn_" + k + ("_joined" if keyish else ""), cue=True)
        if cat == "US_SSN":
            s = V.ssn(r)
            if keyish:
                return dict(v=s.replace("-", "_") if self.cyc("sj", [0, 1]) else s.replace("-", ""), kind="ssn_joined", cue=True)
            k = self.cyc("sform", ["dashed", "spaced", "plain", "dashed", "dotted"])
            v = {"dashed": s, "spaced": s.replace("-", " "), "plain": s.replace("-", ""), "dotted": s.replace("-", ".")}[k]
            return dict(v=v, kind="ssn_" + k, cue=(k != "dashed"))
        if cat == "PHONE_NUMBER":
            if keyish:
                city = r.choice(sorted(V.US_NPAS))
                n = V.us_phone(r, V.US_NPAS[city])
                return dict(v=("1" if self.cyc("pj", [0, 1]) else "") + n, kind="phone_digits_joined", cue=True, region="US")
            k = self.cyc("phform", ["dots", "one_dash", "plus_paren", "spaces", "intl", "e164_intl", "intl"])
            if k in ("intl", "e164_intl"):
                reg = self.cyc("reg", [x for x in V.INTL_REGIONS if x != "GE"])
                n = V.intl_mobile(r, reg)
                fmtt = phonenumbers.PhoneNumberFormat.INTERNATIONAL if k == "intl" else phonenumbers.PhoneNumberFormat.E164
                return dict(v=phonenumbers.format_number(n, fmtt), kind=f"phone_{reg.lower()}_{k}", cue=False, region=reg)
            city = r.choice(sorted(V.US_NPAS))
            n = V.us_phone(r, V.US_NPAS[city])
            a, b, c = n[:3], n[3:6], n[6:]
            v = {"dots": f"{a}.{b}.{c}", "one_dash": f"1-{a}-{b}-{c}", "plus_paren": f"+1 ({a}) {b}-{c}", "spaces": f"{a} {b} {c}"}[k]
            return dict(v=v, kind="phone_us_" + k, cue=False, region="US")
        if cat == "EMAIL_ADDRESS":
            f, l, _ = self.person_parts()
            f, l = V.fold(f).lower(), V.fold(l).lower()
            lp = self.cyc("elp", [f"{f}.{l}{r.randint(50, 99)}", f"{f[0]}{l}", f"{l}_{f[0]}", f"{f}{l[:3]}{r.randint(1, 9)}"])
            return dict(v=f"{lp}@{r.choice(V.EMAIL_DOMAINS)}", kind="email", cue=False)
        if cat == "STREET_ADDRESS":
            k = self.cyc("aform", ["utah_grid", "us_suffix", "norway", "spain", "rural_route", "us_suffix_line"])
            city = r.choice(sorted(V.CITY_ZIP))
            cname, st = city.rsplit(" ", 1)
            z = V.zip5(r, city)
            if k == "utah_grid":
                v = f"{r.randint(1, 29) * 50} {r.choice('NS')} {r.randint(1, 19) * 100} {r.choice('EW')}, Provo, UT {V.zip5(r, 'Provo UT')}"
            elif k in ("us_suffix", "us_suffix_line"):
                street = r.choice(["Cedar Hollow", "Quail Ridge", "Mill Valley", "Sorrel Glen", "Tanner Trace", "Old Mill Pike", "Heron Loop", "Fox Run"])
                suf = {"Cedar Hollow": "Holw", "Quail Ridge": "Rdg", "Mill Valley": "Vly", "Sorrel Glen": "Gln",
                       "Tanner Trace": "Trce", "Old Mill Pike": "Pike", "Heron Loop": "Loop", "Fox Run": "Run"}[street]
                line = f"{r.randint(100, 9899)} {street.rsplit(' ', 1)[0]} {suf}"
                v = line if k == "us_suffix_line" else f"{line}, {cname}, {st} {z}"
            elif k == "norway":
                v = f"{r.choice(['Storgata', 'Kirkeveien', 'Bygdøy allé', 'Thereses gate', 'Møllergata'])} {r.randint(2, 90)}{r.choice(['', 'B', 'C'])}, {r.choice(['0155', '0361', '0253', '0171'])} Oslo"
            elif k == "spain":
                v = f"Calle {r.choice(['Mayor', 'de Alcalá', 'del Carmen', 'de Toledo'])} {r.randint(3, 140)}, {r.randint(1, 6)}º {r.choice('ABCD')}, {r.choice(['28013', '28014', '28005'])} Madrid"
            else:
                v = f"RR {r.randint(1, 6)} Box {r.randint(10, 399)}, {cname}, {st} {z}"
            return dict(v=v, kind="address_" + k, cue=False)
        if cat == "ZIP_CODE":
            city = r.choice(sorted(V.CITY_ZIP))
            z = V.zip5(r, city)
            k = self.cyc("zform", ["zip5", "zip4", "zip9"]) if not keyish else "zip5"
            v = {"zip5": z, "zip4": f"{z}-{V.rd(r, 4, '123456789')}", "zip9": z + V.rd(r, 4, "123456789")}[k]
            return dict(v=v, kind="zip_" + k + ("_joined" if keyish else ""), cue=True, city=city)
        if cat == "HEALTH_PLAN_ID":
            k = self.cyc("hform", ["mbi", "medical_cin", "mbi_dashed", "payer_w", "fl_medicaid", "bcbs_h"])
            if k in ("mbi", "mbi_dashed"):
                m = V.mbi(r)
                v, lab = (m if k == "mbi" or keyish else f"{m[:4]}-{m[4:7]}-{m[7:]}"), r.choice(["Medicare MBI", "MBI on the red-white-blue card", "1a Insured's ID Number (Medicare)"])
            elif k == "medical_cin":
                v, lab = "9" + V.rd(r, 7) + r.choice("ABCDEFGHJKLMNPRSTUVWXY"), "Medi-Cal CIN"
            elif k == "payer_w":
                v, lab = "W" + V.rd(r, 9), "FL 60 insured's unique ID"
            elif k == "fl_medicaid":
                v, lab = V.rd(r, 10, "123456789"), "Florida Medicaid recipient ID"
            else:
                v, lab = "H" + V.rd(r, 8) + "00", "member ID"
            return dict(v=v, kind="hpid_" + k + ("_joined" if keyish else ""), cue=True, L=lab)
        if cat == "ACCOUNT_NUMBER":
            k = self.cyc("aform2", ["card", "iban", "card", "iban", "dda", "patient_account"])
            if k == "card":
                brand = self.cyc("brand", sorted(V.CARD_BRANDS))
                c = V.card(r, brand)
                if keyish:
                    return dict(v=c, kind=f"card_{brand}_joined", cue=True, brand=brand)
                f2 = self.cyc("cardfmt", ["plain", "spaced", "dashed"])
                v = {"plain": c, "spaced": V.spaced4(c), "dashed": "-".join(c[i:i + 4] for i in range(0, 16, 4))}[f2]
                return dict(v=v, kind=f"card_{brand}_{f2}", cue=False, brand=brand, L="card on file")
            if k == "iban":
                ctry = self.cyc("ibanc", sorted(V.IBAN_LEN))
                ib = V.iban(r, ctry)
                v = ib if keyish or self.cyc("ibs", [0, 1]) else V.spaced4(ib)
                return dict(v=v, kind=f"iban_{ctry.lower()}" + ("_joined" if keyish else ""), cue=False, L="payout IBAN")
            if k == "dda":
                return dict(v=V.rd(r, 1, "123456789") + V.rd(r, 10), kind="bank_dda" + ("_joined" if keyish else ""), cue=True, L="direct deposit DDA account")
            v = f"{r.randint(10, 99)}-{V.rd(r, 7)}"
            return dict(v=v.replace("-", "") if keyish else v, kind="patient_account" + ("_joined" if keyish else ""), cue=True, L="Box 26 patient's account no.")
        if cat == "LICENSE_NUMBER":
            st = self.cyc("dlst", sorted(V.DL_RULES))
            v = V.dl(r, st)
            if keyish:
                v = v.replace("-", "")
            return dict(v=v, kind=f"dl_{st.lower()}" + ("_joined" if keyish else ""), cue=True, L=r.choice([f"{V.DL_NAMES[st]} driver's license", f"{st} DL#", f"I-9 List B: {st} driver license"]), state=st)
        if cat == "DEVICE_ID":
            k = self.cyc("devf", ["imei", "mac", "meid", "hibcc", "pacer", "mac_lower", "cgm"])
            if k == "imei":
                return dict(v=V.imei(r), kind="imei", cue=True, L="IMEI")
            if k in ("mac", "mac_lower"):
                m = V.mac(r)
                if keyish:
                    m = m.replace(":", "").lower()
                elif k == "mac_lower":
                    m = m.lower()
                return dict(v=m, kind=k + ("_joined" if keyish else ""), cue=False, L="bedside monitor MAC")
            if k == "meid":
                return dict(v=V.meid(r), kind="meid", cue=True, L="MEID")
            if k == "hibcc":
                u = V.hibcc_udi(r)
                return dict(v=u, kind="udi_hibcc", cue=True, L="HIBCC UDI", keybad=True)
            if k == "pacer":
                return dict(v="PJN" + V.rd(r, 6) + r.choice("HSG"), kind="serial_pacemaker", cue=True, L="pacemaker serial no.")
            return dict(v=V.rd(r, 1, "123456789ABCDEFGHJKLMNPQRSTUVWXYZ") + V.rd(r, 5, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"), kind="serial_cgm_transmitter", cue=True, L="CGM transmitter serial")
        if cat == "VEHICLE_ID":
            return dict(v=V.vin(r), kind="vin" + ("_joined" if keyish else ""), cue=False)
        if cat == "IP_ADDRESS":
            if keyish:
                return dict(v=V.ipv4(r).replace(".", "_"), kind="ipv4_joined", cue=True)
            k = self.cyc("ipf", ["v4", "v4_port", "xff", "v6", "v6_upper", "v6_128"])
            if k.startswith("v6"):
                a = V.ipv6(r)
                v = {"v6": a, "v6_upper": a.upper(), "v6_128": a + "/128"}[k]
                return dict(v=v, kind="ip" + k, cue=False, addr=a)
            a = V.ipv4(r)
            v = {"v4": a, "v4_port": f"{a}:{r.choice([8443, 3389, 5432, 9001])}", "xff": a}[k]
            d = dict(v=v, kind="ip" + k, cue=False, addr=a)
            if k == "xff":
                d["text"] = f"X-Forwarded-For: {a}, 10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            return d
        if cat == "URL":
            f, l, _ = self.person_parts()
            f, l = V.fold(f).lower(), V.fold(l).lower()
            k = self.cyc("urlf", ["linktree", "venmo", "milaap", "ketto", "letterboxd", "calendly", "gravatar", "portal"])
            v = {"linktree": f"https://linktr.ee/{f}{l}", "venmo": f"https://account.venmo.com/u/{f.title()}-{l.title()}-{r.randint(2, 9)}",
                 "milaap": f"https://milaap.org/fundraisers/support-{f}-{l}", "ketto": f"https://www.ketto.org/fundraiser/help-{f}-{l}-fight-cancer-{V.rd(r, 6)}",
                 "letterboxd": f"https://letterboxd.com/{f}{l[:4]}/", "calendly": f"https://calendly.com/{f}-{l}/intake",
                 "gravatar": f"https://gravatar.com/{f}{l}{r.randint(10, 99)}",
                 "portal": f"https://patientportal.stvincenthealth.org/Chart/Summary?patientId={V.rd(r, 8)}&lastName={l.title()}"}[k]
            return dict(v=v, kind="url_" + k, cue=False)
        if cat == "SECRET":
            k = self.cyc("secf", sorted(V.SECRET_RULES) + ["mongodb_url", "password"])
            s = V.secret(r, k)
            lab = {"password": "svc account password:"}.get(k, "token")
            return dict(v=s, kind="secret_" + k, cue=(k == "password"), L=lab, keybad=k in ("sidekiq_url", "mongodb_url", "password", "1password", "intra42"))
        raise KeyError(cat)


# ====================================================================== planting
class Planter:
    def __init__(self, rng, gen):
        self.r, self.g = rng, gen

    def obj_targets(self, doc, root):
        out = []

        def walk(node, p, depth):
            if depth > 6:
                return
            if isinstance(node, dict):
                if isinstance(node.get("properties"), dict) and node.get("type", "object") == "object":
                    out.append(p)
                for k, v in node.items():
                    if k in ("enum", "const", "examples", "default", "example", "properties"):
                        if k == "properties" and isinstance(v, dict):
                            for pk, pv in v.items():
                                walk(pv, p + ptr("properties", pk), depth + 1)
                        continue
                    walk(v, p + ptr(k), depth + 1)
            elif isinstance(node, list):
                for i, v in enumerate(node):
                    walk(v, p + ptr(i), depth + 1)

        walk(get(doc, root), root, 0)
        return out or [root]

    def descs(self, doc, root, used):
        out = []
        for t in self.obj_targets(doc, root):
            for k, v in get(doc, t).get("properties", {}).items():
                if isinstance(v, dict) and isinstance(v.get("description"), str) and len(v["description"]) > 10:
                    p = t + ptr("properties", k, "description")
                    if p not in used:
                        out.append(p)
        return out

    def new_prop(self, doc, objp, key, schema):
        o = get(doc, objp)
        o.setdefault("properties", {})
        while key in o["properties"]:
            key = key + "_2"
        o["properties"][key] = schema
        return objp + ptr("properties", key), key


def cue_text(cat, val):
    t = random_choice(CUE_TEXT[cat])
    return t.format(v=val["v"], L=val.get("L", ""))


_R = None


def random_choice(seq):
    return _R.choice(seq)


def plant_positive(doc, info, plan, gen, pl, labels, used, fname_box):
    """Apply one positive plan to doc; append label(s). info: dict(kind=tool/schema, roots, tools)."""
    r = _R
    surface, cat = plan
    keyish = surface in KEY_SURFACES
    val = gen.value(cat, keyish)
    tries = 0
    while keyish and (val.get("keybad") or (surface == "tool_name" and len(val["v"]) > 56)):
        tries += 1
        if tries > 4:
            cat = "US_SSN"
        val = gen.value(cat, keyish)
    v = val["v"]
    root = r.choice(info["roots"])
    objs = pl.obj_targets(doc, root)
    objp = r.choice(objs[:3]) if r.random() < 0.7 else r.choice(objs)
    lab = {"surface": surface, "category": cat, "kind": val["kind"]}
    placement = None
    if keyish:
        if val["cue"]:
            pre = r.choice(KEY_PREFIX.get(cat, ["x_"]))
            token = pre + v
            placement = "text_cue"
        else:
            token = v
            placement = "no_cue"
        if surface == "property_name":
            key = r.choice(["", "", "prior_", "legacy_", "tmp_", "x_"]) + token
            p, key = pl.new_prop(doc, objp, key, {"type": r.choice(["string", "boolean", "integer"])})
            lab.update(pointer=p, value=v)
        elif surface == "pattern_property":
            o = get(doc, objp)
            pp = o.setdefault("patternProperties", {})
            rx = "^" + re.escape(token) + r.choice(["$", "(_[a-z]+)?$", "\\.[0-9]+$"])
            pp[rx] = {"type": "string"}
            lab.update(pointer=objp + ptr("patternProperties", rx), value=re.escape(v), raw=v)
            if re.escape(v) == v:
                lab.pop("raw")
        elif surface == "tool_name":
            t = r.choice([t for t in info["tools"] if t[0] not in used])
            old = get(doc, t[0])
            newname = (old[:30].rstrip("_-") + "_" + token)[:64]
            if v not in newname:
                newname = token[:64]
            set_at(doc, t[0], newname)
            used.add(t[0])
            lab.update(pointer=t[0], value=v)
        else:  # file_name
            fname_box["token"] = token
            lab.update(pointer="", value=v)
        lab["placement"] = placement
        labels.append(lab)
        used.add(lab["pointer"])
        return
    # ---- value surfaces
    need = val["cue"]
    if surface in ("enum", "const", "default", "examples", "pattern"):
        mode = "key_cue" if need or r.random() < 0.4 else r.choice(["no_cue", "text_cue"])
        if surface == "pattern" and mode == "text_cue":
            mode = "key_cue" if need else "no_cue"
        key = r.choice(CUE_KEYS[cat]) if mode == "key_cue" else r.choice(GENERIC_KEYS)
        text = val.get("text", v) if mode != "text_cue" else cue_text(cat, val)
        if surface == "pattern":
            if cat == "PERSON" and val["kind"] == "name_alternation":
                f2, l2, _ = gen.person_parts()
                other = f"{f2} {l2}"
                rx = "^(" + re.escape(v) + "|" + re.escape(other) + ")$"
                lab_value = re.escape(v) + "|" + re.escape(other)
                sch = {"type": "string", "pattern": rx}
                p, key = pl.new_prop(doc, objp, key, sch)
                lab.update(pointer=p + "/pattern", value=lab_value, raw=v + " | " + other, kind="name_literal_alternation")
            else:
                rx = "^" + re.escape(v) + "$"
                p, key = pl.new_prop(doc, objp, key, {"type": "string", "pattern": rx})
                lab.update(pointer=p + "/pattern", value=re.escape(v))
                if re.escape(v) != v:
                    lab["raw"] = v
        elif surface == "enum":
            filler = r.choice([None, "UNKNOWN", "N/A", "", "other"])
            items = [text] if filler is None else ([filler, text] if r.random() < 0.5 else [text, filler])
            p, key = pl.new_prop(doc, objp, key, {"type": "string", "enum": items})
            lab.update(pointer=p + ptr("enum", items.index(text)), value=v)
        elif surface == "examples":
            p, key = pl.new_prop(doc, objp, key, {"type": "string", "examples": [text]})
            lab.update(pointer=p + "/examples/0", value=v)
        else:
            p, key = pl.new_prop(doc, objp, key, {"type": "string", surface: text})
            lab.update(pointer=p + "/" + surface, value=v)
        placement = mode
    elif surface == "title":
        mode = "text_cue" if need else r.choice(["no_cue", "key_cue", "text_cue"])
        key = r.choice(CUE_KEYS[cat]) if mode == "key_cue" else r.choice(GENERIC_KEYS)
        title = cue_text(cat, val) if mode == "text_cue" else (v if r.random() < 0.5 else f"Sample: {v}")
        p, key = pl.new_prop(doc, objp, key, {"type": "string", "title": title})
        lab.update(pointer=p + "/title", value=v)
        placement = mode
    elif surface in ("description", "tool_description"):
        mode = "text_cue" if need or r.random() < 0.5 else "no_cue"
        sent = (r.choice(TEXT_WRAP).format(c=cue_text(cat, val)) if mode == "text_cue" else r.choice(NOCUE_WRAP).format(v=v))
        if surface == "tool_description":
            cands = [t[1] for t in info["tools"] if t[1] not in used]
            dp = r.choice(cands)
        else:
            cands = pl.descs(doc, root, used)
            dp = r.choice(cands) if cands and r.random() < 0.8 else None
            if dp is None:
                dp, _ = pl.new_prop(doc, objp, r.choice(GENERIC_KEYS), {"type": "string", "description": ""})
                dp += "/description"
        old = get(doc, dp)
        set_at(doc, dp, (old.rstrip() + " " + sent).strip() if old else sent)
        lab.update(pointer=dp, value=v)
        placement = mode
    elif surface == "metadata":
        mode = "text_cue" if need or r.random() < 0.5 else "no_cue"
        sent = cue_text(cat, val) if mode == "text_cue" else r.choice(NOCUE_WRAP).format(v=v)
        opts = ["comment", "xext"]
        metas = [t[3] for t in info.get("tools", []) if t[3] and t[3] not in used]
        if metas:
            opts += ["host_meta", "host_meta"]
        how = r.choice(opts)
        if how == "host_meta":
            mp = metas[0]
            if mp.endswith("user_id"):
                if cat in ("EMAIL_ADDRESS", "PERSON", "PHONE_NUMBER", "US_SSN") and not need:
                    set_at(doc, mp, v)
                    mode = "no_cue"
                else:
                    set_at(doc, mp, sent)
            else:
                set_at(doc, mp, sent if mode == "text_cue" else f"Ask {v}" if cat == "PERSON" else sent)
            lab.update(pointer=mp, value=v)
        elif how == "comment":
            tgt = r.choice(objs)
            o = get(doc, tgt)
            if "$comment" in o:
                tgt = pl.new_prop(doc, objp, r.choice(GENERIC_KEYS), {"type": "string"})[0]
                o = get(doc, tgt)
            o["$comment"] = sent
            lab.update(pointer=tgt + "/$comment", value=v)
        else:
            ext = r.choice(["x-sample-source", "x-hris-note", "x-claim-fixture", "x-provenance", "x-pharmacy-note"])
            key = r.choice(CUE_KEYS[cat]) if mode != "no_cue" and r.random() < 0.5 else r.choice(GENERIC_KEYS)
            if mode == "no_cue" and key in CUE_KEYS[cat]:
                key = "value"
            p, key = pl.new_prop(doc, objp, key, {"type": "string", ext: sent})
            lab.update(pointer=p + ptr(ext), value=v)
        placement = mode
    lab["placement"] = placement
    assert lab["pointer"] not in used, lab
    used.add(lab["pointer"])
    labels.append(lab)


def set_at(doc, p, value):
    toks = [x.replace("~1", "/").replace("~0", "~") for x in p.split("/")[1:]]
    node = doc
    for t in toks[:-1]:
        node = node[int(t)] if isinstance(node, list) else node[t]
    if isinstance(node, list):
        node[int(toks[-1])] = value
    else:
        node[toks[-1]] = value


# ====================================================================== hard negatives
HN = {
    "category_label_key": ["box3_patient_birth_date", "employee_ssn", "MEDICAID_RECIP_ID", "fl60InsuredUniqueId",
                           "policyholder_name", "ee_drivers_license", "pump_serial_no", "last_login_ip", "fl3bMedRecNo",
                           "payroll_dda_account", "RECIP_ZIP_CD", "insured_vehicle_vin", "EE_DOB", "svc_password",
                           "cardholder_id", "box5_telephone"],
    "format_regex": [r"^\d{3}-\d{2}-\d{4}$", r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$",
                     r"^9\d{7}[A-Z]$", r"^[A-Z]\d{3}-\d{4}-\d{4}$", r"^WDL[A-Z0-9]{9}$", r"^[A-Z]{2}\d{2}[0-9]{16,26}$",
                     r"^\+[A-Z][A-Z0-9]{3}[A-Z0-9]{1,18}[0-9]/\$\$[0-9A-Z]+$", r"^[A-HJ-NPR-Z0-9]{17}$",
                     r"^[0-9a-fA-F:]{2,39}$", r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^\d{5}(-\d{4})?$", r"^ghr_[0-9a-zA-Z]{36}$"],
    "code_enum": [["18", "01", "19", "20", "21", "39", "40", "53", "G8"],
                  ["11", "12", "19", "21", "22", "23", "31", "81"],
                  ["01", "02", "03", "04", "05", "06", "07", "20", "30", "50", "51"],
                  ["0111", "0121", "0131", "0141", "0831"],
                  ["WEEKLY", "BIWEEKLY", "SEMIMONTHLY", "MONTHLY"],
                  ["EXEMPT", "NON_EXEMPT"],
                  ["SELF", "SPOUSE", "CHILD", "OTHER"],
                  ["NO", "ES", "US", "MX", "CL", "PE"],
                  ["UT", "MT", "ND", "WA", "IL", "KY"],
                  ["E11.9", "I10", "J45.909", "Z00.00", "M54.50"],
                  ["F", "M", "U", "X"],
                  ["W2", "1099-NEC", "1099-MISC", "W-4", "I-9"]],
    "reserved_placeholder": ["801-555-0143", "(406) 555-0187", "ola.nordmann@example.com", "kari.nordmann@example.org",
                             "192.0.2.44", "198.51.100.201", "2001:db8::7a", "000-00-0000", "XXX-XX-XXXX", "Ola Nordmann",
                             "Kari Nordmann", "A. N. Other", "Fulano Mengano", "4111 1111 1111 1111", "ghr_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                             "<GRAFANA_CLOUD_TOKEN>", "${SHOPIFY_SHARED_SECRET}", "https://example.com/employees/{employeeId}",
                             "WDLXXXXXXXXX", "MRN-0000000"],
    "version_date": ["Square-Version: 2024-01-18", "Available since Square API version 2021-05-13.", "Deprecated on 2023-08-16; use the v3 endpoint.",
                     "api_version 2025-01-23", "schema build 2024-06-30", "Adyen Legal Entity Management API v3, released 2023-02-07"],
    "name_like_word": ["Grace", "Sterling", "Penny", "Chance", "Destiny", "Augusta", "Cadillac", "April", "Georgia", "Florence"],
    "category_words_text": ["Employee SSN as printed on the W-2, box a; nine digits.",
                            "Box 3: patient's birth date in MM DD YYYY format.",
                            "The Medi-Cal CIN or Medicare MBI of the insured, as shown on the card.",
                            "Driver's license number from the I-9 List B document, without dashes.",
                            "UB-04 FL 3b: the medical record number assigned by the provider.",
                            "Policyholder's home address and ZIP code as on the declarations page.",
                            "IMEI or MEID of the enrolled handset."],
    "tool_category_words": ["verify_policyholder_ssn", "lookup_recipient_by_medicaid_id", "get_employee_date_of_birth",
                            "update_ee_home_address", "find_patient_by_mrn", "get_insured_vehicle_vin"],
    "file_name_category_words": ["cms1500_box3_patient_birth_date", "ub04_fl60_insured_unique_id", "employee_ssn_w2_box_a",
                                 "policyholder_drivers_license"],
}
NAME_WORD_CTX = {"Grace": ("grace_period", "Grace"), "Sterling": ("currency_label", "Sterling"), "Penny": ("rounding_unit", "Penny"),
                 "Chance": ("risk_bucket", "Chance"), "Destiny": ("shipping_carrier_tier", "Destiny"), "Augusta": ("office_city", "Augusta"),
                 "Cadillac": ("vehicle_make", "Cadillac"), "April": ("fiscal_month", "April"), "Georgia": ("work_state", "Georgia"),
                 "Florence": ("branch_city", "Florence")}


def plant_negative(doc, info, kind, gen, pl, labels, used, fname_box, idx):
    r = _R
    root = r.choice(info["roots"])
    objs = pl.obj_targets(doc, root)
    objp = r.choice(objs[:3])
    pool = HN[kind]
    item = pool[idx % len(pool)]
    lab = {"surface": None, "category": "NONE", "kind": kind}
    if kind == "category_label_key":
        p, key = pl.new_prop(doc, objp, item, {"type": "string"})
        lab.update(surface="property_name", pointer=p, value=key)
    elif kind == "format_regex":
        if r.random() < 0.3:
            o = get(doc, objp)
            o.setdefault("patternProperties", {})[item] = {"type": "string"}
            lab.update(surface="pattern_property", pointer=objp + ptr("patternProperties", item), value=item)
        else:
            p, key = pl.new_prop(doc, objp, r.choice(["format_check", "id_pattern", "validation", "mask"]), {"type": "string", "pattern": item})
            lab.update(surface="pattern", pointer=p + "/pattern", value=item)
    elif kind == "code_enum":
        p, key = pl.new_prop(doc, objp, r.choice(["code", "status_code", "type_code", "qualifier", "category"]), {"type": "string", "enum": list(item)})
        lab.update(surface="enum", pointer=p + "/enum/0", value=item[0])
    elif kind == "reserved_placeholder":
        s = r.choice(["examples", "default", "const", "description"])
        if s == "description":
            p, key = pl.new_prop(doc, objp, r.choice(GENERIC_KEYS), {"type": "string", "description": f"For example {item}."})
            lab.update(surface="description", pointer=p + "/description", value=item)
        elif s == "examples":
            p, key = pl.new_prop(doc, objp, r.choice(GENERIC_KEYS), {"type": "string", "examples": [item]})
            lab.update(surface="examples", pointer=p + "/examples/0", value=item)
        else:
            p, key = pl.new_prop(doc, objp, r.choice(GENERIC_KEYS), {"type": "string", s: item})
            lab.update(surface=s, pointer=p + "/" + s, value=item)
    elif kind == "version_date":
        s = r.choice(["description", "title", "const", "comment"])
        if s == "comment":
            o = get(doc, objp)
            if "$comment" in o or objp + "/$comment" in used:
                s = "title"
            else:
                o["$comment"] = item
                lab.update(surface="metadata", pointer=objp + "/$comment", value=item)
        if s != "comment":
            p, key = pl.new_prop(doc, objp, r.choice(["api_version", "schema_version", "release", "since"]), {"type": "string", s: item})
            lab.update(surface=s, pointer=p + "/" + s, value=item)
    elif kind == "name_like_word":
        key, word = NAME_WORD_CTX[item]
        s = r.choice(["enum", "const", "default"])
        if s == "enum":
            p, key = pl.new_prop(doc, objp, key, {"type": "string", "enum": [word]})
            lab.update(surface="enum", pointer=p + "/enum/0", value=word)
        else:
            p, key = pl.new_prop(doc, objp, key, {"type": "string", s: word})
            lab.update(surface=s, pointer=p + "/" + s, value=word)
    elif kind == "category_words_text":
        p, key = pl.new_prop(doc, objp, r.choice(["field_help", "notes", "doc", "guidance"]), {"type": "string", "description": item})
        lab.update(surface="description", pointer=p + "/description", value=item)
    elif kind == "tool_category_words":
        t = [t for t in info["tools"] if t[0] not in used][0]
        set_at(doc, t[0], item)
        lab.update(surface="tool_name", pointer=t[0], value=item)
    elif kind == "file_name_category_words":
        fname_box["neg"] = item
        lab.update(surface="file_name", pointer="", value=item)
    assert lab["pointer"] not in used, lab
    used.add(lab["pointer"])
    labels.append(lab)


# ====================================================================== main
def main():
    global _R
    man = load_sources()
    rng = random.Random(SEED)
    _R = rng
    nm = names()
    gen = Gen(rng, nm)
    pl = Planter(rng, gen)
    schema_units, op_units = build_units(man)
    schema_units.sort(key=lambda u: hashlib.sha256(f"{u['src']}:{u['name']}".encode()).hexdigest())
    op_units.sort(key=lambda u: hashlib.sha256(f"{u['src']}:{u['name']}".encode()).hexdigest())
    # ---- plans
    plans = []
    cat_cycle = []
    for i in range(N_POS):
        if not cat_cycle:
            cat_cycle = CATS[:]
            rng.shuffle(cat_cycle)
        s = SURFACES[i % len(SURFACES)]
        c = cat_cycle.pop()
        if s in KEY_SURFACES and c in NO_KEY_CATS:
            swap = next((j for j, x in enumerate(cat_cycle) if x not in NO_KEY_CATS), None)
            if swap is not None:
                c, cat_cycle[swap] = cat_cycle[swap], c
            else:
                c = rng.choice([x for x in CATS if x not in NO_KEY_CATS])
        plans.append((s, c))
    rng.shuffle(plans)
    tool_plans = [p for p in plans if p[0] in ("tool_name", "tool_description")]
    other = [p for p in plans if p[0] not in ("tool_name", "tool_description")]
    neg_kinds = []
    for k, n in [("category_label_key", 12), ("format_regex", 10), ("code_enum", 10), ("reserved_placeholder", 14),
                 ("version_date", 6), ("name_like_word", 8), ("category_words_text", 7), ("tool_category_words", 5),
                 ("file_name_category_words", 4)]:
        neg_kinds += [k] * n
    rng.shuffle(neg_kinds)
    neg_idx = {}
    # ---- file plans
    files = []
    while tool_plans or other:
        if tool_plans:
            n_t = 1
            ps = [tool_plans.pop() for _ in range(n_t)]
            for _ in range(rng.choice([1, 1, 2])):
                if other:
                    ps.append(other.pop())
            files.append(("tool", ps))
        else:
            ps = [other.pop() for _ in range(min(len(other), rng.choice([1, 2, 2, 3])))]
            files.append(("schema", ps))
        if sum(1 for p in ps if p[0] == "file_name") > 1:
            j = next(i for i, p in enumerate(ps) if p[0] == "file_name")
            other.insert(0, ps.pop(j))
    # distribute negatives
    neg_for = [[] for _ in files]
    tool_files = [i for i, f in enumerate(files) if f[0] == "tool"]
    for j, k in enumerate(neg_kinds):
        if k == "tool_category_words":
            cand = [i for i in tool_files if not any(x == k for x in neg_for[i])]
        elif k == "file_name_category_words":
            cand = [i for i, f in enumerate(files) if not any(p[0] == "file_name" for p in f[1]) and k not in neg_for[i]]
        else:
            cand = list(range(len(files)))
        cand.sort(key=lambda i: len(neg_for[i]))
        lo = len(neg_for[cand[0]])
        pick = rng.choice([i for i in cand if len(neg_for[i]) == lo])
        neg_for[pick].append(k)
    # ---- clean output dirs
    for d in (PLANTED, REAL):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    labels = []
    si = oi = 0
    n_sch_real = 70
    n_tool_real = 45
    fmt_i = 0
    planted_names = set()
    for fi, (ftype, ps) in enumerate(files):
        used = set()
        if ftype == "tool":
            fmt = TOOL_FORMATS[fmt_i % len(TOOL_FORMATS)]
            fmt_i += 1
            n = rng.choice([1, 2, 2, 3])
            n = max(n, sum(1 for p in ps if p[0] == "tool_name") + neg_for[fi].count("tool_category_words"),
                    sum(1 for p in ps if p[0] == "tool_description"))
            tools = op_units[oi:oi + n]
            oi += n
            doc, acc = render_tools(tools, fmt, rng)
            info = {"roots": [a[2] for a in acc], "tools": acc}
            stem = f"{tools[0]['src']}.{tools[0]['name']}"
            base = tools[0]["base"]
            folder = fmt
        else:
            u = schema_units[si]
            si += 1
            fmt = SCHEMA_FORMATS[fi % 2] if u["src"] != "square" or fi % 3 else "openapi-components"
            doc, root = render_schema(u, fmt)
            info = {"roots": [root], "tools": []}
            stem = f"{u['src']}.{u['name']}"
            base = u["base"]
            folder = "jsonschema" if fmt == "jsonschema" else "openapi-components"
        flabels = []
        fbox = {}
        for p in ps:
            plant_positive(doc, info, p, gen, pl, flabels, used, fbox)
        for j, k in enumerate(neg_for[fi]):
            neg_idx[k] = neg_idx.get(k, -1) + 1
            plant_negative(doc, info, k, gen, pl, flabels, used, fbox, neg_idx[k])
        suffix = ".schema.json" if ftype == "schema" else ".tools.json"
        if "token" in fbox:
            fname = f"{stem}.{fbox['token']}{suffix}"
        elif "neg" in fbox:
            fname = f"{fbox['neg']}.{stem}{suffix}"
        else:
            fname = stem + suffix
        rel = f"{folder}/{fname}"
        assert rel not in planted_names
        planted_names.add(rel)
        (PLANTED / folder).mkdir(exist_ok=True, parents=True)
        (PLANTED / rel).write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        for lab in flabels:
            lab["file"] = rel
            lab["base"] = base
            labels.append(lab)
    # ---- real files: remaining, disjoint units
    real_rows = []
    for k in range(n_sch_real):
        u = schema_units[si + k]
        fmt = "jsonschema" if k % 3 else "openapi-components"
        doc, _ = render_schema(u, fmt)
        rel = f"{fmt}/{u['src']}.{u['name']}.schema.json"
        (REAL / fmt).mkdir(exist_ok=True, parents=True)
        (REAL / rel).write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        real_rows.append({"file": rel, "source": u["base"], "format": fmt})
    k = 0
    while k < n_tool_real:
        fmt = TOOL_FORMATS[k % len(TOOL_FORMATS)]
        n = [1, 2, 3][k % 3]
        tools = op_units[oi:oi + n]
        oi += n
        doc, _ = render_tools(tools, fmt, rng)
        rel = f"{fmt}/{tools[0]['src']}.{tools[0]['name']}.tools.json"
        (REAL / fmt).mkdir(exist_ok=True, parents=True)
        (REAL / rel).write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        real_rows.append({"file": rel, "source": [t["base"] for t in tools], "format": fmt})
        k += 1
    with open(REAL / "MANIFEST.jsonl", "w") as f:
        for row in real_rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    with open(PLANTED / "labels.jsonl", "w", encoding="utf-8") as f:
        for i, lab in enumerate(labels):
            row = {"id": f"s7-{i:04d}", "file": lab["file"], "pointer": lab["pointer"], "surface": lab["surface"],
                   "category": lab["category"], "value": lab["value"], "kind": lab["kind"], "base": lab["base"]}
            if "placement" in lab:
                row["placement"] = lab["placement"]
            if "raw" in lab:
                row["raw"] = lab["raw"]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"units: {len(schema_units)} schemas, {len(op_units)} ops; used {si + n_sch_real} schemas, {oi} ops")
    print(f"planted files {len(files)}, labels {len(labels)} (pos {sum(1 for l in labels if l['category'] != 'NONE')}), real {len(real_rows)}")


if __name__ == "__main__":
    main()
