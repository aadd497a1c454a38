"""Deterministic builder of the twelfth set: sources/ -> planted/ + real/ (+ planted_units.json).
stdlib + phonenumbers (via values.py). Seed 121212. Re-execs itself with PYTHONHASHSEED=0 for safety."""
import copy, hashlib, json, os, random, re, shutil, sys

if os.environ.get("PYTHONHASHSEED") is None:
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import values as V

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 121212
OUT_P, OUT_R = os.path.join(HERE, "planted"), os.path.join(HERE, "real")
HOSTS = ["lob", "casdoor", "supabase-auth"]
HOST_REPO = {"lob": "lob/lob-openapi@539ed451fc9f3af0d4b1ee01348c095126c64df3:dist/lob-api-bundled.yml",
             "casdoor": "casdoor/casdoor@e6b2338f8955455254ec2f48ef0a0390cbef9ec5:swagger/swagger.yml",
             "supabase-auth": "supabase/auth@bc32168e13fdc928c98b449fc76bc3fdb9a293c5:openapi.yaml"}
HOST_SERVER = {"lob": "https://api.lob.com/v1", "casdoor": "https://door.casdoor.com", "supabase-auth": "https://project-ref.supabase.co/auth/v1"}
SCHEMA_WRAPPERS = ["jsonschema-2019-09", "openapi-overlay", "jsonforms", "vllm-guided-json", "mcp-elicitation"]
OP_WRAPPERS = ["arazzo", "azure-agents-openapi", "cohere-v1-chat", "m365-api-plugin"]
WRAPPERS = SCHEMA_WRAPPERS + OP_WRAPPERS
PER_WRAPPER_PLANTED, PER_WRAPPER_REAL = 11, 11
SURFACES = ["property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples",
            "default", "tool_name", "tool_description", "file_name", "metadata"]
CATS = ["PERSON", "US_SSN", "MRN", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "DATE_OF_BIRTH",
        "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID", "IP_ADDRESS", "URL", "SECRET"]
KEY_SURFACES = {"property_name", "pattern_property", "tool_name", "file_name"}
NO_KEY_CATS = {"EMAIL_ADDRESS", "URL", "STREET_ADDRESS", "SECRET"}
SUPPORT = {
    "jsonschema-2019-09": {"property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples", "default", "file_name", "metadata"},
    "openapi-overlay": {"property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples", "default", "file_name", "metadata"},
    "jsonforms": {"property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples", "default", "file_name", "metadata"},
    "vllm-guided-json": {"property_name", "enum", "const", "pattern", "pattern_property", "title", "description", "examples", "default", "file_name", "metadata"},
    "mcp-elicitation": {"property_name", "enum", "title", "description", "default", "file_name"},
    "arazzo": {"property_name", "enum", "const", "pattern", "title", "description", "examples", "default", "file_name", "metadata"},
    "azure-agents-openapi": {"enum", "const", "pattern", "title", "description", "examples", "default", "tool_name", "tool_description", "file_name", "metadata"},
    "cohere-v1-chat": {"property_name", "description", "tool_name", "tool_description", "file_name"},
    "m365-api-plugin": {"tool_name", "tool_description", "file_name"},
}


def h(s):
    return hashlib.sha256(f"{SEED}|{s}".encode()).hexdigest()


def esc_tok(k):
    return k.replace("~", "~0").replace("/", "~1")


