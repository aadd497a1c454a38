"""Deterministic builder for the tenth set (seed 101010; stdlib + phonenumbers): sources/ -> planted/ + real/."""
import copy, hashlib, json, os, random, re, shutil, sys
import values as V

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 101010
HOSTS = {"xero": ("XeroAPI/Xero-OpenAPI", "e952d0bda3628facbf7afc5990ad6a0e7e77bd1e"),
         "docusign": ("docusign/OpenAPI-Specifications", "3c20b6c8ed00c29c87d7418b5e97d3fad184d012")}
SCHEMA_WRAPS = ["jsonschema", "openapi-components", "pydantic"]
TOOL_WRAPS = ["anthropic-tools", "anthropic-messages", "openai-tools", "openai-responses", "mcp-tools-list", "gemini"]
PLANTED_COUNTS = {"jsonschema": 14, "openapi-components": 14, "pydantic": 14, "anthropic-tools": 10, "anthropic-messages": 10,
                  "openai-tools": 9, "openai-responses": 9, "mcp-tools-list": 9, "gemini": 9}
REAL_COUNTS = {"jsonschema": 14, "openapi-components": 14, "pydantic": 14, "anthropic-tools": 10, "anthropic-messages": 10,
               "openai-tools": 10, "openai-responses": 10, "mcp-tools-list": 9, "gemini": 9}
SURFACES = ["property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples", "default",
            "tool_name", "tool_description", "file_name", "metadata"]
