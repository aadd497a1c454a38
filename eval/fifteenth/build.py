"""Deterministic builder for the fifteenth held-out set: sources/ -> planted/ + real/.

Seed 151515. Standard library + phonenumbers (values.py). Run from anywhere; writes next to this file.
"""
import copy, hashlib, json, os, random, re, shutil, sys
import values as V

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 151515
N_FILES = 16                      # per wrapper, planted and real
POS_PER_SURFACE = 15
MAX_POS_PER_FILE = 3
SURFACES = ["property_name", "pattern_property", "enum", "const", "default", "examples", "title", "pattern",
            "description", "metadata", "tool_name", "tool_description", "file_name"]
CATS = ["PERSON", "US_SSN", "MRN", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "DATE_OF_BIRTH",
        "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID", "IP_ADDRESS", "URL", "SECRET"]
JOINABLE = {"PERSON", "US_SSN", "MRN", "PHONE_NUMBER", "ZIP_CODE", "DATE_OF_BIRTH", "HEALTH_PLAN_ID",
            "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID", "IP_ADDRESS"}
KEYLIKE = {"property_name", "pattern_property", "tool_name", "file_name"}
SCHEMA_SURF = ["property_name", "pattern_property", "enum", "const", "default", "examples", "title", "pattern",
               "description", "metadata", "file_name"]
TOOL_SURF = SCHEMA_SURF + ["tool_name", "tool_description"]
WRAPPERS = {
    "zod-to-json-schema": dict(kind="schema", surf=["property_name", "pattern_property", "enum", "const", "default",
                                                      "pattern", "description", "file_name"]),
    "json-hyper-schema": dict(kind="schema", surf=SCHEMA_SURF),
    "vercel-ai-sdk": dict(kind="tool", surf=TOOL_SURF, ntools=[1, 2, 1]),
    "llamaindex-tools": dict(kind="tool", surf=TOOL_SURF, ntools=[1, 1, 2]),
    "pydantic-ai": dict(kind="tool", surf=TOOL_SURF, ntools=[2, 1, 1]),
    "openrpc": dict(kind="tool", surf=TOOL_SURF, ntools=[2, 3, 2]),
}
HOSTS = {"fusionauth": "FusionAuth/fusionauth-openapi@f07c95a224194589262eb3b151625d65f9a6ebd8:openapi.yaml",
         "moov-customers": "moov-io/customers@1fcf6e1fe58f47347cacbd545bffae8f37f4d6b0:api/client.yaml"}

# ------------------------------------------------------------------ cue vocabulary
KEY_CUE = {
    "PERSON": ["numm_a_virnumm", "vards_uzvards", "ime_i_prezime", "NAD_FL", "givenName_sn"],
    "DATE_OF_BIRTH": ["gebuertsdatum", "dzimsanas_datums", "datum_na_ragjanje", "schacDateOfBirth", "DTM_329"],
    "US_SSN": ["us_ssn", "ssn_asv", "socijalno_osiguruvanje_sad"],
    "MRN": ["dossiersnummer", "slimibas_vestures_nr", "broj_na_dosie", "patient_record_no"],
    "HEALTH_PLAN_ID": ["cns_matrikel", "personas_kods_nvd", "medicare_mbi", "schacPersonalUniqueID"],
    "PHONE_NUMBER": ["telefonsnummer", "talrunis", "telefonski_broj", "telephoneNumber"],
    "EMAIL_ADDRESS": ["email_adress", "e_pasts", "e_poshta", "mail"],
    "STREET_ADDRESS": ["wunnadress", "deklaretas_adrese", "adresa_na_zhiveenje", "postalAddress"],
    "ZIP_CODE": ["us_postcode", "pasta_indekss_asv", "poshtenski_broj_sad"],
    "ACCOUNT_NUMBER": ["kontonummer", "kartes_numurs", "har_number"],
    "LICENSE_NUMBER": ["fuehrerschain_nr", "vaditaja_aplieciba", "vozachka_dozvola_br"],
    "DEVICE_ID": ["implantat_seriennummer", "ierices_imei", "mac_adresa_uredj"],
    "VEHICLE_ID": ["chassisnummer", "vin_kods", "broj_na_shasija"],
    "IP_ADDRESS": ["ip_adress", "ip_adrese_klients", "klient_ip"],
    "URL": ["profil_link", "profila_saite", "vrska_do_profil"],
    "SECRET": ["passwuert", "parole", "api_zetons"],
}
TEXT_CUE = {
    "PERSON": ["Numm a Virnumm:", "Vārds, uzvārds:", "Име и презиме:", "givenName / sn:"],
    "DATE_OF_BIRTH": ["Gebuertsdatum:", "dzimšanas datums:", "датум на раѓање:", "schacDateOfBirth:"],
    "US_SSN": ["US SSN:", "ASV sociālās apdrošināšanas Nr.", "SSN (САД):"],
    "MRN": ["Dossiersnummer:", "slimības vēstures Nr.", "број на медицинско досие:"],
    "HEALTH_PLAN_ID": ["CNS-Matrikelnummer:", "personas kods (NVD):", "Medicare MBI:", "здравствено осигурување бр. (CNS):"],
    "PHONE_NUMBER": ["Tel.:", "tālr.", "тел.", "telephoneNumber:"],
    "EMAIL_ADDRESS": ["E-Mail:", "e-pasts:", "е-пошта:", "mail:"],
    "STREET_ADDRESS": ["Adress:", "deklarētā adrese:", "адреса:", "postalAddress:"],
    "ZIP_CODE": ["US-Postcode:", "pasta indekss (ASV):", "поштенски број (САД):"],
    "ACCOUNT_NUMBER": ["Kontonummer:", "kartes Nr.", "број на сметка:"],
    "LICENSE_NUMBER": ["Führerschäin Nr.", "vadītāja apliecības Nr.", "возачка дозвола бр."],
    "DEVICE_ID": ["Seriennummer vum Implantat:", "ierīces IMEI:", "сериски број на уредот:"],
    "VEHICLE_ID": ["Chassisnummer:", "VIN kods:", "број на шасија:"],
    "IP_ADDRESS": ["IP-Adress:", "IP adrese:", "IP адреса:"],
    "URL": ["Profil:", "profila saite:", "профил:"],
    "SECRET": ["Passwuert:", "parole:", "лозинка:"],
}
LICENCE_CUE = {"licence_lv": ["vadītāja apliecības Nr."], "licence_mk": ["возачка дозвола бр."],
               "licence_lu": ["Führerschäin Nr."], "licence_us_mi": ["Michigan driver's license"],
               "licence_us_co": ["Colorado driver license no."]}
