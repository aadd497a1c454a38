#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git.  Nothing here runs code from the snapshots: the gitleaks config is read with tomllib, the Prisma and Great
Expectations JSON Schema files with json.
"""
import hashlib
import json
import re
import subprocess
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
MIRROR = Path("/work/.mirror")

PINS = {
    "prisma": ("prisma/prisma", "9b75b95503c2f8fdfc75319e5b158912e11aae81",
               "{packages/2-sql/2-authoring/contract-ts/schemas/data-contract-sql-v1.json,"
               "packages/1-framework/0-foundation/contract/schemas/data-contract-document-v1.json,"
               "coverage.config.schema.json,rules-footprint.config.schema.json}", "Apache-2.0 (LICENSE)"),
    "gx": ("great-expectations/great_expectations", "ce78204d6d659caf676ccdcaec0a3184bb95445f",
           "great_expectations/{expectations/core/schemas,datasource/fluent/schemas}/**/*.json",
           "Apache-2.0 (LICENSE)"),
}
PRISMA_FILES = ["packages/2-sql/2-authoring/contract-ts/schemas/data-contract-sql-v1.json",
                "packages/1-framework/0-foundation/contract/schemas/data-contract-document-v1.json",
                "coverage.config.schema.json", "rules-footprint.config.schema.json"]
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["sendinblue-api-token", "twilio-api-key", "linear-api-key", "postman-api-token", "easypost-api-token",
                  "duffel-api-token", "shippo-api-token", "frameio-api-token", "prefect-api-token", "pulumi-api-token",
                  "readme-api-token", "scalingo-api-token"]

N_HOSTS = 24
N_REAL = {"prisma": 10, "gx": 10}   # at most; qualifying non-host units up to this


def gd(repo):
    return str(MIRROR / repo.replace("/", "+") / "repo")


def git_show(repo, commit, path):
    return subprocess.run(["git", "--git-dir", gd(repo), "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout


def ls_tree(repo, commit):
    return subprocess.run(["git", "--git-dir", gd(repo), "ls-tree", "-r", "--name-only", commit], check=True,
                          capture_output=True, text=True).stdout.split("\n")


def compact(o):
    return json.dumps(o, separators=(",", ":"), ensure_ascii=False, sort_keys=False)


def qualifies(v):
    if not isinstance(v, dict) or not isinstance(v.get("properties"), dict) or len(v["properties"]) < 2:
        return False
    n = len(compact(v).encode())
    return 150 <= n <= 20000


def tok(k):
    return k.replace("~", "~0").replace("/", "~1")


def walk(v, ptr, out):
    """The schema itself and every nested object schema below properties, patternProperties, definitions, $defs,
    items, additionalProperties and oneOf / anyOf / allOf, in document order."""
    if not isinstance(v, dict):
        return
    out.append((ptr, v))
    for k in ("properties", "patternProperties", "definitions", "$defs"):
        if isinstance(v.get(k), dict):
            for kk, vv in v[k].items():
                walk(vv, f"{ptr}/{k}/{tok(kk)}", out)
    for k in ("items", "additionalProperties"):
        if isinstance(v.get(k), dict):
            walk(v[k], f"{ptr}/{k}", out)
    for k in ("oneOf", "anyOf", "allOf"):
        if isinstance(v.get(k), list):
            for i, vv in enumerate(v[k]):
                walk(vv, f"{ptr}/{k}/{i}", out)


def unit_name(family, f, ptr):
    stem = f.split("/")[-1][:-5].replace(".schema", "").replace(".", "_")
    if family == "gx" and "/datasource/" in f:
        stem = "/".join(f.split("/")[-2:])[:-5].replace("/", "_") if f.split("/")[-2] != "schemas" else stem
    parts = [p for p in ptr.split("/") if p and p not in ("properties", "definitions", "$defs", "items",
                                                          "patternProperties", "additionalProperties")]
    return ".".join([stem] + parts)


def schemas_of(family):
    """name -> (path#pointer, schema) in source order (content duplicates skipped), and a sha256 over the bytes read."""
    repo, commit, path, lic = PINS[family]
    h = hashlib.sha256()
    out = {}
    seen = set()
    if family == "prisma":
        files = PRISMA_FILES
    else:
        files = sorted(f for f in ls_tree(repo, commit)
                       if re.fullmatch(r"great_expectations/(?:expectations/core|datasource/fluent)/schemas/.+\.json", f))
    for f in files:
        raw = git_show(repo, commit, f)
        h.update(f.encode() + b"\0" + raw)
        items = []
        walk(json.loads(raw.decode()), "", items)
        for ptr, v in items:
            if not qualifies(v):
                continue
            c = compact(v)
            if c in seen:
                continue
            seen.add(c)
            name = unit_name(family, f, ptr)
            n, k = name, 2
            while n in out:
                n, k = f"{name}_{k}", k + 1
            out[n] = (f"{f}#{ptr}", v)
    return out, h.hexdigest()


def related(p, q):
    """True when unit p lies inside unit q (same file, q's pointer a prefix of p's)."""
    fp, pp = p.split("#", 1)
    fq, pq = q.split("#", 1)
    return fp == fq and (pp == pq or pp.startswith(pq + "/"))


def units(family):
    repo, commit, path, lic = PINS[family]
    schemas, src_sha = schemas_of(family)
    cands = sorted((hashlib.sha256(f"{family}:{k}".encode()).hexdigest(), k) for k in schemas)
    hosts, real = [], []
    for _, name in cands:
        v = schemas[name][1]
        if len(hosts) < N_HOSTS:
            hosts.append(name)
        elif len(real) < N_REAL[family] and all(compact(v) != compact(schemas[h][1]) for h in hosts) and \
                (family == "prisma" or not any(related(schemas[name][0], schemas[h][0]) for h in hosts)) and \
                all(compact(v) != compact(schemas[r][1]) for r in real):
            real.append(name)
    assert len(hosts) == N_HOSTS, (family, len(hosts))
    return {"family": family, "repo": repo, "commit": commit, "path": path, "licence": lic,
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
        man.append({"file": f"{fam}-units.json", "repo": u["repo"], "commit": u["commit"], "path": u["path"],
                    "pointer": "<schema file>#<JSON pointer of the unit (root, definitions / $defs, nested)>",
                    "licence": u["licence"], "sha256": sha, "source_sha256": u["source_sha256"]})
    rules, src_sha = gitleaks_rules()
    sha = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": sha,
                "source_sha256": src_sha})
    lic_dir = SRC / "licences"
    lic_dir.mkdir(exist_ok=True)
    lic_files = [(PINS["prisma"][0], PINS["prisma"][1], "LICENSE"), (PINS["gx"][0], PINS["gx"][1], "LICENSE"),
                 (GITLEAKS[0], GITLEAKS[1], "LICENSE")]
    for repo, commit, path in lic_files:
        name = f"{repo.replace('/', '+')}@{commit[:12]}.{path}"
        (lic_dir / name).write_bytes(git_show(repo, commit, path))
        man.append({"file": f"licences/{name}", "repo": repo, "commit": commit, "path": path, "pointer": "",
                    "licence": "the licence text itself",
                    "sha256": hashlib.sha256((lic_dir / name).read_bytes()).hexdigest()})
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in man))


if __name__ == "__main__":
    main()
