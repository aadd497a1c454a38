#!/usr/bin/env python3
"""Re-create sources/ from the pinned repository snapshots under /work/.mirror.

Only needed to re-create sources/; build.py runs offline from sources/.
Needs git and pyyaml.  Every file written is recorded in sources/MANIFEST.jsonl
with the repository, the pinned commit, the source path(s), the licence and sha256s.
"""
import hashlib
import json
import os
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sources")
MIRROR = "/work/.mirror"

INTERCOM = ("intercom/Intercom-OpenAPI", "8889625a7b931d8649e18726e7f872ff073520fc",
            "MIT (LICENSE.md, (c) 2022 Intercom, Inc.)")
INTERCOM_FILES = ["descriptions/2.14/api.intercom.io.yaml"]
APIDECK = ("apideck-libraries/openapi-specs", "fc186f740c8effdafc16f3a76af38ef0a500f6d1",
           "MIT (LICENSE, (c) 2020 Apideck Libraries); the specs' info.license says Apache 2.0")
APIDECK_FILES = ["hris.yml", "ats.yml", "crm.yml", "lead.yml", "customer-support.yml", "sms.yml",
                 "issue-tracking.yml", "ecommerce.yml"]
RANDOMUSER = ("RandomAPI/Randomuser.me-Node", "ac8e874f5adbb8a29aa35edc9b3f616f5e9756ed",
              "MIT (LICENSE, (c) 2017 RandomAPI)")
RANDOMUSER_NATS = ["UA", "RS", "IR", "IN"]
THAI = ("korkeatw/thai-names-corpus", "0d407b4c829b407d7df4f71791f4e2faf56a2cb5",
        "CC BY-SA 4.0 (README 'License'; compiled by Korkeat Wannapat, updated with the 2019 general "
        "election candidate names of codeforthailand/dataset-election-62-candidates)")
THAI_FILES = ["male_names_th.txt", "female_names_th.txt", "family_names_th.txt"]
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "MIT")

OP_METHODS = ("get", "post", "put", "patch", "delete")


def git_show(repo, commit, path):
    gitdir = os.path.join(MIRROR, repo.replace("/", "+"), "repo")
    r = subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"], capture_output=True)
    if r.returncode:
        sys.exit(f"cannot read {repo}@{commit}:{path}: {r.stderr.decode()}")
    return r.stdout


def sha(b):
    return hashlib.sha256(b).hexdigest()


def write(rel, data):
    p = os.path.join(SRC, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as f:
        f.write(data)
    return sha(data)


def json_bytes(obj):
    return (json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def subset_spec(doc):
    """Keep what build.py needs: info, component schemas / parameters / requestBodies and the
    operations (operationId, summary, description, parameters, requestBody, 2xx JSON response schema)."""
    comps = doc.get("components", {})
    out = {
        "info": {"title": doc.get("info", {}).get("title"), "version": str(doc.get("info", {}).get("version"))},
        "schemas": comps.get("schemas", {}),
        "parameters": comps.get("parameters", {}),
        "requestBodies": comps.get("requestBodies", {}),
        "operations": [],
    }
    for path, item in doc.get("paths", {}).items():
        common = item.get("parameters", [])
        for m in OP_METHODS:
            op = item.get(m)
            if not isinstance(op, dict) or not op.get("operationId"):
                continue
            resp = None
            for code in ("200", "201"):
                r = op.get("responses", {}).get(code)
                if isinstance(r, dict):
                    sch = r.get("content", {}).get("application/json", {}).get("schema")
                    if sch is not None:
                        resp = sch
                        break
                    if "$ref" in r:
                        resp = {"$response_ref": r["$ref"]}
                        break
            out["operations"].append({
                "path": path, "method": m, "operationId": op["operationId"],
                "summary": op.get("summary"), "description": op.get("description"),
                "tags": op.get("tags", []),
                "parameters": common + op.get("parameters", []),
                "requestBody": op.get("requestBody"),
                "response": resp,
            })
    out["responses"] = {k: v for k, v in comps.get("responses", {}).items()}
    return out


def main():
    manifest = []
    # hosts
    for (repo, commit, lic), files, name in ((INTERCOM, INTERCOM_FILES, "intercom"), (APIDECK, APIDECK_FILES, "apideck")):
        specs, srcsha = {}, {}
        for f in files:
            raw = git_show(repo, commit, f)
            srcsha[f] = sha(raw)
            doc = yaml.safe_load(raw)
            key = f.split("/")[-1].rsplit(".", 1)[0] if name == "apideck" else "api"
            specs[key] = subset_spec(doc)
        h = write(f"hosts/{name}.subset.json", json_bytes(specs))
        manifest.append({"file": f"hosts/{name}.subset.json", "repo": repo, "commit": commit, "path": files,
                         "licence": lic, "sha256": h, "source_sha256": srcsha,
                         "transformation": "YAML parsed; info, components (schemas, parameters, requestBodies, responses) "
                                           "and operations kept; text verbatim"})
    # names
    for nat in RANDOMUSER_NATS:
        for kind in ("male_first", "female_first", "last"):
            p = f"api/1.4/data/{nat}/lists/{kind}.txt"
            raw = git_show(RANDOMUSER[0], RANDOMUSER[1], p)
            h = write(f"names/randomuser.{nat}.{kind}.txt", raw)
            manifest.append({"file": f"names/randomuser.{nat}.{kind}.txt", "repo": RANDOMUSER[0], "commit": RANDOMUSER[1],
                             "path": p, "licence": RANDOMUSER[2], "sha256": h, "source_sha256": h,
                             "transformation": "verbatim"})
    for f in THAI_FILES:
        raw = git_show(THAI[0], THAI[1], f)
        h = write(f"names/thai.{f}", raw)
        manifest.append({"file": f"names/thai.{f}", "repo": THAI[0], "commit": THAI[1], "path": f,
                         "licence": THAI[2], "sha256": h, "source_sha256": h, "transformation": "verbatim"})
    raw = git_show(GITLEAKS[0], GITLEAKS[1], "config/gitleaks.toml")
    h = write("rules/gitleaks.toml", raw)
    manifest.append({"file": "rules/gitleaks.toml", "repo": GITLEAKS[0], "commit": GITLEAKS[1],
                     "path": "config/gitleaks.toml", "licence": GITLEAKS[2], "sha256": h, "source_sha256": h,
                     "transformation": "verbatim"})
    with open(os.path.join(SRC, "MANIFEST.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(manifest)} source files")


if __name__ == "__main__":
    main()