KEY_PREFIX = {
    "PERSON": ["", "", "numm_", "vards_", "NAD_FL_"], "DATE_OF_BIRTH": ["gebuer_", "dzimis_", "roden_", "DTM329_"],
    "US_SSN": ["ssn_", "us_ssn_"], "MRN": ["dossier_", "vesture_", "dosie_"],
    "HEALTH_PLAN_ID": ["cns_", "personas_kods_", "mbi_"], "PHONE_NUMBER": ["tel_", "talr_", "COM_TE_"],
    "ZIP_CODE": ["zip_", "us_postcode_"], "ACCOUNT_NUMBER": ["pan_", "konto_"],
    "LICENSE_NUMBER": ["fuehrerschain_", "aplieciba_", "dozvola_"], "DEVICE_ID": ["imei_", "mac_", "serien_"],
    "VEHICLE_ID": ["", "vin_", "chassis_"], "IP_ADDRESS": ["ip_", "klient_ip_"],
}
NEUTRAL = ["Imported column.", "Importéiert Feld.", "Importēta kolonna.", "Увезено поле."]
LEADIN = ["Sample row:", "Beispill aus dem Import:", "Importa paraugs:", "Пример од увозот:", "Seen in the PAXLST batch:"]
GENERIC = ["value", "sample", "legacy_ref", "imported_text", "vertiba", "waert", "vrednost"]
UNKNOWN = ["UNKNOWN", "", "n/a", "other"]


def esc(tok):
    return tok.replace("~", "~0").replace("/", "~1")


def sha(s):
    return hashlib.sha256(s.encode()).hexdigest()

# ------------------------------------------------------------------ host units
DROP = {"discriminator", "example", "nullable", "readOnly", "writeOnly", "deprecated", "xml", "externalDocs"}


class Host:
    def __init__(self, name):
        with open(os.path.join(HERE, "sources/hosts/%s.subset.json" % name), encoding="utf-8") as f:
            self.d = json.load(f)
        self.name = name
        self.schemas = self.d["components"]["schemas"]

    def target(self, ref):
        parts = ref.split("/")[1:]
        cur = self.d
        for p in parts:
            cur = cur[p]
        return cur

    def conv(self, s, depth=0):
        if isinstance(s, list):
            return [self.conv(x, depth) for x in s]
        if not isinstance(s, dict):
            return s
        if "$ref" in s:
            try:
                t = self.target(s["$ref"])
            except KeyError:
                return {"type": "object"}
            if depth >= 2:
                out = {"type": "object"}
                if isinstance(t, dict) and t.get("description"):
                    out["description"] = t["description"]
                return out
            return self.conv(t, depth + 1)
        if "allOf" in s:
            m = {}
            for part in s["allOf"]:
                c = self.conv(part, depth)
                props = dict(m.get("properties", {}))
                props.update(c.get("properties", {}))
                m.update({k: v for k, v in c.items() if k != "properties"})
                if props:
                    m["properties"] = props
            rest = {k: v for k, v in s.items() if k != "allOf"}
            r = self.conv(rest, depth)
            if "properties" in r:
                m.setdefault("properties", {}).update(r.pop("properties"))
            m.update(r)
            return m
        for k in ("oneOf", "anyOf"):
            if k in s and s[k]:
                base = {kk: vv for kk, vv in s.items() if kk not in ("oneOf", "anyOf")}
                c = self.conv(s[k][0], depth)
                c.update(self.conv(base, depth))
                return c
        out = {}
        for k, v in s.items():
            if k in DROP or k.startswith("x-"):
                continue
            if k == "properties":
                out[k] = {pk: self.conv(pv, depth) for pk, pv in v.items()}
            elif k in ("items", "additionalProperties") and isinstance(v, dict):
                out[k] = self.conv(v, depth)
            else:
                out[k] = copy.deepcopy(v)
        return out

    def schema_units(self):
        units = []
        for n, s in self.schemas.items():
            if len(s.get("properties", {})) < 2:
                continue
            c = self.conv(s)
            if c.get("type") != "object" and "properties" not in c:
                continue
            c["type"] = "object"
            if len(json.dumps(c)) > 14000:
                continue
            units.append(dict(host=self.name, id="schema/" + n, name=n, schema=c))
        return units

    def op_units(self):
        units = []
        for o in self.d["operations"]:
            props, req = {}, []
            for p in o["parameters"]:
                if "$ref" in p:
                    p = self.target(p["$ref"])
                if p.get("in") not in ("path", "query"):
                    continue
                ps = self.conv(p.get("schema", {"type": "string"}))
                if p.get("description"):
                    ps["description"] = p["description"]
                props[p["name"]] = ps
                if p.get("required"):
                    req.append(p["name"])
            body = False
            rb = o.get("requestBody")
            if rb:
                if "$ref" in rb:
                    rb = self.target(rb["$ref"])
                js = rb.get("content", {}).get("application/json", {}).get("schema")
                if js:
                    b = self.conv(js)
                    for k, v in b.get("properties", {}).items():
                        props.setdefault(k, v)
                    req += [r for r in b.get("required", []) if r in props and r not in req]
                    body = bool(b.get("properties"))
            sch = {"type": "object", "properties": props}
            if req:
                sch["required"] = req
            if len(json.dumps(sch)) > 14000:
                continue
            desc = " ".join(x for x in (o.get("summary"), o.get("description")) if x) or o["operationId"]
            units.append(dict(host=self.name, id="op/%s %s" % (o["method"].upper(), o["path"]), name=o["operationId"],
                              description=desc, schema=sch, body=body))
        return units

