"""Re-create sources/ from the pinned snapshots under /work/.mirror (needs git + pyyaml).

Hosts: XeroAPI/Xero-OpenAPI (MIT) and docusign/OpenAPI-Specifications (MIT).
Names: ozdemirburak/full-name-generator data files (national statistics offices; licences per file header).
Rules: gitleaks/gitleaks config/gitleaks.toml (MIT).
"""
import hashlib, json, os, subprocess, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sources")
MIRROR = "/work/.mirror"
PINS = {
    "XeroAPI/Xero-OpenAPI": "e952d0bda3628facbf7afc5990ad6a0e7e77bd1e",
    "docusign/OpenAPI-Specifications": "3c20b6c8ed00c29c87d7418b5e97d3fad184d012",
    "ozdemirburak/full-name-generator": "1153b470164c0b834d636a2c226118c355eb40d5",
    "gitleaks/gitleaks": "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b",
}
XERO_FILES = ["xero_accounting.yaml", "xero-payroll-uk.yaml", "xero-payroll-nz.yaml", "xero-payroll-au.yaml",
              "xero-payroll-au-v2.yaml", "xero-projects.yaml", "xero_assets.yaml", "xero_files.yaml",
              "xero_bankfeeds.yaml", "xero-finance.yaml", "xero-identity.yaml", "xero-app-store.yaml"]
DOCUSIGN_FILES = ["esignature.rest.swagger-v2.json", "rooms.rest.swagger-v2.json", "admin.rest.swagger-v2.1.json",
                  "click.rest.swagger-v2.json", "navigator.rest.swagger.json", "workspaces.rest.swagger.json",
                  "webforms.rest.swagger-v1.1.0.json", "maestro.rest.swagger-v1.0.0.json"]
NAME_COUNTRIES = ["pl", "cz", "se", "fi", "is", "lv", "si", "tr", "ie", "br", "mx", "dk", "no", "kr", "tw", "il", "ar"]
LICENCE = {"XeroAPI/Xero-OpenAPI": "MIT (LICENSE, (c) 2017 Xero Developer API)",
           "docusign/OpenAPI-Specifications": "MIT (LICENSE, (c) 2017- DocuSign, Inc.)",
           "gitleaks/gitleaks": "MIT"}


def git_show(repo, path):
    d = os.path.join(MIRROR, repo.replace("/", "+"), "repo")
    return subprocess.run(["git", "-C", d, "show", f"{PINS[repo]}:{path}"], check=True, capture_output=True).stdout


class L(yaml.SafeLoader):
    pass


L.add_constructor("tag:yaml.org,2002:timestamp", lambda l, n: l.construct_scalar(n))


def ops_from(spec, swagger2):
    ops = []
    for path, item in (spec.get("paths") or {}).items():
        common = item.get("parameters", [])
        for meth, op in item.items():
            if meth not in ("get", "put", "post", "delete", "patch") or not isinstance(op, dict):
                continue
            o = {"path": path, "method": meth, "operationId": op.get("operationId"),
                 "summary": op.get("summary"), "description": op.get("description"),
                 "parameters": common + op.get("parameters", [])}
            if not swagger2 and op.get("requestBody"):
                rb = op["requestBody"]
                o["requestBody"] = rb
            ops.append(o)
    return ops


def main():
    man = []
    os.makedirs(os.path.join(SRC, "hosts"), exist_ok=True)
    os.makedirs(os.path.join(SRC, "names"), exist_ok=True)
    os.makedirs(os.path.join(SRC, "rules"), exist_ok=True)

    def put(rel, data, repo, path, raw_sha=None, licence=None, note=""):
        with open(os.path.join(SRC, rel), "wb") as f:
            f.write(data)
        man.append({"file": rel, "repo": repo, "commit": PINS[repo], "path": path, "licence": licence or LICENCE[repo],
                    "source_sha256": raw_sha, "sha256": hashlib.sha256(data).hexdigest(), "note": note})

    for host, files, sw2 in (("XeroAPI/Xero-OpenAPI", XERO_FILES, False),
                             ("docusign/OpenAPI-Specifications", DOCUSIGN_FILES, True)):
        out, raws = {}, {}
        for fn in files:
            raw = git_show(host, fn)
            raws[fn] = hashlib.sha256(raw).hexdigest()
            spec = yaml.load(raw, Loader=L) if fn.endswith(".yaml") else json.loads(raw)
            out[fn] = {"info": {"title": spec.get("info", {}).get("title"), "version": spec.get("info", {}).get("version")},
                       "schemas": spec.get("definitions") if sw2 else spec.get("components", {}).get("schemas", {}),
                       "parameters": (spec.get("parameters") if sw2 else spec.get("components", {}).get("parameters")) or {},
                       "requestBodies": {} if sw2 else (spec.get("components", {}).get("requestBodies") or {}),
                       "ops": ops_from(spec, sw2)}
        name = "xero" if host.startswith("Xero") else "docusign"
        data = json.dumps(out, ensure_ascii=False, sort_keys=True, indent=0).encode()
        put(f"hosts/{name}.subset.json", data, host, ",".join(files), raw_sha=raws,
            note="info title/version, schemas, parameters, requestBodies, operations (responses and examples dropped); text verbatim")
    for c in NAME_COUNTRIES:
        for kind in ("names", "surnames"):
            p = f"src/{kind}/{c}.ts"
            raw = git_show("ozdemirburak/full-name-generator", p)
            head = raw.decode().split("\n")[:3]
            lic = " ".join(h.strip("/* ") for h in head if "License" in h)
            put(f"names/{c}.{kind}.ts", raw, "ozdemirburak/full-name-generator", p, raw_sha=hashlib.sha256(raw).hexdigest(),
                licence="data: " + lic + "; code MIT", note="verbatim; source named in the file header")
    raw = git_show("gitleaks/gitleaks", "config/gitleaks.toml")
    put("rules/gitleaks.toml", raw, "gitleaks/gitleaks", "config/gitleaks.toml", raw_sha=hashlib.sha256(raw).hexdigest())
    with open(os.path.join(SRC, "MANIFEST.jsonl"), "w") as f:
        for m in man:
            f.write(json.dumps(m, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