def dump(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


# ====================================================================== host loading
def load_host(name):
    with open(os.path.join(HERE, "sources", "hosts", f"{name}.subset.json"), encoding="utf-8") as f:
        d = json.load(f)
    schemas = d.get("definitions") or d["components"]["schemas"]
    return d, schemas


def ref_name(ref):
    for p in ("#/components/schemas/", "#/definitions/"):
        if ref.startswith(p):
            return ref[len(p):]
    return None


def flatten(schema, schemas, depth=0):
    """Merge allOf (and take the first oneOf/anyOf branch) at the top level; resolve top-level $ref."""
    if not isinstance(schema, dict):
        return {"type": "object"}
    if "$ref" in schema and depth < 6:
        n = ref_name(schema["$ref"])
        if n and n in schemas:
            out = flatten(schemas[n], schemas, depth + 1)
            if schema.get("description"):
                out = dict(out, description=schema["description"])
            return out
        return {"type": "object"}
    out = {k: v for k, v in schema.items() if k not in ("allOf", "oneOf", "anyOf", "example", "examples", "x-examples")}
    parts = list(schema.get("allOf", []))
    for k in ("oneOf", "anyOf"):
        if schema.get(k) and "properties" not in schema:
            parts.append(schema[k][0])
    for p in parts:
        f = flatten(p, schemas, depth + 1)
        if f.get("properties"):
            out.setdefault("properties", {})
            for pk, pv in f["properties"].items():
                out["properties"].setdefault(pk, pv)
        if f.get("required"):
            out["required"] = sorted(set(out.get("required", [])) | set(f["required"]))
        if f.get("type") and "type" not in out:
            out["type"] = f["type"]
        if f.get("description") and "description" not in out:
            out["description"] = f["description"]
    if out.get("properties") and "type" not in out:
        out["type"] = "object"
    return out


def strip_refs(node, schemas, defs=None, depth=0):
    """Replace $refs: into defs (one level, when defs is a dict) or by {"type": "object"}."""
    if isinstance(node, list):
        return [strip_refs(x, schemas, defs, depth) for x in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        n = ref_name(node["$ref"])
        if defs is not None and n and n in schemas:
            key = re.sub(r"[^A-Za-z0-9_.-]", "_", n)
            if key not in defs:
                defs[key] = None
                defs[key] = strip_refs(flatten(schemas[n], schemas), schemas, None, depth + 1)
            return {"$ref": "#/$defs/" + key}
        out = {"type": "object"}
        if n and n in schemas and isinstance(schemas[n], dict) and schemas[n].get("description"):
            out["description"] = schemas[n]["description"]
        return out
    return {k: strip_refs(v, schemas, defs, depth) for k, v in node.items()
            if k not in ("example", "examples", "x-examples", "discriminator", "xml", "readOnly") or not isinstance(v, (dict, list))}


def schema_units(host):
    d, schemas = load_host(host)
    out = []
    for n in sorted(schemas):
        f = flatten(schemas[n], schemas)
        props = f.get("properties") or {}
        if len(props) < 2:
            continue
        out.append({"host": host, "kind": "schema", "id": f"{host}#schema/{n}", "name": n, "schema": f})
    return out


def norm_param(p, d):
    if "$ref" in p:
        key = p["$ref"].split("/")[-1]
        p = (d.get("components", {}).get("parameters", {}) or {}).get(key) or (d.get("parameters", {}) or {}).get(key) or {}
    return p


def op_units(host):
    d, schemas = load_host(host)
    out = []
    for op in d["operations"]:
        name = op.get("operationId") or f"{op['method']}_{op['path']}"
        name = re.sub(r"[^A-Za-z0-9_-]+", "_", name.replace("ApiController.", "").replace("RootController.", "")).strip("_")[:48]
        params, body = [], None
        for p in op.get("parameters", []):
            p = norm_param(p, d)
            if not p or p.get("in") in ("header", "cookie"):
                continue
            if p.get("in") == "body":
                body = flatten(p.get("schema", {}), schemas)
                continue
            sch = p.get("schema") or {k: p[k] for k in ("type", "enum", "default", "format", "items") if k in p}
            params.append({"name": p["name"], "in": "query" if p.get("in") == "formData" else p.get("in", "query"),
                           "required": bool(p.get("required")), "description": p.get("description", ""),
                           "schema": strip_refs(flatten(sch, schemas) if "$ref" in sch else sch, schemas)})
        rb = op.get("requestBody") or {}
        if "$ref" in rb:
            rb = d.get("components", {}).get("requestBodies", {}).get(rb["$ref"].split("/")[-1], {})
        for ct in ("application/json", "application/x-www-form-urlencoded", "multipart/form-data"):
            if ct in rb.get("content", {}):
                body = flatten(rb["content"][ct].get("schema", {}), schemas)
                break
        if body is not None:
            body = strip_refs({k: v for k, v in body.items() if k in ("type", "properties", "required", "description")}, schemas)
            if not body.get("properties"):
                body = None
        desc = " ".join(x for x in (op.get("summary"), op.get("description")) if x).strip() or name.replace("_", " ")
        out.append({"host": host, "kind": "op", "id": f"{host}#op/{op['method']} {op['path']}", "name": name,
                    "description": desc, "method": op["method"], "path": op["path"], "params": params, "body": body})
    return out


# ====================================================================== wrappers
def to_params_schema(op):
    props, req = {}, []
    for p in op["params"]:
        s = dict(p["schema"]) if isinstance(p["schema"], dict) else {"type": "string"}
        if p["description"]:
            s["description"] = p["description"]
        props[p["name"]] = s
        if p["required"]:
            req.append(p["name"])
    if op["body"]:
        for k, v in op["body"]["properties"].items():
            props.setdefault(k, copy.deepcopy(v))
        req += [r for r in op["body"].get("required", []) if r not in req]
    out = {"type": "object", "properties": props}
    if req:
        out["required"] = req
    return out


def build_doc(wrapper, units, host):
    """-> (doc, ctx). ctx lists where plants may go: schema object pointers, tool slots, meta dict pointers."""
    ctx = {"schemas": [], "tools": [], "meta": [], "params": []}
    if wrapper in SCHEMA_WRAPPERS:
        u = units[0]
        title = u["name"]
        d, schemas = load_host(host)
        if wrapper == "mcp-elicitation":
            props = {}
            for k, v in (u["schema"].get("properties") or {}).items():
                if isinstance(v, dict) and v.get("type") in ("string", "integer", "number", "boolean") and "$ref" not in v:
                    props[k] = {kk: vv for kk, vv in v.items() if kk in ("type", "title", "description", "enum", "format", "minLength", "maxLength", "minimum", "maximum", "default")}
            sch = {"type": "object", "properties": props}
            req = [r for r in u["schema"].get("required", []) if r in props]
            if req:
                sch["required"] = req
            msg = (u["schema"].get("description") or f"Please provide the {title} details.").strip()
            doc = {"jsonrpc": "2.0", "id": int(h(u["id"])[:6], 16) % 1000, "method": "elicitation/create",
                   "params": {"message": msg, "requestedSchema": sch}}
            ctx["schemas"].append("/params/requestedSchema")
            return doc, ctx
        defs = {}
        root = strip_refs(u["schema"], schemas, defs)
        defs = {k: v for k, v in defs.items() if v is not None}
        if wrapper == "jsonschema-2019-09":
            doc = {"$schema": "https://json-schema.org/draft/2019-09/schema",
                   "$id": f"https://schemas.example.net/{host}/{re.sub('[^A-Za-z0-9_.-]', '_', title)}.json", "title": title}
            doc.update({k: v for k, v in root.items() if k != "title"})
            if defs:
                doc["$defs"] = defs
            ctx["schemas"].append("")
            ctx["meta"].append("")
        elif wrapper == "openapi-overlay":
            upd = dict(root)
            if defs:
                upd["$defs"] = defs
            doc = {"overlay": "1.0.0", "info": {"title": f"{host} {title} schema patch", "version": "1.0.0"},
                   "extends": HOST_SERVER[host].split("/v1")[0] + "/openapi.yaml",
                   "actions": [{"target": f"$.components.schemas['{title}']",
                                "description": f"Replace the {title} schema", "update": upd}]}
            ctx["schemas"].append("/actions/0/update")
            ctx["meta"].append("/actions/0/update")
        elif wrapper == "jsonforms":
            sch = dict(root)
            if defs:
                sch["$defs"] = defs
            elements = [{"type": "Control", "scope": f"#/properties/{esc_tok(k)}"} for k in list(root.get("properties", {}))[:12]]
            doc = {"schema": sch, "uischema": {"type": "VerticalLayout", "elements": elements}}
            ctx["schemas"].append("/schema")
            ctx["meta"].append("/schema")
        elif wrapper == "vllm-guided-json":
            sch = dict(root)
            if defs:
                sch["$defs"] = defs
            doc = {"model": "Qwen/Qwen2.5-7B-Instruct", "messages": [
                {"role": "system", "content": f"Extract a {title} object from the user's text. Answer with JSON only."},
                {"role": "user", "content": "See the attached record."}], "temperature": 0,
                "guided_json": sch}
            ctx["schemas"].append("/guided_json")
            ctx["meta"].append("/guided_json")
        return doc, ctx
    # ---------------------------------------------------------------- operation wrappers
    if wrapper == "arazzo":
        wfs = []
        for i, op in enumerate(units):
            inputs = to_params_schema(op)
            step = {"stepId": f"call_{op['name']}"[:60], "operationId": op["name"],
                    "parameters": [{"name": p["name"], "in": p["in"], "value": f"$inputs.{p['name']}"} for p in op["params"]]}
            if op["body"]:
                step["requestBody"] = {"contentType": "application/json", "payload": {k: f"$inputs.{k}" for k in op["body"]["properties"]}}
            step["successCriteria"] = [{"condition": "$statusCode == 200"}]
            wfs.append({"workflowId": f"wf_{op['name']}"[:60], "summary": op["name"].replace("_", " "),
                        "description": op["description"], "inputs": inputs, "steps": [step]})
            ctx["schemas"].append(f"/workflows/{i}/inputs")
            ctx["meta"].append(f"/workflows/{i}")
        doc = {"arazzo": "1.0.1", "info": {"title": f"{host} workflows", "version": "1.0.0"},
               "sourceDescriptions": [{"name": host.replace("-", "_"), "url": HOST_SERVER[host].split("/v1")[0] + "/openapi.yaml", "type": "openapi"}],
               "workflows": wfs}
        return doc, ctx
    if wrapper == "azure-agents-openapi":
        tools = []
        for i, op in enumerate(units):
            o = {"operationId": op["name"], "description": op["description"], "parameters": []}
            for p in op["params"]:
                q = {"name": p["name"], "in": p["in"], "required": p["required"] or p["in"] == "path"}
                if p["description"]:
                    q["description"] = p["description"]
                q["schema"] = p["schema"] if isinstance(p["schema"], dict) and p["schema"] else {"type": "string"}
                o["parameters"].append(q)
            if op["body"]:
                o["requestBody"] = {"required": True, "content": {"application/json": {"schema": op["body"]}}}
            o["responses"] = {"200": {"description": "OK"}}
            spec = {"openapi": "3.0.3", "info": {"title": f"{host} {op['name']}", "version": "1.0.0"},
                    "servers": [{"url": HOST_SERVER[host]}], "paths": {op["path"]: {op["method"]: o}}}
            tools.append({"type": "openapi", "openapi": {"name": op["name"][:64], "description": op["description"][:1000] if False else op["description"],
                                                          "spec": spec, "auth": {"type": "anonymous"}}})
            base = f"/tools/{i}/openapi/spec/paths/{esc_tok(op['path'])}/{op['method']}"
            ctx["tools"].append((f"/tools/{i}/openapi", "name", "description"))
            ctx["params"].append(base + "/parameters")
            if op["body"]:
                ctx["schemas"].append(base + "/requestBody/content/application~1json/schema")
            ctx["meta"].append(base)
        doc = {"model": "gpt-4o", "name": f"{host}-assistant", "instructions": "You help staff with account tasks. Use the tools when needed.",
               "tools": tools}
        return doc, ctx
    if wrapper == "cohere-v1-chat":
        tools = []
        for i, op in enumerate(units):
            pd = {}
            ps = to_params_schema(op)
            tmap = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "array": "List[str]", "object": "Dict"}
            for k, v in ps["properties"].items():
                e = {"description": (v.get("description") or k.replace("_", " ")) if isinstance(v, dict) else k,
                     "type": tmap.get(v.get("type") if isinstance(v, dict) else "string", "str"),
                     "required": k in ps.get("required", [])}
                pd[k] = e
            tools.append({"name": op["name"][:64], "description": op["description"], "parameter_definitions": pd})
            ctx["tools"].append((f"/tools/{i}", "name", "description"))
            ctx["schemas"].append(f"/tools/{i}/parameter_definitions")
        doc = {"model": "command-r-plus-08-2024", "message": "Please handle the request in the ticket.",
               "preamble": "You are an operations assistant.", "tools": tools}
        return doc, ctx
    if wrapper == "m365-api-plugin":
        funcs = []
        for i, op in enumerate(units):
            funcs.append({"name": op["name"][:64], "description": op["description"],
                          "capabilities": {"response_semantics": {"data_path": "$"}}})
            ctx["tools"].append((f"/functions/{i}", "name", "description"))
        doc = {"$schema": "https://developer.microsoft.com/json-schemas/copilot/plugin/v2.2/schema.json",
               "schema_version": "v2.2", "name_for_human": f"{host} connector",
               "description_for_human": f"Work with {host} from Copilot.",
               "functions": funcs,
               "runtimes": [{"type": "OpenApi", "auth": {"type": "None"}, "spec": {"url": "apiSpecificationFile/openapi.json"}}]}
        return doc, ctx
    raise ValueError(wrapper)


# ====================================================================== JSON pointer helpers
def get(doc, ptr):
    node = doc
    if ptr == "":
        return node
    for t in ptr.split("/")[1:]:
        t = t.replace("~1", "/").replace("~0", "~")
        node = node[int(t)] if isinstance(node, list) else node[t]
    return node


# ====================================================================== cue vocabulary
LEADS = ["Sample row: ", "Пример из выгрузки: ", "导入样例：", "Halimbawa mula sa import: ", "דוגמה מהייבוא: ",
         "Dæmi úr innflutningi: ", "İdxaldan nümunə: ", "Seen in the CASS batch: "]
GENERIC_KEYS = ["value", "sample", "fixture", "legacy_ref", "znachenie", "zhi", "halaga", "erekh", "gildi", "deyer"]
KEY_SUFFIX = ["", "_record", "Notes", "_v2", "_ref"]
CUE = {  # category -> (cue words for text, cue keys, joined prefixes)
    "PERSON": (["FIO:", "ФИО:", "xingming:", "姓名：", "pangalan:", "shem:", "nafn:", "ad soyad:", "cn:", "IndividualName:", "Safe Harbor (A):"],
               ["fio", "xm", "xingming", "pangalan_ng_pasyente", "shem_male", "fullt_nafn", "ad_soyad", "cn", "IndividualName", "BorrowerFullName"],
               ["fio_", "xm_", "cn_"]),
    "US_SSN": (["SSN", "TaxId (TaxIdTypeCd SSN):", "TaxpayerIdentifierValue:", "IndividualIdentificationNumber:", "Safe Harbor (G):"],
               ["TaxId", "TaxpayerIdentifierValue", "IndividualIdentificationNumber", "ssn", "socialSecurityNumber"],
               ["ssn_", "taxid_", "TaxId_"]),
    "MRN": ([], ["zyh", "mzh", "blh", "nomer_istorii_bolezni", "mispar_tik_refui", "sjukraskrarnumer", "tibbi_kart_nomresi", "mrn"],
            ["zyh_", "mzh_", "blh_", "ib_", "mrn_", "tik_"]),
    "PHONE_NUMBER": (["telephoneNumber:", "mobile:", "тел.", "nomer telefona:", "手机号：", "numero ng telepono:", "mispar telefon:", "símanúmer:", "telefon nömrəsi:"],
                     ["telephoneNumber", "mobile", "homePhone", "nomer_telefona", "sjh", "lxdh", "numero_ng_telepono", "mispar_telefon", "simanumer", "telefon_nomresi"],
                     ["tel_", "sjh_", "mobile_", "simi_"]),
    "EMAIL_ADDRESS": (["mail:", "e-mail:", "邮箱：", "netfang:", "elektronnaya pochta:", "e-poçt:"],
                      ["mail", "elektronnaya_pochta", "yx", "netfang", "e_poct", "doar_elektroni"], []),
    "STREET_ADDRESS": (["street:", "homePostalAddress:", "адрес:", "住址：", "tirahan:", "heimilisfang:", "ünvan:", "ktovet:"],
                       ["street", "homePostalAddress", "adres_prozhivaniya", "jzdz", "tirahan", "heimilisfang", "unvan", "ktovet"], []),
    "ZIP_CODE": (["postalCode:", "PostalCode (MISMO):", "ZIP", "mikud:", "yzbm:", "poçt indeksi:", "Safe Harbor (B) ZIP:"],
                 ["postalCode", "PostalCode", "zip_code", "mikud", "yzbm", "poct_indeksi"], ["zip_", "yzbm_", "mikud_", "postalCode_"]),
    "DATE_OF_BIRTH": ([], [], ["csrq_", "dr_", "dob_", "faed_", "dogum_", "leida_"]),
    "HEALTH_PLAN_ID": ([], ["mbi", "polis_oms", "enp", "mispar_chaver", "kupat_holim_id"], ["mbi_", "enp_", "oms_", "kupah_"]),
    "ACCOUNT_NUMBER": (["IBAN", "DFIAccountNumber:", "PAN", "yinhang zhanghao:", "hesab nömrəsi:", "Safe Harbor (J):"],
                       ["iban", "DFIAccountNumber", "raschetny_schet", "yhzh", "heshbon_bank", "bankareikningur", "hesab_nomresi"],
                       ["iban_", "acct_", "pan_", "yhzh_"]),
    "LICENSE_NUMBER": ([], ["DriversLicenseNumber"], []),
    "DEVICE_ID": (["macAddress:", "MAC", "Safe Harbor (M):", "设备序列号：", "серийный номер:"],
                  ["macAddress", "sbxlh", "serijny_nomer", "mispar_sidori", "radnumer", "seriya_nomresi"], ["mac_", "sn_"]),
    "VEHICLE_ID": (["VIN", "VehIdentificationNumber:", "车架号：", "Safe Harbor (L):", "nomer kuzova/VIN:"],
                   ["VehIdentificationNumber", "cjh", "vin", "verksmidjunumer", "ban_nomresi"], ["vin_", "cjh_", "VehIdentificationNumber_"]),
    "IP_ADDRESS": (["ipHostNumber:", "IP", "IP地址：", "Safe Harbor (O):", "ip-adres:"],
                   ["ipHostNumber", "ipdz", "ip_adres", "ip_unvani", "ip_tala"], ["ip_", "ipHostNumber_", "ipdz_"]),
    "URL": (["labeledURI:", "个人主页：", "профиль:", "Safe Harbor (N):"], ["labeledURI", "zhuye", "profil_url"], []),
    "SECRET": (["userPassword:", "密码：", "kontrasenya:", "sisma:", "lykilorð:", "şifrə:"],
               ["userPassword", "mima", "kontrasenya", "sisma", "lykilord", "sifre"], []),
}
DOB_CUE = {"ru_cyr": (["дата рождения:", "д.р."], ["data_rozhdeniya", "dr"]), "ru_lat": (["data rozhdeniya:", "d.r."], ["data_rozhdeniya", "dr"]),
           "zh": (["出生日期：", "csrq:"], ["csrq", "chusheng_riqi"]), "tl": (["petsa ng kapanganakan:", "kaarawan:"], ["petsa_ng_kapanganakan", "kaarawan"]),
           "is": (["fæðingardagur:"], ["faedingardagur"]), "az": (["doğum tarixi:"], ["dogum_tarixi"]),
           "he": (["תאריך לידה:"], ["taarich_leida"]), "ldap": (["dateOfBirth:"], ["dateOfBirth"]),
           "iso": (["BorrowerBirthDate:", "InsuredBirthDt:"], ["BorrowerBirthDate", "InsuredBirthDt"]),
           "us_slash": (["DOB", "Safe Harbor (C) birth date:"], ["InsuredBirthDt", "BorrowerBirthDate"])}
MRN_CUE = {"zyh": (["住院号：", "zyh:"], ["zyh"]), "mzh": (["门诊号：", "mzh:"], ["mzh"]),
           "ib": (["история болезни №", "istoriya bolezni N"], ["nomer_istorii_bolezni"]),
           "luhn8": (["MRN", "mispar tik refui:", "sjúkraskrárnúmer:"], ["mispar_tik_refui", "sjukraskrarnumer", "mrn"]),
           "site": (["MRN", "Safe Harbor (H):", "tibbi kart nömrəsi:"], ["tibbi_kart_nomresi", "mrn"]),
           "bare10": (["病历号：", "blh:", "MRN"], ["blh", "mrn"])}
HP_CUE = {"mbi": (["MBI", "Medicare Beneficiary Identifier:", "Safe Harbor (I):"], ["mbi"]),
          "enp": (["полис ОМС", "ENP:", "polis OMS:"], ["polis_oms", "enp"]),
          "il_tz": (["Clalit member no.", "mispar chaver kupat holim:"], ["mispar_chaver", "kupat_holim_id"])}
LIC_CUE = {"cn": (["驾驶证号：", "jszh:"], ["jszh"], ["jszh_"]),
           "ru": (["водительское удостоверение", "nomer VU:"], ["nomer_vu", "voditelskoe_udostoverenie"], ["vu_"]),
           "wa": (["WA driver's licence", "DriversLicenseNumber (WA):"], ["DriversLicenseNumber", "dl_wa"], ["dl_wa_"]),
           "il": (["rishyon nehiga:", "רישיון נהיגה"], ["rishyon_nehiga"], ["dl_il_"])}
DEV_CUE = {"imei": (["IMEI"], ["imei"], ["imei_"]), "esn": (["ESN"], ["esn"], ["esn_"])}


# ====================================================================== values
class Cycler:
    def __init__(self, rng, items):
        self.rng, self.items, self.q = rng, list(items), []

    def next(self):
        if not self.q:
            self.q = list(self.items)
            self.rng.shuffle(self.q)
        return self.q.pop()


def esc_rx(s):
    return re.sub(r"([.^$*+?()\[\]{}|\\])", r"\\\1", s)


def make_value(cat, rng, cyc):
    """-> dict(plain, joined, standalone, jstand, kind, cues, keys, prefixes, extra)"""
    c = cyc[cat].next()
    words, keys, prefs = CUE[cat]
    v = {"cues": words, "keys": keys, "prefixes": prefs, "jstand": False, "joined": None}
    if cat == "PERSON":
        p = V.person(rng)
        g, f = p["given"], p["family"]
        if c == "fa":
            v.update(plain=V.person_fa(rng), kind="persian_script", standalone=True)
        else:
            g2 = V.person(rng)["given"]
            plain = {"natural": f"{g} {f}", "family_comma": f"{f.upper()}, {g}", "upper": f"{g} {f}".upper(),
                     "lower": f"{g} {f}".lower(), "two_given": f"{g} {g2} {f}"}[c]
            v.update(plain=plain, kind=c, standalone=True)
        gg, ff = V.fold(g), V.fold(f)
        j = rng.choice(["snake", "camel", "pascal", "kebab", "screaming"])
        v["joined"] = {"snake": f"{gg.lower()}_{ff.lower()}", "camel": gg.lower() + ff, "pascal": gg + ff,
                       "kebab": f"{gg.lower()}-{ff.lower()}", "screaming": f"{ff.upper()}_{gg.upper()}"}[j]
        v["jkind"] = j + "_joined"
        v["jstand"] = True
    elif cat == "US_SSN":
        s = V.ssn(rng)
        plain = {"dashed": s, "spaced": s.replace("-", " "), "plain": s.replace("-", "")}[c]
        v.update(plain=plain, kind=c, standalone=(c == "dashed"), joined=s.replace("-", "_"), jkind="underscore_joined")
    elif cat == "MRN":
        m = V.mrn(rng, c)
        w, k = MRN_CUE[c]
        v.update(plain=m, kind="mrn_" + c, standalone=False, cues=w, keys=k, joined=m.replace("/", "_").replace("-", "_"), jkind="mrn_joined")
        v["prefixes"] = {"zyh": ["zyh_"], "mzh": ["mzh_"], "ib": ["ib_"], "luhn8": ["mrn_", "tik_"], "site": ["mrn_"], "bare10": ["blh_", "mrn_"]}[c]
    elif cat == "PHONE_NUMBER":
        if c.startswith("us_"):
            npa, nxx, line = V.us_phone(rng)
            plain = {"us_paren": f"({npa}) {nxx}-{line}", "us_e164sp": f"+1 {npa} {nxx} {line}", "us_dash1": f"+1-{npa}-{nxx}-{line}",
                     "us_dash": f"{npa}-{nxx}-{line}", "us_dot": f"{npa}.{nxx}.{line}"}[c]
            v.update(plain=plain, kind=c, standalone=c in ("us_paren", "us_e164sp", "us_dash1"), joined=f"{npa}{nxx}{line}", jkind="digits_joined")
        else:
            region, fmt = c.split("_")
            import phonenumbers as pn
            p = V.mobile(rng, region)
            plain = {"e164": pn.format_number(p, pn.PhoneNumberFormat.E164), "intl": pn.format_number(p, pn.PhoneNumberFormat.INTERNATIONAL),
                     "nat": pn.format_number(p, pn.PhoneNumberFormat.NATIONAL)}[fmt]
            v.update(plain=plain, kind=f"mobile_{region}_{fmt}", standalone=fmt != "nat", region=region,
                     joined=pn.format_number(p, pn.PhoneNumberFormat.E164)[1:], jkind="digits_joined")
    elif cat == "EMAIL_ADDRESS":
        v.update(plain=V.email(rng, V.person(rng)), kind="email", standalone=True)
    elif cat == "STREET_ADDRESS":
        if c == "us_full":
            v.update(plain=V.us_address(rng), kind="us_full", standalone=True)
        elif c == "us_line":
            v.update(plain=V.us_street(rng), kind="us_street_line", standalone=False)
        else:
            v.update(plain=V.foreign_address(rng, c), kind="addr_" + c, standalone=True)
    elif cat == "ZIP_CODE":
        npa = rng.choice(sorted(V.AREA))
        z = V.zip5(rng, npa)
        if c == "zip4":
            z += f"-{rng.randint(1, 9999):04d}"
        v.update(plain=z, kind=c, standalone=False, joined=z.replace("-", "_"), jkind="zip_joined")
    elif cat == "DATE_OF_BIRTH":
        d = V.dob(rng)
        w, k = DOB_CUE[c]
        v.update(plain=V.dob_format(d, c), kind="dob_" + c, standalone=False, cues=w, keys=k,
                 joined=rng.choice([V.dob_format(d, "compact"), f"{d.year}_{d.month:02d}_{d.day:02d}"]), jkind="date_joined")
    elif cat == "HEALTH_PLAN_ID":
        w, k = HP_CUE[c.split("_dash")[0] if c.startswith("mbi") else c]
        if c.startswith("mbi"):
            m = V.mbi(rng)
            plain = f"{m[:4]}-{m[4:7]}-{m[7:]}" if c == "mbi_dash" else m
            v.update(plain=plain, kind=c, standalone=True, joined=m, jkind="mbi_joined")
        elif c == "enp":
            v.update(plain=V.enp(rng), kind="oms_enp", standalone=False)
        else:
            v.update(plain=V.il_tz(rng), kind="il_kupah_member", standalone=False)
        v["joined"] = v.get("joined") or v["plain"]
        v["jkind"] = v.get("jkind") or "id_joined"
        v["cues"], v["keys"] = w, k
        v["prefixes"] = {"mbi": ["mbi_"], "mbi_dash": ["mbi_"], "enp": ["enp_", "oms_"], "il_tz": ["kupah_"]}[c]
    elif cat == "ACCOUNT_NUMBER":
        if c.startswith("iban_"):
            cc = c.split("_")[1]
            ib = V.iban(rng, cc)
            grouped = rng.random() < 0.5
            plain = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if grouped else ib
            v.update(plain=plain, kind=f"iban_{cc}" + ("_grouped" if grouped else ""), standalone=True, joined=ib, jkind="iban_joined")
            v["jstand"] = True
        elif c.startswith("card_"):
            br = c[5:]
            n = V.card(rng, br)
            grouped = len(n) == 16
            plain = " ".join(n[i:i + 4] for i in range(0, 16, 4)) if grouped else n
            v.update(plain=plain, kind=f"card_{br}", standalone=grouped, joined=n, jkind="card_joined")
        else:
            bik, acc = V.ru_account(rng)
            v.update(plain=f"БИК {bik}, р/с {acc}", kind="ru_account_bik", standalone=False, joined=acc, jkind="account_joined",
                     cues=["реквизиты:", "rekvizity:"], keys=["raschetny_schet", "rekvizity"])
    elif cat == "LICENSE_NUMBER":
        w, k, pf = LIC_CUE[c]
        v.update(plain=V.licence(rng, c), kind="dl_" + c, standalone=False, cues=w, keys=k, prefixes=pf)
        v["joined"], v["jkind"] = v["plain"].replace(" ", ""), "dl_joined"
    elif cat == "DEVICE_ID":
        if c.startswith("mac_"):
            m = V.mac(rng)
            v.update(plain=V.mac_fmt(m, c[4:]), kind=c, standalone=True, joined=V.mac_fmt(m, "bare_upper"), jkind="mac_joined")
            v["jstand"] = True
        else:
            w, k, pf = DEV_CUE[c]
            val = V.imei(rng) if c == "imei" else V.esn(rng)
            v.update(plain=val, kind=c, standalone=False, cues=w + v["cues"][2:], keys=k + v["keys"], prefixes=pf, joined=val, jkind=c + "_joined")
    elif cat == "VEHICLE_ID":
        x = V.vin(rng)
        v.update(plain=x, kind="vin", standalone=True, joined=x, jkind="vin_joined", jstand=True)
    elif cat == "IP_ADDRESS":
        if c.startswith("v4"):
            a = V.ipv4(rng)
            plain = {"v4": a, "v4_port": f"{a}:{rng.choice([22, 443, 8443, 5432, 3389])}", "v4_32": a + "/32"}[c]
            v.update(plain=plain, kind="ip" + c, standalone=True, joined=a.replace(".", "_"), jkind="ipv4_joined", jstand=True)
        else:
            a = V.ipv6(rng)
            plain = a if c == "v6" else f"[{a}]:{rng.choice([443, 8443, 51820])}"
            v.update(plain=plain, kind="ip" + c, standalone=True, joined=V.ipv4(rng).replace(".", "_"), jkind="ipv4_joined", jstand=True)
            v["joined_plain"] = v["joined"].replace("_", ".")
    elif cat == "URL":
        v.update(plain=V.url(rng, V.person(rng), c), kind="url_" + c, standalone=True)
    elif cat == "SECRET":
        s, rule = V.secret(rng, c)
        v.update(plain=s, kind="secret_" + c, standalone=(c != "password"), rule=rule)
    return v


CYCLES = {
    "PERSON": ["natural", "family_comma", "upper", "lower", "two_given", "fa"],
    "US_SSN": ["dashed", "spaced", "plain"],
    "MRN": ["zyh", "mzh", "ib", "luhn8", "site", "bare10"],
    "PHONE_NUMBER": ["us_paren", "us_e164sp", "us_dash1", "us_dash", "us_dot"] +
                    [f"{r}_{f}" for r, f in zip(["RU", "IL", "CN", "TJ", "TM", "AF", "MG", "HN", "PA", "LS", "AO", "MW"],
                                                 ["e164", "intl", "nat"] * 4)],
    "EMAIL_ADDRESS": ["email"],
    "STREET_ADDRESS": ["us_full", "us_line", "ru", "zh", "is", "az"],
    "ZIP_CODE": ["zip5", "zip4"],
    "DATE_OF_BIRTH": ["ru_cyr", "ru_lat", "zh", "tl", "is", "az", "he", "ldap", "iso", "us_slash"],
    "HEALTH_PLAN_ID": ["mbi", "mbi_dash", "enp", "il_tz"],
    "ACCOUNT_NUMBER": [f"iban_{c}" for c in V.IBAN_SPEC] + [f"card_{b}" for b in V.CARD_IIN] + ["ru_acct"],
    "LICENSE_NUMBER": ["cn", "ru", "wa", "il"],
    "DEVICE_ID": ["mac_colon_lower", "mac_dash_upper", "mac_cisco", "imei", "esn"],
    "VEHICLE_ID": ["vin"],
    "IP_ADDRESS": ["v4", "v4_port", "v4_32", "v6", "v6_port"],
    "URL": V.URL_KINDS,
    "SECRET": V.SECRET_KINDS,
}


# ====================================================================== hard negatives
def negatives_pool(rng):
    """-> list of (kind, surface, payload) drawn in order; payload depends on surface."""
    npa = sorted(V.AREA)
    out = []
    ph = [(f"({a}) 555-01{rng.randint(0, 99):02d}") for a in npa[:4]] + [f"+1-{a}-555-01{rng.randint(0, 99):02d}" for a in npa[4:6]]
    placeholders = ph + ["ivan.petrov@example.com", "user@example.org", "192.0.2.44", "198.51.100.7", "2001:db8::42",
                         "000-00-0000", "XXX-XX-XXXX", "Иванов Иван Иванович", "张三", "Jón Jónsson", "ישראל ישראלי",
                         "<LOB_API_KEY>", "${SUPABASE_SERVICE_ROLE_KEY}", "00-00-5E-00-53-01", "11111111111111111",
                         "https://example.org/users/{userId}", "ZY0000000000", "fo1_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"]
    rng.shuffle(placeholders)
    for x in placeholders[:16]:
        out.append(("reserved_placeholder", rng.choice(["enum", "default", "examples", "const", "description"]), x))
    labelkeys = ["csrq", "fio", "sfzh", "data_rozhdeniya", "taarich_leida", "faedingardagur", "dogum_tarixi", "telephoneNumber",
                 "homePostalAddress", "userPassword", "DriversLicenseNumber", "VehIdentificationNumber", "TaxpayerIdentifierValue",
                 "polis_oms", "DFIAccountNumber", "ipHostNumber", "labeledURI", "zyh", "petsa_ng_kapanganakan", "mispar_tik_refui"]
    rng.shuffle(labelkeys)
    for x in labelkeys[:14]:
        out.append(("category_label_key", "property_name", x))
    enums = [["inetOrgPerson", "organizationalPerson", "person", "posixAccount"], ["SSN", "FEIN", "ITIN"],
             ["PPD", "CCD", "WEB", "TEL", "CTX"], ["22", "27", "32", "37"], ["0", "1", "2", "9"],
             ["Married", "Separated", "Unmarried"], ["M54.5", "E11.9", "I10", "J45.909"], ["MN", "TN", "KS", "IA", "AL"],
             ["muzhskoy", "zhenskiy"], ["lalaki", "babae"], ["karl", "kona", "kvár"], ["kişi", "qadın"], ["zachar", "nekeva"],
             ["nan", "nv"]]
    rng.shuffle(enums)
    for x in enums[:12]:
        out.append(("code_enum", "enum", x))
    regexes = [r"^\d{3}-\d{2}-\d{4}$", r"^[A-HJ-NPR-Z0-9]{17}$", r"^\d{17}[\dX]$", r"^\d{16}$", r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$",
               r"^\d{5}(-\d{4})?$", r"^FR\d{12}[A-Z0-9]{11}\d{2}$", r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$",
               r"^ZY20\d{8}$", r"^fo1_[A-Za-z0-9_-]{43}$", r"^\d{2} \d{2} \d{6}$", r"^([0-9A-F]{2}:){5}[0-9A-F]{2}$"]
    rng.shuffle(regexes)
    for i, x in enumerate(regexes[:10]):
        out.append(("format_regex", "pattern_property" if i < 3 else "pattern", x))
    nlw = [("gemstone", "Jasper"), ("color", "Violet"), ("island", "Skye"), ("fruit", "Clementine"), ("capital_city", "Raleigh"),
           ("mountain_range", "Sierra"), ("tree_species", "Magnolia"), ("sky_phenomenon", "Aurora"), ("mineral", "Opal"), ("shell", "Pearl")]
    rng.shuffle(nlw)
    for k, x in nlw[:8]:
        out.append(("name_like_word", "enum", (k, x)))
    vd = ["2020-02-11", "Available since API version 2024-06-20.", "Deprecated as of 2025-03-01.", "Действует с 2023-01-01.",
          "MCP protocol revision 2025-06-18", "Overlay 1.0.0 (2024-10-17)", "Arazzo 1.0.1 (2025-01-15)", "release 2026-08-20"]
    for x in vd:
        out.append(("version_date", rng.choice(["description", "default", "const"]), x))
    cwt = ["Patient date of birth (csrq) in YYYY-MM-DD format.", "ФИО пациента полностью, как в паспорте.",
           "The member's ENP (polis OMS) number, 16 digits.", "Driver's licence number (jszh) as printed on the card.",
           "Safe Harbor identifier (G): the person's SSN; never store it here.", "IP address of the last sign-in (ipHostNumber)."]
    for x in cwt:
        out.append(("category_words_text", "description", x))
    for x in ["lookup_by_sfzh", "find_patient_by_zyh", "verify_polis_oms", "get_by_mrn"]:
        out.append(("tool_category_words", "tool_name", x))
    for x in ["patient_intake_fio_dob", "member_enp_lookup"]:
        out.append(("file_name_category_words", "file_name", x))
    return out


# ====================================================================== planting
def main():
    rng = random.Random(SEED)
    for d in (OUT_P, OUT_R):
        if os.path.isdir(d):
            shutil.rmtree(d)
    # ---------------- units
    sunits, ounits = [], []
    for host in HOSTS:
        sunits += schema_units(host)
        ounits += op_units(host)

    def interleave(units):
        by = {hh: sorted([u for u in units if u["host"] == hh], key=lambda u: h(u["id"])) for hh in HOSTS}
        out = []
        while any(by.values()):
            for hh in HOSTS:
                if by[hh]:
                    out.append(by[hh].pop(0))
        return out
    sunits, ounits = interleave(sunits), interleave(ounits)

    def elic_ok(u):
        return sum(1 for v in (u["schema"].get("properties") or {}).values()
                   if isinstance(v, dict) and v.get("type") in ("string", "integer", "number", "boolean")) >= 2
    files = []  # dicts: wrapper, units, role
    si, oi = 0, 0
    used = set()
    for role, n in (("planted", PER_WRAPPER_PLANTED), ("real", PER_WRAPPER_REAL)):
        for w in WRAPPERS:
            for k in range(n):
                if w in SCHEMA_WRAPPERS:
                    while sunits[si]["id"] in used or (w == "mcp-elicitation" and not elic_ok(sunits[si])) or \
                            len(json.dumps(sunits[si]["schema"])) > 40000:
                        si += 1
                    us = [sunits[si]]
                    used.add(sunits[si]["id"])
                    si += 1
                else:
                    cnt = [1, 1, 2, 1, 2][k % 5]
                    us = []
                    host = ounits[oi]["host"]
                    j = oi
                    while len(us) < cnt and j < len(ounits):
                        u = ounits[j]
                        if u["id"] not in used and u["host"] == host and (w != "azure-agents-openapi" or True):
                            us.append(u)
                            used.add(u["id"])
                        j += 1
                    while oi < len(ounits) and ounits[oi]["id"] in used:
                        oi += 1
                files.append({"wrapper": w, "units": us, "role": role, "host": us[0]["host"]})
    planted = [f for f in files if f["role"] == "planted"]
    real = [f for f in files if f["role"] == "real"]
    for f in files:
        f["doc"], f["ctx"] = build_doc(f["wrapper"], f["units"], f["host"])
        base = re.sub(r"[^A-Za-z0-9_.-]+", "_", f["units"][0]["name"])[:48]
        f["stem"] = f"{f['host']}.{base}"
        f["labels"] = []
        f["plans"] = []
        f["newkeys"] = set()
        f["touched"] = set()

    # ---------------- positive plans
    surf = [s for s in SURFACES for _ in range(16)]
    cats = [c for c in CATS for _ in range(13)]
    rng.shuffle(surf)
    rng.shuffle(cats)
    for i in range(len(surf)):
        if surf[i] in KEY_SURFACES and cats[i] in NO_KEY_CATS:
            for j in range(len(surf)):
                if surf[j] not in KEY_SURFACES and cats[j] not in NO_KEY_CATS:
                    cats[i], cats[j] = cats[j], cats[i]
                    break
    plans = list(zip(surf, cats))
    order = {s: i for i, s in enumerate(["tool_name", "tool_description", "pattern_property", "metadata", "property_name", "const",
                                         "pattern", "examples", "file_name", "enum", "title", "default", "description"])}
    plans.sort(key=lambda p: (order[p[0]], h(str(p))))
    for k, (s, c) in enumerate(plans):
        cands = [f for f in planted if s in SUPPORT[f["wrapper"]] and len(f["plans"]) < 3]
        if s == "file_name":
            cands = [f for f in cands if not any(p[0] == "file_name" for p in f["plans"])]
        if s in ("tool_name", "tool_description"):
            cands = [f for f in cands if sum(p[0] == s for p in f["plans"]) < len(f["ctx"]["tools"])]
        if s in ("property_name", "pattern_property"):
            cands = [f for f in cands if sum(p[0] == s for p in f["plans"]) < 1]
        cands.sort(key=lambda f: (len(f["plans"]), h(f["stem"] + f["wrapper"] + str(k))))
        cands[0]["plans"].append((s, c))

    cyc = {c: Cycler(random.Random(SEED + i), CYCLES[c]) for i, c in enumerate(CATS)}
    place_cyc = Cycler(random.Random(SEED + 99), ["key_cue", "text_cue", "no_cue", "no_cue", "text_cue"])
    lead_cyc = Cycler(random.Random(SEED + 98), LEADS)
    gen_cyc = Cycler(random.Random(SEED + 97), GENERIC_KEYS)
    suf_cyc = Cycler(random.Random(SEED + 96), KEY_SUFFIX)
    counter = [0]

    def new_key(f, base):
        k, n = base, 2
        while any(k in (get(f["doc"], sp).get("properties", {}) if "parameter_definitions" not in sp else get(f["doc"], sp))
                  for sp in f["ctx"]["schemas"]) or k in f.setdefault("newkeys", set()):
            k = f"{base}_{n}"
            n += 1
        f["newkeys"].add(k)
        return k

    def string_props(f):
        """existing host string-typed properties (pointer list)"""
        out = []
        for sp in f["ctx"]["schemas"]:
            if "parameter_definitions" in sp:
                continue
            for k, v in (get(f["doc"], sp).get("properties") or {}).items():
                if isinstance(v, dict) and v.get("type") == "string" and "enum" not in v and "const" not in v and "$ref" not in v \
                        and k not in f.setdefault("newkeys", set()):
                    out.append(f"{sp}/properties/{esc_tok(k)}")
        for pp in f["ctx"]["params"]:
            for i, p in enumerate(get(f["doc"], pp)):
                if isinstance(p.get("schema"), dict) and p["schema"].get("type") == "string" and "enum" not in p["schema"] and p["name"] not in f["newkeys"]:
                    out.append(f"{pp}/{i}/schema")
        return [o for o in out if o not in f.setdefault("touched", set())]

    def add_prop(f, key, schema):
        """new property (or new query parameter in OpenAPI tool specs) -> pointer of its schema"""
        sch = [sp for sp in f["ctx"]["schemas"] if "parameter_definitions" not in sp]
        if sch:
            sp = sch[int(h(f["stem"] + key)[:4], 16) % len(sch)]
            get(f["doc"], sp).setdefault("properties", {})[key] = schema
            return f"{sp}/properties/{esc_tok(key)}"
        pp = f["ctx"]["params"][0]
        lst = get(f["doc"], pp)
        lst.append({"name": key, "in": "query", "required": False, "schema": schema})
        return f"{pp}/{len(lst) - 1}/schema"

    def label(f, ptr, surface, cat, value, kind, placement, raw=None):
        counter[0] += 1
        lab = {"id": f"t12-{counter[0]:04d}", "file": None, "pointer": ptr, "surface": surface, "category": cat,
               "value": value, "kind": kind, "placement": placement, "base": None}
        if raw is not None:
            lab["raw"] = raw
        f["labels"].append(lab)
        return lab

    def cue_text(v, rng):
        w = rng.choice(v["cues"]) if v["cues"] else "ref"
        form = rng.randrange(4)
        if form == 0:
            return f"{w} {v['plain']}" if w.endswith((":", "：", "№", ".")) or True else None
        if form == 1:
            return f"({w} {v['plain']})"
        if form == 2:
            return f"{w.rstrip(':：')} = {v['plain']}"
        return f"{w} {v['plain']}"

    def joined_text(v, rng, allow_bare):
        if allow_bare and v["jstand"] and rng.random() < 0.6:
            return v["joined"], "no_cue"
        pref = rng.choice(v["prefixes"]) if v["prefixes"] else "ref_"
        return pref + v["joined"], "text_cue"

    for f in planted:
        for (s, cat) in f["plans"]:
            v = make_value(cat, rng, cyc)
            if cat == "IP_ADDRESS" and s in KEY_SURFACES and "joined_plain" in v:
                pass
            if s in KEY_SURFACES:
                j, pl = joined_text(v, rng, True)
                kind = v["jkind"]
                if s == "property_name":
                    key = j + suf_cyc.next()
                    sp = [x for x in f["ctx"]["schemas"]][int(h(f["stem"] + key)[:4], 16) % len(f["ctx"]["schemas"])]
                    if "parameter_definitions" in sp:
                        get(f["doc"], sp)[key] = {"description": "Legacy field kept for import compatibility.", "type": "str", "required": False}
                    else:
                        get(f["doc"], sp).setdefault("properties", {})[key] = {"type": "string", "description": "Legacy field kept for import compatibility."}
                    f.setdefault("newkeys", set()).add(key)
                    label(f, f"{sp}/{'' if 'parameter_definitions' in sp else 'properties/'}{esc_tok(key)}".replace("//", "/"), s, cat, j, kind, pl)
                elif s == "pattern_property":
                    sp = [x for x in f["ctx"]["schemas"] if "parameter_definitions" not in x][0]
                    form = rng.randrange(3)
                    e = esc_rx(j)
                    rx = {0: f"^{e}$", 1: f"^{e}(_[a-z]+)?$", 2: f"^{e}\\.[0-9]+$"}[form]
                    get(f["doc"], sp).setdefault("patternProperties", {})[rx] = {"type": "string"}
                    label(f, f"{sp}/patternProperties/{esc_tok(rx)}", s, cat, e, kind, pl, raw=j if e != j else None)
                elif s == "tool_name":
                    used_t = f.setdefault("used_tools_n", set())
                    ti = [i for i in range(len(f["ctx"]["tools"])) if i not in used_t][0]
                    used_t.add(ti)
                    tp, nk, _ = f["ctx"]["tools"][ti]
                    node = get(f["doc"], tp)
                    j = re.sub(r"[^A-Za-z0-9_-]", "_", j)
                    node[nk] = node[nk][:63 - len(j)] + "_" + j
                    label(f, f"{tp}/{nk}", s, cat, j, kind, pl)
                else:  # file_name
                    j = re.sub(r"[^A-Za-z0-9_.-]", "_", j)
                    f["token"] = j
                    label(f, "", s, cat, j, kind, pl)
                continue
            # ------------- value surfaces
            if s in ("description", "tool_description", "metadata"):
                if v["standalone"] and place_cyc.next() == "no_cue":
                    text, pl = lead_cyc.next() + v["plain"], "no_cue"
                else:
                    text, pl = cue_text(v, rng), "text_cue"
                if s == "tool_description":
                    used_t = f.setdefault("used_tools_d", set())
                    ti = [i for i in range(len(f["ctx"]["tools"])) if i not in used_t][0]
                    used_t.add(ti)
                    tp, _, dk = f["ctx"]["tools"][ti]
                    node = get(f["doc"], tp)
                    node[dk] = node[dk].rstrip() + " " + text
                    label(f, f"{tp}/{dk}", s, cat, v["plain"], v["kind"], pl)
                elif s == "metadata":
                    mp = f["ctx"]["meta"][0]
                    node = get(f["doc"], mp)
                    is_schema = f["wrapper"] in SCHEMA_WRAPPERS
                    mk = rng.choice(["$comment", "x-sample-source", "x-provenance", "x-primechanie", "x-beizhu"]) if is_schema else \
                        rng.choice(["x-sample-source", "x-provenance", "x-primechanie", "x-beizhu"])
                    while mk in node:
                        mk = "x-import-note" if mk != "x-import-note" else "x-athugasemd"
                    node[mk] = text
                    label(f, f"{mp}/{esc_tok(mk)}", s, cat, v["plain"], v["kind"], pl)
                else:  # description of an existing property / parameter, or of a new generic property
                    targets = string_props(f)
                    if f["wrapper"] == "cohere-v1-chat":
                        sp = f["ctx"]["schemas"][0]
                        pdict = get(f["doc"], sp)
                        k0 = sorted(pdict)[int(h(f["stem"] + text)[:4], 16) % len(pdict)] if pdict else None
                        if k0 is None:
                            k0 = new_key(f, gen_cyc.next())
                            pdict[k0] = {"description": "", "type": "str", "required": False}
                        pdict[k0]["description"] = (pdict[k0]["description"].rstrip() + " " + text).strip()
                        ptr = f"{sp}/{esc_tok(k0)}/description"
                    elif targets:
                        t = targets[int(h(f["stem"] + text)[:4], 16) % len(targets)]
                        f["touched"].add(t)
                        if "/parameters/" in t and t.endswith("/schema"):
                            pnode = get(f["doc"], t[:-len("/schema")])
                            pnode["description"] = (pnode.get("description", "").rstrip() + " " + text).strip()
                            ptr = t[:-len("/schema")] + "/description"
                        else:
                            node = get(f["doc"], t)
                            node["description"] = (node.get("description", "").rstrip() + " " + text).strip()
                            ptr = t + "/description"
                    else:
                        k0 = new_key(f, gen_cyc.next())
                        ptr = add_prop(f, k0, {"type": "string", "description": text}) + "/description"
                    label(f, ptr, s, cat, v["plain"], v["kind"], pl)
                continue
            # enum / const / default / examples / title / pattern
            pl = place_cyc.next()
            if not v["standalone"] and pl == "no_cue":
                pl = "key_cue"
            if s == "pattern" and not v["standalone"]:
                pl = "key_cue"
            targets = string_props(f)
            if pl == "key_cue" and v["keys"]:
                key = new_key(f, rng.choice(v["keys"]))
                ptr = add_prop(f, key, {"type": "string"})
                val = v["plain"]
            elif pl == "key_cue":
                pl = "text_cue"
            if pl == "text_cue":
                val = cue_text(v, rng)
                if targets and rng.random() < 0.4:
                    ptr = targets[0]
                    f["touched"].add(ptr)
                else:
                    ptr = add_prop(f, new_key(f, gen_cyc.next()), {"type": "string"})
            elif pl == "no_cue":
                val = v["plain"]
                if targets:
                    ptr = targets[int(h(f["stem"] + val)[:4], 16) % len(targets)]
                    f["touched"].add(ptr)
                else:
                    ptr = add_prop(f, new_key(f, gen_cyc.next()), {"type": "string"})
            node = get(f["doc"], ptr)
            raw = None
            if s == "enum":
                node["enum"] = [rng.choice(["UNKNOWN", "", "n/a", "other"]), val]
                lp = ptr + "/enum/1"
            elif s == "examples":
                node["examples"] = [val]
                lp = ptr + "/examples/0"
            elif s == "pattern":
                e = esc_rx(val)
                node["pattern"] = f"^{e}$"
                lp = ptr + "/pattern"
                raw = val if e != val else None
            else:
                node[s] = val
                lp = ptr + "/" + s
            lv = v["plain"] if s != "pattern" else esc_rx(v["plain"])
            label(f, lp, s, cat, lv, v["kind"], pl, raw=(v["plain"] if (s == "pattern" and lv != v["plain"]) else None))

    # ---------------- hard negatives
    negs = negatives_pool(rng)
    order_files = sorted(planted, key=lambda f: (len(f["labels"]), h(f["stem"] + "neg")))
    for n, (kind, s, payload) in enumerate(negs):
        ok = [f for f in order_files if s in SUPPORT[f["wrapper"]] or (s in ("pattern_property", "pattern", "const", "examples") and
                                                                     f["wrapper"] in ("jsonschema-2019-09", "openapi-overlay", "jsonforms", "vllm-guided-json"))
              or (s == "property_name" and f["wrapper"] != "m365-api-plugin")]
        if s in ("tool_name",):
            ok = [f for f in ok if f["ctx"]["tools"] and len(f.get("used_tools_n", set())) < len(f["ctx"]["tools"])]
        if s == "file_name":
            ok = [f for f in ok if "token" not in f]
        if s in ("enum", "default", "const", "examples", "pattern", "description", "pattern_property", "property_name"):
            ok = [f for f in ok if f["ctx"]["schemas"] or f["ctx"]["params"]]
        if s == "pattern_property":
            ok = [f for f in ok if any("parameter_definitions" not in x for x in f["ctx"]["schemas"])]
        if kind == "category_label_key":
            ok = [f for f in ok if f["ctx"]["schemas"]]
        ok.sort(key=lambda f: (len(f["labels"]), h(f["stem"] + str(n))))
        f = ok[0]
        if kind == "category_label_key":
            sp = f["ctx"]["schemas"][0]
            key = new_key(f, payload)
            if sp and "parameter_definitions" in sp:
                get(f["doc"], sp)[key] = {"description": "", "type": "str", "required": False}
                ptr = f"{sp}/{esc_tok(key)}"
            elif sp:
                get(f["doc"], sp).setdefault("properties", {})[key] = {"type": "string"}
                ptr = f"{sp}/properties/{esc_tok(key)}"
            else:
                continue
            label(f, ptr, "property_name", "NONE", key, kind, "none")
        elif kind == "format_regex" and s == "pattern_property":
            sp = [x for x in f["ctx"]["schemas"] if "parameter_definitions" not in x][0]
            get(f["doc"], sp).setdefault("patternProperties", {})[payload] = {"type": "string"}
            label(f, f"{sp}/patternProperties/{esc_tok(payload)}", s, "NONE", payload, kind, "none")
        elif kind == "tool_category_words":
            used_t = f.setdefault("used_tools_n", set())
            ti = [i for i in range(len(f["ctx"]["tools"])) if i not in used_t][0]
            used_t.add(ti)
            tp, nk, _ = f["ctx"]["tools"][ti]
            node = get(f["doc"], tp)
            node[nk] = node[nk][:63 - len(payload)] + "_" + payload
            label(f, f"{tp}/{nk}", s, "NONE", payload, kind, "none")
        elif kind == "file_name_category_words":
            f["token"] = payload
            label(f, "", s, "NONE", payload, kind, "none")
        elif kind in ("category_words_text",) or (kind == "version_date" and s == "description"):
            if f["wrapper"] == "cohere-v1-chat":
                sp = f["ctx"]["schemas"][0]
                key = new_key(f, gen_cyc.next())
                get(f["doc"], sp)[key] = {"description": payload, "type": "str", "required": False}
                ptr = f"{sp}/{esc_tok(key)}/description"
            else:
                ptr = add_prop(f, new_key(f, gen_cyc.next()), {"type": "string", "description": payload}) + "/description"
            label(f, ptr, "description", "NONE", payload, kind, "none")
        else:
            if kind == "name_like_word":
                k, payload = payload
                ptr = add_prop(f, new_key(f, k), {"type": "string"})
            elif kind == "code_enum":
                ptr = add_prop(f, new_key(f, rng.choice(["code", "type_cd", "kod", "daima", "tegund", "kateqoriya"])), {"type": "string"})
            else:
                ptr = add_prop(f, new_key(f, rng.choice(["placeholder", "example_value", "format_hint", "obrazets", "shili"])), {"type": "string"})
            node = get(f["doc"], ptr)
            if kind == "code_enum":
                node["enum"] = payload
                label(f, ptr + "/enum/0", "enum", "NONE", payload[0], kind, "none")
            elif s == "enum":
                node["enum"] = [payload, "other"]
                label(f, ptr + "/enum/0", "enum", "NONE", payload, kind, "none")
            elif s == "examples":
                node["examples"] = [payload]
                label(f, ptr + "/examples/0", "examples", "NONE", payload, kind, "none")
            elif s == "pattern":
                node["pattern"] = payload
                label(f, ptr + "/pattern", "pattern", "NONE", payload, kind, "none")
            elif s == "description":
                node["description"] = f"Use {payload} in test fixtures." if kind == "reserved_placeholder" else payload
                label(f, ptr + "/description", "description", "NONE", payload, kind, "none")
            else:
                node[s] = payload
                label(f, ptr + "/" + s, s, "NONE", payload, kind, "none")

    # ---------------- write
    os.makedirs(OUT_P)
    os.makedirs(OUT_R)
    all_labels, punits = [], []
    names = set()
    for f in planted:
        fn = f"{f['stem']}.{f['token']}.json" if "token" in f else f"{f['stem']}.json"
        assert fn not in names
        names.add(fn)
        rel = f"{f['wrapper']}/{fn}"
        os.makedirs(os.path.join(OUT_P, f["wrapper"]), exist_ok=True)
        with open(os.path.join(OUT_P, rel), "w", encoding="utf-8") as fh:
            fh.write(dump(f["doc"]))
        for lab in f["labels"]:
            lab["file"] = rel
            lab["base"] = HOST_REPO[f["host"]] + "#" + f["units"][0]["id"].split("#", 1)[1]
            all_labels.append(lab)
        punits += [u["id"] for u in f["units"]]
    with open(os.path.join(OUT_P, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in all_labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    rman = []
    for f in real:
        fn = f"{f['stem']}.json"
        rel = f"{f['wrapper']}/{fn}"
        os.makedirs(os.path.join(OUT_R, f["wrapper"]), exist_ok=True)
        with open(os.path.join(OUT_R, rel), "w", encoding="utf-8") as fh:
            fh.write(dump(f["doc"]))
        rman.append({"file": rel, "format": f["wrapper"], "units": [u["id"] for u in f["units"]],
                     "base": HOST_REPO[f["host"]]})
    with open(os.path.join(OUT_R, "MANIFEST.jsonl"), "w", encoding="utf-8") as fh:
        for r in rman:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "planted_units.json"), "w", encoding="utf-8") as fh:
        fh.write(json.dumps(sorted(punits), indent=1) + "\n")
    pos = [l for l in all_labels if l["category"] != "NONE"]
    print(f"planted {len(planted)} files, {len(pos)} positives, {len(all_labels) - len(pos)} negatives; real {len(real)} files")


if __name__ == "__main__":
    main()