# ------------------------------------------------------------------ wrappers (render + pointer helpers)
def pyd_titles(s):
    """pydantic-style titles on properties (LlamaIndex fn_schema / model_json_schema)."""
    for k, v in s.get("properties", {}).items():
        if isinstance(v, dict) and "title" not in v:
            v["title"] = " ".join(w.capitalize() for w in re.sub(r"([a-z])([A-Z])", r"\1 \2", k).replace("_", " ").split())


def render(wrapper, host_title, units, fname_base):
    """Returns (doc, roots, toolptr): roots[i] = pointer of unit i's schema, toolptr[i] = (name ptr, desc ptr)."""
    if wrapper == "zod-to-json-schema":
        u = units[0]
        doc = {"$ref": "#/definitions/%s" % u["name"], "definitions": {u["name"]: u["schema"]},
               "$schema": "http://json-schema.org/draft-07/schema#"}
        return doc, ["/definitions/" + esc(u["name"])], [None]
    if wrapper == "json-hyper-schema":
        u = units[0]
        doc = {"$schema": "http://json-schema.org/draft-07/hyper-schema#",
               "$id": "https://schemas.example.net/%s/%s.json" % (u["host"], u["name"]), "title": u["name"]}
        doc.update(u["schema"])
        doc["links"] = [{"rel": "self", "href": "%s/{id}" % u["name"].lower(), "templateRequired": ["id"]}] \
            if "id" in u["schema"].get("properties", {}) else [{"rel": "collection", "href": u["name"].lower()}]
        return doc, [""], [None]
    if wrapper == "vercel-ai-sdk":
        tools = [{"type": "function", "name": u["name"], "description": u["description"], "inputSchema": u["schema"]}
                 for u in units]
        doc = {"prompt": [{"role": "system", "content": "You operate the %s for an administrator." % host_title},
                          {"role": "user", "content": [{"type": "text", "text": "Run the %s step." % units[0]["name"]}]}],
               "maxOutputTokens": 1024, "tools": tools, "toolChoice": {"type": "auto"}}
        return doc, ["/tools/%d/inputSchema" % i for i in range(len(units))], \
            [("/tools/%d/name" % i, "/tools/%d/description" % i) for i in range(len(units))]
    if wrapper == "llamaindex-tools":
        tools = []
        for u in units:
            s = u["schema"]
            pyd_titles(s)
            s["title"] = u["name"] + "Schema" if "title" not in s else s["title"]
            tools.append({"metadata": {"name": u["name"], "description": u["description"], "fn_schema": s,
                                       "return_direct": False}})
        doc = {"tools": tools}
        return doc, ["/tools/%d/metadata/fn_schema" % i for i in range(len(units))], \
            [("/tools/%d/metadata/name" % i, "/tools/%d/metadata/description" % i) for i in range(len(units))]
    if wrapper == "pydantic-ai":
        tools = [{"name": u["name"], "description": u["description"], "parameters_json_schema": u["schema"],
                  "outer_typed_dict_key": None, "strict": None, "kind": "function"} for u in units]
        doc = {"function_tools": tools, "builtin_tools": [], "output_mode": "text", "output_object": None,
               "output_tools": [], "allow_text_output": True}
        return doc, ["/function_tools/%d/parameters_json_schema" % i for i in range(len(units))], \
            [("/function_tools/%d/name" % i, "/function_tools/%d/description" % i) for i in range(len(units))]
    if wrapper == "openrpc":
        methods = []
        for u in units:
            methods.append({"name": u["name"], "description": u["description"],
                            "params": [{"name": "params", "required": True, "schema": u["schema"]}],
                            "result": {"name": "result", "schema": {"type": "object"}}})
        doc = {"openrpc": "1.3.2", "info": {"title": host_title, "version": "1.0.0"}, "methods": methods}
        return doc, ["/methods/%d/params/0/schema" % i for i in range(len(units))], \
            [("/methods/%d/name" % i, "/methods/%d/description" % i) for i in range(len(units))]
    raise KeyError(wrapper)