CATS = ["PERSON", "DATE_OF_BIRTH", "US_SSN", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "MRN",
        "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "URL", "IP_ADDRESS", "SECRET"]
NOJOIN = {"EMAIL_ADDRESS": {"tool_name", "file_name"}, "URL": {"tool_name", "file_name", "property_name", "pattern_property"},
          "STREET_ADDRESS": {"tool_name", "file_name", "property_name", "pattern_property"},
          "SECRET": {"tool_name", "file_name", "property_name", "pattern_property"}}
KEY_SURF = {"property_name", "pattern_property", "tool_name", "file_name"}


def esc(t):
    return t.replace("~", "~0").replace("/", "~1")


def sha(s):
    return hashlib.sha256(s.encode()).hexdigest()


# ------------------------------------------------------------------ units
def load_hosts():
    H = {}
    for h in HOSTS:
        with open(os.path.join(HERE, "sources/hosts", f"{h}.subset.json"), encoding="utf-8") as f:
            H[h] = json.load(f)
    return H


def refname(r):
    return r.rsplit("/", 1)[-1]


def find_refs(o, acc):
    if isinstance(o, dict):
        if isinstance(o.get("$ref"), str):
            acc.append(refname(o["$ref"]))
        for v in o.values():
            find_refs(v, acc)
    elif isinstance(o, list):
        for v in o:
            find_refs(v, acc)
    return acc


def rewrite_refs(o, keep, base):
    if isinstance(o, dict):
        if isinstance(o.get("$ref"), str):
            n = refname(o["$ref"])
            if n in keep:
                return {**{k: rewrite_refs(v, keep, base) for k, v in o.items() if k != "$ref"}, "$ref": base + n}
            return {"type": "object"}
        return {k: rewrite_refs(v, keep, base) for k, v in o.items()}
    if isinstance(o, list):
        return [rewrite_refs(v, keep, base) for v in o]
    return o


def units(H):
    out = []
    for h, files in H.items():
        for fn in sorted(files):
            sch = files[fn]["schemas"] or {}
            for name in sorted(sch):
                s = sch[name]
                if isinstance(s, dict) and isinstance(s.get("properties"), dict) and len(s["properties"]) >= 2:
                    out.append(("schema", h, fn, name))
            for op in files[fn]["ops"]:
                if op.get("operationId"):
                    out.append(("op", h, fn, op["operationId"]))
    out.sort(key=lambda u: sha(f"{SEED}|{u[1]}|{u[2]}|{u[3]}"))
    return out


def schema_parts(H, h, fn, name, base):
    sch = H[h][fn]["schemas"]
    main = sch[name]
    deps = sorted(set(find_refs(main, [])) - {name})
    deps = [d for d in deps if d in sch][:6]
    keep = set(deps) | {name}
    m = rewrite_refs(copy.deepcopy(main), keep, base)
    dd = {d: rewrite_refs(copy.deepcopy(sch[d]), keep, base) for d in deps}
    return m, dd


def pyd_title(k):
    return k.replace("_", " ").title()


def render_schema(H, wrap, h, fn, name):
    info = H[h][fn]["info"]
    if wrap == "openapi-components":
        m, dd = schema_parts(H, h, fn, name, "#/components/schemas/")
        doc = {"openapi": "3.1.0", "info": {"title": info["title"], "version": str(info["version"])},
               "components": {"schemas": {name: m, **dd}}}
        return doc, "/components/schemas/" + esc(name), m
    m, dd = schema_parts(H, h, fn, name, "#/$defs/")
    if wrap == "jsonschema":
        doc = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": name}
        doc.update({k: v for k, v in m.items() if k != "title"})
        if dd:
            doc["$defs"] = dd
        return doc, "", doc
    # pydantic model_json_schema() style
    props = {}
    for k, v in m.get("properties", {}).items():
        v = dict(v) if isinstance(v, dict) else {"type": "string"}
        if "$ref" not in v:
            v["title"] = pyd_title(k)
        props[k] = v
    doc = {}
    if dd:
        doc["$defs"] = {d: {**s, "title": s.get("title", d)} if isinstance(s, dict) else s for d, s in dd.items()}
    if m.get("description"):
        doc["description"] = m["description"]
    doc["properties"] = props
    if m.get("required"):
        doc["required"] = m["required"]
    doc["title"] = name
    doc["type"] = "object"
    return doc, "", doc


def op_schema(H, h, fn, op):
    F = H[h][fn]
    props, req = {}, []
    for p in op.get("parameters", []):
        if "$ref" in p:
            p = F["parameters"].get(refname(p["$ref"]), {})
        if p.get("in") in ("path", "query"):
            sch = p.get("schema") or {k: p[k] for k in ("type", "format", "enum") if k in p}
            if "$ref" in sch or not sch.get("type"):
                sch = {"type": "string"}
            d = {"type": sch.get("type", "string")}
            if sch.get("enum"):
                d["enum"] = sch["enum"]
            if p.get("description"):
                d["description"] = p["description"]
            props[p["name"]] = d
            if p.get("required"):
                req.append(p["name"])
        elif p.get("in") == "body" and isinstance(p.get("schema"), dict):
            body_into(F, p["schema"], props)
    rb = op.get("requestBody")
    if isinstance(rb, dict):
        if "$ref" in rb:
            rb = F["requestBodies"].get(refname(rb["$ref"]), {})
        for ct, c in (rb.get("content") or {}).items():
            if "json" in ct and isinstance(c.get("schema"), dict):
                body_into(F, c["schema"], props)
                break
    s = {"type": "object", "properties": props}
    if req:
        s["required"] = req
    return s


def body_into(F, sch, props):
    if "$ref" in sch:
        sch = F["schemas"].get(refname(sch["$ref"]), {})
    for k, v in (sch.get("properties") or {}).items():
        props.setdefault(k, rewrite_refs(copy.deepcopy(v), set(), ""))


def tool_name_of(op_id):
    n = re.sub(r"[^A-Za-z0-9_-]", "_", op_id)[:64]
    return n


def tool_desc(op):
    parts = [x for x in (op.get("summary"), op.get("description")) if x]
    if len(parts) == 2 and parts[0].strip() == parts[1].strip():
        parts = parts[:1]
    return "\n\n".join(parts) or op.get("operationId")


USER_TURNS = ["Use the tools to finish the task in the ticket.", "Run the steps in the checklist with the tools below.",
              "Handle the request using the available functions."]


def render_tools(H, wrap, ops, rng):
    tools = []
    for h, fn, op in ops:
        tools.append((tool_name_of(op["operationId"]), tool_desc(op), op_schema(H, h, fn, op)))
    slots = []
    if wrap == "anthropic-tools":
        doc = [{"name": n, "description": d, "input_schema": s} for n, d, s in tools]
        slots = [(f"/{i}/name", f"/{i}/description", f"/{i}/input_schema", doc[i]) for i in range(len(doc))]
        sch = [t["input_schema"] for t in doc]
    elif wrap == "anthropic-messages":
        doc = {"model": "claude-sonnet-4-5", "max_tokens": 1024,
               "messages": [{"role": "user", "content": rng.choice(USER_TURNS)}],
               "tools": [{"name": n, "description": d, "input_schema": {**s, "additionalProperties": False}, "strict": True} for n, d, s in tools]}
        slots = [(f"/tools/{i}/name", f"/tools/{i}/description", f"/tools/{i}/input_schema", doc["tools"][i]) for i in range(len(tools))]
        sch = [t["input_schema"] for t in doc["tools"]]
    elif wrap == "openai-tools":
        doc = [{"type": "function", "function": {"name": n, "description": d, "parameters": {**s, "additionalProperties": False}, "strict": True}} for n, d, s in tools]
        slots = [(f"/{i}/function/name", f"/{i}/function/description", f"/{i}/function/parameters", doc[i]["function"]) for i in range(len(doc))]
        sch = [t["function"]["parameters"] for t in doc]
    elif wrap == "openai-responses":
        doc = {"model": "gpt-5", "input": rng.choice(USER_TURNS),
               "tools": [{"type": "function", "name": n, "description": d, "parameters": {**s, "additionalProperties": False}, "strict": True} for n, d, s in tools]}
        slots = [(f"/tools/{i}/name", f"/tools/{i}/description", f"/tools/{i}/parameters", doc["tools"][i]) for i in range(len(tools))]
        sch = [t["parameters"] for t in doc["tools"]]
    elif wrap == "mcp-tools-list":
        doc = {"jsonrpc": "2.0", "id": 1, "result": {"tools": [{"name": n, "description": d, "inputSchema": s,
               "annotations": {"readOnlyHint": op["method"] == "get"}} for (n, d, s), (_, _, op) in zip(tools, ops)]}}
        slots = [(f"/result/tools/{i}/name", f"/result/tools/{i}/description", f"/result/tools/{i}/inputSchema", doc["result"]["tools"][i]) for i in range(len(tools))]
        sch = [t["inputSchema"] for t in doc["result"]["tools"]]
    elif wrap == "gemini":
        doc = {"tools": [{"functionDeclarations": [{"name": n, "description": d, "parameters": s} for n, d, s in tools]}],
               "toolConfig": {"functionCallingConfig": {"mode": "AUTO"}}}
        fd = doc["tools"][0]["functionDeclarations"]
        slots = [(f"/tools/0/functionDeclarations/{i}/name", f"/tools/0/functionDeclarations/{i}/description",
                  f"/tools/0/functionDeclarations/{i}/parameters", fd[i]) for i in range(len(fd))]
        sch = [t["parameters"] for t in fd]
    return doc, slots, sch


# ------------------------------------------------------------------ vocabulary
CUE = {  # category: (cue keys, text cues, short prefixes for joined forms)
    "PERSON": (["Dbtr_Nm", "imie_i_nazwisko", "jmeno_a_prijmeni", "fullstandigt_namn", "onomateponymo", "seongmyeong", "poora_naam", "al_ism_al_kamil"],
               ["Nm", "imię i nazwisko", "jméno a příjmení", "namn", "onomateponymo", "seongmyeong", "poora naam", "al-ism al-kamil"], []),
    "DATE_OF_BIRTH": (["PERSON_BIRTH_DATE", "BirthDt", "data_urodzenia", "datum_narozeni", "fodelsedatum", "imerominia_gennisis", "saengnyeonwoeil", "janm_tithi", "tarikh_al_milad", "Birth_Date"],
                      ["Person Birth Date", "BirthDt", "data urodzenia", "datum narození", "födelsedatum", "imerominia gennisis", "saengnyeonwoeil", "janm tithi", "tarikh al-milad"],
                      ["dob_", "birthdt_", "urodz_", "narozeni_", "fodd_", "gennisi_", "saengil_", "janm_", "milad_"]),
    "US_SSN": (["SSN_NUM", "SOCIAL_SECURITY_NUM", "BENE_SSN_T_MSIS"], ["T-MSIS SSN", "SSN", "Social Security No."], ["ssn_", "ssnum_", "socsec_"]),
    "PHONE_NUMBER": (["TELEPHONE_NUMBER", "PhneNb", "MobNb", "numer_telefonu", "telefonni_cislo", "telefonnummer", "tilefono", "jeonhwabeonho", "phone_sankhya", "raqm_al_hatif"],
                     ["TELEPHONE NUMBER", "PhneNb", "MobNb", "numer telefonu", "telefonní číslo", "telefonnummer", "tilefono", "jeonhwa", "phone sankhya", "raqm al-hatif"],
                     ["tel_", "phne_", "telefon_", "jeonhwa_", "hatif_"]),
    "EMAIL_ADDRESS": (["EmailAdr", "adres_email", "epost", "ilektroniko_tachydromeio", "imeil_juso", "email_pata", "al_barid_al_iliktruni"],
                      ["EmailAdr", "e-mail", "e-post", "email"], []),
    "STREET_ADDRESS": (["PstlAdr_StrtNm", "adres_zamieszkania", "bydliste", "gatuadress", "dieftynsi", "juso", "pata", "al_unwan"],
                       ["PstlAdr", "adres zamieszkania", "bydliště", "gatuadress", "dieftynsi", "juso", "pata", "al-unwan"], []),
    "ZIP_CODE": (["PstCd", "ELGBL_ADR_ZIP_CD", "zip_code_5", "kod_pocztowy_us", "postnummer_us", "ubyeonbeonho_mi", "al_ramz_al_baridi"],
                 ["ZIP", "PstCd", "ELGBL-ADR-ZIP-CODE", "US ZIP", "ubyeon beonho (US)", "al-ramz al-baridi (US)"], ["zip_", "pstcd_", "zip5_"]),
    "MRN": (["LOCAL_PATIENT_IDENTIFIER", "UR_NUMBER", "PatID", "journalnummer", "numer_historii_choroby", "cislo_chorobopisu", "arithmos_mitroou_asthenous", "hwanja_beonho", "mareez_kramank", "raqm_al_malaf_al_tibbi"],
            ["Local Patient Identifier", "UR number", "PatID", "journalnummer", "nr historii choroby", "číslo chorobopisu", "hwanja beonho", "mareez kramank", "raqm al-malaf al-tibbi"],
            ["lpi_", "urno_", "patid_", "journal_", "mrn_"]),
    "HEALTH_PLAN_ID": (["NHS_NUMBER", "MEDICARE_CARD_NUMBER", "health_card_number", "MSIS_IDENTIFICATION_NUM", "MBI"],
                       ["NHS Number", "Medicare card number", "OHIP health card", "MSIS identification number", "MBI"],
                       ["nhsno_", "medicare_", "ohip_", "msis_", "mbi_"]),
    "ACCOUNT_NUMBER": (["DbtrAcct_IBAN", "CdtrAcct_Id", "numer_rachunku", "cislo_uctu", "kontonummer", "arithmos_logariasmou", "gyejwa_beonho", "khata_sankhya", "raqm_al_hisab", "card_pan"],
                       ["DbtrAcct IBAN", "numer rachunku", "číslo účtu", "kontonummer", "card PAN", "ABA routing"],
                       ["iban_", "pan_", "konto_", "acct_"]),
    "LICENSE_NUMBER": (["numer_prawa_jazdy", "cislo_ridicskeho_prukazu", "korkortsnummer", "diploma_odigisis", "unjeon_myeonheo_beonho", "dl_sankhya", "raqm_rukhsat_al_qiyada"],
                       [], ["dl_", "prawojazdy_", "myeonheo_"]),
    "VEHICLE_ID": (["numer_VIN", "cislo_VIN", "chassinummer", "arithmos_plaisiou", "chadae_beonho", "chassis_sankhya", "raqm_al_haykal"],
                   ["VIN", "numer VIN", "chassinummer", "arithmos plaisiou", "chadae beonho", "raqm al-haykal"], ["vin_", "chassi_"]),
    "DEVICE_ID": (["IMPLANT_SERIAL", "UDI_CARRIER_HRF", "adres_mac", "numer_seryjny_urzadzenia", "serienummer_implantat", "imei_no"],
                  ["IMEI", "UDI", "MAC", "implant serial", "numer seryjny"], ["imei_", "mac_", "udi_", "sn_"]),
    "URL": (["zbiorka_url", "sbirka_url", "insamling_url", "fundraiser_link", "portal_link"], ["zbiórka", "sbírka", "insamling", "fundraiser"], []),
    "IP_ADDRESS": (["adres_ip", "ip_adresa", "ip_adress", "diefthynsi_ip", "ip_juso", "unwan_ip", "LastLoginIp"],
                   ["adres IP", "IP adresa", "IP-adress", "diefthynsi IP", "IP juso", "unwan IP", "last login IP"], ["ip_", "ipv6_", "srcip_"]),
    "SECRET": (["haslo", "heslo", "losenord", "kodikos_prosvasis", "bimilbeonho", "paasvard", "kalimat_al_sir"],
               ["hasło", "heslo", "lösenord", "kodikos prosvasis", "bimilbeonho", "paasvard", "kalimat al-sir"], []),
}
KIND_CUES = {  # kind prefix: (cue keys, text cues, joined prefixes) overriding CUE for that kind
    "hp_mbi": (["MBI", "medicareBeneficiaryId"], ["MBI"], ["mbi_"]),
    "hp_nhs": (["NHS_NUMBER"], ["NHS Number"], ["nhsno_", "nhs_number_"]),
    "hp_au_medicare": (["MEDICARE_CARD_NUMBER"], ["Medicare card number"], ["medicare_card_"]),
    "hp_ohip": (["health_card_number", "ohip_number"], ["OHIP health card"], ["ohip_"]),
    "hp_msis": (["MSIS_IDENTIFICATION_NUM"], ["MSIS identification number"], ["msis_"]),
    "iban": (["DbtrAcct_IBAN", "CdtrAcct_Id", "numer_rachunku", "cislo_uctu", "kontonummer", "arithmos_logariasmou", "raqm_al_hisab"],
             ["DbtrAcct IBAN", "numer rachunku", "číslo účtu", "kontonummer", "IBAN"], ["iban_", "konto_"]),
    "card": (["card_pan", "numer_karty", "cislo_karty", "kortnummer", "kadeu_beonho"], ["card PAN", "numer karty", "kortnummer"], ["pan_", "card_"]),
    "aba": (["aba_routing_and_account", "khata_sankhya"], ["ABA routing / account"], ["aba_acct_"]),
    "device_imei": (["imei_no", "numer_imei"], ["IMEI"], ["imei_"]),
    "device_mac": (["adres_mac", "mac_adresa"], ["MAC", "adres MAC"], ["mac_"]),
    "device_udi": (["UDI_CARRIER_HRF", "udi_pi"], ["UDI"], ["udi_"]),
    "device_implant": (["IMPLANT_SERIAL", "numer_seryjny_urzadzenia", "serienummer_implantat"], ["implant serial", "numer seryjny implantu"], ["implantsn_", "sn_"]),
    "ip_v6": (["adres_ip", "ip_adresa", "ip_adress", "diefthynsi_ip", "ip_juso", "unwan_ip", "LastLoginIp"], ["adres IPv6", "IPv6", "last login IP"], ["ipv6_"]),
    "ip_v4": (["adres_ip", "ip_adresa", "ip_adress", "diefthynsi_ip", "ip_juso", "unwan_ip", "LastLoginIp"], ["adres IP", "IP adresa", "IP-adress", "last login IP"], ["ip_", "srcip_"]),
}


def cues_for(cat, kind):
    for k in sorted(KIND_CUES, key=len, reverse=True):
        if kind.startswith(k):
            return KIND_CUES[k]
    return CUE[cat]


GENERIC_KEYS = ["value", "sample", "fixture", "legacy_ref", "imported_text", "wartosc", "hodnota", "varde", "timi", "gabt", "maan", "qima"]
NOCUE_LEADS = ["Sample row: {v}", "Przykład z importu: {v}", "Ukázka z importu: {v}", "Exempel från importen: {v}",
               "Paradeigma apo to eisitirio: {v}", "Yesi deiteo: {v}", "Udaharan: {v}", "Mithal min al-talab: {v}"]
CUE_LEADS = ["{c}: {v}", "{c} {v}", "({c}: {v})", "{c} = {v}"]
MONTHS_PL = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]
MONTHS_SV = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]
MONTHS_EN3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LAT_COUNTRIES = [c for c in V.NAME_SETS if c not in V.NONLATIN]


