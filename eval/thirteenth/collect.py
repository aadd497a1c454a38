#!/usr/bin/env python3
"""Re-create sources/ from pinned repository snapshots under /work/.mirror (needs git + pyyaml).

Only data is kept: JSON subsets of two API descriptions, name lists extracted from FakerPHP's locale
tables (as JSON lists, not PHP code) and the few gitleaks rules this set plants (id, regex, keywords).
"""
import hashlib, json, os, re, subprocess, sys, tomllib
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sources")
MIRROR = "/work/.mirror"

PINS = {
    "ory/kratos": "b86338da04a040247a07f46100a86dcfb3875909",
    "tidepool-org/TidepoolApi": "2171c091a0333d840c4264fb0f4f5ace109e2822",
    "FakerPHP/Faker": "054058d29557027ad71f7506ad0dc39b0d8e0129",
    "gitleaks/gitleaks": "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b",
}
LICENCES = {
    "ory/kratos": "Apache-2.0 (LICENSE)",
    "tidepool-org/TidepoolApi": "BSD-2-Clause (LICENSE.md, (c) 2018 Tidepool Project)",
    "FakerPHP/Faker": "MIT (LICENSE, (c) 2011 Francois Zaninotto)",
    "gitleaks/gitleaks": "MIT (LICENSE)",
}
# Redox and Xealth material describes third parties' interfaces (their own terms); left out.
EXCLUDE = ("reference/redox", "reference/xealth")
OPS = ("get", "put", "post", "delete", "patch")
RULES = ["huggingface-access-token", "huggingface-organization-api-token", "finnhub-access-token",
         "nytimes-access-token", "kraken-access-token", "squarespace-access-token", "sumologic-access-id",
         "sumologic-access-token", "privateai-api-token", "jfrog-api-key", "jfrog-identity-token"]


def gitdir(repo):
    return os.path.join(MIRROR, repo.replace("/", "+"), "repo")


def show(repo, path):
    return subprocess.run(["git", "--git-dir", gitdir(repo), "show", f"{PINS[repo]}:{path}"],
                          check=True, capture_output=True).stdout


def ls(repo, prefix):
    out = subprocess.run(["git", "--git-dir", gitdir(repo), "ls-tree", "-r", "--name-only", PINS[repo], prefix],
                         check=True, capture_output=True, text=True).stdout
    return sorted(out.split())


def trim_op(op):
    keep = {k: op[k] for k in ("operationId", "summary", "description", "tags", "parameters", "requestBody") if k in op}
    return keep


def write(rel, obj, manifest, repo, path, raw_sha):
    p = os.path.join(SRC, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    data = (json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n").encode()
    with open(p, "wb") as f:
        f.write(data)
    manifest.append({"file": rel, "repo": repo, "commit": PINS[repo], "path": path, "licence": LICENCES[repo],
                     "sha256": hashlib.sha256(data).hexdigest(), "source_sha256": raw_sha})


def php_list(src, name):
    m = re.search(r"\$" + name + r"\s*=\s*\[(.*?)\];", src, re.S)
    return re.findall(r"'((?:[^'\\]|\\.)*)'", m.group(1)) if m else []


def main():
    manifest = []
    # Ory Kratos: one OpenAPI 3.0 JSON file
    raw = show("ory/kratos", "spec/api.json")
    d = json.loads(raw)
    sub = {"info": {"title": d["info"]["title"], "version": d["info"].get("version", "")},
           "components": {"schemas": d["components"]["schemas"]},
           "paths": {p: {m: trim_op(o) for m, o in v.items() if m in OPS} for p, v in d["paths"].items()}}
    write("hosts/kratos.subset.json", sub, manifest, "ory/kratos", "spec/api.json", hashlib.sha256(raw).hexdigest())
    # Tidepool: multi-file OpenAPI 3.0 YAML under reference/
    files, h = {}, hashlib.sha256()
    for path in ls("tidepool-org/TidepoolApi", "reference"):
        if not path.endswith(".yaml") or path.startswith(EXCLUDE):
            continue
        raw = show("tidepool-org/TidepoolApi", path)
        h.update(path.encode() + b"\0" + raw)
        doc = yaml.safe_load(raw)
        if isinstance(doc, dict) and "paths" in doc:
            doc = {"openapi": doc.get("openapi"), "info": {"title": doc.get("info", {}).get("title")},
                   "components": {k: v for k, v in (doc.get("components") or {}).items()
                                  if k in ("schemas", "parameters", "requestBodies")},
                   "paths": {p: {m: trim_op(o) for m, o in v.items() if m in OPS} for p, v in doc["paths"].items()}}
        files[path] = doc
    write("hosts/tidepool.subset.json", {"files": files}, manifest, "tidepool-org/TidepoolApi",
          "reference/**/*.yaml", h.hexdigest())
    # FakerPHP name tables (data only)
    for loc in ("ka_GE", "mn_MN", "et_EE"):
        path = f"src/Faker/Provider/{loc}/Person.php"
        raw = show("FakerPHP/Faker", path)
        src = raw.decode()
        obj = {k: php_list(src, k) for k in ("firstNameMale", "firstNameFemale", "lastName")}
        write(f"names/{loc}.json", obj, manifest, "FakerPHP/Faker", path, hashlib.sha256(raw).hexdigest())
    # gitleaks: the rules planted here
    raw = show("gitleaks/gitleaks", "config/gitleaks.toml")
    cfg = tomllib.loads(raw.decode())
    rules = [{"id": r["id"], "regex": r["regex"], "keywords": r.get("keywords", [])}
             for r in cfg["rules"] if r["id"] in RULES]
    write("rules/gitleaks.subset.json", rules, manifest, "gitleaks/gitleaks", "config/gitleaks.toml",
          hashlib.sha256(raw).hexdigest())
    with open(os.path.join(SRC, "MANIFEST.jsonl"), "w") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