def resolve(doc, ptr):
    cur = doc
    if ptr == "":
        return cur
    for t in ptr.split("/")[1:]:
        t = t.replace("~1", "/").replace("~0", "~")
        cur = cur[int(t)] if isinstance(cur, list) else cur[t]
    return cur

# ------------------------------------------------------------------ values
class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.names = V.Names()
        self.seen = set()

    def value(self, cat, need_join=False, need_alone=False):
        for _ in range(500):
            r = self.rng
            v = {"PERSON": lambda: self.names.person(r, need_join), "DATE_OF_BIRTH": lambda: V.dob(r),
                 "US_SSN": lambda: V.ssn(r), "MRN": lambda: V.mrn(r), "HEALTH_PLAN_ID": lambda: V.health_plan(r),
                 "PHONE_NUMBER": lambda: V.phone(r), "EMAIL_ADDRESS": lambda: V.email(r, self.names),
                 "STREET_ADDRESS": lambda: V.address(r), "ZIP_CODE": lambda: V.zipcode(r),
                 "ACCOUNT_NUMBER": lambda: V.account(r), "LICENSE_NUMBER": lambda: V.licence(r),
                 "DEVICE_ID": lambda: V.device(r), "VEHICLE_ID": lambda: V.vin(r), "IP_ADDRESS": lambda: V.ip(r),
                 "URL": lambda: V.url(r, self.names), "SECRET": lambda: V.secret(r)}[cat]()
            if need_join and not v.get("joined"):
                continue
            if need_alone and not v["alone"]:
                continue
            key = v["joined"] if need_join else v["value"]
            if key in self.seen:
                continue
            self.seen.add(key)
            return v
        raise RuntimeError((cat, need_join, need_alone))


def text_cue(rng, cat, v):
    if cat == "LICENSE_NUMBER":
        return rng.choice(LICENCE_CUE[v["kind"]])
    if cat == "HEALTH_PLAN_ID":
        if v["kind"].startswith("mbi"):
            return "Medicare MBI:"
        if v["kind"] == "lv_pk":
            return "personas kods (NVD):"
        return rng.choice(["CNS-Matrikelnummer:", "здравствено осигурување бр. (CNS):", "schacPersonalUniqueID (CNS):"])
    if cat == "US_SSN" and v["kind"] != "ssn_dashed":
        return rng.choice(["US SSN:", "ASV sociālās apdrošināšanas Nr.", "SSN (САД):"])
    if v["kind"] in ("dob_edifact", "phone_edifact_com", "edifact_nad") or v["kind"].startswith("secret_") and v["kind"] not in ("secret_password",):
        return rng.choice(["PAXLST:", "Segment:", "Import:"]) if v["kind"].startswith(("dob_edifact", "phone_edifact", "edifact")) else ""
    return rng.choice(TEXT_CUE[cat])

