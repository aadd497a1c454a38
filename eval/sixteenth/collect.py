#!/usr/bin/env python3
"""Collect the pinned sources into sources/ (needs git, pyyaml and faker 40.63.0).

Reads:
  * hellosign/hellosign-openapi@<HS_COMMIT>:openapi-sdk.yaml (Dropbox Sign API 3.0.0) from /work/.mirror
  * gitleaks/gitleaks@<GL_COMMIT>:config/gitleaks.toml (only the rules planted here)
  * the installed Faker's person providers en_PK, fr_QC, or_IN (tables only)
Writes sources/hosts/*.json, sources/names/*.json, sources/rules/gitleaks.subset.json, sources/MANIFEST.jsonl.
"""
import hashlib
import json
import subprocess
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
HS_REPO, HS_COMMIT, HS_PATH = "hellosign/hellosign-openapi", "ad21451f222d4f21245d992b4e959f8d5100e3f9", "openapi-sdk.yaml"
GL_REPO, GL_COMMIT, GL_PATH = "gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml"
RULES = ["sentry-org-token", "yandex-aws-access-token", "easypost-test-api-token", "sidekiq-sensitive-url",
         "cohere-api-token", "digitalocean-pat"]
LOCALES = ["en_PK", "fr_QC", "or_IN"]
METHODS = ("get", "put", "post", "delete", "patch")


def git_show(repo, commit, path):
    gd = Path("/work/.mirror") / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", "--git-dir", str(gd), "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout


def sha(b):
    return hashlib.sha256(b).hexdigest()


def dump(path, obj):
    path.parent.mkdir(parents=True, exist_ok=True)
    data = (json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()
    path.write_bytes(data)
    return data


def main():
    manifest = []
    raw = git_show(HS_REPO, HS_COMMIT, HS_PATH)
    doc = yaml.safe_load(raw)
    ops = []
    for p, item in doc["paths"].items():
        for m, op in item.items():
            if m not in METHODS:
                continue
            ops.append({"path": p, "method": m.upper(), "operationId": op.get("operationId"),
                        "summary": op.get("summary", ""), "description": op.get("description", ""),
                        "tags": op.get("tags", []), "parameters": op.get("parameters", []),
                        "requestBody": op.get("requestBody")})
    comp = doc["components"]
    subset = {"info": {"title": doc["info"]["title"], "version": doc["info"]["version"],
                       "license": doc["info"].get("license")},
              "components": {k: comp[k] for k in ("schemas", "parameters", "requestBodies") if k in comp},
              "operations": ops}
    data = dump(SRC / "hosts" / "dropbox-sign.subset.json", subset)
    lic = git_show(HS_REPO, HS_COMMIT, "LICENSE").decode().splitlines()
    manifest.append({"file": "sources/hosts/dropbox-sign.subset.json", "repo": HS_REPO, "commit": HS_COMMIT,
                     "path": HS_PATH, "licence": "Apache-2.0 (LICENSE); info.license MIT",
                     "licence_file_head": lic[0], "sha256": sha(data), "source_sha256": sha(raw)})

    raw = git_show(GL_REPO, GL_COMMIT, GL_PATH)
    import tomllib
    conf = tomllib.loads(raw.decode())
    rules = [{k: r[k] for k in ("id", "regex", "keywords") if k in r} for r in conf["rules"] if r["id"] in RULES]
    assert len(rules) == len(RULES)
    data = dump(SRC / "rules" / "gitleaks.subset.json", rules)
    manifest.append({"file": "sources/rules/gitleaks.subset.json", "repo": GL_REPO, "commit": GL_COMMIT,
                     "path": GL_PATH, "licence": "MIT", "sha256": sha(data), "source_sha256": sha(raw)})

    import faker
    import importlib
    assert faker.VERSION == "40.63.0", faker.VERSION
    for loc in LOCALES:
        mod = importlib.import_module(f"faker.providers.person.{loc}")
        prov = mod.Provider
        out = {"first_names": sorted(set(prov.first_names)), "last_names": sorted(set(prov.last_names))}
        data = dump(SRC / "names" / f"{loc}.json", out)
        pf = Path(mod.__file__).read_bytes()
        manifest.append({"file": f"sources/names/{loc}.json", "repo": "joke2k/faker",
                         "commit": "PyPI Faker 40.63.0", "path": f"faker/providers/person/{loc}/__init__.py",
                         "licence": "MIT", "sha256": sha(data), "source_sha256": sha(pf)})
    with open(SRC / "MANIFEST.jsonl", "w") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