class Ctx:
    def __init__(self, rng, names):
        self.rng, self.names, self.i = rng, names, {}

    def cyc(self, key, seq):
        k = self.i.get(key, 0)
        self.i[key] = k + 1
        return seq[k % len(seq)]


def gen_value(ctx, cat, need_join):
    """Return dict(v, kind, joined, jkind, standalone, jstandalone, cue_text, prefix)."""
    r = ctx.rng
    d = {"standalone": False, "jstandalone": False, "joined": None}
    if cat == "PERSON":
        c = ctx.cyc("pc", LAT_COUNTRIES if need_join else V.NAME_SETS)
        g, f, sex = V.person(r, ctx.names, c)
        if c in V.NONLATIN:
            d.update(v=(f + g) if c in V.FAMILY_FIRST else f"{g} {f}", kind=f"native_script_{c}")
        else:
            g2, _, _ = V.person(r, ctx.names, c)
            style = ctx.cyc("ps", ["natural", "family_comma", "caps", "two_given", "lower", "natural", "family_comma_initial"])
            v = {"natural": f"{g} {f}", "family_comma": f"{f.upper()}, {g}", "caps": f"{g} {f}".upper(), "two_given": f"{g} {g2} {f}" if g2 != g else f"{g} {f}",
                 "lower": f"{g} {f}".lower(), "family_comma_initial": f"{f}, {g} {g2[0]}."}[style]
            d.update(v=v, kind=f"{style}_{c}")
            gf, ff = V.fold(g), V.fold(f)
            js = ctx.cyc("pj", ["snake", "camel", "pascal", "kebab", "screaming"])
            j = {"snake": f"{gf}_{ff}".lower(), "camel": gf.lower() + ff[:1].upper() + ff[1:].lower(), "pascal": gf.capitalize() + ff.capitalize(),
                 "kebab": f"{gf}-{ff}".lower(), "screaming": f"{ff}_{gf}".upper()}[js]
            j = re.sub(r"[^A-Za-z0-9_-]", "", j)
            d.update(joined=j, jkind=f"{js}_joined", jstandalone=True)
        d["standalone"] = True
        return d
    if cat == "DATE_OF_BIRTH":
        y, m, dd = r.randint(1931, 2012), r.randint(1, 12), r.randint(1, 28)
        st = ctx.cyc("dob", ["pl", "cz", "sv", "iso", "nhs", "kr", "gr", "compact", "iso20022"])
        v = {"pl": f"{dd} {MONTHS_PL[m-1]} {y} r.", "cz": f"{dd}. {m}. {y}", "sv": f"{dd} {MONTHS_SV[m-1]} {y}", "iso": f"{y}-{m:02d}-{dd:02d}",
             "nhs": f"{dd:02d}-{MONTHS_EN3[m-1]}-{y}", "kr": f"{y}년 {m}월 {dd}일", "gr": f"{dd:02d}/{m:02d}/{y}", "compact": f"{y}{m:02d}{dd:02d}",
             "iso20022": f"<BirthDt>{y}-{m:02d}-{dd:02d}</BirthDt>"}[st]
        if st == "iso20022":
            v = f"{y}-{m:02d}-{dd:02d}"
            d["wrap_xml"] = True
        jst = ctx.cyc("dobj", ["compact", "snake", "dmy"])
        j = {"compact": f"{y}{m:02d}{dd:02d}", "snake": f"{y}_{m:02d}_{dd:02d}", "dmy": f"{dd:02d}{m:02d}{y}"}[jst]
        d.update(v=v, kind=f"dob_{st}", joined=j, jkind=f"dob_{jst}_joined")
        return d
    if cat == "US_SSN":
        s = V.ssn(r)
        st = ctx.cyc("ssn", ["dashed", "plain", "spaced", "dashed"])
        v = {"dashed": f"{s[:3]}-{s[3:5]}-{s[5:]}", "plain": s, "spaced": f"{s[:3]} {s[3:5]} {s[5:]}"}[st]
        d.update(v=v, kind=f"ssn_{st}", standalone=st == "dashed", joined=f"{s[:3]}_{s[3:5]}_{s[5:]}", jkind="ssn_underscore_joined")
        return d
    if cat == "PHONE_NUMBER":
        st = ctx.cyc("ph", ["e164", "mobile", "paren", "intl", "mobile", "dots1", "slash", "plain"])
        if st == "mobile":
            reg = ctx.cyc("mreg", V.MOBILE_REGIONS)
            v = V.mobile(r, reg)
            d.update(v=v, kind=f"mobile_{reg}", standalone=True)
        else:
            v, npa = V.us_phone(r, st)
            d.update(v=v, kind=f"us_{st}", standalone=st in ("e164", "intl", "paren"))
        d.update(joined=re.sub(r"\D", "", v), jkind="phone_digits_joined")
        return d
    if cat == "EMAIL_ADDRESS":
        c = ctx.cyc("ec", LAT_COUNTRIES)
        g, f, _ = V.person(r, ctx.names, c)
        g, f = V.fold(g).lower(), V.fold(f).lower()
        loc = ctx.cyc("el", [f"{g}.{f}", f"{g[0]}{f}", f"{f}.{g}{r.randint(2, 99)}", f"{g}_{f}", f"{g}{f[:3]}{r.randint(50, 99)}"])
        v = f"{re.sub(r'[^a-z0-9._]', '', loc)}@{ctx.cyc('ed', V.EMAIL_DOMAINS)}"
        d.update(v=v, kind="email_isp", standalone=True, joined=v, jkind="email_key", jstandalone=True)
        return d
    if cat == "STREET_ADDRESS":
        st = ctx.cyc("sa", ["us_full", "pl", "us_full", "se", "us_line", "cz", "gb", "gr"])
        if st.startswith("us"):
            v, _ = V.us_street(r, full=st == "us_full")
        else:
            v = V.foreign_street(r, st)
        d.update(v=v, kind=f"street_{st}", standalone=st != "us_line")
        return d
    if cat == "ZIP_CODE":
        npa = r.choice(sorted(V.US_AREAS))
        p4 = ctx.cyc("z4", [False, True, False])
        v = V.zip_for(r, npa, p4)
        d.update(v=v, kind="zip_plus4" if p4 else "zip5", joined=v.replace("-", "_"), jkind="zip_joined")
        return d
    if cat == "MRN":
        st = ctx.cyc("mrn", ["ur", "lpi", "patid", "journal", "hosp", "digits7"])
        n = "".join(str(r.randint(0, 9)) for _ in range(7))
        v = {"ur": f"UR{n}", "lpi": f"RKN{n}{r.randint(0, 9)}", "patid": f"P{n}-{r.randint(1, 9)}",
             "journal": f"JN-{r.randint(2008, 2024)}/{n[:5]}", "hosp": f"H{n}", "digits7": n}[st]
        d.update(v=v, kind=f"mrn_{st}", joined=re.sub(r"[^A-Za-z0-9]", "", v), jkind="mrn_joined")
        return d
    if cat == "HEALTH_PLAN_ID":
        st = ctx.cyc("hp", ["mbi", "nhs", "au_medicare", "ohip", "mbi_dashed", "msis"])
        if st.startswith("mbi"):
            m = V.mbi(r)
            v = m if st == "mbi" else f"{m[:4]}-{m[4:7]}-{m[7:]}"
            d.update(standalone=True, joined=m, jstandalone=True)
        elif st == "nhs":
            n = V.nhs_number(r)
            v = f"{n[:3]} {n[3:6]} {n[6:]}"
            d.update(joined=n)
        elif st == "au_medicare":
            n = V.au_medicare(r)
            v = f"{n[:4]} {n[4:9]} {n[9]}"
            d.update(joined=n)
        elif st == "ohip":
            n = V.ohip(r)
            v = f"{n[:4]}-{n[4:7]}-{n[7:10]}-{n[10:]}"
            d.update(joined=n)
        else:
            v = "".join(str(r.randint(0, 9)) for _ in range(9)) + r.choice("ABCDEFGHJK")
            d.update(joined=v)
        d.update(v=v, kind=f"hp_{st}", jkind=f"hp_{st}_joined")
        return d
    if cat == "ACCOUNT_NUMBER":
        st = ctx.cyc("ac", ["iban", "card", "iban_grouped", "aba", "card"])
        if st.startswith("iban"):
            ib = V.iban(r, ctx.cyc("ibc", sorted(V.IBAN_LEN)))
            v = ib if st == "iban" else " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
            d.update(v=v, kind=f"iban_{ib[:2]}{'_grouped' if st != 'iban' else ''}", standalone=True, joined=ib, jkind="iban_joined", jstandalone=True)
        elif st == "card":
            b = ctx.cyc("cb", sorted(V.CARD_PREFIXES))
            c = V.card(r, b)
            v = " ".join(c[i:i + 4] for i in range(0, len(c), 4)) if len(c) == 16 else c
            d.update(v=v, kind=f"card_{b}", standalone=len(c) == 16, joined=c, jkind="card_joined")
        else:
            a, acct = V.aba(r), "".join(str(r.randint(0, 9)) for _ in range(r.randint(9, 12)))
            v = f"{a} / {acct}"
            d.update(v=v, kind="aba_routing_account", joined=f"{a}_{acct}", jkind="aba_joined", cue_fixed="ABA routing / account")
        return d
    if cat == "LICENSE_NUMBER":
        st = ctx.cyc("dl", ["ab", "sk", "ns", "nl", "mb", "kr", "pl", "in"])
        D = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        L = lambda k: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))
        v, cue = {"ab": (f"{D(6)}-{D(3)}", "Alberta operator's licence"), "sk": (D(8), "Saskatchewan driver's licence"),
                  "ns": (f"{L(5)}{D(9)}", "Nova Scotia driver's licence"), "nl": (f"{L(1)}{D(9)}", "Newfoundland and Labrador driver's licence"),
                  "mb": (f"{L(2)}-{L(2)}-{L(2)}-{D(3)}{L(2)}", "Manitoba driver's licence"), "kr": (f"{r.randint(11, 28)}-{D(2)}-{D(6)}-{D(2)}", "unjeon myeonheo beonho"),
                  "pl": (f"{D(5)}/{D(2)}/{D(4)}", "numer prawa jazdy"), "in": (f"MH{r.randint(1, 50):02d} {r.randint(2005, 2022)}{D(7)}", "DL no. (Maharashtra)")}[st]
        d.update(v=v, kind=f"dl_{st}", joined=re.sub(r"[^A-Za-z0-9]", "", v), jkind=f"dl_{st}_joined", cue_fixed=cue, prefix_fixed=f"dl_{st}_")
        return d
    if cat == "VEHICLE_ID":
        v = V.vin(r, ctx.cyc("wmi", V.WMIS))
        d.update(v=v, kind=f"vin_{v[:3]}", standalone=True, joined=v, jkind="vin_joined", jstandalone=True)
        return d
    if cat == "DEVICE_ID":
        st = ctx.cyc("dv", ["imei", "mac_colon", "udi", "implant", "mac_dash"])
        if st == "imei":
            v = V.imei(r)
            d.update(joined=v)
        elif st.startswith("mac"):
            v = V.mac(r, "colon_lower" if st == "mac_colon" else "dash_upper")
            d.update(standalone=True, joined=re.sub(r"[^0-9A-Fa-f]", "", v).upper())
        elif st == "udi":
            v = V.udi(r)
            d.update(joined=re.sub(r"[()]", "", v))
        else:
            v = f"{r.choice(['RNG', 'PJK', 'QVM'])}{r.randint(100000, 999999)}{r.choice('HSN')}"
            d.update(joined=v)
        d.update(v=v, kind=f"device_{st}", jkind=f"device_{st}_joined")
        return d
    if cat == "IP_ADDRESS":
        st = ctx.cyc("ip", ["v4", "v6", "v4_port", "v4_cidr", "v6_bracket"])
        if st.startswith("v4"):
            a = V.ipv4(r)
            v = a + {"v4": "", "v4_port": f":{r.choice([8443, 3389, 5060, 22])}", "v4_cidr": "/32"}[st]
            j = a.replace(".", "_")
        else:
            a = V.ipv6(r)
            v = a if st == "v6" else f"[{a}]:{r.choice([443, 8080, 51820])}"
            j = a.replace(":", "_")
        d.update(v=v, kind=f"ip_{st}", standalone=True, joined=j, jkind="ip_joined")
        return d
    if cat == "URL":
        c = ctx.cyc("uc", LAT_COUNTRIES)
        g, f, _ = V.person(r, ctx.names, c)
        slug = f"{V.fold(g)}-{V.fold(f)}".lower()
        t = ctx.cyc("uh", V.URL_HOSTS)
        v = t.format(slug=slug, num=r.randint(10000, 99999), nhs=V.nhs_number(r), fam=V.fold(f))
        d.update(v=v, kind="url_" + re.sub(r"https://(www\.)?", "", t).split("/")[0].split(".")[0], standalone=True)
        return d
    if cat == "SECRET":
        k = ctx.cyc("sk", V.SECRET_KINDS + ["password"])
        if k == "password":
            v = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%&*") for _ in range(14))
            d.update(v=v, kind="password")
        else:
            v, _ = V.secret(r, k)
            d.update(v=v, kind=k, standalone=True)
        return d
    raise KeyError(cat)