# ------------------------------------------------------------------ build
def main(out=HERE):
    rng = random.Random(SEED)
    gen = Gen(rng)
    hosts = {h: Host(h) for h in HOSTS}
    titles = {h: hosts[h].d["info"]["title"] for h in HOSTS}
    # units, ordered by a seeded hash, interleaved 3 FusionAuth : 1 Moov
    def order(us):
        return sorted(us, key=lambda u: sha("%d|%s|%s" % (SEED, u["host"], u["id"])))
    def inter(a, b):
        out, i, j = [], 0, 0
        while i < len(a) or j < len(b):
            for _ in range(3):
                if i < len(a):
                    out.append(a[i]); i += 1
            if j < len(b):
                out.append(b[j]); j += 1
        return out
    su = inter(order(hosts["fusionauth"].schema_units()), order(hosts["moov-customers"].schema_units()))
    ou = inter(order(hosts["fusionauth"].op_units()), order(hosts["moov-customers"].op_units()))
    used_units = {"planted": [], "real": []}
    files = {"planted": [], "real": []}
    si = oi = 0
    for part in ("planted", "real"):
        for w, spec in WRAPPERS.items():
            for n in range(N_FILES):
                if spec["kind"] == "schema":
                    units = [su[si]]; si += 1
                else:
                    k = spec["ntools"][n % len(spec["ntools"])]
                    first = ou[oi]; oi += 1
                    units = [first]
                    # every tool of a file comes from one host
                    j = oi
                    while len(units) < k:
                        if ou[j]["host"] == first["host"] and ou[j] not in units:
                            units.append(ou[j]); ou.pop(j)
                        else:
                            j += 1
                units = [copy.deepcopy(u) for u in units]
                files[part].append(dict(wrapper=w, units=units, host=units[0]["host"], n=n, labels=[], pos=0,
                                        fname=None))
                used_units[part] += ["%s#%s" % (HOSTS[u["host"]], u["id"]) for u in units]
    # --------------------------------------------------------- plans
    planted = files["planted"]
    plans = []
    cat_cycle = []
    for s in SURFACES:
        for i in range(POS_PER_SURFACE):
            plans.append(s)
    rng.shuffle(plans)
    # categories: identifier surfaces first (joinable categories only), then the rest, least-used category first
    counts = {c: 0 for c in CATS}
    def next_cat(joinable):
        elig = sorted(JOINABLE if joinable else CATS)
        m = min(counts[c] for c in elig)
        c = rng.choice([c for c in elig if counts[c] == m])
        counts[c] += 1
        return c
    keyed = {i: next_cat(True) for i, s in enumerate(plans) if s in KEYLIKE}
    plans = [(s, keyed[i] if i in keyed else None) for i, s in enumerate(plans)]
    plans = [(s, c if c else next_cat(False)) for s, c in plans]
    # assign plan -> file: spread each surface over the wrappers first, then the least-loaded file
    surf_w = {}
    assign = []
    for s, c in plans:
        ws = [w for w, sp in WRAPPERS.items() if s in sp["surf"]]
        cnt = surf_w.setdefault(s, {w: 0 for w in ws})
        cands = [f for f in planted if f["wrapper"] in ws and f["pos"] < MAX_POS_PER_FILE
                 and not (s == "file_name" and f["fname"]) and not (s in ("tool_name", "tool_description") and
                                                                     f.get("t_" + s, 0) >= len(f["units"]))]
        cands.sort(key=lambda f: (cnt[f["wrapper"]], f["pos"], sha("%s|%d|%s|%s" % (f["wrapper"], f["n"], s, c))))
        f = cands[0]
        cnt[f["wrapper"]] += 1
        f["pos"] += 1
        if s == "file_name":
            f["fname"] = "pending"
        if s in ("tool_name", "tool_description"):
            f["t_" + s] = f.get("t_" + s, 0) + 1
        assign.append((f, s, c))
    # --------------------------------------------------------- render planted files (schemas are shared objects)
    for part in ("planted", "real"):
        for f in files[part]:
            f["doc"], f["roots"], f["tptr"] = render(f["wrapper"], titles[f["host"]], f["units"], None)
            u0 = f["units"][0]
            f["stem"] = "%s.%s" % (u0["host"], re.sub(r"[^A-Za-z0-9]+", "_", u0["name"]).strip("_"))
    labels = []
    for f, s, c in assign:
        plant_positive(rng, gen, f, s, c)
    negs = plan_negatives(rng)
    for kind, n in negs:
        for _ in range(n):
            plant_negative(rng, gen, planted, kind)
    # --------------------------------------------------------- write
    for part in ("planted", "real"):
        root = os.path.join(out, part)
        if os.path.isdir(root):
            shutil.rmtree(root)
        for f in files[part]:
            fn = f["fname"] if f["fname"] and f["fname"] != "pending" else f["stem"] + ".json"
            f["fname"] = fn
            p = os.path.join(root, f["wrapper"], fn)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            strip_marks(f["doc"])
            with open(p, "w", encoding="utf-8") as fh:
                fh.write(json.dumps(f["doc"], ensure_ascii=False, indent=2) + "\n")
    n = 0
    with open(os.path.join(out, "planted", "labels.jsonl"), "w", encoding="utf-8") as fh:
        for f in planted:
            for l in f["labels"]:
                n += 1
                l = dict(id="fifteenth-%04d" % n, file="%s/%s" % (f["wrapper"], f["fname"]), **l,
                         base=" + ".join("%s#%s" % (HOSTS[u["host"]], u["id"]) for u in f["units"]))
                fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "real", "MANIFEST.jsonl"), "w", encoding="utf-8") as fh:
        for f in files["real"]:
            fh.write(json.dumps({"file": "%s/%s" % (f["wrapper"], f["fname"]), "format": f["wrapper"],
                                 "units": [u["id"] for u in f["units"]],
                                 "base": " + ".join("%s#%s" % (HOSTS[u["host"]], u["id"]) for u in f["units"])},
                                ensure_ascii=False) + "\n")
    with open(os.path.join(out, "planted_units.json"), "w", encoding="utf-8") as fh:
        json.dump({"planted": sorted(used_units["planted"]), "real": sorted(used_units["real"])}, fh, indent=1)
        fh.write("\n")


# ------------------------------------------------------------------ planting helpers
def add_prop(schema, key, sub):
    props = schema.setdefault("properties", {})
    k, i = key, 2
    while k in props:
        k = "%s_%d" % (key, i); i += 1
    props[k] = sub
    return k


def string_props(schema):
    return sorted(k for k, v in schema.get("properties", {}).items()
                  if isinstance(v, dict) and v.get("type") == "string" and "enum" not in v and "$comment" not in v
                  and not v.get("_planted"))


def lab(f, pointer, surface, category, value, kind, placement, raw=None):
    keyish = surface in ("property_name", "file_name")
    for l in f["labels"]:
        if l["pointer"] == pointer and (l["surface"] in ("property_name", "file_name")) == keyish:
            if l["category"] == category or "NONE" in (l["category"], category):
                raise RuntimeError("pointer clash %s %s" % (pointer, category))
    d = dict(pointer=pointer, surface=surface, category=category, value=value, kind=kind, placement=placement)
    if raw is not None:
        d["raw"] = raw
    f["labels"].append(d)


