#!/usr/bin/env python3
"""Re-create sources/ of the twentyfifth set from the pinned snapshots under /work/.mirror.

Needs git and PyYAML (6.0.x). Only needed to re-create sources/; build.py works offline from sources/.

Sources (all pinned):
  spree/spree@<SPREE>:docs/api-reference/admin.yaml          BSD-3-Clause   (OpenAPI 3.0.3, components/schemas)
  goharbor/harbor@<HARBOR>:api/v2.0/swagger.yaml             Apache-2.0     (Swagger 2.0, definitions)
  joke2k/faker@<FAKER>:faker/providers/person/{en_KE,mr_IN,ar_DZ,fr_DZ}/__init__.py   MIT (name tables only)
  gitleaks/gitleaks@<GITLEAKS>:config/gitleaks.toml          MIT            (the rule blocks used)

A unit qualifies when it is an object schema with at least 2 root `properties` and 150-20,000 bytes of compact JSON.
Units are ordered by sha256 of `<family>:<name>`; the first 32 are hosts, the next 30 of at most 12,000 bytes are
real files (never one whose content equals a host's).
"""
from __future__ import annotations

import ast
import hashlib
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
MIRROR = Path("/work/.mirror")

SPREE = ("spree/spree", "cee28a23d9965d3c873955f2a567212450e4b335", "docs/api-reference/admin.yaml", "BSD-3-Clause (LICENSE)")
HARBOR = ("goharbor/harbor", "c50c7ddd6ea4e335a480b49c618281882ab7eec9", "api/v2.0/swagger.yaml", "Apache-2.0 (LICENSE)")
FAKER = ("joke2k/faker", "8ad78a632a4116e6392e6d5743524c683a2e02a1", "MIT (LICENSE.txt)")
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
FAKER_LOCALES = ["en_KE", "mr_IN", "ar_DZ", "fr_DZ"]
GITLEAKS_RULES = ["github-pat", "gitlab-runner-authentication-token", "slack-bot-token", "gcp-api-key",
                  "anthropic-api-key", "openai-api-key", "pypi-upload-token", "digitalocean-pat", "jwt",
                  "sentry-user-token", "age-secret-key", "prefect-api-token", "pulumi-api-token", "harness-api-key"]
N_HOST, N_REAL, REAL_MAX = 32, 30, 12000


def git_show(repo: str, commit: str, path: str) -> bytes:
    d = MIRROR / (repo.replace("/", "+")) / "repo"
    return subprocess.run(["git", "-C", str(d), "show", f"{commit}:{path}"], check=True, capture_output=True).stdout


class NoTimestampLoader(yaml.SafeLoader):
    pass


NoTimestampLoader.yaml_implicit_resolvers = {
    k: [r for r in v if r[0] != "tag:yaml.org,2002:timestamp"] for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def compact(o) -> str:
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def sha(b: bytes) -> str:
    return hashlib.sha256(b).hexdigest()


def units(family: str, defs: dict) -> tuple[list, list]:
    ok = []
    for name, sch in defs.items():
        if not isinstance(sch, dict) or not isinstance(sch.get("properties"), dict):
            continue
        if sch.get("type", "object") != "object" or len(sch["properties"]) < 2:
            continue
        n = len(compact(sch).encode())
        if 150 <= n <= 20000:
            ok.append((hashlib.sha256(f"{family}:{name}".encode()).hexdigest(), name, sch, n))
    ok.sort()
    hosts = ok[:N_HOST]
    host_blobs = {json.dumps(u[2], sort_keys=True) for u in hosts}
    real = [u for u in ok[N_HOST:] if u[3] <= REAL_MAX and json.dumps(u[2], sort_keys=True) not in host_blobs][:N_REAL]
    return hosts, real


def faker_tables(locale: str) -> dict:
    src = git_show(FAKER[0], FAKER[1], f"faker/providers/person/{locale}/__init__.py").decode()
    tree = ast.parse(src)
    out = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            tgt = node.targets[0] if isinstance(node, ast.Assign) else node.target
            if not isinstance(tgt, ast.Name) or tgt.id not in ("first_names_male", "first_names_female", "last_names"):
                continue
            v = node.value
            if isinstance(v, ast.Call):  # OrderedDict([(name, freq), ...])
                v = v.args[0]
            try:
                val = ast.literal_eval(v)
            except ValueError:
                continue
            names = [x[0] if isinstance(x, tuple) else x for x in val]
            out[tgt.id] = names
    return out


def main() -> int:
    SRC.mkdir(exist_ok=True)
    manifest = []
    for fam, (repo, commit, path, lic) in (("spree", SPREE), ("harbor", HARBOR)):
        raw = git_show(repo, commit, path)
        doc = yaml.load(raw, Loader=NoTimestampLoader)
        defs = doc["components"]["schemas"] if fam == "spree" else doc["definitions"]
        base_ptr = "/components/schemas/" if fam == "spree" else "/definitions/"
        hosts, real = units(fam, defs)
        data = {"family": fam, "repo": repo, "commit": commit, "path": path, "licence": lic,
                "hosts": [{"name": n, "pointer": base_ptr + n, "schema": s} for _, n, s, _ in hosts],
                "real": [{"name": n, "pointer": base_ptr + n, "schema": s} for _, n, s, _ in real]}
        fn = f"{fam}-units.json"
        b = (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode()
        (SRC / fn).write_bytes(b)
        manifest.append({"file": fn, "repo": repo, "commit": commit, "path": path,
                         "pointer": base_ptr + "<Name>", "licence": lic, "sha256": sha(b), "source_sha256": sha(raw)})
    names = {"repo": FAKER[0], "commit": FAKER[1], "licence": FAKER[2], "locales": {}}
    src_sums = []
    for loc in FAKER_LOCALES:
        names["locales"][loc] = faker_tables(loc)
        src_sums.append(sha(git_show(FAKER[0], FAKER[1], f"faker/providers/person/{loc}/__init__.py")))
    b = (json.dumps(names, ensure_ascii=False, indent=1) + "\n").encode()
    (SRC / "faker-names.json").write_bytes(b)
    manifest.append({"file": "faker-names.json", "repo": FAKER[0], "commit": FAKER[1],
                     "path": "faker/providers/person/{" + ",".join(FAKER_LOCALES) + "}/__init__.py",
                     "pointer": "", "licence": FAKER[2], "sha256": sha(b), "source_sha256": ",".join(src_sums)})
    raw = git_show(GITLEAKS[0], GITLEAKS[1], GITLEAKS[2])
    rules = [r for r in tomllib.loads(raw.decode())["rules"] if r["id"] in GITLEAKS_RULES]
    rules = [{"id": r["id"], "description": r.get("description", ""), "regex": r["regex"],
              "keywords": r.get("keywords", [])} for r in rules]
    b = (json.dumps({"repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2], "rules": rules},
                    ensure_ascii=False, indent=1) + "\n").encode()
    (SRC / "gitleaks-rules.json").write_bytes(b)
    manifest.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                     "pointer": "/rules[id in GITLEAKS_RULES]", "licence": GITLEAKS[3], "sha256": sha(b),
                     "source_sha256": sha(raw)})
    with open(SRC / "MANIFEST.jsonl", "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("sources written:", ", ".join(m["file"] for m in manifest))
    return 0


if __name__ == "__main__":
    sys.exit(main())