# ------------------------------------------------------------------ hard negatives
def hard_negatives(rng):
    H = []
    rp = [("examples", "(254) 555-0143"), ("default", "+1-937-555-0188"), ("examples", "user@example.com"), ("const", "patient.name@example.org"),
          ("default", "192.0.2.44"), ("examples", "198.51.100.7"), ("enum", "2001:db8::17"), ("default", "000-00-0000"),
          ("const", "XXX-XX-XXXX"), ("default", "YOUR_HF_TOKEN"), ("examples", "<SNYK_API_TOKEN>"), ("enum", "Jan Kowalski"),
          ("examples", "Jan Novák"), ("description", "Link format: https://example.net/patients/{nhsNumber}"),
          ("default", "UR-0000000"), ("examples", "PL00 0000 0000 0000 0000 0000 0000")]
    H += [("reserved_placeholder", s, v) for s, v in rp]
    for k in ["NHS_NUMBER", "PERSON_BIRTH_DATE", "MEDICARE_CARD_NUMBER", "MSIS_IDENTIFICATION_NUM", "data_urodzenia", "numer_telefonu",
              "datum_narozeni", "personnummer", "imerominia_gennisis", "saengnyeonwoeil", "janm_tithi", "tarikh_al_milad", "kalimat_al_sir", "BirthDt"]:
        H.append(("category_label_key", "property_name", k))
    enums = [["1", "2", "9", "X"], ["0", "1", "2", "9"], ["1", "2", "3", "4", "9"], ["A", "B", "C", "D", "E", "F", "G", "H", "J"],
             ["DOCT", "MADM", "MISS", "MIST"], ["I10", "E11.9", "J45.909"], ["AB", "SK", "NS", "NL", "MB"], ["01", "02", "03", "04"],
             ["kobieta", "mężczyzna"], ["kvinna", "man"], ["namja", "yeoja"], ["dhakar", "untha"]]
    H += [("code_enum", "enum", e) for e in enums]
    rx = [r"^\d{3} ?\d{3} ?\d{4}$", r"^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$", r"^PL\d{26}$", r"^[A-HJ-NPR-Z0-9]{17}$",
          r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$", r"^[2-6]\d{9}$", r"^\d{10}[A-Z]{2}$",
          r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^hf_[A-Za-z]{34}$", r"^\d{15}$"]
    H += [("format_regex", "pattern" if i < 7 else "pattern_property", x) for i, x in enumerate(rx)]
    nl = [("enum", "billing_month", "August"), ("const", "australian_state", "Victoria"), ("default", "country_name", "Georgia"),
          ("enum", "office_city", "Florence"), ("default", "office_city", "Sydney"), ("const", "bank_name", "Chase"),
          ("enum", "vehicle_make", "Mercedes"), ("default", "office_city", "Madison")]
    H += [("name_like_word", s, (k, v)) for s, k, v in nl]
    vd = [("const", "2025-07-01"), ("description", "Available since API version 2024-11-30."), ("description", "Deprecated as of 2025-02-14."),
          ("default", "release 2023-09-27"), ("const", "build 20240611.2"), ("description", "Obowiązuje od 2024-01-01."),
          ("description", "Gäller från 2025-04-01."), ("default", "schema snapshot 2026-05-26")]
    H += [("version_date", s, v) for s, v in vd]
    for t in ["Person Birth Date (NHS Data Dictionary), format CCYY-MM-DD.", "Medicare card number as printed, 10 digits plus the IRN.",
              "Data urodzenia pacjenta w formacie RRRR-MM-DD.", "Patientens födelsedatum (ÅÅÅÅ-MM-DD).",
              "Tarikh al-milad lil-marid bi-sighat YYYY-MM-DD.", "MSIS identification number assigned by the state Medicaid agency."]:
        H.append(("category_words_text", "description", t))
    H += [("tool_category_words", "tool_name", t) for t in ["by_nhs_number", "lookup_person_birth_date", "verify_medicare_card", "by_msis_id"]]
    H += [("file_name_category_words", "file_name", t) for t in ["person_birth_date_form", "nhs_number_lookup"]]
    return H


# ------------------------------------------------------------------ planting
class FileBuild:
    def __init__(self, wrap, doc, roots, slots, host, base, stem):
        self.wrap, self.doc, self.roots, self.slots, self.host, self.base, self.stem = wrap, doc, roots, slots, host, base, stem
        self.used = set()
        self.labels = []
        self.fname_token = None
        self.newkeys = 0
        self.host_props = [(rp + "/properties/" + esc(k), ro["properties"][k]) for rp, ro in roots for k in host_string_props(ro)]


def host_string_props(root_obj):
    out = []
    for k, v in (root_obj.get("properties") or {}).items():
        if isinstance(v, dict) and v.get("type") == "string" and "$ref" not in v and "enum" not in v and "const" not in v:
            out.append(k)
    return out


def add_prop(fb, rng, key, schema):
    rptr, robj = rng.choice(fb.roots)
    props = robj.setdefault("properties", {})
    if key in props:
        key = key + "_" + str(len(props))
    props[key] = schema
    return rptr + "/properties/" + esc(key), props[key], key


def pick_host_prop(fb, rng, field):
    cands = [(p, o) for p, o in fb.host_props if ("hostprop", p) not in fb.used]
    if not cands:
        return None
    return rng.choice(cands)


def plant(fb, rng, ctx, plan, idx):
    """plan: dict(surface, category|None, hn=(kind, payload)). Appends label(s)."""
    s = plan["surface"]
    lab = {"surface": s, "base": fb.base}
    if plan.get("hn"):
        return plant_hn(fb, rng, plan, lab)
    cat = plan["category"]
    need_join = s in KEY_SURF
    d = gen_value(ctx, cat, need_join)
    keys, texts, prefixes = cues_for(cat, d["kind"])
    cue_text = d.get("cue_fixed") or (rng.choice(texts) if texts else None)
    lab["category"] = cat
    if need_join:
        j = d["joined"]
        if d["jstandalone"] and rng.random() < 0.6:
            token, placement = j, "no_cue"
        else:
            pre = d.get("prefix_fixed") or (rng.choice(prefixes) if prefixes else rng.choice(keys).lower() + "_")
            token, placement = pre + j, "text_cue"
        lab.update(value=j, kind=d["jkind"], placement=placement)
        if s == "property_name":
            key = token + rng.choice(["", "_record", "Notes", "_v2", "_ref"])
            ptr, _, key = add_prop(fb, rng, key, {"type": "string"})
            lab["pointer"] = ptr
        elif s == "pattern_property":
            form = rng.choice(["^{}$", "^{}(_[a-z]+)?$", "^{}\\.[0-9]+$"])
            rx = form.replace("{}", re.escape(token))
            rptr, robj = rng.choice(fb.roots)
            robj.setdefault("patternProperties", {})[rx] = {"type": "string"}
            lab.update(pointer=rptr + "/patternProperties/" + esc(rx), value=re.escape(j), raw=j)
        elif s == "tool_name":
            free = [sl for sl in fb.slots if (sl[0], "name") not in fb.used]
            sl = rng.choice(free)
            fb.used.add((sl[0], "name"))
            nm = sl[3]["name"]
            room = 64 - len(token) - 1
            sl[3]["name"] = nm[:room].rstrip("_-") + "_" + token
            lab["pointer"] = sl[0]
        elif s == "file_name":
            fb.fname_token = token
            lab["pointer"] = ""
        fb.labels.append(lab)
        return
    v = d["v"]
    stand = d["standalone"]
    # choose placement
    opts = []
    if stand:
        opts.append("no_cue")
    if cue_text:
        opts.append("text_cue")
    if s not in ("tool_description", "metadata"):
        opts.append("key_cue")
    placement = rng.choice(opts)
    if s == "pattern" and placement == "text_cue" and "key_cue" in opts:
        placement = "key_cue"
    def with_cue(val):
        if d.get("wrap_xml"):
            return f"<BirthDt>{val}</BirthDt>"
        return rng.choice(CUE_LEADS).format(c=cue_text, v=val)
    text = with_cue(v) if placement == "text_cue" else v
    if placement == "no_cue" and d.get("wrap_xml"):
        text = v
    lab.update(value=v, kind=d["kind"], placement=placement)
    if s in ("enum", "const", "default", "examples", "title", "pattern", "description"):
        target = None
        if placement != "key_cue" and rng.random() < 0.5:
            target = pick_host_prop(fb, rng, s)
        if target is None:
            key = rng.choice(keys) if placement == "key_cue" else rng.choice(GENERIC_KEYS)
            ptr, obj, _ = add_prop(fb, rng, key, {"type": "string"})
        else:
            ptr, obj = target
            fb.used.add(("hostprop", ptr))
        if s == "enum":
            e = obj.setdefault("enum", [])
            if not e:
                e.append(rng.choice(["UNKNOWN", "", "n/a", "other"]))
            e.append(text)
            lab["pointer"] = ptr + f"/enum/{len(e) - 1}"
        elif s == "examples":
            e = obj.setdefault("examples", [])
            e.append(text)
            lab["pointer"] = ptr + f"/examples/{len(e) - 1}"
        elif s == "pattern":
            rx = "^" + re.escape(text) + "$"
            obj["pattern"] = rx
            lab.update(pointer=ptr + "/pattern", value=re.escape(v), raw=v)
        elif s == "description":
            if placement == "no_cue":
                text = rng.choice(NOCUE_LEADS).format(v=v)
            old = obj.get("description")
            obj["description"] = (old.rstrip() + " " + text) if old else text
            lab["pointer"] = ptr + "/description"
        else:
            obj[s] = text
            lab["pointer"] = ptr + "/" + s
    elif s == "tool_description":
        free = [sl for sl in fb.slots if (sl[1], "desc") not in fb.used]
        sl = rng.choice(free)
        fb.used.add((sl[1], "desc"))
        if placement == "no_cue":
            text = rng.choice(NOCUE_LEADS).format(v=v)
        sl[3]["description"] = sl[3]["description"].rstrip() + "\n\n" + text
        lab["pointer"] = sl[1]
    elif s == "metadata":
        if placement == "no_cue":
            text = rng.choice(NOCUE_LEADS).format(v=v)
        if fb.wrap == "anthropic-messages" and ("meta", "uid") not in fb.used:
            fb.used.add(("meta", "uid"))
            fb.doc["metadata"] = {"user_id": v if placement == "no_cue" else text}
            lab["pointer"] = "/metadata/user_id"
        elif fb.wrap == "mcp-tools-list" and any((sl[0], "ann") not in fb.used for sl in fb.slots):
            sl = [sl for sl in fb.slots if (sl[0], "ann") not in fb.used][0]
            fb.used.add((sl[0], "ann"))
            sl[3]["annotations"]["title"] = text
            lab["pointer"] = sl[0].rsplit("/", 1)[0] + "/annotations/title"
        else:
            rptr, robj = rng.choice(fb.roots)
            if fb.wrap in ("jsonschema", "pydantic", "openapi-components") and "$comment" not in robj and rng.random() < 0.5:
                robj["$comment"] = text
                lab["pointer"] = rptr + "/$comment"
            else:
                ptr, obj, _ = add_prop(fb, rng, rng.choice(GENERIC_KEYS), {"type": "string"})
                xk = rng.choice(["x-provenance", "x-sample-source", "x-import-note", "x-uwagi", "x-anteckning"])
                obj[xk] = text
                lab["pointer"] = ptr + "/" + xk
    fb.labels.append(lab)


def plant_hn(fb, rng, plan, lab):
    kind, payload = plan["hn"]
    s = plan["surface"]
    lab.update(category="NONE", kind=kind, placement="none")
    if kind == "category_label_key":
        ptr, _, key = add_prop(fb, rng, payload, {"type": "string"})
        lab.update(pointer=ptr, value=key)
    elif kind == "code_enum":
        ptr, _, _ = add_prop(fb, rng, rng.choice(["code", "kod", "kod_plci", "status_code", "category_code", "typ"]), {"type": "string", "enum": payload})
        lab.update(pointer=ptr + "/enum/0", value=payload[0])
    elif kind == "format_regex":
        if s == "pattern":
            ptr, obj, _ = add_prop(fb, rng, rng.choice(["ref", "identifier", "code", "kod"]), {"type": "string"})
            obj["pattern"] = payload
            lab.update(pointer=ptr + "/pattern", value=payload)
        else:
            rptr, robj = rng.choice(fb.roots)
            robj.setdefault("patternProperties", {})[payload] = {"type": "string"}
            lab.update(pointer=rptr + "/patternProperties/" + esc(payload), value=payload)
    elif kind == "name_like_word":
        key, v = payload
        ptr, obj, _ = add_prop(fb, rng, key, {"type": "string"})
        if s == "enum":
            obj["enum"] = [v, "other"]
            lab.update(pointer=ptr + "/enum/0", value=v)
        else:
            obj[s] = v
            lab.update(pointer=ptr + "/" + s, value=v)
    elif kind == "tool_category_words":
        free = [sl for sl in fb.slots if (sl[0], "name") not in fb.used]
        sl = rng.choice(free)
        fb.used.add((sl[0], "name"))
        nm = sl[3]["name"]
        sl[3]["name"] = nm[:64 - len(payload) - 1].rstrip("_-") + "_" + payload
        lab.update(pointer=sl[0], value=payload)
    elif kind == "file_name_category_words":
        fb.fname_token = payload
        lab.update(pointer="", value=payload)
    else:  # reserved_placeholder, version_date, category_words_text: value surfaces
        v = payload
        key = rng.choice(GENERIC_KEYS + ["api_version", "note", "info"]) if kind != "version_date" else rng.choice(["api_version", "since", "release", "build", "wersja", "version"])
        ptr, obj, _ = add_prop(fb, rng, key, {"type": "string"})
        if s == "enum":
            obj["enum"] = [v, "other"]
            lab.update(pointer=ptr + "/enum/0", value=v)
        elif s == "examples":
            obj["examples"] = [v]
            lab.update(pointer=ptr + "/examples/0", value=v)
        else:
            obj[s] = v
            lab.update(pointer=ptr + "/" + s, value=v)
    fb.labels.append(lab)


# ------------------------------------------------------------------ main
def make_plans(rng):
    n = 13 * 16
    surf = [SURFACES[i % 13] for i in range(n)]
    cats = []
    for _ in range(13):
        c = CATS[:]
        rng.shuffle(c)
        cats += c
    rng.shuffle(surf)
    bad = lambda c, s: s in NOJOIN.get(c, ())
    for _ in range(50):
        changed = False
        for i in range(n):
            if bad(cats[i], surf[i]):
                for j in rng.sample(range(n), n):
                    if not bad(cats[j], surf[i]) and not bad(cats[i], surf[j]):
                        cats[i], cats[j] = cats[j], cats[i]
                        changed = True
                        break
        if not changed:
            break
    assert not any(bad(c, s) for c, s in zip(cats, surf))
    plans = [{"surface": s, "category": c} for s, c in zip(surf, cats)]
    plans += [{"surface": s, "hn": (k, p)} for k, s, p in hard_negatives(rng)]
    rng.shuffle(plans)
    return plans


def assign(plans, files, rng):
    order = sorted(range(len(plans)), key=lambda i: (0 if plans[i]["surface"] in ("tool_name", "tool_description") else
                                                      1 if plans[i]["surface"] == "file_name" else 2, i))
    for i in order:
        p = plans[i]
        s = p["surface"]
        elig = []
        for f in files:
            if len(f["plans"]) >= 4:
                continue
            if s in ("tool_name", "tool_description") and f["wrap"] not in TOOL_WRAPS:
                continue
            if s == "tool_name" and sum(1 for q in f["plans"] if q["surface"] == "tool_name") >= f["ntools"]:
                continue
            if s == "tool_description" and sum(1 for q in f["plans"] if q["surface"] == "tool_description") >= f["ntools"]:
                continue
            if s == "file_name" and any(q["surface"] == "file_name" for q in f["plans"]):
                continue
            elig.append(f)
        elig.sort(key=lambda f: (len(f["plans"]), f["order"]))
        elig[0]["plans"].append(p)


def slug(t):
    return re.sub(r"[^A-Za-z0-9]+", "-", t).strip("-")[:40]


def dump(path, doc):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main(out=HERE):
    # verify sources
    with open(os.path.join(HERE, "sources/MANIFEST.jsonl")) as f:
        for line in f:
            m = json.loads(line)
            with open(os.path.join(HERE, "sources", m["file"]), "rb") as g:
                assert hashlib.sha256(g.read()).hexdigest() == m["sha256"], m["file"]
    rng = random.Random(SEED)
    H = load_hosts()
    names = V.load_names()
    ctx = Ctx(rng, names)
    U = units(H)
    sch_units = [u for u in U if u[0] == "schema"]
    op_units = [u for u in U if u[0] == "op"]
    # alternate hosts
    def by_host(lst):
        a = [u for u in lst if u[1] == "xero"]
        b = [u for u in lst if u[1] == "docusign"]
        res = []
        for x, y in zip(a, b):
            res += [x, y]
        return res
    sch_units, op_units = by_host(sch_units), by_host(op_units)
    si = oi = 0
    def take(wrap):
        nonlocal si, oi
        if wrap in SCHEMA_WRAPS:
            u = sch_units[si]
            si += 1
            return [u]
        k = 1 + (oi % 3)
        h = op_units[oi][1]
        grp = []
        while len(grp) < k:
            u = op_units[oi]
            oi += 1
            if u[1] == h and (not grp or u[2] == grp[0][2]):
                grp.append(u)
            elif not grp:
                grp.append(u)
            else:
                op_units.append(u)  # defer to later
        return grp
    for d in ("planted", "real"):
        shutil.rmtree(os.path.join(out, d), ignore_errors=True)
    files = []
    k = 0
    for wrap, n in PLANTED_COUNTS.items():
        for _ in range(n):
            grp = take(wrap)
            files.append({"wrap": wrap, "units": grp, "ntools": len(grp) if wrap in TOOL_WRAPS else 0, "plans": [], "order": k})
            k += 1
    rng.shuffle(files)
    for i, f in enumerate(files):
        f["order"] = i
    plans = make_plans(rng)
    assign(plans, files, rng)
    labels = []
    planted_units = []
    seen_names = set()
    for f in files:
        fb = render(H, f, rng)
        for p in f["plans"]:
            plant(fb, rng, ctx, p, 0)
        fname = fb.stem + (("." + fb.fname_token) if fb.fname_token else "") + ".json"
        rel = f"{f['wrap']}/{fname}"
        assert rel not in seen_names
        seen_names.add(rel)
        dump(os.path.join(out, "planted", rel), fb.doc)
        for lab in fb.labels:
            lab["file"] = rel
            labels.append(lab)
        planted_units += [list(u) for u in f["units"]]
    # ids and order
    labels.sort(key=lambda l: (l["file"], l["pointer"], l["surface"]))
    with open(os.path.join(out, "planted", "labels.jsonl"), "w", encoding="utf-8") as fo:
        for i, lab in enumerate(labels):
            rec = {"id": f"tenth-{i:04d}", "file": lab["file"], "pointer": lab["pointer"], "surface": lab["surface"],
                   "category": lab["category"], "value": lab["value"], "kind": lab["kind"], "placement": lab["placement"], "base": lab["base"]}
            if "raw" in lab:
                rec["raw"] = lab["raw"]
            fo.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "planted_units.json"), "w") as fo:
        json.dump(sorted(planted_units), fo, indent=0)
        fo.write("\n")
    # real files
    rman = []
    for wrap, n in REAL_COUNTS.items():
        for _ in range(n):
            grp = take(wrap)
            f = {"wrap": wrap, "units": grp, "ntools": len(grp), "plans": []}
            fb = render(H, f, rng)
            rel = f"{wrap}/{fb.stem}.json"
            assert rel not in seen_names
            seen_names.add(rel)
            dump(os.path.join(out, "real", rel), fb.doc)
            rman.append({"file": rel, "format": wrap, "units": [list(u) for u in grp], "base": fb.base})
    with open(os.path.join(out, "real", "MANIFEST.jsonl"), "w") as fo:
        for m in sorted(rman, key=lambda m: m["file"]):
            fo.write(json.dumps(m, ensure_ascii=False) + "\n")


def render(H, f, rng):
    wrap, grp = f["wrap"], f["units"]
    u = grp[0]
    host, fn = u[1], u[2]
    repo, commit = HOSTS[host]
    base = f"{repo}@{commit}:{fn}#{u[3]}"
    if wrap in SCHEMA_WRAPS:
        doc, rptr, robj = render_schema(H, wrap, host, fn, u[3])
        stem = f"{host}.{slug(fn.rsplit('.', 1)[0])}.{slug(u[3])}"
        return FileBuild(wrap, doc, [(rptr, robj)], [], host, base, stem)
    ops = []
    for _, h, fn2, oid in grp:
        op = next(o for o in H[h][fn2]["ops"] if o["operationId"] == oid)
        ops.append((h, fn2, op))
    doc, slots, sch = render_tools(H, wrap, ops, rng)
    roots = [(sl[2], s) for sl, s in zip(slots, sch)]
    stem = f"{host}.{slug(fn.rsplit('.', 1)[0])}.{slug(u[3])}" + (f".plus{len(grp) - 1}" if len(grp) > 1 else "")
    return FileBuild(wrap, doc, roots, slots, host, base, stem)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