def key_cue_for(rng, c, v):
    k = v["kind"]
    if c == "HEALTH_PLAN_ID":
        return "medicare_mbi" if k.startswith("mbi") else "personas_kods_nvd" if k == "lv_pk" else \
            rng.choice(["cns_matrikel", "schacPersonalUniqueID"])
    if c == "LICENSE_NUMBER":
        return {"licence_lv": "vaditaja_aplieciba", "licence_mk": "vozachka_dozvola_br", "licence_lu": "fuehrerschain_nr",
                "licence_us_mi": "michigan_dl_number", "licence_us_co": "colorado_dl_number"}[k]
    if c == "ACCOUNT_NUMBER" and k == "hospital_account":
        return "har_number"
    if c == "ACCOUNT_NUMBER" and k == "ach_pair":
        return "ach_routing_account"
    if c == "ACCOUNT_NUMBER":
        return rng.choice(["kontonummer", "kartes_numurs", "emv_5A_pan"])
    if c == "DEVICE_ID":
        return "ierices_imei" if k.startswith("imei") else rng.choice(["mac_adresa_uredj", "implantat_mac"])
    return rng.choice(KEY_CUE[c])


def pick_root(rng, f):
    i = rng.randrange(len(f["roots"]))
    return i, resolve(f["doc"], f["roots"][i]), f["roots"][i]


def plant_positive(rng, gen, f, s, c):
    wrapper = f["wrapper"]
    if s in KEYLIKE:
        prefixes = KEY_PREFIX[c]
        v = gen.value(c, need_join=True)
        pre = rng.choice(prefixes)
        if not pre and not v["alone"]:
            pre = [p for p in prefixes if p][0]
        if c == "HEALTH_PLAN_ID" and not v["kind"].startswith("mbi") and pre == "mbi_":
            pre = "cns_" if v["kind"].startswith("lu") else "personas_kods_"
        if c == "HEALTH_PLAN_ID" and v["kind"].startswith("mbi") and pre != "mbi_":
            pre = rng.choice(["mbi_", ""])
        j = v["joined"]
        placement = "key_cue" if pre else "no_cue"
        kind = v.get("jkind", v["kind"] + "_joined")
        ident = pre + j
        if s == "property_name":
            i, sch, rp = pick_root(rng, f)
            ident2 = ident + rng.choice(["", "", "_record", "_v2", "_ref"])
            k = add_prop(sch, ident2, {"type": "string", "description": rng.choice(NEUTRAL), "_planted": True})
            lab(f, "%s/properties/%s" % (rp, esc(k)), s, c, j, kind, placement)
        elif s == "pattern_property":
            i, sch, rp = pick_root(rng, f)
            form = rng.choice(["^%s(_[a-z]+)?$", "^%s$", "^%s\\.[0-9]+$"])
            rx = form % ident
            sch.setdefault("patternProperties", {})[rx] = {"type": "string"}
            lab(f, "%s/patternProperties/%s" % (rp, esc(rx)), s, c, j, kind, placement)
        elif s == "tool_name":
            ti = [t for t in range(len(f["units"])) if not f.get("tn_%d" % t)][0]
            f["tn_%d" % ti] = 1
            np_ = f["tptr"][ti][0]
            base = resolve(f["doc"], np_.rsplit("/", 1)[0])
            key = np_.rsplit("/", 1)[1]
            tail = "_" + ident
            stem = base[key][:64 - len(tail)]
            base[key] = stem + tail
            lab(f, np_, s, c, j, kind, placement)
        else:  # file_name
            f["fname"] = "%s.%s.json" % (f["stem"][:60], ident)
            lab(f, "", s, c, j, kind, placement)
        return
    # ---------------- text surfaces
    if s in ("description", "metadata", "tool_description"):
        placement = rng.choice(["text_cue", "text_cue", "no_cue"])
    else:
        placement = rng.choice(["key_cue", "key_cue", "text_cue", "no_cue"])
    if placement == "no_cue" and c in ("DATE_OF_BIRTH", "ZIP_CODE", "MRN", "LICENSE_NUMBER"):
        placement = "text_cue"
    v = gen.value(c, need_alone=(placement == "no_cue"))
    val = v["value"]
    kind = v["kind"]
    if placement == "text_cue":
        cue = text_cue(rng, c, v)
        form = rng.choice(["%s %s", "(%s %s)", "%s = %s"]) if cue else "%s%s"
        text = form % (cue, val)
        if not cue:
            placement = "no_cue"   # keyword-bound secrets carry their own keyword inside the value
    elif placement == "no_cue" and s in ("description", "metadata", "tool_description"):
        text = "%s %s" % (rng.choice(LEADIN), val)
    else:
        text = val
    if s == "tool_description":
        ti = [t for t in range(len(f["units"])) if not f.get("td_%d" % t)][0]
        f["td_%d" % ti] = 1
        dp = f["tptr"][ti][1]
        base = resolve(f["doc"], dp.rsplit("/", 1)[0]); key = dp.rsplit("/", 1)[1]
        base[key] = base[key].rstrip() + " " + text + ("" if text.endswith(".") else ".")
        lab(f, dp, s, c, val, kind, placement)
        return
    i, sch, rp = pick_root(rng, f)
    if placement == "key_cue":
        key = add_prop(sch, key_cue_for(rng, c, v), {"type": "string", "_planted": True})
        sub = sch["properties"][key]
    else:
        existing = string_props(sch)
        if existing and rng.random() < 0.5 and s in ("title", "default", "description", "examples", "const", "metadata"):
            key = rng.choice(existing)
            sub = sch["properties"][key]
            sub["_planted"] = True
        else:
            key = add_prop(sch, rng.choice(GENERIC), {"type": "string", "_planted": True})
            sub = sch["properties"][key]
    pp = "%s/properties/%s" % (rp, esc(key))
    if s == "enum":
        sub["enum"] = [rng.choice(UNKNOWN), text]
        lab(f, pp + "/enum/1", s, c, val, kind, placement)
    elif s in ("const", "default", "title"):
        sub[s] = text
        lab(f, pp + "/" + s, s, c, val, kind, placement)
    elif s == "examples":
        sub["examples"] = [text]
        lab(f, pp + "/examples/0", s, c, val, kind, placement)
    elif s == "pattern":
        sub["pattern"] = "^%s$" % re.escape(text)
        lab(f, pp + "/pattern", s, c, re.escape(val), kind, placement, raw=val)
    elif s == "description":
        old = sub.get("description", "").rstrip()
        sub["description"] = (old + " " if old else "") + text
        lab(f, pp + "/description", s, c, val, kind, placement)
    elif s == "metadata":
        sub["$comment"] = text
        lab(f, pp + "/$comment", s, c, val, kind, placement)


