#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git.  Nothing here runs code from the snapshots: the SchemaStore schema files are read with json, the gitleaks
config with tomllib.
"""
import hashlib
import json
import subprocess
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
MIRROR = Path("/work/.mirror")

SS_REPO, SS_COMMIT, SS_LIC = "SchemaStore/schemastore", "3b6446ad8a077bac56f4a4796c0b7fd88927fc8e", "Apache-2.0 (LICENSE)"
PINS = {
    "gha": ["src/schemas/json/github-workflow.json"],
    "dependabot": ["src/schemas/json/dependabot-2.0.json", "src/schemas/json/dependabot.json"],
}
STEMS = {"src/schemas/json/github-workflow.json": "workflow", "src/schemas/json/dependabot-2.0.json": "dependabot2",
         "src/schemas/json/dependabot.json": "dependabot1"}
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["databricks-api-token", "doppler-api-token", "linear-api-key", "postman-api-token",
                  "pulumi-api-token", "sentry-user-token", "shopify-access-token", "twilio-api-key",
                  "npm-access-token", "planetscale-password", "infracost-api-token", "prefect-api-token",
                  "octopus-deploy-api-key", "shippo-api-token", "easypost-api-token", "sendinblue-api-token"]

N_HOSTS = 24
N_REAL = 10
SCHEMA_MAPS = ("properties", "patternProperties", "definitions", "$defs")
SCHEMA_ONE = ("items", "additionalProperties", "not", "if", "then", "else", "contains")
SCHEMA_LISTS = ("oneOf", "anyOf", "allOf", "items")


def gd(repo):
    return str(MIRROR / repo.replace("/", "+") / "repo")


def git_show(repo, commit, path):
    return subprocess.run(["git", "--git-dir", gd(repo), "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout


def compact(o):
    return json.dumps(o, separators=(",", ":"), ensure_ascii=False, sort_keys=False)


def tok(k):
    return k.replace("~", "~0").replace("/", "~1")


def walk(v, ptr, out):
    """Every schema node (the root, and below properties / patternProperties / definitions / $defs / items /
    additionalProperties / not / if / then / else / contains / oneOf / anyOf / allOf), in document order."""
    if not isinstance(v, dict):
        return
    out.append((ptr, v))
    for k, x in v.items():
        t = f"{ptr}/{tok(k)}"
        if k in SCHEMA_MAPS and isinstance(x, dict):
            for kk, xx in x.items():
                walk(xx, f"{t}/{tok(kk)}", out)
        elif k in SCHEMA_ONE and isinstance(x, dict):
            walk(x, t, out)
        elif k in SCHEMA_LISTS and isinstance(x, list):
            for i, xx in enumerate(x):
                walk(xx, f"{t}/{i}", out)


def size_ok(v):
    return 150 <= len(compact(v).encode()) <= 20000


def is_host(v):
    return isinstance(v.get("properties"), dict) and len(v["properties"]) >= 1 and size_ok(v)


def unit_name(stem, ptr):
    parts = [p.replace("~1", "/").replace("~0", "~") for p in ptr.split("/")[1:]]
    return ".".join([stem] + parts) if parts else stem


def schemas_of(family):
    h = hashlib.sha256()
    out = {}
    seen = set()
    for f in PINS[family]:
        raw = git_show(SS_REPO, SS_COMMIT, f)
        h.update(f.encode() + b"\0" + raw)
        doc = json.loads(raw.decode())
        nodes = []
        walk(doc, "", nodes)
        for ptr, v in nodes:
            c = compact(v)
            if c in seen:
                continue
            seen.add(c)
            out[unit_name(STEMS[f], ptr)] = (f"{f}#{ptr}", v)
    return out, h.hexdigest()


def units(family):
    schemas, src_sha = schemas_of(family)
    order = sorted((hashlib.sha256(f"{family}:{k}".encode()).hexdigest(), k) for k in schemas)
    hosts = [k for _, k in order if is_host(schemas[k][1])][:N_HOSTS]
    assert len(hosts) == N_HOSTS, (family, len(hosts))
    hb = {compact(schemas[k][1]) for k in hosts}
    real = []
    for _, k in order:
        v = schemas[k][1]
        if k in hosts or not size_ok(v) or compact(v) in hb or len(real) >= N_REAL:
            continue
        real.append(k)
    assert len(real) == N_REAL, (family, len(real))
    return {"family": family, "repo": SS_REPO, "commit": SS_COMMIT, "path": PINS[family], "licence": SS_LIC,
            "source_sha256": src_sha,
            "hosts": [{"name": n, "pointer": schemas[n][0], "schema": schemas[n][1]} for n in hosts],
            "real": [{"name": n, "pointer": schemas[n][0], "schema": schemas[n][1]} for n in real]}


def gitleaks_rules():
    repo, commit, path, lic = GITLEAKS
    raw = git_show(repo, commit, path)
    conf = tomllib.loads(raw.decode())
    rules = [{k: r[k] for k in ("id", "description", "regex", "keywords", "entropy") if k in r}
             for r in conf["rules"] if r["id"] in GITLEAKS_RULES]
    assert len(rules) == len(GITLEAKS_RULES)
    return rules, hashlib.sha256(raw).hexdigest()


def write(name, obj):
    p = SRC / name
    p.write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return hashlib.sha256(p.read_bytes()).hexdigest()


def main():
    SRC.mkdir(exist_ok=True)
    man = []
    for fam in PINS:
        u = units(fam)
        sha = write(f"{fam}-units.json", u)
        man.append({"file": f"{fam}-units.json", "repo": u["repo"], "commit": u["commit"], "path": ",".join(u["path"]),
                    "pointer": "<schema file>#<JSON pointer of the schema node>", "licence": u["licence"],
                    "sha256": sha, "source_sha256": u["source_sha256"]})
    rules, src_sha = gitleaks_rules()
    sha = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": sha,
                "source_sha256": src_sha})
    lic_dir = SRC / "licences"
    lic_dir.mkdir(exist_ok=True)
    for repo, commit, path in [(SS_REPO, SS_COMMIT, "LICENSE"), (GITLEAKS[0], GITLEAKS[1], "LICENSE")]:
        name = f"{repo.replace('/', '+')}@{commit[:12]}.{path}"
        (lic_dir / name).write_bytes(git_show(repo, commit, path))
        man.append({"file": f"licences/{name}", "repo": repo, "commit": commit, "path": path, "pointer": "",
                    "licence": "the licence text itself",
                    "sha256": hashlib.sha256((lic_dir / name).read_bytes()).hexdigest()})
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in man))


if __name__ == "__main__":
    main()