# ------------------------------------------------------------------ negatives
NEG_COUNTS = [("reserved_placeholder", 16), ("category_label_key", 14), ("code_enum", 12), ("format_regex", 10),
              ("name_like_word", 8), ("version_date", 8), ("category_words_text", 6), ("tool_category_words", 4),
              ("file_name_category_words", 2)]
RESERVED = [("contact_phone", "(445) 555-0143"), ("fallback_phone", "+1-947-555-0178"),
            ("paxlst_com", "COM+15645550100:TE"), ("contact_email", "patient@example.com"),
            ("notify_email", "records@example.org"), ("client_ip", "203.0.113.41"),
            ("upstream", "198.51.100.27:8443"), ("client_ipv6", "2001:db8:15::7"), ("ssn_mask", "000-00-0000"),
            ("ssn_display", "XXX-XX-XXXX"), ("drone_token", "<DRONECI_TOKEN>"), ("sumo_key", "${SUMO_ACCESS_KEY}"),
            ("vin_stub", "11111111111111111"), ("portal_link", "https://example.org/patients/{patientId}"),
            ("record_mask", "MRN-XXXXXXX"), ("doc_mac", "00:00:5E:00:53:2A")]
LABEL_KEYS = ["NAD_FL", "DTM_329", "schacDateOfBirth", "schacPersonalUniqueID", "gebuertsdatum", "dzimsanas_datums",
              "personas_kods", "cns_matrikel", "datum_na_ragjanje", "ime_i_prezime", "vards_uzvards", "passwuert",
              "us_ssn", "e_pasts"]
CODE_ENUMS = [("att_sex", ["M", "F", "U"]), ("doc_type", ["P", "I", "V", "AC"]), ("country", ["LV", "LU", "MK", "LK"]),
              ("dzimums", ["vīrietis", "sieviete"]), ("geschlecht", ["männlech", "weiblech", "divers"]),
              ("pol", ["машки", "женски"]), ("state", ["WA", "GA", "MI", "CO", "PA", "FL"]),
              ("icd10", ["E11.9", "I10", "J45.909"]), ("nad_qualifier", ["FL", "FM", "DDT", "DDU"]),
              ("schacGender", ["0", "1", "2", "9"]), ("customer_status", ["Unknown", "ReviewRequired", "KYC"]),
              ("id_type", ["passport", "driversLicense", "nationalID"])]
FORMAT_RX = ["^\\d{6}-[0-2]\\d{4}$", "^\\d{13}$", "^\\d{3}-\\d{2}-\\d{4}$", "^[A-HJ-NPR-Z0-9]{17}$",
             "^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$", "^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\\d", "^\\d{5}(-\\d{4})?$",
             "^DTM\\+329:\\d{6}$", "^\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]$", "^\\d{15}$"]
NAME_WORDS = [("gemstone", "Ruby"), ("resin_color", "Amber"), ("eye_structure", "Iris"), ("stone", "Jasper"),
              ("shrub", "Heather"), ("season", "Summer"), ("leaf_color", "Olive"), ("herb", "Sage")]
VERSION = ["api_version 2024-11-07", "Available since FusionAuth 1.46.0 (2023-06-12).", "Deprecated as of 2022-03-01.",
           "Spēkā no 2023-01-01.", "Gëlteg vum 2024-02-15 un.", "Важи од 2023-09-01.", "Schema snapshot 2025-05-20.",
           "UN/EDIFACT directory D.05B, published 2005-11-30."]
CAT_WORDS = ["Gebuertsdatum vum Patient am Format JJJJ-MM-DD.", "Pacienta personas kods (11 cipari, ar defisi).",
             "Датум на раѓање на пациентот (ДД.ММ.ГГГГ).",
             "The DTM segment with qualifier 329 carries the traveller's date of birth as YYMMDD.",
             "schacPersonalUniqueID holds a URN naming the country, the issuer and the person's number.",
             "Medicare Beneficiary Identifier of the member, 11 characters."]
TOOL_WORDS = ["lookup_patient_by_matrikel", "find_by_personas_kods", "verify_schac_dob", "search_by_nad_name"]
FILE_WORDS = ["patient_personas_kods_lookup", "holder_schac_dob_form"]


def plan_negatives(rng):
    return NEG_COUNTS


def plant_negative(rng, gen, planted, kind):
    st = plant_negative.__dict__.setdefault("state", {})
    idx = st.get(kind, 0); st[kind] = idx + 1
    def choose(pred):
        cands = [f for f in planted if pred(f)]
        cands.sort(key=lambda f: (len(f["labels"]), sha("%s|%d|%s|%d" % (f["wrapper"], f["n"], kind, idx))))
        return cands[0]
    if kind == "tool_category_words":
        f = choose(lambda f: WRAPPERS[f["wrapper"]]["kind"] == "tool" and any(not f.get("tn_%d" % t) for t in range(len(f["units"]))))
        ti = [t for t in range(len(f["units"])) if not f.get("tn_%d" % t)][0]
        f["tn_%d" % ti] = 1
        np_ = f["tptr"][ti][0]
        base = resolve(f["doc"], np_.rsplit("/", 1)[0]); key = np_.rsplit("/", 1)[1]
        tail = "_" + TOOL_WORDS[idx]
        base[key] = base[key][:64 - len(tail)] + tail
        lab(f, np_, "tool_name", "NONE", TOOL_WORDS[idx], kind, "none")
        return
    if kind == "file_name_category_words":
        f = choose(lambda f: f["fname"] is None)
        f["fname"] = "%s.%s.json" % (f["stem"][:60], FILE_WORDS[idx])
        lab(f, "", "file_name", "NONE", FILE_WORDS[idx], kind, "none")
        return
    f = choose(lambda f: True)
    i, sch, rp = pick_root(rng, f)
    if kind == "reserved_placeholder":
        key, val = RESERVED[idx]
        surf = rng.choice(["default", "const", "examples"] if f["wrapper"] != "zod-to-json-schema" else ["default", "const"])
        k = add_prop(sch, key, {"type": "string", "_planted": True})
        sub = sch["properties"][k]
        if surf == "examples":
            sub["examples"] = [val]; ptr = "/examples/0"
        else:
            sub[surf] = val; ptr = "/" + surf
        lab(f, "%s/properties/%s%s" % (rp, esc(k), ptr), surf, "NONE", val, kind, "none")
    elif kind == "category_label_key":
        key = LABEL_KEYS[idx]
        if key in sch.get("properties", {}):
            key = key  # add_prop would rename; keep the original unused key instead
        k = add_prop(sch, key, {"type": "string", "_planted": True})
        lab(f, "%s/properties/%s" % (rp, esc(k)), "property_name", "NONE", k, kind, "none")
    elif kind == "code_enum":
        key, codes = CODE_ENUMS[idx]
        k = add_prop(sch, key, {"type": "string", "enum": list(codes), "_planted": True})
        lab(f, "%s/properties/%s/enum/0" % (rp, esc(k)), "enum", "NONE", codes[0], kind, "none")
    elif kind == "format_regex":
        rx = FORMAT_RX[idx]
        if idx % 3 == 2:
            sch.setdefault("patternProperties", {})[rx] = {"type": "string"}
            lab(f, "%s/patternProperties/%s" % (rp, esc(rx)), "pattern_property", "NONE", rx, kind, "none")
        else:
            k = add_prop(sch, rng.choice(["identifier", "code", "reference"]), {"type": "string", "pattern": rx, "_planted": True})
            lab(f, "%s/properties/%s/pattern" % (rp, esc(k)), "pattern", "NONE", rx, kind, "none")
    elif kind == "name_like_word":
        key, word = NAME_WORDS[idx]
        surf = rng.choice(["enum", "default"])
        if surf == "enum":
            k = add_prop(sch, key, {"type": "string", "enum": [word, "other"], "_planted": True})
            lab(f, "%s/properties/%s/enum/0" % (rp, esc(k)), "enum", "NONE", word, kind, "none")
        else:
            k = add_prop(sch, key, {"type": "string", "default": word, "_planted": True})
            lab(f, "%s/properties/%s/default" % (rp, esc(k)), "default", "NONE", word, kind, "none")
    elif kind in ("version_date", "category_words_text"):
        text = (VERSION if kind == "version_date" else CAT_WORDS)[idx]
        k = add_prop(sch, rng.choice(["api_version", "schema_note", "revision"] if kind == "version_date" else ["field_note", "piezime", "hinweis"]),
                     {"type": "string", "description": text, "_planted": True})
        lab(f, "%s/properties/%s/description" % (rp, esc(k)), "description", "NONE", text, kind, "none")


def strip_marks(o):
    if isinstance(o, dict):
        o.pop("_planted", None)
        for v in o.values():
            strip_marks(v)
    elif isinstance(o, list):
        for v in o:
            strip_marks(v)


_orig_main = main


def main_wrapped(out=HERE):
    _orig_main(out)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
